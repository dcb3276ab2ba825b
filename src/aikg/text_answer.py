"""The last resort of `ask`: a sentence of the documents that answers the question when no fact
and no claim of the graph does. The graph loses a fact when extraction files it on the wrong
company, drops its measure or never reads the sentence; the quoted sentence is still stored as
evidence. `from_text` ranks the quoted sentences that name the company asked about by the
question's content words and answers with the best one, its document and basis "text", only when
the sentence holds the question's content (all of its content words but one) and, for a question of
an amount, share or count, a number. Anything less is no answer.

Measured before it was written (bench/sentence_ceiling.py): of the questions that failed at first
contact on probe13-16, one sentence of the article holds every gold answer for 166 of 186.
"""
from __future__ import annotations

import math
import re

from .estimates import ESTIMATE_ASKED
from .question import ROLE_EQUIV, ROLE_WORDS, STOPWORDS
from .question_frame import ASKING, PERIOD_WORDS, stems

KG = "https://aikg.dev/ns#"
# the documents whose quoted sentences name the company most (a case-insensitive match in SPARQL 1.1)
DOCS = """PREFIX kg: <%s>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?doc (COUNT(?e) AS ?n) WHERE {
  ?e kg:quote ?quote ; prov:wasDerivedFrom ?doc .
  FILTER(CONTAINS(LCASE(STR(?quote)), %s))
} GROUP BY ?doc ORDER BY DESC(?n) LIMIT %d"""
# the documents whose title names the company
TITLED = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?doc WHERE { GRAPH ?doc { ?doc dcterms:title ?title } FILTER(CONTAINS(LCASE(STR(?title)), %s)) } LIMIT %d"""
# every quoted sentence of one document
QUOTES = """PREFIX kg: <%s>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?quote WHERE { ?e kg:quote ?quote ; prov:wasDerivedFrom <%s> } LIMIT %d"""
MAX_DOCS = 5
# a document's title (its named graph carries it)
TITLE = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?title WHERE { GRAPH <%s> { <%s> dcterms:title ?title } } LIMIT 1"""
# a sentence saying the figure is not given ("declined to say how much …", "does not disclose"):
# the documents state that it is not stated, which is no answer (the q10 shape of every probe set)
NOT_GIVEN = re.compile(r"\b(?:(?:did|does|do|would|could)(?:n['’]?t|\s+not)\s+(?:tell|say|disclose|give|break|provide|reveal|quantify)|declin\w*\s+to\s+(?:say|give|disclose|comment|break)|(?:does|did|do)\s+not\s+(?:disclose|break\s+out|report|give|provide|say)|"
                       r"(?:not|never|un)\s*disclosed|no\s+(?:figure|breakdown|split)|not\s+broken\s+out|would\s+not\s+(?:say|give|disclose)|"
                       r"without\s+(?:giving|disclosing|naming|saying|revealing|stating|specifying|putting\s+a\s+(?:figure|number|price|value)))\b", re.I)
YEAR = re.compile(r"\b(?:19|20)(\d\d)\b")
QUARTER = re.compile(r"\b(?:q([1-4])|([1-4])q|(first|second|third|fourth)\s+(?:fiscal\s+)?quarter)\b", re.I)
ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# the measure words of a question, found beside a number in the sentence: "margin of 12.5%", "revenue
# rose to EUR 8.4 billion", "a 12% margin" (up to four words after the word, two before it)
MEASURE = re.compile(r"\b(revenues?|sales|turnover|income|profits?|loss(?:es)?|margins?|ebitda|ebit|capex|spend\w*|growth|price|valu\w+|guidance|outlook|capacity|customers|users|subscribers|stake|costs?|invest\w*|eps|dividend)\b", re.I)


# the words that qualify a measure without making it another's ("operating loss", "2024 net revenue",
# "Group revenue", "Total quarterly sales"): a measure word right after a name ("Connectivity
# revenue", "Hanbit's sales", "Azure revenue") is that unit's or product's measure, not the company's,
# unless the question names it too
MEASURE_QUALIFIER = {
    "name": "measure-qualifier",
    "words": frozenset("""total net gross operating adjusted annual annualised annualized quarterly monthly
consolidated group full-year year-on-year reported record overall organic underlying comparable fiscal
half-year""".split()),
    "examples": ("Its audited accounts show 2024 turnover of KRW 8.4 billion.",
                 "Group revenue rose to EUR 8.4 billion, while net income fell."),
    "not": ("Connectivity revenue was $52 million, as its modems shipped into AI servers.",
            "The supplier's sales reached EUR 2 billion."),
    "provenance": "extract/periods.py _YEAR_BEFORE_RESULT (net/operating/adjusted/full-year/annual/total/consolidated, "
                  "probe11 Indian telecom wire story); probe15 Turkcell 'consolidated revenue' and probe8 'group revenue'",
}
_TOKEN = re.compile(r"[\w.,%$€£¥₹'’-]+")
# a noun phrase's start: nothing before it qualifies the measure
DETERMINERS = frozenset("a an the its their his her our this that these those".split())


