#!/usr/bin/env python3
"""Generate questions.json for probe14 (10 questions per article; q10 = not stated)."""
import json

D1 = "01_asseco_chairman_letter.txt"
D2 = "02_nice_podcast.txt"
D3 = "03_datatec_interim.html"
D4 = "04_locaweb_results_table.md"
D5 = "05_indra_hispasat_wire.txt"
D6 = "06_advantech_computex_keynote.txt"
D7 = "07_vnet_week_in_review.txt"
D8 = "08_happiest_minds_analyst_note.txt"

NA = "NA"
Q = {
 D1: [
  ("metric", "What were the Asseco Group's consolidated sales revenues in 2024?",
   [["17.12 billion", "17.12bn", "17,120", "17120000000"]]),
  ("metric", "How much did Asseco Poland's net profit attributable to shareholders grow in 2024, and to what level?",
   [["511 million", "511m", "511,000,000", "511000000"], ["14%", "14 percent", "14.0"]]),
  ("segment", "What are Asseco's reporting segments?",
   [["formula systems"], ["asseco international"], ["asseco poland"]]),
  ("segment", "How much revenue did Asseco's Formula Systems segment contribute in 2024?",
   [["10.41 billion", "10.41bn", "10,410", "10410000000"]]),
  ("membership", "Which companies are part of Asseco's Formula Systems segment?",
   [["sapiens"], ["magic"], ["matrix"]]),
  ("share", "What stake does Asseco hold in Formula Systems?",
   [["25.8"]]),
  ("metric", "How large was Asseco's order backlog for 2025?",
   [["13.9 billion", "13.9bn", "13,900", "13900000000"]]),
  ("capex", "How much does Asseco plan to invest in AI and cloud products, and over what period?",
   [["250 million", "250m", "250,000,000", "250000000"], ["2027"]]),
  ("deal", "Who agreed to acquire a stake in Asseco Poland in 2025, and how big is the stake?",
   [["tss europe", "constellation"], ["9.9"]]),
  ("metric", "How much revenue did Asseco Poland generate from AI products in 2024?", NA),
 ],
 D2: [
  ("metric", "What was NICE's total revenue for full-year 2024?",
   [["2.735 billion", "2.735bn", "2,735", "2735000000", "2.74 billion"]]),
  ("metric", "How much cloud revenue did NICE report for 2024 and how fast did it grow?",
   [["2.08 billion", "2.08bn", "2,080", "2080000000"], ["23%", "23 percent", "23.0"]]),
  ("margin", "What was NICE's non-GAAP operating margin in 2024?",
   [["30.5"]]),
  ("guidance", "What non-GAAP EPS guidance range did NICE give for 2025 originally in February?",
   [["12.18"], ["12.38"]]),
  ("reason", "Why did NICE lower its 2025 non-GAAP EPS guidance?",
   [["cognigy"], ["dilution", "dilutive"]]),
  ("deal", "How much is NICE paying for Cognigy?",
   [["955 million", "955m", "955,000,000", "955000000"]]),
  ("metric", "What annual recurring revenue did Cognigy have when NICE agreed to buy it?",
   [["85 million", "85m", "85,000,000", "85000000"]]),
  ("people", "Who succeeded Barak Eilam as CEO of NICE?",
   [["scott russell"]]),
  ("share", "What market share does ContactMetrics Research give NICE in cloud contact-centre software?",
   [["18%", "18 percent", "18.0"]]),
  ("margin", "What operating margin does Cognigy earn, according to the NICE discussion?", NA),
 ],
 D3: [
  ("metric", "What was Datatec's EBITDA for the six months ended 31 August 2024?",
   [["98.4 million", "98.4m", "98,400,000", "98400000", "98.4"]]),
  ("metric", "What was Datatec's revenue for the first half of its 2025 financial year?",
   [["2.71 billion", "2.71bn", "2,710", "2710000000"]]),
  ("period", "When does Datatec's 2025 financial year end?",
   [["28 february 2025", "2025-02-28", "february 28, 2025", "28 feb 2025"]]),
  ("segment", "What are Datatec's reporting segments?",
   [["westcon"], ["logicalis international"], ["logicalis latin america"], ["analysys mason"]]),
  ("segment", "What revenue and EBITDA did Logicalis International report in the half-year to August 2024?",
   [["712.4"], ["28.9"]]),
  ("margin", "What was Westcon International's EBITDA margin in Datatec's first half of FY2025?",
   [["3.8"]]),
  ("metric", "What interim dividend did Datatec declare for H1 FY2025?",
   [["85"]]),
  ("people", "Who is the chief executive of Logicalis?",
   [["bob bailkoski"]]),
  ("guidance", "What full-year EBITDA outlook did Datatec give for FY2025?",
   [["196 million", "196m", "196,000,000", "196000000", "196"]]),
  ("metric", "How much of Logicalis's revenue comes from AI-related projects?", NA),
 ],
 D4: [
  ("metric", "What was Locaweb's net revenue in the fourth quarter of 2024?",
   [["355.2"]]),
  ("segment", "What are Locaweb's reporting segments?",
   [["beonline"], ["commerce"]]),
  ("membership", "Which brands and products sit in Locaweb's Commerce segment?",
   [["tray"], ["bling"], ["vindi"], ["octadesk"]]),
  ("metric", "How fast did Locaweb's Commerce revenue grow in 4Q24?",
   [["13.2"]]),
  ("margin", "What was Locaweb's adjusted EBITDA margin in 4Q24 and how did it change year on year?",
   [["22.1"], ["2.3"]]),
  ("metric", "What was Locaweb's full-year 2024 net revenue?",
   [["1,348.9", "1348.9", "1.35 billion", "1.349 billion", "1,348,900,000", "1348900000"]]),
  ("metric", "What was Locaweb's net income for 2024?",
   [["41.7"]]),
  ("product", "What is Loc.AI at Locaweb and which models is it built on?",
   [["gemini"]]),
  ("people", "Who is Locaweb's CEO?",
   [["fernando cirne"]]),
  ("guidance", "What revenue guidance has Locaweb given for 2025?", NA),
 ],
 D5: [
  ("deal", "How much is Indra paying for its stake in Hispasat?",
   [["725 million", "725m", "725,000,000", "725000000"]]),
  ("deal", "What stake in Hispasat is Indra acquiring, and from whom?",
   [["89.68"], ["redeia"]]),
  ("metric", "What were Hispasat's 2024 revenue and EBITDA?",
   [["203 million", "203m", "203,000,000", "203000000"], ["138 million", "138m", "138,000,000", "138000000"]]),
  ("metric", "What was Indra's revenue in 2024 and how much did it grow?",
   [["4.84 billion", "4.84bn", "4,840", "4840000000"], ["12.3"]]),
  ("segment", "What are Indra's reporting segments?",
   [["defence", "defense"], ["air traffic", "atm"], ["mobility"], ["minsait"]]),
  ("segment", "How much revenue did Indra's Minsait segment generate in 2024?",
   [["2.80 billion", "2.8 billion", "2.80bn", "2.8bn", "2,800", "2800000000"]]),
  ("guidance", "What is Indra's guidance for 2025?",
   [["5.1 billion", "5.1bn", "5,100", "5100000000"], ["500 million", "500m", "500,000,000", "500000000"]]),
  ("regulation", "Which approvals does Indra's Hispasat acquisition still need?",
   [["council of ministers"], ["cnmc"]]),
  ("people", "Who is Indra's chief executive?",
   [["de los mozos"]]),
  ("deal", "How will Indra finance the Hispasat acquisition?", NA),
 ],
 D6: [
  ("metric", "What was Advantech's revenue in 2024?",
   [["60.3 billion", "60.3bn", "60,300", "60300000000"]]),
  ("metric", "How much did Advantech's 2024 revenue change from 2023?",
   [["6.7"]]),
  ("guidance", "What revenue growth does Advantech expect for 2025?",
   [["10%", "10 percent", "10 %"], ["15%", "15 percent", "15 %"]]),
  ("target", "What share of revenue does Advantech want from edge AI by 2027, and what was it in 2024?",
   [["20%", "20 percent", "20 %"], ["8%", "8 percent", "8 %"]]),
  ("segment", "Which is Advantech's largest business sector and what share of revenue does it have?",
   [["embedded iot"], ["41"]]),
  ("product", "Which Nvidia module is Advantech's MIC-743 built on?",
   [["jetson thor"]]),
  ("product", "What version of Advantech's Edge AI SDK was announced and what is it now called?",
   [["2.0"], ["genai studio"]]),
  ("capex", "How much is Advantech spending on the fourth phase of its Linkou campus?",
   [["10 billion", "10bn", "10,000,000,000", "10000000000"]]),
  ("share", "What share of the global industrial PC market does Advantech hold according to Meridian Industrial Research?",
   [["38"]]),
  ("margin", "What gross margin does Advantech earn on its edge AI products?", NA),
 ],
 D7: [
  ("metric", "What were VNET's net revenues in the fourth quarter of 2024?",
   [["2,258.8", "2258.8", "2.26 billion", "2.259 billion", "2,258,800,000", "2258800000"]]),
  ("metric", "How much did VNET's adjusted EBITDA grow in Q4 2024?",
   [["41.3"]]),
  ("metric", "What were VNET's full-year 2024 net revenues?",
   [["8,259", "8259", "8.26 billion", "8.259 billion", "8,259,000,000", "8259000000"]]),
  ("guidance", "What revenue guidance did VNET give for 2025?",
   [["9,090", "9090", "9.09 billion", "9,090,000,000", "9090000000"], ["9,250", "9250", "9.25 billion", "9,250,000,000", "9250000000"]]),
  ("capex", "How much capex does VNET plan for 2025?",
   [["8 billion", "8bn", "8,000,000,000", "8000000000"], ["10 billion", "10bn", "10,000,000,000", "10000000000"]]),
  ("metric", "How much utilised wholesale capacity did VNET have at the end of 2024?",
   [["411"]]),
  ("metric", "How fast did VNET's wholesale IDC revenue grow in Q4 2024?",
   [["60%", "60 percent", "60 %"]]),
  ("people", "Who is VNET's chief financial officer?",
   [["qiyu wang"]]),
  ("rank", "Where does VNET rank among China's third-party data-centre operators according to Sinolink Insight?",
   [["second", "2nd", "no. 2", "number two"]]),
  ("metric", "How much of VNET's revenue comes from AI customers?", NA),
 ],
 D8: [
  ("metric", "What was Happiest Minds' revenue from operations in Q3 FY25?",
   [["544.6 crore", "5.45 billion", "5.446 billion", "5,446", "5446000000", "544.6"]]),
  ("metric", "How much did Happiest Minds' revenue grow year on year in Q3 FY25?",
   [["22.1"]]),
  ("margin", "What was Happiest Minds' EBITDA margin in Q3 FY25, and how did it change from a year earlier?",
   [["17.4"], ["320", "3.2"]]),
  ("guidance", "How did Happiest Minds revise its FY25 EBITDA margin guidance, and why?",
   [["20-22", "20% to 22%", "20–22", "20 to 22"], ["puresoftware", "genai", "generative ai"]]),
  ("deal", "At what enterprise value did Happiest Minds buy PureSoftware?",
   [["779 crore", "7.79 billion", "7,790", "7790000000", "779"]]),
  ("metric", "What revenue did PureSoftware report in FY24?",
   [["327 crore", "3.27 billion", "3,270", "3270000000", "327"]]),
  ("segment", "What are Happiest Minds' business units?",
   [["product & digital engineering", "product and digital engineering", "pdes"], ["digital business services", "dbs"], ["infrastructure management", "imss"], ["generative ai business services", "gbs"]]),
  ("membership", "What does Happiest Minds' Generative AI Business Services unit include?",
   [["happi"], ["agentic", "agents"]]),
  ("people", "Who is the managing director and CFO of Happiest Minds?",
   [["venkatraman narayanan"]]),
  ("margin", "What EBITDA margin does Happiest Minds' Generative AI Business Services unit earn?", NA),
 ],
}

def main():
    out = []
    for i, (doc, qs) in enumerate(Q.items(), 1):
        assert len(qs) == 10, doc
        for j, (kind, question, ans) in enumerate(qs, 1):
            item = {"id": f"p14-{i:02d}-q{j:02d}", "doc": doc, "kind": kind, "question": question}
            if ans == NA:
                assert j == 10
                item["kind"] = "no-answer"
                item["expect_status"] = "no_answer"
            else:
                item["answers_all"] = ans
            out.append(item)
    json.dump(out, open("questions.json", "w"), indent=1, ensure_ascii=False)
    print(len(out), "questions")

if __name__ == "__main__":
    main()
