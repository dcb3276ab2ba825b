"""People named with their roles by a line's layout (issue32p): a title as a label, a filing's
cover, a panel's or a board's list, a name set in bold; in our own words about invented firms."""
from __future__ import annotations

import pytest

from aikg.extract import people_lines, role_rules
from aikg.extract.pipeline import extract_text


def _roles(text: str, name: str = "t.md") -> set[tuple]:
    facts = extract_text(text, "t", name).facts
    return {(f.person.label, f.role, f.organization.label if f.organization else None, f.status)
            for f in facts if f.kind == "role"}


@pytest.mark.parametrize("rule", people_lines.RULES, ids=lambda r: r.name)
def test_every_layout_reads_its_own_examples_and_names_two_sources(rule):
    assert len(rule.seen) >= 2
    for ex in rule.examples:
        assert any(rd.rule == rule.name for rd in people_lines.read(ex)), ex


def test_a_press_kit_fact_box_names_its_officers():
    text = ("# Varnholt Robotics at a glance\n\nVarnholt Robotics builds warehouse arms in Tampere and sold 1,200 of them in 2025.\n\n"
            "- Founded: 2014\n- Founder and Chief Executive Officer: Ilona Marsk\n- CFO: **Teodor Lahti**\n- Employees: 640\n")
    got = _roles(text)
    assert ("Ilona Marsk", "founder", "Varnholt Robotics", "current") in got
    assert ("Ilona Marsk", "CEO", "Varnholt Robotics", "current") in got
    assert ("Teodor Lahti", "CFO", "Varnholt Robotics", "current") in got
    assert not any(g[0] == "Founded" for g in got)


def test_a_conference_programme_gives_each_speaker_their_own_firm():
    text = ("# Programme: Grid edge day, Tallinn\n\nThe morning session asked who pays for grid upgrades near data centres.\n\n"
            "1. **Maarja Kivi**, Chief Technology Officer, **Baltic Volt**, a regional grid operator\n"
            "2. Oskar Lepp, Managing Director, Tallinn Compute Park\n"
            "3. Dr. Liis Rand, associate professor of power systems\n")
    got = _roles(text)
    assert ("Maarja Kivi", "CTO", "Baltic Volt", "current") in got
    assert ("Oskar Lepp", "managing director", "Tallinn Compute Park", "current") in got
    assert not any(g[0] == "Liis Rand" for g in got)   # a professor: no title of the registry


def test_a_filing_cover_with_titles_on_the_next_indented_line():
    text = ("Quarterly filing\n\n                    Company name:   Kanemori Precision Co., Ltd.\n"
            "                    Representative: Haruto Sato, Representative Director,\n"
            "                                    President and Chief Executive Officer\n"
            "                    Contact:        Mei Ito, General Manager, Corporate Planning\n\n"
            "Kanemori Precision reported net sales of 52.1 billion yen for the quarter ended June 30, 2025.\n")
    got = _roles(text, "t.txt")
    assert {g[1] for g in got if g[0] == "Haruto Sato"} == {"president", "CEO"}
    assert ("Mei Ito", "general manager", "Kanemori Precision", "current") in got


def test_lines_that_name_no_person_with_a_title_state_no_role():
    assert people_lines.read("Moderator: Dr. Ana Ruiz, partner at a regional consultancy.") == ()
    assert people_lines.read("Registered office address: Harbour House, Maidenhead, Berkshire") == ()
    assert people_lines.read("Ana Ruiz, Chief Financial Officer, said margins would hold.") == ()
    assert people_lines.read("Chief Executive Officer: Orbit Systems") == ()


def test_a_name_in_bold_is_read_without_its_markers():
    got = role_rules.read("**Sana Lind**, who became chief executive in March 2025, said the plan held.")
    assert [(rd.holder, rd.holder_at, rd.title) for rd in got] == [("Sana Lind", 2, "chief executive")]


def test_the_owner_of_a_title_set_off_before_the_name():
    text = ("Harlow Grid results\n\nOslo, July 20, 2025 — Harlow Grid reported results for the quarter.\n\n"
            "Fenwick Power's chief executive, Aino Berg, said the contract would be renewed.\n"
            "The company's chief operating officer, Ivo Marsh, who joined in 2023, runs the plants.\n")
    got = _roles(text)
    assert ("Ivo Marsh", "COO", "Harlow Grid", "current") in got
    assert any(g[:2] == ("Aino Berg", "CEO") and g[2] != "Harlow Grid" for g in got)
    # whose "Its CEO" is, is the sentence before's subject: not read
    assert not any(rd.rule == "owner-title-apposition" for rd in role_rules.read("Its CEO, Lea Stone, will speak."))


