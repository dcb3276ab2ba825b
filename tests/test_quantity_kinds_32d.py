"""What kind of quantity a figure is (extract/quantity_kinds.py) and which period of its clause fits
that kind (periods.KIND_RULES): plans take their own horizon or none, a span over a year dates no
paragraph, stocks are held at a day, a change with its own length inherits nothing. Own-words
articles in shapes the probe sets do not have (a co-operative's newsletter, a port operator's
bulletin, a hospital group's board minutes, a question-and-answer post)."""
from __future__ import annotations

from datetime import date

from aikg.extract import periods as P
from aikg.extract import quantity_kinds as Q
from aikg.extract.pipeline import extract_text


def _ex(text: str):
    return extract_text(text, "doc1", "a.txt")


def _obs(text: str) -> dict:
    return {f.value_text: f for f in _ex(text).facts if f.kind == "observation" and f.value_text}


def test_kind_rules_are_records_with_two_sources():
    for rule in (*Q.PLAN_RULES, Q.STOCK_MEASURE):
        assert rule.provenance and rule.examples, rule.name
    for rule in P.KIND_RULES:
        assert len(rule.examples) >= 2, rule.name
    plan_sets = {e.split()[0] for r in Q.PLAN_RULES for e in r.provenance}
    assert len(plan_sets) >= 3


def test_kind_of_reads_plans_stocks_and_flows():
    assert Q.kind_of("capital expenditure", "the board has approved capex of $40 million") == "plan"
    assert Q.kind_of("order book", "the order book stood at €2 billion") == "stock"
    assert Q.kind_of("cash balance") == "stock"
    assert Q.kind_of("revenue", "revenue was $5 million") == "flow"
    assert Q.kind_of("capital expenditure", "capital expenditure was $9 million") == "flow"


def test_the_plan_cue_governs_only_the_amount_right_after_it():
    t = "Spending for the six months was $12 million, against an annual budget of about $30 million."
    assert Q.plan_cue_before(t, t.index("$12")) is None
    assert Q.plan_cue_before(t, t.index("$30")) is not None
    t2 = "Directors approved capital expenditure of roughly NZ$8 million for a cold store."
    assert Q.plan_cue_before(t2, t2.index("NZ$")) == t2.index("approved")


COOP = (
    "Harrowgate Dairy Co-operative: half-year newsletter\n\n"
    "Published 14 August 2025\n\n"
    "Harrowgate Dairy Co-operative reported results for the six months ended 30 June 2025. Revenue was "
    "NZ$212 million, up 4%.\n\n"
    "The board has approved capital expenditure of about NZ$18 million for a second drying tower, due in 2027.\n\n"
    "Spending on maintenance for the six months was NZ$3 million, against a full-year budget of about NZ$7 million.\n"
)


def test_an_approved_plan_is_not_dated_by_the_half_reported():
    obs = _obs(COOP)
    plan = obs["about NZ$18 million"]
    assert plan.period is None or plan.period.end is None or plan.period.end.year >= 2025 and not (
        plan.period.start == date(2025, 1, 1) and plan.period.end == date(2025, 6, 30))
    assert plan.period is None  # no horizon of its own in its clause: undated, not the half


def test_a_full_year_budget_takes_the_year_not_the_other_amounts_half():
    obs = _obs(COOP)
    spent = obs["NZ$3 million"].period
    assert spent is not None and spent.end == date(2025, 6, 30)
    budget = obs["about NZ$7 million"].period
    assert budget is None or (budget.start, budget.end) == (date(2025, 1, 1), date(2025, 12, 31))


PORT = (
    "Kessendorf Harbour Group bulletin\n\n"
    "Published 2 September 2025\n\n"
    "Kessendorf Harbour Group reported its results for the first half of 2025. Revenue was €96 million.\n\n"
    "THE QUAYS PLAN\nThe board backed the plan 2025-2028: €300 million of spending in four years, of which\n"
    "€120 million for new quays. Outlays in the opening semester were €21 million.\n"
)


