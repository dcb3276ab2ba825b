#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions (gold fields copied)."""
import json

SEED = "/work/shared/eval/seed_questions.json"
seeds = {q["id"]: q for q in json.load(open(SEED, encoding="utf-8"))}

PARA = [
 ("s02", "so what actually gets lumped into Alibaba's All Others bucket?"),
 ("s03", "Alibaba's AI model training spend - which segment eats that cost?"),
 ("s04", "how big is the cloud + AI infrastructure spending pledge Alibaba made, and over what timeframe?"),
 ("s05", "what day did Alibaba come out with that 380bn yuan investment plan?"),
 ("s06", "who's running Alibaba as chief exec these days?"),
 ("s08", "which Qwen model versions come up, roughly?"),
 ("s09", "what stuff do Alibaba's Qwen models end up powering?"),
 ("s10", "is Alibaba being hit by any restrictions, like on what it can buy?"),
 ("s11", "who's Alibaba up against at home in China?"),
 ("s12", "how much revenue did Alibaba's Cloud Intelligence Group bring in for the Sept 30 2024 quarter?"),
 ("s13", "how quick has Alibaba's cloud revnue been growing?"),
 ("s14", "what slice of the worldwide cloud market does Alibaba Cloud have?"),
 ("s15", "in China's public AI cloud market, how much does Alibaba Cloud own?"),
 ("s16", "AWS vs Microsoft vs Google - what are their global cloud shares?"),
 ("s17", "has Alibaba put a number on how much AI revenue it wants, and by when?"),
 ("s20", "roughly how many Qwen derivative models are sitting on Hugging Face?"),
 ("s21", "where's Alibaba setting up its global AI innovaton hub?"),
 ("s22", "Alibaba's top-line revenue for the December 2024 quarter - what was it?"),
 ("s25", "what portion of Alibaba Cloud's revenue is AI stuff?"),
 ("s28", "what kind of operating margin is Alibaba getting out of its AI business?"),
]

assert len({s for s, _ in PARA}) == 20
out = []
for i, (sid, text) in enumerate(PARA, 1):
    s = seeds[sid]
    q = {"id": f"p15-par-{i:02d}", "orig": sid, "kind": s.get("kind"), "question": text}
    for k in ("answers_all", "must_not", "expect_status"):
        if k in s:
            q[k] = s[k]
    out.append(q)
json.dump(out, open("paraphrase20.json", "w"), indent=1, ensure_ascii=False)
print(len(out), "paraphrases")
