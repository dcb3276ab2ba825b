#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions
(/work/shared/eval/seed_questions.json), gold fields copied from the seed.
Two rephrasings (p11-par-08, p11-par-15) contain deliberate typos."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
REPHRASE = [
    ("s02", "so what actually gets lumped into alibaba's all others bucket?"),
    ("s03", "alibaba's AI model training spend - which segment eats that cost?"),
    ("s04", "how big is alibaba's cloud + AI infra spending pledge, and over what stretch of time?"),
    ("s05", "what date did alibaba come out with the 380bn yuan spending plan?"),
    ("s06", "who's running alibaba these days, CEO-wise?"),
    ("s07", "Wu Yongming - does he use another name in English?"),
    ("s08", "quick one: which qwen models get a mention?"),
    ("s09", "what are alibaba's qwen models actualy used for?"),
    ("s10", "what kind of restrictions is alibaba up against?"),
    ("s11", "who does alibaba go up against at home in china?"),
    ("s12", "cloud intelligence group revenue for the sept 30 2024 quarter - what was it?"),
    ("s13", "how quickly has alibaba's cloud business been growing?"),
    ("s14", "what slice of the worldwide cloud market does alibaba cloud have?"),
    ("s15", "how much of china's public AI cloud market is alibaba cloud's?"),
    ("s17", "whats the AI revenue goal alibaba set for itsef?"),
    ("s20", "how many qwen derivative models are floating around on hugging face?"),
    ("s21", "where's alibaba putting its new global AI innovation hub?"),
    ("s22", "what did alibaba pull in as total revenue in the december 2024 quarter?"),
    ("s25", "roughly what fraction of alibaba cloud revenue comes from AI stuff?"),
    ("s28", "what kind of operating margin is alibaba's AI business making?"),
]
seeds = {q["id"]: q for q in json.load(open(SEED))}
assert len({s for s, _ in REPHRASE}) == 20
out = []
for n, (sid, text) in enumerate(REPHRASE, 1):
    src = seeds[sid]
    q = {"id": f"p11-par-{n:02d}", "orig": sid, "kind": src.get("kind", ""), "question": text}
    for k in ("answers_all", "must_not", "expect_status"):
        if k in src:
            q[k] = src[k]
    out.append(q)
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases written")
