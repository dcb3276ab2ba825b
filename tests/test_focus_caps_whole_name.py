"""Rule caps-whole-name (extract/focus.py): a capitals header "NAME WORDS LEGAL-FORM" names the
document's company by its whole name when the text writes that whole name and uses none of its
words on its own (a word such as "Information" or "Plastics" met once elsewhere is no short name);
a word the text does use on its own stays the short name. Invented documents, our own words."""
from aikg.extract.pipeline import extract_bytes


def _company(text: str) -> str | None:
    return extract_bytes(text.encode(), "doc.txt").company


INSPECTION = """Federal Workplace Safety Register - Inspection Detail

Inspection: 4410-22 - Brackenfold Moulded Polymers, LLC
Opened: 03/02/2031

BRACKENFOLD MOULDED POLYMERS, LLC
12 Quarry Lane
Dunmore, PA 18512

Industry: Other Polymers Product Manufacturing
Inspection Type: Complaint        Scope: Partial
Case Status: OPEN

Brackenfold Moulded Polymers, LLC was cited for two serious violations involving machine guarding
on an injection press line. Proposed penalties total $31,200. The employer has fifteen working days
to contest the citations or request an informal conference.
"""

SHORT_NAME = """QUARRELL DIGITAL SERVICES PLC

Quarrell reported revenue of £88.1 million for the half year, up 9%. Quarrell said demand for its
managed cloud work held up, and Quarrell expects the second half to be stronger. Chief executive
Ines Whitcombe said the order book stood at a record level.
"""


def test_whole_name_when_its_words_are_not_used_alone():
    assert _company(INSPECTION) == "Brackenfold Moulded Polymers"


def test_short_word_kept_when_the_text_uses_it_alone():
    assert _company(SHORT_NAME) == "Quarrell"


# legal_forms: Mexico's listed company form is written with or without its "de C.V." ("GRUPO X, S.A.B.")
MEXICAN_HEADER = """GRUPO CORVALIA, S.A.B.
THIRD-QUARTER 2031 RESULTS / RESULTADOS DEL TERCER TRIMESTRE
BMV: CORVAL A
Monterrey, 20 de octubre de 2031

- Consolidated revenue of Ps.4,210.5 million, up 3.1% from 3T30.
- Cement volumes rose 2%; capex of Ps.900 million is planned for 2032.

Competition: Cementos Lindero reported revenue of Ps.3,880 million for the quarter.

Grupo Corvalia, S.A.B. ("Corvalia") makes cement and ready-mix concrete in northern Mexico.
"""


def test_mexican_listed_form_without_de_cv():
    assert _company(MEXICAN_HEADER) in {"Corvalia", "Grupo Corvalia"}


# rule lower-initial-name (pipeline._CORP): a company whose name opens with a lower-case letter and a
# dot or a capital ("q.beyond AG", "iRhythm Technologies, Inc.") is a name like any other
LOWER_INITIAL = """x.terra AG
Quarterly Statement as of 30 September 2031

Koblenz, 4 November 2031

x.terra AG grew revenue by 7.2% to EUR 41.3 million in the third quarter. The acquisition of
Feldwerk Systeme GmbH, completed in July, added EUR 2.1 million. Feldwerk Systeme GmbH runs two data
centres near Bonn. x.terra raised its full-year revenue outlook to EUR 160-165 million.
"""


def test_name_with_a_lower_case_initial():
    assert _company(LOWER_INITIAL) in {"x.terra", "x.terra AG"}


# rule filer-header (focus._header_only): one capitals word and a legal form over a filing that calls its
# filer "the Company" and never spells the name again
FILER_HEADER = """VELLUMTREE CORPORATION
FORM 10-Q - For the quarterly period ended June 30, 2031
ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS (excerpt)

Revenue for the three months ended June 30, 2031 was $212.4 million compared with $201.0 million a year
earlier. The Company expects capital expenditures of about $40 million for the year. On May 3, 2031,
Orrin Vale joined the Company as Chief Financial Officer. Sales to Harkwell Logistics Inc., the Company's
largest customer, were 14% of revenue; Harkwell Logistics Inc. renewed its contract in April.
"""


def test_one_word_filer_header_over_the_company():
    assert _company(FILER_HEADER) == "Vellumtree"
