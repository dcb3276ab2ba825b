# verdicts_after: hand verdicts for sample_after.json (seed 20261209 on facts_after.json; store /tmp/fc28-after copied to
# /tmp/judge28b-store, aikg /work/fc28merge/.venv/bin/aikg, merge ddad891, extractor 'aikg-rules-20-s25'). The pool has 139 typed
# facts (99 Observations + 40 others, as the baseline), so sample.py drew 50 + all 40 = 90 facts. 73 verdicts carried by carry.py
# from identical facts of the re-judged baseline sample (verdicts_same_after.py); the 17 others judged by hand (marked '# hand';
# 5 of them - #3 #11 #34 #41 #47 - are the Commvault EBIT-margin facts new in this store only because their measure became
# 'non-gaap ebit margin'; 12 existed in the baseline pool but were not in its sample).
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period).
# Conventions as the baseline: Enghouse C$ thousands as USD units = wrong value (borderline; also the per-share dividend whose
# currency only is lost, #13); Bemobi's rows scaled x1000 = wrong value; prior-year columns dated the current quarter = wrong
# period; a product's usage stored as the company's plain count = wrong measure (the baseline accepted #60 only because the
# product was in the measure).
J = {
1: ('W', 'wrong value', '+1.5%p is the operating-margin change yoy; stored as an operating margin of 1.5%'),
2: ('W', 'wrong company', "Auras October revenue +41.10% yoy; on 'Monthly Revenue'"),
3: ('W', 'wrong company', "21.5% is the bonus plan's MAXIMUM non-GAAP EBIT margin (threshold/target/max/actual row); on 'Ferrante' as a non-GAAP EBIT margin, no period"),  # hand
4: ('P', 'wrong period', 'net loss attributable to owners RMB87.3m is 1H 2025; no period'),
5: ('W', 'wrong value', 'AMG revenue C$52,182 thousand is Q4 FY2026 (3 months to 31 Oct 2026); stored USD 52,182 and dated calendar 2025 (wrong period too)'),  # hand
6: ('W', 'wrong period', 'Digital Payments R$70.330 thousand is 3T25 (prior-year column); dated Q3 2026 (segment subject and scale right)'),  # hand
7: ('W', 'wrong measure', 'US$0.9m are one-off mask and tape-out costs inside R&D; stored as R&D spending 0.9m (no period)'),
8: ('W', 'wrong measure', "A$25.0m is the placement's gross proceeds; measure 'million new share price'"),
9: ('W', 'wrong period', '22.5% is the 2Q26 operating margin; dated Q3 2026'),
10: ('W', 'wrong company', "+18.05% is Sunonwealth's October revenue growth; stored on 'Monthly Revenue'"),
11: ('W', 'wrong company', "Commvault non-GAAP EBIT margin 20.6% FY2026 (dates right); on 'Ferrante'"),  # hand
12: ('P', 'wrong period', 'Fourth Paradigm expected net profit attributable RMB45-65m is 1H 2026; no period'),
13: ('W', 'wrong value', 'Enghouse quarterly dividend raised to C$0.33 per share (payable 27 Feb 2027); stored USD 0.33 (currency lost; per-share amounts are not in thousands; borderline)'),  # hand
14: ('W', 'wrong value', 'EBITDA ajustado 9M26 R$168,950 thousand stored as BRL 168.95bn (x1000); +29.9% is the 3T26 change (9M: +26.2%)'),
15: ('P', 'wrong period', 'BrainChip R&D payments US$3.41m, June quarter 2026; no period'),
16: ('P', 'wrong period', 'BrainChip headcount 94 at 30 September 2026; no period'),
17: ('C', '', 'Douzone revenue +13.9% yoy, Q3 2026 (change only; the 1,142억원 value is not typed)'),  # hand
18: ('W', 'wrong company', "Auras Q3 2026 revenue NT$7,402,111 thousand; on 'Monthly Revenue' (period 'July-September' without year)"),
19: ('W', 'wrong company', "Commvault FY2026 total revenue $1,186.4m +19% (dates right); on 'Ferrante'"),  # hand
20: ('W', 'wrong company', ">65% is the Prophet AI Platform's expected share of revenue; stored on Fourth Paradigm with measure 'reporting period and to share of total revenue'"),
21: ('W', 'wrong measure', "$10,900 (thousand) is what 412,000 repurchased shares cost; measure 'common share price'"),
22: ('C', '', 'Bemobi adjusted EBITDA R$61.3m, Q3 2026'),
23: ('C', '', 'Corvelle Automotive licence fee to BrainChip US$1.2m'),
24: ('C', '', 'BrainChip issued 147.1m new shares on 22 August 2026'),
25: ('C', '', "Douzone 'Other' business 16.5% of 3Q26 revenue"),
26: ('W', 'fragment', "'1280' from 'Best viewed ... at 1280 x 1024', measure 'x', on 'Monthly Revenue'"),
27: ('W', 'wrong company', "$4.0m is CRO Tobias Lindqvist's sign-on RSU award; stored on 'Ferrante' as a company 'valuation'"),  # hand
28: ('P', 'wrong period', 'Fourth Paradigm expected total revenue RMB3,380-3,460m, 1H 2026; no period'),
29: ('W', 'wrong measure', "412,000 common shares were REPURCHASED and cancelled in fiscal 2026 (NCIB); stored as 'common shares' 412,000 (reads as a share count), FY2026 label without dates"),  # hand
30: ('W', 'wrong value', 'business-line table total R$178.452 thousand (R$178.5m), Q3 2026; stored as BRL 178.452bn (x1000)'),  # hand
31: ('P', 'wrong period', 'net placement proceeds US$15.48m, September quarter 2026; no period'),
32: ('C', '', 'Douzone net profit +18.7% yoy, Q3 2026 (change only; the 203억원 value is not typed)'),
33: ('W', 'wrong company', "+52.37% yoy is Asia Vital Components'; stored on 'Monthly Revenue'"),
34: ('W', 'wrong company', "18.5% is the bonus plan's THRESHOLD non-GAAP EBIT margin; on 'Ferrante', no period"),  # hand
35: ('C', '', 'Fourth Paradigm total revenue RMB5,870.2m, FY2025'),
36: ('W', 'wrong value', 'Enghouse Q4 FY2026 revenue C$138,412 thousand +8.5%; stored USD 138,412 (period right)'),  # hand
37: ('W', 'wrong period', 'Outros R$13.675 thousand is 3T25; dated Q3 2026'),
38: ('P', 'wrong period', 'transaction costs US$0.94m, September quarter 2026; no period'),
39: ('W', 'wrong measure', "41,000 client companies USED ONE AI (the generative-AI assistant) in September; stored as Douzone 'client companies' 41,000 (product lost: reads as Douzone's client count)"),  # hand
40: ('W', 'wrong company', "NT$1,540,220 thousand is Sunonwealth's October revenue; stored on 'Monthly Revenue'"),
41: ('W', 'wrong company', "20.0% is the bonus plan's TARGET non-GAAP EBIT margin; on 'Ferrante', no period"),  # hand
42: ('W', 'wrong company', "Prophet AI Platform revenue growth >60% (1H 2026) on Fourth Paradigm; measure 'whose revenue outlook', no period"),
43: ('W', 'wrong value', 'Enghouse FY2026 operating cash flow C$128,640 thousand; stored USD 128,640'),
44: ('C', '', 'Bemobi net revenue +24.9% yoy, Q3 2026'),
45: ('C', '', 'Douzone operating margin 23.5%, Q3 2026'),  # hand
46: ('W', 'wrong company', "NT$12,905,332 thousand is Asia Vital Components' October revenue (page footer); stored on 'Monthly Revenue'"),
47: ('W', 'wrong company', "Commvault actual non-GAAP EBIT margin 20.6% (bonus table, FY2026); on 'Ferrante', no period"),  # hand
48: ('P', 'wrong period', 'Fourth Paradigm expected revenue growth ~28.5%-31.6% is 1H 2026; no period (upper bound only in text)'),
49: ('W', 'wrong measure', "C$1,900 thousand is the FX effect (revenue would have been $1,900 lower at Q4 2025 rates); stored as 'revenue outlook' USD 1,900 dated Q4 2025"),  # hand
50: ('C', '', 'Digital Payments revenue R$98.214m, Q3 2026 (segment subject)'),
51: ('C', '', 'Douzone estimates 61% of the domestic SME ERP market'),
52: ('W', 'wrong company', "Auras's October growth reason (liquid cooling); about 'Monthly Revenue'"),
53: ('W', 'wrong company', "Daniel Ferrante President of Commvault; organization 'Ferrante'"),
54: ('W', 'wrong company', "Prophet AI Platform's >60% growth / >65% share and their driver stored about Fourth Paradigm ('whose revenue')"),
55: ('C', '', 'Tamsin Greaves President of the Asset Management Group, succeeding Ruvell Ashgrove'),
56: ('C', '', 'Digital Payments unit of Bemobi'),
57: ('W', 'wrong company', 'Evan Thorsby CEO of Dynatrace; Role has no organization'),
58: ('C', '', 'Yolanda Prieto CFO of BrainChip'),
59: ('W', 'wrong measure', "target: net operating cash outflow below US$5.5m per quarter from the September quarter; measure 'value', dated July 2026"),
60: ('C', '', 'paying WEHAGO subscribers 198,000 (161,000 a year ago), September 2026 (usageOf Douzone, product in the measure; borderline)'),
61: ('W', 'wrong company', "$1,000,000 is Ferrante's target bonus; Target on company 'Ferrante', measure 'value'"),
62: ('C', '', "Fourth Paradigm gross profit (margin) improved as the share of standardised platform software rose (reason cut at 'and the'; borderline)"),
63: ('W', 'wrong type', "C$3,120 thousand is Larkspur's revenue in AMG; stored as an Investment with target 'September'"),
64: ('C', '', 'Bemobi plans R$30m in AI products and cloud infrastructure (through 2027; undated plan accepted)'),
65: ('W', 'fragment', "'Dynatrace FQ2' versionOf Dynatrace"),
66: ('C', '', 'Marcus Heathcote CEO of BrainChip'),
67: ('C', '', 'Marcus Heathcote CEO of BrainChip (08b)'),
68: ('C', '', 'Douzone raised FY2026 revenue target 4,450 from 4,300 (억원; no measure/unit on those values) and op-margin target 23% from 22% (borderline)'),
69: ('W', 'wrong company', "Lorena Whitcombe CPO of Commvault; organization 'Ferrante'"),
70: ('W', 'wrong value', 'Larkspur consideration C$46,500 thousand; stored USD 46,500'),
71: ('C', '', 'Rafael Quintela COO of Bemobi'),
72: ('W', 'wrong company', 'Naomi Brandt CFO of Dynatrace; Role has no organization'),
73: ('W', 'wrong period', 'Douzone second AI data center KRW 120bn is through 2028 (2026-2028); dated 2026, no target'),
74: ('W', 'wrong company', "Daniel Ferrante CEO of Commvault; organization 'Ferrante'"),
75: ('W', 'wrong value', 'Larkspur acquisition C$46,500 thousand; stored USD 46,500, no target'),
76: ('C', '', 'Bemobi raised 2026 net revenue growth guidance to 22-25% from 18-22%, EBITDA margin 32-35% (maintained; borderline)'),
77: ('C', '', 'Ryu Tae-kyung Chief AI Officer of Douzone'),
78: ('C', '', 'Micro-serviços (Subscriptions) unit of Bemobi'),
79: ('C', '', "'Other' business line unit of Douzone"),
80: ('C', '', 'Davi Monteiro CEO of Bemobi'),
81: ('W', 'wrong measure', "'cloud migrations already signed' explains the raised target; stored as a growth reason with no measure, '...said CFO Bae Min-jeong' in the reason"),
82: ('C', '', 'Bemobi 2026 revenue growth guidance raised to 22-25% from 18-22%'),
83: ('C', '', 'Bae Min-jeong CFO of Douzone'),
84: ('C', '', 'Bemobi Pay platform unit of Bemobi (borderline)'),
85: ('W', 'wrong type', "'SME' is the market segment global vendors do not target; stored as a unit of Douzone"),
86: ('C', '', 'Outros (Other) business line of Bemobi'),
87: ('C', '', 'Ji Seong-hwan CEO of Douzone'),
88: ('C', '', "Bemobi Lab unit of Bemobi (inside 'Outros'; borderline)"),
89: ('C', '', 'On-premise ERP / groupware unit of Douzone'),
90: ('C', '', 'Cloud business unit of Douzone'),
}
