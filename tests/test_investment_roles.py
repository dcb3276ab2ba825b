"""Who invests and which amount is the money: the clause's agent, not the article's company
(extract/investment_roles.py). Invented companies, our own phrasing; each case fails without its rule."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import investment_roles as ir
from aikg.extract.pipeline import extract_text

HEAD = "Norvane Systems reports results\n\nNorvane Systems said on Tuesday its quarterly revenue rose.\n\n"


def _deals(sentence: str):
    facts = extract_text(HEAD + sentence + "\n", "t", "t.txt").facts
    return {(f.investor.label, f.target_entity.label if f.target_entity else f.target,
             f.amounts[0].value if f.amounts else None, f.stake) for f in facts if f.kind == "investment"}


@pytest.mark.parametrize("sentence", [
    "Separately, the Government will make an equity investment of $2 billion in Norvane Systems.",
    "Its founding shareholders invested $40 million when Norvane Systems was set up in 2019.",
    "Counting this award, the state has committed about €3 billion to chip and cloud projects since 2021.",
    "The ministry will also make a further investment of $600 million in Norvane Systems next year.",
])
def test_a_public_body_or_the_owners_are_not_the_company(sentence):
    assert not any(d[0] == "Norvane Systems" for d in _deals(sentence)), _deals(sentence)


def test_the_company_itself_still_invests():
    assert ("Norvane Systems", "a new plant", Decimal("500000000"), None) in _deals(
        "Norvane Systems plans to invest $500 million in a new plant.")


@pytest.mark.parametrize("sentence,investor,amount", [
    ("Pellmark, the US buyout firm, agreed in 2025 to invest $900 million in the cloud unit of Norvane Systems.", "Pellmark", Decimal("900000000")),
    ("Tessaly, another Gulf developer, has pledged $5 billion of investment in European data centres.", "Tessaly", Decimal("5000000000")),
])
def test_a_name_before_an_apposition_is_the_investor(sentence, investor, amount):
    deals = _deals(sentence)
    assert any(d[0] == investor and d[2] == amount for d in deals), deals
    assert not any(d[0] == "Norvane Systems" for d in deals), deals


@pytest.mark.parametrize("sentence", [
    "Under the plan, Norvane Systems is to raise at least $130.5 million of additional private investment next year.",
    "Norvane Systems secured a $75 million investment last spring.",
])
def test_money_raised_is_not_money_invested(sentence):
    assert not any(d[0] == "Norvane Systems" for d in _deals(sentence)), _deals(sentence)


def test_money_received_from_a_named_investor():
    deals = _deals("Norvane Systems received a $40 million investment led by Intel in June.")
    assert ("Intel", "Norvane Systems", Decimal("40000000"), None) in deals, deals


@pytest.mark.parametrize("sentence", [
    "Intel's minority investment in the payments arm of Norvane Systems, at a valuation of about $900 million, closed in May.",
    "Quorra, in which Pellmark bought a 51% stake from Intel in a deal valuing Quorra at $8.75 billion, is a rival of Norvane Systems.",
])
def test_a_valuation_is_not_the_price_of_a_part(sentence):
    assert not any(d[2] in (Decimal("900000000"), Decimal("8750000000")) for d in _deals(sentence)), _deals(sentence)


def test_a_stake_priced_by_valuation_keeps_the_stake_without_the_amount():
    deals = _deals("Pellmark took a 30% stake in Norvane Systems in a deal valuing Norvane Systems at $2 billion.")
    assert ("Pellmark", "Norvane Systems", None, Decimal("30")) in deals, deals


def test_a_whole_company_bought_at_a_stated_value_keeps_its_price():
    deals = _deals("Norvane Systems is pressing ahead with the takeover of Brindle Compute, a transaction valued at about $3bn.")
    assert ("Norvane Systems", "Brindle Compute", Decimal("3000000000"), None) in deals, deals


@pytest.mark.parametrize("rule", ir.RULES, ids=lambda r: r.name)
def test_each_rule_has_sources_and_examples(rule):
    assert len(rule.provenance) >= 2 and rule.examples


@pytest.mark.parametrize("sentence", [
    "Pellmark, which bought a 5% stake for $300 million in 2021, remains a partner of Norvane Systems.",
    "Norvane Systems bought the ticketing arm of Quorra for $80 million in March 2024.",
    "Norvane Systems bought a warehouse site for about $90 million in late 2023.",
])
def test_a_date_after_the_price_is_not_the_target(sentence):
    deals = _deals(sentence)
    assert deals and not any(d[1] and any(c.isdigit() for c in d[1]) for d in deals), deals


def test_raising_its_own_investment_is_an_increase():
    deals = _deals("Norvane Systems has raised its planned investment in Ohio to $40 billion, covering three plants.")
    assert any(d[0] == "Norvane Systems" and d[2] == Decimal("40000000000") for d in deals), deals


def test_a_valuation_read_is_not_the_company_figure():
    text = HEAD + "Intel's minority investment in the payments arm, at a valuation of about $900 million, is the anchor of the split.\n"
    facts = extract_text(text, "t", "t.txt").facts
    assert not any(f.kind == "observation" and f.value == Decimal("900000000") for f in facts), \
        [f for f in facts if f.kind == "observation"]


@pytest.mark.parametrize("sentence", [
    "Norvane Systems will pay a termination fee of $40 million if its board changes its view.",
    "Pellmark Capital will finance the buyout with a $900 million bridge loan from two banks.",
    "Orvane paid Quorra a $120 million break fee after regulators blocked the merger.",
])
def test_a_deal_fee_or_loan_is_no_investment(sentence):
    amounts = {d[2] for d in _deals(sentence)}
    assert not amounts & {Decimal("40000000"), Decimal("900000000"), Decimal("120000000")}, amounts


def test_deal_term_rule_reads_its_examples():
    for s in ir.DEAL_TERM_NOT_AMOUNT.examples:
        from aikg.extract.values import find_money
        m = find_money(s)[0]
        assert ir.is_deal_term(s, m.start, m.end), s
