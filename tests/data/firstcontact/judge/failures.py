#!/usr/bin/env python3
"""failures.py SCORE STORE [OUT]: render failures.md from FAILURES_DATA (default failures_data); NOTES=file appended.
Asserts that the classified ids equal the FAIL ids of SCORE."""
import sys, os, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
score, store = sys.argv[1], sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else "failures.md"
F = importlib.import_module(os.environ.get("FAILURES_DATA", "failures_data")).F
fails = [l.split()[1].rstrip(":") for l in open(score) if l.startswith("FAIL")]
assert sorted(fails) == sorted(F), (set(fails) ^ set(F))
L = [f"# Causes of the {len(fails)} failed questions ({score}, store {store}, " + os.environ.get("AIKG_VERSION", "aikg") + ")\n"]
L.append("Causes: EXTRACTION = the fact is not in the graph or is stored wrongly (wrong subject, measure, period, relation, name), or only as a claim that loses its subject/measure; ASK = the fact, or a claim stating it about the right subject, is in the graph but `ask` answered wrongly / no_answer / not_understood (incl. a no-answer question answered); GOLD = gold answer wrong. Checked against the per-document exports in exp/ (dumpdoc.py for typed facts, claims.py --full for claims and entity nodes) and `aikg --store STORE ask QUESTION --format json` (asks/ID.json, ask_fails.sh, run on a copy of the store). Same rules as judge8 (a figure in a claim that lost its unit/measure/subject counts as EXTRACTION).\n")
L.append("| question | cause | kind | reason |\n|---|---|---|---|")
for q in fails:
    c, k, r = F[q]; L.append(f"| {q} | {c} | {k} | {r} |")
L.append("\n## Counts by cause\n\n| cause | count |\n|---|---|")
cc = collections.Counter(F[q][0] for q in fails)
for c in ("EXTRACTION", "ASK", "GOLD"): L.append(f"| {c} | {cc.get(c, 0)} |")
L.append("\n## Kinds ranked by count\n\n| rank | kind | total | EXTRACTION | ASK | GOLD | questions |\n|---|---|---|---|---|---|---|")
kinds = collections.defaultdict(list)
for q in fails: kinds[F[q][1]].append(q)
for i, (k, qs) in enumerate(sorted(kinds.items(), key=lambda x: (-len(x[1]), x[0])), 1):
    L.append(f"| {i} | {k} | {len(qs)} | {sum(F[q][0]=='EXTRACTION' for q in qs)} | {sum(F[q][0]=='ASK' for q in qs)} | {sum(F[q][0]=='GOLD' for q in qs)} | {', '.join(qs)} |")
notes = os.environ.get("NOTES", "failures_notes.md")
if os.path.exists(notes): L.append("\n" + open(notes).read())
open(out, "w").write("\n".join(L) + "\n")
print(out, dict(cc))
