# failures_data_after: the 53 FAILs of ../score_after.txt (PASS/FAIL lines identical to score_baseline.txt) asked again on the copy
# /tmp/judge33b-store with /work/fc33merge/.venv/bin/aikg (merge 7ebf84c) -> asks/*.json: every re-ask gave the scored status and
# all 53 answers (and the 12 no-answer answers, asks_noanswer_after/) are byte-identical to the baseline judge's re-asks. The
# classes below are carried from ../judged_baseline/failures_data.py (its header follows) and re-read against exp_after/: the three
# changed exports (02 EPC segment label, 05 value-only geography claims, 06 the extraordinary dividend dated 2025 and whole
# sentences as evidence) touch none of the reasons, so no class, kind or reason changed.
# Failure classes (hand data) for the FAIL lines of /work/firstcontact33/score_baseline.txt, store /tmp/fc33-baseline
# (asks run again on the copy /tmp/judge33-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD. Diagnostic re-phrasings on a second copy /tmp/judge33-diag (diag/*.json, not scored).
# Company nodes: CITIC Telecom is 'Telecom International Holdings' ('CITIC Telecom' resolves to the counterparty node 'CITIC');
# Techno Electric is 'Techno Electric & Engineering' ('Techno Electric' is no alias: 'nothing about Techno Electric' or it lands
# on TDIPL); ASC's issuer node is 'Company Name Automated Systems' (reachable as 'Automated Systems'), but its 6M revenue, the
# officers, the reasons and the credit loss sit on 'Net Profit' (a form row label); ticker RPD is no alias of Rapid7.
# Rule (as judge27-32): company attribution only where the wrong subject alone makes the question fail (checked in diag/ with
# the stored node name); where the fact is missing or mis-typed as well, the missing kind is given. A figure only in a claim is
# EXTRACTION; a typed fact on the right subject with the right measure that ask does not return is ASK (incl. a no-answer
# question answered from a quote or claim).
F = {
"p33-01-q01": ("EXTRACTION", "measure", "offer price JPY 4,150 typed as 'earnings per share'; the 11 Nov close JPY 2,890 typed as 'tender offer price' (ask returns it)"),
"p33-01-q02": ("EXTRACTION", "tender offer terms", "premiums 43.6% / 47.6% / 51.2% / 57.6% not typed, not claimed as premium"),
"p33-01-q03": ("EXTRACTION", "tender offer terms", "offeror KS Holdings GK and fund manager Aozora Ridge: no deal/stake claim, no node link"),
"p33-01-q04": ("EXTRACTION", "table/list rows", "valuation table: only the market-price row typed (as 'market price'); DCF JPY 3,680-4,720 not typed"),
"p33-01-q06": ("EXTRACTION", "segments", "Managed & Cloud Services JPY 16,420m typed as Kanemori group 'net sales' (with SI 34,110); ask lists all three as net sales from claims -> 1,240 chars"),
"p33-01-q07": ("EXTRACTION", "table/list rows", "DCF projection table (FY2027/3-FY2029/3, op. profit 7,260) not typed"),
"p33-01-q08": ("EXTRACTION", "people", "special committee chair Reiko Tsunashima has no Role; ask answers the chairman Takeshi Kanemori"),
"p33-01-q09": ("ASK", "no-answer trap", "'net profit' matches the ASC row node 'Net Profit': answers a KWD credit loss plus Kanemori dividend/shares"),
"p33-01-q10": ("ASK", "no-answer trap", "H1 net income not stated; answered with H1 net sales from a claim"),
"p33-02-q01": ("EXTRACTION", "table/list rows", "Q1 FY27 revenue from operations Rs 712.4 crore typed on a unit node 'Revenue from operations' (table total row); diag: 'Techno Electric & Engineering' finds nothing, the row node answers"),
"p33-02-q03": ("EXTRACTION", "company node", "data-centre FY26 Rs 118.6 crore typed right; 'Techno Electric' is no alias ('nothing about Techno Electric'); diag with the stored name answers"),
"p33-02-q04": ("EXTRACTION", "capacity", "22 MW typed on TDIPL (undated), 44 MW under construction not typed; ask returns the StakeDeal claim"),
"p33-02-q05": ("EXTRACTION", "company node", "TDIPL capex Rs 2,150 crore typed (dated FY2027 only); 'Techno Electric' unresolved; diag with 'Techno Digital Infra Private' answers"),
"p33-02-q06": ("EXTRACTION", "order book", "unexecuted order book Rs 11,240 crore (DC EPC 1,870) not typed"),
"p33-02-q08": ("EXTRACTION", "rumour/denial", "Rs 4,000 crore typed as Techno Electric's own 'valuation' and a StakeDeal 'sell' although the company calls it speculative; no denial fact"),
"p33-02-q09": ("EXTRACTION", "people", "signatory Ranjit Bhowmik (Company Secretary) has no Role (signature block)"),
"p33-03-q01": ("EXTRACTION", "table/list rows", "proposed ICT caps 560/650/750 (HK$m) not typed; also 'CITIC Telecom' resolves to the counterparty 'CITIC'"),
"p33-03-q02": ("EXTRACTION", "table/list rows", "historical amounts 312.6/358.9/341.2 not typed"),
"p33-03-q03": ("EXTRACTION", "table/list rows", "GPU computing caps 180/260/340 not typed"),
"p33-03-q04": ("EXTRACTION", "stake", "CITIC Limited's ~58.0% interest not typed (no stake holder link)"),
"p33-03-q05": ("EXTRACTION", "people", "Feng Jiarui (non-executive director, abstained) has no Role; only chairman and CEO typed"),
"p33-03-q06": ("EXTRACTION", "company node", "FY2025 revenue HK$9,826.4m typed on 'Telecom International Holdings'; diag with that name answers"),
"p33-03-q07": ("EXTRACTION", "company node", "3,072 GPUs / HK$1.4bn typed on 'Telecom International Holdings'; diag with that name answers"),
"p33-03-q08": ("EXTRACTION", "period", "Agreement typed with term 'three years' only; 1 Jan 2027 - 31 Dec 2029 not kept"),
"p33-04-q02": ("EXTRACTION", "company node", "ticker RPD is no alias ('nothing about RPD'); diag with 'Rapid7' answers ARR $852m from a claim (ARR not typed)"),
"p33-04-q05": ("EXTRACTION", "measure", "sale value $30-34 per share typed as 'Rapid7 earnings per share USD 30'"),
"p33-04-q06": ("EXTRACTION", "people", "nominees Priyanka Desai and Tomasz Wrona have no Role / nomination"),
"p33-04-q07": ("ASK", "guidance", "revenue outlook $884-888m 2026 typed on Rapid7; ask reads 'own' as a company ('no figure for own of Rapid7') and gives it only as 'nearest figure'"),
"p33-04-q08": ("EXTRACTION", "peer figure", "Arctic Wolf ARR $1.2bn only in a claim on Rapid7; no Arctic Wolf node"),
"p33-05-q04": ("EXTRACTION", "table/list rows", "P&L row 'Profit for the period' 17,763 +42.6% not typed; ask gives profit to owners 17.1m +42.7%"),
"p33-05-q07": ("EXTRACTION", "dividend", "interim dividend 1.00 Singapore cent (0.75) only value-only claims; ask answers the COO"),
"p33-05-q09": ("ASK", "no-answer trap", "Q2 revenue not given; answered with the half-year totals from a claim"),
"p33-06-q04": ("ASK", "ARR", "ARR USD 128.4m and +14% typed as two Observations; ask returns only the +14% one"),
"p33-06-q06": ("EXTRACTION", "buyback", "buyback authorisation (10% of capital, NOK 10-150 per share, to AGM 2027) not typed"),
"p33-06-q07": ("EXTRACTION", "people", "Birte Nygaard (proposed) and Jens Aune (stepping down) have no Role; ask answers the chair"),
"p33-06-q08": ("EXTRACTION", "dates/events", "EGM 17 Dec 2026 and ex-dividend 18 Dec not typed; ask lists AGM dates"),
"p33-06-q09": ("ASK", "dividend", "dividend per share NOK 1.00 FY2025 typed on Pexip; ask routes to 'investment' (and diag to a node 'Dividend Forecast Kanemori')"),
"p33-06-q10": ("ASK", "no-answer trap", "9M EBITDA not stated; status answered with the Q3 quote ('No fact in the graph states it')"),
"p33-07-q01": ("EXTRACTION", "Czech number format", "ARICOMA report (9 184,3 mil. Kc, decimal commas) typed nothing but one Role without organisation"),
"p33-07-q02": ("EXTRACTION", "Czech number format", "EBITDA margin 11,4 % not typed"),
"p33-07-q03": ("EXTRACTION", "Czech number format", "outlook 18,5-19,0 mld. Kc (prev 18,0-18,5) not typed; ask answers CSE Global"),
"p33-07-q04": ("EXTRACTION", "Czech number format", "cybersecurity segment revenue not typed"),
"p33-07-q05": ("EXTRACTION", "Czech number format", "GPU cluster investment 620 mil. Kc not typed"),
"p33-07-q06": ("EXTRACTION", "Czech number format", "net debt / EBITDA and covenant limit not typed"),
"p33-07-q08": ("EXTRACTION", "people", "CFO Hana Vokurkova has no Role (only 'Ondrej Kalina, chairman' without organisation)"),
"p33-08-q01": ("EXTRACTION", "company node", "6M revenue KWD 7.84m (+13.4%) typed on 'Net Profit'; the issuer node has no revenue (diag)"),
"p33-08-q02": ("EXTRACTION", "table/list rows", "second-quarter table (net profit 301,225) not typed"),
"p33-08-q03": ("EXTRACTION", "table/list rows", "nine-month form table (812,774) not typed; answered with the 6M quote"),
"p33-08-q04": ("EXTRACTION", "table/list rows", "third-quarter table (revenue 3,792,587) not typed"),
"p33-08-q05": ("EXTRACTION", "table/list rows", "9M EPS 8.13 fils not typed"),
"p33-08-q06": ("EXTRACTION", "contract", "government contract KWD 4,380,000 over 3 years not typed (only the KWD 1.46m per-year revenue)"),
"p33-08-q07": ("EXTRACTION", "company node", "CEO Roles (Al-Rashoud incoming, Al-Mutawa) typed on 'Net Profit'; diag with 'Net Profit' answers"),
"p33-08-q08": ("EXTRACTION", "company node", "credit loss KWD 96,400 typed on 'Net Profit'; ask answers CSE Global figures"),
}
