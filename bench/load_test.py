#!/usr/bin/env python3
"""Load test of `aikg serve` with locust (headless), loopback only, bounded in time.

    python bench/load_test.py --store /tmp/feed-2k   # builds the store there first if missing

One command for the whole test: without --store, or with a --store that does not exist yet,
it first ingests 2,000 news-feed articles (bench/feed_gen.py, seed 11, ~4-10 min), the store
of issue 8; the defaults are the committed run's settings (32 clients, 60 s mix, 150 s hostile
phase, server --timeout 10 --workers 3 --slow-workers 2).

Builds (or reuses) a store, prepares the healthy requests (entity-bound saved queries with
their parameters bound, listing queries, and the SPARQL `aikg ask` generates for templated
questions), starts `aikg --timeout T serve`, samples the server's RSS (front + engines) and
CPU once a second, runs locust for each phase (the specified mix with 1 request in 50
hostile, then a hostile-heavy phase so the hostile requests pass 1,000), measures how soon the
CPU goes idle after the last client, and checks the answers of a sample of healthy queries
against the store read directly. Writes bench/load-results.json and bench/load-results.md.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
AIKG = [sys.executable, "-m", "aikg"]
QUESTIONS = ["Who is the CEO of {c}?", "Which costs sit in which segment of {c}?", "How much did {c} invest?",
             "What AI models does {c} use?", "What are the segments of {c}?", "Who competes with {c}?",
             "What revenue did {c} report?", "What restrictions affect {c}?"]
# `sources` is left out: for a company named in ~1,000 evidence sentences it takes 12-46 s on
# the 2,000-article store by itself (a saved-query problem, not the server's; see the report)
ENTITY_QUERIES = [("costs-by-segment", "company"), ("figures", "company"), ("segments", "company"),
                  ("people", "company"), ("investments", "company"), ("describe", "entity"),
                  ("models", "company")]
LISTING_QUERIES = ["documents", "segments", "people", "models", "investments"]
# entity-bound : listing : ask. A listing query reads the whole 2,000-article graph (1.2-3.3 s
# each on this machine), so it is the rare request an analyst makes, not one in three
WEIGHTS = [16, 1, 3]


def sh(*args, **kw):
    return subprocess.run(list(args), check=True, **kw)


def build_store(store: Path, n: int, seed: int) -> str:
    """The news-feed store: `n` articles of bench/feed_gen.py ingested into `store`."""
    corpus = Path(tempfile.mkdtemp(prefix="aikg-load-corpus-"))
    sh(sys.executable, str(HERE / "feed_gen.py"), "-n", str(n), "-o", str(corpus), "--seed", str(seed),
       stdout=subprocess.DEVNULL)
    t0 = time.perf_counter()
    sh(*AIKG, "--store", str(store), "ingest", "-q", "--jobs", "2", str(corpus))
    return f"{n} articles from bench/feed_gen.py (seed {seed}), ingested in {time.perf_counter() - t0:.0f} s"


def plan(store: Path, per_group: int, seed: int) -> tuple[dict, dict]:
    """-> (healthy SPARQL texts by group, store facts)."""
    sys.path.insert(0, str(ROOT / "src"))
    import pyoxigraph as ox
    from aikg import KnowledgeGraph
    from aikg.run import prepare
    from aikg.store import LocalStore
    rnd = random.Random(seed)
    # read-only: no lock is held, so the server can take the store right after
    kg = KnowledgeGraph(LocalStore(ox.Store.read_only(str(store)), store, read_only=True))
    # the companies from the facts graph (each once): through the union of 2,000 document
    # graphs the same join repeats every company's label once per document naming it
    rows = kg.store.query("SELECT DISTINCT ?c ?l WHERE { GRAPH <urn:aikg:facts> { ?c a kg:Company ; rdfs:label ?l } } "
                          "ORDER BY ?c")
    companies = [(r["c"].value, r["l"].value) for r in rows]
    stats = kg.stats()
    rnd.shuffle(companies)
    picked = companies[:per_group]
    entity = []
    for i, (iri, _) in enumerate(picked * 2):
        name, param = ENTITY_QUERIES[i % len(ENTITY_QUERIES)]
        entity.append(prepare(kg.store, name, {param: iri})[0])
    listing = [prepare(kg.store, name, {})[0] for name in LISTING_QUERIES]
    # the SPARQL `ask` runs: every query it sends to the store for a question (the label index
    # is built by a first question, before recording starts)
    kg.ask(QUESTIONS[0].format(c=picked[0][1]))
    ask, query = [], kg.store.query

    def record(sparql, *args, **kw):
        ask.append(sparql)
        return query(sparql, *args, **kw)
    kg.store.query = record
    for i, (_, label) in enumerate(picked):
        kg.ask(QUESTIONS[i % len(QUESTIONS)].format(c=label))
    kg.store.query = query
    ask = list(dict.fromkeys(ask))
    facts = {"triples": stats["triples"], "documents": stats["documents"], "companies": len(companies)}
    return {"entity": entity, "listing": listing, "ask": ask}, facts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Watch(threading.Thread):
    """RSS and CPU seconds of the server and its engine processes, once a second."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        import psutil
        self.root = psutil.Process(pid)
        self.samples: list[tuple[float, float, float]] = []    # (t, rss MiB, cpu s)
        self.stop = False
        self.t0 = time.monotonic()

    def sample(self) -> tuple[float, float, float]:
        import psutil
        rss = cpu = 0.0
        for p in [self.root] + self.root.children(recursive=True):
            try:
                rss += p.memory_info().rss
                t = p.cpu_times()
                cpu += t.user + t.system + t.children_user + t.children_system
            except psutil.NoSuchProcess:
                pass
        return time.monotonic() - self.t0, rss / 2**20, cpu

    def run(self):
        while not self.stop:
            self.samples.append(self.sample())
            time.sleep(1.0)


