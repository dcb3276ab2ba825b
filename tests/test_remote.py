"""Remote SPARQL endpoints (aikg.remote), `aikg load/push/pull/serve`, and their failures.

A real `oxigraph serve --union-default-graph` runs on 127.0.0.1 for the round trips; tiny stub
HTTP servers play the broken endpoints (down, slow, HTTP 500, garbage). Every failure must be
one line on stderr, exit code 1, no traceback, no hang.
"""
from __future__ import annotations

import base64
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg.remote import RemoteStore, find_oxigraph, with_prefixes
from engines import free_port, stop, wait_port

OXIGRAPH = find_oxigraph()
needs_oxigraph = pytest.mark.skipif(OXIGRAPH is None, reason="the `oxigraph` server binary is not installed (pip install oxigraph)")


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, proc)
    except Exception:
        proc.kill()
        proc.wait(5)
        raise
    return proc, f"http://127.0.0.1:{port}/query"


def run_cli(*args, env=None, timeout=60, input=None):
    """The CLI in a subprocess, without the endpoint, store or credentials of the caller."""
    e = {k: v for k, v in os.environ.items() if k != "AIKG_STORE" and not k.startswith("AIKG_ENDPOINT")}
    if env:
        e.update(env)
    return subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True,
                          env=e, timeout=timeout, input=input)


def one_line_error(r, *needles):
    assert r.returncode == 1, (r.returncode, r.stdout[-500:], r.stderr[-2000:])
    err = r.stderr.strip()
    assert "Traceback" not in r.stderr, r.stderr
    assert len(err.splitlines()) == 1, err
    assert err.startswith("aikg: error: "), err
    for n in needles:
        assert n.lower() in err.lower(), err
    return err


def rows_of(res, skip=()) -> list[tuple]:
    return sorted(tuple((v, str(r[v])) for v in res.variables if v in r and v not in skip) for r in res.rows)


def sampled(text: str) -> set:
    """Variables computed with SAMPLE(): any value of the group, so two stores may differ."""
    import re
    return set(re.findall(r"SAMPLE\s*\(\s*\?\w+\s*\)\s+AS\s+\?(\w+)", text, re.I))


# ---------------------------------------------------------------------- a real endpoint
@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if OXIGRAPH is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
    proc, url = start_oxigraph(tmp_path_factory.mktemp("oxigraph-data"))
    yield url
    stop(proc)


