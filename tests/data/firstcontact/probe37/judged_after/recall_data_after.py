# recall_data_after: the baseline's 93 lookups (../judged_baseline/recall_data.py) re-checked against exp_after/ (store
# /tmp/m37a-probe37-frozen, copy /tmp/judge37b-store, aikg PYTHONPATH=/work/m37a/src, d4c4f453). The exports of Shelly (04) and
# dLocal (05) - like the other six - differ from ../judged_baseline/exp_all/ only in the kg:extractor string ('aikg-rules-32-s33'
# -> 'aikg-rules-33-s34'); facts_after.json is byte-identical to facts_all.json. Same typed facts, same claims: no status or claim
# mark changed. Every row is the baseline's, copied unchanged.
# --- baseline header follows ---
# Gold-fact lookups (hand data), store /tmp/fb37-probe37-frozen (copy /tmp/judge37-store), baseline aikg /work/base37.
# Per article: list of (gold fact, typed status, claim states it, note). Conventions as judge30-36: value-only claims (a value
# with no measure, e.g. dLocal's 'state R$ 61 billion, UYU 18,600 million', 'employ 610, 1,340'), predicate-only claims (no
# values: 'Cloud and subscriptions: include') and claims on the wrong subject ('Shelly USA' for Shelly Group SE) do not count; a
# claim whose period contradicts the gold line does not count (Shelly Cloud '11.3 million, 7.4 million, 2024'); a claim value
# left unscaled and without unit (Devices '371,905' count) does not count; a gold line with a parenthesised prior/extra value
# counts correct if the main value is typed right (the EUR convenience figure is a translation); a gold line only partly there
# is 'stored wrongly'.
# Shelly (04): the issuer's figures sit on 'Shelly USA' (altLabels 'Shelly', 'Shelly USA Inc.'), the US subsidiary = wrong
# subject; the key-figures rows are also unscaled (412386 for 412 386 thousand), without unit and without period. The segment
# and product-line rows are on the right Segment nodes (x1000 applied, BGN) - regions undated (period missing), product lines
# dated 2025 for both columns (2024 column = wrong period); the EBITDA column of the region table typed as 'revenue'.
# Undated facts where the text gives 'today' (dLocal's 1,340 employees) or a span ('over the past two years', US$45m) are
# accepted as in verdicts.py.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Shelly Group (04): the group's key figures, outlook, management and the six region / product-line unitOf links sit "
              "on 'Shelly USA' (the US subsidiary, altLabels 'Shelly', 'Shelly USA Inc.'); the node 'Shelly Group' holds only the "
              "2024 dividend (and a claim with the 2025 dividend). The key-figures rows are also left unscaled ('412 386 (BGN "
              "'000)' -> 412386, no unit, no period); R&D, cloud hosting costs, employees and devices sold have no typed fact. "
              "Segment rows: right segments, right values (x1000, BGN); regions undated; product lines dated 2025 for both "
              "columns; regional EBITDA typed as 'revenue'. dLocal (05): prose; revenue, gross profit, headcount and the US$45m "
              "investment typed; TPV undated; guidance raise without its measure; no Role for the CEO Martín Echeverry Salaberry "
              "(no Person node either); Halcón, Brazil, Uruguay staff and the award absent.")
