#!/usr/bin/env python3
"""Check that every answer group of every question has at least one variant in its article.
For .html files the raw text, and the tag-stripped, entity-decoded text are both searched.
Also reports individual variants not found (informational) and no_answer questions."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [raw]
    if path.endswith(".html"):
        stripped = re.sub(r"<[^>]+>", " ", raw)
        out.append(html.unescape(stripped))
        out.append(re.sub(r"\s+", " ", html.unescape(stripped)))
    return [t.lower() for t in out]

def main(qfile):
    qs = json.load(open(qfile, encoding="utf-8"))
    misses, na, info = 0, 0, 0
    for q in qs:
        if q.get("expect_status") == "no_answer":
            na += 1
            continue
        ts = texts(os.path.join(HERE, "docs", q["doc"]))
        for g in q["answers_all"]:
            found = [v for v in g if any(v.lower() in t for t in ts)]
            if not found:
                misses += 1
                print(f"MISS {q['id']}: none of {g} in {q['doc']}")
            for v in g:
                if v not in found:
                    info += 1
    print(f"{len(qs)} questions, {na} no_answer, {misses} misses "
          f"({info} alternative variants not literally in text, which is expected)")
    return 1 if misses else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.json")))
