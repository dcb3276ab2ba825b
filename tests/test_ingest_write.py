"""Ingest writes documents in batches (`_write_batch`, one transaction per batch) and one at a
time with `replace_document`: both must leave the same graphs behind."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from aikg.extract.pipeline import extract_bytes, extract_text
from aikg.ingest import _write_batch, extractor_version, ingest_files
from aikg.rdf import doc_iri, extraction_quads
from aikg.store import LocalStore

TEXT = ("Kestrel Holdings said on Monday it will invest 50 billion yuan ($6.9 billion) in AI "
        "infrastructure over the next three years. Revenue at its cloud segment rose 20% to "
        "RMB 12 billion in the quarter ended June 30, 2025.\n")


def _quads(doc: str, text: str = TEXT) -> list[ox.Quad]:
    return extraction_quads(extract_text(text, doc, f"{doc}.txt"))


def _dump(store: LocalStore) -> list[str]:
    return sorted(str(q) for q in store.ox)


def test_new_document_written_like_replace_document():
    a, b = LocalStore.memory(), LocalStore.memory()
    q = _quads("kestrel")
    _write_batch(a, [("kestrel", q)], [])
    b.replace_document("kestrel", q)
    assert _dump(a) == _dump(b) and len(_dump(a)) > 20


def test_existing_graph_is_replaced_not_merged():
    a, b = LocalStore.memory(), LocalStore.memory()
    g = doc_iri("kestrel")
    stale = ox.Quad(ox.NamedNode("urn:x:stale"), ox.NamedNode("urn:x:p"), ox.Literal("old"), g)
    for s in (a, b):
        s.ox.add(stale)  # a graph of that name already there (e.g. from `aikg load`)
    q = _quads("kestrel", TEXT.replace("50 billion", "60 billion"))
    _write_batch(a, [("kestrel", q)], [])
    b.replace_document("kestrel", q)
    assert _dump(a) == _dump(b)
    assert stale not in list(a.ox)


def test_ingest_into_a_disk_store_adds_then_replaces(tmp_path: Path):
    f = tmp_path / "kestrel.txt"
    f.write_text(TEXT, encoding="utf-8")
    store = LocalStore.open(tmp_path / "store", empty=True, write=True)
    [r] = ingest_files(store, [f])
    assert r.status == "added"
    first = set(store.quads(doc_iri("kestrel")))
    f.write_text(TEXT.replace("20%", "25%"), encoding="utf-8")
    [r] = ingest_files(store, [f])
    assert r.status == "replaced"
    second = set(store.quads(doc_iri("kestrel")))
    assert first != second
    ref = LocalStore.memory()
    ref.replace_document("kestrel", extraction_quads(extract_bytes(f.read_bytes(), f.name), extractor=extractor_version()))
    assert second == set(ref.quads(doc_iri("kestrel")))  # the store keeps decimals canonical


def test_write_keeps_every_term_as_it_was():
    """The update text is Oxigraph's TriG with GRAPH keywords: a quote whose lines look like a
    graph block, escapes, typed and language literals, blank nodes and numbers come back equal."""
    g = doc_iri("odd")
    p = ox.NamedNode("urn:x:p")
    objs = [ox.Literal('line one\n<urn:x:g> {\nsaid "no" \\ done'), ox.Literal("Zürich", language="de"),
            ox.Literal("2.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
            ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
            ox.NamedNode("urn:x:o")]
    quads = [ox.Quad(ox.NamedNode(f"urn:x:s{i}"), p, o, g) for i, o in enumerate(objs)]
    quads.append(ox.Quad(ox.BlankNode("b1"), p, ox.Literal("blank"), ox.NamedNode("urn:x:other")))
    store = LocalStore.memory()
    store.replace_documents([("odd", quads[:-1])], quads[-1:])
    got = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store.ox
           if not isinstance(q.subject, ox.BlankNode)}
    want = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in quads[:-1]}
    assert want <= got
    assert [q.object for q in store.ox.quads_for_pattern(None, p, None, ox.NamedNode("urn:x:other"))] == [ox.Literal("blank")]


def test_a_long_ingest_flushes_the_store_every_so_many_quads(tmp_path: Path, monkeypatch):
    """RocksDB holds every written quad in memory until an index's write buffer fills; one
    process ingesting thousands of articles flushes the store every FLUSH_QUADS quads so its
    memory stays bounded (and once more at the end)."""
    import aikg.ingest as ingest_mod
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"Acme Corp said on Monday its cloud revenue rose {10 + i} percent to $2.{i} billion.\n")
    store = LocalStore.open(tmp_path / "st", empty=True, write=True)
    flushes = []
    real = store.flush
    monkeypatch.setattr(store, "flush", lambda: (flushes.append(1), real())[1])
    monkeypatch.setattr(ingest_mod, "FLUSH_QUADS", 1)
    monkeypatch.setenv("AIKG_INGEST_BATCH", "2")
    ingest_files(store, sorted(tmp_path.glob("*.txt")))
    assert len(flushes) == 3 + 1          # after each of the three batches, and the final one
    monkeypatch.setattr(ingest_mod, "FLUSH_QUADS", 10**9)
    flushes.clear()
    for f in tmp_path.glob("*.txt"):
        f.write_text(f.read_text() + "It said nothing more.\n")
    ingest_files(store, sorted(tmp_path.glob("*.txt")))
    assert len(flushes) == 1              # only the final one
