"""Speed-ups that must read exactly what the code they replace read (issue35x): each faster form
against the plain one on random texts built from the characters that matter to it."""
from __future__ import annotations

import random
import re

from aikg.extract import notation


_NUMBER_BITS = ["1", "12", "123", "4", "05", "0", ",", ".", "'", "’", " ", " ", "\u00a0", "€", "$", "£", "₹", "EUR ",
                "USD ", "Rs. ", "Rs ", "%", " Mio.", " mln", " million", " euros", "x", "abc ", "\n", "-", "(", ")"]


def _texts(bits: list[str], n: int = 3000, seed: int = 7, most: int = 40) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, most))) for _ in range(n)]


def test_notation_rules_digit_first_find_the_same_spans():
    # (the rules of today's shapes are written in the digit-first form; a rule of another shape is compiled as it is)
    assert sum(r._scan.pattern != r.pattern for r in notation.RULES) >= 9
    for text in _texts(_NUMBER_BITS) + ["Revenue rose 11,8 % to 412,6 Mio. Euro; 27.380 Tsd.", "€18,40 and € 1.234,5"]:
        for r in notation.RULES:
            assert [m.span() for m in r._scan.finditer(text)] == [m.span() for m in r._rx.finditer(text)], (r.name, text)


def test_digit_first_leaves_other_patterns_as_they_are():
    assert notation._digit_first(r"(?<=x)[a-z]+").pattern == r"(?<=x)[a-z]+"


def test_place_starts_in_first_finds_the_same_places():
    from aikg.extract import mention_roles as mr
    plain = re.compile(mr._IN_PLACE)
    bits = ["in ", "in\t", "In ", "invest ", "invested ", "investing ", "investment ", "stake ", "stakes ", "shares ",
            "billion ", "million ", "trillion ", "bn ", "interest ", "main ", "-", "x", "Acme ", "win ", " ", "\n"]
    for text in _texts(bits):
        assert [m.span() for m in mr._IN_PLACE_RX.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_role_ends_at_the_role_words_only_as_finditer_reads_them():
    from aikg.extract import focus_score as fs
    words = sorted(set(re.findall(r"[a-z]+", fs._ROLE)))   # (a word added to the roles comes in here too)
    bits = ([w + " " for w in words] + [w.title() + " " for w in words] + [w.upper() + " " for w in words]
            + ["Acme ", "Vellmark Systems ", "German ", "the ", "that ", "and ", "told ", "said ", "equipment maker ",
               "-", ", ", ". ", "\t", "İ", "ı", "ſ", "s"])
    for text in _texts(bits, 4000, 11):
        assert fs._role_ends(text) == {m.end(): m.start() for m in fs._ROLE_BEFORE.finditer(text)}, text


def test_investment_firm_words_in_every_match():
    from aikg.extract import focus_score as fs
    bits = ["Acme Capital", ", a ", ", the ", "private ", "private-", "equity ", "investment ", "buyout ", "firm",
            " house", " manager", "funds ", "managed ", "advised ", "by ", "Kestrel Partners", " ", "\t"]
    for text in _texts(bits, 4000, 5):
        if fs._INVESTMENT_FIRM.search(text) is not None:
            assert fs._FIRM_WORDS.search(text) is not None, text


def test_the_gates_name_the_words_their_patterns_need():
    # (a word added to one of these patterns must be added to its gate: the test fails until it is)
    from aikg.extract import focus_score as fs
    assert "(?:" + "|".join(fs._FUNDING_VERBS) + ")" in fs._FUNDING.pattern
    assert "valued" in fs._VALUED.pattern
    assert "(?:investment|private[- ]equity|buyout)[ \\t]+(?:firm|house|manager)" in fs._INVESTMENT_FIRM.pattern
    assert "funds[ \\t]+(?:managed|advised)" in fs._INVESTMENT_FIRM.pattern


def test_research_houses_gate_drops_no_name():
    from aikg.extract import discover as d
    words = d._RESEARCH_WORDS.split("|")   # (the patterns' words, not the gate's)
    bits = ([w + " " for w in words] + [w.title() + " " for w in words] + [w.upper() + " " for w in words]
            + ["Tallow Insights", ", the ", ", a ", "Zurich-based ", "according to ", "Harwick Partners", " ", "\t",
               "research ", "firm ", "ranked ", "Tata Consultancy Services ", "ı", "ſ", "İ"])
    for text in _texts(bits, 3000, 13) + _texts(bits, 3000, 17, most=5):
        assert d.research_houses(text) == d._research_houses(text), text
