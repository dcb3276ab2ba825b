# Same-sample verdicts on the "after" store (/tmp/sc-merged-p9, aikg /work/main): baseline J for SAME rows, hand re-judged CHANGED/GONE rows.
from verdicts import J as _B
J = dict(_B)
J.update({
11: ("W", "fragment", "GONE as Observation; the equivalent is the Claim:Launch 'ION 122TB' with count 6600 unit 'ion' (#69), still a fragment"),
19: ("W", "fragment", "$157.10 (share price 24 Sep) now 'target price' of subject 'Rating', dated 2025-09-24"),
22: ("W", "wrong company", "115 million accesses are Vivo's; subject now 'Uruguay' (was Daisy Group)"),
27: ("W", "wrong measure", "nearly $8bn annualized HBM run rate still stored as fiscal Q4 HBM revenue (a new correct ~$2.0bn fiscal Q4 fact sits beside it)"),
31: ("C", "", "Shopee GMV growth ~20% guidance, now dated 2025 (was P: no period)"),
33: ("C", "", "product orders +7% yoy, now labelled 'Q4 FY2025' (fiscal label, no calendar dates; was Q4 2025 Oct-Dec)"),
35: ("C", "", "gross margin 45.7%, fiscal Q4 May 29-Aug 28 2025"),
36: ("C", "", "FY operating revenue forecast JPY6.33tn, Apr 2025-Mar 2026 (measure 'targeting operating revenue outlook'; borderline, as baseline)"),
38: ("W", "wrong company", ">300 AI use cases are Telefonica's; measure now 'ai use cases' but subject still Daisy Group, dated 2030"),
43: ("C", "", "revenue +22% qoq, fiscal Q4 May 29-Aug 28 2025"),
44: ("W", "wrong company", "JPY250bn buyback by KDDI still 'share price' of Financial Holdings (now dated H1)"),
61: ("C", "", "SBU $2.77bn +61%, fiscal Q4 (now with dates)"),
69: ("W", "fragment", "still 'ION 122TB' with a count 6600 'ion' (now dated)"),
})
