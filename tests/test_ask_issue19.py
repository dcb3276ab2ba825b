"""Issue 19a: a ranking is a market position (its rank and share answer a market-share
question); a question about a named company asking for a measure no row states is not answered
(another kind of margin, a unit the graph has no entity for, a price no sentence gives, a
numbered paragraph's number); a sentence that asks gives no claim; question shapes of new
phrasings (a price paid, a role's name, a slice of a market, each cost to its segment). The
articles are written for this test."""
from __future__ import annotations

import pytest
from conftest import articles_kg

CORVANE = """Corvane robot shipments climb as Lyon centre opens

LYON, March 12, 2025 - Corvane, a French maker of industrial robots, reported revenue of EUR 2.1 billion for 2024, up 9%.

According to research firm Helix Metrics, Corvane ranked third among European industrial robot makers in 2024 with about a 12% share of unit shipments, behind Aldmark (about 30%) and Brisa (about 20%).

Corvane said it aims to keep its EBITDA margin in a 15-16% band in 2025.

The company also opened the Corvane Forge, an AI computing centre in Lyon built on 512 GPUs, in February.

Corvane bought a 60% stake in the service business of Brisa Sensors, it said, without giving a price. It paid EUR 45 million for a 25% stake in Aldmark Vision in January.

On the call, an analyst asked: Paul, how much of the 40 megawatt order book at the Corvane Forge sits with your largest customer?

Will Corvane's EUR 300 million Lyon centre be full by 2026?
"""

CORVANE_RELEASE = """Corvane: interim report January-March 2025

LYON, April 24, 2025 - Corvane published its interim report for the first quarter.

3.1 Revenue was EUR 540 million, up 7%.

3.2 The Board continues to evaluate a separate listing of the Corvane Robotics business.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"corvane_feature.txt": CORVANE, "corvane_release.txt": CORVANE_RELEASE})


def test_a_ranking_answers_where_a_company_ranks_with_its_share(kg):
    a = kg.ask("Where does Corvane rank among European industrial robot makers, and with what share?")
    assert a.status == "answered", a.answer
    assert "third" in a.answer and "12%" in a.answer, a.answer
    assert "Aldmark" not in a.answer and "30%" not in a.answer, a.answer


def test_another_kind_of_margin_does_not_answer(kg):
    a = kg.ask("What gross margin does Corvane earn?")
    assert a.status == "no_answer", a.answer
    assert "gross margin" in a.answer


def test_a_figure_of_a_longer_name_than_the_entity_linked_is_not_the_companys(kg):
    a = kg.ask("What was Corvane Forge's revenue in 2024?")
    assert a.status == "no_answer", a.answer


def test_the_price_paid_is_the_deals_amount_and_not_a_stakes_percentage(kg):
    from aikg.question import read
    q = "what was the price Corvane paid for its Aldmark Vision stake?"
    assert "price" not in read(q, ()).measures   # the price paid is the deal's amount, no figure called price
    a = kg.ask(q)
    assert a.status == "answered" and "45 million" in a.answer, a.answer
    a = kg.ask("What price did Corvane pay for its 60% stake in the service business of Brisa Sensors?")
    assert a.status == "no_answer", a.answer


def test_a_paragraph_number_is_no_value(kg):
    res = kg.query('PREFIX kg: <https://aikg.dev/ns#> SELECT ?t WHERE { GRAPH <urn:aikg:facts> { ?c kg:claimValue ?v . ?v kg:valueText ?t } }')
    texts = {str(r["t"].value) for r in res.rows}
    assert "3.1" not in texts and "3.2" not in texts, texts


def test_a_sentence_that_asks_gives_no_claim(kg):
    res = kg.query('PREFIX kg: <https://aikg.dev/ns#> SELECT ?q WHERE { ?c a kg:Claim ; kg:evidence ?e . ?e kg:quote ?q }')
    quotes = [str(r["q"].value) for r in res.rows]
    assert quotes and not [q for q in quotes if q.rstrip().endswith("?")], quotes
    # the claims query and describe still read the company's other claims
    rows = kg.query("claims", params={"entity": next(iter(_corvane(kg)))}).rows
    assert rows and all(not str(r["quote"].value).rstrip().endswith("?") for r in rows if r.get("quote") is not None)


def _corvane(kg):
    import pyoxigraph as ox
    res = kg.query('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <https://aikg.dev/ns#> '
                   'SELECT DISTINCT ?e WHERE { GRAPH <urn:aikg:facts> { ?e a kg:Company ; rdfs:label "Corvane" } }')
    return [ox.NamedNode(r["e"].value) for r in res.rows]


@pytest.mark.parametrize("question, wants", [
    ("acme cfo name?", "Person"),
    ("what was the price Acme paid for its stake in Brenvale?", "amount"),
    ("Could you map each cost to the segment it is reported under?", "CostItem"),
])
def test_question_shapes_of_new_phrasings(question, wants):
    from aikg.question import read
    qm = read(question, ())
    assert qm.wants == wants, (qm.form, qm.wants, qm.measures)
    assert "price" not in qm.measures


def test_a_slice_of_a_market_is_a_share_asked():
    from aikg.question import read
    qm = read("How large is Acme Cloud's slice of the worldwide cloud market?", ())
    assert qm.form == "share" and qm.wants == "percent", (qm.form, qm.wants)


def test_an_ordinal_rank_is_written_as_a_reader_writes_it():
    from aikg.wording import _ordinal
    import pyoxigraph as ox
    assert _ordinal(ox.Literal("4", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))) == "fourth"
    assert _ordinal(ox.Literal("12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))) == "No. 12"
