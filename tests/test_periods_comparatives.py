"""Comparatives and full years next to the quarter reported on (extract/periods.py CARRY_RULES
comparison-period, bracketed-comparative, compared-without-period, count-needs-result; REPORT_RULES
year-ended-paragraph; extract/levels.py CHANGE_RULES points-are-change): own-words articles."""
from __future__ import annotations

from aikg.extract import levels as L
from aikg.extract import periods as P
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> list:
    ex = extract_text(text, "doc1", "a.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def _by_text(text: str) -> dict:
    return {(f.value_text or f.change_text): f for f in _obs(text)}


def _label(f) -> str | None:
    return f.period.label if f.period is not None else None


def test_new_rules_have_two_sourced_examples():
    names = {"comparison-period", "bracketed-comparative", "compared-without-period", "count-needs-result",
             "year-ended-paragraph"}
    rules = [r for r in (*P.CARRY_RULES, *P.REPORT_RULES) if r.name in names]
    assert {r.name for r in rules} == names
    for rule in rules:
        assert len(rule.examples) >= 2 and len({e.split(":")[0] for e in rule.examples}) >= 2, rule.name
    for rule in L.CHANGE_RULES:
        assert len(rule.provenance) >= 2 and len(rule.examples) >= 2, rule.name


ANNUAL = (
    "Brevalo annual report 2026\n\n"
    "Brevalo AG said on Monday that total revenue for fiscal 2026 was CHF 820 million, compared with CHF 760 million "
    "for fiscal 2025, an increase of 8%.\n\n"
    "Net profit was CHF 140 million (fiscal 2025: CHF 118 million). The operating margin was 24.5%, compared with "
    "23.3% a year earlier, an expansion of 1.2 percentage points.\n"
)


def test_a_change_after_a_comparison_keeps_the_figure_s_year():
    obs = _by_text(ANNUAL)
    assert _label(obs["8%"]) == "FY2026"  # not the compared value's fiscal 2025


def test_a_bracketed_prior_year_comparative_dates_only_its_own_value():
    obs = _by_text(ANNUAL)
    assert _label(obs["CHF 118 million"]) == "FY2025"
    assert _label(obs["CHF 140 million"]) != "FY2025"


def test_percentage_points_of_a_margin_are_its_change_never_its_level():
    margin = [f for f in _obs(ANNUAL) if f.measure.endswith("margin")]
    levels = {f.value for f in margin if f.value is not None}
    assert levels and all(str(x) != "1.2" for x in levels)
    moves = [f for f in margin if f.change is not None]
    assert [(str(f.change), f.change_unit, f.direction) for f in moves] == [("1.2", "percentage_points", "increase")]


QUARTER_AND_YEAR = (
    "Tovrin Networks fourth-quarter profit rises\n\n"
    "PUNE, May 2, 2027 - Tovrin Networks said on Friday that net profit for the January-March quarter, the fourth "
    "quarter of fiscal 2027, rose to 410 crore rupees.\n\n"
    "For the full fiscal year ended March 31, 2027, revenue was 9,120 crore rupees, up 9% from 8,370 crore rupees in "
    "fiscal 2026. EBITDA was 1,830 crore rupees, a margin of 20.1%.\n\n"
    "Adjusted net profit: 455 crore rupees, versus an adjusted net loss of 95 crore rupees.\n\n"
    "More than 40,000 retailers use its messaging platform, which draws on models trained on more than 90 million "
    "past orders.\n"
)


def test_a_year_ended_sentence_dates_its_paragraph_over_the_quarter_reported_on():
    obs = _by_text(QUARTER_AND_YEAR)
    q = obs["410 crore rupees"].period
    assert (q.start.isoformat(), q.end.isoformat()) == ("2027-01-01", "2027-03-31")
    for vt in ("1,830 crore rupees", "20.1%"):
        assert _label(obs[vt]) == "FY2027", vt
        assert not obs[vt].period.inherited


def test_a_compared_value_with_no_period_inherits_none():
    obs = _by_text(QUARTER_AND_YEAR)
    assert obs["95 crore rupees"].period is None


def test_a_count_without_a_result_verb_inherits_no_period():
    obs = _by_text(QUARTER_AND_YEAR)
    assert obs["455 crore rupees"].period is not None  # the figure reported keeps the quarter
    for vt in ("More than 40,000", "more than 90 million"):
        assert vt in obs and obs[vt].period is None, vt


def test_a_comparison_year_in_the_lead_is_not_the_year_reported_on():
    text = ("Quillmere files its accounts\n\n"
            "Quillmere, the Leeds-based robotics start-up, filed its accounts for the year ended 31 December 2026 "
            "last week. Revenue came in at £31.2 million, up from £18.4 million in 2025. The operating loss widened "
            "to £12.9 million from £10.1 million.\n")
    obs = _by_text(text)
    assert _label(obs["£31.2 million"]) == "2026"
    assert _label(obs["£18.4 million"]) == "2025"
    assert _label(obs["£12.9 million"]) == "2026"



def test_a_half_of_the_year_ending_is_no_year_ended():
    from aikg.extract import values as v
    half = "Revenue for the first half of the fiscal year ending March 2027 rose 3% to NOK 21.5 billion."
    full = "For the fiscal year ended March 31, 2027, revenue rose 3% to NOK 44.0 billion."
    assert not any(P.year_ended(p, half) for p in v.find_periods(half, None))
    assert any(P.year_ended(p, full) for p in v.find_periods(full, None))


def test_a_count_closing_the_quarter_keeps_the_quarter():
    text = ("Halvard Telecom third-quarter profit rises\n\n"
            "OSLO, Nov 6, 2026 - Halvard Telecom said on Thursday that net profit for the third quarter of 2026 rose "
            "5% to NOK 1.4 billion.\n\n"
            "The company ended the quarter with about 14,200 employees. About 9,000 households use its fibre app.\n")
    obs = _by_text(text)
    assert obs["about 14,200"].period is not None
    assert obs["About 9,000"].period is None
