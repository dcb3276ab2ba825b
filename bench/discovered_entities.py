"""Every discovered entity (kg:discovered) the extractor finds in the seen sets, with its kind, the facts it
owns and the sentence it was found in; and the before/after table of the hand-judged sample
(bench/discovered_sample_31e.py). Extraction only (no store): the same records `aikg ingest` stores.

    .venv/bin/python bench/discovered_entities.py dump OUT.json        # this tree's extraction
    .venv/bin/python bench/discovered_entities.py table BEFORE.json AFTER.json

A fact is owned by an entity when the entity is the fact's first entity field (an Observation's
subject, a Role's member, a SegmentOf's segment ...); `facts` counts every fact naming it.
"""
from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ["probe3"] + [f"probe{i}" for i in range(5, 22)] + ["devset5"]
SAMPLE_SEED, SAMPLE_SIZE = 31, 200


def _refs(obj, records):
    if isinstance(obj, records.EntityRef):
        yield obj
    elif isinstance(obj, records.Record):
        for k in type(obj).model_fields:
            yield from _refs(getattr(obj, k), records)
    elif isinstance(obj, (tuple, list)):
        for x in obj:
            yield from _refs(x, records)


def dump(out_path: str) -> None:
    from aikg import records
    from aikg.extract.pipeline import extract_bytes
    out = []
    for s in SETS:
        d = ROOT / ("tests/data/devset5" if s == "devset5" else f"tests/data/firstcontact/{s}") / "docs"
        for f in sorted(d.iterdir()):
            ex = extract_bytes(f.read_bytes(), f.name)
            disc = {e.label: e for e in ex.entities if e.discovered}
            facts = collections.Counter()
            owns = collections.Counter()
            kinds = collections.defaultdict(set)
            for fact in ex.facts:
                for n, ref in enumerate(_refs(fact, records)):
                    if ref.label in disc:
                        facts[ref.label] += 1
                        kinds[ref.label].add(type(fact).__name__)
                        owns[ref.label] += n == 0
            claims = collections.Counter(c.subject.label for c in ex.claims if c.subject.label in disc)
            for label, e in disc.items():
                out.append(dict(set=s, doc=f.name, label=label, kind=str(e.kind), focus=ex.company == label,
                                facts=facts[label], owns=owns[label], fact_kinds=sorted(kinds[label]),
                                claims=claims[label], quote=e.evidence.quote[:200] if e.evidence else ""))
    Path(out_path).write_text(json.dumps(out, indent=0, ensure_ascii=False))


def table(before_path: str, after_path: str) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import discovered_sample_31e as v
    before = json.loads(Path(before_path).read_text())
    after = json.loads(Path(after_path).read_text())
    key = lambda x: (x["set"], x["doc"].rsplit(".", 1)[0], x["label"])
    random.seed(SAMPLE_SEED)
    sample = [before[i] for i in sorted(random.sample(range(len(before)), SAMPLE_SIZE))]
    now = {key(x): x for x in after}
    n_b, n_a, f_b, f_a = (collections.Counter() for _ in range(4))
    for x in sample:
        c = v.VERDICTS.get(key(x), v.NAME)
        n_b[c] += 1
        f_b[c] += x["owns"]
        y = now.get(key(x))
        if y is not None:
            n_a[c] += 1
            f_a[c] += y["owns"]
    print("| cause | sampled before | still there after | facts they own before | after |")
    print("|---|---:|---:|---:|---:|")
    for c in (v.NAME, v.WRONG_KIND, v.LAYOUT, v.MEASURE, v.NUMBERED, v.CUT, v.COMMON, v.TITLE):
        print(f"| {c} | {n_b[c]} | {n_a[c]} | {f_b[c]} | {f_a[c]} |")
    print(f"| all | {sum(n_b.values())} | {sum(n_a.values())} | {sum(f_b.values())} | {sum(f_a.values())} |")
    kb, ka = {key(x) for x in before}, set(now)
    print(f"\nall discovered entities: {len(before)} -> {len(after)} ({len(kb - ka)} gone, {len(ka - kb)} new); "
          f"facts they own: {sum(x['owns'] for x in before)} -> {sum(x['owns'] for x in after)}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3])
    else:
        print("usage: discovered_entities.py dump OUT.json | table BEFORE.json AFTER.json", file=sys.stderr)
        sys.exit(2)
