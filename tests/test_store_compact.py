"""An ingest compacts an on-disk store when its files have grown (`LocalStore.compact`): bulk
loaded batches each add index files that every later lookup reads."""
from __future__ import annotations

from pathlib import Path

import aikg.store as store_mod
from aikg.ingest import ingest_files
from aikg.store import LocalStore

ARTICLE = ("{name} Systems said on Monday it will invest 40 billion yuan in AI data centres over the "
           "next three years. Revenue at its cloud segment rose 12% to RMB 9 billion in the quarter "
           "ended June 30, 2025, chief executive Mara Quill said.\n")


def _articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(n):
        p = folder / f"a{i:03d}.txt"
        p.write_text(ARTICLE.format(name=f"Kest{chr(97 + i % 26)}{chr(97 + i // 26)}ro"))
        out.append(p)
    return out


def test_compacts_once_grown_and_keeps_every_quad(tmp_path, monkeypatch):
    monkeypatch.setattr(store_mod, "COMPACT_MIN_BYTES", 0)
    monkeypatch.setattr(store_mod, "COMPACT_GROWTH_END", 1000.0)   # (not at the ingest's end here)
    s = LocalStore.open(tmp_path / "s", empty=True, write=True)
    assert not s.compact()                      # nothing written since it was opened
    ingest_files(s, _articles(tmp_path / "docs", 12))
    before = sorted(map(str, s.ox))
    s.ox.flush()
    assert s.disk_bytes() >= 2 * s._compacted_bytes     # twelve articles on an empty store
    assert s.compact()
    assert not s.compact()                      # just compacted: not again
    assert sorted(map(str, s.ox)) == before


def test_ingest_compacts_at_its_end(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(LocalStore, "compact", lambda self, growth=2.0: calls.append(growth) or False)
    s = LocalStore.open(tmp_path / "s", empty=True, write=True)
    ingest_files(s, _articles(tmp_path / "docs", 3))
    assert calls and calls[-1] == store_mod.COMPACT_GROWTH_END


def test_memory_store_never_compacts():
    assert not LocalStore.memory().compact(0)
