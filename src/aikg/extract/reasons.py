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

from ..pattern_cache import plain
import re
from dataclasses import dataclass
from functools import lru_cache

from . import verbs
from .figures import HEAD, HEAD_RE, _measure_phrase  # the measure nouns a figure is read with ("revenue", "free cash flow")

# lower-case text a reason cannot be stated without (a cheap test before the lexicon's pattern)
GATE = ("driven", "fuelled by", "fueled by", "boosted by", "lifted by", "propelled", "supported by", "helped by", "weighed",
        "hurt by", "hit by", "dragged", "held back", "due to", "owing", "attributed", "thanks", "because", "resulted",
        "result of", "results from", "result from", "back of", "citing", "reflect", "stemm", "stems from", "stem from",
        "came from", "comes from", "arose", "arises", " as ", "amid", "after", "drove", "drives", "weigh", "dragged",
        "drags", "lifted", "lifts", "boosted", "boosts", "hurt", "reason", "caused")

# senses that also state plain equivalences: they need a change before them
_NEEDS_CHANGE = ("reflect", "result-from")
# conjunctions and prepositions that join clauses giving no cause just as often ("as well as",
# "amid" a list, "after" a date): they need a change of direction right before them (a verb of
# change, or a change noun as the clause's subject) and, for "as", a clause after them
_NEEDS_DIRECTION = ("as-clause", "amid", "after")
_DIRECTION_VERB = plain(r"\b(?:rose|risen|rises|grew|grown|grows|increased|climbed|jumped|surged|soared|improved|gained|rallied|"
                             r"fell|fallen|falls|declined|dropped|slipped|slid|decreased|shrank|slumped|tumbled|plunged|sank|"
                             r"narrowed|widened|accelerated|slowed|raised|lifted|cut|lowered|trimmed|missed|beat|went\s+(?:up|down))\b", re.I)
# what may stand between the change verb and "as"/"amid"/"after": a figure, a basis, a period, a place
_TO_CUE = plain(r"^[^,;]{0,70}$|^[^;]{0,90},\s*$")
# "as well as", "such as", "as much as", "the same as": not a cause
_AS_NOT = plain(r"^(?:well|part|of|a\s+result|expected|much|many|long|soon|such|usual|planned|previously|reported|announced|"
                     r"forecast|anticipated|it\s+(?:said|says)|the\s+(?:company|group|firm)\s+(?:said|says|expected))\b", re.I)
_AS_BEFORE_NOT = plain(r"\b(?:such|so|as|same|twice|well|just)\s*$", re.I)
# a clause after "as": it has a finite verb
_FINITE = plain(r"\b(?:\w{3,}ed|grew|rose|fell|cut|spent|took|made|saw|kept|held|began|sought|shifted|paid|won|lost|"
                     r"was|were|is|are|has|have|had|continue[sd]?|remain(?:s|ed)?)\b", re.I)
# a time after "after": not a cause ("after the close", "after two years", "after March 2026")
_TIME_AFTER = plain(r"^(?:the\s+(?:close|bell|open|end|start|first|second|third|fourth|previous|prior|last|same)|"
                         r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year|quarter|hour)s?|"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|FY|\d{4})\b|"
                         r"(?:hours|years|months|weeks|that|which|this|adjust\w*|excluding|accounting|stripping|taking|deducting|tax|taxes|interest)\b)", re.I)
# the subject of "<cause> drove …" that is only the actor ("Acme lifted revenue", "it drove"): not a cause
_ACTOR = plain(r"^(?:(?i:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:company|group|firm|operator|carrier|maker|business|segment|unit|division|lab)|"
                    r"it|they|we)|(?:[A-Z][\w&.'’-]*\s*){1,4})$")
# where the subject of "<cause> drove …" starts: after the last clause boundary before the verb
_CAUSE_START = plain(r".*(?:,\s+|\s+(?:as|and|while|but|that|which|after|because|said|says)\s+|>\s*|^#+\s*)", re.S)
# "cited <cause> as the reason": the citing verb is not part of the cause
_CITED = plain(r"^.*?\b(?:cited|cites|citing|blamed|blames|named|pointed\s+to)\s+", re.I)
CHANGE_NOUN = (r"(?:rise|increase|growth|gain|jump|surge|improvement|upgrade|raise|hike|uplift|beat|"
               r"decline|decrease|fall|drop|loss|slowdown|slowing|deterioration|weakness|cut|reduction|downgrade|"
               r"miss|contraction|expansion|outlook|guidance|forecast|change|shortfall|rebound|recovery|"
               # a guidance change named by its noun: "The upgrade reflected higher margins in …" (probe7
               # Hitachi), "The revision reflects weaker-than-expected demand in …" (probe13 Tietoevry)
               r"revision)s?")
