"""Whose document is it (issue41f): the genre of a procurement notice (rule buyer-notice,
extract/header_fields.py), field keys the header reader did not know. Invented documents, our own
names and words, in shapes of their own."""
from aikg.extract.header_fields import buyer_field, header_fields, party_field
from aikg.extract.pipeline import extract_bytes

# a state-owned company's award notice, Spanish keys, the buyer's key glossed in brackets; the winner's
# block has its own name field and figures, and the winner is named more often
AVISO = """SOCIEDAD DE AGUAS DEL VALLE TORNEL
Aviso de Adjudicación — Licitación N° AVT-22-2031

Razón social (entidad contratante): Aguas del Valle Tornel S.A.
Objeto: Telemetría de redes de agua potable
Presupuesto oficial: CLP 2.100 millones

Adjudicado a / Awarded to:
Razón social: Lumbrera Datos SpA
Monto adjudicado: CLP 1.870 millones

Lumbrera Datos obtained 91 points. Lumbrera Datos reported sales of CLP 9.400 millones in 2030. Lumbrera
Datos will install 4,000 loggers. Lumbrera Datos employs 80 people.

Aguas del Valle Tornel serves 410,000 customers and reported revenue of CLP 61.000 millones in 2030.
"""

# a regional authority's award notice: the buyer is a public body, the notice is its awardee's
AUTHORITY = """# Contract award notice — Kelmsbury Regional Transport Authority

**Notice type:** Contract award notice

## Section I: Contracting authority

**Name:** Kelmsbury Regional Transport Authority
**Address:** 2 Mill Lane, Kelmsbury

## Section II: Object

Kelmsbury Regional Transport Authority requires a fares platform. Kelmsbury Regional Transport Authority's
budget for 2031 is £210 million. Kelmsbury Regional Transport Authority will publish a contract notice.

## Section V: Award of contract

**Awardee:** Tarrowdene Fares Ltd
**Total value of the contract (excluding VAT):** £7,300,000
"""

# a supplier's own release laid out as a notice: the buyer is a company, but the text is the winner's
RELEASE = """# Contract win — Orsella Energia Oy data platform

**Contracting entity:** Orsella Energia Oy
**Awarded to:** Pikkuvesi Analytics
**Contract value:** EUR 6.1 million

We are pleased to announce that Orsella Energia Oy has selected Pikkuvesi Analytics to build its forecasting
platform. Orsella Energia Oy runs 14 hydro plants and plans EUR 200 million of grid spending. We will deliver
the first release in June. Our revenue rose 22% to EUR 31 million in 2030, and we now employ 240 people.
"""

# a company buyer's standstill letter, addressed to the winner whose legal name in capitals opens it
STANDSTILL = """BRACKENRIDGE SYSTEMS LIMITED
For the attention of: Bid Manager

RE: NOTIFICATION OF AWARD DECISION
Contracting Authority: Hollow Fen Water (formerly Fenland Water Services)

Dear Sir/Madam,

Hollow Fen Water has completed its evaluation and intends to award the framework to Brackenridge Systems
Limited, which scored 84 out of 100. Brackenridge Systems scored well on security. The framework has a value
of GBP 12 million. Hollow Fen Water supplies 1.2 million customers and plans GBP 300 million of network spending.
"""


def test_a_company_buyers_notice_is_the_buyers_not_the_winners_named_more():
    assert extract_bytes(AVISO.encode(), "aviso.txt").company in ("Aguas del Valle Tornel",
                                                                  "Aguas del Valle Tornel S.A.")


def test_a_bracketed_gloss_names_the_keys_role_and_a_bilingual_heading_its_sections():
    roles = [(f.role.name, f.value) for f in header_fields(AVISO)]
    assert ("buyer", "Aguas del Valle Tornel S.A.") in roles
    assert ("awardee", "Lumbrera Datos SpA") in roles
    assert party_field(AVISO).value == "Aguas del Valle Tornel S.A."


