# Hand verdicts for sample.json (seed 20261206, store /tmp/fc25-base copied to /tmp/judge25-store, baseline aikg main 0389416).
# The pool has 138 typed facts (81 Observations + 57 others); sample.py drew 50 Observations + 50 others = 100 facts.
# n: (verdict, category, reason). verdict: C = correct, W = wrong, P = right except the period is missing
# (strict WRONG, lenient CORRECT). category: wrong company / wrong measure / wrong value / wrong period / wrong type / fragment.
# Where more than one thing is wrong the first of company > type > measure > value > period is given (the reason says the rest).
# Company nodes: Telecom Egypt is a node labelled only 'TE' (the abbreviation the article uses; accepted as the subject - it is
# in focus_labels - but see failures: questions naming 'Telecom Egypt' find nothing). Vocus's three units (Enterprise &
# Government, Wholesale, Retail) are not nodes: their revenues typed on 'Vocus Group' with measure 'revenue' are a unit's line
# on the parent = wrong company (as judge24's Akamai CIS). Metrodata's distribution / solutions margins on Metrodata likewise.
# Nodes from sentence pieces: 'Our Group' (from "Our Group CEO, Marcus Henley"), 'Procurement Officer Vocus Group', 'MSEK 498'
# - a fact on them is wrong company; 'MSEK NNN' versionOf 'MSEK' Statements are fragments.
# Measures: a share of revenue stored as a 'customers' change, the market cap as 'price', the translator's EUR/PLN conversion
# as an Atman 'purchase conversion' are wrong measure. A measure naming the unit on the parent ('high flex sales') is accepted.
# Values: a number whose scale word is lost (Rp 512,4 miliar -> 512.4 IDR, Rp 6,4 triliun -> 6.4, Rp 120 miliar -> 120) is
# wrong value; a superseded outlook (SEK 8bn, 'previous outlook') stored as an outlook for 2026 next to the new one is wrong value
# (judge24 precedent: superseded range); a prior-year level in brackets stored as a 'growth' of that size is wrong value.
# Types: a broker estimate (FY2026e / FY2027e columns of the Nilegate table) stored as a plain Observation is wrong type (as
# judge24's consensus as actual); a target stored as an actual (Metrodata's 5-7% net profit growth target) or an actual as a
# Target / GuidanceChange is wrong type; a share of revenue / renewable share as a Reason, capex earmark as a UsageMetric too.
# Management's own capex guidance for the current year (TE 2026 capex EGP 26bn as 'capex' 2026) is accepted (borderline).
# Periods: a figure whose article gives its period but the fact has none is P (Metrodata 9M 2026 growth, Atman 2025 EBITDA
# margin, Mycronic Q3 growth and 2026 'sales outlook', the Atman 2026-2029 investment); a multi-year total dated one year is W
# (Project Meridian capex to completion dated FY2028). Labels 'Q3' without year (Mycronic release) are accepted (judge24 #2).
J = {
1: ("C", "", "Atman revenue +17,2% in 2025"),
2: ("P", "wrong period", "Metrodata revenue +10,1% is for 9M 2026 (January-September); no period"),
3: ("W", "wrong type", "EPS EGP 10.49 is Nilegate's FY2026e estimate; stored as a plain FY2026 Observation"),
4: ("P", "wrong period", "Mycronic raised full-year sales outlook ~SEK 8.5bn (CFO quote); 2026 lost (the other copy #28 has it)"),
5: ("C", "", "Espressif net profit attributable +41% YoY H1 2026"),
6: ("W", "wrong company", "A$0.55bn FY26 is the Retail unit's revenue; stored as Vocus Group 'revenue' (unit on parent)"),
7: ("C", "", "Silicon Motion non-GAAP EPS per ADS US$1.12 Q2 2026"),
8: ("C", "", "Silicon Motion non-GAAP EPS per ADS US$1.31 Q3 2026"),
9: ("W", "wrong measure", "'1 EUR ≈ 4,25 zł' is the translator's conversion note; stored as an Atman 'purchase conversion' of EUR 1 dated 2025"),
10: ("W", "wrong value", "net profit Rp 512,4 miliar (+7,3%) 9M 2026: value 512.4 IDR ('miliar' lost); change and period right"),
11: ("C", "", "TE EBITDA margin 41.6% FY2024 (actual column)"),
12: ("C", "", "High Flex sales -4% in Q3 (measure names the division, label 'Q3' accepted)"),
13: ("C", "", "Espressif revenue RMB 1.12bn H1 2025"),
14: ("W", "wrong period", "Project Meridian capex A$420m is the total to completion in FY28; dated FY2028 as if one year's capex"),
15: ("C", "", "Silicon Motion revenue US$238.6m Q2 2026"),
16: ("C", "", "Silicon Motion Q4 2026 revenue outlook US$270-285m"),
17: ("P", "wrong period", "Atman EBITDA margin 54,9% is 2025; no period"),
18: ("W", "wrong company", "'margins in distribution are thin, about 4%' is the distribution business's margin; stored as Metrodata 'margin' 9M 2026"),
19: ("C", "", "TE 2026 capex EGP 26bn (management guidance; stored as plain 'capex' 2026 - borderline, accepted)"),
20: ("P", "wrong period", "Mycronic net sales +12% is Q3 2026; no period"),
21: ("C", "", "Espressif gross margin 43.9% H1 2025"),
22: ("W", "wrong company", "A$0.74bn FY26 is the Wholesale unit's revenue; stored as Vocus Group 'revenue'"),
23: ("C", "", "Silicon Motion Q3 2026 non-GAAP gross margin outlook 48-50% (given in July)"),
24: ("C", "", "Silicon Motion Q4 2026 non-GAAP gross margin outlook 49-51%"),
25: ("C", "", "Atman revenue 412,6 mln zł 2025"),
26: ("W", "wrong value", "market value about Rp 6,4 triliun stored as 6.4 IDR ('triliun' lost)"),
27: ("W", "wrong type", "EBITDA margin 41.8% is the FY2027e estimate; stored as a plain FY2027 Observation"),
28: ("C", "", "Mycronic net sales outlook ~SEK 8.5bn full year 2026"),
29: ("C", "", "Espressif revenue RMB 1.42bn H1 2026"),
30: ("C", "", "Vocus approximately 1,900 suppliers in FY26"),
31: ("C", "", "Phison Electronics second-quarter revenue NT$16.2bn Q2 2026 (on Phison, measure wordy but right)"),
32: ("C", "", "Silicon Motion (non-GAAP) gross margin 49.6% Q3 2026 ('non-GAAP' lost, the only margin given - accepted)"),
33: ("W", "wrong measure", "translator's conversion 1 EUR ≈ 4,25 zł stored as an Atman 'purchase conversion' PLN 4.25 dated 2025"),
34: ("W", "wrong company", "gross margins above 20% are the solutions and services businesses'; stored as Metrodata 'gross margin' 9M 2026"),
35: ("C", "", "WE mobile brand (TE) 14.2 mn subscribers September 2026"),
36: ("W", "wrong value", "SEK 8bn is the previous (superseded) outlook; stored as a current 2026 net sales outlook next to SEK 8.5bn"),
37: ("C", "", "Espressif net profit attributable RMB 247m H1 2026"),
38: ("W", "wrong company", "'annual turnover below A$10 million' is the threshold for small suppliers; stored as Vocus Group turnover"),
39: ("C", "", "Silicon Motion 2026 R&D spending plan about US$290m"),
40: ("C", "", "Phison Electronics Q3 2026 revenue NT$17.9bn"),
41: ("C", "", "Atman revenue +14,8% H1 2026"),
42: ("P", "wrong period", "interim dividend Rp 10 per share (2026, payable 5 December); no period / date"),
43: ("W", "wrong type", "41.5% is both FY2025 (actual) and FY2026e (estimate); one fact with two period labels, the estimate as an actual"),
44: ("C", "", "Mycronic gross margin 55.8% Q3 (2026)"),
45: ("W", "wrong measure", "roughly RMB 20bn is the market cap; stored as 'price' dated H1 2026"),
46: ("W", "wrong company", "A$1.12bn FY26 is Enterprise & Government's revenue; stored as Vocus Group 'revenue'"),
47: ("C", "", "Silicon Motion revenue +28% Q2 2026"),
48: ("W", "wrong measure", "mainland-China share of revenue fell to about 16% (from 18%); stored as a 16% decrease of 'customers' Q3 2026"),
49: ("C", "", "Atman revenue 231,8 mln zł H1 2026"),
50: ("W", "wrong type", "net profit growth 5-7% is the maintained 2026 target; stored as an actual 2026 net profit increase of 5%"),
51: ("P", "wrong period", "Atman to spend 2,4 mld zł on WAW-3; the years 2026-2029 only inside the target text ('years 2026–2029 on a new campus'), WAW-3 lost"),
52: ("W", "wrong value", "Rp 120 miliar for the AI Center of Excellence stored as IDR 120 ('miliar' lost), no target, no period"),
53: ("C", "", "GPU imports require US export licences (Telecom Egypt)"),
54: ("W", "fragment", "'MSEK 498' versionOf 'MSEK' from the division list"),
55: ("C", "", "'Wi-Fi 6' versionOf 'Wi-Fi' (ESP32-C5 Wi-Fi 6 part; true, generic - borderline, accepted)"),
56: ("C", "", "Rachel Duffy Chief Procurement Officer of Vocus Group"),
57: ("C", "", "US export controls on design tools and sales to Chinese customers a risk for Silicon Motion (restricts text garbled, accepted)"),
58: ("C", "", "US export restrictions on certain customers affect Silicon Motion (08b)"),
59: ("C", "", "Agnieszka Lis CFO of Atman"),
60: ("C", "", "Metrodata's GPU purchase needed a US export licence"),
61: ("P", "wrong period", "Nilegate target price EGP 92.40 on TE; 12-month horizon / date lost (the other copy #86 has them), setter not given"),
62: ("C", "", "Mycronic raised 2026 net sales outlook to ~SEK 8.5bn from ~SEK 8bn"),
63: ("C", "", "Tan Wei Liang CEO of Espressif"),
64: ("C", "", "export licences for GPU servers / accelerators supplied to Vocus (borderline, accepted)"),
65: ("W", "wrong type", "US$15.8m is the Q2 enterprise-controller revenue (actual); stored as a Target with measure 'value' (the 10% by 2027 target lost)"),
66: ("W", "wrong measure", "China share of revenue down to about 16% from 18% (reason US export restrictions): values measure 'customers', 18% as a decrease of 18%, dated Q2 2026 instead of Q3"),
67: ("C", "", "Polcom a competitor of Atman"),
68: ("C", "", "Metrodata ~19% share of Indonesia's IT distribution market"),
69: ("W", "wrong measure", "14.2 mn subscribers Sep 2026 right, but the 14% / 13% mobile market shares carry measure 'mn subscribers' (13% without its year-earlier date)"),
70: ("W", "wrong value", "gross margin 55.8% with the mix reason right, but the prior-year 53.1% stored as an increase ('growth') of 53.1%"),
71: ("W", "wrong company", "A$60m annualised savings by end FY29 is Project Lumen's target set by Vocus's CEO; stored on a node 'Our Group', measure 'value'"),
72: ("C", "", "Jason Tsai CFO of Silicon Motion (July 2026)"),
73: ("C", "", "Phison Electronics a competitor of Silicon Motion (08b)"),
74: ("W", "wrong type", "70% of 2025 electricity from renewable PPAs stored as a Reason 'renewable sources under long-term contracts'"),
75: ("W", "wrong type", "Rp 120 miliar capex earmark incl. 256 GPUs stored as a UsageMetric 'customers' (Rp 120, '256 graphics')"),
76: ("C", "", "Ahmed Selim managing director of TE"),
77: ("W", "wrong company", "High Flex sales -4% to MSEK 498 (520), reason cautious European customers; about / usageOf a node 'MSEK 498', usageMetric 'customers', 520 as a count"),
78: ("W", "wrong company", "Priya Ramanathan heads the Procurement Transformation Office of Vocus; organization a node 'Procurement Officer Vocus Group'"),
79: ("C", "", "Phison Electronics a competitor of Silicon Motion (08a)"),
80: ("W", "wrong type", "Q3 2026 revenue US$266.2m (+31%, from US$203.2m) is an actual 'near the top of its guidance range'; stored as a GuidanceChange 'raise'"),
81: ("W", "wrong company", "'placed in the second tier' is Poland's tier in the US chip-export framework; stored as an Atman Ranking rank 2"),
82: ("W", "wrong type", "about 41% is the FY2025 share of 'digital and international' revenue (start of the 2030 target of 50%); stored as a GuidanceChange dated 2023"),
83: ("C", "", "Henrik Sjöberg CEO of Mycronic"),
84: ("W", "wrong type", "about 18% of revenue from mainland-China customers is a share; stored as a Reason for revenue with reason 'customers in mainland China'"),
85: ("C", "", "Silicon Motion plans about US$290m R&D in 2026 (as Investment, judge24 #91 precedent)"),
86: ("C", "", "Nilegate 12-month target price EGP 92.40 on TE (dated the price date 25 Nov, accepted)"),
87: ("W", "wrong company", "deliveries of mask writers to China require export licences (imposed by the exporting side, not stated); imposedBy 'China'"),
88: ("C", "", "Daniel Hsu CEO of Silicon Motion (08a)"),
89: ("C", "", "Daniel Hsu CEO of Silicon Motion (08b)"),
90: ("C", "", "Ahmed Selim CEO of TE"),
91: ("W", "fragment", "'MSEK 253' versionOf 'MSEK' (Global Technologies row)"),
92: ("W", "wrong measure", "the enterprise-controller share target raised to 15% (from 10%) of total revenue by 2027: measure 'total revenue' without enterprise controllers, 2027 lost (borderline)"),
93: ("C", "", "Hala Mansour CFO of TE"),
94: ("C", "", "Henrik Sjöberg President of Mycronic"),
95: ("C", "", "Grace Lin CFO of Silicon Motion from 1 Oct 2026"),
96: ("C", "", "Pattern Generators division unitOf Mycronic"),
97: ("C", "", "Karin Ahlgren CFO of Mycronic"),
98: ("C", "", "High Volume division unitOf Mycronic"),
99: ("W", "fragment", "'MSEK 96' versionOf 'MSEK' (capex sentence)"),
100: ("W", "fragment", "'MSEK 241' versionOf 'MSEK' (R&D sentence)"),
}
