"""Claims as the last resort of `ask`: when no typed fact answers, the claims the documents make
about the entities named (saved query `claims`: parameters entity, period, predicate) are ranked
by the question's words and the type of value it asks for; the best answer, with their quotes,
as basis "claim". A claim answers only when its value is of the type asked for and its
predicate, measure or sentence holds every content word of the question, so a question about a
fact no document states still gets no_answer."""
from __future__ import annotations

import re

from .answer_text import _s
from .linking import norm
from .names_asked import unknown_names
from .question_frame import ASKING, PERIOD_WORDS, RELATION_BY_NAME, stems as _stems
from .estimates import ESTIMATE_ASKED, company_outlook_asked, estimated
from .year_pattern import years_said
from .undated_rows import undated_row
from .narrowing import ANNUALISED, COUNTED, _source_in_quote, _source_words, charged_value, part_stated
from .question import PAID, SPENT, asked_roles, says_designators, source_parties, OUTLOOK_ASKED, PERFORMED, OUTLOOK_MEASURE, REPORTED, STOPWORDS, _words, measures_named, without_names
from .pattern_cache import plain
from .extract.measure_names import REVENUE_HEADS

# the claim value roles that answer each type of question; other questions get no claim answer
ROLES = {"amount": {"amount", "count"}, "change": {"growth"}, "percent": {"share", "growth", "percent"}, "stake": {"share"},
         "date": {"date"}, "duration": {"duration"}}
# the words a share is asked with ("what share of the X market did Y hold"): no content of their own
SHARE_WORDS = "share percentage portion proportion fraction hold holds held have had command commands commanded"
# a ranking claim ("ranked second among providers of X, with a 21.5% share") states a position in a
# market: a share question's "market" is said by it; a stake's share ("its 50% share of X") is not
MARKET_WORDS = "market markets"
# a sentence that ranks a company ("ranking X the largest supplier of …", "the market leader") states
# a market position though it does not say "market" (probe16 p16-01-q09)
RANKED = plain(r"\brank(?:s|ed|ing)?\b|\b(?:largest|biggest|leading|leader|number\s+(?:one|two|three))\b", re.I)
# the role that answers a type best when several may ("what share": a share before a growth rate)
PRIMARY = {"percent": "share", "amount": "amount"}
# a question of this many content words or more is answered by a claim missing one of them (a
# verb of the question the sentence puts otherwise: "developers use the platform" / "developers
# on the platform")
LENIENT_FROM = 4
CLAIM_TEXT_COLUMNS = ("predicate", "measure", "role", "quote")
# (an adverb between: "is now expected to reach approximately JPY 60 billion", probe21 02, lost at the merge of
# issue41g's outlook-asked rule; "is still expected to", "is also expected to")
OUTLOOK_SAID = plain(r"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?expected\b|\bexpects\b|\bguidance\b|\boutlook\b|\bforecasts?\b")
# (issue46a) a plan's target or a budget said around the value is expected too ("a three-year plan that targets
# revenue of S$260 million", "the budget foresees RON 42 million": probe34 05 Bittnet budget, kindcheck34 tables 02
# Orchidwell plan); only in the value's own clause ("reached 8.6 million …, and the company is targeting 10 million":
# the 8.6 million is reported, probe6 04), and the noun "target" alone may be an acquisition's target company
PLAN_SAID = plain(r"\btarget(?:s|ed|ing)\b|\b(?:revenue|sales|profit|ebitda|margin|turnover)\s+targets?\b|\bbudget(?:s|ed)?\b")
# A unit's line in a list of segment results ("QCT: $9.82 billion, up 13%") states its revenue
# without the word: an amount claimed of a unit the question names, with no measure, answers a
# question of revenue or sales
UNIT_LINE = plain(r"\s*[-•*]?\s*(?P<unit>[^:\d]{2,60}?)(?::|\s[-–—]\s)\s*\D{0,4}\d")   # "<unit>: $X billion, up Y%", "<unit> - X won"
# a sentence stating the whole group's figure: "Group-wide, …", "the group's net profit", "for the whole group"
GROUP_WIDE = plain(r"(?i)\bgroup(?:[- ]wide|['’]s)?\b")
UNIT_LINE_MEASURES = " ".join(REVENUE_HEADS) + " earn earned generate generated bring brought"   # (measure_names)


def _content(qm) -> set[str]:
    """The content words of question `qm`: its stems less the words of asking, its periods and
    the names of the entities it links (pure)."""
    content = _stems(PERIOD_WORDS.sub(" ", qm.lower)) - _stems(" ".join(ASKING))
    for h in qm.hits:
        content -= _stems(h.label + " " + h.matched)
    return content


