"""A figure belongs to the unit its sentence names as its owner (unit_figures.py), on invented
sentences: a verb stated once for two units ("… contributed X and the Beta segment Y"), a "By
segment," list whose units carry appositions naming what they hold."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text

GAPPED = """Orvik Instruments: first-quarter sales rise 9%

Research note, 30 July 2031

Orvik Instruments Ltd. (TSE: 9999) reported first-quarter sales of ¥410.0 billion, up 9%. The Wafer Tools (WT) segment contributed ¥380.5 billion of Q1 sales and the Display Tools (DT) Equipment segment ¥29.5 billion.
"""

INTERVIEW = """Halvard Software chief: "Our customers want fewer, bigger platforms"

Halvard Software's chief executive spoke to us in Lyon on 20 June 2031.

Q: How did last year go?

A: In 2030 we generated €5.10 billion of total revenue, up 5% from €4.86 billion. By segment, Engineering -- that is TRAXA, MOLDA and our cloud platform -- brought in €3.00 billion, Health Sciences, which is Clinova and Genlab, €1.20 billion, and Small Business, which is DRAFTIO, €0.90 billion.
"""


def _obs(ex, label):
    return [o for o in ex.facts if o.kind == "observation" and o.subject.label == label]


def test_gapped_conjunct_figure_is_its_units():
    ex = extract_text(GAPPED, "orvik", "orvik.txt")
    dt = [o for o in ex.facts if o.kind == "observation" and o.value == Decimal("29500000000")]
    assert dt and all(o.subject.label == "Display Tools Equipment" for o in dt)
    assert any(o.value == Decimal("380500000000") and o.subject.label == "Wafer Tools" for o in ex.facts if o.kind == "observation")
    assert ("Display Tools Equipment", "Orvik Instruments") in {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}


def test_by_segment_list_figures_and_contents():
    ex = extract_text(INTERVIEW, "halvard", "halvard.txt")
    [hs] = _obs(ex, "Health Sciences")
    assert hs.value == Decimal("1200000000") and hs.unit == "EUR" and hs.measure == "revenue"
    assert hs.period is not None and hs.period.label == "2030"
    [sb] = _obs(ex, "Small Business")
    assert sb.value == Decimal("900000000")
    ins = {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}
    assert {("Clinova", "Health Sciences"), ("Genlab", "Health Sciences"), ("TRAXA", "Engineering"),
            ("DRAFTIO", "Small Business")} <= ins
    # the company's total stays the company's
    assert any(o.subject.label == "Halvard Software" and o.value == Decimal("5100000000") for o in ex.facts if o.kind == "observation")
