#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions (gold copied from the seeds)."""
import json, os
SEED = "/work/shared/eval/seed_questions.json"
seeds = {q["id"]: q for q in json.load(open(SEED, encoding="utf-8"))}

PARA = [
 ("s02", "so what actually gets lumped into alibaba's 'all others' bucket?"),
 ("s03", "where do the AI model training costs end up in alibaba's segment reporting?"),
 ("s04", "how big is that alibaba cloud + AI infra spending pledge again, and over how long?"),
 ("s05", "what day did alibaba put out the 380bn yuan investment announcement?"),
 ("s06", "who's running alibaba these days, the ceo i mean"),
 ("s07", "wu yongming - does he go by some english name?"),
 ("s08", "remind me which qwen models got mentioned"),
 ("s09", "what are alibaba's qwen models actually used for, like what do they power"),
 ("s10", "what kind of restrictons is alibaba up against?"),          # typo
 ("s11", "who's alibaba fighting with in the chinese market?"),
 ("s12", "cloud intelligence revenue for the sept-30-2024 quarter, what was it?"),
 ("s13", "how quick has alibaba's cloud business been growing?"),
 ("s14", "what slice of the worldwide cloud market does alibaba cloud have"),
 ("s15", "how much of china's public AI cloud market is alibaba cloud's?"),
 ("s17", "did alibaba put a number on its AI revenue ambitions? what's the goal"),
 ("s19", "what's still a black box for investors about alibaba's AI biz?"),
 ("s20", "how many qwen derivative models are sitting on hugging face?"),
 ("s21", "where's alibaba setting up its global AI innovation hub"),
 ("s22", "alibaba's total revenue for the december 2024 quater - how much?"),  # typo
 ("s27", "quick one: who's tencent's chief exec?"),
]
assert len(PARA) == 20 and len({s for s, _ in PARA}) == 20
out = []
for i, (sid, text) in enumerate(PARA, 1):
    s = seeds[sid]
    item = {"id": f"p16-par-{i:02d}", "orig": sid, "kind": s.get("kind"), "question": text}
    for k in ("answers_all", "expect_status", "must_not"):
        if s.get(k) is not None:
            item[k] = s[k]
    out.append(item)
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases")
