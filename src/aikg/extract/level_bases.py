"""A figure's basis (GAAP, non-GAAP, IFRS, non-IFRS, adjusted, underlying, statutory) when the clause
names it apart from the measure's own words: the basis is kept in the measure's name ("non-gaap
earnings per share", "adjusted net loss"), as the figure readers keep a basis written before the head
("Non-GAAP EPS was $0.44"), so a GAAP figure and its non-GAAP pair stay two measures.

Rules (named records, each met in documents of different sources):

  basis-phrase      "on a(n) <basis> basis" right after the value ("$1.41 per diluted share on a GAAP
                    basis") or before it in the sentence ("Net income on a GAAP basis rose to $1.24
                    billion", "on an adjusted basis it made a net loss of RMB 1,626 million", "On a
                    non-GAAP basis, the Company now expects a full-year operating margin of 28.5%").
  basis-pair        "<v1> on a <b1> basis and <v2> on a <b2> basis": the second value is the first's
                    measure on its own basis (the measure elided, as in the change pairs "down 0.3% on a
                    reported basis and up 0.2% at constant exchange rates").
  per-share-basis   a per-share value takes the basis of the earnings figure it is the per-share form of
                    ("GAAP net income of $2.8 billion, or $0.71 per share"; "GAAP earnings were $1.52 per
                    diluted share").

A change's basis ("up 9% on an organic basis") is change_bases.py's; only a level is read here.
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .rule_record import RuleRecord

BASIS_PHRASE = RuleRecord(
    "basis-phrase",
    "'on a <basis> basis' names the basis of the figure it follows, or of the figures of the sentence after it",
    ("probe27 08a_plexus_q2news: 'Plexus earned $1.41 per diluted share on a GAAP basis and $1.72 on a non-GAAP basis'",
     "probe3 r01_amd: 'Net income on a GAAP basis rose to $1.24 billion.'",
     "probe13 horizon_robotics_2024_results: 'on an adjusted basis it made a net loss of RMB 1,626 million'",
     "probe21 02_renesas_tse_notice: 'On a non-GAAP basis, the Company now expects a full-year operating margin of 28.5%.'"),
    ("Net income on an adjusted basis was $40 million.", "On a non-GAAP basis, gross margin was 61%."))

BASIS_PAIR = RuleRecord(
    "basis-pair",
    "a second value with a basis of its own after a first value and its basis is the same measure on the other basis",
    ("probe27 08a_plexus_q2news: '$1.41 per diluted share on a GAAP basis and $1.72 on a non-GAAP basis'",
     "probe6 p6_02_capgemini_h1_2025 and probe12 soitec_h1_fy2026_mdna (the same shape for changes): "
     "'down 0.3% on a reported basis and up 0.2% at constant exchange rates'"),
    ("It earned $0.52 per diluted share on a GAAP basis and $0.66 on a non-GAAP basis.",))

PER_SHARE_BASIS = RuleRecord(
    "per-share-basis",
    "a per-share value is the per-share form of the earnings figure the clause names before it, on the same basis",
    ("probe9 g01_cisco_fy25q4: 'GAAP net income of $2.8 billion, or $0.71 per share'",
     "probe27 05_ceragon_6k: 'GAAP net income of $3.1 million, or $0.03 per diluted share'",
     "probe27 08b_plexus_q3news: 'GAAP earnings were $1.52 per diluted share'"),
    ("GAAP net income was $30 million, or $0.38 per diluted share.",))

_WORD = r"non-GAAP|GAAP|non-IFRS|IFRS|adjusted|underlying|statutory"
_HAS = plain(rf"^(?:{_WORD})\b", re.I)
_PHRASE = plain(rf"\bon\s+an?\s+(?P<b>{_WORD})\s+basis\b", re.I)
_PHRASE_AFTER = plain(rf"\s*(?:(?:per|a)\s+(?:diluted\s+|basic\s+)?share\s+)?on\s+an?\s+(?P<b>{_WORD})\s+basis\b", re.I)
_VALUE_BEFORE = plain(r"(?:\d[\d.,]*\s*(?:%|percent|million|billion|bn|mn|m|cents?|pence|p)?|\bshare)\s*$", re.I)
_PAIR_GAP = plain(r"^\s*,?\s*and\s+(?:of\s+)?$", re.I)
_PER_SHARE = plain(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+)?share\b", re.I)
_PER_SHARE_MEASURES = ("earnings per share", "loss per share", "net income per share", "dividend per share")
_EARNINGS_HEAD = plain(rf"\b(?P<b>{_WORD})\s+(?:(?:basic|diluted|net)\s+)?(?:earnings|income|profit|loss|EPS)\b", re.I)
_OTHER_HEAD = plain(r"\b(?:revenue|sales|margin|ebitda|cash|orders|bookings|dividend)", re.I)


def _norm(b: str) -> str:
    return b.lower()


def _phrase_before(t: str, pos: int) -> str | None:
    """The basis of the last "on a <basis> basis" before `pos` that follows no value of its own."""
    best = None
    for p in _PHRASE.finditer(t, 0, pos):
        if not _VALUE_BEFORE.search(t, max(0, p.start() - 30), p.start()):
            best = p.group("b")
    return best


def _per_share_basis(t: str, pos: int) -> str | None:
    """The basis of the earnings figure the clause names before a per-share value at `pos` (PER_SHARE_BASIS)."""
    a = max(t.rfind(";", 0, pos), t.rfind("\n", 0, pos), 0)
    best = None
    for m in _EARNINGS_HEAD.finditer(t, a, pos):
        best = m
    if best is None or _OTHER_HEAD.search(t, best.end(), pos):
        return None
    return best.group("b")


def based(ctx, facts: list) -> list:
    """`facts` with each level Observation's basis, when only the clause names it, kept in its measure, and
    the second value of a basis pair typed (BASIS_PAIR)."""
    t = ctx.text
    low = t.lower()
    if "basis" not in low and "gaap" not in low and "ifrs" not in low and "adjusted" not in low \
            and "underlying" not in low and "statutory" not in low:
        return facts
    out = []
    paired: list[r.Observation] = []
    for f in facts:
        if f.kind != "observation" or f.value is None or not f.value_text or _HAS.match(f.measure):
            out.append(f)
            continue
        pos = t.find(f.value_text)
        if pos < 0:
            out.append(f)
            continue
        end = pos + len(f.value_text)
        after = _PHRASE_AFTER.match(t, end)
        b = after.group("b") if after else _phrase_before(t, pos)
        if b is None and f.measure in _PER_SHARE_MEASURES and _PER_SHARE.match(t, end):
            b = _per_share_basis(t, pos)
        if b is None:
            out.append(f)
            continue
        g = f.model_copy(update={"measure": f"{_norm(b)} {f.measure}"})
        out.append(g)
        if after is not None:
            paired.append(_pair(ctx, f, after.end()))
    held = {getattr(f, "value_text", None) for f in out}
    return out + [p for p in paired if p is not None and p.value_text not in held]


def _pair(ctx, first: r.Observation, phrase_end: int) -> r.Observation | None:
    """The second value of "<v1> on a <b1> basis and <v2> on a <b2> basis", the first's measure on its basis."""
    t = ctx.text
    for m in ctx.moneys:
        if m.start < phrase_end:
            continue
        if not _PAIR_GAP.match(t[phrase_end:m.start]):
            return None
        after = _PHRASE_AFTER.match(t, m.end)
        if after is None:
            return None
        return first.model_copy(update={"measure": f"{_norm(after.group('b'))} {first.measure}", "value": m.value,
                                        "value_max": m.value_max, "value_text": m.text,
                                        "qualifier": m.qualifier if m.qualifier in ("at_least", "at_most", "approx") else None,
                                        "change": None, "change_unit": None, "change_text": None, "direction": None,
                                        "change_basis": None, "change_qualifier": None})
    return None
