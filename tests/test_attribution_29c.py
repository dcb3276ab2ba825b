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


def _with_subjects(text: str) -> tuple[list, set]:
    """The article's observations and the labels of their subjects."""
    obs = _obs(text)
    return obs, {o.subject.label for o in obs if o.subject is not None}


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
    obs, subjects = _with_subjects(CLAUSE_LABELS)
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


ROUNDUP_LINE = (
    "Marlow Commerce wraps up its season\n\n"
    "SANTIAGO, 2 December 2031 -- Marlow Commerce reported third-quarter revenue of US$2.1 billion, up 18%.\n\n"
    "ELSEWHERE\n\n"
    "- Quebrada: the Peruvian retailer posted third-quarter revenue of PEN 4.2 billion.\n"
)


def test_a_national_adjective_is_no_company():
    ex = extract_text(ROUNDUP_LINE, "doc1", "a.txt")
    labels = {e.label for e in ex.entities}
    assert "Peruvian" not in labels
    assert not any(f.subject is not None and f.subject.label == "Peruvian" for f in ex.facts if f.kind == "observation")


SUBSIDIARY_ADVERB = (
    "Harrowgate Industries: first-quarter results\n\n"
    "MUMBAI, 25 July 2031 -- Harrowgate Industries reported first-quarter revenue of Rs 61,000 crore, up 15%.\n\n"
    "The technology segment consolidates two listed subsidiaries. Kelvantra separately reported quarterly "
    "revenue of Rs 9,100 crore.\n"
)


def test_a_named_subject_with_an_adverb_keeps_its_figure_off_the_parent():
    ex = extract_text(SUBSIDIARY_ADVERB, "doc1", "a.txt")
    obs = [f for f in ex.facts if f.kind == "observation"]
    parent = {o.value for o in obs if o.subject is not None and o.subject.label == ex.company}
    assert Decimal("91000000000") not in parent
    assert Decimal("610000000000") in parent


DASH_ASIDE = (
    "Tervola Group annual report thread\n\n"
    "Tervola Group reported 2031 revenue of US$12.0 billion. The Norrvik Mobile segment and the Salmi Telecom segment "
    "both grew.\n\n"
    "Norrvik Mobile grew revenue 9% to US$3.1 billion.\n\n"
    "Digital is the story. \"Digital revenues\" — Salmi Telecom's music app, Norrvik Mobile's video app and "
    "others — grew 45% to US$0.8 billion.\n"
)


def test_names_inside_a_dash_aside_are_not_the_subject():
    obs = _obs(DASH_ASIDE)
    eight = [o for o in obs if o.value == Decimal("800000000")]
    assert eight and all(o.subject.label == "Tervola Group" for o in eight), [(o.subject, o.measure) for o in eight]


def test_a_dash_aside_is_a_hole_of_its_clause():
    from aikg.extract.clauses import split
    t = "Digital revenues — Oskar Pay and others — grew 45% to US$0.8 billion."
    main = split(t)[0]
    assert main.end == len(t) and any(a <= t.index("Oskar") < b for a, b in main.holes)


UNIT_LEAD = (
    "Quorral Cloud revenue jumps 28% as AI demand builds\n\n"
    "SINGAPORE, 14 August 2031 -- Quorral Cloud, the cloud arm of Quorral Corp, said revenue rose 28% to S$1.9 billion "
    "in the second quarter, driven by demand for GPU capacity.\n\n"
    "Quorral Corp, which also owns a bank and a telecoms business, reported group revenue of S$14.2 billion for the quarter. "
    "The parent has two other segments, Quorral Bank and Quorral Mobile.\n\n"
    "Outlook: Quorral Cloud expects revenue growth of about 25% for the full year.\n"
)


def test_a_unit_glossed_as_the_cloud_arm_keeps_its_own_name():
    obs, subjects = _with_subjects(UNIT_LEAD)
    assert not any(s.endswith("arm") for s in subjects), subjects
    growth = [o for o in obs if o.value == Decimal("1900000000")]
    assert growth and growth[0].subject.label == "Quorral Cloud"
    group = [o for o in obs if o.value == Decimal("14200000000")]
    assert group and group[0].subject.label != "Quorral Cloud"


def test_an_outlook_label_is_no_unit():
    obs = _obs(UNIT_LEAD)
    assert not any(o.subject is not None and o.subject.label == "Outlook" for o in obs)
