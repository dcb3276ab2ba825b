"""`aikg serve` under hostile queries, hung-up clients, too many clients, a crashing engine and
a writer: it answers 4xx/5xx with one line, stops what runs too long, and keeps serving.

A real server runs in a subprocess on 127.0.0.1 (engine processes under it)."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

psutil = pytest.importorskip("psutil")
pytest.importorskip("aiohttp")

from test_guard import NESTED_GROUPS, PARENS, UNIONS  # noqa: E402

CARTESIAN = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . "
             "?q ?r ?t . ?u ?v ?w }")
TIMEOUT = 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(tmp) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("AIKG_STORE", "AIKG_ENDPOINT")}
    env["XDG_DATA_HOME"] = str(tmp / "xdg")
    return env


class Server:
    def __init__(self, store, tmp, *args):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/query"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "aikg", "--store", str(store), "--timeout", str(TIMEOUT), "serve",
             "--port", str(self.port), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env_for(tmp))
        line = ""
        deadline = time.monotonic() + 60
        while "serving" not in line and time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line and self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read())
        assert self.url in line, line

    def engines(self):
        """The engine processes: forked by multiprocessing's fork server, a child of the front."""
        return [g for c in psutil.Process(self.proc.pid).children() for g in c.children()]

    def engine_cpu(self) -> float:
        total = 0.0
        for c in psutil.Process(self.proc.pid).children(recursive=True):
            try:
                t = c.cpu_times()
                total += t.user + t.system
            except psutil.NoSuchProcess:
                pass
        return total

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGINT)
        try:
            _, err = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


def request(url, sparql=None, *, body=None, ctype="application/sparql-query", method="POST", timeout=20,
            accept="application/sparql-results+json"):
    data = body if body is not None else (sparql.encode() if sparql is not None else None)
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": ctype, "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def healthy(url) -> None:
    status, text, _ = request(url, COUNT)
    assert status == 200 and '"n"' in text, (status, text)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    s = tmp / "store"
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(s), "stats"], capture_output=True,
                       text=True, env=env_for(tmp))
    assert r.returncode == 0, r.stderr
    return s


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    srv = Server(store, tmp_path_factory.mktemp("srv"), "--workers", "2", "--max-clients", "6",
                 "--max-body", "200000", "--fast-budget", "0.2")
    yield srv
    srv.stop()


# ---------------------------------------------------------------------- hostile queries
def test_hostile_queries_get_4xx_and_the_server_stays_up(server):
    cases = [
        (NESTED_GROUPS, 400, "nested"),
        (PARENS, 400, "nested"),
        (UNIONS[:150_000].rsplit(" UNION", 1)[0] + " }", 400, "operators"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400, "SERVICE"),
        ("SELECT * WHERE { ?s ?p ", 400, "syntax"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 400, "syntax"),
        ("DROP ALL", 400, "syntax"),
    ]
    for sparql, code, word in cases:
        status, text, _ = request(server.url, body=sparql.encode()[:190_000])
        assert status == code and word.lower() in text.lower(), (sparql[:60], status, text[:200])
        assert len(text.strip().splitlines()) == 1, text
    healthy(server.url)


def test_bodies_are_capped(server):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 300_000
    status, text, _ = request(server.url, body=big)
    assert status == 413, (status, text[:200])
    status, _, _ = request(server.url, body=urllib.parse.urlencode({"query": big.decode()}).encode(),
                           ctype="application/x-www-form-urlencoded")
    assert status == 413
    healthy(server.url)


def test_writes_are_refused(server):
    base = server.url.rsplit("/", 1)[0]
    for path in ("/update", "/store"):
        status, text, _ = request(base + path, body=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                  ctype="application/sparql-update")
        assert status == 403 and "read-only" in text


def _quads(path, skip=("urn:aikg:meta",)) -> set:
    import pyoxigraph as ox
    return {q for q in ox.Store.read_only(str(path)) if getattr(q.graph_name, "value", "") not in skip}


