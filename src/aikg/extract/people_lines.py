"""People named with their roles by a line's layout, not by a clause's verb (issue 12, issue32p).

A profile, a filing's cover, a panel recap or a fact box names a person with a title on a line of
its own: "Chairman and General Manager: <name>", "Representative: <name>, Representative Director,
President and CEO", "- <name>, Group Chief Executive Officer, <company> (<legal name>)". No verb
says the role; the layout does. Each layout is a named record (`LineRule`) with the documents of
different sources it was met in and invented examples (`tests/test_people_lines.py` checks them).

The name is a person's name of the grammar of `entities.PERSON_NAME` (two to four capitalised words,
particles allowed; an honorific before it is not part of it); the titles are those of the title
registry (`entities.TITLES`, read by `role_rules`): a line with no title of the registry states no
role ("Moderator: Dr. X, partner at a consultancy" is none). The organisation is the one the line
names after the titles (each panellist's own), else the document's company (a filing's cover, a
company's fact box).

`read` is a pure function of one sentence (a line); it answers `role_rules.RoleReading`s, which
`relations._read_roles` resolves as it does the clause rules'. `open_label` names the person of a
label line whose titles go on to the next line (`relations._signature` reads those, as a signature's).
`signature_blocks(text)` (from `signatures`) reads a whole document's signature blocks and bylines.
`appositions(text)` (issue36p) reads a name's apposition whose titles are phrases of `title_phrases`
("X, Representative Director, President and CEO."), which the registry's apposition does not hold whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pattern_cache import plain
from .entities import HONORIFIC, LONG_PERSON_NAME, NOT_PERSON_END, PERSON_NAME
from .people_text import back, unemphasised
from .role_rules import _TITLE_ITEM, TITLE, RoleReading, body_name
from .role_rules import read as _role_read
# a document's signature blocks and bylines (issue33p): a pure reader of the whole text, kept in its
# own module; here too, where the people read from layouts are
from .signatures import _FUNCTIONS, SignatureBlock, signature_blocks  # noqa: F401
from .title_phrases import is_title_word, title_list, title_part

_BULLET = r"^\s*(?:[-*•·▪]\s*|\d{1,2}[.)]\s+)?"
_TITLE_LIST = rf"(?:{_TITLE_ITEM})(?:\s*(?:,|and|&)\s*(?:{_TITLE_ITEM}))*"
# (a byline's "By" is no part of the name: "By X, Chief Financial Officer, Acme" (issue36p); bylines
# "By X, <desk>" open probe3 AMD, probe12 Kingdee, probe19 DeepL and focusset25 Altibox's op-ed)
_NAME = rf"(?:[Bb]y\s+)?{HONORIFIC}(?P<name>{PERSON_NAME})"
# a line of its own bounds the name: four words may be one name (`entities.LONG_PERSON_NAME`)
_LINE_NAME = rf"(?:[Bb]y\s+)?{HONORIFIC}(?P<name>{LONG_PERSON_NAME})"
# an organisation's name on the line, maybe with its legal name in brackets after it
_ORG = r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|de|du|der)){0,5})(?:\s*\([^()]{2,80}\))?"
# what may close a panellist's line after the organisation: a description of it, not a clause
_DESCRIPTION = r"(?:,\s+(?:an?|the|its|[a-z][\w-]*['’]s|[A-Z][\w-]*['’]s)\s+(?![^.;:]*\b(?:said|says|told|added|noted|is|was|are|were|will|has|had)\b)[^.;:\"“”]{2,90})?"
_TITLE_RX = plain(rf"(?<![\w-])(?:{TITLE})(?![\w-])")   # (a whole word: not the "head" of "Maidenhead")
_VERBS = plain(r"\b(?:said|says|told|added|noted|explained|announced|will|would)\b")


# rule dated-title-line (DATED_TITLE_LINE): a bracket after a list line's titles dates the post: its
# start ("(since July 7, 2025)", "(appointed 9 January 2024)") or its end ("(departed June 30, 2025)")
_DATED_START = ("since", "appointed", "effective", "from", "joined")
_DATED = (r"\((?P<dated>since|appointed|effective|from|joined|departed|left|until|retired|resigned)\s+"
          r"(?P<when>(?:[A-Z][a-z]+\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+)?(?:19|20)\d\d)\)")


@dataclass(frozen=True)
class LineRule:
    """One layout that names a person with titles on a line: `pattern` has the groups `name`,
    `titles` (the registry's titles, or words holding them), maybe `org` (the organisation the line
    names); `org`: "line" the one named on the line, else the document's company."""
    name: str
    pattern: re.Pattern
    gate: tuple[str, ...]
    examples: tuple[str, ...]
    seen: tuple[str, ...]
    titles_only: bool = True     # the `titles` group holds titles only (else words among which titles are read)
    slash_parts: bool = False    # the `titles` group is parts joined by "/", each a title (`title_phrases.title_list`)


