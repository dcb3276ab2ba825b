"""Relation patterns: one sentence (plus a little document context) -> fact records.

Each `_x(ctx)` function looks for one kind of fact. They share a `SentenceContext` holding the
sentence, its entity mentions and values, and the document state (main company, the segment
and model mentioned last, the period in force, a timeline date) used to resolve "the company",
"that segment", "its" and "it".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date
from decimal import Decimal

from .. import records as r
from . import values as v
from .entities import NAME_SEQ, NOT_PERSON_END, PERSON_NAME, Mention
from .legal_forms import LEGAL_END, LEGAL_LAST
from .filer_terms import class_noun_name, defined_term_subject
from .lead import lead
from . import clauses, investment_roles, people_boards, people_committees, people_lines, role_rules, succession, verbs
from .rule_record import RuleRecord
from .relation_rules import ACQUIRED_DESCRIBED, APPOSED_HOLDS, OWN_FIGURES, PARTNER_NOT_UNIT, RIVALS_LISTED, RUNS_ON, UNIT_APPOSED, UNIT_BRACKET_FIGURE, UNIT_HEADING, UNIT_NOUN_HOLDS, UNIT_THAT_HOLDS, UNIT_ROW, UNIT_ROW_NAME
from .discover import AHEAD_LIST, RANKED
from .support import share_failed
from .unit_contents import gloss_members
from .measure_names import coordinated_ratio, target_measure, valuation_multiple_after
from ..pattern_cache import plain, name_rx

ORG_KINDS = ("Company", "Segment", "Organization")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


@lru_cache(maxsize=8192)   # (per sentence text: a feed restates its sentences, values._CACHE_SIZE)
def _present(text: str) -> tuple[frozenset, frozenset]:
    """The gate words of `_NEEDS` in `text`: (those looked up as written, those looked up in
    v.fold(text)); a sentence is asked about a dozen times."""
    return (frozenset(filter(text.__contains__, _NEED_WORDS[False])),
            frozenset(filter(v.fold(text).__contains__, _NEED_WORDS[True])))


def _search(rx: re.Pattern, text: str):
    """`rx.search(text)`, skipped when `text` lacks every word rx needs one of (`_NEEDS`)."""
    words, folded = _NEEDS_BY_ID[id(rx)]  # (hashing a pattern hashes its whole code)
    return None if _present(text)[folded].isdisjoint(words) else rx.search(text)


def _finditer(rx: re.Pattern, text: str):
    words, folded = _NEEDS_BY_ID[id(rx)]
    return () if _present(text)[folded].isdisjoint(words) else rx.finditer(text)
SUBJECT_KINDS = ("Company", "Segment", "AIModel", "ModelFamily", "Organization", "CostItem")


@dataclass
class DocState:
    doc_id: str
    doc_date: date | None
    main_company: r.EntityRef | None
    last_segment: r.EntityRef | None = None
    last_model: r.EntityRef | None = None
    last_subject: r.EntityRef | None = None
    paragraph_period: tuple[int, r.Period] | None = None
    timeline_date: date | None = None
    pending_competition: tuple[r.EntityRef, str | None] | None = None
    pending_gap: bool = False
    named_companies: set = field(default_factory=set)  # companies the sentences read so far named (announced_units)
    pending_units: tuple | None = None  # (owner, count, paragraph) of "X reports four segments." (UNIT_LIST_RULES)
    paragraph: int = -1
    doc_mentions_segment: bool = False
    people: dict[str, str] = field(default_factory=dict)     # surname -> full label
    roles: dict[str, list] = field(default_factory=dict)     # person label -> [(role, role_text, organization)] met so far
    known_segments: set = field(default_factory=set)
    last_person: str | None = None   # the person named last ("She succeeds …")
    signature: tuple | None = None   # a signature block read so far: (name, end, titles, (start, lines' text), the farthest the next line may start)
    full_names: dict = field(default_factory=dict)   # a word of a full name written in the document -> those names (role_rules.full_names)
    leaving: dict[str, str] = field(default_factory=dict)   # role -> the person the document said is leaving it
    compute_unit: r.EntityRef | None = None   # the unit the text calls its GPU / AI cloud (typed.hardware)
    line_unit: tuple[int, r.EntityRef] | None = None  # (line, segment) a run-in heading names: "Networks. The segment comprises …"
    list_period: r.Period | None = None  # the period a list's lead line states ("Revenue by product line in fiscal 2025:")
    heading_period: r.Period | None = None  # the part of a year the heading in force names ("## Second quarter", period_scope)
    we_company: bool = False   # the first-person "We" of the text is main_company (focus.Focus.narrator, narrator.py)
    table_periods: list | None = None  # a table row's column periods (tables.column_periods), None off a table
    bullet_line: bool = False  # the sentence is on a bulleted or numbered list line ("- Revenue of $X to $Y")
    list_item_line: int = -1  # the line of the last list item opened
    numbered_item: bool = False  # the sentence opens a line numbered "2." / "3)" (figures.NUMBERED_ITEM_LABEL)
    outlook_period: tuple[int, r.Period] | None = None  # (paragraph, year) the last outlook stated ("confirmed its 2025 guidance")
    units: frozenset = frozenset()  # labels of the article's company's units (units.py)
    layout_labels: frozenset = frozenset()  # line labels in capitals that are layout words, no unit (name_shapes.layout_label)
    paragraph_unit: tuple[int, r.EntityRef] | None = None  # (paragraph, unit) whose figure the paragraph gave last
    disclaimed: bool = False  # the sentence's figures are estimates by a later disclaimer (estimates.disclaimed)
    unit_rows: bool = False  # the lines read now are rows under a unit heading (relation_rules.UNIT_HEADING)
    last_launch: tuple[int, r.EntityRef] | None = None  # (paragraph, what it said was launched last): "users tried it" (typed.relations)
    last_asset: tuple[int, r.EntityRef] | None = None  # (paragraph, the plant / campus / project named last): "The plant will supply …" (clause_relations)


@dataclass
class SentenceContext:
    text: str
    evidence: r.Evidence
    mentions: list[Mention]
    state: DocState
    paragraph: int
    moneys: list = field(default_factory=list)
    percents: list = field(default_factory=list)
    counts: list = field(default_factory=list)
    periods: list = field(default_factory=list)
    durations: list = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def before(self, pos: int, kinds=SUBJECT_KINDS) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.end <= pos and m.kind in kinds:
                best = m
        return best

    def after(self, pos: int, kinds=SUBJECT_KINDS) -> Mention | None:
        for m in self.mentions:
            if m.start >= pos and m.kind in kinds:
                return m
        return None


def ref(m: Mention) -> r.EntityRef:
    return _entity_ref(m.kind, m.label)


@lru_cache(maxsize=4096)
def _entity_ref(kind: str, label: str) -> r.EntityRef:
    """One (immutable) reference per entity: a document's sentences name the same ones over and over."""
    return r.EntityRef(kind=kind, label=label)


def _period(p) -> r.Period:
    label = p.label
    if p.start and p.end and p.start.day == 1 and p.start.month in (1, 4, 7, 10) and "FY" not in label:
        months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month
        if months == 2 and p.end.day >= 28:
            label = f"Q{(p.start.month - 1) // 3 + 1} {p.start.year}"
    if p.start is None and p.end is not None and (not label or label.startswith("..")):
        label = f"as of {p.end.isoformat()}"
    return _period_record(p.start, p.end, label)


@lru_cache(maxsize=4096)
def _period_record(start: date | None, end: date | None, label: str) -> r.Period:
    """One (immutable) Period per (start, end, label): a document names its periods over and over."""
    return r.Period(start=start, end=end, label=label)


def _money(m) -> r.Money:
    return r.Money(value=m.value, currency=m.currency, value_max=m.value_max,
                   qualifier=m.qualifier, text=m.text)


_COREF_COMPANY = plain(
    r"\b(?:the|The)\s+(?:company|group|firm|conglomerate|(?:Chinese\s+|US\s+|American\s+|e-commerce\s+|internet\s+|social\s+media\s+)?(?:tech(?:nology)?\s+)?(?:giant|group|company))\b")
_COREF_SEGMENT = plain(r"\b(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:segment|unit|division)\b")


_RELATIVE = plain(r",\s+(?:which|who|whose|that|where|home\s+to|like|such\s+as|including)\b[^,;]*,"
                       r"|,\s+(?:the\s+|its\s+)?(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}(?:arm|unit|subsidiary|division|affiliate|parent|owner|business|segment)\s*,")


def _relative_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]

_LEAD_CLASS_NOUN = plain(r"\s*(?:The|This)\s+(?:company|group|firm|conglomerate)\b|\s*It\b")
_LEAD_PRONOUN = plain(r"^(?:[A-Z]?[\w-]+\s+){0,4}?(?:it|the\s+company|the\s+group|the\s+firm)\s+(?:has\s+|had\s+|also\s+|will\s+|would\s+)?[a-z]+")


def _company_subject(ctx: SentenceContext, pos: int | None = None) -> r.EntityRef | None:
    """The company a clause is about: a sentence-initial "the company"/"the group", else the
    nearest company mention before `pos` outside relative clauses, else the document's."""
    pos = len(ctx.text) if pos is None else pos
    if _LEAD_CLASS_NOUN.match(ctx.text) and ctx.state.main_company:
        lead = ctx.after(0, ("Company",))
        if lead is None or lead.start > 3:
            return ctx.state.main_company
    lead_pron = _LEAD_PRONOUN.match(ctx.text)
    if lead_pron and ctx.state.main_company and not any(x.kind == "Company" and x.start < lead_pron.end() for x in ctx.mentions):
        return ctx.state.main_company
    spans = _relative_spans(ctx.text)
    m = None
    for x in ctx.mentions:
        if x.end <= pos and x.kind == "Company" and not any(a <= x.start < b for a, b in spans):
            m = x
    if m:
        return ref(m)
    m = ctx.after(0, ("Company",))
    if m and pos == len(ctx.text):
        return ref(m)
    return ctx.state.main_company


# ------------------------------------------------------------------ segments
# The unit a text introduces as its GPU or AI cloud, to which a later "The first cluster uses H100
# GPUs" belongs: "This is Telenor AI Factory, the GPU cloud that …" (probe13 Telenor), "Singtel's
# own AI cloud, RE:AI, rents GPU capacity …" (probe11 Singtel). Invented: "Orvane Compute, the AI
# cloud the group opened in 2025, …; the cluster runs on B200 GPUs."
_COMPUTE_AFTER = plain(r",\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:cloud|cluster|supercomputer)\b", re.I)
_COMPUTE_BEFORE = plain(r"(?:\b(?:the|its|our)|[A-Z][\w&-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:cloud|cluster|supercomputer),\s+$", re.I)
_COMPUTE_KINDS = ("Segment", "Project", "Product", "Application")

def note_compute_unit(ctx: SentenceContext) -> None:
    """Keep, on the document's state, the unit the sentence calls its GPU or AI cloud (read by
    typed.relations for a later "The first cluster uses …")."""
    t = ctx.text
    if "cloud" not in t and "cluster" not in t and "supercomputer" not in t:
        return
    for m in ctx.mentions:
        if m.kind in _COMPUTE_KINDS and (_COMPUTE_AFTER.match(t, m.end) or _COMPUTE_BEFORE.search(t, max(0, m.start - 60), m.start)):
            ctx.state.compute_unit = ref(m)
            return


_DESCRIPTIVE_UNIT = plain(
    r"\b(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)?(?:'s|’s)?\s*(?P<desc>(?:cloud|cloud\s+and\s+AI|AI\s+and\s+cloud|cloud\s+computing)\s+(?:division|unit|business(?:es)?|segment|arm))\b",
    re.IGNORECASE)


# ------------------------------------------------------------------ announced unit lists
# "X reports N segments: <list>" or "X reports N segments. <list>": the announcement says how many
# units the list holds, so a list whose top-level items (split at ";" first, else at "," and "and",
# never inside brackets) number exactly N is read item by item: each item's leading capitalised
# name is a unit of the company; its brackets are an abbreviation ("(ATM)") or what the unit holds
# ("(the X platform, the Y tool)"). A list of another length is left to the other readings.
@dataclass(frozen=True)
class UnitListRule:
    name: str
    pattern: str
    examples: tuple[str, ...]
    provenance: tuple[str, ...]

    @property
    def _rx(self) -> re.Pattern:
        return _rule_rx(self.pattern)


@lru_cache(maxsize=None)
def _rule_rx(pattern: str) -> re.Pattern:
    return plain(pattern)


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
UNIT_LIST_RULES = (
    UnitListRule(
        name="counted-units-list",
        pattern=r"\b(?:reports?|has|have|comprises|is\s+organi[sz]ed\s+into|operates|splits\s+(?:its\s+)?(?:business|results)\s+into)\s+"
                r"(?:in\s+|through\s+)?(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+(?:reporting\s+|business\s+|operating\s+)?"
                r"(?:segments|business\s+units|divisions|business\s+lines|areas)\s*(?P<tail>:\s*(?P<list>[^.]+)|\.?\s*$)",
        examples=("The group reports three segments: Alpha (the A and B tools); Beta at about 30%; and Gamma.",
                  "Orvane reports in two segments. Cloud revenue rose 9% to $1 billion; and Devices (phones, tablets) made $2 billion."),
        provenance=("probe14 04 Locaweb: 'reports two segments: **BeOnline/SaaS** (web hosting, …) and **Commerce** (the Tray …)'",
                    "probe14 08 Happiest Minds: 'reports four business units: <name> (PDES), the largest at about 49%; …'",
                    "probe14 05 Indra: 'reports in four segments. Defence revenue rose …; Air Traffic Management (ATM) generated …; …'",
                    "older set: 'Tietoevry reports five segments. Tietoevry Create (digital engineering, …); Tietoevry Banking (…); …'",
                    "probe16 07 Xero (first person): 'We report two segments: <A> (ANZ) and International.'",
                    # (issue36r: 'business areas' and 'business lines' count units as 'segments' do)
                    "probe23 02 Bahnhof: 'The group operates in two business areas: **Private** (…) and **Business** (…)'",
                    "probe26 01 Izertis: 'Izertis reports its activity in three areas.'; probe22 03 Retelit 'THE THREE "
                    "BUSINESS LINES'")),
)
_COUNTED_WORD = plain(r"(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:\w+\s+)?(?:segments|units|divisions|lines|areas)\b")
_COUNTED_N = plain(r"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+(?:\w+\s+)?(?:segments|units|divisions)\b")
_TOP_BRACKETS = plain(r"\([^()]*\)")
_UNIT_HEAD = plain(r"^(?:and\s+|or\s+)?(?:the\s+|its\s+|The\s+|Its\s+)?(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&|and|of|for)\s+[A-Z][\w&'’/.-]*|\s+[A-Z][\w&'’/.-]*)*)"
                   r"(?P<rest>.*)$", re.S)
_ABBREVIATION = plain(r"[A-Z][A-Za-z&]{1,6}")
_NOT_UNIT_HEAD = frozenset("The This That These It Its Our Their Group Total Revenue Sales In For By Since Most".split())


# Other cuts of a counted list when the plain one ("," and "and" outside brackets) gives another
# count than announced (COUNTED_CUTS): the announced count picks the reading.
_DASHED_ASIDE = plain(r"\s(?:—|–|--)\s[^—–]*?\s(?:—|–|--)(?=\s)")
COUNTED_CUTS = (
    # "A, which holds x and y, and B, which holds z": a relative clause runs to ", and <Name>" or the end
    ("relative-to-comma-and", plain(r",\s+which\s+.*?(?=,\s+and\s+[A-Z]|$)"), r",\s+(?:and\s+)?|\s+and\s+"),
    # "A, which is organised into …, and B, which resells …" without the list's comma before "and"
    ("relative-to-and", plain(r",\s+which\s+.*?(?=,?\s+and\s+[A-Z]|$)"), r",\s+(?:and\s+)?|\s+and\s+"),
    # "Australia and New Zealand (ANZ) and International": only the list's last "and" joins two units
    ("last-and-only", None, r",\s+(?:and\s+)?|\s+and\s+(?!.*\sand\s)"),
)
# provenance of COUNTED_CUTS: probe18 SoftwareOne ('two segments: <A>, which holds its licence resale and
# Microsoft … business, and <B>, which holds its managed cloud, SAP services and …'), devset5 t06 Wipro
# ('two segments: IT Services, which is organised into four … units — …, … — and IT Products, which resells …'),
# probe16 07 Xero ('two segments: Australia and New Zealand (ANZ) and International'), probe14 04 Locaweb
# ('two segments: **BeOnline/SaaS** (web hosting, domains and e-mail …) and **Commerce** (…)').


def _top_items(text: str, n: int | None = None) -> list[str]:
    """The items of a list at its top level: ";" first, else "," and "and" outside brackets; with an
    announced count `n`, the first of COUNTED_CUTS that gives n items when the plain cut does not."""
    masked = _TOP_BRACKETS.sub(lambda b: "\x00" * len(b.group(0)), text)
    if ";" in masked:
        return _cut(text, [i for i, ch in enumerate(masked) if ch == ";"])
    # (a comma inside a unit's description, "BeOnline, its hosting arm, and …", is no cut the
    # count would accept: the count check drops such lists)
    plain_items = _cut(text, [m.start() for m in re.finditer(r",\s+(?:and\s+)?|\s+and\s+", masked)])
    if n is None or len(plain_items) == n:
        return plain_items
    masked = _DASHED_ASIDE.sub(lambda b: "\x00" * len(b.group(0)), masked)
    for _name, aside, cut in COUNTED_CUTS:
        mk = aside.sub(lambda b: "\x00" * len(b.group(0)), masked) if aside is not None else masked
        items = _cut(text, [m.start() for m in re.finditer(cut, mk)])
        if len(items) == n:
            return items
    return plain_items


