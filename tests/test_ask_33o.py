"""A figure asked under a measure the question vocabulary has no words for (issue 12, brief 33o):
the measure's own words ("critical IT load", "design PUE", "rack density") find the figure of the
subject the question names, after the typed intents found nothing; a measure the typed intents
know ("revenue") is not answered again here, a year, a fiscal year or a phase the figure is not of
does not get it, and a subject the graph does not hold gets nobody's. The article is written for
this test (a site fact sheet of an invented operator); the pure functions are tried on other
shapes (a before/after table's unit costs, an analyst's estimate/consensus rows)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest import article_kg

SHEET = """# SITE FACT SHEET — Halvik KX2 "Pohjola" AI Data Centre, Tampere, Finland

**Operator:** Halvik Oyj · Helsinki, Finland
**Document:** Site fact sheet, revision 2 · Issued 3 February 2026
**Status:** Under construction (Phase 1) · Ready-for-service target: **Q2 2027**

---

## At a glance

| Specification | Phase 1 | Full build-out (Phase 1 + 2) |
|---|---|---|
| Critical IT load | 18 MW | 42 MW |
| Design PUE (annualised) | 1.18 | 1.18 |
| Rack density | 20–40 kW air; up to 90 kW per rack liquid cooled | up to 90 kW |
| White space | 6 200 m² | 14 800 m² |

## Connectivity

- Two dark-fibre routes to Helsinki; direct on-ramp to Halvik's national backbone.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return article_kg(tmp_path_factory, "halvik.md", SHEET)


def _ask(kg, q):
    return kg.ask(q)


def test_measure_words_find_the_figure(kg):
    a = _ask(kg, "What is the critical IT load of Halvik KX2?")
    assert a.status == "answered"
    assert "18" in a.answer and "42" in a.answer and "critical it load" in a.answer.lower()
    assert a.sources and "Critical IT load" in a.sources[0]["quote"]
    a = _ask(kg, "what is the critical it load of halvik kx2 at full build-out?")
    assert a.status == "answered" and a.intent == "figures" and "42" in a.answer and "18" not in a.answer


def test_a_modifier_the_measure_lacks_still_finds_it(kg):
    a = _ask(kg, "whats the max rack density at Halvik KX2?")
    assert a.status == "answered" and "90" in a.answer and "18 MW" not in a.answer


def test_the_longest_measure_named_wins(kg):
    a = _ask(kg, "Halvik KX2 design PUE?")
    assert a.status == "answered" and "1.18" in a.answer and "MW" not in a.answer


def test_a_phase_the_figure_is_not_of_gets_nothing(kg):
    a = _ask(kg, "What is the critical IT load of Halvik KX2 in Phase 3?")
    assert "18 MW" not in a.answer and "42 MW" not in a.answer


def test_a_year_the_figure_is_not_of_gets_nothing(kg):
    a = _ask(kg, "What was the critical IT load of Halvik KX2 in 2031?")
    assert not (a.intent == "figures" and "18 MW" in a.answer)


def test_a_measure_not_stated_gets_nothing(kg):
    a = _ask(kg, "What is the water usage effectiveness of Halvik KX2?")
    assert a.status != "answered" or "1.18" not in a.answer


def test_an_unknown_subject_gets_nobodys_figure(kg):
    a = _ask(kg, "What is the design PUE of the Lumo campus?")
    assert a.status != "answered" or "1.18" not in a.answer


# --- the pure parts


def test_fit_needs_every_measure_word_and_one_specific():
    from aikg.measure_lane import asked_words, fit
    q = asked_words("What is the cost per seat per month at Pellam?", ["Pellam"])
    assert fit(q, "cost per seat per month") == 3
    assert fit(q, "cost per ticket") == 0            # a word the question does not name
    assert fit(q, "total") == 0                      # generic words alone
    assert fit(asked_words("Orlo's annual PUE?", ["Orlo"]), "annual pue") == 2


def test_typed_measures_are_left_to_the_typed_intents():
    from aikg.measure_lane import asked_words, best_rows, also_asked, fit, measure_words
    q = asked_words("What were Keel's sales and headcount of engineers in FY2026?", ["Keel"])
    typed = measure_words("sales revenue")
    assert fit(q, "sales", typed=typed) == 0 and fit(q, "sales") == 1
    rows = [{"measure": "sales"}, {"measure": "engineers headcount"}, {"measure": "capex"}]
    mo = lambda r: r["measure"]
    assert best_rows(q, rows, mo, typed=typed) == [rows[1]]
    assert also_asked(q, rows, typed, [rows[1]], mo) == [rows[0]]
    assert also_asked(q, rows, typed, [{"measure": "sales headcount"}], mo) == []   # a word of the figure found


def test_estimate_and_consensus_rows_fit_equally():
    from aikg.measure_lane import asked_words, best_rows, measure_words
    q = asked_words("Vestry Partners' FY27 sales estimate for Orlo, and the consensus?", ["Vestry Partners", "Orlo"])
    rows = [{"measure": "sales estimate"}, {"measure": "sales consensus"}, {"measure": "ebit estimate"}]
    got = best_rows(q, rows, lambda r: r["measure"], typed=measure_words("sales"))
    assert got == rows[:2]


def test_fiscal_years_and_years_named():
    from aikg.measure_lane import fiscal_years, of_year, years
    assert fiscal_years("Orlo FY28E sales?") == {2028}
    assert fiscal_years("in FY 2026 and FY'27") == {2026, 2027}
    assert fiscal_years("FYI, what is it?") == set()
    assert years("the load in 2031") == {2031}
    assert of_year({"periodLabel": ox.Literal("FY2031")}, {2031}) and not of_year({}, {2031})
    assert not of_year({"periodLabel": ox.Literal("FY2030"), "periodEnd": ox.Literal("2030-12-31")}, {2031})


def test_listing_that_names_nothing_asked():
    from aikg.measure_lane import asked_words, listing_without_measure
    q = asked_words("What is the rack density of KX2?", ["KX2"])
    assert listing_without_measure("hardware", [{"hardware": ox.Literal("racks of high density")}], q) is False
    assert listing_without_measure("hardware", [{"hardware": ox.Literal("H200 GPUs")}], q) is True
    assert listing_without_measure("figures", [], q) is False


def test_a_part_asked_that_the_figure_does_not_say():
    from aikg.measure_lane import asked_words, left_over
    q = "How much of Keel's cost per seat came from field offices?"
    assert left_over(q, asked_words(q, ["Keel"]), "cost per seat EUR 9 Keel | Cost per seat | EUR 9 |") == {"came", "field", "offic"}   # (stems)
    q = "What is the cost per seat at Keel's Vantaa site in FY2026?"
    assert left_over(q, asked_words(q, ["Keel"]), "cost per seat EUR 9 Keel FY2026") == set()


def test_a_sentence_that_states_the_figures_stands():
    from aikg.measure_lane import said_already
    rows = [{"valueText": ox.Literal("72 MW")}, {"valueText": ox.Literal("1,250.5 (FY2027)")}]
    assert said_already(["capacity rose to 52 MW and will reach 72 MW; sales of 1,250.5"], rows)
    assert not said_already(["capacity rose to 52 MW"], rows)
    assert not said_already(["anything"], [])


def test_names_within():
    from aikg.measure_lane import names_within
    assert names_within("KX2", "Halvik KX2") and not names_within("KX2", "KX2")
    assert not names_within("KX", "Halvik KX2")
