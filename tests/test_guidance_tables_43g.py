"""Guidance tables and brackets (issue43g): a table with a new and a previous guidance column gives each row's
outlook and previous outlook for the year its header or heading names, never the quarter reported on (ruled
or set out in aligned plain text, bare figures under a label's unit note); a margin row keeps the margin; a
row's change claim says raised, cut or reiterated; a guided figure with its earlier value in a bracket
("(previously …)") is the outlook and the previous outlook, a change claim raised or cut as they show; ask
reads "what was it before" and "from what to what" as the earlier guidance asked with the new one.
Invented documents, our own words."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text


def _ex(text: str):
    return extract_text(text, "d", "d.txt")


def _obs(ex):
    return [f for f in ex.facts if f.kind == "observation"]


def _by(fs, measure):
    return [f for f in fs if f.measure == measure]


def _moves(ex):
    return [x.detail for c in ex.claims for x in c.relations if x.kind == "guidance_change"]


ALIGNED = """ASX ANNOUNCEMENT
Tarrowby Systems Limited
14 August 2027

TARROWBY LIFTS FY28 GUIDANCE AFTER A RECORD FIRST QUARTER

Tarrowby Systems Limited ("Tarrowby") reports unaudited revenue of $41.2m for the first quarter of FY28
(the three months to 30 September 2027).

Revised FY28 guidance
                          Updated guidance        Prior guidance (2 June 2027)
Revenue                   $172m - $178m           $160m - $170m
EBITDA                    $22m - $25m             $22m - $25m

The revision reflects two hospital contracts signed in July.
"""


def test_aligned_guidance_table_rows_are_the_years_outlook_and_previous_outlook():
    ex = _ex(ALIGNED)
    fs = _obs(ex)
    new, old = _by(fs, "revenue outlook"), _by(fs, "previous revenue outlook")
    assert new and new[0].value == Decimal("172000000") and new[0].value_max == Decimal("178000000")
    assert old and old[0].value == Decimal("160000000") and old[0].value_max == Decimal("170000000")
    assert new[0].period is not None and new[0].period.label == "FY2028" and old[0].period == new[0].period
    # the EBITDA guidance is no result of the quarter
    assert not [f for f in fs if f.measure == "ebitda"]
    assert _by(fs, "ebitda outlook") and _by(fs, "previous ebitda outlook")
    assert sorted(_moves(ex)) == ["raise", "reiterate"]


RULED = """Quellmark Telecom reports results for the third quarter of 2027

Dubai, 28 October 2027 – Quellmark Telecom PJSC ("Quellmark") said revenue rose 5.2% to AED 2,410 million in the
third quarter of 2027.

Outlook for 2027

| Measure | Revised outlook | Original outlook |
|---|---|---|
| Revenue (AED m) | 9,500–9,700 | 9,300–9,600 |
| Revenue growth | 5% – 6% | 3% – 4% |
| EBITDA margin | about 41% | about 42% |

Quellmark will hold a call for analysts today.
"""


def test_ruled_guidance_table_keeps_margins_growth_and_bare_figures_of_a_unit_note():
    ex = _ex(RULED)
    fs = _obs(ex)
    m = _by(fs, "ebitda margin outlook")
    assert m and m[0].value == Decimal("41") and m[0].unit == "percent" and m[0].period.label == "2027"
    assert _by(fs, "previous ebitda margin outlook")[0].value == Decimal("42")
    g = [f for f in _by(fs, "revenue outlook") if f.change is not None]
    assert g and g[0].change == Decimal("5") and g[0].change_text == "5% – 6%"
    amounts = [f for f in _by(fs, "revenue outlook") if f.value is not None]
    assert amounts and amounts[0].value == Decimal("9500000000") and amounts[0].unit == "AED"
    assert [f.value for f in _by(fs, "previous revenue outlook") if f.value is not None] == [Decimal("9300000000")]
    assert "cut" in _moves(ex) and "raise" in _moves(ex)


def test_a_table_of_results_with_a_prior_year_column_is_no_guidance_table():
    ex = _ex("Brastholm AB interim report\n\n| SEK m | Q3 2027 | Prior year |\n|---|---|---|\n| Net sales | 1,210 | 1,105 |\n"
             "| EBIT | 140 | 122 |\n")
    assert not [f for f in _obs(ex) if f.measure.endswith("outlook")]


def test_bracketed_previous_value_of_a_guided_margin_and_growth():
    ex = _ex("Vellacourt Software A/S updates its outlook for 2027\n\n"
             "Vellacourt Software A/S now expects an EBITDA margin of 31-34% (previously: 28-31%) for 2027.\n\n"
             "Revenue growth is now expected at 12-15% (previously 8-11%).\n")
    fs = _obs(ex)
    new, old = _by(fs, "ebitda margin outlook"), _by(fs, "previous ebitda margin outlook")
    assert new and new[0].value == Decimal("31") and old and old[0].value == Decimal("28") and old[0].value_max == Decimal("31")
    g = _by(fs, "previous revenue outlook")
    assert g and g[0].change_text == "8-11%" and _by(fs, "revenue outlook")[0].change_text == "12-15%"
    assert "change" not in _moves(ex) and "raise" in _moves(ex)


def test_a_previous_year_in_a_bracket_is_no_earlier_guidance():
    ex = _ex("Ostrava Pumps a.s. expects an EBIT margin of 9% for 2027. The EBIT margin was 8.7% in 2026 (previous year: 7.9%).\n")
    assert not [f for f in _obs(ex) if f.measure.startswith("previous ")]


def test_earlier_guidance_asked_as_before_and_from_what():
    from aikg.earlier_guidance import asked, both_asked
    q = "What is Tarrowby's FY28 revenue guidance now and what was it before?"
    assert asked(q) and both_asked(q)
    q = "Vellacourt raised its EBITDA margin outlook for 2027 from what to what?"
    assert asked(q) and both_asked(q)
    q = "Vellacourt raised its 2027 margin guidance to what, from what?"
    assert asked(q) and both_asked(q)
    assert not asked("What revenue does Tarrowby expect for FY28?")
