"""The period in force for a figure or claim whose own sentence states none (issue47c): one source for
typed figures (`figures.period_for`), claims (`claims.claims`) and the figures read from claims
(`prose_measures`, `per_share`), so a sentence's claim and its typed figures are dated alike.

A period scope is set by the text before the sentence and holds until another period or heading
ends it (`SCOPE_RULES`, named records, most specific first):

- section-lead: a list's lead line or a dated heading ("Divisions (nine months ended 30 September
  2026)", "Revenue by product line in fiscal 2025:") dates the lines of its list (kept as
  `DocState.list_period` by `pipeline._list_period`; a span of four weeks or more, never a day).
- paragraph-period: a period a sentence of the paragraph sets ("For the first nine months of 2026,
  the group recorded …") dates the paragraph's later sentences that state none ("Net profit for the
  period was …", "The Education division contributed …"), a yearless one dated by the report's year
  (kept as `DocState.paragraph_period` by the pipeline; the next period a sentence sets, or the next
  paragraph, ends it).
- the-span-named: "in the quarter", "for the three months", "for the half" name the period the article
  reports on, "for the period" the one in scope (`named_span`; the same for figures and claims).
- reporting-period: else the period the article reports on (`periods.REPORT_RULES`
  inherited-reporting-period).
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .periods import bracketed_comparative, date_yearless
from .rule_record import PatternRule, RuleRecord

SCOPE_RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "section-lead",
        "a list's lead line or a dated heading dates the lines under it that state no period",
        ("probe27 05_ceragon_6k (Second quarter 2026 highlights: / * Revenue of $101.4 million, …: periods."
         "LIST_LINE_KEEPS_LEAD)",
         "probe18 accton_forum_post (list lines under their dated lead: the same rule's provenance)"),
        ("Segment revenue for the nine months to September 2026: / - Cloud: EUR 12 million (invented)",)),
    RuleRecord(
        "paragraph-period",
        "a period a sentence sets carries to the paragraph's later sentences that state none, for the claim "
        "as for the typed figure of the same sentence (the claim had the report's period or none)",
        ("probe34 05 bittnet_bvb_current_report (For the first nine months of 2026, the group recorded … . Net "
         "profit for the period was RON 3.2 million. The Education division contributed RON 27.9 million of "
         "revenue …: the claims undated, answered for 2025)",
         "shared corpus 002 alibaba news (Alibaba's total revenue for the second quarter ended September 30, 2024, "
         "was … . The company's international e-commerce revenue increased by 29 percent …: the claim dated Q4 2024, "
         "the report's guessed period, its typed figure the quarter's)"),
        ("In the nine months to September, sales rose 8%. Net profit was EUR 4 million. (invented: the profit is "
         "the nine months')",)),
    RuleRecord(
        "heading-period",
        "a heading naming a part of a year ('## Second quarter', '## First half', 'First nine months of 2025/26 "
        "(October 2025 - June 2026)') dates the figures and claims of the paragraphs under it that state no period of "
        "their own, before the period the article reports on; a yearless part is of the report's year; the next "
        "heading ends it (one naming no part of a year ends it without another)",
        ("kindcheck35/periods 03_tiszavolgy_h1_2026_news_hu (## Second quarter / Revenue rose 12% to HUF 48.6 billion. "
         "Operating profit was HUF 6.2 billion …; ## First half / Revenue amounted to HUF 91.3 billion.)",
         "kindcheck35/periods 02_vinterberg_q3_2025-26_dk (### First nine months of 2025/26 (October 2025 - June 2026) / "
         "… EBITDA for the period was DKK 452 million: dated by the report's quarter before)",
         "(a heading's list lines were dated already, section-lead: probe22 06_heliostowers_bond_offering '### Segment "
         "information (H1 2025)', kindcheck28/ask 02_valtorre_h1_2026 '## Main results, H1 2026'; the document's title "
         "sets none: the lead dates the report)"),
        ("## First half / Revenue was EUR 9 million. (invented: the first half's)",)),
    RuleRecord(
        "reporting-period",
        "else a figure of the company states the period the article reports on (inherited)",
        ("periods.REPORT_RULES inherited-reporting-period (its provenance)",
         "probe33 05 cseglobal_sgx_halfyear (the half-year's figures with no period of their own)"),
        ("Acme reports its third quarter. Revenue was EUR 9 million. (invented)",)),
)


def section_period(state) -> r.Period | None:
    """section-lead: the period of the list or dated heading the sentence stands under (a span, not a day)."""
    lp = state.list_period
    if lp is not None and lp.start is not None and lp.end is not None and (lp.end - lp.start).days >= 27:
        return lp
    return None


def paragraph_period(state, paragraph: int, doc_period: r.Period | None) -> r.Period | None:
    """paragraph-period: the period an earlier sentence of paragraph `paragraph` set, a yearless one
    dated by `doc_period` (periods.YEARLESS_RULE); None outside that paragraph."""
    pp = state.paragraph_period
    if pp is None or pp[0] != paragraph:
        return None
    return date_yearless(pp[1], doc_period) or pp[1]


_HEADING_KINDS = ("quarter", "half", "range")
_YEARLESS_PART = plain(r"[QH][1-4]|[369]M")


def heading_part(periods, text: str):
    """heading-period: the part of a year heading `text` names (a mention of `periods`: a dated quarter,
    half or span of months, or a yearless "Second quarter" / "First half"), else None."""
    for q in periods:
        if q.kind not in _HEADING_KINDS or bracketed_comparative(text, q, -1):
            continue
        if q.start is not None and q.end is not None and (q.end - q.start).days >= 27 \
                or q.start is None and q.end is None and _YEARLESS_PART.fullmatch(q.label or ""):
            return q
    return None


def heading_period(state, doc_period: r.Period | None) -> r.Period | None:
    """heading-period: the period of the heading the sentence stands under, a yearless part dated by
    `doc_period` (None when that cannot date it)."""
    hp = state.heading_period
    if hp is None:
        return None
    if hp.start is None and hp.end is None:
        return date_yearless(hp, doc_period)
    return hp


def scope_period(state, paragraph: int, doc_period: r.Period | None, text: str = "") -> r.Period | None:
    """The period in force for a sentence `text` of `paragraph` that states none: SCOPE_RULES in order."""
    return section_period(state) or named_span(text, state, paragraph, doc_period) \
        or paragraph_period(state, paragraph, doc_period) or heading_period(state, doc_period) or doc_period


# "Net profit for the quarter was …", "Net profit for the period was …" (figures.period_for before issue47c)
_NAMED_SPAN = plain(r"\b(?:in|for|during|over)\s+the\s+(quarter|period|three\s+months|half)\b", re.I)


def named_span(text: str, state, paragraph: int, doc_period: r.Period | None) -> r.Period | None:
    """the-span-named: the period "the quarter" / "the three months" / "the half" (the one reported
    on) or "the period" (the one in scope) of `text` names; None when it names none."""
    m = _NAMED_SPAN.search(text) if doc_period is not None else None
    if m is None:
        return None
    if m.group(1).lower() == "period":
        return paragraph_period(state, paragraph, doc_period) or heading_period(state, doc_period) or doc_period
    return doc_period


# the periods a sentence names that set no scope for the sentences after it
NO_SCOPE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "part-alone",
        r"^\s*(?:\([^()]{0,60}\)\s*)?alone\b",
        "a part of the span in scope marked 'alone' ('the third quarter alone', 'In the fourth quarter of 2025 alone "
        "(October-December)') dates its own figures; the paragraph stays in the span it is part of",
        ("probe34 01 vodafoneqatar_qse_disclosure (Total revenue for the nine months reached … . Revenue for the third "
         "quarter alone was QR 851 million … . EBITDA rose 8.3% to QR 1,032 million, taking the EBITDA margin to 41.5%: "
         "the nine months' EBITDA)",
         "kindcheck31 focus 03 korbinger_quartalsmitteilung (… in the first nine months of 2026 … . Third-quarter revenue "
         "alone was €148.9 million. EBIT for the nine months came to …)",
         "kindcheck32 periods 01 harrowfield (Net sales for the third quarter alone were $612.4 million)"),
        ("Sales for the nine months rose 6%. Fourth-quarter sales alone were EUR 9 million. Net profit was EUR 3 million. "
         "(invented: the profit is the nine months')",),
        flags=re.I, trigger=("alone",)),
    PatternRule(
        "earlier-aside",
        r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|in\s+the\s+prior(?:[- ]year|\s+corresponding)\s+period)\s*,?\s*(?:in|for)?\s*$",
        "a period set off after 'a year earlier' is the compared one ('A year earlier, in Q3 FY25, revenue had been …'): "
        "it dates that sentence's figure, never the paragraph's next ones",
        ("kindcheck27 periods 01 rajpath_q3fy26 (Revenue for Q3 FY26 was ₹1,265 crore. A year earlier, in Q3 FY25, "
         "revenue had been ₹1,080 crore. Net profit for the quarter was ₹148 crore: the claim dated Q3 FY25)",
         "kindcheck27 periods 02 coolabah_h1fy26 (In the prior corresponding period, H1 FY25 (six months to 31 "
         "December 2024), revenue was A$71.9 million)"),
        ("Sales were EUR 9 million in the quarter. A year earlier, in Q3 2024, they had been EUR 8 million. (invented)",),
        flags=re.I, trigger=("year", "prior")),
)


def sets_scope(text: str, start: int, end: int) -> bool:
    """Whether the period written at text[start:end] sets the scope of the paragraph's next
    sentences (no NO_SCOPE_RULES rule holds: 'alone' after it, 'a year earlier' before it)."""
    return not (NO_SCOPE_RULES[0].search(text[end:end + 70]) or NO_SCOPE_RULES[1].search(text[max(0, start - 60):start]))
