# Failure classes (hand data) for the FAIL lines of /work/firstcontact24/score_after.txt (38), store /tmp/fc24-after-store, aikg
# /work/fc24after/.venv/bin/aikg (main 09f2b20); asks run again on the copy /tmp/judge24b-store (asks/*.json; every re-ask gave the
# scored status). Carried from ../judged_baseline/failures_data.py (the two questions that now pass, p24-01-q01 and p24-02-q02,
# dropped) and checked against exp_after/ and the new asks; changed entries are marked '# changed'.
# Conventions as the baseline (below).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: RailTel is not a node (the KPI sheet gives a Segment 'Management commentary', 'Wi-Fi 6' and a Person 'Sanjai
# Kumar' - now with two Roles, chairman and managing director, that name no organization -, no claim). Darktrace is a bare node; its figures / Roles are typed on Thoma Bravo and the deal terms are value-only
# claims on Thoma Bravo. Kyocera AVX is a Segment 'A' (from the Q&A marker "A (Director Kano):"). Not nodes: Intelbras's
# Segurança / Redes / Energia, RailWire, Lê Văn Tuấn, Takashi Mori (and the other shareholders), Cloud GPU G80-1.
# Rule (as judge17-23): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a claim (value-only, wrong subject or wrong
# measure; also a claim with the right measure when no typed fact exists) is EXTRACTION; a typed fact on the right subject with
# the right measure that the ask does not return is ASK; a typed fact stored with a wrong measure / type / period is EXTRACTION.
# Kinds: table/list rows, number format, segments, deal terms, company attribution, people, dates, measure, unit figure,
# period, investment target.
F = {
"p24-01-q02": ("EXTRACTION", "segments", "Energia R$ 405,9 milhões (+10,8%) only in value-only claim 'Intelbras: state R$ 405,9 milhões, 10,8%' (value now scaled right, no measure, on the group); the units Segurança / Redes / Energia are not nodes"),  # changed
"p24-01-q07": ("EXTRACTION", "measure", "41% of the Brazilian CCTV camera market only in value-only claim 'Intelbras: state 41%, Q3 2025'; no MarketShare"),
"p24-01-q08": ("EXTRACTION", "segments", "the three business units (Segurança, Redes, Energia; bullet list) are not nodes; ask answered with the 9M revenue quote"),
"p24-02-q03": ("EXTRACTION", "table/list rows", "Byråer 176 mkr only in the row claim 'Byråer (accounting firms): state 176 (net sales), 151 (revenue), +17%, Q2 2025' (no typed Observation; unit mkr lost)"),
"p24-02-q04": ("EXTRACTION", "table/list rows", "Marknadsplatser +26% only in the row claim (no typed growth per area); ask listed the four areas without figures"),
"p24-02-q08": ("EXTRACTION", "measure", "goal net sales 4 mdr kr in 2030 now read as 4,000,000,000 but typed with measure 'kr' (unit count), not net sales / a target; ask: no target for Fortnox (was: number format, only '4' in a claim)"),  # changed
"p24-03-q01": ("EXTRACTION", "table/list rows", "revenue from operations 893.4 (plain-text KPI table) not stored; RailTel is not a node; ask: no_answer"),
"p24-03-q02": ("EXTRACTION", "table/list rows", "telecom services 352.6 crore (table row) not stored; only the commentary's +10.9% on a Segment 'Management commentary'"),
"p24-03-q03": ("EXTRACTION", "table/list rows", "PAT H1 FY26 151.8 / H1 FY25 135.1 (table) not stored; ask answered with Competition rows of other documents"),
"p24-03-q04": ("EXTRACTION", "table/list rows", "EBITDA margin 13.3% vs 13.5% (table) not stored"),
"p24-03-q05": ("EXTRACTION", "table/list rows", "unexecuted order book INR 7,840 crore (order-book table) not stored"),
"p24-03-q06": ("EXTRACTION", "table/list rows", "RailWire 6.1 lakh subscribers (operating-KPI table, lakh) not stored; ask returned Fortnox's split customer counts and Darktrace's customers on Thoma Bravo"),
"p24-03-q07": ("EXTRACTION", "table/list rows", "capex plan INR 450 crore for FY26 (guidance bullet) not stored"),
"p24-03-q09": ("EXTRACTION", "table/list rows", "318 data centre racks live (operating-KPI table) not stored"),
"p24-04-q01": ("ASK", "measure", "winning price VND 3,540bn is typed on MobiFone (measure 'winning price'); the ask for 'price paid for block B2' returned the VND 5.7tn 5G equipment Investment"),
"p24-04-q03": ("EXTRACTION", "measure", "band 3,600-3,700 MHz typed as measure 'mhz band' with unit count (MHz lost); ask returned a BTS quote (borderline ASK)"),
"p24-04-q04": ("EXTRACTION", "dates", "licence valid 15 years, until 14 October 2040, only in value-only claim 'MobiFone: state 15'"),
"p24-04-q06": ("EXTRACTION", "deal terms", "50% (VND 1,770bn) within 90 days only in claim 'MobiFone: state 50 percent, VND 1,770 billion (winning price), 90' (wrong measure, days lost); ask returned the 5G Investment"),
"p24-04-q08": ("EXTRACTION", "people", "signatory Lê Văn Tuấn (signature block) is not a node; 'Licensing Division' is a Person instead"),
"p24-05-q01": ("EXTRACTION", "deal terms", "US$8.10 per share only in value-only claim 'Thoma Bravo: state US$8.10, approximately 615'; ask looked for a market share"),
"p24-05-q02": ("EXTRACTION", "deal terms", "EV approx. US$5.2bn only in value-only claim on Thoma Bravo (5.6 / 5.2 / 0.4 without measures)"),
"p24-05-q03": ("EXTRACTION", "deal terms", "EV/EBITDA 38.5x not stored at all (multiples lost); the US$135m EBITDA typed on Thoma Bravo"),
"p24-05-q04": ("EXTRACTION", "deal terms", "EV/revenue 8.4x not stored at all; Darktrace's revenue typed on Thoma Bravo"),
"p24-05-q08": ("EXTRACTION", "deal terms", "the US$1.9bn term loan is typed as an Investment by Thoma Bravo (wrong type); ask returned the break fee 'Darktrace invests USD 56 million' (borderline ASK)"),
"p24-06-q03": ("EXTRACTION", "investment target", "JPY 140bn Investment typed without target or plants (Kagoshima Kokubu, Yasu) and dated FY2026; ask gave the amount only"),
"p24-06-q06": ("EXTRACTION", "measure", "FY2029/3 target JPY 2.5tn typed with measure 'value'; ROE 8% only in claim as '(we target sales revenue)' - wrong measure"),
"p24-06-q07": ("EXTRACTION", "company attribution", "Kyocera AVX's sales JPY 257.8bn / operating loss JPY 6.4bn typed on a Segment 'A' (the Q&A answer marker); ask returned the group's JPY 2,014.5bn"),
"p24-06-q09": ("EXTRACTION", "people", "shareholder Takashi Mori (Q&A header) is not a node"),
"p24-07-q01": ("EXTRACTION", "table/list rows", "Cloud VPS 10 new price EUR 4.95 lost: row claim 'Cloud VPS 10: state 4, 8, 75, €4.50' stops before the new-price column; ask returned the EUR 120m investment"),
"p24-07-q02": ("EXTRACTION", "table/list rows", "current price EUR 4.50 only in value-only row claim 'Cloud VPS 10: state 4, 8, 75, €4.50' (VPS rows not typed, unlike the VDS rows)"),
"p24-07-q04": ("EXTRACTION", "dates", "effective date 1 March 2026 only in value-only claim 'Contabo: state 1 March 2026, 1 March 2026'"),
"p24-07-q05": ("EXTRACTION", "table/list rows", "G80-1 EUR 2.39 per hour only in value-only claim 'Contabo: state €2.39, €1,590' (bullet list); G80-1 not a node"),
"p24-08-q03": ("EXTRACTION", "segments", "Security Q3 US$558m only in claim 'Security: state US$558 million, 10%, US$540 million, Q2' (no measure, period Q2)"),
"p24-08-q04": ("EXTRACTION", "segments", "Compute Q2 US$178m only in claim 'Akamai: power US$178 million, 14%, Q2 2025' (on Akamai, no measure); ask returned the CIS US$78m typed as Akamai revenue"),
"p24-08-q05": ("ASK", "measure", "the raised 2025 outlook US$4.18-4.21bn is typed on Akamai (08b 'revenue outlook', unchanged); ask now answers no_answer 'no change of revenue guidance' (baseline returned Q2 revenue US$1.04bn)"),  # changed
"p24-08-q07": ("EXTRACTION", "unit figure", "CIS Q3 +39% only in value-only claim 'Akamai: report US$86 million, 39%, 30%, Q2' (period Q2)"),
"p24-08-q08": ("EXTRACTION", "unit figure", "Inference Cloud 35 cities (from 20) only in value-only claim 'Akamai Inference Cloud: state 35, 20'"),
"p24-08-q09": ("EXTRACTION", "period", "expected Q4 CIS growth 40-45% typed as 'cis revenue outlook +40%' without period (Q4 2025 lost); ask: no figure for Q4 2025 (borderline ASK)"),
}
