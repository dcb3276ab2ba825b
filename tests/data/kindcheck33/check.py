"""Sanity checks for kindcheck33 KIND dirs (written fresh): answers present in doc; must_not absent from gold line; word counts."""
import json, re, sys, os
kind = sys.argv[1]
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), kind)
qs = json.load(open(os.path.join(base, 'questions.json')))
assert len(qs) == 10, len(qs)
for f in sorted(os.listdir(os.path.join(base, 'docs'))):
    print(f, len(open(os.path.join(base, 'docs', f)).read().split()), 'words')
na = 0
for q in qs:
    assert q['id'].startswith(f'k33-{kind}-q'), q['id']
    text = open(os.path.join(base, 'docs', q['doc'])).read()
    lines = [l for l in text.split('\n') if l.strip()]
    low = text.lower()
    if q.get('expect_status') == 'no_answer':
        na += 1
        for m in q.get('must_not', []):
            if m.lower() not in low: print(q['id'], 'note: must_not absent from doc:', m)
        continue
    gold = None
    for item in q['answers_all']:
        hits = [v for v in item if v.lower() in low]
        if not hits: print(q['id'], 'ERROR no spelling in doc:', item)
    # gold lines: lines containing a spelling of every item
    cand = [l for l in lines if all(any(v.lower() in l.lower() for v in item) for item in q['answers_all'])]
    if not cand:
        # fall back: lines containing first item
        cand = [l for l in lines if any(v.lower() in l.lower() for v in q['answers_all'][0])]
        print(q['id'], 'note: no single line with all items; using lines with item 1:', len(cand))
    for m in q.get('must_not', []):
        if m.lower() not in low: print(q['id'], 'note: must_not absent from doc:', m)
        bad = [l for l in cand if m.lower() in l.lower()]
        if bad and len(bad) == len(cand): print(q['id'], 'ERROR must_not on every gold line:', m, '|', bad[0][:100])
        elif bad: print(q['id'], 'warn must_not on some candidate line:', m, '|', bad[0][:100])
print('no_answer:', na)
