"""Dated corporate events: a milestone or a shareholder date named with its date (issue33p).

A results notice, a site fact sheet or a release names the day or the quarter of an event that is
no figure: "The record date … is fixed as Saturday, October 31, 2026", "Record date for the interim
dividend: 31 October 2026", "| Phase 1 ready for service | Q3 2027 |", "is due to go live in the
first quarter of 2026", "Commercial operation is expected in the second half of 2025", "became
generally available in Q4". Each kind of event is a named record (`EVENT_RULES`: the event's
words, whether it puts something into service (a launch), the documents of different sources it was
met in, invented examples). `dated_events` reads a sentence (or a table row, a label line): the
event's words, then within the same clause a date or a period with only linking words between
("is fixed as", "target:", "is expected in", "in"), never a date before the event's words nor a
second date between. What the event is of is the text before the event's words in its clause
("Phase 1", "the Sakai data centre"): the pipeline gives the claim of the sentence the event as
the date value's measure and the date as its period (`pipeline`, `event_claims`).

Pure functions of one sentence; the date's reading is `values.find_periods`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..pattern_cache import plain, name_rx

if TYPE_CHECKING:    # read when extracting, not at import: `ask` reads EVENT_RULES alone (issue 11: no
    from .. import records as r     # pydantic, value finders or period tables at its process start)
    from . import values as v


@dataclass(frozen=True)
class EventRule:
    """A kind of dated event: its name, the words that name it (a pattern), whether it is a launch
    (something put into service or on sale), where met (two sources or more), invented examples."""
    name: str
    words: str
    launch: bool
    seen: tuple[str, ...]
    examples: tuple[str, ...]
    gate: tuple[str, ...]


EVENT_RULES: tuple[EventRule, ...] = (
    EventRule("dividend-dates", r"record\s+date|ex-(?:dividend\s+)?date|book\s+closure\s+date|payment\s+date|"
                                r"(?:will\s+be\s+|to\s+be\s+|is\s+|be\s+)?(?:paid|payable)", False,
              ("probe23 Tanla BSE outcome: 'The record date for determining eligible shareholders is fixed as Saturday, "
               "October 31, 2026. The dividend will be paid on or before November 20, 2026.'",
               "probe20 Mastek shareholder e-mail: 'Record date for the interim dividend: 31 October 2026', "
               "'Payment date: on or before 19 November 2026'"),
              ("The record date for the final dividend is 14 March 2027.", "Ex-dividend date: 3 June 2026",
               "The dividend is payable on 2 July 2027."),
              ("ecord", "ex-", "closure", "ayment", "paid", "payable")),
    EventRule("general-meeting", r"annual\s+general\s+meeting(?:\s+of\s+shareholders)?|extraordinary\s+general\s+meeting|\bAGM\b|\bEGM\b", False,
              ("focusset22 CANCOM AGM votes: 'its Annual General Meeting held in Munich on 17 June 2026'",
               "focusset22 adesso IR calendar: '| 3 Jun 2027 | Annual General Meeting, Dortmund |'",
               "probe23 Lasertec IR Q&A: 'the Annual General Meeting of Shareholders'"),
              ("The annual general meeting will be held on 12 May 2027.",),
              ("eneral", "AGM", "EGM")),
    EventRule("in-service", r"ready[-\s]+for[-\s]+service|go(?:es|ing)?[-\s]+live|went\s+live|go-live|"
                            r"(?:start\s+of\s+|enter(?:s|ed)?\s+|begins?\s+)?commercial\s+operations?|commissioning|"
                            r"(?:be\s+|is\s+|was\s+)?commissioned|enter(?:s|ed)?\s+service", True,
              ("probe23 Bahnhof site fact sheet: 'Ready-for-service target: Q3 2027', '| Phase 1 ready for service | Q3 2027 |'",
               "probe3 Deutsche Telekom AI factory: 'is due to go live in the first quarter of 2026'",
               "probe18 Teraco/SolarAfrica release: 'Commercial operation is expected in the second half of 2025'"),
              ("The Oslo campus is due to go live in the second quarter of 2027.",
               "| Hall B ready for service | H1 2028 |", "Commissioning is planned for March 2027."),
              ("eady", "live", "ommercial", "ommission", "service")),
    EventRule("general-availability", r"general(?:ly)?\s+availab(?:le|ility)", True,
              ("devset5 IBM results: 'the Spyre accelerator card became generally available in Q4'",
               "probe16 Xero LinkedIn post: 'moved to general availability in ANZ and the UK this half'",
               "probe7 ServiceNow Q3 release: 'are now generally available'"),
              ("Nordlys Studio will be generally available in March 2027.",),
              ("vailab",)),
)

_RULES = tuple((rule, plain(rf"(?<![\w-])(?:{rule.words})(?![\w-])", re.I)) for rule in EVENT_RULES)

# what may stand between the event's words and its date: linking words, a colon, a table's cell
# border, emphasis, the target word ("Ready-for-service target: Q3 2027"), a holder's words
_BETWEEN = plain(r"(?:[\s|:*_–—-]|\b(?:for|of|the|an?|determining|eligible|shareholders|members|holders|is|are|was|were|will|be|been|has|have|"
                 r"fixed|set|scheduled|planned|expected|due|targeted|slated|to|target|date|as|on|in|by|from|around|about|"
                 r"now|currently|interim|final|special|dividend|payment|held|happen|take|place|occur|or|before|no|later|than|"
                 r"ready|service|live|operation|operations)\b)*", re.I)
_CLAUSE_BREAK = plain(r"[.;!?](?:\s|$)|\s·\s|\|\s*\|")
_BEFORE = plain(r"(?:^|[|:·;,(]\s*|\*\*\s*)(?P<what>[^|:·;,()]*?)\s*$")
_LEAD_JUNK = plain(r"^(?:[-*•\s]+|(?:the|its|a|an|and|which|that|it)\s+)+", re.I)
_VERBISH = frozenset("is are was were will would has have had to be been became becomes become moved moves went goes "
                     "due expected scheduled planned set now slated targeted should could may can".split())
_JUNK = frozenset("the its a an and which that it this our their".split())
_KINDS = ("day", "month", "quarter", "half", "year", "fiscal_year", "as_of")


@dataclass(frozen=True)
class DatedEvent:
    """An event named with its date in one sentence: the rule, the event's words as written with
    what it is of ("Phase 1 ready for service"), the date as written, its period, offsets."""
    rule: str
    launch: bool
    phrase: str
    of: str | None
    when: str
    period: v.Period
    start: int      # the event's words
    end: int        # the date's end


_GATE_LOW = tuple(dict.fromkeys(g.lower() for rule in EVENT_RULES for g in rule.gate))


def triggered(text: str) -> bool:
    """Whether a sentence holds one of the events' trigger words (the cheap test first)."""
    low = text.lower()
    return any(map(low.__contains__, _GATE_LOW))


