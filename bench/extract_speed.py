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
    ap.add_argument("--clear", action="store_true",
                    help="empty the extractor's caches before each pass (a pass then gains nothing from the one "
                         "before it, whatever the caches' sizes: the same articles are read again)")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    a = ap.parse_args()
    data = [(f.read_bytes(), f.name) for f in sorted(a.folder.iterdir())][:a.limit or None]
    words = sum(len(d.split()) for d, _ in data) / max(1, len(data))
    for d, n in data[:5]:  # warm the caches and compiled patterns
        extract_bytes(d, n)
    rates = []
    for _ in range(a.reps):
        if a.clear:
            clear_caches()
        t = time.process_time()
        for d, n in data:
            extract_bytes(d, n)
        rates.append(len(data) / (time.process_time() - t))
    print(f"{len(data)} documents, {words:.0f} words each on average; "
          f"docs per CPU-second: best {max(rates):.1f}, all {', '.join(f'{r:.1f}' for r in rates)}")


def clear_caches() -> None:
    """Empty the extractor's caches of per-text results (functools caches of more than 8 entries: not
    the unbounded ones of compiled patterns, nor the gazetteer's and recogniser's, which a process
    builds once) and the recogniser's per-sentence cache."""
    import sys
    for name, mod in list(sys.modules.items()):
        if not name.startswith("aikg.") or mod is None:
            continue
        for obj in list(vars(mod).values()):
            info = getattr(obj, "cache_info", None)
            if callable(info) and callable(getattr(obj, "cache_clear", None)):
                size = info().maxsize
                if size is not None and size > 8:
                    obj.cache_clear()
    from aikg.extract.entities import recogniser
    for rec in _recognisers(recogniser):
        rec.clear_cache()
    try:
        from aikg.extract import find_memo
    except ImportError:   # (an older version's code)
        return
    find_memo.clear()


def _recognisers(factory) -> list:
    try:
        return [factory()]
    except Exception:  # (no gazetteer: nothing cached)
        return []


if __name__ == "__main__":
    main()
