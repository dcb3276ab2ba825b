"""Questions about a deal's terms ("How much is X paying per Y share?", "What premium …?", "What
multiple …?", "When is the deal expected to close?"), answered from the typed deal terms
(kg:DealTerm, extract/deals.py, saved query `deals`) of a company the question names, buyer or
bought.

The lane is tried before the typed intents (ask.py) and answers only when the question names a
term (`ASKED`, one record per term with its question words) and the graph holds that term for a
company it names; else the question goes on as before. Where the question also names what a
premium is over or a multiple is of ("over the 3 month VWAP", "EV/EBITDA"), only the terms of
that base answer when some do. Pure functions but `rows`' query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .pattern_cache import plain
from .wording import _s


INTENT = "deals"   # the saved query; asked through this lane only (its rows picked by the term asked), never as a listing


@dataclass(frozen=True)
class AskedTerm:
    """A deal term asked: the question words that ask it, the stored terms that answer it (in
    order of preference: the first term with rows answers), invented examples."""
    name: str
    words: str
    terms: tuple[str, ...]
    examples: tuple[str, ...] = ()
    also: tuple[str, ...] = ()   # terms answering with the first ("plus up to $X of earn-out")
    agreement: bool = False   # a term of an agreement (lease, contract, loan, joint venture): asked when the question names one


ASKED: tuple[AskedTerm, ...] = (
    AskedTerm("premium", r"\bpremium\b", ("premium",),
              ("What premium does Pellmark's bid carry?", "whats the premium over the 30 day VWAP?")),
    AskedTerm("multiple", r"\bmultiples?\b|\bEV\s*/\s*\w+|\b(?:times|x)\s+(?:revenue|sales|ebitda|earnings|arr)\b", ("multiple",),
              ("What EV/EBITDA multiple does the Norvane buyout imply?", "At what multiple of revenue is Quillon being sold?")),
    AskedTerm("break fee", r"\bbreak(?:-up)?\s+fee\b|\btermination\s+fee\b", ("break fee",),
              ("How big is the termination fee in the Norvane deal?",)),
    AskedTerm("enterprise value", r"\benterprise\s+value\b|\bEV\b(?!\s*[/-])", ("enterprise value",),
              ("What enterprise value does the sale put on Quillon?",)),
    AskedTerm("equity value", r"\bequity\s+value\b|\bvalue\s+(?:does\s+|will\s+|did\s+)?(?:[\w'’-]+\s+){0,3}?(?:offer|bid|deal|transaction)\s+(?:put|puts|place|places|give|gives)\b|\b(?:offer|bid|deal)\s+values?\b",
              ("equity value", "consideration"),
              ("What value does the offer put on Norvane's shares?",)),
    AskedTerm("price per share", r"\bper\s+(?:[\w'’.-]+\s+){0,2}share\b|\bfor\s+each\s+(?:[\w'’.-]+\s+){0,2}share\b|\boffer\s+price\b",
              ("price per share",),
              ("How much is Pellmark paying per Norvane share?", "What will Quillon holders get for each share?")),
    AskedTerm("exchange ratio", r"\bper\s+(?:[\w'’.-]+\s+){0,2}share\b|\bfor\s+each\s+(?:[\w'’.-]+\s+){0,2}share\b|\bexchange\s+ratio\b|\bshares?\s+(?:swap|exchange)\b",
              ("exchange ratio",),
              ("How many Halvard shares do Quorra holders get for each share?", "What is the exchange ratio in the Quorra merger?")),
    AskedTerm("financing", r"\bfinanc\w*|\bfunded\b|\b(?:term\s+)?loan\b|\bdebt\s+facility\b", ("financing", "loan amount"),
              ("How is the Norvane takeover financed?", "What are the terms of the Harrow construction loan?"), also=("interest rate",)),
    AskedTerm("expected close", r"\bexpected\s+to\s+(?:close|complete)\b|\b(?:close|closing|complete|completion)\b", ("expected close",),
              ("When is the Quillon deal expected to close?", "When will the acquisition complete?")),
    AskedTerm("conditions", r"\bapprovals?\b|\bconditions?\b|\bclearances?\b", ("conditions",),
              ("Which approvals does the merger still need?",)),
    AskedTerm("price", r"\bhow\s+much\b.*\b(?:pay|paying|paid|pays|offer(?:ing|ed)?|bid(?:ding)?)\b|"
              r"\bwhat\s+(?:did|does|will|is|has)\s+(?:[\w'’.&-]+\s+){1,5}?(?:pay|paying|paid)\s+for\b|\bwhat\s+(?:price|consideration)\b.*\b(?:pay|paying|paid|pays|for)\b",
              ("consideration", "equity value", "price per share"),
              ("How much is Orvane paying for Tessaly?", "What did Orvane pay for Tessaly Labs?", "What price is Orvane paying for Tessaly?"),
              also=("earn-out",)),
    # (issue45d) the target board's opinion on a tender offer (extract/deals.py board-opinion)
    AskedTerm("board opinion", r"\brecommend\w*|\bsupport\w*|\bopinion\b|\bboard\b.*\b(?:think|view|position|stance)\b", ("board opinion",),
              ("Does the Quillon board recommend that holders tender their shares?", "What opinion did Norvane's board express on the bid?")),
    AskedTerm("seller", r"\bfrom\s+whom\b|\bseller\b|\bwho\s+(?:sold|sells|is\s+selling)\b|\bbought\s+from\b", ("seller",),
              ("What stake did Pellmark buy in Quorra, from whom, and what did it pay?",), also=("stake", "consideration")),
    # an agreement's terms (extract/agreements.py): asked only of a question that names an agreement (AGREEMENT_ASKED)
    AskedTerm("counterparty", r"\b(?:tenant|lessee|lessor|landlord|counterparty|counter-party|lenders?|partners?|customer|client|buyer|acquirer)\b|"
              r"\bwho\s+(?:leases|rents|signed|awarded|is\s+(?:leasing|renting|buying|acquiring)|buys|bought|will\s+buy|lent|lends|provided|provides|arranged)\b|\bwith\s+whom\b|\bsold\s+to\s+whom\b",
              ("counterparty",),
              ("Who is the tenant in Pellmark's Harrow lease?", "Who is Orvane's partner in the joint venture?"), agreement=True),
    AskedTerm("term", r"\bhow\s+long\b|\bterm\b|\bduration\b|\bhow\s+many\s+(?:years|months)\b|\bfor\s+how\s+long\b|\buntil\s+when\b", ("term", "end"),
              ("How long is the Quillon lease?", "HARROW lease: how many MW and for how long?"), also=("end",), agreement=True),
    AskedTerm("start", r"\b(?:start|starts|begin|begins|commence|commences|commencement|effective)\b", ("start",),
              ("When does the Quillon lease start?",), agreement=True),
    AskedTerm("capacity", r"\bMW\b|\bmegawatts?\b|\bGW\b|\bgigawatts?\b|\bcapacity\b|\bhow\s+(?:big|large)\b", ("capacity",),
              ("How many MW does Quorra lease?",), agreement=True),
    AskedTerm("value", r"\bworth\b|\bvalue\b|\bvalued\b|\brent\b|\bhow\s+much\b|\bconsideration\b|\bcontract\s+revenue\b|\bprice\b|"
              r"\bhow\s+(?:big|large)\b|\bsize\b", ("value",),
              ("What is the Orvane contract worth?", "What is the aggregate base rent over the lease's term?"), agreement=True),
    # (issue45d) what a buyback has spent (extract/agreements.py "amount bought back"), not the size it may reach
    AskedTerm("amount bought back", r"\bspen[dt]\b|\bbought\s+back\b|\brepurchased\b|\bcompleted\b|\bexecuted\b|\bso\s+far\b",
              ("amount bought back",), ("How much has Orvane spent on buybacks so far?", "How much did Quillon's completed repurchase programme cost?"),
              agreement=True),
    AskedTerm("rent", r"^(?!.*\b(?:aggregate|total)\b).*\brent(?:al)?s?\b", ("annual rent",), ("What annual rent will Quorra pay Orvane?",), agreement=True),
    AskedTerm("interest rate", r"\binterest\b|\brates?\b|\bmargin\b|\bspread\b|\bcoupon\b|\bpriced\b|\bSOFR\b", ("interest rate",),
              ("What interest rate does Orvane pay on its term loan?", "What is the margin over SOFR on the Harrow facility?"), agreement=True),
    AskedTerm("maturity", r"\bmatur\w*|\bwhen\s+(?:is|are)\s+(?:it|they|the\s+\w+)\s+due\b|\brepaid\b", ("maturity",),
              ("When does Orvane's term loan mature?",), agreement=True),
    AskedTerm("minimum purchases", r"\bminimum\s+(?:annual\s+)?(?:purchase|order|offtake)|\bpurchase\s+commitment", ("minimum purchases",),
              ("What minimum purchases has Quorra committed to under the supply agreement?",), also=("term",), agreement=True),
    AskedTerm("stake", r"\bstakes?\b|\bper\s*cent\b|\bpercent(?:age)?\b|\bhow\s+much\s+of\b|\bshare\s+of\b", ("stake",),
              ("What stake will Orvane hold in the joint venture?",), agreement=True),
    AskedTerm("purpose", r"\bpurpose\b|\bwhat\s+(?:is|was|are)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|agreement|joint\s+venture|JV|contract|alliance|collaboration)s?\s+for\b|\bto\s+do\s+what\b",
              ("purpose",), ("What is the Orvane-Tessaly partnership for?",), agreement=True),
)
# a question is about an agreement when it names one (else a "term", a "value" or a "partner" may be another's)
AGREEMENT_ASKED = plain(r"\b(?:leases?|leased|leasing|tenants?|landlord|lessee|lessor|rent|contracts?|agreements?|loans?|facility|lent|lenders?|"
                        r"joint[\s-]venture|JV|venture|partnerships?|partners?|alliance|collaboration|sale|sell\w*|sold|divest\w*|disposal|buying|buyer|acquirer|"
                        r"buy-?backs?|repurchase\w*|minimum\s+(?:annual\s+)?(?:purchases?|order|offtake)|purchase\s+commitments?)\b", re.I)
# a question is about a deal when it names one of these (else a "premium" or a "multiple" may be another's)
DEAL_ASKED = plain(r"\b(?:deal|offer|bid|tender|takeover|acquisition|acquir\w*|buy\w*|bought|purchase|merger|combination|transaction|"
                   r"buyout|take-private|pay\w*|paid|sale|sell\w*|sold|per\s+(?:[\w'’.-]+\s+){0,2}share|vwap|premium|multiple|"
                   r"break(?:-up)?\s+fee|termination\s+fee)\b", re.I)
# a figure per share that is no deal's: a dividend, earnings, a buyback
NOT_DEAL_ASKED = plain(r"\b(?:dividends?|earnings|EPS|payout|buy-?backs?|repurchas\w*)\b", re.I)
# the size of an agreement asked in so many words ("how big", "size", "up to", "may … buy back")
SIZE_ASKED = plain(r"\bhow\s+(?:big|large)\b|\bsize\b|\bup\s+to\b|\bmay\b|\bauthori[sz]\w*|\bworth\b", re.I)
_COMPILED = tuple((a, plain(a.words, re.I)) for a in ASKED)
# words of a base a question may name, folded to the words a stored base uses
_BASE_WORDS = {"vwap": ("volume-weighted", "vwap"), "volume-weighted": ("volume-weighted", "vwap"),
               "closing": ("closing",), "undisturbed": ("undisturbed",), "ebitda": ("ebitda",), "revenue": ("revenue", "sales"),
               "sales": ("revenue", "sales"), "arr": ("arr", "recurring"), "recurring": ("arr", "recurring"),
               "earnings": ("earnings",), "consensus": ("consensus",), "adjusted": ("adjusted",),
               "loan": ("loan",), "bridge": ("bridge",), "bonds": ("bond",), "notes": ("notes",)}
_NUM_WORDS = {"one": "1", "two": "2", "three": "3", "six": "6", "twelve": "12", "thirty": "30"}


# capitalised words of a deal question that are its vocabulary, not a party's name
TERM_CAPS = frozenset({"VWAP", "EV", "EBITDA", "EBIT", "ARR", "FY", "EPS", "M&A", "LBO", "PE", "TOB", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
                       "MW", "GW", "JV", "HQ", "TCV", "SOFR"})


# (issue45d) a month a question names is a date, no party: "kanemori TOB premium vs the Nov 11 close?" (probe33 p33-01-q02)
_MONTH = plain(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)", re.I)


def other_names(names: list[str]) -> list[str]:
    """The names a question says that the graph does not know, less the deal vocabulary and dates (pure)."""
    return [n for n in names if not all(w.strip(".,'’s") in TERM_CAPS or re.fullmatch(r"(?:FY)?\d{2,4}", w.strip(".,"))
                                        or _MONTH.fullmatch(w.strip(".,")) for w in re.split(r"[\s/-]+", n) if w)]


def unnamed_party(names: list[str], rows: list[dict], context: list[dict] = ()) -> bool:
    """A name the question says (that the graph does not know) is no part of the rows' target or
    buyer: "How much will X pay for ABB's robotics business?" asks of another deal than X's (pure).
    An agreement's counterparty and its sentence count too ("Orvane's Harrow lease": a place the
    lease's sentence names; "the lease in Dunmore", named nowhere, is another lease)."""
    parties = " ".join(_s(r, "targetLabel") + " " + _s(r, "buyerLabel") + " " + _s(r, "counterpartyLabel") + " "
                       + _s(r, "counterpartyOnly") for r in rows).lower()
    # (an agreement's: the sentences of the same party's agreement of that kind, the opening one among them)
    kinds = {(_s(r, "targetLabel"), _s(r, "kind")) for r in rows if _s(r, "kind")}
    if kinds:   # (every word of the name in them: "HUT River Bend" of "Hut 8 … River Bend campus")
        quotes = " ".join(_s(r, "quote") for r in list(rows) + list(context) if (_s(r, "targetLabel"), _s(r, "kind")) in kinds).lower()
        words = set(re.findall(r"[\w'’-]+", parties + " " + quotes))
        words |= {p for w in words if "-" in w for p in w.split("-")}   # ("Venlo" of "Venlo-Trade Port")
        return any(not all(w in words for w in re.findall(r"[\w'’-]+", n.lower())) for n in names)
    return any(n.lower() not in parties for n in names)


