"""Writes questions.json, paraphrase37.json and focus_labels.json for probe37."""
import json

D = {
 "01": "01_anysecurityprinting_bet_extraordinary_information.txt",
 "02": "02_celsia_sfc_informacion_relevante.txt",
 "03": "03_econetwireless_ir_email_chain.txt",
 "04": "04_shellygroup_ocr_annual_report_pages.txt",
 "05": "05_dlocal_award_citation.txt",
 "06": "06_sinnet_investor_interaction_platform.html",
 "07": "07_solaria_planning_register_decision.html",
 "08": "08_hps_corrigendum_notice.txt",
}
NA = "NA"
Q = {
"01": [
 ("guidance", "What is ANY Security Printing's revised 2026 net sales revenue guidance?",
  [["57-59 billion", "57–59 billion", "57 to 59 billion", "57 billion", "57bn", "57,000 million", "57 000 million"],
   ["59 billion", "59bn", "59 bn", "59,000 million", "59 000 million", "57-59"]]),
 ("guidance", "ANY previous EBITDA guidance for 2026?",
  [["8,0", "8.0", "8 billion"], ["8,5", "8.5"]]),
 ("metric", "ANY Biztonsági Nyomda net sales revenue for January-September 2026", 
  [["41 268", "41,268", "41268", "41.27 billion", "41.3 billion", "41,3 billion"]]),
 ("metric", "any security printing Q3 2026 revenue",
  [["14 702", "14,702", "14702", "14.7 billion", "14,7 billion"]]),
 ("segment", "How much revenue did the digital services line with ANY Verify generate in the first nine months of 2026?",
  [["1 874", "1,874", "1874", "1.87 billion", "1,87 billion"]]),
 ("investment", "How much extra is ANY investing in the second Gyomaendrőd data hall, and what IT load will it have?",
  [["1,2 billion", "1.2 billion", "1,200 million", "1200 million", "1.2bn"], ["0,8 MW", "0.8 MW", "800 kW", "0,8", "0.8"]]),
 ("person", "Who is the CEO of ANY Security Printing Company?",
  [["Ilona Szentgyörgyi", "Szentgyörgyi", "Szentgyorgyi"]]),
 ("contract", "how big is ANY's new western balkan residence-permit contract",
  [["6,1 million", "6.1 million", "6,1", "6.1"]]),
 ("no-answer", "What EBITDA did ANY Security Printing report for the third quarter of 2026 alone?", NA, ["6 915", "6,915", "6915"]),
 ("no-answer", "What dividend will ANY pay for the 2026 business year?", NA, ["212"]),
],
"02": [
 ("person", "Who will succeed Andrés Felipe Londoño as president of Celsia?",
  [["Catalina Restrepo Uribe", "Catalina Restrepo", "Restrepo Uribe"]]),
 ("person-date", "When does Celsia's new president take office?",
  [["1 January 2027", "January 1, 2027", "2027-01-01", "1 Jan 2027", "01/01/2027", "1/1/2027"]]),
 ("person", "celsia new cfo?",
  [["Julián Mejía Toro", "Julian Mejia Toro", "Mejía Toro", "Mejia Toro", "Julián Mejía"]]),
 ("metric", "Celsia Q3 2026 consolidated EBITDA",
  [["512.306", "512,306", "512306", "512.3 billion", "512,3 billion", "512.31 billion"]]),
 ("metric", "What were Celsia's consolidated revenues in 3T26?",
  [["1,47 billones", "1.47 trillion", "1,470,000 million", "1.470.000 millones", "1,47", "1.47"]]),
 ("metric", "How many homes are connected to Celsia Internet?",
  [["142.000", "142,000", "142000", "142 000", "142k"]]),
 ("contract", "Size and term of the Celsia data-centre PPA?",
  [["120 MW", "120MW"], ["15-year", "15 years", "15 year", "fifteen years", "fifteen-year"]]),
 ("investment", "What is Celsia's 2026-2028 investment plan after the PPA?",
  [["5,3 billones", "5.3 trillion", "5,300,000 million", "5,3", "5.3"]]),
 ("no-answer", "What consolidated revenue did Celsia report for the first nine months of 2026?", NA, ["1,47 billones", "1.47 trillion"]),
 ("no-answer", "What EBITDA did Celsia Internet generate in Q3 2026?", NA, ["38.415", "38,415", "38415"]),
],
"03": [
 ("metric", "What was Econet Wireless Zimbabwe's H1 FY2027 revenue in US dollars?",
  [["251.2", "251,2"]]),
 ("metric", "econet h1 fy27 revenue in ZWG",
  [["6.84 billion", "6.84bn", "6,84 billion", "6,840 million", "6.84"]]),
 ("fx", "Which exchange rate did Econet use to translate its half-year revenue into dollars?",
  [["27.23"]]),
 ("metric", "Econet inflation-adjusted EBITDA margin for the six months to 31 August 2026",
  [["41.3"]]),
 ("metric", "What share of Econet's service revenue came from data and internet in H1 FY2027?",
  [["64"]]),
 ("investment", "How much of Econet's FY2027 capex goes to the EcoHub data centre?",
  [["21 million", "US$21", "$21m", "21m", "21,000,000"]]),
 ("person", "Who becomes Econet's CFO in January 2027?",
  [["Nyasha Kanengoni", "Kanengoni"]]),
 ("dividend", "Econet interim dividend per share?",
  [["0.35", "0,35"]]),
 ("metric", "How many mobile subscribers does Econet Wireless Zimbabwe have?",
  [["13.1 million", "13.1m", "13,100,000", "13.1"]]),
 ("no-answer", "What is the total cost of all phases of Econet's EcoHub data centre?", NA, ["US$21 million", "21 million"]),
],
"04": [
 ("metric", "Shelly Group revenue 2025",
  [["412 386", "412,386", "412386", "412.4 million", "412.39 million", "210 850", "210,850", "210850", "210.85 million", "210.9 million"]]),
 ("metric", "What was Shelly Group's EBITDA margin in 2025?",
  [["23.9"]]),
 ("segment", "Shelly North America revenue 2025?",
  [["88 913", "88,913", "88913", "88.9 million", "88.91 million"]]),
 ("segment", "How fast did Shelly's cloud and subscriptions revenue grow in 2025?",
  [["90.7"]]),
 ("metric", "How many devices were connected to Shelly Cloud at the end of 2025?",
  [["11.3 million", "11,300,000", "11.3m", "11.3"]]),
 ("guidance", "What is Shelly Group's revenue outlook for 2026?",
  [["260-280", "260–280", "260 to 280", "260 million", "260m", "260"], ["280 million", "280m", "280"]]),
 ("dividend", "shelly proposed dividend for 2025",
  [["0.80", "0,80", "0.8 per share", "0.41"]]),
 ("person", "Who is the CFO of Shelly Group SE?",
  [["Svetlina Koleva", "Koleva"]]),
 ("no-answer", "What was Shelly Group's revenue in the fourth quarter of 2025?", NA, ["412 386", "412,386", "412386"]),
 ("no-answer", "What EBITDA did Shelly's North America segment earn in 2024?", NA, ["17 866", "17,866", "17866"]),
],
"05": [
 ("metric", "dLocal total payment volume 2025?",
  [["36.8 billion", "36.8bn", "36,800,000,000", "36,800 million", "36.8"]]),
 ("metric", "What was DLocal Limited's 2025 revenue and how much did it grow?",
  [["1.02 billion", "1.02bn", "1,020,000,000", "1,020 million", "1.02"], ["37"]]),
 ("metric", "dlocal gross profit 2025",
  [["384 million", "384m", "384,000,000", "384"]]),
 ("investment", "How much has dLocal invested in cloud infrastructure and computing for its fraud models?",
  [["45 million", "45m", "45,000,000"]]),
 ("model", "What is dLocal's AI fraud engine called?",
  [["Halcón", "Halcon"]]),
 ("person", "Who is the chief executive of dLocal?",
  [["Martín Echeverry Salaberry", "Martín Echeverry", "Martin Echeverry", "Echeverry"]]),
 ("guidance", "What TPV growth does DLO now expect for 2026?",
  [["35"], ["40"]]),
 ("metric", "How many of dLocal's employees work in Uruguay?",
  [["610"]]),
 ("metric", "How much payment volume did dLocal process in Brazil?",
  [["61 billion", "61bn", "61,000,000,000", "R$ 61"]]),
 ("no-answer", "What was dLocal's net income for 2025?", NA, ["384"]),
],
"06": [
 ("metric", "Sinnet operating revenue first three quarters 2026",
  [["5.71 billion", "5.71bn", "5,710,000,000", "5,710 million", "5.71"]]),
 ("metric", "What was net profit attributable to shareholders of Beijing Sinnet for Jan-Sep 2026, and how did it change?",
  [["382 million", "382m", "382,000,000", "382"], ["12.7"]]),
 ("metric", "300383 Q3 revenue?",
  [["1.98 billion", "1.98bn", "1,980 million", "1,980,000,000", "1.98"]]),
 ("capacity", "How many cabinets does Sinnet operate and what is the utilisation rate?",
  [["68,000", "68000", "68 000", "68k"], ["71"]]),
 ("segment", "sinnet intelligent computing revenue 9M 2026",
  [["612 million", "612m", "612,000,000", "612"]]),
 ("capacity", "How much AI computing power has Sinnet delivered?",
  [["3,500 PFLOPS", "3500 PFLOPS", "3,500", "3500"]]),
 ("investment", "What is Sinnet's planned capital expenditure for 2026?",
  [["2.4 billion", "2.4bn", "2,400 million", "2,400,000,000", "2.4"]]),
 ("person", "Who is the chairman of Sinnet?",
  [["Zhou Qinghe"]]),
 ("no-answer", "What was Sinnet's net profit attributable to shareholders in Q3 2026 alone?", NA, ["382"]),
 ("no-answer", "How many cabinets are in service at Sinnet's Shanghai data centres?", NA, ["68,000", "12,000"]),
],
"07": [
 ("capacity", "What total IT capacity is approved for Solaria's Puertollano data campus?",
  [["160 MW", "160MW"]]),
 ("investment", "Solaria Puertollano data campus total investment",
  [["1.230 million", "1,230 million", "1230 million", "1.23 billion", "1,23 billion", "1.23bn"]]),
 ("investment", "How much does Phase 1 of the Puertollano campus cost and when should it enter service?",
  [["310 million", "310m", "310,000,000"], ["second half of 2028", "H2 2028", "2H 2028", "2H28"]]),
 ("metric", "Solaria 2025 revenue and EBITDA as given in the planning file",
  [["212,6", "212.6"], ["186,3", "186.3"]]),
 ("condition", "what annual water cap applies to the solaria data campus",
  [["90.000", "90,000", "90000", "90 000"]]),
 ("condition", "Maximum PUE allowed for the Puertollano campus?",
  [["1,20", "1.20", "1.2"]]),
 ("event", "When was the decision on Solaria's data-centre campus taken?",
  [["19/11/2026", "19 November 2026", "November 19, 2026", "2026-11-19", "19 Nov 2026"]]),
 ("metric", "How many permanent jobs will the Solaria campus create?",
  [["85"]]),
 ("condition", "What restoration guarantee must Solaria deposit?",
  [["6,2 million", "6.2 million", "6,2", "6.2"]]),
 ("no-answer", "What revenue did Solaria report for the first half of 2025?", NA, ["118,9", "118.9"]),
],
"08": [
 ("metric", "What is HPS's corrected consolidated revenue for H1 2026?",
  [["612,4", "612.4"]]),
 ("metric", "HPS H1 2026 net income group share after correction",
  [["67,3", "67.3"]]),
 ("reason", "Why was Hightech Payment Systems' net income restated?",
  [["deferred tax"], ["France", "French"]]),
 ("segment", "HPS processing revenue H1 2026",
  [["219,5", "219.5"]]),
 ("metric", "by how much did HPS revenue grow in H1 2026 (corrected)?",
  [["11,8", "11.8"]]),
 ("investment", "HPS capex in the first half of 2026?",
  [["118,0", "118.0", "118"]]),
 ("metric", "How many banks use PowerCARD Fraud AI?",
  [["23"]]),
 ("metric", "What was the HPS Solutions order backlog at 30 June 2026?",
  [["1 184", "1,184", "1184", "1.18 billion", "1,18 billion"]]),
 ("person", "Who is the CFO of HPS?",
  [["Karim Bennani Tazi", "Bennani Tazi", "Karim Bennani"]]),
 ("no-answer", "What was HPS's revenue for the second quarter of 2026?", NA, ["612,4", "612.4"]),
],
}

