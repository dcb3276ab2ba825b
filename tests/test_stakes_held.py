"""Stakes held (not bought or sold) are a typed kind (kg:Shareholding: shareholder, company held,
percent, period), read by the named phrasings of `aikg.extract.holdings`, listed by the saved
query `stakes` and answered by `ask` ("who owns", "how much of X does Y hold", "largest
shareholder"). Articles and sentences of our own; invented companies."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import pipeline
from aikg.extract.holdings import OWNERS_ARE, PHRASES


def held(text: str, name: str = "t.txt"):
    ex = pipeline.extract_text(text, "t", name)
    return ex, [f for f in ex.facts if f.kind == "stake_held"]


LEAD = "Tessaly Robotics posts results\n\nTessaly Robotics reported revenue of EUR 80 million in the third quarter of 2025.\n\n"


@pytest.mark.parametrize("phrase,example", [(p, e) for p in PHRASES for e in p.examples], ids=lambda x: getattr(x, "name", ""))
def test_each_phrasing_reads_its_own_examples(phrase, example):
    sentence, holder, company, pct = example
    ex, facts = held(LEAD + sentence + "\n")
    main = "Tessaly Robotics"
    want = (holder, main if company == "<main>" else company, Decimal(pct))
    got = {(f.holder.label, f.company.label, f.stake) for f in facts}
    assert want in got, (phrase.name, got)


def test_a_stake_bought_or_a_market_share_is_not_a_stake_held():
    _, facts = held(LEAD + "Tessaly Robotics bought a 20% stake in Orvane Data for EUR 5 million.\n"
                    "Corvane holds about 31% of the European warehouse-robot market.\n"
                    "Pellmark will hold 70% of the venture and Tessaly Robotics 30%.\n")
    assert facts == []


def test_a_stake_held_is_not_an_investment_and_its_percent_is_no_market_share():
    ex, facts = held(LEAD + "Harrow Systems currently owns about 44% of Orvane Data.\n")
    assert [(f.holder.label, f.company.label, f.stake, f.qualifier) for f in facts] == [("Harrow Systems", "Orvane Data", Decimal("44"), "approx")]
    assert not [f for f in ex.facts if f.kind in ("investment", "market_share")]


ARTICLE = """Brasswick Logistics lifts third-quarter revenue

OSLO, October 22, 2025 - Brasswick Logistics said revenue rose 8% to NOK 3.1 billion in the third quarter of 2025.

The group, owned 58% by Halvard Shipping and 42% by Corvane Ports, was formed in 2023 from the merger of two freight brokers.

Kestrel Partners is its largest outside investor, holding roughly 12% through a convertible note.

Brasswick Logistics also said it holds a stake of about 19% in Fjordline Data, a route-planning start-up.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "brasswick_q3.txt", ARTICLE)


def test_the_stakes_query_lists_stakes_held_by_or_in_a_company(kg):
    rows = kg.query("stakes", {"company": "Brasswick Logistics"}).rows
    got = {(str(r["holderLabel"].value), str(r["companyLabel"].value), str(r["stake"].value)) for r in rows}
    assert {("Halvard Shipping", "Brasswick Logistics", "58"), ("Corvane Ports", "Brasswick Logistics", "42"),
            ("Brasswick Logistics", "Fjordline Data", "19")} <= got


@pytest.mark.parametrize("question,want", [
    ("What stake does Corvane Ports hold in Brasswick Logistics?", "42%"),
    ("How much of Brasswick Logistics does Halvard Shipping own?", "58%"),
    ("Who owns Brasswick Logistics?", "Halvard Shipping"),
    ("How big a stake does Brasswick Logistics have in Fjordline Data?", "19%"),
])
def test_ask_answers_a_stake_held_from_the_typed_fact(kg, question, want):
    a = kg.ask(question)
    assert a.status == "answered" and a.intent == "stakes" and want in a.answer, a.answer


def test_the_largest_shareholder_is_a_company_not_a_person(kg):
    a = kg.ask("Who is the largest outside investor in Brasswick Logistics?")
    assert a.status == "answered" and "Kestrel Partners" in a.answer, a.answer


# Owners listed without a percent (holdings.OWNERS_ARE): a Shareholding without a stake.
@pytest.mark.parametrize("example", OWNERS_ARE.examples, ids=lambda e: e[0][:30])
def test_owners_listed_without_a_percent_are_stakes_held_without_a_stake(example):
    sentence, owners, company = example
    ex, facts = held(LEAD + sentence + "\n")
    want = {(o, "Tessaly Robotics" if company == "<main>" else company, None) for o in owners}
    got = {(f.holder.label, f.company.label, f.stake) for f in facts}
    assert want <= got, got


def test_a_list_that_is_not_of_owners_gives_no_owner():
    _, facts = held(LEAD + "Its shareholders are pleased with the results and the new dividend.\n")
    assert not facts


OWNED = """Pellvane Data opens a second campus

Pellvane Data, a data-centre operator near Tromso, said on Monday it had opened a second campus of 40 MW.
The owners are two pension funds: the Danish firm Korsgaard Capital and the Bergen-based Hallow Bay Partners.
"""


@pytest.fixture(scope="module")
def owned_kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "pellvane.txt", OWNED)


def test_ask_who_owns_names_the_owners_listed_without_a_percent(owned_kg):
    a = owned_kg.ask("Who owns Pellvane Data?")
    assert a.status == "answered" and a.intent == "stakes", a.answer
    assert "Korsgaard Capital" in a.answer and "Hallow Bay Partners" in a.answer and "%" not in a.answer, a.answer
