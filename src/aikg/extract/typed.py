"""Typed relations read off a claim's clause: rankings, launches, partnerships, stake deals,
guidance changes, usage metrics, hardware, accounting lines and reasons (read by `reasons.py`).

Each rule is a named record: the relation kind, the pattern that states it, and where its
target sits (after the cue, before it). A relation rides on its claim (`Claim.relations`), so it
keeps the claim's subject, values, period and quote; RDF types the claim node with the
relation's class (kg:Ranking, kg:Launch, …) and adds the relation's own properties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import records as r
from .clauses import in_source, sources
from . import products, verbs
from .reasons import Reason
from .entities import Mention
from .relation_rules import PARTNER_OF, QUOTED_LAUNCH, USES_IT
from .relations import SentenceContext, ref
from ..pattern_cache import plain

_ORG_KINDS = ("Company", "Organization", "Segment")
_THING_KINDS = ("Product", "AIModel", "ModelFamily", "Application", "Project")


@dataclass(frozen=True)
class RelationRule:
    kind: str                 # a records.RelationKind
    cue: re.Pattern           # what states the relation in the clause
    target_kinds: tuple[str, ...] = ()
    target_side: str = "after"   # where the target is named: "after" the cue, or "before" it
    gate: tuple[str, ...] = ()   # lower-case text the cue cannot match without (a cheap test first)


RULES: tuple[RelationRule, ...] = (
    RelationRule("launch", plain(r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es|ing)|debut(?:ed|s)?|roll(?:ed|s)?\s+out|rolled\s+out|began\s+shipping)\b", re.I),
                 _THING_KINDS, "after", ("launch", "unveil", "introduc", "releas", "debut", "roll", "shipping")),
    RelationRule("partnership", verbs.pattern("partner"),
                 _ORG_KINDS, "after", ("partner", "teamed", "joint", "alliance", "collaborat", "agreement", "agreed", "pact", "memorandum", "mou")),
    RelationRule("stake_deal", plain(r"\bstake\s+in\b", re.I), _ORG_KINDS, "after", ("stake",)),
    RelationRule("hardware", verbs.pattern("hardware"),
                 ("Product",), "after", ("powered", "built", "runs", "running", "equipped", "based", "trained", "using", "uses", "deploy", "adopt")),
)
_GATES = {  # lower-case text each pattern below cannot match without
    "guidance": ("guidance", "forecast", "outlook", "target", "expect"),
    "line": ("record", "book", "recogni", "reported", "included", "accounted"),
}
_SELL = plain(r"\b(?:sold|sell(?:s|ing)?|sale\s+of|tender(?:ed|s)?|divest\w*|dispos\w+|offload\w*|reduced|cut)\b", re.I)
# "expects", and the passive of a company's own outlook ("margin is now expected to be"), not
# "analysts had expected", "stronger-than-expected"
_GUIDANCE = plain(r"\b(?:guidance|forecast|outlook|target|expects?|(?:is|are)\s+(?:now\s+)?expected|now\s+expected)\b", re.I)
_RAISE = plain(r"\b(?:rais(?:ed|es|ing)|lift(?:ed|s)|increas(?:ed|es)|upgrad(?:ed|es)|hik(?:ed|es))\b", re.I)
_CUT = plain(r"\b(?:cut(?:s|ting)?|lower(?:ed|s)|trim(?:med|s)|reduc(?:ed|es)|downgrad(?:ed|es))\b", re.I)
_PREVIOUS = plain(r"\b(?:previous(?:ly)?|earlier|prior|from\s+(?:its|the)\s+(?:previous|earlier|prior))\b", re.I)
_USAGE = plain(r"\b(?P<metric>(?:(?:monthly|daily|weekly)\s+(?:active\s+)?)?(?:users|tokens(?:\s+(?:per|a)\s+day)?|downloads|subscribers|queries|requests|developers|customers|clients)|downloaded|MAUs?|DAUs?)\b", re.I)
_LINE = plain(r"\b(?:recorded|booked|booking|recognised|recognized|recording|reported|included|accounted\s+for)\s+(?:[\w€$¥₹£-]+\s+){0,6}?(?:in|under|as)\s+(?:the\s+)?(?P<line>(?:other|non-operating|operating|finance|financial|investment)\s+(?:income|expenses?|costs?|gains?|losses|items)|other\s+(?:gains|losses)(?:,\s*net)?|cost\s+of\s+(?:revenue|sales)|exceptional\s+items)\b", re.I)
_RANK_BY = plain(r"\b(?:ranked|ranks|placed|rated)\s+(?P<target>(?:[A-Z][\w&'’.-]*\s+){1,3}?)?(?:as\s+|among\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|top|No\.\s?\d+|number\s+\w+|\d+(?:st|nd|rd|th))\b"
                      r"(?:\s+(?:in|for|among|by)\s+(?P<market>[^,.;]{3,90}?))?(?=\s*(?:[,;]|\.(?!\d)|$|\s+(?:in\s+(?:the\s+)?(?:first|second|third|fourth|\d{4})|behind|ahead|by|as|in\s+a\s+report)\b))")
_RANK_CUE = plain(r"\b(?:ranked|ranks|ranking|placed|rated|(?:is|was|are|were)\s+(?:among|one\s+of)\s+the\s+top|among\s+the\s+top)\b", re.I)
_CHIP_AFTER = plain(r"\s*(?:[\w-]+\s+){0,2}?(?:GPUs?|chips?|accelerators?|processors?|superchips?|CPUs?|NPUs?|TPUs?|servers?|systems|racks?)\b")
_FROM_FIGURE = plain(r"\bfrom\s+(?:about\s+|around\s+)?(?:[€$¥₹£₩]|RMB|Rs\.?\s?)?\d")
_THE_THING = plain(r"\b(?:the|its)\s+(?:model|platform|app|chatbot|assistant|service|tool)\b", re.I)
_WHEN = plain(r"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ff]rom)\s+(?P<when>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)")


# A name that only says where a data centre stands is a site, never a user of hardware: "opened a
# GPU service in its Espoo data centre, built on NVIDIA H100 GPUs" (probe13 Tietoevry), "the GPUs
# live mainly in the Ishikari data centre in Hokkaido" (probe13 Sakura). Invented: "Acme runs the
# cluster at its Tromso campus, powered by B200 chips."
_SITE_BEFORE = plain(r"\b(?:in|at|near|inside)\s+(?:its|the|their|our|a|an)?\s*$", re.I)
_SITE_AFTER = plain(r"\s+(?:data[\s-]?(?:cent(?:re|er)|hall)s?|campus(?:es)?|facilit(?:y|ies)|sites?|region|hub|cluster)\b", re.I)


# a clause opening with the system itself: "The first cluster", "Its GPU fleet", "The new system"
_THE_SYSTEM = plain(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:the|its|our)\s+(?:(?:first|new|initial|second|existing|current|next)\s+)?(?:GPU\s+)?"
                    r"(?:cluster|clusters|system|systems|supercomputer|fleet)\b[^,;]*$", re.I)


def _is_site(text: str, m) -> bool:
    """Whether the mention `m` names only a site ("in its Espoo data centre")."""
    return bool(_SITE_BEFORE.search(text, max(0, m.start - 14), m.start) and _SITE_AFTER.match(text, m.end))


def _mention_near(ctx: SentenceContext, a: int, b: int, pos: int, kinds, side: str):
    ms = [m for m in ctx.mentions if a <= m.start < b and m.kind in kinds]
    if side == "after":
        return next((m for m in ms if m.start >= pos), None)
    before = [m for m in ms if m.end <= pos]
    return before[-1] if before else None


# "the AI200 and AI250", "A, B and the C": names joined to the one before (a maker's name may
# stand before each: "the Qualcomm AI200 and Qualcomm AI250")
_JOIN = plain(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+|its\s+|a\s+|an\s+)?\s*")


def _coordinated(ctx: SentenceContext, first, b: int, kinds) -> list:
    """The mentions of `kinds` coordinated with `first` before `b`: each joined to the one before
    by a comma or "and", with at most a company's name (its maker) between."""
    out, prev, t = [], first, ctx.text
    for m in ctx.mentions:
        if m.start < prev.end or m.kind == "Company":
            continue
        if m.start >= b or m.kind not in kinds:
            break
        gap = t[prev.end:m.start]
        makers = [c for c in ctx.mentions if c.kind == "Company" and prev.end <= c.start and c.end <= m.start]
        for c in makers:
            gap = gap.replace(c.text, " ")
        if not _JOIN.fullmatch(gap.rstrip() + " ") and not _JOIN.fullmatch(gap):
            break
        out.append(m)
        prev = m
    return out


