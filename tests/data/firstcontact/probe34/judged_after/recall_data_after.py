# recall_data_after: the baseline's 90 lookups (../judged_baseline/recall_data.py) re-checked against exp_after/ (store /tmp/fc34-after,
# copy /tmp/judge34b-store, aikg /work/fc34merge/.venv/bin/aikg, extractor aikg-rules-27-s31m). The two gold articles' exports
# (02_questholdings_athex_9m, 06_soundhound_call_qa) are byte-identical to the baseline's exp_all/ but for the extractor string
# (typed facts and plain claims alike), so every lookup, status and claim mark stands; no status changed. (The only typed fact the
# merge changed is in 05 Bittnet, not a gold article.)
# Gold-fact lookups (hand data), store /tmp/fc34-baseline (copy /tmp/judge34-store), baseline aikg /work/fc34base.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30-33: value-only claims and claims on
# the wrong subject do not count; a claim whose period contradicts the gold line does not count (a prior-year table value inside a
# claim dated 9M 2026 does not count); a gold line with a parenthesised prior/previous value counts correct only if both are typed
# (partly typed = stored wrongly); a typed '€ X m' amount stored as EUR X (scale lost) = stored wrongly; a claim's valueText '€ X'
# is accepted as stating the figure.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Quest Holdings: right node 'Quest Holdings'; of the key-figures table nothing is typed - each row became a plain "
              "claim that keeps the prior-year value and the change but drops the first (9M 2026) value for Sales (1,048,612) and "
              "EBITDA (84,215); the segment table (sales/EBT by activity, member companies) is not typed at all, no unitOf "
              "statement; the '€ X m' prose amounts lose the million scale (Q3 sales EUR 352.4, capex EUR 31.4, backlog 468 / 212 / "
              "97); subsidiaries' figures sit on the parent (Uni Systems' backlog 468, ACS Courier's sales, EBT margin, parcel "
              "volumes, Commercial activities' +6.4%); the previous EBT estimate is typed as 'sales'. CEO, CFO, dividend, sales "
              "guidance and the net-cash reason are right. SoundHound: right node; officers, Q3 revenue, both guidance ranges, "
              "backlog, the CRO and the export rule right; the revenue mix, margins, capex, cash, employees, breakeven target are "
              "untyped (margins/capex/employees only in claims on the CFO/CEO person nodes); Vocantis' $52m revenue and 30% pricing "
              "are typed on SoundHound; the adjusted EBITDA loss is typed as 'loss'.")
