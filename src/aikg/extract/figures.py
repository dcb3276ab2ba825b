"""Financial figures: a value (money, percent, count) in a sentence -> an Observation with its
subject, measure, period and change.

The linking is positional and clause-bound: each value takes the measure word next to it
("$47.15 billion of revenue", "operating loss of $4.53 billion", "revenue rose 22% to …"), the
subject named before that measure (an entity, a possessive, "that segment", "the company"), and
the period stated nearest to it, else the one in force for the paragraph or document.
"""
from __future__ import annotations

from ..pattern_cache import plain
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from .. import records as r
from .clauses import CHANGE, PLAN, REPORT, TOP_BREAK, clause_at, dash_asides, governs, outside_holes, split as split_clauses
from .lead import lead
from .filer_terms import filer_label
from .values import find_periods as v_find_periods
from .estimates import estimate_of, estimate_rule, estimated_year
from .levels import QUAL as LEVEL_QUAL, RATIO_MEASURE, change_rule, compared_level_period, governing_direction, level_rule, margin_of
from .qualifiers import qualify_by_region, region_of, restriction
from .measure_lexicon import HEADS as FOREIGN_HEADS
from .measure_names import compound_head, coordinated_head, coordinated_modifier, counterfactual_adjusted, tax_modifier, HEADS as MEASURE_HEADS, canonical, power_unit
from .change_bases import basis_after, basis_before
from .prose_measures import measure_at as prose_measure_at
from .measures import count_range_low, counted_noun, range_low_before, reading, tolerance
from .subject_measures import subject_measure
from .dividends import bracketed_after_dividend, proposed_dividend, respect_year
from .per_share_heads import compared_per_share_period, per_share_measure
from .support import Site, object_position, support
from . import values as _v
from .quantity_kinds import plan_cue_before
from .quantity_units import quantity, unit_not_measure, water_measure
from .named_ratios import ratio_before
from .periods import bracketed_comparative, compared_own_period, own_duration, plan_horizon, compared_value, deadline_of_later_value, comparison_period, date_yearless, paragraph_fiscal_year, YEARLESS_FISCAL_Q, result_clause, market_day, outlook_year, planned, prior_after, rate_after, stray_date
from .period_scope import heading_period, named_span, paragraph_period
from .relations import SUBJECT_KINDS, SentenceContext, _money, _period, ref
from .rule_record import PatternRule, RuleRecord
from .name_shapes import fragment_name
from .subjects import gapped_owner, other_thing, sub_business
from .tables import column_at

HEAD = (r"(?:non-IFRS\s+|adjusted\s+|GAAP\s+|non-GAAP\s+)?(?:"
        rf"{MEASURE_HEADS}|"  # the measure registry's heads ("average revenue per user", "R&D spending", "capacity")
        rf"{FOREIGN_HEADS}|"  # the same measures in other languages ("Nettoumsatz", "chiffre d'affaires"; measure_lexicon)
        r"net\s+income|operating\s+income|operating\s+profits?|net\s+profits?|gross\s+profits?|"
        r"(?:operating|net|adjusted|pre-tax)\s+loss(?:es)?|loss(?:es)?|"
        r"revenues?|sales|turnover|income|profits?|earnings(?:\s+per\s+share)?|EPS|ebitda(?:al|i)?|ebita|ebit(?!\s+margins?\b)|margins?|"
        r"capital\s+expenditures?|capex|spending|expenses|expense(?!\s+(?:of|ratio)\b)|expenditures?|costs|outlays|"
        r"free\s+cash\s+flow|cash\s+flow|share\s+price|stock\s+price|shares|stock|"
        r"users|customers|subscribers|gmv|bookings|backlog|orders|deliveries|shipments|valuation|market\s+value|market\s+capitali[sz]ation|prices?|pricing|remaining\s+performance\s+obligations?|RPO)"
        r"(?:\s+(?:outlook|guidance|forecast|budget|plan|target))?")
HEAD_RE = lead(rf"\b{HEAD}\b", re.I)
# ("SaaS ARR", "IaaS revenue": an "-as-a-Service" acronym names the measure's kind, issue39m)
MOD_WORD = plain(r"^(?:[a-z][a-z-]*|[A-Z]{2,}[a-z]?|[A-Z]aaS|AI-[\w-]+|[A-Z][a-z]+-[a-z]+|[A-Z][a-z]+|R&D|e-commerce|[Nn]on-[A-Z]{2,}[a-z]?)$")
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
    # verbs of expectation before their object ("Indra forecast revenue above …", "Arm guided revenue of …",
    # "Naver expects capital expenditure of …"): the subject and verb are no modifiers of the measure
    "forecast", "forecasts", "guided", "guides", "expects", "projects", "projected", "estimates", "estimated",
    "targets", "targeted", "expect",
    # a first-person lead before the measure ("We remain confident ARR will exceed A$1 billion by FY30", probe21
    # 04_technologyone_speaker_notes: the measure was "we remain confident recurring revenue outlook")
    "we", "remain", "remains", "confident",
}
NON_COUNT_NOUN = plain(r"^(?:gigawatts?|megawatts?|years?|months?|quarters?|weeks?|days?|times|percent|"
                            r"criteria|evaluation|out|of|per|points?|basis|consecutive|straight|hours?)\b")
_INCREASE_WORDS = (r"rose|risen|rise|rises|rising|grew|grow|grows|growing|growth|increased?|increases|increasing|climbed|climbs|jumped|jumps|"
                   r"surged|soared|expanded|lifted|up|higher|gained|advanced|doubled|tripled|rallied|jump|surge|gain")
_DECREASE_WORDS = (r"fell|fallen|fall|falls|falling|declined?|declines|declining|dropped|drop|drops|slipped|slip|slips|down|lower|decreased?|decreases|cut|cuts|reduced?|lowered|slashed|trimmed|"
                   r"shrank|shrink|contracted|slid|tumbled|plunged|narrowed|lost")
