"""Relations between two named organisations read from clause structure and the verb-class
lexicon (extract/clause_relations.py, extract/verb_classes.py). Invented article and names."""
from __future__ import annotations

import re

import pytest

from aikg.extract.pipeline import extract_text
from aikg.extract.verb_classes import CLASSES

ARTICLE = """Orvane Data Ltd widens its cloud business

OSLO, 3 March 2026 - Orvane Data Ltd, the Norwegian storage group, said on Tuesday that quarterly revenue rose 8% to NOK 2.1 billion.

In July Orvane Data agreed to sell a 60% stake in Tessaly Cloud AS to Harrow Partners in a deal valuing the business at an enterprise value of NOK 7 billion.

Skarn Data, a firm jointly owned by Orvane Data and Pellmark Energy ASA, runs the site.

Revenue also benefited from Quillon Software, which Orvane Data bought for about NOK 900 million in 2024.

Brightwell Systems Inc. is majority owned by Orvane Data.

In May the company signed a NOK 4 billion loan with four banks to fund Helix-2.

Orvane Data also supplies cooling units to Pellmark Energy.

Pellmark Energy does not buy Orvane Data hardware.
"""


@pytest.fixture(scope="module")
def rec():
    return extract_text(ARTICLE, "d1", "d1.txt")


def _deals(rec):
    return [(c, x) for c in rec.claims for x in c.relations if x.kind == "stake_deal"]


def test_sold_stake_gains_its_buyer_and_enterprise_value(rec):
    deals = [(c, x) for c, x in _deals(rec) if x.target.label.startswith("Tessaly Cloud")]
    assert deals
    c, x = deals[0]
    assert x.detail == "sell" and x.agent.label == "Harrow Partners"
    assert c.subject.label == "Orvane Data"
    assert any(v.measure == "enterprise value" and v.text == "NOK 7 billion" for v in c.values)


def test_company_bought_in_a_relative_clause(rec):
    # a whole company bought: a claim "acquire" with the company as its object (no stake stated: no
    # stake deal), its price kept
    bought = [c for c in rec.claims if c.predicate == "acquire" and [o.label for o in c.others] == ["Quillon Software"]]
    assert bought and bought[0].subject.label == "Orvane Data"
    assert any(v.measure == "price" and v.text == "about NOK 900 million" for v in bought[0].values)
    assert not [x for c, x in _deals(rec) if x.target.label == "Quillon Software"]


def test_passive_owners_coordinated(rec):
    held = {(f.holder.label, f.company.label) for f in rec.facts if f.kind == "stake_held"}
    assert ("Orvane Data", "Skarn Data") in held
    assert any(h.startswith("Pellmark Energy") and c == "Skarn Data" for h, c in held)
    assert ("Orvane Data", "Brightwell Systems") in held


def test_loan_that_funds_a_project_is_a_claim(rec):
    fin = [c for c in rec.claims if c.predicate == "finance"]
    assert fin and fin[0].subject.label == "Orvane Data"
    assert [o.label for o in fin[0].others] == ["Helix-2"]
    assert any(v.text == "NOK 4 billion" for v in fin[0].values)


def test_supplier_and_customer_claim(rec):
    sup = [c for c in rec.claims if c.predicate == "supply"]
    assert sup and sup[0].subject.label == "Orvane Data"
    assert [o.label for o in sup[0].others] == ["Pellmark Energy"]


def test_negated_purchase_states_no_deal(rec):
    assert any(x.agent is not None for c, x in _deals(rec))   # (buyers are read from this article: see above)
    assert not [x for c, x in _deals(rec) if c.subject.label.startswith("Pellmark")]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.name)
def test_every_example_has_its_trigger(cls):
    for sentence, agent, patient in cls.examples:
        low = sentence.lower()
        assert any(g in low for g in cls.gate), sentence
        hits = [rx for rx in (cls.active, cls.passive) if rx and re.search(rf"(?<![\w-])(?:{rx})(?![\w-])", sentence, re.I)]
        assert hits, sentence
        assert len(cls.provenance) >= 2


ASSET_ARTICLE = """Brightwell Energy Ltd starts building solar cluster for Orvane Data

PHOENIX, 4 May 2026 - Brightwell Energy Ltd, the US renewable-energy developer, said on Monday it had started building the first phase of its Kestrel Ridge cluster in Nevada. The 90 MW solar plant near Tonopah will supply electricity to Orvane Data, the data-centre operator, under a 15-year power purchase agreement.
"""


def test_the_plant_is_the_asset_named_last():
    rec = extract_text(ASSET_ARTICLE, "d2", "d2.txt")
    sup = [c for c in rec.claims if c.predicate == "supply"]
    assert sup and sup[0].subject.label == "Kestrel Ridge"
    assert [o.label for o in sup[0].others] == ["Orvane Data"]


def test_a_supply_question_with_its_recipient_asks_the_supply_claims():
    from aikg.question import read as read_question
    assert read_question("Which company will supply electricity to Orvane Data, and from which plant?", []).predicate == "supply"
    # no recipient named: not the supplier-to-customer relation (the claims of every kind answer)
    assert read_question("Which vendors are supplying Orvane's radio equipment?", []).predicate != "supply"
