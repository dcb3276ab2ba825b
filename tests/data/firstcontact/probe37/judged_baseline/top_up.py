#!/usr/bin/env python3
"""top_up.py: the pool holds 138 typed facts (93 Observations, 45 others), so sample.py (seed 20261208) draws
50 Observations + 45 others = 95; this appends 5 of the 43 Observations it left out, drawn with random.Random(20261208)
(sorted by facts_all.json order), as #96-#100, making sample.json 100 facts (55 Observations + 45 others), and rewrites
sample.txt in sample.py's format."""
import json, random
s = json.load(open("sample.json")); facts = json.load(open("facts_all.json"))
ids = {f["id"] for f in s}
rest = [f for f in facts if f["kind"] == "Observation" and f["id"] not in ids]
pick = sorted(random.Random(20261208).sample(range(len(rest)), 100 - len(s)))
for i in pick:
    f = dict(rest[i]); f["n"] = len(s) + 1; s.append(f)
json.dump(s, open("sample.json", "w"), indent=1, ensure_ascii=False)
with open("sample.txt", "w") as fh:
    for f in s:
        fh.write(f"#{f['n']} [{f['doc'][:3]}] {f['kind']} {f['id']}\n  " + " | ".join(f["props"]) + "\n")
        for v in f["values"]: fh.write("  V: " + v + "\n")
        for e in f["evidence"]: fh.write("  E: " + e + "\n")
print(len(s), "facts in sample.json")
