#!/usr/bin/env python3
"""Where extraction's CPU goes: cProfile of `extract_bytes` over a folder, summed by module and by
function (self time), in Markdown.

    python bench/extract_profile.py FOLDER [--limit N] [--top 40]

One process, after a warm-up on the first five articles, the extractor's per-text caches emptied before
each pass (`extract_speed.clear_caches`); the CPU clock (`time.process_time`) for the
profiler, so other jobs on a shared machine count less. Uses the `aikg` on sys.path (PYTHONPATH on a
`git archive` copy to profile another version).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from aikg.extract.pipeline import extract_bytes
from extract_speed import clear_caches


def short(path: str) -> str:
    if "/aikg/" in path:
        return path.split("/aikg/", 1)[1]
    if path.startswith("~") or path.startswith("<"):
        return "(builtins/re)"
    return Path(path).name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    paths = sorted(p for p in a.folder.iterdir() if p.is_file())
    if a.limit:
        paths = paths[:a.limit]
    data = [(p.read_bytes(), p.name) for p in paths]
    for d, n in data[:5]:
        extract_bytes(d, n)
    clear_caches()
    t = time.process_time()
    for d, n in data:
        extract_bytes(d, n)
    plain = time.process_time() - t
    clear_caches()   # (the profiled pass reads the articles as the first one did: no result cached from it)
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for d, n in data:
        extract_bytes(d, n)
    prof.disable()
    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values())
    by_mod: dict[str, float] = defaultdict(float)
    rows = []
    for (path, line, fn), (cc, nc, tt, ct, _) in st.stats.items():
        by_mod[short(path)] += tt
        rows.append((tt, ct, nc, f"{short(path)}:{line} {fn}"))
    print(f"{len(data)} articles: {plain:.2f} CPU s without the profiler "
          f"({len(data) / plain:.1f} per CPU s), {total:.2f} s of self time under cProfile\n")
    print("| module | self s | share |\n|---|---|---|")
    for m, s in sorted(by_mod.items(), key=lambda x: -x[1])[:a.top]:
        print(f"| {m} | {s:.2f} | {100 * s / total:.1f} % |")
    print("\n| function | self s | cum s | calls |\n|---|---|---|---|")
    for tt, ct, nc, name in sorted(rows, reverse=True)[:a.top]:
        print(f"| {name} | {tt:.2f} | {ct:.2f} | {nc} |")
    print("\n| function (by cumulative) | cum s | calls |\n|---|---|---|")
    for tt, ct, nc, name in sorted(rows, key=lambda r: -r[1])[:a.top]:
        print(f"| {name} | {ct:.2f} | {nc} |")


if __name__ == "__main__":
    main()
