"""`ask` answers the fact the question asks for, pinned on an article and rows written for this
test: the measure and the market asked are constraints (no EBITDA figure is answered with
revenue, no Japan figure with the company's others), an analyst's estimate is not a reported
figure, a two-part question is answered part by part, a co-owner question asks about the
company held and not the party named beside it, and "who runs X" is X's own officer."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.linking import Hit
from aikg.narrowing import _narrow
from aikg.question import excluded_party, measures_named, question_parts

ARTICLE = """Corvane Group reports second-quarter 2025 results

SINGAPORE, August 14, 2025 - Corvane Group said on Thursday that revenue for the second quarter of 2025 rose 18% to $2.4 billion, ahead of the $2.3 billion analysts had expected. Adjusted EBITDA for the second quarter was $310 million. Revenue for the full year 2024 was $8.1 billion. Corvane opened its first data centre in Japan last year.

Software revenue benefited from the full-year contribution of Lumatic, which Corvane bought for about $1.2 billion in a deal that closed in May 2024.

Corvane bought a 30% stake in Quillon, an Osaka start-up, in 2024. Corvane said it would invest about $400 million in its data centres in 2025.

We raise our 2026 revenue estimate to $11.5 billion from $10.9 billion.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "corvane_q2.txt", ARTICLE)


def lit(v):
    return ox.Literal(str(v))


def hit(kind, label, start=0, end=1):
    return Hit(f"urn:x:{label}", kind, label, label.lower(), 100.0, start, end)


# ------------------------------------------------------------------ the measure and market asked
def test_a_verb_names_the_measure_only_when_no_noun_does():
    assert [w for w, _, _ in measures_named("how much adjusted ebitda did corvane earn")] == ["ebitda"]
    assert [w for w, _, _ in measures_named("how much did corvane earn last year")] == ["earn"]


def test_a_kind_noun_after_the_measure_qualifies_it():
    from aikg.question import read
    qm = read("What was Velorix's revenue from operations in the June quarter?", [hit("Company", "Velorix", 2, 3)])
    assert qm.wants == "amount" and qm.measures == ("revenue",)


def test_the_measure_asked_is_answered_by_that_measure(kg):
    a = kg.ask("How much adjusted EBITDA did Corvane earn in the second quarter?")
    assert a.status == "answered" and "310 million" in a.answer
    assert "2.4 billion" not in a.answer


def test_a_market_asked_is_not_answered_by_the_company_s_other_figures(kg):
    a = kg.ask("What revenue did Corvane generate in Japan in the quarter?")
    assert a.status == "no_answer", a.answer


def test_an_analysts_estimate_is_not_a_reported_figure(kg):
    a = kg.ask("What was Corvane's revenue?")
    assert a.status == "answered" and "2.4 billion" in a.answer and "11.5 billion" not in a.answer
    assert kg.ask("What did Corvane report as revenue for 2026?").status == "no_answer"
    asked = kg.ask("What revenue estimate does the broker have for Corvane in 2026?")
    assert asked.status == "answered" and "11.5 billion" in asked.answer


def test_a_price_asked_is_not_answered_by_a_stake_percentage_or_another_investment(kg):
    a = kg.ask("How much did Corvane pay for its stake in Quillon?")
    assert a.status == "no_answer", a.answer


# ------------------------------------------------------------------ two-part questions
def test_a_two_part_question_is_read_as_two_questions():
    assert question_parts("How much did Dunmore pay for Quill, and when did that deal close?") == (
        "How much did Dunmore pay for Quill?", "When did that deal close?")
    assert question_parts("Who owns Quill together with Dunmore?") is None


def test_each_part_of_a_two_part_question_is_answered(kg):
    a = kg.ask("How much did Corvane pay for Lumatic, and when did that deal close?")
    assert a.status == "answered"
    assert "1.2 billion" in a.answer and "May 2024" in a.answer


# ------------------------------------------------------------------ co-owners
def test_a_co_owner_question_asks_about_the_company_held():
    hits = [hit("Company", "Pennock Retail", 2, 4), hit("Company", "Corvane", 6, 7)]
    q = "Who owns Pennock Retail together with Corvane?"
    assert excluded_party(q, hits).label == "Corvane"
    rows = [{"holderLabel": lit("Corvane"), "companyLabel": lit("Pennock Retail"), "stake": lit(50),
             "quote": lit("Corvane and Brightwell Corp. each hold 50% of Pennock Retail after a tender offer.")},
            {"holderLabel": lit("Corvane"), "companyLabel": lit("Sandmere"), "stake": lit(20),
             "quote": lit("Corvane also holds 20% of Sandmere.")}]
    kept, _ = _narrow("stakes", q, rows, hits)
    assert [r["companyLabel"].value for r in kept] == ["Pennock Retail"]
    assert kept[0]["coHolderLabel"].value == "Brightwell Corp."
    # another holder's own stake in the company held answers first
    other = {"holderLabel": lit("Brightwell Corp."), "companyLabel": lit("Pennock Retail"), "stake": lit(50), "quote": lit("…")}
    kept, _ = _narrow("stakes", q, rows + [other], hits)
    assert [r["holderLabel"].value for r in kept] == ["Brightwell Corp."]


# ------------------------------------------------------------------ who runs a unit
def test_who_runs_a_unit_is_its_own_officer_not_the_parent_s_ceo():
    hits = [hit("Company", "Tallow", 2, 3)]
    rows = [{"personLabel": lit("Mara Quist"), "role": lit("CEO"), "orgLabel": lit("Tallow"),
             "quote": lit("Chairman and chief executive Mara Quist said Tallow had gained customers.")},
            {"personLabel": lit("Oren Dace"), "role": lit("president"), "orgLabel": lit("Tallow"),
             "quote": lit("Tallow is led by president Oren Dace, who joined the group in 2016.")}]
    kept, _ = _narrow("people", "Who runs Tallow?", rows, hits)
    assert [r["personLabel"].value for r in kept] == ["Oren Dace"]
    # the CEO asked by title is still the CEO
    kept, _ = _narrow("people", "Who is Tallow's CEO?", rows, hits)
    assert [r["personLabel"].value for r in kept] == ["Mara Quist"]


# ------------------------------------------------------------------ what a figure came from, and a forecast asked
def test_revenue_from_a_source_the_article_does_not_break_out_is_not_answered(kg):
    a = kg.ask("How much revenue did Corvane earn from robotics licensing in the second quarter?")
    assert a.status == "no_answer", a.answer
    assert "robotics licensing" in a.answer


def test_revenue_from_operations_is_the_measure_not_a_source(kg):
    a = kg.ask("What was Corvane's revenue from operations in the second quarter of 2025?")
    assert a.status == "answered" and "2.4 billion" in a.answer


def test_a_forecast_asked_is_not_answered_by_a_reported_figure(kg):
    a = kg.ask("What adjusted EBITDA is Corvane forecasting for 2025?")
    assert a.status == "no_answer", a.answer
