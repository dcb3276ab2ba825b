#!/usr/bin/env python3
"""dump.py [EXPORT_DIR] [OUT]: collect typed facts (kg:Fact kinds, typed claims Claim:X, kg:Statement, kg:AIModel)
from per-document Turtle exports into a sorted, deterministic JSON list. Plain kg:Claim rows are excluded."""
import sys, os, glob, json, rdflib
from rdflib import RDF, RDFS, URIRef, Literal
KG = "https://aikg.dev/ns#"
expdir = sys.argv[1] if len(sys.argv) > 1 else "exp"
out = sys.argv[2] if len(sys.argv) > 2 else "facts_all.json"
SKIP = {str(RDF.type), KG + "evidence", KG + "claim", KG + "claimValue", KG + "mentions", str(RDFS.label)}

def short(u):
    s = str(u)
    for sep in ("#", "/"):
        pass
    if "#" in s: return s.rsplit("#", 1)[1]
    return s.rsplit("/", 1)[1]

def name(g, o):
    if isinstance(o, Literal): return str(o)
    lab = g.value(o, RDFS.label)
    if lab is not None: return str(lab)
    if str(o).startswith("http://www.w3.org/ns/org#"): return "org:" + short(o)
    if str(o).startswith(KG): return "kg:" + short(o)
    return str(o).replace("https://aikg.dev/id/", "")

facts = []
for f in sorted(glob.glob(os.path.join(expdir, "*.ttl"))):
    doc = os.path.basename(f)[:-4]
    g = rdflib.Graph(); g.parse(f, format="turtle")
    for s in set(g.subjects(RDF.type, None)):
        types = sorted(short(t) for t in g.objects(s, RDF.type))
        if "Fact" in types:
            kind = "+".join(t for t in types if t != "Fact")
        elif "Claim" in types and len(types) > 1:
            kind = "Claim:" + "+".join(t for t in types if t != "Claim")
        elif types == ["Statement"]:
            kind = "Statement"
        elif types == ["AIModel"]:
            kind = "AIModel"
        else:
            continue
        props = []
        for p, o in g.predicate_objects(s):
            if str(p) in SKIP: continue
            key = {str(RDF.subject): "subject", str(RDF.predicate): "predicate", str(RDF.object): "object"}.get(str(p), short(p))
            props.append(f"{key}={name(g, o)}")
        if kind == "AIModel":
            props.append("name=" + name(g, s))
        props.sort()
        values = []
        for v in g.objects(s, URIRef(KG + "claimValue")):
            vp = sorted(f"{short(p)}={o}" for p, o in g.predicate_objects(v) if short(p) != "position")
            pos = g.value(v, URIRef(KG + "position"))
            values.append((int(pos) if pos is not None else 0, " ".join(vp)))
        values = [v for _, v in sorted(values)]
        ev = sorted(str(g.value(e, URIRef(KG + "quote"))) for e in g.objects(s, URIRef(KG + "evidence")))
        label = g.value(s, RDFS.label)
        facts.append({"doc": doc, "kind": kind, "id": str(s).replace("https://aikg.dev/id/", ""),
                      "label": str(label) if label is not None else "", "props": props, "values": values, "evidence": ev})
facts.sort(key=lambda x: (x["doc"], x["kind"], x["id"]))
json.dump(facts, open(out, "w"), indent=1, ensure_ascii=False)
import collections
print(len(facts), "typed facts ->", out)
print(dict(collections.Counter(x["kind"] for x in facts).most_common()))
