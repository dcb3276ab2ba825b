"""Issue 22v: a business named in the question that the article only lists inside a segment
(one of the segment's members) has no figure of its own: the parent's figure is no answer. The
article is written for this test."""
from __future__ import annotations

import pytest
from conftest import articles_kg

VARNE = """Varne Telekom third-quarter results

ISTANBUL, November 6, 2025 - Varne Telekom reported third-quarter revenue of TRY 41.2 billion, up 8%.

Varne Domestic, which contains mobile, the fixed broadband subsidiary Netova, the data-centre and cloud business and the digital services, produced revenue of TRY 37.5 billion.

Varne did not give the revenue of the data-centre business separately.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"varne_q3.txt": VARNE})


def test_a_business_only_listed_in_a_segment_is_not_answered_by_the_parents_revenue(kg):
    a = kg.ask("What was the revenue of Varne Telekom's data-centre business in Q3 2025?")
    assert a.status == "no_answer", a.answer
    a = kg.ask("What was Varne Telekom's revenue in Q3 2025?")
    assert a.status == "answered" and "41.2" in a.answer, a.answer
