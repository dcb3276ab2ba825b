"""The answer check: rows answer a question only when they are of the type it asks for (a share
for "how much of the market", an amount for "how much", a date for "when"). Pure functions."""
from __future__ import annotations

import re

from .answer_text import _s
from .intents import ANSWERS, MEASURE_GATES
from .linking import norm
from .question import OPEN_MEASURE, OUTLOOK_MEASURE, _words, quantity_named, role_start_asked
from .pattern_cache import plain
from .spending_words import INVESTING, INVESTMENT_MEASURES

# (saved query, answer type wanted) -> the columns of which at least one row must have one
CARRIERS = {
    ("figures", "amount"): ("value",),
    ("figures", "change"): ("change",),
    ("figures", "date"): ("periodLabel",),
    ("investments", "amount"): ("amount",),
    ("investments", "date"): ("announced",),
    ("investments", "duration"): ("horizon",),
    ("investments", "percent"): ("stake",),
    ("investments", "Company"): ("targetEntityLabel",),   # "which companies …": the one invested in, not the investor
    ("investments", "stake"): ("stake",),
    ("targets", "amount"): ("value",),
    ("targets", "duration"): ("horizon",),
    ("targets", "date"): ("horizon", "periodLabel"),
    ("market-shares", "percent"): ("share",),
    ("stakes", "percent"): ("stake",),
    ("stakes", "stake"): ("stake",),
    ("initiatives", "Place"): ("locationLabel",),
    ("initiatives", "date"): ("announced", "date", "periodLabel"),
    ("guidance-changes", "amount"): ("value",),
    ("guidance-changes", "percent"): ("value",),
}


# saved queries that answer only some measures: a question naming another measure ("operating
# margin") is not answered by an investment
RATIOS = r"margin|rate|ratio|share"
MEASURES_ANSWERED = {"investments": INVESTMENT_MEASURES,
                     "stake-deals": plain(r"stake|holding|share|percent|proportion|price|value|worth|proceeds|consideration|sum|amount|paid|pay")}
# The guidance asked by its noun ("X's 2025 outlook for domestic EBITDA", "X's guidance for fiscal
# 2025"): an outlook given as growth ("+1% to 2%", "17% to 19%") answers it as well as a level.
# Seen: probe15 p15-03-q08 (proximus, a domestic EBITDA outlook of +1% to 2%), probe21 p21-08-q08
# (nemetschek_data_appendix, revenue growth of 17% to 19% in the full-year guidance).
GUIDANCE_ASKED = {
    "name": "guidance-asked-as-growth",
    "provenance": "probe15 p15-03-q08 (proximus); probe21 p21-08-q08 (08_nemetschek_data_appendix)",
    "pattern": plain(r"\bguidance\b|\boutlook\b|\bforecasts?\b(?!\s+(?:to|that))"),
    # a revision asked ("how did X revise / raise its guidance"): the guidance change answers, not the outlook
    "revised": plain(r"\b(?:revis\w*|rais\w*|cut(?:s|ting)?|lower\w*|narrow\w*|widen\w*|chang\w*|trimm?\w*|upgrad\w*|downgrad\w*|before)\b"),
    "examples": ("What is Brevik's guidance for fiscal 2025?", "What is Kestrel's 2026 outlook for service revenue?"),
    "not": ("How did Kestrel revise its 2025 revenue guidance?",),
}


def guidance_as_growth(ql: str, rows: list[dict]) -> bool:
    """Whether a (lower-case) question asks the guidance by its noun and some row is an outlook
    given as growth (GUIDANCE_ASKED) (pure)."""
    return bool(GUIDANCE_ASKED["pattern"].search(ql)) and not GUIDANCE_ASKED["revised"].search(ql) and any("change" in r and OUTLOOK_MEASURE.search(_s(r, "measure")) for r in rows)


# the quantity a "what X will/was …" question names, without its unit ("dividend per share")
PER_UNIT = plain(r"\s+(?:per|a|each)\s+[\w-]+$")