def asked(question: str) -> tuple[AskedTerm, ...]:
    """The deal terms a question asks for (none unless it speaks of a deal)."""
    deal = bool(DEAL_ASKED.search(question)) and not NOT_DEAL_ASKED.search(question)
    agreement = bool(AGREEMENT_ASKED.search(question))
    if not (deal or agreement):
        return ()
    got = tuple(a for a, rx in _COMPILED if (agreement if a.agreement else (deal or (agreement and a.name == "financing")))
                and rx.search(question))
    # "how much … paying per share": the price per share, not the whole price
    if any(a.name == "price per share" for a in got):
        got = tuple(a for a in got if a.name != "price")
    # "how much did X spend on buybacks": the amount bought back, not the programme's size (unless that is asked too:
    # "How big is cBrain's share buyback programme and how much had been spent on it", probe32 p32-02-q07)
    if any(a.name == "amount bought back" for a in got) and not SIZE_ASKED.search(question):
        got = tuple(a for a in got if a.name != "value")
    return got


def _base_words(text: str) -> set[str]:
    low = text.lower()
    for w, n in _NUM_WORDS.items():
        low = re.sub(rf"\b{w}\b", n, low)
    low = re.sub(r"(\d+)\s*-?\s*(month|day|week|year)s?\b", r"\1-\2", low)
    words = set(re.findall(r"[\w-]+", low))
    out = {x for w in words for x in _BASE_WORDS.get(w, ())}
    out |= {w for w in words if re.fullmatch(r"\d+-(?:month|day|week|year)", w)}
    return out


