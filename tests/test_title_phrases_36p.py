"""Titles read as phrases (issue36p): a head noun with modifiers and a complement, a name's
apposition listing such phrases, a foreign title with its gloss before or after the name or in a
signature, a participants list's titles kept to their own names; invented firms and people."""
from __future__ import annotations

import pytest

from aikg.extract import people_lines, role_rules, title_phrases
from aikg.extract.pipeline import extract_text


def _roles(text: str, name: str = "t.md") -> set[tuple]:
    facts = extract_text(text, "t", name).facts
    return {(f.person.label, f.role, f.organization.label if f.organization else None)
            for f in facts if f.kind == "role"}


@pytest.mark.parametrize("part, want", [
    ("Representative Director", []),                 # a seat: a title, no role of its own
    ("President and CEO", ["President", "CEO"]),
    ("Auditor in charge", ["Auditor in charge"]),
    ("Managing Partner", ["Managing Partner"]),
    ("Investor Relations Officer", []),
    ("Senior Vice President", ["Senior Vice President"]),
    ("a former banker", None),
    ("Tom Berg", None),
    ("Regional Sales", None),
])
def test_a_title_part_is_modifiers_a_head_and_a_complement(part, want):
    assert title_phrases.title_part(part) == want


def test_every_head_names_two_sources():
    for h in title_phrases.HEADS:
        assert len(h.seen) >= 2, h.name


def test_an_apposition_listing_title_phrases_gives_the_registry_titles():
    text = '"Margins held," writes Sora Ishikawa, Representative Director, Senior Executive Officer and CFO. "We stay prudent."'
    got = {(rd.holder, rd.title) for rd in people_lines.appositions(text)}
    assert got == {("Sora Ishikawa", "CFO")}
    # a plain registry title in apposition is the entities reader's; an aside is no title
    assert people_lines.appositions("Sora Ishikawa, CFO, said costs fell.") == ()
    assert people_lines.appositions("Sora Ishikawa, a former banker, said costs fell.") == ()
    # a title is no name: "Chartered Public Accountant, Auditor in charge"
    assert people_lines.appositions("Chartered Public Accountant, Auditor in charge") == ()


def test_an_apposition_naming_its_organisation():
    got = people_lines.appositions("We met Ines Paz, Managing Partner of Tindra Capital, in Lisbon.")
    assert [(rd.holder, rd.title, rd.org_text) for rd in got] == [("Ines Paz", "Managing Partner", "Tindra Capital")]


def test_a_byline_with_a_title_phrase_in_a_report():
    text = ("# Tarvik Systems annual review\n\nTarvik Systems sold 4,100 sensor gateways in 2025, up from 3,300.\n\n"
            '"We doubled the plant," writes Oona Vaara, Executive Director, President and Chief Executive Officer. '
            '"Next year we open a second line."\n')
    got = _roles(text)
    assert ("Oona Vaara", "president", "Tarvik Systems") in got
    assert ("Oona Vaara", "CEO", "Tarvik Systems") in got


@pytest.mark.parametrize("text, holder, title", [
    ('"We are on plan," said Iker Sagasta, *director general y consejero delegado* (managing director and CEO) of the group.',
     "Iker Sagasta", "managing director and CEO"),
    ("Our Directora Comercial (chief commercial officer), Inés Vidal, opened two offices.", "Inés Vidal", "chief commercial officer"),
    ("Tomás Reyes (Director de Sistemas — chief technology officer) moved the servers.", "Tomás Reyes", "chief technology officer"),
    ("The board, chaired by Alda Serra (Presidente do Conselho, i.e. chair of the board), met twice.", "Alda Serra", "chair"),
])
def test_a_translated_title_with_its_gloss(text, holder, title):
    assert (holder, title) in {(rd.holder, rd.title) for rd in role_rules.read(text)}


def test_a_list_of_names_is_no_gloss():
    got = {(rd.holder, rd.title) for rd in role_rules.read("Jane Roe (CEO)\nMark Smith (CFO)")}
    assert ("Mark Smith", "CEO") not in got


