# recall_data_after: the baseline's 102 gold-fact lookups (../judged_baseline/recall_data.py) checked against exp_after/ (store
# /tmp/fc24-after-store, copy /tmp/judge24b-store, aikg main 09f2b20). 05_darktrace's export is identical to the baseline's (but for
# the extractor string); 03_railtel's differs only by two Roles for Sanjai Kumar (chairman, managing director) with no
# organization: that line moves from missing to stored wrongly (marked '# changed'); no count changes.
# Gold-fact lookups (hand data), store /tmp/fc24-base (copy /tmp/judge24-store), baseline aikg main 72e3a04.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject states it with the right value(s), measure, and no contradicting period.
# A claim 'X: state v1, v2' whose values carry no measure does not count (as judge20-23); a claim on the wrong subject does not
# count (every Darktrace claim is 'about' Thoma Bravo). A compound gold line whose main value is typed right but whose
# parenthetical prior / change is lost is "stored correctly" with a note.
# Neither gold file ends with a "NOT stated" control line: all 52 + 50 = 102 lines are facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("RailTel is not a node: the KPI sheet (plain text, aligned columns) yields only a Segment 'Management commentary' with "
              "one Observation 'telecom services +10.9%', a Product pair 'Wi-Fi 6' versionOf 'Wi-Fi' (from the Wi-Fi stations row) "
              "and a Person 'Sanjai Kumar' with two Roles (chairman, managing director) that name no organization - no claim at all. Darktrace is a bare Company node (only mentioned by the "
              "claim 'Thoma Bravo: acquire'): every Darktrace figure (revenue, ARR, margins, customers, countries), its CEO and "
              "Chair Roles, its competitor and its customer UsageMetric are typed on 'Thoma Bravo'; the deal terms (price per share, "
              "equity value, EV, net cash, premiums) are value-only or mis-measured claims on Thoma Bravo and the four multiples "
              "(8.4x, 6.8x, 38.5x, 29x) are not stored at all; SentinelOne is not a node (its US$821m is typed on 'Vectra AI'); "
              "Seth Boro, Qatalyst, Kirkland & Ellis and Fund XV are not nodes.")
