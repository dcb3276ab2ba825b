import json, re
from decimal import Decimal

MULT = {"million": 10**6, "billion": 10**9, "trillion": 10**12, "crore": 10**7, "lakh crore": 10**12}
ABBR = {"million": ["m", " mn", " million"], "billion": ["bn", " bn", " billion"], "trillion": ["tn", " tn", " trillion"]}

def amt(s):
    """'1.18 billion' -> spellings"""
    num, unit = s.split(" ", 1)
    d = Decimal(num.replace(",", ""))
    full = int(d * MULT[unit])
    out = [s, s.replace(" ", "")]
    for a in ABBR.get(unit, []):
        out.append(num + a)
    if unit == "crore":
        out += [num.replace(",", "") + " crore", f"{full:,}", str(full)]
    else:
        out += [f"{full:,}", str(full)]
    # also rescaled forms
    if unit == "billion" and d < 1000:
        out.append(f"{(d*1000).normalize():f} million".replace(".0 ", " "))
    if full >= 10**9 and unit != "billion":
        b = (Decimal(full) / 10**9).normalize()
        out += [f"{b:f} billion", f"{b:f}bn"]
    seen = []
    for o in out:
        if o not in seen: seen.append(o)
    return seen

def pct(p):
    return [f"{p}%", f"{p} %", f"{p} percent", f"{p} per cent"]

def Q(kind, question, *items, no=False):
    q = {"kind": kind, "question": question}
    if no:
        q["expect_status"] = "no_answer"; q["answers_all"] = []
    else:
        q["answers_all"] = [list(i) if isinstance(i, (list, tuple)) else [i] for i in items]
    return q

