"""A guidance moved in one sentence ("FY26 revenue guidance raised at Q3 to "around EUR 198m" from
"around EUR 195m""): the period named as the moment of the move ("at Q3", "with Q2") is when the
guidance changed, not the period it is for; and of the two values of the move the one after "from"
is the earlier guidance, typed as the previous outlook.

Rules (named records, each met in documents of different sources):
  MOVE_MOMENT   "raised at Q3", "given with Q2", "lowered after the first quarter": the quarter is
                the moment; the outlook keeps the (fiscal) year its sentence names before the value, else none
  TO_FROM       "<measure> guidance raised … to X from Y": Y is the previous outlook of the measure
Pure functions over a sentence's text, its period mentions and its facts.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

MOVE_MOMENT = RuleRecord(
    "move-moment",
    "a period right after a verb that moves or gives guidance and 'at', 'with', 'after' or 'alongside' is when the "
    "guidance moved, not the period the guidance is for",
    ("probe30 05_atoss_ndr_meeting_notes: 'FY26 revenue guidance raised at Q3 to \"around EUR 198m\"'",
     "probe29 07_innodata_substack_q2q3: 'raised its full-year 2026 outlook to revenue growth of \"at least 30%\", from "
     "\"at least 25%\" given with Q2'"),
    ("FY27 sales guidance lowered at H1 to about $900m.",))

TO_FROM = RuleRecord(
    "to-from-previous",
    "in a sentence that moves a guidance 'to X from Y', Y (right after 'from') is the earlier guidance of the same "
    "measure: the previous outlook",
    ("probe30 05_atoss_ndr_meeting_notes: 'raised at Q3 to \"around EUR 198m\" from \"around EUR 195m\"'",
     "probe29 07_innodata_substack_q2q3: 'to revenue growth of \"at least 30%\", from \"at least 25%\"'",
     "probe10 tokyo_electron_note: 'Net sales guidance was lowered to ¥2.35 trillion from ¥2.55 trillion'"),
    ("Kestrel's FY27 revenue guidance was raised to $410 million from $390 million.",))

_MOVE = plain(r"\b(?:raised|lifted|increased|lowered|cut|reduced|narrowed|widened|revised|updated|given|issued|set|"
              r"reiterated|confirmed|reaffirmed)\s+(?:at|with|after|alongside)\s+(?:the\s+)?$", re.I)
_FROM = plain(r"\bfrom\s+[\"“]?\s*(?:(?:about|around|approximately|roughly|at\s+least|above|some|nearly)\s+)?$", re.I)
_TO = plain(r"\bto\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?[\"“]?\s*(?:(?:about|around|approximately|roughly|at\s+least|above|some|nearly)\s+)?$", re.I)
_OUTLOOK = plain(r"\b(?:outlook|guidance|forecast)$")
_MOVED = plain(r"\b(?:raised|lifted|increased|lowered|cut|reduced|narrowed|revised|updated)\b", re.I)


def moved(facts: list, text: str, periods: list, as_period) -> list:
    """The facts of a sentence that moves a guidance, their moment undone (MOVE_MOMENT) and the value after
    "from" typed as the previous outlook (TO_FROM). `as_period` makes a record period of a period mention."""
    if not any(f.kind == "observation" and _OUTLOOK.search(f.measure) for f in facts) or not _MOVED.search(text):
        return facts
    moments = {p.label for p in periods if _MOVE.search(text[max(0, p.start_idx - 40):p.start_idx])}
    out, now = [], {}
    for f in facts:
        said = f.value_text or f.change_text if f.kind == "observation" else None
        if not said or not _OUTLOOK.search(f.measure):
            out.append(f)
            continue
        at = text.find(said)
        if f.period is not None and f.period.label in moments and at >= 0:
            year = next((p for p in reversed(periods) if p.start_idx < at and p.label not in moments
                         and p.kind in ("year", "fiscal_year")), None)
            f = f.model_copy(update={"period": as_period(year) if year is not None else None})
        if at >= 0 and _TO.search(text[max(0, at - 60):at]):
            now[f.measure] = f
        elif at >= 0 and f.measure in now and _FROM.search(text[max(0, at - 40):at]):
            f = f.model_copy(update={"measure": f"previous {f.measure}", "period": now[f.measure].period})
        out.append(f)
    return out
