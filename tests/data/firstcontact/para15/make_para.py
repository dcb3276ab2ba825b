#!/usr/bin/env python3
"""Write /work/para15/para40.json: 40 informal rephrasings of the seed questions."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "para40.json")

PARA = [
    ("s01", "tell me how alibaba's costs are bucketed across its segments"),
    ("s01", "what kinds of costs get lumped into which alibaba segment?"),
    ("s02", "list everything parked in alibaba's all others segment"),
    ("s02", "All Others segment @ Alibaba - what's actually in it?"),
    ("s03", "ai model training costs are booked under which alibaba segment"),
    ("s03", "which reporting segment are alibaba's model trianing costs parked in?"),  # typo
    ("s04", "alibaba capex pledge for cloud + AI infra: how big and over what period?"),
    ("s04", "What is Alibaba's cloud and AI infrastructure investment programme worth?"),
    ("s05", "date alibaba unveiled its RMB 380bn cloud/AI spending plan"),
    ("s06", "alibaba ceo?"),
    ("s06", "tell me who the chief executive of Alibaba Group is"),
    ("s07", "wu yongming is also known as what?"),
    ("s08", "list the qwen models that come up in the articles"),
    ("s08", "which versions of Alibaba's Qwen LLM are named in the coverage"),
    ("s09", "what products are built on top of alibaba's qwen models"),
    ("s10", "what restrictions is alibaba labouring under"),
    ("s10", "give me the restrictions that hit alibaba"),
    ("s11", "alibaba's competiters inside china?"),  # typo
    ("s11", "who does alibaba go up against in the domestic chinese market"),
    ("s12", "cloud intelligence group rev for the quarter ending 30 September 2024"),
    ("s12", "how much revenue did Alibaba's Cloud Intelligence Group bring in for the three months to Sept 30, 2024?"),
    ("s13", "alibaba cloud revenue growth yoy"),
    ("s13", "how quickly has alibaba's cloud business been growing its revenue"),
    ("s14", "alibaba cloud global mkt share"),
    ("s14", "what percentage of the worldwide cloud market does Alibaba Cloud have?"),
    ("s15", "tell me alibaba cloud's share of china's public AI cloud market"),
    ("s16", "global cloud market share: aws vs microsoft vs google"),
    ("s17", "what's the AI revenue goal alibaba has set itself"),
    ("s17", "Eddie Wu's annual AI rev target for Alibaba?"),
    ("s18", "by how much did the adjusted loss in the all others segment grow"),
    ("s19", "what can't investors work out about alibaba's AI business?"),
    ("s20", "number of qwen derivitive models on hugging face"),  # typo
    ("s21", "where's alibaba setting up its global AI innovation hub"),
    ("s22", "alibaba total rev, quarter to 31 December 2024"),
    ("s23", "give me the growth in alibaba's international e-commerce revenue"),
    ("s24", "what did alibaba's hong kong listed stock do on feb 21 2025"),
    ("s25", "what percent of alibaba cloud's revenue comes from AI"),
    ("s26", "list the articles that report the 380 billion yuan investment"),
    ("s27", "tencent ceo?"),
    ("s28", "alibaba AI business operating margin?"),
]


def main():
    seeds = {q["id"]: q for q in json.load(open(SEED))}
    out = []
    for n, (sid, text) in enumerate(PARA, 1):
        seed = seeds[sid]
        item = {"id": f"p15-par-{n:02d}", "orig": sid, "question": text}
        for k, v in seed.items():
            if k not in ("id", "question"):
                item[k] = v
        out.append(item)
    # sanity checks from the brief
    assert len(out) == 40
    counts = {}
    for it in out:
        counts[it["orig"]] = counts.get(it["orig"], 0) + 1
    assert len(counts) >= 18 and max(counts.values()) <= 3, counts
    assert len({it["question"].lower() for it in out}) == 40
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(out)} items covering {len(counts)} seed ids to {OUT}")


if __name__ == "__main__":
    main()