def idle_after(watch: Watch, window: float = 0.5, threshold: float = 0.05, limit: float = 10.0) -> float | None:
    """Seconds until the server's CPU use over a `window` falls under `threshold` of a core."""
    t0 = time.monotonic()
    _, _, last = watch.sample()
    while time.monotonic() - t0 < limit:
        time.sleep(window)
        _, _, now = watch.sample()
        if (now - last) / window < threshold:
            return round(time.monotonic() - t0 - window, 2)   # idle from the start of this window
        last = now
    return None


def answers(url: str, sparql: str) -> list:
    req = urllib.request.Request(url, data=sparql.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            data = json.loads(r.read())
    except urllib.error.HTTPError as e:
        return [f"HTTP {e.code}"]
    if "boolean" in data:
        return [data["boolean"]]
    return sorted(json.dumps({k: v.get("value") for k, v in b.items()}, sort_keys=True)
                  for b in data["results"]["bindings"])


def local_answers(store: Path, sparql: str) -> list:
    import pyoxigraph as ox
    from aikg.rdf import PREFIXES
    s = ox.Store.read_only(str(store))
    res = s.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
    if isinstance(res, ox.QueryBoolean):
        return [bool(res)]
    vs = [v.value for v in res.variables]
    return sorted(json.dumps({v: t.value for v, t in zip(vs, tuple(sol)) if t is not None}, sort_keys=True)
                  for sol in res)


def run_phase(name: str, url_base: str, plan_file: Path, users: int, seconds: int, out: Path) -> dict:
    prefix = out / name
    cmd = [sys.executable, "-m", "locust", "-f", str(HERE / "load_locustfile.py"), "--headless",
           "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", url_base, "--csv", str(prefix),
           "--only-summary", "--stop-timeout", "5", "--loglevel", "WARNING"]
    env = dict(os.environ, AIKG_LOAD_PLAN=str(plan_file))
    t0 = time.monotonic()
    subprocess.run(cmd, env=env, check=True, timeout=seconds + 120, stdout=subprocess.DEVNULL,
                   stderr=open(out / f"{name}.log", "w"))
    wall = time.monotonic() - t0
    by_name = {}
    with open(f"{prefix}_stats.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["Name"] == "Aggregated":
                continue
            by_name[row["Name"]] = {
                "type": row["Type"],
                "requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
                "p50_ms": float(row["50%"] or 0), "p99_ms": float(row["99%"] or 0),
                "max_ms": float(row["Max Response Time"] or 0), "rps": float(row["Requests/s"] or 0)}
    failures = []
    with open(f"{prefix}_failures.csv", newline="") as f:
        for row in csv.DictReader(f):
            failures.append({"name": row["Name"], "error": row["Error"], "count": int(row["Occurrences"])})
    http = [v for v in by_name.values() if v["type"] == "POST"]
    total = sum(v["requests"] for v in http)
    return {"wall_s": round(wall, 1), "requests": total, "rps": round(total / seconds, 1),
            "by_name": by_name, "failures": failures}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="use this store (built with --articles if missing)")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--users", type=int, default=32)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--timeout", type=float, default=10.0, help="the server's --timeout")
    ap.add_argument("--workers", type=int, default=3, help="the server's --workers (fast lane)")
    ap.add_argument("--slow-workers", type=int, default=2, help="the server's --slow-workers")
    ap.add_argument("--slow-nice", type=int, default=10, help="the server's --slow-nice")
    ap.add_argument("--think", type=float, default=0.25, help="seconds each client waits between requests")
    ap.add_argument("--hostile-seconds", type=int, default=150, help="the hostile-heavy phase (0: none)")
    ap.add_argument("--hostile-share", type=float, default=0.6, help="hostile share in that phase")
    ap.add_argument("--seed", type=int, default=7, help="the healthy requests' draw")
    ap.add_argument("--feed-seed", type=int, default=11, help="bench/feed_gen.py's seed, for a store built here")
    ap.add_argument("--note", default="", help="how an existing --store was made (for the report)")
    ap.add_argument("--out", type=Path, default=HERE / "load-results")
    a = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="aikg-load-"))
    store = a.store or work / "store"
    made = None
    if not (store / "CURRENT").exists():
        made = build_store(store, a.articles, a.feed_seed)
    healthy, facts = plan(store, 40, a.seed)
    port = free_port()
    url_base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k not in ("AIKG_STORE", "AIKG_ENDPOINT")}
    srv = subprocess.Popen([*AIKG, "--store", str(store), "--timeout", str(a.timeout), "serve", "--port", str(port),
                            "--workers", str(a.workers), "--slow-workers", str(a.slow_workers),
                            "--slow-nice", str(a.slow_nice)], stdout=subprocess.PIPE, stderr=open(work / "serve.err", "w"),
                           text=True, env=env)
    line = srv.stdout.readline()
    if "serving" not in line:
        print(open(work / "serve.err").read(), file=sys.stderr)
        return 1
    watch = Watch(srv.pid)
    watch.start()
    load_before = os.getloadavg()
    phases = {}
    specs = [("mix", 0.02, a.seconds)] + ([("hostile", a.hostile_share, a.hostile_seconds)] if a.hostile_seconds else [])
    try:
        for name, share, seconds in specs:
            pf = work / f"plan-{name}.json"
            pf.write_text(json.dumps({"healthy": healthy, "weights": WEIGHTS, "hostile_share": share,
                                      "timeout": a.timeout, "think_s": a.think}))
            r = run_phase(name, url_base, pf, a.users, seconds, work)
            r["cpu_idle_after_s"] = idle_after(watch)
            r["hostile_share"] = share
            r["users"], r["seconds"] = a.users, seconds
            phases[name] = r
        # correctness: a sample of healthy queries, answered by the server and by the store directly
        sample = healthy["entity"][:30] + healthy["ask"][:20]
        mism, unanswered = [], []
        for q in sample:
            got = answers(url_base + "/query", q)
            if got and isinstance(got[0], str) and got[0].startswith("HTTP "):
                unanswered.append(f"{got[0]}: {q[-80:]}")
            elif got != local_answers(store, q):
                mism.append(q[-80:])
        alive = srv.poll() is None
    finally:
        watch.stop = True
        srv.send_signal(signal.SIGINT)
        try:
            srv.wait(20)
        except subprocess.TimeoutExpired:
            srv.kill()
    err = open(work / "serve.err").read()
    restarts = [ln for ln in err.splitlines() if "restarted" in ln]
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": shlex.join(["python", "bench/load_test.py", *sys.argv[1:]]),
        "machine": f"{os.cpu_count()} vCPU {platform.machine()}, Python {platform.python_version()}",
        "load_average": {"before": [round(x, 1) for x in load_before], "after": [round(x, 1) for x in os.getloadavg()]},
        "store": {**facts, "built": made or a.note or f"existing store {store}"},
        "clients": {"think_s": a.think, "weights_entity_listing_ask": WEIGHTS},
        "server": {"timeout_s": a.timeout, "workers": a.workers, "slow_workers": a.slow_workers,
                   "slow_nice": a.slow_nice, "alive_after": alive,
                   "engine_restarts": len(restarts), "summary": [ln for ln in err.splitlines() if "answered" in ln]},
        "healthy_requests": {k: len(v) for k, v in healthy.items()},
        "phases": phases,
        "rss_mib": [(round(t, 1), round(m, 1)) for t, m, _ in watch.samples],
        "correctness": {"checked": len(sample), "mismatches": mism, "unanswered": unanswered},
        "out": a.out.name,
    }
    out = a.out
    out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n")
    out.with_suffix(".md").write_text(report(result) + "\n")
    print(report(result))
    return 0


