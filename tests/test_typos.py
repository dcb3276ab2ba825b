"""A question's own words with a typo are read as the vocabulary word they are one edit or one
swap away from (src/aikg/typos.py); names, inflections and short words are left alone. Typos of
this kind were in the question sets of two testers (tests/data/firstcontact/q13 and probe5)."""
from __future__ import annotations

from aikg import ask
from aikg.typos import correct, suggestion, vocabulary


def test_a_dropped_letter_and_a_swap_are_corrected():
    assert correct("what is the revenue taregt") == "what is the revenue target"
    assert correct("revenue for the december quater") == "revenue for the december quarter"


def test_inflections_short_words_and_known_words_are_not_typos():
    vocab = vocabulary()
    assert suggestion("segments", vocab) is None      # an inflection
    assert suggestion("sells", vocab) is None         # too short to judge
    assert suggestion("revenue", vocab) is None       # known
    assert suggestion("zzzzzzzz", vocab) is None      # nothing near


def test_names_in_the_store_are_kept():
    assert correct("Quater Holdings revenue", known=lambda w: w == "quater") == "Quater Holdings revenue"


def test_ask_reads_a_question_with_a_typo_like_the_spelled_one(bundled_kg):
    good = ask.answer(bundled_kg, "What is Alibaba's AI revenue target?")
    typo = ask.answer(bundled_kg, "What is Alibaba's AI revenue taregt?")
    assert good.status == "answered"
    assert (typo.status, typo.answer) == (good.status, good.answer)
