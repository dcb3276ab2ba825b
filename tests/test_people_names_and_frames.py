"""People and roles at first contact (issue 12, branch issue21r), in our own words about invented
companies: names with particles, accents and initials; a unit's leader named in an apposition
("Orbit Hosting, led by chief executive X"); a leader named by what the person runs; founders;
a successor named with "his successor is"; a call's participants and speakers; and the
organisation a title names ("Brindle's chief executive")."""
from __future__ import annotations

from aikg.extract import sentences
from aikg.extract.pipeline import extract_text

HEAD = "Norvane Systems results\n\nOslo, July 20, 2025 — Norvane Systems reported results for the quarter ended June 30, 2025.\n\n"


def _roles(text: str, head: str = HEAD) -> set[tuple]:
    facts = extract_text(head + text + "\n", "t", "t.txt").facts
    return {(f.person.label, f.role, f.organization.label if f.organization else None,
             f.predecessor.label if f.predecessor else None)
            for f in facts if f.kind == "role"}


def test_a_name_with_lower_case_particles_is_kept_whole():
    got = _roles("CEO Marta Ruiz de la Fuente, who joined in 2021, said orders rose.")
    assert ("Marta Ruiz de la Fuente", "CEO", "Norvane Systems", None) in got
    got = _roles("Chief financial officer Pieter van der Berg said costs fell.")
    assert ("Pieter van der Berg", "CFO", "Norvane Systems", None) in got


def test_a_name_with_an_accented_capital_or_a_letter_of_latin_extended_a_is_a_name():
    got = _roles("Norvane Systems chairman Ángel Ortega said the deal would close in May.")
    assert ("Ángel Ortega", "chairman", "Norvane Systems", None) in got
    got = _roles("Norvane Systems was started in 2019 by Piotr Wąsik (CEO, ex-Orbit) and Ola Lind (CTO).")
    assert {("Piotr Wąsik", "founder", "Norvane Systems", None), ("Ola Lind", "founder", "Norvane Systems", None)} <= got


def test_initials_do_not_end_a_sentence():
    assert [s.text for s in sentences.split("Chairman K.T. Lam opened the event. Sales rose.")] == [
        "Chairman K.T. Lam opened the event.", "Sales rose."]


def test_a_title_word_is_not_a_first_name_and_both_titles_are_kept():
    got = _roles("Co-founder Li Wen is chief technology officer.")
    assert {("Li Wen", "co-founder", "Norvane Systems", None), ("Li Wen", "CTO", "Norvane Systems", None)} <= got
    assert not any(g[0].startswith("Co-founder") for g in got)


def test_a_holder_still_in_the_role_and_one_appointed_to_it():
    assert ("Ana Vale", "CFO", "Norvane Systems", None) in _roles("Ana Vale is still the CFO.")
    got = _roles("Ivo Marsh was appointed CFO in January 2025, succeeding Tora Lund.")
    assert ("Ivo Marsh", "CFO", "Norvane Systems", "Tora Lund") in got


def test_a_units_leader_named_in_an_apposition_is_the_units():
    got = _roles("Orbit Hosting, led by chief executive Tom Brand, sells managed networks. Revenue rose 4%.")
    assert ("Tom Brand", "CEO", "Orbit Hosting", None) in got
    assert not any(g[0] == "Tom Brand" and g[2] == "Norvane Systems" for g in got)


def test_a_title_owned_by_a_named_organisation_is_that_organisations():
    got = _roles("Dennis Oak, Brindle's chief executive, said the unit would grow.")
    assert ("Dennis Oak", "CEO", "Brindle", None) in got
    got = _roles("Rina Vale, President Director of Kestrana, added that demand was strong.")
    assert ("Rina Vale", "president", "Kestrana", None) in got


def test_his_successor_is_names_the_new_holder_of_the_role_the_one_before_ran():
    got = _roles("Tomas Berg, who ran Norvane Systems for a decade, stepped down at the end of 2024. "
                 "His successor is Lena Holm, who came from a rival.")
    assert ("Tomas Berg", "head", "Norvane Systems", None) in got
    assert ("Lena Holm", "head", "Norvane Systems", "Tomas Berg") in got


