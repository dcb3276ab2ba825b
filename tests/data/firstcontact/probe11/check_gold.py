#!/usr/bin/env python3
"""Check that every required answer group of questions.json (and paraphrase golds are
Alibaba seed golds, so not checked here) is supported by its article: for each group at
least one accepted variant must occur in the article text (case-insensitive, whitespace-
folded). For .html articles the raw text, and the tag-stripped, entity-decoded text are
both searched. Also checks ids, q10 = no_answer, and 10 questions per article.
Prints misses and a final line 'N misses'."""
import html, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [fold(raw)]
    if path.endswith((".html", ".htm")):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"<[^>]+>", " ", t)
        out.append(fold(html.unescape(t)))
    return out

qs = json.load(open(os.path.join(here, sys.argv[1] if len(sys.argv) > 1 else "questions.json")))
misses = 0
per_doc = {}
ids = set()
for q in qs:
    assert q["id"] not in ids, q["id"]
    ids.add(q["id"])
    per_doc[q["doc"]] = per_doc.get(q["doc"], 0) + 1
    hay = texts(os.path.join(here, "docs", q["doc"]))
    if q["id"].endswith("q10"):
        if q.get("expect_status") != "no_answer" or "answers_all" in q:
            print("MISS", q["id"], "q10 must be expect_status no_answer"); misses += 1
        continue
    if not q.get("answers_all"):
        print("MISS", q["id"], "no answers_all"); misses += 1
        continue
    for group in q["answers_all"]:
        if not any(fold(v) in h for v in group for h in hay):
            print("MISS", q["id"], "no variant of", group, "in", q["doc"]); misses += 1
for d, n in sorted(per_doc.items()):
    if n != 10:
        print("MISS", d, "has", n, "questions"); misses += 1
print(f"{len(qs)} questions, {len(per_doc)} articles, {misses} misses")
sys.exit(1 if misses else 0)