RULES: tuple[LineRule, ...] = (
    LineRule(
        # a title as a label, the person after it: a company's profile line or fact box
        "title-label", plain(
            rf"{_BULLET}(?P<titles>{_TITLE_LIST})\s*:\s*{_LINE_NAME}\s*[.;]?\s*$"),
        (":",),
        examples=("Chairman and General Manager: Lin Qiao",
                  "Chief Executive Officer: Tom Aldous.",
                  "- CFO: Mara Holt"),
        seen=("probe22 Eoptolink half-year report: 'Chairman and General Manager: X'",
              "probe22 Helios Towers bond summary: 'Chief Executive Officer: **X**. Chief Financial Officer: **Y**.'",
              "probe17 Maroc Telecom fact box: '- CEO: X'")),
    LineRule(
        # (issue50p) titles joined by a slash as the label, each part a title or a title phrase
        # ("Representative Director", a board seat, `title_phrases`), maybe a form's item number before
        "slash-titles-label", plain(
            rf"{_BULLET}(?P<titles>[A-Z][\w&. -]{{2,60}}?(?:\s*/\s*[A-Z][\w&. -]{{2,60}}?)+)\s*:\s*{_LINE_NAME}\s*[.;]?\s*$"),
        ("/",),
        examples=("10. Representative Director / Chief Executive Officer: Mina Park",
                  "Managing Director/CEO: Tunde Bello"),
        seen=("probe36 02 Hanmi DART contract filing: '10. Representative Director / Chief Executive Officer: X' (a numbered "
              "form field)",
              "probe34 03 CWG NGX earnings forecast: 'The Managing Director/Chief Executive Officer, Mr. X, said' (the same "
              "slash-joined titles, in prose)"),
        titles_only=False, slash_parts=True),
    LineRule(
        # a label that is no title ("Representative", "Contact", "Speaker"), the person, then the
        # titles after a comma: a filing's cover (the Japanese exchange's form)
        "label-name-titles", plain(
            rf"{_BULLET}(?P<label>[A-Z][a-z]+(?:\s+[a-z]+){{0,2}})\s*:\s*{_NAME},\s+(?P<titles>[^:;\"“”]{{2,160}}?)\s*[,.]?\s*$"),
        (":",),
        examples=("Representative: Ken Oda, Representative Director, President and CEO",
                  "Contact: Aya Mori, Vice President, Investor Relations"),
        seen=("probe17 SCSK results summary: 'Representative: X, Representative Director, President and Chief Executive Officer'",
              "probe21 Renesas notice: 'Representative: X, Representative Director,' / 'President and CEO' (the titles on the next line)"),
        titles_only=False),
    LineRule(
        # a person, their titles, then their organisation: a panel's or a board's list, a slide's
        # presenter line; a line of its own, no verb after (not "X, CFO, said …"); the titles may
        # say the holder left ("former CFO") and a bracket close the line with the date they took or
        # left the post (rule dated-title-line, `_DATED`)
        "name-titles-org", plain(
            rf"{_BULLET}{_LINE_NAME}(?:,|\s+[—–]|\s+-(?=\s))\s+(?P<former>former\s+)?(?P<titles>(?:[Gg]roup\s+)?{_TITLE_LIST})(?:,\s+{_ORG}{_DESCRIPTION})?"
            rf"(?:\s*{_DATED})?\s*[.;]?\s*$"),
        (",", "—", "–", " - "),
        examples=("- Ana Ruiz, Group Chief Executive Officer, Kestrel Telecom (Kestrel Telecommunications S.A.)",
                  "- Dewi Sarasvati - President Director",
                  "- Ivo Dahl, Chief Executive, Fjord Net, the country's wholesale network",
                  "Lea Stone, President & CEO",
                  "- Tove Brink, Chief Revenue Officer (since March 3, 2025)",
                  "- Ole Sand, former Chief Financial Officer (departed 30 June 2025)",
                  "- Marcus Lee Wen Jie – Group Managing Director (appointed 2 Mar 2026)"),
        seen=("probe22 Batelco panel recap: '- **X**, Group Chief Executive Officer, **Batelco** (Bahrain Telecommunications Company B.S.C.)'",
              "dated-title-line: probe28 03 Commvault proxy '- X, Chief Financial Officer (since July 7, 2025)', '- Y, former "
              "Chief Financial Officer (departed June 30, 2025)'; probe18 Ibiden slides '• X — President & CEO (since April 2022)'; "
              "focusset22 10 Pulsant registry '… - Director, Chief Financial Officer (appointed 9 January 2024)'",
              "probe18 Ibiden IR day slide: 'X, President & CEO'",
              "(issue43p) the dash a spaced hyphen: probe32 07 Emtek expose minutes 'Company representatives:' / '- X - President "
              "Director' (the layout of probe18 Ibiden's '• X — President & CEO (since April 2022)')",
              "probe5 HCLTech release: 'X, Chief Financial Officer, HCLTech, said' (the same triple in a sentence)",
              "(issue50p) a four-word name (`entities.LONG_PERSON_NAME`): probe36 08 Frontken quote page's officers list "
              "'X &ndash; Group Managing Director (appointed 1 Jul 2026)'; probe32 04 du DFM disclosure 'said X, Chief "
              "Executive Officer' (a four-word name before its title, in prose: not read by this rule)")),
)


