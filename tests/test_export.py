"""`aikg export`: the property-graph projection, every format, schema validation, the CLI.

GraphML is validated with xmlschema against the GraphML 1.0 schema (plain output) and against
that schema extended the way yEd's ygraphml.xsd extends it (output with yFiles graphics); GEXF
against the GEXF 1.3 XSD (repaired, see tests/schemas/README.md) and against the normative
GEXF 1.3 RelaxNG grammar with lxml. DOT is laid out by Graphviz. Every graph format is read
back (networkx, csv, json) and its node and edge counts compared with the projection.
"""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from aikg.errors import AikgError
from aikg.export import export, format_for_path, formats, register
from aikg.export.project import COLORS, ENTITY_TYPES, FACT_TYPES, project

SCHEMAS = Path(__file__).parent / "schemas"
GRAPH_FORMATS = ["graphml", "gexf", "cyjs", "dot", "html", "csv"]
RDF_FORMATS = ["ttl", "trig", "nq", "jsonld"]

EVIL_COMPANY = '<script>alert(1)</script> & "Co" \u2028 Ltd: a\x01b'
EVIL_SEGMENT = "</script><script>window.__xss=1</script>"
EVIL_QUOTE = ('Revenue of <script>alert(1)</script> & Co rose <img src=x onerror="window.__xss=2"> '
              "]]> <!-- \u2029 to CNY 5 billion.")


def hostile_store():
    """A tiny graph whose labels and quotes are full of markup, quotes and odd characters."""
    from aikg.rdf import ID, KG, ORG, PROV, RDF, RDF_TYPE, RDFS, SKOS, XSD, dec, doc_iri, entity_iri
    from aikg.store import LocalStore
    from decimal import Decimal

    s = LocalStore.memory(label="hostile")
    g = doc_iri("xss_doc")
    comp = entity_iri("Company", EVIL_COMPANY)
    seg = entity_iri("Segment", EVIL_SEGMENT)
    fact = ox.NamedNode(ID + "observation/xss0000000000001")
    ev1 = ox.NamedNode(ID + "evidence/xss1")
    ev2 = ox.NamedNode(ID + "evidence/xss2")
    st = ox.NamedNode(ID + "statement/xss3")
    L = ox.Literal
    quads = [
        (g, RDF_TYPE, KG("Document")), (g, RDFS("label"), L("xss_doc")),
        (comp, RDF_TYPE, KG("Company")), (comp, RDFS("label"), L(EVIL_COMPANY)),
        (comp, SKOS("prefLabel"), L(EVIL_COMPANY)), (comp, SKOS("altLabel"), L("Evil <b>Co</b>")),
        (seg, RDF_TYPE, KG("Segment")), (seg, RDFS("label"), L(EVIL_SEGMENT)),
        (seg, ORG("unitOf"), comp),
        (st, RDF_TYPE, KG("Statement")), (st, RDF("subject"), seg), (st, RDF("predicate"), ORG("unitOf")),
        (st, RDF("object"), comp), (st, KG("evidence"), ev2),
        (ev2, RDF_TYPE, KG("Evidence")), (ev2, KG("quote"), L(EVIL_SEGMENT + " is part of " + EVIL_COMPANY)),
        (ev2, KG("charStart"), L("0", datatype=XSD("integer"))), (ev2, PROV("wasDerivedFrom"), g),
        (fact, RDF_TYPE, KG("Observation")), (fact, RDF_TYPE, KG("Fact")),
        (fact, RDFS("label"), L(EVIL_COMPANY + " revenue <b>5</b>")),
        (fact, KG("subject"), comp), (fact, KG("measure"), L("revenue <i>")),
        (fact, KG("value"), dec(Decimal("5000000000"))), (fact, KG("unit"), L("CNY")),
        (fact, KG("evidence"), ev1),
        (ev1, RDF_TYPE, KG("Evidence")), (ev1, KG("quote"), L(EVIL_QUOTE)),
        (ev1, KG("charStart"), L("100", datatype=XSD("integer"))), (ev1, PROV("wasDerivedFrom"), g),
    ]
    s.ox.extend(ox.Quad(a, b, c, g) for a, b, c in quads)
    return s


@pytest.fixture(scope="module")
def store():
    from aikg import KnowledgeGraph
    return KnowledgeGraph.open(bundled=True).store


@pytest.fixture(scope="module")
def G(store):
    return project(store)


@pytest.fixture(scope="module")
def graphml_schema():
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SCHEMAS / "graphml" / "graphml.xsd"))


@pytest.fixture(scope="module")
def ygraphml_schema():
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SCHEMAS / "graphml" / "ygraphml.xsd"))


