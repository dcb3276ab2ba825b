"""Which figures are estimates rather than reported: an analyst's estimate, the consensus, an
expectation a result is compared with. Pure functions of a row's measure, value and sentence."""
from __future__ import annotations

import re

from .pattern_cache import plain
from .wording import _s

# Estimates are not reported figures: a value its sentence gives as an analyst's estimate, the
# consensus or an expectation it is compared with: "ahead of our $11.1 billion" and "we raise our
# revenue estimate to $51.2 billion" (probe9 g03 broker note), "ahead of the $17.3 billion
# analysts had expected" (probe9 g02), "below the consensus of around 580 billion won" (probe3
# r05), "slightly ahead of consensus of about EUR 10.0 billion" (probe5 04 analyst note), "above
# the USD 1.19 billion consensus" (probe6 p6_03 analyst note). A question asking for an
# estimate, a forecast or the consensus is answered by them.
ESTIMATE_BEFORE = plain(r"(?:\bestimates?\b|\bconsensus\b|\b(?:ahead\s+of|above|below|versus|vs\.?|against|beat\w*|miss\w*|topp\w*)\s+(?:our|analysts['’]?|the\s+street['’]?s?)"
                             r"|\bour\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?))(?:\s+\S+){0,5}?\s*$")
ESTIMATE_AFTER = plain(r"^\s*(?:consensus|estimates?\b|(?:that\s+)?analysts?\s+(?:had\s+|have\s+)?(?:estimat|forecast|expect|predict|project)\w*)")
ESTIMATE_ASKED = plain(r"\bestimat\w*|\bconsensus\b|\banalysts?\b|\bexpect\w*|\bforecast\w*|\bprojected\b|\bpredict\w*")


def estimated(row: dict) -> bool:
    """Whether a figure's sentence gives its value as an estimate, the consensus or an
    expectation (the words of its own clause just before or right after the value)."""
    if re.search(r"\bestimate|\bconsensus\b", _s(row, "measure")):
        return True
    quote, value = _s(row, "quote"), _s(row, "valueText")
    i = quote.find(value) if value else -1
    if i < 0:
        return False
    before = re.split(r"[;:,—–(]|\bwhile\b|\bbut\b|\band\b", quote[:i])[-1]
    return bool(ESTIMATE_BEFORE.search(before) or ESTIMATE_AFTER.match(quote[i + len(value):]))
