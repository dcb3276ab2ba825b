# recall_data_after: the baseline's 78 lookups (../judged_baseline/recall_data.py) re-checked against exp_after/ (store
# /tmp/m35-probe35-frozen, copy /tmp/judge35b-store, aikg PYTHONPATH=/work/wt-merge35/src, extractor aikg-rules-29-s32). The two gold
# articles' exports (02_allieddigital_monitoring_agency_report, 07_netcall_opinion_column) are identical to the baseline's exp_all/
# but for the extractor string (typed facts and plain claims alike), so every lookup, status and claim mark stands; no status
# changed. (Round 1 changed only claim periods in 01 Fixstars, 05 Chenbro and 06 Sonatel - not gold articles.)
# --- baseline header follows ---
# Gold-fact lookups (hand data), store /tmp/fb35-probe35-frozen (copy /tmp/judge35-store), baseline aikg /work/fc35base.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30-34: value-only claims and claims on
# the wrong subject do not count; a claim whose period contradicts the gold line does not count (a prior-year value inside a
# claim dated FY2026 does not count); a gold line with a parenthesised prior/extra value counts correct only if both are typed.
# Allied Digital (02): its one Observation and all 13 claims sit on 'Crestmark Ratings' (the monitoring agency that wrote the
# report; one claim on the Segment 'Less', one on the Product 'II 70.00') = wrong subject, so none counts. Borderline: had the
# Crestmark claims been accepted as the issuer's, about 10 gold lines would count as 'in a claim' (9, 11, 12, 13, 19-21, 24, 44, 46).
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Allied Digital (02): the node 'Allied Digital Services' exists but holds nothing; the one typed fact (issue price "
              "Rs 312.40) and every claim sit on 'Crestmark Ratings', the monitoring agency that wrote the report (issue size, net "
              "proceeds, issue expenses, Object B's row, the 7.10% deposit, Rs 11,240 lakh, US$4.35m, 1.2 MW) - wrong subject; the "
              "utilisation table (objects A-D, totals, deposits) is not typed (Object A's row became the Statement 'Navi Mumbai "
              "180.00' versionOf 'Navi Mumbai'); the CFO Gopal Tiwari is a bare Person node; the Larchmont acquisition is a claim "
              "about Larchmont with no acquirer; dates (completion dates, issue closing) and GPUs ordered/installed are absent. "
              "Netcall (07): right node; revenue, adjusted EBITDA, dividend, CEO, finance director and market value right; cloud "
              "revenue and cloud ARR typed but undated; the 61% share typed with a sentence-piece measure; the 167 AI-paying "
              "customers typed as plain 'customers' and the £4.8m AI TCV as a 'customers' value; Idox's revenue dated as Netcall's "
              "FY2026; net cash only in a value-only claim; the products, the qualitative lines and the 118p price are missing.")