_CHANGE_WORDS = (rf"\b(?:{CHANGE_NOUN}|rose|grew|increased|climbed|jumped|surged|improved|fell|declined|dropped|"
                 r"slipped|slid|decreased|shrank|narrowed|widened|raised|lifted|upgraded|cut|lowered|trimmed|"
                 r"revised|upward|downward|doubled|tripled|halved|grow|grows|growing|expanded|shrink|shrinks|up|down|higher|lower)\b")
_CHANGE_ANY = plain(_CHANGE_WORDS + r"|\d\s*%", re.I)
# before "reflect" / "come from": a share ("18% of revenue comes from …") states no change
_CHANGE = plain(_CHANGE_WORDS + r"|\d\s*%(?!\s*of\b)", re.I)
# the senses that name the cause as the reason, whatever changed: "Kroger attributed the decision to
# weaker-than-expected demand …" (probe10), "It attributed the revision to …" (probe18), "He cited the
# cost of … as the reason for the delay" (probe6)
_SAID_REASON = ("attributed", "reason-for")
# "added Zhipu to its Entity List, citing its support for …" (probe6): the actor's own reason
_CITING = plain(r"\s*(?:\w+ly\s+)?citing\b", re.I)
# an anaphoric revision of the outlook: "4.3 The revision reflects weaker-than-expected demand …" (probe13)
_REVISION = plain(r"\b(?:revision|raise|cut|upgrade|downgrade)s?\b", re.I)
# an outlook named is no change stated ("the guidance \"already reflects …\"", probe23 08a)
_OUTLOOK = plain(r"(?:outlook|guidance|forecast)s?", re.I)
_LEVEL = plain(r"\d|\b(?:record|positive|negative|strong|stronger|weak|weaker|soft|softer|elevated|squeeze|pressure|stay|stayed|remain(?:s|ed)?|topped|reached|hit)\b", re.I)
# a change noun that names the measure it changes by itself ("Growth is being driven by …",
# "reported strong growth in its cloud division, driven by …"); not an outlook or a revision, which
# name what changed, not a measure
_CHANGE_AS_MEASURE = plain(r"\b(?:rise|increase|growth|gain|jump|surge|improvement|decline|decrease|fall|drop|loss|slowdown|"
                           r"contraction|expansion|rebound|recovery|shortfall)s?\b", re.I)
# a definite change noun with no name: it refers to the change the sentence before stated (on a
# numbered line too: "4.3 The revision reflects …")
_ANAPHOR = plain(rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:the|this|that|these|those)\s+(?:(?:sharp|steep|recent|latest|strong|slight|modest|big|large|small|further)\s+)?{CHANGE_NOUN}\s*$", re.I)
# "Management said (that) …", "Chief financial officer X said the …": who says it, not whose change
_SAYER = plain(r"^.*?\b(?:said|says|noted|notes|added|explained|told\s+[\w ]{1,30}?)\s+(?:that\s+)?", re.I)
# where the cause ends: a reporting tail, a relative clause, a coordinated clause
_CAUSE_END = plain(r",\s+(?:(?i:the\s+(?:company|group|firm)|management|it|they)|(?:[A-Z][\w.'’-]*\s+){1,4})\s*(?:said|says|added|noted|told)\b"
                        r"|,\s+(?:where|which|who|while|but|whereas|although|according\s+to|as(?!\s+well\s+as)|after|since|with)\b|,\s+and\s+(?:it|the\s+company|the\s+group)\b"
                        r"|\s+as\s+(?:the|a)\s+(?:(?:main|chief|key|biggest|primary|major|principal)\s+)?reasons?\b"
                        r"|;|(?<!\b[A-Z])\.(?=\s|$)|\s[-–—]\s|<")
# "is due to launch", "is due to report": a schedule, not a cause
_SCHEDULE = plain(r"^(?:be|launch|open|start|begin|close|report|complete|take|arrive|release|ship|expire|hold|go|come|enter|end|pay|receive|publish|announce)\b", re.I)
_FIGURE_FIRST = plain(r"^(?:an?\s+|the\s+)?(?:about\s+|around\s+|roughly\s+)?(?:[$€£¥₩₹]|RMB|Rs\.?|US\$|HK\$|NT\$)?\s?\d")
_MAX_CAUSE = 160
# a reporting tail where a cause should be ("… comes from," the company said): no cause
_SAYS = plain(r"^(?:(?i:the\s+(?:company|group|firm)|it|he|she|they|management)|(?:[A-Z][\w.'’-]*\s+){1,4})\s*(?:said|says|added|noted|told)\b")
# the measure a change is of, besides the figure heads: "ARPU", "take rate", "royalty growth"
_MEASURE_EXTRA = plain(r"\b(?:ARPU|average\s+revenue\s+per\s+(?:user|customer)|take\s+rates?|churn|"
                            r"(?:royalty|licensing|subscription|cloud|advertising|ad)\s+(?:revenue|growth|sales)|"
                            r"growth\s+outlook)\b", re.I)
