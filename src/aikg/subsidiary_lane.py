"""Questions that ask for a company's subsidiary by what it does ("Through which subsidiary does X
run its data centres?", "What is the name of X's new AI subsidiary?"), answered from the stored
sentence that introduces a company as a subsidiary in apposition ("… through its wholly-owned
subsidiary, Y Limited", "… announced Y Limited, a new wholly owned subsidiary that will build …").

The graph holds both companies and the sentence (as evidence), not the relation between them, so
the typed intents answer another question (a segment's costs, a restriction naming the company).
The lane is tried before them and answers only when a stored sentence states the subsidiary of the
company asked: the sentence names the company, or its document is about it (named by ABOUT_FROM of
its sentences); else the question goes on as before. Between sentences, the one holding more of
the question's other content words ("data centres", "AI") answers. Pure functions but `rows`'
query.
"""
from __future__ import annotations

import re

from .pattern_cache import plain

# "which subsidiary", "through which subsidiary", "the name of X's new AI subsidiary", "what
# subsidiary of X builds …": the answer is a company the question does not name
ASKED = {
    "name": "subsidiary-asked",
    "pattern": plain(r"\b(?:which|what)\s+(?:[\w&.'’-]+\s+){0,3}?subsidiar(?:y|ies)\b|\bname\s+of\s+(?:[\w&.'’-]+\s+){0,5}?subsidiar(?:y|ies)\b"),
    "examples": ("Through which subsidiary does Norvik run its data centres?", "What is the name of Norvik's new AI subsidiary?",
                 "Which Norvik subsidiary builds the campus?"),
    "provenance": "probe33 p33-02-q07 (02_technoelectric_bse_clarification), probe6 p6-06-q08 (Reliance's new AI subsidiary)",
}

# a company introduced as a subsidiary in apposition: the name, then ", a (new) wholly owned
# subsidiary" (after its bracketed short form, if any); or "subsidiary, <name>"
STATED = {
    "name": "subsidiary-apposition",
    "after_name": plain(r"^\s*(?:\([^)]{0,60}\)\s*)?,\s+(?:a|an|its|our|their|the)\s+(?:[\w-]+\s+){0,3}?subsidiary\b"),
    "before_name": plain(r"\bsubsidiary\s*,?\s*$"),
    "examples": ('The Company carries on its data-centre business through its wholly-owned subsidiary, Acme Digital Private Limited ("ADPL").',
                 "The chairman announced Acme Intelligence Limited, a new wholly owned subsidiary that will build AI data centres."),
    "provenance": "probe33 02_technoelectric_bse_clarification ('through its wholly-owned subsidiary, Techno Digital Infra "
                  "Private Limited'), probe6 06 (Reliance 'announced Reliance Intelligence Limited, a new wholly owned subsidiary')",
}

# the stored sentences that say "subsidiary", with their documents
SENTENCES = """PREFIX kg: <https://aikg.dev/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?quote ?doc WHERE { ?e kg:quote ?quote ; prov:wasDerivedFrom ?doc .
  FILTER(CONTAINS(LCASE(STR(?quote)), "subsidiar")) } LIMIT 400"""


def asked(question: str) -> bool:
    """Whether the question asks for a subsidiary by name (ASKED) (pure)."""
    return ASKED["pattern"].search(question) is not None


def subsidiary_named(sentence: str, hit) -> bool:
    """Whether the sentence introduces the company of `hit` (a linking.Hit found in it) as a
    subsidiary in apposition (STATED) (pure)."""
    low = sentence.lower()
    i = low.find(hit.matched.lower())
    while i >= 0:
        j = i + len(hit.matched)
        if STATED["after_name"].search(sentence[j:j + 120]) or STATED["before_name"].search(sentence[max(0, i - 40):i]):
            return True
        i = low.find(hit.matched.lower(), j)
    return False
