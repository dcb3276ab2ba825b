"""People in appointments with start dates, compound and regional titles, lists of officers
(issue43p), in our own words about invented companies; and `ask` reading "who is <name with a
verb in it>'s CFO" as a person asked."""
from __future__ import annotations

from aikg import question
from aikg.extract import role_rules, sentences
from aikg.extract.pipeline import extract_text

HEAD = "Tarnwick Data results\n\nBergen, August 3, 2026 — Tarnwick Data reported results for the quarter ended June 30, 2026.\n\n"


def _roles(text: str) -> set[tuple]:
    facts = extract_text(HEAD + text + "\n", "t", "t.txt").facts
    return {(f.person.label, f.role, f.status, f.since) for f in facts if f.kind == "role"}


def test_a_chief_officer_of_two_functions_is_read_whole():
    got = _roles("The Board announced the appointment of Ilse Varga as Chief Data and Analytics Officer, effective 1 December 2026.")
    assert ("Ilse Varga", "chief data officer", "incoming", "1 December 2026") in got
    assert ("Ilse Varga", "chief analytics officer", "incoming", "1 December 2026") in got


def test_a_start_said_before_the_title_of_a_joiner():
    got = _roles("Per-Ola Strand joins Tarnwick Data on 1 October 2026 as Chief Commercial Officer for the Nordic region.")
    assert ("Per-Ola Strand", "chief commercial officer", "incoming", "1 October 2026") in got


def test_joining_the_board_with_the_start_in_the_titles_brackets():
    got = _roles("Mira Holt, currently Head of Cloud Operations, joins the Executive Board as Chief Technology and Information "
                 "Officer (CTIO, with effect from 1 November 2026).")
    assert ("Mira Holt", "CTO", "incoming", "1 November 2026") in got


def test_commencing_gives_the_start_of_an_appointment():
    got = _roles("The Board has appointed Ms Dana Kerr as Chief Executive Officer, commencing 1 March 2027.")
    assert ("Dana Kerr", "CEO", "incoming", "1 March 2027") in got


def test_a_regional_title_in_initials_is_kept_with_its_region():
    got = _roles("Below board level, Lotte Brink has been named CCO EMEA and leads sales in Europe.")
    assert any(p == "Lotte Brink" and r == "cco emea" for p, r, _, _ in got)
    assert question.asked_roles("who is tarnwick's cco emea?") == {"cco emea"}


def test_a_list_of_officers_each_title_before_its_name():
    got = _roles("The company was represented by President Director Arif Santoso, Finance Director Wulan Pratiwi and "
                 "Director of Operations Joko Hartono.")
    assert ("Arif Santoso", "president director", "current", None) in got
    assert ("Wulan Pratiwi", "CFO", "current", None) in got
    assert not any(p == "Arif Santoso" and r == "CFO" for p, r, _, _ in got)   # not "Arif Santoso, Finance Director"
    assert [rd.holder for rd in role_rules.title_name_list("a call with CEO Ana Berg and CFO Ole Lund")] == ["Ana Berg", "Ole Lund"]


def test_officer_lines_with_a_spaced_hyphen():
    got = _roles("Company representatives:\n- Arif Santoso - President Director\n- Wulan Pratiwi - Finance Director\n")
    assert ("Arif Santoso", "president director", "current", None) in got
    assert ("Wulan Pratiwi", "CFO", "current", None) in got


def test_a_body_before_a_dash_is_no_holder():
    line = "Tarnwick Data AG: Supervisory Board realigns Management Board – new CFO and new CTIO, regional sales leadership for DACH"
    assert not any(rd.holder == "Management Board" for rd in role_rules.read(line))


def test_a_start_date_wrapped_onto_the_next_line_stays_in_its_sentence():
    text = ("Chief Financial Officer Eva Lind has decided to step down to return to private equity in Oslo this year. The\n"
            "Board has appointed Nils Arvesen, currently Group Financial Controller, as CFO effective\n"
            "1 October 2026. Ms Lind will remain until 30 November 2026 to complete the audit handover of the year.\n")
    assert any(s.text.endswith("effective 1 October 2026.") for s in sentences.split(text))
    assert ("Nils Arvesen", "CFO", "incoming", "1 October 2026") in _roles(text)


def test_a_who_question_naming_a_company_with_a_verb_in_its_name_wants_a_person():
    from aikg.linking import Hit
    q = "who is build works's cfo?"
    hits = [Hit("https://x/build-works", "Company", "Build Works", "build works", 100.0, 2, 4)]
    assert question.read(q, hits).wants == "Person"
    assert question.asked_roles("who is the president director of x?") == {"president director"}
    assert "president" not in question.asked_roles("who is the president commissioner of x?")
