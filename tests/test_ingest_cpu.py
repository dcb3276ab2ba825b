"""What ingest does to spend less CPU per article must not change what it writes: a document's
quads carry their facts-graph split as written (`rdf.DocQuads`), per-sentence caches live across
documents, and the garbage collector runs less often only while ingesting."""
from __future__ import annotations

import gc
from pathlib import Path

from aikg import facts
from aikg.extract.pipeline import extract_text
from aikg.ingest import GC_THRESHOLD, extractor_version, ingest_files
from aikg.rdf import doc_iri, extraction_quads
from aikg.store import LocalStore

# invented articles: two companies, a segment, a CFO, figures and a plan
FIRST = ("Orvana Systems said on Tuesday that it will spend 4 billion euros on data centres over "
         "the next two years. Revenue at its Orvana Cloud segment rose 18% to 2.2 billion euros in "
         "the quarter ended March 31, 2025, chief financial officer Ida Brenner said. Orvana "
         "Systems's main competitors include Tellmark Group.\n")
SECOND = ("Tellmark Group reported revenue of 1.1 billion euros for the quarter ended March 31, "
          "2025. Its Tellmark Devices segment includes server depreciation, the company said. "
          "Orvana Systems's main competitors include Tellmark Group.\n")


def test_document_quads_carry_the_split_the_facts_graph_reads():
    for doc, text in (("orvana", FIRST), ("tellmark", SECOND)):
        q = extraction_quads(extract_text(text, doc, f"{doc}.txt"), ordered=False)
        g = doc_iri(doc)
        assert q.graph == g
        # read back from the quads themselves (a plain list), the split is the same
        triples, evidence = facts._split(g, list(q))
        assert q.fact_triples == triples and q.evidence == evidence
        assert triples and evidence
        assert len(set(q)) == len(q)      # no quad twice


def test_the_same_document_reads_the_same_after_another(tmp_path: Path):
    alone = extraction_quads(extract_text(SECOND, "tellmark", "tellmark.txt"))
    extract_text(FIRST, "orvana", "orvana.txt")     # fills the per-sentence caches
    after = extraction_quads(extract_text(SECOND, "tellmark", "tellmark.txt"))
    assert [str(q) for q in alone] == [str(q) for q in after]


def test_ingest_collects_garbage_less_often_and_restores_the_setting(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "orvana.txt").write_text(FIRST)
    (docs / "tellmark.txt").write_text(SECOND)
    before = gc.get_threshold()
    seen = []
    store = LocalStore.open(tmp_path / "store", empty=True)
    results = ingest_files(store, sorted(docs.glob("*.txt")), progress=lambda r: seen.append(gc.get_threshold()))
    assert [r.status for r in results] == ["added", "added"]
    assert seen and all(t == GC_THRESHOLD for t in seen)
    assert gc.get_threshold() == before
    # what the store holds is what the one-document write gives
    other = LocalStore.memory()
    for d, text in (("orvana", FIRST), ("tellmark", SECOND)):
        other.replace_document(d, extraction_quads(extract_text(text, d, f"{d}.txt"), extractor=extractor_version()))
    def kept(st):   # the documents' graphs and the facts graph
        return {str(q) for q in st.ox if str(q.graph_name).startswith(("<https://aikg.dev/id/doc/", "<urn:aikg:facts"))}
    assert kept(store) == kept(other) and len(kept(store)) > 50
