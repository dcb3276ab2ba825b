#!/usr/bin/env python3
"""Where one `aikg ingest` process's CPU goes, by thread: the main thread (extraction, quads),
the write thread's Python (facts-graph delta, handing batches to the store) and the rest
(RocksDB's flush and compaction threads, the bulk loader's workers), in CPU seconds
(`time.thread_time` per stage, `time.process_time` for the whole process). The real
`KnowledgeGraph.ingest`, with its stages wrapped by timers.

    python bench/ingest_cpu_split.py FOLDER --store /tmp/scratch-store [--keep]

Prints one JSON line. Without --keep the store is emptied first.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--keep", action="store_true", help="ingest into the store as it is (default: a fresh one)")
    ap.add_argument("--batch-docs", type=int, help="documents per write (ingest.BATCH_DOCS)")
    ap.add_argument("--batch-quads", type=int, help="quads per write (ingest.BATCH_QUADS)")
    ap.add_argument("--flush-quads", type=int, help="quads written between flushes of the write buffers (ingest.FLUSH_QUADS)")
    a = ap.parse_args(argv)
    import aikg.ingest as ing
    if a.flush_quads:
        ing.FLUSH_QUADS = a.flush_quads
    if a.batch_docs:
        ing.BATCH_DOCS = a.batch_docs
    if a.batch_quads:
        ing.BATCH_QUADS = a.batch_quads
    from aikg import KnowledgeGraph
    from aikg.store import LocalStore
    if not a.keep:
        shutil.rmtree(a.store, ignore_errors=True)
    acc = {"extract": 0.0, "quads": 0.0, "write_thread_python": 0.0, "compactions": 0, "compact_cpu": 0.0}

    def timed(key, fn):
        def run(*args, **kw):
            t = time.thread_time()
            try:
                return fn(*args, **kw)
            finally:
                acc[key] += time.thread_time() - t
        return run

    ing._extract = timed("extract", ing._extract)
    ing.extraction_quads = timed("quads", ing.extraction_quads)
    ing._write_batch = timed("write_thread_python", ing._write_batch)
    real_compact = LocalStore.compact

    def compact(self, *args, **kw):
        t = time.process_time()
        done = real_compact(self, *args, **kw)
        if done:
            acc["compactions"] += 1
            acc["compact_cpu"] += time.process_time() - t
        return done

    LocalStore.compact = compact
    files = sorted(a.folder.glob("*.txt"))
    kg = KnowledgeGraph.open(a.store, empty=True, write=True)
    c0, m0, w0 = time.process_time(), time.thread_time(), time.perf_counter()
    kg.ingest(files)
    c1, m1 = time.process_time(), time.thread_time()
    total = c1 - c0
    out = {"docs": len(files), "process_cpu": round(total, 2), "main_thread": round(m1 - m0, 2),
           **{k: round(v, 2) for k, v in acc.items()},
           "other_threads": round(total - (m1 - m0) - acc["write_thread_python"], 2),
           "docs_per_cpu_s": round(len(files) / total, 1), "wall": round(time.perf_counter() - w0, 1),
           "batch_docs": ing._batch_docs(), "batch_quads": ing.BATCH_QUADS, "flush_quads": ing.FLUSH_QUADS,
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
           "load": " ".join(f"{x:.1f}" for x in os.getloadavg())}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
