"""Benchmark: export a synthetic graph of N triples (default 1M) to GraphML.

    python bench/export_bench.py                 # 1M triples, GraphML into bench/out/
    python bench/export_bench.py -n 200000 --format gexf

The graph uses aikg's vocabulary and layout (one named graph per document, evidence for every
fact): companies with countries, segments (org:unitOf), cost items (kg:inSegment), financial
observations and investments (with kg:Money amounts), each quoted by a kg:Evidence node. Some
observations are restated by a second document, so facts carry evidence from several graphs, as
in real builds. Generation is seeded, so runs are comparable.

Prints load time, export time, node/edge counts, output size and peak RSS (ru_maxrss).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from aikg.rdf import DCT, KG, ORG, PROV, RDF, RDF_TYPE, RDFS, SKOS, XSD, dec, doc_iri, entity_iri  # noqa: E402
from aikg.store import LocalStore  # noqa: E402

MEASURES = ["revenue", "operating income", "capital expenditure", "net income", "adjusted EBITA",
            "cloud revenue", "AI revenue", "free cash flow"]
COUNTRIES = ["China", "United States", "Japan", "Germany", "France", "India", "Korea",
             "United Kingdom", "Singapore", "Canada"]


def lit(v) -> ox.Literal:
    return ox.Literal(str(v))


def generate(n_triples: int, seed: int = 7):
    """Yield quads until about n_triples have been produced."""
    rnd = random.Random(seed)
    n_companies = max(10, n_triples // 5000)
    companies = [f"Company {i:04d}" for i in range(n_companies)]
    count = 0
    doc_no = 0
    previous_facts: list[tuple] = []
    while count < n_triples:
        doc_id = f"synthetic_{doc_no:06d}"
        doc_no += 1
        g = doc_iri(doc_id)
        quads: list[ox.Quad] = []

        def add(s, p, o):
            quads.append(ox.Quad(s, p, o, g))

        char = 0

        def evidence(about, predicate=None, obj=None, text="") -> ox.NamedNode:
            nonlocal char
            ev = ox.NamedNode(f"https://aikg.dev/id/evidence/{doc_id}-{char}")
            add(ev, RDF_TYPE, KG("Evidence"))
            add(ev, RDF("subject"), about)
            if predicate is not None:
                add(ev, RDF("predicate"), predicate)
                add(ev, RDF("object"), obj)
            add(ev, KG("quote"), lit(text or f"Sentence {char} of {doc_id}."))
            add(ev, KG("charStart"), ox.Literal(str(char), datatype=XSD("integer")))
            add(ev, KG("charEnd"), ox.Literal(str(char + 80), datatype=XSD("integer")))
            add(ev, PROV("wasDerivedFrom"), g)
            char += 100
            return ev

        add(g, RDF_TYPE, KG("Document"))
        add(g, KG("fileName"), lit(doc_id + ".txt"))
        add(g, KG("sha256"), lit(f"{doc_no:064x}"))
        add(g, DCT("identifier"), lit(doc_id))
        add(g, RDFS("label"), lit(doc_id))
        add(g, DCT("title"), lit(f"Synthetic article {doc_no}"))

        def entity(kind, label):
            node = entity_iri(kind, label)
            add(node, RDF_TYPE, KG(kind))
            add(node, RDFS("label"), lit(label))
            add(node, SKOS("prefLabel"), lit(label))
            return node

        for name in rnd.sample(companies, 3):
            ci = companies.index(name)
            comp = entity("Company", name)
            country_label = COUNTRIES[ci % len(COUNTRIES)]
            country = entity("Country", country_label)
            add(comp, KG("country"), country)
            subjects = [comp]
            for s in range(2):
                seg_label = f"{name} segment {(ci + s) % 3}"
                seg = entity("Segment", seg_label)
                add(seg, ORG("unitOf"), comp)
                add(comp, ORG("hasUnit"), seg)
                evidence(seg, ORG("unitOf"), comp, f"{seg_label} is a segment of {name}.")
                item = entity("CostItem", f"{seg_label} cost {rnd.randrange(2)}")
                add(item, KG("inSegment"), seg)
                evidence(item, KG("inSegment"), seg)
                subjects.append(seg)
            for _ in range(10):
                if previous_facts and rnd.random() < 0.2:
                    subj, measure, value, year = rnd.choice(previous_facts)
                    subject = subj
                else:
                    subject = rnd.choice(subjects)
                    measure = rnd.choice(MEASURES)
                    value = Decimal(rnd.randrange(1, 10_000)) * 1_000_000
                    year = rnd.choice([2022, 2023, 2024, 2025])
                    previous_facts.append((subject, measure, value, year))
                    if len(previous_facts) > 5000:
                        previous_facts.pop(0)
                key = f"{subject.value}|{measure}|{value}|{year}".encode()
                fact = ox.NamedNode(f"https://aikg.dev/id/observation/{hashlib.sha1(key).hexdigest()[:16]}")
                add(fact, RDF_TYPE, KG("Observation"))
                add(fact, RDF_TYPE, KG("Fact"))
                add(fact, RDFS("label"), lit(f"{measure} {value} ({year})"))
                add(fact, KG("subject"), subject)
                add(fact, KG("measure"), lit(measure))
                add(fact, KG("value"), dec(value))
                add(fact, KG("unit"), lit("CNY"))
                add(fact, KG("periodStart"), ox.Literal(f"{year}-01-01", datatype=XSD("date")))
                add(fact, KG("periodEnd"), ox.Literal(f"{year}-12-31", datatype=XSD("date")))
                add(fact, KG("periodLabel"), lit(f"FY{year}"))
                add(fact, KG("evidence"), evidence(fact, text=f"{measure} was {value} in {year}."))
            if rnd.random() < 0.3:
                amount = Decimal(rnd.randrange(1, 500)) * 1_000_000_000
                inv = ox.NamedNode(f"https://aikg.dev/id/investment/{doc_id}-{ci}")
                money = ox.NamedNode(f"https://aikg.dev/id/money/CNY-{amount}")
                add(inv, RDF_TYPE, KG("Investment"))
                add(inv, RDF_TYPE, KG("Fact"))
                add(inv, RDFS("label"), lit(f"{name}: CNY {amount}"))
                add(inv, KG("investor"), comp)
                add(inv, KG("amount"), money)
                add(money, RDF_TYPE, KG("Money"))
                add(money, KG("value"), dec(amount))
                add(money, KG("currency"), lit("CNY"))
                add(money, RDFS("label"), lit(f"CNY {amount}"))
                add(inv, KG("horizon"), ox.Literal("P3Y", datatype=XSD("duration")))
                add(inv, KG("evidence"), evidence(inv))
        count += len(quads)
        yield from quads


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--triples", type=int, default=1_000_000)
    ap.add_argument("--format", default="graphml")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args(argv)

    from aikg.export import export

    t0 = time.perf_counter()
    store = LocalStore.memory(label="synthetic")
    store.ox.extend(generate(args.triples))
    t_load = time.perf_counter() - t0
    print(f"generated and loaded {len(store):,} quads in {t_load:.1f} s (peak RSS {peak_rss_mib():.0f} MiB)")

    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"synthetic-{args.triples}.{args.format}"
    t1 = time.perf_counter()
    summary = export(store, args.format, str(target))
    t_export = time.perf_counter() - t1
    size = sum(Path(f).stat().st_size for f in summary["files"])
    what = (f"{summary['nodes']:,} nodes, {summary['edges']:,} edges" if "nodes" in summary
            else f"{summary['quads']:,} quads")
    print(f"exported {what} to {target} ({size / 2**20:.1f} MiB) in {t_export:.1f} s")
    print(f"peak RSS {peak_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
