"""A figure's measure in prose (issue 32m, prose_measures.py): a money value attached to a funding
round, a valuation or a debt instrument, and a spelled-out count after a verb of winning, get that
measure on their claim and, when the sentence names the subject as the one acting, a typed
Observation. Articles in our own words, in shapes the probe sets do not have (a forum post, a
bond notice, a newsletter item, a wire brief)."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.prose_measures import RULES, SPELLED_COUNT_OBJECT, measure_at, spelled_counts


def _ex(text: str, name: str = "t.txt"):
    return extract_bytes(text.encode(), name)


def _obs(ex, measure: str) -> list:
    return [f for f in ex.facts if f.kind == "observation" and f.measure == measure]


def _claim_measures(ex) -> set:
    return {(v.text, v.measure) for c in ex.claims for v in c.values}


def test_every_rule_has_two_sources_and_examples():
    for rule in RULES:
        assert len(rule.provenance) >= 2 and rule.examples, rule.name
    assert len(SPELLED_COUNT_OBJECT.provenance) >= 2


def test_each_rule_reads_its_invented_examples():
    for rule in RULES:
        for ex in rule.examples:
            import re
            got = [measure_at(ex, m.start(), m.end(), "money")
                   for m in re.finditer(r"(?:[$€£]|MXN\s)\d[\d.,]*(?:\s(?:million|billion))?", ex)]
            assert any(g is not None and g.rule.name == rule.name for g in got), (rule.name, ex, got)


def test_round_and_valuation_of_a_startup_in_a_wire_brief():
    ex = _ex("Quillby raises €42 million\n\nLisbon, 3 March 2026\n\n"
             "Quillby, a maker of warehouse robots for grocers, said it raised €42 million in February 2026 in a round led by "
             "Harbour Pension, valuing the company at €300 million.\n\nQuillby sells to grocers in Iberia.\n")
    rnd = _obs(ex, "funding round")
    assert [(o.subject.label, o.value, o.unit) for o in rnd] == [("Quillby", Decimal("42000000"), "EUR")]
    assert rnd[0].period is not None and rnd[0].period.label == "February 2026"
    val = _obs(ex, "valuation")
    assert [(o.subject.label, o.value) for o in val] == [("Quillby", Decimal("300000000"))]
    assert ("€42 million", "funding round") in _claim_measures(ex)


def test_series_round_in_a_founders_forum_post():
    ex = _ex("Ask us anything: Brenvale Compute\n\n"
             "Brenvale Compute runs GPU clusters in Norway.\n\n"
             "> Founder here. Brenvale Compute closed a **$25 million Series B** in April 2026, led by a Danish fund.\n", "t.md")
    rnd = _obs(ex, "series b funding round")
    assert [(o.subject.label, o.value, o.unit) for o in rnd] == [("Brenvale Compute", Decimal("25000000"), "USD")]


def test_a_round_is_no_recurring_revenue():
    ex = _ex("Vellumio update\n\nVellumio had roughly 30 million dollars of annual recurring revenue and had raised "
             "60 million dollars in a funding round in 2024.\n")
    assert [o.value for o in _obs(ex, "funding round")] == [Decimal("60000000")]
    assert not any(f.kind == "observation" and f.value == Decimal("60000000") and f.measure != "funding round" for f in ex.facts)


def test_debt_instrument_in_a_bond_notice_is_undated():
    ex = _ex("Dornet Telecom prices new notes\n\n"
             "Dornet Telecom said it will use the proceeds to redeem its outstanding $400 million 6.25% senior notes due 2029.\n")
    notes = _obs(ex, "senior notes")
    assert [(o.subject.label, o.value, o.unit) for o in notes] == [("Dornet Telecom", Decimal("400000000"), "USD")]
    assert notes[0].period is None   # "due 2029" is the maturity, no period of the figure


def test_a_deal_valuing_its_target_is_no_valuation_of_the_buyer():
    ex = _ex("Halvard Group to buy Pellow\n\nHalvard Group agreed to buy Pellow Systems in a cash deal valuing the company "
             "at $2 billion.\n")
    assert not _obs(ex, "valuation")


def test_another_actor_named_before_the_figure_keeps_it_off_the_subject():
    ex = _ex("Dornet Telecom results\n\nDornet Telecom said demand was strong, and that its rival's parent Brightwave Pacifica "
             "recently sold a $500 million green bond.\n")
    assert not [o for o in _obs(ex, "green bond") if o.subject.label == "Dornet Telecom"]
    assert ("$500 million", "green bond") in _claim_measures(ex)   # the claim keeps the measure


def test_spelled_out_count_after_a_verb_of_winning():
    ex = _ex("Marrow Systems third quarter\n\nIn the third quarter of 2026 Marrow Systems signed four new hyperscale leases, "
             "its best quarter so far.\n")
    got = _obs(ex, "new hyperscale leases signed")
    assert [(o.subject.label, o.value, o.unit) for o in got] == [("Marrow Systems", Decimal("4"), "count")]


def test_spelled_numbers_that_count_no_thing():
    assert spelled_counts("The fund won two years ago and added three times more.", 0, 54) == []
    assert [s.measure for s in spelled_counts("It added two Baltic banks.", 0, 26)] == ["baltic banks added"]


def test_a_count_compared_with_an_earlier_quarter_keeps_the_quarter_reported_on():
    ex = _ex("Marrow Systems reports second quarter 2026 results\n\nJuly 30, 2026\n\n"
             "Marrow Systems reported revenue of $80 million for the second quarter of 2026, up 12%.\n\n"
             "The company signed five new colocation contracts in the quarter, against eight in Q1.\n")
    got = _obs(ex, "new colocation contracts signed")
    assert [(o.value, o.period.label if o.period else None) for o in got] == [(Decimal("5"), "Q2 2026")]


def test_a_pronoun_after_a_customers_name_is_the_one_acting():
    ex = _ex("Halden Racks third quarter 2026\n\nHalden Racks reported revenue of $90 million for the third quarter of 2026.\n\n"
             "Orders from Oracle stayed strong this quarter, and we won three new cooling contracts with Dell.\n")
    assert not [f for f in ex.facts if getattr(f, "subject", None) is not None and f.subject.label == "Oracle"
                and f.kind == "observation"]
