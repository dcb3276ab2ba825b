"""The invented focus-shape articles of tests/data/focus_shapes, read whole once per test session
(shared by test_focus_shapes.py and test_focus_scored.py)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from aikg.extract.pipeline import extract_text

DATA = Path(__file__).parent / "data" / "focus_shapes"


@lru_cache(maxsize=None)
def read(name: str):
    """The extraction of focus-shape article `name`."""
    return extract_text((DATA / name).read_text(), name.split(".")[0], name)


def figure(ex, text: str):
    """The observation whose value is written `text`."""
    hits = [f for f in ex.facts if f.kind == "observation" and f.value_text and text in f.value_text]
    assert hits, f"no figure {text!r} in {[f.value_text for f in ex.facts if f.kind == 'observation']}"
    return hits[0]
