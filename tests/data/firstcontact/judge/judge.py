#!/usr/bin/env python3
"""judge.py SAMPLE FACTS STORE [OUT]: render hand verdicts (env VERDICTS=module, default verdicts;
NOTES=markdown file appended; AIKG_VERSION=label; SEED=the sample's seed; RULE_EXAMPLES=extra
sentence appended to the judging rule, e.g. examples of fiscal periods accepted and refused) into precision_judged.md."""
import sys, os, json, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sample_p, facts_p, store = sys.argv[1], sys.argv[2], sys.argv[3]
out = sys.argv[4] if len(sys.argv) > 4 else "precision_judged.md"
J = importlib.import_module(os.environ.get("VERDICTS", "verdicts")).J
ver = os.environ.get("AIKG_VERSION", "aikg")
seed = os.environ["SEED"]
sample = json.load(open(sample_p)); facts = json.load(open(facts_p))
assert sorted(J) == [f["n"] for f in sample], "verdicts do not cover the sample"
docs = sorted({f["doc"] for f in facts})
kc = collections.Counter(f["kind"] for f in facts)
L = []
L.append(f"# Precision of typed facts, store {store} ({len(docs)} documents: {', '.join(docs)})\n")
L.append(f"Store built with {ver}. Pool: {len(facts)} typed facts exported per document with `aikg export --format ttl --document DOC -o FILE` ("
         + ", ".join(f"{k} {v}" for k, v in kc.most_common()) + "). Plain kg:Claim rows were excluded.\n")
L.append(f"Sample: seed {seed} (random.Random), 50 Observations + 50 others; round-robin across the documents, and inside a document round-robin across kinds (scripts: dump.py, sample.py, judge.py; raw sample in sample.txt / sample.json). dump.py sorts the facts, so the sample is deterministic (checked identical under another PYTHONHASHSEED).\n")
L.append('Rule: CORRECT only if subject, value, unit, period and relation match the article. "strict" counts a missing period (the text gives one, the fact has none) as WRONG; "lenient" accepts those facts (marked P). A period label without dates that names the right period ("fiscal Q3", "FY2026") is accepted. A calendar label whose dates are the right months is accepted; a calendar label whose dates are not the period is a wrong period (a fiscal quarter stored as the calendar quarter of the same name, a prior-year figure dated the current year). ' + os.environ.get("RULE_EXAMPLES", "") + ' Categories: wrong company (subject/object/holder/launcher, incl. a unit\'s fact on the parent or the parent\'s on a unit), wrong measure, wrong value, wrong period, wrong type, fragment (a sentence piece as entity or value).\n')
L.append("| # | doc | kind | fact (stored) | verdict | error | reason |\n|---|---|---|---|---|---|---|")
VN = {"C": "CORRECT", "W": "WRONG", "P": "WRONG (period missing)"}
for f in sample:
    v, cat, why = J[f["n"]]
    props = " / ".join(p for p in f["props"])
    if f["values"]: props += " / values: " + "; ".join(f["values"])
    props = props.replace("|", "/")
    if len(props) > 240: props = props[:237] + "..."
    L.append(f"| {f['n']} | {f['doc'][:3]} | {f['kind']} | {props} | {VN[v]} | {cat if v != 'C' else ''} | {why} |")
def cnt(rows, lenient):
    return sum(1 for f in rows if J[f["n"]][0] == "C" or (lenient and J[f["n"]][0] == "P"))
obs = [f for f in sample if f["kind"] == "Observation"]; oth = [f for f in sample if f["kind"] != "Observation"]
L.append("\n## Summary\n")
L.append(f"**Strict: {cnt(sample, False)}/100 correct. Lenient (missing period accepted): {cnt(sample, True)}/100.** Observations {cnt(obs, False)}/50 strict, {cnt(obs, True)}/50 lenient; other typed facts {cnt(oth, False)}/50 strict, {cnt(oth, True)}/50 lenient.\n")
L.append("### By kind\n\n| kind | n | correct (strict) | correct (lenient) |\n|---|---|---|---|")
bykind = collections.defaultdict(list)
for f in sample: bykind[f["kind"]].append(f)
for k, rows in sorted(bykind.items(), key=lambda x: (-len(x[1]), x[0])):
    L.append(f"| {k} | {len(rows)} | {cnt(rows, False)} | {cnt(rows, True)} |")
GROUPS = [("Observation (figures)", lambda k: k == "Observation"), ("Role", lambda k: k == "Role"),
          ("Investment + StakeDeal", lambda k: k == "Investment" or "StakeDeal" in k),
          ("Statement (unitOf, inSegment, developedBy)", lambda k: k == "Statement"),
          ("Competition", lambda k: k == "Competition"), ("MarketShare + Ranking", lambda k: k in ("MarketShare", "Ranking")),
          ("other typed claims (Launch, Reason, GuidanceChange, Partnership, UsageMetric, HardwareUse)", lambda k: k.startswith("Claim:") and "StakeDeal" not in k),
          ("AIModel", lambda k: k == "AIModel"), ("Restriction/Target/DisclosureGap", lambda k: k in ("Restriction", "Target", "DisclosureGap"))]
L.append("\n### By kind, grouped\n\n| group | n | correct (strict) | % strict | correct (lenient) |\n|---|---|---|---|---|")
for name, fn in GROUPS:
    rows = [f for f in sample if fn(f["kind"])]
    if rows: L.append(f"| {name} | {len(rows)} | {cnt(rows, False)} | {100*cnt(rows, False)//len(rows)}% | {cnt(rows, True)} |")
wrong = [f for f in sample if J[f["n"]][0] != "C"]
L.append(f"\n### By error category (strict, {len(wrong)} wrong)\n\n| category | count | of which period missing only | kinds |\n|---|---|---|---|")
cats = collections.defaultdict(list)
for f in wrong: cats[J[f["n"]][1]].append(f)
for c, rows in sorted(cats.items(), key=lambda x: -len(x[1])):
    L.append(f"| {c} | {len(rows)} | {sum(1 for f in rows if J[f['n']][0]=='P')} | {dict(collections.Counter(f['kind'] for f in rows))} |")
wl = [f for f in sample if J[f["n"]][0] == "W"]
L.append(f"\nLenient ({len(wl)} wrong): " + ", ".join(f"{c} {n}" for c, n in collections.Counter(J[f['n']][1] for f in wl).most_common()) + ".")
L.append("\n### By document\n\n| doc | n | correct (strict) | correct (lenient) |\n|---|---|---|---|")
for d in docs:
    rows = [f for f in sample if f["doc"] == d]
    L.append(f"| {d} | {len(rows)} | {cnt(rows, False)} | {cnt(rows, True)} |")
notes = os.environ.get("NOTES", "precision_notes.md")
if os.path.exists(notes): L.append("\n" + open(notes).read())
open(out, "w").write("\n".join(L) + "\n")
print(out, "strict", cnt(sample, False), "lenient", cnt(sample, True))
