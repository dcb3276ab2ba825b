"""Sentences kept for what they say when no fact or claim was read from them.

The typed facts and claims cover the sentences the extractor understood; a sentence that names
an entity or carries a figure (money, a percent, a count, a date) but gave neither is still an
answer to some question, so the document's graph keeps it as a kg:Sentence: its quote, its span
and its document, the same evidence shape a fact's sentence has (rdf.py), linked from nothing.
`ask` can answer from its text (text_answer) where the graph holds no fact.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from .. import records as r


def unstated(candidates: Iterable, evidence: Iterable[r.Evidence], doc_id: str) -> tuple[r.Evidence, ...]:
    """The evidence of each candidate sentence (`.start`, `.end`, `.text`: one that names an
    entity or carries a figure) whose span overlaps no span in `evidence` (the sentences, rows
    and lists the document's facts, claims and found entities quote), in document order."""
    spans = sorted({(e.start, e.end) for e in evidence})
    starts = [a for a, _ in spans]
    reach = []  # the furthest end among the spans that start at or before each one
    far = -1
    for _, z in spans:
        far = max(far, z)
        reach.append(far)
    out = []
    seen = set()
    for s in candidates:
        if not s.text or (s.start, s.end) in seen:
            continue
        k = bisect_left(starts, s.end)  # the spans that start before the sentence ends
        if k and reach[k - 1] > s.start:
            continue  # a fact, a claim or an entity was read from (part of) it
        seen.add((s.start, s.end))
        out.append(r.Evidence.model_construct(doc=doc_id, start=s.start, end=s.end, quote=s.text))
    return tuple(sorted(out, key=lambda e: e.start))
