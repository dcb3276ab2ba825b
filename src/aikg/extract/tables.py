"""Markdown tables: a row's values are dated by their column's header, not by the period the
article reports on ("| Net profit | ₹6,792 crore | ₹3,593 crore |" under "| Metric | Q2 FY26 | Q2
FY25 |": the second value is the year-ago quarter's). The row label stays the measure (figures.py
reads it as the clause's head).

`tables(text)` finds each table (a header line, a separator line, rows); `header_for(tables, pos)`
gives the header cells of the table a row at `pos` belongs to; `column_at(row, pos)` the column a
value at `pos` of a row sits in; `column_periods(cells, …)` each column's period.

Seen in probe9 g05 (Airtel, "| Metric | Q2 FY26 | Q2 FY25 |"), the only markdown table of the seen
sets: a layout (the quarter and the year-ago quarter side by side, as results releases print them)
rather than a phrasing; the tests use invented tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")


@dataclass(frozen=True)
class Table:
    start: int                # where its first data row starts
    end: int                  # where its last row ends
    header: tuple[str, ...]   # the header's cells, the label column first


def cells(row: str) -> list[str]:
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def tables(text: str) -> list[Table]:
    """The markdown tables of `text` (offsets into it)."""
    if "|" not in text:
        return []
    out, lines, pos = [], [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i + 1 < len(lines):
        (p0, head), (_, sep) = lines[i], lines[i + 1]
        if _ROW.match(head) and _SEP.match(sep):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j][1]):
                j += 1
            if j > i + 2:
                out.append(Table(lines[i + 2][0], lines[j - 1][0] + len(lines[j - 1][1]), tuple(cells(head))))
            i = j
        else:
            i += 1
    return out


def header_for(found: list[Table], pos: int) -> tuple[str, ...] | None:
    """The header of the table whose rows hold offset `pos`, or None."""
    return next((tb.header for tb in found if tb.start <= pos <= tb.end), None)


def column_at(row: str, pos: int) -> int:
    """The column (0: the label column) a value at `pos` of a table row sits in."""
    lead = len(row) - len(row.lstrip())
    pipes = row.count("|", 0, pos)
    return pipes - (1 if row[lead:lead + 1] == "|" else 0)


def _order(p) -> tuple:
    y = re.search(r"(?:19|20)?(\d\d)\b(?!.*\d)", p.label or "")
    q = re.search(r"\b[QH]([1-4])\b", p.label or "")
    return (int(y.group(1)) if y else -1, int(q.group(1)) if q else 0)


def column_periods(header: tuple[str, ...], resolve, doc_period) -> list:
    """Each column's period (None for a column whose header names none): `resolve(cell)` gives the
    period mentions of a header cell. A column whose period has no dates (a fiscal quarter of an
    unknown calendar) and is the latest of the table's is the period the article reports on when
    that is as long; the others keep their own label."""
    found = []
    for cell in header:
        ps = resolve(cell) if cell else []
        found.append(ps[0] if len(ps) == 1 else None)
    dated = [p for p in found if p is not None]
    latest = max(dated, key=_order) if dated else None
    out = []
    for p in found:
        if p is None:
            out.append(None)
        elif p.start is None and p is latest and doc_period is not None and _same_length(p.kind, doc_period):
            out.append(doc_period)
        else:
            out.append(p)
    return out


def _same_length(kind: str, period) -> bool:
    if period.start is None or period.end is None:
        return False
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    return {"quarter": 3, "half": 6, "fiscal_year": 12, "year": 12}.get(kind) == months
