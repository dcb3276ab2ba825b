"""A clause whose subject is a unit named by a unit word, or a place the company sells in: its
figures are the unit's (issue38u, "unit figure" / "regions": a unit's figure typed on its parent).

Three shapes (`SHAPES` and `NAME_MEASURE`, named records, each met in documents of different sources):

- unit-word-subject: "The restructuring practice grew revenue 58% to £21.7m", "Outside London, the
  Manchester office contributed £33.6m", "The distribution unit contributed Rp 13,6 triliun", "its
  domestic business grew revenue 7.7% to RMB 10.3 billion": a determiner, one to four words naming
  the unit, a unit word (practice, office, division, segment, business, unit, arm), the verb of a
  figure. The unit is a Segment of the article's company named by its words and the unit word
  ("restructuring practice", "Manchester office"; a capitalised name before 'segment' or 'division'
  is the name alone, as unit_lines reads "Technology segment").
- place-subject: "Indonesia contributed S$158.2 million (24.6% of revenue)", "By geographical
  market, the People's Republic of China contributed RM52.20 million (28.0%) of revenue …, Malaysia
  RM34.49 million": a country or region the recogniser reads, then 'contributed' / 'accounted for' /
  'generated' and an amount: the revenue the company made there (a Segment of the place's name),
  its bracketed percent that revenue's share; a later conjunct ", <place> <amount>" gaps the verb.

- name-measure-subject: "Cold Chain Logistics revenue grew to S$231.6 million", "Technology Solutions
  revenue grew 15% to £500 million": a unit's name of capitalised words and a money measure
  (list_lines.unit_measure_label, as a list row's label 'Cloud Hosting revenue' reads), then its verb.

A clause may follow an opening phrase set off by a comma ("Within that segment, …", "Outside London,
…"). Only figures the pipeline gave the article's company move; a figure verb with an amount no reader
typed ('contributed £33.6m') is the unit's revenue. `unit_subject(text)` and `place_clauses(...)`
read (pure); `unit_facts` and `place_facts` make the records (the pipeline calls them).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import records as r
from ..pattern_cache import plain
from .figures import HEAD_RE
from .list_lines import unit_measure_label
from .rule_record import PatternRule

# an opening phrase set off by a comma: "Outside London, ", "Within that segment, ", "By geographical market, "
LEAD_IN = r"(?:(?:Outside|Within|In|At|Across|Among|For|By|Meanwhile|Elsewhere|Separately|Overall)\b[^,;:\n]{0,50},[ \t]+)?"
_WORDS = r"(?P<mods>(?:[\w&'’.-]+[ \t]+){1,4}?)"
_UNIT_WORD = r"(?P<word>practice|office|division|segment|business|unit|arm)"
_DET = r"(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|the[ \t]+(?:group|company|firm)['’]s)"
# the verbs of a unit stating its own figure
_VERB = (r"(?P<verb>grew|contributed|recorded|posted|generated|reported|delivered|booked|brought[ \t]+in|earned|"
         r"rose|increased|fell|declined|slipped|achieved|made|invoiced|turned[ \t]+over)")
# an aside set off by commas, never a name ("Its Kenyan unit, <Name> Ltd, posted …": the name's own clause)
_ASIDE = r"(?:,[ \t]+(?![A-Z])[^,;:\n]{3,80},)?"

SHAPES: tuple[PatternRule, ...] = (
    PatternRule(
        "unit-word-subject",
        rf"^[ \t*]*{LEAD_IN}{_DET}[ \t]+{_WORDS}{_UNIT_WORD}{_ASIDE}[ \t]+(?:also[ \t]+|alone[ \t]+|itself[ \t]+)?{_VERB}\b",
        "a clause opened by a determiner, the words naming a unit and a unit word (practice, office, division, "
        "segment, business, unit, arm), then the verb of a figure: the clause's figures are that unit's",
        ("kindcheck28 units 02_pemberthy_lisle: 'The restructuring practice grew revenue 58% to £21.7m'; 'Outside London, "
         "the Manchester office contributed £33.6m, up from £29.8m' (typed on the firm, or only a claim)",
         "probe25 02_metrodata_indonesian_daily: 'The distribution unit contributed Rp 13,6 triliun' (a claim on the company)",
         "probe14 07_vnet_week_in_review: 'Its domestic business grew revenue 7.7% to RMB 10.3 billion' (the company's revenue)"),
        ("The advisory practice grew revenue 40% to £9.5m. (invented)",
         "Outside Leeds, the Bristol office contributed £4.1m. (invented)")),
    PatternRule(
        "place-subject",
        rf"^[ \t*]*{LEAD_IN}(?:the[ \t]+)?(?P<place>[^,;:\n]{{2,60}}?)[ \t]+(?P<verb>contributed|accounted[ \t]+for|generated|brought[ \t]+in)[ \t]+",
        "a clause opened by a country or region the recogniser reads, then 'contributed' / 'accounted for' / 'generated' "
        "and an amount: the company's revenue there; a bracketed percent after it is that revenue's share; a later "
        "conjunct ', <place> <amount>' gaps the verb",
        ("probe27 07_vitrox_bursa: 'By geographical market, the People's Republic of China contributed RM52.20 million "
         "(28.0%) of revenue in Q3 FY2026, Malaysia RM34.49 million, …' (typed as the company's revenue)",
         "kindcheck28 units 03_tembusu_harbour_ar2025: 'Indonesia contributed S$158.2 million (24.6% of revenue)'; "
         "'Vietnam accounted for S$97.4 million (15.2%)' (claims on the company)"),
        ("Brazil contributed $40 million (12% of revenue). (invented)",)),
)
NAME_MEASURE = PatternRule(
    "name-measure-subject",
    rf"^[ \t*]*{LEAD_IN}(?P<np>[A-Z][^,;:()\n]{{3,80}}?)[ \t]+(?P<verb>rose|grew|increased|climbed|jumped|declined|fell|slipped|"
    rf"was|were|reached|came[ \t]+in[ \t]+at|totall?ed|amounted[ \t]+to)\b",
    "a clause opened by a unit's name of two capitalised words or more and a money measure ('Cold Chain Logistics "
    "revenue', list_lines.unit_measure_label), then its verb: the clause's figures of the company are the unit's, "
    "of that measure; a name the recogniser reads as a company, person or product, or a time ('Fourth-quarter "
    "revenue'), is none",
    ("kindcheck28 units 03_tembusu_harbour_ar2025: 'Cold Chain Logistics revenue grew to S$231.6 million' (the company's "
     "revenue), 'Port Equipment Leasing revenue was S$137.1 million' (the company's 'port equipment leasing revenue')",
     "probe10 ocado_investor_diary: 'Technology Solutions revenue grew 15% to £500 million from £435 million' (the "
     "company's 'technology solutions revenue')",
     "probe17 07_logitech_esports_sponsorship: 'Video Collaboration sales were $165 million, up 3%'"),
    ("Harbour Towage revenue rose 12% to S$80.1 million. (invented)",))
_UNIT_RX = SHAPES[0].rx
_PLACE_RX = SHAPES[1].rx
_GATE = plain(r"\b(?:practice|office|division|segment|business|unit|arm)\b")
_PLACE_GATE = plain(r"\b(?:contributed|accounted\s+for|generated|brought\s+in)\b")
# words that make the noun phrase no unit's name ("the whole business", "the same unit", "the group's …")
_NOT_MOD = frozenset("""a an the this that these its our their whole entire overall same new former combined existing
remaining rest other core total group company firm's group's company's which each every""".split())
_CLAUSE_END = plain(r"[;:]|\.\s|,\s+(?:while|whereas|but)\b")
# a verb that states money brought in: an amount no reader typed is the unit's revenue
_REVENUE_VERB = frozenset(("contributed", "generated", "brought in", "earned", "invoiced", "turned over", "accounted for"))
_PLACE_KINDS = ("Country", "Place")


