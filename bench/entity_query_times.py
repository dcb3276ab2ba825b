#!/usr/bin/env python3
"""CPU time of saved queries with one entity bound, raw pyoxigraph on an on-disk store (the
query only: the store is opened and the entity resolved before the clock starts).

    python bench/entity_query_times.py STORE "Company Name" queries/claims.rq queries/sources.rq --repeats 7

Prints a Markdown table: rows, median and minimum CPU ms (`time.process_time`: the machine is
shared, wall time says little). A query file is bound like the saved query of its name.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("entity")
    ap.add_argument("queries", nargs="+", type=Path)
    ap.add_argument("--repeats", type=int, default=7)
    a = ap.parse_args(argv)
    import pyoxigraph as ox
    from aikg.queries import bind, get
    from aikg.rdf import PREFIXES
    from aikg.run import resolve_entity
    from aikg.store import LocalStore
    st = ox.Store.read_only(str(a.store))
    ls = LocalStore(st, None, read_only=True)
    print(f"store {a.store} ({len(st)} quads), entity {a.entity!r}, load average "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()) + "\n")
    print("| query file | rows | median CPU ms | min CPU ms |\n|---|---|---|---|")
    for path in a.queries:
        sq = get(path.stem)
        p = sq.params[0]
        text = bind(path.read_text(), {p.var: resolve_entity(ls, a.entity, p.kinds)})
        ts, n = [], 0
        for _ in range(a.repeats):
            c0 = time.process_time()
            n = sum(1 for _ in st.query(text, use_default_graph_as_union=True, prefixes=PREFIXES))
            ts.append((time.process_time() - c0) * 1000)
        print(f"| {path} | {n} | {statistics.median(ts):.1f} | {min(ts):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
