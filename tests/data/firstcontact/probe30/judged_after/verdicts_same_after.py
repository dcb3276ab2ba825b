# verdicts_same_after: the baseline's 100 verdicts (../judged_baseline/verdicts.py) on the same sample (../judged_baseline/sample.json,
# seed 20261212), store /tmp/fc30-after (copy /tmp/judge30b-store; aikg /work/fc30merge/.venv/bin/aikg, merge b213bb0, extractor
# 'aikg-rules-22-s27'). rejudge_after.md: SAME 93 (verdict copied), CHANGED 6 (#4 #13 #63 #78 #82 #97), GONE 1 (#54), re-judged by
# hand against the article (marked '# rejudged'). Five of the six CHANGED rows differ only by the subject: Hut 8's facts moved
# from 'Corp.' to a 'Hut 8' node; #97 lost two of its three amounts. Baseline header follows.
# Hand verdicts for sample.json (seed 20261212), store /tmp/fc30-baseline (copy /tmp/judge30-store), baseline aikg /work/fc30base.
# n: (C correct | W wrong | P period missing, error category, reason). Judged against /work/firstcontact30/docs.
# Pool: 106 Observations + 53 others = 159 typed facts; sample 50 + 50 = 100.
# Company nodes (as judge27/28/29: a node that is not the issuer = wrong company): WiseTech's figures, guidance, Roles and the
# Portvale deal sit on 'Portvale' (the company it acquired; a 'WiseTech Global' node exists but holds nothing); ATOSS's figures,
# Roles and target sit on 'Oberholz' (the CFO's surname; the issuer is a bare 'Software' node, altLabel 'Software SE');
# Hut 8's figures and Roles sit on 'Corp.' (fragment of the caps header 'HUT 8 CORP.'). Grupo GTD, Ayala, Digital China
# ('DIGITAL CHINA HOLDINGS LIMITED'), Elmos and Reunert have the right node.
# Measure: Ayala's 'equity in core net income by business unit' lines typed as each unit's own 'net income' / 'net loss'
# (BPI 17.2, AC Energy 2.9, telecom affiliate 4.1, AC Health 0.6/1.1) = wrong measure (a unit's contribution to AC is not
# its net income; borderline - accepting them adds #3 #12 #36 #48 -> +4). Reunert's ~R180m (the Rosslyn part of capex) as total
# capex outlook, Applied Electronics' R2,3bn order book as revenue, Ayala's 4.2m repurchased shares as 'shares' = wrong measure.
# Type: Elmos consensus estimates (mean/median/low/high) typed as Observations of Q3 2026 = wrong type; company guidance typed
# as 'revenue' dated the day it was raised (2026-07-29) = wrong type; Reunert's expected HEPS growth range as an observed +20% =
# wrong type; Digital China's 2024 impairment as an Investment = wrong type; English segment names as kg:inSegment cost items
# of the Spanish-named segment = wrong type.
# Period: WiseTech's fiscal halves (1H26 = Jul-Dec 2025, 1H25 = Jul-Dec 2024) are dated 'H1 2025' = Jan-Jun 2025 - wrong,
# but those facts are wrong company first. GTD's March-2026 capex range dated 'March 2026' (the date it was communicated, not
# the year 2026) = wrong period. A Role appointed from a future date (Oyarzún CFO from 1 Jan 2027) stored without the date = P.
# Accepted: #10 GTD 38 MW 'currently' (no period in the text), #25 Reunert issued shares dated the half, #38 AI computing-power
# revenue on the parent (the measure names the business; borderline), #52 WiseAgent typed AIModel (an AI agent product),
# #60 GTD investment without a target, #88 BPI unitOf Ayala (listed as a business unit).
J = {
1: ("W", "wrong value", "GTD provisional dividend $ 4,20 per share is Chilean pesos; stored as USD 4.20"),
2: ("W", "wrong company", "WiseTech 1H25 revenue US$402.9m on 'Portvale' (and dated Jan-Jun 2025; 1H25 = Jul-Dec 2024)"),
3: ("W", "wrong measure", "AC Energy's PHP 2.9bn equity contribution to AC's core net income typed as AC Energy's net income (borderline)"),
4: ('C', '', "Hut 8 common stock par value $0.01 per share, now on 'Hut 8' (no period in the text; as baseline #10)"),  # rejudged (baseline: ("W", "wrong company", "Hut 8 par value $0.01 on 'Corp.'"))
5: ("W", "wrong company", "Quinyx ARR ~SEK 700m stored on 'Oberholz' (ATOSS's CFO)"),
6: ("C", "", "Digital China gearing ratio 2022 24.8%"),
7: ("W", "wrong type", "upper bound of the OLD FY2026 revenue guidance (620-660) typed as revenue EUR 660m dated 29 July 2026"),
8: ("W", "wrong measure", "~R180m is the Rosslyn part of FY2026 capex, typed as Reunert's capex outlook"),
9: ("C", "", "Reunert FY2026 capex outlook R520-560m (08b)"),
10: ("C", "", "GTD currently operates 38 MW (no period in the text; accepted)"),
11: ("W", "wrong company", "WiseTech 1H25 EBITDA US$213.3m on 'Portvale'"),
12: ("W", "wrong measure", "telecom affiliate's PHP 4.1bn equity contribution typed as its net income (borderline)"),
13: ('C', '', "Hut 8 preliminary Q3 2026 revenue $182-190m ('report revenue outlook', range), now on 'Hut 8'"),  # rejudged (baseline: ("W", "wrong company", "Hut 8 preliminary Q3 revenue $182-190m on 'Corp.'"))
14: ("W", "wrong company", "ATOSS share price EUR 128 on 'Oberholz'"),
15: ("C", "", "Digital China gearing ratio 2025 28.4%"),
16: ("W", "wrong type", "45.0% is the HIGH analyst estimate of Q3 2026 gross margin, typed as the Q3 2026 gross margin"),
17: ("W", "wrong measure", "R2,3bn is Applied Electronics' export order book at 31 Mar 2026, typed as Reunert H1 revenue"),
18: ("C", "", "Reunert 9M to June 2026 revenue R9 870m, +10%"),
19: ("W", "wrong period", "GTD's previous 2026 capex range US$240-260m dated 'March 2026' (the month it was communicated) instead of the year 2026"),
20: ("W", "wrong period", "Portvale's loss after tax US$4.9m since acquisition (3 Nov-31 Dec 2025) dated H1 2025 (Jan-Jun 2025)"),
21: ("W", "wrong measure", "4.2m shares REPURCHASED under the buyback typed as Ayala 'shares'"),
22: ("W", "wrong company", "ATOSS cloud ARR EUR 98.6m on 'Oberholz' (and no period)"),
23: ("P", "wrong period", "Digital China gross margin +0.6 pp; year 2025 missing"),
24: ("C", "", "Elmos Q2 2026 actual EBIT margin 23.7%"),
25: ("C", "", "Reunert issued ordinary shares 184 956 442 (dated the half; accepted)"),
26: ("P", "wrong period", "Reunert non-cash impairment R44m expected in FY2026; no period"),
27: ("C", "", "GTD 2026 capex outlook US$280-300m"),
28: ("W", "wrong company", "WiseTech net debt US$318.0m at 31 Dec 2025 on 'Portvale'"),
29: ("C", "", "Ayala non-cash impairment PHP 3.7bn, 9M 2026"),
30: ("W", "wrong company", "the fund's own FY26 revenue estimate EUR 199.5m on 'Oberholz'"),
31: ("C", "", "Digital China gross margin 2022 17.2%"),
32: ("W", "wrong type", "22.2% is the LOW analyst estimate of Q3 2026 EBIT margin, typed as the Q3 2026 EBIT margin"),
33: ("C", "", "Reunert H1 operating profit R702m, +7%"),
34: ("W", "wrong type", "expected FY2026 HEPS growth 'between 20% and 27%' typed as an observed +20% (range and forecast lost)"),
35: ("W", "wrong company", "WiseTech's previous FY26 revenue guidance US$1.00-1.08bn on 'Portvale'"),
36: ("W", "wrong measure", "BPI's PHP 17.2bn equity contribution to AC typed as BPI's net income (borderline)"),
37: ("W", "wrong company", "Forecast+ customers live (210) on 'Oberholz' (product's figure, wrong node)"),
38: ("C", "", "Digital China revenue from AI computing-power services 2025 RMB1.21bn (measure names the business; borderline)"),
39: ("W", "wrong type", "current FY2026 revenue guidance EUR 640-670m typed as revenue dated 29 July 2026"),
40: ("C", "", "Reunert H1 capex R214m"),
41: ("W", "wrong company", "WiseTech FY26 EBITDA margin guidance 48-50% on 'Portvale'"),
42: ("C", "", "Ayala 2026 group capex outlook PHP 245bn"),
43: ("W", "wrong company", "the fund's buy trigger 'below EUR 120' on 'Oberholz' (also not a price)"),
44: ("C", "", "Digital China gross margin 2024 16.7%"),
45: ("W", "wrong type", "lower bound of the OLD guidance (620-660) typed as revenue EUR 620m dated 29 July 2026"),
46: ("C", "", "Reunert H1 revenue R6 412m, +9%"),
47: ("W", "wrong company", "WiseTech 1H25 operating cash flow US$196.0m on 'Portvale'"),
48: ("W", "wrong measure", "AC Health's equity in net loss 9M 2025 PHP 1.1bn typed as AC Health's net loss (borderline)"),
49: ("W", "wrong company", "ATOSS FY25 dividend EUR 2.76 on 'Oberholz'"),
50: ("C", "", "Digital China gearing ratio 2024 31.9%"),
51: ("P", "wrong period", "Valentina Oyarzún Meza is CFO only from 1 January 2027 (Cifuentes until 31 Dec 2026); start date not stored"),
52: ("C", "", "WiseAgent (AI agent layer in CargoWise) as AIModel; accepted"),
53: ("C", "", "AC Energy unit of Ayala"),
54: ('W', 'fragment', "GONE: the 'HUT 8' versionOf 'HUT' fragment is no longer stored (an improvement, but by the rule a GONE row with no equivalent stays wrong)"),  # rejudged (baseline: ("W", "fragment", "'HUT 8' versionOf 'HUT' (ticker / header pieces)"))
55: ("W", "wrong company", "ATOSS CEO Sabine Kreuzer as CEO of 'Oberholz'"),
56: ("W", "wrong type", "the 2024 impairment RMB1,046m typed as an Investment dated 2025"),
57: ("C", "", "Elmos CEO Jonas Riedl"),
58: ("C", "", "Reunert CFO Ruan Botha (current as of 08a, May 2026)"),
59: ("C", "", "ICT segment of Reunert"),
60: ("C", "", "GTD investment up to US$210m (Lampa data centre; target not linked)"),
61: ("W", "wrong company", "WiseTech net-profit decline reason on 'Portvale', dated H1 2025, with the US$600m facility as a net-profit value"),
62: ("C", "", "Rafael Montinola Reyes President of Ayala"),
63: ('C', '', "Hut 8 CFO Lorraine Calvert (signer), now on 'Hut 8'"),  # rejudged (baseline: ("W", "wrong company", "Hut 8 CFO Lorraine Calvert on 'Corp.'"))
64: ("W", "wrong company", "ATOSS 2030 revenue ambition EUR 350m on 'Oberholz' (measure 'value')"),
65: ("W", "wrong value", "revenue reason right (Big Data), but the computing-power business's 'nearly doubled' stored as ~100% revenue growth; no period"),
66: ("C", "", "Elmos CFO Bettina Sauerland"),
67: ("C", "", "Reunert CEO Hendrik Steyn"),
68: ("W", "wrong value", "EPS-growth reason right, but R44m stored as an earnings-per-share amount"),
69: ("C", "", "GTD 19% share of Chile's colocation market"),
70: ("W", "wrong company", "WiseAgent launch with no launcher (WiseTech missing)"),
71: ("C", "", "Ayala JV partner Northbay Digital Partners"),
72: ("C", "", "Tallmere Cloud Services unit of Tallmere Holdings (parent guarantor)"),
73: ("W", "wrong company", "Matthias Oberholz CFO of 'Oberholz' (his own surname as the company)"),
74: ("W", "wrong measure", "gearing-ratio decline reason with no measure; 31.9% stored as a growth rate"),
75: ("C", "", "Residencial unit of Grupo GTD"),
76: ("W", "wrong company", "acquisition of 100% of Portvale Systems with buyer 'Portvale' (WiseTech)"),
77: ("C", "", "Ayala 2026 capex guidance raised to PHP 245bn from 230bn"),
78: ('P', 'wrong period', "Dana Pellerin Chief Development Officer of Hut 8, now on 'Hut 8'; effective 2 Nov 2026 (after the filing) stored without the date (as baseline #51 Oyarzún)"),  # rejudged (baseline: ("W", "wrong company", "Hut 8 Chief Development Officer Dana Pellerin on 'Corp.'"))
79: ("W", "fragment", "'Margen EBITDA 36' (table row cut at the decimal comma) versionOf 'Margen EBITDA'"),
80: ("W", "wrong company", "Portvale consideration US$415m with buyer 'Portvale'"),
81: ("C", "", "AC Logistics unit of Ayala"),
82: ('C', '', "Hut 8 CEO Marcus Ebersole, now on 'Hut 8'"),  # rejudged (baseline: ("W", "wrong company", "Hut 8 CEO Marcus Ebersole on 'Corp.'"))
83: ("W", "wrong type", "'Enterprise & Data Centre' (the English name of the segment) as a cost item inSegment 'Empresas y Data Center'"),
84: ("W", "wrong company", "WiseTech Chair Fiona Ellwood on 'Portvale'"),
85: ("C", "", "Ayala CFO Patricia Lim-Aquino"),
86: ("C", "", "Mayorista y Otros unit of Grupo GTD"),
87: ("W", "wrong company", "WiseTech's US$600m acquisition facility as an Investment by 'Portvale' (also a loan, not an investment)"),
88: ("C", "", "BPI listed as an Ayala business unit (accepted)"),
89: ("C", "", "Empresas y Data Center unit of Grupo GTD"),
90: ("P", "wrong period", "CargoWise growth reason right; 1H26 not stored"),
91: ("C", "", "Rafael Montinola Reyes CEO of Ayala"),
92: ("W", "wrong type", "'Wholesale & Other' (English name) as a cost item inSegment 'Mayorista y Otros'"),
93: ("W", "wrong company", "US$600m acquisition facility with buyer 'Portvale'"),
94: ("W", "fragment", "'Ayala Corporation 9M' (subject line piece) versionOf 'Ayala Corporation'"),
95: ("W", "wrong company", "WiseTech CFO Tom Ferrandino on 'Portvale'"),
96: ("W", "wrong company", "Gerardo Santos Tan is President of ACDI, stored as president of AC Energy (his former employer)"),
97: ('W', 'wrong company', "Portvale acquisition US$415m now a single amount (the 360 cash / 55 shares parts dropped, right), but the investor is still 'Portvale' (WiseTech is the buyer)"),  # rejudged (baseline: ("W", "wrong company", "Portvale acquisition US$415m (360 cash + 55 shares) with investor 'Portvale'"))
98: ("C", "", "AC Health unit of Ayala"),
99: ("W", "wrong company", "WiseTech CEO Anand Venkatesan on 'Portvale'"),
100: ("C", "", "Ayala Land unit of Ayala"),
}
