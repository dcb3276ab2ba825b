# Gold-fact lookups (hand data), after: store /tmp/m24b-probe27 (copy /tmp/judge27b-store), aikg /work/main/.venv/bin/aikg
# main 574c188. Carried from ../judged_baseline/recall_data.py (store /tmp/fc27-base, main 503ee0d) and checked against exp_after/:
# the Huber+Suhner export is identical to the baseline's but for the extractor string (claims.py --full output identical); the
# ViTrox export differs only in periods: the prose figures on 'Board' (revenue RM186.42m / RM33.55m / China RM52.20m) are now
# labelled 'Q3 FY2026' but dated 2027-07-01..2027-09-30 (the quarter ended 30 Sep 2026), and the dividend claim on 'Board' is
# labelled 'Q3 FY2025'. Every subject is unchanged ('Board' still holds ViTrox's figures; 'Suzhou' still right), so no status
# changes; the notes of the changed lines are marked '# changed'.
# Baseline header:
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# As judge26: value-only claims do not count ('Suhner: state CHF 171 Mio., 38%' table rows; 'Automated Board Inspection: state
# RM84.26 million, Q3 2026' - segment row without measure); a claim whose one period contradicts a value ('Suhner: report 10% to
# 13% (net sales), 5% to 8% (net sales), CHF 912 Mio. (net sales), 2025') does not count for the other values; a predicate naming
# the measure counts ('Suhner: employ around 4'600'). A claim on a wrong-subject node does not count.
# Consistency with verdicts.py: 'Suhner' (Huber+Suhner cut at '+', a second Company node) is accepted as Huber+Suhner; the key-
# figures table rows are typed on 'Suhner' without a period (P). ViTrox has no company node: its facts sit on 'Board' (a header
# word), which is wrong company -> "stored wrongly"; its claims on 'Board' do not count. Guidance typed as a plain Observation
# (Huber+Suhner net sales growth 10-13% / EBITA margin 12.5-13.5% for 2026, with the old range typed as a second 2026 value) is
# "stored wrongly" (as judge26: targets typed as actuals). Neither gold file ends with a "NOT stated" line: 51 + 50 = 101 facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Huber+Suhner is two Company nodes, 'Huber+Suhner' (CEO Role, MarketShare, an empty raise-guidance claim) and "
              "'Suhner' (everything else: key figures, outlook, capex, Communication / Industry unitOf, CFO Role); Transportation, "
              "Amphenol, Corning, R&M are not nodes. The key-figures table is typed without periods; order intake and book-to-bill "
              "and the segment table are lost (bare-number claims). ViTrox: no ViTrox Corporation Berhad node; the figures typed "
              "from the Part B prose sit on 'Board' ('The Board expects...'); the key-information grid (RM'000, individual / "
              "cumulative columns) gives no fact and no claim at all; the four product segments are Organization nodes with "
              "value-only claims; only the Suzhou subsidiary's revenue is right.")
