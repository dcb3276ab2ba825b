"""A person's title read as a phrase: modifiers, a head noun, a complement (issue36p).

The title registry (`entities.TITLES`, `role_rules.TITLE`) lists whole titles ("Chief Executive
Officer", "Managing Director"). A title written in a list after a name is often a phrase the
registry does not hold whole: "Representative Director, President and CEO" (a Japanese company's
officer), "Authorised Public Accountant, Auditor in charge" (an auditor's signature), "Managing
Partner" (a fund's). Such a phrase is modifiers (`MODIFIERS`: scope and seniority, "Representative",
"Senior", "Lead", "Authorised Public"), a head noun (`HEADS`: director, officer, partner, auditor,
accountant, secretary, ...) and maybe a complement ("in charge", "of the Board").

`title_part(part)` says whether a comma-separated part of a list is a title (the registry's, or a
phrase of this grammar) and which titles it gives: the registry's titles it holds, and the phrase
itself when its head is one that names a role (`HeadRecord.role`: an auditor, a partner). A head
that names no role of its own ("Representative Director": a board seat) still makes the part a
title, so the list it stands in is a list of titles ("X, Representative Director, President and
CEO": President and CEO are read). Pure functions; the readers are `role_rules` (a name's
apposition) and `signatures` (a block's title line).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..pattern_cache import plain
from .entities import TITLES

# a title of the registry (`entities.TITLES`), two joined by "and", also said as "<field> chief"
# ("finance chief", "technology chief"); `role_rules.TITLE` is this one
# (issue43p) a chief officer of two functions joined by "and", each capitalised: "Chief Technology and
# Information Officer" (probe32 04 du disclosure, kindcheck33 01 Velmarin corporate news), read first (the
# registry's "Chief <one word> Officer" stops at "and"); `relations.normalise_roles` splits it in two
_CHIEF_TWO = r"[Cc]hief\s+[A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+\s+[Oo]fficer"
# (issue43p) an Indonesian board's titles, said whole: "President Director" (probe32 07 Emtek expose minutes,
# probe12 Indosat release 'Bayu Hanantasena, President Director of Lintasarta', kindcheck33 02 Sarinadi), and
# the board of commissioners' chair, "President Commissioner" (the same companies' two-tier boards): another
# role than a president's (kept as written, "president director")
_BOARD_TWO_TIER = r"[Pp]resident\s+(?:[Dd]irector|[Cc]ommissioner)(?![\w-])"
# (issue43p) a chief officer's initials the registry lacks, maybe with the region the post covers after them:
# "CCO DACH" next to "CCO International" (kindcheck33 01 Velmarin), the region of probe32 02 cBrain's "Chief
# Commercial Officer for the DACH region"; the region words are generic sales regions
_REGION_WORDS = r"(?:DACH|EMEA|APAC|APJ|LATAM|Americas|International|Europe|Nordics|Benelux)"
_CHIEF_INITIALS = rf"(?:CCO|CTIO|CIO)(?:\s+{_REGION_WORDS})?(?![\w-])"
TITLE = (rf"(?:{_CHIEF_TWO}|{_BOARD_TWO_TIER}|{_CHIEF_INITIALS}|{TITLES}(?:\s+(?:and|&)\s+{TITLES})?|[Ff]inanc(?:e|ial)\s+chief|[Tt]echnology\s+chief"
         r"|[Oo]perating\s+chief)")


@dataclass(frozen=True)
class HeadRecord:
    """A head noun of a title phrase: its words (lower case), whether the phrase names a role of
    its own (`role`: kept as written) or only marks a part as a title, where it was met; a head that
    names a role only after one of `role_after`'s modifiers ("Company Secretary", not a bare "Secretary")."""
    name: str
    words: tuple[str, ...]
    role: bool
    seen: tuple[str, ...]
    role_after: tuple[str, ...] = ()