def _names_all(qm, row: dict) -> bool:
    """A claim answers a question naming several entities only if its sentence names them all."""
    hits = qm.hits
    if any(h.kind == "Segment" for h in hits):   # "TSMC's High Performance Computing": the owner is implied
        # but a claim of the owner itself stating a group figure answers for its unit only when its
        # sentence names the unit ("Group-wide, Acme's net profit …" is no answer to "Nimbus's net
        # profit"; "the company will invest $X in it" still is)
        units = [h for h in hits if h.kind == "Segment"]
        subject = norm(_s(row, "subjectLabel"))
        if subject and any(h.kind == "Company" for h in hits) and subject not in {norm(h.label) for h in hits}:
            return False   # another company's figure in a sentence naming the unit ("A competes with B, which reported …")
        if subject and subject not in {norm(h.label) for h in units}:
            text = norm(_s(row, "quote"))
            if GROUP_WIDE.search(_s(row, "quote")) and not any(norm(h.label) in text or norm(h.matched) in text for h in units):
                return False
        hits = [h for h in hits if h.kind != "Company"]
    # a country said as its adjective qualifies ("Korean mobile subscriptions"; the sentence says "Korea's")
    hits = [h for h in hits if h.kind != "Country"] or hits
    if len(hits) < 2:
        return True
    text = norm(_s(row, "quote") + " " + _s(row, "subjectLabel"))
    return all(norm(h.label) in text or norm(h.matched) in text for h in hits)


# An entity asked for ("which subsidiary makes liquid cooling", "who is replacing X as CEO") that
# no typed fact gives: a sentence holding every content word of the question (all but one of
# four or more), at least ENTITY_MIN_WORDS of them, and a name besides those the question names
ENTITY_WANTS = {"Company", "Person", "Product", "AIModel", "Application", "Segment"}
ENTITY_MIN_WORDS = 2
_NAME = plain(r"(?<=\s)[A-Z][\w&.-]*[A-Za-z0-9]")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "For", "And", "But", "Its", "It", "This", "That", "Chief", "Executive",
              "Officer", "President", "CEO", "CFO", "AI", "Inc", "Ltd", "Co", "Corp", "Group", "January", "February", "March",
              "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def _entity_score(qm, row: dict, published=None) -> float:
    if not _in_period(qm, row, published):
        return 0.0
    from .question import _KIND_NOUN
    text = PERIOD_WORDS.sub(" ", qm.lower)
    content = _stems(text) - _stems(" ".join(ASKING)) - _stems(" ".join(m.group(0) for m in _KIND_NOUN.finditer(text)))
    for h in qm.hits:
        content -= _stems(h.label + " " + h.matched)
    if len(content) < ENTITY_MIN_WORDS:
        return 0.0
    quote = _s(row, "quote")
    missing = len(content - _stems(quote))
    if missing > (1 if len(content) >= LENIENT_FROM else 0):
        return 0.0
    if not _other_names(qm, quote):
        return 0.0
    return float(len(content) - missing) + (0.5 if _s(row, "via") == "subject" else 0.0)


def _names(row: dict, h) -> bool:
    quote = norm(_s(row, "quote"))
    return bool(re.search(rf"\b{re.escape(norm(h.label))}\b", quote) or re.search(rf"\b{re.escape(h.matched)}\b", quote))


# DESIGNATOR, says_designators: question (the numbered-part check of every lane)
_says_designators = says_designators


def says_outlook(row: dict) -> bool:
    """Whether a claim states what is expected, not what was reported: a guidance predicate, an
    outlook measure, or a sentence that says so (OUTLOOK_SAID)."""
    return bool(_s(row, "predicate") in ("guide", "raise-guidance", "cut-guidance") or OUTLOOK_MEASURE.search(_s(row, "measure"))
                or OUTLOOK_SAID.search(_s(row, "quote")) or PLAN_SAID.search(value_clause(_s(row, "quote"), _s(row, "valueText"))))


