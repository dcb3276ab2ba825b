#!/usr/bin/env python3
"""Check that every required answer group of questions.json has a variant that
occurs in its article (case-insensitive, whitespace-folded; .html also checked
tag-stripped and entity-decoded). Prints misses and a final count."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [fold(raw)]
    if path.endswith(".html"):
        out.append(fold(html.unescape(re.sub(r"<[^>]+>", " ", raw))))
    return out

def main():
    qfile = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.json")
    qs = json.load(open(qfile))
    misses = 0
    for q in qs:
        hay = texts(os.path.join(HERE, "docs", q["doc"]))
        if q.get("expect_status") == "no_answer":
            continue
        for group in q["answers_all"]:
            if not any(fold(v) in t for v in group for t in hay):
                misses += 1
                print(f"MISS {q['id']}: none of {group} in {q['doc']}")
    print(f"{len(qs)} questions checked, {misses} misses")
    return 1 if misses else 0

if __name__ == "__main__":
    sys.exit(main())