HEADS: tuple[HeadRecord, ...] = (
    HeadRecord("director", ("director", "directors"), False,
               ("probe17 SCSK cover: 'X, Representative Director, President and Chief Executive Officer'",
                "probe23 Lasertec Q&A: 'Respondents: X, Representative Director, President and CEO'",
                "probe21 Renesas notice: 'Representative: X, Representative Director,'")),
    HeadRecord("officer", ("officer",), False,
               ("probe12 Advantest: 'Representative Director, Senior Executive Officer and Group CEO'",
                "probe23 Tanla outcome: 'Company Secretary and Compliance Officer'")),
    # (issue44p) a company secretary is an officer of the company: the signer of a filing's close, under
    # "For <company>" / "By order of the Board" (probe33 02 Techno Electric BSE clarification, probe32 03
    # Avanceon PSX notice, probe30 02 WiseTech Appendix 4D, focusset23 08 Sasken, focusset26 15 Iress); a
    # bare "Secretary" ("Secretary of the Meeting") names none
    HeadRecord("secretary", ("secretary",), False,
               ("probe23 Tanla outcome: 'Company Secretary and Compliance Officer'",
                "Indian exchange notices generally (a company secretary signs)"),
               role_after=("company",)),
    HeadRecord("partner", ("partner",), True,
               ("focusset21 Truecaller open letter: 'X, Managing Partner, <firm> LP'",
                "focusset26 Ribbon 13D: 'By: /s/ X, Managing Partner'")),
    HeadRecord("auditor", ("auditor",), True,
               ("probe26 Dustin audit report: 'Authorised Public Accountant, Auditor in charge' (its signature)",
                "focusset24 Redcentric audit report: 'Statutory Auditor, Chartered Accountants' (the firm's line)")),
    HeadRecord("analyst", ("analyst",), True,
               ("probe11 Panasonic call: 'X — Analyst, <firm>' (the participants list)",
                "probe21 Zoho job-ads analysis: 'Author: X, lead analyst, <firm>'",
                "probe19 Jabil TV transcript: 'Guest: X, senior hardware analyst, <firm>'")),
    HeadRecord("accountant", ("accountant", "accountants"), False,
               ("probe26 Dustin audit report: 'Authorised Public Accountant'",
                "focusset24 Redcentric audit report: 'Chartered Accountants'")),
)
_HEAD_OF = {w: h for h in HEADS for w in h.words}

# words before a head: scope, seniority, the kind of seat or licence
MODIFIERS = frozenset(
    "representative senior executive managing general lead leading principal statutory authorised authorized "
    "public certified chartered registered group deputy vice joint interim acting non-executive independent "
    "whole-time wholetime global regional company compliance supervisory founding".split())
# a function before a head: "Investor Relations Officer", "Finance Director", "Sales Manager"
FUNCTIONS = frozenset(
    "investor investors relations finance financial technology operations operating sales marketing legal "
    "compliance risk people human resources strategy data digital information security research development "
    "product commercial communications corporate audit accounting treasury engineering".split())
# what may follow a head: "in charge", "of the Board", "of the Company"
_COMPLEMENT = plain(r"(?:in\s+charge|of\s+the\s+(?:[Bb]oard|[Cc]ompany|[Gg]roup))")
_TITLE_RX = plain(rf"(?<![\w-])(?:{TITLE})(?![\w-])")
_JOIN = plain(r"\s+(?:and|&)\s+")


def _phrase(words: list[str]) -> bool:
    """Whether `words` are modifiers and then a head noun."""
    if not words or words[-1].lower() not in _HEAD_OF:
        return False
    return all((w.lower() in MODIFIERS or w.lower() in FUNCTIONS) and w[0].isupper() for w in words[:-1])


def is_title_word(word: str) -> bool:
    """Whether a word is a head noun of the grammar ("Accountant", "Director")."""
    return word.lower() in _HEAD_OF


def title_part(part: str) -> list[str] | None:
    """The titles of a part of a title list ("President and CEO", "Representative Director",
    "Auditor in charge"): each conjunct a registry title or a phrase of this grammar; None when the
    part is no title. A phrase whose head names a role is given as written; a registry title as
    the registry reads it."""
    s = " ".join(part.split()).strip(" .")
    if not s:
        return None
    out: list[str] = []
    for conj in _JOIN.split(s):
        m = _TITLE_RX.fullmatch(conj)
        if m is not None:
            out.append(conj)
            continue
        base = _COMPLEMENT.sub("", conj).strip() if _COMPLEMENT.search(conj) else conj
        words = base.split()
        if _phrase(words):
            head = _HEAD_OF[words[-1].lower()]
            if head.role or any(w.lower() in head.role_after for w in words[:-1]):
                out.append(conj)
            continue
        # a registry title after modifiers of the grammar ("Senior Vice President", "Group CEO")
        t = _TITLE_RX.search(conj)
        if t is not None and t.end() == len(conj) and all(w.lower() in MODIFIERS and w[0].isupper() for w in conj[:t.start()].split()):
            out.append(t.group(0))
            continue
        return None
    return out


def title_list(parts: list[str]) -> list[str] | None:
    """The titles of a whole list of parts, each one a title; None when one is not, or none of
    them names a role."""
    out: list[str] = []
    for p in parts:
        got = title_part(p)
        if got is None:
            return None
        out += got
    return out or None
