import json, re, html, sys
qs=json.load(open(sys.argv[1] if len(sys.argv)>1 else "questions.json"))
def text(doc):
    t=open("docs/"+doc,encoding="utf-8").read()
    if doc.endswith(".html"):
        s=re.sub(r"<script.*?</script>|<style.*?</style>","",t,flags=re.S)
        s=html.unescape(re.sub(r"<[^>]+>"," ",s))
        t=t+"\n"+s
    return re.sub(r"\s+"," ",t).lower()
miss=0
for q in qs:
    t=text(q["doc"])
    for v in q["answers_all"]:
        if not any(re.sub(r"\s+"," ",x).lower() in t for x in v):
            miss+=1; print("MISS",q["id"],v)
    if q.get("expect_status")=="no_answer": assert q["answers_all"]==[]
print(miss,"misses")
