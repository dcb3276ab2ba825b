# recall_data_after: the baseline's 76 lookups (../judged_baseline/recall_data.py) re-checked against exp_after/ (store /tmp/fc33-after,
# copy /tmp/judge33b-store, aikg /work/fc33merge/.venv/bin/aikg, merge 7ebf84c). 04 Rapid7 differs from the baseline export only by
# roleStatus 'current' on the CEO and CFO Roles (both already stored correctly). 05 CSE Global gained four value-only kg:Claim rows
# (role 'count', no measure, on CSE GLOBAL LIMITED): '227,480', '140,905', '62,690' (the 1H2025 column of the geography table) and
# '478,312, 431,075' (its total row); value-only claims do not count, so the geography lines stay missing. No status changed.
# Gold-fact lookups (hand data), store /tmp/fc33-baseline (copy /tmp/judge33-store), baseline aikg /work/fc33base.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30-32: value-only claims and claims on
# the wrong subject do not count; a claim whose period contradicts the gold line does not count; a gold line with a parenthesised
# prior/previous value counts correct only if both are typed (partly typed = stored wrongly); a 'not stated' gold line is correct
# only as a DisclosureGap.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Rapid7: right node; the CEO/CFO/Chair and the signatory's two titles are Roles; Q3 revenue and both guidance lines "
              "typed; ARR $852m, share price $19.80, the valuation multiples, cash $512m and every demand of the letter only in claims "
              "or not at all; the stake is 'Rapid7 shares 4.7 million' with no holder and no 7.4%; the $30-34 sale value is typed as "
              "'earnings per share USD 30', SBC $92m as 'share price', the peer-group screen as Rapid7 revenue. CSE Global: right node "
              "'CSE GLOBAL LIMITED'; of the P&L table only revenue is typed (no cost of sales, gross profit, PBT, tax, profit for the "
              "period, NCI, EPS); the 1H2025 column of the segment table is dated H1 2026 (Electrification 196.31, Communications "
              "138.52, Automation 96.245, group 431.075); geography table, dividend, CFO Yvonne Koh not typed.")
