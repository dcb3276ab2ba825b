# Failure classes (hand data) for the FAIL lines of /work/firstcontact29/score_after.txt (42; the baseline's 45 less p29-01-q05,
# p29-03-q04 and p29-06-q01, which now pass), store /tmp/fc29-after, aikg /work/fc29merge/.venv/bin/aikg (merge 13c534d); asks
# run again on the copy /tmp/judge29b-store (asks/*.json; every re-ask gave the scored status; 38 of the 42 answers are word for
# word the baseline's re-ask - 01-q08, 03-q06, 05-q01, 07-q05 list the new Unisys segment changes too). Carried from
# ../judged_baseline/failures_data.py and checked against exp_after/: no class changed; one kind changed (p29-06-q09, the ARR
# guidance is now typed but as a Q2 change: 'measure (ARR)' -> 'guidance as Q2 change'); reasons whose store or answer details
# moved are marked '# changed'. Diagnostics in asks_diag/ (d1-d8 re-phrasings; the three passes as scored).
# Baseline header:
# Failure classes (hand data) for the FAIL lines of /work/firstcontact29/score_baseline.txt, store /tmp/fc29-baseline
# (asks run again on the copy /tmp/judge29-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge29-diag (diag/*.json, not scored).
# Company nodes: q.beyond has no node - its figures sit on 'Datenwerk Rhein GmbH' (the company it acquired) with no q.beyond
# alias; Al Moammar's figures sit on 'Information' (altLabel 'AL MOAMMAR INFORMATION SYSTEMS CO.') while a second node
# 'Al Moammar Information Systems' holds only the H1 dividend - ask resolves the name to the second node; Televisa has no node -
# its changes, capex, CEO/CFO sit on 'Dish México' (the rival) and OSI on 'Operating'; Unisys (name only in the caps header)
# gives no Observation at all. Asked with the stored node name, 01-q01/q04/q05, 02-q04/q09, 05-q02/q04/q06 answer (diag/).
# Rule (as judge27/28): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed fact on the right
# subject with the right measure that ask does not return is ASK (incl. a no-answer question answered).
F = {
"p29-01-q01": ("EXTRACTION", "company node", "Q3 revenue EUR 52.4m +9.4% typed on 'Datenwerk Rhein GmbH'; ask returned the acquired company's own ~EUR 7m revenue; 'Datenwerk Rhein GmbH' in the question answers 52.4 (diag)"),
"p29-01-q02": ("EXTRACTION", "segments", "Cloud & IoT EUR 34.1m only in a Reason claim (dated Q3 2025, measure 'whose revenue'); no typed segment revenue"),
"p29-01-q04": ("EXTRACTION", "company node", "previous forecast EUR 198-206m typed ('revenue forecast' + GuidanceChange) on 'Datenwerk Rhein GmbH'; 'no company asked is known'; answers with the node name (diag)"),
"p29-01-q06": ("EXTRACTION", "period", "EBITDA margin 8.8% (Q3 2026 column of the German table) typed as Q3 2025, on 'Datenwerk Rhein GmbH'"),
"p29-01-q07": ("EXTRACTION", "investment", "'around 14 Mio. EUR in GPU capacity' for 2026 not typed (no Investment); also no q.beyond node"),
"p29-01-q08": ("EXTRACTION", "measure", "9M revenue 153.1 typed only as measure 'umsatz' (German table row) on 'Datenwerk Rhein GmbH'; +6.6% not typed; with the node name still no_answer (diag)"),  # answer now also lists the new Unisys segment changes (same failure)
"p29-01-q10": ("ASK", "market size", "not_understood: no saved query for a market size; 4,8 Mrd. EUR only in a claim on 'Lündorf Research' (borderline EXTRACTION)"),
"p29-02-q01": ("EXTRACTION", "table/list rows", "Tadawul 'Element List' table (SAR thousands) gives no typed amount: Q3 revenue 412,580 missing; ask found only the rival's 268.4"),
"p29-02-q02": ("EXTRACTION", "company node", "net profit +20.38% typed (no period) on 'Information'; ask resolves 'Al Moammar Information Systems' to the dividend-only node"),
"p29-02-q03": ("EXTRACTION", "table/list rows", "9M revenue 1,187,350 (table) not typed"),
"p29-02-q04": ("EXTRACTION", "company node", "EPS SAR 1.49 typed on 'Information' (no period); ticker 7200 unresolved, answered Addnode's EPS; 'Information' answers 1.49 (diag)"),
"p29-02-q05": ("EXTRACTION", "table/list rows", "previous-quarter column (398,940, +3.42%) not typed"),
"p29-02-q06": ("EXTRACTION", "people", "new CEO Fahad bin Saleh Al-Otaibi (sidebar item) has no Role"),
"p29-02-q08": ("EXTRACTION", "table/list rows", "Q3 gross profit (table row) not typed; only the 9M gross margin 20.8%"),
"p29-02-q09": ("EXTRACTION", "company node", "revenue reason (+15.82%) typed on 'Information'; ask resolves the name to the dividend-only node; 'Information' answers (diag)"),
"p29-03-q01": ("EXTRACTION", "company node", "Unisys (name only in the caps header, body 'the Company') gives no Observation at all; segment table CA&I not typed"),
"p29-03-q03": ("EXTRACTION", "company node", "after: the ECS decline is now typed ('ecs revenue -5%, Q3 2026' on the ECS segment) but no node links it to Unisys ('Unisys' resolves to nothing); ask still routes the question to investments; 'How much did ECS revenue decline in Q3 2026?' answers -5% (asks_diag/d3)"),  # changed
"p29-03-q05": ("EXTRACTION", "company node", "no Unisys node; Europe revenue not typed"),
"p29-03-q06": ("EXTRACTION", "company node", "no Unisys node; 9M revenue 1,407.6 not typed; ask listed other companies' 2026 revenues (after: plus the new DWS / ECS Q3 changes)"),  # changed
"p29-03-q08": ("EXTRACTION", "company node", "CFO Priya Ramaswamy-Hart typed as Role without organization; 'Unisys' resolves to nothing"),
"p29-03-q10": ("EXTRACTION", "company node", "no Unisys node; backlog $2.71bn not typed"),
"p29-04-q02": ("EXTRACTION", "segments", "division table row Design Management 1 196 MSEK not typed (only its +10.4% on the parent); ask misrouted to stakes"),
"p29-04-q03": ("ASK", "period", "'ebita margin 11.1%, Q3 2026' is typed on Addnode; ask prefers Process Management's claims (15.3% / 12.9%), also with 'Q3 2026' (diag)"),
"p29-04-q07": ("ASK", "dividend", "'dividend per share SEK 0.8, 2025' typed; 'is paying for 2025' routed to investments; 'did Addnode pay for 2025' answers (diag)"),
"p29-04-q10": ("ASK", "acquired company", "DealTerm claim 'Kvarnbo Geodata 118 MSEK + at most 30 MSEK' and the purchase price are typed; ask listed Addnode's Q3 figures"),
"p29-05-q01": ("EXTRACTION", "unit (Ps.)", "no Ps. million amount of the release is typed (revenue 14,812.6 missing; only 'revenue -2.8%' on 'Dish México')"),  # answer now also lists the new Unisys segment changes (same failure)
"p29-05-q02": ("EXTRACTION", "company node", "Sky revenue -11.8% typed on 'Dish México'; 'Dish México' in the question answers -11.8% (diag)"),
"p29-05-q03": ("EXTRACTION", "unit (Ps.)", "Cable revenue Ps.11,964.2m not typed (only -0.4% on 'Dish México')"),
"p29-05-q04": ("EXTRACTION", "company node", "capex budget ~US$600m typed on 'Dish México'; 'TV' resolves to nothing; answers with 'Dish México' (diag)"),
"p29-05-q06": ("EXTRACTION", "company node", "OSI margin 37.9% typed on 'Operating'; answers with 'Operating' (diag)"),
"p29-05-q08": ("EXTRACTION", "unit (Ps.)", "izzi empresarial Ps.1,326.5m not typed (only '+7.9%' on 'government customers'/'Dish México')"),
"p29-05-q10": ("EXTRACTION", "segments", "capex split: US$139.2m in Cable not typed (only the US$9.4m Sky Investment, by 'Dish México')"),
"p29-06-q06": ("EXTRACTION", "buyback", "'repurchased $85 million of shares in Q2' not typed"),
"p29-06-q09": ("EXTRACTION", "guidance as Q2 change", "after: the 2-4% is typed, but as 'total recurring revenue +2%, Q2 2026' (an observed Q2 change, range cut; the claim holds 2-4%); 'guidance' finds none; 'Teradata total ARR growth in 2026?' answers '+2% to 4%, Q2 2026' (asks_diag/d6). Baseline kind: measure (ARR)"),  # changed
"p29-07-q05": ("EXTRACTION", "segments", "Synodex row of the markdown table (2.6 / 2.7) not typed"),  # answer now also lists the new Unisys segment changes (same failure)
"p29-07-q07": ("EXTRACTION", "people", "Chief Revenue Officer Dana Oduya-Brennan has no Role"),
"p29-07-q08": ("EXTRACTION", "period", "'Through nine months ... $205.4 million' not typed; ask answered the implied 2026 floor $303m"),
"p29-07-q10": ("EXTRACTION", "table/list rows", "cash row of the markdown table (71.2 / 82.6) not typed"),
"p29-08-q06": ("EXTRACTION", "people", "incoming CFO Agnieszka Rydlewska-Kos has no Role; the outgoing CFO's organization is 'Vice-'"),
"p29-08-q07": ("EXTRACTION", "buyback", "buyback typed as an Investment 'at least PLN 12 million' in 'Company' (cap inverted); ask finds no buyback"),
"p29-08-q08": ("ASK", "segments", "'Spyrosoft revenue +64% year on year, Q2 2026' is typed (AI line's figure on the parent); 'revenue of the AI business line' answers it (diag); borderline EXTRACTION"),
"p29-08-q10": ("ASK", "currency", "no-answer trap (Q3 in EUR): answered with the PLN Q3 revenues"),
}
