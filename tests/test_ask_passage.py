"""The passage lane of `ask` (passage.py, text_answer.from_text): a sentence whose subject refers
back ("The building has …", "the company stated that its …") is read with the sentence before
it; a measure word that is its clause's subject has its value after the verb; a split fiscal year
is one period; the size of a thing asked that a fact does not name (answer_gap "thing"). Every
sentence and name here is invented."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.ask import Answer


def test_a_subject_that_refers_back():
    from aikg.passage import REFERS_BACK, refers_back
    for s in REFERS_BACK["examples"]:
        assert refers_back(s), s
    for s in REFERS_BACK["not"]:
        assert not refers_back(s), s
    assert refers_back("3.1 In answer to the panel, the firm said its loss had narrowed to $4 million.")
    assert not refers_back("Tollard Bank said its loss had narrowed.")


def test_the_window_is_the_sentence_before_in_the_same_document():
    from aikg.passage import windows
    w = windows({("A.", "d1"): 0, ("B.", "d1"): 10, ("C.", "d2"): 5, ("D.", "d1"): 30})
    assert w == {("B.", "d1"): "A.", ("D.", "d1"): "B."}


# a site story: the value's sentence names neither the company nor the site; the one before does
SITE_STORY = [
    ("Harlow Compute runs three sites in the north of the country.", 0),
    ("Harlow Compute opened its Brookfield site in May 2024.", 70),
    ("The building has 40 megawatts of IT capacity, of which 12 megawatts is let.", 130),
    ("Fellmoor Energy plans a 90 megawatt campus with 200 megawatts of IT capacity near the coast.", 220),
    ("In reply to the council, the company said that its revenue for FY2023-24 (year ended 31 March 2024), its second year, was EUR 6.2 million.", 330),
    ("Harlow Compute expects to hire 50 people in 2025.", 480),
]


class _Names:
    def find_in(self, text):
        from aikg.linking import Hit
        return [Hit("urn:x:fellmoor", "Company", "Fellmoor Energy", "fellmoor energy")] if "Fellmoor" in text else []


@pytest.fixture(scope="module")
def site_store():
    kg, prov = "https://aikg.dev/ns#", "http://www.w3.org/ns/prov#"
    st = ox.Store()
    doc = ox.NamedNode("https://aikg.dev/id/doc/harlow_site_story")
    for i, (text, at) in enumerate(SITE_STORY):
        e = ox.NamedNode(f"https://aikg.dev/id/evidence/{i}")
        st.add(ox.Quad(e, ox.NamedNode(kg + "quote"), ox.Literal(text)))
        st.add(ox.Quad(e, ox.NamedNode(prov + "wasDerivedFrom"), doc))
        st.add(ox.Quad(e, ox.NamedNode(kg + "charStart"), ox.Literal(str(at), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    return st


def test_a_sentence_referring_back_answers_for_what_the_sentence_before_names(site_store):
    from aikg.text_answer import _with_heads, from_text
    q = "What is the IT capacity of Harlow Compute's Brookfield building?"
    got = from_text(site_store, q, [_with_heads(["Harlow Compute"]), ["Brookfield"]], firms=(0, 1), index=_Names())
    assert got and "40 megawatts" in got[0]


def test_a_figure_after_the_verb_of_its_measure_and_a_split_fiscal_year(site_store):
    from aikg.text_answer import _with_heads, from_text
    got = from_text(site_store, "What was Harlow Compute's revenue for FY2023-24?", [_with_heads(["Harlow Compute"])], firms=(0,), index=_Names())
    assert got and "6.2 million" in got[0]
    assert from_text(site_store, "What was Harlow Compute's revenue for FY2024-25?", [_with_heads(["Harlow Compute"])], firms=(0,), index=_Names()) is None


def test_a_measure_subject_has_its_value_after_its_verb():
    from aikg.text_answer import MEASURE_COPULA, _figure_near
    asked = {"revenue": "What was Orvane's revenue?", "income": "What was Orvane's operating income?",
             "values": "What value does the bid put on Orvane's entire share capital?"}
    for s in MEASURE_COPULA["examples"]:
        assert _figure_near(next(q for w, q in asked.items() if w in s), s), s
    assert not _figure_near("What was Orvane's revenue?", MEASURE_COPULA["not"][0])


def test_a_split_fiscal_year_is_one_period():
    from aikg.text_answer import _period_fits
    s = "Its revenue for FY2023-24 (year ended 31 March 2024) was EUR 6.2 million."
    assert _period_fits("What was X's revenue for FY2023-24?", s)
    assert not _period_fits("What was X's revenue for FY2024-25?", s)


def test_a_split_fiscal_year_is_no_name_and_a_class_word_no_content():
    from aikg.names_asked import unknown_names
    from aikg.text_answer import _content
    assert unknown_names("What was Orvane AI's revenue for FY2023-24?", []) == ["Orvane"]
    from aikg.ask import _as_written
    q = "What was Orvane AI's revenue for FY2023-24?"
    assert _as_written(q, "Orvane") == ["Orvane", "Orvane AI"]
    assert _content(q, [n.lower() for n in _as_written(q, "Orvane")]) == {"revenu"}
    assert _content("What was Orvane's cloud revenue?", ["orvane"]) == {"cloud", "revenu"}


def test_the_size_of_a_thing_a_fact_does_not_name():
    from aikg import answer_gap
    assert answer_gap.asked_thing("How big is the green loan Harlow signed to fund its second site?") == "loan"
    assert answer_gap.asked_thing("How much is Harlow investing in its Brookfield site?") == ""
    raw = [{"quote": ox.Literal("Harlow plans to invest about EUR 2 billion in its campus."), "subjectLabel": ox.Literal("Harlow")}]
    a = Answer("q", "answered", "Harlow invests about EUR 2 billion", raw=raw, basis="fact", intent="investments")
    q = "How big is the green loan Harlow signed to fund its second site?"
    assert answer_gap.gap(q, a, "amount", ["harlow"], {"green", "loan", "sign", "fund", "second", "site"}) == "thing"
    assert answer_gap.sentence_better(q, a, "thing", "In May the company signed a EUR 900 million green loan to fund its second site.", set(), set())
    assert not answer_gap.sentence_better(q, a, "thing", "The company will fund its second site with EUR 900 million.", set(), set())


def test_a_name_the_documents_say_is_not_said_to_be_unknown(site_store):
    from types import SimpleNamespace
    from aikg.ask import _not_stated
    kg = SimpleNamespace(store=site_store)
    assert _not_stated(kg, "The documents say nothing about Brookfield.", None).startswith("Not stated: the documents name Brookfield")
    assert _not_stated(kg, "The documents say nothing about Quorvale.", None) == "The documents say nothing about Quorvale."


def test_a_relative_clause_and_a_class_word_after_a_name_are_not_required(site_store):
    from aikg.text_answer import _content, _relative_words
    q = "How much is being invested in the first phase of the Arlen Ridge plant that will power Harlow?"
    assert _content(q, ["arlen ridge", "harlow"]) == {"phas", "invest", "power"}
    assert _relative_words(q, ["arlen ridge", "harlow"]) == {"power"}
