"""The period a document says all its figures are for: a document-level period claim.

An article, filing digest or study often states once, near its top, which period its figures
belong to ("All figures are for the year ended 31 December 2024 unless I say otherwise",
"Unless otherwise stated, financial figures refer to the financial year ended 31 December 2024
(FY2024)", "Highlights of the quarter ended 30 September 2025 (…, unless stated)"). That
statement is the period the document reports on: the pipeline takes it as such before it reads
the lead, and a reported figure whose sentence states no period of its own inherits it (marked
kg:periodInherited, periods.REPORT_RULES "inherited-reporting-period"): never a plan, a rate, a
figure of another company or a sentence dated otherwise, which the finders already keep apart.

`scope_statement(sentences, resolve)` is pure: the first such statement among the document's
first sentences, with the period it names and the sentence that says so (its evidence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from ..pattern_cache import plain
from .rule_record import PatternRule

SCOPE_SENTENCES = 30  # a scope statement stands in a document's preamble, before its figures

SCOPE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "unless-stated",
        r"\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|shown|mentioned|(?:I|we)\s+say\s+otherwise)\b",
        "a dated period in a sentence that holds 'unless (otherwise) stated' is the period all figures are for",
        ("probe17 04_credicorp_trading_update: Highlights of the quarter ended 30 September 2025 (unaudited; "
         "figures in Peruvian soles, S/, unless stated)",
         "probe19 02_veon_20f_thread: All figures are for the year ended 31 December 2024 unless I say otherwise",
         "probe19 08_tm_regulator_market_study: Unless otherwise stated, financial figures refer to the financial "
         "year ended 31 December 2024 (FY2024)",
         "probe11 p11_01_temenos_fy2024_mdna: The fiscal year 2024 is the twelve months ended December 31, 2024; "
         "comparisons are with the fiscal year 2023 unless stated otherwise (the comparison clause is skipped)"),
        ("Results for the quarter ended 31 March 2025, in euros unless noted.",
         "Unless otherwise indicated, amounts are for the fiscal year ended June 30, 2025."),
        re.I, trigger=("unless",)),
)

# A clause on the figures of comparison ("Comparisons are with the corresponding period of 2023
# unless otherwise stated", "Figures in parentheses refer to the same period of the previous year")
# names the period compared with, not the one reported on.
_COMPARISON_CLAUSE = re.compile(
    r"\bcompar|\bparenthes[ie]s|\bbrackets\b|\bprevious\b|\bprior\b|\bsame\s+period\b|\bcorresponding\b|\ba\s+year\s+(?:earlier|ago)\b"
    r"|\bexpect|\bguidance\b|\boutlook\b|\bforecast|\btarget", re.I)
_CLAUSE_END = re.compile(r"[;.]\s")


@dataclass(frozen=True)
class ScopePeriod:
    """The document-level period claim: the period, the rule that read it and its evidence."""
    period: object   # a values.Period with both dates
    sentence: int    # the index of the sentence that states it
    rule: str
    fiscal_year: int | None = None  # the fiscal year the clause names for those dates ("The fiscal year
    # 2024 is the twelve months ended December 31, 2024"): the document's fiscal calendar

_FY_LABEL = re.compile(r"FY((?:19|20)\d\d)")


def _clause(text: str, at: int) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, at)), len(text))
    return text[start:end]


def _span_days(p) -> int:
    return (p.end - p.start).days


def scope_statement(sentences: list[str], resolve) -> ScopePeriod | None:
    """The first of the first `SCOPE_SENTENCES` sentences that says which period the document's
    figures are for, with that period: a dated period of a month or longer (a quarter, a half, a
    fiscal or calendar year, a range of months) in a clause that is not about the figures compared
    with or expected. `resolve(text)` gives a sentence's period mentions (values.Period)."""
    for i, text in enumerate(sentences[:SCOPE_SENTENCES]):
        rule = next((r for r in SCOPE_RULES if r.search(text)), None)
        if rule is None:
            continue
        for p in resolve(text):
            if p.start is None or p.end is None or _span_days(p) < 27 or p.kind not in ("quarter", "half", "year", "fiscal_year", "range"):
                continue
            clause = _clause(text, p.start_idx)
            if _COMPARISON_CLAUSE.search(clause):
                continue
            named = [q for q in resolve(clause) if q.kind == "fiscal_year" and q.start is None and _FY_LABEL.fullmatch(q.label)]
            fy = int(_FY_LABEL.fullmatch(named[0].label).group(1)) if len(named) == 1 and 11 <= _span_days(p) // 30 <= 13 else None
            if fy is not None:
                p = replace(p, label=f"FY{fy}", kind="fiscal_year")
            return ScopePeriod(period=p, sentence=i, rule=rule.name, fiscal_year=fy)
    return None


