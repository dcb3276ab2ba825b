"""Issue 45s: the cheap word tests put before pattern families read exactly what the patterns alone read,
on random texts built from the words and characters that matter to each (invented companies only)."""
from __future__ import annotations

import random
import re

from aikg.extract import agreements, document_currency as dc, guidance_tables
from aikg.extract.values import fold


def _texts(bits: list[str], n: int = 3000, seed: int = 7, most: int = 30) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, most))) for _ in range(n)]


def _words_of(patterns: list[str]) -> list[str]:
    return sorted({w for p in patterns for w in re.findall(r"[A-Za-z]+", p)})


def test_literal_leads_of_each_alternative():
    assert dc.literal_leads(r"\bNZX\b|\bNZSX\b|New Zealand (?:Stock )?Exchange") == ("NZX", "NZSX", "New Zealand ")
    assert dc.literal_leads(r"\bTSXV?\b|Toronto Stock Exchange") == ("TSX", "Toronto Stock Exchange")
    assert dc.literal_leads(r"\bSGX(?:-ST)?\b|Singapore Exchange") == ("SGX", "Singapore Exchange")
    assert dc.literal_leads(r"(?:New|Old) Exchange|ASX") is None   # (an alternative opening with a group: no gate)
    assert dc.literal_leads(r"ASX|\d+ Exchange") is None
    assert all(dc.literal_leads(e.pattern) for e in dc.EXCHANGES)   # (every exchange gated today)


def test_gated_exchanges_are_the_exchanges_searched():
    words = _words_of([e.pattern for e in dc.EXCHANGES])
    bits = [w + " " for w in words] + words + ["-", "-ST", "V", " ", "\n", "(", ":", "Tarakihi Foods Limited ", "x"]
    for text in _texts(bits, 4000, 3):
        plain = {cur for rx, cur, _ in dc._EXCHANGE_RX if rx.search(text)}
        gated = {cur for rx, cur, leads in dc._EXCHANGE_RX
                 if (leads is None or any(map(text.__contains__, leads))) and rx.search(text)}
        assert gated == plain, text


def test_agreement_gates_hold_a_word_of_every_match():
    pats = [(agreements.SALE, agreements._SALE_WORDS, True), (agreements.BUYBACK, agreements._BUYBACK_WORDS, True),
            (agreements.LET_TO, agreements._LET_TO_WORDS, False), (agreements.SIGNED, agreements._SIGNED_WORDS, True)]
    words = _words_of([p.pattern for p, _, _ in pats])
    bits = ([w + " " for w in words] + [w.upper() + " " for w in words] + [w.title() + " " for w in words]
            + ["Kestrel Dynamics ", "the plant ", "to ", "To ", "-", "ſ", "ı", " ", "\t", ".", "Senior "])
    for text in _texts(bits, 5000, 5):
        for rx, gate, folded in pats:
            if rx.search(text) is not None:
                assert any(w in (fold(text) if folded else text) for w in gate), (rx.pattern, text)


def test_opened_reads_an_agreement_as_before():
    from aikg import records as r
    own = r.EntityRef(kind="Company", label="Vellmark Systems")
    assert agreements.opened("Vellmark Systems signed a five-year supply contract with Orlano Freight.", [], own).kind == "contract"
    assert agreements.opened("Vellmark Systems has let its warehouse to Orlano Freight.", [], own).kind == "lease"
    assert agreements.opened("Vellmark Systems launched a share buyback programme.", [], own).kind == "buyback"
    assert agreements.opened("Vellmark Systems reported revenue of $12 million.", [], own) is None


def test_may_head_with_the_folded_text_reads_as_without():
    bits = ["Previous ", "previously ", "PRIOR ", "original ", "earlier ", "old ", "Initial ", "former ", "guidance ",
            "Outlook ", "forecasts ", "target ", "targets ", "new ", "Revenue ", "   ", "\t", "ſ", "ı", "x", "-"]
    for text in _texts(bits, 4000, 9):
        assert guidance_tables.may_head(text, fold(text)) == guidance_tables.may_head(text), text


