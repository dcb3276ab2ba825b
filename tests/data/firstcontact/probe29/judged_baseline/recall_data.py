# Gold-fact lookups (hand data), store /tmp/fc29-baseline (copy /tmp/judge29-store), baseline aikg /work/fc29base.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# As judge27/28: value-only claims (no measure: Teradata's 'grow $742 million, 24%, $1.51 billion, 3%', Addnode's division
# rows with the division name as measure) do not count; claims on the wrong subject (Cloudera's / Exasol's figures on
# Teradata, the buyback on 'Marguerite Onwuachi') do not count.
# Consistency with verdicts.py: a unit's / product's figure on the parent (division growth, Process Management's margin,
# AI Unlimited / AI add-on customers) is stored wrongly; targets typed as Observations are stored wrongly.
# A gold line with a prior-year / comparison value in parentheses counts as correct only if both values are typed right
# (one of them = 'only partly there' = stored wrongly). Neither gold file ends with a "NOT stated" line: 48 + 28 = 76 facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Addnode: the right node, most group lines typed with prior year; the prior-year net sales in parentheses are "
              "scaled absurdly (2 018 -> SEK 2.23 trillion, 6 315 -> SEK 7.2 trillion); the division table gives no typed "
              "amount (only the growth rates, on the parent); the targets are typed as Observations. Teradata: the right node, "
              "but no ARR figure is typed (cloud / total ARR, growth, guidance exist only in a value-only claim); buybacks, "
              "capex and the remaining authorisation are missing or on the CFO; rivals' figures sit in claims on Teradata.")
