import json
seed={x["id"]:x for x in json.load(open("/work/shared/eval/seed_questions.json"))}
P=[
("s02","so what's actually lumped into Alibaba's All Others bucket?"),
("s03","where do Alibaba's AI model training costs get booked, which segment?"),
("s04","how much money is Alibaba putting into cloud and AI infrastructure?"),
("s05","when was the 380bn yuan investment plan from Alibaba announced?"),
("s06","who runs Alibaba these days?"),
("s07","Wu Yongming goes by what other name?"),
("s08","which Qwen models get a mention?"),
("s10","what restrictions is Alibaba up against?"),
("s11","who does Alibaba compete with in China?"),
("s12","cloud intelligence group revenue for the quarter to Sept 30 2024 - how much?"),
("s13","how quickly is Alibaba's cloud revenue growing?"),
("s14","what's Alibaba Cloud's slice of the global cloud market?"),
("s16","global cloud shares for AWS, Microsoft and Google - what are they?"),
("s17","what AI revenue goal has Alibaba set itself?"),
("s20","how many Qwen derivative models are on Hugging Face?"),
("s21","where's Alibaba opening its global AI innovation hub?"),
("s22","Alibaba total revenue for the quarter ending Dec 31 2024?"),
("s23","how much did Alibaba's internatonal e-commerce revenue grow?"),
("s27","who's the CEO of Tencent?"),
("s28","what operating margin does Alibabas AI busines make?"),
]
out=[]
for i,(sid,q) in enumerate(P,1):
    it={k:v for k,v in seed[sid].items() if k not in ("id","question")}
    it={"id":f"p10-par-{i:02d}","orig":sid,"question":q,**it}
    out.append(it)
json.dump(out,open("paraphrase20.json","w"),indent=1,ensure_ascii=False)
print(len(out))