def dated_events(text: str, doc_date: date | None = None) -> tuple[DatedEvent, ...]:
    """The dated events of one sentence (`EVENT_RULES`)."""
    if len(text) > 600:
        return ()
    periods: list[v.Period] | None = None
    out: list[DatedEvent] = []
    low = text.lower()
    for rule, rx in _RULES:
        if not any(g.lower() in low for g in rule.gate):
            continue
        for m in rx.finditer(text):
            if periods is None:
                from . import values as v
                from .periods import word_periods
                periods = [p for p in word_periods(v.find_periods(text, doc_date), text, doc_date) if p.kind in _KINDS]
            before = [p for p in periods if p.end_idx <= m.start()]
            after = [p for p in periods if p.start_idx >= m.end()]
            if not after:
                continue
            p = after[0]
            gap = text[m.end():p.start_idx]
            if len(gap) > 90 or _CLAUSE_BREAK.search(gap) or _BETWEEN.fullmatch(gap) is None:
                continue
            if p.start is None and p.end is None:
                continue   # a yearless date no context dates: left undated
            on_or = re.search(r"\bon\s+or\s+$", gap, re.I)
            if on_or and p.kind == "as_of" and p.end is not None and p.text.lower().startswith("before"):
                # "on or before 20 November": the day itself is the last one
                end = p.end + timedelta(days=1)
                p = v.Period(None, end, f"../{end.isoformat()}", m.end() + on_or.start(), p.end_idx,
                             text[m.end() + on_or.start():p.end_idx], "as_of")
            # what the event is of: the words before it in its clause or cell
            head = text[max(0, m.start() - 80):m.start()]
            b = _BEFORE.search(head)
            what = ""
            if b is not None:
                wa = max(0, m.start() - 80) + b.start("what")
                if not any(q.start_idx >= wa and q.end_idx <= m.start() for q in periods):
                    what = _LEAD_JUNK.sub("", b.group("what")).strip(" *_")
            kept = []
            for w in what.split():
                if w.lower() in _VERBISH:
                    break
                kept.append(w)
            what = " ".join(kept) if len(kept) <= 6 and not all(w.lower() in _JUNK for w in kept) else ""
            words = " ".join(text[m.start():m.end()].replace("-", " ").split())
            words = "payment date" if re.search(r"\b(?:paid|payable)$", words, re.I) else words
            phrase = f"{what} {words}".strip() if what and what[:1].isupper() and rule.name == "in-service" else words
            out.append(DatedEvent(rule.name, rule.launch, " ".join(phrase.split()), what or None,
                                  p.text, p, m.start(), p.end_idx))
    return tuple(sorted(out, key=lambda e: e.start))