DEFINED_PERIOD = PatternRule(
    "defined-reporting-period",
    r"(?P<term>\(\s*(?:the\s+)?[\"“'‘](?:Reporting|Relevant|Review)\s+Period[\"”'’]\s*\))"
    r"|^\s*(?:[0-9]+[.)]\s*)?(?P<label>(?:forecast|reporting|report)\s+period)\s*[:：]",
    "a document that names the period its figures are for, as a defined term right after it ('for the six months "
    "ended 30 June 2026 (the \"Reporting Period\")') or as a labelled line of a filing ('Forecast period: 1 January "
    "2026 to 30 June 2026'), reports on that period: its figures stated 'for the Reporting Period' / 'during the "
    "reporting period', or with no period of their own, are for it (the label and the term name no comparison or "
    "plan, whatever the sentence around them says)",
    ("probe28 04_fourthparadigm_hkex_profit_alert (HKEX profit alert): '… for the six months ended 30 June 2026 (the "
     "\"Reporting Period\") …, the Group is expected to record: (i) total revenue of approximately RMB3,380 million to "
     "RMB3,460 million for the Reporting Period'",
     "kindcheck29 scale 03_ruiheng_h1_2026_forecast (SZSE results forecast): '1. Forecast period: 1 January 2026 to 30 "
     "June 2026' … 'During the reporting period the Company expects net profit … to be between RMB120 million and "
     "RMB150 million'"),
    ("Revenue for the year ended 31 March 2031 (the \"Reporting Period\") rose …",
     "2. Reporting period: 1 April 2030 to 31 March 2031"),
    re.I | re.M, trigger=("period",))


def defined_period(sentences: list[str], resolve) -> ScopePeriod | None:
    """The period a document defines as the one it reports on (DEFINED_PERIOD), among its first
    sentences: the dated period right before the defined term's bracket, or the first after the label."""
    for i, text in enumerate(sentences[:SCOPE_SENTENCES]):
        m = DEFINED_PERIOD.search(text)
        if m is None:
            continue
        ps = [p for p in resolve(text) if p.start is not None and p.end is not None and _span_days(p) >= 27
              and p.kind in ("quarter", "half", "year", "fiscal_year", "range")]
        if m.group("term"):
            ps = [p for p in ps if p.end_idx <= m.start() and not text[p.end_idx:m.start()].strip(" ,")]
        else:
            ps = [p for p in ps if p.start_idx >= m.end()][:1]
        if len(ps) == 1:
            return ScopePeriod(period=_named_part(ps[0]), sentence=i, rule=DEFINED_PERIOD.name)
    return None


def _named_part(p):
    """A range of days that is a calendar half or quarter under its name ("1 January 2026 to 30 June 2026": "H1 2026")."""
    s, e = p.start, p.end
    if s.day != 1 or s.year != e.year or (e + timedelta(days=1)).day != 1:
        return p
    months = e.month - s.month + 1
    if p.kind == "half" and months == 6 and s.month in (1, 7):
        return replace(p, label=f"H{1 if s.month == 1 else 2} {s.year}")
    if p.kind == "quarter" and months == 3 and s.month in (1, 4, 7, 10):
        return replace(p, label=f"Q{(s.month + 2) // 3} {s.year}")
    return p


# ---------------------------------------------------------------------------
# a question's period dates its answer
# ---------------------------------------------------------------------------

QUESTION_RULE = PatternRule(
    "question-dates-answer",
    r"\?\s*['\"”’)]*$|\b(?:asked|asks)\b",
    "a question line that names a period and states no figure dates the figures of the answer line after it "
    "that state no period of their own",
    ("probe10 dassault_interview: Q: How did the second quarter look? / A: Total revenue was €1.48 billion, …",
     "probe19 05_elm_agm_minutes: 1. A shareholder asked the management to summarise the results for the financial "
     "year ended 31 December 2024. / The CFO replied that revenue reached SAR 7.30 billion, …"),
    ("Q: What happened in the first half? A: Sales were $2 billion.",
     "An investor asked about the year ended 30 June 2025. The CFO said profit was $40 million."),
    re.I, trigger=("?", "ask"))


def asks(text: str) -> bool:
    """Whether a sentence asks a question (question-dates-answer)."""
    return QUESTION_RULE.search(text) is not None


# ---------------------------------------------------------------------------
# a half-year report's heading names the half it reports on
# ---------------------------------------------------------------------------

HALF_YEAR_HEADING = PatternRule(
    "half-year-report-heading",
    r"\b(?:semi-?annual|half-?year(?:ly)?|six-month)\s+(?:financial\s+)?report\b",
    "a heading '<year> Semi-Annual Report' / 'Half-Year Report <year>' at a document's top names the first half "
    "of that year as the period it reports on (the year alone is no period of its figures)",
    ("probe22 02_eoptolink_halfyear_translation: 2025 Semi-Annual Report Summary",
     "focusset22 held/16_wangsu_halfyear: 2026 SEMI-ANNUAL REPORT SUMMARY"),
    ("Half-Year Report 2026", "NORDLYS ENERGI ASA 2025 SEMI-ANNUAL REPORT"),
    re.I, trigger=("report",))


