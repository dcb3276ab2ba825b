#!/usr/bin/env python3
"""Generate questions.json for probe13 (first-contact set 13)."""
import json, os

NA = {"expect_status": "no_answer"}

def pct(x):
    v = [f"{x}%", f"{x} %", f"{x} percent", f"{x} per cent"]
    if "." not in x:
        v += [f"{x}.0%", f"{x}.0 percent", f"0.{int(x):02d}"]
    return v

D = {}
D["tietoevry_q3_2024_exchange_release.txt"] = [
    ("metric", "What was Tietoevry's revenue in the third quarter of 2024?",
     [["666.9 million", "666.9m", "666,900,000", "666900000", "666.9"]]),
    ("segment", "What reporting segments does Tietoevry have?",
     [["create"], ["banking"], ["care"], ["industry"], ["tech services"]]),
    ("membership", "Which Tietoevry segment contains the Tieto Cards platform?",
     [["banking"]]),
    ("metric", "What was the adjusted EBITA margin of Tietoevry Care in Q3 2024?",
     [pct("20.4")]),
    ("metric", "How much did Tietoevry Create's revenue change in Q3 2024 compared with a year earlier?",
     [["-7.3", "7.3%", "7.3 percent"]]),
    ("guidance", "What is Tietoevry's revised 2024 outlook for adjusted EBITA margin, and what was it before?",
     [["12.8"], ["13.3"], ["13.0"], ["14.0"]]),
    ("reason", "Why did Tietoevry cut its 2024 outlook?",
     [["create"], ["automotive"]]),
    ("people", "Who will succeed Kimmo Alkio as CEO of Tietoevry, and when?",
     [["endre rangnes"], ["1 february 2025", "february 1, 2025", "2025-02-01", "feb 1, 2025"]]),
    ("product", "Which GPUs does Tietoevry Tech Services use for its GPU-as-a-service offering?",
     [["h100"]]),
    ("no-answer", "How much does Tietoevry expect the separation of Tech Services to cost?", NA),
]
D["sakura_internet_ceo_interview.txt"] = [
    ("metric", "What were Sakura Internet's net sales for the fiscal year ended March 31, 2025?",
     [["31.45 billion", "31.45bn", "31,450,000,000", "31450000000", "¥31.45"]]),
    ("metric", "How fast did Sakura Internet's net sales grow in the fiscal year to March 2025?",
     [pct("44.2") + ["44.2"]]),
    ("metric", "What was Sakura Internet's operating profit in the fiscal year ended March 2025, and what was it a year earlier?",
     [["2.41 billion", "2.41bn", "2,410,000,000", "¥2.41"], ["1.10 billion", "1.1 billion", "1.10bn", "1.1bn", "1,100,000,000", "¥1.10"]]),
    ("guidance", "What net sales guidance has Sakura Internet given for the fiscal year ending March 2026?",
     [["35.0 billion", "35 billion", "35bn", "¥35.0", "35,000,000,000"], ["40.0 billion", "40 billion", "40bn", "¥40.0", "40,000,000,000"]]),
    ("reason", "Why did Sakura Internet change its guidance to a range?",
     [["b200"], ["delay", "slipped", "delivery"]]),
    ("investment", "How much does Sakura Internet plan to invest in GPU infrastructure, and over what period?",
     [["100 billion", "100bn", "¥100", "100,000,000,000"], ["five", "5 fiscal years", "5 years", "march 2028"]]),
    ("share", "What is Sakura Internet's share of the Japanese GPU cloud market according to MM Research Institute?",
     [pct("18")]),
    ("deal", "What stake did Sakura Internet take in QTnet Digital and for how much?",
     [pct("10"), ["1.2 billion", "1.2bn", "¥1.2", "1,200,000,000"]]),
    ("people", "Who did Sakura Internet appoint as chief operating officer?",
     [["masaki date"]]),
    ("no-answer", "What is the utilisation rate of Sakura Internet's H100 GPU fleet?", NA),
]
D["khazna_uae_export_licences_wire.txt"] = [
    ("metric", "What was Khazna Data Centers' revenue in 2024?",
     [["1.9 billion", "1.9bn", "1,900,000,000", "aed 1.9", "517 million", "$517"]]),
    ("metric", "How much did Khazna's revenue grow in 2024?",
     [pct("26")]),
    ("metric", "How much live data-centre capacity does Khazna operate, and across how many data centres?",
     [["350 megawatts", "350 mw", "350mw"], ["29"]]),
    ("investment", "How much does Khazna plan to invest over the next three years?",
     [["11 billion", "11bn", "aed 11", "11,000,000,000", "3 billion", "$3 billion", "$3bn"]]),
    ("ownership", "Who is Khazna's majority owner and what stake does it hold?",
     [["g42"], pct("60")]),
    ("product", "Which project is the first phase of the UAE-U.S. AI Campus that Khazna is building, and how large is it?",
     [["stargate uae"], ["1 gigawatt", "1-gigawatt", "1 gw", "1gw"]]),
    ("share", "What share of the UAE wholesale data-centre market does Khazna claim?",
     [pct("70")]),
    ("people", "Who is the chief executive of Khazna Data Centers?",
     [["hassan alnaqbi"]]),
    ("rival", "Which regional rivals compete with Khazna for AI chips and data-centre business?",
     [["humain"], ["datavolt"]]),
    ("no-answer", "What is the value of Khazna's construction contract for the Stargate UAE site?", NA),
]
D["wiwynn_2024_five_takeaways.txt"] = [
    ("metric", "What was Wiwynn's revenue for full-year 2024?",
     [["361.2 billion", "361.2bn", "361,200,000,000", "nt$361.2"]]),
    ("metric", "How much did Wiwynn's fourth-quarter 2024 revenue grow year on year?",
     [pct("69.3") + ["69.3"]]),
    ("metric", "What was Wiwynn's gross margin in 2024 compared with 2023?",
     [pct("9.6") + ["9.6"], pct("9.9") + ["9.9"]]),
    ("metric", "What was Wiwynn's 2024 net income attributable to the parent?",
     [["23.3 billion", "23.3bn", "23,300,000,000", "nt$23.3"]]),
    ("investment", "How much capital expenditure does Wiwynn plan for 2025?",
     [["18 billion", "18bn", "18,000,000,000", "nt$18"]]),
    ("membership", "Which company is Wiwynn's parent and what stake does it hold?",
     [["wistron"], pct("37")]),
    ("people", "Who is the chairman and CEO of Wiwynn?",
     [["emily hong"]]),
    ("share", "Where did TrendForce rank Wiwynn among AI server ODMs and with what share?",
     [["fourth", "4th", "no. 4", "number four"], pct("8")]),
    ("product", "Which NVIDIA rack systems did Wiwynn begin shipping?",
     [["gb200"], ["nvl72"]]),
    ("no-answer", "What share of Wiwynn's revenue came from Microsoft in 2024?", NA),
]
D["opentext_q4_fy2025_call.txt"] = [
    ("metric", "What was OpenText's total revenue in the fourth quarter of fiscal 2025?",
     [["1.307 billion", "1.307bn", "1,307,000,000", "1307000000", "$1.307"]]),
    ("metric", "What was OpenText's cloud revenue in Q4 fiscal 2025 and how fast did it grow?",
     [["470 million", "470m", "$470", "470,000,000"], pct("1.9") + ["1.9"]]),
    ("period", "When does OpenText's fiscal year end?",
     [["june 30", "30 june", "june"]]),
    ("metric", "What was OpenText's revenue for fiscal 2025 and how much did it decline?",
     [["5.168 billion", "5.168bn", "5,168,000,000", "$5.168"], ["10.4"]]),
    ("guidance", "What revenue outlook has OpenText given for fiscal 2026?",
     [["5.15 billion", "5.15bn", "$5.15", "5,150,000,000"], ["5.25 billion", "5.25bn", "$5.25", "5,250,000,000"]]),
    ("reason", "Why did OpenText lower its fiscal 2026 revenue outlook from the investor-day range?",
     [["divest", "portfolio shaping", "non-core"], ["dollar", "currency", "fx"]]),
    ("deal", "To whom did OpenText sell its AMC business and for how much?",
     [["rocket software"], ["2.275 billion", "2.275bn", "$2.275", "2,275,000,000"]]),
    ("product", "Which models power OpenText's Content Aviator and Aviator Studio?",
     [["gemini"], ["fine-tuned", "own models", "own fine-tuned"]]),
    ("rival", "Who are OpenText's main competitors in content management?",
     [["microsoft", "sharepoint"], ["hyland"], ["box"]]),
    ("no-answer", "How much revenue did OpenText's Aviator AI products generate in fiscal 2025?", NA),
]
D["netweb_fy25_results_page.md"] = [
    ("metric", "What was Netweb Technologies' revenue from operations in FY25?",
     [["1,149 crore", "1149 crore", "11.49 billion", "11.49bn", "11,490,000,000", "₹1,149"]]),
    ("metric", "What was Netweb Technologies' profit after tax in FY25, and how much did it grow?",
     [["114.6 crore", "1.146 billion", "1,146,000,000", "₹114.6"], pct("50") + ["50.0"]]),
    ("metric", "What was Netweb Technologies' revenue in Q4 FY25?",
     [["415 crore", "4.15 billion", "4.15bn", "4,150,000,000", "₹415"]]),
    ("segment", "How much revenue did Netweb's AI systems business line generate in FY25?",
     [["262"]]),
    ("membership", "Which Netweb business line includes the Skylus.ai platform?",
     [["private cloud"]]),
    ("product", "Which NVIDIA chip is the Tyrone Camarero range based on?",
     [["gh200", "grace hopper"]]),
    ("metric", "What was Netweb Technologies' EBITDA margin in FY25?",
     [pct("14.5") + ["14.5"]]),
    ("people", "Who is the chairman and managing director of Netweb Technologies?",
     [["sanjay lodha"]]),
    ("share", "What is Netweb's share of India's HPC market according to IDC?",
     [pct("35")]),
    ("no-answer", "What gross margin does Netweb earn on its AI systems business?", NA),
]
D["horizon_robotics_2024_results.html"] = [
    ("metric", "What was Horizon Robotics' revenue in 2024?",
     [["2,384 million", "2,384", "2.384 billion", "2.38 billion", "2384000000", "2,384,000,000"]]),
    ("metric", "How much did Horizon Robotics' revenue grow in 2024?",
     [pct("53.6") + ["53.6"]]),
    ("segment", "What are Horizon Robotics' reporting segments?",
     [["automotive solutions"], ["non-automotive"]]),
    ("membership", "What does Horizon Robotics' license and services revenue cover?",
     [["licens"], ["design services"], ["royalt"]]),
    ("metric", "What was Horizon Robotics' license and services revenue in 2024?",
     [["1,360", "1.36 billion", "1,360,000,000", "1360000000"]]),
    ("metric", "What was Horizon Robotics' gross margin in 2024 and how much did it change?",
     [pct("77.3") + ["77.3"], ["6.8"]]),
    ("product", "Which chip does Horizon SuperDrive run on and when is the first production car due?",
     [["journey 6p"], ["third quarter of 2025", "q3 2025", "3q 2025", "2025-q3"]]),
    ("deal", "What stake does Horizon Robotics hold in CARIZON?",
     [pct("40")]),
    ("share", "What share of China's ADAS computing solutions market did Horizon Robotics hold in 2024?",
     [pct("33.4") + ["33.4"]]),
    ("no-answer", "What is the selling price of Horizon Robotics' Journey 6P chip?", NA),
]
D["telenor_ai_factory_feature.txt"] = [
    ("membership", "Which Telenor unit does the Telenor AI Factory sit in?",
     [["telenor amp"]]),
    ("segment", "Which businesses are part of Telenor Amp?",
     [["maritime"], ["iot"], ["linx"], ["global services"], ["ai factory"]]),
    ("metric", "What was Telenor Amp's revenue in 2024 and how much did it grow?",
     [["6.4 billion", "6.4bn", "6,400,000,000", "nok 6.4"], pct("4.9") + ["4.9"]]),
    ("product", "Which GPUs does Telenor AI Factory use?",
     [["h100"]]),
    ("people", "Who is the chief executive of Telenor AI Factory?",
     [["kaaren hilsen"]]),
    ("investment", "How much did Telenor invest initially in the AI Factory?",
     [["500 million", "500m", "nok 500", "500,000,000"]]),
    ("metric", "What was Telenor Norway's revenue in 2024?",
     [["27.3 billion", "27.3bn", "27,300,000,000", "nok 27.3"]]),
    ("share", "What share of Norway's mobile subscriptions does Telenor hold according to Nkom?",
     [pct("44")]),
    ("rival", "Which company is building Stargate Norway, competing with Telenor's AI Factory?",
     [["nscale"]]),
    ("no-answer", "What was Telenor AI Factory's revenue in 2024?", NA),
]

out = []
for i, (doc, qs) in enumerate(D.items(), 1):
    assert len(qs) == 10, doc
    for j, (kind, q, ans) in enumerate(qs, 1):
        item = {"id": f"p13-{i:02d}-q{j:02d}", "doc": doc, "kind": kind, "question": q}
        if ans is NA:
            assert j == 10
            item.update(NA)
        else:
            item["answers_all"] = ans
        out.append(item)
here = os.path.dirname(os.path.abspath(__file__))
json.dump(out, open(os.path.join(here, "questions.json"), "w"), indent=1, ensure_ascii=False)
print(len(out), "questions written")