# "what is / how big was <owner>'s <measure>": the measure asked is the phrase owned
COPULAR_OWN = plain(r"^\s*(?:what|how\s+(?:big|large|much))\s+(?:is|was|are|were)\s+(?:(?!(?:of|for|in|on|to|by|with|from)\b|[\w-]+ing\b)[\w.&-]+\s+){0,4}?[\w.&-]+(?:'s|’s|s')\s+([^?]+)")
# a share of a company's own figure, not of a market
OWN_SHARE = plain(r"\bshare\s+of\s+(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+)?(?:'s|’s|s')\s+(?!(?:[\w-]+\s+){0,3}market\b)")


# An amount of a measure asked ("What revenue is X targeting?") is not answered by a share of
# that measure: a row "<part> share of revenue: 62%" states what part of the revenue something
# is, not the revenue. A question asking a share or a proportion itself ("how much of its
# revenue", "what share of revenue") is answered by it. Seen: probe26 p26-03-q09
# (03_internet_thailand: "cloud services now account for 62% of revenue" for a revenue target);
# the same "accounted for N% of revenue" shape in probe12 soitec_h1_fy2026_mdna, probe17
# 02_reply_wrapped and probe22 08a_firstsource_news_q2.
SHARE_ASKED = {
    "name": "share-of-measure-no-amount",
    "share_of": plain(r"\b(?:share|percent(?:age)?|proportion|portion|fraction)\s+of\b"),
    "asked": plain(r"\b(?:share|percent\w*|proportion|portion|fraction|ratio)\b|\bhow\s+much\s+of\b|%"),
    "examples": ("What revenue is Keel targeting for 2027?",),
}


def _carries_amount_asked(qm, rows: list[dict]) -> bool:
    """Whether a row's amount is one the question names ("the RMB 380bn spend")."""
    from .question import _question_amounts
    asked = set(_question_amounts(qm.text))
    from .narrowing import _dec
    return bool(asked) and any(_dec(r.get(k)) in asked for r in rows for k in ("amount", "value") if r.get(k) is not None)


def fits(qm, intent: str, rows: list[dict]) -> bool:
    """Whether `rows` of saved query `intent` carry an answer of the type question `qm` wants."""
    wanted = qm.wants
    if not rows:
        return False
    rx = MEASURES_ANSWERED.get(intent)
    if rx and qm.measures and not ((qm.plan or _carries_amount_asked(qm, rows)) and any(rx.search(m) for m in qm.measures)):
        return False   # a reported capex figure is not a capex plan (unless the question names the plan's amount:
                       # "when did X announce the RMB 380bn AI spend", probe35 p35-par-05, probe29's "date X unveiled
                       # its RMB 380bn ... spending plan")
    own = COPULAR_OWN.search(qm.lower)
    if rx and own and not qm.measures and not rx.search(own.group(1)):
        return False   # "how big is IBM's book of business": a figure of that name, not an investment
    head = OPEN_MEASURE[-1].search(qm.lower)
    if rx and head and quantity_named(qm.lower) and not qm.measures and not rx.search(PER_UNIT.sub("", head.group(1))):
        return False   # "what dividend per share will Sony pay": not a stake deal
    gate = MEASURE_GATES.get(intent)
    if gate is not None and not gate.search(qm.lower):
        return False   # a guidance change or usage metric answers only a question naming one
    if intent == "targets" and not qm.goal:
        return False   # a target answers what someone wants or aims at, not what was reported
    if intent == "figures" and wanted in ("amount", "") and INVESTING.search(qm.lower) and not (qm.measures or qm.growth):
        return False   # "how much will TCS invest", "its investment plan": an investment, not any figure
    if not wanted or wanted == "Document":
        return True   # provenance questions are answered by any fact, with its documents
    if wanted == "Company" and qm.hits and not _another_company(rows, qm.hits):
        return False   # "which subsidiary / which companies …": not only the company the question names
    if intent == "people" and role_start_asked(qm.lower, wanted):
        return any(r.get("since") is not None for r in rows)   # when a role begins: a role with its start (question.ROLE_START)
    if wanted not in ANSWERS.get(intent, ()):
        return False
    if wanted == "percent" and intent != "market-shares" and re.search(r"\bmarket\b", qm.lower):
        return False
    if intent == "market-shares" and OWN_SHARE.search(qm.lower):
        return False   # "what share of Lenovo's shipments / Foxconn's revenue": a part of its own figure
    if intent == "figures" and wanted == "amount" and any(re.search(RATIOS, m) for m in qm.measures):
        return any("value" in r or "change" in r for r in rows)   # "a 47% margin" is read as either
    if intent == "figures" and wanted == "percent":
        # a growth rate answers "by what percentage did it grow", not "what share of X was Y"
        return any(_s(r, "unit") == "percent" or ("change" in r and qm.growth) for r in rows)
    if intent == "figures" and wanted == "amount" and qm.measures and not qm.growth and not SHARE_ASKED["asked"].search(qm.lower) \
            and all(SHARE_ASKED["share_of"].search(_s(r, "measure")) and _s(r, "unit") == "percent" for r in rows):
        return False   # "what revenue": a share of revenue (62%) is no amount of it (SHARE_ASKED)
    if intent == "figures" and wanted == "amount" and guidance_as_growth(qm.lower, rows):
        return True   # guidance given as growth ("+1% to 2%") answers the guidance asked (GUIDANCE_ASKED)
    if intent == "figures" and wanted == "change" and revised_pair(qm.lower, rows):
        return True   # "how did X change its guidance": the outlook now beside the one it replaced (REVISED_PAIR)
    cols = CARRIERS.get((intent, wanted))
    return cols is None or any(c in r for r in rows for c in cols)


