"""The facts graph: one copy of every fact a document states, with per-fact summaries.

Each document keeps its own named graph (what it states, with evidence). The facts graph
(`urn:aikg:facts`) holds, once, every entity description, plain triple, statement node and
n-ary fact node stated by any document, and for every fact that has evidence:

    ?fact {DOCUMENT_COUNT} 12 ;            # documents stating it
          {SAMPLE_EVIDENCE} ?ev .          # one of its evidence nodes (quote, span, document): the
                                           # first by IRI, whatever order documents came in

so a listing reads one row per distinct fact instead of one per document, and a fact's quotes
are one hop away (`?fact {EVIDENCE} ?ev`, in the documents' graphs). The store keeps it up to
date in the same transaction as every document write (`facts_delta`), and rebuilds it after
bulk loads (`REBUILD`).
"""
from __future__ import annotations

from typing import Iterable, Protocol, Sequence

from pyoxigraph import Literal, NamedNode, Quad

from .rdf import FACTS_GRAPH, ID, KG, XSD

EVIDENCE = KG("evidence")
DOCUMENT_COUNT = KG("documentCount")
SAMPLE_EVIDENCE = KG("sampleEvidence")
_EV_PREFIX = f"{ID}evidence/"
DOC_PREFIX = f"{ID}doc/"


class Reader(Protocol):
    """What the delta needs to read from the store (indexed lookups only)."""

    def stated_elsewhere(self, s, p, o, graph: NamedNode) -> bool: ...
    def summary(self, fact: NamedNode) -> tuple[int, NamedNode | None]: ...
    def other_evidence(self, fact: NamedNode, graph: NamedNode) -> NamedNode | None: ...


def is_fact_level(q: Quad) -> bool:
    """A quad that goes into the facts graph: not the document's own metadata, not an
    evidence node or the link to one."""
    s = q.subject
    if s == q.graph_name or q.predicate == EVIDENCE:
        return False
    return not (isinstance(s, NamedNode) and s.value.startswith(_EV_PREFIX))


def _triples(quads: Iterable[Quad]) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads if is_fact_level(q)}


def _evidence(quads: Iterable[Quad]) -> dict[NamedNode, set[NamedNode]]:
    out: dict[NamedNode, set[NamedNode]] = {}
    for q in quads:
        if q.predicate == EVIDENCE:
            out.setdefault(q.subject, set()).add(q.object)
    return out


def _iri(term) -> str:
    return term.value


def count_literal(n: int) -> Literal:
    return Literal(str(n), datatype=XSD("integer"))


def facts_delta(reader: Reader, graph: NamedNode, old: Sequence[Quad],
                new: Sequence[Quad]) -> tuple[list[Quad], list[Quad]]:
    """(deletes, inserts) for the facts graph when `graph` goes from `old` to `new` quads
    (`old` empty: a new document; `new` empty: a removal)."""
    t_old, t_new = _triples(old), _triples(new)
    deletes = [Quad(s, p, o, FACTS_GRAPH) for s, p, o in t_old - t_new
               if not reader.stated_elsewhere(s, p, o, graph)]
    inserts = [Quad(s, p, o, FACTS_GRAPH) for s, p, o in t_new - t_old]
    e_old, e_new = _evidence(old), _evidence(new)
    for fact in e_old.keys() | e_new.keys():
        n, first = reader.summary(fact)
        n2 = n + (fact in e_new) - (fact in e_old)
        if n2 != n:
            if n:
                deletes.append(Quad(fact, DOCUMENT_COUNT, count_literal(n), FACTS_GRAPH))
            if n2 > 0:
                inserts.append(Quad(fact, DOCUMENT_COUNT, count_literal(n2), FACTS_GRAPH))
        want = first
        here = e_old.get(fact, set())
        if n2 <= 0:
            want = None
        elif fact in e_new:
            cand = min(e_new[fact], key=_iri)
            if first is None:
                want = cand
            elif first in here:
                other = reader.other_evidence(fact, graph)
                want = cand if other is None else min(cand, other, key=_iri)
            else:
                want = min(first, cand, key=_iri)
        elif first in here:
            want = reader.other_evidence(fact, graph)
        if want != first:
            if first is not None:
                deletes.append(Quad(fact, SAMPLE_EVIDENCE, first, FACTS_GRAPH))
            if want is not None:
                inserts.append(Quad(fact, SAMPLE_EVIDENCE, want, FACTS_GRAPH))
    return deletes, inserts


class OxReader:
    """`Reader` over a pyoxigraph store: pattern lookups on its indexes, no SPARQL."""

    def __init__(self, store):
        self.ox = store

    def stated_elsewhere(self, s, p, o, graph) -> bool:
        for q in self.ox.quads_for_pattern(s, p, o, None):
            g = q.graph_name
            if g != graph and isinstance(g, NamedNode) and g.value.startswith(DOC_PREFIX):
                return True
        return False

    def summary(self, fact):
        n, first = 0, None
        for q in self.ox.quads_for_pattern(fact, DOCUMENT_COUNT, None, FACTS_GRAPH):
            n = int(q.object.value)
        for q in self.ox.quads_for_pattern(fact, SAMPLE_EVIDENCE, None, FACTS_GRAPH):
            first = q.object
        return n, first

    def other_evidence(self, fact, graph):
        best = None
        for q in self.ox.quads_for_pattern(fact, EVIDENCE, None, None):
            if q.graph_name != graph and q.graph_name != FACTS_GRAPH and (best is None or q.object.value < best.value):
                best = q.object
        return best


# The facts graph recomputed from every document's graph (after a bulk load or pull, where
# documents arrive without going through `facts_delta`). Standard SPARQL 1.1 Update.
REBUILD = f"""
DROP SILENT GRAPH {FACTS_GRAPH} ;
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?s ?p ?o }} }}
WHERE {{
  GRAPH ?g {{ ?g a {KG('Document')} . ?s ?p ?o }}
  FILTER(?s != ?g && ?p != {EVIDENCE} && !STRSTARTS(STR(?s), "{_EV_PREFIX}"))
}} ;
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?fact {DOCUMENT_COUNT} ?n ; {SAMPLE_EVIDENCE} ?ev }} }}
WHERE {{
  {{ SELECT ?fact (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?e)) AS ?first)
     WHERE {{ GRAPH ?g {{ ?g a {KG('Document')} . ?fact {EVIDENCE} ?e }} }}
     GROUP BY ?fact }}
  BIND(IRI(?first) AS ?ev)
}}
"""
