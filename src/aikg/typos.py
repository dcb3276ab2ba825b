"""Typos in a question's own words ("quater", "taregt"): a word that neither the question
vocabulary (the saved queries' example questions, keywords and summaries) nor the store's
labels know is read as the one vocabulary word a single edit or swap of two letters away,
unless it is an English word of its own (pyspellchecker's word list) or a capitalised word
inside the sentence (a name: "Carrow Research" is not "harrow").
Entity names are left to linking's fuzzy match; inflections ("segments" for "segment") are
not typos. Pure functions apart from the cached vocabulary."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from rapidfuzz.distance import OSA

from .queries import catalogue
from .pattern_cache import plain

MIN_LEN = 6          # shorter words have too many one-edit neighbours ("sells" / "sales")
_WORD = plain(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for q in catalogue().values():
        for text in (*q.examples, *q.keywords, q.summary):
            words.update(w for w in _WORD.findall(text.lower()) if len(w) >= 4)
    return frozenset(words)


def suggestion(word: str, vocab: frozenset[str]) -> str | None:
    """The vocabulary word `word` is a typo of, or None (known, ambiguous, or an inflection)."""
    lw = word.lower()
    if len(lw) < MIN_LEN or lw in vocab:
        return None
    cands = [v for v in vocab if abs(len(v) - len(lw)) <= 1 and OSA.distance(lw, v) <= 1]
    if len(cands) != 1:
        return None
    v = cands[0]
    if v.startswith(lw[:-1]) or lw.startswith(v[:-1]):   # "segments", "raised" / "raises"
        return None
    return v


def correct(question: str, known: Callable[[str], bool] = lambda w: False) -> str:
    """`question` with each word that is a typo of a vocabulary word replaced by it; words
    `known(word)` says are names in the store are kept."""
    vocab = vocabulary()

    def fix(m: re.Match) -> str:
        w = m.group(0)
        if known(w.lower()):
            return w
        if w[0].isupper() and re.search(r"[A-Za-z0-9,;:'’)\]]\s*$", question[:m.start()]):
            return w   # a capitalised word inside a sentence is a name ("according to Carrow Research"), not a typo

        v = suggestion(w, vocab)
        return v if v and not english_word(w.lower()) else w
    return _WORD.sub(fix, question)


@lru_cache(maxsize=1)
def _dictionary():
    try:
        from spellchecker import SpellChecker   # its English word list (loaded only when a word looks like a typo)
    except ImportError:   # an install without it corrects as before
        return None
    return SpellChecker(language="en")


def english_word(word: str) -> bool:
    """Whether `word` is an English word in its own right ("compute" is not a typo of "compete")."""
    d = _dictionary()
    return d is not None and bool(d.known([word]))
