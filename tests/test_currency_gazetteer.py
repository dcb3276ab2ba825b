"""Amounts written with an ISO 4217 code or a local currency symbol before or after the number
(issue 24v): the currency gazetteer (extract/currencies.py) feeds the money reader. All sentences
are invented."""
import re

import pytest

HEAD = "Orvane Holdings reports half-year results\n\nBy Wire Staff | August 6, 2026\n\n"


@pytest.mark.parametrize("amount,value,code", [
    ("KZT 640 billion", "640000000000", "KZT"),
    ("KZT640bn", "640000000000", "KZT"),
    ("MAD 12,400 million", "12400000000", "MAD"),
    ("S/ 2,315 million", "2315000000", "PEN"),
    ("S/. 48.6 million", "48600000", "PEN"),
    ("KSh 41.2 billion", "41200000000", "KES"),
    ("₸95 billion", "95000000000", "KZT"),
    ("₴7.5 billion", "7500000000", "UAH"),
    ("BGN 310 million", "310000000", "BGN"),
    ("GH₵ 2.4 billion", "2400000000", "GHS"),
    ("E£ 18.5 billion", "18500000000", "EGP"),
    ("COP 1.2 trillion", "1200000000000", "COP"),
    ("12 billion tenge", "12000000000", "KZT"),
    ("9,800 million MAD", "9800000000", "MAD"),
    ("3,4 mld zł", "3400000000", "PLN"),
    ("6.1 billion Moroccan dirhams", "6100000000", "MAD"),
    ("75 billion forints", "75000000000", "HUF"),
])
def test_a_code_or_local_symbol_next_to_the_number_is_the_amounts_currency(amount, value, code):
    from aikg.extract.values import find_money
    got = [(str(m.value), m.currency) for m in find_money(f"Turnover came to {amount} in the half.")]
    assert got == [(value, code)]


def test_three_capitals_are_a_currency_only_as_a_gazetteer_code_next_to_a_number():
    from aikg.extract.values import find_money
    # a code that is also a word, an acronym or a company needs a scale word; a code before a year
    # is no amount; lower case is no code; a name that is no ISO code is none
    text = ("The AMD 7 chips, an IRR 14% hurdle, ALL 2025 targets, the TOP 10 list, MAD 4 rises, "
            "KZT 2025 results, kzt 5 billion and the XYZ 40 billion unit.")
    assert find_money(text) == []
    # …while the same codes with a scale word are amounts
    got = [(str(m.value), m.currency) for m in find_money("It booked MAD 3 billion and TOP 2 million.")]
    assert got == [("3000000000", "MAD"), ("2000000", "TOP")]


def test_the_gazetteer_is_a_record_of_iso_codes_with_their_symbols():
    from aikg.extract.currencies import BY_CODE, CURRENCIES, WORD_CODES
    codes = [c.code for c in CURRENCIES]
    assert len(codes) == len(set(codes)) > 150
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert {"MAD", "PHP", "TRY", "AMD", "TOP"} <= WORD_CODES
    assert "S/" in BY_CODE["PEN"].symbols and "₸" in BY_CODE["KZT"].symbols and "zł" in BY_CODE["PLN"].after


def test_an_amount_with_a_code_before_it_reaches_a_typed_observation_not_a_product():
    from aikg.extract.pipeline import extract_text
    text = HEAD + ("Orvane Holdings said its revenue rose 9% to KZT 512 billion in the second quarter of 2026. "
                   "Net income was KZT 140 billion in the second quarter of 2026.\n\n"
                   "Its payments segment earned MAD 4,300 million of revenue in the first half of 2026, "
                   "and the group's lending arm posted net income of S/ 1,120 million in the first half of 2026.\n")
    res = extract_text(text, "d", "a.txt")
    obs = {(f.measure, str(f.value), f.unit) for f in res.facts if f.kind == "observation"}
    assert ("revenue", "512000000000", "KZT") in obs, obs
    assert ("net income", "140000000000", "KZT") in obs, obs
    assert any(u == "MAD" and v == "4300000000" for _, v, u in obs), obs
    assert any(u == "PEN" and v == "1120000000" for _, v, u in obs), obs
    # no "KZT 512" or "MAD 4" product or other entity
    assert not [e.label for e in res.entities if re.search(r"\b(?:KZT|MAD|S/)\b", e.label)]


def test_a_clause_naming_its_own_company_keeps_its_figure_off_the_segment_before_it():
    from aikg.extract.pipeline import extract_text
    text = HEAD + ("Orvane Holdings said its revenue rose 4% to KZT 910 billion in the first half. "
                   "In the Overseas segment, dividends are paid in CFA francs (XOF); Kelvo Mobile alone "
                   "generated XOF 120 billion of revenue in the half.\n")
    obs = [f for f in extract_text(text, "d", "a.txt").facts if f.kind == "observation"]
    assert [(f.subject.label, f.unit) for f in obs if str(f.value) == "910000000000"] == [("Orvane Holdings", "KZT")]
    assert not [f for f in obs if f.unit == "XOF" and f.subject.label == "Overseas"]


def test_a_units_table_column_in_a_bracketed_code_and_abbreviated_scale_types_each_units_revenue():
    from aikg.extract.pipeline import extract_text
    text = HEAD + ("Orvane Holdings reports two segments: Domestic and Overseas.\n\n"
                   "| Segment (H1 2026) | Revenue (MAD m) | EBITDA margin |\n|---|---|---|\n"
                   "| Domestic | 7,410 | 51.2% |\n| Overseas (Kelvo subsidiaries) | 6,020 | 40.3% |\n")
    obs = {(f.subject.label, f.measure, str(f.value), f.unit) for f in extract_text(text, "d", "a.txt").facts
           if f.kind == "observation"}
    assert ("Overseas", "revenue", "6020000000", "MAD") in obs, obs
    assert ("Domestic", "revenue", "7410000000", "MAD") in obs, obs