R = {
"02_questholdings_athex_9m.txt": [
('Quest Holdings | announcement date | 26 November 2026', M, False, ''),
('Quest Holdings | stock exchange / ticker | Athens Exchange, QUEST', M, False, ''),
('Quest Holdings | location | Kallithea, Attica', M, False, ''),
('Quest Holdings | sales | 1,048,612 | 9M 2026', M, False, 'the row claim drops the 9M 2026 value'),
('Quest Holdings | sales | 962,470 | 9M 2025', M, False, 'only inside a claim dated 9M 2026'),
('Quest Holdings | sales growth | +9.0% | 9M 2026', M, True, "claim 'report 962,470, 9.0% (sales)'"),
('Quest Holdings | gross profit | 163,584 (+9.7%) | 9M 2026', M, True, 'row claim'),
('Quest Holdings | gross profit | 149,183 | 9M 2025', M, False, 'inside the 9M 2026 claim'),
('Quest Holdings | EBITDA | 84,215 (+10.0%) | 9M 2026', M, False, "row claim has 76,540 and 10.0% but not 84,215"),
('Quest Holdings | EBITDA | 76,540 | 9M 2025', M, False, 'inside the 9M 2026 claim'),
('Quest Holdings | EBT | 58,703 (+13.0%) | 9M 2026', M, True, 'row claim'),
('Quest Holdings | EBT | 51,962 | 9M 2025', M, False, 'inside the 9M 2026 claim'),
('Quest Holdings | EAT | 45,120 (+12.6%) | 9M 2026', M, True, 'row claim'),
('Quest Holdings | EAT | 40,057 | 9M 2025', M, False, 'inside the 9M 2026 claim'),
('Quest Holdings | EAT attributable | 43,096 (+12.8%) | 9M 2026', M, True, 'row claim (no measure, row label lost)'),
('Quest Holdings | EAT attributable | 38,210 | 9M 2025', M, False, ''),
('Quest Holdings | net cash | 63,040 | 30 Sep 2026', M, False, ''),
('Quest Holdings | net cash | 71,880 | 30 Sep 2025', M, False, ''),
('Quest Holdings | sales | EUR 352.4m (+8.1%) | Q3 2026', W, True, "typed EUR 352.4 (scale lost), no change; claim has both"),
('Quest Holdings | EBT | EUR 19.8m (+11.2%) | Q3 2026', M, False, "claim types EUR 19.8 as 'sales'"),
('Commercial activities | members | Info Quest Technologies, iSquare, Quest on Line', M, False, 'segment table not typed'),
('Commercial activities | sales / EBT | 598,205 / 17,410 | 9M 2026', M, False, ''),
('Commercial activities | sales growth | +6.4% | 9M 2026', W, False, "typed as Quest Holdings' sales +6.4%"),
('IT services | member | Uni Systems', M, False, 'no unitOf'),
('IT services (Uni Systems) | sales / EBT | 171,940 / 15,806 | 9M 2026', M, False, ''),
('Uni Systems | sales / EBT growth | +17.3% / +24.5% | 9M 2026', W, False, "typed 'Uni Systems sales +24.5%' (the EBT growth); claim on Quest"),
('Courier & postal | member | ACS Courier', M, False, ''),
('ACS Courier | sales / EBT | 238,317 / 24,115 | 9M 2026', W, False, "Claim:Reason about Quest Holdings with EUR 238.3; no EBT"),
('ACS Courier | sales growth | +7.9% | 9M 2026', W, False, 'same Claim:Reason, on Quest Holdings'),
('ACS Courier | EBT margin | 10.1% | 9M 2026', W, False, 'typed on Quest Holdings'),
('ACS Courier | parcel volume | 41.6 million (+9.4%) | 9M 2026', W, False, "in the Claim:Reason on Quest; 9.4% as 'sales'"),
('Renewable energy | member | Quest Energy', M, False, ''),
('Renewable energy | sales / EBT | 40,150 / 3,660 | 9M 2026', M, False, ''),
('Other / eliminations | EBT | (2,288) | 9M 2026', M, False, ''),
('Info Quest Technologies | DC infrastructure sales | EUR 96.3m (+41%) | 9M 2026', M, True, "claim on Info Quest ('whose data-centre infrastructure sales')"),
('iSquare | sales | EUR 211.8m (+2.2%) | 9M 2026', M, False, 'claim puts it on Info Quest Technologies'),
('Uni Systems | total signed backlog | EUR 468m | 30 Sep 2026', W, False, 'typed on Quest Holdings, scale lost'),
('Uni Systems | AI and cloud backlog | EUR 212m | 30 Sep 2026', W, True, 'typed EUR 212 undated (scale lost); claim on Uni Systems'),
('Uni Systems | AI and cloud backlog | EUR 151m | 31 Dec 2025', M, False, 'claim on Quest, no measure'),
('Performance Technologies | backlog | EUR 97m | 9M 2026', W, False, 'typed on the right node, scale lost; claim on Uni Systems'),
('Quest Holdings | capex | EUR 31.4m | 9M 2026', W, False, 'typed EUR 31.4 (scale lost); claim on Uni Systems'),
('ACS hubs | capex | EUR 14.9m | 9M 2026', M, False, 'claim on Uni Systems'),
('Koropi facility (Uni Systems) | capex | EUR 8.2m | 9M 2026', W, True, "typed as Quest group capex; claim on Uni Systems"),
('Koropi facility | further investment | EUR 22m | 2027', M, False, 'value-only claim'),
('Buyback programme | GM 5 June 2026; up to 1,200,000 shares, max EUR 9.0m, 24 months', W, True, "typed only 'shares up to 1,200,000'"),
('Buyback | shares acquired / average price | 412,650 / EUR 6.18 | 9M 2026', W, True, 'typed as an Investment of EUR 6.18'),
('Quest Holdings | interim dividend | EUR 0.12/share, payable January 2027', C, True, ''),
('Quest Holdings | EBT guidance | > EUR 80m (previous 75-78m) | FY2026', W, False, "GuidanceChange: new without measure, previous as 'sales'"),
('Quest Holdings | sales growth guidance | ~8% | FY2026', C, True, ''),
('Quest Holdings | IT services target | double-digit growth | 2027', M, True, "claim 'grow double-digit, 2027'"),
('Quest Holdings | CEO | Ioanna Karamanli', C, False, ''),
('Quest Holdings | Group CFO | Markos Drakopoulos', C, False, ''),
('Quest Holdings | Board chair | Nikolaos Vlachakis', M, False, "'The Board of Directors is chaired by' - no Role"),
('Net cash reduction | reasons | buyback, Koropi, working capital', C, False, 'Claim:Reason'),
('Quest Holdings | accounting basis | IFRS', M, False, ''),
],
"06_soundhound_call_qa.txt": [
('SoundHound AI | ticker | NASDAQ: SOUN', M, False, ''),
('SoundHound AI | earnings call date | November 5, 2026', M, False, ''),
('SoundHound AI | CEO | Daniel Okafor-Reyes', C, False, ''),
('SoundHound AI | CFO | Meredith Szabo', C, False, ''),
('SoundHound AI | VP Investor Relations | Colin Ashdown', C, False, "roleText 'Vice President'"),
('Anjali Rastogi | analyst at | Halcott Partners', M, False, ''),
('Gregory Lindqvist | analyst at | Brevard Securities', M, False, ''),
('Tomás Echeverría | analyst at | Kestrel Vale Capital Markets', M, False, ''),
('SoundHound AI | revenue | $71.4m | Q3 2026', C, True, ''),
('SoundHound AI | FY revenue guidance | $265-275m (raised) | FY2026', C, False, ''),
('SoundHound AI | previous FY revenue guidance | $250-265m | FY2026', C, False, 'plus a wrong single-value duplicate'),
('Guidance raise | driver | mostly enterprise', M, False, ''),
('Enterprise AI (incl. Amelia) | share of revenue | 46% | Q3 2026', M, False, 'claim lists the four shares without segments'),
('Restaurants | share of revenue | 21% | Q3 2026', M, False, ''),
('Automotive | share of revenue | 24% | Q3 2026', M, False, ''),
('Devices and other | share of revenue | 9% | Q3 2026', M, False, ''),
('Automotive | performance | two OEM launches slipped to Q1 2027', M, False, ''),
('SoundHound AI | GAAP gross margin | 44% | Q3 2026', M, False, "claim on the person node 'Meredith Szabo'"),
('SoundHound AI | non-GAAP gross margin | 63% (58%) | Q3 2026', M, False, "claim on 'Meredith Szabo'"),
('Margin improvement | driver | inference on own GPU clusters', M, False, ''),
('SoundHound AI | adjusted EBITDA | loss $14.2m | Q3 2026', W, False, "typed as 'loss'; the claim dates it Q3 2025"),
('SoundHound AI | adjusted EBITDA | loss $21.5m | Q3 2025', M, True, "claim '$21.5 million (loss), Q3 2025'"),
('SoundHound AI | adj. EBITDA breakeven target | exiting 2027 (previously end 2026)', M, False, ''),
('SoundHound AI | backlog | ~$1.4bn | 30 Sep 2026', C, True, ''),
('SoundHound AI | backlog | $1.2bn | 30 Jun 2026', M, True, "claim 'about $1.4 billion (backlog), $1.2 billion (backlog), June'"),
('SoundHound AI | capex | ~$38m | FY2026', M, False, "claim on 'Meredith Szabo'"),
('SoundHound AI | cash | $812m; no debt | 30 Sep 2026', M, False, 'value-only claim'),
('Vocantis | revenue | $52m', W, False, 'typed as SoundHound revenue Q3 2026'),
('Vocantis | pricing | ~30% below market', W, False, "typed as SoundHound 'pricing' +30%"),
('SoundHound AI | restaurant locations | ~16,500 (from ~13,000) | Q3 2026', W, False, 'typed 16,500 undated, 13,000 not typed; value-only claim'),
('SoundHound AI | restaurant churn | under 3%', M, False, 'value-only claim'),
('SoundHound AI | new automotive OEM programmes | 4 (2 in China) | Q3 2026', M, False, ''),
('China OEM programmes | export rules -> local cloud partners, no restricted chips', C, False, "Restriction 'export rule'"),
('SoundHound AI | employees | ~1,240 | 30 Sep 2026', M, False, "claim on 'Daniel Okafor-Reyes'"),
('Harriet Mbeki-Lowe | CRO, joins December 1, 2026', C, False, ''),
],
}
