"""Successions in our own words about invented companies: the new holder's role carries the
person replaced (kg:predecessor) and when the holder started (kg:since), in each phrasing the
probe articles used (succeeded / succeeding, replacing, took over from, hand over the role to,
named … as the new CEO)."""
from __future__ import annotations

import pytest

from aikg import rdf
from aikg import records as r
from aikg.extract import succession
from aikg.extract.pipeline import extract_text

HEAD = "Norvane Systems reports results\n\nNorvane Systems reported results for the quarter ended June 30, 2025.\n\n"


def _roles(text: str):
    return [f for f in extract_text(HEAD + text + "\n", "t", "t.txt").facts if f.kind == "role"]


def _successions(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.predecessor.label, f.organization.label if f.organization else None, f.since)
            for f in _roles(text) if f.predecessor is not None}


@pytest.mark.parametrize("text,expected", [
    pytest.param("Mara Lindqvist succeeded Tomas Berg as chief executive on March 3, 2025, after Berg retired.",
                 ("Mara Lindqvist", "CEO", "Tomas Berg", "Norvane Systems", "March 3, 2025"), id="succeeded-as-role-on-date"),
    pytest.param("Chief executive Mara Lindqvist said demand was strong. "
                 "Lindqvist, a former banker, took over from Tomas Berg in May 2023, when Berg stepped down.",
                 ("Mara Lindqvist", "CEO", "Tomas Berg", "Norvane Systems", "May 2023"), id="surname-took-over-from"),
    pytest.param("Ola Brekke became chief financial officer in January, replacing Ines Moreau, who had held the post since 2019.",
                 ("Ola Brekke", "CFO", "Ines Moreau", "Norvane Systems", "January"), id="became-role-replacing"),
    pytest.param("Last week Harbor Group named Kim Dae-sung, a veteran of its chip arm, as the new chief executive "
                 "of Norvane Systems, replacing Park Ji-won.",
                 ("Kim Dae-sung", "CEO", "Park Ji-won", "Norvane Systems", None), id="named-as-new-ceo-of-replacing"),
    pytest.param('"We are ready," said Anna K. Weiss, Chief Financial Officer of Norvane Systems, who will hand over the role '
                 "to Lukas Brandt in 2026.",
                 ("Lukas Brandt", "CFO", "Anna K. Weiss", "Norvane Systems", "2026"), id="hand-over-the-role-to"),
    pytest.param("Ines Moreau, who was named chief financial officer after a long search, succeeding Ola Brekke.",
                 ("Ines Moreau", "CFO", "Ola Brekke", "Norvane Systems", None), id="relative-aside-then-succeeding"),
    pytest.param("Chief executive Mara Lindqvist said demand was strong. "
                 "Lindqvist, previously a partner at a consultancy, succeeded R K Anand as CEO in 2022.",
                 ("Mara Lindqvist", "CEO", "R K Anand", "Norvane Systems", "2022"), id="surname-aside-initials"),
    pytest.param("Chief financial officer Ines Moreau joined Norvane Systems on Monday. She succeeds Ola Brekke, who is retiring.",
                 ("Ines Moreau", "CFO", "Ola Brekke", "Norvane Systems", None), id="pronoun-succeeds"),
    pytest.param('"Margins come first," said Mara Lindqvist, Norvane Systems\' chief executive. '
                 "Lindqvist took over the role in 2023 from Tomas Berg, who left for a rival.",
                 ("Mara Lindqvist", "CEO", "Tomas Berg", "Norvane Systems", "2023"), id="took-over-the-role-in-year-from"),
    pytest.param("Chief executive Tomas Berg stepped down in May, and the board appointed Mara Lindqvist as his successor.",
                 ("Mara Lindqvist", "CEO", "Tomas Berg", "Norvane Systems", "May"), id="stepped-down-appointed-successor"),
    pytest.param("Ola Brekke was named chief financial officer in March after Ines Moreau resigned.",
                 ("Ola Brekke", "CFO", "Ines Moreau", "Norvane Systems", "March"), id="named-title-after-resigned"),
    # (issue50p) an honorific after the cue; the appointment as a noun with a "Group" title and its start date
    pytest.param("Mr. Ola Brekke was appointed Director and Group CFO on 2 April 2026, succeeding Mr. Sven Tahl, who "
                 "became an adviser.",
                 ("Ola Brekke", "CFO", "Sven Tahl", "Norvane Systems", None), id="succeeding-honorific"),
    pytest.param("Nothing else happened after the quarter other than the appointment of Ms. Ines Moreau as Group Chief "
                 "Financial Officer with effect from 1 May 2026, succeeding Mr. Ola Brekke, who retires.",
                 ("Ines Moreau", "CFO", "Ola Brekke", "Norvane Systems", "1 May 2026"), id="appointment-of-as-group-title-succeeding"),
])
def test_a_succession_gives_the_new_holders_role_with_the_person_replaced_and_the_start(text, expected):
    assert _successions(text) == {expected}


