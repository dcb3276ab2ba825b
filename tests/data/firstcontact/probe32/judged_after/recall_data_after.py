# recall_data_after: the baseline's 83 gold lookups (../judged_baseline/recall_data.py) re-checked on /tmp/fc32-after (copy
# /tmp/judge32b-store, aikg /work/fc32merge, merge 6588308). 07 Emtek exports identically to the baseline (sorted Turtle, extractor
# string aside): its 35 rows are carried. 01 Humanica differs by one fact: the CTO Role now has since='1 October 2026' and
# roleStatus 'current' (row 'Anucha Rattanasiri | appointed CTO ... | effective 1 Oct 2026': stored correctly before and after; its
# note updated). Every other Humanica row is carried unchanged (the 9M columns are still only in row claims labelled Q3 2026; the
# predecessor Thawatchai Meesuk still has no Role). Baseline header follows.
# Gold-fact lookups (hand data), store /tmp/fc32-baseline (copy /tmp/judge32-store), baseline aikg /work/fc32base.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30/31: value-only claims and claims on
# the wrong subject do not count; a claim whose period contradicts the gold line does not count (the Humanica table claims carry
# all six columns under 'Q3 2026', so the 9M values do not count); a gold line with a parenthesised prior/previous value counts
# correct only if both are typed (partly typed = stored wrongly).
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Humanica: right node; the Q3 columns of the aligned text table are typed and dated right, none of the 9M columns is "
              "typed (only inside claims labelled Q3 2026); CEO and CFO (signatories) have no Role; Tigersoft's 96.3 is on Humanica "
              "dated 1999 (from 'Tigersoft (1999) Co., Ltd.'). Emtek: node 'PT ELANG MAHKOTA TEKNOLOGI Tbk' plus a claims-only node "
              "'Elang Mahkota Teknologi'; 'Emtek' is not an alias; no Role for the four representatives; the segment table is untyped; "
              "Q&A answers sit on a node 'A' (from 'A (Finance Director):').")
