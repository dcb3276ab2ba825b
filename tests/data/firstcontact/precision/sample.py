"""Seeded sample of typed facts from the probe3 and probe5 articles, for judging by hand.

    .venv/bin/python tests/data/firstcontact/precision/sample.py [--seed N] [--n 60] [--ids FILE]

Extracts every article in place (no store), lists its typed facts (kg facts and typed claim
relations; aliases and countries left out) and prints a sample: half Observations, half the
other kinds, round-robin over the documents. A fact's id is doc:kind:start of its evidence
sentence, so after an extraction change `--ids FILE` (one id a line) prints what the same
sentences now give for the same kind ('GONE' when nothing).
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

HERE = Path(__file__).resolve().parent
DOCS = [HERE.parent / "probe5" / "docs", HERE.parent / "probe3" / "docs"]
SKIP = {"alias", "located_in"}


def _show(v) -> str:
    if v is None or v == () or v == "":
        return ""
    if hasattr(v, "label") and hasattr(v, "kind") and not hasattr(v, "evidence"):
        return v.label
    if isinstance(v, tuple):
        return "; ".join(_show(x) for x in v)
    if hasattr(v, "model_dump"):
        if hasattr(v, "currency"):
            return f"{v.currency} {v.value}" + (f"-{v.value_max}" if v.value_max else "") + (f" ({v.qualifier})" if v.qualifier else "")
        if hasattr(v, "start") and hasattr(v, "label"):
            return f"{v.label} [{v.start}..{v.end}]"
    return str(v)


def facts_of(path: Path) -> list[tuple[str, str, str]]:
    """(id, summary, quote) for every typed fact of one article."""
    ex = extract_bytes(path.read_bytes(), path.name)
    doc = ex.document.id
    out = []
    for f in ex.facts:
        if f.kind in SKIP:
            continue
        fields = {k: _show(getattr(f, k)) for k in type(f).model_fields if k not in ("evidence", "kind")}
        summary = " / ".join(f"{k}={v}" for k, v in fields.items() if v)
        out.append((f"{doc}:{f.kind}:{f.evidence.start}", summary, f.evidence.quote))
    for c in ex.claims:
        for rel in c.relations:
            fields = {"about": c.subject.label, "predicate": c.predicate, "target": _show(rel.target),
                      "agent": _show(rel.agent), "detail": rel.detail or "", "period": _show(c.period)}
            summary = " / ".join(f"{k}={v}" for k, v in fields.items() if v)
            out.append((f"{doc}:claim-{rel.kind}:{c.evidence.start}", summary, c.evidence.quote))
    return out


def all_facts() -> dict[str, list[tuple[str, str, str]]]:
    return {p.stem: facts_of(p) for d in DOCS for p in sorted(d.iterdir()) if p.is_file()}


def sample(by_doc, n: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    pools = {"obs": defaultdict(list), "other": defaultdict(list)}
    for doc, facts in by_doc.items():
        for f in facts:
            pools["obs" if ":observation:" in f[0] else "other"][doc].append(f)
    picked = []
    for name, want in (("obs", n // 2), ("other", n - n // 2)):
        docs = {d: rng.sample(fs, len(fs)) for d, fs in sorted(pools[name].items())}
        got = 0
        while got < want and any(docs.values()):
            for d in sorted(docs):
                if docs[d] and got < want:
                    picked.append(docs[d].pop())
                    got += 1
    return picked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--ids", type=Path)
    ap.add_argument("--counts", action="store_true")
    a = ap.parse_args()
    by_doc = all_facts()
    if a.counts:
        for doc, fs in by_doc.items():
            kinds = defaultdict(int)
            for f in fs:
                kinds[f[0].split(":")[1]] += 1
            print(doc, len(fs), dict(kinds))
        return
    if a.ids:
        index = defaultdict(list)
        for fs in by_doc.values():
            for f in fs:
                index[f[0]].append(f)
        for i, fid in enumerate(a.ids.read_text().split(), 1):
            now = index.get(fid) or [(fid, "GONE", "")]
            for f in now:
                print(f"{i}\t{f[0]}\t{f[1]}\t{f[2][:300]!r}")
        return
    for i, f in enumerate(sample(by_doc, a.n, a.seed), 1):
        print(f"{i}\t{f[0]}\t{f[1]}\t{f[2][:300]!r}")


if __name__ == "__main__":
    main()
