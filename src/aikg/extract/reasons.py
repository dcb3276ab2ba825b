"""Reasons: the cause a sentence gives for a change, and whose change it is.

Read from one clause as (change, reason verb, cause): the reason verb is any "reason" record of
the verb lexicon (`verbs.py`: "driven by", "was mainly due to", "reflected", "because of",
"resulted from" …); the cause is the noun phrase after it, up to the clause's end (", the company
said" and a following relative clause are not part of it); the change is the phrase before it.
Whose change: an entity named in that phrase ("Manufacturing declined 1.9% due to …" stays on
Manufacturing); a definite change noun with no name ("The raise was driven by …", "The fall was
mainly due to …") refers back to the subject of the sentence before; otherwise the article's
company ("the lower growth outlook for fiscal 2026 reflected …").

"reflect" and "result from" also state plain equivalences ("revenue reflected 20% growth",
"40% of sales came from cloud"), so they need a change in the phrase before them (a change noun
or verb) and a cause that is not a figure. Pure functions over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import verbs
from .figures import HEAD  # the measure nouns a figure is read with ("revenue", "free cash flow")
from ..pattern_cache import plain

# lower-case text a reason cannot be stated without (a cheap test before the lexicon's pattern)
GATE = ("driven", "fuelled by", "fueled by", "boosted by", "lifted by", "propelled", "supported by", "helped by", "weighed",
        "hurt by", "hit by", "dragged", "held back", "due to", "owing", "attributed", "thanks", "because", "resulted",
        "result of", "results from", "result from", "back of", "citing", "reflect", "stemm", "stems from", "stem from",
        "came from", "comes from", "arose", "arises")

# senses that also state plain equivalences: they need a change before them
_NEEDS_CHANGE = ("reflect", "result-from")
CHANGE_NOUN = (r"(?:rise|increase|growth|gain|jump|surge|improvement|upgrade|raise|hike|uplift|beat|"
               r"decline|decrease|fall|drop|loss|slowdown|slowing|deterioration|weakness|cut|reduction|downgrade|"
               r"miss|contraction|expansion|outlook|guidance|forecast|change|shortfall|rebound|recovery)s?")
_CHANGE = plain(rf"\b(?:{CHANGE_NOUN}|rose|grew|increased|climbed|jumped|surged|improved|fell|declined|dropped|"
                     r"slipped|slid|decreased|shrank|narrowed|widened|raised|lifted|upgraded|cut|lowered|trimmed|"
                     r"up|down|higher|lower)\b|\d\s*%", re.I)
# a definite change noun with no name: it refers to the change the sentence before stated
_ANAPHOR = plain(rf"^\s*(?:the|this|that|these|those)\s+(?:(?:sharp|steep|recent|latest|strong|slight|modest|big|large|small|further)\s+)?{CHANGE_NOUN}\s*$", re.I)
# "Management said (that) …", "Chief financial officer X said the …": who says it, not whose change
_SAYER = plain(r"^.*?\b(?:said|says|noted|notes|added|explained|told\s+[\w ]{1,30}?)\s+(?:that\s+)?", re.I)
# where the cause ends: a reporting tail, a relative clause, a coordinated clause
_CAUSE_END = plain(r",\s+(?:(?i:the\s+(?:company|group|firm)|management|it|they)|(?:[A-Z][\w.'’-]*\s+){1,4})\s*(?:said|says|added|noted|told)\b"
                        r"|,\s+(?:where|which|who|while|but|whereas|although|according\s+to|as|after|since|with)\b|,\s+and\s+(?:it|the\s+company|the\s+group)\b"
                        r"|;|\.(?=\s|$)|\s[-–—]\s|<")
# "is due to launch", "is due to report": a schedule, not a cause
_SCHEDULE = plain(r"^(?:be|launch|open|start|begin|close|report|complete|take|arrive|release|ship|expire|hold|go|come|enter|end|pay|receive|publish|announce)\b", re.I)
_FIGURE_FIRST = plain(r"^(?:an?\s+|the\s+)?(?:about\s+|around\s+|roughly\s+)?(?:[$€£¥₩₹]|RMB|Rs\.?|US\$|HK\$|NT\$)?\s?\d")
_MAX_CAUSE = 160
_UP = plain(r"\b(?:rise|increase|growth|gain|jump|surge|improvement|upgrade|raise|hike|uplift|beat|rebound|recovery)s?\b", re.I)
_DOWN = plain(r"\b(?:decline|decrease|fall|drop|loss|slowdown|slowing|deterioration|cut|reduction|downgrade|miss|contraction|shortfall)s?\b", re.I)
# the words a change's own phrase may open with when it is the company's figure (not a unit's)
_OWN_HEAD = plain(rf"^(?:[\w&'’-]+\s+){{0,3}}?(?:{HEAD}|{CHANGE_NOUN}|demand|results?|performance|subscriptions?|billings|volumes?|dividends?)\b", re.I)


@dataclass(frozen=True)
class Reason:
    sense: str          # the lexicon record that fired ("driven-by", "reflect", …)
    cue_start: int      # the reason verb's span in the text
    cue_end: int
    cause: str          # the cause, as stated
    head_start: int     # the change's phrase: text[head_start:cue_start] (a sayer cut off)
    anaphoric: bool     # the change is a definite noun with no name ("The raise")
    named_other: bool   # the change's phrase opens with a name the text does not know ("Manufacturing declined …")
    direction: str | None = None  # "increase" / "decrease" when the change's phrase says which ("The raise", "the fall")


def read(text: str, a: int = 0, b: int | None = None) -> Reason | None:
    """The first reason the clause text[a:b] gives, if any."""
    b = len(text) if b is None else b
    low = text[a:b].lower()
    if not any(map(low.__contains__, GATE)):
        return None
    for hit in verbs.find("reason", text, a, b):
        rest = text[hit.end:b]
        cut = _CAUSE_END.search(rest)
        cause = " ".join(rest[:cut.start() if cut else len(rest)].split()).strip(" ,")
        if len(cause) < 3 or _SCHEDULE.match(cause) or _FIGURE_FIRST.match(cause):
            continue
        if len(cause) > _MAX_CAUSE:
            cause = cause[:_MAX_CAUSE].rsplit(" ", 1)[0]
        head = text[a:hit.start]
        sayer = _SAYER.match(head)
        head_start = a + (sayer.end() if sayer else 0)
        head_text = text[head_start:hit.start].strip(" ,")
        if hit.sense.name in _NEEDS_CHANGE and not _CHANGE.search(head_text if head_text else text[a:hit.start]):
            continue
        return Reason(hit.sense.name, hit.start, hit.end, cause, head_start,
                      _ANAPHOR.match(head_text) is not None,
                      bool(head_text) and head_text[0].isupper() and _OWN_HEAD.match(head_text) is None,
                      "increase" if _UP.search(head_text) else "decrease" if _DOWN.search(head_text) else None)
    return None