@pytest.fixture(scope="module")
def gexf_schema():
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SCHEMAS / "gexf-1.3" / "gexf.xsd"))


@pytest.fixture(scope="module")
def gexf_rng():
    etree = pytest.importorskip("lxml.etree")
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf-1.3" / "gexf.rng")))


def _rng_ok(rng, path) -> None:
    from lxml import etree
    doc = etree.parse(str(path))
    assert rng.validate(doc), str(rng.error_log)


# ---------------------------------------------------------------------------- projection
def test_projection_nodes_are_entities_and_facts(store, G):
    types = {a["type"] for _, a in G.nodes(data=True)}
    assert types <= set(ENTITY_TYPES) | set(FACT_TYPES)
    assert {"Company", "Segment", "CostItem", "Investment", "Observation"} <= types
    # no evidence, money, document or ontology nodes
    iris = [a["iri"] for _, a in G.nodes(data=True)]
    assert not any("/evidence/" in i or "/money/" in i or "/doc/" in i or i.startswith("urn:") for i in iris)
    # as many nodes as typed entities, facts and claims in the store
    n = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t FILTER(?t IN (" +
        ", ".join(f"kg:{t}" for t in ENTITY_TYPES + ("Fact", "Claim")) + ")) }")))["n"].value
    assert G.number_of_nodes() == int(n)


def test_projection_labels_ids_and_scalars(G):
    ids = list(G.nodes)
    assert ids == [f"n{i}" for i in range(len(ids))]
    iris = [G.nodes[n]["iri"] for n in ids]
    assert iris == sorted(iris)
    labels = {a["label"] for _, a in G.nodes(data=True)}
    assert "Alibaba Group" in labels and "Cloud Intelligence Group" in labels
    assert not any(lab.startswith("http") for lab in labels)
    for _, a in G.nodes(data=True):
        assert a["color"] == COLORS[a["type"]]
        for k, v in a.items():
            assert isinstance(v, (str, int, float, bool)) and v is not None, (k, v)
    for *_, a in G.edges(keys=True, data=True):
        for k, v in a.items():
            assert isinstance(v, (str, int, float, bool)), (k, v)


def test_projection_structural_edges_use_ontology_labels(G):
    by_label = {G.nodes[n]["label"]: n for n in G.nodes}
    seg, comp = by_label["Cloud Intelligence Group"], by_label["Alibaba Group"]
    assert G.has_edge(seg, comp, key="unitOf")
    e = G.edges[seg, comp, "unitOf"]
    assert e["label"] == "unitOf"  # org:unitOf has no label in the ontology: its local name
    assert e["quote"] and e["documents"]
    labels = {a["label"] for *_, a in G.edges(keys=True, data=True)}
    assert {"in segment", "developed by", "model family", "powers", "country"} <= labels
    assert not any(a["label"] == "hasUnit" for *_, a in G.edges(keys=True, data=True))


def test_projection_facts_fold_values_money_and_provenance(G):
    inv = [a for _, a in G.nodes(data=True) if a["type"] == "Investment"][0]
    assert inv["amount_CNY"] == 380e9
    assert "CNY 380 billion" in inv["amount"]
    assert inv["horizon"] == "P3Y"
    assert len(inv["documents"].split(",")) >= 2
    assert "380 billion yuan" in inv["quote"]
    assert inv["evidence"] >= 2
    obs = [a for _, a in G.nodes(data=True) if a["type"] == "Observation" and a.get("value") == 29.61e9][0]
    assert obs["unit"] == "CNY" and obs["measure"] == "revenue"
    assert obs["periodStart"] == "2024-07-01" and obs["periodLabel"] == "Q3 2024"
    # the fact points at its subject with an edge labelled by the ontology
    n = [n for n, a in G.nodes(data=True) if a is obs][0]
    targets = {(G.nodes[v]["label"], a["label"]) for _, v, a in G.out_edges(n, data=True)}
    assert ("Cloud Intelligence Group", "subject") in targets


def test_projection_sources_hold_every_quote(store):
    sources: dict = {}
    G = project(store, sources=sources)
    inv = [n for n, a in G.nodes(data=True) if a["type"] == "Investment"][0]
    quotes = sources[inv]
    assert len(quotes) == G.nodes[inv]["evidence"]
    assert {d for d, _, _ in quotes} == set(G.nodes[inv]["documents"].split(","))
    assert all(via == "" for *_, via in quotes)
    assert any(isinstance(k, tuple) for k in sources)
    # an entity without evidence of its own is quoted through the facts about it
    alibaba = [n for n, a in G.nodes(data=True) if a["label"] == "Alibaba Group"][0]
    assert any(via for *_, via in sources[alibaba])


