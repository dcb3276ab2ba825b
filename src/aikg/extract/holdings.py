"""Stakes held (not bought or sold): who holds what percent of which company, read from the
clause that says so.

A stake held is read as (holder, percent, held company) around one percentage: the phrase
before the percent and the phrase after it name the relation, and each record says where the
holder and the held company are named:

* holder "subject": the clause's subject before the verb (a relative "X, which still owns …"
  gives its antecedent X; "it", "the company" the article's company);
* holder "by": the name after "by" ("owned 51% by X");
* holder "antecedent": the name inside "…, in which X holds N%";
* holder "shareholder": the name the sentence calls the company's shareholder or investor
  ("X is its largest outside investor, holding roughly N%", "X, its controlling shareholder, …
  to maintain its stake of about N%"); the held company is then the article's;
* held "object": the name after the phrase ("… of X", "… stake in X"; "the company": the article's);
* held "head": the name the clause hangs on ("X, in which Y holds …", "X, owned 51% by Y").

The phrasings are named records with examples in our own words (`tests/test_stakes_held.py`
checks each record reads its examples) and the documents of different sources they were seen
in. A stake bought or sold ("bought a 20% stake in", "sold its 12% stake") is a deal, not read
here (relations.investments, typed.RULES "stake_deal"). Pure functions.
"""
from __future__ import annotations

from ..pattern_cache import plain
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import records as r
from . import clauses, stake_phrase
from .entities import NAME_SEQ
from .relation_rules import RelationPattern
from .relations import ORG_KINDS, SentenceContext, _period, ref

QUAL = (r"(?:(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|just\s+(?:over|under)|"
        r"a\s+little\s+(?:over|under|more\s+than)|more\s+than|over|under|less\s+than)\s+)?")
# the verbs of holding (present, past, participle); never of buying or selling
HOLD = r"(?:owns?|owned|owning|holds?|held|holding|has|had|retains?|retained|keeps?|kept|controls?|controlled|maintains?)"
_ADV = r"(?:(?:currently|still|now|also|already|directly|indirectly|jointly|together)\s+)?"


@dataclass(frozen=True)
class HoldingPhrase:
    """One way of stating a stake held.

    name: the phrasing's name (for tracing which record fired).
    before: the regex the text before the percent ends with (matched at the end, any case).
    after: the regex the text after the percent starts with.
    holder, held: where each is named (see the module's docstring).
    needs: a regex the sentence must also match (the word calling the holder a shareholder).
    examples: sentences of our own the record must read (holder, held, percent).
    seen_in: documents of different sources the phrasing was seen in.
    """
    name: str
    before: str
    after: str
    holder: str
    held: str
    needs: str = ""
    examples: tuple[tuple[str, str, str, str], ...] = ()
    seen_in: tuple[str, ...] = ()


