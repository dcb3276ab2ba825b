"""Sanity checks: answers occur in the doc; must_not do not occur in the line holding the first answer (gold line)."""
import json, sys, pathlib, re
kind = sys.argv[1]
base = pathlib.Path(__file__).parent / kind
qs = json.load(open(base / 'questions.json'))
ok = True
assert len(qs) == 10 and sum(q.get('expect_status') == 'no_answer' for q in qs) == 2
for q in qs:
    assert q['id'].startswith(f'k31-{kind}-q')
    doc = (base / 'docs' / q['doc']).read_text()
    low = doc.lower()
    for group in q['answers_all']:
        hits = [a for a in group if a.lower() in low]
        if not hits:
            print('MISSING', q['id'], group); ok = False
    if q['answers_all']:
        first = [a for a in q['answers_all'][0] if a.lower() in low]
        if first:
            lines = [l for l in doc.splitlines() if first[0].lower() in l.lower()]
            for m in q.get('must_not', []):
                for l in lines:
                    if m.lower() in l.lower():
                        print('MUST_NOT in gold line', q['id'], m, '|', l[:100])
    for m in q.get('must_not', []):
        if m.lower() not in low:
            print('note: must_not absent from doc', q['id'], m)
print(kind, 'OK' if ok else 'FAIL')
