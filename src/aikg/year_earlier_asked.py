"""A question that asks a figure of a period and of the year before ("Intelbras gross margin in 3Q25 vs
a year earlier?", "… compared with the same quarter last year?") is answered by the rows of both
periods: the extractor dates a value stated "a year earlier" by the period a year before
(extract/prior_year.py), so narrowing by the period named alone would drop it.

`with_year_earlier(question, periods)` is pure: the periods the question names, and when it asks for
the comparison (`YEAR_EARLIER_ASKED`), each dated one of them a year earlier too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .extract.dates import minus_year
from .pattern_cache import plain

YEAR_EARLIER_ASKED = plain(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|against|and)\s+(?:the\s+)?(?:a|one)\s+year\s+(?:earlier|before|ago)\b|"
                           r"\b(?:vs\.?|versus|compared\s+(?:with|to)|against|and)\s+(?:the\s+)?(?:same|corresponding|year-ago|prior[- ]year)\s+"
                           r"(?:quarter|period|half)\b|\b(?:a|one)\s+year\s+(?:earlier|before|ago)\s*\?", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def with_year_earlier(question: str, periods: list) -> list:
    """`periods` (values.Period) and, when `question` asks for the year-earlier comparison, each
    dated one a year earlier."""
    if not periods or YEAR_EARLIER_ASKED.search(question) is None:
        return periods
    earlier = [replace(p, start=minus_year(p.start), end=minus_year(p.end),
                       label=_YEAR.sub(lambda m: str(int(m.group(1)) - 1), p.label or ""))
               for p in periods if p.start is not None and p.end is not None]
    return list(periods) + earlier


# A sentence that opens by putting its figure a year back ("A year earlier, Acme's third-quarter
# revenue had been $287.5 million.", "A year ago, ...") states the earlier year's value; a row of
# it dated like its sibling of the same subject, measure and dates from the same document (the
# current value) is the earlier year's, not a second value of the period asked. Seen:
# kindcheck28/ask 01_marrowind ("A year earlier, Marrowind's third-quarter revenue had been"),
# kindcheck27/periods 01_rajpath ("A year earlier, in Q3 FY25, revenue had been").
OPENS_YEAR_EARLIER = {
    "name": "opens-year-earlier",
    "pattern": plain(r"^\W*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:same|year-earlier|prior[- ]year|year-ago)\s+"
                     r"(?:quarter|period|half)(?:\s+(?:a|last)\s+year)?|(?:the\s+)?(?:previous|prior)\s+year)\s*,", re.I),
    "examples": ("A year earlier, Marrowind's third-quarter revenue had been $287.5 million.",),
}


def misdated_earlier(question: str, rows: list[dict]) -> list[dict]:
    """`rows` less those whose sentence opens a year back (OPENS_YEAR_EARLIER) beside a row of the
    same subject, measure, dates and document whose sentence does not; a question asking the
    year-earlier comparison keeps them."""
    if YEAR_EARLIER_ASKED.search(question):
        return rows

    def s(r, k):
        return r[k].value if k in r and r[k] is not None else ""

    def key(r):
        return (s(r, "subject"), s(r, "measure"), s(r, "periodStart"), s(r, "periodEnd"), s(r, "doc"))
    back = [bool(OPENS_YEAR_EARLIER["pattern"].search(s(r, "quote"))) for r in rows]
    current = {key(r) for r, b in zip(rows, back) if not b and s(r, "value")}
    return [r for r, b in zip(rows, back) if not (b and s(r, "periodEnd") and key(r) in current)]
