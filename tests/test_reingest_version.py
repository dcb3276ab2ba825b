"""Re-ingest after an extractor change: a document stored with the same bytes but made by
another extractor version (or before versions were kept) is extracted again; the same bytes by
the same version are still skipped. And `stats` counts kept sentences on their own."""
from __future__ import annotations

import aikg.extract.pipeline as pipeline
import aikg.ingest as ingest_mod
from aikg import KnowledgeGraph
from aikg.ingest import extractor_version, ingest_files
from aikg.rdf import doc_iri
from aikg.store import LocalStore

ARTICLE = ("Vornhald Systems said on Monday it will invest 40 billion yuan in AI data centres over the "
           "next three years. Revenue at its cloud segment rose 12% to RMB 9 billion in the quarter "
           "ended June 30, 2025, chief executive Mara Quill said.\n")
LOOSE = ("Vornhald Tech said on Tuesday it will invest 30 billion euros in AI data centres over the "
           "next four years. Revenue at its cloud segment rose 9% to EUR 4 billion in the quarter "
           "ended March 31, 2025.\n\nThe company opened a new office in Lisbon with 300 staff.\n")


def _facts(store: LocalStore, doc: str) -> int:
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {doc_iri(doc)} {{ ?f a kg:Fact }} }}")
    return int(next(iter(rows))["n"].value)


def test_same_bytes_older_extractor_is_extracted_again(tmp_path, monkeypatch):
    doc = tmp_path / "vornhald.txt"
    doc.write_text(ARTICLE)
    store = LocalStore.open(tmp_path / "s", empty=True, write=True)
    real = pipeline.extract_bytes

    def older(data, name, doc_id=None):     # an older extractor: it read no facts from the text
        ex = real(data, name, doc_id)
        return ex.model_copy(update={"facts": []})

    with monkeypatch.context() as m:
        m.setattr(pipeline, "EXTRACTOR_VERSION", "aikg-rules-0+older")
        m.setattr(pipeline, "extract_bytes", older)
        [r] = ingest_files(store, [doc])
        assert r.status == "added" and r.facts == 0
        assert store.document_extractor("vornhald") == "aikg-rules-0+older"
        [r] = ingest_files(store, [doc])     # same bytes, same (older) version: skipped
        assert r.status == "unchanged"
    assert _facts(store, "vornhald") == 0
    [r] = ingest_files(store, [doc])         # the current extractor: extracted again
    assert r.status == "replaced" and r.facts > 0
    assert _facts(store, "vornhald") > 0
    assert store.document_extractor("vornhald") == extractor_version()
    [r] = ingest_files(store, [doc])         # and now unchanged
    assert r.status == "unchanged"


def test_document_stored_without_a_version_is_extracted_again(tmp_path):
    doc = tmp_path / "vornhald.txt"
    doc.write_text(ARTICLE)
    store = LocalStore.open(tmp_path / "s", empty=True, write=True)
    [r] = ingest_files(store, [doc], stamp=False)     # as `aikg build` writes (and stores made before)
    assert r.status == "added" and store.document_extractor("vornhald") is None
    [r] = ingest_files(store, [doc])
    assert r.status == "replaced"
    assert store.document_extractor("vornhald") == extractor_version()


def test_extractor_version_is_the_rules_version():
    assert extractor_version() == pipeline.EXTRACTOR_VERSION


def test_stats_counts_kept_sentences_apart_from_evidence(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "vornhald.txt").write_text(ARTICLE)
    (tmp_path / "docs" / "loose.txt").write_text(LOOSE)      # sentences kept, no fact read
    kg = KnowledgeGraph.open(tmp_path / "s", empty=True, write=True)
    kg.ingest([tmp_path / "docs"])
    s = kg.stats()
    kept = int(next(iter(kg.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x a kg:Sentence } }")))["n"].value)
    quoted = int(next(iter(kg.store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x prov:wasDerivedFrom ?d } }")))["n"].value)
    assert kept >= 1
    assert s["sentences"] == kept
    assert s["evidence"] == quoted - kept