_UP = plain(r"\b(?:rise|increase|growth|gain|jump|surge|improvement|upgrade|raise|hike|uplift|beat|rebound|recovery)s?\b", re.I)
_UP_VERB = plain(r"\b(?:rose|risen|rises|grew|grown|increased|climbed|jumped|surged|improved|gained|higher|up|accelerat\w*)\b", re.I)
_DOWN_VERB = plain(r"\b(?:fell|fallen|falls|declined|dropped|slipped|slid|decreased|shrank|slumped|tumbled|lower|down|slow\w*|miss\w*)\b", re.I)
_DOWN = plain(r"\b(?:decline|decrease|fall|drop|loss|slowdown|slowing|deterioration|cut|reduction|downgrade|miss|contraction|shortfall)s?\b", re.I)
# the words a change's own phrase may open with when it is the company's figure (not a unit's)
_OWN_HEAD = plain(rf"^(?:[\w&'’-]+\s+){{0,3}}?(?:{HEAD}|{CHANGE_NOUN}|ARPU|average\s+revenue|take\s+rates?|demand|results?|performance|subscriptions?|billings|volumes?|dividends?)\b", re.I)


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
    change_end: int | None = None  # the change's phrase ends here (None: at the cue)
    measure: str | None = None     # the measure the change is of, when its phrase names one ("arpu", "net loss")


def _measure_of(change: str) -> str | None:
    """The measure the change's phrase names ("new bookings fell 6%" -> "bookings", "ARPU rose" -> "arpu")."""
    x = _MEASURE_EXTRA.search(change)
    if x is not None:
        w = " ".join(x.group(0).lower().split())
        return "arpu" if w.startswith("average revenue per") else w
    heads = list(HEAD_RE.finditer(change))
    if not heads:
        return None
    return _measure_phrase(change, heads[0])[0].lower()


def _direction(change: str) -> str | None:
    if _UP.search(change) or _UP_VERB.search(change):
        return "increase"
    if _DOWN.search(change) or _DOWN_VERB.search(change):
        return "decrease"
    return None


def _clean(cause: str) -> str:
    return " ".join(re.sub(r"[\"“”]", "", cause).split()).strip(" ,'‘’")


# rule reason-needs-measure: a reason types a claim only when the phrase of the change it explains
# states a change (a change verb or noun, a direction, a percentage) or names its measure with the
# level explained ("operating profit is revised downward mainly because of …", "recorded positive
# EBITDA of …, helped by …", "Americas grew 1.5% …, driven by …", "Growth is being driven by …");
# an anaphoric change ("The raise was driven by …") takes both from the claim it
# refers back to (claims._explained), and without one explains nothing ("The decline reflects the
# diversification strategy …", probe22 05 AEM; "The decline reflects shipment timing …", probe23 05
# Lasertec). Without them the cause explains nothing the graph can name: "Actual results may differ
# materially due to various factors" (probe21 02 Renesas), "the guidance \"already reflects the extra
# special tax …\"" (probe23 08a), "70% of this came from
# renewable sources" (probe25 01 Atman, a share), "about 18% of revenue comes from customers in
# mainland China" (probe25 08a, a share), "expects the EMEA market to reach US$5.6 billion …, helped
# by" (probe21 06, a forecast), "large customers were moving AI inference workloads … because of"
# (probe24 08a). Invented: "Shipments to Chile came from the new plant."
def complete(why: "Reason", text: str) -> bool:
    """Whether the reason `why` (read from `text`) names the measure of its change and the change."""
    if why.sense in _SAID_REASON or _CITING.match(text, why.cue_start):
        return True   # "X attributed the revision to …", "cited … as the reason for the delay": a cause stated as one
    end = max(why.head_start, why.cue_start if why.change_end is None else why.change_end)
    if why.anaphoric:   # "The decline reflects …": the measure comes from the claim before; a revision is the outlook's
        return why.measure is not None or _REVISION.search(text, why.head_start, end) is not None
    change = why.direction is not None or any(not _OUTLOOK.fullmatch(m.group(0)) for m in _CHANGE_ANY.finditer(text, why.head_start, end))
    if why.measure is None:   # a unit's or a line's change ("Americas grew 1.5%, driven by"), a change noun ("Growth is …")
        return change or _CHANGE_AS_MEASURE.search(text, why.head_start, end) is not None
    # a change, or the level the cause explains ("recorded positive EBITDA of 4.6 billion yen …,
    # helped by", "capex would stay elevated because of"); not a measure noun alone ("large
    # customers were moving workloads … because of", probe24 08a)
    return change or _LEVEL.search(text, why.head_start, end) is not None


