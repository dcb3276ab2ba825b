# Hand verdicts for sample_after.json (seed 20261214, store /tmp/fc13-after copied to /tmp/judge13b-store, merged aikg 4d42a30).
# 56 carried by carry.py from verdicts_same_after.py (identical facts), 44 judged by hand against the article.
# n: (verdict, category, reason). C correct, W wrong, P period missing only (strict W, lenient C).
J = {
1: ('C', '', 'Horizon revenue +53.6%, 2024'),
2: ('W', 'wrong company', "18,000 GB300 chips by 2030 are Humain's (Saudi rival); stored on 'Nvidia'"),  # carried
3: ('C', '', 'Netweb Supercomputing/HPC line revenue Rs372 crore FY25 (line as subject)'),
4: ('W', 'wrong period', 'about 22,800 employees at end June 2025 (fiscal 2025); labelled Q4 FY2026 Apr-Jun 2026'),
5: ('W', 'wrong company', "Sakura net sales JPY31.45bn +44.2% (FY to Mar 2025); stored on 'Tokyo'"),  # carried
6: ('C', '', 'Telenor Norway revenue +~2%, 2024'),  # carried
7: ('C', '', 'Tietoevry 22,900 employees at end September 2024 (period ends 30 Sep)'),  # carried
8: ('C', '', "Harbourline's 2025E revenue estimate NT$545.0bn for Wiwynn (measure 'revenue estimate'; the estimator not named - borderline)"),
9: ('W', 'wrong measure', "RMB1,626m is the ADJUSTED net loss; reported result is a RMB2,347m net profit; stored as plain 'net loss'"),  # carried
10: ('W', 'wrong company', "2023 revenue AED1.51bn is Khazna's; stored on 'Nvidia'"),
11: ('C', '', 'Netweb AI systems line revenue Rs262 crore FY25'),  # carried
12: ('W', 'wrong period', 'FCF $675m is fiscal 2025; labelled FY2026 Jul 2025-Jun 2026'),  # carried
13: ('W', 'wrong company', "JPY40.0bn is Sakura's original plan for FY to Mar 2026; stored on 'Tokyo' as FY to Mar 2025 sales"),  # carried
14: ('W', 'wrong company', "40 MW design capacity is Skygard's Oslo site; stored on Telenor"),  # carried
15: ('W', 'wrong period', 'EBIT EUR44.1m (61.5m) is Q3 Jul-Sep 2024; stored as Jan-Sep 2024'),
16: ('W', 'wrong period', "NT$9.1bn is capex SPENT in 2024; stored as a 2025 'capital expenditure outlook'"),
17: ('P', 'wrong period', 'Horizon revenue +53.6% from the headline: no period (2024)'),
18: ('C', '', 'Microsoft licences for 60,400 A100-equivalents (no period in the text)'),  # carried
19: ('P', 'wrong period', 'Netweb IPO raised Rs631 crore: no period (July 2023)'),  # carried
20: ('W', 'wrong period', 'Q4 fiscal 2025 revenue $1.307bn (Apr-Jun 2025); labelled Q4 FY2026 Apr-Jun 2026'),  # carried
21: ('W', 'wrong company', "Sakura Internet operating margin 7.7%; stored on 'Tokyo' (the government, 'Tokyo decided...')"),  # carried
22: ('W', 'wrong company', "EBITDA NOK1.1bn 2024 is Telenor Amp's; stored on Telenor group"),
23: ('W', 'wrong measure', "SEK400m is the value of a six-year card-processing contract (Banking); stored as Tietoevry 'valuation', Jan-Sep 2024"),
24: ('C', '', 'Wiwynn operating margin 7.9%, 2024'),
25: ('C', '', 'Horizon reported net profit RMB2,347m, 2024'),
26: ('W', 'wrong company', "Khazna's 2024 revenue about AED1.9bn ($517m) +26%; stored on 'Nvidia'"),
27: ('C', '', 'Netweb private cloud & HCI line revenue Rs205 crore FY25'),
28: ('W', 'wrong period', 'capex $155m is fiscal 2025; labelled FY2026 Jul 2025-Jun 2026'),
29: ('W', 'wrong company', "Sakura operating profit JPY2.41bn more than doubled; stored on 'Tokyo'"),  # carried
30: ('W', 'wrong company', "NOK6.1bn 2023 revenue is Telenor Amp's; stored on Telenor group"),
31: ('C', '', "Tietoevry Jan-Sep 2024 revenue EUR2,105.4m -4.3% (the prior-year EUR2,199.8m rides along as 'amount', as on the baseline's Tietoevry rows)"),
32: ('W', 'wrong period', 'capex doubling is 2025 vs 2024 (from a heading); stored as 2024 change +100%'),  # carried
33: ('C', '', 'Horizon revenue RMB1,552m, 2023'),
34: ('W', 'wrong period', 'Software & services 4.4% of revenue is FY25; stored as Q4 FY2025'),
35: ('W', 'wrong period', 'Q4 fiscal 2025 cloud revenue $470m +1.9% (Apr-Jun 2025); labelled Q4 FY2026'),
36: ('W', 'wrong company', "SEK11.8bn (about NOK12.0bn) is Telenor Sweden's revenue; stored on Telenor group"),
37: ('C', '', 'Tietoevry Jan-Sep 2024 adj. EBITA EUR264.1m'),  # carried
38: ('W', 'wrong company', "NT$1,049bn is Wistron's (the parent's) consolidated revenue; stored on Wiwynn"),
39: ('C', '', 'Horizon gross margin 77.3%, 2024'),  # carried
40: ('C', '', 'Netweb shares +3.2% on 7 May 2025'),  # carried
41: ('W', 'wrong period', 'full-year cloud revenue $1.867bn is fiscal 2025; labelled FY2026'),  # carried
42: ('C', '', 'Telenor group revenue NOK79.9bn, 2024'),
43: ('W', 'wrong measure', 'EUR0.37 is the SECOND INSTALMENT of the 2023 dividend; stored as the 2023 dividend per share (borderline)'),
44: ('C', '', 'Wiwynn capex plan ~NT$18bn in 2025'),  # carried
45: ('C', '', 'Horizon Automotive solutions total RMB2,317m +57.7%, 2024 (segment as subject)'),
46: ('W', 'wrong period', 'private cloud/HCI 17.8% of revenue is FY25; stored as Q4 FY2025'),  # carried
47: ('W', 'wrong period', 'operating cash flow $830m is fiscal 2025; labelled FY2026'),
48: ('W', 'wrong company', "NOK6.4bn +4.9% 2024 is Telenor Amp's; stored on Telenor group"),
49: ('P', 'wrong period', 'Tietoevry adj. EBITA margin outlook 12.8-13.3%: no period (2024)'),  # carried
50: ('C', '', "Meta 2025 capex guidance US$60-65bn (a customer's figure, correctly on Meta)"),  # carried
51: ('C', '', 'Horizon net profit due to one-off fair-value gain on preferred shares'),  # carried
52: ('W', 'wrong company', "250 MW Italy campus is Khazna's; company 'Nvidia'"),  # carried
53: ('C', '', 'Sanjay Lodha managing director of Netweb'),  # carried
54: ('W', 'wrong period', 'reason for the FISCAL 2026 outlook cut (portfolio shaping, ~$100m revenue divested) dated Q4 FY2026 (Apr-Jun 2026); the stronger-dollar reason dropped'),
55: ('W', 'fragment', "AIModel 'Japanese' developed by 'Tokyo' (Kotoba Labs' Japanese LLM)"),  # carried
56: ('W', 'wrong type', "Telenor Asia's existing holdings (55.8/33.1/~30%) and NOK18.0bn contribution stored as a 2024 acquisition of CelcomDigi"),
57: ('C', '', 'Kimmo Alkio President and CEO of Tietoevry'),  # carried
58: ('C', '', 'NVIDIA makes Blackwell'),  # carried
59: ('C', '', 'HSD runs on Journey 6P, first car Q3 2025'),  # carried
60: ('W', 'wrong company', ">70% of UAE wholesale market is Khazna's; holder 'Nvidia'"),  # carried
61: ('C', '', 'IDC: Netweb first in India HPC 2024, ~35% revenue share'),  # carried
62: ('W', 'wrong company', "IDC ranked OpenText first; rankOf/about = 'IDC'"),  # carried
63: ('W', 'wrong company', "Internet-related segment is Sakura's; unitOf 'Tokyo'"),  # carried
64: ('C', '', 'Telenor Asia holds 55.8% of Grameenphone'),  # carried
65: ('C', '', 'Tietoevry rival Atea (Whitelane survey)'),  # carried
66: ('W', 'wrong company', "NT$3,150 is Harbourline's target price; setBy 'Wiwynn'"),  # carried
67: ('W', 'wrong value', "the text says Horizon is NOT on the US Entity List; stored as an 'entity list' Restriction on Horizon (the real risk: export controls on advanced-node manufacturing)"),
68: ('W', 'fragment', "Restriction with only type 'export licence' (no imposer, no affected)"),  # carried
69: ('C', '', 'Netweb AI systems include GH200-based Tyrone Camarero'),  # carried
70: ('C', '', 'Google Cloud is a unit of Google'),
71: ('W', 'wrong company', "Kunihiro Tanaka is Sakura's president and CEO; organization 'Tokyo'"),
72: ('C', '', 'Telenor (AI Factory) uses NVIDIA H100 GPUs'),  # carried
73: ('C', '', 'Tietoevry Tech Services is a segment of Tietoevry'),
74: ('W', 'wrong value', "Wiwynn 4th with ~8% is right, but Foxconn's ~40% and Quanta's ~30% are attached to Wiwynn's ranking"),  # carried
75: ('C', '', 'Yu Kai founder and CEO of Horizon'),  # carried
76: ('W', 'wrong company', "Hassan Alnaqbi is Khazna's CEO; stored as CEO of 'Nvidia'"),  # carried
77: ('C', '', 'Supercomputing / HPC systems is a Netweb product line (unitOf accepted for a business line)'),
78: ('W', 'wrong type', '$300m is a share buyback, stored as an Investment'),  # carried
79: ('C', '', 'SoftBank to invest ~JPY150bn in AI compute'),  # carried
80: ('W', 'wrong company', "Torbjorn Wist is the GROUP's CFO ('the group's existing capex envelope'); organization 'Telenor Norway'"),
81: ('W', 'wrong value', 'new organic growth -3% to -2% (prev -2% to +1%) carries junk value 4.1 (paragraph no.), +1% without sign'),  # carried
82: ('C', '', 'Emily Hong chairman and CEO of Wiwynn'),
83: ('C', '', 'Horizon rival Nvidia'),  # carried
84: ('C', '', 'G42 owns ~60% of Khazna'),  # carried
85: ('W', 'fragment', "US export controls affect Netweb: right relation, but restricts = sentence piece 'advanced AI chips place India in a tier'"),  # carried
86: ('W', 'wrong company', "partnership with Google Cloud is OpenText's (Aviator); 'about' = Content Services Platforms (Gartner MQ name)"),  # carried
87: ('W', 'wrong type', "B200 delay / revenue recognition is a guidance reason, not a disclosure gap; subject 'Nvidia'"),  # carried
88: ('W', 'wrong period', 'initial AI Factory investment ~NOK500m already made; dated 2026 (the NEXT phase is planned for 2026)'),
89: ('W', 'wrong value', 'reason right (Care highest margin on licence sales) but carries value 2.3 = paragraph number; Q3 dated Jan-Sep'),  # carried
90: ('C', '', "Wiwynn ~8% of AI server ODM shipments 2024, TrendForce ('about' dropped, market loosely named)"),
91: ('C', '', 'Horizon partner Volkswagen Group (CARIZON JV with CARIAD, 2022; VW paid ~EUR2.4bn for 60%) - JV name missing, borderline'),
92: ('W', 'wrong company', "$20bn US AI pledge is DataVolt's; investor 'Nvidia'"),  # carried
93: ('C', '', 'Sanjay Lodha chairman (and MD) of Netweb'),
94: ('W', 'wrong period', '>1,200 Aviator customers as of Aug 2025 call; labelled Q4 FY2026'),  # carried
95: ('W', 'fragment', "'Japanese' developedBy 'Tokyo' (Kotoba Labs' Japanese LLM); now a Statement, was an AIModel"),
96: ('C', '', 'Telenor Norway unit of Telenor'),  # carried
97: ('C', '', 'Tietoevry ranked first among Nordic IT service providers, Whitelane 2024'),  # carried
98: ('C', '', 'Wiwynn rival Foxconn'),
99: ('C', '', 'license and services is a Horizon revenue line within Automotive solutions (unitOf accepted for a business line)'),
100: ('W', 'wrong company', "AED11bn ($3bn) 3-year plan is Khazna's; investor 'Nvidia'"),
}