def claim_score(qm, row: dict, published=None, relation: str = "") -> float:
    """How well a claim row answers question `qm` (0: not at all). A question about a claim
    predicate (qm.predicate: a ranking, a cause …) takes the claims with that predicate, ranked
    by the words they share with it. Otherwise the value's role must be of the type asked for,
    and every content word of the question (less the entities named and the words of asking)
    must be in the claim's predicate, measure or sentence. A claim stating the relation asked
    (`relation`, a question_frame.RELATIONS name: its predicate, or its sentence around the value)
    is ranked first when its value is of the type asked (_relation_score) (pure)."""
    if not _names_all(qm, row) or not _says_designators(qm.text, _s(row, "quote")):
        return 0.0
    if qm.predicate:
        return _predicate_score(qm, row, published)
    rel = RELATION_BY_NAME.get(relation)
    if rel is not None and rel.stated(row, _roles(qm) is not None):
        found = _relation_score(qm, row, rel, published)
        if found:
            return found
    if qm.wants in ENTITY_WANTS:
        return _entity_score(qm, row, published)
    roles = _roles(qm)
    dated = qm.wants == "date" and bool(_s(row, "periodLabel"))   # "when": the claim's period answers
    if not roles or (_s(row, "role") not in roles and not dated):
        return 0.0
    content = _content(qm)
    if qm.wants in ("percent", "stake"):   # the words the form was read from ("what share of …") are no content
        content -= _stems(SHARE_WORDS)
    if not content and not (PERFORMED.search(qm.lower) and _s(row, "via") == "subject"):
        return 0.0   # (how a unit performed: the figures claimed of it are the answer)
    claim_words = set()
    for col in CLAIM_TEXT_COLUMNS:
        claim_words |= _stems(_s(row, col))
    measure = _s(row, "measure").lower()
    said = _s(row, "quote").lower()
    for words, stems, _ in measures_named(without_names(qm.lower, qm.hits)):   # "make" is said by a claim of revenue
        if any(st in measure or st in said for st in stems):   # (or by a sentence saying "sales", "headcount")
            claim_words |= _stems(words)
    claim_words |= _initials(_s(row, "quote"))
    if _s(row, "predicate") == "invest" and _s(row, "role") == "amount" and (spent := SPENDING_VERB.search(qm.lower)):
        claim_words |= _stems(spent.group(0))   # money invested is money spent ("spend on R&D": "invested A$150m in R&D"; not money raised)
    if qm.wants == "percent" and _s(row, "predicate") == "rank":
        claim_words |= _stems(MARKET_WORDS)
    line = UNIT_LINE.match(_s(row, "quote"))
    if line and not _s(row, "measure") and _s(row, "role") in ("amount", "growth") and (any(
            h.kind == "Segment" and (h.iri == _s(row, "subject") or norm(line.group("unit")) in (norm(h.label), h.matched))
            for h in qm.hits) or _stems(line.group("unit")) <= _stems(qm.lower)):   # a unit the graph has no entity for
        claim_words |= _stems(UNIT_LINE_MEASURES)
    # the word allowed missing is never "market" of a market share asked (a sentence that does not
    # say it states another share: probe20 p20-03-q10 was answered with a stake read from a table
    # row; the market-share questions of probe17 and probe19 name "market" the same way)
    if qm.wants in ("percent", "stake") and (content - claim_words) & _stems(MARKET_WORDS) and not RANKED.search(_s(row, "quote")):
        return 0.0
    missing = len(content - claim_words)
    # a sentence naming every one of two or more entities the question links is about the same
    # thing; it needs half the question's other words, else all but one of four or more
    allowed = len(content) // 2 if len(qm.hits) >= 2 else 1 if len(content) >= LENIENT_FROM else 0
    if missing > allowed:
        return 0.0
    if not _in_period(qm, row, published) or not _measure_fits(qm, row):
        return 0.0
    if not _measure_said(qm, row, measure, said, claim_words):
        return 0.0   # the measure asked is among the words a claim may miss only when it says it (MEASURE_SAID)
    src, _ = _source_words(qm.text, list(qm.hits))
    if src and not (src & _words(_s(row, "measure") + " " + _s(row, "subjectLabel")) or _source_in_quote(src, _s(row, "quote"))):
        return 0.0   # "revenue from AI servers": a claim of revenue that does not say it came from them
    outlook = says_outlook(row)
    if REPORTED.search(qm.lower) and not OUTLOOK_ASKED.search(qm.lower) and outlook:
        return 0.0   # what was reported is not what is expected
    if company_outlook_asked(qm.text) and not outlook:
        return 0.0   # (issue41g) what the company expects is not what it reported ("What free cash flow does X expect
        # for fiscal 2027?" and only the quarter's 'Free cash flow of $58.3 million': kindcheck31 guidance q09, as probe30
        # 07_elmos q02 the other way)
    score = float(len(content) - missing) or 1.0   # (no content words: how a unit performed)
    if _s(row, "role") == PRIMARY.get(qm.wants) and not qm.growth:
        score += 1.5
    if _s(row, "measure") and _stems(_s(row, "measure")) & content:
        score += 1.0
    if _s(row, "via") == "subject":
        score += 0.5
    return score


