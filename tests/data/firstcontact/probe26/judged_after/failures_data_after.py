# failures_data_after: the FAIL lines of /work/firstcontact26/score_after.txt (identical to score_baseline.txt: the same 43 FAILs),
# store /tmp/fc26-after-store; asks run again on the copy /tmp/judge26b-store (asks/*.json). Every re-ask gave the scored status, and
# status, answer, rows, intent, sparql and sources are identical to the baseline's re-asks (../judged_baseline/asks/) for all 43
# and for the 12 no_answer questions (asks_noanswer_after/). Carried from ../judged_baseline/failures_data.py and checked against
# exp_after/; one reason reworded (p26-03-q07: the 1,024-card UsageMetric is now an untyped claim), no class or kind changed.
# Failure classes (hand data) for the FAIL lines of /work/firstcontact26/score_baseline.txt, store /tmp/fc26-base
# (asks run again on the copy /tmp/judge26-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Faraday Technology and DigiCo are not nodes at all (04 gives two Person nodes and organization-less Roles,
# 07 organization-less Roles, Product nodes SYD1 / CHI1 and a few value-only claims): kind 'entity missing'. The Paratus KPI tiles
# (revenue, EBITDA, profit after tax, capex, dividend) give no typed fact and only value-only claims (12.6%, 21.1%, 9.8%): kind
# 'KPI tiles'. Dustin's fiscal year is dated 2023-01-01/2024-12-31. ePlus's 08b quarter (Oct-Dec 2025) is dated Jul-Sep 2025.
# Rule (as judge17-25): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a claim (value-only, wrong subject or wrong
# measure; also a claim with the right measure when no typed fact exists) is EXTRACTION; a typed fact on the right subject with
# the right measure that the ask does not return is ASK; a typed fact stored with a wrong measure / type / period is EXTRACTION.
# A no_answer question answered (with an unrelated or unconfirmed figure) is ASK when the graph holds no fact for it.
# Kinds: entity missing, KPI tiles, segments, table/list rows, measure, people, unit figure, period, investment target, launch,
# market share, no-answer answered, number format.
F = {
"p26-01-q03": ("EXTRACTION", "measure", "Izertis EBITDA 22,9 M and margin 12,8% (2024: 18,1 / 12,3%) are not stored at all, not even as a claim; ask answered from the stake-deal template"),
"p26-01-q04": ("EXTRACTION", "segments", "Izertis's three areas are not nodes (only an empty claim 'Izertis: report'); ask listed every other company's segments (JBCC, Paratus, ePlus)"),
"p26-01-q05": ("EXTRACTION", "table/list rows", "the areas list (Digital Services 112,6 / Technology Solutions 48,1 / Data & AI 17,7 M EUR) gives nothing, no claim"),
"p26-01-q06": ("EXTRACTION", "people", "Diego Llamazares ('presidente y consejero delegado (chairman and CEO)') is not a node; no Role"),
"p26-01-q07": ("EXTRACTION", "investment target", "60-70 M EUR for acquisitions under Plan Horizonte 2028 not stored (no claim; only the Nexo IA 9,5 M claim)"),
"p26-01-q08": ("EXTRACTION", "entity missing", "Izertis Mexico is not a node; 412 millones de pesos only in a value-only claim on Izertis"),
"p26-02-q03": ("ASK", "segments", "Information Solutions and Product Development & Manufacturing are typed unitOf JBCC (with Cloud / Security / Ultra-fast development); ask for 'JBCC Holdings' segments returned JBCC claims instead (in p26-01-q04 the same Statements were listed)"),
"p26-02-q04": ("EXTRACTION", "table/list rows", "Cloud revenue Y21.6bn typed (no period), the +18.0% only as a bare percent in the claim 'Cloud: state Y21.6 billion (revenue), 18.0%'"),
"p26-02-q06": ("EXTRACTION", "people", "Kenji Arimura (Representative Director, President and CEO) is not a node; no Role"),
"p26-02-q07": ("EXTRACTION", "investment target", "envelope typed as Investment JPY 5 billion (no plan link), the Y1.8bn AI allocation only in a value-only claim; ask found nothing for Cross-Connect (not a node) - borderline ASK for the Y5.0bn"),
"p26-02-q09": ("ASK", "launch", "Claim:Launch 'JBCC launched JBCC Agent Studio' (June 2025) is typed; ask returned only 'JBCC companies: 212' and not the launch"),
"p26-03-q03": ("EXTRACTION", "table/list rows", "the four business lines (317 / 121 / 52 / 22m baht) are claims 'Internet Thailand: state 317 million baht (revenue)' with the business names lost"),
"p26-03-q05": ("EXTRACTION", "unit figure", "Investment THB 1.2bn typed; phase one's 12 MW only in a claim 'state 12 megawatts (capacity), H2 2027'; ask returned the 1,200m claim only"),
"p26-03-q07": ("EXTRACTION", "measure", "256 cards typed (Observation + Launch) but the 1,024 cards planned for end-2026 is now a plain untyped claim 'Internet Thailand: record 1,024' (the baseline's wrong UsageMetric 'developers' typing dropped; no planned measure, no period); ask found no amount for INET AI Cloud, as in the baseline - borderline ASK for the 256"),
"p26-03-q08": ("ASK", "market share", "Claim:Ranking on Internet Thailand with rankShare 18 (about 18%, ranked second) is typed; ask returned the hyperscalers' >70% claim"),
"p26-03-q09": ("ASK", "no-answer answered", "no 2026 revenue target in the text; ask answered with 'newspaper that cloud services share of revenue: 62%' (garbled measure matched 'revenue')"),
"p26-04-q01": ("EXTRACTION", "entity missing", "no Faraday node, no typed figure (NT$2.84bn only in the prepared-remarks text); ask matched ePlus's 'Technology' segment rows"),
"p26-04-q02": ("EXTRACTION", "entity missing", "no Faraday node; NRE / mass production / IP split not stored"),
"p26-04-q03": ("EXTRACTION", "entity missing", "no Faraday node; gross margin 44.1% not stored"),
"p26-04-q04": ("EXTRACTION", "entity missing", "no Faraday node; Q4 guidance not stored"),
"p26-04-q06": ("EXTRACTION", "entity missing", "Role Mei-Ling Tsao CFO typed without organization (no Faraday node); ask: 'say nothing about Faraday'"),
"p26-04-q09": ("ASK", "no-answer answered", "nothing in the graph; ask quoted the analyst's unconfirmed US$300m from the text as the answer"),
"p26-05-q01": ("EXTRACTION", "KPI tiles", "revenue tile N$612.4m (+9.8%) not stored; only a value-only claim '9.8%, FY2024'"),
"p26-05-q02": ("EXTRACTION", "KPI tiles", "EBITDA tile N$231.5m not stored (12.6% value-only claim); the 37.8% margin is typed but ask returned nothing - borderline ASK for the margin"),
"p26-05-q03": ("EXTRACTION", "KPI tiles", "profit after tax N$48.2m not stored (21.1% value-only claim); ask returned JBCC's segment profits"),
"p26-05-q04": ("EXTRACTION", "segments", "only Connectivity typed unitOf Paratus (Paratus Cloud a bare Segment); Data centre & cloud, Wholesale & international, Home fibre lines lost"),
"p26-05-q05": ("EXTRACTION", "entity missing", "Paratus Telecommunications is a node with an empty claim; N$571.8m not stored"),
"p26-05-q08": ("EXTRACTION", "table/list rows", "Armada IT load sold 74% (58%) only in a value-only claim 'state 74%, 58%, FY2025'; Armada not a node"),
"p26-06-q02": ("EXTRACTION", "measure", "materiality SEK 105m only as a value-only amount in the net-sales claim"),
"p26-06-q03": ("EXTRACTION", "segments", "SMB and LCP are not nodes; no unitOf"),
"p26-06-q04": ("EXTRACTION", "measure", "goodwill SEK 6,212m only in a value-only claim; SMB's SEK 3,904m typed as an Investment, which ask returned"),
"p26-06-q05": ("EXTRACTION", "measure", "LCP goodwill SEK 2,308m only in a value-only claim; ask returned the SMB Investment 3.904bn"),
"p26-06-q06": ("EXTRACTION", "people", "Elin Bergqvist (auditor in charge) is not a node; no Role"),
"p26-06-q07": ("EXTRACTION", "measure", "net revenue SEK 212m typed; the gross invoiced value SEK 1,840m only value-only in the claim"),
"p26-06-q08": ("EXTRACTION", "segments", "LCP 1.9% typed on Dustin Group (unit on parent, dated 2024), SMB 4.6% only in the claim on Dustin Group"),
"p26-07-q01": ("EXTRACTION", "entity missing", "no DigiCo node; operating revenue A$41.8m not stored"),
"p26-07-q02": ("EXTRACTION", "entity missing", "no DigiCo node; underlying EBITDA A$23.6m not stored"),
"p26-07-q03": ("EXTRACTION", "entity missing", "no DigiCo node; occupancy 78% / 77% not stored"),
"p26-07-q04": ("EXTRACTION", "table/list rows", "SYD1 row is a claim on 'SYD1 Sydney' with bare numbers 19.2, 80%, 245 (no measure / unit)"),
"p26-07-q05": ("EXTRACTION", "entity missing", "HostDC is not a node; A$11.3m not stored"),
"p26-07-q07": ("EXTRACTION", "entity missing", "no DigiCo node; FY26 capex guidance A$420m not stored"),
"p26-08-q02": ("EXTRACTION", "period", "Q3 FY26 net sales $651.2m typed but dated Q3 2025 (Jul-Sep 2025), so the quarter ended December 31, 2025 finds nothing"),
"p26-08-q10": ("ASK", "no-answer answered", "no Q4 FY2026 figure in the text; ask returned the Q2 and Q3 FY26 net sales (both labelled 'Q3 2025') for a Q4 question"),
}
