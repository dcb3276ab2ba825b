"""People in a table's rows: a cell holding a person's name alone, a cell holding their titles (issue36p).

A board line-up, a management table, a contact list or a company's fact box sets each person on a
row of their own: "| Representative Director and President (chief executive) | Aiko Sato |", "Ivo
Dahl | Chief Financial Officer | Kestrel Labs". No verb says the role; the row does. The rule is a
named record (`ROW_RULE`) with the documents of different sources where such rows were met.

A title cell is one whose every part (parts set apart by ";" or ",") is a title of the registry or
a title phrase (`title_phrases.title_part`: "Representative Director", "Senior Managing Executive
Officer"); a gloss in brackets is read as well ("President (chief executive)"). A cell in another
language, a description or a place is no title cell and is passed over; a row with no title cell
gives nothing ("Executive Officer; head of the Edge AI Division" is not read whole, so not at all).
The organisation is a cell that holds an organisation's name alone, else the document's company.

`rows(text)` answers `signatures.SignatureBlock`s (rule "table-row"), read by
`signature_roles.block_roles` as a signature's are.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .people_committees import committee_title
from .rule_record import RuleRecord
from .signatures import SignatureBlock, _name, _org_line, _title_part
from .title_phrases import title_part

ROW_RULE = RuleRecord(
    "table-row",
    "a table row sets a person's name in one cell and their titles in another: the row states the role",
    ("focusset22 13 Aiven pitch: 'X | Senior Account Director | <firm>' (name, title, firm)",
     "probe20 03 Axiata infobox 'Key people' and focusset21 25 Novatek infobox 'Key people | X (Chairman and CEO)'"
     " (a table's cell naming a person with titles)"),
    ("| Representative Director and President (chief executive) | Aiko Sato |",
     "| Ivo Dahl | Chief Financial Officer | Kestrel Labs |"),
)

# (issue49o) a committee column's cell marks the committee the person chairs with "(Chair)" after its name:
# "| Padraig Dromore | Independent Non-Executive Director | … | Remuneration (Chair), Nomination |"
COMMITTEE_CELL = RuleRecord(
    "committee-chair-cell",
    "in a column whose header names committees, a committee written with '(Chair)' after it is the one the row's "
    "person chairs: the role is the committee's chair, named with the committee",
    ("kindcheck35 people 02 Liffeyside board table: 'Committee memberships' column, 'Remuneration (Chair), Nomination'",
     "probe28 03 Commvault proxy: the committee's member list 'X (Chair), Y, Z' under 'Compensation Committee Report' "
     "(the same '(Chair)' mark of a committee's chair, written after the person)"),
    ("| Ada Brent | Independent Director | Audit (Chair), Nomination |",),
)

_NAME_HEADERS = frozenset({"name", "names", "person", "member", "director", "officer", "executive"})
_WORD = plain(r"[A-Za-z]{2}")   # (an organisation's cell holds a word: not "2019")
_SEP = plain(r"^\s*\|?\s*:?-{3,}")
_BRACKET = plain(r"\(([^()]{2,60})\)")
_PARTS = plain(r"\s*[;,]\s*")
_CELL = plain(r"[^|]+")
# a cell stating a year is a date or a tenure ("3 March 2025", "14 May 2019 (Chair from 1 January 2023)"), no organisation
_YEAR = plain(r"\b(?:19|20)\d\d\b")
_COMMITTEE_HEAD = plain(r"\bcommittees?\b", re.I)
# "Remuneration (Chair)", "Audit and Risk (chair)"
_CHAIRED = plain(r"^(?P<kind>[A-Z][A-Za-z&-]*(?:\s+(?:and|&|[A-Za-z-]+)){0,3})\s*\((?:Chair|Chairman|Chairwoman|Chairperson)\)$", re.I)


def committee_chairs(cell: str) -> list[str]:
    """The committee chairs a committee cell marks (rule committee-chair-cell): "Remuneration (Chair), Nomination"
    gives "chair of the remuneration committee"."""
    return [committee_title(m.group("kind").removesuffix(" Committee").removesuffix(" committee"))
            for part in _PARTS.split(cell) if (m := _CHAIRED.match(part.strip()))]


def _cells(line: str) -> list[tuple[int, str]]:
    """A pipe row's cells with their offsets in the line."""
    out = [(m.start(), m.group(0)) for m in _CELL.finditer(line)]
    return [(a + len(c) - len(c.lstrip()), c.strip()) for a, c in out if c.strip()]


def title_cell(cell: str) -> list[str] | None:
    """The titles of a cell that holds titles only (each part a title or a title phrase, a
    bracketed gloss too), else None."""
    if not cell or len(cell) > 140 or not cell[0].isalpha():
        return None
    glosses = _BRACKET.findall(cell)
    bare = _BRACKET.sub(" ", cell)
    out: list[str] = []
    for part in [p for p in _PARTS.split(bare) if p.strip()] + glosses:
        got = _title_part(part) if not glosses or part not in glosses else None
        if got is None:
            got = title_part(part)
        if got is None:
            return None
        out += got
    return out


def rows(text: str) -> tuple[SignatureBlock, ...]:
    """The people of the text's pipe tables, each with the titles their row gives."""
    if "|" not in text:
        return ()
    out: list[SignatureBlock] = []
    pos = 0
    lines = text.split("\n")
    name_col: int | None = None   # the column a header names "Name" (its cells may not be the only name-like ones)
    committee_cols: set[int] = set()   # the columns a header names committees
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            name_col, committee_cols = None, set()
            continue
        if _SEP.match(line):
            head = [c.lower() for _, c in _cells(lines[i - 1])] if i else []
            name_col = next((k for k, c in enumerate(head) if c in _NAME_HEADERS), None)
            committee_cols = {k for k, c in enumerate(head) if _COMMITTEE_HEAD.search(c)}
            continue
        if len(line) > 300:
            continue
        cells = _cells(line)
        names = [(a, c, nm) for k, (a, c) in enumerate(cells) if (name_col is None or k == name_col) and (nm := _name(c)) is not None]
        if len(names) != 1 or len(cells) < 2:
            continue
        a, c, (name, off) = names[0]
        titles: list[str] = []
        org = org_at = None
        for k, (b, d) in enumerate(cells):
            if b == a:
                continue
            if k in committee_cols:
                titles += committee_chairs(d)
                continue
            got = title_cell(d)
            if got:
                titles += got
            elif got is None and org is None and _WORD.search(d) and not _YEAR.search(d) and (o := _org_line(d)) is not None and len(cells) >= 3:
                org, org_at = o, start + b
        if titles:
            out.append(SignatureBlock(name, start + a + off, tuple(dict.fromkeys(titles)), org, org_at, start,
                                      start + len(line), "table-row"))
    return tuple(out)
