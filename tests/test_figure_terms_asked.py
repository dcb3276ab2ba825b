"""The basis and currency a question sets on its figure (aikg.figure_terms_asked): a reported figure
is not the adjusted or core one; a figure asked in euros is not one stated only in zlotys
(invented documents)."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal

from aikg.figure_terms_asked import by_terms, currency_asked
from conftest import article_kg

RELEASE = """Wistrana SA: results for the third quarter of 2026

Warsaw, 12 November 2026 - Wistrana SA, the software house, reported third-quarter 2026 revenue of PLN 96.4 million,
up 11.2% year on year. Core net profit for the quarter was PLN 12.8 million, up 7%.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return article_kg(tmp_path_factory, "wistrana_q3.txt", RELEASE)


@pytest.mark.parametrize("question, codes", [
    ("what was x's q3 2026 revenue in euros?", {"EUR"}),
    ("how much revenue did x contribute in 2024 in us dollars?", {"USD"}),
    ("what capex in rupees in q2 fy26?", {"INR"}),
    ("what was revenue in dollars?", {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"}),
    ("what was revenue in 2025?", None),
    ("where does x rank in euro cobots?", None),   # a market, not a currency
])
def test_the_currency_asked_is_read(question, codes):
    assert currency_asked(question) == codes


def _row(**kw):
    return {k: Literal(v) for k, v in kw.items()}   # result rows hold RDF terms


def test_rows_are_kept_to_the_terms_asked():
    rows = [_row(measure="core net income", unit="PHP"), _row(measure="net income", unit="PHP")]
    assert by_terms("what was ayala's reported net income?", rows, "net income", "Ayala")[0] == rows[1:]
    assert by_terms("what was ayala's core net income?", rows, "net income", "Ayala")[0] == rows
    none, why = by_terms("what was ayala's reported net income?", rows[:1], "net income", "Ayala")
    assert none == [] and "adjusted or core" in why
    pln = [_row(measure="revenue", unit="PLN")]
    assert by_terms("what was revenue in euros?", pln, "revenue", None)[0] == []
    assert by_terms("what was revenue in euros?", [_row(measure="revenue", unit="PLN", amount="about EUR 22 million")],
                    "revenue", None)[0]


def test_a_figure_asked_in_another_currency_is_not_stated(kg):
    a = kg.ask("What was Wistrana's Q3 2026 revenue in euros?").to_json()
    assert a["status"] == "no_answer", a
    assert "PLN" in a["answer"], a["answer"]   # it says which currency the documents use
    b = kg.ask("What was Wistrana's Q3 2026 revenue?").to_json()
    assert b["status"] == "answered" and "96.4" in b["answer"], b


def test_a_reported_figure_is_not_the_core_one(kg):
    a = kg.ask("What was Wistrana's reported net profit in Q3 2026?").to_json()
    assert a["status"] == "no_answer", a
    assert "12.8" not in a["answer"], a["answer"]
    b = kg.ask("What was Wistrana's core net profit in Q3 2026?").to_json()
    assert b["status"] == "answered" and "12.8" in b["answer"], b
