"""Changes to a board stated by a filing: a member leaving it, a person put up for election to it (issue45p).

A notice of a general meeting, an exchange announcement or a results filing says who leaves the
board ("Board member X has informed the Company that he will step down from the Board", "X, who has
served on the Board since 2014, will not stand for re-election", "Mr. X has tendered his resignation
as an independent non-executive Director") and who is put up to join it ("the nomination committee
proposes that X be elected as a new member of the Board", an agenda's "4.5 Election of X (new)",
"the Board has nominated X to serve concurrently as Chairman"). The one leaving holds the seat as
"outgoing" (not its current holder), the one put up as "nominated" (kg:roleStatus), so that "who is
leaving the board" and "who is nominated" are answered and neither is read as a sitting director.

The seat is "director" unless the clause names its kind ("independent non-executive director") or
another title ("as Chairman"). A re-election ("Re-election of X") is no change: not read.

Each shape is a named record (`BoardRule`) with where it was met; `read` is a pure function of one
sentence answering `role_rules.RoleReading`s, resolved by `relations._read_roles` (the organisation:
the document's company, the board's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..pattern_cache import plain
from .entities import NAMED_PERSON, NOT_PERSON_END
from .role_rules import TITLE, RoleReading, SeatRule

_NAME = NAMED_PERSON
_ASIDE = r"(?:,\s+[^,;]{2,100}?,)?"
_BOARD = r"(?:the\s+)?(?:[Bb]oard(?:\s+of\s+[Dd]irectors)?|[Ss]upervisory\s+[Bb]oard)"
# a director's kind, kept in the title: "independent non-executive Director"
_KIND = r"(?P<kind>(?:(?:[Ii]ndependent|[Nn]on-[Ee]xecutive|[Ee]xecutive|[Nn]on-[Ii]ndependent)\s+)*)[Dd]irector(?![\w-])"


BoardRule = SeatRule   # (role_rules.SeatRule: the record both people readers write their shapes as)


RULES: tuple[BoardRule, ...] = (
    BoardRule(
        # a member says they leave the board: steps down from it, does not stand again, resigns the seat
        "leaves-the-board", plain(
            rf"(?<![\w-]){_NAME}{_ASIDE},?\s+"
            r"(?:has\s+(?:informed|notified|told)\s+the\s+(?:[Cc]ompany|[Bb]oard)\s+that\s+(?:he|she)\s+)?"
            rf"(?:(?:will|would|is\s+to|has\s+decided\s+to|intends\s+to)\s+(?:step\s+down|retire|resign)\s+from\s+{_BOARD}"
            rf"|(?:is\s+stepping|stepped|steps)\s+down\s+from\s+{_BOARD}"
            r"|(?:will|would|does|did)\s+not\s+(?:stand|seek|offer\s+(?:himself|herself))\s+(?:for\s+)?re-?election"
            r"|(?:is|was)\s+not\s+(?:standing|seeking)\s+(?:for\s+)?re-?election"
            r"|has\s+decided\s+not\s+to\s+(?:stand|seek)\s+(?:for\s+)?re-?election"
            rf"|(?:has\s+)?(?:(?:tendered|submitted)\s+(?:his|her)\s+resignation|resigned)\s+as\s+(?:an?\s+)?{_KIND})"),
        "outgoing", ("board", "Board", "re-election", "reelection", "resign"),
        seen=("probe33 06 Pexip EGM notice: 'Board member X has informed the Company that he will step down from the Board'",
              "kindcheck34 people 02 Gletschbach AGM invitation: 'X, who has served on the Board since 2014, will not stand "
              "for re-election'",
              "kindcheck34 people 01 Kwanlo HKEX announcement: 'Mr. X has tendered his resignation as an independent "
              "non-executive Director'",
              "focusset27 07 Subex resignation letter: 'I hereby resign as an Independent Director of Subex Limited' "
              "(the seat resigned, said by its holder)")),
    BoardRule(
        # a person put up for election to the board: proposed, an agenda's election of a new member
        "put-up-for-election", plain(
            rf"\b(?:propose[sd]?|recommend(?:s|ed)?)\s+(?:that\s+)?{_NAME}\s+"
            r"(?:(?:be|is)\s+elected\s+as\s+(?:an?\s+)?(?:new\s+)?|as\s+(?:an?\s+)?new\s+)"
            rf"(?:member\s+of\s+{_BOARD}|[Bb]oard\s+member|{_KIND})"),
        "nominated", ("elected", "propose", "recommend"),
        seen=("probe33 06 Pexip EGM notice: 'the nomination committee … proposes that X be elected as a new member of the Board'",
              "kindcheck34 people 02 Gletschbach AGM invitation: '4.5 Election of X (new)' (rule election-agenda-item)")),
    BoardRule(
        # an agenda item electing a new member: "4.5 Election of Dr. X (new)"
        "election-agenda-item", plain(
            rf"(?:^\s*|(?<=\s))(?:(?:\d+(?:\.\d+)*|[a-z])[.)]?\s+)?(?:Election|Appointment)\s+of\s+{_NAME}\s+\((?:new|new\s+(?:member|candidate|director))\)", re.M),
        "nominated", ("(new",),
        seen=("kindcheck34 people 02 Gletschbach AGM invitation: '4.5 Election of Caroline X (new)'",
              "probe33 06 Pexip EGM notice: 'Item 6 - Election of a new board member' (the agenda's election of a new member)")),
    BoardRule(
        # a director named with the kind of seat in apposition: "Mr. X, a non-executive Director who holds a position
        # at <shareholder>, abstained", "Mr. X, an existing independent non-executive Director, has been appointed"
        "director-kind-apposition", plain(
            rf"(?<![\w-]){_NAME},\s+(?:an?\s+|the\s+)?(?:existing\s+|current\s+)?"
            r"(?P<kind>(?:[Ii]ndependent\s+)?[Nn]on-[Ee]xecutive\s+|[Ii]ndependent\s+)[Dd]irector(?![\w-])"),
        "current", ("irector",),
        seen=("probe33 03 CITIC Telecom HKEX announcement: 'Mr. X, a non-executive Director who holds a position at CITIC "
              "Limited, abstained from voting'",
              "kindcheck34 people 01 Kwanlo HKEX announcement: 'Mr. X, an existing independent non-executive Director, has "
              "been appointed as the chairman of the Audit Committee'")),
    BoardRule(
        # the board nominates a person to a post: "the Board has nominated X to serve concurrently as Chairman"
        "board-nominates", plain(
            rf"\b(?:has|have|had)\s+nominated\s+{_NAME}\s+(?:to\s+serve\s+(?:concurrently\s+|also\s+)?)?(?:as\s+(?:the\s+)?(?:new\s+)?(?P<title>{TITLE})|for\s+election)"),
        "nominated", ("nominated",),
        seen=("probe17 05 SCSK kessan tanshin: 'the Board has nominated X to serve concurrently as Chairman'",
              "probe33 06 Pexip EGM notice: the nominated member put to the meeting (rule put-up-for-election)")),
)


def _title(m: re.Match) -> str:
    g = m.groupdict()
    if g.get("title"):
        return " ".join(g["title"].split())
    kind = " ".join((g.get("kind") or "").lower().split())
    return (kind + " director").strip()


@lru_cache(maxsize=8192)
def read(text: str) -> tuple[RoleReading, ...]:
    """The board changes `text` states (`RULES`)."""
    out: list[RoleReading] = []
    for rule in RULES:
        if not any(map(text.__contains__, rule.gate)):
            continue
        for m in rule.pattern.finditer(text):
            name = " ".join(m.group("name").split())
            if NOT_PERSON_END.search(name):
                continue
            out.append(RoleReading(name, m.start("name"), _title(m), rule.status, None, False, None, None, rule.name))
    return tuple(out)


_ELECTION_ITEM = next(r.pattern for r in RULES if r.name == "election-agenda-item")


def election_item(text: str) -> bool:
    """Whether a heading-like line is an agenda's election of a new member ("4.5 Election of X (new)"):
    read for its people as a signature's lines are (`pipeline`); items on lines of their own may be joined
    into one "sentence" ("4.1 Re-election of X … 4.2 Election of Y (new)")."""
    return "(new" in text and _ELECTION_ITEM.search(text) is not None
