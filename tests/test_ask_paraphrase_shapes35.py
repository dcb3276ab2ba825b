"""New phrasings of known questions (session 32, probe35's paraphrases): a segment named first and its
contents asked with a pronoun, a loss that "widens", the rivals of one country named by its people's
adjective with an area that is no place, "share of each", and a plan asked by its amount with the
noun "spend". Pure reads of the question model and the row checks; the rows are written here."""
from __future__ import annotations

import pyoxigraph as ox

from aikg.answer_check import _carries_amount_asked
from aikg.linking import Hit
from aikg.narrowing import _narrow, _share_of_words, asked_country
from aikg.question import read


def hit(kind, label, start, end, matched):
    return Hit(f"urn:x:{label}", kind, label, matched, 100.0, start, end)


def test_a_segment_named_first_then_what_is_lumped_in_there_lists_it():
    seg = hit("Segment", "Other Ventures", 1, 3, "other ventures")
    qm = read("harbor 'Other Ventures' - what's lumped in there?", [hit("Company", "Harbor", 0, 1, "harbor"), seg])
    assert qm.form == "list" and qm.about == seg
    # a figure asked of it stays a figure
    qm = read("harbor 'Other Ventures' - what revenue is booked in there?", [hit("Company", "Harbor", 0, 1, "harbor"), seg])
    assert qm.form != "list"


def test_a_loss_that_widened_is_a_change_asked():
    assert read("By how much did the operating loss of Harbor's Labs segment widen?", []).growth
    assert read("how much did harbor's net loss deepen in 2025?", []).growth
    assert not read("What was Harbor's operating loss in 2025?", []).growth


def test_the_country_of_rivals_by_adjective_or_place_and_an_area_is_no_place():
    assert asked_country("which chinese companies compete with harbor in ai and cloud?", []) == "china"
    assert asked_country("who are harbor's competitors in japan?", []) == "japan"
    assert asked_country("who competes with harbor in ai and cloud?", []) == ""
    rows = [{"competitorLabel": ox.Literal(c), "region": ox.Literal(r)}
            for c, r in (("Quill", "China"), ("Vane", "global"), ("Orr", "domestic"))]
    kept, _ = _narrow("competitors", "which chinese companies compete with harbor in ai and cloud?", rows, [])
    assert [r["competitorLabel"].value for r in kept] == ["Quill", "Orr"]
    kept, _ = _narrow("competitors", "who competes with harbor in ai and cloud?", rows, [])
    assert len(kept) == 3


def test_share_of_each_names_no_thing_the_share_is_of():
    assert _share_of_words("aws vs azure vs gcp - global cloud share of each?", []) == set()
    assert _share_of_words("what is harbor's share of korean web searches?", []) == {"korean", "web", "search"}


def test_a_plan_named_by_its_amount_answers_a_spend_asked():
    qm = read("When did Harbor announce the RMB 120bn AI/cloud spend?", [])
    assert _carries_amount_asked(qm, [{"amount": ox.Literal("120000000000", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))}])
    assert not _carries_amount_asked(qm, [{"amount": ox.Literal("45000000000", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))}])
    assert not _carries_amount_asked(read("When did Harbor announce its AI spend?", []), [{"amount": ox.Literal("1")}])
