# recall_data_after: the baseline's 110 gold-fact lookups (../judged_baseline/recall_data.py) checked against the after store
# /tmp/fc26-after-store (copy /tmp/judge26b-store, aikg /work/fc26after/.venv/bin/aikg, main 2755786). The exports of the two gold
# articles, exp_after/02_jbcc_integrated_report.ttl and exp_after/07_digico_reit_supplement.ttl, are identical to the baseline's
# exp_all/ files but for the extractor string (diff checked), and so are their dumpdoc.py / claims.py --full outputs: no line moved.
# Gold-fact lookups (hand data), store /tmp/fc26-base (copy /tmp/judge26-store), baseline aikg main 55e6c1d.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# As judge25: value-only claims do not count ('JBCC: state Y5.0 billion, Y1.8 billion, Y1.4 billion'; 'CHI1: include US$5.9 million';
# the SYD1 / CHI1 table-row claims with bare numbers); a claim whose one period contradicts a column ('JBCC: report Y71.0 billion
# (net sales), Y65.3 billion (net sales), FY2024') does not count; a claim on a sentence-piece node ('Chief Financial Officer Marcus
# Tan: grow 6.1%') does not count. JBCC's highlights-table row claims carry measure and yen amounts and no period: counted.
# A predicate that names the measure counts ('JBCC: employ 1,720', 'JBCC: invest Y1.6 billion, FY2025', 'JBCC: guide Y81.0 billion').
# Consistency with verdicts.py: JBCC's typed Observations carry no period (year only in some valueTexts) = "period missing";
# segment lines typed on JBCC = "stored wrongly" (unit on parent); plan targets typed as plain Observations = "stored wrongly";
# 'companies' 212 on JBCC = "stored wrongly" (adoption of Agent Studio lost); 'these focus businesses' = "stored wrongly"
# (sentence-piece measure); organization-less Roles (DigiCo's CEO / CFO) = "stored wrongly". A compound gold line whose main
# value is typed but whose growth is lost (focus-business sales +18.0% etc.) is graded on the main value with a note.
# Neither gold file ends with a "NOT stated" control line: all 57 + 53 = 110 lines are facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("JBCC is a Company node 'JBCC' (JB Advanced Technology a second Company node); Information Solutions, Product Development "
              "& Manufacturing and the three focus businesses are Segments unitOf JBCC; JBCC Agent Studio a Product; Kenji Arimura, "
              "Cross-Connect 2028 and JBCC Corporation are not nodes. JBCC's 34 typed Observations have no period at all (the "
              "highlights table's year only in some valueTexts), segment lines are typed on JBCC, plan targets as plain Observations. "
              "DigiCo: no DigiCo node and no typed figure; the supplement gives two organization-less Roles, sentence-piece Segment nodes "
              "'Chief Executive Officer Rebecca Tavener' / 'Chief Financial Officer Marcus Tan', Product nodes SYD1 / CHI1 and a handful "
              "of value-only claims (table rows as bare numbers).")
