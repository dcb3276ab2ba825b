"""One judgement of a quoted table row that says no period (rule undated-row), asked by every lane
that answers from stored sentences or claims: the claims lane (claims_fallback.undated_columns_dropped:
a table row read as a claim with two or more values of one role and no period) and the text lane
(text_answer.from_text: a quoted row naming neither a period nor the entity asked).

Rule undated-columns: a table row of two or more values and no period of its own ("Total 478,312
431,075" under columns "H1 2026 / H1 2025", "EBITDA 84,215 76,540 +10.0%") does not say which value
is which period's; a question naming a period is not answered by it (it gave both values for "revenue
in the second quarter of 2026", a period the table does not have: probe33 05 CSE Global). The same
rows come from any statement table whose column heads were not read as periods (probe32 03 Avanceon
"Rupees in '000", probe29 02 Tadawul results table). A dated claim, or a sentence ("rose to X from
Y"), is judged by its period as before. The text lane's reading (issue46a): such a row that neither it
nor its document's title says is the entity asked does not answer a question naming a period (probe34
02 Quest Holdings' key figures for its subsidiary's 9M EBITDA, probe34 05 Bittnet's budget table for a
target's 2025 net profit); the document's own company keeps its rows (probe24 03 RailTel's KPI sheet).
Pure."""
from __future__ import annotations

from .pattern_cache import plain

UNDATED_COLUMNS = {
    "name": "undated-columns",
    "row": plain(r"^[^\d]{1,80}?(?:\s+\(?[-+]?[\d][\d,.]*\)?%?){2,}\s*$"),
    "examples": ("Total 478,312 431,075", "Revenue 2,450,113 2,101,877 16.6"),
    "not": ("EBITDA rose 10.0% to 84,215 in the first nine months of 2026.", "EBITDA 9M 2026 84,215 76,540", "EBITDA 84,215"),
}


def undated_row(quote: str) -> bool:
    """Whether a quoted sentence is a table row of several values naming no period (UNDATED_COLUMNS;
    the period words as the text lane reads them: a year, a quarter, a month)."""
    from .text_answer import _months, _quarters, _years   # (the reader of period words; it imports this module)
    q = " ".join(quote.split())
    return bool(UNDATED_COLUMNS["row"].match(q)) and not (_years(q) or _quarters(q) or _months(q))
