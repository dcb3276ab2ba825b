"""Local currency symbols the exchange filings of Qatar, Nigeria, Bangladesh, the Gulf, Vietnam and Romania write
(issue 46m): the gazetteer (extract/currencies.py) gives each its currency; the ones that are also initials or a
letter need a scale word; a dotted symbol ends no sentence; a currency word after the number is the unit, never
the measure. All documents and sentences are invented."""
import pytest

from aikg.extract.notation import Notation

HEAD = "Kestrel Mobile reports nine-month results\n\nBy Wire Staff | October 22, 2026\n\n"


@pytest.mark.parametrize("amount,value,code", [
    ("QR 740 million", "740000000", "QAR"),
    ("QR 0.215", "0.215", "QAR"),
    ("Tk. 12.5 crore", "125000000", "BDT"),
    ("Tk. 3,406.2 million", "3406200000", "BDT"),
    ("Tk 88 crore", "880000000", "BDT"),
    ("N7.2 billion", "7200000000", "NGN"),
    ("KD 12.3 million", "12300000", "KWD"),
    ("SR 4.1 billion", "4100000000", "SAR"),
    ("BD 36 million", "36000000", "BHD"),
    ("RO 9.5 million", "9500000", "OMR"),
    ("2.6 million lei", "2600000", "RON"),
    ("14 billion dong", "14000000000", "VND"),
])
def test_a_local_symbol_next_to_the_number_is_the_amounts_currency(amount, value, code):
    from aikg.extract.values import find_money
    got = [(str(m.value), m.currency) for m in find_money(f"Turnover came to {amount} in the period.")]
    assert got == [(value, code)]


def test_initials_and_a_bare_letter_are_a_currency_only_with_a_scale_word():
    from aikg.extract.values import find_money
    text = ("Staff wore N95 masks, the KD 5 rating held, SR 3 was replaced, the BD 2 line and RO 7 ran, "
            "the ticker MRVL.N0000 and a QR code scanned by Dong Nai dealers.")
    assert find_money(text) == []


def test_a_number_with_a_decimal_comma_and_dong_after_it():
    from aikg.extract.values import find_money
    got = [(str(m.value), m.currency) for m in find_money("net revenue reached 418,6 billion dong (+9,2%)", Notation(","))]
    assert got == [("418600000000", "VND")]


def test_a_dotted_currency_symbol_before_its_number_ends_no_sentence():
    from aikg.extract.sentences import split
    text = "Consolidated EPS was Tk. 1.12 for July-September 2026 as against Tk. 0.97 a year earlier. NAV rose."
    assert [s.text for s in split(text)] == [
        "Consolidated EPS was Tk. 1.12 for July-September 2026 as against Tk. 0.97 a year earlier.", "NAV rose."]


def test_taka_and_riyal_amounts_reach_typed_observations():
    from aikg.extract.pipeline import extract_text
    text = HEAD + ("Kestrel Mobile said its revenue rose 12% to Tk. 2,140.5 million in the nine months ended "
                   "30 September 2026. Net profit was QR 311 million in the nine months ended 30 September 2026.\n")
    res = extract_text(text, "d", "a.txt")
    obs = {(f.measure, str(f.value), f.unit) for f in res.facts if f.kind == "observation"}
    assert ("revenue", "2140500000", "BDT") in obs, obs
    assert ("net profit", "311000000", "QAR") in obs, obs
    assert not [e.label for e in res.entities if e.label.startswith(("QR", "Tk"))]


def test_the_currency_word_after_the_number_is_the_unit_not_the_measure():
    from aikg.extract.pipeline import extract_text
    text = HEAD + ("Kestrel Mobile said its net revenue reached 512,4 billion dong in the nine months ended 30 September "
                   "2026, up 11,5%. Profit after tax reached 41,3 billion dong in the nine months ended 30 September "
                   "2026, up 9,2%.\n")
    obs = [f for f in extract_text(text, "d", "a.txt").facts if f.kind == "observation"]
    assert not [f for f in obs if f.measure and "dong" in f.measure]
    assert ("net revenue", "VND") in {(f.measure, f.unit) for f in obs if str(f.value) == "512400000000"}, obs
    assert ("profit after tax", "VND") in {(f.measure, f.unit) for f in obs if str(f.value) == "41300000000"}, obs
