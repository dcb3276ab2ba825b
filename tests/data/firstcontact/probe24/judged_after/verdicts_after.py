# verdicts_after: hand verdicts for sample_after.json (seed 20261206 on facts_after.json; store /tmp/fc24-after-store copied to
# /tmp/judge24b-store, aikg /work/fc24after/.venv/bin/aikg, main 09f2b20). The pool has 127 typed facts (79 Observations + 48 others),
# so sample.py drew 50 + 48 = 98 facts (denominators 98 / 50 / 48). 80 verdicts carried by carry.py from identical facts of the
# baseline sample (verdicts_same_after.py); the 18 others judged by hand (marked '# hand'; 8 of them are facts new in
# this store, 10 existed in the baseline pool but were not in its sample). Same rules as ../judged_baseline/verdicts.py
# (C / W / P; company > type > measure > value > period). A Role with no organization (RailTel's CMD) is wrong company.
J = {
1: ('C', '', 'Intelbras net profit R$ 118,9 milhões Q3 2025 (118,900,000 BRL)'),  # hand
2: ('W', 'wrong measure', "292 mkr is Fortnox's Q2 operating profit; stored as measure 'mkr' with unit count, no period"),  # hand
3: ('W', 'wrong company', "telecom services +10.9% is RailTel's (segment); stored on a node 'Management commentary'; no period"),
4: ('P', 'wrong period', 'MobiFone consolidated revenue about VND 18,650bn is 2024; no period'),
5: ('W', 'wrong company', "adjusted EBITDA margin 21.8% FY2025 is Darktrace's; stored on Thoma Bravo"),  # hand
6: ('P', 'wrong period', 'Electronic Components segment sales revenue JPY 297.6bn is FY2025/3; no period'),  # hand
7: ('W', 'wrong value', 'Object Storage current price EUR 2.49 carries the +20% change of the new price'),
8: ('W', 'wrong company', "US$78m +30% is CIS revenue (within Compute); stored as Akamai 'revenue' Q2 2025"),
9: ('W', 'wrong value', "US$4.17bn is the high end of the superseded August range; stored alone as the 2025 'revenue outlook' in 08b"),
10: ('C', '', 'Intelbras net revenue R$ 1,38 bilhão Q3 2025 (1,380,000,000 BRL)'),  # hand
11: ('C', '', "Fortnox operating margin 42,8 percent in Q2 (April-June 2025; label 'Q2' without year, accepted as baseline #2)"),  # hand
12: ('W', 'wrong measure', "VND 1,956bn is the reserve (starting) price; stored as plain 'price' (next to the winning price)"),
13: ('W', 'wrong company', "FY2025 revenue US$620m is Darktrace's; stored on Thoma Bravo"),
14: ('C', '', 'Kyocera annual dividend JPY 50 per share FY2025/3'),
15: ('P', 'wrong period', "Cloud VDS S new price EUR 39.90; 'from 1 March 2026' lost"),
16: ('C', '', 'Akamai non-GAAP operating margin 29% Q2 2025'),
17: ('C', '', 'Akamai raised 2025 revenue outlook US$4.18-4.21bn'),
18: ('W', 'wrong period', "gross margin 29,6% is Q3 2024 ('one year before'); dated Q3 2025"),  # hand
19: ('W', 'wrong company', "410 mkr is Björn Lundén's turnover; stored on Fortnox (also measure 'mkr', unit count)"),  # hand
20: ('W', 'wrong measure', 'VND 48.6bn per year is the annual frequency usage fee, not the auction price'),
21: ('W', 'wrong company', "ARR US$760m at 30 June 2025 is Darktrace's; stored on Thoma Bravo"),  # hand
22: ('W', 'wrong period', "AI/DC share about 18% of Core Components sales is current (June 2025, no period stated); dated H2 FY2025 from the 'second half' of the previous sentence; subject Kyocera with the measure naming Core Components accepted"),
23: ('P', 'wrong period', "Object Storage new price EUR 2.99 per 250 GB; 'from 1 March 2026' lost (as baseline #23 / #39)"),  # hand
24: ('P', 'wrong period', 'Akamai expected CIS revenue growth 40-45% (measure names CIS, accepted on Akamai); Q4 2025 lost'),
25: ('W', 'wrong value', "US$4.12bn is the low end of the superseded August range; in 08b stored alone as the 2025 'revenue outlook' (range split)"),
26: ('W', 'wrong measure', "12.8% is the EBITDA margin; stored as 'margin' (next to gross margin 31.8%)"),
27: ('W', 'wrong company', "'grows around 9 percent a year' is Björn Lundén's (turnover 410 mkr); stored as Fortnox turnover"),
28: ('C', '', 'MobiFone winning price block B2 VND 3,540bn (auction 26 Sep 2025; no period needed)'),
29: ('W', 'wrong company', "adjusted EBITDA US$135m FY2025 is Darktrace's; stored on Thoma Bravo"),
30: ('C', '', 'Kyocera operating profit JPY 56.1bn FY2025/3'),  # hand
31: ('W', 'wrong value', 'Cloud VDS S current price EUR 37.50 carries the +6.4% change of the new price; no effective period'),
32: ('C', '', 'Akamai 2025 revenue guidance US$4.12-4.17bn (maintained in August)'),
33: ('C', '', "Akamai signed three new CIS contracts (> US$10m each) in Q3 2025 (count, borderline measure 'new cis signed')"),
34: ('W', 'wrong measure', 'approx. US$ 65 milhões is the whole 2026 capex plan (R$ 350 milhões) in dollars, not R&D spending (value now scaled right)'),  # hand
35: ('C', '', 'Fortnox long-term goal: operating margin above 40% in 2030'),
36: ('W', 'wrong measure', "3,600-3,700 MHz is the band assigned; stored as measure 'mhz band' with unit count, dated the auction day"),
37: ('W', 'wrong company', "US$821m FY ended 31 Jan 2025 is SentinelOne's revenue; stored on 'Vectra AI'"),
38: ('W', 'wrong company', "Kyocera AVX's FY2025/3 sales revenue JPY 257.8bn; stored on a Segment 'A' (the Q&A answer marker)"),  # hand
39: ('W', 'wrong measure', "DRAM purchase prices +60% (NVMe +35%) over twelve months; stored as Contabo 'purchase prices' without the component, no period (borderline)"),
40: ('C', '', 'Akamai revenue Q2 2025 US$1.04bn, +6%'),
41: ('C', '', 'Akamai non-GAAP operating margin 30% Q3 2025'),
42: ('C', '', 'Intelbras EBITDA R$ 176,3 milhões Q3 2025 (176,300,000 BRL)'),  # hand
43: ('W', 'wrong type', "674 mkr is the analysts' consensus for Q2 sales; stored as an actual Fortnox figure with measure 'mkr', unit count, no period"),
44: ('W', 'wrong measure', "the 3,600-3,700 MHz band again as 'mhz band' unit count, dated the 2024-2025 auction round"),
45: ('W', 'wrong company', "more than 110 countries (at 30 June 2025) is Darktrace's reach; stored on Thoma Bravo (and dated FY2025)"),  # hand
46: ('C', '', 'Solutions segment sales revenue JPY 1,004.6bn FY2025/3'),
47: ('P', 'wrong period', "Cloud VDS M new price EUR 52.90 per month; 'from 1 March 2026' lost"),
48: ('C', '', 'Akamai revenue Q3 2025 US$1.06bn, +5%'),
49: ('C', '', 'Intelbras net revenue +9.4% Q3 2025'),
50: ('W', 'wrong measure', "4 mdr kr is Fortnox's long-term net-sales goal for 2030; stored as measure 'kr' with unit count (value 4,000,000,000 right)"),  # hand
51: ('C', '', 'Multilaser a domestic competitor of Intelbras'),
52: ('C', '', 'Tommy Eklund CEO of Fortnox'),
53: ('W', 'fragment', "'Wi-Fi 6' versionOf 'Wi-Fi' from 'Railway stations with public Wi-Fi 6,108' (the count glued on)"),
54: ('P', 'wrong period', 'MobiFone plans about VND 5,700bn in 5G network equipment; 2025-2027 lost'),
55: ('C', '', 'Thoma Bravo to invest about US$300m over three years in R&D (target lost, accepted)'),
56: ('C', '', "Kyocera affected by export restrictions on semiconductor equipment (to China; via its customers' shipments) - borderline, accepted"),
57: ('C', '', 'Daniel Rudolph CEO of Contabo'),
58: ('W', 'wrong type', 'US$200m is a share buyback in Q2; stored as an Investment'),
59: ('C', '', 'Akamai Inference Cloud unitOf Akamai (product line, accepted)'),
60: ('C', '', 'Intelbras gross margin 31.8% vs 29.6%, reason lower cost of imported components and richer security mix'),
61: ('W', 'wrong value', 'customers passed 615 000 (+38 000 in twelve months): values split at the space into 615, 0, 38, 0'),
62: ('W', 'wrong company', 'Sanjai Kumar, Chairman & Managing Director of RailTel: Role with no organization (RailTel is not a node); role managing director right'),  # hand
63: ('W', 'wrong company', "the Head of the Licensing Division belongs to the Authority; stored as a Role 'head' of MobiFone with member 'Licensing Division' (no person)"),
64: ('W', 'wrong company', "Jill Popelka is Darktrace's CEO; stored as CEO of Thoma Bravo"),
65: ('W', 'wrong period', 'JPY 140bn in organic package lines over FY2026/3 to FY2028/3; dated FY2026 (target and plants lost)'),
66: ('P', 'wrong period', 'Contabo about EUR 120m in new capacity in 2026; period lost'),
67: ('C', '', 'Ed McGowan CFO of Akamai'),
68: ('W', 'wrong period', "raised full-year 2025 revenue forecast (reason: cloud business grew faster in Q3); dated 'Q3' instead of 2025, values lost"),
69: ('C', '', 'Byråer (accounting firms) unitOf Fortnox'),
70: ('W', 'wrong company', 'Sanjai Kumar, Chairman & Managing Director of RailTel: Role with no organization (RailTel is not a node); role chairman right'),  # hand
71: ('W', 'wrong company', "approximately 9,800 customers in >110 countries are Darktrace's; usageOf / about Thoma Bravo"),
72: ('W', 'wrong measure', "FY2029/3 target sales revenue JPY 2.5tn; measure 'value' (and ROE 8% lost)"),
73: ('C', '', 'Cloud VDS S unitOf Contabo (price-list product, borderline, accepted)'),
74: ('W', 'wrong measure', "Reason (lower latency / egress fees) for large customers moving AI inference to Akamai: changedMeasure 'large customers', dated 1998 (the co-founding year)"),
75: ('C', '', 'Ed McGowan CFO of Akamai (08b)'),
76: ('C', '', 'Roger Lindqvist CFO of Fortnox'),
77: ('W', 'wrong company', 'Vectra AI competes with Darktrace; stored as competitor of Thoma Bravo'),
78: ('W', 'wrong company', "sales JPY 257.8bn / operating loss JPY 6.4bn / restructuring JPY 9.2bn are Kyocera AVX's (subsidiary); about Kyocera, and 'decrease' in sales is not stated"),
79: ('C', '', 'Cloud VPS 40 versionOf Cloud VPS'),
80: ('C', '', 'Akamai Inference Cloud unitOf Akamai (08a)'),
81: ('C', '', 'Tom Leighton CEO of Akamai'),
82: ('W', 'wrong company', "120 000 companies use the AI assistant; stored as a UsageMetric 'customers' of Fortnox with the value split into 120 and 0"),
83: ('W', 'wrong type', 'US$56m is a break fee Darktrace pays if the board changes its recommendation; stored as a Darktrace Investment'),
84: ('C', '', 'Electronic Components segment unitOf Kyocera'),
85: ('C', '', 'Cloud VDS M unitOf Contabo (price-list product, borderline, accepted)'),
86: ('C', '', 'Tom Leighton co-founder of Akamai since 1998'),
87: ('C', '', 'Företag (businesses) business area unitOf Fortnox'),
88: ('W', 'wrong company', "Gordon Hurst is Darktrace's Chair; stored as chairman of Thoma Bravo"),
89: ('C', '', 'Solutions segment unitOf Kyocera'),
90: ('C', '', 'Cloud VPS 10 versionOf Cloud VPS'),
91: ('W', 'wrong period', "CIS growth 40-45% expected for Q4 2025 helped by a streaming contract; dated 2025 and predicate 'report' (borderline)"),
92: ('C', '', 'Marknadsplatser (marketplaces) unitOf Fortnox'),
93: ('W', 'wrong type', 'US$1.9bn is a committed bank term loan financing the deal; stored as an Investment by Thoma Bravo'),
94: ('C', '', 'Core Components segment unitOf Kyocera'),
95: ('C', '', 'Object Storage a Contabo product line unitOf Contabo (borderline, accepted)'),
96: ('C', '', 'Tom Leighton CEO of Akamai (08a)'),
97: ('C', '', 'Finansiella tjänster (financial services) unitOf Fortnox'),
98: ('C', '', 'Cloud VPS 20 versionOf Cloud VPS'),
}
