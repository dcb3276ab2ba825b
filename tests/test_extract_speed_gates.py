"""The speed gates of session 18 (issue30n) give the answers of the patterns they stand in front of:
each fast path is compared with the plain pattern on invented texts, tricky ones included (case,
non-ASCII letters that fold to ASCII, hyphens, names at the text's edges)."""
from __future__ import annotations

import re

import pytest

from aikg.extract import descriptions, focus_score, pipeline, salience
from aikg.extract import report_period
from aikg.extract.rule_record import PatternRule
from aikg.extract.values import fold

TEXTS = [
    "Norvale Telecom, the Danish carrier, added 40,000 lines. The carrier expects more.",
    "Mobile carrier Norvale said the operator of the exchange was Kestrel Bourse.",
    "Kestrel is a bank; the lender, Kestrel, grew. KESTREL IS A BANK too.",
    "Tessary, the Oslo-based software firm, said: \u201cwe will grow our sales\u201d.",
    "An investor ASKED about the year. Was it good? Yes.",
    "Figures are in euros unleſs stated otherwise; UNLESS NOTED, all are for FY2025.",
    "Acme\u2019s Nova chips run on Acme-Cloud; Acme Nova models; pre-Acme; Acme_1 and Acme.",
    "\u0130stanbul-based Y\u0131ld\u0131z Holding, the Turkish lender, is a bank (Borsa Istanbul: YKBNK).",
    "Acme",
    "",
    "The full-year outlook was cut; for the fiscal year, annual guidance stays. We expect growth.",
    "Revenue for the year rose; Our forecast holds and our sales grew.",
]
NAMES = ["Norvale Telecom", "Norvale", "Kestrel", "Tessary", "Acme", "Acme Nova", "Y\u0131ld\u0131z Holding", "Nova"]
NOUNS = ["carrier", "operator", "bank", "lender", "firm", "telco"]


def _tied_reference(noun: str, names: list[str], text: str) -> bool:
    for n in names:
        if noun in n.lower():
            return True
        e = re.escape(n)
        rx = re.compile(rf"(?<![\w-]){e},\s+(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){{0,4}}?{noun}s?\b"
                        rf"|\b{noun}\s+(?:[A-Z][\w-]*\s+)?{e}(?![\w-])"
                        rf"|(?<![\w-]){e}\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,4}}?{noun}\b", re.I)
        if rx.search(text):
            return True
    return False


@pytest.mark.parametrize("text", TEXTS)
def test_tied_matches_its_pattern(text):
    for noun in NOUNS:
        for name in NAMES:
            assert descriptions._tied(noun, [name], text) == _tied_reference(noun, [name], text), (noun, name, text)


@pytest.mark.parametrize("text", TEXTS)
def test_word_ends_match_the_whole_word_pattern(text):
    for name in NAMES:
        want = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        assert salience._word_ends(name, text) == want, (name, text)


@pytest.mark.parametrize("text", TEXTS)
def test_outlook_and_we_gates_match_their_patterns(text):
    assert pipeline._outlook(text, fold(text)) == (pipeline._OUTLOOK.search(text) is not None)
    assert focus_score._has_we(text) == (focus_score._WE.search(text) is not None)


def test_fold_keeps_length_and_reads_like_ignorecase():
    for text in TEXTS:
        low = fold(text)
        assert len(low) == len(text)
        for w in ("ask", "unless", "is", "bank", "istanbul"):
            assert (w in low) == (re.search(w, text, re.I) is not None), (w, text)


@pytest.mark.parametrize("rule", [report_period.QUESTION_RULE, *report_period.SCOPE_RULES])
def test_trigger_words_are_needed_by_the_pattern(rule):
    """A rule's trigger words are a necessary condition: wherever its pattern matches (its examples,
    the texts above), the text holds one of them, so `search` gives what `rx.search` gives."""
    assert rule.trigger
    for text in (*rule.examples, *TEXTS, *(p.split(": ", 1)[-1] for p in rule.provenance)):
        assert (rule.search(text) is not None) == (rule.rx.search(text) is not None), (rule.name, text)


def test_a_trigger_word_gates_the_search():
    rule = PatternRule("t", r"\bwidgets?\b", "why", ("a", "b"), ("Two widgets.",), re.I, trigger=("widget",))
    assert rule.search("Two WIDGETS shipped.") is not None   # (folded: the case does not matter)
    assert rule.search("Two gadgets shipped.") is None
    wrong = PatternRule("t", r"\bwidgets?\b", "why", ("a", "b"), (), re.I, trigger=("gizmo",))
    assert wrong.search("Two widgets shipped.") is None   # a trigger the pattern does not need would lose matches
