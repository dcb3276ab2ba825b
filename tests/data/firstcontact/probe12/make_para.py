#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions (gold fields copied from the seed)."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
PARA = [
 ("s02", "so what's actually lumped into alibaba's 'all others' bucket?"),
 ("s03", "where does alibaba park the money it spends training its AI models, segment-wise?"),
 ("s04", "how big is alibaba's cloud + AI infrastructure spending pledge, and over how long?"),
 ("s05", "what day did alibaba drop the 380bn yuan investment news?"),
 ("s06", "who's running alibaba these days?"),
 ("s08", "which qwen model versions get a mention?"),
 ("s09", "what are alibaba's qwen models actually used for?"),
 ("s10", "what kind of restrictions is alibaba up against?"),
 ("s11", "who does alibaba go up against at home in china?"),
 ("s12", "how much did the cloud intelligence group bring in for the september 2024 quarter?"),
 ("s13", "how quick is alibaba's cloud biz growing?"),
 ("s14", "roughly what slice of the worldwide cloud market is alibaba cloud's?"),
 ("s15", "how much of china's public AI cloud market does alibaba cloud have?"),
 ("s16", "what are aws, microsoft and google's global cloud market shares, ballpark?"),
 ("s17", "what's alibaba's AI revenue goal and by when?"),
 ("s20", "how many qwen derivitive models are up on hugging face?"),
 ("s21", "where's alibaba putting its new global AI innovation hub?"),
 ("s22", "total revenue for alibaba in the quarter to end of dec 2024?"),
 ("s24", "what happened to alibaba's hong kong shares on feb 21 2025?"),
 ("s28", "what kind of operating margn is alibaba making on AI?"),
]

seeds = {q["id"]: q for q in json.load(open(SEED))}
out = []
assert len({s for s, _ in PARA}) == 20
for n, (sid, text) in enumerate(PARA, 1):
    src = seeds[sid]
    q = {"id": f"p12-par-{n:02d}", "orig": sid, "kind": src.get("kind"), "question": text}
    for k in ("answers_all", "must_not", "expect_status"):
        if k in src:
            q[k] = src[k]
    out.append(q)
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), ensure_ascii=False, indent=1)
print(len(out), "paraphrases written")
