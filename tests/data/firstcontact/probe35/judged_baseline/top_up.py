#!/usr/bin/env python3
"""top_up.py: the pool holds only 98 typed facts (62 Observations, 36 others), so sample.py (seed 20261207) draws
50 Observations + 36 others = 86; this appends the 12 Observations it left out (in facts_all.json order) as #87-#98,
making sample.json a census of all 98 typed facts, and rewrites sample.txt in sample.py's format."""
import json
s = json.load(open("sample.json")); facts = json.load(open("facts_all.json"))
ids = {f["id"] for f in s}
for f in facts:
    if f["id"] not in ids:
        f = dict(f); f["n"] = len(s) + 1; s.append(f)
json.dump(s, open("sample.json", "w"), indent=1, ensure_ascii=False)
with open("sample.txt", "w") as fh:
    for f in s:
        fh.write(f"#{f['n']} [{f['doc'][:3]}] {f['kind']} {f['id']}\n  " + " | ".join(f["props"]) + "\n")
        for v in f["values"]: fh.write("  V: " + v + "\n")
        for e in f["evidence"]: fh.write("  E: " + e + "\n")
print(len(s), "facts in sample.json")
