"""Reasons over clause structure (issue 12): a change (its measure, subject and direction) linked
to its cause by each connective family of the verb lexicon, risks listed under a risks heading,
and `ask` answering "why …" / "what drove …" / "what are the risks …" with the reason for the
measure asked, never another measure's. Sentences and articles are our own inventions."""
from __future__ import annotations

import pytest

from aikg.extract import reasons
from aikg.extract.pipeline import extract_text


def _read(text):
    got = reasons.read(text)
    assert got is not None, text
    return got


# ------------------------------------------------------------------ one sentence per family
@pytest.mark.parametrize("text, sense, cause, measure, direction", [
    # "as <clause>": the clause after "as" gives the cause of the change before it
    ("Operating profit at Velmora rose 12% in the quarter as hospital customers renewed their contracts.",
     "as-clause", "hospital customers renewed their contracts", "operating profit", "increase"),
    # "amid"
    ("Orders at Brantley fell 7% to $3.1 billion amid weaker spending by regional banks.",
     "amid", "weaker spending by regional banks", "orders", "decrease"),
    # "after" an event
    ("Shares of Corvane slumped 8% after the company withdrew its annual forecast.",
     "after", "the company withdrew its annual forecast", "share price", "decrease"),
    # "X attributed <change> (mainly) to <cause>": the change inside, the cause after "to"
    ("The chief executive attributed the higher take rate mainly to paid listings.",
     "attributed", "paid listings", "take rate", "increase"),
    # "<cause> weighed on / drove <measure>": the cause is the verb's subject
    ("Costlier memory chips weighed on margins in the second half.",
     "cause-drove", "Costlier memory chips", "margin", "decrease"),
    # "<cause> was the main reason for <change>"
    ("Weaker shipping volumes were the main reason for the decline in freight revenue.",
     "reason-for", "Weaker shipping volumes", "freight revenue", "decrease"),
    # "because of" with a measure the figure heads do not hold (a rate of one measure to another)
    ("Average revenue per user rose because of a shift to larger data plans.",
     "because-of", "a shift to larger data plans", "arpu", "increase"),
    # "caused by"
    ("The quarterly loss was caused mainly by a write-down of deferred tax assets.",
     "driven-by", "a write-down of deferred tax assets", "loss", "decrease"),
])
def test_each_connective_family_reads_the_change_its_measure_and_the_cause(text, sense, cause, measure, direction):
    got = _read(text)
    assert (got.sense, got.cause, got.measure, got.direction) == (sense, cause, measure, direction)


@pytest.mark.parametrize("cause, joined", [
    # each family also joins clauses that give no cause: those are not reasons
    ("Revenue rose 5% as subscribers returned.", "Revenue rose 5% as well as margins improving."),
    ("Sales fell 3% as the firm closed two shops.", "The firm hired 200 engineers as part of its expansion."),
    ("Shares rose 4% after the upgrade by two brokers.", "Shares rose 4% after the close of trading."),
    ("Capital spending rose 9% amid a race for chips.",
     "Capital spending would rise to $9 billion, after spending $7 billion last year."),
    ("Cheaper chips lifted margins in the quarter.", "Tarnwell lifted its annual revenue forecast to $4 billion."),
    ("Cloud demand drove revenue growth at the unit.", "The group drove a hard bargain with its suppliers."),
])
def test_joiners_that_give_no_cause_are_not_reasons(cause, joined):
    assert reasons.read(cause) is not None and reasons.read(cause).measure is not None
    assert reasons.read(joined) is None


def test_a_unit_named_in_the_attributed_change_is_whose_change_it_is():
    text = ("Harrowgate Media Ltd. reported revenue of 9.2 billion yuan for the quarter. "
            "Analysts attributed the drop at Harrowgate Radio to the company trimming its talk-show lineup.")
    ex = extract_text(text, "t", "t.txt")
    got = [(c.subject.label, x.detail) for c in ex.claims for x in c.relations if x.kind == "reason"]
    assert got and got[0][1] == "the company trimming its talk-show lineup"


def test_the_reason_keeps_its_measure_and_direction_on_the_claim():
    text = ("Pellworth Telecom Ltd. reported quarterly revenue of $1.2 billion. "
            "Its net profit rose 30% to $90 million, driven by lower interest costs. "
            "ARPU fell 2% as subscribers moved to cheaper prepaid plans.")
    ex = extract_text(text, "t", "t.txt")
    got = {(x.measure, x.direction, x.detail) for c in ex.claims for x in c.relations if x.kind == "reason"}
    assert ("net profit", "increase", "lower interest costs") in got
    assert ("arpu", "decrease", "subscribers moved to cheaper prepaid plans") in got


# ------------------------------------------------------------------ risk lists
def test_a_numbered_risk_list_under_a_run_in_heading_is_one_risk_claim_per_item():
    text = ("Korvel Semiconductor Inc. reported revenue of $4 billion for the quarter.\n\n"
            "Key risks. (1) pricing pressure if a rival ramps faster; (2) weaker handset demand; (3) export controls.\n\n"
            "Disclosures. This note is for professional investors only.")
    ex = extract_text(text, "t", "t.txt")
    got = [(c.subject.label, x.detail, c.evidence.quote) for c in ex.claims for x in c.relations if x.kind == "risk"]
    assert [g[1] for g in got] == ["pricing pressure if a rival ramps faster", "weaker handset demand", "export controls"]
    assert {g[0] for g in got} == {"Korvel Semiconductor"}
    assert all(g[2].startswith("Key risks.") for g in got)   # the quote states it is a risk


