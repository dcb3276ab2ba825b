# Failure classes (hand data) for the FAIL lines of /work/firstcontact32/score_baseline.txt, store /tmp/fc32-baseline
# (asks run again on the copy /tmp/judge32-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge32-diag (diag/*.json, not scored).
# Company nodes: du / EITC has no node - its facts sit on 'Disclosures' (page-title word); 'du', 'DU', 'EITC' and the full legal
# name do not resolve (04-q02/q08 answer other companies). Emtek's facts sit on 'PT ELANG MAHKOTA TEKNOLOGI Tbk'; 'Emtek' does
# not resolve ("nothing about Emtek") and 'Elang Mahkota Teknologi' resolves to a second, claims-only node. Tickers MTEC, GTK,
# AVN, EMTK are not aliases. Octopus Digital's PAT sits on a fragment node 'Octopus Digital Limited (PSX'.
# Rule (as judge27-31): company attribution only where the wrong subject alone makes the question fail (checked in diag/ with
# the stored node name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is
# EXTRACTION; a typed fact on the right subject with the right measure that ask does not return is ASK (incl. a no-answer
# question answered from a quote or claim).
F = {
"p32-01-q04": ("ASK", "guidance", "Claim:GuidanceChange raise 14-16% (previous 10-12%) on Humanica is typed; ask returns only the Observation 14-16%"),
"p32-01-q08": ("EXTRACTION", "peer figure", "BOL's Q3 revenue THB 268.0m only in a claim about Humanica; no Business Online node with a figure"),
"p32-02-q03": ("EXTRACTION", "guidance", "EBT-margin guidance change 25-30% (prev 20-25%) typed with measure 'revenue'; ask finds no margin guidance"),
"p32-02-q05": ("EXTRACTION", "people", "Jens-Uwe Haberland (CCO DACH from 1 Sep 2026, ex-Governikus) has no Role"),
"p32-02-q07": ("EXTRACTION", "buyback", "DKK 12.2m bought back typed as a bare 'Investment DKK 12.2 million' (no buyback link); ask returns the 30m programme only"),
"p32-03-q01": ("EXTRACTION", "table/list rows", "PSX P&L table (Rupees in '000: 3,486,214) not typed, not claimed"),
"p32-03-q02": ("EXTRACTION", "table/list rows", "'Owners of the Holding Company 1,362,884' row not typed; ticker AVN not an alias (ask answers Humanica)"),
"p32-03-q03": ("EXTRACTION", "dividend", "interim cash dividend Rs 1.00 (10%) of item (i) not typed (nor the earlier Rs 0.75); ask answers the officers"),
"p32-03-q04": ("EXTRACTION", "segments", "annexure segment list (Middle East 5,248,981 Rupees '000) not typed"),
"p32-03-q05": ("EXTRACTION", "company node", "PAT Rs 148.9m typed on a fragment node 'Octopus Digital Limited (PSX' (revenue on 'Octopus Digital'); with that name it answers (diag)"),
"p32-03-q08": ("EXTRACTION", "table/list rows", "EPS row 1.38 (Rupees) not typed"),
"p32-04-q02": ("EXTRACTION", "segments", "business-line row 'du Tech (ICT, cloud & AI services) 412 / 318 / 29.6%' is the only row not typed (Mobile, Fixed, Other are); no du node either"),
"p32-04-q03": ("EXTRACTION", "company node", "margin 45.1% Q3 typed on 'Disclosures'; the legal name does not resolve; with 'Disclosures' it answers (diag)"),
"p32-04-q04": ("EXTRACTION", "guidance", "guidance table: 6-7% typed as a Q3 2026 revenue change on 'Disclosures', previous 4-5% not typed, no GuidanceChange"),
"p32-04-q05": ("EXTRACTION", "investment", "AED 2.1bn typed as 'total capital expenditure' 2026-2028 on 'Disclosures' (not an Investment), 40 MW phase one not typed; ask lists other companies' investments"),
"p32-04-q06": ("EXTRACTION", "people", "Mariam Al Shamsi (CTIO from 1 Nov 2026) has no Role"),
"p32-04-q07": ("EXTRACTION", "market share", "37.5% share of UAE mobile subscriptions not typed (ask looks for 'Mobile')"),
"p32-04-q08": ("EXTRACTION", "period", "9M net profit after royalty AED 2,318m (+15.3%) dated Q3 2026 on 'Disclosures'; 'du' unresolved, ask answers Gentrack"),
"p32-04-q09": ("EXTRACTION", "company node", "dividend per share AED 0.18 H1 2026 typed on 'Disclosures'; 'du' unresolved (with 'Disclosures' ask routes to investments, diag; borderline ASK)"),
"p32-04-q10": ("EXTRACTION", "company node", "no-answer trap: 'du' unresolved, ask answers Humanica's THB 0.12 dividend; with 'Disclosures' it holds (diag)"),
"p32-05-q02": ("EXTRACTION", "measure", "organic (constant-scope) growth 5,3 % not typed; ask returns the reported +7.1%"),
"p32-05-q09": ("ASK", "no-answer trap", "no operating profit in a revenue-only release; ask answers with the quote of the unchanged ~10% margin target"),
"p32-05-q10": ("ASK", "no-answer trap", "price not disclosed; ask answers from a claim (Kerlo's contribution EUR 3,5 M)"),
"p32-06-q02": ("EXTRACTION", "company node", "ticker MTEC not an alias; with 'Made Tech' ask returns 'adjusted ebitda outlook at least GBP 1.9m' (diag; no period)"),
"p32-06-q04": ("EXTRACTION", "estimates/consensus", "consensus not typed as consensus: 48.6 as FY27 'revenue', 4.1 and the revenue range 47-50 as 'adjusted ebitda', the EBITDA range 3.8-4.4 as 'revenue'; ask returns the EBITDA figures only"),
"p32-06-q05": ("EXTRACTION", "segments", "revenue-by-sector list (central government GBP 15.2m) not typed"),
"p32-06-q09": ("ASK", "people", "Role Debra Amadi CFO of Made Tech Group is typed; ask answers 'no competitors' (and with 'chief financial officer' only a quote, diag)"),
"p32-07-q02": ("EXTRACTION", "measure", "net profit Rp1,021bn +38.7% only in a Claim:Reason without measure, predicate 'decline', dated 9M25; with the stored name still no_answer (diag)"),
"p32-07-q03": ("EXTRACTION", "segments", "segment list (Media: SCTV, Indosiar, Vidio 4,918) not typed; 'Emtek' unresolved"),
"p32-07-q04": ("EXTRACTION", "segments", "data-centre contribution Rp433bn only in a value-only claim 'include'; 'Emtek' unresolved"),
"p32-07-q05": ("EXTRACTION", "investment", "capex 2.5tn typed, Cikarang 1.1tn only in a claim; with the stored name ask gives 2.5tn and 'not stated' for 1.1 (diag)"),
"p32-07-q07": ("EXTRACTION", "company node", "Restriction on 'PT ELANG MAHKOTA TEKNOLOGI Tbk'; the question's name resolves to a second claims-only node 'Elang Mahkota Teknologi'; with the PT name it answers (diag)"),
"p32-07-q08": ("EXTRACTION", "people", "the four company representatives (President Director Hendra Wijayakusuma ...) have no Role"),
"p32-08-q02": ("EXTRACTION", "fiscal half", "H1 FY26 net profit $6.8m / form row $6,842 (000s) typed without period; ask finds nothing for six months to 31 March 2026"),
"p32-08-q04": ("EXTRACTION", "guidance", "new FY26 revenue guidance $280-288m typed as 'revenue' dated Q3 FY2026; ask returns the old 265-275 outlook (08a)"),
"p32-08-q05": ("EXTRACTION", "company node", "ticker GTK not an alias; with 'Gentrack' ask returns Q3 FY2026 revenue $68.9m (diag)"),
"p32-08-q06": ("EXTRACTION", "people", "Tomasz Wielgosz-Reid (CFO from 1 Oct 2026) has no Role; ask answers the outgoing Aileen Ngata"),
"p32-08-q10": ("EXTRACTION", "period", "no-answer trap answered: FY26 EBITDA guidance $36-40m typed as EBITDA dated Q3 FY2026"),
}
