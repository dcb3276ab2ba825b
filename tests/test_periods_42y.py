"""Periods (issue42y): a quarter's "of fiscal <year>, which ended <date>" dates the quarter, not the fiscal
year, so the fiscal calendar is read from the quarter; a company's own first-person guidance list ("For Q4 of
fiscal 2027 we expect:", "we are raising our outlook:") is its outlook with the bracketed previous range; a
quarter stated alone in a nine-month report keeps the quarter. Invented documents, our own words."""
from datetime import date
from decimal import Decimal

from aikg.extract.periods import document_context
from aikg.extract.pipeline import extract_text


def obs(text: str):
    ex = extract_text(text, "d", "d.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def by_value(fs, value):
    return [f for f in fs if f.value == Decimal(value)]


CALL = """Tallowmere Robotics, Inc. (NASDAQ: TLWR)
Q2 Fiscal 2027 Earnings Call — Prepared Remarks
September 2, 2026

Opening
Welcome to Tallowmere's call for the second quarter of fiscal 2027, which ended July 31, 2026. Our CFO, Ines Varga, will take you through the numbers.

Ines Varga, Chief Financial Officer
Q2 revenue of $211.5 million grew 18% year over year. Free cash flow was $30.2 million.

Now to guidance. For Q3 of fiscal 2027 we expect:
- Revenue: $220 million to $224 million
- Non-GAAP operating margin: approximately 11%

For the full fiscal year 2027 we are raising our outlook:
- Revenue: $870 million to $876 million (previously $850 million to $860 million)
- Non-GAAP EPS: $0.40 to $0.42 (previously $0.36 to $0.38)

Operator
We will now begin the question-and-answer session.
"""


def test_a_quarter_of_fiscal_year_which_ended_sets_the_calendar_from_the_quarter():
    ctx = document_context(["Welcome to the call for the third quarter of fiscal 2027, which ended October 31, 2026."],
                           date(2026, 12, 3))
    assert ctx.calendar is not None and ctx.calendar.end_month == 1   # Q3 ends October: the year ends in January
    assert ctx.calendar.year_bounds(2027) == (date(2026, 2, 1), date(2027, 1, 31))


def test_fiscal_year_and_next_quarter_guidance_are_dated_by_that_calendar():
    fs = obs(CALL)
    q2 = by_value(fs, "211500000")
    assert q2 and q2[0].period.label == "Q2 FY2027" and q2[0].period.start == date(2026, 5, 1)
    fy = by_value(fs, "870000000")
    assert fy and fy[0].period.label == "FY2027"
    assert (fy[0].period.start, fy[0].period.end) == (date(2026, 2, 1), date(2027, 1, 31))
    q3 = by_value(fs, "220000000")
    assert q3 and q3[0].period.label == "Q3 FY2027"
    assert (q3[0].period.start, q3[0].period.end) == (date(2026, 8, 1), date(2026, 10, 31))


def test_a_first_person_guidance_list_is_the_outlook_with_its_previous_range():
    fs = obs(CALL)
    assert [f.measure for f in by_value(fs, "220000000")] == ["revenue outlook"]
    assert [f.measure for f in by_value(fs, "870000000")] == ["revenue outlook"]
    old = by_value(fs, "850000000")
    assert old and old[0].measure == "previous revenue outlook" and old[0].value_max == Decimal("860000000")
    assert by_value(fs, "211500000")[0].measure == "revenue"   # the quarter's result stays an actual


def test_a_quarter_on_its_own_in_a_nine_month_report_keeps_the_quarter():
    fs = obs("Vellacourt Tiles A.S. — nine-month results\n\n"
             "Vellacourt Tiles reported revenue of EUR 412.0 million for the nine months ended 30 September 2026, "
             "up 9%.\n\n"
             "Revenue for the third quarter on its own was EUR 151.3 million.\n")
    q3 = by_value(fs, "151300000")
    assert q3 and (q3[0].period.start, q3[0].period.end) == (date(2026, 7, 1), date(2026, 9, 30))
    nine = by_value(fs, "412000000")
    assert nine and (nine[0].period.start, nine[0].period.end) == (date(2026, 1, 1), date(2026, 9, 30))


def test_a_quarter_alone_after_the_paragraphs_nine_months_keeps_the_quarter():
    fs = obs("QUARTERLY STATEMENT — 9M 2026\n\nEmittent: Olsberg Messtechnik SE\n\n"
             "For Olsberg, revenue was EUR 233.4 million in the first nine months of 2026, up 6.1%. "
             "Third-quarter revenue alone was EUR 80.2 million.\n")
    q3 = by_value(fs, "80200000")
    assert q3 and (q3[0].period.start, q3[0].period.end) == (date(2026, 7, 1), date(2026, 9, 30))
