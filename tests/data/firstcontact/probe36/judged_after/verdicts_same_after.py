# Same-sample verdicts after round 1 (judge36b): sample ../judged_baseline/sample.json (seed 20261207 + top_up.py, 100 facts:
# 61 Observations + 39 others), store /tmp/m4-probe36-frozen (copy /tmp/judge36b-store), aikg PYTHONPATH=/work/m4/src (merge36
# 98f7a8f3). rejudge_after.md: SAME 62, CHANGED 38, GONE 0 - but 32 of the 38 CHANGED rows differ only by the new 'slot=' property
# every Observation now carries (kg:slot); their props are otherwise identical, so their baseline verdicts are copied unchanged.
# The 6 really changed rows (#5 #25 #28 #39 #46 #99) were re-judged by hand against ../docs:
# - Glodon (05): the January-September 2026 figures formerly labelled 'Q1' (inherited from 'negative in the first quarter') are
#   now dated 2026-01-01/2026-09-30 (periodInherited) = right. #25 R&D 29.2% of revenue, #46 R&D RMB 1.406bn, #99 net profit
#   attributable RMB 536m: W (wrong period) -> C. #5 deducted net profit RMB 471m still typed as 'loss': W (wrong measure) stays,
#   period now right.
# - John Keells (01) note 1: 'Rs. 1,126,450 ('000) for the quarter (Q2 2025/26: Rs. 802,115 ('000))'. Both Observations are now
#   dated Q2 FY2025/26 (2025-07-01/2025-09-30) instead of Apr-Jun 2025. #28 (802,115 on the IT segment): the period is now right
#   (the comparative is Q2 2025/26), but the '000 is still lost (Rs 802,115 instead of Rs 802.1m) - W (wrong value) stays.
#   #39 (1,126,450 on 'Keells'): still the split node, still without the '000, and now dated Jul-Sep 2025 - the comparative's
#   quarter; 'the quarter' is the one ended 30 Sep 2026 (Q2 2026/27) - W (wrong company) stays, period still wrong.
# Net: 3 verdicts move W -> C (#25 #46 #99, all 'wrong period'); strict 36 -> 39, lenient 38 -> 41.
# --- baseline header follows ---
# Hand verdicts for sample.json (sample.py seed 20261207 + top_up.py), store /tmp/fb36-probe36-frozen (copy /tmp/judge36-store),
# baseline aikg PYTHONPATH=/work/base36/src. n: (C correct | W wrong | P period missing, error category, reason).
# Judged against ../docs. Pool: 73 Observations + 39 others = 112 typed facts - fewer than 50 others exist, so sample.py drew
# 50 + 39 = 89 and top_up.py appended 11 of the 23 Observations left over (random.Random(20261207)) as #90-#100: 100 facts,
# 61 Observations + 39 others (every non-Observation fact of the pool is in it).
# Company nodes: John Keells (01) - the issuer node 'JOHN KEELLS HOLDINGS' (altLabel '... PLC') holds nothing; the group figures,
# the 8 segment unitOf links and the capex claims sit on a second node 'Keells' = wrong company (split node; borderline, see
# below). GMO (03) - every typed fact (net sales, operating income, capex, GPU Cloud sales, the CFO Role, the 9.5bn investment,
# the segments' unitOf) sits on 'Document' (the node 'GMO Internet Group' holds nothing) = wrong company. Frontken (08) - the
# Taiwan subsidiary's NT$876m on Frontken = wrong company (a unit's figure on the parent); Lim Kok Seng chairman of 'Executive'.
# Period: John Keells' quarter (ended 30 Sep 2026 / 2025) stored as calendar 2026 / 2025 = wrong period (x16 in the pool);
# LatentView's Q2 FY27 figures stored as FY2027 (the full year) = wrong period; Glodon's January-September figures labelled 'Q1'
# (inherited from 'negative in the first quarter') or 'Q3' / 'Q4' = wrong period; a Role without its effective date where the
# text gives one = P (as judge34/35); an undated figure where the text gives none for it (Glodon renewal rate, Frontken plant
# capex) is accepted.
# Measure: a consensus estimate typed as net profit, a guidance band typed as the actual EBITDA margin, a buy-out award as
# 'share price', Glodon's deducted net profit as 'loss', overseas revenue as plain 'revenue', repurchased shares as 'shares',
# consultants as usage metric 'clients' = wrong measure.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Accepted (borderline): #7 Frontken's second interim dividend 1.2 sen dated 9M 2026 (declared with the 9M/Q3 results; the Q3
# row gives DPS 1.20); #13 new FY27 guidance as change=16 with changeText '16 to 18 percent' (as judge34/35); #18 FDM's 28% AI
# and cloud share of placements dated H1 2026 ('now'); #24 net cash at 30 June 2025 dated H1 2025; #78 AIModel 'AecMind' (the
# family node); #85 'BPM operations' inSegment Information Technology (the text says the IT group comprises them).
# Rejected (borderline): the eight 'X unitOf Keells' Statements #51 #59 #65 #79 #82 #84 #86 #87 ('Keells' is a split node, not
# the issuer 'JOHN KEELLS HOLDINGS'; Keells is also the group's supermarket brand); #58 target price dated FY2026 (taken from the
# neighbouring consensus profit); #88 'AI services' (cut from 'data and AI services').
J = {
1: ('W', 'wrong period', "JKH 'Others' segment revenue Rs 1,133,405k is the quarter ended 30 Sep 2025, stored as calendar 2025"),
2: ('C', '', 'Hanmi operating margin 46.7% Q3 2026'),
3: ('W', 'wrong company', "GMO interim net sales JPY 152,381m on 'Document' (GMO node empty); also undated (H1 2026)"),
4: ('W', 'wrong measure', "the £610,000 buy-out award to the incoming CEO typed as FDM's 'share price', dated the record date"),
5: ('W', 'wrong measure', "Glodon net profit after deducting non-recurring items RMB 471m still typed as 'loss'; period now 2026-01-01/2026-09-30 (right; was 'Q1')"),
6: ('W', 'wrong period', 'LatentView headcount 1,640 at end of Q2 FY27 (30 Sep 2026) dated Q4 2026 (Oct-Dec)'),
7: ('C', '', 'Frontken second interim dividend 1.2 sen, dated 9M to 30 Sep 2026 (borderline: declared with Q3/9M results)'),
8: ('W', 'wrong period', "JKH 'Others' revenue Rs 1,510,104k for the quarter ended 30 Sep 2026 stored as calendar 2026"),
9: ('C', '', 'Hanmi cumulative TC bonder orders disclosed in calendar 2026 KRW 612.3bn'),
10: ('W', 'wrong company', "GMO interim operating income JPY 24,716m on 'Document'; also undated"),
11: ('C', '', 'FDM full-year 2025 revenue £246.8m'),
12: ('W', 'wrong measure', "Glodon overseas revenue RMB 298m typed as plain 'revenue'; period 'Q4' (it is the first three quarters)"),
13: ('C', '', 'LatentView new FY27 constant-currency revenue growth guidance 16-18% (change=16, range in changeText; as judge34/35)'),
14: ('C', '', 'Frontken budgeted capex RM 120m for the Kaohsiung plant (no period in the text)'),
15: ('W', 'wrong company', "JKH board-approved capex Rs 4.6bn on the Segment 'Capital commitments' (the note heading)"),
16: ('C', '', 'Hanmi operating margin 44.0% Q3 2025'),
17: ('W', 'wrong company', "GMO GPU Cloud sales JPY 3,122m on 'Document' as 'sales' (not on GMO / the product); undated"),
18: ('C', '', "FDM AI and cloud skills 28% of new client placements, H1 2026 (borderline: 'now')"),
19: ('W', 'wrong measure', "Glodon overseas revenue +21% typed as total 'revenue' growth; period 'Q4'"),
20: ('W', 'wrong measure', "LatentView FY27 EBITDA margin guidance band 22-24% typed as an actual 'ebitda margin', dated calendar 2026"),
21: ('C', '', 'Frontken Q3 2026 revenue +6.5% QoQ'),
22: ('W', 'wrong period', 'JKH Leisure revenue Rs 6,977,204k for the quarter ended 30 Sep 2025 stored as calendar 2025'),
23: ('W', 'wrong company', "GMO interim capex JPY 11,840m on 'Document'; undated"),
24: ('C', '', 'FDM net cash £44.1m at 30 June 2025 (H1 2025 column)'),
25: ('C', '', "Glodon R&D 29.2% of revenue, now dated 2026-01-01/2026-09-30 (January-September 2026; was 'Q1')"),
26: ('W', 'wrong period', 'LatentView Q2 FY27 revenue US$29.6m dated FY2027 (full year)'),
27: ('W', 'wrong measure', "consensus FY2026 net profit estimate RM 158.0m typed as Frontken's net profit (an actual)"),
28: ('W', 'wrong value', "IT cloud and managed services revenue Rs 802,115 ('000 still lost: Rs 802.1m); period now Q2 FY2025/26 = Jul-Sep 2025 (right for the comparative; was Apr-Jun 2025)"),
29: ('W', 'wrong company', "GMO's GPU-server part of capex JPY 7,650m on 'Document' as plain 'capital expenditure' (same measure as the total); undated"),
30: ('C', '', 'FDM adjusted PBT margin 15.0% H1 2026'),
31: ('C', '', 'Glodon cloud subscription renewal rate 82% (no period given for it)'),
32: ('C', '', 'LatentView shares down 6.8% on 23 Oct 2026'),
33: ('C', '', 'Frontken Q3 2026 revenue +20.0% YoY'),
34: ('W', 'wrong company', "JKH group revenue Rs 69,205,310k on 'Keells' (split node), unit INR (Sri Lankan rupees), quarter ended Sep 2025 as calendar 2025"),
35: ('C', '', 'FDM adjusted PBT margin -2.6pp H1 2026'),
36: ('W', 'wrong measure', "18.6 million shares repurchased typed as plain 'shares' (reads as shares outstanding); undated (9M 2026)"),
37: ('W', 'wrong period', 'LatentView Q2 FY27 EBITDA margin 23.1% dated FY2027 (full year)'),
38: ('C', '', 'semiconductor segment 91% of Frontken group revenue, 9M 2026'),
39: ('W', 'wrong company', "IT segment's cloud and managed services revenue still on 'Keells'; '000 still lost; the Sep-2026 quarter now dated Q2 FY2025/26 (Jul-Sep 2025, the comparative's quarter; was Apr-Jun 2025) - period still wrong"),
40: ('C', '', 'FDM H1 2026 revenue £112.4m, -12.8%'),
41: ('W', 'wrong period', "Glodon AI-related revenue ~3% of revenue for January-September labelled 'Q3' (third quarter)"),
42: ('W', 'wrong period', 'LatentView Q2 FY27 constant-currency growth 15.2% dated FY2027 (full year)'),
43: ('W', 'wrong company', "NT$876m is the Taiwan subsidiary's (Ares Green) Q3 revenue, typed as Frontken's revenue"),
44: ('W', 'wrong period', 'JKH Retail revenue Rs 29,655,841k for the quarter ended Sep 2025 stored as calendar 2025'),
45: ('C', '', 'FDM adjusted PBT £16.9m H1 2026, -25.6%'),
46: ('C', '', "Glodon R&D expenses RMB 1.406bn, now dated 2026-01-01/2026-09-30 (January-September 2026; was 'Q1')"),
47: ('W', 'wrong period', 'LatentView Q2 FY27 revenue growth 18.4% YoY dated FY2027 (full year)'),
48: ('W', 'wrong period', 'JKH Property revenue Rs 3,877,105k for the quarter ended Sep 2026 stored as calendar 2026'),
49: ('C', '', 'FDM adjusted PBT £22.7m H1 2025'),
50: ('C', '', 'Glodon operating revenue RMB 4.812bn Jan-Sep 2026'),
51: ('W', 'wrong company', "Retail unitOf 'Keells' (split node; the issuer 'JOHN KEELLS HOLDINGS' is another node) - borderline"),
52: ('W', 'wrong type', "KRW 30bn is Hanmi's decision to acquire treasury shares (a buy-back), typed as an Investment without target"),
53: ('W', 'wrong company', "Hiroki Tsunoda Group CFO of 'Document'; also no start date (26 March 2026) and predecessor lost"),
54: ('W', 'wrong measure', "consultants assigned to clients (3,412 / 4,016 / -15%) typed as a UsageMetric 'clients' usageOf FDM (a headcount)"),
55: ('C', '', 'AIModel AecMind 2.0 developedBy Glodon, versionOf AecMind'),
56: ('C', '', 'Vikram Sundaresan CEO of LatentView'),
57: ('C', '', 'Petter Lindblad CFO of Vitec Software Group'),
58: ('W', 'wrong period', "analysts' average target price RM 4.65 labelled FY2026 (the label comes from the neighbouring consensus profit) - borderline"),
59: ('W', 'wrong company', "Others unitOf 'Keells' (split node) - borderline"),
60: ('W', 'fragment', "'reached 3' (cut from 'reached 3,122 million yen') inSegment Internet Infrastructure"),
61: ('C', '', 'Evelyn Marchbourne non-executive chair of FDM'),
62: ('C', '', 'AecMind 2.0 versionOf AecMind'),
63: ('C', '', 'Vitec does not break out what it earns from AI'),
64: ('W', 'wrong company', "Lim Kok Seng 'Chairman' of an Organization 'Executive' (Executive Chairman of Frontken)"),
65: ('W', 'wrong company', "Financial Services unitOf 'Keells' (split node) - borderline"),
66: ('W', 'wrong company', "planned JPY 9.5bn GPU-server investment with investor 'Document'; target 'GPU servers in the second half' (period in the name)"),
67: ('P', 'wrong period', 'Martin Ebbesworth outgoing CEO of FDM without the date he steps down (31 Dec 2026)'),
68: ('P', 'wrong period', "Glodon opened an office in Riyadh - without 'in October' (2026)"),
69: ('C', '', 'Vitec-Apotekdata Norge deal expected to close in December'),
70: ('C', '', 'semiconductor segment unitOf Frontken'),
71: ('C', '', 'John Keells IT inSegment Information Technology'),
72: ('W', 'wrong company', "Internet Finance segment unitOf 'Document'"),
73: ('C', '', 'Glodon launched AecMind 2.0 in September (2026)'),
74: ('C', '', 'Annika Brodin chief executive of Vitec'),
75: ('C', '', 'Nur Aisyah Rahman CFO of Frontken'),
76: ('W', 'fragment', "'digital transformation' (a service line of John Keells IT) as a CostItem inSegment Information Technology"),
77: ('W', 'fragment', "'high-performance GPU servers for generative AI training' (GMO GPU Cloud's description) inSegment Internet Infrastructure; the product itself absent"),
78: ('C', '', 'AIModel AecMind (the family node of AecMind 2.0)'),
79: ('W', 'wrong company', "Consumer Foods unitOf 'Keells' (split node) - borderline"),
80: ('W', 'wrong company', "Internet Infrastructure segment unitOf 'Document'"),
81: ('C', '', 'AecMind 2.0 developedBy Glodon'),
82: ('W', 'wrong company', "Transportation unitOf 'Keells' (split node) - borderline"),
83: ('W', 'fragment', "'compared with 1' (cut from '1,004 million yen') inSegment Internet Infrastructure"),
84: ('W', 'wrong company', "Leisure unitOf 'Keells' (split node) - borderline"),
85: ('C', '', "the Group's BPM operations inSegment Information Technology (the IT group comprises them)"),
86: ('W', 'wrong company', "Information Technology unitOf 'Keells' (split node) - borderline"),
87: ('W', 'wrong company', "Property unitOf 'Keells' (split node) - borderline"),
88: ('W', 'fragment', "'AI services' cut from 'data and AI services' (service lines of John Keells IT) inSegment Information Technology"),
89: ('W', 'fragment', "'data' (cut from 'data and AI services') inSegment Information Technology"),
90: ('W', 'wrong period', 'JKH Transportation revenue Rs 9,845,210k for the quarter ended Sep 2026 stored as calendar 2026'),
91: ('W', 'wrong period', 'JKH Property revenue Rs 3,912,660k for the quarter ended Sep 2025 stored as calendar 2025'),
92: ('W', 'wrong period', 'JKH Leisure revenue Rs 8,204,311k for the quarter ended Sep 2026 stored as calendar 2026'),
93: ('W', 'wrong period', 'JKH Retail revenue Rs 34,118,960k for the quarter ended Sep 2026 stored as calendar 2026'),
94: ('W', 'wrong company', "JKH group revenue Rs 78,412,655k on 'Keells', unit INR (Sri Lankan rupees), quarter ended Sep 2026 as calendar 2026"),
95: ('W', 'wrong period', 'JKH Financial Services revenue Rs 6,210,318k for the quarter ended Sep 2025 stored as calendar 2025'),
96: ('W', 'wrong period', 'JKH Financial Services revenue Rs 6,912,640k for the quarter ended Sep 2026 stored as calendar 2026'),
97: ('C', '', 'FDM H1 2025 revenue £128.9m'),
98: ('W', 'wrong period', "Glodon AI-related revenue RMB 142m for January-September labelled 'Q3' (third quarter)"),
99: ('C', '', "Glodon net profit attributable RMB 536m, now dated 2026-01-01/2026-09-30 (January-September 2026; was 'Q1')"),
100: ('W', 'wrong period', 'LatentView Q2 FY27 revenue Rs 262.4 crore dated FY2027 (full year)'),
}