def _cut(text: str, cuts: list[int]) -> list[str]:
    out, a = [], 0
    for c in cuts + [len(text)]:
        piece = text[a:c].strip(" ;,.")
        if piece:
            out.append(re.sub(r"^(?:and|or)\s+", "", piece))
        a = c + 1
    return [p for p in out if p]


def _listed_units(ctx: SentenceContext, text: str, offset: int, n: int, owner: r.EntityRef) -> list:
    items = _top_items(text, n)
    if len(items) != n:
        return []
    heads = []
    for it in items:
        hm = _UNIT_HEAD.match(it.replace("**", ""))
        if hm is None or hm.group("name").split()[0] in _NOT_UNIT_HEAD or hm.group("name") == owner.label \
                or re.match(r"[A-Z]{3}\s?\d", it.replace("**", "").strip()):   # ("…, and Marine, GBP 400 million": an amount, no unit)
            return []
        heads.append((hm.group("name").rstrip(".,"), hm.group("rest")))
    out = []
    for name, rest in heads:
        x = next((m for m in ctx.mentions if m.text == name and m.kind == "Segment"), None)
        seg = ref(x) if x is not None else r.EntityRef(kind="Segment", label=name)
        out.append(r.SegmentOf(segment=seg, company=owner, evidence=ctx.evidence))
        ctx.state.known_segments.add(name)
        br = re.match(r"\s*\((?P<inner>[^()]+)\)", rest) or _WHICH_HOLDS.match(rest)
        if br and not _ABBREVIATION.fullmatch(br.group("inner").strip()):
            for item in _contents(br.group("inner")):
                pos = text.find(item)
                ir = _item_ref(ctx, item, offset + pos if pos >= 0 else offset)
                if ir.label != seg.label and ir.kind not in ("Company", "Person"):
                    out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


_PLACED_VERB = plain(r"\b(?:is|are|was|were|reported|included|booked|recorded|consolidated)\b")
_AMOUNT_FIRST = plain(r"\s*(?:[$€£¥₹]|(?:US|A|C|NZ|HK|S)\$|[A-Z]{3}\s?\d|\d)")
_WHICH_HOLDS = plain(r",\s+which\s+(?:holds|includes|houses|covers|contains|comprises|groups)\s+(?P<inner>[^()]+?)[.,]?$")


def _contents(inner: str) -> list[str]:
    """What a unit's brackets list: "A, B and C" or "the A, the B, and the C" (an "and" inside an
    item of an Oxford-comma list stays: "the payments and subscription platform")."""
    parts = [p.strip() for p in re.split(r",\s+", inner) if p.strip()]
    if len(parts) > 1 and re.search(r"\s(?:for|of|in|to)\s+(?:the\s+)?[\w-]+$", parts[0]):
        parts = [inner.strip()]   # "software for the forest, energy and public sectors": one item, its nouns listed
    if len(parts) > 1 and not parts[-1].startswith("and "):
        parts = parts[:-1] + re.split(r"\s+and\s+", parts[-1], maxsplit=1)
    out = []
    for p in parts:
        p = re.sub(r"^(?:and|or)\s+", "", p)
        p = re.sub(r"^(?:including|such\s+as|notably|mainly|mostly|primarily|plus)\s+", "", p, flags=re.I)
        p = re.sub(r"^(?:the|its|their|a|an)\s+", "", p, flags=re.I)
        p = re.sub(r"^(?:company|group|firm)['’]s\s+", "", p, flags=re.I).strip(" .")
        if p and len(p.split()) <= 8:
            out.append(p)
    return out


def announced_units(ctx: SentenceContext) -> list | None:
    """The units a counted list names (UNIT_LIST_RULES), in this sentence or, after an
    announcement that ends its sentence, in the next one; None when the announcement's "the
    company" has no company named before it (then no reading of the sentence makes the units)."""
    pending, ctx.state.pending_units = ctx.state.pending_units, None
    named_before = frozenset(ctx.state.named_companies)
    ctx.state.named_companies |= {x.label for x in ctx.mentions if x.kind == "Company"}
    return _announced_units(ctx, pending, named_before)


def _announced_units(ctx: SentenceContext, pending, named_before: frozenset) -> list | None:
    if pending is not None and pending[2] == ctx.paragraph:
        found = _listed_units(ctx, ctx.text, 0, pending[1], pending[0])
        if found:
            return found
    counted = None   # (whether the sentence has a counted unit noun: looked for once, and only by its nouns)
    for rule in UNIT_LIST_RULES:
        if counted is None:
            t = ctx.text
            counted = ("segments" in t or "units" in t or "divisions" in t or "lines" in t or "areas" in t) \
                and _COUNTED_WORD.search(t) is not None
        m = rule._rx.search(ctx.text) if counted else None
        if m is None:
            continue
        owner = _company_subject(ctx, m.start())
        if owner is None or owner.label not in named_before and \
                not any(x.kind == "Company" and x.label == owner.label for x in ctx.mentions):
            return None   # "The company reports …" before the text named the company it would be: no antecedent
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        if m.group("list"):
            return _listed_units(ctx, m.group("list"), m.start("list"), n, owner)
        ctx.state.pending_units = (owner, n, ctx.paragraph)
    return []


def note_unit_heading(ctx: SentenceContext, heading: bool = False) -> bool:
    """Whether the sentence is a heading or lead line over the company's units (kept on the state:
    the rows under it name units and, in brackets, what they hold). Any other heading ends the rows."""
    t = ctx.text.rstrip()
    is_head = (UNIT_HEADING.gated(t.lower()) and len(t.split()) <= 14 and (t.endswith(":") or not re.search(r"[.!?]$", t))
               and UNIT_HEADING.pattern.search(t) is not None)
    if is_head or heading:
        ctx.state.unit_rows = is_head
    return is_head


_ROW_FIGURE = plain(r"[\d.,\s%()$€£¥₹/+-]+|S/\s*[\d.,]+")
_NAME_WORDS = plain(r"(?:[A-Z0-9][\w&'’.-]*|[a-z]+[A-Z][\w&'’.-]*|&|and|of|de|del|la|du|für)(?:\s+(?:[A-Z0-9][\w&'’.-]*|[a-z]+[A-Z][\w&'’.-]*|&|and|of|de|del|la|du|für))*")


def segment_rows(ctx: SentenceContext) -> list:
    """Rows under a unit heading (relation_rules.UNIT_ROW): "Retail Banking (Norbank, Norbank
    Online) ..... 812" -> Retail Banking is a unit of the company and the bracket's names are in
    it; a row without brackets names a unit the text may place things in later."""
    st = ctx.state
    if note_unit_heading(ctx) or not st.unit_rows:
        return []
    t = ctx.text
    m = UNIT_ROW.pattern.match(t) if UNIT_ROW.gated(t) else None
    if m is None:
        nm = UNIT_ROW_NAME.pattern.match(t) if UNIT_ROW_NAME.gated(t) else None
        if nm is not None:
            name = nm.group("name").strip()
            if name.split()[0] not in _NOT_UNIT_HEAD:
                st.known_segments.update({name, re.split(r"\s*/\s*", name)[0]})
        elif not _ROW_FIGURE.fullmatch(t.strip()):   # (a row's figure split off its name is still the table)
            st.unit_rows = False
        return []
    name, owner = m.group("name").strip(), st.main_company
    if owner is None or name.split()[0] in _NOT_UNIT_HEAD or name == owner.label:
        return []
    sm = next((x for x in ctx.mentions if x.text == name and x.kind == "Segment"), None)
    seg = ref(sm) if sm is not None else r.EntityRef(kind="Segment", label=name)
    out = [r.SegmentOf(segment=seg, company=owner, evidence=ctx.evidence)]
    st.known_segments.add(name)
    inner_text = m.group("inner").strip()
    if re.match(r"[A-Z][A-Za-z&]{0,5};", inner_text) and inner_text[0] == name[0]:
        inner_text = inner_text.split(";", 1)[1]   # "(MS; TVs, monitors)": the unit's short name, then what it holds
    inner = re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", inner_text.strip())
    for item in inner:
        item = re.sub(r"^(?:including|incl\.|such\s+as|mainly|mostly)\s+", "", item)
        if not _NAME_WORDS.fullmatch(item) or re.fullmatch(r"[\d.,%]+", item):
            continue   # "(B2B supplies)": what the unit does, not a name it holds
        if len(inner) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,5}", item) and item[0] == name[0]:
            continue   # "Automotive (ATV)", "Infrastructure Solutions Group (ISG)": the unit's short name
        x = next((x for x in ctx.mentions if x.text == item), None)
        it = ref(x) if x is not None else r.EntityRef(kind="CostItem", label=item)
        if it.kind in ("Person", "Country", "Place") or it.label in (owner.label, seg.label):
            continue
        out.append(r.InSegment(item=it, segment=seg, evidence=ctx.evidence))
    return out


def apposed_units(ctx: SentenceContext) -> list:
    """(relation_rules.UNIT_APPOSED) "a sixth segment, Banking Services, has been added": the unit
    of the document's company, and what a contents verb after the apposition says it holds."""
    st = ctx.state
    if not st.doc_mentions_segment or st.main_company is None or not UNIT_APPOSED.gated(ctx.text.lower()):
        return []
    out = []
    for m in UNIT_APPOSED.pattern.finditer(ctx.text):
        name = m.group("name")
        if name.split()[0] in _NOT_UNIT_HEAD or name == st.main_company.label:
            continue
        x = next((x for x in ctx.mentions if x.start == m.start("name") and x.text == name), None)
        if x is not None and x.kind != "Segment":
            continue   # a company or product named there is no unit of this reading
        seg = r.EntityRef(kind="Segment", label=name)
        out.append(r.SegmentOf(segment=seg, company=st.main_company, evidence=ctx.evidence))
        st.known_segments.add(name)
        st.last_segment = seg
        hm = APPOSED_HOLDS.match(m.group("rest"))
        if hm is not None:
            off = m.start("rest") + hm.start("list")
            for item in _split_list(hm.group("list")):
                pos = ctx.text.find(item, off)
                ir = _item_ref(ctx, item, pos if pos >= 0 else off)
                if ir.label != seg.label and ir.kind not in ("Company", "Person"):
                    out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


def units_that_hold(ctx: SentenceContext) -> list:
    """(relation_rules.UNIT_THAT_HOLDS) "P Global, the international segment that bundles A, B and C":
    P Global is a unit of the company, A, B and C are in it (a name after its description, "the
    carrier business A", is the name)."""
    if not UNIT_THAT_HOLDS.gated(ctx.text.lower()):
        return []
    out = []
    for m in UNIT_THAT_HOLDS.pattern.finditer(ctx.text):
        name = m.group("name")
        x = next((x for x in ctx.mentions if x.start == m.start("name")), None)
        if name.split()[0] in _NOT_UNIT_HEAD or x is not None and x.kind not in ("Segment", "Organization"):
            continue
        owner = _company_subject(ctx, m.start("name"))
        if owner is None or owner.label == name:
            continue
        seg = ref(x) if x is not None and x.kind == "Segment" and x.text == name else r.EntityRef(kind="Segment", label=name)
        out.append(r.SegmentOf(segment=seg, company=owner, evidence=ctx.evidence))
        ctx.state.known_segments.add(seg.label)
        for item in _split_list(m.group("list")):
            nt = _NAMED_TAIL.match(item)
            item = nt.group("name") if nt is not None else item
            y = next((y for y in ctx.mentions if y.text == item and y.start >= m.start("list")), None)
            ir = ref(y) if y is not None else r.EntityRef(kind="CostItem", label=item)
            if ir.label not in (seg.label, owner.label) and ir.kind not in ("Person", "Country", "Place"):
                out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


_TAIL_NAME = plain(r"^.*\b[a-z][\w-]*\s+(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|of\s+)?[A-Z0-9][\w&'’/.-]*)*)$")


def unit_bracket_members(ctx: SentenceContext) -> list:
    """(relation_rules.UNIT_BRACKET_FIGURE) "the Technology segment (A, the collaboration tool B and
    C) recorded …": the unit is the company's and the bracket's items are in it (a name after its
    description, "the webtoon platform B", is the name); a unit named in lower case keeps its unit
    word ("services business")."""
    st = ctx.state
    if st.main_company is None or not UNIT_BRACKET_FIGURE.gated(ctx.text):
        return []
    out = []
    for m in UNIT_BRACKET_FIGURE.pattern.finditer(ctx.text):
        name = m.group("name")
        if name.split()[0] in _NOT_UNIT_HEAD or name == st.main_company.label:
            continue
        x = next((x for x in ctx.mentions if x.start == m.start("name") and x.kind == "Segment"), None)
        if x is not None:
            seg = ref(x)
        elif any(y.start == m.start("name") for y in ctx.mentions):
            continue   # a company or product named there is no unit of this reading
        else:
            seg = r.EntityRef(kind="Segment", label=name if name[0].isupper() else f"{name} {m.group('word')}")
        items = _contents(m.group("inner"))
        items = items if len(items) > 1 else gloss_members(m.group("inner"))   # ("maintenance and managed services")
        if len(items) < 2 or _REMARK_INNER.search(m.group("inner")):
            continue
        out.append(r.SegmentOf(segment=seg, company=st.main_company, evidence=ctx.evidence))
        st.known_segments.add(seg.label)
        for item in items:
            tn = _TAIL_NAME.match(item)
            item = tn.group("name") if tn is not None else item
            y = next((y for y in ctx.mentions if y.text == item and y.start >= m.start("inner")), None)
            ir = ref(y) if y is not None else r.EntityRef(kind="CostItem", label=item)
            if ir.label not in (seg.label, st.main_company.label) and ir.kind not in ("Person", "Country", "Place"):
                out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


def unit_noun_holds(ctx: SentenceContext) -> list:
    """(relation_rules.UNIT_NOUN_HOLDS) "The consumer business covers A, B and C": the unit named in
    common words is the company's (the unit the text named so, else "<name> <unit word>") and the
    list's items are in it."""
    st = ctx.state
    t = ctx.text
    if st.main_company is None or not UNIT_NOUN_HOLDS.gated(t):
        return []
    m = UNIT_NOUN_HOLDS.pattern.match(t)
    if m is None:
        return []
    x = next((x for x in ctx.mentions if x.start <= m.start("name") < x.end), None)
    if x is not None and x.kind != "Segment":
        return []
    name = m.group("name")
    known = next((k for k in st.known_segments if k.lower() in (name.lower(), f"{name} {m.group('word')}".lower())), None)
    seg = ref(x) if x is not None else r.EntityRef(kind="Segment", label=known or f"{name} {m.group('word')}")
    out = [r.SegmentOf(segment=seg, company=st.main_company, evidence=ctx.evidence)]
    st.known_segments.add(seg.label)
    st.last_segment = seg
    for item in _split_list(m.group("list")):
        pos = t.find(item, m.start("list"))
        ir = _item_ref(ctx, item, pos if pos >= 0 else m.start("list"))
        if ir.label not in (seg.label, st.main_company.label) and ir.kind not in ("Person", "Country", "Place", "Company"):
            out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


# a bracket that is a remark or a figure, not a list of what the unit holds
_REMARK_INNER = plain(r"\d|%|\b(?:formerly|previously|excl\w*|restated|see|note|i\.e|e\.g|operated|run|owned|led)\b", re.I)


def segments(ctx: SentenceContext, gaz_parent) -> list:
    note_compute_unit(ctx)
    rows = segment_rows(ctx)
    if rows:
        return rows
    out = announced_units(ctx)
    lm = _search(_SEG_LIST, ctx.text) if out == [] else None
    out = (out or []) + apposed_units(ctx) + units_that_hold(ctx) + unit_bracket_members(ctx) + unit_noun_holds(ctx)
    if lm:
        owner = _company_subject(ctx, lm.start()) or ctx.state.main_company
        raw = lm.group("list")
        names = ([n.strip(" .") for n in re.split(r"\s*,\s*(?:and\s+)?", raw) if n.strip(" .")]
                 if "," in raw else _split_list(raw))
        names = [n for n in names if not re.match(r"(?:[A-Z]{3}\s?|[$€£¥₹])\d", n)]   # ("Marine, GBP 400 million": an amount)
        cw = _COUNTED_N.search(ctx.text)
        if cw is not None and sum(1 for n in names if n[:1].isupper()) > (NUMBER_WORDS.get(cw.group("n").lower()) or int(cw.group("n"))):
            names = []   # more names than the count the sentence states: not its units ("two segments: A, …, B, … and C")
        for name in names:
            if owner and name[:1].isupper() and name != owner.label:
                x = next((m for m in ctx.mentions if m.text == name), None)
                seg = ref(x) if x is not None and x.kind == "Segment" else r.EntityRef(kind="Segment", label=name)
                out.append(r.SegmentOf(segment=seg, company=owner, evidence=ctx.evidence))
                ctx.state.known_segments.add(name)
    for m in ctx.of_kind("Segment"):
        owner = None
        pre = ctx.text[max(0, m.start - 40):m.start]
        if m.source == "company-unit" and m.family:
            owner = r.EntityRef(kind="Company", label=m.family)
        else:
            pm = ctx.before(m.start, ("Company",))
            if PARTNER_NOT_UNIT.gated(pre.lower()) and any(x.end() == len(pre) for x in PARTNER_NOT_UNIT.pattern.finditer(pre + m.text[:1])):
                pass   # "its collaboration with X": X is a partner, no unit of the company
            elif pm and re.fullmatch(r"(?:'s|’s)?\s*(?:[\w-]+\s+){0,3}", ctx.text[pm.end:m.start]) \
                    and not _PLACED_VERB.search(ctx.text, pm.end, m.start):   # ("Larkspur is reported in AMG": placed in the unit, no owner)
                owner = ref(pm)  # "Naver's payments arm Naver Financial", "Airtel's data centre arm Nxtra"
            elif re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}[\"“]?$", pre):
                owner = _company_subject(ctx, m.start)
            elif m.source.startswith("segment") and ctx.state.main_company:
                owner = ctx.state.main_company
            else:
                # the gazetteer's parent hint only picks which company the sentence names owns the
                # segment; a parent the sentence does not name is reference data, not a fact here
                parent = gaz_parent(m.label)
                comps = {x.label for x in ctx.of_kind("Company")}
                if parent and parent in comps:
                    owner = r.EntityRef(kind="Company", label=parent)
        if owner and owner.label != m.label:
            out.append(r.SegmentOf(segment=ref(m), company=owner, evidence=ctx.evidence))
    return out


