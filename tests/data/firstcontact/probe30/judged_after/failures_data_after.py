# failures_data_after: failure classes for the FAIL lines of ../score_after.txt (53; store /tmp/fc30-after, asks run again on the
# copy /tmp/judge30b-store with /work/fc30merge/.venv/bin/aikg -> asks/*.json; every re-ask gave the scored status; 47 of 53 answers
# word for word the baseline's re-ask). Carried from ../judged_baseline/failures_data.py and checked against the new answers and
# exp_after/: p30-04-q06 dropped (passes: Hut 8's node), p30-04-q01 added (new FAIL), the Hut 8 reasons reworded ('Corp.' ->
# 'Hut 8'; no class or kind changed), p30-03-q04's answer changed in one line (the Portvale Investment lost its 360 / 55 parts).
# Rules as the baseline's (header below). Diagnostic asks: asks_diag/ (questions.txt).
# Failure classes (hand data) for the FAIL lines of /work/firstcontact30/score_baseline.txt, store /tmp/fc30-baseline
# (asks run again on the copy /tmp/judge30-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge30-diag (diag/*.json, not scored).
# Company nodes: WiseTech's facts sit on 'Portvale' (the acquired company; 'WiseTech Global' node empty), ATOSS's on 'Oberholz'
# (the CFO's surname; 'Software' node empty), Hut 8's on 'Corp.' (header fragment). Asked with the stored node name,
# 02-q08, 02-q10, 04-q06, 05-q01, 05-q05, 05-q08, 05-q10 answer (diag/); 02-q02, 02-q05, 05-q02 still do not.
# Rule (as judge27/28/29): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed fact on the right
# subject with the right measure that ask does not return is ASK (incl. a no-answer question answered or not_understood).

