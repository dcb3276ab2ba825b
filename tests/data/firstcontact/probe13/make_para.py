#!/usr/bin/env python3
"""Generate paraphrase20.json: informal rephrasings of 20 seed questions (gold copied from the seed)."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
PARA = [
    ("s02", "so what actually gets lumped into alibaba's 'all others' bucket?"),
    ("s03", "where do alibaba book the cost of training their AI models, which segment?"),
    ("s04", "how big is alibaba's cloud + AI infra spending pledge, and over how long?"),
    ("s05", "remind me what day alibaba put out that 380bn yuan spending plan?"),
    ("s06", "who's running alibaba these days?"),
    ("s07", "wu yongming - does he have an english name he goes by?"),
    ("s08", "which qwen models come up? just list em"),
    ("s09", "what are alibaba using the qwen models for, like what do they power?"),
    ("s10", "any restrictions hitting alibaba I should know about?"),
    ("s11", "who does alibaba go up against in china?"),
    ("s12", "cloud intelligence group sales for the Sept 30 2024 quarter - how much?"),
    ("s13", "how quick has alibabas cloud bizness been growing?"),
    ("s14", "globally, how much of the cloud market does alibaba cloud have?"),
    ("s15", "alibaba cloud's slice of china's public AI cloud market - what is it?"),
    ("s16", "quick one: global cloud shares for aws, microsoft and google?"),
    ("s17", "what's the AI revenue goal alibaba has set itself?"),
    ("s20", "how many qwen derivitive models are sitting on hugging face?"),
    ("s21", "where's alibaba opening that global AI innovation hub?"),
    ("s22", "alibaba's total revenue for the december 2024 quarter, what was it?"),
    ("s27", "who's the boss over at tencent?"),
]

seeds = {q["id"]: q for q in json.load(open(SEED))}
assert len({s for s, _ in PARA}) == 20
out = []
for n, (sid, text) in enumerate(PARA, 1):
    g = seeds[sid]
    item = {"id": f"p13-par-{n:02d}", "orig": sid, "kind": g.get("kind"), "question": text}
    for k in ("answers_all", "must_not", "expect_status"):
        if k in g:
            item[k] = g[k]
    out.append(item)
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases written")
