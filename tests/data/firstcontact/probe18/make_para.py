#!/usr/bin/env python3
"""Generate paraphrase20.json: casual rephrasings of 20 seed questions (gold copied)."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
REPHRASE = [
 ("s02", "so what's actually lumped into alibaba's 'all others' bucket?"),
 ("s03", "where do the costs of training alibaba's AI models end up, segment-wise?"),
 ("s04", "how big is alibaba's cloud + AI infra spending pledge, and over how long?"),
 ("s05", "what day did alibaba drop the news about the 380bn yuan spend?"),
 ("s06", "who's running alibaba these days as ceo?"),
 ("s07", "wu yongming - what name does he usually go by?"),
 ("s08", "which qwen models get a mention?"),
 ("s09", "what are alibabas qwen modles actually used for?"),
 ("s10", "what kind of restrictions is alibaba up against?"),
 ("s11", "who does alibaba fight with in china, competition-wise?"),
 ("s12", "cloud intelligence group revenue for the sept 30 2024 quarter - how much?"),
 ("s13", "how quickly has alibaba's cloud business been growing?"),
 ("s14", "what slice of the worldwide cloud market does alibaba cloud have?"),
 ("s15", "alibaba cloud's piece of china's public AI cloud market - how big?"),
 ("s16", "aws vs microsoft vs google - what are their global cloud shares?"),
 ("s17", "whats the AI revnue goal alibaba has set itself?"),
 ("s20", "how many qwen derivative models are sitting on hugging face?"),
 ("s21", "where's alibaba putting its new global AI innovation hub?"),
 ("s22", "total alibaba revenue for the december 2024 quarter, roughly?"),
 ("s28", "what kind of operating margin is alibaba making on AI?"),
]

seeds = {q["id"]: q for q in json.load(open(SEED))}
out = []
for n, (sid, text) in enumerate(REPHRASE, 1):
    s = seeds[sid]
    d = {"id": f"p18-par-{n:02d}", "orig": sid, "kind": s.get("kind"), "question": text}
    for k in ("answers_all", "must_not", "expect_status"):
        if k in s:
            d[k] = s[k]
    out.append(d)
assert len({d["orig"] for d in out}) == 20
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), indent=1)
print(len(out), "paraphrases written")