PHRASES: tuple[HoldingPhrase, ...] = (
    HoldingPhrase("holds-percent-of", rf"\b{HOLD}\s+{_ADV}{QUAL}$", r"^\s+of\s+(?!(?:the|its|their)\s+shares\b)",
                  "subject", "object",
                  examples=(("Pellmark currently owns about 62% of Orvane Data, its payments arm.", "Pellmark", "Orvane Data", "62"),
                            ("Tessaly Capital, which still holds roughly 58% of the company, has not sold.", "Tessaly Capital", "<main>", "58")),
                  seen_in=("probe3/r05_naver (owns about … of Naver Financial)", "probe7/p7_04_kt_corp (owns about … of Rebellions)",
                           "probe8/f07_swisscom (owns … of Swisscom)", "probe8/f04_hexaware (which still owns about … of the company)")),
    # (issue39m) "of the shares" with no company after it: the shares are the sentence's other company's (the one
    # named before the holder), else the article's. ("of its shares" is left out: probe13 wiwynn's "Wistron, which holds
    # about 37% of its shares" typed right was returned by ask for "What share of Wiwynn's revenue came from Microsoft")
    HoldingPhrase("holds-percent-of-the-shares", rf"\b{HOLD}\s+{_ADV}{QUAL}$",
                  r"^\s+of\s+the\s+(?:(?:outstanding|issued|voting|ordinary)\s+)?shares\b(?!\s+(?:of|in)\s+[A-Z])",
                  "subject", "shares",
                  examples=(("Pellmark Holdings holds about 41% of the shares.", "Pellmark Holdings", "<main>", "41"),
                            ("The founding Varga family holds about 30 % of the shares through Varga Beteiligungs GmbH.", "Varga family", "<main>", "30"),
                            ("Orvane Systems Inc. is a subsidiary of Pellmark, which holds about 52% of the shares.", "Pellmark", "Orvane Systems", "52")),
                  seen_in=("probe15/08_asmi_vs_kokusai_comparison (Applied Materials owns about … of the shares)",
                           "focusset25/held/13_telekomslovenije_audit (… together hold … of the shares)",
                           "focusset28/held/15_starhub_dividend (…, which holds approximately … of the issued shares)",
                           "focusset21/dev/08_nemetschek_fundletter (The Nemetschek family foundation still controls around … of the shares)",
                           "kindcheck29/measures/02_kessler_rottach_q3_2026 (The founding Rottach family holds about … of the shares through …)")),
    HoldingPhrase("stake-of-percent-in", rf"\b{HOLD}\s+{_ADV}(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?stake\s+of\s+{QUAL}$", r"^\s+in\s+",
                  "subject", "object",
                  examples=(("Corvane also holds a stake of roughly 18% in Brightwell, the data-warehouse start-up.", "Corvane", "Brightwell", "18"),
                            ("After the listing Harrow Systems intends to hold a direct stake of around 40% in Pellmark.", "Harrow Systems", "Pellmark", "40")),
                  seen_in=("probe6/p6_08_nebius (holds a stake of roughly … in ClickHouse)", "probe2/q01_coreweave (holds a stake of roughly … in the company)",
                           "devset5/t04_siemens (hold a direct stake of around … in Siemens Healthineers)")),
    HoldingPhrase("percent-stake-in", rf"\b{HOLD}\s+{_ADV}(?:a|an|its|their)\s+{QUAL}$", rf"^\s+{stake_phrase.STAKE_IN_LOOSE}",
                  "subject", "object",
                  examples=(("Orvane has a 23% stake in Quillon Networks after a share swap.", "Orvane", "Quillon Networks", "23"),),
                  seen_in=("news/m01_microsoft (has a 27% stake in OpenAI's for-profit arm)", "the corpus's 'holds a N% stake in' (relations._HOLDS_STAKE before)")),
    HoldingPhrase("in-which-holds", rf",\s+in\s+which\s+(?P<holder>[^,;]{{2,60}}?)\s+{_ADV}{HOLD}\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?stake\s+of\s+)?{QUAL}$",
                  r"^(?:\s+of\s+(?:the|its)\s+shares)?(?!\s+of\b)", "antecedent", "head",
                  examples=(("Its biggest contributor was Lumora Health, in which Korvath holds approximately 65%.", "Korvath", "Lumora Health", "65"),
                            ("The group also consolidates Tarnfield, in which Orvane holds a little over 55% of the shares.", "Orvane", "Tarnfield", "55")),
                  seen_in=("devset5/t04_siemens (Siemens Healthineers, in which Siemens holds approximately …)",
                           "probe3/r08_deutsche_telekom (T-Mobile US, in which Deutsche Telekom holds a little over … of the shares)")),
    HoldingPhrase("owned-percent-by", rf"\b(?:owned|held|controlled)\s+{QUAL}$|\b(?:owned|held|controlled)\s+[^;]{{1,80}}?%\s+by\s+[^;]{{1,80}}?\s+and\s+{QUAL}$",
                  r"^\s+by\s+", "by", "head",
                  examples=(("The company, owned 60% by Corvane and 40% by Pellmark, opened a depot in May.", "Corvane", "<main>", "60"),
                            ("The company, owned 60% by Corvane and 40% by Pellmark, opened a depot in May.", "Pellmark", "<main>", "40")),
                  seen_in=("probe8/f02_vodafonethree (owned … by Vodafone Group Plc and … by CK Hutchison Holdings)",
                           "probe4 passive 'majority-owned by TSMC' (same passive, a word for the percent)")),
    HoldingPhrase("percent-owned-by", r"(?:\b(?:is|was|a|an|,)\s+)$", r"^\s*-?\s*(?:owned|held|controlled)\s+by\s+", "by", "head",
                  examples=(("Brightwell is 35%-owned by Harrow Systems.", "Harrow Systems", "Brightwell", "35"),)),
    HoldingPhrase("shareholder-holding", rf"\b(?:holding|owning|with|stake\s+of)\s+{QUAL}$", r"^(?!\s+(?:of|stake|share)\b)(?!\s*-)",
                  "shareholder", "its",
                  needs=r"\bits\s+(?:[\w-]+\s+){0,2}(?:shareholder|investor|owner|backer|parent)\b",
                  examples=(("Quillon Networks is its biggest outside investor, holding about 30% after the 2023 round.", "Quillon Networks", "<main>", "30"),
                            ("Orsa Holdings, its controlling shareholder, bought new shares to keep its stake of about 45%.", "Orsa Holdings", "<main>", "45")),
                  seen_in=("probe6/p6_06 moonshot (is its largest outside investor, holding roughly …)",
                           "probe7/p7_06_kingsoft_cloud (its controlling shareholder, subscribed … to maintain its stake of about …)")),
)


@lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[HoldingPhrase, re.Pattern, re.Pattern, re.Pattern | None], ...]:
    return tuple((p, re.compile(p.before, re.I), re.compile(p.after, re.I), re.compile(p.needs, re.I) if p.needs else None)
                 for p in PHRASES)


# the article's company named by a noun ("the venture" is not: a joint venture is a company of its own)
_ANAPHOR = plain(r"(?:the\s+(?:company|group|firm|combined\s+company|operator|start-?up)|it)\b", re.I)
# the parent named by a noun: the article's company, when what it holds is one of its units
_PARENT_NOUN = plain(r"(?:the|its)\s+(?:[A-Z][a-z]+\s+)?(?:parent|group)\b(?!['’])")
_NAME_AT = plain(rf"(?:the\s+)?(?P<name>{NAME_SEQ})")
# a name ends where the object ends: a comma, a clause's end, a date or reason phrase after it
_NAME_END = plain(r"\s*(?:[,.;:()]|$|\s(?:after|since|as|and|through|via|at|in|on|from|with|while|which|who)\b)")
_GATE = ("own", "hold", "held", "has", "had", "retain", "keep", "kept", "control", "maintain", "stake", "investor",
         "shareholder")


# Owners named as a list without a percent: "its owners are A and B", "X's shareholders are A and
# B". The held company is the possessor named before the noun ("X's"), else the article's ("the",
# "its"); each listed item's owner is the company it names (a mention, else its longest capitalised
# name: "the US firm Pellmark Capital" gives "Pellmark Capital"). Stored as a Shareholding without a
# stake. Examples: (sentence, owners, held).
OWNERS_ARE = RelationPattern(
    name="owners-are",
    pattern=plain(r"(?:^|[.;]\s+|,\s+)(?:(?P<the>The|the|Its|its|Their|their)|(?P<poss>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?)\s+"
                  r"(?:(?:main|largest|biggest|principal|controlling|current|two|three|only)\s+){0,2}(?:owners|shareholders)\s+are\s+"
                  r"(?:(?:two|three|four|both|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:funds?|firms?|groups?|companies|investors?)\s*:\s*|(?=[A-Z]|the\s))"
                  r"(?P<list>[^;:.]{3,220}?)(?=\s*(?:[.;]|$|,\s+(?:which|who|that|each|with)\b))"),
    gate=("owners are", "shareholders are"),
    examples=(("The owners are two private-equity funds: the Dutch firm Velmora Capital and the Oslo-based Northwall Partners.",
               ("Velmora Capital", "Northwall Partners"), "<main>"),
              ("Corvane's shareholders are Pellmark of Norway and Tessaly Holdings, which jointly control it.",
               ("Pellmark", "Tessaly Holdings"), "Corvane")),
    provenance=("probe18 04 Start Campus: 'The owners are two investment funds: the US firm … and the London-based …'",
             "probe12 Indosat/Lintasarta: 'Indosat's shareholders are Ooredoo Group of Qatar and CK Hutchison of Hong Kong, which jointly control the company'"),
)

# a run of capitalised words; a hyphen only before a capital or digit ("Oslo-based" is no name)
_CAP_WORD = r"[A-Z][\w&.'’]*(?:-[A-Z0-9][\w&.'’]*)*(?![\w-])"
_CAP_RUN = plain(rf"{_CAP_WORD}(?:\s+(?:&\s+)?{_CAP_WORD})*")


