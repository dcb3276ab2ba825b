# verdicts_same_after: the baseline's 93 verdicts (../judged_baseline/verdicts.py) on the same sample, store /tmp/m2-probe21-forjudge
# (copy /tmp/judge21b-store, aikg /work/main/.venv/bin/aikg). SAME rows (70) copied; the 15 CHANGED and 8 GONE rows re-judged by hand.
# GONE rows: where the after store holds the same figure under a new quote/id (a successor), the successor is judged; a figure
# no longer stored at all is W with category 'gone' (#26 only).
# Hand verdicts for sample.json (seed 20261215, store /tmp/fc21-base copied to /tmp/judge21-store, baseline aikg main 09e9d3c).
# The pool has 112 typed facts (69 Observations + 43 others); sample.py drew 50 Observations + all 43 others = 93 facts:
# denominators 93 / 50 / 43.
# n: (verdict, category, reason). verdict: C = correct, W = wrong, P = right except the period is missing
# (strict WRONG, lenient CORRECT). category: wrong company / wrong measure / wrong value / wrong period / wrong type / fragment.
# Where more than one thing is wrong the first of company > type > measure > value > period is given (the reason says the rest).
# Company nodes: Megaport is a Company node with no fact; its figures sit on 'Chief' (a discovered Company, altLabel "Chief
# Executive Officer of Megaport") and its regions are unitOf 'Chief'. Iliad is not a node: the group's, Free's and Iliad
# Italia's figures and people sit on 'Play' (the Polish unit); only Play's own 15,3 mln customers are Play's. Bitdefender is
# not a node: its figures, ranking and Scamio sit on 'Meridale Insights' (the research firm). TechnologyOne = 'TECHNOLOGYONE
# LIMITED'; a few figures sit on 'SAY' (the speaker-note cue, a Segment). Renesas = 'Renesas Electronics', Amdocs, Zoho and
# 'Nemetschek Group' are right. Segment/region/product nodes holding their own figures (Megaport's and Amdocs' regions,
# TechnologyOne's Software/Consulting/UK, Scamio) are accepted.
# Periods: a full-year figure or a FY guidance dated Q3 2025 (Amdocs' FY operating margin, Nemetschek's 9M margin, FY2025
# guidance) is a wrong period; Amdocs' fiscal Q4 (Jul-Sep 2025) labelled 'Q3 2025' has the right dates and is accepted
# (judge.py rule). A figure whose article gives a period (FY25, FY2025 forecast, the six months, end of June) and the fact has
# none is P. A figure whose article gives no period (Scamio's 5 million users) is not P.
J = {
1: ("C", "", "Megaport North America revenue A$116.2m FY2025 (region node holds its own figure)"),
2: ("P", "wrong period", "Renesas forecast year-end dividend JPY 28 per share (FY2025 forecast); no period"),
3: ("W", "wrong company", "11,9 mln mobile subscribers are Iliad Italia's; stored on 'Play' (Poland), no period"),
4: ('W', 'wrong measure', "TechnologyOne profit-before-tax margin ~30% (FY25) stored as 'tax margin'; now dated FY2025 Oct 2024-Sep 2025 (period right, measure still wrong)"),  # re-judged (baseline: ("W", "wrong measure", "TechnologyOne profit-before-tax marg...)
5: ('C', '', 'Amdocs non-GAAP operating margin 21.3% for fiscal 2025; now dated 2024-10-01..2025-09-30 (was Q3 2025)'),  # re-judged (baseline: ("W", "wrong period", "Amdocs non-GAAP operating margin 21.3...)
6: ("W", "wrong company", "Bitdefender's EMEA revenue +19% 2025 stored on 'Meridale Insights' (no value, growth only)"),
7: ("W", "wrong measure", "₹28 lakh is the median advertised salary for ML engineers in Zoho job ads; stored as Zoho 'engineers' in INR"),
8: ('C', '', "GONE, re-extracted as 'Nemetschek Group ebitda margin outlook about 31%, 2025' (Jan-Dec 2025): FY2025 guidance, right (was Q3 2025 actual)"),  # re-judged (baseline: ("W", "wrong period", "Nemetschek FY2025 guidance EBITDA mar...)
9: ("C", "", "Megaport Asia-Pacific 34% share of revenue FY2025"),
10: ('C', '', 'Renesas non-GAAP full-year operating margin outlook 28.5%; now dated 2025 (Jan-Dec 2025 = FY2025)'),  # re-judged (baseline: ("P", "wrong period", "Renesas non-GAAP full-year (FY2025) o...)
11: ("W", "wrong company", "15,6 mln mobile subscribers are Free's (France); stored on 'Play'"),
12: ('C', '', 'TechnologyOne Consulting profit before tax A$8.3m; now FY2025 (Oct 2024-Sep 2025)'),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne Consulting profit befor...)
13: ('C', '', 'Amdocs Europe 18% of FY2025 revenue (now with dates Oct 2024-Sep 2025)'),  # re-judged (baseline: ("C", "", "Amdocs Europe 18% of FY2025 revenue")...)
14: ("C", "", "Scamio passed 5 million users (product node; article gives no period)"),
15: ("W", "fragment", "'manual review of 300 ads' is HireSignal's methodology; stored as Zoho 'ads' 300"),
16: ("C", "", "Nemetschek Q3 2025 EBITDA margin 30.3% (measure 'margin')"),
17: ("C", "", "Megaport Europe 15% share of revenue FY2025"),
18: ("P", "wrong period", "Renesas FY2025 forecast loss attributable to owners JPY 48,000m (measure 'loss outlook'); no period"),
19: ("W", "wrong company", "Free's 7,6 mln fixed subscribers stored on 'Play' with measure 'fixed'"),
20: ('C', '', "TechnologyOne UK revenue about £24.1m; now FY2025 (Oct 2024-Sep 2025; measure 'breaking revenue' accepted)"),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne UK revenue about £24.1m...)
21: ("C", "", "Amdocs fiscal Q4 revenue $1.14bn; dated Jul-Sep 2025 = fiscal Q4 FY25 (calendar label 'Q3 2025' with the right months)"),
22: ("W", "wrong company", "Bitdefender's MDR revenue +38% stored on 'Meridale Insights'; no period"),
23: ("P", "wrong period", "Zoho posted 1,412 distinct job openings in Apr-Sep 2025; no period"),
24: ('C', '', "GONE, re-extracted as 'Nemetschek currency- adjusted revenue outlook +17% to 19%, 2025': FY2025 guidance, right (was Q3 2025 revenue change)"),  # re-judged (baseline: ("W", "wrong period", "Nemetschek FY2025 guidance currency-a...)
25: ("C", "", "Megaport Europe revenue A$33.3m FY2025"),
26: ('W', 'gone', "GONE: the Iliad group's EBITDAaL margin 37,9% (was on 'Play', wrong company) is no longer stored at all"),  # re-judged (baseline: ("W", "wrong company", "EBITDAaL margin 37,9% H1 2025 is the...)
27: ('C', '', "TechnologyOne Software revenue A$478.5m; now FY2025 (measure 'breaking revenue' accepted)"),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne Software revenue A$478....)
28: ("C", "", "Amdocs FY2026 revenue growth guidance 1.7%-5.7% constant currency"),
29: ("W", "wrong company", "9% is the EMEA market's 2025 growth; stored as 'emea revenue' change of 'Meridale Insights'"),
30: ('C', '', "GONE from Zoho, re-extracted as 'ManageEngine revenue roughly ₹4,200 crore FY2025' (Apr 2024-Mar 2025): right company now"),  # re-judged (baseline: ("W", "wrong company", "₹4,200 crore is ManageEngine's FY25 ...)
31: ("W", "wrong period", "Nemetschek EBITDA margin 30.8% is 9M 2025; stored Q3 2025"),
32: ("W", "wrong company", "Megaport capex A$31.5m FY25 stored on 'Chief'"),
33: ('C', '', 'GONE/re-extracted: Play (Poland) 15,3 mln mobile customers, now dated H1 2025 (Jan-Jun 2025, end-June context)'),  # re-judged (baseline: ("P", "wrong period", "Play (Poland) 15,3 mln mobile custome...)
34: ('C', '', 'TechnologyOne Consulting margin around 10%; now FY2025 (inherited)'),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne Consulting margin aroun...)
35: ("C", "", "Amdocs fiscal 2025 revenue $4.53bn, +2.9% (pro forma basis not kept)"),
36: ("W", "wrong company", "Bitdefender group revenue RON 3.1bn (~EUR 623m) +14% 2025 stored on 'Meridale Insights'"),
37: ("C", "", "Zoho FY25 net profit ₹2,880 crore"),
38: ("C", "", "Nemetschek ARR EUR 1,162m at 30 Sep 2025 (measure 'recurring revenue' for ARR, borderline)"),
39: ("W", "wrong company", "Megaport FY25 net profit after tax A$9.6m stored on 'Chief' (dated the point 2025-06-30 too)"),
40: ('C', '', 'TechnologyOne FY25 total revenue A$610.4m +17%; now FY2025 Oct 2024-Sep 2025'),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne FY25 total revenue A$61...)
41: ('C', '', 'Amdocs North America revenue $2.98bn FY2025 (now with dates)'),  # re-judged (baseline: ("C", "", "Amdocs North America revenue $2.98bn FY2025")...)
42: ("W", "wrong company", "Bitdefender's enterprise segment 55% of group revenue stored on 'Meridale Insights'"),
43: ("W", "wrong period", "Nemetschek revenue EUR 885.3m is 9M 2025 (Jan-Sep); stored as full year 2025"),
44: ("W", "wrong company", "Megaport Q1 FY26 revenue A$61.8m stored on 'Chief' (period right)"),
45: ('W', 'wrong company', "TechnologyOne FY26 PBT growth outlook 13-17% still on 'SAY' (now dated FY2026 Oct 2025-Sep 2026; measure still 'we expect profit before tax outlook')"),  # re-judged (baseline: ("W", "wrong company", "TechnologyOne FY26 PBT growth outloo...)
46: ('C', '', 'Amdocs Rest of the world 16% of FY2025 revenue (now with dates)'),  # re-judged (baseline: ("C", "", "Amdocs Rest of the world 16% of FY2025 revenue")...)
47: ("C", "", "Nemetschek Q3 2025 EBITDA EUR 90.1m"),
48: ("W", "wrong company", "Megaport FY25 revenue A$226.4m stored on 'Chief'"),
49: ('C', '', 'TechnologyOne UK revenue A$49.0m; now FY2025'),  # re-judged (baseline: ("P", "wrong period", "TechnologyOne UK revenue A$49.0m FY25...)
50: ('C', '', 'Amdocs fiscal 2026 non-GAAP EPS growth guidance 8-12%; now labelled FY2026 (no dates; a label is a period, as baseline #13)'),  # re-judged (baseline: ("P", "wrong period", "Amdocs fiscal 2026 non-GAAP EPS growt...)
51: ("W", "wrong company", "AIx signed 140 customers in its first ten weeks; stored as a usage metric of 'Chief' (AIx lost, dated FY2025)"),
52: ("C", "", "IIoT segment unitOf Renesas Electronics"),
53: ("W", "wrong company", "Free's 15,6 mln mobile / 7,6 mln fixed subscribers stored as usage metric of 'Play'"),
54: ("C", "", "Consulting unitOf TechnologyOne"),
55: ("C", "", "North America region unitOf Amdocs"),
56: ("W", "wrong company", "Bitdefender ranked second with 12.6% (from 11.4%) stored as a ranking of 'Meridale Insights'"),
57: ("C", "", "Freshworks a rival of Zoho (region 'Chennai' is where both were founded; borderline)"),
58: ("C", "", "Yves Padrines CEO of Nemetschek"),
59: ("W", "wrong company", "Megaport's Asia-Pacific region unitOf 'Chief'"),
60: ('W', 'wrong measure', "GONE/re-extracted: Reason now complete ('higher depreciation at the Kofu Factory's 300mm line and a JPY 9.5bn write-down'), but JPY 9.5bn (the write-down) is tagged measure 'operating profit', dated Q3 2025 (inherited) for a full-year forecast revision"),  # re-judged (baseline: ("W", "fragment", "operating profit revised down because of ...)
61: ("W", "wrong company", "Bouygues Telecom is Free's/Iliad's competitor in France; stored as Play's"),
62: ('W', 'wrong company', "TechnologyOne's >1,100 SaaS+ customers still a usage metric of 'SAY' (now dated FY2025)"),  # re-judged (baseline: ("W", "wrong company", "TechnologyOne's >1,100 SaaS+ custome...)
63: ("C", "", "Amdocs to invest up to $300m over two years (AI and data acquisitions; target not stored)"),
64: ("W", "wrong company", "Scamio is Bitdefender's; stored as AIModel developed by 'Meridale Insights'"),
65: ("C", "", "Sridhar Vembu co-founder of Zoho"),
66: ("C", "", "Nemetschek to invest about EUR 40m in 2025 in its AI layer (target text '2025 in its \"AI layer\"')"),
67: ("W", "wrong company", "Megaport's Europe region unitOf 'Chief'"),
68: ("C", "", "Renesas capex plan about JPY 65bn FY2025 (target field holds 'FY2025'; Kofu line not stored)"),
69: ("W", "wrong company", "22,4% French mobile market share is Free's; stored with holder 'Play'"),
70: ("P", "wrong period", "TechnologyOne invested A$150.2m in R&D in FY25; no period"),
71: ("C", "", "Shuky Sheffer CEO of Amdocs"),
72: ("W", "wrong company", "Scamio developedBy 'Meridale Insights' (Bitdefender's)"),
73: ("C", "", "Build & Construct unitOf Nemetschek"),
74: ("W", "wrong company", "Megaport's North America region unitOf 'Chief'"),
75: ("C", "", "export controls affect Renesas (forecast assumes no change; China 26% of Q3 revenue) - borderline, as judge20 #79"),
76: ("W", "wrong company", "Xavier Niel is founder and main shareholder of Iliad; stored as founder of 'Play'"),
77: ("C", "", "Priya Raman CFO of TechnologyOne"),
78: ("C", "", "Optiva a (smaller) rival of Amdocs"),
79: ('W', 'wrong measure', "GONE/re-extracted: Reason 'the EU's NIS2 directive' (complete now), still US$5.6bn without measure (EMEA market size) or period 2029"),  # re-judged (baseline: ("W", "wrong measure", "Meridale expects the EMEA market to ...)
80: ("C", "", "Louise Öfverström CFO of Nemetschek"),
81: ("W", "fragment", "'revenue' inSegment IIoT (from 'Altium's revenue is included in the IIoT segment')"),
82: ("W", "wrong period", "Play's 15,3 mln mobile customers (now) stored with predicate 'acquire' dated 2020 (the year Iliad acquired Play)"),
83: ("C", "", "Software unitOf TechnologyOne"),
84: ("C", "", "Europe region unitOf Amdocs"),
85: ("C", "", "Scamio 5 million users (usage metric of the product)"),
86: ("W", "fragment", "boilerplate caution 'results may differ materially due to various factors' stored as a Reason claim"),
87: ("W", "wrong company", "Léa Marchand is the Iliad group's CFO; stored as CFO of 'Play'"),
88: ("C", "", "Ed Chung CEO of TechnologyOne"),
89: ("C", "", "Rest of the world region unitOf Amdocs"),
90: ("W", "wrong company", "Bitdefender ranks second as the market reaches US$4.2bn; stored as a ranking of 'Meridale Insights' (rankMarket a fragment)"),
91: ("C", "", "Altium in the IIoT segment (its revenue is included there)"),
92: ('W', 'wrong company', "GONE/re-extracted: Iliad Italia's 11,9 mln mobile subscribers still a usage metric of 'Play', now predicate 'launch' dated 2018 (period wrong too)"),  # re-judged (baseline: ("W", "wrong company", "Iliad Italia's 11,9 mln mobile subsc...)
93: ("C", "", "UK unitOf TechnologyOne"),
}
