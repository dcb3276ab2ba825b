"""Whether one stored sentence answers the question asked: the checks a sentence of the text lane
(text_answer.from_text) must pass when it holds the question's content only in other words than the
question's (a measure said by a synonym, a word said only by its heading or its table's column header).

The typed facts are checked for their period, their measure and their unit before they answer
(period_fit, question.MEASURES); a sentence let in by the wider content gate is held to the same:

- the period asked is stated by the sentence, by the heading it stands under or by the column the
  period picked (column_cell), not only "not contradicted" by the periods extraction gave it;
- the measure asked is said beside the figure, in any word question.MEASURES accepts for it, and a
  measure's part is no answer for the whole nor the reverse ("free cash flow" is no "cash flow");
- the figure's unit fits the question (a percentage for a margin or a share, an amount for an
  amount, a count for "how many");
- a table row of several figures answers only by the cell the period picked.

Measured before it was written (bench/KIND-49q.md, bench/text_lane_gates.py): of the seen sets'
no-answer failures where one stored sentence holds the gold, 225 of 374 stop at the content-word
gate; opening that gate alone answered three no-answer traps with a neighbouring figure (p14-08-q10,
p30-02-q09, p8-02-q10) and a part asked with the total (p30-02-q03). Pure functions.
"""
from __future__ import annotations

import re

from .asked_span import part_lengths
from .question import REVENUE_VERBS, measures_named
from .question_frame import stems

# rule measure-said-otherwise (session 33, issue49q; here with the strict checks): a measure the question
# names is in a sentence that says it in any word a stored figure's measure may carry for it (question.MEASURES,
# the one registry of what each question word accepts: "revenue" said as "sales" or "turnover", "how much did
# the unit generate" said as "revenue"); the question's words for it count as covered, and a verb that names the
# measure ("generate", "earn") only when it is the measure asked (not "what EBITDA margin does the unit earn")
MEASURE_SAID_OTHERWISE = {
    "name": "measure-said-otherwise",
    "examples": (("What revenue did Norvik post in Q3 2026?", "Quarterly sales rose to EUR 41 million in Q3 2026."),
                 ("How much did the Alpha unit generate in 2025?", "The Alpha unit's revenue was $12 million in 2025.")),
    "not": (("What EBITDA margin does the Alpha unit earn?", "Alpha's revenue rose 12% in the quarter."),),
    "provenance": "the seen sets' text-lane misses (bench/text_lane_gates.py, bench/KIND-49q.md: 'revenu' 25 and "
                  "'generat' 9 the words the gold sentences lack most): k35-names-q03 'How much tea did KVTP sell', "
                  "p13-06-q04 'How much revenue did Netweb's AI systems business line generate', t01-q02 'What revenue "
                  "did Intel's Data Center and AI group post'",
}


def measure_cover(question: str, sentence: str) -> set[str]:
    """The stems of each measure the (lower-case) question names whose accepted words (question.MEASURES)
    the (lower-case) sentence says, with the question's verbs of taking in when a verb names the measure
    (MEASURE_SAID_OTHERWISE) (pure)."""
    out: set[str] = set()
    for words, accepted, _ in measures_named(question):
        if any(re.search(r"\b" + re.escape(a), sentence) for a in accepted):
            out |= stems(words)
            if stems(words) & stems(REVENUE_VERBS):
                out |= stems(REVENUE_VERBS)
    return out


def measure_stems(question: str) -> set[str]:
    """The stems of the words of every measure the (lower-case) question names (question.measures_named):
    a sentence let in by the wider content gate says each of them, in the question's words or in words
    question.MEASURES accepts for it (a part of the measure missing is another measure: "free cash flow")
    (pure)."""
    return set().union(*(stems(words) for words, _, _ in measures_named(question)))


def said_as_asked(question: str, sentence: str) -> tuple[str, str]:
    """The (lower-case) question and sentence with each measure asked said by one word: the sentence's
    accepted words for it and a verb that names it in the question become the measure's first accepted
    word ("sales" -> "revenue", "how much did it generate" -> "how much did it revenue"), so the figure
    check reads the measure beside its figure whatever its words (pure)."""
    for words, accepted, _ in measures_named(question):
        head = accepted[0]
        if stems(words) & stems(REVENUE_VERBS) or re.fullmatch(r"sell|sells|sold", words):
            question = re.sub(r"\b" + re.escape(words) + r"\b", head, question)
        for a in accepted[1:]:
            sentence = re.sub(r"\b" + re.escape(a) + r"\w*", head, sentence)
    return question, sentence


