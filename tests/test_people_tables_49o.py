"""Board tables and roles held at another company (issue49o): a committee cell's "(Chair)", a date cell that
names no organisation, a title "of" another company kept on that company."""
from __future__ import annotations

from aikg.extract import people_tables
from aikg.extract.pipeline import extract_text


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
