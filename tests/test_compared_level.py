"""A ratio's level the sentence compares its figure with, dated by the period right after it
(levels.COMPARED_LEVEL): "Gross margin for 2030 was 12.1%, compared with 12.6% in 2029" keeps
12.6% as the 2029 gross margin; with no period after it ("a year earlier") it stays the
comparison. Invented article."""
from decimal import Decimal

from aikg.extract.levels import COMPARED_LEVEL, compared_level_period
from aikg.extract.pipeline import extract_text

NOTE = """Kestova Systems posts record 2030 results

Harbourline note | 13 March 2031

Kestova Systems, the Taipei-based server maker, reported 2030 results after the market close. Revenue for 2030 was NT$80.0 billion, up 20%. Gross margin for 2030 was 12.1%, compared with 12.6% in 2029, a decline of 0.5 percentage points. Operating margin stood at 8.0% in 2030, compared with 9.5% a year earlier.
"""


def _obs(ex, measure):
    return [f for f in ex.facts if f.kind == "observation" and f.measure == measure]


def test_compared_ratio_level_is_a_level_of_its_own_period():
    ex = extract_text(NOTE, "kestova", "kestova.txt")
    levels = {o.period.label: o.value for o in _obs(ex, "gross margin") if o.value is not None}
    assert levels == {"2030": Decimal("12.1"), "2029": Decimal("12.6")}
    [chg] = [o for o in _obs(ex, "gross margin") if o.change is not None]
    assert chg.direction == "decrease" and chg.period.label == "2030"
    # with no period after it ("a year earlier") the compared level stays the comparison
    assert [o.value for o in _obs(ex, "operating margin")] == [Decimal("8.0")]


def test_compared_level_rule_is_a_record_with_examples_and_two_sources():
    assert len(COMPARED_LEVEL.examples) >= 2 and len(COMPARED_LEVEL.provenance) >= 2
    text = "It was 5%, compared with 6% a year earlier."
    at = text.index("6%")
    assert COMPARED_LEVEL._before.search(text[:at]) is not None
    assert compared_level_period(text, at, at + 2, []) is None   # no period after it: no level of its own