R = {
"02_jbcc_integrated_report.md": [
("JBCC fiscal year starts April 1", M, False, "not stored"),
("JBCC net sales Y75.2bn FY2025", PM, True, "Observation net sales 75.2bn, no period; row claim"),
("JBCC net sales Y69.4bn FY2024", PM, True, "no period; row claim"),
("JBCC net sales growth +8.4% FY2025", M, True, "only in the row claim (8.4% (net sales))"),
("JBCC operating income Y6.48bn FY2025", PM, True, "no period"),
("JBCC operating income Y5.61bn FY2024", PM, True, "no period"),
("JBCC operating income growth +15.5% FY2025", M, True, "row claim only"),
("JBCC operating margin 8.6% FY2025", PM, True, "no period"),
("JBCC operating margin 8.1% FY2024", PM, True, "no period"),
("JBCC profit attributable Y4.57bn FY2025", PM, True, "year only in valueText"),
("JBCC profit attributable Y4.02bn FY2024", PM, True, "year only in valueText"),
("JBCC net profit growth +13.7% FY2025", M, False, "the row claim drops the 13.7%"),
("JBCC ROE 19.1% FY2025", PM, True, "year only in valueText"),
("JBCC ROE 17.9% FY2024", PM, True, "year only in valueText"),
("JBCC annual dividend per share Y140 FY2025", PM, True, "year only in valueText"),
("JBCC annual dividend per share Y118 FY2024", PM, True, "year only in valueText"),
("JBCC record results for the fourth consecutive year FY2025", M, False, ""),
("Kenji Arimura Representative Director, President and CEO of JBCC", M, False, "no Role, not a node"),
("JBCC medium-term plan Cross-Connect 2028 (FY2024-FY2027)", M, False, "not a node"),
("JBCC segment Information Solutions", C, False, "Statement unitOf JBCC"),
("JBCC segment Product Development & Manufacturing", C, False, "Statement unitOf JBCC"),
("Information Solutions net sales Y71.0bn FY2025", W, False, "typed as JBCC net sales (unit on parent); claim dated FY2024"),
("Information Solutions net sales Y65.3bn FY2024", W, False, "JBCC net sales FY2024 dated Apr 2023-Mar 2024 (unit on parent)"),
("Information Solutions segment profit Y6.12bn FY2025", W, False, "JBCC 'profit' (unit on parent); claim dated FY2024"),
("Information Solutions main operating subsidiary JBCC Corporation", M, False, "not a node"),
("Information Solutions includes SI, cloud, security, ultra-fast development, maintenance", M, False, "empty claim 'Information Solutions: report'"),
("Product Development & Manufacturing net sales Y4.2bn FY2025", W, False, "JBCC net sales (unit on parent), no period"),
("Product Development & Manufacturing net sales Y4.1bn FY2024", W, False, "JBCC net sales FY2024 dated Apr 2023-Mar 2024 (unit on parent)"),
("Product Development & Manufacturing segment profit Y0.36bn FY2025", W, False, "JBCC 'profit' (unit on parent)"),
("Product Development & Manufacturing subsidiary JB Advanced Technology", M, False, "a Company node, no relation"),
("Cloud sales Y21.6bn +18.0% FY2025", PM, True, "revenue on Cloud, no period; the +18.0% only as a bare percent in the claim"),
("Security sales Y9.8bn +14.1% FY2025", PM, True, "revenue on Security, no period; growth lost"),
("Ultra-fast development sales Y7.3bn +22.7% FY2025", PM, True, "revenue on Ultra-fast development, no period; growth lost"),
("Focus businesses total sales Y38.7bn FY2025", W, False, "measure 'these focus businesses' on JBCC (sentence piece), no period"),
("Focus businesses share of net sales 51.5% FY2025", M, False, "value-only in the claim"),
("Focus businesses share of net sales 47.6% FY2024", M, False, "claim '47.6% (sales), FY2024' - measure 'sales', not the share"),
("JBCC stock-type revenue Y29.9bn (39.8% of net sales) FY2025", PM, True, "both typed, no period"),
("JBCC Agent Studio launched June 2025", C, True, "Claim:Launch (launchedWhen 'June 20', date June 2025)"),
("JBCC Agent Studio adopted by 212 companies March 2026", W, False, "JBCC 'companies' 212 (product / adoption lost)"),
("JBCC development productivity +28% vs FY2023", M, False, "value-only claim 'JBCC: report 28%, FY2023'"),
("Cross-Connect 2028 target net sales Y95.0bn FY2027", W, False, "plain Observation JBCC net sales 95.0bn (target as actual)"),
("Cross-Connect 2028 target operating income Y9.0bn (margin ~9.5%) FY2027", W, False, "plain Observations (target as actual)"),
("Cross-Connect 2028 target ROE 20% or more FY2027", M, False, "claim on a Segment node 'ROE'"),
("Cross-Connect 2028 target focus-business share 60% FY2027", M, False, "claim '60% (sales)' without target"),
("Cross-Connect 2028 growth-investment envelope Y5.0bn", PM, False, "Investment JPY 5 billion, no period"),
("Growth investment AI allocation Y1.8bn", M, False, "value-only claim"),
("Growth investment cloud & security platforms Y1.4bn", PM, False, "Investment JPY 1.4 billion (earmark not marked), no period"),
("Growth investment remainder for M&A and partnerships", M, False, ""),
("Growth investment spent Y1.6bn FY2025", M, True, "claim 'JBCC: invest Y1.6 billion, FY2025'"),
("JBCC employees 1,720 March 31, 2026", M, True, "claim 'JBCC: employ 1,720, March 31, 2026'"),
("JBCC cloud-vendor certified staff 1,140", M, False, "value-only claim"),
("JBCC AI Practitioner completions 390", M, False, "claim '390 employees (employees)' - measure lost"),
("JBCC women in management 9.4% (target 15% by FY2027)", M, False, "value-only claim"),
("JBCC forecast net sales Y81.0bn FY2026", PM, True, "'net sales outlook', no period; guide claim"),
("JBCC forecast operating income Y7.3bn FY2026", PM, True, "'operating income outlook', no period"),
("JBCC forecast dividend per share Y160 FY2026", PM, True, "'dividend per share outlook', no period"),
("JBCC risks: engineer shortage, subcontracting costs, cloud resale concentration", M, False, ""),
],
"07_digico_reit_supplement.txt": [
("DigiCo Infrastructure REIT listed on ASX", M, False, "no DigiCo node"),
("DigiCo operating revenue A$41.8m Q1 FY26", M, False, ""),
("DigiCo operating revenue A$38.9m Q4 FY25", M, False, ""),
("DigiCo revenue growth +7.5% q/q Q1 FY26", M, False, ""),
("DigiCo underlying EBITDA A$23.6m Q1 FY26", M, False, ""),
("DigiCo EBITDA margin 56.5% Q1 FY26", M, False, ""),
("DigiCo FFO A$16.2m Q1 FY26", M, False, ""),
("DigiCo FFO per security 2.9 cents Q1 FY26", M, False, ""),
("DigiCo new contracts signed 6.4 MW Q1 FY26", M, False, ""),
("DigiCo AI inference contract at SYD1 4.0 MW Q1 FY26", M, False, "claim '4 (mw inference contract)' on the node 'Chief Executive Officer Rebecca Tavener' (wrong subject)"),
("DigiCo portfolio occupancy 78% 30 Sep 2025", M, False, ""),
("DigiCo portfolio occupancy 73% 30 Jun 2025", M, False, ""),
("DigiCo FY26 distribution guidance 12.0 cents per security", M, False, ""),
("DigiCo number of assets 13", M, False, ""),
("DigiCo installed IT capacity 61.0 MW", M, False, ""),
("DigiCo contracted IT load 47.0 MW", M, False, ""),
("DigiCo capacity-weighted occupancy 77%", M, False, ""),
("DigiCo signed-not-yet-billing 0.6 MW", M, False, ""),
("SYD1 24.0 MW / 19.2 MW / 80% / A$245 per kW per month", M, False, "row claim on 'SYD1 Sydney' with bare numbers (19.2, 80%, 245), no measures; 24.0 lost"),
("HostDC-BNE 6.5 / 5.4 MW / 83% / A$310", M, False, "row lost"),
("HostDC-SYD 4.2 / 3.6 MW / 86% / A$325", M, False, "row lost"),
("HostDC-CBR 3.0 / 2.6 MW / 87% / A$340", M, False, "row lost"),
("HostDC-MEL 5.1 / 3.5 MW / 69% / A$298", M, False, "row lost"),
("HostDC-ADL 2.2 / 1.4 MW / 64% / A$305", M, False, "row lost"),
("CHI1 12.0 / 8.6 MW / 72% / US$162 per kW per month", M, False, "row claim on 'CHI1 Chicago' with bare numbers"),
("Other 6 edge sites 4.0 / 2.7 MW / 68% / A$290", M, False, "row lost"),
("HostDC wholly owned platform of DigiCo", M, False, "not a node"),
("HostDC operating revenue A$11.3m Q1 FY26", M, False, ""),
("CHI1 revenue US$5.9m (A$9.0m) Q1 FY26", M, False, "value-only claim 'CHI1: include US$5.9 million'"),
("DigiCo planned total capacity 323 MW", M, False, ""),
("SYD1 expansion +48 MW; first 16 MW stage FY27", M, True, "claim 'SYD1: state 48 MW (capacity), 16, FY2027'"),
("SYD1 expansion cost A$9-10m per MW", M, False, "value-only claim (per MW lost)"),
("DigiCo FY26 capex guidance A$420m", M, False, ""),
("DigiCo capex spent A$88m Q1 FY26", M, False, ""),
("DigiCo gearing 28.4% (target 25-35%)", M, False, ""),
("DigiCo drawn debt A$912m", M, False, ""),
("DigiCo weighted average cost of debt 5.6%", M, False, ""),
("DigiCo debt hedged 71%", M, False, ""),
("DigiCo undrawn liquidity A$640m", M, False, ""),
("DigiCo WALE by revenue 4.8 years", M, False, ""),
("DigiCo customer mix government & defence 34%", M, False, ""),
("DigiCo customer mix enterprise 29%", M, False, ""),
("DigiCo customer mix cloud & AI service providers 27%", M, False, ""),
("DigiCo customer mix network & content 10%", M, False, ""),
("DigiCo top-10 customers 57% of annualised revenue", M, False, ""),
("Rebecca Tavener CEO of DigiCo", W, False, "Role CEO without organization"),
("Marcus Tan CFO of DigiCo", W, False, "Role CFO without organization"),
("DigiCo renewal rent increase +6.1% Q1 FY26", M, False, "claim on the node 'Chief Financial Officer Marcus Tan' (wrong subject)"),
("DigiCo no debt maturities before FY28", M, False, ""),
("SYD1 AI deployment >80 kW per rack, liquid-cooled", M, False, ""),
("Australian co-location market ~1,350 MW mid-2025", M, False, ""),
("Macquarie Data Centres ~60 MW operational", M, False, "not a node"),
("DigiCo related ASX announcement of 29 October 2025", M, False, ""),
],
}
assert len(R["02_jbcc_integrated_report.md"]) == 57 and len(R["07_digico_reit_supplement.txt"]) == 53