def test_a_multi_year_plan_span_dates_its_own_amount_not_the_next_figure():
    obs = _obs(PORT)
    plan = obs["€300 million"].period
    assert plan is not None and (plan.start, plan.end) == (date(2025, 1, 1), date(2028, 12, 31))
    spent = obs["€21 million"].period
    assert spent is not None and spent.end == date(2025, 6, 30)


def test_horizon_and_since_before_now():
    from aikg.extract import values as v
    span = v.find_periods("the programme 2025-2028", None)[0]
    assert P.horizon(span)
    fy = v.Period(date(2025, 4, 1), date(2026, 3, 31), "FY2026", 0, 0, "", "fiscal_year")
    assert not P.horizon(fy)
    later = v.Period(date(2026, 4, 1), None, "Q2/..", 0, 0, "since the Q2", "range")
    assert P.since_after_now(later, date(2026, 1, 20))
    assert not P.since_after_now(later, date(2026, 6, 1))


def test_stock_at_day_and_own_duration_on_claims_text():
    t = "As at 31 March 2025, the hospital group's order backlog stood at £40 million (31 December 2024: £35 million)."
    from aikg.extract import values as v
    ps = v.find_periods(t, None)
    d = P.stock_day(ps, t, 0, len(t))
    assert d is not None and d.end == date(2025, 3, 31)
    t2 = "On 3 March 2025 the group opened a clinic with 40 staff."
    assert P.stock_day(v.find_periods(t2, None), t2, 0, len(t2)) is None  # an event's day, not a day held at
    t3 = "Bookings are up 20% in one quarter, the chair said."
    assert P.own_duration(v.find_durations(t3), 0, len(t3), t3)
    t4 = "Margin improved to 5% from 3% in the prior year."
    assert not P.own_duration(v.find_durations(t4), 0, len(t4), t4)




MINUTES = (
    "Minutes of the board, Calder Vale Hospitals plc\n\nMeeting of 12 May 2025\n\n"
    "The chief executive reported results for the year ended 31 March 2025. Revenue was £310 million, up 6%.\n\n"
    "- Patients registered at 31 March 2025: 1.2 million.\n"
    "- Staff at 31 March 2025: 4,800 (31 March 2024: 4,550).\n\n"
    "Outpatient visits are up 12% in one quarter, the chief executive said.\n"
)


def test_board_minutes_a_stock_claim_takes_its_day_a_change_with_its_length_inherits_nothing():
    claims = {tuple(x.text for x in c.values): c for c in _ex(MINUTES).claims}
    staff = next(c for vals, c in claims.items() if "4,800" in vals)
    assert staff.period is not None and staff.period.end == date(2025, 3, 31) and staff.period.start == date(2025, 3, 31)
    visits = next(c for vals, c in claims.items() if "12%" in vals)
    assert visits.period is None or not visits.period.inherited


FILING_NOTE = (
    "Exchange notice: Tarrant Bay Software Ltd\n\nPublished 1 October 2026\n\n"
    "Tarrant Bay Software refers the market to its FY26 results (year ended 30 June 2026) released on 25 August 2026: "
    "revenue of A$48.2 million (up 11%) and EBITDA of A$9.1 million.\n"
)


def test_a_flow_is_never_dated_by_a_release_day():
    obs = _obs(FILING_NOTE)
    dated = {vt: obs[vt].period for vt in ("A$48.2 million", "A$9.1 million")}
    assert all(p is None or (p.start != p.end and p.end in (None, date(2026, 6, 30))) for p in dated.values()), dated


def test_flow_span_keeps_prices_and_run_rates_on_their_day():
    from aikg import records as r
    day = r.Period(start=date(2025, 3, 31), end=date(2025, 3, 31), label="2025-03-31")
    assert P.flow_span("annual recurring revenue", day, [], "", "", None) is day
    assert P.flow_span("share price", day, [], "", "", None) is day
    assert P.flow_span("order book", day, [], "", "", None) is day
    assert P.flow_span("revenue", day, [], "", "", None) is day  # no span to put in its place: left
    from aikg.extract import values as v
    t = "In the full year 2025 (to 31 March 2025) revenue was $9 million."
    span = P.flow_span("revenue", day, v.find_periods(t, None), t, "$9 million", None)
    assert span is not day and span.start != span.end
