import json
D = {
 "01": "01_fixstars_personnel_change_notice.txt",
 "02": "02_allieddigital_monitoring_agency_report.txt",
 "03": "03_coveo_material_change_report.txt",
 "04": "04_objective_asx_price_query.txt",
 "05": "05_chenbro_mops_material_info.html",
 "06": "06_sonatel_brvm_communique.html",
 "07": "07_netcall_opinion_column.txt",
 "08": "08_cyfrowypolsat_green_bond_allocation.md",
}
NA = "no_answer"
Q = {
"01": [
 ("person", "Who will become Fixstars' new President & CEO?", [["Shuhei Kanazaki", "Kanazaki Shuhei"]]),
 ("metric", "fixstars FY2026 net sales", [["12,846", "12846", "12.8 billion", "12.85 billion"]]),
 ("metric", "What operating profit did 3687 report for the fiscal year ended September 30, 2026, and how much did it grow?", [["3,512", "3512", "3.5 billion", "3.51 billion"], ["18.9"]]),
 ("guidance", "What operating profit does Fixstars forecast for FY2027?", [["3,900", "3900", "3.9 billion"]]),
 ("target", "What are the net sales and operating profit targets in Fixstars' medium-term plan for the year ending September 2029?", [["18.0 billion", "18 billion", "18,000 million", "18,000"], ["5.4 billion", "5,400 million", "5,400"]]),
 ("person", "Fixstars CFO change - who is leaving and who takes over?", [["Mayumi Oshiro", "Oshiro"], ["Takeshi Nagahama", "Nagahama"]]),
 ("metric", "How many Fixstars shares does the incoming representative director hold?", [["412,300", "412300"]]),
 ("investment", "How much does Fixstars plan to spend on its in-house GPU cluster in FY2027?", [["2.1 billion", "2,100 million", "2100 million", "2,100"]]),
 ("metric", "What were Fixstars' net sales in the fourth quarter of FY2026 (July-September 2026)?", None),
 ("person", "What annual compensation will Shuhei Kanazaki receive as President?", None),
],
"02": [
 ("investment", "How much did Allied Digital Services raise through its QIP?", [["450.00 crore", "450 crore", "4,500 million", "4500 million", "4.5 billion"]]),
 ("metric", "allied digital QIP net proceeds after issue expenses?", [["438.55"]]),
 ("investment", "How much of the QIP money had Allied Digital spent on the Rabale GPU capex object by September 30, 2026?", [["112.40", "112.4", "11,240.00 lakh", "11,240 lakh", "1,124 million"]]),
 ("metric", "How much of Allied Digital's QIP proceeds remained unutilised at the end of September 2026?", [["186.85"]]),
 ("acquisition", "What did Allied Digital acquire with QIP money during Q2 FY27 and for how much?", [["Larchmont Data Systems", "Larchmont"], ["4.35 million", "US$4.35 million", "38.20", "38.2 crore"]]),
 ("investment", "What is the revised completion date for Allied Digital's GPU infrastructure object, and why was it delayed?", [["September 30, 2027", "30 September 2027", "Sep 30, 2027", "2027-09-30"], ["delivery", "delay in delivery"]]),
 ("metric", "how many GPUs has Allied Digital ordered and how many are installed", [["512"], ["256"]]),
 ("person", "Which monitoring agency reports on the use of Allied Digital's QIP proceeds?", [["Crestmark Ratings", "Crestmark"]]),
 ("metric", "What was Allied Digital's revenue in Q2 FY27?", None),
 ("investment", "What price per GPU did Allied Digital pay for the GPUs at Rabale?", None),
],
"03": [
 ("metric", "Coveo Q2 fiscal 2027 total revenue?", [["38.6 million", "38.6"]]),
 ("metric", "What was CVO's SaaS subscription revenue in the quarter ended September 30, 2026 and its growth?", [["36.1"], ["14%", "14 %", "14 per cent"]]),
 ("guidance", "What is Coveo's new fiscal 2027 SaaS subscription revenue guidance, and what was it before?", [["US$143 million to US$146 million", "143 million to US$146 million", "143", "$143-146 million"], ["US$150 million to US$153 million", "150 million to US$153 million", "150", "$150-153 million"]]),
 ("guidance", "coveo adjusted operating income guidance FY27", [["US$5 million to US$7 million", "5 million to US$7 million", "$5-7 million", "5-7 million"]]),
 ("guidance", "Why did Coveo lower its fiscal 2027 guidance?", [["longer sales cycles", "sales cycles"], ["Europe"], ["commerce"]]),
 ("person", "Who will be Coveo's interim CFO after Marie-Josée Tremblay-Roy leaves?", [["Olivier Bastarache", "Bastarache"]]),
 ("metric", "How many jobs is Coveo cutting and what restructuring charge will it take?", [["45"], ["C$4.2 million", "4.2 million", "CAD 4.2 million"]]),
 ("metric", "How many customers use Coveo Relevance Generative Answering?", [["214"]]),
 ("buyback", "How many shares can Coveo repurchase under its renewed NCIB?", [["4,200,000", "4200000", "4.2 million"]]),
 ("metric", "What was Coveo's net loss in the second quarter of fiscal 2027?", None),
],
"04": [
 ("contract", "What is the value and term of Objective Corporation's new federal government contract?", [["38.5 million", "A$38.5 million", "$38.5m"], ["five years", "5 years", "five-year", "5-year"]]),
 ("event", "OCL share price move that triggered the ASX query?", [["14.20"], ["17.05"]]),
 ("metric", "What revenue did Objective report for FY26?", [["148.3"]]),
 ("metric", "objective ARR at 30 june 2026", [["131.7"]]),
 ("guidance", "What FY27 guidance did Objective reaffirm?", [["12% to 14%", "12-14%", "12% and 14%", "12 to 14"]]),
 ("contract", "What New Zealand contract did Objective renew and on what terms?", [["RegWorks"], ["NZ$6.2 million", "6.2 million"], ["three years", "3 years"]]),
 ("investment", "How much will Objective spend on sovereign cloud and AI development in FY27?", [["11.0 million", "A$11.0 million", "11 million", "11.0"]]),
 ("person", "Who is Objective Corporation's company secretary?", [["Renata Voss"]], ["Declan Furness"]),
 ("metric", "What was Objective Corporation's net profit after tax for FY26?", None),
 ("guidance", "What FY27 revenue in dollars is Objective guiding to?", None),
],
"05": [
 ("metric", "What was Chenbro Micom's operating revenue in Q3 2026?", [["5,412,318", "5412318", "5.41 billion", "5,412 million", "5.4 billion"]]),
 ("metric", "Chenbro Q3 EPS?", [["7.14"]], ["19.86"]),
 ("investment", "How much will Chenbro spend on its new plant and machinery?", [["2,860,000", "2860000", "2.86 billion", "2,860 million"]]),
 ("place", "Where will Chenbro build Plant No. 5?", [["Bade"], ["Taoyuan"]]),
 ("contract", "Who is the construction contractor for Chenbro's new plant?", [["Hsin Yuan Construction", "Hsin Yuan"]]),
 ("metric", "chenbro gross margin q3 2026", [["31.6"]]),
 ("metric", "What was 8210's operating revenue for January-September 2026?", [["15,338,904", "15338904", "15.34 billion", "15.3 billion", "15,339 million"]]),
 ("share", "What share of Chenbro's Q3 2026 revenue came from server chassis for AI and cloud customers?", [["63%", "63 %", "63 percent"]]),
 ("investment", "What monthly capacity is planned for Chenbro's new plant and when will it be completed?", [["6,000", "6000"], ["400"], ["second quarter of 2028", "Q2 2028", "2Q 2028"]]),
 ("metric", "What was Chenbro's revenue for October 2026?", None),
],
"06": [
 ("metric", "What was Sonatel's consolidated revenue for the nine months to September 2026?", [["1 412,6", "1,412.6", "1412.6", "1 412.6", "1.41 trillion"]]),
 ("metric", "sonatel ebitda margin 9m 2026", [["48,4", "48.4"]]),
 ("segment", "How much revenue did Sonatel's Mali business generate in the first nine months of 2026?", [["398,5", "398.5"]]),
 ("person", "Who is Sonatel's new CEO and whom did he succeed?", [["Aliou Ndiaye-Sarr", "Ndiaye-Sarr"], ["Cheikh Tidiane Mbengue", "Mbengue"]]),
 ("investment", "How much did SNTS spend on data centres and its sovereign AI cloud in 9M 2026?", [["32,0", "32.0", "32 billion"]]),
 ("investment", "What is the new IT capacity of Sonatel's Diamniadio data centre?", [["6 MW"]]),
 ("metric", "How many active Orange Money customers does Sonatel have?", [["14,2 million", "14.2 million", "14,2", "14.2"]]),
 ("guidance", "What are Sonatel's 2026 targets for revenue growth and capex?", [["6 % and 8 %", "6% and 8%", "6-8%", "6 % to 8 %"], ["330"]]),
 ("metric", "What was Sonatel's cloud and data-centre revenue over the nine months and how fast did it grow?", [["27,4", "27.4"], ["31 %", "31%"]]),
 ("metric", "What net profit did Sonatel make in the nine months to 30 September 2026?", None),
],
"07": [
 ("metric", "What was Netcall's revenue for the year to 30 June 2026?", [["52.4"]], ["88.9"]),
 ("metric", "Netcall cloud revenue FY26 and growth?", [["31.8"], ["22 per cent", "22%", "22 %"]]),
 ("metric", "netcall cloud ARR at year end", [["38.6"]]),
 ("metric", "What adjusted EBITDA did Netcall report for FY26?", [["12.1"]]),
 ("metric", "How much net cash did Netcall have at 30 June 2026?", [["41.7"]]),
 ("person", "Who is Netcall's chief executive?", [["Harriet Coombe"]], ["Rupert Mallinson"]),
 ("metric", "How many Netcall customers pay for AI features, and what was the TCV of AI contract wins?", [["167"], ["4.8 million", "£4.8 million", "4.8"]]),
 ("guidance", "What adjusted EBITDA is expected for Netcall in the year to June 2027?", [["13.0 million", "£13.0 million", "13.0", "13 million"]]),
 ("metric", "What was Netcall's statutory profit before tax for FY2026?", None),
 ("metric", "What was Netcall's cloud ARR at 30 June 2025?", None),
],
"08": [
 ("investment", "How big is Cyfrowy Polsat's green bond issue?", [["1,500.0 million", "1,500.0", "1,500 million", "1.5 billion", "1500"]]),
 ("metric", "What coupon do Cyfrowy Polsat's Series G1 green bonds pay?", [["1.85%", "1.85 %"], ["WIBOR"]]),
 ("investment", "How much green-bond money had Cyfrowy Polsat allocated to energy-efficient data centres by 30 June 2026?", [["326.6"]]),
 ("investment", "polsat green bond proceeds allocated in H1 2026 total", [["339.0", "339"]]),
 ("investment", "How much of the Cyfrowy Polsat green bond was still unallocated at mid-2026?", [["412.2"]]),
 ("metric", "What PUE did Cyfrowy Polsat's Warsaw data centre reach in H1 2026?", [["1.29"]]),
 ("metric", "How many GPU accelerators are installed in the Polsat Plus AI Cloud?", [["768"]]),
 ("person", "Who is the CFO of Cyfrowy Polsat?", [["Jolanta Wierzbicka"]]),
 ("metric", "What share of Cyfrowy Polsat's allocated green-bond proceeds was refinancing?", [["38%", "38 %", "38 percent"]]),
 ("metric", "What was Cyfrowy Polsat's revenue in the first half of 2026?", None),
],
}
out = []
for k, qs in Q.items():
    assert len(qs) == 10, k
    for i, t in enumerate(qs, 1):
        kind, q, ans = t[0], t[1], t[2]
        d = {"id": f"p35-{k}-q{i:02d}", "doc": D[k], "kind": kind, "question": q}
        if ans is None:
            d["kind"] = kind
            d["answers_all"] = []
            d["expect_status"] = NA
        else:
            d["answers_all"] = ans
            if len(t) > 3:
                d["must_not"] = t[3]
        out.append(d)
json.dump(out, open("questions.json", "w"), indent=1, ensure_ascii=False)
print(len(out), sum(1 for d in out if d.get("expect_status") == NA))
