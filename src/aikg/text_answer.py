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
import unicodedata
from types import SimpleNamespace

from .claims_fallback import CAUSAL, _initials
from .undated_rows import undated_row
from .narrowing import part_said
from .estimates import ESTIMATE_ASKED, put_to_company
from .figure_terms_asked import REPORTED_BASIS
from .extract.measure_names import QUESTION_HEADS, REGISTRY
from .question import LEGAL_TAIL, ROLE_EQUIV, ROLE_WORDS, asked_roles, committee_role_fits, STOPWORDS, question_periods
from .linking import DOMAIN_SUFFIX, GENERIC_TAIL
from .names_asked import GENERIC_CAPS
from . import column_cell, passage, sentence_fit
from .question_frame import ASKING, PERIOD_WORDS, stems

KG = "https://aikg.dev/ns#"
# the documents whose quoted sentences name the company most (a case-insensitive match in SPARQL 1.1)
DOCS = """PREFIX kg: <%s>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?doc (COUNT(?e) AS ?n) WHERE {
  ?e kg:quote ?quote ; prov:wasDerivedFrom ?doc .
  FILTER(%s)
} GROUP BY ?doc ORDER BY DESC(?n) LIMIT %d"""
# the documents whose title names the company
TITLED = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?doc WHERE { GRAPH ?doc { ?doc dcterms:title ?title } FILTER(CONTAINS(LCASE(STR(?title)), %s)) } LIMIT %d"""
# every quoted sentence of one document
QUOTES = """PREFIX kg: <%s>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?quote ?e ?at ?heading ?columns WHERE { ?e kg:quote ?quote ; prov:wasDerivedFrom <%s>
  OPTIONAL { ?e kg:charStart ?at } OPTIONAL { ?e kg:heading ?heading } OPTIONAL { ?e kg:columns ?columns } } LIMIT %d"""
# the periods extraction gave the facts and claims read from one quoted sentence (asked only of a
# sentence that names no period of its own)
DATED_OF = """PREFIX kg: <%s>
SELECT DISTINCT ?ps ?pe WHERE { ?x kg:evidence <%s> ; kg:periodStart ?ps ; kg:periodEnd ?pe } LIMIT 20"""
MAX_DOCS = 5
# a document's title (its named graph carries it)
TITLE = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?title ?date WHERE { GRAPH <%s> { <%s> dcterms:title ?title OPTIONAL { <%s> dcterms:date ?date } } } LIMIT 1"""
# a sentence saying the figure is not given ("declined to say how much …", "does not disclose"):
# the documents state that it is not stated, which is no answer (the q10 shape of every probe set)
NOT_GIVEN = re.compile(r"\b(?:(?:did|does|do|would|could)(?:n['’]?t|\s+not)\s+(?:tell|say|disclose|give|break|provide|reveal|quantify)|declin\w*\s+to\s+(?:say|give|disclose|comment|break)|(?:does|did|do)\s+not\s+(?:disclose|break\s+out|report|give|provide|say)|"
                       r"(?:not|never|un)\s*disclosed|(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?been\s+(?:disclosed|named|revealed|made\s+public)|no\s+(?:figure|breakdown|split)|not\s+broken\s+out|would\s+not\s+(?:say|give|disclose)|"
                       r"without\s+(?:giving|disclosing|naming|saying|revealing|stating|specifying|putting\s+a\s+(?:figure|number|price|value)))\b", re.I)
YEAR = re.compile(r"\b(?:19|20)(\d\d)\b")
QUARTER = re.compile(r"\b(?:q([1-4])|([1-4])q|(first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter)\b", re.I)
ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# the measure words of a question, found beside a number in the sentence: "margin of 12.5%", "revenue
# rose to EUR 8.4 billion", "a 12% margin" (up to four words after the word, two before it)
# (the measure registry's words: extract/measure_names.QUESTION_HEADS)
MEASURE = re.compile(r"\b(" + "|".join(QUESTION_HEADS) + r")\b", re.I)


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


# a part of a whole asked ("what share of mobile subscribers", "what proportion of sales")
SHARE_OF = re.compile(r"\b(?:share|proportion|portion|percentage|percent)\s+of\b", re.I)
PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", re.I)


def _registry_names(text: str) -> str:
    """`text` with each measure phrase of the registry said by its record's head word ("average
    revenue per user" -> "arpu", "research and development spending" -> "spending"), so a
    question and a sentence naming one measure in two ways meet (extract/measure_names)."""
    for rx, word in REGISTRY_HEADS:
        text = rx.sub(word, text)
    return text


REGISTRY_HEADS = [(re.compile(r"\b(?:" + "|".join(rec.heads) + r")\b", re.I), rec.name.split()[-1]) for rec in REGISTRY]


def _figure_near(question: str, sentence: str, names: list[str] = ()) -> bool:
    """A number (one the question does not give) beside a measure word the question asks for,
    that measure not qualified as another thing's (_owned_by_other); without a measure word
    asked, any number the question does not give."""
    given = _numbers(YEAR.sub(" ", question))
    if SHARE_OF.search(question) and any(not (_numbers(p) <= given) for p in PERCENT.findall(sentence)):
        return True   # "what share of X": a percentage the question does not give ("held a 41.6% share", "40% of X")
    question, sentence = _registry_names(question), _registry_names(sentence)
    asked = {m.lower()[:5] for m in MEASURE.findall(question)}
    if not asked:
        return bool(_numbers(DATED.sub(" ", sentence)) - given)   # (a date is no figure: "in the first half of 2026")
    qwords = stems(question)
    undated = DATED.sub(" ", sentence)
    spans = [m.start() for m in _TOKEN.finditer(undated)]
    toks = _TOKEN.findall(undated)
    not_its = _not_the_measure(question, undated)
    for i, t in enumerate(toks):
        if spans[i] in not_its:
            continue
        if t.lower()[:5] in asked and any(re.search(r"\d", x) and not (_numbers(x) <= given) for x in _before(toks, i) + _clause_after(toks, i)) \
                and not _owned_by_other(toks, i, qwords, names):
            return True
    return False


def cell_measure(question: str, cell, heading: str) -> bool:
    """A table cell chosen for the question (column_cell) gives the measure asked when the row's label,
    the cell's column header or the caption or heading right above the table says it (the measure words
    of the registry, as _figure_near reads them): "revenue" of "Table 2 - Revenue by segment" over the
    row "| Sea bass | 121,904 | 149,862 |" (pure)."""
    asked = {m.lower()[:5] for m in MEASURE.findall(_registry_names(question))}
    said = _registry_names(f"{cell.label} {cell.header} {heading.split(' > ')[-1]}")
    not_its = _not_the_measure(question, said)   # "Revenue target" is no revenue (NOT_THE_MEASURE)
    return not asked or bool(asked & {m.group(0).lower()[:5] for m in MEASURE.finditer(said) if m.start() not in not_its})