def test_an_auditor_signature_with_a_title_phrase():
    text = ("# Velmora Retail AB: independent auditor's report\n\n"
            "Velmora Retail AB reported revenue of SEK 2,140 million for 2025. We have audited its annual accounts.\n\n"
            "Gothenburg, 2 March 2026\n\n**Aster Revision AB**\n\nMaja Lindfors\n*Chartered Public Accountant, Auditor in charge*\n")
    got = _roles(text)
    assert any(g[:2] == ("Maja Lindfors", "auditor in charge") and (g[2] or "").startswith("Velmora Retail") for g in got)
    assert not any(g[0].endswith("Accountant") for g in got)


def test_a_signature_with_a_glossed_title_line():
    text = ("Vale Nuvem S.A.\nLetter to shareholders\n\nDear shareholders, Vale Nuvem grew revenue 12% to R$ 410 million in 2025.\n\n"
            "Sincerely,\n\nJoana Prado Leite\nDiretora-Presidente (Chief Executive Officer)\nVale Nuvem S.A.\n")
    assert ("Joana Prado Leite", "CEO", "Vale Nuvem") in _roles(text)


def test_a_participants_list_keeps_each_title_to_its_own_name():
    text = ("QUILLAN NETWORKS\nQ2 2026 results call\n\nParticipants:\n  Lars Okafor — President and Chief Executive Officer\n"
            "  Mina Holt — Chief Financial Officer\n\nRevenue was EUR 310 million, up 6%.\n")
    got = _roles(text, "t.txt")
    assert ("Mina Holt", "CFO", "Quillan Networks") in got or ("Mina Holt", "CFO", "QUILLAN NETWORKS") in got or any(
        g[0] == "Mina Holt" and g[1] == "CFO" for g in got)
    assert not any(g[0] == "Mina Holt" and g[1] in ("CEO", "president") for g in got)


def test_a_body_is_no_person():
    text = ("# Decision on the 3.5 GHz licence\n\nThe Spectrum Directorate awarded Fjellnett Mobil a licence for EUR 40 million. "
            "The Head of Office, the Licensing Division, the Head of the Control Centre and the Director of Fjellnett Mobil "
            "are responsible for carrying out this decision.\n")
    assert not any(g[0] in ("Licensing Division", "Control Centre") for g in _roles(text))


def test_a_board_table_names_each_member_with_their_position():
    text = ("# Skarvik Fibre ASA: new board\n\nSkarvik Fibre ASA said its shareholders elected a new board. Revenue was NOK 3.4 billion.\n\n"
            "| Name | Position | Member since |\n|---|---|---|\n| Siri Leknes | Chair of the Board | 2019 |\n"
            "| Ola Tveit | President and CEO | 2021 |\n| Arnt Vold | Independent Director | 2026 |\n")
    got = _roles(text)
    assert any(g[:2] == ("Siri Leknes", "chairman") and (g[2] or "Skarvik Fibre").startswith("Skarvik Fibre") for g in got)
    assert any(g[:2] == ("Ola Tveit", "CEO") for g in got)
    assert not any(g[0] == "Arnt Vold" for g in got)   # a seat, no role of the registry
    assert not any(g[2] in ("2019", "2021") for g in got)


def test_a_table_whose_name_column_a_header_names():
    from aikg.extract import people_tables
    text = ("| Title in Japanese | English | Name |\n|---|---|---|\n"
            "| Daihyo Torishimariyaku Shacho | Representative Director and President (chief executive) | Aiko Sato |\n"
            "| Shikko Yakuin | Executive Officer; head of the Robotics Division | Ren Ito |\n")
    got = {(b.name, b.titles) for b in people_tables.rows(text)}
    assert got == {("Aiko Sato", ("President", "chief executive"))}
    assert people_tables.title_cell("Outside Director") is None
    assert people_tables.title_cell("Executive Officer; Chief Technology Officer") == ["Chief Technology Officer"]


def test_a_byline_with_a_title():
    got = people_lines.read("*By Ivo Marsh, Chief Financial Officer, Orbit Grid AS*")
    assert [(rd.holder, rd.title, rd.org_text) for rd in got] == [("Ivo Marsh", "Chief Financial Officer", "Orbit Grid AS")]
