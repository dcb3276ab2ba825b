import json
seed = {q["id"]: q for q in json.load(open("/work/shared/eval/seed_questions.json"))}
P = [
 ("s01", "For each Alibaba segment, which kinds of costs get booked there?"),
 ("s02", "alibaba 'All Others' - what's lumped in there?"),
 ("s03", "In which reporting segment does Alibaba put the cost of training its AI models?"),
 ("s04", "What is the size and duration of Alibaba's cloud/AI infrastructure capex commitment?"),
 ("s05", "Date Alibaba announced the RMB 380bn AI/cloud spend?"),
 ("s06", "Name of the person running Alibaba Group as chief executive?"),
 ("s07", "Wu Yongming is better known by which English name?"),
 ("s08", "list the Qwen model versions referenced"),
 ("s09", "What products are built on Alibaba's Qwen LLMs?"),
 ("s10", "What export or chip curbs is Alibaba exposed to?"),
 ("s11", "Which Chinese companies compete with Alibaba in AI and cloud?"),
 ("s12", "Alibaba Cloud Intelligence revenue, Sept-quarter 2024?"),
 ("s13", "What growth rates were reported for Alibaba's cloud revenue?"),
 ("s14", "How much of the worldwide cloud market does Alibaba Cloud have?"),
 ("s16", "AWS vs Microsoft vs Google - global cloud share of each?"),
 ("s17", "What's Alibaba's AI revenue goal and by when?"),
 ("s18", "By how much did the adjusted loss of Alibaba's All Others segment widen?"),
 ("s22", "BABA total revenue for the December 2024 quarter?"),
 ("s27", "Who runs Tencent as CEO?"),
 ("s28", "What is the operating margin of Alibaba's AI operations?"),
]
out = []
for i, (sid, q) in enumerate(P, 1):
    s = seed[sid]
    d = {"id": f"p35-par-{i:02d}", "orig": sid, "kind": s["kind"], "question": q,
         "answers_all": s.get("answers_all", [])}
    if "must_not" in s: d["must_not"] = s["must_not"]
    if "expect_status" in s: d["expect_status"] = s["expect_status"]
    out.append(d)
assert len({d["orig"] for d in out}) == 20
json.dump(out, open("paraphrase35.json", "w"), indent=1, ensure_ascii=False)
print(len(out))
