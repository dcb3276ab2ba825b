# Failure classes (hand data) for the FAIL lines of /work/firstcontact31/score_baseline.txt, store /tmp/fc31-baseline
# (asks run again on the copy /tmp/judge31-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge31-diag (diag/*.json, not scored).
# Company nodes: Indeks has no node (its facts sit on 'Tervion Systems', its US distribution partner; ask says "nothing about
# Indeks"); Gabia has no node (its own-cloud figures and co-CEOs sit on 'KINX', its subsidiary). With the node name 01-q05
# answers (both CFOs, no date); 01-q02, 01-q06, 08-q06, 08-q08 still do not (diag/).
# Rule (as judge27-30): company attribution only where the wrong subject alone makes the question fail; where the fact is missing
# or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed fact on the right subject with
# the right measure that ask does not return is ASK (incl. a no-answer question answered).
F = {
"p31-01-q01": ("EXTRACTION", "table/list rows", "9M revenue 41.286,4 (Turkish dot-thousands table) not typed; a garbled claim on 'Tervion Systems' keeps only '33.904,7 %' and '21,8'; no Indeks node"),
"p31-01-q02": ("EXTRACTION", "table/list rows", "net profit 402,7 / -%11,5 row not typed, not even claimed; with the node name still no_answer (diag)"),
"p31-01-q03": ("EXTRACTION", "segments", "product-group shares (AI servers %14, 9M 2025 %6) not typed; only 'more than doubled' on 'Tervion Systems'"),
"p31-01-q04": ("EXTRACTION", "guidance", "revised real-growth expectation %15-18 (from %10-13) only in claims on 'Tervion Systems' without measure"),
"p31-01-q05": ("EXTRACTION", "company node", "Selin Karaagac's CFO Role on 'Tervion Systems' (no Indeks node, no effective date); with the node name it answers (diag)"),
"p31-01-q06": ("EXTRACTION", "company node", "Dilovasi investment typed as 'Tervion Systems' invests TRY 1.15bn, without the site; still no_answer with the node name (diag)"),
"p31-02-q01": ("EXTRACTION", "table/list rows", "NIS-thousands table (312,846) not typed; ask returns +11.2%, 'US$ 1' and US$85.9m"),
"p31-02-q03": ("EXTRACTION", "segments", "segment revenue table row 38,226 not typed; 21.6% only in a Claim:Reason without measure"),
"p31-02-q04": ("EXTRACTION", "dividend", "NIS 1.10 dividend became a fragment 'NIS 1.10' versionOf 'NIS'; payment date not typed"),
"p31-02-q06": ("EXTRACTION", "people", "Yaron Efrati (VP AI and Data from 1 Jan 2027) has no Role"),
"p31-02-q10": ("ASK", "no-answer trap", "no headcount in the article; ask answered with the payroll sentence (1.1 million employees of customers)"),
"p31-03-q01": ("EXTRACTION", "table/list rows", "ThunderSoft RMB yuan markdown table: no typed figure, no claim; ThunderSoft node without facts"),
"p31-03-q02": ("EXTRACTION", "table/list rows", "net profit 276,415,093.82 / 33.57% row not typed; ticker 300496 not an alias"),
"p31-03-q03": ("EXTRACTION", "segments", "business-line table (RMB 10,000 unit) not typed; ask answers Samsara/KINX revenue"),
"p31-03-q04": ("EXTRACTION", "measure", "overseas share 38.6% (prose) not typed"),
"p31-03-q05": ("EXTRACTION", "measure", "R&D expenses RMB 812.55m (prose) not typed"),
"p31-03-q06": ("EXTRACTION", "investment", "RMB 600m Xiangtan R&D centre not typed; ask lists other companies' investments"),
"p31-03-q07": ("EXTRACTION", "people", "legal representative Zhao Mingxuan has no Role"),
"p31-03-q08": ("EXTRACTION", "product", "Claim:Launch of Qiming-Edge 3B without launcher; ask finds nothing for ThunderSoft"),
"p31-04-q03": ("EXTRACTION", "guidance", "raised FY27 range typed as plain 'revenue' FY2027 (misdated Nov 2025-Oct 2026) and the previous range as another FY2027 revenue; no GuidanceChange"),
"p31-04-q04": ("EXTRACTION", "fiscal quarter", "Q4 FY2027 revenue guide 522-526 typed as 'revenue' dated Aug-Oct 2026 (= Q3); ask returns the old Q3 range 486-488 (also with the full name, diag)"),
"p31-04-q05": ("EXTRACTION", "people", "no Role for Marisol Quintero; Kevin Darragh stored as the CEO's predecessor, so ask answers Holmgaard"),
"p31-04-q06": ("EXTRACTION", "buyback", "the $300m first repurchase authorisation is not typed"),
"p31-04-q08": ("EXTRACTION", "measure", "44% of new ACV from multi-product customers only in a claim without measure"),
"p31-05-q01": ("EXTRACTION", "estimates/consensus", "consensus $305.1m not typed; with the full name ask gives revenue only (diag); 'EXTR' does not resolve"),
"p31-05-q04": ("EXTRACTION", "segments", "regional revenue headlines (Americas/EMEA/APJ) not typed"),
"p31-05-q05": ("EXTRACTION", "people", "Renata Strandquist (incoming CFO, Nov 16) has no Role; ask answers the outgoing Pelletier"),
"p31-06-q01": ("EXTRACTION", "table/list rows", "segment table Group revenue 360,312 only in a value-only claim on a node 'Revenue'"),
"p31-06-q02": ("EXTRACTION", "table/list rows", "Software EBITDA 9,966 only in a value-only claim on a node 'EBITDA' (measure 'revenue')"),
"p31-06-q03": ("EXTRACTION", "segments", "segment descriptions (5.1 list) not typed; only IT Services unitOf Sword"),
"p31-06-q04": ("EXTRACTION", "segments", "AI & Data practice revenue typed as 'IT Services' revenue (2025 without period)"),
"p31-06-q05": ("EXTRACTION", "measure", "largest-customer share 6.8% only in a claim as 'revenue' share"),
"p31-06-q06": ("EXTRACTION", "table/list rows", "geographic revenue table (UK 121,930) not typed"),
"p31-06-q07": ("ASK", "contract terms", "Claim:DealTerm (buyer Sword, target Orbisant, GBP 14.5m) exists; ask answers 'no investment' / a '100% share price' claim (diag)"),
"p31-06-q09": ("EXTRACTION", "dividend", "EUR 1.80 typed as 'dividend per share outlook' dated the AGM day, 1.60 as 2024 'earnings per share outlook'; ask picks a claim 'EUR 1.60, 2025'"),
"p31-07-q01": ("EXTRACTION", "table/list rows", "HTML table row 'Gross margin (net revenue) 61,2' became a unitOf Statement; ask returns the guidance"),
"p31-07-q02": ("EXTRACTION", "table/list rows", "'Sales 243,6' row became a node 'Sales' (unitOf); not typed"),
"p31-07-q05": ("ASK", "contract terms", "Observation 'price' EUR 8.4m (MXN 176m) on Making Science exists; ask returns Brava's MXN 96m gross margin typed as an Investment"),
"p31-07-q09": ("EXTRACTION", "table/list rows", "'Adjusted EBITDA 6,9' row became a unitOf Statement; only the 2026 guidance is typed"),
"p31-08-q01": ("EXTRACTION", "table/list rows", "DART KRW-million table: not one row typed or claimed (102,815 only in evidence text); no Gabia node"),
"p31-08-q02": ("EXTRACTION", "table/list rows", "operating profit row 15,984 / 28.6 not typed"),
"p31-08-q03": ("EXTRACTION", "table/list rows", "cumulative revenue row 309,857 not typed"),
"p31-08-q04": ("EXTRACTION", "stake", "40.3% stake only in a claim; no Gabia node"),
"p31-08-q05": ("EXTRACTION", "capacity (MW)", "Investment KRW 186bn typed on KINX; the 20 MW capacity and the site not typed"),
"p31-08-q06": ("EXTRACTION", "company node", "Lee Ha-eun typed as 'head' of 'KINX' (Gabia's co-CEO); with KINX still no CEO (diag; role 'head' not co-CEO)"),
"p31-08-q07": ("EXTRACTION", "measure", "KINX utilisation 91% / 84% typed as 'operating profit' percents in a Claim:Reason"),
"p31-08-q08": ("EXTRACTION", "company node", "Gabia's own cloud revenue 3Q26 KRW 20,330m typed on 'KINX' (no Gabia node, no business name)"),
}
