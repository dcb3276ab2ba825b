"""RDF serialisations through pyoxigraph's serialisers: Turtle (the union of all graphs as
triples), TriG, N-Quads and JSON-LD (named graphs kept). The meta graph is never exported.

With a selection (`types`, `around`, `document`) the output holds the triples about the chosen
nodes: their own triples, the kg:Money amounts of chosen facts, the evidence quoting them and
the metadata of the documents that evidence comes from.
"""
from __future__ import annotations

import pyoxigraph as ox

from ..errors import AikgError
from ..rdf import PREFIXES
from ._io import open_binary

_RDF = PREFIXES["rdf"]
_SUBJECT = ox.NamedNode(_RDF + "subject")
_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_AMOUNT = ox.NamedNode("https://aikg.dev/ns#amount")


def select_quads(store, *, types=None, around=None, depth=1, document=None, progress=None) -> list:
    graph = None
    if document:
        from ..rdf import doc_iri
        graph = doc_iri(document)
        names = {g.value for g in store.named_graphs()} if hasattr(store, "named_graphs") else None
        if names is not None and graph.value not in names:
            raise AikgError(f"no document {document!r} in the store (`aikg query documents` lists them)")
    if not types and not around:
        quads = []
        total = len(store) if progress is not None and hasattr(store, "__len__") and graph is None else None
        for i, q in enumerate(store.quads(graph), 1):
            quads.append(q)
            if progress is not None and i % 100_000 == 0:
                progress(i, total, "reading graph")
        return quads
    from .project import project
    G = project(store, types=types, around=around, depth=depth, document=document, progress=progress)
    keep = {a["iri"] for _, a in G.nodes(data=True) if a.get("iri")}
    extra: set[str] = set()
    docs: set[str] = set()
    for q in store.quads(graph):
        if q.predicate == _SUBJECT and q.object.value in keep:
            extra.add(q.subject.value)
        elif q.predicate == _AMOUNT and q.subject.value in keep:
            extra.add(q.object.value)
    for q in store.quads(graph):
        if q.predicate == _DERIVED and q.subject.value in extra:
            docs.add(q.object.value)
    wanted = keep | extra | docs
    return [q for q in store.quads(graph) if q.subject.value in wanted]


def _write(data, path: str, fmt: ox.RdfFormat, prefixes: bool = True) -> list[str]:
    with open_binary(path) as out:
        kw = {"prefixes": dict(PREFIXES)} if prefixes else {}
        ox.serialize(data, out, format=fmt, **kw)
    return [path]


def write_turtle(quads, path: str, *, progress=None, **_ignored) -> list[str]:
    triples = list(dict.fromkeys(q.triple for q in quads))
    return _write(triples, path, ox.RdfFormat.TURTLE)


def write_trig(quads, path: str, *, progress=None, **_ignored) -> list[str]:
    return _write(quads, path, ox.RdfFormat.TRIG)


def write_nquads(quads, path: str, *, progress=None, **_ignored) -> list[str]:
    return _write(quads, path, ox.RdfFormat.N_QUADS, prefixes=False)


def write_jsonld(quads, path: str, *, progress=None, **_ignored) -> list[str]:
    return _write(quads, path, ox.RdfFormat.JSON_LD, prefixes=False)