# A claim answers a measure asked only when it says it: in its measure or its sentence (a verb
# that says it counts: "made" for revenue). The words of a question a claim may miss (LENIENT_FROM,
# or half of them when it names two entities) are never the measure's: "Portfolio comprises 13
# assets" does not answer "net asset value per security", nor "headcount rose to 1,140" a revenue
# question. Seen: probe26 p26-07-q10 (07_digico_reit_supplement), probe20 p20-08-q09 (a revenue
# claim for a net profit asked), probe21 p21-08-q10 (ARR and revenue for a net income asked).
MEASURE_SAID = {
    "name": "claim-says-measure-asked",
    "examples": ("What is Keel REIT's net asset value per unit?", "How much net profit did Norvik make in 2025?"),
}


SHARE_OF = plain(r"\b(?:share|percent\w*|proportion|portion|fraction)\s+of\b")


def _measure_said(qm, row: dict, measure: str, said: str, claim_words: set = frozenset()) -> bool:
    """Whether the claim says a measure the question names (MEASURE_SAID): in its measure, its
    sentence or the words the claim was read to say (`claim_words`: "spent" for a spending asked
    of an investment); True when it names none (pure)."""
    if qm.wants in ("percent", "stake") and SHARE_OF.search(qm.lower):
        return True   # "what share of revenue came from X": the measure is the share's base, a line of shares says it
    named = measures_named(without_names(qm.lower, qm.hits), nested=False)
    if not named:   # a measure in the question's own words ("net asset value per security"): its words before "per"
        words = [w for m in qm.measures for w in re.findall(r"[a-z][a-z-]+", m.lower().split(" per ")[0])
                 if w not in STOPWORDS and len(w) > 2]
        return not words or all(w[:5] in said or w[:5] in measure for w in words)
    return any(st in measure or st in said for _, stems, _ in named for st in stems) \
        or any(_stems(words) & claim_words for words, _, _ in named)


# a claim stating the relation asked ranks above one that only shares the question's words
RELATION_BONUS = 3.0


# the words of a name not given ("whose identity has not been disclosed", "were not named")
IDENTITY_WORDS = frozenset({"identity", "identities", "name", "names", "named", "who", "whose"})


def _not_given_asked(qm, quote: str) -> bool:
    """The sentence says that what the question asks is not given: a name asked ("who is the
    investor") and the sentence's undisclosed thing is an identity, or the words around its "not
    disclosed" are the question's ("we do not disclose X's profit" does not withhold its segment)."""
    from .text_answer import NOT_GIVEN
    m = NOT_GIVEN.search(quote)
    if not m:
        return False
    near = " ".join(re.split(r"[;:—–]", quote[:m.start()])[-1].split()[-6:] + [m.group(0)] + re.split(r"[;:,—–]", quote[m.end():])[0].split()[:6]).lower()
    if qm.wants in ENTITY_WANTS and set(re.findall(r"[a-z]+", near)) & IDENTITY_WORDS:
        return True
    named = _stems(" ".join(unknown_names(qm.text, qm.hits)))   # (a name the question says is who, not what, is withheld)
    return bool(_stems(near) & (_content(qm) - named))


SPENDING_VERB = plain(r"\bspen(?:d|ds|ding|t)\b")


# price-is-no-result: money a claim stores under a result measure (revenue, profit, EBITDA …) is that
# business's result, not a price paid for it (probe32 05 NEURONES: "acquired 100 % of Kerlo Data, a
# … consultancy with … 2025 revenue of €13,6 M … contributed €3,5 M to third-quarter revenue" for
# "How much did Neurones pay for Kerlo Data?"; probe15 03 Proximus: "Route Mobile's own revenue for its fiscal year
# … was ₹4,024 crore" for "How much did Proximus pay for its stake in Route Mobile?")
RESULT_MEASURE = re.compile(r"\b(?:revenues?|sales|turnover|profits?|income|ebitda|ebit|earnings|margins?|loss(?:es)?|backlog|order\s+intake)\b", re.I)


def _roles(qm) -> set[str] | None:
    """The claim value roles that answer question `qm` (None: it asks for no value)."""
    if qm.wants == "amount" and COUNTED.search(qm.lower) and not qm.growth:
        return {"count"}   # "how many customers": a number of them, not an amount of money
    return ROLES.get(qm.wants)


