"""A title sentence ("Chief executive X said …") names the person's role at the sentence's
own subject company, not at a business the person talks about or a segment named earlier, as a
news feed restates it article after article. Our own sentences about an invented company."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

HEAD = ("Quorvil Holdings posts results\n\n"
        "Quorvil Holdings reports its streaming business in the Quorvil Media Group.\n\n")


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract_text(HEAD + text + "\n", "t", "t.txt")
    return {(f.person.label, f.role, f.organization.label if f.organization else None)
            for f in ex.facts if f.kind == "role"}


def test_chief_executive_said_belongs_to_the_company_not_the_business_spoken_of():
    assert _roles("Chief executive Maya Lin said the Media Group would grow.") == {
        ("Maya Lin", "CEO", "Quorvil Holdings")}


def test_after_a_segment_sentence_the_title_still_belongs_to_the_company():
    assert _roles("The Quorvil Media Group segment includes AI chips.\n\n"
                  "Chief executive officer Maya Lin said demand was strong.") == {
        ("Maya Lin", "CEO", "Quorvil Holdings")}


def test_an_organisation_named_before_the_title_still_counts():
    assert ("Omar Silva", "CFO", "Tessaro Group") in _roles(
        "Tessaro Group chief financial officer Omar Silva said costs rose.")


def test_of_after_the_name_still_names_the_organisation():
    assert ("Omar Silva", "CEO", "Tessaro Group") in _roles(
        "Omar Silva, chief executive of Tessaro Group, said costs rose.")
