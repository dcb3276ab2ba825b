#!/usr/bin/env python3
"""`aikg ask` on the bundled graph, process start included: each of the first 20 seed
questions asked once per round in a new process (`aikg ask Q --format json`), median and p90
over all runs. Writes bench/ask_latency.md (and .json) with the machine's load beside it.

Usage: bench/ask_latency.py [--rounds 3] [--aikg .venv/bin/aikg] [--questions FILE] [--baseline CMD]

--baseline CMD runs each question with CMD too, interleaved with --aikg (the same load for
both), e.g. a wrapper that runs an older checkout: the ratio is robust when the machine is busy.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
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
    args = ap.parse_args()
    qs = [q["question"] for q in json.loads(Path(args.questions).read_text())][:20]
    env = dict(os.environ, XDG_DATA_HOME=str(HERE / ".work" / "ask-xdg"))   # the bundled graph, not a user store
    times: dict[str, list[float]] = {q: [] for q in qs}
    base_times: list[float] = []
    statuses: dict[str, str] = {}
    load_before = os.getloadavg()

    def timed(cmd: str, q: str) -> tuple[float, str]:
        t = time.perf_counter()
        p = subprocess.run([cmd, "ask", q, "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
        return time.perf_counter() - t, (json.loads(p.stdout)["status"] if p.returncode == 0 else f"exit {p.returncode}")

    for _ in range(args.rounds):
        for q in qs:
            secs, statuses[q] = timed(args.aikg, q)
            times[q].append(secs)
            if args.baseline:
                base_times.append(timed(args.baseline, q)[0])
    load_after = os.getloadavg()
    all_t = sorted(x for v in times.values() for x in v)
    med = statistics.median(all_t)
    p90 = all_t[int(0.9 * (len(all_t) - 1))]
    per_q_median = statistics.median(statistics.median(v) for v in times.values())
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "python": platform.python_version(),
           "machine": f"{os.cpu_count()} CPU {platform.machine()}", "rounds": args.rounds, "questions": len(qs),
           "median_s": round(med, 3), "p90_s": round(p90, 3), "median_of_question_medians_s": round(per_q_median, 3),
           "loadavg_before": load_before, "loadavg_after": load_after,
           "per_question": {q: {"times": [round(x, 3) for x in v], "status": statuses[q]} for q, v in times.items()}}
    lines = [f"# `aikg ask` on the bundled graph, process start included ({res['date']})", "",
             f"{res['machine']}, Python {res['python']}, {len(qs)} seed questions x {args.rounds} rounds, a new process each; "
             f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (the machine is shared).", "",
             f"- median {med:.3f} s, p90 {p90:.3f} s over {len(all_t)} runs (median of per-question medians {per_q_median:.3f} s)",
             f"- target: median <= 0.5 s: {'met' if med <= 0.5 else 'NOT met'}"]
    if base_times:
        bmed = statistics.median(base_times)
        res["baseline"] = {"command": args.baseline, "median_s": round(bmed, 3)}
        lines.append(f"- baseline `{args.baseline}`, interleaved: median {bmed:.3f} s (this / baseline = {med / bmed:.2f})")
    lines += ["",
             "| question | median s | status |", "|---|---|---|"]
    for q, v in times.items():
        lines.append(f"| {q} | {statistics.median(v):.3f} | {statuses[q]} |")
    Path(args.out + ".json").write_text(json.dumps(res, indent=1) + "\n")
    Path(args.out + ".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:7]))
    return 0 if med <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
