"""Shapes of questions read by the question model's structure (session 12, round 2; probe14's
ASK failures and paraphrases): measures asked together ("revenue and EBITDA"), a unit named in
its company's sentence only as the cause of a change, a margin asked "on" a part of the
business, a name called a segment that is also a company's name, a segment's members asked by
their kind or in quotes, "where do costs end up", a "cut of" a market. The articles are written
for this test."""
from __future__ import annotations

import pytest

from aikg.linking import Hit
from aikg.question import read
from conftest import articles_kg

BRIXTON = """Brixton Systems margin slips as it builds a robotics unit

PUNE, February 4, 2025 - Brixton Systems, an engineering services company, reported results for the quarter ended December 31, 2024 on Tuesday.

Revenue for the quarter was 5.42 billion rupees, up 12% from a year earlier.

EBITDA margin fell to 14.2% from 16.8% a year earlier, a decline of 260 basis points, because of hiring costs and investment in the new Robotics Services unit.

Gross margin held at 41.0%, and net profit was 610 million rupees.

Brixton Systems now reports through three business units: Robotics Services, Digital Platforms and Product Engineering.
"""

NORVALE = """Kestrona agrees to buy satellite operator Norvale for 540 million euros

MADRID, March 11, 2025 - Kestrona said on Tuesday it agreed to buy Norvale, a satellite operator, for 540 million euros.

Norvale, which runs three satellites over Southern Europe, reported 2024 revenue of 188 million euros and EBITDA of 121 million euros, according to figures released by its owner.
"""

HARBOR = """Letter from the chairman of Harbor Group

WARSAW, April 2, 2025 - Harbor Group had a good year in 2024.

Harbor holds a 27.5% stake in Keel Systems and consolidates it on the basis of control.

The Keel Systems segment, which brings together our listed subsidiaries Tidewell, Anchorline and Portvane, contributed PLN 8.12 billion of revenues.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"brixton.txt": BRIXTON, "norvale.txt": NORVALE, "harbor.txt": HARBOR})


def hit(kind, label, start, end, matched=None):
    return Hit(f"urn:x:{label}", kind, label, matched or label.lower(), 100.0, start, end)


def test_measures_asked_together_are_each_read():
    from aikg.question import coordinated_measures
    assert [m[0] for m in coordinated_measures("what were the lender's 2023 revenue and ebitda?")] == ["revenue", "ebitda"]
    assert [m[0] for m in coordinated_measures("what were its revenue, ebitda and net profit?")] == ["revenue", "ebitda", "net profit"]
    # a compound measure is one measure; one measure is no coordination
    assert coordinated_measures("what was the ebitda margin and revenue growth?") == []
    assert coordinated_measures("how much revenue did it make?") == []


def test_revenue_and_ebitda_both_answered(kg):
    a = kg.ask("What were Norvale's 2024 revenue and EBITDA?")
    assert a.status == "answered", a.answer
    assert "188" in a.answer and "121" in a.answer, a.answer


def test_a_unit_named_only_as_the_cause_has_no_figure(kg):
    a = kg.ask("What EBITDA margin does Brixton Systems' Robotics Services unit earn?")
    assert a.status == "no_answer", a.answer
    # the company's own margin is still answered
    a = kg.ask("What was Brixton Systems' EBITDA margin?")
    assert a.status == "answered" and "14.2" in a.answer, a.answer


def test_a_margin_on_a_part_of_the_business_is_not_the_company_margin(kg):
    a = kg.ask("What gross margin does Brixton Systems earn on its robotics products?")
    assert a.status == "no_answer", a.answer
    a = kg.ask("What was Brixton Systems' gross margin?")
    assert a.status == "answered" and "41.0" in a.answer, a.answer
    # "on an adjusted basis" says how, not from what
    from aikg.narrowing import _source_words
    assert _source_words("What operating margin did Brixton earn on an adjusted basis?", []) == (set(), "")


def test_a_segment_named_like_a_company_lists_its_members(kg):
    a = kg.ask("Which companies are part of Harbor's Keel Systems segment?")
    assert a.status == "answered", a.answer
    assert "anchorline" in a.answer.lower() and "portvane" in a.answer.lower(), a.answer


def test_members_asked_by_kind_or_in_quotes_are_a_listing_of_the_segment():
    seg = hit("Segment", "Keel Systems", 6, 8, "keel systems")
    qm = read("Which companies are part of Harbor's Keel Systems segment?", [hit("Company", "Harbor Group", 5, 6, "harbor"), seg])
    assert qm.form == "list" and qm.about == seg and qm.wants == "CostItem"
    other = hit("Segment", "Other", 6, 7, "other")
    qm = read("so what's really lumped into harbor's 'other' bucket?", [hit("Company", "Harbor Group", 5, 6, "harbor"), other])
    assert qm.form == "list" and qm.about == other


def test_where_costs_end_up_asks_for_a_segment():
    qm = read("where do harbor's hiring costs end up?", [hit("Company", "Harbor Group", 2, 3, "harbor")])
    assert qm.wants == "Segment"


def test_a_cut_of_a_market_is_a_share_not_a_change():
    qm = read("harbor cloud's cut of the european cloud market, how much?", [hit("Company", "Harbor Cloud", 0, 2, "harbor cloud")])
    assert qm.form == "share" and not qm.growth
    assert read("how much did harbor cut its capex?", []).growth
