"""Sanity checks for kindcheck37 KIND dirs: answers present in doc; must_not absent from gold line; word counts.
usage: python3 check.py KIND"""
import json, sys, os, re
kind = sys.argv[1]
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), kind)
qs = json.load(open(os.path.join(base, 'questions.json')))
assert len(qs) == 10, len(qs)
assert len(set(q['id'] for q in qs)) == 10
for f in sorted(os.listdir(os.path.join(base, 'docs'))):
    t = open(os.path.join(base, 'docs', f)).read()
    n = len(re.sub(r'<[^>]+>', ' ', t).split())
    print(f, n, 'words', '' if 300 <= n <= 600 else 'WARN outside 300-600')
na = 0
for q in qs:
    assert q['id'].startswith(f'k37-{kind}-q'), q['id']
    text = open(os.path.join(base, 'docs', q['doc'])).read()
    lines = [l for l in text.split('\n') if l.strip()]
    low = text.lower()
    if q.get('expect_status') == 'no_answer':
        na += 1
        assert q['answers_all'] == []
        assert q.get('must_not'), q['id'] + ' no_answer needs a tempting must_not figure'
        for m in q.get('must_not', []):
            if m.lower() not in low: print(q['id'], 'note: must_not absent from doc:', m)
        continue
    for item in q['answers_all']:
        if not [v for v in item if v.lower() in low]: print(q['id'], 'ERROR no spelling in doc:', item)
    cand = [l for l in lines if all(any(v.lower() in l.lower() for v in item) for item in q['answers_all'])]
    if not cand:
        cand = [l for l in lines if any(v.lower() in l.lower() for v in q['answers_all'][-1])]
        print(q['id'], 'note: no single line with all items; using lines with last item:', len(cand))
    for m in q.get('must_not', []):
        if m.lower() not in low: print(q['id'], 'note: must_not absent from doc:', m)
        bad = [l for l in cand if m.lower() in l.lower()]
        if bad and len(bad) == len(cand): print(q['id'], 'ERROR must_not on every gold line:', m, '|', bad[0][:100])
        elif bad: print(q['id'], 'warn must_not on some candidate line:', m, '|', bad[0][:100])
print('no_answer:', na)
