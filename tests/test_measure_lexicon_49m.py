"""Issue 49m: measure words and money written in the document's own language (invented sentences)."""
from aikg.extract.measure_lexicon import english
from aikg.extract.measure_names import canonical
from aikg.extract.pipeline import extract_bytes


def _facts(text: str):
    return [(f.measure, f.value, f.unit) for f in extract_bytes(text.encode(), "t.md").facts]


def test_foreign_words_name_the_english_measure():
    assert canonical("den Nettoumsatz") == "net sales"
    assert canonical("chiffre d'affaires") == "revenue"
    assert canonical("Free Cashflow") == "free cash flow"
    assert canonical("endettement net") == "net debt"
    assert english("net revenue") is None   # an English phrase is the registry's own


def test_german_release_figures_get_the_registry_measure():
    text = ("# Orvella Holding AG\n\nVaduz, 3. März 2026 - Die Orvella Holding AG hat im Geschäftsjahr 2025 den "
            "Nettoumsatz auf CHF 120.5 Mio. gesteigert. Der Reingewinn stieg auf CHF 9.1 Mio.\n")
    got = {(m, int(v), u) for m, v, u in _facts(text) if v is not None}
    assert ("net sales", 120500000, "CHF") in got
    assert ("net profit", 9100000, "CHF") in got


def test_dirhams_of_a_casablanca_filer_are_moroccan():
    text = ("# TAMSAR FOODS S.A.\n\nCasablanca, le 2 mars 2026 - Société cotée à la Bourse de Casablanca\n\n"
            "Tamsar Foods publie ses indicateurs annuels 2025. Les investissements de Tamsar Foods en 2025 "
            "s'élèvent à 1,5 milliard de dirhams.\n")
    got = {(m, int(v), u) for m, v, u in _facts(text) if v is not None}
    assert ("capital expenditure", 1500000000, "MAD") in got


def test_dirhams_stay_emirati_without_the_exchange():
    text = "Tamsar Foods said its investments in 2025 rose to 1.5 billion dirhams.\n"
    assert all(u != "MAD" for _, _, u in _facts(text))


def test_scale_letter_before_mad_is_fused():
    from aikg.extract.values import find_money
    m = find_money("L'endettement net atteint 450 KMAD.")
    assert m and m[0].currency == "MAD" and int(m[0].value) == 450000


def test_unit_bracket_after_measure_gives_the_bare_number_its_unit():
    from aikg.extract.unit_brackets import with_bracketed
    text = "Net financial debt (bin TL) stood at 1.204.300 at 30 June 2026, down from 1.310.950 at 31 December 2025."
    got = [(int(m.value), m.currency, m.text) for m in with_bracketed([], text)]
    assert got == [(1204300000, "TRY", "1.204.300"), (1310950000, "TRY", "1.310.950")]
    fr = "L'endettement net (en KMAD) ressort à 310 450 au 30 juin 2026."
    assert [(int(m.value), m.currency) for m in with_bracketed([], fr)] == [(310450000, "MAD")]


def test_bracket_without_a_unit_gives_no_money():
    from aikg.extract.unit_brackets import with_bracketed
    assert with_bracketed([], "The plant (near the river) produced 12,400 tonnes in 2025.") == []
    assert with_bracketed([], "Net debt (see note 4) stood at 12,400 in 2025.") == []


def test_unit_bracket_figure_is_typed_money_in_a_document():
    text = ("# Tamsar Foods S.A.\n\nTamsar Foods reported its results for the first half of 2026, with revenue up "
            "4,5%.\n\nNet financial debt (bin TL) stood at 1.204.300 at 30 June 2026.\n")
    got = {(m, int(v), u) for m, v, u in _facts(text) if v is not None}
    assert ("net financial debt", 1204300000, "TRY") in got


def test_moroccan_mdh_is_millions_of_dirhams():
    from aikg.extract.notation import read_notation
    from aikg.extract.values import find_money
    n = read_notation("en hausse de 7,8 % et de 11,2 %")
    m = find_money("le chiffre d'affaires atteint 1 120,5 MDH", n)
    assert [(int(x.value), x.currency) for x in m] == [(1120500000, "MAD")]


def test_french_and_spanish_sales_words():
    assert canonical("Ses ventes") == "sales"
    assert canonical("las ventas") == "sales"


def test_profit_word_before_the_ebitda_acronym():
    assert canonical("Zysk EBITDA") == "ebitda"
    assert canonical("Provozní zisk EBITDA") == "ebitda"