def _period_record(p: v.Period) -> r.Period:
    from .. import records as r
    return r.Period(start=p.start, end=p.end, label=p.label if not p.label.startswith("..") else f"by {p.end.isoformat()}")


THING_KINDS = ("Product", "AIModel", "Application", "Project", "Platform", "ModelFamily")


def _thing(of: str | None, things: dict[str, r.EntityRef]) -> r.EntityRef | None:
    """The product or project the words an event is of name ("the Spyre accelerator card": Spyre)."""
    if not of:
        return None
    for surface in sorted(things, key=len, reverse=True):
        if name_rx(rf"(?<![\w-]){re.escape(surface)}(?![\w-])").search(of):
            return things[surface]
    return None


def event_claims(text: str, base: int, claims: list[r.Claim], subject: r.EntityRef | None, evidence: r.Evidence,
                 doc_date: date | None = None, things: dict[str, r.EntityRef] | None = None) -> list[r.Claim]:
    """The claims of one sentence (`text` at offset `base`) with its dated events: the claim whose
    value is the event's date gains the event as the value's measure and the date as its period
    (a claim of "launch" for an event that puts something into service, with the launch of the
    product or project its words name, `things`: surface → entity); a sentence with no such claim
    gains one about `subject` (the document's company)."""
    from .. import records as r
    events = dated_events(text, doc_date)
    if not events:
        return claims
    out = list(claims)
    for e in events:
        measure = e.phrase.lower()
        period = _period_record(e.period)
        hit = next((i for i, c in enumerate(out) for x in c.values if x.role == "date" and (e.when in x.text or x.text in e.when)), None)
        if hit is not None:
            c = out[hit]
            values = tuple(x.model_copy(update={"measure": measure}) if x.role == "date" and (e.when in x.text or x.text in e.when) and not x.measure else x
                           for x in c.values)
            # (the date dates the claim only when it states nothing else: a figure beside it keeps its own period)
            dated = c.period or (period if all(x.role == "date" for x in c.values) else None)
            out[hit] = c.model_copy(update={"values": values, "period": dated,
                                            "predicate": "launch" if e.launch and c.predicate == "state" else c.predicate})
        elif subject is not None:
            out.append(r.Claim(subject=subject, predicate="launch" if e.launch else "state",
                               values=(r.ClaimValue(role="date", unit="date", text=e.when, measure=measure),),
                               period=period, evidence=evidence))
            hit = len(out) - 1
        else:
            continue
        thing = _thing(e.of, things or {}) if e.launch else None
        c = out[hit]
        if thing is not None and thing != c.subject and not any(x.kind == "launch" for x in c.relations):
            agent = subject if subject is not None and subject != thing else None
            out[hit] = c.model_copy(update={"relations": c.relations + (
                r.ClaimRelation(kind="launch", target=thing, agent=agent, when=e.when),)})
    return out