def test_a_public_bodys_notice_is_its_awardees():
    assert buyer_field(AUTHORITY) is None
    assert extract_bytes(AUTHORITY.encode(), "notice.md").company in ("Tarrowdene Fares", "Tarrowdene Fares Ltd")


def test_a_suppliers_first_person_release_is_the_suppliers_though_the_buyer_is_a_company():
    assert buyer_field(RELEASE) is None
    assert extract_bytes(RELEASE.encode(), "release.md").company == "Pikkuvesi Analytics"


def test_a_standstill_letter_is_the_buyers_not_the_addressees():
    assert extract_bytes(STANDSTILL.encode(), "letter.txt").company == "Hollow Fen Water"


def test_finnish_legal_forms_are_legal_forms():
    from aikg.extract.legal_forms import core_name
    assert core_name("Orsella Energia Oyj") == "Orsella Energia"
    assert core_name("Pikkuvesi Analytics Oy") == "Pikkuvesi Analytics"


# a German quarterly statement whose issuer's field and security codes open it, its lead about its biggest customer
QUARTAL = """QUARTALSMITTEILUNG — 9M 2031

Emittent: Wendelstein Optronik SE
ISIN: DE000WOP1234
WKN: WOP123

**Tarvo orders lift lens maker**

Tarvo AG, a large carmaker, raised its call-offs in the third quarter, and Tarvo programmes now make up 40% of
sales at its lens supplier. Tarvo's own revenue was EUR 20 billion; Tarvo's chief executive wants two sources.

For Wendelstein, revenue rose 12% to EUR 210 million in the first nine months. Wendelstein's EBIT came to EUR 15
million. Wendelstein employed 1,200 people at the end of September. "We are winning outside Tarvo," said
Wendelstein's chief executive. Wendelstein confirmed its full-year forecast of EUR 280 million.
"""

# record pages whose party is named by the record's own key
LEASE = """PROPLINE — LEASE COMPARABLE #7741
Market: Leeds · Property type: Office

PROPERTY
Owner / Landlord: Harbeck Estates PLC
Landlord agent: Molder & Co

TENANT
Tenant name: QUISTWELL ROBOTICS LTD
Term: 10 years

Harbeck Estates owns the building. Harbeck Estates refurbished it in 2030. Harbeck Estates reported a 98% occupancy.
"""


def test_an_issuers_key_in_german_and_its_security_codes_name_the_filer():
    assert extract_bytes(QUARTAL.encode(), "q.md").company == "Wendelstein Optronik"


def test_a_lease_records_tenant_is_its_party_and_the_landlord_is_not():
    roles = {f.key: f.role.party for f in header_fields(LEASE)}
    assert roles["tenant name"] is True and roles["owner / landlord"] is False
    assert extract_bytes(LEASE.encode(), "lease.txt").company in ("QUISTWELL ROBOTICS", "Quistwell Robotics")


# a tribunal's decision: the union named first and often, the employer defined unquoted in brackets
DECISION = """EMPLOYMENT ARBITRATION BOARD
DECISION ON THE APPLICATION

The Parties:
Allied Dock Workers
and
MARRENDEL FREIGHT LIMITED

1. Allied Dock Workers (the Union) applied to be recognised by Marrendel Freight Limited (the Employer) for a
unit of 300 workers. The Employer submitted a response on 3 March. The Union said 170 workers were members.
2. The Employer said the unit held 320 workers. The Union rejected that. The Employer runs two depots and
the Employer's revenue was GBP 80 million. The Union asked for a ballot. The Union will be told.
"""


def test_a_party_defined_unquoted_by_its_role_is_the_decisions_company_not_the_role_word():
    from aikg.extract.focus_score import defined_terms
    assert ("Marrendel Freight", [], "Employer") in defined_terms(DECISION)
    assert extract_bytes(DECISION.encode(), "decision.txt").company in ("Marrendel Freight", "MARRENDEL FREIGHT")
