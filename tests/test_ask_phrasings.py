"""New phrasings of known questions, read by the question model's structure: costs spread
"across its segments", what a segment holds ("everything parked in X's Other segment"), a
possessive before two coordinated modifiers ("X's cloud and AI infrastructure"), a measure phrase
that ends at its verb ("X's cloud business been growing its revenue"), "what did the stock do",
and "what is the programme worth". The article is written for this test."""
from __future__ import annotations

import pytest

from aikg.linking import Hit
from aikg.question import read

ARTICLE = """Harwick Group books AI training costs in its Other segment

HONG KONG, March 3, 2025 - Harwick Group reported results on Monday. Harwick's Other segment includes logistics, map services, grocery stores and AI model training.

Harwick Cloud, the group's cloud unit, reported revenue of 8.2 billion yuan for the December quarter, up 21% from a year earlier.

Harwick Group said it will invest 90 billion yuan in cloud and AI infrastructure over the next three years.

Harwick's Hong Kong-listed shares rose 9.3% on March 3, 2025.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "harwick.txt", ARTICLE)


def hit(kind, label, start, end, matched=None):
    return Hit(f"urn:x:{label}", kind, label, matched or label.lower(), 100.0, start, end)


def test_costs_across_the_segments_ask_which_cost_sits_where():
    qm = read("tell me how harwick's costs are bucketed across its segments", [hit("Company", "Harwick Group", 3, 4, "harwick")])
    assert qm.wants == "CostItem"
    # an amount of one segment's costs is still an amount
    assert read("how much did harwick's costs grow in its other segment", []).wants != "CostItem"


def test_what_a_segment_holds_is_a_listing_of_it():
    seg = hit("Segment", "Other", 5, 6, "other")
    qm = read("list everything parked in harwick's other segment", [hit("Company", "Harwick Group", 4, 5, "harwick"), seg])
    assert qm.form == "list" and qm.about == seg


def test_the_costs_and_contents_phrasings_are_answered(kg):
    for q in ("tell me how Harwick's costs are bucketed across its segments",
              "list everything parked in Harwick's Other segment"):
        a = kg.ask(q)
        assert a.status == "answered", (q, a.answer)
        assert "logistics" in a.answer.lower(), (q, a.answer)


def test_a_possessive_before_coordinated_modifiers_names_the_owner(kg):
    a = kg.ask("What is Harwick's cloud and AI infrastructure investment programme worth?")
    assert a.status == "answered" and "90 billion" in a.answer, a.answer


def test_a_measure_phrase_ends_at_its_verb(kg):
    a = kg.ask("how quickly has Harwick's cloud business been growing its revenue")
    assert a.status == "answered" and "21%" in a.answer, a.answer


def test_what_the_stock_did_asks_how_it_moved():
    assert read("what did harwick's hong kong listed stock do on march 3 2025", []).growth
