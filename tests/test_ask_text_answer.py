"""`ask` answers from a quoted sentence when no fact or claim of the graph does (text_answer):
an invented floor report about a start-up the gazetteer does not know, whose figures the
sentences give with "Its" and "the start-up" while a supplier with its own name is the subject
of other sentences (the shape of the unseen sets where the article's company was never a node)."""
import pytest

from conftest import articles_kg

FLOOR_REPORT = """Show floor: Quillon Labs pulls a crowd at Busan Chip Week

BUSAN, 14 May 2025 - The busiest booth on the second day belonged to Quillon Labs, the Daejeon start-up whose inference accelerator has been sampling with two cloud providers since March.

Founded in 2019 by former Samsung Electronics engineers, the start-up still relies on Hanbit Semiconductor to fabricate its first-generation chip; Hanbit Semiconductor itself reported memory sales of KRW 41 trillion last year.

Its audited accounts show 2024 turnover of KRW 8.4 billion, against an operating loss of KRW 52.7 billion, as it spent on a second-generation design.

The company declined to say how much revenue its cloud evaluations have generated so far.

Samsung Electronics said it expects to ship the second-generation part in the fourth quarter.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"quillon_floor_report.txt": FLOOR_REPORT})


def test_a_figure_filed_on_no_company_is_answered_from_its_sentence(kg):
    from aikg.ask import answer
    a = answer(kg, "What operating loss did Quillon Labs report for 2024?")
    assert a.status == "answered", a.answer
    assert "52.7 billion" in a.answer
    assert a.basis in ("text", "fact", "claim")
    assert a.sources and a.sources[0]["document"] == "quillon_floor_report"


def test_the_text_answer_needs_the_period_asked():
    from aikg.text_answer import _period_fits
    assert _period_fits("What was X's turnover in 2024?", "Its accounts show 2024 turnover of KRW 8.4 billion.")
    assert not _period_fits("What was X's turnover in 2023?", "Its accounts show 2024 turnover of KRW 8.4 billion.")
    assert not _period_fits("What was X's revenue in Q3 2025?", "Revenue rose 12% in 2025.")
    assert _period_fits("What was X's revenue in the third quarter of 2025?", "Q3 2025 revenue was EUR 1.2 billion.")
    assert not _period_fits("What revenue does X expect for the December 2025 quarter?", "X reported record revenue in 2025.")


def test_a_sentence_saying_the_figure_is_not_given_is_no_answer(kg):
    from aikg.ask import answer
    a = answer(kg, "How much revenue have Quillon Labs' cloud evaluations generated?")
    assert a.status == "no_answer", a.answer


def test_a_sentence_about_another_period_is_no_answer(kg):
    from aikg.ask import answer
    a = answer(kg, "What operating loss did Quillon Labs report for 2022?")
    assert a.status == "no_answer", a.answer


def test_every_entity_asked_about_must_be_named(kg):
    from aikg.ask import answer
    a = answer(kg, "How much of Quillon Labs' turnover came from Vietnam in 2024?")
    assert a.status != "answered" or "Vietnam" in a.answer, a.answer


def test_how_many_needs_a_count_of_the_thing_asked():
    from aikg.text_answer import _counts
    assert _counts("How many GPUs are installed in X's AI factory?", "The factory runs 2,000 Nvidia H100 GPUs.")
    assert _counts("How many paying customers does X have?", "X now has 2.3 million paying customers.")
    assert not _counts("How many employees does X have?", "The deal, announced in March 2025, widens X's reach into employee self-service.")