def _relation_score(qm, row: dict, rel, published=None) -> float:
    """A claim that states the relation asked (a stake held, a deal's price, a placement): it
    answers with a value of the type asked, or, asked for an entity, a name besides those the
    question names; ranked by the question's words its sentence shares (pure)."""
    if not _in_period(qm, row, published):
        return 0.0
    roles = _roles(qm)
    quote = _s(row, "quote")
    if roles is not None:
        if _s(row, "role") not in roles and not (qm.wants == "date" and _s(row, "periodLabel")):
            return 0.0
        if not _measure_fits(qm, row) or not _measure_said(qm, row, _s(row, "measure").lower(), quote.lower()):
            return 0.0   # (rule claim-says-measure-asked for a relation asked too: "revenue guidance" is
            # not a pension contribution the company "expects": probe29 p29-03-q09, read after first contact)
    elif not _other_names(qm, quote):
        return 0.0
    if any(norm(n) not in norm(quote) for n in unknown_names(qm.text, qm.hits)):
        return 0.0   # a name the question asks about that the sentence does not say
    # (the sentence states the relation in its own words: "purchase" for "pay for"; the
    # question's words rank, they do not decide)
    shared = len(_content(qm) & _stems(" ".join((quote, _s(row, "valueText"), _s(row, "measure")))))
    score = RELATION_BONUS + shared + (1.0 if rel.said_near(row) else 0.0)
    if roles is not None and _s(row, "role") == PRIMARY.get(qm.wants):
        score += 1.5
    return score + (0.5 if _s(row, "via") == "subject" else 0.0)


def _other_names(qm, quote: str) -> list[str]:
    """The capitalised names of `quote` other than those question `qm` names."""
    named = {w for h in qm.hits for w in (h.label + " " + h.matched).lower().split()}
    return [m.group(0) for m in _NAME.finditer(" " + quote) if m.group(0) not in _NOT_NAMES and m.group(0).lower() not in named]


def _measure_fits(qm, row: dict) -> bool:
    """A claim of a named measure answers a question naming a measure only if it is that measure
    (R&D spending "about 20% of revenue" does not answer "what was the revenue")."""
    measure = _s(row, "measure").lower()
    if ANNUALISED["stock"].search(measure) and not ANNUALISED["asked"].search(qm.lower):
        return False   # recurring revenue (ARR) is no period's revenue (narrowing.ANNUALISED, rule recurring-is-no-revenue)
    named = [stems for _, stems, _ in measures_named(without_names(qm.lower, qm.hits), nested=False)]
    if named and not measure:   # no measure stored: the words around the value may name another
        near = value_clause(_s(row, "quote"), _s(row, "valueText")).lower()
        said = [st for _, sts, _ in measures_named(near) for st in sts]
        return not said or any(st in said or st in near for stems in named for st in stems)
    return not (measure and named) or any(st in measure for stems in named for st in stems)


VALUE_NEAR = 6   # words either side of a value that name what it measures ("generated X in revenue")


def value_clause(quote: str, value: str) -> str:
    """The words of `quote` around `value` up to VALUE_NEAR each side, not past a clause break
    (a semicolon, a dash, "while", "but", "and"+verb is not detected); '' when the value is not
    found in the quote. "about 300 million yuan in revenue in 2024, … heavily loss-making" ->
    "generated about 300 million yuan in revenue in 2024" (the loss is another clause)."""
    i = quote.find(value) if value else -1
    if i < 0:
        return ""
    before = re.split(r"[;:,—–]|\bwhile\b|\bbut\b|\bwhereas\b", quote[:i])[-1].split()[-VALUE_NEAR:]
    after = re.split(r"[;:,—–]|\bwhile\b|\bbut\b|\bwhereas\b", quote[i + len(value):])[0].split()[:VALUE_NEAR]
    return " ".join(before + [value] + after)


def _initials(text: str) -> set[str]:
    """The acronyms of runs of two to five words of `text` ("initial public offering" -> "ipo"),
    so a question's acronym finds the sentence that spells it out."""
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    return {"".join(w[0] for w in words[i:i + n]) for n in range(2, 6) for i in range(len(words) - n + 1)}


def _names_period(period, quote: str) -> bool:
    """Whether a sentence names the month `period` ends in, in its own words ("the end of
    September" for September 2025, "six months ended June 30" for the first half of 2025)."""
    if period.end is None:
        return False
    said = {w[:3] for w in re.findall(r"[a-z]+", quote.lower())}
    return MONTHS[period.end.month - 1] in said


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def question_periods_any(text: str) -> bool:
    """Whether question `text` names a period, dated or by its label only."""
    from .question import question_periods
    from .period_fit import fiscal_parts, label_fiscal_year
    return bool(question_periods(text) or fiscal_parts(text) or re.search(r"\b(?:fy\s?\d{2,4}|fiscal\s+(?:year\s+)?\d{2,4})\b", text.lower()))


