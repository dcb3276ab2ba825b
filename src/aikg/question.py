"""The vocabulary a question is read with: roles, measures, growth words, the periods and amounts
it names. Pure functions of the question text."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal
from .pattern_cache import plain
from .spending_words import SPENT  # noqa: F401 (question.SPENT: the verbs of spending money)

PROVENANCE = plain(r"\b(?:which|what)\s+(?:documents?|articles?|sources?|reports?)\b|\bwho\s+(?:says|reports?|reported)\b|\bwhere\s+(?:does|did)\s+.*\bcome\s+from\b|\bsources?\s+for\b", re.I)

ROLE_WORDS = [
    # a seniority word before a top title is another role ("deputy CEO": not the CEO)
    (r"\bdeputy\s+(?:ceo|chief\s+executive)\b", "deputy CEO"),
    (r"\bdeputy\s+chair\w*", "deputy chairman"),
    (r"(?<!deputy\s)\bceo\b|(?<!deputy\s)\bchief\s+executive\b|\bboss\b", "CEO"),
    # (issue43p) "finance director", stored as the CFO (relations._ROLE_NORMAL): "Who is X's Finance Director?" (kindcheck33 02)
    (r"\bcfo\b|\bchief\s+financial\b|\bfinance\s+(?:chief|director)\b", "CFO"),
    (r"\bcoo\b|\bchief\s+operating\b", "COO"),
    (r"\bcto\b|\bchief\s+technology\b", "CTO"),
    # "MD", the common initials of a managing director ("Who is the MD and CEO of X": p22-08-q05;
    # the title written out in p9 "managing director and CEO" and p14 "managing director and CFO")
    (r"\bmd\b|\bmanaging\s+director\b", "managing director"),
    (r"\bvice\s+chair\w*", "vice chairman"),
    (r"(?<!deputy\s)\bchair\w*", "chairman"),
    (r"\bvice\s+president\b|\bvp\b", "vice president"),   # (issue42m) "VP", its initials (p31-02-q06 "appoint as VP AI and Data")
    # (issue43p) an Indonesian two-tier board's titles, stored whole (title_phrases._BOARD_TWO_TIER): "Who is Emtek's
    # President Director" (p32-07-q08), "the President Commissioner" (the supervisory board's chair), neither a president
    (r"\bpresident\s+director\b", "president director"),
    (r"\bpresident\s+commissioner\b", "president commissioner"),
    (r"(?<!vice\s)\bpresident\b(?!\s+(?:director|commissioner)\b)", "president"),
    (r"\bco-?found\w*|\bfound(?:er|ed|ers)\b", "founder"),
    # (issue42m) a filing's statutory officer (role_rules "filing-officer"): "Who is X's legal representative" (p31-03-q07)
    (r"\blegal\s+representative\b", "legal representative"),
    # (issue44p) a filing's signer, its company secretary (extract.title_phrases: the role stored as "company secretary")
    (r"\bcompany\s+secretary\b", "company secretary"),
    # "who runs / manages X": its top officer, whatever the title (a unit's president, a firm's CEO)
    (r"\blead(?:s|er|ers|ing)?\b|\bheads?\b|\bhelps\s+lead\b|\bwho\s+(?:runs|ran|manages|managed|oversees)\b", "leader"),
]
# the open titles of the extraction's title grammar (entities.TITLES), asked as written: "Chief
# Sustainability Officer", "portfolio manager" (the roles stored lower-case, relations.normalise_roles)
# (issue43p) and a chief officer's initials the registry lacks, with the region the post covers ("CCO DACH",
# extract.title_phrases._CHIEF_INITIALS), stored as written
_OPEN_TITLE = plain(r"\bchief\s+(?!executive\b|financial\b|operating\b|technology\b)[a-z]+(?:\s+[a-z]+)?\s+officer\b|\b(?:portfolio|fund|country)\s+manager\b"
                    r"|\b(?:cco|ctio|cio)(?:\s+(?:dach|emea|apac|apj|latam|americas|international|europe|nordics|benelux))?\b")


# (issue45p) a board committee's chair, asked with the committee's kind: "who chairs X's audit committee", "the
# chair of the nomination committee", "the audit committee chair"; the role stored as "chair of the <kind>
# committee" (extract.people_committees), no company chairman
_COMMITTEE_CHAIR = plain(r"\bchair")
_COMMITTEE_KIND = plain(r"(?<![\w'’-])(?!the\b|its\b|a\b|of\b)([a-z-]+(?:\s+(?:and|&)\s+[a-z-]+)?)\s+committee\b")


def committee_asked(text: str) -> str | None:
    """The committee chair `text` (lower-case) asks for ("chair of the audit committee"), or None."""
    if "committee" not in text or _COMMITTEE_CHAIR.search(text) is None:
        return None
    m = _COMMITTEE_KIND.search(text)
    return "chair of the " + " ".join(m.group(1).replace("&", "and").split()) + " committee" if m else None


def committee_role_fits(asked: str, stored: str) -> bool:
    """Whether a stored committee chair's role is the one asked: the asked kind's words are all the
    stored kind's ("audit" of "audit and risk")."""
    if not (asked.startswith("chair of the ") and stored.startswith("chair of the ") and stored.endswith(" committee")):
        return False
    return set(asked[13:-10].split()) <= set(stored[13:-10].split())


def asked_roles(text: str) -> set[str]:
    """The roles `text` (lower-case) names: ROLE_WORDS', and the open titles as written; a committee's
    chair (`committee_asked`) instead of the company's chairman."""
    committee = committee_asked(text)
    if committee is not None:
        return {committee}
    return {name for pat, name in ROLE_WORDS if re.search(pat, text)} | {" ".join(m.group().split()) for m in _OPEN_TITLE.finditer(text)}


# who heads / leads an organisation: its head, leader, or top executive ("InfraCo chief executive X")
# (issue42m) a co-CEO ("co-ceo", the title as stored: relations.normalise_roles) is a CEO: "Who became co-CEO of
# Gabia" (p31-08-q06), "co-chief executive" (entities.TITLES)
ROLE_EQUIV = {"founder": {"founder", "co-founder"},
              "CEO": {"CEO", "co-ceo", "co-chief executive", "co-chief executive officer"},
              "leader": {"leader", "head", "CEO", "co-ceo", "president", "managing director", "general manager",
                         "portfolio manager", "fund manager", "country manager"}}
# where the person asked about stands in the role (kg:roleStatus), in the question's words
ROLE_STATUS_WORDS = [
    (r"\binterim\b|\bacting\b|\bstand-?in\b", "interim"),
    (r"\bstep(?:s|ping)?\s+down\b|\bleav(?:e|es|ing)\b|\boutgoing\b|\bretir(?:e|es|ing)\b|\bdepart(?:s|ing)?\b|\bexit(?:s|ing)?\b", "outgoing"),
    (r"\bwill\s+(?:succeed|replace|take\s+over|become|be\s+(?:the\s+)?(?:new|next))\b|\b(?:is|are)\s+(?:set|due|expected|going|poised)\s+to\s+(?:become|succeed|replace|take)\b"
     r"|\bincoming\b|\bnext\b|\b(?:is|are)\s+(?:replacing|succeeding|taking\s+over)\b"
     # (issue49o) the holder from a day to come: "Who will be X's CFO from April 2027?" (kindcheck35 people q01), "Who will be
     # CEO of … from December 2026" (probe33 q on Automated Systems), "Who will be Gentrack's CFO from October 2026?" (probe32)
     # (not when it asks whom they replace too: the holder replaced is in the answer, p33-08-q07)
     r"|\bwill\s+be\b[^?]{0,80}?\bfrom\s+(?:\d{1,2}\s+)?[a-z]+\s+(?:19|20)\d\d\b(?![^?]*\b(?:replac|succeed))", "incoming"),
    (r"\bformer\b|\bprevious\b|\bpredecessor\b", "former"),
    # (issue45p) put up for election to a board (extract.people_boards: "proposes that X be elected", "Election of X (new)")
    (r"\bnominat(?:e|es|ed|ing)\b|\bnominees?\b|\bput\s+(?:up|forward)\b|\b(?:being\s+)?proposed\s+(?:to|for|as)\b|\bcandidates?\b"
     r"|\b(?:up|stand(?:s|ing)?)\s+for\s+election\b", "nominated"),
]
# "who succeeds / replaces / takes over from X", "X's successor": X is the one replaced
REPLACED_CUE = plain(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|t(?:ake|akes|aking|ook)\s+over\s+from|successor\s+(?:to|of)|after)\s+$")


def asked_status(q: str) -> str | None:
    """The role status the question asks for ("the interim CFO": interim), or None."""
    ql = q.lower()
    return next((name for pat, name in ROLE_STATUS_WORDS if re.search(pat, ql)), None)


def asked_statuses(q: str) -> set[str]:
    """Every role status the question asks for: "who is proposed to join the board, and who is leaving?"
    asks for the nominated and the outgoing (issue45p)."""
    ql = q.lower()
    return {name for pat, name in ROLE_STATUS_WORDS if re.search(pat, ql)}

