"""The words of spending money a question is read with, one registry (issue 12 self-check: three
lists had grown apart in question.SPENT, answer_check.INVESTING and the measures an investment
answers). Each word is listed once with the roles it plays:

- "spent": a verb of spending money in a question ("how much is X investing", "how much did X
  raise"): the amount asked is money, not a count of what it buys (question.SPENT);
- "investing": an investment asked ("how much will X invest", "its investment plan"): an
  investment answers, not any figure of the company (answer_check.INVESTING);
- "answered": a measure word an investment row answers ("capex", "budget", "cost") when the
  question names a measure (answer_check.MEASURES_ANSWERED["investments"]).

Seen: probe17 p17-08-q10 (a count of GPUs is no spending), the investment questions of probe9,
probe12 and devset5 (answered with money), probe21 p21-02-q07 ("how much capex does X plan":
the investment). Pure data and the patterns built from it."""
from __future__ import annotations

from .pattern_cache import plain

SPENDING_WORDS = {
    "name": "spending-words",
    # word: {role: the form the role reads it in (a regular expression)}
    "words": {
        "invest": {"spent": r"invest(?:s|ed|ing)?", "investing": r"\binvest\w*", "answered": "invest"},
        "spend": {"spent": r"spen(?:d|ds|ding|t)", "answered": "spend"},
        "pledge": {"spent": r"pledg(?:e|es|ed|ing)", "investing": r"\bpledg\w*", "answered": "pledg"},
        "budget": {"spent": r"budget(?:s|ed)?", "answered": "budget"},
        "fund": {"spent": r"fund(?:s|ed|ing)"},
        "raise": {"spent": r"rais(?:e|es|ed|ing)"},
        "outlay": {"spent": "outlay", "answered": "outlay"},
        "commit": {"investing": r"\bcommit\w*", "answered": "commit"},
        "pour": {"investing": r"\bpour\w*"},
        "put into": {"investing": r"\bput(?:s|ting)?\s+into\b"},
        "capex": {"answered": "capex"},
        "capital": {"answered": "capital"},
        "expenditure": {"answered": "expenditure"},
        "worth": {"answered": "worth"},
        "value": {"answered": "value"},
        "cost": {"answered": "cost"},
        "price": {"answered": "price"},
    },
    "examples": ("How much is Norvik investing in its new campus?", "How much did Harbor raise?",
                 "What is Brightwell's investment plan?", "How much capex does Harbor plan?"),
}


def _forms(role: str) -> list[str]:
    return [forms[role] for forms in SPENDING_WORDS["words"].values() if role in forms]


# a verb of spending money in a question (role "spent")
SPENT = plain(r"\b(?:" + "|".join(_forms("spent")) + r")\b")
# an investment asked (role "investing")
INVESTING = plain("|".join(_forms("investing")))
# the measure words an investment row answers (role "answered"), read inside a measure
INVESTMENT_MEASURES = plain("|".join(_forms("answered")))
