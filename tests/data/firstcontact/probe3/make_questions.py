import json
from decimal import Decimal

def num(x, scale, words):
    """x: string like '4.3', scale: 1e9 etc, words: list of scale words e.g. ['billion','bn']"""
    d = Decimal(x.replace(",", "")) * Decimal(scale)
    i = int(d)
    v = [f"{x} {w}" for w in words] + [f"{x}{w}" for w in words if len(w) <= 2]
    v += [f"{i:,}", str(i)]
    m = f"{i:e}".split("e")
    mant = m[0].rstrip("0").rstrip(".")
    v.append(f"{mant}e{int(m[1])}")
    return v

def bn(x): return num(x, 10**9, ["billion", "bn"])
def mn(x): return num(x, 10**6, ["million", "mn", "m"])
def tn(x): return num(x, 10**12, ["trillion", "tn"])
def crore(x):
    d = int(Decimal(x.replace(",", "")) * 10**7)
    return [f"{x} crore", f"{x.replace(',', '')} crore", f"{d:,}", str(d), f"{d/1e9:g} billion", f"{d/1e9:g}bn"]
def pct(x): return [f"{x}%", f"{x} %", f"{x} percent", f"{x} per cent"]

Q = []
def q(doc, kind, question, answers, must_not=None, no_answer=False):
    stem = doc.split("_")[0]
    n = sum(1 for e in Q if e["doc"] == doc) + 1
    e = {"id": f"{stem}-q{n:02d}", "doc": doc, "kind": kind, "question": question,
         "answers_all": [] if no_answer else answers}
    if must_not: e["must_not"] = must_not
    if no_answer: e["expect_status"] = "no_answer"
    Q.append(e)

d = "r01_amd.txt"
q(d, "segment", "Which AMD segment includes the semi-custom chips for PlayStation and Xbox consoles?", [["Client and Gaming"]])
q(d, "metric", "What revenue did AMD's Data Center segment report in Q3 2025?", [bn("4.3")])
q(d, "metric", "By how much did AMD's Embedded revenue change year over year in the third quarter of 2025?", [pct("8")])
q(d, "guidance", "What revenue does AMD expect for the fourth quarter of 2025?", [bn("9.6")])
q(d, "person", "Who is AMD's chief financial officer?", [["Jean Hu"]])
q(d, "model", "Which AMD GPU series will OpenAI deploy first, in the second half of 2026?", [["MI450"]])
q(d, "partnership", "How many gigawatts of AMD Instinct GPUs will OpenAI deploy under their agreement?", [["6 gigawatts", "6 gigawatt", "6 gw", "6gw", "6.0 gw", "6 gigawatts"]])
q(d, "stake", "How many AMD shares can OpenAI acquire through the warrant AMD issued?", [mn("160")])
q(d, "share", "What share of x86 server CPU units did AMD hold in Q3 2025 according to Mercury Research?", [pct("27.8")])
q(d, "no-answer", "Who is AMD's chief technology officer?", [], no_answer=True)

d = "r02_tsmc.html"
q(d, "metric", "What was TSMC's revenue in NT dollars for the third quarter of 2025?", [bn("989.92")])
q(d, "segment", "What share of TSMC's third-quarter 2025 revenue came from High Performance Computing?", [pct("57")])
q(d, "segment", "Which TSMC platform covers the GPUs it builds for Nvidia and AMD?", [["High Performance Computing", "HPC"]])
q(d, "investment", "What is TSMC's capital expenditure budget for 2025?",
  [["40 billion", "40bn", "40-42", "40 to 42", "40,000,000,000", "40000000000"], ["42 billion", "42bn", "42,000,000,000", "42000000000"]])
q(d, "guidance", "What full-year 2025 revenue growth does TSMC now expect in US dollar terms?", [["mid-30s", "mid 30s", "mid-30", "mid 30"]])
q(d, "person", "Who is TSMC's chief financial officer?", [["Wendell Huang"]])
q(d, "share", "What was TSMC's share of the global foundry market in the second quarter of 2025, according to TrendForce?", [pct("70.2")])
q(d, "investment", "How much does TSMC plan to invest in Arizona?", [bn("165")])
q(d, "model", "Which TSMC process node adds backside power delivery?", [["A16"]])
q(d, "no-answer", "How many employees does TSMC have?", [], no_answer=True)

