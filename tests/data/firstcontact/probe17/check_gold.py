#!/usr/bin/env python3
"""Check that every answers_all group has at least one variant occurring in its article.
Matching is case-insensitive on whitespace-folded text (as qa_check.py does); for .html the
tag-stripped, entity-decoded text is also searched. Reports misses; exits 1 if any."""
import html, json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
fold = lambda s: re.sub(r"\s+", " ", s).strip().lower()

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [fold(raw)]
    if path.endswith(".html"):
        out.append(fold(html.unescape(re.sub(r"<[^>]+>", " ", raw))))
        out.append(fold(html.unescape(raw)))
    return out

def main(qfile):
    qs = json.load(open(qfile))
    misses = checked = 0
    for q in qs:
        if "answers_all" not in q:
            assert q.get("expect_status") == "no_answer", q["id"]
            continue
        ts = texts(os.path.join(HERE, "docs", q["doc"]))
        for group in q["answers_all"]:
            checked += 1
            if not any(fold(v) in t for v in group for t in ts):
                misses += 1
                print("MISS", q["id"], group)
    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    print(f"{len(qs)} questions, {checked} answer groups checked, {misses} misses")
    return 1 if misses else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.json")))
