"""The support of a typed figure: which of its fields the sentence's structure gives, and the gate
that keeps a figure typed only when every field is supported.

A typed Observation is a strong statement ("X's revenue in Q3 was $Y"). `figures.py` records, for
each figure it reads, how it found the subject (the clause's subject, a possessor, an anaphor, the
article's company, or only the nearest name) and the measure (the value's own noun phrase, a head
in its clause, or a head in another clause), in a `Support` record. The gate rules below are named
data records: each says which field it judges and when that field rests on fallback rather than
structure. A figure with any such field is not written as a typed fact; its sentence stays in the
claims layer (every clause with an entity and a value is a claim), so `ask` still finds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .clauses import Clause, clause_at
from ..pattern_cache import plain

# how a subject was found. Structural: the clause says whose figure it is.
SUBJECT_STRUCTURAL = frozenset({
    "head-of",        # "revenue at/of/for X"
    "anaphor",        # "for that unit", "the segment", "the unit, which …"
    "relative",       # "X, which posted …"
    "lead",           # a sentence-initial subject followed by an apposition or relative clause
    "unit-desc",      # "X's cloud division"
    "mention",        # a name in subject position of the value's clause (before its verb, or a possessor)
    "elided",         # a later clause with no subject of its own: the sentence's subject
    "list-unit",      # a list line's label names the unit
    "line-unit",      # a run-in segment heading
    "paragraph-unit", # a unit of the article's company that an earlier figure of the paragraph named
    "main",           # the article's company, the clause naming no other subject
    "share-whole",    # "accounts for 20% of X's revenue"
    "ratio-of-figure", # "…, equal to 16% of revenue" right after a typed figure: that figure's subject
})
# how a measure was found. Structural: the value's own noun phrase or a head in its clause.
MEASURE_STRUCTURAL = frozenset({
    "of-head",        # "$X of revenue", "$X in revenue"
    "verb",           # "lost $X", "valued at $X"
    "charge",         # "a charge of $X"
    "clause-head",    # "<measure> rose 5% to $X", "revenue of $X" (a head in the value's clause)
    "changed-np",     # "that headcount had fallen by 10%"
    "np-verb",        # "whose total payment volume reached X"
    "subject-noun-level", # "Utilisation (excluding trainees) was 79.4%": the clause's opening noun (subject_measures.py)
    "per-share",      # "$X per share"
    "list-label",     # "<measure>: $X, up Y%"
    "elided-measure", # a later clause naming nothing of its own: "…, and then to reach $32 billion"
    "counted-noun",   # "5,700 network staff"
    "share-of",       # "accounts for 20% of revenue"
    "verb-rule",      # a rule of measures.py: "shipped $X of AI servers", "an initial public offering of $X"
    "verb-event",     # "lost 31,000 broadband customers": "broadband customers lost" (measures.py)
    "previous-of-new", # "expects $20 billion of X, up from its earlier forecast of $15 billion": the new figure's measure
    "ratio-of-figure", # "R&D spending of $4.4 billion, equal to 16% of revenue": that figure's share of revenue
    "table-row",      # a table row's label cell ("| Net profit | ₹6,792 crore | ₹3,593 crore |")
})


@dataclass(frozen=True)
class Site:
    """Where a figure sits: the sentence, its clause model, the value's span, the measure head's
    position, how the subject and the measure were found, and the measure itself."""
    text: str
    clauses: tuple[Clause, ...]
    value_start: int
    value_end: int
    head_pos: int
    subject_how: str
    measure_how: str
    measure: str
    subject_pos: int = -1   # where the subject is named in the sentence, if it is
    dated: bool = True      # whether the figure has a period
    is_change: bool = False # whether the value is a change (a move), not a level
    estimate: bool = False  # a later sentence of the paragraph calls its figures estimates (estimates.DISCLAIMERS)


@dataclass(frozen=True)
class GateRule:
    name: str
    field: str                          # the field judged: "subject", "measure", "kind"
    fails: Callable[[Site], bool]       # True: this field rests on fallback -> demote to a claim
    why: str


@dataclass(frozen=True)
class Support:
    subject: str
    measure: str
    failed: tuple[str, ...] = field(default=())   # names of the gate rules that failed

    @property
    def typed(self) -> bool:
        return not self.failed


def _in_other_clause(s: Site) -> bool:
    """The measure head is not in the value's own clause: "revenue was flat, as growth of 6.5% in
    services offset …" (the 6.5% is not revenue's); "the KOSPI, which fell 0.3%" (not the shares')."""
    if s.measure_how not in ("clause-head",) or s.head_pos == s.value_start:
        return False
    return clause_at(s.clauses, s.head_pos) is not clause_at(s.clauses, s.value_start)


