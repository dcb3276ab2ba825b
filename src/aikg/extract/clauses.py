"""Clauses of a sentence: the unit every value's who/what/when is read from.

A sentence is cut at structural boundaries only (no parser, no corpus phrasing):

* top-level clauses at ";", ":", a spaced dash, ", while / but / whereas / and", " while ",
  " whereas " (a coordinated clause keeps the sentence's fronted adverbials: "In the quarter,
  revenue rose 5%, while costs fell 2%" dates both values);
* embedded clauses, which are holes in the clause around them: parentheses, quotes, relative
  clauses (", which / who / whose / where …" up to the next comma), participial and reason
  clauses (", reflecting / helped by / driven by / due to / thanks to / following …"), and
  subordinate clauses (", after / before / because / as / since / when …", or "after / because /
  following" with no comma before them) — a period stated in a hole ("…, which opened in 2024",
  "…, reflecting the tariff increase of July 2024") never dates a value outside it;
* a fronted adverbial ("In the third quarter,", "According to IDC,") opens the sentence's first
  clause; a source phrase ("according to X", "X estimates", "data from X") marks who says it, which
  is never the subject of the clause's values.

Each clause knows its main verb and what kind of verb it is: a reporting or change verb (the
value is the company's figure for a period: "reported", "posted", "rose"), a plan or expectation
("expects", "plans", "will"), or a market move ("shares rose"). Pure functions over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from ..pattern_cache import plain

# top-level boundaries (the clause after one starts at the match's end)
TOP_BREAK = plain(r";|:|\s[-–—]\s|,\s+(?:while|but|whereas|and)\s|\s+while\s+|\s+whereas\s+")
# an embedded clause opened after a comma and closed by the next comma, semicolon or the end
_COMMA_HOLE = plain(
    r",\s+(?:which|who|whose|where|when|"
    r"reflecting|helped\s+by|driven\s+by|boosted\s+by|hit\s+by|hurt\s+by|weighed\s+(?:down\s+)?by|led\s+by|"
    r"due\s+to|thanks\s+to|owing\s+to|following|after|before|because|as|since|until)\b(?:(?!\s(?:--|[–—])\s)[^,;()])*", re.I)
# (a spaced dash closes it: "In the second quarter -- …, since its fiscal year ends in March -- Gaming sales were …")
# a subordinate clause with no comma before it: "rose 3.2% after the results", "… because it …"
_BARE_HOLE = plain(r"\s(?:after|because|following)\s+(?:the|a|an|its|their|it|they|he|she|[A-Z][\w&.-]*)\b[^,;()]*")
# quoted-figure (issue41g): a quote that holds only a figure phrase, the company's own words for a value ('raised its
# ROAE guidance to "around 19%"', 'guidance raised at Q3 to "around EUR 198m" from "around EUR 195m"', 'expects
# revenues "around 230 mln euros" and an EBITDA margin "above 36%"', 'revenue growth of "at least 30%", from "at least
# 25%"'), is read in its clause, not set aside as a quotation: probe17 04_credicorp_trading_update, probe30
# 05_atoss_ndr_meeting_notes, probe22 03_retelit_italian_translation, probe29 07_innodata_substack_q2q3
_QUAL_Q = r"(?:about|around|approximately|roughly|at\s+least|above|below|more\s+than|less\s+than|up\s+to|over|under|some|nearly)\s+"
_CUR_Q = r"(?:[A-Z]{3}\s?|[A-Z]{0,3}[$€£¥])"
_QUOTED_FIGURE = (rf"(?:{_QUAL_Q}{_CUR_Q}?|{_CUR_Q})-?\d[\d.,]*\s?(?:%|[a-zA-Z]{{1,8}})?(?:\s+[a-z]{{1,8}})?\s*"
                  rf"|-?\d[\d.,]*\s?(?:%|per\s*cent)\s*")
_PAREN = plain(rf"\([^()]*\)|\"(?!(?:{_QUOTED_FIGURE})\")[^\"]*\"|“(?!(?:{_QUOTED_FIGURE})”)[^”]*”")
# dash-aside: a pair of spaced dashes around a gloss, the sentence going on after the second with its
# verb ("Direct digital revenues — A, B's app and others — grew 60% to …", "fintech — X's payments and
# credit businesses — contributed US$3.4 billion", "Its semiconductor segment — test handlers and device
# interfaces — had sales of …"): an aside like a bracket, whose names are not the clause's subject.
# Provenance: probe19 02_veon_20f_thread, probe19 07_mercadolibre_season_wrap, probe12 advantest_orderbook_note,
# devset5 t07_fujitsu ("businesses — including … — generated revenue of …").
DASH_ASIDE = plain(r"\s[–—]\s[^–—.;:]{3,160}?\s[–—]\s(?=[a-z])")
# a sentence-initial adverbial ended by a comma: "In the third quarter, …", "According to IDC, …"
_FRONTED = plain(r"\s*(?:(?:To\s+[a-z]+|In|For|During|Over|At|On|By|Through|As\s+of|Since|After|Before|Earlier|Later|Last|This|Separately|Meanwhile|However|Overall)\b(?:\s+[^\s,;]+){0,7}"
                      r"|According\s+to\b[^,;]{0,80}|Per\s+[^,;]{0,60}),\s+")
# who a value is attributed to: "according to X", "X estimates / data", "data from X", "per X"
SOURCE = plain(
    r"\b(?i:according\s+to|data\s+from|figures\s+from|estimates?\s+(?:by|from)|cited\s+by|compiled\s+by|"
    r"(?:research|survey|report|study|data)\s+(?:by|from)|per)\s+(?i:the\s+)?(?i:(?:research|analyst|market|consulting|data)\s+(?:firm|group|researcher|provider)\s+)?"
    r"(?P<who>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and))*)")
_SOURCE_AFTER = plain(r"(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:['’]s)?\s+(?:estimates?\s+that|estimated\s+that|"
                           r"(?:estimates?|data|figures|research|survey)\s+(?:show|shows|showed|indicate|indicates|suggests?))\b")

# verbs, by what they say about a value
REPORT = r"reported|reports|posted|posts|recorded|records|booked|generated|earned|made|had|was|were|is|are|came\s+in|totall?ed|stood|reached|delivered|logged|returned|achieved"
CHANGE = (r"rose|rises|risen|grew|grows|increased|increases|climbed|jumped|surged|soared|gained|expanded|improved|doubled|tripled|"
          r"fell|falls|fallen|declined|declines|dropped|slipped|slid|decreased|shrank|contracted|narrowed|widened|tumbled|plunged|eased|"
          r"held|holds|accounted\s+for|accounts\s+for|made\s+up|represented|ranked")
PLAN = (r"expects?|expected|plans?\s+to|planned|intends?|aims?\s+(?:to|for)|targets?\s+(?:an?|revenue|sales|growth)|targeting|"
        r"forecasts?\s+(?:an?|revenue|sales|growth|that)|projects\s+(?:revenue|sales|growth|that)|guided|guides|anticipates?|"
        r"will|would|should|is\s+set\s+to|is\s+due\s+to|is\s+likely\s+to|seeks?\s+to|hopes?\s+to|budgeted")  # nouns ("AI projects", "spending plans") are not verbs
_VERB = plain(rf"\b(?P<plan>{PLAN})\b|\b(?P<change>{CHANGE})\b|\b(?P<report>{REPORT})\b", re.I)
_MARKET_MOVE = plain(r"\b(?:shares|stock|share\s+price|ADRs?|market\s+(?:value|capitali[sz]ation))\b", re.I)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    kind: str                                 # "main", "coordinate", "embedded", "aside" (parentheses, quotes)
    holes: tuple[tuple[int, int], ...] = ()   # embedded clauses inside [start, end)
    fronted: tuple[int, int] | None = None    # a sentence-initial adverbial ("In the quarter,")
    verb: str | None = None
    verb_start: int = -1
    verb_kind: str | None = None              # "report", "change", "plan", "market"

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end and not any(a <= pos < b for a, b in self.holes)

    @property
    def reporting(self) -> bool:
        """Whether a value here is the subject's figure for the period the text reports on."""
        return self.verb_kind in ("report", "change", None)