def unit_subject(text: str) -> tuple[str, str, str, int, int] | None:
    """(the unit's words, its unit word, the verb, where the verb ends, where the clause ends) of a
    sentence rule unit-word-subject opens, else None."""
    if not _GATE.search(text):
        return None
    text = text.replace("\n", " ")
    m = _UNIT_RX.match(text)
    if m is None:
        return None
    mods = m.group("mods").split()
    if any(w.lower() in _NOT_MOD or re.search(r"\d|['’]s$", w) for w in mods):
        return None
    end = _CLAUSE_END.search(text, m.end())
    return " ".join(mods), m.group("word"), " ".join(m.group("verb").split()), m.end(), end.start() if end is not None else len(text)


def unit_label(mods: str, word: str) -> str:
    """The unit's label: a capitalised name before 'segment' or 'division' alone ("Technology"), else
    its words and the unit word ("restructuring practice", "Manchester office")."""
    if word in ("segment", "division") and all(w[:1].isupper() or w == "&" for w in mods.split()):
        return mods
    return f"{mods} {word}"


def _inside(text: str, value_text: str | None, a: int, b: int) -> bool:
    if not value_text:
        return False
    at = text.find(value_text, a)
    return 0 <= at < b


def _move(facts: list, claims: list, text: str, a: int, b: int, to: r.EntityRef, main: r.EntityRef) -> tuple[list, list, bool]:
    moved = False
    out_f, out_c = [], []
    for f in facts:
        if getattr(f, "kind", "") == "observation" and f.subject == main and _inside(text, f.value_text or f.change_text, a, b):
            f = f.model_copy(update={"subject": to})
            moved = True
        out_f.append(f)
    for c in claims:
        vals = [x for x in c.values if x.text and x.role in ("amount", "growth", "share", "percent")]
        if c.subject == main and vals and all(_inside(text, x.text, a, b) for x in vals):
            c = c.model_copy(update={"subject": to})
            moved = True
        out_c.append(c)
    return out_f, out_c, moved


