"""Issue 21a: question shapes of fresh phrasings, read by the question model (not by text):
a trailing when-clause dates the question and is not what is asked; a deal value (enterprise
value, price) asked with a verb of buying is the deal's amount; a company named only as the
owner of a fiscal period ("in Y's first half of FY2025") is not the entity asked about. The
articles are written for this test."""
from __future__ import annotations

import pytest
from conftest import articles_kg

HALVARD = """Halvard to buy Brightwell for USD 620 million

OSLO, June 3, 2025 - Halvard, a Norwegian contact-centre software company, agreed to buy Brightwell, a speech-analytics start-up, for about USD 620 million.

Brightwell had annual recurring revenue of about USD 48 million in 2024.

Halvard reported revenue of USD 1.9 billion for 2024, up 11%.
"""

ORMSBY = """Ormsby Group interim results for the six months ended August 31, 2024

CAPE TOWN, October 15, 2024 - Ormsby Group reported results for the first half of its 2025 financial year.

Ormsby's revenue for the six months ended August 31, 2024 was USD 2.4 billion.

Its Kestrel Networks segment reported revenue of USD 1.1 billion for the six months ended August 31, 2024, with an EBITDA margin of 3.6%.

Tamsin Lodge acquired Pellow Data in July at an enterprise value of INR 4.1 billion.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"halvard_deal.txt": HALVARD, "ormsby_interim.txt": ORMSBY})


def test_a_when_clause_dates_the_question_and_is_not_the_relation_asked(kg):
    from aikg.question_frame import main_clause
    assert main_clause("what revenue did brightwell have when halvard agreed to buy it?") == "what revenue did brightwell have?"[:-1]
    assert main_clause("by when does halvard expect to close the deal?") == "by when does halvard expect to close the deal?"
    a = kg.ask("What annual recurring revenue did Brightwell have when Halvard agreed to buy it?")
    assert a.status == "answered" and "48 million" in a.answer, a.answer
    assert "620" not in a.answer, a.answer


def test_an_enterprise_value_asked_with_buying_is_the_deals_amount(kg):
    from aikg.question import read
    assert read("at what enterprise value did tamsin lodge buy pellow data?", ()).measures == ()
    a = kg.ask("At what enterprise value did Tamsin Lodge buy Pellow Data?")
    assert a.status == "answered" and "4.1 billion" in a.answer, a.answer


def test_a_company_named_as_the_owner_of_a_fiscal_period_is_not_asked_about(kg):
    a = kg.ask("What was Kestrel Networks' EBITDA margin in Ormsby's first half of FY2025?")
    assert a.status == "answered" and "3.6" in a.answer, a.answer
    assert a.basis == "fact" and a.answer.startswith("Kestrel Networks"), a.answer   # the segment's figure, not a claim about Ormsby


VELLOCH = """Keel Cloud earns top marks from analysts

SINGAPORE, May 6, 2025 - Keel Cloud, the cloud arm of Keel Group, was named a leader in 19 of 25 criteria by Gartner, and was ranked first in data-centre efficiency by Canalys.

Keel Group narrowed its full-year 2025 capex outlook to $8 billion-$9 billion, from $7 billion-$9 billion.
"""


@pytest.fixture(scope="module")
def kg2(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"keel_review.txt": VELLOCH})


def test_the_source_of_a_ranking_named_as_its_verbs_subject_is_not_asked_about(kg2):
    a = kg2.ask("In how many of the 25 criteria did Gartner name Keel Cloud a leader?")
    assert a.status == "answered" and "19 of 25" in a.answer, a.answer   # not "no leader of Gartner"


def test_a_value_before_a_change_of_guidance_asks_about_guidance(kg2):
    from aikg.question import read
    from aikg.question_frame import frame
    assert frame(read("what was keel group's 2025 capex range before it was narrowed?", ())).relation == "guidance"
    assert frame(read("what was keel group's 2025 capex?", ())).relation == ""


def test_a_use_asked_with_to_power_or_an_owner_after_it():
    from aikg.question import read
    assert read("what are norvik's fjord models used to power?", ()).wants == "use"
    assert read("what are the fjord models used for at norvik?", ()).wants == "use"
    assert read("what are the fjord models?", ()).wants != "use"


def test_a_names_compound_with_lower_case_words_is_that_name():
    from aikg.names_asked import unknown_names
    from aikg.linking import Hit
    harbor = Hit("urn:x:harbor", "Company", "Harbor", "harbor", 1.0, 4, 5)
    keel = Hit("urn:x:keel", "Company", "Keel", "keel", 1.0, 2, 3)
    assert unknown_names("Why is Keel closing the Harbor-powered sites?", [keel, harbor]) == []
    assert unknown_names("Why is Keel closing the Velmar-powered sites?", [keel]) == ["Velmar"]
    assert unknown_names("How fast are AI-driven services growing?", []) == ["AI-driven"]   # a generic word's compound stays a term


def test_a_calendar_owner_only_after_in_and_a_rankings_source_only_with_a_ranking_verb_or_position():
    from aikg.ask import _calendar_owners, _rankers
    from aikg.linking import Hit
    keel = Hit("urn:x:keel", "Company", "Keel", "keel", 1.0, 0, 1)
    harbor = Hit("urn:x:harbor", "Company", "Harbor", "harbor", 1.0, 2, 3)
    assert _calendar_owners("What was Keel's margin in Harbor's first half of FY2025?", [keel, harbor]) == [keel]
    assert _calendar_owners("How did Keel's revenue compare with Harbor's Q2 revenue?", [keel, harbor]) == [keel, harbor]
    assert _rankers("What did Harbor rank Keel first in?", [harbor, keel]) == [keel]
    assert _rankers("Did Harbor name Keel a leader?", [harbor, keel]) == [keel]
    assert _rankers("Did Harbor name Keel a partner?", [harbor, keel]) == [harbor, keel]
