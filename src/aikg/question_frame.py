"""The question frame: one reading of a question that every answer candidate is scored against
(candidates.py). It gathers what the stages of `ask` used to re-read from the text each time:
the entity asked about and the others named, the type of answer wanted, the measure words, the
period, the relation cue, and the content words a candidate must cover. Pure functions.

The relations are named records (spaCy-ruler style): the words a question asks about a relation
with, the saved queries that state it as a typed fact and the claim predicates that state it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .pattern_cache import plain
from .question import CAUSE_ASKED, FIGURE_VERBS, PERFORMANCE_WORDS, REVENUE_VERBS, STOPWORDS, Question, _KIND_NOUN, question_periods, measures_named, place_asked, value_and_change, without_names


@dataclass(frozen=True)
class Relation:
    name: str
    cue: re.Pattern             # the question words that ask about it
    queries: tuple[str, ...]    # saved queries that may answer it (routes)
    predicates: tuple[str, ...]  # claim predicates (claims layer) that state it
    said: re.Pattern | None = None   # the words a document's sentence states it with (default: cue)
    states: tuple[str, ...] | None = None   # the queries whose every row states it (default: queries)
    not_for: tuple[str, ...] = ()   # answer types it is not asked with ("which chip can X no longer buy": goods, not a company)

    def stated(self, row: dict, value_asked: bool = True) -> bool:
        """Whether a row (a claim or a typed fact with its quote) states this relation: its
        claim predicate is one of the relation's, or its sentence says it — when a value is
        asked, not a claim whose predicate is another relation's (the capex guidance raised
        "funded by a placement" is not the placement's amount) (pure)."""
        from .answer_text import _s
        pred = _s(row, "predicate")
        if pred in self.predicates:
            return True
        return not (value_asked and pred in RELATION_OF_PREDICATE) and bool((self.said or self.cue).search(_s(row, "quote").lower()))

    def said_near(self, row: dict) -> bool:
        """Whether the clause of the row's sentence around its value says it (pure)."""
        from .answer_text import _s
        from .claims_fallback import value_clause
        return bool((self.said or self.cue).search(value_clause(_s(row, "quote"), _s(row, "valueText")).lower()))


def _rx(p: str) -> re.Pattern:
    return plain(p)


