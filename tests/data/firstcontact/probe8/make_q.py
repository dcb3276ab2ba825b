import json, re
def amt(s):
    """'29.8 billion' -> spelling variants"""
    m = re.match(r"([\d.,]+) (billion|million|trillion|crore)$", s)
    num, unit = m.group(1), m.group(2)
    x = float(num.replace(",", ""))
    mult = {"billion":1e9,"million":1e6,"trillion":1e12,"crore":1e7}[unit]
    v = int(round(x*mult))
    out = [s, f"{num}{'bn' if unit=='billion' else 'm' if unit=='million' else 'tn' if unit=='trillion' else ' crore'}",
           f"{num} {'bn' if unit=='billion' else 'mn' if unit=='million' else 'tn' if unit=='trillion' else 'cr'}",
           f"{v:,}", str(v)]
    if unit == "crore":
        out += [num.replace(",", "") + " crore"]
        b = x*1e7/1e9
        out += [f"{b:g} billion"]
    if unit == "billion" and x < 1000:
        out += [f"{x*1000:,.0f} million"]
    if unit == "trillion":
        out += [f"{x*1000:,.0f} billion"]
    if num.endswith(".0"):
        out += amt(num[:-2] + " " + unit)
    return list(dict.fromkeys(out))
def pct(p):
    return [f"{p}%", f"{p} %", f"{p} percent", f"{p} per cent", f"{float(p)/100:g}"] if "." in str(p) or int(p) >= 10 else [f"{p}%", f"{p} %", f"{p} percent", f"{p} per cent"]
Q = []
def add(doc, kind, q, ans=None, **kw):
    n = sum(1 for x in Q if x["doc"] == doc) + 1
    di = int(doc[1:3])
    d = {"id": f"p8-{di:02d}-q{n:02d}", "doc": doc, "kind": kind, "question": q}
    if ans is None:
        d["expect_status"] = "no_answer"; d["answers_all"] = []
    else:
        d["answers_all"] = ans
    d.update(kw)
    Q.append(d)

D="f01_dell_q2_fy26.txt"
add(D,"segment","How much revenue did Dell's Infrastructure Solutions Group bring in during fiscal Q2 2026?",[amt("16.8 billion")])
add(D,"metric","By how much did Dell's servers and networking sales grow year on year in the quarter ended August 1, 2025?",[pct(69)])
add(D,"metric","What was the size of Dell's AI server backlog at the end of the second quarter?",[amt("11.7 billion")])
add(D,"guidance","What does Dell now expect to ship in AI servers this fiscal year, and what was its earlier forecast?",[amt("20 billion"),amt("15 billion")])
add(D,"person","Who is serving as Dell's interim chief financial officer?",[["David Kennedy"]])
add(D,"person","Which Dell CFO is stepping down?",[["Yvonne McGill"]])
add(D,"product","Which PowerEdge server is built around Nvidia's Blackwell Ultra B300 GPUs?",[["XE9780"]])
add(D,"share","What share of worldwide server revenue did Dell hold according to IDC?",[pct(17.9)])
add(D,"reason","Why did Dell's gross margin rate decline in the second quarter?",[["richer mix","mix of ai","lower margin","aggressive pricing","competitive"]])
add(D,"no-answer","How much did Dell spend on research and development in fiscal Q2 2026?")

D="f02_vodafonethree.md"
add(D,"investment","How much is VodafoneThree planning to invest in its network, and over how long?",[amt("11 billion"),["ten years","10 years","10-year","ten-year","p10y"]])
add(D,"share","What stake does CK Hutchison hold in VodafoneThree?",[pct(49)])
add(D,"person","Who is the chief executive of VodafoneThree?",[["Max Taylor"]])
add(D,"partner","Which vendors are supplying VodafoneThree's radio equipment?",[["Ericsson"],["Nokia"]])
add(D,"product","What is VodafoneThree's AI network operations platform called?",[["Network Autopilot 2.0"]])
add(D,"guidance","To what range did Vodafone lift its full-year adjusted EBITDAaL outlook?",[amt("11.3 billion"),amt("11.6 billion")])
add(D,"person","Who will take over from Luka Mucic as Vodafone's finance chief?",[["Pilar López","Pilar Lopez"]])
add(D,"share","According to Enders Analysis, what percentage of UK mobile subscriptions does VodafoneThree have?",[pct(41)])
add(D,"metric","What yearly savings does VodafoneThree expect from integrating the two networks?",[amt("700 million")])
add(D,"no-answer","What EBITDA did VodafoneThree report for the six months to September 2025?")

