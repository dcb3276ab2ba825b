"""Speed-ups that must read exactly what the code they replace read (issue35x): each faster form
against the plain one on random texts built from the characters that matter to it."""
from __future__ import annotations

import random

from aikg.extract import notation


_NUMBER_BITS = ["1", "12", "123", "4", "05", "0", ",", ".", "'", "’", " ", " ", "\u00a0", "€", "$", "£", "₹", "EUR ",
                "USD ", "Rs. ", "Rs ", "%", " Mio.", " mln", " million", " euros", "x", "abc ", "\n", "-", "(", ")"]


def _texts(bits: list[str], n: int = 3000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


def test_notation_rules_digit_first_find_the_same_spans():
    # (every rule is written in the digit-first form, not left as it is)
    assert all(r._scan.pattern != r.pattern for r in notation.RULES)
    for text in _texts(_NUMBER_BITS) + ["Revenue rose 11,8 % to 412,6 Mio. Euro; 27.380 Tsd.", "€18,40 and € 1.234,5"]:
        for r in notation.RULES:
            assert [m.span() for m in r._scan.finditer(text)] == [m.span() for m in r._rx.finditer(text)], (r.name, text)


def test_digit_first_leaves_other_patterns_as_they_are():
    assert notation._digit_first(r"(?<=x)[a-z]+").pattern == r"(?<=x)[a-z]+"
