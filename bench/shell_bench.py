"""Benchmarks for `aikg shell`.

1. Startup: `python -m aikg --store DIR shell` to its first prompt, in a pseudo-terminal
   (pexpect), median of N runs (target < 0.7 s). The store is made beforehand from the bundled
   graph, so creating it is not counted.
2. Completion latency: a synthetic store of ~100k triples in the ontology's vocabulary
   (companies, segments, cost items, people, figures with evidence, labels and aliases) is
   written to a temp dir; its metadata snapshot is built as the shell does, then
   `completer.get_completions` is timed for label, prefixed-name and keyword prefixes
   (median of >= 20 runs each; target < 50 ms).

    python bench/shell_bench.py [--runs 5] [--completion-runs 20] [--triples 100000] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTUP_TARGET = 0.7
COMPLETION_TARGET = 0.050


# ---------------------------------------------------------------------- startup

def bench_startup(runs: int = 5, timeout: float = 30.0) -> dict:
    import pexpect
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        store = Path(tmp) / "store"
        env = dict(os.environ, TERM="xterm", XDG_DATA_HOME=str(Path(tmp) / "xdg"), PAGER="cat",
                   PROMPT_TOOLKIT_NO_CPR="1")
        env.pop("AIKG_STORE", None)
        subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "stats"], env=env,
                       check=True, capture_output=True, timeout=120)
        times = []
        for _ in range(runs + 1):   # the first run warms the file cache and is not counted
            t0 = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "aikg", "--store", str(store), "shell"], env=env,
                                  dimensions=(40, 120), encoding="utf-8", timeout=timeout)
            child.expect("aikg>")
            times.append(time.perf_counter() - t0)
            child.send("\x04")
            child.expect(pexpect.EOF)
            child.close()
        times = times[1:]
    return {"runs": len(times), "median_s": statistics.median(times), "min_s": min(times),
            "max_s": max(times), "target_s": STARTUP_TARGET}


# ---------------------------------------------------------------------- a synthetic store

SYLLABLES = ["al", "ba", "cor", "dex", "en", "fir", "gal", "hex", "io", "jun", "ka", "lum", "mon", "nor",
             "vex", "or", "pax", "qui", "ra", "sol", "tek", "ur", "vi", "wen", "xa", "yo", "zen"]
SUFFIXES = ["Group", "Holdings", "Technologies", "Cloud", "Systems", "Labs", "Networks", "AI"]
SEGMENTS = ["Cloud Intelligence", "All Others", "Digital Commerce", "Devices", "Advertising",
            "Enterprise Services", "Gaming", "Payments", "Logistics", "Research"]
COSTS = ["AI model training", "data centre build-out", "GPU purchases", "logistics", "mapping",
         "video games", "supermarkets", "research and development", "marketing", "chip design"]
MEASURES = ["revenue", "capital expenditure", "operating income", "AI revenue", "net income"]


def synthetic_quads(target: int = 100_000, seed: int = 7):
    """Quads in the ontology's vocabulary, spread over one named graph per fake document."""
    import pyoxigraph as ox
    from aikg.rdf import ID, NS, PREFIXES

    rnd = random.Random(seed)
    RDF, RDFS, SKOS = PREFIXES["rdf"], PREFIXES["rdfs"], PREFIXES["skos"]
    PROV, ORG, XSD = PREFIXES["prov"], PREFIXES["org"], PREFIXES["xsd"]
    N = ox.NamedNode
    L = ox.Literal
    a = N(RDF + "type")
    label, alt = N(RDFS + "label"), N(SKOS + "altLabel")
    docs = [N(f"{ID}doc/synthetic-{i:04d}") for i in range(200)]
    out: list = []

    def add(s, p, o, g):
        out.append(ox.Quad(s, p, o, g))

    def name() -> str:
        return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()

    for g in docs:
        add(g, a, N(NS + "Document"), g)
        add(g, label, L(g.value.rsplit("/", 1)[1]), g)
    i = 0
    companies: list = []
    while len(out) < target:
        g = rnd.choice(docs)
        base = name()
        comp = N(f"{ID}company/{base.lower()}-{i}")
        companies.append(comp)
        add(comp, a, N(NS + "Company"), g)
        add(comp, label, L(f"{base} {rnd.choice(SUFFIXES)}"), g)
        add(comp, alt, L(base), g)
        add(comp, alt, L(f"{base} {rnd.choice(SUFFIXES)} Ltd."), g)
        add(comp, N(NS + "country"), N(f"{ID}country/c{rnd.randint(0, 40)}"), g)
        for s_name in rnd.sample(SEGMENTS, 3):
            seg_slug = f"{base.lower()}-{i}-{s_name.lower().replace(' ', '-')}"
            seg = N(f"{ID}segment/{seg_slug}")
            add(seg, a, N(NS + "Segment"), g)
            add(seg, label, L(f"{base} {s_name}"), g)
            add(seg, N(ORG + "unitOf"), comp, g)
            add(comp, N(ORG + "hasUnit"), seg, g)
            for c_name in rnd.sample(COSTS, 2):
                item = N(f"{ID}costitem/{seg_slug}-{c_name.lower().replace(' ', '-')}")
                add(item, a, N(NS + "CostItem"), g)
                add(item, label, L(c_name), g)
                add(item, N(NS + "inSegment"), seg, g)
                ev = N(f"{ID}evidence/{len(out):08x}")
                add(ev, a, N(NS + "Evidence"), g)
                add(ev, N(RDF + "subject"), item, g)
                add(ev, N(RDF + "predicate"), N(NS + "inSegment"), g)
                add(ev, N(RDF + "object"), seg, g)
                add(ev, N(NS + "quote"), L(f"{base} books {c_name} inside its {s_name} segment."), g)
                add(ev, N(PROV + "wasDerivedFrom"), g, g)
        person = N(f"{ID}person/{base.lower()}-{i}-ceo")
        add(person, a, N(NS + "Person"), g)
        add(person, label, L(f"{name()} {name()}"), g)
        obs = N(f"{ID}observation/{i:08x}")
        add(obs, a, N(NS + "Observation"), g)
        add(obs, a, N(NS + "Fact"), g)
        add(obs, N(NS + "subject"), comp, g)
        add(obs, N(NS + "measure"), L(rnd.choice(MEASURES)), g)
        add(obs, N(NS + "value"), L(str(rnd.randint(1, 900)), datatype=N(XSD + "decimal")), g)
        add(obs, N(NS + "unit"), L("CNY"), g)
        add(obs, N(NS + "periodLabel"), L(f"Q{rnd.randint(1, 4)} 202{rnd.randint(2, 5)}"), g)
        add(obs, label, L(f"{base} {rnd.choice(MEASURES)}"), g)
        i += 1
    return out


