"""The context a stored sentence or table row stands in: the headings above it and, for a row of a
pipe table, the table's column headers (issue49c).

A document says a figure's measure or period once, above it: "## 2. Allocation of proceeds (PLN
million)" over a table whose header row reads "Eligible category | Allocated to 31 Dec 2025 |
Allocated H1 2026 | Cumulative to 30 Jun 2026", and the row "| Energy-efficient data centres | 184.7 |
141.9 | 326.6 |" says neither. The evidence node of each sentence keeps them (rdf._quoted:
`kg:heading`, the heading path; `kg:columns`, the header cells joined by " | "), so `ask`'s text lane
(text_answer.from_text) matches a question against the quote and its context, and picks a row's
cell by its column header.

Read from the cleaned text as it comes (clean.py writes HTML tables as pipe tables and HTML headings
as lines alone in their paragraph): pure functions, one pass over the lines. Each kind of line read
is a named record (HEADING_LINES) with its examples and the documents it was met in.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, NamedTuple

from ..pattern_cache import plain
from . import tables

HEADING_LINES = (
    {
        "name": "markdown-heading",
        "pattern": plain(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$"),
        "examples": ("## 2. Allocation of proceeds (PLN million)", "# Acme Group — Annual report"),
        "provenance": "probe35 08 Cyfrowy Polsat green bond report ('## 2. Allocation of proceeds (PLN million)' over its "
                      "allocation table), kindcheck35/tables 01_ (markdown section headings over pipe tables)",
    },
    {
        # a short line alone in its paragraph, no sentence (no closing stop): an HTML h1-h6 turned into a
        # line, a caption before a table or a list ("Revenue by segment (EUR million):")
        "name": "title-line",
        "max_chars": 90,
        "max_words": 14,
        "caption_chars": 160,   # a line right above a table is its caption: it may say more (measure, unit, period)
        "caption_words": 24,
        # (nor a dateline or a byline: "Thursday, Sep 11, 2025 12:59 am ET2min read", "By Jane Roe")
        "not": plain(r"[.!?;,]\s*\**\s*$|^\s*(?:[-*+•]\s|\d+[.)]\s|by\s|\|)|[|·›©]|\s>\s|https?:|@"
                          r"|\b\d{1,2}:\d\d\b|\bmin(?:ute)?s?\s+read\b|^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                          # (nor a form field with a date or a number: "Date: October 22, 2026", "Reporting date: 30 June 2026")
                          r"|^[^:]{1,30}:\s*\**\s*(?:\d|[A-Z][a-z]+\.?\s+\d)", re.I),
        "examples": ("Announcement 2", "Revenue by segment (EUR million):", "Sonatel: revenue up 7,8 % at end-September",
                     "Table 2 - Revenue by segment, nine months (in € thousand / σε χιλ. €)"),
        "provenance": "probe35 05 Chenbro MOPS page ('Announcement 1' / 'Announcement 2' over its field tables, "
                      "HTML headings), probe35 06 Sonatel BRVM page (its h1 headline as a line alone); captions right "
                      "above a table: kindcheck35/tables 01 Kyparissi ('Table 2 - Revenue by segment, nine months (in € "
                      "thousand …)'), probe35 08 Cyfrowy Polsat ('## 2. Allocation of proceeds (PLN million)')",
    },
)
TABLE_SEPARATOR = plain(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
MAX_PATH = 3        # the deepest headings kept (a document's title, its section, the caption)
MAX_HEADING = 300   # characters of the heading path kept (the feed stores ~100k evidence nodes)
_TITLE_LEVEL = 7    # a title line sits below every markdown heading
_CAPTION_LEVEL = 8  # and a table's caption below it


class Context(NamedTuple):
    heading: str    # the heading path above the line, " > " between levels ('' for none)
    columns: str    # a table row's column headers, " | " between cells ('' for none)


def cells(row: str) -> list[str]:
    """The cells of a pipe-table row as tables.cells reads them, each without its bold marks
    ("| **a** | b |" -> ["a", "b"]) (pure)."""
    return [c.strip("*").strip() for c in tables.cells(row)]


def _clean_heading(text: str) -> str:
    return " ".join(text.replace("**", "").replace("__", "").split()).strip(" #*_")


def _title_line(lines: list[str], i: int) -> str:
    """The text of line i when it is a title line (HEADING_LINES title-line): alone in its paragraph
    (a blank line or the text's start before it; a blank line, a table or the end after it)."""
    rule = HEADING_LINES[1]
    s = lines[i].strip()
    caption = i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")
    if not s or len(s) > rule["caption_chars" if caption else "max_chars"] or rule["not"].search(s) \
            or len(s.split()) > rule["caption_words" if caption else "max_words"]:
        return ""
    if i > 0 and lines[i - 1].strip():
        return ""
    if i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].lstrip().startswith("|"):
        return ""
    text = _clean_heading(s)
    return text if sum(c.isalpha() for c in text) >= 3 else ""


def line_contexts(text: str) -> tuple[list[int], list[Context]]:
    """The start offset of each line of `text` and the context it stands in (pure)."""
    lines = text.split("\n")
    starts, out = [], []
    path: list[tuple[int, str]] = []   # (level, text), outermost first
    header: list[str] = []             # the column headers of the table the line is in
    at = 0
    for i, line in enumerate(lines):
        starts.append(at)
        at += len(line) + 1
        s = line.strip()
        heading = " > ".join(t for _, t in path[-MAX_PATH:])[:MAX_HEADING]
        if s.startswith("|"):
            if not header and i + 1 < len(lines) and TABLE_SEPARATOR.match(lines[i + 1]) and (i == 0 or not lines[i - 1].strip().startswith("|")):
                header = cells(s)
                out.append(Context(heading, ""))   # the header row: its own cells are its columns
                continue
            if TABLE_SEPARATOR.match(s):
                out.append(Context(heading, ""))
                continue
            figures = any(re.search(r"\d", c) for c in cells(s)[1:])   # (a row of words only: no columns kept)
            out.append(Context(heading, " | ".join(header) if header and figures else ""))
            continue
        header = []
        out.append(Context(heading, ""))
        m = HEADING_LINES[0]["pattern"].match(line)
        level, title = (len(m.group(1)), _clean_heading(m.group(2))) if m else (_TITLE_LEVEL, _title_line(lines, i))
        if title and not m and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|"):
            level = _CAPTION_LEVEL   # a table's caption sits below the title lines: it does not replace them
        if title:
            path = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
    return starts, out


def read(text: str, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Context]:
    """The context of each span (start, end) of `text`: that of the line it starts on; spans in no
    context (no heading above, no table) are left out (pure)."""
    starts, ctx = line_contexts(text)
    out = {}
    for a, b in spans:
        c = ctx[max(0, bisect_right(starts, a) - 1)] if starts else Context("", "")
        if c.heading or c.columns:
            out[a, b] = c
    return out
