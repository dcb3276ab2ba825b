"""The cell of a quoted table row a question asks for, chosen by its column header (issue49c; rule
column-fits-period), for the text lane of `ask` (text_answer.from_text).

A table row of several values that says no period ("| Energy-efficient data centres | 184.7 | 141.9 |
326.6 |") does not say which value is which period's (undated_rows.py); its table's header row does
("Eligible category | Allocated to 31 Dec 2025 | Allocated H1 2026 | Cumulative to 30 Jun 2026"), and
extraction keeps it on the row's evidence node (kg:columns, extract/passage_context.py). A question
naming a period ("by 30 June 2026") is answered by the one cell whose column header fits that period
(text_answer._period_fits: every year, quarter and month asked named by the header, and no month or
quarter the question does not name: "to 30 Jun 2026" is no answer to "in 2026"); none or more than
one fitting is no choice, and the row is judged as before (never a guessed column). Pure.
"""
from __future__ import annotations

import re
from typing import NamedTuple

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
_FIGURE = re.compile(r"\d")


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
    from .text_answer import _months, _period_fits, _quarters, _years   # (the period reader; it imports this module)
    pairs = aligned(quote, columns)
    if pairs is None or not (_years(question) or _quarters(question) or _months(question)):
        return None
    fits = [(h, c) for h, c in pairs[1:] if _FIGURE.search(c) and h and _period_fits(question, h)
            and not (_months(h) and not _months(question)) and not (_quarters(h) and not _quarters(question))]
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
