# Failure classes (hand data) for the FAIL lines of /work/firstcontact23/score_baseline.txt, store /tmp/fc23-base
# (asks run again on the copy /tmp/judge23-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Zscaler is not a node - the founder letter ('we', 'our', 'I') yields two Roles without organization and no
# Observation and no claim at all. secunet is a node 'Security Networks' (no "secunet" label) with no Observation: the German
# notation (412,6 Mio., 27.380 Tsd.) gives only value-only claims. Not nodes: Uday Reddy (a Person 'Company Secretary'
# instead), Haruhiko Kusunose, Jay Chaudhry, Harbour Crest, Nordvik AI (a Company 'Nordic AI'), Public / Private Cloud,
# Hungary / North Macedonia (only a Segment 'Makedonski Telekom' and a Segment 'The group reports two segments'), Analog
# Mixed Signal and Wireless.
# Rule (as judge17-22): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given - except Zscaler, where the missing company is the sole reason the
# whole letter is empty. A figure that is only in a claim (value-only, wrong subject or wrong measure; also a claim with the
# right measure when no typed fact exists) is EXTRACTION; a typed fact on the right subject that the ask does not return is
# ASK; a no-answer question answered from a bare claim / quote, or from typed facts of another period, is ASK.
# Kinds: company attribution, number format, table/list rows, segments, unit figure, people, dates, measure, period,
# broker estimates/target.
F = {
"p23-01-q04": ("EXTRACTION", "table/list rows", "H1 FY27 PAT Rs 271.5 crore (27,150 lakh, the 'Half year ended' column of the Rs-lakh table) not stored - the results table is not read at all; ask returned the Q2 PAT Rs 139.8 crore for the half-year question"),
"p23-01-q06": ("EXTRACTION", "people", "Uday Reddy (two-column signature block) is not a node; the block yields a Person 'Company Secretary'; ask answered with the title line as a quote"),
"p23-01-q08": ("EXTRACTION", "dates", "dividend typed (Rs 6, and Rs 1 face value as a second dividend); the record date October 31, 2026 only in a value-only claim 'Tanla Platforms: state Saturday, October 31, 2026'"),
"p23-01-q09": ("ASK", "period", "no-answer trap: FY2027 revenue is not stated; the typed Q2 FY2027 revenue (Rs 1,142.6 crore) and the Platforms growth were returned for a full-year question"),
"p23-02-q01": ("EXTRACTION", "table/list rows", "critical IT load 24 MW / 60 MW (spec table) not stored, not even in a claim; HUD1 a bare Product node"),
"p23-02-q02": ("EXTRACTION", "table/list rows", "design PUE 1.12 (spec table) not stored; ask: not_understood"),
"p23-02-q04": ("EXTRACTION", "table/list rows", "max rack density 130 kW only in value-only claim 'Bahnhof: state up to 130, up to 130' (kilowatts, no measure)"),
"p23-02-q06": ("EXTRACTION", "company attribution", "the anchor tenant is a Company 'Nordic AI' (its description) instead of Nordvik AI; its 9 MW / 7-year only in claim 'Nordic AI: state 9 MW (capacity), 7-year', no link to HUD1"),
"p23-02-q08": ("EXTRACTION", "dates", "Phase 1 ready for service Q3 2027 (status line and timeline table) not stored; ask: no launches for Bahnhof"),
"p23-03-q01": ("EXTRACTION", "number format", "9M revenue 412,6 Mio. Euro (decimal comma, 'Mio.', 'Umsatz') not stored, not even in a claim; secunet has no Observation at all"),
"p23-03-q03": ("EXTRACTION", "number format", "growth 11,8 % only in value-only claim 'Security Networks: state 11,8 %'"),
"p23-03-q04": ("EXTRACTION", "number format", "EBIT margin 8,4 % only in claim 'Security Networks: state 8,4 % (ebit)' (measure EBIT, no typed fact)"),
"p23-03-q06": ("EXTRACTION", "number format", "guidance 'around 600 Mio.' only in claim 'Security Networks: guide around 600, 2026' (unit and measure lost); ask answered Semtech's Q4 revenue guidance (cross-company)"),
"p23-03-q07": ("EXTRACTION", "number format", "order backlog 486,3 Mio. ('Auftragsbestand') not stored, not even in a claim"),
"p23-03-q08": ("EXTRACTION", "number format", "operating cash flow 27.380 Tsd. only in value-only claim 'Security Networks: state 27.380, Q4'; ask answered Rackspace's free cash flow (cross-company)"),
"p23-04-q01": ("EXTRACTION", "company attribution", "Zscaler is not a node; the first-person letter yields no Observation or claim (revenue $918.4m missing)"),
"p23-04-q02": ("EXTRACTION", "company attribution", "Zscaler not a node; revenue growth 24% missing"),
"p23-04-q03": ("EXTRACTION", "company attribution", "Zscaler not a node; ARR $3.86bn missing"),
"p23-04-q04": ("EXTRACTION", "company attribution", "Zscaler not a node; FCF margin 32.8% missing"),
"p23-04-q05": ("EXTRACTION", "people", "Jay Chaudhry (signature block: Founder, Chairman and CEO) is not a node; ask listed the CEOs of Magyar Telekom, Rackspace, secunet and Semtech"),
"p23-04-q06": ("EXTRACTION", "company attribution", "Zscaler not a node; FY2027 revenue guidance $3.88-3.90bn missing"),
"p23-04-q07": ("EXTRACTION", "company attribution", "Zscaler not a node; AI security portfolio ARR > $420m missing (ask resolved 'security' to 'Security Networks')"),
"p23-04-q08": ("EXTRACTION", "company attribution", "Zscaler not a node; fiscal year end July 31 missing"),
"p23-04-q09": ("EXTRACTION", "company attribution", "Zscaler not a node; 712 customers > $1m ARR missing"),
"p23-05-q06": ("EXTRACTION", "people", "Haruhiko Kusunose (respondents header: Representative Director, President and CEO) is not a node; no Person in the document"),
"p23-05-q09": ("ASK", "measure", "no-answer trap: the DisclosureGap 'an orders forecast for FY2027' is typed, yet the ask answered from the claims 'guide ¥240.0 billion (net sales)' and '¥240 (dividend)' (sales and dividend forecasts for an orders question)"),
"p23-06-q02": ("EXTRACTION", "segments", "Analog Mixed Signal and Wireless (incl. LoRa) row is not a segment node (value-only claim 'Semtech: state 84.9, 80.6, 5.3%'); the other two are unitOf Semtech"),
"p23-06-q03": ("EXTRACTION", "broker estimates/target", "ours $1,281.0m is typed as Semtech 'revenue estimate' FY2028, but consensus $1,242.3m only in the unit-less claim 'report 301.5, 296.8, 1,133.0, 1,124.6 ...'; Harbour Crest not a node; ask: no_answer (borderline ASK for the first half)"),
"p23-06-q04": ("EXTRACTION", "broker estimates/target", "FY27E adj. EPS 1.71 typed as an actual Semtech 'adj. eps' FY2027 next to the consensus 1.66 (same measure and period); ask: nothing about 'Harbour Crest FY27E' (borderline ASK)"),
"p23-06-q05": ("ASK", "broker estimates/target", "Target 'Semtech target price 84' is typed (and GuidanceChange $84 from $72); ask tried to resolve Harbour Crest and answered no_answer"),
"p23-07-q02": ("EXTRACTION", "segments", "Public Cloud / Private Cloud (narrative 'reports two segments') are not nodes"),
"p23-07-q03": ("EXTRACTION", "unit figure", "Private Cloud $228.5m only in value-only claim 'Rackspace: report $228.5 million, 7.4%, Q3 2026'"),
"p23-07-q08": ("EXTRACTION", "measure", "AI bookings $74m only in value-only claim 'Rackspace: state $74 million'; the $310m pipeline is the claim with measure 'ai-related bookings'"),
"p23-08-q04": ("EXTRACTION", "segments", "Hungary / North Macedonia are not nodes; the Segment nodes are 'Makedonski Telekom' (the subsidiary) and the fragment 'The group reports two segments'; ask: Makedonski Telekom"),
"p23-08-q07": ("EXTRACTION", "unit figure", "MKD 4.42bn only in value-only claim 'Magyar Telekom: state MKD 4.42 billion, Q2 2026' (North Macedonia not a node; in 08b 'MKD 4.49' became a Product node)"),
"p23-08-q08": ("EXTRACTION", "measure", "Q3 EBITDA AL HUF 124.8bn not typed (net income of the same sentence is); only in claim 'report HUF 124.8 billion (ebitda), HUF 58.9 billion (net income), 2026'; ask answered the FY 'ebitda outlook' ~492bn"),
"p23-08-q10": ("EXTRACTION", "company attribution", "no-answer trap: Hungary's Q2 segment revenue HUF 270.5bn typed as group 'revenue' without period; ask returned it for Q4 2026 (period-less fact matches any period - ASK side too)"),
}
