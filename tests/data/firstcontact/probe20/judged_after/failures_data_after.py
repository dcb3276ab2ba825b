# Failure classes (hand data) for the FAIL lines of /work/firstcontact20/score_after_first_contact.txt, store /tmp/fc-probe20
# (asks run again on the copy /tmp/judge20b-store with /work/fc20fc/.venv/bin/aikg, asks_after/*.json; every re-ask gave the
# scored status). Copied from ../judged_baseline/failures_data.py: the 44 FAILs are the baseline's 45 minus p20-04-q07 (now PASS);
# 40 re-asks return the baseline's answer word for word, 4 differ only in a measure label or row order (marked AFTER:). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Serpro is only a Product 'SERPRO' (its figures on 'Vértice Tecnologia'); Axiata's on 'Wikipedia'; atNorth is
# not a node (figures on 'European AI'); KPN's amounts on 'Noordwind'; Omantel = Organization 'Oman Telecommunications Company
# SAOG' (altLabel Omantel), Oman Data Park not linked to it; Hua Hong, Lotus Harbour, Evosys, Aurora, Khazanah not nodes.
# Rule (as judge17-19): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a plain claim without measure (or on a
# wrong subject) is EXTRACTION; a no-answer question answered from a bare claim is ASK.
F = {
"p20-01-q01": ("EXTRACTION", "number format", "total awarded R$ 842.715.300,00 only in claims 'TOTAL AWARDED: state R$ 842.715' (a Segment node; thousands dots read as decimals -> 842.715) and 'Vértice Tecnologia: state R$ 842, 24,8%'; nothing on Serpro (only a Product node 'SERPRO')"),
"p20-01-q02": ("EXTRACTION", "table/list rows", "Lot 2 winner Aurora Datacenters is not a node; its value only as claim 'Value: state R$ 187.235' on a node 'Value'; ask: nothing about Lot 2"),
"p20-01-q05": ("EXTRACTION", "company attribution", "R$ 255m typed as an Investment by 'Vértice Tecnologia' (no period); R$ 690m only in claim 'SERPRO: state R$ 690 million, R$ 255 million, 2026' without measure; ask listed every Investment of all 8 documents and no 690"),
"p20-01-q08": ("EXTRACTION", "number format", "1.536 GPUs (= 1,536) only in claim 'Scope: state 1.536, 256, 400' (value 1.536, subject 'Scope', no measure); ask: no gpu accelerators"),
"p20-01-q09": ("EXTRACTION", "number format", "AI services revenue R$ 118,6 million only in claim 'Vértice Tecnologia: report R$ 118 (revenue), 2025' (decimal comma cut, 'million' lost, wrong subject, AI services lost)"),
"p20-02-q04": ("EXTRACTION", "table/list rows", "H1 FY27 PAT Rs 218.1 crore (P&L column) not extracted; ask returned the Q2 PAT Rs 113.4 crore dated 'Q2 2026' (AFTER: measure now 'profit after tax')"),
"p20-02-q06": ("EXTRACTION", "unit figure", "Evosys is not a node; its Rs 287 crore typed as Mastek 'added revenue' (Q2 2026 Apr-Jun); ask: nothing about Evosys"),
"p20-02-q07": ("EXTRACTION", "targets/guidance", "the 13-15% cc revenue guidance is a claim 'Mastek: guide 13% to 15%, FY2027' (returned); the 17-18% EBITDA-margin guidance is typed as the Q2 2026 actual margin and claimed with predicate 'report' without period - not as guidance"),
"p20-02-q08": ("EXTRACTION", "people", "Group CEO Aditya Raghavan is not a node (the quote ends the CEO paragraph); only the CFO Role is typed"),
"p20-03-q02": ("EXTRACTION", "people", "infobox key people (Faizal Rahman Idris, President & Group CEO) not extracted; ask: no CEO of Axiata Group"),
"p20-03-q03": ("EXTRACTION", "table/list rows", "Robi Axiata is not a node; its 58.9m subscribers only in claim 'Axiata Group: state 61.8%, BDT 101.2 billion, 58.9 million' (no company, no measure)"),
"p20-03-q04": ("EXTRACTION", "table/list rows", "Dialog Axiata stake 83.3% only in claim 'Axiata Group: state 83.3%, LKR 182 billion, 17.1 million' (no company, no measure); ask returned the EDOTCO stake-sale claim"),
"p20-03-q07": ("EXTRACTION", "table/list rows", "the 3-year financials table (2024 net income RM0.84bn) not extracted; only the infobox 2025 figures on 'Wikipedia' (dated 1992-2009)"),
"p20-03-q08": ("EXTRACTION", "table/list rows", "EDOTCO Group 35,400 towers typed (Segment node 'EDOTCO Group', no period) but revenue RM 2.6bn only in claim 'EDOTCO Group: state 63.0%, RM 2.6 billion, 35,400' without measure; the ask resolved the second node 'EDOTCO' (stake sale) and said no revenue"),
"p20-03-q09": ("EXTRACTION", "stakes/ownership", "owners Khazanah 36.8% / EPF 16.9% (infobox) only as claim 'Wikipedia: employ 36.8%, 16.9%'; Khazanah not a node; ask returned the EDOTCO stake sale"),
"p20-03-q10": ("ASK", "no-answer trap", "no-answer question (Dialog's market share) answered from the bare claim 'Axiata Group: state 83.3%, ...' - the stake, no measure in the graph says market share"),
"p20-04-q01": ("EXTRACTION", "legal claims/awards", "net award EUR 31.5m (headline and operative table) not stored at all; 'Koninklijke KPN' holds no fact; ask returned 'Noordwind invests EUR 9.8 million' (the counterclaim award as an Investment)"),
"p20-04-q02": ("EXTRACTION", "legal claims/awards", "KPN's total claim EUR 118.6m only in claim 'Noordwind: state EUR 118.6 million, EUR 71.2 million' (wrong subject, no measure); ask listed Noordwind's Observations (capacity, margin, years, revenue; AFTER: 'project and legal costs' for 'legal costs')"),
"p20-04-q03": ("EXTRACTION", "legal claims/awards", "counterclaim award EUR 9.8m typed as an Investment by Noordwind and a claim 'state EUR 9.8 million, EUR 27.9 million' without measure; ask: no counterclaim for Noordwind"),
"p20-04-q04": ("EXTRACTION", "measure", "total contract value EUR 356m typed as Noordwind measure 'years' ('...over ten years was EUR 356 million' split across lines); claim 'state EUR 356 million' without measure"),
"p20-04-q05": ("ASK", "capacity", "claim 'Noordwind: partner March 2023, ten-year, 24 MW (capacity)' states the agreement's 24 MW (partner KPN not named; borderline, counted in recall); ask: 'documents name MW, but none of their sentences states what is asked'"),
"p20-04-q06": ("EXTRACTION", "measure", "delays only in claim 'Noordwind: state over 14 months, 3, 19 months' (no measure, phases lost, 'over' added); ask returned 'Noordwind invests EUR 9.8 million'"),
"p20-05-q01": ("EXTRACTION", "measure", "atNorth is not a node; 1,214 GWh only in claim 'European AI: state 1,214, 880, 38%, 2024' (no measure, dated 2024)"),
"p20-05-q02": ("EXTRACTION", "measure", "weighted PUE 1.19 only in claim 'European AI: state 1.19, 1.21, 2024' (no measure, dated 2024); ask not_understood"),
"p20-05-q04": ("EXTRACTION", "table/list rows", "Iceland capex ISK 24.6bn only in claim 'European AI: state 170, ISK 24.6 billion' (no country, no measure)"),
"p20-05-q05": ("EXTRACTION", "company attribution", "2026 capex plan EUR 800-900m typed on 'European AI' (atNorth not a node); ask returned 'Wikipedia' (Axiata) capex outlook RM 6.0-6.5bn"),
"p20-05-q06": ("EXTRACTION", "company attribution", "58% only in claim 'European AI: state 58% (hpc customers), 41% (hpc customers), 2024' (atNorth not a node; dated 2024)"),
"p20-05-q07": ("EXTRACTION", "table/list rows", "ICE02 is a bare Product node; the site table's PUE 1.13 not extracted"),
"p20-05-q08": ("EXTRACTION", "people", "CSO Sigrún Jónsdóttir (and CEO Erik Sandberg) not nodes"),
"p20-05-q09": ("EXTRACTION", "measure", "86 GWh only in claim 'European AI: report 86' (unit GWh, no measure) (AFTER: same answer, rows reordered)"),
"p20-05-q10": ("ASK", "no-answer trap", "no-answer question (atNorth revenue): atNorth does not resolve, and the ask returned other companies' revenue (Oman Data Park OMR 38.4m, 'Vértice Tecnologia' BRL 4) (AFTER: same rows, reordered)"),
"p20-06-q01": ("EXTRACTION", "measure", "FY2026 support up to ¥645.0bn only in claim 'Rapidus: state Up to ¥645.0 billion, FY2026' without measure; ask returned Rapidus's Investments (¥5.7tn, ¥7.3bn, ¥130bn, ¥100bn)"),
"p20-06-q02": ("EXTRACTION", "table/list rows", "breakdown line ¥412.0bn only in claim 'IIM-1: state ¥412.0 billion' without measure"),
"p20-06-q06": ("EXTRACTION", "targets/guidance", "25,000 wafers a month by FY2029 only in claim 'IIM-1: state 25,000, H2 FY2027' (period of the mass-production start, no measure); ask returned the national ¥15tn sales target as a Rapidus Target"),
"p20-06-q08": ("EXTRACTION", "company attribution", "Kioxia's grant up to ¥150.0bn only in claim 'Rapidus: state up to ¥150.0 billion' (wrong subject); Kioxia holds only its own ¥450bn Investment; ask fell back to a text quote"),
"p20-06-q09": ("EXTRACTION", "targets/guidance", "no-answer trap taken: the FY2026 milestone 'raise at least ¥130bn private investment' is typed as an Investment by Rapidus with no period (and the Government's ¥100bn equity with investor Rapidus); returned for FY2025"),
"p20-07-q01": ("EXTRACTION", "unit membership", "the OMR 11.8m project investment is typed on Oman Data Park (no target); ODP is not linked to Omantel (no unitOf), and the 'Omantel' node holds only a claim with OMR 118m / 25m; ask keyed on Nutanix: not stated"),
"p20-07-q02": ("EXTRACTION", "measure", "2,400 migrated VMs only as an extra value of the Launch claim 'Oman Data Park launched Arabic AI' and wave claims 1,100 / 1,300 on 'Wave 1/2'; no Observation; ask: no virtual machines for ODP"),
"p20-07-q06": ("EXTRACTION", "table/list rows", "before/after table: cost per VM only in claim 'Oman Data Park: state OMR 41.5, OMR 27.4' without measure or before/after"),
"p20-08-q02": ("EXTRACTION", "measure", "Inspur +41% only in claim 'report 41%, RMB 69.9 billion' (no measure/period; sentence split over a line break, revenue typed as RMB 98.6 without 'billion'); Naura's +29% RMB 18.7bn typed on Inspur was returned"),
"p20-08-q05": ("EXTRACTION", "company attribution", "Hua Hong is not a node; its Q2 revenue USD 612m +19% is claim 'Inspur Electronic Information: report USD 612 million, 19%, Q2 2026'; ask: nothing about 'Hua Semiconductor'"),
"p20-08-q07": ("ASK", "targets/guidance", "Target RMB 78 (horizon 1Y, 2027) on Inspur and claim 'Inspur: power 12-month, RMB 78 (target price), 22, 2027' are stored (setter Lotus Harbour not; borderline); ask keyed on Lotus Harbour: not stated"),
"p20-08-q08": ("EXTRACTION", "people", "the fund manager Grace Lam (CIO, Lotus Harbour Capital Management) and the fund are not nodes"),
"p20-08-q09": ("ASK", "no-answer trap", "no-answer question (H1 2025 net profit) answered from the bare claim 'Inspur: report 41%, RMB 69.9 billion' - H1 2025 revenue without measure"),
}
