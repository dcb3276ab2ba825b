"""Fiscal years stated day-first or as the calendar year, estimates by a named analyst, the
estimate year nearest a value, a year compared with, per-unit measures and expectation verbs
(extract/periods.py day-month-fiscal-statement, fiscal-year-is-calendar; estimates.py
relative-estimator, not-company-forecast-aside; figures.py): own-words articles."""
from __future__ import annotations

from datetime import date

from aikg.extract import estimates as E
from aikg.extract import periods as P
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> list:
    ex = extract_text(text, "doc1", "a.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def _by_value(obs: list, value: float) -> list:
    return [f for f in obs if f.value is not None and float(f.value) == value]


def test_new_period_rules_have_two_sourced_examples():
    for name in ("day-month-fiscal-statement", "fiscal-year-is-calendar"):
        rule = P.RULE[name]
        assert len(rule.examples) >= 2 and len({e.split(":")[0] for e in rule.examples}) >= 2
    for rule in E.RULES:
        if rule.name == "relative-estimator":
            assert len(rule.provenance) >= 2 and rule.examples
    assert any(d.name == "not-company-forecast-aside" and len(d.provenance) >= 2 for d in E.DISCLAIMERS)


def test_a_day_first_fiscal_year_statement_sets_the_calendar():
    cal = P._calendar_from_statement("The half is the first of Pelham's 2027 financial year, which ends on 28 February 2027.")
    assert (cal.end_month, cal.shift) == (2, 0)
    cal = P._calendar_from_statement("the group's financial year ends on 31 March")
    assert cal.end_month == 3


INTERIM = (
    "Pelham Group half-year: services lift EBITDA\n\n"
    "By Staff · 20 October 2026\n\n"
    "Pelham Group said on Monday that EBITDA for the six months ended 31 August 2026 rose 12% to $40.1 million. "
    "The period is the first half of Pelham's 2027 financial year, which ends on 28 February 2027.\n\n"
    "A rival, Norvik, reported revenue of $9.2 billion for its own fiscal year ended July 2026.\n\n"
    "The group expects full-year EBITDA of about $85 million.\n"
)


def test_full_year_of_a_february_year_end_is_march_to_february():
    obs = _obs(INTERIM)
    out = [f for f in obs if f.measure.endswith("outlook") and float(f.value) == 85_000_000]
    assert out and out[0].period is not None
    assert (out[0].period.start, out[0].period.end) == (date(2026, 3, 1), date(2027, 2, 28))


CALENDAR = (
    "Tessaro sets out edge plans\n\n"
    "TAIPEI, May 21, 2026 - Tessaro Technologies reports in New Taiwan dollars. Its revenue for the 2025 financial year, "
    "which matches the calendar year, was NT$42.5 billion, up 4% from NT$40.9 billion in 2024. "
    "In the first quarter of 2026, revenue was NT$11.0 billion.\n"
)


def test_a_fiscal_year_that_is_the_calendar_year_is_dated_january_to_december():
    f = _by_value(_obs(CALENDAR), 42_500_000_000)
    assert f and f[0].period is not None and (f[0].period.start, f[0].period.end) == (date(2025, 1, 1), date(2025, 12, 31))
    q = _by_value(_obs(CALENDAR), 11_000_000_000)
    assert q and q[0].period.start == date(2026, 1, 1)


def test_an_analyst_who_estimates_a_figure_at_a_value_gives_no_company_figure():
    text = ("Tessaro unveils robots\n\nTAIPEI, May 21, 2026 - Tessaro showed three robots. \"Margins matter,\" said "
            "Ana Lee of Harbour Securities, who estimates Tessaro's 2026 earnings per share at NT$9.80.\n")
    assert not _by_value(_obs(text), 9.8)
    text2 = ("Tessaro unveils robots\n\nTAIPEI, May 21, 2026 - Tessaro showed three robots. Analysts at Harbour "
             "Securities, a local brokerage, kept a buy rating and estimated Tessaro's 2026 EBIT at 3.1 billion euros.\n")
    assert not _by_value(_obs(text2), 3_100_000_000)


def test_a_broker_estimate_marked_not_a_company_forecast_is_no_outlook():
    text = ("# Vintra 2025 results\n\nVintra reported 2025 net revenue of R$ 900 million.\n\n"
            "- Brokerage Alto Research (not a company forecast) estimates 2026 net revenue of R$ 1.05 billion.\n")
    assert not _by_value(_obs(text), 1_050_000_000)


def test_the_nearest_estimate_year_dates_each_value():
    text = ("Brindle Analytics note\n\nArdent Minds Technologies (ARDM IN)\n\n24 January 2026\n\nWe now forecast FY26E revenue of ₹1,100 crore and FY27E "
            "revenue of ₹1,300 crore.\n")
    f = _by_value(_obs(text), 13_000_000_000)
    assert f and f[0].period is not None and f[0].period.label == "FY2027"


def test_a_year_compared_with_does_not_keep_the_figures_from_the_year_reported_on():
    text = ("Corvane posts 2025 results\n\nMADRID, Feb 25, 2026 - Corvane Systems said on Wednesday it had agreed to buy "
            "a Portuguese software firm.\n\nCorvane Systems on Wednesday also reported full-year 2025 results. "
            "Revenue rose 8% to 2.10 billion euros from 1.94 billion euros in 2024, and net profit rose 11% to 150 million euros.\n")
    obs = _obs(text)
    for value in (2_100_000_000, 150_000_000):
        f = _by_value(obs, value)
        assert f and f[0].period is not None and f[0].period.label == "2025", value


def test_per_employee_is_part_of_the_measure_and_expectation_verbs_are_no_modifiers():
    text = ("Ardent Minds Q3 results\n\n24 January 2026\n\nArdent Minds reported third-quarter revenue of ₹300 crore. "
            "Average revenue per employee was about ₹30 lakh.\n\nFor 2026 Ardent forecast revenue above 1.5 billion euros "
            "and reported EBIT of more than 200 million euros.\n")
    obs = _obs(text)
    per = _by_value(obs, 3_000_000)
    assert per and per[0].measure == "average revenue per employee"
    assert [f.measure for f in _by_value(obs, 1_500_000_000)] == ["revenue outlook"]
    assert [f.measure for f in _by_value(obs, 200_000_000)] == ["ebit outlook"]


def test_an_outlook_to_exceed_a_value_is_more_than_that_value():
    text = ("Pelham results\n\n20 October 2026\n\nPelham Group said on Monday that EBITDA for the half rose 12% to "
            "$40.1 million. The group expects full-year EBITDA to exceed the $80 million it recorded a year earlier.\n")
    out = [f for f in _by_value(_obs(text), 80_000_000) if f.measure.endswith("outlook")]
    assert out and out[0].qualifier == "at_least"


def test_people_a_programme_trained_and_customers_who_tried_a_product_are_no_counts_of_the_company():
    text = ("Ardent Minds Q3 results\n\n24 January 2026\n\nArdent Minds Technologies reported third-quarter revenue of "
            "₹300 crore. The company said it has trained more than 3,000 employees on generative AI. Ardent Minds "
            "Technologies said more than 700 customers had tested its agent toolkit since the beta.\n")
    obs = _obs(text)
    assert _by_value(obs, 3_000_000_000)
    assert not _by_value(obs, 3000) and not _by_value(obs, 700)
