"""Which lane of `aikg serve` a query runs in: the fast lane (queries bound to an entity, which
read a few hundred facts) or the slow lane (listings, whole-graph aggregates, anything not
known to be cheap).

The choice is made before the query runs, from its text, in time linear in its length:

* its *shape*: the text with comments and the prologue dropped, strings, numbers and the
  IRIs of entities (aikg's `id:` namespace) replaced by placeholders and white space
  collapsed. The same saved query bound to two different companies has one shape.
* *bound to an entity*: the query names at least one entity IRI in its body (a saved query's
  bound parameter, a `VALUES` row, a constant subject or object). Such a query starts from
  that entity's facts instead of scanning the graph: fast lane. Anything else is slow lane.
* *what it cost before*: the last few run times are kept per query (its text, comments and
  prologue aside) and per shape. A query bound to an entity whose own last run took longer
  than `fast_budget` (or ran into the timeout) goes to the slow lane, and back once a run is
  cheap again: one shape can be cheap for most entities and cost seconds for the one named
  in every document. A query not seen before goes to the slow lane when its shape ran past
  the budget in two of its last `HISTORY` runs (a cartesian product with one constant).

A query (the same text) that ran into the timeout is not run again for TIMED_OUT_FOR seconds:
it is answered 504 at once. Run again on a busy server it would most likely time out again,
holding a slow engine for the whole timeout each time (the hostile cartesian product sent in a
loop, or a saved query for the entity named in every document).

Pure functions plus one small bounded table (`History`); `aikg.serve` does the queueing.
"""
from __future__ import annotations

import re
from collections import OrderedDict, deque
from dataclasses import dataclass

from .guard import TOKEN
from .rdf import ID

FAST, SLOW = "fast", "slow"
HISTORY = 8            # run times kept per shape
MAX_SHAPES = 4_000     # queries and shapes remembered (least recently seen forgotten first)
TIMED_OUT_FOR = 60.0   # seconds a query that ran into the timeout is answered 504 without running

_PROLOGUE = re.compile(r"\b(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)", re.I)
_ID_PREFIX = re.compile(r"\bPREFIX\s*([^\s:]*):\s*<" + re.escape(ID) + r">", re.I)
_NUMBER = re.compile(r"(?<![\w?$:])[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?(?![\w:])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Ticket:
    """What the front knows about a query before it runs."""
    shape: str
    key: str              # the query itself: comments, prologue and spacing aside
    entity_bound: bool


def _entity_names(prefixes: set[str]) -> re.Pattern:
    """Prefixed names in the entity namespace (`id:company/acme`)."""
    alts = "|".join(re.escape(p) for p in sorted(prefixes)) or "id"
    return re.compile(r"(?<![\w?$:/#.\\-])(?:" + alts + r"):[\w%\\/.-]*[\w%/-]")


def ticket(sparql: str) -> Ticket:
    """Classify a query (already through the guard) by its text."""
    prefixes = {"id"} | set(_ID_PREFIX.findall(sparql))
    entity_iri = "<" + ID

    def token(m: re.Match) -> str:
        t = m.group(0)
        if t[0] == "#":
            return " "
        if t[0] == "<":
            return "<E>" if t.startswith(entity_iri) else t
        return '""'
    def comment(m: re.Match) -> str:
        return " " if m.group(0)[0] == "#" else m.group(0)
    key = _SPACE.sub(" ", _PROLOGUE.sub(" ", TOKEN.sub(comment, sparql))).strip()
    text = TOKEN.sub(token, sparql)
    text = _PROLOGUE.sub(" ", text)
    text = _entity_names(prefixes).sub("<E>", text)
    text = _NUMBER.sub("0", text)
    shape = _SPACE.sub(" ", text).strip()
    return Ticket(shape, key, "<E>" in shape)


class History:
    """Recent run times per query and per shape, for `lane`; at most MAX_SHAPES of them."""

    def __init__(self, fast_budget: float, timeout: float):
        self.fast_budget = fast_budget
        self.timeout = timeout
        self.runs: OrderedDict[str, deque] = OrderedDict()
        self.timed_out: OrderedDict[str, float] = OrderedDict()    # query -> when (time.monotonic)

    def refused_for(self, t: Ticket, now: float) -> float:
        """Seconds this query is still refused for after running into the timeout (0: run it)."""
        at = self.timed_out.get(t.key)
        if at is None:
            return 0.0
        left = at + TIMED_OUT_FOR - now
        if left <= 0:
            del self.timed_out[t.key]
            return 0.0
        return left

    def record(self, t: Ticket, seconds: float, timed_out: bool = False, now: float | None = None) -> None:
        if timed_out and now is not None:
            self.timed_out[t.key] = now
            self.timed_out.move_to_end(t.key)
            if len(self.timed_out) > MAX_SHAPES:
                self.timed_out.popitem(last=False)
        for k in (t.shape, t.key):
            runs = self.runs.get(k)
            if runs is None:
                runs = self.runs[k] = deque(maxlen=HISTORY)
                if len(self.runs) > MAX_SHAPES:
                    self.runs.popitem(last=False)
            else:
                self.runs.move_to_end(k)
            runs.append(self.timeout if timed_out else seconds)

    def expected(self, t: Ticket) -> float | None:
        """The longest recent run of this query (or else of its shape), in seconds."""
        runs = self.runs.get(t.key) or self.runs.get(t.shape)
        return max(runs) if runs else None

    def too_slow(self, t: Ticket) -> bool:
        own = self.runs.get(t.key)
        if own:
            return own[-1] > self.fast_budget
        runs = self.runs.get(t.shape)
        if not runs:
            return False
        return sum(1 for r in runs if r > self.fast_budget) >= 2

    def lane(self, t: Ticket) -> str:
        return FAST if t.entity_bound and not self.too_slow(t) else SLOW