def test_a_risk_list_under_a_heading_of_its_own_line_ends_with_its_paragraph():
    text = ("Dunmore Systems Corp. reported revenue of $2 billion for the quarter.\n\n"
            "Risks\nSlower public-sector orders; a stronger dollar; delays in the new plant.\n\n"
            "Valuation\nOur $80 target is based on 20 times earnings, with peers such as Arlo, Brix and Cade.")
    ex = extract_text(text, "t", "t.txt")
    got = [x.detail for c in ex.claims for x in c.relations if x.kind == "risk"]
    assert got == ["Slower public-sector orders", "a stronger dollar", "delays in the new plant"]


def test_a_sentence_that_says_it_lists_the_risks_is_split_at_its_commas():
    from aikg.extract import risks
    assert risks.items("The main risks are slower phone sales, costlier wafers, and competition from two rivals.") == \
        ["slower phone sales", "costlier wafers", "competition from two rivals"]
    assert not risks.is_heading("Risks remain elevated this year.")


# ------------------------------------------------------------------ ask on a tiny store
ARTICLE = """Pellworth Telecom posts third-quarter results

MUMBAI, October 28, 2025 — Pellworth Telecom reported a net profit of Rs 900 crore for the quarter ended September 30, 2025, up 30% from a year earlier, driven by lower interest costs and a one-off tax credit.

Average revenue per user rose 6% to Rs 240 in the quarter. Chief executive Mira Sandhu said ARPU rose because of customers moving to larger data plans.

Analysts attributed the drop at Pellworth Cloud to the company pruning low-margin hosting contracts.

Key risks. (1) a price war among the three largest operators; (2) spectrum auction costs; (3) slower fibre roll-out.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "pellworth_q3.txt", ARTICLE)


def test_why_a_measure_rose_is_answered_with_its_own_reason_and_no_other_measures(kg):
    a = kg.ask("Why did Pellworth Telecom's ARPU go up?")
    assert a.status == "answered" and "larger data plans" in a.answer and "interest costs" not in a.answer
    a = kg.ask("What drove the rise in Pellworth Telecom's net profit?")
    assert a.status == "answered" and "interest costs" in a.answer and "data plans" not in a.answer
    # no reason for the measure asked: no_answer, never another measure's reason
    a = kg.ask("Why did Pellworth Telecom's capital expenditure fall?")
    assert a.status == "no_answer"
    assert "data plans" not in a.answer and "interest costs" not in a.answer


def test_the_risks_listed_answer_a_risk_question_and_not_a_why_question(kg):
    a = kg.ask("What are the main risks for Pellworth Telecom?")
    assert a.status == "answered" and "price war" in a.answer and "spectrum auction" in a.answer
    a = kg.ask("Why did Pellworth Telecom's net profit rise?")
    assert "price war" not in a.answer


def test_a_measure_asked_by_its_modifier_matches_the_reason_in_the_direction_asked():
    from aikg.linking import Hit
    from aikg.narrowing import _narrow
    import pyoxigraph as ox
    acme = Hit("https://aikg.dev/id/company/acme", "Company", "Acme", "acme", 100.0, 2, 3)
    rows = [{"kind": ox.Literal("reason"), "reason": ox.Literal("more chip designs shipping"),
             "measure": ox.Literal("licensing growth"), "direction": ox.Literal("increase")},
            {"kind": ox.Literal("risk"), "reason": ox.Literal("export controls")}]
    kept, _ = _narrow("reasons", "why did acme's licensing revenue accelerate?", rows, [acme])
    assert [r["reason"].value for r in kept] == ["more chip designs shipping"]
    assert _narrow("reasons", "why did acme's licensing revenue fall?", rows, [acme])[0] == []
    assert [r["reason"].value for r in _narrow("reasons", "what are the main risks for acme?", rows, [acme])[0]] == ["export controls"]


UNIT_ARTICLE = """Larkfield Market finds its feet: how Oberon's marketplace arm became the group's growth engine

SINGAPORE, August 13, 2026 - Oberon said on Wednesday that Larkfield Market's revenue rose 30% to $2.1 billion in the three months to June 30. Operating profit rose 12% to $150 million.

Group revenue rose 18% to $4.4 billion, and Oberon made a net profit of $300 million.

Chief executive Dara Quinn said Larkfield Market had won sellers in every country it serves.

Oberon attributed the higher take rate mainly to paid listings and to a new delivery fee.

Larkfield Market is led by president Ines Vale, who joined Oberon in 2020.
"""


def test_the_parents_reason_for_the_measure_asked_answers_for_its_unit(tmp_path_factory):
    # "Oberon attributed the higher take rate to …", in an article on its unit Larkfield Market:
    # the reason is filed on the parent and its sentence does not name the unit
    from conftest import article_kg
    kg = article_kg(tmp_path_factory, "velmora_unit.txt", UNIT_ARTICLE)
    a = kg.ask("What pushed Larkfield Market's take rate higher?")
    assert a.status == "answered" and "paid listings" in a.answer, a.answer
    # a measure the parent gives no reason for stays unanswered
    assert kg.ask("Why did Larkfield Market's revenue rise?").status == "no_answer"