def test_unmarked_row_gates_match_as_the_patterns_do():
    from aikg.extract import list_lines as ll
    bits = ["  ", " ", "\t", "Media", "Consumer", ": ", "snack foods", " — ", " – ", " -- ", "-", "Rp", "£", "4,918",
            "15.2m", "   ", "(SCTV)", "x", "\n", "...."]
    rnd = random.Random(17)
    shaped = [rnd.choice(["  ", "    ", "\t\t", " \t", "", " "]) + rnd.choice(["Media (SCTV, Indosiar)", "Central government",
              "Consumer: snack foods, dairy and bottled water", "Health: clinics"]) + rnd.choice(["      ", "   ", " — ", " – ", " -- ", ": "])
              + rnd.choice(["4,918", "£15.2m", "Rp6,204bn", "(12)", "x"]) for _ in range(2000)]
    assert sum(ll._BARE_ROW.match(t) is not None for t in shaped) > 100 and sum(ll._MEMBERS_ROW.match(t) is not None for t in shaped) > 20
    for text in shaped + _texts(bits, 5000, 13, 14):
        for got, plain in ((ll._bare_row(text), ll._BARE_ROW.match(text)), (ll._members_row(text), ll._MEMBERS_ROW.match(text))):
            assert (got is None) == (plain is None) and (got is None or got.span() == plain.span()), text


def test_own_legal_name_reads_as_the_one_pattern_did():
    from aikg.extract.legal_forms import LEGAL_FORM, own_legal_name
    names = ["Pulsar", "Ab Ab", "Kestrel Dynamics", "TARAKIHI", "Vellmark-Systems", "X"]
    bits = names + [n.upper() + " " for n in names] + [" ", ", ", "  ", "\n", "-", "Limited", "LTD", "Inc.", " plc",
                                                       "Group", "s", "ſ", "ı", "Ab ", "Ltd "]
    for text in _texts(bits, 3000, 21, 12):
        for name in names:
            plain = re.search(rf"(?<![\w-]){re.escape(name)},?\s+{LEGAL_FORM}(?![\w-])", text, re.I) is not None
            assert own_legal_name(name, text) == plain, (name, text)
    assert own_legal_name("Ab Ab", "Ab Ab Ab Ltd")   # (overlapping places the name starts: each tried)


def test_framed_names_read_as_the_patterns_with_the_name_did():
    from aikg.extract import focus, salience
    names = ["Oberholz", "Ruiz", "Tan", "Ab", "Vellmark Systems"]
    bits = names + [" ", "\t", "\n", "Mr", "Mrs", "Ms.", "Mx ", "Dr ", "Matthias ", "J.", "K. ", "xMr ", "-", "(", " ( ",
                    ", ", "the ", "Chief ", "CFO", "Director", "Co-founder", "said", "Acme", "ab"]
    rnd = random.Random(29)
    shaped = ["".join(rnd.choice(opts) for opts in (["", "said ", "x", "-", "\n", "Acme "], ["Matthias", "Mr", "Ms.", "dana", "J.", "K"],
                                                   ["", " ", "\t", " K.", "\n"], [" ", "  ", "", "\t"], names, ["", "s", "-x", " "],
                                                   [" (", ", ", ", the ", " ( ", ",", " "], ["CFO", "Chief", "Chiefs", "Director", "cfo"]))
              for _ in range(3000)]
    for text in shaped + _texts(bits, 4000, 23, 16):
        for name in names:
            hon = re.search(rf"\b{focus._HONORIFIC_BEFORE}{re.escape(name)}(?![\w-])", text) is not None
            assert focus._honorific_surname(name, text) == hon, (name, text)
            titled = " " not in name and re.search(rf"(?<![\w-])[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+{re.escape(name)}"
                                                   + salience._TITLED_AFTER, text) is not None
            assert salience.person_surname(name, text, title_after=True) == titled, (name, text)
    assert salience.person_surname("Oberholz", "Matthias Oberholz (CFO) said", title_after=True)
    assert focus._honorific_surname("Tan", "said Ms. Tan.")


def test_own_company_acronym_reads_as_the_pattern_with_the_word_did():
    from aikg.extract import pipeline
    from aikg.extract.legal_forms import LEGAL_FORM
    rnd = random.Random(31)
    words = ["KORVAX", "ANNOUNCEMENT", "KORVAXX", "XKORVAX"]
    shaped = ["".join(rnd.choice(opts) for opts in (["", "-", "x", " ", "\n", "the "], words, ["", " ", "\n ", "  ", "-"],
                                                   ["Limited", "Group", "Holdings", "Holding", "SE", "AG", "Telecom", "Groupe"],
                                                   ["", " ", "-x", "s", "."]))
              for _ in range(3000)]
    for text in shaped:
        for tok in words:
            plain = re.search(rf"(?<![\w-]){re.escape(tok)}\s+(?:{LEGAL_FORM}|Group|Holdings?)(?![\w-])", text) is not None
            assert pipeline._own_company_acronym(tok, text) == plain, (tok, text)
    assert sum(pipeline._own_company_acronym("KORVAX", t) for t in shaped) > 100
