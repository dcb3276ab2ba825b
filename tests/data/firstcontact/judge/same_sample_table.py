#!/usr/bin/env python3
"""same_sample_table.py TAG VERDICTS_AFTER STORE_LABEL: after run_all.sh STORE TAG and hand re-judging of the CHANGED/GONE
rows into module VERDICTS_AFTER (a full J dict: SAME rows copied from verdicts.py), write precision_same_sample_TAG.md
comparing baseline (verdicts.py) and after on sample.json (the judged directory's, else ../judged_baseline's; baseline.py).
Run from the judged directory with PYTHONPATH=.:../../judge"""
import json, collections, sys, importlib, os
sys.path.insert(0, '.')
tag, mod, label = sys.argv[1], sys.argv[2], sys.argv[3]
from baseline import sample, verdicts
B = verdicts()
A = importlib.import_module(mod).J
S = sample()
st = {}
for line in open(f'rejudge_{tag}.md'):
    p = [x.strip() for x in line.split('|')]
    if len(p) > 5 and p[1].isdigit(): st[int(p[1])] = p[4]
def sc(J, ns):
    c = sum(J[n][0] == 'C' for n in ns); p = sum(J[n][0] == 'P' for n in ns); return c, c + p
L = [f"# Same-sample precision {tag} (sample.json, seed {os.environ['SEED']}; store {label})\n",
     "SAME rows carry the baseline verdict; CHANGED and GONE rows were re-judged by hand against the article (" + mod + ".py).\n"]
ns = [f['n'] for f in S]
b = sc(B, ns); a = sc(A, ns); tot = a
L.append(f"**Strict {a[0]}/100, lenient {a[1]}/100** (baseline strict {b[0]}/100, lenient {b[1]}/100). Status: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(st.values()).items()) + "\n")
L += ["## By kind\n", "| kind | n | baseline strict | baseline lenient | after strict | after lenient |", "|---|---|---|---|---|---|"]
kinds = collections.defaultdict(list)
for f in S: kinds[f['kind']].append(f['n'])
for k in sorted(kinds, key=lambda k: -len(kinds[k])):
    b = sc(B, kinds[k]); a = sc(A, kinds[k]); L.append(f"| {k} | {len(kinds[k])} | {b[0]} | {b[1]} | {a[0]} | {a[1]} |")
L += ["\n## Errors by category (W, and P counted as 'wrong period' in strict)\n", "| category | baseline | after |", "|---|---|---|"]
cb = collections.Counter(B[n][1] for n in ns if B[n][0] != 'C'); ca = collections.Counter(A[n][1] for n in ns if A[n][0] != 'C')
for k in sorted(set(cb) | set(ca), key=lambda k: -cb[k]): L.append(f"| {k} | {cb[k]} | {ca[k]} |")
L.append(f"| total | {sum(cb.values())} | {sum(ca.values())} |")
L += ["\n## Rows whose status is not SAME (baseline verdict beside the new one)\n", "| # | doc | kind | status | baseline | after | after reason |", "|---|---|---|---|---|---|---|"]
for f in S:
    n = f['n']
    if st[n] != 'SAME': L.append(f"| {n} | {f['doc'][:3]} | {f['kind']} | {st[n]} | {B[n][0]} {B[n][1]} | {A[n][0]} {A[n][1]} | {A[n][2]} |")
L += ["\n## All rows\n", "| # | doc | kind | status | baseline | after |", "|---|---|---|---|---|---|"]
for f in S:
    n = f['n']; L.append(f"| {n} | {f['doc'][:3]} | {f['kind']} | {st[n]} | {B[n][0]} | {A[n][0]} |")
L.append("\nNote: new facts not in the baseline sample are not counted here; draw a fresh sample (sample.py facts_TAG.json sample_TAG SEED) for that.")
open(f'precision_same_sample_{tag}.md', 'w').write("\n".join(L) + "\n")
print(f'precision_same_sample_{tag}.md', 'after strict', tot[0], 'lenient', tot[1])