docs = {
"p6_01_palantir_q3_2025.txt": [
 Q("metric", "What were Palantir's total revenues in Q3 2025?", amt("1.18 billion")),
 Q("segment", "How much did Palantir make from US commercial customers last quarter and how fast did that grow?", amt("397 million"), pct(121)),
 Q("guidance", "What is Palantir's updated revenue guidance for full-year 2025?", ["4.396", "4,396"], ["4.400", "4.4 billion", "4,400", "4.4bn", "4400000000"]),
 Q("guidance", "What 2025 revenue range had Palantir guided to before this latest raise?", ["4.142", "4,142"], ["4.150", "4.15 billion", "4,150", "4.15bn", "4150000000"]),
 Q("person", "Who is Palantir's CFO?", ["David Glazer"]),
 Q("partner", "Which telecom operator is rolling out Palantir's Foundry and AIP across its operations?", ["Lumen"]),
 Q("investment", "How big is Palantir's enterprise agreement with the US Army and over what period?", amt("10 billion"), ["ten years", "10 years", "10-year", "ten-year", "p10y"]),
 Q("product", "What's the name of the Palantir AI targeting system the Pentagon uses?", ["Maven"]),
 Q("competitor", "Which companies does Palantir compete with?", ["Databricks"], ["C3.ai", "c3 ai"]),
 Q("no-answer", "How much does Palantir plan to spend on capital expenditure in 2026?", no=True),
],
"p6_02_capgemini_h1_2025.txt": [
 Q("metric", "What revenue did Capgemini report for the first half of 2025?", ["11,132", "11132", "11.13 billion", "11.132 billion", "11.1 billion"]),
 Q("segment", "How did Capgemini's North America region perform in H1 2025?", ["3,176", "3176", "3.176 billion", "3.18 billion"], ["2.4%", "2.4 %", "2.4 percent", "-2.4"]),
 Q("acquisition", "How much is Capgemini paying to buy WNS?", amt("3.3 billion")),
 Q("guidance", "What's Capgemini's new constant-currency revenue growth outlook for 2025?", ["-1.0%", "-1%", "-1.0", "minus 1", "−1.0"], ["+1.0%", "+1%", "1.0%", "+1.0"]),
 Q("person", "Who is replacing Carole Ferrand as Capgemini's finance chief?", ["Nive Bhagat"]),
 Q("partner", "Which French AI startup did Capgemini extend its partnership with?", ["Mistral"]),
 Q("metric", "What operating margin did Capgemini achieve in the first half?", pct("12.4") + ["0.124"]),
 Q("reason", "Why were Capgemini's sales in France down?", ["manufactur", "automotive"]),
 Q("share", "According to Gartner, what share of the worldwide IT services market does Capgemini hold?", pct("1.5") + ["0.015"]),
 Q("no-answer", "How much did Capgemini spend on share buybacks in H1 2025?", no=True),
],
"p6_03_arm_analyst_note.txt": [
 Q("metric", "What was Arm's revenue in the quarter ended September 30, 2025?", amt("1.14 billion")),
 Q("segment", "How much royalty revenue did Arm book in fiscal Q2 2026, and what was the growth?", amt("620 million"), pct(21)),
 Q("metric", "By how much did Arm's licensing revenue grow last quarter?", pct(56)),
 Q("guidance", "What revenue is Arm guiding to for the December 2025 quarter?", amt("1.225 billion")),
 Q("reason", "Why did Arm's royalty revenue accelerate?", ["Armv9", "arm v9"], ["CSS", "compute subsystem"]),
 Q("product", "What is Arm's new compute subsystem platform for premium smartphones called?", ["Lumex"]),
 Q("share", "What share of the Windows PC market do Arm-based chips hold according to Counterpoint?", pct(13) + ["0.13"]),
 Q("person", "Who is Arm's chief financial officer?", ["Jason Child"]),
 Q("stake", "Who is Arm's majority shareholder and how much of the company does it own?", ["SoftBank"], pct(90) + ["0.9"]),
 Q("no-answer", "How many employees does Arm have?", no=True),
],
"p6_04_rakuten_symphony.html": [
 Q("person", "Who runs Rakuten Symphony?", ["Sharad Sriwastawa"]),
 Q("person", "Who did Sriwastawa succeed as head of Rakuten Symphony?", ["Tareq Amin"]),
 Q("product", "What is Rakuten Symphony's flagship platform called?", ["Symworld"]),
 Q("model", "Which Rakuten language models are mentioned?", ["Rakuten AI 2.0"], ["mini"]),
 Q("segment", "What revenue did Rakuten's Mobile segment post in Q2 2025 and how much did it grow?", amt("119.4 billion"), pct("16.7") + ["0.167"]),
 Q("metric", "How many subscriptions did Rakuten Mobile have at the end of June 2025?", amt("8.6 million")),
 Q("share", "What is Rakuten Mobile's share of Japan's mobile market per MM Research Institute?", pct(4) + ["0.04"]),
 Q("partner", "Which AI company is Rakuten working with to bring ChatGPT agents to customer service?", ["OpenAI"]),
 Q("reason", "Why did Rakuten Mobile's EBITDA profitability slip a year?", ["platinum", "coverage"]),
 Q("no-answer", "How much revenue did Rakuten Symphony generate on its own in 2025?", no=True),
],
"p6_05_kakao.md": [
 Q("metric", "What was Kakao's consolidated revenue in Q2 2025?", amt("2.03 trillion")),
 Q("metric", "How much operating profit did Kakao make in the April-June quarter and how much did it rise?", amt("185.9 billion"), pct(40) + ["0.4"]),
 Q("segment", "How did Kakao's Talk Biz business do in the second quarter?", amt("539.2 billion"), pct(9) + ["0.09"]),
 Q("partner", "Whose chatbot is Kakao bringing into KakaoTalk?", ["ChatGPT", "OpenAI"]),
 Q("model", "What are Kakao's in-house language models called?", ["Kanana"]),
 Q("person", "Who is the chief executive of Kakao?", ["Chung Shina"]),
 Q("investment", "How much capital expenditure is Kakao planning for 2025?", amt("600 billion")),
 Q("share", "What share of Korea's messaging market does KakaoTalk have?", pct(94) + ["0.94"]),
 Q("competitor", "Who is Kakao's main rival in Korea?", ["Naver"]),
 Q("no-answer", "How much is Kakao paying OpenAI under their partnership?", no=True),
],
"p6_06_jio_platforms_q2_fy26.txt": [
 Q("metric", "What was Jio Platforms' revenue from operations in Q2 FY26?", amt("36,332 crore")),
 Q("metric", "What ARPU did Jio report for the quarter ended September 30, 2025?", ["211.4"]),
 Q("metric", "How many subscribers does Jio have?", amt("506.4 million")),
 Q("share", "What is Jio's share of India's wireless subscriber market according to TRAI?", pct("40.9") + ["0.409"]),
 Q("stake", "How is ownership of the Reliance Intelligence-Meta joint venture split?", pct(70) + ["0.7"], pct(30) + ["0.3"]),
 Q("investment", "How much are Reliance and Meta initially putting into their AI joint venture?", amt("855 crore") + ["100 million", "$100 million"]),
 Q("person", "Who is the CEO of Jio Platforms?", ["Kiran Thomas"]),
 Q("product", "What is the name of Reliance's new AI subsidiary?", ["Reliance Intelligence"]),
 Q("investment", "How large will the first phase of the Jamnagar AI data centre be?", ["1 gigawatt", "1 gw", "1gw", "one gigawatt"]),
 Q("no-answer", "What were Jio Platforms' own capital expenditures in the September 2025 quarter?", no=True),
],
"p6_07_zhipu.txt": [
 Q("model", "What is Zhipu's newest flagship model?", ["GLM-4.6", "GLM 4.6", "glm4.6"]),
 Q("model", "How big is GLM-4.6's context window?", ["200,000", "200000", "200k", "200 000"]),
 Q("model", "How many parameters does GLM-4.5 have in total and active?", amt("355 billion"), amt("32 billion")),
 Q("person", "Who is Zhipu AI's chief executive?", ["Zhang Peng"]),
 Q("investment", "How much did Pudong Venture Capital and Zhangjiang Group commit to Zhipu?", amt("1 billion")),
 Q("reason", "Why did the US put Zhipu on the Entity List?", ["military"]),
 Q("metric", "How much revenue did Zhipu generate in 2024?", amt("300 million")),
 Q("share", "According to IDC, what is Zhipu's share of China's government and enterprise large-model market?", pct(12) + ["0.12"]),
 Q("competitor", "Which Chinese AI startups compete with Zhipu?", ["Moonshot"], ["MiniMax"], ["DeepSeek"]),
 Q("no-answer", "What was Zhipu's net loss in 2024?", no=True),
],
"p6_08_nebius.txt": [
 Q("metric", "What was Nebius's revenue in Q3 2025 and the year-on-year growth?", amt("146.1 million"), pct(355) + ["3.55"]),
 Q("guidance", "How has Nebius changed its capex forecast for 2025?", amt("5 billion"), amt("2 billion")),
 Q("partner", "How much is Nebius's deal with Microsoft worth?", amt("17.4 billion"), amt("19.4 billion")),
 Q("partner", "What is the value of Nebius's contract with Meta?", amt("3 billion")),
 Q("guidance", "What ARR is Nebius aiming for by the end of 2026?", amt("7 billion"), amt("9 billion")),
 Q("person", "Who is Nebius's CFO?", ["Ronald Chernyshev"]),
 Q("unit", "What does Nebius's Avride unit do?", ["autonomous", "self-driving", "delivery robot"]),
 Q("stake", "How big is Nebius's stake in ClickHouse?", pct(28) + ["0.28"]),
 Q("product", "Which Nvidia rack-scale systems is Nebius deploying?", ["GB200"], ["GB300", "Blackwell Ultra"]),
 Q("no-answer", "What is Nebius's own market share in AI cloud infrastructure?", no=True),
],
}

out = []
for i, (doc, qs) in enumerate(docs.items(), 1):
    assert len(qs) == 10, doc
    for j, q in enumerate(qs, 1):
        out.append({"id": f"p6-{i:02d}-q{j:02d}", "doc": doc, **q})
json.dump(out, open("/work/firstcontact6/questions.json", "w"), indent=1, ensure_ascii=False)
print(len(out))
