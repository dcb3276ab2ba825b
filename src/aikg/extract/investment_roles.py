"""Who invests, who receives, and which amount is the money: the roles of an investment clause as
named rule records (spaCy-ruler style), read before `relations._investment_at` falls back on the
article's company.

The investor is the clause's agent. Three shapes name an agent that is NOT the article's company,
though the article's company is the nearest name or the document's subject:

- `agent-not-company`: the clause's subject is a public body or the company's own owners ("the
  Government will make an equity investment of …", "its founding shareholders invested …");
  the investment is theirs, and they are no company the graph can name: no investment is stored.
- `apposed-agent`: a name the lists do not know, then an apposition, then the verb ("Pellmark, the
  US buyout firm, agreed to invest …"): the name is the investor.
- `funding-received`: the money is the object of a verb of receiving ("to raise at least … of
  private investment", "received a $72 million investment led by …"): the clause's subject is the
  one invested IN; the investor is the one named after "from" / "led by", else none is stored.

And two shapes name an amount that is not the money put in:

- `valuation-not-amount`: a stake or a round priced "valuing X at", "at a valuation of", "at an
  enterprise value of": the amount is the worth of the whole company, not what was paid for the
  part (a whole company bought "in a deal valued at …" keeps its amount).
- `deal-term-not-amount`: a deal's break fee ("a termination fee of $40 million") or the loan
  financing it ("a $900 million bridge loan"): a term of the deal (extract/deals.py), not an
  investment of whoever pays or borrows it.

Each record: its pattern, the lower-case words it cannot match without (`gate`), invented examples
(tests/test_investment_roles.py reads each) and where the phrasing was met (`provenance`: documents
of different sets). Pure functions of the sentence text and a trigger's offset.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import PatternRule
from .verb_classes import DEAL_VALUE

# a verb group between an agent and the investment word: "will make an equity", "has", "also plans to"
_VERB_GROUP = (r"(?:(?:will|would|shall|has|have|had|also|then|later|now|to|is\s+to|are\s+to|plans?\s+to|agreed\s+to|intends?\s+to"
               r"|said\s+it\s+would|said\s+they\s+would)\s+)*"
               r"(?:(?:make|makes|made|making|provide|provides|provided)\s+(?:an?\s+|the\s+)?(?:(?:further|additional|new|direct|initial|equity|capital|[\w-]+)\s+){0,2})?$")

AGENT_NOT_COMPANY = PatternRule(
    name="agent-not-company",
    pattern=(r"(?:^|[,;:(]\s*|\b(?:and|but|while|when|after|as)\s+)"
             r"(?P<agent>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:[Gg]overnment|[Ss]tate|[Mm]inistry|[Aa]uthorities|[Rr]egulator|[Tt]reasury|"
             r"(?:founding\s+|original\s+|existing\s+|other\s+)?(?:shareholders|investors|owners|backers|lenders|founders|partners))"
             r")\s+" + _VERB_GROUP),
    why="the clause's subject is a public body or the company's owners: the money is theirs, not the article's company's",
    # the same rule as apposed-agent (the clause's subject invests, not the article's company), for a
    # subject that is no name; the nouns of public bodies and owners are met in one set so far
    provenance=("probe20 06 Rapidus: 'the Government will make an equity investment of ¥100.0 billion in Rapidus', "
                "'the Government has committed about ¥5.7 trillion', 'Its eight founding shareholders invested ¥7.3 billion'",
                "(the shape, a subject that is not the article's company: probe11 07 Singtel Nxera and probe13 Khazna, see apposed-agent)"),
    examples=("The Government will make an equity investment of $2 billion in Norvane.",
              "Its founding shareholders invested $40 million when Norvane was set up.",
              "Including this round, the state has committed about €3 billion to chip projects."),
)

APPOSED_AGENT = PatternRule(
    name="apposed-agent",
    pattern=(r"(?:^|[;:]\s+|\.\s+|\bwhile\s+|\bbut\s+)(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+"
             r"(?:the|a|an|another|its)\s+[^,;:()]{2,60},\s+(?:(?:has|have|had|also|said\s+it\s+would|agreed|plans|planned|"
             r"intends|is|was|in\s+\w+|(?:19|20)\d\d|to|will|would)\s+)*$"),
    why="a name, its apposition, then the verb: the name is the clause's subject and the investor",
    provenance=("probe11 07 Singtel Nxera: '<firm>, the US investment firm, agreed in 2024 to invest S$1.1 billion in Singtel's …'",
                "probe13 Khazna: '<developer>, another Saudi developer, has pledged $20 billion of investment in U.S. AI infrastructure'"),
    examples=("Pellmark, the US buyout firm, agreed in 2025 to invest $900 million in Norvane's cloud unit.",
              "Tessaly, another Gulf developer, has pledged $5 billion of investment in European data centres."),
)

FUNDING_RECEIVED = PatternRule(
    name="funding-received",
    pattern=(r"\b(?:rais(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|attract(?:s|ed|ing)?|obtain(?:s|ed|ing)?|"
             r"win|wins|won|landed|lands)\s+(?:(?!and\s|but\s)(?:[^,;:.()]|(?<=\d)[.,](?=\d))){0,70}?$"),
    why="the investment is the object of a verb of receiving: the subject is invested in, not the investor "
        "(a unit of the company that receives money from no one named is funded by its parent, as before: "
        "the bundled corpus' 'Alibaba Cloud is set to receive a $53 billion investment over three years')",
    provenance=("probe20 06 Rapidus: 'Rapidus to raise at least ¥130.0 billion of additional private investment in FY2026'",
                "probe6 07 Nebius: '<unit> … received a $72 million investment led by <fund> in May'",
                "probe6 07 Zhipu: 'In 2025 it received investments from state-backed funds'"),
    # not "raised its planned investment in X to $Y" (an increase: probe3 TSMC): a raise needs its amount before the noun
    examples=("Norvane plans to raise at least $300 million of new investment next year.",
              "Its robotics arm received a $40 million investment led by Pellmark Capital in June."),
)
# the investor named after the money of a received investment: "… led by X", "… from X"
INVESTOR_AFTER = plain(r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:led\s+by|from|by)\s+(?:the\s+)?(?=[A-Z])")

_VALUATION = plain(DEAL_VALUE, re.I)
_PART = plain(r"\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:[\w-]+\s+){0,2}?(?:stake|interest|holding)|minority|stake|round|funding)\b", re.I)
VALUATION_NOT_AMOUNT = PatternRule(
    name="valuation-not-amount",
    pattern=r"\b(?:valu(?:ing|es)\s+(?:[^\s,;]+\s+){0,5}?at|(?:at\s+)?an?\s+(?:enterprise\s+value|valuation)\s+of)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    why="the price of the whole company named for a part of it: not the money paid",
    provenance=("probe11 02 Lattice: '<buyer> bought a 51% stake from Intel in a deal valuing <company> at $8.75 billion'",
                "probe16 04 MTN: 'Mastercard's minority investment in the fintech business, at a valuation of about US$5.2 billion'",
                "probe18 Teraco: '… which acquired a 55% stake at an enterprise value of about US$3.5 billion'"),
    examples=("Pellmark took a 30% stake in Norvane in a deal valuing Norvane at $2 billion.",
              "Orvane's minority investment in the payments arm, at a valuation of about $900 million, closed in May."),
    flags=re.I,
)

DEAL_TERM_NOT_AMOUNT = PatternRule(
    name="deal-term-not-amount",
    pattern=(r"^\s+(?:(?:reverse\s+)?(?:break(?:-up)?|termination)\s+fee\b|"
             r"(?:(?:committed|senior|secured|syndicated|bridge|acquisition|green)\s+){0,3}(?:term\s+loans?|bridge\s+(?:loan|facility)|"
             r"loan\s+facility|credit\s+facility|revolving\s+credit)\b)"),
    why="a deal's break fee or the loan that finances it (extract/deals.py reads both as deal terms) is not money "
        "invested by the company that pays it or borrows it",
    provenance=("probe24 05_darktrace: 'Darktrace will pay a break fee of US$56 million', "
                "'financed with equity from <fund> and a US$1.9 billion committed term loan' (both typed as Investments before)",
                "probe16 02_tower_semiconductor: 'Intel paid Tower a $353 million termination fee'",
                "focusset23 21_conapto_loan: 'has signed a SEK 3.4 billion green term loan and revolving credit facility'"),
    examples=("Norvane will pay a termination fee of $40 million if its board changes its view.",
              "The buyout is financed by a $900 million bridge loan from two banks."),
    flags=re.I,
)
_FEE_BEFORE = plain(r"\b(?:break(?:-up)?|termination)\s+fee\s+of\s+(?:about\s+|approximately\s+|around\s+|up\s+to\s+)?$", re.I)


def is_deal_term(text: str, money_start: int, money_end: int) -> bool:
    """The amount is a deal's break fee or a loan financing it, not an investment (rule
    deal-term-not-amount)."""
    return (DEAL_TERM_NOT_AMOUNT.rx.match(text[money_end:]) is not None
            or _FEE_BEFORE.search(text[max(0, money_start - 60):money_start]) is not None)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_NOT_TARGET = PatternRule(
    name="date-not-target",
    pattern=(rf"^(?:(?:early|late|mid|the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of)\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d$"
             rf"|^{_MONTH}$|^(?:the\s+)?(?:quarter|year|half)\b"),
    why="'for $X in 2023' dates the deal; the words after 'in' are no target when they are a date",
    provenance=("probe11 06 Bilibili: '<buyer>, which bought a 4.98% stake for US$400 million in 2020'",
                "probe11 05 Tata Communications: '<company> … Tata Communications bought for about $100 million in 2023'",
                "probe10 Blinkit: 'bought … for ₹2,048 crore in August 2024'", "probe9 04 KDDI: 'bought the … site … for about ¥100 billion in 2025'"),
    examples=("Pellmark, which bought a 5% stake for $300 million in 2021, remains a partner.",
              "Norvane Systems bought the ticketing arm of Quorra for $80 million in March 2024."),
)


def is_date(words: str) -> bool:
    """The target words after the money are a date (rule date-not-target)."""
    return DATE_NOT_TARGET.rx.search(words.strip()) is not None


# what an amount is put to: a noun phrase up to a clause break, a bracket kept ("network operations automation (AIOps)")
_TARGET_NP = r"(?P<t>(?:[^,.;:()\n]|\([^()\n]{0,40}\)|(?<=\d)[.,](?=\d)){3,90}?)(?=\s+(?:over|within|by|during|across|through|including|which|and\s+(?:about|around|roughly|some|the\s+rest|[A-Z]{1,3}\$|[$€£¥₹]|\d))\b|\s*[,.;:]|\s*$)"
EARMARKED_FOR = PatternRule(
    name="earmarked-for",
    pattern=(r"^\s*(?:[a-z]+\s+)?(?:\([^()]{0,40}\)\s+)?(?:of\s+(?:that|this|it|which|the\s+(?:total|amount|budget|sum))\s+)?"
             r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be|would\s+be)\s+(?:(?:now|already|being)\s+)?"
             r"(?P<v>earmarked|allocated|set\s+aside|reserved|budgeted|ring-?fenced)\s+(?:for|to)\s+(?:the\s+|an?\s+)?" + _TARGET_NP),
    why="an amount made the subject of a passive verb of allotting: that amount is the investment and what it is "
        "allotted to its target (not the next amount after the verb, and not no target)",
    provenance=("probe25 02_metrodata_indonesian_daily: 'Of that amount, Rp 120 miliar is earmarked for an AI Center of Excellence "
                "in South Jakarta' (an Investment without target before)",
                "probe18 sarvam_committee_hearing: 'Of this, roughly ₹4,564 crore is earmarked for the compute pillar and about "
                "₹2,000 crore for …' (the ₹2,000 crore was taken as the amount before)",
                "focusset23 01_pichincha_rfp: 'USD 74 million is earmarked for this programme over three years'"),
    examples=("Of that budget, $40 million is earmarked for a new inference cluster in Leeds.",
              "Roughly €12 million of that has been set aside for the robotics lab, the company said."),
)
# a target naming what the text said before: "this programme", "it" (no target: the referent is elsewhere)
_BACK_REFERENCE = plain(r"^(?:this|that|these|those|it|them|such|which|the\s+(?:same|former|latter))\b", re.I)

_BUDGET_CAPTION = plain(r"\b(?:budget|capex|capital\s+(?:expenditure|spending|budget)|invest(?:s|ed|ing|ment|ments)?|"
                        r"allocat(?:e|ed|es|ion|ions)|earmark(?:ed|s)?|spending\s+plan|use\s+of\s+(?:the\s+)?proceeds|fund(?:ing)?\s+plan)\b", re.I)
BUDGET_LINE = PatternRule(
    name="budget-line",
    pattern=(r"^[ \t]*(?:[-*•·]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t]+(?:\*\*)?(?P<money>(?:about\s+|around\s+|approximately\s+|up\s+to\s+)?"
             r"(?:(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}|Rp|RM)[ \t]?)?\d[\d.,]*(?:[ \t]?(?:million|billion|bn|mn|m|crore|lakh|miliar|triliun|k))?"
             r"(?:[ \t]?(?:[A-Z]{3}|euros?|dollars?|yen|won|rupees))?)(?:\*\*)?[ \t]+(?:—|–|-{1,2}|for|to|on|in)[ \t]+"
             r"(?:the\s+|an?\s+)?" + _TARGET_NP),
    why="a list line opened by an amount, then a dash or 'for' and what the amount goes to, under a caption (or a line of "
        "the same list) that names a budget, capex, an investment or its allocation: the company's investment in that line",
    provenance=("probe25 07_vocus_supplier_letter: 'The budget is allocated as follows:' over '- A$72 million — network operations "
                "automation (AIOps): …' (only a value-only claim before)",
                "focusset23 24_telekomsrbija_slides: '• Group capex EUR 1.5 bn over 4 years …' over '• EUR 120 m for AI and cloud: "
                "sovereign cloud region …' (a claim on Nvidia before)"),
    examples=("The programme budget is split as follows:\n- $30 million — model training: GPUs and storage;\n- $12 million — "
              "staff training and governance.",
              "Capex plan 2031\n• USD 400 m for fibre: 1 m new homes\n• USD 90 m for AI and cloud: a GPU region"),
)

RULES = (AGENT_NOT_COMPANY, APPOSED_AGENT, FUNDING_RECEIVED, VALUATION_NOT_AMOUNT, DEAL_TERM_NOT_AMOUNT, DATE_NOT_TARGET,
         EARMARKED_FOR, BUDGET_LINE)


def earmarked(text: str, moneys, trig_start: int):
    """(money, target) when an amount right before the verb at `trig_start` is its passive subject
    (rule earmarked-for): "Rp 120 miliar is earmarked for an AI Center …"; target None when it
    names what the text said before ("this programme"). None when the shape is not there."""
    for m in sorted((m for m in moneys if m.end <= trig_start), key=lambda m: -m.end):
        em = EARMARKED_FOR.rx.match(text[m.end:])
        if em is None or m.end + em.start("v") != trig_start:
            continue
        target = re.sub(r"^(?:its|their|our)\s+", "", " ".join(em.group("t").split()))
        return m, (None if _BACK_REFERENCE.match(target) or is_date(target) else target)
    return None


def budget_line(line: str, caption: str) -> tuple[str, str] | None:
    """(amount text, target) of a list line opened by an amount under a caption naming a budget
    (rule budget-line), else None."""
    if not _BUDGET_CAPTION.search(caption):
        return None
    m = BUDGET_LINE.rx.match(line)
    if m is None:
        return None
    target = " ".join(m.group("t").split()).strip(" *")
    if _BACK_REFERENCE.match(target) or is_date(target) or len(target.split()) > 8 or re.search(r"\d", target):
        return None
    return m.group("money").strip(), target


def _clause_head(text: str, at: int) -> str:
    """The words of the sentence before `at`, from the last clause break on."""
    head = text[:at]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(":"))
    return head[cut + 1:] if cut >= 0 else head


def other_agent(text: str, trig_start: int) -> str | None:
    """The public body or owners the clause names as its agent right before the investment word
    (rule agent-not-company), else None."""
    head = text[:trig_start]
    if not any(w in head.lower() for w in ("government", "state", "ministry", "authorit", "regulator", "treasury", "holders",
                                             "investors", "owners", "backers", "lenders", "founders", "partners")):
        return None
    m = AGENT_NOT_COMPANY.rx.search(head)
    return m.group("agent") if m else None


def apposed_agent(text: str, trig_start: int) -> tuple[int, int] | None:
    """The span of a name set off by an apposition right before the verb (rule apposed-agent)."""
    m = APPOSED_AGENT.rx.search(text, 0, trig_start)
    if m is None or m.end() != trig_start:
        return None
    return m.start("name"), m.end("name")


def received(text: str, trig: re.Match) -> bool:
    """The investment word is the object of a verb of receiving (rule funding-received)."""
    if not re.match(r"investments?$|funding$|commitments?$", trig.group(0), re.I):
        return False
    m = FUNDING_RECEIVED.rx.search(_clause_head(text, trig.start()))
    if m is None:
        return False
    # "raise" is also "increase": "raised its planned investment in X to $Y" (probe3 TSMC) is the
    # company's own; money raised names its amount before the noun ("raise $X of investment")
    return not m.group(0).lower().startswith("rais") or re.search(r"\d", m.group(0)) is not None


def is_valuation(text: str, money_start: int) -> bool:
    """The amount at `money_start` is a valuation of a company a part of which is bought (rule
    valuation-not-amount): "valuing X at", "at a valuation of", "at an enterprise value of" with a
    stake, a minority or a round in the sentence."""
    if VALUATION_NOT_AMOUNT.rx.search(text[max(0, money_start - 80):money_start]) is None:
        return False
    return _PART.search(text) is not None


def budget_line_at(text: str, line_start: int) -> tuple[str, str] | None:
    """The budget-line reading of the line starting at `line_start` of `text`: its caption is the
    first line above it that is no line of the same amount-first list (one blank line between
    them at most), "The budget is allocated as follows:" or a sibling bullet "Group capex …"."""
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)]
    if BUDGET_LINE.rx.match(line) is None:
        return None
    lines = text[:line_start].split("\n")[:-1]
    blanks = 0
    for above in reversed(lines[-12:]):
        if not above.strip():
            blanks += 1
            if blanks > 1:
                return None
            continue
        if BUDGET_LINE.rx.match(above) is not None:
            blanks = 0
            continue
        return budget_line(line, above)
    return None
