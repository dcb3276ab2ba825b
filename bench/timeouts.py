#!/usr/bin/env python3
"""Whether `--timeout T` ends each command within T + 1 s on a large store (issue 11): every
command that reads runs once with `--timeout T` on work that takes longer than T (a cross
join, SHACL over the whole store, an export of every quad, counts over every graph, a
question over every fact), the whole process timed (start included) with its exit code,
last line of stderr and peak RSS.

    python bench/timeouts.py --store bench/data/store-10k --timeout 1 --out bench/timeouts-10k

Writes OUT.md and OUT.json.
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


def commands(out_dir: Path) -> dict[str, list[str]]:
    return {
        "query (cross join)": ["query", "-e", CROSS, "--format", "json"],
        "query conflicts (saved, unbound)": ["query", "conflicts", "--format", "json"],
        "conflicts": ["conflicts", "--format", "json"],
        "stats": ["stats", "--format", "json"],
        "validate": ["validate", "--format", "json"],
        "export nq (every quad)": ["export", "--format", "nq", "-o", str(out_dir / "all.nq")],
        "ask (every disagreement)": ["ask", "Which facts do the documents disagree on?", "--format", "json"],
        "ask (costs by segment)": ["ask", "Which costs sit in which segment?", "--format", "json"],
    }


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
    ap.add_argument("--timeout", type=float, default=1.0)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    res = {"store": str(a.store), "timeout": a.timeout, "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
           "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in commands(Path(tmp)).items():
            res["runs"][name] = r = run(a.store, a.timeout, args)
            print(f"  {name}: {r['seconds']} s, exit {r['exit']}, {r['message']}", file=sys.stderr, flush=True)
    res["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    a.out.with_suffix(".json").write_text(json.dumps(res, indent=1))
    L = [f"## `--timeout {a.timeout:g}` (each command once, process start included; load average "
         f"{res['load_before']} / {res['load_after']})", "",
         "| command | s | CPU s | exit | within T + 1 s | peak RSS MB | what it said |", "|---|---|---|---|---|---|---|"]
    for name, r in res["runs"].items():
        L.append(f"| {name} | {r['seconds']} | {r['cpu_seconds']} | {r['exit']} | {'yes' if r['within'] else 'no'} "
                 f"| {r['peak_rss_mb']} | {r['message'].replace('|', '/')}{' (traceback!)' if r['traceback'] else ''} |")
    a.out.with_suffix(".md").write_text("\n".join(L) + "\n")
    print(f"wrote {a.out.with_suffix('.md')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
