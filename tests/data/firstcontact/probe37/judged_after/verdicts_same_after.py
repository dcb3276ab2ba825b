# Same-sample verdicts after round 1 (judge37b): sample ../judged_baseline/sample.json (seed 20261208 + top_up.py, 100 facts:
# 55 Observations + 45 others), store /tmp/m37a-probe37-frozen (copy /tmp/judge37b-store), aikg PYTHONPATH=/work/m37a/src
# (merge37 d4c4f453). rejudge_after.md: SAME 100, CHANGED 0, GONE 0. facts_after.json is byte-identical to the baseline's
# facts_all.json (138 typed facts), and the eight per-document exports differ from ../judged_baseline/exp_all/ only in the
# kg:extractor version string ('aikg-rules-32-s33' -> 'aikg-rules-33-s34'): same typed facts, same claims. Nothing to re-judge;
# every verdict is the baseline's, copied unchanged. Strict 45/100, lenient 55/100, as before.
# --- baseline header follows ---
# Hand verdicts for sample.json (sample.py seed 20261208 + top_up.py), store /tmp/fb37-probe37-frozen (copy /tmp/judge37-store),
# baseline aikg PYTHONPATH=/work/base37/src. n: (C correct | W wrong | P period missing, error category, reason).
# Judged against ../docs. Pool: 93 Observations + 45 others = 138 typed facts - fewer than 50 others exist, so sample.py drew
# 50 + 45 = 95 and top_up.py appended 5 of the 43 Observations left over (random.Random(20261208)) as #96-#100: 100 facts,
# 55 Observations + 45 others (every non-Observation fact of the pool is in it).
# Company nodes: Shelly (04) - the group's key figures, outlook, management and the region / product-line unitOf links sit on
# 'Shelly USA' (altLabels 'Shelly', 'Shelly USA Inc.'; the US subsidiary named once in the text) = wrong company; the node
# 'Shelly Group' holds only the 2024 dividend. HPS (08) - the double-digit growth objective and the two inSegment fragments sit on
# a discovered node 'Company' = wrong company / fragment. dLocal's 'three and a half million people' (Uruguay's population) on
# dLocal = wrong company.
# Value / unit: Celsia's '$' amounts (Colombian pesos, the filing says so) stored with unit USD, 'billones' amounts cut to the
# mantissa ('$1,47 billones' -> 1.47 USD, '$6,82 billones' -> 6.82, Investments 'USD 5.3' / 'USD 1.9') = wrong value; a truncated
# person name ('Felipe Londoño Arbeláez' for Andrés Felipe Londoño Arbeláez) = wrong value.
# Period: a prior-year column stored under the current label (Celsia 3T25 figures as Q3 2026, Shelly product-line 2024 column as
# 2025) = wrong period; ANY's 9M figures as 'Q3 2026', Sinnet's first-three-quarters figure as 'Q3' = wrong period; Econet's
# interim dividend dated its payment date (27 Nov 2026) = wrong period (borderline); a figure without the period the text gives
# (ANY's 9M EBITDA margins, dLocal's 2025 TPV, Shelly's segment rows) and a Role / Agreement without the date the text gives = P.
# Undated facts where the text gives no period (dLocal headcount 'today', the HUF 1.2bn data hall, the US$45m cloud investment,
# Solaria's €1.23bn) are accepted.
# Measure: the digital services line's revenue as plain ANY 'revenue', Europe's EBITDA as 'revenue', the water cap as measure
# 'm³', the Horinger campus's planned 30,000 cabinets as Sinnet's 'cabinets', construction jobs as plain 'jobs', Econet's
# historical-cost margin as plain 'margin', dLocal's guidance raise without its measure (TPV growth) = wrong measure.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Accepted (borderline): #8 #32 HPS activity revenue as measures 'services' / 'processing' on HPS; #16 the Solutions backlog
# on HPS (only Solutions has a backlog); #61 broker's target price as a Target on Econet (no issuer named, no period in text);
# #69 usage metric 'subscribers' 7.9m / 13.1m without saying which is which; #92 'Shelly Cloud' (for Shelly Cloud Premium) in the
# Cloud and subscriptions line.
# Rejected (borderline): #11 dividend dated its payment date; #23 350 construction jobs as plain 'jobs'; #43 plain 'margin'
# 44.0%; #71 guidance raise without measure; #75 #86 truncated first name.
J = {
1: ("P", "wrong period", "ANY EBITDA margin 16.8% is 1-9/2026; no period"),
2: ("W", "wrong value", "Celsia net profit $131.404 millones is 3T25, stored as Q3 2026; unit USD for Colombian pesos"),
3: ("C", "", "Econet revenue H1 FY2026 ZWG 5.91bn"),
4: ("W", "wrong period", "Shelly 'Projects and professional' 14,714k is the 2024 column, labelled 2025"),
5: ("P", "wrong period", "dLocal TPV US$36.8bn is the 2025 financial year; no period"),
6: ("W", "wrong period", "Sinnet intelligent computing revenue RMB 612m is the first three quarters, labelled 'Q3' (inherited)"),
7: ("C", "", "Solaria revenue FY2025 EUR 212.6m"),
8: ("C", "", "HPS Services activity revenue H1 2025 112.0 MMAD (measure 'services' on HPS; borderline)"),
9: ("P", "wrong period", "ANY EBITDA margin 14.6% is 1-9/2025; no period"),
10: ("C", "", "Celsia consolidated revenue up 8.1% Q3 2026 (change only)"),
11: ("W", "wrong period", "Econet interim dividend ZWG 0.35 dated its payment date 27 Nov 2026 (interim FY2027; borderline)"),
12: ("W", "wrong company", "Shelly Group EBITDA 2025 98,514 on 'Shelly USA'; no unit ('000 kept in text only), no period"),
13: ("C", "", "dLocal revenue FY2025 US$1.02bn, +37%"),
14: ("C", "", "Sinnet ~68,000 cabinets end of September 2026"),
15: ("C", "", "Solaria EBITDA FY2025 EUR 186.3m"),
16: ("C", "", "HPS (Solutions) order backlog 1,047 MMAD at 30 June 2025 (borderline: Solutions only)"),
17: ("W", "wrong period", "ANY Verify checked 9.3m documents in the first nine months, labelled Q3 2026"),
18: ("W", "wrong value", "Celsia net profit Q3 2026 $118.920 millones with unit USD (Colombian pesos)"),
19: ("C", "", "Econet inflation-adjusted EBITDA ZWG 2.825bn H1 FY2027"),
20: ("W", "wrong company", "Shelly Group EBITDA 2025 EUR 50,369k on 'Shelly USA'; no unit, no period"),
21: ("W", "wrong company", "Uruguay's population 'three and a half million people' typed as dLocal 'people'"),
22: ("C", "", "Sinnet Q3 2026 operating revenue RMB 1.98bn"),
23: ("W", "wrong measure", "350 jobs during construction of Phase 1 typed as plain Solaria 'jobs' (85 permanent is the other figure; borderline)"),
24: ("C", "", "HPS net income group share H1 2026 67.3 MMAD, +6.0%"),
25: ("C", "", "ANY previous 2026 net sales guidance HUF 52-54bn"),
26: ("W", "wrong value", "Celsia net debt $6,82 billones stored as 6.82 USD"),
27: ("C", "", "Econet inflation-adjusted revenue ZWG 6.84bn H1 FY2027"),
28: ("W", "wrong company", "Shelly Group net profit 2024 49,870 on 'Shelly USA'; no unit, no period"),
29: ("C", "", "dLocal 1,340 employees ('today'; no other period in the text)"),
30: ("W", "wrong measure", "Horinger campus planned 30,000 cabinets in total typed as Sinnet 'cabinets'"),
31: ("C", "", "Solaria revenue H1 2026 EUR 118.9m"),
32: ("C", "", "HPS Processing activity revenue H1 2025 184.3 MMAD (measure 'processing' on HPS; borderline)"),
33: ("W", "wrong measure", "digital services line revenue HUF 1,874m (9M 2026) typed as ANY plain 'revenue'"),
34: ("C", "", "Celsia Internet 142,000 connected homes end of Q3 2026"),
35: ("C", "", "Econet 13.1m total mobile subscribers H1 FY2027"),
36: ("P", "wrong period", "Shelly Rest of World revenue 2025 BGN 22,249k; no period"),
37: ("C", "", "dLocal gross profit FY2025 US$384m"),
38: ("C", "", "Sinnet 9M 2026 net profit attributable RMB 382m, -12.7%"),
39: ("W", "wrong measure", "Solaria campus annual water cap 90,000 m3 typed as measure 'm³' unit count (a permit condition)"),
40: ("C", "", "HPS deferred tax charge 4.6 MMAD H1 2026"),
41: ("C", "", "ANY revised 2026 EBITDA guidance HUF 9.6-10.0bn"),
42: ("W", "wrong value", "Celsia EBITDA $468.950 millones is 3T25, stored as Q3 2026, unit USD"),
43: ("W", "wrong measure", "Econet historical-cost EBITDA margin 44.0% as plain 'margin' (basis lost; 41.3% inflation-adjusted is the headline; borderline)"),
44: ("W", "wrong measure", "Shelly Europe EBITDA 2025 BGN 78,203k typed as 'revenue'; no period"),
45: ("C", "", "Sinnet 2026 capex plan ~RMB 2.4bn"),
46: ("W", "wrong company", "HPS double-digit 2026 revenue growth objective on discovered node 'Company'"),
47: ("P", "wrong period", "ANY EBITDA margin +2.2pp (1-9/2026 vs 1-9/2025); no period"),
48: ("W", "wrong value", "Celsia Q3 revenue $1,47 billones stored as 1.47 USD"),
49: ("W", "wrong period", "Shelly Devices 256,886k is the 2024 column, labelled 2025"),
50: ("C", "", "Sinnet 9M 2026 operating revenue RMB 5.71bn, +6.4%"),
51: ("C", "", "ANY HUF 1.2bn additional investment in the second Gyomaendrőd data hall"),
52: ("W", "wrong value", "Celsia 2026-2028 investment plan $5,3 billones stored as 'USD 5.3'"),
53: ("C", "", "Nyasha Kanengoni incoming CFO of Econet from 1 Jan 2027, predecessor Blessing Mutasa"),
54: ("W", "wrong company", "product line 'Cloud and subscriptions' unitOf 'Shelly USA' (Shelly Group's)"),
55: ("P", "wrong period", "Ignacio Ferrés Lagarmilla chairman of dLocal; 'since March 2025' missing"),
56: ("P", "wrong period", "Zhou Qinghe chairman of Sinnet succeeding Gao Lianshan; date 2026-09-18 missing"),
57: ("C", "", "Solaria Data Campus Puertollano S.L.U. unitOf Solaria"),
58: ("C", "", "Karim Bennani Tazi CFO of HPS"),
59: ("W", "wrong period", "reason for ANY's higher capex guidance (HUF 1.2bn second data hall) right, but dated Q3 2026 (inherited); it is the 2026 guidance"),
60: ("P", "wrong period", "Celsia 15-year PPA up to 120 MW; signing date 30 Oct 2026 missing"),
61: ("C", "", "target price ZWG 14.20 on Econet (the broker's; borderline)"),
62: ("W", "wrong company", "Shelly premium subscribers on 'Shelly USA'; '386 000' split into 386 and 000, dated 2024"),
63: ("C", "", "dLocal invested US$45m in cloud infrastructure and fraud-model computing"),
64: ("C", "", "Sinnet does not disclose the chip brand or model"),
65: ("C", "", "Solaria total declared investment EUR 1.23bn for the campus"),
66: ("W", "fragment", "'through a public-cloud region in Europe' inSegment 'Company'"),
67: ("P", "wrong period", "ANY EUR 6.1m contract with a Ministry of Interior; 'October 2026' missing"),
68: ("W", "wrong value", "Celsia net profit down 9.5% on higher financial expenses: values in USD, dated Q3 2025"),
69: ("C", "", "Econet 7.9m active data subscribers of 13.1m H1 FY2027 (values unlabelled; borderline)"),
70: ("W", "wrong company", "Matthias Oberländer CTO of 'Shelly USA' (Shelly Group's Management Board)"),
71: ("W", "wrong measure", "dLocal 2026 guidance raise 35-40% from 25-30% without its measure (TPV growth); ranges split into 'count' and 'percent' values"),
72: ("C", "", "Sinnet Intelligent Computing unitOf Sinnet"),
73: ("W", "fragment", "'payment switching' inSegment 'Company'"),
74: ("C", "", "Dr. Ilona Szentgyörgyi CEO of ANY"),
75: ("W", "wrong value", "outgoing president as 'Felipe Londoño Arbeláez' ('Andrés' lost); retirement 31 Dec 2026 missing"),
76: ("C", "", "Blessing Mutasa outgoing CFO of Econet until the end of December"),
77: ("W", "wrong company", "'Projects and professional' unitOf 'Shelly USA'"),
78: ("C", "", "ANY 2026 EBITDA guidance raised from HUF 8.0-8.5bn to 9.6-10.0bn"),
79: ("W", "wrong value", "Celsia Tolima investment $1,9 billones (~USD 473m) stored as 'USD 1.9'"),
80: ("C", "", "Tawanda Gumbo CEO of Econet"),
81: ("W", "wrong company", "Svetlina Koleva CFO of 'Shelly USA'; 'as of 1 October 2025' missing"),
82: ("W", "fragment", "'HUF 9' versionOf 'HUF' (from the guidance grid)"),
83: ("C", "", "Catalina Restrepo Uribe president of Celsia from 1 Jan 2027"),
84: ("C", "", "Shelly AI Assistant in the 'Cloud and subscriptions' line"),
85: ("C", "", "ANY 2026 net sales guidance raised from HUF 52-54bn to 57-59bn"),
86: ("W", "wrong value", "CEO as 'Felipe Londoño Arbeláez' ('Andrés' lost); since 2019 missing"),
87: ("W", "wrong company", "Kiril Stanchev CEO of 'Shelly USA'"),
88: ("C", "", "ANY 2026 capex guidance raised from HUF 3.1bn to 4.3bn"),
89: ("W", "wrong company", "'Rest of World' unitOf 'Shelly USA'"),
90: ("W", "wrong company", "'Europe' unitOf 'Shelly USA'"),
91: ("W", "wrong company", "'Shelly Cloud' (the group's platform) unitOf 'Shelly USA'"),
92: ("C", "", "'Shelly Cloud' (Premium) in the 'Cloud and subscriptions' line (borderline)"),
93: ("W", "fragment", "'voice' inSegment 'Cloud and subscriptions'"),
94: ("W", "wrong company", "'Devices' unitOf 'Shelly USA'"),
95: ("W", "wrong company", "'North America' unitOf 'Shelly USA' (the reverse: Shelly USA generates North America's revenue)"),
96: ("C", "", "ANY previous 2026 capex guidance HUF 3.1bn"),
97: ("C", "", "Celsia EBITDA margin 34.9% Q3 2026"),
98: ("W", "wrong company", "Shelly Group net profit 2025 EUR 38,879k on 'Shelly USA'; no unit, no period"),
99: ("W", "wrong company", "Shelly Group EBITDA margin 22.2% (2024) on 'Shelly USA'; no period"),
100: ("P", "wrong period", "Shelly Europe revenue 2025 BGN 301,224k; no period"),
}
