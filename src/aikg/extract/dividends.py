"""Dividends per share said in prose: a dividend the board proposes is no outlook, and the year it is
paid in respect of dates it (issue42m).

A board "will propose / recommend a dividend of EUR 1.80 per share" to its annual general meeting:
the dividend is the board's decision for the year just closed, subject to the meeting's vote, not a
forecast of the company's results. `figures.forecast_for` asks `proposed_dividend` before it turns a
figure of a clause with "will" into an outlook; the figure keeps its measure ("dividend per share")
and takes the year the clause says it is "in respect of" / "for" (`respect_year`), not the day of
the meeting the sentence names. A prior year's dividend written in brackets after it, "(2024: EUR
1.60 per share)", is that year's dividend per share (`bracketed_after_dividend`), not earnings.

Pure functions of a sentence's text and offsets; the rules are records (`rule_record.PatternRule`).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import PatternRule

PROPOSED_DIVIDEND = PatternRule(
    "proposed-dividend",
    r"\b(?:propose|proposes|proposed|proposing|recommend|recommends|recommended|recommending)\b(?:(?!\b(?:and|but|while)\b)[^.;]){0,120}?"
    r"\b(?:(?:final|interim|special|cash|ordinary|annual|total|unchanged|higher)\s+){0,2}dividends?\s+(?:of\s+)?(?:about\s+|approximately\s+)?$",
    "a dividend the board will propose or recommend to the meeting is its decision for the year closed, no outlook",
    ("probe31 06 Sword Group segment note: 'The Board of Directors will propose to the Annual General Meeting of 29 April "
     "2026 a dividend of EUR 1.80 per share in respect of 2025'",
     "probe14 01 Asseco chairman letter: 'the Management Board will recommend a dividend of PLN 3.64 per share'",
     "kindcheck27 periods 03 Skovlund: 'The company will propose a dividend of DKK 4.50 per share at its annual general meeting'"),
    ("The board will propose a dividend of EUR 2.10 per share for 2026.",
     "The directors will recommend a final dividend of 9.5 pence per share."),
    re.I, trigger=("propos", "recommend"))

# the year a dividend is paid for, right after its amount: "… per share in respect of 2025", "… per share for
# the 2025 financial year", "… per share for fiscal 2025"
RESPECT_YEAR = PatternRule(
    "dividend-respect-year",
    r"^\s*(?:per\s+(?:ordinary\s+|common\s+)?share\s+)?(?:in\s+respect\s+of|for)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+(?:year\s+)?)?$",
    "the year a dividend is said to be 'in respect of' or 'for' is the year it is paid for",
    ("probe31 06 Sword Group: 'a dividend of EUR 1.80 per share in respect of 2025'",
     "probe14 Asseco and kindcheck27 Fjordlys: the dividend for the year the letter reports on"),
    ("a dividend of EUR 2.10 per share for 2026",), re.I, trigger=("respect", "for"))

# the amount in brackets after a dividend per share, the prior year's: "(2024: EUR 1.60 per share)"
_BRACKET_YEAR = plain(r"\(\s*(?:FY\s*)?(?:19|20)\d\d\s*:\s*$")
_DIVIDEND_BEFORE = plain(r"\bdividends?\b[^()]{0,80}\bper\s+(?:ordinary\s+|common\s+)?share\b[^()]{0,60}$", re.I)


def proposed_dividend(text: str, pos: int, clause_start: int, measure: str) -> bool:
    """Whether the dividend figure at `pos` (its measure a dividend's) is one the clause says the
    board will propose or recommend."""
    if "dividend" not in measure:
        return False
    return PROPOSED_DIVIDEND.search(text[clause_start:pos]) is not None


def respect_year(text: str, end: int, periods):
    """The period mention (values.PeriodMention of `periods`) of the year the dividend ending at
    `end` is paid for ("… per share in respect of 2025"), or None."""
    for p in periods:
        if p.start_idx >= end and p.start_idx - end <= 60 and re.search(r"(?:19|20)\d\d", p.text or "") \
                and RESPECT_YEAR.rx.search(text[end:p.start_idx]):
            return p
    return None


def bracketed_after_dividend(text: str, pos: int) -> bool:
    """Whether the amount at `pos` is a prior year's in brackets after a dividend per share:
    "a dividend of EUR 1.80 per share in respect of 2025 (2024: EUR 1.60 per share)"."""
    head = text[max(0, pos - 200):pos]
    b = _BRACKET_YEAR.search(head)
    return b is not None and _DIVIDEND_BEFORE.search(head, 0, b.start()) is not None
