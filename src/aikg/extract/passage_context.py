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
is a named record (headings.HEADING_LINES, the one heading reader) with its examples and the documents it was met in.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, NamedTuple

from ..pattern_cache import plain
from . import headings, sentences, tables

TABLE_SEPARATOR = plain(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
MAX_PATH = 3        # the deepest headings kept (a document's title, its section, the caption)
MAX_HEADING = 300   # characters of the heading path kept (the feed stores ~100k evidence nodes)


class Context(NamedTuple):
    heading: str    # the heading path above the line, " > " between levels ('' for none)
    columns: str    # a table row's column headers, " | " between cells ('' for none)


def cells(row: str) -> list[str]:
    """The cells of a pipe-table row as tables.cells reads them, each without its bold marks
    ("| **a** | b |" -> ["a", "b"]) (pure)."""
    return [c.strip("*").strip() for c in tables.cells(row)]


def line_contexts(text: str, sents=None) -> tuple[list[int], list[Context]]:
    """The start offset of each line of `text` and the context it stands in (pure); `sents` the
    text's sentences (sentences.split, read here when not given): a line of several is no title line."""
    lines = text.split("\n")
    several = headings.several_sentences(sentences.split(text) if sents is None else sents)
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
        h = headings.heading_at(lines, i, several)
        if h is not None:
            path = [(lv, t) for lv, t in path if lv < h.level] + [(h.level, h.text)]
    return starts, out


def read(text: str, spans: Iterable[tuple[int, int]], sents=None) -> dict[tuple[int, int], Context]:
    """The context of each span (start, end) of `text`: that of the line it starts on; spans in no
    context (no heading above, no table) are left out (pure)."""
    starts, ctx = line_contexts(text, sents)
    out = {}
    for a, b in spans:
        c = ctx[max(0, bisect_right(starts, a) - 1)] if starts else Context("", "")
        if c.heading or c.columns:
            out[a, b] = c
    return out
