#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions (gold copied from the seed)."""
import json

SEEDS = "/work/shared/eval/seed_questions.json"
seeds = {q["id"]: q for q in json.load(open(SEEDS, encoding="utf-8"))}

PARA = [
 ("s02", "so what's actually lumped into alibaba's 'all others' bucket?"),
 ("s03", "where do the AI model training costs land in Alibaba's segment reporting?"),
 ("s04", "how much money is alibaba putting into cloud + AI infra, roughly?"),
 ("s05", "when did alibaba first come out with the 380bn yuan spending plan?"),
 ("s06", "who's running alibaba these days, as in CEO?"),
 ("s07", "wu yongming - does he go by some other name?"),
 ("s08", "which qwen models get a mention?"),
 ("s09", "what are alibaba's qwen models actually used to power?"),
 ("s10", "what restrictions is alibaba up against?"),
 ("s11", "who does alibaba compete with at home in china?"),
 ("s12", "cloud intelligence group revenue for the sept 30 2024 quarter - what was it?"),
 ("s13", "how quick has alibaba's cloud revenue been growing?"),
 ("s14", "what slice of the global cloud market does alibaba cloud have?"),
 ("s15", "how big is alibaba cloud's share of china's public AI cloud market?"),
 ("s16", "what are the global cloud shares for aws, microsft and google?"),
 ("s17", "has alibaba put out any target for AI revenue? what is it?"),
 ("s20", "how many qwen derivative models were up on hugging face?"),
 ("s21", "where's alibaba setting up its global AI innovaton hub?"),
 ("s22", "alibaba's total revenue for the quarter ending dec 31 2024 - how much?"),
 ("s23", "how much did alibaba's international e-commerce revenue go up by?"),
]

out = []
assert len({s for s, _ in PARA}) == 20
for n, (sid, text) in enumerate(PARA, 1):
    seed = seeds[sid]
    item = {"id": f"p19-par-{n:02d}", "orig": sid, "kind": seed.get("kind", "paraphrase"), "question": text}
    for k, v in seed.items():
        if k not in ("id", "question", "kind"):
            item[k] = v
    out.append(item)
json.dump(out, open("paraphrase20.json", "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases written; typos in p19-par-15 (microsft) and p19-par-18 (innovaton)")
