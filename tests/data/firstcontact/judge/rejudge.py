#!/usr/bin/env python3
"""rejudge.py SAMPLE NEWFACTS OUT [VERDICTS]: list each sampled fact as SAME / CHANGED / GONE against a new facts dump.
SAME    = a fact of the same document and kind with identical props and values (by id, or under another id): verdict carries over.
CHANGED = no identical fact, but one of the same document and kind shares the id or an evidence quote: re-judge by hand (candidates shown).
GONE    = neither: extraction lost it (count WRONG unless an equivalent fact exists under another kind; candidates of other kinds with the same quote are shown)."""
import sys, os, json, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sample = json.load(open(sys.argv[1])); new = json.load(open(sys.argv[2])); out = sys.argv[3]
J = importlib.import_module(sys.argv[4] if len(sys.argv) > 4 else "verdicts").J
key = lambda f: (f["doc"], f["kind"], tuple(f["props"]), tuple(f["values"]))
byid = {f["id"]: f for f in new}; bykey = collections.defaultdict(list)
for f in new: bykey[key(f)].append(f)
def short(f): return (" / ".join(f["props"]) + ((" / values: " + "; ".join(f["values"])) if f["values"] else "")).replace("|", "/")[:300]
L = [f"# Re-judging sample {sys.argv[1]} against {sys.argv[2]}\n", "| # | doc | kind | status | old verdict | old fact | new candidate(s) |", "|---|---|---|---|---|---|---|"]
cnt = collections.Counter(); carried = collections.Counter()
for f in sample:
    v = J[f["n"]][0]
    if bykey.get(key(f)):
        st, cands = "SAME", []
        carried[v] += 1
    else:
        q = set(f["evidence"])
        same_kind = [g for g in new if g["doc"] == f["doc"] and g["kind"] == f["kind"] and (g["id"] == f["id"] or q & set(g["evidence"]))]
        if same_kind: st, cands = "CHANGED", same_kind
        else:
            st = "GONE"; cands = [g for g in new if g["doc"] == f["doc"] and q & set(g["evidence"])]
    cnt[st] += 1
    L.append(f"| {f['n']} | {f['doc'][:3]} | {f['kind']} | {st} | {v} | {short(f)} | " + " <br> ".join(f"[{g['kind']}] {short(g)}" for g in cands[:4]) + " |")
L.append(f"\nSAME {cnt['SAME']} (carried verdicts: C {carried['C']}, W {carried['W']}, P {carried['P']}), CHANGED {cnt['CHANGED']}, GONE {cnt['GONE']}.")
L.append("Strict precision on the same sample = C(SAME) + C(re-judged CHANGED) [+ GONE re-judged only if an equivalent fact exists under another kind], out of 100.")
open(out, "w").write("\n".join(L) + "\n")
print(out, dict(cnt), "carried", dict(carried))