MEASURES = [  # question words -> measure stems a row's measure must contain (any)
    (r"\bcapex\b|\bcapital\s+expenditures?\b|\bcapital\s+spending\b|\binfrastructure\s+spending\b", ["capex", "capital expenditure"]),
    (r"\boperating\s+margins?\b|\bmargins?\b", ["margin"]),
    (r"\boperating\s+(?:income|profit)\b", ["operating income", "operating profit"]),
    # earnings before interest, taxes, depreciation (and amortisation), said by their initials:
    # "adjusted EBITDA" (probe9 g07, probe3 r07, probe6 p6_08), "EBITDAaL" (probe7 p7_02,
    # probe8 f02), "adjusted EBITA" (probe5 04, probe7 p7_03)
    (r"\bebitda(?:al)?\b", ["ebitda"]),
    (r"\bebita\b", ["ebita"]),
    # profit before tax and profit after tax are two measures, not "profit" (probe34 03 CWG: "profit after tax for the nine
    # months" asked and only "profit before tax was N1.31 billion"; probe34 02 Quest "earnings before taxes"; PBT/PAT rows
    # in Indian, Nigerian and Pakistani filings: probe23 01 Tanla, probe32 03 Avanceon)
    (r"\b(?:profit|earnings|income)\s+before\s+(?:income\s+)?tax(?:es|ation)?\b|\bpre-?tax\s+(?:profit|income|earnings)\b|\bpbt\b|\bebt\b",
     ["before tax", "before income tax", "pre-tax", "pretax"]),   # (not "ebt": it is in "debt")
    # the IFRS line "profit for the period / year" is the net profit, not any profit (kindcheck35/tables Kuusilahti:
    # asked for Q2 and answered with the operating profit; probe33 CSE Global "profit for the period rise in 1H2026";
    # kindcheck33/guidance Skovgaard "profit for the year ... guide")
    (r"\b(?:net\s+)?(?:profit|earnings|income)\s+after\s+(?:income\s+)?tax(?:es|ation)?\b|\bpat\b"
     r"|(?<!gross\s)(?<!operating\s)\bprofit\s+for\s+the\s+(?:period|year)\b",
     ["after tax", "net profit", "net income", "net earnings", "profit for the period", "profit for the year", "profit attributable"]),
    (r"\bnet\s+income\b|\bnet\s+profit\b", ["net income", "net profit"]),
    # a rate of one measure to another: asked by its own name, not as the measure inside it
    (r"\barpu\b|\baverage\s+revenue\s+per\s+(?:user|customer|subscriber)\b", ["arpu", "average revenue"]),
    (r"\btake\s+rates?\b", ["take rate"]),
    (r"\b(?:operating\s+|adjusted\s+|net\s+)?loss(?:es)?\b|\blos[et]\b|\blosing\b", ["loss"]),
    (r"\bprofit\w*\b", ["profit", "income"]),
    # annual recurring revenue, said as ARR or a run-rate (Salesforce's "annual recurring revenue", Nebius's "ARR run-rate")
    (r"\barr\b|\bannual\s+recurring\s+revenue\b|\brun-?rate\b", ["recurring revenue", "run-rate", "arr"]),
    # turnover asked: a measure stored as "turnover" too (probe34 03_cwg's forecast table, probe32 05_neurones, kindcheck30
    # filer); revenue asked is not answered by a "turnover" row (kindcheck30/focus 01: a tender's "minimum annual turnover")
    (r"\bturnover\b", ["turnover", "revenue", "sales"]),
    (r"\brevenues?\b|\bsales\b|\btop\s+line\b", ["revenue", "sales"]),
    (r"\bincome\b", ["income", "revenue", "sales"]),
    # (issue48q, rule price-names) the share price is stored under the name its sentence gives it, "closing price"
    # ("The closing price on November 12, 2026 was 1,768 yen": kindcheck34/actions 02 Sonogawa; "unaffected closing
    # price of $37.02": kindcheck28/measures 03 Calloway Ridge; "from a closing price of $14.20": probe35 04 Objective)
    (r"\bshares?\s+(?:move|moved|rise|rose|fall|fell|jump\w*|surg\w*|react\w*|do|did|perform\w*)|\bshare\s+price\b|\bstock\b|\bhong\s+kong-listed\s+shares\b|\blisted\s+shares\b", ["share price", "closing price"]),
    (r"\br&d\b|\bresearch\s+and\s+development\b", ["research and development", "r&d"]),
    (r"\bexpenses\b|\bcosts\b", ["expense", "cost"]),
    (r"\bspend(?:ing)?\b|\bspent\b", ["spending", "capex", "capital expenditure", "expense"]),
    (r"\busers\b|\bpeople\b", ["users", "people"]),
    (r"\bderivative\s+models\b|\bderivatives\b", ["derivative"]),
    (r"\bprices?\b|\bpricing\b", ["price"]),
    (r"\bremaining\s+performance\s+obligations?\b|\brpo\b|\bbacklog\b", ["remaining performance", "rpo", "backlog"]),
    (r"\bvaluation\b|\bvalued\b|\bworth\b|\bmarket\s+(?:value|capitali[sz]ation|cap)\b|\benterprise\s+value\b", ["valuation", "market value", "market cap", "enterprise value"]),
    (r"\bcontract\s+value\b|\btcv\b|\bdeal\s+wins?\b|\bbookings\b", ["contract value", "tcv", "deal", "bookings"]),
    (r"\bfree\s+cash\s+flow\b|\bcash\s+flow\b", ["cash flow"]),
    # the cash a company holds (a level: asked_span.STOCK_MEASURE), not a cash flow: "cash at the
    # end of the quarter", "net cash" (kindcheck28/ask 03 "Cash at 31 March 2026 of A$37.2 million";
    # probe27 01 "cash and cash equivalents", the results tables of probe8 and probe11)
    # (money paid "in cash", an "all-cash" offer, a cash dividend or consideration are no holding)
    (r"(?<!\bin\s)(?<!\bfor\s)(?<!-)\b(?:net\s+)?cash(?![\s-]+(?:flows?|dividends?|considerations?|payments?|payouts?|offers?|deals?|components?|"
     r"portions?|burn|costs?|outflows?|inflows?|generation|conversion|returns?|prices?|bonus(?:es)?|settle\w*|basis|tender|acquisition)\b)"
     r"(?:\s+(?:and|&)\s+(?:cash\s+equivalents|short-term\s+investments))?\b", ["cash"]),
    (r"\bheadcount\b|\bemployees\b|\bstaff\b|\bemploy(?:s|ed)?\b", ["headcount", "employees", "staff"]),
    (r"\bearnings\s+per\s+share\b|\beps\b", ["earnings per share"]),
    (r"\bbuy-?backs?\b|\b(?:share|stock)\s+repurchases?\b", ["buyback", "repurchase"]),
    # "how much did X make / bring in": what it took in (the verb is the measure word)
    (r"\bhow\s+much\b.*?\b(?P<w>make|makes|made|making|bring\s+in|brings\s+in|brought\s+in|generat(?:e|es|ed)|earn(?:s|ed)?)\b", ["revenue", "sales"]),
    # "how much did the segment sell in Q3": its sales (not a stake or shares sold)
    (r"^(?!.*\bstakes?\b)(?!.*\bshares?\b)(?!.*\bunits?\s+of\b).*\bhow\s+much\b.*?\b(?P<w>sell|sells|sold)\b", ["sales", "revenue"]),
    # "what did the unit bring in / generate / earn" ("make" there may ask for products)
    (r"^\s*what\s+(?:did|does|do|will|would)\b.*?\b(?P<w>bring\s+in|brings\s+in|brought\s+in|generat(?:e|es|ed)|earn(?:s|ed)?)\b", ["revenue", "sales"]),
]


@lru_cache(maxsize=1)
def _measures() -> list[tuple[re.Pattern, list[str]]]:
    """MEASURES with each pattern compiled once (through the pattern cache)."""
    return [(plain(pat), stems) for pat, stems in MEASURES]


def measures_named(ql: str, nested: bool = True) -> list[tuple[str, list[str], tuple[int, int]]]:
    """The measures a (lower-case) question names, most specific first: (its words, the stems a
    row's measure must contain one of, their span). Without `nested`, a measure read inside
    another's words ("income" in "net income") is not a second one."""
    out: list[tuple[str, list[str], tuple[int, int]]] = []
    for rx, stems in _measures():
        m = rx.search(ql)
        if not m:
            continue
        g = "w" if "w" in m.re.groupindex else 0
        if g and out:
            continue   # a verb names the measure only when no noun does ("how much EBITDA did X earn": not revenue)
        a, b = m.span(g)
        if nested or not any(x <= a and b <= y for _, _, (x, y) in out):
            out.append((m.group(g), stems, (a, b)))
    return out


def without_names(ql: str, hits, keep_words: bool = False) -> str:
    """`ql` with the names of several words `hits` matched blanked out, same length (so spans
    still hold): "R&D" in "Engineering and R&D Services" names a unit, not the measure asked
    for. A cost item's name is what is spent on, so it stays. `keep_words`: each letter becomes
    "_" instead, so the words still count where words are counted."""
    for h in hits:
        toks = [re.escape(t) for t in getattr(h, "matched", "").split()]
        if len(toks) < 2 or getattr(h, "kind", "") == "CostItem":
            continue
        rx = re.compile(r"(?<![a-z0-9])" + r"[^a-z0-9]*".join(toks) + r"(?![a-z0-9])")
        ql = rx.sub(lambda m: re.sub(r"[a-z0-9]", "_", m.group(0)) if keep_words else " " * len(m.group(0)), ql)
    return ql


# the verbs a figure is reported with: they say how a question asks, not what about; but those
# that say what was taken in (REVENUE_VERBS: "what did the unit bring in") name the revenue
REVENUE_VERBS = "bring brought generate generated make made earn earned"
FIGURE_VERBS = "bring brought generate generated make made earn earned post posted report reported book booked record recorded deliver delivered achieve achieved"


SYNONYMS = {"guidance": "outlook", "forecast": "outlook", "plan": "outlook", "expect": "outlook", "expects": "outlook",
            "rpo": "remaining performance obligation", "capex": "capital expenditure",
            "ecommerce": "e-commerce", "shares": "share", "listed": "listed"}
# a question in the past tense asks what was reported, not what is expected, unless it names an
# outlook; an outlook figure says so in its measure
REPORTED = plain(r"\b(?:did|was|were|had)\b")
OUTLOOK_ASKED = plain(r"\bguid\w*|\boutlook\b|\bforecast\w*|\bexpect\w*|\bproject\w*|\btarget\w*|\bplan\w*")
# (issue46a) a target or a budget is expected, not reported: "What revenue did X report for FY2028?" is not
# answered by a plan table's "revenue target" row (kindcheck34 tables 02 Orchidwell plan table; probe34 05 Bittnet
# "Budget 2027" column; probe34 08a/08b ITD's business-plan targets)
OUTLOOK_MEASURE = plain(r"outlook|guidance|forecast|target|budget")
GROWTH = plain(r"\b(?:stock|shares?|share\s+price)\b(?:\s+[\w-]+){0,2}\s+do\b|\bcut(?:s|ting)?\b(?!\s+of\s+(?:[\w'’.-]+\s+){0,5}?market\b)|\breduc\w*|\bslash\w*|\bgr[eo]w\w*|\bgrowth\b|\bhow\s+fast\b|\bincrease\w*|\brise\b|\brose\b|\bby\s+what\s+percentage\b|\bpercentage\b|\bjump\w*|\bwiden\w*|\bdeepen\w*|\bchange\w*|\bmov(?:e|es|ed|ing)\b|\bfell\b|\bfall\b|\bdecline\w*|\bdrop\w*", re.I)
STOPWORDS = set("""a an the of in on for and to is are was were be been what which who whom how much many did does do
its it's it their there this that these those by with at from as about into over than then so if or not no
will would could should can has have had any some all per year quarter company group""".split())


