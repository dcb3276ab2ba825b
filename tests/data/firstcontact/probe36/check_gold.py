"""Check: every answers_all item of answered questions has a variant in its doc (case-insensitive,
HTML-unescaped; for .html also tag-stripped), and no must_not string is on the gold line or in the gold
sentence. Also checks focus_labels literally occur."""
import json, html, re, sys, os
base=os.path.dirname(os.path.abspath(__file__))
def text(fn):
    t=open(os.path.join(base,"docs",fn),encoding="utf-8").read()
    u=html.unescape(t)
    if fn.endswith(".html"): u=u+"\n"+html.unescape(re.sub(r"<[^>]+>"," ",t))
    return u
bad=0
def check(qs):
    global bad
    for q in qs:
        t=text(q["doc"]); tl=t.lower()
        if q.get("expect_status")=="no_answer":
            assert q["answers_all"]==[]; continue
        gold_spans=[]
        for item in q["answers_all"]:
            hits=[v for v in item if v.lower() in tl]
            if not hits: print("MISS",q["id"],item); bad+=1; continue
            for v in hits:
                i=tl.find(v.lower())
                ls=tl.rfind("\n",0,i)+1; le=tl.find("\n",i); le=len(tl) if le<0 else le
                ss=max(tl.rfind(". ",0,i),tl.rfind("\n\n",0,i),tl.rfind("|",0,i) if "|" in tl[ls:le] else -1)+1
                se=min([x for x in (tl.find(". ",i),tl.find("\n\n",i)) if x>=0] or [len(tl)])
                line=tl[ls:le]
                if "|" in line or "<td" in line or "<li" in line or "<th" in line: ss,se=ls,le
                gold_spans.append(line); gold_spans.append(tl[ss:se])
        for m in q.get("must_not",[]):
            for s in gold_spans:
                if m.lower() in s: print("MUSTNOT-ON-GOLD",q["id"],m,"|",s.strip()[:120]); bad+=1; break
qs=json.load(open(os.path.join(base,"questions.json")))
check(qs)
# must_not of no-answer questions: report whether they appear (they may, as tempting figures)
fl=json.load(open(os.path.join(base,"focus_labels.json")))
for fn,labels in fl.items():
    raw=open(os.path.join(base,"docs",fn),encoding="utf-8").read()
    for l in labels:
        if l not in raw and l not in html.unescape(raw): print("LABEL-MISSING",fn,l); bad+=1
ids=[q["id"] for q in qs]; assert len(ids)==len(set(ids))==80
print("questions:",len(qs),"no_answer:",sum(1 for q in qs if q.get("expect_status")=="no_answer"),"problems:",bad)