R = {
"04_rapid7_activist_letter.txt": [
('Calder Rock | beneficial ownership in Rapid7 | ~4.7 million shares, ~7.4% | Dec 1, 2026', W, False, "typed 'Rapid7 shares 4.7 million' - no holder, no 7.4%"),
('Calder Rock | position first disclosed | August 2026', M, False, ''),
('Calder Rock | meetings with management | three', M, False, ''),
('Rapid7 | CEO | Martin Vandersloot', C, False, 'now with roleStatus current'),
('Rapid7 | CFO | Dana Quillfeldt', C, False, 'now with roleStatus current'),
('Rapid7 | Chair | Helen Ellsworth-Kane', C, False, ''),
('Calder Rock | Managing Partner and CIO | Jonathan Reyes-Hartley', C, False, 'two Roles'),
('Rapid7 | share price | $19.80 | Nov 27, 2026', M, True, "claim 'state $19.80, November 27, 2026, 48%'"),
('Rapid7 | share price change | -48% over three years', M, True, 'same claim'),
('Rapid7 | valuation | 2.1x EV/NTM revenue vs 5.9x', M, False, ''),
('Rapid7 | revenue | $221.4m +4% | Q3 2026', C, False, ''),
('Rapid7 | ARR | $852m +2% | Q3 2026', M, True, "claim 'report $852 million (recurring revenue), 2%'"),
('Rapid7 | new customer additions | stalled', M, False, ''),
('Rapid7 | non-GAAP operating margin | 16.8% | Q3 2026', PM, False, "undated; the claim labels it 'twelve-month'"),
('Rapid7 | free cash flow | $161m | TTM', PM, True, "measure 'quarter and trailing-twelve-month free cash flow', undated"),
('Rapid7 | stock-based compensation | $92m | LTM', W, False, "typed as 'share price' dated 2026-12-01"),
('Rapid7 | S&M + G&A | 58% of revenue | Q3 2026', M, True, "claim '58% (administrative expense), Q3 2026'"),
('Rapid7 | cash and investments | $512m', M, False, "value-only in the buyback claim"),
('Rapid7 | revenue guidance | $884-888m | FY2026', C, False, ''),
('Rapid7 | ARR growth guidance | 2-3% | FY2026', C, False, ''),
('Rapid7 | Incident Command; customers and revenue not disclosed', C, False, 'DisclosureGap'),
('Arctic Wolf | ARR | passed $1.2bn, >20% growth | 2026', M, False, 'claim on Rapid7 (wrong subject)'),
('Calder Rock | demand 1 | strategic review committee, explore sale', M, False, ''),
('Calder Rock | estimated sale value | $30-34 per share (52-72% premium)', W, True, "typed 'Rapid7 earnings per share USD 30'; claim 'power $30 to $34, 52% to 72% (premium)'"),
('Calder Rock | demand 2 | cut cost base by >= $90m', M, False, "value-only in the 58% claim"),
('Calder Rock | demand 3 | $300m ASR; cap SBC at 7% of revenue from 2027', M, True, "claim 'launch $300 million ... 7%'"),
('Calder Rock | demand 4 | directors Priyanka Desai, Tomasz Wrona', M, False, ''),
('Calder Rock | deadline | Jan 15, 2027', M, False, ''),
('Rapid7 | nomination window opens | Jan 21, 2027', M, False, ''),
('Rapid7 | address | 120 Causeway Street, Boston', M, False, ''),
('Calder Rock | address | 410 Park Avenue, New York', M, False, ''),
('Peer group | revenue $500m-$3bn', W, False, 'typed as Rapid7 revenue'),
('Rapid7 | net income / Calder Rock cost basis | not stated', M, False, 'no DisclosureGap'),
],
"05_cseglobal_sgx_halfyear.txt": [
('CSE Global | revenue | S$478,312k, +11.0% | 1H2026', C, False, ''),
('CSE Global | revenue | S$431,075k | 1H2025', W, True, 'typed dated H1 2026; undated claim 478,312 / 431,075'),
('CSE Global | cost of sales | (360,210), +10.2% | 1H2026', M, False, ''),
('CSE Global | cost of sales | (326,940) | 1H2025', M, False, ''),
('CSE Global | gross profit | 118,102, +13.4% | 1H2026', M, False, ''),
('CSE Global | gross profit | 104,135 | 1H2025', M, False, ''),
('CSE Global | gross profit margin | 24.7% | 1H2026', C, False, ''),
('CSE Global | gross profit margin | 24.2% | 1H2025', C, False, ''),
('CSE Global | other income | 2,411 (3,106)', M, False, ''),
('CSE Global | marketing and distribution | (41,870) ((38,205))', M, False, ''),
('CSE Global | G&A | (49,326) ((46,118))', M, False, ''),
('CSE Global | finance costs | (5,944) ((6,312))', M, False, ''),
('CSE Global | profit before tax | 23,373 +40.8% (16,606)', M, False, ''),
('CSE Global | income tax | (5,610) ((4,150))', M, False, ''),
('CSE Global | profit for the period | 17,763 +42.6% (12,456)', M, False, ''),
('CSE Global | profit attributable to owners | 17,102 (17.1m) +42.7% (11,987)', W, False, '17.1m +42.7% typed, prior 11,987 not'),
('CSE Global | NCI | 661 (469)', M, False, ''),
('CSE Global | EPS | 2.42 cents (1.70)', M, False, ''),
('CSE Global | segments | Electrification, Communications, Automation', C, False, 'three unitOf'),
('Electrification | contents', M, False, ''),
('Communications | contents', M, False, ''),
('Automation | contents', M, False, ''),
('Electrification | revenue | 228,640 +16.5% (196,310)', W, True, '228.64 right, 196.31 dated H1 2026; +16.5% only in the Reason claim'),
('Communications | revenue | 141,905 flat (138,520)', W, True, '141.905 right, 138.52 dated H1 2026'),
('Communications | reason for flat revenue | Australia radio vs mining', M, False, ''),
('Automation | revenue | 107,767 +12.0% (96,245)', W, True, '107.767 and +12% right, 96.245 dated H1 2026'),
('Americas | revenue | 259,114 (227,480)', M, False, "after: value-only claim 'state 227,480' (1H2025 only, no measure) - does not count"),
('Asia Pacific | revenue | 151,230 (140,905)', M, False, "after: value-only claim 'state 140,905' - does not count"),
('EMEA | revenue | 67,968 (62,690)', M, False, "after: value-only claim 'state 62,690' - does not count"),
('CSE Global | data-centre project revenue | S$71.2m almost doubled (38.9m)', C, False, '71.2 on CSE H1 2026, 38.9 on Electrification H1 2025'),
('CSE Global | data-centre customer | major US operator', W, False, 'in a Claim:Reason on Electrification dated H1 2025'),
('CSE Global | gross margin reason | better project mix', M, False, ''),
('CSE Global | new orders | 512.6m (446.3m)', C, False, ''),
('CSE Global | order book | 742.8m, ~41% Electrification | 30 Jun 2026', W, True, '742.8 typed; 41% only in a claim'),
('CSE Global | prospect statement | none', M, False, ''),
('CSE Global | outlook | demand strong; US tariffs; Communications cautious; bolt-ons', W, False, 'only the tariff Restriction'),
('CSE Global | interim dividend | 1.00 cent (0.75)', M, False, 'value-only claims'),
('CSE Global | books closure / payment | 2 Sep / 12 Sep 2026', M, False, 'payment date only in a claim'),
('Raymond Teo | COO from 1 Sep 2026', C, False, ''),
('Chua Seng Hock | Group MD', C, False, ''),
('Yvonne Koh | CFO and Company Secretary', M, False, ''),
('CSE Global | announcement date | 12 Aug 2026', M, False, ''),
('CSE Global | full-year guidance / Q2 figures | not given', M, False, 'no DisclosureGap'),
],
}
