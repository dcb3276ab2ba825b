#!/usr/bin/env python3
"""carry.py NEW_SAMPLE.json VERDICTS_SAME_AFTER OUT.json: for a FRESH sample drawn on a later store, carry over the
verdicts of facts that are identical (same doc, kind, props, values) to facts of sample.json already judged on the same
sample after re-judging (module VERDICTS_SAME_AFTER, e.g. verdicts_same_TAG); writes {n: verdict} for those rows.
Run from the judged_baseline directory with PYTHONPATH=."""
import json, sys, importlib
sys.path.insert(0, '.')
new_sample, mod, out = sys.argv[1], sys.argv[2], sys.argv[3]
A = importlib.import_module(mod).J
from baseline import sample
S = sample(); N = json.load(open(new_sample))
key = lambda f: (f["doc"], f["kind"], tuple(f["props"]), tuple(f["values"]))
kA = {key(f): A[f['n']] for f in S}
res = {f['n']: kA[key(f)] for f in N if key(f) in kA}
print(len(res), "verdicts carried ->", out); json.dump(res, open(out, 'w'), indent=1)
