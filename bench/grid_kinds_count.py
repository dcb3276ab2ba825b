"""Count judged failures, missed gold facts and wrong typed facts of probe3..probe20 whose figure sits in a grid
(bench/grid-kinds-30t.md). Usage: python bench/grid_kinds_count.py  (writes /tmp/grid_kinds_count.json)."""
import json, re, sys, collections, glob, os, html
BASE = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..', 'tests', 'data', 'firstcontact')
NUM = re.compile(r'\d[\d,.]*\d|\d')

def doc_lines(path):
    t = open(path, encoding='utf-8', errors='replace').read()
    return t.split('\n'), path.endswith('.html') or '<td' in t

def classify(lines, is_html, i):
    ln = lines[i]
    if is_html and re.search(r'<t[dh]\b', ln, re.I) or is_html and any(re.search(r'<t[dh]\b', lines[k], re.I) for k in range(max(0, i-2), i+1)):
        # infobox?
        for k in range(i, max(0, i-200), -1):
            if re.search(r'<table', lines[k], re.I):
                return 'infobox' if 'infobox' in lines[k].lower() else 'html-table', k
        return 'html-table', i
    if ln.count('|') >= 2:
        return 'pipe/markdown table', i
    if re.search(r'\.{4,}', ln):
        return 'dotted leaders', i
    if '\t' in ln.strip() or len(re.findall(r'\S(?: {2,})\S', ln.strip())) >= 2:
        return 'space/tab-aligned', i
    m = re.match(r'^\s*(?:[-*•·]\s*)?(?:\*\*)?([A-Z][^:.!?]{1,45}?)(?:\*\*)?\s*:\s*(.+)$', ln)
    if m and len(m.group(2).split()) <= 9 and NUM.search(m.group(2)):
        return 'key: value line', i
    return None, i

def holds(lines, kind, i, is_html):
    """what the grid holds, from its header (nearest header-ish line above in the block)."""
    if kind == 'infobox': return 'infobox (company facts)'
    if kind == 'key: value line': return 'key-value (page company)'
    block = []
    k = i
    while k >= 0 and lines[k].strip() and i - k < 60:
        block.append(lines[k]); k -= 1
    head = block[-1] if block else ''
    if is_html:
        head = ' '.join(re.sub('<[^>]+>', ' ', l) for l in lines[max(0,k):i])[:600]
    per = re.compile(r"\b(?:FY\s?'?\d{2,4}|[QH][1-4]\s*(?:FY)?\s*'?\d{2,4}|[1-4]Q\d{2}|(?:19|20)\d\d|9M|YTD)\b", re.I)
    row = lines[i]
    label = re.split(r'\||\s{2,}|\t|\.{4,}', row.strip().strip('|'))[0]
    if per.search(label) and not per.search(head.split('|')[1] if '|' in head else ''):
        return 'transposed (periods as rows)'
    if re.search(r'\b(segment|division|business|region|geograph|unit|line of business|country|market)', head, re.I):
        return 'units x measures'
    if len(per.findall(head)) >= 1:
        return 'measures x periods (statement)'
    return 'other (sites, lots, shareholders, people, KPIs)'

def norm_variants(s):
    out = {s}
    if ',' in s: out.add(s.replace(',', ''))
    return out

def find_grid(docpath, nums):
    lines, is_html = doc_lines(docpath)
    best = None
    for n in nums:
        if len(n.replace(',', '').replace('.', '')) < 2 and not re.fullmatch(r'\d', n): continue
        rx = re.compile(r'(?<![\d.,])' + re.escape(n) + r'(?![\d])')
        for i, ln in enumerate(lines):
            if rx.search(ln):
                kind, j = classify(lines, is_html, i)
                if kind:
                    return kind, holds(lines, kind, i, is_html), ln.strip()[:90]
                best = best or ('prose', '', ln.strip()[:90])
    return best or ('not located', '', '')

def numbers(text):
    return [n for n in NUM.findall(text) if not re.fullmatch(r'(19|20)\d\d', n) and len(n) >= 2]

