"""Session 27 (issue40p): each speed-only change gives what the code it replaces gave. The memo of
`Recogniser.find` across documents (find_memo.py) is compared with `find` itself, on invented
sentences, with the document's aliases changing between calls (an alias inside the text, one
outside it, a company-unit alias, a different order), and with texts whose blanks are not single
spaces (never remembered)."""
from __future__ import annotations

import re

import pytest

from aikg.extract import claims, find_memo, legal_forms
from aikg.extract.entities import recogniser

TEXTS = [
    "Brisklane Cloud grew revenue 12% while Ostby Data lost share.",
    "Brisklane signed with Ostby Data, Halden and Corra in Tallby.",
    "The Quellmark Retail unit posted sales of $4 million.",
    "Nvidia and Brisklane Systems Inc. agreed a deal.",
    "Brisklane\tCloud grew.",
    "Brisklane  Cloud grew in  Norway.",
    "Quellmark Retail\nunit sales rose.",
    "",
]
ALIASES = [
    {},
    {"Brisklane": ("Company", "Brisklane Systems")},
    {"Brisklane": ("Company", "Brisklane Systems"), "Ostby Data": ("Company", "Ostby Data")},
    {"Ostby Data": ("Company", "Ostby Data"), "Brisklane": ("Company", "Brisklane Systems")},
    {"Quellmark": ("Company", "Quellmark"), "Quellmark Retail": ("Segment", "Quellmark Retail")},
    {"Quellmark": ("Company", "Quellmark")},
    {"Halden": ("Organization", "Halden"), "Tallby": ("Place", "Tallby")},
    {"Nowhere Inc": ("Company", "Nowhere")},
]


@pytest.mark.parametrize("text", TEXTS)
def test_find_memo_as_find_under_changing_aliases(text):
    rec = recogniser()
    find_memo.clear()
    for _ in range(2):   # the second round answers from the memo
        for aliases in ALIASES:
            assert find_memo.find(rec, text, aliases) == rec.find(text, aliases)


def test_find_memo_remembers_across_documents():
    rec = recogniser()
    find_memo.clear()
    calls = []

    class Spy:
        gated = rec.gated

        def find(self, text, aliases):
            calls.append(text)
            return rec.find(text, aliases)
    spy = Spy()
    text = "Brisklane Cloud grew revenue 12% in Tallby."
    a = find_memo.find(spy, text, {"Brisklane": ("Company", "Brisklane Systems"), "Elsewhere": ("Company", "Elsewhere")})
    b = find_memo.find(spy, text, {"Brisklane": ("Company", "Brisklane Systems"), "Other Co": ("Company", "Other Co")})
    assert a == b and calls == [text]   # the aliases not in the text do not count
    find_memo.find(spy, text, {"Brisklane": ("Company", "Brisklane Group")})
    assert len(calls) == 2              # one in the text changed: asked again
    find_memo.find(spy, "Brisklane  Cloud grew.", {})
    find_memo.find(spy, "Brisklane  Cloud grew.", {})
    assert len(calls) == 4              # two blanks: never remembered


def test_find_memo_gives_a_fresh_list():
    rec = recogniser()
    find_memo.clear()
    first = find_memo.find(rec, TEXTS[0], ALIASES[1])
    first.append("x")
    assert "x" not in find_memo.find(rec, TEXTS[0], ALIASES[1])


CLAUSES = ["Brisklane ranked first in cloud", "revenue rose 5%", "nothing here at all", "It launched and grew",
           "sales of $3 million; it plans to invest", "WHO KNOWS?", "Did Brisklane rank first?"]


@pytest.mark.parametrize("clause", CLAUSES)
def test_claim_gates_as_the_patterns(clause):
    low = clause.lower()
    assert claims._has_cue(low) == (claims._ANY_CUE.search(low) is not None)
    assert claims.states_nothing(clause) == next((r.name for r in claims.NO_CLAIM_SENTENCES if r.pattern.search(clause)), "")
    for after in (0, 5, 12):
        claims._predicate.cache_clear()
        got = claims._predicate(clause, after)
        assert claims._predicate(clause, after) == got
        first = None
        want = None
        for m in claims._ANY_CUE.finditer(low):
            if m.start() >= after:
                want = claims._GROUP[m.lastgroup]
                break
            first = first or claims._GROUP[m.lastgroup]
        assert got == (want or first)


@pytest.mark.parametrize("name,text", [
    ("Pulsant", "Pulsant Limited said"), ("Pulsant", "PULSANT LIMITED said"), ("Pulsant", "Pulsant, Inc. grew"),
    ("Pulsant", "Pulsant said"), ("Pulsant", "NewPulsant Limited said"), ("Pulsant", "Pul\u017fant Ltd said"),
    ("Acme", "-Acme Ltd"), ("Acme", "Acme Corporation"), ("Acme", "Acme\tLtd."),
])
def test_own_legal_name_as_the_search(name, text):
    want = re.search(rf"(?<![\w-]){re.escape(name)},?\s+{legal_forms.LEGAL_FORM}(?![\w-])", text, re.I) is not None
    assert legal_forms.own_legal_name(name, text) == want


def test_per_text_caches_exist():
    for f in (claims._has_cue, claims._predicate, claims.states_nothing):
        assert f.cache_info().maxsize == 8192
