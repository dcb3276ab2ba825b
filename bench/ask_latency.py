#!/usr/bin/env python3
"""`aikg ask` on the bundled graph, process start included: each of the first 20 seed
questions asked once per round in a new process (`aikg ask Q --format json`), median and p90
over all runs, wall clock and CPU (user + sys of the process: what the machine's load does not
inflate much). Writes bench/ask_latency.md (and .json) with the machine's load beside it.

Usage: bench/ask_latency.py [--rounds 3] [--aikg .venv/bin/aikg] [--questions FILE] [--baseline CMD]
                            [--store DIR --feed COMPANY --segment NAME] [--target 0.5]

--baseline CMD runs each question with CMD too, interleaved with --aikg (the same load for
both), e.g. a wrapper that runs an older checkout: the ratio is robust when the machine is busy.
--store DIR asks against an on-disk store (a feed store of bench/feed_bench.py) instead of the
bundled graph; --feed COMPANY asks feed_bench's seed-style questions about that company (and
--segment, its segment) instead of the seed questions.
Python reads aikg's modules from bytecode only when it has been written (`__pycache__`): with
PYTHONDONTWRITEBYTECODE=1 and no compiled files every start compiles them again (0.3-0.4 CPU s),
which no installed aikg does (pip compiles them); the report says which case was measured.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT.parent / "shared" / "eval" / "seed_questions.json"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--aikg", default=str(ROOT / ".venv" / "bin" / "aikg"))
    ap.add_argument("--questions", default=str(SEED))
    ap.add_argument("--out", default=str(HERE / "ask_latency"))
    ap.add_argument("--baseline", help="another aikg command to time interleaved with --aikg")
    ap.add_argument("--store", help="ask against this on-disk store instead of the bundled graph")
    ap.add_argument("--feed", metavar="COMPANY", help="feed_bench's seed-style questions about COMPANY")
    ap.add_argument("--segment", default="Cloud", help="the segment named in --feed questions")
    ap.add_argument("--target", type=float, default=0.5, help="the median the run must meet (s)")
    args = ap.parse_args()
    if args.feed:
        sys.path.insert(0, str(HERE))
        from feed_bench import ASK
        qs = [q.format(c=args.feed, s=args.segment) for q in ASK]
    else:
        qs = [q["question"] for q in json.loads(Path(args.questions).read_text())][:20]
    env = dict(os.environ, XDG_DATA_HOME=str(HERE / ".work" / "ask-xdg"))   # the bundled graph, not a user store
    where = ["--store", args.store] if args.store else []
    times: dict[str, list[float]] = {q: [] for q in qs}
    cpus: dict[str, list[float]] = {q: [] for q in qs}
    base_times: list[float] = []
    base_cpus: list[float] = []
    statuses: dict[str, str] = {}
    load_before = os.getloadavg()

    def timed(cmd: str, q: str) -> tuple[float, float, str]:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run([cmd, *where, "ask", q, "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
        wall = time.perf_counter() - t
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        return wall, cpu, (json.loads(p.stdout)["status"] if p.returncode == 0 else f"exit {p.returncode}")

    for _ in range(args.rounds):
        for q in qs:
            secs, cpu, statuses[q] = timed(args.aikg, q)
            times[q].append(secs)
            cpus[q].append(cpu)
            if args.baseline:
                bsecs, bcpu, _ = timed(args.baseline, q)
                base_times.append(bsecs)
                base_cpus.append(bcpu)
    load_after = os.getloadavg()
    all_t = sorted(x for v in times.values() for x in v)
    med = statistics.median(all_t)
    p90 = all_t[int(0.9 * (len(all_t) - 1))]
    per_q_median = statistics.median(statistics.median(v) for v in times.values())
    all_c = sorted(x for v in cpus.values() for x in v)
    cmed, cp90 = statistics.median(all_c), all_c[int(0.9 * (len(all_c) - 1))]
    spec = importlib.util.find_spec("aikg")
    compiled = bool(spec and spec.origin and os.path.exists(importlib.util.cache_from_source(spec.origin)))
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "python": platform.python_version(),
           "machine": f"{os.cpu_count()} CPU {platform.machine()}", "rounds": args.rounds, "questions": len(qs),
           "median_s": round(med, 3), "p90_s": round(p90, 3), "median_of_question_medians_s": round(per_q_median, 3),
           "cpu_median_s": round(cmed, 3), "cpu_p90_s": round(cp90, 3), "store": args.store or "bundled graph",
           "bytecode_compiled": compiled, "dont_write_bytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
           "loadavg_before": load_before, "loadavg_after": load_after,
           "per_question": {q: {"times": [round(x, 3) for x in v], "cpu": [round(x, 3) for x in cpus[q]],
                                "status": statuses[q]} for q, v in times.items()}}
    lines = [f"# `aikg ask` on the {'store ' + args.store if args.store else 'bundled graph'}, process start included ({res['date']})", "",
             f"{res['machine']}, Python {res['python']}, {len(qs)} {'feed' if args.feed else 'seed'} questions x {args.rounds} rounds, "
             f"a new process each; load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (the machine is shared); "
             f"aikg's bytecode {'compiled' if compiled else 'NOT compiled (every start compiles the sources)'}.", "",
             f"- median {med:.3f} s, p90 {p90:.3f} s over {len(all_t)} runs (median of per-question medians {per_q_median:.3f} s)",
             f"- CPU (user + sys): median {cmed:.3f} s, p90 {cp90:.3f} s",
             f"- target: median <= {args.target} s: {'met' if med <= args.target else 'NOT met'}"]
    if base_times:
        bmed, bcpu = statistics.median(base_times), statistics.median(base_cpus)
        res["baseline"] = {"command": args.baseline, "median_s": round(bmed, 3), "cpu_median_s": round(bcpu, 3)}
        lines.append(f"- baseline `{args.baseline}`, interleaved: median {bmed:.3f} s, CPU {bcpu:.3f} s "
                     f"(this / baseline = {med / bmed:.2f} wall, {cmed / bcpu:.2f} CPU)")
    lines += ["",
             "| question | median s | CPU s | status |", "|---|---|---|---|"]
    for q, v in times.items():
        lines.append(f"| {q} | {statistics.median(v):.3f} | {statistics.median(cpus[q]):.3f} | {statuses[q]} |")
    Path(args.out + ".json").write_text(json.dumps(res, indent=1) + "\n")
    Path(args.out + ".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:8]))
    return 0 if med <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
