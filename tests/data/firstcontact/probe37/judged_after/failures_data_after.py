# failures_data_after: the 33 FAIL lines of /tmp/m37a-probe37.score (the baseline's 34 minus p37-04-q06, which now PASSES), store
# /tmp/m37a-probe37-frozen, asked again on the copy /tmp/judge37b-store with aikg PYTHONPATH=/work/m37a/src (d4c4f453; asks/*.json;
# every re-ask gave the scored status, ask_fails.log). The store holds the baseline's typed facts and claims unchanged (only the
# kg:extractor string differs), so every classification is re-read against the same exports. 32 of the 33 answers are
# byte-identical to the baseline judge's re-asks (../judged_baseline/asks/); the 33rd, 07-q07, changed on the ask side: the
# baseline said no_answer, now ask answers 'No fact in the graph states it; the documents say: ...' with the application sentence
# (160 MW campus, four phases) - a quote that holds no date. The decision date 19/11/2026 is still neither typed nor claimed:
# EXTRACTION 'form fields' stays, reason updated.
# The new pass 04-q06 ('What is Shelly Group's revenue outlook for 2026?') comes from the same ask-side text fallback: the answer
# quotes 'For 2026 the Group, now reporting in euro, expects revenue of EUR 260-280 million and EBITDA of EUR 62-68 million.'
# (basis 'text'); the typed Target still sits on 'Shelly USA' (asks_diag/). A right answer, but not from the graph.
# --- baseline header follows ---
# Failure classes (hand data) for the FAIL lines of /tmp/fb37-probe37.score, store /tmp/fb37-probe37-frozen
# (asks run again on the copy /tmp/judge37-store, asks/*.json; every re-ask gave the scored status, ask_fails.log).
# id: (cause, kind, reason). cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge37-diag
# (diag/*.json, diag/questions.txt, diag/run_diag.sh, diag/diag.log; not scored).
# Company nodes: Shelly (04) - the group's figures, outlook and management sit on 'Shelly USA' (altLabels 'Shelly', 'Shelly USA
# Inc.'); 'Shelly Group' holds only the 2024 dividend (diag: 'Shelly USA' answers the EBITDA margin, the 2026 outlook and the CFO;
# 'Shelly USA revenue 2025' stays no_answer - the key-figure rows are undated, 'Shelly USA revenue' without a year gives 412,386).
# Kinds: 'table rows' = a multi-column table row not typed, or typed without its column's period / the % column only in a claim
# (ANY's 1-9 table, Shelly's key figures and product-line table); 'local currency amounts' = a local / translated currency figure
# only as a value-only claim (Econet's US$ equivalent and ZWG/US$ rate, dLocal's R$ 61bn); 'capacity' = MW / PFLOPS figures only
# in claims; 'project phases' = phase-1 cost / date only in claims; 'permit conditions' = Solaria's conditions (a)-(e) (water cap
# typed as measure 'm³', PUE value-only); 'form fields' = the file-data table of the planning page ('Date of decision');
# 'question routing' = ask sends the question to the wrong category or subject (launch / launches / 'PPA') although the typed
# fact exists.
# Rule (as judge27-36): company node only where the wrong subject alone makes the question fail (checked in diag/ with the stored
# name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed
# fact on the right subject that ask does not return is ASK (incl. a no-answer question answered from a quote, a claim or an
# unrelated fact).
F = {
"p37-01-q03": ("EXTRACTION", "table rows", "9M net sales HUF 41 268m: the 1-9/2026 table row gives only a '+11,8%' claim, no amount; the Hungarian name 'ANY Biztonsági Nyomda' is no altLabel either"),
"p37-01-q06": ("EXTRACTION", "capacity", "0,8 MW IT load only in a claim 'state 0,8 MW (capacity)'; the HUF 1,2bn Investment is typed but not returned either (diag: quote only)"),
"p37-02-q02": ("ASK", "question routing", "Role Catalina Restrepo Uribe president since 1 January 2027 is typed; ask routes 'take office' to launches ('no launch for Celsia'), also with her name (diag)"),
"p37-02-q03": ("EXTRACTION", "people", "new CFO Julián Mejía Toro (from 1 Jan 2027): no Role, no Person node"),
"p37-02-q07": ("ASK", "question routing", "Claim:Agreement (15-year, 120 MW) typed on Celsia; ask routes to 'launches or expansions'; diag 'What power purchase agreement did Celsia sign?' answers from the claims"),
"p37-02-q08": ("ASK", "question routing", "Investment 'USD 5.3' on Celsia (itself a wrong value: $5,3 billones COP) is typed; ask takes 'PPA' as the subject; diag without 'after the PPA' answers 'USD 5.3'"),
"p37-03-q01": ("EXTRACTION", "local currency amounts", "US$251.2m only in a value-only claim 'state US$251.2 million, US$262 million'; typed revenue only in ZWG"),
"p37-03-q03": ("EXTRACTION", "local currency amounts", "exchange rate ZWG 27.23 per US$ only a value-only claim; ask answers the ZWG revenues"),
"p37-03-q04": ("EXTRACTION", "measure", "41.3% inflation-adjusted EBITDA margin only in claims (one on the node 'IR'); typed is the historical-cost 44.0% as plain 'margin', which ask returns"),
"p37-03-q06": ("EXTRACTION", "project phases", "US$21m to EcoHub phase one only a value-only claim on a node 'EcoHub Tier III'; the US$110m capex guidance is a claim on the node 'IR'"),
"p37-03-q10": ("ASK", "no-answer trap", "answered the total EcoHub cost with the unrelated 'about US$48 million' (radio network) claim"),
"p37-04-q01": ("EXTRACTION", "table rows", "group revenue typed on 'Shelly USA', undated and unscaled (412386, no unit); diag 'Shelly USA revenue 2025' still no_answer, without the year it gives 412,386"),
"p37-04-q02": ("EXTRACTION", "company node", "EBITDA margin 23.9% on 'Shelly USA' (undated typed, claim); diag 'Shelly USA' answers 23.9 %"),
"p37-04-q04": ("EXTRACTION", "table rows", "Cloud and subscriptions +90.7%: only in the segment's row claim; typed rows carry no change"),
"p37-04-q05": ("EXTRACTION", "measure", "11.3m connected devices only in a claim on 'Shelly Cloud' without measure, dated 2024; ask looks under the segment 'Devices'"),
"p37-04-q08": ("EXTRACTION", "company node", "Role Svetlina Koleva CFO of 'Shelly USA'; diag 'Shelly USA' answers it"),
"p37-05-q05": ("EXTRACTION", "AI model", "AI engine Halcón: no AIModel / Product node, no claim"),
"p37-05-q07": ("EXTRACTION", "guidance", "Claim:GuidanceChange raise 2026 (35 / 40, from 25 / 30) carries no measure - TPV lost; ask finds nothing about 'TPV'"),
"p37-05-q08": ("EXTRACTION", "measure", "610 employees in Uruguay only a measure-less value in the claim 'employ 610, 1,340'; typed 'employees work' 1,340 returned"),
"p37-05-q09": ("EXTRACTION", "local currency amounts", "R$ 61bn Brazil volume only a value-only claim (no measure, no Brazil); ask returns the group TPV"),
"p37-06-q05": ("EXTRACTION", "period", "RMB 612m typed on Sinnet but labelled 'Q3' (first three quarters); diag with '9M' stays no_answer, without a period answers 612m"),
"p37-06-q06": ("EXTRACTION", "capacity", "3,500 PFLOPS only a claim on a node 'FP16' (the precision label); ask routes to investment"),
"p37-06-q10": ("ASK", "no-answer trap", "answered Shanghai's cabinets with the group total ~68,000 and the Horinger 30,000 (mis-typed as Sinnet 'cabinets')"),
"p37-07-q01": ("EXTRACTION", "capacity", "160 MW total IT capacity only in a claim 'state 160 MW (capacity), 40 MW'"),
"p37-07-q03": ("EXTRACTION", "project phases", "Phase 1 EUR 310m and H2 2028 only in claims (value-only amount; 'launch' date claim); the EUR 1.23bn Investment is the total"),
"p37-07-q05": ("EXTRACTION", "permit conditions", "water cap 90.000 m³ typed as measure 'm³' unit count; ask routes to launches"),
"p37-07-q06": ("EXTRACTION", "permit conditions", "PUE 1,20 only a value-only claim 'state 1,20'"),
"p37-07-q07": ("EXTRACTION", "form fields", "'Date of decision 19/11/2026' (file-data table) gave no fact or claim; after: ask no longer says no_answer but quotes the application sentence (160 MW campus in four phases, no date) - still wrong"),
"p37-07-q08": ("EXTRACTION", "measure", "85 permanent jobs only in a claim (unit 'permanent jobs once'); the typed 'jobs' is the 350 construction jobs"),
"p37-07-q10": ("ASK", "no-answer trap", "answered H1 2025 revenue with a quote of the FY2025 / H1 2026 sentence"),
"p37-08-q03": ("EXTRACTION", "reason", "omitted deferred tax charge 4,6 MMAD typed as an Observation, but no Claim:Reason for the restatement"),
"p37-08-q04": ("ASK", "segments", "Processing 219,5 MMAD H1 2026 typed on HPS as measure 'processing'; ask answers group revenue; diag 'HPS processing H1 2026' answers 219.5"),
"p37-08-q10": ("ASK", "no-answer trap", "answered Q2 2026 revenue with the undated claim of the erroneous 621,4 MMAD (published H1 figure)"),
}