rows = []
sets = sorted(glob.glob(BASE + '/probe*'), key=lambda p: int(re.sub(r'\D', '', os.path.basename(p))))
for sd in sets:
    s = os.path.basename(sd)
    jd = sd + ('/judged_first_contact' if os.path.isdir(sd + '/judged_first_contact') else '/judged_baseline')
    if not os.path.isdir(jd): continue
    qs = {q['id']: q for q in json.load(open(sd + '/questions.json'))}
    docs = sorted(os.listdir(sd + '/docs'))
    def docfor(key):
        key = key.strip().rstrip('_')
        for d in docs:
            if d.startswith(key) or os.path.splitext(d)[0] == key: return sd + '/docs/' + d
        return None
    # failures
    f = jd + '/failures.md'
    if os.path.exists(f):
        for ln in open(f):
            m = re.match(r'^\| (p\S+-q\d+) \| (\w+) \| ([^|]*) \| (.*) \|$', ln)
            if not m or m.group(2) not in ('EXTRACTION', 'ASK'): continue
            q = qs.get(m.group(1))
            if not q: continue
            nums = [a for alt in q.get('answers_all', []) for a in alt if NUM.search(a)]
            nums = [re.sub(r'[^\d,.]', '', a).strip(',.') for a in nums]
            nums = [n for n in nums if n and len(n.replace(',','').replace('.','')) >= 2]
            nums += numbers(m.group(4))
            rows.append((s, 'failure', m.group(1), sd + '/docs/' + q['doc'], nums, m.group(3)))
    f = jd + '/recall.md'
    if os.path.exists(f):
        doc = None
        for ln in open(f):
            h = re.match(r'^## (\S+)', ln)
            if h: doc = docfor(h.group(1)); continue
            c = [x.strip() for x in ln.strip().strip('|').split('|')]
            if doc and len(c) >= 5 and c[0].isdigit():
                three = c[4] if len(c) > 4 else ''
                if three in ('missing', 'only in a claim') or 'missing' in three or 'claim' in three:
                    nums = numbers(c[1])
                    if nums: rows.append((s, 'missed gold', c[0], doc, nums, c[1]))
    f = jd + '/precision_judged.md'
    if os.path.exists(f):
        for ln in open(f):
            c = [x.strip() for x in ln.strip().strip('|').split('|')]
            if len(c) >= 6 and c[0].isdigit() and c[4].startswith('WRONG'):
                doc = docfor(c[1])
                vt = re.search(r'valueText=([^/]+)', c[3])
                nums = numbers(vt.group(1)) if vt else numbers(c[3])
                if doc and nums: rows.append((s, 'wrong typed', c[0], doc, nums, c[5] if len(c) > 5 else ''))

res = []
for s, src, ident, doc, nums, why in rows:
    layout, hold, line = find_grid(doc, nums)
    res.append((s, src, ident, os.path.basename(doc), layout, hold, line))
json.dump(res, open('/tmp/grid_kinds_count.json', 'w'), ensure_ascii=False, indent=0)
C = collections.Counter((r[1], r[4]) for r in res)
srcs = ['failure', 'missed gold', 'wrong typed']
lays = sorted({r[4] for r in res}, key=lambda l: -sum(C[(x, l)] for x in srcs))
print('| layout | ' + ' | '.join(srcs) + ' | docs (sets) |'); print('|---|---|---|---|---|')
for l in lays:
    dd = sorted({f"{r[0]}:{r[3][:18]}" for r in res if r[4] == l})
    print(f"| {l} | " + ' | '.join(str(C[(x, l)]) for x in srcs) + f" | {len(dd)} docs in {len({d.split(':')[0] for d in dd})} sets |")
print()
H = collections.Counter((r[5], r[4]) for r in res if r[5])
print('| what the grid holds | layout | items |'); print('|---|---|---|')
for (h, l), n in H.most_common(): print(f'| {h} | {l} | {n} |')
