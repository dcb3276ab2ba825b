"""Rule claim-says-measure-asked, for a relation asked too (claims_fallback._relation_score): a claim
that states the relation ("expects", a guidance) answers a question naming a measure ("revenue
guidance") only when it says that measure; a pension contribution the company expects is no revenue
guidance. Article written for the test."""
from __future__ import annotations

import pytest
from conftest import articles_kg

FILING = """VELLUMTREE CORPORATION
FORM 10-Q - For the quarterly period ended June 30, 2031
ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS (excerpt)

Revenue for the three months ended June 30, 2031 was $212.4 million compared with $201.0 million a year
earlier. At June 30, 2031, the Company had cash of $305.0 million. The Company expects to make cash
contributions of approximately $21.0 million to its pension plans during 2031, of which $9.5 million had
been contributed through June 30, 2031. Vellumtree expects full-year 2031 revenue of $850 million to
$870 million.
"""

NO_GUIDANCE = FILING.replace(" Vellumtree expects full-year 2031 revenue of $850 million to\n$870 million.", "")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"vellumtree_10q.txt": NO_GUIDANCE})


@pytest.fixture(scope="module")
def kg_guided(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"vellumtree_10q.txt": FILING})


def test_pension_contribution_is_no_revenue_guidance(kg):
    a = kg.ask("What full-year 2031 revenue guidance did Vellumtree give?")
    assert a.status == "no_answer", a.answer


def test_revenue_guidance_stated_is_answered(kg_guided):
    a = kg_guided.ask("What full-year 2031 revenue guidance did Vellumtree give?")
    assert a.status == "answered" and "850" in a.answer, a.answer