def test_filter_types(store):
    G = project(store, types=["Company", "segment"])
    assert {a["type"] for _, a in G.nodes(data=True)} == {"Company", "Segment"}
    assert G.number_of_edges() > 0
    assert all(a["label"] == "unitOf" for *_, a in G.edges(keys=True, data=True))
    facts = project(store, types=["Fact"])
    assert {a["category"] for _, a in facts.nodes(data=True)} == {"fact"}
    with pytest.raises(AikgError, match="unknown type"):
        project(store, types=["Spaceship"])


def test_filter_around(store, G):
    one = project(store, around="Alibaba")
    labels = {a["label"] for _, a in one.nodes(data=True)}
    assert "Alibaba Group" in labels and "Cloud Intelligence Group" in labels
    assert one.number_of_nodes() < G.number_of_nodes()
    # every fact kept has all of its entities kept
    for n, a in one.nodes(data=True):
        if a["category"] == "fact":
            assert one.out_degree(n) >= 1
    zero = project(store, around="Alibaba Group", depth=0)
    two = project(store, around="Alibaba Group", depth=2)
    assert zero.number_of_nodes() < one.number_of_nodes() <= two.number_of_nodes()
    iri = [a["iri"] for _, a in G.nodes(data=True) if a["label"] == "Tencent"][0]
    assert "Tencent" in {a["label"] for _, a in project(store, around=iri).nodes(data=True)}
    with pytest.raises(AikgError, match="no entity"):
        project(store, around="Nonexistent Widget Corp")


def test_filter_document(store):
    docs = store.documents()
    G1 = project(store, document=docs[0])
    assert 0 < G1.number_of_nodes()
    for _, a in G1.nodes(data=True):
        if a["category"] == "fact":
            assert docs[0] in a["documents"].split(",")
    with pytest.raises(AikgError, match="no document"):
        project(store, document="not_a_document")


def test_documents_as_nodes(store):
    G = project(store, show_documents=True)
    docs = [n for n, a in G.nodes(data=True) if a["type"] == "Document"]
    assert len(docs) == len(store.documents())
    assert any(a["label"] == "stated in" for *_, a in G.edges(keys=True, data=True))


# ---------------------------------------------------------------------------- formats
def test_registry_and_extensions():
    assert set(GRAPH_FORMATS + RDF_FORMATS) <= set(formats())
    assert format_for_path("a/b/kg.graphml") == "graphml"
    assert format_for_path("KG.GEXF") == "gexf"
    assert format_for_path("x.gv") == "dot"
    assert format_for_path("x.json-ld") == "jsonld"
    assert format_for_path("x.unknown") is None


def test_register_a_format_lazily(store, tmp_path):
    register("dot-again", "aikg.export.dot", "write", extensions=("dotx",), description="test")
    out = tmp_path / "g.dotx"
    summary = export(store, None, str(out))
    assert summary["format"] == "dot-again" and out.read_text().startswith('digraph "aikg"')
    register("broken", "aikg.export.no_such_module", "write")
    with pytest.raises(AikgError, match="not available"):
        export(store, "broken", str(tmp_path / "x"))


def test_graphml_valid_and_reloads(store, G, tmp_path, ygraphml_schema, graphml_schema):
    out = tmp_path / "kg.graphml"
    summary = export(store, "graphml", str(out))
    assert summary["files"] == [str(out)]
    ygraphml_schema.validate(str(out))
    text = out.read_text(encoding="utf-8")
    assert 'yfiles.type="nodegraphics"' in text and "<y:NodeLabel" in text
    assert "<y:NodeLabel" in text and ">Alibaba Group</y:NodeLabel>" in text
    H = nx.read_graphml(out)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert {d["label"] for _, d in H.nodes(data=True)} == {a["label"] for _, a in G.nodes(data=True)}
    # plain GraphML (no yFiles) is valid against the GraphML schema itself
    from aikg.export.graphml import write
    plain = tmp_path / "plain.graphml"
    write(G, str(plain), yfiles=False)
    graphml_schema.validate(str(plain))
    assert nx.read_graphml(plain).number_of_nodes() == G.number_of_nodes()
    # and the schema does reject things: yFiles keys are not plain GraphML
    with pytest.raises(Exception):
        graphml_schema.validate(str(out))


