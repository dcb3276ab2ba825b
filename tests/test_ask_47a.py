"""`ask` answers what the store holds but a question's shape hid (issue47a): a figure and its change asked
together, a subsidiary asked by what it does, a forecast of turnover (not the cost of sales), a trailing
year asked beside a half ending the same day, a figure a sentence gives "For <another name>," and one
judgement of an undated table row for both lanes that read sentences."""
from __future__ import annotations

import pyoxigraph as ox

from aikg.narrowing import _narrow, cost_of, peer_figure
from aikg.period_fit import trailing_year
from aikg.question import value_and_change


def lit(v):
    return ox.Literal(str(v))


def _row(measure, value, start, end, quote, change=None, subject="Norvik"):
    r = {"measure": lit(measure), "periodStart": lit(start), "periodEnd": lit(end),
         "periodLabel": lit(f"{start}/{end}"), "quote": lit(quote), "subjectLabel": lit(subject)}
    r.update({"change": lit(change)} if change is not None else {"value": lit(value)})   # a change row stored apart from its level
    return r


# ------------------------------------------------------------------ a figure and its change asked together
def test_a_figure_and_its_change_asked_together_is_read_as_both():
    assert value_and_change("what arr did norvik have at the end of june and what's the growth?")
    assert value_and_change("what was norvik's revenue in 2025 and its year-on-year growth?")
    assert value_and_change("what was norvik's revenue in 2025 and how much did it grow?")
    assert not value_and_change("how fast did norvik's revenue grow in 2025?")
    assert not value_and_change("what was norvik's revenue and ebitda in 2025?")


def test_the_level_stored_apart_from_its_change_answers_beside_it():
    level = _row("recurring revenue", 128, "2026-06-30", "2026-06-30", "ARR reached USD 128 million at 30 June.")
    change = _row("recurring revenue", 0, "2026-06-30", "2026-06-30", "ARR grew 14% year on year.", change=14)
    kept, _ = _narrow("figures", "What ARR did Norvik have at the end of June 2026 and what's the growth?", [change, level], [])
    assert level in kept and change in kept
    kept, _ = _narrow("figures", "How fast did Norvik's ARR grow by the end of June 2026?", [change, level], [])
    assert kept == [change]
    # a bare change with no level of its own beside another measure's pair: which level is asked is unclear
    bare = _row("recurring revenue", 0, "2026-04-01", "2026-06-30", "ARR rose 27%.", change=27)
    net_new = _row("net new recurring revenue", 0, "2026-04-01", "2026-06-30", "Net new ARR rose 15%.", change=15)
    net_new_level = _row("net new recurring revenue", 118, "2026-04-01", "2026-06-30", "Net new ARR was USD 118 million.")
    kept, _ = _narrow("figures", "What ARR did Norvik end Q2 2026 with, and how fast was it growing?", [bare, net_new, net_new_level], [])
    assert net_new_level not in kept


# ------------------------------------------------------------------ a cost line is no revenue
def test_a_cost_line_named_after_sales_is_no_turnover():
    assert cost_of("turnover", "cost of sales outlook")
    assert cost_of("revenue", "sales and marketing expenses")
    assert not cost_of("turnover", "turnover outlook")
    assert not cost_of("cost of sales", "cost of sales outlook")
    cost = _row("cost of sales outlook", 7085, "2027-01-01", "2027-03-31", "Cost of sales (7,085)")
    turnover = _row("turnover outlook", 9840, "2027-01-01", "2027-03-31", "Turnover 9,840")
    kept, _ = _narrow("figures", "What turnover does Norvik forecast for the first quarter of 2027?", [cost, turnover], [])
    assert kept == [turnover]


# ------------------------------------------------------------------ a trailing year asked
def test_a_trailing_year_asked_is_not_answered_by_the_half_ending_that_day():
    half = _row("operating profit", 22, "2026-04-01", "2026-09-30", "Operating profit climbed 34% to 22 billion in the half.")
    ttm = _row("operating profit", 41, "2025-10-01", "2026-09-30", "Over the trailing twelve months to September, operating profit reached 41 billion.")
    assert trailing_year(ttm) and not trailing_year(half)
    assert trailing_year({"measure": lit("trailing-twelve-month revenue")})
    kept, _ = _narrow("figures", "What was Norvik's trailing-twelve-month operating profit as of September 2026?", [half, ttm], [])
    assert kept == [ttm]
    kept, _ = _narrow("figures", "What was Norvik's operating profit in the half to September 2026?", [half, ttm], [])
    assert half in kept


# ------------------------------------------------------------------ "For <Name>," says whose the figure is
def test_a_figure_said_for_another_name_is_not_the_company_asked():
    other = _row("revenue", 3, "2026-07-01", "2026-09-30", "For Vellmark, the chip ramp meant revenue of $3 billion in its September quarter.")
    own = _row("revenue", 4, "2026-07-01", "2026-09-30", "For Norvik, the chip ramp meant revenue of €412 million.")
    assert peer_figure(other, ["what was norvik's revenue?", "Norvik"])
    assert not peer_figure(own, ["what was norvik's revenue?", "Norvik"])


# ------------------------------------------------------------------ one undated-row judgement
def test_both_lanes_judge_an_undated_row_by_one_function():
    from aikg import claims_fallback, text_answer, undated_rows
    assert claims_fallback.undated_row is undated_rows.undated_row is text_answer.undated_row
    assert not hasattr(claims_fallback, "UNDATED_COLUMNS")
    row = lambda quote, claim: {"claim": lit(claim), "role": lit("amount"), "quote": lit(quote)}
    table = [row("Revenue September 412 380", "c1"), row("Revenue September 412 380", "c1")]
    assert claims_fallback.undated_columns_dropped(table) == table   # a month said: the row names its period
    table = [row("Revenue 412 380", "c2"), row("Revenue 412 380", "c2")]
    assert claims_fallback.undated_columns_dropped(table) == []


# ------------------------------------------------------------------ a subsidiary asked by what it does
SUBSIDIARY_NOTICE = """NORVIK HOLDINGS LIMITED

Date: 3 March 2031

Norvik Holdings Limited reported revenue of Rs 900 crore for FY2031.

Norvik Holdings runs its cloud business through its wholly-owned subsidiary, Norvik Cloud Private Limited ("NCPL").
NCPL operates 12 MW of IT load in Pune.

Norvik Holdings said the board has not approved any sale of a stake in NCPL.
"""


def test_a_subsidiary_asked_is_the_company_a_sentence_introduces_as_one(tmp_path_factory):
    from conftest import articles_kg
    from aikg.ask import answer
    from aikg.subsidiary_lane import asked
    assert asked("Through which subsidiary does Norvik run its cloud business?")
    assert asked("What is the name of Norvik's new AI subsidiary?")
    assert not asked("What profit did the subsidiary Norvik Cloud earn in 2031?")
    kg = articles_kg(tmp_path_factory, {"norvik_notice.txt": SUBSIDIARY_NOTICE})
    a = answer(kg, "Through which subsidiary does Norvik Holdings run its cloud business?")
    assert a.status == "answered" and "Norvik Cloud" in a.answer, a.answer
