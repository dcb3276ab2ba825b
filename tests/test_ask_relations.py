"""`ask` answers from the relation a question asks about (question_frame.RELATIONS), with claims
as candidates beside the typed routes; a measure asked by its acronym; a count is not an amount
of money; pinned with questions and an article of our own (none of them from a probe set)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.linking import Hit
from aikg.narrowing import initials, measure_names
from aikg.question import read
from aikg.question_frame import RELATION_BY_NAME, frame


def hit(kind, label, start=0, end=1):
    return Hit(f"urn:x:{label}", kind, label, label.lower(), 100.0, start, end)


def row(**kw):
    return {k: ox.Literal(str(v)) for k, v in kw.items()}


# ------------------------------------------------------------------ the frame
def test_the_frame_reads_a_deal_a_capital_raise_guidance_and_a_joint_design():
    assert frame(read("What did Orvane pay for the Kessel chip unit?", [])).relation == "acquire"
    assert frame(read("How much did Orvane raise in its rights issue?", [])).relation == "raise-capital"
    assert frame(read("How much did Orvane raise in its share placement?", [])).relation == "raise-capital"
    assert frame(read("Did Orvane change its revenue outlook?", [])).relation == "guidance"
    assert frame(read("Which modem did Orvane co-design with Qualcomm?", [])).relation == "partner"
    # a product offering is not a share offering
    assert frame(read("Which Orvane AI offering includes the planner?", [])).relation == ""


def test_a_name_beginning_with_a_growth_word_does_not_ask_for_a_change():
    q = read("How much did Orvane pay for Moveline?", [hit("Company", "Orvane", 3, 4)])
    assert not q.growth and q.wants == "amount"


def test_a_relation_is_stated_by_a_claims_predicate_or_its_sentence_not_by_another_relations_claim():
    placement = RELATION_BY_NAME["raise-capital"]
    sold = row(predicate="state", valueText="about EUR 90 million",
               quote="Orvane raised about EUR 90 million by selling new shares in a placement to funds.")
    funded = row(predicate="raise-guidance", valueText="EUR 2 billion",
                 quote="Orvane lifted its capex outlook to EUR 2 billion, to be funded partly by a placement.")
    assert placement.stated(sold) and placement.said_near(sold)
    assert not placement.stated(funded)   # a guidance raise funded by a placement is a guidance raise
    assert RELATION_BY_NAME["acquire"].stated(row(predicate="state", valueText="EUR 5 million",
                                                  quote="Orvane bought the design house Tessa for EUR 5 million."))


# ------------------------------------------------------------------ acronyms of measures
def test_a_measure_is_named_by_its_initials_and_by_the_acronym_its_sentence_defines():
    assert initials("net revenue retention") == "nrr" and initials("revenue") == ""
    r = row(measure="gross merchandise volume", quote="Gross merchandise volume (GMV) rose to EUR 4 billion.")
    assert {"gmv", "merchandise"} <= measure_names(r)
    r = row(measure="backlog", quote="Contracted backlog obligations (CBO) stood at EUR 3 billion; see note (A).")
    assert "cbo" in measure_names(r) and "a" not in measure_names(r)
    r = row(measure="revenue", quote="Contracted backlog obligations (CBO) stood at EUR 3 billion, revenue EUR 1 billion.")
    assert "cbo" not in measure_names(r)   # the acronym spells another measure


# ------------------------------------------------------------------ end to end
ARTICLE = """Quillon Networks posts second-quarter 2025 results

FRANKFURT, July 30, 2025 — Quillon Networks said on Wednesday that revenue grew 9% to EUR 2,150 million in the second quarter of 2025, as telecom operators upgraded their data centre switching.

Total revenues were EUR 2.15 billion. Contracted backlog obligations (CBO) stood at EUR 3.2 billion as of June 30, 2025, representing 14% year-over-year growth. Revenue from its affiliated customers, the Orsa group companies, was EUR 95 million in the quarter.

During the quarter Quillon Networks completed its purchase of Tarnfield Software, a maker of network-monitoring tools, for about EUR 410 million in cash. In March 2025 Quillon Networks raised about EUR 640 million through a placement of 52 million new shares in Frankfurt, and the company lifted its full-year capital expenditure outlook to EUR 1.1 billion from EUR 0.9 billion.

Quillon Networks owns roughly 21% of Brasswick Robotics, the warehouse-automation start-up it first backed in 2023.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "quillon_q2.txt", ARTICLE)


def test_a_stake_stated_only_in_a_plain_sentence_is_answered_from_its_claim(kg):
    a = kg.ask("How big a stake does Quillon Networks have in Brasswick Robotics?")
    assert a.status == "answered" and "21%" in a.answer


def test_money_raised_in_a_placement_is_not_the_guidance_raised_in_the_same_sentence(kg):
    a = kg.ask("How much did Quillon Networks raise from its share placement in March 2025?")
    said = a.answer.split("(“")[0]   # the values, before the quote
    assert a.status == "answered" and "640 million" in said and "1.1 billion" not in said


def test_the_price_of_an_acquisition_is_the_deals_not_a_figure_of_the_buyer(kg):
    a = kg.ask("What price did Quillon Networks pay for Tarnfield Software?")
    assert a.status == "answered" and "410 million" in a.answer.split("(“")[0] and "2,150" not in a.answer
    assert kg.ask("What price did Quillon Networks pay for Dorrance Labs?").status == "no_answer"


def test_a_measure_asked_by_its_acronym_finds_the_measure_spelled_out(kg):
    a = kg.ask("What was Quillon Networks' CBO at the end of June 2025?")
    assert a.status == "answered" and "3.2 billion" in a.answer


def test_a_count_asked_is_not_answered_with_money_of_a_measure_sharing_its_word(kg):
    assert kg.ask("How many customers does Quillon Networks have?").status == "no_answer"
