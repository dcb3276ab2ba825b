"""Issue 26a: a question that narrows its measure to a source, a thing or a cost line ("revenue
from X", "spending on X", "pay for X", "how much revenue did Y's X generate") is answered only by
a figure that carries that narrowing, not by the company's other figures; a fiscal-period token
("FY25") is never read as a name; a unit's figure is not its company's sentence. The article is
written for these tests."""
from __future__ import annotations

import pytest
from conftest import articles_kg


KORVEL = """Korvel Systems posts higher 2025 revenue

OSLO, February 12, 2026 - Korvel Systems reported revenue of NOK 8.4 billion for 2025, up 11% from a year earlier.

Korvel Systems said it now runs more than 40 robotics use cases across its plants.

Korvel Systems will invest NOK 2.1 billion in a new assembly plant in Bergen by 2027.

Operating income was NOK 1.3 billion in 2025. Korvel Systems said lower energy costs of NOK 0.2 billion helped its margin.

Korvel Systems does not break out revenue from its drone inspections.

In the fourth quarter of 2025, revenue was NOK 2.3 billion and the services business had revenue of NOK 0.6 billion.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"korvel_2025.txt": KORVEL})


def test_the_narrowing_a_question_puts_on_its_measure():
    from aikg.question import narrowed_measure
    assert narrowed_measure("how much revenue did acme get from northwind cloud in 2024?") == "northwind cloud"
    assert narrowed_measure("how much revenue does acme earn from its ai answers?") == "ai answers"
    assert narrowed_measure("how much is acme spending on robotics in 2025?") == "robotics"
    assert narrowed_measure("how much does acme pay for water each year?") == "water"
    assert narrowed_measure("how much revenue did acme's drone services generate in the first quarter?") == "drone services"
    assert narrowed_measure("what was acme's revenue from operations in 2024?") == ""
    assert narrowed_measure("how much did acme's revenue grow from 2023 to 2024?") == ""


def test_a_cost_line_not_stated_is_not_the_companys_investment(kg):
    a = kg.ask("How much does Korvel Systems pay for electricity each year?")
    assert a.status == "no_answer", a.answer
    a = kg.ask("What was Korvel Systems' revenue in 2025?")
    assert a.status == "answered" and "8.4" in a.answer, a.answer


def test_a_stored_disclosure_gap_for_the_narrowed_measure_says_not_disclosed(kg):
    a = kg.ask("How much revenue does Korvel Systems earn from its drone inspections?")
    assert a.status == "no_answer" and a.answer.startswith("Not disclosed"), a.answer
    a = kg.ask("How much revenue does Korvel Systems earn from its ferry services?")
    assert a.status == "no_answer" and not a.answer.startswith("Not disclosed"), a.answer


def test_a_fiscal_period_token_is_never_a_name():
    from aikg.names_asked import unknown_names
    assert unknown_names("Why did Korvel cut its FY25 earnings guidance?", []) == ["Korvel"]
    assert "FY2023" not in unknown_names("What was the operating income of Korvel's Marine segment in FY2023?", [])


def test_a_name_called_a_unit():
    from aikg.ask import _called_unit
    assert _called_unit("What was the operating income of Korvel's Marine segment in FY2023?", "Marine")
    assert not _called_unit("What was the operating income of Korvel's Marine segment in FY2023?", "Korvel")


def _row(subject: str, measure: str, value: int, unit: str, quote: str) -> dict:
    import pyoxigraph as ox
    return {"subjectLabel": ox.Literal(subject), "measure": ox.Literal(measure), "value": ox.Literal(str(value)),
            "unit": ox.Literal(unit), "quote": ox.Literal(quote), "periodLabel": ox.Literal("FY2025")}


def _misfit(question: str, hits, rows) -> str:
    from aikg.ask import _misfit as misfit
    from aikg.question import read
    return misfit(read(question, hits), "figures", rows, question, hits)


KORVEL_HIT = ("urn:x:korvel", "Company", "Korvel Systems", "korvel systems")


def test_the_companys_total_revenue_does_not_answer_revenue_from_a_linked_customer():
    # the customer is linked (as another company's unit): the company's total is not its revenue from it
    from aikg.linking import Hit
    hits = [Hit(*KORVEL_HIT), Hit("urn:x:nw", "Segment", "Northwind Cloud", "northwind cloud")]
    rows = [_row("Korvel Systems", "revenue", 8_400_000_000, "NOK", "Korvel Systems reported revenue of NOK 8.4 billion for 2025.")]
    q = "How much revenue in local currency did Korvel Systems get from Northwind Cloud in 2025?"
    assert _misfit(q, hits, rows)
    rows.append(_row("Korvel Systems", "revenue from northwind cloud", 900_000_000, "NOK",
                     "Revenue from Northwind Cloud reached NOK 0.9 billion."))
    assert not _misfit(q, hits, rows)


def test_a_count_of_use_cases_is_no_spending_on_the_field():
    from aikg.linking import Hit
    hits = [Hit(*KORVEL_HIT)]
    rows = [_row("Korvel Systems", "robotics use cases", 40, "count", "It runs more than 40 robotics use cases."),
            _row("Korvel Systems", "lower energy costs", 200_000_000, "NOK", "Lower energy costs of NOK 0.2 billion helped.")]
    assert _misfit("How much is Korvel Systems spending on robotics in 2025?", hits, rows)


def test_the_total_revenue_does_not_answer_revenue_from_a_product_line():
    from aikg.linking import Hit
    hits = [Hit(*KORVEL_HIT)]
    rows = [_row("Korvel Systems", "revenue", 8_400_000_000, "NOK", "Korvel lifts 2025 revenue to NOK 8.4 billion, bets on AI search.")]
    assert _misfit("How much revenue does Korvel Systems earn from its AI answers?", hits, rows)
    assert not _misfit("How much revenue did Korvel Systems earn in 2025?", hits, rows)


def test_a_units_class_word_is_not_asked_of_its_figure():
    # "X's Marine business": the Marine figure names the unit, not the word "business"
    from aikg.linking import Hit
    from aikg.question import narrowed_measure
    assert narrowed_measure("how much net income did korvel's marine business contribute in 2025?") == "marine"
    hits = [Hit(*KORVEL_HIT)]
    rows = [_row("Marine", "Marine net income", 300_000_000, "NOK", "Marine .......... 300")]
    assert not _misfit("How much net income did Korvel Systems' Marine business contribute in 2025?", hits, rows)
    assert _misfit("How much net income did Korvel Systems' Ferry business contribute in 2025?", hits, rows)


def test_the_unit_a_quantity_is_counted_per_is_not_the_measure_asked():
    # "dividend per share": a share price is not the dividend asked (nor is "share" a measure here)
    from aikg.linking import Hit
    from aikg.narrowing import _narrow
    hits = [Hit(*KORVEL_HIT)]
    rows = [_row("Korvel Systems", "share price", 49, "NOK", "Korvel Systems shares closed at NOK 49.")]
    got, why = _narrow("figures", "What dividend per share did Korvel Systems declare for FY25?", rows, hits)
    assert got == [] and "dividend" in why, why
    got, _ = _narrow("figures", "What was Korvel Systems' share price?", rows, hits)
    assert got == rows
