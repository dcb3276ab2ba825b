"""A figure asked under a measure the question vocabulary (question.MEASURES) has no words for.

An Observation carries its measure in the document's own words ("critical it load", "annual
pue", "cost per vm per month", "rack density"). When the question names a subject the graph
holds (a company, a product, a site, a unit) and the question's content words contain every
content word of one of that subject's measures, that figure answers; the lane is tried only
after the typed intents answered nothing, or answered with a listing of another kind (ask.py),
so it never overrides a typed answer.

Seen: probe23 02_bahnhof_site_factsheet (a spec table: "critical IT load", "design PUE",
"rack density"), probe20 05_atnorth_esg-report (a site table: "annual PUE") and
07_omantel_vendor-case-study (a before/after table: "cost per VM per month"), probe23
06_semtech_model_summary ("revenue estimate" / "revenue consensus" rows). Pure functions but
`measure_rows`' query.
"""
from __future__ import annotations

import re

from .question import _words
from .wording import _s

MEASURE_LANE = {
    "name": "measure-words",
    # words a measure carries that do not name what is measured: a measure whose every word is
    # one of these ("total", "value") is matched by any question, so it never answers here
    "generic": frozenset({"total", "value", "figure", "number", "amount", "level", "annual", "yearly", "overall",
                          "current", "new", "other", "net", "gross", "average", "max", "maximum", "min",
                          "minimum", "key", "main"}),
    # words of a question that ask for a figure without naming a part of it: the question's
    # frame ("what is the max ... at the site"), not a narrowing ("... came from memory
    # testers", "... earn on its edge AI products": probe12 p12-02-q10, probe14 p14-06-q10)
    "frame": frozenset({"what", "which", "how", "much", "many", "whats", "site", "campus", "facility", "data", "centre",
                        "center", "plant", "hall", "location", "current", "currently", "now", "today", "latest",
                        "max", "maximum", "min", "minimum", "peak", "count", "number", "total", "figure", "value",
                        "level", "report", "reported", "state", "stated", "give", "given", "disclose", "disclosed",
                        "target", "targeted", "planned", "expected", "consensus", "estimate", "both", "also", "get"}),
    # the intents whose answer is a listing of one kind of fact: an answer of theirs that names
    # none of the measure's words has nothing for the figure asked
    "listings": frozenset({"initiatives", "hardware", "costs-by-segment", "investments", "launches", "models",
                           "partnerships", "relations", "restrictions", "claims", "describe"}),
    # entity kinds a figure can be the subject of
    "subject_kinds": frozenset({"Company", "Segment", "Product", "Site", "Facility", "DataCenter", "CostItem",
                                "AIModel", "ModelFamily", "Place"}),
    "examples": ("What is the critical IT load of Orlo's Vantaa hall?", "Design PUE of the Kestrel campus?",
                 "whats the max rack density at KX2?", "What is the cost per seat per month at Pellam?"),
    "provenance": "probe23 02_bahnhof_site_factsheet; probe20 05_atnorth_esg-report, 07_omantel_vendor-case-study",
}


def measure_words(measure: str) -> set[str]:
    """The content words of a measure (question._words: stemmed, stopwords out)."""
    return _words(measure)


def fit(question_words: set[str], measure: str, typed: set[str] = frozenset()) -> int:
    """How many words of `measure` a question with content words `question_words` names when it
    names every one of them and at least one that is neither generic nor a word of the measures
    it names in the typed vocabulary (`typed`: question.MEASURES, whose figures the typed
    intents have looked for already), else 0 (pure)."""
    mw = measure_words(measure)
    if not mw or not mw <= question_words or not (mw - MEASURE_LANE["generic"] - set(typed)):
        return 0
    return len(mw)


def best_rows(question_words: set[str], rows: list[dict], measure_of=lambda r: _s(r, "measure"),
              typed: set[str] = frozenset()) -> list[dict]:
    """The rows whose measure the question names with the most words (fit), all of them when
    several measures fit equally; [] when none fits (pure)."""
    scored = [(fit(question_words, measure_of(r), typed), r) for r in rows]
    top = max((s for s, _ in scored), default=0)
    return [r for s, r in scored if s and s == top]


def also_asked(question_words: set[str], rows: list[dict], typed: set[str], found: list[dict] = (),
               measure_of=lambda r: _s(r, "measure")) -> list[dict]:
    """The rows of a measure the question names in the typed vocabulary only ("revenue" in
    "what were X's revenue and tower count?"): asked beside the figures `found`, unless it is
    a word of theirs ("revenue" of "revenue estimate") (pure)."""
    within = [measure_words(measure_of(r)) for r in found]
    return [r for r in rows if fit(question_words, measure_of(r)) and not fit(question_words, measure_of(r), typed)
            and not any(measure_words(measure_of(r)) <= w for w in within)]


