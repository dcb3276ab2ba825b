import json
seed = {q["id"]: q for q in json.load(open("/work/shared/eval/seed_questions.json"))}
P = [
 ("s02", "what's in alibaba's 'all others' segment?"),
 ("s03", "Where do Alibaba's model training costs get booked — which segment?"),
 ("s04", "how much money is alibaba putting into cloud + AI infra, and over how long"),
 ("s05", "When was the 380bn yuan Alibaba investment plan announced?"),
 ("s06", "who runs alibaba these days"),
 ("s07", "Is Wu Yongming known by another name?"),
 ("s08", "list the Qwen models that come up"),
 ("s09", "what are the qwen models used for at Alibaba?"),
 ("s10", "What restrictions is Alibaba up against?"),
 ("s11", "Which Chinese companies compete with Alibaba?"),
 ("s12", "Cloud Intelligence Group revenue for the Sept 30 2024 quarter?"),
 ("s14", "how big is alibaba cloud's slice of the global cloud market"),
 ("s15", "Alibaba Cloud's share of China's public AI cloud market - what is it?"),
 ("s17", "What's Alibaba's AI revenue goal?"),
 ("s20", "how many Qwen derivative models are there on Hugging Face?"),
 ("s21", "Where's Alibaba setting up its global AI innovaton hub?"),
 ("s22", "Alibaba total revenue, quarter ending Dec 31 2024?"),
 ("s25", "how much of alibaba cloud revenue comes from AI?"),
 ("s27", "tencent's ceo - who is it?"),
 ("s28", "what's the operating margin on Alibaba's AI buisness?"),
]
out = []
for i, (oid, text) in enumerate(P, 1):
    o = seed[oid]
    d = {"id": f"pp-{i:02d}", "orig": oid, "kind": o["kind"], "question": text,
         "answers_all": o.get("answers_all", [])}
    for k in ("must_not", "expect_status"):
        if k in o: d[k] = o[k]
    out.append(d)
json.dump(out, open("paraphrase20.json", "w"), indent=1, ensure_ascii=False)
print(len(out))
