# Hand verdicts for sample.json (seed 20261214), store /tmp/fc31-baseline (copy /tmp/judge31-store), baseline aikg /work/fc31base.
# n: (C correct | W wrong | P period missing, error category, reason). Judged against /work/firstcontact31/docs.
# Pool: 83 Observations + 66 others = 149 typed facts; sample 50 + 50 = 100.
# Company nodes: Indeks Bilgisayar (01) has no node of its own - its figures, Roles, reasons and the distribution deal sit on
# 'Tervion Systems' (the US server maker it signed a distribution agreement with), and so do the subsidiaries' (Despec) and the
# rival's (Marmara Dagitim) figures. Gabia (08a/08b) has no node either - Gabia's own-cloud revenue, GPU contracts and its
# co-CEOs sit on 'KINX' (its 40.3% subsidiary), and so does the rival Hanul Cloud's revenue. ThunderSoft (03) has no typed figure
# at all (one Launch without launcher, one Restriction without the affected company). Hilan, Samsara, Extreme, Sword and Making
# Science have the right node. = wrong company; also a segment/practice figure on another node ('IT Services' for the AI & Data
# practice, 'EBITDA' as subject of the EBITDA margin), a launch without launcher, a rival's figure on the issuer (Geotab).
# Measure: a share of gross margin (Spain 41%, international 59%) or a segment's gross margin (Marketing 39.8) as the group's gross
# margin, the 2024 dividend as 'earnings per share outlook', the restatement transfer (3,112) as 2024 revenue, Brava's MXN 96m
# gross margin as an Investment amount, KINX utilisation 91%/84% as 'operating profit' percents = wrong measure.
# Type: table row labels (Revenue, D&A, EBIT, Capex, Adjusted EBITDA) as org:unitOf the company; superseded guidance
# ('previously $0.50 to $0.52', 'previously $1.925 to $1.935 billion') typed as the current FY2027 figure = wrong type.
# Period: Samsara's fiscal year ends in January (Q3 FY2027 = Aug-Oct 2026, correctly dated), but FY2027 is dated Nov 2025-Oct 2026
# and Q4 FY2027 is dated Aug-Oct 2026 (= Q3) - wrong period; Grupo Nubaria's nine-month gross margin dated the report day = wrong.
# Accepted: labels without dates that name the period ('FY2027', 'December quarter', 'three months ended sept. 30', 'fiscal Q1');
# guidance with its future period typed as the measure (#3 aside, #21 Sword 2026 objective, borderline); #14 Brava price as
# 'price' on Making Science (no target, as probe30 #60); #20 buyback without period; #33 #45 #61 on the Hilan 'payroll' segment
# node; #67 launch by 'Gabia Cloud' (the business named in the text; reason text cut); #71 usage metric (2,985 without measure).
# Fragments: 'NIS 0.95' etc. versionOf 'NIS', 'TMS 29' versionOf 'TMS', '6' inSegment 'Capital expenditure', 'or recurring revenue'.
J = {
1: ("W", "wrong company", "Despec's 9M contribution 4,377.5m TL typed as revenue of 'Tervion Systems' (the US supplier)"),
2: ("C", "", "Hilan Q3 2026 revenue +11.2% yoy"),
3: ("W", "wrong period", "Samsara Q4 FY2027 non-GAAP EPS guide $0.15-0.16 dated Aug-Oct 2026 (that is Q3 FY2027; Q4 = Nov-Jan)"),
4: ("C", "", "Extreme previous FY2027 revenue outlook $1.27-1.30bn"),
5: ("W", "wrong company", "AI & Data practice 2024 revenue 41,207 typed as revenue of the 'IT Services' segment"),
6: ("W", "wrong measure", "Marketing area gross margin EUR 39.8m typed as the group's gross margin (no period)"),
7: ("W", "wrong company", "Gabia's own cloud & hosting revenue 2Q26 KRW 18,470m on 'KINX'"),
8: ("W", "wrong company", "rival Hanul Cloud's 3Q26 revenue KRW 64,900m on 'KINX'"),
9: ("W", "wrong company", "rival Marmara Dagitim's 9M revenue 22,540.0m TL on 'Tervion Systems'"),
10: ("C", "", "Hilan Q3 2026 operating margin 13.3%"),
11: ("W", "fragment", "Samsara ARR +27% Q3 FY2027 with measure 'or recurring revenue' (sentence piece)"),
12: ("P", "wrong period", "Extreme adj EPS 25 cents without period (fiscal 1Q)"),
13: ("W", "wrong measure", "Sword 2024 dividend EUR 1.60 typed as 'earnings per share outlook'"),
14: ("C", "", "Making Science price EUR 8.4m (MXN 176m) for Brava (target not named; borderline)"),
15: ("W", "wrong company", "Gabia own-cloud revenue +31.4% on 'KINX'"),
16: ("C", "", "KINX 3Q26 revenue KRW 45,120m"),
17: ("W", "wrong company", "Indeks Q3 revenue 14,902.3m TL on 'Tervion Systems' (and dated 9M)"),
18: ("C", "", "Hilan Q3 2026 gross margin 25.2%"),
19: ("P", "wrong period", "Samsara's Q3 guidance range $486-488m as 'revenue outlook' without period"),
20: ("C", "", "Extreme new $200m buyback"),
21: ("C", "", "Sword 2026 revenue objective EUR 395-405m (typed as revenue 2026; borderline)"),
22: ("W", "wrong measure", "Spain's 41% share of gross margin typed as Making Science gross margin 41%"),
23: ("C", "", "KINX 2Q26 revenue KRW 41,560m"),
24: ("W", "wrong company", "Gabia own-cloud revenue +34.8% 3Q26 on 'KINX'"),
25: ("W", "wrong company", "Indeks 9M gross margin 5.6% on 'Tervion Systems'"),
26: ("W", "wrong value", "Hilan Q3 revenue 'US$ 1.00' (the exchange-rate base)"),
27: ("W", "wrong type", "Samsara's PREVIOUS FY2027 EPS guide $0.50-0.52 typed as the FY2027 non-GAAP EPS (also dated Nov 2025-Oct 2026)"),
28: ("P", "wrong period", "Extreme 1Q adj gross margin 62.1% without period"),
29: ("W", "wrong company", "Sword 2024 EBITDA margin 14.0% on a node 'EBITDA'"),
30: ("C", "", "Making Science adj EBITDA guidance 2026 EUR 9-10m"),
31: ("W", "wrong company", "Gabia's GPU-as-a-service contracts KRW 9,800m on 'KINX'"),
32: ("W", "wrong company", "Indeks AI-server revenue more than doubled, on 'Tervion Systems'"),
33: ("C", "", "Hilan payroll segment >6,500 employer customers Q3 2026"),
34: ("C", "", "Samsara Q3 FY2027 revenue $498.6m"),
35: ("C", "", "Extreme FY2027 revenue outlook $1.30-1.32bn"),
36: ("W", "wrong company", "AI & Data practice 2025 revenue 58,310 typed as 'IT Services' revenue (no period)"),
37: ("C", "", "Making Science 2026 gross-margin guidance EUR 84-88m"),
38: ("W", "wrong company", "Gabia own-cloud 3Q26 revenue KRW 20,330m on 'KINX'"),
39: ("W", "wrong company", "Indeks' 42,000 m2 logistics centre on 'Tervion Systems' (dated 9M 2026)"),
40: ("C", "", "Hilan Q3 revenue approx US$85.9m (convenience translation)"),
41: ("W", "wrong period", "Samsara FY2027 EPS guide $0.56-0.58 dated Nov 2025-Oct 2026 (FY2027 = Feb 2026-Jan 2027)"),
42: ("C", "", "Extreme December-quarter sales outlook $320-330m"),
43: ("W", "wrong company", "Sword EBITDA margin 14.2% on a node 'EBITDA' (no period)"),
44: ("W", "wrong measure", "international 59% share of gross margin typed as Making Science gross margin 59%"),
45: ("C", "", "Hilan payroll ~1.1m employees per month Q3 2026"),
46: ("W", "wrong type", "Samsara's PREVIOUS FY2027 revenue guide $1.925-1.935bn typed as FY2027 revenue (and misdated)"),
47: ("C", "", "Extreme revenue $312.4m +16%, three months ended Sept. 30"),
48: ("W", "wrong measure", "restatement transfer EUR 3,112k typed as Sword 2024 revenue"),
49: ("W", "wrong period", "Grupo Nubaria nine-month gross margin EUR 73.5m dated 6 Nov 2026"),
50: ("W", "wrong company", "Geotab's >5 million connected vehicles on Samsara"),
51: ("W", "wrong company", "Selin Karaagac, Indeks' new CFO, as CFO of 'Tervion Systems' (and no effective date)"),
52: ("P", "wrong period", "Hilan Data & AI growth 21.6% and its drivers, no period (Q3 2026)"),
53: ("W", "wrong company", "Qiming-Edge 3B launch without launcher (ThunderSoft)"),
54: ("W", "wrong company", "Asset Intelligence launch without launcher (Samsara)"),
55: ("C", "", "Extreme FY2027 guidance raised to $1.30-1.32bn from $1.27-1.30bn"),
56: ("W", "wrong type", "table row label 'Revenue' org:unitOf Sword Group"),
57: ("C", "", "Making Science CEO Alvaro Sendra Quintana"),
58: ("C", "", "Gabia Cloud unit of Gabia (08a)"),
59: ("W", "wrong company", "Park Seong-jin (Gabia's co-CEO) as co-CEO of 'KINX'"),
60: ("W", "wrong company", "Indeks' AI-server growth reason on 'Tervion Systems'"),
61: ("C", "", "Hilan payroll segment usage (6,500 customers, 1.1m employees) Q3 2026"),
62: ("W", "wrong company", "US export-control restriction without the affected company (ThunderSoft)"),
63: ("C", "", "Samsara second EU data region in Frankfurt"),
64: ("C", "", "Extreme fiscal Q1 sales topped estimates: AI traffic refresh"),
65: ("C", "", "Sword buys Orbisant Analytics for GBP 14.5m"),
66: ("C", "", "Grupo Nubaria ~7% of Spanish digital marketing services market (as stated 6 Nov 2026)"),
67: ("C", "", "Gabia Cloud GPU-as-a-service launch, 2Q26 revenue 18,470 +31.4% (reason text cut; borderline)"),
68: ("C", "", "Gabia Cloud unit of Gabia (08b)"),
69: ("W", "fragment", "'TMS 29' versionOf 'TMS' (an accounting standard)"),
70: ("C", "", "Hilan CFO Dorit Shaked-Levin"),
71: ("C", "", "Samsara Q3: $118m net new ARR, 163 customers >$100k, 2,985 (borderline)"),
72: ("C", "", "Extreme CEO Edward Kinsale"),
73: ("W", "wrong type", "table row 'Depreciation and amortisation' org:unitOf Sword Group"),
74: ("W", "wrong measure", "Brava's 2025 gross margin MXN 96m / EUR 4.6m typed as an Investment by Making Science"),
75: ("W", "wrong measure", "KINX utilisation 91% / 84% typed as 'operating profit' percents"),
76: ("C", "", "KINX invests KRW 186bn (Gwangmyeong data centre)"),
77: ("W", "wrong company", "Indeks' USD 120m minimum purchase commitment as an Investment by 'Tervion Systems'"),
78: ("W", "fragment", "'NIS 0.95' versionOf 'NIS'"),
79: ("C", "", "Samsara CFO Helen Tsai"),
80: ("C", "", "Extreme CFO Craig Pelletier outgoing"),
81: ("W", "wrong type", "table row 'Capital expenditure' org:unitOf Sword Group"),
82: ("C", "", "Making Science raised 2026 gross-margin guidance to 84-88 from 80-85"),
83: ("W", "wrong company", "Lee Ha-eun (Gabia's new co-CEO) as 'head' of 'KINX'"),
84: ("W", "wrong company", "export-control delivery restriction affecting 'Tervion Systems' (it binds Indeks)"),
85: ("C", "", "Hilan CEO Amit Ben-Harosh"),
86: ("C", "", "Samsara VP Investor Relations Devika Ramaswaroop"),
87: ("W", "fragment", "'6' inSegment 'Capital expenditure' (table cell)"),
88: ("W", "wrong type", "table row 'Adjusted EBITDA' org:unitOf Making Science"),
89: ("W", "wrong company", "Indeks' retiring CFO Murat Ekşioğlu as CFO of 'Tervion Systems'"),
90: ("W", "fragment", "'NIS 40' versionOf 'NIS'"),
91: ("W", "wrong value", "Holmgaard co-founder Role with predecessor Kevin Darragh (Darragh is the CRO's predecessor)"),
92: ("W", "wrong type", "table row 'Current operating profit' org:unitOf Sword Group"),
93: ("C", "", "Grupo Nubaria competitor of Making Science"),
94: ("W", "wrong company", "Indeks' net-profit decline reason on 'Tervion Systems'"),
95: ("W", "fragment", "'NIS 1.10' versionOf 'NIS'"),
96: ("W", "wrong value", "Holmgaard CEO Role with predecessor Kevin Darragh (the CRO's predecessor)"),
97: ("C", "", "Software segment unit of Sword Group"),
98: ("C", "", "Making Science CFO Lucia Ferrandiz Pons"),
99: ("W", "wrong company", "Indeks' purchase commitment TL 5.742bn as an Investment by 'Tervion Systems'"),
100: ("W", "fragment", "'NIS 3.64' versionOf 'NIS' (exchange rate)"),
}