# the kind of agreement a question names (extract/agreements.py kinds): its rows answer, when it has some
KIND_ASKED = tuple((k, plain(w, re.I)) for k, w in (
    ("lease", r"\b(?:leases?|leased|leasing|tenants?|landlord|lessee|lessor|rent)\b"),
    ("buyback", r"\b(?:buy-?backs?|repurchase\w*)\b"),
    ("sale", r"\b(?:sale|sell\w*|sold|divest\w*|disposal|buying|buyer|acquirer)\b"),
    ("loan", r"\b(?:loans?|facility|lenders?|lent|borrow\w*|credit\s+agreement)\b"),
    ("joint venture", r"\b(?:joint[\s-]venture|JV|venture)\b"),
    ("partnership", r"\b(?:partnerships?|partners?|alliance)\b"),
    ("contract", r"\b(?:contracts?|agreements?)\b")))


def _of_kind_asked(question: str, rows: list[dict]) -> list[dict]:
    """The agreement rows of the kinds the question names when some are, else the deals' rows only
    ("Who is X's partner?" is not answered by X's lease); every row when it names no kind."""
    kinds = {k for k, rx in KIND_ASKED if rx.search(question)}
    if not kinds:
        return rows
    if not any(_s(r, "kind") in kinds for r in rows):
        return [r for r in rows if not _s(r, "kind")]
    return [r for r in rows if _s(r, "kind") in kinds]


def pick(question: str, rows: list[dict]) -> list[dict]:
    """The rows answering the terms asked: per term asked, the rows of its first stored term that
    has any; narrowed to the rows whose base names the base the question names, when some do."""
    out: list[dict] = []
    rows = _of_kind_asked(question, rows)
    qb = _base_words(question)
    for a in asked(question):
        for term in a.terms:
            got = [r for r in rows if _s(r, "term") == term]
            if not got:
                continue
            if qb:   # the base named: the rows naming most of it and least besides
                def fit(r: dict) -> float:
                    rb = _base_words(_s(r, "basis") + " " + _s(r, "valueText"))
                    return len(qb & rb) - 0.5 * len(rb - qb)
                best = max(fit(r) for r in got)
                if best > 0:
                    got = [r for r in got if fit(r) == best]
            out += [r for r in got if r not in out]
            out += [r for r in rows if _s(r, "term") in a.also and r not in out]
            break
    return out