R = {
"03_railtel_kpi_sheet.txt": [
("RailTel ownership/status: Navratna PSU under the Ministry of Railways", M, False, "RailTel is not a node"),
("RailTel revenue from operations INR 893.4 crore Q2 FY26", M, False, "the financial KPI table is not read at all (no Observation, no claim)"),
("RailTel revenue from operations INR 776.2 crore Q2 FY25", M, False, ""),
("RailTel revenue growth YoY 15.1% Q2 FY26", M, False, ""),
("RailTel revenue from operations INR 1,652.9 crore H1 FY26", M, False, ""),
("RailTel revenue from operations INR 1,426.5 crore H1 FY25", M, False, ""),
("Telecom services revenue INR 352.6 crore Q2 FY26", M, False, ""),
("Telecom services revenue INR 318.0 crore Q2 FY25", M, False, ""),
("Telecom services growth YoY 10.9% Q2 FY26", W, False, "typed from the management-commentary line on a Segment 'Management commentary' (measure 'telecom services', no period)"),
("Telecom services revenue INR 689.4 crore H1 FY26", M, False, ""),
("Telecom services revenue INR 622.7 crore H1 FY25", M, False, ""),
("Project work services revenue INR 540.8 crore Q2 FY26", M, False, ""),
("Project work services revenue INR 458.2 crore Q2 FY25", M, False, ""),
("Project work services growth YoY 18.0% Q2 FY26", M, False, ""),
("Project work services revenue INR 963.5 crore H1 FY26", M, False, ""),
("Project work services revenue INR 803.8 crore H1 FY25", M, False, ""),
("RailTel other income INR 21.6 crore Q2 FY26 (19.8; +9.1%)", M, False, ""),
("RailTel other income INR 40.3 crore H1 FY26 (37.9)", M, False, ""),
("RailTel EBITDA INR 118.7 crore Q2 FY26 (104.5; +13.6%)", M, False, ""),
("RailTel EBITDA INR 221.4 crore H1 FY26 (196.0)", M, False, ""),
("RailTel EBITDA margin 13.3% Q2 FY26 (13.5%; -20bps)", M, False, ""),
("RailTel EBITDA margin 13.4% H1 FY26 (13.7%)", M, False, ""),
("RailTel profit before tax INR 108.9 crore Q2 FY26 (97.1; +12.2%)", M, False, ""),
("RailTel profit before tax INR 203.6 crore H1 FY26 (181.4)", M, False, ""),
("RailTel PAT INR 81.2 crore Q2 FY26 (72.3; +12.3%)", M, False, ""),
("RailTel PAT INR 151.8 crore H1 FY26 (135.1)", M, False, ""),
("RailTel basic EPS INR 2.53 Q2 FY26 (2.25)", M, False, ""),
("RailTel basic EPS INR 4.73 H1 FY26 (4.21)", M, False, ""),
("RailTel capex INR 96.5 crore Q2 FY26 (71.3; +35.3%)", M, False, ""),
("RailTel capex INR 178.2 crore H1 FY26 (139.6)", M, False, ""),
("Telecom services EBIT margin 24.1% Q2 FY26 (23.6%)", M, False, "segment-margin table not read"),
("Project work services segment margin 5.8% Q2 FY26 (6.4%)", M, False, ""),
("RailTel optical fibre network 62,140 route km 30-Sep-25", M, False, "operating-KPI table not read"),
("RailWire broadband subscribers 6.1 lakh 30-Sep-25", M, False, "RailWire is not a node"),
("RailWire ARPU INR 412 per month 30-Sep-25", M, False, ""),
("RailTel points of presence 6,420 30-Sep-25", M, False, ""),
("RailTel railway stations with public Wi-Fi 6,108 30-Sep-25", M, False, "only the fragment 'Wi-Fi 6' versionOf 'Wi-Fi' (the count glued to the name)"),
("RailTel data centre racks live 318 30-Sep-25", M, False, ""),
("RailTel Tier III data centres 2 (Gurugram, Secunderabad)", M, False, ""),
("RailTel unexecuted order book INR 7,840 crore 30-Sep-25", M, False, "order-book table not read"),
("Order book telecom services portion INR 1,120 crore", M, False, ""),
("Order book project work services portion INR 6,720 crore", M, False, ""),
("Order book Kavach orders INR 1,960 crore", M, False, "footnote"),
("RailTel new orders won INR 1,480 crore Q2 FY26", M, False, ""),
("RailTel revenue growth target 15-18% FY26", M, False, "guidance bullets not read"),
("RailTel capex plan INR 450 crore FY26", M, False, ""),
("RailTel third Tier III data centre at Bhubaneswar, est. INR 180 crore, award Q4 FY26", M, False, ""),
("Telecom services contents (NLD, IP-MPLS, RailWire, towers, DC and cloud)", M, False, ""),
("Project work services contents (ICT / signalling projects, cost-plus)", M, False, ""),
("Data centre and cloud revenue not reported separately", M, False, "no DisclosureGap"),
("Sanjai Kumar Chairman & Managing Director, RailTel", W, False, "two Roles (chairman, managing director) from the signature line, but with no organization (RailTel is not a node)"),  # changed
("RailTel release date 7 November 2025 (unaudited)", M, False, ""),
],
"05_darktrace_pe_acquisition.md": [
("Thoma Bravo definitive agreement to acquire Darktrace, all cash, 2 Dec 2025", M, True, "claim 'Thoma Bravo: acquire' mentions Darktrace (no typed acquisition)"),
("Darktrace offer price US$8.10 per share", M, False, "value-only claim 'Thoma Bravo: state US$8.10, approximately 615'"),
("Darktrace offer price approx. 615 pence per share", M, False, "same value-only claim (unit pence, no measure)"),
("Darktrace fully diluted equity value approx. US$5.6bn", M, False, "value-only claim 'Thoma Bravo: state approximately US$5.6 billion, ...'"),
("Darktrace enterprise value approx. US$5.2bn", M, False, "same value-only claim"),
("Darktrace net cash approx. US$0.4bn", M, False, "same value-only claim"),
("Offer premium to three-month VWAP 44.3%", M, False, "claim on Thoma Bravo with 44.3% as 'price' and 20.1% as 'three-month VWAP' (measures swapped / wrong)"),
("Offer premium to 1 Dec 2025 close 20.1%", M, False, "same claim, 20.1% labelled 'three-month volume-weighted average price'"),
("Deal EV/revenue multiple 8.4x FY2025", M, False, "the multiples are not stored at all"),
("Deal EV/ARR multiple 6.8x", M, False, ""),
("Deal EV/adjusted EBITDA multiple 38.5x FY2025", M, False, ""),
("Deal EV/consensus adjusted EBITDA approx. 29x FY2026", M, False, ""),
("Darktrace revenue US$620m FY2025", W, False, "typed twice on Thoma Bravo (FY2025); claims on Thoma Bravo too"),
("Darktrace revenue US$512m FY2024", W, False, "typed on Thoma Bravo and dated FY2025"),
("Darktrace revenue growth 21% FY2025", W, False, "typed on Thoma Bravo"),
("Darktrace ARR US$760m 30 Jun 2025", W, False, "typed on Thoma Bravo as 'recurring revenue' as of 2025-06-30"),
("Darktrace ARR growth 19% FY2025", M, False, "claim 'Thoma Bravo: grow 19%, US$760 million' (wrong subject)"),
("Darktrace adjusted EBITDA US$135m FY2025", W, False, "typed on Thoma Bravo"),
("Darktrace adjusted EBITDA margin 21.8% FY2025", W, False, "typed on Thoma Bravo"),
("Darktrace gross margin 89.6% FY2025", W, False, "typed on Thoma Bravo"),
("Darktrace net ARR added US$121m FY2025", W, False, "typed on Thoma Bravo as measure 'added'"),
("Darktrace customers approx. 9,800 30 Jun 2025", W, False, "typed on Thoma Bravo (Observation and UsageMetric)"),
("Darktrace countries served more than 110", W, False, "typed on Thoma Bravo, dated FY2025"),
("Darktrace founded 2013, Cambridge, England", M, False, ""),
("Darktrace channel partners' share of new ARR 68% FY2025", M, False, "claim 'Thoma Bravo: partner 68%' (wrong subject)"),
("Darktrace platform ActiveAI Security Platform (/EMAIL, /NETWORK, /CLOUD, /OT)", M, False, "no Product node"),
("Darktrace board intends unanimously to recommend", M, False, ""),
("Offer irrevocable undertakings 23% of shares", M, False, "claim on Thoma Bravo with 23% as 'share price'"),
("Deal expected completion Q1 calendar 2026", M, False, ""),
("Deal approvals: shareholder, court, regulatory incl. UK national-security clearance", M, False, ""),
("Seth Boro Managing Partner, Thoma Bravo", M, False, "not a node; claim 'Thoma Bravo: partner' without value"),
("Jill Popelka CEO of Darktrace", W, False, "Role CEO of Thoma Bravo"),
("Gordon Hurst Chair of Darktrace", W, False, "Role chairman of Thoma Bravo"),
("Thoma Bravo R&D investment plan approx. US$300m over three years", C, True, "Investment investor Thoma Bravo, horizon P3Y (R&D target lost)"),
("R&D plan focus: AI models for autonomous response; Cambridge engineering hub", M, False, ""),
("Financing equity from Thoma Bravo Fund XV", M, False, ""),
("Financing committed term loan US$1.9bn, group of banks", W, False, "typed as an Investment by Thoma Bravo; value-only claim"),
("Darktrace expected net leverage approx. 6.5x FY2026 adjusted EBITDA", M, False, ""),
("Darktrace break fee US$56m", W, False, "typed as an Investment by Darktrace; value-only claim on Thoma Bravo"),
("Vectra AI private company, competitor (of Darktrace)", W, False, "Competition Thoma Bravo vs Vectra AI"),
("SentinelOne revenue US$821m FY ended 31 Jan 2025", W, False, "typed on 'Vectra AI'; SentinelOne not a node"),
("SentinelOne competitor of Darktrace", M, False, ""),
("Thoma Bravo prior investments in more than 75 security companies", M, True, "claim 'Thoma Bravo: invest more than 75 (security companies)'"),
("Qatalyst Partners financial adviser to Darktrace", M, False, "not a node"),
("Kirkland & Ellis legal counsel to Thoma Bravo", M, False, "not a node"),
("Thoma Bravo description: software investment firm", M, False, ""),
("Darktrace description: AI-powered cybersecurity", M, False, ""),
("Darktrace headquarters Cambridge, England", M, False, ""),
("Thoma Bravo dateline San Francisco", M, False, ""),
("Deal figures unaudited, rounded", M, False, ""),
],
}
assert len(R["03_railtel_kpi_sheet.txt"]) == 52 and len(R["05_darktrace_pe_acquisition.md"]) == 50