def test_gexf_valid_and_reloads(store, G, tmp_path, gexf_schema, gexf_rng):
    out = tmp_path / "kg.gexf"
    export(store, "gexf", str(out))
    gexf_schema.validate(str(out))
    _rng_ok(gexf_rng, out)
    text = out.read_text(encoding="utf-8")
    assert 'xmlns="http://gexf.net/1.3"' in text and 'version="1.3"' in text
    assert "<viz:color" in text
    H = nx.read_gexf(out)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    labels = {d.get("label") for _, d in H.nodes(data=True)}
    assert "Alibaba Group" in labels


def test_cyjs_reloads(store, G, tmp_path):
    out = tmp_path / "kg.cyjs"
    export(store, "cyjs", str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    ids = {n["data"]["id"] for n in nodes}
    assert all(isinstance(i, str) for i in ids)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    obs = [n["data"] for n in nodes if n["data"]["type"] == "Observation" and "value" in n["data"]]
    assert obs and all(isinstance(o["value"], float) for o in obs)   # not overwritten by the id
    assert all(n["data"]["name"] == n["data"]["label"] for n in nodes)


def test_csv_two_files_reload(store, G, tmp_path):
    out = tmp_path / "kg.csv"
    summary = export(store, "csv", str(out))
    edges_file = tmp_path / "kg_edges.csv"
    assert summary["files"] == [str(out), str(edges_file)]
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:3] == ["Id", "Label", "type"]
    assert len(rows) == G.number_of_nodes()
    with open(edges_file, newline="", encoding="utf-8") as f:
        erows = list(csv.DictReader(f))
    assert list(erows[0])[:4] == ["Source", "Target", "Type", "Label"]
    assert len(erows) == G.number_of_edges()
    ids = {r["Id"] for r in rows}
    assert all(r["Source"] in ids and r["Target"] in ids and r["Type"] == "Directed" for r in erows)
    H = nx.MultiDiGraph()
    H.add_nodes_from(ids)
    H.add_edges_from((r["Source"], r["Target"]) for r in erows)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed (apt-get install graphviz)")
def test_dot_renders_with_graphviz(store, G, tmp_path):
    out = tmp_path / "kg.dot"
    export(store, "dot", str(out))
    svg = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, text=True, timeout=120)
    assert svg.returncode == 0, svg.stderr
    assert svg.stdout.count('class="node"') == G.number_of_nodes()
    assert svg.stdout.count('class="edge"') == G.number_of_edges()
    for label in ("Alibaba Group", "Cloud Intelligence Group", "Tencent"):
        assert f">{label}</text>" in svg.stdout


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_round_trip(store, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    summary = export(store, fmt, str(out))
    quads = list(store.quads())
    assert summary["quads"] == len(quads)
    if fmt == "jsonld":
        import warnings

        import rdflib
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = rdflib.Dataset()
            ds.parse(out, format="json-ld")
            assert len(list(ds.quads((None, None, None, None)))) == len(set(quads))
        return
    rdf_fmt = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}[fmt]
    back = list(ox.parse(path=str(out), format=rdf_fmt))
    if fmt == "ttl":
        assert len(back) == len({q.triple for q in quads})
        assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in back)
    else:
        assert set(back) == set(quads)


def test_rdf_selection(store, tmp_path):
    doc = store.documents()[0]
    out = tmp_path / "doc.nq"
    summary = export(store, "nq", str(out), document=doc)
    back = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert back and {q.graph_name.value for q in back} == {f"https://aikg.dev/id/doc/{doc}"}
    assert summary["quads"] == len(list(store.quads(ox.NamedNode(f"https://aikg.dev/id/doc/{doc}"))))
    out2 = tmp_path / "companies.ttl"
    export(store, "ttl", str(out2), types=["Company"])
    triples = list(ox.parse(path=str(out2), format=ox.RdfFormat.TURTLE))
    subjects = {t.subject.value for t in triples}
    assert any("/company/" in s for s in subjects)
    assert not any("/observation/" in s for s in subjects)


