"""Tables whose columns are the company's units and whose rows are measures.

A segment note or a results release prints its segment information with the units across and the
measures down: "Year 2025   IT Services   Software   Unallocated   Group" over "Revenue   318,442
41,870   -   360,312" (an annual report's IFRS 8 note), "| MM$ | Retail | Servicios Financieros | … |
Consolidado 3T26 | Consolidado 3T25 |" over "| Ventas | 1.012.450 | … |" (a results release). Each
cell is then the figure of its row's measure for its column's unit — the group (total) column's the
company's own —, in the note's currency and scale, for the column's period or else the table's (its
corner, "Year 2025", or the caption above it, "Resultados por segmento, 3T26").

`unit_columns(header, periods, rows)` says which columns are units and which the total (None when the
table is not so laid out); `row_facts(...)` gives a row's SegmentOf and Observation records. The rule
is the record `UNIT_COLUMNS`; the tests use invented tables.
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .figures import HEAD_RE
from .rule_record import RuleRecord
from .segment_tables import _bare, _money_in, note_phrase
from .table_rows import _COST_ROW, _GROWTH_HEAD, _parse, _ratio, measure_rows, row_measure
from .tables import strip_marker

UNIT_COLUMNS = RuleRecord(
    "units-as-columns",
    "a table whose header cells after the corner are names (no period, no measure, no change) of two or more units "
    "and a group or consolidated column, and whose row labels are mostly measures: each cell is the row measure's "
    "figure of the column's unit (the group column's: the company's), dated by the column's own period or the "
    "table's (the corner's, the caption's, the period reported on); a column of unallocated costs or eliminations "
    "is no unit and gives no figure",
    ("probe31 06_swordgroup_segment_note (IFRS 8 note, plain text): 'Year 2025  IT Services  Software  Unallocated  "
     "Group' over 'Revenue  318,442  41,870  -  360,312' and 'EBITDA  44,581  9,966  (3,204)  51,343'",
     "kindcheck32 tables 01_trelahue_resultados_3t26 (Chilean results release, markdown): '| MM$ | Retail | Servicios "
     "Financieros | Centros Comerciales | Consolidado 3T26 | Consolidado 3T25 |' over '| EBITDA | 84.215 | … | 175.135 "
     "| 162.447 |' under 'Resultados por segmento, 3T26 (MM$)'"),
    ("'| EUR m | Cloud | Devices | Group |' over '| Revenue | 120.0 | 80.0 | 200.0 |' (invented)",))

# a column of the group's own figures: "Group", "Total", "Consolidated", "Consolidado 3T26"
_TOTAL_COLUMN = plain(r"^(?:group(?:\s+total)?|total(?:\s+group)?|consolidated|consolidad[oa]|consolid[ée]|grupo|konzern|"
                      r"total\s+consolidad[oa])\b", re.I)
# a column that is no unit: costs not allocated, eliminations, the holding
_NOT_UNIT_COLUMN = plain(r"^(?:unallocated|not\s+allocated|eliminations?|inter-?segment\w*|corporate|central|holding|"
                         r"adjustments?|reconcil\w*|other(?:s|\s+and\s+eliminations?)?|no\s+asignad[oa]s?|"
                         r"eliminaciones|ajustes|otros)\b", re.I)
_UNIT_NAME = plain(r"[A-ZÀ-Ý][\w&'’./-]*(?:\s+(?:&|and|y|et|of|de|[A-Za-zÀ-ÿ][\w&'’./-]*)){0,4}")


def unit_columns(header: tuple[str, ...], periods: list, rows: list[str]) -> dict[int, str] | None:
    """column -> "unit", "total" or "other" when the table's columns are units (UNIT_COLUMNS), else None."""
    if len(header) < 4:
        return None
    out: dict[int, str] = {}
    for i, cell in enumerate(header[1:], start=1):
        c = " ".join(_bare(strip_marker(cell)).split())
        dated = i < len(periods) and periods[i] is not None
        if _TOTAL_COLUMN.match(c):
            out[i] = "total"
        elif _NOT_UNIT_COLUMN.match(c):
            out[i] = "other"
        elif not dated and _UNIT_NAME.fullmatch(c) and not re.search(r"\d", c) and not HEAD_RE.search(c) \
                and not _GROWTH_HEAD.search(c) and not note_phrase(c):
            out[i] = "unit"
        else:
            return None
    kinds = list(out.values())
    if kinds.count("unit") < 2 or "total" not in kinds or not measure_rows(rows):
        return None
    return out


def row_facts(row: str, header: tuple[str, ...], kinds: dict[int, str], periods: list, company: r.EntityRef,
              table_period, note: str, evidence: r.Evidence) -> list:
    """A row's figures, one per unit or total column (UNIT_COLUMNS): each unit a segment of `company`;
    a bare number is money in `note`'s currency and scale; a bracket or a minus is below zero, except in
    a cost row (table_rows.BRACKETED_COST). Nothing when the row names no measure or `note` no money."""
    cells = row.strip().strip("|").split("|")
    label = " ".join(_bare(strip_marker(cells[0])).split()) if cells else ""
    measure = row_measure(label)
    if not measure or _ratio(measure) or not note:
        return []
    out: list = []
    units: set[str] = set()
    for i, cell in enumerate(cells[1:], start=1):
        kind = kinds.get(i)
        if kind not in ("unit", "total"):
            continue
        parsed = _parse(cell)
        if parsed is None:
            continue
        value, text, neg, is_pct, pts = parsed
        if is_pct or pts:
            continue
        m = _money_in(text, note)
        if m is None:
            continue
        period = periods[i] if i < len(periods) and periods[i] is not None else table_period
        if period is None:
            continue
        if kind == "total":
            subject = company
        else:
            name = " ".join(_bare(strip_marker(header[i])).split())
            subject = r.EntityRef(kind="Segment", label=name)
            if name not in units:
                units.add(name)
                out.append(r.SegmentOf(segment=subject, company=company, evidence=evidence))
        negative = neg and not _COST_ROW.search(measure)
        out.append(r.Observation(subject=subject, measure=measure, value=-m.value if negative else m.value,
                                 unit=m.currency, value_max=m.value_max, value_text=text, period=period,
                                 evidence=evidence))
    return out
