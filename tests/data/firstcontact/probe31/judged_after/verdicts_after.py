# verdicts_after: hand verdicts for sample_after.json (seed 20261215 on facts_after.json; store /tmp/fc31-after copied to
# /tmp/judge31b-store, aikg /work/fc31merge/.venv/bin/aikg, merge be0fca2, extractor 'aikg-rules-23-s28m'). The pool has 157 typed
# facts (89 Observations + 68 others), so sample.py drew 50 + 50 = 100 facts, as the baseline. 74 verdicts carried by carry.py
# from identical facts of the re-judged baseline sample (verdicts_same_after.py = the baseline's verdicts, all 100 SAME); the 26
# others judged by hand (marked '# hand'): 5 are facts new in this store (#30 #37 #49 Making Science table rows, #77 #79 the new
# Claim:Agreement kind), 21 existed in the baseline pool but were not in its sample.
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period). New cases: a table row typed
# with its value and period but on a node named after the row ('Gross margin (net revenue)', 'Adjusted EBITDA', 'Sales') with
# measure 'revenue' = wrong company (as the baseline's 'EBITDA' node); an agreement stored without the issuer as party = wrong
# company (as a launch without launcher); a metric whose qualifier is lost (DBNR 'for large customers', 'SaaS' ARR) accepted as the
# baseline's recall did (borderline); a previous range ('SAW') stored with the same measure as the current one = wrong type.

