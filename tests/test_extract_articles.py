"""Articles of our own about invented companies, in varied phrasing (plain text, Markdown,
HTML): `aikg ingest` must find each company's segments, a cost placed in a segment, an
investment, a restriction and a revenue figure with its period. None of these companies is in
the gazetteer, so everything here comes from the text."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from aikg import KnowledgeGraph

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    k = KnowledgeGraph.open(tmp_path_factory.mktemp("store") / "s", empty=True, write=True)
    results = k.ingest([ARTICLES])
    assert {r.status for r in results} == {"added"}, results
    return k


def rows(kg, sparql):
    return kg.query(sparql).rows


def labels(kg, sparql, var):
    return {r[var].value for r in rows(kg, sparql)}


def segments_of(kg, company):
    return labels(kg, f"""SELECT ?l WHERE {{ ?s org:unitOf ?c . ?c rdfs:label "{company}" . ?s rdfs:label ?l }}""", "l")


def items_in(kg, segment):
    return labels(kg, f"""SELECT ?l WHERE {{ ?i kg:inSegment ?s . ?s rdfs:label "{segment}" . ?i rdfs:label ?l }}""", "l")


def observations(kg, subject):
    out = []
    for r in rows(kg, f"""SELECT ?m ?v ?u ?c ?ps ?pe WHERE {{ ?o a kg:Observation ; kg:subject ?s ; kg:measure ?m .
        ?s rdfs:label "{subject}" . OPTIONAL {{ ?o kg:value ?v }} OPTIONAL {{ ?o kg:unit ?u }}
        OPTIONAL {{ ?o kg:change ?c }} OPTIONAL {{ ?o kg:periodStart ?ps }} OPTIONAL {{ ?o kg:periodEnd ?pe }} }}"""):
        out.append({k: (r[k].value if r.get(k) is not None else None) for k in ("m", "v", "u", "c", "ps", "pe")})
    return out


def investments(kg, investor):
    out = {}
    for r in rows(kg, f"""SELECT ?i ?v ?cur ?h WHERE {{ ?i a kg:Investment ; kg:investor ?c ; kg:amount ?m .
        ?c rdfs:label "{investor}" . ?m kg:value ?v ; kg:currency ?cur . OPTIONAL {{ ?i kg:horizon ?h }} }}"""):
        d = out.setdefault(r["i"].value, {"amounts": set(), "horizon": r["h"].value if r.get("h") else None})
        d["amounts"].add((r["cur"].value, Decimal(r["v"].value)))
    return list(out.values())


def restrictions(kg):
    return [{k: (r[k].value if r.get(k) is not None else None) for k in ("by", "type", "what", "affected")}
            for r in rows(kg, """SELECT ?by ?type ?what ?affected WHERE { ?x a kg:Restriction ; kg:restrictionType ?type .
               OPTIONAL { ?x kg:imposedBy/rdfs:label ?by } OPTIONAL { ?x kg:restricts ?what }
               OPTIONAL { ?x kg:affects/rdfs:label ?affected } }""")]


# ---------------------------------------------------------------- Vantora (plain text, US style)
def test_vantora_segments_and_costs(kg):
    assert {"Vantora Cloud", "Devices", "Other Bets"} <= segments_of(kg, "Vantora Systems")
    inside = items_in(kg, "Other Bets")
    assert any("Helix" in i for i in inside), inside
    assert {"robotics lab", "satellite mapping business"} <= inside


def test_vantora_investment_restriction_and_revenue(kg):
    inv = investments(kg, "Vantora Systems")
    assert any(("USD", Decimal(25_000_000_000)) in i["amounts"] and i["horizon"] == "P4Y" for i in inv), inv
    assert any(r["by"] == "United States" and "export" in r["type"] and r["affected"] == "Vantora Systems"
               for r in restrictions(kg))
    obs = observations(kg, "Vantora Systems")
    assert any(o["m"] == "revenue" and Decimal(o["v"]) == Decimal("8400000000") and o["u"] == "USD"
               and Decimal(o["c"]) == 12 and (o["ps"], o["pe"]) == ("2025-07-01", "2025-09-30") for o in obs), obs
    cloud = observations(kg, "Vantora Cloud")
    assert any(Decimal(o["v"]) == Decimal("3200000000") and Decimal(o["c"]) == 31 for o in cloud), cloud
    dev = observations(kg, "Devices")
    assert any(o["m"] == "operating loss" and Decimal(o["v"]) == Decimal("410000000") for o in dev), dev


def test_vantora_people(kg):
    got = rows(kg, """SELECT ?p ?role ?o WHERE { ?r a kg:Role ; org:member/rdfs:label ?p ; kg:role ?role ; org:organization/rdfs:label ?o }""")
    got = {(r["p"].value, r["role"].value, r["o"].value) for r in got}
    assert ("Dana Whitfield", "CEO", "Vantora Systems") in got


# ---------------------------------------------------------------- Kestrel (Markdown, Singapore dollars)
def test_kestrel_segment_called_and_items(kg):
    assert "Emerging Ventures" in segments_of(kg, "Kestrel Holdings")
    assert {"AI research costs", "warehouse automation", "food-delivery app"} <= items_in(kg, "Emerging Ventures")


def test_kestrel_values(kg):
    inv = investments(kg, "Kestrel Holdings")
    assert any(("SGD", Decimal(600_000_000)) in i["amounts"] and i["horizon"] == "P2Y" for i in inv), inv
    obs = observations(kg, "Kestrel Holdings")
    assert any(o["m"] == "revenue" and o["u"] == "SGD" and Decimal(o["v"]) == Decimal("2100000000")
               and (o["ps"], o["pe"]) == ("2025-01-01", "2025-06-30") for o in obs), obs
    assert any(r["by"] == "European Union" and r["type"].startswith("sanction") for r in restrictions(kg))


def test_kestrel_alias_and_competitors(kg):
    alias = labels(kg, """SELECT ?a WHERE { ?p rdfs:label "Arjun Mehta" ; skos:altLabel ?a }""", "a")
    assert "Mehta Arjun Kumar" in alias
    comp = labels(kg, """SELECT ?l WHERE { ?c a kg:Competition ; kg:competitor/rdfs:label ?l }""", "l")
    assert {"Grab", "Sea Limited"} <= comp


# ---------------------------------------------------------------- Lumina (HTML with script, yuan)
def test_lumina_html_script_and_ads_do_not_become_facts(kg):
    quotes = labels(kg, "SELECT ?q WHERE { ?e kg:quote ?q }", "q")
    assert not any("999" in q or "tracking" in q or "newsletter" in q.lower() for q in quotes)
    assert not any(Decimal(999_000_000_000) in {a for _, a in i["amounts"]} for i in investments(kg, "Lumina Digital Group"))


def test_lumina_facts(kg):
    assert {"model training", "gaming studio", "online grocery chain"} <= items_in(kg, "Corporate and Others")
    assert "Corporate and Others" in segments_of(kg, "Lumina Digital Group")
    inv = investments(kg, "Lumina Digital Group")
    assert any({("CNY", Decimal(50_000_000_000)), ("USD", Decimal(6_900_000_000))} <= i["amounts"]
               and i["horizon"] == "P5Y" for i in inv), inv
    obs = observations(kg, "Intelligent Services")
    assert any(Decimal(o["v"]) == Decimal("12600000000") and o["u"] == "CNY" and Decimal(o["c"]) == 44
               and (o["ps"], o["pe"]) == ("2025-10-01", "2025-12-31") for o in obs), obs
    tgt = rows(kg, """SELECT ?v ?u WHERE { ?t a kg:Target ; kg:company/rdfs:label "Lumina Digital Group" ; kg:value ?v ; kg:unit ?u }""")
    assert any(Decimal(r["v"].value) == Decimal(100_000_000_000) and r["u"].value == "CNY" for r in tgt)


def test_every_fact_has_evidence_from_its_document(kg):
    bad = rows(kg, """SELECT ?f WHERE { ?f a kg:Fact . FILTER NOT EXISTS { ?f kg:evidence ?e . ?e kg:quote ?q ; prov:wasDerivedFrom ?d } }""")
    assert bad == []
    # each evidence quote is a sentence of the document it names
    for r in rows(kg, "SELECT ?q ?name WHERE { ?e kg:quote ?q ; prov:wasDerivedFrom ?d . ?d kg:fileName ?name }"):
        text = " ".join((ARTICLES / r["name"].value).read_text(encoding="utf-8").split())
        if not r["name"].value.endswith(".html"):
            assert r["q"].value in text


def test_reingest_is_a_noop_and_changed_file_replaces(kg, tmp_path):
    res = kg.ingest([ARTICLES])
    assert {r.status for r in res} == {"unchanged"}
    before = kg.stats()["triples"]
    changed = tmp_path / "vantora_q3.txt"
    changed.write_text((ARTICLES / "vantora_q3.txt").read_text().replace("$8.4 billion", "$8.5 billion"))
    assert kg.ingest([changed])[0].status == "replaced"
    obs = observations(kg, "Vantora Systems")
    assert any(Decimal(o["v"]) == Decimal("8500000000") for o in obs if o["v"])
    assert not any(Decimal(o["v"]) == Decimal("8400000000") for o in obs if o["v"])
    kg.ingest([ARTICLES / "vantora_q3.txt"])
    assert kg.stats()["triples"] == before
