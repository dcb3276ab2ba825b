# Gold-fact lookups (hand data) after the merge: store /tmp/fc28-after (copy /tmp/judge28b-store), aikg /work/fc28merge (merge ddad891,
# extractor 'aikg-rules-20-s25'). Carried from ../judged_baseline/recall_data.py and checked against exp_after/ (dumpdoc.py, claims.py
# --full): 04 Fourth Paradigm's export is identical to the baseline's but for the extractor string; 01 Douzone's typed facts are
# identical, only the Cloud row's claim moved from 'Amaranth 10' to the Cloud segment and the node gained altLabel 'DOUZONE BIZON CO.'.
# One claim flag changed (Cloud revenue 612, now 'only in a claim' as the On-premise / Other rows); rows touched are marked '# changed'.
# Baseline header:
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# As judge27: value-only claims do not count (Douzone's table rows '1,003', '221', '203' without a measure); a claim whose one
# period contradicts a value (Fourth Paradigm's revenue claim dated 1H 2025 carrying the 1H 2026 range) does not count for that
# value; a claim on the wrong subject (Younglimwon's figures about Douzone; in the baseline the Cloud row about 'Amaranth 10') does not count.
# Consistency with verdicts.py: segment subjects accepted (Cloud / On-premise / Other); change-only Observations accepted for
# the change; the 2Q26 / 3Q25 margin columns dated 3Q26 are stored wrongly; a unit's figure on the parent (Prophet AI Platform
# on Fourth Paradigm) is stored wrongly; a typed fact holding only part of a gold line (share without the revenue amount, 9M
# change without the amount) is stored wrongly. Neither gold file ends with a "NOT stated" line: 45 + 23 = 68 facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("Douzone: not one KRW amount in 억원 is typed (revenue, operating profit, net profit, segment revenue, 9M totals, "
              "the AI data center's 350억원, the treasury-share 300억원, the rival's figures) - only the growth rates, margins, "
              "shares and the KRW-denominated items (dividend, KRW 120 billion) are; the amounts survive only in claims, most of "
              "them value-only (after the merge the Cloud row's claim is on the Cloud segment, no longer on 'Amaranth 10'). The 2Q26 / 3Q25 columns of the margin row are dated 3Q26. Fourth Paradigm: the company node is "
              "'Beijing Fourth Paradigm Technology' (altLabel 'Beijing', no 'Fourth Paradigm'); the profit-alert ranges are typed "
              "without the 1H 2026 period; no Person node at all (Tang Weiming and the eight directors are lost); the GPU lease is "
              "only a claim with the cap inverted ('exceeding RMB410 million').")