R = {
"02_hubersuhner_adhoc.txt": [
("Huber+Suhner ticker HUBN (SIX)", M, False, "not stored"),
("headquarters Herisau, Switzerland", M, False, "not stored"),
("ad hoc announcement Art. 53 LR, preliminary unaudited, 14 July 2026", M, False, "only garbage claims 'Suhner: state 53' / 'state 14'"),
("order intake CHF 512m H1 2026", M, False, "table row only as value-only claim 'Suhner: state CHF 512 Mio., CHF 423 Mio., 21.0%'"),
("order intake CHF 423m H1 2025", M, False, "value-only claim"),
("order intake growth +21.0%", M, False, "value-only claim"),
("net sales CHF 468m H1 2026", PM, True, "Observation on 'Suhner', no period; claim with measure"),
("net sales CHF 411m H1 2025", PM, True, "no period; claim with measure"),
("net sales growth +13.9% H1 2026", M, True, "only in the claim 'report ... 13.9% (net sales)'"),
("net sales growth in local currencies 16.1% H1 2026", M, False, "claim 'Suhner: grow 16.1%' loses net sales / local currencies"),
("currency effect on net sales around -CHF 9m H1 2026", M, False, "claim 'report around CHF 9 Mio. (net sales), H1' - effect and sign lost"),
("EBITA CHF 59.9m H1 2026", PM, True, "no period; claim with measure"),
("EBITA CHF 46.0m H1 2025", PM, True, "no period; claim with measure"),
("EBITA growth +30.2%", M, True, "only in the claim 'state ... 30.2% (ebita)'"),
("EBITA margin 12.8% H1 2026", PM, True, "no period"),
("EBITA margin 11.2% H1 2025", PM, True, "no period"),
("EBITA margin +1.6 pp", PM, True, "change typed, no period"),
("book-to-bill 1.09 H1 2026", M, False, "not stored"),
("book-to-bill 1.03 H1 2025", M, False, "not stored"),
("Communication net sales CHF 171m H1 2026", M, False, "value-only claim on 'Suhner'"),
("Communication growth +38%", M, False, "value-only claim"),
("Industry net sales CHF 158m H1 2026", M, False, "value-only claim"),
("Industry growth +3%", M, False, "value-only claim"),
("Transportation net sales CHF 139m H1 2026", M, False, "value-only claim; no Transportation node"),
("Transportation growth +4%", M, False, "value-only claim"),
("Communication data-centre sales CHF 96m, more than doubled, H1 2026", PM, True, "typed on 'Suhner' (the group's data-centre sales, all in Communication) with change >=100%, no period; claim on Communication"),
("Communication order intake CHF 205m H1 2026", M, False, "claim labels it 'data-centre sales' 205"),
("Communication driver: fibre-optic / OCS components for AI clusters of hyperscalers", M, False, "not stored"),
("Industry segment scope: test & measurement, industrial, defence", M, False, "Industry unitOf node only"),
("Transportation scope: railway and automotive (weaker EV charging offset by railway)", M, False, "not stored"),
("order backlog CHF 1,085m at 30 June 2026", C, True, ""),
("order backlog CHF 962m at 31 Dec 2025", C, True, ""),
("net sales CHF 912m FY2025", C, True, "period 2025"),
("guidance FY2026 net sales growth 10-13% in local currencies (previously 5-8%)", W, False, "plain Observation 'net sales' change 10 ('10% to 13%') for 2026, not an outlook; old range not typed; claim carries period 2025"),
("guidance FY2026 EBITA margin 12.5-13.5% (previously 11-13%)", W, True, "two plain 2026 'ebita margin' Observations (12.5-13.5 and the old 11-13) as if actuals; claim states both ranges"),
("capacity investment ~CHF 38m in 2026-2027 (fibre-optic assembly)", W, False, "Investment dated 2026 only, target '2026 and 2027 in additional fibre-optic'; claim 'invest ... 2026'"),
("investment locations Pfaeffikon and Tczew", M, False, "not stored"),
("group capex ~CHF 62m FY2026 (previously CHF 45m)", C, True, "GuidanceChange raise 62 from 45, capex outlook Observation 2026"),
("net cash CHF 214m at 30 June 2026 (debt-free)", W, False, "typed as an Investment; value-only claim"),
("investment financed from operating cash flow", M, False, "not stored"),
("Marcel Luethi CEO", C, False, "Role on 'Huber+Suhner'"),
("Ivana Brunner CFO", C, False, "Role on 'Suhner' (accepted)"),
("Dr. Stefan Baertschi Head of Investor Relations", M, False, "Person node only, no Role"),
("expects Communication to become largest segment in 2026", M, False, "claim 'Communication: guide' without content"),
("market share ~15% global optical circuit switches", C, True, "MarketShare"),
("Amphenol competitor, capacity expansion", M, False, "no node"),
("Corning competitor, capacity expansion", M, False, "no node"),
("R&M data-centre sales growth ~9%", W, False, "typed as Huber+Suhner 'sales' +9%"),
("employees ~4,600", C, True, "Observation 'people' ~4600 (count 'now', accepted); claim 'employ'"),
("half-year report on 18 August 2026", M, True, "claim 'Suhner: report 18 August 2026' (borderline)"),
("markets Communication, Industry, Transportation", W, False, "Communication and Industry unitOf 'Suhner'; Transportation missing"),
],
"07_vitrox_bursa.txt": [
("stock code 0097, Main Market", M, False, "not stored"),
("financial year end 31 Dec 2026", M, False, "not stored"),
("unaudited Q3 FY2026", M, False, "not stored"),
("revenue RM186,420k Q3 FY2026", W, False, "typed on 'Board' (+21.9%; after: 'Q3 FY2026' dated Jul-Sep 2027); claim on 'Board'"),  # changed
("revenue RM152,870k Q3 FY2025", M, False, "only in the 'Board' claim"),
("revenue growth +21.9% (RM33.55m) Q3", W, False, "on 'Board'; RM33.55m typed as 'revenue' (after: dated Jul-Sep 2027)"),  # changed
("revenue RM512,330k 9M FY2026", M, False, "key-information grid gives nothing"),
("revenue RM431,905k 9M FY2025", M, False, "grid"),
("PBT RM41,860k Q3 FY2026", W, False, "typed on 'Board' (+34.1%)"),
("PBT RM31,215k Q3 FY2025", M, False, "grid"),
("PBT growth +34.1% Q3", W, False, "on 'Board'"),
("PBT RM112,970k 9M FY2026", M, False, "grid"),
("PBT RM86,140k 9M FY2025", M, False, "grid"),
("profit for the period RM38,540k Q3 FY2026", M, False, "grid"),
("profit for the period RM28,960k Q3 FY2025", M, False, "grid"),
("profit for the period RM102,085k 9M FY2026", M, False, "grid"),
("profit attributable to owners RM38,110k Q3 FY2026", M, False, "grid"),
("profit attributable to owners RM28,705k Q3 FY2025", M, False, "grid"),
("profit attributable to owners RM101,245k 9M FY2026", M, False, "grid"),
("profit attributable to owners RM78,860k 9M FY2025", M, False, "grid"),
("basic EPS 1.97 sen Q3 FY2026", M, False, "grid"),
("basic EPS 1.48 sen Q3 FY2025", M, False, "grid"),
("basic EPS 5.22 sen 9M FY2026", M, False, "grid"),
("second interim dividend 0.70 sen declared Q3 FY2026", M, False, "value-only claim on 'Board' ('state 0.70, 0.55, ...'; after: labelled Q3 FY2025)"),  # changed
("dividend 0.55 sen Q3 FY2025", M, False, "value-only claim on 'Board'"),
("cumulative dividend 1.40 sen 9M FY2026", M, False, "grid"),
("dividend paid 11 Dec 2026, registered 25 Nov 2026", M, False, "dates in the 'Board' claim (wrong subject)"),
("net assets per share RM0.6325 (RM0.5840 at prior year end)", M, False, "garbage claim 'Board: state 7'"),
("ABI segment revenue RM84.26m Q3 FY2026", M, False, "value-only claim on the ABI Organization node"),
("MVS segment revenue RM71.52m Q3 FY2026", M, False, "value-only claim"),
("VIM and others revenue RM18.25m Q3 FY2026", M, False, "value-only claim"),
("ECS segment revenue RM12.39m Q3 FY2026", M, False, "value-only claim"),
("growth drivers: ABI demand from EMS AI-server / power-supply lines; MVS from advanced packaging", M, False, "no Reason for revenue"),
("foreign exchange gain RM1.92m Q3 FY2026", W, False, "typed on 'Board'"),
("revenue from China RM52.20m (28.0%) Q3 FY2026", W, False, "typed as 'Board' revenue RM52.2m - China lost (after: dated Jul-Sep 2027)"),  # changed
("revenue from Malaysia RM34.49m Q3 FY2026", M, False, "only in the 'Board' claim, no region"),
("revenue from rest of Asia RM61.52m Q3 FY2026", M, False, "only in the 'Board' claim, no region"),
("ViTrox Technologies (Suzhou) revenue RM32.60m Q3 FY2026", C, True, "on 'Suzhou' (Segment); claim on 'ViTrox Technologies'"),
("revenue RM172.13m Q2 FY2026", M, False, "only in the 'Board' claim"),
("revenue growth qoq +8.3%", M, False, "only in the 'Board' claim"),
("V-ONE installed at 260 customer sites", W, False, "typed as 'Board' customer sites; V-ONE lost"),
("risk: US export controls on semiconductor equipment to China (Suzhou customers)", W, False, "Restriction affects 'Board'"),
("Koh Young competitor (3D SPI)", M, False, "no node"),
("Pentamaster competitor (semiconductor test)", M, False, "bare Company node, no Competition"),
("capex incurred RM23.40m Q3 FY2026", W, False, "typed on 'Board', dated H2 2027"),
("Technology Park Phase 3 budget RM180m, completion 2H 2027", W, False, "typed as 'Board' capital expenditure RM180m H2 2027"),
("capital commitments RM96.75m at 30 Sep 2026", M, False, "value-only claim on 'Board'"),
("total borrowings RM41.30m at 30 Sep 2026", M, False, "value-only claim on 'Board'"),
("outlook: demand firm in Q4 FY2026 (AI investment)", M, False, "claim 'Board: guide, Q4 FY2026' without content"),
("announcement dated 3 November 2026", M, False, "not stored"),
],
}