# measure-word-not-the-measure: a measure word that is not the figure's measure in its sentence, so
# the number beside it does not give it: a MODIFIER of another head right after it ("the operating
# profit margin target of about 10 %": a margin target, not a profit) and the
# BASE of a ratio ("capex of around 8% of revenue": a share of revenue, not revenue), unless the
# question asks that head or a share itself
NOT_THE_MEASURE = {
    "name": "measure-word-not-the-measure",
    # (not growth, guidance or outlook: a question says them in other words, "how fast did it grow")
    "heads": ("margins?", "targets?", "goals?", "ratios?", "multiples?"),
    "examples": ("The operating profit margin target of about 10 % of revenue is unchanged.",
                 "Capex: around 8% of revenue (unchanged)."),
    "not": ("Operating profit was EUR 12 million, a margin of 9%.", "Revenue of $5 billion was 8% higher."),
    "provenance": "probe32 05 NEURONES revenue release ('The operating profit margin target of about 10 % of revenue is "
                  "unchanged' for 'What was Neurones' operating profit in Q3 2026?'), probe30 07 Elmos consensus page "
                  "('Capex: around 8% of revenue (unchanged)' for 'What revenue did Elmos report for Q3 2026?')",
}
_MODIFIED = re.compile(r"\s+(?:" + "|".join(NOT_THE_MEASURE["heads"]) + r")\b", re.I)
_RATIO_BASE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+|group\s+|total\s+|annual\s+)?$", re.I)


def _not_the_measure(question: str, sentence: str) -> set[int]:
    """The offsets of the measure words in `sentence` that are not the figure's measure
    (NOT_THE_MEASURE): a modifier of a head the question does not ask, or a ratio's base when the
    question asks no share."""
    out = set()
    share = SHARE_OF.search(question) or PERCENT_ASKED.search(question)
    for m in MEASURE.finditer(sentence):
        after = _MODIFIED.match(sentence, m.end())
        if after and not re.search(r"\b" + re.escape(after.group(0).strip().lower()[:5]), question.lower()):
            out.add(m.start())
        elif not share and _RATIO_BASE.search(sentence[max(0, m.start() - 40):m.start()]):
            out.add(m.start())
    return out


PERCENT_ASKED = re.compile(r"%|\bper\s*cent|\bpercent(?:age)?\b|\bshare\b|\bproportion\b|\bhow\s+much\s+of\b", re.I)


