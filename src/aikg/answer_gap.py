"""What a fact or claim answer does not give of what the question asks, and whether the best
stored sentence (text_answer.from_text) gives it instead.

`ask` answers from the typed facts and claims first; the quoted sentence answers only when they
give nothing. But a fact may answer partly or wrongly: a change where an amount is asked, the
figure of another period or of another company, one value where the question asks two. Then the
fact is scored against the best sentence with the checks the text path uses (the period asked,
the company asked, the question's content words, the values stated), and the better one answers.
A fact that gives what the question asks (`gap` is "") is never set aside.
"""
from __future__ import annotations

import re

from .answer_text import _s
from .pattern_cache import plain
from .question_frame import stems
from .year_pattern import is_year

# the words of asking for the base a figure is compared with ("and a year earlier", "what was it
# before", "from what level", "the prior-year figure"): a second value, not the one asked first
BASE_ASKED = {
    "name": "base-asked",
    "words": frozenset(stems("earlier prior previous level ago before")),
    "examples": ("What were the lender's deposits in Q3 and a year earlier?", "How fast did sales grow, and from what level?"),
    "provenance": "probe15 p15-08-q02 (ASMI orders 'and a year earlier'), probe16 p16-02-q02 (Tower 'from what level'), "
                  "probe13 p13-02-q03 (Sakura 'what was it a year earlier'), probe17 p17-01-q04 (Kaspi 'what was it before')",
}
# a second thing asked of the same subject ("… capex in 2024 and its capital intensity") besides
# question.question_parts' second question ("… and how many users does it have?")
SECOND_THING = plain(r"\s+and\s+(?:its|their|the)\s+(?=\w)", re.I)
# the text of an answer that says a part of the question is not stated (ask._answer_parts)
NOT_STATED = " — Not stated in the documents:"
VALUE_WANTS = ("amount", "change", "percent")
PERCENTAGE = plain(r"[-+]?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", re.I)
SIGNED = plain(r"(?<![\w.])[+-]\d|\d\s*(?:pp|percentage\s+points?)\b", re.I)