INCREASE = lead(rf"\b(?:{_INCREASE_WORDS})\b", re.I)
DECREASE = lead(rf"\b(?:{_DECREASE_WORDS})\b", re.I)
YOY = plain(r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by/y\b|(?:than|from)\s+a\s+year\s+(?:earlier|ago|before)|from\s+the\s+same\s+(?:quarter|period)|annual\s+(?:increase|growth)", re.I)
QOQ = plain(r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|sequential(?:ly)?|\bqoq\b|from\s+the\s+(?:previous|prior)\s+quarter", re.I)
_UNIT_DESC = plain(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+)(?:'s|’s)\s+(?P<desc>(?:cloud|cloud\s+and\s+AI|AI\s+and\s+cloud|cloud\s+computing)\s+(?:division|unit|business(?:es)?|segment|arm))\b"
    r"|\b(?:its|their|the)\s+(?P<desc2>(?:cloud|cloud\s+and\s+AI|AI\s+and\s+cloud|cloud\s+computing)\s+(?:division|unit|business(?:es)?|segment|arm))\b", re.I)


# the width of a guidance range ("plus or minus $300 million"): no figure of its own
_RANGE_WIDTH_BEFORE = plain(r"(?:\bplus\s+or\s+minus|±)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I)
# a part's share of a whole: "overseas revenue accounts for 38.6% of the total"; (issue42m) also in the past,
# "overseas revenue accounted for 38.6% of the total" (probe31 03 ThunderSoft), "The largest customer … accounted for
# 6.8% of Group revenue in 2025" (probe31 06 Sword), "International revenue accounted for 56% of the total", "subscription
# revenue made up 56% of total revenue", "The division represented 49% of Group revenue" (seen docs of other sources);
# the whole stops before the period it is of ("… of Group revenue in 2025 (2024: 7.3%)")
_SHARE_VERB = plain(r"(?P<what>(?:[\w-]+\s+){1,4}?)(?:now\s+)?(?:accounts?\s+for|makes?\s+up|represents?|contributes?"
                    r"|(?P<past>accounted\s+for|made\s+up|represented))\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$")
# (issue42m) words that make the words before a past share verb no noun phrase of a part: a speaker's verb, a pronoun,
# a joining word or a preposition opening the phrase ("we estimate these accounted for", "and Foxconn together")
_SHARE_PART_NOT = plain(r"^(?:and|from|of|in|for|to|s|that|these|this|those|which|who)\b|\b(?:said|says|say|estimate[sd]?|call|we|our|i|they|it)\b", re.I)
_SHARE_AFTER_ASIDE = plain(r"(?<!\d),\s+(?:accounted\s+for|accounts?\s+for|represented|represents?|made\s+up|makes?\s+up)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$")
_SHARE_ASIDE = plain(r",\s+(?:a|an|the|which|who)\b[^,;]{2,100},(?=\s+(?:accounted|accounts?|represented|represents?|made|makes?)\b)")
# a clause that states an expectation, so its figures are a forecast, not the period reported on
FORECAST = plain(
    r"\b(?:expects?|expected\s+to|forecasts?|forecasted|guidance|guided|guiding|outlook|projected|projects\s+(?:revenue|sales|growth|that)|"
    r"anticipates?|sees|should|will|would|(?:is|are)\s+(?:likely|set|due)\s+to|(?:is|are)\s+expected|(?:is|are)\s+targeting|"
    r"targets\s+(?:revenue|sales|growth)|aims?\s+(?:for|to)|plans?\s+to|reiterat(?:e|es|ed|ing)|"
    # target-noun (issue48m): a company's own target named as a noun is its outlook ("Sonatel confirmed its 2026 target
    # of revenue growth between 6 % and 8 %", probe35 06_sonatel_brvm_communique; "We maintain our 2026 target of 8-10%
    # revenue growth", probe32 07_emtek_public_expose_minutes); an analyst's price target is no outlook (measures.py)
    r"(?:its|their|our)\s+(?:(?:19|20)\d\d\s+|full-year\s+|annual\s+|medium-term\s+)?targets?\s+(?:of|for)(?!\s+(?:the\s+)?(?:price|share))"
    r")\b(?!-)", re.I)
_OUTLOOK_WORD = plain(r"\b(?:outlook|guidance|forecast|budget|plan|target)$")
# units of a product's specification, not of a business: "103.2 terabits", "100 kilometres"
SPEC_NOUN = plain(r"^(?:(?:tera|giga|mega|peta|exa|kilo)?(?:bits?|bytes?|flops|watts?|hertz)|[TGMP]bps|[TGMKP]B|km|"
                       r"kilomet(?:re|er)s?|miles?|nanomet(?:re|er)s?|nm|millimet(?:re|er)s?|inch(?:es)?|degrees?|"
                       r"volts?|amps?|lanes?|ports?|layers?|cores?|transistors?|"
                       # unit symbols of a spec, never a count of the noun after them ("a 400 kV connection",
                       # "a 120 MWp solar plant", "racks of up to 130 kW", "2,310 GWh"): probe18
                       # start_campus_sines_local, probe18 teraco_solarafrica_release, probe15 07_dci_indonesia,
                       # probe5 04_schneider_analyst_note ('132 kW per rack'), probe16 08_pldt ('2,310 GWh')
                       r"kV|kW|kWh|MWp|MWh|GWh|TWh|MVA)\b", re.I)
# a clause opening with a name (after "Among rivals," and the like) and a verb, or ", which …"
# (an adverb may stand between the name and its verb: "LTIMindtree separately reported quarterly revenue of …",
# probe12 larsen_toubro_q1fy26; "TSMC separately guided its own 2025 capital expenditure", probe12 advantest_orderbook_note:
# the subject-adverb-verb order of any clause, not a phrasing)
# when a list, figures the gate demoted are appended here as (fact, Support) (benchmarks, tests)
DEMOTED: list | None = None
# when a list, every figure the gate judged is appended here as (fact, Support) (bench/precision_regress.py paths)
JUDGED: list | None = None
_CLAUSE_NAME = plain(
    r"\s*(?:(?:[A-Z][a-z]+|[Ii]n|[Aa]mong|[Ff]or|[Ll]ast|[Ee]arlier)(?:\s+[\w’'-]+){0,5},\s+)?"
    r"(?:(?:[Rr]ivals?|[Pp]eers?|[Cc]ompetitors?)\s+(?:[a-z][\w-]*\s+){0,3})?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})(?=,\s+(?:which|the|a|an)\b|,\s+[A-Z][\w.-]*['’]s\s|(?:\s+(?:also|alone|itself|(?!only\b|early\b|family\b|supply\b)[a-z]{3,}ly))?\s+(?:said|says|reported|posted|sold|recorded|booked|had|has|expects?|added|shipped|delivered|earned|made|generated|raised|cut)\b)")
_NOT_SUBJECT_NAME = plain(r"^(?:The|This|That|These|Its|Their|It|Group|Revenue|Sales|Net|Operating|Gross|Total|Adjusted|"
                               r"Free|Capital|Earnings|Profit|Income|Orders|Bookings|Shares|Analysts|Management|Investors|"
                               r"Consolidated|Chief|Chairman|President|CEO|CFO|Q[1-4]|In|For|Among|Last|Earlier|Meanwhile|"
                               r"However|But|And|Also|Still|Overall|Separately)\b")


# a clause opening with a name and a verb, or with a name and a participle or apposition
_NAMED_SUBJECT = plain(
    r"\s*(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})(?:\s+(?:subsidiary|unit|arm|division|business|brand|platform))?"
    rf"(?=\s+(?:{REPORT}|{CHANGE}|employs|serves|operates|runs|says|said)\b|,\s+(?:headquartered|based|founded|owned|backed|listed|which|the|a|an)\b)")


def _we(ctx: SentenceContext, m: re.Match) -> bool:
    """Whether the clause's subject is the first-person "We" of a text whose narrator is the article's
    company (issue33c, narrator.py: "We delivered revenue of $918.4 million" in the company's own letter)."""
    return ctx.state.we_company and m.group("name") == "We"


def _unresolved_subject(ctx: SentenceContext, a: int) -> bool:
    """Whether the clause at `a` (after a fronted adverbial) opens with a name the recogniser did
    not resolve that is neither the article's company nor a measure ("WNS, headquartered in
    Mumbai, employs around 64,000 people", "Lumada … accounted for revenue of …"): the figure is
    that name's, so the article's company is no supported subject."""
    model = split_clauses(ctx.text)
    if a == 0 and model[0].fronted:
        a = model[0].fronted[1]
    m = _NAMED_SUBJECT.match(ctx.text, a)
    if m is None or _NOT_SUBJECT_NAME.match(m.group("name")) or HEAD_RE.search(m.group("name")) or _we(ctx, m):
        return False
    s, e = m.start("name"), m.end("name")
    if any(x.start < e and x.end > s for x in ctx.mentions):
        return False
    main = ctx.state.main_company
    own = {w.lower() for w in re.split(r"[\s-]+", main.label) if len(w) >= 3} if main else set()
    return not any(w.lower() in own for w in re.split(r"[\s-]+", m.group("name")))


def _foreign_subject(ctx: SentenceContext, a: int) -> bool:
    """Whether the clause starting at `a` has a named subject the recogniser did not resolve and
    that is not the article's company ("Rival Kakao, which runs …, reported revenue of …",
    "Among rivals, Nintendo said it had sold …"): its figures are that company's, not the
    article's, so a value with no resolved subject is left to the claims layer."""
    m = _CLAUSE_NAME.match(ctx.text, a)
    if m is None or _NOT_SUBJECT_NAME.match(m.group("name")) or _we(ctx, m):
        return False
    s, e = m.start("name"), m.end("name")
    if any(x.start < e and x.end > s for x in ctx.mentions):
        return False  # a name the recogniser resolved: _subject takes it
    main = ctx.state.main_company
    if main is None:
        return True
    own = {w for w in re.split(r"[\s-]+", main.label) if len(w) >= 4}
    return not any(w in own for w in re.split(r"[\s-]+", m.group("name")))


# a list line's label: "Smartphone: 30% of revenue, up 15%", "Pictures: sales ¥322.1 billion"
LIST_LABEL = plain(r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<label>[A-Z][^:;.]{1,70}?)(?:\*\*)?\s*:(?:\*\*)?\s")

# run-in-heading: a run-in label that names the paragraph's topic or its place in the text ("Headline:",
# "To summarise:", "On AI:") is no unit of the company; the line's figures stay the article's company's
# (or whoever the clause names). Provenance: probe17 06_systems_limited_liveblog ("Headline: consolidated
# revenue of …", "On AI: …"), probe12 nextdc_h1fy25_call ("To summarise: contracted utilisation of …,
# services revenue up 8%"), probe12 elevenlabs_newsletter ("On hardware: …"); "Outlook:" / "Guidance:"
# (issue29c): devset5 t08_lg_electronics ("Outlook: For the fourth quarter, LG expects revenue …"),
# devset5 t02_ibm ("Guidance: FCF raised"), probe16 07_xero_linkedin_post ("our FY26 guidance: total …").
RUN_IN_HEADING = RuleRecord(
    "run-in-heading",
    "a label naming the text's topic or structure, not a business, opens a line whose figures are the company's",
    ("probe17 06_systems_limited_liveblog", "probe12 nextdc_h1fy25_call", "probe12 elevenlabs_newsletter"),
    ("Headline: quarterly revenue of $2.1 billion, up 9%.", "To summarise: bookings up 12% and margin of 31%.",
     "On pricing: the average fare rose 4% to $88."))
_RUN_IN_HEADING = plain(r"(?:the\s+)?(?:headlines?|highlights|summary|in\s+(?:summary|brief|short)|to\s+summari[sz]e|outlook|guidance|"
                        r"bottom\s+line|key\s+(?:figures|numbers|points)|on\s+(?:the\s+)?[\w-]+)", re.I)


# numbered-item-label: the label of a numbered item ("2. Capital commitments: On … the Board approved capital
# expenditure of …", "3. Yen appreciation: each ¥1 move … affects operating income by about ¥4 billion") names a
# note, a form's field or a factor, never a unit of the company: its figures stay the company's (or whoever the
# clause names); a label the document already knows as a unit stays that unit's line
NUMBERED_ITEM_LABEL = RuleRecord(
    "numbered-item-label",
    "a label opening a numbered item 'N. Label:' is a note, form field or factor of the company, not one of its units",
    ("probe36 01_johnkeells_cse_interim_statements (CSE interim statements: '2. Capital commitments: On 28th October "
     "2026 the Board approved capital expenditure of …' typed on a unit 'Capital commitments')",
     "probe10 tokyo_electron_note (broker note: '3. Yen appreciation: each ¥1 move against the dollar affects operating "
     "income by about ¥4 billion' typed on a unit 'Yen appreciation')",
     "seen numbered labels that are no units either: probe35 05_chenbro '3. Transaction amount:', probe31 03_thundersoft "
     "'1. Operating revenue:', probe22 02_eoptolink '1. Customer concentration risk:'"),
    ("4. Pending litigation: a claim of $2 million was filed against the group.",
     "2. Currency effect: each 1% move changes revenue by about $3 million."))


def numbered_item_label(label: str, numbered: bool, known_units) -> bool:
    """numbered-item-label: whether a numbered line's label is an item's name, not a unit's."""
    name = " ".join(re.sub(r"\s*\([^)]*\)\s*$", "", label).split())
    return numbered and name not in known_units


def run_in_heading(label: str) -> bool:
    """run-in-heading: whether a list line's label is a heading word (its topic or place), not a unit name."""
    return _RUN_IN_HEADING.fullmatch(label.strip()) is not None


# clause-label: a label before a colon that is itself a clause (a subject and a finite verb: "Profitability
# held up:", "Management raised its forecast (year to March):", "The main lever is spending:") says
# something of the company, which the figures after the colon then spell out; it names no unit, so the
# figures stay the company's (or whoever the clause after the colon names); a clause about another name
# ("Japan remained the largest market: revenue from Japanese clients was …") is left as it was. A unit's name is a noun
# phrase: its verb-like words are adjectives before a noun ("Managed Services", "Connected Devices").
# Provenance: probe19 04_jabil_tv_show_transcript ("Profitability held up: core operating margin was
# 5.4%"), probe12 advantest_orderbook_note ("Management raised its FY2025 forecast (…): net sales to …"),
# probe13 opentext_q4_fy2025_call ("The reduction reflects portfolio shaping: …"), probe10
# ocado_investor_diary ("The main lever is spending: …").
CLAUSE_LABEL = PatternRule(
    "clause-label",
    r"^[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}?\s+(?:(?:is|are|was|were|has|have|had|remains?|remained|stays?|stayed)\b"
    r"|(?:[a-z]+ed|held|rose|fell|grew|beat|missed|came|went|turns?|reflects?|reports?|shows?|looks?|says?)"
    r"(?=\s+(?:up|down|out|in|off|on|its|their|his|her|our|the|a|an|to|from|by|two|three|four|five|six|\d)\b|\s*(?:\(|$)))",
    "a label that is a clause (subject + finite verb) states something of the company; its figures are the company's, not a unit's",
    ("probe19 04_jabil_tv_show_transcript", "probe12 advantest_orderbook_note", "probe13 opentext_q4_fy2025_call",
     "probe10 ocado_investor_diary"),
    ("Margins held up: operating margin was 12.1%.", "The board lifted its outlook (year to June): sales to $4.2 billion.",
     "The big driver is cloud: revenue of $900 million, up 30%."))


def clause_label(label: str) -> bool:
    """clause-label: whether a list line's label is a clause (a subject and its verb), not a unit's name."""
    return CLAUSE_LABEL.rx.match(" ".join(label.split())) is not None

# a value of the year-ago period: "up 2.2% from ₹62,315 crore a year earlier", "versus ₹3,305
# crore in the corresponding quarter of last year", "compared with a loss of $14.4 billion a year earlier"
_PRIOR_BEFORE = plain(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:a\s+(?:loss|profit)\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)
# the value a figure is compared with is the comparison, not the figure: "…, compared with €10.19
# excluding the gain in fiscal 2025", "versus ₹3,305 crore"
_COMPARED_FROM = plain(r"(?:\d\s*%|\bpercent|\byear[\s-]on[\s-]year|\byear[\s-]over[\s-]year|\byoy)[^,;]{0,25}\bfrom\s+(?:a\s+(?:loss|profit)\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)
_COMPARED_BEFORE = plain(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+(?:loss|profit)\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)
# a price paid per share in a deal, not earnings: "invest $5 billion at $29.36 a share", "acquire
# Confluent for $37 per share", "buying 499.9 million shares at $20.28 apiece"
_DEAL_PRICE = plain(r"\s*(?:(?:a|per)\s+share\b|apiece\b)", re.I)
_PRIOR_AFTER = plain(r"\s*(?:\([^)]*\)\s*)?(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:year-ago|same|prior|previous|corresponding)\b|last\s+year|the\s+previous\s+year)", re.I)
# the noun phrase a value is stated of: "whose total payment volume reached 23.7 trillion won"
_NP_VERB = plain(r"(?:^|[\s,(])(?:its\s+|the\s+|whose\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
                      r"(?:reached|rose\s+to|grew\s+to|fell\s+to|climbed\s+to|increased\s+to|came\s+to|stood\s+at|totall?ed|hit|was|were)\s+"
                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?$")
_NP_NOT = plain(r"\b(?:it|they|he|she|which|that|this|there|is|are|was|were|has|have|had|also|and|or|of|to|in)\b")


# the earlier guidance a new one replaces: "up from its August projection of ¥1.99 trillion",
# "from a previous range of $36 billion to $43 billion", "up from the roughly €41.1 billion he
# forecast", "up from the roughly 30% it guided in July"
_PREVIOUS_BEFORE = plain(
    r"\bfrom\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:previous|prior|earlier|original|initial|old)?\s*"
    r"(?:projection|forecast|guidance|outlook|estimate|range|target|view|plan)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)
# (and the earlier range named after its values, "from the US$… billion to US$… billion range it gave in August":
# probe24 08b_akamai_q3_news and probe6 p6_01_palantir_q3_2025, two outlooks before (values.range-named-after))
_PREVIOUS_AFTER = plain(r"\s*(?:(?:guidance\s+|outlook\s+|forecast\s+)?range\s+)?(?:that\s+|which\s+)?"
                             r"(?:it|he|she|they|the\s+company|the\s+group|management)\s+(?:had\s+)?"
                             r"(?:forecast|guided|projected|expected|predicted|targeted|estimated|gave|issued|set|provided)\b", re.I)
_FROM_BEFORE = plain(r"\bfrom\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)
# previous-outlook-named (issue41g): a value the earlier guidance is named before, as a label or as the subject of its
# clause, with no new value or change word between: probe25 04_mycronic_q3_release '(previous outlook: approximately
# SEK 8 billion)', kindcheck31 guidance 01_hollowmere 'The previous outlook, issued on August 12, 2026, called for
# fiscal 2027 revenue between $1.10 billion and $1.20 billion', probe28 06_bemobi '(previous range: 18%-22%)'
_PREVIOUS_NAMED_WORDS = plain(r"previous|prior|earlier|original|initial", re.I)   # (a cheap gate before _PREVIOUS_NAMED)
_PREVIOUS_NAMED = plain(r"\b(?:previous|prior|earlier|original|initial)\s+(?:full[- ]year\s+|annual\s+)?(?:outlook|guidance|forecast|range|projection)\b"
                        r"(?:(?!\b(?:now|new|raised|lowered|narrowed|cut|increased|reduced|updated|revised|to|and|but)\b)[^.;)$€£¥%]){0,90}$", re.I)
# a round threshold crossed, not the figure: "the first time the company has topped 3 trillion won"
# a cohort, not a total: "612 customers generating more than $1 million in … revenue", "more than
# 90% of the largest 10,000 customers"; its threshold is no figure of the company either
_COHORT_AFTER = plain(r"\s*(?:[\w-]+\s+){0,2}?(?:generating|spending|paying|contributing|with|that\s+(?:generate|spend|pay)|"
                           r"who\s+(?:generate|spend|pay))\s+(?:more\s+than|over|at\s+least|above|in\s+excess\s+of)\b", re.I)
_COHORT_BEFORE = plain(r"\b(?:the|its|their)\s+(?:largest|biggest|top)\s+$"
                       # people-acted-on: the people a programme reached, no headcount ("has trained more than 4,000
                       # employees on generative AI": probe14 08_happiest_minds_analyst_note, probe5 07_hcltech_q2_fy26
                       # 'has trained over 100,000 employees in generative AI', probe7 p7_03_hitachi 'is training 30,000 engineers')
                       r"|\b(?:trained|training|trains|upskilled|upskilling|reskilled|reskilling|certified)\s+"
                       r"(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
# people-who-tried: customers who tried a product are no customer count of the company ("more than 600 customers had
# tested GenAI Studio since its beta": probe14 06_advantech_computex_keynote; "2,000 developers have tried the model in
# preview": the same shape as _COHORT_AFTER's "customers generating more than …")
_TRIED_AFTER = plain(r"\s*(?:[\w-]+\s+)?(?:had\s+|have\s+|has\s+)?(?:tested|tried|trialled|trialed|piloted|evaluated|signed\s+up\s+for)\b", re.I)
# staff-who-did: staff counted as the ones who use a tool or completed a programme are no headcount of the company
# ("… is now used by about 12,000 employees": probe17 03_caixabank_union_newsletter; "3,100 colleagues have completed
# our GenAI certification": probe20 02_mastek_shareholder-email); the workforce nouns only, a count of users stays
_STAFF_NOUN = plain(r"(?:employees|staff(?:ers)?|colleagues|workers|associates|engineers|consultants)\b", re.I)
_STAFF_DID_AFTER = plain(r"\s*(?:[\w-]+\s+)?(?:now\s+|already\s+)?(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
                         r"(?:use|used|using|completed|finished|took\s+part|taken\s+part|participated|attended|enrolled|adopted|"
                         r"accessed|passed|earned|obtained)\b", re.I)
_STAFF_USED_BY = plain(r"\b(?:(?:used|adopted|accessed|taken|completed)\s+by|rolled\s+out\s+to|available\s+to)\s+"
                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+)?$", re.I)
# money-of-people-noun: a measure of money is never a count of people; when the clause's last head is a people noun
# ("The median advertised salary for ML engineers was ₹28 lakh": probe21 07_zoho_jobads_analysis; "AI infrastructure
# orders from webscale customers topped $800 million": probe9 g01_cisco), the noun phrase the people noun qualifies
# after "for"/"from"/"among" names the amount; with none, the amount stays a claim
_PEOPLE_MEASURE = plain(r"(?:^|\s)(?:customers|clients|users|subscribers|employees|staff|engineers|developers|workers|people|colleagues)$", re.I)
_PEOPLE_PREP = plain(r"\s+(?:for|from|among)\s+(?:[\w-]+\s+){0,3}$")
_NP_STOP = plain(r"(?:the|a|an|its|their|our|his|her|this|that|these|those|said|says|reported|reports|told|added|noted|"
                 r"is|was|are|were|has|had|and|or|but|of|in|on|at|by|to|with|as)$", re.I)


def _qualified_np(t: str, a: int, pos: int) -> tuple[str, int] | None:
    """money-of-people-noun: the noun phrase (up to four words, no determiner, verb or name) before the
    "for"/"from"/"among" that introduces the people noun at `pos`, with where it starts, or None."""
    prep = _PEOPLE_PREP.search(t, a, pos)
    if prep is None:
        return None
    words = list(re.finditer(r"[A-Za-z][\w&-]*", t[a:prep.start()]))
    kept: list = []
    for w in reversed(words):
        if len(kept) == 4 or _NP_STOP.match(w.group(0)) or (w.group(0)[0].isupper() and not w.group(0).isupper()) \
                or (kept and not re.fullmatch(r"\s+", t[a + w.end():a + kept[-1].start()])):
            break
        kept.append(w)
    if not kept:
        return None
    return " ".join(w.group(0) for w in reversed(kept)), a + kept[-1].start()
def _people_head(t: str, a: int, pos: int) -> int:
    """Where the last people noun before `pos` in t[a:pos] starts (pos when none)."""
    last = None
    for last in re.finditer(r"\b(?:customers|clients|users|subscribers|employees|staff|engineers|developers|workers|people|colleagues)\b", t[a:pos], re.I):
        pass
    return pos if last is None else a + last.start()


# value-modifies-noun: an amount written between "a" and a noun is that noun's amount, whatever measure word the
# clause names elsewhere ("Operating profit is revised downward because of … a JPY 9.5 billion write-down of inventory":
# probe21 02_renesas_tse_notice; "… sold to investors — at a $6.6 billion valuation": probe12 elevenlabs); the mirror
# of "a charge of $X" (_CHARGE_BEFORE); a measure head there is the measure. A change noun ("a $5 million increase")
# is left to the rest.
_A_BEFORE = plain(r"\b(?:a|an)\s+$", re.I)
_NOT_NOUN = (r"(?:of|in|to|for|from|on|at|by|with|as|and|or|than|per|via|into|over|under|after|before|since|while|"
             r"increase|rise|jump|drop|decline|decrease|fall|reduction|improvement|boost|hit|headwind|tailwind|"
             r"record|high|low|mark|milestone|level|threshold|figure|total|annual|quarterly|monthly|yearly|run|"
             r"more|less|year|month|quarter|a|an|the|it|we|they|he|she|which|that|who|is|was|are|were|has|had|will|would)\b")
_VALUE_NOUN = plain(rf"\s+(?!{_NOT_NOUN})(?P<n>[a-z][a-z-]+(?:\s+(?!{_NOT_NOUN})(?![a-z]+(?:ed|ing)\b)[a-z][a-z-]+)?)"
                    r"(?![\w-])(?:\s+of\s+(?P<of>[a-z][a-z-]+)\b)?")
_STAFF_WHOLE = plain(r"\bof\s+(?:its|their|our|the\s+(?:company|group|bank)['’]s|[A-Z][\w.-]*['’]s?)\s+"
                     r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+)?$")
_COHORT_THRESHOLD = plain(r"\b(?:generating|spending|paying|contributing|generate|spend|pay|with)\s+$", re.I)
# what makes a power figure a capacity held: the word itself, or a verb of running what one has
# ("with an initial capacity of 100 megawatts", "now runs about 221 MW across 14 data centres")
_CAPACITY_BEFORE = plain(r"\bcapacity\b|\b(?:runs|ran|operates|operated|has|had)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
                              r"almost\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)
# a power figure of a site to be built or of a target: "agreed to build an AI data centre … with an
# initial capacity of 100 megawatts" (probe5 06), "up from its previous target of 230 MW" (probe6 p6_08)
_CAPACITY_NOT_HELD = plain(r"\b(?:build|(?<!\bthe\s)(?<!\bThe\s)(?<!\bthis\s)(?<!\bThis\s)(?<!\bnew\s)building|construct\w*|develop|developing|plans?|planned|agreed|targets?|goal|aims?)\b", re.I)
# a power figure a plan is to reach by a date: "plans to raise its data center capacity to 500 megawatts
# by 2030" (probe7 p7_04), "to build six buildings with a combined 1.2 gigawatts (GW) of capacity by
# 2030" (probe18 start_campus), "will take capacity to 40 MW by 2027" (probe12 …): the capacity planned
# for that period (rule capacity-target-by), not one held now; a target replaced ("up from its previous
# target of 220 MW … by the end of 2025") is no new one
_BY_BEFORE = plain(r"^[^.;]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?$", re.I)
_REPLACED_TARGET = plain(r"\b(?:previous|prior|earlier|old|original)\s+(?:target|goal|plan|guidance)\b[^.;]{0,30}$", re.I)
_CAPACITY_WORD = plain(r"\bcapacity\b", re.I)


def _capacity_target(t: str, start: int, end: int, cl, periods, values=()):
    """The period a power figure is planned for ("… 1.2 GW of capacity by 2030"), or None (a
    deadline after a later value is that value's: periods.deadline_of_later_value)."""
    if not (_CAPACITY_WORD.search(t, cl[0], cl[1]) or _CAPACITY_AFTER.match(t, end)) \
            or _REPLACED_TARGET.search(t[max(cl[0], start - 80):start]):
        return None
    for p in periods:
        if not end <= p.start_idx < cl[1] + 1 or deadline_of_later_value(p, start, values):
            continue
        if p.kind == "as_of" and p.text[:2].lower() == "by" and _BY_BEFORE.match(t[end:p.start_idx] + "by "):
            return p   # ("by 2030": the period reader's deadline, to the end of 2030)
        if p.kind in ("year", "fiscal_year", "quarter", "half") and _BY_BEFORE.match(t[end:p.start_idx]):
            return p
    return None


_JOBS_AFTER = plain(r"\s+(?:[a-z-]+\s+)?jobs\b", re.I)


def _job_kind(t: str, c):
    """count_qualifiers.job_kind of a count's noun, read with the words after it ("jobs during construction")."""
    from .count_qualifiers import job_kind
    m = _JOBS_AFTER.match(t, c.end)
    return job_kind(c.noun, t[m.end():m.end() + 40] if m else "")


# a figure of each part, not the whole's: "four phases of 40 MW each" (probe37 07_solaria), "smaller, at under 50 MW
# each" (probe18 start_campus_sines_local)
_EACH_AFTER = plain(r"\s*(?:MW|GW|megawatts?|gigawatts?)?\s*(?:of\s+[A-Za-z]+\s+)?each\b", re.I)
# a part of the figure just given: "26 MW of IT capacity, of which about 15 MW is in use" (no capacity of its own)
_PART_OF_BEFORE = plain(r"\bof\s+which\s+(?:[\w-]+\s+){0,2}$", re.I)
# the capacity a power figure is of, said after it: "26 megawatts (MW) of IT capacity" (probe18
# start_campus_sines_local; probe6 p6_08 Nebius "power for about … of capacity")
# "0,8 MW of IT load", "a total capacity of 24 MW of IT load" (the IT load a hall is built for is its capacity):
# probe37 01_anysecurityprinting_bet_extraordinary_information, focusset25 held 02_moratelindo_lawfirm
_CAPACITY_AFTER = plain(r"\s*(?:[A-Za-z]+\s*)?(?:\([A-Z]{2}\)\s*)?of\s+(?:(?:(?:data[- ]cent(?:re|er)|IT|power|installed|[a-z]+)\s+)?capacity|IT\s+load)\b")
# capacity-planned (issue52k): a capacity named for a site still to be built or that "will have" it ("a campus with a
# total IT capacity of 160 MW, to be built in four phases", "The hall will have 0,8 MW of IT load", "Phase one will
# have 2 MW of IT capacity", "which would provide 90 MW of IT capacity in two phases") is the capacity planned: a
# 'capacity target' (undated unless a deadline follows), not dropped. Provenance: probe37 07_solaria, probe37 01_any,
# probe37 03_econetwireless, focusset22 held 23_echelon_planning, probe5 06 (SK Telecom: 'agreed to build … with an
# initial capacity of …'). Not a deal's capacity (supplied, leased, sold to another) nor a target replaced.
_CAPACITY_DEAL = plain(r"\b(?:suppl(?:y|ies|ied)|leas(?:e|es|ed|ing)|sells?|sold|deliver|deploy|contract(?:s|ed)?|agreements?|deals?|"
                       r"rent(?:s|ed)?|reserv(?:e|es|ed)|buy|buys|bought|purchas(?:e|es|ed))\b", re.I)
# a counted noun that is a currency's small unit: "183 pence per share", "90 cents a share"
MINOR_CURRENCY = plain(r"^(?:pence|pennies|cents?|sen|paise|kopecks?|centimes?)\b", re.I)
# a counted noun that is a model's attribute, not its maker's: "a model with about 30 billion parameters"
MODEL_ATTRIBUTE = plain(r"^(?:(?:total|activated|active)\s+)?parameters?\b", re.I)
# a value naming a deal right after it: "a KRW 2.2 trillion partnership", "the $4.5 billion acquisition of"
_DEAL_AFTER = plain(r"\s*(?:[\w]+-year\s+|multi-year\s+|cloud\s+|AI\s+)?(?:partnership|deal|contract|agreement|acquisition|takeover|"
                         r"purchase|investment|package|programme|program|buyback|repurchase|bond|loan|order)s?\b", re.I)
_MEASURE_PASSED = plain(r"\b(?:revenues?|sales|turnover|billings|bookings|ARR|income|profit|EBITDA)\s+(?:has\s+|have\s+)?"
                        r"(?:topped|surpassed|exceeded|crossed|passed|broke(?:\s+through)?)\s+(?:the\s+)?$", re.I)
_THRESHOLD_BEFORE = plain(r"\b(?:topped|surpassed|exceeded|crossed|passed|broke(?:\s+through)?|above|over)\s+(?:the\s+)?$", re.I)


# A line of "Label: value" fields split by "|" or "--" (an analyst note's header: "Rating: BUY |
# Target price: ¥26,100 (from ¥39,000) | Price (31 Jul 2025): ¥27,260"): each value is its own
# field's, named by the field's label; a label is no unit of the company (probe5 04_schneider
# "Rating: BUY (unchanged) | Price target: EUR 280 (from EUR 211) | Share price: EUR 296", probe6
# p6_03_arm "Rating: Overweight | Price target: USD 161 (from USD 180) | …", probe9 g03_micron and
# probe10 tokyo_electron_note "… | Price (24 Sep 2025): $118.70"). A bare "Price" there is the share price.
_FIELD = plain(r"(?:^|\||\s--\s)\s*(?P<label>[A-Z][^:|]{0,50}?)\s*:\s*[^|]*?(?=\s*(?:\||\s--\s|$))")


def _field_cells(t: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each "Label: value" field of a field line, or [] for any other line."""
    if "|" not in t and " -- " not in t:
        return []
    cells = [(m.start(), m.end(), m.group("label")) for m in _FIELD.finditer(t)]
    return cells if len(cells) >= 2 else []


def _field_measure(label: str) -> str | None:
    """The measure a field's label names ("Price (31 Jul 2025)" -> "share price"), or None."""
    hm = HEAD_RE.search(label)
    if hm is None:
        return None
    m = _measure_phrase(label, compound_head(label, hm, HEAD_RE))[0]
    return "share price" if m in ("price", "prices") else m


# a figure and its ratio to revenue right after it: "Adjusted EBITDA was $10.80 billion, or 68% of
# revenue" (probe3 r07), "capital expenditure … about EUR 1.1 billion in 2025, roughly 3.1% of
# revenue" (probe5 04), "Operating margin of EUR 1,986 million, or 13.2% of revenues" (probe6 p6_02),
# "spent 4.2 billion yuan on research and development in the quarter, equal to about 14% of revenue" (probe9 g08)
_RATIO_LINK = plain(r"(?:\s+(?:on|of|in|for|during)\s[^,;:\d()]{1,60}?)?\s*(?:,\s*"
                         r"(?:or|equal\s+to|equivalent\s+to|which\s+(?:is|was)|representing)?|"
                         r"\(\s*(?:about|around|roughly|approximately|some|nearly)?)\s*$", re.I)
# ratio-in-brackets: the ratio in brackets right after the figure, "Adjusted EBITDA was $38,911 (28.1% of revenue)"
# (probe28 05_enghouse_canadian_mdna_quarterly), "an adjusted operating result of EUR 776 million (26.4% of
# revenue)" (probe15 08_asmi_vs_kokusai_comparison), "capex of EGP 26 bn (about 25% of revenue)" (probe25
# 03_telecomegypt_initiation): the same ratio as ", or 28.1% of revenue"
# ratio-is-margin: a profit's ratio to revenue is its margin ("Adjusted EBITDA was $10.80 billion, or 68% of revenue",
# probe3 r07; "Adjusted EBITDA was $143,312, or 27.3% of revenue", probe28 05; the bracketed asmi result above):
# named "<profit> margin" as the margin questions ask it, not "<profit> share of revenue"
_PROFIT_HEAD = plain(r"(?:ebitda|ebita|ebit|profits?|income|earnings|operating\s+results?)$", re.I)
_MARGIN_LINK = plain(rf"(?:\s*\([^)]*\))?\s*,\s*(?:a|an|for\s+a|giving\s+a|implying\s+a|or\s+a|with(?:\s+an?)?)\s+margin\s+of\s+{LEVEL_QUAL}", re.I)
# margin-with: ", with margin of 12,8%" right after a figure is that figure's margin, as ", a margin of" is
# (levels.py margin-apposition); probe24 01_intelbras_ptbr_translation ("The EBITDA was of R$ …, with margin of
# …%": stored as a bare 'margin' before), the same apposition as probe10 equinix_wire_feb2025 (", a margin of about …%")
_WITH_MARGIN = plain(rf",\s*with(?:\s+an?)?\s+margin\s+of\s+{LEVEL_QUAL}$", re.I)
_RATIO_WHOLE = plain(r"\s+of\s+(?:its\s+|the\s+|total\s+|group\s+|net\s+)*(?P<w>revenues?|sales|turnover)\b", re.I)


def _ratio_of(t: str, p, typed_money: list):
    """The typed money figure whose ratio to revenue the percent `p` states, and the whole's name
    (None for its margin: "adjusted EBITDA rose to $3.92 billion, a margin of about 45%"), or None."""
    w = _RATIO_WHOLE.match(t, p.end)
    margin = w is None and (margin_of(t, p.start) or _WITH_MARGIN.search(t, max(0, p.start - 40), p.start) is not None)
    if (w is None and not margin) or p.value_max is not None or p.negative:
        return None
    for end, fact, _ in reversed(typed_money):
        if end > p.start or fact.unit == "percent":
            continue
        if margin and _MARGIN_LINK.fullmatch(t[end:p.start]) and fact.value is not None:
            return fact, None
        link = None if margin else _RATIO_LINK.fullmatch(t[end:p.start])
        if link is not None and "(" in link.group(0) and fact.measure.endswith("margin") and fact.unit != "percent":
            continue  # "a gross margin of 50.5% and an adjusted operating result of EUR 776 million (26.4% …)": the
            # amount's measure was misread (a margin named as an amount); its bracketed ratio is left alone
        if link is not None:
            return fact, _norm_measure(w.group("w"))
    return None


def _previous(t: str, start: int, end: int) -> bool:
    """Whether the value at t[start:end] is the guidance that a new one replaced."""
    before = t[max(0, start - 80):start]
    return _PREVIOUS_BEFORE.search(before) is not None or (
        _FROM_BEFORE.search(before) is not None and _PREVIOUS_AFTER.match(t, end) is not None) or (
        _PREVIOUS_NAMED_WORDS.search(w := t[max(0, start - 120):start]) is not None and _PREVIOUS_NAMED.search(w) is not None)


def _threshold(t: str, start: int, clause: tuple[int, int]) -> bool:
    return _THRESHOLD_BEFORE.search(t[max(0, start - 30):start]) is not None and re.search(
        r"\bfirst\s+time\b|\bmilestone\b|\bmark\b|\bthreshold\b", t[clause[0]:clause[1]], re.I) is not None


def _prior(t: str, start: int, end: int) -> bool:
    """Whether the value at t[start:end] is the year-ago comparison of another figure, or a
    comparative in brackets right after a value ("Adjusted gross margin was 48.1% (46.3%)")."""
    if re.search(r"[\d%]\s*\($", t[max(0, start - 3):start]) and t[end:end + 1] == ")":
        return True
    if _COMPARED_BEFORE.search(t[max(0, start - 40):start]):
        return True
    return _PRIOR_BEFORE.search(t[max(0, start - 40):start]) is not None and _PRIOR_AFTER.match(t, end) is not None


# a clause's own noun and a verb of change right before its value: "that headcount had fallen by about 10%"
_CHANGED_NP = plain(r"(?:^|[\s,])(?:that\s+|the\s+|its\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:had\s+|has\s+|have\s+)?"
                         r"(?:fallen|fell|rose|risen|grown|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|shrunk|shrank|"
                         r"gained|slid|surged|soared|plunged|tumbled)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$")


def _changed_np(before: str) -> str | None:
    m = _CHANGED_NP.search(before)
    if m is None:
        return None
    np = re.sub(r"^(?:(?:that|the|its|their|and)\s+)+", "", m.group("np"))
    np = re.sub(r"(?:\s+(?:had|has|have|been))+$", "", np)
    if not np or _NP_NOT.search(np) or _NP_NOT_MEASURE.search(np):
        return None
    return _norm_measure(np)


def _np_before(t: str, a: int, pos: int) -> str | None:
    m = _NP_VERB.search(t[a:pos])
    if m is None or _NP_NOT.search(m.group("np")):
        return None
    return m.group("np")


def _estimate(t: str, start: int, end: int, own_ok: bool = False) -> bool:
    """Whether the value at t[start:end] is an estimate by others (estimates.py) or a range's width
    (with `own_ok`, the writer's own estimate is not: it is typed as an estimate, see _own_estimate)."""
    rule = estimate_of(t, start, end)
    return (rule is not None and not (own_ok and (rule.own or rule.consensus))) or _RANGE_WIDTH_BEFORE.search(t[max(0, start - 30):start]) is not None


def _own_estimate(t: str, start: int, end: int) -> str | None:
    """"estimate" when the value at t[start:end] is the writer's own estimate ("our FY26 revenue estimate to
    $51.2 billion", "FY3/26E net sales ¥2,310 billion"), "consensus" when it is the analysts' consensus
    ("versus consensus of $11.9 billion"): its measure is "<measure> estimate" / "<measure> consensus"."""
    rule = estimate_of(t, start, end)
    return None if rule is None else "consensus" if rule.consensus else "estimate" if rule.own else None


def _as_estimate(measure: str, kind: str = "estimate") -> str:
    m = re.sub(r"\s+(?:outlook|guidance|forecast|target|estimates?|consensus)$", "", measure)
    return f"{m} {kind}"


_DISCOURSE = plain(r"^\s*(?:however|yet|but|meanwhile|still|also|and|so|despite\s+\w+|in\s+addition|moreover|now)\b[,\s]*", re.I)


_NP_NOT_MEASURE = plain(r"^(?:on|in|at|for|by|with|during|after|before|since|from|earlier|later|last|this|next|"
                             r"previously|today|yesterday|then|there|here|it|they|we|he|she)\b|\b(?:year|quarter|month|week|day)s?\b", re.I)


_NP_VERB_OBJECT = plain(r"\s+[a-z][\w-]*\s+(?:a|an|the|its|their|his|her)\b")


def _np(t: str, a: int, b: int, ctx: SentenceContext, model=None):
    """The plain noun phrase opening a clause (no entity names in it), or None; never a time or
    place adverbial ("Earlier this year …", "On August 13 …", "To fund the build-out, …"), which is
    no measure, and never running on past the clause's verb ("The company launched a …")."""
    if model is not None and a == 0 and model[0].fronted:
        a = model[0].fronted[1]
    start = a + len(_DISCOURSE.match(t[a:b]).group(0)) if _DISCOURSE.match(t[a:b]) else a
    m = re.match(r"\s*(?:[A-Z][a-z]+|[a-z][\w-]*)(?:[\s-]+[a-z][\w-]*){0,3}", t[start:b])
    if not m:
        return None
    if _NP_VERB_OBJECT.search(m.group(0)):
        return None  # a subject, its verb and an object ("The company launched a …"): no measure named
    s, e = start + m.start(), start + m.end()
    if any(x.start < e and x.end > s for x in ctx.mentions) or _NP_NOT_MEASURE.search(m.group(0).strip()):
        return None
    return m


@lru_cache(maxsize=4096)
def _norm_measure(text: str) -> str:
    t = " ".join(text.split()).lower()
    t = re.sub(r"\brevenues\b", "revenue", t)
    t = re.sub(r"\bcapital expenditures\b", "capital expenditure", t)
    t = re.sub(r"\bprofits\b", "profit", t)
    t = re.sub(r"\blosses\b", "loss", t)
    t = re.sub(r"\bmargins\b", "margin", t)
    t = re.sub(r"\bexpenditures\b", "expenditure", t)
    t = re.sub(r"\beps\b", "earnings per share", t)
    t = re.sub(r"^(?:shares|stock)$", "share price", t)
    t = re.sub(r"\b(?:shares|stock)$", "share price", t)
    return canonical(t)


# the plural nouns that name a business line before a measure head ("Services revenue: $3.4 billion" (probe9
# g01_cisco), "managed services bookings were $10.8 billion" (probe9 g02_accenture)): a modifier, not a verb
_LINE_NOUN = plain(r"^(?:services|products|solutions|systems|devices)$", re.I)


# participles that name a kind of figure, kept on its head: "adjusted EBITDA"; "annualised revenue" is a run
# rate, no revenue (probe16 07_xero_linkedin_post 'has annualised revenue of around US$150 million', probe5
# 01_snowflake_fq2_2026 'its annualised revenue has passed $3.7 billion', focusset24 04_ukcloud_liquidation
# "the Company's annualised revenue of £26.4 million"); "contracted revenue" is revenue under contract (probe16
# 03_ytl_power_credit_rating_note, focusset22 03_data4_rating)
_NAMING_PARTICIPLES = ("adjusted", "related", "sales", "annualised", "annualized", "contracted", "diluted")


def _measure_phrase(text: str, head: re.Match) -> tuple[str, int]:
    """The measure with up to three modifiers before its head; returns (measure, start)."""
    words = list(re.finditer(r"[\w&’'.-]+", text[:head.start()]))
    mods = []
    start = head.start()
    for w in reversed(words[-4:]):
        tok = w.group(0)
        if tok.endswith(("'s", "’s")) or (tok.lower() in MOD_STOP and tok != "IT") or re.match(r"\d", tok):
            # ("IT services revenue": the abbreviation, not the pronoun; probe15 02_fpt 'Global IT services
            # revenue reached …', probe18 spark_nz 'IT services revenue … fell 12.4%')
            break
        between = text[w.end():start]
        if between.strip() not in ("",) and between.strip() != "and":
            break
        if not MOD_WORD.match(tok) or len(mods) >= 3:
            break
        if "-" not in tok and tok.lower() not in _NAMING_PARTICIPLES and re.search(r"(?:ed|s)$", tok) and tok.lower() not in ("gross", "ads") \
                and not _LINE_NOUN.match(tok) and not (tok.endswith("ed") and tok.islower() and mods and _LINE_NOUN.match(mods[0])):
            break  # (a business line's plural noun is a modifier: "Services revenue", "managed services bookings")
        if tok.lower() == "and" or between.strip() == "and":
            if not (mods and re.match(r"development", mods[0], re.I) and tok.lower() == "research"):
                break
        mods.insert(0, tok)
        start = w.start()
    if text[max(0, start - 13):start].lower() == "research and ":
        mods.insert(0, "research and")
        start -= 13
    elif mods and (co := coordinated_modifier(text[:start], head.group(0))) is not None:
        mods.insert(0, f"{co.group('a')} and")   # "sales and marketing expense", "licence and other revenue" (measure_names)
        start = co.start("a")
    phrase = " ".join(mods + [head.group(0)])
    if (first := coordinated_head(text, start, head, HEAD_RE)) is not None:
        # "net revenue and financial income of US$7.4 billion": one value, one measure (COORDINATED_MODIFIERS)
        first_phrase, start = _measure_phrase(text, first)
        phrase = f"{first_phrase} and {phrase}"
    if (tx := tax_modifier(text, head.end())) is not None and not re.match(r"net\s", phrase, re.I):
        phrase += " " + tx  # "profit before tax", "profit after tax" (measure_names TAX_POST_MODIFIER; a net profit is after tax)
    elif tx is None and (q := restriction(text, head.end())) is not None:
        phrase += " " + q  # "revenue from generative AI projects", "bookings tied to AI workloads" (qualifiers.py)
    return _norm_measure(phrase), start


# a charge or gain named right before its value is the measure, not a head further left ("The
# GAAP loss in the quarter was caused by a one-time charge of $5.8 billion")
_CHARGE_BEFORE = plain(r"(?:^|[\s,(])(?P<m>(?:[\w-]+\s+){0,3}?(?:charges?|gains?|write-?downs?|impairments?))\s+of\s+"
                            r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)


# per-unit-measure: a measure head followed by "per <noun>" is a ratio to that noun, and the noun is
# part of its name ("earnings per share", "average revenue per employee was about ₹33 lakh" is no
# "average revenue"); time words ("per year", "a month") make a rate of the same measure instead.
# Provenance: probe14 08_happiest_minds_analyst_note 'Average revenue per employee was about …',
# probe6 p6_06 (Jio) and probe9 g05 (Airtel) 'Average revenue per user (ARPU) …' (measure_names arpu),
# 'earnings per share' in most results articles.
_PER_UNIT = re.compile(r"\s+per\s+(?:(?P<share>(?:diluted\s+|basic\s+)?(?:share|ADS|ADR))\b|"
                       r"(?P<noun>(?!(?:cent|year|annum|month|quarter|week|day|hour|minute|second|night)s?\b)[a-z]+)\b)")


def _per_share(measure: str, head: re.Match) -> str:
    """"diluted earnings per share were NT$17.44": the head's "per share" is part of the measure
    (and "per employee", "per user": per-unit-measure)."""
    m = _PER_UNIT.match(head.string[head.end():head.end() + 30])
    if m is None:
        return measure
    if m["share"] is not None:
        return measure if measure.endswith("per share") else f"{measure} per share"
    tail = f"per {m['noun']}"
    return measure if measure.endswith(tail) or " per " in measure else f"{measure} {tail}"


# a later clause that names nothing of its own before its value ("…, and then to reach $33 billion",
# "…, and $79 billion the year after"): it continues the first clause's measure (ellipsis)
_ELIDED_WORD = plain(rf"(?:and|or|then|to|also|further|at|by|about|around|roughly|nearly|some|more|than|over|the|"
                          rf"reach|reaching|hit|top|exceed|a|an|{REPORT}|{CHANGE}|{PLAN})$", re.I)


def _elided(before: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", _VALUE_TEXT.sub(" ", before))
    return all(_ELIDED_WORD.match(w) for w in words)


_VALUE_TEXT = plain(r"(?:[$€£¥₩₹]|RMB|NT\$|Rs\.?)?\s?\d[\d.,]*\s*(?:%|percent|(?:b|m|tr)illion|bn|mn|crore|lakh|won|yen|euros?)?", re.I)


def _list_measure(label: str, head: re.Match) -> str:
    """A list line's measure: its label's measure phrase, the whole label when the phrase's
    modifiers are coordinated ("Asia Pacific and other revenues", "Fintech and mobility revenue")."""
    measure = _per_share(_measure_phrase(head.string, head)[0], head)
    label = " ".join(re.sub(r"[*_]", "", label).split())
    if re.search(r"\band\b", label) and HEAD_RE.search(label) and re.search(rf"{HEAD}$", label, re.I) \
            and len(label.split()) <= 6:
        return _norm_measure(label)
    return measure


class _Clauses:
    def __init__(self, text: str):
        self.bounds = [0] + [m.end() for m in TOP_BREAK.finditer(text)] + [len(text) + 1]

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


def _subject_of(ctx: SentenceContext, pos: int, clause: tuple[int, int], gaz_segments, how: list | None = None) -> r.EntityRef | None:
    """The subject of a figure whose measure is at `pos`; `how` (if given) receives how it was
    found (a `support` tag) and where the subject is named."""
    how = [] if how is None else how
    t = ctx.text
    a = clause[0]
    seg_text = t[a:pos]
    # "for that unit" / "of the segment" right after the measure
    after = t[pos:pos + 60]
    if re.match(r"[\w\s-]{0,30}?\b(?:for|of|at)\s+(?:that|this|the)\s+(?:unit|segment|division)\b", after):
        how.append(("anaphor", -1))
        return ctx.state.last_segment
    hm = re.match(rf"(?:{HEAD})\s+(?:at|of|for|from)\s+(?:the\s+|its\s+|their\s+)?", t[pos:], re.I)
    if hm:
        x = next((x for x in ctx.mentions if x.start == pos + hm.end() and x.kind in SUBJECT_KINDS), None)
        if x is not None:
            # "revenue at/of/for X" is X's; "revenue from X" is what a customer or source brought in
            how.append(("revenue-from" if re.search(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?$", hm.group(0), re.I) else "head-of", x.start))
            return ref(x)
    wm = None
    for x in ctx.mentions:
        if x.end <= pos and x.kind in SUBJECT_KINDS and re.fullmatch(r",\s+which\s+(?:also\s+)?(?:lost|posted|recorded|reported|generated|earned|made|had|saw)\b.*", t[x.end:pos + 1].rstrip()):
            wm = x
    if wm is not None:
        how.append(("relative", wm.start))
        return ref(wm)
    from .relations import _relative_spans
    spans = _relative_spans(t)
    spans = [*spans, *(d for d in dash_asides(t) if not d[0] <= pos < d[1])]  # clauses.DASH_ASIDE: a gloss's names
    cands = [x for x in ctx.mentions if x.end <= pos and x.start >= a and x.kind in SUBJECT_KINDS
             and not re.search(r"\bwhich\b", t[x.end:pos]) and not any(s <= x.start < e for s, e in spans)]
    # a sentence-initial subject followed by a relative clause governs the whole sentence
    lead = ctx.mentions[0] if ctx.mentions else None
    if lead and (lead.start <= 2 or re.fullmatch(r"\s*(?:The|the|(?:[Rr]ivals?|[Pp]eers?|[Cc]ompetitors?)(?:\s+[a-z][\w-]*){0,3})\s+", t[:lead.start])) and lead.kind in SUBJECT_KINDS and re.match(r"(?:\s+(?:segment|unit|division))?,\s+(?:which|in\s+which|of\s+which|where|home\s+to|the|a|an)\b", t[lead.end:]):
        if not cands or cands[-1].start > lead.start and re.search(r"\bwhich\b|\bwhere\b|home\s+to", t[lead.end:cands[-1].start]):
            how.append(("lead", lead.start))
            return ref(lead)
    um = None
    for m in _UNIT_DESC.finditer(t[a:pos + 1]):
        um = m
    if um is not None and um.group("desc2") is not None:
        # unit-in-apposition: "Acme Cloud, the cloud arm of Acme Corp, said revenue rose …": the
        # description glosses the name before it, which is the unit itself (never "<name> cloud arm")
        app = next((x for x in ctx.mentions if x.kind in SUBJECT_KINDS and x.end <= a + um.start()
                    and re.fullmatch(r",\s+", t[x.end:a + um.start()])), None)
        if app is not None:
            how.append(("lead", app.start))
            return ref(app)
    if um is not None:
        unit = _resolve_unit(ctx, um, gaz_segments, a)
        if unit is not None:
            ctx.state.last_segment = unit
            how.append(("unit-desc", -1))
            return unit
    if re.search(r"\b(?:that|this|the)\s+(?:segment|unit|division)\b", seg_text, re.I) and ctx.state.last_segment:
        how.append(("anaphor", -1))
        return ctx.state.last_segment
    # an aside after the subject: ", the …,", ", Acme Memory's larger competitor," (up to four words of a name)
    apps = [(m.start(), m.end()) for m in re.finditer(r",\s+(?:the|a|an|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s)\s+[^,]{3,120},", t[:pos])]
    cands = [x for x in cands if not _SOURCE_BEFORE.search(t[max(0, x.start - 30):x.start])
             and not any(s0 < x.start < e0 for s0, e0 in apps)]
    if cands:
        x = cands[-1]
        sb = sub_business(t)
        if x.start < sb < pos:
            how.append(("sub-business", x.start))  # "Within X, the Y business …": Y's figure, not X's
            return ref(x)
        if x.kind == "Country":
            how.append(("main", -1))
            return ctx.state.main_company
        c = clause_at(split_clauses(t), x.start)
        how.append(("mention-object" if object_position(t, c.start, c.verb_start, x.start, x.end) else "mention", x.start))
        return ref(x)
    if clause[0] > 0 and not HEAD_RE.search(t[a:pos + 1]) and not _foreign_subject(ctx, a):
        # elided subject in a later clause ("at RMB 15.7 billion it was up"): the sentence's subject,
        # unless the clause names its own ("…; Kelvo Mobile alone generated XOF 120 billion")
        first = next((x for x in ctx.mentions if x.kind in SUBJECT_KINDS and x.start < a
                      and not _SOURCE_BEFORE.search(t[max(0, x.start - 30):x.start])
                      and not any(s0 <= x.start < e0 for s0, e0 in dash_asides(t))), None)
        sb = sub_business(t)
        if first and first.start < sb < a:
            # "Within X, the Y business was the standout: orders grew 12%": Y is the sentence's subject
            named = next((x for x in ctx.mentions if x.kind in SUBJECT_KINDS and x.start == sb), None)
            how.append(("elided", sb) if named is not None else ("sub-business", first.start))
            return ref(named) if named is not None else ref(first)
        if first:
            how.append(("elided", first.start))
            return ref(first)
    if _foreign_subject(ctx, 0) or (a > 0 and _foreign_subject(ctx, a)):
        return None
    lu = ctx.state.line_unit
    if lu is not None and lu[0] == ctx.paragraph:
        how.append(("line-unit", -1))
        return lu[1]  # a figure on the line of a run-in segment heading is that segment's
    if other_thing(t, a, pos) is not None:
        how.append(("other-thing", -1))  # "The new version can execute …": the thing's figure, not the company's
        return ctx.state.main_company
    pu = paragraph_unit(ctx)
    if pu is not None:
        how.append(("paragraph-unit", -1))
        return pu
    how.append(("main-unnamed" if _unresolved_subject(ctx, a) else "main", -1))
    return ctx.state.main_company


# an aside describing a name: ", the Silicon Valley-based subsidiary Acme acquired in 2021 for $9.4 billion,"
_APPOSITION = plain(r",\s+(?:the|a|an)\s+[^,;]{3,120}?,")


# the parent named again: "Group revenue rose …", "the company's shares", "Acme made a net profit"
_PARENT_WORD = plain(r"\b(?:[Gg]roup|[Cc]ompany|[Cc]onsolidated|[Pp]arent)\b")


def paragraph_unit(ctx: SentenceContext) -> r.EntityRef | None:
    """The unit of the article's company whose figure the paragraph gave last, for a figure whose
    sentence names no subject ("Acme said Nimbus Pay's revenue rose 30%. Payment volume rose 20%
    …": Nimbus Pay's), unless the sentence says "the group", "the company" or names the parent."""
    pu = ctx.state.paragraph_unit
    if pu is None or pu[0] != ctx.paragraph or _PARENT_WORD.search(ctx.text):
        return None
    main = ctx.state.main_company
    if main is not None and any(x.label == main.label for x in ctx.mentions):
        return None
    return pu[1]


# a research firm or other source a figure is attributed to is not its subject: "…, per IDC",
# "according to Counterpoint, …", "data from LSEG"
_SOURCE_BEFORE = plain(r"\b(?:according\s+to|per|cited\s+by|compiled\s+by|data\s+from|estimates?\s+(?:by|from)|"
                            r"(?:research|survey|report|study|data)\s+(?:by|from))\s+(?:the\s+)?(?:research\s+firm\s+|analyst\s+firm\s+|market\s+researcher\s+)?$", re.I)


def _basis(text: str, before: bool = False) -> str | None:
    # "4.4% in constant currency", "up 9% on an organic basis": the words right after the value;
    # "Organic growth was 4.1%": the words before it (change_bases.py)
    if (b := basis_before(text) if before else basis_after(text)) is not None:
        return b
    if YOY.search(text):
        return "yoy"
    if QOQ.search(text):
        return "qoq"
    return None


_REPORTED_AFTER = plain(r"\s*(?:on\s+an?\s+)?(?:reported|as-reported|nominal)\s+basis\b|\s*as\s+reported\b", re.I)


def _own_basis(t: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The basis of a change read from its own stretch of the clause, [lo, hi): the words after it
    up to the next value ("down 0.3% on a reported basis and up 0.2% at constant currency"), else
    the words before it. A change said to be as reported has no basis."""
    after = t[end:hi]
    if _REPORTED_AFTER.match(after):
        return None
    return _basis(after) or _basis(t[lo:start], before=True)


# when something was said, not the period of a figure: "up from the roughly 30% it guided in July",
# "the roughly €41.1 billion he forecast in August", "the $4.931 billion it forecast in May"
# (when a figure was made public is not its period: "Q1 2025 revenue, published in April, was …", probe19
# 05_elm_agm_minutes; "Our original plan, published in April, was … ¥40.0 billion", probe13 sakura_internet_ceo_interview)
_SAID_WHEN = plain(r"\b(?:guided|forecast|projected|issued|predicted|announced|said|gave|given|published)\s+(?:it\s+)?(?:in|on|back\s+in)\s+$", re.I)


_ON_WEEKDAY = plain(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_MARKET_MEASURE = plain(r"\b(?:share|stock)\s+price$|\b(?:shares|stock|market\s+value|market\s+capitali[sz]ation)$")


def _same_span(p, doc_period) -> bool:
    """Whether `p` is a bare "the first half" / "the quarter" (no year, no month) that names the
    dated period the article reports on, a half or a quarter as long as it."""
    bare = {"half": r"(?:the\s+)?(?:first\s+)?half", "quarter": r"(?:the\s+)?quarter"}.get(p.kind)
    if doc_period is None or doc_period.start is None or doc_period.end is None or bare is None \
            or not re.fullmatch(bare, p.text.strip(), re.I):
        return False
    months = (doc_period.end.year - doc_period.start.year) * 12 + doc_period.end.month - doc_period.start.month + 1
    return months == (6 if p.kind == "half" else 3)


# a goal set, not a result: "targets an EBIT margin of 11% by fiscal 2027", "aims for ARR of $7 billion"
_TARGET_CUE = plain(r"\btarget(?:s|ed|ing)?\s+(?:an?|the|its|their|lifting|raising|reaching|growing)\b|\baim(?:s|ed|ing)?\s+(?:for|to)\b|"
                         r"\b(?:goal|ambition)\s+(?:of|to|is)\b", re.I)
_BY_YEAR = plain(r"\bby\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?(?P<y>(?:19|20)\d\d)\b")


def _target_clause(clause: str, pos: int, doc_period) -> bool:
    """Whether the value at `pos` of `clause` is a goal: a target verb before it, or a year still
    ahead of the article's period that the value is to be reached "by" (a past "by the end of 2024" is a result)."""
    if _TARGET_CUE.search(clause[:pos]):
        return True
    by = _BY_YEAR.search(clause, pos)
    last = doc_period.end.year if doc_period is not None and doc_period.end is not None else None
    return by is not None and last is not None and int(by.group("y")) > last and \
        re.search(r"\b(?:will|would|to\s+(?:reach|hit|lift|raise|grow|double|exceed))\b", clause[:pos], re.I) is not None



_FULL_YEAR_OUTLOOK = plain(r"\bfull[- ]year\s+(?:[\w-]+\s+){0,3}?(?:guidance|outlook|forecast|target)", re.I)


def _full_year_outlook(before: str, period) -> bool:
    """Whether a full-year outlook is dated by a shorter period the sentence reports on ("For the six
    months …, raised its full-year adjusted EBITDAaL guidance to …"): that period is not the outlook's."""
    return period is not None and period.start is not None and period.end is not None \
        and (period.end - period.start).days < 300 and _FULL_YEAR_OUTLOOK.search(before) is not None


def _later_clause(model, pos: int, at: int) -> bool:
    """Whether `at` lies in a top-level clause after the one holding `pos` that has a verb of its own."""
    here, there = clause_at(model, pos), clause_at(model, at)
    return there is not here and there.kind in ("main", "coordinate") and here.kind in ("main", "coordinate") \
        and there.start > here.start and there.verb is not None


def _event_year_at(t: str, end: int) -> bool:
    """Whether the year ending at `end` is an event's in the company's history ("who founded the
    company in 1997": periods.STRAY_RULES event-year), which says nothing of a figure's period."""
    if not re.fullmatch(r"(?:19|20)\d\d", t[max(0, end - 4):end]):
        return False
    return stray_date(t, _v.Period(None, None, "", end - 4, end, t[end - 4:end], "year")) is not None


# outlook-to-exceed: an expectation that a figure will exceed a value ("expects full-year EBITDA to exceed the
# $196 million recorded in …", "we now expect that business to exceed 300 billion yen of sales") is an outlook
# of more than that value, not of the value. Provenance: probe14 03_datatec_interim, probe11 p11_03_panasonic_fy2025_call.
_TO_EXCEED = plain(r"\bto\s+(?:exceed|surpass|top|be\s+above|be\s+more\s+than)\s+(?:the\s+|its\s+|last\s+year['’]s\s+)?$", re.I)


def _exceeded(t: str, start: int, measure: str) -> str | None:
    if _OUTLOOK_WORD.search(measure) and _TO_EXCEED.search(t, max(0, start - 40), start):
        return "at_least"
    return None


def _compared_year(t: str, pos: int, m: re.Match) -> bool:
    """Whether the year phrase `m` ("in 2023") dates a value compared with (periods comparison-period:
    "rose 12% to 4.8 billion from 4.3 billion in 2023"), not the sentence's figures: it then keeps
    no figure of the sentence from the period reported on, whether it stands after the value or
    after an earlier one ("…, and net profit rose 19% to 278 million")."""
    if not m.group(0)[-4:].isdigit():
        return comparison_period(t, pos, m.start())
    at = m.end() - 4
    return comparison_period(t, pos if at > pos else 0, at)


def _nearest_period(ctx: SentenceContext, pos: int, clause: tuple[int, int], model=None):
    """The period nearest the value at `pos`, its own clause's first; never one inside an
    embedded clause the value is not in ("…, which opened in 2024")."""
    best, dist = None, 10 ** 9
    for p in ctx.periods:
        if _SAID_WHEN.search(ctx.text[max(0, p.start_idx - 30):p.start_idx]):
            continue
        if p.kind == "day" and _ON_WEEKDAY.search(ctx.text, max(0, p.start_idx - 4), p.end_idx):
            continue  # report-day (periods.REPORT_DAY_RULE): "reported revenue of … on Thursday, up 6.9%": the day it was
            # reported, no period of a figure (a share price is dated by its day in period_for's market branch)
        if p.kind == "year" and stray_date(ctx.text, p) == "event-year" and not re.fullmatch(
                r"\s*(?:for|at)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?", ctx.text[p.end_idx:pos]):
            continue  # "Kingdee, founded in 1993, said it served more than 7.4 million customers": the event's year
            # (periods.STRAY_RULES event-year, acquired-year), not the figure's; "bought in 2019 for $5.8 billion" keeps it
        if model is not None and p.start_idx > pos and _later_clause(model, pos, p.start_idx):
            continue  # "…, reported revenue of 761 billion won, and plans to reach 500 MW by 2030": another clause's date
        if p.start_idx > pos and comparison_period(ctx.text, pos, p.start_idx):
            continue  # "…, compared with a loss of $99 million in the same quarter of 2024": the comparison's period
        if p.end_idx <= pos and comparison_period(ctx.text, 0, p.start_idx) and not compared_own_period(ctx.text, p, pos):
            continue  # "…, compared with USD 917 million for fiscal 2023, an increase of 5%": the compared value's, not the change's
        if deadline_of_later_value(p, pos, [x.start for x in (*ctx.moneys, *ctx.percents, *ctx.counts)]):
            continue  # "from roughly 1,000 employees today to about 1,500 by the end of 2026": the later value's date
        if bracketed_comparative(ctx.text, p, pos):
            continue  # "IFRS net profit was USD 293 million (fiscal 2023: USD 208 million)": the bracket's value's period
        if model is not None and not governs(model, pos, p.start_idx):
            continue
        d = min(abs(p.start_idx - pos), abs(p.end_idx - pos))
        if clause[0] <= p.start_idx < clause[1]:
            d -= 1000  # same clause wins
        if d < dist:
            best, dist = p, d
    return best


# the words between a measure's head and the bracket that abbreviates the whole measure: none, or
# the rest of its name in lower case ("EBITDA after leases (EBITDAaL)", "revenue excluding fees (…)")
_ABBREV_GAP = plain(r"(?:\s+[a-z][\w-]*){0,3}\s*\(\s*")


# counted-shares (issue39m): "shares" after a number is the noun a count counts ("issued 147.1 million new shares …
# at A$0.17 per share, raising A$25.0 million", probe28 08b_brainchip_asx_4c_q3; "a placing of 21,294,118 new ordinary
# shares at 340 pence", focusset26 08_gbg_placing), never the head of a money's measure (the A$25.0 million was typed
# 'million new share price'); not "$100 million of staff shares" (an amount of money)
_COUNTED_BEFORE = plain(r"(?<![$€£¥₩₹\w.,])\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn|mn))?\s+(?:(?!of\s)[a-z][\w-]*\s+){0,2}$", re.I)


def _counted_shares(t: str, h: re.Match) -> bool:
    return h.group(0).lower() in ("shares", "stock") and _COUNTED_BEFORE.search(t, max(0, h.start() - 40), h.start()) is not None


# counted-noun-head (issue48m): a head that is the noun a number before it counts ("167 customers", "approximately
# 4 million customers") measures that count, never an amount of money the clause states after it ("167 customers were
# now paying for AI features, and … contract wins … had a total contract value of £4.8 million" was a 'customers'
# amount, probe35 07_netcall; "has approximately 4 million customers and total assets of £26 billion" a 'million
# customers' amount, focusset26 held 22_coopbank_finalnotice); the counted nouns are the quantity registry's
def counted_noun_head(t: str, h: re.Match) -> bool:
    return (_counted_shares(t, h) or quantity(h.group(0)) is not None and not quantity(h.group(0)).unit_word
            and _COUNTED_BEFORE.search(t, max(0, h.start() - 40), h.start()) is not None)


# arr-context (issue39m): the figure readers take no "ARR" head in "<value> in ARR" ("712 customers paying us more than
# $1 million in ARR": a cohort's threshold; "this portfolio exceeded $420 million in ARR": a product's; probe23
# 04_zscaler_founder_letter) nor as a forecast's subject, "ARR will exceed A$1 billion by FY30" (its claim was dated
# the year reported on and answered that year's ARR: probe21 04_technologyone_speaker_notes, p21-04-q01)
_ARR_IN = plain(r"\bin\s$")
_ARR_MODAL = plain(r"\s+(?:will|would|could|should|may|might)\b")


def head_read(t: str, h: re.Match) -> bool:
    """Whether the head `h` found in `t` names a figure's measure there (counted-shares, arr-context)."""
    if _counted_shares(t, h):
        return False
    if h.group(0) in ("ARR", "arr"):
        return not (_ARR_IN.search(t, max(0, h.start() - 4), h.start()) or _ARR_MODAL.match(t, h.end()))
    return True


def observations(ctx: SentenceContext, used: set[int], gaz_segments, doc_period=None) -> list:
    if not (ctx.moneys or ctx.percents or ctx.counts):
        return []  # no value to observe (most sentences)
    t = ctx.text
    clauses = _Clauses(t)
    model = split_clauses(t)
    heads = [h for h in HEAD_RE.finditer(t) if head_read(t, h)]
    main = ctx.state.main_company
    lab = LIST_LABEL.match(t) if ":" in t else None
    value_end = {x.start: x.end for x in (*ctx.moneys, *ctx.percents, *ctx.counts)}  # for period_for's rate check
    # a list line labelled with something other than a measure or the article's company states
    # that label's figure ("Pictures: sales ¥322.1 billion"): not the company's own
    fields = _field_cells(t) if ":" in t else []
    unit_line = lab is not None and not fields and not HEAD_RE.search(lab.group("label")) and not run_in_heading(lab.group("label")) \
        and not numbered_item_label(lab.group("label"), ctx.state.numbered_item, ctx.state.known_segments) \
        and not filer_label(lab.group("label")) \
        and " ".join(lab.group("label").split()) not in ctx.state.layout_labels and not (clause_label(lab.group("label")) and not any(
        x.start < lab.end("label") and (main is None or x.label != main.label) for x in ctx.mentions)) and not any(
        x.start < lab.end("label") and main is not None and x.label == main.label for x in ctx.mentions)

    unit = None
    if unit_line and getattr(ctx.state, "doc_mentions_segment", False):
        # in an article about its segments, a list line's label names a unit: its figures are the unit's
        name = " ".join(re.sub(r"\s*\([^)]*\)\s*$", "", lab.group("label")).split())
        if 1 <= len(name.split()) <= 6 and not fragment_name(name) \
                and not any(x.kind in ("Person", "Country") for x in ctx.mentions if x.start < lab.end("label")):
            unit = r.EntityRef(kind="Segment", label=name)

    def own(subj) -> bool:
        return not (unit_line and main is not None and subj == main)

    how: list = []   # how the last subject was found (support tags)
    mhow = ["none"]  # how the last measure was found

    def _subject(ctx_, pos, clause_, segs):  # noqa: ANN001 - the module's _subject, or the line's unit
        how.clear()
        subj = _subject_of(ctx_, pos, clause_, segs, how)
        if unit is not None and subj == main:
            how[:] = [("list-unit", -1)]
            return unit
        return subj

    def typed(fact, start: int, end: int, hpos: int, measure_how: str | None = None) -> bool:
        """Whether the figure at [start, end) is supported in every field (else it stays a claim)."""
        sh, spos = how[-1] if how else ("none", -1)
        sup = support(Site(t, model, start, end, hpos, sh, measure_how or mhow[0], fact.measure, spos,
                           dated=fact.period is not None, is_change=fact.change is not None and fact.value is None,
                           estimate=ctx.state.disclaimed))
        if not sup.typed and DEMOTED is not None:
            DEMOTED.append((fact, sup))
        if JUDGED is not None:
            JUDGED.append((fact, sup))
        return sup.typed
    out: list[r.Observation] = []
    attached: dict[int, object] = {}  # money start -> change percent

    value_spans = sorted((x.start, x.end) for x in [*ctx.moneys, *ctx.percents])

    def stretch(start: int, end: int, clause) -> tuple[int, int]:
        """From the previous value's end to the next value's start, within the clause."""
        lo = max([clause[0]] + [b for a, b in value_spans if b <= start])
        hi = min([clause[1]] + [a for a, b in value_spans if a >= end])
        return lo, hi

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
            # appositive-change: "<figure>, an increase of (just) 5%" is the figure's change (probe17 01_kaspi_short_letter,
            # probe7 p7_01_servicenow_q3_2025 "$3.41 billion, an increase of 22% year over year", probe5 02_qualcomm_fq4_2025)
            if p.start >= money.end and re.fullmatch(
                    r"\s*(?:\([^)]*\))?\s*,?\s*(?:a|an|which\s+was)?\s*(?:it\s+was\s+|were\s+|was\s+)?(?:up|down)?\s*"
                    r"(?:(?:increase|rise|gain|growth|jump|decline|decrease|drop|fall)\s+of\s+(?:just\s+|about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?)?",
                    between_back, re.I) \
                    and (a <= p.start < b or re.match(r"\s*,", between_back)) \
                    and (re.search(r"\b(?:up|down|of)\s+(?:just\s+|about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$|\b(?:up|down)\s*$", between_back) or re.match(r"\s*(?:percent\s+|per\s*cent\s+)?(?:jump|increase|rise|gain|drop|decline|fall|higher|lower|more|less|up|down|year)", after_p, re.I)):
                return p
        return None

    def measure_for(pos: int, end: int, clause: tuple[int, int], pct: bool = False) -> tuple[str | None, int]:
        # "$X of revenue", "$X in annual recurring revenue" (never across "and" or a year: "revenue of
        # 24.2 trillion won in 2023 and operating profit of …" does not make the 26.4 an operating profit)
        if ctx.state.table_periods is not None and column_at(t, pos) > 0:
            # a table row: its label cell names the measure of every value in the row
            lead = len(t) - len(t.lstrip()) + 1
            label_end = t.find("|", lead)
            hm = HEAD_RE.search(t, lead, label_end) if label_end > 0 else None
            if hm is not None:
                mhow[0] = "table-row"
                return _per_share(_measure_phrase(t, hm)[0], hm), hm.start()
        cell = next(((a, b, label) for a, b, label in fields if a <= pos < b), None)
        if cell is not None:  # a field of a "Label: value | Label: value" line: its own label names it
            mhow[0] = "list-label"
            return _field_measure(cell[2]), cell[0]
        right = re.match(rf"\s*(?:\([^)]*\)\s*)?(?:of|in|on)\s+(?:(?!(?:and|or|but|while)\s)[A-Za-z][\w-]*\s+){{0,3}}?(?P<h>{HEAD})\b", t[end:], re.I)
        mhow[0] = "verb"
        if right is None and re.search(r"\b(?:lost|loses|losing)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+)?$", t[max(0, pos - 30):pos], re.I):
            return "loss", pos
        if right is None and re.search(r"\bvalued\s+at\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", t[max(0, pos - 40):pos], re.I):
            return "valuation", pos
        if right is None and pct:
            right = re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?(?P<h>{HEAD})\s+(?:growth|increase|rise|gains?)\b", t[end:], re.I)
        if right and not head_read(t, hm := HEAD_RE.search(t, end + right.start("h"))):
            right = None   # ("more than $1 million in ARR": arr-context)
        if right:
            mhow[0] = "of-head"
            hm = HEAD_RE.search(t, end + right.start("h"))
            return _per_share(_measure_phrase(t, hm)[0], hm), hm.start()
        ch = _CHARGE_BEFORE.search(t[clause[0]:pos])
        mhow[0] = "charge"
        if ch:  # "a one-time charge of $5.8 billion", "a non-cash income tax charge of $5.8 billion"
            return _norm_measure(re.sub(r"^(?:(?:a|an|the|its|this|that|by|of|to|in|on|for|with|from|and)\s+)+", "",
                                        ch.group("m"), flags=re.I)), pos
        vn = None if pct else _VALUE_NOUN.match(t, end)
        if vn is not None and _A_BEFORE.search(t, max(0, pos - 5), pos) and measure_elsewhere(pos, clause)[0] is not None:
            # value-modifies-noun: "a JPY 9.5 billion write-down of inventory" is the write-down's amount, not the
            # measure the clause names elsewhere (a figure the clause would not type stays a claim)
            mhow[0] = "charge"
            if (hm := HEAD_RE.match(t, vn.start("n"))) is not None:
                return _norm_measure(hm.group(0)), hm.start()  # "at a $6.6 billion valuation"
            return _norm_measure(f"{vn.group('of')} {vn.group('n')}" if vn.group("of") else vn.group("n")), pos
        return measure_elsewhere(pos, clause)

    def measure_elsewhere(pos: int, clause: tuple[int, int]) -> tuple[str | None, int]:
        apps = [(m.start(), m.end()) for m in re.finditer(r",\s+(?:the|a|an|its|their)\s+[^,]{3,90},", t)]
        left = [h for h in heads if h.end() <= pos and h.start() >= clause[0]
                and not any(a < h.start() < b and b <= pos for a, b in apps)]
        # "Average revenue per user (ARPU) increased to …": an abbreviation in brackets after its
        # measure names the same measure, the head before it is the clause's
        # (also after the words that end the measure's name: "EBITDA after leases (EBITDAaL) was …",
        # "EBITDA after leases (EBITDA AL) was …" - probe23 08a/08b; the Vodafone-style EBITDAaL)
        left = [h for i, h in enumerate(left) if not (i > 0 and re.search(r"\(\s*$", t[left[i - 1].end():h.start()])
                                                       and _ABBREV_GAP.fullmatch(t[left[i - 1].end():h.start()]))]
        if left:
            mhow[0] = "clause-head"
            return _per_share(_measure_phrase(t, left[-1])[0], left[-1]), left[-1].start()
        if clause[0] > 0 and (own_np := _changed_np(t[clause[0]:pos])):
            mhow[0] = "changed-np"
            return own_np, pos  # "…, and that headcount had fallen by about 10%": this clause's own noun
        if clause[0] > 0:
            earlier = [h for h in heads if h.end() <= pos]
            if earlier:
                if lab is not None and earlier[0].end() <= lab.end("label") <= pos:
                    mhow[0] = "list-label"  # "<measure>: $X, up Y%": the line's label is the value's measure
                    return _list_measure(lab.group("label"), compound_head(t, earlier[0], HEAD_RE)), earlier[0].start()
                mhow[0] = "elided-measure" if _elided(t[clause[0]:pos]) else "earlier-head"
                return _measure_phrase(t, compound_head(t, earlier[0], HEAD_RE))[0], earlier[0].start()
        mhow[0] = "none"
        return None, pos

    fronted = model[0].fronted or (0, 0)

    def own_clause(p, clause) -> bool:
        """A period in the value's clause or in the sentence's fronted adverbial ("For fiscal Q3
        2026, Arm guided revenue of …, and EPS of …": it dates both)."""
        return clause[0] <= p.start_idx < clause[1] or fronted[0] <= p.start_idx < fronted[1]

    def plan_period(p, cue: int, pos: int) -> r.Period | None:
        """A planned amount's period: the horizon its plan phrase states (from the cue on, or the
        'full-year' inside it), else the paragraph's outlook year, else none (periods.plan_horizon)."""
        if plan_horizon(p, pos, value_end.get(pos, pos), value_end, t):
            return date_yearless(p, doc_period) or _period(p)
        op = ctx.state.outlook_period
        return op[1].model_copy(update={"inherited": True}) if op and op[0] == ctx.paragraph else None

    def period_for(pos: int, clause, market: bool = False, count: bool = False) -> r.Period | None:
        tp = ctx.state.table_periods
        if tp is not None:  # a table row's value: its column's period ("| Net profit | ₹6,853 crore | ₹3,159 crore |")
            col = column_at(t, pos)
            if 0 < col < len(tp) and tp[col] is not None:
                return tp[col] if isinstance(tp[col], r.Period) else _period(tp[col])
        p = _nearest_period(ctx, pos, clause, model)
        cell = next(((a, b) for a, b, _ in fields if a <= pos < b), None)
        if p is not None and cell is not None and not cell[0] <= p.start_idx < cell[1]:
            p = None  # "Target price: ¥26,100 (from ¥39,000) | Price (31 Jul 2025): ¥27,260": another field's date
        same_clause = p is not None and own_clause(p, clause)
        here = clause_at(model, pos)
        if here.kind == "embedded" and (p is None or clause_at(model, p.start_idx) is not here):
            return None  # "The unit, which serves about 3,000 companies, posted … in 2024": the hole states no period
        if p is not None and any(m.start() < p.start_idx < m.end() <= pos for m in _APPOSITION.finditer(t)):
            # "X, the subsidiary Acme acquired in 2021 for $9.4 billion, grew revenue 9% in the quarter": a
            # period inside the aside about X does not date the main clause's figure
            p = None
            same_clause = False
        if (cue := plan_cue_before(t, pos, clause[0])) is not None:
            return plan_period(p if same_clause else None, cue, pos)  # periods.KIND_RULES plan-own-horizon
        lp = ctx.state.list_period
        if lp is not None and not same_clause and (lab is not None or ctx.state.bullet_line):
            return lp  # a list line is dated by its lead line ("Revenue by product line in fiscal 2025:",
            # "For the first quarter of fiscal 2026, X expects:" over "- Revenue of $X to $Y")
        if market and not same_clause:  # a move of the share price is dated by its own clause, its
            d = ctx.state.timeline_date  # timeline entry or its sentence's day, never by the results reported
            day = market_day(ctx.periods, ctx.state.doc_date)
            return r.Period(start=d, end=d, label=d.isoformat()) if d else (_period(day) if day else None)
        if not same_clause and (named := named_span(t[clause[0]:clause[1]], ctx.state, ctx.paragraph, doc_period)) is not None:
            return named  # "in the quarter": the period reported on; "for the period": the one in scope (period_scope)
        if p is not None and _same_span(p, doc_period):
            return doc_period  # "in the first half" of an article on the six months ended September 30
        if (yl := date_yearless(p, doc_period)) is not None:
            return yl  # "for the third quarter", "for the nine months to September": the report's year (periods.YEARLESS_RULE)
        if p is not None and (p.start or p.end or not doc_period or (same_clause and p.kind == "fiscal_year")):
            return _period(p)  # (a fiscal year named in the value's clause, dated or not, is its period)
        if ctx.state.timeline_date:
            d = ctx.state.timeline_date
            return r.Period(start=d, end=d, label=d.isoformat())
        if (pp := paragraph_period(ctx.state, ctx.paragraph, doc_period)) is not None:   # period_scope paragraph-period
            if same_clause and (yl := date_yearless(p, ctx.state.paragraph_period[1])) is not None:
                return yl  # "Third-quarter revenue alone was …" after the paragraph's nine months: that span's part
            return pp
        if planned(t[clause[0]:clause[1]]):  # "R&D spending is planned at …": not a result of the period reported on
            op = ctx.state.outlook_period
            return op[1].model_copy(update={"inherited": True}) if op and op[0] == ctx.paragraph else None
        if compared_value(t, pos) or (count and not result_clause(clause_at(model, pos), lab is not None or ctx.state.bullet_line, t, pos)):
            return None  # "…, versus an adjusted net loss of RMB 328.2 million": the earlier figure; "models trained on
            # more than 100 million picks": a count no result verb states is no figure of the period reported on
        in_force = heading_period(ctx.state, doc_period) or doc_period   # period_scope heading-period, else the report's
        if in_force and clause_at(model, pos).reporting and not rate_after(t, value_end.get(pos, pos)) and \
                not own_duration(ctx.durations, clause[0], clause[1], t) and \
                not prior_after(t, value_end.get(pos, pos)) and \
                not any(not _compared_year(t, pos, m) for m in
                        re.finditer(r"\b(?:in|during|for|since|by)\s+(?:19|20)\d\d\b|\bback\s+in\b|\b(?:last|this|next)\s+year\b", outside_holes(t, model))
                        if not _event_year_at(t, m.end())):
            return in_force.model_copy(update={"inherited": True})  # inherited-reporting-period
        return None

    def forecast_for(measure: str, pos: int, clause, previous: bool = False) -> tuple[str, r.Period | None]:
        """A figure in a clause stating an expectation ("expects revenue of about $9.6 billion",
        "should exceed €19.8 billion", "Full-year sales are forecast at ¥12.3 trillion") is an
        outlook: its measure says so, and it keeps only a period its own clause states (never
        the quarter the article reports on)."""
        period = period_for(pos, clause, market=bool(_MARKET_MEASURE.search(measure)) or clause_at(model, pos).verb_kind == "market")
        if not previous and (proposed_dividend(t, pos, clause[0], measure) or "dividend" in measure and bracketed_after_dividend(t, pos)):
            # "will propose … a dividend of EUR 1.80 per share in respect of 2025": the board's decision, no outlook;
            # dated by the year it is paid for, not the meeting's day (dividends.py)
            yr = respect_year(t, value_end.get(pos, pos), ctx.periods)
            return measure, (_period(yr) if yr is not None else None if period is not None and period.start == period.end else period)
        if previous:  # the guidance the new one replaced
            measure = re.sub(r"\s+(?:outlook|guidance|forecast)$", "", measure)
            if _full_year_outlook(t[clause[0]:pos], period):
                period = None
            if measure.startswith("previous "):
                return measure, period
            return (f"previous {measure}" if re.search(r"\b(?:target|price)\b", measure) else f"previous {measure} outlook"), period
        if counterfactual_adjusted(t[:pos]):  # "Excluding that gain, net profit would have been …" (measure_names)
            base = re.sub(r"\s+(?:outlook|guidance|forecast)$", "", measure)
            return (base if base.startswith("adjusted ") else f"adjusted {base}"), period
        if _target_clause(t[clause[0]:clause[1]], pos - clause[0], doc_period):
            # "targets an EBIT margin of 11% by fiscal 2027": a target, dated only by its own clause
            p = _nearest_period(ctx, pos, clause, model)
            measure = re.sub(r"\s+(?:outlook|guidance|forecast|target)$", "", measure) + " target"
            return measure, (_period(p) if p is not None and own_clause(p, clause) else None)
        if plan_cue_before(t, pos, clause[0]) is not None:  # money planned: its own horizon or none (period_for)
            return (measure if _OUTLOOK_WORD.search(measure) else measure + " outlook"), period
        if _OUTLOOK_WORD.search(measure) and period is not None and period.same_as(doc_period) \
                and not any(own_clause(q, clause) for q in ctx.periods):
            period = None  # "The operating margin target is confirmed at 19.9%": a target, not the half reported on
        if not FORECAST.search(t[:pos]) or re.search(r"\bprevious\b", measure):
            return measure, period  # (an expectation stated earlier in the sentence governs the later clauses)
        if clause[0] > 0 and not FORECAST.search(t[clause[0]:pos]) and _CHANGED_NP.search(t[clause[0]:pos]) \
                and re.search(r"\b(?:had|has|have)\s+\w+\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", t[clause[0]:pos]):
            return measure, period  # "…, and that headcount had fallen by about 10%": a change already made
        p = _nearest_period(ctx, pos, clause, model)
        own = p is not None and own_clause(p, clause)
        if not own or (doc_period is not None and period is not None and period.same_as(doc_period)
                       and p.kind not in ("year", "fiscal_year")  # "a dividend of … for fiscal 2024": the year its clause names
                       and not re.search(r"\bfourth|\bnext|\bcurrent|\bcoming|\bfull[- ]year|\bannual", t[clause[0]:clause[1]], re.I)):
            period = None
        if period is None and own and p.start is None and re.search(r"(?:19|20)\d\d", p.label):
            period = _period(p)  # "For the first quarter of fiscal 2026, Qualcomm expects …": its own fiscal label
        # yearless-fiscal-quarter (periods.YEARLESS_FISCAL_QUARTER_RULE): the value's own yearless fiscal quarter, or
        # the sentence's last period before it when that is one ("guided the first fiscal quarter — that's the
        # November quarter — to revenue of …")
        fqp = next((q for q in reversed(ctx.periods) if q.start_idx < pos), None)
        fqp = p if own and YEARLESS_FISCAL_Q.fullmatch(p.label) else \
            next((q for q in reversed(ctx.periods) if q.start_idx < pos and YEARLESS_FISCAL_Q.fullmatch(q.label)), None) \
            if fqp is not None and not re.search(r"(?:19|20)\d\d", fqp.label) else None
        if fqp is not None and (fq := YEARLESS_FISCAL_Q.fullmatch(fqp.label)) \
                and (fy := paragraph_fiscal_year(
                    [q.label for q in ctx.periods if q.start_idx < fqp.start_idx]
                    + [st[1].label for st in (ctx.state.outlook_period, ctx.state.paragraph_period)
                       if st is not None and st[0] == ctx.paragraph])) is not None:
            period = r.Period(start=None, end=None, label=f"Q{fq.group(1)} FY{fy}")  # yearless-fiscal-quarter
        if _full_year_outlook(t[clause[0]:pos], period):
            period = None  # "For the six months …, raised its full-year guidance to …": not the half's
        if period is None and not own:  # "guided to FY26 EBITDA of …, and said capex would be about …"
            q = outlook_year(t, ctx.periods, clause[0], t[clause[0]:clause[1]])
            op = ctx.state.outlook_period
            period = _period(q) if q is not None else (op[1].model_copy(update={"inherited": True}) if op and op[0] == ctx.paragraph else None)
        if not _OUTLOOK_WORD.search(measure):
            measure += " outlook"
        return measure, period

    # money values
    last_measure = None  # (measure, head position) of the sentence's last money figure
    typed_money: list = []  # (end of its value text, fact, head position) of each typed money figure
    for m in ctx.moneys:
        if m.start in used:
            continue
        clause = clauses.of(m.start)
        pre = t[max(clause[0], m.start - 12):m.start]
        if re.search(r"\bfrom\s*$", pre) and any(x.start < m.start and re.search(r"\bto\s*$", t[max(0, x.start - 6):x.start]) for x in ctx.moneys):
            continue  # "narrowed … to $64-73bn, from $62-73bn": the earlier value
        compared = None
        if _COMPARED_FROM.search(t[max(clause[0], m.start - 40):m.start]) and any(
                clause[0] <= x.end <= m.start and m.start - x.end <= 60 for x in (*ctx.moneys, *ctx.percents) if x is not m):
            # compared-value (periods.CARRY_RULES): "up 5.9% from NT$400.3 billion in 2023" is the earlier
            # figure, of the period right after it; "up 1.4% from ¥145.8 billion": no figure of its own
            compared = next((q for q in ctx.periods if 0 <= q.start_idx - m.end <= 5 and q.kind in ("year", "fiscal_year", "quarter", "half")
                             and (q.start is not None or q.end is not None)), None)
            if compared is None:
                continue
        per_share_compared = compared is None and (compared := compared_per_share_period(t, m.start, m.end, ctx.periods)) is not None
        if _estimate(t, m.start, m.end, own_ok=True) or (_prior(t, m.start, m.end) and not per_share_compared) or (
                _DEAL_PRICE.match(t, m.end) and re.search(r"\b(?:at|for)\s+(?:about\s+|roughly\s+|around\s+)?$", t[max(0, m.start - 20):m.start])):
            continue  # analysts' consensus, a guidance range's width, the year-ago figure
        if re.search(r"\bof\s+which\b[^,;]{0,40}$", t[clause[0]:m.start]):
            continue  # "€5.2 billion, of which €3.4 billion was EUV": a part, measure unnamed
        if _threshold(t, m.start, clause):
            if m.qualifier is not None or not _MEASURE_PASSED.search(t, clause[0], m.start):
                continue
            # threshold-passed-level: "trailing-twelve-month revenue passed $1.58 billion for the first time", "Automotive
            # revenue topped $1 billion in a quarter for the first time" (probe5 02_qualcomm_fq4_2025), "its annual cloud revenue exceeded 5,000
            # eok won for the first time" (probe19 03_nhn_korean_daily_translation): the measure's level is at least the mark it passed
            m = replace(m, qualifier="at_least")
        if re.search(r"\b(?:pay|pays|paid|paying)\s+$", t[max(0, m.start - 12):m.start]):
            continue  # "paying about 2.98 trillion yen" for shares: a price paid (a deal), no figure of a company
        if m.qualifier == "at_least" and _COHORT_THRESHOLD.search(t[max(0, m.start - 25):m.start]):
            continue  # "customers generating more than $1 million": a cohort's threshold
        if _DEAL_AFTER.match(t, m.end) and not re.match(r"\s*(?:of|in)\b", t[m.end:m.end + 4]):
            continue  # "a KRW 2.2 trillion partnership with Microsoft": the deal's value, no figure of a company
        if prose_measure_at(t, m.start, m.end, "money") is not None:
            continue  # "raised $100 million in a funding round": a round, typed by prose_measures (not a result)
        rd = reading(t, m.start, m.end, "money")
        if rd is not None and rd.role in ("effect", "action", "deal"):
            continue  # the size of an effect on a measure ("weigh on revenue by €200 million"): no level of it; a deal's term
        earlier = compared  # "down from about $21 billion in 2024": the base compared with, a figure only of its own period
        if rd is not None and rd.role == "comparison" and not per_share_compared:
            earlier = next((q for q in ctx.periods if 0 <= q.start_idx - m.end <= rd.rule.period_reach
                            and (rd.rule.period_reach <= 5 or re.search(r"(?:19|20)\d\d|\bFY\d\d\b", q.text))), None)
            # (a period a relative clause names, "the $8.81 billion it booked in 2024", only when it states its year)
            if earlier is None:
                continue
        previous = _previous(t, m.start, m.end) or (rd is not None and rd.role == "previous")
        if rd is not None and rd.role == "measure":
            measure, hpos = rd.measure, m.start  # "shipped $X of AI servers", "an initial public offering of $X"
            mhow[0] = "verb-rule"
        elif re.match(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+|equity\s+|American\s+depositary\s+)?share", t[m.end:]):
            # ("Interim dividend: ₹13 per share": a list line's label names the dividend)
            measure = ("dividend per share" if re.search(r"\bdividends?\b", t[clause[0]:m.start], re.I)
                       or (lab is not None and re.search(r"\bdividends?\b", lab.group("label"), re.I))
                       or bracketed_after_dividend(t, m.start)   # "… dividend of EUR 1.80 per share (2024: EUR 1.60 per share)"
                       else per_share_measure(t, clause[0], m.start, lab.group("label") if lab is not None else None))
            hpos = m.start
            mhow[0] = "per-share"
        else:
            measure, hpos = measure_for(m.start, m.end, clause)
            if measure and re.search(r"capital\s+expenditure|capex", measure) and "outlook" not in measure and \
                    re.search(r"\b(?:expects?|expected|plans?|planned|forecasts?|guidance|outlook|will|would|intends?)\b", t[clause[0]:m.start], re.I):
                measure += " outlook"
        if measure is None and previous and last_measure is not None:
            measure, hpos = last_measure  # "expects to ship $20 billion of AI servers, up from its earlier forecast of $11 billion"
            mhow[0] = "previous-of-new"
        if measure is None and (npv := _np_before(t, clause[0], m.start)):
            measure, hpos = _norm_measure(npv), m.start
            mhow[0] = "np-verb"
        if measure and mhow[0] in ("clause-head", "np-verb") and _PEOPLE_MEASURE.search(measure):
            # money-of-people-noun: an amount is no count of people; the head the people noun qualifies is its measure
            np_ = _qualified_np(t, clause[0], hpos if mhow[0] == "clause-head" else _people_head(t, clause[0], m.start))
            if np_ is None:
                continue
            measure, hpos = _norm_measure(np_[0]), np_[1]
        if measure is None and (npv := subject_measure(t[clause[0]:m.start], any(x.start == clause[0] for x in ctx.mentions))):
            measure, hpos = _norm_measure(npv), clause[0]
            mhow[0] = "subject-noun-level"
        if measure is None:
            np = _np(t, clause[0], m.start, ctx, model)
            if not np or not any(x.start >= clause[0] and x.end <= m.start and x.kind in SUBJECT_KINDS for x in ctx.mentions):
                continue
            measure, hpos = _norm_measure(np.group(0)) + " revenue", m.start
            mhow[0] = "np-guess"
        subj = _subject(ctx, hpos, clause, gaz_segments)
        if (gap := gapped_owner(t, m.start, hpos)) is not None and not HEAD_RE.search(t[gap[0]:gap[1]]) \
                and region_of(t, m.start, clause[0]) is None:  # "… and Asia-Pacific $0.9 billion": a region's, qualified below
            # rule gapped-owner (subjects.py): "… revenue of A and Endava B" is Endava's B
            x = next((x for x in ctx.mentions if x.start < gap[1] and x.end > gap[0]), None)
            if x is None or x.end > gap[1]:
                continue  # a name the recogniser does not resolve (or reads into the value): its figure stays a claim
            if x.kind in SUBJECT_KINDS:
                subj = ref(x)
                how[:] = [("mention", x.start)]
            elif x.kind in ("Product", "Application", "Project", "Person"):
                continue  # a product's or person's figure, not the first subject's (a place qualifies it: region_of)
        if subj is None or not own(subj):
            continue
        if subj.kind == "Company" and (region := region_of(t, m.start, clause[0])) is not None:
            measure = qualify_by_region(measure, region)  # "… (EMEA) contributed $3.08 billion": EMEA's revenue
        last_measure = (re.sub(r"\s+(?:outlook|guidance|forecast)$", "", measure), hpos)
        ch = change_for(m)
        kw = {}
        if ch is not None:
            used.add(ch.start)
            ctxt = t[max(0, ch.start - 40):ch.end + 40]
            kw = dict(change=ch.value, change_unit=ch.unit, change_qualifier=ch.qualifier,
                      change_text=ch.text, change_basis=_own_basis(t, ch.start, ch.end, *stretch(ch.start, ch.end, clauses.of(ch.start))),
                      direction="decrease" if ch.negative or (DECREASE.search(ctxt) and not INCREASE.search(t[max(0, ch.start - 25):ch.start])) else "increase")
        if earlier is not None:
            measure, period = re.sub(r"\s+outlook$", "", measure), _period(earlier)
        else:
            measure, period = forecast_for(measure, m.start, clause, previous)
        if (est := _own_estimate(t, m.start, m.end)) is not None:
            measure = _as_estimate(measure, est)  # the writer's own estimate or the consensus, not a reported figure (estimates.py)
            if (ey := estimated_year(t, m.start)) is not None:  # "FY3/26E net sales …": the estimate's year
                yp = v_find_periods(ey, ctx.state.doc_date)
                period = _period(yp[0]) if yp else None
        value, value_max, value_text = m.value, m.value_max, m.text
        low = range_low_before(t, m.start, ctx.moneys) if rd is not None and rd.rule.name == "previous-stated-after" else None
        if low is not None and value_max is None and low.value < m.value:  # "from €17.0 billion to €17.9 billion previously"
            value, value_max, value_text = low.value, m.value, t[low.start:m.end]
        tol = tolerance(t, m.end, m.value, [x for x in ctx.moneys if x.currency == m.currency]) if value_max is None else None
        if tol is None and value_max is None:
            tol = tolerance(t, m.end, m.value, [x for x in ctx.percents if x.unit == "percent"], same_unit=False)
        if tol is not None:  # "$13.1 billion, plus or minus $300 million": one value, its low and high
            value, value_max, value_text = tol.low, tol.high, t[m.start:tol.end]
            used.add(tol.width.start)
        fact = r.Observation(subject=subj, measure=measure, value=value, unit=m.currency,
                             value_max=value_max, qualifier=_exceeded(t, m.start, measure) or m.qualifier, value_text=value_text,
                             period=period,
                             equivalents=tuple(_money(e) for e in m.equivalents),
                             evidence=ctx.evidence, **kw)
        if typed(fact, m.start, m.end, hpos):
            out.append(fact)
            typed_money.append((m.end if tol is None else tol.end, fact, hpos))
        used.add(m.start)
    # percents not yet used: standalone changes, or levels ("accounts for 20% of …", "margin of 21%")
    for p in ctx.percents:
        if p.start in used:
            continue
        clause = clauses.of(p.start)
        ratio = _ratio_of(t, p, typed_money)
        if ratio is not None:  # "R&D spending of $4.2 billion, equal to about 14% of revenue": its share of revenue
            base, whole = ratio
            bm = re.sub(r"\s+(?:outlook|guidance|forecast|target)$", "", base.measure)
            measure = (base.measure if base.measure.endswith("margin") else
                       f"{bm} margin" if whole in ("revenue", "sales", "turnover") and _PROFIT_HEAD.search(bm)
                       else f"{base.measure} share of {whole}") if whole \
                else (bm if bm.endswith("margin") else f"{bm} margin")  # ", a margin of about 41%": the figure's margin
            fact = r.Observation(subject=base.subject, measure=measure, value=p.value, unit="percent", qualifier=p.qualifier,
                                 value_text=p.text, period=base.period, evidence=ctx.evidence)
            how[:] = [("ratio-of-figure", -1)]
            if typed(fact, p.start, p.end, p.start, "ratio-of-figure"):
                out.append(fact)
            used.add(p.start)
            continue
        window = t[max(clause[0], p.start - 45):min(clause[1], p.end + 30)]
        post = t[p.end:p.end + 40]
        # compared-level-of-its-period (levels.COMPARED_LEVEL): "…, compared with 9.9% in 2023" is the ratio's 2023 level
        compared_p = compared_level_period(t, p.start, p.end, ctx.periods) if p.unit == "percent" and not p.negative else None
        if _estimate(t, p.start, p.end) or (_prior(t, p.start, p.end) and compared_p is None) \
                or re.search(r"basis\s+points?|\bbps?\b|\bbp\b", p.text, re.I):
            continue  # an estimate by others, or a change in basis points (not a level)
        rd = reading(t, p.start, p.end, "percent")
        if rd is not None and rd.role in ("comparison", "effect", "action", "previous") and compared_p is None:
            continue  # "an 8% currency headwind": an effect's size; "…, from 7% to 10% previously": the old guidance
        previous = _previous(t, p.start, p.end) or (rd is not None and rd.role == "previous")
        if not previous and _FROM_BEFORE.search(t[max(clause[0], p.start - 25):p.start]):
            continue  # "up from 68.4% in the first quarter": the earlier level, not a change
        if re.search(r"\bof\s+which\b[^,;]{0,40}$", t[clause[0]:p.start]):
            continue
        if re.match(r"\s*(?:[\w-]+\s+){0,2}stake\b", post, re.I):
            continue
        lead_text = t[clause[0]:p.start]
        acc = _SHARE_VERB.search(lead_text)
        aside_share = acc is None and _SHARE_AFTER_ASIDE.search(t, 0, p.start) is not None
        if aside_share:
            # (issue42m) "The largest customer, an international organisation headquartered in Geneva, accounted for 6.8%":
            # the part named before the aside
            lead_text = _SHARE_ASIDE.sub(" ", t[:p.start])
            acc = _SHARE_VERB.search(lead_text)
        if acc and (acc.group("past") or aside_share) and (not re.match(r"\s*(?:\(\s*[\d.,]+\s*%?\s*\)\s*)?of\s+\w", t[p.end:])
                                          or _SHARE_PART_NOT.search(acc.group("what")) or "\n" in acc.group("what")
                                          or lead_text[:acc.start()].strip(" ,;:-—–(") != ""):
            acc = None   # (issue42m) a past verb's share names its whole ("accounted for 38.6% of the total"), its part a noun
            # phrase that opens its clause (not the tail of a list line run into it: "… data center SSDs DRAM accounted for")
        if acc:
            whole = re.match(r"\s*of\s+(?P<whole>.+?)(?=\s+(?:in|for|during|at|this|last)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:19|20)\d\d|quarter|year|half|period|year-end|months?)\b"
                             r"|\s+(?:against|versus|compared|up|down)\b|\s*\(|[,.;](?!\d)|$)", t[p.end:])
            owner = ctx.after(p.end, SUBJECT_KINDS)
            if owner and whole and owner.start < p.end + len(whole.group(0)):
                subj = ref(owner)
                how[:] = [("share-whole", owner.start)]
            else:
                subj = _subject(ctx, p.start, clause, gaz_segments)
            what = _norm_measure(re.sub(r"\b(?:now|currently|already|still|alone)\b|^\s*(?:the|its|our|their)\s+(?=\w)", " ", acc.group("what"), flags=re.I))
            whole_text = ""
            if whole:
                wt = whole.group("whole")
                if owner:
                    wt = re.sub(re.escape(owner.text) + r"(?:'s|’s)?\s*", "", wt)
                whole_text = " of " + _norm_measure(re.sub(r"^(?:the|its|our|their)\s+(?=\w)", "", wt.strip(), flags=re.I))
            if subj is None:
                continue
            fact = r.Observation(subject=subj, measure=f"{what} share{whole_text}".strip(), value=p.value, unit="percent",
                                 qualifier=p.qualifier, value_text=p.text, period=period_for(p.start, clause),
                                 evidence=ctx.evidence)
            if typed(fact, p.start, p.end, p.start, "share-of"):
                out.append(fact)
            used.add(p.start)
            continue
        is_change = bool(INCREASE.search(window) or DECREASE.search(window) or p.word or YOY.search(window))
        if re.match(r"\s*(?:of|share)\b", post, re.I) and not p.word:
            is_change = False
        if re.match(r"\s*(?:annual\s+|yearly\s+)?(?:[\w-]+\s+){0,3}?growth\b", post, re.I) and not re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?{HEAD}", post, re.I):
            continue  # "120-140% annual AI cloud growth": a market statistic with no subject
        measure, hpos = measure_for(p.start, p.end, clause, pct=True)
        subject_level = False
        if measure is None and (npv := subject_measure(t[clause[0]:p.start], any(x.start == clause[0] for x in ctx.mentions))):
            # (the value right after a verb of level: the noun's level, never a change; subject_measures.py)
            measure, hpos, subject_level, is_change = _norm_measure(npv), clause[0], True, False
            mhow[0] = "subject-noun-level"
        if measure is None:
            np = _np(t, clause[0], p.start, ctx, model)
            has_entity = any(x.start >= clause[0] and x.end <= p.start and x.kind in SUBJECT_KINDS for x in ctx.mentions) \
                or re.search(r"\b(?:[Tt]he\s+company|[Tt]he\s+group)\b", t[:p.start])
            if not np or not has_entity or any(np.end() + clause[0] <= x.start < p.start for x in ctx.mentions):
                continue
            np_text = re.sub(r"\b(?:however|have|has|shown|showed|is|are|were|was)\b.*$", "", np.group(0)).strip(" ,")
            if not np_text:
                continue
            measure = _norm_measure(np_text) + ("" if HEAD_RE.search(np_text) else " revenue")
            hpos = clause[0] + np.start()
            mhow[0] = "clause-head" if HEAD_RE.search(np_text) else "np-guess"
        subj = _subject(ctx, hpos, clause, gaz_segments)
        if subj is None or not own(subj):
            continue
        if RATIO_MEASURE.search(measure) and change_rule(p.unit):
            is_change = True  # "an expansion of 1.3 percentage points": the margin's move, never its level (levels.py)
        elif is_change and RATIO_MEASURE.search(measure) and level_rule(t, p.start, p.end, clause[0], bool(p.word)):
            is_change = False  # "operating margin narrowed to 20.7%", "Operating margin was 14.6%, up 0.4
            # percentage points", "a margin of about 41%": a ratio's level, no change word governs it (levels.py)
        if not is_change and not subject_level and not re.search(r"margin|(?<!per )share(?!\s+price)|rate|ratio", measure):
            continue
        kw = {}
        if is_change:
            kw = dict(change=p.value, change_unit=p.unit, change_qualifier=p.qualifier, change_text=p.text,
                      change_basis=_own_basis(t, p.start, p.end, *stretch(p.start, p.end, clause)), direction="decrease" if p.negative else (
                          governing_direction(t, p.start, p.end, clause[0])  # the word governing the percent decides
                          or ("decrease" if DECREASE.search(window) and not INCREASE.search(window) else "increase")))
        else:
            kw = dict(value=-p.value if p.negative else p.value, unit="percent", value_max=p.value_max, qualifier=p.qualifier, value_text=p.text)
            tol = tolerance(t, p.end, p.value, [x for x in ctx.percents if x.unit == "percentage_points"]) \
                if p.value_max is None and not p.negative else None
            if tol is not None:  # "57.1%, plus or minus 1 percentage point"
                kw.update(value=tol.low, value_max=tol.high, value_text=t[p.start:tol.end])
                used.add(tol.width.start)
        if p.word:
            near = [h for h in heads if clause[0] <= h.start() and h.end() <= p.start]
            after_head = re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?{HEAD}\b", t[p.end:], re.I)
            if after_head is None and (not near or re.search(r"\b(?:as|because|while|since|after|when|but)\b", t[near[-1].end():p.start])):
                continue  # "revenue … as its shopping business kept growing at a double-digit pace": another subject
        measure, period = forecast_for(measure, p.start, clause, previous)
        if compared_p is not None:
            if is_change or "value" not in kw or not re.search(r"margin|ratio|\brate\b", measure) or measure.endswith(("outlook", "target")):
                continue  # (a compared change, or a share compared: no level of its own)
            period = _period(compared_p)
        if period is not None and period.same_as(doc_period) and measure.endswith("share price") \
                and not any(clause[0] <= q.start_idx < clause[1] for q in ctx.periods):
            period = None  # "shares closed 1.2% higher": a day's move, not the quarter reported on
        fact = r.Observation(subject=subj, measure=measure, period=period, evidence=ctx.evidence, **kw)
        if typed(fact, p.start, p.end, hpos):
            out.append(fact)
        used.add(p.start)
    # counts with a noun: "over 70,000 derivative models", "more than 1 billion monthly users"
    for c in ctx.counts:
        jobs = _job_kind(t, c)   # count_qualifiers: "85 permanent jobs", "350 jobs during construction"
        # named_ratios: a plain number after a ratio's name ("the PUE of each phase shall not exceed 1,20")
        ratio = ratio_before(t, c.start, c.value, clauses.of(c.start)[0]) if not quantity(c.noun) else None
        if c.start in used or (c.value < 100 and power_unit(c.noun) is None and not (jobs and jobs[1]) and ratio is None):
            continue
        if ratio is not None and not c.noun:
            c = replace(c, noun="")   # (the ratio's value: no counted noun)
        if not c.noun and (cn := counted_noun(t, c.end)) is not None and cn.phrase.startswith("total "):
            c = replace(c, noun=cn.phrase)  # "1 trillion total parameters"
        power = power_unit(c.noun)
        target, planned_capacity = None, False
        if power is not None:  # "now runs about 221 MW", "an initial capacity of 100 megawatts": a capacity
            cl = clauses.of(c.start)
            target = _capacity_target(t, c.start, c.end, cl, ctx.periods, [x.start for x in ctx.counts])
            named = _CAPACITY_BEFORE.search(t[cl[0]:c.start]) or _CAPACITY_AFTER.match(t, c.end)
            if target is not None:
                pass  # "to build … a combined 1.2 GW of capacity by 2030": the capacity planned for that year
            elif named and (FORECAST.search(t[cl[0]:c.start]) or _CAPACITY_NOT_HELD.search(t[:c.start])) \
                    and not _CAPACITY_DEAL.search(t[cl[0]:c.start]) and not _REPLACED_TARGET.search(t[max(cl[0], c.start - 80):c.start]) \
                    and not _PART_OF_BEFORE.search(t, max(0, c.start - 40), c.start) and not _EACH_AFTER.match(t, c.end) \
                    and not _FROM_BEFORE.search(t, max(0, c.start - 30), c.start):   # (the value a plan moves from: "raise
                # its capacity from 28 MW to over 90 MW", "trimmed its target … to 80 MW, from 100 MW": probe11 p11_07_singtel_nxera,
                # focusset21 dev 15_timedotcom_bursa)
                planned_capacity = True  # capacity-planned: "The hall will have 0,8 MW of IT load"
            elif FORECAST.search(t[cl[0]:c.start]) or not named \
                    or _CAPACITY_NOT_HELD.search(t[:c.start]) or _PART_OF_BEFORE.search(t, max(0, c.start - 40), c.start) \
                    or _EACH_AFTER.match(t, c.end):
                continue  # a plan ("plans to reach 1 GW"), a deal ("will deploy 6 gigawatts of GPUs"), a site
                # still to be built, a target replaced ("up from its previous target of 230 MW"): no capacity held
        elif ratio is None and (not c.noun or NON_COUNT_NOUN.match(c.noun) or SPEC_NOUN.match(c.noun) or unit_not_measure(c.noun)):
            continue  # (unit-word-no-measure, quantity_units: "292 mkr", "3,600 MHz band": a unit, no measure)
        if ratio is None and MINOR_CURRENCY.match(c.noun or "") or _COHORT_AFTER.match(t, c.end) or _COHORT_BEFORE.search(t[max(0, c.start - 25):c.start]) \
                or _TRIED_AFTER.match(t, c.end):
            continue  # a price in pence or cents; a cohort ("customers generating more than $1 million")
        if _STAFF_NOUN.match(c.noun) and (_STAFF_DID_AFTER.match(t, c.end) or _STAFF_USED_BY.search(t[max(0, c.start - 40):c.start])) \
                and not _STAFF_WHOLE.search(t[max(0, c.start - 40):c.start]):
            continue  # staff-who-did: "3,100 colleagues have completed our certification", "used by 12,000 employees"
            # (not the whole the part is of: "about 30,000 of its roughly 32,000 employees had completed …")
        if _estimate(t, c.start, c.end):
            continue
        cl = clauses.of(c.start)
        if FORECAST.search(t[cl[0]:c.start]) and not any(cl[0] <= q.start_idx < cl[1] and q.start_idx > c.end for q in ctx.periods) \
                and not planned_capacity and not (jobs and jobs[1]):
            continue  # "said it would cut roughly 12,000 people": a plan, with no period of its own (not the capacity
            # planned, nor the jobs of a named kind a project is to create: "will create 250 permanent jobs")
        if re.match(r"\s*out\s+of", t[c.end:]):
            continue
        if re.search(r"\bof\s+which\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", t[cl[0]:c.start]):
            continue  # "400 mln euros …, of which 150 mln destined to …": a part of the whole, its measure unnamed (as for money)
        rd = reading(t, c.start, c.end, "count")
        if rd is not None and rd.role in ("comparison", "effect", "action"):
            continue  # "about 1,600 roles would be cut": what a plan is to move, no level the subject has
        clause = clauses.of(c.start)
        from .relations import _relative_spans
        spans = _relative_spans(t)
        near = [x for x in ctx.mentions if x.kind in ("AIModel", "ModelFamily", "Company", "Segment") and x.end <= c.start
                and not any(s <= x.start < e for s, e in spans)]
        first = near[-1] if near else None
        thing = next((x for x in reversed(ctx.mentions) if x.end <= c.start and x.kind in ("Product", "Application", "Project")
                      and (first is None or x.start > first.end)), None)
        if MODEL_ATTRIBUTE.match(c.noun) and (first is None or first.kind not in ("AIModel", "ModelFamily")):
            continue  # the parameters of a model the sentence does not name as one
        unit_anaphor = first is None and ctx.state.last_segment is not None and \
            re.search(r"\b(?:that|this|the)\s+(?:segment|unit|division)\b", t[clause[0]:c.start], re.I) is not None
        subj = ref(first) if first else (ctx.state.last_segment if unit_anaphor else
                                         None if _foreign_subject(ctx, 0) else ctx.state.main_company)
        if subj is None or not own(subj):
            continue
        if thing is not None:  # "X said Live Intelligence now has 80,000 users": the product's count (a usage claim)
            how[:] = [("thing-nearer", thing.start)]
        elif first is not None:
            fc = clause_at(model, first.start)
            how[:] = [("mention-object" if object_position(t, fc.start, fc.verb_start, first.start, first.end) else "mention", first.start)]
        elif unit_anaphor:
            how[:] = [("anaphor", -1)]  # "The unit now has around 20 million customers": the unit just named
        elif other_thing(t, clause[0], c.start) is not None:
            how[:] = [("other-thing", -1)]  # "The venture employs roughly 1,000 staff": the venture's count
        else:
            how[:] = [("main-unnamed" if _unresolved_subject(ctx, clause[0]) else "main", -1)]
        measure, measure_how = c.noun, "counted-noun"
        cn = counted_noun(t, c.end) if power is None else None
        if power is not None:
            cap = [h for h in HEAD_RE.finditer(t, clause[0], c.start) if canonical(_norm_measure(h.group(0))).endswith("capacity")]
            measure = _norm_measure(cap[-1].group(0)) if cap else "capacity"
            if target is not None or planned_capacity:
                measure = "capacity target"
        volume = c.measure == "volume"   # quantity_units: "90.000 m³" (water when its clause says so)
        if ratio is not None:
            measure = ratio.measure
        elif volume:
            measure = water_measure(t[clause[0]:clause[1]], quantity(c.noun)) or "volume"
        elif jobs and jobs[1]:
            measure = jobs[0]  # (count_qualifiers: one kind of jobs, never the other's figure)
        elif cn is not None and cn.names_only:
            measure_how = "name-as-noun"  # "1,000 Accenture and Telstra staff": a name is no measure
        elif cn is not None and cn.phrase.startswith(c.noun) and len(cn.phrase) > len(c.noun):
            measure = cn.phrase  # "3,000 enterprise AI customers", "20 million mobile and fixed customers"
        on = None if power is not None else re.match(r"\s*(?:\w+\s+){0,2}?(?:on|in|across)\s+(?P<p>[A-Z][\w]*(?:\s[A-Z][\w]*)?)", t[c.end:])
        if on and not re.match(r"(?:Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|19|20)", on.group("p")):
            measure = f"{measure} on {on.group('p')}"
        measure = " ".join(measure.split()).lower() if re.search(r"\b(?:shares|stock)$", measure) else _norm_measure(measure)
        if rd is not None and rd.role == "event":  # "lost 31,000 broadband customers": the count lost, not a level
            fact = r.Observation(subject=subj, measure=f"{measure} {'lost' if rd.direction == 'decrease' else 'added'}",
                                 value=c.value, unit="count", qualifier=c.qualifier, value_text=c.text,
                                 period=period_for(c.start, clause, count=True), evidence=ctx.evidence)
            measure_how = "verb-event" if measure_how == "counted-noun" else measure_how
        else:
            low = count_range_low(t, c.start)  # "between 200 and 300 tool calls": a range, not its top
            fact = r.Observation(subject=subj, measure=measure, value=low if low is not None and low < c.value else c.value,
                                 value_max=c.value if low is not None and low < c.value else None,
                                 unit=power or ("m³" if volume else None if ratio is not None else "count"),
                                 qualifier=c.qualifier, value_text=(c.shown or c.text) if power else c.text,
                                 period=_period(target) if target is not None else None if planned_capacity or (jobs and jobs[1])
                                 and FORECAST.search(t[cl[0]:c.start]) else period_for(c.start, clause, count=True),
                                 evidence=ctx.evidence)
        if typed(fact, c.start, c.end, c.start, measure_how):
            out.append(fact)
        used.add(c.start)
    return out