# a date or a period named in a sentence ("ended 30 September 2025", "in fiscal 2024", "Q3"): not a
# value; read past it to the figure ("Revenue for the quarter ended 30 September 2025 was $396 million")
# (issue48q, rule numeric-date) a date written in numbers with slashes, year first or last, the year maybe the
# Minguo year of Taiwan's filings ("115/11/06 Monthly revenue for October 2026", a MOPS page's related-filing
# link: probe35 05 Chenbro, p35-05-q10 answered by it; "Announcement date: 2026/11/12": kindcheck32/focus 02
# Suilong; the day-first form of focusset24 held 20 VNG): no figure
DATED = re.compile(r"\b(?:\d{2,4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\b(?!/)|\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                   r"(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?\b|\b(?:FY\s?)?(?:19|20)\d\d\b(?!\s*(?:%|per))|\b[QH][1-4]\b|\b[1-4]Q\d\d\b|\bQ[1-4]['’]?\d\d\b")
# how far after a measure word its value may stand (tokens), inside one clause
AFTER = 6
CLAUSE_END = frozenset("and while but whereas as which who although".split())


# a value stated before its measure through "of" ("EUR 5 billion of investment", "$580 million of
# revenue": probe17 CaixaBank newsletter, probe17 Maroc Telecom, probe16 stc): up to four tokens
# before "of"; else up to two tokens right before the measure word ("a 12% margin")
VALUE_OF = {
    "name": "value-of-measure",
    "before": 4,
    "examples": ("The plan includes EUR 5 billion of investment in software.", "The unit booked $80 million of revenue."),
    "provenance": "probe17 03 CaixaBank newsletter ('EUR 5 billion of investment'), probe17 08 Maroc Telecom "
                  "('XOF 149 billion of revenue'), probe16 05 stc ('SAR 2.10 billion of revenue')",
}


def _before(toks: list[str], i: int) -> list[str]:
    """The tokens a measure word's value may stand in before it (VALUE_OF)."""
    if i >= 2 and toks[i - 1].lower() == "of":
        return toks[max(0, i - 1 - VALUE_OF["before"]):i - 1]
    return toks[max(0, i - 2):i]


def _clause_after(toks: list[str], i: int) -> list[str]:
    """Up to AFTER tokens after toks[i], to the end of its clause (a ";" or a ":" or a conjunction);
    and, the measure word being the subject of a copula further on (MEASURE_COPULA: "its revenue for
    FY2023-24 (year ended …), its first partial year, was ₹10.9 crore"), the tokens after the verb."""
    out = []
    for t in toks[i + 1:i + 1 + AFTER]:
        if t.lower() in CLAUSE_END:
            break
        out.append(t)
        if t[-1:] in ";:":
            break
    for k in range(i + 1, min(len(toks), i + 1 + MEASURE_COPULA["reach"])):
        t = toks[k].lower()
        if t in CLAUSE_END or t[-1:] in ";:":
            break
        if t in MEASURE_COPULA["verbs"] or t == "at" and toks[i].lower() in MEASURE_COPULA["valuing"]:
            out += toks[k + 1:k + 1 + MEASURE_COPULA["after"]]
            break
    return out


# a measure word that is its clause's subject has its value after the clause's verb, however far the
# words qualifying it (a period, a parenthesis, an apposition) put that verb
MEASURE_COPULA = {
    "name": "measure-subject-copula",
    "verbs": frozenset("was were is are stood came totalled totaled amounted reached".split()),
    # a measure said by its verb ("the offer values X's share capital at NOK 4 billion", "priced the
    # issue at"): its value after "at"
    "valuing": frozenset("values valued valuing prices priced pricing".split()),
    "reach": 16,   # tokens from the measure word to its verb
    "after": 3,    # tokens after the verb its value stands in
    "examples": ("Its revenue for the year (its first full one, ended in March), the firm said, was EUR 4.1 million.",
                 "Operating income for the six months ended 30 June, before one-off items, came to $12 million.",
                 "The bid values Orvane's entire share capital at about EUR 4.1 billion."),
    "not": ("Revenue grew strongly in the period, and the group's headcount was 1,200.",),
    "provenance": "probe18 05 Sarvam hearing digest ('its revenue for FY2023-24 (year ended 31 March 2024), its first partial year, "
                  "was ₹10.9 crore'), probe18 01 SoftwareOne/Crayon ('The offer values Crayon's entire share capital at approximately NOK 12.3 billion'), probe16/17-style results releases ('Revenue for the quarter ended 30 September 2025 was $396 million', "
                  "text_answer.DATED)",
}


def _role_fits(question: str, sentence: str, wants: str) -> bool:
    """A question asking who holds a role is answered only by a sentence naming that role (its
    own title: "chief financial officer" does not name the CEO, though "chief" is a synonym)."""
    if wants != "Person":
        return True
    ql, sl = question.lower(), sentence.lower()
    asked = asked_roles(ql)
    if not asked:
        return True
    said = asked_roles(sl)
    return any(said & ROLE_EQUIV.get(a, {a}) or any(committee_role_fits(a, x) for x in said) for a in asked)


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
    for c in re.finditer(r"\d[\d,.]*\s*(?:million|billion|thousand|mn|bn|m|k)?\s+(?=((?:[\w-]+\s+){0,2}[\w-]+))", sentence, re.I):
        if head & stems(c.group(1)):
            return True
    return False


# a question of this many content words or more may be answered by a sentence missing one of them
LENIENT_FROM = 4


# a quarter and its year in one token ("3Q25", "Q3'25", "Q3 25"): issuers' own shorthand (probe17 Credicorp
# trading update '3Q25 ... 3Q24', probe14 Locaweb results table and probe13 Wiwynn takeaways '4Q24'); (issue49c)
# with a slash, "Q3/26", a Thai MD&A's column header (kindcheck35/tables 02 Sirinakorn 'Q3/26 | Q2/26 | Q3/25') and
# a question's own shorthand (probe32 'HUMAN Q3/26 net profit?')
QUARTER_YEAR = re.compile(r"\b(?:([1-4])q|q([1-4])\s?['’/]?(?:fy)?)(\d\d)\b", re.I)


def _quarters(text: str) -> set[str]:
    return {a or b or ORDINAL[c.lower()] for a, b, c in QUARTER.findall(text)} | {a or b for a, b, _ in QUARTER_YEAR.findall(text)}


def _years(text: str) -> set[str]:
    return set(YEAR.findall(text)) | set(re.findall(r"\bfy\s?'?(?:19|20)?(\d\d)\b", text.lower())) | {y for _, _, y in QUARTER_YEAR.findall(text)}


# a fiscal year named by its two calendar years ("FY2023-24", "2024/25", "FY 2024–2025"): one period,
# not either year (its end date, "year ended 31 March 2024", names the second)
SPLIT_YEAR = re.compile(r"\b(?:FY\s?)?(?:19|20)(\d\d)\s?[-–/]\s?(?:19|20)?(\d\d)\b", re.I)


def _split_years(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b in SPLIT_YEAR.findall(text) if int(b) == (int(a) + 1) % 100}


# a month's name or its abbreviation (not a word that starts like one: "market", "decline", "separate")
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b", re.I)


# (issue40o) a question's span of months with its year, "9M26", "6M 2025": the year asked (p29-05-q09 "net
# income … for 9M26": a sentence of 3T26 only, the third quarter, answered it once the store lost a node
# "Company" that had hidden the sentence; documents write the form too: probe29 01/05/08b, probe28 06,
# kindcheck29 scale 01). Read of the question only: a sentence's own years are read as before
MONTHS_COUNT_YEAR = re.compile(r"\b(?:[1-9]|1[0-2])M\s?(?:19|20)?(\d\d)\b")


def _months_count_years(question: str) -> set[str]:
    return set(MONTHS_COUNT_YEAR.findall(question))


def _months(text: str) -> set[str]:
    return {m.lower() for m in MONTH.findall(text)} - ({"may"} if not re.search(r"\bMay\b", text) else set())


def _period_fits(question: str, sentence: str, dated: tuple = ()) -> bool:
    """Every year, quarter and month the question names is named by the sentence (2025 / FY25;
    Q3 / third quarter / 3Q; December / Dec); or, for a sentence that names none of them
    ("Operating revenue came in at NZ$1,194 million"), the period extraction gave the facts and
    claims read from it (`dated`: (start, end) pairs, from its document's own period) holds
    the one asked (period_fit: overlapping, not much longer)."""
    from .asked_span import sentence_fits
    if not sentence_fits(question, sentence):
        return False   # a whole year asked: a sentence of a quarter's or a half's figure states another span
    qs, ss = _split_years(question), _split_years(sentence)
    if qs and ss:
        return qs <= ss   # a split fiscal year asked ("FY2024-25") and one named: the same one
    qy, qq, qm = _years(question) | _months_count_years(question), _quarters(question), _months(question)
    sy, sq, sm = _years(sentence), _quarters(sentence), _months(sentence)
    if not (qy <= sy and qq <= sq and qm <= sm):
        own = COMPARED_BASE.sub(" ", sentence)   # "… compared with SAR 74.52 billion in 2023": the base's year, not the sentence's
        sy, sq, sm = _years(own), _quarters(own), _months(own)
    if qy <= sy and qq <= sq and qm <= sm:
        return True
    if not (sy or sq or sm) and _year_after_base(qy, qq, qm, sentence):
        return True
    if not dated or any(own and not asked <= own for asked, own in ((qy, sy), (qq, sq), (qm, sm))):
        return False   # the sentence names another period, or no period was read from it
    if callable(dated):
        dated = dated()   # (asked of the store only now)
        if not dated:
            return False
    from .period_fit import _overlaps
    periods = question_periods(question)
    return bool(periods) and any(_overlaps({"periodStart": SimpleNamespace(value=a), "periodEnd": SimpleNamespace(value=b)}, periods)
                                 for a, b in dated)


# (issue49c) a sentence that names no period of its own is of the period the deepest heading above it names:
# "## Second quarter" over "Operating profit was HUF 6.2 billion, up from HUF 4.9 billion" (kindcheck35/periods 03
# Tiszavölgy news, its periods only in its headings), "## Management Discussion and Analysis for the third quarter
# of 2026" over a results table (kindcheck35/tables 02 Sirinakorn), "Financial results for 1 January - 30
# September 2026" over a disclosure's summary (kindcheck35/money 01 Kizilirmak)
HEADING_PERIOD = {
    "name": "heading-period",
    "examples": (("What operating profit did Acme make in the second quarter of 2026?", "Operating profit was HUF 6.2 billion.",
                  "Acme lifts earnings > Second quarter"),),
    "not": (("What operating profit did Acme make in the second quarter of 2026?", "Operating profit reached HUF 10.9 billion.",
             "Acme lifts earnings > First half"),),
}


def under_heading_period(question: str, sentence: str, heading: str, dated: tuple = (), issued: str = "") -> bool:
    """Whether a sentence naming no period of its own fits the period asked as read under the deepest
    heading (kg:heading, " > " between levels) that names one (HEADING_PERIOD; _period_fits); a
    yearless quarter or half there is the last one ended by the document's date `issued` (YYYY-MM-DD)."""
    from .asked_span import asked_span, part_lengths
    from .extract.passage_context import cells
    if not heading or _years(sentence) or _quarters(sentence) or _months(sentence) or part_lengths(sentence):
        return False
    if undated_row(sentence) or sentence.lstrip().startswith("|") and sum(bool(re.search(r"\d", c)) for c in cells(sentence)[1:]) >= 2:
        return False   # a row of several values: the heading's period does not say which value is its (undated_rows)
    for h in reversed(heading.split(" > ")):
        if _years(h) or _quarters(h) or _months(h) or part_lengths(h):
            if len(part_lengths(h)) > 1:
                return False   # "for the quarter and half year ended …": whose span the sentence's figure is, is not said
            if asked_span(question) == "year" and (_quarters(h) or _months(h) or part_lengths(h)):
                return False   # a part's heading ("First Quarter Fiscal 2027 Results; Raises Full-Year Outlook") for a year asked
            return _period_fits(question, f"{_with_year(h, issued)}: {sentence}", dated)
    return False


HALF_END = ((re.compile(r"\b(?:first|1st)\s+half\b|\bh1\b|\b1h\b", re.I), 6), (re.compile(r"\b(?:second|2nd)\s+half\b|\bh2\b|\b2h\b", re.I), 12))


def _with_year(heading: str, issued: str) -> str:
    """A heading naming one quarter or half and no year, with the year of the last such part ended by
    `issued` ("Second quarter" of a 7 August 2026 article: "Second quarter 2026"); else as written."""
    if _years(heading) or not re.fullmatch(r"\d{4}-\d\d-\d\d", issued or ""):
        return heading
    qs = _quarters(heading)
    ends = [3 * int(q) for q in qs] if len(qs) == 1 else [m for rx, m in HALF_END if rx.search(heading)]
    if len(ends) != 1:
        return heading
    year, month = int(issued[:4]), int(issued[5:7])
    return f"{heading} {year if ends[0] < month else year - 1}"


# a figure compared with its base of the same period a year before names its own period by that
# base alone ("net income was S/ 1,691 million, up 12.4% from S/ 1,504 million in 3Q24" is of 3Q25;
# "revenue was $396 million, up 7% from $371 million in the third quarter of 2024" of Q3 2025)
YEAR_ON_YEAR_BASE = {
    "name": "year-on-year-base",
    "examples": ("Profit was EUR 80 million, up 12% from EUR 71 million in 3Q24.",
                 "Sales were $40 million, up 5% from $38 million in the second quarter of 2024.",
                 "Profit was EUR 2.1 billion, up 3% compared with EUR 2.0 billion in the same period of 2024."),
    "not": ("Revenue was SAR 75 billion, up 1.8% compared with SAR 74 billion in 2023.",),
    "provenance": "probe17 04 Credicorp update ('up 12.4% from S/ 1,504 million in 3Q24'), probe16 02 Tower "
                  "Semiconductor ('up 7% from $371 million in the third quarter of 2024'), probe15 Turkcell and probe17 "
                  "CaixaBank ('compared with … in the same quarter of the previous year', '… in the same period of 2024')",
}


def _year_after_base(qy: set[str], qq: set[str], qm: set[str], sentence: str) -> bool:
    """The sentence names no period but its base's (COMPARED_BASE), and that base is the period
    asked a year earlier: a quarter (the one asked) or "the same period" of the year before
    (YEAR_ON_YEAR_BASE)."""
    base = COMPARED_BASE.search(sentence)
    if base is None or len(qy) != 1 or qm:
        return False
    by, bq = _years(base.group(0)), _quarters(base.group(0))
    if not (bq or SAME_PERIOD.search(base.group(0))):
        return False   # a bare year ("compared with … in 2023") does not say the figure is of the next
    y = int(next(iter(qy)))
    return by == {f"{(y - 1) % 100:02d}"} and bq == qq


SAME_PERIOD = re.compile(r"\bsame\s+(?:period|quarter|half)\b", re.I)


# the period of the base a figure is compared with ("up 1.8% compared with SAR 74.52 billion in 2023",
# "down 6% from 1.29 million tonnes in 2023", "compared with EUR 4.2 billion in the same period of 2024",
# "from 2,786 crore in the same quarter of FY25"): not the period the sentence's own figure is of
# (the same-period base: probe17 CaixaBank newsletter, probe12 L&T results, probe7 Kingsoft Cloud results)
COMPARED_BASE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[^,;]|(?<=\d),(?=\d)){0,50}?\b(?:in|for|during|at\s+the\s+end\s+of)\s+"
                           r"(?:the\s+)?(?:(?:first|second|third|fourth|same)[\s-]+(?:fiscal\s+)?(?:quarter|half|period)\s+(?:of\s+)?)?(?:(?:fiscal\s+)?(?:19|20)\d\d|FY\s?(?:19|20)?\d\d|[1-4]Q\d\d|Q[1-4]\s?['’]?\d\d)\b", re.I)


# a change asked ("how did it change", "how fast did it grow", "and a year earlier", "from what
# level", "the prior-year figure") is stated by a change beside a number, whatever its words
CHANGE = {
    "name": "change-asked-stated",
    "asked": frozenset(stems("change changed grow growth fast earlier prior previous level ago before rise fall")),
    "stated": re.compile(r"\b(?:up|down|rose|fell|grew|gain\w*|increas\w*|decreas\w*|declin\w*|drop\w*|jump\w*|improv\w*|"
                         r"climb\w*|slid|shrank|from|compared\s+with|against|year[- ]on[- ]year|a\s+year\s+(?:earlier|ago|before))\b"
                         r"[^.;]{0,40}?\d|\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+(?:rise|increase|decline|drop|gain|growth|fall)", re.I),
    "examples": ("Revenue was $396 million, up 7% from $371 million a year earlier.",
                 "Emissions were 1.21 million tonnes, down 6% from 2023."),
    "provenance": "probe16 Tower Semiconductor results ('up 7% from $371 million'), probe15 DCI Indonesia feature "
                  "('119 MW ..., up from 82 MW a year ago'), probe16 PLDT report ('down 6% from')",
}


def _accents(text: str) -> str:
    """`text` without accents ("Türkiye" -> "Turkiye"), for matching names as written."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


MAX_QUOTES = 400
FIGURE_WORDS = ("shares?", "grow", "targets?", r"percent\w*", "proportion", "portion")
# questions that ask for a figure: the sentence must give one
# (the measures of the registry, extract/measure_names.QUESTION_HEADS, and the words of a share, a
# target or a growth asked)
FIGURE_ASKED = re.compile(r"\b(?:how\s+(?:much|many|fast|big|large)|" + "|".join(QUESTION_HEADS + FIGURE_WORDS) + r")\b", re.I)
# the words of asking beyond question_frame.ASKING: they say how a question asks, not what about
MORE_ASKING = set("""report reported reports say said says state stated according give gave tell being been""".split())
# the class word a thing named is said with ("the Sun Central plant", "its Brookfield campus"): the
# name says which one, the class word is not content a sentence must repeat
NAMED_KIND = {
    "name": "class-word-after-name",
    "words": frozenset("plant campus building site facility project cluster park factory fab mine platform programme program mission".split()),
    "examples": ("How much is being invested in the first phase of the Arlen Ridge plant?", "What is the IT capacity of Harlow's Brookfield building?"),
    "provenance": "probe18 08 Teraco release ('the Sun Central plant' / 'its Sun Central cluster'), probe18 04 Start Campus story "
                  "('NEST building'), probe6 06 Jio ('the Jamnagar AI data centre' / 'the Jamnagar facility')",
}
# a restrictive relative clause after the thing asked ("… the plant that will power Teraco", "… the
# loan X signed to fund Y"): it says which thing; its words may be in the sentence before, not required
RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who)\s+(?:will|would|is|was|are|were|has|have|had|can|could)\b.*$", re.I)


def _literal(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _content(question: str, names: list[str]) -> set[str]:
    # a name asked in its domain form ("Seznam.cz"): its suffix is no content word; nor is the
    # class word of a thing named ("the Sun Central plant": NAMED_KIND)
    kinds = "|".join(sorted(NAMED_KIND["words"]))
    text = PERIOD_WORDS.sub(" ", QUARTER.sub(" ", YEAR.sub(" ", question.lower())))
    for n in sorted(names, key=len, reverse=True):
        text = re.sub(re.escape(n.lower()) + f"(?:{DOMAIN_SUFFIX})?(?:\\s+(?:{kinds})\\b)?", " ", text)
    return stems(text) - stems(" ".join(ASKING)) - stems(" ".join(MORE_ASKING))


def _relative_words(question: str, names: list[str]) -> set[str]:
    """The content words (_content) of a restrictive relative clause of the question (RELATIVE_CLAUSE)."""
    m = RELATIVE_CLAUSE.search(question)
    return _content(m.group(0), names) if m else set()


# what an entity named only in the sentence before (a passage window) counts, against 1 for one
# the sentence names itself
WINDOW_WEIGHT = 0.8
# (issue49c) a content word said only by the headings above the sentence or its table's column headers counts
# half a word the sentence says: the heading that states the figure itself outranks a sentence under it that
# repeats one of its words (p20-04-q01 "# Arbitration summary: … tribunal awards KPN EUR 31.5 million net")
AROUND_WEIGHT = 0.5
PERIOD_SAID_WEIGHT = 0.3   # below a content word or a name: it ranks, it does not decide
# a document whose quoted sentences name the company asked about this often is about it: its
# sentences that name no other organisation are its ("Operating revenue came in at NZ$1,194 million")
ABOUT_FROM = 3
# "according to X": the question asks for what X says, an estimate of X's included
ACCORDING = re.compile(r"\baccording\s+to\b|\bas\s+(?:estimated|reported)\s+by\b", re.I)


# a question of the company's own guidance or outlook is answered by what the company "expects"
# (not by an analyst's estimate or the consensus)
OWN_OUTLOOK = {
    "name": "own-outlook-expects",
    "asked": re.compile(r"\b(?:guidance|outlook|guided?|forecasts?)\b", re.I),
    "examples": ("Management raised its guidance: it now expects sales to grow by about 3%.",),
    "not": ("Analysts expect sales to grow by about 3%.",),
    "provenance": "probe17 03 CaixaBank newsletter ('raised its 2025 guidance ...: it now expects NII to fall'), probe17 07 "
                  "Logitech ('raised its outlook: it now expects net sales growth'), probe16 07 Xero ('updated our FY26 guidance: ... now expected')",
}
OTHERS_ESTIMATE = re.compile(r"\banalysts?\b|\bconsensus\b|\bestimat\w*", re.I)


# a cause stated ("driven by", "because", "blamed the cuts on", "cited …", "attributed … to"): a why-
# question needs one (claims_fallback.CAUSAL, and the verbs that attribute a change to its cause)
REASON_STATED = re.compile(r"\b(?:attribut\w+|blam\w+|cit(?:ed|es|ing)|reasons?|explain\w*|after|amid)\b|" + CAUSAL.pattern, re.I)


def _with_heads(names: list[str]) -> list[str]:
    """The names of one entity and the head word each is said by when the rest of it is a class or
    legal word ("Khazna" for "Khazna Data Centers", "Sakura" for "Sakura Internet": the rule
    linking.LabelIndex reads questions with, linking.GENERIC_TAIL)."""
    out = list(names)
    for n in names:
        toks = n.lower().split()
        if len(toks) > 1 and set(toks[1:]) <= GENERIC_TAIL and toks[0] not in GENERIC_TAIL and len(toks[0]) >= 3:
            out.append(toks[0])
    return list(dict.fromkeys(out))


# "Which <kind> …?", "Who …?": the answer is a thing the sentence names, not words it repeats. The
# words that say the kind asked ("AI company", "operator", "Nvidia GPUs") are left out of the
# content a sentence must hold; instead it must name something besides the entities asked (a name
# the question does not say: capitalised words, a model code). The kind phrase runs from "which"
# to the clause's verb (an auxiliary, a past form, or a verb of the list).
_AUX = r"(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|may|might)"
_VERB = (r"(?:makes?|includes?|uses?|powers?|leads?|sells?|holds?|houses?|contains?|competes?|runs?|builds?|manufactures?|supplies|supply|"
         r"provides?|offers?|covers?|sits?|owns?|comprises?|moves?|ships?|hosts?|operates?|serves?|trains?|designs?|[\w-]+ed)")
WHICH_ASKED = {
    "name": "which-entity-asked",
    "pattern": re.compile(r"^\s*which\s+(?P<kind>(?:(?!" + _AUX + r"\b|" + _VERB + r"\b)[\w&.'’-]+\s+){1,4}?)(?=" + _AUX + r"\b|" + _VERB + r"\b)", re.I),
    "who": re.compile(r"^\s*(?:who|whom|whose)\b", re.I),
    # a name a sentence gives: capitalised words (not only its first word) or a code with a digit
    "name_token": re.compile(r"(?<![\w.])(?:[A-Z][\w&’'.-]*[A-Za-z0-9]|[A-Za-z]*\d+[A-Za-z][\w.-]*|[A-Z]{2,}\d*)"),
    "examples": ("Which operator will trial Harbor's radio software in 2026?", "Who leads Norvik's ticketing business?",
                 "Which chip company is Brightwell partnering with?"),
    "provenance": "probe5 03 Nokia results ('Which operator will trial Nokia's AI-RAN technology': 'T-Mobile US plans to begin field "
                  "trials of the technology'), probe10 07 Eternal/Blinkit ('Who leads Eternal's District business': '… is led by Rahul "
                  "Ganjoo'), probe18 07 Seznam ('Who succeeded Pavel Zima': 'He was succeeded … by Jan Hnízdil')",
}
# words that are no name a sentence answers with: a sentence's capitalised first word, titles, and
# the class and calendar words a question's names are read past (names_asked.GENERIC_CAPS)
NOT_A_NAME = frozenset("""the a an in on at for by it its this that these those they he she we our their his her as after
before during since while when with from to of and but or if also both each new last next first second third fourth
monday tuesday wednesday thursday friday saturday sunday chief executive officer chairman president
according however meanwhile separately""".split())


def kind_asked(question: str) -> str:
    """The words saying the kind of thing a which-question asks for (WHICH_ASKED), or '' (pure)."""
    m = WHICH_ASKED["pattern"].match(question)
    return m.group("kind").strip() if m else ""


def entity_asked(question: str) -> bool:
    """A which- or who-question: its answer is a thing the sentence names (WHICH_ASKED) (pure)."""
    return bool(kind_asked(question) or WHICH_ASKED["who"].match(question))


def names_answer(sentence: str, question: str, names: list[str]) -> bool:
    """The sentence names something the question does not (WHICH_ASKED["name_token"]): a
    capitalised word or a code, not one of the entities asked nor a calendar or class word (pure)."""
    said = _accents(question.lower())
    asked = [n.lower() for n in names]
    for m in WHICH_ASKED["name_token"].finditer(sentence):
        tok = _accents(m.group(0).lower()).strip(".’'")
        if not tok or tok in NOT_A_NAME or m.group(0).strip(".’'") in GENERIC_CAPS or (m.start() == 0 and tok in STOPWORDS):
            continue
        if _says(said, tok) or any(_says(n, tok) or _says(tok, n) for n in asked):
            continue
        return True
    return False


def _says(text: str, name: str) -> bool:
    """`text` names `name` as a word of its own ("tower" is not in "towers" or "cooling-tower's")."""
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(name, i + 1)
    return False


def _dated(store, evidence: list[str], timeout: float | None = None) -> tuple:
    """The (start, end) periods of the facts and claims read from the quoted sentences `evidence`."""
    from .run import run_query
    return tuple(dict.fromkeys((r["ps"].value[:10], r["pe"].value[:10]) for e in evidence[:5]
                               for r in run_query(store, DATED_OF % (KG, e), {}, timeout=timeout).rows))


# whether the stored sentences of a store name a (lower-case) name, as the last scans found it
SCANNED: dict[tuple[int, str], bool] = {}


def named_in_text(store, name: str) -> bool | None:
    """Whether a scan of `store`'s stored sentences (from_text) found `name`; None if none looked."""
    return SCANNED.get((id(store), _accents(name.strip().lower())))


def from_text(store, question: str, groups: list[list[str]], timeout: float | None = None, wants: str = "",
              firms: tuple[int, ...] = (), index=None):
    """(sentence, document IRI, covered, content, cell) of the best quoted sentence that names every
    entity asked about (each a group of aliases: in the sentence, or in its document's title; for
    an organisation, the groups numbered in `firms`, also a sentence of a document about it
    naming no other organisation the label `index` knows) and holds the question's content, or
    None; `wants` is the answer type the question model reads (question.read: "Person" needs the
    role asked, _role_fits). The sentence's content may be said by the headings it stands under
    (kg:heading); a table row's by the column header of the cell the period asked picks (kg:columns,
    column_cell), `cell` then naming the row label, that header and the figure, else ''."""
    keep = [i for i, grp in enumerate(groups) if any(len(n.strip()) >= 3 for n in grp)]
    firms = {keep.index(i) for i in firms if i in keep}
    # (a name with accents is looked for as written too: the store's quotes keep them, "Tiszavölgy")
    accented = list(dict.fromkeys(n.strip().lower() for i in keep for n in groups[i] if len(n.strip()) >= 3 and _accents(n.strip().lower()) != n.strip().lower()))[:3]
    groups = [list(dict.fromkeys(_accents(n.strip().lower()) for n in groups[i] if len(n.strip()) >= 3)) for i in keep]
    names = [n for g in groups for n in g]
    if not names:
        return None
    content = _content(_accents(question), names)   # (names are matched without accents: "Tiszavölgy")
    if not content:
        return None
    required = (content - _relative_words(question, names)) or content
    which = entity_asked(question)
    lenient = len(required) >= LENIENT_FROM   # (the kind's words left out below do not make it stricter)
    if (kind := kind_asked(question)):
        required = (required - _content(kind, names)) or required   # the kind asked: said by the name given
    names_asked = passage.name_stems(question)   # the question's own names ("Sines"): the window may say them
    from .run import run_query
    docs: dict[str, int] = {}
    # one pass over the quotes (the costly step on a large store: 0.35 s CPU at 10k articles) for
    # the shortest names ("belzorzor" holds "belzorzor holdings")
    scan = [n for n in dict.fromkeys(names) if not any(m != n and m in n for m in names)][:3]
    found = " || ".join(f"CONTAINS(LCASE(STR(?quote)), {_literal(n)})" for n in scan + accented)
    for r in run_query(store, DOCS % (KG, found, MAX_DOCS), {}, timeout=timeout).rows:
        docs[r["doc"].value] = docs.get(r["doc"].value, 0) + int(r["n"].value)
    if len(scan) == 1 or not docs:
        SCANNED.update({(id(store), n): bool(docs) for n in scan})   # (ask._not_stated asks it again otherwise)
    for n in scan + accented:
        for r in run_query(store, TITLED % (_literal(n.lower()), MAX_DOCS), {}, timeout=timeout).rows:
            docs[r["doc"].value] = docs.get(r["doc"].value, 0) + 1
    rows = []
    evidence: dict[tuple[str, str], list[str]] = {}
    starts: dict[tuple[str, str], int] = {}
    contexts: dict[tuple[str, str], tuple[str, str]] = {}   # (quote, doc) -> (its heading path, its row's column headers)
    for doc in sorted(docs, key=docs.get, reverse=True)[:MAX_DOCS]:
        for r in run_query(store, QUOTES % (KG, doc, MAX_QUOTES), {}, timeout=timeout).rows:
            quote = " ".join(r["quote"].value.split())
            evidence.setdefault((quote, doc), []).append(r["e"].value)
            rows.append((quote, doc))
            if r.get("at") is not None:
                starts.setdefault((quote, doc), int(r["at"].value))
            if r.get("heading") is not None or r.get("columns") is not None:   # (extract/passage_context.py)
                contexts.setdefault((quote, doc), tuple(r[k].value if r.get(k) is not None else "" for k in ("heading", "columns")))
    before = passage.windows(starts)   # (quote, doc) -> the sentence before it in its document
    lowered = [n.lower() for n in names]
    titles = {}
    issued: dict[str, str] = {}   # a document's date (for a heading's yearless period: under_heading_period)
    for doc in docs:
        got = run_query(store, TITLE % (doc, doc, doc), {}, timeout=timeout).rows
        titles[doc] = _accents(got[0]["title"].value.lower()) if got else ""
        if got and got[0].get("date") is not None:
            issued[doc] = got[0]["date"].value[:10]
    if not rows:
        return None
    figure = bool(FIGURE_ASKED.search(question))
    change_asked = content & CHANGE["asked"]
    m = ACCORDING.search(question)
    after = _accents(question[m.end():].lower()) if m else ""
    sources = [g for g in groups if any(_says(after, n) for n in g)]   # the source the question asks ("according to X")
    df: dict[str, int] = {}
    sent_stems = {}
    lows = {}
    naming: dict[tuple[str, int], int] = {}   # (document, group) -> how many of its sentences name it
    for quote, doc in dict.fromkeys(rows):
        if quote not in sent_stems:
            sent_stems[quote] = stems(quote)
            lows[quote] = _accents(quote.lower())
            for w in sent_stems[quote]:
                df[w] = df.get(w, 0) + 1
        for gi in firms:
            if any(_says(lows[quote], n) for n in groups[gi]):
                naming[doc, gi] = naming.get((doc, gi), 0) + 1
    own_outlook = OWN_OUTLOOK["asked"].search(question)
    asked_period = bool(_years(question) or _quarters(question) or _months(question))
    reported_asked = figure and REPORTED_BASIS["asked"].search(question) and not REPORTED_BASIS["adjusted"].search(question)
    best = best_opened = None
    qlow = _accents(question.lower())
    for quote, doc in dict.fromkeys(rows):
        if quote.rstrip(' "”’\'').endswith("?"):
            continue   # a question the document asks (a heading, an interviewer) answers nothing
        low, title = lows[quote], titles.get(doc, "")
        if ESTIMATE_ASKED.search(quote) and not ESTIMATE_ASKED.search(question) and not (own_outlook and not OTHERS_ESTIMATE.search(quote)) \
                and not (sources and all(any(_says(low, n) for n in g) for g in sources)):
            continue   # an analyst's estimate or an expectation answers only a question that asks for one (or its source)
        if reported_asked and REPORTED_BASIS["adjusted"].search(quote) and not REPORTED_BASIS["asked"].search(quote):
            continue   # a reported figure asked: a sentence of the adjusted or core one (figure_terms_asked)
        if put_to_company(quote) and not ESTIMATE_ASKED.search(question):
            continue   # a figure someone puts to the company ("our checks suggest your project could be worth …": estimates.ADDRESSED)
        st = sent_stems[quote]
        prev = before.get((quote, doc), "")
        # the sentence's subject refers back (passage.refers_back: "The building has …", "the company
        # stated that its revenue …"): the entities and place names the sentence before names are its
        window = prev if prev and passage.refers_back(quote) else ""
        wlow = _accents(window.lower())
        heading, columns = contexts.get((quote, doc), ("", ""))
        # a table row whose period is not its own: the cell whose column header fits the period asked (column_cell)
        cell = dated_cell = column_cell.by_period(question, quote, columns) if asked_period and not _period_fits(question, quote) else None
        if cell and not column_cell.unit_in_row(question, quote):
            continue   # a unit asked by name and a row that does not name it (column_cell.UNIT_IN_ROW)
        if cell is None and columns:
            picked, cell = sentence_fit.column_picked(question, quote, columns)   # (a cell of no period: the row's checked)
            if picked and cell is None:
                continue   # the question picks a column by its header's words and they fit no single one (COLUMN_BY_WORD)
        # the words of the headings it stands under and of the chosen cell's column count as its own (issue49c)
        # (a table row only: its caption and headings name what its cells are; a sentence says its own content)
        around = stems(heading) | stems(columns) if quote.lstrip().startswith("|") else set()
        covered = content & (st | around | (stems(window) & names_asked) if window else st | around)
        covered |= {w for w in content - covered if "-" in w and stems(w.replace("-", " ")) <= st | around}   # ("green-bond": "Green Bond")
        if change_asked and CHANGE["stated"].search(quote):
            covered |= change_asked   # "how did it change": the sentence states a change
        need = len(required) - (1 if lenient else 0)
        opened = False
        if len(covered & required) < need:
            # (issue51q) the content said in other words (a measure's synonym, the heading above a sentence, its
            # table's column header) lets a sentence in only when it states the content so (every word of the measure
            # asked) and passes the strict checks of sentence_fit (the period stated, the measure beside its figure, the unit)
            wider = covered | content & (sentence_fit.measure_cover(qlow, low) | stems(heading) | stems(columns))
            if len(required - wider) > len(required) - need or (required - wider) & sentence_fit.measure_stems(qlow):
                continue
            if sentence_fit.refuses(question, quote, heading, cell, issued.get(doc, ""), lowered):
                continue
            if not any(_says(low, n) for g in groups for n in g) and _names_other(index, quote, groups):
                continue   # the subject: a sentence naming another organisation and none asked is not the company's
            covered, opened = wider, True
        if figure and not opened and not (cell_measure(question, cell, heading) if cell else _figure_near(question, quote, lowered)):
            continue
        if asked_period and not dated_cell and sentence_fit.other_part_said(question, quote):
            continue   # a half or quarter asked: the sentence states that part of another period only (OTHER_PART_SAID)
        if not _role_fits(question, quote, wants):
            continue
        if which and not names_answer(quote, question, names):
            continue   # a which- or who-question: the sentence names what is asked
        if wants == "Person" and _officer_of_other(index, quote, groups):
            continue   # the title is another organisation's (a rival's, or the parent of the unit asked)
        if wants == "reason" and not REASON_STATED.search(quote):
            continue   # "why …": a sentence stating a cause, not the change it explains
        dated = lambda: _dated(store, evidence[quote, doc], timeout)   # noqa: E731 (asked of the store only when needed)
        under = not dated_cell and not _period_fits(question, quote, dated) and under_heading_period(question, quote, heading, dated, issued.get(doc, ""))
        if not _counts(question, quote) or not (dated_cell or under or _period_fits(question, quote, dated)):
            continue
        if part_said(question.lower(), quote):
            continue   # a part's count where the total is asked (narrowing.WHOLE_ASKED)
        if _unit_subject(quote, groups, question):
            continue   # a unit's sentence (its subject a longer name than the company asked)
        by_window = {gi for gi, g in enumerate(groups) if window and not any(_says(low, n) for n in g) and any(_says(wlow, n) for n in g)}
        if by_window and passage.other_subject(index, quote, groups):
            continue   # another organisation is the sentence's own subject: its figure is that one's
        unnamed = [gi for gi, g in enumerate(groups) if gi not in by_window and not any(_says(low, n) or _says(title, n) for n in g)
                   and not spelled_out(g, low)]
        if asked_period and unnamed and undated_row(quote) and not dated_cell:
            continue   # a table row of several values, no period said and the entity asked not named by it or its
            # document's title: whose figure of which period is not known (rule undated-row)
        if unnamed and figure and other_name_subject(quote, groups, question):
            continue   # another name is the sentence's subject: the figure is that one's, not the company's its document is about
        if unnamed and (any(gi not in firms or naming.get((doc, gi), 0) < ABOUT_FROM for gi in unnamed)
                        or _names_other(index, quote, groups)):
            continue   # every entity asked about is named by the sentence, its document's title or (a company) its document
        titled = [gi for gi in firms if gi not in unnamed and gi not in by_window and not any(_says(low, n) for n in groups[gi])]
        if titled and figure and _names_other(index, quote, groups):
            continue   # a company named only by the title: a figure in a sentence naming another organisation is that one's
        score = sum(math.log(1 + len(sent_stems) / df[w]) for w in covered & st) - 0.01 * len(quote) / 100 \
            + AROUND_WEIGHT * sum(math.log(1 + len(sent_stems) / df.get(w, 1)) for w in (covered & around) - st)
        # each entity asked that the sentence names (or the sentence before it, this one referring back)
        score += sum(1.0 if any(_says(low, n) for n in g) else WINDOW_WEIGHT if gi in by_window else 0.0
                     for gi, g in enumerate(groups))
        # the period asked said in the sentence's own words ("As at 30 September 2025, the order
        # book stood at …"), not only by the dates read from it: between sentences sharing the
        # subject and the measure, the one stating the period asked (a tie no longer goes to the
        # shorter sentence, p22-05-q06 "Our order book is up 35% in one quarter")
        if asked_period and (dated_cell or under or _period_fits(question, quote)):
            score += PERIOD_SAID_WEIGHT
        if opened:
            if best_opened is None or score > best_opened[0]:
                best_opened = (score, quote, doc, covered, cell.reading() if cell else "")
        elif best is None or score > best[0]:
            best = (score, quote, doc, covered, cell.reading() if cell else "")
    best = best or best_opened   # (a sentence let in by the wider content gate only when no other answers)
    if best is None or NOT_GIVEN.search(best[1]):
        return None
    return best[1], best[2], best[3], content, best[4]


# the name a sentence opens with (its subject): capitalised words, with "&", "-" and "of"
SUBJECT = re.compile(r"^(?:The\s+|In\s+[^,]{1,30},\s+)?((?:[A-Z][\w&.’'-]*)(?:\s+(?:[A-Z][\w&.’'-]*|of|&))*)")


# the organisation a title is tied to in its sentence: the name right before it ("Acme CEO Dana
# Koh", "Acme's chief executive") or the place of an opening "At Acme, CEO Dana Koh said"
TITLE_ORG = re.compile(r"(?:^|[\s(\"“])(?:[Aa]t\s+)?((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*)(?:['’]s)?,?\s+$")


# rule initials-spelled-out (issue48q): a name of capitals the graph does not know, asked as a thing of the company
# ("what was the TCV of AI contract wins", "What PUE did … reach"), is named by a sentence that spells out its words
# ("a total contract value of £4.8 million": probe35 07 Netcall, p35-07-q07; the same spelled-out words in probe20 02
# Mastek "signed AI-led deals with a total contract value of Rs 212 crore" and probe5 07 HCLTech "New deal wins (total
# contract value)"); the same reading as the claims lane's acronyms (claims_fallback._initials: "IPO")
SPELLED_OUT = {
    "name": "initials-spelled-out",
    "name_shape": re.compile(r"[a-z]{2,5}"),
    "examples": (("tcv", "AI-related contract wins had a total contract value of £4.8 million"),),
}


def spelled_out(group: list[str], sentence: str) -> bool:
    """A group of one initials-shaped name (SPELLED_OUT) whose words the (lower-case) sentence spells out."""
    return any(SPELLED_OUT["name_shape"].fullmatch(n) for n in group) and bool(
        {n for n in group} & _initials(sentence))


def _officer_of_other(index, sentence: str, groups: list[list[str]]) -> bool:
    """A person asked of an organisation, and the sentence ties the title it names (ROLE_WORDS) to
    another organisation: one the label `index` knows that is none asked ("At Rivalco Cloud, CEO
    X said" for Acme Cloud), or the company whose unit is asked, its name shorter than the one
    the question writes (question.LEGAL_TAIL aside: "Acme CEO X" for Acme Cloud). Seen: probe19
    03 nhn_korean_daily_translation ("At Naver Cloud, CEO X said", "NHN CEO Y said" beside the
    cloud unit asked) and probe7 Kingsoft Cloud (the cloud company's chief executive, "of Kingsoft
    Cloud", not its controlling shareholder Kingsoft Corporation's)."""
    names = {n for g in groups for n in g}
    for written in title_orgs(sentence):
        org = _accents(written.lower())
        toks = org.split()
        for n in names:
            extra = n.split()[len(toks):]
            if n.split()[:len(toks)] == toks and extra and set(extra) - LEGAL_TAIL:
                return True   # the parent of the unit asked
        if org in names:
            return False
        if index is not None and any(h.kind in ("Company", "Organization", "Segment") and not ({h.label.lower(), h.matched.lower()} & names)
                                     for h in index.find_in(written)):
            return True
    return False


def title_orgs(sentence: str) -> list[str]:
    """The organisations the sentence ties the titles it names (ROLE_WORDS) to (TITLE_ORG), as written."""
    low = sentence.lower()
    out = []
    for pat, _ in ROLE_WORDS:
        for r in re.finditer(pat, low):
            m = TITLE_ORG.search(sentence[:r.start()])
            if m is not None:
                out.append(m.group(1))
    return out


def other_name_subject(sentence: str, groups: list[list[str]], question: str) -> bool:
    """The sentence opens with a name of two or more capitalised words ("Far EasTone — 29.1%
    (… revenue NT$101.6 billion in 2024)") that is none of the names asked nor the question's
    words, and names no entity asked: its figure is that one's, however much its document is
    about the company asked (the whose-figure rule of a sentence's subject; the class, title,
    calendar and measure words of a name aside)."""
    m = SUBJECT.match(sentence)
    if not m:
        return False
    words = [w.strip(".,’'") for w in m.group(1).replace("’s", "").replace("'s", "").split() if w not in ("of", "&")]
    if len(words) < 2 or any(w in GENERIC_CAPS or MEASURE.fullmatch(w) or asked_roles(w.lower()) for w in words):
        return False
    low = _accents(sentence.lower())
    if any(_says(low, n) for g in groups for n in g):
        return False
    qwords = set(re.findall(r"[\w-]+", _accents(question.lower())))
    return not any(_accents(w.lower()) in qwords for w in words)


def _unit_subject(sentence: str, groups: list[list[str]], question: str) -> bool:
    """The sentence's subject is another name than the company asked about that starts like it, its
    other words not in the question ("Turkcell Türkiye, which holds …, produced revenue of …" for
    Turkcell; "Varne Domestic …" for Varne Telekom): a unit's sentence, not the company's (the class
    and legal words of names, linking.GENERIC_TAIL, aside)."""
    m = SUBJECT.match(sentence)
    if not m:
        return False
    toks = _accents(m.group(1).lower().replace("’s", "").replace("'s", "")).split()
    for k, t in enumerate(toks):
        if any(re.fullmatch(pat, t) or re.match(pat, " ".join(toks[k:])) for pat, _ in ROLE_WORDS):
            toks = toks[:k]   # "Acme CEO Dana Koh said …": the company, then its officer
            break
    qwords = set(re.findall(r"[\w-]+", _accents(question.lower())))
    for g in groups:
        for n in g:
            head = n.split()
            if not toks or toks[0] != head[0] or toks == head:
                continue
            if toks[:len(head)] == head or len(head) > 1:
                added = [t for t in toks[1:] if t not in head and t not in GENERIC_TAIL and t not in ("of", "&")]
                if added and not all(t in qwords for t in added):
                    return True
    return False


def _names_other(index, sentence: str, groups: list[list[str]]) -> bool:
    """The sentence names an organisation the label `index` knows besides those asked
    about (its figures may be that one's); True without an index."""
    if index is None:
        return True
    asked = {n for g in groups for n in g}
    for h in index.find_in(sentence):
        if h.kind in ("Company", "Organization") and not ({_accents(h.label.lower()), _accents(h.matched.lower())} & asked):
            return True
    return False