R = {
"01_douzone_korean_ir_release.txt": [
("Douzone Bizon ticker KRX: 012510", M, False, "no ticker stored (after: the header 'DOUZONE BIZON CO., LTD. (KRX: 012510)' adds only the altLabel 'DOUZONE BIZON CO.')"),  # changed
("release date 29 October 2026", M, False, ""),
("consolidated revenue 1,142억원 (KRW 114.2bn) 3Q 2026", M, True, "no typed amount; claim 'report 1,142, KRW 114.2 billion (revenue) ... Q3 2026'"),
("revenue 1,003억원 3Q 2025", M, False, "value-only in claims dated Q3 2026"),
("revenue growth yoy +13.9% 3Q 2026", C, True, "change-only Observation"),
("revenue 1,098억원 2Q 2026", M, False, "value-only in claims"),
("revenue growth qoq +4.0% 3Q 2026", C, True, "change-only Observation (basis lost)"),
("operating profit 268억원 (KRW 26.8bn) 3Q 2026", M, True, "claim 'KRW 26.8 billion (operating profit)' Q3 2026"),
("operating profit 221억원 3Q 2025", M, False, "value-only"),
("operating profit growth yoy +21.3% 3Q 2026", C, True, "change-only Observation"),
("operating profit 247억원 2Q 2026", M, False, "value-only"),
("operating profit growth qoq +8.5% 3Q 2026", M, True, "claim '8.5% (operating profit)' Q3 2026 (borderline)"),
("operating margin 23.5% 3Q 2026", C, True, ""),
("operating margin 22.0% 3Q 2025", W, False, "typed as 22% dated Q3 2026"),
("operating margin 22.5% 2Q 2026", W, False, "typed as 22.5% dated Q3 2026 (and +1.5%p typed as a 1.5% margin)"),
("net profit 203억원 3Q 2026", M, False, "value-only in claims ('203' without measure)"),
("net profit 171억원 3Q 2025", M, False, "value-only"),
("net profit growth yoy +18.7% 3Q 2026", C, True, "change-only Observation"),
("net profit 188억원 2Q 2026 (+8.0% qoq)", M, False, "value-only; 8.0% in a claim without the amount"),
("Cloud revenue 612억원 (+22.9%, 53.6% of revenue) 3Q 2026", W, True, "only the 53.6% share typed on 'Cloud'; after: the row's claim is now about the Cloud segment ('Cloud: state 612 (revenue), 498 (revenue), +22.9%, 53.6%, Q3 2026'; baseline: about 'Amaranth 10'), as the On-premise and Other rows' claims"),  # changed
("Cloud revenue 498억원 3Q 2025", M, False, "in the Q3 2026 claim (after: on the Cloud segment; baseline: about 'Amaranth 10')"),  # changed
("On-premise ERP / groupware revenue 341억원 (-3.1%, 29.9%) 3Q 2026", W, True, "only the 29.9% share typed; claim on the segment states 341 (revenue), -3.1%"),
("On-premise revenue 352억원 3Q 2025", M, False, "in the Q3 2026 claim"),
("Other revenue 189억원 (+23.5%, 16.5%) 3Q 2026", W, True, "only the 16.5% share typed; claim on 'Other' states 189 (revenue), +23.5%"),
("Other revenue 153억원 3Q 2025", M, False, "in the Q3 2026 claim"),
("9M revenue 3,296억원 (+13.5% vs 2,905억원)", W, False, "only the +13.5% change typed (9M 2026); amounts value-only"),
("9M operating profit 741억원 (+21.1% vs 612억원)", W, False, "only the +21.1% change typed; amounts value-only"),
("cumulative contracted value of cloud subscriptions passed KRW 1 trillion, end Sept 2026", M, False, "claim 'state KRW 1 trillion, 1, September' without measure"),
("WEHAGO paying subscribers 198,000 companies (161,000 a year ago), Sept 2026", C, True, "UsageMetric (and an Observation 'companies' 198,000)"),
("ONE AI used by 41,000 client companies, Sept 2026", W, False, "typed on Douzone as 'client companies' 41,000 - the product is lost"),
("share of domestic SME ERP market 61% (estimate)", C, True, "MarketShare"),
("second AI data center, Chuncheon Gangchon: 1,200억원 (KRW 120bn) through 2028", W, False, "Investment KRW 120bn dated 2026, no target"),
("GPU server spending 350억원 in 2026", M, False, "value-only in the invest claim"),
("first phase 8 MW, opening 2H 2027", M, True, "claim 'state 8 MW (capacity), H2 2027'"),
("no new borrowings planned for the data center", M, False, "claim 'guide' without content"),
("quarterly dividend KRW 150 per share, unchanged (record date 30 Sept 2026)", C, True, "dividend per share KRW 150 dated 2026-09-30 (unchanged not stated)"),
("treasury share acquisition 300억원 over six months from 30 Oct 2026, to be cancelled", M, False, "claim 'acquire 300, 30 October 2026' - value-only"),
("FY2026 revenue target 4,450억원 (raised from 4,300억원)", C, True, "GuidanceChange raise 4,450 / 4,300 (no measure / unit on the values; borderline)"),
("FY2026 operating-margin target 23% (raised from 22%)", C, True, "Observation 23% target + GuidanceChange"),
("CEO Ji Seong-hwan", C, True, ""),
("CFO Bae Min-jeong", C, True, ""),
("Chief AI Officer Ryu Tae-kyung (new, reports to CEO), effective 1 Nov 2026", C, True, "Role without date"),
("Younglimwon Soft Lab revenue 198억원 +9.4% 3Q 2026", M, False, "claim 'Douzone Bizon: report 198, 9.4% (revenue)' - wrong subject; Younglimwon is not a node"),
("Younglimwon Soft Lab operating profit 14억원 3Q 2026", M, False, "same claim, wrong subject"),
("earnings call 29 Oct 2026 16:00 KST, Korean with English interpretation", M, False, ""),
],
"04_fourthparadigm_hkex_profit_alert.txt": [
("Fourth Paradigm HKEX stock code 6682", M, False, "no ticker / alias; the node's altLabel is 'Beijing'"),
("positive profit alert under Rule 13.09(2)(a) / Part XIVA SFO, 7 Aug 2026", M, False, "only 'state 2' from '13.09(2)'"),
("expected total revenue ~RMB3,380-3,460m 1H 2026", PM, False, "typed without period; the claim is dated 1H 2025"),
("total revenue RMB2,629.5m 1H 2025", M, True, "claim 'RMB2,629.5 million (total revenue), 2025-01-01/2025-06-30'"),
("expected revenue growth ~28.5%-31.6% 1H 2026", PM, False, "typed change 28.5 (range in text) without period; claim dated 1H 2025"),
("expected net profit attributable ~RMB45-65m 1H 2026", PM, True, "typed 'net profit' range without period; claim without period"),
("net loss attributable RMB87.3m 1H 2025", PM, True, "typed without period; claim 'state RMB87.3 million (net loss)'"),
("expected adjusted (non-IFRS) net profit ~RMB168-192m 1H 2026", M, False, "claim measure 'excluding share-based compensation expenses' - net profit lost"),
("adjusted net profit RMB39.6m 1H 2025", M, False, "same claim"),
("Prophet AI Platform expected revenue growth >60% 1H 2026", W, False, "typed on Fourth Paradigm ('whose revenue outlook'); the Platform is not a node"),
("Prophet AI Platform expected >65% of total revenue", W, False, "typed on Fourth Paradigm with a sentence-piece measure"),
("Prophet AI growth drivers: genAI on SageGPT, AI agents in finance/retail/energy", W, False, "Reason about Fourth Paradigm ('whose revenue')"),
("gross profit margin improved (standardised software up, resold hardware down)", C, True, "Reason (cut at 'and the'; borderline)"),
("opex (R&D, selling, admin) grew more slowly than revenue", M, False, ""),
("GPU capacity lease framework: up to RMB410m over three years, signed 18 July 2026", M, False, "claim 'partner 18 July 2026, three years, exceeding RMB410 million' - the cap read as a floor"),
("GPU lease used for model training / inference for Prophet AI customers", M, False, ""),
("GPU lease not a notifiable transaction (ratios below 5%)", M, False, "claim 'state exceeds 5%' - inverted"),
("total revenue RMB5,870.2m FY2025", C, True, ""),
("interim results expected on or about 27 Aug 2026", M, False, "claim 'guide 27 August 2026' without what is published"),
("Chairman, Executive Director and CEO Tang Weiming", M, False, "no Person node"),
("executive Directors Tang Weiming, Hu Jiaxin, Wen Bohai", M, False, "no Person node"),
("non-executive Directors Zhao Qinling, Chen Ruolan", M, False, ""),
("independent non-executive Directors Fennick Lau, Xu Zhurong, Adaeze Okafor-Lindh", M, False, ""),
],
}
