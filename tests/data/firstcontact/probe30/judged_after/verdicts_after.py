# verdicts_after: hand verdicts for sample_after.json (seed 20261213 on facts_after.json; store /tmp/fc30-after copied to
# /tmp/judge30b-store, aikg /work/fc30merge/.venv/bin/aikg, merge b213bb0, extractor 'aikg-rules-22-s27'). The pool has 159 typed
# facts (107 Observations + 52 others), so sample.py drew 50 + 50 = 100 facts, as the baseline. 73 verdicts carried by carry.py
# from identical facts of the re-judged baseline sample (verdicts_same_after.py); the 27 others judged by hand (marked '# hand').
# 6 of the 27 are Hut 8 / Portvale facts whose props changed (#4 #13 #54 #61 #72 #78: carry.py matches on the baseline sample's
# old props, so it cannot carry the same-sample re-judgements; judged the same way by hand); none is a fact new in this store
# (the 2 new CargoWise rows were not drawn); 21 existed in the baseline pool but were not in its sample.
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period). Elmos consensus
# (mean / low / high) as Q3 2026 Observations = wrong type; Ayala unit contributions as the unit's net income = wrong measure
# (borderline); a prior-year comparative dated the month of the period end ('March 2025' for H1 FY2025) or dated the current
# period (Ayala 34.4 = 9M 2025 dated 9M 2026) = wrong period; a 2025 figure from Digital China's commentary without its year = P.
J = {
1: ('W', 'wrong value', 'GTD provisional dividend $ 4,20 per share is Chilean pesos; stored as USD 4.20'),
2: ('W', 'wrong period', "Portvale's loss after tax US$4.9m since acquisition (3 Nov-31 Dec 2025) dated H1 2025 (Jan-Jun 2025)"),
3: ('W', 'wrong measure', "BPI's PHP 17.2bn equity contribution to AC typed as BPI's net income (borderline)"),
4: ('C', '', "Hut 8 common stock par value $0.01 per share, on 'Hut 8' (as same-sample #4)"),  # hand
5: ('W', 'wrong company', "ATOSS total 9M revenue EUR 146.2m on 'Oberholz', and dated 'Q3' (it is 9M; Q3 alone is 49.8m)"),  # hand
6: ('C', '', 'Digital China gearing ratio 2024 31.9%'),
7: ('W', 'wrong type', 'Elmos consensus HIGH estimate of Q3 2026 EBIT margin (25.4%) typed as an observed Q3 2026 margin'),  # hand
8: ('C', '', 'Reunert H1 capex R214m'),
9: ('P', 'wrong period', 'Reunert non-cash impairment R44m expected in FY2026; no period'),
10: ('C', '', 'GTD currently operates 38 MW (no period in the text; accepted)'),
11: ('W', 'wrong company', "WiseTech's previous FY26 revenue guidance US$1.00-1.08bn on 'Portvale'"),
12: ('W', 'wrong measure', "Ayala Land's PHP 11.9bn equity contribution to AC's core net income typed as Ayala Land's net income (borderline, as baseline #3)"),  # hand
13: ('C', '', "Hut 8 preliminary Q3 2026 revenue $182-190m on 'Hut 8' (as same-sample #13)"),  # hand
14: ('W', 'wrong company', "ATOSS cloud ARR EUR 98.6m on 'Oberholz' (and no period)"),
15: ('P', 'wrong period', 'Digital China gross profit margin 17.3% (2025) from the commentary, no year (as baseline #23)'),  # hand
16: ('W', 'wrong type', 'Elmos consensus MEAN estimate of Q3 2026 EBIT margin (24.1%) typed as an observed Q3 2026 margin'),  # hand
17: ('W', 'wrong period', "Reunert H1 FY2025 (six months to 31 March 2025) operating profit R655m dated the month 'March 2025'"),  # hand
18: ('W', 'wrong type', "expected FY2026 HEPS growth 'between 20% and 27%' typed as an observed +20% (range and forecast lost)"),
19: ('W', 'wrong period', "GTD's previous 2026 capex range US$240-260m dated 'March 2026' (the month it was communicated) instead of the year 2026"),
20: ('W', 'wrong company', "WiseTech 1H25 EBITDA US$213.3m on 'Portvale'"),
21: ('C', '', 'Ayala core net income PHP 36.8bn, 9M 2026'),  # hand
22: ('W', 'wrong company', "ATOSS 9M EBIT margin 36.4% on 'Oberholz' (and no period)"),  # hand
23: ('P', 'wrong period', 'Digital China revenue RMB17.46bn +8.3% (2025) from the commentary, no year'),  # hand
24: ('W', 'wrong type', '45.0% is the HIGH analyst estimate of Q3 2026 gross margin, typed as the Q3 2026 gross margin'),
25: ('C', '', 'Reunert H1 revenue R6 412m, +9%'),
26: ('C', '', 'Reunert FY2026 capex outlook R520-560m (08b)'),
27: ('C', '', 'GTD 2026 capex outlook US$280-300m'),
28: ('W', 'wrong company', "WiseTech 1H26 operating cash flow US$212.5m on 'Portvale' (and dated Jan-Jun 2025; 1H26 = Jul-Dec 2025)"),  # hand
29: ('C', '', 'Ayala reported net income PHP 33.1bn, 9M 2026'),  # hand
30: ('W', 'wrong company', "Quinyx ARR ~SEK 700m stored on 'Oberholz' (ATOSS's CFO)"),
31: ('P', 'wrong period', 'Digital China gross margin +0.6 pp; year 2025 missing'),
32: ('W', 'wrong type', 'Elmos consensus LOW estimate of Q3 2026 gross margin (42.5%) typed as an observed Q3 2026 margin'),  # hand
33: ('C', '', 'Reunert H1 operating profit R702m, +7%'),
34: ('C', '', 'Reunert 9M to June 2026 revenue R9 870m, +10%'),
35: ('W', 'wrong company', "WiseTech 1H25 revenue US$402.9m on 'Portvale' (and dated Jan-Jun 2025; 1H25 = Jul-Dec 2024)"),
36: ('W', 'wrong company', "the aggregate line 'AC Logistics, AC Industrials, other units, net of parent-level expenses: PHP 1.3bn' stored as AC Logistics' 'parent-level expenses'"),  # hand
37: ('W', 'wrong company', "Forecast+ customers live (210) on 'Oberholz' (product's figure, wrong node)"),
38: ('C', '', 'Digital China gearing ratio 2025 28.4%'),
39: ('W', 'wrong type', 'lower bound of the OLD guidance (620-660) typed as revenue EUR 620m dated 29 July 2026'),
40: ('C', '', 'Reunert issued ordinary shares 184 956 442 (dated the half; accepted)'),
41: ('W', 'wrong company', "WiseTech net debt US$318.0m at 31 Dec 2025 on 'Portvale'"),
42: ('W', 'wrong period', 'Ayala core net income PHP 34.4bn is 9M 2025; dated 9M 2026'),  # hand
43: ('W', 'wrong company', "ATOSS FY25 dividend EUR 2.76 on 'Oberholz'"),
44: ('C', '', 'Digital China gearing ratio 2021 22.1% (table column 2021)'),  # hand
45: ('C', '', 'Elmos Q2 2026 actual gross margin 43.6%'),  # hand
46: ('W', 'wrong period', "Reunert H1 FY2025 revenue R5 883m dated the month 'March 2025'"),  # hand
47: ('W', 'wrong company', "WiseTech 1H25 operating cash flow US$196.0m on 'Portvale'"),
48: ('C', '', 'Ayala core net income +7%, 9M 2026'),  # hand
49: ('W', 'wrong company', "ATOSS 9M cloud & subscription revenue EUR 71.4m on 'Oberholz' (and no period)"),  # hand
50: ('C', '', 'Digital China revenue from AI computing-power services 2025 RMB1.21bn (measure names the business; borderline)'),
51: ('C', '', "GTD 19% share of Chile's colocation market"),
52: ('W', 'wrong company', "US$600m acquisition facility with buyer 'Portvale'"),
53: ('C', '', 'Ayala Land unit of Ayala'),
54: ('C', '', "Hut 8 CFO Lorraine Calvert on 'Hut 8' (as same-sample #63)"),  # hand
55: ('W', 'wrong company', "Matthias Oberholz CFO of 'Oberholz' (his own surname as the company)"),
56: ('W', 'wrong type', 'the 2024 impairment RMB1,046m typed as an Investment dated 2025'),
57: ('C', '', 'Elmos CEO Jonas Riedl'),
58: ('C', '', 'Reunert CEO Hendrik Steyn'),
59: ('W', 'wrong value', 'EPS-growth reason right, but R44m stored as an earnings-per-share amount'),
60: ('C', '', 'Mayorista y Otros unit of Grupo GTD'),
61: ('W', 'wrong company', "Portvale acquisition US$415m with investor 'Portvale' (WiseTech is the buyer; as same-sample #97)"),  # hand
62: ('C', '', 'Ayala 2026 capex guidance raised to PHP 245bn from 230bn'),
63: ('C', '', 'Tallmere Cloud Services unit of Tallmere Holdings (parent guarantor)'),
64: ('W', 'wrong company', "ATOSS 2030 revenue ambition EUR 350m on 'Oberholz' (measure 'value')"),
65: ('W', 'wrong value', "revenue reason right (Big Data), but the computing-power business's 'nearly doubled' stored as ~100% revenue growth; no period"),
66: ('C', '', 'Elmos CFO Bettina Sauerland'),
67: ('C', '', 'Reunert CFO Ruan Botha (current as of 08a, May 2026)'),
68: ('C', '', 'ICT segment of Reunert'),
69: ('P', 'wrong period', 'Valentina Oyarzún Meza is CFO only from 1 January 2027 (Cifuentes until 31 Dec 2026); start date not stored'),
70: ('W', 'wrong company', 'WiseAgent launch with no launcher (WiseTech missing)'),
71: ('W', 'wrong company', 'Gerardo Santos Tan is President of ACDI, stored as president of AC Energy (his former employer)'),
72: ('C', '', "Hut 8 CEO Marcus Ebersole on 'Hut 8' (as same-sample #82)"),  # hand
73: ('W', 'wrong company', "ATOSS CEO Sabine Kreuzer as CEO of 'Oberholz'"),
74: ('W', 'wrong measure', 'gearing-ratio decline reason with no measure; 31.9% stored as a growth rate'),
75: ('C', '', 'GTD investment up to US$210m (Lampa data centre; target not linked)'),
76: ('P', 'wrong period', 'CargoWise growth reason right; 1H26 not stored'),
77: ('C', '', 'Ayala JV partner Northbay Digital Partners'),
78: ('P', 'wrong period', 'Dana Pellerin Chief Development Officer of Hut 8, effective 2 Nov 2026 (after the filing), stored without the date (as same-sample #78)'),  # hand
79: ('W', 'wrong type', "'Wholesale & Other' (English name) as a cost item inSegment 'Mayorista y Otros'"),
80: ('W', 'wrong company', "WiseTech CEO Anand Venkatesan on 'Portvale'"),
81: ('C', '', 'AC Energy unit of Ayala'),
82: ('C', '', 'Residencial unit of Grupo GTD'),
83: ('C', '', 'WiseAgent (AI agent layer in CargoWise) as AIModel; accepted'),
84: ('C', '', 'Rafael Montinola Reyes President of Ayala'),
85: ('W', 'fragment', "'Margen EBITDA 36' (table row cut at the decimal comma) versionOf 'Margen EBITDA'"),
86: ('W', 'wrong company', "acquisition of 100% of Portvale Systems with buyer 'Portvale' (WiseTech)"),
87: ('C', '', 'AC Digital Infrastructure Holdings (ACDI) unitOf Ayala - wholly owned subsidiary'),  # hand
88: ('C', '', 'Empresas y Data Center unit of Grupo GTD'),
89: ('W', 'wrong company', "Portvale consideration US$415m with buyer 'Portvale'"),
90: ('C', '', 'Rafael Montinola Reyes CEO of Ayala'),
91: ('W', 'wrong type', "'Enterprise & Data Centre' (the English name of the segment) as a cost item inSegment 'Empresas y Data Center'"),
92: ('W', 'wrong company', "WiseTech's product development spend US$164.3m as an Investment by 'Portvale' (also not an investment in an entity)"),  # hand
93: ('C', '', 'AC Health unit of Ayala'),
94: ('W', 'wrong company', "WiseTech net-profit decline reason on 'Portvale', dated H1 2025, with the US$600m facility as a net-profit value"),
95: ('C', '', 'Ayala CFO Patricia Lim-Aquino'),
96: ('W', 'wrong company', "WiseTech Chair Fiona Ellwood on 'Portvale'"),
97: ('C', '', 'AC Logistics unit of Ayala'),
98: ('W', 'wrong company', "WiseTech's US$600m acquisition facility as an Investment by 'Portvale' (also a loan, not an investment)"),
99: ('W', 'fragment', "'Ayala Corporation 9M' (subject line piece) versionOf 'Ayala Corporation'"),
100: ('W', 'wrong company', "WiseTech CFO Tom Ferrandino on 'Portvale'"),
}