# The range a guidance revision replaced: the values after "previously" or "from" in the clause of
# the change are the previous guidance, kept on the claim with basis "previous guidance" beside the
# new range. Seen: "to be in the range of -3% to -2% (previously -2% to +1%)" and "12.8-13.3%
# (previously 13.0-14.0%)" (probe13 Tietoevry), "trimmed its target … to 80 MW outside Singapore,
# from 100 MW" (probe11 Singtel), "lifted its … forecast to between 6% and 9%, from 5% to 9%
# previously" (probe5 04; the range before "previously"). Invented: "Acme now expects sales of
# $4.1bn to $4.3bn (previously $4.0bn to $4.4bn)."
_PREVIOUS_AT = plain(r"\(\s*previously\b|\bpreviously\s+(?=[-+(]?\d|[$€£¥])|\bfrom\s+(?:its\s+|the\s+|an?\s+)?(?:previous(?:ly)?\s+|earlier\s+|prior\s+|original\s+)?"
                     r"(?:(?:forecast|guidance|outlook|range|target|estimate)\s+(?:of\s+)?)?(?=(?:about\s+|around\s+|between\s+)?[-+]?(?:[$€£¥]|[A-Z]{3}\s?)?\d)", re.I)
_PREVIOUS_TAIL = plain(r"\b(?:from|compared\s+with|against)\s+(?:between\s+)?(?P<range>[^,;()]{1,40}?)\s+previously\b", re.I)
PREVIOUS_BASIS = "previous guidance"
_RANGE_JOIN = plain(r"\s*(?:to|and|-|–)\s*", re.I)


