"""The saved-query catalogue and how queries run: every saved query has a complete header and
runs; parameters are bound as terms (injection matches nothing); updates and remote access
are refused unless allowed; parse errors give line and column."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from aikg import KnowledgeGraph
from aikg.errors import AikgError
from aikg.queries import catalogue

CAT = catalogue()


def test_catalogue_covers_the_domain():
    want = {"costs-by-segment", "segments", "investments", "restrictions", "models", "model-uses", "people",
            "aliases", "figures", "market-shares", "competitors", "targets", "disclosure-gaps", "sources",
            "conflicts", "initiatives"}
    assert want <= set(CAT)


@pytest.mark.parametrize("name", sorted(CAT))
def test_header_is_complete_and_query_runs(bundled_kg, name):
    sq = CAT[name]
    assert sq.summary and sq.examples and sq.answer_row, name
    assert "PREFIX" in sq.text or "prefix" in sq.text
    params = {}
    for p in sq.params:
        if not p.optional:
            params[p.name] = "Alibaba"
    res = bundled_kg.query(name, params)
    assert res.kind == "select"


def test_costs_by_segment_with_company_param(bundled_kg):
    rows = bundled_kg.query("costs-by-segment", {"company": "Alibaba"}).rows
    assert {r["segmentLabel"].value for r in rows} == {"All Others"}
    assert {r["itemLabel"].value.lower() for r in rows} >= {"logistics", "mapping", "video games", "supermarkets", "ai model training"}


@pytest.mark.parametrize("value", ['x" } ; DROP ALL ; #', "a\nb", "{}", "\\u0022", "<http://evil>", "'" * 300])
def test_injection_is_just_a_string(tmp_path, value):
    kg = KnowledgeGraph.open(tmp_path / "s", write=True)
    before = len(kg.store)
    res = kg.query("costs-by-segment", {"company": value})
    assert res.rows == []
    assert len(kg.store) == before


def test_unknown_param_and_missing_required_param(bundled_kg):
    with pytest.raises(AikgError, match="no parameter"):
        bundled_kg.query("costs-by-segment", {"nope": "x"})
    with pytest.raises(AikgError, match="needs --param entity"):
        bundled_kg.query("aliases", {})


@pytest.mark.parametrize("sparql,msg", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "--allow-update"),
    ("DROP ALL", "--allow-update"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "--allow-remote"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "--allow-remote"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "never reads local files"),
])
def test_refused(bundled_kg, sparql, msg):
    with pytest.raises(AikgError, match=msg):
        bundled_kg.query(sparql)


def test_update_allowed_with_flag(tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "s", write=True)
    kg.query("INSERT DATA { GRAPH <urn:x> { <http://a> <http://b> <http://c> } }", allow_update=True)
    assert kg.query("ASK { <http://a> <http://b> <http://c> }").boolean is True


def test_syntax_error_has_line_and_column(bundled_kg):
    with pytest.raises(AikgError) as e:
        bundled_kg.query("SELECT ?s\nWHERE {\n  ?s ?p\n}")
    assert "line 4" in str(e.value) or "line 3" in str(e.value)
    assert "column" in str(e.value)


def test_cli_formats(aikg):
    for fmt, probe in (("csv", "segmentLabel,"), ("tsv", "segmentLabel\t"), ("json", '"variables"'), ("table", "All Others")):
        p = aikg("query", "costs-by-segment", "--param", "company=Alibaba", "--format", fmt)
        assert p.returncode == 0, p.stderr
        assert probe in p.stdout
    out = json.loads(aikg("query", "-e", "SELECT ?l WHERE { ?s a kg:Segment ; rdfs:label ?l }", "--format", "json").stdout)
    assert {"l": "All Others"} in out["rows"]


def test_cli_errors_are_one_line(aikg):
    p = aikg("query", "-e", "SELECT * WHERE {")
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr
    p = aikg("query", "no-such-query")
    assert p.returncode == 1 and "no saved query" in p.stderr
    p = aikg("query")
    assert p.returncode == 2
    p = aikg("queries")
    assert p.returncode == 0 and "costs-by-segment" in p.stdout


class _StubLLM(BaseHTTPRequestHandler):
    reply = ""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        body = json.dumps({"choices": [{"message": {"content": self.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.mark.parametrize("reply,status", [
    ("```sparql\nSELECT ?l WHERE { ?s a kg:Segment ; rdfs:label ?l }\n```", "answered"),
    ("```sparql\nDELETE WHERE { ?s ?p ?o }\n```", "not_understood"),
])
def test_optional_llm_draft_is_checked_before_it_runs(tmp_path, reply, status):
    from aikg.llm import draft_answer
    _StubLLM.reply = reply
    srv = HTTPServer(("127.0.0.1", 0), _StubLLM)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    try:
        kg = KnowledgeGraph.open(tmp_path / "s", write=True)
        before = len(kg.store)
        a = draft_answer(kg, "list segment names", f"http://127.0.0.1:{srv.server_port}", timeout=5)
        assert a.status == status
        assert len(kg.store) == before
    finally:
        srv.shutdown()


# ------------------------------------------------------------------ parameters only narrow
def _entities_of(kg, kinds, limit=6):
    from aikg.rdf import NS
    values = " ".join(f"<{NS}{k}>" for k in kinds)
    rows = kg.store.query(f"SELECT DISTINCT ?e WHERE {{ VALUES ?t {{ {values} }} ?e a ?t }} ORDER BY ?e")
    return [r["e"].value for r in rows][:limit]


def _row_set(rows):
    return {tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows}


@pytest.mark.parametrize("graph", ["bundled_kg", "news_kg"])
@pytest.mark.parametrize("name", sorted(n for n, q in CAT.items() if any(p.type == "entity" for p in q.params)))
def test_binding_an_entity_parameter_only_narrows(request, graph, name):
    """A bound parameter keeps a subset of the unbound rows, and when its variable is projected
    every row carries the bound entity (the people query once ignored a bound person)."""
    kg = request.getfixturevalue(graph)
    sq = CAT[name]
    required = {p.name for p in sq.params if not p.optional}
    for p in sq.params:
        if p.type != "entity" or required - {p.name}:
            continue
        everything = None if p.name in required else _row_set(list(kg.query(name, {}).rows))
        for iri in _entities_of(kg, p.kinds or ("Company",)):
            res = kg.query(name, {p.name: iri})
            rows = list(res.rows)      # rows may be a one-pass iterator
            if everything is not None and "GROUP BY" not in sq.text:
                assert _row_set(rows) <= everything, (name, p.name, iri)
            if p.var in res.variables:
                assert {str(r[p.var].value) for r in rows if p.var in r} <= {iri}, (name, p.name, iri)


def test_conditional_blocks_follow_the_bindings():
    from aikg.queries import apply_conditionals
    text = ("SELECT * WHERE {\n  ?a ?b ?c .\n  # if unbound ?company\n  UNION { ?x ?y ?z }\n  # end if\n"
            "  # if bound ?family\n  ?m <urn:f>? ?family .\n  # end if\n}\n")
    none = apply_conditionals(text, set())
    assert "UNION { ?x ?y ?z }" in none and "?family ." not in none
    company = apply_conditionals(text, {"company"})
    assert "UNION" not in company and "?family ." not in company
    both = apply_conditionals(text, {"company", "family"})
    assert "UNION" not in both and "?m <urn:f>? ?family ." in both
    # a comment that merely mentions the marker is not a block
    assert apply_conditionals("# see `# if unbound ?company` … `# end if`\nSELECT * {}\n", {"company"}).startswith("# see")


@pytest.mark.parametrize("name", sorted(CAT))
def test_conditional_blocks_are_balanced_in_saved_queries(name):
    import re
    text = CAT[name].text
    opens = re.findall(r"^[ \t]*#[ \t]*if (?:un)?bound \?\w+[ \t]*$", text, re.M)
    closes = re.findall(r"^[ \t]*#[ \t]*end if[ \t]*$", text, re.M)
    assert len(opens) == len(closes), name
    for var in re.findall(r"^[ \t]*#[ \t]*if (?:un)?bound \?(\w+)", text, re.M):
        assert var in {p.var for p in CAT[name].params}, (name, var)


def test_parameter_variable_is_read_from_code_not_comments(tmp_path):
    from aikg.queries import load_query
    head = "#+ summary: s\n#+ params:\n#+   person: {type: entity, kinds: [Person]}\n"
    f = tmp_path / "q.rq"
    f.write_text(head + "# binds ?person directly (no ?personParam)\nSELECT ?person WHERE { ?person ?p ?o }\n")
    assert load_query(f).param("person").var == "person"
    f.write_text(head + "SELECT ?x WHERE { ?x ?p ?personParam }\n")
    assert load_query(f).param("person").var == "personParam"
    f.write_text(head + "# mentions ?person only here\nSELECT ?x WHERE { ?x ?p ?o }\n")
    with pytest.raises(AikgError, match="does not use"):
        load_query(f)


def test_each_fact_kinds_answer_template_is_its_saved_querys_answer_header():
    """One template per answer line: the fact kind's record (aikg.fact_kinds) and the `#+ answer:
    row` header a reader sees in the .rq file are the same text."""
    from aikg.fact_kinds import KINDS
    cat = catalogue()
    for kind in KINDS:
        assert kind.query in cat, kind.name
        if kind.row:
            assert cat[kind.query].answer_row == kind.row, kind.query


def test_a_page_sub_select_takes_the_requested_page_and_every_row_without_a_limit():
    """`LIMIT n  # page` in a sub-select: aikg sets it to offset + limit (the outer query skips
    offset), and removes it when every row is asked for (csv/json export, ask)."""
    from aikg.run import page, run_query
    from aikg.store import LocalStore
    text = ("SELECT ?n ?sq { { SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 6 7 } } ORDER BY ?n\n"
            "    LIMIT 3  # page\n  } BIND(?n * ?n AS ?sq) }\nORDER BY ?n\n")
    assert "LIMIT 5\n" in page(text, 2, 3) and "LIMIT 3  # page" not in page(text, None)
    store = LocalStore.memory()
    def values(limit, offset=0):
        return [int(r["n"].value) for r in run_query(store, text, {}, limit=limit, offset=offset).rows]
    assert values(2) == [1, 2] and values(2, 3) == [4, 5] and values(None) == [1, 2, 3, 4, 5, 6, 7]
    assert values(None, 5) == [6, 7]


def test_conflicts_pages_are_slices_of_every_row_and_the_sub_select_only_picks_them():
    """conflicts picks its page of figure pairs in a sub-select before looking up documents:
    every page is the same slice of the full, ordered answer, with both documents named."""
    from aikg import KnowledgeGraph
    from aikg.run import run_query
    from aikg.store import LocalStore
    from pathlib import Path
    data = Path(__file__).parent / "data"
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([data / "probe" / "p05_samsung.txt", data / "probe2" / "q03_huawei.txt"])

    def rows(limit=None, offset=0):
        res = run_query(kg.store, "conflicts", {}, limit=limit, offset=offset)
        return [tuple(str(r.get(v)) for v in res.variables) for r in res.rows]

    every = rows()
    assert len(every) >= 4 and all(r[5] != "None" and r[8] != "None" for r in every)  # docA, docB
    for offset in (0, 1, 3):
        assert rows(2, offset) == every[offset:offset + 2]
