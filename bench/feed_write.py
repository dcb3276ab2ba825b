#!/usr/bin/env python3
"""How fast can a batch of documents be written to an on-disk store, and which ways keep it
all or nothing?

Extracts the first --limit feed articles once, then writes them (batches of --batch documents,
the facts-graph delta included, as `aikg ingest` does) into a fresh on-disk store once per
method, timing the write alone in CPU seconds:

    update        one SPARQL update: DELETE DATA / DROP GRAPH / INSERT DATA
                  (`LocalStore.replace_documents`, what `aikg ingest` does): all or nothing
    extend        Store.extend(quads): one transaction, but inserts only (no deletes)
    load-nq       Store.load(N-Quads bytes from ox.serialize): one transaction, inserts only
    bulk_extend   Store.bulk_extend: fastest, not all or nothing

    python bench/feed_gen.py -n 2000 -o /tmp/feed-2k
    python bench/feed_write.py /tmp/feed-2k --limit 200 --scratch /tmp/write-scratch
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pyoxigraph as ox  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--scratch", type=Path, required=True)
    ap.add_argument("--methods", default="update,extend,load-nq,bulk_extend")
    a = ap.parse_args(argv)

    from aikg.extract.pipeline import extract_bytes
    from aikg.facts import OxReader, facts_delta_batch
    from aikg.ingest import _resolve_investments
    from aikg.rdf import doc_iri, extraction_quads, reference_quads
    from aikg.store import LocalStore, _term_text

    files = sorted(a.corpus.glob("*.txt"))[:a.limit]
    exs = [extract_bytes(f.read_bytes(), f.name) for f in files]
    clock = time.process_time
    print(f"{len(files)} articles, batches of {a.batch} (load average {' '.join(f'{x:.1f}' for x in os.getloadavg())})\n")
    print("| method | write CPU s (facts delta included) | ms per doc | all or nothing | store quads |")
    print("|---|---|---|---|---|")
    for method in a.methods.split(","):
        d = a.scratch / method
        if d.exists():
            shutil.rmtree(d)
        store = LocalStore.open(d, empty=True)
        cpu = 0.0
        for i in range(0, len(exs), a.batch):
            part = exs[i:i + a.batch]
            known: dict = {}
            docs = [(ex.document.id, extraction_quads(ex, _resolve_investments(store, ex, known), ordered=False))
                    for ex in part]
            reference = [q for ex in part for q in reference_quads(ex)]
            t = clock()
            if method == "update":
                store.replace_documents(docs, reference)
            else:
                changes = [(doc_iri(d_), [], qs) for d_, qs in docs]
                deletes, facts = facts_delta_batch(OxReader(store.ox), changes)
                inserts = [q for _, qs in docs for q in qs] + reference + facts
                if deletes:              # a second transaction: these three are not all or nothing
                    store.ox.update(f"DELETE DATA {{ {_term_text(deletes)} }}")
                if method == "extend":
                    store.ox.extend(inserts)
                elif method == "load-nq":
                    store.ox.load(ox.serialize(inserts, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
                elif method == "bulk_extend":
                    store.ox.bulk_extend(inserts)
            cpu += clock() - t
        t = clock()
        store.flush()
        cpu += clock() - t
        print(f"| {method} | {cpu:.2f} | {1000 * cpu / len(files):.1f} | "
              f"{'yes' if method == 'update' else 'no (deletes apart)' if method != 'bulk_extend' else 'no'} | {len(store.ox)} |")
        del store
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