# the unit a question asks its figure in: a percentage (a margin, a share, a rate, "by what percent") or
# an amount; a count is asked by "how many" (text_answer._counts)
UNIT_ASKED = {
    "name": "figure-unit-asked",
    "percent": re.compile(r"%|\bper\s*cent|\bpercent(?:age)?\b|\bshare\s+of\b|\bproportion\b|\bmargins?\b|\bratio\b|\brate\b", re.I),
    "amount": re.compile(r"\bhow\s+much\b|\brevenues?\b|\bsales\b|\bturnover\b|\bprofit\b|\bincome\b|\bebitda\b|\bcash\b|\bcapex\b|"
                         r"\bspend\w*\b|\bcosts?\b|\bexpenses?\b|\bearnings\b|\bbacklog\b|\bvalu\w+\b|\bprices?\b|\bfees?\b", re.I),
    "percent_said": re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pp\b|bps\b|basis\s+points\b)", re.I),
    "examples": (("What EBITDA margin did Alpha report?", "Alpha's EBITDA margin was 21.4%."),
                 ("What revenue did Alpha report in 2025?", "Alpha's revenue was EUR 4.1 million in 2025.")),
    "not": (("What revenue did Alpha report in 2025?", "Alpha's revenue rose 12% in 2025."),
            ("What is the new monthly price of Alpha's VPS 30?", "Monthly prices include a discount of about 9%.")),
    "provenance": "typed facts' unit checks (answer_check); the neighbouring-figure traps of issue49q (bench/KIND-49q.md); "
                  "probe24 07 Contabo price notice (p24-07-q09, a price asked and a discount's percentage said)",
}


def unit_fits(question: str, sentence: str) -> bool:
    """Whether the sentence gives a figure in the unit asked (UNIT_ASKED): a percentage for a percentage
    asked, a number that is no percentage for an amount asked (pure)."""
    from .text_answer import DATED
    if UNIT_ASKED["percent"].search(question):
        return bool(UNIT_ASKED["percent_said"].search(sentence))
    if UNIT_ASKED["amount"].search(question):   # (a date is no amount: "rose 12% in 2026")
        return bool(re.search(r"\d", DATED.sub(" ", UNIT_ASKED["percent_said"].sub(" ", sentence))))
    return True


def period_said(question: str, text: str) -> bool:
    """Whether `text` (a sentence, with the heading part or column header that dates it) states the
    period asked in its own words: every year, quarter and month (text_answer._period_fits without the
    periods extraction gave it) and the length of the part of a year asked (asked_span.part_lengths:
    "1H26", "six months to September") (pure)."""
    from .text_answer import _period_fits, _quarters, _months, _years, _months_count_years
    asked = part_lengths(question)
    if asked and not asked & part_lengths(text):
        return False
    half_years = set(re.findall(r"\b(?:[12]h|h[12])\s?['’]?(?:fy)?(\d\d)\b", question.lower()))
    said_half = set(re.findall(r"\b(?:[12]h|h[12])\s?['’]?(?:fy)?(\d\d)\b", text.lower()))
    if half_years and not (half_years <= said_half or 6 in part_lengths(text) and half_years <= _years(text)):
        return False   # a half asked by its shorthand ("1H26"): the sentence names a half of that year
    if not (_years(question) or _quarters(question) or _months(question) or _months_count_years(question)):
        return True
    return _period_fits(question, text)


# rule other-part-said (issue52q): a part of a year asked (a half, a quarter, nine months) is not answered by a
# sentence that states a part of the same kind of another year or period and not the one asked ("for the 2025
# financial year … ; for the first half of 2026 …" for "the first half of 2025": the year and the part are said,
# but of two different periods). Read with the question's own period reader (question.question_periods).
# Provenance: probe37 p37-07-q10 (07_solaria_planning_register, a trap); the same shape, a quarter asked of a
# document whose sentences state another quarter, in the seen trap probe25 p25-04-q09 (04_mycronic_q3_release:
# "net sales in Q2 2026?", its sentences of the third quarter); applied to every sentence of the text lane
# (51q's strict checks are for the opened sentences only).
OTHER_PART_SAID = {
    "name": "other-part-said",
    "kinds": ("half", "quarter"),
    "examples": (("What revenue did Alpha report for the first half of 2025?",
                  "For 2025 Alpha reported revenue of EUR 20 million; for the first half of 2026 it reported EUR 12 million."),),
    "not": (("What revenue did Alpha report for the first half of 2025?", "In the first half of 2025 revenue was EUR 9 million, after EUR 7 million in the first half of 2024."),),
    "provenance": "probe37 p37-07-q10 (07_solaria); probe25 p25-04-q09 (04_mycronic_q3_release)",
}


def other_part_said(question: str, sentence: str) -> bool:
    """Whether `sentence` states a part of a year of the kind asked, none of them the part `question` asks
    (OTHER_PART_SAID) (pure)."""
    from .question import question_periods
    asked = [p for p in question_periods(question) if p.kind in OTHER_PART_SAID["kinds"]]
    if not asked:
        return False
    said = [p for p in question_periods(sentence) if p.kind in {a.kind for a in asked}]
    return bool(said) and not any((p.start, p.end) == (a.start, a.end) for p in said for a in asked)


