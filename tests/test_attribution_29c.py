"""issue29c: whose figure is it (own-words articles, invented names).

- figures CLAUSE_LABEL: a label that is a clause ("Margins held up:", "The board lifted its outlook:")
  names no unit; the figures after it stay the company's;
- a segment's name as a list label still owns its line's figures (the rule must not over-reach).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract.figures import clause_label
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> list:
    ex = extract_text(text, "doc1", "a.txt")
    return [f for f in ex.facts if f.kind == "observation"]


@pytest.mark.parametrize("label", [
    "Margins held up", "The board lifted its outlook (year to June 2031)", "The big driver is cloud",
    "Costs came down", "Orbel turns the corner", "Bookings were strong"])
def test_a_clause_is_a_clause_label(label):
    assert clause_label(label)


@pytest.mark.parametrize("label", [
    "Managed Services", "Connected Devices", "Cloud and managed services", "Advanced Computing",
    "Key numbers", "Outlook", "Pictures", "Integrated Solutions (IS)"])
def test_a_noun_phrase_is_no_clause_label(label):
    assert not clause_label(label)


CLAUSE_LABELS = (
    "Velmora Systems results: a strong year\n\n"
    "DUBLIN, 3 March 2031 -- Velmora Systems reported results for fiscal 2030 on Tuesday.\n\n"
    "The company has two segments, Grid Services and Metering Devices. Grid Services grew fastest.\n\n"
    "Velmora Systems said revenue for fiscal 2030 was EUR 2.4 billion. Margins held up: operating margin was 11.2%, "
    "and earnings per share were EUR 3.10.\n\n"
    "The board lifted its outlook (year to December 2031): revenue to EUR 2.7 billion from EUR 2.6 billion.\n"
)


def test_figures_after_a_clause_label_are_the_companys():
    obs = _obs(CLAUSE_LABELS)
    subjects = {o.subject.label for o in obs if o.subject is not None}
    assert not any("held up" in s or "lifted" in s for s in subjects), subjects
    margin = [o for o in obs if o.value == Decimal("11.2")]
    assert margin and margin[0].subject.label == "Velmora Systems"


UNIT_LABEL = (
    "Velmora Systems results: a strong year\n\n"
    "DUBLIN, 3 March 2031 -- Velmora Systems reported results for fiscal 2030 on Tuesday.\n\n"
    "The company has two segments, Grid Services and Metering Devices.\n\n"
    "- Grid Services: revenue of EUR 1.5 billion, up 9%.\n"
    "- Metering Devices: revenue of EUR 0.9 billion, down 2%.\n"
)


def test_a_units_name_as_a_label_still_owns_its_figures():
    obs = _obs(UNIT_LABEL)
    by_value = {o.value: o.subject.label for o in obs if o.value is not None and o.subject is not None}
    assert by_value.get(Decimal("1500000000")) == "Grid Services"