# rule guidance-change-needs-values: a guidance change is a company's own outlook (a guidance noun
# or "expects", not an analyst's price target) that a change verb acts on ("raised its full-year
# revenue forecast", predicate raise-/cut-guidance), or that is stated with its new value and the
# previous one after it ("expects net sales … of about SEK 8.5 billion (previous outlook: about SEK 8
# billion)", probe25 04; "revises … revenue guidance … to between S$400 million and S$420 million,
# from the previous guidance of …", probe22 05). A comparison with a year earlier is no previous
# guidance: "revenue of US$266.2 million, up 31% from US$203.2 million a year earlier and near the
# top of its guidance range" (probe25 08b, an actual); nor is a start value alone: "has set a 2030
# target for … revenue to reach half of group revenue, from about 41% in FY2025" (probe25 03);
# nor a broker's target: "Price target: $84 (from $72)" (probe23 06). Invented: "Acme expects
# revenue of $5 billion, up from $4 billion a year earlier" (no change of guidance).
_YEAR_AGO = plain(r"\bfrom\s+[^,;()]{0,50}?\s+(?:a|one|the)\s+year\s+(?:earlier|ago|before)\b|\b(?:a|one|the)\s+year\s+(?:earlier|ago|before)\b"
                  r"|\b(?:prior|previous|last)[- ]year\b|\bsame\s+(?:period|quarter|time)\b", re.I)
_PRICE_BEFORE = plain(r"\b(?:price|share|stock)\s*$", re.I)
_FIGURE_ROLES = ("amount", "percent", "growth", "share", "count")


def _guidance_change(clause: str, predicate: str, values: list) -> bool:
    """Whether the clause states a change of the company's guidance (rule guidance-change-needs-values)."""
    gm = next((m for m in _GUIDANCE.finditer(clause) if not _PRICE_BEFORE.search(clause, 0, m.start())), None)
    if gm is None:
        return False
    if predicate in ("raise-guidance", "cut-guidance"):
        return True
    after = [x for x in values if x.role in _FIGURE_ROLES and x.text and clause.find(x.text, gm.start()) >= 0]
    if len(after) < 2:
        return False   # no new value beside the previous one
    rest = _YEAR_AGO.sub(" ", clause)
    return bool(_PREVIOUS.search(rest) or _FROM_FIGURE.search(rest))


