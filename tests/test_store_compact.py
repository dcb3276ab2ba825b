"""An ingest compacts an on-disk store when its files have doubled since its last compaction
(`LocalStore.compact`, the size kept in the store: amortised over ingests): bulk loaded batches
each add index files that every later lookup reads. `aikg compact` does it on demand."""
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
    monkeypatch.setattr(store_mod, "COMPACT_GROWTH", 1000.0)   # (not during the ingest here)
    s = LocalStore.open(tmp_path / "s", empty=True, write=True)
    assert not s.compact()                      # nothing written since it was opened
    ingest_files(s, _articles(tmp_path / "docs", 12))
    before = sorted(map(str, s.quads()))
    s.ox.flush()
    assert s.disk_bytes() >= 2 * s._compacted_bytes     # twelve articles on an empty store
    assert s.compact(2.0)
    assert not s.compact(2.0)                   # just compacted: not again
    assert sorted(map(str, s.quads())) == before   # (the metadata gains the size: not compared)


def test_last_compaction_is_kept_across_opens(tmp_path, monkeypatch):
    """A store compacted by one process is not compacted again by the next ingest's end
    unless its files have doubled since: a feed ingested a batch at a time pays the whole
    store's compaction once per doubling, not once per batch."""
    monkeypatch.setattr(store_mod, "COMPACT_MIN_BYTES", 0)
    s = LocalStore.open(tmp_path / "s", empty=True, write=True)
    ingest_files(s, _articles(tmp_path / "docs", 12))
    assert s.compact(force=True)
    size = s._compacted_bytes
    del s
    s = LocalStore.open(tmp_path / "s", write=True)
    assert s._compacted_bytes == size           # from the store, not its size at this open
    calls = []
    real = LocalStore.compact
    monkeypatch.setattr(LocalStore, "compact", lambda self, *a, **k: calls.append(real(self, *a, **k)) or calls[-1])
    (tmp_path / "more").mkdir()
    one = tmp_path / "more" / "extra.txt"
    one.write_text("Ostrava Cloud Systems said it will invest 2 billion euros in AI over two years.\n")
    ingest_files(s, [one])
    assert calls == [False]                     # one small article: far from a doubling


def test_compact_command(tmp_path):
    from click.testing import CliRunner
    from aikg.cli import cli
    store = tmp_path / "s"
    run = CliRunner().invoke(cli, ["--store", str(store), "--empty", "ingest", "-q", str(_articles(tmp_path / "docs", 2)[0])])
    assert run.exit_code == 0, run.output
    run = CliRunner().invoke(cli, ["--store", str(store), "compact"])
    assert run.exit_code == 0 and run.output.startswith("compacted"), run.output
    s = LocalStore.open(store, read_only=True)
    assert s._get_meta(store_mod.COMPACT_META) is not None


def test_memory_store_never_compacts():
    assert not LocalStore.memory().compact(0)


def test_a_file_deleted_while_counting_is_skipped_not_a_zero_size(tmp_path, monkeypatch):
    """RocksDB deletes merged files in the background: one that vanishes between the listing
    and its stat adds nothing; the store's size is not reported as 0 (CI saw 0 once, which
    would also have kept a grown store from ever compacting). A plain folder stands in for
    the store's: a live store's files change size under a busy machine's background work."""
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "000001.sst").write_bytes(b"x" * 700)
    (folder / "CURRENT").write_bytes(b"y" * 16)
    (folder / "sub").mkdir()

    class Gone:
        name = "000999.sst"

        def is_file(self):
            return True

        def stat(self):
            raise FileNotFoundError(self.name)

    real = store_mod.os.scandir
    monkeypatch.setattr(store_mod.os, "scandir", lambda p: [*real(p), Gone()])
    holder = type("Holder", (), {"path": folder})()
    assert LocalStore.disk_bytes(holder) == 716