def _words(text: str) -> set[str]:
    ws = re.findall(r"[a-z0-9][a-z0-9&'-]*", text.lower())
    out = set()
    for w in ws:
        w = w.replace("'s", "").rstrip("'")   # "Acme's", and "Acme Technologies'" (a plural's possessive)
        if w in STOPWORDS or len(w) < 2:
            continue
        parts = SYNONYMS.get(w, w).split()
        if "-" in w:
            parts += [p for p in w.split("-") if p]
        for x in parts:
            if x in STOPWORDS:
                continue
            out.add(re.sub(r"(?:ing|ed|es|s)$", "", x) if len(x) > 4 else x)
    return out



# The measure a question names in its own words when no measure of MEASURES matches: the noun
# phrase counted ("how many developers"), owned ("Lenovo's market value in …", "IBM's cumulative
# book of business") or spent on ("spend on computing power for …"); it ends at a preposition
# that starts a period, a place or a unit, or at the end of the question.
_PHRASE_END = r"(?=\s+(?:in|at|for|during|over|since|from|as|to|by|on|with|use|uses|used|using|was|were|is|are|did|does|do|has|have|had|will)\b|\s*[?.!,;]|\s*$)"
OPEN_MEASURE = [
    plain(r"\bhow\s+many\s+((?:[\w&-]+\s+){0,2}?[\w&-]*[a-z]s)\b"),   # up to the plural counted
    plain(r"\bhow\s+many\s+([\w&-]+)"),
    plain(r"\bspen(?:d|ds|t|ding)\s+on\s+((?:[\w&-]+\s+){0,5}?[\w&-]+)" + _PHRASE_END),
    plain(r"[\w.-](?:'s|’s|s')\s+((?:[\w&-]+\s+){0,5}?[\w&-]+)" + _PHRASE_END),
    # the noun phrase asked for before the verb: "what dividend per share will …", "what
    # exchange ratio was agreed …"
    plain(r"^\s*what\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)(?=\s+(?:is|was|are|were|does|did|do|will|would|has|have|had|can|could)\b)"),
]
# the nouns that make a head phrase a quantity ("dividend per share", "exchange ratio", "capital
# gain", "brand value"), as opposed to a status, a name or a reason
QUANTITY_NOUNS = plain(r"\b(?:value|valuation|ratio|price|dividend|gain|loss|amount|cost|rate|margin|income|revenue|sales|"
                            r"profit|earnings|payout|yield|proceeds|fees?|sum|total|number|count|figure|budget|capex|multiple|"
                            r"premium|debt|cash|salary|bonus|compensation|headcount|backlog|bookings|orders|utili[sz]ation|occupancy|capacity|volume|throughput|shipment|output|production|deliverie|spending)s?(?:\s+(?:per|a|each)\s+[\w-]+)?$")


def open_measure(ql: str) -> tuple[str, tuple[int, int]]:
    """The measure phrase a (lower-case) question names in its own words and its span, or
    ("", (0, 0)): "how many developers use …" -> "developers"."""
    for rx in OPEN_MEASURE:
        m = rx.search(ql)
        if m:
            return m.group(1), m.span(1)
    return "", (0, 0)


# A place named as the market of a figure ("revenue in Japan", "sales across Europe"), not a
# currency ("in Hong Kong dollars") or a listing ("Hong Kong-listed shares")
PLACE_BEFORE = plain(r"\b(?:in|across|from|outside|within|throughout)\s+(?:the\s+)?$")
PLACE_NOT_MARKET = plain(r"^\s*(?:-?\s*listed|dollars?|yuan|yen|won|rupees?|pounds?|euros?|francs?|currency|terms|time)\b")
PLACE_KINDS = ("Country", "Place")


def place_asked(q: str, hits) -> object:
    """The place a figure question names as its market ("What revenue did X make in Japan?"), or None."""
    from .linking import norm
    qn = norm(q)
    for h in hits:
        if h.kind not in PLACE_KINDS:
            continue
        at = qn.find(norm(h.matched))
        if at >= 0 and PLACE_BEFORE.search(qn[:at]) and not PLACE_NOT_MARKET.match(qn[at + len(norm(h.matched)):]):
            return h
    return None


# A part named by a noun and its number or letter ("Lot 2", "phase 2", "Series D"): a sentence
# about another one ("… it actually achieved on phase 1") does not answer. Seen in questions of
# probe20 (Serpro's "Lot 1"/"Lot 2", KPN's "phase 2": p20-04-q09 was answered from phase 1's
# sentence) and probe17/probe18 ("Series C", "Series D" rounds).
DESIGNATOR = plain(r"\b(phase|stage|series|lot|tranche|round|plant|fab|block|site|campus|tower|building)\s+(\d+|[ivx]+\b|[a-z]\b)", re.I)


def says_designators(question: str, quote: str) -> bool:
    """Whether `quote` names every numbered or lettered part `question` names (pure); checked in
    every lane (a claim's sentence: claims_fallback; a typed fact's: ask._misfit)."""
    said = {(n.lower(), i.lower()) for n, i in DESIGNATOR.findall(quote)}
    return all((n.lower(), i.lower()) in said for n, i in DESIGNATOR.findall(question))


# A co-owner or counterparty question names the party it is not asking for after a cue ("who
# owns X together with Y", "who holds X besides Y", "who else ... apart from Y"): the entity
# asked about is the other one named
CO_PARTY = plain(r"(?:\b(?:together|jointly|along)\s+with|\balongside|\bbesides?|\bapart\s+from|\bother\s+than|\bexcept(?:\s+for)?|\bas\s+well\s+as)\s+(?:the\s+)?$")


def excluded_party(q: str, hits) -> object:
    """The entity a question names as the party it is not asking for ("together with KDDI"), or None."""
    from .linking import norm
    qn = norm(q)
    if len(hits) < 2:
        return None
    for h in hits:
        at = qn.find(norm(h.matched))
        if at >= 0 and CO_PARTY.search(qn[:at]):
            return h
    return None


# A source cue before a name ("according to the NICE discussion", "as reported by Y", "per Y"):
# the name says who states the figure, not whose figure is asked, when the question names
# another entity as well ("What operating margin does Cognigy earn, according to the NICE
# discussion?" asks Cognigy's). Seen in questions of 14 sets ("according to <research firm>",
# probe14 p14-02-q10 "according to the NICE discussion", probe19 "According to Lanting Data, …").
SOURCE_CUE = plain(r"(?:\baccording\s+to|\bas\s+(?:reported|estimated|stated|cited|measured)\s+by|\bper)\s+(?:the\s+|an?\s+)?$")


def source_parties(q: str, hits) -> list:
    """The entities a question names only as the source of what it asks ("according to X"), when
    it names another entity too; [] otherwise (pure)."""
    from .linking import norm
    qn = norm(q)
    out = []
    for h in hits:
        at = qn.find(norm(h.matched))
        if at >= 0 and SOURCE_CUE.search(qn[:at]):
            out.append(h)
    return out if len(out) < len(hits) else []


# A question of two parts joined by "and" and a second question word ("how much did X pay for
# Y, and when did that deal close?", "who is X's CEO and since when?"): each part is a question
SECOND_PART = plain(r",?\s+and\s+(?=(?:when|since\s+when|where|who|whom|whose|what|which|how|why|by\s+how\s+much|for\s+how\s+much|"
                         r"at\s+what|over\s+what|from\s+what|to\s+what|in\s+what|in\s+which|on\s+what)\b)", re.I)


def question_parts(q: str) -> tuple[str, str] | None:
    """The two questions a two-part question asks, the second as written ("when did that deal
    close?"), or None for a question of one part."""
    m = SECOND_PART.search(q)
    if m is None or m.start() < 8:
        return None
    first, second = q[:m.start()].strip(" ,;"), q[m.end():].strip()
    if len(re.findall(r"[A-Za-z]{2,}", second)) < 2:
        return None
    return first.rstrip("?.!") + "?", second[:1].upper() + second[1:]


# Two or more measures coordinated as the object of one question ("what revenue and EBITDA did
# the unit report", "X's 2024 revenue and EBITDA"): each is asked, not the first found. Each
# measure stands alone, joined to the next by "and" or a comma only; a measure next to another
# ("EBITDA margin") is one compound measure and the reading does not apply. Seen: probe14
# (a results table of a distributor's units, a wire on a satellite operator's sale: two writers).
COORDINATED_MEASURES = {
    "name": "coordinated-measures",
    "joint": plain(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:its|their|the)\s+)?$"),
    "examples": ("What revenue and EBITDA did the payments unit report in the first half?",
                 "What were the lender's 2023 sales and net profit?"),
    "provenance": "probe14 p14-03-q05 (03_datatec_interim), p14-05-q03 (05_indra_hispasat_wire)",
}


# A figure and its change asked together ("what ARR did X have … and what's the growth", "what
# was X's revenue … and how much did it grow", "… and its year-on-year growth"): both are asked,
# so a level stored apart from its change (one row each) answers beside the change. The second
# clause names the change by a growth noun or verb after "and". Seen: probe33 p33-06-q04
# (06_pexip_egm_notice, "and what's the growth": the level was dropped), probe15 p15-08-q03
# (08_asmi, "and its growth"), probe31 p31-08-q02 (08_gabia, "and its year-on-year growth"),
# probe12 p12-01-q06 and probe13 p13-08-q03 ("and how much did it change / grow").
VALUE_AND_CHANGE = {
    "name": "value-and-change",
    "pattern": plain(r"\band\s+(?:(?:how\s+(?:much|fast)|by\s+how\s+much|by\s+what\s+percentage)\b.*\b(?:gr[eo]w\w*|ris\w*|rose|increas\w*|"
                     r"jump\w*|fell|fall|declin\w*|drop\w*|chang\w*|improv\w*|shr[aiu]nk\w*)"
                     r"|(?:what(?:'s|’s|\s+(?:is|was|were))\s+)?(?:its|their|the)\s+(?:(?:year[- ]on[- ]year|yoy|annual)\s+)?(?:growth|change|increase)\b)"),
    "examples": ("What ARR did Norvik have at the end of June and what's the growth?",
                 "How much revenue did Norvik's cloud line generate in 2025 and how fast did it grow?"),
    "provenance": "probe33 p33-06-q04 (06_pexip_egm_notice), probe15 p15-08-q03 (08_asmi), probe31 p31-08-q02 (08_gabia), "
                  "probe12 p12-01-q06, probe13 p13-08-q03",
}