def _mark_previous(clause: str, values: list) -> None:
    """Mark, in place, the claim values of a guidance change's clause that are the previous
    guidance (basis "previous guidance")."""
    spans, opens = [], []
    m = _PREVIOUS_AT.search(clause)
    if m is not None:
        close = clause.find(")", m.end()) if m.group(0).startswith("(") else -1
        if close >= 0:
            spans.append((m.end(), close))   # "(previously A to B)": all of the bracket
        else:
            opens.append(m.end())            # "from A", "from A to B": the value right after and its range partner
    t = _PREVIOUS_TAIL.search(clause)
    if t is not None:
        spans.append((t.start("range"), t.end("range")))
    if not spans and not opens:
        return
    at, placed = 0, []
    for i, x in enumerate(values):
        pos = clause.find(x.text, at) if x.text else -1
        if pos < 0:
            continue
        at = pos + len(x.text)
        placed.append((i, pos, at))
    marked: set[int] = set()
    for i, pos, end in placed:
        if any(a <= pos < b for a, b in spans):
            marked.add(i)
    for o in opens:
        first = next(((i, pos, end) for i, pos, end in placed if o <= pos <= o + 12), None)
        if first is None:
            continue
        marked.add(first[0])
        nxt = next(((i, pos, end) for i, pos, end in placed if pos >= first[2]), None)
        if nxt is not None and _RANGE_JOIN.fullmatch(clause, first[2], nxt[1]):
            marked.add(nxt[0])
    for i in marked:
        x = values[i]
        if x.role in ("amount", "growth", "percent", "share", "count") and not x.basis:
            values[i] = x.model_copy(update={"basis": PREVIOUS_BASIS})


# rule usage-needs-usage-count: a usage metric is a count of users, subscribers, customers … : the
# count's own noun is a usage noun ("165 million mobile subscribers", "more than 27,000 customers"),
# or the clause opens with the usage noun the bare count measures ("Subscribers to … reached about
# 48,000", "The number of customers passed 615 000", a table row "… broadband subscribers 6.1 lakh").
# A count of something else in a clause that names users or customers is none: "an 8-billion-parameter
# base model, for government and banking clients" (probe22 04 Batelco), "A further 6 MW … with two
# public-sector research users" (probe23 02 Bahnhof), "Rp 120 miliar …, including the purchase of 256
# graphics processing units (GPU) that customers can use" (probe25 02 Metrodata), "MSEK 498 (520) as
# electronics assembly customers …" (probe25 04 Mycronic), "over 4.500 companies and public
# administrations" (probe22 03 Retelit: clients named apart from the count); nor is a count of
# prospects, a target: "at least 30 prospective customers in FY2026" (probe20 06 Rapidus). Invented:
# "The 40-seat lab serves 12 customers" (a usage count), "a 96-GPU cluster for its customers" (none).
_USAGE_NOUN = plain(r"(?:(?:monthly|daily|weekly)\s+)?(?:active\s+|paying\s+|registered\s+|mobile\s+|fixed\s+|broadband\s+|enterprise\s+|business\s+|cloud\s+|new\s+|total\s+|retail\s+|postpaid\s+|prepaid\s+)*"
                    r"(?:users|subscribers|subscriptions|downloads|customers|clients|developers|accounts|members|MAUs?|DAUs?|tokens)$", re.I)
_NOT_YET = plain(r"\b(?:prospective|potential|targeted|target|planned|future|expected)\b", re.I)
_USAGE_OPENS = plain(r"^\W*(?:(?:the|its|our|their)\s+)?(?:(?:number|count|base|total)\s+of\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:users|subscribers|subscriptions|downloads|customers|clients|developers|accounts|members|MAUs?|DAUs?)\b", re.I)

_USED_TIMES = plain(r"\b(?:downloaded|installed|streamed|played|viewed|used)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?$", re.I)
_SCALE_ONLY = frozenset(("lakh", "lakhs", "crore", "crores", "thousand", "million", "mn", "billion", "bn"))  # a scale word read as the unit: a bare count


def _usage_count(x: r.ClaimValue, clause: str) -> bool:
    """Whether the claim value `x` is a usage count (rule usage-needs-usage-count)."""
    if x.role != "count" or _NOT_YET.search(x.text):
        return False
    for noun in (x.unit, x.measure):   # the count's own noun, or the measure a row label names
        if noun and _USAGE_NOUN.search(noun) is not None:
            return _NOT_YET.search(noun) is None
    at = clause.find(x.text)
    if x.unit == "times":   # "has been downloaded 2.3 million times": the verb names the usage
        return at > 0 and _USED_TIMES.search(clause, 0, at) is not None
    if x.unit and x.unit.lower() not in _SCALE_ONLY:
        return False
    return at > 0 and _USAGE_OPENS.match(clause[:at]) is not None