@lru_cache(maxsize=8192)
def read(text: str) -> tuple[RoleReading, ...]:
    """The roles a line's layout states (`RULES`); offsets are those of `text`."""
    if len(text) > 300:
        return ()
    plain_text, offsets = unemphasised(text)
    out: list[RoleReading] = []
    for rule in RULES:
        if not any(map(plain_text.__contains__, rule.gate)):
            continue
        m = rule.pattern.match(plain_text)
        if m is None or NOT_PERSON_END.search(m.group("name")) or body_name(m.group("name")):
            continue   # (issue43p) a body is no person: "… realigns Management Board – new CFO and new CTIO" (kindcheck33 01 headline)
        if rule.name == "name-titles-org" and _VERBS.search(plain_text, m.end("titles")):
            continue
        if rule.slash_parts:
            titles = title_list(m.group("titles").split("/")) or []
        else:
            titles = [t.group(0) for t in _TITLE_RX.finditer(m.group("titles"))]
        org_at = back(offsets, m.start("org")) if m.groupdict().get("org") else None
        if org_at is not None and all(w.lower().strip("&,") in _FUNCTIONS for w in m.group("org").split()):
            org_at = None   # "Vice President, Investor Relations": a function, no organisation (signatures._FUNCTIONS)
        org_text = " ".join(m.group("org").split()) if org_at is not None else None
        name = " ".join(m.group("name").split())
        at = back(offsets, m.start("name"))
        gd = m.groupdict()
        dated, when = gd.get("dated"), gd.get("when")
        left = gd.get("former") is not None or (dated is not None and dated not in _DATED_START)
        since = when if dated in _DATED_START else None
        until = when if dated is not None and dated not in _DATED_START else None
        for t in dict.fromkeys(titles):
            out.append(RoleReading(name, at, t, "former" if left else "current", org_at, org_at is None, since, until,
                                   rule.name, org_text=org_text))
        if out:
            break
    return tuple(out)


