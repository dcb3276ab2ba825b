#!/usr/bin/env python3
"""Generate paraphrase20.json: 20 casual rephrasings of seed questions (gold copied)."""
import json, os

SEED = "/work/shared/eval/seed_questions.json"
PARA = [
 ("s02", "so what's actually lumped into alibaba's 'all others' bucket?"),
 ("s03", "where do alibaba's model-training costs end up, which segment eats them?"),
 ("s04", "how big is alibaba's cloud + AI infra spending pledge, roughly?"),
 ("s05", "what day did alibaba drop the 380bn yuan investment news?"),
 ("s06", "who's running alibaba these days, like who's the ceo"),
 ("s07", "wu yongming — does he go by some other name?"),
 ("s08", "which qwen models get a mention, any names?"),
 ("s09", "what are alibaba's qwen models actually used for?"),
 ("s10", "what kind of restrictions is alibaba up against?"),
 ("s11", "who's alibaba fighting with in china, competitor-wise?"),
 ("s12", "how much did the cloud intelligence group bring in for the quarter to end of sept 2024?"),
 ("s13", "how quick has alibaba's cloud revenue been growing lately?"),
 ("s14", "what slice of the global cloud market does alibaba cloud have?"),
 ("s15", "alibaba cloud's cut of china's public AI cloud market — how much?"),
 ("s16", "how do aws, microsoft and google split the global cloud market, share-wise?"),
 ("s17", "whats the AI revenu goal alibaba set for itself?"),
 ("s20", "how many qwen spin-off models were sitting on hugging face?"),
 ("s21", "where's alibaba putting its new global AI innovaton hub?"),
 ("s22", "total revenue at alibaba for the december 2024 quarter — what was it?"),
 ("s25", "how much of alibaba cloud's revenue is AI stuff, percentage-wise?"),
]

def main():
    seeds = {q["id"]: q for q in json.load(open(SEED))}
    assert len({o for o, _ in PARA}) == 20
    out = []
    for n, (orig, text) in enumerate(PARA, 1):
        item = {k: v for k, v in seeds[orig].items() if k not in ("id", "question")}
        item = {"id": f"p14-par-{n:02d}", "orig": orig, "question": text, **item}
        out.append(item)
    here = os.path.dirname(os.path.abspath(__file__))
    json.dump(out, open(os.path.join(here, "paraphrase20.json"), "w"), indent=1, ensure_ascii=False)
    print(len(out), "paraphrases")

if __name__ == "__main__":
    main()