def relations(ctx: SentenceContext, a: int, b: int, subject: r.EntityRef, predicate: str,
              values: list[r.ClaimValue], last_thing: r.EntityRef | None = None,
              reason: Reason | None = None) -> tuple[list[r.ClaimRelation], r.EntityRef]:
    """The typed relations the clause [a, b) states, and the claim's subject (a ranking is about
    the company ranked, not the firm ranking it). `reason` is the clause's cause (`reasons.read`)."""
    t = ctx.text
    clause = t[a:b]
    low = clause.lower()
    has = lambda words: any(map(low.__contains__, words))  # noqa: E731
    out: list[r.ClaimRelation] = []
    rank = next((x for x in values if x.role == "rank"), None)
    if rank is not None:
        m = _RANK_BY.search(clause)
        target = None
        if m and m.group("target"):
            pos = a + m.start("target")
            x = next((x for x in ctx.mentions if x.start == pos), None)
            target = ref(x) if x is not None else None
        if target is None and re.search(r"\b(?:it|the\s+company|the\s+group)\b", clause[:clause.find(rank.text) if rank.text in clause else len(clause)], re.I):
            target = ctx.state.main_company
        src = sources(t)
        cm = _RANK_CUE.search(clause)
        if target is None and cm is not None:
            # "According to research firm Gartner, Hitachi ranks among the top three …": the name
            # before the verb that is not the source the ranking is attributed to
            cue = a + cm.start()
            named = [x for x in ctx.mentions if a <= x.start < cue and x.kind in _ORG_KINDS and not in_source(t, x.start, src)]
            if named:
                target = ref(named[-1])
        firm = next((ref(x) for x in ctx.mentions if a <= x.start < b and (x.kind == "Organization" or in_source(t, x.start, src))
                     and (target is None or x.label != target.label)), None)
        if target is None and subject.kind != "Organization":
            target = subject
        if target is not None:
            out.append(r.ClaimRelation(kind="ranking", target=target, agent=firm,
                                       detail=" ".join(m.group("market").split()) if m and m.group("market") else None))
            subject = target
    for rule in RULES:
        cm = rule.cue.search(clause) if has(rule.gate) else None
        if cm is None:
            continue
        pos = a + (cm.end() if rule.target_side == "after" else cm.start())
        side = rule.target_side
        if rule.kind == "launch" and re.search(r",\s*$", clause[:cm.start()]):
            side = "before"  # "the MX-900 accelerator, launched in July, …"
        x = _mention_near(ctx, a, b, a + (cm.end() if side == "after" else cm.start()), rule.target_kinds, side)
        quoted = QUOTED_LAUNCH.pattern.match(clause, cm.end()) if rule.kind == "launch" and side == "after" else None
        if quoted is not None and (x is None or x.start < a + quoted.end("name") and len(x.text) < len(quoted.group("name"))):
            # 'launched "Nova Desk", an assistant …': the quoted name, not a shorter name inside it
            x = Mention(a + quoted.start("name"), a + quoted.end("name"), "Product", quoted.group("name"), quoted.group("name"), source="quoted-launch")
        if x is None and rule.kind == "launch":  # "the MX-900, launched in July": named before the verb
            x = _mention_near(ctx, a, b, a + cm.start(), rule.target_kinds, "before")
        if x is None or ref(x) == subject and rule.kind != "launch":
            continue
        if rule.kind == "launch":
            w = _WHEN.search(clause)
            for y in [x] + (_coordinated(ctx, x, b, rule.target_kinds) if side == "after" else []):
                agent = subject if ref(y) != subject and subject.kind in ("Company", "Segment") else products.maker(ctx, y)
                out.append(r.ClaimRelation(kind="launch", target=ref(y), agent=agent, when=w.group("when") if w else None))
                ctx.state.last_launch = (ctx.paragraph, ref(y))
                if agent is not None and subject == ref(y):
                    subject = agent  # a launch is about its launcher ("Tessel X2, a chip introduced in May")
        elif rule.kind == "stake_deal":
            if re.search(r"\b(?:to|from)\b", t[a + cm.end():x.start]):
                continue  # "a 51% stake in its unit Altera to private-equity firm Silver Lake": the buyer
            out.append(r.ClaimRelation(kind="stake_deal", target=ref(x), detail="sell" if _SELL.search(clause[:cm.start()]) else "buy"))
        elif rule.kind == "hardware":
            if verbs.sense("hardware", cm).name == "using" and not _CHIP_AFTER.match(t, x.end):
                continue  # "using" a platform or a service is not running on hardware
            user = _mention_near(ctx, a, b, a + cm.start(), ("Project", "AIModel", "Product", "Application"), "before")
            if user is None and ctx.state.compute_unit is not None and _THE_SYSTEM.match(clause[:cm.start()]):
                agent = ctx.state.compute_unit   # "The first cluster uses …": the GPU cloud the text introduced
                out.append(r.ClaimRelation(kind="hardware", target=ref(x), agent=agent))
                subject = agent if subject.kind == "Company" else subject
                continue
            if user is not None and _is_site(t, user):
                user = None   # "in its Espoo data centre, built on …": where the hardware stands, not who uses it
            agent = ref(user) if user is not None else subject
            if user is None and any(_is_site(t, m) and ref(m) == subject for m in ctx.mentions if a <= m.start < b):
                agent = ctx.state.main_company   # the clause's subject read as the site: the company's
                if agent is None:
                    continue
                subject = agent
            if agent == products.maker(ctx, x):  # "GPU instances based on Nvidia H100": its maker is not its user
                agent = ctx.state.main_company if ctx.state.main_company != agent else None
                if agent is None:
                    continue
                subject = agent if subject.kind == "Company" else subject
            out.append(r.ClaimRelation(kind="hardware", target=ref(x), agent=agent))
        else:
            out.append(r.ClaimRelation(kind=rule.kind, target=ref(x)))
    po = PARTNER_OF.pattern.search(clause) if has(PARTNER_OF.gate) and not any(x.kind == "partnership" for x in out) else None
    if po is not None:
        # "as the official timing partner of the Nordic Ski Cup", "a global partner of A and B"
        for k in ("name", "name2"):
            if po.group(k):
                at = a + po.start(k)
                x = next((m for m in ctx.mentions if m.start == at), None)
                if x is None or x.kind not in _ORG_KINDS:
                    continue   # a name no recogniser knows ("partner of the Nordic Ski Cup") stays in the claim
                target = ref(x)
                if target != subject:
                    out.append(r.ClaimRelation(kind="partnership", target=target))
    if has(_GATES["guidance"]) and _guidance_change(clause, predicate, values):
        up, down = _RAISE.search(clause), _CUT.search(clause)
        detail = "raise" if up and not down else "cut" if down and not up else "change"
        if detail == "change" and len([x for x in values if x.role == "amount"]) >= 2:
            amts = [x.value for x in values if x.role == "amount" and x.value is not None]
            detail = "raise" if amts[0] > amts[-1] else "cut" if amts[0] < amts[-1] else "change"
        out.append(r.ClaimRelation(kind="guidance_change", detail=detail))
        _mark_previous(clause, values)
    um = _USAGE.search(clause) if any(_usage_count(x, clause) for x in values) else None
    if um:
        metric = um.group("metric").lower()
        metric = "downloads" if metric == "downloaded" else metric
        thing = _mention_near(ctx, a, b, a, _THING_KINDS, "after")
        if thing is None and last_thing is not None and _THE_THING.search(clause):
            thing = last_thing
        launched = ctx.state.last_launch
        if launched is not None and launched[0] == ctx.paragraph and USES_IT.pattern.search(clause):
            thing = launched[1]   # "Tally launched Tally Plus. 2 million users tried it": the product just launched
        target = (ref(thing) if not isinstance(thing, r.EntityRef) else thing) if thing is not None else subject
        out.append(r.ClaimRelation(kind="usage", target=target, detail=metric))
    lm = _LINE.search(clause) if has(_GATES["line"]) else None
    if lm:
        out.append(r.ClaimRelation(kind="accounting_line", detail=" ".join(lm.group("line").lower().split())))
    if reason is not None:
        out.append(r.ClaimRelation(kind="reason", detail=reason.cause, measure=reason.measure, direction=reason.direction))
    return out, subject