# a sentence giving a guidance, an outlook, a target or a forecast beside its figure: a figure of the future or of
# a plan, not the one reported that a question without those words asks (the typed facts keep them apart by their
# kind: estimates.py); p8-02-q10 ("raised its full-year adjusted EBITDAaL guidance to between €11.3 billion and
# €11.6 billion" for "What EBITDA did … report for the six months to September 2025?")
OUTLOOK_SAID = {
    "name": "outlook-said",
    "said": re.compile(r"\b(?:guidance|guided|outlook|forecasts?|targets?|projected|projections?)\b", re.I),
    "examples": (("What EBITDA did Alpha report for the first half of 2025?", "Alpha raised its full-year EBITDA guidance to EUR 4 billion."),),
    "provenance": "probe8 f02 VodafoneThree (p8-02-q10), text_answer.OWN_OUTLOOK's words (probe17 03 CaixaBank, probe17 07 Logitech)",
}


def refuses(question: str, sentence: str, heading: str = "", cell=None, issued: str = "", names: list[str] = ()) -> str:
    """Why a sentence let in by the wider content gate does not answer the question ('' when it does):
    'period' (the period asked not stated by it, its heading or its cell's column), 'row' (a table row of
    several figures and no cell picked), 'measure' (no figure beside the measure asked), 'unit' (the figure
    not in the unit asked) (pure)."""
    from .text_answer import _figure_near, under_heading_period, cell_measure, FIGURE_ASKED
    from .extract.passage_context import cells
    ql, sl = question.lower(), sentence.lower()
    if OUTLOOK_SAID["said"].search(sentence) and not OUTLOOK_SAID["said"].search(question):
        return "outlook"
    if cell is None and sentence.lstrip().startswith("|") and sum(bool(re.search(r"\d", c)) for c in cells(sentence)[1:]) >= 2:
        return "row"
    own = f"{cell.header}: {sentence}" if cell is not None else sentence
    if not (period_said(question, own) or cell is None and under_heading_period(question, sentence, heading, (), issued)):
        return "period"
    if FIGURE_ASKED.search(question):
        q2, s2 = said_as_asked(ql, cell.reading().lower() if cell is not None else sl)
        if cell is not None:
            if not cell_measure(q2, cell._replace(label=said_as_asked(ql, cell.label.lower())[1],
                                                  header=said_as_asked(ql, cell.header.lower())[1]), heading):
                return "measure"
        elif not _figure_near(q2, s2, names):
            return "measure"
        if not unit_fits(question, cell.value if cell is not None else sentence):
            return "unit"
    return ""


# rule column-by-word (issue51q; it replaces the pipe-row case of measure_lane.said_already): a question that picks
# a table's column by a word of its header that is no period ("at full build-out", "in Phase 1", "after the
# migration") is answered by that column's cell of the row, not by the whole row; when its words pick no single
# cell, the row is no answer. The header words every figure column shares ("MW", "revenue") pick none.
COLUMN_BY_WORD = {
    "name": "column-by-word",
    "examples": (("What is the critical IT load of Halvik KX2 at full build-out?", "| Critical IT load | 18 MW | 42 MW |",
                  "Specification | Phase 1 | Full build-out (Phase 1 + 2)"),),
    "not": (("What is the critical IT load of Halvik KX2?", "| Critical IT load | 18 MW | 42 MW |",
             "Specification | Phase 1 | Full build-out (Phase 1 + 2)"),),
    "phrase": re.compile(r"\b((?:at|in|for|under|after|before|during|with|without|on)\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?)", re.I),
    "provenance": "tests/test_ask_33o.py (the site fact sheet shape of probe23 02_bahnhof_site_factsheet, 'Phase 1 | Full "
                  "build-out'); probe20 07_omantel_vendor-case-study (a before/after table: 'Before | After')",
}


def column_picked(question: str, quote: str, columns: str):
    """(picked, cell): whether the question picks one of the row's value columns by a word of its header that the
    other columns' headers do not share (COLUMN_BY_WORD), and that column's cell (column_cell.Cell), None when
    the cell gives no figure ("| Rack density | 20–40 kW | — |" at full build-out: the row is no answer). A
    question naming several columns' words asks them together, and a question of no figure asks the row ("What
    are the specifications of the RNGD chip?" over "Vendor | Chip | Process | Memory"): (False, None) (pure)."""
    from .column_cell import Cell, aligned
    from .question import _words
    from .text_answer import FIGURE_ASKED
    pairs = aligned(quote, columns)
    if pairs is None or len(pairs) < 3:
        return False, None
    values = [(h, c) for h, c in pairs[1:] if h]
    heads = [_words(re.sub(r"\d+", " ", h)) for h, _ in values]
    shared = set.intersection(*heads) if heads else set()
    # the words of the question's phrases that pick a column: after a preposition ("at full build-out", "in Phase 1",
    # "after the migration"), not the thing asked ("the specifications of the RNGD chip" over a "Chip" column)
    asked = set().union(*(_words(m.group(1)) for m in COLUMN_BY_WORD["phrase"].finditer(question)))
    fits = [v for v, h in zip(values, heads) if (h - shared) & asked]
    if len(fits) != 1:
        return False, None
    if not re.search(r"\d", fits[0][1]):
        # (a question of no figure: the header word it says names what it asks of the row, "the chip")
        return (True, None) if FIGURE_ASKED.search(question) else (False, None)
    label = next((c for _, c in pairs if re.search(r"[^\W\d_]", c)), pairs[0][1])
    return True, Cell(label, fits[0][0], fits[0][1])
