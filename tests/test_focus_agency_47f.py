"""issue47f: a document one firm sends or runs for another is the other's (agency.py): the company named
after "on behalf of" is the document's, the registrar, administrator or agency acting for it is not,
however often its letterhead and clauses name it (invented documents, our own words)."""
from aikg.extract.agency import agents, principals
from aikg.extract.pipeline import extract_bytes

REGISTRAR_LETTER = """Harlow Registrars PLC
12 Quay Street, Leeds LS1 4AB
Telephone 0300 123 4567

Our ref: HR/ISS/4411

Dear Shareholder,

Issuer: BRANTLEY FOODS PLC

Please find enclosed your share certificate for the shares allotted to you in the placing. Harlow Registrars
acts as registrar to the company. Harlow Registrars can move your shares into a nominee account at no cost.
Harlow Registrars cannot give financial advice; questions about the placing should go to the Company's
nominated adviser. Please keep this certificate in a safe place.

Yours faithfully,
Issuer Services, Harlow Registrars PLC

Certificate No. 0042                 Number of shares: 1,000

This certifies that the holder is the registered holder of ordinary shares in Brantley Foods plc,
subject to the Articles of Association of the Company.
"""

SURVEY_MAIL = """Subject: Your recent engineer visit

Dear Ms Dale,

Quorra Research is an independent research agency. We are contacting you on behalf of PELLICK WATER LIMITED
because you are one of its customers and had a meter fitted last month. Quorra Research will keep your answers
confidential. Quorra Research runs this survey every quarter, and Quorra Research publishes only totals.

Kind regards,
Quorra Research, Customer Surveys
"""


def test_the_name_after_on_behalf_of_is_the_party_acted_for():
    assert principals("Signed for and on behalf of: Orvane Tools Ltd\nPlace: Leeds") == ["Orvane Tools Ltd"]
    # a name without a legal form counts when the text writes it with one elsewhere
    assert principals("ORVANE TOOLS LTD\n\nThe works are done on behalf of Orvane Tools. More follows.") == ["Orvane Tools"]
    # the board, a person, a bare acronym named once: no company acted for
    assert principals("Signed on behalf of the Board.") == []
    assert principals("The Linux Foundation, on behalf of CNCF") == []


def test_the_firm_acting_for_another_is_the_agent():
    assert agents("Harlow Registrars acts as registrar to the company.") == {"Harlow Registrars"}
    assert agents("Quillon Plans administers the scheme on the Group's behalf.") == {"Quillon Plans"}
    assert agents("This payslip was produced by Tallis Payroll on behalf of your employer.") == {"Tallis Payroll"}
    # the company acting for its own clients in prose is no agent of a named party
    assert agents("Orvane buys media on behalf of clients.") == set()


def test_a_registrars_letter_is_the_issuers():
    ex = extract_bytes(REGISTRAR_LETTER.encode(), "registrar_letter.txt")
    assert ex.company == "Brantley Foods"


def test_a_survey_agencys_mail_is_the_company_it_writes_for():
    ex = extract_bytes(SURVEY_MAIL.encode(), "survey_mail.txt")
    assert ex.company is not None and ex.company.upper().startswith("PELLICK WATER")


NOTICE = """NOTICE TO MARINERS No. 7 of 2026
Subject: Cable survey - Elmbay to the offshore substation

Developer: KESTRAL OFFSHORE WIND LTD (the "Developer")
Contractor: Norsund Marine Services AS

1. Norsund Marine Services will carry out a survey for the Developer's export cable from 3 March 2026. Norsund
Marine Services will use the vessel Sea Lark. Norsund Marine Services asks all vessels to keep 500 m clear.
2. Fishing: skippers should contact the Developer's liaison officer.
"""


def test_a_legal_name_defined_by_its_role_is_a_party():
    from aikg.extract.agency import SERVICE_ROLES, defined_roles
    assert defined_roles(NOTICE) == [("KESTRAL OFFSHORE WIND LTD", "Developer")]
    text = 'Harlow Trustees Limited (the "Trustee") holds the security for Orvane Cables plc.'
    assert defined_roles(text) == [] and defined_roles(text, SERVICE_ROLES) == [("Harlow Trustees Limited", "Trustee")]
    assert agents(text) == {"Harlow Trustees Limited"}


def test_a_notice_is_the_developers_not_its_contractors():
    ex = extract_bytes(NOTICE.encode(), "notice.txt")
    assert ex.company is not None and ex.company.upper().startswith("KESTRAL OFFSHORE WIND")