R = {
"01_humanica_set_mdna.txt": [
('Humanica | document | MD&A to the SET, ref. HUMAN-SET 027/2026 | 13 Nov 2026', M, False, ''),
('Humanica | revenue from sales and services | 722.7 | Q3/2026', C, False, ''),
('Humanica | revenue from sales and services | 622.8 | Q3/2025', C, False, ''),
('Humanica | revenue from sales and services growth | +16.0% (+THB 99.9 million) | Q3/2026 vs Q3/2025', C, False, "16.0% typed on 722.7; the 99.9 increase typed as a 'sales' value"),
('Humanica | net profit attributable to owners of the parent | 128.6 | Q3/2026', C, False, ''),
('Humanica | net profit attributable to owners | 104.2 | Q3/2025', C, False, ''),
('Humanica | net profit growth | +23.4% | Q3/2026 YoY', C, False, ''),
('Humanica | net profit margin | 17.8% (Q3/2025: 16.7%) | Q3/2026', M, False, "17.8% only in a claim, 16.7% there as 'sales'"),
('Humanica | software licence & implementation revenue | 262.4 (231.8), +13.2% | Q3/2026', C, False, ''),
('Humanica | subscription & cloud services revenue | 318.6 (254.1), +25.4% | Q3/2026', C, False, ''),
('Humanica | payroll outsourcing services revenue | 141.7 (136.9), +3.5% | Q3/2026', C, False, ''),
('Humanica | software licence & implementation revenue | 747.9 (689.5), +8.5% | 9M/2026', M, False, 'in the row claim labelled Q3 2026 only'),
('Humanica | subscription & cloud services revenue | 882.1 (703.2), +25.4% | 9M/2026', M, False, 'as above'),
('Humanica | payroll outsourcing services revenue | 411.5 (393.6), +4.5% | 9M/2026', M, False, 'as above'),
('Humanica | revenue from sales and services | 2,041.5 (1,786.3), +14.3% | 9M/2026', M, False, 'as above'),
('Humanica | other income | 9.8 (12.1), -19.0% | Q3/2026', C, False, ''),
('Humanica | other income | 31.4 (35.0), -10.3% | 9M/2026', M, False, 'as above'),
('Humanica | gross profit | 331.9 (276.5), +20.0% | Q3/2026', C, False, ''),
('Humanica | gross profit | 928.6 (789.5), +17.6% | 9M/2026', M, False, 'as above'),
('Humanica | selling and administrative expenses | 168.3 (151.0), +11.5% | Q3/2026', C, False, ''),
('Humanica | selling and administrative expenses | 497.2 (440.8), +12.8% | 9M/2026', M, False, 'as above'),
('Humanica | net profit attributable to owners | 352.7 (298.4), +18.2% | 9M/2026', M, False, 'as above'),
('Humanica | gross profit margin | 45.9% (44.4%) | Q3/2026', C, False, ''),
('Humanica | gross profit margin | 45.5% (44.2%) | 9M/2026', M, False, 'as above'),
('Humanica | basic EPS | THB 0.148 (0.120) | Q3/2026', C, False, ''),
('Humanica | basic EPS | THB 0.405 (0.343) | 9M/2026', M, False, 'as above'),
('Humanica | new enterprise customers live on Humanica Cloud | 46 | Q3/2026', C, False, 'Claim:UsageMetric about Humanica Cloud'),
('Tigersoft (1999) Co., Ltd. | subsidiary of Humanica | - | -', M, False, 'no Tigersoft node'),
('Tigersoft | revenue contributed | 96.3 | Q3/2026', W, False, "typed as Humanica 'implementation revenue' dated 1999"),
('Humanica | payroll outsourcing growth reason | two large retail customers moved in-house | Q3/2026', M, False, 'claim keeps 3.5% only'),
('Humanica | revenue from Thailand | 440.8 (61.0%) | Q3/2026', W, False, "typed as Humanica's plain 'revenue'"),
('Humanica | revenue from overseas | 281.9 (39.0%) | Q3/2026', C, False, '39.0% only in a claim'),
('Humanica Asia Pte. Ltd. | revenue | 104.5 | Q3/2026', M, False, 'claim on Humanica dated Q1 2027'),
('Humanica | headcount | 1,420 (31 Dec 2025: 1,305) | 30 Sep 2026', W, False, '1,420 typed without period, 1,305 only in a claim'),
('Humanica | total assets | 3,968.4 (3,751.0) | 30 Sep 2026', W, False, '3,968.4 typed, 3,751.0 not'),
('Humanica | cash, cash equivalents and short-term investments | 1,842.0 (1,716.5) | 30 Sep 2026', M, False, 'claims keep bare amounts with the wrong date'),
('Humanica | interest-bearing debt | none | 30 Sep 2026', M, False, ''),
('Humanica | HUMAN AI budget | 180 | 2026-2027', M, True, "claim 'invest THB 180 million (budget), 2026-2027'"),
('Humanica | HUMAN AI spend to date | 64.5, of which 38.2 capitalised | 9M/2026', M, True, 'claim with both amounts, 9M'),
('Humanica | interim dividend | THB 0.12 per share, paid 9 Sep 2026 | 2026', C, False, "'dividend per share' dated the payment day"),
('Humanica | share of Thai cloud HR/payroll software market | 31% (2025: 27%) | 2026', W, True, 'MarketShare 31% typed, 27% only in the claim'),
('Business Online PCL (BOL) | revenue | 268.0 | Q3/2026', M, False, 'claim about Humanica (wrong subject)'),
('Humanica | target growth in revenue from sales and services | 14-16% (raised from 10-12%) | FY2026', C, False, 'Claim:GuidanceChange with both ranges'),
('Humanica | gross profit margin expectation | above 45% | FY2026', C, False, ''),
('Anucha Rattanasiri | appointed CTO of Humanica | effective 1 Oct 2026', C, False, 'Role with since 1 October 2026, roleStatus current (after; baseline: date only in a claim)'),
('Thawatchai Meesuk | predecessor CTO; adviser until 31 Dec 2026', M, False, ''),
('Pornthip Kanjanarat | CEO of Humanica | current', M, False, 'signature block; no Role'),
('Wirat Sutthiphong | CFO of Humanica | current', M, False, 'signature block; no Role'),
],
"07_emtek_public_expose_minutes.txt": [
('Emtek | document | report on the Annual Public Expose 2026, no. 214/EMTK-CS/XI/2026 | 20 Nov 2026', M, False, ''),
('Emtek | Annual Public Expose held | 18 Nov 2026, SCTV Tower, 63 attendees | 2026', M, False, "claim keeps '63' only"),
('Hendra Wijayakusuma | President Director of Emtek | current', M, False, ''),
('Lidya Hartanto-Sugiarto | Director of Finance of Emtek | current', M, False, ''),
('Rizal Purnomosidi | Director (Connectivity & Digital Infrastructure) | current', M, False, ''),
('Ratih Kusumawardani | Corporate Secretary | current', M, False, ''),
('Emtek | consolidated revenue | 8,412 (Rp8.41 trillion) | 9M26', C, False, "right; a second fact has 'Rp8.41' = 8.41 IDR"),
('Emtek | consolidated revenue | 7,655 | 9M25', M, True, "claim 'grow 9.9%, Rp7,655 billion, 9M25'"),
('Emtek | revenue growth | +9.9% | 9M26 vs 9M25', M, False, 'in the same claim dated 9M25'),
('Emtek | net profit attributable to owners | 1,021 | 9M26', W, False, "only in a Claim:Reason 'decline' without measure, dated 9M25"),
('Emtek | net profit attributable to owners | 736 | 9M25', W, False, 'same Claim:Reason, no measure'),
('Emtek | net profit growth | +38.7% (lower loss at the streaming unit) | 9M26', W, False, "Claim:Reason predicate 'decline', dated 9M25"),
('Emtek Media segment | revenue | 4,918 | 9M26', M, False, 'segment table untyped'),
('Emtek Connectivity & IT solutions | revenue | 1,706 | 9M26', M, False, ''),
('Emtek Healthcare | revenue | 1,788 | 9M26', M, False, ''),
('Emtek Healthcare | revenue growth | +14% | 9M26', W, True, "typed on a node 'A'; claim on Emtek"),
('Emtek Healthcare | margin | not disclosed | -', C, False, 'DisclosureGap segment margins'),
('Vidio | paying subscribers | 6.2 million (end-2025: 4.9 million) | end Sep 2026', W, False, 'UsageMetric on Emtek dated 2025'),
('Vidio | EBITDA loss | 212 (9M25: 498) | 9M26', W, True, "212 typed on Emtek, 498 only in the claim"),
('Emtek | capital expenditure plan | Rp2.5 trillion | 2026', C, False, ''),
('Emtek | capex for Cikarang phase 1 (24 MW) | Rp1.1 trillion | 2026', M, True, 'claim with 1.1tn and 24 MW'),
('PT Elang Prima Data | subsidiary running the Cikarang campus', M, False, ''),
('Cikarang phase 1 | pre-leased | 70% | Nov 2026', M, False, "value-only claim '70%'"),
('Cikarang phase 1 | completion | Q2 2027', M, False, ''),
('Emtek | GPU cloud cluster | 512 GPUs | 2026', M, False, ''),
('Emtek | cash dividend | Rp12 per share, Rp734 billion, paid 24 Jul 2026 | FY2025', C, False, 'dps Rp12 FY2025 and Rp734bn dated the payment day'),
('Emtek | revenue growth target | 8-10% (maintained) | 2026', W, True, "typed on node 'A'; claim on Emtek"),
('Emtek | 2027 target | with full-year results in March 2027', M, False, ''),
('Emtek data-centre business | revenue | 433 | 9M26', M, False, "value-only claim 'include Rp433 billion'"),
('PT MNC Digital Infrastruktur | data-centre revenue | 290 | 9M26', C, False, ''),
('Emtek | share of Greater Jakarta colocation capacity | 9% | 2026', M, False, "value-only claim '9%'"),
('Emtek / Indonesia | US export controls, licence caps on advanced GPUs | current', C, False, 'Restriction (restricts "AI chips?")'),
('Emtek | licence applications for further GPUs | 1,024; decision H1 2027', W, True, "typed as 'gpus' held Q3 2026; claim '1,024 GPUs, H1 2027'"),
('Emtek | share buyback | no plan at the moment | Nov 2026', M, False, ''),
('Emtek | bank facility for data-centre capex | Rp1.5 trillion, signed Sep 2026 | 2026', C, False, ''),
],
}