d = "r03_asml.md"
q(d, "metric", "What were ASML's net bookings in Q3 2025?", [bn("5.4")])
q(d, "segment", "What does ASML's Installed Base Management business cover?", [["service", "upgrade"]])
q(d, "segment", "How much revenue did ASML's Installed Base Management generate in the third quarter of 2025?", [bn("1.9")])
q(d, "guidance", "What net sales does ASML expect for the fourth quarter of 2025?",
  [["9.2 billion", "9.2bn", "9.2-9.8", "9.2 to 9.8", "9,200,000,000", "9200000000"], ["9.8 billion", "9.8bn", "9,800,000,000", "9800000000"]])
q(d, "investment", "How much did ASML invest in Mistral AI?", [bn("1.3")])
q(d, "stake", "What stake did ASML take in Mistral AI?", [pct("11")])
q(d, "person", "Who is the chief executive of ASML?", [["Christophe Fouquet"]])
q(d, "share", "What share of ASML's system sales came from China in Q3 2025?", [pct("42")])
q(d, "model", "Which second-generation High-NA EUV tool has ASML now shipped?", [["EXE:5200B", "EXE:5200", "EXE 5200", "EXE5200"]])
q(d, "no-answer", "How much did ASML spend on research and development in Q3 2025?", [], no_answer=True)

d = "r04_sony.txt"
q(d, "guidance", "What operating income does Sony now forecast for the fiscal year ending March 31, 2026?", [tn("1.43") + ["1,430 billion", "1430 billion"]])
q(d, "segment", "Which Sony segment makes CMOS image sensors?", [["Imaging & Sensing Solutions", "Imaging and Sensing Solutions", "I&SS"]])
q(d, "metric", "How much operating income did Sony's Imaging & Sensing Solutions segment earn in the quarter ended September 30, 2025?", [bn("145.5")])
q(d, "metric", "What were Sony's Game & Network Services sales in the second quarter of fiscal 2025?", [bn("1,051.6") + ["1051.6 billion", "1.0516 trillion", "1,051,600,000,000", "1051600000000"]])
q(d, "person", "Who is Sony's chief financial officer?", [["Lin Tao"]])
q(d, "share", "What share of the global image sensor market does Sony hold?", [pct("53")])
q(d, "metric", "How many monthly active users does PlayStation Network have?", [mn("119")])
q(d, "stake", "How much did Sony pay for its stake in Bandai Namco?", [bn("68")])
q(d, "model", "Which version of GT Sophy is available to Gran Turismo 7 players?", [["2.1"]])
q(d, "no-answer", "What dividend per share will Sony pay for fiscal 2025?", [], no_answer=True)

d = "r05_naver.txt"
q(d, "metric", "What was Naver's consolidated revenue in the third quarter of 2025?", [tn("3.1381") + ["3,138.1 billion", "3138.1 billion"]])
q(d, "segment", "Which Naver segment includes Naver Cloud?", [["Enterprise"]])
q(d, "segment", "How much revenue did Naver's Commerce segment report in Q3 2025?", [bn("951.7")])
q(d, "stake", "How much of Naver Financial does Naver own?", [pct("69")])
q(d, "partnership", "How many Nvidia GPUs will Naver Cloud take?", [["60,000", "60000", "60 thousand"]])
q(d, "model", "What is Naver's flagship AI model family called?", [["HyperCLOVA X", "HyperCLOVA"]])
q(d, "person", "Who is the chief executive of Naver?", [["Choi Soo-yeon", "Choi Soo-yeon", "Choi Sooyeon", "Soo-yeon Choi"]])
q(d, "share", "What share of Korean web search queries did Naver have in October 2025?", [pct("62.9")])
q(d, "investment", "How much capital expenditure does Naver expect for 2025?", [tn("1") + ["1,000 billion", "1000 billion", "1e12"]])
q(d, "no-answer", "What exchange ratio was agreed for the share swap between Naver Financial and Dunamu?", [], no_answer=True)

