"""Agreements as typed deals (extract/agreements.py) and the questions about them (deal_lane.py),
on documents written for these tests: a data-centre lease in an 8-K, a loan facility, a joint
venture with its stakes, an awarded contract, a partnership with its purpose, a divestiture and a
buyback; and sentences that open no agreement."""
from __future__ import annotations

import pytest

import pyoxigraph as ox

from aikg import deal_lane
from aikg.extract import agreements as ag
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text

LEASE_8K = """FORM 8-K

ORVANE DIGITAL INFRASTRUCTURE, INC.

Item 1.01 Entry into a Material Definitive Agreement.

On March 3, 2027, Harrowgate Campus LLC, a wholly owned subsidiary of Orvane Digital Infrastructure, Inc. (the "Company"), entered into a Data Center Lease Agreement (the "Lease") with Quillon Compute Corp. ("Quillon"), under which Quillon will lease 180 megawatts of critical IT capacity at the Company's Harrowgate campus. The Lease has an initial term of twelve years, with two renewal options of five years each.

Aggregate base rent over the initial term is expected to be approximately $4.1 billion.

Item 2.03 Creation of a Direct Financial Obligation.

On March 5, 2027, the Company entered into a senior secured term loan facility of up to $1.4 billion with a group of lenders.

Item 7.01 Regulation FD Disclosure.

Separately, Brisk Hosting Ltd. signed a $300 million, five-year contract with Tessaly Labs.
"""

JV_AND_PARTNERSHIP = """Pellmark Foods forms Thai venture, teams up with Norvane Freight

Bangkok, 2 February 2027 - Pellmark Foods said on Tuesday it formed a joint venture with Kittara Group to build a 40-megawatt food-processing park in Rayong. Pellmark will hold 55 percent and Kittara Group 45 percent of the joint-venture company.

Pellmark also signed a partnership with Norvane Freight to run a shared refrigerated trucking fleet in Vietnam, the company said.
"""

AWARD_SALE_BUYBACK = """Tessaly Systems ASA: contract award, divestment and buyback

Tessaly Systems ASA ("Tessaly" or "the Company") was awarded a contract by the Norwegian Public Roads Administration for tunnel monitoring. The contract has a four-year term, and the total contract value would be up to NOK 240 million including options.

The Company has entered into an agreement to sell its Harbour Sonar unit to Brightwell Capital Partners for NOK 610 million. Completion of the transaction is expected in the second quarter of 2027.

The Board has resolved to launch a share buyback programme of up to NOK 150 million. The programme will start on 1 April 2027 and run until 31 December 2027 at the latest.
"""


def _agreements(text: str) -> list:
    ex = extract_text(text, "t-doc", "t-doc.txt")
    return [c for c in ex.claims if c.predicate == "agreement-terms"]


def _terms(claims) -> dict:
    out: dict = {}
    for c in claims:
        rel = c.relations[0]
        for x in c.values:
            out.setdefault((rel.detail, x.measure), []).append(x.text)
    return out


@pytest.mark.parametrize("t", ag.TERMS, ids=lambda t: t.name)
def test_each_term_reads_its_examples(t):
    """Every term record reads the value of each of its invented examples (as an opening sentence
    of an agreement of the first kind it is read for)."""
    for sentence, value in t.examples:
        moneys = v.find_money(sentence) if t.value == "money" else []
        kind = t.kinds[0] if t.kinds else "contract"
        got = [x for term, _n, x, _h in ag.read_terms(sentence, moneys, kind, True) if term == t.name]
        texts = [getattr(x, "text", x) for x in got]
        assert value in texts, (t.name, sentence, texts)
        assert len(t.seen_in) >= 2, t.name


def test_lease_parties_and_terms():
    got = _agreements(LEASE_8K)
    lease = [c for c in got if c.relations[0].detail == "lease"]
    assert lease, got
    rel = lease[0].relations[0]
    assert rel.agent.label.startswith("Orvane")            # the landlord: the registrant, not its site's LLC
    assert rel.target.label.startswith("Quillon")          # the counterparty "with Quillon Compute Corp."
    assert rel.measure == "tenant"                         # "under which Quillon will lease …"
    terms = _terms(got)
    assert terms[("lease", "capacity")] == ["180 megawatts"]
    assert terms[("lease", "term")] == ["twelve years"]
    assert "approximately $4.1 billion" in terms[("lease", "value")]
    assert terms[("loan", "loan amount")] == ["up to $1.4 billion"]


def test_another_companys_contract_is_its_own():
    """A contract another company signed ("Separately, Brisk Hosting Ltd. signed …") is Brisk's, not
    a term of the lease or the loan before it."""
    got = _agreements(LEASE_8K)
    contract = [c for c in got if c.relations[0].detail == "contract"]
    assert all(not c.subject.label.startswith("Orvane") for c in contract)
    assert all("$300 million" not in x.text for c in got if c.relations[0].detail != "contract" for x in c.values)


