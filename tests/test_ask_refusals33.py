"""A figure asked is not answered by a sentence or claim that gives another thing's number (invented
documents): a measure word that only modifies another head or is a ratio's base
(text_answer.NOT_THE_MEASURE), and a bought business's revenue for the price paid for it
(claims_fallback rule price-is-no-result)."""
from __future__ import annotations

import pytest

from conftest import article_kg, articles_kg
from aikg.text_answer import _figure_near

RELEASE = """Corvalline SA: third-quarter 2026 revenue

Paris, 22 October 2026 - Corvalline SA, the IT services group, reports third-quarter revenue of EUR 118,2 M, up 6,4 %.

On 1 July 2026, Corvalline acquired 100 % of Tessoral Data, a Lyon-based analytics consultancy with about 80
consultants and 2025 revenue of EUR 9,8 M. Tessoral Data contributed EUR 2,1 M to third-quarter revenue.

The operating profit margin target of about 11 % of revenue for 2026 is unchanged.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return article_kg(tmp_path_factory, "corvalline_q3.txt", RELEASE)


@pytest.mark.parametrize("question, sentence, near", [
    ("What was Acme's operating profit in Q3 2026?", "The operating profit margin target of about 10 % of revenue is unchanged.", False),
    ("What revenue did Acme report for Q3 2026?", "Capex: around 8% of revenue (unchanged)", False),
    ("What was Acme's operating profit in Q3 2026?", "Operating profit was EUR 12 million, a margin of 9%.", True),
    ("What revenue did Acme report?", "Revenue of $5 billion was 8% higher.", True),
    ("What share of revenue came from cloud?", "Cloud made up 41% of revenue.", True),
    ("What is Acme's operating margin target?", "The operating profit margin target of about 10 % of revenue is unchanged.", True),
    ("How fast did Acme's revenue grow?", "Revenue growth of 12% beat forecasts.", True),
])
def test_a_measure_word_gives_its_figure_only_as_the_head(question, sentence, near):
    assert _figure_near(question, sentence) is near


def test_a_profit_not_stated_is_not_answered_by_the_margin_target(kg):
    a = kg.ask("What was Corvalline's operating profit in Q3 2026?").to_json()
    assert a["status"] == "no_answer", a
    assert "11 %" not in a["answer"], a["answer"]


def test_the_price_paid_is_not_the_bought_business_revenue(kg):
    a = kg.ask("How much did Corvalline pay for Tessoral Data?").to_json()
    assert a["status"] == "no_answer", a
    assert "9,8" not in a["answer"] and "9.8" not in a["answer"] and "2.1" not in a["answer"], a["answer"]


def test_the_revenue_asked_is_still_answered(kg):
    a = kg.ask("What was Corvalline's revenue in Q3 2026?").to_json()
    assert a["status"] == "answered" and ("118.2" in a["answer"] or "118,2" in a["answer"]), a


# two documents' "US export controls", each affecting its own company: each company's answer quotes
# its own document's sentence (rdf._fact_key: whom a restriction affects is part of the fact)
MAKER = """Velloran Systems plc: interim statement

Velloran Systems plc designs edge computing modules. Changes in US export controls could delay deliveries of its
modules to customers in China, Velloran Systems said on Tuesday.
"""
DISTRIBUTOR = """Ostrava Components a.s.: material event

Ostrava Components a.s. distributes industrial sensors. Shipments of products subject to US export controls will
be made only to end users approved under the applicable licences, Ostrava Components said.
"""


def test_each_company_affected_quotes_its_own_document(tmp_path_factory):
    k = articles_kg(tmp_path_factory, {"velloran.txt": MAKER, "ostrava.txt": DISTRIBUTOR})
    for company, own, other in (("Velloran Systems", "delay deliveries", "end users approved"),
                                ("Ostrava Components", "end users approved", "delay deliveries")):
        a = k.ask(f"Which export controls affect {company}?").to_json()
        assert a["status"] == "answered", a
        quotes = " ".join(s["quote"] for s in a.get("sources", []))
        assert own in quotes and other not in quotes, (company, a["answer"], quotes)
