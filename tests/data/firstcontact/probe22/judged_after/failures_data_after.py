# Failure classes (hand data) for the FAIL lines of /work/firstcontact22/score_after_first_contact.txt (32), store
# /tmp/m19-probe22-forjudge (asks run again on the copy /tmp/judge22b-store with /work/fc22after/.venv/bin/aikg, asks_after/*.json;
# every re-ask gave the scored status). Copied from ../judged_baseline/failures_data.py where the re-ask gives the baseline's
# answer word for word (31 of 32); p22-03-q08 and p22-07-q07 (now PASS) dropped; the 4 rows marked AFTER:/NEW FAIL re-classified
# or re-described. Same rules as the baseline (below).
# Failure classes (hand data) for the FAIL lines of /work/firstcontact22/score_baseline.txt, store /tmp/fc22-base
# (asks run again on the copy /tmp/judge22-store, asks/*.json; every re-ask gave the scored status). id: (cause, kind, reason).
# cause: EXTRACTION / ASK / GOLD.
# Company nodes: Taiwan Mobile is a node labelled only 'TWM' (no "Taiwan Mobile" label or altLabel although the article
# names it); the ask resolves "Taiwan Mobile" to the Country 'Taiwan' or to nothing. Genesis Cloud is not a node: its figures
# sit on a Company 'We'; its passing questions (q01-q03, q05, q06) are answered by the text fallback ("No fact in the graph
# states it; the documents say ..."). Not nodes: Gao Guangrong, Khalid Al Mannai, Manjit Dhillon, Tom Greenwood, BNET,
# Dhiraagu, Umniah, the Retelit business units, Eoptolink's Thailand subsidiary, relAI.
# Rule (as judge17-21): company attribution only where the wrong subject alone makes the question fail; where the fact is
# missing or mis-typed as well, the missing kind is given. A figure that is only in a claim (value-only, wrong subject or
# wrong measure; also a claim with the right measure when no typed fact exists) is EXTRACTION; a typed fact on the right
# subject that the ask does not return is ASK; a no-answer question answered from a bare claim / quote is ASK.
F = {
'p22-01-q01': ('EXTRACTION', 'company attribution', "FY2024 revenue NT$211.4bn (+12.6%) is typed on 'TWM' with FY2024, but no node is named Taiwan Mobile (label 'TWM' only); ask: 'nothing about Taiwan' (resolved to the Country) - borderline ASK"),
'p22-01-q05': ('EXTRACTION', 'capex/investment', "NT$2.8bn for AI and data-centre capacity only in value-only claim 'TWM: state NT$11.5 billion, NT$2.8 billion, 2025' (Exhibit 2 list); ask: 'nothing about Taiwan Mobile'"),
'p22-01-q06': ('EXTRACTION', 'products/models', "'Yushan-LLM 13B' is a bare Product node with no relation to TWM; ask answered with the Launch claim 'TWM AI Cloud launched Taipei Neihu March 20'"),
'p22-01-q07': ('EXTRACTION', 'table/list rows', "27.4% subscriber share (ranked list) only in value-only claim 'TWM: state 27.4%'; no MarketShare; ask: no market share"),
'p22-01-q08': ('EXTRACTION', 'company attribution', "EBITDA margin 19.0% FY2024 typed on 'TWM' (correct otherwise); no node named Taiwan Mobile; ask: 'nothing about Taiwan' - borderline ASK"),
'p22-02-q02': ('EXTRACTION', 'table/list rows', "net profit attributable 39.42 vs 8.65 (+355.7%) only in claim 'report 39.42 (revenue), 8.65 (revenue), 355.7% (revenue)' - table row measure lost (as 'revenue')"),
'p22-02-q03': ('ASK', 'measure', "gross profit margin 47.1% typed on 'Chengdu Eoptolink Technology' (no period); ask returned AEM Holdings' four 'gross margin' Observations instead"),
'p22-02-q04': ('EXTRACTION', 'people', 'Chairman and General Manager Gao Guangrong (profile line) not a node; no Person in the document'),
'p22-02-q05': ('EXTRACTION', 'products/models', "800G / 1.6T (LPO) optical modules not stored (no Product nodes, product-revenue lines value-only 'state 91.62, 87.8%')"),
'p22-02-q06': ('EXTRACTION', 'unit figure', "Thailand subsidiary not a node; its operating income is typed on a Segment 'Note' (about 6.12bn yuan) and in claim 'Chengdu Eoptolink Technology: report 612,450, ten-thousand yuan (operating income)'"),
'p22-02-q07': ('ASK', 'capex/investment', "Investment 'up to USD 250 million', investor Chengdu Eoptolink Technology is typed (Thailand phase II object lost) and claim 'invest not more than USD 250 million'; ask (intent investments): not stated"),
'p22-02-q08': ('EXTRACTION', 'table/list rows', "overseas 96.33 / 92.3% only in value-only claim on a Segment 'Overseas' ('state 96.33, 92.3%, 8.04, 7.7%'); ask: no revenue for Overseas"),
'p22-03-q03': ('EXTRACTION', 'table/list rows', 'the three business units (Digital Services, Infrastructure, Partners) are not nodes; their lines are value-only claims on Retelit'),
'p22-03-q06': ('EXTRACTION', 'unit figure', "Digital Services EUR 58,2 mln H1 2025 only in value-only claim 'Retelit: state 58,2 mln euros, 11,3%, H1 2025'; unit not a node"),
'p22-03-q07': ('EXTRACTION', 'measure', "about 7% of Italian enterprise colocation only in value-only claim 'Retelit: state about 7%, H1 2025'; no MarketShare"),
'p22-03-q09': ('EXTRACTION', 'company attribution', "no-answer trap: Open Fiber's 2024 revenue EUR 580 mln typed as Retelit revenue 2024 (Open Fiber not a node); ask answered it"),
'p22-04-q02': ('EXTRACTION', 'people', 'Group CEO Khalid Al Mannai (panellist list) not a node; no Person in the document'),
'p22-04-q04': ('EXTRACTION', 'table/list rows', "Dhiraagu MVR 3.1bn (operations table) only in value-only claim 'Batelco Group: state MVR 3.1 billion, 52%'; Dhiraagu not a node"),
'p22-04-q07': ('EXTRACTION', 'table/list rows', 'Batelco Bahrain / Umniah / Dhiraagu / Sure (operations table) not nodes, no unitOf; ask fell back to the table header quote'),
'p22-04-q09': ('EXTRACTION', 'plans/projects', "1,000 GPUs only in claim 'Batelco Group: state 1,000 GPUs (gpus), 4 MW (capacity), H1 2026' (no typed fact; 'phase one' lost); ask (intent investments): no amount - borderline ASK (the claim has measure gpus)"),
'p22-05-q01': ('EXTRACTION', 'table/list rows', "AFTER: the revenue row is now claim 'AEM Holdings: report 118.4 (revenue), 82.6 (revenue), 43.3% (revenue), 312.6 (revenue), Q3 2025' (118.4 with the right measure, but all four columns dated Q3 2025); still no typed 3Q2025 revenue; ask: 'no revenue for AEM Holdings' (word for word the baseline's) [baseline: EXTRACTION table/list rows, 118.4 lost entirely]"),
'p22-05-q06': ('ASK', 'period', "NEW FAIL: Observation AEM order book S$96.0m as of 2025-09-30 is typed (unchanged, baseline #40 C); the ask says 'the graph's facts do not give the period asked' (as in the baseline, which passed by the text fallback quoting the order-book sentence) and the text fallback now quotes 'Our order book is up 35% in one quarter' - the claim 'AEM Holdings: guide 35%, in one quarter' newly dated 2025-01-01/2025-09-30"),
'p22-06-q04': ('EXTRACTION', 'people', 'CFO Manjit Dhillon not a node (nor CEO Tom Greenwood); no Person in the document'),
'p22-06-q06': ('EXTRACTION', 'measure', 'tenancy ratio 2.18x not stored (sites and tenancies are typed); ask fell back to the quote with the 2.2x / 2.5x targets'),
'p22-06-q08': ('EXTRACTION', 'table/list rows', 'the nine-market list not stored (only the four segment regions are nodes, unlinked); ask quoted the IHS / leadership sentence (Tanzania, DRC, Oman), Ghana missing'),
'p22-06-q09': ('EXTRACTION', 'financing/debt', "US$650m 7.00% notes due 2027 only in value-only claim 'Helios Towers: state US$650 million, 7.00%, 2027'; ask resolved to 'Note' (Eoptolink's Segment)"),
'p22-07-q04': ('EXTRACTION', 'company attribution', "AFTER: the 'We' company is gone and with it the about 8,960 GPUs Observation; the figure is now in no fact or claim, only a text quote (Genesis Cloud still not a node); ask answered TWM's 256 (Far EasTone's) and 1,024 GPUs, word for word the baseline's [baseline: typed on 'We']"),
'p22-07-q08': ('EXTRACTION', 'financing/debt', "AFTER: the value-only claim on 'We' is gone; EUR 180m Series C is in no fact or claim, only a text quote; ask: not stated (as baseline) [baseline: value-only claim on 'We']"),
'p22-08-q05': ('ASK', 'people', "Roles CEO and managing director of Firstsource for Ritesh Idnani are typed (08a and 08b); ask: 'The documents say nothing about MD' (took 'MD' as the subject)"),
'p22-08-q06': ('EXTRACTION', 'products/models', "relAI not a node; 41 (and 27) client programmes only in value-only claim 'Firstsource Solutions: state 41, 27, Q3 FY2026'"),
'p22-08-q08': ('EXTRACTION', 'table/list rows', "BFS 32.6% Q3 (vertical-mix sentence) only in value-only claim on 'Healthcare': 'state 35.2%, 32.6%, 24.5%, 7.7%, Q3 FY2026'; ask answered the geography claim 34% (UK and Europe, Q2)"),
'p22-08-q09': ('EXTRACTION', 'number format', "'seven large deals' (spelled-out count) not stored; only claim 'include US$75 million, Q2 FY2026'"),
}
