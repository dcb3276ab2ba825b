# failures_data_after: the 45 FAIL lines of ../score_after.txt (the same 45 questions as score_baseline.txt), store /tmp/fc34-after,
# asked again on the copy /tmp/judge34b-store (asks/*.json; every re-ask gave the scored status). Carried from
# ../judged_baseline/failures_data.py and re-read against exp_after/ and the new answers: 44 of the 45 answers are byte-identical
# to the baseline judge's re-asks; 05-q04's differs only in one listed label ('Bittnet buyback price per share' for 'Bittnet
# earnings per share'). No class or kind changed; 05-q07's reason updated (the max price is now typed as 'buyback price per
# share'; asks_diag/ on a second copy /tmp/judge34b-diag).
# --- baseline header follows ---
# Failure classes (hand data) for the FAIL lines of /work/firstcontact34/score_baseline.txt, store /tmp/fc34-baseline
# (asks run again on the copy /tmp/judge34-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge34-diag (diag/*.json, not scored).
# Company nodes: Vodafone Qatar's facts sit on 'Vodafone Qatar P.Q.S.C'; the name 'Vodafone Qatar' resolves to a second node
# 'vodafone-qatar' that holds only the revenue-growth outlook. Genex Infosys' Role, agreement and ~30 claims sit on 'Dhaka Stock
# Exchange' (the feed's publisher); the node 'Genex Infosys' holds nothing. SOUN resolves to SoundHound AI.
# Local currency amounts: 'QR 512 million' (Vodafone Qatar), 'N3.05 billion' / N'000 table (CWG) and 'Tk. 1,284.6 million' /
# 'Tk. 45.00 crore' (Genex) are never typed: QR amounts become Product nodes ('QR 512', 'QR 121'), CWG's forecast table yields no
# claim at all, Genex has no Observation. (ISK, RON, EUR, USD, VND amounts are typed.)
# Rule (as judge27-33): company attribution only where the wrong subject alone makes the question fail (checked in diag/ with
# the stored node name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is
# EXTRACTION; a typed fact on the right subject with the right measure that ask does not return is ASK (incl. a no-answer
# question answered from a quote or claim).
F = {
"p34-01-q03": ("EXTRACTION", "local currency amounts", "AI and cloud revenue QR 121m vs QR 64m: 'QR 121' / 'QR 64' became Product nodes; claim 'QR 121: report in the nine months' has no value; diag with 'Vodafone Qatar P.Q.S.C' still no_answer"),
"p34-01-q06": ("EXTRACTION", "company node", "38% (from 36%) only in a claim on 'Vodafone Qatar P.Q.S.C', no MarketShare; 'Vodafone Qatar' resolves to the second node; diag with the stored name answers 38% from the claim"),
"p34-01-q07": ("EXTRACTION", "local currency amounts", "CFO Rohan Vishwanath is a Role on 'Vodafone Qatar P.Q.S.C' (diag answers the CFO), but net debt QR 1,184m is not typed (claim keeps only '30 September, 0.9'); also company node"),
"p34-01-q08": ("EXTRACTION", "company node", "Role Leila Haddad-Stone, incoming Chief Enterprise Officer since 1 November 2026, on 'Vodafone Qatar P.Q.S.C'; diag with the stored name answers fully"),
"p34-02-q01": ("EXTRACTION", "table/list rows", "key-figures row 'Sales 1,048,612 962,470 +9.0%' became a claim that drops the 9M 2026 value; ask returns the previous EBT estimate typed as 'sales' and ACS Courier's EUR 238.3"),
"p34-02-q02": ("EXTRACTION", "table/list rows", "EBT 58,703 (+13.0%) only in a row claim (no typed fact); ask answers the officers and +6.4%; diag 'Quest Holdings earnings before taxes 9M 2026' answers only the officers"),
"p34-02-q03": ("EXTRACTION", "segments", "activity table (segment -> member companies) not typed, no unitOf; ask quotes the first table line, 'Quest on Line' sits on the wrapped second line"),
"p34-02-q04": ("EXTRACTION", "segments", "ACS Courier EBT 24,115 (activity table) not typed; ACS Courier's prose figures sit in a Claim:Reason on Quest Holdings"),
"p34-02-q10": ("ASK", "no-answer trap", "Uni Systems EBITDA not stated; answered with the group EBITDA table row quote 'EBITDA 84,215 76,540 +10.0%'"),
"p34-03-q01": ("EXTRACTION", "table/list rows", "CWG forecast table (N'000) not typed and no claim: turnover 9,840,500 missing"),
"p34-03-q02": ("EXTRACTION", "table/list rows", "actual Q1 2026 PAT 175,639 (N'000 table column) missing"),
"p34-03-q03": ("EXTRACTION", "table/list rows", "forecast PBT 722,340 (N'000 table) missing"),
"p34-03-q04": ("EXTRACTION", "local currency amounts", "N3.05 billion not typed; only a claim 'CWG Cloud Services: guide 31% (turnover)' and 'CWG: state 22%, Q1 2026'"),
"p34-03-q05": ("EXTRACTION", "local currency amounts", "N1.9 billion fit-out and N6.8 billion 2027 capex not typed (only a claim '1.2 MW')"),
"p34-03-q06": ("EXTRACTION", "local currency amounts", "N1,520/US$ (vs N1,548) not typed; claim 'guide US$1.00, Q1 2026' keeps the wrong side of the rate"),
"p34-03-q07": ("EXTRACTION", "people", "Role Tunde Fashola-Reed chairman of CWG without the start date 1 January 2027 (and not marked incoming)"),
"p34-03-q08": ("EXTRACTION", "people", "'The Managing Director/Chief Executive Officer, Mr. Adebayo Ogunleye, said' - no Role (nor the CFO)"),
"p34-04-q01": ("EXTRACTION", "local currency amounts", "EPS Tk. 0.48 only as a value-only claim 'state 0.48, Q3 2026' on 'Dhaka Stock Exchange'; no Observation for Genex at all; ticker GENEXIL does not help"),
"p34-04-q02": ("EXTRACTION", "local currency amounts", "revenue Tk. 1,284.6m +17.0% only as value-only claims on 'Dhaka Stock Exchange'; diag with that name answers 251.3 (segment prior year)"),
"p34-04-q03": ("EXTRACTION", "local currency amounts", "Genex Digital Tk. 402.7m only as a value-only claim on 'Dhaka Stock Exchange'"),
"p34-04-q04": ("EXTRACTION", "local currency amounts", "Tk. 45.00 crore / Tk. 25.00 crore loan: value-only claims ('Genex Digital: state 45.00', 'DSE: state 25.00'), no Investment"),
"p34-04-q05": ("EXTRACTION", "dividend", "10% cash + 5% stock dividend typed in a claim on the row node 'News' as '(share price)'; no dividend fact on Genex"),
"p34-04-q06": ("EXTRACTION", "local currency amounts", "contract Tk. 96.00 crore, 3 years: Claim:Agreement on 'Dhaka Stock Exchange' without value or term; '96.00' value-only claim"),
"p34-04-q07": ("EXTRACTION", "company node", "Role Rezaul Karim Chowdhury CTO since 15 Oct 2026 on 'Dhaka Stock Exchange'; diag with that name answers"),
"p34-04-q08": ("EXTRACTION", "people", "'The Managing Director & CEO of the Company, Ms. Farhana Siddiqua, signed' - no Role"),
"p34-04-q09": ("EXTRACTION", "local currency amounts", "FY revenue Tk. 4,716.4m only as a value-only claim on 'Dhaka Stock Exchange'"),
"p34-05-q04": ("EXTRACTION", "stake", "60% only in a claim 'partner 1 December 2026, 60% (share price)'; no StakeDeal; ask lists every Bittnet figure incl. RON 18.5m but not 60% (the list now says 'buyback price per share' for RON 0.45)"),
"p34-05-q05": ("EXTRACTION", "deal terms", "RON 11.0m cash / RON 7.5m shares only in a claim, both as 'total price'; Observation 'Bittnet total price RON 18.5m' is on the buyer, not Nordlogic"),
"p34-05-q07": ("EXTRACTION", "buyback", "4,000,000 shares still only in a claim on 'Nordlogic Cloud' ('employ up to 4,000,000'); the max price RON 0.45 is now typed right as Bittnet 'buyback price per share' 2027 (was 'earnings per share') and a price-only question returns it (asks_diag/p34-05-q07-price), but the two-part question answers 'Bittnet total price RON 18.5m' + 'not stated: how many shares'"),
"p34-05-q09": ("ASK", "no-answer trap", "Nordlogic net profit not stated; answered with the Bittnet budget-table quote 'Net profit 7,500 4,100 2,870'"),
"p34-05-q10": ("ASK", "no-answer trap", "Education 2025 revenue not stated; answered from claims, including RON 130.5m (Technology Integration's 9M revenue mis-claimed on Education) and the 9M / 2027 figures"),
"p34-06-q01": ("EXTRACTION", "peer figure", "rival Vocantis' $52m typed as SoundHound revenue Q3 2026; ask returns it beside $71.4m (must_not '52')"),
"p34-06-q02": ("ASK", "guidance", "typed guidance $265-275m and previous $250-265m on SoundHound AI; the question's first word 'New' is taken as the subject ('the documents name New'); diag: 'SOUN's 2026 revenue guidance' and a plain re-phrasing answer"),
"p34-06-q05": ("EXTRACTION", "breakeven target", "'adjusted EBITDA breakeven as we exit 2027' (previously end of 2026) not typed, no claim"),
"p34-06-q09": ("EXTRACTION", "speaker as subject", "capex ~$38m for 2026 only in a claim on the person node 'Meredith Szabo' (the CFO who said it)"),
"p34-07-q01": ("EXTRACTION", "peer figure", "rival Sýn's Q3 revenue ISK 6,214m typed as Síminn revenue Q3 2026; ask returns it beside 7,102 (must_not '6,214')"),
"p34-07-q02": ("EXTRACTION", "measure", "EBITDA ratio 32.6% only in a claim 'state 32.6% (ebitda)'; EBITDA ISK 2,318m typed"),
"p34-07-q04": ("EXTRACTION", "table/list rows", "'Síminn Pay and other' row 545 / 445 / 22.5% only as a value-only claim on 'Síminn Pay'; no Observation"),
"p34-08-q01": ("EXTRACTION", "table/list rows", "Q2 table 'Net revenue 268.415.220.604' (dot thousands) only in a row claim; ask returns the Phase 1 revenue 96,4 bn"),
"p34-08-q02": ("EXTRACTION", "period", "Q3 PAT 9,1 bn -36,3% typed on ITD but without period (letter's 'Quarter 3/2026' not attached); ask finds nothing for Q3/2026"),
"p34-08-q03": ("EXTRACTION", "measure", "9M net revenue 702,3 bn typed with measure 'dong', unit count ('X billion dong' without a measure word before it)"),
"p34-08-q04": ("EXTRACTION", "measure", "2026 plan: revenue 1.050 bn typed as measure 'dong', PAT 52 bn as actual 'profit after tax' 2026; no Target"),
"p34-08-q05": ("EXTRACTION", "people", "General Director Trần Thu Hà (appointed from 1 Oct 2026 by resolution; signatory of 08b) has no Role"),
"p34-08-q06": ("EXTRACTION", "people", "Chairman Nguyễn Minh Khôi (elected, from 1 Oct 2026) has no Role; the management change became a fragment Claim:Reason"),
"p34-08-q07": ("EXTRACTION", "measure", "ITD Smart Mobility Q2 revenue 58,1 bn typed with measure 'dong' (undated); 65% only in a claim; ask returns the undated Q3 2025 29,8 bn"),
}
