# recall_data_after: ../judged_baseline/recall_data.py re-checked against exp_after/ (store /tmp/m19-probe22-forjudge, copy
# /tmp/judge22b-store, aikg /work/fc22after/.venv/bin/aikg): the typed facts (dumpdoc.py 04 / 06) and the full claim listings
# (claims.py --full) of 04_batelco_panel_recap and 06_heliostowers_bond_offering are identical to the baseline's (diffed), so
# every row is carried unchanged.
# Gold-fact lookups (hand data), store /tmp/fc22-base (copy /tmp/judge22-store), baseline aikg main ca65f61.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# A claim 'X: state v1, v2' whose values carry no measure does not count (as judge20/21); the notes count such value-only
# claims. A compound gold line (revenue; sites) with only one part typed is "stored wrongly" (partly there).
# Neither gold file ends with a "NOT stated" control line: all 50 + 52 = 102 lines are facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Batelco is a node 'Batelco Group' (altLabel 'Batelco') with 6 typed facts (2024 revenue with growth, net profit, "
              "EBITDA without period, Bahrain's 1.6m population as 'people', the BHD 38m Investment, the US export Restriction) and a "
              "UsageMetric holding the 8bn-parameter base model as 'clients'. No Person is a node (Khalid Al Mannai, Noor Al Sayed, "
              "Peter Lund, Rania Haddad), nor BNET, Gulf Data Hub, Umniah, Dhiraagu, Sure, Batelco Bahrain or BahrainGPT-Lite: the "
              "operations table and the BNET / Gulf Data Hub figures are claims on 'Batelco Group' ('state JOD 142.5 million', "
              "'report 58 MW (capacity), 200 MW, about SAR 610 million (revenue)'). Helios Towers is a node 'Helios Towers' (altLabel "
              "'Helios Towers plc') with 25 typed Observations: the whole summary-financials table (revenue, adjusted EBITDA and "
              "margin, portfolio FCF, capex for FY2024/FY2023/H1 2025/H1 2024), sites, tenancies, proceeds, the US$120m edge capex; "
              "region nodes Tanzania / DRC / Ghana / Oman / Other markets hold their revenues (only Tanzania with a period) and IHS "
              "Towers' 39,000 towers are typed on Helios Towers. The notes' terms are value-only claims, Tom Greenwood and Manjit "
              "Dhillon are not nodes, and the tenancy ratio 2.18x and net leverage are not stored.")
