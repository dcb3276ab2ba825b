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