def test_joint_venture_stakes_and_partnership_purpose():
    got = _agreements(JV_AND_PARTNERSHIP)
    terms = _terms(got)
    jv = [c for c in got if c.relations[0].detail == "joint venture"]
    assert jv and jv[0].relations[0].target.label.startswith("Kittara") and jv[0].relations[0].measure == "partner"
    stakes = [(x.basis, x.text) for c in jv for x in c.values if x.measure == "stake"]
    assert ("Pellmark", "55 percent") in stakes and ("Kittara Group", "45 percent") in stakes
    assert terms[("joint venture", "capacity")] == ["40-megawatt"]
    assert terms[("partnership", "purpose")] == ["to run a shared refrigerated trucking fleet in Vietnam"]


def test_award_sale_and_buyback():
    got = _agreements(AWARD_SALE_BUYBACK)
    terms = _terms(got)
    award = [c for c in got if c.relations[0].detail == "contract"]
    assert award and award[0].subject.label.startswith("Tessaly")
    assert award[0].relations[0].measure == "awarder"
    assert "Norwegian Public Roads Administration" in terms[("contract", "counterparty")]
    assert terms[("contract", "value")] == ["up to NOK 240 million"]
    assert terms[("sale", "counterparty")][0].startswith("Brightwell")
    assert terms[("sale", "value")] == ["NOK 610 million"]
    assert terms[("sale", "expected close")] == ["in the second quarter of 2027"]
    assert terms[("buyback", "value")] == ["up to NOK 150 million"]
    assert terms[("buyback", "start")] == ["1 April 2027"]
    assert terms[("buyback", "end")] == ["31 December 2027"]


@pytest.mark.parametrize("text", [
    "Orvane signed up 40 new customers in the quarter, and its revenue rose 12% to $300 million.",
    "The company's data centre has 30 MW of capacity, and it leases space to banks.",
    "Quillon won the award for best employer in 2026.",
    # an amount "each" is a class's threshold, no agreement's value (merge of issue41d: probe2's Infosys)
    "Large deal wins, contracts worth more than $40 million each, totalled $2.6 billion in total contract value in the quarter.",
])
def test_no_agreement(text):
    assert _agreements(f"Orvane Systems update\n\n{text}\n") == []


@pytest.mark.parametrize("question,names", [
    ("Who is the tenant in Orvane's Harrowgate lease?", {"counterparty"}),
    ("HARROWGATE lease: how many MW and for how long?", {"term", "capacity"}),
    ("What is the aggregate base rent over the initial term of the Harrowgate lease?", {"term", "value"}),
    ("What are the terms of the Harrowgate construction loan?", {"financing"}),
    ("What stake will Pellmark hold in the Rayong JV?", {"stake"}),
    ("Who is Pellmark's partner for the trucking fleet and what is the partnership for?", {"counterparty", "purpose"}),
    ("How large is Tessaly's share buyback programme and how long does it run?", {"value", "capacity", "term"}),
    ("Who is buying Tessaly's Harbour Sonar unit?", {"counterparty"}),
])
def test_agreement_terms_asked(question, names):
    assert {a.name for a in deal_lane.asked(question)} == names


def test_no_agreement_asked():
    assert deal_lane.asked("What was Orvane's revenue growth in 2026?") == ()
    assert deal_lane.asked("Who is Orvane's chief executive?") == ()


def _rows(*dicts) -> list[dict]:
    return [{k: ox.Literal(x) for k, x in d.items()} for d in dicts]


def test_kind_asked_picks_its_rows():
    rows = _rows({"targetLabel": "Tessaly", "kind": "sale", "term": "value", "valueText": "NOK 610 million"},
            {"targetLabel": "Tessaly", "kind": "buyback", "term": "value", "valueText": "up to NOK 150 million"},
            {"targetLabel": "Tessaly", "kind": "buyback", "term": "end", "valueText": "31 December 2027"})
    got = deal_lane.pick("How large is Tessaly's share buyback programme and how long does it run?", rows)
    assert sorted(r["valueText"].value for r in got) == ["31 December 2027", "up to NOK 150 million"]


def test_a_place_no_agreement_names_is_another_agreement():
    rows = _rows({"targetLabel": "Orvane", "kind": "lease", "term": "value", "valueText": "$4.1 billion",
                  "quote": "Aggregate base rent over the initial term is expected to be approximately $4.1 billion."})
    context = rows + _rows({"targetLabel": "Orvane", "kind": "lease", "term": "counterparty", "valueText": "Quillon",
                            "quote": "… a Data Center Lease Agreement with Quillon … at the Company's Harrowgate campus."})
    assert not deal_lane.unnamed_party(["Harrowgate"], rows, context)
    assert deal_lane.unnamed_party(["Dunmore Springs"], rows, context)


def test_another_kind_of_agreement_does_not_answer():
    """A partner asked of a company whose only agreement is a lease: no agreement row answers."""
    rows = _rows({"targetLabel": "Orvane", "kind": "lease", "term": "counterparty", "valueText": "Quillon"})
    assert deal_lane.pick("Who is Orvane's partner?", rows) == []