R = {
"04_batelco_panel_recap.md": [
("Gulf Digital Infrastructure Forum 2025 held in Manama", M, False, ""),
("panel session 3B, Hall A, 45 minutes, day two", M, False, "claim 'Session 3B: state 45' (value only)"),
("Dr. Rania Haddad moderator", M, False, "not a node"),
("Bahrain population 1.6 million", W, False, "typed as Batelco Group 'people' 1.6m (wrong subject)"),
("Khalid Al Mannai Group CEO of Batelco", M, False, "not a node; p22-04-q02 fails"),
("Batelco full name Bahrain Telecommunications Company B.S.C.", M, False, "altLabel only 'Batelco'"),
("Noor Al Sayed Chief Executive of BNET", M, False, "not a node"),
("Peter Lund CCO of Gulf Data Hub", M, False, "not a node"),
("Batelco Group revenue BHD 418.6m (US$1.11bn) FY2024", C, True, "US$ amount kept"),
("Batelco Group revenue growth 3.4% FY2024", C, True, "change on the revenue Observation"),
("Batelco Group net profit attributable BHD 72.4m FY2024", C, True, ""),
("Batelco Group EBITDA BHD 165.2m FY2024", PM, True, "Observation without period; claim 'report BHD 165.2 million (ebitda), 39.5% (ebitda)' without period"),
("Batelco Group EBITDA margin 39.5% FY2024", M, True, "only in the claim as '39.5% (ebitda)' role percent (counted as the margin; p22-04-q06 passes)"),
("Batelco Group >40% of revenue from outside Bahrain", M, False, "claim 'report more than 40% (revenue)' - 'outside the kingdom' lost (not counted)"),
("Batelco Bahrain revenue BHD 231.2m FY2024", M, False, "value-only claim 'Batelco Group: state BHD 231.2 million, about 41%'"),
("Batelco Bahrain mobile share about 41%", M, False, "value-only claims 'state ... about 41%' and 'state 41%, about 60%' (p22-04-q05 passes by text)"),
("Umniah market Jordan", M, False, "Umniah not a node"),
("Umniah revenue JOD 142.5m FY2024", M, False, "value-only claim on Batelco Group"),
("Umniah 4G/5G operator", M, False, ""),
("Dhiraagu market Maldives", M, False, "Dhiraagu not a node"),
("Dhiraagu revenue MVR 3.1bn FY2024", M, False, "value-only claim 'Batelco Group: state MVR 3.1 billion, 52%'; p22-04-q04 fails"),
("Batelco owns 52% of Dhiraagu", M, False, "value-only (same claim)"),
("Sure markets Channel Islands, Falklands and others", M, False, "Sure not a node"),
("Sure revenue GBP 88m FY2024", M, False, "value-only claim on Batelco Group"),
("Batelco Group reports in Bahraini dinars", M, False, ""),
("Batelco AI and sovereign cloud investment BHD 38m, 2025-2027", C, True, "Investment with horizon P3Y; claim dated 2025-2027"),
("AI platform in the Hamala data centre", M, False, "Investment without object or location"),
("GPU cluster phase one 1,000 GPUs, due H1 2026", M, True, "claim 'Batelco Group: state 1,000 GPUs (gpus), 4 MW (capacity), H1 2026'; p22-04-q09 fails"),
("GPU cluster phase one 4 MW IT load, H1 2026", M, True, "same claim, '4 MW (capacity)'"),
("Batelco capex guidance about 15% of revenue 2025", M, True, "claim 'invest about 15% (total capital expenditure), 2025'"),
("US export rules require licences for Batelco's accelerators; first batch licensed", C, False, "Restriction US export rule affects Batelco Group (licence detail lost)"),
("Batelco offers Arabic LLM BahrainGPT-Lite", M, False, "not a node (p22-04-q08 passes by text)"),
("BahrainGPT-Lite fine-tuned from an 8bn-parameter open-weights model", W, False, "typed as a UsageMetric 'clients' of Batelco Group with value 8bn parameters"),
("BahrainGPT-Lite for government and banking clients", M, False, ""),
("BNET Bahrain's national wholesale broadband network", M, False, "BNET not a node"),
("BNET majority-owned by Batelco, regulated separately", M, False, ""),
("BNET revenue BHD 66.8m FY2024", M, False, "value-only claim 'Batelco Group: report BHD 66.8 million, 95%, 2024' (wrong subject)"),
("BNET fibre coverage over 95% of households", M, False, "same claim"),
("Gulf Data Hub based in Saudi Arabia", M, False, "not a node"),
("Gulf Data Hub 58 MW in operation", M, False, "claim on 'Batelco Group' (wrong subject: 'report 58 MW (capacity)')"),
("Gulf Data Hub 200 MW by 2028", M, False, "same claim on Batelco Group, 2028 lost"),
("Gulf Data Hub annual revenue about SAR 610m", M, False, "same claim on Batelco Group (revenue)"),
("Gulf Data Hub is not a Batelco company", M, False, "contradicted by the claims above"),
("Peter Lund: small markets should partner, not build", M, False, ""),
("Batelco enterprise connectivity share about 60%", M, False, "value-only claim 'state 41%, about 60%'"),
("board has taken no decision on listing the data-centre unit", M, False, ""),
("Khalid Al Mannai quote 'Sovereign does not mean small...'", M, False, ""),
("Noor Al Sayed quote 'If you do not have the fibre...'", M, False, ""),
("BHD 38m = roughly 23% of one year's EBITDA", M, False, "value-only claim 'state roughly 23%, one year'"),
("AI data centres need two fibre routes and power (Noor Al Sayed)", M, False, ""),
],
"06_heliostowers_bond_offering.md": [
("Helios Towers Finance plc offers US$850m 7.50% Senior Notes due 2031", M, False, "value-only claim 'Helios Towers: state US$850,000,000, 7.50%, 2031' (p22-06-q01 passes by text)"),
("Helios Towers Finance plc wholly owned subsidiary (issuer) of Helios Towers plc", M, False, "Finance plc is a bare Company node"),
("Helios Towers plc parent guarantor", M, False, ""),
("Notes pricing date 10 September 2025", M, False, ""),
("Notes settlement 17 September 2025 (T+5)", M, False, ""),
("Notes issue price 99.412%", M, True, "claim 'Helios Towers: state 99.412% (issue price)'"),
("Notes maturity 17 September 2031", M, False, ""),
("Notes coupon 7.50% semi-annual, first payment 17 March 2026", M, False, "value-only claim 'state 7.50%, 17 March 2026'"),
("Notes senior unsecured, guaranteed", M, False, ""),
("Notes non-call 3 years", M, False, ""),
("Notes change of control at 101%", M, False, "value-only claim 'state 101%'"),
("Notes ratings B1 / B+ / BB-", M, False, ""),
("Notes listed on TISE", M, False, ""),
("Rule 144A / Regulation S", M, False, ""),
("net proceeds approximately US$837m", C, True, "Observation 'proceeds' approx US$837m (article gives no period)"),
("proceeds redeem US$650m 7.00% notes due 2027", M, False, "value-only claim 'state US$650 million, 7.00%, 2027'; p22-06-q09 fails"),
("proceeds repay US$120m drawn under the RCF", M, False, "value-only claim 'include US$120 million'"),
("proceeds for general corporate purposes incl. edge data-centre sites", M, False, ""),
("Helios Towers operates in nine markets", M, False, ""),
("markets Tanzania, DRC, Congo B, Ghana, South Africa, Senegal, Madagascar, Malawi, Oman", M, False, "region nodes exist only for the segment list; p22-06-q08 fails"),
("Tom Greenwood CEO", M, False, "not a node"),
("Manjit Dhillon CFO", M, False, "not a node; p22-06-q04 fails"),
("sites 14,350 at 30 June 2025", C, False, "claim 'state 14,350, 31,240' value-only"),
("tenancies 31,240 at 30 June 2025", C, False, ""),
("tenancy ratio 2.18x at 30 June 2025", M, False, "p22-06-q06 fails"),
("Project 2030 tenancy ratio targets 2.2x end-2026, 2.5x 2030", M, False, ""),
("revenue US$792.1m FY2024", C, True, ""),
("revenue US$721.0m FY2023", C, True, ""),
("revenue US$414.3m H1 2025", C, True, ""),
("revenue US$388.0m H1 2024", C, True, ""),
("adjusted EBITDA US$434.7m, margin 54.9% FY2024", C, True, ""),
("adjusted EBITDA US$376.1m, margin 52.2% FY2023", C, True, ""),
("adjusted EBITDA US$232.8m, margin 56.2% H1 2025", C, True, ""),
("adjusted EBITDA US$209.6m, margin 54.0% H1 2024", C, True, ""),
("portfolio FCF 268.3 / 222.0 / 139.5 / 127.2", C, True, "all four columns typed"),
("capex 161.4 / 238.9 / 74.6 / 71.2", C, True, "all four columns typed"),
("net leverage 3.6x at 30 June 2025", M, False, ""),
("net leverage 3.9x at 31 December 2024", M, False, ""),
("about 66% of revenue in hard currency", M, False, "claim 'report About 66% (revenue)' - 'hard currency' lost (not counted)"),
("Tanzania revenue US$135.6m (TZS 352bn) H1 2025", C, True, "region node, H1 2025"),
("Tanzania 4,620 sites", M, False, ""),
("DRC revenue US$103.2m; 2,890 sites H1 2025", W, True, "revenue typed on the DRC node without period, sites not typed; claim 'Democratic Republic of Congo: report US$103.2 million (revenue), 2,890 (sites)'"),
("Ghana revenue US$40.8m (GHS 630m); 1,260 sites H1 2025", W, False, "revenue typed on Ghana without period, sites not typed; the claim is about a Product 'GHS 630'"),
("Oman revenue US$31.5m (OMR 12.1m); 2,640 sites H1 2025", W, False, "revenue typed on Oman without period, sites not typed; the claim is about a Product 'OMR 12.1'"),
("Other markets revenue US$103.2m H1 2025", PM, False, "typed on 'Other markets' without period; claim 'Helios Towers: report US$103.2 million (revenue)' is on the group"),
("edge data-centre / power-as-a-service capex plan US$120m 2025-2027", C, True, "capital expenditure outlook 2025-2027 (+ claim)"),
("first four edge sites Dar es Salaam, Kinshasa, Accra, Muscat; 200-400 kW", M, False, "value-only claim 'state 200, 400'"),
("IHS Towers revenue US$1.71bn, about 39,000 towers 2024", W, False, "39,000 towers typed on Helios Towers (2024); the claim with US$1.71bn is on Helios Towers"),
("Helios Towers claims leadership in Tanzania, DRC, Oman", M, False, ""),
("five largest customers 84% of H1 2025 revenue", M, True, "claim 'report 84% (five largest customers), H1 2025'"),
("currency risks: Malawian kwacha, Ghanaian cedi", M, False, ""),
("political/regulatory risk in the DRC", M, False, ""),
],
}
