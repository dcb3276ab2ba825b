"""Shared fixtures. Every test runs with its own data directory, so the default store of the
person running the tests is never touched."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
DEV_DOCS = SHARED / "eval" / "dev_docs"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"sample corpus not found at {CORPUS} (it ships beside the repo in ../shared/corpus)")
needs_dev_docs = pytest.mark.skipif(
    not DEV_DOCS.is_dir(), reason=f"dev documents not found at {DEV_DOCS}")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("AIKG_STORE", raising=False)
    monkeypatch.delenv("AIKG_ENDPOINT", raising=False)
    yield


@pytest.fixture(scope="session")
def bundled_kg():
    from aikg import KnowledgeGraph
    return KnowledgeGraph.open(bundled=True)


@pytest.fixture(scope="session")
def news_kg():
    """An in-memory graph of our own news articles (tests/data/news): other companies, aliases,
    people with alternative names; shapes the bundled graph does not have."""
    from aikg import KnowledgeGraph
    from aikg.store import LocalStore
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([Path(__file__).parent / "data" / "news"])
    return kg


def run_aikg(*args: str, env: dict | None = None, input: str | None = None, timeout: float = 60,
             cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    e = dict(os.environ)
    if env:
        e.update(env)
    return subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True,
                          env=e, input=input, timeout=timeout, cwd=cwd)


@pytest.fixture
def aikg():
    return run_aikg


def articles_kg(tmp_path_factory, articles: dict[str, str]):
    """A fresh store holding the articles written for a test ({filename: text})."""
    from aikg import KnowledgeGraph
    d = tmp_path_factory.mktemp("article_docs")
    for filename, text in articles.items():
        (d / filename).write_text(text)
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("article") / "store", empty=True, write=True)
    kg.ingest([d])
    return kg


def article_kg(tmp_path_factory, filename: str, text: str):
    """A fresh store holding one article written for a test (`filename`, `text`)."""
    return articles_kg(tmp_path_factory, {filename: text})
