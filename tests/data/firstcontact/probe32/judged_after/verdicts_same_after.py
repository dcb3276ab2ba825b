# verdicts_same_after: the baseline sample (../judged_baseline/sample.json, seed 20261221) re-judged on /tmp/fc32-after (copy
# /tmp/judge32b-store, aikg /work/fc32merge/.venv/bin/aikg, merge 6588308, extractor 'aikg-rules-24-s29n'). rejudge_after.md:
# SAME 99, CHANGED 1, GONE 0. The 99 SAME verdicts are carried unchanged from ../judged_baseline/verdicts.py (its header follows);
# the one CHANGED row, #51 (Humanica CTO Role, now with since='1 October 2026' and roleStatus 'current'), re-judged by hand: C
# (the appointment is effective 1 Oct 2026 and the MD&A is dated 13 Nov 2026, so 'current' is right; the predecessor is still
# not kept).
# Hand verdicts for sample.json (seed 20261221), store /tmp/fc32-baseline (copy /tmp/judge32-store), baseline aikg /work/fc32base.
# n: (C correct | W wrong | P period missing, error category, reason). Judged against /work/firstcontact32/docs.
# Pool: 141 Observations + 62 others = 203 typed facts; sample 50 + 50 = 100.
# Company nodes: du / EITC (04) has no node of its own - every du fact (figures, CEO, CFO, subscribers, reasons, the business
# lines' unitOf) sits on a node 'Disclosures' (the first word of the BourseView page title 'Disclosures | DU - Financial Results');
# ticker-tape items became 'EMAAR 14.30' / 'TECOM 3.12' nodes. = wrong company. Emtek is 'PT ELANG MAHKOTA TEKNOLOGI Tbk' (right).
# Octopus Digital is split into 'Octopus Digital' and the fragment 'Octopus Digital Limited (PSX'.
# Unit: the rule requires the unit to match. Pakistani rupees (Rs.) stored as INR, Gentrack's NZ$ (the form says 'Currency NZD',
# the commentary 'Key figures (NZ$)') stored as USD = wrong value (currency). Scale lost: NEURONES 'EUR 202,4 M' stored as 202.4
# EUR, Emtek 'Rp8.41 trillion' as 8.41 IDR, Gentrack's '$127,356 (Amount (000s))' as 127,356 = wrong value.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Measure: Humanica's Thailand revenue as group revenue, cBrain's 2025 revenue base as 'revenue outlook', Made Tech's H1 FY26
# actual revenue as 'revenue outlook', the consensus adj EBITDA range as FY27 'revenue', the EBT-margin guidance change as 'revenue',
# the company-compiled consensus typed as the company's own FY27 figure, 1,024 GPUs applied for as GPUs held = wrong measure.
# Period: prior-period comparatives dated the current date (Made Tech backlog 31 May 2026 as 30 Nov 2026), H1 figures dated the
# full year (cBrain 72% international), 9M growth dated FY2025 (NEURONES) = wrong period. Q3 FY25 = Apr-Jun 2025 and H1 FY25 =
# Oct 2024-Mar 2025 (Gentrack, fiscal year ends 30 Sep) are right.
# Accepted (borderline): #19 Humanica's 2026 growth target 14-16% typed as 'sales' change (only 14 kept as number); #57
# Restriction 'AI chips?' (restricts text keeps the question mark); #70 cBrain DKK 40m investment without target; #78 Humanica
# Cloud usage metric carrying the subscription-revenue growth; #83 'healthcare' unitOf Emtek; #90 Made Tech contract without the
# GBP 14.5m value.
# Fragments: 'MAP 20', 'Reporting Period 6', 'Previous Reporting Period 6' versionOf ..., 'Chg 9M' versionOf 'Chg',
# '6 M. Kerlo Data' inSegment, 'Octopus Digital Limited (PSX' as subject.
J = {
1: ("C", "", "Humanica S&A expenses Q3 2026 THB 168.3m +11.5%"),
2: ("W", "wrong measure", "cBrain's 2025 revenue DKK 312.5m (the base of the outlook) typed as 'revenue outlook' 2025"),
3: ("W", "wrong value", "Avanceon 2026 revenue expectation > Rs 13bn right, but unit INR (Pakistani rupees)"),
4: ("W", "wrong company", "du 9M 2025 revenue AED 10,602m on 'Disclosures'"),
5: ("W", "wrong value", "NEURONES 9M 2025 revenue EUR 585.0 M stored as 585 EUR (scale lost) and dated full-year 2025"),
6: ("W", "wrong measure", "company-compiled consensus adj EBITDA GBP 4.1m typed as Made Tech's FY2027 adjusted EBITDA (borderline)"),
7: ("C", "", "Emtek Rp1.5tn bank facility signed September 2026"),
8: ("W", "wrong value", "Gentrack Utilities H1 FY26 revenue $104.1m stored as USD (NZ$), no period"),
9: ("W", "wrong value", "Gentrack Q3 FY25 revenue $55.4m (Apr-Jun 2025 right) stored as USD (NZ$)"),
10: ("W", "wrong measure", "revenue from Thailand THB 440.8m typed as Humanica's Q3 revenue"),
11: ("C", "", "cBrain International segment H1 2025 revenue DKK 38.2m"),
12: ("W", "fragment", "Octopus Digital Q3 PAT Rs 148.9m on subject 'Octopus Digital Limited (PSX' (and unit INR)"),
13: ("W", "wrong company", "du mobile subscribers 9.12m on 'Disclosures' (no period)"),
14: ("C", "", "NEURONES 7,120 experts at 30 Sep 2026 (Q3 2026)"),
15: ("W", "wrong measure", "Made Tech H1 FY26 actual revenue GBP 19.6m typed as 'revenue outlook', no period"),
16: ("W", "wrong value", "Emtek 9M26 revenue 'Rp8.41' = 8.41 IDR (trillion lost)"),
17: ("W", "wrong value", "Gentrack H1 revenue '$127,356' from the (000s) form column stored as 127,356 USD (thousands and NZ$ lost), no period"),
18: ("W", "wrong company", "Utilities segment Q3 revenue $56.2m typed as Gentrack Group revenue (also USD)"),
19: ("C", "", "Humanica 2026 revenue growth target 14-16% as 'sales' change 14 (borderline: range top only in text)"),
20: ("C", "", "cBrain H1 2026 EBT DKK 52.6m +77%"),
21: ("W", "wrong value", "Octopus Digital Q3 2026 revenue Rs 612.4m stored as INR"),
22: ("C", "", "du Mobile Q3 2026 AED 1,842m +6.3% (segment node)"),
23: ("W", "wrong value", "NEURONES net cash EUR 342 M at 30 June 2026 stored as 342 EUR (scale lost; measure 'cash')"),
24: ("W", "wrong period", "Made Tech backlog GBP 60.3m is at 31 May 2026; stored at 30 Nov 2026 (the current figure is 68.0)"),
25: ("C", "", "Emtek 2026 capex plan Rp2.5tn"),
26: ("W", "wrong value", "Gentrack H1 FY26 revenue $127.4m +19% stored as USD (NZ$), no period"),
27: ("W", "wrong value", "Gentrack 9M FY25 revenue $162.4m stored as USD (NZ$) and dated Q3 FY2025"),
28: ("C", "", "Humanica Q3 2026 gross profit margin 45.9%"),
29: ("C", "", "cBrain recurring revenue share H1 2025 54%"),
30: ("W", "wrong value", "Avanceon 2027 capex Rs 850m stored as INR"),
31: ("W", "wrong company", "du Q3 EBITDA AED 1,761m on 'Disclosures'"),
32: ("C", "", "NEURONES 7,120 people at 30 Sep 2026"),
33: ("C", "", "Made Tech H1 FY26 sales bookings GBP 27.5m (Jun-Nov 2025)"),
34: ("C", "", "MNC Digital Infrastruktur 9M 2026 data-centre revenue Rp290bn (rival, own node)"),
35: ("W", "wrong value", "Gentrack H1 FY26 NPAT $6.8m stored as USD (NZ$), no period"),
36: ("W", "wrong value", "Gentrack Q3 FY26 revenue $68.9m stored as USD (NZ$); period right"),
37: ("C", "", "Humanica software licence & implementation Q3 2026 THB 262.4m +13.2%"),
38: ("W", "wrong period", "cBrain international revenue DKK 65.6m +72% is H1 2026; dated full-year 2026"),
39: ("W", "wrong value", "Avanceon backlog Rs 21.6bn (US$77m) at 30 Sep 2026 stored as INR"),
40: ("C", "", "du Fixed Q3 2026 AED 1,063m +9.8% (segment node)"),
41: ("W", "wrong period", "NEURONES 9M 2026 growth +7.1% dated FY2025"),
42: ("W", "wrong measure", "the consensus adj EBITDA range GBP 3.8-4.4m typed as FY2027 'revenue'"),
43: ("W", "wrong measure", "1,024 GPUs applied for (licences) typed as Emtek 'gpus' Q3 2026"),
44: ("W", "wrong value", "Gentrack H1 FY25 NPAT $4.1m (Oct 2024-Mar 2025 right) stored as USD (NZ$)"),
45: ("W", "wrong value", "Gentrack FY26 EBITDA guidance $36-40m stored as USD (NZ$) and dated Q3 FY2026 (it is FY26)"),
46: ("C", "", "Humanica Q3 2026 revenue from overseas markets THB 281.9m"),
47: ("C", "", "cBrain International H1 2026 DKK 65.6m +72%"),
48: ("W", "wrong company", "du Q3 royalty charge AED 286m on 'Disclosures'"),
49: ("W", "wrong value", "NEURONES Q3 2026 revenue EUR 202,4 M stored as 202.4 EUR (scale lost)"),
50: ("C", "", "Made Tech contracted backlog GBP 68.0m at 30 Nov 2026"),
51: ("C", "", "Anucha Rattanasiri CTO of Humanica since 1 October 2026, status current (CHANGED: the effective date is now kept; predecessor still not kept)"),  # re-judged
52: ("C", "", "cBrain buyback up to DKK 30m, runs to 31 Dec 2026"),
53: ("W", "wrong period", "Avanceon finance cost -18% 'in the quarter' dated 9M 2026; measure not named"),
54: ("W", "wrong company", "du guidance-upgrade reason (fixed and ICT demand) about 'Disclosures'"),
55: ("C", "", "NEURONES Consulting +10.5% Q3 2026 driven by cyber-security and AI-governance"),
56: ("W", "wrong company", "local government's growth (four council data platforms) about Made Tech Group, no measure"),
57: ("C", "", "Emtek affected by US export controls on AI chips (restricts text 'AI chips?'; borderline)"),
58: ("W", "fragment", "'MAP 20' versionOf 'MAP' (release date line of the NZX form)"),
59: ("W", "wrong period", "Gentrack NZ$12m g2 AI investment is over FY26 and FY27; dated FY2026 only, target lost"),
60: ("W", "fragment", "'Chg 9M' versionOf 'Chg' (table header)"),
61: ("W", "wrong period", "cBrain international +72% / DKK 65.6m reason dated full-year 2026 (H1); the DBA framework 95m typed as 'international revenue'"),
62: ("C", "", "Hammad Rafiq Lodhi CEO of Avanceon"),
63: ("W", "wrong company", "'Mobile' unitOf 'Disclosures' (du)"),
64: ("C", "", "Bertrand Quillevere Chairman and CEO of NEURONES"),
65: ("C", "", "Made Tech buyback up to GBP 2.0m"),
66: ("W", "wrong period", "Emtek net profit +38.7% to Rp1,021bn (lower streaming loss) dated 9M 2025, predicate 'decline'"),
67: ("C", "", "Fraser Kilgour-Dunn Chief Executive of Gentrack (08a)"),
68: ("C", "", "Gentrack contract with a top-ten UK water company about GBP 38m"),
69: ("C", "", "Humanica 31% share of Thai cloud HR/payroll software market 2026"),
70: ("C", "", "cBrain DKK 40m investment 2026-2027 (data-centre target lost; borderline)"),
71: ("C", "", "Usman Tariq Warraich CFO of Avanceon"),
72: ("W", "wrong company", "du fixed subscribers 0.61m on 'Disclosures'"),
73: ("C", "", "NEURONES acquired 100% of Kerlo Data"),
74: ("C", "", "Made Tech GBP 1.2m in AI tooling and training H1 FY27"),
75: ("C", "", "Emtek does not disclose segment margins"),
76: ("W", "fragment", "'Previous Reporting Period 6' versionOf 'Previous Reporting Period'"),
77: ("C", "", "Fraser Kilgour-Dunn Chief Executive of Gentrack (08b)"),
78: ("C", "", "Humanica Cloud: 46 new enterprise customers, subscription revenue +25.4% Q3 2026 (borderline: about the platform)"),
79: ("W", "wrong period", "F2 AI Assist 41 public-sector customers at end June 2026 dated 2025 (17 was end-2025), about cBrain"),
80: ("W", "wrong company", "du CEO on 'Disclosures' (name cut to 'Obaid Al Ketbi')"),
81: ("W", "fragment", "'6 M. Kerlo Data' inSegment Application services"),
82: ("C", "", "Sir Graham Pendlebury Non-executive Chair of Made Tech"),
83: ("C", "", "healthcare segment unitOf Emtek (borderline)"),
84: ("W", "fragment", "'Reporting Period 6' versionOf 'Reporting Period'"),
85: ("W", "wrong period", "reason for the FY26 guidance upgrade (UK water contract, signed July = Q4) dated Q3 FY2026, no measure (borderline)"),
86: ("C", "", "Humanica raised 2026 revenue growth target 14-16% (previously 10-12%), GPM above 45%"),
87: ("C", "", "Soren Kalsboll CEO of cBrain"),
88: ("W", "wrong company", "'Other' unitOf 'Disclosures' (du)"),
89: ("W", "wrong value", "NEURONES 2026 target around EUR 840 M stored as 840 EUR and dated 2025"),
90: ("C", "", "Made Tech three-year contract with a major government department (GBP 14.5m not kept; borderline)"),
91: ("W", "wrong company", "Vidio's 6.2m paying subscribers as usage of Emtek, dated 2025 (it is end-Sep 2026)"),
92: ("C", "", "Veovo unitOf Gentrack"),
93: ("C", "", "Aileen Ngata outgoing CFO of Gentrack"),
94: ("W", "wrong type", "'Humanica Cloud' (a platform/product) unitOf Humanica"),
95: ("W", "wrong measure", "the EBT-margin guidance change 25-30% (previously 20-25%) typed as 'revenue'; no period"),
96: ("W", "wrong company", "du mobile subscribers usage metric on 'Disclosures'"),
97: ("W", "wrong value", "NEURONES target raise around EUR 840 M (prev 820) stored as 840 EUR; 2025 revenue 787.3 typed as another 'revenue target'"),
98: ("C", "", "Neil Trevathan CEO of Made Tech"),
99: ("C", "", "cBrain framework agreement with the Danish Business Authority up to DKK 95m"),
100: ("W", "wrong company", "du CFO Karim Zaatari on 'Disclosures'"),
}
