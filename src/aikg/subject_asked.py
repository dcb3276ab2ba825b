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


__all__ = ["ACROSS", "asks_across", "row_named"]
