"""The date of a dated event asked: "When is Phase 1 of X due to be ready for service?", "what is the
record date?" (issue34d, the ask side of extract/events.py).

The extractor gives a sentence's claim the event as its date value's measure ("phase 1 ready for
service", "record date") and the date as written ("Q3 2027", "Saturday, October 31, 2026"). A
question that asks for a date (`DATE_ASKED`) and names an event with the words of one of
`events.EVENT_RULES` is answered by the claims of the entity asked whose date value's measure names
that event; of those, the ones whose other words ("phase 1") the question names are preferred, and
a measure naming a part the question does not name ("phase 2 ready for service") is never taken.
When the question also asks something else ("What interim dividend did X declare and what is the
record date?"), the event's date is added to the answer the other lanes gave.

`asked_event(q)` and `event_rows(rows, q, words)` are pure; `with_event` runs the claims query.
"""
from __future__ import annotations

import re

from .extract.events import EVENT_RULES
from .pattern_cache import plain
from .wording import _s

# a question asking for a date: "when", "what/which date", "by when", "what is the record date"
# (issue42m) a date asked as a bare noun phrase closing the question: "X dividend per share declared with Q3
# results, and payment date?" (p31-02-q04), "…, and the record date?"; also a second thing asked (_ALSO_ASKED)
_CLOSING_DATE = r"\band\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}date\s*\??\s*$"
DATE_ASKED = plain(r"^\s*(?:and\s+)?when\b|\bwhen\s+(?:is|was|will|does|did|are|were)\b|\b(?:what|which)\s+(?:is\s+|was\s+|are\s+)?(?:the\s+)?"
                   r"(?:[\w-]+\s+){0,3}(?:date|day|quarter)\b|\bby\s+when\b|" + _CLOSING_DATE, re.I)
_EVENT_WORDS = tuple((rule.name, plain(rf"(?<![\w-])(?:{rule.words})(?![\w-])", re.I)) for rule in EVENT_RULES)
_ALSO_ASKED = plain(r"\band\s+(?:what|when|which|how)\b|" + _CLOSING_DATE, re.I)
_STOP = frozenset("the an of its for to be is due and at in on by".split())   # ("a" may name a part: "Hall A")


def asked_event(q: str) -> tuple[str, str] | None:
    """(event rule name, the event's words as the question writes them) when `q` asks for the date
    of an event of `events.EVENT_RULES`, else None."""
    if DATE_ASKED.search(q) is None:
        return None
    for name, rx in _EVENT_WORDS:
        m = rx.search(q)
        if m is not None and not (name == "dividend-dates" and re.fullmatch(r"(?:\w+\s+)?(?:paid|payable)", m.group(0), re.I)
                                  and not re.search(r"\bwhen\b", q, re.I)):
            return name, m.group(0)
    return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def event_rows(rows: list[dict], q: str, rule: str, words: str = "") -> list[dict]:
    """The claim rows (the claims query's, as plain strings) whose date value's measure names the
    event of `rule`, the measure's other words all named by the question (those naming the event
    with the question's own `words` first, then those naming more of them); [] when none."""
    rx = dict(_EVENT_WORDS)[rule]
    said = " ".join(words.lower().split())
    if said and any(said in " ".join(str(r.get("measure") or "").lower().split()) for r in rows if str(r.get("role") or "") == "date"):
        rows = [r for r in rows if said in " ".join(str(r.get("measure") or "").lower().split())]   # "record date", not the payment date
    asked = _words(q)
    best: list[tuple[int, dict]] = []
    for r in rows:
        measure = str(r.get("measure") or "")
        if str(r.get("role") or "") != "date" or not measure or not (r.get("valueText") or r.get("periodLabel")):
            continue
        m = rx.search(measure)
        if m is None:
            continue
        rest = _words(measure[:m.start()] + " " + measure[m.end():])
        if not rest <= asked:
            continue  # "phase 2 ready for service" for a question on phase 1
        best.append((len(rest), r))
    if not best:
        return []
    top = max(n for n, _ in best)
    seen, out = set(), []
    for n, r in best:
        r = {k: r.get(k, "") for k in ("measure", "valueText", "periodLabel", "doc", "quote")} | r
        key = (r.get("measure"), r.get("valueText"))
        if n == top and key not in seen:
            seen.add(key)
            out.append(r)
    return out


