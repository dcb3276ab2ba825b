# Failure classes (hand data) for the FAIL lines of /work/firstcontact18/score_after_first_contact.txt, store /tmp/fc18-after
# (merged aikg f88b5b4; asks run again on the copy /tmp/judge18b-store, asks_after/*.json). Copied from judged_baseline/failures_data.py:
# the store's typed facts and claims are identical to the baseline's; 37 of the 39 FAILs give the same answer as the baseline's ask;
# p18-02-q04 and p18-04-q01 changed answer (reasons rewritten); p18-02-q10 and p18-05-q01 now pass (removed). id: (cause, kind, reason). cause: EXTRACTION / ASK / GOLD.
# Company nodes: Ibiden -> 'Nvidia' (ask: "nothing about Ibiden"), Sarvam AI -> 'Members' (ask: "nothing about Sarvam").
# Rule (as judge17): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given.
F = {
"p18-01-q02": ("EXTRACTION", "stakes/deals", "offer value NOK 12.3bn only a plain claim 'Crayon Group Holding: state approximately NOK 12.3 billion' (no measure, no offer/deal fact); ask (figures) found no 'offer' figure for SoftwareOne"),
"p18-01-q06": ("EXTRACTION", "segment membership", "Software & Cloud Services unitOf SoftwareOne but nothing inSegment it; 'SAP services and Copilot/AI consulting business' a fragment segment node; managed cloud missing"),
"p18-01-q08": ("EXTRACTION", "competitors", "no Competition facts: Bechtle, Computacenter, Insight, SHI are not even nodes"),
"p18-02-q01": ("EXTRACTION", "company attribution", "net sales JPY374.8bn typed on 'Nvidia' (and dated FY2023 Apr 2022-Mar 2023); ask: 'nothing about Ibiden'"),
"p18-02-q02": ("EXTRACTION", "measure", "the +1.6pt margin change not stored; only the two margins 14.4% / 12.8%, typed on 'Nvidia', both dated FY2023"),
"p18-02-q03": ("EXTRACTION", "segment membership", "no segments: Electronics/Ceramic/Other not nodes, their products not stored; the segment table rows became Product nodes 'OP 41.2', 'OP 10.9'"),
"p18-02-q04": ("EXTRACTION", "segment figure", "Electronics OP 41.2 only in a claim whose subject is the Product node 'OP 41.2' ('report 214.6, 19.2%'); Ibiden not a node. After: ask no longer falls back to text here and says 'nothing about Ibiden' (baseline quoted the company-wide OI JPY54.0bn)"),
"p18-02-q05": ("EXTRACTION", "reason", "the revision reason (AI-accelerator substrate orders) not stored (only in the claim 'Nvidia: state JPY145'); the GuidanceChange 56.0 from 52.0 sits on 'Nvidia'; ask returned Seznam's/SoftwareOne's/Spark's reasons"),
"p18-02-q06": ("EXTRACTION", "company attribution", "Ono Plant JPY250bn typed as an Investment by 'Nvidia' (no target); ask: 'nothing about Ibiden'"),
"p18-02-q07": ("EXTRACTION", "market share", "~40% high-end server FC-BGA share only a plain claim 'Nvidia: rank ~40%'; no MarketShare"),
"p18-02-q09": ("ASK", "no-answer", "trap (Electronics OI FY2023, not given): the text fallback quoted 'Operating income JPY54.0bn (FY2023: JPY47.6bn)' - the company-wide figure"),
"p18-03-q05": ("EXTRACTION", "chips/hardware", "Tomahawk 5 and Trainium 2 are bare Product nodes; only claims 'Broadcom: power 51.2' and 'Amazon Web Services: report'; no HardwareUse for Accton"),
"p18-03-q09": ("EXTRACTION", "period", "2025 capex plan ~NT$10bn typed dated 2024 (periodInherited); ask: 'no figure for 2025'"),
"p18-03-q10": ("ASK", "no-answer", "no-answer question (AWS revenue in NT$, not disclosed) answered with Accton's Q4 and full-year revenue"),
"p18-04-q01": ("EXTRACTION", "capacity (MW/GW)", "NEST's 26 MW only a bare claim 'Start Campus: state 26, about 15' (no unit or measure); NEST not a node. After: ask answers from the text (basis text) but quotes the wrong sentence, the campus' 1.2 GW / EUR8.5bn plan, not 'The building has 26 megawatts (MW) of IT capacity' (the sentence names NEST only in the one before; borderline ASK) - baseline said no_answer"),
"p18-04-q02": ("EXTRACTION", "capacity (MW/GW)", "EUR8.5bn typed (Investment); the 1.2 GW only a unitless '1.2' in the claim 'Start Campus: invest 1.2, about EUR8.5 billion'"),
"p18-04-q06": ("EXTRACTION", "stakes/deals", "owners Davidson Kempner and Pioneer Point not stored (not even nodes); no Shareholding"),
"p18-04-q07": ("EXTRACTION", "financing", "EUR1.5bn green loan only a plain claim 'SIN02: state EUR1.5 billion' (no measure, not on Start Campus); ask returned the EUR8.5bn / EUR1.1bn investments"),
"p18-04-q08": ("EXTRACTION", "regulation/investigation", "Operacao Influencer not stored (no claim, no node); ask: nothing that answers"),
"p18-04-q10": ("ASK", "no-answer", "no-answer question (electricity cost, confidential) answered with the EUR8.5bn and EUR1.1bn investments"),
"p18-05-q02": ("EXTRACTION", "chips/hardware", "4,096 H100 only in a claim on 'Nvidia' ('state 4,096, for six months, about 120 billion, 22'); no HardwareUse; Sarvam not a node"),
"p18-05-q03": ("EXTRACTION", "product names", "the 120bn-parameter sovereign model not stored as a model; '120 billion' only in the claim on 'Nvidia'"),
"p18-05-q04": ("EXTRACTION", "product names", "Sarvam-M 'built on Mistral Small' stored as a Launch 'Sarvam-M launched Mistral'; Mistral Small lost (ModelFamily 'Mistral'); Sarvam-M developedBy 'Members'"),
"p18-05-q05": ("EXTRACTION", "company attribution", "FY2023-24 revenue INR10.9 crore only in a claim on 'Members' (the loss typed on 'Members'); ask: 'nothing about Sarvam'"),
"p18-05-q06": ("EXTRACTION", "government programme", "IndiaAI Mission not a node; outlay INR10,371.92 crore only a claim on 'Members'; ask: not_understood"),
"p18-06-q01": ("EXTRACTION", "corrected figures", "EBITDAI NZ$1,071m typed with measure 'from continuing operations'; the pre-correction NZ$1,140m kept in a typed StakeDeal; ask (claims) answered 1,140 with 1,071"),
"p18-06-q03": ("EXTRACTION", "guidance", "FY26 guidance NZ$1,010-1,090m only a plain claim without measure; Harbourview's NZ$1,040m forecast typed as Spark's guidance cut and returned"),
"p18-06-q04": ("EXTRACTION", "reason", "the cut reasons are a plain claim 'Spark: invest' (no Reason, no GuidanceChange for the FY25 cuts); ask also read 'FY25' as a name ('nothing about FY25')"),
"p18-06-q05": ("EXTRACTION", "stakes/deals", "StakeDeal 75% / EV NZ$486m has no buyer (PEP a bare node); a second StakeDeal keeps the pre-correction 70% / NZ$1,140m; ask returned both"),
"p18-06-q06": ("ASK", "stakes/deals", "NZ$486m is the amount of the typed StakeDeal (Spark DC, 75%; returned by q05's ask), not labelled enterprise value; figures intent found nothing (borderline EXTRACTION)"),
"p18-06-q07": ("ASK", "period", "data-centre revenue NZ$74m +21.3% FY2025 typed on Spark; ask read 'FY25' as a name: 'nothing about FY25'"),
"p18-07-q03": ("ASK", "company name", "Sreality.cz, Sauto.cz, Firmy.cz inSegment Classifieds & services (unitOf Seznam) are stored; ask: 'nothing about Seznam.cz' (segments intent did not resolve 'Seznam.cz')"),
"p18-07-q05": ("EXTRACTION", "product names", "the model is typed as AIModel 'Czech' developedBy Seznam; SeLLMa 2 only a Product node whose 13bn parameters sit in a UsageMetric; ask returned the launch claim"),
"p18-07-q07": ("ASK", "company name", "revenue outlook +6-8% 2025 typed on Seznam (and in the Reason claim); ask: 'nothing about Seznam.cz'"),
"p18-07-q09": ("EXTRACTION", "people", "no Role and no Person node for Jan Hnizdil (written Hn&iacute;zdil in the HTML); only Pavel Zima (former CEO)"),
"p18-07-q10": ("ASK", "no-answer", "no-answer question (AI-answer revenue, not broken out; a DisclosureGap is stored) answered with total revenue CZK6.84bn"),
"p18-08-q01": ("EXTRACTION", "stakes/deals", "no supply/PPA fact linking SolarAfrica / Sun Central to Teraco; claims 'Teraco: state 120, 20-year' without the counterparty"),
"p18-08-q03": ("EXTRACTION", "company attribution", "phase-1 R1.8bn typed as an Investment by 'Teraco' without target (it is SolarAfrica's plant, lender-financed); ask: 'nothing about Sun Central'"),
"p18-08-q08": ("EXTRACTION", "segment membership", "sibling platforms (Interxion, Ascenty, MC Digital Realty, Bersama) not stored: claim 'Teraco: partner' without objects; Digital Realty not a node"),
}