def test_a_role_the_sentence_already_gives_gains_the_predecessor_not_a_second_role():
    roles = _roles("Ola Brekke became president and CEO in June, succeeding Ines Moreau.")
    assert sorted((f.role, f.predecessor.label) for f in roles) == [("CEO", "Ines Moreau"), ("president", "Ines Moreau")]


def test_replacing_things_or_companies_is_no_succession():
    assert not _successions("The new chips are replacing older accelerators in Norvane Systems data centres.")
    assert not _successions("Chief executive Mara Lindqvist said the servers are replacing Helix Systems hardware.")
    assert not _successions("If Norvane Systems succeeds, it could take over from larger rivals.")
    assert not _successions("Chief executive Mara Lindqvist said demand stepped down from its peak in May.")


def test_find_needs_a_person_on_each_side():
    people = [succession.Person(0, 13, "Mara Lindqvist", None)]
    assert succession.find("Mara Lindqvist replaced the old board.", people, {}) == []
    got = succession.find("Mara Lindqvist replaced Berg as chairman.", people, {"Berg": "Tomas Berg"})
    assert [(s.new_holder.label, s.predecessor, s.title) for s in got] == [("Mara Lindqvist", "Tomas Berg", "chairman")]


def test_the_predecessor_is_written_on_the_role_node():
    ex = extract_text(HEAD + "Mara Lindqvist succeeded Tomas Berg as chief executive in May 2023.\n", "t", "t.txt")
    quads = rdf.extraction_quads(ex)
    berg = rdf.ref_iri(r.EntityRef(kind="Person", label="Tomas Berg"))
    assert any(q.predicate == rdf.KG("predecessor") and q.object == berg for q in quads)
    assert any(q.predicate == rdf.KG("since") and q.object.value == "May 2023" for q in quads)
    assert any(q.subject == berg and q.predicate == rdf.RDFS("label") for q in quads)   # the person replaced is an entity


def test_chairperson_is_a_title():
    roles = _roles("Ines Moreau is Chairperson of Norvane Systems.")
    assert {(f.person.label, f.role) for f in roles} == {("Ines Moreau", "chairman")}


def test_a_holder_the_signature_block_names_too_keeps_the_person_replaced():
    # (issue51b) the new holder signs the document as well, so the recogniser marks the name in the note: the
    # title the appointment's phrasing read still makes them the new holder, and the one replaced is kept
    text = ("Nothing else happened after the quarter other than the appointment of Ms. Ines Moreau as Group Chief "
            "Financial Officer with effect from 1 May 2026, succeeding Mr. Ola Brekke, who retires.\n\n"
            "Signed on behalf of the Board:\nInes Moreau, Group Chief Financial Officer")
    assert ("Ines Moreau", "CFO", "Ola Brekke") in {t[:3] for t in _successions(text)}