def _holes(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _PAREN.finditer(text)]
    if "—" in text or "–" in text:
        spans += [(m.start(), m.end() - 1) for m in DASH_ASIDE.finditer(text)
                  if not any(a <= m.start() < b for a, b in spans)]
    for rx in (_COMMA_HOLE, _BARE_HOLE):
        for m in rx.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:  # keep the outermost of nested spans
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _verb(text: str, start: int, end: int, holes) -> tuple[str | None, int, str | None]:
    for m in _VERB.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in holes):
            continue
        kind = m.lastgroup
        if kind in ("change", "report") and _MARKET_MOVE.search(text, start, m.start()):
            kind = "market"
        return m.group(0), m.start(), kind
    return None, -1, None


@lru_cache(maxsize=8192)   # (per sentence text, like values._CACHE_SIZE)
def split(text: str) -> tuple[Clause, ...]:
    """The clauses of a sentence, top-level ones in order, then its embedded ones (cached: the
    figures and the market shares of a sentence read the same model)."""
    holes = _holes(text)
    fr = _FRONTED.match(text)
    fronted = (0, fr.end()) if fr else None
    bounds = [0]
    for m in TOP_BREAK.finditer(text):
        if not any(a <= m.start() < b for a, b in holes) and (fronted is None or m.start() >= fronted[1]):
            bounds.append(m.end())
    bounds.append(len(text))
    out = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        inner = tuple(h for h in holes if a <= h[0] < b)
        vstart = fronted[1] if (i == 0 and fronted) else a
        verb, vpos, vkind = _verb(text, vstart, b, inner)
        out.append(Clause(a, b, "main" if i == 0 else "coordinate", inner, fronted if i == 0 else None,
                          verb, vpos, vkind))
    for a, b in holes:
        verb, vpos, vkind = _verb(text, a, b, ())
        out.append(Clause(a, b, "aside" if text[a:b].lstrip()[:1] in ("(", "\"", "“", "–", "—") else "embedded", (), None, verb, vpos, vkind))
    return tuple(out)


