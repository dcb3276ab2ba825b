#!/usr/bin/env python3
"""Check that every answers_all group of questions.json has a variant in its article.

A group counts as found when at least one of its accepted variants occurs in the
article text (case-insensitive, whitespace-folded). For .html articles the raw
text, the tag-stripped text and the tag-stripped, entity-decoded text are all
searched. Also checks structure: ids, 10 per article, q10 no_answer, 4 trap q09s.
Prints misses and a final 'N misses' line (exit 1 if any).
"""
import html, json, os, re, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [raw]
    if path.endswith(".html"):
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
        stripped = re.sub(r"<[^>]+>", " ", body)
        out += [stripped, html.unescape(stripped)]
    return [fold(t) for t in out]

def main():
    qs = json.load(open(os.path.join(here, "questions.json"), encoding="utf-8"))
    misses, notes = 0, 0
    per_doc = Counter(q["doc"] for q in qs)
    for doc, n in per_doc.items():
        if n != 10:
            print(f"MISS {doc}: {n} questions, wanted 10"); misses += 1
    traps = 0
    for q in qs:
        path = os.path.join(here, "docs", q["doc"])
        if not os.path.exists(path):
            print(f"MISS {q['id']}: no file {q['doc']}"); misses += 1; continue
        hay = texts(path)
        if q["id"].endswith("q10") and q.get("expect_status") != "no_answer":
            print(f"MISS {q['id']}: q10 must be no_answer"); misses += 1
        if q["id"].endswith("q09") and q.get("expect_status") == "no_answer":
            traps += 1
        if q.get("expect_status") == "no_answer":
            continue
        for group in q["answers_all"]:
            found = [v for v in group if any(fold(v) in t for t in hay)]
            if not found:
                print(f"MISS {q['id']}: none of {group} in {q['doc']}"); misses += 1
            else:
                absent = [v for v in group if v not in found]
                if absent and "-v" in sys.argv:
                    print(f"  note {q['id']}: variants not literally in text (formatting alternatives): {absent}"); notes += 1
        for bad in q.get("must_not", []):
            pass
    if traps != 4:
        print(f"MISS: {traps} trap q09 questions, wanted 4"); misses += 1
    print(f"{len(qs)} questions, {sum(1 for q in qs if q.get('expect_status')=='no_answer')} no_answer, {traps} trap q09")
    print(f"{misses} misses")
    sys.exit(1 if misses else 0)

if __name__ == "__main__":
    main()
