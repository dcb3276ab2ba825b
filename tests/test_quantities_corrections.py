"""Quantities with their unit and what they count (quantity_units), and values a correction note
names as superseded (corrections), on invented articles."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text

from aikg.extract.values import find_counts

CORRECTED = """Brenlow results

Published: 4 June 2031

OSLO, June 4 (Northwire) - Brenlow ASA said on Wednesday its 2030 revenue was NOK 8.4 billion.

CORRECTION (5 June 2031): An earlier version of this story said Brenlow's revenue was NOK 9.1 billion and that it was selling a 35% stake in Brenlow Edge. Revenue was NOK 8.4 billion. The story also gave the share price rise as 7.3%; the correct figure is 3.7%.
"""

READER_NOTE = """Tallmark Data expands near Porto

Tallmark Data, a Portuguese data-centre operator, said on Monday it had signed a new power contract.

- Tallmark Data said it would open a fourth hall in 2032.
- A reader correction: last week I wrote that Tallmark's hall had 640 MW. It had 610 MW at the end of June.
"""

HALL = """Tallmark opens a hall

Published: 2 May 2031

Tallmark Data, a data-centre operator, said on Friday it had opened its third hall near Porto. The building has 34 megawatts (MW) of IT capacity, of which about 12 MW is in use today.
"""


def _values(ex):
    out = set()
    for c in ex.claims:
        out |= {v.value for v in c.values if v.value is not None}
    for f in ex.facts:
        for k in ("value", "share", "amount"):
            v = getattr(f, k, None)
            if isinstance(v, Decimal):
                out.add(v)
    return out


def test_a_correction_note_drops_the_values_the_earlier_version_gave():
    vals = _values(extract_text(CORRECTED, "brenlow", "brenlow.txt"))
    assert Decimal("9100000000") not in vals and Decimal("35") not in vals and Decimal("7.3") not in vals
    assert Decimal("8400000000") in vals and Decimal("3.7") in vals


def test_a_reader_correction_in_a_bullet_drops_what_the_writer_wrote():
    vals = _values(extract_text(READER_NOTE, "notes", "notes.txt"))
    assert Decimal("640") not in vals


def test_counts_carry_their_unit_and_measure():
    c = find_counts("The lab is building a 70-billion-parameter model on 2,048 Vexa GPUs.")
    assert [(x.value, x.noun, x.measure) for x in c] == [(Decimal("70000000000"), "parameters", "parameters"),
                                                        (Decimal("2048"), "vexa gpus", "vexa gpus")]
    assert c[1].shown == "2,048 Vexa GPUs"
    mw = find_counts("The hall has 18 megawatts (MW) of IT capacity.")[0]
    assert (mw.measure, mw.shown) == ("capacity", "18 megawatts")
    from aikg.extract.quantity_units import quantity
    assert quantity("indian languages") is None


def test_a_power_figure_of_it_capacity_is_a_typed_capacity_and_its_part_in_use_is_not():
    ex = extract_text(HALL, "tallmark", "tallmark.txt")
    caps = {(f.value, f.unit, f.value_text) for f in ex.facts if getattr(f, "measure", None) == "capacity"}
    assert caps == {(Decimal("34"), "MW", "34 megawatts")}
    shown = {v.text for c in ex.claims for v in c.values}
    assert "34 megawatts" in shown


PLAN = """Tallmark plans

Published: 2 May 2031

Tallmark Data, a data-centre operator, intends to build four halls with a combined 0.6 gigawatts (GW) of capacity by 2036, at a cost of about EUR 3 billion. Its rival Quenby Data raised its target to 300 MW, up from its previous target of 250 MW by the end of 2034.
"""


def test_a_power_figure_planned_by_a_year_is_a_capacity_target_of_that_period():
    ex = extract_text(PLAN, "tallmark", "tallmark.txt")
    caps = [(f.measure, f.value, f.unit, f.period.end.year if f.period else None) for f in ex.facts
            if getattr(f, "measure", "").startswith("capacity")]
    assert ("capacity target", Decimal("0.6"), "GW", 2036) in caps
    assert not any(v == Decimal("250") for _, v, _, _ in caps)
