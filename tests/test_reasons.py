"""Reasons read on the verb lexicon (extract/reasons.py, extract/verbs.py): the cause of a change,
attached to whose change it is. Sentences are our own, in wordings the corpus and the probe sets
use for other facts ("was driven by", "reflected", "was mainly due to", "resulted from")."""
from __future__ import annotations

import pytest

from aikg.extract import reasons, verbs
from aikg.extract.pipeline import extract_text


def _reasons(text: str) -> list[tuple[str, str]]:
    ex = extract_text(text, "t", "t.txt")
    return [(c.subject.label, x.detail) for c in ex.claims for x in c.relations if x.kind == "reason"]


@pytest.mark.parametrize("sense", verbs.LEXICON, ids=lambda s: s.name)
def test_every_lexicon_example_is_found_by_its_own_record(sense):
    assert len(sense.examples) >= 2
    for ex in sense.examples:
        hits = [h.sense.name for rel in verbs.RELATIONS for h in verbs.find(rel, ex)]
        assert sense.name in hits, ex


@pytest.mark.parametrize("text, cause", [
    ("The jump in bookings was driven largely by two large public-sector contracts.", "two large public-sector contracts"),
    ("The cut to the outlook reflected slower orders from carmakers, the company said.", "slower orders from carmakers"),
    ("The drop in profit was chiefly due to a one-off tax charge.", "a one-off tax charge"),
    ("The loss resulted mainly from impairments on two acquisitions.", "impairments on two acquisitions"),
])
def test_the_cause_is_the_phrase_after_the_reason_verb(text, cause):
    got = reasons.read(text)
    assert got is not None and got.cause == cause


@pytest.mark.parametrize("text", [
    "Revenue reflected 20% growth in subscriptions.",          # an equivalence, not a cause
    "The new data centre is due to open in March.",             # a schedule
    "Net income attributable to shareholders was $2 billion.",  # an accounting phrase
    "Forty percent of sales came from Europe.",                  # a share, no change before it
])
def test_equivalences_schedules_and_shares_are_not_reasons(text):
    assert reasons.read(text) is None


def test_an_anaphoric_change_is_the_previous_sentences_company():
    text = ("Brightwell Systems Inc. reported quarterly revenue of $2.1 billion. Brightwell Systems raised its "
            "annual sales forecast to $8 billion. The increase was driven by stronger demand from hospitals.")
    assert ("Brightwell Systems", "stronger demand from hospitals") in _reasons(text)


def test_a_sayer_before_the_change_is_not_its_subject():
    text = ("Larkspur Networks Ltd. said revenue rose 8% to $900 million in the quarter. "
            "Chief financial officer Dana Whitfield said the weaker margin outlook reflects higher memory prices.")
    assert ("Larkspur Networks", "higher memory prices") in _reasons(text)


def test_a_units_change_is_not_filed_as_the_company_reason():
    text = ("Corvane Technologies Ltd. reported revenue of $3 billion for the quarter, up 4%. "
            "Logistics declined 2.5% due to weaker freight volumes in Asia.")
    got = _reasons(text)
    assert ("Corvane Technologies", "weaker freight volumes in Asia") not in got


def test_an_anaphoric_reason_rides_on_the_change_it_explains():
    text = ("Brightwell Systems Inc. reported quarterly revenue of $2.1 billion. Brightwell Systems raised its "
            "annual sales forecast to $8 billion from $7.5 billion. The increase was driven by stronger demand from hospitals.")
    ex = extract_text(text, "t", "t.txt")
    got = [c for c in ex.claims if any(x.kind == "reason" for x in c.relations)]
    assert len(got) == 1
    c = got[0]
    assert c.predicate == "raise-guidance" and any(v.text == "$8 billion" for v in c.values)
    assert c.evidence.quote.startswith("Brightwell Systems raised") and c.evidence.quote.endswith("hospitals.")


def test_a_decline_read_with_its_basis_between():
    text = "Corvane Technologies Ltd. reported a 3.1% year-on-year decline in net profit to $40 million for the quarter."
    ex = extract_text(text, "t", "t.txt")
    assert [v.direction for c in ex.claims for v in c.values if v.text == "3.1%"] == ["decrease"]


def test_a_measure_of_the_companys_own_keeps_its_reason():
    text = "Corvane Technologies Ltd. reported revenue of $3 billion for the quarter. Free cash flow fell 10% due to higher capital spending."
    assert ("Corvane Technologies", "higher capital spending") in _reasons(text)