def _revenue(unit: r.EntityRef, money, period, ev) -> r.Observation:
    return r.Observation(subject=unit, measure="revenue", value=money.value, unit=money.currency, value_max=money.value_max,
                         qualifier=money.qualifier, value_text=money.text, period=period, evidence=ev)


def unit_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None, period,
               others_before: bool = False) -> tuple[list, list, r.EntityRef | None]:
    """Rule unit-word-subject: the company's figures in the clause given to the unit (a Segment of the
    company), the clause's first amount its revenue when no figure took it and the verb states money
    brought in. Returns the facts, the claims and the unit (None when the rule does not read).
    `others_before`: the sentence before, in the paragraph, names another company, whose unit "its
    Cloud Services segment" or "the UK unit" may be (kindcheck27 ask 01: two companies' segments of
    the same names; probe8 f02: 'Vodafone Group reported … The UK unit contributed …'): not read."""
    if main is None or others_before:
        return sent_facts, sent_claims, None
    got = unit_subject(ctx.text)
    if got is None:
        return sent_facts, sent_claims, None
    mods, word, verb, a, b = got
    label = unit_label(mods, word)
    sm = next((x for x in ctx.mentions if x.kind == "Segment" and x.text in (mods, f"{mods} {word}")), None)
    if any(x.kind in ("Company", "Person") and x.text in (mods, f"{mods} {word}") for x in ctx.mentions) \
            or label == main.label:
        return sent_facts, sent_claims, None
    unit = r.EntityRef(kind="Segment", label=sm.label if sm is not None else label)
    text = ctx.text.replace("\n", " ")
    facts, claims, moved = _move(sent_facts, sent_claims, text, a, b, unit, main)
    mine = [x for x in ctx.moneys if a <= x.start < b]
    if mine and verb in _REVENUE_VERB and not any(f.kind == "observation" and f.subject == unit and f.value == mine[0].value
                                                  for f in facts):
        facts = [f for f in facts if not (f.kind == "observation" and f.value == mine[0].value)]
        facts.append(_revenue(unit, mine[0], period, ctx.evidence))
        claims = [c.model_copy(update={"subject": unit}) if c.subject == main and any(x.text == mine[0].text for x in c.values)
                  else c for c in claims]
        moved = True
    if not moved:
        return sent_facts, sent_claims, None
    facts.append(r.SegmentOf(segment=unit, company=main, evidence=ctx.evidence))
    return facts, claims, unit


