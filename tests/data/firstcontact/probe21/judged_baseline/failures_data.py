# Failure classes (hand data) for the FAIL lines of /work/firstcontact21/score_baseline.txt, store /tmp/fc21-base
# (asks run again on the copy /tmp/judge21-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Megaport is a Company node with no fact; its figures sit on 'Chief' (altLabel "Chief Executive Officer of
# Megaport") and its regions are unitOf 'Chief'. Iliad, Free and Iliad Italia are not nodes: their figures sit on 'Play'.
# Bitdefender is not a node: its figures sit on 'Meridale Insights'. TechnologyOne figures partly on 'SAY'. ManageEngine,
# Zia LLM, Mani Vembu, Thomas Reynaud, Hidetoshi Shibata, Anat Golan are not nodes; 'Florin Talpe' is a Person without Role.
# Rule (as judge17-20): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a plain claim without measure (or on a
# wrong subject, or with a wrong measure) is EXTRACTION; a typed fact on the right subject that the ask does not return is
# ASK; a no-answer question answered from a bare claim / quote is ASK.
F = {
"p21-01-q01": ("EXTRACTION", "company attribution", "FY25 revenue A$226.4m typed on 'Chief' (FY2025, correct otherwise); the 'Megaport' node holds no fact; ask fell back to a text quote - the ARR line A$238.0m"),
"p21-01-q03": ("EXTRACTION", "company attribution", "North America A$116.2m FY2025 typed on the region node, but the region is unitOf 'Chief', not Megaport; ask: no figure for North America region of Megaport"),
"p21-01-q04": ("EXTRACTION", "measure", "32% EBITDA margin only as claim 'Chief: report A$72.1 million (ebitda), 32% (ebitda)' (measure ebitda, not margin; on 'Chief'); no margin Observation"),
"p21-01-q06": ("EXTRACTION", "acquisitions", "Latitude.sh deal (US$65m upfront + up to US$35m earn-out) only in claim 'Chief: report US$65 million, up to US$35 million, FY2025'; no acquisition/Investment typed; Latitude.sh a bare Company node"),
"p21-01-q07": ("EXTRACTION", "targets/guidance", "FY26 capex plan A$45m only in claim 'Chief: invest A$31.5 million (capex), A$45 million (capex), FY2025' (dated FY2025, on 'Chief'); typed only the FY25 A$31.5m on 'Chief'"),
"p21-01-q09": ("EXTRACTION", "company attribution", "Q1 FY26 revenue A$61.8m typed on 'Chief' with the right period (Q1 FY2026, Jul-Sep 2025); ask: no revenue for Megaport"),
"p21-02-q01": ("EXTRACTION", "table/list rows", "forecast table (previous/revised/change/FY2024) not extracted: no revised revenue forecast JPY 1,310,000m"),
"p21-02-q02": ("EXTRACTION", "table/list rows", "operating profit forecasts 148,000 -> 121,000 (table) not extracted; only claim 'state 2.3%, 18.2%' without measure and the truncated Reason"),
"p21-02-q03": ("EXTRACTION", "table/list rows", "Automotive JPY 158.4bn (segment list) only in claim 'Renesas Electronics: state JPY 158.4 billion, Q3 2025' (segment and measure lost); Automotive not a node"),
"p21-02-q04": ("EXTRACTION", "measure", "loss JPY 235.0bn only in claim 'Renesas Electronics: state JPY 235.0 billion' (no measure, no period); a Company node 'Supply-Related Deposit Renesas Electronics'"),
"p21-02-q05": ("EXTRACTION", "measure", "26% only in claim 'Renesas Electronics: report approximately 26% (customers), Q3 2025' - measure 'customers', China lost (borderline ASK)"),
"p21-02-q06": ("EXTRACTION", "people", "President and CEO Hidetoshi Shibata (letterhead 'Representative:') not a node; only Kaori Tsujimoto is a Person (no role)"),
"p21-02-q07": ("ASK", "capex/investment", "Investment 'about JPY 65 billion', investor Renesas Electronics, FY2025 is typed (and claim 'invest approximately JPY 65 billion, FY2025'); ask (intent figures): not stated"),
"p21-02-q08": ("EXTRACTION", "measure", "~JPY 60bn AI data-centre product revenue only in claim 'report approximately JPY 60 billion, about 4.6% (revenue)' - the products lost, 60bn without measure"),
"p21-03-q01": ("EXTRACTION", "number format", "consolidated revenue 5,06 mld EUR only in claim 'Play: grow 5,06, 5,3%' - unit 'mld', no currency, no measure, on 'Play' (Iliad not a node)"),
"p21-03-q02": ("EXTRACTION", "company attribution", "EBITDAaL margin 37,9% H1 2025 typed on 'Play' (measure 'margin'); Iliad not a node"),
"p21-03-q04": ("EXTRACTION", "table/list rows", "Italy 650 mln EUR (revenue breakdown list) not stored at all (of the three lines only Poland's survives, as claim 'Poland: state 1,39, about 5,9 mld PLN'; France's 3,02 mld EUR is missing too); ask answered with every revenue of the store (Meridale, Nemetschek, 'Chief', ...) instead of no_answer"),
"p21-03-q06": ("EXTRACTION", "people", "directeur général Thomas Reynaud not a node; ask: 'no CEO of Chief' (resolved Iliad to Megaport's 'Chief')"),
"p21-03-q07": ("EXTRACTION", "company attribution", "MarketShare 22,4% of the French mobile market typed with holder 'Play' (Free not a node)"),
"p21-04-q05": ("ASK", "capex/investment", "Investment AUD 150.2m in research and development by TECHNOLOGYONE LIMITED is typed (24.6% in claim 'SAY: invest A$150.2 million, 24.6 per cent (r&d spending)'); ask listed segment revenues and said R&D not stated"),
"p21-04-q09": ("EXTRACTION", "targets/guidance", "ARR > A$1bn by FY30 only in claim 'SAY: state A$1 billion' (wrong subject, no measure, no period); no Target"),
"p21-04-q10": ("ASK", "no-answer trap", "no-answer question (total customers) answered by text fallback with the '>1,100 customers on SaaS+' quote"),
"p21-05-q02": ("EXTRACTION", "measure", "12-month backlog $4.15bn only in claim 'Amdocs: state $4.15 billion' without measure"),
"p21-05-q07": ("EXTRACTION", "people", "Anat Golan (to lead Cloud & Data) not a node; the three business units not nodes"),
"p21-06-q01": ("EXTRACTION", "company attribution", "12.6% share typed as Claim:Ranking (rank 2, rankShare 12.6) of 'Meridale Insights'; Bitdefender not a node"),
"p21-06-q03": ("EXTRACTION", "company attribution", "group revenue RON 3.1bn (~EUR 623m) +14% 2025 typed on 'Meridale Insights'"),
"p21-06-q05": ("EXTRACTION", "table/list rows", "Gen Digital US$832m only in claim 'Meridale Insights: state 1, 832, 19.8%' (vendor table row; Gen Digital not a node)"),
"p21-06-q06": ("EXTRACTION", "capex/investment", "EUR 50m over three years in the AI lab only in claim 'Meridale Insights: state €50 million, over three years' (wrong subject, no target); no Investment"),
"p21-06-q07": ("EXTRACTION", "people", "CEO Florin Talpeș is a Person 'Florin Talpe' (ș dropped) with no Role; ask answered with the CEOs of Amdocs, Nemetschek and TechnologyOne"),
"p21-06-q08": ("EXTRACTION", "company attribution", "enterprise segment 55% of group revenue typed on 'Meridale Insights'"),
"p21-07-q01": ("EXTRACTION", "unit figure", "ManageEngine's ~₹4,200 crore typed as Zoho revenue FY2025 (returned); ₹11,950 crore only in claim 'Zoho: report ₹11,950 crore, 19% (net profit), ... FY2024' without measure and dated FY2024"),
"p21-07-q03": ("ASK", "measure", "Observation Zoho 'distinct job openings' 1,412 (no period) is typed; ask: 'no job openings for Zoho' (measure not matched, or the Apr-Sep period filter drops the undated fact; borderline)"),
"p21-07-q04": ("EXTRACTION", "measure", "537 / 38% only in claim 'Zoho: state 537, 38%' without measure"),
"p21-07-q05": ("EXTRACTION", "products/models", "Zia LLM not a node; the sizes only in claim 'Nvidia: launch 1.3 billion, 2.6 billion, 7 billion parameters' (wrong subject); ask returned quotes of unrelated sentences"),
"p21-07-q07": ("EXTRACTION", "capex/investment", "₹1,800 crore only in claim 'Zoho: invest ₹1,800 crore, FY2025' (data centres not stored, no Investment/Observation); ask: no data centres for Zoho"),
"p21-07-q08": ("EXTRACTION", "plans/projects", "the US$700m Karnataka fab and its 'on hold' status only in claim 'Zoho: state US$700 million, FY2025' without measure; no status"),
"p21-07-q09": ("EXTRACTION", "unit figure", "ManageEngine not a node; its ~₹4,200 crore typed as Zoho revenue"),
"p21-08-q01": ("EXTRACTION", "measure", "Q3 revenue EUR 297.4m only in claim 'Nemetschek Group: state €297.4 million, 18.2%, 21.5%, Q3 2025' without measure; the 9M EUR 885.3m is typed as FY 2025 revenue; ask fell back to the guidance quote"),
"p21-08-q02": ("EXTRACTION", "targets/guidance", "the FY2025 guidance 'about 31%' is typed as Q3 2025 'ebitda margin' and returned; the actual 30.3% is typed as 'margin' Q3 2025"),
"p21-08-q03": ("EXTRACTION", "table/list rows", "CSV segment rows not extracted: Design not a node, EUR 140.6m not stored"),
"p21-08-q04": ("EXTRACTION", "table/list rows", "Build & Construct is a Segment node (unitOf Nemetschek) without figures; +21.4% only in claim 'Nemetschek Group: grow 21.4%, Q3 2025' (segment lost)"),
"p21-08-q05": ("ASK", "measure", "ARR EUR 1,162m at 2025-09-30 typed on Nemetschek Group as 'recurring revenue' (and claimed); ask: not stated (borderline: ARR named 'recurring revenue')"),
"p21-08-q07": ("ASK", "capex/investment", "Investment about EUR 40m in 2025 (AI layer) by Nemetschek Group is typed; ask: not stated"),
"p21-08-q08": ("EXTRACTION", "targets/guidance", "FY2025 guidance (cc revenue growth 17-19%, EBITDA margin about 31%) typed as Q3 2025 actuals (revenue change, ebitda margin), no guidance/Target; ask: not stated"),
"p21-08-q10": ("ASK", "no-answer trap", "no-answer question (Q3 net income) answered from claims: Bluebeam's US$78.5m revenue (as Nemetschek revenue) and ARR EUR 1,162m"),
}
