"""A fact or claim that does not give what the question asks against the best stored sentence
(answer_gap, ask._fact_or_sentence); the text path for a company that is not a node (a figure
compared with the same period a year before, "X billion of investment", the company's own
outlook); and the one rule between a claim and a typed fact (candidates.HOLDS_ASKED). Every
sentence and name here is invented."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.ask import Answer
from aikg.candidates import Candidate, best
from aikg.linking import Hit
from aikg.question import read
from aikg.question_frame import frame


def lit(v):
    return ox.Literal(str(v))


def hit(kind, label, start=0, end=1):
    return Hit(f"urn:x:{label.lower().replace(' ', '-')}", kind, label, label.lower(), 100.0, start, end)


def answer(text, rows=(), basis="fact", intent="figures"):
    raw = [{k: lit(v) for k, v in r.items()} for r in rows]
    return Answer("q", "answered", text, raw=raw, basis=basis, intent=intent)


# ------------------------------------------------------------------ the text path's readings
def test_a_figure_compared_with_the_same_period_a_year_before_is_of_the_period_asked():
    from aikg.text_answer import _period_fits
    s = "Attributable profit was EUR 2,118 million, up 3.2% compared with EUR 2,052 million in the same period of 2024."
    assert _period_fits("What was Brellan Bank's attributable profit for the first nine months of 2025?", s)
    assert not _period_fits("What was Brellan Bank's attributable profit for the first nine months of 2023?", s)
    q3 = "Net profit came to S/ 812 million, up 9% from S/ 745 million in 3Q24."
    assert _period_fits("What net profit did Orvane report for the third quarter of 2025?", q3)
    assert not _period_fits("What net profit did Orvane report for the second quarter of 2025?", q3)
    assert not _period_fits("What net profit did Orvane report for the third quarter of 2026?", q3)


def test_a_quarter_and_a_fiscal_year_written_in_one_token():
    from aikg.text_answer import _quarters, _years
    assert _quarters("Net profit in 3Q25 rose.") == {"3"} and "25" in _years("Net profit in 3Q25 rose.")
    assert "25" in _years("FY2025 revenue was INR 4 billion.")


def test_a_value_before_of_its_measure_is_beside_it():
    from aikg.text_answer import _figure_near
    q = "How much does Brellan Bank plan to invest in software under its plan?"
    assert _figure_near(q, "The plan includes EUR 3 billion of investment in software over three years.")
    assert not _figure_near(q, "The plan, approved by 12 directors, puts investment in software first.")


BANK_LETTER = [
    "Brellan Bank published its results for the first nine months of 2025 on 30 October.",
    "Attributable profit was EUR 2,118 million, up 3.2% compared with EUR 2,052 million in the same period of 2024.",
    "Brellan Bank raised its guidance and now expects fee income growth of 6% to 8% in 2025.",
    "Analysts expect fee income growth of about 4% in 2025 at Tollard Bank.",
    "Brellan Bank staff were told the figures on 3 November.",
]


@pytest.fixture(scope="module")
def letter_store():
    kg, prov = "https://aikg.dev/ns#", "http://www.w3.org/ns/prov#"
    st = ox.Store()
    doc = ox.NamedNode("https://aikg.dev/id/doc/brellan_letter")
    for i, text in enumerate(BANK_LETTER):
        e = ox.NamedNode(f"https://aikg.dev/id/evidence/b{i}")
        st.add(ox.Quad(e, ox.NamedNode(kg + "quote"), ox.Literal(text)))
        st.add(ox.Quad(e, ox.NamedNode(prov + "wasDerivedFrom"), doc))
    return st


class _Names:
    """A label index knowing one organisation besides the bank asked about (not a node itself)."""
    def find_in(self, text):
        return [Hit("urn:x:tollard", "Company", "Tollard Bank", "tollard bank")] if "Tollard" in text else []


def _ask(store, q, name="Brellan Bank"):
    from aikg.text_answer import from_text
    got = from_text(store, q, [[name]], firms=(0,), index=_Names())
    return got[0] if got else None


def test_a_company_not_a_node_is_answered_from_its_documents_sentence(letter_store):
    got = _ask(letter_store, "What was Brellan Bank's attributable profit for the first nine months of 2025?")
    assert got and "2,118" in got
    assert _ask(letter_store, "What was Tollard Bank's attributable profit for the first nine months of 2025?", "Tollard Bank") is None


def test_the_companys_own_outlook_answers_a_guidance_question_an_analysts_does_not(letter_store):
    got = _ask(letter_store, "What fee income guidance does Brellan Bank give for 2025?")
    assert got and "6% to 8%" in got
    assert _ask(letter_store, "What fee income guidance does Tollard Bank give for 2025?", "Tollard Bank") is None


# ------------------------------------------------------------------ what a fact does not give
def test_a_fact_that_gives_what_is_asked_has_no_gap():
    from aikg.answer_gap import gap
    a = answer("Harlow Systems operating profit: EUR 48 million, 2024",
               [{"subjectLabel": "Harlow Systems", "valueText": "EUR 48 million", "periodLabel": "2024",
                 "periodStart": "2024-01-01", "periodEnd": "2024-12-31"}])
    assert gap("What was Harlow Systems' operating profit in 2024?", a, "amount", ["harlow systems"], {"operat", "profit"}) == ""


def test_what_a_fact_does_not_give():
    from aikg.answer_gap import gap
    names = ["harlow systems"]
    row = {"subjectLabel": "Harlow Systems", "valueText": "EUR 48 million", "periodStart": "2024-01-01", "periodEnd": "2024-12-31"}
    one = answer("Harlow Systems operating profit: EUR 48 million, 2024", [row])
    assert gap("What was Harlow Systems' operating profit in 2024, and what was it a year earlier?", one, "amount", names,
               {"operat", "profit", "earlier"}) == "base"
    assert gap("What was Harlow Systems' operating profit in 2023?", one, "amount", names, {"operat", "profit"}) == "period"
    other = answer("Tollard Bank operating profit: EUR 48 million, 2024", [dict(row, subjectLabel="Tollard Bank")])
    assert gap("What was Harlow Systems' operating profit in 2024?", other, "amount", names, {"operat", "profit"}) == "subject"
    change = answer("Harlow Systems operating profit: +12%, 2024", [dict(row, valueText="", change="12", changeText="+12%")])
    change.raw[0].pop("valueText")
    assert gap("What was Harlow Systems' operating profit in 2024?", change, "amount", names, {"operat", "profit"}) == "amount"
    part = answer("Harlow Systems capital expenditure: EUR 48 million, 2024", [row])
    assert gap("What was Harlow Systems' capital expenditure in 2024 and its capital intensity?", part, "amount", names,
               {"capital", "expenditur", "intensity"}) == "part"
    told = answer("Harlow Systems revenue: EUR 48 million, 2024 — Not stated in the documents: From what level.", [row])
    assert gap("How much did Harlow Systems' revenue grow in 2024, and from what level?", told, "change", names, {"revenu", "grow", "level"}) == "part"


def test_a_change_stated_answers_how_much_it_changed():
    from aikg.answer_gap import gap
    a = answer("Harlow Systems gross margin: +2.1 pp, 2024; Harlow Systems gross margin: 61.4%, 2024",
               [{"subjectLabel": "Harlow Systems", "valueText": "61.4%", "periodStart": "2024-01-01", "periodEnd": "2024-12-31"}])
    assert gap("What was Harlow Systems' gross margin in 2024 and how much did it change?", a, "percent",
               ["harlow systems"], {"gross", "margin", "chang"}) == ""


def test_the_sentence_answers_only_when_it_gives_what_the_fact_lacks():
    from aikg.answer_gap import sentence_better
    one = answer("Harlow Systems operating profit: EUR 48 million, 2024")
    q = "What was Harlow Systems' operating profit in 2024, and what was it a year earlier?"
    assert sentence_better(q, one, "base", "Operating profit rose to EUR 48 million from EUR 31 million.", set(), set())
    assert not sentence_better(q, one, "base", "Operating profit rose to EUR 48 million.", set(), set())
    assert not sentence_better(q, one, "base", "Sales were EUR 300 million from EUR 280 million.", set(), set())
    part = answer("Harlow Systems capital expenditure: EUR 48 million, 2024")
    q2 = "What was Harlow Systems' capital expenditure in 2024 and its capital intensity?"
    c = {"capital", "expenditur", "intensity"}
    assert sentence_better(q2, part, "part", "Capital expenditure was EUR 48 million, a capital intensity of 9%.", c, c)
    assert not sentence_better(q2, part, "part", "Capital expenditure was EUR 48 million.", {"capital", "expenditur"}, c)


# ------------------------------------------------------------------ one rule: claim or typed fact
def holds(f, c):
    from aikg.candidates import holds as _holds
    return _holds(f, c)


def _cands(q, hits, fact_row, claim_row):
    f = frame(read(q, hits))
    fact = Candidate(answer("fact", [fact_row]), "fact", "figures", first=True)
    claim = Candidate(answer("claim", [claim_row], basis="claim", intent="claims"), "claim", "claims")
    return f, fact, claim


def test_a_units_typed_fact_whose_row_holds_its_value_wins_over_its_companys_claim():
    q = "How much revenue did Orvane Telecom's Overseas segment generate in H1 2025?"
    hits = [hit("Company", "Orvane Telecom", 0, 2), hit("Segment", "Overseas", 2, 3)]
    fact_row = {"subject": "urn:x:overseas", "subjectLabel": "Overseas", "measure": "revenue", "value": "4120000000",
                "valueText": "MAD 4,120 million", "periodStart": "2025-01-01", "periodEnd": "2025-06-30",
                "quote": "| Overseas (four subsidiaries) | 4,120 | +3.0% |"}
    claim_row = {"subject": "urn:x:orvane-telecom", "subjectLabel": "Orvane Telecom", "measure": "revenue", "role": "amount",
                 "predicate": "report", "valueText": "XOF 88 billion", "value": "88000000000", "via": "subject",
                 "periodLabel": "H1 2025", "periodStart": "2025-01-01", "periodEnd": "2025-06-30",
                 "quote": "In the Overseas segment, its Dakar arm alone generated XOF 88 billion of revenue in the half, Orvane Telecom said."}
    f, fact, claim = _cands(q, hits, fact_row, claim_row)
    assert holds(f, fact) and not holds(f, claim)
    assert best(f, [fact, claim]) is fact


def test_a_claim_whose_sentence_holds_the_value_asked_wins_over_a_fact_of_another_period():
    q = "What EBITDA did Orvane Global report in 2024?"
    hits = [hit("Company", "Orvane Global", 3, 5)]
    fact_row = {"subject": "urn:x:orvane-global", "subjectLabel": "Orvane Global", "measure": "ebitda", "value": "97000000",
                "valueText": "EUR 97 million", "periodStart": "2023-01-01", "periodEnd": "2023-12-31", "periodLabel": "2023",
                "quote": "Orvane Global's EBITDA was EUR 97 million in 2023."}
    claim_row = {"subject": "urn:x:orvane-global", "subjectLabel": "Orvane Global", "measure": "ebitda", "role": "amount",
                 "predicate": "report", "valueText": "EUR 129 million", "value": "129000000", "via": "subject",
                 "periodLabel": "2024", "periodStart": "2024-01-01", "periodEnd": "2024-12-31",
                 "quote": "In 2024 Orvane Global added EUR 129 million of EBITDA."}
    f, fact, claim = _cands(q, hits, fact_row, claim_row)
    assert holds(f, claim) and not holds(f, fact)
    assert best(f, [fact, claim]) is claim
    # both hold: the typed fact
    fact2 = Candidate(answer("fact", [dict(claim_row, predicate="")]), "fact", "figures", first=True)
    assert holds(f, fact2) and best(f, [fact2, claim]) is fact2


# ------------------------------------------------------------------ end to end
HARLOW = """Harlow Systems posts a record year on shipyard orders

