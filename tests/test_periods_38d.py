"""issue38d: the period of a figure in a list, and the period a question asks.

A list's lead line dates its lines; a list line naming the period it is compared with ("…,
compared with $190.5 million in Q3 2025") is no heading re-dating the rest of the list
(list-line-keeps-lead). A fiscal quarter asked by label is three months: a dated half beside it,
or the same quarter of another fiscal year, is another period (period_fit fiscal-part-length); a
half or nine months asked is not answered by a quarter inside it (period_fit narrower-part).
Articles invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from aikg.extract.pipeline import extract_text
from conftest import articles_kg

TALVERN = """Talvern Instruments Reports Third Quarter 2026 Financial Results

OSLO, October 29, 2026 -- Talvern Instruments ASA today reported results for the third quarter ended September 30, 2026.

Third quarter 2026 highlights:
* Net sales of $212.0 million, compared with $190.5 million in Q3 2025, up 11.3%
* Operating income of $30.1 million
* Diluted earnings per share of $0.42

Talvern expects full-year 2026 net sales of $820 million to $850 million.
"""

QUILLON = """QUILLON DATA SYSTEMS - FORM 6-K

For the month of November 2026

Quillon Data Systems Reports Results for the Second Quarter of Fiscal 2027

BANGALORE, November 5, 2026 -- Quillon Data Systems Ltd today announced results for the second quarter of fiscal 2027, the three months ended September 30, 2026. Its fiscal year ends on March 31.

Revenue for Q2 FY27 was $233.4 million, up 7.5% year over year.

Net income for the quarter was $31.2 million.

For the six months ended September 30, 2026, revenue was $455.0 million and net income was $60.9 million.

In the second quarter of fiscal 2026, revenue had been $217.1 million.
"""


def _dated(text: str, measure: str) -> list[tuple[str, date | None]]:
    ex = extract_text(text, "doc", "doc.txt")
    return [(f.period.label if f.period else "", f.period.start if f.period else None)
            for f in ex.facts if f.kind == "observation" and f.measure == measure and f.value is not None]


def test_a_list_line_naming_the_quarter_compared_does_not_redate_the_list():
    assert _dated(TALVERN, "net sales")[:1] == [("Q3 2026", date(2026, 7, 1))]
    assert _dated(TALVERN, "operating income") == [("Q3 2026", date(2026, 7, 1))]


def _row(start: str | None, end: str | None, label: str) -> dict:
    row = {"periodLabel": ox.Literal(label)}
    if start:
        row["periodStart"] = ox.Literal(start)
    if end:
        row["periodEnd"] = ox.Literal(end)
    return row


def test_a_fiscal_quarter_asked_is_three_months_of_the_year_asked():
    from aikg.period_fit import outside_fiscal_window
    q = "What was Quillon's revenue in Q2 FY27?"
    assert outside_fiscal_window(_row("2026-04-01", "2026-09-30", "2026-04-01/2026-09-30"), q)   # the half
    assert outside_fiscal_window(_row("2025-07-01", "2025-09-30", "Q2 FY2026"), q)             # a year before
    assert not outside_fiscal_window(_row("2026-07-01", "2026-09-30", "Q2 FY2027"), q)
    assert not outside_fiscal_window(_row(None, None, "Q2 FY2027"), q)
    assert not outside_fiscal_window(_row("2025-07-01", "2025-09-30", "fiscal Q2"), "Quillon's revenue in fiscal Q2?")


def test_a_half_asked_is_not_answered_by_a_quarter_inside_it():
    from aikg.period_fit import in_period
    from aikg.question import question_periods
    qp = question_periods("What was Quillon's net income for the six months ended September 30, 2026?")
    assert in_period(_row("2026-04-01", "2026-09-30", "2026-04-01/2026-09-30"), qp)
    assert not in_period(_row("2026-07-01", "2026-09-30", "Q2 FY2027"), qp)
    assert in_period(_row("2026-09-30", "2026-09-30", "2026-09-30"), qp)   # a point in it (a level at the end)
    q3 = question_periods("What was Quillon's revenue in the third quarter of 2026?")
    assert in_period(_row("2026-09-01", "2026-09-30", "September 2026"), q3)   # (a month of a quarter asked: as before)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"quillon.txt": QUILLON, "talvern.txt": TALVERN})


def test_the_periods_asked_are_answered_by_their_own_figures(kg):
    a = kg.ask("What was Quillon Data Systems' revenue in Q2 FY27?")
    assert "233.4" in a.answer and "455" not in a.answer and "217.1" not in a.answer, a.answer
    b = kg.ask("What was Quillon Data Systems' net income for the six months ended September 30, 2026?")
    assert "60.9" in b.answer and "31.2" not in b.answer, b.answer
    c = kg.ask("What were Talvern Instruments' net sales in Q3 2026?")
    assert "212" in c.answer, c.answer


BRAXTON = """Braxton Telecom beats forecasts

By staff reporter | November 6, 2026

Braxton Telecom, the Slovenian fixed and mobile operator, reported third-quarter 2026 revenue of EUR 412.5 million on Thursday, up 5.8% from a year earlier.
"""


def test_the_weekday_a_result_was_reported_on_dates_no_figure():
    ex = extract_text(BRAXTON, "doc", "doc.txt")
    changes = [f for f in ex.facts if f.kind == "observation" and f.change is not None]
    assert changes and all(f.period is not None and f.period.label == "Q3 2026" for f in changes), \
        [(f.measure, f.period) for f in changes]


@pytest.mark.parametrize("text,label,start,end", [
    ("net sales for the first nine months of the fiscal year ending March 2027", "2026-04-01/2026-12-31",
     date(2026, 4, 1), date(2026, 12, 31)),
    ("revenue in the second half of the year ended 30 June 2026", "H2 FY2026", date(2026, 1, 1), date(2026, 6, 30)),
    ("results for the first three months of the financial year ending 31 January 2027", "Q1 FY2027",
     date(2026, 2, 1), date(2026, 4, 30)),
    ("orders in 3Q FY2026 fell", "Q3 FY2026", None, None),
    ("volume production from 1H FY2027", "H1 FY2027", None, None),
])
def test_a_part_of_a_year_named_by_its_end(text, label, start, end):
    from aikg.extract import values as v
    p = v.find_periods(text, None)[0]
    assert (p.label, p.start, p.end) == (label, start, end)


def test_a_part_of_a_dated_year_asked_is_answered_by_that_part(kg):
    a = kg.ask("What was Quillon Data Systems' net income for the first half of the fiscal year ending March 2027?")
    assert "60.9" in a.answer and "31.2" not in a.answer, a.answer


LOWRY = """Lowry Test Systems (7799 JP): orders soften

What the company reported (2Q FY2026)
- Net sales: ¥88.2 billion, up 12.0% from ¥78.8 billion in 2Q FY2025.
- Orders received: ¥70.4 billion, down 6.1% from ¥75.0 billion in the previous quarter (1Q FY2026).
"""


def test_a_bracketed_gloss_of_the_previous_quarter_dates_the_compared_value():
    assert [lab for lab, _ in _dated(LOWRY, "orders")] == ["Q2 FY2026"]
    assert [lab for lab, _ in _dated(LOWRY, "net sales")][:1] == ["Q2 FY2026"]