# Rule period-alone: a question that stresses the period on its own ("net profit in Q3 2026 alone", "operating cash
# flow in Q3 2026 on its own") sets it against a cumulative figure beside it (nine months, the year to date); a
# claim of no period, often a table row whose column said the cumulative period, does not answer it. Seen in
# probe31 03 (ThunderSoft's cash-flow row: Q3 column '—', year-to-date column filled), probe31 01 (Indeks, 'Q3 2026
# alone (Jul-Sep)' beside 9M), probe29 01 (q.beyond, 'order intake in Q3 2026 alone' beside 9M). The word must follow
# the period: "generate on its own in 2025" stresses the unit, not the period (probe6 p6-04-q10).
PERIOD_ALONE = plain(r"\b(?:q[1-4]|quarter|half|h[12]|month|year|fy\s?\d{2,4}|(?:19|20)\d\d|[a-z]{3}-[a-z]{3})\)?\s+(?:alone|on\s+its\s+own|by\s+itself)\b")


def _in_period(qm, row: dict, published=None) -> bool:
    """A dated claim answers a question naming a period only if its period overlaps it (its
    dates, else its label, else the month its sentence names)."""
    from .period_fit import undated, in_period, other_fiscal_year
    from .question import question_periods
    if other_fiscal_year(qm.text, row):   # "FY2024-25" asked, FY2024's figure given
        return False
    from .period_fit import begun_after, outside_fiscal_window
    if outside_fiscal_window(row, qm.text):   # "Q4 of fiscal 2026" asked, the quarter to September 2025 given
        return False
    from .period_fit import fiscal_label, fiscal_parts, label_parts
    if fiscal_label(row) and label_parts(_s(row, "periodLabel")) and (asked := fiscal_parts(qm.text)) \
            and not asked & label_parts(_s(row, "periodLabel")):
        return False   # "Q4 of fiscal 2026" asked, a claim of Q2 FY2026 (as the typed lane: narrowing)
    if REPORTED.search(qm.lower) and not OUTLOOK_ASKED.search(qm.lower) and begun_after(row, published) and (
            question_periods_any(qm.text)):
        return False   # a reported figure asked: a period not begun when its document was written is none
    from .asked_span import FISCAL_SAID, in_asked_span, part_fits, part_without_year
    if not in_asked_span(qm.text, [row]):   # a whole year asked: a quarter's claim is another period's
        return False
    if (part := part_without_year(qm.text)) and part_fits(part, row, bool(FISCAL_SAID.search(qm.lower))) is False:
        return False   # "Q4 rev?" asked, a claim of Q3 (as the typed lane: asked_span.PART_WITHOUT_YEAR)
    periods = question_periods(qm.text)
    if periods and PERIOD_ALONE.search(qm.lower) and not (row.get("periodStart") or row.get("periodEnd") or row.get("periodLabel")):
        return False   # rule period-alone: "Q3 2026 on its own" asked, a claim of no period may be the cumulative one
    if periods and not (row.get("periodStart") or row.get("periodEnd") or row.get("periodLabel")):
        # rule said-years: a claim without a period whose sentence names only years after every year asked speaks
        # of a later time ("revenue in 2020?" and "Revenue rose 8.3% to RMB17.46 billion, the first increase since
        # 2021": probe30 06 p30-06-q09, read after first contact); earlier years said are background ("capital
        # expenditure of about 600 billion won this year … opened in 2024 after a 2022 fire", probe6 05, asked 2025)
        asked = {d.year for p in periods for d in (p.start, p.end) if d is not None}
        said = years_said(_s(row, "quote"))
        if asked and said and min(said) > max(asked):
            return False
    if periods and undated(row) and present_end_before(row, periods, published):
        return False   # rule present-year-end: "stood at £38.6 million at the year end", 30 June of a year before asked
    if not periods or undated(row):
        return True
    return in_period(row, periods, published) or (not (row.get("periodStart") or row.get("periodEnd"))
                                       and any(_names_period(p, _s(row, "quote")) for p in periods))


