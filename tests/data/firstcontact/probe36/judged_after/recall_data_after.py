# recall_data_after: the baseline's 68 lookups (../judged_baseline/recall_data.py) re-checked against exp_after/ (store
# /tmp/m4-probe36-frozen, copy /tmp/judge36b-store, aikg PYTHONPATH=/work/m4/src, merge36 98f7a8f3). Vitec (07) exports the same
# claims and typed facts as the baseline. John Keells (01) differs (slot= aside) only in note 1's cloud and managed services
# revenue: both Observations and the claim are now dated Q2 FY2025/26 (Jul-Sep 2025) instead of 'Q2 2025' (Apr-Jun 2025), and the
# market-price claim on 'Keells' likewise. Gold 30 (1,126,450 for the quarter ended 30 Sep 2026) stays 'stored wrongly' (on
# 'Keells', '000 lost, now dated the comparative's quarter); gold 36 (share prices for the quarter ended 30 Sep 2026) stays
# missing (claim on 'Keells', dated Q2 FY2025/26 - contradicting). No status or claim mark changed.
# --- baseline header follows ---
# Gold-fact lookups (hand data), store /tmp/fb36-probe36-frozen (copy /tmp/judge36-store), baseline aikg /work/base36.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30-35: value-only claims, predicate-only
# claims (no values: Vitec's 'report' / 'acquire' / 'invest' / 'guide') and claims on the wrong subject do not count; a claim whose
# period contradicts the gold line does not count (JKH's segment-row claims are dated calendar 2026 for the quarter ended 30 Sep
# 2026); a gold line with a parenthesised prior/extra value counts correct only if both are typed; a 'not stated' gold line counts
# only if a DisclosureGap (or equivalent) states it.
# John Keells (01): the issuer node 'JOHN KEELLS HOLDINGS' holds nothing; the group's figures and claims sit on a split node
# 'Keells' = wrong subject (borderline). The consolidated income statement (a '|'-split two-block table) gave nothing at all.
# Borderline: accepting 'Keells' as the issuer would add 'in a claim' for 31 (capex Rs 4.6bn, 28 Oct 2026) and 32 (Rs 1.2bn,
# FY2027) - 1 and 2 stay out (unit INR, calendar periods); accepting the calendar-2026 segment-row claims would add 18-25 (8).
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("John Keells (01): the issuer node 'JOHN KEELLS HOLDINGS' exists but holds nothing; group revenue sits on a second "
              "node 'Keells' with unit INR and calendar-year periods; the income statement (revenue 6M, gross profit, finance cost, "
              "PBT, tax, profit, attributable profit, EPS) is not extracted at all; the eight segment revenue rows are typed on the "
              "right segments with the right values but dated calendar 2026 / 2025 instead of the quarters ended 30 Sep 2026 / "
              "2025 (their claims likewise); segment PBT, the CFO change (Shanika Wijeratne a bare Person node), the chairperson, "
              "Keells Insight and the filing are missing; the Rs 4.6bn capex sits on the Segment 'Capital commitments'. "
              "Vitec (07): numbers are spelled out in words (radio script) and none was extracted - its six claims carry no "
              "values; only the CEO, the CFO, the AI-revenue DisclosureGap and the Apotekdata deal (buyer/target and 'expected "
              "close in December', no price) are typed.")
