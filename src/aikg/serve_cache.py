"""Answers of expensive queries kept by `aikg serve`, keyed by the store's state.

A served store cannot change: `aikg ingest/remove/load/pull` into it refuse while it is served
(the serve lock, see aikg.serve_cli). So an answer stays right for as long as the server runs.
The key still names the store's state (its files' names, sizes and modification times when
the server started) so that an entry can never outlive the data it was computed from, and the
query text (comments, prologue and spacing aside) and the Accept header.

Only answers whose query ran at least `min_seconds` in its engine are kept: cheap queries are
answered by the engines (the cache is not what makes an entity lookup fast), and the few
expensive ones that many analysts repeat are paid for once. Least recently used entries go
first past `max_bytes`; `max_bytes` 0 turns the cache off.
"""
from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from pathlib import Path


def store_state(path: Path) -> str:
    """A digest of the store directory's files (name, size, modification time)."""
    h = hashlib.sha256()
    for entry in sorted(os.scandir(path), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith(".lock"):
            st = entry.stat()
            h.update(f"{entry.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


class AnswerCache:
    def __init__(self, state: str, max_bytes: int, min_seconds: float):
        self.state = state
        self.max_bytes = max_bytes
        self.min_seconds = min_seconds
        self.entries: OrderedDict[tuple, tuple[str, bytes]] = OrderedDict()
        self.size = 0
        self.hits = 0

    def key(self, query_key: str, accept: str) -> tuple:
        return (self.state, query_key, accept)

    def get(self, key: tuple) -> tuple[str, bytes] | None:
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            self.hits += 1
        return hit

    def put(self, key: tuple, seconds: float, media: str, body: bytes) -> None:
        if seconds < self.min_seconds or len(body) > self.max_bytes or key in self.entries:
            return
        self.entries[key] = (media, body)
        self.size += len(body)
        while self.size > self.max_bytes:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)
