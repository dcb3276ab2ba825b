"""extract/literal.py finds a name as a whole word with str.find: the same answers as the
regular expressions it replaces (`(?<![\\w-])NAME(?![\\w-])`, and the capitalised word before
a surname), without compiling one per name."""
from __future__ import annotations

import re

from aikg.extract.literal import after_capitalised, count_word, has_word, word_starts

TEXT = ("Norvane said on Monday that Norvane-backed Norvane Cloud grew; Norvanes rose, "
        "_Norvane fell and Norvane's unit, Chief Executive Jane Norvane and R. Norvane agreed. "
        "ÉNorvane and Norvane9 are other words; AT&T and AT&T's rival; Norvane")
NAMES = ["Norvane", "Norvane Cloud", "AT&T", "Cloud", "Jane", "zzz", "e", "Norvane's"]


def _rx(name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", TEXT)]


def test_whole_word_matches_as_the_regular_expression():
    for name in NAMES:
        assert list(word_starts(TEXT, name)) == _rx(name), name
        assert count_word(TEXT, name) == len(_rx(name))
        assert has_word(TEXT, name) == bool(_rx(name))


def test_left_boundary_only():
    for name in NAMES:
        want = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}", TEXT)]
        assert list(word_starts(TEXT, name, left_only=True)) == want, name


def test_after_capitalised_is_needed_by_the_surname_pattern():
    body = "The deal was signed by Chief Executive Jane Roe, and later Roe said. Acme grew as R. Smith said."
    for name in ("Roe", "Smith", "Acme", "deal", "grew", "signed"):
        rx = re.search(rf"(?<=[a-z,] )(?:(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+)+{re.escape(name)}(?![\w-])", body)
        if rx is not None:
            assert after_capitalised(body, name), name
    assert after_capitalised(body, "Roe") and after_capitalised(body, "Smith")
    assert not after_capitalised(body, "signed") and not after_capitalised(body, "Acme")
