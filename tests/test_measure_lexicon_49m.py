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