S = "Shelly USA"
R = {
"04_shellygroup_ocr_annual_report_pages.txt": [
("Shelly Group SE | revenue | BGN 412 386 thousand (EUR 210 850 thousand) | FY2025", W, False, f"Observations on '{S}', unscaled 412386 / 210850, no unit, no period; claim on '{S}'"),
("Shelly Group SE | revenue | BGN 284 702 thousand | FY2024", W, False, f"on '{S}', unscaled, undated"),
("Shelly Group SE | revenue growth | 44.8% | FY2025 vs FY2024", W, False, f"Observation 'revenue' 44.8 percent on '{S}' (value, not change)"),
("Shelly Group SE | EBITDA | BGN 98 514 thousand (EUR 50 369 thousand) | FY2025", W, False, f"on '{S}', unscaled, undated"),
("Shelly Group SE | EBITDA | BGN 63 227 thousand | FY2024", W, False, f"on '{S}', unscaled, undated"),
("Shelly Group SE | EBITDA growth | 55.8% | FY2025 vs FY2024", W, False, f"'ebitda' 55.8 percent on '{S}'"),
("Shelly Group SE | EBITDA margin | 23.9% | FY2025", W, False, f"on '{S}', undated"),
("Shelly Group SE | EBITDA margin | 22.2% | FY2024", W, False, f"on '{S}', undated"),
("Shelly Group SE | net profit | BGN 76 041 thousand (EUR 38 879 thousand) | FY2025", W, False, f"on '{S}', unscaled, undated"),
("Shelly Group SE | net profit | BGN 49 870 thousand | FY2024", W, False, f"on '{S}', unscaled, undated"),
("Shelly Group SE | net profit growth | 52.5% | FY2025 vs FY2024", W, False, f"'net profit for the year' 52.5 percent on '{S}'"),
("Shelly Group SE | research and development expenses | BGN 31 442 thousand (EUR 16 076 thousand) | FY2025", M, False, "OCR line split 'Research and development / expenses'; nothing typed"),
("Shelly Group SE | research and development expenses | BGN 22 016 thousand | FY2024", M, False, ""),
("Shelly Group SE | research and development expenses growth | 42.8% | FY2025 vs FY2024", M, False, f"claim 'state 42.8% (expenses)' on '{S}'"),
("Shelly Group SE | cloud hosting costs | BGN 9 615 thousand (EUR 4 916 thousand) | FY2025", M, False, ""),
("Shelly Group SE | cloud hosting costs | BGN 5 804 thousand | FY2024", M, False, ""),
("Shelly Group SE | cloud hosting costs growth | 65.7% | FY2025 vs FY2024", M, False, f"claim on '{S}'"),
("Shelly Group SE | employees | 602 | 31 Dec 2025", M, False, "employees row not extracted"),
("Shelly Group SE | employees | 458 | 31 Dec 2024", M, False, ""),
("Shelly Group SE | devices sold | 8.42 million units | FY2025", M, False, f"value-only claim on '{S}'"),
("Shelly Group SE | devices sold | 5.96 million units | FY2024", M, False, ""),
("Shelly Cloud | connected devices | 11.3 million | end of 2025", M, False, "claim 'Shelly Cloud: state 11.3 million, 7.4 million, 2024' - no measure, dated 2024"),
("Shelly Cloud | connected devices | 7.4 million | end of 2024", M, False, "same claim, no measure"),
("Shelly Group SE | segment Europe revenue | BGN 301 224 thousand | FY2025", PM, True, "Segment 'Europe', undated; claim undated"),
("Shelly Group SE | segment Europe revenue | BGN 218 160 thousand | FY2024", PM, True, ""),
("Shelly Group SE | segment Europe revenue growth | 38.1% | FY2025 vs FY2024", M, True, "claim 38.1% (revenue)"),
("Shelly Group SE | segment Europe EBITDA | BGN 78 203 thousand | FY2025", W, False, "typed and claimed as 'revenue'"),
("Shelly Group SE | segment North America revenue | BGN 88 913 thousand | FY2025", PM, True, ""),
("Shelly Group SE | segment North America revenue | BGN 52 318 thousand | FY2024", PM, True, ""),
("Shelly Group SE | segment North America revenue growth | 69.9% | FY2025 vs FY2024", M, True, ""),
("Shelly Group SE | segment North America EBITDA | BGN 17 866 thousand | FY2025", W, False, "typed as 'revenue'"),
("Shelly Group SE | segment Rest of World revenue | BGN 22 249 thousand | FY2025", PM, True, ""),
("Shelly Group SE | segment Rest of World revenue | BGN 14 224 thousand | FY2024", PM, True, ""),
("Shelly Group SE | segment Rest of World revenue growth | 56.4% | FY2025 vs FY2024", M, True, ""),
("Shelly Group SE | segment Rest of World EBITDA | BGN 2 445 thousand | FY2025", W, False, "typed as 'revenue'"),
("Shelly Group SE | segments | Europe, North America, Rest of World (sum to group) | FY2025", W, False, f"unitOf '{S}'"),
("Shelly Group SE | largest single country | Germany | FY2025", M, False, ""),
("Shelly USA Inc. | formerly named | Allterco Robotics US | -", M, False, "only altLabel 'Shelly USA Inc.'"),
("Shelly USA Inc. | is subsidiary of / generates most North America revenue for | Shelly Group SE | FY2025", W, False, f"reversed: 'North America' unitOf '{S}'; no link to Shelly Group"),
("Shelly USA Inc. | opened warehouse | Texas | June 2025", M, False, "claim 'North America: report June 2025' (no Texas, wrong subject)"),
("Shelly Group SE | product line Devices revenue | BGN 371 905 thousand | FY2025", C, False, "claim values unscaled, no unit"),
("Shelly Group SE | product line Devices revenue | BGN 256 886 thousand | FY2024", W, False, "dated 2025"),
("Shelly Group SE | product line Devices growth | 44.8% | FY2025 vs FY2024", M, True, ""),
("Shelly Group SE | product line Cloud and subscriptions revenue | BGN 24 987 thousand | FY2025", C, True, ""),
("Shelly Group SE | product line Cloud and subscriptions revenue | BGN 13 102 thousand | FY2024", W, True, "typed dated 2025; claim undated"),
("Shelly Group SE | product line Cloud and subscriptions growth | 90.7% | FY2025 vs FY2024", M, True, ""),
("Shelly Group SE | product line Projects and professional revenue | BGN 15 494 thousand | FY2025", C, True, ""),
("Shelly Group SE | product line Projects and professional revenue | BGN 14 714 thousand | FY2024", W, True, "typed dated 2025; claim undated"),
("Shelly Group SE | product line Projects and professional growth | 5.3% | FY2025 vs FY2024", M, True, ""),
("Cloud and subscriptions (product line) | contains | Shelly Cloud Premium, Shelly AI Assistant | FY2025", C, False, "inSegment Statements (Shelly AI Assistant; 'Shelly Cloud' for Premium - borderline)"),
("Shelly AI Assistant | launched | September 2025 | -", M, False, "CostItem node only"),
("Shelly AI Assistant | runs on | large language models on rented GPU capacity | -", M, False, ""),
("Shelly Group SE | paying premium subscribers | 386 000 | 31 Dec 2025", W, False, f"UsageMetric on '{S}', '386 000' split into 386 and 000, dated 2024"),
("Shelly Group SE | paying premium subscribers | 214 000 | 31 Dec 2024", W, False, "same"),
("Shelly Group SE | proposed dividend per share | BGN 0.80 (EUR 0.41) | FY2025", M, True, "claim on 'Shelly Group' (BGN 0.80, EUR 0.41, 2025); no Observation"),
("Shelly Group SE | dividend per share | BGN 0.50 | FY2024", C, True, "Observation on 'Shelly Group', 2024"),
("Shelly Group SE | revenue guidance | EUR 260-280 million | FY2026", W, False, f"on '{S}'"),
("Shelly Group SE | EBITDA guidance | EUR 62-68 million | FY2026", W, False, f"on '{S}'"),
("Shelly Group SE | planned capital expenditure | EUR 14 million | FY2026", W, False, f"on '{S}'"),
("Shelly Group SE | planned capex for own cloud servers (colocation data centre, Sofia) | EUR 5 million | FY2026", M, False, f"claim on '{S}' (capital expenditure 5m, no target)"),
("Shelly Group SE | reporting currency change | BGN to EUR (Bulgaria adopted euro 1 Jan 2026) | from FY2026", M, False, ""),
("Kiril Stanchev | role | Chief Executive Officer, Management Board member | 2026", W, False, f"Role CEO of '{S}'"),
("Matthias Oberländer | role | Chief Technology Officer, Management Board member | 2026", W, False, f"Role CTO of '{S}'"),
("Svetlina Koleva | appointed | Chief Financial Officer | from 1 Oct 2025", W, False, f"Role CFO of '{S}', date missing"),
("Shelly Group SE | annual report signed | Sofia, 26 March 2026 | -", M, False, ""),
],
"05_dlocal_award_citation.txt": [
("DLocal Limited (dLocal) | award | Exporter of the Year Award for Technology Services (Uruguayan Chamber of Services Exporters) | 3 Dec 2026", M, False, ""),
("dLocal | founded in | Uruguay | -", M, False, ""),
("dLocal | markets served | more than forty emerging markets | 2026", M, False, ""),
("dLocal | employees | 1,340 | 2026", C, False, "Observation 'employees work' 1,340 ('today'; accepted as in verdicts #29); claim value-only"),
("dLocal | employees in Uruguay | 610 | 2026", M, False, "value-only in the claim 'employ 610, 1,340'"),
("dLocal | total payment volume | US$ 36.8 billion | FY2025", PM, True, "Observation undated; claim FY2025"),
("dLocal | total payment volume growth | 44% | FY2025 vs FY2024", M, False, "44 per cent in the claim without measure"),
("dLocal | revenue | US$ 1.02 billion | FY2025", C, True, ""),
("dLocal | revenue growth | 37% | FY2025 vs FY2024", C, True, "change=37 on the revenue Observation"),
("dLocal | gross profit | US$ 384 million | FY2025", C, True, ""),
("dLocal | largest single market | Brazil | FY2025", M, False, ""),
("dLocal | payment volume processed in Brazil | R$ 61 billion | FY2025", M, False, "value-only claim (R$ 61 billion, no measure, no Brazil)"),
("dLocal | exports of services invoiced from Uruguay | UYU 18,600 million equivalent | FY2025", M, False, "claim measure 'equivalent'"),
("dLocal | rank | largest exporter of technology services in Uruguay (second year in a row) | FY2025", M, False, ""),
("dLocal | investment in cloud infrastructure and fraud-model computing | US$ 45 million | past two years (2025-2026)", C, False, "Investment USD 45 million (no target); the claim's measure is 'customers'"),
("dLocal | transaction processing moved to | public-cloud regions close to customers | past two years", M, False, ""),
("Halcón | is | dLocal's AI fraud-prevention engine, reviews every transaction in real time | 2026", M, False, "no AIModel / Product node"),
("dLocal | fraud losses per dollar processed | reduced by a third | FY2025", M, False, ""),
("dLocal | model training on | graphics processors (GPUs) rented by the hour | -", M, False, ""),
("dLocal | training programme partner | University of the Republic (machine learning; 90 graduates) | -", M, False, ""),
("dLocal | listed on | Nasdaq | -", M, False, ""),
("dLocal | TPV growth guidance (raised) | 35-40% | FY2026", W, False, "GuidanceChange raise 2026 without measure; 35 'count' / 40 'percent'"),
("dLocal | TPV growth guidance (previous, start of year) | 25-30% | FY2026", W, False, "same claim, previous 25 / 30 without measure"),
("Martín Echeverry Salaberry | role | Chief Executive Officer of dLocal | since March 2025", M, False, "no Role and no Person node; claim 'state March 2025' value-only"),
("Ignacio Ferrés Lagarmilla | role | former CEO, became chairman of the board | March 2025", W, False, "Role chairman (current) only partly there: former CEO lost, no date"),
("Ignacio Ferrés Lagarmilla | built | dLocal's presence in Africa and Asia | -", M, False, ""),
("dLocal | risks | currency controls, a tax dispute, exit of a large merchant (2024), share-price volatility | -", M, False, ""),
("Graciela Olivera Pereyra | role | President of the Jury | 3 Dec 2026", M, False, "Person node only"),
],
}