@pytest.fixture(scope="module")
def pushed(server, tmp_path_factory):
    """The bundled graph, pushed with the CLI (global --endpoint placement)."""
    env = {"XDG_DATA_HOME": str(tmp_path_factory.mktemp("xdg"))}
    r = run_cli("--endpoint", server, "push", "--bundled", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("pushed "), r.stdout
    return server


@pytest.fixture(scope="module")
def local():
    from aikg.store import LocalStore
    return LocalStore.bundled()


def test_every_saved_query_matches_the_local_bundled_store(pushed, local):
    from aikg.queries import catalogue
    from aikg.run import run_query
    remote = RemoteStore(pushed, timeout=30)
    alibaba = "https://aikg.dev/id/company/alibaba-group"
    for name, sq in catalogue().items():
        params = {p.name: alibaba for p in sq.params if not p.optional}
        a = run_query(local, name, params)
        b = run_query(remote, name, params)
        assert a.variables == b.variables, name
        skip = sampled(sq.text)
        assert rows_of(a, skip) == rows_of(b, skip), name
    # and with an optional parameter bound
    for name in ("costs-by-segment", "segments", "figures", "investments"):
        a = run_query(local, name, {"company": alibaba})
        b = run_query(remote, name, {"company": alibaba})
        skip = sampled(catalogue()[name].text)
        assert rows_of(a, skip) == rows_of(b, skip) and a.rows, name


def test_cli_read_commands_against_endpoint(pushed, tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    for name in ("documents", "segments", "conflicts"):
        rl = run_cli("query", name, "--format", "json", env=env)
        rr = run_cli("--endpoint", pushed, "query", name, "--format", "json", env=env)
        assert rl.returncode == 0 and rr.returncode == 0, rr.stderr
        assert json.loads(rl.stdout) == json.loads(rr.stdout), name
    rr = run_cli("--endpoint", pushed, "query", "costs-by-segment", "-p", "company=Alibaba", "--format", "csv", env=env)
    rl = run_cli("query", "costs-by-segment", "-p", "company=Alibaba", "--format", "csv", env=env)
    assert rr.returncode == 0 and rr.stdout == rl.stdout and rr.stdout.count("\n") > 1
    # stats, conflicts, ask
    sl = json.loads(run_cli("stats", "--format", "json", env=env).stdout)
    sr = json.loads(run_cli("--endpoint", pushed, "stats", "--format", "json", env=env).stdout)
    sl.pop("store"), sr.pop("store")
    assert sl == sr
    cl = run_cli("conflicts", "--format", "json", env=env)
    cr = run_cli("--endpoint", pushed, "conflicts", "--format", "json", env=env)
    assert cr.returncode == 0 and json.loads(cl.stdout) == json.loads(cr.stdout)
    # export reads the remote graph through quads() / named_graphs()
    rl = run_cli("export", "-q", "-o", str(tmp_path / "local.nq"), env=env)
    rr = run_cli("--endpoint", pushed, "export", "-q", "-o", str(tmp_path / "remote.nq"), env=env)
    assert rl.returncode == 0 and rr.returncode == 0, rr.stderr
    assert sorted((tmp_path / "remote.nq").read_text().splitlines()) == sorted((tmp_path / "local.nq").read_text().splitlines())
    q = "What segments does Alibaba report?"
    al = json.loads(run_cli("ask", "--format", "json", q, env=env).stdout)
    ar = json.loads(run_cli("--endpoint", pushed, "ask", "--format", "json", q, env=env).stdout)
    assert ar["status"] == "answered" and ar["answer"] == al["answer"]


def test_adhoc_queries_use_default_prefixes_ask_and_construct(pushed):
    remote = RemoteStore(pushed)
    from aikg.run import run_query
    r = run_query(remote, "SELECT DISTINCT ?c WHERE { ?c a kg:Company } ORDER BY ?c", {})
    assert r.rows and all(isinstance(x["c"], ox.NamedNode) for x in r.rows)
    a = run_query(remote, "ASK { id:company\\/alibaba-group a kg:Company }", {})
    assert a.kind == "ask" and a.boolean is True
    g = run_query(remote, "CONSTRUCT { ?c a kg:Company } WHERE { ?c a kg:Company }", {}, timeout=10)
    assert g.kind == "graph" and len(g.triples) == len(r.rows)
    assert all(isinstance(t, ox.Triple) for t in g.triples)
    # literals come back typed, with languages and datatypes
    lit = run_query(remote, 'SELECT ?n ?l WHERE { BIND(42 AS ?n) BIND("x"@en AS ?l) }', {})
    assert lit.rows[0]["n"] == ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert lit.rows[0]["l"] == ox.Literal("x", language="en")
    # unbound variables are absent from the row, as locally
    un = run_query(remote, "SELECT ?a ?b WHERE { BIND(1 AS ?a) }", {})
    assert "b" not in un.rows[0] and un.variables == ["a", "b"]


def test_with_prefixes_adds_only_missing_used_prefixes():
    assert with_prefixes("SELECT * WHERE { ?s a kg:X }").startswith("PREFIX kg: <https://aikg.dev/ns#>\n")
    declared = "PREFIX kg: <https://other/>\nSELECT * WHERE { ?s a kg:X }"
    assert with_prefixes(declared) == declared
    assert with_prefixes("SELECT * WHERE { ?s <http://x/kg:y> ?o }") == "SELECT * WHERE { ?s <http://x/kg:y> ?o }"


def test_store_interface_writes(tmp_path):
    """replace_document / remove_document / documents / document_hash / update over HTTP."""
    if OXIGRAPH is None:
        pytest.skip("no oxigraph binary")
    from aikg.rdf import KG, doc_iri
    proc, url = start_oxigraph(tmp_path / "data")
    try:
        rs = RemoteStore(url)
        g = doc_iri("remote-doc")
        quads = [ox.Quad(g, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG("Document"), g),
                 ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("remote-doc"), g),
                 ox.Quad(g, KG("sha256"), ox.Literal("abc"), g),
                 ox.Quad(ox.NamedNode("https://aikg.dev/id/company/x"), KG("note"), ox.Literal('quote " and \\ and\nnewline', language="en"), g)]
        rs.replace_document("remote-doc", quads)
        assert rs.documents() == ["remote-doc"]
        assert rs.document_hash("remote-doc") == "abc"
        assert len(rs) == 5 and rs.named_graphs() == [g]       # the fact-level triple is in the facts graph too
        rs.replace_document("remote-doc", quads[:3])             # replaced, not added to
        assert len(rs) == 3
        assert sorted(map(str, rs.quads())) == sorted(map(str, quads[:3]))
        assert sorted(map(str, rs.quads(g))) == sorted(map(str, quads[:3]))
        rs.update("INSERT DATA { GRAPH <urn:x> { <urn:a> kg:b 1 } }")
        assert len(rs) == 4
        assert rs.remove_document("remote-doc") is True and rs.remove_document("remote-doc") is False
        assert rs.documents() == [] and rs.document_hash("remote-doc") is None
    finally:
        stop(proc)


def test_remote_replace_and_remove_keep_the_facts_graph_like_a_local_store(tmp_path):
    """Ingest, change and remove documents through the endpoint: the remote facts graph (counts,
    sample quotes, facts) is what the same writes give on a local store, and a rebuild."""
    if OXIGRAPH is None:
        pytest.skip("no oxigraph binary")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import feed_gen
    from aikg.extract.pipeline import extract_bytes
    from aikg.facts import REBUILD
    from aikg.rdf import FACTS_GRAPH, extraction_quads
    from aikg.store import LocalStore

    # six articles: whichever one is removed, some fact stays restated by two others (with five, a
    # restriction was the only fact three of them shared until whom it affects became part of it)
    feed_gen.generate(6, tmp_path / "feed", seed=3)
    files = sorted((tmp_path / "feed").glob("*.txt"))
    def quads(f, extra=""):
        return extraction_quads(extract_bytes(f.read_bytes() + extra.encode(), f.name), ordered=False)
    steps = [(f.stem, quads(f)) for f in files] + [(files[0].stem, quads(files[0], "\nIt said nothing more.\n"))]
    proc, url = start_oxigraph(tmp_path / "data")
    try:
        rs, local = RemoteStore(url), LocalStore.memory()
        for doc, q in steps:
            rs.replace_document(doc, q)
            local.replace_document(doc, q)
        assert rs.remove_document(files[1].stem) and local.remove_document(files[1].stem)

        def facts(quads_):
            return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads_}
        remote_facts = facts(rs._quads_by_query(FACTS_GRAPH))
        assert remote_facts == facts(local.quads(FACTS_GRAPH)) and len(remote_facts) > 100
        counts = [int(o.strip('"').split('"')[0]) for s_, p, o in remote_facts if p.endswith("#documentCount>")]
        assert max(counts) >= 2                              # facts restated across the documents
        copy = ox.Store()
        copy.extend(q for q in local.ox if q.graph_name != FACTS_GRAPH)
        copy.update(REBUILD)
        assert remote_facts == facts(copy.quads_for_pattern(None, None, None, FACTS_GRAPH))
    finally:
        stop(proc)


