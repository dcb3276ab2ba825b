"""Two focus rules read after probe30's first contact (extract/focus.py):
rule letterhead-defined-term: a first line that is a company's legal name alone, in its own case, over
a text that calls its filer "the Group" / "the Company", names the filer even when the text names
the company it bought more often; rule titled-surname: a one-word name closing a person's full name
written with an officer's title beside it is that person's surname, never the company.
Invented documents, our own words."""
from aikg.extract.pipeline import extract_bytes


def _company(text: str) -> str | None:
    return extract_bytes(text.encode(), "doc.txt").company


HALF_YEAR = """Harrowgate Data Limited
ABN 11 222 333 444

HALF-YEAR REPORT
For the six months ended 31 December 2031

Revenue from ordinary activities          up 14% to 212.4
Net profit attributable to members        up  3% to  41.0

The Group completed the purchase of Quillmere in August. Quillmere contributed revenue of $18.2 million
in the half, and Quillmere's customers in freight forwarding are being moved onto the Group's platform.
Quillmere's founders stay on for two years. Quillmere expects its own revenue to grow by a fifth next year.
The Group's interim dividend is 4.1 cents per share.
"""

BRACKETED = """Meeting notes - non-deal roadshow, Munich, 12 March 2032
Company: Felsberg Planning SE
Company side: Lukas Dornacher (CFO), Ida Renner (Head of IR)

1) Cloud. Dornacher opened with cloud revenue, up 28% year on year. Dornacher said churn stayed low.
2) Margins. Dornacher expects an EBIT margin above 30% for the year; Dornacher repeated it twice.
3) Hiring. Dornacher said head count grew 6% to 810.
"""


def test_letterhead_names_the_filer_over_the_company_it_bought():
    assert _company(HALF_YEAR) == "Harrowgate Data"


def test_letterhead_needs_the_defined_term():
    # the same letterhead over a text that never says "the Group" or "the Company": no reading of it
    text = HALF_YEAR.replace("The Group", "Harrowgate").replace("the Group", "Harrowgate")
    assert "the Group" not in text
    assert _company(text) != "Harrowgate Data Limited"


def test_a_titled_persons_surname_is_no_company():
    assert _company(BRACKETED) == "Felsberg Planning"