_SHARE_AFTER = plain(r"\s*\((?P<pct>\d{1,2}(?:\.\d+)?)\s?%(?:\s+of\s+(?:group\s+|total\s+)?(?:revenue|sales|turnover))?\)")
# a later conjunct that gaps the verb: ", Malaysia RM34.49 million", ", and Vietnam S$97.4 million"
_GAPPED = plain(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _place_at(ctx, start: int, end: int):
    """The country or region mention that ends text[start:end], the words before it at most a title of
    four words ("People's Republic of" China), or None."""
    return next((x for x in ctx.mentions if x.kind in _PLACE_KINDS and x.end == end and start <= x.start
                 and len(ctx.text[start:x.start].split()) <= 4 and not re.search(r"\d|\b[a-z]+(?:ed|s)\b", ctx.text[start:x.start])), None)


def place_clauses(ctx) -> list[tuple[object, object, object]]:
    """(place mention, its amount, its share percent or None) of each clause rule place-subject reads."""
    if not ctx.moneys or not _PLACE_GATE.search(ctx.text):
        return []
    m = _PLACE_RX.match(ctx.text)
    if m is None:
        return []
    place = _place_at(ctx, m.start("place"), m.end("place"))
    if place is None:
        return []
    first = next((x for x in ctx.moneys if x.start >= m.end()), None)
    if first is None or first.start > m.end() + 12:
        return []
    out = [(place, first, _share(ctx, first))]
    prev = first
    for money in ctx.moneys:
        if money.start <= prev.start:
            continue
        # ", Malaysia RM34.49 million": a place right before the amount, after a list comma
        x = next((x for x in ctx.mentions if x.kind in _PLACE_KINDS and x.end <= money.start
                  and not ctx.text[x.end:money.start].strip() and x.start > prev.end), None)
        if x is None:
            break
        between = ctx.text[prev.end:x.start]
        if _GAPPED.search(between) is None or _CLAUSE_END.search(between):
            break
        out.append((x, money, _share(ctx, money)))
        prev = money
    return out


def _share(ctx, money):
    sm = _SHARE_AFTER.match(ctx.text, money.end)
    if sm is None:
        return None
    return next((p for p in ctx.percents if sm.start() <= p.start < sm.end()), None)


def place_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None, period) -> tuple[list, list, list]:
    """Rule place-subject: each place's amount its revenue (a Segment of the place's name, of the
    company), its bracketed percent that revenue's share; the company's figures of those amounts
    dropped, and the claim stating them given to the first place. Returns facts, claims, the places."""
    if main is None:
        return sent_facts, sent_claims, []
    found = place_clauses(ctx)
    if not found:
        return sent_facts, sent_claims, []
    ev = ctx.evidence
    taken = {money.text for _, money, _ in found} | {p.text for _, _, p in found if p is not None}
    facts = [f for f in sent_facts if not (f.kind == "observation" and f.subject == main
                                           and (f.value_text in taken or f.unit == "percent" and f.value_text in taken))]
    units = []
    for place, money, pct in found:
        unit = r.EntityRef(kind="Segment", label=place.label)
        own = next((f for f in sent_facts if f.kind == "observation" and f.subject == main and f.value_text == money.text), None)
        obs = _revenue(unit, money, (own.period if own is not None and own.period is not None else period), ev)
        facts.append(obs)
        if pct is not None:
            facts.append(r.Observation(subject=unit, measure="share of revenue", value=Decimal(pct.value), unit="percent",
                                       value_text=pct.text, period=obs.period, evidence=ev))
        facts.append(r.SegmentOf(segment=unit, company=main, evidence=ev))
        units.append(unit)
    first = units[0]
    claims = []
    for c in sent_claims:
        if c.subject == main and c.values and all(x.text in taken for x in c.values if x.text and x.role in ("amount", "share", "percent")):
            c = c.model_copy(update={"subject": first})
        claims.append(c)
    return facts, claims, units


_TIME_WORD = plain(r"\b(?:quarter|half|year|annual|quarterly|monthly|full|fiscal|FY\d*|Q[1-4]|H[12]|first|second|third|fourth|"
                   r"January|February|March|April|May|June|July|August|September|October|November|December|\d)", re.I)