R = {
"01_johnkeells_cse_interim_statements.txt": [
("John Keells Holdings | revenue | Rs. 78,412,655 thousand (+13.3%) | quarter ended 30 Sep 2026", W, False, "Observation on 'Keells' (split node), unit INR, dated calendar 2026; claim likewise"),
("John Keells Holdings | revenue | Rs. 69,205,310 thousand | quarter ended 30 Sep 2025", W, False, "Observation on 'Keells', unit INR, dated calendar 2025"),
("John Keells Holdings | revenue | Rs. 151,908,240 thousand (+11.1%) | six months ended 30 Sep 2026", M, False, "income statement not extracted"),
("John Keells Holdings | revenue | Rs. 136,774,902 thousand | six months ended 30 Sep 2025", M, False, ""),
("John Keells Holdings | gross profit | Rs. 18,027,431 thousand (+17.5%) | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | gross profit | Rs. 34,468,127 thousand (+12.8%) | six months ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | net finance cost | Rs. 1,666,395 thousand (Q2 2025: 1,131,834) | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | profit before tax | Rs. 6,214,508 thousand (+24.6%) | quarter ended 30 Sep 2026", M, False, "only an evidence sentence, no claim"),
("John Keells Holdings | profit before tax | Rs. 11,544,236 thousand (+14.4%; 6M 2025: 10,092,231) | six months ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | tax expense | Rs. 1,530,870 thousand | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | profit for the period | Rs. 4,683,638 thousand (+28.8%) | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | profit for the period | Rs. 8,692,336 thousand (+14.0%) | six months ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | profit attributable to equity holders | Rs. 3,881,206 thousand (+31.4%; Q2 2025: 2,954,117) | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | profit attributable to equity holders | Rs. 7,102,664 thousand (+10.8%; 6M 2025: 6,410,882) | six months ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | non-controlling interests | Rs. 802,432 thousand | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | basic EPS | Rs. 2.19 (Q2 2025: Rs. 1.67) | quarter ended 30 Sep 2026", M, False, ""),
("John Keells Holdings | basic EPS | Rs. 4.01 (6M 2025: Rs. 3.62) | six months ended 30 Sep 2026", M, False, ""),
("Transportation segment | revenue | Rs. 9,845,210 thousand (+7.9%) | quarter ended 30 Sep 2026", W, False, "right segment and value, dated calendar 2026; claim dated calendar 2026"),
("Consumer Foods segment | revenue | Rs. 11,302,455 thousand (+10.3%) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Retail segment | revenue | Rs. 34,118,960 thousand (+15.0%; largest segment) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Leisure segment | revenue | Rs. 8,204,311 thousand (+17.6%) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Property segment | revenue | Rs. 3,877,105 thousand (-0.9%) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Financial Services segment | revenue | Rs. 6,912,640 thousand (+11.3%) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Information Technology segment | revenue | Rs. 2,641,870 thousand (+35.7%; Q2 2025: 1,947,395) | quarter ended 30 Sep 2026", W, False, "both values typed, dated calendar 2026 / 2025"),
("Others segment | revenue | Rs. 1,510,104 thousand (+33.2%) | quarter ended 30 Sep 2026", W, False, "dated calendar 2026"),
("Leisure segment | profit before tax | Rs. 612,774 thousand (Q2 2025: 188,930) | quarter ended 30 Sep 2026", M, False, "second segment table not extracted"),
("Information Technology segment | profit before tax | Rs. 412,300 thousand (Q2 2025: 268,950) | quarter ended 30 Sep 2026", M, False, ""),
("Other segments | profit before tax | not presented in the interim statements (in the Annual Report) | quarter ended 30 Sep 2026", M, False, ""),
("Information Technology segment | comprises | John Keells IT (digital transformation, data and AI services) and BPM operations | -", C, False, "John Keells IT and BPM operations inSegment Information Technology (plus fragments 'data', 'AI services', 'digital transformation')"),
("Information Technology segment | cloud and managed services revenue | Rs. 1,126,450 thousand (Q2 2025/26: 802,115) | quarter ended 30 Sep 2026", W, False, "1,126,450 on 'Keells' and 802,115 on the segment, both without the '000; after: both dated Q2 FY2025/26 (Jul-Sep 2025 - right for 802,115, wrong for 1,126,450), claim likewise (was Apr-Jun 2025 / 'Q2 2025')"),
("John Keells Holdings board | approved capex | Rs. 4.6 billion for Tier III data centre expansion in Colombo incl. GPU capacity | approved 28 Oct 2026", W, False, "Observation on the Segment 'Capital commitments'; claim 'invest 28th October 2026, Rs. 4.6 billion' on 'Keells'"),
("Colombo data centre expansion | capex expected in FY ending 31 Mar 2027 | Rs. 1.2 billion | FY2026/27", M, False, "claim 'Keells: guide Rs. 1.2 billion, FY2027' (split node)"),
("John Keells IT | AI platform | Keells Insight | -", M, False, "no Product node"),
("John Keells Holdings | reason for higher net finance cost | borrowings for West Container Terminal (Transportation) | quarter ended 30 Sep 2026", M, False, "claim 'West Container Terminal: guide' without values"),
("John Keells Holdings | net assets per share | Rs. 196.44 (31.03.2026: Rs. 189.70) | 30 Sep 2026", M, False, "claim on 'Keells' with measure 'share information', undated"),
("John Keells Holdings | share price high / low / last traded | Rs. 22.80 / Rs. 19.10 / Rs. 21.40 | quarter ended 30 Sep 2026", M, False, "claim on 'Keells' 'market price', dated Q2 FY2025/26 after (was 'Q2 2025'); the quarter is Q2 2026/27"),
("John Keells Holdings | Group CFO appointed | Shanika Wijeratne, effective 1 Dec 2026 | -", M, False, "bare Person node, no Role"),
("Ruwan Pathirage | retires as Group CFO | after 19 years with the Group | 2026", M, False, "value-only claim 'Keells: state 19 years'; no Person node"),
("John Keells Holdings | Chairperson | Mahesh Gunasekara | -", M, False, "no Person node"),
("John Keells Holdings | filing date / exchange | 12 Nov 2026, Colombo Stock Exchange; unaudited | -", M, False, ""),
("John Keells Holdings | dividend | not stated | -", M, False, "no DisclosureGap"),
],
"07_vitec_radio_bulletin_script.txt": [
("Vitec Software Group | net sales | SEK 842 million, +11% | Q3 2026", M, False, "claim 'Vitec: report' without values (number in words)"),
("Vitec Software Group | net sales | SEK 759 million | Q3 2025", M, False, ""),
("Vitec Software Group | organic growth in local currencies | 6% | Q3 2026", M, False, ""),
("Vitec Software Group | growth from acquisitions | remainder of the 11% (about 5 points) | Q3 2026", M, False, ""),
("Vitec Software Group | recurring revenue share | 86% | Q3 2026", M, False, ""),
("Vitec Software Group | EBITA | SEK 268 million | Q3 2026", M, False, ""),
("Vitec Software Group | EBITA margin | 31.8% | Q3 2026", M, False, ""),
("Vitec Software Group | EBITA margin | 29.5% | Q3 2025", M, False, ""),
("Vitec Software Group | margin drivers | price adjustments and migration of customers to the company's own cloud | Q3 2026", M, False, ""),
("Vitec Software Group | share of customers on cloud | around four in ten (~40%) | Q3 2026", M, False, "claim 'Vitec: guide' without values"),
("Vitec Software Group | cloud share target | more than half by end of 2027 | end-2027", M, False, "claim 'Vitec: guide' without values"),
("Vitec Software Group | AI development spending | about SEK 40 million | 2026", M, False, "claim 'Vitec: invest' without values"),
("Vitec Software Group | number of business units | roughly forty | -", M, False, ""),
("Vitec Software Group | AI features | assistant drafting property valuations; automated invoice matching for energy companies | 2026", M, False, ""),
("Vitec Software Group | AI revenue | not broken out; no separate revenue line | -", C, False, "DisclosureGap 'what it earns from AI'"),
("Vitec Software Group | acquisition | Apotekdata Norge (Norwegian pharmacy software) for SEK 310 million | announced 22 Oct 2026", W, False, "Claim:DealTerm buyer Vitec / target Apotekdata Norge, but no price; claim 'Vitec: acquire' without values"),
("Apotekdata Norge | revenue | about NOK 95 million | 2025", M, False, ""),
("Apotekdata Norge acquisition | expected closing | December 2026 | -", C, False, "Claim:DealTerm 'expected close' 'in December'"),
("Vitec Software Group | full-year guidance | none; does not give financial forecasts | 2026", M, False, "claim 'Vitec: guide' without values (reads as the opposite)"),
("Vitec Software Group | B share pre-market | up 6.4% to SEK 512 | 22 Oct 2026", M, False, "claim 'Vitec: grow' without values"),
("Vitec Software Group | CEO | Annika Brodin | -", C, False, ""),
("Vitec Software Group | CFO | Petter Lindblad | -", C, False, ""),
("Vitec Software Group | headquarters | Umeå | -", M, False, ""),
("Vitec Software Group | analyst call | telephone conference at 09:00 on 22 Oct 2026 | -", M, False, ""),
("Lime Technologies (other company) | net sales | SEK 196 million, +14% | Q3 2026", M, False, "claim 'Lime Technologies: report' without values"),
("Lime Technologies | relation to Vitec | often compared; both sell subscription software to Nordic businesses; rarely compete | -", M, False, "Company node only"),
("Vitec Software Group | net profit | not stated | Q3 2026", M, False, "no DisclosureGap"),
],
}
