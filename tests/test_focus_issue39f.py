"""Issue 39f (whose document is this): rules coded-title, header-field's party fields,
issuer-ticker-fields, party-role (extract/party_roles.py) and honorific-surname's full names.
Invented documents, made-up companies and people, our own words."""
from aikg.extract.party_roles import party_bindings
from aikg.extract.pipeline import extract_bytes


def _company(text: str, name: str = "doc.txt") -> str | None:
    return extract_bytes(text.encode(), name).company


# rule coded-title: an exchange page's title, its last dash part the stock code and the filer's name;
# the section words before it ("Monthly Revenue", repeated in the menus) are no company
CODED_PAGE = """Listed Company Disclosure Portal - Monthly Revenue - 8841 Torvane Photonics

Home | Company Profile | Monthly Revenue | Dividends | Monthly Revenue Archive | Search
Home > Operating Information > Monthly Revenue > Listed

Monthly Revenue Report

Unit: NT$ thousand

| Item | Amount |
|---|---|
| Revenue for this month (March 2031) | 912,404 |
| Revenue for the same month last year (March 2030) | 801,116 |

Remarks: shipments of laser modules rose on data-centre demand.

Contact us | Privacy policy | Monthly Revenue
"""

CODED_DATED = """Market Filings Board

Home | Announcements | Monthly Revenue | Sitemap

# 2031-04-10 - Monthly Revenue - 5128 Quellmar Circuits

Unit: NT$ thousand

| Item | Amount |
|---|---|
| Revenue, this month (2031/03) | 402,118 |
| Cumulative revenue, this year (2031/01-2031/03) | 1,210,550 |

Latest announcements

- 2031-04-10 - Monthly Revenue - 6410 Brennvik Optics: March 2031 revenue NT$88,020 thousand
"""


def test_coded_title_names_the_filer():
    assert _company(CODED_PAGE) == "Torvane Photonics"


def test_coded_title_after_a_date_and_not_a_sidebar_item():
    assert _company(CODED_DATED, "page.md") == "Quellmar Circuits"


# header-field: a form's party fields ("Applicant:", "Contractor:") name its company; a place after
# the legal form is no part of the name
PERMIT = """STATE OF NORTHLAND — DEPARTMENT OF AIR QUALITY
Notice of Construction Application No. 31-AQ-0042
Applicant: KESTROW DATA PARK, LLC
Facility: Building 4, 1200 Ridge Road, Alder County

What is proposed?
Department proposes to approve twenty emergency generators. The Department reviewed the modelling.
The Department found the risk below its threshold. The Department will hold a hearing in May 2031.

Who is the applicant?
The application was filed by Kestrow Data Park, LLC, a subsidiary of Kestrow Holdings.
"""

SOLE_SOURCE = """JUSTIFICATION FOR A SOLE-SOURCE AWARD
Contracting Activity: Regional Signals Agency (RSA)
Contractor: VARNHOLT SYSTEMS CORPORATION, Reston, Virginia (CAGE 9Z9Z9)
Estimated value: $44.0 million

1. The agency intends to award a sole-source contract for the messaging platform. The agency holds
restricted rights only. The agency estimates that another source would need 20 months. Varnholt's
software is embedded in the current platform.
"""


def test_applicant_field_names_the_company():
    assert _company(PERMIT) in ("Kestrow Data Park", "KESTROW DATA PARK")


def test_contractor_field_drops_the_place():
    assert _company(SOLE_SOURCE) in ("Varnholt Systems", "Varnholt", "VARNHOLT SYSTEMS CORPORATION", "Varnholt Systems Corporation")


# rule issuer-ticker-fields: an insider notice whose lead is about the insider's holding company
INSIDER = """Nordbørs — NewsWeb
Issuer: ORRENDAL ASA
Ticker: ORR
Category: MANDATORY NOTIFICATION OF TRADE PRIMARY INSIDERS

Mandatory notification of trade — Fjellvik Invest AS

Fjellvik Invest AS, a company closely associated with board member Sigrid Fjellvik, has on 3 March 2031 purchased 40,000 shares at an average price of NOK 52.10 per share. Following the transaction, Fjellvik Invest AS holds 310,000 shares. Fjellvik Invest AS also holds 90,000 shares through a subsidiary.

3. Details of the issuer
a) Name: Orrendal ASA
Orrendal ASA reported the trade to the exchange. Orrendal ASA has 120 million shares outstanding.
"""


def test_issuer_and_ticker_fields_outweigh_the_insiders_lead():
    assert _company(INSIDER) in ("Orrendal ASA", "Orrendal", "ORRENDAL ASA")


# rule party-role: a role capitalised as a name stands for the party the document binds it to
CAPTION = """IN THE TAX COURT OF NORTHLAND

VELMORA DATA LLC,
Petitioner,
v.
ALDER COUNTY ASSESSOR,
Respondent.

DECISION

Petitioner appeals the value of its property for the 2031 tax year. Petitioner operates a data center
of 12 MW. Petitioner requested a value of $61,000,000. Petitioner's appraiser relied on income.
Respondent asked the court to sustain the roll. The court finds a value of $70,500,000.
"""