def _numbers(text: str) -> set[str]:
    """The numbers a text states, as digits ("60%" and "60 percent": "60")."""
    return {n.replace(",", "").rstrip(".,") for n in re.findall(r"\d[\d,.]*", text)}


def _owned_by_other(toks: list[str], i: int, question_words: set[str], names: list[str]) -> bool:
    """The measure word at toks[i] (tokens as written) is qualified by a name the question does not
    say: a capitalised word or a possessive right before it, past qualifiers, numbers and periods
    (MEASURE_QUALIFIER) — a unit's or a product's measure ("Connectivity revenue", "the
    supplier's sales"); not its company's ("the company's revenue", "Quillon's turnover")."""
    j = i - 1
    while j >= 0:
        t = toks[j].lower().strip(".,")
        if t in MEASURE_QUALIFIER["words"] or re.search(r"\d", t) or PERIOD_WORDS.fullmatch(t):
            j -= 1
            continue
        break
    if j < 0 or toks[j][-1:] in ",.;:" or toks[j].lower() in DETERMINERS:
        return False
    word = toks[j]
    possessive = bool(re.search(r"['’]s?$", word))
    t = re.sub(r"['’]s?$", "", word).lower()
    if not (possessive or word[:1].isupper()) or not t:
        return False   # a lower-case word before it: a verb or a plain noun, not a name
    if t in STOPWORDS or t in ("company", "firm", "group", "it", "they", "business") or t in ASKING:
        return False
    if any(t in n.split() for n in names):
        return False   # the entity asked owns it ("Quillon's revenue")
    return not (stems(t) & question_words)


def _figure_near(question: str, sentence: str, names: list[str] = ()) -> bool:
    """A number (one the question does not give) beside a measure word the question asks for,
    that measure not qualified as another thing's (_owned_by_other); without a measure word
    asked, any number the question does not give."""
    given = _numbers(YEAR.sub(" ", question))
    asked = {m.lower()[:5] for m in MEASURE.findall(question)}
    if not asked:
        return bool(_numbers(sentence) - given)
    qwords = stems(question)
    toks = _TOKEN.findall(sentence)
    for i, t in enumerate(toks):
        if t.lower()[:5] in asked and any(re.search(r"\d", x) and not (_numbers(x) <= given) for x in toks[max(0, i - 2):i + 5]) \
                and not _owned_by_other(toks, i, qwords, names):
            return True
    return False


def _role_fits(question: str, sentence: str, wants: str) -> bool:
    """A question asking who holds a role is answered only by a sentence naming that role (its
    own title: "chief financial officer" does not name the CEO, though "chief" is a synonym)."""
    if wants != "Person":
        return True
    ql, sl = question.lower(), sentence.lower()
    asked = {name for pat, name in ROLE_WORDS if re.search(pat, ql)}
    if not asked:
        return True
    said = {name for pat, name in ROLE_WORDS if re.search(pat, sl)}
    return any(said & ROLE_EQUIV.get(a, {a}) for a in asked)


# "how many <things>": the sentence counts them (a number right before the word, up to two words
# between: "12,400 employees", "2.3 million paying customers"), not any number beside the word
HOW_MANY = re.compile(r"\bhow\s+many\s+([\w-]+(?:\s+[\w-]+)?)", re.I)


def _counts(question: str, sentence: str) -> bool:
    m = HOW_MANY.search(question)
    if not m:
        return True
    head = stems(m.group(1)) - stems(" ".join(ASKING))
    if not head:
        return True
    for c in re.finditer(r"\d[\d,.]*\s*(?:million|billion|thousand|mn|bn|m|k)?\s+((?:[\w-]+\s+){0,2}[\w-]+)", sentence, re.I):
        if head & stems(c.group(1)):
            return True
    return False


# a question of this many content words or more may be answered by a sentence missing one of them
LENIENT_FROM = 4


def _quarters(text: str) -> set[str]:
    return {a or b or ORDINAL[c.lower()] for a, b, c in QUARTER.findall(text)}


def _years(text: str) -> set[str]:
    return set(YEAR.findall(text)) | set(re.findall(r"\bfy\s?'?(\d\d)\b", text.lower()))


MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _months(text: str) -> set[str]:
    return {m.lower() for m in MONTH.findall(text)} - ({"may"} if not re.search(r"\bMay\b", text) else set())


