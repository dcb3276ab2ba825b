"""The facts graph (aikg.facts): every fact once with its document count and a sample quote,
kept equal, write after write, to what a rebuild from the documents' graphs gives; listings
give one row per fact with the number of documents stating it."""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import KnowledgeGraph
from aikg.facts import REBUILD
from aikg.rdf import FACTS_GRAPH

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import feed_gen  # noqa: E402


def _facts(store) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object}" for q in store.quads_for_pattern(None, None, None, FACTS_GRAPH)}


def _rebuilt(store) -> set[str]:
    copy = ox.Store()
    copy.extend(q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != FACTS_GRAPH)
    copy.update(REBUILD)
    return _facts(copy)


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    d = tmp_path_factory.mktemp("feed")
    feed_gen.generate(12, d, seed=5)
    return d


def test_incremental_facts_graph_equals_a_rebuild_through_ingest_replace_and_remove(feed, tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "st", empty=True, write=True)
    files = sorted(feed.glob("*.txt"))
    kg.ingest(files[:8])
    ox_store = kg.store.ox
    assert _facts(ox_store) and _facts(ox_store) == _rebuilt(ox_store)
    kg.ingest(files[8:])
    assert _facts(ox_store) == _rebuilt(ox_store)
    # a changed document replaces its graph; the counts and sample quotes follow
    changed = tmp_path / files[0].name
    changed.write_text(files[0].read_text().replace("billion yuan", "billion yuan", 1) + "\nIt said nothing more.\n")
    kg.ingest([changed])
    assert _facts(ox_store) == _rebuilt(ox_store)
    for f in files[:5]:
        assert kg.remove(f.stem)
        assert _facts(ox_store) == _rebuilt(ox_store)
    for f in files[5:]:
        kg.remove(f.stem)
    assert _facts(ox_store) == set()


def test_a_listing_has_one_row_per_fact_with_its_document_count(feed, tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "st", empty=True, write=True)
    kg.ingest(sorted(feed.glob("*.txt")))
    rows = kg.query("segments").rows
    keys = [(r["segment"].value, r["owner"].value) for r in rows]
    assert keys and len(keys) == len(set(keys))
    # the count is the number of document graphs holding the statement's evidence
    for r in rows:
        n = len({q.graph_name for q in kg.store.ox.quads_for_pattern(
            r["statement"], ox.NamedNode("https://aikg.dev/ns#evidence"), None, None)})
        assert int(r["documents"].value) == n >= 1
    assert any(int(r["documents"].value) > 1 for r in rows)  # the feed restates its segments


def test_a_batch_of_new_and_changed_documents_in_one_transaction_equals_a_rebuild(feed, tmp_path):
    """`replace_documents` writes several documents at once (new ones and changed ones that
    restate the same facts); the facts graph equals a rebuild and what writing them one at a
    time gives."""
    from aikg.extract.pipeline import extract_bytes
    from aikg.rdf import extraction_quads
    from aikg.store import LocalStore

    files = sorted(feed.glob("*.txt"))
    def quads(f, extra=""):
        return extraction_quads(extract_bytes(f.read_bytes() + extra.encode(), f.name), ordered=False)
    first = [(f.stem, quads(f)) for f in files[:6]]
    second = [(f.stem, quads(f, "\nIt said nothing more.\n")) for f in files[:3]]   # changed
    second += [(f.stem, quads(f)) for f in files[6:]]                                 # new
    second += [(files[3].stem, [])]                                                   # emptied
    batched, single = LocalStore.memory(), LocalStore.memory()
    batched.replace_documents(first)
    batched.replace_documents(second)
    for doc, q in first + second:
        single.replace_document(doc, q)
    assert _facts(batched.ox) == _rebuilt(batched.ox)
    assert _facts(batched.ox) == _facts(single.ox) and len(_facts(single.ox)) > 100
    counts = [q for q in batched.ox.quads_for_pattern(None, ox.NamedNode("https://aikg.dev/ns#documentCount"), None, FACTS_GRAPH)]
    assert max(int(q.object.value) for q in counts) >= 3          # restated across the batch


def _stale_copy(feed, tmp_path):
    """An on-disk store of the feed whose facts graph is wrong: quads missing, a stray one."""
    from aikg.store import LocalStore
    kg = KnowledgeGraph.open(tmp_path / "st", empty=True, write=True)
    kg.ingest(sorted(feed.glob("*.txt")))
    st = kg.store
    assert isinstance(st, LocalStore)
    want = _rebuilt(st.ox)
    for q in list(st.ox.quads_for_pattern(None, None, None, FACTS_GRAPH))[::3]:
        st.ox.remove(q)
    st.ox.add(ox.Quad(ox.NamedNode("urn:x:stray"), ox.NamedNode("urn:x:p"), ox.Literal("gone"), FACTS_GRAPH))
    assert _facts(st.ox) != want
    return kg, st, want


def test_the_streamed_rebuild_in_small_batches_equals_the_sparql_rebuild(feed, tmp_path):
    """`rebuild_facts` (what `aikg load` and `pull` run) writes the facts graph in bounded
    transactions read by index lookups; whatever the batch size it gives what the one-update
    REBUILD gives, counts and sample evidence included."""
    kg, st, want = _stale_copy(feed, tmp_path)
    st.rebuild_facts(batch=7)
    assert _facts(st.ox) == want and len(want) > 100
    assert any("documentCount" in t for t in want) and any("sampleEvidence" in t for t in want)
    st.rebuild_facts()              # rerunnable
    assert _facts(st.ox) == want


