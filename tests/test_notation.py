"""The document's number notation (extract/notation.py), read once, and the value finders reading
every number of the document in it. The articles are invented, in shapes and spellings of several
languages' notation."""
from decimal import Decimal

import pytest

from aikg.extract import values as v
from aikg.extract.notation import ENGLISH, Notation, english, read_notation

SWISS = """Zurich. The Basel-based lab-equipment maker Glarner Instrumente AG reported net sales of
CHF 1'234.5 million for 2026, up 6.2% on the year. Operating profit reached CHF 187.3 million; the
board proposes a dividend of CHF 2.40 per share. The group employs 4'812 people."""

SWEDISH = """Stockholm. Norrskog Data AB raised its net sales to 12,4 mdr kronor in the third quarter,
an increase of 8,7 %. Operating profit came to 1,3 miljarder kronor, and the order intake stood at
14.250 miljoner kronor. The company has 3.420 employees."""

BRAZILIAN = """São Paulo. Cerrado Nuvem S.A. reported net revenue of R$ 2,3 bilhões in 2026, up 14,5%.
Ebitda reached R$ 612,8 milhões, a margin of 26,6%. The company will invest R$ 1.250.000.000,00 in
two data centres and now serves 1.536 corporate customers."""

SPANISH = """Madrid. Grupo Meseta Redes closed the year with revenue of 1.234,5 millones de euros, 9,1 %
more than a year earlier, and net profit of 98,7 millones de euros. Net debt fell to 2,1 mil millones
de euros."""

INDIAN = """Mumbai. Konkan Softworks Ltd reported revenue from operations of Rs 1,24,500 lakh for the year
ended March 31, 2026, against Rs 1,08,250 lakh a year ago, up 15.0%. Profit after tax was Rs 12,480.5
lakh."""

ENGLISH_DOC = """Austin. Lonestar Compute Inc. reported revenue of $1,234.5 million, up 11.8%, and an
operating margin of 8.4%. It shipped 1,536 servers and ended the quarter with 27,380 customers."""


def _money(text, doc):
    n = read_notation(doc)
    return [(m.value, m.currency) for m in v.find_money(text, n)]


def test_decimal_comma_documents_are_read_once():
    for doc in (SWEDISH, BRAZILIAN, SPANISH):
        assert read_notation(doc).comma
    for doc in (SWISS, INDIAN, ENGLISH_DOC):
        assert not read_notation(doc).comma


def test_swiss_apostrophe_thousands():
    n = read_notation(SWISS)
    assert (Decimal("1234500000"), "CHF") in _money(SWISS, SWISS)
    counts = [(c.value, c.text) for c in v.find_counts("The group employs 4'812 people.", n)]
    assert counts == [(Decimal("4812"), "4'812")]


def test_swedish_mdr_kronor_and_dot_thousands():
    got = _money(SWEDISH, SWEDISH)
    assert (Decimal("12400000000"), "SEK") in got
    assert (Decimal("1300000000"), "SEK") in got
    assert (Decimal("14250000000"), "SEK") in got   # "14.250 miljoner": the dot is the thousands mark here
    n = read_notation(SWEDISH)
    assert [p.value for p in v.find_percents(SWEDISH, n)] == [Decimal("8.7")]
    assert Decimal("3420") in [c.value for c in v.find_counts(SWEDISH, n)]


def test_brazilian_bilhoes_and_full_amount():
    got = _money(BRAZILIAN, BRAZILIAN)
    assert (Decimal("2300000000"), "BRL") in got
    assert (Decimal("612800000"), "BRL") in got
    assert (Decimal("1250000000"), "BRL") in got
    n = read_notation(BRAZILIAN)
    # ("two data centres" is a count in words, number_words; the digits' count is the one read here)
    assert [c.value for c in v.find_counts(BRAZILIAN, n) if c.text[:1].isdigit()] == [Decimal("1536")]


def test_spanish_millones_de_euros():
    got = _money(SPANISH, SPANISH)
    assert got == [(Decimal("1234500000"), "EUR"), (Decimal("98700000"), "EUR"), (Decimal("2100000000"), "EUR")]


def test_indian_lakh_grouping_keeps_its_reading():
    got = _money(INDIAN, INDIAN)
    assert (Decimal("12450000000"), "INR") in got
    assert (Decimal("1248050000"), "INR") in got


