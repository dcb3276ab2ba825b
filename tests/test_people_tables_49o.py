"""Board tables and roles held at another company (issue49o): a committee cell's "(Chair)", a date cell that
names no organisation, a title "of" another company kept on that company."""
from __future__ import annotations

from aikg.extract import people_forms, people_tables
from aikg.extract.pipeline import extract_text
from aikg.question import asked_status


def _roles(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.organization.label if f.organization else None)
            for f in extract_text(text, "t", "t.md").facts if f.kind == "role"}


_BOARD = """# Corrib Panels plc - Annual Report

Corrib Panels plc makes roof panels in Ireland. The board is set out below.

| Name | Role | Date of appointment | Committee memberships |
|---|---|---|---|
| Ada Brennan | Chief Financial Officer | 3 March 2025 | - |
| Ciaran Moody | Independent Non-Executive Director | 10 June 2020 | Audit, Remuneration (Chair) |
"""


def test_a_committee_cell_marks_the_committee_the_person_chairs():
    assert people_tables.committee_chairs("Remuneration (Chair), Nomination") == ["chair of the remuneration committee"]
    assert people_tables.committee_chairs("Audit, Nomination") == []
    assert ("Ciaran Moody", "chair of the remuneration committee", "Corrib Panels") in _roles(_BOARD)


def test_a_date_cell_is_no_organisation_of_the_row():
    got = _roles(_BOARD)
    assert ("Ada Brennan", "CFO", "Corrib Panels") in got
    assert not any(org and "2025" in org for _, _, org in got)


def test_a_title_of_another_company_stays_on_that_company():
    text = ("# Corrib Panels plc - Annual Report\n\nCorrib Panels plc makes roof panels in Ireland.\n\n"
            "Ruth Kellane is Chief Financial Officer of Brennock Aggregates Group, a quarrying business.\n")
    got = _roles(text)
    assert ("Ruth Kellane", "CFO", "Brennock Aggregates") in got
    assert not any(p == "Ruth Kellane" and org == "Corrib Panels" for p, _, org in got)


_FORM = """# Orlen Membranes Ltd.
## Immediate report on officers

Orlen Membranes Ltd. (the "Company") reports as follows:

| Field | Details |
|---|---|
| Name of the officer | Dana Koren |
| Position held | Chief Financial Officer |
| Date of notice | 2 March 2031 |
| Last day in office | 30 June 2031 |

| Field | Details |
|---|---|
| Name of the officer | Yael Bitan |
| Position | Chief Financial Officer |
| Date of commencement of office | 1 September 2031 |
"""


def test_an_officer_form_block_gives_the_post_and_its_days():
    got = {(b.name, b.titles, b.status, b.since, b.until) for b in people_forms.blocks(_FORM)}
    assert got == {("Dana Koren", ("Chief Financial Officer",), "outgoing", None, "30 June 2031"),
                   ("Yael Bitan", ("Chief Financial Officer",), "incoming", "1 September 2031", None)}
    roles = {(f.person.label, f.role, f.status, f.since, f.until)
             for f in extract_text(_FORM, "t", "t.md").facts if f.kind == "role"}
    assert ("Dana Koren", "CFO", "outgoing", None, "30 June 2031") in roles
    assert ("Yael Bitan", "CFO", "incoming", "1 September 2031", None) in roles


def test_a_name_and_title_line_block_stays_the_signature_reader_s():
    assert people_forms.blocks("Name: Lena Fox\nTitle: Chief Financial Officer\n") == ()


def test_a_holder_from_a_day_to_come_is_asked_as_incoming():
    assert asked_status("Who will be Orlen's CFO from September 2031?") == "incoming"
    assert asked_status("Who will be CEO of Orlen from May 2031, and who does he replace?") is None


def test_a_stand_in_serving_as_an_acting_officer_from_a_day():
    from aikg.extract import role_rules
    got = role_rules.read("Chief Financial Officer Lena Moss will act as interim Chief Executive Officer from 1 March 2031.")
    assert [(r.holder, r.title, r.status, r.since) for r in got if r.rule == "serves-as-interim"] == [
        ("Lena Moss", "Chief Executive Officer", "interim", "1 March 2031")]
    got = role_rules.read("Controller Mr. Ivo Stan will serve as Acting Chief Financial Officer, effective 1 May 2031.")
    assert [(r.holder, r.status, r.since) for r in got if r.rule == "serves-as-interim"] == [("Ivo Stan", "interim", "1 May 2031")]


def test_a_claim_answers_a_title_asked_only_when_its_sentence_names_it():
    from aikg.claims_fallback import title_stated
    q = "who is orlen's chief operating officer?"
    assert not title_stated(q, "Under article 227 of the Securities Act, Orlen reports the following.")
    assert title_stated(q, "Mira Dahl, chief operating officer, said volumes rose.")
    assert title_stated("who leads orlen's cloud unit?", "The cloud unit grew 5%.")
