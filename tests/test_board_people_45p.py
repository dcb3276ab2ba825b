"""Committee chairs, board departures and nominees, the board's closing, and the people questions that reach
them (issue45p); invented firms and people, our own words."""
from __future__ import annotations

from aikg.extract import people_boards, people_committees, signatures
from aikg.extract.pipeline import extract_text
from aikg.extract.relations import normalise_roles
from aikg.narrowing import _by_succession, _signers
from aikg.question import asked_roles, asked_statuses, committee_asked, committee_role_fits


class _Lit:
    """A store row's literal (its `.value`)."""
    def __init__(self, value: str):
        self.value = value


def _roles(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.organization.label if f.organization else None, f.status)
            for f in extract_text(text, "t", "t.md").facts if f.kind == "role"}


def test_a_committee_then_chaired_by_its_chair():
    got = people_committees.read("The remuneration committee, chaired by Odile Marchetti, set the bonus pool.")
    assert [(r.holder, r.title) for r in got] == [("Odile Marchetti", "chair of the remuneration committee")]
    got = people_committees.read("The independent committee consists of two outside directors and is chaired by Hanne Brekke.")
    assert [(r.holder, r.title) for r in got] == [("Hanne Brekke", "chair of the independent committee")]
    got = people_committees.read("The results were reviewed by the audit and risk committee under the chairmanship of Ms Thandi Zulu.")
    assert [(r.holder, r.title) for r in got] == [("Thandi Zulu", "chair of the audit and risk committee")]


def test_a_committee_of_another_body_is_not_read():
    assert people_committees.read("Grants are reviewed by an expert committee chaired by Prof. Ravi Menon.") == ()


def test_a_committee_chair_is_no_company_chairman():
    text = ("Corvantis Shipping Limited announced board changes.\n\n"
            "Mr. Lam Ho Yin, an existing independent non-executive Director, has been appointed as the chairman "
            "of the Audit Committee.\n")
    roles = _roles(text)
    assert ("Lam Ho Yin", "chair of the audit committee", "Corvantis Shipping", None) in roles
    assert not any(r[0] == "Lam Ho Yin" and r[1] == "chairman" for r in roles)
    assert normalise_roles("chair of the audit and risk committee") == ["chair of the audit and risk committee"]


def test_a_member_leaving_the_board_is_outgoing():
    got = people_boards.read("Dr. Margit Lauber, who has served on the Board since 2015, will not stand for re-election.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Margit Lauber", "director", "outgoing")]
    got = people_boards.read("Board member Ola Hegre has informed the Company that he will step down from the Board.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Ola Hegre", "director", "outgoing")]
    got = people_boards.read("Ms. Wong Mei Ling has tendered her resignation as an independent non-executive Director.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Wong Mei Ling", "independent non-executive director", "outgoing")]


def test_a_person_put_up_for_election_is_nominated():
    got = people_boards.read("The nomination committee proposes that Sigrid Hovland be elected as a new member of the Board.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Sigrid Hovland", "director", "nominated")]
    got = people_boards.read("3.4 Election of Dr. Anton Keller (new)")
    assert [(r.holder, r.status) for r in got] == [("Anton Keller", "nominated")]
    assert people_boards.read("3.2 Re-election of Anton Keller") == ()
    got = people_boards.read("The Board has nominated Ken Arai to serve concurrently as Chairman.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Ken Arai", "Chairman", "nominated")]


def test_an_agenda_and_its_board_changes_in_a_notice():
    text = ("Brenzwald Industrie AG\n\nInvitation to the Annual General Meeting\n\n"
            "Dr. Margit Lauber, who has served on the Board since 2015, will not stand for re-election.\n\n"
            "4.1 Re-election of Paul Kessler as member and Chairman of the Board of Directors\n"
            "4.2 Election of Nadia Brunner (new)\nNadia Brunner is a lawyer.\n\n"
            "On behalf of the Board of Directors\nPaul Kessler\nChairman\n")
    roles = _roles(text)
    assert ("Margit Lauber", "director", "Brenzwald Industrie", "outgoing") in roles
    assert ("Nadia Brunner", "director", "Brenzwald Industrie", "nominated") in roles
    assert ("Paul Kessler", "chairman", "Brenzwald Industrie", "current") in roles   # the board's closing is no company
    assert signatures._CLOSING.match("On behalf of the Board of Directors")


def test_the_questions_reach_committee_chairs_nominees_and_signers():
    assert asked_roles("who chairs brenzwald's audit committee?") == {"chair of the audit committee"}
    assert committee_asked("who is the chairman of brenzwald?") is None
    assert committee_role_fits("chair of the audit committee", "chair of the audit and risk committee")
    assert not committee_role_fits("chair of the audit committee", "chair of the remuneration committee")
    assert asked_statuses("who is being proposed to join the board, and who is leaving?") == {"nominated", "outgoing"}
    rows = [{k: _Lit(v) for k, v in r.items()} for r in (
        {"personLabel": "Nadia Brunner", "status": "nominated", "quote": "Election of Nadia Brunner (new)"},
        {"personLabel": "Paul Kessler", "status": "current", "quote": "Paul Kessler\nChairman"})]
    assert [r["personLabel"].value for r in _by_succession("who are the nominees for brenzwald's board?", rows, [])[0]] == ["Nadia Brunner"]
    assert [r["personLabel"].value for r in _by_succession("who is on brenzwald's board?", rows, [])[0]] == ["Paul Kessler"]
    assert [r["personLabel"].value for r in _signers("who signed brenzwald's invitation?", rows)] == ["Paul Kessler"]


def test_a_director_named_with_the_kind_of_seat():
    got = people_boards.read("Mr. Lo Wai Kin, a non-executive Director who holds a position at the parent, abstained from voting.")
    assert [(r.holder, r.title, r.status) for r in got] == [("Lo Wai Kin", "non-executive director", "current")]
    assert people_boards.read("Ms. Ada Lee, a director of a private shipping firm, joined the panel.") == ()
