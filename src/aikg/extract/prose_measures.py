"""A figure's measure in prose, read from the noun phrase the value is attached to, when no figure
reader typed it: "raised US$300 million in a round led by …" (a funding round), "closed a €180
million Series C" (that round), "valuing the company at US$2 billion" (a valuation).

Each rule is a named record (`ProseMeasure`): the kinds of value it reads, the pattern the text up
to the value must end with (`before`) and the one the text from the value's end must start with
(`after`), the measure it names (its head is a record of measure_names.PROSE_REGISTRY; "{series}"
fills in the round's series), and the documents of different sources its phrasing was met in.

`measure_at(text, start, end, kind)` gives the measure a rule reads for a value (claims.py keeps
it on the claim's value, whoever the subject is); `typed_facts(ctx, claims, facts)` turns each value
a rule reads into an Observation of its claim's subject when the sentence names that subject as
the one acting (the last company named before the value is the subject, or none is named and the
subject is the article's company) and no typed fact of the sentence holds the value already. The
Observation shares the claim's evidence (the claim it came from).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import records as r
from ..pattern_cache import plain
from .measure_names import canonical
from .measures import MeasureRule
from .per_share import ISSUE_BEFORE, SHARE_ISSUE_PRICE
from .rule_record import RuleRecord
from .relations import _period

# what may stand between the verb and the value: a qualifier, markdown emphasis
_QUAL = r"(?:\*\*|__)?(?:(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|at\s+least|up\s+to)\s+)?(?:\*\*|__)?"
_SERIES = r"(?P<series>(?-i:Series)\s+(?-i:[A-H])(?:\s+(?:extension|bridge|extended))?|seed|pre-seed)"


def ProseMeasure(name: str, kinds: tuple[str, ...], before: str, after: str, measure: str,
                 provenance: tuple[str, ...], examples: tuple[str, ...], not_before: str = "",
                 dated: bool = True) -> MeasureRule:
    """One prose measure rule, a record of the measure readers' one type (measures.MeasureRule, role
    "measure"): the kinds of value it reads, the text before the value ends with `before` ("" = anything),
    the text after it starts with `after`, the measure's name ("{series}" is the round's series when the text
    names one), where it was met, invented examples, the text before that undoes it, whether it is dated."""
    return MeasureRule(name, "measure", before=before, after=after, kinds=kinds, measure=measure, examples=examples,
                       provenance=provenance, not_before=not_before, dated=dated)


# a debt instrument: its modifiers and head noun ("senior notes", "sustainability-linked bond", "local bond")
_DEBT = (r"(?P<debt>(?:(?:senior|secured|unsecured|convertible|exchangeable|green|sustainability-linked|social|local|"
         r"medium-term|long-term|subordinated|zero-coupon|islamic|hybrid|perpetual|guaranteed|fixed-rate|floating-rate)\s+){0,3}"
         r"(?:notes|bonds?|debentures|sukuk))\b")

_BUYBACK = r"(?:\*\*|__)?\s+(?:(?:share|stock)\s+)?(?:buyback|repurchase)"
_RAISE_VERB = r"\b(?:raised|raises|raising|secured|secures|closed|closes|completed|landed|pulled\s+in)\s+(?:a\s+|an\s+)?(?:fresh\s+|new\s+|further\s+)?"

RULES: tuple[MeasureRule, ...] = (
    # a valuation first: "valued at $100 billion in a funding round" is the valuation, not the round
    ProseMeasure(
        "valuation-at", ("money",),
        before=r"\b(?:valuing\s+(?:the\s+(?:company|firm|start-?up|group|business)|it|them)\s+at|(?:was|is|been|now|being)\s+valued\s+at)\s+" + _QUAL,
        after="", measure="valuation",
        # "in a cash deal valuing the company at about £1.8 billion" (probe5 02_qualcomm): the target's price, not a round
        not_before=r"\b(?:deal|offer|bid|transaction|takeover|acquisition|agreement|contract|merger)\b[^.;]{0,40}$",
        provenance=("probe19 06_deepl_hiring_story: 'raised US$300 million in a round …, valuing the company at US$2 billion'",
                    "probe5 01_snowflake_fq2_2026: 'Databricks, the privately held company that was valued at $100 billion in a funding round'",
                    "probe6 p6_07_zhipu: 'The company was valued at about 40 billion yuan in its latest private round'"),
        examples=("Quillby raised $40 million, valuing the company at $400 million.",
                  "Dornet is now valued at €1.2 billion after the deal.")),
    # "raised $X in a (Series C) (funding) round (led by …)"
    ProseMeasure(
        "funding-round-in", ("money",),
        before=_RAISE_VERB + _QUAL,
        after=r"(?:\*\*|__)?\s+(?:[\w,]+\s+){0,4}?in\s+(?:a|an|its|the|their)\s+(?:new\s+|latest\s+|fresh\s+)?(?:" + _SERIES + r"\s+)?"
              r"(?:(?:funding|financing|equity|venture|growth|investment|bridge)\s+)?(?:funding\s+)?round\b",
        measure="{series} funding round",
        provenance=("probe19 06_deepl_hiring_story: 'In May 2024 DeepL raised US$300 million in a round led by Index Ventures'",
                    "probe18 sarvam_committee_hearing: 'raised US$41 million in December 2023 in a round led by …'",
                    "probe14 02_nice_podcast: 'had raised 100 million dollars in a funding round in 2024'",
                    "probe15 06_furiosaai_expo_floor_report: 'has raised KRW 170 billion in a Series C bridge round'"),
        examples=("Quillby raised $25 million in a round led by two pension funds.",
                  "The start-up secured €8 million in a seed round last spring.")),
    # "raised a $180 million Series D", "closed a €180 million Series C"
    ProseMeasure(
        "funding-round-series-after", ("money",),
        before=_RAISE_VERB + _QUAL,
        after=r"(?:\*\*|__)?\s+" + _SERIES + r"(?:\s+(?:funding|financing))?(?:\s+round)?\b",
        measure="{series} funding round",
        provenance=("probe11 p11_08_synthesia_newsletter: 'In January Synthesia raised a $180 million Series D at a $2.1 billion valuation'",
                    "probe22 07_genesiscloud_ama_thread: 'We closed a **€180 million Series C** in May 2025'"),
        examples=("Dornet closed a $60 million Series B in March.",)),
    # (issue39m) the size of a share buyback programme, named after its amount: "a ¥150 billion buyback announced in
    # May", "a $5.0 billion repurchase program", "new $750M buyback authorization" ("a share buyback programme of up to
    # CHF 200 million" is the figure readers' already: probe11 temenos, devset5 fujitsu) (the amount bought back under it, "repurchased … for $4.8 million under its $15 million buyback
    # programme", is no size of the programme; "$1.8 billion of share buybacks" spent stays the figure readers')
    ProseMeasure(
        "buyback-programme-after", ("money",),
        before="", after=_BUYBACK + r"(?!\s+(?:and|or)\b)(?:\s+(?:program(?:me)?|authori[sz]ation|plan))?\b",
        measure="share buyback programme", dated=False,
        provenance=("probe10 tokyo_electron_note: 'a 50% payout ratio and a ¥150 billion buyback announced in May'",
                    "probe19 01_tripcom_q3_faq: 'The board approved a US$5 billion share repurchase programme'",
                    "probe9 g08_netease_q2_2025: 'under a $5.0 billion repurchase program'",
                    "probe27 05_ceragon_6k: 'under its $15 million buyback programme approved in February 2026'",
                    "probe17 07_logitech_esports_sponsorship: 'the company has a $2 billion buyback program running through fiscal 2028'",
                    "probe28 07_dynatrace_desk_chat_log: 'new $750M buyback authorization'"),
        examples=("The board approved a new $400 million buyback programme.", "Quillby has a €1 billion share repurchase plan.")),
    # (issue39m) a share placement named after its amount: "We funded it with a A$1.85 billion placement on the ASX",
    # "A$25.0 million placement completed at A$0.17 per share"
    ProseMeasure(
        "placement-after", ("money",),
        before="", after=r"(?:\*\*|__)?\s+(?:share\s+|equity\s+)?(?:placement|placing)\b",
        measure="placement",
        provenance=("probe16 07_xero_linkedin_post: 'We funded it with a A$1.85 billion placement on the ASX plus cash on hand'",
                    "probe28 08b_brainchip_asx_4c_q3: '- A$25.0 million placement completed at A$0.17 per share'"),
        examples=("Kestrel completed a $21.0 million placement in August.",)),
    # (issue39m) the price new shares are issued at (per_share.SHARE_ISSUE_PRICE; its minor-unit form is read there)
    ProseMeasure(
        "share-issue-price", ("money",),
        before=ISSUE_BEFORE.pattern, after=r"\s*(?:per|a|each)\s+(?:new\s+|ordinary\s+)?share\b",
        measure="issue price per share",
        provenance=SHARE_ISSUE_PRICE.provenance,
        examples=("Kestrel issued 52.5 million new shares to investors at $0.40 per share.",)),
    # a debt instrument named after its amount: "the outstanding US$650 million 7.00% senior notes due 2027",
    # "priced its own MXN 7,000 million local bond", "RM5.0 billion Islamic medium-term notes programme"
    ProseMeasure(
        "debt-instrument", ("money",),
        before="", after=r"(?:\*\*|__)?\s+(?:\d+(?:\.\d+)?\s?%\s+)?" + _DEBT + r"(?!\s+(?:holders?|investors?|market|markets|yields?|prices?)\b)",
        measure="{debt}", dated=False,   # (the coupon between them, "7.00%", stays on the claim: one source states it so, probe22)
        provenance=("probe22 06_heliostowers_bond_offering: 'to redeem in full the outstanding US$650 million 7.00% senior notes due 2027'",
                    "focusset22 held 04_axtel_bondpricing: 'America Movil recently priced its own MXN 7,000 million local bond'",
                    "probe16 03_ytl_power_credit_rating_note: 'RM5.0 billion Islamic medium-term notes (Sukuk Wakalah) programme'"),
        examples=("Quillby will repay its €300 million 4.25% senior notes due 2028.",
                  "Dornet sold a $500 million green bond last week.")),
)


@dataclass(frozen=True)
class ProseReading:
    rule: MeasureRule
    measure: str


def measure_at(text: str, start: int, end: int, kind: str) -> ProseReading | None:
    """The measure the first rule that holds reads for the value at text[start:end], or None."""
    before, after = text[max(0, start - 160):start], text[end:end + 120]
    for rule in RULES:
        if kind not in rule.kinds:
            continue
        mb = rule._before.search(before) if rule._before is not None else None
        if rule._before is not None and mb is None:
            continue
        if rule._not is not None and rule._not.search(before):
            continue
        ma = rule._after.match(after) if rule._after is not None else None
        if rule._after is not None and ma is None:
            continue
        groups = {}
        for m in (mb, ma):
            if m is not None:
                groups.update({k: " ".join(v.lower().split()) for k, v in m.groupdict().items() if v and k not in groups})
        measure = re.sub(r"\{(\w+)\}", lambda g: groups.get(g.group(1), ""), rule.measure)
        return ProseReading(rule, canonical(" ".join(measure.split())))
    return None


_SUBJECT_KINDS = ("Company", "Organization")
_DATED = ("month", "day", "quarter", "half", "year")
_CAPITAL = plain(r"(?<![\w'’-])[A-Z][\w&'’.-]*")
_PRONOUN_SUBJECT = plain(r"(?:^|[,;]\s*(?:and\s+|but\s+)?|\b(?:and|but)\s+)(?:we|it|they|the\s+(?:company|group|firm))\s+[a-z]+", re.I)
# ("the Company issued 147.1 million new shares …": a filing's defined term for the issuer is no other actor)
_NOT_NAMES = frozenset("I We It They The In On At By For As Its Our Their This That These Those Company Group".split())


# a period named after a word of comparison is the compared figure's ("signed six large deals in the quarter,
# against seven in Q2"): not the period of the figure before it
_COMPARED = plain(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from|than)\s+(?:[\w$€£¥-]+\s+){0,3}(?:in\s+|at\s+|for\s+)?(?:the\s+)?$", re.I)


def _own_period(ctx, claim: r.Claim, start: int, end: int, doc_period: r.Period | None,
                inherit: bool = False) -> r.Period | None:
    """The period of the figure at text[start:end]: its claim's own period unless every period the sentence
    names stands after a word of comparison (then the period the document reports on); else the event's
    date (`_when`), or with `inherit` (a count won "in the quarter") the period the claim inherits."""
    if claim.period is not None and not claim.period.inherited:
        dated = [p for p in ctx.periods if p.start is not None or p.end is not None]
        if dated and all(_COMPARED.search(ctx.text, max(0, p.start_idx - 40), p.start_idx) for p in dated):
            return doc_period   # every period the sentence names is a compared figure's
        return claim.period
    when = _when(ctx, start, end)
    return when if when is not None or not inherit else claim.period


def _when(ctx, start: int, end: int) -> r.Period | None:
    """The date of the event a value states ("In May 2024 DeepL raised …", "raised US$41 million in
    December 2023 in a round", "had raised 100 million dollars in a funding round in 2024"): the nearest
    month, day, quarter, half or year the sentence names before the value, or after it with no comma
    between (a later clause's year, "…, and it is preparing for a listing in 2026", dates no round); else None."""
    t = ctx.text
    ok = [p for p in ctx.periods if p.kind in _DATED and p.start is not None and p.end is not None
          and (p.end_idx <= start or (p.start_idx >= end and p.start_idx - end <= 80 and not re.search(r"[,;]|\bwhich\b", t[end:p.start_idx])))]
    if not ok:
        return None
    return _period(min(ok, key=lambda p: start - p.end_idx if p.end_idx <= start else p.start_idx - end))


def _acting(ctx, subject: r.EntityRef, pos: int) -> bool:
    """Whether `subject` is the one the value is stated of: the last company or organisation named
    before the value (in the sentence) is it, or none is named before it and it is the article's company."""
    before = [m for m in ctx.mentions if m.kind in _SUBJECT_KINDS and m.end <= pos]
    if before:
        if before[-1].label != subject.label:
            return False
        gap_start = before[-1].end
    elif subject != ctx.state.main_company:
        return False
    else:
        gap_start = 0
    # a name no list knows (no date, no place or thing a list knows) between the subject and the value is another actor ("… and that Telmex's parent
    # America Movil recently priced its own MXN 7,000 million local bond"): not the subject's figure
    # (up to the first figure after the subject: the names after it are its complements, "raised US$300 million in a
    # round led by A, with B and C participating, valuing the company at US$2 billion")
    gap_end = min([pos] + [v.start for v in (*ctx.moneys, *ctx.counts) if gap_start <= v.start < pos])
    if before and _PRONOUN_SUBJECT.search(ctx.text, gap_start, gap_end):
        # "Demand from Microsoft … kept our order book full, and we signed two new framework agreements": a
        # pronoun that opens a clause after the name is the one acting (the article's company), not the name
        return subject == ctx.state.main_company and before[-1].label == subject.label
    dated = [(p.start_idx, p.end_idx) for p in ctx.periods] + [(m.start, m.end) for m in ctx.mentions if m.kind not in _SUBJECT_KINDS]
    for w in _CAPITAL.finditer(ctx.text, gap_start, gap_end):
        if w.start() == 0 or ctx.text[:w.start()].strip() in ("", "*", "-", ">") or any(a <= w.start() < b for a, b in dated):
            continue
        if w.group() not in _NOT_NAMES:
            return False
    return True


def typed_facts(ctx, claims: list[r.Claim], facts: list, doc_period: r.Period | None = None) -> list[r.Observation]:
    """An Observation for each money value of the sentence a rule reads the measure of, of its
    claim's subject when the sentence names that subject as the one acting (`_acting`), unless a
    typed fact of the sentence states that value already."""
    out: list[r.Observation] = []
    held = {getattr(f, "value_text", None) for f in facts} | {
        a.text for f in facts if f.kind == "investment" for a in f.amounts}
    for m in ctx.moneys:
        if m.text in held:
            continue
        rd = measure_at(ctx.text, m.start, m.end, "money")
        if rd is None:
            continue
        claim = next((c for c in claims if any(v.text == m.text and v.role == "amount" for v in c.values)), None)
        if claim is None or claim.subject.kind not in _SUBJECT_KINDS or not _acting(ctx, claim.subject, m.start):
            continue
        period = _when(ctx, m.start, m.end) if rd.rule.dated else None
        out.append(r.Observation(subject=claim.subject, measure=rd.measure, value=m.value, unit=m.currency,
                                 value_max=m.value_max, qualifier=m.qualifier, value_text=m.text,
                                 period=period, evidence=claim.evidence))
    for sc in spelled_counts(ctx.text, 0, len(ctx.text)):
        claim = next((c for c in claims if any(v.text == sc.text and v.role == "count" for v in c.values)), None)
        if claim is None or claim.subject.kind not in _SUBJECT_KINDS or not _acting(ctx, claim.subject, sc.start):
            continue
        out.append(r.Observation(subject=claim.subject, measure=sc.measure, value=sc.value, unit="count", value_text=sc.text,
                                 period=_own_period(ctx, claim, sc.start, sc.end, doc_period, inherit=True), evidence=claim.evidence))
    return out


# rule spelled-count-object: a number written as a word (two to twelve) that is the object of a verb of
# winning or adding ("won seven large deals", "added two Nordic issuers") counts the noun after it: the
# value finders read digits only, so the count was lost. The measure is the noun with the verb: what
# was won or added, not a level held.
SPELLED_COUNT_OBJECT = RuleRecord(
    "spelled-count-object",
    "a spelled-out number after a verb of winning or adding counts the plural noun phrase after it",
    ("probe22 08a_firstsource_news_q2: 'The company won seven large deals in the quarter'",
     "probe13 tietoevry_q3_2024_exchange_release: 'Tieto Cards added two Nordic issuers during the quarter'"),
    ("Quillby signed three new hyperscale leases in May.", "The unit won eleven public-sector contracts."))
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12}
_SPELLED = plain(r"\b(?P<verb>won|signed|closed|added|secured|booked|opened)\s+(?P<n>" + "|".join(_NUMBER_WORDS)
                 + r")\s+(?P<np>(?:[A-Za-z][\w&-]*\s+){0,2}?[a-z][\w-]*s)\b", re.I)
# a plural that is no thing counted: time, a measure's unit
_NOT_COUNTED = frozenset("years months quarters weeks days hours minutes times points percent basis".split())


@dataclass(frozen=True)
class SpelledCount:
    start: int
    end: int
    value: int
    text: str
    noun: str
    measure: str


_SPELLED_GATE = ("won", "signed", "closed", "added", "secured", "booked", "opened")   # (one of them, or no count)


def spelled_counts(text: str, a: int, b: int) -> list[SpelledCount]:
    """The spelled-out counts of text[a:b] (SPELLED_COUNT_OBJECT)."""
    low = text[a:b].lower()
    if not any(map(low.__contains__, _SPELLED_GATE)):
        return []
    out = []
    for m in _SPELLED.finditer(text, a, b):
        np = " ".join(m.group("np").split())
        if np.split()[-1].lower() in _NOT_COUNTED:
            continue
        out.append(SpelledCount(m.start("n"), m.end("np"), _NUMBER_WORDS[m.group("n").lower()],
                                f"{m.group('n')} {np}", np.lower(), f"{np.lower()} {m.group('verb').lower()}"))
    return out
