# verdicts_after: hand verdicts for sample_after.json (seed 20261222 on facts_after.json; store /tmp/fc32-after copied to
# /tmp/judge32b-store, aikg /work/fc32merge/.venv/bin/aikg, merge 6588308, extractor 'aikg-rules-24-s29n'). The pool has 205 typed
# facts (143 Observations + 62 others), so sample.py drew 50 + 50 = 100 facts, as the baseline. 65 verdicts carried by carry.py
# from identical facts of the re-judged baseline sample (verdicts_same_after.py: 99 SAME + #51 re-judged); the 35 others judged by
# hand (marked '# hand'): 2 are facts new or changed in this store (#15 Made Tech's AI share of H1 revenue, #60 the Humanica CTO
# Role with its effective date = the same sample's CHANGED #51), 33 existed in the baseline pool but were not in its sample.
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period; Rs as INR and NZ$ as USD and a
# lost scale word = wrong value; du facts on 'Disclosures' and Emtek's Q&A answers on 'A' = wrong company). Borderlines: #17
# Kraken's accounts 'as said in April' without period (P); #20 cBrain's 25-30% revenue-growth guidance as a 'revenue' change 2026
# (accepted as the baseline #19); #50 Made Tech's expected H1 FY27 revenue as 'revenue outlook' without period (P).