def test_a_rebuild_cut_short_is_finished_by_the_next_open(feed, tmp_path, monkeypatch):
    from aikg import facts as facts_mod
    from aikg import store as store_mod
    kg, st, want = _stale_copy(feed, tmp_path)
    real = facts_mod.rebuild_batches

    def dies(ox_store, batch):       # the process dies after the first batch is written
        it = real(ox_store, batch)
        yield next(it)
        raise KeyboardInterrupt
    monkeypatch.setattr(store_mod, "rebuild_batches", dies)
    with pytest.raises(KeyboardInterrupt):
        st.rebuild_facts(batch=50)
    assert _facts(st.ox) != want
    del kg, st                       # the store closes with its last reference
    import gc
    gc.collect()
    monkeypatch.setattr(store_mod, "rebuild_batches", real)
    again = store_mod.LocalStore.open(tmp_path / "st", write=True)
    assert _facts(again.ox) == want
    assert again._get_meta(store_mod.FACTS_STALE) is None


def _counts(store) -> dict[str, int]:
    return {q.subject.value: int(q.object.value) for q in store.quads_for_pattern(
        None, ox.NamedNode("https://aikg.dev/ns#documentCount"), None, FACTS_GRAPH)}


def test_new_documents_cut_short_after_the_bulk_load_are_whole_and_the_next_open_repairs_the_facts(feed, tmp_path, monkeypatch):
    """New documents go into an on-disk store through the bulk loader (their graphs, the facts
    graph's new quads and a 'facts graph behind' marker, all at once), then the facts graph's
    deletes in a transaction. A process that dies between the two leaves every new document
    whole, and the next writable open brings the facts graph back to what a rebuild gives."""
    import gc

    from aikg import store as store_mod
    from aikg.extract.pipeline import extract_bytes
    from aikg.rdf import doc_iri, extraction_quads

    files = sorted(feed.glob("*.txt"))
    st = store_mod.LocalStore.open(tmp_path / "st", empty=True, write=True)
    st.replace_documents([(f.stem, extraction_quads(extract_bytes(f.read_bytes(), f.name), ordered=False))
                          for f in files[:6]])
    new = [(f.stem, extraction_quads(extract_bytes(f.read_bytes(), f.name), ordered=False)) for f in files[6:]]
    before = _counts(st.ox)

    def dies(self, sparql):          # the process is killed before the second step commits
        raise KeyboardInterrupt
    monkeypatch.setattr(store_mod.LocalStore, "_apply", dies)
    with pytest.raises(KeyboardInterrupt):
        st.replace_documents(new)
    for doc, quads in new:           # every new document is there, whole (as a store holds its quads)
        held = ox.Store()
        held.extend(quads)
        assert set(st.ox.quads_for_pattern(None, None, None, doc_iri(doc))) == set(held) != set()
    assert st._get_meta(store_mod.FACTS_STALE) == "true"
    monkeypatch.undo()
    if st.lock is not None:
        st.lock.close()
    del st
    gc.collect()
    again = store_mod.LocalStore.open(tmp_path / "st", write=True)
    assert again._get_meta(store_mod.FACTS_STALE) is None
    assert _facts(again.ox) == _rebuilt(again.ox) and len(_facts(again.ox)) > 100
    after = _counts(again.ox)
    assert any(after[f] > n for f, n in before.items())   # facts restated on both sides of the cut
    # and the same quads as the one-update path (AIKG_BULK_WRITE=0) writing all of them
    monkeypatch.setenv("AIKG_BULK_WRITE", "0")
    one = store_mod.LocalStore.open(tmp_path / "one", empty=True, write=True)
    one.replace_documents([(f.stem, extraction_quads(extract_bytes(f.read_bytes(), f.name), ordered=False))
                           for f in files])
    assert {str(q) for q in one.ox} == {str(q) for q in again.ox}



def test_a_read_never_rebuilds_a_stale_facts_graph_and_says_so(feed, tmp_path):
    """A write cut short leaves the facts graph stale (a marker in the metadata). A read opens
    the store as it is, without rebuilding (a rebuild reads the whole store: at 10k feed
    articles a query that did it ran past its --timeout, and so did the next) and the CLI says
    so in a one-line note; the next write rebuilds it."""
    import gc
    import subprocess
    import sys

    from aikg import store as store_mod
    kg, st, want = _stale_copy(feed, tmp_path)
    st._set_meta(store_mod.FACTS_STALE, "true")
    stale = _facts(st.ox)
    if st.lock is not None:
        st.lock.close()
    del kg, st
    gc.collect()
    read = store_mod.LocalStore.open(tmp_path / "st")
    assert read._get_meta(store_mod.FACTS_STALE) == "true" and _facts(read.ox) == stale
    assert any("behind its documents" in n for n in read.notes)
    if read.lock is not None:
        read.lock.close()
    del read
    gc.collect()
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(tmp_path / "st"), "stats"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert "aikg: note: the facts graph" in r.stderr
    again = store_mod.LocalStore.open(tmp_path / "st", write=True)
    assert again._get_meta(store_mod.FACTS_STALE) is None
    assert _facts(again.ox) == want