def test_pull_from_serve_copies_the_store(server, store, tmp_path):
    """`aikg pull` from `aikg serve` (GET /store, N-Quads) gives a store equal to the served
    one (its own metadata graph aside)."""
    copy = tmp_path / "copy"
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(copy), "--empty", "pull", "--endpoint",
                        server.url], capture_output=True, text=True, env=env_for(tmp_path), timeout=120)
    assert r.returncode == 0, r.stderr
    assert "pulled" in r.stdout, r.stdout
    served = _quads(store)
    assert served and _quads(copy) == served


def test_graph_store_get_of_one_graph(server, store):
    import pyoxigraph as ox
    base = server.url.rsplit("/", 1)[0]
    s = ox.Store.read_only(str(store))
    g = sorted(s.named_graphs(), key=str)[0]
    want = {ox.Triple(q.subject, q.predicate, q.object) for q in s.quads_for_pattern(None, None, None, g)}
    status, text, headers = request(base + "/store?" + urllib.parse.urlencode({"graph": g.value}), method="GET",
                                    accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    got = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text.encode(), ox.RdfFormat.N_TRIPLES)}
    assert want and got == want
    status, text, _ = request(base + "/store?graph=urn:aikg:no-such-graph", method="GET")
    assert status == 404 and "no graph" in text
    status, text, _ = request(base + "/store?graph=not%20an%20iri", method="GET")
    assert status == 400


def test_get_form_and_remote_store_clients(server):
    from aikg.remote import RemoteStore
    from aikg.store import LocalStore
    status, text, _ = request(server.url + "?" + urllib.parse.urlencode({"query": COUNT}), method="GET")
    assert status == 200 and '"n"' in text
    status, text, _ = request(server.url, COUNT, accept="text/csv")
    assert status == 200 and text.startswith("n")
    rs = RemoteStore(server.url, timeout=10)
    assert rs.documents() == LocalStore.bundled().documents()


# ---------------------------------------------------------------------- time, clients, crashes
def cartesian(n: int) -> str:
    """The cartesian product, one text per test (a query that timed out is not run again
    for a while)."""
    return f"{CARTESIAN} LIMIT {n}"


def test_a_query_past_the_timeout_is_stopped_and_the_cpu_comes_back(server):
    t0 = time.monotonic()
    status, text, _ = request(server.url, cartesian(1), timeout=30)
    took = time.monotonic() - t0
    assert status == 504 and "timed out" in text, (status, text)
    assert took <= TIMEOUT + 1.5, took
    c0 = server.engine_cpu()
    time.sleep(1.0)
    assert server.engine_cpu() - c0 < 0.2          # nothing left running
    healthy(server.url)
    # sent again at once (spacing and comments aside): answered 504 without running
    t0 = time.monotonic()
    status, text, headers = request(server.url, "# again\n" + cartesian(1).replace(" . ", " .\n"))
    assert status == 504 and "not run again" in text and time.monotonic() - t0 < 1.0, (status, text)
    assert "refused" in headers["Server-Timing"]


def test_a_client_that_hangs_up_stops_its_query(server):
    with pytest.raises(OSError):                    # urllib's timeout: the client gives up after 1 s
        request(server.url, cartesian(2), timeout=1)
    time.sleep(1.0)                                 # still well before the server's own timeout
    c0 = server.engine_cpu()
    time.sleep(1.0)
    assert server.engine_cpu() - c0 < 0.2
    healthy(server.url)


