# recall_data_after: the baseline's 79 gold lookups (../judged_baseline/recall_data.py) checked against exp_after/ and
# `claims.py --full` on the store /tmp/fc30-after (copy /tmp/judge30b-store; aikg /work/fc30merge/.venv/bin/aikg, merge b213bb0,
# extractor 'aikg-rules-22-s27'). Both gold articles export identically to the baseline but for the extractor string
# (05_atoss_ndr_meeting_notes.ttl and 06_digitalchina_five_year_summary.ttl: `diff` without the kg:extractor line is empty;
# `claims.py --full` output identical), so all 79 lines are copied unchanged: ATOSS still on 'Oberholz', Digital China's RMB'000
# table rows still value-only claims.
# Baseline header follows.
# Gold-fact lookups (hand data), store /tmp/fc30-baseline (copy /tmp/judge30-store), baseline aikg /work/fc30base.
# Per article: list of (gold fact, typed status, claim states it, note).
# typed status: correct / period missing / wrongly / missing. claim: True if a plain or typed claim about the right
# subject (or the company for a unit line) states it with the right value(s), measure, and no contradicting period.
# As judge27/28/29: value-only claims (no measure: Digital China's table rows '17,462,380, 16,118,940, 8.3%', segment rows)
# do not count; claims on the wrong subject do not count - every ATOSS claim sits on 'Oberholz' (the CFO's surname), so none
# counts. A gold line with a prior-year / comparison value in parentheses counts as correct only if both values are typed.
# Consistency with verdicts.py: facts on 'Oberholz' = stored wrongly (wrong company); the 2024 impairment typed as an
# Investment dated 2025 = stored wrongly; the AI computing-power revenue on the parent with a measure naming the business is
# accepted (as #38). gold_facts_06 ends with a "NOT in document" line (#37: R&D, operating cash flow, 2020, 2026 guidance):
# it is not a fact and is left out, so 43 + 36 = 79 gold facts.
C, PM, W, M = "stored correctly", "period missing", "stored wrongly", "missing"
STORE_NOTE = ("ATOSS: no issuer node - every figure, Role and the 2030 target sit on 'Oberholz' (the CFO's surname), the issuer "
              "is a bare 'Software' node (altLabel 'Software SE') with nothing on it; so nothing is typed correctly and no claim "
              "is about the right subject. Digital China: the right node, but not one RMB'000 amount of the five-year table is "
              "typed (revenue, profit, owners, NCI, EPS, dividends, assets, liabilities, equity, segments) - only the two % rows "
              "(gross margin, gearing) and the prose figures (revenue RMB17.46bn +8.3% without a period, AI computing-power).")
