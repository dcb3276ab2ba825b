"""The value a figure is compared with a year before: its period is the year-earlier one.

A results sentence often states the current figure and, beside it, the same measure a year before:
"The gross margin reached 31.8% in the quarter, against 29.6% one year before", "net revenue of
R$ 1.38 billion in the third quarter, up 9.4% against the R$ 1.26 billion of the same period of last
year", "an operating margin of 12% in the half (11.1% a year earlier)". The finders date every value
of the sentence by the period the sentence names ("in the quarter"); the compared value is the same
period one year earlier. `redate(text, facts, doc_period)` is pure: each Observation whose own value
text stands right before a year-earlier phrase (`PRIOR_YEAR_RULES`) gets its period moved back twelve
months when that period is the one the sentence's other figures or the document report on (so a
period already its own is never moved twice); a period that cannot be moved (no dates, longer than a
fiscal year) is dropped rather than kept wrong. A change ("up 9% on a year earlier") is no value of
the earlier period and is never read here (only `value_text`, never `change_text`).
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .dates import minus_year
from .rule_record import PatternRule

if TYPE_CHECKING:    # built where a period is made, not at import: `ask` reads tables without pydantic (issue 11)
    from .. import records as r

# between the value and the phrase: nothing, a comma, or one word that is not a comparison's own
# ("29.6% margin a year earlier"); never "from"/"than"/"over" ("grew 12% from a year earlier": a change)
_GAP = r"\s*,?\s*(?:(?!(?:from|than|over|versus|vs|on|compared|against|and|or|but|while|whereas|up|down)\b)[A-Za-z%]+\s+)?"

PRIOR_YEAR_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "year-earlier-after-value",
        _GAP + r"\(?(?:(?:a|one|1)\s+year\s+(?:earlier|before|ago|previously)|twelve\s+months\s+(?:earlier|before|ago))\b",
        "a value right before 'a year earlier' / 'one year before' / 'a year ago' is the same measure a year "
        "before the period its sentence names",
        ("probe24 01_intelbras_ptbr_translation: The gross margin reached 31,8% in the quarter, against 29,6% one "
         "year before",
         "probe22 03_retelit_italian_translation: which brings the margin to 36,6% (it was 35,4% a year earlier)",
         "probe16 05_stc_group_annual_report_excerpt: from 92 MW a year earlier"),
        ("Its gross margin was 41.2% in the half, against 39.9% a year earlier.",
         "Free cash flow reached EUR 80m in the quarter versus EUR 64m one year before."),
        re.I, trigger=("year", "months")),
    PatternRule(
        "same-period-last-year",
        _GAP + r"(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:same|corresponding|comparable)\s+(?:quarter|period|half|months?|"
               r"(?:three|six|nine)[- ]month\s+period)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+"
               r"(?:fiscal\s+|financial\s+)?year\b",
        "a value right before 'of the same period of last year' / 'in the corresponding quarter of the previous "
        "year' is the same measure one year before the period its sentence names",
        ("probe24 01_intelbras_ptbr_translation: an increase of 9,4% against the R$ 1,26 bilhão of the same period "
         "of last year",
         "devset5 t06_wipro: versus ₹3,209 crore in the corresponding quarter of last year",
         "probe15 01_turkcell_gazete_translation: compared with 56,8 mld TL in the same quarter of the previous year"),
        ("Orders came to 812 units in the quarter, compared with 640 units in the same quarter of the previous year.",
         "EBIT was SEK 95m for the period, against SEK 71m for the corresponding period of last year."),
        re.I, trigger=("year",)),
    PatternRule(
        "year-ago-period",
        _GAP + r"(?:(?:in|for|during|of)\s+)?the\s+(?:year[- ]ago|prior[- ]year|previous[- ]year|year[- ]earlier)\s+"
               r"(?:quarter|period|half|months?)\b",
        "a value right before 'in the year-ago quarter' / 'in the prior-year period' is the same measure one "
        "year before the period its sentence names",
        ("probe11 p11_02_lattice_q2_note: essentially flat against $124.1 million in the year-ago quarter",
         "probe9 g05_bharti_airtel_q2fy26: nearly double the ₹3,593 crore it earned in the year-ago period"),
        ("Adjusted EBITDA was $41 million in the quarter, compared with $35 million in the year-ago quarter.",),
        re.I, trigger=("year",)),
)

# bracketed-prior-period: a value inside brackets after "<period>:" right after the figure is that period's
# comparative ("Net sales: ¥268.4 billion (FY2025: ¥250.1 billion)", probe23 05_lasertec_ir_qa; "IFRS net profit was
# USD 232 million (fiscal 2023: USD 207 million)", probe11 p11_01_temenos_fy2024_mdna; "(Q4 fiscal 2023: $5.05
# billion)", probe10): when the finders dated it by the figure's own period (a fiscal label they could not date),
# the bracket's year one lower than that period's says it is that period a year earlier
BRACKETED_PRIOR = PatternRule(
    "bracketed-prior-period",
    r"\(\s*(?P<label>[^():;]{2,30}?)\s*:\s*[*_]*$",
    "a value in '(<period one year earlier>: <value>)' after a figure is the figure's period one year earlier",
    ("probe23 05_lasertec_ir_qa: Net sales: ¥268.4 billion (FY2025: ¥250.1 billion)",
     "probe11 p11_01_temenos_fy2024_mdna: IFRS net profit was USD 232 million (fiscal 2023: USD 207 million)"),
    ("Revenue: A$412.0 million (FY2025: A$380.5 million)", "Order intake rose to EUR 91m (H1 2025: EUR 84m)"),
    0, trigger=(":",))
# bracketed-prior-word: the bracket's label names the year-earlier period in words, not by its year ("(pcp: A$611.5
# million)", "(prior year: €5.20)", "(same period last year: 37.1%)", "(previous year: 36.57 yen)"): the same
BRACKETED_PRIOR_WORD = PatternRule(
    "bracketed-prior-word",
    r"^(?:pcp|prior\s+corresponding\s+period|(?:the\s+)?(?:prior|previous)[- ]year(?:\s+period)?|last\s+year|"
    r"(?:the\s+)?(?:same|corresponding)\s+period\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior)\s+(?:fiscal\s+|financial\s+)?year)$",
    "a value in '(<words naming the period a year earlier>: <value>)' after a figure is the figure's period one year "
    "earlier ('pcp' is the Australian 'prior corresponding period')",
    ("kindcheck35/periods 01_murrumbee_1h_fy27_asx: Revenue of A$684.2 million, up 11.9% … (pcp: A$611.5 million)",
     "devset5 t04_siemens: Dividend proposal of €5.35 per share (prior year: €5.20)",
     "kindcheck28/units 01_kallmuenz_fy2025: a dividend of €1.35 per share (prior year: €1.20)",
     "probe31 03_thundersoft_q3_report: gross margin improved to 39.8% (same period last year: 37.1%)",
     "probe17 05_scsk_kessan_tanshin: (previous year: 36.57 yen)"),
    ("Underlying EBITDA of A$92.7 million (pcp: A$80.4 million)", "EBIT rose to EUR 40m (prior year: EUR 35m)"),
    re.I, trigger=("pcp", "year", "period"))
_YEAR_OF_LABEL = re.compile(r"(?<!\d)(?:((?:19|20)\d\d)|FY\s?['’]?(\d\d))(?!\d)", re.I)

_YEAR_IN_LABEL = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FISCAL_LABEL = re.compile(r"(?:[QH][1-4]\s)?FY(?:19|20)\d\d")
_MAX_DAYS = 13 * 31  # a reporting period at most a fiscal year long (a longer span is a horizon)


def prior_after_value(text: str, end: int) -> str | None:
    """The name of the rule that reads the value ending at `end` as the one a year earlier, else None."""
    for rule in PRIOR_YEAR_RULES:
        if rule.triggered(text[end:end + 90]) and rule.rx.match(text, end) is not None:
            return rule.name
    return None


def year_earlier(p: r.Period | None) -> r.Period | None:
    """Period `p` one year earlier (the same months, the year in its label one lower; an undated fiscal
    label "FY2025" the label "FY2024"), or None when `p` has no year in its label, no dates (other than
    such a label), or is longer than a fiscal year."""
    if p is None or not _YEAR_IN_LABEL.search(p.label or ""):
        return None
    from .. import records as r
    label = _YEAR_IN_LABEL.sub(lambda m: str(int(m.group(1)) - 1), p.label)
    if p.start is None and p.end is None and _FISCAL_LABEL.fullmatch(p.label):
        return r.Period(label=label)  # a fiscal label the finders could not date ("FY2025"): the label a year earlier
    if p.start is None or p.end is None or (p.end - p.start).days > _MAX_DAYS:
        return None
    return r.Period(start=minus_year(p.start), end=minus_year(p.end), label=label)


PRIOR_COLUMN = PatternRule(
    "same-period-last-year-column",
    r"^(?:the\s+)?(?:same|corresponding)\s+period\s+(?:of\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year$",
    "a value column headed 'Same period last year' beside the period reported on ('This reporting period', "
    "tables.TABLE_SHAPES current-column) is that period a year earlier, when the document states its period",
    ("probe22 02_eoptolink_halfyear_translation: 'Item  This reporting period  Same period last year  Change'",
     "kindcheck29 scale 03_ruiheng_h1_2026_forecast: '| Item | Current reporting period | Same period last year |' "
     "under 'Forecast period: 1 January 2026 to 30 June 2026'"),
    ("| Item | This reporting period | Same period last year |", "Corresponding period of the previous year"),
    re.I, trigger=("period",))


def prior_column(cell: str, doc_period: r.Period | None) -> r.Period | None:
    """The period of a 'Same period last year' column: the document's period a year earlier (PRIOR_COLUMN)."""
    if doc_period is None or not cell or PRIOR_COLUMN.search(" ".join(cell.split())) is None:
        return None
    return year_earlier(doc_period)


