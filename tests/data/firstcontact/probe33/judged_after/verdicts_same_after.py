# verdicts_same_after: the baseline sample (../judged_baseline/sample.json, seed 20261231, 89 facts) re-judged on /tmp/fc33-after
# (copy /tmp/judge33b-store, aikg /work/fc33merge/.venv/bin/aikg, merge 7ebf84c, extractor 'aikg-rules-25-s30m'). rejudge_after.md:
# SAME 85, CHANGED 4, GONE 0. The 85 SAME verdicts are carried unchanged from ../judged_baseline/verdicts.py (its header follows);
# the four CHANGED rows re-judged by hand against the articles:
#   #49 (Techno Electric EPC Q1 FY26 Rs 541.7 crore) and #52 (EPC unitOf Techno Electric): the segment node is now labelled 'EPC'
#       (was 'EPC (power transmission & distribution)', the table's row label); same value, unit, period -> C, C.
#   #54 (Martin Vandersloot CEO of Rapid7) and #71 (Dana Quillfeldt CFO of Rapid7): now with roleStatus 'current' - right (the letter
#       of Dec 2026 names them as CEO and CFO with whom Calder Rock met) -> C, C.
# Hand verdicts for sample.json (seed 20261231), store /tmp/fc33-baseline (copy /tmp/judge33-store), baseline aikg /work/fc33base.
# n: (C correct | W wrong | P period missing, error category, reason). Judged against /work/firstcontact33/docs.
# Pool: 80 Observations + 39 others = 119 typed facts; sample 50 + 39 = 89 (fewer than 50 others exist).
# Company nodes: CITIC Telecom (03) sits on 'Telecom International Holdings' (name with 'CITIC' cut off); 'CITIC Telecom',
# '1883' do not resolve (diag/ shows the same questions answer with the stored name) = wrong company. ASC (08a/08b): figures on
# 'Company Name Automated Systems' (form label + name) - 'Automated Systems Company' resolves to it (diag/p33-08-asc), so accepted
# as the issuer node (borderline); but the reasons, the CEO/Vice Chairman Roles, 9M figures and credit loss sit on 'Net Profit'
# (a form row label) = wrong company. Techno Electric's 'Revenue from operations' total row is a unitOf 'segment' node.
# ARICOMA (07, Czech decimal commas, 'mil. Kc'): one Role without organisation, nothing else typed.
# Category: first of company > type > measure > value > period; a second error is named in the reason.
# Period: 'as of the date of this notice' share counts dated Q3 2026 (periodInherited) = wrong period; TDIPL capex over FY27-29
# dated FY2027 = wrong period; a 1H2025 segment column dated H1 2026 = wrong period.
# Accepted (borderline): #8 contract revenue per year without period; #31 'market price' for the market-price-method valuation
# range; #60 Mayumi Ode 'General Manager' (of Corporate Planning); #86 reason with 'whose revenue' measure on the segment value.
J = {
1: ("C", "", "Kanemori operating profit FY2026/3 JPY 4,688m"),
2: ("C", "", "Techno Electric segment Energy (wind) Q1 FY27 Rs 36.7 crore (Apr-Jun 2026)"),
3: ("W", "wrong company", "1,024 GPUs (current TrueCompute capacity) on 'Telecom International Holdings'; no date either"),
4: ("W", "wrong measure", "stock-based compensation $92m (LTM) typed as Rapid7 'share price' dated 1 Dec 2026"),
5: ("C", "", "data-centre project revenue 1H2025 S$38.9m on Electrification (reported within it)"),
6: ("C", "", "Pexip ARR USD 128.4m at 30 Sep 2026"),
7: ("W", "wrong company", "ASC 6M revenue KWD 7.84m +13.4% on 'Net Profit'"),
8: ("C", "", "ASC contract revenue approx KWD 1.46m per year (added revenue outlook; no period - per year from 2027, borderline)"),
9: ("C", "", "Kanemori H1 (Apr-Sep 2026) net sales JPY 29,960m"),
10: ("P", "wrong period", "TDIPL operates 22 MW 'currently' (21 Oct 2026) - undated"),
11: ("W", "wrong company", "GPU-hour reference list price HK$16.5 on 'Telecom International Holdings'"),
12: ("C", "", "Rapid7 2026 revenue guidance $884-888m"),
13: ("C", "", "CSE Automation 1H2026 S$107,767k"),
14: ("C", "", "Pexip Q3 2026 EBITDA NOK 58.1m"),
15: ("C", "", "ASC 100,000,000 shares"),
16: ("W", "wrong company", "9M expected credit loss provision KWD 96,400 on 'Net Profit'; no period"),
17: ("C", "", "Kanemori TOB total purchase price (planned) JPY 88,472m"),
18: ("C", "", "Energy (wind) Q1 FY26 Rs 39.5 crore"),
19: ("W", "wrong company", "CITIC Telecom FY2025 revenue HK$9,826.4m on 'Telecom International Holdings'"),
20: ("C", "", "Rapid7 Q3 2026 revenue $221.4m +4%"),
21: ("C", "", "CSE Communications 1H2026 S$141.9m"),
22: ("W", "wrong period", "3,007,855 treasury shares as of the notice date (26 Nov 2026) dated Q3 2026 (inherited)"),
23: ("C", "", "ASC 6M 2026 net profit +19.0%"),
24: ("C", "", "Kanemori 21,318,600 shares (issued less treasury, TOB basis)"),
25: ("C", "", "Techno Electric data-centre segment FY26 Rs 118.6 crore"),
26: ("W", "wrong company", "3,072 GPUs by end 2028 on 'Telecom International Holdings'"),
27: ("C", "", "Rapid7 2026 ARR growth guidance 2-3%"),
28: ("C", "", "CSE data-centre project revenue 1H2026 S$71.2m, almost doubled"),
29: ("C", "", "Pexip 102,006,117 shares outstanding excl. treasury"),
30: ("C", "", "ASC paid-up capital KWD 10m"),
31: ("C", "", "market price method JPY 2,633-2,890 per share (borderline measure name)"),
32: ("W", "wrong period", "TDIPL planned capex Rs 2,150 crore over FY27-FY29 dated FY2027"),
33: ("W", "wrong company", "TrueCompute capex approx HK$1.4bn on 'Telecom International Holdings'"),
34: ("P", "wrong period", "Rapid7 TTM free cash flow $161m, garbled measure 'quarter and trailing-twelve-month free cash flow', undated"),
35: ("C", "", "CSE gross margin 1H2025 24.2%"),
36: ("C", "", "Pexip Q3 2026 revenue NOK 302.5m"),
37: ("C", "", "ASC 6M 2026 net profit KWD 541,906"),
38: ("W", "wrong company", "Systems Integration segment JPY 34,110m typed as Kanemori group net sales FY2026"),
39: ("C", "", "Data centre Q1 FY27 Rs 46.8 crore"),
40: ("W", "wrong measure", "Calder Rock's ~4.7m Rapid7 shares typed as Rapid7 'shares' (no holder)"),
41: ("C", "", "CSE gross margin 1H2026 24.7%"),
42: ("W", "wrong period", "Pexip 105,013,972 shares as of the notice date dated Q3 2026 (inherited)"),
43: ("W", "wrong measure", "closing price JPY 2,890 on 11 Nov 2026 typed as 'tender offer price' (the offer is JPY 4,150)"),
44: ("C", "", "Data centre Q1 FY26 Rs 21.3 crore"),
45: ("P", "wrong period", "Rapid7 non-GAAP operating margin 16.8% - Q3 2026, undated"),
46: ("W", "wrong period", "Automation 1H2025 S$96,245k dated H1 2026"),
47: ("C", "", "Pexip ordinary dividend NOK 1.00 for FY2025"),
48: ("C", "", "Kanemori H1 (Apr-Sep 2026) operating profit JPY 2,351m"),
49: ("C", "", "EPC Q1 FY26 Rs 541.7 crore (segment now labelled 'EPC'; re-judged)"),
50: ("W", "wrong company", "peer-group screen 'revenue between $500m and $3bn' typed as Rapid7 revenue"),
51: ("W", "wrong value", "dividend forecast cut JPY 92 -> 46 typed as a 'raise' carrying only the previous 92/46/46 (revised 46 not marked)"),
52: ("C", "", "EPC unitOf Techno Electric (segment now labelled 'EPC'; re-judged)"),
53: ("W", "wrong company", "3-year framework agreements with CITIC (Limited) on 'Telecom International Holdings'"),
54: ("C", "", "Martin Vandersloot CEO of Rapid7, roleStatus current (re-judged)"),
55: ("C", "", "Raymond Teo COO of CSE Global from 1 Sep 2026"),
56: ("C", "", "Eirik Strand chair of Pexip"),
57: ("W", "wrong company", "Ondrej Kalina Chairman - no organisation (ARICOMA GROUP)"),
58: ("W", "wrong company", "Khalid Al-Mutawa Vice Chairman of 'Net Profit'"),
59: ("W", "wrong company", "Fahad Al-Rashoud incoming CEO from 1 Dec 2026 of 'Net Profit'"),
60: ("C", "", "Mayumi Ode General Manager (Corporate Planning) of Kanemori - borderline"),
61: ("C", "", "Arjun Poddar MD of Techno Electric"),
62: ("W", "wrong company", "Zhou Hanqing Chairman of 'Telecom International Holdings'"),
63: ("C", "", "Rapid7 does not disclose Incident Command customers/revenue"),
64: ("W", "wrong period", "data-centre doubling reason dated H1 2025 (it is 1H2026's growth)"),
65: ("W", "wrong type", "proxy instruction sentence typed as a DisclosureGap"),
66: ("W", "wrong company", "6M net-profit reason on 'Net Profit'; no period"),
67: ("W", "wrong company", "9M net-profit reason (credit loss) on 'Net Profit'; no period"),
68: ("C", "", "Takeshi Kanemori Chairman of Kanemori"),
69: ("W", "wrong type", "denied rumour (no term sheet, Board has not considered a sale) typed as a StakeDeal sell of TDIPL"),
70: ("W", "wrong company", "Chan Kwok Leung CEO of 'Telecom International Holdings'"),
71: ("C", "", "Dana Quillfeldt CFO of Rapid7, roleStatus current (re-judged)"),
72: ("C", "", "US tariffs on imported electrical components affect CSE"),
73: ("C", "", "Pexip target ARR USD 200m by end 2030"),
74: ("W", "wrong company", "Khalid Al-Mutawa CEO of 'Net Profit'"),
75: ("C", "", "Hiroyuki Sakamaki President of Kanemori"),
76: ("C", "", "Energy (wind generation) unitOf Techno Electric"),
77: ("C", "", "Helen Ellsworth-Kane Chair of Rapid7"),
78: ("C", "", "Electrification unitOf CSE Global"),
79: ("C", "", "Pexip ARR growth reason (defence/government, AI assistant) at 30 Sep 2026"),
80: ("C", "", "Data centre unitOf Techno Electric"),
81: ("C", "", "Jonathan Reyes-Hartley Managing Partner of Calder Rock"),
82: ("C", "", "Chua Seng Hock Group MD of CSE Global"),
83: ("W", "fragment", "'be voted' (treasury shares cannot be voted) as a DisclosureGap"),
84: ("W", "wrong type", "the table total 'Revenue from operations' typed as a unit of Techno Electric"),
85: ("C", "", "Jonathan Reyes-Hartley CIO of Calder Rock"),
86: ("C", "", "CSE 1H2026 revenue +11.0% to S$478.3m driven by Electrification (+16.5% to S$228.6m)"),
87: ("C", "", "data-centre project revenue inSegment Electrification"),
88: ("C", "", "Automation unitOf CSE Global"),
89: ("C", "", "Communications unitOf CSE Global"),
}
