# Failure classes (hand data) for the FAIL lines of /work/firstcontact28/score_after.txt (39; the baseline's 40 less p28-08-q02,
# which now passes), store /tmp/fc28-after, aikg /work/fc28merge/.venv/bin/aikg (merge ddad891); asks run again on the copy
# /tmp/judge28b-store (asks/*.json; every re-ask gave the scored status, and 38 of the 39 answers are word for word the baseline's
# re-ask - p28-08-q07 changed from the placement to a decline). Carried from ../judged_baseline/failures_data.py and checked
# against exp_after/: no class or kind changed; reasons whose store or answer details moved are marked '# changed'.
# Baseline header:
# Failure classes (hand data) for the FAIL lines of /work/firstcontact28/score_baseline.txt, store /tmp/fc28-base
# (asks run again on the copy /tmp/judge28-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Auras has no node - its filing became 'Monthly Revenue' (MOPS page title); Commvault has no node - the proxy
# became 'Ferrante' (the CEO's surname); Dynatrace is only a Product node (with 'Dynatrace FQ2' and 'FQ3'), so the chat log
# gives no figure at all; Fourth Paradigm's node is 'Beijing Fourth Paradigm Technology' with altLabel 'Beijing' and no
# 'Fourth Paradigm' name - every question that says 'Fourth Paradigm' gets "the documents name Fourth Paradigm, but none of
# their sentences states what is asked"; asked with the full name, q03 / q05 / q10 answer (from claims) - counted 'company node'
# (EXTRACTION: the short name is not stored, 'Beijing' is; borderline ASK, the short name is part of the label).
# Rule (as judge27): company attribution only where the wrong subject alone makes the question fail; where the fact is missing
# or mis-typed as well, the missing kind is given. A figure only in a claim is EXTRACTION; a typed fact on the right subject with
# the right measure that ask does not return is ASK (incl. a no-answer question answered).
# Kinds: company node, unit (억원), table/list rows, chat log, period, measure, people, segments, investment, peer group,
# event date, language (Portuguese), acquired company, counterparty.
F = {
"p28-01-q01": ("EXTRACTION", "unit (억원)", "revenue 1,142억원 is not typed (no 억원 amount is); only the claim 'report 1,142, KRW 114.2 billion (revenue)' - 'consolidated revenue in the third quarter of 2026' answers from it, '3Q26 revnue' does not"),
"p28-01-q02": ("EXTRACTION", "unit (억원)", "Cloud 53.6% share typed (returned), 612억원 not typed; after: the row's claim is now about the Cloud segment (baseline 'Amaranth 10') but ask does not use it ('What was Douzone Bizon's cloud revenue in Q3 2026?': no figure)"),  # changed
"p28-01-q04": ("EXTRACTION", "investment", "Investment KRW 120 billion has no target (data center) and is dated 2026, not through 2028; ask finds no investment for 'Chuncheon' / 'AI data center'"),
"p28-01-q05": ("ASK", "people", "Role 'Ryu Tae-kyung chief ai officer of Douzone Bizon' is typed; ask reads 'Chief AI Officer' as 'Chief Officer' (\"say nothing about Chief Officer\"); 'Douzone Bizon's CAIO' answers it"),
"p28-02-q03": ("EXTRACTION", "table/list rows", "cumulative Jan-Oct NT$23,418,760 thousand / +35.86% (revenue table rows) not typed - only value-only claims on 'Monthly Revenue'; ask listed other companies' October growth"),
"p28-02-q06": ("EXTRACTION", "company node", "Q3 revenue NT$7,402,111 thousand typed on 'Monthly Revenue' (label 'July-September', no dates); ask: 'name Auras, but none of their sentences states it'"),
"p28-02-q10": ("EXTRACTION", "table/list rows", "'Change from last month 6.86%' and September NT$2,511,902 thousand only value-only claims on 'Monthly Revenue'"),
"p28-03-q01": ("EXTRACTION", "people", "Anjali Sethuraman is a Person node without Role (CFO since July 7, 2025 lost); Roles sit on 'Ferrante'"),
"p28-03-q02": ("EXTRACTION", "company node", "total revenue $1,186.4m FY2026 typed right but on 'Ferrante'; 'Ferrante total revenue fiscal 2026' answers it"),
"p28-03-q03": ("EXTRACTION", "table/list rows", "ARR $1,117m typed on 'Ferrante' (as 'recurring revenue'); the bonus-plan target $1,080M (table row) only in the value-only claim '$1,020M, $1,080M, $1,140M, $1,117M'; ask returned Targets (BrainChip's 5.5m, Ferrante's $1m bonus)"),
"p28-03-q06": ("EXTRACTION", "peer group", "Rubrik added / SolarWinds removed: no fact or claim; 'Peer Group' became a Company node"),
"p28-03-q07": ("EXTRACTION", "measure", "SaaS ARR $318m +61% only in the claim 'Ferrante: state $318 million, 61%' (measure lost, wrong node)"),
"p28-04-q01": ("EXTRACTION", "period", "expected revenue RMB3,380-3,460m typed without the 1H 2026 period (claim dated 1H 2025); with the full name 'first half of 2026' still no_answer"),
"p28-04-q02": ("EXTRACTION", "period", "1H 2025 revenue RMB2,629.5m only in the revenue claim (not typed); not found with the full name either"),
"p28-04-q03": ("EXTRACTION", "company node", "'6682.HK' / 'Fourth Paradigm' not names of the node; the full name answers RMB45-65m (from the claim)"),
"p28-04-q04": ("EXTRACTION", "measure", "adjusted net profit RMB168-192m only in a claim with measure 'excluding share-based compensation expenses'; no_answer with the full name"),
"p28-04-q05": ("EXTRACTION", "company node", "'Fourth Paradigm' does not resolve; the full name answers '>65%' from the Reason claim (the typed 65% sits on the parent with a sentence-piece measure)"),
"p28-04-q06": ("EXTRACTION", "investment", "GPU lease only as the claim 'partner 18 July 2026, three years, exceeding RMB410 million' (cap inverted); no Investment / contract; full name: 'no investment'"),
"p28-04-q07": ("EXTRACTION", "people", "Tang Weiming (signature and board list) is not a Person node; no Role"),
"p28-04-q08": ("EXTRACTION", "event date", "interim results date only as the claim 'guide 27 August 2026' without what is published; full name returns the revenue figures"),
"p28-04-q10": ("EXTRACTION", "company node", "net loss RMB87.3m typed (no period) on 'Beijing Fourth Paradigm Technology'; the full name answers it"),
"p28-05-q02": ("EXTRACTION", "segments", "IMG $86,230 / AMG $52,182 typed on Enghouse as measures 'img revenue' / 'amg revenue' dated calendar 2025 (AMG's prior-year 47,489 as 'img revenue'); the IMG / AMG Company nodes hold nothing"),
"p28-05-q04": ("EXTRACTION", "table/list rows", "eight-quarter table (Apr 30, 2026: 129,055) gives no fact and no claim"),
"p28-05-q05": ("EXTRACTION", "measure", "28.1% of revenue only in the adjusted-EBITDA claim; ask returned the $38,911 amount"),
"p28-05-q10": ("ASK", "acquired company", "no-answer trap: Larkspur's last-year revenue is not stated; ask answered Enghouse's revenue lines for 'Larkspur Telematics'"),
"p28-06-q01": ("ASK", "language (Portuguese)", "net revenue R$178.5m Q3 2026 typed right; '3T26 receita líquida' not understood ('states nothing about Bemobi Mobile Tech that answers')"),
"p28-06-q03": ("ASK", "segments", "Digital Payments R$98.214m Q3 2026 typed on the segment (unitOf Bemobi); ask returned Bemobi's group lines (the 3T25 70,330 is also dated Q3 2026 on the segment; the 39.6% growth not typed)"),
"p28-07-q01": ("EXTRACTION", "chat log", "Dynatrace is only a Product node; the chat log gives no Observation (total rev $552.3M) - only 'Dynatrace FQ2: state Sep 30, 532, 543'"),
"p28-07-q02": ("EXTRACTION", "chat log", "ARR $2.21bn +16% not typed, no claim"),
"p28-07-q03": ("EXTRACTION", "chat log", "FY27 revenue guide $2.185-2.200bn (prev 2.155-2.170) not typed; ask answered Bemobi's guidance raise"),
"p28-07-q04": ("EXTRACTION", "chat log", "non-GAAP EPS $0.46 vs $0.42 consensus not typed"),
"p28-07-q05": ("EXTRACTION", "chat log", "FQ3 revenue guide $560-565M only in the claim 'FQ3: state $560-565M, $562M' on a Product node 'FQ3'"),
"p28-07-q06": ("EXTRACTION", "chat log", "new $750M buyback authorization not typed, no claim"),
"p28-07-q08": ("EXTRACTION", "chat log", "512 customers over $1M ARR not typed, no claim"),
"p28-08-q03": ("EXTRACTION", "measure", "A$25.0m typed as 'million new share price'; the A$0.17 issue price only in a claim; ask returned 25 without 0.17"),
"p28-08-q04": ("EXTRACTION", "people", "Olusegun Adeyemi-Brandt (chair from 1 Oct 2026) and Helena Marchbank are not Person nodes; no Role"),
"p28-08-q05": ("EXTRACTION", "measure", "5.5 quarters of funding only value-only in the claim 'state 30 September 2026, US$28.65 million, 5.5 quarters'"),
"p28-08-q07": ("EXTRACTION", "table/list rows", "4C year-to-date column (item 1.9: (16,844)) gives no fact and no claim; after: ask now declines ('no cash for BrainChip Holdings for the period asked (nine months to September 2026)') instead of returning the placement - scored 'no_answer' instead of 'missing'"),  # changed
"p28-08-q08": ("ASK", "counterparty", "'licence fee US$1.2m' typed on BrainChip; ask took Corvelle Automotive as the subject ('no figure for Corvelle Automotive of BrainChip Holdings') - borderline EXTRACTION (the licensee is not linked)"),
}