def half_year_heading(text: str, periods: list, calendar=None):
    """The first half of the one year a half-year report's heading names (a values.Period of kind
    "half"), or None: no such heading, no year or more than one, or a named fiscal year not the
    calendar's (its first half is not January to June)."""
    if HALF_YEAR_HEADING.search(text) is None:
        return None
    years = [p for p in periods if p.kind == "year" and p.start is not None and p.start.month == 1]
    if len(years) != 1 or any(p.kind in ("quarter", "half", "fiscal_year", "range") for p in periods):
        return None
    if calendar is not None and calendar.end_month != 12 and calendar.shift is not None:
        return None  # (a calendar guessed from a half's end, shift unknown, names no fiscal year)
    y = years[0]
    return replace(y, end=y.start.replace(month=6, day=30), label=f"H1 {y.start.year}", kind="half")


YEAR_ENDED_HEADING = PatternRule(
    "results-year-ended-heading",
    r"\bresults\b.{0,60}?\b(?:fiscal|financial)?\s*year\s+ended\b",
    "a heading at a document's top naming the results of a (fiscal) year that ended ('Financial Results Briefing "
    "for the Fiscal Year Ended June 30, 2026') names that year as the period the document reports on",
    ("probe23 05_lasertec_ir_qa: Summary of Q&A Session — Financial Results Briefing for the Fiscal Year Ended "
     "June 30, 2026",
     "probe16 05_stc_group_annual_report_excerpt: 4.2 Financial results for the year ended 31 December 2024"),
    ("Results for the financial year ended 31 March 2026", "ANNUAL RESULTS FOR THE YEAR ENDED 30 JUNE 2025"),
    re.I, trigger=("results",))


def year_ended_heading(text: str, periods: list):
    """The one dated year a results heading says ended (a values.Period of kind "fiscal_year" or
    "year", about twelve months long), or None: no such heading, or the heading names a quarter, a
    half, some months or more than one year ("the First Three Months of the Fiscal Year Ending …")."""
    if YEAR_ENDED_HEADING.search(text) is None or re.search(r"\bmonths\b|\bquarter\b|\bhalf\b", text, re.I):
        return None
    years = [p for p in periods if p.kind in ("year", "fiscal_year") and p.start is not None and p.end is not None
             and 360 <= _span_days(p) <= 372]
    if len(years) != 1 or len(periods) != 1 or "ended" not in years[0].text.lower():
        return None
    return years[0]


PART_RESULTS_HEADING = PatternRule(
    "part-results-heading",
    r"\b(?:results|earnings|resultados|r[ée]sultats|ergebnisse)\b",
    "a heading at a document's top naming the results of one quarter or half ('THIRD-QUARTER 2026 RESULTS', "
    "'Reporte de Resultados 3T26 / Third-Quarter 2026 Earnings Report') names that part as the period the document "
    "reports on, before a lead sentence's comparison or a nine-month total can",
    ("probe29 05_televisa_3t26_release: REPORTE DE RESULTADOS DEL TERCER TRIMESTRE DE 2026 / THIRD-QUARTER 2026 RESULTS",
     "kindcheck30 periods 01_moctelpan_3t26: Reporte de Resultados 3T26 / Third-Quarter 2026 Earnings Report"),
    ("Second-Quarter 2027 Results", "Résultats S1 2026 / H1 2026 results"),
    re.I, trigger=("result", "earning", "ergebnis", "sultat"))


# ending-results-heading: a heading that ends on "results" and writes its own year names the dated quarter or half in
# it ("Norvane second-quarter 2025 results"; "Norvane second-quarter results" names no year: the lead's "the quarter
# ended June 30, 2025" dates the report, tests/test_extract_deals.py)
RESULTS_HEADING_END = plain(r"\bresults\s*$", re.I)
HEADING_YEAR = plain(r"\b(?:19|20)\d\d\b|\b[1-4][QTHS]\d\d\b|\bFY\s?\d\d")   # (the year written in the heading itself)


def _yearless(p) -> bool:
    """"Q2" with no year: a calendar guess until the lead dates it (as periods.yearless_part)."""
    return p.kind in ("quarter", "half") and re.fullmatch(r"\s*[QH][1-4]\s*", p.text) is not None


def part_results_heading(text: str, periods: list):
    """The one calendar quarter or half a results heading names (said once or restated in another language), or
    the first dated quarter or half of a heading ending on "results" with a year of its own
    (RESULTS_HEADING_END), or None."""
    if RESULTS_HEADING_END.search(text) and HEADING_YEAR.search(text):
        part = next((p for p in periods if p.kind in ("quarter", "half") and p.start is not None and not _yearless(p)), None)
        if part is not None:
            return part
    if PART_RESULTS_HEADING.search(text) is None:
        return None
    parts = {(p.start, p.end): p for p in periods if p.kind in ("quarter", "half") and p.start is not None
             and re.fullmatch(r"[QH][1-4] \d{4}", p.label)}   # (a fiscal part's dates wait for the lead's apposition)
    return next(iter(parts.values())) if len(parts) == 1 and len(periods) == len([p for p in periods if p.kind in ("quarter", "half")]) else None
