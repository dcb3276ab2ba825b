# verdicts_after: hand verdicts for sample_after.json (seed 20261211 on facts_after.json; store /tmp/fc29-after copied to
# /tmp/judge29b-store, aikg /work/fc29merge/.venv/bin/aikg, merge 13c534d, extractor 'aikg-rules-21-s26'). The pool has 193 typed
# facts (135 Observations + 58 others), so sample.py drew 50 + 50 = 100 facts, as the baseline. 70 verdicts carried by carry.py
# from identical facts of the re-judged baseline sample (verdicts_same_after.py); the 30 others judged by hand (marked '# hand';
# 7 of them - #3 #6 #12 #15 #21 #24 #30 - are facts new in this store (Unisys segment rows, Teradata ARR); 23 existed in the
# baseline pool but were not in its sample).
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period).
# New cases: a segment's own figure typed on the segment node (Unisys DWS / ECS) = right subject, although no Unisys node exists
# (the segment is what the article reports); ARR stored as 'cloud / total recurring revenue' = right measure; an FY guidance
# growth range typed as an observed Q2 change (#15) = wrong type, as the baseline's targets-as-Observations; an 08a figure that
# 08b later corrects (H1 EBITDA 33,820, #17) is judged against 08a (borderline).
J = {
1: ('W', 'wrong company', "q.beyond Q3 revenue EUR 52.4m +9.4% on 'Datenwerk Rhein GmbH'"),
2: ('W', 'wrong company', "Al Moammar 9M revenue +16.22% on 'Information' (period '9M' without year)"),  # hand
3: ('C', '', 'Unisys ECS revenue -5.0% yoy, Q3 2026, on the ECS segment (change only; $142.9m not typed)'),  # hand
4: ('W', 'wrong company', '> 400 paying customers of the AI add-on modules (product) stored on Addnode Group, no period (as #83)'),
5: ('W', 'wrong company', "Televisa's Sky revenue -11.8% (Q3) on 'Dish México', dated 9M"),  # hand
6: ('C', '', "Teradata cloud ARR $742m, +24% yoy, end of Q2 2026 (measure 'cloud recurring revenue' accepted for cloud ARR)"),  # hand
7: ('W', 'wrong measure', "Innodata Q1 revenue $62.1m (reader comment) stored as measure 'q1', unit count, no period"),
8: ('C', '', 'Spyrosoft Q2 2025 sales revenue PLN 131,270 thousand'),
9: ('C', '', 'Spyrosoft EBITDA Q3 2026 PLN 19,870 thousand, +32.9%'),
10: ('C', '', "Datenwerk Rhein's own annual revenue ~EUR 7m, dated its acquisition 1 Aug 2026 (the right company; borderline period, as the baseline's #1)"),  # hand
11: ('W', 'wrong company', "Al Moammar 9M gross margin 20.8% on 'Information'"),  # hand
12: ('C', '', 'Unisys DWS revenue +3.5% yoy, Q3 2026, on the DWS segment (change only; $131.4m not typed)'),  # hand
13: ('W', 'wrong company', "15.3% is Process Management's Q3 EBITA margin; stored as Addnode Group's, no period"),  # hand
14: ('W', 'wrong company', "Televisa Cable revenue -0.4% on 'Dish México' (dated 9M)"),
15: ('W', 'wrong type', "'cloud ARR growth of 20% to 24%' is FY2026 guidance (reiterated), and cloud's: typed as an observed Q2 2026 change of +20% in total recurring revenue (range cut, measure wrong too)"),  # hand
16: ('C', '', 'Innodata adj. EBITDA margin 25.0%, Q3 2026'),  # hand
17: ('C', '', 'Spyrosoft H1 2026 EBITDA PLN 33,820 thousand as 08a states it (08b later corrects Q2 to 17 310; judged against its own article, borderline)'),  # hand
18: ('C', '', 'Spyrosoft EBITDA 9M 2026 PLN 53,060 thousand'),
19: ('W', 'wrong company', "q.beyond 9M 2025 revenue EUR 143.6m ('umsatz') on 'Datenwerk Rhein GmbH'"),  # hand
20: ('W', 'wrong company', "Al Moammar's 30,000,000 shares on 'Information'"),
21: ('C', '', 'Unisys ECS gross profit margin 58.4%, Q3 2026, on the ECS segment'),  # hand
22: ('C', '', 'Addnode EBITA 731 MSEK, Jan-Sep 2026'),  # hand
23: ('W', 'wrong company', "9.8m CPOs repurchased by Televisa in the quarter; stored on 'Dish México' (and dated 9M)"),
24: ('C', '', "Teradata total ARR $1.51bn, +3% yoy, end of Q2 2026 (measure 'total recurring revenue' accepted for total ARR)"),  # hand
25: ('C', '', "Innodata (adj.) EBITDA margin 25.0%, Q3 column (label 'Q3' without year accepted as #43 of the baseline; 'adjusted' lost, as the baseline's #45)"),  # hand
26: ('C', '', "Spyrosoft Q2 2026 sales revenue EUR 35,690 thousand (the article's NBP translation)"),  # hand
27: ('C', '', 'Spyrosoft Q3 2025 sales revenue PLN 136,480 thousand'),
28: ('W', 'wrong company', "q.beyond 2026 revenue outlook EUR 203-208m on 'Datenwerk Rhein GmbH'"),
29: ('W', 'wrong company', "Perfect Presentation's revenue SAR 268.4m on 'Information'"),
30: ('C', '', 'Unisys DWS gross profit margin 16.2%, Q3 2026, on the DWS segment'),  # hand
31: ('C', '', 'Addnode EBITA Jan-Sep 2025 MSEK 612'),
32: ('W', 'wrong company', "Televisa 2026 capex outlook ~US$600m on 'Dish México'"),
33: ('C', '', 'Teradata net expansion on cloud ~118%, Q2 2026'),
34: ('W', 'wrong period', 'Innodata adj. EBITDA margin 23.5% is the Q2 column; dated Q3'),
35: ('C', '', 'Spyrosoft Q2 2026 sales revenue PLN 152,380 thousand, +16.1%'),  # hand
36: ('W', 'wrong company', "Spyro AI Lab (AI business line) Q3 revenue PLN 21,050 thousand stored as Spyrosoft's revenue (as baseline #39)"),  # hand
37: ('W', 'wrong company', "q.beyond Q3 2025 revenue EUR 47.9m on 'Datenwerk Rhein GmbH'"),  # hand
38: ('W', 'wrong company', "Al Moammar's SG&A +13.6% on 'Information' (measure 'general and administrative', no period)"),  # hand
39: ('C', '', 'Addnode operating profit (EBIT) 140 MSEK, Q3 2025'),  # hand
40: ('W', 'wrong company', "Televisa's FY2026 capex budget ~US$600m on 'Dish México'"),  # hand
41: ('P', 'wrong period', 'Teradata ~$60m run-rate costs taken out in the February 2026 restructuring; no period'),
42: ('W', 'wrong value', "Innodata Q2 revenue $68.4m right, but +9.5% is Q3's QoQ change attached to Q2 (as baseline #22)"),  # hand
43: ('W', 'wrong company', "Spyro AI Lab (AI business line) revenue PLN 18,420 thousand stored as Spyrosoft's revenue"),
44: ('W', 'wrong type', "Spyrosoft's previous objective (>= PLN 600m, 2026) typed as an Observation of 2026 sales revenue (as baseline #7)"),  # hand
45: ('W', 'wrong company', "q.beyond Q3 2026 EBITDA EUR 4.6m on 'Datenwerk Rhein GmbH' (and dated Q3 2025)"),  # hand
46: ('W', 'wrong company', "Al Moammar Q3 EPS SAR 1.49 on 'Information', no period"),
47: ('P', 'wrong period', 'Addnode unutilised credit facilities MSEK 1,150 (at 30 Sep 2026); no period'),
48: ('W', 'wrong company', "izzi's 5.84m broadband RGUs on 'Dish México'"),
49: ('C', '', 'Teradata AI-related workloads ~15% of cloud consumption, Q2 2026'),
50: ('W', 'wrong type', "the blogger's implied floor (>= $303m for 2026) typed as an Observation of 2026 revenue"),
51: ('W', 'wrong company', "q.beyond guidance raise on 'Datenwerk Rhein GmbH'"),
52: ('W', 'wrong company', "Al Moammar 9M net-profit reason on 'Information'"),
53: ('W', 'wrong company', 'Unisys SVP Priya Ramaswamy-Hart: Role without organization'),
54: ('C', '', 'Addnode investing ~MSEK 60 in AI development in 2026'),
55: ('W', 'wrong company', "Televisa capex guidance cut on 'Dish México'"),
56: ('C', '', 'Devin Kallenbach Senior Analyst at Halloran Brooks & Co.'),
57: ('W', 'wrong measure', "~20% sequential growth is the seven other big-tech accounts' revenue; stored as Innodata growth without measure"),
58: ('C', '', 'Spyrosoft Q2 2026 revenue increase reason (cut; accepted)'),
59: ('W', 'wrong type', "share buyback (up to 150 000 shares, not exceeding PLN 12m) typed as an Investment 'at least PLN 12 million' in 'Company'"),
60: ('W', 'wrong period', 'Cloud & IoT +12.9% to EUR 34.1m is Q3 2026; claim dated Q3 2025'),
61: ('W', 'wrong company', "Al Moammar revenue reason on 'Information'"),
62: ('W', 'wrong company', 'Unisys CFO Priya Ramaswamy-Hart: Role without organization'),
63: ('W', 'wrong company', "Design Management's growth driver stored as Addnode Group's growth"),
64: ('W', 'wrong value', 'Dish México lost 96,000 subscribers in the quarter; stored as 96,000 subscribers dated 9M'),
65: ('C', '', "~62% of Teradata's top 500 customers run a workload on VantageCloud (borderline: product lost)"),
66: ('C', '', 'Rajiv Menon-Castillo CEO of Innodata'),
67: ('W', 'wrong company', "Paweł Ostaszewski Vice-President of Spyrosoft; organization 'Vice-'"),
68: ('C', '', 'Marek Jastrzębiowski President of Spyrosoft (08b)'),
69: ('W', 'wrong company', "q.beyond CEO Katrin Obermaier with organization 'Datenwerk Rhein GmbH'"),
70: ('W', 'wrong company', "Al Moammar net profit +20.38% reason on 'Information'"),
71: ('W', 'wrong company', '> 400 paying customers of the AI add-on modules stored as usage of Addnode Group'),
72: ('W', 'wrong company', "Televisa's US$9.4m Sky capex stored as an Investment by 'Dish México' in Sky"),
73: ('C', '', 'Teradata FY2026 FCF guidance $280-300m, from $260-280m'),
74: ('C', '', 'Innodata FY2026 guidance raised to >= 30% growth from >= 25%'),
75: ('W', 'wrong value', "Spyrosoft Q2 2026 EBITDA margin 11.8% right, Q2 2025's 10.8% stored as a growth"),
76: ('W', 'fragment', "'EBITDA-Marge 8' versionOf 'EBITDA-Marge' (German table row split at the decimal comma, as baseline #93 #99)"),  # hand
77: ('C', '', 'Annika Bergfors CFO of Addnode Group'),
78: ('W', 'wrong company', "Televisa's net income reason on 'Dish México' (and direction 'decrease' - net income rose from a loss)"),  # hand
79: ('C', '', 'Marguerite Onwuachi CFO of Teradata'),
80: ('C', '', 'Aaron Feldkamp CFO of Innodata'),
81: ('C', '', 'Marek Jastrzębiowski President of Spyrosoft'),
82: ('W', 'wrong company', "q.beyond 2027 EBITDA margin target 10% on 'Datenwerk Rhein GmbH'"),
83: ('W', 'fragment', "'company' (Kvarnbo) inSegment Process Management"),
84: ('W', 'wrong company', "izzi's CEO Tomás Arriaga Quintanar with organization 'Dish México'"),
85: ('W', 'wrong company', '> 90 customers on AI Unlimited (product) stored as usage of Teradata'),
86: ('W', 'wrong company', "Paweł Ostaszewski CFO of Spyrosoft; organization 'Vice-'"),
87: ('W', 'wrong company', "q.beyond's Chairman Reinhold Asbach with organization 'Datenwerk Rhein GmbH'"),
88: ('C', '', 'Kvarnbo Geodata consideration MSEK 118 + at most MSEK 30, buyer Addnode'),
89: ('W', 'fragment', "'managed-security services for corporate' inSegment 'Operating' (list of izzi empresarial's services, as baseline #78 #95)"),  # hand
90: ('W', 'fragment', "'Free Cashflow 5' versionOf 'Free Cashflow' (table row split at the decimal comma)"),
91: ('C', '', 'Lisa Hellqvist head of Process Management since 1 Oct 2026'),
92: ('W', 'wrong company', "Televisa Cable revenue reason on 'Dish México'"),
93: ('W', 'wrong company', "q.beyond 2027 revenue target > EUR 0.22bn on 'Datenwerk Rhein GmbH'"),
94: ('C', '', 'Process Management unitOf Addnode Group'),
95: ('W', 'wrong company', "Televisa CFO Mariana Echeverría Lugo with organization 'Dish México'"),
96: ('W', 'wrong company', "q.beyond CFO 'Matthias Leuschner's' with organization 'Datenwerk Rhein GmbH'"),
97: ('C', '', 'Carl-Fredrik Wennström CEO of Addnode Group'),
98: ('W', 'fragment', "'government customers' inSegment 'Operating'"),
99: ('W', 'fragment', "'SAP 18' versionOf SAP (table row split at the decimal comma)"),
100: ('C', '', 'Carl-Fredrik Wennström President of Addnode Group'),
}
