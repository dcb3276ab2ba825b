"""Relation phrasings of extract/relation_rules.py, on invented text: unit rows under a unit
heading, things placed in a unit ("its results are reported within Y", "A and the B vehicle are
reported within Other"), what a tool runs on, a partner that is no unit, a quoted launch name, and
the role phrasings "X is currently the CEO of Y" / "; Berg will become Executive Vice Chairman", the
partner of a named event and the usage of the product just launched ("users tried it")."""
from __future__ import annotations

import pytest

from aikg import records as r
from aikg.extract import role_rules
from aikg.extract.pipeline import extract_text

ARTICLE = """NORBANK GROUP SECOND QUARTER 2026 UPDATE

Highlights of the quarter ended 30 June 2026.

"Lending grew in every market," said Kari Berg, Chief Executive Officer of Norbank Group.

Contribution by line of business (net profit, 2Q26, millions)

  Retail Banking (Norbank Direct, Norbank Baltics) ........ 812
  Wealth & Insurance (Fjord Life, Polar Pensions) .......... 140
  Other / eliminations ..................................... 31

Note: Tally, the payments app, is run by Norbank Direct and its results are reported within Retail Banking. Sildra (Latvia) and the Vento lending vehicle are reported within Other.

Norbank widened its collaboration with Google Cloud this year; the bank's internal fraud checker and call summaries run on Gemini 2.0 Flash through a managed service.

Tally launched "Tally Plus", an assistant that splits bills. The bank said 2 million users tried it within a month.

Norbank is also a global partner of Nvidia and Microsoft, and it signed a deal as the official timing partner of the Nordic Ski Cup.

The board said Ola Dahl will succeed Kari Berg as Chief Executive Officer of Norbank Group on 1 March 2027; Berg will become Executive Vice Chairman. Dahl is currently the CEO of Norbank Direct.
"""


@pytest.fixture(scope="module")
def ex():
    return extract_text(ARTICLE, "norbank", "norbank.txt")


def _facts(ex, cls):
    return [f for f in ex.facts if isinstance(f, cls)]


def test_every_rule_reads_its_examples():
    from aikg.extract import relation_rules
    for rule in relation_rules.RULES:
        assert len(rule.provenance) >= 2, rule.name
        for e in rule.examples:
            assert rule.gated(e.lower()) or rule.gated(e), (rule.name, e)
            assert rule.pattern.search(e), (rule.name, e)


def test_unit_rows_name_units_and_their_members(ex):
    units = {(f.segment.label, f.company.label) for f in _facts(ex, r.SegmentOf)}
    assert ("Retail Banking", "Norbank Group") in units or ("Retail Banking", "Norbank") in units
    members = {(f.item.label, f.segment.label) for f in _facts(ex, r.InSegment)}
    assert {("Norbank Baltics", "Retail Banking"), ("Fjord Life", "Wealth & Insurance"),
            ("Polar Pensions", "Wealth & Insurance")} <= members


def test_things_placed_within_a_unit(ex):
    members = {(f.item.label, f.segment.label) for f in _facts(ex, r.InSegment)}
    assert ("Tally", "Retail Banking") in members           # "its results are reported within"
    assert ("Sildra", "Other") in members                    # "A and the B vehicle are reported within Other"
    assert any(s == "Other" and "Vento" in i for i, s in members)


def test_partner_is_no_unit(ex):
    assert not any(f.segment.label == "Google Cloud" for f in _facts(ex, r.SegmentOf))


def test_tools_run_on_a_model(ex):
    powered = {(f.model.label, f.application.label) for f in _facts(ex, r.Powers)}
    assert ("Gemini 2.0 Flash", "fraud checker") in powered
    assert ("Gemini 2.0 Flash", "call summaries") in powered


def test_quoted_launch_name(ex):
    targets = [x.target.label for c in ex.claims for x in c.relations if x.kind == "launch"]
    assert "Tally Plus" in targets


def test_usage_of_the_product_just_launched(ex):
    usage = [x.target.label for c in ex.claims for x in c.relations if x.kind == "usage"]
    assert "Tally Plus" in usage


def test_partner_of_known_organisations(ex):
    partners = [x.target.label for c in ex.claims for x in c.relations if x.kind == "partnership"]
    assert "Nvidia" in partners and "Microsoft" in partners
    assert not any("Nordic" in p for p in partners)   # a name nothing recognises stays in the claim


def test_role_phrasings():
    becomes = role_rules.read("Ola Dahl will succeed Kari Berg as CEO on 1 March 2027; Berg will become Executive Vice Chairman.")
    assert any(x.holder == "Berg" and x.title == "Executive Vice Chairman" and x.status == "incoming" for x in becomes)
    current = role_rules.read("Dahl is currently the CEO of Norbank Direct; its next CEO will be named in May.")
    assert any(x.holder == "Dahl" and x.title == "CEO" and x.status == "current" and x.org_at is not None for x in current)
    assert not role_rules.read("Growth is head and shoulders above the rest.")


def test_roles_in_the_article(ex):
    roles = {(f.person.label, f.role, f.status) for f in _facts(ex, r.Role)}
    assert ("Kari Berg", "executive vice chairman", "incoming") in roles
    assert ("Ola Dahl", "CEO", "current") in roles


RIVALS = """Orvane Cloud merges with Pellstone

Orvane Cloud said on Tuesday it would merge with Pellstone, a reseller of software licences.
The merged group would compete with Corvane, Brightwell Data and Harrow IT, and with the cloud providers themselves.
"""


def test_rivals_listed_after_a_competition_cue_are_rivals_even_when_unknown():
    from aikg import records as r
    ex = extract_text(RIVALS, "orvane", "orvane.txt")
    got = {f.competitor.label for f in _facts(ex, r.Competition)}
    assert {"Corvane", "Brightwell Data", "Harrow IT"} <= got, got
    labels = {e.label for e in ex.entities} if hasattr(ex, "entities") else set()
    assert not labels or {"Corvane", "Brightwell Data", "Harrow IT"} <= labels, labels


def test_a_competition_cue_before_a_lower_case_phrase_names_no_rival():
    from aikg import records as r
    ex = extract_text(RIVALS.replace("Corvane, Brightwell Data and Harrow IT", "larger resellers and Harrow IT's partners"), "orvane", "orvane.txt")
    got = {f.competitor.label for f in _facts(ex, r.Competition)}
    assert not ({"Corvane", "Brightwell Data"} & got), got


@pytest.mark.parametrize("sentence, target", [
    # rule acquired-described-target: the describing words end in a firm noun, the name follows it
    ("Orvane has agreed to buy the Danish payroll software maker Kvist Lon for 90 million kronor.", "Kvist Lon"),
    ("Orvane agreed to buy Brazilian data-labelling firm The Quiet Signal for A$40 million.", "The Quiet Signal"),
    # a one-word name before a preposition is the name, not an adjective ("German engineering firm")
    ("Orvane agreed to acquire Quorrix for $12 million.", "Quorrix"),
])
def test_an_acquisition_keeps_its_target(sentence, target):
    ex = extract_text("Orvane Holdings reported its quarter.\n\n" + sentence, "acq", "acq.txt")
    bought = [f for f in _facts(ex, r.Investment) if f.amounts]
    assert bought and bought[0].target_entity is not None and bought[0].target_entity.label == target
