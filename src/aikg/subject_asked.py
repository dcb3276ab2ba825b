"""Whose fact a question asks when nothing it names is an entity of the graph: a question about
one company ("What was secunets operating cash flow?") is not answered by another company's
figure; a question across companies ("which company", "who", "the largest") is. Pure functions
of the question text and rows."""
from __future__ import annotations

import re

from .pattern_cache import plain
from .wording import _s

# A question asking across the graph's companies rather than about one: a question word asking
# for an entity or a person, a ranking word, a plural of companies. Seen: seed and dev questions
# ("Which companies invest in ...", "Who leads ..."), probe20 p20-05-q10 (atNorth revenue
# answered with two other companies' revenue) and probe23 p23-03-q06/q08 (secunet's guidance and
# cash flow answered with Semtech's and Rackspace's).
ACROSS = {
    "name": "asks-across",
    "pattern": plain(r"^\s*(?:who|whom|whose|which|list|name|show|compare)\b|\b(?:which|what)\s+(?:companies|company|firms?|organi[sz]ations?|groups?|operators?|providers?|vendors?|investors?|banks?|funds?|players?)\b"
                     r"|\b(?:companies|firms|all|every|each|any|most|least|largest|biggest|smallest|highest|lowest|top|rank\w*|total)\b"),
    "examples": ("Which companies invest in data centres?", "Who reported the largest revenue?", "What was the total capex of all companies?"),
}

# the row fields that say whose fact a row is
SUBJECT_FIELDS = ("subjectLabel", "companyLabel", "investorLabel", "orgLabel", "entityLabel", "acquirerLabel",
                  "targetLabel", "partnerLabel", "ownerLabel", "holderLabel", "personLabel", "label")
GENERIC = frozenset({"the", "group", "holdings", "inc", "ltd", "limited", "corp", "corporation", "company", "co", "plc",
                     "ag", "se", "sa", "nv", "ab", "asa", "technologies", "technology", "systems", "networks", "solutions",
                     "international", "global", "of", "and", "for", "in", "guidance", "outlook", "forecast", "results",
                     "report", "figures"})
PERIOD = re.compile(r"^(?:fy\d{2,4}|q[1-4]|h[12]|(?:19|20)\d\d)$")


# Where a question puts the one it asks about, typed in lower case so that no name reading
# (names_asked) sees it: an owner's possessive ("secunet's revenue"), the subject of an auxiliary
# and its verb ("what guidance did secunet confirm"), a possessive typed without its apostrophe
# before what is owned ("what was secunets operating cash flow"). Seen: probe23 p23-03-q06/q08
# (secunet), probe21 p21-01-q09 ("Megaports revenue"), probe20 p20-05-q10 ("atNorth's revenue").
SUBJECT_SLOT = {
    "name": "subject-slot",
    "possessive": plain(r"\b([a-z][a-z0-9.&-]+)['’]s?\s+(?!s\b)[a-z]"),
    "aux_subject": plain(r"\b(?:did|does|do|has|have|had|will|would|can|could)\s+([a-z][a-z0-9.&-]+)\s+(?:[a-z]+ed|confirm|report|give|post|book|make|earn|generate|spend|invest|plan|expect|guide|forecast|announce|pay|raise|cut|set)\b"),
    "unapostrophised": plain(r"^\s*(?:what|how\s+much)\s+(?:was|is|were|are|did)\s+([a-z][a-z0-9.&-]+?)s\s+(?!(?:in|of|for|at|on|by|to|from|and|or|the|a|an|per|over|during)\b)[a-z]"),
    "not_names": frozenset({"the", "a", "an", "its", "their", "his", "her", "it", "they", "this", "that", "these", "those",
                            "we", "you", "our", "company", "firm", "group", "year", "quarter", "today", "last", "next",
                            "what", "which", "who", "how", "there", "one", "each", "every"}),
    "examples": ("What was brisvale's operating profit?", "What guidance did brisvale confirm?", "What was brisvales net income?"),
}


def asked_subject(question: str, known=lambda w: False) -> str:
    """The word a question puts in its subject's place, when it is no word the graph or the
    saved queries know (`known`): a company typed in lower case the graph does not hold; ''."""
    ql = " ".join(question.lower().split())
    for key in ("possessive", "aux_subject", "unapostrophised"):
        for m in SUBJECT_SLOT[key].finditer(ql):
            w = m.group(1).lower()
            if w not in SUBJECT_SLOT["not_names"] and not known(w) and not known(w.rstrip("s")):
                return m.group(1)
    return ""


def asks_across(question: str) -> bool:
    """Whether the question asks across companies, not of one (ACROSS)."""
    return bool(ACROSS["pattern"].search(" ".join(question.lower().split())))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1}


def row_named(question: str, row: dict) -> bool:
    """Whether the question names the row's subject: a distinctive word of its label (not a
    legal form or a class word), as written or with a possessive s."""
    qw = _words(question)
    qw |= {w[:-1] for w in qw if w.endswith("s")}
    for f in SUBJECT_FIELDS:
        own = {w for w in _words(_s(row, f)) - GENERIC - _words(_s(row, "measure")) if not PERIOD.match(w)}
        if own and own & qw:
            return True
    return False


__all__ = ["ACROSS", "SUBJECT_SLOT", "asked_subject", "asks_across", "row_named"]