def test_a_leader_who_has_run_the_company_keeps_the_title_stated_with_the_name_and_the_start():
    facts = extract_text(HEAD + "CEO Ada Stone, who has run the company since 2021, said demand held up.\n", "t", "t.txt").facts
    got = {(f.person.label, f.role, f.organization.label if f.organization else None, f.status, f.since)
           for f in facts if f.kind == "role"}
    assert ("Ada Stone", "CEO", "Norvane Systems", "current", "2021") in got
    assert not any(g[0] == "Ada Stone" and g[1] == "head" for g in got)


def test_founders_named_in_a_relative_clause_with_their_partners():
    got = _roles("Chief Executive Ivo Marsh, who co-founded the business in 2001 with Lea Stein and Tom Berg, said the plan held.")
    assert {("Ivo Marsh", "co-founder", "Norvane Systems", None), ("Lea Stein", "co-founder", "Norvane Systems", None),
            ("Tom Berg", "co-founder", "Norvane Systems", None)} <= got
    got = _roles("Chief executive Ana Ruiz, who founded the company as a student in 2009, said demand was strong.")
    assert ("Ana Ruiz", "founder", "Norvane Systems", None) in got


def test_a_predecessor_named_with_initials():
    got = _roles("Chief Financial Officer Dana Roe, who succeeded JT McArdle in May 2024, said margins rose.")
    assert ("Dana Roe", "CFO", "Norvane Systems", "JT McArdle") in got


def test_a_calls_participants_and_speakers_hold_their_titles_at_the_company_of_the_call():
    call = ("Norvane Systems Q2 2025 earnings call\n\nParticipants\n"
            "Ada Stone — Representative Director, President and Group CEO, Norvane Systems\n"
            "Ivo Marsh — Executive Vice President and Group CFO\n"
            "Kim Lee — Analyst, Harbour Securities\n\n"
            "Operator: Welcome to the Norvane Systems call for the quarter ended June 30, 2025.\n\n"
            "Ivo Marsh (CFO): Thank you. Revenue rose 4% to NOK 2.1 billion.\n")
    got = _roles("", head=call)
    assert {("Ada Stone", "president", "Norvane Systems", None), ("Ada Stone", "CEO", "Norvane Systems", None),
            ("Ivo Marsh", "CFO", "Norvane Systems", None)} <= got
    assert not any(g[0] == "Representative Director" for g in got)
    # the analyst is no officer of the company of the call; his title is his firm's (issue36p)
    assert {g for g in got if g[0] == "Kim Lee"} == {("Kim Lee", "analyst", "Harbour Securities", None)}


def test_a_surname_alone_that_became_the_holder_is_the_person_named_before():
    got = _roles("Tomas Berg, who ran Norvane Systems for a decade, stepped down in 2024. "
                 "His successor is Lena Holm, who came from a rival. Holm became CEO on January 1, 2025.")
    assert ("Lena Holm", "CEO", "Norvane Systems", None) in got
    assert not any(g[0] == "Holm" for g in got)


def test_a_holder_in_an_apposition_who_has_stepped_down_is_the_predecessor():
    got = _roles("Our long-serving Chief Operating Officer, Ivo Marsh, has stepped down, and we have appointed "
                 "Rina Vale, previously head of sites, as Chief Operating Officer from 1 March 2025.")
    assert ("Rina Vale", "COO", "Norvane Systems", "Ivo Marsh") in got


def test_a_name_with_bare_initials_in_a_title_apposition():
    got = _roles('"Demand held," said R Kumaran, CEO and Managing Director, Norvane Systems.')
    assert {("R Kumaran", "CEO", "Norvane Systems", None), ("R Kumaran", "managing director", "Norvane Systems", None)} <= got


def test_a_cofounder_named_after_an_aside_and_a_relative_clause():
    got = _roles("Ana Ruiz, the company's co-founder and chief executive, who started the company as Orbit with Lea Stein in 2013, spoke.")
    assert ("Lea Stein", "co-founder", "Norvane Systems", None) in got
