"""One fact per figure: a grid's cell and the prose that states the same figure are one fact.

A results page states its headline figures twice, in a sentence ("Profit after tax: Rs 113.4 crore, up
18.0% year on year") and in its table ("Profit after tax   113.4   96.1 …"); both readings give the same
Observation with a different quote. The prose's is kept (it carries the sentence's wording and often the
change), the grid's dropped; a change only the grid row gives moves onto the prose's figure.

`once(facts, spans)`: `spans` are the [start, end] offsets of the document's grids (tables.tables).
"""
from __future__ import annotations

from .rule_record import RuleRecord

RULE = RuleRecord(
    "grid-figure-once",
    "an Observation read from a grid row whose subject, measure, period (label and dates), value and unit a "
    "prose Observation of the same document already has is the same fact: one is kept, the prose's",
    ("probe20 02_mastek_shareholder-email: 'Profit after tax: Rs 113.4 crore, up 18.0% year on year' and the P&L row "
     "'Profit after tax   113.4   96.1   104.7   218.1'",
     "probe13 tietoevry_q3_2024_exchange_release: '1.1 Revenue amounted to EUR 666.9 million' and '| Group | 666.9 | 696.6 | …'",
     "probe9 g05_bharti_airtel_q2fy26: 'Consolidated revenue from operations rose 25.7% …' and '| Revenue (consolidated) | ₹52,145 crore |'"),
    ("'Sales were EUR 120 million in 2031.' and '| Sales | 120 | 110 |' under '| Metric | 2031 | 2030 |' (invented)",))

_CHANGE = ("change", "change_unit", "change_text", "change_basis", "direction")


def _key(o):
    p = o.period
    return (o.subject, o.measure, p.label if p else None, p.start if p else None, p.end if p else None, o.value, o.unit)


def once(facts: list, spans: list[tuple[int, int]]) -> list:
    """`facts` with each grid Observation that a prose Observation states dropped (RULE)."""
    if not spans:
        return facts

    def in_grid(f) -> bool:
        ev = f.evidence
        return ev is not None and ev.start is not None and any(a <= ev.start <= b for a, b in spans)

    prose = {}
    for i, f in enumerate(facts):
        if f.kind == "observation" and f.value is not None and not in_grid(f):
            prose.setdefault(_key(f), i)
    out = list(facts)
    drop = set()
    for i, f in enumerate(facts):
        if f.kind != "observation" or f.value is None or not in_grid(f):
            continue
        j = prose.get(_key(f))
        if j is None:
            continue
        drop.add(i)
        if out[j].change is None and f.change is not None:
            out[j] = out[j].model_copy(update={k: getattr(f, k) for k in _CHANGE})
    return [f for i, f in enumerate(out) if i not in drop]
