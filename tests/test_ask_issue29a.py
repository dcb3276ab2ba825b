"""Issue 29a: a modifier written before the measure noun narrows it ("What cloud revenue did X
earn", "X's data-centre revenue": the part, not the group's revenue: question.MODIFIED_MEASURE,
answer_check.carries_narrowing "modifier"); a which- or who-question answered from the sentence
that names the thing asked (text_answer.WHICH_ASKED). The articles are written for these tests."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import articles_kg


def test_the_modifier_before_the_measure_noun():
    from aikg.question import MODIFIED_MEASURE, modified_measure
    for q in MODIFIED_MEASURE["examples"]:
        assert modified_measure(q.lower()), q
    for q in MODIFIED_MEASURE["not"]:
        assert modified_measure(q.lower()) == "", q
    assert modified_measure("what data-centre revenue did harbor earn in 2024?") == "data-centre"
    assert modified_measure("how much enterprise cloud revenue did harbor book in q2?") == "enterprise cloud"
    assert modified_measure("what were norvik's gaming sales for fiscal 2026?") == "gaming"
    assert modified_measure("which norvik unit had the largest revenue in 2024?") == ""
    assert modified_measure("what was norvik's fy2024 revenue?") == ""
    assert modified_measure("what is norvik's revenue guidance for 2025?") == ""


def test_a_name_linked_before_the_measure_is_no_modifier():
    from aikg.linking import Hit
    from aikg.question import modified_measure
    unit = Hit("urn:x:seg", "Segment", "Marine Systems", "marine systems")
    assert modified_measure("what was norvik's marine systems revenue in 2024?") == "marine systems"
    assert modified_measure("what was norvik's marine systems revenue in 2024?", [unit]) == ""


def test_a_row_carries_the_modifier_by_its_words_or_its_measure():
    from aikg.answer_check import carries_narrowing, narrowing_words
    assert narrowing_words("data-centre") <= narrowing_words("its data center revenue rose")
    assert narrowing_words("AI-related") == narrowing_words("AI")
    assert narrowing_words("licensing") <= narrowing_words("licence and other revenue")
    lit = ox.Literal
    group = {"measure": lit("revenue"), "amount": lit("5"), "unit": lit("USD"), "quote": lit("Group revenue was $5 billion.")}
    cloud = {"measure": lit("cloud revenue"), "amount": lit("2"), "unit": lit("USD"), "quote": lit("Cloud revenue was $2 billion.")}
    ai = {"measure": lit("ai revenue outlook"), "amount": lit("1"), "unit": lit("USD"), "quote": lit("AI revenue will reach $1 billion.")}
    growth = {"measure": lit("cloud revenue"), "value": lit("12"), "unit": lit("percent"), "quote": lit("Cloud revenue grew 12%.")}
    assert not carries_narrowing([group], "cloud", "modifier")
    assert carries_narrowing([group, cloud], "cloud", "modifier")
    assert carries_narrowing([ai], "AI semiconductor", "modifier")   # one word in the row's own measure
    assert not carries_narrowing([ai], "AI semiconductor", "all")
    assert not carries_narrowing([growth], "cloud", "modifier")      # a rate is no amount ...
    assert carries_narrowing([growth], "cloud", "modifier", change=True)   # ... unless a change is asked
    # a document's file name is not what a row says
    named = dict(group, doc=ox.NamedNode("https://aikg.dev/id/doc/norvik_cloud_results"))
    assert not carries_narrowing([named], "cloud", "modifier")


NORVIK = """Norvik Group reports 2024 results

BERGEN, March 3, 2025 - Norvik Group reported revenue of NOK 9.2 billion for 2024, up 6% from a year earlier.

Norvik Group said demand from shipping customers stayed firm through the year.

Operating income was NOK 1.1 billion in 2024.
"""

HALDEN = """Halden Networks posts record year

TRONDHEIM, February 20, 2025 - Halden Networks reported revenue of NOK 4.1 billion for 2024.

Cloud revenue at Halden Networks was NOK 1.6 billion in 2024, up 31% from 2023.

The ticketing business of Halden Networks, which sells seats for concerts, is led by Mari Solberg.

Halden Networks said field trials of its new radio software will begin in 2026 with Vestkyst Mobil as the first customer.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"norvik_2024.txt": NORVIK, "halden_2024.txt": HALDEN})


def test_a_narrowed_measure_is_not_answered_by_the_whole(kg):
    a = kg.ask("What data-centre revenue did Norvik Group earn in 2024?")
    assert a.status == "no_answer", a.answer
    assert "data-centre" in a.answer and "not the part asked" in a.answer   # the group's figure only as context


def test_the_part_asked_is_answered_by_the_row_that_names_it(kg):
    a = kg.ask("What was Halden Networks' cloud revenue in 2024?")
    assert a.status == "answered", a.answer
    assert "1.6" in a.answer and "4.1" not in a.answer


def test_a_who_question_answered_from_the_sentence_naming_the_person(kg):
    a = kg.ask("Who leads Halden Networks' ticketing business?")
    assert a.status == "answered", a.answer
    assert "Mari Solberg" in a.answer


def test_the_kind_a_which_question_asks_is_named_not_repeated():
    from aikg.text_answer import WHICH_ASKED, entity_asked, kind_asked, names_answer
    for q in WHICH_ASKED["examples"]:
        assert entity_asked(q), q
    assert kind_asked("Which operator will trial Harbor's radio software in 2026?") == "operator"
    assert kind_asked("Which chip company is Brightwell partnering with?") == "chip company"
    assert kind_asked("What was Harbor's revenue?") == ""
    q = "Which carrier will trial Halden Networks' radio software?"
    names = ["halden networks"]
    assert names_answer("Field trials of its radio software will begin in 2026 with Vestkyst Mobil as the first customer.", q, names)
    assert not names_answer("Halden Networks said field trials of its radio software will begin in 2026.", q, names)


def test_a_which_question_answered_from_the_sentence_naming_the_kind_asked(kg):
    a = kg.ask("Which carrier will trial Halden Networks' software?")
    assert a.status == "answered", a.answer
    assert "Vestkyst Mobil" in a.answer
