"""Session 26 (issue39p): each speed-only rewrite gives what the code it replaces gave. Every test
compares the rewrite with the plain form it stands for (written out here), on short invented texts
in several shapes: quotation marks or none, tabs and runs of blanks, upper and lower case."""
from __future__ import annotations

import re

import pytest

from aikg.extract import clause_relations, deals, list_lines, mention_roles, relations, risks, writer
from aikg.extract.figures import LIST_LABEL

TEXTS = [
    "We grew. Our revenue at Quellmark rose, my team said.\nI think we did well; us too.",
    'We said "our plans" are fine. Our team: "I agree." We shipped.\n\nMy view: we won.',
    "Nothing personal here.\tJust a line.   And   blanks.",
    "WE and OUR are capitals; wee, ours, usual, mystic are other words. I.",
    "“We are Norvale,” she said. Our staff grew by 12%.\nWe hired in Tallby; my word.",
    "Key risks: weaker orders; a stronger krona.",
    "  - Retail: $1.2 billion      - Online: $0.4 billion",
    "Trading multiples of: 12x EBITDA, 14x EBIT.",
    "The deal values Ostrel at 9 times sales:",
    "MULTIPLES OF: 9x",
    "Brisklane signed with Ostby Data, Halden, Corra and Ferrow; Tillby & Quorra; Vell or Marr.",
]


def _first_person_plain(body: str) -> int:
    return sum(len(writer._FIRST_PERSON.findall(s)) for s in writer._SENTENCES.split(body) if not writer._QUOTE.search(s))


@pytest.mark.parametrize("body", TEXTS)
def test_first_person_as_per_sentence_count(body):
    writer.first_person.cache_clear()
    assert writer.first_person(body) == _first_person_plain(body)


def test_first_person_counts_quoted_sentences_out():
    writer.first_person.cache_clear()
    assert writer.first_person('We grew. "We will win," he said.') == 1


@pytest.mark.parametrize("text", TEXTS)
def test_gated_triggers_as_the_gate_loop(text):
    low = text.lower()
    plain_ = tuple(tr for tr in clause_relations._triggers() if any(g in low for g in tr[0].gate))
    assert clause_relations._gated_triggers(low) == plain_


def test_gated_triggers_keeps_the_order():
    low = "acme acquired and owns and supplies and partners with and invests in beta"
    got = clause_relations._gated_triggers(low)
    order = [tr[0] for tr in clause_relations._triggers()]
    assert [tr[0] for tr in got] == [c for c in order if c in {tr[0] for tr in got}]


def _in_list_plain(body, runs, k) -> bool:
    n, j = 1, k
    while j + 1 < len(runs) and mention_roles._SEP_RX.fullmatch(body[runs[j].end():runs[j + 1].start()]):
        n, j = n + 1, j + 1
    j = k
    while j - 1 >= 0 and mention_roles._SEP_RX.fullmatch(body[runs[j - 1].end():runs[j].start()]):
        n, j = n + 1, j - 1
    return n >= 3


@pytest.mark.parametrize("body", TEXTS)
def test_in_list_shared_gaps_as_plain(body):
    runs = list(mention_roles._NAME_RUN.finditer(body))
    seps: dict = {}
    for k, m in enumerate(runs):
        assert mention_roles._in_list(body, runs, k, m.start(), m.end(), seps) == _in_list_plain(body, runs, k)
        assert mention_roles._in_list(body, runs, k, m.start(), m.end()) == _in_list_plain(body, runs, k)


@pytest.mark.parametrize("text", TEXTS + ["Segments: four", "no colon here", "- Cloud: 4%"])
def test_list_label_needs_a_colon(text):
    # the gate `":" in text` before LIST_LABEL (pipeline): the pattern never matches without one
    assert (":" in text and LIST_LABEL.match(text) is not None) == (LIST_LABEL.match(text) is not None)


@pytest.mark.parametrize("text", TEXTS + ["Risks", "RISKS TO OUR VIEW:", "The main risks are a and b.", "Riſks"])
def test_risk_patterns_need_the_word(text):
    from aikg.extract.values import fold
    said = "risks" in fold(text)
    assert (said and risks.is_heading(text)) == risks.is_heading(text)
    assert (said and risks.LEAD.rx.match(text) is not None) == (risks.LEAD.rx.match(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_multiple_intro_gate(text):
    from aikg.extract.values import fold
    plain_ = bool(deals.MULTIPLE_INTRO.search(text) and re.search(r"\bmultiples?\b", text, re.I))
    assert bool("multiple" in fold(text) and deals.MULTIPLE_INTRO.search(text)
                and re.search(r"\bmultiples?\b", text, re.I)) == plain_


@pytest.mark.parametrize("line", TEXTS + ["- A: 1\t- B: 2", "- A: 1  - B: 2"])
def test_second_entry_split_gate(line):
    plain_ = list(list_lines._SECOND.finditer(line))
    gated = list(list_lines._SECOND.finditer(line)) if "   " in line or "\t" in line else []
    assert [m.span() for m in gated] == [m.span() for m in plain_]


def test_present_is_kept_across_documents():
    # a feed restates its sentences: the gate words of a sentence are read once per process
    assert relations._present.cache_info().maxsize >= 4096
    assert clause_relations._gated_triggers.cache_info().maxsize >= 4096