R = {
"04_addnode_interim_report.txt": [
("net sales 2 214 MSEK Q3 2026", C, True, ""),
("net sales 2 018 MSEK Q3 2025", W, False, "typed as SEK 2,233,926 million (scale error on the parenthesised value)"),
("net sales growth 10% (9.7% computed) Q3 2026", C, True, "change attached to 2 214"),
("organic growth 4.1% (comparable units, currency-adjusted) Q3 2026", M, False, "claim 'grow 4.1%' without measure"),
("EBITA 246 MSEK (198) Q3 2026 (Q3 2025)", C, True, "both typed"),
("EBITA margin 11.1% (9.8%) Q3 2026 (Q3 2025)", W, True, "11.1% typed; 9.8% only in the claim"),
("operating profit (EBIT) 181 MSEK (140)", C, True, "both typed as 'operating profit'"),
("profit after tax 128 MSEK (97)", C, True, ""),
("EPS SEK 0.96 (0.73)", C, True, ""),
("cash flow from operating activities 312 MSEK (264)", C, True, ""),
("net sales 6 842 MSEK (6 315) Jan-Sep 2026 (2025)", W, True, "6 842 right; 6 315 typed as SEK 7.2 trillion"),
("net sales growth 8% Jan-Sep 2026", C, True, ""),
("EBITA 731 MSEK (612) Jan-Sep", C, True, ""),
("EBITA margin 10.7% (9.7%) Jan-Sep", W, True, "10.7% typed; 9.7% only in the claim"),
("Design Management net sales 1 196 MSEK (1 083), +10.4% Q3", W, False, "only +10.4% on Addnode Group; the row claim is value-only"),
("Design Management EBITA 142 MSEK (118) Q3", M, False, "value-only row claim"),
("PLM net sales 652 MSEK (612), +6.5% Q3", W, False, "only +6.5% on Addnode Group"),
("PLM EBITA 64 MSEK (52) Q3", M, False, ""),
("Process Management net sales 378 MSEK (334), +13.2% Q3", W, False, "only +13.2% on Addnode Group"),
("Process Management EBITA 58 MSEK (43) Q3", M, False, "value-only row claim"),
("Process Management EBITA margin 15.3% (12.9%) Q3", W, True, "15.3% typed on Addnode Group without period; claim on the company holds both"),
("Central functions/eliminations net sales -12 MSEK (-11)", M, False, "value-only row claim"),
("Central functions/eliminations EBITA -18 MSEK (-15)", M, False, "value-only row claim"),
("Symetri part of Design Management", M, False, ""),
("TechniaTranscat is the PLM division", M, False, ""),
("Sokigo part of Process Management", M, False, ""),
("Design Management growth driver: recurring digital-twin / BIM revenue", W, True, "Reason claim on Addnode Group (unit on the parent)"),
("PLM demand strong from defence / automotive, weaker medtech", M, False, ""),
("Process Management growth driver: municipal framework agreements", M, False, "only in the CEO quote (evidence)"),
("Carl-Fredrik Wennström President and CEO", C, False, ""),
("Annika Bergfors CFO", C, False, ""),
("Lisa Hellqvist head of Process Management from 1 Oct 2026", C, False, "Role without the date (accepted as verdict #88)"),
("Jonas Frejdh former head of Process Management", M, False, "no Role / Person"),
("AI development investment ~60 MSEK 2026", C, True, ""),
("AI add-on modules > 400 paying customers", W, True, "on Addnode Group (product lost); UsageMetric claim on the company"),
("acquisition of Kvarnbo Geodata AB Q3 2026", C, True, "DealTerm claim buyer Addnode, target Kvarnbo"),
("Kvarnbo annual net sales ~85 MSEK", W, False, "typed on Kvarnbo dated 'Q3' (annual figure)"),
("Kvarnbo 52 employees", M, False, "in the 'acquire' claim on Addnode only"),
("Kvarnbo in Process Management from 1 Aug 2026", W, False, "Statement 'company' inSegment Process Management (fragment)"),
("Kvarnbo purchase price 118 MSEK + at most 30 MSEK", C, True, "DealTerm"),
("net debt 1 482 MSEK at 30 Sep 2026 (1 356 at 31 Dec 2025)", W, False, "1 482 typed; 1 356 split into '1' and '356'"),
("unutilised credit facilities 1 150 MSEK 30 Sep 2026", PM, True, "typed without period"),
("employees 3 106 (2 874) 30 Sep 2026", M, False, "claim split into '3', '106'"),
("dividend SEK 0.80 per share for FY2025, two instalments of SEK 0.40", C, False, "dividend per share 0.8, 2025 (+ a 0.40 instalment dated 'May')"),
("target: net sales growth >= 10% over a cycle", W, True, "typed as an observed increase"),
("target: EBITA margin >= 12% over a cycle", W, True, "typed as an Observation"),
("does not publish forecasts", M, False, ""),
("report date 23 Oct 2026 07:30 CET", M, False, ""),
],
"06_teradata_conference_transcript.txt": [
("cloud ARR $742m end of Q2 2026", M, False, "only in a value-only claim"),
("cloud ARR growth 24% yoy Q2 2026", M, False, "value-only claim"),
("total ARR $1.51bn end of Q2 2026", M, False, "value-only claim"),
("total ARR growth 3% yoy Q2 2026", M, False, "value-only claim"),
("cloud net expansion ~118% Q2 2026", C, False, ""),
("~62% of top 500 customers on VantageCloud", C, True, "UsageMetric (product lost, accepted as verdict #79)"),
("FY2026 FCF outlook $280-300m (raised from $260-280m)", C, True, "GuidanceChange + Observation"),
("FY2026 cloud ARR growth outlook 20-24%", M, False, "value-only claim 'grow 20% to 24%'"),
("FY2026 total ARR growth outlook 2-4%", M, False, "value-only claim"),
("no guidance update at the conference", M, False, ""),
("Street cloud ARR estimate ~$800m year-end (not confirmed)", M, False, "value-only claim on Devin Kallenbach"),
("Cloudera ARR passed $1.2bn", M, False, "claim on Teradata (wrong subject)"),
("Exasol > 40 migrations H1 2026", M, False, "claim on Teradata (wrong subject)"),
("win rates highest in three years", M, False, ""),
("AI-related workloads ~15% of cloud consumption (vs 6%) Q2 2026", W, False, "15% typed; 6% only in a value-only claim"),
("ClearScape Analytics / Enterprise Vector Store drive AI consumption", M, False, ""),
("AI Unlimited > 90 customers", W, True, "UsageMetric on Teradata (product lost)"),
("Rohan Valiyaveettil Chief Product Officer (joined June 2026)", M, False, "no Role"),
("Marguerite Onwuachi CFO", C, False, ""),
("Devin Kallenbach Senior Analyst, Halloran Brooks & Co.", C, False, ""),
("share repurchases $85m Q2 2026", M, False, "claim on 'Marguerite Onwuachi' as 'share price'"),
("share repurchases $160m H1 2026", M, False, "value-only claim on the CFO"),
("capital return >= 50% of FCF over time", M, True, "claim 'at least 50% (free cash flow)'"),
("remaining authorisation $410m", M, False, "claim with measure 'free cash flow'"),
("capex ~$35m FY2026", M, False, "claim on 'Marguerite Onwuachi'"),
("runs on hyperscalers' infrastructure", M, False, ""),
("run-rate cost reduction ~$60m (Feb 2026 restructuring)", PM, False, "typed without period; claim value-only"),
("no 2027 guidance", M, False, ""),
],
}
