"""A figure's measure read from the clause's structure: the noun phrase the value is the value of,
whatever its words, when no measure reader named one (issue36m).

Four shapes bind a value to a noun phrase (`SHAPES`, each a named record with the documents of
different sources its phrasing was met in):

  copula-subject  "<NP> was / stood at / amounted to / totalled / closed the year at <value>"
  np-of-value     "a / the / its <NP> of <value>"
  set-at          "set / put / estimated <NP> at <value>"
  label-colon     a line "<NP>: <value>" (a bullet or a field line)

The noun phrase is the measure (`measure_names.canonical`, so a registry name is kept): a name new
to every list is kept as the text spells it ("materiality", "gross invoiced value", "total
electricity consumed") rather than dropped. A phrase is no measure when it is no noun phrase of the
figure: a name (a capitalised word other than its first word or an acronym), a pronoun, a time, a
change ("an increase of 38%") or a bare "value" / "total" / "amount"; a phrase that is the complement
of a preposition other than "of" ("the headroom for <unit> was …") is another thing's figure and
gives nothing. A foreign word glossed in brackets ("the Auftragsbestand (order backlog) stood at")
is the gloss's measure.

`measure_at(text, start, end)` gives the reading of the value at text[start:end] (or None);
`fill(ctx, claims)` gives each claim value without a measure the one read here; `typed_facts(ctx,
claims, facts)` turns a value so read into an Observation of its claim's company when the company is
the one the clause states it of (prose_measures._acting: no other name between) and no typed fact of
the sentence holds the value. Its period is a time the clause names for it, never the period of a
figure compared in brackets ("(2024: 880 GWh)"); else it stays undated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import records as r
from ..pattern_cache import plain
from .measure_names import canonical
from .figure_owner import part_owned
from .measures import reading
from .prose_measures import _acting
from .relations import _period
from .rule_record import RuleRecord

_QUAL = (r"(?:\*\*|__)?(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over|"
         r"at\s+least|up\s+to|just\s+over|just\s+under|below|under|close\s+to)\s+)?(?:\*\*|__)?")
_NP = r"(?P<np>(?:[A-Za-z][\w&/'’-]*\s+){0,5}?[A-Za-z][\w&/-]*)"
_GLOSS = r"(?:\s*\((?P<gloss>[^()\d]{2,48})\))?"
# the date a line's label states its figure at: "Order backlog at 30 June 2025:", "Net cash at year-end:"
_AT_DATE = (r"(?:\s+(?:at|as\s+at|as\s+of|on)\s+(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?[\w -]{3,24}?|"
            r"[A-Za-z0-9 ,]{3,24}?(?:19|20)\d\d))?")


@dataclass(frozen=True)
class Shape:
    record: RuleRecord
    rx: re.Pattern


def _shape(name: str, why: str, pattern: str, provenance: tuple[str, ...], examples: tuple[str, ...], flags: int = 0) -> Shape:
    return Shape(RuleRecord(name, why, provenance, examples), plain(pattern, flags))


SHAPES: tuple[Shape, ...] = (
    _shape("copula-subject", "the subject of a copula or a verb of amounting is the measure of the value it is equated with",
           r"(?:^|(?<=[\s*>(\"“]))" + _NP + _GLOSS + r"\s+(?:was|were|is|are|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|"
           r"totall?ed|totals|came\s+to|came\s+in\s+at|(?:closed|ended)\s+(?:the\s+(?:year|quarter|period|half|month)\s+)?at)\s+" + _QUAL + r"$",
           ("probe26 06_dustin_key_audit_matters: 'Goodwill amounted to SEK 6,212 million at 31 August 2025'",
            "probe20 04 (Noordwind): 'The total contract value … over ten years was EUR 356 million'",
            "probe20 05 (atNorth): 'Total water withdrawal was 24,300 cubic metres'",
            "probe26 01_izertis_spanish_daily: 'Net financial debt closed the year at 41,3 millones de euros'",
            "probe23 03_secunet_german_translation: 'the Auftragsbestand (order backlog) stood at 486,3 Mio. Euro'"),
           ("Deferred revenue stood at $88 million at the end of June.", "Inventory was €41 million at year end.")),
    _shape("np-of-value", "a noun phrase with an article or possessive directly followed by 'of' and the value is the value's measure",
           r"\b(?:a|an|the|its|their|our|his|her)\s+" + _NP + _GLOSS + r"\s+of\s+" + _QUAL + r"$",
           ("probe26 06_dustin_key_audit_matters: 'arrangements with a gross invoiced value of SEK 1,840 million'; "
            "'uses a pre-tax discount rate of 10.4 per cent'",
            "probe26 01_izertis_spanish_daily: 'with an EBITDA margin of 17,2%'",
            "probe24 04 (MobiFone spectrum decision): 'at a winning price of VND 3,540 billion'"),
           ("The plan assumes a terminal growth rate of 2.5%.", "It carries a book value of £12 million.")),
    _shape("set-at", "the object of a verb of setting or estimating is the measure of the value after 'at'",
           r"\b(?:set|sets|setting|put|puts|putting|estimated|estimates|fixed|fixes|capped|caps|pegged|pegs)\s+(?!by\b)"
           r"(?:the\s+|its\s+|their\s+|our\s+)?" + _NP + _GLOSS + r"\s+at\s+" + _QUAL + r"$",
           ("probe26 06_dustin_key_audit_matters: 'We set overall group materiality at SEK 105 million'",
            "probe23 07_rackspace_five_things: 'executives put the AI pipeline at $310 million'",
            "probe26 01_izertis_spanish_daily: 'which puts the EBITDA margin at 12,8% of revenue'"),
           ("The board set the dividend payout at 40%.", "Analysts put the order book at €2 billion.")),
    _shape("label-colon", "a line opening with a noun phrase and a colon states that measure's value",
           r"^\s*(?:[-*•–]\s+)?(?:\*\*|__)?" + _NP + _GLOSS + _AT_DATE + r"(?:\*\*|__)?:(?:\*\*|__)?\s+" + _QUAL + r"$",
           ("probe20 05 (atNorth ESG excerpt): '- Total electricity consumed: **1,214 GWh** (2024: 880 GWh)'",
            "probe20 02_mastek_shareholder-email: 'EBITDA: Rs …' (a measure's name as the line's label)",
            "probe25 04 (earnings-release bullets): 'Net sales: MSEK 2 184 (1 950)'",
            "a label with its date (label-at-date): probe12 advantest_orderbook_note 'Order backlog at 30 June 2025: ¥432.5 billion', "
            "probe14 04_locaweb_results_table 'Net cash at year-end: **R$ 412 million**', probe21 01_megaport_podcast_shownotes "
            "'Customers at 30 June 2025: **3,050**', probe13 netweb_fy25_results_page 'Order book at March 31, 2025: about ₹400 crore'"),
           ("- Water withdrawn: 12,000 cubic metres", "Order intake: €310 million")),
)

# words that end a noun phrase (read from its right end): its determiner, a verb, a conjunction
_DETERMINERS = frozenset("the a an its their our his her this that these those whose".split())
_PREPOSITIONS = frozenset("for in at on from to by with over under into per across between among within during against".split())
_STOP = frozenset(
    "it they we he she which who what there here and or but as than not also has have had be been being will would could can may "
    "might should shall do does did i you one ones so such then when while if".split())
# heads that name no measure of their own: a change, a time, a bare quantity word
_NOT_HEADS = frozenset(
    "increase increases decrease decreases rise rises fall falls growth decline declines gain gains drop drops jump jumps "
    "reduction reductions change changes improvement cut cuts loss-making year years quarter quarters month months week "
    "weeks day days period periods time times half part portion majority minority range end start beginning figure figures "
    "code codes id identifier isin ticker phone telephone fax postcode zip "
    "cent percent point points basis "
    # a deal's terms, another reader's (investment_roles.DEAL_TERM_NOT_AMOUNT): "at a valuation of about $900 million"
    "valuation valuations".split())
# heads that name a measure only with a modifier: "a gross invoiced value of", "a discount rate of", never a bare "value of"
# (a bare "margin" names no measure: "giving a margin of 37,9%" is the EBITDAaL margin of the clause before, probe21
# 03_iliad; its Observation answered the no-answer question p21-03-q09 about a unit)
_BARE = frozenset("value values total totals amount amounts sum sums level levels number numbers share shares margin margins ratio "
                  "stake rate rates net gross target targets goal goals objective objectives ambition plan guidance forecast "
                  "estimate estimates".split())
# heads naming a part of a business or an offer, whose line states the part's figure under a measure the list names
_PART_HEADS = frozenset("services service products product solutions solution business businesses segment segments division "
                        "divisions unit units tranche tranches platform platforms home enterprise consumer cloud markets market "
                        "region regions".split())
_SCALE = frozenset("thousand million millions billion billions trillion bn mn crore crores lakh lakhs".split())
# a number word inside the phrase: a part named by its number ("phase one utilisation"), not read here
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}s?$")
_WORD = re.compile(r"^[a-z][a-z&/-]*$|^[a-z]+[’'][a-z]+$")
_CAPITAL_FIRST = re.compile(r"^[A-Z][a-z][a-z-]*$")


@dataclass(frozen=True)
class NPReading:
    shape: str
    measure: str
    np_start: int     # where the noun phrase starts in the text


def _phrase(text: str, m: re.Match, base: int, at_start: bool, subject: bool, whole: bool) -> tuple[str, int] | None:
    """The noun phrase of a shape's match, or None when it is no measure's: read from its right end
    back to its determiner; one "of" complement joined ("number of employees"); a complement of another
    preposition gives None."""
    words = [(w.group(), base + m.start("np") + w.start()) for w in re.finditer(r"\S+", m.group("np"))]
    kept: list[tuple[str, int]] = []
    i = len(words) - 1
    joined_of = False
    while i >= 0:
        w, pos = words[i]
        lw = w.lower()
        if lw in _DETERMINERS or lw.endswith(("'s", "’s")):
            break
        if lw == "of" and kept and not joined_of:
            joined_of = True
            kept.insert(0, (w, pos))
            i -= 1
            continue
        if lw in _PREPOSITIONS or lw == "of":
            return None   # "the headroom for <unit> was …": a complement, another thing's figure
        if lw in _STOP or lw in _NUMBER_WORDS:
            if lw in ("and", "or") or lw in _NUMBER_WORDS:
                return None   # "Research and development expenses were …": a coordinated phrase, not read here
            break
        kept.insert(0, (w, pos))
        i -= 1
    if not kept or kept[0][0].lower() == "of" or len(kept) > 5:
        return None
    if i < 0 and not at_start and re.search(r"[\w.]\s*$", text[:kept[0][1]]) and \
            re.search(r"(?:^|\s)(?:a|an|the|its|their|our|his|her|this|that|of|and|for|in|at|on|with|set|sets|put|puts|putting|"
                      r"setting|estimated|estimates|fixed|fixes|capped|caps|pegged|pegs)\s*$", text[:kept[0][1]], re.I) is None:
        return None   # "the average monthly data usage of 4.5G users was": the phrase runs on past what was read
    if kept[-1][0].lower() in _PART_HEADS and subject:
        return None   # "Public cloud services: RMB …", "Second tranche (…): 89%": a part of the business, no measure
    if any(w.lower() in _SCALE for w, _ in kept) or re.search(r"[\d$€£¥₹]\s*$", text[:kept[0][1]]):
        return None   # "$200 million ARR is 33 times revenue": the unit of a figure before, no measure's name
    if whole and i >= 0:
        return None   # a line's label is read whole or not at all
    if i >= 0 and words[i][0].lower() in _DETERMINERS:
        j = i - 1
        if j >= 0 and (words[j][0].lower() in _PREPOSITIONS or words[j][0].lower() == "of"):
            return None   # "Discount on the reference price: …", "the cost of the compute at": a preposition's complement
    if not subject and re.search(r"\b(?:from|than|versus|vs\.?|against|after|compared\s+(?:with|to))\s+(?:a|an|the|its|their|our)\s+$", text[:kept[0][1]]):
        return None   # "narrowed to X from a loss of Y": the compared figure, no level of its own
    first_at_start = i < 0 and at_start
    for j, (w, pos) in enumerate(kept):
        if _WORD.match(w) or _ACRONYM.match(w):
            continue
        if j == 0 and _CAPITAL_FIRST.match(w) and (first_at_start or (i >= 0 and words[i][0].lower() in _DETERMINERS)):
            continue   # "Goodwill amounted to …", "The Auftragsbestand …": a capital of the clause's first word
        return None
    head = kept[-1][0].lower()
    if head in _NOT_HEADS or head in _STOP or (len(kept) == 1 and head in _BARE):
        return None
    return " ".join(w for w, _ in kept), kept[0][1]


def _clause_start(text: str, start: int, colon: bool) -> int:
    """Where the clause holding the value at `start` begins: after the last sentence or clause stop."""
    stops = ";!?" if colon else ";:!?"
    a = max(text.rfind(c, 0, start) for c in stops)
    nl = text.rfind("\n", 0, start)
    return max(a + 1, nl + 1, start - 160, 0)


# what may follow a value its noun phrase measures: punctuation, a time, a comparison, a new clause; a noun
# right after it ("70% GPU utilisation", "2,6 times EBITDA", "48% of NAV") is what the value measures instead
_FOLLOW = plain(r"(?:\*\*|__)?\s*(?:$|[.,;:)\]–—-]|\((?!\s*of\b)|\s+(?:in|at|for|from|on|by|and|to|as|a|an|the|compared|versus|vs\.?|"
                r"up|down|while|which|with|after|before|against|than|year|during|over|across|under|per\s+(?:share|cent)|"
                r"per\s+kwh|litres|respectively|(?:19|20)\d\d)\b)", re.I)


def measure_at(text: str, start: int, end: int | None = None, mentions=()) -> NPReading | None:
    """The measure the first shape that holds reads for the value at text[start:end], or None. A noun
    phrase holding a name the recogniser read (`mentions`: "Italy (…): 650 mln €") names a thing, no measure."""
    if end is not None and not _FOLLOW.match(text, end):
        return None
    for shape in SHAPES:
        colon = shape.record.name == "label-colon"
        a = _clause_start(text, start, colon)
        before = text[a:start]
        m = shape.rx.search(before)
        if m is None:
            continue
        lead = before[:m.start("np")]
        at_start = not re.sub(r"[\s*>\"“(_•–-]", "", lead) or bool(re.search(r"\*\*[^*]*\*\*\s*$", lead)) \
            or bool(re.search(r"[.]\s*(?:\*\*|__)?\s*$", lead))
        name = shape.record.name
        got = _phrase(text, m, a, at_start, subject=name in ("copula-subject", "label-colon"), whole=name == "label-colon")
        if got is None:
            continue
        np, np_start = got
        np_end = a + m.end("np")
        if any(x.start < np_end and np_start < x.end for x in mentions):
            continue
        gloss = m.group("gloss")
        if gloss and name == "label-colon" and re.search(r"\b[A-Z][a-z]", gloss):
            continue   # "Italy (Iliad Italia): 650 mln €": a name glossed by a name, no measure
        if gloss and name == "label-colon" and not _measure_tail(gloss.strip().lower()) and not _measure_tail(np.lower()):
            continue   # "- Sensors (industrial probes and gauges): EUR 120 million": a part described, no measure
        if gloss and len(np.split()) == 1 and _measure_tail(gloss.strip()):
            np = gloss.strip()   # "Auftragsbestand (order backlog)": the gloss names it
        return NPReading(shape.record.name, canonical(np.lower()), np_start)
    return None


def _spans(ctx) -> list[tuple[str, int, int | None, str]]:
    """The values of the sentence: (text, start, end, kind); a count with its noun has no end to check
    (its noun follows it: "1,214 GWh"), and is read only as a subject's or a label's ("count-noun")."""
    return ([(m.text, m.start, m.end, "money") for m in ctx.moneys] + [(p.text, p.start, p.end, "percent") for p in ctx.percents]
            + [(c.shown or c.text, c.start, None if c.noun else c.end, "count-noun" if c.noun else "count") for c in ctx.counts])


_SUBJECT_SHAPES = ("copula-subject", "label-colon")


def _names_subject(measure: str, subject: r.EntityRef) -> bool:
    """Whether a label read as a measure is the claim's subject's name (devset5 t02_ibm "- Infrastructure: …",
    a unit's line: claims.py made the label its subject)."""
    label = subject.label.lower()
    return measure == label or measure in label.split() or label in measure


def label_line(ctx) -> bool:
    """Whether a line the splitter took for a heading states a count under a measure's label ("- Customers at
    30 June 2025: **3,050**", probe21 01_megaport_podcast_shownotes; "Book-to-bill ratio: 0.78", probe12
    advantest_orderbook_note): a statement, read like a line with an amount."""
    return any((rd := measure_at(ctx.text, c.start, None if c.noun else c.end, mentions=ctx.mentions)) is not None
               and rd.shape == "label-colon" for c in ctx.counts)


def fill(ctx, claims: list[r.Claim]) -> list[r.Claim]:
    """Each claim value with no measure given the measure its noun phrase names (`measure_at`)."""
    if not claims or not (ctx.moneys or ctx.percents or ctx.counts):
        return claims
    where: dict = {}
    for text, start, end, kind in _spans(ctx):
        where.setdefault(text, (start, end, kind))
    out = []
    for c in claims:
        vals, changed = [], False
        for v in c.values:
            if v.measure is None and v.role in ("amount", "percent", "count") and v.text in where:
                start, end, kind = where[v.text]
                rd = measure_at(ctx.text, start, end, mentions=ctx.mentions)
                if rd is not None and rd.shape == "label-colon" and _names_subject(rd.measure, c.subject):
                    rd = None   # "- Infrastructure: $3.56 billion, +17%": the line's label is its unit, the claim's subject
                if rd is not None and (kind != "count-noun" or rd.shape in _SUBJECT_SHAPES):
                    v, changed = v.model_copy(update={"measure": rd.measure}), True
            vals.append(v)
        out.append(c.model_copy(update={"values": tuple(vals)}) if changed else c)
    return out


_SUBJECT_KINDS = ("Company", "Organization")
_PLAN = plain(r"\b(?:expects?|expecting|expected|forecasts?|forecasting|guides?|guid(?:ed|ing|ance)|outlook|targets?|targeting|aims?|aiming|"
              r"plans?|planning|will|would|could|should|may|might|projects?|projected|anticipat\w+|intends?|seeks?|hopes?)\b", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY|Fiscal)"
_OTHER_AFTER = plain(r"(?:\*\*|__)?\s+(?:for|at|in|of|from)\s+(?:its|the|their|our)?\s*(?!" + _MONTHS + r")[A-Z][a-z]")
_CODED_NAME = plain(r"\b(?:[A-Za-z]+\d+[A-Za-z]+|\d+[A-Za-z]{2,}[A-Za-z\d]*)\b")
_FIRST_PERSON = plain(r"(?:^|[\s*>\"“(])(?:[Ww]e|[Oo]ur|I|[Mm]y|us)\b")
_COMPARED_OPEN = re.compile(r"\(\s*(?:\*\*)?$")


def _own_period(ctx, start: int, end: int, label: bool = False) -> r.Period | None:
    """A time the clause names for the value: the nearest before it in the clause, or after it with
    nothing between but words; never one opening a bracket of a compared figure ("(2024: 880 GWh)")."""
    t = ctx.text
    a = _clause_start(t, start, label)   # (a line's label states its date: "Headcount at 31 December 2026: 1,942")
    others = [x.start for x in (*ctx.moneys, *ctx.percents, *ctx.counts) if x.start != start]   # (a time before another figure is its)
    other_ends = [x.end for x in (*ctx.moneys, *ctx.percents, *ctx.counts) if x.start != start]   # (… and a time right after one)
    best = None
    for p in ctx.periods:
        if p.start is None and p.end is None:
            continue
        if a <= p.end_idx <= start and not _COMPARED_OPEN.search(t, 0, p.start_idx) \
                and not any(p.end_idx <= x < start for x in others) \
                and not any(0 <= p.start_idx - e <= 15 and "," not in t[e:p.start_idx] for e in other_ends) \
                and not re.search(r"\b(?:from|versus|vs\.?|against|compared|than)\b", t[p.end_idx:start]) \
                and "(" not in t[p.end_idx:start]:
            best = p if best is None or p.end_idx > best.end_idx else best
        elif p.start_idx >= end and p.start_idx - end <= 40 and not re.search(r"[,;(]", t[end:p.start_idx]):
            if best is None:
                best = p
    return _period(best) if best is not None else None


_ACTS = plain(r"\s+(?:[a-z]+(?:es|ed)|says|said|told|reports|estimates|puts|sets|expects|sees|has|had|is|was)\b")
_CAPITAL_WORD = plain(r"(?<![\w'’-])[A-Z][\w&'’.-]*")
_NOT_NAMES = frozenset("I We It They The In On At By For As Its Our Their This That These Those A An And But "
                       "Also Since When While After Before During Over Under From With According Management Group Company "
                       "Board Total Net".split())


def _measure_word(word: str) -> bool:
    from .figures import HEAD_RE   # (figures imports the readers this module sits beside)
    return HEAD_RE.fullmatch(word.rstrip(".,;:")) is not None


_REPORTED = plain(r"\b(?:that|which|whose|where|while|whereas|when)\b|[;:]")


def _subject_end(ctx, subject: r.EntityRef, pos: int) -> int:
    """Where the subject's last mention before `pos` ends (0 when the sentence does not name it)."""
    ends = [m.end for m in ctx.mentions if m.label == subject.label and m.end <= pos]
    return max(ends) if ends else 0


def _measure_tail(phrase: str) -> bool:
    """Whether a phrase ends in a measure's head ("order backlog", "revenue")."""
    from .figures import HEAD_RE
    return any(h.end() == len(phrase) for h in HEAD_RE.finditer(phrase))


def _other_name(ctx, subject: r.EntityRef, np_start: int) -> bool:
    """Whether a name other than the subject's stands in the sentence before the measure's noun phrase: a
    capitalised word not opening the sentence (nor its numbering or markup), not a time and not the
    subject's own mention, or a word of letters and digits ("a16z")."""
    t = ctx.text
    own = [(m.start, m.end) for m in ctx.mentions if m.label == subject.label]
    times = [(p.start_idx, p.end_idx) for p in ctx.periods] + [(v.start, v.end) for v in (*ctx.moneys, *ctx.percents, *ctx.counts)]
    lead = re.match(r"[\s*>#_\-•–(\[\"“]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:\*\*[^*]{1,60}\*\*\s*)?", t)
    first = lead.end() if lead else 0
    for w in (*_CAPITAL_WORD.finditer(t, 0, np_start), *_CODED_NAME.finditer(t, 0, np_start)):
        word = re.sub(r"[’']s$", "", w.group())
        if any(a <= w.start() < b for a, b in own + times) or word in _NOT_NAMES or _measure_word(word):
            continue   # (a measure's acronym, "EBIT rose to …, and the group's pre-tax result came to …", names nobody)
        opening = w.start() <= first or re.search(r"[.!?:;]\s*(?:\*\*|__)?\s*$", t[max(0, w.start() - 4):w.start()])
        if w.re is _CAPITAL_WORD and opening and word == w.group() and not _ACTS.match(t, w.end()):
            continue   # a word opening a sentence or a label ("Order book at …: …; the company put …"), unless a
            #            possessive or a verb after it makes it a name ("Tilde estimates the cost … at")
        return True   # ("Tilde estimates the cost … at", "Hundsun's R&D headcount stands at": another's figure)
    return False


def typed_facts(ctx, claims: list[r.Claim], facts: list) -> list[r.Observation]:
    """An Observation for each value of the sentence whose measure only its noun phrase names, of its
    claim's company when the clause states it of that company (`_acting`), unless a typed fact of the
    sentence holds the value already."""
    if not claims:
        return []
    held = {getattr(f, "value_text", None) for f in facts} | {
        a.text for f in facts if f.kind == "investment" for a in f.amounts}
    out: list[r.Observation] = []
    for text, start, end, kind in _spans(ctx):
        if text in held:
            continue
        rd = measure_at(ctx.text, start, end, mentions=ctx.mentions)
        end = end if end is not None else next(c.end for c in ctx.counts if c.start == start)
        if rd is None or (kind == "count-noun" and rd.shape not in _SUBJECT_SHAPES):
            continue
        # (a count's noun gave its claim value a measure, "18,450 employees"; the label the line states it under names it)
        claim = next((c for c in claims if any(v.text == text and (v.measure == rd.measure or kind == "count-noun")
                                               and v.role in ("amount", "percent", "count") for v in c.values)), None)
        if claim is None or claim.subject.kind not in _SUBJECT_KINDS or not _acting(ctx, claim.subject, rd.np_start):
            continue
        mr = reading(ctx.text, start, end, "count" if kind.startswith("count") else kind)
        if mr is not None and mr.role != "measure":
            continue   # "up from $9 billion", "lost 31,000 customers": the value is no level (measures.py)
        if rd.shape in ("np-of-value", "set-at") and _REPORTED.search(
                ctx.text, max(_subject_end(ctx, claim.subject, rd.np_start), _clause_start(ctx.text, start, False)), rd.np_start):
            continue   # "X said that large deal wins reached a total contract value of …": the clause's own subject's figure
        if part_owned(ctx.text, start):
            continue   # "the unit's revenue was Rp296bn": a part's figure the text does not name (figure_owner.py)
        if _other_name(ctx, claim.subject, rd.np_start):
            continue   # "a16z is itself sitting on a fund of …", "the Union Cabinet approved … with an outlay of …"
        if _PLAN.search(ctx.text, min(rd.np_start, _clause_start(ctx.text, start, False)), start):
            continue   # "now expecting … an adjusted EBITDA margin of 21% to 22%": an outlook, not a level reached
        if _OTHER_AFTER.match(ctx.text, end):
            continue   # "a cost of risk of 2.4% for its Fintech Platform": a named part's figure
        if not ctx.state.we_company and _FIRST_PERSON.search(ctx.text[_clause_start(ctx.text, start, False):start]):
            continue   # "We added to the position at an average cost of …" in a fund's letter: the writer's figure
        v = next(v for v in claim.values if v.text == text)
        if kind == "count" and rd.shape not in _SUBJECT_SHAPES:
            continue   # a bare number needs a line or a copula that states it
        out.append(r.Observation(subject=claim.subject, measure=rd.measure, value=v.value, unit=v.unit or ("count" if kind.startswith("count") else None),
                                 value_max=v.value_max, qualifier=v.qualifier, value_text=text,
                                 period=_own_period(ctx, start, end, rd.shape == "label-colon"), evidence=claim.evidence))
    return out