_NAME_MEASURE_RX = NAME_MEASURE.rx
# a preposition or determiner opening the phrase: no name ("In US revenue grew …", probe17 06)
_NOT_FIRST = frozenset("In At On For By Of From With To The This That These Its Our Their As After Before During Since".split())
# a region's name ("UK & Europe revenue was …", "North America revenue grew …"): left to the region readers, whose
# share lines ("By region: UK & Europe 52.4% | …") ask reads with it (probe20 02 mastek lost p20-02-q05 otherwise)
_REGION_WORD = plain(r"\b(?:Europe|European|America|Americas|Asia|Asian|Pacific|Africa|EMEA|APAC|APJ|LATAM|Middle\s+East|UK|US|"
                     r"North|South|East|West|Nordic|Nordics|DACH|Benelux|Iberia|China|Japan|India|International)\b")
_ENDS_NAMED = plain(r"(?:^|\s)[A-Z][\w.-]*(?<!['’]s)$")
_NAME_CLAUSE_END = plain(r"[;:]|\.\s|,\s+(?:while|whereas|but|and)\b")
_NOT_NAME_KINDS = ("Company", "Person", "Product", "AIModel", "ModelFamily", "Application", "Organization")


# the words a measure may open with after a unit's name ("Cloud Hosting operating profit")
_MEASURE_MODS = frozenset("""operating gross net adjusted total underlying organic segment reported recurring annual
quarterly core comparable normalised normalized pre-tax after-tax ebitda ebit""".split())


def name_measure_subject(text: str) -> tuple[str, str, int, int] | None:
    """(the unit's name, the measure, where the verb ends, where the clause ends) of a sentence rule
    name-measure-subject opens, else None."""
    if not HEAD_RE.search(text):
        return None
    m = _NAME_MEASURE_RX.match(text)
    if m is None:
        return None
    got = unit_measure_label(" ".join(m.group("np").split()))
    if got is None or _TIME_WORD.search(got[0]) or not _ENDS_NAMED.search(got[0]) or got[0].split()[0] in _NOT_FIRST \
            or _REGION_WORD.search(got[0]):
        return None   # (a name ends on a capitalised word of its own: "Research and" of "Research and development
        # spending" is none, nor a possessor "Quenby Data's", whose figure is that company's)
    words = got[1].split()
    if len(words) > 1 and words[0].islower() and words[0] not in _MEASURE_MODS:
        return None   # the name runs on into a lower-case noun ("Domestic IT services revenue"): no unit's name ends before it
    end = _NAME_CLAUSE_END.search(text, m.end())
    return got[0], got[1], m.end(), end.start() if end is not None else len(text)


def name_measure_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None,
                       own: frozenset[str] = frozenset()) -> tuple[list, list, r.EntityRef | None]:
    """Rule name-measure-subject: the company's figures in the clause given to the unit, of the
    measure without the unit's name. Returns the facts, the claims and the unit (None when it does not read)."""
    if main is None:
        return sent_facts, sent_claims, None
    got = name_measure_subject(ctx.text)
    if got is None:
        return sent_facts, sent_claims, None
    name, meas, a, b = got
    if name == main.label or name in own or any(name.startswith(o + " ") for o in (main.label, *own)) \
            or any(x.kind in _NOT_NAME_KINDS and x.start < len(name) + (ctx.text.find(name) if name in ctx.text else 0)
                   and x.end > (ctx.text.find(name) if name in ctx.text else 0) for x in ctx.mentions):
        return sent_facts, sent_claims, None
    sm = next((x for x in ctx.mentions if x.kind == "Segment" and x.text == name), None)
    unit = r.EntityRef(kind="Segment", label=sm.label if sm is not None else name)
    text = ctx.text.replace("\n", " ")
    facts, claims, moved = _move(sent_facts, sent_claims, text, a, b, unit, main)
    if not moved:
        return sent_facts, sent_claims, None
    words = name.lower().split()
    tails = [" ".join(words[k:]) + " " for k in range(len(words))]   # ("computing revenue" of "Communications & Computing")

    def bare(measure):
        low = (measure or "").lower()
        t = next((t for t in tails if low.startswith(t) and len(low) > len(t)), None)
        return measure[len(t):] if t is not None else measure
    facts = [f.model_copy(update={"measure": bare(f.measure)}) if f.kind == "observation" and f.subject == unit else f
             for f in facts]
    claims = [c.model_copy(update={"values": tuple(x.model_copy(update={"measure": bare(x.measure)}) if x.measure else x
                                                   for x in c.values)}) if c.subject == unit else c for c in claims]
    facts.append(r.SegmentOf(segment=unit, company=main, evidence=ctx.evidence))
    return facts, claims, unit