PANEL = """ADMINISTRATIVE PANEL DECISION
Orsk Fibre Holdings Limited v. Hidden Registrant
1. The Parties
The Claimant is Orsk Fibre Holdings Limited, Ireland, represented by Tallow Partners. The Respondent is Hidden Registrant, Panama.
2. Factual Background
The Claimant is the holding company of a fibre group serving 2 million homes. The Claimant states that in 2030 it invested EUR 90 million in its network. The Claimant's mark is registered in 12 countries.
3. Decision
The Panel orders that the domain name be transferred to the Claimant.
"""

NOTICE = """ENERGY REGULATOR OF NORTHLAND
PUBLIC NOTICE
The Regulator has received an application from The Harrowgate Power Distribution Company PLC ("Harrowgate Power" or "the Applicant") for a review of tariffs.
1. The Applicant seeks a revenue requirement of NLD 41.2 billion. The Applicant proposes capital expenditure of NLD 9 billion.
2. Harrowgate Power states that losses cost it NLD 1.1 billion a year. The Applicant served 2.1 million customers.
"""


def test_caption_binds_the_role():
    assert party_bindings(CAPTION)["Petitioner"] == "VELMORA DATA LLC"
    assert _company(CAPTION) not in ("Petitioner", "Respondent", None)
    assert _company(CAPTION).lower().startswith("velmora data")


def test_the_role_is_the_party():
    assert party_bindings(PANEL)["Claimant"] == "Orsk Fibre Holdings Limited"
    assert _company(PANEL, "panel.html") not in ("Claimant", None)
    assert _company(PANEL, "panel.html").startswith("Orsk Fibre")


def test_defined_role_stands_for_the_short_name():
    assert party_bindings(NOTICE)["Applicant"] == "Harrowgate Power"
    assert _company(NOTICE) == "Harrowgate Power"


def test_a_person_or_unbound_role_takes_nothing():
    b = party_bindings("Complainant: Mr D. Holm (the \"customer\")\nThe Complainant says the Respondent failed.")
    assert b.get("Complainant") is None and b.get("Respondent") is None


# honorific-surname: a person's full name after "Mr." is no company, however often he is named
NOMINATION = """Stock code: 699001        Stock abbreviation: Tarnlu Equipment        Announcement No.: 2031-011

HANGZHOU TARNLU PRECISION EQUIPMENT CO., LTD.

Announcement on the Nomination of Director Candidates

1. Mr. Feng Haoran, born in 1971, master's degree. Mr. Feng began his career at Koldmar Heavy Industry,
which had revenue of RMB 21.0 billion. Mr. Feng founded Tarnlu in 2009. Mr. Feng holds 28.1% of the shares.
Mr. Feng's pre-tax remuneration for 2030 was RMB 2.10 million. Mr. Feng has not been penalised.

Tarnlu's operating revenue for 2030 was RMB 1,806.2 million.
"""


def test_a_full_name_after_mr_is_no_company():
    assert _company(NOMINATION, "n.md") not in ("Feng Haoran", "Feng")


# header-field's cover label and rule party-role's cover binding: "NAME" / "(Name of Issuer)", then
# an activist's text about "the Issuer"
SCHEDULE_13D = """UNITED STATES SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

SCHEDULE 13D (Amendment No. 1)

Tollgate Networks Inc.
(Name of Issuer)
Common Stock (Title of Class of Securities)

Quarry Point Capital, LP

Item 4. Purpose of Transaction

On March 2, 2031, Quarry Point Capital, LP ("Quarry Point") delivered a letter to the Board of the Issuer. Quarry Point stated that the Issuer's cloud segment, with revenue of $400 million, is undervalued. Quarry Point noted that the Issuer's largest customers are carriers. Quarry Point urged the Issuer's board to review the Issuer's spending. Quarry Point may nominate directors.
"""


def test_cover_label_names_the_issuer():
    assert party_bindings(SCHEDULE_13D)["Issuer"] == "Tollgate Networks Inc."
    assert _company(SCHEDULE_13D) in ("Tollgate Networks", "Tollgate")


def test_coded_sidebar_figures_are_their_filers():
    # the sidebar item "… - 6410 Brennvik Optics: March 2031 revenue NT$88,020 thousand" is Brennvik's
    ex = extract_bytes(CODED_DATED.encode(), "page.md")
    subjects = {f.subject.label for f in ex.facts if f.kind == "observation" and f.value == 88020000}
    assert subjects == {"Brennvik Optics"}


def test_a_year_and_title_words_are_no_coded_name():
    from aikg.extract.focus import coded_names
    assert coded_names("ACME SYSTEMS, INC.\nPROXY STATEMENT - 2031 ANNUAL MEETING OF STOCKHOLDERS\n") == []


CODED_LIST = CODED_PAGE + """
Other filers this month
- 7719 Harnwick Thermal - March 2031 revenue NT$1,406,300 thousand, +9.20% YoY
"""


def test_coded_list_item_figures_are_their_filers():
    ex = extract_bytes(CODED_LIST.encode(), "page.md")
    assert ex.company == "Torvane Photonics"
    subjects = {f.subject.label for f in ex.facts if f.kind == "observation" and f.value == 1406300000}
    assert subjects == {"Harnwick Thermal"}
