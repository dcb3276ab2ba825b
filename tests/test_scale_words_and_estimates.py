"""Local large-number units as scale words (scale_words.py, rule local_scale_words) and the
unowned-estimates disclaimer (estimates.DISCLAIMERS). Invented sentences."""
from decimal import Decimal

from aikg.extract.estimates import DISCLAIMERS
from aikg.extract.values import find_money


def _money(text):
    return [(m.value, m.currency, m.text) for m in find_money(text)]


def test_eok_is_a_hundred_million():
    assert _money("The shop chain lost 250 eok won last year.") == [(Decimal("25000000000"), "KRW", "250 eok won")]


def test_jo_and_eok_compound_adds_up():
    assert _money("Sales reached 3 jo 1,205 eok won.") == [(Decimal("3120500000000"), "KRW", "3 jo 1,205 eok won")]


def test_oku_yen_and_yi_yuan():
    assert _money("profit of 1,800 oku yen and sales of 42 yi yuan") == [
        (Decimal("180000000000"), "JPY", "1,800 oku yen"), (Decimal("4200000000"), "CNY", "42 yi yuan")]


def test_ambiguous_unit_needs_digits_and_a_currency_word():
    assert _money("In the end a man won the tender.") == []
    assert _money("Tickets cost 3 man won each.") == [(Decimal("30000"), "KRW", "3 man won")]


def test_compound_needs_a_larger_unit_first():
    assert all(m[0] != Decimal("500000300000000") for m in _money("about 5 eok 3 jo won"))


def test_unowned_estimates_disclaimer():
    held = {d.name for d in DISCLAIMERS if d.holds("Those are expectations; the firm reports in March.")}
    assert "estimates-not-the-company's" in held
    assert any(d.holds("These are estimates, not results.") for d in DISCLAIMERS)


def _observations(text):
    from aikg.extract.pipeline import extract_text
    x = extract_text(text, "d", "d.txt")
    return [f for f in x.facts if f.kind == "observation"]


def test_yearless_fiscal_quarter_outlook_takes_the_paragraphs_fiscal_year():
    obs = _observations(
        "Redwood Circuits (NYSE: RWC) reported results for its fiscal fourth quarter on Tuesday, September 23, 2025.\n\n"
        "The company guided fiscal 2026 revenue to approximately $31.3 billion. It also guided the first fiscal quarter, "
        "the November quarter, to revenue of $7.7 billion to $8.3 billion.")
    ranged = [f for f in obs if f.value_max is not None and f.measure.startswith("revenue")]
    assert ranged and ranged[0].period is not None and ranged[0].period.label == "Q1 FY2026"


def test_disclaimed_consensus_is_claimed_as_an_estimate():
    from aikg.extract.pipeline import extract_text
    x = extract_text(
        "Harbor Goods (NASDAQ: HBGD) reported third-quarter revenue of $2.0 billion on Monday, November 3, 2025.\n\n"
        "Consensus compiled by a data firm has fourth-quarter 2025 revenue at about $2.4 billion. Those are expectations; "
        "Harbor Goods reports its fourth quarter in February.", "d", "d.txt")
    assert not [f for f in x.facts if f.kind == "observation" and f.value == 2400000000]
    measures = [cv.measure for c in x.claims for cv in c.values if cv.value == 2400000000]
    assert measures and all(m and m.endswith("estimate") for m in measures)
