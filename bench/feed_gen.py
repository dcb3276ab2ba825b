#!/usr/bin/env python3
"""A news feed: thousands of synthetic articles about the same ~15 invented companies.

    python bench/feed_gen.py -n 10000 -o bench/data/feed-10k

The companies follow a Zipf-like spread (weight 1/k^1.2 for the k-th: the first is in ~37% of
the articles). Each company has fixed executives, six segments with the costs they hold, an
investment plan and a market share, which every article about it restates; quarterly figures
are drawn from a fixed table per company, segment and quarter (2023-2025), so the same figure
recurs across articles. Deterministic for a given --seed. The sentences are those of
`corpus_gen.py`.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import COSTS, FIRST, LAST, SEGS, article, company  # noqa: E402

N_COMPANIES = 15
ZIPF = 1.2


def profiles(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(N_COMPANIES):
        base, name = company(k * 37 + 5)
        segs = rng.sample(SEGS, 6)
        out.append(dict(base=base, name=name, ceo=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        cfo=f"{rng.choice(FIRST)} {rng.choice(LAST)}", segs=segs,
                        costs={s: rng.choice(COSTS) for s in segs}, plan=rng.randint(50, 500),
                        share=rng.randint(3, 30) + rng.randint(0, 9) / 10, seed=rng.random()))
    return out


def stated(p: dict, rivals: list[dict], rng: random.Random) -> dict:
    seg, seg2 = rng.sample(p["segs"], 2)
    year, q = rng.choice([2023, 2024, 2025]), rng.randrange(4)
    fig = random.Random(f"{p['seed']}-{seg}-{year}-{q}")   # the same quarter: the same figures
    return dict(base=p["base"], name=p["name"], rival=rng.choice([r for r in rivals if r is not p])["name"],
                ceo=p["ceo"], cfo=p["cfo"], year=year, q=q, seg=seg, seg2=seg2,
                cost=p["costs"][seg], cost2=p["costs"][seg2],
                rev=fig.randint(20, 300) + fig.randint(0, 9) / 10, growth=fig.randint(2, 40),
                capex=fig.randint(5, 90) + fig.randint(0, 9) / 10, plan=p["plan"],
                usd=round(p["plan"] / 7.2, 1), share=p["share"])


def generate(n: int, out: Path, seed: int = 11) -> tuple[int, int, dict]:
    """Write n articles to out/; returns (files, bytes, articles per company)."""
    out.mkdir(parents=True, exist_ok=True)
    ps = profiles(seed)
    weights = [1 / (k + 1) ** ZIPF for k in range(len(ps))]
    rng = random.Random(seed)
    total, per = 0, {}
    for i in range(n):
        p = rng.choices(ps, weights)[0]
        per[p["name"]] = per.get(p["name"], 0) + 1
        data = article(i, rng, N_COMPANIES, stated(p, ps, rng)).encode("utf-8")
        (out / f"feed-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return n, total, per


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=2000, help="number of articles")
    ap.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args(argv)
    n, size, per = generate(a.n, a.out, a.seed)
    top = max(per.values())
    print(f"wrote {n} articles ({size / 1e6:.2f} MB) to {a.out}; {len(per)} companies, "
          f"the first in {100 * top / n:.0f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
