"""issue39n: a company's other names (rules trade-name, former-name) and a listed unit's
bracketed initials (rule unit-initials), on invented documents."""
from aikg.extract.former_names import former_names
from aikg.extract.pipeline import extract_text
from aikg.extract.trade_names import trade_name


def _aliases(ex, label):
    return {f.alias for f in ex.facts if f.kind == "alias" and f.entity.label == label} | {
        a for e in ex.entities if e.label == label for a in e.aliases}


def test_trade_name_of_registered_name():
    assert trade_name("Hangzhou Qinglan Robotics Technology".split()) == "Qinglan"
    assert trade_name("Shenzhen Blue Heron Intelligent Information".split()) == "Blue Heron"
    assert trade_name("Qinglan Robotics Technology".split()) is None   # no place before it
    assert trade_name("Hangzhou Qinglan".split()) is None               # no generic word after it


DOC_TRADE = """Hangzhou Qinglan Robotics Technology Co., Ltd.
(Stock Code: 7781)
VOLUNTARY ANNOUNCEMENT
This announcement is made by Hangzhou Qinglan Robotics Technology Co., Ltd. (the "Company"). The Company expects
revenue of approximately RMB812 million for the six months ended 30 June 2026.
Hangzhou, the People's Republic of China, 3 August 2026
"""


def test_trade_name_is_an_alias_with_evidence_and_the_place_is_none():
    ex = extract_text(DOC_TRADE, "t1", "t1.txt")
    company = ex.company
    assert company is not None and "Qinglan" in company
    facts = [f for f in ex.facts if f.kind == "alias" and f.alias == "Qinglan"]
    assert facts and "Hangzhou Qinglan Robotics Technology" in facts[0].evidence.quote
    assert "Hangzhou" not in _aliases(ex, company)


def test_former_name_phrasings():
    got = former_names("Tarsk Robotics, formerly known as Fenwell Automation Ltd until May, reported results. "
                       "Olvane Group (formerly Brisk Metals plc) said so.")
    assert [(f.current, f.former) for f in got] == [("Tarsk Robotics", "Fenwell Automation Ltd"),
                                                   ("Olvane Group", "Brisk Metals plc")]
    assert former_names("Its drone unit, formerly the separate subsidiary Kavo Air, was merged.") == []


DOC_FORMER = """Tarsk Robotics Limited reports half-year results

Tarsk Robotics, formerly known as Fenwell Automation Limited until its change of name in May 2025, today reported
revenue of A$31.2 million for the half-year ended 31 December 2025, up 12%.
"""


def test_former_name_is_an_alias_of_the_company_not_a_second_company():
    ex = extract_text(DOC_FORMER, "t2", "t2.txt")
    assert ex.company == "Tarsk Robotics"
    assert {"Fenwell Automation"} <= _aliases(ex, "Tarsk Robotics")
    assert not any(e.label == "Fenwell Automation" for e in ex.entities)


DOC_UNITS = """Tessaro Group plc: full-year results

Tessaro Group plc reports two segments: Marine Systems Design ("MSD") and Rail Services. Group revenue was £410.5 million.
MSD revenue rose 9% to £140.2 million in 2025.
"""


def test_bracketed_initials_of_a_listed_unit_name_the_segment():
    ex = extract_text(DOC_UNITS, "t3", "t3.txt")
    seg = [e for e in ex.entities if e.kind == "Segment" and e.label == "Marine Systems Design"]
    assert seg and "MSD" in seg[0].aliases
    assert not any(e.kind == "Company" and e.label in ("MSD", "Marine Systems Design") for e in ex.entities)


def test_an_open_title_asked_is_no_unknown_name():
    from aikg.names_asked import unknown_names
    assert unknown_names("Who was named Chief AI Officer at Quarrel Systems?", []) == ["Quarrel Systems"]
    assert unknown_names("Who is Quarrel's Chief Data Officer?", []) == ["Quarrel"]


def test_linking_reads_a_two_word_trade_name_of_a_registered_name():
    from aikg.linking import LabelIndex
    idx = LabelIndex([("i1", "Company", "Hangzhou Blue Heron Robotics Technology", True),
                      ("i2", "Company", "Blue Lake Software", True)])
    hits = idx.find_in("What revenue does Blue Heron expect for 2026?")
    assert [(h.iri, h.matched) for h in hits] == [("i1", "blue heron")]


DOC_PEOPLE = """Quarrel Systems, Inc. - proxy excerpt

Named Executive Officers
- Ines Holloway, Chief Financial Officer (since March 3, 2025)
- Piet Varga, former Chief Financial Officer (departed January 31, 2025)

Dr Nadia Okwu is Non-Executive Chair. Revenue was $410 million in fiscal 2026.
"""


def _roles(ex):
    return {(f.person.label, f.role, f.status, f.since, f.until) for f in ex.facts if f.kind == "role"}


def test_dated_list_lines_and_a_non_executive_chair():
    ex = extract_text(DOC_PEOPLE, "t4", "t4.txt")
    got = _roles(ex)
    assert ("Ines Holloway", "CFO", "current", "March 3, 2025", None) in got
    assert ("Piet Varga", "CFO", "former", None, "January 31, 2025") in got
    assert any(p == "Nadia Okwu" and r == "chairman" for p, r, *_ in got)


DOC_ORDER = """VOLUNTARY ANNOUNCEMENT

Quenling Data Holdings Limited expects revenue of about RMB500 million for 2026.

By order of the Board
Quenling Data Holdings Limited
Wen Lihua
Chairman and Executive Director

Hong Kong, 3 August 2026
"""


def test_by_order_of_the_board_signature_gives_the_role():
    ex = extract_text(DOC_ORDER, "t5", "t5.txt")
    assert any(p == "Wen Lihua" and r == "chairman" for p, r, *_ in _roles(ex))


DOC_UNITS2 = """Kessel Group plc: full-year results

Kessel Group plc reports through two divisions: Harbour Data Technologies ("HDT") and Rail Services.
HDT revenue rose 9% to £88.0 million in 2025.
"""


def test_a_listed_unit_whose_name_ends_like_a_company_is_one_segment():
    ex = extract_text(DOC_UNITS2, "t6", "t6.txt")
    assert not any(e.kind == "Company" and e.label == "Harbour Data Technologies" for e in ex.entities)
    seg = [e for e in ex.entities if e.kind == "Segment" and e.label == "Harbour Data Technologies"]
    assert seg and "HDT" in seg[0].aliases
