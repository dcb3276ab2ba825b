# verdicts_after: hand verdicts for sample_after.json (seed 20261206 on facts_after.json; store /tmp/fc25-after-store copied to
# /tmp/judge25b-store, aikg /work/fc25after/.venv/bin/aikg, main 8d4311e). The pool has 142 typed facts (85 Observations + 57 others),
# so sample.py drew 50 + 50 = 100 facts. 84 verdicts carried by carry.py from identical facts of the baseline sample
# (verdicts_same_after.py); the 16 others judged by hand (marked '# hand'; 3 of them are facts new in this store - TE net debt
# FY2025 / FY2026 and the Atman Investment with its period -, 13 existed in the baseline pool but were not in its sample).
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period).
# New convention: a table row in 'EGP bn' stored as a bare number with unit count (TE net debt 66.4) is wrong value (scale and
# currency lost), as the Indonesian scale words in the baseline; an estimate column is wrong type first.
J = {
1: ('C', '', 'Atman revenue +17,2% in 2025'),
2: ('P', 'wrong period', 'Metrodata revenue +10,1% is for 9M 2026 (January-September); no period'),
3: ('W', 'wrong type', '41.5% is both FY2025 (actual) and FY2026e (estimate); one fact with two period labels, the estimate as an actual'),
4: ('W', 'wrong value', 'SEK 8bn is the previous (superseded) outlook; stored as a current 2026 net sales outlook next to SEK 8.5bn'),
5: ('W', 'wrong period', "Espressif 'about RMB 2.21 billion' is the poster's Jan-Sep 2026 (9M) revenue sum; dated H1 2026 (period inherited); measure 'million revenue' garbled too"),  # hand
6: ('C', '', 'Vocus Group revenue A$2.41bn FY26 (year to 30 June 2026)'),  # hand
7: ('C', '', 'Silicon Motion revenue US$238.6m Q2 2026'),
8: ('C', '', 'Silicon Motion Q4 2026 non-GAAP gross margin outlook 49-51%'),
9: ('W', 'wrong measure', "'1 EUR ≈ 4,25 zł' is the translator's conversion note; stored as an Atman 'purchase conversion' of EUR 1 dated 2025"),
10: ('W', 'wrong value', "net profit Rp 512,4 miliar (+7,3%) 9M 2026: value 512.4 IDR ('miliar' lost); change and period right"),
11: ('C', '', 'WE mobile brand (TE) 14.2 mn subscribers September 2026'),
12: ('C', '', 'Mycronic net sales outlook ~SEK 8.5bn full year 2026'),
13: ('C', '', 'Espressif gross margin 43.9% H1 2025'),
14: ('W', 'wrong period', "Project Meridian capex A$420m is the total to completion in FY28; dated FY2028 as if one year's capex"),
15: ('C', '', 'Silicon Motion 2026 R&D spending plan about US$290m'),
16: ('C', '', 'Phison Electronics Q3 2026 revenue NT$17.9bn'),
17: ('P', 'wrong period', 'Atman EBITDA margin 54,9% is 2025; no period'),
18: ('W', 'wrong company', "'margins in distribution are thin, about 4%' is the distribution business's margin; stored as Metrodata 'margin' 9M 2026"),
19: ('C', '', 'TE EPS EGP 8.38 FY2025 (actual column)'),  # hand
20: ('W', 'wrong measure', "16% is Mycronic's currency-adjusted Q3 sales growth (reported +12%); stored as plain 'sales' increase 16%, no period"),  # hand
21: ('C', '', 'Espressif gross margin 46.3% H1 2026'),  # hand
22: ('C', '', 'Vocus Group underlying EBITDA A$865m FY26'),  # hand
23: ('C', '', 'Silicon Motion Q3 2026 revenue outlook US$255-270m (July guidance)'),  # hand
24: ('C', '', 'Silicon Motion Q4 2026 revenue outlook US$270-285m'),
25: ('C', '', 'Atman revenue 412,6 mln zł 2025'),
26: ('W', 'wrong value', "market value about Rp 6,4 triliun stored as 6.4 IDR ('triliun' lost)"),
27: ('C', '', "TE 2026 capex EGP 26bn (management guidance; stored as plain 'capex' 2026 - borderline, accepted)"),
28: ('C', '', "High Flex sales -4% in Q3 (measure names the division, label 'Q3' accepted)"),
29: ('W', 'wrong measure', "roughly RMB 20bn is the market cap; stored as 'price' dated H1 2026"),
30: ('W', 'wrong company', "A$0.55bn FY26 is the Retail unit's revenue; stored as Vocus Group 'revenue' (unit on parent)"),
31: ('C', '', 'Phison Electronics second-quarter revenue NT$16.2bn Q2 2026 (on Phison, measure wordy but right)'),
32: ('C', '', 'Silicon Motion non-GAAP EPS per ADS US$1.31 Q3 2026'),
33: ('W', 'wrong measure', "translator's conversion 1 EUR ≈ 4,25 zł stored as an Atman 'purchase conversion' PLN 4.25 dated 2025"),
34: ('W', 'wrong company', "gross margins above 20% are the solutions and services businesses'; stored as Metrodata 'gross margin' 9M 2026"),
35: ('W', 'wrong value', "TE net debt FY2025 is EGP 66.4 bn (table in 'EGP bn'); stored as 66.4 with unit count - scale and currency lost (as the Indonesian scale words)"),  # hand
36: ('P', 'wrong period', 'Mycronic EBIT margin 22.5% is Q3 2026; no period'),  # hand
37: ('C', '', 'Espressif net profit attributable +41% YoY H1 2026'),
38: ('W', 'wrong company', "A$0.74bn FY26 is the Wholesale unit's revenue; stored as Vocus Group 'revenue'"),
39: ('C', '', 'Silicon Motion non-GAAP EPS per ADS US$1.12 Q2 2026'),
40: ('W', 'wrong measure', "mainland-China share of revenue fell to about 16% (from 18%); stored as a 16% decrease of 'customers' Q3 2026"),
41: ('C', '', 'Atman revenue +14,8% H1 2026'),
42: ('P', 'wrong period', 'interim dividend Rp 10 per share (2026, payable 5 December); no period / date'),
43: ('W', 'wrong type', "TE net debt 70.2 is Nilegate's FY2026e estimate; stored as a plain FY2026 Observation (also unit count, EGP bn lost)"),  # hand
44: ('P', 'wrong period', 'Mycronic EPS SEK 3.89 is Q3 2026; no period'),  # hand
45: ('C', '', 'Espressif net profit attributable RMB 247m H1 2026'),
46: ('C', '', 'Vocus approximately 1,900 suppliers in FY26'),
47: ('C', '', "Silicon Motion (non-GAAP) gross margin 48.9% Q2 2026 ('non-GAAP' lost, the only margin given - accepted as baseline #32)"),  # hand
48: ('C', '', "Silicon Motion (non-GAAP) gross margin 49.6% Q3 2026 ('non-GAAP' lost, the only margin given - accepted)"),
49: ('C', '', 'Atman revenue 231,8 mln zł H1 2026'),
50: ('W', 'wrong type', 'net profit growth 5-7% is the maintained 2026 target; stored as an actual 2026 net profit increase of 5%'),
51: ('C', '', 'Agnieszka Lis CFO of Atman'),
52: ('C', '', "Metrodata's GPU purchase needed a US export licence"),
53: ('C', '', 'GPU imports require US export licences (Telecom Egypt)'),
54: ('W', 'wrong company', "High Flex sales -4% to MSEK 498 (520), reason cautious European customers; about / usageOf a node 'MSEK 498', usageMetric 'customers', 520 as a count"),
55: ('C', '', "'Wi-Fi 6' versionOf 'Wi-Fi' (ESP32-C5 Wi-Fi 6 part; true, generic - borderline, accepted)"),
56: ('W', 'wrong company', "A$60m annualised savings by end FY29 is Project Lumen's target set by Vocus's CEO; stored on a node 'Our Group', measure 'value'"),
57: ('W', 'wrong type', "US$15.8m is the Q2 enterprise-controller revenue (actual); stored as a Target with measure 'value' (the 10% by 2027 target lost)"),
58: ('C', '', 'Daniel Hsu CEO of Silicon Motion (08b)'),
59: ('C', '', 'Polcom a competitor of Atman'),
60: ('C', '', "Metrodata ~19% share of Indonesia's IT distribution market"),
61: ('W', 'wrong type', "about 41% is the FY2025 share of 'digital and international' revenue (start of the 2030 target of 50%); stored as a GuidanceChange dated 2023"),
62: ('C', '', 'Henrik Sjöberg President of Mycronic'),
63: ('C', '', 'Tan Wei Liang CEO of Espressif'),
64: ('C', '', 'export licences for GPU servers / accelerators supplied to Vocus (borderline, accepted)'),
65: ('C', '', 'Phison Electronics a competitor of Silicon Motion (08a)'),
66: ('W', 'wrong measure', "China share of revenue down to about 16% from 18% (reason US export restrictions): values measure 'customers', 18% as a decrease of 18%, dated Q2 2026 instead of Q3"),
67: ('C', '', 'Atman to spend PLN 2.4bn in the years 2026-2029 on the new campus (new: period 2026-01-01..2029-12-31; same fact as same-sample #51, re-judged C)'),  # hand
68: ('W', 'wrong value', "Rp 120 miliar for the AI Center of Excellence stored as IDR 120 ('miliar' lost), no target, no period"),
69: ('C', '', 'Ahmed Selim CEO of TE'),
70: ('W', 'fragment', "'MSEK 96' versionOf 'MSEK' (capex sentence)"),
71: ('C', '', 'Rachel Duffy Chief Procurement Officer of Vocus Group'),
72: ('C', '', 'US export controls on design tools and sales to Chinese customers a risk for Silicon Motion (restricts text garbled, accepted)'),
73: ('C', '', 'US export restrictions on certain customers affect Silicon Motion (08b)'),
74: ('W', 'wrong company', "'placed in the second tier' is Poland's tier in the US chip-export framework; stored as an Atman Ranking rank 2"),
75: ('W', 'wrong type', "Rp 120 miliar capex earmark incl. 256 GPUs stored as a UsageMetric 'customers' (Rp 120, '256 graphics')"),
76: ('C', '', 'Nilegate 12-month target price EGP 92.40 on TE (dated the price date 25 Nov, accepted)'),
77: ('W', 'wrong company', "deliveries of mask writers to China require export licences (imposed by the exporting side, not stated); imposedBy 'China'"),
78: ('W', 'wrong company', "Priya Ramanathan heads the Procurement Transformation Office of Vocus; organization a node 'Procurement Officer Vocus Group'"),
79: ('W', 'wrong type', "about 18% of revenue from mainland-China customers is a share; stored as a Reason for revenue with reason 'customers in mainland China'"),
80: ('W', 'wrong type', "Q3 2026 revenue US$266.2m (+31%, from US$203.2m) is an actual 'near the top of its guidance range'; stored as a GuidanceChange 'raise'"),
81: ('W', 'wrong type', "70% of 2025 electricity from renewable PPAs stored as a Reason 'renewable sources under long-term contracts'"),
82: ('W', 'wrong measure', "14.2 mn subscribers Sep 2026 right, but the 14% / 13% mobile market shares carry measure 'mn subscribers' (13% without its year-earlier date)"),
83: ('W', 'wrong value', "gross margin 55.8% with the mix reason right, but the prior-year 53.1% stored as an increase ('growth') of 53.1%"),
84: ('C', '', 'Daniel Hsu CEO of Silicon Motion (08a)'),
85: ('C', '', 'Phison Electronics a competitor of Silicon Motion (08b)'),
86: ('C', '', 'Ahmed Selim managing director of TE'),
87: ('C', '', 'Mycronic raised 2026 net sales outlook to ~SEK 8.5bn from ~SEK 8bn'),
88: ('C', '', 'Jason Tsai CFO of Silicon Motion (July 2026)'),
89: ('C', '', 'Silicon Motion plans about US$290m R&D in 2026 (as Investment, judge24 #91 precedent)'),
90: ('P', 'wrong period', 'Nilegate target price EGP 92.40 on TE; 12-month horizon / date lost (the other copy #86 has them), setter not given'),
91: ('C', '', 'Henrik Sjöberg CEO of Mycronic'),
92: ('C', '', 'Grace Lin CFO of Silicon Motion from 1 Oct 2026'),
93: ('C', '', 'Hala Mansour CFO of TE'),
94: ('W', 'fragment', "'MSEK 388' versionOf 'MSEK' (operating cash flow sentence)"),  # hand
95: ('W', 'wrong measure', "the enterprise-controller share target raised to 15% (from 10%) of total revenue by 2027: measure 'total revenue' without enterprise controllers, 2027 lost (borderline)"),
96: ('C', '', 'Karin Ahlgren CFO of Mycronic'),
97: ('C', '', 'Pattern Generators division unitOf Mycronic'),
98: ('C', '', 'High Flex division unitOf Mycronic'),  # hand
99: ('W', 'fragment', "'MSEK 381' versionOf 'MSEK' (profit after tax sentence)"),  # hand
100: ('C', '', 'High Volume division unitOf Mycronic'),
}
