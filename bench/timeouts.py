#!/usr/bin/env python3
"""Whether `--timeout T` ends each command within T + 1 s on a large store (issue 11): every
command that reads runs once with `--timeout T` on work that takes longer than T (a cross
join, SHACL over the whole store, an export of every quad, counts over every graph, a
question over every fact), the whole process timed (start included) with its exit code,
last line of stderr and peak RSS.

    python bench/timeouts.py --store bench/data/store-10k --timeout 1 --out bench/timeouts-10k
    python bench/timeouts.py --store /tmp/store-2k --timeout 1 3 --all --serve --out bench/results-timeout

`--all` adds every saved query unbound (and those that need an entity, bound to the store's most
named company), `export` in every format, `describe`/`sources` and `stats` in each format;
`--serve` starts `aikg serve` with the same --timeout and times a slow query over HTTP (the
answer's arrival, not a process exit). Several T values may be given. Writes OUT.md and OUT.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AIKG = [sys.executable, "-m", "aikg"]
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


def commands(out_dir: Path, every: bool = False, store: Path | None = None) -> dict[str, list[str]]:
    base = {
        "query (cross join)": ["query", "-e", CROSS, "--format", "json"],
        "query conflicts (saved, unbound)": ["query", "conflicts", "--format", "json"],
        "conflicts": ["conflicts", "--format", "json"],
        "stats": ["stats", "--format", "json"],
        "validate": ["validate", "--format", "json"],
        "export nq (every quad)": ["export", "--format", "nq", "-o", str(out_dir / "all.nq")],
        "ask (every disagreement)": ["ask", "Which facts do the documents disagree on?", "--format", "json"],
        "ask (costs by segment)": ["ask", "Which costs sit in which segment?", "--format", "json"],
    }
    if not every:
        return base
    saved = json.loads(subprocess.run(AIKG + ["queries", "--format", "json"], capture_output=True, text=True,
                                      check=True).stdout)
    top = top_company(store) if store is not None else None
    for q in saved:
        base[f"query {q['name']} (unbound)"] = ["query", q["name"], "--format", "json"]
        if top and "entity" in q.get("params", ()):
            base[f"query {q['name']} (entity bound)"] = ["query", q["name"], "-p", f"entity={top}", "--format", "json"]
    from aikg.export import formats
    for f in formats():
        base[f"export {f}"] = ["export", "--format", f, "-q", "-o", str(out_dir / f"all.{f}")]
    base["stats (table)"] = ["stats"]
    base["conflicts (table)"] = ["conflicts"]
    base["ask (figures of the top company)"] = ["ask", f"What figures did {top or 'the company'} report?", "--format", "json"]
    base["ask (sources)"] = ["ask", "Which documents support the facts?", "--format", "json"]
    return base


def top_company(store: Path) -> str | None:
    """The company with the most documents behind one of its investments (as bench/feed_bench.py)."""
    p = subprocess.run(AIKG + ["--store", str(store), "--timeout", "600", "query", "-e",
                               "SELECT ?l (MAX(?n) AS ?m) WHERE { GRAPH <urn:aikg:facts> { ?i a kg:Investment ; "
                               "kg:investor/rdfs:label ?l ; kg:documentCount ?n } } GROUP BY ?l ORDER BY DESC(?m) LIMIT 1",
                               "--format", "json"], capture_output=True, text=True)
    try:
        return str(json.loads(p.stdout)["rows"][0]["l"])
    except (ValueError, IndexError, KeyError, TypeError):
        return None


def serve_run(store: Path, timeout: float) -> dict:
    """`aikg serve --timeout T` on a free port; a cross join over HTTP: seconds from the request to the
    answer (a 504 within T + 1 s is the bound), its status and first line."""
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request
    with socket.socket() as s0:
        s0.bind(("127.0.0.1", 0))
        port = s0.getsockname()[1]
    srv = subprocess.Popen(AIKG + ["--store", str(store), "--timeout", str(timeout), "serve", "--port", str(port)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        srv.stdout.readline()   # "serving … at URL" once it listens
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": CROSS})
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=timeout + 600) as r:
                status, body = r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read().decode("utf-8", "replace")
        wall = time.perf_counter() - t0
    finally:
        srv.terminate()
        try:
            srv.wait(10)
        except subprocess.TimeoutExpired:
            srv.kill()
            srv.wait()
    return {"seconds": round(wall, 2), "cpu_seconds": None, "exit": status, "peak_rss_mb": 0,
            "within": wall <= timeout + 1, "message": (body.strip().splitlines() or [""])[0][:120], "traceback": False}


def run(store: Path, timeout: float, args: list[str]) -> dict:
    gt = shutil.which("time") or "/usr/bin/time"
    t0 = time.perf_counter()
    p = subprocess.run([gt, "-f", "%M %U %S"] + AIKG + ["--store", str(store), "--timeout", str(timeout)] + args,
                       capture_output=True, text=True, timeout=timeout + 600)
    wall = time.perf_counter() - t0
    lines = [ln for ln in p.stderr.strip().splitlines() if not ln.startswith("Command exited")]
    last = lines[-1].split() if lines else []
    rss = int(last[0]) // 1024 if last and last[0].isdigit() else 0
    cpu = sum(float(x) for x in last[1:3]) if len(last) == 3 else None
    msg = next((ln for ln in reversed(lines[:-1]) if ln.strip()), "")
    return {"seconds": round(wall, 2), "cpu_seconds": cpu, "exit": p.returncode, "peak_rss_mb": rss,
            "within": wall <= timeout + 1, "message": msg[:120], "traceback": "Traceback" in p.stderr}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--timeout", type=float, nargs="+", default=[1.0])
    ap.add_argument("--all", action="store_true", help="every saved query, export format and listing (above)")
    ap.add_argument("--serve", action="store_true", help="also time `aikg serve` answering a slow query")
    ap.add_argument("--only", help="run only the commands whose name holds this text")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    res = {"store": str(a.store), "timeouts": a.timeout, "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
           "runs": {}}
    L = []
    with tempfile.TemporaryDirectory() as tmp:
        cmds = commands(Path(tmp), a.all, a.store)
        if a.only:
            cmds = {k: v for k, v in cmds.items() if a.only in k}
        for t in a.timeout:
            runs = res["runs"][f"{t:g}"] = {}
            load0 = " ".join(f"{x:.1f}" for x in os.getloadavg())
            for name, args in cmds.items():
                runs[name] = r = run(a.store, t, args)
                print(f"  T={t:g} {name}: {r['seconds']} s, exit {r['exit']}, {r['message']}", file=sys.stderr, flush=True)
            if a.serve:
                runs["serve: cross join over HTTP (request to answer)"] = r = serve_run(a.store, t)
                print(f"  T={t:g} serve: {r['seconds']} s, HTTP {r['exit']}, {r['message']}", file=sys.stderr, flush=True)
            load1 = " ".join(f"{x:.1f}" for x in os.getloadavg())
            over = [n for n, r in runs.items() if not r["within"]]
            L += [f"## `--timeout {t:g}` (each command once, process start included; load average {load0} / {load1}; "
                  f"{len(runs) - len(over)} of {len(runs)} within T + 1 s)", "",
                  "| command | T | s to exit | CPU s | exit | within T + 1 s | peak RSS MB | what it said |",
                  "|---|---|---|---|---|---|---|---|"]
            for name, r in runs.items():
                L.append(f"| {name} | {t:g} | {r['seconds']} | {r['cpu_seconds'] if r['cpu_seconds'] is None else round(r['cpu_seconds'], 2)} "
                         f"| {r['exit']} | {'yes' if r['within'] else '**no**'} | {r['peak_rss_mb']} "
                         f"| {r['message'].replace('|', '/')}{' (traceback!)' if r['traceback'] else ''} |")
            L.append("")
    res["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    a.out.with_suffix(".json").write_text(json.dumps(res, indent=1))
    a.out.with_suffix(".md").write_text("\n".join(L) + "\n")
    print(f"wrote {a.out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