# Rule present-year-end (issue48q): a claim of no period whose value's clause dates it by the document's own
# closing date, "at the year end", "at year-end", "at the end of the quarter", is of the latest such end before
# the document was written, within a year of its date; a question whose every period ended more than a year
# before the document asks another one ("What was Netcall's cloud ARR at 30 June 2025?" answered by "cloud annual
# recurring revenue stood at £38.6 million at the year end" of a column of 25 September 2026: probe35 07 Netcall,
# p35-07-q10). The same words in probe11 p11_04_lgcns_2024 ("more than 80 generative AI projects were under way
# at year-end"), kindcheck28/units 01 Kallmuenz ("The company employed 5,940 people at year-end"), probe14 04
# Locaweb ("Net cash at year-end: R$ 412 million").
PRESENT_END = {
    "name": "present-year-end",
    "said": plain(r"\b(?:at|by)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year[\s-]end|end\s+of\s+the\s+(?:(?:financial|fiscal)\s+)?"
                  r"(?:year|quarter|half|period))\b|\b(?:at|by)\s+(?:the\s+)?(?:quarter|period)[\s-]end\b"),
    "examples": ("cloud annual recurring revenue stood at £38.6 million at the year end",
                 "more than 80 generative AI projects were under way at year-end"),
}


def present_end_before(row: dict, periods, published=None) -> bool:
    """An undated claim whose value's clause says the document's own closing date (PRESENT_END) and a
    question whose every period ended more than a year before its document's date."""
    from datetime import timedelta
    quote = _s(row, "quote")
    clause = value_clause(quote, _s(row, "valueText")) or quote
    if not PRESENT_END["said"].search(clause.lower()):
        return False
    written = (published or {}).get(_s(row, "doc"))
    ends = [p.end for p in periods if getattr(p, "end", None) is not None]
    return bool(written and ends) and all(e < written - timedelta(days=366) for e in ends)


def undated_columns_dropped(rows: list[dict]) -> list[dict]:
    """`rows` less the values of undated claims read from a table row of several values of one
    role (undated_rows.undated_row)."""
    from collections import Counter
    many = Counter((_s(r, "claim"), _s(r, "role")) for r in rows
                   if not (r.get("periodStart") or r.get("periodEnd") or r.get("periodLabel")))
    return [r for r in rows if many[(_s(r, "claim"), _s(r, "role"))] < 2
            or (r.get("periodStart") or r.get("periodEnd") or r.get("periodLabel"))
            or not undated_row(_s(r, "quote"))]


# a cause is often stated inside another claim's sentence ("net profit rose 35% on a weaker yen")
CAUSAL = plain(r"\b(?:because|due\s+to|thanks\s+to|helped\s+by|driven\s+by|boosted\s+by|lifted\s+by|on\s+the\s+back\s+of|as\s+a\s+result|weigh\w*\s+on|reflect\w*|on\s+(?:a|an|the)\s+\w+)\b", re.I)


def _predicate_score(qm, row: dict, published=None) -> float:
    if _s(row, "predicate") != qm.predicate and not (qm.predicate == "cause" and CAUSAL.search(_s(row, "quote"))):
        return 0.0
    if not _in_period(qm, row, published):
        return 0.0
    content = _content(qm)
    shared = len(content & _stems(_s(row, "quote") + " " + _s(row, "valueText")))
    if not shared or (qm.predicate == "cause" and shared < len(content) - 1):
        return 0.0   # a sentence about something else (a cause must match all but one word: "rise"/"rose")
    score = 1.0 + shared
    roles = ROLES.get(qm.wants)
    if roles and _s(row, "role") in roles:
        score += 2.0
    if _s(row, "via") == "subject":
        score += 0.5
    return score


# The claims of an entity read for a question: the query's own last line (`LIMIT 500`, rows of
# the most-stated claims first) given as the page, so its sub-select picks those claims before
# their values and quotes are fetched (the same rows; run without a page, the sub-select kept
# every claim of the entity: ~1.3 s of CPU for a feed's top company at 10k articles, ~0.3 s paged)
CLAIM_ROWS = 500
MONEY_UNIT = plain(r"[A-Z]{3}$")   # a currency code: the unit of an amount of money

# (a sentence that asks — an analyst's question on a call — gives no claim: extract.claims,
# NO_CLAIM_SENTENCES)


# (issue49o) a person asked by a title ("Who is X's chief operating officer?") is answered by a claim only when its
# sentence names that title: not a filing's opening "… artículo 227 …" (kindcheck35 people q09), nor a unit's capacity
# where its CEO is asked (probe16 05 q09); a sentence naming the title answers (probe15 08 "took over as chief executive",
# probe20 01 "The Director-President of SERPRO", kindcheck30 focus "managing director"). "Who leads" asks no title.
_ANY_LEADER = frozenset({"leader"})


def title_stated(q: str, quote: str) -> bool:
    """Whether a claim's sentence may answer question `q` (lower case): it names a title the question asks,
    or the question asks none (a generic "who leads" aside)."""
    asked = asked_roles(q) - _ANY_LEADER
    return not asked or bool(asked & asked_roles(quote.lower()))


