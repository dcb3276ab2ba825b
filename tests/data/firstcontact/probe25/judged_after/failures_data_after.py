# Failure classes (hand data) for the FAIL lines of /work/firstcontact25/score_after.txt (28; the same 28 as score_baseline.txt),
# store /tmp/fc25-after-store, aikg /work/fc25after/.venv/bin/aikg (main 8d4311e); asks run again on the copy /tmp/judge25b-store
# (asks/*.json; every re-ask gave the scored status, and every answer is word for word the baseline's). Carried from
# ../judged_baseline/failures_data.py and checked against exp_after/ (01 Atman and 03 Telecom Egypt are the only exports that
# changed, and neither change touches a failed question: the Atman Investment gained its period, TE's net-debt row is now typed)
# and the re-asks; no entry changed. The entity-name diagnostics were asked again (asks_diag/): unchanged.
# Conventions as the baseline (below).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Telecom Egypt is a node labelled only 'TE' (from "Telecom Egypt (TE; EGX: ETEL)"); its typed facts exist
# (capex 2026, wholesale revenue FY2025, CFO Role) and the same questions asked with 'TE' are answered (asks_diag/), but the
# questions naming 'Telecom Egypt' find no node: kind 'entity name', counted EXTRACTION (the node lacks the company's name;
# borderline ASK - the ask could have resolved it). Aubay: the document yields no Aubay node, no typed fact and no claim at
# all (only Place-like nodes France / United Kingdom): kind 'empty document'. Metrodata is split into 'Metrodata' and
# 'PT Metrodata Electronics Tbk'. Not nodes: 3S Data Center, Mitra Integrasi Informatika (MII), Marcus Henley, Project
# Meridian; 'MSEK 492' / 'MSEK 421' etc. are Product nodes (the amounts read as names).
# Rule (as judge17-24): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a claim (value-only, wrong subject or wrong
# measure; also a claim with the right measure when no typed fact exists) is EXTRACTION; a typed fact on the right subject with
# the right measure that the ask does not return is ASK; a typed fact stored with a wrong measure / type / period is EXTRACTION.
# Kinds: table/list rows, number format, entity name, empty document, entity missing, segments, unit figure, people, dates,
# measure, multiples, investment target, period.
F = {
"p25-01-q08": ("EXTRACTION", "entity missing", "3S Data Center is not a node; Polcom is (Competition typed) but both rivals' revenues (138 / 96 mln zł) are only in a claim on Atman ('report 138 mln zł (revenue), 96 mln zł (whose revenue)'); ask named Polcom only"),
"p25-02-q01": ("EXTRACTION", "number format", "Rp 18,6 triliun 9M 2026 typed as IDR 18.6 ('triliun' lost) on a duplicate node 'PT Metrodata Electronics Tbk'; the headline's 'Rp 18.6 trillion' typed on Metrodata without period; ask returned the analysts' FY2026 projection 'IDR 25' and US$1.14"),
"p25-02-q02": ("EXTRACTION", "period", "revenue +10,1% typed on the duplicate node 'PT Metrodata Electronics Tbk' without period (9M 2026 lost); ask found no change for 'Metrodata'"),
"p25-02-q03": ("EXTRACTION", "segments", "MII (subsidiary) is not a node; Rp 3,9 triliun +18,2% only in value-only claim 'Metrodata: record Rp 3,9, 18,2%' ('triliun' lost, wrong subject)"),
"p25-02-q05": ("EXTRACTION", "investment target", "capex Rp 350 typed (scale lost, answer passes on '350'); the Rp 120 miliar for the AI Center of Excellence is an Investment 'IDR 120' without target and a UsageMetric 'customers'; ask: 'not stated how much goes to the AI CoE'"),
"p25-03-q03": ("EXTRACTION", "table/list rows", "FY2025 revenue EGP 81.6 bn only in the row claim 'TE: report 60.4 (revenue), 81.6 (revenue), 102.8, 124.5, FY2024' (bare counts, one period); no typed revenue per year (and the node is 'TE')"),
"p25-03-q04": ("EXTRACTION", "entity name", "capex 2026 EGP 26bn typed on the node 'TE'; 'How much capex does TE guide for 2026?' answers it, 'Telecom Egypt' finds nothing (borderline ASK)"),
"p25-03-q05": ("EXTRACTION", "measure", "WE Data EGP 4.20 per share only in value-only claims 'WE Data: state EGP 4.20' / 'state USD 9 mn, 4.20' (no SOTP value measure)"),
"p25-03-q06": ("EXTRACTION", "measure", "the 14% mobile market share is a value of the UsageMetric on TE with measure 'mn subscribers' (no MarketShare); ask: no company asked known (node 'TE')"),
"p25-03-q07": ("EXTRACTION", "multiples", "EV/EBITDA 3.1x 2026e (prose and multiples table) not stored at all, not even in a claim"),
"p25-03-q08": ("EXTRACTION", "entity name", "Role Hala Mansour CFO of 'TE' typed; 'Who is the CFO of TE?' answers it, 'Telecom Egypt' finds nothing (borderline ASK)"),
"p25-03-q09": ("EXTRACTION", "entity name", "'wholesale revenue' USD 640m FY2025 typed on 'TE'; asked with 'TE' it is answered, with 'Telecom Egypt' not (borderline ASK)"),
"p25-04-q03": ("EXTRACTION", "table/list rows", "High Volume MSEK 421 (372) from the division list becomes a Statement 'MSEK 421' versionOf 'MSEK'; no figure on the High Volume Segment"),
"p25-04-q04": ("EXTRACTION", "number format", "prior-year EBIT (401) in brackets only in claims about a Product node 'MSEK 492' ('report 401, 22.5%, 20.6%'), bare count; ask returned the 22.5% EBIT margin without period"),
"p25-04-q08": ("EXTRACTION", "unit figure", "Pattern Generators' China share 38% (44%) 9M only in claim 'Mycronic: report 38% (customers), 44% (customers), 9M' (on the parent, measure 'customers')"),
"p25-04-q09": ("EXTRACTION", "number format", "no-answer trap answered: 'MSEK 2 184 (1 950)' split into the claim values 950, 1, 184 with no period (Q3 lost), which the ask gave for Q2 2026 (borderline ASK)"),
"p25-06-q02": ("EXTRACTION", "empty document", "Italy 76 920 k€ (revenue-by-country table) - the Aubay document yields no Aubay node, typed fact or claim"),
"p25-06-q03": ("EXTRACTION", "empty document", "operating margin on business activity 10,4 % (table and prose) not stored; ask quoted the 2026 target sentence (10-10,5 %)"),
"p25-06-q04": ("EXTRACTION", "empty document", "net income group share 21 842 k€ (table) not stored; ask resolved 'S1' as a name"),
"p25-06-q05": ("EXTRACTION", "empty document", "organic growth +4,1 % (table and prose) not stored"),
"p25-06-q07": ("EXTRACTION", "empty document", "headcount 8 214 at 30/06/2026 (operating-indicators table) not stored"),
"p25-06-q08": ("EXTRACTION", "empty document", "CEO Christophe Andrieux ('Directeur général (CEO)', prose) not a node, no Role"),
"p25-07-q03": ("EXTRACTION", "table/list rows", "AIOps A$72m (budget bullet list) only in value-only claim 'Vocus Group: state A$72 million, FY2026'; Project Lumen a bare Segment"),
"p25-07-q05": ("EXTRACTION", "measure", "supplier base 1,900 -> 1,400 by 30 June 2028 only in value-only claim 'Vocus Group: state approximately 1,900, 1,400' (no Target, date lost)"),
"p25-07-q06": ("EXTRACTION", "people", "'Our Group CEO, Marcus Henley' gives a Company node 'Our Group'; Marcus Henley not a node, no Role"),
"p25-07-q08": ("EXTRACTION", "dates", "deadline 31 March 2027 for AI use declarations not stored (claim 'Vocus Group: include' without value or date)"),
"p25-08-q02": ("EXTRACTION", "period", "Q3 2026 revenue US$266.2m (+31%) typed on Silicon Motion without period (08b); the Q3 period only on a GuidanceChange 'raise' claim; ask returned the July Q3 outlook US$255-270m"),
"p25-08-q08": ("EXTRACTION", "segments", "enterprise SSD controllers US$21.4m only in value-only claim 'MonTitan PCIe Gen5: report US$21.4 million, US$15.8 million, Q2 2026' (product, no measure, period Q2)"),
}