def _period_fits(question: str, sentence: str) -> bool:
    """Every year, quarter and month the question names is named by the sentence (2025 / FY25;
    Q3 / third quarter / 3Q; December / Dec)."""
    return (_years(question) <= _years(sentence) and _quarters(question) <= _quarters(sentence)
            and _months(question) <= _months(sentence))
MAX_QUOTES = 400
# questions that ask for a figure: the sentence must give one
FIGURE_ASKED = re.compile(r"\b(?:how\s+(?:much|many|fast|big|large)|revenues?|sales|turnover|income|profits?|loss(?:es)?|margins?|ebitda|ebit|capex|spend\w*|shares?|growth|grow|price|valu\w+|guidance|outlook|targets?|capacity|customers|users|subscribers|stake|costs?|invest\w*|percent\w*|proportion|portion|eps|dividend)\b", re.I)
# the words of asking beyond question_frame.ASKING: they say how a question asks, not what about
MORE_ASKING = set("""report reported reports say said says state stated according give gave tell""".split())


def _literal(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _content(question: str, names: list[str]) -> set[str]:
    text = PERIOD_WORDS.sub(" ", QUARTER.sub(" ", YEAR.sub(" ", question.lower())))
    for n in names:
        text = re.sub(re.escape(n.lower()), " ", text)
    return stems(text) - stems(" ".join(ASKING)) - stems(" ".join(MORE_ASKING))


def from_text(store, question: str, groups: list[list[str]], timeout: float | None = None, wants: str = ""):
    """(sentence, document IRI, covered, content) of the best quoted sentence that names every
    entity asked about (each a group of aliases: in the sentence, or in its document's title) and
    holds the question's content, or None; `wants` is the answer type the question model reads
    (question.read: "Person" needs the role asked, _role_fits)."""
    groups = [g for g in ([n.strip().lower() for n in grp if len(n.strip()) >= 3] for grp in groups) if g]
    names = [n for g in groups for n in dict.fromkeys(g)]
    if not names:
        return None
    content = _content(question, names)
    if not content:
        return None
    from .run import run_query
    docs: dict[str, int] = {}
    for n in names[:3]:
        for r in run_query(store, DOCS % (KG, _literal(n.lower()), MAX_DOCS), {}, timeout=timeout).rows:
            docs[r["doc"].value] = docs.get(r["doc"].value, 0) + int(r["n"].value)
        for r in run_query(store, TITLED % (_literal(n.lower()), MAX_DOCS), {}, timeout=timeout).rows:
            docs[r["doc"].value] = docs.get(r["doc"].value, 0) + 1
    rows = []
    for doc in sorted(docs, key=docs.get, reverse=True)[:MAX_DOCS]:
        rows += [(" ".join(r["quote"].value.split()), doc) for r in run_query(store, QUOTES % (KG, doc, MAX_QUOTES), {}, timeout=timeout).rows]
    lowered = [n.lower() for n in names]
    titles = {}
    for doc in docs:
        got = run_query(store, TITLE % (doc, doc), {}, timeout=timeout).rows
        titles[doc] = got[0]["title"].value.lower() if got else ""
    if not rows:
        return None
    figure = bool(FIGURE_ASKED.search(question))
    df: dict[str, int] = {}
    sent_stems = {}
    for quote, _ in rows:
        if quote not in sent_stems:
            sent_stems[quote] = stems(quote)
            for w in sent_stems[quote]:
                df[w] = df.get(w, 0) + 1
    best = None
    for quote, doc in dict.fromkeys(rows):
        if quote.rstrip(' "”’\'').endswith("?"):
            continue   # a question the document asks (a heading, an interviewer) answers nothing
        if ESTIMATE_ASKED.search(quote) and not ESTIMATE_ASKED.search(question):
            continue   # an analyst's estimate or an expectation answers only a question that asks for one
        st = sent_stems[quote]
        covered = content & st
        need = len(content) - (1 if len(content) >= LENIENT_FROM else 0)
        if len(covered) < need:
            continue
        if figure and not _figure_near(question, quote, lowered):
            continue
        if not _role_fits(question, quote, wants):
            continue
        if not _period_fits(question, quote) or not _counts(question, quote):
            continue
        low, title = quote.lower(), titles.get(doc, "")
        if not all(any(n in low or n in title for n in g) for g in groups):
            continue   # every entity asked about is named by the sentence or its document's title
        named = any(n in low for n in lowered)
        score = sum(math.log(1 + len(sent_stems) / df[w]) for w in covered) - 0.01 * len(quote) / 100
        if named:
            score += 1.0   # the sentence names the company asked about
        if best is None or score > best[0]:
            best = (score, quote, doc, covered)
    if best is None or NOT_GIVEN.search(best[1]):
        return None
    return best[1], best[2], best[3], content
