"""Rule recurring-is-no-revenue (narrowing.ANNUALISED "stock", claims_fallback._measure_fits): annual
recurring revenue is a stock at a date, never the revenue of a period a question asks, even when the
document states no other revenue row for that period; asked for, it is answered. Article written for
the test."""
from __future__ import annotations

import pytest
from conftest import articles_kg

PROXY = """KELDANE DATA SYSTEMS, INC.
DEFINITIVE PROXY STATEMENT - Compensation Discussion and Analysis (excerpt)

Our fiscal year 2027 began on April 1, 2026 and ended on March 31, 2027.

Fiscal 2027 Business Highlights
- Total annual recurring revenue (ARR) of $842 million at March 31, 2027, up 18%.
- Subscription ARR of $655 million, up 24%.
- Non-GAAP operating margin of 21.3%.

The Compensation Committee set the bonus plan's ARR target at $820 million. Keldane was positioned near the
median of its peer group on total shareholder return.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"keldane_proxy.txt": PROXY})


def test_arr_does_not_answer_a_quarters_revenue(kg):
    a = kg.ask("What was Keldane's revenue in the fourth quarter of fiscal 2027?")
    assert a.status == "no_answer" and "842" not in a.answer


def test_arr_asked_is_answered(kg):
    a = kg.ask("What was Keldane's total ARR at the end of fiscal 2027?")
    assert a.status == "answered" and "842" in a.answer