J = {
1: ('C', '', 'Humanica Q3 2026 revenue from overseas markets THB 281.9m'),
2: ('C', '', 'cBrain H1 2026 EBT DKK 52.6m +77%'),
3: ('W', 'fragment', "Octopus Digital Q3 PAT Rs 148.9m on subject 'Octopus Digital Limited (PSX' (and unit INR)"),
4: ('W', 'wrong company', "du H1 2026 interim dividend AED 0.18 on 'Disclosures'"),  # hand
5: ('W', 'wrong company', "Kerlo Data's 2025 revenue EUR 13,6 M typed as NEURONES revenue 2025 (also scale lost: 13.6 EUR)"),  # hand
6: ('W', 'wrong measure', "Made Tech H1 FY26 actual adj EBITDA GBP 1.1m typed as 'adjusted ebitda outlook', no period"),  # hand
7: ('W', 'wrong company', "Emtek's 2026 revenue growth target 8-10% on the node 'A' (speaker tag)"),  # hand
8: ('W', 'wrong value', "Gentrack H1 total revenue '$127,356' from the (000s) form column stored as 127,356 USD (thousands and NZ$ lost), no period"),  # hand
9: ('W', 'wrong value', 'Gentrack Q3 FY26 revenue $68.9m stored as USD (NZ$); period right'),
10: ('C', '', 'Humanica total assets THB 3,968.4m at 30 Sep 2026 (Q3 2026, as #14 of the baseline)'),  # hand
11: ('C', '', 'cBrain Denmark H1 2025 revenue DKK 103.7m (segment row, as the baseline #11 International)'),  # hand
12: ('W', 'wrong value', 'Octopus Digital Q3 2026 revenue Rs 612.4m stored as INR'),
13: ('W', 'wrong company', "du Q3 2026 revenue AED 3,902m +8.1% on 'Disclosures'"),  # hand
14: ('C', '', 'NEURONES 7,120 experts at 30 Sep 2026 (Q3 2026)'),
15: ('C', '', 'Made Tech AI-related work about 9% of H1 FY27 revenue (Jun-Nov 2026) [new fact]'),  # hand
16: ('W', 'wrong company', "Vidio's 9M26 EBITDA loss Rp212bn typed on Emtek"),  # hand
17: ('P', 'wrong period', 'Kraken Technologies > 70 million customer accounts (as said in April 2026), no period (borderline)'),  # hand
18: ('C', '', 'Gentrack Q3 FY26 revenue growth 24% (Apr-Jun 2026; no amount, so no currency)'),  # hand
19: ('C', '', 'Humanica payroll outsourcing Q3 2026 THB 141.7m +3.5%'),  # hand
20: ('C', '', "cBrain 2026 revenue growth now expected 25-30% typed as a 'revenue' change 2026 (only 25 kept; borderline as the baseline #19)"),  # hand
21: ('W', 'wrong value', 'Avanceon backlog Rs 21.6bn (US$77m) at 30 Sep 2026 stored as INR'),
22: ('W', 'wrong company', "du Q3 2026 EBITDA margin 45.1% on 'Disclosures'"),  # hand
23: ('C', '', 'NEURONES 7,120 people at 30 Sep 2026'),
24: ('W', 'wrong period', 'Made Tech backlog GBP 60.3m is at 31 May 2026; stored at 30 Nov 2026 (the current figure is 68.0)'),
25: ('C', '', 'Emtek 2026 capex plan Rp2.5tn'),
26: ('W', 'wrong value', 'Gentrack Utilities H1 FY25 revenue $86.9m (Oct 2024-Mar 2025 right) stored as USD (NZ$)'),  # hand
27: ('W', 'wrong value', 'Gentrack 9M FY26 revenue $196.3m stored as USD (NZ$) and dated FY2025 (it is Oct 2025-Jun 2026)'),  # hand
28: ('W', 'wrong measure', "Humanica's Q3 revenue increase THB 99.9m typed as a 'sales' value"),  # hand
29: ('C', '', 'cBrain International segment H1 2025 revenue DKK 38.2m'),
30: ('W', 'wrong value', 'Avanceon 2026 revenue expectation > Rs 13bn right, but unit INR (Pakistani rupees)'),
31: ('C', '', "du Fixed Q3 2025 revenue AED 968m on the 'Fixed' segment (table row)"),  # hand
32: ('W', 'wrong period', 'NEURONES 9M 2026 growth +7.1% dated FY2025'),
33: ('W', 'wrong measure', "the consensus adj EBITDA range GBP 3.8-4.4m typed as FY2027 'revenue'"),
34: ('C', '', 'Emtek 9M 2026 revenue Rp8,412 billion'),  # hand
35: ('W', 'wrong value', 'Gentrack H1 FY25 EBITDA $11.2m (Oct 2024-Mar 2025 right) stored as USD (NZ$)'),  # hand
36: ('W', 'wrong value', 'Gentrack 9M FY25 revenue $162.4m stored as USD (NZ$) and dated Q3 FY2025'),
37: ('W', 'wrong company', "Tigersoft's THB 96.3m contribution typed as Humanica 'implementation revenue' dated 1999 (from 'Tigersoft (1999) Co., Ltd.'; also wrong period)"),  # hand
38: ('W', 'wrong measure', "cBrain recurring revenue share 58% typed as a +58% 'recurring revenue' change, no period"),  # hand
39: ('W', 'wrong value', 'Avanceon 2027 capex Rs 850m stored as INR'),
40: ('W', 'wrong company', "du 9M 2026 revenue AED 11,388m on 'Disclosures'"),  # hand
41: ('W', 'wrong value', 'NEURONES Q3 2026 revenue EUR 202,4 M stored as 202.4 EUR (scale lost)'),
42: ('W', 'wrong measure', "Made Tech H1 FY26 actual revenue GBP 19.6m typed as 'revenue outlook', no period"),
43: ('W', 'wrong company', "Emtek healthcare revenue +14% 9M26 on the node 'A'"),  # hand
44: ('W', 'wrong value', 'Gentrack Utilities H1 FY26 revenue $104.1m stored as USD (NZ$), no period'),
45: ('W', 'wrong value', 'Gentrack new FY26 revenue guidance $280-288m stored as USD (NZ$) and dated Q3 FY2026 (it is FY26)'),  # hand
46: ('C', '', 'Humanica subscription & cloud services Q3 2025 THB 254.1m'),  # hand
47: ('C', '', 'cBrain EBT margin H1 2026 28.1%'),  # hand
48: ('C', '', 'du Fixed Q3 2026 AED 1,063m +9.8% (segment node)'),
49: ('W', 'wrong company', "Kerlo Data's ~110 consultants typed on NEURONES dated 2025"),  # hand
50: ('P', 'wrong period', "Made Tech H1 FY27 expected revenue ~GBP 23.8m as 'revenue outlook' (an expected, unaudited figure) without period (H1 FY27)"),  # hand
51: ('W', 'wrong type', "'Humanica Cloud' (a platform/product) unitOf Humanica"),
52: ('W', 'wrong period', "cBrain international +72% / DKK 65.6m reason dated full-year 2026 (H1); the DBA framework 95m typed as 'international revenue'"),
53: ('W', 'wrong period', "Avanceon finance cost -18% 'in the quarter' dated 9M 2026; measure not named"),
54: ('W', 'wrong company', "du guidance-upgrade reason (fixed and ICT demand) about 'Disclosures'"),
55: ('W', 'fragment', "'TOTAL 626' versionOf 'TOTAL' (table row)"),  # hand
56: ('C', '', 'Made Tech three-year contract with a major government department (GBP 14.5m not kept; borderline)'),
57: ('W', 'wrong company', "Vidio's 6.2m paying subscribers as usage of Emtek, dated 2025 (it is end-Sep 2026)"),
58: ('C', '', 'Fraser Kilgour-Dunn Chief Executive of Gentrack (08a)'),
59: ('W', 'wrong period', 'reason for the FY26 guidance upgrade (UK water contract, signed July = Q4) dated Q3 FY2026, no measure (borderline)'),
60: ('C', '', 'Anucha Rattanasiri CTO of Humanica since 1 October 2026, current (the CHANGED #51 of the same sample)'),  # hand
61: ('W', 'wrong period', 'F2 AI Assist 41 public-sector customers at end June 2026 dated 2025 (17 was end-2025), about cBrain'),
62: ('C', '', 'Usman Tariq Warraich CFO of Avanceon'),
63: ('W', 'wrong company', "'Mobile' unitOf 'Disclosures' (du)"),
64: ('C', '', 'NEURONES acquired 100% of Kerlo Data'),
65: ('C', '', 'Made Tech GBP 1.2m in AI tooling and training H1 FY27'),
66: ('C', '', "Emtek affected by US export controls on AI chips (restricts text 'AI chips?'; borderline)"),
67: ('W', 'fragment', "'Reporting Period 6' versionOf 'Reporting Period'"),
68: ('W', 'wrong period', 'Gentrack NZ$12m g2 AI investment is over FY26 and FY27; dated FY2026 only, target lost'),
69: ('C', '', 'Humanica Cloud: 46 new enterprise customers, subscription revenue +25.4% Q3 2026 (borderline: about the platform)'),
70: ('C', '', 'cBrain buyback up to DKK 30m, runs to 31 Dec 2026'),
71: ('C', '', 'Hammad Rafiq Lodhi CEO of Avanceon'),
72: ('W', 'wrong company', "du CFO Karim Zaatari on 'Disclosures'"),
73: ('W', 'wrong value', 'NEURONES 2026 target around EUR 840 M stored as 840 EUR and dated 2025'),
74: ('C', '', 'Neil Trevathan CEO of Made Tech'),
75: ('C', '', 'Emtek does not disclose segment margins'),
76: ('C', '', 'Veovo unitOf Gentrack'),
77: ('C', '', 'Fraser Kilgour-Dunn Chief Executive of Gentrack (08b)'),
78: ('C', '', 'Humanica raised 2026 revenue growth target 14-16% (previously 10-12%), GPM above 45%'),
79: ('W', 'wrong measure', "the EBT-margin guidance change 25-30% (previously 20-25%) typed as 'revenue'; no period"),
80: ('W', 'wrong company', "du mobile subscribers usage metric on 'Disclosures'"),
81: ('C', '', 'Bertrand Quillévéré Chairman and CEO of NEURONES (role chairman, roleText both)'),  # hand
82: ('W', 'wrong company', "local government's growth (four council data platforms) about Made Tech Group, no measure"),
83: ('W', 'wrong period', "Emtek net profit +38.7% to Rp1,021bn (lower streaming loss) dated 9M 2025, predicate 'decline'"),
84: ('W', 'fragment', "'Previous Reporting Period 6' versionOf 'Previous Reporting Period'"),
85: ('C', '', 'Gentrack contract with a top-ten UK water company about GBP 38m'),
86: ('C', '', 'Humanica 31% share of Thai cloud HR/payroll software market 2026'),
87: ('C', '', 'cBrain DKK 40m investment 2026-2027 (data-centre target lost; borderline)'),
88: ('W', 'fragment', "ticker-tape item 'EMAAR 14.30' versionOf 'EMAAR'"),  # hand
89: ('C', '', 'NEURONES Consulting +10.5% Q3 2026 driven by cyber-security and AI-governance'),
90: ('C', '', 'Made Tech buyback up to GBP 2.0m'),
91: ('C', '', 'healthcare segment unitOf Emtek (borderline)'),
92: ('W', 'fragment', "'MAP 20' versionOf 'MAP' (release date line of the NZX form)"),
93: ('C', '', 'Aileen Ngata outgoing CFO of Gentrack'),
94: ('W', 'fragment', "'Chg 9M' versionOf 'Chg' (table header)"),
95: ('C', '', 'Soren Kalsboll CEO of cBrain'),
96: ('W', 'wrong company', "du CEO on 'Disclosures' (name cut to 'Obaid Al Ketbi')"),
97: ('W', 'wrong value', "NEURONES target raise around EUR 840 M (prev 820) stored as 840 EUR; 2025 revenue 787.3 typed as another 'revenue target'"),
98: ('C', '', 'Debra Amadi CFO of Made Tech'),  # hand
99: ('C', '', 'cBrain framework agreement with the Danish Business Authority up to DKK 95m'),
100: ('W', 'wrong company', "du fixed subscribers 0.61m on 'Disclosures'"),
}
