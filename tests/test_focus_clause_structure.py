"""Whose article it is, read from the structure of its clauses (extract/salience.py CLAUSE_RULES):
a numbered paragraph's number, a fronted phrase, a reported clause ("X stated that Acme …") and
a class noun standing for the name in focus ("the company said …") leave the clause's subject
readable; a figure of a named body ("the Programme has funded …") is no company's
(subjects.py rule named-body-opens-clause). The articles and sentences are invented."""
from __future__ import annotations

from aikg.extract import salience
from aikg.extract.pipeline import extract_text
from aikg.extract.subjects import other_thing

RECORD = """DIGEST OF EVIDENCE (unofficial summary prepared by a parliamentary watch desk)
Select Committee on Digital Infrastructure (2030-31)
Subject: "Review of the National Compute Programme"
Sitting of 4 March 2031, Committee Room 2

Members present: the Chair and 11 Members.
Witnesses: Department for Science — Ms Ada Brook, Permanent Secretary. Quillby Labs (Leeds) — Dr Omar Hale, co-founder.

1. Opening by the Department
1.1 The Permanent Secretary recalled that the Treasury approved the Programme in 2029 with a budget of £900 million over four years.
1.2 Through two rounds of tenders the Programme has funded more than 3,000 servers with private cloud providers.
1.3 Of 120 bids received for national models, Quillby Labs was the first company chosen, in June 2030.

2. Evidence of Quillby Labs
2.1 Dr Hale stated that Quillby was founded in 2027 and raised £30 million in 2029 in a round led by Northgate Ventures.
2.2 Under the Programme, Quillby will receive access to 2,048 Nvidia H100 GPUs to train a model of 70 billion parameters.
2.3 Dr Hale stated that Quillby's platform handled more than 4 million calls a month in January 2031.
2.4 In reply to Members, the company stated that its revenue for 2030 was £6.2 million, with a loss of £9.1 million.

3. Points raised by Members
3.1 Members asked how the model would compare with foreign models. Dr Hale said the real rivals were large American labs.
3.2 Quillby Labs was asked to submit its pricing; the company said pricing for its contracts is not disclosed.
"""


def test_committee_record_is_filed_on_the_witness_company_not_the_gpu_supplier():
    ex = extract_text(RECORD, "doc:committee", "committee_record.txt")
    assert ex.company == "Quillby Labs"
    # the Programme's servers are no fact of the company's
    assert not [f for f in ex.facts if f.evidence is not None and "3,000 servers" in f.evidence.quote]


def test_clause_subject_after_a_paragraph_number_a_fronted_phrase_and_in_a_reported_clause():
    text = ("2.1 Dr Lind stated that Kerrowan was founded in 2021.\n"
            "2.2 Under the programme, Kerrowan will receive 500 servers.\n"
            "(c) Kerrowan sells voice agents to banks.\n")
    assert salience.clause_subjects(text)["Kerrowan"] == 3


def test_class_noun_goes_on_with_the_name_in_focus():
    text = "Brisklane was founded in 2021. In reply, the company said it would publish its accounts."
    assert salience.clause_subjects(text)["Brisklane"] == 2


def test_figure_of_the_company_after_a_fronted_phrase_is_the_name_in_focus():
    para = ("Brisklane reported bookings of $5 million in 2030. "
            "In reply to questions, the company stated that its revenue was $2 million.")
    owners = [o for o, _s in salience.figure_sentences(para)]
    assert owners == ["Brisklane", "Brisklane"]


def test_figure_in_a_reported_clause_is_its_subject_not_the_speaker():
    para = "Dr Lind stated that Ostby Data's platform handled more than 10 million calls, a 40% rise."
    assert [o for o, _s in salience.figure_sentences(para)] == ["Ostby Data"]


def test_a_named_body_opening_the_clause_owns_its_figure():
    t = "Through two rounds of tenders the Programme has funded more than 3,000 servers."
    assert other_thing(t, 0, len(t)) is not None
    t = "1.2 The Authority estimated the market at 27% of capacity."
    assert other_thing(t, 0, len(t)) is not None
    # a class noun standing for a company stays the company
    for t in ("The Board will propose a dividend of CHF 2.", "In 2030 the Company reported revenue of $5 million.",
              "The company said revenue rose 5%."):
        assert other_thing(t, 0, len(t)) is None


def test_subordinate_clause_has_a_subject_of_its_own():
    text = ("Sales rose when Harlow acquired the rival. Nobody knows what Harlow calls the unit "
            "(Harlow reports on a calendar year).")
    assert salience.clause_subjects(text)["Harlow"] == 3


def test_a_name_after_an_honorific_is_a_person_not_a_candidate():
    from aikg.extract.focus import _subjects
    text = ("Dr Omar Hale stated the plan. Dr Omar Hale said the firm would grow. "
            "Dr Omar Hale added that sales rose.")
    (clauses, _owners), _figures, _fig_owners = _subjects(text, lambda n: None, lambda n: None)
    assert "Dr Omar Hale" not in clauses


def test_with_no_candidate_a_name_written_only_as_a_hardware_supplier_is_not_the_company():
    from collections import Counter

    from aikg.extract.focus import most_named
    body = ("Kerrowan will rent 2,048 Nvidia H100 GPUs. The Nvidia GPUs arrive in May. "
            "Kerrowan trains its model on Nvidia H200 chips.")
    assert most_named(Counter({"Nvidia": 3, "Kerrowan": 2}), {"Kerrowan": 0, "Nvidia": 0}, body) == "Kerrowan"
    assert most_named(Counter({"Nvidia": 3, "Kerrowan": 2}), {"Kerrowan": 0, "Nvidia": 0}, "Nvidia said it grew.") == "Nvidia"