PERIOD_WORD = re.compile(r"^(?:(?:19|20)\d\d|fy\s?\d{2,4}e?|q[1-4]|h[12]|\d{1,2}q|quarter|half|month|annual|phase|\d+)$")
# a name in the question (a capitalised word past its first): a subject or a source, not a part
NAME_WORD = re.compile(r"(?<=\s)[A-Z][a-z][\w&'’-]*")


def left_over(question: str, question_words: set[str], row_text: str) -> set[str]:
    """The question's content words a figure's row (its measure, value, subject, period and
    quote: `row_text`) does not say, its frame, periods and names aside (pure): a part asked
    that the figure is not of ("from government contracts")."""
    names = _words(" ".join(NAME_WORD.findall(question)))
    said = _words(row_text)
    return {w for w in question_words - said - names - MEASURE_LANE["frame"] - MEASURE_LANE["generic"]
            if not PERIOD_WORD.match(w)}


def listing_without_measure(intent: str, rows: list[dict], question_words: set[str]) -> bool:
    """Whether an answer of `intent` with `rows` is a listing that names none of the question's
    content words in its rows' measures or labels: it has nothing for the figure asked (pure)."""
    if intent not in MEASURE_LANE["listings"]:
        return False
    for r in rows:
        text = " ".join(_s(r, k) for k in r if k not in ("quote", "doc"))
        if _words(text) & question_words - MEASURE_LANE["generic"]:
            return False
    return True


def asked_words(question: str, names: list[str]) -> set[str]:
    """The question's content words, the names it links left out (pure)."""
    q = question.lower()
    for n in sorted(names, key=len, reverse=True):
        if n:
            q = re.sub(r"(?<!\w)" + re.escape(n.lower()) + r"(?:['’]s)?(?!\w)", " ", q)
    return _words(q)


# a fiscal year named by its initials ("FY28", "FY 2028", "FY'27"): question.question_periods
# reads dated periods only
FISCAL_YEAR = re.compile(r"\bFY\s?['’]?(\d{4}|\d{2})(?:E\b)?\b", re.I)


def fiscal_years(question: str) -> set[int]:
    """The fiscal years a question names by their initials (pure): "FY28" -> {2028}."""
    return {int(y) + (2000 if len(y) == 2 else 0) for y in FISCAL_YEAR.findall(question)}


YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def years(question: str) -> set[int]:
    """The calendar or fiscal years a question names in four digits (pure)."""
    return {int(y) for y in YEAR.findall(question)}


def of_year(row: dict, asked: set[int]) -> bool:
    """Whether a figure's period is of one of the years asked: its label names it, or its
    dates end in it; a figure of no period is of none (pure)."""
    label = _s(row, "periodLabel")
    end = _s(row, "periodEnd")[:4]
    return any(str(y) in label or end == str(y) for y in asked)


QUALIFIER = re.compile(r"\((.+)\)\s*$")


def qualified_as_asked(question_words: set[str], rows: list[dict]) -> list[dict]:
    """The rows whose qualifier (a table's column: "24 MW (Phase 1)", "OMR 27.4 (After)") the
    question names, when it names some but not all rows' qualifiers; else every row (pure)."""
    def named(r):
        m = QUALIFIER.search(_s(r, "valueText"))
        return bool(m and _words(m.group(1)) & question_words)
    some = [r for r in rows if named(r)]
    return some if some else rows


NUMBER = re.compile(r"\d[\d,.\s]*\d|\d")


def said_already(quotes: list[str], rows: list[dict]) -> bool:
    """Whether the quotes of a claim or sentence answer state the number of every figure
    found (its value as written): that answer says it, with more of its sentence, and stands
    (pure). Seen: probe15 p15-01-q08 (a claim quoting "reached 52 MW and would rise to 72 MW"
    against the 72 MW target figure alone)."""
    # (a quoted table row holding more figures than were found says none of them: the text lane quotes a
    # whole row, the figure under the column the question names answers instead; tests/test_ask_33o.py)
    text = " ".join(q for q in quotes if not (q.lstrip().startswith("|") and len(NUMBER.findall(q)) > len(rows)))
    for r in rows:
        m = NUMBER.search(_s(r, "valueText"))
        if m is None or m.group(0).strip() not in text:
            return False
    return bool(rows)


def names_within(name: str, label: str) -> bool:
    """Whether `label` holds the whole words of `name` ("KX2" in "Orlo KX2"), and is longer (pure)."""
    n, lab = name.strip().lower(), label.strip().lower()
    return bool(n) and n != lab and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", lab) is not None