J = {
1: ('W', 'wrong company', "Indeks 9M gross margin 5.6% on 'Tervion Systems'"),
2: ('W', 'wrong value', "Hilan Q3 revenue 'US$ 1.00' (the exchange-rate base)"),
3: ('C', '', "Samsara's models process over 14 trillion data points a year (a yearly rate; no dated period needed)"),  # hand
4: ('C', '', 'Extreme new $200m buyback'),
5: ('W', 'wrong company', "AI & Data practice 2024 revenue 41,207 typed as revenue of the 'IT Services' segment"),
6: ('C', '', 'Making Science adj EBITDA guidance 2026 EUR 9-10m'),
7: ('W', 'wrong company', "Gabia's own cloud & hosting revenue 2Q26 KRW 18,470m on 'KINX'"),
8: ('W', 'wrong company', "Gabia own-cloud 3Q26 revenue KRW 20,330m on 'KINX'"),
9: ('W', 'wrong company', "Indeks Q3 revenue 14,902.3m TL on 'Tervion Systems' (and dated 9M)"),
10: ('C', '', 'Hilan Q3 2026 gross margin 25.2%'),
11: ('C', '', "Samsara DBNR above 115% Q3 FY2027 (the 'for large customers' cut is lost; accepted as in the baseline recall row 31, borderline)"),  # hand
12: ('P', 'wrong period', "Extreme FY adj operating margin guide 21.5-22.5% ('SEEN') without period (FY2027)"),  # hand
13: ('W', 'wrong company', "AI & Data practice 2025 revenue 58,310 typed as 'IT Services' revenue (no period)"),
14: ('W', 'wrong measure', "Marketing area gross margin EUR 39.8m typed as the group's gross margin (no period)"),
15: ('W', 'wrong company', "Gabia own-cloud revenue +31.4% on 'KINX'"),
16: ('C', '', 'KINX 3Q26 revenue KRW 45,120m'),
17: ('W', 'wrong company', "Despec's 9M contribution 4,377.5m TL typed as revenue of 'Tervion Systems' (the US supplier)"),
18: ('C', '', 'Hilan payroll segment >6,500 employer customers Q3 2026'),
19: ('C', '', 'Samsara Q3 FY2027 free cash flow $61.2m'),  # hand
20: ('P', 'wrong period', 'Extreme adj EPS 25 cents without period (fiscal 1Q)'),
21: ('W', 'wrong measure', "Sword 2024 dividend EUR 1.60 typed as 'earnings per share outlook'"),
22: ('W', 'wrong period', 'Grupo Nubaria nine-month gross margin EUR 73.5m dated 6 Nov 2026'),
23: ('C', '', 'KINX 2Q26 revenue KRW 41,560m'),
24: ('W', 'wrong company', "rival Hanul Cloud's 3Q26 revenue KRW 64,900m on 'KINX'"),
25: ('W', 'wrong company', "rival Marmara Dagitim's 9M revenue 22,540.0m TL on 'Tervion Systems'"),
26: ('C', '', 'Hilan Q3 revenue approx US$85.9m (convenience translation)'),
27: ('W', 'wrong period', 'Samsara FY2027 EPS guide $0.56-0.58 dated Nov 2025-Oct 2026 (FY2027 = Feb 2026-Jan 2027)'),
28: ('W', 'wrong type', "Extreme previous FY adj operating margin range 21-22% ('SAW') typed with the same measure as the current guide"),  # hand
29: ('W', 'wrong company', "Orbisant Analytics' annual revenue ~GBP 11m typed as Sword Group revenue 2026"),  # hand
30: ('W', 'wrong company', "Making Science 9M 2026 gross margin EUR 61.2m +16.1% on a node 'Gross margin (net revenue)' with measure 'revenue' (table row; value and period right)"),  # hand
31: ('W', 'wrong company', "Gabia own-cloud revenue +34.8% 3Q26 on 'KINX'"),
32: ('W', 'wrong company', "Indeks' 42,000 m2 logistics centre on 'Tervion Systems' (dated 9M 2026)"),
33: ('C', '', 'Hilan payroll ~1.1m employees per month Q3 2026'),
34: ('W', 'wrong type', "Samsara's PREVIOUS FY2027 revenue guide $1.925-1.935bn typed as FY2027 revenue (and misdated)"),
35: ('C', '', 'Extreme revenue $312.4m +16%, three months ended Sept. 30'),
36: ('W', 'wrong measure', 'Orbisant consideration GBP 14.5m (EUR 16.8m) typed as Sword Group revenue 2026'),  # hand
37: ('W', 'wrong company', "Making Science 9M 2025 adjusted EBITDA EUR 5.1m on a node 'Adjusted EBITDA' with measure 'revenue' (table row)"),  # hand
38: ('W', 'wrong company', "Gabia's GPU-as-a-service contracts KRW 9,800m on 'KINX'"),
39: ('W', 'wrong company', "Indeks AI-server revenue more than doubled, on 'Tervion Systems'"),
40: ('C', '', 'Hilan Q3 2026 revenue +11.2% yoy'),
41: ('C', '', 'Samsara Q3 FY2027 non-GAAP gross margin 78%'),  # hand
42: ('C', '', 'Extreme FY2027 revenue outlook $1.30-1.32bn'),
43: ('P', 'wrong period', 'Sword group revenue +10.2% without period (2025)'),  # hand
44: ('W', 'wrong measure', "Brava deferred part EUR 3.4m typed as the 'price' (the price is EUR 8.4m)"),  # hand
45: ('C', '', 'Hilan Q3 2026 operating margin 13.3%'),
46: ('W', 'wrong company', "Geotab's >5 million connected vehicles on Samsara"),
47: ('P', 'wrong period', "Extreme SaaS ARR $214m +24% as 'recurring revenue' (accepted as ARR, as the baseline recall row 9; SaaS cut lost, borderline) without period (end of fiscal 1Q)"),  # hand
48: ('P', 'wrong period', 'Sword organic growth +7.9% without period (2025)'),  # hand
49: ('W', 'wrong company', "Making Science 9M 2025 gross margin EUR 52.7m on a node 'Gross margin (net revenue)' with measure 'revenue' (table row)"),  # hand
50: ('C', '', 'Samsara Q3 FY2027 revenue $498.6m +26% yoy'),  # hand
51: ('W', 'fragment', "'TMS 29' versionOf 'TMS' (an accounting standard)"),
52: ('C', '', 'Hilan payroll segment usage (6,500 customers, 1.1m employees) Q3 2026'),
53: ('W', 'wrong company', 'Qiming-Edge 3B launch without launcher (ThunderSoft)'),
54: ('C', '', 'Samsara Q3: $118m net new ARR, 163 customers >$100k, 2,985 (borderline)'),
55: ('C', '', 'Extreme CEO Edward Kinsale'),
56: ('W', 'wrong type', "table row 'Capital expenditure' org:unitOf Sword Group"),
57: ('C', '', 'Grupo Nubaria competitor of Making Science'),
58: ('C', '', 'Gabia Cloud unit of Gabia (08a)'),
59: ('C', '', 'Gabia Cloud unit of Gabia (08b)'),
60: ('W', 'wrong company', "Indeks' net-profit decline reason on 'Tervion Systems'"),
61: ('P', 'wrong period', 'Hilan Data & AI growth 21.6% and its drivers, no period (Q3 2026)'),
62: ('W', 'wrong company', 'US export-control restriction without the affected company (ThunderSoft)'),
63: ('W', 'wrong company', 'Asset Intelligence launch without launcher (Samsara)'),
64: ('C', '', 'Extreme fiscal Q1 sales topped estimates: AI traffic refresh'),
65: ('C', '', 'Sword buys Orbisant Analytics for GBP 14.5m'),
66: ('C', '', 'Making Science Mexico unitOf Making Science Group (subsidiary)'),  # hand
67: ('C', '', 'Gabia Cloud GPU-as-a-service launch, 2Q26 revenue 18,470 +31.4% (reason text cut; borderline)'),
68: ('C', '', 'KINX invests KRW 186bn (Gwangmyeong data centre)'),
69: ('W', 'wrong company', "Indeks' USD 120m minimum purchase commitment as an Investment by 'Tervion Systems'"),
70: ('C', '', "Hilan segment 'IT services and cloud infrastructure' unitOf Hilan"),  # hand
71: ('C', '', 'Samsara CFO Helen Tsai'),
72: ('C', '', 'Extreme FY2027 guidance raised to $1.30-1.32bn from $1.27-1.30bn'),
73: ('W', 'fragment', "'6' inSegment 'Capital expenditure' (table cell)"),
74: ('W', 'wrong measure', "Brava's 2025 gross margin MXN 96m / EUR 4.6m typed as an Investment by Making Science"),
75: ('W', 'wrong measure', "KINX utilisation 91% / 84% typed as 'operating profit' percents"),
76: ('W', 'wrong company', "Lee Ha-eun (Gabia's new co-CEO) as 'head' of 'KINX'"),
77: ('W', 'wrong company', "Indeks' three-year distribution agreement with Tervion stored about 'Tervion Systems' with party 'Tervion Systems' only (Indeks absent)"),  # hand
78: ('C', '', 'Hilan CEO Amit Ben-Harosh'),
79: ('C', '', "Samsara's first share repurchase authorisation up to $300m (new Claim:Agreement)"),  # hand
80: ('C', '', 'Extreme CFO Craig Pelletier outgoing'),
81: ('W', 'wrong type', "table row 'Depreciation and amortisation' org:unitOf Sword Group"),
82: ('C', '', 'Making Science CFO Lucia Ferrandiz Pons'),
83: ('W', 'wrong company', "Park Seong-jin (Gabia's co-CEO) as co-CEO of 'KINX'"),
84: ('W', 'wrong company', "export-control delivery restriction affecting 'Tervion Systems' (it binds Indeks)"),
85: ('W', 'fragment', "'NIS 30' versionOf 'NIS' (the expired buyback)"),  # hand
86: ('C', '', 'Samsara second EU data region in Frankfurt'),
87: ('C', '', "Sword segment 'IT Services' unitOf Sword Group"),  # hand
88: ('C', '', 'Making Science raised 2026 gross-margin guidance to 84-88 from 80-85'),
89: ('W', 'wrong company', "Selin Karaagac, Indeks' new CFO, as CFO of 'Tervion Systems' (and no effective date)"),
90: ('C', '', 'Hilan CFO Dorit Shaked-Levin'),
91: ('C', '', 'Samsara VP Investor Relations Devika Ramaswaroop'),
92: ('W', 'wrong type', "table row 'EBITDA' org:unitOf Sword Group"),  # hand
93: ('C', '', 'Grupo Nubaria ~7% of Spanish digital marketing services market (as stated 6 Nov 2026)'),
94: ('W', 'wrong company', "Indeks' AI-server growth reason on 'Tervion Systems'"),
95: ('W', 'fragment', "'NIS 25.3' versionOf 'NIS' (dividend total)"),  # hand
96: ('W', 'wrong value', "Holmgaard CEO Role with predecessor Kevin Darragh (the CRO's predecessor)"),
97: ('W', 'wrong type', "table row 'Current operating profit' org:unitOf Sword Group"),
98: ('W', 'wrong type', "table row 'Sales' org:unitOf Making Science Group"),  # hand
99: ('W', 'wrong company', "Indeks' Dilovasi investment TL 1.15bn as an Investment by 'Tervion Systems'"),  # hand
100: ('W', 'fragment', "'NIS 40' versionOf 'NIS'"),
}
