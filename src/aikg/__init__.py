"""aikg: a knowledge graph of companies' AI and cloud spending, with provenance for every fact.

    from aikg import KnowledgeGraph
    kg = KnowledgeGraph.open()                 # default store (created from the bundled graph)
    kg.ingest(["article.txt"])
    kg.ask("which costs sit in which segment?")
    kg.query("costs-by-segment", params={"company": "Alibaba"})

Every command of the CLI goes through this class.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

__all__ = ["KnowledgeGraph", "AikgError", "IngestResult", "QueryResult"]
__version__ = "0.1.0"

from .errors import AikgError


@dataclass
class IngestResult:
    path: str
    doc: str | None
    status: str            # added | replaced | unchanged | skipped
    message: str = ""
    facts: int = 0
    claims: int = 0        # kg:Claim nodes (sentences with a value or a relation cue no typed fact took)


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[dict]       # variable -> pyoxigraph term (absent when unbound)
    kind: str = "select"   # select | ask | graph | update
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    sparql: str = ""


def default_store_dir() -> Path:
    env = os.environ.get("AIKG_STORE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir("aikg", appauthor=False)) / "store"


def collect_documents(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """Expand files and folders into the document files to read; report what is skipped."""
    from .extract.pipeline import TEXT_SUFFIXES

    files: list[Path] = []
    skipped: list[IngestResult] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise AikgError(f"{raw}: no such file or directory")
        if p.is_dir():
            root = p.resolve()
            found = []
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.name.startswith("."):
                    continue
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                if f.is_symlink() and root not in f.resolve().parents:
                    skipped.append(IngestResult(str(f), None, "skipped", "symlink to a file outside the folder"))
                    continue
                found.append(f)
            if not found and not skipped:
                raise AikgError(f"{raw}: no documents (.txt, .md, .html) in this folder")
            files.extend(found)
        else:
            files.append(p)
    return files, skipped


class KnowledgeGraph:
    def __init__(self, store):
        self.store = store

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, store: str | Path | None = None, *, endpoint: str | None = None,
             update_endpoint: str | None = None, empty: bool = False, write: bool = False,
             bundled: bool = False, timeout: float = 30.0, read_only: bool = False) -> "KnowledgeGraph":
        if endpoint:
            from .remote import RemoteStore
            return cls(RemoteStore(endpoint, update_endpoint=update_endpoint, timeout=timeout))
        from .store import LocalStore
        if bundled:
            return cls(LocalStore.bundled())
        path = Path(store) if store else default_store_dir()
        return cls(LocalStore.open(path, empty=empty, write=write, read_only=read_only))

    # ------------------------------------------------------------------ ingest
    def ingest(self, paths: Iterable[str | Path], progress: Callable[[IngestResult], None] | None = None,
               jobs: int = 1) -> list[IngestResult]:
        from .ingest import ingest_files
        files, skipped = collect_documents(paths)
        results = list(skipped)
        for r in skipped:
            if progress:
                progress(r)
        results += ingest_files(self.store, files, progress=progress, jobs=jobs)
        return results

    def remove(self, doc_id: str) -> bool:
        return self.store.remove_document(doc_id)

    def compact(self) -> bool:
        """Merge an on-disk store's index files now (ingests do it only when the files have
        doubled since the last time). False for a store that has none (memory, remote)."""
        compact = getattr(self.store, "compact", None)
        return bool(compact and compact(force=True))

    def documents(self) -> list[str]:
        return self.store.documents()

    # ------------------------------------------------------------------ queries
    def query(self, name_or_sparql: str, params: dict | None = None, *, allow_update: bool = False,
              allow_remote: bool = False, timeout: float | None = None) -> QueryResult:
        """Run a saved query by name, or ad-hoc SPARQL (anything containing '{')."""
        from .run import run_query
        return run_query(self.store, name_or_sparql, params or {}, allow_update=allow_update,
                         allow_remote=allow_remote, timeout=timeout)

    def ask(self, question: str, timeout: float | None = None):
        from .ask import answer
        return answer(self, question, timeout=timeout)

    def stats(self) -> dict:
        from .run import stats
        return stats(self.store)

    def conflicts(self) -> QueryResult:
        return self.query("conflicts")

    def validate(self) -> list[dict]:
        from .validate import validate
        return validate(self.store)