D="f03_nec_analyst_note.txt"
add(D,"guidance","What is NEC's new full-year adjusted operating profit forecast, and what was it before?",[amt("330 billion"),amt("300 billion")])
add(D,"segment","How much revenue did NEC's IT Services segment generate in the first half of fiscal 2025?",[amt("1.02 trillion")])
add(D,"model","Which version of its cotomi language model is NEC offering now?",[["cotomi v2","cotomi 2","v2"]])
add(D,"investment","How much is NEC paying to acquire CSG Systems International?",[amt("2.9 billion")])
add(D,"product","Which NEC unit will CSG be combined with?",[["Netcracker"]])
add(D,"person","Who is set to become NEC's CFO in April 2026?",[["Toshifumi Yoshizaki"]])
add(D,"share","What was NEC's share of the Japanese IT services market in 2024, per IDC Japan?",[pct(9.1)])
add(D,"investment","How much capital expenditure does NEC plan for fiscal 2025?",[amt("110 billion")])
add(D,"reason","Why is NEC buying CSG Systems?",[["recurring software","recurring"]])
add(D,"no-answer","What dividend per share will NEC pay for fiscal 2025?")

D="f04_hexaware_q3_2025.txt"
add(D,"metric","What was Hexaware's revenue from operations in the September 2025 quarter?",[amt("3,429 crore")])
add(D,"metric","How much net profit did Hexaware make in Q3 2025?",[amt("390 crore")])
add(D,"guidance","What constant-currency revenue growth is Hexaware guiding to for calendar 2025?",[["10%","10 %","10 percent","10 per cent","10-12","10 to 12","0.1"],["12%","12 %","12 percent","12 per cent","0.12"]])
add(D,"person","Who is Hexaware's new chief financial officer?",[["Vikash Jain"]])
add(D,"investment","Which firm did Hexaware acquire to build global capability centres for clients?",[["SMC Squared","SMC2"]])
add(D,"product","What is the latest version of Hexaware's RapidX platform?",[["RapidX 3.0","3.0"]])
add(D,"segment","How much revenue did Hexaware's Financial Services unit generate in the quarter?",[amt("155 million")])
add(D,"share","How much of Hexaware does Carlyle still own?",[pct(74)])
add(D,"metric","How big was Hexaware's IPO in February 2025?",[amt("8,750 crore")])
add(D,"no-answer","What was Hexaware's employee attrition rate in Q3 2025?")

D="f05_infineon_q4_fy25.txt"
add(D,"guidance","How much revenue does Infineon expect from AI power supply solutions in fiscal 2026?",[amt("1.5 billion")])
add(D,"metric","What was Infineon's revenue in the fourth quarter of fiscal 2025?",[amt("3.94 billion")])
add(D,"segment","What revenue did Infineon's Power & Sensor Systems division report for the quarter ended September 30, 2025, and how much did it grow?",[amt("1.18 billion"),pct(14)])
add(D,"investment","What business did Infineon buy from Marvell, and for how much?",[["automotive ethernet"],amt("2.5 billion")])
add(D,"person","Who is Infineon's chief financial officer?",[["Sven Schneider"]])
add(D,"product","Which Infineon MOSFET family was launched for AI server racks in October?",[["coolsic"],["g2"]])
add(D,"share","What was Infineon's share of the global automotive semiconductor market in 2024 according to TechInsights?",[pct(13.5)])
add(D,"investment","How much does Infineon plan to invest in fiscal 2026?",[amt("2.2 billion")])
add(D,"partner","Which company is Infineon working with on an 800-volt HVDC power architecture?",[["Nvidia"]])
add(D,"no-answer","How many employees does Infineon have?")

