"""Claims as the last resort of `ask`: when no typed fact answers, the claims the documents make
about the entities named (saved query `claims`: parameters entity, period, predicate) are ranked
by the question's measure and predicate words and the type of value it asks for; the best one
answers, with its quote, as basis "claim". Nothing is answered from a claim that shares no
measure or predicate word with the question."""
from __future__ import annotations

import re

from .answer_text import _s
from .question import _words

VALUE_UNITS = {"percent": ("percent", "%"), "amount": ("usd", "cny", "eur", "jpy", "gbp", "krw", "inr", "count", "$", "¥", "€")}
CLAIM_TEXT_COLUMNS = ("predicate", "predicateLabel", "measure", "claim", "text", "quote")
STOP = {"much", "many", "what", "which", "does", "did", "will", "want", "make"}


def claim_score(qm, row: dict) -> float:
    """How well a claim row answers question `qm`: shared measure/predicate words (required),
    plus the type of value asked for and the period named (pure)."""
    qwords = _words(qm.text) - STOP
    for h in qm.hits:
        qwords -= _words(h.label) | _words(h.matched)
    cwords = set()
    for col in CLAIM_TEXT_COLUMNS:
        cwords |= _words(_s(row, col))
    shared = len(qwords & cwords)
    if not shared:
        return 0.0
    score = float(shared)
    value = (_s(row, "unit") + " " + _s(row, "valueText") + " " + _s(row, "value")).lower()
    units = VALUE_UNITS.get(qm.wants, ())
    if units and any(u in value for u in units):
        score += 1.0
    if qm.wants == "date" and re.search(r"\d{4}-\d\d-\d\d|\b(?:19|20)\d\d\b", _s(row, "period") + _s(row, "periodLabel") + value):
        score += 1.0
    return score


def from_claims(kg, qm, question: str):
    """An Answer from the best-ranked claims, or None when there is no claims query or no claim
    shares a measure or predicate word with the question."""
    from .ask import Answer, _finish_claim
    from .queries import catalogue
    from .run import run_query
    sq = catalogue().get("claims")
    if sq is None:
        return None
    entity = next((p for p in sq.params if p.name == "entity"), None)
    hits = [h for h in qm.hits if entity is None or not entity.kinds or h.kind in entity.kinds]
    if entity is not None and not entity.optional and not hits:
        return None
    import pyoxigraph as ox
    rows, sparql = [], ""
    for h in hits[:3] or [None]:
        res = run_query(kg.store, "claims", {"entity": ox.NamedNode(h.iri)} if h is not None else {})
        rows += res.rows
        sparql = sparql or res.sparql
    ranked = sorted(((claim_score(qm, r), i) for i, r in enumerate(rows)), reverse=True)
    if not ranked or ranked[0][0] <= 0:
        return None
    best = ranked[0][0]
    kept = [rows[i] for s, i in ranked if s == best][:5]
    a: Answer = _finish_claim(question, kept, sparql)
    return a
