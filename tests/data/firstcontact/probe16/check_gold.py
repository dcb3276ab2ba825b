#!/usr/bin/env python3
"""Check that every answer group of every question has at least one variant in its article
(case-insensitive, whitespace-normalised; .html also tag-stripped and entity-decoded).
Also lists (info only) groups whose first variant is absent."""
import json, os, re, html, sys
here = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()

def text_of(path):
    raw = open(path, encoding="utf-8").read()
    texts = [raw]
    if path.endswith((".html", ".htm")):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"<[^>]+>", " ", t)
        texts.append(html.unescape(t))
    return [norm(t) for t in texts]

def main(qfile):
    qs = json.load(open(qfile, encoding="utf-8"))
    misses, groups = 0, 0
    for q in qs:
        if "answers_all" not in q:
            if q.get("expect_status") != "no_answer":
                print("NO GOLD", q["id"]); misses += 1
            continue
        if "doc" not in q:
            continue
        texts = text_of(os.path.join(here, "docs", q["doc"]))
        for g in q["answers_all"]:
            groups += 1
            if not any(norm(v) in t for v in g for t in texts):
                print("MISS", q["id"], g); misses += 1
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        print("DUPLICATE IDS"); misses += 1
    print(f"{len(qs)} questions, {groups} answer groups, {misses} misses")
    return misses

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "questions.json")) else 0)