# A relation is asked with its cue; a document's sentence states it with `said` (each pattern
# seen in questions and articles of different writers: probe3, probe5, probe6, probe7, corpus)
RELATIONS = (
    Relation("partner", _rx(r"\bpartner\w*|\balliances?\b|\ballied\b|\btie-?ups?\b|\bteam(?:s|ed|ing)?\s+up\b|\bwork(?:s|ed|ing)?\s+(?:together\s+)?with\b"
                            r"|\bcollaborat\w*|\bjoint\s+venture|\bco-?(?:design|develop|engineer)\w*|\bjointly\b"), ("partnerships",), ("partner",)),
    Relation("stake", _rx(r"\bstakes?\b|\bholdings?\b|\bshareholders?\b|\bowners?\b|\bowns\b|\bowned\b|\bownership\b|\bown\b(?=\s*[?.!]|\s+(?:a|an|any|about|roughly|around|some|\d))"),
             ("stakes", "stake-deals", "investments"), ("sell-stake",),
             said=_rx(r"\bstakes?\b|\bholds?\b|\bholdings?\b|\bsharehold\w*|\bowns?\b|\bowned\b|\bownership\b|\binterest\s+in\b"), states=("stakes", "stake-deals")),
    # what was paid for a company: the deal's price (investments), not a figure of the buyer
    Relation("acquire", _rx(r"\bacquir\w*|\bacquisitions?\b|\bbuy(?:s|ing)?\b(?!\s+back)|\bbought\b|\bpurchas\w*|\btake-?overs?\b|\bpa(?:y|ys|id|ying)\s+for\b(?!\s+(?:the\s+)?(?:fiscal|fy|q[1-4]|h[12]|first|second|third|fourth|full|whole|year|quarter|half|\d))"),
             ("investments",), ("acquire",),
             said=_rx(r"\bacqui\w*|\bbought\b|\bbuy(?:s|ing)?\b|\bpurchas\w*|\btake-?over\w*|\bmerg\w*"), states=(),
             not_for=("Product", "AIModel", "ModelFamily", "Application", "CostItem")),
    # money raised by selling new shares or debt: a placement, an offering, a funding round
    Relation("raise-capital", _rx(r"\bplacements?\b|\b(?:share|stock|rights|bond|public|secondary)\s+(?:sale|offering|issue)s?\b|\bipo\b|\bfunding\s+rounds?\b"),
             (), (), said=_rx(r"\bplacements?\b|\b(?:share|stock|rights|bond|public|secondary)\s+offerings?\b|\bipo\b|\bfunding\s+rounds?\b|\bissu\w*\s+(?:\w+\s+){0,3}(?:shares|bonds|notes)\b|\braised\b")),
    Relation("rival", _rx(r"\bcompet(?:e|es|ed|ing|itors?|ition)\b|\brivals?\b|\bup\s+against\b"), ("competitors",), ("compete", "chase")),
    Relation("launch", _rx(r"\blaunch\w*|\bunveil\w*|\breleas(?:e|es|ed|ing)\b|\bintroduc(?:e|es|ed|ing)\b"), ("launches",), ("launch",)),
    Relation("succeed", _rx(r"\bsucceed\w*|\bsuccessors?\b|\bpredecessors?\b|\breplac(?:e|es|ed|ing)\b|\bt(?:ake|akes|aking|ook)\s+over\s+from\b"), ("successions",), ()),
    Relation("rank", _rx(r"\brank\w*|\b(?:placed|named)\s+(?:first|second|third|top)\b"), ("rankings",), ("rank",)),
    Relation("cause", _rx(CAUSE_ASKED), ("reasons",), ("cause",)),
    # guidance raised or cut: asked by name; the guidance-changes rows state it, other rows when
    # their clause says so ("raised its outlook", "now expects")
    # (and the value before a change of it: "the range before it was narrowed", "the range guided
    # to before this latest raise": fresh60 f54, probe6 p6-01-q04)
    Relation("guidance", _rx(r"\bguidance\b|\boutlook\b|\bforecasts?\b(?!\s+(?:to|that))"
                             r"|\bbefore\s+(?:(?:it|they|this|that|the|its|latest|last|recent|was|were|been|being|had)\s+){1,3}(?:narrow|rais|cut|lower|trimm?|widen|revis)\w*"), ("guidance-changes",), ("guide", "raise-guidance", "cut-guidance"),
             said=_rx(r"\bguid\w*|\boutlook\b|\bforecast\w*|\bexpect\w*|\bsees\b|\bprojects?\b")),
)
RELATION_OF_QUERY = {q: r.name for r in RELATIONS for q in (r.queries if r.states is None else r.states)}
RELATION_BY_NAME = {r.name: r for r in RELATIONS}
# the claim predicates question.read recognises (question.CLAIM_PREDICATES) -> their relation
PREDICATE_RELATION = {"rank": "rank", "cause": "cause", "sell-stake": "stake", "partner": "partner", "compete": "rival", "launch": "launch"}
RELATION_OF_PREDICATE = {p: r.name for r in RELATIONS for p in r.predicates}

# Words that say the same thing in documents and questions: each maps to one stem so a
# candidate covers a question that words it otherwise
SYNONYMS = {
    "sales": "revenue", "turnover": "revenue", "revenues": "revenue", "top-line": "revenue",
    "alliance": "partner", "tie-up": "partner", "partnership": "partner", "collaboration": "partner",
    "holding": "stake", "owns": "stake", "own": "stake", "ownership": "stake",
    "capex": "capital expenditure", "rival": "compet", "rivals": "compet", "competitor": "compet",
    "competitors": "compet", "profit": "income", "earnings": "income",
    "arr": "run-rate", "annualised": "run-rate", "annualized": "run-rate",
    "boss": "ceo", "chief": "ceo", "using": "use", "uses": "use", "used": "use",
    "investment": "invest", "investments": "invest",
    "r&d": "research development",   # the initials, where the sentence spells them out (answer_check.NARROWING_WORDS)
    "led": "lead", "heads": "lead", "headed": "lead", "successor": "succeed",
    "growth": "grow", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
}
# words of a question that say how it asks, not what about (the frame's and the claims' content
# words): question words, verbs of reporting and performing, class words beside a unit's name
ASKING = set("""much many what which when where why who whose whom want wants make made get got have has tell show me
last latest this next big large value amount number total figure say said report reported according due expected
expect set slated scheduled planned likely going since reason reasons give gave cite cited after before off up out
under within between come comes came coming from range name named called during segment division unit business
region mention mentions mentioned coverage article articles document documents""".split()) | set(PERFORMANCE_WORDS.split()) | (set(FIGURE_VERBS.split()) - set(REVENUE_VERBS.split()))
# and, for the frame, words that say whose or when rather than what
FRAME_ASKING = ASKING | {"new", "current", "currently", "now", "its", "their", "it", "company", "firm"}
# the words a period is named with (periods are matched on dates, not as words)
PERIOD_WORDS = plain(r"\b(?:q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d\d|\d{1,2}|quarters?|years?|months?|fiscal|first|second|third|(?:three|six|nine|twelve)(?=\s+months)|"
                          r"fourth|half|ended|ending|(?:end|close|start|beginning)(?=\s+of\b)|ytd|[369]m|through|to|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                          r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:april|july|october|january)-\w+)\b")
