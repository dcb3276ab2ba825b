"""The cell of a quoted table row a question asks for, chosen by its column header (issue49c; rule
column-fits-period), for the text lane of `ask` (text_answer.from_text).

A table row of several values that says no period ("| Energy-efficient data centres | 184.7 | 141.9 |
326.6 |") does not say which value is which period's (undated_rows.py); its table's header row does
("Eligible category | Allocated to 31 Dec 2025 | Allocated H1 2026 | Cumulative to 30 Jun 2026"), and
extraction keeps it on the row's evidence node (kg:columns, extract/passage_context.py). A question
naming a period ("by 30 June 2026") is answered by the one cell whose column header fits that period; none or more than
one fitting is no choice, and the row is judged as before (never a guessed column). A header is dated
by `extract/tables.py` COLUMN_PERIOD_RULES, the registry every table reader dates a column with
("Nine months (1.1 - 30.9) 2026", "Q3/26", "3Q26"), and fits when its dates are those of the period
asked (rule column-dated-by-registry: "to 30 Jun 2026", a day, answers "by 30 June 2026", never "in
2026"; "9M 2026" is no answer to "in 2026"); a header or a question the registry dates not (a fiscal
label of unknown dates, "Q3 FY26") is matched by text_answer's word checks (_period_fits: every year,
quarter and month asked named by the header, and no month or quarter the question does not name).
Pure.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .extract import tables
from .extract import values as v
from .extract.passage_context import cells

COLUMN_FITS_PERIOD = {
    "name": "column-fits-period",
    "examples": (("How much had Acme allocated to data centres by 30 June 2026?",
                  "| Data centres | 184.7 | 141.9 | 326.6 |", "Category | To 31 Dec 2025 | H1 2026 | Cumulative to 30 Jun 2026"),),
    "not": (("What did Acme allocate to data centres in 2026?",
             "| Data centres | 184.7 | 141.9 | 326.6 |", "Category | To 31 Dec 2025 | H1 2026 | Cumulative to 30 Jun 2026"),),
    "provenance": "probe35 08 Cyfrowy Polsat green bond report (allocation table, p35-08-q03), kindcheck35/tables "
                  "(results tables whose columns are periods: 'Q3 2026 | Q3 2025 | Change')",
}
# rule column-dated-by-registry: a header cell the column registry dates fits the period asked when the dates are the
# same ("by 30 June 2026": a day's column); provenance as COLUMN_PERIOD_RULES's records (kindcheck35 tables
# 01_kyparissi_9m_2026_athex 'Nine months (1.1 - 30.9) 2026', 02_sirinakorn_q3_2026_mdna_set 'Q3/26  Q2/26  9M/26')
COLUMN_DATED_BY_REGISTRY = {
    "name": "column-dated-by-registry",
    "examples": (("What was revenue in the nine months to September 2026?", "| Revenue | 318.4 | 98.1 |",
                  "Item | Nine months (1.1 - 30.9) 2026 | Third quarter (1.7 - 30.9) 2026", "318.4"),
                 ("What was revenue in 9M 2026?", "| Revenue | 40.2 | 38.9 | 118.3 |", "Baht million | Q3/26 | Q3/25 | 9M/26",
                  "118.3"),
                 ("What was net debt at 30 September 2026?", "| Net debt | 318.4 | 298.1 |", "Item | 30.09.2026 | 31.12.2025",
                  "318.4")),
    "not": (("What was revenue in 2026?", "| Revenue | 318.4 | 98.1 |", "Item | 9M 2026 | 9M 2025"),),
    "provenance": "kindcheck35 tables 01_kyparissi_9m_2026_athex (stacked header 'Nine months (1.1 - 30.9)' over "
                  "'2026'), kindcheck35 tables 02_sirinakorn_q3_2026_mdna_set ('Q3/26  Q2/26  Q3/25  9M/26  9M/25')",
}
_FIGURE = re.compile(r"\d")


def column_period(header: str):
    """The period the column registry (tables.COLUMN_PERIOD_RULES) dates a header cell with, when it
    names one period with dates ("Q3/26" -> Q3 2026, 1 Jul - 30 Sep 2026); else None (pure)."""
    ps = tables.column_period_candidates(header, lambda cell: v.find_periods(cell, None), None)
    return ps[0] if len(ps) == 1 and ps[0].end is not None and ps[0].start is not None else None


def _asked_dates(question: str):
    """(start, end) of the one period the question names with dates (start None for "by <day>": that
    day), else None."""
    from .question import question_periods
    ps = question_periods(question)
    if len(ps) != 1 or ps[0].end is None:
        return None
    return (ps[0].start or ps[0].end), ps[0].end


def _fits(question: str, header: str, asked) -> bool:
    """Whether a column header fits the period asked: by the registry's dates when both are dated
    (COLUMN_DATED_BY_REGISTRY), else by the words (COLUMN_FITS_PERIOD)."""
    col = column_period(header) if asked is not None else None
    if col is not None:
        return (col.start, col.end) == asked
    from .text_answer import _months, _period_fits, _quarters   # (the period reader; it imports this module)
    return _period_fits(question, header) and not (_months(header) and not _months(question)) \
        and not (_quarters(header) and not _quarters(question))


class Cell(NamedTuple):
    label: str    # the row's label (its first cell of words)
    header: str   # the chosen cell's column header
    value: str    # the cell as written

    def reading(self) -> str:
        """The row label, the column header and the figure: "Data centres — Cumulative to 30 Jun 2026: 326.6"."""
        return f"{self.label} — {self.header}: {self.value}"


def aligned(quote: str, columns: str) -> list[tuple[str, str]] | None:
    """The (header, cell) pairs of a quoted pipe-table row and its column headers, or None when the
    row is no pipe row or its cells do not line up with the headers (pure)."""
    if not columns or not quote.lstrip().startswith("|"):
        return None
    row, head = cells(quote), [c.strip() for c in columns.split(" | ")]
    if len(row) != len(head) or len(row) < 2:
        return None
    return list(zip(head, row))


def by_period(question: str, quote: str, columns: str) -> Cell | None:
    """The one figure cell of the row whose column header fits the period the question names
    (COLUMN_FITS_PERIOD), or None (no aligned row, no period asked, or not exactly one cell fits)."""
    from .text_answer import _months, _quarters, _years   # (the period reader; it imports this module)
    pairs = aligned(quote, columns)
    if pairs is None or not (_years(question) or _quarters(question) or _months(question)):
        return None
    asked = _asked_dates(question)
    fits = [(h, c) for h, c in pairs[1:] if _FIGURE.search(c) and h and _fits(question, h, asked)]
    # (a header naming a month or a quarter the question does not is a part of the year asked, not all of it)
    if len(fits) != 1:
        return None
    # the row's label: its first cell of words (a numbered row's number aside: "| 2.2 | Sea bass | 121,904 |")
    label = next((c for _, c in pairs if re.search(r"[^\W\d_]", c)), pairs[0][1])
    return Cell(label, fits[0][0], fits[0][1])


# rule unit-in-row: a unit asked by name ("Halvane's Security segment", "the sea bass segment") is answered by a
# row that names it: a group row of the same table ("| GAAP operating income | 171.4 | 148.2 |") is not the unit's,
# however often its document names the unit (kindcheck30/tables 02 Halvane, k30-tables-q09; kindcheck35/tables 01
# Kyparissi, "| 2.2 | Sea bass | 121,904 | 149,862 |" for "Kyparissi's sea bass segment")
UNIT_IN_ROW = {
    "name": "unit-in-row",
    "asked": re.compile(r"((?:[\w&'’-]+\s+){1,3}?)(?:segment|division|unit|business|arm|subsidiary)\b", re.I),
    "examples": (("What was the operating income of Acme's Security segment in Q3 2026?", "| Security | 40.1 | 38.0 |"),),
    "not": (("What was the operating income of Acme's Security segment in Q3 2026?", "| GAAP operating income | 171.4 | 148.2 |"),),
}


def unit_in_row(question: str, quote: str) -> bool:
    """Whether the row names the unit the question asks by name, or the question asks none (UNIT_IN_ROW)."""
    from .question_frame import stems
    m = UNIT_IN_ROW["asked"].search(question)
    if m is None:
        return True
    words = [w for w in re.sub(r"['’]s\b", "", m.group(1)).split() if w[:1].isupper() or w.islower()]
    name = stems(" ".join(w for w in words if w.lower() not in ("the", "its", "their", "of", "in", "for", "did", "does", "what", "was", "how")))
    return not name or bool(name & stems(quote))