def test_hostile_labels_stay_valid(tmp_path, ygraphml_schema, gexf_schema, gexf_rng):
    s = hostile_store()
    G = project(s)
    assert EVIL_SEGMENT in {a["label"] for _, a in G.nodes(data=True)}
    for fmt in GRAPH_FORMATS:
        out = tmp_path / f"evil.{fmt}"
        export(s, fmt, str(out))
        assert out.stat().st_size > 0
    ygraphml_schema.validate(str(tmp_path / "evil.graphml"))
    gexf_schema.validate(str(tmp_path / "evil.gexf"))
    _rng_ok(gexf_rng, tmp_path / "evil.gexf")
    H = nx.read_graphml(tmp_path / "evil.graphml")
    assert EVIL_SEGMENT in {d["label"] for _, d in H.nodes(data=True)}
    assert EVIL_COMPANY.replace("\x01", "") in {d["label"] for _, d in H.nodes(data=True)}
    page = (tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "window.__xss=1</script>" not in page
    assert page.count("<script") == 3  # the data block, cytoscape, the page's own code
    assert "\u2028" not in page.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    if shutil.which("dot"):
        r = subprocess.run(["dot", "-Tsvg", str(tmp_path / "evil.dot")], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert "&lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;" in r.stdout


def test_html_page_is_self_contained(store, tmp_path):
    out = tmp_path / "kg.html"
    export(store, "html", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "cytoscape 3.34.4" in page and "MIT" in page
    assert "default-src 'none'" in page
    import re
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?https?:""", page)
    data = page.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    parsed = json.loads(data)
    assert len(parsed["elements"]["nodes"]) == project(store).number_of_nodes()
    assert parsed["sources"]


def test_atomic_write_keeps_old_file(store, tmp_path, monkeypatch):
    out = tmp_path / "kg.graphml"
    out.write_text("old content")
    import aikg.export.graphml as gm

    def boom(label):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(gm, "_edge_graphics", boom)
    with pytest.raises(RuntimeError):
        export(store, "graphml", str(out))
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.graphml"]


def test_missing_folder_is_a_user_error(store, tmp_path):
    with pytest.raises(AikgError, match="does not exist"):
        export(store, "gexf", str(tmp_path / "nope" / "kg.gexf"))
    with pytest.raises(AikgError, match="several files"):
        export(store, "csv", "-")
    with pytest.raises(AikgError, match="cannot tell"):
        export(store, None, str(tmp_path / "kg.weird"))


def test_progress_is_reported(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        import export_bench
    finally:
        sys.path.pop(0)
    from aikg.store import LocalStore
    s = LocalStore.memory()
    s.ox.extend(export_bench.generate(120_000))
    calls = []
    summary = export(s, "graphml", str(tmp_path / "big.graphml"), progress=lambda d, t, w: calls.append((d, t, w)))
    assert summary["nodes"] > 1000
    whats = {w for _, _, w in calls}
    assert "reading graph" in whats and "writing GraphML" in whats
    assert any(d < (t or 0) for d, t, _ in calls)           # intermediate updates, not just the end
    assert calls[-1][0] == calls[-1][1]


# ---------------------------------------------------------------------------- CLI
def test_cli_infers_format_and_writes(aikg, tmp_path):
    out = tmp_path / "kg.gexf"
    r = aikg("export", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "wrote" in r.stderr and "gexf" in r.stderr
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_cli_stdout_and_filters(aikg):
    r = aikg("export", "--format", "graphml", "-o", "-", "--type", "Company", "-q")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("<?xml") and "Alibaba Group" in r.stdout
    assert "Observation" not in r.stdout
    assert r.stderr == ""
    r = aikg("export", "-f", "ttl", "-o", "-", "--document", "002_e0280da4543e2ecf")
    assert r.returncode == 0, r.stderr
    assert list(ox.parse(r.stdout.encode(), format=ox.RdfFormat.TURTLE))


def test_cli_errors(aikg, tmp_path):
    r = aikg("export", "-o", str(tmp_path / "kg.weird"))
    assert r.returncode == 2 and "--format" in r.stderr
    r = aikg("export", "-o", "-")
    assert r.returncode == 2
    r = aikg("export", "-f", "csv", "-o", "-")
    assert r.returncode == 2 and "two files" in r.stderr
    r = aikg("export", "-o", str(tmp_path / "a.html"), "--around", "No Such Company Anywhere")
    assert r.returncode == 1 and r.stderr.startswith("aikg: error:") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    r = aikg("export", "-o", str(tmp_path / "a.dot"), "--type", "Spaceship")
    assert r.returncode == 1 and "unknown type" in r.stderr
    r = aikg("export", "-o", str(tmp_path / "missing" / "a.dot"))
    assert r.returncode == 1 and "does not exist" in r.stderr
    r = aikg("export", "-o", str(tmp_path / "a.dot"), "--depth", "3")
    assert r.returncode == 2 and "--around" in r.stderr


def test_cli_around_writes_smaller_graph(aikg, tmp_path):
    full, part = tmp_path / "full.cyjs", tmp_path / "part.cyjs"
    assert aikg("export", "-q", "-o", str(full)).returncode == 0
    r = aikg("export", "-q", "-o", str(part), "--around", "Tencent", "--depth", "1")
    assert r.returncode == 0, r.stderr
    n_full = len(json.loads(full.read_text())["elements"]["nodes"])
    n_part = len(json.loads(part.read_text())["elements"]["nodes"])
    assert 0 < n_part < n_full