F = {
'p30-01-q01': ('EXTRACTION', 'table/list rows', 'annex table (MM$, Chilean dot-thousands) 3T26 revenue 214.380 only in a value-only claim; no typed revenue'),
'p30-01-q02': ('EXTRACTION', 'table/list rows', "'Margen EBITDA 36,6%' row became a Product node 'Margen EBITDA 36' (split at the decimal comma); margins only in a claim on it"),
'p30-01-q03': ('EXTRACTION', 'segments', 'business-line amounts and growth (+14,2%) only in value-only claims on the segment nodes; ask lists the segments'),
'p30-01-q04': ('EXTRACTION', 'capacity (MW)', "US$210m investment typed and answered; the 24 MW only in a claim on 'Lampa'"),
'p30-01-q07': ('EXTRACTION', 'subsidiary', "Telsur's MM$ 112.300 only in a value-only claim on a node 'Sur' (fragment of Telefónica del Sur); no Telsur alias"),
'p30-02-q01': ('EXTRACTION', 'table/list rows', "Appendix 4D results table 'up 21% to 487.6' typed as +21% without value (on 'Portvale'); 487.6 only in a claim; 'WTC' answered with Reunert's revenue"),
'p30-02-q02': ('EXTRACTION', 'table/list rows', "'down 6% to 98.4' only in a value-only claim on 'Portvale'; with the node name still no_answer (diag)"),
'p30-02-q04': ('EXTRACTION', 'dividend', "interim dividend table (6.7 US cents) only in a value-only claim on 'Portvale'; no typed dividend"),
'p30-02-q05': ('EXTRACTION', 'guidance', "narrowed guidance typed as plain 'revenue' FY2026 on 'Portvale'; even with the node name 'no guidance' (diag)"),
'p30-02-q07': ('EXTRACTION', 'measure', "US$164.3m typed as an anonymous Investment by 'Portvale' (no 'product development'); 34% only in a claim"),
'p30-02-q08': ('EXTRACTION', 'company node', "Role 'Tom Ferrandino CFO of Portvale'; 'Who is CFO of Portvale' answers (diag)"),
'p30-02-q10': ('EXTRACTION', 'company node', "EBITDA margin 49% / 53% typed on 'Portvale' (and dated Jan-Jun 2025); with the node name it answers (diag)"),
'p30-03-q02': ('ASK', 'segments', "Ayala Land 9M 2026 PHP 11.9bn typed on the unit (measure 'net income'); ask returns AC's own core net income; rephrased 'earn' -> no_answer (borderline EXTRACTION measure)"),
'p30-03-q03': ('ASK', 'segments', 'BPI 17.2bn typed on the unit; ask only lists the units (no ranking of contributions)'),
'p30-03-q04': ('EXTRACTION', 'investment', "Batangas JV campus: 120 MW nowhere, PHP 41bn only in a claim on a node 'PHP 58.6'; ask lists other companies' investments (the Portvale deal now one amount, 415)"),
'p30-03-q05': ('EXTRACTION', 'stake', '60% / 40% only in a claim on Northbay; Partnership typed without stake'),
'p30-03-q07': ('EXTRACTION', 'people', 'Gerardo Santos Tan typed as president of AC Energy (his former employer) instead of ACDI'),
'p30-03-q08': ('ASK', 'measure (core vs reported)', "no-answer trap: ask returns Q3 CORE net income 12.6 for 'reported net income'"),
'p30-03-q09': ('ASK', 'measure (core vs reported)', 'reported net income 33.1 and impairment 3.7 typed for 9M 2026; ask returns core net income 36.8 / 34.4'),
'p30-04-q01': ('EXTRACTION', 'contract terms', "NEW FAIL (baseline PASS): the tenant (Tallmere) is in no typed fact (no lease / tenant relation; only claims and the Statement 'Tallmere Cloud Services unitOf Tallmere Holdings'); 'Hut 8' now resolves, so the 'who is' question is answered with Hut 8's three officers (CEO / CFO / CDO); 'Which company leases the River Bend data campus from Hut 8?' answers from the claim quote naming Tallmere (asks_diag/d3; borderline ASK)"),
'p30-04-q02': ('EXTRACTION', 'contract terms', "lease (245 MW, 15 years) not typed: claims on 'River Bend' / 'Hut 8' only; 'HUT' unresolved ('HUT 8 River Bend...' -> 'no investment for Hut 8', asks_diag/d5)"),
'p30-04-q03': ('EXTRACTION', 'contract terms', "aggregate base rent $6.9bn only in a value-only claim on 'Hut 8' (was 'Corp.'); not_understood"),
'p30-04-q04': ('EXTRACTION', 'capacity (MW)', "Phase 1 100 MW / Q3 2027 only in a claim on 'Hut 8' (was 'Corp.'); ask lists investments"),
'p30-04-q05': ('EXTRACTION', 'financing', "construction loan $2.2bn, SOFR + 3.25% only in claims on 'River Bend' / 'Hut 8' (was 'Corp.'); not_understood"),
'p30-04-q09': ('EXTRACTION', 'investment', "development cost ~$2.8bn only in a claim on 'Hut 8' (was 'Corp.'); ask now finds Hut 8 but 'no launches or expansions'"),
'p30-05-q01': ('EXTRACTION', 'company node', "cloud ARR 98.6 typed on 'Oberholz' (the CFO's surname); with the node name it answers (diag)"),
'p30-05-q02': ('EXTRACTION', 'period', "9M revenue 146.2 typed on 'Oberholz' dated 'Q3', +11% not typed; with the node name still no (diag)"),
'p30-05-q03': ('EXTRACTION', 'guidance', "FY26 guidance ~198 (from ~195) only in a claim on 'Oberholz'"),
'p30-05-q04': ('ASK', 'not_understood', 'no-answer trap (Q3 EBIT) not understood instead of no_answer'),
'p30-05-q05': ('EXTRACTION', 'company node', "Role 'Sabine Kreuzer CEO of Oberholz'; with the node name it answers (diag)"),
'p30-05-q06': ('EXTRACTION', 'product (AI module)', "Forecast+ has no node; the 15% uplift only in a value-only claim on 'Oberholz'"),
'p30-05-q08': ('EXTRACTION', 'company node', "2030 target EUR 350m on 'Oberholz' (Target, measure 'value'); with the node name it answers (diag)"),
'p30-05-q10': ('EXTRACTION', 'company node', "FY25 dividend EUR 2.76 typed on 'Oberholz'; with the node name it answers (diag)"),
'p30-06-q01': ('EXTRACTION', 'table/list rows', "RMB'000 revenue row not typed; prose RMB17.46bn typed without year, so not returned for 2025"),
'p30-06-q02': ('EXTRACTION', 'table/list rows', "owners' loss row (RMB'000, parentheses) not typed; 'DCH' unresolved"),
'p30-06-q03': ('EXTRACTION', 'period', '17.3% answered from a quote; the +0.6 pp change typed without year, not returned'),
'p30-06-q04': ('EXTRACTION', 'segments', "1.21bn typed; 'reported within Big Data Products and Solutions' not typed (no segment node)"),
'p30-06-q05': ('EXTRACTION', 'segments', "segment table (RMB'000) not typed; 'Software' resolved to ATOSS's empty 'Software' node"),
'p30-06-q06': ('EXTRACTION', 'dividend', "HK5.0 cents (table row and note 2) not typed; ask answered ATOSS's EUR 2.76"),
'p30-06-q07': ('EXTRACTION', 'table/list rows', 'basic EPS row (RMB cents) not typed'),
'p30-06-q08': ('EXTRACTION', 'impairment', 'RMB1,046m typed as an Investment dated 2025; impairment only in a claim'),
'p30-07-q01': ('EXTRACTION', 'estimates/consensus', 'Q3 revenue consensus 168.4 only in a claim (dated Q3 2025); ask returns guidance figures'),
'p30-07-q02': ('EXTRACTION', 'guidance', "no-answer trap: guidance typed as 'revenue' dated 29 July 2026 (inside Q3) is returned as Q3 revenue"),
'p30-07-q04': ('EXTRACTION', 'estimates/consensus', "'11 analysts' only in a claim"),
'p30-07-q05': ('EXTRACTION', 'estimates/consensus', 'FY2027e EPS 7.61 only in a value-only claim'),
'p30-07-q09': ('EXTRACTION', 'guidance', "EBIT margin guidance typed as plain 'ebit margin' FY2026 22-26%; ask finds no guidance (borderline ASK)"),
'p30-07-q10': ('EXTRACTION', 'dividend', 'FY2025 dividend EUR 0.95 only in claims (table, related link); ask routed to investments'),
'p30-08-q01': ('ASK', 'period', 'H1 revenue R6 412m typed right; ask also returns the 9M R9 870m (and the R2,3bn order book typed as revenue)'),
'p30-08-q03': ('EXTRACTION', 'segments', "ICT row of the segment table only in a value-only claim on 'Communication Technologies' (name fragment)"),
'p30-08-q04': ('EXTRACTION', 'EPS/HEPS (cents)', 'HEPS typed as +11% without the value 268,4 cents (decimal comma); not_understood'),
'p30-08-q05': ('EXTRACTION', 'EPS/HEPS (cents)', 'HEPS range 622,3-658,6 cents only in a claim; typed as +20% only'),
'p30-08-q07': ('EXTRACTION', 'people', "08b's new CFO Lerato Dlamini-Ncube has no Role; 08a's Botha 'current' remains"),
'p30-08-q09': ('EXTRACTION', 'contract terms', "bank GPU-hosting contract ~R1,6bn only in a claim on 'ICT'"),
}
