"""The day a notice's changes take effect: the period of the new values it lists.

A notice of changes (prices, fees, terms) says once, in its heading or first lines, from which day
the changes hold ("Notice of price changes … — effective 1 March 2026", "Update notice (effective
1 July 2026)", "The new prices apply from 1 March 2026"). Its new values ("new price" in a table
column, a cell read with its column "(New price)", "the new fee") hold from that day on: their period starts on it and has no end. Only a value
whose measure says it is new is dated so (the current price, a plan, an investment of the year keep
what their own sentences give), and only a value with no period of its own.

A grid of figures before and after a change (table_rows.PRICE_ROWS) is dated by the same reader:
`effective_from(text, find_periods, scope="grid")` gives the last day an effective phrase names in
the text above the grid, with the phrasings a notice uses in its body too ("with effect from",
"starting", "as of"); a new column's own "from <day>" header first (`column_from`).

`effective_day(sentences, find_periods)`, `effective_from(...)`, `column_from(...)` and
`date_new_values(facts, day)` are pure.
"""
from __future__ import annotations

import re

from .. import records as r
from .rule_record import PatternRule

EFFECTIVE_LINES = 8  # the heading and first lines, where a notice says when it takes effect

EFFECTIVE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "notice-effective-heading",
        r"\b(?:effective|valid|applicable)\s+(?:from\s+|as\s+of\s+|on\s+)?[*_]*$",
        "a notice's heading or first line saying 'effective <day>' names the day its changes hold from",
        ("probe24 07_contabo_price_notice: Notice of price changes for Contabo cloud products — effective 1 March 2026",
         "focusset24 held/10_personio_subprocessors: Sub-processors — update notice (effective 1 July 2026)"),
        ("Revised tariff schedule (effective 1 October 2026)", "Fee update — valid from 2 January 2027"),
        re.I, trigger=("effective", "valid", "applicable")),
    PatternRule(
        "new-values-apply-from",
        r"\bnew\s+(?:prices?|fees?|tariffs?|rates?|charges?|terms)\s+(?:will\s+)?(?:apply|applies|take\s+effect|takes\s+effect|"
        r"are\s+valid|is\s+valid|come\s+into\s+force|comes\s+into\s+force)\s+(?:from|on|as\s+of|starting)\s+[*_]*$",
        "'The new prices apply from <day>' names the day the notice's new values hold from",
        ("probe24 07_contabo_price_notice: The new prices apply from **1 March 2026** for new orders",
         "(one source so far: read only beside notice-effective-heading, whose phrasing two sources show)"),
        ("The new fees take effect on 1 April 2027.", "New rates will apply from 15 May 2026 for all customers."),
        re.I, trigger=("new",)),
)

# the phrasings a notice's body or a grid's lead uses, read only in the text above a grid of old and new
# figures (scope "grid"): the day that follows is the day the grid's new column holds from
GRID_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "grid-effective-phrase",
        r"\b(?:effective(?:\s+(?:from|on|as\s+of))?|(?:apply|applies|valid|take\s+effect|takes\s+effect|in\s+force|"
        r"come\s+into\s+effect|comes\s+into\s+effect)\s+(?:from|on|as\s+of)|with\s+effect\s+from|starting(?:\s+on)?|"
        r"as\s+of)\s+[*_]*$",
        "near a grid of old and new figures, 'effective <day>', 'apply from <day>', 'with effect from <day>', "
        "'starting <day>', 'as of <day>' name the day the grid's new figures hold from (table_rows.PRICE_ROWS)",
        ("probe24 07_contabo_price_notice: 'Notice of price changes … — effective 1 March 2026' over its price grid",
         "probe20 07_omantel_vendor-case-study: the 'Before / After' grid (no day stated: undated)"),
        ("New tariffs apply from 1 October 2026.", "With effect from 2 January 2027 the fees below change."),
        re.I, trigger=("effect", "apply", "applies", "valid", "force", "starting", "as of")),
)
# a new column's own header naming the day ("Price from 1 Mar 2026")
COLUMN_FROM = PatternRule(
    "column-from-day", r"\bfrom\s+$",
    "a grid's new column headed 'from <day>' ('Price from 1 Mar 2026') holds from that day",
    ("probe24 07_contabo_price_notice (grid headers 'Current price' / 'New price')",
     "tables.OLD_NEW: 'Price until 28 Feb' / 'Price from 1 Mar' headers"),
    ("| Plan | Price until 28 Feb 2027 | Price from 1 Mar 2027 |",), re.I, trigger=("from",))

_NEW_MEASURE = re.compile(r"^new\s+\w", re.I)
_NEW_COLUMN = re.compile(r"\(new\s+\w[^()]*\)$", re.I)   # a table cell's value read with its column "(New price)"


def _new_value(f) -> bool:
    return bool(_NEW_MEASURE.match(f.measure or "") or _NEW_COLUMN.search(f.value_text or ""))


def _days_after(text: str, find_periods, rules) -> list:
    """The days (datetime.date) of `text`, in order, that one of `rules` stands right before."""
    rules = [rule for rule in rules if rule.triggered(text)]
    if not rules:
        return []
    return [p.start for p in find_periods(text) if p.kind == "day" and p.start is not None
            and any(rule.rx.search(text, 0, p.start_idx) for rule in rules)]


def effective_day(sentences: list[str], find_periods):
    """The day (datetime.date) the first `EFFECTIVE_LINES` sentences say the notice's changes take
    effect, or None. `find_periods(text)` gives a sentence's period mentions (values.Period)."""
    for text in sentences[:EFFECTIVE_LINES]:
        low = text.lower()
        if "effective" not in low and "valid" not in low and "applicable" not in low and "new" not in low:
            continue
        days = _days_after(text, find_periods, EFFECTIVE_RULES)
        if days:
            return days[0]
    return None


def effective_from(text: str, find_periods):
    """The last day (datetime.date) an effective phrase of a grid's lead names in `text` (the text
    above a grid of old and new figures: GRID_RULES), or None."""
    days = _days_after(text, find_periods, GRID_RULES)
    return days[-1] if days else None


def column_from(cell: str, find_periods):
    """The day a grid's new column's header says it holds from ("Price from 1 Mar 2026":
    COLUMN_FROM), or None."""
    days = _days_after(cell, find_periods, (COLUMN_FROM,)) if cell else []
    return days[-1] if days else None


def date_new_values(facts: list, day) -> list:
    """`facts` with each Observation of a new value ("new price") that has no period dated from `day`."""
    if day is None:
        return facts
    period = r.Period(start=day, end=None, label=f"from {day.isoformat()}")
    return [f.model_copy(update={"period": period})
            if getattr(f, "kind", None) == "observation" and f.period is None and _new_value(f)
            else f for f in facts]
