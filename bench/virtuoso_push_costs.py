#!/usr/bin/env python3
"""Where Virtuoso's push time goes: server CPU per request and per triple for the ways a user
without admin rights can write to Virtuoso 7.2 over HTTP, on a server already holding a big
graph (loaded with its own bulk loader first, as dba, so that the measured writes meet a full
database).

    .venv/bin/python bench/virtuoso_push_costs.py STORE_DIR [--preload FILE.nq] [--docs 200] \
        [--out bench/virtuoso-push-costs.md]

STORE_DIR: an aikg store (e.g. the 1m bench store bench/engine_bench.py leaves in
WORK/engines/local-1m); its first --docs document graphs are written under new graph names
(so every write creates a graph, as a first push does), in these ways:

* `put`: the Graph Store protocol, one PUT per document graph (what `aikg push` does);
* `one-request`: the same triples in one POST to one graph (the loader's cost per triple
  without the per-request part);
* `insert-data-K`: SPARQL Update `INSERT DATA` with K documents' `GRAPH` blocks per request
  (`DEFINE sql:big-data-const 1`, else Virtuoso refuses more than 10,000 lines of generated
  SQL; the few `xsd:duration` triples left out, which INSERT DATA refuses: SR553).
* `put-Nw`, `insert-data-K-Nw`: the same from N concurrent workers (graphs dealt out
  biggest first);
* `put-gzip`: one PUT per graph with a gzip body (`Content-Encoding: gzip`); the row says
  whether the server stored the triples or refused the body.

`--ways` picks them (default: all).

Server CPU is read from /proc (the other jobs on a shared machine inflate wall time, not it).
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent / "src"), str(BENCH.parent / "tests"), str(BENCH)]

import pyoxigraph as ox  # noqa: E402

from engine_bench import cpu_seconds, virtuoso_bulk_load  # noqa: E402


def document_triples(store, n: int, tag: str) -> dict:
    """{new graph name: triples} for the store's first n document graphs."""
    from aikg.remote import DOC_PREFIX
    docs = sorted((g for g in store.ox.named_graphs() if g.value.startswith(DOC_PREFIX)), key=lambda g: g.value)[:n]
    return {ox.NamedNode(g.value.replace(DOC_PREFIX, f"urn:aikg-bench:{tag}:")):
            [ox.Triple(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None, g)]
            for g in docs}


def measure(engine, rs, label: str, graphs: dict, write) -> dict:
    triples = sum(len(t) for t in graphs.values())
    c0, t0 = cpu_seconds(engine.proc.pid), time.perf_counter()
    requests = write(rs, graphs)
    wall, cpu = time.perf_counter() - t0, cpu_seconds(engine.proc.pid) - c0
    return {"way": label, "graphs": len(graphs), "triples": triples, "requests": requests, "wall_s": wall,
            "server_cpu_s": cpu, "us_per_triple": 1e6 * cpu / triples, "ms_per_request": 1e3 * cpu / requests,
            "load": os.getloadavg()[0]}


def put_each(rs, graphs: dict) -> int:
    for g, triples in graphs.items():
        rs.put_graph(g, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), True)
    return len(graphs)


def one_request(rs, graphs: dict) -> int:
    g = next(iter(graphs))
    rs.put_graph(ox.NamedNode(g.value + ":all"), ox.serialize([t for ts in graphs.values() for t in ts],
                                                              format=ox.RdfFormat.N_TRIPLES), False)
    return 1


