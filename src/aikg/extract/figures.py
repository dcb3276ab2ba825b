"""Financial figures: a value (money, percent, count) in a sentence -> an Observation with its
subject, measure, period and change.

The linking is positional and clause-bound: each value takes the measure word next to it
("$47.15 billion of revenue", "operating loss of $4.53 billion", "revenue rose 22% to …"), the
subject named before that measure (an entity, a possessive, "that segment", "the company"), and
the period stated nearest to it, else the one in force for the paragraph or document.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import records as r
from .lead import lead
from .relations import SUBJECT_KINDS, SentenceContext, _money, _period, ref

HEAD = (r"(?:non-IFRS\s+|adjusted\s+|GAAP\s+|non-GAAP\s+)?(?:"
        r"net\s+income|operating\s+income|operating\s+profits?|net\s+profits?|gross\s+profits?|"
        r"(?:operating|net|adjusted|pre-tax)\s+loss(?:es)?|loss(?:es)?|"
        r"revenues?|sales|turnover|income|profits?|earnings|ebitda|ebita|margins?|"
        r"capital\s+expenditures?|capex|spending|expenses|expenditures?|costs|outlays|"
        r"free\s+cash\s+flow|cash\s+flow|share\s+price|stock\s+price|shares|stock|"
        r"users|customers|subscribers|gmv|bookings|backlog|orders|deliveries|shipments|valuation|market\s+value|market\s+capitali[sz]ation|prices?|pricing|remaining\s+performance\s+obligations?|RPO)"
        r"(?:\s+(?:outlook|guidance|forecast|budget|plan|target))?")
HEAD_RE = lead(rf"\b{HEAD}\b", re.I)
MOD_WORD = re.compile(r"^(?:[a-z][a-z-]*|[A-Z]{2,}[a-z]?|AI-[\w-]+|[A-Z][a-z]+-[a-z]+|[A-Z][a-z]+|R&D|e-commerce)$")
MOD_STOP = {
    "the", "its", "their", "a", "an", "of", "in", "for", "and", "to", "with", "that", "this", "was",
    "were", "is", "are", "has", "had", "have", "said", "reported", "quarterly", "annual", "yearly",
    "full-year", "while", "but", "as", "at", "on", "by", "from", "than", "also", "which", "after",
    "before", "only", "strong", "solid", "total-", "company", "group", "firm", "unit", "segment",
    "division", "set", "narrowed", "raised", "cut", "lowered", "posted", "recorded", "produced",
    "earned", "generated", "delivered", "about", "around", "roughly", "more", "less", "would",
    "will", "could", "so", "it", "be", "been", "into", "most", "much", "some", "up", "down", "our",
    "grew", "rose", "fell", "saw", "made", "had", "lifted", "increased", "climbed", "jumped", "surged",
    "doubled", "cut", "boosted", "expanded", "drove", "added", "gained", "lost", "generated", "its",
    "got", "became", "remained", "stayed", "kept", "reached", "hit", "topped", "beat", "missed",
}
NON_COUNT_NOUN = re.compile(r"^(?:gigawatts?|megawatts?|years?|months?|quarters?|weeks?|days?|times|percent|"
                            r"criteria|evaluation|out|of|per|points?|basis|consecutive|straight|hours?)\b")
INCREASE = lead(r"\b(?:rose|rise|rising|grew|grow|growing|growth|increased?|increasing|climbed|jumped|"
                      r"surged|soared|expanded|lifted|up|higher|gained|advanced|doubled|tripled|rallied|jump|surge|gain)\b", re.I)
DECREASE = lead(r"\b(?:fell|fall|falling|declined?|declining|dropped|drop|slipped|slip|down|lower|decreased?|cut|cuts|reduced?|lowered|slashed|trimmed|"
                      r"shrank|shrink|contracted|slid|tumbled|plunged|narrowed|lost)\b", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|stood\s+at)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
YOY = re.compile(r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by/y\b|(?:than|from)\s+a\s+year\s+(?:earlier|ago|before)|from\s+the\s+same\s+(?:quarter|period)|annual\s+(?:increase|growth)", re.I)
QOQ = re.compile(r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|sequential(?:ly)?|\bqoq\b|from\s+the\s+(?:previous|prior)\s+quarter", re.I)
CLAUSE_BREAK = re.compile(r";|:|\s[-–—]\s|,\s+(?:while|but|whereas|and)\s|\s+while\s+|\s+whereas\s+")
_UNIT_DESC = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+)(?:'s|’s)\s+(?P<desc>(?:cloud|cloud\s+and\s+AI|AI\s+and\s+cloud|cloud\s+computing)\s+(?:division|unit|business(?:es)?|segment|arm))\b"
    r"|\b(?:its|their|the)\s+(?P<desc2>(?:cloud|cloud\s+and\s+AI|AI\s+and\s+cloud|cloud\s+computing)\s+(?:division|unit|business(?:es)?|segment|arm))\b", re.I)


_DISCOURSE = re.compile(r"^\s*(?:however|yet|but|meanwhile|still|also|and|so|despite\s+\w+|in\s+addition|moreover|now)\b[,\s]*", re.I)


def _np(t: str, a: int, b: int, ctx: SentenceContext):
    """The plain noun phrase opening a clause (no entity names in it), or None."""
    start = a + len(_DISCOURSE.match(t[a:b]).group(0)) if _DISCOURSE.match(t[a:b]) else a
    m = re.match(r"\s*(?:[A-Z][a-z]+|[a-z][\w-]*)(?:[\s-]+[a-z][\w-]*){0,3}", t[start:b])
    if not m:
        return None
    s, e = start + m.start(), start + m.end()
    if any(x.start < e and x.end > s for x in ctx.mentions):
        return None
    return m


def _norm_measure(text: str) -> str:
    t = " ".join(text.split()).lower()
    t = re.sub(r"\brevenues\b", "revenue", t)
    t = re.sub(r"\bcapital expenditures\b", "capital expenditure", t)
    t = re.sub(r"\bprofits\b", "profit", t)
    t = re.sub(r"\blosses\b", "loss", t)
    t = re.sub(r"\bmargins\b", "margin", t)
    t = re.sub(r"\bexpenditures\b", "expenditure", t)
    t = re.sub(r"^(?:shares|stock)$", "share price", t)
    t = re.sub(r"\b(?:shares|stock)$", "share price", t)
    return t


def _measure_phrase(text: str, head: re.Match) -> tuple[str, int]:
    """The measure with up to three modifiers before its head; returns (measure, start)."""
    words = list(re.finditer(r"[\w&’'.-]+", text[:head.start()]))
    mods = []
    start = head.start()
    for w in reversed(words[-4:]):
        tok = w.group(0)
        if tok.endswith(("'s", "’s")) or tok.lower() in MOD_STOP or re.match(r"\d", tok):
            break
        between = text[w.end():start]
        if between.strip() not in ("",) and between.strip() != "and":
            break
        if not MOD_WORD.match(tok) or len(mods) >= 3:
            break
        if "-" not in tok and tok.lower() not in ("adjusted", "related", "sales") and re.search(r"(?:ed|s)$", tok) and tok.lower() not in ("gross", "ads"):
            break
        if tok.lower() == "and" or between.strip() == "and":
            if not (mods and re.match(r"development", mods[0], re.I) and tok.lower() == "research"):
                break
        mods.insert(0, tok)
        start = w.start()
    if text[max(0, start - 13):start].lower() == "research and ":
        mods.insert(0, "research and")
        start -= 13
    phrase = " ".join(mods + [head.group(0)])
    return _norm_measure(phrase), start


class _Clauses:
    def __init__(self, text: str):
        self.bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)] + [len(text) + 1]

    def of(self, pos: int) -> tuple[int, int]:
        for a, b in zip(self.bounds, self.bounds[1:]):
            if a <= pos < b:
                return a, b
        return 0, self.bounds[-1]


def _resolve_unit(ctx: SentenceContext, m: re.Match, gaz_segments, offset: int = 0) -> r.EntityRef | None:
    # "Volcano Engine, ByteDance's cloud arm, …": the phrase describes the unit just named
    for x in ctx.mentions:
        if x.kind == "Segment" and re.fullmatch(r",\s*(?:the\s+)?", ctx.text[x.end:offset + m.start()] or "x"):
            return ref(x)
    owner_text = (m.group("owner") or "") if m.group("desc") else ""
    owner = None
    for x in ctx.mentions:
        if x.kind == "Company" and owner_text and x.start >= m.start() and x.end <= m.end():
            owner = ref(x)
    if owner is None:
        owner = ctx.state.main_company
    if owner is None:
        return None
    for label in gaz_segments(owner.label):
        if "cloud" in label.lower():
            return r.EntityRef(kind="Segment", label=label)
    if ctx.state.last_segment and "cloud" in ctx.state.last_segment.label.lower():
        return ctx.state.last_segment
    desc = (m.group("desc") or m.group("desc2")).lower()
    return r.EntityRef(kind="Segment", label=f"{owner.label} {desc}")


def _subject(ctx: SentenceContext, pos: int, clause: tuple[int, int], gaz_segments) -> r.EntityRef | None:
    t = ctx.text
    a = clause[0]
    seg_text = t[a:pos]
    # "for that unit" / "of the segment" right after the measure
    after = t[pos:pos + 60]
    if re.match(r"[\w\s-]{0,30}?\b(?:for|of|at)\s+(?:that|this|the)\s+(?:unit|segment|division)\b", after):
        return ctx.state.last_segment
    hm = re.match(rf"(?:{HEAD})\s+(?:at|of|for|from)\s+(?:the\s+|its\s+|their\s+)?", t[pos:], re.I)
    if hm:
        x = next((x for x in ctx.mentions if x.start == pos + hm.end() and x.kind in SUBJECT_KINDS), None)
        if x is not None:
            return ref(x)
    wm = None
    for x in ctx.mentions:
        if x.end <= pos and x.kind in SUBJECT_KINDS and re.fullmatch(r",\s+which\s+(?:also\s+)?(?:lost|posted|recorded|reported|generated|earned|made|had|saw)\b.*", t[x.end:pos + 1].rstrip()):
            wm = x
    if wm is not None:
        return ref(wm)
    from .relations import _relative_spans
    spans = _relative_spans(t)
    cands = [x for x in ctx.mentions if x.end <= pos and x.start >= a and x.kind in SUBJECT_KINDS
             and not re.search(r"\bwhich\b", t[x.end:pos]) and not any(s <= x.start < e for s, e in spans)]
    # a sentence-initial subject followed by a relative clause governs the whole sentence
    lead = ctx.mentions[0] if ctx.mentions else None
    if lead and (lead.start <= 2 or re.fullmatch(r"\s*(?:The|the)\s+", t[:lead.start])) and lead.kind in SUBJECT_KINDS and re.match(r"(?:\s+(?:segment|unit|division))?,\s+(?:which|home\s+to|the|a|an)\b", t[lead.end:]):
        if not cands or cands[-1].start > lead.start and re.search(r"\bwhich\b|home\s+to", t[lead.end:cands[-1].start]):
            return ref(lead)
    um = None
    for m in _UNIT_DESC.finditer(t[a:pos + 1]):
        um = m
    if um is not None:
        unit = _resolve_unit(ctx, um, gaz_segments, a)
        if unit is not None:
            ctx.state.last_segment = unit
            return unit
    if re.search(r"\b(?:that|this|the)\s+(?:segment|unit|division)\b", seg_text, re.I) and ctx.state.last_segment:
        return ctx.state.last_segment
    if cands:
        x = cands[-1]
        if x.kind == "Country":
            return ctx.state.main_company
        return ref(x)
    if clause[0] > 0 and not HEAD_RE.search(t[a:pos + 1]):
        # elided subject in a later clause ("at RMB 19.1 billion it was up"): the sentence's subject
        first = next((x for x in ctx.mentions if x.kind in SUBJECT_KINDS and x.start < a), None)
        if first:
            return ref(first)
    return ctx.state.main_company


def _basis(text: str) -> str | None:
    if YOY.search(text):
        return "yoy"
    if QOQ.search(text):
        return "qoq"
    return None


def _nearest_period(ctx: SentenceContext, pos: int, clause: tuple[int, int]):
    best, dist = None, 10 ** 9
    for p in ctx.periods:
        d = min(abs(p.start_idx - pos), abs(p.end_idx - pos))
        if clause[0] <= p.start_idx < clause[1]:
            d -= 1000  # same clause wins
        if d < dist:
            best, dist = p, d
    return best


def observations(ctx: SentenceContext, used: set[int], gaz_segments, doc_period=None) -> list:
    if not (ctx.moneys or ctx.percents or ctx.counts):
        return []  # no value to observe (most sentences)
    t = ctx.text
    clauses = _Clauses(t)
    heads = list(HEAD_RE.finditer(t))
    out: list[r.Observation] = []
    attached: dict[int, object] = {}  # money start -> change percent

    def change_for(money) -> object | None:
        a, b = clauses.of(money.start)
        for p in ctx.percents:
            if p.start in used or p.unit != "percent":
                continue
            between_fwd = t[p.end:money.start]
            if p.end <= money.start and re.fullmatch(
                    r"\s*(?:percent|per\s*cent|%)?\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy)?\s*(?:increase|rise|jump|gain|growth|decline|drop|fall)?\s*(?:in\s+(?:[\w-]+\s+){0,3})?(?:from\s+a\s+year\s+(?:earlier|ago)\s+)?to\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|some\s+)?", between_fwd, re.I):
                return p
            between_back = t[money.end:p.start]
            after_p = t[p.end:p.end + 30]
            if p.start >= money.end and re.fullmatch(
                    r"\s*(?:\([^)]*\))?\s*,?\s*(?:a|an|which\s+was)?\s*(?:it\s+was\s+|were\s+|was\s+)?(?:up|down)?\s*", between_back, re.I) \
                    and (a <= p.start < b or re.match(r"\s*,", between_back)) \
                    and (re.search(r"\b(?:up|down)\s*$", between_back) or re.match(r"\s*(?:percent\s+|per\s*cent\s+)?(?:jump|increase|rise|gain|drop|decline|fall|higher|lower|more|less|up|down|year)", after_p, re.I)):
                return p
        return None

    def measure_for(pos: int, end: int, clause: tuple[int, int], pct: bool = False) -> tuple[str | None, int]:
        right = re.match(rf"\s*(?:\([^)]*\)\s*)?(?:of|in|on)\s+(?:[\w-]+\s+){{0,3}}?(?P<h>{HEAD})\b", t[end:], re.I)
        if right is None and re.search(r"\b(?:lost|loses|losing)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+)?$", t[max(0, pos - 30):pos], re.I):
            return "loss", pos
        if right is None and re.search(r"\bvalued\s+at\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", t[max(0, pos - 40):pos], re.I):
            return "valuation", pos
        if right is None and pct:
            right = re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?(?P<h>{HEAD})\s+(?:growth|increase|rise|gains?)\b", t[end:], re.I)
        if right:
            hm = HEAD_RE.search(t, end + right.start("h"))
            return _measure_phrase(t, hm)[0], hm.start()
        apps = [(m.start(), m.end()) for m in re.finditer(r",\s+(?:the|a|an)\s+[^,]{3,90},", t)]
        left = [h for h in heads if h.end() <= pos and h.start() >= clause[0]
                and not any(a < h.start() < b and b <= pos for a, b in apps)]
        if left:
            return _measure_phrase(t, left[-1])[0], left[-1].start()
        if clause[0] > 0:
            earlier = [h for h in heads if h.end() <= pos]
            if earlier:
                return _measure_phrase(t, earlier[0])[0], earlier[0].start()
        return None, pos

    def period_for(pos: int, clause) -> r.Period | None:
        p = _nearest_period(ctx, pos, clause)
        same_clause = p is not None and clause[0] <= p.start_idx < clause[1]
        if not same_clause and doc_period and re.search(r"\b(?:in|for|during|over)\s+the\s+(?:quarter|period|three\s+months|half)\b", t[clause[0]:clause[1]], re.I):
            return doc_period
        if p is not None and (p.start or p.end or not doc_period):
            return _period(p)
        if ctx.state.timeline_date:
            d = ctx.state.timeline_date
            return r.Period(start=d, end=d, label=d.isoformat())
        pp = ctx.state.paragraph_period
        if pp and pp[0] == ctx.paragraph:
            return pp[1]
        if doc_period and not re.search(r"\b(?:in|during|for|since|by)\s+(?:19|20)\d\d\b|\bback\s+in\b|\blast\s+year\b", t):
            return doc_period
        return None

    # money values
    for m in ctx.moneys:
        if m.start in used:
            continue
        clause = clauses.of(m.start)
        pre = t[max(clause[0], m.start - 12):m.start]
        if re.search(r"\bfrom\s*$", pre) and any(x.start < m.start and re.search(r"\bto\s*$", t[max(0, x.start - 6):x.start]) for x in ctx.moneys):
            continue  # "narrowed … to $66-72bn, from $64-72bn": the earlier value
        if re.match(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+)?share", t[m.end:]):
            measure, hpos = "earnings per share", m.start
        else:
            measure, hpos = measure_for(m.start, m.end, clause)
            if measure and re.search(r"capital\s+expenditure|capex", measure) and "outlook" not in measure and \
                    re.search(r"\b(?:expects?|expected|plans?|planned|forecasts?|guidance|outlook|will|would|intends?)\b", t[clause[0]:m.start], re.I):
                measure += " outlook"
        if measure is None:
            np = _np(t, clause[0], m.start, ctx)
            if not np or not any(x.start >= clause[0] and x.end <= m.start and x.kind in SUBJECT_KINDS for x in ctx.mentions):
                continue
            measure, hpos = _norm_measure(np.group(0)) + " revenue", m.start
        subj = _subject(ctx, hpos, clause, gaz_segments)
        if subj is None:
            continue
        ch = change_for(m)
        kw = {}
        if ch is not None:
            used.add(ch.start)
            ctxt = t[max(0, ch.start - 40):ch.end + 40]
            kw = dict(change=ch.value, change_unit=ch.unit, change_qualifier=ch.qualifier,
                      change_text=ch.text, change_basis=_basis(t[ch.start:] + " " + ctxt),
                      direction="decrease" if DECREASE.search(ctxt) and not INCREASE.search(t[max(0, ch.start - 25):ch.start]) else "increase")
        out.append(r.Observation(subject=subj, measure=measure, value=m.value, unit=m.currency,
                                 value_max=m.value_max, qualifier=m.qualifier, value_text=m.text,
                                 period=period_for(m.start, clause),
                                 equivalents=tuple(_money(e) for e in m.equivalents),
                                 evidence=ctx.evidence, **kw))
        used.add(m.start)
    # percents not yet used: standalone changes, or levels ("accounts for 20% of …", "margin of 25%")
    for p in ctx.percents:
        if p.start in used:
            continue
        clause = clauses.of(p.start)
        window = t[max(clause[0], p.start - 45):min(clause[1], p.end + 30)]
        post = t[p.end:p.end + 40]
        if re.match(r"\s*(?:[\w-]+\s+){0,2}stake\b", post, re.I):
            continue
        acc = re.search(r"(?P<what>(?:[\w-]+\s+){1,4}?)(?:now\s+)?(?:accounts?\s+for|makes?\s+up|represents?|contributes?)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", t[clause[0]:p.start])
        if acc:
            whole = re.match(r"\s*of\s+(?P<whole>.+?)(?:[,.;]|$)", t[p.end:])
            owner = ctx.after(p.end, SUBJECT_KINDS)
            subj = ref(owner) if owner and whole and owner.start < p.end + len(whole.group(0)) else (_subject(ctx, p.start, clause, gaz_segments))
            what = _norm_measure(re.sub(r"\b(?:now|currently|already|still|alone)\b", " ", acc.group("what")))
            whole_text = ""
            if whole:
                wt = whole.group("whole")
                if owner:
                    wt = re.sub(re.escape(owner.text) + r"(?:'s|’s)?\s*", "", wt)
                whole_text = " of " + _norm_measure(wt)
            if subj is None:
                continue
            out.append(r.Observation(subject=subj, measure=f"{what} share{whole_text}".strip(), value=p.value, unit="percent",
                                     qualifier=p.qualifier, value_text=p.text, period=period_for(p.start, clause),
                                     evidence=ctx.evidence))
            used.add(p.start)
            continue
        is_change = bool(INCREASE.search(window) or DECREASE.search(window) or p.word or YOY.search(window))
        if re.match(r"\s*(?:of|share)\b", post, re.I) and not p.word:
            is_change = False
        if re.match(r"\s*(?:annual\s+|yearly\s+)?(?:[\w-]+\s+){0,3}?growth\b", post, re.I) and not re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?{HEAD}", post, re.I):
            continue  # "140-160% annual AI cloud growth": a market statistic with no subject
        measure, hpos = measure_for(p.start, p.end, clause, pct=True)
        if measure is None:
            np = _np(t, clause[0], p.start, ctx)
            has_entity = any(x.start >= clause[0] and x.end <= p.start and x.kind in SUBJECT_KINDS for x in ctx.mentions) \
                or re.search(r"\b(?:[Tt]he\s+company|[Tt]he\s+group)\b", t[:p.start])
            if not np or not has_entity:
                continue
            np_text = re.sub(r"\b(?:however|have|has|shown|showed|is|are|were|was)\b.*$", "", np.group(0)).strip(" ,")
            if not np_text:
                continue
            measure = _norm_measure(np_text) + ("" if HEAD_RE.search(np_text) else " revenue")
            hpos = clause[0] + np.start()
        subj = _subject(ctx, hpos, clause, gaz_segments)
        if subj is None:
            continue
        if is_change and re.search(r"margin|share|rate|ratio", measure) and _LEVEL_BEFORE.search(t[max(clause[0], p.start - 25):p.start]):
            is_change = False  # "operating margin narrowed to 20.1%": the level it reached
        if not is_change and not re.search(r"margin|share|rate|ratio", measure):
            continue
        kw = {}
        if is_change:
            kw = dict(change=p.value, change_unit=p.unit, change_qualifier=p.qualifier, change_text=p.text,
                      change_basis=_basis(window), direction="decrease" if DECREASE.search(window) and not INCREASE.search(window) else "increase")
        else:
            kw = dict(value=p.value, unit="percent", qualifier=p.qualifier, value_text=p.text)
        out.append(r.Observation(subject=subj, measure=measure, period=period_for(p.start, clause),
                                 evidence=ctx.evidence, **kw))
        used.add(p.start)
    # counts with a noun: "over 70,000 derivative models", "more than 1 billion monthly users"
    for c in ctx.counts:
        if c.start in used or not c.noun or NON_COUNT_NOUN.match(c.noun) or c.value < 100:
            continue
        if re.match(r"\s*out\s+of", t[c.end:]):
            continue
        clause = clauses.of(c.start)
        from .relations import _relative_spans
        spans = _relative_spans(t)
        near = [x for x in ctx.mentions if x.kind in ("AIModel", "ModelFamily", "Company", "Segment") and x.end <= c.start
                and not any(s <= x.start < e for s, e in spans)]
        first = near[-1] if near else None
        subj = ref(first) if first else ctx.state.main_company
        if subj is None:
            continue
        measure = c.noun
        on = re.match(r"\s*(?:\w+\s+){0,2}?(?:on|in|across)\s+(?P<p>[A-Z][\w]*(?:\s[A-Z][\w]*)?)", t[c.end:])
        if on and not re.match(r"(?:Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|19|20)", on.group("p")):
            measure = f"{measure} on {on.group('p')}"
        out.append(r.Observation(subject=subj, measure=_norm_measure(measure), value=c.value, unit="count",
                                 qualifier=c.qualifier, value_text=c.text, period=period_for(c.start, clause),
                                 evidence=ctx.evidence))
        used.add(c.start)
    return out