def test_too_many_clients_get_503_with_retry_after(server):
    results = []

    def one():
        results.append(request(server.url, cartesian(3), timeout=30))
    threads = [threading.Thread(target=one) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    busy = [r for r in results if r[0] == 503]
    assert busy, [r[0] for r in results]
    assert all(r[2].get("Retry-After", "").isdigit() and int(r[2]["Retry-After"]) >= 1 for r in busy)
    assert {r[0] for r in results} <= {503, 504}
    time.sleep(0.5)
    healthy(server.url)


ENTITY_ASK = "ASK { <https://aikg.dev/id/company/alibaba-group> ?p ?o }"     # bound to an entity: fast lane
ENTITY_CARTESIAN = CARTESIAN.replace("}", "FILTER(?a != <https://aikg.dev/id/company/alibaba-group>) }")


def test_an_engine_that_dies_is_restarted_and_logged(tmp_path):
    srv = Server(tmp_path / "own", tmp_path, "--workers", "1", "--slow-workers", "1")   # a store of its own
    try:
        victim = srv.engines()
        assert len(victim) == 2
        for p in victim:
            p.send_signal(signal.SIGSEGV)
        time.sleep(0.3)
        healthy(srv.url)                            # a new slow-lane engine answers
        status, text, _ = request(srv.url, ENTITY_ASK)
        assert status == 200 and "boolean" in text   # and a new fast-lane one
    finally:
        err = srv.stop()
    for n in (0, 1):
        assert re.search(rf"engine {n} \(pid \d+\) .*\(signal 11\); restarted", err), err


def _lane(headers) -> str:
    m = re.search(r'desc="(\w+) lane"', headers.get("Server-Timing", ""))
    return m.group(1) if m else ""


def test_entity_queries_are_not_stuck_behind_slow_ones(tmp_path):
    """With the slow lane's only engine busy and no room in its queue, an unbound query gets
    503 with Retry-After at once, while a query bound to an entity is answered by the fast lane."""
    srv = Server(tmp_path / "own", tmp_path, "--workers", "1", "--slow-workers", "1", "--slow-queue", "0",
                 "--fast-budget", "0.5")
    try:
        slow = threading.Thread(target=request, args=(srv.url, CARTESIAN), kwargs={"timeout": 30})
        slow.start()
        time.sleep(0.5)
        t0 = time.monotonic()
        status, text, headers = request(srv.url, COUNT)
        assert status == 503 and headers.get("Retry-After", "").isdigit(), (status, text)
        assert "slow lane" in text and time.monotonic() - t0 < 1.0
        t0 = time.monotonic()
        status, text, headers = request(srv.url, ENTITY_ASK)
        assert status == 200 and _lane(headers) == "fast", (status, text, headers)
        assert time.monotonic() - t0 < 1.0
        slow.join()
        time.sleep(1.0)                             # its engine was killed: a new one starts
        status, _, headers = request(srv.url, COUNT)
        assert status == 200 and _lane(headers) == "slow"
        # bound to an entity, but expensive: stopped in the fast lane after --fast-budget and
        # run again in the slow lane; the next time its shape goes to the slow lane directly
        status, text, headers = request(srv.url, ENTITY_CARTESIAN, timeout=30)
        assert status == 504 and _lane(headers) == "slow", (status, text, headers)
        assert 'preempted;dur=' in headers["Server-Timing"]
        time.sleep(1.0)
        status, text, headers = request(srv.url, ENTITY_CARTESIAN.replace("alibaba-group", "baidu"), timeout=30)
        assert status == 504 and _lane(headers) == "slow" and "preempted" not in headers["Server-Timing"]
    finally:
        err = srv.stop()
    assert "moved to the slow lane" in err


def test_the_answer_of_an_expensive_query_is_kept(server):
    """Longer than --fast-budget in its engine: the next identical request (comments and
    spacing aside) is answered from the server's answer cache, with the same body."""
    q = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { 1 2 } ?a ?b ?c . "
         "?d <http://www.w3.org/2000/01/rdf-schema#label> ?f }")
    status, first, headers = request(server.url, q, timeout=30)
    if status == 504:   # (CI of session 25's merge at load ~20: the premise, not the cache, failed)
        pytest.skip("the machine is too loaded: the expensive query ran past the server's --timeout")
    assert status == 200, first
    ran = float(re.search(r"run;dur=([0-9.]+)", headers["Server-Timing"]).group(1))
    assert ran >= 200, ran                          # the test's premise: it is expensive
    status, again, headers = request(server.url, "# again\n" + q.replace(" . ", " .\n  "))
    assert status == 200 and again == first
    assert headers["Server-Timing"] == 'cache;desc="hit"'
    status, _, headers = request(server.url, COUNT)  # cheap: never kept
    status, _, headers = request(server.url, COUNT)
    assert "cache" not in headers["Server-Timing"]