# a stock index or benchmark: its move is not a company's share move (well-known names)
INDEX = plain(r"\b(?:index|indices|benchmark|KOSPI|KOSDAQ|Nikkei(?:\s+225)?|TOPIX|Topix|Hang\s+Seng|Sensex|Nifty(?:\s+50)?|"
                   r"S&P\s+500|Nasdaq(?:\s+Composite)?|Dow\s+Jones|Dow|CAC\s+40|DAX|FTSE(?:\s+100)?|Stoxx(?:\s+600)?|"
                   r"Shanghai\s+Composite|CSI\s+300|TAIEX|ASX\s+200|Straits\s+Times)\b")


def _index_move(s: Site) -> bool:
    """The value is a move of an index named in its own clause, or of an index a relative
    clause holding it is about ("…, outperforming the benchmark KOSPI, which fell 0.3%")."""
    text = _PARENS.sub(lambda m: " " * len(m.group(0)), s.text)  # "(Nasdaq: NBIS)" is a listing, no move
    c = clause_at(s.clauses, s.value_start)
    if c.kind == "embedded":
        before = text[max(0, c.start - 40):c.start]
        return INDEX.search(before) is not None
    ix = INDEX.search(text, c.start, s.value_start)
    if ix is not None and _LISTED_ON.search(text, max(c.start, ix.start() - 30), ix.start()):
        # where the company's shares trade ("the group that trades on Nasdaq, reported …": probe19
        # 07_mercadolibre_season_wrap; "the … operator listed on Nasdaq": probe14 07_vnet_week_in_review)
        ix = INDEX.search(text, ix.end(), s.value_start)
    return ix is not None and not re.search(
        r"\b(?:shares|stock)\s+(?:of\s+)?[A-Z]", text[c.start:s.value_start])


_LISTED_ON = plain(r"\b(?:trades?|traded|trading|listed|quoted)\s+on\s+(?:the\s+)?$", re.I)


_PARENS = plain(r"\([^()]*\)")


# a name in object position: after the clause's verb and a preposition ("a stake in X", "revenue
# from X", "a deal with X", "sold to X", "ahead of X"); it is not the figure's subject
_OBJECT_BEFORE = plain(r"\b(?:in|into|from|with|to|for|by|than|against|like|including|such\s+as|over|versus|vs\.?|"
                            r"between|among|via|through|behind|ahead\s+of|of|at|on|across)\s+(?:(?:the|its|their|a|an|[\w-]+)\s+){0,3}$",
                            re.I)


def _object_subject(s: Site) -> bool:
    if s.subject_how != "mention-object":
        return False
    return True


def _fallback_subject(s: Site) -> bool:
    return s.subject_how not in SUBJECT_STRUCTURAL and s.subject_how != "mention-object"


def _fallback_measure(s: Site) -> bool:
    return s.measure_how not in MEASURE_STRUCTURAL


# a ticker in brackets: "MediaTek Inc. (2454 TT)", "(9984 JP)": no figure of the company
_TICKER = plain(r"\(\s*[\d.]+\s+[A-Z]{1,4}(?:\s+(?:Equity|US))?\s*\)")


def _ticker(s: Site) -> bool:
    return any(m.start() <= s.value_start < m.end() for m in _TICKER.finditer(s.text))


_MARKET = plain(r"\b(?:share|stock)\s+price$|\b(?:shares|stock)$")


def _undated_move(s: Site) -> bool:
    """A share-price move with no date ("the stock has gained about 60% this year", "shares fell 8%
    in after-hours trading"): a move means nothing without when."""
    return s.is_change and not s.dated and _MARKET.search(s.measure) is not None


_RELATIVE = plain(r",\s+(?:and\s+)?(?:which|who|whose|that)\b", re.I)


def _relative_not_about_subject(s: Site) -> bool:
    """The value sits in a relative clause (", which says revenue reached …") about something other
    than the figure's subject: the subject is named neither in it nor right before it."""
    c = clause_at(s.clauses, s.value_start)
    if c.kind != "embedded" or not _RELATIVE.match(s.text, c.start):
        return False
    if s.subject_pos >= c.start:
        return False
    if s.subject_pos < 0:
        return s.subject_how == "main" and re.search(r"[A-Z][\w&.-]+(?:\s+(?:subsidiary|unit|arm|division|business|brand|platform))?\s*$",
                                                     s.text[max(0, c.start - 60):c.start]) is not None
    return c.start - s.subject_pos > 80


# a count that is the object of an action ("moving about 5,700 network staff into new subsidiaries",
# "plans to hire about 1,000 engineers", "added 2 million subscribers"): an event, not a level
_ACTION_BEFORE = plain(r"\b(?:mov|cut|cutting|hir|add|transferr|transfer|shed|recruit|relocat|lay(?:ing)?\s+off|laid\s+off|redeploy)\w*\s+"
                            r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|another|a\s+further)\s+)?$", re.I)