# a measure that is a ratio: its value is a percentage even when asked "what … did X achieve"
RATIO_MEASURE = plain(r"\bmargins?\b|\bratios?\b|\brates?\b|\byields?\b")


# A time clause after the question's main clause ("what ARR did X have when Y agreed to buy it",
# "which chip was in doubt when X reported its results") dates what is asked; its verbs are not
# what is asked: the frame's relation and content words come from the main clause (the period
# is still read from the whole question). Not "and when did …" / "by when does …" (a second
# question, a date asked), nor before/after clauses (they ask for a value before a change).
TIME_CLAUSE = {
    "name": "when-clause",
    "pattern": plain(r"(?<=\w)\s+when\s+(?!(?:is|was|are|were|will|would|does|did|do|has|have|had|can|could|should)\b)(?:\w[\w.&'’-]*\s+){1,5}?"
                     r"(?:agreed|announced|reported|bought|acquired|signed|closed|completed|took|made|launched|unveiled|released|published|posted)\b.*$"),
    "examples": ("What revenue did Brightwell have when Norvik agreed to buy it?",
                 "Which part was scarce when Harbor reported its third-quarter results?"),
    "provenance": "probe14 p14-02-q07 (02_nice_podcast); dev d01-q09 (d01_tencent_q2_2025)",
}


# The words a relation is asked with are the question's own, not a name's or a modifier's: a
# company named "X Holdings" or "Y Partners" asks about no stake or partnership ("Which segments
# does X Holdings report?"), and a hyphenated modifier "<word>-owned" / "-held" / "-backed"
# describes the noun after it ("the Thai-owned cloud market", "state-owned carriers": which
# market, not who owns whom). Seen: probe26 p26-02-q03 (a holding company's segments read as a
# stake question) and p26-03-q08 (a market share "in thai-owned cloud infra" read as a stake);
# the same modifier shape in articles of probe12 (kingdee_wire: "state-owned enterprises") and
# probe26 (03_internet_thailand: "Thai-owned providers"). A degree of ownership ("majority-owned
# by X", probe15 04_safaricom, probe22 04_batelco) or "-owned by" states a stake: it stays a cue.
RELATION_WORDS_OWN = {
    "name": "relation-cue-own-words",
    "modifier": plain(r"\b(?!(?:majority|minority|wholly|partly|partially|jointly|fully|co|part)-)[a-z]+-(?:owned|held|backed|controlled)\b(?!\s+by\b)"),
    # a group word right after a company linked by its short name ("Tasnimah Holding's Tech business line",
    # the graph's label "Tasnimah") is the rest of that name, not a stake asked (issue47s)
    "name_tail": r"(?<![a-z0-9]){name}\s+(?:holdings?|group|partners)(?![a-z0-9])",
    "examples": ("Which segments does Norvik Holdings report?", "What is Keel's share of the state-owned cloud market?"),
    "name_tail_examples": ("What does Norvik Holding's Cloud business line cover?",),
    "provenance": "probe26 p26-02-q03 (02_jbcc_integrated_report), p26-03-q08 (03_internet_thailand_thai_daily), "
                  "kindcheck33 segments k33-segments-q07 (03_tasnimah: 'Tasnimah Holding' linked as 'Tasnimah')",
}