R = {
"05_atoss_ndr_meeting_notes.txt": [
("ticker AOF GY", M, False, "no ATOSS node; 'Software' (altLabel 'Software SE') holds nothing"),
("NDR meeting, Frankfurt, Greyfield Securities, 24 Nov 2026", M, False, ""),
("CFO Matthias Oberholz", W, False, "Role 'CFO of Oberholz'"),
("Head of IR Clara Weidenfeld", M, False, "no Role"),
("CEO Sabine Kreuzer since April 2026", W, False, "Role 'CEO of Oberholz', no start"),
("founder to supervisory board chair; 25.3% stake; no plans to sell", M, False, "claim '25.3%' on Oberholz"),
("Q3 results date 21 Oct 2026", M, False, ""),
("share price EUR 128 at meeting (~14% below summer high)", W, False, "on 'Oberholz', no date"),
("fund position 1.1%, Overweight, fair value EUR 165", M, False, "value-only claim on Oberholz"),
("cloud ARR EUR 98.6m, +34% y/y, end-Sept 2026", W, False, "two Observations on 'Oberholz', no period"),
("cloud & subscription revenue EUR 71.4m, +31%, 9M 2026", W, False, "on 'Oberholz', no period, +31% not typed"),
("cloud NRR 112% (109% a year earlier)", M, False, "claim with measure 'net revenue' on Oberholz"),
("more than 90% of new customers sign cloud", M, False, "claim on Oberholz"),
("on-prem licence sales 'a rounding error by 2028'", M, False, ""),
("total revenue EUR 146.2m, +11%, 9M 2026", W, False, "on 'Oberholz', dated 'Q3', +11% not typed"),
("Q3 2026 revenue EUR 49.8m", M, False, "claim only (on Oberholz)"),
("cloud about half of revenue (fund's comment)", M, False, ""),
("EBIT margin 36.4%, 9M 2026", W, False, "on 'Oberholz', no period"),
("hosting costs share of cloud revenue 14% -> 12%", M, False, "claim 'cloud revenue 14%, 12%' on Oberholz"),
("Q3 EBIT not given in the meeting", M, False, ""),
("FY26 revenue guidance ~EUR 198m, raised from ~EUR 195m", M, False, "claim only (on Oberholz)"),
("FY26 EBIT margin guidance at least 35% (unchanged)", M, False, "claim only (on Oberholz)"),
("fund's FY26 revenue estimate EUR 199.5m", W, False, "'revenue estimate' Observation on 'Oberholz'"),
("consensus FY26 revenue EUR 197.1m", M, False, "value-only claim"),
("FY27 EUR 224m (fund) vs EUR 219m (consensus); no FY27 guidance until Feb", M, False, "value-only claim"),
("medium-term ambition revenue EUR 350m by 2030, EBIT margin > 35%", W, False, "Target (measure 'value') and Observation on 'Oberholz'"),
("Forecast+ AI module, demand-based shift planning, GA June 2026", M, False, "no Product node"),
("Forecast+ priced as 15% uplift on base cloud subscription", M, False, "claim '15%' on Oberholz"),
("Forecast+ 210 customers live, end-Oct 2026", W, False, "'customers live' on 'Oberholz'"),
("AI revenue not material, not disclosed separately", M, False, ""),
("compute on a hyperscaler in EU regions; no own GPUs; no AI-hardware capex", M, False, "claim 'European Union: power' without content"),
("capex below 2% of revenue", M, False, "claim on Oberholz"),
("rivals UKG, Dayforce, Quinyx", M, False, "no Competition facts"),
("win rate vs Quinyx ~2 out of 3", M, False, ""),
("Quinyx ARR about SEK 700m", W, False, "on 'Oberholz'"),
("US pilot with two retail customers", M, False, ""),
("head count 1,020, +8%, end-Sept 2026", M, False, "value-only claim"),
("dividend policy payout ~70% of net profit", M, False, "claim on Oberholz"),
("dividend per share EUR 2.76, FY2025", W, False, "on 'Oberholz'"),
("no buyback planned", M, False, ""),
("bolt-on M&A, ticket size up to EUR 50m", M, False, "value-only claim"),
("risks: budget freeze 2027, licence cliff, Forecast+ uplift, founder overhang", M, False, ""),
("next event CMD March 2027", M, False, ""),
],
"06_digitalchina_five_year_summary.txt": [
("stock code 00861", M, False, ""),
("incorporated in Bermuda", M, False, ""),
("revenue RMB 17,462,380 thousand FY2025", PM, True, "typed as RMB17.46bn +8.3% without period; Claim:Reason states it"),
("revenue RMB 16,118,940 thousand FY2024", M, False, "value-only claim"),
("revenue RMB 15,806,420 thousand FY2023", M, False, ""),
("revenue RMB 16,927,510 thousand FY2022 (restated)", M, False, ""),
("revenue RMB 18,305,270 thousand FY2021 (not restated)", M, False, ""),
("revenue growth +8.3% FY2025", PM, True, "change on the 17.46bn Observation, no period"),
("gross profit 2021-2025", M, False, "no typed amount, no claim"),
("gross profit margin 17.3/16.7/16.3/17.2/17.1% 2025-2021", C, True, "all five typed with the year"),
("gross margin +0.6 pp FY2025", PM, True, "typed without period"),
("profit/(loss) before tax 2021-2025", M, False, ""),
("income tax expense 2021-2025", M, False, ""),
("profit/(loss) for the year 2021-2025", M, False, ""),
("profit/(loss) attributable to owners 2021-2025", M, False, ""),
("profit/(loss) attributable to NCI 2021-2025", M, False, ""),
("basic EPS 16.84/(65.87)/(27.21)/3.66/31.10 RMB cents", M, False, ""),
("dividend per share HK5.0 / nil / nil / HK2.0 / HK8.0 cents", M, False, "a Product node 'Nil Nil 2.0' (fragment)"),
("2025 final dividend subject to AGM approval on 5 June 2026", M, True, "claim 'annual general meeting 5 June 2026, 2025'"),
("total assets 2021-2025", M, False, ""),
("total liabilities 2021-2025", M, False, ""),
("equity attributable to owners 2021-2025 (12.41bn / 11.86bn)", M, False, "value-only claim 'grow RMB12.41bn, RMB11.86bn'"),
("non-controlling interests (equity) 2021-2025", M, False, ""),
("gearing ratio 28.4/31.9/26.7/24.8/22.1% 2025-2021", C, True, "all five typed with the year"),
("current ratio 1.21/1.17/1.26/1.30/1.33", M, False, "claim with all five values dated 2025 (contradicting period)"),
("Big Data Products and Solutions revenue 6,104,550 (5,211,880), +17.1%", M, False, "value-only claim without 6,104,550"),
("Software and Operating Services revenue 7,836,920 (7,402,310), +5.9%", M, False, "value-only claim"),
("Technical Services and Other revenue 3,520,910 (3,504,750), +0.5%", M, False, "value-only claim"),
("segments re-organised in 2024; two years only", M, False, ""),
("AI computing-power revenue RMB1.21bn (2024: RMB0.64bn), nearly doubled", C, True, "both typed as 'revenue from ai computing-power' on the parent (accepted, as #38)"),
("AI computing-power reported within Big Data Products and Solutions", M, False, "no Statement; no segment node"),
("demand driver: financial-services and government private large-model platforms", M, False, "Claim:Reason keeps only 'Big Data Products and Solutions'"),
("impairment of goodwill and investment properties RMB1,046m in 2024", W, True, "typed as an Investment dated 2025; claim 'loss RMB1,046 million, 2024'"),
("smart-agriculture business disposed 2023, discontinued in restated 2022", M, False, ""),
("return to profit in 2025 after two years of losses", M, False, "claim 'two years' without measure"),
("gearing decrease reason: operating cash inflows repaid short-term borrowings", W, True, "Claim:Reason without measure (31.9% as a growth)"),
],
}
