"""One-column breakdowns under a caption (tables.TABLE_SHAPES caption-breakdown).

A results text prints a breakdown as a caption naming the measure and the kind of unit ("Revenue by
region (GBP m)", "Revenue by product type (Jan-Jun 2031, unit: 万元)"), maybe a period over the
figures' column ("FY31"), then rows of a unit and one figure:

     REVENUE BY REGION (GBP m)            FY31
     ---------------------------------------------
     UK & APAC                           129.5
     North America                       120.0

The caption is the table's header: its label column is the kind of unit ("region"), its one value
column the measure with the caption's bracket and period ("REVENUE (GBP m) FY31"), so each row is a
unit of the company with its figure (segment_tables reads it), never a product named with a number.

`caption_tables(lines, taken, table_cls)` gives the tables (tables.Table, shape aligned-columns).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

RULE = RuleRecord(
    "caption-breakdown",
    "a caption '<measure> by <kind of unit> (<note, period>)', maybe a period cell at its end, over two or more "
    "rows of a unit's name and one figure is a table of the company's units: the label column is the kind of "
    "unit, the one value column the measure with the caption's note and period",
    ("probe27 06_nccgroup_iralert (IR e-mail alert, plain text): ' REVENUE BY REGION (GBP m)            FY26' over a "
     "rule line over ' UK & APAC   129.5', ' North America   120.0' (the rows became Products 'North America 120.0')",
     "probe27 03_qianxin_interim (half-year report summary): 'Section 3  Revenue by product type (Jan-Jun 2026, unit: "
     "万元)' over 'Network security products   121,430.18'",
     "probe27 02_hubersuhner_adhoc: 'Net sales by market segment (H1 2026)' over '  Communication   CHF 171 Mio.  (+38%)' "
     "(the change in brackets after the figure, as probe17 05_scsk's leader rows print '(up 6.6%)')"),
    ("'Sales by division (EUR m)   FY2031' over 'Alpha   120.5' and 'Beta   80.0' (invented)",))

_KIND = (r"regions?|geograph(?:y|ies)|geographic(?:al)?\s+(?:areas?|markets?|segments?)|market\s+segments?|markets?|"
         r"segments?|divisions?|business(?:es|\s+units?|\s+segments?|\s+lines?)?|countr(?:y|ies)|"
         r"product\s+(?:types?|lines?|groups?|categor(?:y|ies)|segments?)")
_CAPTION = plain(rf"^(?P<m>[A-Za-z][\w&'’/-]*(?:\s+[A-Za-z][\w&'’/-]*){{0,3}})\s+by\s+(?P<u>{_KIND})\b(?P<rest>[^.!?]*)$", re.I)
_RULE = plain(r"^[ \t]*[-=_─━]{5,}[ \t]*$")
_PERIOD_CELL = plain(r"^(?:(?:[QH][1-4]|9M|FY)\s?['’]?\d{2,4}|(?:19|20)\d\d)$", re.I)
_FIGURE = plain(r"^\(?[-−–]?\s*(?:[A-Z]{1,3}\$?\s?|[$€£¥₹])?\d[\d,.]*(?:\s?(?:m|mn|bn|million|billion|Mio\.?|Mrd\.?))?\)?$")


def _cells(line: str) -> list[str]:
    return [c for c in re.split(r"\s{2,}|\t+", line.strip()) if c]


# a row's change after its figure, in brackets: "(+38%)", "(-3.1%)" (a bracket of a bare number is the prior
# year's figure, no change: not read)
_CHANGE = plain(r"^\([+\-−–]\s?\d[\d.,]*\s?%\)$")


def _row(line: str) -> tuple[str, ...] | None:
    """A row's unit name, its one figure and maybe its bracketed change."""
    cs = _cells(line)
    if len(cs) not in (2, 3) or "|" in line or not re.search(r"[A-Za-z]", cs[0]) or re.search(r"\d", cs[0]):
        return None
    if len(cs) == 3 and not _CHANGE.match(cs[2]):
        return None
    return tuple(cs) if _FIGURE.match(cs[1]) else None


def caption_header(line: str) -> tuple[str, str] | None:
    """The (label, value) header cells a breakdown caption line gives (RULE), or None."""
    cs = _cells(line)
    period = ""
    if len(cs) >= 2 and _PERIOD_CELL.match(cs[-1]):
        period, cs = cs[-1], cs[:-1]
    if not cs:
        return None
    m = _CAPTION.match(cs[-1])
    if m is None:
        return None
    value = " ".join(f"{m.group('m')}{m.group('rest')} {period}".split())
    return m.group("u"), value


def caption_tables(lines: list[tuple[int, str]], taken: list, table_cls) -> list:
    """The caption breakdowns of the document (RULE), as `table_cls` records."""
    out = []
    i = 0
    while i < len(lines):
        p0, line = lines[i]
        if " by " not in line.lower() or any(tb.head <= p0 <= tb.end for tb in taken + out):
            i += 1
            continue
        head = caption_header(line)
        if head is None:
            i += 1
            continue
        first = i + 1
        while first < len(lines) and (not lines[first][1].strip() or _RULE.match(lines[first][1])) and first - i <= 2:
            first += 1
        j = first
        width = len(_row(lines[first][1]) or ()) if first < len(lines) else 0
        while j < len(lines) and _row(lines[j][1]) is not None and len(_row(lines[j][1])) == width:
            j += 1
        if j - first >= 2:
            # (rows with a bracketed change after the figure: a change column, RULE)
            header = head if width == 2 else (*head, "Change")
            out.append(table_cls(lines[first][0], lines[j - 1][0] + len(lines[j - 1][1]), header, p0, "aligned-columns"))
            i = j
        else:
            i += 1
    return out


# a name a units table's row gives with its figure after it: "North America 120.0", "Europe 68.9"
_NAME_AND_FIGURE = plain(r"\s[(\-−–]?\d[\d,.]*\)?%?$")
_NAMED_KINDS = ("Company", "Person", "Segment", "Country", "Organization", "Place", "City", "Region")


def unit_row_mentions(ms: list) -> list:
    """The mentions of a units table's row without a thing named with the row's figure after it
    ("North America 120.0" as a Product): the row names a unit and states its figure (RULE)."""
    return [m for m in ms if m.kind in _NAMED_KINDS or not _NAME_AND_FIGURE.search(m.text or "")]
