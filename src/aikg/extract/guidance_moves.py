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


PREVIOUSLY = RuleRecord(
    "previously-bracket",
    "in a sentence that gives a guidance ('now expected at', 'target … to', 'expects'), a value in a bracket right after "
    "a figure, opened by 'previously' or 'previous (guidance, range, …):', is the earlier guidance of that figure's "
    "measure: the figure is the outlook, the bracket's value the previous outlook of the same period (a growth stays a growth)",
    ("probe32 02_cbrain_outlook_upgrade: 'Revenue growth is now expected at 25-30% (previously 15-20%).'",
     "probe32 01_humanica_set_mdna: 'raised its 2026 target for growth in revenue from sales and services to 14-16% "
     "(previously 10-12%)'",
     "kindcheck33 guidance 02_brenzlau: 'now expects an EBT margin of 24-27% (previously: 20-24%)'",
     "probe31 (list and prose): 'raised to 22%-25% (previous: 18%-22%)'"),
    ("Orvik now expects revenue growth of 9-11% (previously 6-8%).",))

_PREV_BRACKET = plain(r"^\s*\(\s*(?:previously|previous(?:\s+(?:guidance|outlook|forecast|target|range|estimate))?|prior\s+(?:guidance|outlook|forecast|target|range))"
                      r"\s*:?\s*(?:about\s+|around\s+|approx(?:imately|\.)?\s+|~\s*)?$", re.I)
_GUIDED = plain(r"\b(?:expect(?:s|ed|ing)?|guid(?:ance|es|ed|ing)|outlook|forecasts?|targets?|anticipate[sd]?|project(?:s|ed))\b", re.I)
_RANGE_END = plain(r"\s*(?:to|-|–|—)\s*[-+−]?\d")
_RANGE_JOIN = plain(r"\s*(?:to|-|–|—)\s*")
_GUIDANCE_NAME = plain(r"\b(?:outlook|guidance|forecast|target|estimates?|consensus)$")


def previously(facts: list, text: str, values: list) -> list:
    """The facts of a sentence giving a guidance with its earlier value in a bracket (PREVIOUSLY): the figure
    before the bracket typed as the outlook, the bracket's value as the previous outlook (a fact of its own
    when the sentence had none for it). `values`: the sentence's amounts and percents (start, end, text)."""
    if "(prev" not in text.lower() or _GUIDED.search(text) is None:
        return facts
    vals = sorted(values, key=lambda x: x.start)
    out = list(facts)
    for i, (p, q) in enumerate(zip(vals, vals[1:])):
        if _PREV_BRACKET.match(text[p.end:q.start]) is None or _RANGE_END.match(text[q.end:]) \
                or i > 0 and _RANGE_JOIN.fullmatch(text[vals[i - 1].end:p.start]):
            continue   # (a range read as two values, "-3% to -2% (previously -2% to +1%)": not one value each)
        k = next((k for k, f in enumerate(out) if f.kind == "observation" and p.text in (f.value_text, f.change_text)), None)
        if k is None or out[k].measure.startswith("previous "):
            continue
        f = out[k]
        name = f.measure if _GUIDANCE_NAME.search(f.measure) else f"{f.measure} outlook"
        out[k] = f = f.model_copy(update={"measure": name})
        j = next((j for j, g in enumerate(out) if j != k and g.kind == "observation" and q.text in (g.value_text, g.change_text)), None)
        if f.change_text == p.text and f.value is None:
            upd = {"change": q.value, "change_text": q.text, "change_qualifier": q.qualifier,
                   "direction": "decrease" if getattr(q, "negative", False) else "increase"}
        elif f.value_text == p.text and getattr(q, "currency", None) == getattr(p, "currency", None):
            upd = {"value": q.value, "value_max": q.value_max, "value_text": q.text, "qualifier": q.qualifier}
        else:
            continue
        g = f.model_copy(update={**upd, "measure": f"previous {name}"})
        if j is None:
            out.insert(k + 1, g)
        else:
            out[j] = g
    return out


MOVE_DIRECTION = RuleRecord(
    "move-direction",
    "a guidance change whose sentence gives the new outlook and the previous one of the same measure is a raise when "
    "the new one (its middle) is higher, a cut when lower, a reiteration when equal: the change claim says which "
    "(percent guidance too, not only amounts)",
    ("kindcheck33 guidance 02_brenzlau: 'now expects an EBT margin of 24-27% (previously: 20-24%)' (raised)",
     "probe13 tietoevry_q3_2024_exchange_release: 'Adjusted EBITA margin is now expected to be 12.8-13.3% (previously "
     "13.0-14.0%)' (cut)",
     "probe32 02_cbrain_outlook_upgrade: 'Revenue growth is now expected at 25-30% (previously 15-20%)' (raised)"),
    ("Orvik now expects an EBIT margin of 9-11% (previously 10-12%).",))


def _mid(f):
    lo = f.value if f.value is not None else f.change
    hi = f.value_max if f.value is not None else None
    if lo is None:
        return None
    lo = -lo if f.value is None and f.direction == "decrease" else lo
    return (lo + hi) / 2 if hi is not None else lo


def settle(claims: list, facts: list) -> list:
    """The sentence's guidance change claims whose direction is unsaid ("change"), with the one its new and previous
    outlook facts show (MOVE_DIRECTION); the others as they are."""
    if not any(x.kind == "guidance_change" and x.detail == "change" for c in claims for x in c.relations):
        return claims
    news: dict = {}
    for f in facts:
        if f.kind == "observation" and _OUTLOOK.search(f.measure) and not f.measure.startswith("previous "):
            news[f.measure] = None if f.measure in news else f   # (two outlooks of one measure: which is new is unsaid)
    seen = set()
    for f in facts:
        if f.kind == "observation" and f.measure.startswith("previous ") and news.get(f.measure[9:]) is not None:
            a, b = _mid(news[f.measure[9:]]), _mid(f)
            if a is not None and b is not None:
                seen.add("raise" if a > b else "cut" if a < b else "reiterate")
    if len(seen) != 1:
        return claims
    detail = seen.pop()
    return [c.model_copy(update={"relations": tuple(x.model_copy(update={"detail": detail}) if x.kind == "guidance_change" and x.detail == "change"
                                                    else x for x in c.relations)}) for c in claims]