# A change of guidance asked ("How did X change its 2025 revenue guidance?") is answered by the
# outlook now stated beside the outlook it replaced (the extractor's "previous … outlook", read
# from "up from …" / "(previously …)"): the two values are the change, though neither row
# carries a change. Seen: probe24 p24-08-q05 (08b_akamai_q3_news: "now expects 2025 revenue of
# US$4.18 billion to US$4.21 billion, up from …") beside 08a's earlier range; the extractor reads
# the replaced range as its own rule does (README: "A guidance change keeps the range it replaced").
REVISED_PAIR = {
    "name": "guidance-change-as-pair",
    "asked": plain(r"\b(?:guidance|outlook|forecast)\b"),
    "previous": plain(r"\b(?:previous|prior|earlier|former|original)\b.*\b(?:outlook|guidance|forecast)\b"),
    "examples": ("How did Keel change its 2026 sales outlook in May?",),
}


def revised_pair(ql: str, rows: list[dict]) -> bool:
    """Whether a guidance change is asked and `rows` hold an outlook with the outlook it
    replaced (REVISED_PAIR) (pure)."""
    if not REVISED_PAIR["asked"].search(ql):
        return False
    prev = [r for r in rows if REVISED_PAIR["previous"].search(_s(r, "measure"))]
    now = [r for r in rows if OUTLOOK_MEASURE.search(_s(r, "measure")) and r not in prev]
    return bool(prev and now and any(_s(p, "doc") == _s(n, "doc") for p in prev for n in now))


# the columns that carry a company in the saved queries' rows
COMPANY_COLUMNS = ("affectedLabel", "targetEntityLabel", "partnerLabel", "competitorLabel", "holderLabel", "companyLabel",
                   "investorLabel", "stakeInLabel", "developerLabel", "imposedByLabel", "ownerLabel", "forLabel", "coHolderLabel")


def _another_company(rows: list[dict], hits) -> bool:
    """Whether some row names a company (in a company column) other than those the question names."""
    named = {norm(h.label) for h in hits} | {norm(h.matched) for h in hits}
    return any(norm(str(r[c].value)) not in named for r in rows for c in COMPANY_COLUMNS if r.get(c) is not None)


def mentions(rows: list[dict], name: str) -> bool:
    """Whether any row names `name` in a label or in the sentence it was read from."""
    n = norm(name)
    return bool(n) and any(n in norm(str(t.value)) for r in rows for t in r.values() if t is not None and hasattr(t, "value"))


