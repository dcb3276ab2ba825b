#!/usr/bin/env python3
"""The CPU a store's background compaction costs the next process that opens it for writing.

Oxigraph keeps its indexes in RocksDB. Every batch `aikg ingest` writes (one bulk load, then one
transaction) adds index files that overlap the whole key range (graph and term ids are hashes),
and RocksDB merges them into the bottom level in background threads: the merge rewrites the
whole index, so its cost grows with the store. A process that exits before the merge is done
leaves it (or what it started) to the next writable open, which pays it on its background
threads while its main thread extracts. This opens the store for writing, optionally ingests a
folder, then waits until the process's CPU stops growing, and prints the CPU seconds spent:

    python bench/compaction_debt.py STORE                 # the debt the store carries now
    python bench/compaction_debt.py STORE --ingest FOLDER # an ingest plus the merges it sets off

Prints one JSON line: {"ingest": CPU s of the ingest call, "settled": CPU s until quiet}.
Copy a store before measuring it: the merges change its files (not its content).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--ingest", type=Path, help="a folder of articles to ingest first")
    ap.add_argument("--quiet-s", type=float, default=1.5, help="seconds without CPU growth that count as settled")
    a = ap.parse_args(argv)
    from aikg.ingest import ingest_files
    from aikg.store import LocalStore
    t0 = time.process_time()
    store = LocalStore.open(a.store, empty=True, write=True)
    out = {}
    if a.ingest:
        ingest_files(store, sorted(p for p in a.ingest.iterdir() if p.is_file()))
        out["ingest"] = round(time.process_time() - t0, 2)
    last = time.process_time()
    while True:
        time.sleep(a.quiet_s)
        now = time.process_time()
        if now - last < 0.02:
            break
        last = now
    out["settled"] = round(last - t0, 2)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
