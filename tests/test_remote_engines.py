"""Every remote feature on two independent SPARQL engines: Oxigraph server and Virtuoso 7.

One server of each per session (tests/engines.py starts them on free loopback ports and stops
them at the end; Virtuoso is installed with apt-get when missing and possible, and these tests
skip with the reason when it is not). Oxigraph runs without --union-default-graph, so aikg's
per-request union parameter is what makes its default graph the union; Virtuoso's default
graph is the union of the graphs the user may read (its own graphs made private, as the README
says). Credentials come from the environment (Virtuoso: digest auth on /sparql-auth and
/sparql-graph-crud-auth).

The key test: every saved query, with no parameters and with each entity parameter bound to
real entities of its kinds, returns the same rows on the local store and on each engine, for
the bundled graph, the dev documents and the probe documents.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import DEV_DOCS, SHARED
from engines import start_oxigraph, start_virtuoso, unavailable
from test_remote import one_line_error, run_cli

ROOT = Path(__file__).resolve().parents[1]
FEED_DOCS = 40     # a news feed's shape (bench/feed_gen.py): the same companies and figures restated
PROBE = Path(__file__).parent / "data" / "probe"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                             "nonNegativeInteger", "positiveInteger")}
ENTITIES_PER_PARAM = 5

# (engine, saved query) -> variables whose values may differ, and why. Everything else in those
# rows must still be equal. Listed in queries/README.md ("Portable to other engines").
KNOWN: dict = {}   # (engine, query) -> (columns not compared, why); empty since the graph model change


# ---------------------------------------------------------------------- servers
def _missing(why: str):
    """Skip, except where the engines must be there (.ci/run sets AIKG_REQUIRE_ENGINES=1)."""
    if os.environ.get("AIKG_REQUIRE_ENGINES") == "1":
        pytest.fail(f"{why} (AIKG_REQUIRE_ENGINES=1: the engines must be installed here)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def oxigraph_engine(tmp_path_factory):
    try:
        e = start_oxigraph(tmp_path_factory.mktemp("oxigraph-server"))
    except RuntimeError as x:
        _missing(str(x))
    yield e
    e.stop()


@pytest.fixture(scope="session")
def virtuoso_engine(tmp_path_factory):
    why = unavailable()
    if why:
        _missing(why)
    e = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield e
    e.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def engine(request):
    return request.getfixturevalue(f"{request.param}_engine")


# ---------------------------------------------------------------------- graphs
def _ingested(folder: Path):
    from aikg import KnowledgeGraph
    from aikg.store import LocalStore
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([folder])
    return kg.store


@pytest.fixture(scope="session")
def graphs(tmp_path_factory):
    """name -> local store, made once. "feed": a generated news feed (bench/feed_gen.py), where
    one company's figures recur in many documents: the shape on which Virtuoso once dropped
    optional period dates from `figures` rows (a 15-OPTIONAL form; see queries/README.md)."""
    from aikg.store import LocalStore
    made: dict = {}

    def get(name: str):
        if name not in made:
            if name == "bundled":
                made[name] = LocalStore.bundled()
            elif name == "feed":
                sys.path.insert(0, str(ROOT / "bench"))
                import feed_gen
                folder = tmp_path_factory.mktemp("feed")
                feed_gen.generate(FEED_DOCS, folder)
                made[name] = _ingested(folder)
            elif name == "dev":
                if not DEV_DOCS.is_dir():
                    pytest.skip(f"dev documents not found at {DEV_DOCS}")
                made[name] = _ingested(DEV_DOCS)
            else:
                made[name] = _ingested(PROBE)
        return made[name]
    return get


def push_fresh(engine, local) -> None:
    from aikg.remote import push
    engine.clear()
    rs = engine.store()
    n, g = push(local, rs)
    assert g == len(local.all_graphs()) and n == sum(1 for _ in local.quads())


# ---------------------------------------------------------------------- comparing rows
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def norm_term(t):
    """A term as compared across engines: numbers by value (Virtuoso writes 2.50 as 2.5 and
    1e3 as 1000.0), everything else exactly."""
    if isinstance(t, ox.Literal) and t.datatype.value == XSD_BOOLEAN:   # Virtuoso writes true as "1"
        return ("boolean", t.value in ("true", "1"))
    if isinstance(t, ox.Literal) and t.datatype.value in NUMERIC:
        try:
            return ("number", Decimal(t.value).normalize())
        except InvalidOperation:
            return ("number", t.value)
    return str(t)


def row_key(row: dict, concat: set, skip: set) -> tuple:
    """GROUP_CONCAT joins in no defined order: compared as the set of its parts; over no values
    it is "" on Virtuoso (as the standard says) and unbound on Oxigraph: both an empty list."""
    out = []
    for v, t in row.items():
        if v in skip or (v in concat and t.value == ""):
            continue
        out.append((v, tuple(sorted(t.value.split(", "))) if v in concat else norm_term(t)))
    return tuple(sorted(out))


def cases(local, sq) -> list[dict]:
    """No parameters (when allowed), then each entity parameter bound alone to a few real
    entities of its kinds, spread over the sorted list, and to the one stated in most documents."""
    from aikg.run import run_query
    required = [p for p in sq.params if not p.optional]
    out = [] if required else [{}]
    for p in sq.params:
        if p.type != "entity":
            continue
        kinds = " ".join(f"kg:{k}" for k in p.kinds)
        res = run_query(local, f"SELECT DISTINCT ?e WHERE {{ VALUES ?k {{ {kinds} }} ?e a ?k }} ORDER BY ?e", {})
        ents = [r["e"].value for r in res.rows if isinstance(r.get("e"), ox.NamedNode)]
        step = max(1, len(ents) // ENTITIES_PER_PARAM)
        busiest = f"""SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?k {{ {kinds} }}
                       GRAPH ?g {{ ?e a ?k }} }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1"""
        top = [r["e"].value for r in run_query(local, busiest, {}).rows if isinstance(r.get("e"), ox.NamedNode)]
        for e in dict.fromkeys(ents[::step][:ENTITIES_PER_PARAM] + top):   # and the one in most documents
            case = {q.name: e for q in required}
            case[p.name] = e
            out.append(case)
    return out


def compare_saved_queries(local, remote, engine_name: str) -> tuple[int, list[str]]:
    from aikg.queries import catalogue
    from aikg.run import run_query
    problems, n = [], 0
    for name, sq in catalogue().items():
        concat = set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s+AS\s+\?(\w+)", sq.text, re.I | re.S))
        # SAMPLE() picks any value of the group: two engines may pick differently
        skip = set(re.findall(r"SAMPLE\s*\(\s*\?\w+\s*\)\s+AS\s+\?(\w+)", sq.text, re.I))
        skip |= KNOWN.get((engine_name, name), (set(), ""))[0]
        for case in cases(local, sq):
            n += 1
            if os.environ.get("AIKG_TEST_TRACE"):
                print("case", engine_name, name, case, flush=True)
            a = run_query(local, name, case)
            b = run_query(remote, name, case, timeout=60)
            if a.variables != b.variables:
                problems.append(f"{name} {case}: variables {a.variables} != {b.variables}")
                continue
            ra = Counter(row_key(r, concat, skip) for r in a.rows)
            rb = Counter(row_key(r, concat, skip) for r in b.rows)
            if ra != rb:
                only_a, only_b = list((ra - rb).elements()), list((rb - ra).elements())
                problems.append(f"{name} {case}: {len(a.rows)} local rows, {len(b.rows)} on {engine_name}; "
                                f"local only {only_a[:1]}, {engine_name} only {only_b[:1]}")
    return n, problems


@pytest.mark.parametrize("graph", ["bundled", "dev", "probe", "feed"])
def test_every_saved_query_gives_the_same_rows_on_every_engine(engine, graphs, graph):
    local = graphs(graph)
    push_fresh(engine, local)
    remote = engine.store()
    assert sorted(g.value for g in remote.named_graphs()) == sorted(g.value for g in local.named_graphs())
    assert len(remote) == len(local)
    n, problems = compare_saved_queries(local, remote, engine.name)
    assert n >= 30, n                        # the catalogue and the entities were really there
    assert not problems, f"{len(problems)} of {n} cases differ:\n" + "\n".join(problems[:15])


def test_no_saved_query_uses_a_zero_or_one_path():
    """Virtuoso 7.2.5 evaluates `p?` paths wrongly beside a bound parameter (queries/README.md
    rule 8): the saved queries spell the zero-length step as a UNION branch instead."""
    from aikg.queries import _strip_comments_and_strings, catalogue
    path_opt = re.compile(r"(?:[\w>)])\?(?=[\s|/)^])")   # `org:unitOf? `, `<iri>?`, `(a|b)?`
    found = {name: path_opt.findall(_strip_comments_and_strings(sq.text, keep_iris=True))
             for name, sq in catalogue().items()}
    assert not {k: v for k, v in found.items() if v}
    assert path_opt.search("?x org:unitOf? ?c") and path_opt.search("?m (kg:a|^kg:a)? ?p")
    assert not path_opt.search("SELECT ?x WHERE { ?x kg:p ?y FILTER(?y) }")

# ---------------------------------------------------------------------- the CLI over each engine
def quad_set(quads) -> set:
    return {(str(q.subject), str(q.predicate), norm_term(q.object), str(q.graph_name)) for q in quads}


def test_push_keeps_one_graph_per_document_and_pull_gives_the_same_store(engine, tmp_path):
    from aikg.store import LocalStore
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), **engine.env}
    engine.clear()
    bundled = LocalStore.bundled()
    for _ in range(2):                      # pushing again replaces, never duplicates
        r = run_cli("--endpoint", engine.url, "push", "--bundled", env=env)
        assert r.returncode == 0, r.stderr
        assert f"({len(bundled.all_graphs())} named graphs)" in r.stdout, r.stdout
    rs = engine.store()
    assert sorted(g.value for g in rs.named_graphs()) == sorted(g.value for g in bundled.named_graphs())
    assert len(rs) == len(bundled)
    assert rs.documents() == bundled.documents()
    store = tmp_path / "pulled"
    r = run_cli("--store", str(store), "--empty", "pull", "--endpoint", engine.url, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("pulled "), r.stdout
    pulled = LocalStore.open(store)
    assert quad_set(pulled.quads()) == quad_set(bundled.quads())
    assert pulled.documents() == bundled.documents()
    del pulled
    # one graph back, and everything into one graph
    doc = bundled.named_graphs()[-1]
    r = run_cli("--store", str(tmp_path / "one"), "--empty", "pull", "--endpoint", engine.url,
                "--graph", doc.value, env=env)
    assert r.returncode == 0, r.stderr
    one = LocalStore.open(tmp_path / "one")
    assert quad_set(one.quads(doc)) == quad_set(bundled.quads(doc))
    del one
    r = run_cli("push", "--endpoint", engine.url, "--bundled", "--graph", "https://example.org/kg", env=env)
    assert r.returncode == 0, r.stderr
    n = sum(1 for _ in rs.quads(ox.NamedNode("https://example.org/kg")))
    assert n == len({(q.subject, q.predicate, q.object) for q in bundled.quads()})


def test_read_commands_shell_and_ask_over_the_endpoint(engine, tmp_path):
    from aikg.store import LocalStore
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}           # reading needs no credentials
    push_fresh(engine, LocalStore.bundled())
    url = engine.url
    for args in (["query", "documents", "--format", "json"], ["query", "segments", "--format", "json"],
                 ["query", "costs-by-segment", "-p", "company=Alibaba", "--format", "csv"],
                 ["conflicts", "--format", "json"]):
        rl = run_cli(*args, env=env)
        rr = run_cli("--endpoint", url, *args, env=env)
        assert rl.returncode == 0 and rr.returncode == 0, rr.stderr
        if args[-1] == "json":            # rows tied on the ORDER BY keys may come in any order
            jl, jr = json.loads(rl.stdout), json.loads(rr.stdout)
            key = (lambda r: json.dumps(r, sort_keys=True))
            assert sorted(jl.pop("rows", []), key=key) == sorted(jr.pop("rows", []), key=key), args
            assert jl == jr, args
        else:
            assert sorted(rl.stdout.splitlines()) == sorted(rr.stdout.splitlines()), args
    sl = json.loads(run_cli("stats", "--format", "json", env=env).stdout)
    sr = json.loads(run_cli("--endpoint", url, "stats", "--format", "json", env=env).stdout)
    sl.pop("store"), sr.pop("store")
    assert sl == sr
    rr = run_cli("--endpoint", url, "export", "-q", "--format", "nq", "-o", str(tmp_path / "r.nq"), env=env)
    assert rr.returncode == 0, rr.stderr
    got = quad_set(ox.parse(path=str(tmp_path / "r.nq"), format=ox.RdfFormat.N_QUADS))
    assert got == quad_set(LocalStore.bundled().quads())
    q = "What segments does Alibaba report?"
    al = json.loads(run_cli("ask", "--format", "json", q, env=env).stdout)
    ar = json.loads(run_cli("--endpoint", url, "ask", "--format", "json", q, env=env).stdout)
    assert ar["status"] == "answered" and ar["answer"] == al["answer"]
    r = run_cli("--endpoint", url, "query", "-e", "ASK { ?s a kg:Company }", "--format", "json", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["boolean"] is True, r.stdout + r.stderr
    r = run_cli("--endpoint", url, "query", "-e", "ASK { ?s a kg:NoSuchClass }", "--format", "json", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["boolean"] is False, r.stdout + r.stderr
    _shell_session(url, env)


def _shell_session(url: str, env: dict) -> None:
    pexpect = pytest.importorskip("pexpect")
    from test_shell_e2e import ROWS, Term

    class EndpointTerm(Term):
        def __init__(self):               # Term, started with --endpoint instead of --store
            e = {k: v for k, v in os.environ.items()
                 if k not in ("AIKG_STORE", "AIKG_ENDPOINT", "COLUMNS", "LINES", "EDITOR", "VISUAL")}
            e.update({"TERM": "xterm", "PAGER": "cat", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1", **env})
            self.child = pexpect.spawn(sys.executable, ["-m", "aikg", "--endpoint", url, "shell"], env=e,
                                       dimensions=(40, 160), encoding="utf-8", codec_errors="replace", timeout=60)
            self.raw = []
            term = self

            class _Log:
                def write(self, s):
                    term.raw.append(s)

                def flush(self):
                    pass
            self.child.logfile_read = _Log()

    from aikg import KnowledgeGraph
    want = len(KnowledgeGraph.open(bundled=True).query("costs-by-segment").rows)
    t = EndpointTerm()
    try:
        t.prompt()
        t.enter("\\q costs-by-segment")
        assert int(t.expect(ROWS.pattern).group(1)) == want
        t.prompt()
        t.enter("SELECT ?d WHERE { GRAPH ?g { ?g a kg:Document ; rdfs:label ?d } };")
        assert int(t.expect(ROWS.pattern).group(1)) == len(KnowledgeGraph.open(bundled=True).store.documents())
        t.prompt()
        t.enter("? Which costs sit in which segment?")
        t.expect(r"answered")
        t.prompt()
        assert t.quit() == 0
        assert "Traceback" not in t.text()
    finally:
        t.close()


@pytest.mark.skipif(not (SHARED / "eval" / "qa_check.py").exists(), reason="../shared/eval/qa_check.py not found")
def test_seed_questions_through_the_endpoint(engine, tmp_path):
    from aikg.store import LocalStore
    push_fresh(engine, LocalStore.bundled())
    aikg = f"{sys.executable} -m aikg --endpoint {engine.url}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIKG_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "qa_check.py"),
                        str(SHARED / "eval" / "seed_questions.json"), "--aikg", aikg, "--verbose"],
                       capture_output=True, text=True, env=env, timeout=600, cwd=ROOT)
    m = re.search(r"(\d+) passed, (\d+) failed", r.stdout)
    assert m and int(m.group(1)) == 28 and m.group(2) == "0", r.stdout[-3000:] + r.stderr[-2000:]


# ---------------------------------------------------------------------- credentials
def test_updates_need_the_credentials_from_the_environment(virtuoso_engine, tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    url = virtuoso_engine.url
    r = run_cli("--endpoint", url, "push", "--bundled", env=env)       # anonymous: 403 from Virtuoso
    err = one_line_error(r, "AIKG_ENDPOINT_USER", "none are set")
    assert "HTTP 401" in err or "HTTP 403" in err, err
    wrong = dict(env, AIKG_ENDPOINT_USER=virtuoso_engine.env["AIKG_ENDPOINT_USER"], AIKG_ENDPOINT_PASSWORD="wrong")
    r = run_cli("--endpoint", url, "push", "--bundled", env=wrong)
    err = one_line_error(r, "HTTP 401", "check them")
    assert "wrong" not in err
    r = run_cli("--endpoint", url, "push", "--bundled", env=dict(env, **virtuoso_engine.env))
    assert r.returncode == 0, r.stderr
    # ingest and remove through the endpoint: replace_document / remove_document over digest auth
    doc = tmp_path / "note.txt"
    doc.write_text("Alibaba Group said its Cloud Intelligence Group segment grew 26% in the quarter.\n")
    r = run_cli("--endpoint", url, "ingest", str(doc), env=dict(env, **virtuoso_engine.env))
    assert r.returncode == 0, r.stderr
    rs = virtuoso_engine.store()
    assert "note" in rs.documents()
    r = run_cli("--endpoint", url, "remove", "note", env=dict(env, **virtuoso_engine.env))
    assert r.returncode == 0, r.stderr
    assert "note" not in rs.documents()


def test_the_readme_bulk_loader_route_gives_the_same_rows(virtuoso_engine, tmp_path):
    """The README's way to put a big graph into Virtuoso (push is slow there: 25 ms of server
    CPU per document graph): `aikg export --format nq`, then the `isql-vt` line the README
    gives, run as written but for the host, password and folder; every saved query then gives
    the local store's rows."""
    from engines import virtuoso_binary
    from aikg.store import LocalStore
    readme = (ROOT / "README.md").read_text()
    export = re.search(r"^aikg export --format nq -o (/\S+)/(\S+\.nq)\b", readme, re.M)
    load = re.search(r"^isql-vt 1111 dba PASSWORD .+$", readme, re.M)
    assert export and load, "README: the bulk loader lines moved"
    folder = virtuoso_engine.workdir / f"load-{tmp_path.name}"       # inside DirsAllowed
    folder.mkdir()
    r = run_cli("export", "-q", "--format", "nq", "-o", str(folder / export.group(2)),
                env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert r.returncode == 0, r.stderr
    virtuoso_engine.clear()
    _, isql = virtuoso_binary()
    argv = shlex.split(load.group(0))           # as the shell would pass it
    assert argv[:4] == ["isql-vt", "1111", "dba", "PASSWORD"] and argv[4].startswith("exec="), argv
    argv = [isql, f"127.0.0.1:{virtuoso_engine.sql_port}", "dba", virtuoso_engine.dba_password,
            argv[4].replace(export.group(1), str(folder))]
    r = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "Error" not in r.stdout + r.stderr, r.stdout + r.stderr
    local, remote = LocalStore.bundled(), virtuoso_engine.store()
    assert len(remote) == len(local)
    n, problems = compare_saved_queries(local, remote, "virtuoso")
    assert n >= 30 and not problems, "\n".join(problems[:15])

def test_a_default_graph_that_is_not_the_union_is_detected(oxigraph_engine, tmp_path):
    """Oxigraph server without --union-default-graph, asked without aikg's union parameter,
    plays a server whose default graph is not the union: aikg must say so, not answer empty."""
    from aikg.remote import RemoteStore
    from aikg.store import LocalStore
    push_fresh(oxigraph_engine, LocalStore.bundled())

    class NoUnionParameter(RemoteStore):
        def _post_form(self, u, form, *a, **kw):
            form = {k: v for k, v in form.items() if k != "union-default-graph"}
            return super()._post_form(u, form, *a, **kw)

    rs = NoUnionParameter(oxigraph_engine.url)
    with pytest.raises(Exception) as e:
        rs.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert "union" in str(e.value) and "--union-default-graph" in str(e.value)
    # and the real client passes the check on both kinds of server
    assert len(RemoteStore(oxigraph_engine.url).query("SELECT * WHERE { ?s a kg:Company } LIMIT 1")) == 1


def test_an_engine_error_is_one_line(engine, tmp_path):
    """The engine's own message for a query it refuses, on one line (down, slow and broken
    endpoints are played by stub servers in test_remote.py)."""
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    r = run_cli("--endpoint", engine.url, "query", "-e", "SELECT * WHERE { ?s ?p ?o } ORDER BY NOSUCHFUNCTION(?s)", env=env)
    one_line_error(r)
    from aikg.remote import RemoteStore
    with pytest.raises(Exception) as e:
        RemoteStore(engine.url).query("SELECT * WHERE { ?s ?p ?o } ORDER BY NOSUCHFUNCTION(?s)")
    assert "HTTP 400" in str(e.value) or "HTTP 500" in str(e.value), str(e.value)
    assert "\n" not in str(e.value)
