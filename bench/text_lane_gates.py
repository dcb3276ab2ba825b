"""Why the text lane (text_answer.from_text) gives no answer where a stored sentence holds the gold.

    PYTHONPATH=src python bench/text_lane_gates.py TREE ADDIR [SET ...]

ADDIR is an askdump output (a JSON per question set, {qid: [passed, why, answer]}, and ADDIR/stores/SET,
the set's store). For every question answered "no answer" where one was wanted, the question is asked
again with from_text traced: each `continue` of its sentence loop records its line, so the first gate
that drops a sentence holding every gold answer item is counted ("lane not reached", "gold not among
quotes read", or the gate's condition). For the content-word gate it also prints the question's words
the gold sentence lacks (MISS lines) and, at the end, the words missing most. Session 33 at c6324bf:
225 of 374 such failures of the seen sets stop at the content-word gate; 'revenu' (25), 'generat' (9)
missing most (bench/KIND-49q.md).
"""
import json, glob, os, sys, re, inspect, collections, textwrap
tree, ad = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(tree, 'src')); sys.path.insert(0, '/work/shared/eval')
from aikg import KnowledgeGraph
from aikg import text_answer as ta
src = textwrap.dedent(inspect.getsource(ta.from_text))
lines = src.split('\n'); out = []
start = next(i for i, l in enumerate(lines) if l.strip().startswith('best = ') and 'None' in l)
for i, l in enumerate(lines):
    if i > start and l.strip().startswith('continue'):
        ind = l[:len(l) - len(l.lstrip())]
        out.append(f"{ind}_TRACE.append((quote, {i})); continue")
    elif 'if len(required - wider)' in l:   # (issue51q) the words the wider content gate still lacks
        ind = l[:len(l) - len(l.lstrip())]
        out.append(f"{ind}_MISS.append((quote, sorted(required - wider), len(required - wider)))")
        out.append(l)
    elif 'if len(covered & required) < need:' in l:
        ind = l[:len(l) - len(l.lstrip())]
        out.append(f"{ind}_MISS.append((quote, sorted(required - covered), need - len(covered & required)))")
        out.append(l)
    else:
        out.append(l)
src2 = '\n'.join(out).replace('    if best is None or NOT_GIVEN', '    _TRACE.append(("__ROWS__", [q for q, _ in rows])); _TRACE.append(("__BEST__", best and best[1]))\n    if best is None or NOT_GIVEN')
ns = ta.__dict__; ns['_TRACE'] = []; ns['_MISS'] = []
# (issue51q) the reason sentence_fit.refuses gives a sentence let in by the wider content gate
from aikg import sentence_fit
_refuses = sentence_fit.refuses
REFUSED = {}
def _traced_refuses(question, quote, *a, **k):
    why = _refuses(question, quote, *a, **k)
    REFUSED[quote] = why
    return why
sentence_fit.refuses = _traced_refuses
exec(compile(src2, 'from_text_traced', 'exec'), ns)
GATE = {i: lines[i - 1].strip()[:70] + ' / ' + lines[i].strip()[:60] for i in range(len(lines))}
sets = sys.argv[3:] or [os.path.basename(f)[:-5] for f in sorted(glob.glob(ad + '/*.json'))]
W = collections.Counter(); C = collections.Counter(); ex = collections.defaultdict(list)
for name in sets:
    d = json.load(open(os.path.join(ad, name + '.json')))
    fails = [q for q, v in d.items() if not v[0] and "status 'no_answer', wanted 'answered'" in (v[1] or '')]
    if not fails: continue
    rel = name.replace('_', '/', 1) if name.startswith(('firstcontact', 'kindcheck')) else name
    qs = {q['id']: q for q in json.load(open(os.path.join(tree, 'tests/data', rel, 'questions.json')))}
    kg = KnowledgeGraph.open(os.path.join(ad, 'stores', name), read_only=True)
    for qid in fails:
        q = qs[qid]; items = q['answers_all']
        gold = lambda s: all(any(sp.lower() in s.lower() for sp in it) for it in items)
        ns['_TRACE'].clear(); ns['_MISS'].clear(); REFUSED.clear()
        kg.ask(q['question'], timeout=30)
        tr = list(ns['_TRACE'])
        rowsets = [v for k, v in tr if k == '__ROWS__']
        if not rowsets:
            k = 'lane not reached / no names or content'
        elif not any(gold(r) for rs in rowsets for r in rs):
            k = 'gold not among quotes read'
        else:
            reasons = [GATE.get(v, v) for quote, v in tr if quote not in ('__ROWS__', '__BEST__') and gold(quote)]
            k = reasons[0] if reasons else 'gold passed all gates; lost on score or after'
            why = [REFUSED.get(quote) for quote, v in tr if quote not in ('__ROWS__', '__BEST__') and gold(quote) and REFUSED.get(quote)]
            if why and 'sentence_fit.refuses' in k:
                k += ' [' + why[0] + ']'
        C[k] += 1; ex[k].append(qid)
        if k.startswith('if len('):
            ms = [m for quote, m, short in ns['_MISS'] if gold(quote)]
            if ms:
                best = min(ms, key=len); W.update(best); print('MISS', qid, len(best), best, '|', q['question'][:90], flush=True)
for k, n in C.most_common():
    print(n, '|', k, '|', ' '.join(ex[k][:6]))

print(W.most_common(60))