@lru_cache(maxsize=8192)   # (a pure function of the text and span: a feed restates its sentences, values._CACHE_SIZE)
def read(text: str, a: int = 0, b: int | None = None) -> Reason | None:
    """The first reason the clause text[a:b] gives, if any."""
    b = len(text) if b is None else b
    low = text[a:b].lower()
    if not any(map(low.__contains__, GATE)):
        return None
    for hit in verbs.find("reason", text, a, b):
        name, side = hit.sense.name, hit.sense.object_side
        head = text[a:hit.start]
        sayer = _SAYER.match(head)
        head_start = a + (sayer.end() if sayer else 0)
        if side == "before":  # "<cause> weighed on <change>": the change after the verb
            rest = text[hit.end:b]
            cut = _CAUSE_END.search(rest)
            change_start, change_end = hit.end, hit.end + (cut.start() if cut else len(rest))
            change_text = text[change_start:change_end].strip(" ,")
            before = text[head_start:hit.start]
            cited = _CITED.match(before)
            if cited:
                cause = _clean(before[cited.end():])
            else:  # the verb's subject: the noun phrase after the last clause boundary
                st = _CAUSE_START.match(before) if name == "cause-drove" else None
                cause = _clean(before[st.end():] if st else before)
            if len(cause) < 3 or _ACTOR.match(cause) or not change_text:
                continue
            if re.match(r"(?:its|their|our)\b", change_text, re.I):
                continue  # "the group lifted its forecast": the actor's own figure, not a cause
            if name == "cause-drove" and not (HEAD_RE.match(change_text.removeprefix("the ").removeprefix("its ").removeprefix("their "))
                                              or re.match(rf"^(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?(?:{HEAD}|{CHANGE_NOUN}|demand)\b",
                                                          change_text, re.I)):
                continue  # "drove a hard bargain": the object must be a measure or a change
        else:
            if side == "inside":  # "X attributed <change> (mainly) to <cause>"
                inner = re.match(r"attribut\w*\s+", text[hit.start:hit.end])
                change_start = hit.start + inner.end()
                tail = re.search(rf"\s+{verbs._ADV}to$", text[change_start:hit.end], re.I)
                change_end = change_start + tail.start()
            else:
                change_start, change_end = head_start, hit.start
            rest = text[hit.end:b]
            cut = _CAUSE_END.search(rest)
            cause = _clean(rest[:cut.start() if cut else len(rest)])
            if len(cause) < 3 or _SCHEDULE.match(cause) or _FIGURE_FIRST.match(cause) or _SAYS.match(cause):
                continue
            change_text = text[change_start:change_end].strip(" ,")
            if name in _NEEDS_CHANGE and not _CHANGE.search(change_text if change_text else text[a:hit.start]):
                continue
            if name in _NEEDS_DIRECTION:
                before = text[a:hit.start]
                verb = None
                for verb in _DIRECTION_VERB.finditer(before):
                    pass
                if verb is None or not _TO_CUE.match(before[verb.end():]):
                    if not (_ANAPHOR.match(change_text) or re.match(rf"^(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}{CHANGE_NOUN}\b", change_text, re.I)):
                        continue
                if name == "as-clause" and (_AS_NOT.match(cause) or _AS_BEFORE_NOT.search(before) or not _FINITE.search(" ".join(cause.split()[:8]))):
                    continue
                if name == "after" and (_TIME_AFTER.match(cause) or re.match(r"\w+ing\b", cause)):
                    continue  # "after the close", "after spending $10 billion": a time, not a cause
        if len(cause) > _MAX_CAUSE:
            cause = cause[:_MAX_CAUSE].rsplit(" ", 1)[0]
        direction = _direction(change_text)
        if direction is None and name == "cause-drove":  # "AI push lifts profit", "costs weigh on margins"
            direction = "decrease" if re.match(r"weigh|dragged|drags|hurt", text[hit.start:hit.end], re.I) else "increase"
        return Reason(name, hit.start, hit.end, cause, change_start,
                      _ANAPHOR.match(change_text) is not None,
                      bool(change_text) and change_text[0].isupper() and _OWN_HEAD.match(change_text) is None,
                      direction, change_end, _measure_of(change_text))
    return None