def value_and_change(ql: str) -> bool:
    """Whether a (lower-case) question asks a figure and its change together (VALUE_AND_CHANGE) (pure)."""
    return VALUE_AND_CHANGE["pattern"].search(ql) is not None


def coordinated_measures(ql: str) -> list[tuple[str, list[str], tuple[int, int]]]:
    """The measures a (lower-case, names removed) question asks together, in the order named,
    when every measure it names stands alone joined to the next by "and" or a comma; [] otherwise
    (one measure, or a compound such as "EBITDA margin") (pure)."""
    named = sorted(measures_named(ql, nested=False), key=lambda m: m[2])
    if len(named) < 2:
        return []
    joint = COORDINATED_MEASURES["joint"]
    for (_, _, (_, b)), (_, _, (a, _)) in zip(named, named[1:]):
        if not joint.search(ql[b:a]):
            return []
    return named


# ------------------------------------------------------------------ question values
def question_periods(question: str):
    """The dated periods a question names (read once per question text: claims_fallback asks
    for them for every claim it ranks, hundreds per question on a news feed)."""
    return list(_periods_of(question))


_question_periods = question_periods   # (the name period_fit and older tests import)


# A question typed in lower case names its months in lower case ("the december 2024 quarter");
# the extractor reads only capitalised month names (in an article "may" or "march" is mostly a
# verb), so the question's month names are capitalised first; "may" only before a day or year.
_LOWER_MONTH = plain(r"\b(?:january|february|march|april|june|july|august|september|october"
                          r"|november|december|sept?|oct|nov|dec|jan|feb|aug)\b(?=\s*(?:\d|quarter|half|year\b))"
                          r"|\bmay\b(?=\s+\d)")


def _legal_tail() -> frozenset[str]:
    from .extract.legal_forms import DESCRIPTORS, GROUP_WORDS, LEGAL_FORMS
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", " ".join(LEGAL_FORMS + GROUP_WORDS + DESCRIPTORS))}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


# the words of a company's legal name that name no other organisation ("Acme Holdings", "Acme
# Company", "Acme Inc." are Acme: extract.legal_forms); a unit word ("Cloud", "Digital") does: a
# company's officer is not its unit's
LEGAL_TAIL = _legal_tail()


def period_text(question: str) -> str:
    """The question with its lower-case month names capitalised and a period naming an event
    blanked when another period is asked (EVENT_PERIOD) (same length, same offsets)."""
    from .extract.periods import english_parts   # ("3T26", "T3 2026", "S1 2026": numbered-part-label)
    return _without_event_period(english_parts(_LOWER_MONTH.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], question)))


# A period that names an event the question is timed by ("after the Q3 update", "since its
# first-quarter results") is not the period asked when the question names another one ("how
# much capex does X plan for fiscal 2026"): the event's period is blanked for the period readers.
# Alone it stays the period asked ("what did X report in its Q3 results?"). Seen: probe27
# p27-08-q05 ("After the Q3 update, how much capex does Plexus plan for fiscal 2026?"); the
# documents time facts so too: probe16 04 (MTN, an interview "after the H1 2025 results"), probe22
# 08b (Firstsource, "risen 9% since the Q2 results"), focusset24 held 05 (Bouvet, a 2026
# investment "announced with the fourth-quarter results").
EVENT_PERIOD = {
    "name": "event-period",
    "pattern": plain(r"\b(?:after|since|following|with|in|at|from)\s+(?:the|its|their|this|that)\s+"
                     r"(?P<p>(?:fiscal\s+)?(?:q[1-4]|[1-4]q|h[12]|[12]h|(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|"
                     r"full[- ]year|annual)(?:\s+(?:fy\s?)?(?:19|20)?\d\d)?)"
                     r"\s+(?:update|results?|report|earnings(?:\s+(?:call|release|report))?|call|release|print|announcement|filing)\b", re.I),
    "examples": ("After the Q3 update, how much capex does Plexus plan for fiscal 2026?",),
    "not": ("What revenue did Plexus report in its Q3 results?", "Why did the shares drop after the fourth-quarter results?"),
}


@lru_cache(maxsize=256)
def _without_event_period(text: str) -> str:
    m = EVENT_PERIOD["pattern"].search(text)
    if m is None:
        return text
    blanked = text[:m.start("p")] + " " * (m.end("p") - m.start("p")) + text[m.end("p"):]
    from .extract import values as v
    try:
        rest = v.find_periods(blanked, None)
    except Exception:
        return text
    return blanked if rest else text


# "CEO-wise", "revenue-wise": the suffix says "as regards"; the question asks about the word itself
_WISE = plain(r"\b(?!(?:other|like|clock|length|street)-wise)([A-Za-z][\w&]*)-wise\b", re.I)


def as_regards(question: str) -> str:
    """"who runs Acme, CEO-wise?" -> "who runs Acme, CEO?" (the word the "-wise" suffix qualifies)."""
    return _WISE.sub(r"\1", question)


@lru_cache(maxsize=64)
def _periods_of(question: str) -> tuple:
    from .extract import values as v
    from .extract.periods import split_year_parts
    text = period_text(question)
    try:   # (a split year, "Q3 2025/26", "for 2024/25", is a fiscal label of unknown dates: period_fit.SPLIT_YEAR_ASKED)
        return tuple(p for p in split_year_parts(v.find_periods(text, None), text)
                     if (p.start or p.end) and not _SPLIT_YEAR_TEXT.fullmatch(p.text.strip()))
    except Exception:
        return ()


_SPLIT_YEAR_TEXT = plain(r"(?:19|20)\d\d/\d\d")


def _question_amounts(question: str) -> list[Decimal]:
    from .extract import values as v
    try:
        return [m.value for m in v.find_money(question)]
    except Exception:
        return []




# ------------------------------------------------------------------ the question model
# A question is read for its form (who / how much / what share / when / where / why / which /
# list / describe), the type of answer it wants, the measure words it uses and the entities it
# names. Intents, slot filling and the answer check work from this reading, not from wording.

# Nouns that name the kind of answer wanted ("which segment", "what chip", "whose job"):
# (answer type, pattern). The answer types of the saved queries are in intents.ANSWERS.
KIND_NOUNS = [
    ("Segment", r"segments?|divisions?|business\s+units?|units?|categor(?:y|ies)|business\s+lines?|revenue\s+lines?|reporting\s+lines?"),
    ("Role", r"jobs?|roles?|titles?|positions?|posts?"),
    ("AIModel", r"(?:ai\s+|foundation\s+|language\s+)?models?|llms?|versions?|variants?|model\s+famil(?:y|ies)"),
    ("Company", r"compan(?:y|ies)|firms?|rivals?|competitors?|providers?|players?|vendors?|peers?|customers?|operators?|carriers?|suppliers?|buyers?|acquirers?|start-?ups?|acquisitions?|subsidiar(?:y|ies)"),
    ("Person", r"executives?|people|persons?|managers?|leaders?|founders?|ceos?|cfos?|coos?|ctos?|chairm[ae]n|chairwom[ae]n|chairs?"
               r"|(?:finance|financial|technology|operating)\s+chiefs?|chief\s+(?:executive|financial|operating|technology)\s+officers?|presidents?|successors?|predecessors?"),
    ("Product", r"chips?|products?|processors?|gpus?|semiconductors?|hardware|systems?|accelerators?|servers?|racks?|devices?|handsets?|phones?|smartphones?"),
    ("Application", r"apps?|applications?|tools?|assistants?|chatbots?|copilots?|agents?|platforms?"),
    ("Place", r"countr(?:y|ies)|cit(?:y|ies)|locations?|places?|regions?"),
    ("Document", r"documents?|articles?|sources?|files?|reports?"),
    ("Restriction", r"restrictions?|rules?|controls?|sanctions?|curbs?|bans?|measures?|(?:black)?lists?"),
    ("CostItem", r"costs?|businesses|expenses|operations|activities|services"),
]
# the noun asked for follows the question word, with at most four modifiers and no auxiliary
# ("what do Qwen models power" asks what they power, not for models)
_KIND_NOUN = plain("|".join(f"(?P<{k}>{p})" for k, p in KIND_NOUNS))
_WH_NOUN = plain(r"\b(?:which|what(?:['’]s)?|whose|whom?|list|name\s+of|name|show(?:\s+me)?)\s")
_AUX = {"do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had"}
MAX_MODIFIERS = 4

# A question asking for the cause of a change or the risks listed: "why …", "what drove / caused /
# explains / pushed / was behind …", "the reason for …", "what are the (main) risks …"
CAUSE_ASKED = (r"^\s*why\b|\bwhat\s+(?:drove|drives|caused|causes|explains|explained|lifted|pushed|made|led\s+to|"
               r"(?:is|was|were|are|lies|lay)\s+behind)\b|\breasons?\s+(?:for|behind)\b|\bwhat\s+reasons?\b|"
               r"\b(?:what|which)\s+(?:are|were|is)\s+the\s+(?:\w+\s+){0,2}?risks\b|\bwhich\s+risks\b|\brisks\s+(?:for|to|facing)\b")
_CAUSE_ASKED = plain(CAUSE_ASKED)

# Questions about what a sentence claims rather than a typed fact: (claim predicate of the
# claims layer, pattern). Only the claims answer these (a ranking, a cause, a stake sale, a
# launch date); other predicates have saved queries of their own.
CLAIM_PREDICATES = [
    ("sell-stake", r"\b(?:sell|sells|sold|selling|sale|divest\w*)\b.*\bstake\b|\bstake\b.*\b(?:sale|sold|sell|sells|selling)\b|\b(?:get|got|receive\w*|fetch\w*)\s+for\s+(?:its|the|their)\s+stake\b"),
    ("rank", r"\brank\w*|\b(?:placed|named)\s+(?:first|second|third|top)\b|\bnumber\s+(?:one|two|three)\b"),
    ("cause", CAUSE_ASKED),
    ("partner", r"\bpartner(?:s|ed|ing|ship|ships)?\b|\bteam(?:s|ed)?\s+up\b"),
    ("compete", r"\bcompet(?:e|es|ed|ing|itors?|ition)\b|\brivals?\b|\b(?:up|go(?:es)?|went|stack\w*)\s+(?:up\s+)?against\b"),
    ("launch", r"\bwhen\s+(?:did|was|will|is)\b.*\b(?:launch\w*|unveil\w*|releas\w*|introduc\w*)"),
    # who supplies whom: a supply with its recipient ("supply power to X"), as clause_relations reads it
    ("supply", r"\bsuppl(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,4}?to\s+(?!(?:be|the|its|their|a|an|help|meet|run|power|build|make)\b)\w"),
]
_CLAIM_PREDICATES = [(n, plain(p)) for n, p in CLAIM_PREDICATES]

