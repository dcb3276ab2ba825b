"""Hardening, queries: `aikg query -e …` with syntax errors, updates, remote and local-file
access, runaway and huge queries, and output that must stay data. Matrix: tests/README.md."""
from __future__ import annotations

import http.server
import socketserver
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT
from hardening_helpers import aikg_store, assert_user_error, no_traceback, snapshot


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """The bundled graph in an on-disk store, loaded from a copy of graph/kg.trig taken now (so
    other work rebuilding the bundle cannot change it under the tests)."""
    import pyoxigraph as ox
    from aikg.store import LocalStore
    d = tmp_path_factory.mktemp("qbase")
    trig = d / "kg.trig"
    trig.write_bytes((ROOT / "graph" / "kg.trig").read_bytes())
    s = LocalStore.open(d / "store", empty=True, write=True)
    s.ox.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    s.flush()
    del s
    return d / "store"


@pytest.fixture
def store(base_store, tmp_path):
    import shutil
    shutil.copytree(base_store, tmp_path / "store")
    return tmp_path / "store"


@pytest.fixture
def server():
    """A loopback HTTP server that records every request: proof that nothing was fetched."""
    hits: list[str] = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(f"GET {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")
            self.end_headers()
            self.wfile.write(b"<urn:x:a> <urn:x:b> <urn:x:c> .\n")

        def do_POST(self):
            hits.append(f"POST {self.path}")
            self.send_response(500)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", hits
    srv.shutdown()
    srv.server_close()


def q(store, sparql, *flags, pre=(), timeout=60):
    return aikg_store(store, *pre, "query", "-e", sparql, *flags, timeout=timeout)


# ---------------------------------------------------------------------- syntax
@pytest.mark.parametrize("sparql, line, where", [
    ("SELECT ?s WHERE { ?s ?p }", 1, "SELECT ?s WHERE { ?s ?p }"),
    ("SELECT ?s WHERE {\n  ?s ?p \"unterminated\n}", 2, '?s ?p "unterminated'),
    ("SELECT ?s WHERE { ?s ?p ?o", 1, "SELECT ?s WHERE { ?s ?p ?o"),
    ("hello world", 1, "hello world"),
    ("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  ?x ?y\n}", 5, "}"),
])
def test_syntax_error_shows_line_and_column(store, sparql, line, where):
    msg = assert_user_error(q(store, sparql), r"SPARQL syntax error: ")
    assert f"(line {line}, column " in msg
    assert where in msg


@pytest.mark.parametrize("sparql, prefix, line, col", [
    ("SELECT ?s WHERE { ?s foo:bar ?o }", "foo", 1, 22),
    ("PREFIX ex: <http://e/>\nSELECT * WHERE {\n ?s a kg:Company ;\n   ex:p ?l ;\n   nope:x ?y }", "nope", 5, 4),
    ("SELECT * WHERE { ?s a kg:Company ; nope:x ?y }", "nope", 1, 36),
])
def test_unknown_prefix_is_named(store, sparql, prefix, line, col):
    msg = assert_user_error(q(store, sparql), rf"unknown prefix {prefix}: ")
    assert f"(line {line}, column {col}:" in msg


def test_bad_query_file(store, tmp_path):
    assert_user_error(aikg_store(store, "query", "-f", str(tmp_path / "none.rq")), r"none\.rq: cannot read")
    bad = tmp_path / "latin1.rq"
    bad.write_bytes(b"SELECT * WHERE { ?s ?p \"caf\xe9\" }")
    assert_user_error(aikg_store(store, "query", "-f", str(bad)), r"latin1\.rq: cannot read")


def test_query_text_that_is_not_utf8(store):
    # an undecodable byte on the command line arrives as a lone surrogate
    assert_user_error(q(store, 'SELECT * WHERE { ?s ?p "\udcff" }'), r"not valid UTF-8")


# ---------------------------------------------------------------------- updates
UPDATES = [
    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "insert data { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "DELETE DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "INSERT { ?s a <urn:x:T> } WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } }",
    "WITH <https://aikg.dev/id/doc/x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DROP ALL", "DROP SILENT GRAPH <urn:aikg:ontology>", "CLEAR DEFAULT", "CLEAR ALL",
    "CREATE GRAPH <urn:x:g>", "COPY DEFAULT TO <urn:x:g>", "MOVE <urn:aikg:ontology> TO <urn:x:g>",
    "ADD <urn:aikg:ontology> TO <urn:x:g>",
    "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }",
    "BASE <http://x/> PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment\n  DROP ALL",
    "INSERT DATA { <urn:x:a> <urn:x:b> \"SELECT\" } ; DROP ALL",
]


@pytest.mark.parametrize("sparql", UPDATES)
def test_updates_refused_without_allow_update(store, sparql):
    before = snapshot(store)
    assert_user_error(q(store, sparql), r"update queries .* are refused; pass --allow-update")
    assert snapshot(store) == before