def insert_data(per: int):
    from aikg.remote import _DURATIONS

    def write(rs, graphs: dict) -> int:
        names = list(graphs)
        for i in range(0, len(names), per):
            blocks = []
            for g in names[i:i + per]:
                lines = [f"{t.subject} {t.predicate} {t.object} ." for t in graphs[g]
                         if not (isinstance(t.object, ox.Literal) and t.object.datatype.value in _DURATIONS)]
                blocks.append(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}")
            rs._post_form(rs.update_url, {"update": "DEFINE sql:big-data-const 1\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"})
        return -(-len(names) // per)
    return write


def concurrently(write, workers: int):
    """`write` over the graphs dealt out to `workers` threads, biggest graphs first."""
    from concurrent.futures import ThreadPoolExecutor

    def run(rs, graphs: dict) -> int:
        names = sorted(graphs, key=lambda g: -len(graphs[g]))
        shares = [{g: graphs[g] for g in names[i::workers]} for i in range(workers)]
        with ThreadPoolExecutor(workers) as pool:
            return sum(pool.map(lambda share: write(rs, share), shares))
    return run


def put_gzip(rs, graphs: dict) -> int:
    u = rs.store_url
    for g, triples in graphs.items():
        body = gzip.compress(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), 1)
        resp = rs._send("PUT", u, u.target({"graph": g.value}), body,
                        {"Content-Type": "application/n-triples", "Content-Encoding": "gzip",
                         "Content-Length": str(len(body))}, 600)
        rs._check_status(u, resp, time.monotonic() + 600)
        rs._read_body(u, resp, time.monotonic() + 600, limit=1 << 16)
    return len(graphs)


def stored(rs, graphs: dict) -> str:
    """How many of the written triples the server holds in those graphs."""
    first = next(iter(graphs))
    values = " ".join(str(g) for g in [*graphs, ox.NamedNode(first.value + ":all")])   # one-request's graph
    n = int(rs.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")[0]["n"].value)
    return f"{n} of {sum(len(t) for t in graphs.values())}"


WAYS = {"put": put_each, "one-request": one_request, "insert-data-1": insert_data(1),
        "insert-data-20": insert_data(20), "put-2w": concurrently(put_each, 2), "put-4w": concurrently(put_each, 4),
        "insert-data-20-2w": concurrently(insert_data(20), 2), "insert-data-20-4w": concurrently(insert_data(20), 4),
        "put-gzip": put_gzip}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--preload", type=Path, help="N-Quads loaded first with Virtuoso's bulk loader")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--out", type=Path, default=BENCH / "virtuoso-push-costs.md")
    ap.add_argument("--ways", default=",".join(WAYS), help="comma-separated: " + ", ".join(WAYS))
    args = ap.parse_args(argv)
    from aikg.store import LocalStore
    from engines import start_virtuoso
    store = LocalStore.open(args.store)
    work = Path(tempfile.mkdtemp(prefix="aikg-push-costs-"))
    engine = start_virtuoso(work / "db", buffers=170000)
    rows, preload, server = [], "nothing", "Virtuoso"
    try:
        if args.preload:
            dt = virtuoso_bulk_load(engine, args.preload, work)
            preload = f"{args.preload.name} with the bulk loader in {dt:.1f} s"
        rs = engine.store(timeout=600)
        rs.engine
        server, quads = (rs.server or "Virtuoso").strip(), len(rs)
        for label in args.ways.split(","):
            graphs = document_triples(store, args.docs, label)
            try:
                rows.append(measure(engine, rs, label, graphs, WAYS[label]))
                rows[-1]["stored"] = stored(rs, graphs)
            except Exception as e:                     # a way the server refuses is a result too
                rows.append({"way": label, "error": str(e).splitlines()[0][:160], "load": os.getloadavg()[0]})
            print(rows[-1], flush=True)
    finally:
        engine.stop()
        shutil.rmtree(work, ignore_errors=True)
    lines = [f"# Virtuoso write costs over HTTP ({server})", "",
             f"`bench/virtuoso_push_costs.py {' '.join(argv if argv is not None else sys.argv[1:])}`, "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; server preloaded with {preload} "
             f"({quads} quads); {args.docs} document graphs of {args.store.name} written under new names.", "",
             "| way | graphs | triples | requests | wall | server CPU | µs CPU / triple | ms CPU / request | triples stored | load |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['way']} | refused: {r['error']} | | | | | | | | {r['load']:.1f} |")
            continue
        lines.append(f"| {r['way']} | {r['graphs']} | {r['triples']} | {r['requests']} | {r['wall_s']:.2f} s | "
                     f"{r['server_cpu_s']:.2f} s | {r['us_per_triple']:.0f} | {r['ms_per_request']:.1f} | {r['stored']} | {r['load']:.1f} |")
    args.out.write_text("\n".join(lines) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
