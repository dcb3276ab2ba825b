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


# A figure put to the company by someone addressing it ("Our channel checks suggest your ASIC
# project could be worth something like US$300 million"): the speaker's premise, not the
# company's figure. The sentence speaks to the company in the second person ("your", "you")
# and in the first person of the speaker ("our", "we"), and hedges ("suggest", "could",
# "something like"). Seen: an analyst's line on a call in probe26 04_faraday_call_qa; the same
# addressing shape (an interviewer's or analyst's "your …") in probe10 dassault_interview ("Analysts
# say your AI story …"), probe11 p11_03_panasonic_fy2025_call ("Your Energy business lowered …")
# and probe13 sakura_internet_ceo_interview ("Your guidance for the current year is a range").
ADDRESSED = {
    "name": "figure-put-to-the-company",
    "second": plain(r"\byour\b|\byou\b(?!\s+(?:can|may|might|will|should|could)\b)", re.I),
    "first": plain(r"\b(?:our|we|my|i)\b", re.I),
    "hedge": plain(r"\b(?:suggests?|could|might|something\s+like|we\s+(?:think|hear|believe|estimate)|(?:i|we)\s+(?:understand|gather))\b", re.I),
    "examples": ("Our checks suggest your data-centre contract could be worth something like $80 million.",),
}


def put_to_company(quote: str) -> bool:
    """Whether a sentence puts a figure to the company it addresses (ADDRESSED) (pure)."""
    return bool(ADDRESSED["second"].search(quote) and ADDRESSED["first"].search(quote) and ADDRESSED["hedge"].search(quote))


def estimated(row: dict) -> bool:
    """Whether a figure's sentence gives its value as an estimate, the consensus or an
    expectation (the words of its own clause just before or right after the value)."""
    if re.search(r"\bestimate|\bconsensus\b", _s(row, "measure")):
        return True
    quote, value = _s(row, "quote"), _s(row, "valueText")
    if put_to_company(quote):
        return True
    i = quote.find(value) if value else -1
    if i < 0:
        return False
    before = re.split(r"[;:,—–(]|\bwhile\b|\bbut\b|\band\b", quote[:i])[-1]
    return bool(ESTIMATE_BEFORE.search(before) or ESTIMATE_AFTER.match(quote[i + len(value):]))
