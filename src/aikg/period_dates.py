"""When a company's fiscal period ended or began ("when did X's second quarter of fiscal 2025
end?"): the question asks for a date of the period itself, not of an event. The answer is the
end (or start) date the documents give the company's figures of that period (figures rows'
periodEnd / periodStart), with their quotes. Only a fiscal period named by its label (its dates
are the company's own); a calendar quarter's dates need no documents."""
from __future__ import annotations

from collections import Counter

from .answer_text import _s
from .pattern_cache import plain
from .question import period_text

# "when did <period> end", "when does <period> close", "when did <period> begin/start"
PERIOD_BOUND_ASKED = plain(r"^\s*when\s+(?:did|does|do|will|is|was)\b.*\b(?:quarter|half|year|fy\s?\d{2,4}|q[1-4]|h[12])\b.*?"
                           r"\b(?P<bound>end|ends|ended|close|closes|closed|finish|finishes|finished|begin|begins|began|start|starts|started)\s*[?.!]?\s*$")
_STARTS = {"begin", "begins", "began", "start", "starts", "started"}


def asked_bound(q: str):
    """(fiscal period label asked, "end"/"start") when the question asks when a period named by
    its fiscal label ended or began, else None."""
    m = PERIOD_BOUND_ASKED.search(q.lower())
    if not m:
        return None
    from .extract import values as v
    try:
        found = [p for p in v.find_periods(period_text(q), None) if not (p.start or p.end) and p.label]
    except Exception:
        return None
    if len(found) != 1:
        return None
    return found[0].label, ("start" if m.group("bound") in _STARTS else "end")


def bound_rows(rows: list[dict], label: str, which: str) -> tuple[str, list[dict]]:
    """The date the rows of period `label` give as its `which` ("end"/"start") — the one most
    rows give — and those rows; ("", []) when no row of that period is dated."""
    key = "periodEnd" if which == "end" else "periodStart"
    norm = label.lower().replace(" ", "")
    of_period = [r for r in rows if _s(r, "periodLabel").lower().replace(" ", "") == norm and _s(r, key)]
    if not of_period:
        return "", []
    date, _ = Counter(_s(r, key) for r in of_period).most_common(1)[0]
    return date, [r for r in of_period if _s(r, key) == date]