_OPEN_LABEL = plain(rf"{_BULLET}[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s*:\s*{_NAME},\s+[^:;]{{0,80}},\s*$")


def open_label(text: str) -> str | None:
    """The person of a label line whose titles go on to the next line ("Representative: X,
    Representative Director," then "President and CEO"), when the line itself states none."""
    plain_text, _ = unemphasised(text)
    m = _OPEN_LABEL.match(plain_text) if len(plain_text) < 200 else None
    if m is None or NOT_PERSON_END.search(m.group("name")) or read(text):
        return None
    return " ".join(m.group("name").split())


def person_line(text: str) -> bool:
    """Whether a line (a heading to the pipeline) names a person with a title by its layout: one of
    `RULES`, a label line going on to the next, or a list of names with bracketed titles ("Board:
    X (Chair), Y (CEO)", `role_rules` name-title-parenthesis)."""
    return bool(read(text)) or open_label(text) is not None or (
        "(" in text and any(rd.rule == "name-title-parenthesis" for rd in _role_read(text)))


# A name, then in apposition a list of titles read as phrases (`title_phrases`): "writes X,
# Representative Director, President and CEO." (probe26 JBCC report; the same list after a label,
# probe17 SCSK's cover and probe23 Lasertec's respondents), "X, Managing Partner, said" (focusset21
# Truecaller letter's signature, focusset26 Ribbon 13D's); the list ends the apposition (a stop, a
# comma before a verb or a preposition, a closing bracket or quote) or names the organisation ("of
# Acme"). A list whose every part is a registry title is read already (`entities` apposition).
_APPOS_NAME = plain(rf"(?<![\w-]){_NAME},[ \t]+")
_APPOS_PART = plain(r"[^,;.:()\"“”\n]{2,70}")
_APPOS_END = plain(r"\s*(?:[.;)\"“”]|$|,\s+(?:said|says|told|added|noted|writes|wrote|explained|who|at|in|on|during)\b)")
_APPOS_OF = plain(r"^(?P<title>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})$")


def appositions(text: str) -> tuple[RoleReading, ...]:
    """The roles of a name's apposition that lists title phrases (`title_phrases.title_part`)."""
    if "," not in text or len(text) > 2000:
        return ()
    plain_text, offsets = unemphasised(text)
    out: list[RoleReading] = []
    for m in _APPOS_NAME.finditer(plain_text):
        if NOT_PERSON_END.search(m.group("name")) or title_part(m.group("name")) is not None or is_title_word(m.group("name").split()[-1]):
            continue   # (a title is no name: "Authorised Public Accountant, Auditor in charge")
        pos, titles, org_at, org_text, phrased = m.end(), [], None, None, False
        while True:
            p = _APPOS_PART.match(plain_text, pos)
            if p is None:
                break
            part = p.group(0)
            got = title_part(part)
            of = None
            if got is None and (of := _APPOS_OF.match(part.strip())) is not None:
                got = title_part(of.group("title"))
            if got is None:
                break
            said = of.group("title") if of is not None else part.strip()
            phrased = phrased or not all(_TITLE_RX.fullmatch(x.strip()) for x in _JOIN_RX.split(said))
            titles += got
            pos = p.end()
            if of is not None:
                org_at = p.start() + len(part) - len(part.lstrip()) + of.start("org")
                org_text = of.group("org")
                break
            if not plain_text.startswith(",", pos) or _APPOS_END.match(plain_text, pos):
                break
            pos += 1
            while pos < len(plain_text) and plain_text[pos] in " \t":
                pos += 1
        if not titles or not phrased or (org_at is None and not _APPOS_END.match(plain_text, pos)):
            continue
        name = " ".join(m.group("name").split())
        at = back(offsets, m.start("name"))
        for t in dict.fromkeys(titles):
            out.append(RoleReading(name, at, t, "current", back(offsets, org_at), False, None, None,
                                   "name-title-phrases", org_text=org_text))
    return tuple(out)


_JOIN_RX = plain(r"\s+(?:and|&)\s+")
