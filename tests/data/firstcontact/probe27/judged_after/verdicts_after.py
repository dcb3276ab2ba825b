# verdicts_after: hand verdicts for sample_after.json (seed 20261207 on facts_after.json; store /tmp/m24b-probe27 copied to
# /tmp/judge27b-store, aikg /work/main/.venv/bin/aikg, main 574c188). The pool has 200 typed facts (139 Observations + 61 others),
# so sample.py drew 50 + 50 = 100 facts. 74 verdicts carried by carry.py from identical facts of the re-judged baseline sample
# (verdicts_same_after.py); the 26 others judged by hand (marked '# hand'; 9 of them are facts new in this store - #22 #49 only by a
# dropped periodInherited flag -, 17 existed in the baseline pool but were not in its sample).
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period).
# Conventions for kinds new in this pool: Digiworld's product groups (9M 2026 revenue list) as their own subjects and unitOf
# Digiworld are accepted (as segments); their 9M figures dated full-year 2026 are wrong period (as baseline #37). Plexus
# 'annualised revenue' of new programme wins stored as Plexus's 'annualised revenue' is wrong measure (borderline; accepting
# #9 P and #35 C gives strict +1, lenient +2). Guidance stored as a plain measure with a year is wrong type (as judge25's
# estimates as actuals). A period field present but wrong (a quarter under 9M, a report day for a fiscal quarter) is wrong period.
J = {
1: ('W', 'wrong period', 'Digiworld profit after tax VND 368bn is 9M 2026 (accumulated 9 months); dated full-year 2026 (Jan-Dec)'),  # hand
2: ('C', '', "Huber+Suhner ('Suhner') order backlog CHF 1,085m at 30 June 2026"),
3: ('W', 'wrong company', "Qi-Anxin Q2 2026 revenue RMB 1,460.2m (April-June, dated right); stored on 'Stock'"),  # hand
4: ('W', 'wrong period', 'Space42 third-quarter revenue AED 712m +14% is Q3 2026; period fields say 9M 2026 (inherited; the quarter only in the measure name)'),  # hand
5: ('W', 'wrong measure', 'about 0.4 pp is the tariff effect on Q2 gross margin, stored as the gross-margin change (GAAP margin fell ~0.2 pp yoy)'),
6: ('W', 'wrong company', "NCC top-50 customer revenue share 34% FY26; stored on 'Final'"),
7: ('W', 'wrong company', "ViTrox capex RM23.40m incurred in Q3 FY2026 (quarter to 30 Sep 2026); stored on 'Board' and dated H2 2027 (the Phase 3 completion date)"),  # hand
8: ('W', 'wrong measure', "5.8% is the NON-GAAP operating margin (GAAP 4.9%); stored as plain 'operating margin' (fiscal Q2 dates right)"),
9: ('W', 'wrong measure', "$455m are the annualised revenue of NEW PROGRAMME WINS in fiscal Q3; stored as Plexus 'annualised revenue' (reads as Plexus's run-rate), no period"),  # hand
10: ('P', 'wrong period', 'Digiworld gross profit margin 8.1% is Q3 2026; no period'),  # hand
11: ('P', 'wrong period', 'Huber+Suhner EBITA margin +1.6 pp H1 2026; no period'),
12: ('W', 'wrong company', "412 AI+security customers are Qi-Anxin's; stored on 'Stock'"),
13: ('C', '', 'Space42 net profit AED 265m, 9M 2025'),
14: ('W', 'wrong period', 'Ceragon GAAP gross margin 34.6% is Q2 2026; dated Q2 2025'),
15: ('W', 'wrong company', "Escode recurring revenue share 80% FY25 (dated Jun 2024-May 2025, right); stored on 'Final'"),  # hand
16: ('W', 'wrong company', "ViTrox PBT RM41.86m +34.1% Q3 FY2026; stored on 'Board'"),
17: ('C', '', "Plexus fiscal Q2 revenue $1.06bn (label 'fiscal Q2' accepted)"),
18: ('C', '', 'Plexus fiscal Q4 non-GAAP EPS guidance $1.92-2.07'),
19: ('C', '', "Digiworld expects enterprise revenue to exceed VND 3,000bn in 2027 (measure 'expect enterprise revenue outlook', qualifier at_least; measure text borderline)"),  # hand
20: ('C', '', "Huber+Suhner ('Suhner') 2026 capex outlook ~CHF 62m"),  # hand
21: ('W', 'wrong company', "on 'Stock'; also 33.88% is the prior-year R&D ratio stored as an 'operating revenue' decrease"),
22: ('C', '', 'Space42 net profit AED 318m, 9M 2026'),  # hand
23: ('W', 'wrong measure', "35.1% is the NON-GAAP gross margin; stored as plain 'gross margin' and dated Q2 2025 instead of Q2 2026"),
24: ('W', 'wrong company', "adjusted operating margin 31% is Escode's; stored on 'Final' (NCC's header-word node)"),
25: ('W', 'wrong company', "ViTrox FX gain RM1.92m Q3 FY2026; stored on 'Board'"),  # hand
26: ('P', 'wrong period', 'Plexus non-GAAP EPS guidance $1.75-1.90 is for fiscal Q3 FY26; no period'),
27: ('P', 'wrong period', 'Plexus non-GAAP EPS guidance $1.75-1.90 was for fiscal Q3 FY26 (as recalled in the Q3 article); no period'),  # hand
28: ('W', 'wrong measure', "1.2 million shares were net bought by foreign investors in the week; stored as Digiworld 'shares'"),
29: ('C', '', "Huber+Suhner ('Suhner') net sales CHF 912m in 2025"),  # hand
30: ('W', 'wrong company', "on 'Stock'; also 4.59 pp is the fall of the R&D ratio, stored as an 'operating revenue' decrease"),
31: ('C', '', 'Space42 full-year 2026 capex outlook ~AED 1.1bn'),
32: ('W', 'wrong period', 'Ceragon non-GAAP operating income $9.8m is Q2 2026; dated Q2 2025'),
33: ('W', 'wrong company', "NCC managed services revenue GBP 61.3m FY26; stored on 'Final'"),
34: ('W', 'wrong company', "260 customer sites are ViTrox's V-ONE platform's; stored on 'Board', no date"),
35: ('W', 'wrong measure', "~$410m are the annualised revenue of 31 NEW PROGRAMMES won in fiscal Q2; stored as Plexus 'annualised revenue' (reads as Plexus's run-rate)"),  # hand
36: ('C', '', 'Plexus shares +4% in early trading on 23 July 2026'),  # hand
37: ('W', 'wrong period', 'Mobile phones revenue VND 7,160bn is 9M 2026; dated full-year 2026 (product group as own subject accepted)'),  # hand
38: ('W', 'wrong type', "EBITA margin 11% to 13% is Huber+Suhner's PREVIOUS 2026 guidance (now 12.5-13.5%); stored as a plain 2026 'ebita margin' (guidance as actual, superseded range)"),  # hand
39: ('W', 'wrong company', "Qi-Anxin gross margin +1.57 pp H1 2026; stored on 'Stock'"),  # hand
40: ('C', '', 'Space42 Mobility & Navigation revenue AED 150m +9%, 9M 2026'),
41: ('W', 'wrong measure', "9.7% is Ceragon's NON-GAAP operating margin Q2 2026; stored as plain 'operating margin', no period"),
42: ('W', 'wrong company', "NCC headcount 1,940 at FY26 year end; stored on 'Final', no date"),  # hand
43: ('C', '', "ViTrox Technologies (Suzhou) ('Suzhou') revenue RM32.60m, Q3 2026 (= Q3 FY2026, calendar FY)"),
44: ('W', 'wrong period', 'Plexus fiscal Q2 revenue +8% yoy (quarter ended 28 March 2026); dated 2026-04-22 (the report day), quarter only in the measure name'),  # hand
45: ('C', '', 'Plexus fiscal 2026 revenue growth outlook 11% to 13% (lower bound with range text)'),
46: ('P', 'wrong period', 'Digiworld market capitalisation ~VND 10,580bn at 17/10/2026; no date'),
47: ('C', '', 'Huber+Suhner order backlog CHF 962m at 31 Dec 2025'),
48: ('W', 'wrong company', "Qi-Anxin H1 revenue ~RMB 2.453bn; stored on 'Stock'"),
49: ('C', '', 'Space42 EBITDA AED 1,051m, 9M 2026'),  # hand
50: ('P', 'wrong period', 'Ceragon revenue $101.4m is Q2 2026; no period'),
51: ('W', 'wrong value', "Digiworld Q3 gross margin 8.1% from 7.6% due to enterprise mix is right, but a spurious value 3 'improved' (from 'quarter 3'); no period"),
52: ('C', '', "Communication segment unitOf Huber+Suhner ('Suhner')"),
53: ('W', 'wrong company', "QAX-GPT 3.0 developed by Qi-Anxin; developedBy 'Stock'"),
54: ('C', '', "Space42 ~35% of the Middle East government satcom market (estimate 'now')"),
55: ('P', 'wrong period', "Ceragon R&D spending $10.7m 'invest in ... chip roadmap' (Investment accepted, borderline) is for Q2 2026; no period"),
56: ('W', 'wrong company', "NCC FY27 capex ~GBP 6m; investor 'Final' (and capex, no period)"),
57: ('W', 'wrong company', "ViTrox PBT +34.1% due to product mix and FX gain RM1.92m; about 'Board'"),
58: ('W', 'wrong period', "Kimball quarterly revenue $370m -4% (weaker automotive) right, but dated Plexus's 'fiscal Q2' (inherited)"),
59: ('C', '', 'Sarah Quinn CFO of Plexus since June 1, succeeding Miguel Herrera'),
60: ('W', 'wrong type', "VND 2,870bn is Digiworld's total debt at 30/9, stored as an Investment"),
61: ('C', '', "Ivana Brunner CFO of Huber+Suhner ('Suhner')"),
62: ('W', 'wrong company', "export restrictions on high-end foreign GPUs affect Qi-Anxin; affects 'Stock'"),
63: ('C', '', 'Hamad Al Mazrouei CEO of Space42'),
64: ('C', '', 'SIAE Microelettronica a competitor of Ceragon'),
65: ('W', 'fragment', "region table row 'APAC 129.5' as an entity versionOf APAC"),
66: ('W', 'wrong company', "US export controls on advanced semiconductor equipment affect ViTrox's Suzhou customers; affects 'Board'"),
67: ('C', '', 'Miguel Herrera CFO of Plexus (April 2026)'),
68: ('C', '', 'Plexus raised FY2026 revenue growth outlook to 11-13% (from 9-11%) and capex to ~$135m (from ~$110m); previous range split into two values'),
69: ('C', '', 'Enterprise ICT and AI solutions product group unitOf Digiworld (product group as unit accepted, as segments)'),  # hand
70: ('C', '', 'Huber+Suhner ~15% of global optical circuit switch market'),
71: ('W', 'wrong company', "Qi-Anxin AI+security products at 412 customers, contracts RMB276m; about/usageOf 'Stock'"),
72: ('W', 'wrong period', "Thuraya-4 was launched in 2025 (full service Q2 2026); launch dated 'Q2', no launcher"),
73: ('C', '', 'Eitan Shalev CEO of Ceragon'),
74: ('W', 'wrong company', "Tom Bradley is NCC Group's CFO; organization 'Final'"),
75: ('C', '', 'Kimball Electronics a rival of Plexus'),
76: ('P', 'wrong period', 'Plexus raised outlook after fiscal Q3 revenue +10% to $1.11bn; no period fields (quarter only in the measure name)'),
77: ('W', 'wrong type', "analysts compare Digiworld's profit margin with Petrosetco's (higher thanks to diversified portfolio); stored as the reason for a profit increase"),
78: ('W', 'wrong period', "~CHF 38m covers 2026 AND 2027 (dated 2026 only); target the sentence piece '2026 and 2027 in additional fibre-optic'"),
79: ('C', '', "QAX-GPT 3.0 released March 2026 (launchedWhen garbled 'March 20', value 'March 2026'; no launcher - borderline)"),
80: ('C', '', 'Mobility & Navigation unitOf Space42'),
81: ('W', 'wrong company', 'Ceragon introduced Alpha-3 in the IP-50 family; stored as IP-50 launched, about Alpha-3, no launcher (wrong object)'),
82: ('W', 'fragment', "region table row 'Europe 68.9' as an entity versionOf Europe"),  # hand
83: ('W', 'wrong type', '$25m is a share buyback in fiscal Q2, stored as an Investment'),
84: ('C', '', 'Benchmark Electronics a rival of Plexus'),
85: ('C', '', 'Digiworld plans VND 45bn for an AI demo and service centre (no target kept; no period in text)'),
86: ('C', '', 'Huber+Suhner 2026 capex raised to ~CHF 62m from CHF 45m'),
87: ('W', 'wrong company', "Qi-Anxin invested RMB84.5m in computing power; investor 'Stock'"),
88: ('C', '', 'Priya Raghunathan CFO of Space42'),
89: ('W', 'wrong measure', "57 paying customers are right, but 16% (software and services share of revenue) is stored as a 'paying customers' share; usageOf Ceragon, not Ceragon Insight"),
90: ('W', 'wrong company', "Helen Ashcombe is NCC Group's CEO; organization 'Final'"),
91: ('C', '', 'Karen Tolliver CEO of Plexus'),
92: ('C', '', 'Karen Tolliver CEO of Plexus'),
93: ('C', '', 'Consumer goods and healthcare products product group unitOf Digiworld (as #69)'),  # hand
94: ('C', '', "Industry segment unitOf Huber+Suhner ('Suhner')"),  # hand
95: ('W', 'wrong company', "CETC-Ming'an Investment is CEC's subsidiary and Qi-Anxin's largest shareholder; stored unitOf 'Stock'"),
96: ('C', '', 'Space42 launched Falak-42 (trained on >40 PB), 9M 2026'),
97: ('W', 'fragment', "tariff Restriction restricts 'components sourced from Asia reduced gross margin by about 0'"),
98: ('W', 'wrong company', "Cyber Security (Assurance) is NCC Group's division; unitOf 'Final'"),  # hand
99: ('C', '', 'Digiworld VND 300bn logistics and warehouse centre investment'),
100: ('C', '', 'Marcel Lüthi CEO of Huber+Suhner'),
}
