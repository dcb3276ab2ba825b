import json
seed={d['id']:d for d in json.load(open('/work/shared/eval/seed_questions.json'))}
P=[("s02","so what's actually lumped into alibaba's 'all others' segment?"),
("s03","where does Alibaba book the cost of training its AI models - which segment?"),
("s04","how much is alibaba planning to pour into cloud + AI infra, and over how long?"),
("s05","what date was the 380bn yuan alibaba investment plan announced"),
("s06","who's running alibaba these days? CEO name"),
("s07","Wu Yongming - what's his english name?"),
("s08","list the qwen models that get mentioned"),
("s09","what are alibaba's qwen models used to power?"),
("s10","what restrictions is Alibaba up against?"),
("s11","who does alibaba compete with in china"),
("s12","Cloud Intelligence Group revenue for the Sept 30 2024 quarter?"),
("s14","alibaba cloud global market share - how big?"),
("s15","how much of china's public AI cloud market belongs to alibaba cloud?"),
("s16","AWS vs Microsoft vs Google - global cloud shares?"),
("s17","whats alibabas AI revenue target"),
("s20","how many Qwen derivative models are there on hugging face?"),
("s21","in which city is alibaba setting up its global AI innovaton hub?"),
("s22","total revenue alibaba Q4 2024 (quarter ending dec 31)?"),
("s27","tencent's ceo - who is it?"),
("s28","what's the operating margin on alibaba's AI bussiness?"),
]
out=[]
for i,(o,t) in enumerate(P,1):
    d={"id":f"pp-{i:02d}","orig":o,"kind":seed[o]["kind"],"question":t}
    for k in ("answers_all","must_not","expect_status"):
        if k in seed[o]: d[k]=seed[o][k]
    out.append(d)
json.dump(out,open('paraphrase20.json','w'),indent=1)
print(len(out))
