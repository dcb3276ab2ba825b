# failures_data_after: the 46 FAIL lines of /tmp/m4-probe36.score (the baseline's 48 minus p36-02-q05 and p36-02-q10, which now
# PASS), store /tmp/m4-probe36-frozen, asked again on the copy /tmp/judge36b-store with aikg PYTHONPATH=/work/m4/src (asks/*.json;
# every re-ask gave the scored status, ask_fails.log). All 46 answers are byte-identical to the baseline judge's re-asks
# (../judged_baseline/asks/). Carried from ../judged_baseline/failures_data.py and re-read against exp_after/: no class or kind
# changed; the reasons of 01-q08 (cloud revenue now dated Q2 FY2025/26) and 05-q05 updated.
# The two new passes come from the Hanmi 억원 table (kind 'local currency amounts' at the baseline): 02-q05 is a FALSE PASS - the
# answer 'Hanmi Semiconductor operating profit: KRW 927.1 billion, +34.7%, Q3 2026' matches the gold string '927', but the
# operating profit is 927억원 = KRW 92.7 billion (the typed value is 10x too large); 02-q10 passes from a claim ('27.0%, Q3
# 2026', listed beside the QoQ 9.9% also labelled Q3 2026 growth).
# --- baseline header follows ---
# Failure classes (hand data) for the FAIL lines of /tmp/fb36-probe36.score, store /tmp/fb36-probe36-frozen
# (asks run again on the copy /tmp/judge36-store, asks/*.json; every re-ask gave the scored status, ask_fails.log).
# id: (cause, kind, reason). cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge36-diag
# (diag/*.json, diag/questions.txt, diag/diag.log; not scored).
# Company nodes: John Keells (01) - the issuer node 'JOHN KEELLS HOLDINGS' holds nothing; the group line and the segments sit on
# a split node 'Keells' (diag: 'Keells' answers the segment ranking 01-q04, not the quarter revenue 01-q01 - calendar-2026
# period), the Rs 4.6bn capex on the Segment 'Capital commitments' (note heading). GMO (03) - everything on 'Document' (diag:
# 'Document' answers 03-q01, q02, q03, q07 - the last without the predecessor).
# Kinds: 'table rows' = multi-column tables (JKH's two-block income statement and the % column of the segment table, GMO's
# XBRL element | context | value rows and segment table, Frontken's quarterly-result table); 'form fields' = a 'Label | value'
# line or th/td pair whose label is the measure (Hanmi's DART contract items, Frontken's key-stats 'Market cap'); 'local currency
# amounts' = Hanmi's reference table in KRW 100 million (억원) units; 'numbers in words' = Vitec's radio script ('eight hundred
# and forty-two million kronor'), no figure extracted.
# Rule (as judge27-35): company node only where the wrong subject alone makes the question fail (checked in diag/ with the stored
# name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed
# fact on the right subject with the right measure that ask does not return is ASK (incl. a no-answer question answered from a
# quote or an unrelated fact); a no-answer trap answered from a mis-typed fact (08-q10: consensus estimate typed as net profit)
# is EXTRACTION.
F = {
"p36-01-q01": ("EXTRACTION", "period", "group revenue Rs 78,412,655k only from the segment table's 'Group' row: on split node 'Keells', unit INR, dated calendar 2026; income statement not extracted; diag 'Keells' still no_answer for the quarter"),
"p36-01-q02": ("EXTRACTION", "table rows", "6M profit attributable Rs 7,102,664k: the two-block income statement ('Quarter | Six months' split by '|') gave no fact or claim"),
"p36-01-q03": ("EXTRACTION", "table rows", "IT segment +35.7% only a measure-less 'count' value in the row claim (the % column not typed as change); 'JKH IT' not resolved either"),
"p36-01-q04": ("EXTRACTION", "company node", "segment revenues typed (dated calendar 2026) but unitOf the split node 'Keells', not 'JOHN KEELLS HOLDINGS'; diag with 'Keells' lists them incl. Retail"),
"p36-01-q05": ("EXTRACTION", "company node", "Rs 4.6bn capex typed on the Segment 'Capital commitments' (note heading); the claim 'invest ... Rs. 4.6 billion' on 'Keells'; diag 'Keells' no_answer"),
"p36-01-q06": ("EXTRACTION", "people", "new Group CFO Shanika Wijeratne (from 1 Dec 2026, succeeding Ruwan Pathirage) is a bare Person node: no Role, no predecessor"),
"p36-01-q07": ("EXTRACTION", "table rows", "basic EPS Rs 2.19: income statement row not extracted"),
"p36-01-q08": ("EXTRACTION", "segments", "current-quarter cloud and managed services revenue 1,126,450 typed on 'Keells' (not the IT segment), the prior-year 802,115 on the segment, both with '000 lost; after: both dated Q2 FY2025/26 = Jul-Sep 2025 (was Apr-Jun 2025) - the comparative's quarter, wrong for 1,126,450; answer unchanged"),
"p36-02-q01": ("EXTRACTION", "form fields", "'Contract amount (KRW) | 214,760,000,000' only a value-only claim; ask answers the KRW 30bn treasury-share 'investment'"),
"p36-02-q02": ("EXTRACTION", "form fields", "'Ratio to recent sales (%) | 31.15' absent; ask (ticker 042700) answers GMO's 'Document sales' from another document"),
"p36-02-q03": ("EXTRACTION", "form fields", "Product nodes 'DUAL TC BONDER 6' and 'HBM4E' exist but no contract / supply relation to Hanmi"),
"p36-02-q04": ("EXTRACTION", "form fields", "'Contract period - End date | 2027-06-30' absent"),
"p36-02-q08": ("EXTRACTION", "people", "'10. Representative Director / Chief Executive Officer: Baek Min-seok' - no Person node, no Role"),
"p36-03-q01": ("EXTRACTION", "company node", "interim net sales JPY 152,381m typed on 'Document' (undated); diag with 'Document' answers"),
"p36-03-q02": ("EXTRACTION", "company node", "operating income JPY 24,716m on 'Document'; diag answers"),
"p36-03-q03": ("EXTRACTION", "company node", "GMO GPU Cloud sales JPY 3,122m on 'Document' as 'sales' (no product node); diag answers"),
"p36-03-q04": ("EXTRACTION", "measure", "GPU-server capex JPY 7,650m typed as plain 'capital expenditure' (same as the 11,840m total) on 'Document'; diag no_answer"),
"p36-03-q05": ("EXTRACTION", "company node", "planned JPY 9.5bn Investment has investor 'Document' (target 'GPU servers in the second half'); diag routes to 'hardware' and still no_answer"),
"p36-03-q06": ("EXTRACTION", "table rows", "Internet Infrastructure segment profit 17,409 (XBRL segment table) only in a measure-less 'segmentprofit sum' claim"),
"p36-03-q07": ("EXTRACTION", "people", "Role Tsunoda CFO of 'Document' without the predecessor Kenta Morikubo (and without the 26 March date); diag answers Tsunoda only"),
"p36-03-q08": ("EXTRACTION", "table rows", "FY2025 net sales 285,617m only in the XBRL row 'NetSales... | Prior1YearDuration' - not extracted"),
"p36-04-q01": ("EXTRACTION", "people", "successor Priyanka Selvaraj (from 1 Jan 2027) has no Person node; Ebbesworth's Role has no successor"),
"p36-04-q04": ("EXTRACTION", "governance", "Larchbrook's AGAINST on Resolution 2 (recommendations table and section heading) not extracted"),
"p36-04-q05": ("EXTRACTION", "pay", "'awards of up to 300% of base salary' only a value-only claim 'state up to 300%, 200%'"),
"p36-04-q06": ("EXTRACTION", "pay", "£480,000 only in a claim on FDM ('base salary', dated H1 2026) with no incoming CEO (no Selvaraj node); ask answers Ebbesworth's Role"),
"p36-04-q07": ("EXTRACTION", "people", "interim CFO Joanna Meerholz has no Person node; ask quotes the sentence fragment before her name"),
"p36-04-q09": ("ASK", "no-answer trap", "FY2025 adjusted PBT (not in the article) answered with the quote of the H1 table row"),
"p36-04-q10": ("ASK", "no-answer trap", "maximum bonus (not in the article) answered with 'Martin Ebbesworth is outgoing CEO'"),
"p36-05-q05": ("EXTRACTION", "period", "AI-related revenue RMB 142m typed on Glodon but labelled 'Q3' (no dates) for January-September; diag without the period answers it, so the 9M filter drops it; after: unchanged (round 1 re-dated Glodon's other 'Q1' figures to 9M, not this one)"),
"p36-05-q06": ("EXTRACTION", "measure", "computing power procurement RMB 120m only a value-only claim 'state RMB 120 million, RMB 65 million, 2026'"),
"p36-05-q08": ("EXTRACTION", "competitor", "Pinming Technology has no node and no Competition fact"),
"p36-05-q09": ("EXTRACTION", "segments", "overseas revenue RMB 298m typed as Glodon's total 'revenue' labelled 'Q4'; ask finds no 'overseas' figure"),
"p36-06-q03": ("EXTRACTION", "guidance", "previous FY27 guidance 20-22% only a measure-less value in the claim; only the new 16-18% typed"),
"p36-06-q04": ("EXTRACTION", "reason", "the reason for the cut (largest client reset budgets, paused programmes) has no Reason fact; claim 'guide' without values"),
"p36-06-q05": ("EXTRACTION", "period", "Q2 FY27 EBITDA margin 23.1% typed as 'percent ebitda margin' dated FY2027; ask returns the 22-24% band (typed as actual, calendar 2026)"),
"p36-06-q10": ("ASK", "no-answer trap", "PAT growth (not in the article) answered with the quote of the Q2 figures sentence"),
"p36-07-q01": ("EXTRACTION", "numbers in words", "'eight hundred and forty-two million kronor' not extracted; claim 'report' without values"),
"p36-07-q03": ("EXTRACTION", "numbers in words", "'thirty-one point eight percent' EBITA margin not extracted"),
"p36-07-q04": ("EXTRACTION", "numbers in words", "organic growth 'six percent' not extracted"),
"p36-07-q05": ("EXTRACTION", "numbers in words", "'about forty million kronor' on AI development: claim 'invest' without values"),
"p36-07-q08": ("EXTRACTION", "numbers in words", "recurring revenue 'eighty-six percent' not extracted"),
"p36-08-q01": ("EXTRACTION", "table rows", "Q3 revenue RM 171,305k (quarterly-result table row) not typed; ask answers growth rates and the Taiwan subsidiary's NT$876m"),
"p36-08-q02": ("EXTRACTION", "table rows", "Q3 PAT attributable RM 41,612k (table row) not extracted"),
"p36-08-q03": ("EXTRACTION", "form fields", "key-stats 'Market cap | RM 6.52b' kept as a claim with measure 'share price'; diag 'market capitalisation' no_answer"),
"p36-08-q07": ("EXTRACTION", "people", "'Aaron Tan Chee Wei - Group Managing Director (appointed 1 Jul 2026)' no Person/Role (the other two officer lines got Roles)"),
"p36-08-q10": ("EXTRACTION", "no-answer trap", "FY2026 net profit (not reported) answered with the consensus estimate RM 158.0m, typed as Frontken's 'net profit' FY2026"),
}
