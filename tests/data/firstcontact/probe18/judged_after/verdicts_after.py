# Hand verdicts for sample_after.json (seed 20261206, store /tmp/fc18-after copied to /tmp/judge18b-store, merged aikg f88b5b4).
# 75 carried by carry.py from verdicts_same_after (identical facts; reasons are the baseline judge's), 25 judged by hand (judge18b).
# Conventions as judged_baseline/verdicts.py (Ibiden -> 'Nvidia', Sarvam AI -> 'Members': wrong company).
J = {
1: ('W', 'wrong period', "Accton's 2025 capex plan ~NT$10bn dated 2024"),  # carried
2: ('W', 'wrong company', "Ibiden's revised FY2025 (to Mar 2026) OI forecast JPY56.0bn stored on 'Nvidia', dated Apr 2024-Mar 2025"),
3: ('W', 'wrong company', "506 proposals received by the IndiaAI Mission stored on 'Members'"),  # carried
4: ('C', '', "Seznam Email ~5 million active accounts, on Seznam (present tense, no period given; borderline: measure is the email service's)"),
5: ('C', '', 'Crayon gross profit NOK4,812m, 9M 2024'),  # carried
6: ('C', '', 'Spark revenue (and other gains) NZ$3,876m, FY24'),  # carried
7: ('C', '', "Start Campus campus employs 180 people directly (no period given, 'today')"),  # carried
8: ('W', 'wrong measure', "SolarAfrica's 120 MWp Sun Central plant stored as Teraco count 120 of 'mwp sun central solar plant' (unit folded into the measure; the plant is the supplier's)"),  # carried
9: ('C', '', 'Accton Q4 2024 revenue NT$52.3bn +87% YoY'),
10: ('W', 'wrong company', "Ibiden's FY2024 net income JPY34.1bn on 'Nvidia', dated FY2023 (Apr 2022-Mar 2023)"),  # carried
11: ('W', 'wrong company', "Sarvam's FY2023-24 loss INR27.4 crore on 'Members', no period"),  # carried
12: ('C', '', 'Seznam capex CZK1.1bn, 2024'),
13: ('C', '', 'Crayon gross profit +14%, 9M 2024'),  # carried
14: ('C', '', 'One NZ EBITDA NZ$685m, year to March 2025'),
15: ('W', 'wrong measure', "the campus's 400 kV grid connection stored as a count 400 of 'kv connection', dated 2024"),  # carried
16: ('W', 'wrong measure', "120 MWp plant stored as Teraco count 120 of 'mwp solar photovoltaic plant near' (unit in the measure, sentence piece)"),  # carried
17: ('C', '', 'Accton EPS NT$26.61, FY2024 (label only, accepted as baseline #25)'),
18: ('W', 'wrong company', "Ibiden's Ceramic segment margin 10.8% (FY2024) stored on 'Nvidia' with no period"),
19: ('W', 'wrong company', "Sarvam's >10m voice-agent conversations a month (April 2025) stored on 'Members'"),  # carried
20: ('C', '', 'Subscriptions & other segment revenue CZK0.71bn +9.2%, 2024'),  # carried
21: ('C', '', 'SoftwareOne adjusted EBITDA CHF142.1m, 9M 2024'),  # carried
22: ('C', '', 'Spark revenue and other gains NZ$3,713m -4.2%, FY25'),
23: ('C', '', 'Start Campus net loss EUR31.6m, 2024'),  # carried
24: ('C', '', 'Teraco revenue ~R3.2bn +19%, FY to 31 March 2024'),  # carried
25: ('C', '', 'Accton net income NT$14.9bn, FY2024'),
26: ('W', 'wrong company', "Ibiden's net sales +1.2% YoY (FY2024) on 'Nvidia', no value, dated Apr 2022-Mar 2023"),
27: ('W', 'wrong company', "Indian-built models' <3% of gen-AI API calls stored on 'Members' (measure a sentence piece)"),  # carried
28: ('C', '', 'Seznam reaches ~6.5m Czech users (a month; no period given)'),
29: ('W', 'wrong company', "Crayon's adjusted EBITDA margin 22.9% (9M 2024) stored on SoftwareOne"),  # carried
30: ('C', '', 'Spark capex NZ$480m FY25'),  # carried
31: ('C', '', 'Start Campus revenue EUR14.2m, 2024'),  # carried
32: ('W', 'wrong period', 'Accton Q4 2024 revenue +13.4% QoQ dated Q4 2023'),  # carried
33: ('W', 'fragment', "subject 'Funding' (the slide line's label), measure 'operating cash flow' JPY100bn dated FY2023; the JPY100bn is Ibiden's green bonds / bank loans for the FY2023-27 capex plan"),
34: ('W', 'wrong company', "Sarvam's ~8,000 registered API developers (April 2025) stored on 'Members'"),  # carried
35: ('C', '', "Seznam expects revenue growth 6-8% in 2025 (change 6, text '6-8%')"),
36: ('C', '', 'SoftwareOne adjusted EBITDA margin 19.8%, 9M 2024'),  # carried
37: ('P', 'wrong period', 'Spark restructuring costs NZ$64m: no period (FY25)'),  # carried
38: ('C', '', 'Accton revenue NT$100.4bn, 2023'),  # carried
39: ('W', 'wrong company', "Ibiden's FY2024 dividend JPY40 stored on 'Nvidia' (dates Apr 2024-Mar 2025 right)"),  # carried
40: ('W', 'wrong company', "the 506 proposals (para 4.1) on 'Members'"),  # carried
41: ('C', '', 'Advertising / Reklama segment revenue CZK4.91bn +8.6%, 2024'),  # carried
42: ('W', 'wrong measure', "the NOK69 cash component per Crayon share stored as SoftwareOne 'share price outlook'"),  # carried
43: ('W', 'wrong measure', "Spark shares fell 4.1% to NZ$2.31 (on the results day) stored as 'share price outlook' with no date (borderline)"),
44: ('C', '', "Accton share price ~NT$800 (no date given, 'now')"),  # carried
45: ('W', 'wrong company', "Ibiden's FY2024 operating margin 14.4% on 'Nvidia', and dated FY2023 (Apr 2022-Mar 2023)"),  # carried
46: ('W', 'wrong company', "the IndiaAI Mission's >34,000 empanelled GPUs stored on 'Members'"),  # carried
47: ('C', '', 'Seznam installed 256 Nvidia H100 GPUs in 2024'),  # carried
48: ('W', 'wrong measure', "NOK138 is the implied offer value per Crayon share; stored as SoftwareOne 'share price outlook' (as baseline #13)"),
49: ('C', '', 'Spark FY26 capex guidance NZ$410-440m'),
50: ('C', '', 'Accton revenue NT$171.6bn +71%, 2024'),  # carried
51: ('C', '', 'Edgar Masri president of Accton'),  # carried
52: ('W', 'wrong company', "Ibiden's export-control exposure stored as a Restriction affecting 'Nvidia'"),  # carried
53: ('C', '', 'GPT-4o developedBy OpenAI'),
54: ('C', '', 'Novinky.cz (display ads) inSegment Advertising / Reklama (as baseline #86)'),
55: ('C', '', 'Melissa Mulholland CEO of Crayon'),  # carried
56: ('W', 'wrong type', "'did not say how much of the IT services decline came from government contracts' (a disclosure gap) stored as a Reason"),  # carried
57: ('C', '', 'Start Campus total investment ~EUR8.5bn (SINES campus, by 2030; target not stored, borderline)'),  # carried
58: ('C', '', 'Teraco ~60% of the (South African) colocation market (country dropped; no period given; borderline)'),  # carried
59: ('C', '', "tariff risk affects Accton (borderline: 'tariff risk', 'tariff noise')"),  # carried
60: ('W', 'wrong company', "Ibiden's FY2025 net sales forecast raised to JPY400.0bn from JPY390.0bn stored about 'Nvidia' (dated Apr 2024-Mar 2025)"),
61: ('W', 'wrong company', "Sarvam-1 (October 2024) launched by 'Members'; launchedWhen 'October 20'"),  # carried
62: ('W', 'fragment', "Seznam 2025 outlook (capex CZK1.3-1.5bn, revenue +6-8%, reasons right) but about a Product node '2025 Seznam'"),  # carried
63: ('W', 'wrong type', "'Copilot demand a growth driver from 2025' stored as a GuidanceChange of SoftwareOne"),  # carried
64: ('C', '', 'Spark competitor One NZ'),  # carried
65: ('C', '', 'Robert Dunn CEO of Start Campus'),  # carried
66: ('W', 'wrong type', 'the undisclosed PPA electricity tariff (a price) stored as a tariff Restriction affecting Teraco'),  # carried
67: ('C', '', 'Accton ~45% of the global white-box data-centre switch market, 2024'),  # carried
68: ('W', 'wrong type', "capex target raised to JPY500bn from JPY400bn stored as a Launch of 'Moving On 23' by itself, dated FY2023"),  # carried
69: ('W', 'wrong company', "the AI-diffusion framework placed India in tier 2; stored as rank 2 of 'Members'"),  # carried
70: ('W', 'fragment', "Seznam launched AI answers in search (autumn 2024); launched stored as 'Czech'"),  # carried
71: ('W', 'fragment', "29% held together by von Stockar, B. Curti Holding AG and Rene Gilli; shareholder stored as 'Curti Holding AG and René Gilli'"),  # carried
72: ('C', '', 'One NZ ~37% of mobile connections (no period given)'),
73: ('W', 'fragment', "disclosure gap 'miss: a long grey building ...' (the reporter's description)"),  # carried
74: ('C', '', 'Jan Hiesener CEO of Teraco'),  # carried
75: ('C', '', "Accton ranked No. 1 with ~45%, 2024 (Celestica's ~30% attached as an extra value; borderline)"),  # carried
76: ('W', 'wrong company', "Ibiden's export-control risk stored about 'Nvidia'"),  # carried
77: ('W', 'wrong company', "IndiaAI Mission's ~INR2,000 crore earmarked for the Innovation Centre stored as an Investment by 'Members'"),  # carried
78: ('C', '', 'Pavel Zima former CEO of Seznam until end of 2024'),
79: ('W', 'wrong type', "the reasons for SoftwareOne's 2024 outlook cut are right, but stored as the reason of a 'partner' claim, not linked to the guidance change (borderline)"),  # carried
80: ('C', '', 'Justine Smyth chair of Spark'),
81: ('W', 'wrong period', 'EUR1.1bn invested up to end-2024 (cumulative) dated as the year 2024 (borderline)'),  # carried
82: ('W', 'wrong company', "Digital Realty bought 55% of Teraco at EV ~US$3.5bn; stored as Investment with investor 'Teraco'"),  # carried
83: ('C', '', 'Huang Kuo-Hsiu chairman of Accton'),  # carried
84: ('W', 'wrong company', "Ibiden's Ono Plant total investment JPY250bn stored as an Investment by 'Nvidia' (no target)"),
85: ('W', 'wrong company', "Sarvam's (Indian models') rival OpenAI in India stored as a competitor of 'Members'"),
86: ('C', '', 'Seznam reaches ~6.5m Czech users a month (period 2024 inherited; no period given)'),  # carried
87: ('C', '', 'Software & Cloud Services unitOf SoftwareOne'),
88: ('W', 'wrong value', 'Spark DC stake sale stored with the pre-correction values 70% and NZ$1,140m (right: 75%, EV NZ$486m)'),  # carried
89: ('W', 'wrong company', 'the rival is Africa Data Centres; stored as its parent Cassava Technologies (borderline)'),  # carried
90: ('W', 'wrong company', "tariff Restriction on Accton 'imposedBy Taiwan' (the tariff risk is US tariffs on Taiwan)"),  # carried
91: ('W', 'fragment', "'Rokkaku Capital FY2025E versionOf Rokkaku Capital' (a broker-estimate line)"),  # carried
92: ('W', 'wrong company', "US AI-chip export controls stored as a Restriction affecting 'Members'"),  # carried
93: ('C', '', "Seznam does not break out AI-answer revenue (and training cost); topic 'revenue growth' odd"),  # carried
94: ('C', '', 'Rune Syversen founder and chairman of Crayon'),  # carried
95: ('W', 'wrong measure', "Harbourview's FY26 EBITDAI forecast NZ$1,040m stored as a Spark guidance cut (Spark's FY26 guidance is NZ$1,010-1,090m)"),  # carried
96: ('W', 'wrong type', "'Huawei Cloud unitOf Oracle' (from Teraco's customer list)"),  # carried
97: ('C', '', 'Edgar Masri CEO of Accton'),  # carried
98: ('W', 'wrong company', "Ibiden's cumulative capex target JPY500bn (FY2023-27) stored as a Target of 'Nvidia', measure 'value'"),  # carried
99: ('W', 'wrong company', "Dr Vivek Raghavan co-founder of 'Members' (Sarvam AI)"),  # carried
100: ('W', 'fragment', "AIModel 'Czech' developedBy Seznam (the model is SeLLMa / SeLLMa 2)"),  # carried
}