# (form, pattern) in order: the first that matches is the form of the question. A share of a
# market is also asked as its slice, piece or portion ("X's slice of the worldwide cloud market":
# probe8 pp-12, probe6 pp-06, q19 q19-s-19; its "cut of" a market: probe14 p14-par-14 — then "cut" is
# no change asked, GROWTH)
FORMS = [
    ("share", r"\bas\s+a\s+(?:percentage|share|proportion|fraction)\b|\bin\s+percentage\s+terms\b|\b(?:share|slice|piece|portion|chunk|cut)\s+of\s+(?:[\w'’.-]+\s+){0,5}?market\b|\b(?:what|which)\s+(?:share|percentage|portion|fraction|slice|part|proportion)\b|\bhow\s+much\s+of\b|\b(?:bigger|larger|biggest|largest|smaller)\s+(?:slice|share|piece)\b|\bhow\s+big\s+a\s+(?:slice|share)\b|\bmarket\s+shares?\b|\b(?:global|market|cloud)\s+share\b|[\w.&-](?:['’]s|s['’])\s+share\s+of\b"),
    ("when", r"^\s*(?:since\s+)?when\b|\bwhen\s+(?:did|was|were|is|will|does|do)\b|\bwhat\s+(?:date|day|month|year)\b|\bon\s+what\s+date\b"),
    ("how_long", r"\bhow\s+long\b|\bhow\s+many\s+years\b|\bover\s+(?:what|which|how\s+many)\s+(?:period|horizon|years|time)\b"),
    ("who", r"\bwho(?:m|se|['’]s|s)?\b|\bby\s+whom\b"),
    ("where", r"\bwhere\b"),
    ("why", r"\bwhy\b"),
    ("how_much", r"\bhow\s+(?:much|big|large|many|fast)\b|\bby\s+what\s+percentage\b|\bwhat\s+was\b"),
    ("list", r"^\s*(?:list|show|name|give|enumerate|which)\b"),
]
_FORMS = [(f, plain(p)) for f, p in FORMS]
PLAN = plain(r"\bplan(?:s|ned)?\b|\bwill\b|\bcommit\w*|\bpledg\w*|\b[\w-]+[- ]years?\s+(?:plan|programme|program|budget)\b|\bover\s+(?:the\s+)?(?:next|coming)\b|\bputting\s+into\b")
# a share of a company (not of a market) is a stake: "what percentage of Scale AI did Meta buy"
STAKE = plain(r"\bstake\b|^(?!.*\bmarket\b).*\b(?:share|percentage|portion|slice|part|proportion|how\s+much)\s+of\s+(?!(?:its|their|the)\s+(?:revenue|sales|income|profit)).*\b(?:buy|bought|own|owns|owned|hold|holds|held|acquire\w*|take|took|purchas\w*)\b")
# the stake itself is what is asked: "what stake", "which direct stake", "how big a stake"
STAKE_ASKED = plain(r"\b(?:what|which|how\s+(?:big|large)\s+an?)\s+(?:[\w-]+\s+){0,2}?stakes?\b"
                         r"|\bhow\s+(?:big|large)\s+(?:is|was|were|are)\s+(?:the|its|their|that|[\w.&-]+(?:'s|’s|s'))\s+(?:[\w-]+\s+)?stakes?\b")
GOAL = plain(r"\b(?:want|wants|wanted|aim|aims|aiming|hope|hopes|target\w*|goal\w*|ambition\w*|aspir\w*|plan(?:s|ned)?\s+to\s+(?:make|reach|hit|earn|generate|achieve))\b")
UNKNOWN = plain(r"(?:\bnot|n['’]t|\bcant|\bcannot|\bnever|\bno\s+one|\bnobody)\b.*\b(?:determine|disclos\w*|reveal\w*|tell|know|say|see|isolate|assess|break\w*\s+out|report|figure\s+out|work\s+out|find\s+out)\b|\bundisclosed\b|\bdisclosure\s+gaps?\b|\bunanswered\b|\bopaque\b")
LISTING = plain(r"\b(?:versions?|variants?|kinds?|types?|members?|flavou?rs?|editions?)\s+of\s+(?:the\s+)?$")
TELL_ABOUT = plain(r"\btell\s+(?:me|us)\s+(?:\w+\s+)?about\b|\bdescribe\b|\bwhat\s+do\s+(?:we|you)\s+know\s+about\b|\boverview\s+of\b|\beverything\s+about\b")
# class words that may stand beside a name in "tell me about the All Others segment"
GENERIC_NOUNS = plain(r"^(?:segment|division|unit|category|company|firm|group|model|family|llm|person|product|app|application|chip|platform)$")
# "who" asking for a company: who competes, who trails in a market, who develops a model
WHO_COMPANY = plain(r"\b(?:partner\w*|teamed|allied|market|compet\w*|rivals?|(?:up|go(?:es)?|went|stack\w*)\s+(?:up\s+)?against|trail\w*|behind|ahead\s+of|outpac\w*|beat\w*|develop\w*|makes?|made|buil[dt]s?|owns?|owned|owners?|shareholders?|investors?|backers?|bought|acquir\w*)\b"
                         r"|\bwith\s*(?:[,?]|and\b|$)")   # "who is X building the data centre with": a partner
# the company a deal is for, named as the object of its verb: "how much did X pay for T", "when
# did X buy T", "X's acquisition of T", "what stake in T did X take" -> T is the deal's target,
# not an investor whose own deals are asked for
DEAL_OBJECT = plain(r"\b(?:pa(?:y|ys|id|ying)\s+for|spen[dt]\w*\s+on|bu(?:y|ys|ying|ought)|acquir\w*|"
                    r"(?:acquisition|purchase|takeover|buyout)\s+of|purchas\w*|tak(?:e|es|en|ing)\s+over|took\s+over|"
                    r"invest\w*\s+in|stake\s+in)\s+(?:the\s+)?$")


def deal_objects(ql: str, hits) -> list:
    """The names the question places as the object of a deal verb (DEAL_OBJECT)."""
    return [h for h in hits if DEAL_OBJECT.search(_before(ql, h))]


# the use of the thing named asked for: "what is X used for", "what are its chips used in"
# (also "used to power", and the owner after it: "what are the X models used for at Y" —
# probe7 pp-08, probe8 pp-08)
USE_ASKED = plain(r"\b(?:used|deployed|applied|employed)\s+(?:for|in|to\s+(?:power|run|drive|support))"
                  r"(?:\s+(?:at|by|within|across|inside)\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2})?\s*[?.!]?\s*$")
# "where" asking in which segment something is filed, not for a place ("where do X's costs end
# up": probe14 p14-par-02; "which costs end up in which segment": para15, q19)
WHERE_FILED = plain(r"\b(?:end(?:s|ed)?\s+up|book\w*|put|puts|record\w*|report\w*|hid\w*|sit|sits|classif\w*|account\w*|filed|placed|parked|bucketed|lumped|grouped|included|keep|keeps|kept|hold|holds|held|house[sd]?)\b")
# costs spread over the segments ("how are X's costs bucketed across its segments", "costs by
# segment", "map each cost to the segment it is reported under", "costs booked under which
# segment": para15 p15-par-05, q19 q19-s-02): which cost sits in which segment, not an amount
ACROSS_SEGMENTS = plain(r"\b(?:costs?|expenses?|spending)\b.*\b(?:across|by|per|among|between|over|to|under|within|in(?:to)?\s+(?:each|every|which|its|their|the))\s+"
                        r"(?:(?:its|their|the|each|every|which|[\w.&-]+(?:'s|’s))\s+)?(?:reporting\s+|business\s+)?(?:segments?|divisions?)\b")
# what a segment holds ("everything parked in X's All Others segment", "what sits inside X"): the
# text before the segment's name ends with a filing word and "in/inside/under"
# (the members asked by their kind, "which companies are part of X's Y segment", "which products
# are in X's Z segment": probe14 p14-01-q05 and p14-04, probe10's product segment question; a
# name in quotes, "what's lumped into X's 'All Others' bucket": probe14 p14-par-01, para15 s02)
CONTAINED_IN = plain(r"\b(?:everything|anything|all|what(?:ever)?|items?|things?|businesses|costs?|companies|subsidiaries|brands|products)\b(?:'s|’s)?(?:\s+[\w'’-]+){0,3}?\s+"
                     r"(?:book\w*|put|puts|record\w*|hid\w*|sit|sits|sitting|classif\w*|filed|placed|parked|lumped|grouped|bucketed|included|kept|held|housed|lives?|living)?\s*"
                     r"(?:in|into|inside|within|under|part\s+of)\s+(?:(?:the|its|their|[\w.&-]+(?:'s|’s|s'|s’))\s+)?['‘\"“]?$")
# the segment named first, then what it holds asked with a pronoun ("X's 'All Others' - what's lumped in there?",
# "the Other segment: what sits inside it?"): its contents (probe35 p35-par-02; para15's "what's lumped into X's
# 'All Others' bucket" asks the same with the name after)
FILED_IN_IT = plain(r"\bwhat(?:['’]s|\s+is|\s+are|\s+gets?)?\s+(?:book\w*|put|record\w*|hid\w*|sit|sits|sitting|classif\w*|filed|"
                    r"placed|parked|lumped|grouped|bucketed|included|kept|held|housed)\s+(?:in(?:to)?|inside|within|under)\s+"
                    r"(?:there|it|that|this|here)\b|\bwhat(?:['’]s|\s+is)\s+in\s+(?:there|it)\b")
# "what does <unit> (revenue) include / consist of": the unit's contents
UNIT_CONTENTS_ASKED = plain(r"^what\s+(?:does|do|did)\b.*\b(?:include|comprise|cover|contain|consist\s+of|encompass)\s*\??\s*$")
# "what is logistics part of", "where does X belong": the unit that holds it
PART_OF = plain(r"\bpart\s+of\s*(?:at\b|in\b|\?|$)|\bbelongs?\s+to\s*(?:at\b|in\b|\?|$)|\bfalls?\s+under\s*(?:at\b|in\b|\?|$)")
DESCRIBE_WORDS = set("what whats what's who whos who's is are was were tell me us about describe the a an "
                     "do we you know anything everything overview of summary give info information on please".split())


