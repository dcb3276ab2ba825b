#!/usr/bin/env python3
"""Synthetic news articles (~500 words each) about invented companies' AI and cloud spending,
for measuring `aikg ingest` throughput.

    python bench/corpus_gen.py -n 200 -o /tmp/corpus

Deterministic for a given --seed. Each article names an invented company ("Zorvanta
Holdings"), its executives, segments, models, spending plans, quarterly figures, market
shares, rivals and export restrictions, in sentence templates with varied wording, so the
extractor has the same kind of work as on real articles.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

SYL = ["zor", "van", "ta", "qui", "lex", "mar", "no", "vi", "tek", "sol", "ra", "ky", "bel", "dro",
       "sen", "ox", "pa", "lu", "gri", "fen", "da", "mo", "cal", "is", "ver", "tu", "ha", "ri", "zen", "po"]
SUFFIX = ["Holdings", "Group", "Technologies", "Networks", "Systems"]
FIRST = ["Lin", "Maya", "Chen", "Arjun", "Sofia", "Kenji", "Elena", "Omar", "Yuki", "Daniel", "Wei", "Priya"]
LAST = ["Zhao", "Hartmann", "Okafor", "Suzuki", "Moreau", "Patel", "Kowalski", "Tanaka", "Silva", "Nguyen"]
CITIES = ["HONG KONG", "SINGAPORE", "BEIJING", "SHANGHAI", "SHENZHEN", "TOKYO", "SEOUL"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
QEND = ["March 31", "June 30", "September 30", "December 31"]
SEGS = ["Cloud Intelligence", "Commerce", "Digital Media", "Intelligent Devices", "Fintech Services",
        "Local Services", "Enterprise Software"]
COSTS = ["AI model training", "GPU clusters", "data centre leases", "AI chips", "model inference",
         "research and development", "network bandwidth", "server depreciation"]
PLACES = ["Singapore", "Dubai", "Frankfurt", "Jakarta", "Riyadh", "Mexico City", "Kuala Lumpur"]
FILLER = [
    "Analysts said the results showed how quickly demand for artificial intelligence services is changing the economics of the sector.",
    "Investors have been watching closely for signs that heavy spending on computing capacity will translate into durable profit.",
    "The company did not break out how much of its capital expenditure went to AI infrastructure as opposed to ordinary servers.",
    "Competition for enterprise customers has intensified as rivals cut prices on model inference and cloud storage.",
    "Shares in the company moved in a narrow range after the announcement as traders weighed growth against margin pressure.",
    "Executives told analysts on a conference call that the priority remains building out capacity ahead of demand.",
    "Some analysts cautioned that the pace of investment could weigh on free cash flow for several more quarters.",
    "The firm has been recruiting researchers from universities and rival laboratories to expand its model team.",
    "Customers in retail, finance and manufacturing have started to move workloads to the platform, the company said.",
    "Regulators have been paying closer attention to how large technology groups report the costs of their AI programmes.",
    "The broader market for cloud services has grown steadily, although pricing pressure has squeezed smaller providers.",
    "Industry observers expect further consolidation as the cost of training frontier models continues to rise.",
]


def company(i: int) -> tuple[str, str]:
    n = i + 7
    parts = []
    for _ in range(3):
        parts.append(SYL[n % len(SYL)])
        n //= len(SYL)
    base = "".join(parts).capitalize()
    return base, f"{base} {SUFFIX[i % len(SUFFIX)]}"


def facts(rng: random.Random, n_companies: int) -> dict:
    """What one article states, drawn afresh (every article about a different company)."""
    base, name = company(rng.randrange(n_companies))
    rival = company(rng.randrange(n_companies))[1]
    if rival == name:
        rival = company((rng.randrange(n_companies) + 1) % n_companies)[1]
    seg, seg2 = rng.sample(SEGS, 2)
    cost, cost2 = rng.sample(COSTS, 2)
    plan = rng.randint(50, 500)
    return dict(base=base, name=name, rival=rival, ceo=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                cfo=f"{rng.choice(FIRST)} {rng.choice(LAST)}", year=rng.choice([2024, 2025]),
                q=rng.randrange(4), seg=seg, seg2=seg2, cost=cost, cost2=cost2,
                rev=rng.randint(20, 300) + rng.randint(0, 9) / 10, growth=rng.randint(2, 40),
                capex=rng.randint(5, 90) + rng.randint(0, 9) / 10, plan=plan, usd=round(plan / 7.2, 1),
                share=rng.randint(3, 30) + rng.randint(0, 9) / 10)


def article(i: int, rng: random.Random, n_companies: int, stated: dict | None = None) -> str:
    f = stated or facts(rng, n_companies)
    base, name, rival, ceo, cfo = f["base"], f["name"], f["rival"], f["ceo"], f["cfo"]
    year, q, seg, seg2, cost, cost2 = f["year"], f["q"], f["seg"], f["seg2"], f["cost"], f["cost2"]
    rev, growth, capex, plan, usd, share = f["rev"], f["growth"], f["capex"], f["plan"], f["usd"], f["share"]
    model = f"{base}LM"
    place = rng.choice(PLACES)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    city = rng.choice(CITIES)
    t = rng.choice
    title = t([f"{name} steps up AI spending as cloud revenue climbs",
               f"{name} bets big on AI infrastructure",
               f"{name} posts {growth}% cloud growth, raises investment plan",
               f"Inside {name}'s push into generative AI"])
    paras = [
        title,
        f"By {rng.choice(FIRST)} {rng.choice(LAST)} | {day} {month} {year}",
        t([f"{city}, {month} {day}, {year} — {name} said on {t(['Tuesday', 'Thursday', 'Monday'])} that it will invest more than {plan} billion yuan (${usd} billion) in cloud computing and AI infrastructure over the next three years.",
           f"{city}, {month} {day}, {year} — {name} plans to spend {plan} billion yuan (about ${usd} billion) on AI and cloud infrastructure over three years, the company announced.",
           f"{city}, {month} {day}, {year} — {name} will pour {plan} billion yuan, or roughly ${usd} billion, into data centres and AI chips over the next three years, it said."]),
        t([f"For the quarter ended {QEND[q]}, {year}, revenue at its {base} {seg} segment rose {growth}% year-on-year to {rev} billion yuan.",
           f"Revenue in the {base} {seg} segment grew {growth} percent from a year earlier to {rev} billion yuan in the quarter ended {QEND[q]}, {year}.",
           f"The {base} {seg} division reported revenue of {rev} billion yuan for the three months ended {QEND[q]}, {year}, up {growth}% year on year."]),
        t([f"Chief executive officer {ceo} said the company would keep investing in {cost} to meet demand from enterprise customers.",
           f"CEO {ceo} told analysts that spending on {cost} would remain elevated.",
           f"{ceo}, the company's chief executive, said {cost} remained the biggest single cost."]),
        t([f"The company books {cost} in its {base} {seg} segment, while {cost2} sits in the {base} {seg2} segment.",
           f"Costs for {cost} are reported inside the {base} {seg} segment, according to the filing.",
           f"Its {base} {seg2} segment includes {cost2}, the company said."]),
        t([f"Capital expenditure was {capex} billion yuan in the quarter, up {rng.randint(5, 120)}% from a year earlier, chief financial officer {cfo} said.",
           f"CFO {cfo} said capital expenditure reached {capex} billion yuan in the period.",
           f"Capital spending climbed to {capex} billion yuan, {cfo}, the chief financial officer, told investors."]),
        t([f"{name} develops the {model} family of large language models, which powers chatbots and coding assistants.",
           f"Its {model} foundation models power the company's enterprise AI tools and customer service chatbots.",
           f"The {model} models, developed in-house, now power search and productivity software across the group."]),
        t([f"{name} holds {share}% of China's public cloud market, according to research firm Omdia.",
           f"According to market research, {name} has a {share} percent share of the AI cloud market.",
           f"The company controls about {share}% of the cloud market in China, analysts estimate."]),
        t([f"It competes with {rival} and other domestic rivals for enterprise customers.",
           f"{name}'s main competitors include {rival}.",
           f"Rivals such as {rival} have also raised their AI budgets."]),
        t([f"US export controls on advanced AI chips such as Nvidia's H20 continue to limit {name}'s access to computing power.",
           f"Export restrictions imposed by the United States on advanced semiconductors affect the company's supply of AI chips.",
           f"The company said US rules restricting sales of high-end GPUs to China had not yet disrupted its plans."]),
        t([f"{name} is launching a global AI innovation hub in {place}.",
           f"The group is also building new data centres in {place}.",
           f"It plans to open a regional cloud campus in {place} next year."]),
        t([f"Investors cannot determine how much {name} spends on AI specifically, because the figures are not broken out.",
           f"The filings do not disclose the profitability of the AI business on its own.",
           f"Analysts said it is impossible to isolate AI-related revenue from the broader cloud figures."]),
    ]
    body = paras[:2] + [paras[2]]
    rest = paras[3:]
    rng.shuffle(rest)
    words = sum(len(p.split()) for p in body)
    fill = FILLER[:]
    rng.shuffle(fill)
    for p in rest:
        body.append(p)
        if fill and rng.random() < 0.6:
            body.append(fill.pop())
    while words < 480 and fill:
        body.append(fill.pop())
        words = sum(len(p.split()) for p in body)
    words = sum(len(p.split()) for p in body)
    while words < 480:
        body.append(t(FILLER))
        words = sum(len(p.split()) for p in body)
    return "\n".join(body) + "\n"


def generate(n: int, out: Path, seed: int = 11) -> tuple[int, int]:
    """Write n articles to out/; returns (files, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    n_companies = max(3, n // 4)
    total = 0
    for i in range(n):
        text = article(i, rng, n_companies)
        data = text.encode("utf-8")
        (out / f"article-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return n, total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=100, help="number of articles")
    ap.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args(argv)
    n, size = generate(a.n, a.out, a.seed)
    print(f"wrote {n} articles ({size / 1e6:.2f} MB) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
