# verdicts_after: hand verdicts for sample_after.json (seed 20261232 on facts_after.json; store /tmp/fc34-after copied to
# /tmp/judge34b-store, aikg /work/fc34merge/.venv/bin/aikg, extractor 'aikg-rules-27-s31m'). The pool has 138 typed facts
# (85 Observations + 53 others, as the baseline), so sample.py drew 50 + 50 = 100 facts. 76 verdicts carried by carry.py from
# identical facts of the re-judged baseline sample (verdicts_same_after.py: 99 SAME + #39 re-judged); the 24 others judged by hand
# (marked '# hand'): all 24 existed unchanged in the baseline pool but were not in its sample (22 Observations, 1 MarketShare, 1 Role).
# The one fact the merge changed (Bittnet buyback price RON 0.45, now 'buyback price per share') was not drawn.
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period; '€ X m' scale lost = wrong
# value; ITD 'X billion dong' as measure 'dong' = wrong measure; a segment's / rival's figure on the issuer = wrong company; a Role
# without the effective date the text gives = P). Borderlines accepted: #11 #32 (budget 2027 figures as the plain measure, as the
# baseline's #18), #25 ('total price' without its object); rejecting them -> -3.

J = {
1: ('C', '', 'Vodafone Qatar previous EBITDA margin outlook ~40% for 2026'),
2: ('W', 'wrong value', "Quest group capex 9M 2026 EUR 31.4m typed as EUR 31.4 (the '€ X m' scale lost, as the baseline's #2 #10 #45)"),  # hand
3: ('P', 'wrong period', 'CWG turnover +34.6% yoy (forecast Q1 2027) - undated'),
4: ('C', '', 'Bittnet operating revenue realised 2025 RON 187.34m (budget table, RON thousand scaled right)'),  # hand
5: ('W', 'wrong value', 'previous 2026 revenue guidance $250-265m typed as a single $250m'),
6: ('C', '', 'Síminn Q3 2026 profit for the period ISK 612m'),  # hand
7: ('P', 'wrong period', "ITD net revenue +47,2% (Q2 2026) - undated (as the baseline's #15)"),  # hand
8: ('P', 'wrong period', "ITD Q3 2026 PAT 9,1 bn dong -36,3% - undated (as the baseline's #49)"),  # hand
9: ('C', '', 'Vodafone Qatar revenue growth guidance 5%-6% for 2026 (change=5, text keeps the range; borderline)'),
10: ('W', 'wrong company', "Uni Systems' total backlog EUR 468m typed on Quest Holdings; scale 'm' lost"),
11: ('C', '', "Bittnet net profit budget 2027 RON 7.5m (budget figure typed as 'net profit' 2027, borderline as the baseline's #18)"),  # hand
12: ('C', '', 'SoundHound previous 2026 revenue guidance $250-265m'),
13: ('C', '', 'Síminn previous 2026 EBITDA guidance ISK 8,600-9,000m'),
14: ('W', 'wrong period', 'ITD 6M 2026 PAT 28,3 bn dong dated FY2026'),
15: ('W', 'wrong measure', "ITD 9M PAT 37,4 bn dong typed as measure 'dong' dated FY2026 (period wrong too)"),
16: ('W', 'wrong period', 'Vodafone Qatar 9M net profit +11.8% dated Q3 2026'),
17: ('W', 'wrong measure', "the Koropi facility's EUR 8.2m typed as Quest group 'capital expenditure' 9M (group capex is 31.4m); scale 'm' lost as well"),
18: ('C', '', 'Bittnet 9M 2026 gross margin RON 31.2m'),  # hand
19: ('W', 'wrong company', "Vocantis' revenue $52m typed as SoundHound AI revenue Q3 2026 (the rival's figure on the issuer)"),  # hand
20: ('C', '', 'Síminn Q3 2026 EBIT ISK 1,052m'),  # hand
21: ('W', 'wrong measure', "ITD Smart Mobility Q2 2026 revenue 58,1 bn dong typed as measure 'dong', unit count, undated (as the baseline's #22)"),  # hand
22: ('W', 'wrong measure', 'ITD 2026 plan PAT 52 bn typed as actual PAT 2026 (same fact as #35, evidence from 08b)'),
23: ('C', '', 'Vodafone Qatar 9M total revenue +6.1%'),
24: ('C', '', 'Quest interim dividend EUR 0.12/share payable January 2027 (dated by payment month; borderline)'),
25: ('C', '', 'Bittnet total price RON 18.5m (~EUR 3.7m) for Nordlogic Cloud (the object of the price is not in the fact; borderline)'),  # hand
26: ('C', '', 'SoundHound backlog ~$1.4bn at end Q3 2026'),
27: ('C', '', 'Síminn Q3 2026 revenue +4.8%'),  # hand
28: ('P', 'wrong period', 'ITD gross profit margin 21,4% (Q2 2026) - undated'),
29: ('W', 'wrong measure', "FX loss 2,9 bn dong typed as measure 'dong on usd', unit count, undated"),
30: ('W', 'wrong period', 'Vodafone Qatar 9M EBITDA +8.3% dated Q3 2026 (value QR 1,032m not typed)'),
31: ('W', 'wrong value', 'Quest Q3 sales EUR 352.4m typed as EUR 352.4 (scale lost)'),
32: ('C', '', "Bittnet operating revenue budget 2027 RON 260m (borderline as the baseline's #18)"),  # hand
33: ('C', '', 'SoundHound Q3 2026 revenue $71.4m'),  # hand
34: ('C', '', 'Síminn 9M 2026 revenue ISK 20,815m'),
35: ('W', 'wrong measure', "ITD Smart Mobility Q2 2025 revenue 21,7 bn dong typed as measure 'dong', unit count, undated"),  # hand
36: ('P', 'wrong period', 'ITD net revenue -6,7% (Q3 2026) - undated'),
37: ('C', '', 'Vodafone Qatar Q3 2026 revenue +7.4% yoy'),  # hand
38: ('W', 'wrong measure', "Uni Systems EBT growth 24.5% typed as 'sales' growth (sales grew 17.3%); undated (9M 2026)"),  # hand
39: ('C', '', "Bittnet EBITDA budget 2027 RON 24m (typed as 'ebitda' 2027, borderline)"),
40: ('W', 'wrong measure', "adjusted EBITDA loss $14.2m typed as plain 'loss' Q3 2026"),
41: ('C', '', 'Síminn 9M profit ISK 1,531m'),
42: ('W', 'wrong measure', "ITD 2026 business-plan PAT 52 bn typed as actual 'profit after tax' 2026"),
43: ('W', 'wrong measure', "ITD 2026 plan net revenue 1.050 bn dong typed as measure 'dong', unit count (as the baseline's #28)"),  # hand
44: ('C', '', 'Vodafone Qatar EBITDA margin outlook ~41% for 2026'),
45: ('W', 'wrong company', "Commercial activities' sales growth 6.4% typed as Quest Holdings sales 9M (a segment's figure on the group)"),  # hand
46: ('C', '', 'Nordlogic Cloud 2025 EBITDA RON 3.1m'),  # hand
47: ('P', 'wrong period', 'SoundHound ~16,500 restaurant locations (now / end Q3) - undated'),
48: ('W', 'wrong measure', "Síminn Q3 2025 PROFIT ISK 548m typed as 'ebit' Q3 2025 (EBIT's comparative is not given)"),  # hand
49: ('W', 'wrong measure', "ITD 6M net revenue 460,4 bn typed as measure 'dong', unit count"),
50: ('W', 'wrong measure', "ITD 9M 2026 net revenue 702,3 bn dong typed as measure 'dong', unit count (as the baseline's #42)"),  # hand
51: ('C', '', 'Vodafone Qatar 3-year investment programme ~US$302m (QR 1.1bn)'),
52: ('W', 'wrong measure', "Quest guidance raise: previous EBT estimate EUR 75-78m typed as 'sales'; new EBT >80 without measure; scale lost"),
53: ('P', 'wrong period', 'Tunde Fashola-Reed Chairman of CWG - the start date 1 January 2027 (incoming) missing'),
54: ('W', 'wrong company', "Genex's AI customer-care contract typed with 'Dhaka Stock Exchange' as company and party; no value"),
55: ('W', 'wrong measure', "Bittnet 2027 EBITDA target RON 24m typed with measure 'value'"),
56: ('W', 'wrong value', 'SoundHound guidance raise: previous range $250-265m split into two values $250m and $265m (borderline)'),
57: ('C', '', 'Hvalfjörður Compute stake 20%'),
58: ('C', '', "ITD financial expenses down 3,2 bn due to lower interest rates (value unit 'dong due'; borderline)"),
59: ('W', 'fragment', "reason 'Chairman of the Board of Directors, and appointed Ms' (management change as a Reason)"),
60: ('C', '', 'Equipment & other unitOf Vodafone Qatar'),
61: ('C', '', 'Ioanna Karamanli CEO of Quest'),
62: ('W', 'wrong company', "Rezaul Karim Chowdhury CTO of 'Dhaka Stock Exchange' (Genex Infosys' CTO)"),
63: ('C', '', 'Technology Integration unitOf Bittnet'),
64: ('C', '', 'Colin Ashdown Vice President (Investor Relations) of SoundHound'),
65: ('C', '', 'Síminn buyback programme up to ISK 1,500m'),
66: ('C', '', 'ITD Smart Mobility Co unitOf ITD'),
67: ('C', '', "ITD GPU-server delivery delayed by supplier's export licence"),
68: ('C', '', 'Rohan Vishwanath CFO of Vodafone Qatar'),
69: ('C', '', 'Quest net cash reduction: buyback, Koropi investment, working capital'),
70: ('C', '', 'Andreea Pârvu CFO of Bittnet'),
71: ('C', '', 'SoundHound export rules: China models on local cloud partners'),
72: ('C', '', 'Hildur Ragnarsdóttir CFO of Síminn'),
73: ('C', '', 'ITD Smart Mobility unitOf ITD (08a)'),
74: ('C', '', 'ITD Smart Mobility unitOf ITD'),
75: ('C', '', 'Vodafone Qatar guidance raise 5-6% from 4-5%, margin ~41% / ~40% (previous marker missing on 40; borderline)'),
76: ('W', 'wrong type', 'Quest share buyback typed as an Investment with amount EUR 6.18 (the average price)'),
77: ('C', '', 'Education unitOf Bittnet'),
78: ('C', '', 'Harriet Mbeki-Lowe incoming CRO of SoundHound from December 1'),
79: ('C', '', 'Síminn 2026 EBITDA guidance raised to 8,900-9,200 from 8,600-9,000'),
80: ('C', '', 'Business & ICT growth driven by sovereign cloud platform and managed GPU capacity'),
81: ('C', '', 'Markos Drakopoulos CFO of Quest'),
82: ('W', 'wrong company', "Vlad Tărăboanță (name cut to 'Tărăboan') founder of Nordlogic Cloud typed as founder of Bittnet"),
83: ('C', '', 'Daniel Okafor-Reyes CEO of SoundHound'),
84: ('C', '', 'Síminn Pay unitOf Síminn'),
85: ('C', '', 'Consumer mobile unitOf Vodafone Qatar'),
86: ('W', 'wrong company', "ACS Courier's sales +7.9% to EUR 238.3m typed about Quest Holdings; parcel growth 9.4% as 'sales'"),
87: ('C', '', 'Radu Voinescu CEO of Bittnet'),
88: ('C', '', 'Meredith Szabo CFO of SoundHound'),
89: ('C', '', 'Síminn buys 20% of Hvalfjörður Compute for ISK 640m'),
90: ('C', '', 'Leila Haddad-Stone incoming Chief Enterprise Officer from 1 November 2026'),
91: ('W', 'wrong measure', 'Sjónvarp Símans ADDED 2,400 subscribers typed as a subscriber count of 2,400'),
92: ('C', '', 'Fixed broadband & home unitOf Vodafone Qatar'),
93: ('C', '', 'Síminn investment ISK 640m for 20% of Hvalfjörður Compute'),
94: ('C', '', 'Nasser Hamad Al-Marri CEO of Vodafone Qatar'),
95: ('C', '', "Síminn mobile market share 36.9% (mid-2026) dated 2026 (as the baseline's #97 pay-TV 54%)"),  # hand
96: ('W', 'wrong company', "'Qatar' (the other operator's Qatar segment) typed as a unit of Vodafone Qatar"),
97: ('P', 'wrong period', "Einar Þór Vilhjálmsson Managing Director of Síminn Pay - the start date 1 November 2026 missing (as the baseline's #53)"),  # hand
98: ('C', '', 'Business & ICT unitOf Vodafone Qatar'),
99: ('P', 'wrong period', 'Síminn capex guidance ISK 4.3-4.6bn (for 2026) as an Investment - undated'),
100: ('C', '', 'Síminn pay-TV share 54% (mid-2026)'),
}
