#!/usr/bin/env python3
"""Which compiled regular expressions extraction spends its CPU in: every pattern compiled in the
process (`_sre.compile`, which `re.compile`, `pattern_cache.plain`/`name_rx` and `lead.lead` all
end in) is wrapped by a proxy that adds the CPU time of each call (search, match, fullmatch,
finditer consumed, findall, sub, split) to the pattern's total, with the place that compiled it.

    python bench/pattern_cost.py FOLDER [--limit N] [--top 40]

A measuring tool only (the proxies make extraction slower: read the shares, not the seconds).
The output is the same as without it: a pattern's methods are the pattern's, called once each.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

import _sre
import re

_clock = time.process_time
COST: dict[int, list] = {}          # id(proxy) -> [seconds, calls, pattern text, where compiled]


class _Timed:
    __slots__ = ("_rx", "_row", "__weakref__")

    def __init__(self, rx, where: str):
        self._rx = rx
        self._row = COST.setdefault(id(self), [0.0, 0, rx.pattern, where])

    def _call(self, name, *a, **k):
        t = _clock()
        try:
            return getattr(self._rx, name)(*a, **k)
        finally:
            self._row[0] += _clock() - t
            self._row[1] += 1

    def search(self, *a, **k):
        return self._call("search", *a, **k)

    def match(self, *a, **k):
        return self._call("match", *a, **k)

    def fullmatch(self, *a, **k):
        return self._call("fullmatch", *a, **k)

    def findall(self, *a, **k):
        return self._call("findall", *a, **k)

    def sub(self, *a, **k):
        return self._call("sub", *a, **k)

    def subn(self, *a, **k):
        return self._call("subn", *a, **k)

    def split(self, *a, **k):
        return self._call("split", *a, **k)

    def finditer(self, *a, **k):
        t = _clock()
        out = list(self._rx.finditer(*a, **k))
        self._row[0] += _clock() - t
        self._row[1] += 1
        return iter(out)

    def __getattr__(self, name):
        return getattr(self._rx, name)

    def __hash__(self):
        return hash(self._rx)

    def __eq__(self, other):
        return self._rx == (other._rx if isinstance(other, _Timed) else other)


def _where() -> str:
    for fr in reversed(traceback.extract_stack(limit=16)[:-2]):
        if "/aikg/" in fr.filename and not fr.filename.endswith(("/pattern_cache.py", "/extract/lead.py")):
            return f"{fr.filename.split('/aikg/', 1)[1]}:{fr.lineno}"
    return "(other)"


def install() -> None:
    real = _sre.compile

    def compile_timed(*a, **k):
        return _Timed(real(*a, **k), _where())
    _sre.compile = compile_timed
    real_compile = re._compile

    def _compile(pattern, flags):
        if isinstance(pattern, _Timed):
            return pattern
        return real_compile(pattern, flags)
    re._compile = _compile


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    install()
    re.purge()
    import os
    os.environ["AIKG_PATTERN_CACHE"] = "0"
    from aikg.extract.pipeline import extract_bytes
    paths = sorted(p for p in a.folder.iterdir() if p.is_file())[:a.limit or None]
    data = [(p.read_bytes(), p.name) for p in paths]
    t = _clock()
    for d, n in data:
        extract_bytes(d, n)
    total = _clock() - t
    rx_total = sum(r[0] for r in COST.values())
    print(f"{len(data)} articles, {total:.2f} CPU s (proxied), {rx_total:.2f} s inside patterns\n")
    print("| share | s | calls | compiled at | pattern |\n|---|---|---|---|---|")
    for s, n, pat, where in sorted(COST.values(), key=lambda r: -r[0])[:a.top]:
        p = pat if isinstance(pat, str) else repr(pat)
        p = p[:90].replace("|", "\\|").replace("\n", " ")
        print(f"| {100 * s / total:.2f} % | {s:.3f} | {n} | {where} | `{p}` |")
    by_where: dict[str, float] = defaultdict(float)
    for s, n, pat, where in COST.values():
        by_where[where.rsplit(":", 1)[0]] += s
    print("\n| module | s in its patterns | share |\n|---|---|---|")
    for w, s in sorted(by_where.items(), key=lambda x: -x[1])[:a.top]:
        print(f"| {w} | {s:.3f} | {100 * s / total:.2f} % |")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
