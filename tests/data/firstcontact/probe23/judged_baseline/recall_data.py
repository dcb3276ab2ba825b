# Gold-fact lookups (hand data), store /tmp/fc23-base (copy /tmp/judge23-store), baseline aikg main 35f9ca8.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a site / unit line) states it with the right value(s), measure, and no contradicting period.
# A claim 'X: state v1, v2' whose values carry no measure does not count (as judge20-22); the notes count such value-only
# claims. A compound gold line with only one part typed is "stored wrongly" (partly there); a line whose main value is typed
# right but whose parenthetical prior / consensus figure is lost is "stored correctly" with a note.
# Bahnhof: the fact sheet's phase columns play the role of periods (a capex without its phase is "period missing").
# Semtech: a broker / consensus estimate typed as an actual measure (the estimates table) is "stored wrongly".
# Neither gold file ends with a "NOT stated" control line: all 54 + 53 = 107 lines are facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Bahnhof is a node 'Bahnhof' (no altLabel) with 4 typed facts: the HUD1 capex SEK 6.5bn (Observation, phase lost), "
              "the SEK 2.9bn Investment (phase lost), SE2's 2025 spot price SEK 0.31 as a Bahnhof 'spot price', and the 6 MW "
              "letter-of-intent capacity as a UsageMetric 'users'. HUD1 is a bare Product node ('Bahnhof HUD1', 'HUD1') without any "
              "relation; Jon Karlung and Anders Lindqvist are Person nodes without Role; Maria Ekholm, Hälsingekraft, Kolos and the "
              "business areas are not nodes; the anchor tenant is a Company 'Nordic AI' (the description, not the name Nordvik AI). "
              "The whole spec table (MW, MVA, m², halls, PUE, WUE, rack density, SLA) and the timeline are missing or value-only "
              "claims. Semtech is a node 'Semtech' (altLabel 'Semtech Corp.') with 43 typed facts: Q3 FY27 revenue / growth / prior "
              "year, data-center revenue, Signal Integrity and IoT Systems and Connectivity (segment nodes unitOf Semtech, with both "
              "quarters), the broker's FY27E/FY28E revenue estimates and FY28E EPS estimate as 'estimate' measures, the market share, "
              "CEO/CFO, FY28 data-center and H1 FY28 gross-margin outlooks; but every cell of the estimates-vs-consensus table "
              "(ours and consensus alike) is also typed as an actual 'gross margin' / 'operating margin' / 'adj. eps', the company "
              "guidance sits on a Segment 'Company guidance for Q4 FY27', the $68.15 share price on a Segment 'Rating' as 'price "
              "target', CopperEdge's $118m as Semtech revenue, the $3.4m beat as Semtech revenue and net debt as 'debt' dated 2027. "
              "Analog Mixed Signal and Wireless (incl. LoRa) is not a node (value-only claim); Harbour Crest, Priya Raman and the "
              "products (CopperEdge, FiberEdge, Tri-Edge, Sierra Wireless) are not nodes.")