def _value_end(text: str, value_text: str) -> int | None:
    """The end of `value_text`'s one occurrence in `text` (None when absent or written twice)."""
    at = text.find(value_text)
    if at < 0 or text.find(value_text, at + 1) >= 0:
        return None
    return at + len(value_text)


def _label_year(label: str) -> int | None:
    years = {int(m.group(1)) if m.group(1) else 2000 + int(m.group(2)) for m in _YEAR_OF_LABEL.finditer(label)}
    return years.pop() if len(years) == 1 else None


def bracket_year_before(text: str, value_text: str, p: r.Period) -> bool:
    """bracketed-prior-period: whether `value_text` stands in '(<period>: …)' whose one year is one
    lower than the year of `p`'s label (so `p` is the figure's period, not the bracket's)."""
    at = text.find(value_text)
    if at < 0 or text.find(value_text, at + 1) >= 0:
        return False
    m = BRACKETED_PRIOR.rx.search(text, max(0, at - 40), at)
    if m is None:
        return False
    if BRACKETED_PRIOR_WORD.search(" ".join(m.group("label").split())) is not None:
        return _label_year(p.label or "") is not None   # (a period with no year in its label cannot be moved back)
    y, cur = _label_year(m.group("label")), _label_year(p.label or "")
    return y is not None and cur is not None and y == cur - 1


