"""The vocabulary a question is read with: roles, measures, growth words, the periods and amounts
it names. Pure functions of the question text."""
from __future__ import annotations

import re
from decimal import Decimal

PROVENANCE = re.compile(r"\b(?:which|what)\s+(?:documents?|articles?|sources?|reports?)\b|\bwho\s+(?:says|reports?|reported)\b|\bwhere\s+(?:does|did)\s+.*\bcome\s+from\b|\bsources?\s+for\b", re.I)

ROLE_WORDS = [
    (r"\bceo\b|\bchief\s+executive\b|\bboss\b|\bwho\s+runs\s+(?!the\b)", "CEO"),
    (r"\bcfo\b|\bchief\s+financial\b|\bfinance\s+chief\b", "CFO"),
    (r"\bcoo\b|\bchief\s+operating\b", "COO"),
    (r"\bcto\b|\bchief\s+technology\b", "CTO"),
    (r"\bvice\s+chair\w*", "vice chairman"),
    (r"\bchair\w*", "chairman"),
    (r"\bvice\s+president\b", "vice president"),
    (r"(?<!vice\s)\bpresident\b", "president"),
    (r"\bco-?found\w*|\bfound(?:er|ed|ers)\b", "founder"),
    (r"\blead(?:s|er|ers|ing)?\b|\bheads?\b|\bhelps\s+lead\b", "leader"),
]
ROLE_EQUIV = {"founder": {"founder", "co-founder"}, "leader": {"leader", "head"}}

MEASURES = [  # question words -> measure stems a row's measure must contain (any)
    (r"\bcapex\b|\bcapital\s+expenditures?\b|\bcapital\s+spending\b|\binfrastructure\s+spending\b", ["capex", "capital expenditure"]),
    (r"\boperating\s+margins?\b|\bmargins?\b", ["margin"]),
    (r"\boperating\s+(?:income|profit)\b", ["operating income", "operating profit"]),
    (r"\bnet\s+income\b|\bnet\s+profit\b", ["net income", "net profit"]),
    (r"\b(?:operating\s+|adjusted\s+|net\s+)?loss(?:es)?\b|\blos[et]\b|\blosing\b", ["loss"]),
    (r"\bprofit\w*\b", ["profit", "income"]),
    (r"\brevenues?\b|\bsales\b|\bturnover\b|\btop\s+line\b|\bincome\b", ["revenue", "sales", "income"]),
    (r"\bshares?\s+(?:move|moved|rise|rose|fall|fell|jump\w*|surg\w*|react\w*|do|did|perform\w*)|\bshare\s+price\b|\bstock\b|\bhong\s+kong-listed\s+shares\b|\blisted\s+shares\b", ["share price"]),
    (r"\br&d\b|\bresearch\s+and\s+development\b", ["research and development", "r&d"]),
    (r"\bexpenses\b|\bcosts\b", ["expense", "cost"]),
    (r"\bspend(?:ing)?\b|\bspent\b", ["spending", "capex", "capital expenditure", "expense"]),
    (r"\busers\b|\bpeople\b", ["users", "people"]),
    (r"\bderivative\s+models\b|\bderivatives\b", ["derivative"]),
    (r"\bprices?\b|\bpricing\b", ["price"]),
    (r"\bremaining\s+performance\s+obligations?\b|\brpo\b|\bbacklog\b", ["remaining performance", "rpo", "backlog"]),
    (r"\bvaluation\b|\bvalued\b|\bworth\b", ["valuation", "market value"]),
    (r"\bcontract\s+value\b|\btcv\b|\bdeal\s+wins?\b|\bbookings\b", ["contract value", "tcv", "deal", "bookings"]),
    (r"\bfree\s+cash\s+flow\b|\bcash\s+flow\b", ["cash flow"]),
    (r"\bheadcount\b|\bemployees\b|\bstaff\b", ["headcount", "employees", "staff"]),
    (r"\bearnings\s+per\s+share\b|\beps\b", ["earnings per share"]),
]
SYNONYMS = {"guidance": "outlook", "forecast": "outlook", "plan": "outlook", "expect": "outlook", "expects": "outlook",
            "rpo": "remaining performance obligation", "capex": "capital expenditure",
            "ecommerce": "e-commerce", "shares": "share", "listed": "listed"}
GROWTH = re.compile(r"\bgr[eo]w\w*|\bgrowth\b|\bhow\s+fast\b|\bincrease\w*|\brise\b|\brose\b|\bby\s+what\s+percentage\b|\bpercentage\b|\bjump\w*|\bchange\w*|\bmove\w*|\bfell\b|\bfall\b|\bdecline\w*|\bdrop\w*", re.I)
STOPWORDS = set("""a an the of in on for and to is are was were be been what which who whom how much many did does do
its it's it their there this that these those by with at from as about into over than then so if or not no
will would could should can has have had any some all per year quarter company group""".split())


def _words(text: str) -> set[str]:
    ws = re.findall(r"[a-z0-9][a-z0-9&'-]*", text.lower())
    out = set()
    for w in ws:
        w = w.replace("'s", "")
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



# ------------------------------------------------------------------ question values
def _question_periods(question: str):
    from .extract import values as v
    try:
        return [p for p in v.find_periods(question, None) if p.start or p.end]
    except Exception:
        return []


def _question_amounts(question: str) -> list[Decimal]:
    from .extract import values as v
    try:
        return [m.value for m in v.find_money(question)]
    except Exception:
        return []