def owners_named(ctx: SentenceContext) -> list:
    """Owners the sentence lists without a percent (OWNERS_ARE), as stakes held without a stake."""
    t, low = ctx.text, ctx.text.lower()
    if not OWNERS_ARE.gated(low):
        return []
    m = OWNERS_ARE.pattern.search(t)
    if m is None:
        return []
    if m.group("poss"):
        held = _org_ending(ctx, m.end("poss"))
    else:
        held = ctx.state.main_company
    if held is None:
        return []
    out, seen = [], {held.label}
    a = m.start("list")
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("list"))
    for item in items:
        lo = t.find(item, a)
        hi = lo + len(item)
        a = hi
        ms = [x for x in ctx.mentions if x.kind in ORG_KINDS and lo <= x.start and x.end <= hi]
        if ms:
            who = ref(ms[0])
        else:
            runs = [x.group(0) for x in _CAP_RUN.finditer(item) if not re.fullmatch(r"(?:The|Its|Their|US|UK|EU)", x.group(0))]
            if not runs:
                continue
            best = max(runs, key=lambda x: len(x.split()))
            who = r.EntityRef(kind="Company", label=best)
        if who.label in seen:
            continue
        seen.add(who.label)
        out.append(r.StakeHeld(holder=who, company=held, evidence=ctx.evidence))
    return out if len(out) == len(items) else []   # every item an owner, or none (not a list of owners)


def holdings(ctx: SentenceContext) -> tuple[list, set[int]]:
    """Stakes held the sentence states, and the start offsets of the percents they used."""
    t = ctx.text
    low = t.lower()
    owners = owners_named(ctx)
    if not ctx.percents or not any(w in low for w in _GATE):
        return owners, set()
    out, used = owners, set()
    model = None
    for p in ctx.percents:
        if p.unit != "percent" or p.value > 100:
            continue
        pre, post = t[:p.start], t[p.end:]
        for phrase, before, after, needs in _compiled():
            bm = before.search(pre)
            am = after.match(post)
            if bm is None or am is None or (needs is not None and not needs.search(t)):
                continue
            model = model or clauses.split(t)
            holder = _holder(ctx, phrase.holder, bm, p.end + am.end(), model)
            held = _held(ctx, phrase.held, bm, p.end + am.end(), model, phrase.after)
            if phrase.held == "shares" and holder is not None:
                # "Wiwynn is a subsidiary of Wistron, which holds about 37% of its shares": the company named before the holder
                other = next((x for x in ctx.mentions if x.kind in ORG_KINDS and x.end <= bm.start()
                              and x.label != holder.label and not re.search(r"['’]s?\s*$", t[x.start:x.end + 2])), None)
                held = ref(other) if other is not None else held
            if holder is None or held is None or holder.label == held.label:
                continue
            if phrase.holder == "by" and _PARENT_NOUN.match(t, p.end + am.end()) and held.label not in ctx.state.units:
                continue
            when = [q for q in ctx.periods if clauses.governs(model, p.start, q.start_idx)]
            out.append(r.StakeHeld(holder=holder, company=held, stake=p.value, qualifier=p.qualifier,
                                   period=_period(when[0]) if when else None, evidence=ctx.evidence))
            used.add(p.start)
            break
    return out, used


def _org_at(ctx: SentenceContext, pos: int, slack: int = 2):
    """The company named at `pos` (a mention, else a capitalised name that is the whole phrase)."""
    t = ctx.text
    m = next((x for x in ctx.mentions if x.kind in ORG_KINDS and pos <= x.start <= pos + slack + 4
              and re.fullmatch(r"\s*(?:the\s+)?", t[pos:x.start], re.I)), None)
    if m is not None:
        return ref(m)
    nm = _NAME_AT.match(t, pos)
    if nm and _NAME_END.match(t, nm.end()) and not re.match(r"(?:The|It|Its|Their|This|That)$", nm.group("name")):
        return r.EntityRef(kind="Company", label=nm.group("name"))
    return None


def _org_ending(ctx: SentenceContext, end: int):
    """The company named right before `end` (a mention, else a capitalised name)."""
    t = ctx.text
    m = next((x for x in reversed(ctx.mentions) if x.kind in ORG_KINDS and x.end <= end and not t[x.end:end].strip(" ,")), None)
    if m is not None:
        return ref(m)
    nm = re.search(rf"(?:^|[\s,(])(?P<name>{NAME_SEQ})\s*,?\s*$", t[:end])
    if nm and not re.fullmatch(r"(?:The|It|Its|Their|This|That)", nm.group("name")):
        return r.EntityRef(kind="Company", label=re.sub(r"^The\s+", "", nm.group("name")))
    return None


