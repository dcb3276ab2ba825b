# Failure classes (hand data) for the FAIL lines of /work/firstcontact19/score_after_first_contact.txt, store /tmp/fc19-after
# (merged aikg 770851c; asks run again on the copy /tmp/judge19b-store, asks_after/*.json; every re-ask gave the scored status).
# Baseline rows copied where the answer and the stored facts are unchanged; rows marked 'after:' re-classified.
# After: Elm is a node (its facts moved off 'Nvidia'); NHN Cloud is merged into NHN (alias); Telekom Malaysia is still unresolved.
# (baseline header follows) id: (cause, kind, reason). cause: EXTRACTION / ASK / GOLD.
# Company nodes: Elm -> 'Nvidia' (ask: "nothing about Elm"); Telekom Malaysia -> 'TM' with the full name a separate, unlinked
# Organization node 'Telekom Malaysia Berhad' (ask: "nothing about Malaysia").
# Rule (as judge17/18): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure typed with a period label ('FY2024') that the ask does not
# match to "in 2024" is ASK (as judge18's "FY25 read as a name").
F = {
"p19-01-q04": ("EXTRACTION", "prior-year figure", "Q3 2024 net revenue RMB15.9bn not typed; only claims 'Trip.com: state RMB15.9 billion, 15%, Q3 2024' (no measure) and 'Trip.com: report 18.3, 15.9 (revenue), Q3 2025'; the Q3 2025 figure sits on a second node 'Trip.com Group Limited'"),
"p19-02-q02": ("EXTRACTION", "segment membership", "Jazz unitOf VEON is typed but no fact ties Jazz (or any operator) to Pakistan; ask (segments): 'no costs or businesses in a segment for VEON'"),
"p19-02-q03": ("ASK", "segment figure", "Kyivstar revenue US$1.04bn +19% FY2024 is typed; ask ('in 2024') did not match the label FY2024 and fell back to the claim on direct digital revenue US$0.55bn"),
"p19-02-q05": ("ASK", "period", "VEON revenue FY2024 +17% (the table's local-currency growth, basis not stored) is typed with label FY2024 only; ask: 'no figure for VEON for 2024' (the same facts are returned for 'fiscal year 2024')"),
"p19-02-q07": ("EXTRACTION", "one-off cost", "cyberattack impact UAH3.6bn (~US$95m) only in the claim 'VEON: include UAH 3.6 billion' without measure; nothing on Kyivstar"),
"p19-02-q09": ("ASK", "segment figure", "Banglalink revenue US$0.53bn -2% FY2024 typed; ask: 'no figure for Banglalink for 2024' (label FY2024 not matched; 'How much revenue did Banglalink generate for VEON?' without the year returns it)"),
"p19-03-q03": ("EXTRACTION", "measure", "Payment and Advertising 9,900 typed with measure 'eok won' (revenue lost) and no period; claim 'include 9,900, 2024'; ask: no revenue for NHN"),
"p19-03-q05": ("EXTRACTION", "measure", "operating loss 174 eok won typed as NHN 'eok won' 174 (no measure, no sign, no period); claim 'NHN: report 174, 2024'"),
"p19-03-q06": ("EXTRACTION", "reason", "the TMON/Wemakeprice bad-debt provisions (~600 eok won) stored only as a figure 'eok won' 600 and a claim 'record about 600'; no Reason; 'Wemakeprice inSegment NHN KCP'"),
"p19-03-q08": ('EXTRACTION', 'capacity (PF/MW)', "after: unchanged - the Gwangju data centre is not a node; 88.5 PF / 107 PB only in the claim 'NHN: state 88.5, 107, 2023' (no measure); 'NHN Cloud' now resolves to NHN (merged), ask: 'no computing capacity for NHN'"),
"p19-03-q09": ('EXTRACTION', 'no-answer', "after: trap (NHN Cloud's CEO, not named) answered with the typed fact 'Jung Woo-jin is CEO of NHN' - NHN Cloud is merged into NHN as an alias, so the parent's CEO is returned for the unit (baseline: text fallback quoting Naver Cloud's CEO)"),
"p19-04-q04": ("EXTRACTION", "company attribution", "FY2026 revenue guidance ~$31.3bn typed on a node 'Management'; ask returned the Q1 range $7.7-8.3bn (typed on Jabil as FY2026 'revenue outlook')"),
"p19-04-q05": ("EXTRACTION", "period", "Q1 FY2026 guidance $7.7-8.3bn typed as FY2026 'revenue outlook' (periodInherited); ask for Q1 returned Celestica's ~$3.0bn, typed as a Jabil 'post third-quarter revenue outlook'"),
"p19-05-q01": ('EXTRACTION', 'period', "after: Elm revenue SAR7.30bn is now typed on 'Elm' but with no period, so 'for 2024' does not match it; the claims lane returned 'Elm revenue: about SAR 1.1 billion, 2024' - Thiqah's revenue stored as a claim about Elm (the trap figure; baseline: the same sentence by text fallback)"),
"p19-05-q06": ('EXTRACTION', 'stakes/deals', "after: the deal is now an Investment by 'Elm' (right) but still with target 'Public Investment Fund' (the seller); Thiqah is only in a Claim:StakeDeal 'Elm buy-stake 100% Thiqah' without the price; ask: 'Elm invests SAR 3.4 billion in Public Investment Fund'"),
"p19-06-q01": ("EXTRACTION", "stakes/deals", "May 2024 round (US$300m, Index Ventures, US$2bn valuation) only a claim 'DeepL: grow May 2024, US$300 million, US$2 billion' without measure; no funding fact"),
"p19-06-q03": ("EXTRACTION", "location", "HardwareUse DeepL DGX GB200 without site; EcoDataCenter not a node, Falun only in a claim on its salaries; ask returned the Tokyo office Initiative"),
"p19-06-q05": ("EXTRACTION", "targets/guidance", "the 1,500 headcount target not typed; 'employees today' ~1,000 dated as of 2026-12-31 and returned; claim 'DeepL: grow roughly 1,000, about 1,500' without measure"),
"p19-06-q07": ("EXTRACTION", "product names", "DeepL Voice typed as a Segment unitOf DeepL, no Launch (claim 'DeepL Voice: state November 2024, 2023'); ask returned DeepL Agent"),
"p19-07-q01": ("EXTRACTION", "measure", "Q3 2025 'net revenue and financial income' US$7.4bn not typed; only the claim 'report US$7.4 billion (financial income), 39%, US$5.3 billion' (measure 'financial income')"),
"p19-07-q02": ("EXTRACTION", "measure", "the +39% only in the same 'financial income' claim; no revenue Observation for Q3 2025"),
"p19-07-q03": ("EXTRACTION", "segment figure", "fintech US$3.4bn only in claims 'Mercado Libre: state US$3.4 billion, Q3 2025' (no measure, no segment; also Mexico's US$3.4bn investment); Mercado Pago not a node"),
"p19-07-q05": ("EXTRACTION", "reason", "free-shipping threshold cut (R$79 -> R$19) and credit provisions not stored as a Reason; claim 'Mercado Libre: state R$19, R$79, Q3 2025' without content"),
"p19-07-q06": ("EXTRACTION", "people", "Ariel Szarfsztejn not a node; only Role Marcos Galperin founder; no succession fact"),
"p19-07-q08": ("EXTRACTION", "measure", "Q3 2024 US$5.3bn only in the 'financial income' claim (prior-year figure, measure lost)"),
"p19-07-q09": ("EXTRACTION", "no-answer", "trap (Q4 2025 results not yet published): the consensus estimate ~US$8.1bn typed as Mercado Libre's Q4 2025 revenue and returned"),
"p19-08-q01": ("EXTRACTION", "company name", "group revenue RM11.79bn typed on 'TM'; 'Telekom Malaysia Berhad (TM)' split into the Company 'TM' and an unlinked Organization 'Telekom Malaysia Berhad'; ask: 'nothing about Malaysia'"),
"p19-08-q02": ("EXTRACTION", "segment membership", "data centres (KVDC, Iskandar Puteri) not linked to TM One (KVDC a bare Organization node); ask returned DeepL's Tokyo office"),
"p19-08-q04": ("EXTRACTION", "market share", "TM's 7% of colocation capacity only a claim 'TM One: state 7%' without measure; no MarketShare (only TM One's 26% public-sector cloud share)"),
"p19-08-q05": ("EXTRACTION", "market share", "Bridge Data Centres' 18% (first) only a claim 'Bridge Data Centres: state 18%'; Bridge a Segment node; no MarketShare/Ranking for the colocation table"),
"p19-08-q06": ("EXTRACTION", "company name", "capex RM1.6bn FY2024 typed on 'TM'; 'Telekom Malaysia' not an alias of 'TM'; ask: 'nothing about Malaysia'"),
"p19-08-q09": ("ASK", "usage metric", "UsageMetric TM ~3.24m subscribers (unit 'unifi', 2024) is typed; ask: not_understood (would also have to resolve 'Telekom Malaysia')"),
}