def error_kinds(phase: dict) -> dict:
    """Failures by request name and error, numbers and the query's echo left out; the
    "(to answer)" rows repeat the HTTP rows' failures and are skipped."""
    import re
    kinds: dict = {}
    for f in phase["failures"]:
        if f["name"].endswith("(to answer)"):
            continue
        err = re.sub(r"CatchResponseError\('(.*?)(\\n)?'\)", r"\1", f["error"])
        err = re.sub(r"\d+(\.\d+)?", "N", err)
        kinds[(f["name"], err)] = kinds.get((f["name"], err), 0) + f["count"]
    return kinds


def healthy_table(rows: dict) -> list[str]:
    """One row per class of healthy request. "To answer" is the client's whole wait, 503s and
    their Retry-After included (the HTTP rows when the run predates those rows)."""
    L = ["| healthy | requests | failed | 503, retried | p50 ms | p99 ms | max ms | queue p99 ms "
         "| engine run p50 ms | engine run p99 ms | % fast / slow lane / cache / shared |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for g in ("entity", "listing", "ask"):
        if g not in rows:
            continue
        whole = rows.get(f"{g} (to answer)", rows[g])
        run, queue = rows.get(f"{g} (engine run)"), rows.get(f"{g} (queue)")
        retried = rows.get(f"{g} (503, retried)", {}).get("requests", 0)
        by_lane = {k: rows.get(f"{g} (lane: {k})", {}).get("requests", 0) for k in ("fast", "slow", "cache", "shared")}
        n = sum(by_lane.values())
        qp99 = f"{queue['p99_ms']:.0f}" if queue else "—"
        share = " / ".join(f"{100 * v / n:.0f}" for v in by_lane.values()) if n else "—"
        L.append(f"| {g} | {whole['requests']:,} | {whole['failures']} | {retried:,} | {whole['p50_ms']:.0f} | "
                 f"{whole['p99_ms']:.0f} | {whole['max_ms']:.0f} | {qp99} | "
                 f"{run['p50_ms']:.0f} | {run['p99_ms']:.0f} | {share} |" if run else
                 f"| {g} | {whole['requests']:,} | {whole['failures']} | {retried:,} | {whole['p50_ms']:.0f} | "
                 f"{whole['p99_ms']:.0f} | {whole['max_ms']:.0f} | — | — | — | {share} |")
    return L


def report(r: dict) -> str:
    L = [f"# `aikg serve` under load ({r['date']})", "",
         f"Machine: {r['machine']}, shared with other jobs (load average {r['load_average']['before'][0]} "
         f"before, {r['load_average']['after'][0]} after, on 2 cores; locust runs on the same cores). Store: {r['store']['triples']:,} triples, "
         f"{r['store']['documents']:,} documents, {r['store']['companies']:,} companies ({r['store']['built']}). "
         f"Server: `aikg --timeout {r['server']['timeout_s']:g} serve --workers {r['server']['workers']}"
         + (f" --slow-workers {r['server']['slow_workers']} --slow-nice {r['server'].get('slow_nice', 10)}`. "
            if r['server'].get('slow_workers') else "`. ")
         + f"Each client waits {r['clients']['think_s']:g} s between requests; healthy requests are entity-bound "
         f"saved queries : listing queries : `ask` SPARQL = {' : '.join(map(str, r['clients']['weights_entity_listing_ask']))}. "
         f"Made by `{r.get('command', 'python bench/load_test.py')}`; raw numbers in `{r.get('out', 'load-results')}.json`.", "",
         "A healthy request that gets 503 (a full lane, with Retry-After) waits and sends it again for up to 60 s; "
         "it counts as failed when it has no answer by then or gets any other status. Its latency is the whole "
         "time to its answer, retries included. \"queue\" is the time the server held it before an engine took "
         "it; \"engine run\" the time it ran there (both from the server's Server-Timing header); \"cache\": "
         "answered from the server's answer cache, \"shared\": given the answer of the same query running for "
         "another client.", ""]
    hostile_total = crashes = hangs = 0
    for name, p in r["phases"].items():
        rows = p["by_name"]
        L += [f"## Phase `{name}`: {p['users']} clients, {p['seconds']} s, "
              f"{p['hostile_share'] * 100:g} % hostile", "",
              f"Throughput {p['rps']:.0f} HTTP requests/s ({p['requests']:,} requests); "
              f"CPU idle {p['cpu_idle_after_s']} s after the last client.", ""]
        L += healthy_table(rows)
        L += ["", "| hostile requests | count | failed | p50 ms | p99 ms | max ms |", "|---|---:|---:|---:|---:|---:|"]
        for n, s in sorted(rows.items()):
            if n.startswith("hostile"):
                hostile_total += s["requests"]
                L.append(f"| {n.split(':', 1)[1]} | {s['requests']:,} | {s['failures']} | {s['p50_ms']:.0f} | "
                         f"{s['p99_ms']:.0f} | {s['max_ms']:.0f} |")
        for f in p["failures"]:
            crashes += f["count"] if "crash" in f["error"] else 0
            hangs += f["count"] if "hang" in f["error"] else 0
        L += ["", "Errors by kind: " + ("; ".join(f"{k}: {e} x{n}" for (k, e), n in sorted(error_kinds(p).items()))
                                         or "none"), ""]
    rss = [m for _, m in r["rss_mib"]]
    L += ["## Overall", "",
          f"- hostile requests: {hostile_total:,}; crashes {crashes}, hangs {hangs}; engine restarts "
          f"(timeouts and hang-ups kill the engine running them) {r['server']['engine_restarts']}; "
          f"server alive afterwards: {r['server']['alive_after']}",
          f"- server RSS (front + engines): min {min(rss):.0f} MiB, max {max(rss):.0f} MiB over {len(rss)} s; "
          "every 10 s: " + ", ".join(f"{m:.0f}" for m in rss[::10]),
          f"- correctness after the run: {r['correctness']['checked']} healthy queries answered by the server "
          f"and by the store directly, {len(r['correctness']['mismatches'])} differ"
          + (f", {len(r['correctness']['unanswered'])} not answered by the server "
             f"({'; '.join(sorted(set(u.split(':')[0] for u in r['correctness']['unanswered'])))})"
             if r["correctness"].get("unanswered") else ""),
          f"- server's own tally: {'; '.join(r['server']['summary'])}"]
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())
