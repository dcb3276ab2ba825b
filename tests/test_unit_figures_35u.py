"""Figures of units and programmes (issue35u): division list lines whose label carries a description
with its own dashes, figures in bold, "product groups" / "by group" captions, a division name a
discovery reader takes for a company; a programme budget's amount-first lines and an amount
"earmarked for" a target. Invented articles in our own words and spellings; each test fails without
its rule."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import investment_roles as ir
from aikg.extract import list_lines
from aikg.extract.pipeline import extract_text


def _facts(text: str, kind: str):
    return [f for f in extract_text(text, "t", "t.txt").facts if f.kind == kind]


# 1. A results release: divisions with bracketed descriptions holding dashes, decimal commas.
DIVISIONS = """Halvard Maritim ASA: third quarter 2031

Halvard Maritim ASA reported net revenue of NOK 1 000,0 million for the third quarter, up 6,0%.

By division, the quarter looked as follows:

- Propulsion (thrusters — tunnel, azimuth and retractable): NOK 520,5 million, up 8,1%;
- Navigation (radar; bridge systems — refits): NOK 300,0 million, up 2,5%;
- Kestrel Technologies (hull sensors): NOK 179,5 million, down 1,5%.

The chief executive said the order book was stable.
"""


def test_division_rows_with_dashed_descriptions_are_units_with_their_revenue():
    obs = {(o.subject.label, o.measure, o.value, o.change) for o in _facts(DIVISIONS, "observation")
           if o.subject.kind == "Segment"}
    assert ("Propulsion", "net revenue", Decimal("520500000"), Decimal("8.1")) in obs, obs
    assert ("Navigation", "net revenue", Decimal("300000000"), Decimal("2.5")) in obs, obs
    # a name discovery alone took for a company ("… Technologies") is the third division, not a company
    assert ("Kestrel Technologies", "net revenue", Decimal("179500000"), Decimal("-1.5")) in obs, obs
    units = {f.segment.label for f in _facts(DIVISIONS, "segment_of")}
    assert {"Propulsion", "Navigation", "Kestrel Technologies"} <= units


# 2. A news item: "product groups" caption, figures in bold, a prior-quarter aside.
GROUPS = """Tarnow Networks grows on security demand

Tarnow Networks reported second-quarter 2031 revenue of **US$900 million**, up 7%.

The company reports three product groups:

- **Shield** (firewalls, identity): **US$500 million**, up 12% (Q1: US$480 million);
- **Edge** (content delivery): **US$250 million**, down 3%;
- **Grid** (compute): **US$150 million**, up 9%.

Tarnow Networks kept its outlook.
"""


def test_product_groups_in_bold_are_units_with_revenue():
    obs = {(o.subject.label, o.measure, o.value) for o in _facts(GROUPS, "observation") if o.subject.kind == "Segment"}
    assert ("Shield", "revenue", Decimal("500000000")) in obs, obs
    assert ("Edge", "revenue", Decimal("250000000")) in obs, obs
    assert ("Grid", "revenue", Decimal("150000000")) in obs, obs


def test_a_kpi_list_in_bold_names_no_units():
    text = """Orsel Data sustainability note 2031

Orsel Data runs six sites in three countries.

- Water used: **1,200 m3** (2030: 1,400 m3), less than before
  as cooling moved to dry coolers in all countries.
- Heat recovered: **42 GWh** delivered to a town network.
"""
    units = {f.segment.label for f in _facts(text, "segment_of")}
    assert "Water used" not in units and "Heat recovered" not in units


# 3. A letter: a programme budget's allocation lines and an amount earmarked for a target.
LETTER = """Subject: Programme Beacon and your contracts

Dear supplier,

Marlowe Telecom Ltd (ASX: MRL) has approved a budget of EUR 90 million for Programme Beacon over three years. The budget is allocated as follows:

- EUR 40 million — fault prediction (NetOps AI): models that flag failing line cards;
- EUR 30 million — field-service assistants, for our engineers;
- EUR 20 million — governance and training.

Of the remaining capital plan, EUR 15 million is earmarked for a GPU cluster in Leeds, including storage.