_HOLDS = plain(
    r"(?P<subj>\b[Tt]hat\s+segment|\b[Tt]his\s+segment|\b[Tt]he\s+segment|\b[Tt]he\s+unit|\bwhich(?:\s+also)?|\bthat|\bit|^[^,]{2,80}?,|^[^,]{2,60}?(?=\s+(?:also\s+)?(?:holds|covers|includes|houses|comprises|contains|consists\s+of|groups|spans|include|comprise|cover)\b))\s*"
    r"(?:also\s+)?(?P<verb>groups|includes|houses|covers|comprises|contains|holds|include|comprise|cover|encompasses|spans|lumps\s+together|is\s+home\s+to|home\s+to|brings\s+together|combines|consists\s+of|makes|runs(?!\s+on\b)|operates|sells|produces|provides|offers)\s+(?P<list>.+)$")
_LIST_END = plain(r"\s*(?:[-–—,;:]\s*|\s)(?:and\s+(?:it|they|this|that|the\s+company)\s+|making|leaving|meaning|so\s+that|which|while|despite|because|as\s+well\s+as|produced|posted|earned|generated|reported|recorded|lifted|grew|rose|and\s+(?:produced|posted|earned|reported|generated))\b.*$")
_GENERIC_HEAD = plain(r"^(?:unrelated\s+|various\s+|other\s+|several\s+|diverse\s+)?(?:operations|businesses|activities|units|items|costs|things|segments)\s*[-–—:]\s*", re.I)
_PLACED = plain(
    r"(?P<item>[^,;:]{3,80}?)(?:\s+(?:is|are|was|were|gets|get)\s+(?:\w+ly\s+)?|,\s+(?:which\s+is\s+|which\s+are\s+)?)(?:reported|booked|recorded|hidden|included|housed|classified|accounted\s+for|placed|held|buried|lumped|tucked)\s+(?:inside|in|within|under|as\s+part\s+of|into)\s+(?P<rest>.*)$")
_ITEM_LEAD = plain(r"^(?:.*\b(?:because|since|as|that|while|and|but|partly\s+because)\s+)?(?:much\s+of\s+|most\s+of\s+|some\s+of\s+|all\s+of\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:massive\s+|huge\s+|heavy\s+|large\s+|significant\s+|substantial\s+|enormous\s+)?", re.I)


def _split_list(text: str) -> list[str]:
    text = text.split(";")[0]
    text = _LIST_END.sub("", text.strip().rstrip(".;"))
    text = _GENERIC_HEAD.sub("", text)
    # commas and "and" inside brackets belong to the item: "Hybrid Infrastructure (IBM Z and Distributed Infrastructure)"
    text = re.sub(r"\([^()]*\)", lambda b: b.group(0).replace(",", "\x00").replace(" and ", "\x01"), text)
    # the last "and" joins the nouns of an item's closing prepositional phrase, not two items, when
    # one bare word follows it (_PP_NOUNS): "… agents for banking and edtech"
    text = _PP_NOUNS.sub(lambda m: m.group(1) + "\x01" + m.group(2), text)
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", text)
    items = []
    for p in parts:
        p = p.replace("\x00", ",").replace("\x01", " and ")
        p = re.sub(r"[\"“”]", "", p) if p.count('"') + p.count("“") + p.count("”") == 2 and "(" not in p else p   # 'the "hAPPI" suite'
        if len(p.split()) > 7 and (hd := _PP_HEAD.match(p.strip())) is not None and re.search(r"[A-Z]", hd.group("head")):
            p = hd.group("head")   # "hAPPI suite of pre-built AI agents for banking and edtech": the suite
        # "including the hardware", "the latter consisting of Vonage": the item after the link words
        p = re.sub(r"^(?:including|such\s+as|notably|(?:the\s+)?(?:latter|former)\s+(?:consisting\s+of|including|comprising))\s+", "", p.strip(), flags=re.I)
        p = re.sub(r"^(?:the\s+)?(?:company|group|firm)['’]s\s+", "", p.strip(" .\"“”'"), flags=re.I)
        p = re.sub(r"^(?:the|its|their|a|an|other|also|The|Its|Their|A|An|Also)\s+", "", p)
        p = re.sub(r"^(?:the\s+)?(?:costs?|expenses?|spending)\s+(?:of|on|for)\s+", "", p, flags=re.I)
        p = re.sub(r"[-–—]\s*$", "", p).strip()
        if p and 1 <= len(p.split()) <= 7 and not re.search(r"\d{2,}", p):
            items.append(p)
        elif (br := _BRACKETED.fullmatch(p)) is not None and len(br.group("name").split()) <= 5:
            # "Office Cloud (Writer, Writer Sign and the Writer AI Helper, an add-on priced at
            # $3.50 a month)": too long as one item, so the name and what its brackets list
            items.append(br.group("name"))
            items += [x for x in _split_list(br.group("inner")) if x not in items]
    return items


_BRACKETED = plain(r"(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)")
# An item's closing prepositional phrase that lists its nouns, and the item's head before it: seen
# in probe14 08 (Happiest Minds: 'the "hAPPI" suite of pre-built AI agents for banking and edtech')
# and probe13 (Tietoevry: 'software for the forest, energy and public sectors'). Invented: "the
# Nimbo suite of ready-made agents for retail and travel" -> "Nimbo suite" (a head that names
# something: "its share of profits from associates such as …" stays too long to be an item).
_PP_NOUNS = plain(r"(\s(?:for|in)\s+[a-z][\w-]*)\s+and\s+([a-z][\w-]*)(?=\s*(?:$|[,.;]))")
_PP_HEAD = plain(r"(?P<head>(?:the\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:of|for)\s+")


def _item_ref(ctx: SentenceContext, text: str, offset: int) -> r.EntityRef:
    for m in ctx.mentions:
        if m.start >= offset and m.end <= offset + len(text) and len(m.text) >= len(text) * 0.6:
            return ref(m)
    return r.EntityRef(kind="CostItem", label=text)


_ACTIVE_PLACE = plain(
    r"\b(?:books|booked|puts|put|places|placed|records|recorded|keeps|kept|lumps|lumped|hides|hid|parks|parked|carries|carried)\s+"
    r"(?P<list>(?:(?!\b(?:is|are|was|were|because|but|while)\b)[^;:])+?)\s+(?:inside|in|within|under|into|as\s+part\s+of)\s+(?:the|its|a|an)?\s*(?:[\w-]+\s+){0,2}?(?:segment|division|unit|category|bucket)?\s*(?:called\s+|named\s+)?[\"“]?(?P<seg>[A-Z])")
_SEG_LIST = plain(
    r"\b(?:reports|has|comprises|is\s+organi[sz]ed\s+into|operates|splits\s+(?:its\s+)?(?:business|results)\s+into)\s+(?:(?:two|three|four|five|six|seven|\d)\s+)?(?:reporting\s+|business\s+|operating\s+)?segments\s*(?::|,?\s+(?:namely|which\s+are))\s+(?P<list>[^.;]+)")


_CLAUSES = plain(r",\s+while\s+|;\s+")
_BOOKED_THERE = plain(r"\b(?:books|booked|puts|put|places|placed|records|recorded|keeps|kept|lumps|lumped|hides|parks|includes|carries)\s+(?P<list>.+?)\s+(?:in|inside|within|into|under)\s+(?:that|this|the)\s+(?:segment|unit|division)\b(?P<rest>.*)$")


def segment_contents(ctx: SentenceContext) -> list:
    """What sits in which segment, clause by clause ("A holds x and y, while B houses z")."""
    out = []
    t = ctx.text
    bounds = [0] + ([m.end() for m in _CLAUSES.finditer(t)] if ";" in t or "while" in t else []) + [len(t)]
    if len(bounds) > 2:
        for a, b in zip(bounds, bounds[1:]):
            sub_mentions = [replace(m, start=m.start - a, end=m.end - a) for m in ctx.mentions if a <= m.start and m.end <= b]
            sub = SentenceContext(text=t[a:b], evidence=ctx.evidence, mentions=sub_mentions, state=ctx.state,
                                  paragraph=ctx.paragraph)
            out += _segment_contents(sub)
        return out
    return _segment_contents(ctx)


