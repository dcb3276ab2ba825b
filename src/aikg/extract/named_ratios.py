"""Ratios with no unit that an article names before their value: a data centre's power usage
effectiveness ("the average power usage effectiveness (PUE) of the network improved to 1.55",
"designed for a PUE of 1.25", "annualised PUE 1.08", "the PUE of each phase shall not exceed 1,20").
A plain number after such a name is a figure of the ratio, stored with the record's measure; a
number outside the ratio's possible range is none of it (a PUE is 1 or more).

Each record is data: the measure, the words naming it, the words that may link the name to its value
("of", "was", "improved to", "shall not exceed"), the value's range, the documents (of different
sources) showing the phrasing and invented examples. `ratio_before(text, start, value)` gives the
record a value at `start` belongs to, or None. (WUE, CUE: not looked at, no record.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..pattern_cache import plain


@dataclass(frozen=True)
class NamedRatio:
    measure: str
    words: str                  # regex: the ratio's name
    low: Decimal                # the ratio's possible range
    high: Decimal
    provenance: tuple[str, ...]
    examples: tuple[str, ...] = ()


REGISTRY: tuple[NamedRatio, ...] = (
    NamedRatio("pue", r"\bpower\s+usage\s+effectiveness(?:\s*\(PUE\))?|\bPUE\b", Decimal("1"), Decimal("5"),
               ("probe37 07_solaria_planning_register_decision: 'power usage effectiveness (PUE) of each phase shall "
                "not exceed …'",
                "probe16 08_pldt_sustainability_report_datacentres: 'The average power usage effectiveness (PUE) of the "
                "… network improved to … from …'",
                "probe11 p11_07_singtel_nxera_feature: 'designed for … a power usage effectiveness (PUE) of …'",
                "focusset25 held 11_lefdal_cdp: 'IT load: … GWh; annualised PUE …'"),
               ("The hall runs at a PUE of 1.3.", "Its power usage effectiveness improved to 1.4 from 1.5.")),
)

# what may stand between the name and its value: a short phrase of what it is of (no figure, no clause break),
# then a linking word ("of", "was", "is", "to", "at", "not exceed", "below"), or nothing ("annualised PUE 1.08")
_LINK = plain(r"^(?:[^\d;.:!?]{0,60}?\b(?:of|was|is|were|are|to|at|exceed|below|under|reached|stood\s+at)|)"
              r"\s*(?:about\s+|around\s+|approximately\s+|roughly\s+)?$", re.I)
# a rule's threshold, not a figure of the subject: "operators must meet PUE standards of 1.3 or better" (probe11
# p11_07_singtel_nxera_feature)
_RULE_WORD = plain(r"\b(?:standards?|requirements?|rules?|regulations?|benchmarks?)\b", re.I)
_PRIOR = plain(r"\b(?:from|versus|vs\.?|compared\s+with)\s+$", re.I)


def ratio_before(text: str, start: int, value: Decimal, floor: int = 0) -> NamedRatio | None:
    """The named ratio whose name stands before the value at `start` (after `floor`, the clause's start), linked
    to it by a short phrase; None for a prior value ("improved to 1.55 from 1.62": 1.62) or one out of range.

    >>> ratio_before("its PUE improved to 1.4 from 1.5", 20, Decimal("1.4")).measure
    'pue'
    >>> ratio_before("its PUE improved to 1.4 from 1.5", 29, Decimal("1.5")) is None
    True
    """
    before = text[max(floor, start - 120):start]
    if _PRIOR.search(before):
        return None
    for rec in REGISTRY:
        if not rec.low <= value <= rec.high:
            continue
        for m in re.finditer(rec.words, before, re.I):
            if _LINK.match(before[m.end():]) and not _RULE_WORD.search(before[m.start():]):
                return rec
    return None
