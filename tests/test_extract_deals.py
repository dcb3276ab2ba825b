"""Acquisitions and stakes name the company bought, also when it is not in the gazetteer, and
an article's reporting period holds for figures whose sentence names none. Invented companies,
our own phrasing."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract.pipeline import extract_text


def _facts(text: str, kind: str):
    return [f for f in extract_text(text, "t", "t.txt").facts if f.kind == kind]


def _deals(text: str):
    return {(f.investor.label, f.target_entity.label if f.target_entity else None,
             f.amounts[0].value if f.amounts else None) for f in _facts(text, "investment")}


HEAD = "Norvane Systems reports results\n\nNorvane Systems said on Tuesday its quarterly revenue rose.\n\n"


@pytest.mark.parametrize("sentence,target,amount", [
    ("Norvane Systems agreed to buy Pellucid Labs for $2.1 billion in cash.", "Pellucid Labs", Decimal("2100000000")),
    ("Norvane Systems completed the purchase of Tarrow Analytics for up to $45 million.", "Tarrow Analytics", Decimal("45000000")),
    ("Norvane Systems is pressing ahead with the all-stock takeover of Brindle Compute, a transaction valued at about $3bn.",
     "Brindle Compute", Decimal("3000000000")),
    ("Its tooling includes the Quillfeather developer platform it bought in a deal valued at about $700m.",
     "Quillfeather", Decimal("700000000")),
    ("The Ostrava Data acquisition, agreed in May for about $1.2 billion, is due to close next year.",
     "Ostrava Data", Decimal("1200000000")),
])
def test_the_company_bought_is_named(sentence, target, amount):
    deals = _deals(HEAD + sentence + "\n")
    assert ("Norvane Systems", target, amount) in deals, deals


def test_a_stake_taken_by_another_company():
    deals = _deals(HEAD + "As part of the deal, Microsoft took a $250m stake in Norvane Systems.\n")
    assert ("Microsoft", "Norvane Systems", Decimal("250000000")) in deals, deals


def test_an_adjective_is_not_a_company():
    deals = _deals(HEAD + "Earlier it bought German engineering services firm tekwerk for 300 million euros.\n")
    assert all(t != "German" for _, t, _ in deals), deals


def test_a_one_off_charge_is_not_a_deal():
    deals = _deals(HEAD + "Norvane Systems took a $1.2 billion impairment charge on its hardware unit.\n")
    assert not deals, deals


def test_the_reporting_period_holds_for_an_undated_figure():
    text = ("Norvane Systems second-quarter results\n\n"
            "Norvane Systems reported results for the quarter ended June 30, 2025, with revenue up 12% to $4.1 billion.\n\n"
            "Its order backlog nearly doubled to $9.8 billion, the company said.\n")
    obs = [f for f in _facts(text, "observation") if f.value == Decimal("9800000000")]
    assert obs, _facts(text, "observation")
    assert obs[0].period is not None and obs[0].period.end.isoformat() == "2025-06-30", obs[0].period