def test_update_words_inside_strings_and_comments_are_just_text(store):
    r = q(store, 'SELECT ?x WHERE { VALUES ?x { "DROP ALL" } } # INSERT DATA { }', "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["x", "DROP ALL"]


# ---------------------------------------------------------------------- remote and local access
def test_service_refused_and_never_contacted(store, server):
    url, hits = server
    for sparql in (f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                   f"select * where {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ ?s <http://x/#p> ?o . SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                   f"PREFIX e: <{url}/> SELECT * WHERE {{ SERVICE e:sparql {{ ?s ?p ?o }} }}",
                   f"ASK {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"):
        assert_user_error(q(store, sparql), r"SERVICE .* is refused; pass --allow-remote")
    assert_user_error(q(store, f"INSERT {{ ?s a <urn:x:T> }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                        "--allow-update"), r"SERVICE .* is refused")
    assert hits == []
    # control: with --allow-remote the request really goes out (so the refusal is what stopped it)
    r = q(store, f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", "--allow-remote", pre=("--timeout", "20"))
    no_traceback(r)
    assert hits == ["POST /sparql"]  # once: the check does not run it a second time


def test_load_refused_and_never_fetched(store, server):
    url, hits = server
    before = snapshot(store)
    assert_user_error(q(store, f"LOAD <{url}/data.ttl>"), r"refused; pass --allow-update")
    assert_user_error(q(store, f"LOAD <{url}/data.ttl>", "--allow-update"), r"LOAD is refused; pass --allow-update --allow-remote")
    assert_user_error(q(store, f"LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:x:g>", "--allow-update"), r"LOAD is refused")
    assert hits == []
    assert snapshot(store) == before


@pytest.mark.parametrize("sparql", [
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "SELECT * FROM<{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "CONSTRUCT {{ ?s ?p ?o }} FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
])
def test_remote_from_refused(store, server, sparql):
    url, hits = server
    assert_user_error(q(store, sparql.format(url=url)), r"FROM <.*> is refused \(remote data\); pass --allow-remote")
    assert hits == []


def test_from_the_store_own_graphs_is_fine(store):
    r = q(store, "SELECT (COUNT(*) AS ?n) FROM <urn:aikg:ontology> WHERE { ?s ?p ?o }", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[1]) > 0


LOCAL = [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", ()),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", ("--allow-remote",)),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", ("--allow-remote",)),
    ("SELECT * FROM<FILE:///etc/passwd> WHERE { ?s ?p ?o }", ("--allow-remote",)),
    ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE { ?s ?p ?o }", ("--allow-remote",)),
    ("BASE <file:///etc/> SELECT * FROM <passwd> WHERE { ?s ?p ?o }", ("--allow-remote",)),
    ("LOAD <file:///etc/passwd>", ("--allow-update", "--allow-remote")),
    ("LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>", ("--allow-update", "--allow-remote")),
    ("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }", ("--allow-remote",)),
]


@pytest.mark.parametrize("sparql, flags", LOCAL)
def test_local_file_iris_never_read(store, sparql, flags):
    before = snapshot(store)
    r = q(store, sparql, *flags)
    assert_user_error(r, r"<file:.*> is refused: aikg never reads local files from a query")
    assert "root:" not in r.stdout
    assert snapshot(store) == before


# ---------------------------------------------------------------------- runaway and huge
def test_timeout_stops_a_cross_join(store):
    t0 = time.monotonic()
    r = aikg_store(store, "--timeout", "2", "query", "-e",
                   "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=120)
    secs = time.monotonic() - t0
    assert_user_error(r, r"query timed out after 2 s \(raise it with --timeout\)")
    assert secs < 12, secs


def test_timeout_covers_a_query_that_needs_no_data(store):
    """Checking the query used to run it once on an empty store, outside the timeout."""
    v = " ".join(map(str, range(1000)))
    t0 = time.monotonic()
    r = aikg_store(store, "--timeout", "2", "query", "-e",
                   f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{{v}}} VALUES ?b {{{v}}} VALUES ?c {{{v}}} }}",
                   timeout=120)
    assert_user_error(r, r"timed out after 2 s")
    assert time.monotonic() - t0 < 12


RSS_SCRIPT = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out:
    rc = subprocess.run([sys.executable, "-m", "aikg", *sys.argv[2:]], stdout=out).returncode
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["values", "cross-join"])
def test_a_million_rows_stream_in_bounded_memory(store, tmp_path, how):
    if how == "values":
        v = " ".join(map(str, range(1000)))
        sparql = f"SELECT ?a ?b WHERE {{ VALUES ?a {{{v}}} VALUES ?b {{{v}}} }}"
    else:
        sparql = "SELECT ?s ?o WHERE { ?s ?p ?x . ?y ?q ?o } LIMIT 1000000"
    out = tmp_path / "rows.csv"
    r = subprocess.run([sys.executable, "-c", RSS_SCRIPT, str(out), "--store", str(store), "--timeout", "600",
                        "query", "-e", sparql, "--format", "csv"], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    rc, rss_kb = map(int, r.stdout.split())
    assert rc == 0, r.stderr
    with open(out, "rb") as fh:
        n = sum(1 for _ in fh)
    assert n == 1_000_001
    assert rss_kb < 400 * 1024, f"peak RSS {rss_kb / 1024:.0f} MB"


def test_output_into_a_closed_pipe_is_quiet(store):
    cmd = (f"'{sys.executable}' -m aikg --store '{store}' query -e "
           f"'SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}' --format csv | head -n 1 >/dev/null; "
           "echo \"rc=${PIPESTATUS[0]}\"")
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert "rc=0" in r.stdout, (r.stdout, r.stderr)
    assert r.stderr == ""


def test_table_output_treats_values_as_text(store):
    """A value holding console markup ([bold], [/], [link=…]) is printed as it is."""
    val = "[/] [bold]x[/bold] [link=file:///etc/passwd]y[/link] \x1b[2J"
    r = q(store, f'SELECT ?x WHERE {{ VALUES ?x {{ "{val[:-4]}" }} }}')
    assert r.returncode == 0, r.stderr
    assert "[/] [bold]x[/bold] [link=file:///etc/passwd]y[/link]" in r.stdout
    r = q(store, 'SELECT ?x WHERE { VALUES ?x { "a\\u001b[2Jb" } }')
    assert r.returncode == 0 and "\x1b[2J" not in r.stdout
