"""Answers the graph already holds (issue 12, brief 31a): a company said without its generic tail
when its label and an alias share the head word, a measure's initials that name no entity
("EBITDA margin"), the guidance asked with no measure (every figure it sets), cost as a verb
("expect X to cost"), a method asked ("how will X finance Y"), the source party and numbered
parts in every lane, one registry of spending words. The articles are written for this test."""
from __future__ import annotations

import pytest

from conftest import articles_kg

# a company with an alias sharing its head word ("Brevik Group", also "Brevik SE"), and a
# stray company whose label ends with the same word
BREVIK = """Brevik Group lifts margin, confirms full-year guidance

MUNICH, October 30, 2025 - Brevik Group (Brevik SE) reported third-quarter results on Thursday.

Brevik Group's revenue rose 12% to EUR 210.0 million in the third quarter of 2025. EBITDA was EUR 66.2 million, an EBITDA margin of 31.5%.

Chief financial officer Anna Lund confirmed the full-year 2025 guidance: revenue growth of 10% to 12% and an EBITDA margin of about 32%.

Outlook Brevik: the board will meet again in March.
"""

# a quarter's results and the next quarter's guidance, given without a year
CORVANE = """Corvane Optics beats estimates, guides higher

AUSTIN, October 22, 2025 - Corvane Optics reported third-quarter 2025 revenue of USD 512 million, up 9% from a year earlier.

Corvane Optics guided fourth-quarter revenue of USD 540 million, plus or minus 4%.
"""

# an investment whose financing the article does not give, and one it does
KESTREL = """Kestrel Telecom to buy Sorrel Fibre for EUR 400 million

LISBON, June 3, 2025 - Kestrel Telecom agreed to buy Sorrel Fibre for EUR 400 million, the company said on Tuesday.

Kestrel Telecom expects the deal to close in the fourth quarter of 2025.

Kestrel Telecom will invest EUR 120 million in its Porto data centre over the next three years.

Kestrel Telecom expects capital expenditure of about EUR 300 million for 2025.
"""

