"""The claims layer: what each clause of a sentence says about an entity, whatever its phrasing.

A sentence that names an entity (from the gazetteer, a pattern or open discovery, or by
coreference: "the company", "it", "the unit") and carries a value (money, percent, count, rank,
date) or a relation cue becomes one `Claim` per clause: its subject, the other entities the
clause names, each value typed by its role (amount, growth, share, rank, date, count), the
period, and a normalised predicate. Typed facts are precise but narrow; claims keep what the
typed patterns do not read, quoted, so that nothing an article states is lost.

The predicate cues, value roles and clause boundaries are named data records below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from ..pattern_cache import plain
from .. import records as r
from . import reasons
from .filer_terms import filer_label
from . import values as v
from .figures import HEAD_RE, _as_estimate, _measure_phrase, counted_noun_head, head_read, paragraph_unit
from .measures import reading
from .periods import own_duration, stock_day
from .prose_measures import measure_at as prose_measure_at, spelled_counts as prose_spelled_counts
from .relations import SentenceContext, _period, ref
from .typed import relations

# ------------------------------------------------------------------ rules as data


@dataclass(frozen=True)
class PredicateCue:
    """A normalised predicate and the verbs or nouns that carry it."""
    predicate: str
    pattern: str


PREDICATES: tuple[PredicateCue, ...] = (
    PredicateCue("rank", r"rank(?:ed|s|ing)?|placed\s+(?:first|second|third|top)|No\.\s?\d|number\s+(?:one|two|three)\s+(?:player|vendor|provider)|top\s+spot|market\s+leader"),
    PredicateCue("launch", r"launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es|ing)|debut(?:ed|s)?|roll(?:ed|s)?\s+out|rolling\s+out|began\s+shipping|start(?:ed)?\s+shipping"),
    PredicateCue("include", r"includ(?:es|ed|ing)|compris(?:es|ed|ing)|hous(?:es|ed)|covers|contains|(?:is|are)\s+reported\s+(?:within|in|under|as\s+part\s+of)|falls?\s+under|sits?\s+(?:within|in|under|inside)|(?:is|are)\s+part\s+of|under\s+its|sells"),
    PredicateCue("power", r"powered\s+by|powers|built\s+(?:on|around|with)|based\s+on|runs?\s+on|running\s+on|trained\s+on|equipped\s+with|"
                          r"(?:using|uses|deploys|deploying|adopted|adopts)\s+(?:[\w'’.-]+\s+){1,6}?(?:gpus?|chips?|accelerators?|processors?|superchips?|systems|racks?)"),
    PredicateCue("partner", r"partner(?:s|ed|ing|ship)?|team(?:ed|s)?\s+up|collaborat\w+|alliance|joint\s+venture|agreement\s+with|signed\s+(?:a|an)\s+(?:deal|agreement|contract)|pact\s+with|agreed\s+with|mou\s+with|memorandum\s+of\s+understanding\s+with"),
    PredicateCue("sell-stake", r"sold\s+(?:its|a|part|some|the)|sell(?:s|ing)?\s+(?:its|a|part|some|the)|divest\w*|dispos(?:ed|al)\s+of|offload\w*|share\s+sale"),
    PredicateCue("acquire", r"acquir(?:ed|es|ing)|acquisition|bought|buy(?:s|ing)?\s+(?:a|an|the)|takeover|stake\s+in|took\s+a\s+stake"),
    PredicateCue("raise-guidance", r"rais(?:ed|es|ing)\s+(?:its|the)\s+(?:[\w-]+\s+){0,4}(?:guidance|forecast|outlook|target)|lift(?:ed|s)\s+(?:its|the)\s+(?:[\w-]+\s+){0,4}(?:guidance|forecast|outlook)"),
    PredicateCue("cut-guidance", r"(?:cut|lower(?:ed|s)|trim(?:med|s)|reduc(?:ed|es))\s+(?:its|the)\s+(?:[\w-]+\s+){0,4}(?:guidance|forecast|outlook|target)"),
    PredicateCue("guide", r"guidance|forecasts?|outlook|expects?|expected|projects?|projected|anticipat\w+|guided|sees\s+\w+\s+(?:revenue|sales)"),
    PredicateCue("chase", r"chas(?:e|es|ing)|trail(?:s|ed|ing)|lag(?:s|ged|ging)\s+behind|behind\s+(?:market\s+leader|leader|rivals?)|catch\s+up|compet(?:e|es|ing)\s+with|rivals?"),
    PredicateCue("invest", r"invest(?:ed|s|ing|ment)?|capex|capital\s+expenditures?|spend(?:s|ing)?|spent|commit(?:ted|s)?\s+to\s+spend"),
    PredicateCue("record", r"record(?:ed|s)|book(?:ed|s)|recogni[sz]ed|charge|impairment|write-?(?:down|off)|one-off\s+gain|gain\s+on|other\s+income|non-operating"),
    PredicateCue("cause", r"because\s+of|due\s+to|driven\s+by|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|reflect(?:ing|s|ed)|attributed\s+to"),
    PredicateCue("grow", r"gr[eo]w(?:s|th|ing)?|rose|rise[sn]?|rising|jump(?:ed|s)|surg(?:ed|es)|climb(?:ed|s)|increas(?:ed|es)|soar(?:ed|s)|doubl(?:ed|es)|up\s+\d|higher"),
    PredicateCue("decline", r"fell|fall(?:s|ing)?|declin(?:ed|es|ing)|drop(?:ped|s)|slid|shr[au]nk|decreas(?:ed|es)|down\s+\d|lower"),
    PredicateCue("use", r"tokens|users|downloads|subscribers|monthly\s+active|daily\s+active|MAUs?|DAUs?|queries|requests"),
    PredicateCue("report", r"report(?:ed|s)?|posted|generated|brought\s+in|earned|delivered|revenue|sales|income|profit|margin|turnover"),
    PredicateCue("employ", r"employ(?:s|ed|ees)|staff|headcount|workforce|hir(?:ed|es|ing)|job\s+cuts|lay\s*offs?|laid\s+off"),
    PredicateCue("restrict", r"ban(?:s|ned)?|restrict\w*|export\s+controls?|sanction\w*|blacklist\w*|entity\s+list|licen[cs]e\s+requirement"),
)
# one pass over a clause finds every cue; a group per predicate names which one matched
_GROUP = {f"p{i}": c.predicate for i, c in enumerate(PREDICATES)}
# matched on the lower-cased clause (the patterns are lower-cased too: no re.I, about three times
# faster; none has an upper-case escape such as \S)
_ANY_CUE = plain("(?<![\\w-])(?:" + "|".join(f"(?P<p{i}>{c.pattern.lower()})" for i, c in enumerate(PREDICATES))
                      + ")(?![\\w-])")

# clause boundaries inside a sentence (a claim is per clause, so two figures for two subjects
# do not mix)
_CLAUSE_SPLIT = plain(r";\s+|,?\s+(?:while|whereas|but|although)\s+|,\s+and\s+(?=(?:it|they|the\s+company|the\s+group)\b|(?:the\s+|its\s+)?[A-Z])|\s+[—–]\s+")
# "<unit>: $X billion, up Y%" — a list line or a bullet whose label is the subject
_LIST_LABEL = plain(r"^\s*(?:[-*•·]\s*)?(?P<name>[A-Z][\w&'’.+-]*(?:\s+(?:[A-Z][\w&'’.+-]*|and|&|of|for)){0,5})(?:\s+\([A-Z][A-Za-z]{1,5}\))?\s*:\s+\S")
# rule segment-named-label: a list line whose label is a name and the word "segment" or "division"
# ("- Automotive segment: JPY 158.4 billion", "- Industrial/Infrastructure/IoT ("IIoT") segment: …") is that
# unit's line, the unit named without the word. Seen: probe21 02_renesas_tse_notice (TSE notice, under
# "Revenue for the third quarter … was JPY 337.2 billion, of which:"); probe10 zte_2024_results (results
# page: "Consumer business: RMB36.40 billion, …" under "ZTE reports three business segments:", the unit
# word kept there as part of the name: "business" is not read by this rule). Only a line stating a figure
# ("Product segment: software licensing, …" lists contents: segment_tables.CONTENTS_LINE). Invented: "- Cloud division: $2.1bn".
_UNIT_NAMED_LABEL = plain(r"^\s*(?:[-*•·]\s*)?(?P<name>[A-Z][\w&'’./+-]*(?:\s+(?:[A-Z][\w&'’./+-]*|and|&|of|for)){0,5})"
                          r"(?:\s+\([\"“]?[A-Z][A-Za-z]{1,5}[\"”]?\))?\s+(?:segment|division)\s*:\s+(?=[^\n]{0,12}\d)\S")
_NOT_LABELS = {"Note", "Source", "Sources", "Read", "Related", "Photo", "Updated", "Published", "By",
               "Disclaimer", "Editor", "Image", "Subscribe", "Share", "Tags", "Tag", "Contact", "Update", "Correction"}
# under a lead line that says a list of units follows ("Revenue by business line in the second
# quarter:"), a line's label may run on in lower case: "- Games and related value-added services:
# 9.4 billion yuan, up 6.1%" (the phrasing of probe9 g08), "- Learning services and devices: $310 million" (invented)
_UNIT_LIST_LABEL = plain(r"^\s*(?:[-*•·]\s*)?(?P<name>[A-Z][\w&'’.+-]*(?:\s+[\w&'’.+-]+){0,6}?)(?:\s+\([A-Z][A-Za-z]{1,5}\))?\s*:\s+\S")


# rule counted-lead-label: the words before a colon that announce how many units follow ("The group
# reports two segments: Hungary, which …", probe23 08a; "Rackspace reports two segments: Public Cloud, …",
# probe23 07; "Wipro reports two segments: IT Services, …", devset5 t06) are the lead of a list, never a unit
_COUNTED_LABEL = plain(r"\b(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w-]+\s+)?(?:segments|divisions|units|business\s+lines)\b", re.I)


def _measure_label(name: str) -> bool:
    """Rule measure-label: a list line's label that is a measure's name whole ("EBITDA:", "Net income:",
    "GAAP EPS:") names no unit: the line states the measure (as figures.py reads the line: its unit list
    line needs a label with no measure in it). Met in probe20 02_mastek_shareholder-email ("EBITDA: Rs
    178.3 crore"), probe10 adobe_q4fy2024_release ("GAAP EPS: $15.80 to $16.10"), probe7
    p7_06_kingsoft_cloud_q2_2025 ("Adjusted EBITDA: RMB419.5 million"), probe9 g01_cisco ("Revenue: …")."""
    m = HEAD_RE.search(name)
    if m is not None and m.start() == 0 and m.end() == len(name.rstrip()):
        return True
    # headcount-label (issue39m): a headcount's label ("Employees: 1,386", "Headcount: 152,714, up 4,983
    # sequentially", "Employees: 214 (30 September 2026)") names no unit either: the line states the company's
    # headcount (probe7 p7_05_techmahindra_q2fy26, probe13 netweb_fy25_results_page, probe27 03_qianxin_interim,
    # kindcheck28 entities 03_oskarsborg_investor_mail; all were a Segment 'Employees' / 'Headcount')
    return _HEADCOUNT_LABEL.fullmatch(name.strip()) is not None


_HEADCOUNT_LABEL = plain(r"(?:(?:total|number\s+of|group|average)\s+)?(?:employees|headcount|staff|workforce|FTEs?|full-time\s+employees)", re.I)


def _list_label(clause: str, cst: "ClaimState"):
    """A list line's label: capitalised words, or any words under a lead line naming a list of units."""
    lm = _LIST_LABEL.match(clause) or _UNIT_NAMED_LABEL.match(clause)
    if lm is None and cst.list_of_units and cst.list_measure is not None:
        lm = _UNIT_LIST_LABEL.match(clause)
        if lm is not None and HEAD_RE.search(lm.group("name")):
            return None  # "Operating income: …": a measure, no unit
    if lm is not None and _COUNTED_LABEL.search(lm.group("name")):
        return None   # rule counted-lead-label: "The group reports two segments: A, …" names no unit by its lead
    return lm


# a word naming reporting units ("segments", "business lines"): a list under it lists units (claims, pipeline)
UNIT_WORD = plain(r"\b(?:units?|segments?|divisions?|business(?:es)?|business\s+lines?|reporting\s+lines?)\b", re.I)
_COREF_COMPANY = plain(r"^\s*(?:[A-Z][\w-]*,?\s+)?(?:the\s+(?:company|group|firm|conglomerate|(?!parent\b)[\w-]+\s+(?:giant|maker|company|group|firm))|it|its)\b", re.I)
# ("The Business Services segment, …" names a unit: the unit word is lower case in an anaphor)
_COREF_UNIT = plain(r"^\s*(?:[A-Z][\w-]*,?\s+)?(?:[Tt]he|[Tt]hat|[Tt]his|THE|THAT|THIS)\s+(?:unit|segment|division|business|arm)\b")

# value roles from the words around a percent
_SHARE_AFTER = plain(r"^\s*(?:of\s+(?:its\s+|the\s+|total\s+|group\s+|overall\s+)*(?:revenue|sales|turnover|income|profit|market|shipments|total|the\s+\w+\s+market)|(?:market\s+)?share|stake)\b", re.I)
_SHARE_BEFORE = plain(r"\b(?:share\s+(?:of|was|at|to|rose\s+to|fell\s+to)|accounted\s+for|accounting\s+for|made\s+up|represent(?:ed|s|ing)?|stake\s+of|holds?|held|owns?|owned)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+|more\s+than\s+|over\s+|almost\s+)?$", re.I)
_GROWTH_NEAR = plain(r"\b(?:up|down|rose|rise|rising|grew|grow(?:th|ing)?|increase[ds]?|jump(?:ed|s)?|gain(?:ed|s)?|climb(?:ed|s)?|surg(?:ed|es)|soar(?:ed|s)|fell|fall(?:ing)?|declin(?:ed|e|es|ing)|drop(?:ped|s)?|slid|shr[au]nk|decrease[ds]?|higher|lower|year-on-year|year-over-year|from\s+a\s+year|compared|expan(?:ded|sion)|contract(?:ed|ion))\b", re.I)
_LEVEL_BEFORE = plain(r"\b(?:to|at|of|was|were|is|stood\s+at)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_DOWN = plain(r"\b(?:down|fell|fall(?:ing)?|declin\w+|drop(?:ped|s)?|slid|shr[au]nk|decrease[ds]?|lower|contract\w*)\b", re.I)
_BASES = (
    ("constant currency", re.compile(r"constant[- ]currency|at\s+constant\s+exchange|currency[- ]neutral", re.I)),
    ("quarter-on-quarter", re.compile(r"quarter[- ](?:on|over)[- ]quarter|sequential(?:ly)?|from\s+the\s+(?:previous|prior|preceding)\s+quarter|qoq", re.I)),
    ("year-on-year", re.compile(r"year[- ](?:on|over)[- ]year|from\s+a\s+year\s+(?:earlier|ago)|\byoy\b|compared\s+with\s+(?:a\s+year|the\s+same)", re.I)),
)
# rule rank-ordinal-alone: a rank's ordinal stands alone or before a preposition, a superlative or a
# place word ("ranked second with a 12.6% share", "ranks first in customer satisfaction", "placed
# third-largest", "came first overall"); an ordinal before another noun names that thing, not a
# rank: "Poland was placed in the second tier of the US framework" (probe25 01 Atman), "the growth
# came in the second quarter" (a period), "came first half" (invented).
_RANK_NEXT = (r"(?:place|position|spot|rank|ranking|overall|in|among|for|by|with|on|at|behind|after|ahead|and|or|of|as|"
              r"globally|worldwide|nationally|regionally|again|this|last|out|among|across|since|from|to|the|a|"
              r"three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\w+est|leading)\b")
_RANK = plain(rf"\b(?:ranked|ranks|ranking|placed|came|rated)\s+(?:[\w.&'’-]+\s+){{0,4}}?(?:as\s+)?(?:the\s+)?(?P<r>first|second|third|fourth|fifth|top|No\.\s?\d+|number\s+(?:one|two|three|four|five)|\d+(?:st|nd|rd|th))\b(?!\s+(?!{_RANK_NEXT})[a-z]+\b)"
                   r"|\b(?P<r2>No\.\s?\d+|number\s+(?:one|two|three))\s+(?:player|vendor|provider|position|spot|supplier|seller)\b", re.I)
_RANK_WORDS = {"first": 1, "top": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3,
               "fourth": 4, "four": 4, "fifth": 5, "five": 5}
_MONTH_OR_DIGIT = plain(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_STRAY_TIME = plain(r"\b(?:since|from|until|by|through|before|after)\s+$", re.I)
_SUBJECT_KINDS = ("Company", "Segment", "Organization", "AIModel", "ModelFamily", "Product",
                  "Application", "Project", "CostItem")


def _rank_value(word: str) -> Decimal | None:
    w = word.lower().replace("number", "").replace("no.", "").strip()
    if w in _RANK_WORDS:
        return Decimal(_RANK_WORDS[w])
    m = re.match(r"\d+", w)
    return Decimal(m.group()) if m else None


def _clauses(text: str) -> list[tuple[int, int]]:
    return list(_clause_spans(text))


@lru_cache(maxsize=8192)   # (per sentence text: a feed restates its sentences, values._CACHE_SIZE)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return tuple((a, b) for a, b in out if b - a > 2)


# "a 3.2% year-on-year decline": the basis between a percent and its change noun
_BASIS_LEAD = plain(r"^\s*(?:year[- ](?:on|over)[- ]year|quarter[- ](?:on|over)[- ]quarter|sequential|annual|yoy|qoq)\b", re.I)
_BASIS_WORDS = ("currency", "exchange", "quarter", "sequential", "year", "qoq", "yoy", "compared")


def _basis(text: str) -> str | None:
    low = text.lower()
    if not any(map(low.__contains__, _BASIS_WORDS)):
        return None
    for name, rx in _BASES:
        if rx.search(text):
            return name
    return None


# rule amount-of-measure: an amount directly followed by "of" and a measure's name is that measure's
# ("signed $74 million of AI-related bookings", probe23 07; "$2.3 billion of new orders", "EUR 410 million of
# free cash flow"): the noun after it binds tighter than one earlier in the clause, and is no later
# figure's ("…, and executives put the AI pipeline at $310 million": not bookings). Amounts only: "10% of
# revenue" is a share of revenue, not revenue.
_OF_MEASURE = plain(r"\s+of\s+(?:(?:new|its|their|the|net|total|[\w]+-related|[A-Z]{2,5})\s+){0,2}(?=\S)")


def _measure_of(text: str, end: int) -> re.Match | None:
    """The measure head an amount ending at `end` is "of" (rule amount-of-measure)."""
    m = _OF_MEASURE.match(text, end)
    if m is None:
        return None
    h = HEAD_RE.match(text, m.end())
    return h if h is not None and not text[h.end():h.end() + 1].isalnum() and head_read(text, h) else None


def _measure(text: str, pos: int, lo: int, money: bool = False) -> str | None:
    """The measure noun nearest before `pos` in the clause ("operating profit"); for an amount of money
    not a count's counted noun (figures.counted_noun_head)."""
    best = None
    for h in HEAD_RE.finditer(text, lo, pos):
        if head_read(text, h) and not (money and counted_noun_head(text, h)):
            best = h
    if best is None:
        h = HEAD_RE.search(text, pos, min(len(text), pos + 40))
        h = h if h is not None and head_read(text, h) else None
        best = h if h and re.match(r"\s*(?:\([^)]*\)\s*)?(?:of|in)\s+", text[pos:h.start()] + " ") is None and h.start() - pos < 25 else None
        if best is None:
            return None
    owner = next((h for h in HEAD_RE.finditer(text, lo, best.start())
                  if h.end() < best.start() and _PART_OF_HEAD.match(text, h.end(), best.start())), None) \
        if _COUNTED_NOUNS.fullmatch(best.group(0)) else None
    return _measure_phrase(text, owner or best)[0].lower()


# head-of-complement (issue48m): a head inside the complement of an earlier measure's preposition is that measure's
# part, not the measure ("Revenue from government customers accounted for 31%": a share of revenue, not of
# 'government customers', probe27 03_qianxin_interim; "sales to the top five customers accounted for 78%", probe22
# 02_eoptolink_halfyear_translation; "Revenue from server chassis for AI and cloud customers accounted for 63%",
# probe35 05_chenbro); the part's head is whom the measure is from or for, a word of the clause's noun phrase
_PART_OF_HEAD = plain(r"\s+(?:from|to|for|with)\s+(?:[A-Za-z][\w&-]*\s+){0,8}$", re.I)
_COUNTED_NOUNS = plain(r"customers|clients|users|subscribers", re.I)   # (whom a measure's part is from or for)


def _cv(**kw) -> r.ClaimValue:
    """A claim value from values the finders produced (already typed): no validation needed."""
    fields = {"value": None, "value_max": None, "unit": None, "qualifier": None, "direction": None,
              "basis": None, "measure": None}
    fields.update(kw)
    return r.ClaimValue.model_construct(**fields)


def _values(ctx: SentenceContext, a: int, b: int, clause: str) -> list[r.ClaimValue]:
    t = ctx.text
    out: list[tuple[int, r.ClaimValue]] = []
    basis = _basis(clause)
    money_spans = []
    floor = a   # (the end of a measure an earlier amount was "of": no later amount's)
    for m in ctx.moneys:
        if a <= m.start < b:
            money_spans.append((m.start, m.end))
            rd = reading(t, m.start, m.end, "money")  # "an initial public offering of $X": its own measure
            pm = None if rd is not None and rd.measure else prose_measure_at(t, m.start, m.end, "money")  # "raised $X in a round"
            of = _measure_of(t, m.end) if not (rd is not None and rd.measure or pm is not None) else None
            if of is not None:
                measure, floor = _measure_phrase(t, of)[0].lower(), of.end()
            else:
                measure = rd.measure if rd is not None and rd.measure else pm.measure if pm is not None else _measure(t, m.start, max(a, floor), money=True)
            if measure and ctx.state.disclaimed:  # "… Those are expectations": an estimate, not the company's figure
                measure = _as_estimate(measure)   # (estimates.DISCLAIMERS)
            out.append((m.start, _cv(role="amount", value=m.value, value_max=m.value_max, unit=m.currency, qualifier=m.qualifier,
                                     measure=measure, text=m.text)))
    for p in ctx.percents:
        if not (a <= p.start < b) or any(s <= p.start < e for s, e in money_spans):
            continue
        after, before = t[p.end:p.end + 40], t[max(a, p.start - 40):p.start]
        near = t[max(a, p.start - 30):min(b, p.end + 30)]
        unit = "points" if p.unit != "percent" and "point" in (p.unit or "") else "percent"
        direction = None
        if _SHARE_AFTER.match(after) or _SHARE_BEFORE.search(before):
            role = "share"
        elif _LEVEL_BEFORE.search(before):  # "narrowed to 14.5%", "rose to 27%": a level
            role = "percent"
        elif _GROWTH_NEAR.search(near) or unit == "points" or p.word:
            role = "growth"
            direction = "decrease" if _DOWN.search(t[max(a, p.start - 30):p.start]) or (
                not _GROWTH_NEAR.search(t[max(a, p.start - 30):p.start]) and _DOWN.search(_BASIS_LEAD.sub("", after)[:20])) else "increase"
        else:
            role = "percent"
        if p.negative and role != "share":  # "Benelux: EUR 1,140 million, -1.8%": a decline
            role, direction = "growth", "decrease"
        out.append((p.start, _cv(role=role, value=p.value, value_max=p.value_max, unit=unit,
                                          qualifier=p.qualifier, direction=direction,
                                          basis=basis if role == "growth" else None,
                                          measure=_measure(t, p.start, a), text=p.text)))
    label_end = _label_end(t)
    for c in ctx.counts:
        if a <= c.start < b and not c.start < label_end:   # (a paragraph's number: no count)
            out.append((c.start, _cv(role="count", value=c.value, unit=c.noun, qualifier=c.qualifier, text=c.shown or c.text,
                                     measure=c.measure)))  # (values.Count: "26 megawatts", capacity)
    for sc in prose_spelled_counts(t, a, b):   # "won seven large deals" (prose_measures.SPELLED_COUNT_OBJECT)
        out.append((sc.start, _cv(role="count", value=Decimal(sc.value), unit=sc.noun, text=sc.text, measure=sc.measure)))
    for m in _RANK.finditer(clause):
        word = m.group("r") or m.group("r2")
        val = _rank_value(word)
        if val is not None:
            out.append((a + m.start(), _cv(role="rank", value=val, unit="rank", text=m.group(0))))
    for p in ctx.periods:
        if a <= p.start_idx < b and p.kind in ("day", "month") and p.end is not None and _MONTH_OR_DIGIT.search(p.text):
            out.append((p.start_idx, _cv(role="date", unit="date", text=p.text)))
    for d in ctx.durations:
        if a <= d.start < b:
            out.append((d.start, _cv(role="duration", unit=d.iso, qualifier=d.qualifier, text=d.text)))
    out.sort(key=lambda x: x[0])
    return [x[1] for x in out]


# rule stray-clause-date: a date inside a clause that tells another event than the claim's figures
# does not date the claim, when none of the claim's figures stands in that clause: a relative clause
# ("In Italy, where the group launched in 2018, Iliad Italia passed 11,9 mln mobile subscribers",
# probe21 03; "Chief executive …, who co-founded the company in 1998, told analysts that …", probe24
# 08a), an appositive of a one-off event ("Play, acquired in 2020, has 15,3 mln mobile customers",
# probe21 03; "CEO Ahmed Selim, appointed in 2023, has set a 2030 target", probe25 03), a plan
# coordinated after the figures ("has signed three anchor customers …, and expects the first capacity
# to go live in the first quarter of 2027", probe23 07), or the cause of a reason ("raised its
# full-year revenue forecast … after its cloud computing business grew faster in the third quarter",
# probe24 08b). Invented: "Acme, founded in 1999, has 4 million users."
_STRAY_CLAUSE = plain(r",\s+(?:which|who|whom|whose|where|when)\b[^,;]*"
                      r"|,\s+(?:(?:first|originally|later)\s+)?(?:acquired|bought|founded|established|set\s+up|created|formed|incorporated|listed|appointed|"
                      r"named|hired|elected|born|launched|opened|built|spun\s+off)\s+(?:in|on|during|back\s+in)\s+[^,;]*(?=,)"
                      r"|,?\s+and\s+(?:it\s+|the\s+company\s+|the\s+group\s+)?(?:expects?|plans?|aims?|intends?|targets?|hopes?|will|is\s+expected)\b[^;]*", re.I)


def _stray_spans(ctx: SentenceContext, a: int, b: int, cue_end: int | None) -> list[tuple[int, int]]:
    """The spans of the sentence whose dates do not date the claim of clause [a, b) (rule
    stray-clause-date): each holds none of the clause's figures. `cue_end`: a reason's cue ends here."""
    t = ctx.text
    figs = [v.start for v in (*ctx.moneys, *ctx.percents, *ctx.counts) if a <= v.start < b]
    spans = [(m.start(), m.end()) for m in _STRAY_CLAUSE.finditer(t)]
    if cue_end is not None:
        spans.append((cue_end, b))
    return [(x, y) for x, y in spans if not any(x <= f < y for f in figs)]


def _period_of(ctx: SentenceContext, a: int, b: int, doc_period: r.Period | None, has_figures: bool,
               cue_end: int | None = None) -> r.Period | None:
    t = ctx.text
    own = [p for p in ctx.periods if p.kind in ("quarter", "half", "range", "year", "fiscal_year")
           and not _STRAY_TIME.search(t[max(0, p.start_idx - 12):p.start_idx])]
    if own:
        stray = _stray_spans(ctx, a, b, cue_end)
        own = [p for p in own if not any(x <= p.start_idx < y for x, y in stray)]
    inside = [p for p in own if a <= p.start_idx < b]
    pick = inside[0] if inside else (stock_day(ctx.periods, t, a, b) or (own[0] if own else None))  # periods stock-at-day
    if pick is not None:
        return _period(pick)
    if has_figures and doc_period is not None and not own_duration(ctx.durations, a, b, t) and not re.search(r"\b(?:last|next|this)\s+year|\bannual|\bfull[- ]year|\b(?:19|20)\d\d\b", t, re.I):
        return doc_period.model_copy(update={"inherited": True})  # periods.REPORT_RULES inherited-reporting-period
    return None


@lru_cache(maxsize=8192)   # (per lower-cased sentence: a feed restates its sentences)
def _has_cue(low: str) -> bool:
    """Whether the lower-cased `low` holds any predicate cue (_ANY_CUE)."""
    return _ANY_CUE.search(low) is not None


@lru_cache(maxsize=8192)   # (per clause text and subject end: a feed restates its sentences)
def _predicate(clause: str, after: int) -> str | None:
    """The cue nearest after the subject (else the first anywhere in the clause)."""
    first = None
    for m in _ANY_CUE.finditer(clause.lower()):
        if m.start() >= after:
            return _GROUP[m.lastgroup]
        first = first or _GROUP[m.lastgroup]
    return first


# a lead line's measure word that is a verb's object after a preposition ("reorganized its
# reporting around customers:") names no measure of the list below
_OBJECT_HEAD = plain(r"\b(?:around|to|with|among|from|across|toward|towards)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


@dataclass
class ClaimState:
    """What the document's earlier sentences were about (for "the unit", "it"), and the measure
    a lead line names for the list lines under it ("Revenue by unit in the quarter:")."""
    last_subject: r.EntityRef | None = None
    list_measure: str | None = None
    list_of_units: bool = False  # the lead line says the list is of segments or units
    last_thing: r.EntityRef | None = None  # the product, model or app named last ("the model")
    last_claims: tuple = ()  # the claims of the two sentences before, one tuple each (the change "The raise was driven by …" explains)

    def see_line(self, text: str) -> None:
        """A line ending in a colon that names a measure sets it for the list lines below; list
        lines keep it; any other line ends the list."""
        if text.rstrip().endswith(":"):
            h = HEAD_RE.search(text)
            if h is not None and _OBJECT_HEAD.search(text[:h.start()]):
                h = None  # "… reorganized its reporting around customers:": an object, not the list's measure
            self.list_measure = _measure_phrase(text, h)[0].lower() if h else None
            self.list_of_units = UNIT_WORD.search(text) is not None
        elif not (":" in text and (_LIST_LABEL.match(text) or _UNIT_NAMED_LABEL.match(text))):
            self.list_measure = None


_BULLET = plain(r"^\s*[-*•·]\s*\S")


@dataclass(frozen=True)
class TextRule:
    """A kind of text no claim reads (a sentence, a number): its pattern, invented examples, and
    the documents of different sources its phrasing was met in."""
    name: str
    pattern: re.Pattern
    examples: tuple[str, ...]
    seen_in: tuple[str, ...]


# rule asked-sentence: a sentence that asks states nothing — an analyst's question on a results
# call, an interviewer's, a headline "Will X …?": "how much of the order book is your largest
# customer's?" is no claim about the company (before, such claims were stored and dropped only
# when `ask` read claims)
NO_CLAIM_SENTENCES: tuple[TextRule, ...] = (
    TextRule("asked-sentence", plain(r"\?[\s\"'”’)]*$"),
                 ("Analyst (Kite Bank): How much of the 40 megawatt order book sits with your largest customer?",
                  "Will Brenvale's 2 billion euro data-centre plan pay off?"),
                 ("probe12: a data-centre operator's half-year results call", "probe11: an electronics group's year-end call",
                  "probe10: a software chief's interview")),
)


# rule numbering: the number a numbered paragraph or list item opens with ("7.1 The Board …",
# "2. Results", "(3) Yen appreciation …") labels it; it is no count the sentence states
NOT_VALUES: tuple[TextRule, ...] = (
    TextRule("numbering", plain(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\.(?:\d{1,2}\.?)*)(?=\s+[A-Z\"“(])"),
             ("4.2 The Brenvale board now expects a margin of 11-12%.", "3. Results", "(2) Delays at the largest customers."),
             ("probe13 tietoevry_q3_2024_exchange_release (section numbers)", "probe12 soitec_h1_fy2026_mdna",
              "probe11 p11_01_temenos_fy2024_mdna", "probe10 tokyo_electron_note (a numbered list of risks)")),
)


def _label_end(text: str) -> int:
    """Where the numbering label `text` opens with ends (NOT_VALUES), or -1."""
    for rule in NOT_VALUES:
        m = rule.pattern.match(text)
        if m:
            return m.end()
    return -1


@lru_cache(maxsize=8192)   # (per sentence text: a feed restates its sentences)
def states_nothing(text: str) -> str:
    """The name of the NO_CLAIM_SENTENCES rule `text` (a sentence) matches, or ''."""
    return next((rule.name for rule in NO_CLAIM_SENTENCES if rule.pattern.search(text)), "")


def claims(ctx: SentenceContext, doc_period: r.Period | None, cst: ClaimState) -> list[r.Claim]:
    t = ctx.text
    if states_nothing(t):
        return []   # a question asks; it states no claim (and no typed relation read with one)
    has_values = bool(ctx.moneys or ctx.percents or ctx.counts) or bool(prose_spelled_counts(t, 0, len(t)))
    main = ctx.state.main_company
    low = t.lower()
    why_here = main is not None and any(map(low.__contains__, reasons.GATE))  # a cause needs no name
    if not ctx.mentions and not (has_values and main) and not why_here:
        return []  # nothing named and no company to default to
    if not has_values and not why_here and not _has_cue(low):
        return []
    out: list[r.Claim] = []
    sentence_subject: r.EntityRef | None = None
    for a, b in _clauses(t):
        clause = t[a:b]
        ms = [m for m in ctx.mentions if a <= m.start < b and m.kind in _SUBJECT_KINDS]
        subject, after = None, 0
        lm = _list_label(clause, cst) if ":" in clause else None
        if lm:
            x = next((m for m in ms if m.start - a == lm.start("name")), None)
            name = lm.group("name")
            if x is not None:
                subject, after = ref(x), x.end - a
            elif filer_label(name) and main:
                subject, after = main, lm.end("name")   # filer_terms rule defined-term-no-node: 'Company guidance for Q4:'
            elif (len(name.split()) <= 5 and name.split()[0] not in _NOT_LABELS
                  and " ".join(name.split()) not in ctx.state.layout_labels   # name_shapes rule layout-label ('SAY:')
                  and not _measure_label(name)):   # rule measure-label: 'EBITDA:'
                # (a run-in heading, 'On AI:', stays a label here: without its node, ask read "spending on AI"
                # of probe17 p17-04-q10 as the company's spending and quoted its technology budget)
                subject, after = r.EntityRef(kind="Segment", label=name), lm.end("name")
        cu = _COREF_UNIT.match(clause) if subject is None else None
        if cu and (ctx.state.last_segment or cst.last_subject):
            subject, after = ctx.state.last_segment or cst.last_subject, cu.end()
        cc = _COREF_COMPANY.match(clause) if subject is None and main else None
        if cc and not (ms and ms[0].start - a < cc.end()):
            subject, after = main, cc.end()
        if subject is None and ms:
            lead = next((m for m in ms if m.kind != "Person"), None)
            owner = _relative_owner(ctx, ms, a, b)
            if owner is not None:
                lead = owner
            if lead is not None:
                subject, after = _ref(lead.kind, lead.label), lead.end - a
        if subject is None:
            subject = sentence_subject or paragraph_unit(ctx) or main
            after = 0
        why = reasons.read(t, a, b) if why_here else None
        cause_at = why.cue_end if why is not None else None   # a cause's dates do not date the change (stray-clause-date)
        if why is not None and not why.anaphoric and not reasons.complete(why, t):
            why = None   # reasons rule reason-needs-measure: no measure or no change, no reason
        if why is not None and not (lm or cu or cc):
            changed = _changed(ctx, why, ms, sentence_subject or cst.last_subject or main, main)
            if changed is None:  # a change of something the text does not name: no one's reason
                why = None
            else:
                subject = changed
        if subject is None:
            continue
        vals = _values(ctx, a, b, clause)
        pred = "rank" if any(x.role == "rank" for x in vals) else _predicate(clause, after)
        if not vals and pred is None and why is None:
            continue
        if not vals and not ms and why is None:  # a cue with no value must name something of its own
            continue
        figures = any(x.role in ("amount", "growth", "share", "count") for x in vals)
        typed, subject = relations(ctx, a, b, subject, pred or ("cause" if why else "state"), vals, cst.last_thing, why)
        skey = (subject.kind, subject.label)
        others = tuple(_ref(*k) for k in dict.fromkeys((m.kind, m.label) for m in ctx.mentions if a <= m.start < b) if k != skey)
        period = _period_of(ctx, a, b, doc_period, figures, cause_at)
        host = _explained(cst.last_claims, subject, why.direction) if why is not None and why.anaphoric and not vals else None
        if host is None and why is not None and why.anaphoric and not reasons.complete(why, t):
            # "The decline reflects …" with no change before it to explain: no reason (reason-needs-measure)
            typed = [x for x in typed if x.kind != "reason"]
            if not vals and not typed:
                continue
        if host is not None:  # "The raise was driven by …": the reason of the change the sentence before states
            gap = " " if ctx.evidence.start - host.evidence.end <= 2 else " … "  # a sentence between them is left out
            out.append(r.Claim.model_construct(
                subject=subject, predicate=host.predicate, others=tuple(dict.fromkeys(host.others + others)), values=host.values,
                period=host.period, relations=tuple(x for x in host.relations if x.kind != "reason") + tuple(typed),
                evidence=r.Evidence.model_construct(doc=host.evidence.doc, start=host.evidence.start, end=ctx.evidence.end,
                                                    quote=f"{host.evidence.quote}{gap}{ctx.evidence.quote}"), kind="claim"))
            sentence_subject = subject
            continue
        # built from records made here (no input to validate): model_construct skips validation
        out.append(r.Claim.model_construct(subject=subject, predicate=pred or "state", others=others, values=tuple(vals),
                                           period=period, relations=tuple(typed),
                                           evidence=ctx.evidence, kind="claim"))
        sentence_subject = subject
    cst.last_claims = (cst.last_claims + (tuple(out),))[-2:]
    if out:
        cst.last_subject = out[-1].subject
    things = [m for m in ctx.mentions if m.kind in ("Product", "AIModel", "ModelFamily", "Application")]
    if things:
        cst.last_thing = _ref(things[-1].kind, things[-1].label)
    return out


# rule relative-owner: a figure stated in a relative clause on a name is that name's, not the
# clause subject's: "A competes with B, C and D, which reported income of $X" (probe11 p11_07),
# "peers such as Brenvale, which grew revenue between 5% and 14%" (the phrasing of probe8 f04), "a
# state fund, which plans to deploy 90 megawatts" (of probe5 02), "its Acme Security subsidiary,
# which generated revenue of …" (of probe7 p7_02); invented: "Quillby rivals
# Dornet, which posted sales of $5 million"
RELATIVE_OWNER = plain(r"(?:\s+(?:subsidiary|unit|arm|division))?,\s+which\s+(?:also\s+|still\s+)?[a-z]+(?:ed|s)\b")


def _relative_owner(ctx: SentenceContext, ms: list, a: int, b: int):
    """The mention a relative clause ("X, which reported …") follows when every figure of the
    clause stands in that relative clause; else None."""
    t = ctx.text
    spots = [v.start for v in (*ctx.moneys, *ctx.percents) if a <= v.start < b]
    if not spots:
        return None
    for m in ms[1:]:
        if m.kind == "Person" or RELATIVE_OWNER.match(t, m.end) is None:
            continue
        if all(x > m.end for x in spots):
            return m
    return None


def _explained(before: tuple, subject: r.EntityRef, direction: str | None) -> r.Claim | None:
    """The claim of the two sentences before that states the subject's change in the direction
    the anaphor names ("The raise": a raised forecast or a rise; "The fall": a cut or a fall)."""
    if direction is None:
        return None
    want = "raise" if direction == "increase" else "cut"
    for sentence in reversed(before):
        for c in sentence:
            if c.subject == subject and (any(x.kind == "guidance_change" and x.detail == want for x in c.relations)
                                         or any(x.direction == direction for x in c.values)):
                return c
    return None


def _changed(ctx: SentenceContext, why: reasons.Reason, ms: list, before: r.EntityRef | None,
             main: r.EntityRef | None) -> r.EntityRef | None:
    """Whose change a reason explains: the entity named in the phrase before the reason verb
    (a sayer cut off); a definite change noun with no name ("The raise") is the change of the
    sentence before; otherwise the article's company."""
    end = why.cue_start if why.change_end is None else why.change_end
    named = [m for m in ms if why.head_start <= m.start < end and m.kind != "Person"]
    if named:
        return _ref(named[0].kind, named[0].label)
    if why.named_other:
        return None
    return before if why.anaphoric else main


@lru_cache(maxsize=4096)
def _ref(kind: str, label: str) -> r.EntityRef:
    """One (immutable) reference per entity: claims name the same entities over and over."""
    return r.EntityRef(kind=kind, label=label)


# (issue35w) a run of space-separated digit groups a plain table's row writes ("Revenue 318 426 302 117
# +5,4 %": two numbers in thousands, probe25 06 aubay results table, "Total 318 426 302 117") that the
# number reader leaves unread (notation.py: a run of numbers is never joined) gives
# no value: its groups are pieces of numbers, not numbers ("Aubay report 426, 302, 117"). A claim keeps
# its other values; one left with none is no claim
_DIGIT_GROUPS = plain(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])")
# a table's row: a label, a column gap (two blanks or more), then numbers only (a sentence's "rose to
# MSEK 2 184 (1 950)", probe25 04 mycronic, is left to the number readers: its claim's quote still answers)
_NUMBERS_ROW = plain(r"^[ \t]*[^\d\n]*[^\d\s][ \t]{2,}[-+−()\d \t\u00a0.,%]+$")
_BARE_GROUP = plain(r"\d{1,3}")
_LONE_DIGITS = plain(r"(?<![\d.,])\d+(?![\d])")


def without_digit_groups(claims: list, text: str) -> list:
    """The claims less their values that are pieces of a run of digit groups in a table's row, read
    in the document's text, whose columns keep their runs of blanks ("172         228" are two
    numbers of a table's two columns, "318 426" one number); a claim left with no value is dropped."""
    out = []
    for c in claims:
        ev = c.evidence
        quote = text[ev.start:ev.end] if ev is not None and 0 <= ev.start < ev.end <= len(text) else ""
        runs = [m.span() for m in _DIGIT_GROUPS.finditer(quote)] if c.values and quote and _NUMBERS_ROW.match(quote) else []
        if not runs:
            out.append(c)
            continue
        groups = _bare_groups(quote)
        vals = tuple(x for x in c.values if not _piece(x.text, groups, runs))
        if len(vals) == len(c.values):
            out.append(c)
        elif vals:
            out.append(c.model_copy(update={"values": vals}))
    return out


def _bare_groups(quote: str) -> dict[str, list[int]]:
    """Where each group of one to three digits standing alone (no digit, '.' or ',' before it, no digit
    after) starts in `quote`."""
    out: dict[str, list[int]] = {}
    for m in _LONE_DIGITS.finditer(quote):
        out.setdefault(m.group(0), []).append(m.start())
    return out


def _piece(value: str, groups: dict[str, list[int]], runs: list[tuple[int, int]]) -> bool:
    """Whether a value is a group of digits found only inside the runs of digit groups."""
    if not _BARE_GROUP.fullmatch(value):
        return False
    at = groups.get(value, [])
    return bool(at) and all(any(a <= i < b for a, b in runs) for i in at)