def from_claims(kg, qm, question: str, timeout: float | None = None, relation: str = ""):
    """An Answer from the best-ranked claims, or None when there is no claims query or no claim
    shares a measure or predicate word with the question."""
    from .ask import Answer, _finish_claim
    from .queries import catalogue
    from .run import run_query
    sq = catalogue().get("claims")
    if sq is None:
        return None
    entity = next((p for p in sq.params if p.name == "entity"), None)
    from .slots import without_owners
    hits = without_owners([h for h in qm.hits if entity is None or not entity.kinds or h.kind in entity.kinds])
    if entity is not None and not entity.optional and not hits:
        return None
    import pyoxigraph as ox
    rows, sparql = [], ""
    if not hits or (qm.wants not in ROLES and qm.wants not in ENTITY_WANTS and not qm.predicate and not relation):
        return None
    # an entity named only as the source of what is asked ("X's revenue, according to Y":
    # question.source_parties, as the typed lane reads it): Y's claims answer only when their
    # sentence names X (a claim filed on the source: "According to Y, X holds …")
    said_by = source_parties(qm.text, hits)
    for h in hits[:3]:   # the period is checked on each claim (_in_period): its dates, else its label
        params = {"entity": ox.NamedNode(h.iri)}
        res = run_query(kg.store, "claims", params, timeout=timeout, limit=CLAIM_ROWS)
        rows += [r for r in res.rows if h not in said_by or any(_names(r, o) for o in hits if o not in said_by)]
        sparql = sparql or res.sparql
    # the company a unit is named after ("Naver's Commerce segment"): its claims that name the
    # unit (a list line of the company's results: "Commerce - 951.7 billion won")
    units = [h for h in hits if h.kind == "Segment"]
    for h in qm.hits:
        if h.kind == "Company" and h not in hits and any(u.start == h.end for u in units):
            res = run_query(kg.store, "claims", {"entity": ox.NamedNode(h.iri)}, timeout=timeout, limit=CLAIM_ROWS)
            rows += [r for r in res.rows if any(_names(r, u) for u in units)]
    if qm.wants == "amount" and (PAID.search(qm.lower) or SPENT.search(qm.lower) and not COUNTED.search(qm.lower)):
        # a price paid or money spent is money: not the stake's percentage or a count its sentence gives
        rows = [r for r in rows if _s(r, "role") == "amount" and MONEY_UNIT.match(_s(r, "unit"))]
        if PAID.search(qm.lower) and not RESULT_MEASURE.search(qm.lower):
            # rule price-is-no-result: a price paid is not the revenue or profit its sentence gives
            # the bought business ("acquired 100 % of Kerlo Data, … 2025 revenue of €13,6 M")
            rows = [r for r in rows if not RESULT_MEASURE.search(_s(r, "measure"))]
    rows = [r for r in rows if not charged_value(r)]   # a value given as a charge is the charge's (narrowing.CHARGED_VALUE)
    from .narrowing import peer_figure
    asked = [question, *(h.label for h in qm.hits)]
    rows = [r for r in rows if not peer_figure(r, asked)]   # a named peer's figure (narrowing.PEER_FIGURE), unless the peer is asked
    # a claim with no value whose sentence says what it is about is not given ("a minority
    # investor, whose identity has not been disclosed"): the documents state it is not stated,
    # no answer (as the text lane reads such a sentence: text_answer.NOT_GIVEN)
    from .text_answer import NOT_GIVEN
    rows = [r for r in rows if _s(r, "valueText") or not _not_given_asked(qm, _s(r, "quote"))]
    rows = [r for r in rows if not part_stated(qm.lower, r)]   # a part where the total is asked (narrowing.WHOLE_ASKED)
    rows = [r for r in rows if title_stated(qm.lower, _s(r, "quote"))]
    if question_periods_any(qm.text):
        rows = undated_columns_dropped(rows)
    if qm.wants in ("amount", "change", "percent") and not ESTIMATE_ASKED.search(qm.lower):
        rows = [r for r in rows if not estimated(r)]   # an analyst's estimate is not a reported figure
        from .figure_terms_asked import by_terms
        rows = by_terms(qm.lower, rows, "", None)[0]   # reported, not adjusted; in the currency asked
    from .document_info import document_dates
    published = document_dates(kg.store)
    ranked = sorted(((claim_score(qm, r, published, relation), i) for i, r in enumerate(rows)), reverse=True)
    if not ranked or ranked[0][0] <= 0:
        return None
    best = ranked[0][0]
    kept = [rows[i] for s, i in ranked if s == best][:3]
    a: Answer = _finish_claim(question, kept, sparql)
    return a