out = []
for nn, qs in Q.items():
    assert len(qs) == 10, nn
    for i, q in enumerate(qs, 1):
        kind, text, ans = q[0], q[1], q[2]
        item = {"id": f"p37-{nn}-q{i:02d}", "doc": D[nn], "kind": kind, "question": text}
        if ans == NA:
            item["answers_all"] = []
            item["expect_status"] = "no_answer"
            if len(q) > 3 and q[3]:
                item["must_not"] = q[3]
        else:
            item["answers_all"] = ans
            if len(q) > 3 and q[3]:
                item["must_not"] = q[3]
        out.append(item)
json.dump(out, open("questions.json", "w"), ensure_ascii=False, indent=1)
print(len(out), sum(1 for x in out if x.get("expect_status") == "no_answer"))

seeds = {s["id"]: s for s in json.load(open("/work/shared/eval/seed_questions.json"))}
PAR = [
 ("s02", "what's in alibaba's all others segment"),
 ("s03", "Alibaba: in which reporting segment are the AI model training costs booked?"),
 ("s04", "Size and horizon of Alibaba's cloud/AI infrastructure spending plan?"),
 ("s05", "On what date did Alibaba unveil the RMB 380bn AI and cloud investment?"),
 ("s06", "Alibaba chief executive?"),
 ("s07", "Wu Yongming is better known by which English name?"),
 ("s08", "List the Qwen model names that appear in the articles."),
 ("s09", "what products run on alibaba's qwen models"),
 ("s10", "What trade or chip restrictions is Alibaba exposed to?"),
 ("s11", "Name Alibaba's main Chinese rivals in AI and cloud."),
 ("s12", "Cloud Intelligence Group revenue, Sept-2024 quarter?"),
 ("s13", "Alibaba cloud revenue growth rates mentioned?"),
 ("s14", "How big is Alibaba Cloud's slice of the worldwide cloud market?"),
 ("s15", "Alibaba Cloud share of China's public-cloud AI market?"),
 ("s16", "global cloud share: AWS vs Microsoft vs Google?"),
 ("s17", "How much AI revenue does Alibaba aim for, and by when?"),
 ("s20", "Number of Qwen-derived models on Hugging Face?"),
 ("s21", "In which city will Alibaba open its global AI innovation hub?"),
 ("s22", "BABA total revenue for the December 2024 quarter?"),
 ("s27", "tencent ceo?"),
]
par = []
for i, (sid, text) in enumerate(PAR, 1):
    s = seeds[sid]
    item = {"id": f"p37-par-{i:02d}", "orig": sid, "kind": s.get("kind"), "question": text,
            "answers_all": s.get("answers_all", [])}
    for k in ("must_not", "expect_status"):
        if k in s:
            item[k] = s[k]
    par.append(item)
json.dump(par, open("paraphrase37.json", "w"), ensure_ascii=False, indent=1)
print(len(par))

FOCUS = {
 D["01"]: ["ANY Security Printing Company PLC", "ANY Security Printing Company", "ANY Security Printing", "ANY Biztonsági Nyomda Nyrt.", "ANY Biztonsági Nyomda"],
 D["02"]: ["Celsia S.A.", "CELSIA S.A.", "Celsia"],
 D["03"]: ["Econet Wireless Zimbabwe Limited", "Econet Wireless Zimbabwe", "Econet"],
 D["04"]: ["SHELLY GROUP SE", "Shelly Group SE", "Shelly Group", "Shelly"],
 D["05"]: ["DLocal Limited", "dLocal"],
 D["06"]: ["Beijing Sinnet Technology Co., Ltd.", "Beijing Sinnet Technology", "Sinnet"],
 D["07"]: ["Solaria Energía y Medio Ambiente, S.A.", "Solaria Energía y Medio Ambiente", "Solaria"],
 D["08"]: ["HIGHTECH PAYMENT SYSTEMS S.A.", "HPS"],
}
json.dump(FOCUS, open("focus_labels.json", "w"), ensure_ascii=False, indent=1)
