# Gold-fact lookups (hand data), after: store /tmp/fc25-after-store (copy /tmp/judge25b-store), aikg /work/fc25after/.venv/bin/aikg
# main 8d4311e. Carried from ../judged_baseline/recall_data.py (store /tmp/fc25-base, main 0389416) and checked against exp_after/:
# the Vocus export is identical to the baseline's but for the extractor string; the Telecom Egypt export differs only by four new
# Observations (the Net debt row, unit 'count'); the one changed line is marked '# changed'.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject states it with the right value(s), measure, and no contradicting period.
# As judge20-24: a claim 'X: state v1, v2' whose values carry no measure does not count (the Lumen budget A$180m, the four
# allocations, the EGP 4.20 WE Data value, 1,900 -> 1,400 suppliers); a claim on the wrong subject ('Our Group') does not count.
# A value whose unit names the counted thing counts (judge24: 'more than 75 (security companies)'): 14 subsea cables,
# 10 landing stations, 25,000 km inter-capital fibre. A table-row claim ('TE: report 60.4 (revenue), 81.6 (revenue), 102.8,
# 124.5, FY2024') carries the measure but neither the unit / scale (EGP bn -> a bare count) nor the column periods (one period
# FY2024 for all four): not counted (as a number whose scale word is lost is a wrong value in the precision rule).
# Consistency with verdicts.py: a Nilegate estimate (FY2026e / FY2027e) typed as a plain Observation is "stored wrongly"; a
# Vocus unit's revenue typed on 'Vocus Group' is "stored wrongly" (unit on parent); a multi-year total dated one year (Project
# Meridian capex 'to completion in FY28' dated FY2028) is "stored wrongly"; TE's 2026 capex guidance typed as 'capex' 2026 is
# accepted. A compound gold line whose main value is typed right but whose parenthetical share / prior is lost is "stored
# correctly" with a note.
# Neither gold file ends with a "NOT stated" control line: all 55 + 46 = 101 lines are facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Telecom Egypt is a Company node labelled only 'TE' (never 'Telecom Egypt'); WE Data is a bare Segment (no unitOf), "
              "Nilegate, the analyst and the mobile associate are not nodes. The Key-financials table gives typed Observations only "
              "for the EBITDA-margin and EPS rows (all four columns, the estimates without an estimate mark, FY2025 and FY2026e "
              "41.5% merged into one fact); the revenue, EBITDA, net-profit and capex rows are row claims with bare counts (after: the net-debt row is now also typed, as four bare-count Observations) "
              "dated FY2024; the multiples table and the SOTP table give nothing usable (a value-only 'state 4.9%, 6.2%, 4.1% "
              "(dividend)' and value-only SOTP rows). Vocus: 'Vocus Group' is a node, plus sentence-piece nodes 'Our Group' and "
              "'Procurement Officer Vocus Group' and a Product 'Melbourne VIC 3000' (the address); Project Lumen is a bare Segment; "
              "Project Meridian, Marcus Henley and the three business units are not nodes. The budget lines of Project Lumen are "
              "value-only claims on Vocus Group dated FY2026; the dates of section 3 (31 March 2027, 30 June 2028, 1 January 2027) "
              "are not stored at all.")