@dataclass(frozen=True)
class Question:
    text: str                   # whitespace-folded question
    lower: str
    hits: tuple                 # linked entities (linking.Hit), in question order
    form: str                   # share | when | how_long | who | where | why | how_much | list | describe | what
    wants: str                  # the answer type: percent | stake | date | duration | Person | Place | amount | change | reason | gap | <entity kind> | entity | ""
    measures: tuple[str, ...]   # the measure words named ("capex", "revenue" …), most specific first
    growth: bool                # asks for a change ("grow", "how fast", "rise")
    goal: bool                  # asks for something wanted or aimed at ("want to make", "target")
    plan: bool = False          # asks about a plan or commitment ("capex plan", "will invest")
    predicate: str = ""         # the claim predicate it asks about ("rank", "cause" …), see CLAIM_PREDICATES
    about: object = None        # the entity a describe / listing question is about (a Hit)
    narrowed: str = ""          # the source, thing or cost line the measure is narrowed to (narrowing)
    narrowed_named: str = ""    # how much of it an answer must name: all | any (NARROWED_MEASURE["named"]) | modifier (MODIFIED_MEASURE)


# A measure narrowed in the question's own words to a source, a thing or a cost line: "revenue
# from X", "earn / get from X", "spending on X", "pay for X", "how much revenue did Y's X
# generate". An answer must carry that narrowing (a row's measure, subject or sentence names X);
# the company's other figures do not answer it. Seen: probe18 (accton_forum_post "revenue from
# Amazon Web Services", seznam_results_bilingual "earn from its AI answers",
# start_campus_sines_local "pay for electricity"), probe17 (04_credicorp_trading_update
# "spending on AI", 05_scsk_kessan_tanshin "revenue did SCSK's generative AI services generate").
NARROWED_MEASURE = {
    "name": "narrowed-measure",
    "provenance": "probe18 p18-03-q10 (accton_forum_post), p18-07-q10 (seznam_results_bilingual), p18-04-q10 "
                  "(start_campus_sines_local); probe17 p17-04-q10 (04_credicorp_trading_update), p17-05-q10 (05_scsk_kessan_tanshin); "
                  "probe16 p16-06-q10 (06_globant_laliga_launch); cost as a verb: probe13 p13-01-q10 "
                  "(tietoevry_q3_2024_exchange_release, 'expect the separation … to cost'), probe20 (a campus 'will … cost'), probe21 "
                  "p21-07-q08 ('how much was it going to cost': 'it' names nothing)",
    "patterns": {
        # a source of income: "revenue from X", "did X get from Y"
        "source": plain(r"\b(?:revenues?|sales|income|turnover|earn(?:s|ed|ing)?|get(?:s|ting)?|got|receiv(?:e|es|ed|ing)|"
              r"deriv(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|ma(?:ke|kes|de|king))\s+from\s+(?P<x>.+)"),
        # a cost line: "spending on X", "pay for X"
        "cost": plain(r"\b(?:spen(?:d|ds|t|ding)|pa(?:y|ys|id|ying)|cost(?:s)?)\s+(?:on|for)\s+(?P<x>.+)"),
        # the thing whose figure it is: "how much revenue did Y's X generate"
        "owner": plain(r"\b(?:revenues?|sales|income|profit|turnover)\s+(?:did|does|do|will|has|have)\s+[\w.&-]+(?:\s+[\w.&-]+){0,3}?(?:'s|’s|s')\s+"
              r"(?P<x>(?:[\w&-]+\s+){0,4}?[\w&-]+)\s+(?:generate|make|earn|bring|produce|contribute|post|record|report)\b"),

        # cost as a verb: the thing whose cost is asked ("expect the move to cost", "how much will
        # the new campus cost"); an outlook or figure of the company is not its cost
        "costed": plain(r"\bexpect(?:s|ed|ing)?\s+(?P<x>(?:[\w.&'’-]+\s+){1,8}?)to\s+cost\b"),
        "costed_subject": plain(r"\bhow\s+much\s+(?:will|would|did|does|do|is|was|are|were)\s+(?P<x>(?:[\w.&'’-]+\s+){1,6}?)(?:be\s+)?(?:going\s+to\s+)?cost\b"),
    },
    # how much of the phrase a row must name: a source of income or the thing whose figure it is
    # is named by the sentence that states its figure (every word: "AI search" does not name "AI
    # answers"); a cost's object is often described in other words ("a campus" for "the new data
    # centre buildings"): one of its words
    "named": {"source": "all", "cost": "any", "owner": "all", "costed": "all", "costed_subject": "all"},
    # where the narrowing phrase ends: a period, a place of a figure, a conjunction, the end
    "end": plain(r"\s+(?:in|during|for|over|since|by|at|this|last|each|every|per|a|an|and|or|to|as|between|compared|versus|vs)\b|\s*[?.!,;]|\s*$"),
    # what is not a narrowing: a measure's own name ("revenue from operations"), a period or an amount
    "generic": plain(r"^(?:(?:continuing|discontinued|core|ordinary)\s+)?(?:operations|activities|customers|clients|"
                     r"(?:19|20)\d\d|fy\s?\d+|q[1-4]|h[12]|the\s+(?:year|quarter|period)|it|them|that|this|there)$"),
    # a deal whose cost is asked ("how much did the acquisition cost"): its price, the deal's amount (DEAL_VALUE)
    "deal": plain(r"(?:^|\s)(?:deal|acquisition|purchase|stake|transaction|takeover|buyout|merger)s?$"),
    # a unit's class word after its name is not part of what a row names ("X's Insurance business"
    # is the figure of "Insurance")
    # (and a region: "Megaport's North America region" p21-01-q03, "Equinix's EMEA region", "Capgemini's North America region")
    "unit_word": plain(r"\s+(?:business(?:es)?|segments?|divisions?|units?|arms?|operations|regions?)$"),
    "examples": ("How much revenue did Harbor get from Keelsoft in 2024?", "How much is Norvik spending on robotics?",
                 "How much does Brightwell pay for water each year?", "How much revenue did Norvik's drone services generate?",
                 "How much does Norvik expect the spin-off of its drone unit to cost?", "How much will Harbor's new plant cost?"),
}
DETERMINERS = plain(r"^(?:its|their|the|his|her|our|a|an)\s+")


# A measure narrowed by the words written before its noun, a noun-noun compound: "What
# data-centre revenue did X earn", "X's cloud revenue", "How much AI revenue did X generate". The
# words between the owner (a possessive, or the question word) and the measure noun ask for a part
# of the measure; the whole (group revenue) does not answer it. Words that only qualify the whole
# (total, net, consolidated, a period, a currency basis) narrow nothing, nor does a compound the
# measure registry knows ("annual recurring revenue") or a name linked in the question (a unit's
# own name answers through its rows). Seen: probe19 08_tm_regulator_market_study ("What
# data-centre revenue did Telekom Malaysia earn", not stated: the group's revenue is no answer) and
# 04_jabil_tv_show_transcript ("AI-related revenue"), probe17 02_reply_wrapped ("How much AI
# revenue did Reply generate", not stated), probe14 02_nice_podcast and probe13
# opentext_q4_fy2025_call ("cloud revenue").
_NOT_MODIFIER = r"(?!(?:was|were|is|are|be|did|does|do|has|have|had|will|would|the|a|an|its|their|of|in|on|for|from|to|by|with|and|or|much|many|what|which)\b)"
MODIFIED_MEASURE = {
    "name": "modified-measure",
    "provenance": "probe19 p19-08-q10 (08_tm_regulator_market_study), p19-04-q09 (04_jabil_tv_show_transcript); "
                  "probe17 p17-02-q10 (02_reply_wrapped); probe14 p14-02-q02 (02_nice_podcast); probe13 p13-05-q02 (opentext_q4_fy2025_call)",
    # the owner or the question word, then up to four words, then the measure noun
    "pattern": plain(r"(?:\b(?:what|which|much|many|the|its|their)\s+|(?:'s|’s|s'|s’)\s+)"
                     r"(?P<x>" + _NOT_MODIFIER + r"[\w&-]+(?:\s+(?:and\s+)?" + _NOT_MODIFIER + r"[\w&-]+){0,3}?)\s+(?P<noun>revenues?|sales|turnover)\b"),
    # words that qualify the whole measure, not a part of it: its basis, its period, its revision,
    # a comparison ("the largest revenue": which unit has most)
    "whole": plain(r"^(?:total|net|gross|group|group-wide|consolidated|overall|reported|underlying|adjusted|organic|comparable|like-for-like|"
                   r"constant-currency|currency-neutral|annual|annuali[sz]ed|quarterly|yearly|monthly|full-year|full|half-year|half-yearly|"
                   r"first-half|second-half|new|revised|updated|latest|current|expected|projected|forecast|prior-year|previous|year-ago|"
                   r"own|last|this|next|record|largest|biggest|highest|lowest|smallest|greatest|most|least|more|less|higher|lower|larger|bigger|smaller|top|main|fiscal|calendar|cumulative|combined|operating|headline|top-line|topline|statutory|pro-forma|ifrs|gaap|non-gaap|"
                   r"(?:first|second|third|fourth)(?:-quarter|-half)?|quarter|year|half|nine-month|six-month|three-month|twelve-month|trailing|ttm|"
                   r"(?:fy|q|h|[1-4]q|[12]h)?['’]?\d[\w/-]*|[qh][1-4]\w*|fy\w*|usd|dollar|euro|yen|rupee|local-currency)$"),
    # a word that only ties the modifier to the measure ("AI-related revenue" is AI revenue)
    "tie": plain(r"^(?:related|linked|driven|based|derived|generated)$"),
    "examples": ("What data-centre revenue did Harbor earn in 2024?", "What was Norvik's cloud revenue in Q2?",
                 "How much advertising revenue did Brightwell make?", "How much AI-related revenue did Norvik book?"),
    "not": ("What was Norvik's total revenue in 2024?", "How much did Norvik's fourth-quarter 2024 revenue grow?",
            "What constant-currency revenue growth does Norvik expect?", "What is Norvik's annual recurring revenue?"),
}


