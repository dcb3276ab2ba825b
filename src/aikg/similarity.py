"""Similarity of a question to each saved query's example questions: TF-IDF over words and
character 3-5-grams (so "infra" meets "infrastructure" and "compitetors" meets "competitors"),
cosine, best example per query. Standard library only; built once per catalogue (< 10 ms)."""
from __future__ import annotations

import math
from collections import Counter

from .question import _words

NGRAMS = (3, 4, 5)
CHAR_WEIGHT = 0.5   # a shared character n-gram counts less than a shared word


def features(text: str) -> dict[str, float]:
    f: dict[str, float] = {}
    get = f.get
    for w in _words(text):
        k = "w:" + w
        f[k] = get(k, 0.0) + 1.0
        padded = f" {w} "
        size = len(padded)
        for n in NGRAMS:
            for i in range(size - n + 1):
                k = "c:" + padded[i:i + n]
                f[k] = get(k, 0.0) + CHAR_WEIGHT
    return f


class ExampleIndex:
    def __init__(self, examples: dict[str, tuple[str, ...]]):
        docs = [(name, features(ex)) for name, exs in examples.items() for ex in exs]
        df: Counter = Counter()
        for _, f in docs:
            df.update(f.keys())
        n = len(docs) or 1
        self.idf = {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}
        self.docs = [(name, self._unit(f)) for name, f in docs]

    def _unit(self, f: dict[str, float]) -> dict[str, float]:
        idf = self.idf
        v = {k: c * idf[k] for k, c in f.items() if k in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}

    def scores(self, text: str) -> dict[str, float]:
        """{query name: cosine of `text` with its most similar example}."""
        q = self._unit(features(text))
        best: dict[str, float] = {}
        for name, d in self.docs:
            s = sum(x * d.get(k, 0.0) for k, x in q.items())
            if s > best.get(name, 0.0):
                best[name] = s
        return best


_INDEX: dict[int, ExampleIndex] = {}


def example_index(catalogue: dict) -> ExampleIndex:
    key = id(catalogue)
    if key not in _INDEX:
        _INDEX[key] = ExampleIndex({name: sq.examples for name, sq in catalogue.items()})
    return _INDEX[key]
