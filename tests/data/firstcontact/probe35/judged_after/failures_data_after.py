# failures_data_after: the 41 FAIL lines of /tmp/m35-probe35.score (the same 41 questions as /tmp/fb35-probe35.score; the two
# score files are identical), store /tmp/m35-probe35-frozen, asked again on the copy /tmp/judge35b-store with aikg
# PYTHONPATH=/work/wt-merge35/src (asks/*.json; every re-ask gave the scored status, ask_fails.log). Carried from
# ../judged_baseline/failures_data.py and re-read against exp_after/ and the new answers: 40 of the 41 answers are byte-identical
# to the baseline judge's re-asks; 02-q06's differs only by a periodLabel (2026-01-01/2026-09-30) on the listed Sonatel Orange
# Money reason. No class or kind changed; the reasons of 02-q06, 05-q09 and 06-q09 updated (claim periods round 1 added).
# --- baseline header follows ---
# Failure classes (hand data) for the FAIL lines of /tmp/fb35-probe35.score, store /tmp/fb35-probe35-frozen
# (asks run again on the copy /tmp/judge35-store, asks/*.json; every re-ask gave the scored status, ask_fails.log).
# id: (cause, kind, reason). cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge35-diag
# (diag/*.json, diag/questions.txt; not scored).
# Company nodes: Chenbro (05) - every typed fact and claim sits on 'Material Information' (the MOPS page heading); diag with that
# name answers 05-q01/q02/q06. Allied Digital (02) - its one Observation and all claims sit on 'Crestmark Ratings' (the monitoring
# agency that wrote the report); the node 'Allied Digital Services' holds nothing. Sonatel's country revenues sit on the Product
# 'Senegal 602'; its data-centre extension became a Claim:Launch 'Diamniadio launched Diamniadio'.
# Kinds: 'form fields' = a 'Label : value' line or a two-column 'Item | Detail' table whose label is the measure (the QIP issue
# details, Object A's completion dates / progress, MOPS items 'Transaction amount:' / 'Counterparty:', Polsat's instrument table)
# - they give value-only claims or nothing. 'table rows' = multi-column tables (Allied's utilisation table, Polsat's allocation and
# impact tables).
# Rule (as judge27-34): company node only where the wrong subject alone makes the question fail (checked in diag/ with the stored
# name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed
# fact on the right subject with the right measure that ask does not return is ASK (incl. a no-answer question answered).
F = {
"p35-01-q01": ("EXTRACTION", "people", "new President & CEO Shuhei Kanazaki ('(1) Name: Shuhei Kanazaki / New position: ...' block) has no Person node and no Role; ask finds no CEO/president at all"),
"p35-01-q06": ("EXTRACTION", "people", "'(3) New CFO: Takeshi Nagahama ... will be appointed Executive Officer and CFO' not typed (only GM of 'Corporate Planning'); ask answers only Oshiro as current CFO"),
"p35-01-q07": ("EXTRACTION", "people", "Kanazaki's career summary and 'Number of Company shares held: 412,300 shares' not extracted (no claim, no node)"),
"p35-02-q01": ("EXTRACTION", "form fields", "'Gross issue size : Rs 450.00 crore' only a value-only claim on 'Crestmark Ratings'; diag with 'Crestmark Ratings' no_answer"),
"p35-02-q02": ("EXTRACTION", "form fields", "'Net proceeds : Rs 438.55 crore' only a value-only claim on 'Crestmark Ratings'"),
"p35-02-q03": ("EXTRACTION", "table rows", "Object A's row (180.00 / 37.78 / 74.62 / 112.40 / 67.60) became Statement 'Navi Mumbai 180.00' versionOf 'Navi Mumbai'; 'Rs 11,240.00 lakh' only a value-only claim on 'Crestmark Ratings'"),
"p35-02-q04": ("EXTRACTION", "table rows", "utilisation table's Total row (186.85 unutilised) not extracted at all"),
"p35-02-q05": ("EXTRACTION", "deal terms", "claim 'Larchmont Data Systems: acquire 100%' has no acquirer; US$4.35m and Rs 38.20 crore only value-only claims on 'Crestmark Ratings'"),
"p35-02-q06": ("EXTRACTION", "form fields", "'Revised completion date : September 30, 2027' and 'Reason for delay : ...' under Object A not extracted; ask answers Coveo's, Polsat's and Sonatel's reasons (after: the Sonatel reason now dated 9M 2026; otherwise the same answer)"),
"p35-02-q07": ("EXTRACTION", "form fields", "'Progress : 512 data-centre GPUs ordered; 256 GPUs delivered and installed' not extracted; ask lists unrelated counts"),
"p35-02-q08": ("EXTRACTION", "company node", "the monitoring agency Crestmark Ratings is taken as the report's subject (holds the issuer's figures); no agency-issuer relation; diag 'Which monitoring agency reports on Allied Digital?' no_answer"),
"p35-03-q02": ("ASK", "ticker alias", "SaaS subscription revenue US$36.1m +14% Q2 FY2027 typed on Coveo Solutions; 'CVO' is not resolved to Coveo; diag with 'Coveo' answers"),
"p35-03-q06": ("EXTRACTION", "people", "Bastarache typed only as Vice President; 'will serve as interim Chief Financial Officer from January 1, 2027' only a value-only date claim"),
"p35-03-q07": ("EXTRACTION", "headcount", "workforce cut of ~45 employees (6%) only in a plain claim 'employ ... about 45 employees' (the reduction lost); ask answers only the C$4.2m charge"),
"p35-03-q09": ("EXTRACTION", "measure", "NCIB limit 4,200,000 typed with measure 'subordinate' (from 'subordinate voting shares'); ask finds no 'shares'"),
"p35-04-q02": ("ASK", "share price", "closing price $14.20 (16 Nov) and $17.05 (mis-typed as a closing price) are typed on Objective; ask says no 'share price'; diag 'What was Objective's closing price?' answers both"),
"p35-04-q06": ("EXTRACTION", "deal terms", "NZ renewal only a plain claim 'partner for three years, NZ$6.2 million' - no counterparty, RegWorks not a node; ask finds nothing"),
"p35-05-q01": ("EXTRACTION", "company node", "Q3 operating revenue typed on 'Material Information'; diag with that name answers (value shown as 'TWD 5.412318 billion')"),
"p35-05-q02": ("EXTRACTION", "company node", "Q3 EPS NT$7.14 typed on 'Material Information'; diag with that name answers"),
"p35-05-q03": ("EXTRACTION", "form fields", "'Transaction amount: plant construction NT$2,140,000 thousand; machinery ...; total NT$2,860,000 thousand' only value-only claims on 'Material Information'"),
"p35-05-q04": ("EXTRACTION", "place", "'construction of Plant No. 5 in Bade District, Taoyuan City' not extracted (no plant, no place)"),
"p35-05-q05": ("EXTRACTION", "form fields", "'Counterparty and relationship: Hsin Yuan Construction Co., Ltd. (plant construction)' not extracted (no node)"),
"p35-05-q06": ("EXTRACTION", "company node", "gross margin 31.6% Q3 typed on 'Material Information' (ask answered Coveo's 78%); diag with that name answers"),
"p35-05-q08": ("EXTRACTION", "measure", "63% of Q3 revenue from AI/cloud server chassis only a claim on 'Material Information' with measure 'cloud customers' (48% a year earlier as 'revenue growth')"),
"p35-05-q09": ("EXTRACTION", "measure", "6,000 chassis / 400 racks typed on 'Material Information' as counts 'gpu server chassis' dated Q2 2028 ('monthly capacity' lost, completion date as period); diag with the stored name still no_answer; after: the plain claim '6,000 (planned monthly capacity), 400' on 'Material Information' is now dated Q2 2028 too - still the wrong subject; ask answers the Sonatel Launch and 'Not stated'"),
"p35-05-q10": ("ASK", "no-answer trap", "answered from the related-filing link '115/11/06 Monthly revenue for October 2026' (a quote, no figure)"),
"p35-06-q01": ("EXTRACTION", "local currency amounts", "'1 412,6 billion FCFA' (space thousands, decimal comma) kept only as a value-only claim; typed revenue facts carry +7.8% and EUR 2.15bn; diag with 'Sonatel Group' the same"),
"p35-06-q03": ("EXTRACTION", "segments", "country revenues (Mali 398,5bn) are claims on the Product 'Senegal 602'; no Orange Mali segment"),
"p35-06-q05": ("EXTRACTION", "expansion project", "32,0bn FCFA data-centre spend only a value in the Claim:Launch 'Diamniadio launched Diamniadio'; 'SNTS' resolves to the ticker Product node"),
"p35-06-q06": ("EXTRACTION", "expansion project", "3 MW -> 6 MW only values of the Claim:Launch 'Diamniadio launched Diamniadio' (no Sonatel link); ask finds no launch/expansion for Sonatel Group"),
"p35-06-q08": ("EXTRACTION", "guidance", "2026 revenue-growth target typed as actual 'revenue' +6% (range cut); capex guidance 'around 330 billion FCFA' only a measure-less claim value"),
"p35-06-q09": ("EXTRACTION", "period", "cloud & data-centre revenue +31% typed dated 9M 2025 (is 9M 2026) and without the 27,4bn value (only in a claim; after: that claim, undated at the baseline, is now dated 9M 2025 too - the same wrong period; answer unchanged)"),
"p35-07-q07": ("EXTRACTION", "measure", "167 AI-paying customers typed as plain 'customers' and the £4.8m TCV as a 'customers' amount in a Claim:UsageMetric; ask routes to investments; diag 'How many customers does Netcall have?' answers 167"),
"p35-07-q10": ("ASK", "no-answer trap", "ARR at 30 June 2025 (not in the article) answered with the undated £38.6m claim (the year-end 2026 ARR); the undated extraction invites it"),
"p35-08-q01": ("EXTRACTION", "form fields", "'| Nominal amount | PLN 1,500.0 million ...' only a value-only claim on Cyfrowy Polsat; ask finds no investment"),
"p35-08-q02": ("EXTRACTION", "form fields", "'| Coupon | WIBOR 6M + 1.85% margin |' became a claim about the Product 'WIBOR 6M'"),
"p35-08-q03": ("EXTRACTION", "table rows", "allocation table's data-centre row (184.7 / 141.9 / 326.6) not extracted (only the renewable row as a measure-less claim)"),
"p35-08-q04": ("EXTRACTION", "table rows", "Total allocated H1 2026 339.0 not extracted; the question is also not_understood"),
"p35-08-q05": ("EXTRACTION", "table rows", "'Unallocated proceeds 412.2' row not extracted"),
"p35-08-q06": ("EXTRACTION", "table rows", "impact table row PUE 1.47 / 1.29 only a claim dated 2025 holding both columns (H1 2026 column lost); ask finds nothing"),
"p35-08-q09": ("EXTRACTION", "measure", "refinancing share 38% only a claim with measure 'expenditure'"),
}
