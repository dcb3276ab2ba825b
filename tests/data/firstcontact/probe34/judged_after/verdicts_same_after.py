# Same-sample verdicts after the merge (judge34b): sample ../judged_baseline/sample.json (seed 20261231, 100 facts), store
# /tmp/fc34-after (copy /tmp/judge34b-store), aikg /work/fc34merge/.venv/bin/aikg (extractor aikg-rules-27-s31m).
# rejudge_after.md: SAME 99 (verdicts copied from ../judged_baseline/verdicts.py, whose conventions apply unchanged), CHANGED 1 (#39).
# #39 re-judged by hand: Bittnet 'buyback price per share' RON 0.45, 2027 = C (borderline: the text says 'maximum price', the
# fact has no 'maximum'; dated 2027, the programme starts with the 8 January 2027 GM and runs up to 18 months). Rejecting it -> 56.
# --- baseline header follows ---
# Hand verdicts for sample.json (seed 20261231), store /tmp/fc34-baseline (copy /tmp/judge34-store), baseline aikg /work/fc34base.
# n: (C correct | W wrong | P period missing, error category, reason). Judged against /work/firstcontact34/docs.
# Pool: 85 Observations + 53 others = 138 typed facts; sample 50 + 50 = 100.
# Company nodes: Genex Infosys (04) - every fact and claim sits on 'Dhaka Stock Exchange' (the feed's publisher); a node
# 'Genex Infosys' exists but holds nothing = wrong company. CWG (03): right node 'CWG' but only one Observation and one Role typed
# (the N'000 forecast table, the 'N' naira amounts and kobo are not typed). A rival's figure on the issuer (the other Qatari
# operator's 3.2%, Sýn's revenue, Vocantis' pricing), a subsidiary's figure on the parent (Uni Systems' backlog, ACS Courier's
# sales) = wrong company.
# Value: Quest's prose amounts '€ 352.4 m' are typed as EUR 352.4 - the 'm' scale is lost (also 212, 468, 8.2, 31.4) = wrong value.
# A range stored as one end ('$250 million' of $250-265m) = wrong value.
# Measure: ITD's 'X billion dong' amounts without a measure word in front become measure 'dong' / 'dong due' / 'dong on usd',
# unit 'count' = wrong measure; a plan/target figure typed as the actual (ITD 2026 plan PAT 52bn) = wrong measure.
# Period: 9M figures dated Q3 (Vodafone Qatar net profit, EBITDA), ITD 6M/9M figures dated FY2026, Síminn's mid-2025 share dated
# 2026 = wrong period; a Role without its effective date where the text gives one = P.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Accepted (borderline): #4 'added revenue' for the Education division's contributed revenue; #18 Bittnet 2027 EBITDA (a budget
# figure typed as 'ebitda' 2027); #30 change=5 with changeText '5%-6%' (upper end only in the text); #31 interim dividend dated by
# its payment month; #66 reason right but the value's unit is 'dong due'; #80 the 'around 40%' margin lacks the previous marker.
# Rejected (borderline): #6 'interest-bearing debt' for NET interest-bearing debt; #38 buyback limit typed as 'shares';
# #56 previous range split into two values.
J = {
1: ("C", "", "Vodafone Qatar previous EBITDA margin outlook ~40% for 2026"),
2: ("W", "wrong measure", "the Koropi facility's EUR 8.2m typed as Quest group 'capital expenditure' 9M (group capex is 31.4m); scale 'm' lost as well"),
3: ("P", "wrong period", "CWG turnover +34.6% yoy (forecast Q1 2027) - undated"),
4: ("C", "", "Education division revenue 9M 2026 RON 27.9m ('added revenue', borderline)"),
5: ("C", "", "SoundHound backlog ~$1.4bn at end Q3 2026"),
6: ("W", "wrong measure", "Síminn NET interest-bearing debt ISK 17.9bn typed as 'interest-bearing debt' (borderline)"),
7: ("W", "wrong measure", "financial expenses decrease 3,2 bn dong typed as measure 'dong due', unit count, undated"),
8: ("W", "wrong measure", "FX loss 2,9 bn dong typed as measure 'dong on usd', unit count, undated"),
9: ("W", "wrong company", "the other licensed operator's 9M revenue growth 3.2% typed on Vodafone Qatar"),
10: ("W", "wrong value", "Uni Systems AI/cloud backlog EUR 212m typed as EUR 212 (scale lost); undated (30 Sep 2026)"),
11: ("C", "", "Bittnet EBITDA realised 2025 RON 14.65m (table in RON thousand scaled right)"),
12: ("W", "wrong measure", "adjusted EBITDA loss $14.2m typed as plain 'loss' Q3 2026"),
13: ("C", "", "Síminn Q3 2026 EBITDA ISK 2,318m +6.8%"),
14: ("W", "wrong period", "ITD 6M 2026 PAT 28,3 bn dong dated FY2026"),
15: ("P", "wrong period", "ITD net revenue -6,7% (Q3 2026) - undated"),
16: ("W", "wrong period", "Vodafone Qatar 9M net profit +11.8% dated Q3 2026"),
17: ("W", "wrong company", "Uni Systems' total backlog EUR 468m typed on Quest Holdings; scale 'm' lost"),
18: ("C", "", "Bittnet EBITDA budget 2027 RON 24m (typed as 'ebitda' 2027, borderline)"),
19: ("W", "wrong value", "previous 2026 revenue guidance $250-265m typed as a single $250m"),
20: ("C", "", "Síminn Q3 capex ISK 1,086m"),
21: ("P", "wrong period", "ITD gross profit margin 21,4% (Q2 2026) - undated"),
22: ("W", "wrong measure", "ITD Smart Mobility Q3 revenue 33,5 bn dong typed as measure 'dong', unit count, undated"),
23: ("C", "", "Vodafone Qatar EBITDA margin outlook ~41% for 2026"),
24: ("C", "", "Quest sales growth outlook ~8% for 2026"),
25: ("C", "", "Bittnet net profit realised 2025 RON 2.87m"),
26: ("P", "wrong period", "SoundHound ~16,500 restaurant locations (now / end Q3) - undated"),
27: ("C", "", "Síminn 9M 2026 revenue ISK 20,815m"),
28: ("W", "wrong measure", "ITD 2026 plan net revenue 1.050 bn dong typed as measure 'dong', unit count"),
29: ("W", "wrong measure", "ITD 9M PAT 37,4 bn dong typed as measure 'dong' dated FY2026 (period wrong too)"),
30: ("C", "", "Vodafone Qatar revenue growth guidance 5%-6% for 2026 (change=5, text keeps the range; borderline)"),
31: ("C", "", "Quest interim dividend EUR 0.12/share payable January 2027 (dated by payment month; borderline)"),
32: ("C", "", "Nordlogic Cloud 2025 revenue RON 24.2m"),
33: ("C", "", "SoundHound 2026 revenue guidance $265-275m"),
34: ("C", "", "Síminn 9M profit ISK 1,531m"),
35: ("W", "wrong measure", "ITD 2026 business-plan PAT 52 bn typed as actual 'profit after tax' 2026"),
36: ("W", "wrong measure", "provision for doubtful receivables 3,4 bn typed as 'foreign-exchange loss' (the FX loss is 2,9); undated"),
37: ("W", "wrong period", "Vodafone Qatar 9M EBITDA +8.3% dated Q3 2026 (value QR 1,032m not typed)"),
38: ("W", "wrong measure", "buyback limit up to 1,200,000 shares typed as plain 'shares' dated the AGM day (borderline)"),
39: ("C", "", "Bittnet buyback maximum price RON 0.45 per share, now measure 'buyback price per share' (was 'earnings per share'); dated 2027, the programme's start year (borderline: 'maximum' not kept)"),  # CHANGED, re-judged
40: ("W", "wrong company", "Vocantis pricing ~30% below market typed as SoundHound 'pricing' +30%"),
41: ("C", "", "Síminn previous 2026 EBITDA guidance ISK 8,600-9,000m"),
42: ("W", "wrong measure", "ITD 6M net revenue 460,4 bn typed as measure 'dong', unit count"),
43: ("P", "wrong period", "ITD Smart Mobility revenue Q3 2025 29,8 bn dong - undated (prior-year comparative)"),
44: ("C", "", "Vodafone Qatar 9M total revenue +6.1%"),
45: ("W", "wrong value", "Quest Q3 sales EUR 352.4m typed as EUR 352.4 (scale lost)"),
46: ("C", "", "Bittnet 9M operating revenue RON 158.4m"),
47: ("C", "", "SoundHound previous 2026 revenue guidance $250-265m"),
48: ("W", "wrong company", "Sýn's Q3 revenue ISK 6,214m typed on Síminn"),
49: ("P", "wrong period", "ITD Q2 2026 PAT 18,7 bn +136,8% - undated"),
50: ("W", "wrong measure", "ITD 2026 plan PAT 52 bn typed as actual PAT 2026 (same fact as #35, evidence from 08b)"),
51: ("C", "", "Business & ICT growth driven by sovereign cloud platform and managed GPU capacity"),
52: ("W", "wrong measure", "Quest guidance raise: previous EBT estimate EUR 75-78m typed as 'sales'; new EBT >80 without measure; scale lost"),
53: ("P", "wrong period", "Tunde Fashola-Reed Chairman of CWG - the start date 1 January 2027 (incoming) missing"),
54: ("W", "wrong company", "Genex's AI customer-care contract typed with 'Dhaka Stock Exchange' as company and party; no value"),
55: ("W", "wrong measure", "Bittnet 2027 EBITDA target RON 24m typed with measure 'value'"),
56: ("W", "wrong value", "SoundHound guidance raise: previous range $250-265m split into two values $250m and $265m (borderline)"),
57: ("W", "wrong period", "Síminn mobile share 37.4% (mid-2025) dated 2026; the current 36.9% is not typed"),
58: ("C", "", "ITD Smart Mobility Co unitOf ITD"),
59: ("C", "", "ITD Smart Mobility unitOf ITD"),
60: ("C", "", "Business & ICT unitOf Vodafone Qatar"),
61: ("C", "", "Quest net cash reduction: buyback, Koropi investment, working capital"),
62: ("W", "wrong company", "Rezaul Karim Chowdhury CTO of 'Dhaka Stock Exchange' (Genex Infosys' CTO)"),
63: ("C", "", "Education unitOf Bittnet"),
64: ("C", "", "SoundHound export rules: China models on local cloud partners"),
65: ("C", "", "Síminn 2026 EBITDA guidance raised to 8,900-9,200 from 8,600-9,000"),
66: ("C", "", "ITD financial expenses down 3,2 bn due to lower interest rates (value unit 'dong due'; borderline)"),
67: ("W", "fragment", "reason 'Chairman of the Board of Directors, and appointed Ms' (management change as a Reason)"),
68: ("C", "", "Vodafone Qatar 3-year investment programme ~US$302m (QR 1.1bn)"),
69: ("W", "wrong type", "Quest share buyback typed as an Investment with amount EUR 6.18 (the average price)"),
70: ("C", "", "Radu Voinescu CEO of Bittnet"),
71: ("C", "", "Harriet Mbeki-Lowe incoming CRO of SoundHound from December 1"),
72: ("W", "wrong measure", "Sjónvarp Símans ADDED 2,400 subscribers typed as a subscriber count of 2,400"),
73: ("C", "", "ITD Smart Mobility unitOf ITD (08a)"),
74: ("C", "", "ITD GPU-server delivery delayed by supplier's export licence"),
75: ("C", "", "Rohan Vishwanath CFO of Vodafone Qatar"),
76: ("C", "", "Markos Drakopoulos CFO of Quest"),
77: ("C", "", "Technology Integration unitOf Bittnet"),
78: ("C", "", "Meredith Szabo CFO of SoundHound"),
79: ("C", "", "Hvalfjörður Compute stake 20%"),
80: ("C", "", "Vodafone Qatar guidance raise 5-6% from 4-5%, margin ~41% / ~40% (previous marker missing on 40; borderline)"),
81: ("W", "wrong company", "ACS Courier's sales +7.9% to EUR 238.3m typed about Quest Holdings; parcel growth 9.4% as 'sales'"),
82: ("C", "", "Andreea Pârvu CFO of Bittnet"),
83: ("C", "", "Daniel Okafor-Reyes CEO of SoundHound"),
84: ("C", "", "Hildur Ragnarsdóttir CFO of Síminn"),
85: ("C", "", "Equipment & other unitOf Vodafone Qatar"),
86: ("C", "", "Ioanna Karamanli CEO of Quest"),
87: ("W", "wrong company", "Vlad Tărăboanță (name cut to 'Tărăboan') founder of Nordlogic Cloud typed as founder of Bittnet"),
88: ("C", "", "Colin Ashdown Vice President (Investor Relations) of SoundHound"),
89: ("P", "wrong period", "Síminn capex guidance ISK 4.3-4.6bn (for 2026) as an Investment - undated"),
90: ("C", "", "Nasser Hamad Al-Marri CEO of Vodafone Qatar"),
91: ("C", "", "Síminn buyback programme up to ISK 1,500m"),
92: ("W", "wrong company", "'Qatar' (the other operator's Qatar segment) typed as a unit of Vodafone Qatar"),
93: ("C", "", "Síminn Pay unitOf Síminn"),
94: ("C", "", "Leila Haddad-Stone incoming Chief Enterprise Officer from 1 November 2026"),
95: ("C", "", "Síminn buys 20% of Hvalfjörður Compute for ISK 640m"),
96: ("C", "", "Consumer mobile unitOf Vodafone Qatar"),
97: ("C", "", "Síminn pay-TV share 54% (mid-2026)"),
98: ("C", "", "Fixed broadband & home unitOf Vodafone Qatar"),
99: ("C", "", "Kristján Helgason CEO of Síminn"),
100: ("C", "", "Síminn investment ISK 640m for 20% of Hvalfjörður Compute"),
}