R = {
"03_telecomegypt_initiation.md": [
("Nilegate Securities initiates coverage of Telecom Egypt 2026-11-26", M, False, "Nilegate is not a node"),
("Telecom Egypt rating Overweight (Nilegate) 2026-11-26", M, False, "not typed, no claim (only in evidence quotes)"),
("Telecom Egypt 12-month target price EGP 92.40", C, True, "Target TE target price 92.4 horizon P1Y (dated 25 Nov); a second copy without horizon"),
("Telecom Egypt share price EGP 71.15 2026-11-25", C, True, "Observation share price 71.15 dated 2026-11-25"),
("Telecom Egypt implied upside 29.9%", M, False, "only as 29.9% 'price' percent in the rating-line claim"),
("Nour El-Din Farouk, CFA analyst covering Telecom Egypt", M, False, "not a node"),
("Telecom Egypt valuation method SOTP", M, False, ""),
("Telecom Egypt EV/EBITDA 3.1x FY2026e", M, False, "the multiples are not stored"),
("Telecom Egypt EV/EBITDA 2.5x FY2027e", M, False, ""),
("EM telecom median EV/EBITDA 5.4x FY2026e", M, False, ""),
("Telecom Egypt P/E 6.8x FY2026e", M, False, ""),
("Telecom Egypt P/E 5.4x FY2027e", M, False, ""),
("EM telecom median P/E 11.2x FY2026e", M, False, ""),
("Telecom Egypt dividend yield 4.9% FY2026e", M, False, "value-only claim 'TE: state 4.9% (dividend), 6.2%, 4.1%' (measure 'dividend', no periods)"),
("Telecom Egypt dividend yield 6.2% FY2027e", M, False, "same claim"),
("EM telecom median dividend yield 4.1% FY2026e", M, False, "in the same claim on TE (wrong subject)"),
("Telecom Egypt international carriers & wholesale revenue USD 640 mn (~38% of group revenue) FY2025", C, True, "Observation 'wholesale revenue' USD 640m FY2025; the 38% only in the claim"),
("WE Data subsidiary of Telecom Egypt", M, False, "WE Data is a bare Segment node (no unitOf)"),
("WE Data IT capacity 14 MW across three sites 2026-11", W, False, "Observation WE Data capacity 14 MW dated Q3 2027 (the first-phase date)"),
("WE Data building a 30 MW AI-ready campus east of Cairo", M, False, "claim value 30 with unit 'mw ai-ready campus east' (sentence piece)"),
("WE Data Cairo-East first phase 10 MW due Q3 2027", M, False, "claim value 10 unit 'mw due'"),
("WE Data SOTP value EGP 4.20 per share (USD 9 mn per MW)", M, False, "value-only claims 'WE Data: state EGP 4.20' / 'state USD 9 mn, 4.20'"),
("WE mobile subscribers 14.2 mn 2026-09", C, True, "Observation TE subscribers 14.2 mn September 2026"),
("WE mobile share of Egypt's mobile market 14% (13% a year earlier) 2026-09", W, False, "UsageMetric values 14% / 13% with measure 'mn subscribers'"),
("Telecom Egypt capex guidance EGP 26 bn (~25% of revenue) FY2026", C, True, "Observation capex EGP 26bn 2026 (guidance not marked, accepted); 25% only in the claim"),
("Telecom Egypt revenue EGP 60.4 bn FY2024", M, False, "row claim 'report 60.4 (revenue) ... FY2024', bare count"),
("Telecom Egypt revenue EGP 81.6 bn FY2025", M, False, "same row claim (bare count, dated FY2024)"),
("Telecom Egypt revenue EGP 102.8 bn FY2026e", M, False, "same row claim"),
("Telecom Egypt revenue EGP 124.5 bn FY2027e", M, False, "same row claim"),
("Telecom Egypt EBITDA EGP 25.1/33.9/42.7e/52.0e bn FY2024-FY2027e", M, False, "row claim 'state 25.1 (ebitda) ...', bare counts"),
("Telecom Egypt EBITDA margin 41.6%/41.5%/41.5%e/41.8%e FY2024-FY2027e", W, False, "typed: FY2024 right; FY2025 and FY2026e merged into one fact; FY2027e as an actual"),
("Telecom Egypt net profit EGP 11.8/14.3/17.9e/22.6e bn FY2024-FY2027e", M, False, "row claim, bare counts"),
("Telecom Egypt EPS EGP 6.91/8.38/10.49e/13.24e FY2024-FY2027e", W, False, "typed: FY2024 / FY2025 right; FY2026e and FY2027e as actuals"),
("Telecom Egypt capex EGP 17.2/21.5/26.0e/29.0e bn FY2024-FY2027e", M, False, "row claim 'invest 17.2 (capex) ...', bare counts"),
("Telecom Egypt net debt EGP 61.0/66.4/70.2e/68.9e bn FY2024-FY2027e", W, False, "now typed: four Observations 'net debt' FY2024 61 / FY2025 66.4 / FY2026 70.2 / FY2027 68.9 with unit count (EGP bn lost: scale and currency) and the estimates without estimate mark; the row claim unchanged (bare counts)"),  # changed
("Telecom Egypt revenue EGP 74.3 bn (+27% y/y) 9M 2026", C, True, "Observation revenue EGP 74.3bn 2026-01-01/2026-09-30 (the +27% only in the claim)"),
("Telecom Egypt fiscal year end 31 December", M, False, ""),
("SOTP core fixed & mobile (DCF, WACC 24.5%, g 8%) EGP 58.10 per share", M, False, "value-only claim 'TE: state 24.5%, 8%, 58.10'"),
("SOTP subsea & international wholesale (6.5x EV/EBITDA) EGP 21.30 per share", M, False, "only an evidence quote"),
("SOTP 45% stake in mobile associate EGP 16.90 per share", M, False, "claim 'TE: acquire 45%, 20% (market value), 16.90' (wrong predicate, measures)"),
("SOTP holding-level net debt -EGP 8.10 per share", M, False, ""),
("Telecom Egypt owns 45% of a mobile associate (equity-accounted)", M, False, "claim predicate 'acquire' (not owns) - not counted"),
("Ahmed Selim Managing Director & CEO of Telecom Egypt (appointed 2023)", C, True, "Roles CEO and managing director of TE (2023 lost)"),
("Hala Mansour CFO of Telecom Egypt", C, True, "Role CFO of TE"),
("Telecom Egypt target: digital & international revenue 50% by 2030 (~41% FY2025)", W, False, "GuidanceChange 'change' 41% dated 2023; the 50% / 2030 lost"),
("WE Data plans to seek a minority partner for Cairo-East", M, True, "claim 'WE Data: partner' (no value; borderline, counted)"),
("Telecom Egypt 14 subsea cables landing in Egypt", M, True, "claim 'TE: state 14, 10' with unit 'subsea cables'"),
("Telecom Egypt operates 10 landing stations", M, True, "same claim, unit 'landing stations'"),
("Telecom Egypt launched sovereign cloud offer for government entities 2026-06", M, False, "claim 'TE: launch June 2026' without the offer"),
("Telecom Egypt plans to host Arabic LLMs", M, False, ""),
("Cairo-East liquid-cooled racks up to 80 kW", M, False, "claim 'Cairo-East: state up to 80' (kilowatts, racks lost)"),
("Telecom Egypt GPU imports require US export licences", C, True, "Restriction affects TE imposedBy United States"),
("Nilegate FX assumption EGP/USD 48.6 FY2026e", M, False, "claim 'TE: state USD 48.6' (wrong subject, unit)"),
("Nilegate WACC 24.5%", M, False, "claim 'TE: grow 24.5%' (wrong predicate / subject)"),
("Telecom Egypt risks: devaluation, price caps, interest rates, Cairo-East delays", M, False, ""),
],
"07_vocus_supplier_letter.txt": [
("Vocus Group letter to suppliers on Project Lumen 2026-10-14", M, False, ""),
("Rachel Duffy Chief Procurement Officer of Vocus Group", C, True, "Role chief procurement officer of Vocus Group"),
("Marcus Henley Group CEO of Vocus Group", M, False, "not a node; 'Our Group CEO' gives a Company 'Our Group'"),
("Priya Ramanathan Head of Procurement Transformation, Vocus Group", W, False, "Role head of a node 'Procurement Officer Vocus Group'"),
("Vocus Group headquarters Level 10, 452 Flinders Street, Melbourne", M, False, "only a Product node 'Melbourne VIC 3000'"),
("Vocus Group fiscal year end 30 June", M, False, "periods are FY-correct, but no fact"),
("Vocus Group revenue A$2.41 billion FY26", C, True, "Observation revenue A$2.41bn FY2026 (2025-07-01..2026-06-30)"),
("Vocus Group underlying EBITDA A$865 million FY26", C, True, "Observation underlying ebitda A$865m FY2026"),
("Vocus Group business units Enterprise & Government, Wholesale, Retail", M, False, "units are not nodes"),
("Vocus Retail brands Dodo, iPrimus", M, False, ""),
("Enterprise & Government revenue A$1.12 billion (largest) FY26", W, False, "typed as Vocus Group 'revenue' (unit on parent)"),
("Wholesale revenue A$0.74 billion FY26", W, False, "typed as Vocus Group 'revenue'"),
("Retail revenue A$0.55 billion FY26", W, False, "typed as Vocus Group 'revenue'"),
("Vocus Group supplier spend A$1.3 billion FY26", M, False, "claim 'Vocus Group: invest A$1.3 billion, approximately 1,900, FY2026' (no measure for the spend)"),
("Vocus Group number of suppliers ~1,900 FY26", C, True, "Observation suppliers approx 1,900 FY2026"),
("Project Meridian 2,900 km fibre route Perth-Port Hedland", M, False, "claim 'Vocus Group: guide 2,900 (km) ...' without Meridian"),
("Project Meridian capex A$420 million to completion in FY28", W, False, "Observation capital expenditure A$420m on Vocus Group dated FY2028 (one year)"),
("Project Meridian completion FY28", M, False, ""),
("Project Meridian purpose: connect data-centre and renewable sites in WA", M, False, ""),
("Project Lumen is Vocus's AI programme FY27-FY29", M, False, "bare Segment 'Project Lumen'"),
("Project Lumen budget A$180 million FY27-FY29", M, False, "value-only claims 'guide A$180 million, FY2027' on Vocus Group and Project Lumen (period only FY2027)"),
("Lumen allocation AIOps A$72 million FY27-FY29", M, False, "value-only claim 'state A$72 million, FY2026'"),
("Lumen allocation customer service A$46 million", M, False, "value-only claim, FY2026"),
("Lumen allocation data platform A$38 million", M, False, "value-only claim, FY2026"),
("Lumen allocation training and governance A$24 million", M, False, "value-only claim, FY2026"),
("Vocus fibre network 25,000 km inter-capital and regional", M, True, "claim 'Vocus Group: state 25,000' unit 'km inter-capital' (dated FY2026, borderline, counted)"),
("Project Lumen target annualised cost savings A$60 million by end FY29", W, False, "Target on 'Our Group' measure 'value' A$60m by 2029-06-30"),
("Project Lumen target 30% reduction in fault restore time by end FY29", M, False, "30% only in the claim on 'Our Group'"),
("Suppliers must submit AI use declarations by 2027-03-31", M, False, "claim 'Vocus Group: include' without value or date"),
("AI use declarations include where AI is used, models, hosting regions", M, False, ""),
("Customer data not to be used to train third-party models without consent", M, False, ""),
("Vocus target supplier count 1,400 by 2028-06-30", M, False, "value-only claim 'state approximately 1,900, 1,400' (no date)"),
("Competitive tender for overlapping categories Feb-May 2027", M, False, ""),
("Overlapping categories: field services, IT managed services, software resellers", M, False, ""),
("AI-assisted procurement platform go-live 2027-01-01", M, False, ""),
("Supplier onboarding instructions November 2026", M, False, ""),
("Small suppliers (turnover < A$10 million) paid within 20 days", W, False, "Observation 'turnover' below A$10m on Vocus Group; the 20 days lost"),
("Hardware suppliers must confirm export licences / end-use conditions", C, True, "Restriction export licence affects Vocus Group (accepted in precision #64)"),
("Project Lumen budget may be re-phased between years", M, False, ""),
("Project Lumen period FY27-FY29", M, False, "claims dated FY2027 only"),
("Letter sent on behalf of the Vocus Executive Leadership Team", M, False, ""),
("Contacts: category manager or Procurement Transformation Office", M, False, "claim 'Vocus Group: guide' without value"),
("Project Lumen AIOps scope: predictive fault detection, automated ticket routing", M, False, ""),
("Vocus FY26 unit revenue sum A$2.41bn = 1.12 + 0.74 + 0.55", W, False, "total right, the three unit lines on the parent"),
("Vocus supplier reduction ~500 (1,900 -> 1,400) by 2028-06-30", M, False, ""),
("Project Lumen AIOps share of budget 40% (derived)", M, False, ""),
],
}
assert len(R["03_telecomegypt_initiation.md"]) == 55 and len(R["07_vocus_supplier_letter.txt"]) == 46