def test_push_graph_option_merge_and_pull_round_trip(tmp_path):
    if OXIGRAPH is None:
        pytest.skip("no oxigraph binary")
    proc, url = start_oxigraph(tmp_path / "data")
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    try:
        # --graph: everything into one graph (command-level --endpoint placement)
        r = run_cli("push", "--endpoint", url, "--bundled", "--graph", "https://example.org/kg", env=env)
        assert r.returncode == 0, r.stderr
        rs = RemoteStore(url)
        assert rs.named_graphs() == [ox.NamedNode("https://example.org/kg")]
        rs.update("DROP ALL")
        # default: one graph per document; pushing twice replaces instead of duplicating
        for _ in range(2):
            r = run_cli("push", "--endpoint", url, "--bundled", env=env)
            assert r.returncode == 0, r.stderr
        n_remote = len(rs)
        from aikg.store import LocalStore
        bundled = LocalStore.bundled()
        assert n_remote == len(list(bundled.quads()))
        # pull into an empty store: the documents arrive; pulling again changes nothing
        store = tmp_path / "pulled"
        for _ in range(2):
            r = run_cli("--store", str(store), "--empty", "pull", "--endpoint", url, env=env)
            assert r.returncode == 0, r.stderr
            assert r.stdout.startswith("pulled ")
        local = LocalStore.open(store)
        assert local.documents() == bundled.documents()
        assert {str(q) for q in local.quads()} == {str(q) for q in bundled.quads()}
        del local
        # a remote change to one document replaces the local copy (not merged into it)
        doc = bundled.documents()[0]
        from aikg.rdf import doc_iri
        rs.update(f"DELETE WHERE {{ GRAPH {doc_iri(doc)} {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }} }}")
        r = run_cli("--store", str(store), "pull", "--endpoint", url, env=env)
        assert r.returncode == 0, r.stderr
        local = LocalStore.open(store)
        labels = list(local.ox.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None, doc_iri(doc)))
        assert labels == []
        del local
        # pull one graph
        r = run_cli("--store", str(tmp_path / "one"), "--empty", "pull", "--endpoint", url, "--graph", str(doc_iri(doc).value), env=env)
        assert r.returncode == 0, r.stderr
        one = LocalStore.open(tmp_path / "one")
        assert [g.value for g in one.named_graphs() if g.value != "urn:aikg:ontology"] == [doc_iri(doc).value]
    finally:
        stop(proc)


