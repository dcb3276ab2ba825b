"""The facts graph: one copy of every fact a document states, with per-fact summaries.

Each document keeps its own named graph (what it states, with evidence). The facts graph
(`urn:aikg:facts`) holds, once, every entity description, plain triple, statement node and
n-ary fact node stated by any document, and for every fact that has evidence:

    ?fact {DOCUMENT_COUNT} 12 ;            # documents stating it
          {SAMPLE_EVIDENCE} ?ev ;          # one of its evidence nodes (quote, span, document): the
                                           # first by IRI, whatever order documents came in
          {SORT_KEY} "3f0a9c1b2d4e" .      # the first 12 hex digits of SHA-1(its IRI): a short
                                           # literal that listings order ties by (sorting on IRIs
                                           # read every IRI's text: 50 ms for 1,400 facts on disk)

so a listing reads one row per distinct fact instead of one per document, and a fact's quotes
are one hop away (`?fact {EVIDENCE} ?ev`, in the documents' graphs). The store keeps it up to
date in the same transaction as every document write (`facts_delta`), and rebuilds it after
bulk loads (`rebuild_batches`, streamed; `REBUILD` is the same in one SPARQL update).
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Iterator, Protocol, Sequence

from pyoxigraph import Literal, NamedNode, Quad

from .rdf import FACTS_GRAPH, ID, KG, RDF_TYPE, XSD

EVIDENCE = KG("evidence")
DOCUMENT_COUNT = KG("documentCount")
SAMPLE_EVIDENCE = KG("sampleEvidence")
SORT_KEY = KG("sortKey")
_EV_PREFIX = f"{ID}evidence/"
DOC_PREFIX = f"{ID}doc/"


class Reader(Protocol):
    """What the delta needs to read from the store (indexed lookups only). `graphs` are the
    documents' graphs being changed: what they state now does not count."""

    def stated_elsewhere(self, s, p, o, graphs: frozenset) -> bool: ...
    def in_facts(self, s, p, o) -> tuple | None: ...
    def summary(self, fact: NamedNode) -> tuple[int, NamedNode | None]: ...
    def other_evidence(self, fact: NamedNode, graphs: frozenset) -> NamedNode | None: ...


def is_fact_level(q: Quad) -> bool:
    """A quad that goes into the facts graph: not the document's own metadata, not an
    evidence node or the link to one."""
    s = q.subject
    if s == q.graph_name or q.predicate == EVIDENCE:
        return False
    return not (isinstance(s, NamedNode) and s.value.startswith(_EV_PREFIX))


def _split(graph: NamedNode, quads: Iterable[Quad]) -> tuple[set[tuple], dict[NamedNode, set[NamedNode]]]:
    """(fact-level triples, {fact: its evidence nodes}) of one document's quads, in one pass
    (the same test as `is_fact_level`; each term is read from its quad once: pyoxigraph makes
    a new Python object on every attribute access)."""
    if getattr(quads, "graph", None) == graph:       # `rdf.DocQuads`: split as it was written
        return quads.fact_triples, quads.evidence
    triples: set[tuple] = set()
    evidence: dict[NamedNode, set[NamedNode]] = {}
    for q in quads:
        s, p = q.subject, q.predicate
        if p == EVIDENCE:
            evidence.setdefault(s, set()).add(q.object)
        elif s != graph and not s.value.startswith(_EV_PREFIX):
            triples.add((s, p, q.object))
    return triples, evidence


def _iri(term) -> str:
    return term.value


def count_literal(n: int) -> Literal:
    return Literal(str(n), datatype=XSD("integer"))


def sort_key(fact: NamedNode) -> Literal:
    """SUBSTR(SHA1(STR(?fact)), 1, 12) in SPARQL: a fixed order of facts that engines sort
    without reading the facts' IRIs (a string this short is held inline by Oxigraph)."""
    return Literal(hashlib.sha1(fact.value.encode()).hexdigest()[:12])


Change = tuple[NamedNode, Sequence[Quad], Sequence[Quad]]
"""(document graph, its quads before, its quads after): before empty for a new document,
after empty for a removal."""


