"""Number formats by language (branch issue45c): the dotted Czech/Slovak scale words "mil.", "mln.", "mld."
and the Polish/Czech thousand "tys."/"tis." before a currency ("9 184,3 mil. Kč", "18,5 to 19,0 mld. Kč",
"23 815 tys. zł"; scale_words dotted_slavic_scale_words), and their dot ending no sentence before a
capitalised currency symbol ("mil. Kč"). Invented documents and sentences."""
from decimal import Decimal

from aikg.extract.notation import Notation, read_notation
from aikg.extract.pipeline import extract_bytes
from aikg.extract.sentences import split as split_sentences
from aikg.extract.values import find_money

COMMA = Notation(",")


def _money(text, notation=COMMA):
    return [(m.value, m.value_max, m.currency, m.text) for m in find_money(text, notation)]


def test_dotted_million_before_koruna():
    assert _money("Sales reached 3 412,7 mil. Kč, up 6,1 %.") == [
        (Decimal("3412700000"), None, "CZK", "3 412,7 mil. Kč")]


def test_dotted_billion_range_before_koruna():
    assert _money("The board now expects 7,2 to 7,6 mld. Kč (previously 7,0 to 7,4 mld. Kč).") == [
        (Decimal("7200000000"), Decimal("7600000000"), "CZK", "7,2 to 7,6 mld. Kč"),
        (Decimal("7000000000"), Decimal("7400000000"), "CZK", "7,0 to 7,4 mld. Kč")]


def test_dotted_million_before_lower_case_euro_and_zloty():
    assert _money("Tatra Siet reported revenues of 61,9 mil. eur.") == [
        (Decimal("61900000"), None, "EUR", "61,9 mil. eur")]
    assert _money("a contract worth 145,5 mln. zł was signed") == [
        (Decimal("145500000"), None, "PLN", "145,5 mln. zł")]


def test_polish_and_czech_thousand():
    assert _money("Zysk netto wyniósł 12 345 tys. zł w kwartale.") == [
        (Decimal("12345000"), None, "PLN", "12 345 tys. zł")]
    assert _money("a grant of 850 tis. Kč") == [(Decimal("850000"), None, "CZK", "850 tis. Kč")]


def test_dotted_scale_word_needs_its_currency():
    # a dotted word without a currency after it is no amount of money (the sentence's end)
    assert _money("Customers grew to 5,14 mil. The operator expanded.") == []


def test_dot_before_a_capitalised_currency_symbol_ends_no_sentence():
    text = "Revenue reached 9 184,3 mil. Kč, an increase of 8,5 %. The outlook was raised."
    assert [s.text for s in split_sentences(text)][:1] == [
        "Revenue reached 9 184,3 mil. Kč, an increase of 8,5 %."]


_CZECH_REPORT = """HALF-YEAR REPORT 2027
Brnenska Datova a.s.

Amounts are in millions of Czech crowns (mil. Kč); decimal commas as in the Czech original.

Brno, 15 September 2027 -- Brnenska Datova reported consolidated revenue of 5 218,6 mil. Kč for the first half of
2027, an increase of 7,3 % on the first half of 2026. Brnenska Datova raises its outlook for full-year 2027 revenue
to 10,4 to 10,9 mld. Kč. Brnenska Datova plans to invest 410 mil. Kč in a new data centre in Brno in 2027.
"""


def test_czech_translated_report_types_revenue_outlook_and_investment():
    assert read_notation(_CZECH_REPORT).decimal == ","
    ex = extract_bytes(_CZECH_REPORT.encode(), "brnenska.txt")
    obs = {(f.measure, f.value, f.value_max, f.unit) for f in ex.facts if f.kind == "observation"}
    assert ("revenue", Decimal("5218600000"), None, "CZK") in obs
    assert any(v == Decimal("10400000000") and vmax == Decimal("10900000000") and u == "CZK"
               for _, v, vmax, u in obs)
    inv = [a.value for f in ex.facts if f.kind == "investment" for a in f.amounts]
    assert Decimal("410000000") in inv
    assert all(f.subject.label == "Brnenska Datova" for f in ex.facts if f.kind == "observation")


_POLISH_REPORT = """Current report no. 14/2027
Issuer: Wislana Stal S.A.

Warsaw, 20 October 2027 -- Wislana Stal S.A. estimates that its consolidated net profit attributable to
shareholders for the third quarter of 2027 amounted to 18 402 tys. zł, and its revenue reached 412,3 mln zł,
up 9,2 % year on year.
"""


def test_polish_translated_report_reads_thousands_of_zloty():
    ex = extract_bytes(_POLISH_REPORT.encode(), "wislana.txt")
    vals = {(f.value, f.unit) for f in ex.facts if f.kind == "observation"}
    assert (Decimal("18402000"), "PLN") in vals
    assert (Decimal("412300000"), "PLN") in vals
    # never the bare thousands as a count of "tys"
    assert not any(f.unit == "count" for f in ex.facts if f.kind == "observation")


def test_currency_pair_is_a_rate_not_an_amount():
    # rule currency_pair_rate (values.py)
    assert _money("converted at the average rate of 4,31 PLN/EUR it amounted to EUR 95,6 mil.") == [
        (Decimal("95600000"), None, "EUR", "EUR 95,6 mil.")]
    assert _money("Markets: TOPIX 2,910 | EUR/CHF 0.9412 | Gold", Notation(".")) == []
    # a per-unit price with a slash and a lower-case unit stays an amount
    assert _money("a tariff of 12 USD/kWh", Notation(".")) == [(Decimal("12"), None, "USD", "12 USD")]
