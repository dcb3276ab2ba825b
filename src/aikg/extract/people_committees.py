"""The chair of a board's committee, read from the clause that names both (issue45p).

A filing names who chairs one of the board's committees in a few shapes: the committee and then its
chair ("The nomination committee, chaired by X, proposes …", "The special committee … is chaired by
X", "reviewed by the audit and risk committee under the chairmanship of Ms X"), or the person and
then the post ("X, Chair of the Remuneration Committee", "X … has been appointed as the chairman of
the Audit Committee"). The role is the committee's chair, named with the committee ("chair of the
audit committee"), never the company's chairman: `relations.people` drops a plain "chairman" a
title pattern read from the same words (`committee_chair_only`).

Each shape is a named record (`CommitteeRule`) with the documents of different sources it was met
in; `read` is a pure function of one sentence answering `role_rules.RoleReading`s, resolved by
`relations._read_roles` as the clause rules' are (the organisation: the document's company).
A committee named with an indefinite article ("an expert committee chaired by X", probe18 Sarvam
hearing: a government panel) is not the company's: not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..pattern_cache import plain
from .entities import NAMED_PERSON, NOT_PERSON_END, TITLES
from .role_rules import RoleReading, SeatRule

# the committee: "the audit committee", "its Nomination Committee", "the Company's audit and risk
# committee", "The special committee"; one to four words of its kind before "committee"
_KIND_WORD = r"(?!(?:the|a|an|its|of|to|by|which|that|and)\b)[A-Za-z][a-z-]+"
_KIND = rf"(?P<kind>{_KIND_WORD}(?:\s+(?:and|&)\s+{_KIND_WORD}|\s+{_KIND_WORD}){{0,3}})"
_THE = r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[A-Z][\w.&-]*['’]s\s+|[Cc]ompany['’]s\s+|[Gg]roup['’]s\s+|[Bb]oard['’]s\s+)?|['’]s\s+)"
_COMMITTEE = rf"{_THE}{_KIND}\s+[Cc]ommittee(?![\w-])"
_CHAIR = r"[Cc]hair(?:man|woman|person)?"
_NAME = NAMED_PERSON


CommitteeRule = SeatRule   # (role_rules.SeatRule: the record both people readers write their shapes as)


RULES: tuple[CommitteeRule, ...] = (
    CommitteeRule(
        # the committee, then "chaired by" its chair, maybe after the chair's title ("the Executive
        # Committee chaired by the Chief Executive Officer, Mr Olivier Ravenel")
        "committee-chaired-by", plain(
            rf"{_COMMITTEE}(?:,|\s+(?:(?:consists|comprises|is\s+made\s+up)\s+of\s+[^.;]{{2,90}}?\s+and\s+)?(?:is\s+|was\s+|,\s+)?)?\s*"
            rf"(?:chaired|headed|led)\s+by\s+(?:the\s+|its\s+)?(?:(?:{TITLES})\s*,?\s+)?{_NAME}"),
        "current", ("ommittee",),
        seen=("probe28 03 Commvault proxy: 'the Compensation Committee, chaired by X, considered this result'",
              "probe33 06 Pexip EGM notice: 'The nomination committee, chaired by X, proposes that …'",
              "probe33 01 Kanemori TOB opinion: 'The special committee consists of three independent outside "
              "directors and is chaired by X'",
              "probe31 06 Sword Group segment note: 'the Executive Committee chaired by the Chief Executive Officer, Mr X'")),
    CommitteeRule(
        # the committee, then "under the chairmanship of" its chair: the same committee-then-chair
        # shape as `committee-chaired-by`, its verb a noun
        "committee-chairmanship", plain(rf"{_COMMITTEE}\s+under\s+the\s+chair(?:man|woman|person)?ship\s+of\s+{_NAME}"),
        "current", ("chairmanship", "chairpersonship"),
        seen=("kindcheck34 people 03 Umzolo SENS trading statement: 'reviewed by the audit and risk committee under "
              "the chairmanship of Ms X' (the committee-then-chair shape of the records above)",)),
    CommitteeRule(
        # the person, then the post in apposition: "X, Chair of the Remuneration Committee"
        "chair-of-committee-apposition", plain(
            rf"(?<![\w-]){_NAME},\s+(?:the\s+|an?\s+)?(?:[Ii]ndependent\s+)?(?:[Nn]on-[Ee]xecutive\s+)?(?:[Dd]irector\s+and\s+)?{_CHAIR}\s+of\s+{_COMMITTEE}"),
        "current", ("ommittee",),
        seen=("focusset30 17 Games Workshop remuneration report: 'X, Chair of the Remuneration Committee' (its signature)",
              "kindcheck34 people 01 Kwanlo HKEX announcement: 'the chairman of the audit committee of the Company'")),
    CommitteeRule(
        # the person appointed or elected to the post: "X, an existing independent non-executive Director,
        # has been appointed as the chairman of the Audit Committee"
        "appointed-committee-chair", plain(
            rf"(?<![\w-]){_NAME}(?:,\s+[^,;]{{2,100}}?,)?\s+(?P<verb>has\s+been|have\s+been|was|will\s+be|is\s+to\s+be)\s+"
            rf"(?:re-?)?(?:appointed|named|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?{_CHAIR}\s+of\s+{_COMMITTEE}"),
        None, ("ommittee",),
        seen=("kindcheck34 people 01 Kwanlo HKEX announcement: 'X, an existing independent non-executive Director, has "
              "been appointed as the chairman of the Audit Committee'",
              "probe33 06 Pexip / probe28 03 Commvault: the committee's chair as a post of its own (the records above)")),
)

# a chair word not of a committee: the company's chairman named in the same sentence
_CHAIR_WORD = plain(rf"(?<![\w-]){_CHAIR}(?![\w-])")
_OF_COMMITTEE = plain(rf"\s+of\s+{_COMMITTEE}")


def committee_title(kind: str) -> str:
    """The role of a committee's chair, named with the committee ("chair of the audit committee")."""
    return "chair of the " + " ".join(kind.lower().replace("&", "and").split()) + " committee"


@lru_cache(maxsize=8192)
def read(text: str) -> tuple[RoleReading, ...]:
    """The committee chairs `text` names (`RULES`)."""
    if "ommittee" not in text:
        return ()
    out: list[RoleReading] = []
    seen: set[tuple[int, str]] = set()
    for rule in RULES:
        if not any(map(text.__contains__, rule.gate)):
            continue
        for m in rule.pattern.finditer(text):
            name = " ".join(m.group("name").split())
            if NOT_PERSON_END.search(name):
                continue
            title = committee_title(m.group("kind"))
            key = (m.start("name"), title)
            if key in seen:
                continue
            seen.add(key)
            status = rule.status
            verb = m.groupdict().get("verb") or ""
            if status is None and verb.startswith(("will", "is")):
                status = "incoming"
            out.append(RoleReading(name, m.start("name"), title, status, None, False, None, None, rule.name))
    return tuple(out)


def committee_chair_only(text: str) -> bool:
    """Whether every chair word of `text` is a committee's ("the chairman of the Audit Committee"):
    a plain "chairman" read from it is no company chairman."""
    words = list(_CHAIR_WORD.finditer(text))
    return bool(words) and all(_OF_COMMITTEE.match(text, w.end()) for w in words)