def test_the_same_query_running_is_shared_not_run_twice(server):
    """Clients sending a query that is running already for another client get its answer
    (Server-Timing "shared"), with the same body, without a second run in an engine."""
    q = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { 1 2 4 } ?a ?b ?c . "
         "?d <http://www.w3.org/2000/01/rdf-schema#label> ?f }")
    results = []

    def one():
        results.append(request(server.url, q, timeout=30))
    first = threading.Thread(target=one)
    first.start()
    time.sleep(0.1)
    others = [threading.Thread(target=one) for _ in range(2)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join()
    # 200, or on a machine so busy that the query runs into the server's 3 s timeout, 504: the
    # same for all three either way
    assert len({r[0] for r in results}) == 1 and results[0][0] in (200, 504), results
    timings = sorted(r[2]["Server-Timing"] for r in results)
    ran = [t for t in timings if "run;dur=" in t]
    assert len(ran) == 1 and float(re.search(r"run;dur=([0-9.]+)", ran[0]).group(1)) >= 100, timings
    assert sum(t.startswith("shared;dur=") for t in timings) == 2, timings
    assert len({r[1] for r in results}) == 1


def test_when_the_first_client_of_a_shared_query_goes_away_the_others_are_told_to_retry(server):
    q = CARTESIAN.replace("?u ?v ?w", "?u ?v ?w . ?x ?y ?z")
    results = []

    def other():
        results.append(request(server.url, q, timeout=30))
    t = threading.Thread(target=other)
    with pytest.raises(OSError):                    # the first client gives up after 1 s
        threading.Timer(0.3, t.start).start()
        request(server.url, q, timeout=1)
    t.join()
    status, text, headers = results[0]
    assert status == 503 and headers.get("Retry-After") == "1" and "stopped" in text, (status, text)
    time.sleep(1.0)
    c0 = server.engine_cpu()
    time.sleep(1.0)
    assert server.engine_cpu() - c0 < 0.2          # its run was stopped, not left to the other
    healthy(server.url)


def test_slow_lane_engines_run_at_a_lower_priority(server):
    nices = sorted(p.nice() for p in server.engines())
    assert nices[0] == psutil.Process(server.proc.pid).nice() and nices[-1] > nices[0], nices


# ---------------------------------------------------------------------- one writer
def test_ingest_while_serving_is_refused_naming_the_server(server, store, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Alibaba said it would invest more in cloud computing this year.")
    for args in (["ingest", str(doc)], ["remove", "note"], ["load", str(doc.with_suffix(".nq"))]):
        if args[0] == "load":
            doc.with_suffix(".nq").write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n")
        r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), *args], capture_output=True,
                           text=True, env=env_for(tmp_path))
        err = r.stderr.strip()
        assert r.returncode == 1 and len(err.splitlines()) == 1, (args, r.returncode, err)
        assert f"pid {server.proc.pid}" in err and server.url in err, err
    # reading still works (read-only), and sees what the server sees
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "stats", "--format", "json"],
                       capture_output=True, text=True, env=env_for(tmp_path))
    assert r.returncode == 0, r.stderr


def test_serve_refuses_a_store_open_for_writing(tmp_path):
    from aikg.store import LocalStore
    store = tmp_path / "busy"
    s = LocalStore.open(store, write=True, empty=True)     # an ingest in progress, say
    try:
        port = free_port()
        r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "serve", "--port", str(port)],
                           capture_output=True, text=True, env=env_for(tmp_path), timeout=60)
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert "in use" in r.stderr or "another aikg process" in r.stderr, r.stderr
    finally:
        del s
