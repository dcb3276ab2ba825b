"""Rule honorific-surname (extract/focus.py): a one-word name the text writes after "Mr." or "Ms."
is a person's surname, never the company a document is about, however often its possessive owns a
figure (a proxy statement's pay discussion names its CEO far more often than the company)."""
from aikg.extract.pipeline import extract_bytes

PROXY = """TARNWICK LOGISTICS SOFTWARE, INC.
DEFINITIVE PROXY STATEMENT - 2027 ANNUAL MEETING OF STOCKHOLDERS
Excerpt: Compensation Discussion and Analysis

This section describes the fiscal 2027 pay of our named executive officers.

Named Executive Officers
- Oskar Brennholt, President and Chief Executive Officer
- Mirela Sandoval, Chief Financial Officer

Business highlights
- Total revenue of $642.0 million, up 12% from $573.2 million in fiscal 2026.
- Non-GAAP operating margin of 18.4%.

The Committee raised Mr. Brennholt's base salary to $700,000 from $650,000. Mr. Brennholt's target
bonus is 125% of salary and Mr. Brennholt's equity award had a grant-date value of $8.1 million.
Ms. Sandoval's base salary was $480,000. Mr. Brennholt's total pay was $10.3 million.
Tarnwick was positioned near the median of its peer group.
"""


def test_a_surname_after_mr_is_no_company():
    ex = extract_bytes(PROXY.encode(), "proxy.txt")
    assert ex.company != "Brennholt"
    assert ex.company in ("Tarnwick", "Tarnwick Logistics Software", "TARNWICK LOGISTICS SOFTWARE, INC.")


def test_a_company_named_once_with_a_person_named_without_honorific_is_kept():
    text = ("Brennholt Freight reported revenue of $120 million for 2026, up 8%. Brennholt Freight's "
            "chief executive said Brennholt Freight would expand in Norway.\n")
    assert extract_bytes(text.encode(), "n.txt").company == "Brennholt Freight"

