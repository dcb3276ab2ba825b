#!/usr/bin/env python3
"""In-process extraction speed: documents per CPU-second over synthetic ~500-word articles.

    python bench/corpus_gen.py -n 200 -o /tmp/corpus
    python bench/extract_speed.py /tmp/corpus [--reps 5]

CPU time (time.process_time), not wall time, and the best of several passes: on a machine
shared with other jobs that is the figure least disturbed by them. Extraction only (text ->
records), no RDF and no store.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from aikg.extract.pipeline import extract_bytes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    data = [(f.read_bytes(), f.name) for f in sorted(a.folder.iterdir())]
    words = sum(len(d.split()) for d, _ in data) / max(1, len(data))
    for d, n in data[:5]:  # warm the caches and compiled patterns
        extract_bytes(d, n)
    rates = []
    for _ in range(a.reps):
        t = time.process_time()
        for d, n in data:
            extract_bytes(d, n)
        rates.append(len(data) / (time.process_time() - t))
    print(f"{len(data)} documents, {words:.0f} words each on average; "
          f"docs per CPU-second: best {max(rates):.1f}, all {', '.join(f'{r:.1f}' for r in rates)}")


if __name__ == "__main__":
    main()