def redate(text: str, facts: list, doc_period: r.Period | None = None) -> list:
    """`facts` with each Observation that states the value a year earlier dated one year back (or
    undated when its period cannot be moved); every other fact as it was."""
    prior: dict[int, str] = {}
    bracketed: set[int] = set()
    for i, f in enumerate(facts):
        if getattr(f, "kind", None) != "observation" or not f.value_text or f.period is None:
            continue
        if "(" in text and bracket_year_before(text, f.value_text, f.period):
            bracketed.add(i)
            continue
        end = _value_end(text, f.value_text)
        if end is not None and prior_after_value(text, end):
            prior[i] = f.value_text
    if not prior and not bracketed:
        return facts
    current = [f.period for i, f in enumerate(facts) if i not in prior and getattr(f, "kind", None) == "observation"
               and f.period is not None]
    out = []
    for i, f in enumerate(facts):
        if i in prior and (any(f.period.same_as(q) for q in current) or f.period.same_as(doc_period)
                           or (f.period.inherited and doc_period is not None)):
            f = f.model_copy(update={"period": year_earlier(f.period)})
        elif i in bracketed:
            f = f.model_copy(update={"period": year_earlier(f.period)})
        out.append(f)
    return out


def bracketed_priors(text: str, facts: list, moneys: list) -> list:
    """rule bracketed_prior_year_convention (notation.py): in a document that declares its bracketed figures
    the prior year's, each dated Observation whose amount is followed by its bracketed comparative ("Net sales
    MSEK 6 318 (5 702)" in a nine-month line) gets a companion: the same subject and measure, the bracket's
    amount (values.find_money found it right after the first), the period one year earlier. No companion when
    the period cannot be moved (no year, no dates): an undated prior-year value would read as the current one."""
    out = []
    for f in facts:
        if getattr(f, "kind", None) != "observation" or f.value is None or f.period is None or not f.value_text:
            continue
        i = next((k for k, m in enumerate(moneys) if m.text == f.value_text and m.value == f.value), None)
        if i is None or i + 1 >= len(moneys):
            continue
        m, b = moneys[i], moneys[i + 1]
        if b.currency != m.currency or not text[m.start:b.start].rstrip().endswith("(") or text[b.end:b.end + 1] != ")":
            continue
        p = year_earlier(f.period)
        if p is None:
            continue
        out.append(f.model_copy(update={"value": b.value, "value_text": b.text, "value_max": None, "change": None,
                                        "change_unit": None, "change_text": None, "change_qualifier": None,
                                        "change_basis": None, "direction": None, "qualifier": None,
                                        "period": p, "equivalents": ()}))
    return out


