#!/usr/bin/env python3
"""Check that every answer group of every question has at least one variant in its article.
For .html documents the tag-stripped, entity-decoded text is also searched."""
import html, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
qfile = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "questions.json")
fold = lambda s: re.sub(r"\s+", " ", s).strip().lower()
cache = {}
def text(doc):
    if doc not in cache:
        raw = open(os.path.join(here, "docs", doc), encoding="utf-8").read()
        parts = [raw]
        if doc.endswith(".html"):
            parts.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
        cache[doc] = fold(" \n ".join(parts))
    return cache[doc]

misses = 0
qs = json.load(open(qfile))
for q in qs:
    if "doc" not in q:
        continue
    t = text(q["doc"])
    for group in q.get("answers_all", []):
        if not any(fold(v) in t for v in group):
            misses += 1
            print(f"MISS {q['id']}: none of {group} in {q['doc']}")
print(f"{len(qs)} questions checked, {misses} misses")
sys.exit(1 if misses else 0)