_TWO_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,2}"
_TWO_VERB = (r"generated|contributed|brought[ \t]+in|posted|reported|recorded|delivered|grew|rose|increased|climbed|"
             r"declined|fell|decreased|slipped|dropped|was|reached|totall?ed")


def _two_clause(i: int) -> str:
    return (rf"(?P<n{i}>" + _TWO_NAME + rf")(?P<g{i}>[ \t]+\([^()]{{2,160}}\))?"
            rf"(?P<m{i}>[ \t]+(?:[a-z-]+[ \t]+)?(?:revenues?|sales|turnover))?[ \t]+(?P<v{i}>" + _TWO_VERB + r")\b")


TWO_UNIT_CLAUSES = PatternRule(
    "two-unit-clauses",
    rf"^[ \t*]*{LEAD_IN}" + _two_clause(1) + r"(?P<c1>[^;]*?),[ \t]+(?:while|whereas)[ \t]+"
    + _two_clause(2) + r"(?P<c2>.*)$",
    "a sentence of two clauses joined by ', while' or ', whereas', each opened by a unit's capitalised name (its "
    "bracketed gloss, a money measure after it) and the verb of a figure: each clause's figures are its own unit's, "
    "of the clause's measure, else of the measure the first clause states (the second gaps it)",
    ("probe31 07_makingscience_oir (Spanish issuer's OIR, HTML): 'Marketing (paid media …) generated a gross margin of "
     "EUR 39,8 million, while Technology (cloud, data and artificial-intelligence services, …) generated EUR 21,4 "
     "million, up 27,4% year on year' (typed on the company and on 'Google Cloud')",
     "kindcheck33 segments 03_tasnimah_h1_web (UAE newsroom page): 'Logistics revenue rose 12% to AED 1.21 billion, "
     "while Hospitality declined 4% to AED 640 million as …' (the first typed as the group's revenue)"),
    ("Freight revenue rose 9% to $40 million, while Leisure declined 3% to $12 million. (invented)",))
_TWO_RX = TWO_UNIT_CLAUSES.rx
_TWO_GATE = plain(r",\s+(?:while|whereas)\s+[A-Z]")
_TWO_NOT = frozenset("""The This That These Those It Its Our Their Group Company Revenue Revenues Sales Net Total Gross
Operating Profit EBITDA Income Earnings Adjusted Underlying Organic Overall Consolidated He She They We Shares Cash Costs
Margin Margins Demand Growth Orders""".split())
_DOWN_VERBS = frozenset(("declined", "fell", "decreased", "slipped", "dropped"))


def two_unit_clauses(text: str) -> list[tuple[str, str | None, str, int, int]] | None:
    """[(unit name, its measure or None, verb, clause start, clause end)] of the two clauses TWO_UNIT_CLAUSES reads."""
    if not _TWO_GATE.search(text):
        return None
    m = _TWO_RX.match(text.replace("\n", " "))
    if m is None:
        return None
    out = []
    for i in (1, 2):
        name = " ".join(m.group(f"n{i}").split())
        if name.split()[0] in _TWO_NOT or name.split()[-1] in _TWO_NOT or re.search(r"['’]s?$", name):
            return None
        meas = m.group(f"m{i}")
        meas = " ".join(meas.split()).lower() if meas else None
        meas = "revenue" if meas in ("revenues", "sales", "turnover") else meas
        end = m.end(f"c{i}")
        out.append((name, meas, " ".join(m.group(f"v{i}").split()), m.start(f"n{i}"), end))
    if out[0][0] == out[1][0]:
        return None
    return out


