"""The bundled graph built from the sample corpus holds what the five articles state, each
fact with evidence from the right document, and nothing from ads, bios or comment widgets."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg import KnowledgeGraph
from conftest import CORPUS, needs_corpus

A = "000_306cdfddfcaa6270"
B = "001_6820cf03b820941d"
C = "002_e0280da4543e2ecf"
D = "003_12b948511d63fe96"
E = "004_a754fe63dc1127b1"


def q(kg, sparql):
    return kg.query(sparql).rows


def docs_for(kg, pattern: str) -> set[str]:
    """Documents whose evidence supports facts matching a graph pattern on ?f."""
    return {r["d"].value for r in q(kg, f"""SELECT DISTINCT ?d WHERE {{ {pattern}
        {{ ?f kg:evidence ?e }} UNION {{ ?statement rdf:subject ?f ; kg:evidence ?e }}
        ?e prov:wasDerivedFrom/rdfs:label ?d }}""")}


def test_segments_owned_by_alibaba_with_evidence(bundled_kg):
    for seg in ("Cloud Intelligence Group", "All Others"):
        got = docs_for(bundled_kg, f"""?f rdfs:label "{seg}" ; org:unitOf/rdfs:label "Alibaba Group" .""")
        assert got, seg
    assert docs_for(bundled_kg, '?f rdfs:label "All Others" .') >= {A}


def test_all_five_items_sit_in_all_others(bundled_kg):
    rows = q(bundled_kg, """SELECT ?l ?d WHERE { ?i kg:inSegment ?s ; rdfs:label ?l . ?s rdfs:label "All Others" .
        ?st rdf:subject ?i ; rdf:predicate kg:inSegment ; kg:evidence/prov:wasDerivedFrom/rdfs:label ?d }""")
    items = {r["l"].value.lower() for r in rows}
    assert {"logistics", "mapping", "video games", "supermarkets", "ai model training"} <= items
    assert {r["d"].value for r in rows} == {A}
    assert items <= {"logistics", "mapping", "video games", "supermarkets", "ai model training",
                     "ai infrastructure spending"}, items  # no clause fragments
    # and not in the cloud segment
    cloud = q(bundled_kg, """SELECT ?i WHERE { ?i kg:inSegment/rdfs:label "Cloud Intelligence Group" }""")
    assert cloud == []


def test_models(bundled_kg):
    names = {r["l"].value for r in q(bundled_kg, "SELECT ?l WHERE { { ?m a kg:AIModel } UNION { ?m a kg:ModelFamily } ?m rdfs:label ?l }")}
    assert {"Qwen", "Qwen 2.5", "Qwen 2.5-72B", "Qwen-Max", "QVQ-Max"} <= names
    fam = {r["l"].value for r in q(bundled_kg, 'SELECT ?l WHERE { ?m kg:family/rdfs:label "Qwen" ; rdfs:label ?l }')}
    assert {"Qwen 2.5", "Qwen 2.5-72B", "Qwen-Max", "QVQ-Max"} <= fam
    assert "Qwen 2.5" not in {"Qwen 2.5-72B"}  # versions stay distinct nodes
    assert len({r["m"].value for r in q(bundled_kg, 'SELECT ?m WHERE { ?m rdfs:label ?l FILTER(?l IN ("Qwen 2.5", "Qwen 2.5-72B")) }')}) == 2


def test_investment_one_fact_three_documents_two_usd_figures(bundled_kg):
    rows = q(bundled_kg, """SELECT ?i ?v ?cur ?d ?h ?ann WHERE { ?i a kg:Investment ; kg:investor/rdfs:label "Alibaba Group" ; kg:horizon ?h .
        OPTIONAL { ?i kg:announced ?ann }
        GRAPH ?g { ?i kg:amount ?m } ?m kg:value ?v ; kg:currency ?cur . ?g rdfs:label ?d }""")
    inv = {r["i"].value for r in rows if r["cur"].value == "CNY" and Decimal(r["v"].value) == Decimal(380_000_000_000)}
    assert len(inv) == 1, "the 380 bn commitment is one fact"
    mine = [r for r in rows if r["i"].value in inv]
    assert {r["d"].value for r in mine} >= {C, D, E}
    usd = {(Decimal(r["v"].value), r["d"].value) for r in mine if r["cur"].value == "USD"}
    assert (Decimal("52440000000"), C) in usd and (Decimal("53000000000"), E) in usd
    assert {r["h"].value for r in mine} == {"P3Y"}
    assert {r["ann"].value for r in mine if r.get("ann")} == {"2025-02-24"}


def test_conflicting_usd_figures_are_listed(bundled_kg):
    rows = bundled_kg.conflicts().rows
    assert any("USD" in r["what"].value and {r["docA"].value, r["docB"].value} & {C} for r in rows)


def test_restrictions_and_ceo(bundled_kg):
    r = q(bundled_kg, """SELECT ?d WHERE { ?x a kg:Restriction ; kg:imposedBy/rdfs:label "United States" ; kg:restrictionType ?t ;
        kg:affects/rdfs:label "Alibaba Group" ; kg:evidence/prov:wasDerivedFrom/rdfs:label ?d FILTER(CONTAINS(?t, "export")) }""")
    assert {x["d"].value for x in r} >= {A, E}
    ceo = q(bundled_kg, """SELECT ?d WHERE { ?m a kg:Role ; kg:role "CEO" ; org:member ?p ; org:organization/rdfs:label "Alibaba Group" ;
        kg:evidence/prov:wasDerivedFrom/rdfs:label ?d . ?p rdfs:label "Eddie Wu" ; skos:altLabel "Wu Yongming" }""")
    assert {x["d"].value for x in ceo} >= {A, B, C, D, E}


def obs(kg, subject, measure=None):
    f = f'FILTER(CONTAINS(?m, "{measure}"))' if measure else ""
    return [{k: (r[k].value if r.get(k) is not None else None) for k in ("m", "v", "u", "c", "ps", "pe", "d")}
            for r in q(kg, f"""SELECT ?m ?v ?u ?c ?ps ?pe ?d WHERE {{ ?o a kg:Observation ; kg:subject/rdfs:label "{subject}" ; kg:measure ?m ;
              kg:evidence/prov:wasDerivedFrom/rdfs:label ?d .
              OPTIONAL {{ ?o kg:value ?v }} OPTIONAL {{ ?o kg:unit ?u }} OPTIONAL {{ ?o kg:change ?c }}
              OPTIONAL {{ ?o kg:periodStart ?ps }} OPTIONAL {{ ?o kg:periodEnd ?pe }} {f} }}""")]


@pytest.mark.parametrize("subject,measure,value,unit,change,period,doc", [
    ("Cloud Intelligence Group", "revenue", "29610000000", "CNY", "7", ("2024-07-01", "2024-09-30"), C),
    ("Cloud Intelligence Group", "revenue", "6000000000", "USD", "38", (None, None), A),
    ("Cloud Intelligence Group", "revenue", None, None, "13", ("2024-10-01", "2024-12-31"), E),
    ("Cloud Intelligence Group", "adjusted profit", None, None, "50", (None, None), A),
    ("All Others", "adjusted loss", None, None, "500", (None, None), A),
    ("Alibaba Group", "revenue", "280150000000", "CNY", None, ("2024-10-01", "2024-12-31"), C),
    ("Alibaba Group", "total revenue", "236500000000", "CNY", None, ("2024-07-01", "2024-09-30"), C),
    ("Alibaba Group", "international e-commerce revenue", "31670000000", "CNY", "29", ("2024-07-01", "2024-09-30"), C),
    ("Alibaba Group", "share price", None, None, "14.56", ("2025-02-21", "2025-02-21"), E),
    ("Qwen 2.5", "derivative models", "70000", "count", None, (None, "2024-09-30"), C),
    ("Cloud Intelligence Group", "ai-related revenue share", "20", "percent", None, (None, None), D),
])
def test_figures(bundled_kg, subject, measure, value, unit, change, period, doc):
    got = obs(bundled_kg, subject, measure)

    def same(a, b):
        return a == b if a is None or b is None else Decimal(a) == Decimal(b)
    ok = [o for o in got if same(o["v"], value) and o["u"] == unit and same(o["c"], change)
          and (o["ps"], o["pe"]) == period and o["d"] == doc]
    assert ok, got


def test_market_shares_and_target(bundled_kg):
    rows = q(bundled_kg, """SELECT ?h ?s ?m ?pl WHERE { ?x a kg:MarketShare ; kg:holder/rdfs:label ?h ; kg:share ?s ; kg:market ?m
        OPTIONAL { ?x kg:periodLabel ?pl } }""")
    got = {(r["h"].value, Decimal(r["s"].value)) for r in rows}
    assert {("Cloud Intelligence Group", 4), ("Amazon Web Services", 30), ("Microsoft", 22), ("Google", 12),
            ("Cloud Intelligence Group", 36), ("Tencent Cloud", 10), ("Huawei Cloud", 8)} <= got
    assert any(r["h"].value == "Amazon Web Services" and r.get("pl") and r["pl"].value == "Q1 2025" for r in rows)
    t = q(bundled_kg, """SELECT ?v ?u ?h WHERE { ?t a kg:Target ; kg:company/rdfs:label "Alibaba Group" ; kg:setBy/rdfs:label "Eddie Wu" ;
        kg:value ?v ; kg:unit ?u ; kg:horizon ?h }""")
    assert any(Decimal(r["v"].value) == Decimal(100_000_000_000) and r["u"].value == "USD" and r["h"].value == "P5Y" for r in t)


def test_disclosure_gaps_cover_spend_profit_margin(bundled_kg):
    topics = {r["t"].value for r in q(bundled_kg, 'SELECT ?t WHERE { ?g a kg:DisclosureGap ; kg:topic ?t }')}
    assert {"spending", "profitability", "margins", "revenue growth"} <= topics


def test_nothing_from_ads_bios_or_widgets(bundled_kg):
    quotes = [r["q"].value for r in q(bundled_kg, "SELECT ?q WHERE { ?e kg:quote ?q }")]
    for junk in ("membership", "Subscribe", "Unlock exclusive", "DeFi", "bytecode", "Add a public comment",
                 "Learn more about", "curated U.S. market news", "BABA--", "...[1]"):
        assert not any(junk in x for x in quotes), junk


@needs_corpus
def test_build_is_byte_identical_and_validates(tmp_path):
    from aikg.ingest import build
    a, _ = build(CORPUS, tmp_path / "a")
    b, _ = build(CORPUS, tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()
    kg = KnowledgeGraph.open(tmp_path / "store", write=True)  # seeded from the bundled graph
    assert kg.validate() == []


def test_validate_reports_a_broken_node_with_its_document(tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "s", write=True)
    kg.query('INSERT DATA { GRAPH <https://aikg.dev/id/doc/002_e0280da4543e2ecf> { <https://aikg.dev/id/market-share/bad> a kg:MarketShare, kg:Fact ; kg:share "250"^^xsd:decimal } }',
             allow_update=True)
    v = kg.validate()
    assert v and any(x["focus"].endswith("/bad") and x["document"] == C for x in v)
