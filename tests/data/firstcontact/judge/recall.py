#!/usr/bin/env python3
"""recall.py STORE GOLD_DIR [OUT]: render recall.md from RECALL_DATA (module, default recall_data); NOTES=file appended."""
import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
store, gold_dir = sys.argv[1], sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else "recall.md"
mod = importlib.import_module(os.environ.get("RECALL_DATA", "recall_data"))
R = mod.R
L = [f"# Recall against gold facts (store {store}, " + os.environ.get("AIKG_VERSION", "aikg") + ")\n"]
L.append("Method: each gold fact of " + gold_dir + "/gold_facts_*.md was looked up in the per-document export (`aikg export --format ttl --document DOC -o FILE`, exp/), typed facts first (dumpdoc.py), then plain kg:Claim rows (claims.py --full). \"stored correctly\" = a typed fact with the right subject, value and (where the gold has one) period; \"period missing\" = typed and right except that the period is absent (strict: not correct; lenient: correct); \"stored wrongly\" = a typed fact exists for it but subject/measure/period/name/direction is wrong or it is only partly there; \"missing\" = no typed fact (bare unlinked entity nodes do not count). The claim column marks facts stated by a plain or typed claim **about the right subject** (or the company for a unit line) with the right value(s) and no contradicting period; a fact present only in an evidence quote does not count. " + getattr(mod, "STORE_NOTE", "") + "\n")
L.append("The brief's three-way split is derived: **typed** = stored correctly; **only in a claim** = not stored correctly as a typed fact but a claim states it; **missing** = neither.\n")
summ = []
for art, rows in R.items():
    L.append(f"## {art}\n\n| # | gold fact | typed status | claim states it | three-way | note |\n|---|---|---|---|---|---|")
    c = {"stored correctly": 0, "period missing": 0, "stored wrongly": 0, "missing": 0}; three = {"typed": 0, "only in a claim": 0, "missing": 0}
    for i, (fact, st, cl, note) in enumerate(rows, 1):
        t = "typed" if st == "stored correctly" else ("only in a claim" if cl else "missing")
        c[st] += 1; three[t] += 1
        L.append(f"| {i} | {fact} | {st} | {'yes' if cl else ''} | {t} | {note} |")
    n = len(rows); len_typed = c["stored correctly"] + c["period missing"]
    L.append(f"\n{art}: {n} gold facts; stored correctly {c['stored correctly']}, period missing {c['period missing']}, stored wrongly {c['stored wrongly']}, missing (no typed fact) {c['missing']}. Three-way: typed {three['typed']}, only in a claim {three['only in a claim']}, missing {three['missing']}. Lenient typed (period missing accepted): {len_typed}.\n")
    summ.append((art, n, c, three, len_typed))
def pct(a, b): return f"{100*a/b:.1f}% ({a}/{b})"
L.append("## Recall summary\n\n| article | gold | correct (typed) | period missing | wrongly | no typed fact | recall typed strict | recall typed lenient | + claim-only | recall incl. claims | missing entirely |\n|---|---|---|---|---|---|---|---|---|---|---|")
T = [0]*8
for art, n, c, th, lt in summ:
    L.append(f"| {art} | {n} | {c['stored correctly']} | {c['period missing']} | {c['stored wrongly']} | {c['missing']} | {pct(th['typed'], n)} | {pct(lt, n)} | {th['only in a claim']} | {pct(th['typed']+th['only in a claim'], n)} | {th['missing']} |")
    for i, v in enumerate([n, c['stored correctly'], c['period missing'], c['stored wrongly'], c['missing'], lt, th['only in a claim'], th['missing']]): T[i] += v
n = T[0]
L.append(f"| both | {n} | {T[1]} | {T[2]} | {T[3]} | {T[4]} | {pct(T[1], n)} | {pct(T[5], n)} | {T[6]} | {pct(T[1]+T[6], n)} | {T[7]} |")
notes = os.environ.get("NOTES", "recall_notes.md")
if os.path.exists(notes): L.append("\n" + open(notes).read())
open(out, "w").write("\n".join(L) + "\n")
print(out, f"typed {T[1]}/{n}, lenient {T[5]}/{n}, with claims {T[1]+T[6]}/{n}")