# ---------------------------------------------------------------------------
# the span of years an investment is made over
# ---------------------------------------------------------------------------

INVESTMENT_SPAN = PatternRule(
    "investment-over-years",
    r"^(?:\s*\([^()]{0,40}\))?[^.;()]{0,60}?\b(?:in|over|across|during|between|for)\s+(?:the\s+(?:years|period)\s+)?$",
    "an amount invested 'in 2026–2028' / 'over 2025–2027' (a span of whole years right after the amount and its "
    "object) is invested over those years: the span is its period",
    ("probe23 08a_magyartelekom_news_q2: Magyar Telekom will invest about HUF 1,000 billion (HUF 1 trillion) in 2026–2028",
     "probe24 04_mobifone_spectrum_decision: it plans investment of around VND 5,700 billion in 5G network equipment "
     "over 2025–2027"),
    ("Nordlys will invest about NOK 4 billion in grid upgrades over 2027–2030.",),
    re.I)


def _whole_years(p) -> bool:
    return p.kind == "range" and p.start is not None and p.end is not None and (p.start.month, p.start.day) == (1, 1) \
        and (p.end.month, p.end.day) == (12, 31) and 1 <= p.end.year - p.start.year <= 6


def investment_spans(text: str, facts: list, periods: list) -> list:
    """`facts` with each undated Investment whose first amount a span of whole years follows
    (investment-over-years) dated by that span; every other fact as it was."""
    spans = [p for p in periods if _whole_years(p)]
    if not spans:
        return facts
    from .. import records as r
    out = []
    for f in facts:
        if getattr(f, "kind", None) == "investment" and f.period is None and f.horizon is None and f.amounts and f.amounts[0].text:
            at = text.find(f.amounts[0].text)
            if at >= 0:
                end = at + len(f.amounts[0].text)
                p = next((q for q in spans if q.start_idx >= end and INVESTMENT_SPAN.rx.match(text[end:q.start_idx])), None)
                if p is not None:
                    f = f.model_copy(update={"period": r.Period(start=p.start, end=p.end, label=p.label)})
        out.append(f)
    return out
