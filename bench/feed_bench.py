#!/usr/bin/env python3
"""The news-feed benchmark: ingest a feed corpus (bench/feed_gen.py) into one on-disk store in
batches of 1,000 articles, then time every saved query (unbound, first page; and with the top
company bound) through `aikg query` and through raw pyoxigraph on the same store and SPARQL,
and `aikg ask` on seed-style questions about the feed's companies, process start included.

    python bench/feed_gen.py -n 2000 -o bench/data/feed-2k
    python bench/feed_bench.py bench/data/feed-2k --store bench/data/store-2k --out bench/results-feed-2k

Writes OUT.json and OUT.md. Each command's peak RSS is read from the OS (wait4 rusage).
The machine's load average is recorded with the results: it is shared with other jobs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AIKG = [sys.executable, "-m", "aikg"]


def run(args: list[str], timeout: float = 600) -> tuple[float, int, str, str]:
    """-> (wall seconds, peak RSS bytes, stdout, stderr) of one aikg process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(AIKG + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        err += "\n[bench: killed at timeout]"
    wall = time.perf_counter() - t0
    # the child has been reaped by communicate(); RUSAGE_CHILDREN holds the max over children
    import resource
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return wall, rss, out, err


def rss_of(args: list[str], timeout: float = 600) -> tuple[float, int, str, str]:
    """Like run(), with the peak RSS of this process alone (GNU time -f %M when present)."""
    gt = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if not gt:
        return run(args, timeout)
    t0 = time.perf_counter()
    p = subprocess.run([gt, "-f", "%M %U %S"] + AIKG + args, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    lines = [ln for ln in p.stderr.strip().splitlines() if not ln.startswith("Command exited with non-zero status")]
    last = lines[-1].split() if lines else []
    rss = int(last[0]) * 1024 if last and last[0].isdigit() else 0
    global LAST_CPU
    LAST_CPU = sum(float(x) for x in last[1:3]) if len(last) == 3 else None
    return wall, rss, p.stdout, "\n".join(lines[:-1])


LAST_CPU: float | None = None   # user + system seconds of the last rss_of() process


def ingest(corpus: Path, store: Path, batch: int, save=None) -> list[dict]:
    files = sorted(corpus.glob("*.txt"))
    out: list[dict] = []
    for i in range(0, len(files), batch):
        part = [str(f) for f in files[i:i + batch]]
        wall, rss, _, err = rss_of(["--store", str(store), "--empty", "ingest", *part], timeout=3600)
        out.append({"first": i, "docs": len(part), "seconds": round(wall, 2), "cpu_seconds": LAST_CPU,
                    "docs_per_s": round(len(part) / wall, 1), "peak_rss_mb": round(rss / 2**20)})
        print(f"  ingest {i}..{i + len(part)}: {wall:.1f} s, {len(part) / wall:.1f} docs/s, {rss / 2**20:.0f} MB",
              file=sys.stderr, flush=True)
        if err.strip():
            print(err[-500:], file=sys.stderr)
        if save:
            save(out)
    return out


INGEST_WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from aikg import KnowledgeGraph
files = [Path(x) for x in sys.stdin.read().split("\n") if x]
step = int(sys.argv[3])
kg = KnowledgeGraph.open(sys.argv[2], empty=True, write=True)
n, t0, c0 = 0, time.perf_counter(), time.process_time()
def mark(docs):
    print(json.dumps({"docs": docs, "wall": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
def progress(r):
    global n
    n += 1
    if n % step == 0 and n < len(files):
        mark(n)
kg.ingest(files, progress=progress)   # the last slice ends here: its closing flush (and compaction,
mark(n)                               # when the files doubled) counted in it
"""


def ingest_one_process(corpus: Path, store: Path, step: int, save=None) -> list[dict]:
    """Every article in one `KnowledgeGraph.ingest` call (one process, as `aikg ingest DIR`
    runs), the clock read at every `step`-th document written and when the call returns: the
    rate of each slice, the last one with the ingest's closing flush and compaction (if any)."""
    files = sorted(corpus.glob("*.txt"))
    p = subprocess.Popen([sys.executable, "-c", INGEST_WORKER, str(ROOT / "src"), str(store), str(step)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdin.write("\n".join(str(f) for f in files))
    p.stdin.close()
    out, last = [], {"docs": 0, "wall": 0.0, "cpu": 0.0}
    for line in p.stdout:
        mark = json.loads(line)
        docs, wall, cpu = mark["docs"] - last["docs"], mark["wall"] - last["wall"], mark["cpu"] - last["cpu"]
        out.append({"first": last["docs"], "docs": docs, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 1),
                    "docs_per_s": round(docs / wall, 1), "peak_rss_mb": round(mark["rss_mb"])})
        print(f"  ingest {last['docs']}..{mark['docs']}: {wall:.1f} s, {docs / wall:.1f} docs/s, "
              f"{mark['rss_mb']:.0f} MB", file=sys.stderr, flush=True)
        last = mark
        if save:
            save(out)
    err = p.stderr.read()
    if p.wait() != 0:
        raise SystemExit(f"ingest failed: {err[-500:]}")
    return out


def top_company(store: Path) -> str:
    _, _, out, _ = run(["--store", str(store), "query", "-e",
                        "SELECT ?l (MAX(?n) AS ?m) WHERE { GRAPH <urn:aikg:facts> { ?i a kg:Investment ; "
                        "kg:investor/rdfs:label ?l ; kg:documentCount ?n } } GROUP BY ?l ORDER BY DESC(?m) LIMIT 1",
                        "--format", "json"])
    return json.loads(out)["rows"][0]["l"]


RAW_WORKER = r"""
import sys, time
import pyoxigraph as ox
sys.path.insert(0, sys.argv[1])
from aikg.rdf import PREFIXES
st = ox.Store.read_only(sys.argv[2])
text, repeats = sys.stdin.read(), int(sys.argv[3])
for _ in range(repeats):
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for _ in st.query(text, use_default_graph_as_union=True, prefixes=PREFIXES))
    print(n, (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000, flush=True)
"""


def raw_times(store: Path, texts: dict[str, str], repeats: int, timeout: float = 30) -> dict:
    """Raw pyoxigraph on the same store and SPARQL: one process per query (store opened
    before the clock starts) with `timeout` seconds for all its runs (a pyoxigraph query
    cannot be cancelled in process); the median of the runs that finished."""
    out = {}
    for key, text in texts.items():
        p = subprocess.Popen([sys.executable, "-c", RAW_WORKER, str(ROOT / "src"), str(store), str(repeats)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            so, se = p.communicate(text, timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            so, se = p.communicate()
        runs = [ln.split() for ln in so.splitlines() if ln.strip()]
        if runs:
            out[key] = {"median_ms": round(statistics.median(float(r[1]) for r in runs), 1), "rows": int(runs[-1][0]),
                        "cpu_ms": round(statistics.median(float(r[2]) for r in runs), 1)}
        elif p.returncode not in (0, None, -9):
            out[key] = {"median_ms": "error", "rows": (se.strip().splitlines() or [""])[-1][:80]}
        else:
            out[key] = {"median_ms": f"> {timeout * 1000:.0f}", "rows": "timeout"}
        print(f"  raw {key}: {out[key]['median_ms']} ms", file=sys.stderr, flush=True)
    return out


def queries(store: Path, company: str, repeats: int, page: int) -> tuple[dict, dict]:
    sys.path.insert(0, str(ROOT / "src"))
    from aikg.queries import bind, catalogue, get
    from aikg.run import resolve_entity
    from aikg.store import LocalStore
    names = [n if isinstance(n, str) else n.name for n in catalogue()]
    aikg_res, texts = {}, {}
    ls = LocalStore.open(store)
    for name in names:
        sq = get(name)
        modes = (["unbound"] if all(p.optional for p in sq.params) else []) + (["entity"] if sq.params else [])
        for mode in modes:
            key = f"{name} ({mode})"
            args = ["--store", str(store), "--timeout", "30", "query", name, "--format", "json", "--limit", str(page)]
            b = {}
            if mode == "entity":
                p = sq.params[0]
                args += ["--param", f"{p.name}={company}"]
                term = resolve_entity(ls, company, p.kinds)
                if term is not None:
                    b = {p.var: term}
            text = bind(sq.text, b)
            texts[key] = text + (f"\nLIMIT {page}" if "LIMIT" not in text.split("}")[-1] else "")
            walls, cpus, rss, rows = [], [], 0, None
            for _ in range(repeats):
                if walls and walls[-1] >= 30:   # timed out: once is enough
                    break
                wall, r, out, err = rss_of(args, timeout=120)
                walls.append(wall)
                cpus.append(LAST_CPU or 0.0)
                rss = max(rss, r)
                try:
                    body = json.loads(out)
                    rows, ms = len(body["rows"]), body.get("elapsed_ms")
                except (ValueError, KeyError):
                    rows, ms = err.strip().splitlines()[-1][:80] if err.strip() else "no output", None
            aikg_res[key] = {"process_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
                             "rows": rows, "peak_rss_mb": round(rss / 2**20)}
            print(f"  {key}: {statistics.median(walls):.2f} s, rows {rows}", file=sys.stderr, flush=True)
    del ls
    raw = raw_times(store, texts, repeats)
    return aikg_res, raw


ASK = ["Which costs sit in which segment?", "What costs are in {c}'s {s} segment?", "Who is the CEO of {c}?",
       "What segments does {c} report?", "How much will {c} invest in AI?", "What share of the cloud market does {c} hold?",
       "Who are {c}'s competitors?", "What was the revenue of {c}'s {s} segment?", "Which documents mention {c}?",
       "What restrictions affect {c}?", "What models does {c} develop?", "Which facts do the documents disagree on?"]


def asks(store: Path, company: str, segment: str, repeats: int) -> dict:
    out = {}
    for q in ASK:
        q = q.format(c=company, s=segment)
        walls, cpus, rss, status = [], [], 0, ""
        for _ in range(repeats):
            wall, r, o, err = rss_of(["--store", str(store), "--timeout", "5", "ask", q, "--format", "json"], timeout=120)
            walls.append(wall)
            cpus.append(LAST_CPU or 0.0)
            rss = max(rss, r)
            try:
                status = json.loads(o)["status"]
            except (ValueError, KeyError):
                status = (err.strip().splitlines() or ["no output"])[-1][:80]
        out[q] = {"process_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
                  "status": status, "peak_rss_mb": round(rss / 2**20)}
        print(f"  ask {q}: {statistics.median(walls):.2f} s {status}", file=sys.stderr, flush=True)
    return out


def render(res: dict) -> str:
    L = [f"# Feed benchmark: {res['docs']} articles", "",
         f"aikg at {res.get('commit', '?')}; {res['machine']}; load average before/after: {res['load_before']} / {res['load_after']}; "
         f"store: {res['triples']} quads on disk; top company: {res['company']}", "",
         f"## Ingest ({res.get('ingest_mode', 'one process per batch of 1,000')}; one on-disk store)", "",
         "| articles | seconds | docs/s | CPU s (user+sys) | docs per CPU s | peak RSS MB |", "|---|---|---|---|---|---|"]
    for b in res["ingest"]:
        cpu = b.get("cpu_seconds")
        per = f"{b['docs'] / cpu:.1f}" if cpu else ""
        L.append(f"| {b['first']}–{b['first'] + b['docs']} | {b['seconds']} | {b['docs_per_s']} | {f'{cpu:.1f}' if cpu else ''} | {per} | {b['peak_rss_mb']} |")
    if len(res["ingest"]) > 1:
        a, z = res["ingest"][0], res["ingest"][-1]
        cpu = (f"; CPU seconds {z['cpu_seconds'] / a['cpu_seconds']:.2f}×"
               if a.get("cpu_seconds") and z.get("cpu_seconds") else "")
        L += ["", f"last 1,000 ÷ first 1,000: {z['seconds'] / a['seconds']:.2f}× wall{cpu} "
              "(the last slice ends when the ingest call returns: its closing flush and any compaction included)"]
    if res.get("compact"):
        c = res["compact"]
        L += ["", f"`aikg compact` after the ingest (before the reads below): {c['seconds']} s, "
              f"{c['cpu_seconds']} CPU s, peak RSS {c['peak_rss_mb']} MB ({c['output']})"]
    L += ["", f"## Saved queries (first page of {res['page']} rows; median of {res['repeats']})", "",
          "`aikg` is the whole `aikg query` process (start, open, query, print); raw is pyoxigraph "
          "in one process on the same store and SPARQL (query only).", "",
          "CPU columns are user + system seconds of the process (of the query, for raw): less "
          "sensitive than wall time to the load of a shared machine.", "",
          "| query | aikg process s | aikg process CPU s | raw pyoxigraph ms | raw CPU ms | rows | aikg peak RSS MB |",
          "|---|---|---|---|---|---|---|"]
    for k, v in res["queries"].items():
        r = res["raw"].get(k, {})
        L.append(f"| {k} | {v['process_s']} | {v.get('cpu_s', '')} | {r.get('median_ms', '')} | {r.get('cpu_ms', '')} "
                 f"| {v['rows']} | {v['peak_rss_mb']} |")
    L += ["", "## aikg ask (process start included)", "", "| question | s | CPU s | status | peak RSS MB |",
          "|---|---|---|---|---|"]
    for k, v in res["ask"].items():
        L.append(f"| {k} | {v['process_s']} | {v.get('cpu_s', '')} | {v['status']} | {v['peak_rss_mb']} |")
    return "\n".join(L) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True, help="writes OUT.json and OUT.md")
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--page", type=int, default=100)
    ap.add_argument("--skip-ingest", action="store_true", help="reuse the store (never ingests)")
    ap.add_argument("--one-process", action="store_true",
                    help="ingest every article in one process (the rate read every --batch documents)")
    ap.add_argument("--no-compact", action="store_true",
                    help="query the store as the ingest left it (default: `aikg compact` first, timed)")
    a = ap.parse_args(argv)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    res = {"commit": commit or "?", "docs": len(list(a.corpus.glob("*.txt"))), "machine": f"{os.cpu_count()} CPU {platform.machine()}, Python {platform.python_version()}",
           "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()), "page": a.page, "repeats": a.repeats}
    prev = a.out.with_suffix(".json")
    if a.skip_ingest:      # never ingests: the figures are those of the run that built the store
        if not (a.store / "CURRENT").exists():
            raise SystemExit(f"--skip-ingest: no store at {a.store}")
        res["ingest"] = json.loads(prev.read_text()).get("ingest", []) if prev.exists() else []
        res["ingest_mode"] = "skipped (store reused; ingest figures from the earlier run, if any)"
    else:
        if a.store.exists():
            shutil.rmtree(a.store)
        def save(batches):  # a partial run still leaves its ingest figures
            res["ingest"] = batches
            a.out.with_suffix(".json").write_text(json.dumps(res, indent=1))
        if a.one_process:
            res["ingest_mode"] = f"one process for every article; the clock read every {a.batch} documents"
            res["ingest"] = ingest_one_process(a.corpus, a.store, a.batch, save)
        else:
            res["ingest_mode"] = f"one process per batch of {a.batch}"
            res["ingest"] = ingest(a.corpus, a.store, a.batch, save)
    if not a.skip_ingest and not a.no_compact:   # as a user would after a large ingest: `aikg compact`
        wall, rss, out, err = rss_of(["--store", str(a.store), "compact"], timeout=3600)
        res["compact"] = {"seconds": round(wall, 2), "cpu_seconds": LAST_CPU, "peak_rss_mb": round(rss / 2**20),
                          "output": out.strip() or err.strip()[-200:]}
        print(f"  compact: {wall:.1f} s, {LAST_CPU} CPU s", file=sys.stderr, flush=True)
    import pyoxigraph as ox
    st = ox.Store.read_only(str(a.store))
    res["triples"] = len(st)
    del st
    res["company"] = top_company(a.store)
    res["queries"], res["raw"] = queries(a.store, res["company"], a.repeats, a.page)
    a.out.with_suffix(".json").write_text(json.dumps(res, indent=1))
    _, _, o, _ = run(["--store", str(a.store), "query", "segments", "--param", f"company={res['company']}",
                      "--format", "json", "--limit", "1"])
    seg = json.loads(o)["rows"][0]["segmentLabel"]
    res["ask"] = asks(a.store, res["company"], seg, a.repeats)
    res["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    a.out.with_suffix(".json").write_text(json.dumps(res, indent=1))
    a.out.with_suffix(".md").write_text(render(res))
    print(f"wrote {a.out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