def dash_asides(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the dash-asides of a sentence (DASH_ASIDE): names inside one gloss, never govern."""
    if "—" not in text and "–" not in text:
        return ()
    return tuple((m.start(), m.end()) for m in DASH_ASIDE.finditer(text))


def clause_at(clauses: tuple[Clause, ...], pos: int) -> Clause:
    """The innermost clause holding position `pos`."""
    for c in clauses:
        if c.kind in ("embedded", "aside") and c.start <= pos < c.end:
            return c
    for c in clauses:
        if c.contains(pos):
            return c
    return clauses[0]


def governs(clauses: tuple[Clause, ...], value_pos: int, pos: int) -> bool:
    """Whether something at `pos` (a period, a name) may qualify a value at `value_pos`: it is
    not inside an embedded clause the value is not in ("…, which opened in 2024"). An aside in
    parentheses glosses what it follows ("fiscal Q3 (quarter ending December 2025)"): it does."""
    where = clause_at(clauses, pos)
    return where.kind != "embedded" or where is clause_at(clauses, value_pos)


def same_clause(clauses: tuple[Clause, ...], value_pos: int, pos: int) -> bool:
    """Whether `pos` is in the value's own clause (the fronted adverbial counts as the first
    clause's)."""
    return clause_at(clauses, pos) is clause_at(clauses, value_pos)


def outside_holes(text: str, clauses: tuple[Clause, ...]) -> str:
    """The text with its embedded clauses blanked (same length, so offsets still hold)."""
    out = text
    for c in clauses:
        if c.kind == "embedded" and c.start > 0:
            out = out[:c.start] + " " * (c.end - c.start) + out[c.end:]
    return out


@lru_cache(maxsize=8192)   # (per sentence text, like values._CACHE_SIZE)
def sources(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the names a statement is attributed to ("according to Counterpoint",
    "IDC data show")."""
    out = [(m.start("who"), m.end("who")) for m in SOURCE.finditer(text)]
    out += [(m.start("who"), m.end("who")) for m in _SOURCE_AFTER.finditer(text)]
    return tuple(out)


def in_source(text: str, start: int, spans: tuple[tuple[int, int], ...] | None = None) -> bool:
    return any(a <= start < b for a, b in (sources(text) if spans is None else spans))