# the thing whose size is asked, named by a noun phrase of its own ("how big is the green loan …",
# "how large was the bond issue …", "what is the size of the credit line …"): a fact that does not
# name it (an investment where a loan is asked) is a neighbouring figure, not the one asked
ASKED_THING = {
    "name": "size-of-thing-asked",
    "pattern": plain(r"\b(?:[Hh]ow\s+(?:big|large|much)\s+(?:is|was|are|were|will\s+be)|[Ww]hat\s+(?:is|was|are|were)\s+the\s+size\s+of)\s+"
                          r"(?:the|its|their|this|that)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                          r"(?=\s+(?:[A-Z]|that\b|which\b|it\b|they\b|to\b|for\b|in\b|of\b|on\b|at\b|from\b|by\b|with\b)|\s*[?.!]?\s*$)"),
    "examples": ("How big is the green loan Harlow signed to fund its second site?", "How large was the bond issue that Norvik priced in May?"),
    "provenance": "probe18 p18-04-q07 (Start Campus 'how big is the green loan'), probe13/probe15 'how big is the order book' "
                  "questions and the sample corpus' loan and bond stories",
}


def asked_thing(question: str) -> str:
    """The head noun of the thing whose size the question asks ("loan"), or "" (pure)."""
    m = ASKED_THING["pattern"].search(question)
    return m.group(1).split()[-1].lower() if m else ""


def shown(answer_text: str) -> str:
    """The part of an answer that states something (without its "Not stated …" parts)."""
    return answer_text.split(NOT_STATED)[0]


def _amounts(text: str, percent: bool = False) -> set[str]:
    """The numbers a text states that are neither percentages nor years ("2.41", "637"); with
    `percent`, its percentages ("28.1" of "28.1%": an earlier margin or share is one)."""
    from .text_answer import _numbers
    if percent:
        return {n for p in PERCENTAGE.findall(text) for n in _numbers(p)}
    return {n for n in _numbers(PERCENTAGE.sub(" ", text)) if not is_year(n)}


def _level_percent(text: str) -> bool:
    """The answer gives a level in percent and no amount ("ebitda margin: 28.1%")."""
    return bool(PERCENTAGE.search(text)) and not _amounts(text) and not SIGNED.search(text)


def second_part(question: str) -> str:
    """The second thing a question asks ("how many users does it have", "its capital intensity"), or ''."""
    from .question import question_parts
    parts = question_parts(question)
    if parts is not None:
        return parts[1]
    m = list(SECOND_THING.finditer(question))
    return question[m[-1].end():] if m else ""


def gap(question: str, a, wants: str, names: list[str], content: set[str], iris: frozenset = frozenset()) -> str:
    """What the answer `a` (basis fact or claim) does not give of what `question` asks: "part"
    (a part it says is not stated, or a second thing asked whose words it does not hold),
    "amount" (an amount asked, only its change given), "period" (another period than
    the one asked), "subject" (no row's subject is the company asked), "base" (the earlier value
    asked, one value given); "" when it gives what is asked. `names`: the names of the entities
    asked (lower case), `iris` their IRIs (a row's subject is one of them by identity: an entity's
    preferred label may differ between engines)."""
    from .answer_check import guidance_as_growth
    from .candidates import Candidate, value_kinds
    from .text_answer import CHANGE, FIGURE_ASKED, _months, _period_fits, _quarters, _years
    text = shown(a.answer)
    said = stems(text)
    if NOT_STATED in a.answer:
        return "part"
    kinds = value_kinds(Candidate(a, a.basis, a.intent))
    if "change" in kinds or SIGNED.search(text):
        said |= CHANGE["asked"]   # "and how much did it change": a change stated ("+6.8 pp") answers it
    second = second_part(question)
    if second and (ask := (stems(second) & content) - stems(question[:len(question) - len(second)]) - BASE_ASKED["words"]) \
            and not ask & said:
        return "part"   # (the earlier value asked as the second part: "base", below)
    figure = wants in VALUE_WANTS or FIGURE_ASKED.search(question)
    subjects = {_s(r, "subjectLabel").lower() for r in a.raw if _s(r, "subjectLabel")}
    if figure and subjects and names and not any(_s(r, "subject") in iris for r in a.raw) \
            and not any(any(s in n or n in s for n in names) for s in subjects):
        return "subject"   # a figure of another company or unit than those asked
    if wants not in VALUE_WANTS:
        return ""
    thing = asked_thing(question)
    if figure and thing and not stems(thing) & stems(" ".join([text] + [_s(r, k) for r in a.raw for k in ("quote", "measure", "description", "item")])):
        return "thing"   # the size of another thing than the one asked (an investment where a loan is asked)
    if wants == "amount" and kinds == {"change"} and not guidance_as_growth(question.lower(), a.raw):
        return "amount"   # an amount asked, only its change stored (guidance given as growth answers)
    # the period of a row: the one its answer names or its dates (a fiscal year's name and its
    # dates may read differently: "FY2024" ended March 2025); another period when neither fits
    # (an answer naming no period and dated to none is not of another one)
    # (a point-in-time figure, "order book as of 30 September", is dated by its day alone: that
    # day is its period, which a day asked - "at 30 September 2025" - fits)
    dated = tuple(((_s(r, "periodStart") or _s(r, "periodEnd"))[:10], (_s(r, "periodEnd") or _s(r, "periodStart"))[:10])
                  for r in a.raw if _s(r, "periodStart") or _s(r, "periodEnd"))
    named = bool(_years(text) or _quarters(text) or _months(text))
    if (named or dated) and not (named and _period_fits(question, text) or dated and _period_fits(question, "", dated)):
        return "period"
    if content & BASE_ASKED["words"] and len(_amounts(text, _level_percent(text))) <= 1:
        return "base"
    return ""


def sentence_better(question: str, a, reason: str, sentence: str, covered: set[str], content: set[str]) -> bool:
    """Whether the sentence (which passed every check of the text path: the company, the period,
    the content words, a figure beside the measure asked) gives what the answer `a` lacks
    (`reason`, from `gap`): it holds the words of the part not given, or, for the earlier value,
    the answer's value and another one; for another period, company or a change for an amount,
    the sentence passing those checks is enough."""
    text = shown(a.answer)
    if reason in ("amount", "period", "subject"):
        return True
    if reason == "thing":
        return bool(stems(asked_thing(question)) & stems(sentence))
    if reason == "part":
        missing = content - stems(text)
        return bool(covered & missing)
    if reason == "base":
        from .text_answer import _numbers
        given = _numbers(question)
        pct = _level_percent(text)   # a margin or share asked with its earlier level: percentages
        mine, its = _amounts(text, pct), _amounts(sentence, pct) - given
        return bool(mine & its) and bool(its - mine)
    return False


def note(reason: str) -> str:
    """The words the answer uses to say why a sentence answers instead of the graph's fact."""
    return {"part": "a part of the question", "amount": "the amount asked", "period": "the period asked",
            "subject": "the company asked", "base": "the earlier value asked",
            "thing": "the thing asked"}.get(reason, "what was asked")

