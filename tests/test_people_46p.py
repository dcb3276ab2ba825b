"""People named the way exchange releases name them (issue46p), in our own words about invented companies:
the title before the name after "The", an honorific before the name, titles joined by "/" or "&"
("The Managing Director/Chief Executive Officer, Mr. X, said"); an appointment whose start date lies after
the document's (incoming, with the date); Vietnamese names and the "General Director" title."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

HEAD = ("Larkspur Data Plc results\n\nLagos, October 20, 2026 — Larkspur Data Plc (\"Larkspur\" or \"the Company\") "
        "reported results for the quarter ended September 30, 2026. Revenue rose 14% to N2.1 billion.\n\n")


def _roles(text: str, head: str = HEAD) -> set[tuple]:
    facts = extract_text(head + text + "\n", "t", "t.txt").facts
    return {(f.person.label, f.role, f.role_text, f.status, f.since)
            for f in facts if f.kind == "role"}


def test_slash_joined_title_before_an_honorific_name_is_each_title():
    got = _roles("The Managing Director/Chief Executive Officer, Mr. Femi Adeyemo-Cole, said the plan was on track.")
    assert ("Femi Adeyemo-Cole", "CEO", "Managing Director/Chief Executive Officer", "current", None) in got
    assert ("Femi Adeyemo-Cole", "managing director", "Managing Director/Chief Executive Officer", "current", None) in got


def test_the_title_of_the_company_then_the_name():
    got = _roles("The Managing Director & CEO of the Company, Ms. Nusrat Jahan, signed the agreement on behalf of the Company.")
    assert {r[:2] for r in got} >= {("Nusrat Jahan", "CEO"), ("Nusrat Jahan", "managing director")}


def test_the_title_then_a_name_with_mrs():
    got = _roles("The Chief Financial Officer, Mrs. Ngozi Okafor-Bell, noted that costs fell.")
    assert ("Ngozi Okafor-Bell", "CFO") in {r[:2] for r in got}


def test_appointed_with_a_later_start_date_is_incoming_with_the_date():
    got = _roles("The Board also announced that Mr. Obi Adeyemi-Cole has been appointed Chairman with effect from "
                 "1 March 2027, succeeding the retiring Chairman.")
    assert ("Obi Adeyemi-Cole", "chairman", "Chairman", "incoming", "1 March 2027") in got
    got = _roles("Marta Solberg has been named President of Larkspur Data, effective 1 December 2026.")
    assert ("Marta Solberg", "president", "President", "incoming", "1 December 2026") in got


def test_vietnamese_names_and_general_director():
    head = ("Saigon Netlink Corporation explanation of results\n\nHo Chi Minh City, 20 October 2026 — Saigon Netlink "
            "Corporation reported profit after tax of 12,4 billion dong for Quarter 3/2026.\n\n")
    got = _roles("According to Mr. Nguyễn Văn Đức, General Director of Saigon Netlink, orders doubled.\n\n"
                 "Deputy General Director Phạm Thị Lụa added that margins improved.", head)
    roles = {r[:2] for r in got}
    assert ("Nguyễn Văn Đức", "general director") in roles
    assert ("Phạm Thị Lụa", "deputy general director") in roles
    assert ("Phạm Thị Lụa", "general director") not in roles


def test_a_title_field_after_the_title_is_no_person():
    got = _roles("For further information please contact the Vice President, Human Resources, at the address above.")
    assert not any(r[0] == "Human Resources" for r in got)


def test_a_vietnamese_name_with_horned_letters_is_read_whole():
    got = _roles("Larkspur Data's Chairman Tô Văn Cường said the company would expand.")
    assert ("Tô Văn Cường", "chairman") in {r[:2] for r in got}