def test_english_document_unchanged():
    n = read_notation(ENGLISH_DOC)
    assert english(ENGLISH_DOC, n) is ENGLISH_DOC
    assert _money(ENGLISH_DOC, ENGLISH_DOC) == [(Decimal("1234500000"), "USD")]
    assert [c.value for c in v.find_counts(ENGLISH_DOC, n)] == [Decimal("1536"), Decimal("27380")]


def test_ambiguous_number_follows_the_document():
    sentence = "The operator added 1.536 base stations and 2,125 kilometres of fibre."
    comma, point = Notation(","), ENGLISH
    assert [c.value for c in v.find_counts(sentence, comma)] == [Decimal("1536"), Decimal("2.125")]
    assert [c.value for c in v.find_counts(sentence, point)] == [Decimal("1.536"), Decimal("2125")]


def test_mixed_document_keeps_per_number_evidence():
    # a decimal-comma document quoting an English figure: "14.56" and "1,234.5" are English by their shape
    sentence = "Revenue was 412,6 Mio. Euro against US$ 14.56 million and $1,234.5 million."
    got = [(m.value, m.currency) for m in v.find_money(sentence, Notation(","))]
    assert got == [(Decimal("412600000"), "EUR"), (Decimal("14560000"), "USD"), (Decimal("1234500000"), "USD")]


def test_text_is_kept_as_written():
    ms = v.find_money("Sales were 27.380 Tsd. Euro.", Notation(","))
    assert [(m.text, m.start, m.end) for m in ms] == [("27.380 Tsd. Euro", 11, 27)]
    ps = v.find_percents("up 11,8 % on the year", Notation(","))
    assert [(p.value, p.text) for p in ps] == [(Decimal("11.8"), "11,8 %")]


@pytest.mark.parametrize("text", [
    "The de facto standard shipped 5 million units.",      # "de" is no connector without a European scale word
    "It sold 3 mil de units.",
])
def test_connector_only_after_european_scale_word(text):
    assert v.find_money(text, Notation(",")) == []


def test_euro_sign_after_the_number():
    got = [(m.value, m.currency) for m in v.find_money("Net debt stood at 9,8 mld € at the end of June.", Notation(","))]
    assert got == [(Decimal("9800000000"), "EUR")]


def test_scale_abbreviation_before_currency_ends_no_sentence():
    from aikg.extract import sentences
    text = "Sales rose to 77,5 Mio. Euro in the year. Staff grew by 3 Mio. The board met."
    assert [s.text for s in sentences.split(text)] == [
        "Sales rose to 77,5 Mio. Euro in the year.", "Staff grew by 3 Mio.", "The board met."]


def test_hard_wrapped_line_opening_with_an_amount_goes_on():
    from aikg.extract import sentences
    lines = [
        "Lyon. The regional cable operator Rhodanet published its annual accounts on Monday, and the results",
        "were better than expected by most of the analysts who follow this company. Revenue reached",
        "1,42 mld €, up 4,1% on the year, while the operating margin improved by almost one point again.",
        "The company also said that it would pay a dividend for the first time in its short history.",
    ]
    got = [s.text for s in sentences.split("\n".join(lines))]
    assert any(s.startswith("Revenue reached 1,42 mld €") for s in got), got


FRENCH = """Lyon. Le groupe Rhodanet a publié un chiffre d'affaires de 1 234,5 millions d'euros, en hausse de
4,1 %, et un résultat net de 87,2 millions d'euros. Its data-centre plan comes to 2,3 milliards d'euros."""


def test_french_spaced_thousands_and_d_apostrophe():
    assert read_notation(FRENCH).comma
    assert _money(FRENCH, FRENCH) == [(Decimal("1234500000"), "EUR"), (Decimal("87200000"), "EUR"),
                                      (Decimal("2300000000"), "EUR")]
    assert v.find_money("He paid 5 d'euros.", Notation(",")) == []   # "d'" only after a scale word


def test_one_stray_decimal_comma_leaves_an_english_document_english():
    doc = ("Brightwater Networks grew revenue 5,3% in the quarter. It employs 12,000 people in 14,500 "
           "square metres of offices and serves 2,250 enterprise customers.")
    assert not read_notation(doc).comma
    assert [c.value for c in v.find_counts(doc, read_notation(doc))][:1] == [Decimal("12000")]


def test_counts_with_european_scale_words():
    got = [(c.value, c.noun) for c in v.find_counts("The app has 3,2 Mio. customers and 850 miljoner users.", Notation(","))]
    assert got == [(Decimal("3200000"), "customers"), (Decimal("850000000"), "users")]
