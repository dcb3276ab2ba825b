# verdicts_after: hand verdicts for sample_after.json (seed 20261232 on facts_after.json; store /tmp/fc33-after copied to
# /tmp/judge33b-store, aikg /work/fc33merge/.venv/bin/aikg, merge 7ebf84c, extractor 'aikg-rules-25-s30m'). The pool has 119 typed
# facts (80 Observations + 39 others, as the baseline), so sample.py drew 50 + 39 = 89 facts (all 39 non-Observations again). 70
# verdicts carried by carry.py from identical facts of the re-judged baseline sample (verdicts_same_after.py: 85 SAME + 4 re-judged);
# the 19 others judged by hand (marked '# hand'): 6 are facts changed by the merge (#2 #10 #84 the EPC segment now labelled 'EPC';
# #77 #85 the Rapid7 Roles with roleStatus; #22 Pexip's extraordinary dividend now dated 2025), 13 existed unchanged in the baseline
# pool but were not in its sample.
# Same rules as ../judged_baseline/verdicts.py (C / W / P; company > type > measure > value > period; a segment's figure on the group
# = wrong company; notice-date figures dated Q3 2026 by inheritance = wrong period). Borderlines: #22 (FY2025 for the extraordinary
# dividend: W; accepting it -> +1); #41 'profit' for profit attributable to owners accepted.

