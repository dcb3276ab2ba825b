"""The benchmark generators (bench/gen.py, bench/corpus_gen.py) and a tiny bench/run."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import corpus_gen  # noqa: E402
import gen  # noqa: E402

NS = "https://aikg.dev/ns#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PROV_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")


def K(local: str) -> ox.NamedNode:
    return ox.NamedNode(NS + local)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen") / "kg-tiny.nq"
    meta = gen.generate(6000, out, seed=3)
    return out, meta


def test_gen_writes_valid_nquads_that_load(tiny):
    out, meta = tiny
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))     # raises on bad syntax
    assert len(quads) == meta["quads"] >= 6000
    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert len(store) == len(set(quads))
    side = json.loads(Path(str(out) + ".json").read_text())
    assert side["quads"] == meta["quads"] and side["companies"] == meta["companies"] >= 2


def test_gen_uses_aikg_layout_and_vocabulary(tiny):
    out, meta = tiny
    from aikg.store import data_dir
    declared = {t.subject.value for t in ox.parse(path=str(data_dir() / "ontology.ttl"), format=ox.RdfFormat.TURTLE)}
    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.N_QUADS)
    used = set()
    facts = ox.NamedNode("urn:aikg:facts")
    for q in store:
        assert q.graph_name == facts or q.graph_name.value.startswith("https://aikg.dev/id/doc/")
        for t in (q.predicate, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(NS):
                used.add(t.value)
    assert used <= declared, sorted(used - declared)
    types = Counter(q.object.value[len(NS):] for q in store.quads_for_pattern(None, RDF_TYPE, None, None)
                    if q.object.value.startswith(NS))
    for cls in ("Company", "Segment", "CostItem", "AIModel", "ModelFamily", "Investment", "Money", "Restriction",
                "Observation", "MarketShare", "Role", "Person", "Evidence", "Document", "Fact"):
        assert types[cls] > 0, cls
    # every document graph has its document node; every evidence node sits in the graph of the
    # document it derives from, with quote and character span; every n-ary fact has evidence
    for g in store.named_graphs():
        assert g == facts or ox.Quad(g, RDF_TYPE, K("Document"), g) in store
    for q in store.quads_for_pattern(None, RDF_TYPE, K("Evidence"), None):
        ev, g = q.subject, q.graph_name
        assert [x.object for x in store.quads_for_pattern(ev, PROV_FROM, None, g)] == [g]
        for p in ("quote", "charStart", "charEnd"):
            assert list(store.quads_for_pattern(ev, K(p), None, g)), (ev, p)
    for q in store.quads_for_pattern(None, RDF_TYPE, K("Fact"), None):
        if q.graph_name != facts:
            assert list(store.quads_for_pattern(q.subject, K("evidence"), None, q.graph_name)), q.subject
        else:  # the facts graph: each fact once, with its document count and a sample quote
            assert list(store.quads_for_pattern(q.subject, K("documentCount"), None, facts)), q.subject
    # some facts are stated by two documents (same node, two pieces of evidence)
    multi = [f for f in {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, K("Fact"), None)}
             if len({q.graph_name for q in store.quads_for_pattern(f, RDF_TYPE, K("Fact"), None)} - {facts}) > 1]
    assert multi


def test_gen_is_deterministic_and_sizes_nest(tmp_path, tiny):
    out, meta = tiny
    again = tmp_path / "again.nq"
    gen.generate(6000, again, seed=3)
    assert again.read_bytes() == out.read_bytes()
    small = tmp_path / "small.nq"
    gen.generate(2000, small, seed=3)
    assert out.read_text().startswith(small.read_text()[:10000])
    assert gen.parse_size("1m") == 1_000_000 and gen.parse_size("250k") == 250_000 and gen.parse_size("5m") == 5_000_000


def test_generated_graph_answers_saved_queries(tiny, tmp_path):
    out, meta = tiny
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    env.pop("AIKG_ENDPOINT", None)
    store = tmp_path / "st"
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "--empty", "load", str(out)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    co = meta["sample"]["company"]
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "query", "segments", "-p", f"company={co}",
                        "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert rows and all(x["owner"] == co for x in rows)
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "ask", "--format", "json",
                        f"What segments does {meta['sample']['companyLabel']} report?"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "answered", r.stdout + r.stderr


def test_corpus_gen_articles(tmp_path):
    n, size = corpus_gen.generate(6, tmp_path / "c", seed=5)
    files = sorted((tmp_path / "c").glob("*.txt"))
    assert n == len(files) == 6 and size == sum(f.stat().st_size for f in files)
    words = [len(f.read_text().split()) for f in files]
    assert all(450 <= w <= 700 for w in words), words
    assert len({f.read_text() for f in files}) == 6
    corpus_gen.generate(6, tmp_path / "d", seed=5)
    assert [f.read_bytes() for f in files] == [f.read_bytes() for f in sorted((tmp_path / "d").glob("*.txt"))]
    from aikg.extract.pipeline import extract_bytes
    ex = extract_bytes(files[0].read_bytes(), files[0].name)
    kinds = {f.kind for f in ex.facts}
    assert {"investment", "observation"} & kinds, kinds


@pytest.mark.slow
def test_bench_run_tiny(tmp_path):
    out = tmp_path / "results.md"
    r = subprocess.run([sys.executable, str(BENCH / "run"), "--sizes", "tiny", "--backends", "pyox-mem,pyox-set",
                        "--ingest-docs", "0", "--repeats", "1", "--timeout", "20", "--work", str(tmp_path / "w"),
                        "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    text = out.read_text()
    assert "| `segments` (entity) |" in text and "pyoxigraph (mem)" in text
    raw = json.loads(out.with_suffix(".json").read_text())
    assert raw["results"][0]["backends"]["pyox-mem"]["queries"]["segments"]["rows"] > 0


def test_feed_profile_keep_profiles_into_the_store_as_it_is(tmp_path):
    """--keep: a second batch goes into the store the first one filled (the per-document cost
    that grows with the store is measured there), not into a fresh one."""
    import feed_profile
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(2):
        (docs / f"a{i}.txt").write_text(f"Tarvolo Systems said on 3 March 2025 that it will invest $1{i}0 million "
                                        "in artificial intelligence data centres over three years.\n")
    store = tmp_path / "store"
    first = feed_profile.profile(docs, 2, store, 1)
    assert first["store_quads"] > 0
    again = feed_profile.profile(docs, 2, store, 1, keep=True)
    assert again["store_quads_before"] == first["store_quads"]
    fresh = feed_profile.profile(docs, 2, store, 1)
    assert fresh["store_quads_before"] < first["store_quads"]


def test_compaction_debt_reports_cpu_until_quiet(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Tarvolo Systems will invest $120 million in AI data centres in 2026.\n")
    r = subprocess.run([sys.executable, str(BENCH / "compaction_debt.py"), str(tmp_path / "s"), "--ingest", str(docs),
                        "--quiet-s", "0.2"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    assert out["settled"] >= out["ingest"] > 0
