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

# (issue41g) forward figures asked, by whose expectation is asked (FORWARD_ASKED, one registry): others' expectation (the consensus, analysts, a broker, the market) or
# the company's own outlook. A question asking what analysts expected is answered by the consensus
# ("revenue consensus") and not by the company's guidance; one asking what the company expects or guides
# is answered by its outlook, never by the consensus (kindcheck31 guidance 01_hollowmere: 'Hollowmere now
# expects fiscal 2027 revenue of $1.20 billion to $1.30 billion' beside 'Analysts on average had expected
# fiscal 2027 revenue of $1.27 billion'; 02_trevalyn: the guidance £148–156m beside the consensus £153.4m;
# probe30 07_elmos_analyst_consensus: the consensus table beside the company guidance)
FORWARD_ASKED = {
    # someone else's expectation: the consensus, analysts', a broker's, the street's, the market's
    "others": r"\bconsensus\b|\banalysts?['’]?\b|\bestimates\b|\b[\w-]+\s+estimates?\s+(?:for|of)\b|\bthe\s+street\b|\bwall\s+street\b"
              r"|\bbrokers?\b|\bthe\s+market\s+(?:had\s+)?expect\w*",
    # the company's own outlook: its guidance, outlook, forecast, what it expects
    "company": r"\bguidance\b|\bguid(?:e|es|ed|ing)\b|\boutlook\b|\bforecasts?\b(?!\s+(?:to|that))"
               r"|\b(?:does|do|did|will)\s+(?:[\w.&'’-]+\s+){1,3}(?:now\s+)?(?:expect|forecast|project|see)\b|\b(?:now\s+)?expects\b",
    # a forward figure whoever states it: an estimate, an expectation, a forecast, a projection
    "either": r"\bestimat\w*|\bexpect\w*|\bforecast\w*|\bprojected\b|\bpredict\w*",
}
OTHERS_ASKED = plain(FORWARD_ASKED["others"])
COMPANY_OUTLOOK_ASKED = plain(FORWARD_ASKED["company"])
# an estimate asked: others' expectation or a forward word that does not say whose (not the company's
# guidance or outlook: those have their own rows)
ESTIMATE_ASKED = plain(FORWARD_ASKED["others"] + "|" + FORWARD_ASKED["either"])


def others_asked(question: str) -> bool:
    """Whether a question asks someone else's expectation: the consensus, analysts', a broker's (OTHERS_ASKED)."""
    return OTHERS_ASKED.search(question.lower()) is not None


def company_outlook_asked(question: str) -> bool:
    """Whether a question asks the company's own outlook (COMPANY_OUTLOOK_ASKED) and not others' estimates."""
    ql = question.lower()
    return COMPANY_OUTLOOK_ASKED.search(ql) is not None and OTHERS_ASKED.search(ql) is None


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


_SET_AGAINST = plain(r"\b(?:vs\.?|versus|against|compared|beat|miss\w*|ahead|above|below)\b")
_PREVIOUS_MEASURE = plain(r"^previous\s")
_EARLIER_ASKED = plain(r"\b(?:before|previous(?:ly)?|prior|earlier|original(?:ly)?|initial(?:ly)?|old|first|from|chang\w*|by\s+how\s+much)\b")


def forward_rows(question: str, rows: list[dict]) -> list[dict]:
    """The rows a forward figure asked is answered by (pure): others' estimates asked (OTHERS_ASKED), the
    consensus or estimate rows when there are any; the company's outlook asked (COMPANY_OUTLOOK_ASKED), not
    the consensus nor an estimate, and not the earlier guidance a current one replaced unless the question
    asks for a change or the guidance before it."""
    if others_asked(question):
        if COMPANY_OUTLOOK_ASKED.search(question.lower()) or _SET_AGAINST.search(question.lower()):
            return rows   # both asked ("What did X guide to, and what was the consensus?", "eps vs consensus")
        est = [r for r in rows if estimated(r)]
        return est or rows
    if not company_outlook_asked(question):
        return rows
    rows = [r for r in rows if not estimated(r)] or rows
    if not _EARLIER_ASKED.search(question.lower()):
        now = [r for r in rows if not _PREVIOUS_MEASURE.match(_s(r, "measure"))]
        rows = now or rows
    return rows
