"""A name in a closing clause that dates the question by an event ("… after the PPA?") is not a name
the answer must carry (names_asked.EVENT_ANCHOR)."""
from __future__ import annotations

from aikg.linking import Hit
from aikg.names_asked import unknown_names


def _hit(label, matched):
    return Hit(f"urn:x:{label}", "Company", label, matched, 100.0, 0, 1)


def test_the_event_of_a_closing_clause_is_no_name_asked():
    h = [_hit("Norvik", "norvik")]
    assert unknown_names("What is Norvik's 2026-2028 investment plan after the PPA?", h) == []
    assert unknown_names("What was Norvik's forecast before the Tamsin deal?", h) == []


def test_a_name_elsewhere_is_still_asked():
    h = [_hit("Norvik", "norvik")]
    assert unknown_names("What did Norvik pay for the PPA?", h) == ["PPA"]
    assert unknown_names("What was Tamsin's revenue after the merger?", h) == ["Tamsin"]


def test_the_event_of_a_who_question_decides_the_holder():
    assert unknown_names("Who will be Norvik's chair after the 2027 AGM?", [_hit("Norvik", "norvik")]) == ["AGM"]
