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
- reporting-period: else the period the article reports on (`periods.REPORT_RULES`
  inherited-reporting-period).
"""
from __future__ import annotations

from .. import records as r
from .periods import date_yearless
from .rule_record import RuleRecord

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


def scope_period(state, paragraph: int, doc_period: r.Period | None) -> r.Period | None:
    """The period in force for a sentence of `paragraph` that states none: SCOPE_RULES in order."""
    return section_period(state) or paragraph_period(state, paragraph, doc_period) or doc_period
