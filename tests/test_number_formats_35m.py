"""Numbers as the world writes them (issue35m): local scale words from the one registry (scale_words.ALL),
a fused scale-and-code word before its number, space thousands, and the bracketed prior-year convention.
Invented articles in shapes none of the probe sets has."""
from decimal import Decimal

import pytest

from aikg.extract import scale_words
from aikg.extract.notation import ENGLISH, english, read_notation
from aikg.extract.pipeline import extract_text
from aikg.extract.values import find_money, has_amount


def _money(text):
    n = read_notation(text)
    return [(m.value, m.currency) for m in find_money(text, n)]


@pytest.mark.parametrize("text, expected", [
    # Vietnamese: a thousand billions is a trillion; "tỷ" a billion, with the dong written after
    ("Doanh thu của Sông Lam Telecom đạt 12,5 nghìn tỷ đồng, tăng 8,1%.", [(Decimal("12500000000000"), "VND")]),
    ("Lợi nhuận trước thuế đạt 1.480 tỷ đồng trong năm 2026.", [(Decimal("1480000000000"), "VND")]),
    # Indonesian / Malay, the currency before the number
    ("Laba bersih naik 9,2% menjadi Rp 740,5 miliar; pendapatan Rp 21,3 triliun.",
     [(Decimal("740500000000"), "IDR"), (Decimal("21300000000000"), "IDR")]),
    ("Biaya pelatihan sebesar Rp 450 juta per tahun.", [(Decimal("450000000"), "IDR")]),
    # Mexican Spanish: "millones de pesos", dot thousands with a decimal comma
    ("Las ventas netas sumaron 3.412,7 millones de pesos, un alza de 6,4%.", [(Decimal("3412700000"), "MXN")]),
    # Chinese characters after the number, the yuan unspaced
    ("The unit's revenue reached 38.6 亿元 last year, and its grant 450 万元.",
     [(Decimal("3860000000"), "CNY"), (Decimal("4500000"), "CNY")]),
    # a fused scale-and-code word before a space-grouped number
    ("Operating income was MNOK 1 046 in the period.", [(Decimal("1046000000"), "NOK")]),
    ("Costs rose to TEUR 7 310.", [(Decimal("7310000"), "EUR")]),
])
def test_local_scale_words_and_fused_codes(text, expected):
    assert _money(text) == expected


def test_registry_is_one_table():
    # every scale word of every language reads from the one registry
    for word in ("triliun", "miliar", "juta", "nghìn tỷ", "tỷ", "亿", "mln", "mio.", "crore", "eok", "billion"):
        assert word in scale_words.ALL, word
    assert scale_words.ALL["nghìn tỷ"] == 10**12 and scale_words.ALL["亿"] == 10**8
    assert all(w.provenance and w.examples for w in scale_words.ALL_WORDS)


def test_a_fused_code_before_two_columns_is_no_single_amount():
    # "MKNOK" is no code; "MNOK 421 372 19" is a table's three columns, not 421,372 million
    assert _money("MNOK 421 372 19") == []
    assert _money("Sales MKNOK 421") == []


def test_space_thousands_in_brackets_stay_one_number():
    assert english("Order intake MDKK 2 406 (2 011)", ENGLISH) == "Order intake MDKK 2,406 (2,011)"
    assert english("in Q3 2 184 units", ENGLISH) == "in Q3 2 184 units"   # no code, no bracket: as written


def test_bracket_is_no_amount_without_the_declaration():
    # an article that never says its brackets are the prior year's: the bracket stays a plain number
    assert _money("EBIT reached MNOK 492 (401) in the third quarter.") == [(Decimal("492000000"), "NOK")]


def test_has_amount():
    assert has_amount("the Payments unit booked MDKK 310 in the half")
    assert has_amount("Payments brought in 1,2 milliarden")
    assert has_amount("Payments earned Rp 90 miliar")
    assert not has_amount("Payments grew strongly")
    assert not has_amount("a 3 man team")


_NOK_RELEASE = """Fjellvik Data reports third-quarter 2026 results

BERGEN, 21 October 2026 - Fjellvik Data ASA, the Norwegian billing-software company, today published its interim report for the third quarter of 2026. Figures in parentheses relate to the corresponding period of the previous year.

Fjellvik Data's revenue for the first nine months of 2026 was NOK 1 234,5 million (1 102,0), and EBITDA for the first nine months of 2026 was MNOK 412 (365). The EBITDA margin was 33,4% (33,1%).
"""


def _observations(text):
    ex = extract_text(text, "doc-35m", "release.txt")
    return [(f.measure, f.value, f.unit, f.period.label if f.period else None)
            for f in ex.facts if f.kind == "observation" and f.value is not None]


def test_bracketed_prior_year_release():
    obs = _observations(_NOK_RELEASE)
    assert ("revenue", Decimal("1234500000"), "NOK", "2026-01-01/2026-09-30") in obs
    assert ("revenue", Decimal("1102000000"), "NOK", "2025-01-01/2025-09-30") in obs   # the year before
    assert ("ebitda", Decimal("412000000"), "NOK", "2026-01-01/2026-09-30") in obs
    assert ("ebitda", Decimal("365000000"), "NOK", "2025-01-01/2025-09-30") in obs
    # never split into bare numbers, never the prior value dated the current period
    assert not any(v in (Decimal("1"), Decimal("102"), Decimal("234.5")) for _, v, _, _ in obs)
    assert ("revenue", Decimal("1102000000"), "NOK", "2026-01-01/2026-09-30") not in obs


def test_no_prior_year_companion_without_the_declaration():
    text = _NOK_RELEASE.replace(" Figures in parentheses relate to the corresponding period of the previous year.", "")
    obs = _observations(text)
    assert ("ebitda", Decimal("412000000"), "NOK", "2026-01-01/2026-09-30") in obs
    assert not any(v == Decimal("365000000") for _, v, _, _ in obs)


def test_undated_figure_gets_no_prior_companion():
    # the period of the bracket's figure is unknown: no companion rather than an undated prior-year value
    text = ("Skarvik Analytics AB published its interim report. Figures in brackets refer to the corresponding "
            "period of the previous year.\n\nSkarvik Analytics' order intake was MSEK 812 (640).\n")
    obs = _observations(text)
    assert not any(v == Decimal("640000000") for _, v, _, _ in obs)
