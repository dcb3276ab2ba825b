"""Per-share amounts in a currency's minor unit (extract/per_share.py) and a figure's basis named apart from
its measure (extract/level_bases.py), on short articles of our own with names and figures none of the
probe sets has."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.pipeline import extract_text

RNS = """Halberd Marine plc: results for the year ended 31 January 2027

LONDON -- Halberd Marine plc reported revenue of £412.6m for the year ended 31 January 2027.

* Final dividend 5.25p per share; total FY27 dividend 7.80p (7.10p)
* Adjusted earnings per share rose 9% to 31.4p, while statutory basic EPS was 26.2p
The offer of 512 pence per share from Trident Capital was rejected by the board.
The shares fell 6% to 402p.
"""

BURSA = """Seraya Polymer Bhd third quarter results

KUALA LUMPUR -- Seraya Polymer Bhd reported revenue of RM512.3 million for the third quarter of 2026.

The Board has declared a second single-tier interim dividend of 2.25 sen per ordinary share for the financial year ending 31 December 2026 (Q3 FY2025: 1.75 sen).
A 4 sen special dividend was also declared.
"""

WIRE = """Quillon Devices posts second-quarter results

SAN DIEGO -- Quillon Devices Inc. reported revenue of $318.4 million for the second quarter of 2026.

Quillon earned $0.62 per diluted share on a GAAP basis and $0.79 on a non-GAAP basis, ahead of the $0.70 analysts had expected.
GAAP net income was $51.2 million, or $0.48 per diluted share.
Net income on an adjusted basis rose to $66.0 million.
Non-GAAP operating margin was 18.4%, and non-GAAP diluted EPS was $0.81.
Net income rose to $12 million, or 9 cents a share, from $10 million.
"""


def _obs(text: str) -> dict[str, list]:
    ex = extract_text(text, "d", "d.md")
    out: dict[str, list] = {}
    for f in ex.facts:
        if f.kind == "observation":
            out.setdefault(f.measure, []).append(f)
    return out


def test_pence_dividends_kept_by_kind():
    obs = _obs(RNS)
    assert [(f.value, f.unit) for f in obs["final dividend per share"]] == [(Decimal("5.25"), "pence")]
    assert [(f.value, f.unit) for f in obs["total dividend per share"]] == [(Decimal("7.80"), "pence")]
    assert all(f.subject.label == "Halberd Marine" for f in obs["total dividend per share"])


def test_pence_eps_with_its_basis_and_change():
    obs = _obs(RNS)
    adj = obs["adjusted earnings per share"]
    assert [(f.value, f.change) for f in adj if f.value is not None] == [(Decimal("31.4"), Decimal("9"))]
    assert [f.value for f in obs["statutory earnings per share"]] == [Decimal("26.2")]


def test_no_dividend_from_an_offer_price_a_share_price_or_a_bracketed_prior():
    obs = _obs(RNS)
    values = {f.value for fs in obs.values() for f in fs if f.unit == "pence"}
    assert Decimal("512") not in values and Decimal("402") not in values and Decimal("7.10") not in values


def test_sen_dividends():
    obs = _obs(BURSA)
    assert [(f.value, f.unit) for f in obs["second interim dividend per share"]] == [(Decimal("2.25"), "sen")]
    assert [f.value for f in obs["special dividend per share"]] == [Decimal("4")]
    assert not any(f.value == Decimal("1.75") for fs in obs.values() for f in fs)


def test_basis_phrase_and_pair():
    obs = _obs(WIRE)
    assert [f.value for f in obs["gaap earnings per share"]] == [Decimal("0.62"), Decimal("0.48")]
    assert [f.value for f in obs["non-gaap earnings per share"]] == [Decimal("0.79")]
    assert [f.value for f in obs["adjusted net income"]] == [Decimal("66000000")]


def test_non_gaap_before_other_modifiers_kept():
    obs = _obs(WIRE)
    assert [f.value for f in obs["non-gaap operating margin"]] == [Decimal("18.4")]
    assert [f.value for f in obs["non-gaap diluted earnings per share"]] == [Decimal("0.81")]


def test_cents_a_share_after_net_income():
    obs = _obs(WIRE)
    assert [(f.value, f.unit) for f in obs["earnings per share"]] == [(Decimal("9"), "cents")]


def test_order_intake_is_its_own_measure():
    text = """Brannock Pumps AB: interim report January-June 2026

Brannock Pumps AB published its interim report for January-June 2026.

Order intake rose 14% to SEK 1,240 million, and net sales were SEK 1,105 million.
"""
    obs = _obs(text)
    assert [f.value for f in obs["order intake"] if f.value is not None] == [Decimal("1240000000")]
    assert "intake" not in obs