def build_store(path: Path, target: int):
    from aikg.store import LocalStore
    s = LocalStore.open(path, empty=True, write=True)   # the ontology, no bundled documents
    s.ox.bulk_extend(synthetic_quads(target))
    s.ox.flush()
    return s


# ---------------------------------------------------------------------- completion

CASES = {
    # label (entity by label or alias)
    "label: object 'Norv'": "SELECT * WHERE { ?x kg:inSegment ?s . ?s ?p Norv",
    "label: \\describe 'Alba Cl'": "\\describe Alba Cl",
    "label: subject 'Zen'": "SELECT * WHERE { Zen",
    # prefixed names
    "prefixed: kg:Seg (class)": "SELECT * WHERE { ?x a kg:Seg",
    "prefixed: kg:inSeg (predicate)": "SELECT * WHERE { ?x kg:inSeg",
    "prefixed: id:company/no (entities)": "SELECT * WHERE { ?x ?p id:company/no",
    "prefixed: org: (all)": "SELECT * WHERE { ?x org:",
    # keywords
    "keyword: SEL": "SEL",
    "keyword: FIL in a group": "SELECT * WHERE { ?x ?p ?o . FIL",
    "keyword: ORD after WHERE": "SELECT * WHERE { ?x ?p ?o } ORD",
    # Tab with nothing typed: every predicate for a typed subject
    "tab: predicates of kg:Company": "SELECT * WHERE { ?x a kg:Company ; ",
}


def bench_completion(triples: int = 100_000, runs: int = 20) -> dict:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from aikg.shell.completer import SparqlCompleter
    from aikg.shell.metadata import load

    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        t0 = time.perf_counter()
        store = build_store(Path(tmp) / "store", triples)
        build_s = time.perf_counter() - t0
        n = len(store)
        t0 = time.perf_counter()
        snap = load(store)
        meta_s = time.perf_counter() - t0
        completer = SparqlCompleter(snap)
        results = {}
        for name, text in CASES.items():
            doc = Document(text)
            times, count = [], 0
            for _ in range(runs):
                t = time.perf_counter()
                comps = list(completer.get_completions(doc, CompleteEvent(completion_requested=True)))
                times.append(time.perf_counter() - t)
                count = len(comps)
            results[name] = {"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
                             "completions": count}
        del store
    medians = [r["median_ms"] for r in results.values()]
    return {"quads": n, "build_store_s": build_s, "metadata_s": meta_s, "entities": len(snap.entities),
            "runs": runs, "cases": results, "worst_median_ms": max(medians),
            "median_of_medians_ms": statistics.median(medians), "target_ms": COMPLETION_TARGET * 1000}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="startup runs (median)")
    ap.add_argument("--completion-runs", type=int, default=20, help="runs per completion case (median)")
    ap.add_argument("--triples", type=int, default=100_000, help="size of the synthetic store")
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    out = {}
    if not args.skip_startup:
        out["startup"] = bench_startup(args.runs)
    out["completion"] = bench_completion(args.triples, args.completion_runs)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    if "startup" in out:
        s = out["startup"]
        ok = "ok" if s["median_s"] < STARTUP_TARGET else "OVER TARGET"
        print(f"startup to first prompt: median {s['median_s']:.3f} s over {s['runs']} runs "
              f"(min {s['min_s']:.3f}, max {s['max_s']:.3f}; target < {STARTUP_TARGET} s) {ok}")
    c = out["completion"]
    print(f"synthetic store: {c['quads']:,} quads, {c['entities']:,} entities "
          f"(built in {c['build_store_s']:.1f} s; metadata snapshot in {c['metadata_s']:.2f} s)")
    for name, r in c["cases"].items():
        print(f"  {name:<40} median {r['median_ms']:7.2f} ms  max {r['max_ms']:7.2f} ms  ({r['completions']} completions)")
    ok = "ok" if c["worst_median_ms"] < COMPLETION_TARGET * 1000 else "OVER TARGET"
    print(f"completion latency: worst median {c['worst_median_ms']:.2f} ms, median of medians "
          f"{c['median_of_medians_ms']:.2f} ms (target < {COMPLETION_TARGET * 1000:.0f} ms) {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