def modified_measure(ql: str, hits=()) -> str:
    """The modifier (MODIFIED_MEASURE) that narrows the measure a (lower-case) question names
    ("data-centre" in "what data-centre revenue did X earn"), as the question writes it, or '' (pure)."""
    names = [w for h in hits for w in (getattr(h, "matched", "") or "").lower().split()]
    for m in MODIFIED_MEASURE["pattern"].finditer(ql):
        words = m.group("x").split()
        while words and (MODIFIED_MEASURE["whole"].match(words[0]) or words[0] == "and"):
            words = words[1:]
        kept = [w for w in words if not MODIFIED_MEASURE["whole"].match(w) and w != "and"]
        if not kept:
            continue
        if any(w.strip("'’") in names for w in kept):
            continue   # a linked name: the unit's or the company's rows answer it
        compound = m.group("x") + " " + m.group("noun")
        if len(measures_named(compound)[0][0].split()) > 1:
            continue   # a measure of its own ("annual recurring revenue")
        parts = [p for w in kept for p in w.split("-") if p and not MODIFIED_MEASURE["tie"].match(p)]
        if parts:
            return " ".join(words)
    return ""


def narrowed_measure(ql: str, hits=()) -> str:
    """The phrase a (lower-case) question narrows its measure to (NARROWED_MEASURE: "amazon web
    services" in "how much revenue did X get from Amazon Web Services in 2024"), or ''."""
    return narrowing(ql, hits)[0]


def narrowing(ql: str, hits=()) -> tuple[str, str]:
    """(phrase, how much of it an answer must name: "all" | "any") of NARROWED_MEASURE, else of
    MODIFIED_MEASURE ("modifier": answer_check.carries_narrowing), or ("", "")."""
    for name, rx in NARROWED_MEASURE["patterns"].items():
        for m in rx.finditer(ql):
            x = m.group("x")
            x = x[:NARROWED_MEASURE["end"].search(x).start()].strip()
            x = DETERMINERS.sub("", x)
            x = NARROWED_MEASURE["unit_word"].sub("", x)
            if not x or NARROWED_MEASURE["generic"].match(x) or re.match(r"^[\d$€£¥]", x) or not _words(x):
                continue
            if name.startswith("costed") and NARROWED_MEASURE["deal"].search(x):
                continue
            return x, NARROWED_MEASURE["named"][name]
    if (x := modified_measure(ql, hits)):
        return x, "modifier"
    return "", ""


def read(text: str, hits) -> Question:
    """The question model of `text` with the entities `hits` linked in it (pure)."""
    from .linking import norm
    q = " ".join(str(text).split())
    ql = q.lower()
    measures = tuple(w for w, _, _ in measures_named(without_names(ql, hits)))
    if re.match(r"\s*how\s+many\b(?!\s+(?:years|months|weeks|days|quarters)\b)", ql):   # the count of what is counted, not a measure that qualifies it
        phrase, (ps, pe) = open_measure(ql)
        inside = tuple(w for w, _, (a, b) in measures_named(without_names(ql, hits)) if ps <= a and b <= pe)
        measures = inside or ((phrase,) if phrase else measures)
    if not measures:   # a quantity in the question's own words ("NTT's generative AI orders")
        phrase, _ = open_measure(ql)
        if phrase and QUANTITY_NOUNS.search(phrase) and not quantity_named(ql):   # (that one: answer_check)
            measures = (phrase,)
    if DEAL_VALUE["pattern"].search(ql):   # "what was the price X paid for its stake": the deal's amount, not a figure named price
        measures = tuple(m for m in measures if m not in DEAL_VALUE["measures"])
    if THING_WORTH.search(ql):   # "what is X's investment programme worth": that amount, not a valuation
        measures = tuple(m for m in measures if m not in ("worth", "valuation"))
    growth = bool(GROWTH.search(ql))
    form = next((f for f, rx in _FORMS if rx.search(ql)), "what")
    about = None
    toks = norm(q).split()
    rest = [t for i, t in enumerate(toks) if not any(h.start <= i < h.end for h in hits)]
    plain = all(t in DESCRIBE_WORDS or GENERIC_NOUNS.match(t) for t in rest)
    if len(hits) == 1 and (plain or TELL_ABOUT.search(ql)) and form not in ("how_much", "share", "when", "where", "how_long"):
        form, about = "describe", hits[0]
    elif hits and form != "share":
        for h in hits:
            if LISTING.search(" ".join(toks[:h.start]) + " "):
                form, about = "list", h
                break
            if h.kind == "Segment" and not measures and (CONTAINED_IN.search(_before(ql, h)) or FILED_IN_IT.search(ql)):
                form, about = "list", h   # what the segment holds
                break
            if h.kind == "Segment" and UNIT_CONTENTS_ASKED.search(ql):
                # "What does X's value-added services revenue include?": what the unit holds, not
                # its revenue (probe11 p11-06-q03; p11-01-q02 and p11-03-q04 ask it of a segment)
                form, about, measures = "list", h, ()
                break
    wants = _wants(ql, form, measures, growth, without_names(ql, hits, keep_words=True))
    if about is not None and about.kind == "Segment" and wants[:1].isupper():
        wants = "CostItem"   # a segment's members asked by their kind ("which companies are part of it"): its items
    if not wants and DEAL_VALUE["pattern"].search(ql):
        wants = "amount"   # the price paid: an amount of money
    if wants in ("amount", "") and ACROSS_SEGMENTS.search(ql):
        wants = "CostItem"   # which cost sits in which segment
    predicate = next((name for name, rx in _CLAIM_PREDICATES if rx.search(ql)), "")
    return Question(q, ql, tuple(hits), form, wants, measures, growth, bool(GOAL.search(ql)),
                    bool(PLAN.search(ql)), predicate, about, *narrowing(ql, hits))


def _before(ql: str, h) -> str:
    """The question's text before the name `h` matched (its first occurrence), lower case."""
    from .linking import norm
    first = h.matched.split()[0] if h.matched else ""
    for m in re.finditer(r"[\w.&'’-]+", ql):
        if norm(m.group(0)) == first:
            return ql[:m.start()]
    return ql


def _wants(ql: str, form: str, measures, growth: bool, unnamed: str | None = None) -> str:
    """The answer type; the kind noun asked for is read without the names the question links
    (`unnamed`: "Systems" in "which Norvane Systems CFO" is a name, not products asked for)."""
    kind = _kind_named(ql if unnamed is None else unnamed)
    if form == "share":
        return "stake" if STAKE.search(ql) else "percent"
    if STAKE_ASKED.search(ql):
        return "stake"    # "what direct stake in X does Y keep", "what stake did X sell"
    if form == "when":
        return "date"
    if form == "how_long":
        return "duration"
    if form == "describe":
        return "entity"
    if UNKNOWN.search(ql):
        return "gap"      # what cannot be known from the disclosures
    if form == "what" and USE_ASKED.search(ql):
        return "use"   # "what are X's models used for": their uses, not the models named
    if kind == "Document":
        return kind   # "which documents report X": sources, or the fact X with its sources
    if form in ("what", "list") and ROLE_NAME_ASKED.search(ql) and any(re.search(p, ql) for p, n in ROLE_WORDS if n != "leader"):
        return "Person"   # "meta cfo name?", "name the CEO of X": the person in that role
    if form == "who":
        if kind in ("Company", "Role"):
            return kind
        if kind and re.search(r"\bwhose\b", ql):
            return kind   # "whose processors did X use": the processors (their maker's name with them)
        # (issue43p) the verbs of a company asked are read without the names the question links: "who is
        # Made Tech's CFO" asks for a person ("made" is the company's name, probe32 06), as "who is Build
        # Systems' CEO" would
        if WHO_COMPANY.search(ql if unnamed is None else unnamed):
            return "Company"
        return "Person"
    if form == "where":
        if WHERE_FILED.search(ql):
            return "Segment"
        return "Place"
    if form == "why" or _CAUSE_ASKED.search(ql):
        return "reason"
    if kind:
        return kind
    if PART_OF.search(ql):
        return "Segment"
    if RATE_ASKED.search(ql) and not growth:
        return "percent"   # "what was X's net revenue retention rate": a percentage, not a count or an amount
    if VALUE_OF.search(ql) or PERFORMED.search(ql):
        return "amount"   # "what is the value of X's contract", "how did X's unit perform": its figures
    if form == "how_much":
        return "change" if growth and not re.search(r"\bhow\s+(?:big|large|many)\b", ql) else "amount"
    if measures and form != "list":
        return "change" if growth else "amount"
    if form == "what" and quantity_named(ql):
        return "amount"   # "what dividend per share will Sony pay": a figure of that name
    return ""


# The way something is paid for asked ("how will X finance the takeover", "how does X plan to
# fund its build-out", "how did X pay for it"): a method (debt, cash, new shares), not an amount;
# a deal's price or an investment's size does not say it, only a sentence that says how does.
# Seen: probe14 p14-05-q10 (indra_hispasat, the financing not stated; the deal's price was
# returned); the session-18 self-check (issue 12) names the form.
METHOD_ASKED = {
    "name": "method-asked",
    "provenance": "probe14 p14-05-q10 (indra_hispasat); issue 12 self-check",
    "pattern": plain(r"^\s*how\s+(?:will|would|does|do|did|is|are|was|were|has|have|can|could)\s+(?:[\w.&'’-]+\s+){1,6}?"
                     r"(?:(?:plan(?:s|ning)?|intend(?:s|ing)?|going|expect(?:s|ing)?|aim(?:s|ing)?)\s+to\s+)?"
                     r"(?:financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|pa(?:y|ys|id|ying)\s+for)\b"),
    # a sentence that says how: the financing verb beside a means of paying (either order)
    "said": plain(r"\b(?:financ\w*|fund(?:s|ed|ing)?|pa(?:y|ys|id|ying)\s+for)\b.{0,80}?\b(?:debt|cash|loans?|bonds?|notes|equity|credit|"
                  r"shares?|stock|rights\s+issue|capital\s+increase|borrow\w*|facilit(?:y|ies)|balance\s+sheet|reserves|proceeds)\b"
                  r"|\b(?:debt|cash|loans?|bonds?|notes|equity|credit|shares?|stock|borrow\w*|facilit(?:y|ies)|reserves|proceeds)\b.{0,80}?"
                  r"\b(?:financ\w*|fund(?:s|ed|ing)?)\b"),
    "examples": ("How will Harbor finance the purchase of Keelsoft?", "How does Norvik plan to fund its new plant?",
                 "How did Brightwell pay for the acquisition?"),
    "not": ("How much will Harbor pay for Keelsoft?", "How is the joint venture's ownership split?"),
}


