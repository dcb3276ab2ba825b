#!/usr/bin/env python3
"""aikg on other SPARQL engines: push the bench graph to Oxigraph server and Virtuoso and time
every saved query there, side by side with the local store.

    .venv/bin/python bench/engine_bench.py                       # 1M quads, both engines
    .venv/bin/python bench/engine_bench.py --size 100k --engines virtuoso --repeats 3
    .venv/bin/python bench/engine_bench.py --bulk-loader         # also Virtuoso's own loader (ld_dir)
    .venv/bin/python bench/engine_bench.py --store STORE --out bench/results-engines-feed.md   # an ingested feed
    .venv/bin/python bench/engine_bench.py --bound-only          # push + entity-bound queries only

For each engine: a fresh server on loopback ports (tests/engines.py, the same set-up as the
tests), `aikg push` from an on-disk store holding the graph (wall time, process start
included; Oxigraph takes the whole dataset in one request, Virtuoso graph by graph, PUT with
digest auth), then every saved query
through `aikg.remote.RemoteStore` (HTTP included), once with no parameters and once with the
sample company (or family / entity) bound, median of --repeats runs after one warm-up, with
the row count compared to the local store's. Writes OUT (markdown) and OUT.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(BENCH))


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def ensure_data(size: str, work: Path) -> tuple[Path, dict]:
    import gen
    path = work / "data" / f"kg-{size}.nq"
    side = Path(str(path) + ".json")
    if not (path.exists() and side.exists()):
        log(f"generating the {size} graph -> {path}")
        gen.generate(gen.parse_size(size), path)
    return path, json.loads(side.read_text())


def aikg(*args, env=None, timeout=3600) -> tuple[float, subprocess.CompletedProcess]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("AIKG_")}
    e.update(env or {})
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True, env=e, timeout=timeout)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"aikg {' '.join(args)} failed: {r.stderr.strip()[-500:]}")
    return dt, r


def local_store(data: Path, work: Path, size: str) -> Path:
    d = work / "engines" / f"local-{size}"
    if not (d / "CURRENT").exists():
        shutil.rmtree(d, ignore_errors=True)
        log(f"loading {data.name} into {d}")
        aikg("--store", str(d), "--empty", "load", str(data), env={"XDG_DATA_HOME": str(work / "xdg")})
    return d


def store_meta(store_dir: Path) -> dict:
    """Quad count and a sample company (the one stated in most documents) of an existing
    store, e.g. a feed ingested by bench/feed_gen.py + `aikg ingest`."""
    from aikg.store import LocalStore
    st = LocalStore.open(store_dir)
    top = "SELECT ?c (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?c a kg:Company } } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1"
    fam = "SELECT ?f WHERE { ?f a kg:ModelFamily } ORDER BY ?f LIMIT 1"
    company = next(iter(st.query(top)))["c"].value
    family = next(iter(st.query(fam)), None)
    return {"quads": len(st), "sample": {"company": company}, "sample_family": family and family["f"].value}


def cases(meta: dict, bound_only: bool = False) -> list[tuple[str, dict, bool]]:
    from aikg.queries import catalogue
    sample = meta["sample"]
    values = {"company": sample["company"], "entity": sample["company"], "family": meta.get("sample_family")}
    out = []
    for name, sq in catalogue().items():
        required = {p.name: values[p.name] for p in sq.params if not p.optional}
        if len(required) == len([p for p in sq.params if not p.optional]) and not required:
            out.append((name, {}, False))
        bound = {p.name: values[p.name] for p in sq.params if values.get(p.name)}
        if bound:
            first = next(iter(bound))
            params = {**required, first: bound[first]}
            out.append((name, params, True))
    return [c for c in out if c[2]] if bound_only else out


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_queries(store, todo, repeats: int, timeout: float) -> dict:
    from aikg.run import run_query
    res = {}
    for name, params, entity in todo:
        key = name + (" (" + ", ".join(f"{k}=…{v[-18:]}" for k, v in params.items()) + ")" if params else "")
        times, rows, err = [], None, None
        try:
            run_query(store, name, params, timeout=timeout)                     # warm-up
            for _ in range(repeats):
                t = time.perf_counter()
                r = run_query(store, name, params, timeout=timeout)
                times.append(time.perf_counter() - t)
                rows = len(r.rows)
        except Exception as e:                                                  # recorded, not fatal
            err = str(e).splitlines()[0][:120]
        res[key] = {"query": name, "entity": entity, "median_ms": statistics.median(times) * 1000 if times else None,
                    "rows": rows, "error": err}
        log(f"  {key}: {res[key]['median_ms'] and round(res[key]['median_ms'], 1)} ms, {rows} rows {err or ''}")
    return res


def virtuoso_bulk_load(engine, data: Path, work: Path) -> float:
    """Virtuoso's own bulk loader on an `aikg export --format nq` style dump (the bench graph is
    already N-Quads): ld_dir + rdf_loader_run + checkpoint, through isql."""
    from engines import virtuoso_binary
    _, isql = virtuoso_binary()
    dump = engine.workdir / "load"
    dump.mkdir(exist_ok=True)
    shutil.copy(data, dump / "kg.nq")
    script = engine.workdir / "load.sql"
    script.write_text(f"ld_dir('{dump}', '*.nq', 'urn:aikg:unused');\nrdf_loader_run();\ncheckpoint;\n")
    t = time.perf_counter()
    r = subprocess.run([isql, f"127.0.0.1:{engine.sql_port}", "dba", engine.dba_password, str(script)],
                       capture_output=True, text=True, timeout=3600)
    dt = time.perf_counter() - t
    if r.returncode != 0 or "Error" in r.stdout + r.stderr:
        raise SystemExit(f"bulk load failed: {(r.stdout + r.stderr)[-500:]}")
    return dt


def bench_bulk_loader(data: Path, args, work: Path) -> dict:
    """Virtuoso's own loader into a fresh server (dropping 5,772 graphs over HTTP first would
    take longer than the load)."""
    from engines import start_virtuoso
    tmp = Path(tempfile.mkdtemp(prefix="aikg-bench-bulk-", dir=work))
    try:
        engine = start_virtuoso(tmp / "db", buffers=args.buffers)
        try:
            dt = virtuoso_bulk_load(engine, data, work)
            n = len(engine.store(timeout=args.timeout))
            log(f"virtuoso bulk loader: {dt:.1f} s, {n} quads")
            return {"bulk_load_s": dt, "bulk_quads_there": n}
        finally:
            engine.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_engine(name: str, store_dir: Path, data: Path, meta: dict, args, work: Path) -> dict:
    from engines import start_oxigraph, start_virtuoso
    tmp = Path(tempfile.mkdtemp(prefix=f"aikg-bench-{name}-", dir=work))
    out: dict = {"engine": name}
    try:
        engine = start_oxigraph(tmp / "data") if name == "oxigraph" else start_virtuoso(tmp / "db", buffers=args.buffers)
        try:
            out["server"] = engine.store().engine and engine.store().server
            env = {"XDG_DATA_HOME": str(work / "xdg"), **engine.env}
            log(f"{name}: pushing {meta['quads']} quads")
            server0, client0 = cpu_seconds(engine.proc.pid), resource.getrusage(resource.RUSAGE_CHILDREN)
            dt, r = aikg("--store", str(store_dir), "push", "--endpoint", engine.url, env=env)
            client1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            out["push_s"] = dt
            # CPU seconds, which the other jobs on a shared machine do not inflate as they do wall time
            out["push_server_cpu_s"] = cpu_seconds(engine.proc.pid) - server0
            out["push_client_cpu_s"] = (client1.ru_utime + client1.ru_stime) - (client0.ru_utime + client0.ru_stime)
            out["load_after_push"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
            out["push_out"] = r.stdout.strip()
            log(f"  {r.stdout.strip()} ({dt:.1f} s wall)")
            rs = engine.store(timeout=args.timeout)
            out["quads_there"] = len(rs)
            out["queries"] = time_queries(rs, cases(meta, args.bound_only), args.repeats, args.timeout)
        finally:
            engine.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def report(res: dict) -> str:
    meta = res["meta"]
    lines = [f"# aikg on SPARQL engines ({res['size']}, {meta['quads']} quads, {meta.get('documents', '?')} documents)", "",
             f"`{res['command']}` on {res['machine']}, {res['date']}; load average (1, 5, 15 min) at the start "
             f"{res.get('load_before', '?')}, after each push: "
             + ", ".join(f"{e['engine']} {e.get('load_after_push', '?')}" for e in res["engines"])
             + f". Median of {res['repeats']} runs after a "
             "warm-up, HTTP included for the servers; rows = rows returned (must equal the local store's).", ""]
    engines = [e for e in res["engines"]]
    lines.append("| | " + " | ".join(["local store"] + [e["engine"] for e in engines]) + " |")
    lines.append("|---|" + "---|" * (1 + len(engines)))
    push = ["—"] + [f"{e['push_s']:.1f} s" for e in engines]
    lines.append("| push (`aikg push`, wall) | " + " | ".join(push) + " |")
    if all("push_server_cpu_s" in e for e in engines):
        lines.append("| push CPU: server + aikg | " + " | ".join(
            ["—"] + [f"{e['push_server_cpu_s']:.1f} s + {e['push_client_cpu_s']:.1f} s" for e in engines]) + " |")
    if any("bulk_load_s" in e for e in engines):
        lines.append("| Virtuoso bulk loader (`ld_dir` + `rdf_loader_run`) | " + " | ".join(
            ["—"] + [f"{e['bulk_load_s']:.1f} s" if "bulk_load_s" in e else "—" for e in engines]) + " |")
    lines.append("| quads on the server | " + " | ".join([str(meta["quads"])] + [str(e["quads_there"]) for e in engines]) + " |")
    local = res["local"]
    for key, lq in local.items():
        cells = [_cell(lq)]
        for e in engines:
            q = e["queries"].get(key)
            c = _cell(q)
            if q and lq["rows"] is not None and q["rows"] is not None and q["rows"] != lq["rows"]:
                c += " ≠"
            cells.append(c)
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    lines.append("")
    for e in engines:
        ent = [q["median_ms"] for q in e["queries"].values() if q["entity"] and q["median_ms"] is not None]
        if ent:
            lines.append(f"- {e['engine']}: entity-bound saved queries median of medians "
                         f"{statistics.median(ent):.1f} ms, slowest {max(ent):.1f} ms ({len(ent)} queries); "
                         f"push {e['push_out']}")
    lines.append("")
    return "\n".join(lines)


def _cell(q) -> str:
    if not q:
        return "—"
    if q["error"]:
        return f"error: {q['error'][:60]}"
    ms = q["median_ms"]
    t = f"{ms:.1f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"
    return f"{t} ({q['rows']})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="1m")
    ap.add_argument("--store", type=Path, help="an existing aikg store instead of the generated graph "
                    "(e.g. the feed: bench/feed_gen.py -n 2000 -o DIR; aikg --store S --empty ingest DIR)")
    ap.add_argument("--engines", default="oxigraph,virtuoso")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--buffers", type=int, default=170000, help="Virtuoso NumberOfBuffers (8 KB pages; 170000 ~ 1.3 GB)")
    ap.add_argument("--bulk-loader", action="store_true")
    ap.add_argument("--bound-only", action="store_true", help="only the entity-bound queries (skip the slow unbound ones)")
    ap.add_argument("--work", type=Path, default=BENCH / ".work")
    ap.add_argument("--out", type=Path, default=BENCH / "results-engines.md")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.store:
        data = None
        store_dir, meta = args.store, store_meta(args.store)
        args.size = args.store.name
    else:
        data, meta = ensure_data(args.size, args.work)
        store_dir = local_store(data, args.work, args.size)
    from aikg.store import LocalStore
    local = LocalStore.open(store_dir)
    meta["documents"] = len(local.documents())
    log("local store")
    res = {"size": args.size, "meta": meta, "repeats": args.repeats,
           "command": "bench/engine_bench.py " + " ".join(argv if argv is not None else sys.argv[1:]),
           "machine": f"{os.cpu_count()} CPU {platform.machine()}, Python {platform.python_version()}",
           "date": time.strftime("%Y-%m-%d"),
           "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
           "local": time_queries(local, cases(meta, args.bound_only), args.repeats, args.timeout), "engines": []}
    del local
    args.out.with_suffix(".json").write_text(json.dumps(res, indent=1, default=str))   # the local part
    for name in args.engines.split(","):
        res["engines"].append(bench_engine(name.strip(), store_dir, data, meta, args, args.work))
        if name.strip() == "virtuoso" and args.bulk_loader and not args.store:
            res["engines"][-1].update(bench_bulk_loader(data, args, args.work))
        args.out.with_suffix(".json").write_text(json.dumps(res, indent=1, default=str))   # after each engine
    args.out.write_text(report(res))
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
