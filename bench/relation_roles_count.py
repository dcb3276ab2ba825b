#!/usr/bin/env python3
# bench/relation_roles_count.py SET...: (issue30c) every judged wrong-company row of the seen sets whose fact is still
# stored identically in /tmp/30c-count/SET/facts.json (judge/run_all.sh-style export + dump.py of the store /tmp/fin-SET).
"""List every judged wrong-company row whose identical fact is still stored at 09e9d3c (/tmp/fin-SET export)."""
import json, importlib.util, sys, collections, re, os
FC = "/work/wt-30c/tests/data/firstcontact"
def load(p):
    spec = importlib.util.spec_from_file_location("v", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.J
key = lambda f: (f["doc"], f["kind"], tuple(f["props"]), tuple(f["values"]))
PAIRS = [("judged_baseline/sample.json", "judged_baseline/verdicts.py"), ("judged_after/sample_after.json", "judged_after/verdicts_after.py"),
         ("judged_after/sample.json", "judged_after/verdicts.py")]
rows = []; tot = collections.Counter()
for s in sys.argv[1:]:
    facts = json.load(open(f"/tmp/30c-count/{s}/facts.json")); keys = {key(f) for f in facts}
    seen = set()
    for sp, vp in PAIRS:
        if not (os.path.exists(f"{FC}/{s}/{sp}") and os.path.exists(f"{FC}/{s}/{vp}")): continue
        sample = json.load(open(f"{FC}/{s}/{sp}")); J = load(f"{FC}/{s}/{vp}")
        for f in sample:
            v = J.get(f["n"])
            if not v or v[0] != "W" or "company" not in (v[1] or "") and "role" not in (v[1] or ""): continue
            k = key(f)
            if k in seen: continue
            seen.add(k); tot[s] += 1
            if k in keys:
                rows.append(dict(set=s, sample=sp.split("/")[0] + "#" + str(f["n"]), doc=f["doc"][:14], kind=f["kind"], props=" / ".join(f["props"])[:160], reason=v[2][:200]))
json.dump(rows, open("/tmp/30c-count/still.json", "w"), indent=1)
print("judged wrong-company rows (distinct facts):", dict(tot), sum(tot.values()))
print("still stored identically:", len(rows), collections.Counter(r["set"] for r in rows))
