# Same-sample verdicts after round 1 (judge35b): sample ../judged_baseline/sample.json (seed 20261207 + top_up.py, all 98 typed
# facts of the baseline store), store /tmp/m35-probe35-frozen (copy /tmp/judge35b-store), aikg PYTHONPATH=/work/wt-merge35/src
# (merge35 a23befce, extractor aikg-rules-29-s32). rejudge_after.md: SAME 97 (verdicts copied from ../judged_baseline/verdicts.py,
# whose conventions apply unchanged), CHANGED 1 (#73), GONE 0.
# #73 re-judged by hand: the Claim:Reason 'Sonatel Group grow 14,2 million, reason mobile data and Orange Money' now carries the
# period 9M 2026 (2026-01-01/2026-09-30, periodInherited) - the communique's 'nine months ended 30 September 2026' - right; C as
# before (the baseline accepted it undated, as a Reason). No verdict moves.
# --- baseline header follows ---
# Hand verdicts for sample.json (seed 20261207 + top_up.py), store /tmp/fb35-probe35-frozen (copy /tmp/judge35-store),
# baseline aikg PYTHONPATH=/work/fc35base/src. n: (C correct | W wrong | P period missing, error category, reason).
# Judged against ../docs. Pool: 62 Observations + 36 others = 98 typed facts - fewer than 50 others exist, so sample.py drew
# 50 + 36 = 86 and top_up.py appended the 12 Observations left over (#87-#98): the "sample" is the whole pool (a census of 98).
# Company nodes: Chenbro (05) - every typed fact sits on 'Material Information' (the MOPS page heading); a node for Chenbro
# holds nothing = wrong company. Allied Digital (02) - its one Observation and all its claims sit on 'Crestmark Ratings' (the
# monitoring agency that wrote the report) = wrong company. A segment's (Senegal's) figure on the group = wrong company.
# Measure: a plan/target typed as an actual (Sonatel's 2026 growth target as 'revenue'), a contract's value/users/revenue typed
# as the company's ('valuation', 'users', 'revenue outlook'), customers paying for AI features as 'customers', volume/avg volume
# and the NCIB limit as 'shares' / 'subordinate', the intraday high as a 'closing price', target measure 'value' = wrong measure.
# Period: a Role without its effective date where the text gives one = P (as judge34); 9M/quarter/year-end figures undated = P;
# Sonatel's 9M 2026 data-centre revenue growth dated 9M 2025, Idox's 'last full year' dated as Netcall's FY2026 = wrong period.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Accepted (borderline): #38 FY2026 capex 0.6bn (GPU-cluster capex, measure plain 'capital expenditure', as #26); #40 change=12
# with changeText '12% to 14%' (as judge34 #30); #45 measure 'record a restructuring charge outlook' dated Q3 FY2027 (most of
# it falls there); #63 Polsat Plus AI Cloud unitOf Polsat Plus Group (a service as unit, as judge34's Síminn Pay); #70
# Nagahama GM of 'Corporate Planning' (department node, not Fixstars); #98 'recurring revenue' for cloud ARR (P).
# Rejected (borderline): #10/#72 the contract's 14,000 users as Objective's users; #25/#56 AI-paying customers as 'customers';
# #57 'Head' (of Sustainability) of Cyfrowy Polsat; #71 usageOf Coveo instead of the product; #92 trading volume as 'shares';
# #84 'Sonatel Cloud' (name cut from Sonatel Cloud IA).
J = {
1: ("C", "", "Fixstars profit attributable to owners of parent JPY 2,431m FY2026"),
2: ("W", "wrong company", "Allied Digital's QIP issue price Rs 312.40 typed on 'Crestmark Ratings' (the monitoring agency)"),
3: ("C", "", "Coveo FY2027 SaaS subscription revenue guidance US$143-146m"),
4: ("C", "", "Objective ARR A$131.7m at 30 June 2026 ('recurring revenue')"),
5: ("W", "wrong company", "Chenbro plant's planned monthly capacity 6,000 chassis on 'Material Information'; also dated Q2 2028 (completion) and 'monthly capacity' lost"),
6: ("P", "wrong period", "Sonatel data-centre spending doubled (32.0 vs 15.6bn FCFA) - undated (9M 2026)"),
7: ("C", "", "Netcall revenue £52.4m +9% FY2026"),
8: ("C", "", "Fixstars operating profit JPY 3,512m +18.9% FY2026"),
9: ("C", "", "Coveo previous FY2027 adjusted operating income guidance US$9-11m"),
10: ("W", "wrong measure", "the new contract's ~14,000 users typed as Objective 'users' (borderline)"),
11: ("W", "wrong company", "Chenbro Jan-Sep operating revenue NT$15,338,904k on 'Material Information' (period label without year/dates)"),
12: ("W", "wrong measure", "Sonatel's 2026 revenue-growth TARGET typed as actual 'revenue' +6% (range cut to 6, text keeps 6-8%)"),
13: ("C", "", "Netcall market value ~£190m at 118p ('valuation', at the column date)"),
14: ("C", "", "Fixstars FY2027 net sales forecast JPY 14,500m"),
15: ("C", "", "Coveo FY2027 adjusted operating income guidance US$5-7m"),
16: ("C", "", "Objective FY27 sovereign cloud and AI development spending A$11.0m ('spending outlook')"),
17: ("W", "wrong company", "Chenbro Q3 gross profit on 'Material Information'"),
18: ("P", "wrong period", "Sonatel revenue +7.8% (headline) - undated (9M 2026)"),
19: ("W", "fragment", "Netcall cloud share of revenue 61%: measure 'means the subscription business share of total' (sentence piece); undated"),
20: ("C", "", "Fixstars FY2026 year-end dividend 18 yen"),
21: ("C", "", "Coveo Q2 FY2027 total revenue US$38.6m +11%"),
22: ("W", "wrong measure", "$17.05 is the intraday high of 18 Nov, typed as 'closing price' on 16 Nov (the close was $14.20)"),
23: ("W", "wrong company", "Chenbro Q3 gross margin 31.6% on 'Material Information'"),
24: ("C", "", "Sonatel 9M 2026 revenue about EUR 2.15bn (the article's conversion)"),
25: ("W", "wrong measure", "167 customers PAYING FOR AI FEATURES typed as Netcall 'customers' (borderline)"),
26: ("C", "", "Fixstars FY2027 capex JPY 2.1bn (GPU cluster)"),
27: ("C", "", "Coveo previous FY2027 total revenue guidance US$158-161m"),
28: ("W", "wrong measure", "contract value A$38.5m typed as Objective 'valuation'"),
29: ("W", "wrong company", "Chenbro Q3 EPS NT$7.14 on 'Material Information'"),
30: ("P", "wrong period", "Sonatel customer base 46.8m - undated (end-September 2026)"),
31: ("C", "", "Netcall adjusted EBITDA £12.1m FY2026"),
32: ("C", "", "Fixstars FY2027 operating profit forecast JPY 3,900m"),
33: ("C", "", "Coveo previous FY2027 SaaS subscription revenue guidance US$150-153m"),
34: ("W", "wrong measure", "the 20-day AVERAGE daily volume 212,000 typed as 'shares' dated 18 Nov"),
35: ("W", "wrong company", "Chenbro Q3 operating revenue NT$5,412,318k on 'Material Information'"),
36: ("C", "", "Sonatel 9M 2026 revenue +7.8% (the 1,412.6bn FCFA value itself not typed)"),
37: ("C", "", "Netcall final dividend 1.05p FY2026"),
38: ("C", "", "Fixstars FY2026 (GPU-cluster) capex JPY 0.6bn (borderline: measure plain capex)"),
39: ("P", "wrong period", "Coveo net expansion rate 104% - undated (Q2 FY2027)"),
40: ("C", "", "Objective FY27 revenue growth guidance 12%-14% (change=12, text keeps the range; borderline as judge34 #30)"),
41: ("W", "wrong company", "Chenbro plant's 400 liquid-cooled racks/month on 'Material Information'"),
42: ("P", "wrong period", "Sonatel EBITDA margin 48.4% - undated (9M 2026)"),
43: ("P", "wrong period", "Netcall cloud revenue £31.8m +22% - undated (FY2026)"),
44: ("C", "", "Fixstars net sales JPY 12,846m +21.4% FY2026"),
45: ("C", "", "Coveo restructuring charge ~C$4.2m, mostly Q3 FY2027 (measure 'record a restructuring charge outlook', borderline)"),
46: ("C", "", "Objective FY26 revenue A$148.3m"),
47: ("W", "wrong company", "Chenbro Q3 net income on 'Material Information'"),
48: ("W", "wrong period", "Sonatel cloud and data-centre revenue +31% dated 9M 2025 (it is 9M 2026); the 27.4bn value not typed"),
49: ("W", "wrong period", "Idox revenue £88.9m 'last full year' dated as Netcall's FY2026 (Jul 2025-Jun 2026)"),
50: ("W", "wrong measure", "NCIB limit up to 4,200,000 shares typed with measure 'subordinate'"),
51: ("C", "", "Hiroyuki Tsubota President of Fixstars (current at the notice date)"),
52: ("W", "fragment", "'Navi Mumbai 180.00' versionOf 'Navi Mumbai' - a table row piece"),
53: ("W", "fragment", "'Quebec G1W' versionOf 'Quebec' - a postcode piece"),
54: ("C", "", "Renata Voss Company Secretary of Objective"),
55: ("W", "wrong company", "launch of Sonatel Cloud IA typed as 'Diamniadio' launching 'Diamniadio' (launcher and product wrong), capex and MW values attached"),
56: ("W", "wrong measure", "AI contract TCV £4.8m typed as a 'customers' value of usageOf Netcall; 167 AI-paying customers as 'customers'"),
57: ("W", "wrong measure", "Head of Sustainability typed as role 'head' of Cyfrowy Polsat (borderline)"),
58: ("W", "wrong measure", "medium-term net sales target JPY 18.0bn FY2029 typed with measure 'value'; the 5.4bn operating-profit target lost"),
59: ("C", "", "Olivier Bastarache Vice President (Finance) of Coveo"),
60: ("W", "fragment", "DisclosureGap 'missing=be named for security reasons) valued at A$38.5 million over five years' - sentence piece"),
61: ("P", "wrong period", "Aliou Ndiaye-Sarr CEO of Sonatel succeeding Mbengue - no effective date (1 September 2026)"),
62: ("C", "", "Rupert Mallinson finance director (CFO) of Netcall"),
63: ("C", "", "Polsat Plus AI Cloud unitOf Polsat Plus Group (a service as unit, borderline)"),
64: ("W", "wrong type", "FY2027 capex 2.1bn vs FY2026's 0.6bn typed as a guidance RAISE dated FY2026 (0.6 marked 'previous guidance')"),
65: ("C", "", "Coveo guidance cut: longer sales cycles in Europe, slower commerce expansion"),
66: ("C", "", "Objective contract term five-year"),
67: ("C", "", "Sonatel competitor Expresso"),
68: ("C", "", "Harriet Coombe CEO of Netcall"),
69: ("W", "fragment", "reason 'AI workloads, said Jolanta Wierzbicka, Chief Financial Officer of Cyfrowy Polsat' - attribution inside the reason"),
70: ("C", "", "Takeshi Nagahama General Manager of Corporate Planning (department node; borderline)"),
71: ("W", "wrong company", "Relevance Generative Answering's 214 customers typed as usage of 'Coveo Solutions'; 131 (a year earlier) unmarked (borderline)"),
72: ("W", "wrong company", "the contract's ~14,000 users typed as usage of 'Objective' (borderline)"),
73: ("C", "", "Sonatel growth driven by mobile data and Orange Money (14.2m active customers), now dated 9M 2026 (right; re-judged)"),
74: ("C", "", "Jolanta Wierzbicka CFO of Cyfrowy Polsat"),
75: ("P", "wrong period", "Mayumi Oshiro CFO of Fixstars, retiring at the GM - no end date (December 18, 2026)"),
76: ("C", "", "Coveo cut FY2027 guidance"),
77: ("C", "", "Objective contract with an Australian federal agency A$38.5m"),
78: ("W", "wrong type", "'BRVM 30' (an index) versionOf 'BRVM' (the exchange) - ticker-bar piece"),
79: ("C", "", "Hiroyuki Tsubota CEO of Fixstars (current at the notice date)"),
80: ("P", "wrong period", "Marie-Josée Tremblay-Roy outgoing CFO of Coveo - no end date (December 31, 2026)"),
81: ("C", "", "Sonatel competitor Free Senegal"),
82: ("P", "wrong period", "Hiroyuki Tsubota incoming Chairman of Fixstars - no effective date (December 18, 2026)"),
83: ("C", "", "Sonatel EBITDA margin down 0.9 pt because of energy costs in Mali and Guinea (683.4bn, 48.4%)"),
84: ("W", "fragment", "'Sonatel Cloud' unitOf Sonatel Group - name cut from 'Sonatel Cloud IA' (an offering)"),
85: ("W", "fragment", "'SNTS 27' versionOf 'SNTS' - ticker-bar piece (share price 27 450 FCFA)"),
86: ("W", "fragment", "'Senegal 602' versionOf 'Senegal' - revenue-by-country piece"),
87: ("C", "", "Coveo Q2 FY2027 SaaS subscription revenue US$36.1m +14%"),
88: ("C", "", "Coveo FY2027 total revenue guidance US$151-154m"),
89: ("P", "wrong period", "Coveo SaaS subscription gross margin 78% - undated (Q2 FY2027)"),
90: ("C", "", "OCL closing price $14.20 on 16 Nov 2026"),
91: ("W", "wrong measure", "+20.1% is the rise from the 16 Nov close to the 18 Nov intraday high, typed as a 'closing price' change dated 19 Nov"),
92: ("W", "wrong measure", "18 Nov trading volume 1,284,000 typed as 'shares' (borderline)"),
93: ("W", "wrong measure", "the NEW CONTRACT's first A$1.9m (recognised in FY27) typed as Objective 'revenue outlook' for Q3 FY2027"),
94: ("W", "wrong company", "Chenbro Jan-Sep EPS NT$19.86 on 'Material Information'"),
95: ("W", "wrong company", "Chenbro Q3 operating income on 'Material Information'"),
96: ("W", "wrong company", "SENEGAL's revenue +5.1% typed on Sonatel Group; undated"),
97: ("P", "wrong period", "Sonatel EBITDA 683.4bn FCFA - undated (9M 2026)"),
98: ("P", "wrong period", "Netcall cloud ARR £38.6m ('recurring revenue') - undated (30 June 2026)"),
}
