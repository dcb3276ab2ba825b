"""An HTML table as a grid: every row as many cells as the table has columns (GRID_RULES).

A page's table spans cells over columns and rows ("<th colspan=3>Nine months</th>" over "2025 | 2026 |
Δ %"; "<th rowspan=2>Line item</th>" beside both header rows). clean.py writes the table as a markdown
pipe table, one line per row; read cell by cell, a spanning cell would stand in one column only and
the cells after it would shift left, so no column would know its period. `grid(rows)` repeats a
spanning cell in each column it spans and down each row it spans; `header_rows(grid, heads)` joins the
table's header rows (the leading rows of header cells only) into one header, each column named by the
words standing over it top to bottom ("Nine months 2026"), as stacked_headers.py names a plain-text
grid's columns. Pure functions over cell texts; clean._pipe_table writes the result.
"""
from __future__ import annotations

import re

from .rule_record import RuleRecord
from .tables import _ROW_NUMBER_HEAD

GRID_RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "spanning-cell",
        "a cell spanning columns (colspan) or rows (rowspan) stands in every column and row it spans: each row of the "
        "grid has the table's number of cells, each figure under its own column's header",
        ("kindcheck35 tables 01_kyparissi_9m_2026_athex (ATHEX release, HTML): '<th rowspan=\"2\">Line item</th><th "
         "colspan=\"3\">Nine months (1.1 - 30.9)</th><th colspan=\"2\">Third quarter …</th>' over '2025 | 2026 | Δ % | "
         "2025 | 2026'",
         "probe20 07_omantel_vendor-case-study (HTML table): a data cell '<td colspan=\"2\">down 41%' under a two-column "
         "header; focusset21/held 25_novatek_wiki: an infobox's '<th colspan=\"2\">' heading row"),
        ("<tr><th rowspan=2>Item</th><th colspan=2>Year</th></tr><tr><th>2031</th><th>2030</th></tr>",)),
    RuleRecord(
        "stacked-header-rows",
        "two or more leading rows of header cells only (<th>) are one header: each column is named by its cells' "
        "words top to bottom, a spanning group's words before the column's own ('Nine months (1.1 - 30.9)' over "
        "'2026': 'Nine months (1.1 - 30.9) 2026'); a cell spanning down the header rows is said once",
        ("kindcheck35 tables 01_kyparissi_9m_2026_athex: the group row over the years row",
         "stacked_headers.RULE: the same group-over-years header in plain text (probe27 05_ceragon_6k 'Three months "
         "ended June 30' over '2026  2025'; probe27 07_vitrox_bursa, kindcheck28 grids 01_seroja_jentera_q3)"),
        ("'Six months' (colspan 2) over '2031 | 2030' -> 'Six months 2031 | Six months 2030'",)),
    RuleRecord(
        "row-number-column",
        "a leading column headed 'No.' / '#' whose cells are the rows' numbers ('2.1', '2.2', or empty on a total row) "
        "is no column of the table: the label column is the one after it (tables.ROW_NUMBER_COLUMN, in a page's table)",
        ("kindcheck35 tables 01_kyparissi_9m_2026_athex: '<th>No.</th><th>Segment</th>' over '<td>2.1</td><td>Sea "
         "bream</td>', the total row's number cell empty",
         "tables.ROW_NUMBER_COLUMN: probe34 08a/08b ITD HOSE letters 'No.  Item …' over '1    Net revenue …' (plain text)"),
        ("'| No. | Unit | FY2031 |' over '| 1 | Alpha | 12 |' -> '| Unit | FY2031 |' over '| Alpha | 12 |'",)),
)
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?)?$")

_MAX_SPAN = 50   # (a page's "colspan=1000" draws a rule across the table: no more columns than a table has)


def span(attrs: str, name: str) -> int:
    """A cell's colspan or rowspan (1 when it states none or a number out of reason)."""
    m = re.search(name + r"""\s*=\s*["']?(\d{1,4})""", attrs, re.IGNORECASE)
    n = int(m.group(1)) if m else 1
    return n if 1 <= n <= _MAX_SPAN else 1


def grid(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """Rows of (text, colspan, rowspan) cells as rows of texts, a spanning cell repeated in each column
    and row it spans (GRID_RULES spanning-cell). A row keeps its own length when nothing spans into it."""
    out: list[list[str]] = []
    below: dict[int, tuple[str, int]] = {}   # column -> (text, rows still to fill) from a rowspan above
    for cells in rows:
        row: list[str] = []
        col = 0
        queue = list(cells)
        while queue or any(c >= col for c in below):
            if col in below:
                text, left = below[col]
                row.append(text)
                if left > 1:
                    below[col] = (text, left - 1)
                else:
                    del below[col]
                col += 1
                continue
            if not queue:
                row.append("")   # (a column a rowspan fills further right: this row's gap before it)
                col += 1
                continue
            text, cs, rs = queue.pop(0)
            for _ in range(cs):
                row.append(text)
                if rs > 1:
                    below[col] = (text, rs - 1)
                col += 1
        out.append(row)
    return out


def header_rows(rows: list[list[str]], heads: list[bool]) -> tuple[list[str], int]:
    """(the header, how many rows it took): the leading rows of header cells only (`heads[i]`), when there
    are two or more of the same width and a row after them, joined column by column (GRID_RULES
    stacked-header-rows); else the first row alone, 1."""
    n = 0
    while n < len(rows) and heads[n]:
        n += 1
    if n < 2 or n >= len(rows) or len({len(r) for r in rows[:n]}) != 1:
        return rows[0], 1
    header = []
    for c in range(len(rows[0])):
        words: list[str] = []
        for r in rows[:n]:
            if r[c] and (not words or words[-1] != r[c]):
                words.append(r[c])
        header.append(" ".join(words))
    return header, n


def without_row_numbers(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The header and rows with a leading column of row numbers set aside (GRID_RULES row-number-column);
    as they are otherwise."""
    if len(header) < 3 or not _ROW_NUMBER_HEAD.match(header[0].strip()) or not rows \
            or not all(r and _ROW_NUMBER.match(r[0].strip()) for r in rows) or not any(r[0].strip() for r in rows):
        return header, rows
    return header[1:], [r[1:] for r in rows]
