#!/usr/bin/env python3
"""Check that every answer group of every question has at least one variant that occurs in its article.
For .html articles the text is also checked tag-stripped and entity-decoded. Also checks ids/shape."""
import html, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
fname = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "questions.json")
qs = json.load(open(fname))

def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()

texts = {}
def text_of(doc):
    if doc not in texts:
        raw = open(os.path.join(here, "docs", doc), encoding="utf-8").read()
        forms = [raw]
        if doc.endswith(".html"):
            forms.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
            forms.append(html.unescape(raw))
        texts[doc] = [fold(f) for f in forms]
    return texts[doc]

misses = 0
seen = set()
for q in qs:
    assert q["id"] not in seen, q["id"]; seen.add(q["id"])
    for k in ("id", "doc", "kind", "question"):
        assert k in q, (q["id"], k)
    if q["id"].endswith("q10"):
        if q.get("expect_status") != "no_answer":
            print("MISS", q["id"], "q10 must be no_answer"); misses += 1
        continue
    for group in q["answers_all"]:
        if not any(fold(v) in t for v in group for t in text_of(q["doc"])):
            print("MISS", q["id"], group); misses += 1
per_doc = {}
for q in qs:
    per_doc[q["doc"]] = per_doc.get(q["doc"], 0) + 1
print("docs:", per_doc)
print(f"{len(qs)} questions, {misses} misses")
sys.exit(1 if misses else 0)