def _count_of_an_action(s: Site) -> bool:
    return s.measure_how == "counted-noun" and _ACTION_BEFORE.search(s.text[max(0, s.value_start - 40):s.value_start]) is not None


def _disclaimed_estimate(s: Site) -> bool:
    return s.estimate


RULES: tuple[GateRule, ...] = (
    GateRule("measure-in-other-clause", "measure", _in_other_clause,
             "the measure's head is in another clause than the value"),
    GateRule("measure-fallback", "measure", _fallback_measure,
             "the measure was guessed (a head of an earlier clause, a noun phrase + 'revenue')"),
    GateRule("subject-is-object", "subject", _object_subject,
             "the only name before the value is an object of the clause's verb (a customer, a stake, a partner)"),
    GateRule("subject-fallback", "subject", _fallback_subject,
             "the subject was not found from the clause's structure"),
    GateRule("relative-about-another", "subject", _relative_not_about_subject,
             "the value is in a relative clause about something named other than the subject"),
    GateRule("index-move", "subject", _index_move,
             "the value is a stock index's move, not the company's"),
    GateRule("ticker", "kind", _ticker, "the number is a stock ticker"),
    GateRule("count-of-an-action", "kind", _count_of_an_action,
             "the count is what an action moves, hires or cuts, not a level the subject has"),
    GateRule("undated-move", "period", _undated_move, "a share-price move with no date"),
    GateRule("disclaimed-estimate", "kind", _disclaimed_estimate,
             "the writer says the figure is an estimate (theirs or a broker's), not the company's (estimates.DISCLAIMERS)"),
)


def support(site: Site) -> Support:
    """The figure's support record, with every gate rule it fails."""
    return Support(site.subject_how, site.measure_how, tuple(r.name for r in RULES if r.fails(site)))


def object_position(text: str, clause_start: int, verb_start: int, mention_start: int, mention_end: int = -1) -> bool:
    """Whether a name at `mention_start` is an object in its clause: after a preposition ("a stake
    in X", "a deal with X") and after the clause's verb, when the clause has one."""
    if verb_start >= 0 and mention_start < verb_start:
        return False  # before the verb: the clause's subject (or in its fronted adverbial)
    if mention_end >= 0 and re.match(r"['’]s?\s", text[mention_end:mention_end + 3]):
        return False  # a possessor ("in which Palantir's revenue topped …") is the figure's subject
    return _OBJECT_BEFORE.search(text[max(clause_start, mention_start - 60):mention_start]) is not None


# --- market shares: the market must be named -------------------------------------------------------

# words that say where or how wide a market is, not what it sells
MARKET_SCOPE = frozenset({"global", "worldwide", "world", "overall", "domestic", "local", "home", "national",
                          "international", "total", "entire", "whole", "the", "its", "their", "this", "that",
                          "according", "to", "of", "in", "for", "market", "markets"})


@dataclass(frozen=True)
class ShareRule:
    name: str
    fails: Callable[[str], bool]   # market name -> True: keep the share a claim
    why: str
    examples: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()


def _market_unnamed(name: str) -> bool:
    """No word of the market's name says what is sold: "market", "global market", "China market"
    (the guess "cloud market" from a cloud word elsewhere in the sentence is kept: the seed questions
    ask for "the global cloud market" shares of a sentence naming no market)."""
    words = [w for w in re.split(r"[\s/]+", name) if w]
    return not any(w.lower() not in MARKET_SCOPE and (not w[:1].isupper() or w.isupper() or any(c.isupper() for c in w[1:]))
                   for w in words)


SHARE_RULES: tuple[ShareRule, ...] = (
    ShareRule("market-unnamed", _market_unnamed,
              "the market's name says only where (global, China) or nothing: the share of what is not read",
              examples=("According to a research firm, the company holds about 30% of the market.",
                        "Acme held 12% of the global market, ahead of its rival."),
              provenance=("probe12 nextdc_h1fy25_call: 'with about 21% of the market' (market: 'market')",
                          "probe12 kingdee_wire: 'first in China's market for SaaS ERP … with a 20.6% share' (market: 'China market')",
                          "probe11 p11_04_lgcns_2024: 'According to market researcher …' (market: 'According to market')",
                          "probe10 zte_2024_results and delta_electronics_2024: 'China market', 'global market'")),
)


def share_failed(name: str) -> tuple[str, ...]:
    """Names of the SHARE_RULES a market share's market name fails (then it stays a claim)."""
    return tuple(r.name for r in SHARE_RULES if r.fails(name))