J = {
1: ('P', 'wrong period', 'Kanemori interim dividend JPY 46 (FY2027/3 interim, to be paid as planned) - no period'),  # hand
2: ('C', '', "Techno Electric EPC Q1 FY27 (Apr-Jun 2026) Rs 628.9 crore (segment labelled 'EPC')"),  # hand
3: ('W', 'wrong company', "GPU-hour reference list price HK$16.5 on 'Telecom International Holdings'"),
4: ('W', 'wrong measure', "Calder Rock's ~4.7m Rapid7 shares typed as Rapid7 'shares' (no holder)"),
5: ('C', '', "CSE Global 1H2026 revenue S$478,312k (table total row, S$'000 applied)"),  # hand
6: ('W', 'wrong period', "Pexip nominal value NOK 0.015 per share 'as of the date of this notice' dated Q3 2026 (inherited), as the baseline's notice-date share counts"),  # hand
7: ('W', 'wrong company', "ASC 6M revenue KWD 7.84m +13.4% on 'Net Profit'"),
8: ('W', 'wrong company', "9M expected credit loss provision KWD 96,400 on 'Net Profit'; no period"),
9: ('W', 'wrong company', "Managed & Cloud Services segment FY2026/3 JPY 16,420m typed as Kanemori group net sales (as the baseline's SI segment row)"),  # hand
10: ('C', '', 'EPC Q1 FY26 Rs 541.7 crore (= same-sample #49, re-judged)'),  # hand
11: ('W', 'wrong company', "3,072 GPUs by end 2028 on 'Telecom International Holdings'"),
12: ('P', 'wrong period', 'Rapid7 non-GAAP operating margin 16.8% - Q3 2026, undated'),
13: ('C', '', 'CSE Global order book S$742.8m at 30 Jun 2026'),  # hand
14: ('C', '', 'Pexip Q3 2026 EBITDA NOK 58.1m'),
15: ('C', '', 'ASC 6M 2026 net profit KWD 541,906'),
16: ('C', '', 'ASC contract revenue approx KWD 1.46m per year (added revenue outlook; no period - per year from 2027, borderline)'),
17: ('P', 'wrong period', 'Kanemori one-month simple average closing price JPY 2,812 (month to 11 Nov 2026) - no period / date'),  # hand
18: ('W', 'wrong company', "Rs 4,000 crore = the rumoured valuation of the data-centre business (TDIPL), which the company calls speculative, typed as Techno Electric's own 'valuation' (also a denied rumour)"),  # hand
19: ('W', 'wrong company', "CITIC Telecom FY2025 revenue HK$9,826.4m on 'Telecom International Holdings'"),
20: ('P', 'wrong period', "Rapid7 TTM free cash flow $161m, garbled measure 'quarter and trailing-twelve-month free cash flow', undated"),
21: ('C', '', 'CSE gross margin 1H2026 24.7%'),
22: ('W', 'wrong period', "Pexip extraordinary dividend NOK 2.50 proposed to the 17 Dec 2026 EGM dated FY2025 ('on the basis of the approved annual accounts for 2025' is its legal basis, not its period; now sits beside the ordinary FY2025 NOK 1.00) - borderline"),  # hand
23: ('C', '', 'ASC paid-up capital KWD 10m'),
24: ('C', '', 'Kanemori H1 (Apr-Sep 2026) net sales JPY 29,960m'),
25: ('C', '', 'Techno Electric segment Energy (wind) Q1 FY27 Rs 36.7 crore (Apr-Jun 2026)'),
26: ('W', 'wrong company', "TrueCompute capex approx HK$1.4bn on 'Telecom International Holdings'"),
27: ('W', 'wrong measure', "Calder Rock's $30-34 per-share sale value typed as Rapid7 'earnings per share'"),  # hand
28: ('C', '', 'CSE Communications 1H2026 S$141,905k (segment table)'),  # hand
29: ('C', '', 'Pexip ordinary dividend NOK 1.00 for FY2025'),
30: ('C', '', 'ASC 6M 2026 net profit +19.0%'),
31: ('P', 'wrong period', "Kanemori revised annual dividend forecast JPY 46 (FY2027/3) as 'dividend per share outlook' - no period"),  # hand
32: ('C', '', 'Energy (wind) Q1 FY26 Rs 39.5 crore'),
33: ('W', 'wrong company', "1,024 GPUs (current TrueCompute capacity) on 'Telecom International Holdings'; no date either"),
34: ('W', 'wrong company', "peer-group screen 'revenue between $500m and $3bn' typed as Rapid7 revenue"),
35: ('C', '', 'CSE data-centre project revenue 1H2026 S$71.2m, almost doubled'),
36: ('C', '', 'Pexip ARR +14% yoy at 30 Sep 2026'),  # hand
37: ('C', '', 'ASC 100,000,000 shares'),
38: ('C', '', 'Kanemori TOB total purchase price (planned) JPY 88,472m'),
39: ('C', '', 'Data centre Q1 FY27 Rs 46.8 crore'),
40: ('C', '', 'Rapid7 2026 ARR growth guidance 2-3%'),
41: ('C', '', "CSE profit attributable to owners +42.7% to S$17.1m, 1H2026 ('profit' accepted for attributable profit)"),  # hand
42: ('C', '', 'Pexip ARR USD 128.4m at 30 Sep 2026'),
43: ('C', '', 'Kanemori operating profit FY2026/3 JPY 4,688m'),
44: ('W', 'wrong period', 'TDIPL planned capex Rs 2,150 crore over FY27-FY29 dated FY2027'),
45: ('W', 'wrong measure', "stock-based compensation $92m (LTM) typed as Rapid7 'share price' dated 1 Dec 2026"),
46: ('C', '', 'CSE Automation revenue +12.0% 1H2026'),  # hand
47: ('W', 'wrong period', '3,007,855 treasury shares as of the notice date (26 Nov 2026) dated Q3 2026 (inherited)'),
48: ('W', 'wrong measure', "closing price JPY 2,890 on 11 Nov 2026 typed as 'tender offer price' (the offer is JPY 4,150)"),
49: ('P', 'wrong period', "TDIPL operates 22 MW 'currently' (21 Oct 2026) - undated"),
50: ('C', '', 'Rapid7 Q3 2026 revenue $221.4m +4%'),
51: ('W', 'wrong value', "dividend forecast cut JPY 92 -> 46 typed as a 'raise' carrying only the previous 92/46/46 (revised 46 not marked)"),
52: ('C', '', 'Arjun Poddar MD of Techno Electric'),
53: ('W', 'wrong company', "Chan Kwok Leung CEO of 'Telecom International Holdings'"),
54: ('C', '', 'Jonathan Reyes-Hartley Managing Partner of Calder Rock'),
55: ('C', '', 'CSE 1H2026 revenue +11.0% to S$478.3m driven by Electrification (+16.5% to S$228.6m)'),
56: ('C', '', 'Pexip target ARR USD 200m by end 2030'),
57: ('W', 'wrong company', 'Ondrej Kalina Chairman - no organisation (ARICOMA GROUP)'),
58: ('W', 'wrong company', "Khalid Al-Mutawa CEO of 'Net Profit'"),
59: ('W', 'wrong company', "9M net-profit reason (credit loss) on 'Net Profit'; no period"),
60: ('C', '', 'Hiroyuki Sakamaki President of Kanemori'),
61: ('C', '', 'Data centre unitOf Techno Electric'),
62: ('W', 'wrong company', "3-year framework agreements with CITIC (Limited) on 'Telecom International Holdings'"),
63: ('C', '', 'Rapid7 does not disclose Incident Command customers/revenue'),
64: ('C', '', 'Raymond Teo COO of CSE Global from 1 Sep 2026'),
65: ('W', 'wrong type', 'proxy instruction sentence typed as a DisclosureGap'),
66: ('W', 'wrong company', "6M net-profit reason on 'Net Profit'; no period"),
67: ('W', 'wrong company', "Fahad Al-Rashoud incoming CEO from 1 Dec 2026 of 'Net Profit'"),
68: ('C', '', 'Mayumi Ode General Manager (Corporate Planning) of Kanemori - borderline'),
69: ('W', 'wrong type', 'denied rumour (no term sheet, Board has not considered a sale) typed as a StakeDeal sell of TDIPL'),
70: ('W', 'wrong company', "Zhou Hanqing Chairman of 'Telecom International Holdings'"),
71: ('C', '', 'Helen Ellsworth-Kane Chair of Rapid7'),
72: ('C', '', 'US tariffs on imported electrical components affect CSE'),
73: ('C', '', 'Pexip ARR growth reason (defence/government, AI assistant) at 30 Sep 2026'),
74: ('W', 'wrong company', "Khalid Al-Mutawa Vice Chairman of 'Net Profit'"),
75: ('C', '', 'Takeshi Kanemori Chairman of Kanemori'),
76: ('W', 'wrong type', "the table total 'Revenue from operations' typed as a unit of Techno Electric"),
77: ('C', '', 'Dana Quillfeldt CFO of Rapid7, roleStatus current (= same-sample #71)'),  # hand
78: ('C', '', 'Automation unitOf CSE Global'),
79: ('C', '', 'Eirik Strand chair of Pexip'),
80: ('C', '', 'Energy (wind generation) unitOf Techno Electric'),
81: ('C', '', 'Jonathan Reyes-Hartley CIO of Calder Rock'),
82: ('W', 'wrong period', "data-centre doubling reason dated H1 2025 (it is 1H2026's growth)"),
83: ('W', 'fragment', "'be voted' (treasury shares cannot be voted) as a DisclosureGap"),
84: ('C', '', 'EPC unitOf Techno Electric (= same-sample #52)'),  # hand
85: ('C', '', 'Martin Vandersloot CEO of Rapid7, roleStatus current (= same-sample #54)'),  # hand
86: ('C', '', 'Chua Seng Hock Group MD of CSE Global'),
87: ('C', '', 'Communications unitOf CSE Global'),
88: ('C', '', 'Electrification unitOf CSE Global'),
89: ('C', '', 'data-centre project revenue inSegment Electrification'),
}
