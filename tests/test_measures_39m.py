"""issue39m: a profit's ratio to revenue in brackets and named its margin (figures.py ratio-in-brackets,
ratio-is-margin), "ARR" standing alone as a head (measure_names "recurring revenue"), a buyback programme's size
(prose_measures buyback-programme-after), a headcount's list label (claims headcount-label) and a stake of "the
shares" held by a family (holdings holds-percent-of-the-shares), on short articles of our own with names and
figures none of the probe sets has."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.pipeline import extract_text

MDNA = """Tarrowby Software Inc. - Management's Discussion and Analysis, third quarter of fiscal 2027

TORONTO, November 12, 2027 -- Tarrowby Software Inc. reported revenue of $44,310 for the three months ended September 30, 2027.

Adjusted EBITDA was $9,120 (20.6% of revenue) compared to $8,005 (19.9% of revenue).
For the nine months, operating income was $18,400, or 14.2% of revenue.
The board approved a new $60 million buyback authorization in October.
"""

SAAS = """Corbelline reports fiscal 2027 results

AUSTIN -- Corbelline Inc. reported revenue of $612.0 million for fiscal 2027.

- Cloud ARR of $210 million, up 44%; SaaS ARR of $95 million, up 71%.
- We ended the year with 230 customers paying more than $1 million in ARR.
"""

STATEMENT = """Brennholt Hydraulik AG
Quarterly Statement Q3 2027

Munich, 4 November 2027

Brennholt Hydraulik AG reported revenue of 512.4 Mio. EUR for the first nine months of 2027.

Key figures, 1 January to 30 September 2027

- Revenue: 512.4 Mio. EUR
- Employees: 2,045

Shareholder structure

The founding Brennholt family holds about 41 % of the shares through Brennholt Vermoegens GmbH.
"""


def _ex(text: str):
    return extract_text(text, "d", "d.md")


def _obs(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in _ex(text).facts:
        if f.kind == "observation":
            out.setdefault(f.measure, []).append(f)
    return out


def test_bracketed_ratio_to_revenue_is_the_profits_margin():
    obs = _obs(MDNA)
    assert [f.value for f in obs.get("adjusted ebitda margin", [])] == [Decimal("20.6")]
    assert "adjusted ebitda share of revenue" not in obs


def test_comma_ratio_of_a_profit_is_its_margin():
    obs = _obs(MDNA)
    assert [f.value for f in obs.get("operating income margin", [])] == [Decimal("14.2")]


def test_bare_arr_is_recurring_revenue_with_its_kind():
    obs = _obs(SAAS)
    assert [(f.value, f.change) for f in obs.get("cloud recurring revenue", [])] == [(Decimal("210000000"), Decimal("44"))]
    assert [(f.value, f.change) for f in obs.get("saas recurring revenue", [])] == [(Decimal("95000000"), Decimal("71"))]
    # "more than $1 million in ARR": a cohort's threshold, no recurring revenue of the company
    assert not any(f.value == Decimal("1000000") for fs in obs.values() for f in fs)


def test_buyback_programme_size():
    obs = _obs(MDNA)
    assert [(f.value, f.unit) for f in obs.get("share buyback programme", [])] == [(Decimal("60000000"), "USD")]


def test_headcount_label_is_the_companys():
    ex = _ex(STATEMENT)
    emp = [f for f in ex.facts if f.kind == "observation" and f.measure == "employees"]
    assert [(f.subject.label, f.value) for f in emp] == [("Brennholt Hydraulik", Decimal("2045"))]
    assert not any(e.kind == "Segment" and e.label == "Employees" for e in ex.entities)


def test_family_holds_percent_of_the_shares():
    ex = _ex(STATEMENT)
    st = [f for f in ex.facts if f.kind == "stake_held"]
    assert [(f.holder.label, f.company.label, f.stake) for f in st] == [("Brennholt family", "Brennholt Hydraulik", Decimal("41"))]


PLACEMENT = """Kestrel Minerals Ltd quarterly activities report

SYDNEY, 30 October 2026 -- Kestrel Minerals Ltd reported revenue of A$12.0 million for the quarter.

- A$21.0 million placement completed at A$0.40 per share.

On 14 August 2026 the Company issued 52.5 million new shares to institutional investors at A$0.40 per share, raising A$21.0 million before costs.
"""

PLACING = """Harwick Data plc: result of placing

LONDON, 3 December 2026 -- Harwick Data plc announces that it has raised gross proceeds of approximately £41.2 million through a placing of 12,117,647 new ordinary shares at 340 pence per share.
"""


def test_share_issue_price_and_placement():
    obs = _obs(PLACEMENT)
    assert {(f.value, f.unit) for f in obs.get("issue price per share", [])} == {(Decimal("0.40"), "AUD")}
    assert [(f.value, f.unit) for f in obs.get("placement", [])] == [(Decimal("21000000"), "AUD")]
    # "52.5 million new shares … raising A$21.0 million": the shares counted are no measure of the money
    assert not any("share price" in m for m in obs)
    assert [(f.value, f.unit) for f in _obs(PLACING).get("issue price per share", [])] == [(Decimal("340"), "pence")]