Yours sincerely,
Procurement, Marlowe Telecom Ltd
"""


def test_budget_lines_are_investments_with_their_targets():
    inv = {(f.investor.label, f.target, f.amounts[0].value) for f in _facts(LETTER, "investment") if f.amounts}
    assert ("Marlowe Telecom", "fault prediction (NetOps AI)", Decimal("40000000")) in inv, inv
    assert ("Marlowe Telecom", "field-service assistants", Decimal("30000000")) in inv, inv
    assert ("Marlowe Telecom", "governance and training", Decimal("20000000")) in inv, inv


def test_an_amount_earmarked_for_a_target_is_that_investment():
    inv = {(f.target, f.amounts[0].value) for f in _facts(LETTER, "investment") if f.amounts}
    assert ("GPU cluster in Leeds", Decimal("15000000")) in inv, inv


def test_amount_first_lines_without_a_budget_caption_are_no_investments():
    text = LETTER.replace("Marlowe Telecom Ltd (ASX: MRL) has approved a budget of EUR 90 million for Programme Beacon over three "
                          "years. The budget is allocated as follows:", "Marlowe Telecom Ltd (ASX: MRL) paid these invoices last year:")
    targets = {f.target for f in _facts(text, "investment")}
    assert "governance and training" not in targets


@pytest.mark.parametrize("sentence,amount,target", [
    ("Of that, about $8 million is earmarked for the new inference lab.", "about $8 million", "new inference lab"),
    ("Roughly ¥3 billion of the total has been set aside for robotics research, the company said.", "Roughly ¥3 billion", "robotics research"),
    ("A further €2 million is earmarked for this effort over two years.", "€2 million", None),   # a back reference: no target
])
def test_earmarked_reads_the_passive_subject_and_its_target(sentence, amount, target):
    from aikg.extract import values as v
    import re
    verb = re.search(r"earmarked|set aside", sentence)
    got = ir.earmarked(sentence, v.find_money(sentence), verb.start())
    assert got is not None and amount.endswith(got[0].text.split()[-1]) and got[1] == target, got


def test_rule_records_have_examples_and_two_sources():
    for rule in (ir.EARMARKED_FOR, ir.BUDGET_LINE):
        assert rule.examples and len(rule.provenance) >= 2
    assert list_lines.caption_units("The company reports three product groups:")
    assert list_lines.caption_units("Third-quarter revenue was $1 billion. By group:")
    assert not list_lines.caption_units("The group reported revenue of $1 billion:")


# 4. Dated commitments: "from A to B by <date>" is a target of B, dated by the deadline, not a change.
COMMITMENT = """Harrowgate Logistics plc: notice to carriers

Harrowgate Logistics plc (LSE: HGL) writes to all contracted carriers about its plans.

We will cut our carrier panel from about 640 to 410 by 31 March 2032. Harrowgate Logistics also expects to lower its
empty-running rate from 18.5% to 12% by 2031, helped by route planning software.
"""


def test_from_to_by_is_a_dated_target_not_a_change():
    tg = {(t.measure, t.value, t.unit, t.period.end.isoformat() if t.period and t.period.end else None)
          for t in _facts(COMMITMENT, "target")}
    assert ("carrier panel", Decimal("410"), None, "2032-03-31") in tg, tg
    assert ("empty-running rate", Decimal("12"), "percent", "2031-12-31") in tg, tg
    changes = [o for o in _facts(COMMITMENT, "observation") if o.change in (Decimal("12"), Decimal("-12"))]
    assert changes == []


def test_from_to_without_a_deadline_is_no_target():
    text = COMMITMENT.replace(" by 31 March 2032", " this year").replace(" by 2031", " over time")
    assert _facts(text, "target") == []


# 5. A product-line paragraph: the line's figure, not the product leading it nor the unit it is part of.
PRODUCT_LINES = """Brennock Semiconductor Inc. reports third quarter 2031

Brennock Semiconductor Inc. (NASDAQ: BRNK) reported third-quarter revenue of $310 million, up 18%. The company reports two
segments, Storage and Networking.

Automotive storage controllers, led by the Kelda K7 chip, generated $44 million in the quarter, up 25%. Optical
interconnects (OI), the fastest-growing part of Networking, brought in $61 million, up 40% year on year.
Brennock Semiconductor, the chip designer, generated $12 million of licensing income.
"""


def test_a_product_line_with_an_apposition_owns_its_revenue():
    obs = {(o.subject.label, o.measure, o.value, o.change) for o in _facts(PRODUCT_LINES, "observation")}
    assert ("Automotive storage controllers", "revenue", Decimal("44000000"), Decimal("25")) in obs, obs
    assert ("Optical interconnects", "revenue", Decimal("61000000"), Decimal("40")) in obs, obs
    assert not any(s == "Kelda K7" for s, *_ in obs)
    parents = {(f.segment.label, f.company.label) for f in _facts(PRODUCT_LINES, "segment_of")}
    assert ("Optical interconnects", "Networking") in parents, parents
    assert not any(s == "Brennock Semiconductor" for s, _ in parents)   # a company opening the sentence is no line
