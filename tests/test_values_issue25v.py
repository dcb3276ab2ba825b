"""issue25v: amounts, periods and tables of unseen articles (own-words articles, invented names).

- periods comparison-period / measures the-value-it-reported: 'up N% on the <value> booked in <period>'
  dates the compared value only; the new figure keeps the period reported on;
- pipeline: a 'Highlights of the quarter ended …' lead names the period reported on;
- figures RUN_IN_HEADING: 'Headline:' / 'To summarise:' labels are no unit of the company;
- periods YEARLESS_RULE: 'for the third quarter', 'for the nine months to September' take the report's year;
- periods part-of-fiscal-year-ending: 'the first half of the fiscal year ending March 2032';
- segment_tables: region tables, '(US$ m)' notes, listing brackets; tables leader-dots rows.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aikg.extract import periods as P
from aikg.extract import tables as T
from aikg.extract import values as V
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> list:
    ex = extract_text(text, "doc1", "a.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def _label(f) -> str | None:
    return f.period.label if f.period is not None else None


COMPARED_ON = (
    "Quillmark posts first-quarter 2031 results\n\n"
    "LONDON, 5 May 2031 -- Quillmark plc reported its results for the first quarter of 2031 on Monday.\n\n"
    "Net profit was EUR 40 million, an increase of 6% on the EUR 37.7 million booked in the first quarter of 2030.\n"
)


def test_compared_on_the_value_dates_only_the_compared_value():
    by_value = {f.value: f for f in _obs(COMPARED_ON) if f.measure == "net profit" and f.value is not None}
    assert _label(by_value[Decimal("40000000")]) == "Q1 2031"
    assert _label(by_value[Decimal("37700000")]) == "Q1 2030"


WE_REPORTED = (
    "Tarnwell half-year call\n\n"
    "Tarnwell Ltd reported results for the half ended 31 December 2030 today.\n\n"
    "Total revenue for the half was A$310.5 million, up 5.0% on the A$295.7 million we reported in H1 FY30.\n"
)


def test_value_we_reported_in_a_fiscal_half_is_that_half():
    by_value = {f.value: f for f in _obs(WE_REPORTED) if f.value is not None}
    assert _label(by_value[Decimal("295700000")]) == "H1 FY2030"
    assert by_value[Decimal("310500000")].period.start == dt.date(2030, 7, 1)


HIGHLIGHTS = (
    "ZARNEX HOLDINGS (NYSE: ZRX)\n"
    "THIRD QUARTER 2031 TRADING UPDATE\n"
    "Lisbon -- 4 November 2031\n\n"
    "Highlights of the quarter ended 30 September 2031 (unaudited; figures in euros, EUR, unless stated)\n\n"
    "* Net income attributable to Zarnex: EUR 200 million, up 4.0% from EUR 192 million in 3Q30.\n"
)


def test_highlights_lead_names_the_period_reported_on():
    f = next(f for f in _obs(HIGHLIGHTS) if f.value == Decimal("200000000"))
    assert f.period is not None and (f.period.start, f.period.end) == (dt.date(2031, 7, 1), dt.date(2031, 9, 30))


LIVE_BLOG = (
    "LIVE: Ravensel Software Q3 2031 results\n\n"
    "Good morning: Ravensel Software sent its results for the quarter ended 30 September 2031 to the exchange.\n\n"
    "Headline: consolidated revenue of USD 2.10 billion for the third quarter, up 9.0% from USD 1.93 billion in the "
    "same quarter last year.\n\n"
    "For the nine months to September, revenue was USD 6.0 billion.\n"
)


def test_run_in_heading_figures_are_the_company_s_of_the_quarter():
    from aikg.extract.figures import RUN_IN_HEADING, run_in_heading
    assert run_in_heading("Headline") and run_in_heading("To summarise") and run_in_heading("On pricing")
    assert not run_in_heading("Payments Platform") and not run_in_heading("Pictures")
    assert len({p.split()[0] for p in RUN_IN_HEADING.provenance}) >= 2
    obs = _obs(LIVE_BLOG)
    f = next(f for f in obs if f.value == Decimal("2100000000"))
    assert f.subject.label == "Ravensel Software" and f.measure == "revenue"
    assert (f.period.start, f.period.end) == (dt.date(2031, 7, 1), dt.date(2031, 9, 30))
    nine = next(f for f in obs if f.value == Decimal("6000000000"))
    assert (nine.period.start, nine.period.end) == (dt.date(2031, 1, 1), dt.date(2031, 9, 30))


def test_part_of_the_fiscal_year_ending():
    for text, start, end in (("Sales for the first half of the fiscal year ending March 2032 rose 4%.",
                              dt.date(2031, 4, 1), dt.date(2031, 9, 30)),
                             ("Results for the first three months of the fiscal year ending March 31, 2032.",
                              dt.date(2031, 4, 1), dt.date(2031, 6, 30))):
        ps = P.resolve_mentions(V.find_periods(text, dt.date(2031, 11, 1)), text,
                                P.document_context([text], dt.date(2031, 11, 1)))
        assert [(p.start, p.end) for p in ps][:1] == [(start, end)], text


REGION_TABLE = (
    "Corvantis Q3 2031 results\n\n"
    "Corvantis reported revenue of US$700 million for the third quarter of 2031.\n\n"
    "## Q3 2031 revenue by geography\n\n"
    "| Region | Q3 2031 revenue (US$ m) | Share of total |\n"
    "|---|---|---|\n"
    "| Northern Europe (Norway, Sweden, Denmark) | 420.0 | 60.0% |\n"
    "| Iberia | 280.0 | 40.0% |\n"
    "| **Total** | **700.0** | **100%** |\n"
)


def test_region_table_rows_are_units_with_money_from_the_header_note():
    obs = [f for f in _obs(REGION_TABLE) if f.measure == "revenue" and f.unit == "USD"]
    units = {f.subject.label: f.value for f in obs if f.subject.kind == "Segment"}
    assert units == {"Northern Europe": Decimal("420000000"), "Iberia": Decimal("280000000")}


LEADER_DOTS = (
    "HALVERN GROUP\n"
    "SECOND QUARTER 2031 TRADING UPDATE\n\n"
    "Halvern Group reported results for the quarter ended 30 June 2031.\n\n"
    "Contribution by line of business (net income attributable, 2Q31, EUR millions)\n\n"
    "  Retail Banking (Halvern Bank, Halvern Direct) ........ 410\n"
    "  Insurance ............................................ 95  (up 3.5%)\n"
    "  Total Halvern ........................................ 505\n"
)


def test_leader_dot_rows_are_units_under_their_caption():
    assert any(s.name == "leader-dots" for s in T.TABLE_SHAPES)
    obs = {f.subject.label: f for f in _obs(LEADER_DOTS) if f.subject.kind == "Segment"}
    assert set(obs) == {"Retail Banking", "Insurance"}
    ins = obs["Insurance"]
    assert (ins.value, ins.unit, ins.measure) == (Decimal("95000000"), "EUR", "net income")
    assert ins.change == Decimal("3.5") and ins.period.start == dt.date(2031, 4, 1)
    assert "95" in ins.evidence.quote  # the row's whole line states it


def test_appositive_change_is_the_figure_s_change():
    obs = _obs(COMPARED_ON)
    f = next(f for f in obs if f.value == Decimal("40000000"))
    assert f.change == Decimal("6") and f.direction == "increase"
    assert not [f for f in obs if f.value is None and f.change == Decimal("6")]
    text = COMPARED_ON.replace("Net profit was EUR 40 million, an increase of 6% on the EUR 37.7 million booked in the first "
                               "quarter of 2030.", "Revenue amounted to EUR 310 million (EUR 330 million), a decrease of 6.1%.")
    f = next(f for f in _obs(text) if f.value == Decimal("310000000"))
    assert f.change == Decimal("6.1") and f.direction == "decrease"