def facts_delta(reader: Reader, graph: NamedNode, old: Sequence[Quad],
                new: Sequence[Quad]) -> tuple[list[Quad], list[Quad]]:
    """(deletes, inserts) for the facts graph when `graph` goes from `old` to `new` quads."""
    return facts_delta_batch(reader, [(graph, old, new)])


def facts_delta_batch(reader: Reader, changes: Sequence[Change]) -> tuple[list[Quad], list[Quad]]:
    """(deletes, inserts) for the facts graph when several documents' graphs change at once
    (one transaction for a batch of documents). The reader sees the store before the batch;
    what the batch's documents state is taken from `changes`. Costs indexed lookups per fact
    of the batch, never a scan of the store."""
    graphs = frozenset(g for g, _, _ in changes)
    t_old: set = set()
    t_new: set = set()
    added: set = set()           # stated by a document that did not state it before
    e_old: dict[NamedNode, set] = {}
    e_new: dict[NamedNode, set] = {}
    delta: dict[NamedNode, int] = {}
    for g, old, new in changes:
        a, eo = _split(g, old)
        b, en = _split(g, new)
        t_old |= a
        t_new |= b
        added |= b - a
        for fact, evs in eo.items():
            e_old.setdefault(fact, set()).update(evs)
            delta[fact] = delta.get(fact, 0) - 1
        for fact, evs in en.items():
            e_new.setdefault(fact, set()).update(evs)
            delta[fact] = delta.get(fact, 0) + 1
    deletes = [Quad(s, p, o, FACTS_GRAPH) for s, p, o in t_old - t_new
               if not reader.stated_elsewhere(s, p, o, graphs)]
    # a triple the facts graph holds already is not written again, unless the batch deletes
    # it (the store keeps literals canonical: "25.0"^^xsd:decimal is held as "25")
    gone = {(q.subject, q.predicate, q.object) for q in deletes}
    inserts = []
    holds = getattr(reader, "holds", None)
    if holds is not None and not gone:   # nothing deleted: whether it is held is enough
        for s, p, o in added:
            q = Quad(s, p, o, FACTS_GRAPH)
            if not holds(q):
                inserts.append(q)
    else:
        for s, p, o in added:
            held = reader.in_facts(s, p, o)
            if held is None or held in gone:
                inserts.append(Quad(s, p, o, FACTS_GRAPH))
    prefetch = getattr(reader, "prefetch", None)
    if prefetch is not None:       # a remote reader reads every summary in one query
        prefetch(sorted(delta, key=_iri))
    for fact in sorted(delta, key=_iri):
        n, first = reader.summary(fact)
        n2 = n + delta[fact]
        if n2 != n:
            if n:
                deletes.append(Quad(fact, DOCUMENT_COUNT, count_literal(n), FACTS_GRAPH))
            if n2 > 0:
                inserts.append(Quad(fact, DOCUMENT_COUNT, count_literal(n2), FACTS_GRAPH))
            if not n and n2 > 0:
                inserts.append(Quad(fact, SORT_KEY, sort_key(fact), FACTS_GRAPH))
            elif n and n2 <= 0:
                deletes.append(Quad(fact, SORT_KEY, sort_key(fact), FACTS_GRAPH))
        if n2 <= 0:
            want = None
        else:
            cands = list(e_new.get(fact, ()))
            if first is not None and first in e_old.get(fact, ()):
                other = reader.other_evidence(fact, graphs)   # its document is changing
                if other is not None:
                    cands.append(other)
            elif first is not None:
                cands.append(first)
            want = min(cands, key=_iri) if cands else None
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

    def stated_elsewhere(self, s, p, o, graphs) -> bool:
        for q in self.ox.quads_for_pattern(s, p, o, None):
            g = q.graph_name
            if g not in graphs and isinstance(g, NamedNode) and g.value.startswith(DOC_PREFIX):
                return True
        return False

    def holds(self, quad: Quad) -> bool:
        """Whether the store holds `quad` (a quad of the facts graph): one key lookup, a third
        of the CPU of `in_facts`'s pattern scan (literals are compared canonically either way)."""
        return quad in self.ox

    def in_facts(self, s, p, o):
        for q in self.ox.quads_for_pattern(s, p, o, FACTS_GRAPH):
            return q.subject, q.predicate, q.object      # as the store holds it
        return None

    def summary(self, fact):
        n, first = 0, None
        for q in self.ox.quads_for_pattern(fact, DOCUMENT_COUNT, None, FACTS_GRAPH):
            n = int(q.object.value)
        for q in self.ox.quads_for_pattern(fact, SAMPLE_EVIDENCE, None, FACTS_GRAPH):
            first = q.object
        return n, first

    def other_evidence(self, fact, graphs):
        best = None
        for q in self.ox.quads_for_pattern(fact, EVIDENCE, None, None):
            g = q.graph_name
            if g not in graphs and g != FACTS_GRAPH and (best is None or q.object.value < best.value):
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
INSERT {{ GRAPH {FACTS_GRAPH} {{ ?fact {DOCUMENT_COUNT} ?n ; {SAMPLE_EVIDENCE} ?ev ; {SORT_KEY} ?key }} }}
WHERE {{
  {{ SELECT ?fact (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?e)) AS ?first)
     WHERE {{ GRAPH ?g {{ ?g a {KG('Document')} . ?fact {EVIDENCE} ?e }} }}
     GROUP BY ?fact }}
  BIND(IRI(?first) AS ?ev)
  BIND(SUBSTR(SHA1(STR(?fact)), 1, 12) AS ?key)
}}
"""


def document_graphs(ox) -> list[NamedNode]:
    """The named graphs that are documents (`?g a kg:Document` inside ?g), as REBUILD reads them."""
    doc = KG("Document")
    return [g for g in ox.named_graphs() if isinstance(g, NamedNode)
            and any(True for _ in ox.quads_for_pattern(g, RDF_TYPE, doc, g))]


def rebuild_batches(ox, batch: int = 20_000) -> Iterator[list[Quad]]:
    """What REBUILD inserts into an empty facts graph, in lists of at most `batch` quads,
    read with index lookups from a pyoxigraph store `ox` whose facts graph is empty (the
    caller writes each list before asking for the next). Memory stays bounded by `batch`
    and the list of document graphs, whatever the store's size: first every document's
    fact-level triples, graph by graph (duplicates across documents are written again: the
    store keeps one); then, for each subject of the facts graph in index order, the number of
    document graphs holding its evidence and the first evidence node by IRI."""
    docs = document_graphs(ox)
    buf: list[Quad] = []
    for g in docs:
        for q in ox.quads_for_pattern(None, None, None, g):
            s, p = q.subject, q.predicate
            if p == EVIDENCE or s == g or s.value.startswith(_EV_PREFIX):
                continue
            buf.append(Quad(s, p, q.object, FACTS_GRAPH))
            if len(buf) >= batch:
                yield buf
                buf = []
    if buf:
        yield buf
        buf = []
    # every fact with evidence has triples of its own (at least its rdf:type), so it is a
    # subject of the facts graph; the graph's quads come grouped by subject (GSPO index)
    in_docs = set(docs)
    last = None
    for q in ox.quads_for_pattern(None, None, None, FACTS_GRAPH):
        fact = q.subject
        if fact == last:
            continue
        last = fact
        graphs, first = set(), None
        for e in ox.quads_for_pattern(fact, EVIDENCE, None, None):
            if e.graph_name in in_docs:
                graphs.add(e.graph_name)
                if first is None or e.object.value < first.value:
                    first = e.object
        if graphs:
            buf.append(Quad(fact, DOCUMENT_COUNT, count_literal(len(graphs)), FACTS_GRAPH))
            buf.append(Quad(fact, SAMPLE_EVIDENCE, first, FACTS_GRAPH))
            buf.append(Quad(fact, SORT_KEY, sort_key(fact), FACTS_GRAPH))
            if len(buf) >= batch:
                yield buf
                buf = []
    if buf:
        yield buf