def _segment_contents(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    segs = ctx.of_kind("Segment")
    cm = _BOOKED_THERE.search(t) if "segment" in t or "unit" in t or "division" in t else None
    if cm and ctx.state.last_segment:
        extra = re.match(r"\s*,\s+(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?P<more>[^.;]+)", cm.group("rest"))
        lists = [cm.group("list")] + ([extra.group("more")] if extra else [])
        for lst in lists:
            for item in _split_list(lst):
                out.append(r.InSegment(item=_item_ref(ctx, item, t.find(item)), segment=ctx.state.last_segment, evidence=ctx.evidence))
        return out
    am = _search(_ACTIVE_PLACE, t)
    if am and not any(s.start >= am.start("seg") - 1 for s in segs) and re.search(r"\b(?:books|booked|lumps|lumped|hides|parks|parked|puts|places|records)\b", am.group(0)):
        nm = re.match(r"(?:[A-Z][\w&-]*)(?:\s+(?:and|of|&)\s+[A-Z][\w&-]*|\s+[A-Z][\w&-]*)*", t[am.start("seg"):])
        if nm and nm.group(0) not in ("The", "This", "Its"):
            name = nm.group(0)
            new = Mention(am.start("seg"), am.start("seg") + len(name), "Segment", name, name, source="booked-into")
            ctx.mentions.append(new)
            ctx.mentions.sort(key=lambda x: x.start)
            segs = ctx.of_kind("Segment")
            owner = _company_subject(ctx, am.start()) or ctx.state.main_company
            if owner:
                out.append(r.SegmentOf(segment=ref(new), company=owner, evidence=ctx.evidence))
    if am:
        seg_m = next((s for s in segs if s.start >= am.start("seg") - 1), None)
        if seg_m is not None and am.start("list") < seg_m.start:
            for item in _split_list(am.group("list")):
                pos = t.find(item, am.start("list"))
                ir = _item_ref(ctx, item, pos if pos >= 0 else am.start("list"))
                if ir.label != seg_m.label and ir.kind != "Company":
                    out.append(r.InSegment(item=ir, segment=ref(seg_m), evidence=ctx.evidence))
    m = _search(_HOLDS, t)
    if m:
        subj_text = m.group("subj")
        seg = None
        if m.start("subj") < 5 and re.match(r"(?:that|this|the)\s+(?:segment|unit)", subj_text, re.I):
            seg = ctx.state.last_segment
        else:
            cand = [s for s in segs if s.start < m.start("verb")]
            if cand and _WHO_OF_UNIT.match(t, cand[-1].end, m.start("verb")):
                pass   # "The AI Factory's early customers include …": who deals with the unit, not what it holds
            elif cand:
                seg = ref(cand[-1])
            elif m.group("verb") in ("include", "comprise", "cover"):
                pass   # a plural subject that names no unit ("Its main competitors include …") holds nothing
            elif subj_text.lower().startswith("it") and ctx.state.last_segment or \
                    subj_text.lower().startswith("which") and ctx.state.last_segment and \
                    not any(x.end <= m.start("subj") and x.kind in ("Product", "AIModel", "ModelFamily", "Application", "Company")
                            for x in ctx.mentions) and \
                    not re.search(r"\b[A-Z][\w+-]*,\s*$", t[:m.start("subj")]) and \
                    not re.search(r"\b(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*$", t[:m.start("subj")]):
                # ("its AI Studio platform, which offers …": the relative's own antecedent, not the unit named before)
                seg = ctx.state.last_segment
        if seg and re.fullmatch(r"(?:in|on|at|from|to|with|by|for|across)\W*", m.group("list").strip()):
            seg = None   # "every market it operates in": no list follows the verb
        if seg and _AMOUNT_FIRST.match(m.group("list")):
            seg = None   # "AMG revenue includes $3,120 from X": what a figure holds, not the unit's contents
        if seg:
            lst = m.group("list")
            off = m.start("list")
            for item in _split_list(lst):
                pos = t.find(item, off)
                ir = _item_ref(ctx, item, pos if pos >= 0 else off)
                if ir.label != seg.label:
                    out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    m = _search(_PLACED, t)
    if m:
        rest_start = m.start("rest")
        seg_m = ctx.after(rest_start, ("Segment",))
        seg = ref(seg_m) if seg_m else None
        if seg is None and re.match(r"(?:the|that|this)\s+(?:segment|unit)", m.group("rest"), re.I):
            seg = ctx.state.last_segment
        if seg and _own_figures(t[:m.end("item")]):
            seg = None   # "X is run by B and its results are reported within Y": X's results (segment_membership), not B's
        if seg:
            raw = m.group("item")
            item = _ITEM_LEAD.sub("", raw).strip()
            inner = [x for x in ctx.mentions if x.start >= m.start("item") and x.end <= m.end("item") and x.kind != "Segment" or (x.kind == "Segment" and x.end <= m.end("item") and x.start >= m.start("item"))]
            if inner:
                ir = ref(inner[-1])
            elif item and len(item.split()) <= 6 and not _PRONOUN.fullmatch(item):
                ir = _item_ref(ctx, item, m.start("item"))
            else:
                ir = None
            if ir and ir.label != seg.label:
                ir = r.EntityRef(kind=ir.kind, label=re.sub(r"\s+(?:revenue|revenues|sales)$", "", ir.label)) if ir.kind == "CostItem" else ir
                out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
            al = re.search(r"\balongside\s+(?P<list>[^,;]+)", m.group("rest"))
            if al:
                for item in _split_list(al.group("list")):
                    out.append(r.InSegment(item=_item_ref(ctx, item, t.find(item)), segment=seg, evidence=ctx.evidence))
    return out


# ------------------------------------------------------------------ models
# ("built with / on / around X": what it is built with, not who built it; as verbs.py "develop")
_DEV_VERB = plain(r"\b(?:(?:develop(?!ers?\b)|launch|releas|unveil|upgrad|introduc|open-sourc|train|roll)\w*|buil(?:t|ds?|ding)(?!\s+(?:on|around|upon|into|with)\b))\b")


def models(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    for m in ctx.of_kind("AIModel", "ModelFamily"):
        if m.kind == "AIModel" and m.family:
            out.append(r.FamilyOf(model=ref(m), family=r.EntityRef(kind="ModelFamily", label=m.family),
                                  evidence=ctx.evidence))
        dev = None
        pre = t[:m.start]
        pm = re.search(r"(?P<who>\S[^,;]*?)(?:'s|’s)\s+(?:[\w-]+\s+){0,4}(?:[\w-]+\s*,\s*)?$", pre)
        if pm:
            owner = ctx.before(pm.end("who") + 1, ("Company", "Segment"))
            if owner and owner.end >= pm.end("who") - 1:
                dev = ref(owner)
        mk = re.search(r"(?:maker|developer|creator|builder|owner)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$", pre)
        if dev is None and mk:
            who = ctx.before(mk.start(), ("Company",))
            if who:
                dev = ref(who)
        from . import products  # (products reads this module's SentenceContext)
        if dev is None and products.hosted(ctx, m):  # "its service gives access to models such as X": not its own
            bm = re.match(r"\s*(?:[\w-]+\s+){0,4}?(?:developed|built|made|created|released|launched)\s+by\s+", t[m.end:])
            who = ctx.after(m.end + bm.end(), ORG_KINDS) if bm else None
            if who is not None:
                out.append(r.DevelopedBy(model=ref(m), developer=ref(who), evidence=ctx.evidence))
            continue
        if dev is None and (re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,4}(?:[\w-]+\s*,\s*)?$", pre) or re.match(r",\s+(?:its|their|the\s+company's|the\s+group's|the\s+firm's)\b", t[m.end:])):
            dev = _company_subject(ctx, m.start)   # "Its flagship large language model, Takane, …"
        if dev is None and re.search(r"\b[Tt]he\s+(?:company|group|firm)['’]s\s+(?:[\w-]+\s+){0,4}(?:[\w-]+\s*,\s*)?$", pre):
            dev = ctx.state.main_company   # "The company's flagship reasoning model, Nimbus R2, …"
        if dev is None:   # "Joule, SAP's generative-AI copilot"
            am = re.match(r",\s+", t[m.end:])
            if am:
                owner = ctx.after(m.end + am.end(), ("Company",))
                if owner and owner.start == m.end + am.end() and re.match(r"(?:'s|’s)\s", t[owner.end:]):
                    dev = ref(owner)
        if dev is None:
            bm = re.match(r"\s*(?:[\w-]+\s+){0,4}?(?:developed|built|made|created|released|launched)\s+by\s+", t[m.end:])
            if bm:
                who = ctx.after(m.end + bm.end(), ORG_KINDS)
                if who:
                    dev = ref(who)
        if dev is None:
            subj = ctx.before(m.start, ("Company",))
            dv = _DEV_VERB.search(t, subj.end, m.start) if subj else None
            # rule runs-on-model: what the subject built runs on, is built on or uses the model
            # (verbs "hardware": "a platform running on Azure OpenAI (GPT-4.1)", probe17 systems;
            # "launched an offering built on Gemini models", probe6 capgemini): not its developer
            if dv and not verbs.find("hardware", t, dv.end(), m.start):
                dev = ref(subj)
        if dev is None and re.search(r"\b(?:[Tt]he company|[Tt]he group)\b", pre) and _DEV_VERB.search(pre):
            dev = ctx.state.main_company
        if dev is None:
            dev = products.maker(ctx, m)
        if dev is not None:
            out.append(r.DevelopedBy(model=ref(m), developer=dev, evidence=ctx.evidence))
    return out


_POWER = lead(r"\b(?:using|uses|use|used)\s+(?P<what>it|them|\w[\w .-]{0,30}?)\s+to\s+power\s+(?P<list>[^.;]+)")
_POWERS = plain(r"\b(?:powers|powering|underpins|drives)\s+(?P<list>[^.;]+)")


def powers(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    m = _search(_POWER, t)
    model = None
    lst = None
    if m:
        inner = [x for x in ctx.of_kind("AIModel", "ModelFamily") if x.start >= m.start("what") and x.end <= m.end("what")]
        model = ref(inner[0]) if inner else ctx.state.last_model
        lst = m.group("list")
    else:
        m = _search(_POWERS, t)
        if m:
            bm = ctx.before(m.start(), ("AIModel", "ModelFamily"))
            if bm:
                model = ref(bm)
                lst = m.group("list")
    if model and lst:
        for item in _split_list(lst):
            out.append(r.Powers(model=model, application=r.EntityRef(kind="Application", label=item.lower()),
                                evidence=ctx.evidence))
    return out or runs_on(ctx)


_APPOSITION = plain(r"\s*(?:(?:is|are|was|were)|(?:a|an|the)\s+[^,]*)\s*$")
_POSSESSOR = plain(r"^\s*(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w&.-]+['’]s\s+)?(?:(?:own|internal|new|in-house)\s+)?")


def runs_on(ctx: SentenceContext) -> list:
    """"A and B run on MODEL" (relation_rules.RUNS_ON): the model powers what the clause names
    before the verb, by the name it has there ("Orion Desk runs on …") or else its words."""
    t = ctx.text
    if not RUNS_ON.gated(t.lower()) or not ctx.mentions:
        return []
    models = {x.start: x for x in ctx.mentions if x.kind in ("AIModel", "ModelFamily")}
    if not models:
        return []
    out = []
    for m in RUNS_ON.pattern.finditer(t):
        model = models.get(m.end())
        if model is None:
            continue
        lst = m.group("list")
        named = [x for x in ctx.mentions if x.start >= m.start("list") and x.end <= m.end("list")
                 and x.kind in ("Product", "Application", "Project")]
        if not named and t[:m.start("list")].rstrip().endswith(",") and _APPOSITION.match(lst):
            # "Its assistant, Nova Chat, is built on …", "Tally, an assistant built on …": the thing named before the comma
            named = [x for x in ctx.mentions if x.kind in ("Product", "Application", "Project")
                     and t[x.end:m.start("list")].strip() in ("", ",")][-1:]
            if not named:
                continue
        if _PRONOUN.fullmatch(lst.strip()) or re.search(r"\b(?:which|that|who)\s*$", lst):
            continue   # "It runs on …", "…, which runs on …": the antecedent is another clause's
        items = [x.label for x in named] or [i.lower() for i in _split_list(_POSSESSOR.sub("", lst))]
        for item in items:
            if item and len(item.split()) <= 6 and not _PRONOUN.fullmatch(item):
                out.append(r.Powers(model=ref(model), application=r.EntityRef(kind="Application", label=item),
                                    evidence=ctx.evidence))
    return out


# ------------------------------------------------------------------ segment membership
# "X is reported within Y", "X falls under the Y segment", "X sits inside Y", "X is part of the Y
# unit": the item before the verb, the segment after it; in any tense ("X will be reported within
# the Y segment": an acquisition's placement, probe31 06_swordgroup_segment_note, issue47s)
_MEMBER = plain(
    r"\s(?:(?:is|are|was|were|will\s+be|(?:has|have)\s+been)\s+(?:now\s+|also\s+)?(?:reported|included|booked|housed|recorded|accounted\s+for|counted|classified)\s+"
    r"(?:within|in|under|inside|as\s+part\s+of)|falls?\s+under|fell\s+under|sits?\s+(?:within|inside|under)|(?:is|are)\s+part\s+of)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:company['’]s\s+|[A-Z][\w&.-]*['’]s\s+(?=[A-Z]))?(?P<seg>[A-Z][\w&'’-]*(?:\s+(?:and|&|of)\s+[A-Z][\w&'’-]*|\s+[A-Z][\w&'’-]*)*"
    # (a unit named in lower case only with its unit word: "sits inside the banking and insurance segment")
    r"|[a-z][\w-]*(?:\s+(?:and\s+|&\s+)?[a-z][\w-]*){0,3}(?=\s+(?:segment|division)\b))"
    r"(?P<word>\s+(?:segment|unit|division|business|category|reporting\s+line))?")
# Others placed with the item in the same unit, after the placement (MEMBER_SIBLINGS)
_SIBLINGS = plain(r"^[^.;]*?(?:,\s+|\s)(?:alongside|together\s+with|and\s+so\s+(?:do|does|is|are)|as\s+(?:do|does|are|is))\s+(?P<list>[^.;]+)")
_NAMED_TAIL = plain(r"^(?:[a-z][\w-]*\s+){1,4}(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z0-9][\w&'’/.-]*)*)$")


def _siblings(ctx: SentenceContext, rest: str, at: int, seg: r.EntityRef) -> list:
    """(MEMBER_SIBLINGS) "X sits inside Y, …, alongside A (…), B and C", "… and so do A and B": each
    listed name is in Y too; a name after its description ("the asset manager A") is the name."""
    m = _SIBLINGS.match(rest)
    if m is None or re.search(r"\b(?:one\s+of|among)\b.*\b(?:units|segments|divisions|businesses)\b", rest[:m.start("list")]):
        return []   # ("Y, one of the group's four reporting units alongside A and B": A and B are Y's peers, not in Y)
    lst = re.sub(r"\s*\([^()]*\)", "", m.group("list"))
    out = []
    for item in _split_list(lst):
        nt = _NAMED_TAIL.match(item)
        item = nt.group("name") if nt is not None else item
        if not item[:1].isupper():
            continue   # "alongside new businesses": no name, no placement
        x = next((x for x in ctx.mentions if x.start >= at and x.text == item), None)   # (not "Telenor" of "Telenor IoT")
        ir = ref(x) if x is not None else r.EntityRef(kind="CostItem", label=item)
        if ir.label != seg.label and ir.kind not in ("Person", "Country", "Place") and \
                not (ctx.state.main_company is not None and ir.label == ctx.state.main_company.label):
            out.append(r.InSegment(item=ir, segment=seg, evidence=ctx.evidence))
    return out


MEMBER_SIBLINGS = RuleRecord(
    name="placed-with-siblings",
    why="after 'X sits inside Y' the clause lists others placed in Y with X ('alongside A, B and C', 'and so do A and B')",
    provenance=("probe13 08 Telenor: 'It sits inside <unit>, the group's catch-all for …, alongside <A> (…), <B> (…), <C> (…) and <D>'",
                "probe17 03 CaixaBank: 'Insurance -- <A> and <B> -- sits inside the banking and insurance segment, not in a separate "
                "segment, and so do the asset manager <C> and the consumer finance arm <D>'"),
    examples=("Data services sit inside Orvane Edge, alongside Orvane Maps and Orvane Fleet.",
              "Leasing sits within the retail segment, and so do the card issuer Norpay and the broker Norfund."),
)
_PRONOUN = plain(r"(?:it|they|this|that|which|these|those)", re.I)
_OWNER = plain(r"^[A-Z][\w&.-]*['’]s\s+(?=[a-z])")
_INNER = plain(r",\s+(?:which|that|who|sold|made|built|launched|including|such\s+as)\b.*?,\s*$|\s*\([^)]*\)"
               r"|\s+(?:--|—|–)\s+[^—–]*?\s+(?:--|—|–)\s*$")   # ("Insurance -- A and B -- sits inside …": the item before its aside)
_ITEM_TAIL = plain(r"(?:^|,\s+|\b(?:and|while|but)\s+)(?:the\s+|its\s+|their\s+|(?:the\s+)?company['’]s\s+)?(?P<item>[^,;]{2,80})$")


def segment_membership(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    for m in _finditer(_MEMBER, t):
        seg_m = next((x for x in ctx.mentions if x.start == m.start("seg") and x.kind == "Segment"), None)
        name = m.group("seg")
        if seg_m is not None:
            seg = ref(seg_m)
        elif m.group("word") or name in ctx.state.known_segments:
            other = next((x for x in ctx.mentions if x.start == m.start("seg")), None)
            if other is not None and other.kind in ("Company", "Person", "Country", "Place"):
                continue
            seg = r.EntityRef(kind="Segment", label=other.label if other is not None else name)
        else:
            continue
        out += [f for f in _siblings(ctx, t[m.end():], m.end(), seg) if f not in out]
        head = _INNER.sub("", t[:m.start()])
        head = re.split(r"(?<=[a-z)])[.!?]\s+", head)[-1]   # ("… data-centre arm. eNorda sits within …": one sentence split late)
        im = _ITEM_TAIL.search(head)
        if im is None:
            continue
        item_text = _ITEM_LEAD.sub("", im.group("item")).strip(" ,")
        item_text = _OWNER.sub("", item_text)  # "Acme's cooling products": the products, the owner is the company
        whole = _WHOLE_SUBJECT.search(head) if re.match(r"\s(?:are|were)\b", m.group(0)) else None
        if whole is not None and re.search(r"\s+and\s+", whole.group("item")) and not _HAS_VERB.search(whole.group("item")):
            item_text = re.sub(r"^(?:the|its|their)\s+", "", whole.group("item").strip(" ,"), flags=re.I)   # "A and the B vehicle are reported within Y": both
        if _PRONOUN.fullmatch(item_text) or _own_figures(head):
            # "…, and it is reported within Y", "… and its results are reported within Y": the sentence's subject
            lead_at = len(_LABEL_LEAD.match(t).group(0)) + 3   # ("Note: X, …, is run by B and its results …")
            lead_m = next((x for x in ctx.mentions if x.start < lead_at and x.kind not in ("Company", "Person")), None)
            item_text = lead_m.text if lead_m is not None else ""
        if not item_text:
            continue
        # "A (Chile) and the B vehicle are reported within Y": each conjunct, by the name it holds
        texts = _split_list(item_text) if re.search(r"\s+and\s+|,", item_text) and not _NAMED_AND.fullmatch(item_text) else [item_text]
        for one in texts:
            if len(one.split()) > 7:
                continue
            x = next((x for x in ctx.mentions if x.text == one or x.label == one), None)
            if x is None and len(texts) > 1:
                x = next((x for x in ctx.mentions if x.text in one and x.start < m.start() and x.kind not in ("Company", "Person")), None)
            item = ref(x) if x is not None else r.EntityRef(kind="CostItem", label=one)
            main = ctx.state.main_company
            # (a company listed with others is a holding placed in the unit: "A and the B vehicle are reported within Y")
            if item.kind in ("Person", "Country", "Place") or item.label == seg.label or \
                    item.kind == "Company" and (len(texts) == 1 or main is None or item.label == main.label):
                continue
            out.append(r.InSegment(item=item, segment=seg, evidence=ctx.evidence))
            ctx.state.known_segments.add(seg.label)
    return out


_LABEL_LEAD = plain(r"(?:[A-Z][a-z]+:\s+)?")
_WHOLE_SUBJECT = plain(r"(?:^|[,;:]\s+)(?P<item>[^,;:]{2,80})$")
_HAS_VERB = plain(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def _own_figures(head: str) -> bool:
    """Whether the words before the placing verb are "its results" (relation_rules.OWN_FIGURES)."""
    return OWN_FIGURES.gated(head) and re.search(OWN_FIGURES.pattern.pattern + r"\s*$", head) is not None


# one name with "and" in it ("Research and Development", "Food & Drinks"): not two items
_NAMED_AND = plain(r"[A-Z][\w&'’-]*(?:\s+(?:and|&|of)\s+[A-Z][\w&'’-]*)+")


# ------------------------------------------------------------------ investments
_INVEST = lead(
    r"\b(?:invest(?:s|ed|ing|ment)?|inject(?:s|ed|ing)?|commit(?:s|ted|ting|ment)?|pour(?:s|ed|ing)?|"
    r"earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|plough|plow|"
    r"(?:agreed|agrees|plans?|will|would|to)\s+(?:to\s+)?(?:pay|spend|acquire|buy)|acquisitions?\s+of|acquir(?:e|ed|es|ing)|"
    r"(?:is|are|was)\s+building|takeovers?\s+of|purchases?\s+of|buyouts?\s+of|bought|buys|buying|purchased|"
    r"(?<=\s)acquisition(?=,|\s+(?:for|at|valued|worth|agreed|announced|completed|closed))|"
    r"(?:took|takes|taking|bought|buys|acquired|acquires)\s+(?=an?\s+[^.;]{0,30}?\bstake\s+in\b))\b", re.I)
# an acquired company named by the trigger: "acquisition of X", "bought X", "X acquisition",
# "X, which it bought"; a name outside the gazetteer becomes a company of its own
_ACQ_AFTER = plain(rf"^\s*(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:of\s+)?(?P<name>{NAME_SEQ})")
_ACQ_BEFORE = plain(rf"(?:\b[Tt]he\s+|\b[Ii]ts\s+|^)(?P<name>{NAME_SEQ})(?:\s+\([^)]*\))?(?:\s+[a-z-]+){{0,3}}?"
                         rf"(?:,?\s+(?:which|that)\s+(?:it|they|the\s+company)\s+|\s+(?:it|they)\s+|,\s+|\s+)$")
_ACQ_WORD = plain(r"acqui|takeover|purchas|buyout|bought|\bbuy", re.I)
_AFTER_NAME = plain(r"\s+(?:for|from|in|at|on|by|with|to|and|as|via|through|under|after|last|earlier|this|which|that|who)\b")
_MONEY_STAKE = plain(r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}stake\s+in\s+", re.I)
_STAKE = plain(r"(?P<pct>\d+(?:\.\d+)?)\s*%\s+(?:[\w-]+\s+){0,3}stake\s+in\s+", re.I)
_TARGET = plain(r"^\s*(?:\([^)]*\)\s*)?(?:in|into|to|on|toward|towards)\s+(?P<t>[^,.;(]+?)(?=\s+(?:over|within|by|during|in\s+the\s+next|across|through|as|,|\.|;|$)|[,.;]|$)")


# a stake taken (a stake held is holdings.PHRASES')
_HOLDS_STAKE = plain(r"\b(?:took|takes|acquired|acquires|bought|buys)\s+(?:a|an|its)?\s*(?:roughly\s+|about\s+|around\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:[\w-]+\s+){0,3}?stake\s+in\s+")


# The buyer named right before the verb, a name no list knows: "in May Totvs agreed to buy Itaú's
# 50% stake …", "when Totvs bought it in 2021 for about R$1.86 billion" (probe12 Totvs), "In July
# Schneider agreed to buy the 35% stake …" (probe5 Schneider, a known name): the clause's subject,
# not the article's company. Invented: "In March Orvane bought a 20% stake in Pellmark."
_NAMED_BUYER = plain(r"(?:^|[,;:]\s+|\b(?:[Ii]n|[Oo]n)\s+(?:[A-Z][a-z]+|\d{4})\s+|\b(?:when|after|and)\s+)"
                     r"(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?$")
_NOUN_TRIGGER = plain(r"(?:investments?|acquisitions?|purchases?|takeovers?|buyouts?|commitments?)\b", re.I)   # "R&D investment": no verb, no buyer
_NOT_BUYER = frozenset("The This That It Its We Our They Their He She His Her In On At When After And But Analysts Investors Management".split())
# The speaker's company as the investor: "In July we took a 10% stake in …" (probe13 Sakura
# interview), "We plan to invest about €300 million in …" (probe10 Dassault interview).
_WE_BEFORE = plain(r"(?:^|[,;:]\s+|\b(?:and|so|then|In\s+\w+|in\s+\w+)\s+)[Ww]e\s+(?:(?:also|have|had|will|then|recently|already|plan\s+to|agreed\s+to)\s+)?$")
# A stake bought with its price: the percent and the company held are kept on the investment,
# whichever side of the price the stake is named. Seen: "took a 10% stake in a … developer, X,
# for about ¥1.2 billion" (probe13 Sakura), "bought a 75% stake in X, a … specialist, for $850
# million" (probe5 Schneider), "a 2.5% stake in X for about ¥68 billion" (probe3 Sony).
_PRONOUN_CLAUSE = plain(r"(?:,|;)\s+(?:and\s+)?(?:it|the\s+company|the\s+group)\s+(?:also\s+)?$", re.I)


# the people a unit deals with, named by a possessive before "include": not the unit's contents
_WHO_OF_UNIT = plain(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:customers|clients|users|partners|rivals|competitors|investors|shareholders|suppliers)\s*$", re.I)


def investments(ctx: SentenceContext, read: set | None = None) -> list:
    """Every investment trigger in the sentence with the first unused amount after it. `read`
    gets the start of each amount the clause's roles gave to no investment of the article's
    company (investment_roles: another agent's money, money received, a valuation): no figure
    of the company is to be made of it."""
    out, used = [], set()
    read = set() if read is None else read
    if ctx.moneys:  # a trigger without an amount gives nothing (see _investment_at)
        for trig in _INVEST.finditer(ctx.text):
            f = _investment_at(ctx, trig, used, read)
            if f is not None:
                out.append(f)
    if not out:
        f = _investment_at(ctx, None, used, read)
        if f is not None:
            out.append(f)
    return out


def _investment_at(ctx: SentenceContext, trig_m, used: set, read: set | None = None):
    t = ctx.text
    hs = _HOLDS_STAKE.search(t) if trig_m is None and "stake" in t else None
    if hs and not any(m.start < hs.start() for m in ctx.moneys if re.search(r"pa(?:y|id)|for", t[m.end:m.end + 8])):
        investor = _company_subject(ctx, hs.start())
        te = ctx.after(hs.end(), ORG_KINDS)
        if investor and te and te.label != investor.label:
            return r.Investment(investor=investor, amounts=(), target_entity=ref(te), stake=Decimal(hs.group("pct")),
                                evidence=ctx.evidence)
    if not ctx.moneys or trig_m is None:
        return None
    trig = trig_m
    if re.search(r"\b(?:spent|spending|expenditure|capex)\b", t[:trig.start()], re.I) and not re.search(r"invest|inject|commit|pledg|stake", t, re.I):
        return None
    # the amount: the first unused money after the trigger, else the one right before "investment"
    nxt = _INVEST.search(t, trig.end())
    per_share = lambda m: re.match(r"\s*(?:per\s+share|a\s+share|apiece)", t[m.end:]) is not None  # noqa: E731
    after = [m for m in ctx.moneys if m.start >= trig.start() and m.start not in used and (nxt is None or m.start < nxt.start())]
    if len(after) > 1 and per_share(after[0]):
        after = [m for m in after if not per_share(m)] or after  # "for $12 per share, an enterprise value of $4 billion"
    before = [m for m in ctx.moneys if m.end <= trig.start() and trig.start() - m.end < 40 and m.start not in used]
    money = after[0] if after else (before[-1] if before else None)
    # rule earmarked-for (investment_roles): "Rp 120 miliar is earmarked for an AI Center …": the passive's subject
    ear = investment_roles.earmarked(t, ctx.moneys, trig.start()) if re.match(r"earmark|allocat", trig.group(0), re.I) else None
    if ear is not None and ear[0].start not in used:
        money = ear[0]
    else:
        ear = None
    if money is None or re.match(r"\s*(?:per\s+share|a\s+share)", t[money.end:]):
        return None
    if re.search(r"\b(?:revenue|sales|income|profit|loss)\b", t[max(0, money.start - 30):money.start], re.I) and not before:
        return None
    if re.match(r"\s*(?:\([^)]*\)\s*)?on\s+(?:its\s+)?(?:capital\s+expenditures?|capex|capital\s+spending)\b", t[money.end:], re.I):
        return None  # a capex plan: a figure, not an investment
    if investment_roles.is_deal_term(t, money.start, money.end):
        _read(read, money)
        return None   # a deal's break fee or its loan (rule deal-term-not-amount)
    used.add(money.start)
    # rule valuation-not-amount: the worth of the whole company, not the money paid for a part (the
    # stake bought is kept without an amount)
    valuation = investment_roles.is_valuation(t, money.start)
    investor = None
    subj = _company_subject(ctx, min(trig.start(), money.start))
    nb = _NAMED_BUYER.search(t, 0, trig.start()) if not _NOUN_TRIGGER.match(trig.group(0)) else None
    if nb is not None and nb.group("name").split()[0] not in _NOT_BUYER and not any(
            x.start < nb.end("name") and nb.start("name") < x.end for x in ctx.mentions):
        subj = r.EntityRef(kind="Company", label=nb.group("name"))   # a company the text names but no list knows
    if (_PRONOUN_CLAUSE.search(t[:trig.start()]) or _WE_BEFORE.search(t, 0, trig.start())
            or defined_term_subject(t, trig.start())) and ctx.state.main_company:
        subj = ctx.state.main_company  # "…, and it bought a 20% stake in …", "we took a 10% stake in …": the article's company
    # the clause's agent, not the nearest name (investment_roles): a public body or the owners
    # (no investor the graph can name: nothing stored), a name set off by an apposition before the verb
    agent = investment_roles.other_agent(t, trig.start())
    if agent is not None and not any(x.kind in ORG_KINDS and t.find(agent) <= x.start < trig.start() for x in ctx.mentions):
        _read(read, money)
        return None
    span = investment_roles.apposed_agent(t, trig.start())
    if span is not None:
        over = [x for x in ctx.mentions if x.start < span[1] and span[0] < x.end]
        if not over and t[span[0]:span[1]].split()[0] not in _NOT_BUYER:
            subj = r.EntityRef(kind="Company", label=t[span[0]:span[1]])
        elif over and over[0].kind in ORG_KINDS and over[0].start == span[0]:
            subj = ref(over[0])
    im = investment_roles.INVESTOR_AFTER.match(t, money.end)
    if investment_roles.received(t, trig) and (im is not None or ctx.before(trig.start(), ("Segment",)) is None):
        # rule funding-received: the subject is invested in; the investor is the one "led by" / "from"
        # (a unit of the company receiving money from no one named is funded by its parent: below)
        recipient = subj
        giver = ctx.after(im.end(), ORG_KINDS) if im else None
        if giver is None or recipient is None or giver.start != im.end() or giver.label == recipient.label:
            _read(read, money)
            return None
        subj, recv_target = ref(giver), recipient
    else:
        recv_target = None
    if subj:
        investor = subj
    elif re.search(r"\b(?:receive|get)\b", t, re.I) and ctx.state.main_company:
        investor = ctx.state.main_company
    else:
        investor = ctx.state.main_company
    if investor is None:
        return None
    target, target_entity, stake = None, None, None
    bought = _bought_in_apposition(ctx, trig)
    if bought is not None:   # "Lumaxa, the US optical specialist it bought for …": Lumaxa is bought
        target_entity = ref(bought)
        # the buyer: the first company of the sentence that is not itself named as bought, else
        # the article's ("contributions from A, acquired for …, and from B, the … company acquired for …")
        buyers = [x for x in ctx.of_kind("Company") if x.start < bought.start and x.label != bought.label
                  and not re.match(r",\s+(?:[^,]{0,60}?\s)?(?:acquired|bought|purchased)\b", t[x.end:])]
        investor = ref(buyers[0]) if buyers else ctx.state.main_company
        if investor is None or investor.label == bought.label:
            return None
    # the stake named after the price, else between the verb and the price: "took a 10% stake in
    # a developer, X, for about ¥1.2 billion" (rule stake-then-price)
    sm = _STAKE.search(t, money.end) or _STAKE.search(t, trig.start(), money.start)
    am = re.match(r"\s*(?:\([^)]*\)\s*)?(?:acquisition|purchase|takeover|buyout)\s+of\s+", t[money.end:])
    if am:
        te = ctx.after(money.end + am.end(), ORG_KINDS)
        if te and te.start - (money.end + am.end()) < 5:
            target_entity = ref(te)
    ms = _MONEY_STAKE.match(t[money.end:])
    if ms and target_entity is None and not sm:
        te = ctx.after(money.end + ms.end(), ORG_KINDS)
        if te and te.start - (money.end + ms.end()) < 5:
            target_entity = ref(te)
    if target_entity is None and _ACQ_WORD.search(trig.group(0)):
        target_entity = _acquired(ctx, trig, investor)
    if sm:
        stake = Decimal(sm.group("pct"))
        te = ctx.after(sm.end(), ORG_KINDS)
        if te:
            target_entity = ref(te)
        elif target_entity is not None and name_rx(rf"{re.escape(target_entity.label)}['’]s\s+(?:[\w-]+\s+){{0,2}}$").search(t[:sm.start()]):
            target_entity = None   # "buy Itaú's 50% stake in the joint venture": the one selling, not the company held
    else:
        tm = _TARGET.search(t[money.end:])
        if tm:
            target = " ".join(tm.group("t").split())
            target = re.sub(r"^(?:the\s+)", "", target)
            target = re.sub(r"\s+(?:in|during|for|by)\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|this\s+year|next\s+year)$", "", target)
            if len(target.split()) > 10 or investment_roles.is_date(target):
                target = None
    if ear is not None and target_entity is None and stake is None:
        target = ear[1]
    if bought is not None:
        target = None   # what follows the price is the deal's timing, not another target
    if recv_target is not None:
        target, target_entity = None, recv_target
    if target_entity is not None and target_entity.label == investor.label:
        _read(read, money)
        return None   # an investment in itself: the agent is someone the clause does not name as a company
    if target is None and target_entity is None:
        rec = re.search(r"\b(?:receive|get)\b", t)
        if rec:
            seg = ctx.before(rec.start(), ("Segment",))
            if seg:
                target_entity = ref(seg)
    durs = [d for d in ctx.durations if d.start >= trig.start() - 30 and (nxt is None or d.end < nxt.start() - 20)] or \
        ([d for d in ctx.durations if d.start >= money.end] if nxt is None else [])
    horizon = durs[0].iso if durs else None
    hm = re.search(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)-year\s+plan\b", t[max(0, trig.start() - 40):trig.start()])
    if horizon is None and hm:
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
        horizon = f"P{words.get(hm.group('n'), hm.group('n'))}Y"
    announced = None
    if re.search(r"\bannounc", t, re.I):
        if ctx.state.timeline_date:
            announced = ctx.state.timeline_date
        else:
            wd = re.search(r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", t)
            if wd and ctx.state.doc_date:
                announced = v.resolve_weekday(wd.group(1), ctx.state.doc_date)
            else:
                ds = v.find_dates(t, ctx.state.doc_date)
                if ds:
                    announced = ds[0][0]
    if valuation and (stake is None or target_entity is None):
        _read(read, money)
        return None
    amounts = () if valuation else (_money(money),) + tuple(_money(e) for e in money.equivalents)
    # a period after another amount dates that amount, not this one ("is planned at about 2.2 billion
    # euros, roughly flat on the 2.3 billion euros spent in fiscal 2025": the comparison-period rule
    # of extract/periods.py, for investments; probe8 f05_infineon_q4_fy25, and the amounts compared
    # in probe12 and probe17 investment sentences)
    later = min((m.start for m in ctx.moneys if m.start >= money.end), default=len(t))
    pers = [p for p in ctx.periods if p.kind in ("year", "fiscal_year") and money.end <= p.start_idx < later and (nxt is None or p.start_idx < nxt.start())]
    if not pers:  # "Quillnet, acquired in 2022 for about $5 billion" (as in probe3 r07), "… Acme acquired in 2021 for …" (as in probe7 p7_03)
        pers = [p for p in ctx.periods if p.kind == "year" and trig.start() <= p.start_idx < money.start
                and re.search(r"\b(?:acquired|bought|purchased)\s+in\s+$", t[:p.start_idx])
                and re.fullmatch(r"\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?", t[p.end_idx:money.start])]
    period = _period(pers[0]) if pers and not horizon else None
    return r.Investment(investor=investor, amounts=amounts, target=target, target_entity=target_entity,
                        stake=stake, horizon=horizon, announced=announced, period=period,
                        evidence=ctx.evidence)


def _read(read: set | None, money) -> None:
    if read is not None:
        read.add(money.start)


# the bought company in apposition before the verb: "Lumaxa, the US optical specialist it bought
# for $1.2 billion" (as in probe5 Nokia), "Corvel Engineering, acquired for around $3 billion" (as in
# devset5 Siemens)
_APPOS_BOUGHT = plain(r",\s+(?:(?:the|a|an)\s+(?:[\w'’&-]+\s+){0,6}?(?P<who>(?:(?:that|which)\s+)?(?:it|they|the\s+company|the\s+group)\s+(?:has\s+|had\s+)?)?)?$")


def _bought_in_apposition(ctx: SentenceContext, trig) -> Mention | None:
    t = ctx.text
    if not re.fullmatch(r"(?:acquired|bought|purchased)", trig.group(0), re.I):
        return None
    m = _APPOS_BOUGHT.search(t, 0, trig.start())
    if m is None or not m.group("who") and not re.match(r"\s+(?:for|in|last|earlier|this)\b", t[trig.end():]):
        return None
    return next((x for x in ctx.mentions if x.end == m.start() and x.kind in ORG_KINDS), None)


def _acquired(ctx: SentenceContext, trig, investor: r.EntityRef) -> r.EntityRef | None:
    """The company an acquisition trigger names: right after it ("acquisition of X", "bought
    X"), else right before it ("the X acquisition", "X, which it bought")."""
    t = ctx.text
    if not re.search(r"\bacquisition$", trig.group(0), re.I):
        te = ctx.after(trig.end(), ORG_KINDS)
        if te and te.start - trig.end() < 12 and te.label != investor.label:
            return ref(te)
        d = ACQUIRED_DESCRIBED.pattern.match(t, trig.end())
        if d is not None and not re.match(r"(?:In|On|At|For|The|A|An)\b(?!\s+[A-Z])", d.group("name")):
            return _named_company(ctx, d.group("name"), investor)   # rule acquired-described-target
        m = _ACQ_AFTER.match(t[trig.end():])
        after = t[trig.end() + m.end():] if m else ""
        # "German engineering firm": a one-word name before a lower-case word is an adjective, but not
        # before a preposition ("acquire Confluent for $11 billion": the name; issue51b)
        adjective = m and " " not in m.group("name") and re.match(r"\s+[a-z]", after) and not _AFTER_NAME.match(after)
        if m and not adjective and m.group("name") not in ("US", "U.S.", "China") \
                and not re.match(r"(?:In|On|At|For|The|A|An)\b", m.group("name")):
            return _named_company(ctx, m.group("name"), investor)
    m = _ACQ_BEFORE.search(t[:trig.start()])
    if m:
        return _named_company(ctx, m.group("name"), investor)
    return None


def _named_company(ctx: SentenceContext, name: str, investor: r.EntityRef) -> r.EntityRef | None:
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    if not name or name == investor.label or len(name) > 60 or class_noun_name(name):
        return None   # (filer_terms rule defined-term-no-node) "The Company acquired …": the filer, no node "Company"
    x = next((m for m in ctx.mentions if m.text == name or m.label == name), None)
    if x is not None and (x.kind in ORG_KINDS or x.source != "doc-alias"):
        return ref(x) if x.kind in ORG_KINDS and x.label != investor.label else None
    # a name outside the gazetteer (or only guessed a product by discovery) that was bought
    return r.EntityRef(kind="Company", label=name)


# ------------------------------------------------------------------ restrictions
_RESTRICT = lead(
    r"\b(?:(?P<chip>chip|semiconductor)\s+)?(?P<type>export\s+(?:restrictions?|controls?|curbs?|bans?|licen[cs]ing\s+requirements?|rules?)|"
    r"(?:chip|semiconductor)\s+(?:restrictions?|controls?|curbs?|bans?)|sanctions?|entity\s+list|trade\s+restrictions?|tariffs?|"
    r"validated\s+end[- ]user(?:\s+(?:status|programme|program|authori[sz]ation))?|(?<=require\s)(?:an?\s+)?(?:export\s+)?licen[cs]e|(?<=requires\s)(?:an?\s+)?(?:export\s+)?licen[cs]e|export\s+licen[cs]es?)\b", re.I)
_PRODUCT = lead(r"(?:(?<=\s)|^)(?P<code>[A-Z]{1,3}\d{2,4}[A-Za-z]?|MI\d{3}[A-Z]?|Blackwell|Hopper|Ascend\s?\d{3}[A-Z]?)\b")


def restrictions(ctx: SentenceContext) -> list:
    t = ctx.text
    m = _search(_RESTRICT, t)
    if not m:
        return []
    rtype = " ".join(m.group("type").lower().split())
    rtype = re.sub(r"^an?\s+", "", rtype)
    if "licen" in rtype and "export" not in rtype:
        rtype = "export licence requirement"
    if rtype.startswith("validated end"):
        rtype = "validated end-user status revoked" if re.search(r"revok|remov|withdr|strip|lost|lose", t, re.I) else "validated end-user status"
    rtype = re.sub(r"s$", "", rtype) if not rtype.endswith("ss") else rtype
    rtype = rtype.replace("requirement", "requirement")
    if m.group("chip") and not rtype.startswith(("chip", "semiconductor")):
        rtype = f"{m.group('chip').lower()} {rtype}"
    by = None
    near = [x for x in ctx.of_kind("Country", "Organization") if x.end <= m.start() and m.start() - x.end <= 25]
    if near:
        by = ref(near[-1])
    else:
        im = re.search(r"\b(?:imposed|introduced|issued|announced|tightened)\s+by\s+", t)
        if im:
            x = ctx.after(im.end(), ("Country", "Organization"))
            by = ref(x) if x else None
        if by is None:
            x = ctx.before(m.start(), ("Country", "Organization"))
            if x and re.search(r"\b(?:imposed|introduced|tightened|issued)\b", t[x.end:m.start()]):
                by = ref(x)
    restricts = None
    om = re.match(r"\s+on\s+(?P<what>[^,.;:()]+?)(?=\s+(?:complicate|could|would|may|might|have|has|had|hinder|that|which|to|and\s+(?:its|their))\b|[,.;:()]|$)", t[m.end():])
    if om:
        restricts = " ".join(om.group("what").split())
        restricts = re.sub(r"^(?:the\s+)", "", restricts)
    elif m.group("chip") or "chip" in rtype:
        restricts = "chips"
    if rtype.startswith("validated end"):
        wm = re.search(r"\b(?:remov|revok|strip|withdr|cancel)\w*\s+(?P<what>[^.;]+?)\s+(?:from|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?validated", t, re.I)
        if wm:
            restricts = " ".join(wm.group("what").split())
    products, makers = [], set()
    for pm in _PRODUCT.finditer(t):
        code = pm.group("code")
        if re.fullmatch(r"Q[1-4]|H[12]|FY\d+|[A-Z]\d", code):
            continue
        products.append(r.EntityRef(kind="Product", label=code))
        mk = ctx.before(pm.start(), ("Company",))
        if mk and re.fullmatch(r"(?:'s|’s)\s*", t[mk.end:pm.start()]):
            makers.add(mk.label)
    for c in ctx.of_kind("Company"):
        if re.match(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}(?:chips?|processors?|GPUs?|semiconductors?|accelerators?|parts?)\b", t[c.end:]):
            makers.add(c.label)
    affects = []
    for c in ctx.of_kind("Company"):
        if c.label not in makers and ref(c) not in affects:
            affects.append(ref(c))
    if ctx.state.main_company and ctx.state.main_company not in affects and ctx.state.main_company.label not in makers:
        affects.append(ctx.state.main_company)
    makes = []
    for pm in _PRODUCT.finditer(t):
        mk = ctx.before(pm.start(), ("Company",))
        if mk and re.fullmatch(r"(?:'s|’s)\s*", t[mk.end:pm.start()]):
            makes.append(r.Makes(company=ref(mk), product=r.EntityRef(kind="Product", label=pm.group("code")),
                                 evidence=ctx.evidence))
    return makes + [r.Restriction(imposed_by=by, restriction_type=rtype, restricts=restricts,
                                  products=tuple(dict.fromkeys(products)), affects=tuple(affects),
                                  evidence=ctx.evidence)]


# ------------------------------------------------------------------ people and roles
_ROLE_NORMAL = [
    (r"deputy\s+(?:chief\s+executive(?:\s+officer)?|ceo)", "deputy CEO"),
    (r"deputy\s+chair(?:man|woman|person)?", "deputy chairman"),
    (r"chief\s+executive(?:\s+officer)?|ceo", "CEO"),
    (r"chief\s+financial\s+officer|cfo|financ(?:e|ial)\s+chief|(?:group\s+)?finance\s+director", "CFO"),
    (r"chief\s+operating\s+officer|coo|operating\s+chief", "COO"),
    (r"chief\s+technology\s+officer|cto|technology\s+chief", "CTO"),
    (r"vice[-\s]+chair(?:man|woman|person)?", "vice chairman"),
    (r"chairman|chairwoman|chairperson|chair", "chairman"),
    (r"executive\s+vice\s+president|senior\s+vice\s+president|vice\s+president", "vice president"),
    (r"president", "president"),
    (r"co-?founder", "co-founder"),
    (r"founder", "founder"),
    (r"chief\s+scientist", "chief scientist"),
    (r"managing\s+director", "managing director"),
    (r"general\s+manager", "general manager"),
    (r"head", "head"),
    (r"leaders?", "leader"),
]


def normalise_roles(title: str) -> list[str]:
    out = []
    if title.lower().startswith("chair of the ") and title.lower().endswith(" committee"):
        return [title.lower()]   # a committee's chair, its kind whole ("audit and risk": issue45p, people_committees)
    # "chief operating and financial officer" is two titles
    title = re.sub(r"\bchief\s+(\w+)\s+and\s+(\w+)\s+officer\b", r"chief \1 officer and chief \2 officer", title.strip().lower())
    for part in re.split(r"\s+(?:and|&)\s+|\s*/\s*", title):   # (issue46p) "Managing Director/Chief Executive Officer": both
        part = re.sub(r"^group\s+", "", part.strip())   # "Group CEO": the group's CEO
        for pat, name in _ROLE_NORMAL:
            if re.fullmatch(pat, part):
                out.append(name)
                break
        else:
            if _ANY_TITLE.fullmatch(part):   # the title grammar's open titles, as said ("chief sustainability officer")
                out.append(" ".join(part.split()))
    return out or [title.strip().lower()]


# the open titles of the grammar (`entities.TITLES`): a "Chief <function> Officer", a deputy, a
# portfolio, fund or country manager; named as written, lower-case
_ANY_TITLE = plain(r"chief\s+(?:\w+\s+){1,2}officer|deputy\s+[\w\s]+|(?:portfolio|fund|country)\s+manager")


_LEADERS = plain(rf"\b(?P<whose>its|their|the\s+\w+'s)?\s*(?P<title>leaders?|founders?|executives?|heads?)\s+(?:include|includes|are|were|is)\s+(?P<list>{PERSON_NAME}(?:,\s+{PERSON_NAME})*(?:,?\s+and\s+{PERSON_NAME})?)")
_SURNAME_ROLE = plain(rf"\b(?P<sur>[A-Z][a-z]+),\s+(?:the\s+|a\s+)?(?P<title>co-?founder|founder|chief\s+executive|chairman|president|head)\s+of\s+(?P<rest>.+)$")


# the organisation is the clause's subject, the person its leader: "Brenmart is led by president
# Dana Koh" (as in probe9 g07), "the venture … is led by Acme executive Lee Park" (as in probe8 f08)
_LED_BY = re.compile(r"\b(?:is|was|are|were|will\s+be|has\s+been)\s+(?:now\s+|still\s+)?(?:led|run|headed|managed)\s+by\s+"
                     r"(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")


# a brand written lower-case, known as a name by a digit or a capital inside it ("center3", probe16
# stc's data-centre unit; "atNorth", probe20), right after a title's "of" and ending its clause
_AND = plain(r"\s+(?:and|&)\s+")
_LOWER_BRAND = plain(r"([a-z]+(?:\d+[a-z\d]*|[A-Z][A-Za-z]+))(?=\s*(?:[.,;:)]|$))")


def _role_org(ctx: SentenceContext, person: Mention) -> r.EntityRef | None:
    t = ctx.text
    if person.source == "named" and person.title:   # "named X, head of A, as the new CEO of B"
        # (each title of the mention's: "named X, head of A, as the new CEO of B" gives "CEO and head")
        parts = "|".join(map(re.escape, _AND.split(person.title)))
        # (the last: the title the person is named to comes after the aside of the one they hold)
        tm = None
        for tm in name_rx(rf"\b(?:{parts})\s+(?:of|at)\s+(?:the\s+)?").finditer(t, person.end):
            pass
        x = ctx.after(tm.end(), ORG_KINDS) if tm else None
        if x is not None and x.start - tm.end() < 3:
            return ref(x)
        low = _LOWER_BRAND.match(t, tm.end()) if tm else None
        if low is not None:   # "appointed X as Chief Executive Officer of center3": a name written lower-case
            return r.EntityRef(kind="Organization", label=low.group(1))
    if person.source == "who-heads":
        hm = re.match(r",\s+who\s+\w+\s+(?:the\s+|its\s+)?", t[person.end:])
        if hm:
            x = ctx.after(person.end + hm.end(), ORG_KINDS + ("AIModel", "ModelFamily"))
            if x and x.start - (person.end + hm.end()) < 30:
                return ref(x)
    if person.source == "apposition" and person.title:   # "X, Acme Cloud's chief executive,"
        tm = t.find(person.title, person.end, person.end + 80)
        x = ctx.before(tm, ORG_KINDS) if tm > 0 else None
        if x is not None and x.start > person.end and re.fullmatch(r"(?:'s|’s|s'|’)?\s*", t[x.end:tm]):
            return ref(x)
    om = re.match(r"\s*(?:,\s*)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of|at)\s+", t[person.end:])   # ("X, President Director of Y")
    if om and person.source == "named" and re.match(r",[^,;]{2,90},\s+(?:as|to)\s", t[person.end:]):
        om = None   # "named X, currently head of A, as deputy CEO": the aside's organisation is the old role's
    if om:
        x = ctx.after(person.end + om.end(), ORG_KINDS + ("Country",))
        if x and x.start - (person.end + om.end()) < 40:
            return ref(x)
    hm = role_rules.HELD_AT.match(t, person.end)   # "X is Chief Financial Officer of Brennock Aggregates Group"
    if hm:
        x = ctx.after(hm.start("org"), ORG_KINDS)
        if x is not None and x.start - hm.start("org") < 3:
            return ref(x)
        main = ctx.state.main_company
        org = " ".join(LEGAL_END.sub("", hm.group("org").rstrip(".,")).rstrip(" ,").split())
        if org and not (main and (org == main.label or org.startswith(main.label) or main.label.startswith(org))):
            return r.EntityRef(kind="Company", label=org)
    pre = t[:person.start]
    pm = re.search(r"(?P<who>[\w.&-]+(?:\s[\w.&-]+)*)(?:'s|’s)\s+(?:[\w-]+\s+){0,4}$", pre)
    if pm:
        x = ctx.before(pm.end("who") + 1, ORG_KINDS + ("Country",))
        if x and x.end >= pm.end("who") - 1:
            return ref(x)
    title_start = person.start
    if person.title:
        tpos = pre.rstrip().rfind(person.title.split()[0])
        if tpos >= 0:
            title_start = tpos
    x = ctx.before(title_start, ORG_KINDS + ("Country",))
    if x and title_start - x.end <= 3:
        return ref(x)
    # "Nimbus Pay is led by president X": the organisation the clause says the person leads
    lm = _LED_BY.search(t[:title_start])
    if lm:
        x = ctx.before(lm.start(), ORG_KINDS)
        if x is not None:
            return ref(x)
    # "Acme Pay … generated revenue of … Chief executive X said …": a title sentence naming no
    # organisation before the person, in a paragraph whose figures are a unit's, is that unit's
    pu = ctx.state.paragraph_unit
    if pu is not None and pu[0] == ctx.paragraph and not any(
            c.end <= person.start for c in ctx.of_kind(*ORG_KINDS)):
        return pu[1]
    main = ctx.state.main_company
    # "Chief executive X said the Media Group would grow": a company named after the person is
    # what they speak about, not where they work; with a main company, only those named before
    # the person (the sentence's subject side) count
    comps = [ref(c) for c in ctx.of_kind("Company") if not main or c.end <= person.start]
    if main and (main in comps or not comps):
        return main
    return comps[0] if comps else main


def people(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    for p in ctx.of_kind("Person"):
        if not p.title:
            continue
        if role_rules.body_name(p.label):
            continue   # "the Licensing Division, the Head of …": a body, not a person (issue36p)
        if p.source == "title" and role_rules.participant_line(t[p.start:p.start + 200]):
            continue   # "… — President and CEO Mei Lin — CFO": the title before is the participant's before (issue36p, a call's participants list)
        org = _role_org(ctx, p)
        status = _mention_status(t, p)
        parts = _AND.split(p.title) if p.source == "named" else []
        for role in normalise_roles(p.title):
            # "named X, head of A, as the new CEO of B": each title's own organisation
            part = next((x for x in parts if len(parts) > 1 and normalise_roles(x) == [role]), None)
            out.append(r.Role(person=ref(p), organization=_role_org(ctx, replace(p, title=part)) if part else org, role=role,
                              role_text=p.title, evidence=ctx.evidence, status=status))
        if p.alias and p.alias != p.label:
            out.append(r.Alias(entity=ref(p), alias=p.alias, evidence=ctx.evidence))
    m = _search(_LEADERS, t)
    if m:
        whose = m.group("whose") or ""
        org = None
        if whose:
            x = ctx.before(m.start(), ("Segment", "Company", "Organization"))
            org = ref(x) if x else ctx.state.main_company
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list"))
        for n in names:
            n = n.strip()
            if n:
                person = r.EntityRef(kind="Person", label=n)
                role = normalise_roles(m.group("title").rstrip("s") if m.group("title") != "heads" else "head")[0]
                out.append(r.Role(person=person, organization=org, role=role, role_text=m.group("title"), evidence=ctx.evidence))
    m = _search(_SURNAME_ROLE, t)
    if m and m.group("sur") in ctx.state.people:
        person = r.EntityRef(kind="Person", label=ctx.state.people[m.group("sur")])
        x = ctx.after(m.start("rest"), ORG_KINDS)
        if x and x.start - m.start("rest") < 50:
            for role in normalise_roles(m.group("title")):
                out.append(r.Role(person=person, organization=ref(x), role=role, role_text=m.group("title"), evidence=ctx.evidence))
    out += _signature(ctx)
    out = _read_roles(ctx, out)
    out = _successions(ctx, out)
    if people_committees.committee_chair_only(t):   # "appointed as the chairman of the Audit Committee": the committee's chair, no company chairman (issue45p)
        out = [f for f in out if not (f.kind == "role" and f.role == "chairman" and f.evidence is ctx.evidence)]
    for f in out:
        if f.kind == "role":
            ctx.state.roles.setdefault(f.person.label, []).append((f.role, f.role_text, f.organization))
            if f.status in ("outgoing", "former") and f.predecessor is None:
                ctx.state.leaving[f.role] = f.person.label
    named = [p.label for p in ctx.of_kind("Person")] or [f.person.label for f in out if f.kind == "role"]
    if named:   # (a holder only a role rule found counts too: "X, who ran Acme, stepped down. His successor is Y")
        ctx.state.last_person = named[-1]
    return out


def _signature(ctx: SentenceContext) -> list:
    """A signature block (role_rules.signature_name / signature_titles): a line with a name alone,
    the next its titles alone, then maybe the firm's line: the person's roles at that firm (the
    line holds an organisation and little else), else at the document's company."""
    st, ev = ctx.state, ctx.evidence
    pending, st.signature = st.signature, None
    # (a label line's titles may go on to an indented next line: a filing's cover, `people_lines.open_label`)
    if pending is not None and 0 < ev.start - pending[1] <= pending[4]:
        name, _, titles, first, reach = pending
        if titles:   # the line after the titles: the firm's, or the block ends
            x = ctx.after(0, ORG_KINDS)
            firm = ref(x) if x is not None and x.start <= 1 and len(ctx.text) - x.end < 25 else None
            if firm is None and _FIRM_LINE.match(ctx.text) and LEGAL_LAST.search(ctx.text.strip()):   # "Acme Capital Management Limited"
                firm = r.EntityRef(kind="Company", label=" ".join(ctx.text.split()))
            return _signed(st.doc_id, name, titles, firm or st.main_company, first, ev if firm else None)
        titles = role_rules.signature_titles(ctx.text)
        if titles:
            st.signature = (name, ev.end, titles, (first[0], first[1] + "\n" + ctx.text), reach)
            return []
    elif pending is not None and pending[2]:
        return _signed(st.doc_id, pending[0], pending[2], st.main_company, pending[3], None)
    name = role_rules.signature_name(ctx.text)
    if name is not None and not NOT_PERSON_END.search(name):
        st.signature = (name, ev.end, [], (ev.start, ctx.text), 2)
    elif (name := people_lines.open_label(ctx.text)) is not None:   # "Representative: X, Representative Director," then the titles' line
        st.signature = (name, ev.end, [], (ev.start, ctx.text), 80)
    return []


_FIRM_LINE = plain(r"^\s*[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|\([A-Z][\w\s]*\)|&|and|of)){1,8}\s*$")


def _signed(doc: str, name: str, titles: list[str], org, first: tuple[int, str], last) -> list:
    """The roles of a signature block, its evidence the block's lines (name, titles, firm)."""
    quote = first[1] + ("\n" + last.quote if last is not None else "")
    ev = r.Evidence.model_construct(doc=doc, start=first[0], end=first[0] + len(quote), quote=quote)
    return [r.Role(person=r.EntityRef(kind="Person", label=name), organization=org, role=role,
                   role_text=t, evidence=ev, status="current")
            for t in titles for role in normalise_roles(t)]


def _mention_status(text: str, p: Mention) -> str | None:
    """The status a modifier before a mention's title states ("interim CFO X", "X, acting head")."""
    at = text.rfind(p.title, 0, p.start) if p.source == "title" else text.find(p.title, p.end)
    return role_rules.modifier_status(text, at) if at >= 0 else None


# role rules whose holder may be one word: it counts only as a person the document named in full
_KNOWN_NAME_ONLY = frozenset({"who-founded", "who-leads-unit"})


# role rules whose start date may lie after the document's: the holder is incoming ("appointed X as CFO, effective
# <a later date>"; issue46p: "X has been appointed Chairman with effect from <a later date>")
_DATED_APPOINTMENTS = frozenset({"appointed-as", "appointed-after-aside"})


def _longest_holders(readings: tuple) -> tuple:
    """The readings whose holder lies inside no longer holder another reading found at the same
    place (issue50p): a line's layout reads "Aaron Tan Chee Wei" whole (`entities.LONG_PERSON_NAME`)
    where a clause pattern's three-word grammar took "Tan Chee Wei"."""
    spans = [(rd.holder_at, rd.holder_at + len(rd.holder)) for rd in readings]
    return tuple(rd for rd, (a, b) in zip(readings, spans)
                 if not any(c <= a and b <= d and d - c > b - a for c, d in spans))


def _read_roles(ctx: SentenceContext, roles: list) -> list:
    """The roles the clause's phrasing states (`role_rules`): a role the title patterns already
    gave gains its status and dates; a phrasing with no title ("X will step down") takes the
    holder's title met before in the document."""
    t, st = ctx.text, ctx.state
    for rd in _longest_holders(role_rules.read(t) + people_lines.read(t) + people_lines.appositions(t) + people_committees.read(t) + people_boards.read(t)):   # (the clause's phrasings, the line's layout, a committee's chair, a board change)
        mention = next((p for p in ctx.of_kind("Person") if p.start == rd.holder_at), None)
        if mention is None:   # (a name starting inside the match: "Later Ana Ruiz left the company")
            end = rd.holder_at + len(rd.holder)
            mention = next((p for p in ctx.of_kind("Person") if p.start <= rd.holder_at < p.end or rd.holder_at <= p.start < end
                            and set(p.label.split()) <= set(rd.holder.split())), None)   # (not "Vembu" of another Vembu inside "Mani Vembu")
        if mention is None:
            if any(m.start <= rd.holder_at < m.end for m in ctx.mentions):   # a company's name, not a person
                continue
            label = st.people.get(rd.holder.split()[-1], rd.holder) if len(rd.holder.split()) == 1 else rd.holder
            if label == rd.holder and len(rd.holder.split()) == 1:   # a surname whose full name the same sentence gave
                label = next((p.label for p in ctx.of_kind("Person") if p.label.split()[-1] == rd.holder), label)
            if label == rd.holder and len(rd.holder.split()) == 1 and rd.rule in _KNOWN_NAME_ONLY:
                # one word of a full name the document gave ("Toto" of "Otto Toto Sugiri"): that
                # person when only one has it, else no holder
                full = {n for n in st.people.values() if rd.holder in n.split()[:-1]} or st.full_names.get(rd.holder, set())
                if len(full) != 1:
                    continue
                label = next(iter(full))
            mention = Mention(rd.holder_at, rd.holder_at + len(rd.holder), "Person", label, rd.holder,
                              title=rd.title, source="rule")
        person = r.EntityRef(kind="Person", label=mention.label)
        org = None
        if rd.org_at is not None:
            x = ctx.after(rd.org_at, ORG_KINDS)
            org = ref(x) if x is not None and x.start - rd.org_at <= 4 else None
        if org is None and rd.org_text:   # the organisation the line names, known to no reader ("BNET")
            org = r.EntityRef(kind="Organization", label=rd.org_text)
        if org is None and rd.subject_org:
            x = ctx.before(rd.holder_at, ORG_KINDS)
            org = ref(x) if x is not None else st.main_company
        if rd.title:
            titled = [(role, rd.title) for role in normalise_roles(rd.title)]
        else:
            earlier = st.roles.get(person.label) or []
            titled = [(role, text) for role, text, _ in earlier]
            org = org or next((o for _, _, o in earlier if o is not None), None)
        if not titled:
            continue
        if org is None and rd.rule == "who-leads-unit":
            continue   # a unit the text names but the reader does not know: not the company's head
        if org is None:
            org = _role_org(ctx, replace(mention, title=rd.title or titled[0][1]))
        status = rd.status
        if rd.rule in _DATED_APPOINTMENTS and rd.since and role_rules.starts_later(rd.since, st.doc_date):
            status = "incoming"   # "appointed X as CFO, effective <a later date>"
        elif rd.since and rd.rule in _DATED_APPOINTMENTS and st.doc_date is None:
            status = None   # a start date and no date of the document: whether it has begun is not known
        update = {k: v for k, v in (("status", status), ("since", rd.since), ("until", rd.until)) if v}
        for role, text in dict.fromkeys(titled):
            if rd.rule == "appointed-as":   # the one whose departure the document stated before (succession.after_departure)
                old = succession.after_departure(t, st.leaving, role, person.label, normalise_roles)
                if old:
                    update = dict(update, predecessor=r.EntityRef(kind="Person", label=old))
            same = [i for i, f in enumerate(roles) if f.person == person and f.role == role]
            if rd.rule == "who-leads-unit":   # the unit the clause says they lead: a role of its own ("led by X, who runs the Asia business")
                same = [i for i in same if roles[i].organization == org]
            if same:
                for i in same:
                    roles[i] = roles[i].model_copy(update={k: v for k, v in update.items() if not getattr(roles[i], k)})
                    if rd.org_at is not None and org is not None:   # the organisation the phrasing names with the title wins
                        roles[i] = roles[i].model_copy(update={"organization": org})
            else:
                roles.append(r.Role(person=person, organization=org, role=role, role_text=text,
                                    evidence=ctx.evidence, **update))
        st.people.setdefault(person.label.split()[-1], person.label)
    return roles


_LEAVING = frozenset({"outgoing", "former"})


def _role_holders(ctx: SentenceContext, roles: list, known: set[str]) -> list:
    """(issue50p, rule role-holder-is-person) the holders of the roles a phrasing of this sentence read whom
    the recogniser did not mark, as persons of the succession reader with their titles: "the appointment of
    Ms. X as Group Chief Financial Officer with effect from <date>, succeeding Mr. Y" (probe36 01 John Keells
    CSE interim statements; probe29 02 Moammar Tadawul 'announces the appointment of Eng. X as Chief Executive
    Officer effective <date>, succeeding Mr. Y'); one leaving the post is no new holder ("X will leave …; Y will
    succeed him")."""
    out = []
    for f in roles:
        if not isinstance(f, r.Role):   # (the list holds a sentence's other relations too: aliases)
            continue
        label = f.person.label
        if f.evidence != ctx.evidence or f.status in _LEAVING or label in known or (at := ctx.text.find(label)) < 0:
            continue
        known.add(label)
        out.append(succession.Person(at, at + len(label), label, f.role_text))
    return out


def _successions(ctx: SentenceContext, roles: list) -> list:
    """The roles of this sentence with their predecessors: a role the sentence already gives
    its new holder gains kg:predecessor; otherwise the role comes from the title the sentence
    states, else from the roles the document gave either person before."""
    # (issue51b) a holder the recogniser marked too (a signer named again in the signature block) keeps the title
    # a phrasing of this sentence read for them, as one it did not mark does (`_role_holders`)
    read = {f.person.label: f.role_text for f in roles
            if isinstance(f, r.Role) and f.evidence == ctx.evidence and f.status not in _LEAVING}
    persons = [succession.Person(p.start, p.end, p.label, p.title or read.get(p.label)) for p in ctx.of_kind("Person")]
    persons = sorted(persons + _role_holders(ctx, roles, {p.label for p in persons}), key=lambda p: p.start)
    found = succession.find(ctx.text, persons, ctx.state.people, ctx.state.last_person)
    if not found:
        return roles
    st = ctx.state
    for sc in found:
        new = r.EntityRef(kind="Person", label=sc.new_holder.label)
        old = r.EntityRef(kind="Person", label=sc.predecessor)
        surname = sc.predecessor.split()[-1]
        st.people.setdefault(surname, sc.predecessor)
        st.people.setdefault(sc.new_holder.label.split()[-1], sc.new_holder.label)   # ("His successor is X. X's surname became CEO")
        mention = {p.label: p for p in ctx.of_kind("Person")}
        org = None
        if sc.org_at is not None:
            x = ctx.after(sc.org_at, ORG_KINDS)
            org = ref(x) if x is not None and x.start - sc.org_at <= 4 else None
        mine = [f for f in roles if f.person == new]
        if sc.title:
            titled = [(role, sc.title) for role in normalise_roles(sc.title)]
        else:
            earlier = st.roles.get(new.label) or st.roles.get(old.label) or []
            titled = [(role, text) for role, text, _ in earlier]
            org = org or next((o for _, _, o in earlier if o is not None), None)
        if org is None:   # (the organisation of the same role: not the unit an aside names, "X, currently head of Y, will succeed him as CFO")
            org = next((f.organization for f in mine if f.organization is not None and f.role in {role for role, _ in titled}), None)
        if org is None:
            holder = mention.get(old.label if sc.title_of == "old" else new.label)
            org = _role_org(ctx, holder) if holder is not None else ctx.state.main_company
        future = sc.future or role_rules.starts_later(sc.since, st.doc_date)
        # (issue50p) a cue stating no start date keeps the one the appointment's phrasing read ("appointed X as
        # CFO with effect from 1 December 2026, succeeding Y")
        update = dict(predecessor=old, since=sc.since) if sc.since else dict(predecessor=old)
        for role, text in dict.fromkeys(titled):
            same = [i for i, f in enumerate(roles) if f.person == new and f.role == role]
            if same:
                for i in same:
                    roles[i] = roles[i].model_copy(update=dict(update, organization=roles[i].organization or org,
                                                               status=roles[i].status or ("incoming" if future else None)))
            else:
                roles.append(r.Role(person=new, organization=org, role=role, role_text=text,
                                    evidence=ctx.evidence, status="incoming" if future else None, **update))
            if future:   # the one replaced is on the way out of the same role
                gone = [i for i, f in enumerate(roles) if f.person == old and f.role == role]
                for i in gone:
                    roles[i] = roles[i].model_copy(update=dict(status=roles[i].status or "outgoing"))
                if not gone:
                    roles.append(r.Role(person=old, organization=org, role=role, role_text=text,
                                        evidence=ctx.evidence, status="outgoing"))
    return roles


# ------------------------------------------------------------------ competition
_COMPETE = lead(
    r"\b(?:compet\w*\s+(?:with|against)|competition\s+from|rivals?|competitors?|challeng\w*|take\s+on|vying\s+with|"
    r"(?:is|are|was|were)\s+(?:still\s+)?(?:chasing|trailing)|lags?\s+behind|lagging\s+behind)\s+"
    r"(?:(?:domestic|local|global|international|foreign|Chinese|US|American|other|major|big|large)\s+)*"
    r"(?:(?:rivals|competitors|peers|hyperscalers|giants|players|incumbents|firms|companies)\s+)?"
    r"(?:including|such\s+as|like|as\s+well\s+as)?\s*", re.I)
_RIVAL_APPOS = plain(r",\s+(?:its|their|(?P<owner>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:rival|competitor)s?\b")
_FACES = plain(r"\b(?:faces?|facing|faced)\s+(?:\w+\s+){0,2}competition\b(?:\s+(?:inside|in|within|across)\s+(?P<region>[A-Z][\w]+(?:\s[A-Z]\w+)?))?(?:\s+from\s+)?", re.I)

# (asked of many sentences: compiled once, not looked up in re's cache per call)
_REGION_IN = plain(r"\b(?:in|inside|within|across)\s+(?P<r>China|the\s+US|the\s+United\s+States|Asia|Europe|India|Japan|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!['’]s)")
_REGION_DOMESTIC = plain(r"\b(?:domestic|local)\b", re.I)
_REGION_GLOBAL = plain(r"\bglobal(?:ly)?\b", re.I)


def _region(ctx: SentenceContext, text: str) -> str | None:
    m = _REGION_IN.search(text)
    if m:
        return m.group("r").replace("the ", "")
    if _REGION_DOMESTIC.search(text):
        main = ctx.state.main_company
        return "domestic"
    if _REGION_GLOBAL.search(text):
        return "global"
    return None


_RIVALS_LEAD = plain(r"(?:\s*(?:in|for|of|on)\s+[^,;]{0,60}?)?(?:\s*(?:is|are|was|were|remains?|remained|includes?|included)\b)?"
                          r"(?:\s*(?:[\w-]+\s+){0,5}?(?:including|such\s+as|like|notably))?"  # "data and AI software providers including A"
                          r"\s*(?:(?:the|its|their|both|such\s+as|like|including|as\s+well\s+as|(?:[A-Z][\w&.-]*['’]s\s+))\s*)*")


def _clause_subject_company(ctx: SentenceContext, pos: int) -> r.EntityRef | None:
    """The company the clause holding `pos` is about: a company named before the clause's main
    verb (its subject), or, when the subject names none ("The main risks are …"), the article's
    company; None when the clause model cannot tell (no verb before `pos`)."""
    from . import clauses  # (the clause model; read only)
    cl = clauses.clause_at(clauses.split(ctx.text), pos)
    lo = cl.fronted[1] if cl.fronted else cl.start
    hi = cl.verb_start if 0 <= cl.verb_start < pos else -1
    if hi < 0:
        if cl.kind == "coordinate" and ctx.state.main_company is not None and not any(
                lo <= x.start < pos and x.kind == "Company" for x in ctx.mentions):
            return ctx.state.main_company  # "…, and competition from A and B": no subject of its own
        return None
    named = [x for x in ctx.mentions if lo <= x.start < hi and x.kind == "Company" and cl.contains(x.start)]
    return ref(named[0]) if named else ctx.state.main_company


def competition(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    st = ctx.state
    if st.pending_competition:
        company, region = st.pending_competition
        st.pending_competition = None
        lead = ctx.of_kind("Company", "Segment")
        if len(lead) >= 2 and lead[0].start < 5:
            for c in lead:
                if c.label != company.label:
                    out.append(r.Competition(company=company, competitor=ref(c), region=region, evidence=ctx.evidence))
            return out
    m = _search(_FACES, t)
    if m:
        company = _company_subject(ctx, m.start()) or st.main_company
        region = m.group("region")
        region = region if region and region not in ("The",) else _region(ctx, t[m.start():])
        rivals = [c for c in ctx.of_kind("Company", "Segment") if c.start >= m.end() and c.label != (company.label if company else "")]
        if company and rivals:
            for c in rivals:
                out.append(r.Competition(company=company, competitor=ref(c), region=region, evidence=ctx.evidence))
        elif company:
            st.pending_competition = (company, region)
        return out
    for m in _RIVAL_APPOS.finditer(t) if "," in t and _has(t, ("rival", "competitor")) else ():
        # "Ericsson, Nokia's Swedish rival, …", "Samsung Electronics, its domestic rival, …"
        x = next((c for c in ctx.of_kind("Company") if c.end == m.start()), None)
        owner = (next((c for c in ctx.of_kind("Company") if c.end == m.end("owner")), None) if m.group("owner") else None)
        company = ref(owner) if owner is not None else st.main_company if not m.group("owner") else None
        if x is not None and company is not None and company.label != x.label:
            out.append(r.Competition(company=company, competitor=ref(x), region=_region(ctx, m.group(0)), evidence=ctx.evidence))
    cues = [(m, False) for m in _finditer(_COMPETE, t)]
    ranked = RANKED.search(t) if "ahead" in t or "behind" in t or "trailing" in t else None
    if ranked:   # "X holds 25% of the market, ahead of A and B": rivals in that market
        cues += [(m, True) for m in AHEAD_LIST.finditer(t)]
    for m, listed in cues:
        # a position's holder is named before its share or rank ("…, according to IDC, ahead of")
        company = _company_subject(ctx, ranked.start() if listed else m.start()) or st.main_company
        if not listed:  # a rivalry is its clause subject's ("The risks are …, and competition from A": the article's company's)
            company = _clause_subject_company(ctx, m.start()) or company
        if company is None:
            continue
        cue_end = m.start("names") if listed else m.end()
        rivals = [c for c in ctx.of_kind("Company", "Segment") if c.start >= cue_end - 1 and c.label != company.label]
        if not listed and rivals and not _RIVALS_LEAD.fullmatch(t[cue_end:rivals[0].start]):
            continue  # "competes with these rivals on price and on its ties to X": X is no rival
        # stop at the clause end (a position's list: at its last name)
        end = re.search(r"[;.]|\s(?:while|but|whereas)\s", t[m.end():])
        limit = m.end() if listed else m.end() + end.start() if end else len(t)
        rivals = [c for c in rivals if c.start < limit]
        region = _region(ctx, t[max(0, m.start() - 60):limit])
        named = [ref(c) for c in rivals]
        if not listed:
            named = _listed_rivals(ctx, m.end(), limit, named, company)
        for c in named:
            out.append(r.Competition(company=company, competitor=c, region=region, evidence=ctx.evidence))
    return out


def _listed_rivals(ctx: SentenceContext, at: int, limit: int, rivals: list, company: r.EntityRef) -> list:
    """`rivals` (recognised names) with the names of a list right after the cue at `at`
    (relation_rules.RIVALS_LISTED) that nothing recognised: "competes with A, B and C"."""
    lm = RIVALS_LISTED.pattern.match(ctx.text, at)
    if lm is None or lm.end() > limit:
        return rivals
    got = {x.label for x in rivals} | {company.label}
    out = list(rivals)
    pos = lm.start("list")
    for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", lm.group("list")):
        lo = ctx.text.find(item, pos)
        pos = lo + len(item)
        if any(x.start < pos and lo < x.end for x in ctx.mentions):   # a name the text recognises (kept above, or not an organisation)
            continue
        if item in got or re.fullmatch(r"(?:The|Its|Their|It|This|That|[A-Z]{1}|\d.*)", item):
            continue
        got.add(item)
        out.append(r.EntityRef(kind="Company", label=item))
    return out


# ------------------------------------------------------------------ disclosure gaps
_GAP = lead(
    r"\b(?:cannot|can't|can\s+not|could\s+not|couldn't|unable\s+to|(?:nearly\s+|almost\s+|virtually\s+)?impossible\s+(?:for\s+\w+\s+)?to|"
    r"hard(?:er)?\s+(?:for\s+\w+\s+)?to|difficult\s+(?:for\s+\w+\s+)?to|no\s+way\s+to|not\s+possible\s+to|do\s+not\s+disclose|does\s+not\s+disclose|doesn't\s+disclose|does\s+not\s+break\s+out|doesn't\s+break\s+out)\s+"
    r"(?P<verb>determine|isolate|assess|tell|see|know|gauge|answer|calculate|work\s+out|judge|evaluate|measure|identify|separate|quantify)?\s*(?P<what>.+)$", re.I)
_TOPICS = [("margins", r"margin"), ("profitability", r"profit"),
           ("spending", r"spend|spending|cost|capex|expenditure|invest"),
           ("revenue growth", r"revenue|grow|growth|sales"), ("returns", r"return")]


def _topic(text: str) -> str | None:
    for name, pat in _TOPICS:
        if re.search(pat, text, re.I):
            return name
    return None


def gaps(ctx: SentenceContext) -> list:
    out = []
    t = ctx.text
    st = ctx.state
    if st.pending_gap and t.rstrip().endswith("?"):
        subj = _company_subject(ctx) or st.main_company
        if subj:
            q = t.strip()
            out.append(r.DisclosureGap(subject=subj, missing=q, topic=_topic(q), evidence=ctx.evidence))
        return out
    st.pending_gap = False
    m = _search(_GAP, t)
    if m:
        what = m.group("what").strip().rstrip(".")
        subj = _company_subject(ctx, m.start()) or st.main_company
        if re.match(r"(?:basic|simple|key|these|the\s+following)?\s*questions?\b", what, re.I):
            st.pending_gap = True
            return out
        what = re.sub(r"^(?:how|whether|what|the)\s+", lambda x: x.group(0), what)
        if subj and len(what.split()) >= 2:
            out.append(r.DisclosureGap(subject=subj, missing=what, topic=_topic(what), evidence=ctx.evidence))
    return out


# ------------------------------------------------------------------ initiatives (hubs, data centres)
_INITIATIVE = plain(
    r"\b(?:launch|open|build|expand|set\s+up|setting\s+up|establish|creat|add)\w*\s+(?P<what>(?:a\s+|an\s+|new\s+|its\s+|more\s+)*(?:[\w-]+\s+){0,4}?(?:hub|data\s+cent(?:er|re)s?|offices?|campus|clusters?|regions?|facilit(?:y|ies)|labs?|availability\s+zones?|headquarters))\s+in\s+(?P<where>[A-Z][\w]+(?:\s[A-Z]\w+)?)")


def initiatives(ctx: SentenceContext) -> list:
    out = []
    for m in _finditer(_INITIATIVE, ctx.text):
        company = _company_subject(ctx, m.start()) or ctx.state.main_company
        if not company:
            continue
        where = m.group("where")
        loc = next((x for x in ctx.of_kind("Country", "Place") if x.start == m.start("where")), None)
        loc_ref = ref(loc) if loc else r.EntityRef(kind="Place", label=where)
        desc = re.sub(r"^(?:a|an|its|new|more)\s+", "", m.group("what").strip())
        out.append(r.Initiative(company=company, description=desc, location=loc_ref, evidence=ctx.evidence))
    return out


# ------------------------------------------------------------------ market shares
_SHARE_CUE = plain(r"\b(?:market\s+share|share\s+of|shares?\s+of\s+the|holds?|held|commands?|controls?|accounts?\s+for|dominates?|market)\b", re.I)


_MARKET_OR_SHARE = plain(r"\bmarket\b|\bshare\b", re.I)
# the verb of a clause whose subject holds the share: "Acme holds roughly 12% of …"
_HOLDS_BEFORE = plain(r"\b(?:holds?|held|had|has|took|takes|commands?|controls?|captured|accounts?\s+for|accounted\s+for)\s+"
                           r"(?:an?\s+)?(?:estimated\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+)?$", re.I)
# a rival's figure after its name: "ahead of Brenvale at 21.4%", "while Kestrel had 17.5%"
_RIVAL_AT = plain(r"\s+(?:at|with|had|has|on)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$")
# "X's share of Y (has fallen / slipped / rose) to …", "its market share … at around …"
_POSSESSIVE_SHARE = plain(r"(?:'s|’s)\s+(?:market\s+)?share\b")
# a share named before its value in the same clause: "Acme's share of domestic search has fallen to
# around 6%", "Its market share in the mobile market remains small, at around 3%"
_SHARE_OF_BEFORE = plain(r"\bshare\s+(?:of|in)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[\w-]+)\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?"
                              r"(?:fallen|risen|slipped|slipping|falling|rising|fell|rose|dropped|climbed|grew|remains?|remained|stood|stands|reached|at|to)\b[^%]{0,40}$", re.I)
_SHARE_OF_AFTER = plain(r"\s*(?:market\s+)?share\s+of\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[\w-]+)(?=\s+(?:in|by|at|for|during|according|as|ahead|behind)\b|[,.;]|$)", re.I)
# the market a share is of, read after the value within its clause: "11% of the tablet PC market"
_OF_MARKET = plain(r"\s*(?:(?:market\s+)?share\s+)?(?:of|in)\s+(?:the\s+)?(?P<np>(?:[\w'’-]+\s+){0,7}?market)\b", re.I)


def _market_name(words: list[str]) -> str | None:
    """"global radio access network market" from the words before "market" (a possessive or a
    number ends the name: "China's", "4%")."""
    if words and words[-1].lower() == "market":
        words = words[:-1]
    keep: list[str] = []
    for w in reversed(words):
        if re.fullmatch(r"(?:of|the|a|in|modest|\d.*|share|market|China's|its|within|holds|with|s)", w, re.I) or w.endswith("%") \
                or re.search(r"['’]s?$", w):
            break
        keep.insert(0, w)
    return " ".join(keep + ["market"]) if keep else None


def _share_holder(ctx: SentenceContext, p, model, srcs, paren: bool) -> r.EntityRef | None:
    """Who holds the share a percent states, read from its clause: the name in parentheses it
    glosses; a rival named right before it ("Samsung at around 15%"); a possessive ("Kakao's
    share of search"); else the clause's subject, never the research firm it is attributed to."""
    t = ctx.text
    kinds = ("Company", "Segment")
    if paren:
        return _ref_or_none(ctx.before(p.start, kinds))
    rival = next((x for x in reversed(ctx.mentions) if x.kind in kinds and x.end <= p.start
                  and _RIVAL_AT.fullmatch(t[x.end:p.start])), None)
    if rival is not None:
        return ref(rival)
    if re.search(r"[A-Z][\w&.-]*" + _RIVAL_AT.pattern, t[:p.start]):
        return None  # a rival the text names but the gazetteer does not know ("a rival named Korvex at about 9%")
    clause = clauses.clause_at(model, p.start)
    lo = clause.fronted[1] if clause.fronted else clause.start
    poss = [x for x in ctx.mentions if x.kind in kinds and lo <= x.start and x.end <= p.start
            and _POSSESSIVE_SHARE.match(t, x.end)]
    if poss:
        return ref(poss[-1])
    head = t[lo:p.start]
    main = ctx.state.main_company
    if re.match(r"\s*(?:[Ii]ts?|[Tt]he\s+(?:company|group|firm))\b", head) and main is not None:
        return main  # "It took a 14.2 per cent share of …", "Its market share in the mobile market …"
    own = [x for x in ctx.mentions if x.kind in kinds and lo <= x.start < p.start and clause.contains(x.start)
           and not clauses.in_source(t, x.start, srcs)]
    if own:
        return ref(own[0])
    if main is not None and name_rx(rf"\s*{re.escape(main.label.split()[0])}(?:-based|[A-Z]\w*)?\b").match(head):
        return main  # the company's products: "Acme-based processors held …", "AcmeTalk holds …"
    return None


def _ref_or_none(m) -> r.EntityRef | None:
    return ref(m) if m is not None else None


def market_shares(ctx: SentenceContext) -> tuple[list, set]:
    """Returns facts and the start offsets of the percents it used."""
    out, used = [], set()
    t = ctx.text
    if not ctx.percents or not _search(_MARKET_OR_SHARE, t):
        return out, used
    if re.search(r"\bshares\s+(?:rose|fell|surged|jumped|dropped|climbed|gained|slid|tumbled|declined|rallied)", t, re.I):
        return out, used
    mm = re.search(r"(?P<m>(?:[\w-]+\s+){0,5}?)market\b", t)
    region = None
    if re.search(r"\b(?:globally|global|worldwide)\b", t, re.I):
        region = "global"
    elif re.search(r"\b(?:in|within|inside)\s+China\b|China's|Chinese", t):
        region = "China"
    mf = re.search(r"\bmarket\s+for\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:to|in|by|at|among|with|for|from|is|are|was|were|has|have|had|remains?)\b|[,.;]|$)", t)
    market = (_market_name(mf.group("np").split()) if mf else None) or \
        (_market_name(mm.group("m").split()) if mm else None)
    market = market or ("cloud market" if re.search(r"\bcloud\b", t, re.I) else "market")
    model = clauses.split(t)
    srcs = clauses.sources(t)
    for p in ctx.percents:
        pre = t[max(0, p.start - 80):p.start]
        clause = clauses.clause_at(model, p.start)
        post = t[p.end:clause.end]
        if re.match(r"\s*(?:[\w-]+\s+){0,2}stake\b", post, re.I) or re.search(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?$", pre, re.I):
            continue  # a stake bought; the earlier level ("up from 55.0%")
        paren = t[max(0, p.start - 1):p.start] == "(" or re.search(r"\(\s*$", pre)
        of_market = _OF_MARKET.match(post)
        share_of = _SHARE_OF_BEFORE.search(t[clause.start:p.start])
        cue = paren or re.match(r"\s*(?:market\s+)?share", post, re.I) or of_market \
            or re.search(r"share\s+of\s*$", pre, re.I) \
            or (_HOLDS_BEFORE.search(pre) and re.search(r"\bshare\b", t[clause.start:p.start], re.I)) \
            or (_RIVAL_AT.search(pre) and out) or share_of \
            or re.search(r"(?:['’]s|\b[Ii]ts)\s+(?:market\s+)?share\b(?!\s+price)[^%]{0,80}$", t[clause.start:p.start])
        if not cue:
            continue
        holder_ref = _share_holder(ctx, p, model, srcs, bool(paren))
        if holder_ref is None:
            continue
        if re.search(r"\b(?:revenue|income|sales)\b", post[:40], re.I) and not re.search(r"market", post[:40], re.I):
            continue
        name = market
        if of_market is not None:
            name = _market_name(of_market.group("np").split()) or market
        elif share_of is not None:
            name = _market_name(share_of.group("np").split()) or market
        elif (after := _SHARE_OF_AFTER.match(post)) is not None:
            name = _market_name(after.group("np").split()) or market
        fr = re.match(r"\s*In\s+(?:the\s+)?(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+),", t[clause.start:]) if clause.fronted else None
        if name == "market" and fr and not re.search(r"\d|quarter|half|year|month", fr.group("np"), re.I):
            name = _market_name(fr.group("np").split() + ["market"]) or name  # "In tablets, Acme's share …"
        if name == market and out and _RIVAL_AT.search(pre):
            name = out[-1].market  # "…, while Kestrel had 17.5%": the market just named
        if region and region.lower() not in name.lower():
            name = f"{region} {name}"
        if share_failed(name):
            used.add(p.start)  # no other reader types it either (it would lose its holder: "…, with about 6% market share")
            continue  # support.SHARE_RULES: the market is not named; the sentence stays a claim
        when = [q for q in ctx.periods if clauses.governs(model, p.start, q.start_idx)]
        # its own clause's nearest period, else the sentence's first (a coordinated clause shares the
        # time frame stated first: "…, while Brenvale Foundry's share slipped to 5.1%")
        when.sort(key=lambda q: (0, abs(q.start_idx - p.start)) if clauses.same_clause(model, p.start, q.start_idx) else (1, q.start_idx))
        used.add(p.start)
        out.append(r.MarketShare(holder=holder_ref, market=name, share=p.value, qualifier=p.qualifier,
                                 period=_period(when[0]) if when else None, evidence=ctx.evidence))
    return out, used


# ------------------------------------------------------------------ targets
_TARGET_CUE = plain(r"\b(?:target|goal|aim|ambition|aspires?|aims?)\b", re.I)


# target-value-before-cue: the words between a money and the target cue it names ("our EUR 150 target",
# "our new ¥12,000 target"); examples: "Our $40 target is based on 20x our EPS estimate of $2.00."
# Sources (the same phrasing, figures left out): probe5 04_schneider_analyst_note ("Our EUR … target is
# based on … estimate of EUR …"), probe8 f03_nec_analyst_note ("Our JPY … target is based on …x … EPS
# of JPY …"), probe10 tokyo_electron_note ("Our new ¥… target (previously ¥…)"), probe11
# p11_02_lattice_q2_note ("Our $… target (from $…)").
TARGET_VALUE_BEFORE = plain(r"\s*(?:(?:new|raised|revised|lowered|higher|lower|unchanged|12-month)\s+)?(?:price\s+)?")


# price-target: "a target price of VND 170,000", "our price target is $260" name the share price an
# analyst expects for the stock (measure "target price"), set by the broker or analyst, never by the
# company whose shares it prices. Sources: probe15 02_fpt_dual_currency_results ('Song Hong Securities
# … keep a "Buy" rating with a target price of VND 170,000'), probe19 03_nhn_korean_daily_translation
# ('Daeyang Securities analyst … kept a "Buy" rating with a target price of 21,000 won'), probe19
# 04_jabil_tv_show_transcript ('our price target is $260'), probe11 p11_02_lattice_q2_note ('price target').
_PRICE_BEFORE = plain(r"\bprice\s+$", re.I)
_PRICE_AFTER = plain(r"\s+price\b", re.I)


def targets(ctx: SentenceContext) -> tuple[list, set]:
    t = ctx.text
    if not (ctx.moneys or ctx.percents):
        return [], set()
    m = _search(_TARGET_CUE, t)
    if not m:
        return [], set()
    # target-value-before-cue: "Our $40 target (from $35) is based on 20x … EPS of $2.00": the value right
    # before the cue is the target, not the earlier target or the EPS after it
    val = next((x for x in ctx.moneys if x.end <= m.start() and TARGET_VALUE_BEFORE.fullmatch(t, x.end, m.start())), None) \
        or next((x for x in ctx.moneys if x.start > m.start()), None)
    if val is None:
        return [], set()
    setter = ctx.before(m.start(), ("Person", "Company"))
    company = None
    if setter and setter.kind == "Person":
        company = ctx.state.main_company
        for c in ctx.of_kind("Company"):
            company = ref(c)
            break
    elif setter:
        company = ref(setter)
    company = company or ctx.state.main_company
    if company is None:
        return [], set()
    measure_m = re.match(r"\s*(?:in|of)\s+(?P<meas>(?:[\w-]+\s+){0,4}?(?:revenue|sales|income|profit|users|customers))\b", t[val.end:])
    # target-measure-between (measure_names): "we target sales revenue of ¥2.5 trillion"
    between = target_measure(t[m.end():val.start]) if m.end() <= val.start else None
    measure = " ".join(measure_m.group("meas").split()) if measure_m else between or "value"
    on_multiple = measure == "value" and valuation_multiple_after(t, m.end())  # target-on-a-multiple (measure_names)
    if _PRICE_BEFORE.search(t, 0, m.start()) or _PRICE_AFTER.match(t, m.end()) or on_multiple:
        # price-target: the share price an analyst expects, never set by the company itself
        measure = "target price"
        if setter is not None and setter.label == company.label:
            other = [x for x in ctx.of_kind("Company", "Organization") if x.end <= m.start() and x.label != company.label]
            setter = other[-1] if other else None
    horizon = ctx.durations[0].iso if ctx.durations else None
    period = None
    if ctx.periods:
        period = _period(ctx.periods[-1])
    if on_multiple:
        horizon = period = None  # "based on 24x FY3/27E EPS, in line with the five-year average": the multiple's, not the target's
    out = [r.Target(company=company, set_by=ref(setter) if setter else None, measure=measure,
                    value=val.value, unit=val.currency, qualifier=val.qualifier, horizon=horizon,
                    period=period, evidence=ctx.evidence)]
    used = {val.start}
    # target-coordinated-ratio (measure_names): "… sales revenue of ¥2.5 trillion and ROE of 8%": the plan's ROE target
    if measure != "target price" and (co := coordinated_ratio(t, val.end)) is not None:
        pct = next((p for p in ctx.percents if co[1] <= p.start <= co[1] + 20
                    and re.fullmatch(r"[\s*]*(?:at\s+least|about|around|roughly|some|over|above|more\s+than)?[\s*]*", t[co[1]:p.start], re.I)), None)
        if pct is not None and pct.value_max is None:
            out.append(r.Target(company=company, set_by=ref(setter) if setter else None, measure=co[0], value=pct.value,
                                unit="percent", qualifier=pct.qualifier, horizon=horizon, period=period, evidence=ctx.evidence))
            used.add(pct.start)
    return out, used


# Gates of `_search` / `_finditer`: words a pattern cannot match without one of, and whether it
# ignores case (then they are looked up in v.fold(text), where a substring test is exact too).
_NEEDS: dict[re.Pattern, tuple[tuple[str, ...], bool]] = {
    # _HOLDS and _PLACED try every offset with a lazy run of up to 80 characters: slow
    _HOLDS: (("groups", "includes", "houses", "covers", "comprises", "contains", "holds", "encompasses",
              "spans", "lumps", "home", "brings", "combines", "consists", "makes", "runs", "operates",
              "sells", "produces", "provides", "offers", "include", "comprise", "cover"), False),
    _PLACED: (("reported", "booked", "recorded", "hidden", "included", "housed", "classified", "accounted",
               "placed", "held", "buried", "lumped", "tucked"), False),
    _SEG_LIST: (("segments",), False),
    _MEMBER: (("reported", "included", "booked", "housed", "recorded", "accounted", "counted", "classified",
               "fall", "fell", "sit", "part of"), False),
    _ACTIVE_PLACE: (("book", "put", "place", "record", "keep", "kept", "lump", "hid", "park", "carri"), False),
    _POWER: (("power",), False),
    _POWERS: (("power", "underpins", "drives"), False),
    _RESTRICT: (("export", "chip", "semiconductor", "sanction", "entity", "trade", "tariff", "validated", "licen"), True),
    _LEADERS: (("leader", "founder", "executive", "head"), False),
    _SURNAME_ROLE: (("founder", "chief", "chairman", "president", "head"), False),
    _FACES: (("competition",), True),
    _COMPETE: (("compet", "rival", "challeng", "take", "vying", "chasing", "trailing", "lag"), True),
    _GAP: (("can", "could", "unable", "possible", "hard", "difficult", "way", "disclose", "break"), True),
    _INITIATIVE: (("launch", "open", "build", "expand", "set", "establish", "creat", "add"), False),
    _MARKET_OR_SHARE: (("market", "share"), True),
    _TARGET_CUE: (("target", "goal", "aim", "ambition", "aspire"), True),
}
_NEEDS_BY_ID = {id(rx): (frozenset(words), folded) for rx, (words, folded) in _NEEDS.items()}
_NEED_WORDS = {f: tuple(sorted({w for words, folded in _NEEDS.values() if folded == f for w in words})) for f in (False, True)}
