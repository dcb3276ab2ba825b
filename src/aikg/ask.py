"""Plain-English questions -> (saved query, bound parameters) -> an answer with its evidence.

1. link the entities the question names (labels and aliases, fuzzy for typos);
2. score every saved query's intent by cue words and by similarity to its example questions;
3. run the best one with each linked entity in turn (a question may name several);
4. narrow the rows by what the question asks for (a measure, a period, a role, a market,
   an amount), and say `no_answer` when nothing is left rather than guess;
5. write the answer from the rows; quote the sentences they came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from .errors import AikgError
from .linking import Hit, label_index, norm
from .queries import catalogue
from .rdf import format_amount

MAX_ROWS = 40


@dataclass
class Answer:
    question: str
    status: str
    answer: str
    rows: list[dict] = field(default_factory=list)
    sparql: str = ""
    sources: list[dict] = field(default_factory=list)
    intent: str = ""
    suggestions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        d = {"question": self.question, "status": self.status, "answer": self.answer,
             "rows": self.rows, "sparql": self.sparql, "sources": self.sources}
        if self.intent:
            d["intent"] = self.intent
        if self.suggestions:
            d["suggestions"] = self.suggestions
        return d


# ------------------------------------------------------------------ intent cues
# (pattern, weight) per saved query; patterns run on the lower-cased question.
CUES: dict[str, list[tuple[str, float]]] = {
    "costs-by-segment": [(r"\bsegments?\b|\bdivisions?\b|\bcategory\b|\bunits?\b", 1.0),
                         (r"\b(?:include|includes|including|hold|holds|house|houses|contain|contains|sit|sits|booked?|books|put|puts|placed|inside|within|part\s+of|lumped|hidden|reports?\s+its|covers?|home\s+to|grouped|groups|makes|make|runs|run|operates|sells|produces|consists)\b", 1.5),
                         (r"\bwhich\s+(?:segment|division|unit)\b|\bwhat\s+(?:segment|division|unit)\b|\bin\s+which\s+segment\b", 1.5),
                         (r"\bcosts?\b.*\bsegments?\b|\bsegments?\b.*\bcosts?\b", 2.0),
                         (r"\bwhere\s+(?:does|do|did|is|are)\b.*\b(?:put|puts|book|books|booked|record|records|report|reports|hide|hides|hidden|sit|sits|classif\w*|account\w*)\b", 3.0)],
    "segments": [(r"\b(?:what|which|list)\s+(?:the\s+)?(?:segments|divisions|business\s+units|units)\b", 2.0),
                 (r"\bsegments\s+(?:does|do)\b|\breporting\s+structure\b", 1.5),
                 (r"\b(?:list|name|show)\b[^?]*\bsegments\b|['’]s\s+(?:reporting\s+)?segments\b|\bsegments\s+of\b", 2.5)],
    "investments": [(r"\binvest\w*|\bcommit\w*|\binject\w*|\bpledg\w*|\bstake\b|\bpa(?:y|id)\s+for\b|\bacqui\w*|\bspending\s+plan\b|\bbet\b", 2.5),
                    (r"\bannounc\w*", 0.8), (r"\bhow\s+much\s+will\b", 1.0),
                    (r"^(?!.*\b(?:capex|capital\s+expenditures?)\b).*\bplans?\s+to\s+(?:spend|invest)\b", 2.5),
                    (r"\btakeover\b|\boffer\s+for\b|\bbid\s+for\b|\bbuy(?:out|ing)?\b", 2.0),
                    (r"\bwill\b.*\bspend\b|\bhow\s+long\b.*\bspend", 2.5),
                    (r"\bover\s+how\s+many\s+years\b|\bover\s+what\s+(?:period|horizon|time)\b|\bhow\s+many\s+years\b", 2.0)],
    "restrictions": [(r"\brestrict\w*|\bexport\w*|\bsanction\w*|\bcontrols?\b|\bbans?\b|\bcurbs?\b|\bexport\s+licen[cs]\w*|\blicen[cs]ing\s+requirement\w*|\brequire\w*\s+(?:an?\s+)?(?:export\s+)?licen[cs]e|\bvalidated\s+end[- ]user|\bveu\b|\brevok\w*|\brules?\b|\bregulat\w*|\bblacklist\w*|\bentity\s+list\b|\b(?:which|what)\s+(?:[\w.-]+\s+){0,2}(?:list|blacklist|register)\b|\b(?:put|placed|added)\s+on\b", 2.5),
                     (r"\bchips?\b|\bsemiconductors?\b|\bgpus?\b", 1.5), (r"\bsupply\b|\baccess\b|\bin\s+doubt\b|\blimit\w*", 1.0)],
    "models": [(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}models?\b|\bmodels?\s+(?:is|are|does|do)\b", 1.5),
               (r"\bmodels?\b|\bllms?\b|\blarge\s+language\b|\bassistant\b|\bchatbot\b|\bapp\b|\bfoundation\b|\bmodel\s+family\b|\bcopilots?\b|\bai\s+agents?\b|\bagent(?:ic)?\s+platform\b|\bai\s+(?:platform|product|tool|service)s?\b", 2.0),
               (r"\bdevelop\w*|\brelease\w*|\blaunch\w*|\bupgrad\w*|\bbuil[dt]\b|\bmentioned\b|\bversions?\b|\bopen(?:ly)?[- ]?(?:source|licen[cs]ed)\b", 0.8)],
    "model-uses": [(r"\bpower(?:s|ed|ing)?\b|\bused\s+(?:for|in|to)\b|\buse\s+cases?\b|\bapplications?\b|\brun\s+on\b|\bwhat\s+does\s+\w+\s+do\b", 2.5)],
    "people": [(r"\bwho\b", 1.0), (r"\bceo\b|\bcfo\b|\bcoo\b|\bcto\b|\bchief\b|\bchair\w*|\bpresident\b|\bfound(?:er|ed|ers)\b|\bexecutives?\b|\bboss\b|\bhead(?:s|ed)?\b|\bleads?\b|\bleaders?\b|\bwho\s+runs\b|\bmanagement\b|\bdirector\b", 2.5)],
    "aliases": [(r"\bother\s+names?\b|\banother\s+name\b|\balso\s+known\b|\baka\b|\balias\w*|\bgo(?:es)?\s+by\b|\bknown\s+as\b|\bsame\s+(?:person|company|as)\b|\b(?:chinese|english|real|full|official)\s+name\b", 3.0), (r"\bcalled\b", 1.0)],
    "figures": [(r"\brevenues?\b|\bsales\b|\bincome\b|\bprofit\w*|\bloss(?:es)?\b|\blos[et]\b|\blosing\b|\bmargins?\b|\bcapex\b|\bcapital\s+expenditures?\b|\bexpenditures?\b|\bspen[dt]\b|\bspending\b|\bexpenses?\b|\bearn(?:ed|s|ings)?\b|\bgenerat(?:e|ed|es|ing)\b|\bearnings\b", 2.0),
                (r"\bgr[eo]w\w*|\bgrowth\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bincrease\w*|\bdecrease\w*|\bdecline\w*|\bjump\w*|\bmove[ds]?\b|\bchange[ds]?\b|\bhow\s+fast\b|\bpercentage\b|\bpercent\b|\byear[- ]on[- ]year\b|\byoy\b", 1.2),
                (r"\bhow\s+many\b(?!\s+years)|\bderivative\b", 2.5),
                (r"\bprices?\b|\bpricing\b|\bvaluation\b|\bvalued\b|\busers\b|\bsubscribers\b|\bobligations\b|\bbacklog\b|\brpo\b|\bcontract\s+value\b|\btcv\b|\bdeal\s+wins?\b|\bbookings\b|\border\s+(?:intake|book)\b|\bheadcount\b|\bemployees\b|\bdividends?\b|\bbuybacks?\b|\brepurchases?\b|\bcash\s+flow\b", 1.5),
                (r"\bhow\s+(?:much|many)\b|\bwhat\s+was\b|\bquarter\b|\bq[1-4]\b|\bfiscal\b|\bshares?\b|\bstock\b|\bguidance\b|\boutlook\b|\busers\b|\bderivative\b|\bpost(?:ed|s)?\b|\breport(?:ed|s)?\b", 0.8)],
    "market-shares": [(r"\bmarket\s+shares?\b|\bshares?\s+of\s+(?:the\s+)?(?:\w+\s+){0,5}market\b|\bmarket\b.*\bshare\b|\bshare\b.*\bmarket\b", 3.0),
                      (r"\bleads?\s+the\s+market\b|\bdominat\w*|\bmarket\s+leader\b", 1.5),
                      (r"\b(?:how\s+much|what\s+(?:portion|part|percentage|fraction|slice))\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}market\b", 3.0),
                      (r"\b(?:trail|trails|trailing|behind|ahead\s+of|leads?|ranks?|beats?|outpac\w*)\b.*\bmarket\b|\bmarket\b.*\b(?:trail\w*|behind|ahead|leads?)\b", 3.0)],
    "competitors": [(r"\bcompet\w*|\brivals?\b|\bpeers?\b|\bagainst\b|\bchallengers?\b", 3.0)],
    "targets": [(r"\btargets?\b|\bgoals?\b|\baims?\b|\bambitions?\b|\baspir\w*|\bobjective\b", 3.0)],
    "disclosure-gaps": [(r"\b(?:don't|do\s+not|doesn't|does\s+not|can't|cannot|couldn't|won't)\b.*\b(?:know|tell|see|determine|disclose|isolate|say)\b", 3.5),
                        (r"\bcannot\b|\bcan't\b|\bcan\s+not\b|\bunable\b|\bnot\s+(?:be\s+)?(?:determine|disclose|tell|know|see|isolate|assess)\w*|\bundisclosed\b|\bhidden\b|\bopaque\b|\bunknown\b|\bunclear\b|\bimpossible\b|\bunanswered\b|\bdisclosure\s+gaps?\b|\bdon't\s+know\b|\bdo\s+not\s+know\b|\bnot\s+broken\s+out\b|\bdoesn't\s+disclose\b|\bdoes\s+not\s+disclose\b", 3.5)],
    "initiatives": [(r"\bhub\b|\bdata\s+cent(?:er|re)s?\b|\bcampus\b|\bclusters?\b|\boffices?\b|\bexpan\w*|\bfacilit\w*", 2.0),
                    (r"\bwhere\b", 1.2), (r"\blaunch\w*|\bopen\w*|\bbuild\w*|\bsetting\s+up\b|\blocated\b", 0.8)],
    "sources": [(r"\bwhich\s+(?:documents?|articles?|sources?)\b|\bwhat\s+(?:documents?|articles?|sources?)\b|\bsources?\b|\bevidence\b|\bwho\s+(?:says|reports?|reported)\b|\bcited?\b|\bmention\w*", 2.0)],
    "conflicts": [(r"\bconflict\w*|\bdisagree\w*|\bcontradict\w*|\binconsisten\w*|\bdiffer\w*\s+(?:values|figures|numbers)", 3.5)],
    "documents": [(r"\b(?:list|which|what)\s+(?:the\s+)?(?:documents|articles|files)\b.*\b(?:ingested|in\s+the\s+graph|loaded|are\s+there|do\s+you\s+have)\b|\blist\s+(?:the\s+|all\s+)?(?:documents|articles)\b", 3.5)],
    "describe": [(r"\btell\s+me\s+about\b|\bdescribe\b|\bwhat\s+do\s+(?:we|you)\s+know\s+about\b|\boverview\s+of\b|\beverything\s+about\b", 3.0)],
}
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


@dataclass
class Intent:
    name: str
    score: float


def score_intents(question: str, strip: list[Hit]) -> list[Intent]:
    q = question.lower()
    cat = catalogue()
    qwords = _words(_remove_spans(question, strip))
    scores = []
    for name, sq in cat.items():
        s = 0.0
        for pat, w in CUES.get(name, []):
            if re.search(pat, q):
                s += w
        best = 0.0
        for ex in sq.examples:
            ew = _words(ex)
            if ew and qwords:
                best = max(best, len(ew & qwords) / len(ew | qwords))
        s += 1.5 * best
        scores.append(Intent(name, round(s, 4)))
    return sorted(scores, key=lambda i: (-i.score, i.name))


def _remove_spans(question: str, hits: list[Hit]) -> str:
    out = norm(question)
    for h in hits:
        out = out.replace(h.matched, " ")
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


def _dec(t) -> Decimal | None:
    if t is None:
        return None
    try:
        return Decimal(t.value)
    except (InvalidOperation, AttributeError):
        return None


def _date(t) -> date | None:
    try:
        return date.fromisoformat(t.value) if t is not None else None
    except ValueError:
        return None


def _undated(row: dict) -> bool:
    return not any(k in row for k in ("periodStart", "periodEnd", "periodLabel"))


def _overlaps(row: dict, periods) -> bool:
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s is None and e is None:
        return False
    s = s or e
    e = e or s
    for p in periods:
        ps, pe = p.start or p.end, p.end or p.start
        if s <= pe and ps <= e:
            return True
    return False


# ------------------------------------------------------------------ formatting
def _num(t) -> str:
    d = _dec(t)
    if d is None:
        return t.value if t is not None else ""
    text = format(d.normalize(), "f")
    if "." not in text and abs(d) >= 10000:
        text = f"{int(d):,}"
    return text


QUAL = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}


def _value_text(row: dict) -> str:
    unit = row["unit"].value if "unit" in row else ""
    q = QUAL.get(row["qualifier"].value, "") if "qualifier" in row else ""
    if "value" not in row:
        return ""
    v = _dec(row["value"])
    vmax = _dec(row.get("valueMax"))
    if unit == "percent":
        text = f"{_num(row['value'])}%"
    elif unit == "count":
        text = _num(row["value"])
    elif unit and v is not None:
        text = f"{unit} {format_amount(v)}"
        if vmax is not None:
            text = f"{unit} {format_amount(v)} to {format_amount(vmax)}"
    else:
        text = _num(row["value"])
    return q + text


def _change_text(row: dict) -> str:
    if "change" not in row:
        return ""
    sign = "-" if "direction" in row and row["direction"].value == "decrease" else "+"
    change = _num(row["change"])
    if change.startswith("-"):          # a signed change (loaded RDF) rather than a magnitude
        sign, change = "-", change[1:]
    q = QUAL.get(row["changeQualifier"].value, "") if "changeQualifier" in row else ""
    unit = " pp" if "changeUnit" in row and row["changeUnit"].value == "percentage_points" else "%"
    basis = " year on year" if "changeBasis" in row and row["changeBasis"].value == "yoy" else (
        " quarter on quarter" if "changeBasis" in row and row["changeBasis"].value == "qoq" else "")
    text = row["changeText"].value if "changeText" in row else ""
    if re.fullmatch(r"\d[\d.]*\s*%?\s*(?:-|–|to)\s*\d[\d.]*\s*%", text):   # a range: "1-3%"
        return f"{q}{sign}{text}{basis}"
    return f"{q}{sign}{change}{unit}{basis}"


def _horizon_text(h: str) -> str:
    m = re.fullmatch(r"P(\d+)Y", h or "")
    if m:
        n = int(m.group(1))
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}
        return f"{words.get(n, n)} years ({h})" if n != 1 else f"one year ({h})"
    m = re.fullmatch(r"P(\d+)M", h or "")
    if m:
        return f"{m.group(1)} months ({h})"
    return h


def _s(row, k) -> str:
    return row[k].value if k in row and row[k] is not None else ""


def render_row(intent: str, row: dict) -> str:
    if intent == "costs-by-segment":
        owner = f" ({_s(row, 'ownerLabel')})" if "ownerLabel" in row else ""
        return f"{_s(row, 'itemLabel')} sits in {_s(row, 'segmentLabel')}{owner}"
    if intent == "segments":
        return f"{_s(row, 'segmentLabel')} is a segment of {_s(row, 'ownerLabel')}"
    if intent == "investments":
        return ""  # grouped separately
    if intent == "restrictions":
        text = _s(row, "restrictionLabel")
        if "productLabel" in row:
            text += f" (product: {_s(row, 'productLabel')})"
        if "affectedLabel" in row:
            text += f"; affects {_s(row, 'affectedLabel')}"
        return text
    if intent == "models":
        text = _s(row, "modelLabel")
        if "familyLabel" in row:
            text += f" ({_s(row, 'familyLabel')} family)"
        if "developerLabel" in row:
            text += f", developed by {_s(row, 'developerLabel')}"
        return text
    if intent == "model-uses":
        return f"{_s(row, 'modelLabel')} powers {_s(row, 'applicationLabel')}"
    if intent == "people":
        org = f" of {_s(row, 'orgLabel')}" if "orgLabel" in row else ""
        al = f" (also {_s(row, 'aliases')})" if "aliases" in row and _s(row, "aliases") else ""
        return f"{_s(row, 'personLabel')}{al} is {_s(row, 'role')}{org}"
    if intent == "aliases":
        return f"{_s(row, 'alias')}"
    if intent == "figures":
        parts = [p for p in (_value_text(row), _change_text(row)) if p]
        eq = f" (= {_s(row, 'equivalent')})" if "equivalent" in row else ""
        per = f", {_s(row, 'periodLabel')}" if "periodLabel" in row else ""
        return f"{_s(row, 'subjectLabel')} {_s(row, 'measure')}: {', '.join(parts)}{eq}{per}"
    if intent == "market-shares":
        per = f" in {_s(row, 'periodLabel')}" if "periodLabel" in row else ""
        return f"{_s(row, 'holderLabel')} holds {_num(row['share'])}% of the {_s(row, 'market')}{per}"
    if intent == "competitors":
        reg = f" ({_s(row, 'region')})" if "region" in row else ""
        return f"{_s(row, 'competitorLabel')} competes with {_s(row, 'companyLabel')}{reg}"
    if intent == "targets":
        by = f" (set by {_s(row, 'setByLabel')})" if "setByLabel" in row else ""
        val = _value_text(row)
        hz = f" within {_horizon_text(_s(row, 'horizon'))}" if "horizon" in row else ""
        return f"{_s(row, 'companyLabel')}{by} targets {val} in {_s(row, 'measure')}{hz}"
    if intent == "disclosure-gaps":
        return f"cannot determine {_s(row, 'missing')}"
    if intent == "initiatives":
        loc = f" in {_s(row, 'locationLabel')}" if "locationLabel" in row else ""
        return f"{_s(row, 'companyLabel')}: {_s(row, 'description')}{loc}"
    if intent == "sources":
        return f"{_s(row, 'doc')}: {_s(row, 'quote')}"
    if intent == "conflicts":
        return f"{_s(row, 'factLabel')} ({_s(row, 'what')}): {_s(row, 'valueA')} in {_s(row, 'docA')} vs {_s(row, 'valueB')} in {_s(row, 'docB')}"
    if intent == "documents":
        return f"{_s(row, 'doc')}: {_s(row, 'title')}"
    if intent == "describe":
        return f"{_s(row, 'predicateLabel')}: {_s(row, 'valueLabel')}"
    return "; ".join(f"{k}={_s(row, k)}" for k in row)


def _investment_lines(rows: list[dict]) -> list[str]:
    by: dict[str, dict] = {}
    for r in rows:
        key = r["investment"].value
        d = by.setdefault(key, {"investor": _s(r, "investorLabel"), "amounts": [], "target": "", "horizon": "",
                                "announced": "", "stake": "", "docs": []})
        a = _s(r, "amountLabel")
        if a and a not in d["amounts"]:
            d["amounts"].append(a)
        d["target"] = d["target"] or _s(r, "target") or _s(r, "targetEntityLabel")
        d["horizon"] = d["horizon"] or _s(r, "horizon")
        d["announced"] = d["announced"] or _s(r, "announced")
        d["stake"] = d["stake"] or _s(r, "stake")
        if "doc" in r and _s(r, "doc") not in d["docs"]:
            d["docs"].append(_s(r, "doc"))
    lines = []
    for d in by.values():
        amts = d["amounts"]
        text = f"{d['investor']} invests {amts[0]}" if amts else f"{d['investor']} holds"
        if len(amts) > 1:
            text += " (reported as " + ", ".join(amts[1:]) + ")"
        if d["stake"]:
            text += f" for a {d['stake']}% stake" if amts else f" a {d['stake']}% stake"
        if d["target"]:
            text += f" in {d['target']}"
        if d["horizon"]:
            text += f" over {_horizon_text(d['horizon'])}"
        if d["announced"]:
            text += f", announced {d['announced']}"
        if d["docs"]:
            text += f" [sources: {', '.join(d['docs'])}]"
        lines.append(text)
    return lines


SKIP_COLS = {"quote", "ev", "docNode"}


def json_row(row: dict) -> dict:
    from .run import json_value
    out = {}
    for k, t in row.items():
        if k in SKIP_COLS:
            continue
        if isinstance(t, ox.NamedNode):
            continue  # IRIs are in the SPARQL results; rows keep the readable values
        out[k] = json_value(t)
    if "value" in row and ("unit" in row):
        out["value_text"] = _value_text(row)
    if "change" in row:
        out["change_text"] = _change_text(row)
    return out


# ------------------------------------------------------------------ the main entry
ENTITY_INTENTS = {"aliases", "sources", "describe"}
GENERIC_CAPS = {"Q1", "Q2", "Q3", "Q4", "AI", "CEO", "CFO", "COO", "CTO", "US", "U.S.", "What", "Which",
                "Who", "How", "When", "Where", "Why", "Is", "Are", "Did", "Does", "Do", "The", "In", "By",
                "FY", "H1", "H2", "I", "A", "Hong", "Kong", "Tell", "List", "Show", "Describe", "Can",
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "RMB", "USD", "EU", "UK", "GPU", "GPUs", "LLM", "LLMs",
                "API", "YoY", "Cloud", "Group", "Holdings", "Ltd", "Inc"}


def _unknown_names(question: str, hits: list[Hit]) -> list[str]:
    covered = " ".join(h.matched for h in hits)
    names = []
    for m in re.finditer(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", question):
        words = [w for w in m.group(1).split() if w.strip(".") not in GENERIC_CAPS]
        if not words:
            continue
        if m.start() == 0 and len(m.group(1).split()) == 1:
            continue
        name = " ".join(words)
        if norm(name) and norm(name) not in covered and not any(norm(w) in covered for w in words):
            names.append(name)
    return names


def answer(kg, question: str) -> Answer:
    q = " ".join(str(question).split())
    if not q or not re.search(r"[A-Za-z]{2,}", q):
        return Answer(question, "not_understood", "That is not a question I can read; ask in words, e.g. 'Which costs sit in which segment?'")
    if len(q) > 1000:
        return Answer(question, "not_understood", "The question is too long (over 1000 characters); ask one thing at a time.")
    store = kg.store
    idx = label_index(store)
    hits = idx.find_in(q)
    intents = score_intents(q, hits)
    top = intents[0]
    if top.score < 1.0:
        sugg = _suggest(intents)
        return Answer(question, "not_understood",
                      "I could not match this question to a saved query. Closest: " + "; ".join(sugg),
                      suggestions=sugg)
    intent = top.name
    if PROVENANCE.search(q) and intent == "sources":
        # "which documents report the 380 billion yuan investment?" -> the investment, with sources
        second = next((i for i in intents[1:] if i.score >= 1.5 and i.name not in ("sources", "documents")), None)
        if second is not None:
            intent = second.name
    first = _answer_intent(kg, question, q, intent, hits, intents)
    if first.status == "no_answer":
        runner = next((i for i in intents if i.name != intent), None)
        if runner and runner.score >= 2.0 and runner.score >= top.score - 1.0 and runner.name not in ("sources", "documents", "describe"):
            second = _answer_intent(kg, question, q, runner.name, hits, intents)
            if second.status == "answered":
                return second
    return first


def _suggest(intents: list[Intent]) -> list[str]:
    cat = catalogue()
    out = []
    for i in intents[:3]:
        sq = cat[i.name]
        ex = sq.examples[0] if sq.examples else sq.summary
        out.append(f"{i.name} (e.g. \"{ex}\")")
    return out


def _candidates(sq, hits: list[Hit]) -> list[tuple[str, Hit]]:
    """(param name, hit) pairs in the order to try them."""
    out = []
    for p in sq.params:
        if p.type != "entity":
            continue
        for h in hits:
            if not p.kinds or h.kind in p.kinds:
                out.append((p.name, h))
    return out


def _answer_intent(kg, question, q, intent, hits, intents) -> Answer:
    from .run import run_query
    cat = catalogue()
    sq = cat[intent]
    store = kg.store
    unknown = _unknown_names(q, hits)
    cands = _candidates(sq, hits)
    entity_params = [p for p in sq.params if p.type == "entity"]
    required = [p for p in entity_params if not p.optional]
    if required and not cands:
        what = unknown[0] if unknown else "the entity you named"
        return Answer(question, "no_answer", f"The documents say nothing about {what}.", intent=intent)
    if unknown and not cands and entity_params:
        # a name the graph has no entity for: look for it in the evidence of this kind of fact
        res = run_query(store, intent, {})
        name = unknown[0].lower()
        rows = [r for r in res.rows if name in _s(r, "quote").lower()]
        rows, _ = _narrow(intent, q, rows, hits)
        if not rows:
            return Answer(question, "no_answer", f"The documents say nothing about {unknown[0]}.", sparql=res.sparql, intent=intent)
        return _finish(question, q, intent, rows, res.sparql, store)

    runs: list[tuple[dict, str, list[dict]]] = []
    if intent == "costs-by-segment":
        # a named segment or item narrows more than the company does
        segs = [h for h in hits if h.kind == "Segment"]
        items = [h for h in hits if h.kind in ("CostItem",)]
        comps = [h for h in hits if h.kind == "Company"]
        plans = []
        if items and comps:
            plans += [{"company": ox.NamedNode(h.iri)} for h in comps]
        if items:
            plans += [{"item": ox.NamedNode(h.iri)} for h in items]
        elif segs and re.search(r"\b(?:include|includes|hold|holds|house|houses|contain|contains|inside|in\s+it|within)\b", q.lower()) and not re.search(r"\bwhich\s+segment\b", q.lower()):
            plans += [{"segment": ox.NamedNode(h.iri)} for h in segs]
        plans += [{"company": ox.NamedNode(h.iri)} for h in comps]
        plans.append({})
        named_items = [h for h in hits if h.kind not in ("Company", "Segment", "Country")]
        for params in plans:
            res = run_query(store, intent, params)
            rows = res.rows
            if rows and params == {} and (comps or segs):
                continue
            if rows:
                runs.append((params, res.sparql, rows))
                break
    else:
        tried = set()
        groups: list[list[tuple[str, Hit]]] = []
        if intent in ("market-shares", "people", "figures", "competitors") and len([c for c in cands if c[0] == cands[0][0]]) > 1:
            groups = [[c] for c in cands]  # union over the named entities
        else:
            groups = [[c] for c in cands]
        if not entity_params or not cands:
            groups = [[]]
        if intent == "market-shares" and re.search(r"\bwho\b|\bwhich\s+(?:companies|firms|providers|players|rivals)\b|\btrail|\bbehind\b|\bahead\b|\blead|\brank", q.lower()):
            groups = [[]]  # the whole market, not one holder
        for g in groups:
            params = {name: ox.NamedNode(h.iri) for name, h in g}
            key = tuple(sorted((k, v.value) for k, v in params.items()))
            if key in tried:
                continue
            tried.add(key)
            res = run_query(store, intent, params)
            if res.rows:
                runs.append((params, res.sparql, res.rows))
                if intent not in ("market-shares", "people", "competitors") or len(cands) <= 1:
                    if intent not in ("figures",):
                        break
    rows = [r for _, _, rs in runs for r in rs]
    sparql = runs[0][1] if runs else run_query_text(store, intent, cands)
    scope = ""
    comp_hit = next((h for _, h in cands), None)
    if comp_hit:
        scope = f" for {comp_hit.label}"

    rows, why = _narrow(intent, q, rows, hits)
    if not rows:
        reason = why or sq.answer_none
        reason = reason.replace("{scope}", scope).replace("{entityName}", comp_hit.label if comp_hit else "it")
        roles = sorted({name for pat, name in ROLE_WORDS if re.search(pat, q.lower())})
        mm = next((re.search(pat, q.lower()) for pat, _ in MEASURES if re.search(pat, q.lower())), None)
        if intent == "people" and roles and comp_hit and not why:
            reason = f"The documents name no {' or '.join(roles)} of {comp_hit.label}."
        reason = reason.replace("{roleWanted}", " or ".join(roles) or "such person")
        reason = reason.replace("{measureWanted}", mm.group(0) if mm else "such figure")
        return Answer(question, "no_answer", reason, sparql=sparql, intent=intent)

    return _finish(question, q, intent, rows, sparql, store)


def _finish(question, q, intent, rows, sparql, store=None) -> Answer:
    # provenance questions answer with the documents
    if PROVENANCE.search(q) and intent not in ("sources", "documents"):
        docs = sorted({_s(r, "doc") for r in rows if "doc" in r})
        if store is not None:  # a row carries one document; every document of the facts shown
            from .run import fact_sources
            docs = sorted({d for _, d, _ in fact_sources(store, rows)} | set(docs))
        lines = _lines(intent, rows)
        text = f"Reported by {len(docs)} document(s): {', '.join(docs)}. " + (lines[0] if lines else "")
    else:
        lines = _lines(intent, rows)
        text = "; ".join(lines)
    if len(text) > 1100:
        text = text[:1090].rsplit(";", 1)[0] + "; …"
    sources, seen = [], set()
    for r in rows:
        if "doc" in r and "quote" in r:
            k = (_s(r, "doc"), _s(r, "quote"))
            if k not in seen:
                seen.add(k)
                sources.append({"document": k[0], "quote": k[1]})
    jrows, seen_rows = [], set()
    for r in rows:
        jr = json_row(r)
        key = repr(sorted(jr.items()))
        if key not in seen_rows:
            seen_rows.add(key)
            jrows.append(jr)
    return Answer(question, "answered", text, rows=jrows[:MAX_ROWS], sparql=sparql,
                  sources=sources[:20], intent=intent)


def run_query_text(store, intent, cands) -> str:
    from .run import prepare
    try:
        return prepare(store, intent, {})[0]
    except AikgError:
        return ""


def _lines(intent: str, rows: list[dict]) -> list[str]:
    if intent == "investments":
        return _investment_lines(rows)
    out = []
    for r in rows:
        line = render_row(intent, r)
        if line and line not in out:
            out.append(line)
    if intent == "aliases" and rows:
        label = _s(rows[0], "entityLabel")
        others = [x for x in out if x != label]
        return [f"{label} is also called {', '.join(others)}" if others else f"{label} has no other names in the documents"]
    return out[:25]


def _narrow(intent: str, q: str, rows: list[dict], hits: list[Hit]) -> tuple[list[dict], str]:
    """Keep the rows that answer what the question asks for; explain when none do."""
    ql = q.lower()
    if not rows:
        return rows, ""
    if intent == "people":
        wanted = {name for pat, name in ROLE_WORDS if re.search(pat, ql)}
        if wanted:
            ok = set()
            for w in wanted:
                ok |= ROLE_EQUIV.get(w, {w})
            kept = [r for r in rows if _s(r, "role") in ok]
            if not kept:
                org = next((h.label for h in hits if h.kind in ("Company", "Segment", "Organization")), None)
                role = " or ".join(sorted(wanted))
                return [], f"The documents name no {role}" + (f" of {org}." if org else ".")
            # people who match several of the wanted roles first
            if len(wanted) > 1:
                score: dict[str, int] = {}
                for r in kept:
                    score[_s(r, "personLabel")] = score.get(_s(r, "personLabel"), 0) + 1
                top = max(score.values())
                kept = [r for r in kept if score[_s(r, "personLabel")] == top] or kept
            rows = kept
        return rows, ""
    if intent == "figures":
        # a period named in the question keeps the rows of that period and the undated ones (a
        # figure whose sentence gave no period may still be the one asked for); undated rows
        # are dropped again below if a dated row of the wanted measure survives
        qp = _question_periods(q)
        if qp:
            kept = [r for r in rows if _overlaps(r, qp) or _undated(r)]
            rows = kept or rows
        fy = re.search(r"\b(?:fiscal(?:\s+year)?\s*|fy\s*)((?:19|20)\d\d)\b", ql)
        if fy and not re.search(r"\bquarter\b|\bq[1-4]\b|\bhalf\b|\bmonths\b", ql):
            kept = [r for r in rows if fy.group(1) in _s(r, "periodLabel") or _undated(r)]
            rows = kept or rows
        wanted = []
        for pat, stems in MEASURES:
            if re.search(pat, ql):
                wanted.append(stems)
                ql_cut = re.sub(pat, " ", ql)
        if wanted:
            first = wanted[0]
            kept = [r for r in rows if any(s in _s(r, "measure").lower() for s in first)]
            if not kept:
                for stems in wanted[1:]:
                    kept = [r for r in rows if any(s in _s(r, "measure").lower() for s in stems)]
                    if kept:
                        break
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                m = re.search(MEASURES[[s for _, s in MEASURES].index(first)][0], ql)
                what = m.group(0) if m else "such figure"
                return [], f"The documents state no {what}" + (f" for {subj}." if subj else ".")
            rows = kept
        if (qp or fy) and any(not _undated(r) for r in rows):
            rows = [r for r in rows if not _undated(r)]
        amounts = _question_amounts(q)
        if amounts:
            kept = [r for r in rows if _dec(r.get("value")) in amounts]
            rows = kept or rows
        # measure modifiers named in the question ("international e-commerce", "total", "adjusted")
        qwords = _words(q) - {"revenue", "growth", "grow", "much", "fast", "rise", "percentage"}
        for h in hits:
            qwords -= _words(h.label) | _words(h.matched)
        if qwords:
            def overlap(r):
                mw = _words(_s(r, "measure"))
                hit = len(mw & qwords)
                return hit - 0.1 * len(mw - qwords) if hit else 0
            best = max(overlap(r) for r in rows)
            if best > 0:
                rows = [r for r in rows if overlap(r) == best]
        if GROWTH.search(q):
            kept = [r for r in rows if "change" in r]
            rows = kept or rows
        return rows, ""
    if intent == "market-shares":
        for word, pat in (("global", r"\bglobal\b|\bworld\w*"), ("china", r"\bchina\b|\bchinese\b")):
            if re.search(pat, ql):
                kept = [r for r in rows if word in _s(r, "market").lower()]
                rows = kept or rows
        return rows, ""
    if intent == "competitors":
        if re.search(r"\bglobal(?:ly)?\b|\bworldwide\b|\binternational(?:ly)?\b", ql):
            kept = [r for r in rows if _s(r, "region") == "global"]
            return (kept or rows), ""
        m = re.search(r"\b(?:in|inside|within)\s+([a-z]+)", ql)
        if m and m.group(1) not in ("the", "a"):
            reg = m.group(1)
            kept = [r for r in rows if reg in _s(r, "region").lower() or _s(r, "region") in ("domestic",)]
            rows = kept or rows
        return rows, ""
    if intent == "investments":
        amounts = _question_amounts(q)
        if not amounts:
            nums = [Decimal(x.replace(",", "")) for x in re.findall(r"\b\d[\d,]*(?:\.\d+)?\b", q)]
            scaled = []
            for n in nums:
                scaled += [n, n * 10 ** 6, n * 10 ** 9]
            amounts = scaled
        if amounts:
            keep_inv = {r["investment"].value for r in rows if _dec(r.get("amount")) in amounts}
            if keep_inv:
                rows = [r for r in rows if r["investment"].value in keep_inv]
        named = [h for h in hits if h.kind in ("Company", "Segment") ]
        if len(named) > 1:
            kept = [r for r in rows if any(h.label in (_s(r, "targetEntityLabel"), _s(r, "investorLabel")) for h in named[1:])]
            rows = kept or rows
        return rows, ""
    if intent == "costs-by-segment":
        items = [h for h in hits if h.kind not in ("Company", "Segment", "Country")]
        if items:
            kept = [r for r in rows if any(h.label == _s(r, "itemLabel") for h in items)]
            if not kept:  # the company's own wording: "food delivery" vs "food-delivery service"
                kept = [r for r in rows if any(_words(h.label) <= _words(_s(r, "itemLabel")) for h in items)]
            if kept:
                segs = {r["segment"].value for r in kept}
                rows = [r for r in rows if r["segment"].value in segs] if len(items) > 1 else kept
        return rows, ""
    if intent == "restrictions":
        return rows, ""
    return rows, ""