# a currency code: a row's amount of money (not a count or a percentage)
MONEY_UNIT = re.compile(r"[A-Z]{3}")


# How the words of a narrowing and of a row are compared: a hyphenated compound as its parts
# ("data-centre" is named by "data centre"), a word that only ties a modifier to its measure left
# out ("AI-related revenue" is named by "AI revenue"), and spellings of one word as one.
NARROWING_WORDS = {
    "name": "narrowing-words",
    "tie": frozenset({"related", "linked", "driven", "based"}),
    "spellings": {"center": "centre", "centers": "centre", "centres": "centre", "datacenter": "data centre", "datacentre": "data centre",
                  "datacenters": "data centre", "datacentres": "data centre", "advertisement": "advertising", "ad": "advertising", "ads": "advertising",
                  "licence": "license", "licences": "license", "licensing": "license", "programme": "program", "programmes": "program",
                  # the initials of research and development, asked as "R&D" where the sentence spells it out
                  # (R&D asked: probe21 p21-04-q05, probe9 and probe10 "spend on R&D"; spelt out in the documents of
                  # probe21 04_technologyone, probe9 g08_netease, probe5 02_qualcomm, devset5 t06_wipro)
                  "r&d": "research development"},
    "examples": (("data-centre", "data center revenue"), ("AI-related", "AI revenue"), ("licensing", "licence and other revenue")),
}


def narrowing_words(text: str) -> set[str]:
    """The stems (question_frame.stems: "licensing" and "license" one) of `text` as a narrowing
    compares them (NARROWING_WORDS) (pure)."""
    from .question_frame import stems
    words = re.split(r"[\s/-]+", text.lower())
    return stems(" ".join(NARROWING_WORDS["spellings"].get(w, w) for w in words if w not in NARROWING_WORDS["tie"]))


def names_narrowing(row: dict, phrase: str, quote: bool = True, some: bool = False) -> bool:
    """Whether the row's labels or measure (and with `quote` its sentence) name every word of
    `phrase` (`some`: its measure names one of them) (pure)."""
    if some:
        return bool(narrowing_words(phrase) & narrowing_words(_s(row, "measure")))
    text = " ".join(str(t.value) for k, t in row.items() if type(t).__name__ == "Literal" and (quote or k != "quote"))   # (no IRI: a document's file name)
    return narrowing_words(phrase) <= narrowing_words(text)


# a measure that is a change of another ("revenue growth")
CHANGE_MEASURE = re.compile(r"\b(?:growth|change|increase|decrease|decline|rise|fall)\b", re.I)


def carries_narrowing(rows: list[dict], phrase: str, named: str = "all", change: bool = False) -> bool:
    """Whether some row answers a measure narrowed to `phrase` (question.NARROWED_MEASURE: "revenue
    from X", "spending on X"): its labels, measure or sentence name every word of the phrase
    (`named` "any": one of them), and a row with a figure has an amount of money (a count of AI
    use cases is no spending on AI). `named` "modifier" (question.MODIFIED_MEASURE, "cloud
    revenue"): every word in the row, or one in the row's own measure ("AI revenue" for "AI
    semiconductor revenue"), and a rate of its change is a figure of it when its measure says so
    or a `change` is asked ("how fast did cloud revenue grow"). Words are compared as NARROWING_WORDS reads them."""
    want = narrowing_words(phrase)
    for r in rows:
        figured = r.get("value") is not None or r.get("amount") is not None
        if figured and r.get("amount") is None and not MONEY_UNIT.fullmatch(_s(r, "unit")) \
                and not (named == "modifier" and (change or CHANGE_MEASURE.search(_s(r, "measure")))):
            continue
        have = narrowing_words(" ".join(str(t.value) for t in r.values() if type(t).__name__ == "Literal"))   # (no IRI: a document's file name)
        if want <= have or named == "any" and want & have or named == "modifier" and want & narrowing_words(_s(r, "measure")):
            return True
    return False
