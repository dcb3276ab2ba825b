"""Issue 34m: the measure and the value. A fused scale-and-currency word ("tkr", "MEUR") is the amount's
unit, a unit symbol ("GHz", "petabytes") or a scale word is never a measure, a share's face value is no
dividend, a target names its measure between its cue and its value, "from the A to B range" is one earlier
range, ", with margin of" is the figure's margin. Invented articles, in notations none of the probe sets has."""
from decimal import Decimal

from aikg.extract.measure_names import target_measure
from aikg.extract.notation import Notation, read_notation
from aikg.extract.pipeline import extract_bytes
from aikg.extract.quantity_units import unit_not_measure
from aikg.extract.values import find_money


def _facts(text: str, name: str = "article.md"):
    return extract_bytes(text.encode(), name).facts


def _obs(facts):
    return [f for f in facts if f.kind == "observation"]


def _money(text, notation=Notation(",")):
    return [(m.value, m.currency, m.text) for m in find_money(text, notation)]


# --- the money reader ---------------------------------------------------------------------------

def test_swedish_tkr_and_mdkr():
    assert _money("rörelseresultatet blev 6 950 tkr, och kassaflödet 5 120 tkr") == [
        (Decimal("6950000"), "SEK", "6 950 tkr"), (Decimal("5120000"), "SEK", "5 120 tkr")]
    assert _money("ett mål på 1,5 mdkr år 2028") == [(Decimal("1500000000"), "SEK", "1,5 mdkr")]


def test_code_fused_scale_words_in_capitals_only():
    assert _money("EBIT was 1.830 TEUR and revenue 12,7 MEUR") == [
        (Decimal("1830000"), "EUR", "1.830 TEUR"), (Decimal("12700000"), "EUR", "12,7 MEUR")]
    assert _money("the 3 meur of it") == []          # (lower case: no ISO code)
    assert _money("a range of 40-45 MNOK", Notation(".")) == [(Decimal("40000000"), "NOK", "40-45 MNOK")]


def test_a_thousands_group_is_no_amount_of_its_own():
    # "2 140 MSEK" is 2,140 million, never 140 million with a stray 2 before it
    assert _money("sales were 2 140 MSEK", Notation(".")) == [(Decimal("2140000000"), "SEK", "2 140 MSEK")]


def test_fused_words_count_as_notation_evidence():
    assert read_notation("Sales 412,6 mkr and profit 31,2 mkr; 1.204 staff.").decimal == ","


# --- no measure from a unit ---------------------------------------------------------------------

def test_unit_words_are_no_measure():
    for noun in ("tkr", "MEUR", "GHz band", "petabytes", "lakh", "crore", "kronor", "Mio."):
        assert unit_not_measure(noun), noun
    for noun in ("base stations", "customers", "engineers", "data centres", "GPUs"):
        assert not unit_not_measure(noun), noun


def test_article_in_tkr_has_no_measure_named_tkr():
    text = ("# Nordvik Data AB: interim report\n\nNordvik Data AB reported net sales of 48 512 tkr for the third "
            "quarter of 2026, against 41 207 tkr a year earlier. Operating profit amounted to 6 950 tkr, and the "
            "operating margin reached 14,3 procent.\n")
    obs = _obs(_facts(text))
    assert not any(o.measure and o.measure.split()[0] in ("tkr", "kr") for o in obs), [o.measure for o in obs]
    sales = [o for o in obs if o.measure == "net sales" and o.value == Decimal("48512000")]
    assert sales and sales[0].unit == "SEK"


def test_spectrum_and_storage_units_are_no_measure():
    text = ("# Kestrava Telecom wins spectrum\n\nKestrava Telecom won 800 MHz in the 26 GHz band at the auction on "
            "3 March 2026 and will pay 1,450 crore over ten years. Its new archive stores 120 petabytes for "
            "government customers.\n")
    obs = _obs(_facts(text))
    bad = [o.measure for o in obs if o.measure and unit_not_measure(o.measure)]
    assert not bad, bad


# --- the value's own measure --------------------------------------------------------------------

