"""Shapes of questions read by the question model rather than by their sentences (issue 16a):
a month typed in lower case ("the december 2024 quarter"), "CEO-wise", "go up against", "what is
X used for", "lumped into X's bucket", a deal asked by its target's name, a source of revenue
or a used part that no row names (no answer), and a capitalised name inside the question (a
name, not a typo: "Carrow" read as "harrow" lost probe11's ranking claim). The article is
written for this test."""
from __future__ import annotations

import pytest

from aikg.linking import Hit
from aikg.question import _question_periods, read
from aikg.typos import correct

ARTICLE = """Norvane Systems posts higher revenue as modem sales climb

OSLO, February 20, 2025 - Norvane Systems reported revenue of $310 million for the full year 2024, up 6%.

Revenue for the quarter ended December 31, 2024 was $84 million, up 11% year on year.

Connectivity revenue was $52 million in the quarter, up 9%, as the company's modems shipped into AI servers for remote management.

Chief Executive Ingrid Solberg said demand from satellite operators stayed strong.

Norvane's platform had 4 million monthly active users at the end of December.

Segmint Research estimates Norvane held about 9% of the overall modem market in 2024 but ranked first in satellite modems, with a 35% share.

Norvane completed the acquisition of Brightwell Labs for $412 million in November 2024.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "norvane.txt", ARTICLE)


def hit(kind, label, start, end, matched=None):
    return Hit(f"urn:x:{label}", kind, label, matched or label.lower(), 100.0, start, end)


def test_a_lower_case_month_names_the_quarter_it_ends():
    (p,) = _question_periods("what was the revenue in the december 2024 quarter?")
    assert (p.start.isoformat(), p.end.isoformat()) == ("2024-10-01", "2024-12-31")
    # "may" is read as a month only before a day or a year
    assert [p.kind for p in _question_periods("how may revenue grow in 2025?")] == ["year"]


def test_the_quarter_asked_in_lower_case_is_answered_not_the_year(kg):
    a = kg.ask("what was norvane's revenue in the december 2024 quarter?")
    assert a.status == "answered" and "84 million" in a.answer and "310" not in a.answer, a.answer


def test_a_wise_suffix_asks_about_its_word(kg):
    a = kg.ask("who's running norvane these days, CEO-wise?")
    assert a.status == "answered" and "Ingrid Solberg" in a.answer, a.answer


def test_going_up_against_asks_for_competitors():
    qm = read("who does norvane go up against at home?", [hit("Company", "Norvane Systems", 3, 4, "norvane")])
    assert qm.wants == "Company" and qm.predicate == "compete"


def test_what_a_thing_is_used_for_asks_for_its_uses():
    qm = read("what are norvane's kestrel models used for?", [hit("Company", "Norvane Systems", 2, 3, "norvane")])
    assert qm.wants == "use"


def test_what_is_lumped_into_a_segment_lists_it():
    seg = hit("Segment", "All Others", 7, 9, "all others")
    qm = read("so what gets lumped into norvane's all others bucket?", [hit("Company", "Norvane Systems", 6, 7, "norvane"), seg])
    assert qm.form == "list" and qm.about == seg


def test_a_deal_asked_by_its_target_binds_the_target(kg):
    from aikg.question import deal_objects
    target = hit("Company", "Brightwell Labs", 5, 7, "brightwell labs")
    assert deal_objects("how much was paid for brightwell labs?", [target]) == [target]
    assert deal_objects("how much did brightwell labs invest?", [target]) == []
    a = kg.ask("How much was paid for Brightwell Labs?")
    assert a.status == "answered" and "412 million" in a.answer, a.answer


def test_a_source_of_revenue_no_row_names_is_not_answered(kg):
    # the sentence names AI servers as where the modems went, not as what the revenue came from
    a = kg.ask("How much revenue did Norvane make from AI servers?")
    assert a.status == "no_answer", a.answer


def test_users_of_a_part_no_row_names_are_not_the_company_users(kg):
    a = kg.ask("How many users use Norvane's AI assistants?")
    assert a.status == "no_answer", a.answer
    assert kg.ask("How many monthly active users does Norvane's platform have?").status == "answered"


def test_a_capitalised_name_inside_the_question_is_no_typo():
    assert "Segmint Research" in correct("What share does Acme hold according to Segmint Research?")



FISCAL = """Tarnwick Devices revenue flat in fiscal second quarter

PORTLAND, Ore., August 5, 2025 - Tarnwick Devices reported revenue of $91.5 million for the second quarter of fiscal 2025 (the quarter ended June 28, 2025), flat from a year earlier.
"""


def test_when_a_fiscal_period_ended_is_the_date_its_figures_are_dated_to(tmp_path_factory):
    from conftest import article_kg
    from aikg.period_dates import asked_bound
    assert asked_bound("When did Tarnwick's second quarter of fiscal 2025 end?") == ("Q2 FY2025", "end")
    assert asked_bound("When did Tarnwick launch its second chip?") is None
    kg = article_kg(tmp_path_factory, "tarnwick.txt", FISCAL)
    a = kg.ask("When did Tarnwick Devices' second quarter of fiscal 2025 end?")
    assert a.status == "answered" and "June 28, 2025" in a.answer, a.answer
