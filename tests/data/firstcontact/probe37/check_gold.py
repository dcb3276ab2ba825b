"""Checks probe37: every answer item has a spelling in its doc; must_not not on the gold line;
focus labels occur literally; no-answer tempting figures present."""
import json, re, html, sys
def text(p):
    t = open(p, encoding="utf-8").read()
    if p.endswith(".html"):
        t = t + "\n" + re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)
bad = 0
qs = json.load(open("questions.json"))
for q in qs:
    t = text("docs/" + q["doc"])
    tl = t.lower()
    if q.get("expect_status") == "no_answer":
        assert q["answers_all"] == []
        hits = [m for m in q.get("must_not", []) if m.lower() in tl]
        print(f"{q['id']} NA  tempting-in-doc: {hits}")
        continue
    gold_lines = set()
    for item in q["answers_all"]:
        found = [s for s in item if s.lower() in tl]
        if not found:
            print("MISSING", q["id"], item); bad += 1
        for s in found[:1]:
            for line in t.splitlines():
                if s.lower() in line.lower():
                    gold_lines.add(line.lower())
    for m in q.get("must_not", []):
        for gl in gold_lines:
            if m.lower() in gl:
                print("MUST_NOT ON GOLD LINE", q["id"], m); bad += 1
for f, labels in json.load(open("focus_labels.json")).items():
    t = text("docs/" + f)
    for l in labels:
        if l not in t:
            print("FOCUS LABEL NOT LITERAL", f, l); bad += 1
print("problems:", bad, "questions:", len(qs))
sys.exit(1 if bad else 0)
