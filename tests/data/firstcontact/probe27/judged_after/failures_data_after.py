# Failure classes (hand data) for the FAIL lines of /work/firstcontact27/score_after.txt (30; the baseline's 31 less p27-01-q03,
# which now passes), store /tmp/m24b-probe27, aikg /work/main/.venv/bin/aikg (main 574c188); asks run again on the copy
# /tmp/judge27b-store (asks/*.json; every re-ask gave the scored status, and every status and answer text is word for word the
# baseline's re-ask). Carried from ../judged_baseline/failures_data.py and checked against exp_after/: no class or kind changed;
# reasons whose store details moved are marked '# changed' (NCC's FY labels now FY2026 with dates, ViTrox's 'Board' figures dated
# Jul-Sep 2027, Plexus's $410m wins now typed as 'annualised revenue').
# Baseline header:
# Failure classes (hand data) for the FAIL lines of /work/firstcontact27/score_baseline.txt, store /tmp/fc27-base
# (asks run again on the copy /tmp/judge27-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: three documents put the company's facts on a header word that became its own Company node - Qi-Anxin on
# 'Stock' (from 'Stock code'), NCC Group on 'Final' ('FINAL RESULTS'), ViTrox on 'Board' ('The Board expects'); ViTrox has no
# node of its own (ask resolves 'ViTrox' to 'ViTrox Technologies', the Suzhou subsidiary's node). Huber+Suhner is split into
# 'Huber+Suhner' (CEO, market share) and 'Suhner' (all figures): 'HUBER+SUHNER' resolves to the empty node, 'huber suhner' finds
# 'Suhner'. Kind 'company node'. Ask does not reach the header-word nodes (Qi-Anxin's passing questions were answered from
# document quotes, 'No fact in the graph states it').
# Rule (as judge26): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a claim (value-only, wrong subject or wrong
# measure; also a claim with the right measure when no typed fact exists) is EXTRACTION; a typed fact on the right subject with
# the right measure that the ask does not return is ASK; a typed fact stored with a wrong measure / type / period is EXTRACTION.
# Kinds: company node, table/list rows, segments, regions, period, measure, dividend, people, shareholder stake, fiscal year end,
# product, unit figure, ticker alias, fiscal quarter, capex outlook.
F = {
"p27-01-q02": ("EXTRACTION", "ticker alias", "'DGW' (HOSE: DGW) is not stored as a name of Digiworld, so ask took another company: ViTrox's 'Board' PBT; the Q3 PAT 142bn is typed on Digiworld without period ('Digiworld profit after tax in Q3 2026?' answers 142 from the claim) - borderline ASK (an unresolved name answered with another company's figure)"),
"p27-02-q01": ("EXTRACTION", "company node", "net sales CHF 468m typed on 'Suhner' (no period); 'HUBER+SUHNER' resolves to the 'Huber+Suhner' node, which holds no figure ('huber suhner net sales first half 2026' returns 468 / 411 on 'Suhner', period not stated)"),
"p27-02-q02": ("EXTRACTION", "segments", "Communication CHF 171m (+38%) only as the value-only claim 'Suhner: state CHF 171 Mio., 38%'; the Communication node has no figure"),
"p27-02-q03": ("EXTRACTION", "company node", "10-13% in local currencies typed on 'Suhner' as a plain 2026 'net sales' change (not as an outlook); ask found no sales for the 'Huber+Suhner' node"),
"p27-02-q08": ("EXTRACTION", "table/list rows", "order intake CHF 512m / 423m / +21.0% only as a value-only claim (key-figures row label lost)"),
"p27-03-q01": ("EXTRACTION", "company node", "operating revenue 245,316.52 wan yuan typed right (H1 2026) but on 'Stock'; ask answered with the R&D-ratio quote"),
"p27-03-q02": ("EXTRACTION", "company node", "net loss -38,412.07 wan yuan typed as 'net loss' 384m H1 2026 on 'Stock'; ask found nothing for Qi An Xin"),
"p27-03-q03": ("EXTRACTION", "table/list rows", "revenue-by-product table (Section 3: products / services / hardware) gives no fact and no claim"),
"p27-03-q05": ("EXTRACTION", "people", "Chairman Zhou Haiming (Section 1 grid) is not a node; no Role"),
"p27-03-q06": ("EXTRACTION", "shareholder stake", "CEC via CETC-Ming'an 22.59%: only 'CETC-Ming'an unitOf Stock / CEC' Statements and the claim 'China Electronics Corporation: invest 22.59% (share price)'; no stake fact"),
"p27-05-q01": ("EXTRACTION", "period", "revenue $101.4m typed twice: without period and dated Q2 2025 (Q2 2026 figures dated a year early); ask answered with a quote"),
"p27-05-q02": ("EXTRACTION", "period", "non-GAAP diluted EPS $0.08 typed as plain 'earnings per share' dated Q2 2025 (non-GAAP lost, year wrong)"),
"p27-05-q06": ("EXTRACTION", "product", "Alpha-3 is a Product node, but the Launch says IP-50 was launched 'about Alpha-3', no launcher, no chipset / developedBy link to Ceragon; ask answered with Ceragon's alias"),
"p27-06-q01": ("EXTRACTION", "company node", "Group revenue GBP 318.4m typed on 'Final' (after: now dated FY2026 Jun 2025-May 2026, right; baseline labelled FY2025); 'NCC Group' resolves to the empty NCC GROUP node"),  # changed
"p27-06-q03": ("EXTRACTION", "company node", "adjusted EBITDA GBP 44.9m typed on 'Final' (after: dated FY2026, right; baseline labelled FY2025); ask finds nothing for NCC GROUP"),  # changed
"p27-06-q04": ("EXTRACTION", "fiscal year end", "'year ended 31 May 2026' gives no fiscal-year fact (periods FY2026 = Jun 2025-May 2026 are typed, but no year-end statement)"),
"p27-06-q06": ("EXTRACTION", "unit figure", "AI assurance practice GBP 14.2m +65% typed as 'Final' revenue 14.2m / +65% - the practice is lost (and the subject is the header word)"),
"p27-06-q08": ("EXTRACTION", "dividend", "final dividend 3.15p / total 4.65p not stored, not even as a claim"),
"p27-06-q09": ("EXTRACTION", "regions", "region table rows became Product nodes 'North America 120.0' versionOf 'North America'; no figure"),
"p27-07-q01": ("EXTRACTION", "company node", "revenue RM186.42m +21.9% Q3 typed on 'Board' (after: 'Q3 FY2026' dated Jul-Sep 2027); no ViTrox node, ask resolved 'ViTrox' to the Suzhou subsidiary (RM32.60m)"),  # changed
"p27-07-q02": ("EXTRACTION", "table/list rows", "key-information grid (RM'000, individual / cumulative columns) gives no fact and no claim: profit attributable 38,110 lost"),
"p27-07-q03": ("EXTRACTION", "segments", "ABI RM84.26m only as the value-only claim 'Automated Board Inspection: state RM84.26 million, Q3 2026' (Organization node, no measure)"),
"p27-07-q04": ("EXTRACTION", "company node", "+21.9% yoy typed on 'Board' with the RM186.42m revenue (after: dated Jul-Sep 2027)"),  # changed
"p27-07-q05": ("EXTRACTION", "regions", "China RM52.20m (28.0%) typed as 'Board' revenue RM52.2m - the region is lost (and the subject is the header word; after: dated Jul-Sep 2027)"),  # changed
"p27-07-q07": ("EXTRACTION", "dividend", "0.70 sen second interim dividend only in the value-only claim 'Board: state 0.70, 0.55, 11 December 2026 ...'"),
"p27-07-q08": ("EXTRACTION", "table/list rows", "cumulative 9M revenue 512,330 is only in the key-information grid, which gives nothing"),
"p27-08-q01": ("ASK", "fiscal quarter", "revenue $1.06bn is typed on Plexus as 'fiscal second-quarter revenue', label 'fiscal Q2' (no dates); ask returned the programme-win claims ($410m / $455m) instead; even 'fiscal second-quarter revenue' returns only the +8% sibling - borderline EXTRACTION (period words in the measure, no dates; the $410m wins typed as 'revenue'; after: typed as 'annualised revenue', ask still answers with the $410m claim)"),  # changed
"p27-08-q02": ("EXTRACTION", "segments", "Industrial $486m only in the claim 'Industrial: state $486 million (fiscal third-quarter revenue outlook), $448 million, Q2 2026' - wrong measure and period; no typed fact"),
"p27-08-q05": ("ASK", "capex outlook", "'capital expenditure outlook' ~$135m FY2026 typed on Plexus (and the GuidanceChange 110 -> 135); ask returned the $25m buyback Investment ('Plexus invests USD 25 million')"),
"p27-08-q07": ("EXTRACTION", "measure", "non-GAAP EPS $1.72 only in the value-only claim 'Plexus: report $1.41, $1.72, $1.63'; ask returned the Q3 guidance $1.75-1.90"),
}