d = "r06_tcs.txt"
q(d, "metric", "What was TCS's consolidated revenue in Q2 FY2026?", [crore("65,799")])
q(d, "metric", "What was TCS's headcount at the end of September 2025?", [["593,314", "593314"]])
q(d, "segment", "What share of TCS revenue came from BFSI in the quarter ended September 30, 2025?", [pct("32.2")])
q(d, "segment", "Which geographies does TCS's Regional Markets and Others segment cover?", [["India"]])
q(d, "investment", "How much will TCS invest in its 1-gigawatt AI data centre business?",
  [["6 billion", "6bn", "6-7", "6 to 7", "6,000,000,000", "6000000000"], ["7 billion", "7bn", "7,000,000,000", "7000000000"]])
q(d, "metric", "What total contract value of deals did TCS sign in the second quarter of fiscal 2026?", [bn("10")])
q(d, "person", "Who is TCS's chief financial officer?", [["Samir Seksaria"]])
q(d, "investment", "How much is TCS paying for ListEngage?", [mn("72.8")])
q(d, "ranking", "How did Everest Group rate TCS in its PEAK Matrix for AI and generative AI services?", [["Leader"]])
q(d, "no-answer", "What revenue growth guidance has TCS given for fiscal 2026?", [], must_not=["3-5%"], no_answer=True)

d = "r07_broadcom.txt"
q(d, "metric", "What was Broadcom's AI semiconductor revenue in fiscal Q3 2025?", [bn("5.2")])
q(d, "segment", "How much revenue did Broadcom's infrastructure software segment generate in the third fiscal quarter of 2025?", [bn("6.79")])
q(d, "segment", "Which Broadcom segment includes VMware?", [["Infrastructure software"]])
q(d, "guidance", "What AI semiconductor revenue does Broadcom expect in the fourth fiscal quarter of 2025?", [bn("6.2")])
q(d, "guidance", "What total revenue is Broadcom guiding for its fiscal fourth quarter?", [bn("17.4")])
q(d, "person", "Who is Broadcom's CFO?", [["Kirsten Spears"]])
q(d, "partnership", "How much in production orders did Broadcom's new XPU customer place?", [bn("10")])
q(d, "model", "Which Broadcom Ethernet switch chip moves 102.4 terabits per second?", [["Tomahawk 6", "Tomahawk6"]])
q(d, "share", "What share of the custom AI accelerator market does Broadcom hold, according to Counterpoint Research?", [pct("70")])
q(d, "no-answer", "What were Broadcom's capital expenditures in fiscal Q3 2025?", [], no_answer=True)

d = "r08_deutsche_telekom.txt"
q(d, "guidance", "What adjusted EBITDA AL does Deutsche Telekom now expect for 2025?", [bn("45.8")])
q(d, "segment", "What does Deutsche Telekom's Systems Solutions segment consist of?", [["T-Systems"]])
q(d, "metric", "What revenue did Deutsche Telekom's Germany segment report in Q3 2025?", [bn("6.4")])
q(d, "stake", "What stake does Deutsche Telekom hold in T-Mobile US?", [pct("52")])
q(d, "investment", "How much are Deutsche Telekom and Nvidia investing in the Munich AI factory?", [bn("1")])
q(d, "metric", "How many Nvidia GPUs will Deutsche Telekom's Industrial AI Cloud house?", [["10,000", "10000", "10 thousand"]])
q(d, "person", "Who is Deutsche Telekom's chief executive?", [["Tim Höttges", "Höttges", "Hottges", "Hoettges"]])
q(d, "partnership", "Which company developed the AI Phone with Deutsche Telekom?", [["Perplexity"]])
q(d, "ranking", "What brand value did Brand Finance assign to Deutsche Telekom in its 2025 ranking?", [bn("73.3")])
q(d, "no-answer", "How many employees does Deutsche Telekom have?", [], no_answer=True)

for e in Q:
    for vs in e["answers_all"]:
        # dedupe preserving order
        seen = []
        for v in vs:
            if v not in seen: seen.append(v)
        vs[:] = seen
json.dump(Q, open("questions.json", "w"), indent=1, ensure_ascii=False)
print(len(Q))
