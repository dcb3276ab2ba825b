"""Tests for the hand-written value normaliser (aikg.extract.values)."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

try:
    from aikg.extract import values as v
except ImportError:  # package not installed: import from the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from aikg.extract import values as v

from aikg.extract.values import (
    Count,
    Duration,
    Money,
    Percent,
    Period,
    find_counts,
    find_dates,
    find_durations,
    find_money,
    find_percents,
    find_periods,
    parse_doc_date,
    resolve_weekday,
)

D = Decimal


def only(items):
    """The single item of a list, with a helpful failure message."""
    assert len(items) == 1, items
    return items[0]


# ---------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------

MONEY_SINGLE = [
    ("RMB 29.61 billion", "29610000000", "CNY"),
    ("$52.44 billion", "52440000000", "USD"),
    ("380 billion yuan", "380000000000", "CNY"),
    ("RMB380 billion", "380000000000", "CNY"),
    ("Rmb380bn", "380000000000", "CNY"),
    ("$53B", "53000000000", "USD"),
    ("$53bn", "53000000000", "USD"),
    ("$53 bn", "53000000000", "USD"),
    ("US$1.2 trillion", "1200000000000", "USD"),
    ("$370 million", "370000000", "USD"),
    ("$14.3 billion", "14300000000", "USD"),
    ("USD 4.513 billion", "4513000000", "USD"),
    ("€3m", "3000000", "EUR"),
    ("£250 million", "250000000", "GBP"),
    ("$7.14 per diluted share", "7.14", "USD"),
    ("1,234.5 million yuan", "1234500000", "CNY"),
    ("HK$3.2 billion", "3200000000", "HKD"),
    ("NT$30 billion", "30000000000", "TWD"),
    ("S$1.5bn", "1500000000", "SGD"),
    ("Rs 500 crore", "5000000000", "INR"),
    ("Rs. 2 lakh", "200000", "INR"),
    ("₹500 crore", "5000000000", "INR"),
    ("500 crore rupees", "5000000000", "INR"),
    ("Rs 1 lakh crore", "1000000000000", "INR"),
    ("1.2 trillion won", "1200000000000", "KRW"),
    ("800 billion yen", "800000000000", "JPY"),
    ("5 billion Hong Kong dollars", "5000000000", "HKD"),
    ("10 billion US dollars", "10000000000", "USD"),
    ("two billion yuan", "2000000000", "CNY"),
    ("a billion dollars", "1000000000", "USD"),
    ("CN¥50 billion", "50000000000", "CNY"),
    ("$50k", "50000", "USD"),
    ("$5.00", "5", "USD"),
    ("$5-billion", "5000000000", "USD"),
]


@pytest.mark.parametrize("text,value,currency", MONEY_SINGLE)
def test_money_single_amounts(text, value, currency):
    m = only(find_money(text))
    assert (m.value, m.currency) == (D(value), currency)
    assert (m.start, m.end, m.text) == (0, len(text.split(" per ")[0]), text.split(" per ")[0])
    assert m.value_max is None and m.qualifier is None and m.equivalents == ()


def test_money_value_is_exact_and_scaled():
    m = only(find_money("RMB 29.61 billion"))
    assert m.value == D("29610000000")
    assert str(m.value) == "29610000000"  # no exponent or trailing ".00"


def test_money_in_sentence_offsets():
    text = "Alibaba will spend $52.44 billion on AI."
    m = only(find_money(text))
    assert text[m.start:m.end] == m.text == "$52.44 billion"


@pytest.mark.parametrize(
    "text,low,high",
    [
        ("$66 billion-$72 billion", "66e9", "72e9"),
        ("$64 billion-$72 billion", "64e9", "72e9"),
        ("$114 billion-$118 billion", "114e9", "118e9"),
        ("$114 billion–$118 billion", "114e9", "118e9"),  # en dash
        ("$66-72 billion", "66e9", "72e9"),
        ("$66bn to $72bn", "66e9", "72e9"),
        ("between $5bn and $7bn", "5e9", "7e9"),
        ("66 to 72 billion dollars", "66e9", "72e9"),
        ("66 billion to 72 billion yuan", "66e9", "72e9"),
        ("$500 million-$1 billion", "5e8", "1e9"),
    ],
)
def test_money_ranges(text, low, high):
    m = only(find_money(text))
    assert (m.value, m.value_max) == (D(low), D(high))
    assert m.text == text


@pytest.mark.parametrize(
    "text",
    [
        "rose from $5 billion to $7 billion",   # a change, not a range
        "increased it by $2 billion to $9 billion",
        "$5 billion and $7 billion",            # "and" without "between"
        "$7 billion-$5 billion",                # descending: not a range
        "capex of $5 billion to 2026",          # "to" + a year
        "spent $53 billion — $20 billion more than rivals",  # em dash aside
    ],
)
def test_money_non_ranges_are_separate_amounts(text):
    assert all(m.value_max is None for m in find_money(text))


@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("at least 380 billion yuan", "at_least"),
        ("more than $5 billion", "at_least"),
        ("over $10bn", "at_least"),
        ("exceeding $5 billion", "at_least"),
        ("upwards of $2 billion", "at_least"),
        ("in excess of £1bn", "at_least"),
        ("well over $3 billion", "at_least"),
        (">$5bn", "at_least"),
        ("up to $5 billion", "at_most"),
        ("less than $1 billion", "at_most"),
        ("under $2bn", "at_most"),
        ("no more than €500m", "at_most"),
        ("around $100 billion", "approx"),
        ("roughly $6 billion", "approx"),
        ("about 380 billion yuan", "approx"),
        ("approximately $4.5 billion", "approx"),
        ("nearly $9bn", "approx"),
        ("some $30 billion", "approx"),
        ("close to $8 billion", "approx"),
        ("~$5bn", "approx"),
    ],
)
def test_money_qualifiers(text, qualifier):
    m = only(find_money(text))
    assert m.qualifier == qualifier
    assert m.text == text  # the qualifier is part of the span


def test_money_equivalent_cny_to_usd():
    text = "380 billion yuan ($52.44 billion)"
    m = only(find_money(text))
    assert (m.value, m.currency, m.text) == (D("380e9"), "CNY", "380 billion yuan")
    eq = only(list(m.equivalents))
    assert (eq.value, eq.currency, eq.text) == (D("52.44e9"), "USD", "$52.44 billion")
    assert text[eq.start:eq.end] == eq.text


def test_money_equivalent_usd_to_cny():
    m = only(find_money("$53 billion (RMB 380 billion)"))
    assert (m.currency, m.value) == ("USD", D("53e9"))
    assert [(e.currency, e.value) for e in m.equivalents] == [("CNY", D("380e9"))]


def test_money_equivalent_with_qualifier_and_lead_in():
    m = only(find_money("more than 380 billion yuan ($53 billion)"))
    assert m.qualifier == "at_least"
    assert m.equivalents[0].value == D("53e9")
    m = only(find_money("RMB 24.6 billion (or about US$3.4 billion)"))
    assert m.equivalents[0].qualifier == "approx"
    assert m.equivalents[0].currency == "USD"


def test_money_parentheses_are_not_negative():
    for m in find_money("380 billion yuan ($52.44 billion) and (RMB 5 billion)"):
        assert m.value > 0
        assert all(e.value > 0 for e in m.equivalents)


def test_money_unrelated_parenthesis_is_not_an_equivalent():
    items = find_money("$5 billion (up 20% from $4.2 billion last year)")
    assert [m.value for m in items] == [D("5e9"), D("4.2e9")]
    assert items[0].equivalents == ()


def test_money_with_percent_after_comma():
    text = "$10.7 billion, or 12% of revenue"
    m = only(find_money(text))
    assert (m.value, m.text) == (D("10.7e9"), "$10.7 billion")
    assert only(find_percents(text)).value == 12


@pytest.mark.parametrize(
    "text",
    ["spending billions", "billions of dollars", "tens of billions of yuan", "no one won", ""],
)
def test_money_needs_a_number(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    "text,currency",
    [
        ("¥1.2 billion", "JPY"),
        ("SoftBank in Tokyo will spend ¥1.2 billion", "JPY"),
        ("Alibaba said in Hangzhou that it will spend ¥1.2 billion, or 1.2 billion yuan", "CNY"),
        ("JP¥900 million", "JPY"),
    ],
)
def test_money_yen_sign_depends_on_context(text, currency):
    assert find_money(text)[0].currency == currency


def test_money_yen_sign_uses_nearby_context_first():
    text = "Alibaba and Tencent in China. " + "x" * 400 + " In Tokyo, SoftBank booked ¥1.2 trillion."
    assert only(find_money(text)).currency == "JPY"


def test_money_non_breaking_space_and_line_wrap():
    assert only(find_money("$53\u00a0billion")).value == D("53e9")
    assert only(find_money("RMB 380\nbillion")).value == D("380e9")


def test_money_multiple_sorted_non_overlapping():
    text = "Microsoft ($80bn), Amazon ($100 billion) and Alibaba (RMB 380 billion)."
    items = find_money(text)
    assert [m.currency for m in items] == ["USD", "USD", "CNY"]
    assert all(a.end <= b.start for a, b in zip(items, items[1:]))


# ---------------------------------------------------------------------------
# Percent
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,value,span",
    [
        ("38 percent", "38", "38 percent"),
        ("7 per cent", "7", "7 per cent"),
        ("15%", "15", "15%"),
        ("14.56%", "14.56", "14.56%"),
        ("13 %", "13", "13 %"),
        ("13\u00a0%", "13", "13\u00a0%"),
        ("a 149% jump", "149", "149%"),
        ("up 119% year on year", "119", "119%"),
        ("ten percent", "10", "ten percent"),
        ("1,200%", "1200", "1,200%"),
    ],
)
def test_percent_simple(text, value, span):
    p = only(find_percents(text))
    assert (p.value, p.text, p.unit) == (D(value), span, "percent")
    assert text[p.start:p.end] == span


@pytest.mark.parametrize(
    "text,value,qualifier",
    [
        ("more than 50 percent", "50", "at_least"),
        ("exceeding 500 percent", "500", "at_least"),
        ("nearly 30%", "30", "approx"),
        ("up to 20 per cent", "20", "at_most"),
    ],
)
def test_percent_qualifiers(text, value, qualifier):
    p = only(find_percents(text))
    assert (p.value, p.qualifier, p.text) == (D(value), qualifier, text)


@pytest.mark.parametrize(
    "text",
    ["140–160%", "140-160 percent", "140% to 160%", "between 140% and 160%", "140%—160%"],
)
def test_percent_ranges(text):
    p = only(find_percents(text))
    assert (p.value, p.value_max, p.text) == (D(140), D(160), text)


def test_percent_from_to_is_two_values():
    assert [(p.value, p.value_max) for p in find_percents("rose from 10% to 15%")] == [
        (D(10), None), (D(15), None)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("2 percentage points", "2"),
        ("1.5 percentage point", "1.5"),
        ("3 pp", "3"),
        ("50 basis points", "0.5"),
        ("300 basis points", "3"),
        ("25bps", "0.25"),
    ],
)
def test_percentage_points(text, value):
    p = only(find_percents(text))
    assert (p.value, p.unit) == (D(value), "percentage_points")


@pytest.mark.parametrize(
    "text,value,value_max,qualifier,word",
    [
        ("triple-digit growth", "100", None, "at_least", "triple-digit"),
        ("grew at a triple digit pace", "100", None, "at_least", "triple-digit"),
        ("double digits", "10", None, "at_least", "double-digit"),
        ("double-digit growth", "10", None, "at_least", "double-digit"),
        ("high-single-digit growth", "1", "9", None, "high-single-digit"),
        ("more than doubled", "100", None, "at_least", "more than doubled"),
        ("doubled", "100", None, None, "doubled"),
        ("tripled", "200", None, None, "tripled"),
        ("nearly tripled", "200", None, "approx", "nearly tripled"),
        ("quadrupled", "300", None, None, "quadrupled"),
        ("plans to double its capex", "100", None, None, "double"),
        ("a threefold increase", "200", None, None, "threefold"),
    ],
)
def test_percent_verbal_magnitudes(text, value, value_max, qualifier, word):
    p = only(find_percents(text))
    assert p.value == D(value)
    assert p.value_max == (D(value_max) if value_max else None)
    assert (p.qualifier, p.word, p.unit) == (qualifier, word, "percent")


@pytest.mark.parametrize(
    "text",
    ["doubled down on AI", "double-digit millions of dollars", "grew 1.5x", "a 2x speed-up", "", "no numbers"],
)
def test_not_percents(text):
    assert find_percents(text) == []


# ---------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,value,qualifier,noun",
    [
        ("over 70,000 derivative models", "70000", "at_least", "derivative models"),
        ("3.48 billion people", "3480000000", None, "people"),
        ("more than 1 billion monthly users", "1000000000", "at_least", "monthly users"),
        ("5 gigawatts", "5", None, "gigawatts"),
        ("a 5GW campus", "5", None, "gigawatts"),
        ("about 3,000 AI engineers joined", "3000", "approx", "ai engineers"),
        ("It has 200 million users globally", "200000000", None, "users"),
        ("1,000 GPUs were deployed", "1000", None, "gpus"),
        ("12 data centers in Asia", "12", None, "data centers"),
        ("2,048 H800 chips", "2048", None, "h800 chips"),
        ("Over 2,500 enterprises use Qwen", "2500", "at_least", "enterprises"),
        ("70,000 models Alibaba said", "70000", None, "models"),
        ("The 10 largest U.S. companies", "10", None, "largest u.s. companies"),
        ("10,000 servers, and more", "10000", None, "servers"),
    ],
)
def test_counts(text, value, qualifier, noun):
    c = only(find_counts(text))
    assert (c.value, c.qualifier, c.noun) == (D(value), qualifier, noun)
    assert text[c.start:c.end] == c.text


def test_counts_out_of():
    counts = find_counts("23 out of 32 evaluation criteria")
    assert [(c.value, c.noun) for c in counts] == [(D(23), None), (D(32), "evaluation criteria")]


@pytest.mark.parametrize(
    "text",
    [
        "in 2024",
        "on May 14, 2026",
        "Q1 results",
        "Qwen 2.5-72B",
        "Qwen2.5",
        "H20 chips",
        "Llama 4 Maverick",
        "GPT-4o",
        "Fortune 500 companies",
        "grew 1.5x",
        "$53 billion and 15%",
        "RMB 380 billion ($53 billion)",
        "over the next 3 years",
        "12:59 am ET",
        "1. First item",
        "(NYSE: BABA; HKEX: 9988)",
        "FY2025 and 1H25",
        "",
        "no numbers at all",
    ],
)
def test_not_counts(text):
    assert find_counts(text) == []


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------

PERIODS = [
    # text, doc_date, kind, label, start, end, surface
    ("third quarter of 2024", None, "quarter", "Q3 2024", "2024-07-01", "2024-09-30", "third quarter of 2024"),
    ("Q4 2024", None, "quarter", "Q4 2024", "2024-10-01", "2024-12-31", "Q4 2024"),
    ("Q1 2025", None, "quarter", "Q1 2025", "2025-01-01", "2025-03-31", "Q1 2025"),
    ("in Q2 2025", None, "quarter", "Q2 2025", "2025-04-01", "2025-06-30", "Q2 2025"),
    ("the second quarter of 2025", None, "quarter", "Q2 2025", "2025-04-01", "2025-06-30",
     "second quarter of 2025"),
    ("fourth-quarter 2024 results", None, "quarter", "Q4 2024", "2024-10-01", "2024-12-31",
     "fourth-quarter 2024"),
    ("1Q25", None, "quarter", "Q1 2025", "2025-01-01", "2025-03-31", "1Q25"),
    ("Q1'25", None, "quarter", "Q1 2025", "2025-01-01", "2025-03-31", "Q1'25"),
    ("quarter ending December 31, 2024", None, "quarter", "2024-10-01/2024-12-31",
     "2024-10-01", "2024-12-31", "quarter ending December 31, 2024"),
    ("second quarter ended September 30, 2024", None, "quarter", "2024-07-01/2024-09-30",
     "2024-07-01", "2024-09-30", "second quarter ended September 30, 2024"),
    ("quarter ended March 31", date(2026, 5, 14), "quarter", "2026-01-01/2026-03-31",
     "2026-01-01", "2026-03-31", "quarter ended March 31"),
    ("quarter ended March 31", date(2026, 3, 20), "quarter", "2025-01-01/2025-03-31",
     "2025-01-01", "2025-03-31", "quarter ended March 31"),
    ("the quarter ended Jan. 26, 2025", None, "quarter", "2024-10-27/2025-01-26",
     "2024-10-27", "2025-01-26", "quarter ended Jan. 26, 2025"),
    ("three months to June", date(2025, 8, 14), "quarter", "2025-04-01/2025-06-30",
     "2025-04-01", "2025-06-30", "three months to June"),
    ("six months ended June 30, 2025", None, "half", "2025-01-01/2025-06-30",
     "2025-01-01", "2025-06-30", "six months ended June 30, 2025"),
    ("fiscal year ended March 31, 2025", None, "fiscal_year", "FY2025",
     "2024-04-01", "2025-03-31", "fiscal year ended March 31, 2025"),
    ("the April-June period", date(2025, 7, 31), "quarter", "2025-04-01/2025-06-30",
     "2025-04-01", "2025-06-30", "April-June period"),
    ("the October–December quarter", date(2025, 11, 20), "quarter", "2025-10-01/2025-12-31",
     "2025-10-01", "2025-12-31", "October–December quarter"),
    ("full-year 2025", None, "year", "2025", "2025-01-01", "2025-12-31", "full-year 2025"),
    ("2025 capex", None, "year", "2025", "2025-01-01", "2025-12-31", "2025"),
    ("in 2024", None, "year", "2024", "2024-01-01", "2024-12-31", "2024"),
    ("calendar 2025", None, "year", "2025", "2025-01-01", "2025-12-31", "calendar 2025"),
    ("first half of 2025", None, "half", "H1 2025", "2025-01-01", "2025-06-30", "first half of 2025"),
    ("H1 2025", None, "half", "H1 2025", "2025-01-01", "2025-06-30", "H1 2025"),
    ("2H24", None, "half", "H2 2024", "2024-07-01", "2024-12-31", "2H24"),
    ("in June", date(2025, 7, 31), "month", "June 2025", "2025-06-01", "2025-06-30", "June"),
    ("March 2025", None, "month", "March 2025", "2025-03-01", "2025-03-31", "March 2025"),
    ("on February 21, 2025", None, "day", "2025-02-21", "2025-02-21", "2025-02-21", "February 21, 2025"),
    ("February 21, 2025", None, "day", "2025-02-21", "2025-02-21", "2025-02-21", "February 21, 2025"),
    ("2024-2026", None, "range", "2024-01-01/2026-12-31", "2024-01-01", "2026-12-31", "2024-2026"),
    ("between 2025 and 2027", None, "range", "2025-01-01/2027-12-31", "2025-01-01", "2027-12-31",
     "between 2025 and 2027"),
    ("this year", date(2025, 5, 1), "year", "2025", "2025-01-01", "2025-12-31", "this year"),
    ("last quarter", date(2025, 5, 1), "quarter", "Q1 2025", "2025-01-01", "2025-03-31", "last quarter"),
    ("second half of the year", date(2025, 5, 1), "half", "H2 2025", "2025-07-01", "2025-12-31",
     "second half of the year"),
    ("fourth-quarter results", date(2025, 2, 20), "quarter", "Q4 2024", "2024-10-01", "2024-12-31",
     "fourth-quarter"),
    ("in the June quarter", date(2025, 8, 1), "quarter", "2025-04-01/2025-06-30", "2025-04-01",
     "2025-06-30", "June quarter"),
    ("the first nine months of 2025", None, "range", "2025-01-01/2025-09-30", "2025-01-01",
     "2025-09-30", "first nine months of 2025"),
    ("the year ended December 31, 2024", None, "year", "2024", "2024-01-01", "2024-12-31",
     "year ended December 31, 2024"),
    ("April 2024 to March 2025", None, "range", "2024-04-01/2025-03-31", "2024-04-01",
     "2025-03-31", "April 2024 to March 2025"),
]


@pytest.mark.parametrize("text,doc,kind,label,start,end,surface", PERIODS)
def test_periods(text, doc, kind, label, start, end, surface):
    p = only(find_periods(text, doc))
    assert (p.kind, p.label) == (kind, label)
    assert (p.start, p.end) == (date.fromisoformat(start), date.fromisoformat(end))
    assert p.text == surface == text[p.start_idx:p.end_idx]


@pytest.mark.parametrize(
    "text,label",
    [
        ("fiscal year 2025", "FY2025"),
        ("FY2025", "FY2025"),
        ("FY25", "FY2025"),
        ("fiscal 2025", "FY2025"),
        ("2025 fiscal year", "FY2025"),
        ("FY2024-25", "FY2025"),
    ],
)
def test_fiscal_years_have_no_dates_unless_stated(text, label):
    p = only(find_periods(text))
    assert (p.kind, p.label, p.start, p.end, p.text) == ("fiscal_year", label, None, None, text)


@pytest.mark.parametrize(
    "text,label",
    [("Q3 FY25", "Q3 FY2025"), ("fiscal third quarter 2025", "Q3 FY2025"),
     ("third quarter of fiscal 2025", "Q3 FY2025"), ("FY2025 Q3", "Q3 FY2025")],
)
def test_fiscal_quarters(text, label):
    p = only(find_periods(text))
    assert (p.kind, p.label, p.start, p.end) == ("quarter", label, None, None)


@pytest.mark.parametrize(
    "text,end,surface",
    [
        ("by September 30, 2024", "2024-09-30", "by September 30, 2024"),
        ("through 2026", "2026-12-31", "through 2026"),
        ("by 2030", "2030-12-31", "by 2030"),
        ("by the end of 2025", "2025-12-31", "by the end of 2025"),
        ("by mid-2026", "2026-06-30", "by mid-2026"),
        ("as of June 30, 2025", "2025-06-30", "as of June 30, 2025"),
        ("through March 2026", "2026-03-31", "through March 2026"),
        ("by the end of the third quarter of 2025", "2025-09-30",
         "by the end of the third quarter of 2025"),
    ],
)
def test_periods_as_of(text, end, surface):
    p = only(find_periods(text))
    assert (p.kind, p.start, p.end, p.text) == ("as_of", None, date.fromisoformat(end), surface)
    assert p.label == f"../{end}"


def test_period_since_is_open_range():
    p = only(find_periods("since 2020"))
    assert (p.kind, p.start, p.end, p.label) == ("range", date(2020, 1, 1), None, "2020-01-01/..")


def test_period_from_through_is_one_range():
    p = only(find_periods("from 2024 through 2026"))
    assert (p.kind, p.start, p.end) == ("range", date(2024, 1, 1), date(2026, 12, 31))


def test_bare_year_inside_larger_period_not_repeated():
    text = "In the third quarter of 2024 and on February 21, 2025, FY2025 and Q1 2025"
    labels = [p.label for p in find_periods(text)]
    assert labels == ["Q3 2024", "2025-02-21", "FY2025", "Q1 2025"]


def test_yearless_periods_without_doc_date():
    assert [(p.label, p.start) for p in find_periods("in Q3")] == [("Q3", None)]
    assert [(p.label, p.start) for p in find_periods("in May")] == [("May", None)]
    assert find_periods("this year") == []  # needs doc_date


@pytest.mark.parametrize(
    "text",
    ["Llama 4 and Vision 2030", "the RTX 2080 card", "$2025 million", "2025%", "", "no dates here",
     "it may rise", "the Mayor said"],
)
def test_not_periods(text):
    assert find_periods(text) == []


def test_periods_sorted_and_non_overlapping():
    text = ("Revenue for the quarter ended March 31 rose, after capex in fiscal 2025 "
            "and the first half of 2024; it plans to spend through 2026 and by 2030.")
    ps = find_periods(text, date(2025, 5, 15))
    assert [p.kind for p in ps] == ["quarter", "fiscal_year", "half", "as_of", "as_of"]
    assert all(a.end_idx <= b.start_idx for a, b in zip(ps, ps[1:]))


# ---------------------------------------------------------------------------
# Durations
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,iso,qualifier,surface",
    [
        ("over the next three years", "P3Y", None, "over the next three years"),
        ("over three years", "P3Y", None, "over three years"),
        ("within five years", "P5Y", "at_most", "within five years"),
        ("a three-year plan", "P3Y", None, "three-year"),
        ("over the past decade", "P10Y", None, "over the past decade"),
        ("the next 18 months", "P18M", None, "the next 18 months"),
        ("next 18 months", "P18M", None, "next 18 months"),
        ("two quarters", "P6M", None, "two quarters"),
        ("1.5 years", "P18M", None, "1.5 years"),
        ("two and a half years", "P30M", None, "two and a half years"),
        ("more than three years", "P3Y", "at_least", "more than three years"),
        ("in less than two years", "P2Y", "at_most", "in less than two years"),
        ("within a year", "P1Y", "at_most", "within a year"),
        ("for a decade", "P10Y", None, "for a decade"),
        ("two decades", "P20Y", None, "two decades"),
        ("a 10-year deal", "P10Y", None, "10-year"),
        ("twenty-five years", "P25Y", None, "twenty-five years"),
        ("a dozen years", "P12Y", None, "a dozen years"),
        ("six weeks", "P6W", None, "six weeks"),
        ("nine months of work", "P9M", None, "nine months"),
    ],
)
def test_durations(text, iso, qualifier, surface):
    d = only(find_durations(text))
    assert (d.iso, d.qualifier, d.text) == (iso, qualifier, surface)
    assert text[d.start:d.end] == surface


@pytest.mark.parametrize(
    "text",
    ["three years ago", "five years later", "$5 billion a year", "a 30-year-old founder",
     "a year-on-year increase", "three months ended June 30", "last year", "a decade ago",
     "the September 2025 quarter", "the first nine months of 2025", ""],
)
def test_not_durations(text):
    assert find_durations(text) == []


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("14 May 2026", date(2026, 5, 14)),
        ("May 14, 2026", date(2026, 5, 14)),
        ("2025-08-14", date(2025, 8, 14)),
        ("2025-08-14T09:30:00Z", date(2025, 8, 14)),
        ("Thursday, Sep 11, 2025", date(2025, 9, 11)),
        ("February 24, 2025", date(2025, 2, 24)),
        ("Feb. 24, 2025", date(2025, 2, 24)),
        ("24th February 2025", date(2025, 2, 24)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
        ("MAY 14, 2026", date(2026, 5, 14)),
    ],
)
def test_dates(text, expected):
    d, start, end = only(find_dates(text))
    assert (d, start, end) == (expected, 0, len(text.split("T09")[0]))


def test_dates_yearless_and_weekday_need_doc_date():
    text = "On Monday the firm said it would report on March 3."
    assert find_dates(text) == []
    got = find_dates(text, date(2025, 9, 11))
    assert [d for d, _, _ in got] == [date(2025, 9, 8), date(2025, 3, 3)]
    assert text[got[0][1]:got[0][2]] == "Monday"


@pytest.mark.parametrize("text", ["February 30, 2025", "the Mayor 5", "may 5, 2025", "", "12:59 am"])
def test_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By Axel Miller | 14 May 2026\nAlibaba said on Thursday...", date(2026, 5, 14)),
        ("HONG KONG, May 14, 2026 — Alibaba Group today announced", date(2026, 5, 14)),
        ("Title\nPublished: 2025-08-14\nThe company said", date(2025, 8, 14)),
        ("Thursday, Sep 11, 2025 12:59 am ET2min read", date(2025, 9, 11)),
        ("Updated: June 2, 2025\nPublished: June 1, 2025\n", date(2025, 6, 1)),
        ("Updated June 2, 2025\nBy Jane Doe, May 30, 2025\n", date(2025, 5, 30)),
        ("Alibaba to spend big on AI\nNo date here at all.", None),
        ("", None),
    ],
)
def test_parse_doc_date(text, expected):
    assert parse_doc_date(text) == expected


def test_parse_doc_date_only_looks_at_first_lines():
    text = "\n".join(["headline"] * 20 + ["May 14, 2026"])
    assert parse_doc_date(text) is None


@pytest.mark.parametrize(
    "name,doc,expected",
    [
        ("Monday", date(2025, 9, 11), date(2025, 9, 8)),
        ("Thursday", date(2025, 9, 11), date(2025, 9, 11)),  # same day
        ("friday", date(2025, 9, 11), date(2025, 9, 5)),
        ("Wed", date(2025, 9, 11), date(2025, 9, 10)),
    ],
)
def test_resolve_weekday(name, doc, expected):
    assert resolve_weekday(name, doc) == expected


def test_resolve_weekday_rejects_unknown_names():
    with pytest.raises(ValueError):
        resolve_weekday("Funday", date(2025, 9, 11))


# ---------------------------------------------------------------------------
# Whole-article behaviour
# ---------------------------------------------------------------------------

ARTICLE = (
    "HONG KONG, May 14, 2026 — Alibaba Group (NYSE: BABA; HKEX: 9988) said on Thursday it "
    "will invest more than 380 billion yuan ($53 billion) in cloud and AI infrastructure over "
    "the next three years, exceeding its total spending over the past decade. Revenue for the "
    "quarter ended March 31 rose 7% year on year to RMB 236.5 billion (US$32.6 billion). Its "
    "Qwen 2.5-72B and Qwen3 models have spawned over 100,000 derivative models, and AI revenue "
    "kept triple-digit growth. Rivals plan to spend $64 billion-$72 billion in fiscal 2025."
)


def test_article_end_to_end():
    doc = parse_doc_date(ARTICLE)
    assert doc == date(2026, 5, 14)
    money = find_money(ARTICLE)
    assert [(m.currency, m.value, m.value_max) for m in money] == [
        ("CNY", D("380e9"), None), ("CNY", D("236.5e9"), None), ("USD", D("64e9"), D("72e9"))]
    assert [e.value for m in money for e in m.equivalents] == [D("53e9"), D("32.6e9")]
    assert [(p.value, p.word) for p in find_percents(ARTICLE)] == [(D(7), None), (D(100), "triple-digit")]
    assert [(c.value, c.noun) for c in find_counts(ARTICLE)] == [(D(100000), "derivative models")]
    assert [d.iso for d in find_durations(ARTICLE)] == ["P3Y", "P10Y"]
    periods = find_periods(ARTICLE, doc)
    assert [(p.kind, p.label) for p in periods] == [
        ("day", "2026-05-14"), ("day", "2026-05-14"),
        ("quarter", "2026-01-01/2026-03-31"), ("fiscal_year", "FY2025")]


@pytest.mark.parametrize(
    "finder",
    [find_money, find_percents, find_counts, find_periods, find_durations, find_dates],
)
@pytest.mark.parametrize("text", ["", "   ", "No numbers in this sentence.", "\u00a0\n\t"])
def test_empty_and_numberless_text(finder, text):
    assert finder(text) == []


def test_value_types_are_frozen():
    m = only(find_money("$5bn"))
    with pytest.raises(AttributeError):
        m.value = D(1)  # type: ignore[misc]
    assert isinstance(m, Money)
    assert isinstance(only(find_percents("5%")), Percent)
    assert isinstance(only(find_counts("5 servers")), Count)
    assert isinstance(only(find_periods("Q1 2025")), Period)
    assert isinstance(only(find_durations("five years")), Duration)


def test_regexes_are_compiled_at_module_level():
    import re

    assert isinstance(v._MONEY_PREFIX_ONE, re.Pattern)
    assert all(isinstance(rx, re.Pattern) for rx, _, _ in v._PERIOD_RULES)


def test_invariants_on_random_token_soup():
    """Spans always match their text, are sorted and never overlap; nothing raises."""
    import random

    tokens = (
        "$ RMB ¥ € HK$ 5 53 2024 2025 1,234.5 0 99 billion bn m B million yuan dollars % "
        "percent per cent basis points quarter ended ending to through by since March 31 "
        "February 29 30 Q1 Q5 H1 FY25 fiscal year first second half of the over more than "
        "about within three-year years months decade ago ( ) - – — , . : / 1.5x doubled "
        "triple-digit on Monday May 14 Sep 11 and between from Llama 4 H20 GPT-4o"
    ).split(" ") + ["\n", "\u00a0"]
    rnd = random.Random(1234)
    doc = date(2025, 5, 1)
    finders = [find_money, find_percents, find_counts, find_durations,
               find_periods, lambda t: find_periods(t, doc)]
    for _ in range(1500):
        text = " ".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 14)))
        for finder in finders:
            spans = []
            for item in finder(text):
                s, e = (item.start_idx, item.end_idx) if isinstance(item, Period) else (item.start, item.end)
                assert text[s:e] == item.text
                spans.append((s, e))
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (text, spans)
        for d, s, e in find_dates(text, doc):
            assert isinstance(d, date) and 0 <= s < e <= len(text)
        parse_doc_date(text)


# currencies beyond the dollar, yuan, euro, pound, yen, rupee and won, written before the number
# as their ISO code or symbol, or after it by name: an invented sentence each
@pytest.mark.parametrize("amount, code", [
    ("3.40 billion Swiss francs", "CHF"), ("12.6 billion kronor", "SEK"), ("SEK 12.6 billion", "SEK"),
    ("4.1 billion Norwegian kroner", "NOK"), ("DKK 2.2 billion", "DKK"), ("18.5 billion rand", "ZAR"),
    ("AED 7.3 billion", "AED"), ("2.9 billion Saudi riyals", "SAR"), ("1.4 billion reais", "BRL"),
    ("RM1.6 billion", "MYR"), ("Rp 2.9 trillion", "IDR"), ("IDR 12.5 trillion", "IDR"),
    ("55 billion baht", "THB"), ("MXN 9.8 billion", "MXN"), ("6.1 billion Egyptian pounds", "EGP"),
])
def test_currencies_named_or_coded_beyond_the_common_seven(amount, code):
    from aikg.extract.pipeline import extract_text
    text = ("Orvane Freight lifts annual sales\n\nBy Wire Staff | March 3, 2026\n\n"
            f"Orvane Freight said on Tuesday that its 2025 revenue rose 6% to {amount}.\n")
    obs = [f for f in extract_text(text, "d", "a.txt").facts if f.kind == "observation"]
    assert [(f.measure, f.unit) for f in obs] == [("revenue", code)], [(f.measure, f.value, f.unit) for f in obs]


def test_a_bare_kroner_names_no_currency_and_english_words_are_no_codes():
    """"kroner" is Norway's and Denmark's; "try", "php" are words: none of them is read as money."""
    from aikg.extract import values as V
    assert V._suffix_currency("kroner") is None
    # the codes that are words are read only in capitals before a number and a scale word
    assert V.find_money("we try 3 billion times; php 2 million lines; the PHP 8 runtime") == []


# --- amounts written the way other countries write them (issue 22v) ---------------------------

@pytest.mark.parametrize("amount,value,code", [
    ("R41.3 billion", "41300000000", "ZAR"),
    ("PHP 88.1 billion", "88100000000", "PHP"),
    ("PHP7.4bn", "7400000000", "PHP"),
    ("TRY 12 billion", "12000000000", "TRY"),
    ("31,7 mld TL", "31700000000", "TRY"),
    ("₺4,25 milyar", "4250000000", "TRY"),
    ("R$ 4,91 billion", "4910000000", "BRL"),
    ("EUR 12,5 million", "12500000", "EUR"),
    ("EUR 118,6 million", "118600000", "EUR"),
    # English never writes one or two digits after a thousands comma: these stay thousands
    ("$1,234 million", "1234000000", "USD"),
    ("$12,400 million", "12400000000", "USD"),
])
def test_currency_letters_codes_and_decimal_commas_before_a_scale_word(amount, value, code):
    from aikg.extract.values import find_money
    got = [(str(m.value), m.currency) for m in find_money(f"Sales reached {amount} last year.")]
    assert got == [(value, code)]


def test_rand_range_and_words_that_only_look_like_codes():
    from aikg.extract.values import find_money
    [m] = find_money("It plans to spend R20 billion to R24 billion on its networks.")
    assert (m.currency, str(m.value), str(m.value_max)) == ("ZAR", "20000000000", "24000000000")
    [m] = find_money("It guided capex at PHP 52-55 billion for next year.")   # the scale word after the range
    assert (m.currency, str(m.value), str(m.value_max)) == ("PHP", "52000000000", "55000000000")
    # a letter before digits without a scale word, a lower-case word, a thousands comma
    assert find_money("Its R2 bucket and R&D team moved to PHP 8; try 3 billion times.") == []
    assert [str(m.value) for m in find_money("Sales were 1,234 million euros.")] == ["1234000000"]


def test_decimal_comma_percent_in_a_translated_results_article():
    from aikg.extract.pipeline import extract_text
    text = ("Orvane Telekom lifts quarterly sales\n\nBy Wire Staff | November 5, 2026\n\n"
            "Orvane Telekom said its third-quarter revenue rose to 31,7 mld TL. "
            "Its EBITDA margin was 39,4% in the third quarter.\n")
    obs = [f for f in extract_text(text, "d", "a.txt").facts if f.kind == "observation"]
    got = {(f.measure, str(f.value), f.unit) for f in obs}
    assert any(m.endswith("revenue") and (v, u) == ("31700000000", "TRY") for m, v, u in got), got
    assert ("ebitda margin", "39.4", "percent") in got, got


def test_a_currency_code_and_a_number_are_no_product_name():
    from aikg.extract.pipeline import extract_text
    from aikg.extract.values import names_an_amount
    text = ("Orvane Telecom reports 2025 results\n\nBy Wire Staff | March 3, 2026\n\n"
            "Orvane Telecom said capital spending reached SAR 3.40 billion in 2025, against SAR 2.90 billion "
            "a year earlier. Revenue from its cloud unit was SAR 1.10 billion, and the board proposed a "
            "dividend of SAR 0.45 per share.\n")
    assert sorted(e.label for e in extract_text(text, "d", "a.txt").entities) == ["Orvane Telecom"]
    assert not names_an_amount("Orvane 4", "the Orvane 4 router costs $99")
