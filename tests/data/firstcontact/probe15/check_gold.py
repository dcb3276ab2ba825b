#!/usr/bin/env python3
"""Check that every answer group of every question has a variant occurring in its article.
For .html articles the tag-stripped, entity-decoded text is also searched.
Prints misses and a final 'N misses' line (must be 0)."""
import html, json, re, sys, os

base = os.path.dirname(os.path.abspath(__file__))
qfile = sys.argv[1] if len(sys.argv) > 1 else os.path.join(base, "questions.json")

def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [fold(raw)]
    if path.endswith((".html", ".htm")):
        stripped = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
        stripped = re.sub(r"<[^>]+>", " ", stripped)
        out.append(fold(html.unescape(stripped)))
    return out

qs = json.load(open(qfile, encoding="utf-8"))
misses = 0
ids = set()
per_doc = {}
for q in qs:
    assert q["id"] not in ids, q["id"]
    ids.add(q["id"])
    per_doc[q["doc"]] = per_doc.get(q["doc"], 0) + 1
    hay = texts(os.path.join(base, "docs", q["doc"]))
    if q["id"].endswith("q10"):
        if q.get("expect_status") != "no_answer" or "answers_all" in q:
            print("BAD q10 shape", q["id"]); misses += 1
        continue
    for group in q["answers_all"]:
        if not any(fold(v) in h for v in group for h in hay):
            print("MISS", q["id"], group); misses += 1
print("docs:", per_doc)
print(f"{len(qs)} questions, {misses} misses")
sys.exit(1 if misses else 0)