def test_face_value_is_no_dividend():
    text = ("# Corvant Infotech Limited: outcome of board meeting\n\nCorvant Infotech Limited "
            "declared a final dividend of ₹3.50 per equity share of par value ₹10 each for FY2026.\n")
    obs = _obs(_facts(text))
    divs = [o for o in obs if o.measure and "dividend" in o.measure]
    assert divs and all(o.value == Decimal("3.5") for o in divs), [(o.measure, o.value) for o in obs]


def test_target_measure_between_cue_and_value():
    assert target_measure(" operating income of ") == "operating income"
    assert target_measure(" is for subscription revenue to reach ") == "subscription revenue"
    assert target_measure(" of ") is None
    text = ("# Osmaru Electric: medium-term plan\n\nOsmaru Electric said it will target operating income of "
            "180 billion yen in fiscal 2028, against 95 billion yen this year.\n")
    targets = [f for f in _facts(text) if f.kind == "target"]
    assert targets and targets[0].measure == "operating income", [(t.measure, t.value) for t in targets]


def test_earlier_range_is_not_two_outlooks():
    text = ("# Brightmesh Networks raises outlook\n\nBrightmesh Networks now expects 2026 revenue of $2.3 billion "
            "to $2.4 billion, up from the $2.1 billion to $2.2 billion range it gave in May.\n")
    obs = _obs(_facts(text))
    assert not any(o.value in (Decimal("2100000000"), Decimal("2200000000")) and o.value_max is None for o in obs), \
        [(o.measure, o.value, o.value_max) for o in obs]
    prev = [o for o in obs if o.value == Decimal("2100000000") and o.value_max == Decimal("2200000000")]
    assert prev and prev[0].measure.startswith("previous"), [(o.measure, o.value, o.value_max) for o in obs]


def test_margin_with_the_figure():
    text = ("# Fjellvik Kraft Q2\n\nFjellvik Kraft ASA reported second-quarter 2026 EBITDA of 410 MNOK, with margin "
            "of 22,5 %, and revenue of 1 822 MNOK.\n")
    obs = _obs(_facts(text))
    m = [o for o in obs if o.unit == "percent" and o.value == Decimal("22.5")]
    assert m and m[0].measure == "ebitda margin", [(o.measure, o.value) for o in obs]
    assert any(o.measure == "revenue" and o.value == Decimal("1822000000") and o.unit == "NOK" for o in obs)


def test_space_thousands_before_a_word_in_a_decimal_comma_document():
    from aikg.extract.notation import english
    n = Notation(",")
    assert english("the network had 1 204 000 subscribers, up 38 500 in a year", n) == \
        "the network had 1,204,000 subscribers, up 38,500 in a year"
    # a plain table's run of numbers, and a year before a number, stay apart
    assert english("Net sales 682 573 19", n) == "Net sales 682 573 19"
    assert english("in 2025 300 staff", n) == "in 2025 300 staff"
    # an English document keeps its own reading
    assert english("scored 3 100 points", Notation(".")) == "scored 3 100 points"


def test_ratio_coordinated_with_a_target_is_a_target():
    text = ("# Halcourt Systems: capital markets day\n\nHalcourt Systems said it aims for revenue of €900 million "
            "and an EBITDA margin of at least 28% in 2029. Last year the EBITDA margin was 21%.\n")
    facts = _facts(text)
    targets = {(t.measure, t.value, t.unit) for t in facts if t.kind == "target"}
    assert ("ebitda margin", Decimal("28"), "percent") in targets, targets
    assert not any(o.value == Decimal("28") for o in _obs(facts))


def test_target_on_an_earnings_multiple_is_a_price_target():
    text = ("# Veltrane Semiconductor: initiation\n\nVeltrane Semiconductor Inc. makes power chips for electric cars. "
            "We rate the shares Buy. Our $52 target is based on 30x our calendar 2027 EPS estimate, in line with the "
            "five-year average multiple.\n")
    targets = [f for f in _facts(text) if f.kind == "target"]
    assert targets and all(t.measure == "target price" and t.period is None for t in targets), \
        [(t.measure, t.value, t.period) for t in targets]
