#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of distinct seed questions (gold copied)."""
import json, copy

SEED = "/work/shared/eval/seed_questions.json"
REPHRASE = [
 ("s02", "so what actually gets lumped into alibaba's all others bucket?"),
 ("s03", "alibaba's model training spend - which segment does that land in, roughly?"),
 ("s04", "how big is alibaba's cloud + AI infra spending pledge?"),
 ("s05", "remind me when alibaba came out with that 380bn yuan plan?"),
 ("s06", "who's running alibaba these days, like who's the chief exec"),
 ("s07", "wu yongming - does he go by another name?"),
 ("s08", "which qwen versions come up at all?"),
 ("s09", "what are alibabas qwen models actualy used for?"),          # typos
 ("s10", "any restrictions hitting alibaba I should know about?"),
 ("s11", "who's alibaba up against at home in china?"),
 ("s12", "cloud intelligence group revenue for the sept 30 2024 quarter - what was it?"),
 ("s13", "how quickly is alibaba cloud's top line growing?"),
 ("s14", "what slice of the worldwide cloud market does alibaba cloud have?"),
 ("s15", "alibaba cloud's cut of china's public AI cloud market, roughly?"),
 ("s17", "what's alibaba aiming for on AI revenue, target-wise?"),
 ("s20", "how many qwen derivatives were floating around on hugging face?"),
 ("s21", "where's alibaba putting its new global AI innovation hub?"),
 ("s22", "quick one: alibaba total revenue, quarter to dec 31 2024?"),
 ("s24", "what did alibaba's HK shares do on feb 21 2025?"),
 ("s28", "what kinda operating margin does alibabas AI buisness make?"),  # typos
]

seeds = {q["id"]: q for q in json.load(open(SEED))}
assert len({s for s, _ in REPHRASE}) == 20
out = []
for i, (sid, text) in enumerate(REPHRASE, 1):
    q = copy.deepcopy(seeds[sid])
    q.pop("id"); q.pop("question")
    out.append({"id": f"p17-par-{i:02d}", "orig": sid, "question": text, **q})
json.dump(out, open("paraphrase20.json", "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases")
