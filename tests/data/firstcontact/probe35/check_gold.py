"""Check: every answers_all item of answered questions has >=1 spelling in its doc (case-insensitive, HTML-unescaped);
report spellings absent from the doc; must_not strings not on the gold line (line holding the first answer)."""
import json, html, re, sys, os
base = os.path.dirname(os.path.abspath(__file__))
def load(fn):
    t = open(os.path.join(base, "docs", fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = html.unescape(t)
    return t
def norm(s):  # normalise dashes/nbsp only
    return s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-").lower()
bad = 0; absent = 0
for f in ["questions.json"]:
    for q in json.load(open(os.path.join(base, f))):
        if q.get("expect_status") == "no_answer":
            assert q["answers_all"] == [], q["id"]; continue
        t = load(q["doc"]); tl = norm(t); lines = [norm(l) for l in t.splitlines()]
        gold_lines = set()
        for item in q["answers_all"]:
            hits = [v for v in item if norm(v) in tl]
            if not hits:
                print("MISSING", q["id"], item); bad += 1
            else:
                gold_lines |= {i for i, l in enumerate(lines) if norm(hits[0]) in l}
            absent += len(item) - len(hits)
        for m in q.get("must_not", []):
            if any(norm(m) in lines[i] for i in gold_lines):
                print("MUST_NOT ON GOLD LINE", q["id"], m); bad += 1
            if norm(m) not in tl:
                print("note: must_not not in doc", q["id"], m)
print("problems:", bad, "| alternative spellings not literally in doc:", absent)
sys.exit(1 if bad else 0)
