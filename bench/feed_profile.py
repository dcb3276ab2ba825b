#!/usr/bin/env python3
"""Where ingest spends its CPU, and what the quads of a document are made of.

Runs the stages of `aikg ingest` one after another over a folder of articles, in one process,
into a fresh on-disk store, and times each stage in CPU seconds (`time.process_time`: the
machine is shared, so wall time says little):

    extraction -> quads -> facts delta -> update text -> store write

then counts the document graphs' quads by kind (what their subject is: evidence, statement,
claim, claim value, n-ary fact, entity, document) and the facts graph's likewise.

    python bench/feed_gen.py -n 2000 -o /tmp/feed-2k
    python bench/feed_profile.py /tmp/feed-2k --limit 200 --store /tmp/prof-store
    python bench/feed_profile.py /tmp/feed-next --limit 200 --store /tmp/copy-of-a-3k-store --keep

Prints a Markdown report (and --json FILE writes the figures).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def kind_of(q, id_prefix: str) -> str:
    """A quad's kind by its subject: the IRI path segment under id/ (claim values apart)."""
    s = q.subject
    if s == q.graph_name:
        return "document"
    v = getattr(s, "value", "")
    if not v.startswith(id_prefix):
        return "other"
    path = v[len(id_prefix):].split("/")
    if path[0] == "claim" and len(path) > 2:
        return "claim value"
    return path[0]


def profile(folder: Path, limit: int, store_dir: Path, batch: int, keep: bool = False) -> dict:
    from aikg.extract.pipeline import extract_bytes
    from aikg.facts import OxReader, facts_delta_batch
    from aikg.ingest import _resolve_investments
    from aikg.rdf import FACTS_GRAPH, ID, doc_iri, extraction_quads, reference_quads
    from aikg.store import LocalStore

    files = sorted(folder.glob("*.txt"))[:limit]
    if store_dir.exists() and not keep:
        shutil.rmtree(store_dir)
    store = LocalStore.open(store_dir, empty=True)
    before = len(store.ox)
    cpu = Counter()
    by_kind, by_pred = Counter(), Counter()
    n_quads = 0
    delta_ops = [0, 0]       # facts graph quads deleted, inserted
    clock = time.process_time
    for i in range(0, len(files), batch):
        part = files[i:i + batch]
        t = clock()
        exs = [extract_bytes(f.read_bytes(), f.name) for f in part]
        cpu["extraction"] += clock() - t
        t = clock()
        known: dict = {}
        docs = [(ex.document.id, extraction_quads(ex, _resolve_investments(store, ex, known), ordered=False))
                for ex in exs]
        reference = [q for ex in exs for q in reference_quads(ex)]
        cpu["quads"] += clock() - t
        for _, quads in docs:
            n_quads += len(quads)
            for q in quads:
                by_kind[kind_of(q, ID)] += 1
                by_pred[q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]] += 1
        t = clock()
        changes = [(doc_iri(d), [], quads) for d, quads in docs]
        deletes, inserts = facts_delta_batch(OxReader(store.ox), changes)
        cpu["facts delta"] += clock() - t
        delta_ops[0] += len(deletes)
        delta_ops[1] += len(inserts)
        t = clock()
        store.replace_documents(docs, reference)
        cpu["write (delta again + text + update)"] += clock() - t
    t = clock()
    store.flush()
    cpu["flush"] += clock() - t
    facts = Counter(kind_of(q, ID) for q in store.ox.quads_for_pattern(None, None, None, FACTS_GRAPH))
    total = sum(cpu.values())
    return {"docs": len(files), "cpu": {k: round(v, 2) for k, v in cpu.items()},
            "docs_per_cpu_s": round(len(files) / total, 1) if total else None,
            "quads_per_doc": round(n_quads / len(files), 1),
            "quads_per_doc_by_kind": {k: round(v / len(files), 1) for k, v in by_kind.most_common()},
            "quads_per_doc_by_predicate": {k: round(v / len(files), 1) for k, v in by_pred.most_common(25)},
            "facts_graph_deletes_per_doc": round(delta_ops[0] / len(files), 1),
            "facts_graph_inserts_per_doc": round(delta_ops[1] / len(files), 1),
            "facts_graph_quads": sum(facts.values()),
            "facts_graph_by_kind": dict(facts.most_common()),
            "store_quads": len(store.ox), "store_quads_before": before, "load": " ".join(f"{x:.1f}" for x in os.getloadavg())}


def render(r: dict) -> str:
    L = [f"# Ingest profile: {r['docs']} articles (load average {r['load']})", "",
         f"{r['docs_per_cpu_s']} docs per CPU second; {r['quads_per_doc']} quads per document; "
         f"facts graph {r['facts_graph_quads']} quads; store {r['store_quads']} quads; per document the facts "
         f"graph gets {r['facts_graph_inserts_per_doc']} inserts and {r['facts_graph_deletes_per_doc']} deletes", "",
         "| stage | CPU s | ms per doc |", "|---|---|---|"]
    for k, v in r["cpu"].items():
        L.append(f"| {k} | {v} | {1000 * v / r['docs']:.1f} |")
    L += ["", "| quads per document, by subject | n |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in r["quads_per_doc_by_kind"].items()]
    L += ["", "| quads per document, by predicate (top 25) | n |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in r["quads_per_doc_by_predicate"].items()]
    L += ["", "| facts graph quads, by subject | n |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in r["facts_graph_by_kind"].items()]
    return "\n".join(L) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--store", type=Path, required=True, help="a scratch store directory (emptied)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--keep", action="store_true",
                    help="profile into the store as it is (a copy of a store already holding a feed: "
                         "what per-document cost grows with the store) instead of emptying it")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    r = profile(a.corpus, a.limit, a.store, a.batch, a.keep)
    print(render(r))
    if a.json:
        a.json.write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