R = {
"02_allieddigital_monitoring_agency_report.txt": [
('Allied Digital Services Limited | BSE scrip code | 532875', M, False, ''),
('Allied Digital Services | monitoring agency | Crestmark Ratings Limited', M, False, "'Crestmark Ratings' is a Company node holding the issuer's figures, no relation to Allied Digital"),
('Monitoring agency report | period | quarter ended September 30, 2026 (Q2 FY27)', M, False, ''),
('Monitoring agency report | date | November 11, 2026', M, False, ''),
('Monitoring agency report | signed by | Sunita Deshmukh-Rao, Associate Director', M, False, 'no Person node'),
('Allied Digital Services | CFO | Gopal Tiwari', M, False, 'bare Person node, no Role'),
('Allied Digital Services | type of issue | QIP', M, False, "'Qualified Institutions Placement' is an Organization node"),
('QIP | issue closing date | March 24, 2026', M, False, ''),
('QIP | issue price | Rs 312.40 per equity share', W, False, "Observation and claim on 'Crestmark Ratings'"),
('QIP | equity shares allotted | 1,44,04,609', M, False, ''),
('QIP | gross issue size | Rs 450.00 crore', M, False, "value-only claim on 'Crestmark Ratings'"),
('QIP | issue expenses | Rs 11.45 crore', M, False, "claim on the Segment 'Less'"),
('QIP | net proceeds | Rs 438.55 crore', M, False, "value-only claim on 'Crestmark Ratings'"),
('Object A | amount per placement document | Rs 180.00 crore', M, False, "row became Statement 'Navi Mumbai 180.00' versionOf 'Navi Mumbai'"),
('Object A | utilised to Jun 30, 2026 | Rs 37.78 crore', M, False, ''),
('Object A | utilised in quarter | Rs 74.62 crore (Q2 FY27)', M, False, ''),
('Object A | total utilised | Rs 112.40 crore (Rs 11,240.00 lakh) to Sep 30, 2026', M, False, "'Rs 11,240.00 lakh' value-only claim on 'Crestmark Ratings'"),
('Object A | unutilised | Rs 67.60 crore', M, False, ''),
('Object B | amount per placement document | Rs 60.00 crore', M, False, "row claim '60.00, 60.00, 0.00, 60.00' on 'Crestmark Ratings'"),
('Object B | total utilised | Rs 60.00 crore', M, False, 'same row claim'),
('Object B | unutilised | Rs 0.00 crore', M, False, 'same row claim'),
('Object C | amount per placement document | Rs 95.00 crore', M, False, ''),
('Object C | utilised in quarter | Rs 38.20 crore', M, False, "'Rs 38.20 crore, Rs 87.82' claim on 'Crestmark Ratings'"),
('Object C | unutilised | Rs 56.80 crore', M, False, "value-only claim on 'Crestmark Ratings'"),
('Object D | amount per placement document | Rs 103.55 crore', M, False, ''),
('Object D | utilised to Jun 30, 2026 | Rs 22.35 crore', M, False, ''),
('Object D | utilised in quarter | Rs 18.75 crore', M, False, ''),
('Object D | total utilised | Rs 41.10 crore', M, False, ''),
('Object D | unutilised | Rs 62.45 crore', M, False, ''),
('Object D | use | working capital and brand-building; within 25% ceiling (ICDR)', M, False, "'25%' claim on 'Crestmark Ratings'"),
('QIP proceeds | total utilised to Jun 30, 2026 | Rs 120.13 crore', M, False, ''),
('QIP proceeds | utilised in quarter | Rs 131.57 crore', M, False, ''),
('QIP proceeds | total utilised | Rs 251.70 crore', M, False, ''),
('QIP proceeds | total unutilised | Rs 186.85 crore', M, False, ''),
('Unutilised proceeds | fixed deposit I | Rs 80.00 crore at 7.10%, maturing January 15, 2027', M, False, "claim '7.10%, January 15, 2027' on 'Crestmark Ratings' without the 80.00"),
('Unutilised proceeds | fixed deposit II | Rs 70.00 crore at 7.05%, maturing February 28, 2027', M, False, "claim on the Product 'II 70.00'"),
('Unutilised proceeds | balance in monitoring account | Rs 36.85 crore', M, False, ''),
('Monitoring agency | deviation in amounts | none (Q2 FY27)', M, False, ''),
('Object A | original completion date | March 31, 2027', M, False, ''),
('Object A | revised completion date | September 30, 2027', M, False, ''),
('Object A | reason for delay | delay in delivery of GPU servers by the OEM', M, False, ''),
('Object A | GPUs ordered | 512 data-centre GPUs', M, False, ''),
('Object A | GPUs delivered and installed | 256 (Sep 30, 2026)', M, False, ''),
('Object A | phase 1 IT load commissioned | 1.2 MW, August 2026', M, False, "claim 'launch 1.2 MW, August 2026' on 'Crestmark Ratings'"),
('Allied Digital Services | acquisition | 100% of Larchmont Data Systems LLC (Q2 FY27)', M, False, "claim 'Larchmont Data Systems: acquire 100%' has no acquirer"),
('Larchmont acquisition | price | US$4.35 million (Rs 38.20 crore at Rs 87.82 per US$)', M, False, "value-only claims on 'Crestmark Ratings'"),
('Figures | basis | management and statutory auditor certificates dated November 6, 2026', M, False, ''),
('Shareholder approval for variation | status | not applicable', M, False, ''),
('Government / statutory approvals | status | all obtained', M, False, ''),
('Means of finance for objects | changed | no', M, False, ''),
],
"07_netcall_opinion_column.txt": [
('Netcall | founded in / base | Bedford', M, False, ''),
('Netcall | business | call routing, low-code case-management apps, AI agents', M, False, ''),
('Netcall | results published | Tuesday (FY26)', M, False, ''),
('Netcall | revenue | £52.4 million, up 9 per cent | FY26', C, True, ''),
('Netcall | cloud revenue | £31.8 million, up 22 per cent | FY26', PM, True, 'Observation undated; claim (undated) states both'),
('Netcall | cloud share of revenue | 61 per cent | FY26', W, True, "Observation measure 'means the subscription business share of total', undated; claim: 61 per cent share of cloud revenue"),
('Netcall | cloud annual recurring revenue | £38.6 million | 30 June 2026', PM, True, "'recurring revenue' undated; claim states it"),
('Netcall | adjusted EBITDA | £12.1 million | FY26', C, True, ''),
('Netcall | adjusted EBITDA (prior year) | £11.0 million | FY25', M, False, 'only inside the claim dated FY2026'),
('Netcall | net cash | £41.7 million | 30 June 2026', M, False, "value-only claim 'state £41.7 million, FY2026'"),
('Netcall | proposed final dividend | 1.05p per share | FY26', C, False, ''),
('Netcall | low-code platform | Liberty Create', M, False, 'no Product node'),
('Netcall | cloud contact-centre product | Liberty Converse', M, False, 'no Product node'),
('Netcall | chief executive | Harriet Coombe', C, False, ''),
('Netcall | finance director | Rupert Mallinson', C, False, "Role CFO, roleText 'finance director'"),
('Netcall | customers paying for AI features | 167 | FY26', W, False, "Observation and Claim:UsageMetric with plain measure 'customers'"),
('Netcall | AI-related contract wins (TCV) | £4.8 million | FY26', W, False, "in the Claim:UsageMetric as a 'customers' amount"),
('Netcall | AI compute | public-cloud GPUs, no own data centre', M, False, ''),
('Netcall | on-premise licence business | shrinking faster than expected', M, False, ''),
('Netcall | migration to Liberty Converse | will depress reported revenue for another year (FY27)', M, False, ''),
('Netcall | revenue from NHS, local government and housing associations | about half', M, False, ''),
('Netcall | outlook | adjusted EBITDA in line with market expectations (FY27)', M, False, "the claim gives only the £13.0m as Netcall's 'guide'"),
('Market expectations | Netcall adjusted EBITDA | about £13.0 million | FY27', M, True, "claim 'Netcall: guide about £13.0 million (adjusted ebitda), FY2027'"),
('Idox | description | planning-software group, nearest listed peer', M, False, 'Idox is a Company node; no Competition/peer relation'),
('Idox | revenue | £88.9 million | last full year', W, False, "typed and claimed dated as Netcall's FY2026 (Jul 2025-Jun 2026)"),
('Netcall | share price | 118p | 25 September 2026', M, False, ''),
('Netcall | market value | roughly £190 million | 25 September 2026', C, True, "'valuation' ~£190m (undated Observation, point value at the column date; claim dated FY2026)"),
('Netcall | valuation (ex cash) | barely twelve times EBITDA', M, False, ''),
],
}