def test_a_participant_list_gives_each_speaker_the_firm_named_after_the_titles():
    text = ("Norvane Systems results\n\nOslo, July 20, 2025 — Norvane Systems reported results for the quarter ended June 30, 2025. "
            "Norvane Systems sells to Orbit Telecom Inc. and to hospitals.\n\n"
            "Ana Ruiz — Chief Financial Officer, Orbit Telecom\n\nLea Stone — Chief Executive Officer, Norvane Systems\n\n"
            "Ivo Dahl (Orbit Telecom CTO and co-founder): Thanks for having me.\n")
    got = _roles(text)
    assert ("Ana Ruiz", "CFO", "Orbit Telecom", "current") in got
    assert ("Lea Stone", "CEO", "Norvane Systems", "current") in got
    assert ("Ivo Dahl", "CTO", "Orbit Telecom", "current") in got
    assert ("Ivo Dahl", "co-founder", "Orbit Telecom", "current") in got


def test_a_heading_that_lists_board_members_with_bracketed_titles():
    text = ("Norvane Systems results\n\nOslo, July 20, 2025 — Norvane Systems reported results for the quarter ended June 30, 2025.\n\n"
            "Board of directors: Ana Ruiz (Chair), Tom Berg (CEO), Ivo Dahl\n")
    got = _roles(text)
    assert ("Ana Ruiz", "chairman", "Norvane Systems", "current") in got
    assert ("Tom Berg", "CEO", "Norvane Systems", "current") in got
    assert not any(g[0] == "Ivo Dahl" for g in got)


def test_a_title_glossed_in_brackets_and_a_title_held_now():
    text = ("Norvane Systems results\n\nOslo, July 20, 2025 — Norvane Systems reported results for the quarter ended June 30, 2025.\n\n"
            "\"We will keep investing,\" Paul Marc, directeur financier (chief financial officer) of the group, told analysts. "
            "Co-founder Ivo Marsh, now chief technology officer, leads the lab. "
            "The board named Mia Holt, currently head of finance of the Nordic business, as CFO.\n")
    got = _roles(text)
    assert ("Paul Marc", "CFO", "Norvane Systems", "current") in got
    assert ("Ivo Marsh", "CTO", "Norvane Systems", "current") in got
    assert not any(g[0] == "Mia Holt" and g[1] == "head" for g in got)   # a unit's title the reader cannot name
    # the words glossed are whole words: not the end of a name before a bracket
    assert not any(rd.rule == "glossed-title" for rd in role_rules.read("Key people Ana Yusof (Chairman) Ivo Dahl (CEO)"))



# (issue50p) a numbered form field whose label is titles joined by a slash (slash-titles-label), an
# officers list whose name has four words (`entities.LONG_PERSON_NAME`)
_ISSUE50P = {
    "numbered-slash-titles": ("Report name: Conclusion of a supply contract\nCompany: Sorae Devices Co., Ltd.\n\n"
                              "Sorae Devices signed a supply contract with a memory maker on 2 March 2026.\n\n"
                              "10. Representative Director / Chief Executive Officer: Mina Park\n"
                              "11. Board resolution: not required.\n",
                              ("Mina Park", "CEO", "Sorae Devices", "current"), None),
    "four-word-name": ("# Penang Wafer Tools Berhad - stock profile\n\nPenang Wafer Tools Berhad makes cleaning kits for "
                       "wafer fabs and sold RM 120 million of them in 2025.\n\nKey officers\n\n"
                       "- Marcus Lee Wen Jie – Group Managing Director (appointed 2 Mar 2026)\n",
                       ("Marcus Lee Wen Jie", "managing director", "Penang Wafer Tools", "current"),
                       "Lee Wen Jie"),   # not the three-word tail a clause pattern reads
}


@pytest.mark.parametrize("case", sorted(_ISSUE50P))
def test_form_fields_and_officer_lists_of_issue50p(case):
    text, want, not_holder = _ISSUE50P[case]
    got = _roles(text, "t.txt")
    assert want in got
    assert not any(g[0] == not_holder for g in got)


def test_slash_parts_that_are_no_titles_state_no_role():
    assert people_lines.read("Contract period / End date: Mina Park") == ()