def relation_text(ql: str, hits) -> str:
    """The question `ql` (lower case) with the names `hits` linked in it and its hyphenated
    modifiers blanked (RELATION_WORDS_OWN): the words a relation cue is read from (pure)."""
    return RELATION_WORDS_OWN["modifier"].sub(lambda m: " " * len(m.group(0)), without_names(name_tails(ql, hits), hits))


def name_tails(ql: str, hits) -> str:
    """`ql` with a group word after a company linked by its short name blanked, same length
    ("tasnimah holding's": RELATION_WORDS_OWN name_tail) (pure)."""
    for h in hits:
        if getattr(h, "kind", "") in ("Company", "Organization") and getattr(h, "matched", ""):
            tail = RELATION_WORDS_OWN["name_tail"].format(name=re.escape(h.matched))
            ql = re.sub(tail, lambda m: m.group(0)[:len(h.matched)] + " " * (len(m.group(0)) - len(h.matched)), ql)
    return ql


def main_clause(ql: str) -> str:
    """The question `ql` less a trailing time clause (TIME_CLAUSE) (pure)."""
    return TIME_CLAUSE["pattern"].sub("", ql)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    w = SYNONYMS.get(word, word)
    if " " in w:
        return w
    w = re.sub(r"(?<=...)(?:ing|ed|es|s|e)$", "", w) if len(w) > 4 else w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
    return w[:-1] if len(w) > 5 and w.endswith("e") else w


def stems(text: str) -> set[str]:
    """Content words of `text`, stemmed and folded to one synonym, the same way for questions
    and candidates ("sales" and "revenues" -> "revenue"); cached by text (the claims fallback
    scores hundreds of candidates, many of them restating one another), a new set each call."""
    return set(_stems(text))


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    out: set[str] = set()
    for w in re.findall(r"[a-z0-9][a-z0-9&-]*", text.lower().replace("'s", "").replace("’s", "")):
        w = w.rstrip("-")   # "twelve-" of "twelve-month" less its period word
        if w in STOPWORDS or len(w) < 2:
            continue
        s = stem(w)
        out |= set(s.split()) if " " in s else {s}
        if "-" in w:
            out |= {stem(p) for p in w.split("-") if len(p) > 1 and p not in STOPWORDS}
    return frozenset(out)


@dataclass(frozen=True)
class Frame:
    question: Question
    entity: object            # the entity asked about (a linking.Hit), or None
    counterparts: tuple       # the other entities named
    wants: str                # the answer type (Question.wants, a ratio measure read as a percent)
    measures: tuple[str, ...]
    relation: str             # a RELATIONS name, or ""
    content: frozenset        # the stems a candidate should cover (less entities, asking and period words)
    also_change: bool         # a change asked besides the value ("… and how much did it rise")
    measure_stems: tuple = ()  # per measure named, the stems a candidate's measure must contain one of
    place: object = None      # the market a figure is asked for ("revenue in Japan"), a linking.Hit, or None

    @property
    def periods(self) -> list:
        """The periods named (extract.values periods; read on demand: that import is not cheap)."""
        return question_periods(self.question.text)


def frame(qm: Question) -> Frame:
    """The frame of question model `qm` (question.read) (pure)."""
    ql = main_clause(qm.lower)
    hits = tuple(qm.hits)
    owners = {h.iri for h in hits if h.kind == "Company" and any(u.kind == "Segment" and u.start == h.end for u in hits)}
    main = [h for h in hits if h.iri not in owners]
    entity = main[0] if main else (hits[0] if hits else None)
    wants = qm.wants
    if wants == "amount" and any(RATIO_MEASURE.search(m) for m in qm.measures):
        wants = "percent"
    cued = relation_text(ql, hits)
    relation = PREDICATE_RELATION.get(qm.predicate) or next((r.name for r in RELATIONS if r.cue.search(cued) and qm.wants not in r.not_for), "")
    text = PERIOD_WORDS.sub(" ", name_tails(ql, hits))
    content = stems(text) - {stem(w) for w in FRAME_ASKING} - stems(" ".join(m.group(0) for m in _KIND_NOUN.finditer(text)))
    for h in hits:
        content -= stems(h.label + " " + h.matched)
    named = [tuple(sts) for _, sts, _ in measures_named(without_names(ql, hits))]
    return Frame(qm, entity, tuple(h for h in hits if h is not entity), wants, qm.measures, relation,
                 frozenset(content), value_and_change(ql), tuple(named), place_asked(qm.text, hits))
