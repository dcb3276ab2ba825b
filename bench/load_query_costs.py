#!/usr/bin/env python3
"""What each entity-bound saved query costs in the engine alone, before and after a change of
the saved queries: the queries `bench/load_test.py` sends (its entity-bound queries, and the
claims query and claim listings that `ask` runs), bound to the store's companies with the most
claims, run in one pyoxigraph process on the store, first page (`LIMIT 100  # page`, as
`aikg query` runs them) and every row (the page line dropped, as `ask` and csv/json run them).

    python bench/load_query_costs.py --store /tmp/feed-2k --before 459159c

`--before REV` times the saved queries of that git revision beside the working tree's, on the
same store and entities, alternately, and checks that both give the same rows (as sets; rows
tied in the sort at a page's edge may differ). Writes bench/load-query-costs.json and .md.
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
sys.path.insert(0, str(ROOT / "src"))

from load_test import ENTITY_QUERIES  # noqa: E402  (the load test's entity-bound queries)

CLAIM_QUERIES = ["claims", "accounting-lines", "guidance-changes", "hardware", "launches", "partnerships",
                 "rankings", "reasons", "stake-deals", "usage-metrics"]
TOP = """PREFIX kg: <https://aikg.dev/ns#>
SELECT ?e (COUNT(?c) AS ?n) WHERE { GRAPH <urn:aikg:facts> { ?c a kg:Claim ; kg:about ?e . ?e a kg:Company } }
GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d"""


def texts_at(rev: str | None, names: list[str]) -> dict[str, str]:
    from aikg.queries import get
    if rev is None:
        return {n: get(n).text for n in names}
    return {n: subprocess.run(["git", "show", f"{rev}:queries/{n}.rq"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout for n in names}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--before", help="git revision whose saved queries to time beside the working tree's")
    ap.add_argument("--companies", type=int, default=5, help="the companies with the most claims")
    ap.add_argument("--runs", type=int, default=3, help="runs of each (the median is reported)")
    ap.add_argument("--out", type=Path, default=HERE / "load-query-costs")
    a = ap.parse_args()

    import pyoxigraph as ox
    from aikg.queries import bind, get
    from aikg.run import page
    from aikg.store import LocalStore
    st = LocalStore(ox.Store.read_only(str(a.store)), a.store, read_only=True)
    companies = [r["e"] for r in st.query(TOP % a.companies)]
    names = sorted({n for n, _ in ENTITY_QUERIES} | set(CLAIM_QUERIES))
    versions = {"now": texts_at(None, names)}
    if a.before:
        versions["before"] = texts_at(a.before, names)
    load_before = os.getloadavg()

    def run(text: str, var: str, iri, limit):
        sparql = page(bind(text, {var: iri}), limit, 0)
        t = time.perf_counter()
        rows = sorted(tuple(str(x) for x in s) for s in st.query(sparql))
        return (time.perf_counter() - t) * 1000, rows

    results = []
    for name in names:
        sq = get(name)
        var = next(p.var for p in sq.params if p.type == "entity")
        for mode, limit in (("page", 100), ("all", None)):
            ms = {v: [] for v in versions}
            same = True
            for iri in companies:
                per = {v: [] for v in versions}
                rows = {}
                for _ in range(a.runs):
                    for v, texts in versions.items():     # alternately, so both see the same load
                        t, rows[v] = run(texts[name], var, iri, limit)
                        per[v].append(t)
                for v in versions:
                    ms[v].append(statistics.median(per[v]))
                if a.before and rows["now"] != rows["before"] and limit is None:
                    same = False
            results.append({"query": name, "rows": mode, "same_rows": same,
                            **{f"{v}_ms_median": round(statistics.median(x), 1) for v, x in ms.items()},
                            **{f"{v}_ms_max": round(max(x), 1) for v, x in ms.items()}})
            print(results[-1], file=sys.stderr)
    out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "machine": f"{os.cpu_count()} vCPU {platform.machine()}, Python {platform.python_version()}",
           "load_average": {"before": [round(x, 1) for x in load_before],
                            "after": [round(x, 1) for x in os.getloadavg()]},
           "store": str(a.store), "triples": len(st.ox), "companies": [c.value for c in companies],
           "before": a.before, "runs": a.runs, "results": results}
    a.out.with_suffix(".json").write_text(json.dumps(out, indent=1) + "\n")
    a.out.with_suffix(".md").write_text(report(out) + "\n")
    print(report(out))
    return 0


def report(r: dict) -> str:
    before = r["before"]
    L = [f"# Engine time of entity-bound saved queries ({r['date']})", "",
         f"Store `{r['store']}`: {r['triples']:,} quads (the 2,000-article news feed of `bench/feed_gen.py`). "
         f"Bound to the {len(r['companies'])} companies with the most claims "
         f"({', '.join(c.rsplit('/', 1)[1] for c in r['companies'])}); median of {r['runs']} runs each, "
         "in one pyoxigraph process (no HTTP, no server). \"page\": the first page of 100 "
         "(`aikg query`, the load test's entity queries); \"all\": the page line dropped (what `ask` and "
         "csv/json run). Machine: " + r["machine"] + f", shared (load average {r['load_average']['before'][0]} "
         f"before, {r['load_average']['after'][0]} after). Made by `python bench/load_query_costs.py"
         + (f" --before {before}`: the saved queries at {before} beside the working tree's, run alternately."
            if before else "`."), ""]
    if before:
        L += ["| query | rows | before median ms | before max ms | now median ms | now max ms | same rows (all) |",
              "|---|---|---:|---:|---:|---:|---|"]
        for x in r["results"]:
            L.append(f"| {x['query']} | {x['rows']} | {x['before_ms_median']:.0f} | {x['before_ms_max']:.0f} | "
                     f"{x['now_ms_median']:.0f} | {x['now_ms_max']:.0f} | {'yes' if x['same_rows'] else 'NO'} |")
    else:
        L += ["| query | rows | median ms | max ms |", "|---|---|---:|---:|"]
        for x in r["results"]:
            L.append(f"| {x['query']} | {x['rows']} | {x['now_ms_median']:.0f} | {x['now_ms_max']:.0f} |")
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())
