"""Corporate actions (issue45d) on documents written for these tests: a Japanese-style notice of a
target's opinion on a tender offer, a Nordic company announcement with a completed and a new share
buyback and a dividend compared with the prior year's, and per-share amounts whose clause names no
earnings (an offer price, a buyback's average price, an issue price, a sale value)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg import deal_lane
from aikg.extract import per_share_heads as h
from aikg.extract.pipeline import extract_text

TOB = """Notice Regarding Expression of Opinion in Support of the Tender Offer for the Company's Shares by Ozora Holdings Co., Ltd.

Hamamatsu Kogaku Co., Ltd. (the "Company") hereby announces that, at the meeting of its Board of Directors held today, it resolved to express its opinion in support of the tender offer (the "Tender Offer") for the Company's common shares by Ozora Holdings Co., Ltd. (the "Tender Offeror") and to recommend that the Company's shareholders tender their shares in the Tender Offer.

(1) Tender Offer price: 3,120 yen per common share
(2) Tender Offer period: From February 2, 2027 to March 16, 2027

The Tender Offer price represents a premium of 41.7% over the closing price of the Company's shares on January 29, 2027, the business day before the announcement.
"""

BUYBACK = """Company announcement no. 7/2027

Tindholm A/S - annual report, share buyback and dividend

Tindholm A/S (Nasdaq Copenhagen: TIND) today published its annual report for the financial year 2025/26. Revenue increased by 4% to DKK 3,120 million.

The Board of Directors will propose an ordinary dividend of DKK 4.20 per share, up from DKK 3.80 per share for 2024/25.

The share buyback programme announced in February was completed on 30 November 2026. Under the programme Tindholm bought back a total of 610,000 shares for DKK 88.5 million, equal to an average price of DKK 145.08 per share.

The Board of Directors has decided to launch a new share buyback programme of up to DKK 150 million.
"""


def _claims(text: str, predicate: str) -> dict:
    ex = extract_text(text, "t-doc", "t-doc.txt")
    out: dict = {}
    for c in ex.claims:
        if c.predicate == predicate:
            for x in c.values:
                out.setdefault(x.measure, []).append((c, x))
    return out


def _obs(text: str) -> list:
    return [f for f in extract_text(text, "t-doc", "t-doc.txt").facts if f.kind == "observation"]


def test_tender_offer_for_the_companys_shares_by_x_is_a_deal():
    got = _claims(TOB, "deal-terms")
    assert {c.subject.label for vs in got.values() for c, _ in vs} == {"Hamamatsu Kogaku"}
    assert {c.relations[0].agent.label for vs in got.values() for c, _ in vs} == {"Ozora Holdings"}
    assert [x.value for _, x in got["price per share"]] == [Decimal("3120")]
    assert [x.value for _, x in got["premium"]] == [Decimal("41.7")]
    assert ["in support of" in x.text and "recommend" in x.text for _, x in got["board opinion"]] == [True]


def test_offer_price_per_share_is_no_earnings():
    obs = [(f.measure, f.value) for f in _obs(TOB) if "per share" in f.measure]
    assert obs == [("offer price per share", Decimal("3120"))]


def test_buyback_terms_and_compared_dividend():
    got = _claims(BUYBACK, "agreement-terms")
    assert [x.value for _, x in got["amount bought back"]] == [Decimal("88500000")]
    assert [x.value for _, x in got["value"]] == [Decimal("150000000")]
    obs = {(f.measure, f.value, f.period.label if f.period else None) for f in _obs(BUYBACK) if "per share" in f.measure}
    assert ("buyback price per share", Decimal("145.08"), None) in obs
    assert ("dividend per share", Decimal("3.80"), "FY2024/25") in obs
    assert not any("earnings" in m for m, _, _ in obs)


@pytest.mark.parametrize("sentence, amount, measure", [
    ("Tender offer price: 1,980 yen per common share", "1,980 yen", "offer price per share"),
    ("Quillon repurchased 120,000 shares at an average price of EUR 41.10 per share.", "EUR 41.10", "buyback price per share"),
    ("(2) Issue price: ¥2,210 per share; total proceeds ¥1,100 million", "¥2,210", "issue price per share"),
    ("We think a sale could fetch $21 to $24 per share.", "$24", "price per share"),
    ("Net income was $12,400, or $0.31 per diluted share.", "$0.31", "earnings per share"),
    ("Net asset value was SEK 9,120 million, corresponding to SEK 88.40 per share.", "SEK 88.40", "net asset value per share"),
    ("The valuation report gave a range of 2,900 yen to 3,400 yen per share.", "3,400 yen", "share valuation"),
    ("The Company will not pay a year-end dividend (previous forecast: 42 yen per share).", "42 yen", "dividend per share"),
])
def test_per_share_heads(sentence, amount, measure):
    pos = sentence.index(amount)
    clause = sentence.rfind(":", 0, pos) + 1 if ":" in sentence[:pos] else 0
    assert h.per_share_measure(sentence, clause, pos) == measure


@pytest.mark.parametrize("q, terms", [
    ("Does Hamamatsu Kogaku's board recommend that shareholders tender their shares to Ozora?", {"board opinion"}),
    ("How much did Tindholm spend on buybacks under its completed programme?", {"amount bought back"}),
    ("How much may Tindholm buy back under its new share buyback programme?", {"value"}),
])
def test_asked_terms(q, terms):
    assert {a.name for a in deal_lane.asked(q)} == terms
