#!/usr/bin/env python3
"""claims.py EXPORT.ttl [--full]: plain kg:Claim rows (label, period, values; --full adds evidence) and entity nodes."""
import sys, rdflib
from rdflib import RDF, RDFS, URIRef
KG = "https://aikg.dev/ns#"
g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); full = "--full" in sys.argv
rows = []
for s in g.subjects(RDF.type, URIRef(KG + "Claim")):
    if len(list(g.objects(s, RDF.type))) > 1: continue
    lab = str(g.value(s, RDFS.label)); vals = []
    for v in g.objects(s, URIRef(KG + "claimValue")):
        vals.append(" ".join(f"{str(p).rsplit('#',1)[-1]}={o}" for p, o in sorted(g.predicate_objects(v)) if not str(p).endswith("position")))
    ev = [str(g.value(e, URIRef(KG + "quote"))) for e in g.objects(s, URIRef(KG + "evidence"))]
    rows.append((lab, vals, ev))
for lab, vals, ev in sorted(rows):
    print("CLAIM", lab)
    if full:
        for v in vals: print("   V", v)
        for e in ev: print("   E", e[:300])
ents = collections = {}
for t in ("Company", "Segment", "Product", "Person", "Organization", "CostItem", "AIModel", "ModelFamily"):
    names = sorted(str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, URIRef(KG + t)))
    if names: print(f"NODES {t}: " + "; ".join(names))
