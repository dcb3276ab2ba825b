"""The measure, value and subject of a figure read from the value's own attachment (issue 12):
the verb that governs it, the noun phrase it is the object of, a previous value, a comparison base,
an effect's size, a count an action moves, a range, and whose figure it is. Articles in our own words."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import measures
from aikg.extract.pipeline import extract_bytes


def _obs(text: str, name: str = "t.txt") -> list:
    return [f for f in extract_bytes(text.encode(), name).facts if f.kind == "observation"]


def _one(facts, **kw):
    got = [f for f in facts if all(getattr(f, k) == v for k, v in kw.items())]
    return got


HEAD = "Corvanta Systems reports second quarter\n\nOctober 30, 2025\n\n"


def test_shipped_value_of_goods_is_shipments_not_the_orders_head():
    text = HEAD + ("Corvanta Systems said on Thursday that it booked $3.1 billion of storage array orders in the quarter "
                   "and shipped $4.4 billion of storage arrays, leaving a backlog of $2.2 billion.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("4400000000"), measure="storage array orders")
    assert _one(facts, value=Decimal("4400000000"), measure="storage array shipments")


def test_ipo_size_is_not_a_share_price():
    text = HEAD + ("Corvanta Systems listed its shares in March 2024 through an initial public offering of $1.2 billion, "
                   "the biggest software listing of that year.\n")
    facts = _obs(text)
    assert not _one(facts, measure="share price")
    assert _one(facts, value=Decimal("1200000000"), measure="ipo size")


def test_previous_target_price_in_brackets_and_after_to():
    text = ("Brokerage note: Corvanta Systems\n\nNovember 3, 2025\n\n"
            "We keep our buy rating on Corvanta Systems. Target price: USD 88 (from USD 72).\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("72"), measure="target price")
    assert _one(facts, value=Decimal("72"), measure="previous target price")
    t = "Rivet Capital lifted its price target to $95 from $80 on Monday."
    r = measures.reading(t, t.index("$80"), t.index("$80") + 3, "money")
    assert r is not None and r.role == "previous"


def test_up_from_base_is_no_current_figure():
    text = HEAD + ("Corvanta Systems plans capital expenditure of $900 million in 2025, up from $640 million, "
                   "mostly for new data halls.\n")
    facts = _obs(text)
    assert _one(facts, value=Decimal("900000000"))
    assert not _one(facts, value=Decimal("640000000"))


def test_up_from_base_with_its_own_year_is_that_years_figure():
    text = HEAD + ("Corvanta Systems expects capital expenditure of about $900 million in 2025, up from $640 million in 2024, "
                   "mostly for new data halls.\n")
    facts = _obs(text)
    base = _one(facts, value=Decimal("640000000"))
    assert base and all("outlook" not in f.measure and "previous" not in f.measure for f in base)
    assert base[0].period is not None and base[0].period.label == "2024"


def test_currency_effect_is_not_an_outlook():
    text = HEAD + ("Finance chief Mara Ostrow said a stronger franc would weigh on reported revenue by about $150 million "
                   "next year.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("150000000"))


def test_lost_customers_is_a_decrease_not_a_customer_count():
    text = HEAD + ("Corvanta Systems said it had lost 12,000 cable subscribers in the quarter as rivals cut prices.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("12000"), measure="cable subscribers")
    assert _one(facts, value=Decimal("12000"), measure="cable subscribers lost")


def test_roles_to_be_cut_are_no_headcount():
    text = HEAD + ("The company said about 900 roles would be cut over two years as the two call-centre networks are merged.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("900"))


def test_range_of_counts_is_kept_as_a_range():
    text = HEAD + ("Corvanta Systems said its scheduling engine handles between 400 and 650 parallel batch jobs "
                   "on a single node.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("650"), value_max=None)
    got = _one(facts, value=Decimal("400"))
    assert got and got[0].value_max == Decimal("650")


def test_counted_noun_keeps_acronyms_and_coordinated_modifiers():
    t = "Corvanta Systems now counts more than 1,200 enterprise AI customers and 40 million mobile and fixed lines."
    first = measures.counted_noun(t, t.index(" enterprise"))
    second = measures.counted_noun(t, t.index(" mobile"))
    assert first.phrase == "enterprise ai customers"
    assert second.phrase == "mobile and fixed lines"
    facts = _obs(HEAD + t + "\n")
    assert not _one(facts, measure="enterprise")


def test_a_month_is_never_a_subject():
    text = ("Lumo Labs ships Lumo 4\n\nNovember 4, 2025\n\n"
            "Lumo Labs said Lumo 4 builds on the Lumo 3 model, released in August, a dense model with 70 billion parameters.\n")
    ex = extract_bytes(text.encode(), "t.txt")
    assert not any(e.label == "August" for e in ex.entities)
    assert not any(f.kind == "observation" and f.subject.label == "August" for f in ex.facts)


def test_a_thing_that_is_the_clauses_subject_is_not_the_company():
    text = ("Tessel Networks and Brightway form venture\n\nNovember 5, 2025\n\n"
            "Tessel Networks and Brightway Consulting set up a joint venture last year. The venture employs about 800 "
            "Brightway and Tessel engineers in Lisbon.\n")
    facts = _obs(text)
    assert not _one(facts, value=Decimal("800"))  # the venture's staff, not Tessel's; and "brightway" is no measure


def test_sub_business_named_as_subject_is_not_its_parent_units():
    text = ("Velmora Group half-year results\n\nNovember 5, 2025\n\n"
            "Velmora Group reported results across its Digital Services and Energy Networks segments. "
            "Within the Digital Services segment, the Nordic Cloud business was the best performer: orders rose 22%, "
            "helped by public-sector contracts.\n")
    facts = _obs(text)
    assert not any(f.subject.label == "Digital Services" and f.change == Decimal("22") for f in facts)
    assert any(f.subject.label == "Nordic Cloud" and f.change == Decimal("22") for f in facts)


@pytest.mark.parametrize("rule", measures.RULES, ids=lambda r: r.name)
def test_every_measure_rule_has_examples_from_two_sources(rule):
    assert len(rule.examples) >= 2


def test_an_earlier_forecast_takes_the_new_figures_measure():
    text = HEAD + ("Corvanta Systems now expects to ship about $7 billion of storage arrays in the fiscal year, "
                   "up from its earlier forecast of $5 billion.\n")
    facts = _obs(text)
    new = _one(facts, value=Decimal("7000000000"))
    old = _one(facts, value=Decimal("5000000000"))
    assert new and new[0].measure == "storage array shipments outlook"
    assert old and old[0].measure == "previous storage array shipments outlook"


def test_total_and_activated_parameters_are_both_the_models():
    text = ("Lumo Labs ships Lumo 4\n\nNovember 4, 2025\n\n"
            "The new release builds on the company's Lumo 3 model, released in March, a mixture-of-experts model "
            "with 400 billion total parameters and 17 billion activated parameters.\n")
    facts = _obs(text)
    assert _one(facts, value=Decimal("400000000000"), measure="total parameters")
    assert _one(facts, value=Decimal("17000000000"), measure="activated parameters")


def test_the_unit_that_counts_is_the_unit_just_named():
    text = ("Velmora Group nine-month results\n\nNovember 5, 2025\n\n"
            "Velmora Group's Nordic Cloud segment grew revenue 9% to EUR 2.1 billion in the nine months. "
            "The unit now has around 3 million business customers in the region.\n")
    facts = _obs(text)
    got = _one(facts, value=Decimal("3000000"))
    assert got and got[0].subject.label == "Nordic Cloud"


def test_the_claim_of_an_ipo_names_its_measure_too():
    text = HEAD + ("Corvanta Systems listed its shares in March 2024 through an initial public offering of $1.2 billion, "
                   "the biggest software listing of that year.\n")
    ex = extract_bytes(text.encode(), "t.txt")
    values = [v for c in ex.claims for v in c.values if v.value == Decimal("1200000000")]
    assert values and all(v.measure == "ipo size" for v in values)
