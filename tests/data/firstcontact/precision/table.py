"""Markdown table of a judged sample: `sample.py` output (TSV) joined with a verdict file
(`n|C/W/P/R|error|reason`; P = right but incomplete: period or deal target missing; R = the
fact is no longer extracted: left out of the kind's n, counted under "removed").

    .venv/bin/python tests/data/firstcontact/precision/table.py SAMPLE.tsv VERDICTS.txt
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict


def group(fid: str) -> str:
    kind = fid.split(":")[1]
    if kind == "observation":
        return "figures (Observation)"
    if kind in ("segment_of", "in_segment"):
        return "segment membership"
    if kind in ("investment", "claim-stake_deal"):
        return "deals"
    if kind == "role":
        return "roles"
    return "other typed (competition, claims' relations, makes, restriction …)"


def main(sample_path: str, verdict_path: str) -> None:
    rows = {}
    for line in open(sample_path, encoding="utf-8"):
        n, fid, summary, quote = line.rstrip("\n").split("\t")
        rows.setdefault(int(n), (fid, summary, quote))
    verdicts = {}
    for line in open(verdict_path, encoding="utf-8"):
        if line.strip():
            n, v, err, why = line.rstrip("\n").split("|", 3)
            verdicts[int(n)] = (v, err, why)
    print("| # | fact id | stored | verdict | error | note |\n|---|---|---|---|---|---|")
    by = defaultdict(Counter)
    errs = Counter()
    for n in sorted(rows):
        fid, summary, _ = rows[n]
        v, err, why = verdicts[n]
        print(f"| {n} | {fid} | {summary[:160].replace('|', '/')} | {v} | {err} | {why} |")
        g = by[group(fid)]
        g["n"] += v != "R"
        g[v] += 1
        if v != "C":
            errs[err] += 1
    print("\n| kind | n | correct (strict) | correct + incomplete (lenient) | removed |\n|---|---|---|---|---|")
    tot = Counter()
    for k in sorted(by):
        c = by[k]
        tot.update(c)
        print(f"| {k} | {c['n']} | {c['C']} | {c['C'] + c['P']} | {c['R']} |")
    print(f"| **all** | {tot['n']} | **{tot['C']}** ({100 * tot['C'] // tot['n']} %) | {tot['C'] + tot['P']} "
          f"({100 * (tot['C'] + tot['P']) // tot['n']} %) | {tot['R']} |")
    print("\n| error | count |\n|---|---|")
    for e, c in errs.most_common():
        print(f"| {e} | {c} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
