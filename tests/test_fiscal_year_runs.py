"""Rule fiscal-year-runs (extract/periods.py): a sentence saying the fiscal year "runs from" one month to
another sets the month the fiscal year ends in, and with a fiscal label and a closing year, how the
article names its years: "Q2 FY27" is then July to September 2026, not the calendar quarter "Q2 2026"."""
from __future__ import annotations

from datetime import date

import pytest

from aikg.extract import periods
from aikg.extract.pipeline import extract_bytes


@pytest.mark.parametrize("sentence, end_month, shift", [
    ("The board approved the accounts for the first half of fiscal year 2027 (FY27 runs from 1 April 2026 "
     "to 31 March 2027).", 3, 0),
    ("Our fiscal year runs from October to September, so the figures below are for the year to September.", 9, None),
    ("FY2025 ran from 1 July 2024 to 30 June 2025 for the group.", 6, 0),
])
def test_a_fiscal_year_span_sets_the_calendar(sentence, end_month, shift):
    cal = periods.document_context([sentence], date(2026, 10, 20)).calendar
    assert cal is not None and cal.end_month == end_month and cal.shift == shift


def test_a_sentence_without_a_span_sets_none():
    assert periods.document_context(["Revenue runs at about Rs 90 crore a month from April."], date(2026, 10, 20)).calendar is None


ARTICLE = b"""From: Harbourline Investor Relations <ir@harbourline.example>
To: Shareholders
Date: Tue, 27 Oct 2026 09:00:00 +0530
Subject: Harbourline Systems investor update - Q2 FY27 results

Dear shareholder,

The board met on Monday and approved the results for the second quarter of fiscal year 2027 (FY27 runs from 1 April 2026 to 31 March 2027). Harbourline Systems reported revenue of Rs 640 crore in Q2 FY27, up 9% year on year.
"""


def test_a_fiscal_quarter_is_dated_by_the_stated_year():
    ex = extract_bytes(ARTICLE, "harbourline_update.txt")
    revenue = [f for f in ex.facts if getattr(f, "measure", None) == "revenue" and f.period is not None]
    assert revenue, [f.model_dump() for f in ex.facts]
    assert {(f.period.start, f.period.end) for f in revenue} == {(date(2026, 7, 1), date(2026, 9, 30))}
