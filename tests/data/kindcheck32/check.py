#!/usr/bin/env python3
"""Sanity checks for kindcheck32: python3 check.py KIND
- 10 questions, ids k32-KIND-qNN, 8 answered + 2 no_answer
- every required item has >=1 accepted spelling in its doc (case-insensitive)
- no must_not string occurs on a gold line (a line holding a spelling of the first required item)
- docs are 250-450 words"""
import json, sys, os, re
kind = sys.argv[1]
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), kind)
qs = json.load(open(os.path.join(base, "questions.json")))
ok = True
assert len(qs) == 10, len(qs)
assert sum(1 for q in qs if q.get("expect_status") == "no_answer") == 2
for i, q in enumerate(qs, 1):
    assert q["id"] == f"k32-{kind}-q{i:02d}", q["id"]
    text = open(os.path.join(base, "docs", q["doc"]), encoding="utf-8").read()
    low = text.lower(); lines = low.splitlines()
    if q.get("expect_status") == "no_answer":
        assert q["answers_all"] == []
        hits = [m for m in q.get("must_not", []) if m.lower() in low]
        print(q["id"], "no_answer; must_not present in doc:", hits)
        continue
    gold_lines = set()
    for item in q["answers_all"]:
        found = [s for s in item if s.lower() in low]
        if not found:
            print("FAIL", q["id"], "item not in doc:", item); ok = False; continue
        if item is q["answers_all"][0]:  # gold line(s) = lines holding the first (most specific) item
            gold_lines |= {j for j, l in enumerate(lines) if any(s.lower() in l for s in found)}
    for m in q.get("must_not", []):
        bad = [j for j in gold_lines if m.lower() in lines[j]]
        if bad:
            print("NOTE", q["id"], "must_not", repr(m), "on a line holding a gold spelling:", lines[bad[0]][:120])
        if m.lower() not in low:
            print("note", q["id"], "must_not spelling absent from doc (alternative):", repr(m))
    print(q["id"], "ok")
for f in sorted(os.listdir(os.path.join(base, "docs"))):
    t = open(os.path.join(base, "docs", f), encoding="utf-8").read()
    w = len(re.sub(r"<[^>]+>", " ", t).split())
    print(f, w, "words", "" if 250 <= w <= 450 else "OUT OF RANGE")
print("OK" if ok else "FAILED")
