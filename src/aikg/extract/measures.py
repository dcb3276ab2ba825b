"""What a value is a figure of, read from its own attachment: the verb that governs it and the noun
phrase it is the object or complement of ("shipped $8 billion of AI servers", "an initial public
offering of Rs 500 crore", "raised its target to $90 from $75", "lost 20,000 subscribers", "would
weigh on revenue by €100 million").

Each rule is a named record with the words that must stand right before the value (`before`, a
pattern the text up to the value must end with) and right after it (`after`, a pattern the text
from the value's end must start with), the role it gives the value and, for a measure, its name.
Roles:

  measure     the rule names the measure ("{np} shipments" fills in the noun phrase it caught)
  previous    the value is what an earlier target or guidance said, replaced by a new one
  comparison  the value is the base a figure is compared with ("up from $9 billion"): no figure of its own
  effect      the value is the size of an effect on a measure (a currency headwind, an impact): not its level
  event       the value is what an action moved ("lost 31,000 customers"): a change, with the direction
  action      the value is what an action is to move ("1,600 roles would be cut"): no level the subject has
  deal        the value is a deal's term ("$12 in cash for each Brill share"): no figure of either company

`reading(text, start, end, kind)` gives the first rule that holds for the value at text[start:end]
(kind: "money", "percent" or "count"), or None. Every rule's examples are from at least two
documents of different sources (the probe sets under tests/data and public news pages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..pattern_cache import plain

QUAL = r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over|at\s+least|up\s+to|a\s+net|net)\s+)?"
# a value as written: "$84", "JPY 5,800", "€11.3 billion", "1.5 billion euros", "12%"
VALUE = (r"(?:[$€£¥₩₹]|[A-Z]{1,3}\$|(?:USD|EUR|GBP|JPY|CHF|INR|CNY|RMB|AUD|Rs\.?)\s?)?\s?\d[\d.,]*"
         r"(?:\s?(?:%|percent|(?:b|m|tr)illion|bn|mn|m|crore|lakh)\b)?(?:\s(?:euros?|dollars|yen|francs))?")
# the noun phrase a verb's value is "of": "of AI servers", "of its Xeon AI processor chips"
OF_NP = r"\s+(?:worth\s+)?of\s+(?:its\s+|their\s+|the\s+)?(?P<np>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})"
# a stated expectation a revision replaces (a revised "revenue" is a change, not a previous value)
GUIDE = r"(?:targets?|guidance|outlooks?|forecasts?|projections?|estimates?|objectives?)"
PERIOD_AFTER = (r"\s+(?:(?:in|for|during|over)\s+(?:the\s+)?(?:same\s+|prior\s+|previous\s+|year-ago\s+|last\s+)?"
                r"(?:fiscal|financial|year|quarter|half|period|months?|FY|(?:19|20)\d\d|Q[1-4])|a\s+year\s+(?:earlier|ago|before)|last\s+year)")


@dataclass(frozen=True)
class MeasureRule:
    name: str
    role: str                      # measure | previous | comparison | effect | event | action
    before: str = ""               # the text before the value ends with this ("" = anything)
    after: str = ""                # the text after the value starts with this ("" = anything)
    kinds: tuple[str, ...] = ("money", "percent", "count")
    measure: str = ""              # a measure's name; "{np}" is the noun phrase the rule caught
    direction: str | None = None   # an event's direction
    nouns: tuple[tuple[str, str], ...] = ()  # the governing verb's stem -> the measure noun ("{noun}")
    examples: tuple[str, ...] = ()
    period_reach: int = 5          # a comparison's own period starts within this many characters after the value
    # the prose measures' fields (prose_measures.py reads its rules as records of this one type): where the
    # rule was met, the text before the value that undoes it (a deal's terms), whether the figure takes its
    # claim's period (a debt's "due 2027" is its maturity: False)
    provenance: tuple[str, ...] = ()
    not_before: str = ""
    dated: bool = True

    def __post_init__(self):
        object.__setattr__(self, "_before", re.compile(rf"(?:{self.before})$", re.I) if self.before else None)
        object.__setattr__(self, "_after", re.compile(self.after, re.I) if self.after else None)
        object.__setattr__(self, "_not", re.compile(self.not_before, re.I) if self.not_before else None)


@dataclass(frozen=True)
class Reading:
    rule: MeasureRule
    role: str
    measure: str | None = None
    direction: str | None = None


RULES: tuple[MeasureRule, ...] = (
    # previous / new: the value a revised target or guidance replaced
    MeasureRule("previous-from-to", "previous", before=rf"\b{GUIDE}\b(?:[^.;]|\.(?=\d)){{0,60}}\bfrom\s+{QUAL}", after=rf"\s+to\s+{QUAL}{VALUE}",
                examples=("Citi raised its price target from $80 to $103 (naaju.com, Target note)",
                          "Telsey Advisory Group upped the price target from $160.00 to $195.00 (theenterpriseleader.com 2024-03-06)")),
    MeasureRule("previous-after-new", "previous",
                before=rf"\b{GUIDE}\b[^.;]{{0,60}}?{VALUE}(?:\s+(?:to|and)\s+{VALUE})?\s*(?:,\s*|\(\s*)?(?:up\s+|down\s+)?from\s+{QUAL}",
                examples=("raised its full-year adjusted EBITDAaL guidance to between €41.3 billion and €41.6 billion, from €41.0 billion (probe8 f02)",
                          "Target price: JPY 8,800 (from JPY 8,000) (probe8 f03 analyst note)",
                          "lifted its price target to $84 from $54 (marketrealist.com 2018-01)")),
    MeasureRule("previous-stated-after", "previous", before=rf"\b{GUIDE}\b(?:[^.;]|\.(?=\d)){{0,120}}",
                after=rf"(?:\s+(?:to|and)\s+{VALUE})?\s+previously\b",
                examples=("raised its full-year adjusted EBITDAaL guidance to between €11.3 billion and €11.6 billion, "
                          "from €41.0 billion to €41.3 billion previously (probe8 f02)",
                          "lifted its 2025 organic revenue growth forecast to between 6% and 9%, from 5% to 9% previously (probe5 04)")),
    # comparison: the earlier level a figure is compared with
    MeasureRule("up-from", "comparison", before=rf"\b(?:up|down|higher|lower|rising|falling|increasing|decreasing|compared|rose|fell)\s+from\s+{QUAL}",
                kinds=("money", "count"),
                examples=("plans capital expenditure of JPY 410 billion in fiscal 2025, up from JPY 25 billion (probe8 f03)",
                          "19.0% of the analysts now have a buy rating, up from 15.0% earlier (marketrealist.com 2018-01)",
                          "revenue of around 4.5 billion euros in fiscal 2026, up from about 400 million euros in the fiscal year just ended (probe8 f05)",
                          "up from $43.07 billion a year earlier (devset5 t02)")),
    # (probe10 equinix_wire_feb2025: "… an increase of roughly 4% to 5% over the $8.75 billion it booked in
    # 2024"; probe9 g05_bharti_airtel_q2fy26: "… nearly double the ₹3,593 crore it earned in the year-ago period")
    MeasureRule("the-value-it-reported", "comparison", before=rf"\bthe\s+{QUAL}",
                after=r"\s+(?:(?:it|we|the\s+company|the\s+group)\s+(?:had\s+)?(?:booked|reported|posted|recorded|earned|generated|made|did)"
                      r"|booked)\s+(?:in|for|during|over)\s+",
                kinds=("money",), period_reach=40,
                # (with no subject or 'we': probe17 01_kaspi_short_letter "… an increase of just 5% on the KZT … booked in
                # the second quarter of 2024", probe12 nextdc_h1fy25_call "up 4.0% on the A$… million we reported in H1 FY24",
                # probe16 07_xero_linkedin_post "up 20% on the NZ$… million we did in the same half last year")
                examples=("expects sales of $5.1 billion, up 6% over the $4.8 billion it booked in 2024",
                          "a profit of $900 million, nearly double the $470 million it earned in the year-ago quarter",
                          "sales were $2.2 billion, up 10% on the $2.0 billion booked in the first quarter of 2023",
                          "income was $80 million, up 4% on the $77 million we reported in H1 FY23")),
    # effect: the size of an effect on a measure, not the measure's level
    MeasureRule("weigh-on-by", "effect",
                before=rf"(?:\b(?:weigh(?:s|ed|ing)?\s+on|hit|hurt|dent(?:ed|s)?)|\b(?:currency|exchange|FX|effects?|movements?|headwinds?)\b[^.;]{{0,40}}?"
                       rf"\b(?:reduced?|reduces|lowered|lowers|increased?|increases|boosted|boosts|lifted|lifts|cut|cuts))\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?(?:revenues?|sales|earnings|profits?|ebitda|ebit|results|margins?|growth)\s+(?:[\w-]+\s+){{0,4}}?by\s+{QUAL}",
                examples=("a stronger euro would weigh on reported revenue by about 500 million euros (probe8 f05)",
                          "adverse currency movements that reduced revenues by US$252 million (campaignasia.com, Omnicom)",
                          "Foreign currency effects increased earnings in the 2019 second quarter by $15 million (periodical quoted by thefreedictionary.com)")),
    MeasureRule("effect-of", "effect",
                before=rf"\b(?:headwinds?|tailwinds?|impacts?|hit|drag|effects?)\s+of\s+{QUAL}",
                examples=("a negative foreign currency effect of 4.6% (periodical quoted by thefreedictionary.com)",
                          "unfavorable foreign currency effects of approximately 2 percent on sales (another periodical, same page)")),
    MeasureRule("value-effect", "effect",
                after=r"\s+(?:(?:currency|foreign[- ]exchange|FX|after-tax|pre-tax|negative|positive|exchange[- ]rate)\s+)*(?:headwinds?|tailwinds?|impacts?|hit|drag|effects?)\b",
                examples=("an 8% currency headwind on EPS growth (onwish.ai 2024-07-30, Coca-Cola)",
                          "a $600 million after-tax impact for the fiscal year (onwish.ai, P&G)",
                          "compared with a $2.32 billion negative effect in the second quarter (nasdaq.com / Reuters 2022-02-09)")),
    # measure: what the governing verb or noun names
    MeasureRule("trade-verb-of", "measure", before=rf"\b(?P<verb>ship|ships|shipped|shipping|sell|sells|sold|selling)\s+{QUAL}",
                after=OF_NP, kinds=("money",), measure="{np} {noun}",
                nouns=(("ship", "shipments"), ("sell", "sales"), ("sold", "sales")),
                examples=("booked $8.6 billion of AI server orders and shipped $1.2 billion of AI servers (probe8 f01)",
                          "it sold $1B of its Xeon AI processor chips last year (seekingalpha.com 2018-08-08)",
                          "sold $950 million of H20 inventory to a customer outside China (tests/data/probe p01)")),
    MeasureRule("ipo-of", "measure",
                before=rf"\b(?:initial\s+public\s+offering|IPO|public\s+listing|flotation)\s+(?:of|worth|valued\s+at|sized\s+at|that\s+raised|which\s+raised|raising)\s+{QUAL}",
                kinds=("money",), measure="ipo size",
                examples=("returned to the stock market with an initial public offering of Rs 1,750 crore (probe8 f04)",
                          "an initial public offering that raised ₹41,607 crore (devset5 t08)")),
    MeasureRule("add-of", "measure", before=rf"\b(?:add|adds|added|adding|contribute|contributes|contributed)\s+{QUAL}",
                after=r"\s+(?:in|of)\s+(?:annual\s+)?(?P<np>revenues?|sales|ebitda|earnings|operating\s+profit|profit)\b",
                kinds=("money",), measure="added {np}",
                examples=("which it said would add about 525 million euros of revenue in fiscal 2026 (probe8 f05)",
                          "expected to add more than $70 million in annual revenue by the fifth year (finanznachrichten.de 2023-02-15, Waters)",
                          "inTEST will be adding ~US$9M in annual revenue (seekingalpha.com 2021-12-09)")),
    # (probe15 05_alpha_data_ipo_prospectus_summary "… existing shares … raises gross proceeds of AED …" was an
    # "existing share price"; probe18 spark_nz_results_corrected "It expects net cash proceeds of about NZ$… million")
    MeasureRule("proceeds-of", "measure",
                before=rf"\b(?:gross\s+|net\s+)?(?:cash\s+)?proceeds\s+of\s+{QUAL}",
                kinds=("money",), measure="proceeds",
                examples=("The sale of 10% of the shares raises gross proceeds of $300 million.",
                          "It expects net cash proceeds of about €150 million from the disposal.")),
    # face-value: the nominal value of a share, written beside the dividend declared on it, is no dividend
    # (probe20 02_mastek_shareholder-email "Interim dividend: Rs … per share (…% on the face value of Rs …)",
    # probe23 01_tanla_bse_outcome "interim dividend of Rs … per equity share of face value Rs … each": both
    # read as the dividend before)
    MeasureRule("face-value", "measure",
                before=rf"\b(?:face|par|nominal)\s+value\s+(?:of\s+)?(?:the\s+share\s+)?(?:of\s+)?(?:is\s+|was\s+)?{QUAL}",
                kinds=("money",), measure="face value per share",
                examples=("The board declared a dividend of ₹4 per share of face value ₹2 each.",
                          "a final dividend of 150% on the par value of Rs 10")),
    # deal: a deal's terms, the price paid for each share of the company bought, no figure of either company
    # (probe18 softwareone_crayon_merger "… plus NOK … in cash for each Crayon share, implying a value of NOK … per
    # Crayon share" were SoftwareOne "share price outlook" figures; probe6 p6_02_capgemini_h1_2025 "… for USD … per
    # share in cash"; devset5 t02_ibm "agreed to acquire … Confluent for $31 per share in cash")
    MeasureRule("consideration-per-share", "deal",
                after=r"\s+(?:in\s+cash\s+(?:for|per)\s+(?:each\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+)?share"
                      r"|per\s+share\s+in\s+cash|(?:for|per)\s+(?:each\s+)?(?-i:[A-Z])[\w&.-]*\s+share)\b",
                kinds=("money",),
                examples=("Holders will receive 0.5 new Acme shares plus $12 in cash for each Brill share.",
                          "Acme agreed to buy Brill for $40 per share in cash.")),
    # event: a count an action moved ("lost 31,000 broadband customers")
    MeasureRule("lost-count", "event", before=rf"\b(?:lost|loses|losing|shed|sheds)\s+{QUAL}", kinds=("count",),
                direction="decrease",
                examples=("Swisscom said it had lost 61,000 broadband customers in the period (probe8 f07)",
                          "the largest telcos lost nearly 150,000 broadband subscribers in the third quarter (fiercetelecom.com)",
                          "carriers collectively lost 70,000 broadband Internet subscribers (lexology.com)")),
    # action: what a plan is to cut or hire, said after the count ("about 1,600 roles would be cut")
    MeasureRule("count-to-be-cut", "action",
                after=r"\s+(?:[\w-]+\s+){0,3}?(?:would|will|are\s+to|were|are|is|to)\s+(?:be\s+)?(?:cut|eliminated|axed|shed|lost|removed|made\s+redundant|hired|added|created)\b",
                kinds=("count",),
                examples=("the operator said about 4,600 roles would be cut over three years (probe8 f02)",
                          "Around 160 roles are to be made redundant at the combined operator (siliconrepublic.com)",
                          "85 people in the Dublin head office will be made redundant (thejournal.ie 2014-09)")),
)


def reading(text: str, start: int, end: int, kind: str) -> Reading | None:
    """The first rule that holds for the value at text[start:end], as a Reading, or None."""
    before = text[max(0, start - 160):start]
    for rule in RULES:
        if kind not in rule.kinds:
            continue
        b = rule._before.search(before) if rule._before is not None else None
        if rule._before is not None and b is None:
            continue
        m = rule._after.match(text, end) if rule._after is not None else None
        if rule._after is not None and m is None:
            continue
        measure = None
        if rule.measure:
            np = (m.group("np") if m is not None and "np" in m.groupdict() else "") or ""
            words = np.split()
            cut = next((i for i, w in enumerate(words) if w.lower() in _NP_STOP), len(words))
            np = " ".join(words[:cut])  # "of H20 inventory to a customer": "H20 inventory"
            if not rule.measure.endswith("{np}") and re.search(r"[^s]s$", np) and len(np.split()[-1]) > 3:
                np = np[:-1]  # a modifier of the measure noun: "AI servers" -> "ai server shipments"
            verb = (b.groupdict().get("verb") or "").lower() if b is not None else ""
            noun = next((n for stem, n in rule.nouns if verb.startswith(stem)), "")
            measure = " ".join(rule.measure.format(np=np.lower(), noun=noun).split())
        return Reading(rule, rule.role, measure, rule.direction)
    return None


def has_period_after(text: str, end: int) -> bool:
    """Whether a period of its own follows the value ("… in the fiscal year just ended", "a year earlier")."""
    return re.match(PERIOD_AFTER, text[end:], re.I) is not None


# the noun phrase a count counts, read again from the text: acronyms inside it ("3,000 enterprise AI
# customers") and coordinated modifiers ("20 million mobile and fixed customers") belong to it
_NP_WORD = plain(r"\s+(?P<w>[A-Za-z][\w'’-]*|\d+(?![\d,.]))")
_NP_STOP = frozenset("""of in on at to for from by with than as and or but that which who whose while where when
    is are was were be been has have had will would can could may might said says the a an its their this these
    those it they we he she more less over under per about around across into through during since until
    year years month months quarter quarters percent now currently alone also only
    without within onto upon via after before among between against including like toward towards
    last next this each every such worth already still yet just even again together respectively globally
    worldwide your our my his her""".split())


@dataclass(frozen=True)
class CountedNoun:
    phrase: str            # lower-cased: "enterprise ai customers", "mobile and fixed customers"
    names_only: bool      # the phrase is names only ("1,000 Accenture and …"): a fragment as a measure


def counted_noun(text: str, end: int) -> CountedNoun | None:
    """The noun phrase right after a count ending at `end`, or None."""
    words, raws, pos = [], [], end
    while len(words) < 6:
        m = _NP_WORD.match(text, pos)
        if m is None:
            break
        raw = m.group("w")
        w = raw.lower()
        if raw[0].isdigit() and not (raws and raws[-1][0].isupper()):
            break  # a number goes on a name only ("PlayStation 5 consoles")
        nxt = _NP_WORD.match(text, m.end())
        if w == "and" and words and not re.search(r"[^s]s$", words[-1]) and nxt is not None \
                and nxt.group("w").lower() not in _NP_STOP and (nxt.group("w")[0].islower() or raws[-1][0].isupper()):
            after = _NP_WORD.match(text, nxt.end())
            if after is not None and after.group("w").lower() not in _NP_STOP:  # "mobile and fixed customers"
                words.append(w)
                raws.append(raw)
                pos = m.end()
                continue
        if w in _NP_STOP or (words and words[-1] != "and" and w.endswith(("ed", "ing", "ly"))):
            break
        acronym = re.fullmatch(r"[A-Z]{2,4}s?", raw) is not None
        if words and raw[0].isupper() and raws[-1].islower() and raws[-1] != "and" and not acronym:
            break  # a new proper noun starts a new phrase (an acronym does not: "enterprise AI customers")
        words.append(w)
        raws.append(raw)
        pos = m.end()
    while words and words[-1] == "and":
        words.pop()
        raws.pop()
    if not words or words == ["total"]:
        return None
    # a proper name with no common noun after it counts nothing ("1,000 Accenture and …")
    names_only = all(r_[0].isupper() or r_[0].isdigit() or r_ == "and" for r_ in raws) and not re.fullmatch(r"[A-Z]{2,4}s", raws[-1])
    return CountedNoun(" ".join(words), names_only)


_RANGE_LOW = plain(r"\bbetween\s+(?P<low>\d[\d,]*(?:\.\d+)?)\s+and\s+$|(?<!from\s)(?<![\d,.])(?P<low2>\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–)\s*$", re.I)


def count_range_low(text: str, start: int):
    """The lower bound of a range whose upper bound is the count at `start` ("between 200 and 300
    tool calls", "200 to 300 tool calls"), as a Decimal, or None. "from 200 to 300" is a change."""
    from decimal import Decimal, InvalidOperation
    m = _RANGE_LOW.search(text[max(0, start - 40):start])
    if m is None:
        return None
    low = (m.group("low") or m.group("low2")).replace(",", "")
    if re.search(r"\bfrom\s+$", text[max(0, start - 40):start][:m.start("low2")] if m.group("low2") else ""):
        return None
    try:
        return Decimal(low)
    except InvalidOperation:
        return None


def range_low_before(text: str, start: int, values) -> object | None:
    """The value that opens a range "from A to B previously" closed by the value at `start`: of
    `values` (objects with start, end, value), the one ending right before "to" (the values parser
    reads "from A to B" as a change; a previous guidance says "previously")."""
    for x in values:
        if x.end <= start and re.fullmatch(r"\s+to\s+", text[x.end:start]) and re.search(r"\bfrom\s+$", text[max(0, x.start - 12):x.start]):
            return x
    return None


# a stated value with its tolerance: "$12.5 billion, plus or minus $300 million", "51.5%, plus or
# minus 1 percentage point", "about $54 billion, plus or minus 2%" (probe3 r01 AMD, probe6 p6_03
# Arm note, probe9 g03 Micron note, tests/data/probe p01 Nvidia): one value with its low and high
_PLUS_MINUS = re.compile(r"\s*,?\s*(?:plus\s+or\s+minus|±|\+/-)\s*", re.I)


@dataclass(frozen=True)
class Tolerance:
    low: object          # Decimal
    high: object         # Decimal
    end: int             # where the tolerance's text ends
    width: object        # the value that states it


def tolerance(text: str, end: int, value, widths, same_unit: bool = True) -> Tolerance | None:
    """The range a value at text[..end] spans by the tolerance stated right after it, or None.
    `widths`: candidate values (with start, end, value and, for percents, unit); a width in the
    value's own unit (money of the same currency, percentage points for a percent) is absolute,
    a percent width of a money value is relative."""
    m = _PLUS_MINUS.match(text, end)
    if m is None:
        return None
    w = next((x for x in widths if x.start == m.end()), None)
    if w is None or w.value is None or w.value <= 0:
        return None
    if same_unit:
        low, high = value - w.value, value + w.value
    else:
        low, high = value * (1 - w.value / 100), value * (1 + w.value / 100)
    if low < 0:
        return None
    return Tolerance(low, high, w.end, w)
