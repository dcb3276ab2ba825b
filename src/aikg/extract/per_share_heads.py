"""The measure of an amount per share in a currency ("JPY 4,150 per common share", "NOK 66.82 per share"):
the head its clause names before it, never earnings per share unless the sentence speaks of earnings
(issue45d).

A per-share amount was typed "dividend per share" when its clause said dividend, else "earnings per
share": a tender offer's price, a buyback's average price and a new share's issue price became
earnings. Here the nearest head before the amount in its clause (or its list line's label) names it:

  offer-price-per-share    "Tender Offer price: 2,450 yen per common share", "through a tender offer
                           at 4,500 yen per share": the price a bidder offers for each share.
  buyback-price-per-share  "bought back … shares for DKK 312.4 million, equal to an average price of
                           DKK 169.60 per share", "purchased … own shares at an average price of NOK
                           66.82 per share": the price paid for the company's own shares.
  issue-price-per-share    "Issue price: ¥3,480 per share": the price new shares are issued at.
  share-valuation          "the DCF method indicated a range of 2,106 yen to 2,688 yen per share": the range's top is
                           the share valuation its bottom is (measure_for reads the bottom's head).
  dividend-in-sentence     no head in the clause, a dividend named before it in the sentence: "will not pay a
                           year-end dividend (previous forecast: 38 yen per share)" (as dividends.py's bracket rule).
  earnings-per-share       the fallback, only where the sentence names earnings, profit or income
                           ("Net income was $21,905, or $0.40 per diluted share").
  price-per-share          a per-share amount whose sentence names no earnings and its clause no head
                           ("we believe a sale could deliver $30 to $34 per share"): a price, no earnings.

Pure functions of a sentence's text and offsets.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

OFFER_PRICE = RuleRecord(
    "offer-price-per-share",
    "a per-share amount after a tender offer's price, or an offer made 'at' it, is the offer price per share",
    ("probe33 01_kanemori_tob_opinion_notice: 'Tender Offer price                JPY 4,150 per common share'",
     "kindcheck34 actions 02_sonogawa_tob_opinion: '(2) Tender Offer price: 2,450 yen per common share'",
     "probe17 05_scsk_kessan_tanshin: 'acquired all outstanding shares of Net One Systems through a tender offer at 4,500 yen per share'"),
    ("Tender offer price: 1,980 yen per common share", "Orvane offered EUR 14.20 per share in cash for Tessaly."))
BUYBACK_PRICE = RuleRecord(
    "buyback-price-per-share",
    "a per-share amount in a clause of the company buying back its own shares is the price it paid per share",
    ("focusset24 05_bouvet_buyback: 'Bouvet has during week 11 purchased a total of 48,200 own shares at an average price of NOK 66.82 per share'",
     "kindcheck30 scale 01_kinnaird_ridge_q3_mdna: 'The Company repurchased 214,600 common shares under its normal course issuer bid during the quarter at an average price of $18.72 per share'",
     "kindcheck34 actions 03_hvidbjerg: 'Hvidbjerg bought back a total of 1,842,000 shares for DKK 312.4 million, equal to an average price of DKK 169.60 per share'"),
    ("Quillon repurchased 120,000 shares at an average price of EUR 41.10 per share.",))
ISSUE_PRICE = RuleRecord(
    "issue-price-per-share",
    "a per-share amount after 'issue price' (or a subscription or placing price) is the price new shares are issued at",
    ("focusset27 28_pksha_alliance: '(2) Issue price: ¥3,480 per share; total proceeds ¥4,002 million'",
     "probe28 08b_brainchip and focusset26 08_gbg_placing: new shares issued 'at <price> per share' (per_share.SHARE_ISSUE_PRICE)"),
    ("Subscription price: EUR 12.40 per share",))
PRICE_PER_SHARE = RuleRecord(
    "price-per-share",
    "a per-share amount whose sentence names no earnings, profit or income is no earnings per share",
    ("probe33 04_rapid7_activist_letter: 'we believe a sale could deliver $30 to $34 per share' (typed earnings per share before)",
     "probe33 01_kanemori and kindcheck34 02_sonogawa: offer prices typed earnings per share before"),
    ("A sale could fetch $21 to $24 per share.",))

# the heads, each the measure it names; the nearest one before the amount in its clause wins
_HEADS = (
    (plain(r"\b(?:tender\s+)?offer(?:ed|s|ing)?\s+price\b|\btender\s+offer\s+(?:at|of)\b|\boffer(?:ed|s|ing)?\b(?=[^.;]{0,40}$)|\bbid\s+price\b", re.I),
     "offer price per share"),
    (plain(r"\b(?:bought\s+back|buy-?backs?|repurchas\w*|purchased\b[^.;]{0,60}?\bown\s+shares|acquired\b[^.;]{0,60}?\bown\s+shares)", re.I),
     "buyback price per share"),
    (plain(r"\b(?:issue|subscription|placing)\s+price\b", re.I), "issue price per share"),
    (plain(r"\b(?:share\s+)?valuation\b|\bDCF\b", re.I), "share valuation"),
    (plain(r"\b(?:earnings|EPS|net\s+income|income|profits?|loss(?:es)?)\b", re.I), "earnings per share"),
)
# a dividend the sentence names before the amount, its clause naming no head: "will not pay a year-end dividend
# (previous forecast: 38 yen per share)"
_DIVIDEND = plain(r"\bdividends?\b", re.I)
# a net asset value the sentence names before a per-share amount its clause names no head of: "Reported net asset value
# was SEK 41,260 million …, corresponding to SEK 187.40 per share" (kindcheck focus 02_halmstrand; an investment
# company's NAV per share, as an annual report's key figures name it)
_NAV = plain(r"\bnet\s+asset\s+value\b|\bNAV\b", re.I)
# the sentence speaks of earnings: the old default holds
_EARNINGS = plain(r"\b(?:earnings|EPS|income|profits?|loss(?:es)?|diluted|basic)\b", re.I)


def per_share_measure(text: str, clause_start: int, pos: int, label: str | None = None) -> str:
    """The measure of the currency amount per share at `pos` (no dividend: the caller asks that first):
    the nearest head before it in the clause `text[clause_start:pos]`, else in the list line's
    `label`, else earnings per share when the sentence names earnings, else a price per share."""
    before = text[clause_start:pos]
    if text[:clause_start].rstrip().endswith(":"):   # a label line's clause: "(2) Tender Offer price: 2,450 yen per common share"
        before = text[text.rfind("\n", 0, clause_start) + 1:pos]
    best: tuple[int, str] | None = None
    for rx, measure in _HEADS:
        for m in rx.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), measure)
    if best is None and label:
        for rx, measure in _HEADS:
            if rx.search(label):
                best = (0, measure)
                break
    if best is not None:
        return best[1]
    if _NAV.search(text, 0, pos):
        return "net asset value per share"
    if _DIVIDEND.search(text, 0, pos):
        return "dividend per share"
    return "earnings per share" if _EARNINGS.search(text) else "price per share"


COMPARED_PER_SHARE = RuleRecord(
    "compared-per-share-period",
    "a per-share amount compared with ('up from', 'down from') and said to be 'per share for <year>' is that year's figure",
    ("probe11 p11_01_temenos_fy2024_mdna: 'an ordinary dividend of CHF 1.30 per share for fiscal 2024, up from CHF 1.20 per share for fiscal 2023'",
     "kindcheck34 actions 03_hvidbjerg: 'an ordinary dividend of DKK 7.50 per share, down from DKK 9.00 per share for 2024/25'"),
    ("a dividend of EUR 2.10 per share, up from EUR 1.90 per share for 2025",))
_PER_SHARE_FOR = plain(r"\s*(?:per|a)\s+(?:ordinary\s+|common\s+)?share\s+(?:for|in)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?", re.I)
_UP_DOWN_FROM = plain(r"\b(?:up|down|increased|decreased|raised|cut|reduced|lowered)\s+from\s+$", re.I)


def compared_per_share_period(text: str, start: int, end: int, periods):
    """The period (values.PeriodMention of `periods`) of the amount at text[start:end] when it is one compared with
    ("up from CHF 1.20 per share for fiscal 2023", COMPARED_PER_SHARE), else None."""
    if not _UP_DOWN_FROM.search(text, max(0, start - 20), start):
        return None
    return next((q for q in periods if 0 < q.start_idx - end <= 40 and _PER_SHARE_FOR.fullmatch(text, end, q.start_idx)
                 and q.kind in ("year", "fiscal_year")), None)
