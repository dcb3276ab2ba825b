"""A measure's name is its noun phrase's head with its modifiers (issue 29v): coordinated modifiers
("licence and other revenue", "sales and marketing expense") name one measure, a compound of heads
("gross profit margin") ends at its last noun, and "revenue and operating profit" stay two.
Articles in our own words."""
from __future__ import annotations

from aikg.extract.measure_names import coordinated_modifier
from aikg.extract.pipeline import extract_bytes

HEAD = "Orvanta Labs second-quarter results\n\nAugust 20, 2025\n\nOrvanta Labs reported its second-quarter 2025 results on Wednesday.\n\n"


def _measures(line: str) -> list[tuple]:
    facts = extract_bytes((HEAD + line + "\n").encode(), "t.txt").facts
    return [(f.measure, f.value, f.change) for f in facts if f.kind == "observation"]


def test_coordinated_modifiers_name_one_measure():
    got = _measures("Services and support revenue climbed 14% to $210 million, while selling and marketing expenses fell 3% to $40 million.")
    names = {m for m, _, _ in got}
    assert "services and support revenue" in names
    assert "selling and marketing expenses" in names


def test_singular_cost_head_is_read():
    got = _measures("Sales and marketing expense rose 11% as the company advertised in new markets.")
    assert [m for m, _, _ in got] == ["sales and marketing expense"]


def test_a_measure_before_and_stays_its_own():
    assert coordinated_modifier("Revenue and ", "profit") is None          # "revenue and operating profit"
    assert coordinated_modifier("Revenue and ", "expenses") is None        # "revenue and marketing expenses"
    assert coordinated_modifier("Sales and ", "expense") is not None       # the activity naming a cost line
    assert coordinated_modifier("Revenue rose and ", "expenses") is None   # not the phrase's start


def test_compound_of_heads_ends_at_its_last_noun():
    got = _measures("Gross profit margin: 41.2%, up from 38.0% a year earlier.")
    assert ("gross profit margin", got[0][1], None) == got[0]
    assert all(m != "gross profit" for m, _, _ in got)


def test_tax_basis_after_the_profit_head_stays_in_its_name():
    got = dict((m, v) for m, v, _ in _measures("Profit before tax rose 9% to $61 million, and profit after tax was $47 million."))
    assert "profit before tax" in got and "profit after tax" in got
    assert "profit" not in got
    # a net profit is after tax: no second name for it
    assert [m for m, _, _ in _measures("Net profit after tax fell 5% to $30 million.")] == ["net profit"]


def test_it_abbreviation_is_a_modifier_not_a_pronoun():
    got = [m for m, _, _ in _measures("Domestic IT services revenue rose 18% to $90 million.")]
    assert got == ["domestic it services revenue"]


def test_coordinated_heads_of_one_value_name_one_line():
    got = _measures("Orvanta Labs, the Lisbon group that trades on Nasdaq, reported net revenue and financial income "
                    "of $2.2 billion for the quarter.")
    assert [m for m, _, _ in got] == ["net revenue and financial income"]   # (and "trades on Nasdaq" is no index move)
    two = {m for m, _, _ in _measures("Orvanta Labs reported revenue and operating profit of $5 billion and $1 billion.")}
    assert "revenue and operating profit" not in two


def test_counterfactual_without_an_item_is_adjusted_not_an_outlook():
    got = _measures("Excluding the one-off gain, net profit would have been $80 million, up 6%.")
    assert [m for m, _, _ in got if _ is not None] == ["adjusted net profit"]
    assert not [m for m, _, _ in got if m.endswith("outlook")]
