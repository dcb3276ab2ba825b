"""Relations between two entities read from a clause's structure and the verb-class lexicon.

For each trigger of a `verb_classes.VerbClass` in a sentence:

* active voice ("Orvane acquired Pellmark", "Orvane, which acquired Pellmark, …"): the agent is
  the clause's subject (the first organisation named in the clause before the verb, the
  antecedent of a relative clause, or the article's company for "it" / "the company"), the
  patient the name after the verb (or after the class's `object_after` word: "supplies … to X");
* passive voice ("Pellmark, owned by Orvane and Harrow", "is majority owned by Orvane"): the
  patient is the clause's subject (or the name an apposition follows), the agents are the names
  after "by", coordinated ("A, B and C");
* names are organisations the recogniser found, or capitalised names in the slot the structure
  gives (a discovered name: the caller adds it as an entity); a reading needs at least one side
  the recogniser or the article knows;
* the clause's amount and stake percent ride along: a stake percent before the patient ("a 55%
  stake in X") and the amount after a deal-value phrase ("valuing the business at …").

`apply` turns the readings into what the schema has: a stake deal's buyer and value on its claim
(kg:StakeDeal), a shareholding (kg:StakeHeld), else a kg:Claim with the class's predicate and the
other side as its object. Pure functions of the sentence and its mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .. import records as r
from ..pattern_cache import plain
from .clauses import clause_at, in_source, sources, split
from .relations import SentenceContext, ref
from .verb_classes import ASSET_NOUNS, CLASSES, DEAL_VALUE, ORGS, VerbClass

_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:&\s+|de\s+|of\s+)?[A-Z0-9][\w&.'’-]*){0,4}"
_NAME_RX = plain(_NAME)
# words that open a sentence or an adverbial, never a company's name on their own
_STOP = frozenset("""The A An In On At For Its It Their This That These Those Under After Before Since During Last Next
Earlier Later Separately Meanwhile However Both Each Every Our We They He She Of And Or But By To From With As Once While
When Where If Although Though Because Until So Yet Also Now Then Still Even Many Most Some All Analysts Investors
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO Chief Group Board Company Mr Ms Dr""".split())
_NOT_ORG = ("Person", "Country", "City", "Region", "Product", "AIModel", "ModelFamily", "Currency", "Measure", "CostItem")
# after an acquired name, a product noun: "bought Corvane GPUs" buys hardware, not the company
_GOODS_AFTER = plain(r"\s*(?:[\w-]+\s+)?(?:GPUs?|chips?|shares|stock|products?|servers?|accelerators?|hardware|equipment|licen[cs]es?|software|devices?|processors?|capacity|bonds?|notes)\b")
# the slot of an acquired or sold company: "a 55% stake in X", "the remaining shares of X", "control of X"
_DESCRIPTOR = r"(?:(?!(?:to|of|in|for|from|with|by|at|on|and|or)\s)[a-z][\w-]*\s+)"
_STAKE_SLOT = plain(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:about|around|roughly|nearly|some|further|additional|remaining|majority|minority|controlling|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?per\s?cent)\s+){0,3}"
                    r"(?:(?:(?:stake|interest|holding|shares?|share\s+capital|control|rest|all|ownership)\s+)?(?:in|of)\s+(?:(?:the|its)\s+)?" + _DESCRIPTOR + r"{0,3}?)?(?:(?:the|its)\s+" + _DESCRIPTOR + r"{0,4}?)?(?=[A-Z])")
_STAKE_PCT = plain(r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s+(?:stake|interest|holding|of)\b")
_BY_SLOT = plain(r"\s+(?:(?:the|a|an|its)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w.-]*['’]s)\s+){0,5}?(?=[A-Z])")
_JOIN = plain(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:(?:the|a|an|its)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w.-]*['’]s)\s+){0,4}?(?=[A-Z])")
# "it", "the company" as the clause's subject, after at most a short time adverbial ("In May the company …")
_PRONOUN = plain(r"\s*(?:(?:in|on|at|during|by|since|last|this|earlier|later)\s+(?:[\w-]+\s+){0,3}?)?(?:it|the\s+(?:company|group|firm|operator|business)|they)\b", re.I)
_RELATIVE = plain(r",\s+(?:which|who|that)\s", re.I)
_TO = plain(r"\s+to\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w.-]*['’]s)\s+){0,3}?(?=[A-Z])")
_VALUE_BEFORE = plain(DEAL_VALUE, re.I)
# an asset a company builds or runs: a clause's subject "The 120 MW plant …" is the one named last
_ASSET = "(?:" + "|".join(n.replace(" ", r"\s+").replace("centre", "cent(?:re|er)") for n in ASSET_NOUNS) + ")"
_ASSET_AFTER = plain(rf"\s+(?:[\w-]+\s+){{0,2}}?{_ASSET}\b", re.I)
_THE_ASSET = plain(rf"\s*(?:the|its)\s+(?:[\w-]+\s+){{0,6}}?{_ASSET}\b", re.I)
_NEXT_WORD = plain(r" ([a-z][\w-]*)\b")
# words that may follow a party's name (a verb, a preposition, a legal form), not a noun it modifies
_FOLLOWERS = frozenset("""and or in on at for to of from with as by since is was are were has have had will would said says
says which that who whose last this earlier later also now itself plc inc ltd llc ag sa nv bv gmbh asa ab oyj spa se co corp
agreed plans plan may could should can cannot does did not reported announced completed holds owns runs""".split())
_PAST_MODIFIER = plain(r"\s+(?:(?!(?:to|of|in|for|from|with|by|at|on|and|or)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# "for $225 million", "for about ¥50 billion": a deal's price
_PRICE_BEFORE = plain(r"\bfor\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$", re.I)
_PAID = plain(r"\bpa(?:id|ys|ying)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
# "… of Hewlett Packard Enterprise", "… from Intel": who the bought company or stake came from
_FROM = plain(r"\s+(?:from|of)\s+(?:(?:the|its)\s+)?(?:(?!(?:to|of|in|for|from|with|by|at|on)\s)[a-z][\w-]*\s+){0,2}?(?=[A-Z])")
# ", which Orvane bought for …": an object relative clause, its subject the buyer
_OBJECT_RELATIVE = plain(r",\s+(?:which|that)\s+$", re.I)
_PREP_BEFORE = plain(r"\b(?:near|in|at|from|of|for|with|on|by|to|into|outside|across)\s+(?:the\s+)?$", re.I)
_ABBREV = frozenset(("Inc.", "Co.", "Corp.", "Ltd.", "Bros.", "St.", "Mr.", "Dr.", "U.S.", "U.K."))
_GOODS_NAME = plain(r"(?:[A-Z]{2,}s|GPUs?|CPUs?|TPUs?|NPUs?|Chips?)")
_NEGATED = plain(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$", re.I)
# what may stand between a passive's patient and its verb: an apposition (", the Kumamoto foundry"),
# a relative clause's start (", which trades as Vivo and"), an auxiliary ("has been")
_PATIENT_GAP = plain(r"(?:,?\s*(?:Inc|Ltd|Corp|Co|plc|AG|SA|ASA|AS|NV|BV|LLC|GmbH|AB|Oyj|SpA|SE)\b\.?)?(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:a|an|the|its)\s+)?(?:[\w'’&.-]+\s+){0,10}?|\s*,\s*(?:which|that|who)\s+(?:[\w-]+\s+){0,6}?)?"
                    r"(?:\s*(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|became|becomes)\s+(?:now\s+|also\s+|itself\s+|still\s+)?)?\s*")


@dataclass(frozen=True)
class Side:
    ref: r.EntityRef
    start: int
    end: int
    known: bool          # the recogniser or the article named it (else a discovered name)


@dataclass(frozen=True)
class Reading:
    cls: VerbClass
    trigger: tuple[int, int]
    agents: tuple[Side, ...]
    patients: tuple[Side, ...]
    stake: str | None = None       # a stake percent the clause gives ("a 55% stake")
    value_at: int | None = None    # where the deal's value is written (an amount after "valuing … at")
    price_at: int | None = None    # where its price is written ("for $225 million")
    seller: Side | None = None     # who sells, when the clause names them ("sold … to", "bought … from X")


@lru_cache(maxsize=None)
def _triggers() -> tuple[tuple[VerbClass, re.Pattern | None, re.Pattern | None], ...]:
    out = []
    for c in CLASSES:
        a = plain(rf"(?<![\w-])(?:{c.active})(?![\w-])", re.I) if c.active else None
        p = plain(rf"(?<![\w-])(?:{c.passive})(?![\w-])", re.I) if c.passive else None
        out.append((c, a, p))
    return tuple(out)


@lru_cache(maxsize=8192)   # (per sentence text: a feed restates its sentences, values._CACHE_SIZE)
def _gated_triggers(low: str) -> tuple[tuple[VerbClass, re.Pattern | None, re.Pattern | None], ...]:
    """The `_triggers()` whose verb class has a gate word in `low` (a lower-cased sentence), in order."""
    return tuple(tr for tr in _triggers() if any(map(low.__contains__, tr[0].gate)))


def _org_mention(ctx: SentenceContext, start: int):
    return next((m for m in ctx.mentions if m.start == start), None)


def _modifier(t: str, end: int) -> bool:
    """Whether the name ending at `end` modifies a noun after it ("the Sharp site", "its Argentine
    unit", "Nvidia's processors", "the Belgian state"): then it names no party to the relation."""
    if t.startswith(("'s", "’s"), end) or re.match(r" [A-Z][a-z]*[A-Z]?\w*\b(?! (?:and|or)\b)", t[end:end + 20]) and not re.match(r" (?:[A-Z]\w*\s+)?(?:said|says|and|In|On|At)\b", t[end:end + 20]):
        return True   # "Nvidia's processors", "the Dell AI Factory": part of a longer name
    w = _NEXT_WORD.match(t, end)
    return w is not None and w.group(1).lower() not in _FOLLOWERS and not w.group(1).endswith("ed")


def _name_at(ctx: SentenceContext, pos: int, look_past: bool = True, subject: bool = False) -> Side | None:
    """The organisation named at `pos`: a mention of the recogniser, else a capitalised name; a name
    that only modifies a noun ("the Oslo energy group Hafslund") gives way to a name right after.
    A clause's subject is followed by its verb ("Orvane sold"): only a possessive makes it a modifier."""
    side = _name_here(ctx, pos)
    if side is None:
        return None
    if subject:   # (a discovered name before a noun is an adjective: "Spanish defence group X")
        modifies = _modifier(ctx.text, side.end) if not side.known else ctx.text.startswith(("'s", "’s"), side.end)
        return None if modifies else side
    if not _modifier(ctx.text, side.end):
        return side
    nxt = _PAST_MODIFIER.match(ctx.text, side.end) if look_past else None
    return _name_at(ctx, nxt.end(), False) if nxt is not None else None


def _name_here(ctx: SentenceContext, pos: int) -> Side | None:
    m = next((m for m in ctx.mentions if m.start <= pos < m.end), None)
    if m is not None:
        if m.kind not in ORGS:
            return None
        return Side(ref(m), m.start, m.end, True)
    n = _NAME_RX.match(ctx.text, pos)
    if n is None:
        return None
    words = n.group(0).split()
    poss = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if poss is not None:
        words = words[:poss + 1]   # "Itaú's 50% stake": the name ends at its possessive
        words[-1] = words[-1][:-2]
    if any(w.endswith(".") and w not in _ABBREV for w in words[:-1]) or _GOODS_NAME.fullmatch(words[0]):
        return None   # "No. In July X": a sentence's end inside the run; "GPUs": goods, no name
    while words and words[-1].rstrip(".,") in _STOP | {"and", "of", "de", "&"}:
        words.pop()
    if not words or words[0] in _STOP or (len(words) == 1 and len(words[0]) < 3):
        return None
    label = " ".join(words).rstrip(".,")
    label = re.sub(r"['’]s$", "", label)
    end = pos + len(label)
    inner = [x for x in ctx.mentions if pos <= x.start < end]
    if any(x.kind in _NOT_ORG for x in inner):
        return None
    return Side(r.EntityRef(kind="Company", label=label), pos, end, False)


def _names_after(ctx: SentenceContext, pos: int, limit: int, slot: re.Pattern) -> list[Side]:
    """The first name after `pos` the slot leads to, and the names coordinated with it."""
    t = ctx.text
    s = slot.match(t, pos)
    if s is None:
        return []
    first = _name_at(ctx, s.end())
    if first is None or first.start >= limit:
        return []
    out, anded = [first], False
    while True:
        j = _JOIN.match(t, out[-1].end)
        if j is None or j.end() >= limit:
            break
        glue = j.group(0)
        if "," in glue and not re.fullmatch(r"\s*,\s*(?:and\s+)?(?:the\s+)?", glue):
            break   # ", a US-based consulting partner": an apposition, not a list
        nxt = _name_at(ctx, j.end())
        if nxt is None:
            break
        anded = anded or " and " in glue or glue.strip().startswith("and")
        out.append(nxt)
        if anded:
            break
    if len(out) > 1 and not anded:
        out = out[:1]   # "A, B" with no "and": an apposition or a place, not coordinated parties
    return out


def _subject(ctx: SentenceContext, trig: int, clauses) -> Side | None:
    """The clause's subject before the verb at `trig`: the antecedent of a relative clause, the first
    organisation named in the clause, or the article's company for "it" / "the company"."""
    t = ctx.text
    c = clause_at(clauses, trig)
    if c.kind == "embedded" and _RELATIVE.match(t, c.start):
        outer = clause_at(clauses, max(0, c.start - 1))
        cands = _orgs_in(ctx, outer.start, c.start, subject=False)
        return cands[-1] if cands else None
    a = c.fronted[1] if c.fronted else c.start
    if c.kind == "coordinate" and _PRONOUN.match(t, a) is None and not _orgs_in(ctx, a, trig):
        return None
    if _PRONOUN.match(t, a) and not _orgs_in(ctx, a, trig):
        main = ctx.state.main_company
        return Side(main, a, a, True) if main is not None else None
    cands = _orgs_in(ctx, a, trig)
    if cands:
        return cands[0]
    last = ctx.state.last_asset
    if last is not None and last[0] == ctx.paragraph and _THE_ASSET.match(t, a):
        # "… its Sun Central cluster. The 120 MWp solar plant will supply …": the asset named last
        return Side(last[1], a, a, True)
    return None


def _orgs_in(ctx: SentenceContext, a: int, b: int, subject: bool = True) -> list[Side]:
    """The organisations named in [a, b) outside brackets and sources; for a subject, not those a
    preposition governs ("the plant near De Aar")."""
    t, out, at = ctx.text, [], a
    srcs = sources(t)
    while at < b:
        m = re.compile(r"[A-Z]").search(t, at, b)
        if m is None:
            break
        side = _name_at(ctx, m.start(), subject=True)
        if side is not None and side.end <= b:
            if not in_source(t, side.start, srcs) and _depth(t, side.start) == 0 \
                    and (side.known or not re.search(r"\d\s*$", t[max(0, side.start - 3):side.start])) \
                    and not (subject and _PREP_BEFORE.search(t, max(0, side.start - 8), side.start)):
                out.append(side)
            at = max(side.end, m.start() + 1)
        else:
            mm = next((x for x in ctx.mentions if x.start == m.start()), None)
            sp = t.find(" ", m.start(), b)
            at = mm.end if mm is not None else (sp + 1 if sp >= 0 else b)
    return out


def _depth(t: str, pos: int) -> int:
    return t.count("(", 0, pos) - t.count(")", 0, pos)


def read(ctx: SentenceContext) -> list[Reading]:
    """Every relation between two named organisations a verb of the lexicon states in the sentence."""
    t = ctx.text
    out: list[Reading] = []
    clauses = None
    for cls, act, pas in _gated_triggers(t.lower()):
        clauses = clauses or split(t)
        for voice, rx in (("passive", pas), ("active", act)):
            if rx is None:
                continue
            for m in rx.finditer(t):
                if voice == "active" and pas is not None and any(o.trigger[0] <= m.start() < o.trigger[1] for o in out):
                    continue
                c = clause_at(clauses, m.start())
                reading = (_passive if voice == "passive" else _active)(ctx, cls, m, c, clauses)
                if reading is not None:
                    out.append(reading)
    return out


def _passive(ctx, cls, m, c, clauses) -> Reading | None:
    agents = _names_after(ctx, m.end(), c.end, _BY_SLOT)
    if not agents:
        return None
    t = ctx.text
    # "Skarn, a company jointly owned by …", "Telenet, owned by …": the name the apposition follows
    a = c.fronted[1] if c.fronted else c.start
    comma = t.rfind(",", a, m.start())
    if comma >= 0 and not re.search(r"\b(?:is|was|are|were|has\s+been|have\s+been|remains|became|been)\b", t[comma:m.start()]):
        cands = _orgs_in(ctx, a, comma, subject=False)
        patient = cands[-1] if cands else None
    else:
        patient = _subject(ctx, m.start(), clauses)
    if patient is None or any(x.ref == patient.ref for x in agents):
        return None
    if not _PATIENT_GAP.fullmatch(t, patient.end, m.start()):
        return None   # "GPUs in servers supplied by X": the passive is of the noun before it, not of the name
    if not (patient.known or any(x.known for x in agents)):
        return None
    pct = re.match(r"(\d+(?:\.\d+)?)\s?%", m.group(0))
    return Reading(cls, (m.start(), m.end()), tuple(agents), (patient,), stake=pct.group(1) if pct else None)


def _active(ctx, cls, m, c, clauses) -> Reading | None:
    t = ctx.text
    if _NEGATED.search(t, max(0, m.start() - 30), m.start()):
        return None   # "does not buy", "no longer owns"
    end = c.end
    orel = _object_relative(ctx, m, c, clauses) if cls.yields == "stake_deal" else None
    agent = orel[0] if orel else _subject(ctx, m.start(), clauses)
    if agent is None:
        return None
    value_at = price_at = None
    stake = None
    if cls.yields == "stake_deal":
        patients = [orel[1]] if orel else _names_after(ctx, m.end(), end, _STAKE_SLOT)
        patients = [p for p in patients if not _GOODS_AFTER.match(t, p.end)][:1]
        sp = _STAKE_PCT.search(t, m.end(), end)
        stake = sp.group("pct") if sp else None
        if not patients and sp is not None and clause_at(clauses, m.start()).kind == "embedded":
            # "which acquired a 55% stake at …": the stake is in the company the sentence is about
            first = _orgs_in(ctx, 0, m.start())
            patients = [first[0]] if first and first[0].ref != agent.ref else []
        for mm in ctx.moneys:
            if m.start() <= mm.start < end and _VALUE_BEFORE.search(t[max(0, mm.start - 80):mm.start]):
                value_at = mm.start
                break
        for mm in ctx.moneys:
            if m.start() <= mm.start < end and mm.start != value_at and (_PRICE_BEFORE.search(t[max(0, mm.start - 40):mm.start])
                                                                    or _PAID.search(t, max(0, mm.start - 12), mm.start)):
                price_at = mm.start
                break
            if False and _PRICE_BEFORE.search(t[max(0, mm.start - 40):mm.start]):
                price_at = mm.start
                break
        seller = None
        if patients:
            fr = _FROM.match(t, patients[0].end)
            seller = _name_at(ctx, fr.end()) if fr is not None and fr.end() < end else None
        if cls.object_after == "to":   # "sell X to Y": Y buys (the agent of the deal), X the patient
            to = _TO.search(t, m.end(), end)
            buyers = [] if to is None else _names_after(ctx, to.start(), end, _TO)
            if not buyers:
                return None
            seller = agent
            agent = buyers[0]
            patients = [p for p in patients if p.ref not in (agent.ref, seller.ref)]
            if not (agent.known or seller.known):
                return None
            return Reading(cls, (m.start(), m.end()), (agent,), tuple(patients), stake=stake, value_at=value_at,
                           price_at=price_at, seller=seller)
        patients = [p for p in patients if p.ref != agent.ref]
        if not patients or not (agent.known or patients[0].known):
            return None
        return Reading(cls, (m.start(), m.end()), (agent,), tuple(patients), stake=stake, value_at=value_at,
                       price_at=price_at, seller=seller if seller is not None and seller.ref not in (agent.ref, patients[0].ref) else None)
    elif cls.object_after == "to":
        to = _TO.search(t, m.end(), end)
        patients = [] if to is None else _names_after(ctx, to.start(), end, _TO)
    elif cls.name == "finance":
        tail = re.search(r"(?:fund|finance|build|refinance|pay\s+for)\s+(?:(?:the|its|a|an|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])", m.group(0) + t[m.end():end][:80])
        patients = []
        if tail is not None:
            pos = m.start() + tail.end()
            x = next((x for x in ctx.mentions if x.start == pos), None)
            if x is not None and x.kind not in ("Person", "Country", "City"):
                patients = [Side(ref(x), x.start, x.end, True)]
            else:   # a name only this clause gives is what the money builds: a project
                n = _name_at(ctx, pos)
                patients = [Side(r.EntityRef(kind="Project", label=n.ref.label), n.start, n.end, n.known)] if n is not None else []
    else:
        patients = _names_after(ctx, m.end(), end, _STAKE_SLOT)
    patients = [p for p in patients if p.ref != agent.ref]
    if not patients:
        return None
    if not (agent.known or any(p.known for p in patients)):
        return None
    return Reading(cls, (m.start(), m.end()), (agent,), tuple(patients), stake=stake, value_at=value_at)


def _object_relative(ctx, m, c, clauses) -> tuple[Side, Side] | None:
    """", which Orvane bought for …": (the buyer, the company the relative clause is about)."""
    if c.kind != "embedded":
        return None
    t = ctx.text
    subj = _orgs_in(ctx, c.start, m.start(), subject=False)
    if len(subj) != 1 or not _OBJECT_RELATIVE.search(t, c.start, subj[0].start) or t[subj[0].end:m.start()].strip():
        return None
    outer = clause_at(clauses, max(0, c.start - 1))
    cands = _orgs_in(ctx, outer.start, c.start, subject=False)
    return (subj[0], cands[-1]) if cands else None


# ------------------------------------------------------------------ readings -> facts and claims

def _value(ctx: SentenceContext, start: int, measure: str | None) -> r.ClaimValue | None:
    mm = next((x for x in ctx.moneys if x.start == start), None)
    if mm is None:
        return None
    return r.ClaimValue(role="amount", value=mm.value, value_max=mm.value_max, unit=mm.currency,
                        qualifier=mm.qualifier if mm.qualifier in ("at_least", "at_most", "approx") else None,
                        measure=measure, text=mm.text)


def _measure_of_value(ctx: SentenceContext, at: int) -> str:
    head = ctx.text[max(0, at - 80):at].lower()
    return "enterprise value" if "enterprise value" in head else "valuation"


def apply(ctx: SentenceContext, facts: list, claims: list[r.Claim]) -> tuple[list, list[r.Claim], list[r.EntityRef]]:
    """The sentence's facts to add, its claims (a stake deal's claim given its buyer and value, a
    claim per other reading) and the discovered names they name (to add as entities)."""
    readings = read(ctx)
    _note_assets(ctx)
    if not readings:
        return [], claims, []
    new_facts: list = []
    claims = list(claims)
    named: list[r.EntityRef] = []
    for rd in readings:
        if rd.cls.yields == "stake_held":
            for owner in rd.agents:
                for owned in rd.patients:
                    if any(f.kind == "stake_held" and f.holder.label == owner.ref.label and f.company.label == owned.ref.label
                           for f in (*facts, *new_facts)):
                        continue
                    new_facts.append(r.StakeHeld(holder=owner.ref, company=owned.ref,
                                                 stake=rd.stake, evidence=ctx.evidence))
                    named += [s.ref for s in (owner, owned) if not s.known]
            continue
        if rd.cls.yields == "stake_deal":
            claims, more = _stake_deal(ctx, rd, claims)
            named += more
            continue
        # no kind in the schema: a claim with the class's predicate and the other side as its object
        for agent in rd.agents:
            subject, others = (agent.ref, tuple(p.ref for p in rd.patients))
            if any(c.subject == subject and c.predicate == rd.cls.name and set(others) <= set(c.others) for c in claims):
                continue
            vals = tuple(v for v in (_value(ctx, x.start, None) for x in ctx.moneys if rd.trigger[0] - 60 <= x.start < rd.trigger[1] + 80) if v)
            claims.append(r.Claim(subject=subject, predicate=rd.cls.name, others=others, values=vals[:2],
                                  evidence=ctx.evidence))
            named += [s.ref for s in (agent, *rd.patients) if not s.known]
    return new_facts, claims, named


def _note_assets(ctx: SentenceContext) -> None:
    """Remember the asset the sentence names last ("its Sun Central cluster", a Project)."""
    for m in ctx.mentions:
        if m.kind == "Project" or m.kind in ("Company", "Product") and _ASSET_AFTER.match(ctx.text, m.end):
            ctx.state.last_asset = (ctx.paragraph, ref(m))


def _stake_deal(ctx: SentenceContext, rd: Reading, claims: list[r.Claim]) -> tuple[list[r.Claim], list[r.EntityRef]]:
    """A stake deal: the claim the clause already types as one gains its buyer and the deal's value;
    else a new claim typed kg:StakeDeal (a company or stake named), or a plain claim (a sale of a
    unit the clause does not name: "sold its Argentine unit to X for $1bn")."""
    buyer = rd.agents[0]
    target = rd.patients[0] if rd.patients else None
    measure = _measure_of_value(ctx, rd.value_at) if rd.value_at is not None else None
    value_text = _value(ctx, rd.value_at, None).text if rd.value_at is not None else None
    named = [x.ref for x in (buyer, target, rd.seller) if x is not None and not x.known]
    if target is not None:
        i = next((i for i, c in enumerate(claims) for x in c.relations
                  if x.kind == "stake_deal" and x.target is not None and x.target.label == target.ref.label), None)
        if i is not None:
            c = claims[i]
            rels = tuple(x.model_copy(update={"agent": buyer.ref}) if x.kind == "stake_deal" and x.agent is None
                         and x.target is not None and x.target.label == target.ref.label else x for x in c.relations)
            vals = tuple(v.model_copy(update={"measure": measure}) if measure and v.role == "amount" and v.text == value_text else v
                         for v in c.values)
            claims[i] = c.model_copy(update={"relations": rels, "values": vals})
            return claims, named
    side = "sell" if rd.cls.name == "sell" else "buy"
    subject = rd.seller.ref if side == "sell" and rd.seller is not None else buyer.ref
    vals = []
    if rd.stake is not None:
        pm = next((p for p in ctx.percents if p.value == Decimal(rd.stake)), None)
        if pm is not None:
            vals.append(r.ClaimValue(role="percent", value=pm.value, unit="percent", text=pm.text, measure="stake"))
    for at, ms in ((rd.value_at, measure), (rd.price_at, "price")):
        v = _value(ctx, at, ms) if at is not None else None
        if v is not None:
            vals.append(v)
    others = tuple(dict.fromkeys(x.ref for x in (target, buyer, rd.seller) if x is not None and x.ref != subject))
    # a stake deal when the clause gives the stake ("a 55% stake", "60% of X"); a whole company bought
    # ("Orvane acquired Pellmark") stays a claim: an "acquire" with the company as its object
    rel = (r.ClaimRelation(kind="stake_deal", target=target.ref, agent=buyer.ref, detail=side),) \
        if target is not None and rd.stake is not None else ()
    claims.append(r.Claim(subject=subject, predicate=f"{side}-stake" if rd.stake else rd.cls.name, others=others,
                          values=tuple(vals), relations=rel, evidence=ctx.evidence))
    return claims, named