# "When do X's new prices take effect?": the day a notice's new values hold from (extract/effective_dates.py
# dates them "from <day>")
EFFECTIVE_ASKED = plain(r"\bnew\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+(?:take|takes|took|will\s+take)\s+effect\b|"
                        r"\bnew\s+(?P<what2>[\w-]+)\s+(?:apply|applies|start|begin)\b|\beffective\s+date\b.*\bnew\b", re.I)


def effective_rows(rows: list[dict]) -> list[dict]:
    """The figure rows (plain strings) of new values dated from a day ("from 2026-03-01")."""
    return [r for r in rows if str(r.get("periodLabel") or "").startswith("from ") and r.get("periodStart")
            and (str(r.get("measure") or "").lower().startswith("new ") or "(new " in str(r.get("valueText") or "").lower())]


def _effective(kg, question: str, q: str, hits, timeout):
    import pyoxigraph as ox
    from .run import run_query
    for h in hits:
        if h.kind not in ("Company", "Segment", "Product"):
            continue
        try:
            res = run_query(kg.store, "figures", {"company": ox.NamedNode(h.iri)}, timeout=timeout)
        except Exception:
            continue
        rows = effective_rows([{k: _s(r, k) for k in r} for r in res.rows])
        days = sorted({r["periodStart"] for r in rows})
        if len(days) != 1:
            continue
        from datetime import date
        from .ask import Answer
        d = date.fromisoformat(days[0][:10])
        sources = [{"document": r.get("doc", ""), "quote": r.get("quote", "")} for r in rows[:3]]
        return Answer(question, "answered", f"{h.label}'s new values hold from {d.day} {d.strftime('%B')} {d.year} ({days[0][:10]}).",
                      rows=[{"entity": h.label, "from": days[0][:10]}], sparql=res.sparql, sources=sources,
                      intent="figures", basis="fact")
    return None


def with_event(kg, question: str, q: str, hits, answer, timeout):
    """`answer` with the date of the event `q` asks about (a claim of an entity hit), added when the
    question also asks something the answer gave, else the event's answer; `answer` unchanged when
    no event is asked or no claim dates it."""
    if hits and answer.status != "answered" and DATE_ASKED.search(q) and EFFECTIVE_ASKED.search(q):
        return _effective(kg, question, q, hits, timeout) or answer
    ev = asked_event(q)
    if ev is None or not hits:
        return answer
    import pyoxigraph as ox
    from .run import run_query
    for h in hits:
        if h.kind not in ("Company", "Segment", "Organization", "Project", "Product"):
            continue
        try:
            res = run_query(kg.store, "claims", {"entity": ox.NamedNode(h.iri)}, timeout=timeout)
        except Exception:
            continue
        rows = event_rows([{k: _s(r, k) for k in r} for r in res.rows], q, ev[0], ev[1])   # (rows of plain strings from here)
        if not rows:
            continue
        said = "; ".join(f"{r['measure']}: {r['valueText'] or r['periodLabel']}" for r in rows[:3])
        sources = [{"document": r.get("doc", ""), "quote": r.get("quote", "")} for r in rows[:3]]
        if answer.status == "answered" and _ALSO_ASKED.search(q):
            answer.answer += f"\n{h.label}, {said}"
            answer.sources = list(answer.sources) + sources
            return answer
        if answer.status == "answered" and answer.basis == "fact":
            return answer
        from .ask import Answer
        return Answer(question, "answered", f"{h.label}: {said}.",
                      rows=[{"entity": h.label, "event": r["measure"], "date": r["valueText"] or r["periodLabel"],
                             "period": r["periodLabel"]} for r in rows[:3]],
                      sparql=res.sparql, sources=sources, intent="claims", basis="claim")
    return answer