HALDEN = """Halden Systems agrees purchase of Moray Labs

STOCKHOLM, February 11, 2025 - Halden Systems will pay SEK 900 million for Moray Labs.

Halden Systems will finance the purchase with a new bond of SEK 600 million and cash on hand.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"brevik.txt": BREVIK, "kestrel.txt": KESTREL, "halden.txt": HALDEN, "corvane.txt": CORVANE})


# --- linking: the head word of a company whose label and alias share it


def test_a_head_word_shared_by_one_entitys_label_and_alias_links():
    from aikg.linking import LabelIndex
    idx = LabelIndex([("urn:x:brevik", "Company", "Brevik Group", True), ("urn:x:brevik", "Company", "Brevik SE", False),
                      ("urn:x:other", "Company", "Outlook Brevik", True)])
    hits = idx.find_in("What was Brevik's revenue in 2025?")
    assert [h.iri for h in hits] == ["urn:x:brevik"]
    # two entities with that head: no guess
    idx = LabelIndex([("urn:x:a", "Company", "Brevik Group", True), ("urn:x:b", "Company", "Brevik Systems", True)])
    assert idx.find_in("What was Brevik's revenue in 2025?") == []


# --- a measure's head and its kind; the guidance axis


def test_an_ebitda_margin_asked_is_answered_by_the_margin(kg):
    a = kg.ask("What EBITDA margin did Brevik report for the third quarter of 2025?")
    assert a.status == "answered" and "31.5" in a.answer, a.answer
    assert "66.2" not in a.answer, a.answer   # the EBITDA amount is another measure


def test_the_guidance_asked_without_a_measure_is_every_figure_it_sets(kg):
    a = kg.ask("What is Brevik's guidance for fiscal 2025?")
    assert a.status == "answered", a.answer
    assert "32" in a.answer and "10%" in a.answer, a.answer


def test_actual_asked_is_not_answered_by_the_outlook(kg):
    a = kg.ask("What EBITDA margin did Brevik report for the third quarter of 2025?")
    assert "32%" not in a.answer, a.answer


# --- cost as a verb


def test_cost_as_a_verb_narrows_to_the_thing_costed():
    from aikg.question import narrowing
    assert narrowing("how much does kestrel expect the porto build-out to cost?") == ("porto build-out", "all")
    assert narrowing("how much will kestrel's new porto campus cost?") == ("kestrel's new porto campus", "all")
    # a deal's cost is its price (the deal answers), and "it" names nothing
    assert narrowing("how much did the sorrel acquisition cost?") == ("", "")
    assert narrowing("and how much was it going to cost?") == ("", "")


def test_an_outlook_of_the_company_is_not_the_cost_of_a_thing(kg):
    a = kg.ask("How much does Kestrel Telecom expect the integration of Sorrel Fibre to cost?")
    assert a.status == "no_answer", a.answer


# --- a method asked


def test_a_method_asked_is_read():
    from aikg.question import method_asked
    assert method_asked("how will kestrel telecom finance the sorrel deal?")
    assert method_asked("how does halden plan to fund the purchase?")
    assert method_asked("how are the new data centres being funded?")
    assert not method_asked("how much will kestrel pay for sorrel fibre?")
    assert not method_asked("how is the joint venture's ownership split?")


def test_a_method_not_stated_is_no_answer(kg):
    a = kg.ask("How will Kestrel Telecom finance the Sorrel Fibre acquisition?")
    assert a.status == "no_answer", a.answer


def test_a_method_stated_is_answered(kg):
    a = kg.ask("How will Halden Systems finance the purchase of Moray Labs?")
    assert a.status == "answered" and "bond" in a.answer.lower(), a.answer


# --- the investment's object ends at the question's period


def test_the_invested_object_ends_at_a_period_or_duration():
    from aikg.question import invested_object
    assert invested_object("How much will Kestrel invest in its Porto data centre over the next three years?", [])[0] == "Porto data centre"
    assert invested_object("How much is Kestrel investing in its Porto data centre in Q3 2025?", [])[0] == "Porto data centre"
    assert invested_object("How much did Kestrel invest in fibre during fiscal 2024?", [])[0] == "fibre"
    assert invested_object("How much will Kestrel invest in new towers through 2030?", [])[0] == "towers"


def test_an_investment_with_its_period_is_answered(kg):
    a = kg.ask("How much will Kestrel Telecom invest in its Porto data centre over the next three years?")
    assert a.status == "answered" and "120" in a.answer, a.answer


# --- one registry of spending words


def test_the_spending_words_are_one_registry():
    from aikg import answer_check, question, spending_words
    assert question.SPENT is spending_words.SPENT
    assert answer_check.INVESTING is spending_words.INVESTING
    assert answer_check.MEASURES_ANSWERED["investments"] is spending_words.INVESTMENT_MEASURES
    assert question.SPENT.search("how much did the start-up raise?")
    assert answer_check.INVESTING.search("what is its investment plan?")
    assert not question.SPENT.search("what is its investment plan?")   # a noun, no verb of spending
    assert spending_words.INVESTMENT_MEASURES.search("capital expenditure")


# --- the lane checks in every lane


def test_a_numbered_part_is_checked_on_typed_facts():
    from types import SimpleNamespace
    from aikg.ask import _misfit
    from aikg.question import read
    q = "How much will Kestrel invest in phase 2 of the Porto campus?"
    row = {"amount": SimpleNamespace(value="120000000"), "quote": SimpleNamespace(value="Kestrel will invest EUR 120 million in phase 1 of the Porto campus.")}
    assert "phase 2" in _misfit(read(q, []), "investments", [row], q, [])


def test_the_source_party_is_no_subject_in_the_claims_lane():
    from aikg.question import source_parties
    from aikg.linking import Hit
    sorrel = Hit("urn:x:sorrel", "Company", "Sorrel Fibre", "sorrel fibre", 100.0, 3, 5)
    analyst = Hit("urn:x:analyst", "Company", "Tarn Research", "tarn research", 100.0, 11, 13)
    assert source_parties("What was Sorrel Fibre's 2024 revenue according to Tarn Research?", [sorrel, analyst]) == [analyst]


# --- a company stored under its acronym, asked by its spelled-out name


def test_a_name_spelling_a_stored_acronym_links():
    from aikg.linking import LabelIndex
    idx = LabelIndex([("urn:x:kpb", "Company", "KPB", True), ("urn:x:intl", "Segment", "international", True),
                      ("urn:x:nsc", "Company", "NSC", True)])
    # a short first word and the others' initials ("KP Bank" is KPB)
    assert [h.iri for h in idx.find_in("What was KP Bank's revenue in 2025?")] == ["urn:x:kpb"]
    # every word's initial ("Nordic Satellite Company" is NSC)
    assert [h.iri for h in idx.find_in("Who is the CEO of Nordic Satellite Company?")] == ["urn:x:nsc"]
    # lower-case words are no name: they spell no acronym ("automotive business bring" is no ABB)
    idx2 = LabelIndex([("urn:x:abb", "Company", "ABB", True), ("urn:x:q", "Company", "Qorvane", True)])
    assert [h.iri for h in idx2.find_in("What did Qorvane's automotive business bring in?")] == ["urn:x:q"]
    # words that spell no stored acronym stay as they are (the segment named alone)
    assert [h.iri for h in idx.find_in("What was revenue of the international segment?")] == ["urn:x:intl"]


def test_guidance_given_as_growth_answers_the_guidance_asked():
    from types import SimpleNamespace
    from aikg.answer_check import fits
    from aikg.question import read
    row = {"measure": SimpleNamespace(value="service revenue outlook"), "change": SimpleNamespace(value="3")}
    assert fits(read("What is Kestrel's 2026 outlook for service revenue?", []), "figures", [row])
    # a revision asked is the guidance change's
    assert not fits(read("How did Kestrel revise its 2026 outlook for service revenue?", []), "figures", [row])
    # a reported figure asked is not answered by a change alone
    assert not fits(read("How much service revenue did Kestrel report in 2025?", []), "figures",
                    [{"measure": SimpleNamespace(value="service revenue"), "change": SimpleNamespace(value="3")}])


# --- a measure that names its quarter


def test_a_measure_naming_its_quarter_dates_an_undated_row():
    from types import SimpleNamespace
    from datetime import date
    from aikg.period_fit import measure_quarter, quarter_of
    assert measure_quarter({"measure": SimpleNamespace(value="fourth-quarter revenue outlook")}) == "q4"
    assert measure_quarter({"measure": SimpleNamespace(value="second quarter operating profit")}) == "q2"
    assert measure_quarter({"measure": SimpleNamespace(value="revenue outlook")}) is None
    assert quarter_of(SimpleNamespace(start=date(2025, 10, 1), end=date(2025, 12, 31))) == "q4"
    assert quarter_of(SimpleNamespace(start=date(2025, 1, 1), end=date(2025, 6, 30))) is None


def test_a_quarters_guidance_is_answered_by_the_outlook_naming_it(kg):
    a = kg.ask("What revenue guidance did Corvane Optics give for the fourth quarter of 2025?")
    assert a.status == "answered" and "540" in a.answer, a.answer
    a = kg.ask("What revenue guidance did Corvane Optics give for the first quarter of 2026?")
    assert "540" not in a.answer, a.answer


def test_a_value_given_as_a_charge_is_not_the_measure_filed():
    from types import SimpleNamespace as N
    from aikg.narrowing import charged_value
    row = {"valueText": N(value="EUR 40 million"), "measure": N(value="operating profit"),
           "quote": N(value="Operating profit fell, mainly because of a EUR 40 million write-down of legacy stock.")}
    assert charged_value(row)
    row["measure"] = N(value="inventory write-down")
    assert not charged_value(row)
    assert not charged_value({"valueText": N(value="EUR 40 million"), "measure": N(value="operating profit"),
                              "quote": N(value="Operating profit was EUR 40 million.")})
