"""Numbers written in words (branch 49w): one reader (extract/number_words.py) the money, percent and
count readers of values.py call, so a spelled figure is typed like a written one. Invented sentences."""
from decimal import Decimal

import pytest

from aikg.extract import number_words as nw
from aikg.extract.values import find_counts, find_money, find_percents


@pytest.mark.parametrize("words, value", [
    ("two point four billion", Decimal("2400000000")),
    ("forty-one million", Decimal("41000000")),
    ("three hundred and twelve", Decimal("312")),
    ("one and a half billion", Decimal("1500000000")),
    ("half a million", Decimal("500000")),
    ("twelve thousand", Decimal("12000")),
    ("four thousand five hundred", Decimal("4500")),
    ("one billion one hundred and twenty million", Decimal("1120000000")),
    ("six hundred and seventy-one million, two hundred thousand, five hundred", Decimal("671200500")),
    ("two thousand six hundred and ten billion", Decimal("2610000000000")),
    ("one point oh five", Decimal("1.05")),
    ("a dozen", Decimal("12")),
])
def test_value_of_a_spelled_cardinal(words, value):
    found = nw.find(f"It said {words} then.")
    assert [(v, s) for s, _, v in found] == [(value, 8)]


def test_scales_out_of_order_are_no_number():
    assert nw.value("two million three billion") is None
    assert nw.value("four billion two thousand million") is None


@pytest.mark.parametrize("sentence, value, currency", [
    ("Sales came to two point four billion kronor in the year.", Decimal("2400000000"), "SEK"),
    ("The start-up raised forty-one million dollars from its backers.", Decimal("41000000"), "USD"),
    ("The plant will cost one and a half billion euros.", Decimal("1500000000"), "EUR"),
    ("The grant was worth three hundred thousand pounds.", Decimal("300000"), "GBP"),
    ("It paid eight hundred and sixty-three point two million reais for the site.", Decimal("863200000"), "BRL"),
])
def test_spelled_money_is_typed_like_written_money(sentence, value, currency):
    (m,) = find_money(sentence)
    assert (m.value, m.currency) == (value, currency)


def test_spelled_money_range_shares_its_scale_word():
    (m,) = find_money("It expects to invest between two and three billion dollars.")
    assert (m.value, m.value_max, m.currency) == (Decimal("2000000000"), Decimal("3000000000"), "USD")


def test_hyphenated_number_word_is_no_range():
    (m,) = find_money("The fee is seventy-three million euros.")
    assert (m.value, m.value_max) == (Decimal("73000000"), None)


def test_spelled_money_restated_in_brackets_is_an_equivalent():
    (m,) = find_money("It paid R$ 4,250,000 (four million two hundred and fifty thousand reais) for it.")
    assert m.value == Decimal("4250000")
    assert [e.value for e in m.equivalents] == [Decimal("4250000")]


@pytest.mark.parametrize("sentence, value", [
    ("Churn fell to two point one percent.", Decimal("2.1")),
    ("Margins widened to nineteen per cent.", Decimal("19")),
    ("The stake is forty-five point five per cent.", Decimal("45.5")),
])
def test_spelled_percent(sentence, value):
    (p,) = find_percents(sentence)
    assert p.value == value


@pytest.mark.parametrize("sentence, value, word", [
    ("Bookings rose by a third in 2026.", Decimal("33.3"), "a third"),
    ("The firm cut its headcount by a quarter.", Decimal("25"), "a quarter"),
    ("Operating profit climbed by more than a fifth, it said.", Decimal("20"), "more than a fifth"),
    ("Debt was reduced by two-thirds over the year.", Decimal("66.7"), "two-thirds"),
])
def test_fraction_of_change_is_a_percent(sentence, value, word):
    (p,) = find_percents(sentence)
    assert (p.value, p.word) == (value, word)


@pytest.mark.parametrize("sentence", [
    "The unit was bought by a third party.",
    "Staff were cut by a quarter of the workforce's hours.",
    "Deliveries slipped by one quarter.",
    "Shares rose by half a point.",
])
def test_fraction_false_friends(sentence):
    assert find_percents(sentence) == []


@pytest.mark.parametrize("sentence, value, noun", [
    ("The group has three hundred and twelve employees in Bergen.", Decimal("312"), "employees"),
    ("Its app counts twelve thousand customers.", Decimal("12000"), "customers"),
    ("The operator runs four data centres.", Decimal("4"), "data centres"),
    ("It now has two point four million users.", Decimal("2400000"), "users"),
    ("Forty thousand shares were issued.", Decimal("40000"), "shares"),
])
def test_spelled_count(sentence, value, noun):
    (c,) = find_counts(sentence)
    assert (c.value, c.noun) == (value, noun)


@pytest.mark.parametrize("sentence", [
    "It is one of the two largest vendors.",          # a bare small number before a common noun
    "The audit went to one of the Big Four firms.",   # a number word in a name
    "Sales of Three UK customers grew.",
    "It booked a one-off charge and zero-emission trucks.",
    "It hired staff in two thousand and twenty-four.",
    "It granted 25,000 (twenty-five thousand) stock options.",  # digits restated in words
])
def test_spelled_count_false_friends(sentence):
    assert [c for c in find_counts(sentence) if not c.text[:1].isdigit()] == []


def test_sentence_without_digits_gives_its_spelled_figures():
    """The extractor reads a sentence with no digit at all when it may hold a spelled figure."""
    from aikg.extract.pipeline import extract_bytes
    doc = (b"Kvarnholm Media AB reports its year\n\n"
           b"STOCKHOLM, 4 March 2026 - Kvarnholm Media AB said revenue rose to two point four billion kronor in 2025, "
           b"up nineteen per cent.\nOperating profit grew by a third to four hundred and ten million kronor.\n"
           b"Kvarnholm Media now has three hundred and twelve employees.\n")
    got = {(f.measure, f.value, f.unit, f.change) for f in extract_bytes(doc, "kvarnholm.txt").facts
           if type(f).__name__ == "Observation"}
    assert ("revenue", Decimal("2400000000"), "SEK", None) in got
    assert ("revenue", None, None, Decimal("19")) in got
    assert ("operating profit", Decimal("410000000"), "SEK", Decimal("33.3")) in got
    assert ("employees", Decimal("312"), "count", None) in got