OSLO, 3 March 2025 - Harlow Systems, the Norwegian maker of ship sensors, said its operating profit for 2024 rose to NOK 480 million from NOK 310 million a year earlier, as orders from shipyards in Korea grew.

Revenue for 2024 was NOK 2.9 billion, the company said. Chief executive Ingrid Solberg said the company would open a second plant in Bergen in 2026.

Harlow Systems employs 1,400 people.
"""


@pytest.fixture(scope="module")
def harlow(tmp_path_factory):
    from conftest import articles_kg
    return articles_kg(tmp_path_factory, {"harlow_results.txt": HARLOW})


def test_the_earlier_value_asked_comes_from_the_sentence_when_the_fact_gives_one_value(harlow):
    from aikg.ask import answer
    a = answer(harlow, "What was Harlow Systems' operating profit in 2024, and what was it a year earlier?")
    assert a.status == "answered" and a.basis == "text", a.answer
    assert "310 million" in a.answer and "480 million" in a.answer and "earlier value" in a.answer
    full = answer(harlow, "What was Harlow Systems' operating profit in 2024?")
    assert full.basis == "fact" and "480 million" in full.answer   # the fact gives what is asked: it answers


def test_the_text_paths_measure_words_are_the_registrys():
    from aikg.text_answer import FIGURE_ASKED, MEASURE, _figure_near
    q = "What was Kestrel Mobile's ARPU in Q2 2025?"
    assert MEASURE.search(q) and FIGURE_ASKED.search(q)
    assert _figure_near(q, "Average revenue per user rose to Rs 190 in the quarter.")
    assert not _figure_near(q, "Kestrel Mobile had 12 million users at the end of June.")


def test_a_margins_earlier_level_is_a_percentage():
    # a level in percent asked with its earlier level: the sentence gives both percentages
    from aikg.answer_gap import gap, sentence_better
    one = answer("Harlow Systems operating margin: 17.4%, 2024")
    q = "What was Harlow Systems' operating margin in 2024, and what was it a year earlier?"
    assert gap(q, one, "percent", ["harlow systems"], {"operating", "margin", "earlier"}) == "base"
    assert sentence_better(q, one, "base", "Operating profit rose to EUR 48 million, a margin of 17.4%, up from 15.9% a year earlier.", set(), set())
    assert not sentence_better(q, one, "base", "Operating profit rose to EUR 48 million, a margin of 17.4%.", set(), set())
    both = answer("Harlow Systems operating margin: 17.4% (2023: 15.9%), 2024")
    assert not sentence_better(q, both, "base", "A margin of 17.4%, up from 15.9% a year earlier.", set(), set())


def test_a_name_asked_in_its_domain_form_leaves_no_content_word():
    from aikg.text_answer import _content
    assert "cz" not in _content("What was Harlow.cz's operating margin in 2024?", ["harlow"])
    assert _content("What was Harlow.cz's operating margin in 2024?", ["harlow"]) == _content("What was Harlow's operating margin in 2024?", ["harlow"])