# (issue52q) When a role begins asked ("when does X's new president take office", "when does Y become
# CEO", "who becomes chairman and from when", "appointed …, starting when"): the start date of a Role
# (people.rq's "since"), not a launch's or an initiative's date.
# Provenance: probe37 p37-02-q02 (02_celsia_sfc, "take office"); the same question shape, a role's start
# asked with a date word, in the seen sets: "Who becomes chairman of CWG and from when?", "Who was
# appointed Chief Enterprise Officer at Vodafone Qatar, starting when?" (probe34), "who takes over as CFO at
# Indeks and from when?" (probe31), kindcheck33/people ("… as interim chief executive, and from when?").
ROLE_START = {
    "name": "role-start-asked",
    "provenance": "probe37 p37-02-q02 (02_celsia_sfc); seen: probe34 (CWG 'from when', Vodafone Qatar 'starting when'), probe31 (Indeks), kindcheck33/people",
    "pattern": plain(r"\b(?:tak(?:e|es|ing)|took|assum(?:e|es|ing|ed))\s+(?:up\s+)?(?:office|(?:the|her|his|their)\s+(?:role|post|job|seat))\b"
                     r"|\bbecom(?:e|es|ing)\b|\bbecame\b|\bstart(?:s|ing|ed)?\s+(?:as|in|work|when)\b|\bjoin(?:s|ing|ed)?\s+as\b"
                     r"|\bfrom\s+when\b|\bstarting\s+when\b|\bappoint\w*\b|\bstep(?:s|ping)?\s+in\b"),
    "examples": ("When does Brenmoor's new president take office?", "When does Ana Ruiz become CEO of Kestrel?",
                 "Who becomes chairman of Tolvik and from when?"),
    "not": ("When did Brenmoor launch its new app?", "When does the plant start production?"),
}


def role_start_asked(ql: str, wants: str) -> bool:
    """Whether a (lower-case) question asking a date (`wants`) asks when a role named begins (ROLE_START) (pure)."""
    return wants == "date" and bool(ROLE_START["pattern"].search(ql)) and bool(asked_roles(ql) - {"leader", "founder"})


def method_asked(ql: str) -> bool:
    """Whether a (lower-case) question asks how something is paid for (METHOD_ASKED) (pure)."""
    return bool(METHOD_ASKED["pattern"].search(ql))


# a price asked ("how much did X pay for …", "what did it cost"): an amount of money, not a stake's percentage
PAID = plain(r"\b(?:pay|pays|paid|paying|cost|costs|price\s+paid)\b")
# a verb of spending money ("how much is X investing in its data centre", "how much did X raise"):
# the amount asked is money, not a count of what the money buys ("500 GPUs"; probe17 p17-08-q10,
# and the investment questions of probe9, probe12 and devset5 answered with money)
# SPENT: spending_words (the one registry of spending words), imported above
# What an investment question says the money goes into ("how much is X investing in its Rabat AI
# data centre", "how much will X invest in cloud infrastructure over three years"): the object
# of the verb, up to a period or a clause break. An investment row answers only if it names
# at least half of the object's words (narrowing, intent investments); probe17 p17-08-q10 was
# answered with damages stored as an investment, and the investment questions of probe9 (Dell,
# "invest in AI factories"), probe12 and the seed set name their object the same way.
INVESTED_IN = plain(r"\binvest(?:s|ed|ing|ment)?\s+(?:[\w-]+\s+){0,2}?(?:in|into)\s+(?:(?:its|their|the|a|an|his|her|new)\s+)*([^?,;]+)")
# the words that end the object where the question's periods do not (a purpose "for …", "this
# year", a bare year the period reader leaves to its context)
OBJECT_END = plain(r"\s+(?:over|by|through|until|during|between|from|this|next|last|for|in\s+(?:20\d\d|fy|fiscal|the\s+(?:next|coming|first|second|third|fourth|last))|(?:19|20)\d\d)\b")


def _object_end(q: str, start: int, end: int) -> int:
    """Where the object q[start:end] of an investment verb ends, as an offset into it: at the first
    period or duration the question names inside it ("in Q3 2025", "over the next three years",
    "through 2030": extract.values' readers, the spans they give), else at OBJECT_END, else its end."""
    from .extract import values as v
    cuts = [end - start]
    try:
        spans = [p.start_idx for p in v.find_periods(period_text(q), None)] + [d.start for d in v.find_durations(q)]
    except Exception:   # (a reader failing on odd text leaves the clause words)
        spans = []
    cuts += [a - start for a in spans if start < a < end]
    if (m := OBJECT_END.search(q, start, end)):
        cuts.append(m.start() - start)
    return min(cuts)


def invested_object(q: str, hits) -> tuple[str, set[str]]:
    """What an investment question says the money goes into, as written, and its content words
    less the names it links and period words; ("", set()) when it names none (pure)."""
    m = INVESTED_IN.search(q)
    if not m:
        return "", set()
    phrase = m.group(1)[:_object_end(q, m.start(1), m.end(1))]
    phrase = re.sub(r"(?:\s+(?:in|at|on|of|the|a|an|during|for|by))+\s*$", "", phrase)   # (the period's preposition)
    words = _words(phrase)
    for h in hits:
        words -= _words(h.label + " " + h.matched)
    return phrase.strip(), {w for w in words if not re.fullmatch(r"\d+|fy\d*|q[1-4]|h[12]|years?|quarters?|months?", w)}


# the value a deal was struck at, asked with a verb of buying or paying ("at what enterprise
# value did X buy Y", "what was the price X paid for its stake", "what price did X pay"): what
# the deal cost, which the deal states, not a figure of the buyer named so (the measure words
# are dropped)
DEAL_VALUE = {
    "name": "deal-value-asked",
    "provenance": "probe14 p14-08-q05 (08_happiest_minds_analyst_note, enterprise value); probe8 p8-07-q10 and q19 q19-d-11 (price paid)",
    "measures": ("price", "prices", "pricing", "enterprise value", "deal value", "consideration", "purchase price"),
    "pattern": plain(r"\b(?:price|enterprise\s+value|deal\s+value|consideration)\b.*\b(?:pa(?:y|ys|id|ying)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\b"
                     r"|\b(?:pa(?:y|ys|id|ying)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\b.*\b(?:price|enterprise\s+value|deal\s+value|consideration)\b"),
    "examples": ("At what enterprise value did Norvik buy Brightwell?", "What price did Harbor pay for its stake in Keel?"),
}
# a name asked with a role word ("acme cfo name?", "who's running X? CEO name"): the person, not
# another name of the company (probe6 pp-02, probe7 pp-05, q19 q19-d-12)
ROLE_NAME_ASKED = plain(r"\bnames?\b")

# the amount of something named ("what is the value of X's contract with Y", "what was the size
# of the round") and how a company or unit did ("how did X's North America region perform")
# "what is the investment plan worth", "how much is the deal worth": the thing's amount
THING_WORTH = plain(r"\b(?:investments?|plans?|programmes?|programs?|deals?|contracts?|packages?|commitments?|budgets?|orders?|"
                    r"acquisitions?|purchases?|bids?|offers?|rounds?|stakes?)\s+(?:(?:is|was|be|been)\s+)?worth\b")
VALUE_OF = plain(r"^\s*(?:what|how\s+much)\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:total\s+|overall\s+)?(?:value|worth|size|price|cost|amount)\s+of\b")
PERFORMED = plain(r"^\s*how\s+(?:did|does|has|have|is|was|were)\s+.{2,80}?\s+(?:perform(?:ed|ing)?|do|doing|fare|fared|faring)\b(?!\s+(?:with|to|for)\b)")
PERFORMANCE_WORDS = "perform performed performing do doing fare fared faring"

# a rate asked by name ("attrition rate", "retention rate"), not a growth rate or a price
RATE_ASKED = plain(r"^\s*what\s+(?:is|was|were|are)\b.*\b(?<!growth\s)(?<!exchange\s)(?<!interest\s)(?<!tax\s)rates?\b")


def quantity_named(ql: str) -> bool:
    """Whether a "what X <verb> …" question names a quantity X that is not a kind of entity."""
    phrase, _ = open_measure(ql)
    m = OPEN_MEASURE[-1].search(ql)
    return bool(m and phrase == m.group(1) and QUANTITY_NOUNS.search(phrase))


# "total expenses", "annual costs": an amount of them, not which ones
TOTALS = {"total", "overall", "annual", "quarterly", "combined", "aggregate", "full-year", "yearly"}


def _names_measure(words: list[str]) -> bool:
    """Whether `words` name a measure ("x's revenue from" in "what was x's revenue from operations")."""
    text = " ".join(words)
    return any(rx.search(text) for rx, _ in _measures()[:-3])   # (not the verbs that name one)


def _modifies_measure(following: list[str]) -> bool:
    """Whether a kind noun stands before a measure it qualifies ("AI semiconductor revenue":
    a revenue is asked for, not a semiconductor)."""
    nxt = " ".join(following)
    return bool(nxt) and any(rx.match(nxt) for rx, _ in _measures())


# "what is X's latest model called?", "what are the company's chips named?": the noun before
# "called" is the kind asked for (not X's other names)
_CALLED = plain(r"\bwhat(?:['’]s|\s+(?:is|are|was|were))\s+(?P<np>.{1,80}?)\s+(?:called|named)\s*[?.!]*\s*$")


def _kind_named(ql: str) -> str:
    """The kind of entity named right after the question word ("which segment", "what chip"),
    or before "called" ("what is its newest model called")."""
    c = _CALLED.search(ql)
    if c:
        toks = c.group("np").split()
        for span in (" ".join(toks[-2:]), toks[-1]):
            k = _KIND_NOUN.fullmatch(span.strip("?.!,;:"))
            if k:
                return k.lastgroup
    for m in _WH_NOUN.finditer(ql):
        toks = ql[m.end():].split()
        for i, tok in enumerate(toks[:MAX_MODIFIERS + 1]):
            if tok in _AUX or (i and _names_measure(toks[:i])):
                break   # (after a measure word the noun qualifies it: "revenue from operations")
            for n, span in ((2, " ".join(toks[i:i + 2])), (1, tok)):
                k = _KIND_NOUN.fullmatch(span.strip("?.!,;:"))
                if k and not _modifies_measure(toks[i + n:i + n + 1]) and not (i and toks[i - 1] in TOTALS):
                    return k.lastgroup
    return ""