_FAMILY = plain(rf"\s*(?:[Tt]he\s+)?(?:(?:founding|founder|controlling)\s+)?(?P<name>{NAME_SEQ}\s+family(?:\s+(?:foundation|trust|office))?)\s+{_ADV}$")


def _holder(ctx: SentenceContext, where: str, bm: re.Match, after_end: int, model):
    t, main = ctx.text, ctx.state.main_company
    if where == "by":
        if main is not None and _PARENT_NOUN.match(t, after_end):
            return main   # "X, which … is 77% owned by the Spanish parent": the article's company (kept for its units)
        return _org_at(ctx, after_end)
    if where == "antecedent":   # the name between "in which" and the verb
        a, b = bm.span("holder")
        m = next((x for x in ctx.mentions if x.kind in ORG_KINDS and a <= x.start and x.end <= b), None)
        if m is not None:
            return ref(m)
        nm = re.fullmatch(rf"(?:the\s+)?(?P<name>{NAME_SEQ})", t[a:b])
        return r.EntityRef(kind="Company", label=nm.group("name")) if nm else None
    if where == "shareholder":
        sh = re.search(r"(?P<who>[^,;]{2,80}?)(?:,\s+|\s+(?:is|was|remains|became)\s+)its\s+(?:[\w-]+\s+){0,2}(?:shareholder|investor|owner|backer|parent)\b", t)
        return _org_ending(ctx, sh.end("who")) if sh else None
    # the clause's subject: a relative clause's antecedent, an anaphor, else the name before the verb
    verb = bm.start()
    rel = re.search(r",\s+(?:which|who|that)\s+$", t[:verb] + " ") or re.search(r",\s+(?:which|who|that)\s+(?:\w+\s+){0,2}$", t[:verb])
    if rel:
        return _org_ending(ctx, rel.start())
    clause = clauses.clause_at(model, verb)
    lo = clause.fronted[1] if clause.fronted else clause.start
    head = t[lo:verb]
    if re.match(r"\s*(?:It|it|The\s+(?:company|group|firm))\b(?!['’])", head) and main is not None:
        return main
    fam = _FAMILY.match(head)
    if fam:   # "The founding Rottach family holds …", "The Nemetschek family foundation still controls …": a family holder
        return r.EntityRef(kind="Organization", label=" ".join(fam.group("name").split()))
    srcs = clauses.sources(t)
    own = [x for x in ctx.mentions if x.kind in ORG_KINDS and lo <= x.start and x.end <= verb
           and not clauses.in_source(t, x.start, srcs)]
    if own:
        return ref(own[0])
    nm = re.match(rf"\s*(?:The\s+)?(?P<name>{NAME_SEQ})\s+{_ADV}(?:intends\s+to\s+|plans\s+to\s+|will\s+|would\s+|could\s+)?$", head)
    if nm and not re.fullmatch(r"(?:It|Its|Their|This|That)", nm.group("name")):
        return r.EntityRef(kind="Company", label=nm.group("name"))
    return None


def _held(ctx: SentenceContext, where: str, bm: re.Match, after_end: int, model, after_rx: str):
    t, main = ctx.text, ctx.state.main_company
    if where == "its":
        return main
    if where == "shares":   # "… of the shares": the article's (holdings() takes a company named before the holder first)
        return main
    if where == "object":
        if _ANAPHOR.match(t, after_end):
            return main
        return _org_at(ctx, after_end)
    # the head the clause hangs on: "X, in which …", "X, owned 51% by …", "X is 35%-owned by …"
    lead = re.search(r"(?:,\s+in\s+which\b|,\s+(?:owned|held|controlled)\b|\s+(?:is|was)\s+(?:a\s+|an\s+)?$)", t[:bm.end()])
    cut = lead.start() if lead else bm.start()
    rel = re.search(r",\s+which\s+[^,;]{2,80}?\s+and$", t[:cut])
    if rel:   # "X, which trades as Y and is 77% owned by …": the relative clause's antecedent
        cut = rel.start()
    before = t[:cut]
    if re.search(r"(?:^|[.;]\s+)(?:The|the)\s+(?:combined\s+company|company|group|firm)$", before.strip()) and main is not None:
        return main
    return _org_ending(ctx, cut)