def two_unit_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None, period,
                   own: frozenset[str] = frozenset()) -> tuple[list, list, list]:
    """Rule two-unit-clauses: each clause's figures of the company (or of a name in its gloss) given to its unit,
    its first amount no reader typed the unit's figure of the clause's measure. Returns facts, claims, the units."""
    if main is None:
        return sent_facts, sent_claims, []
    got = two_unit_clauses(ctx.text)
    if got is None:
        return sent_facts, sent_claims, []
    for name, _, _, a, _ in got:
        if name == main.label or name in own or any(x.kind in _NOT_NAME_KINDS and x.start <= a < x.end for x in ctx.mentions):
            return sent_facts, sent_claims, []
    text = ctx.text.replace("\n", " ")
    facts, claims = list(sent_facts), list(sent_claims)
    units, measure = [], None
    for name, meas, verb, a, b in got:
        sm = next((x for x in ctx.mentions if x.kind == "Segment" and x.text == name), None)
        unit = r.EntityRef(kind="Segment", label=sm.label if sm is not None else name)
        inner = {x.label for x in ctx.mentions if a <= x.start < b and x.kind not in ("Person",)}
        claims = [c.model_copy(update={"subject": main}) if c.subject.label in inner and c.subject != main else c for c in claims]
        facts, claims, _ = _move(facts, claims, text, a, b, unit, main)
        mine = [x for x in ctx.moneys if a <= x.start < b]
        typed = [f for f in facts if f.kind == "observation" and f.subject == unit and f.value is not None]
        meas = meas or (typed[0].measure if typed else None) or measure or ("revenue" if verb in _REVENUE_VERB else None)
        measure = measure or meas
        if mine and meas and not any(f.value == mine[0].value for f in typed):
            pct = next((p for p in ctx.percents if a <= p.start < b and p.unit == "percent"), None)
            down = verb in _DOWN_VERBS or (pct is not None and re.search(r"\bdown\b", text[a:pct.start]) is not None)
            when = next((f.period for f in facts if f.kind == "observation" and f.period is not None and f.subject in (main, unit)
                         and _inside(text, f.value_text or f.change_text, 0, len(text))), None) or period
            facts = [f for f in facts if not (f.kind == "observation" and f.value == mine[0].value and f.subject != unit)]
            facts.append(r.Observation(
                subject=unit, measure=meas, value=mine[0].value, unit=mine[0].currency, value_max=mine[0].value_max,
                qualifier=mine[0].qualifier, value_text=mine[0].text,
                change=pct.value if pct else None, change_unit="percent" if pct else None, change_text=pct.text if pct else None,
                direction=("decrease" if down else "increase") if pct else None, period=when, evidence=ctx.evidence))
        facts = [f.model_copy(update={"measure": meas}) if f.kind == "observation" and f.subject == unit and meas
                 and f.measure and f.measure.startswith(name.lower() + " ") else f for f in facts]
        claims = [c.model_copy(update={"values": tuple(x.model_copy(update={"measure": meas}) if x.measure is None and meas
                                                       and x.role in ("amount", "growth") else x for x in c.values)})
                  if c.subject == unit else c for c in claims]
        if not any(f.kind == "segment_of" and f.segment == unit for f in facts):
            facts.append(r.SegmentOf(segment=unit, company=main, evidence=ctx.evidence))
        units.append(unit)
    return facts, claims, units


def clause_units(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None, period,
                 before: tuple[int, frozenset[str]] | None = None, own: frozenset[str] = frozenset()) -> tuple[list, list, list]:
    """The pipeline's hook: rule unit-word-subject, else rule place-subject. `before` is (paragraph, the
    companies its sentence before named), `own` the article's company's names. Returns facts, claims, the units."""
    others = before is not None and before[0] == ctx.paragraph and main is not None \
        and any(x != main.label and x not in own for x in before[1])
    others = others or any(x.kind == "Company" and x.label != main.label and x.label not in own
                           for x in ctx.mentions) if main is not None else others
    facts, claims = sent_facts, sent_claims
    facts, claims, units = two_unit_facts(ctx, sent_facts, sent_claims, main, period, own) if not others else (facts, claims, [])
    if units:
        return facts, claims, units
    facts, claims, unit = unit_facts(ctx, sent_facts, sent_claims, main, period, others)
    if unit is not None:
        return facts, claims, [unit]
    facts, claims, unit = name_measure_facts(ctx, sent_facts, sent_claims, main, own)
    if unit is not None:
        return facts, claims, [unit]
    return place_facts(ctx, sent_facts, sent_claims, main, period)