R = {
"02_bahnhof_site_factsheet.md": [
("HUD1 'Norrskogen' operator Bahnhof AB (publ)", M, False, "'Bahnhof HUD1' / 'HUD1' are bare Product nodes with no relation to Bahnhof"),
("HUD1 location Hudiksvall, Gävleborg county, Sweden", M, False, ""),
("HUD1 about 300 km north of Stockholm", M, False, "value-only claim 'Bahnhof: state about 300' (unit 'km north')"),
("fact sheet revision 3.1, issued 16 November 2026", M, False, ""),
("HUD1 status under construction (Phase 1), November 2026", M, False, ""),
("HUD1 critical IT load 24 MW, Phase 1", M, False, "not even in a claim"),
("HUD1 critical IT load 60 MW, full build-out", M, False, ""),
("HUD1 grid connection 110 kV, 2 x 45 MVA, Phase 1", M, False, "value-only claim 'Bahnhof: state 110, 2, 45, 110'"),
("HUD1 grid connection 110 kV, 4 x 45 MVA, full build-out", M, False, "same value-only claim"),
("HUD1 white space 9 600 m², Phase 1", M, False, "space-grouped number not read"),
("HUD1 white space 23 400 m², full build-out", M, False, ""),
("HUD1 data halls 4, Phase 1", M, False, ""),
("HUD1 data halls 10, full build-out", M, False, ""),
("HUD1 design PUE 1.12", M, False, ""),
("HUD1 design WUE 0.05 l/kWh (closed loop)", M, False, ""),
("HUD1 rack density 15-40 kW air", M, False, "value-only claim 'Bahnhof: state 15, 40'"),
("HUD1 max rack density 130 kW per rack (direct-to-chip liquid)", M, False, "value-only claim 'state up to 130, up to 130' (kilowatts, no measure)"),
("HUD1 design standard Tier III equivalent", M, False, ""),
("HUD1 availability SLA 99.999 %", M, False, "value-only claim 'state 99.999 %, 99.999 %'"),
("HUD1 backup N+1 HVO generators, 48 h fuel", M, False, ""),
("HUD1 capex SEK 2.9 billion (2 900 MSEK), Phase 1", PM, True, "Investment SEK 2.9bn, investor Bahnhof (site and phase lost); claim 'Bahnhof: invest SEK 2.9 billion (capex), ..., SEK 6.5 billion (capex)'"),
("HUD1 capex SEK 6.5 billion (6 500 MSEK), full build-out", PM, True, "Observation Bahnhof capex SEK 6.5bn, no phase; same claim"),
("HUD1 electricity price zone SE2", M, False, "'SE2' a bare Product node"),
("SE2 average spot price SEK 0.31 per kWh, 2025", W, True, "typed as Bahnhof 'spot price' SEK 0.31 2025 (wrong subject, per-kWh lost); claim 'SE2: state SEK 0.31 (spot price), SEK 0.74 (spot price), 2025' has the right subject"),
("SE3 average spot price SEK 0.74 per kWh, 2025", M, False, "only in the SE2 claim (wrong subject)"),
("HUD1 power 100 % renewable (hydro, onshore wind)", M, False, "claim 'Power: partner 100 %, 15-year' on a Segment 'Power' (value-only)"),
("HUD1 15-year PPA with Hälsingekraft AB", M, False, "same claim; Hälsingekraft not a node"),
("HUD1 site area 21 hectares", M, False, "value-only claim 'Bahnhof: state 21, June 2025'"),
("HUD1 site zoned for data-centre use June 2025", M, False, "same claim (date only)"),
("HUD1 four diverse dark-fibre routes", M, False, ""),
("HUD1 round-trip latency to Stockholm 4.2 ms", M, False, "value-only claim 'Bahnhof: state 4.2' (unit ms)"),
("HUD1 2 carrier-neutral meet-me rooms", M, False, "value-only claim 'Bahnhof: state 2'"),
("HUD1 waste heat up to 38 GWh per year, Phase 1", M, False, "value-only claim 'Bahnhof: report up to 38, 85' (GWh, no measure)"),
("HUD1 waste heat 85 GWh per year, full build-out", M, False, "same claim"),
("HUD1 embodied-carbon target 35 % lower than steel-frame", M, False, "claim 'Bahnhof: decline 35 %' (no measure)"),
("Nordvik AI anchor tenant 9 MW of Phase 1, 7-year term", M, False, "claim 'Nordic AI: state 9 MW (capacity), 7-year' - the tenant node is named 'Nordic AI' (the description), not Nordvik AI"),
("Nordvik AI is a Nordic AI model developer", M, False, "the description became the node's name"),
("HUD1 6 MW under letter of intent with two public-sector research users", W, False, "typed as UsageMetric 'users' of Bahnhof, 6 MW capacity, predicate 'use' (precision #61)"),
("HUD1 remaining Phase 1 capacity 9 MW, Nov 2026", M, False, "claim 'Remaining Phase 1: state 9 MW (capacity)' on a Product node 'Remaining Phase 1' (not the site)"),
("HUD1 groundbreaking March 2026", M, False, "timeline table not read"),
("HUD1 building shell complete Q1 2027", M, False, ""),
("HUD1 Phase 1 ready for service Q3 2027", M, False, "RFS date missing (p23-02 question)"),
("HUD1 Phase 2 construction start 2028", M, False, ""),
("HUD1 Phase 2 ready for service 2029", M, False, ""),
("Bahnhof AB founded 1994", M, False, ""),
("Bahnhof business areas Private and Business", M, False, "no Segment nodes"),
("Bahnhof group net sales 2 140 MSEK (SEK 2.14bn), FY2025", M, True, "claim 'Bahnhof: report 2, 140, SEK 2.14 billion (net sales), 372, 2025'"),
("Bahnhof EBIT 372 MSEK, FY2025", M, False, "value 372 (msek) in the same claim without measure"),
("Bahnhof Stockholm data centres Pionen, Thule, Lajka; 11 MW total", M, True, "claim 'Bahnhof: state 11 MW (capacity)' (site names lost; 'Pionen' a bare Project node)"),
("Pionen in a former civil-defence bunker, Stockholm", M, False, ""),
("Kolos campus 1 000 MW, Ballangen, Norway (context)", M, False, "claim 'Bahnhof: state 1, 000 MW (capacity)' - wrong subject, value split at the space"),
("Jon Karlung founder and CEO of Bahnhof AB", M, False, "Person node without Role"),
("Maria Ekholm Site Director, HUD1", M, False, "not a node"),
("Anders Lindqvist Head of Data Centre Sales, Bahnhof", M, False, "Person node without Role"),
],
"06_semtech_model_summary.md": [
("Harbour Crest rating on Semtech BUY (unchanged)", M, False, "Harbour Crest not a node; 'Rating' a Segment"),
("Harbour Crest price target on Semtech $84 (from $72)", C, True, "Target Semtech 'target price' 84; the raise from $72 in a GuidanceChange 'raise' (wrong type); broker lost"),
("Semtech share price $68.15, close Dec 1, 2026", W, True, "typed on a Segment 'Rating' as 'price target' 68.15; the GuidanceChange claim about Semtech has 'price' $68.15 and 'Dec 1, 2026'"),
("Priya Raman, CFA, analyst at Harbour Crest", M, False, "not a node"),
("Semtech fiscal year ends last Sunday of January", M, False, ""),
("Semtech FY27 ends January 31, 2027", M, False, "(FY2027 period dates end 2027-01-31)"),
("Semtech Q3 FY27 ended October 25, 2026", M, False, "(the Q3 FY2027 revenue's period ends 2026-10-25)"),
("Semtech revenue $289.6m Q3 FY27", C, True, ""),
("Semtech revenue $256.9m Q3 FY26", C, True, ""),
("Semtech revenue growth +12.7% y/y Q3 FY27", C, True, ""),
("Harbour Crest pre-report Q3 FY27 revenue estimate $286.2m", M, False, "only as a 'revenue' value in the claim 'Semtech: report ... Q3 FY2027' (as an actual)"),
("Semtech Q3 revenue beat vs estimate $3.4m", W, False, "typed as Semtech revenue $3.4m Q3 FY2027"),
("Semtech data-center revenue $52.7m Q3 FY27", C, True, ""),
("Semtech data-center revenue growth +61% y/y", C, True, "same Observation"),
("data-center products CopperEdge, FiberEdge, Tri-Edge (800G / 1.6T)", M, False, "no Product nodes"),
("Signal Integrity revenue $88.4m (+30.2%; prior $67.9m) Q3 FY27", C, True, "segment node unitOf Semtech, both quarters typed"),
("Analog Mixed Signal and Wireless (incl. LoRa) revenue $84.9m (+5.3%; prior $80.6m)", M, False, "value-only claim 'Semtech: state 84.9, 80.6, 5.3%'; the segment is not a node"),
("IoT Systems and Connectivity revenue $116.3m (+7.3%; prior $108.4m)", C, True, "segment node, both quarters typed"),
("Semtech segments: Signal Integrity; AMS and Wireless; IoT Systems and Connectivity", W, False, "two of three unitOf Semtech; AMS and Wireless missing"),
("Semtech revenue $266.0m Q1 FY27 (actual)", M, False, "quarterly build list not read"),
("Semtech revenue $275.9m Q2 FY27 (actual)", M, False, ""),
("Harbour Crest revenue estimate $301.5m Q4 FY27E", M, False, "claim 'Semtech: report 301.5 (revenue), 296.8, 1,133.0, 1,124.6 ... Q4 FY2027' - no unit/scale, ours vs consensus lost"),
("Consensus revenue $296.8m Q4 FY27E", M, False, "same claim"),
("Harbour Crest FY27E revenue $1,133.0m (prior $1,118.0m)", C, True, "'revenue estimate' FY2027 typed (prior only in a claim)"),
("Consensus FY27E revenue $1,124.6m", M, False, "same unit-less claim"),
("Harbour Crest FY28E revenue $1,281.0m (prior $1,236.0m)", C, True, "'revenue estimate' FY2028 typed (prior only in a claim)"),
("Consensus FY28E revenue $1,242.3m", M, False, "same unit-less claim"),
("Harbour Crest adj. gross margin estimate 53.4% (consensus 53.1%) Q4 FY27E", W, False, "both typed as actual Semtech 'gross margin' Q4 FY2027; claim lists all six values under Q4 FY2027"),
("Harbour Crest adj. gross margin estimate 53.0% (consensus 52.9%) FY27E", W, False, "both typed as actual 'gross margin' FY2027"),
("Harbour Crest adj. gross margin estimate 54.1% (consensus 53.6%) FY28E", W, False, "both typed as actual 'gross margin' FY2028"),
("Harbour Crest adj. operating margin estimate 22.9% (consensus 22.1%) Q4 FY27E", W, False, "both typed as actual 'operating margin'"),
("Harbour Crest adj. operating margin estimate 21.8% (consensus 21.5%) FY27E", W, False, "both typed as actual 'operating margin'"),
("Harbour Crest adj. operating margin estimate 24.6% (consensus 23.4%) FY28E", W, False, "both typed as actual 'operating margin'"),
("Harbour Crest adj. EPS estimate $0.47 (consensus $0.44) Q4 FY27E", W, False, "both typed as actual 'adj. eps' Q4 FY2027; value-only claim 'state 0.47, 0.44, ...'"),
("Harbour Crest adj. EPS estimate $1.71 (consensus $1.66) FY27E", W, False, "both typed as actual 'adj. eps' FY2027"),
("Harbour Crest adj. EPS estimate $2.18 (prior $2.05; consensus $2.02) FY28E", C, True, "'adjusted earnings per share estimate' 2.18 FY2028 typed; prior 2.05 in a claim; consensus 2.02 typed as an actual"),
("price target based on 38.5x FY28E adjusted EPS", M, False, ""),
("Semtech revenue guidance $296-306m (midpoint $301m) Q4 FY27", W, True, "typed on a Segment 'Company guidance for Q4 FY27', no period; claim 'Semtech: guide $296 million to $306 million (revenue), $301 million ..., Q4 FY2027'"),
("Semtech adj. EPS guidance $0.43-0.49 Q4 FY27", W, True, "typed on the Segment 'Company guidance for Q4 FY27'; same guide claim about Semtech"),
("Harbour Crest CopperEdge revenue estimate $118m FY28E", W, False, "typed as Semtech 'revenue' $118m FY2028 (an actual, product lost)"),
("Semtech share of active-copper redriver market about 35% (broker estimate)", C, False, "MarketShare"),
("Sierra Wireless module business acquired 2023, returned to growth", M, False, "claim 'IoT Systems: acquire, 2023' (no object)"),
("Semtech net debt $410m end Q3 FY27", W, False, "typed as 'debt' $410m dated 2027 (from the 2027 notes); Reason claim values without measure"),
("Semtech net debt $538m a year earlier", M, False, "value only in the Reason claim, no measure"),
("part of the 2027 convertible notes converted", W, True, "only as the 'reason' of a Claim:Reason decline without measure (precision #86)"),
("Hong Hou CEO of Semtech", C, False, ""),
("Semtech data-center revenue target more than $200m FY28", C, True, "'data-center revenue outlook' $200m FY2028 ('more than' lost)"),
("Nadia Ferreira CFO of Semtech", C, False, ""),
("Semtech gross margin target 54% H1 FY28", C, True, "'gross margin outlook' 54% H1 FY2028"),
("MaxLinear competitor; quarterly revenue $142m", C, True, "MaxLinear revenue $142m on its own node (no period given in the text; the claim dates it Q3 FY2027); the competitor / sampling relation not stored"),
("Semtech China-based customers about 9% of FY26 revenue", M, False, "claim 'IoT Systems: restrict about 9% (certain chinese customers), FY2026' - wrong subject, wrong measure"),
("Semtech risks: customer concentration, export restrictions, IoT inventory digestion", W, False, "only the export Restriction typed (affects Semtech and a Company 'IoT Systems')"),
("consensus as of December 1, 2026", M, False, ""),
],
}
