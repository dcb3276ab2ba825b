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


def test_a_sentence_without_giving_the_figure_is_not_given():
    from aikg.text_answer import NOT_GIVEN
    assert NOT_GIVEN.search("Marrow Tools bought a 30% stake in the sensor unit of Deltafen, it said, without giving a price.")
    assert NOT_GIVEN.search("The two firms agreed the deal without disclosing its value.")
    assert not NOT_GIVEN.search("Marrow Tools paid EUR 45 million for the stake, without any debt.")


def test_a_value_the_question_gives_is_not_the_answer():
    from aikg.text_answer import _figure_near
    q = "What price did Marrow Tools pay for its 30% stake in Deltafen's sensor unit?"
    assert not _figure_near(q, "Marrow Tools bought a 30% stake in the sensor unit of Deltafen last week.")
    assert _figure_near(q, "The 30% stake cost EUR 45 million, Marrow Tools said.")


def test_who_holds_a_role_needs_the_role_asked_not_a_synonym():
    from aikg.text_answer import _role_fits
    q = "Who is the CEO of Pellora?"
    assert not _role_fits(q, "Pellora will raise $90 million, chief financial officer Ana Brix said.", "Person")
    assert _role_fits(q, "Pellora's chief executive Ana Brix said the plant opens in May.", "Person")
    assert _role_fits("Who leads Pellora?", "Pellora's CEO Ana Brix said the plant opens in May.", "Person")
    assert _role_fits(q, "Pellora will raise $90 million, chief financial officer Ana Brix said.", "amount")


def test_a_units_measure_is_not_the_company_measure_asked():
    from aikg.text_answer import _figure_near
    q = "How much revenue did Pellora make from data centres?"
    assert not _figure_near(q, "Networking revenue was $31 million, as its switches went into data centres.", ["pellora"])
    assert not _figure_near("What were Pellora's sales in 2024?", "The supplier's sales reached EUR 2 billion in 2024.", ["pellora"])
    assert _figure_near("What were Pellora's sales in 2024?", "Pellora's 2024 sales reached EUR 2 billion.", ["pellora"])
    assert _figure_near("What were Pellora's sales in 2024?", "The company's sales reached EUR 2 billion in 2024.", ["pellora"])
    assert _figure_near("What was Pellora's revenue from networking?", "Networking revenue was $31 million.", ["pellora"])
    assert _figure_near("What operating loss did Pellora report?", "It booked an operating loss of $9 million.", ["pellora"])
