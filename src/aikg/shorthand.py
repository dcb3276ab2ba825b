"""An analyst's shorthand in a question ("acme rev 2025", "opex H1", "GM Q3", "EPS ex-items",
"rev yoy"): each abbreviation is read as the words it stands for before the question is read,
so the measure readers (question.MEASURES), the intents and the claims lane see the measure
asked. Generic finance abbreviations only (no company's words); a word the store knows as a
name's ("GM" as a company's name) is kept. Pure apart from the `known` callback.

Seen in questions: kindcheck27/ask q02 ("gannet managed security rev": not understood),
kindcheck28/ask ("marrowind Q3 rev?", "MWND opex 9M?", "GM% H1?"). The documents write the same
abbreviations (so the graph's measures may be named in long form while analysts type the short
one): "YoY"/"y/y" (probe10 delta_electronics, probe11 p11_06 bilibili, probe17 08 maroc_telecom,
probe23 06 semtech), "opex" (probe18 accton_forum_post, probe19 02 veon_20f_thread), "PAT"
(probe13 netweb_fy25_results_page, probe15 07 dci_indonesia), "OPM" (probe26 07 digico, devset5
t05 ericsson), "GM" (focusset21 dev 09 montage_brokernote), "FCF" (devset5 t02 ibm)."""
from __future__ import annotations

import re
from typing import Callable

from .pattern_cache import plain

# abbreviation (a regular expression, matched as a whole word, case-insensitive unless the entry
# says "case") -> the words it stands for
SHORTHAND = {
    "name": "analyst-shorthand",
    "words": (
        (r"revs?\.?(?![\w&-])", "revenue", False),
        (r"opex", "operating expenses", False),
        (r"net\s+inc\.?(?=\s|$|\?)", "net income", False),
        (r"op(?:\.|erating)?(?=\s+(?:profit|income|margin|loss|cash\s+flow)\b)", "operating", False),
        (r"cap\s+ex", "capex", False),
        (r"GM", "gross margin", True),
        (r"gm(?=\s*(?:%|\d|$|\?|\s+(?:in|for|at|q[1-4]|h[12]|fy|20\d\d)\b))", "gross margin", False),
        (r"GP", "gross profit", True),
        (r"GPM", "gross profit margin", True),
        (r"OPM", "operating profit margin", True),
        (r"OP", "operating profit", True),
        (r"NPAT", "net profit after tax", False),
        (r"PAT", "profit after tax", True),
        (r"PBT", "profit before tax", True),
        (r"NP", "net profit", True),
        (r"FCF", "free cash flow", False),
        (r"OCF", "operating cash flow", False),
        (r"DPS", "dividend per share", False),
        (r"mkt\s+cap|mcap", "market capitalisation", False),
        (r"mgns?", "margin", False),
        (r"adj\.?(?=\s)", "adjusted", False),
        (r"(?:ex|excl?\.?)[- ]items", "adjusted", False),
        (r"y/y|yoy|y-o-y", "year on year", False),
        (r"q/q|qoq|q-o-q", "quarter on quarter", False),
        (r"yr", "year", False),
        (r"qtr", "quarter", False),
        (r"hq", "headquarters", False),
        (r"mgmt", "management", False),
        (r"guid(?=\s|$|\?)", "guidance", False),
    ),
    "examples": ("gannet managed security rev", "acme opex 2025", "acme GM Q3", "acme EPS ex-items FY25",
                 "acme rev yoy"),
    "not": ("Who owns GM?",),   # a name the store knows is kept
}


def _compiled() -> list[tuple[re.Pattern, str, str]]:
    out = []
    for pat, words, case in SHORTHAND["words"]:
        rx = plain(r"(?<![\w&/.-])(?:" + pat + r")(?![\w&/-])", 0 if case else re.I)
        out.append((rx, words, pat))
    return out


_WORDS = _compiled()
GROWTH_SAID = plain(r"\b(?:grow\w*|grew|growth|change\w*|rise|rose|fell|fall|increase\w*|decline\w*|up|down|by\s+how\s+much)\b", re.I)
_YOY = plain(r"(?<![\w/-])(?:y/y|yoy|y-o-y|q/q|qoq|q-o-q)(?![\w/-])", re.I)


_NAME_AFTER = plain(r"\s+[A-Z][a-z]")


def _named(m: re.Match) -> bool:
    """A capitalised abbreviation followed by a capitalised word starts a name ("Rev Corp")."""
    return m.group(0)[:1].isupper() and not m.group(0).isupper() and bool(_NAME_AFTER.match(m.string, m.end()))


def expand(question: str, known: Callable[[str], bool] = lambda w: False) -> str:
    """`question` with each analyst abbreviation written out (SHORTHAND); a word `known(word)`
    says is a name in the store is kept. "rev yoy" asks the growth: "revenue growth year on year"."""
    q = question
    if _YOY.search(q) and not GROWTH_SAID.search(q):
        q = _YOY.sub(lambda m: "growth " + m.group(0), q, count=1)
    for rx, words, _ in _WORDS:
        q = rx.sub(lambda m: m.group(0) if known(m.group(0).lower()) or _named(m) else words, q)
    return q
