"""An ingest reports a batch's documents as soon as the batch is written, not when the next batch
is full: with batches of 1,000 documents the progress (and `bench/feed_bench.py`'s clock, read at
every 1,000th report) would otherwise lag a whole batch of extractions behind the writes."""
from __future__ import annotations

import threading
import time

import aikg.ingest as ingest_mod
from aikg.ingest import ingest_files
from aikg.store import LocalStore

TEXT = ("Quillmere Robotics said on {day} it will spend 3 billion euros on new warehouses over the next "
        "two years, chief executive Ansel Varo told reporters.\n")


def _writing() -> bool:
    return any(t.name == "aikg-ingest-write" and t.is_alive() for t in threading.enumerate())


def test_a_written_batch_is_reported_before_the_next_batch_is_extracted(tmp_path, monkeypatch):
    files = []
    for i, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], 1):
        f = tmp_path / f"note{i}.txt"
        f.write_text(TEXT.format(day=day))
        files.append(f)
    events = []
    real = ingest_mod._extract

    def extract(path_str):
        while _writing():             # let the batch in flight finish first: the order is then fixed
            time.sleep(0.01)
        events.append(("extract", path_str.rsplit("/", 1)[-1]))
        return real(path_str)

    monkeypatch.setattr(ingest_mod, "_extract", extract)
    monkeypatch.setenv("AIKG_INGEST_BATCH", "3")
    store = LocalStore.open(tmp_path / "s", empty=True, write=True)
    results = ingest_files(store, files, progress=lambda r: events.append(("report", r.doc)))
    assert [r.status for r in results] == ["added"] * 6
    at = {e: i for i, e in enumerate(events)}
    # the first batch (notes 1-3) is written while note 4 is extracted: reported before note 5 is
    assert at[("report", "note1")] < at[("extract", "note5.txt")]
    assert [e for e in events if e[0] == "report"] == [("report", f"note{i}") for i in range(1, 7)]
