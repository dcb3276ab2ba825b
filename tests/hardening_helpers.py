"""Shared helpers for tests/test_hardening_*.py (the bad-input / fault / hostile-content matrix in
tests/README.md). Everything runs the real CLI in a subprocess, as a user would."""
from __future__ import annotations

import gc
import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox

from conftest import run_aikg

META = "urn:aikg:meta"


def aikg_store(store: Path, *args: str, **kw):
    return run_aikg("--store", str(store), *args, **kw)


def no_traceback(r) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout, r.stderr[-2000:]


def assert_user_error(r, pattern: str = "") -> str:
    """Exit 1, exactly one line `aikg: error: …` on stderr, no traceback."""
    no_traceback(r)
    assert r.returncode == 1, (r.returncode, r.stdout[-500:], r.stderr[-1000:])
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("aikg: error: "), lines[0]
    if pattern:
        assert re.search(pattern, lines[0], re.I), lines[0]
    return lines[0]


def assert_skipped(r, pattern: str) -> str:
    """A clear `aikg: skipped PATH: reason` line, no traceback."""
    no_traceback(r)
    hits = [ln for ln in r.stderr.splitlines() if ln.startswith("aikg: skipped ") and re.search(pattern, ln, re.I)]
    assert hits, r.stderr
    return hits[0]


FACTS = "<urn:aikg:facts>"


def open_as_aikg(store: Path) -> None:
    """Open an on-disk store for writing as every aikg command that writes does (which finishes
    a write cut short: the facts graph rebuilt when its marker says it is behind), then close it."""
    from aikg.store import LocalStore
    s = LocalStore.open(store, write=True)
    s.flush()
    if s.lock is not None:
        s.lock.close()
    del s
    gc.collect()


def quads_by_graph(store: Path) -> dict[str, frozenset[str]]:
    """Every quad of an on-disk store, grouped by graph (N-Quads terms), opened like aikg does.
    The facts graph is derived from the documents' graphs: it is reported as {"consistent"}
    when it equals a rebuild from them (aikg.facts.REBUILD), else as its quads."""
    from aikg.facts import REBUILD
    s = ox.Store(str(store))
    try:
        out: dict[str, set[str]] = {}
        for q in s.quads_for_pattern(None, None, None, None):
            out.setdefault(str(q.graph_name), set()).add(f"{q.subject} {q.predicate} {q.object}")
        if FACTS in out:
            copy = ox.Store()
            copy.extend(q for q in s.quads_for_pattern(None, None, None, None) if str(q.graph_name) != FACTS)
            copy.update(REBUILD)
            rebuilt = {f"{q.subject} {q.predicate} {q.object}"
                       for q in copy.quads_for_pattern(None, None, None, ox.NamedNode("urn:aikg:facts"))}
            if rebuilt == out[FACTS]:
                out[FACTS] = {"consistent"}
    finally:
        del s
        gc.collect()
    return {g: frozenset(v) for g, v in out.items()}


def snapshot(store: Path) -> tuple[dict, dict]:
    """(stats as JSON, quads by graph): compare before and after a rejected input."""
    r = aikg_store(store, "stats", "--format", "json")
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    stats.pop("store", None)
    return stats, quads_by_graph(store)


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def article(company: str, n: int, extra: str = "") -> str:
    """An invented article about an invented company (no corpus fact lives in the tests)."""
    return (
        f"{company} Holdings posts quarterly results\n"
        f"By Ana Ruiz | 14 May 2026\n\n"
        f"{company} Holdings Ltd. reported quarterly revenue of ${n + 2}.{n % 10} billion, up {10 + n} percent "
        f"from a year earlier.\n\n"
        f"{company} Holdings plans to invest ${n + 20} billion in AI infrastructure over the next three years, "
        f"chief executive Dana Whitfield said.\n\n"
        f"{company} Cloud, the group's fastest-growing unit, now accounts for {12 + n % 7}% of total revenue. "
        f"{company} lumps its AI research costs, data-centre leases and a food-delivery app into a reporting "
        f"segment called \"Other Ventures\".\n\n"
        f"{company} Holdings competes with Brantley Systems and Ostrava Networks in cloud services.\n"
        + extra
    )
