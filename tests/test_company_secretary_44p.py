"""A filing's signer who is its company secretary (issue44p); invented firms, our own words."""
from __future__ import annotations

from aikg.extract import signatures, title_phrases
from aikg.extract.pipeline import extract_text
from aikg.question import asked_roles


def _roles(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.organization.label if f.organization else None)
            for f in extract_text(text, "t", "t.md").facts if f.kind == "role"}


def test_company_secretary_is_a_title_but_a_bare_secretary_is_none():
    assert title_phrases.title_part("Company Secretary & Compliance Officer") == ["Company Secretary"]
    assert title_phrases.title_part("Joint Company Secretary") == ["Joint Company Secretary"]
    assert title_phrases.title_part("Secretary") == []
    assert title_phrases.title_part("Compliance Officer") == []


def test_a_signed_mark_between_the_for_line_and_the_signer():
    text = ("Kindly take the above on record.\n\nYours faithfully,\nFor Marigold Cables & Wires Limited\n\n"
            "Sd/-\nNeha Kulkarni\nCompany Secretary & Compliance Officer\nMembership No.: A40213\n")
    got = [(b.name, b.titles, b.org_text) for b in signatures.signature_blocks(text)]
    assert got == [("Neha Kulkarni", ("Company Secretary",), "Marigold Cables & Wires Limited")]


def test_the_company_secretary_signs_for_the_document_company():
    text = ("Tarrawee Logistics Limited (ASX: TWL) advises that its half-year report is attached.\n\n"
            "Yours sincerely,\n\nOwen Dallow\nCompany Secretary\nTarrawee Logistics Limited\n")
    assert ("Owen Dallow", "company secretary", "Tarrawee Logistics") in _roles(text)


def test_a_secretary_of_the_meeting_is_no_role():
    text = "Minutes of the meeting of Brolga Foods Limited.\n\nIrene Vos\nSecretary of the Meeting\n"
    assert not any(r[0] == "Irene Vos" for r in _roles(text))


def test_the_question_asks_the_company_secretary():
    assert "company secretary" in asked_roles("who is the company secretary of tarrawee logistics?")


def test_a_membership_number_under_the_title_is_no_company():
    text = ("For Kovalam Fintech Limited\n\n"
            "Anil Varghese                     Deepa Iyer\n"
            "Managing Director                 Company Secretary\n"
            "DIN: 07712345                     Membership No. A51234\n")
    got = {(b.name, b.org_text) for b in signatures.signature_blocks(text)}
    assert got == {("Anil Varghese", "Kovalam Fintech Limited"), ("Deepa Iyer", "Kovalam Fintech Limited")}