D="f06_moonshot_kimi.html"
add(D,"model","What is the newest model Moonshot AI has released?",[["Kimi K2 Thinking"]])
add(D,"metric","How many total and activated parameters does Kimi K2 have?",[["1 trillion","1 tn","1tn","1,000,000,000,000","1000000000000","1000 billion","1e12"],amt("32 billion")])
add(D,"person","Who founded Moonshot AI?",[["Yang Zhilin"]])
add(D,"share","How big a stake does Alibaba have in Moonshot?",[pct(36)])
add(D,"metric","At what valuation is Moonshot raising its new funding?",[amt("4 billion")])
add(D,"partner","Which investor is leading Moonshot's new funding round?",[["IDG Capital","IDG"]])
add(D,"share","What share of Chinese chatbot monthly active users did Kimi have in the third quarter, per QuestMobile?",[["4%","4 %","4 percent","4 per cent","0.04"]])
add(D,"investment","How much does Moonshot plan to spend on computing power in 2026?",[amt("1 billion")])
add(D,"person","Who is Moonshot AI's president?",[["Zhang Yutong"]])
add(D,"no-answer","What revenue did Moonshot AI make in 2024?")

D="f07_swisscom_q3_2025.txt"
add(D,"investment","How much did Swisscom pay for Vodafone Italia?",[amt("8.0 billion")])
add(D,"segment","What revenue did Fastweb + Vodafone generate in the first nine months of 2025?",[amt("5.56 billion")])
add(D,"person","Who is the CEO of Swisscom's Italian unit?",[["Walter Renna"]])
add(D,"person","Who will succeed Eugen Stermetz as Swisscom's CFO?",[["Mirjam Aubert"]])
add(D,"product","Which Nvidia systems will Swisscom's second AI cluster be based on?",[["GB200 NVL72","GB200"]])
add(D,"guidance","What revenue does Swisscom expect for 2025?",[amt("15.0 billion"),amt("15.2 billion")])
add(D,"investment","How much capital expenditure does Swisscom plan for 2025?",[amt("3.3 billion")])
add(D,"share","What is Swisscom's share of Swiss mobile subscriptions, according to ComCom?",[pct(56)])
add(D,"model","Which open Swiss language model can customers use on Swisscom's AI platform?",[["Apertus"]])
add(D,"no-answer","What price did Swisscom pay for its 70% stake in Kudelski Security's managed services unit?")

D="f08_telstra_ai_jv.txt"
add(D,"investment","How much will Telstra put into its AI joint venture with Accenture, and over what period?",[amt("700 million"),["five years","5 years","5-year","five-year","p5y"]])
add(D,"share","What stake does Accenture hold in the AI joint venture with Telstra?",[pct(40)])
add(D,"person","Who leads the Telstra-Accenture AI joint venture?",[["Kim Krogh Andersen"]])
add(D,"metric","What was Telstra's underlying EBITDA for FY25?",[amt("8.6 billion")])
add(D,"segment","How much EBITDA did Telstra's Mobile segment earn in the year to June 2025?",[amt("5.5 billion")])
add(D,"guidance","What underlying EBITDA is Telstra guiding to for FY26?",[amt("8.15 billion"),amt("8.25 billion")])
add(D,"person","Who runs Telstra InfraCo?",[["Amanda Hutton"]])
add(D,"person","Who is replacing John Mullen as Telstra's chairman?",[["Craig Dunn"]])
add(D,"share","What share of Australian mobile services does Telstra have according to Telsyte?",[pct(41)])
add(D,"no-answer","What dividend per share did Telstra declare for FY25?")

json.dump(Q, open("questions.json","w"), indent=1, ensure_ascii=False)
print(len(Q))