def test_push_needs_an_endpoint_and_refuses_credentials_in_url(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    r = run_cli("push", "--bundled", env=env)
    assert r.returncode == 2 and "--endpoint" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("--endpoint", "http://user:secret@127.0.0.1:9/query", "query", "documents", env=env)
    err = one_line_error(r, "credentials", "AIKG_ENDPOINT_USER")
    assert "secret" not in err
    r = run_cli("--endpoint", "ftp://127.0.0.1/query", "stats", env=env)
    one_line_error(r, "not an http")


# ---------------------------------------------------------------------- broken endpoints
class _Stub(http.server.BaseHTTPRequestHandler):
    mode = "500"
    release = threading.Event()
    seen: list = []

    def log_message(self, *a):
        pass

    def _answer(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        type(self).seen.append({"path": self.path, "headers": dict(self.headers), "body": body})
        mode = type(self).mode
        if mode == "store500":     # queries and updates answered, uploads refused
            mode = "500" if self.path.startswith("/store") else "ok"
        if mode == "slow":
            type(self).release.wait(8)         # bounded: never longer than 8 s
            code, ctype, data = 200, "application/sparql-results+json", b'{"head":{"vars":[]},"results":{"bindings":[]}}'
        elif mode == "500":
            code, ctype, data = 500, "text/plain", b"boom: the store is on fire\nsecond line\n"
        elif mode == "401":
            code, ctype, data = 401, "text/plain", b"who are you?"
        elif mode == "garbage":
            code, ctype, data = 200, "application/sparql-results+json", b"<html>this is not json"
        elif mode == "shape":
            code, ctype, data = 200, "application/sparql-results+json", b'{"foo": [1, 2, 3]}'
        elif mode == "html":
            code, ctype, data = 200, "text/html", b"<html><body>a login page</body></html>"
        elif mode == "close":
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        elif mode == "ok":
            code, ctype, data = 200, "application/sparql-results+json", b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"0","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except OSError:
            pass

    do_POST = _answer
    do_GET = _answer


@pytest.fixture
def stub():
    class Handler(_Stub):
        release = threading.Event()
        seen: list = []

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    th.start()

    def set_mode(mode):
        Handler.mode = mode
        return f"http://127.0.0.1:{srv.server_address[1]}/query"

    set_mode.handler = Handler
    yield set_mode
    Handler.release.set()
    srv.shutdown()
    srv.server_close()


def test_endpoint_down_is_one_line(tmp_path):
    port = free_port()  # nothing listens there
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    for args in (["query", "documents"], ["stats"], ["ask", "What segments does Alibaba report?"], ["conflicts"]):
        t = time.monotonic()
        r = run_cli("--endpoint", f"http://127.0.0.1:{port}/query", *args, env=env, timeout=30)
        one_line_error(r, "connection refused", f"127.0.0.1:{port}")
        assert time.monotonic() - t < 10


def test_slow_endpoint_times_out_quickly(stub, tmp_path):
    url = stub("slow")
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    for args in (["query", "documents"], ["stats"]):
        t = time.monotonic()
        r = run_cli("--endpoint", url, "--timeout", "1", *args, env=env, timeout=30)
        elapsed = time.monotonic() - t
        err = one_line_error(r)
        assert "1 s" in err and ("did not answer" in err or "timed out" in err), err
        assert elapsed < 4, elapsed           # process start-up + 1 s, never the stub's 8 s
    # the API alone: the deadline holds for the whole request
    rs = RemoteStore(url, timeout=0.5)
    t = time.monotonic()
    with pytest.raises(Exception) as e:
        rs.query("SELECT * WHERE { ?s ?p ?o }")
    assert "did not answer within 0.5 s" in str(e.value) and time.monotonic() - t < 2


def test_http_500_reports_status_and_first_line(stub, tmp_path):
    url = stub("500")
    r = run_cli("--endpoint", url, "query", "documents", env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    err = one_line_error(r, "HTTP 500", "boom: the store is on fire")
    assert "second line" not in err


def test_http_401_points_at_the_credential_variables(stub, tmp_path):
    url = stub("401")
    r = run_cli("--endpoint", url, "stats", env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    one_line_error(r, "HTTP 401", "AIKG_ENDPOINT_USER")


@pytest.mark.parametrize("mode", ["garbage", "shape", "html"])
def test_malformed_results_are_one_line(stub, tmp_path, mode):
    url = stub(mode)
    for args in (["query", "documents"], ["stats"], ["query", "-e", "ASK { ?s ?p ?o }"]):
        r = run_cli("--endpoint", url, *args, env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
        one_line_error(r, "malformed results")


def test_connection_closed_without_answer(stub, tmp_path):
    url = stub("close")
    r = run_cli("--endpoint", url, "stats", env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    one_line_error(r, "127.0.0.1")


def test_credentials_come_from_the_environment(stub, tmp_path):
    url = stub("ok")
    h = stub.handler
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "AIKG_ENDPOINT_USER": "ann", "AIKG_ENDPOINT_PASSWORD": "s3cret"}
    r = run_cli("--endpoint", url, "query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", env=env)
    assert r.returncode == 0, r.stderr
    sent = h.seen[-1]
    assert sent["headers"]["Authorization"] == "Basic " + base64.b64encode(b"ann:s3cret").decode()
    assert b"union-default-graph" in sent["body"] and sent["headers"]["Accept"].startswith("application/sparql-results+json")
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "AIKG_ENDPOINT_TOKEN": "tok-123"}
    r = run_cli("--endpoint", url, "query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", env=env)
    assert r.returncode == 0 and h.seen[-1]["headers"]["Authorization"] == "Bearer tok-123"


def test_keep_alive_reuses_one_connection(pushed):
    rs = RemoteStore(pushed)
    rs.query("ASK { ?s ?p ?o }")
    conn = rs._conns()[rs.query_url.key]
    sock = conn.sock
    for _ in range(5):
        rs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rs._conns()[rs.query_url.key].sock is sock


# ---------------------------------------------------------------------- load
def test_load_triples_into_a_graph_per_file_and_quads_keep_graphs(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    ttl = tmp_path / "extra.ttl"
    ttl.write_text('@prefix kg: <https://aikg.dev/ns#> .\n<https://aikg.dev/id/company/x> a kg:Company ; <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n')
    nq = tmp_path / "more.nq"
    nq.write_text('<urn:a> <urn:p> "1" <urn:g1> .\n<urn:a> <urn:p> "2" <urn:g2> .\n<urn:a> <urn:p> "3" .\n')
    store = tmp_path / "st"
    r = run_cli("--store", str(store), "--empty", "load", str(ttl), str(nq), env=env)
    assert r.returncode == 0, r.stderr
    assert "loaded 5 quads from 2 files" in r.stdout
    r = run_cli("--store", str(store), "load", str(ttl), env=env)      # re-loading replaces
    assert r.returncode == 0, r.stderr
    from aikg.store import LocalStore
    s = LocalStore.open(store)
    graphs = {g.value for g in s.named_graphs()}
    assert {"https://aikg.dev/id/doc/extra", "urn:g1", "urn:g2"} <= graphs
    assert len(list(s.quads(ox.NamedNode("https://aikg.dev/id/doc/extra")))) == 2
    assert len(list(s.quads(ox.DefaultGraph()))) == 1
    del s
    r = run_cli("--store", str(store), "load", "--default-graph", str(ttl), env=env)
    assert r.returncode == 0, r.stderr


def test_load_refuses_bad_input_without_loading_anything(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    good = tmp_path / "good.nt"
    good.write_text('<urn:a> <urn:p> "ok" .\n')
    bad = tmp_path / "bad.nq"
    bad.write_text('<urn:a> <urn:p> "1" <urn:g> .\n<urn:a> <urn:p> "unterminated <urn:g> .\n')
    store = tmp_path / "st"
    r = run_cli("--store", str(store), "--empty", "load", str(good), str(bad), env=env)
    one_line_error(r, "bad.nq", "nothing was loaded")
    (tmp_path / "x.json").write_text("{}")
    r = run_cli("--store", str(store), "--empty", "load", str(tmp_path / "x.json"), env=env)
    one_line_error(r, "unknown RDF format")
    r = run_cli("--store", str(store), "--empty", "load", str(tmp_path / "missing.nt"), env=env)
    one_line_error(r, "no such file")
    r = run_cli("--store", str(store), "--empty", "load", "--graph", "urn:x", str(bad), env=env)
    one_line_error(r, "TriG and N-Quads")
    if (store / "CURRENT").exists():
        from aikg.store import LocalStore
        s = LocalStore.open(store)
        assert not any(q.subject == ox.NamedNode("urn:a") for q in s.quads())


# ---------------------------------------------------------------------- serve
@needs_oxigraph
def test_serve_exposes_the_store_read_only(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    env.pop("AIKG_ENDPOINT", None)
    store = tmp_path / "st"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "aikg", "--store", str(store), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = ""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "serving" not in line:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
        assert f"http://127.0.0.1:{port}/query" in line, (line, proc.stderr.read() if proc.poll() is not None else "")
        rs = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=10)
        from aikg.store import LocalStore
        assert rs.documents() == LocalStore.bundled().documents()
        with pytest.raises(Exception):
            rs.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")        # read-only
        # a second server on the same port: a clear error
        r = run_cli("--store", str(store), "serve", "--port", str(port), env={"XDG_DATA_HOME": str(tmp_path / "xdg")}, timeout=30)
        one_line_error(r, f"{port}")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    # the oxigraph child went away with it
    time.sleep(0.2)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()


def test_serve_refuses_endpoint(tmp_path):
    r = run_cli("--endpoint", "http://127.0.0.1:9/query", "serve", env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert r.returncode == 2 and "Traceback" not in r.stderr


def _on_disk_store(tmp_path, n: int = 20000) -> Path:
    """A store of `n` quads over 50 graphs (more than a pipe buffer of N-Quads), plus aikg's
    own metadata graph."""
    src = tmp_path / "many.nq"
    src.write_text("".join(f'<urn:s:{i}> <urn:p:{i % 7}> "value {i}" <urn:g:{i % 50}> .\n' for i in range(n)))
    store = tmp_path / "store"
    r = run_cli("--store", str(store), "--empty", "load", str(src), env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert r.returncode == 0, r.stderr
    return store


@needs_oxigraph
def test_push_streams_an_on_disk_store_without_its_metadata(tmp_path):
    from aikg.rdf import META_GRAPH
    from aikg.store import LocalStore
    store = _on_disk_store(tmp_path)
    local = LocalStore.open(store)
    assert local.ox.contains_named_graph(META_GRAPH)      # so leaving it out is tested
    expected = {str(q) for q in local.quads()}
    del local
    proc, url = start_oxigraph(tmp_path / "server")
    try:
        r = run_cli("--store", str(store), "push", "--endpoint", url, env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith(f"pushed {len(expected)} quads"), r.stdout
        rs = RemoteStore(url)
        assert {str(q) for q in rs._quads_by_query()} == expected
        assert not bool(rs.query(f"ASK {{ GRAPH {META_GRAPH} {{ ?s ?p ?o }} }}"))
    finally:
        stop(proc)


def test_push_stops_with_one_line_when_the_server_refuses_the_upload(stub, tmp_path):
    store = _on_disk_store(tmp_path)
    url = stub("store500")
    t = time.monotonic()
    r = run_cli("--store", str(store), "push", "--endpoint", url, env={"XDG_DATA_HOME": str(tmp_path / "xdg")}, timeout=30)
    one_line_error(r, "127.0.0.1", "/store")
    assert time.monotonic() - t < 15
    assert any(s["path"].startswith("/store") for s in stub.handler.seen)


def test_dump_for_an_upload_leaves_out_the_metadata_graph(tmp_path):
    """The file `push` uploads when it cannot stream (a server asking for a user and password)."""
    from aikg.rdf import META_GRAPH
    from aikg.remote import _dump
    from aikg.store import LocalStore
    local = LocalStore.open(_on_disk_store(tmp_path, 3000))
    out = tmp_path / "out.nq"
    names, count = _dump(local, out)
    got = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert count == len(got) == len(list(local.quads())) > 3000      # the ontology graph too
    assert {str(q) for q in got} == {str(q) for q in local.quads()}
    assert META_GRAPH not in names and {ox.NamedNode(f"urn:g:{i}") for i in range(50)} <= names
