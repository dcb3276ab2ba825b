"""Period resolution with document context: the one place that decides which dates a period
mention (or a figure with none) stands for.

`values.find_periods` reads each mention on its own ("the third quarter" is the calendar quarter
nearest the article's date). An article about a company whose fiscal year is not the calendar
year means something else by it, and says so somewhere: "its fiscal 2026 second quarter, the
quarter ended August 1, 2025", "fiscal 2026, which began on October 1", "the fiscal year ended
September 28, 2025". `document_context` reads that fiscal calendar (the month the fiscal year
ends, and how its years are named) from the document's sentences; `resolve_mentions` rewrites the
mentions of one sentence against it, by the named rules of `RULES`:

  fiscal-part-of-year      "fiscal 2026 second quarter", "first half, fiscal 2025": one fiscal part
  dated-fiscal-apposition  "…, the quarter ended August 1, 2025" / "(six months ended …)": the fiscal
                           part before it has those dates
  fiscal-calendar-dates    a fiscal part or year named by label gets its dates from the calendar
  bare-part-fiscal         "the third quarter", "third-quarter" (no year) in a fiscal-calendar
                           article: that part of the fiscal year reported on
  relative-part-fiscal     "this quarter", "the current quarter": the fiscal quarter of the date
  same-span-reporting      "the half", "the first half" of an article reporting on a dated half
  full-year-of-report      "full-year", "the fiscal year" (no year): the year the reported period
                           lies in (fiscal or calendar)
  year-to-date             "year to date": from the start of that year to the end of the period reported on
  fiscal-year-just-ended   "the fiscal year just ended", "last fiscal year": the fiscal year before
                           the one the article's date lies in
  fiscal-year-ended-statement  "fiscal 2025 ended on June 30, 2025": the latest fiscal year the article
                           has closed is that one, not the one its date lies in

Each rule record cites its phrasing from two documents of different sources. Pure functions;
the pipeline keeps one `DocContext` per document and sets `reporting` once the lead says which
period the article reports on.
"""
from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import values as v
from .dates import minus_year, month_end as _month_end, month_start_after as _add_months   # (periods count in whole months)
from ..pattern_cache import plain
from .quantity_kinds import POINT_RATE_MEASURE, STOCK_IN_CLAUSE, kind_of, plan_rule


@dataclass(frozen=True)
class PeriodRule:
    name: str
    does: str
    triggers: tuple[str, ...]
    examples: tuple[str, ...]  # "<source>: <phrase>", at least two sources


RULES: tuple[PeriodRule, ...] = (
    PeriodRule("fiscal-part-of-year", "a fiscal year followed by an ordinal quarter or half names one fiscal part",
               ("fiscal <year> <ordinal> quarter", "<ordinal> half, fiscal <year>"),
               ("computer maker's results release: for its fiscal 2026 second quarter",
                "broker note on a Japanese IT group: Segments (first half, fiscal 2025)",
                "broker note on a chip designer: reported fiscal Q2 2026 results (quarter ended September 30, 2025)")),
    PeriodRule("dated-fiscal-apposition", "a fiscal part followed by its dated apposition takes those dates",
               (", the quarter ended <date>", "(six months ended <date>)", ", the three months ended <date>"),
               ("computer maker's results release: fiscal 2026 second quarter, the quarter ended August 1, 2025",
                "broker note on a Japanese IT group: first-half fiscal 2025 results (six months ended September 30, 2025)",
                "chipmaker wire story: For the fourth fiscal quarter, the three months ended September 30, 2025")),
    PeriodRule("ordinal-part-ended", "an ordinal quarter followed by the day its period ended is the three months "
               "to that day; when that day is not the calendar quarter's end, it sets the fiscal calendar",
               ("<ordinal> quarter ended <date>", "<ordinal> quarter and fiscal year results for the period ended <date>"),
               ("sample corpus, Alibaba results story: total revenue for the second quarter ended September 30, 2024",
                "networking maker's results release: fourth quarter and fiscal year results for the period ended July 26, 2025")),
    PeriodRule("month-named-quarter", "'the <month> quarter' is the three months to that month's end; a fiscal label "
               "in brackets after it ('(Q2 FY26)') takes those dates and sets the fiscal calendar",
               ("the <month> quarter", "the <month> quarter (Q<n> FY<yy>)"),
               ("Indian telecom results page: net profit for the September quarter (Q2 FY26)",
                "Indian IT services story: revenue for the December quarter",
                "Korean electronics story: operating profit for the September quarter")),
    PeriodRule("fiscal-calendar-dates", "a fiscal part or year named by label is dated by the article's fiscal calendar",
               ("fiscal <year>", "FY<yy>", "Q<n> FY<year>"),
               ("chipmaker wire story: fiscal 2026, which began on October 1",
                "Japanese group's filing: the fiscal year ended March 31, 2025",
                "IT services results: fiscal year 2025, which ended on August 31, 2025")),
    PeriodRule("bare-part-fiscal", "an ordinal quarter or half with no year, in an article on a fiscal calendar, "
               "is that part of the fiscal year reported on",
               ("the <ordinal> quarter", "<ordinal>-quarter", "the <ordinal> half"),
               ("computer maker's results release: Third-quarter revenue is expected to be between …",
                "networking chip results: the second quarter of fiscal 2026 … a later 'the second quarter'")),
    PeriodRule("relative-part-fiscal", "this / the current / next / last quarter, on a fiscal calendar, "
               "counts fiscal quarters from the article's date",
               ("this quarter", "the current quarter", "next quarter", "last quarter"),
               ("software results release: revenue for the current quarter, the one ending October 31",
                "computer maker's results release: effective at the end of the quarter")),
    PeriodRule("same-span-reporting", "a bare 'the half' / 'the first half' / 'the quarter' names the dated period "
               "the article reports on when it is as long",
               ("for the half", "in the first half", "the quarter"),
               ("broker note on a Japanese IT group: Revenue for the half was …",
                "telecom group's interim results: service revenue of … in the half")),
    PeriodRule("full-year-of-report", "'full-year', 'the fiscal year', 'for the year' with no year of its own is "
               "the year the reported period lies in",
               ("full-year", "full year", "the fiscal year", "this fiscal year", "the current fiscal year"),
               ("broker note on a Japanese IT group: raised its full-year adjusted operating profit guidance",
                "computer maker's results release: expects to ship about $20 billion of AI servers in the fiscal year",
                "telecom group's interim results: raised its full-year adjusted EBITDAaL guidance")),
    PeriodRule("year-to-date", "'year to date' is the (fiscal) year's start to the end of the period reported on",
               ("year to date", "year-to-date", "so far this year"),
               ("computer maker's results release: Year to date the company has already shipped more AI servers",
                "chip results story: year-to-date revenue rose …")),
    PeriodRule("fiscal-year-just-ended", "the fiscal year before the one the article's date lies in",
               ("the fiscal year just ended", "last fiscal year", "the previous fiscal year", "the prior fiscal year"),
               ("chipmaker wire story: up from about 700 million euros in the fiscal year just ended",
                "IT services results: compared with last fiscal year")),
    PeriodRule("fiscal-year-ended-statement", "a statement that a named or dated fiscal year ended on a day "
               "(not after the article's date) makes that year the latest one the article has closed: a bare "
               "'Q4' or 'the year' of an article published after the year end is of that year, not of the "
               "fiscal year the article's date lies in",
               ("fiscal <year> ended (on) <date>", "fiscal year <year>, which ended on <date>",
                "the fiscal year ended <date>"),
               ("software maker's earnings call: our fiscal year runs from July 1 to June 30, so fiscal 2025 "
                "ended on June 30, 2025 ... Q4 was a solid finish",
                "cloud provider's annual results: for fiscal year 2025, which ended on August 31, 2025",
                "chip designer's quarterly note: Fiscal 2024 ended December 28, 2024")),
    PeriodRule("day-month-fiscal-statement", "a fiscal-year statement may name the year first and the day before "
               "the month: it sets the fiscal calendar as the month-first form does",
               ("its <year> financial year, which ends on <day> <month> <year>", "the financial year ends on <day> <month>"),
               ("probe14 03_datatec_interim (JSE news site): the first half of the group's 2025 financial year, which ends on 28 February 2025",
                "probe14 08_happiest_minds_analyst_note (Indian broker note): the company's financial year ends on 31 March")),
    PeriodRule("fiscal-year-runs", "a statement that the fiscal year runs from one month to another sets the "
               "month it ends in; with a fiscal label and a closing year it also sets how the years are named",
               ("fiscal year runs from <month> to <month>", "FY<yy> runs from <day> <month> <year> to <day> <month> <year>"),
               ("probe13 05_opentext (earnings call): our fiscal year runs from July 1 to June 30",
                "Indian IT broker note: the company's financial year runs from April to March",
                "probe20 02_mastek (shareholder email): fiscal year 2027 (FY27 runs from 1 April 2026 to 31 March 2027)")),
    PeriodRule("fiscal-year-is-calendar", "a statement that the fiscal year is (matches, follows) the calendar year "
               "sets a December calendar: 'FY2024' is January to December 2024",
               ("the fiscal year is the calendar year", "financial year <year>, which … is the calendar year",
                "<year> financial year, which matches the calendar year"),
               ("probe14 06_advantech_computex_keynote (trade weekly): its revenue for the 2024 financial year, which matches the calendar year",
                "probe14 04_locaweb_results_table (results table note): the fiscal year is the calendar year",
                "probe14 01_asseco_chairman_letter (chairman's letter): in the financial year 2024, which for us is the calendar year")),
)
RULES += (
    PeriodRule("semester-half", "a semester of a year is its half: 'the first semester of 2024' is H1 2024, a bare "
               "'the first semester' the half a bare 'the first half' would be (issue33p)",
               ("first semester", "second semester", "1st semester", "semestre"),
               ("probe22 03_retelit_italian_translation (Italian daily, translated): up 6,1% on the 106,2 mln of the "
                "first semester of 2024; Investments in the first semester were 27,4 mln euros",
                "one source only among the seen sets: a word equivalence (Italian/Spanish/Portuguese 'semestre' = half), "
                "not a phrasing; asked for by issue33p's brief")),
    PeriodRule("as-of-today", "a stock said to be so 'today' (the word closing its clause, or 'as of today') is "
               "as of the document's date; with no date of the document, undated (issue33p)",
               ("<stock> today", "as of today", "as at today"),
               ("probe19 06_deepl_hiring_story: roughly 1,000 employees today",
                "probe18 start_campus_sines_local: the campus employs 180 people directly today",
                "probe21 03_iliad_french_translation: operates around 120 MW of capacity today",
                "probe22 07_genesiscloud_ama_thread: We run about 8,960 GPUs today")),
)
RULES += (
    PeriodRule("fiscal-label-declared", "a fiscal label written with the dates of the year it names ('FY2024 (year "
               "ended 31 March 2025)', 'fiscal 2026 (ending March 31, 2026)', 'FY26 = 1 July 2025 – 30 June 2026', "
               "'financial year 1 September 2024 – 31 August 2025 (\"financial year 2024/25\")') is that year, and it "
               "declares the document's calendar: the month its years end in and how they are named. A declaration "
               "outranks a calendar inferred from a label the reader supplied ('Fiscal year ended March 31, 2026' read "
               "as FY2026 in a report that calls that year FY2025)",
               ("<FY label> (year ended <date>)", "<FY label> (ending <month> <year>)", "<FY label> (to <date>)",
                "<FY label> = <date> – <date>", "<dated year> (\"<label>\")", "\"<FY label>\" refers to the fiscal year ended <date>"),
               ("probe12 advantest_orderbook_note (broker note): FY2024 (year ended 31 March 2025) net sales were …",
                "probe16 07_xero_linkedin_post (LinkedIn post): in the full year FY25 (to 31 March 2025) Xero made …",
                "probe18 sarvam_committee_hearing (hearing minutes): its revenue for FY2023-24 (year ended 31 March 2024)",
                "probe21 01_megaport_podcast_shownotes (show notes): Regional revenue, FY25 (year ended 30 June 2025):",
                "probe22 08b_firstsource_news_q3 (news): by fiscal 2027 (year ending March 2027)",
                "probe26 02_jbcc_integrated_report (integrated report): FY2025 (ending March 2026); 08b_eplus: fiscal 2026 "
                "(ending March 31, 2026); 06_dustin: financial year 1 September 2024 – 31 August 2025 (\"financial year "
                "2024/25\"); 07_digico: FY26 = 1 July 2025 – 30 June 2026")),
    PeriodRule("split-year-label", "a year written across two calendar years ('2023/24', 'from 2025/26') is one fiscal "
               "year ending in the second: dated by the document's declared calendar when it has one, else left a "
               "label without dates (never the two calendar years it spans)",
               ("(<yyyy>/<yy>: <value>)", "from <yyyy>/<yy>", "the <yyyy>/<yy> season"),
               ("probe26 06_dustin_key_audit_matters (auditor's report): net sales of SEK 20,914 million (2023/24: SEK "
                "21,980 million); is expected to deliver … from 2025/26",
                "probe16 06_globant_laliga_launch (launch story): revenue of about €5.0 billion across its clubs in the "
                "2023/24 season",
                "probe10 ocado_investor_diary (investor diary): during the second half of fiscal 2025/26")),
    PeriodRule("split-year-part", "a quarter, half or first months of a year written across two calendar years "
               "('Q3 2025/26', 'the third quarter of 2025/26', 'first nine months of 2025/26', 'H1 2025/26', 'the first "
               "quarter of 2026/27') is that part of the fiscal year ending in the second year, dated by the month the "
               "document's fiscal year ends in (any calendar statement: 'the financial year runs from 1 October to 30 "
               "September'), else a label without dates (never the calendar part of the first year)",
               ("Q<n> <yyyy>/<yy>", "H<n> <yyyy>/<yy>", "<ordinal> quarter of <yyyy>/<yy>", "first nine months of <yyyy>/<yy>"),
               ("kindcheck35/periods 02_vinterberg_q3_2025-26_dk (Danish interim report): Interim report Q3 2025/26; "
                "the third quarter of 2025/26 covers April to June 2026; First nine months of 2025/26 (October 2025 - June 2026)",
                "kindcheck34/actions 01_fernhallow_rns_interim_results (UK RNS): Revenue up 7.9% to £284.6 million "
                "(H1 2025/26: £263.8 million)",
                "kindcheck34/actions 03_hvidbjerg_company_announcement (Danish announcement): an accounting gain of about "
                "DKK 260 million in the first quarter of 2026/27",
                "probe10 ocado_investor_diary (investor diary): during the second half of fiscal 2025/26")),
    PeriodRule("fiscal-year-runs-to", "'the fiscal year runs to <day> <month>' states the month the fiscal year ends in, "
               "as 'ends on' does", ("financial year runs to <day> <month>",),
               ("probe16 07_xero_linkedin_post: (our financial year runs to 31 March)",
                "probe12 nextdc_h1fy25_call (earnings call): As a reminder, our financial year runs to 30 June")),
)
RULES += (
    PeriodRule("target-list", "the lines of a list whose lead line names targets or goals and no period of its own "
               "('Its targets for the final year are:') are planned figures: they do not inherit the period the "
               "article reports on (a line naming its own year keeps it)",
               ("<its/the> targets … are:", "the headline targets … are:"),
               ("probe26 02_jbcc_integrated_report (integrated report): Its targets for the final year are: - Net sales: …",
                "probe16 01_netcompany_investor_day (investor-day story): The headline targets, which replace everything "
                "said in 2021, are: - group revenue of DKK 10-11 billion in 2028 …")),
)
RULE = {r.name: r for r in RULES}

OUTLOOK_HEADING_RULE = PeriodRule(
    "outlook-heading", "a heading naming an outlook or guidance and one year ('Outlook for FY2026 (ending March 2027)', "
    "'3. 2025 outlook', '5. FY2025 outlook') gives that year to the outlook figures of the prose under it that state "
    "no period of their own (as outlook-of-sentence does within a paragraph); the next heading ends it",
    ("Outlook for <year>", "<year> outlook", "Guidance for fiscal <year>"),
    ("probe26 02_jbcc_integrated_report: Outlook for FY2026 (ending March 2027) / The company forecasts net sales of ¥81.0 billion …",
     "probe16 01_netcompany_investor_day: 3. 2025 outlook / For 2025 Netcompany expects …",
     "probe13 tietoevry_q3_2024_exchange_release: 4. Outlook for 2024 (revised)",
     "probe18 ibiden_investor_day_slides: 5. FY2025 outlook"))
_OUTLOOK_HEADING = plain(r"\b(?:outlook|guidance|forecasts?)\b", re.I)


def outlook_heading_period(text: str, periods):
    """outlook-heading: the one (fiscal) year an outlook heading names, else None."""
    if len(text) > 80 or _OUTLOOK_HEADING.search(text) is None:
        return None
    years = [p for p in periods if p.kind in ("year", "fiscal_year") and (p.end is not None or re.fullmatch(r"FY\d{4}", p.label))]
    return years[0] if len(years) == 1 and len(periods) == 1 else None


_TARGET_LEAD = plain(r"\b(?:targets?|goals?|ambitions?)\b[^:]{0,80}:\s*$", re.I)


def target_list_lead(text: str, periods) -> bool:
    """target-list: whether line `text` opens a list of targets with no dated period of its own."""
    return text.rstrip().endswith(":") and _TARGET_LEAD.search(text) is not None \
        and not any(p.start is not None or p.end is not None for p in periods)

EXPECTS = plain(r"\bexpects?\b|\bexpected\s+(?:to|at)\b|\bforecasts?\b|\bguid(?:ance|ed|ing)\b|\boutlook\b|\bwill\b|\bwon[’']t\b|\bshould\b", re.I)


# ---------------------------------------------------------------------------
# the fiscal calendar
# ---------------------------------------------------------------------------

def _closing_month(d: date) -> tuple[int, int]:
    """(year, month) a period ending on `d` closes: a 52/53-week year's "August 1" closes July."""
    if d.day <= 7:
        p = _add_months(date(d.year, d.month, 1), -1)
        return p.year, p.month
    return d.year, d.month


@dataclass(frozen=True)
class FiscalCalendar:
    """A fiscal year ending in `end_month`; fiscal year N ends in calendar year N + `shift`
    (None: how the article names its fiscal years is not known)."""
    end_month: int
    shift: int | None = None
    calendar_year: bool = False  # fiscal-year-is-calendar: only "FY2024" labels are dated by it; bare parts
    # ("in the quarter") are read as in any calendar-year article
    declared: bool = False  # fiscal-label-declared: the document states which label names which dated year

    def year_bounds(self, fy: int) -> tuple[date, date] | None:
        if self.shift is None:
            return None
        end = _month_end(fy + self.shift, self.end_month)
        return _add_months(date(end.year, end.month, 1), -11), end

    def year_containing(self, d: date) -> tuple[int, date, date]:
        """(label year or the calendar year it ends in if unnamed, start, end) of the fiscal year holding `d`."""
        ey = d.year if d.month <= self.end_month else d.year + 1
        end = _month_end(ey, self.end_month)
        return ey - (self.shift or 0), _add_months(date(ey, self.end_month, 1), -11), end

    def part(self, start: date, kind: str, n: int) -> tuple[date, date]:
        """Quarter or half `n` of the fiscal year starting on `start`."""
        months = 3 if kind == "quarter" else 6
        s = _add_months(start, months * (n - 1))
        e = _add_months(s, months - 1)
        return s, _month_end(e.year, e.month)


def calendar_of_year(fy: int, end: date) -> FiscalCalendar:
    """The calendar of a document whose fiscal year `fy` ends on `end` (report_period's scope statement)."""
    return _calendar_from_part("year", 0, fy, end)


def _calendar_from_part(kind: str, n: int, fy: int | None, end: date) -> FiscalCalendar:
    """The calendar implied by fiscal part `n` (of fiscal year `fy`, if named) ending on `end`."""
    y, m = _closing_month(end)
    months = 3 * (4 - n) if kind == "quarter" else 6 * (2 - n) if kind == "half" else 0   # a whole year: its own end
    ye = _add_months(date(y, m, 1), months)
    return FiscalCalendar(ye.month, None if fy is None else ye.year - fy)


_MONTH = r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "fiscal year ended September 28, 2025", "fiscal year 2025, which ended on August 31, 2025",
# "the fiscal year ending March 31, 2026", "fiscal 2026, which began on October 1", "its fiscal year ends in January";
# the year may come first and the day before the month (day-month-dates: "its 2025 financial year, which
# ends on 28 February 2025", "the company's financial year ends on 31 March")
_MONTH2 = _MONTH.replace("?P<m>", "?P<m2>")
_FY_STATEMENT = plain(
    r"(?:\b(?P<fy0>(?:19|20)\d\d)\s+)?"
    r"\b(?:fiscal|financial)(?:\s+year)?(?:\s+(?P<fy>(?:19|20)\d\d))?,?\s+(?:which\s+|that\s+)?"
    r"(?P<verb>ended|ending|ends|began|begins|started|starts|runs\s+(?:to|until|through))\s+(?:on\s+|in\s+)?"
    rf"(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH2}|{_MONTH}(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
    r"(?:\s*\((?:FY\s?['’]?(?P<fy2>\d{2}|\d{4})|(?:fiscal|financial)\s+(?:year\s+)?(?P<fy3>\d{4}))\))?")


@dataclass(frozen=True)
class _Statement:
    """One fiscal-year statement read by _FY_STATEMENT, whichever order its date and year came in."""
    verb: str
    month: int
    day: int | None
    year: int | None
    fy: int | None       # the fiscal year named ("fiscal 2025", "its 2025 financial year")
    fy_after: int | None  # the fiscal label in brackets after the date ("(FY25)")


# part-of-fiscal-year-ended: "the third quarter of fiscal 2027, which ended October 31, 2026" (probe31
# 04_samsara_prepared_remarks, probe23 04_zscaler_founder_letter, probe4 r03_ostara, probe p01_nvidia): the day
# ends the quarter, not the fiscal year; the quarter's own rule (_fiscal_quarters) reads the calendar from it
_PART_OF_BEFORE = plain(r"\b(?:quarter|half|Q[1-4]|H[12]|[1-4]Q|months)\s+of\s+(?:the\s+|its\s+|our\s+)?$", re.I)


def _statements(text: str):
    for m in _FY_STATEMENT.finditer(text):
        if _PART_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        d = m["d"] or m["d2"]
        fy = m["fy"] or m["fy0"]
        yield _Statement(m["verb"].lower(), v._month_num(m["m"] or m["m2"]), int(d) if d else None,
                         int(m["y"]) if m["y"] else None, int(fy) if fy else None,
                         v._year4(m["fy2"] or m["fy3"]) if (m["fy2"] or m["fy3"]) else None)


def _closed_by_statement(text: str, published: date | None) -> date | None:
    """fiscal-year-ended-statement: the last day of the latest fiscal year the sentence says ended
    on a dated day ("fiscal 2025 ended on June 30, 2025"), unless that day is after the article's date."""
    out = None
    for st in _statements(text):
        if st.verb != "ended" or not st.year or not st.day:
            continue
        y, mo = st.year, st.month
        stated = date(y, mo, min(st.day, _cal.monthrange(y, mo)[1]))
        if published is None or stated <= published:
            end = _month_end(*_closing_month(stated))
            out = max(out or end, end)
    return out


# fiscal-year-is-calendar: "the fiscal year is the calendar year", "the 2024 financial year, which matches the
# calendar year", "financial year 2024, which for us is the calendar year ended 31 December 2024", "For the 2024
# financial year (the calendar year), DCI reported …" (probe15 07_dci_indonesia_datacentre_feature)
_FY_IS_CALENDAR = plain(
    r"\b(?:fiscal|financial)\s+years?(?:\s+(?:19|20)\d\d)?,?\s+(?:which\s+|that\s+)?(?:(?:for\s+us|also|here)\s+)?"
    r"(?:(?:is|are|matches|match|follows|follow|coincides\s+with|corresponds\s+to|equals|runs\s+with)\s+|\(\s*)(?:the\s+)?calendar\s+years?\b", re.I)


# fiscal-year-runs (RULE "fiscal-year-runs"): "our fiscal year runs from July 1 to June 30", "FY27 runs from
# 1 April 2026 to 31 March 2027", "the financial year runs from April to March": the fiscal year ends in the
# month the span ends in; a label named with it ("FY27", "fiscal year 2027") and the span's closing year give
# how the article names its years
_FY_RUNS = plain(
    r"(?:\b(?:fiscal|financial)\s+years?(?:\s+(?P<fy>(?:19|20)\d\d))?|\bFY\s?['’]?(?P<fy2>\d{2}|\d{4}))\s+"
    r"(?:runs|ran|runs\s+from|spans|covers)\s+(?:from\s+)?"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:{_MONTH.replace('?P<m>', '?:')})(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
    r"\s+(?:to|through|until|till)\s+"
    rf"(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH2}|{_MONTH}(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?)(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)


def _calendar_from_span(text: str) -> FiscalCalendar | None:
    """fiscal-year-runs: the calendar a sentence's "fiscal year runs from <month> to <month>" states, or None."""
    m = _FY_RUNS.search(text)
    if m is None:
        return None
    em = v._month_num(m["m"] or m["m2"])
    fy = v._year4(m["fy"] or m["fy2"]) if (m["fy"] or m["fy2"]) else None
    if fy is None:
        named = _FY_NAMED.search(text)   # "fiscal year 2027 (FY27 runs from …)"
        fy = v._year4(named[1] or named[2]) if named else None
    if fy is None or not m["y"]:
        return FiscalCalendar(em, None)
    return FiscalCalendar(em, int(m["y"]) - fy)


def _calendar_from_statement(text: str) -> FiscalCalendar | None:
    if _FY_IS_CALENDAR.search(text):
        return FiscalCalendar(12, 0, calendar_year=True)
    st = next(_statements(text), None)
    if st is None:
        return _calendar_from_span(text)
    day = st.day if st.day else 15
    d = date(st.year if st.year else 2000, st.month, min(day, 28))
    fy = st.fy if st.fy is not None else st.fy_after  # "the financial year ended June 30, 2025 (FY25)"
    began = st.verb.startswith(("began", "begins", "start"))
    if began:
        first = date(d.year, d.month, 1) if d.day <= 7 else _add_months(date(d.year, d.month, 1), 1)
        last = _add_months(first, 11)
        ey, em = last.year, last.month
    else:
        ey, em = _closing_month(d)
    if fy is None or (not st.year and not began):
        return FiscalCalendar(em, None)  # "ends in January": which year's January is not said
    if not st.year:
        return FiscalCalendar(em, 0)  # "fiscal 2026, which began on October 1": named for the year it ends in
    return FiscalCalendar(em, ey - fy)


@dataclass
class DocContext:
    """What an article says about its periods as a whole: its date, its fiscal calendar, and the
    period it reports on (set by the pipeline from the lead)."""
    published: date | None = None
    calendar: FiscalCalendar | None = None
    reporting: v.Period | None = None
    closed: date | None = None  # the last day of the latest dated fiscal period the document names

    def now(self) -> date | None:
        """The article's date, else the day after the latest fiscal period it reports."""
        return self.published or (self.closed + timedelta(days=1) if self.closed else None)


_FISCAL_HINT = plain(r"\bfiscal|\bfinancial\s+year|\bFY\s?['’]?\d\d", re.I)


def document_context(sentences: list[str], published: date | None) -> DocContext:
    """The document's fiscal calendar, read from the first sentence that states one: a fiscal
    part with its end date, or the day its fiscal year ends or began."""
    dctx = DocContext(published=published)
    declared = None
    for text in sentences:
        low = v.fold(text)   # (the words each pattern needs, looked for first: most sentences have none)
        hint = _FISCAL_HINT.search(text) if "fiscal" in low or "financial" in low or "fy" in low else None
        if not hint and not ("quarter" in low and "end" in low and _PART_ENDED_HINT.search(text)):
            continue
        raw = _years_of_parts(v.find_periods(text, published), text, published)
        if declared is None and hint and (found := declared_labels(raw, text)):
            _, _, fy, last = found[0]   # fiscal-label-declared: the first declaration sets the calendar
            declared = FiscalCalendar(last.month, last.year - fy, declared=True)
        ps = _combine(raw, text)
        cal = dctx.calendar or (_calendar_from_statement(text) if hint else None)
        if hint and (ended := _closed_by_statement(text, published)) is not None:
            dctx.closed = max(dctx.closed or ended, ended)
        for p in ps:
            off = _off_calendar_part(p)
            if p.end is not None and (p.kind in ("quarter", "half") and re.search(r"FY|fiscal", p.label)
                                      or p.kind == "fiscal_year" and re.search(r"\b(?:ended|to)\b", p.text)
                                      or _fiscal_year_span(p, hint, published)
                                      or off is not None):
                dctx.closed = max(dctx.closed or p.end, p.end)
                if cal is None and "FY" in p.label:
                    part = re.match(r"[QH]([1-4])", p.label)   # "Q3 FY2025"; a fiscal year ("FY2024") is no part
                    cal = _calendar_from_part(p.kind, int(part[1]) if part else 0, _fy_of_label(p.label), p.end)
                elif cal is None and off is not None:
                    cal = _calendar_from_part(p.kind, off, None, p.end)
        dctx.calendar = cal
    if declared is not None and not (dctx.calendar is not None and dctx.calendar.calendar_year):
        dctx.calendar = declared   # (a declaration outranks a calendar read from a label the reader supplied)
    if dctx.calendar is not None and dctx.calendar.shift is None and dctx.closed is not None:
        dctx.calendar = _naming_from_mentions(dctx.calendar, dctx.closed, sentences[:8])
    return dctx


def _years_of_parts(raw: list, text: str, published: date | None) -> list:
    """The mentions of a sentence with a part of a dated year ("the first half of the fiscal year
    ending March 2026", values.PART_OF_DATED_YEAR) read as the year it names: the year states the
    fiscal calendar, as it did before the part was read with it."""
    out = []
    for p in raw:
        m = PART_OF_YEAR_TEXT.match(p.text) if p.kind in ("quarter", "half", "range") else None
        if m is not None:
            off = p.start_idx + m.end()
            year = next((q for q in v.find_periods(text[off:p.end_idx], published) if q.kind in ("year", "fiscal_year")), None)
            if year is not None:
                out.append(replace(year, start_idx=year.start_idx + off, end_idx=year.end_idx + off))
                continue
        out.append(p)
    return out


PART_OF_YEAR_TEXT = v.PART_OF_DATED_YEAR


def _fiscal_year_span(p, hint, published: date | None) -> bool:
    """fiscal-year-months: twelve named months in a sentence on a fiscal year ("fiscal 2025 — April 2024
    through March 2025", probe11 p11_03_panasonic_fy2025_call; "numbers close out fiscal 2025 — that's
    September 2024 through August 2025", probe19 04_jabil_tv_show_transcript): a fiscal year closed on
    the last of them (when that is not after the article's date)."""
    return bool(hint) and p.kind == "range" and p.start is not None and p.end is not None \
        and 11 <= _months(p) <= 13 and (published is None or p.end <= published)


_PART_ENDED_HINT = re.compile(r"\b(?:first|second|third|fourth)\s+quarter\b.{0,60}?\b(?:ended|ending)\b", re.I)


def _off_calendar_part(p: v.Period) -> int | None:
    """ordinal-part-ended: the ordinal of a quarter named by its ordinal and dated by the day it
    ended, when that day is not the end of the calendar quarter of that ordinal ("the second
    quarter ended September 30"), else None."""
    if p.kind != "quarter" or p.end is None or "FY" in p.label:
        return None
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", p.text, re.I)
    if m is None or not re.search(r"\b(?:ended|ending)\b", p.text + " ended" * bool(re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", p.label)), re.I):
        return None
    n = _ORD_WORD[m.group(1).lower()]
    return n if _closing_month(p.end)[1] != 3 * n else None


_FY_NAMED = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d\d)\b|\bFY\s?['’]?(\d{2}|\d{4})\b", re.I)


def _naming_from_mentions(cal: FiscalCalendar, closed: date, sentences: list[str]) -> FiscalCalendar:
    """How the document names its fiscal years, when its calendar came from a dated part alone:
    the fiscal year it names that the latest dated period lies in (as its year-end year, or the
    year before: a Japanese "fiscal 2025" ends in March 2026)."""
    end_year = cal.year_containing(closed)[0]
    named = [v._year4(a or b) for text in sentences for a, b in _FY_NAMED.findall(text)]
    for fy in named:
        if 0 <= end_year - fy <= 1:
            return FiscalCalendar(cal.end_month, end_year - fy)
    return cal


# ---------------------------------------------------------------------------
# resolving the mentions of one sentence
# ---------------------------------------------------------------------------

_PART_LABEL = plain(r"([QH])([1-4]) FY(\d{4})$")
_ORD_WORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _fy_of_label(label: str) -> int | None:
    m = re.search(r"FY(\d{4})", label)
    return int(m.group(1)) if m else None


def _mk(p: v.Period, start, end, label: str | None = None, kind: str | None = None, **kw) -> v.Period:
    return replace(p, start=start, end=end, label=label or p.label, kind=kind or p.kind, **kw)


def _bare(p: v.Period) -> bool:
    """A quarter or half read on its own as the calendar one ("the third quarter", "first-half")."""
    return p.kind in ("quarter", "half") and (
        not re.search(r"\d|fiscal|financial|\bFY|ended|ending|to\b", p.text, re.I)
        or yearless_part(p))  # "Airtel Q2 results": no year of its own


def _fiscal_parts(periods: list, text: str) -> list:
    """fiscal-part-of-year: "fiscal 2026 second quarter", "first half, fiscal 2025" ("fiscal Q2 2026"
    is read so by values.find_periods)."""
    out = list(periods)
    for fy in periods:
        if fy.kind != "fiscal_year":
            continue
        for part in periods:
            if part.kind not in ("quarter", "half") or not _bare(part) or part not in out or fy not in out:
                continue
            after = part.start_idx >= fy.end_idx and re.fullmatch(r"\s+", text[fy.end_idx:part.start_idx])
            before = fy.start_idx >= part.end_idx and re.fullmatch(r",?\s+(?:of\s+)?", text[part.end_idx:fy.start_idx])
            if not (after or before):
                continue
            m = re.search(r"first|second|third|fourth|1st|2nd|3rd|4th", part.text, re.I)
            if m is None:
                continue
            letter = "Q" if part.kind == "quarter" else "H"
            s, e = min(fy.start_idx, part.start_idx), max(fy.end_idx, part.end_idx)
            merged = v.Period(None, None, f"{letter}{_ORD_WORD[m.group(0).lower()]} {fy.label}", s, e, text[s:e], part.kind)
            out[out.index(part)] = merged
            out.remove(fy)
    return out


def _dated_appositions(periods: list, text: str) -> list:
    """dated-fiscal-apposition. "the six months ended September 30, 2025, the first half of its fiscal
    year": the apposition names the dated period again; its own reading (a calendar first half) goes.
    "fiscal 2026 second quarter, the quarter ended August 1, 2025", "first-half fiscal 2025 (six months
    ended September 30, 2025)": the fiscal part takes the dates of the period that names it again."""
    out = list(periods)
    for d in periods:
        if d.start is None or d.end is None or d.kind not in ("quarter", "half"):
            continue
        for a in periods:
            if a is d or a.kind != d.kind or a not in out or d not in out:
                continue
            if "month" in d.text and a.start_idx >= d.end_idx and _bare(a) \
                    and re.fullmatch(r",\s+(?:the\s+|its\s+)?", text[d.end_idx:a.start_idx]):
                out.remove(a)
            elif a.start is None and re.search(r"FY|fiscal", a.label) and a.start_idx >= d.end_idx \
                    and re.fullmatch(r"\s*\(\s*", text[d.end_idx:a.start_idx]):
                # month-named-quarter: "the September quarter (Q2 FY26)": the label takes the dates
                # and the span of both mentions
                out[out.index(a)] = _mk(a, d.start, d.end, start_idx=d.start_idx, text=text[d.start_idx:a.end_idx])
                out.remove(d)
            elif a.start is None and re.search(r"FY|fiscal", a.label) and a.end_idx <= d.start_idx \
                    and re.fullmatch(r"(?:\s+(?:results|report))?(?:\s*\(|,\s+)(?:the\s+|its\s+)?",
                                     text[a.end_idx:d.start_idx], re.I):
                out[out.index(a)] = _mk(a, d.start, d.end)
                out.remove(d)
    return out


# ordinal-part-ended: "fourth quarter and fiscal year results for the period ended July 26, 2025"
_ENDED_AFTER = re.compile(r"(?:\s+and\s+(?:full[- ]|fiscal\s+)?year)?(?:\s+(?:financial\s+)?results)?"
                          r"\s+(?:for\s+the\s+(?:period|quarter|three\s+months)\s+)?(?:ended|ending)\s+", re.I)


def _fiscal_quarters(periods: list, text: str) -> list:
    """"the second quarter of fiscal 2026, which ended July 27": an undated fiscal quarter and the
    day it ended make one dated quarter (the three months to that day)."""
    ends = [p for p in periods if p.kind in ("day", "as_of") and p.end is not None
            and re.search(r"\b(?:ended|ending|ends|to)\s*$", text[max(0, p.start_idx - 12):p.start_idx])]
    # an undated fiscal quarter, or one the text dates at once: "the current quarter, the one
    # ending October 31" (not the calendar quarter of the article's date)
    undated = [p for p in periods if p.kind == "quarter" and (
        (p.start is None and p.end is None)
        or any(re.fullmatch(r",?\s+(?:the\s+one\s+|which\s+)?(?:ended|ending|ends)\s+", text[p.end_idx:e.start_idx]) for e in ends)
        or _bare(p) and any(_ENDED_AFTER.fullmatch(text[p.end_idx:e.start_idx]) for e in ends))]
    if not undated or not ends:
        return periods
    q, e = undated[0], ends[0]
    end = e.end
    if end.day >= _cal.monthrange(end.year, end.month)[1]:
        start = _add_months(date(end.year, end.month, 1), -2)
    else:  # "ended July 27": the day after the same date three months earlier
        m, y = end.month - 3, end.year
        if m <= 0:
            m, y = m + 12, y - 1
        start = date(y, m, min(end.day, _cal.monthrange(y, m)[1])) + timedelta(days=1)
    # "the current quarter, the one ending October 31": not the calendar quarter the article's date names
    relative = re.search(r"\b(?:current|this|next|coming)\s+quarter", q.text, re.I)
    calendar_label = re.fullmatch(r"Q([1-4]) (\d{4})", q.label)
    off_calendar = calendar_label is not None and (int(calendar_label.group(1)) * 3, int(calendar_label.group(2))) \
        != (_closing_month(end)[1], _closing_month(end)[0])
    label = f"{start.isoformat()}/{end.isoformat()}" if relative or off_calendar else q.label
    merged = v.Period(start=start, end=end, label=label, start_idx=q.start_idx, end_idx=q.end_idx,
                      text=q.text, kind="quarter")
    return [merged if p is q else p for p in periods if p is not e]


# part-of-fiscal-year-ending: "the first half of the fiscal year ending March 2026" (probe9 g04_kddi_1h_fy2026),
# "the first three months of the fiscal year ending March 31, 2026" (probe17 05_scsk_kessan_tanshin): that part
# of the dated fiscal year, not the whole year
_PART_OF_FY = plain(r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth)\s+(?P<unit>quarter|half)|first\s+(?P<n>three|six|nine)\s+months)"
                    r"\s+of\s+(?:the|its)\s+$", re.I)


def _part_of_fiscal_year(periods: list, text: str) -> list:
    out = list(periods)
    for i, fy in enumerate(periods):
        if fy.kind != "fiscal_year" or fy.start is None or fy.end is None or not re.match(r"(?:fiscal|financial)\s+year", fy.text, re.I):
            continue
        m = _PART_OF_FY.search(text, max(0, fy.start_idx - 40), fy.start_idx)
        if m is None:
            continue
        if m.group("n"):
            n = {"three": 3, "six": 6, "nine": 9}[m.group("n").lower()]
            s0, e0 = fy.start, _add_months(fy.start, n - 1)
            kind = {3: "quarter", 6: "half"}.get(n, "range")
            label = {3: f"Q1 {fy.label}", 6: f"H1 {fy.label}"}.get(n)
        else:
            k = _ORD_WORD[m.group("ord").lower()]
            kind = m.group("unit").lower()
            if kind == "half" and k > 2:
                continue
            months = 3 if kind == "quarter" else 6
            s0 = _add_months(fy.start, months * (k - 1))
            e0 = _add_months(s0, months - 1)
            label = f"{'Q' if kind == 'quarter' else 'H'}{k} {fy.label}"
        e0 = _month_end(e0.year, e0.month)
        label = label or f"{s0.isoformat()}/{e0.isoformat()}"
        out[i] = v.Period(s0, e0, label, m.start(), fy.end_idx, text[m.start():fy.end_idx], kind)
    return out


# fiscal-label-declared: a fiscal label and the dates of the year it names, written together
_LABEL_THEN_DATES = plain(r"[\"”’']?\s*(?:\(\s*|=\s*|\s+(?:refers\s+to|denotes|means|stands\s+for)\s+)(?:the\s+)?"
                          r"(?:(?:fiscal|financial)\s+year\s+|year\s+|(?:fifty-two|fifty-three|52|53)[- ]weeks?\s+|(?:twelve|12)\s+months\s+)?(?P<end>(?:ended|ending|ends|to|through|until)\s+(?:on\s+)?)?", re.I)
_DATES_THEN_LABEL = plain(r"\s*(?:\(\s*|=\s*)[\"“‘']?(?:the\s+)?", re.I)
_LABEL_YEAR = plain(r"(?:\.\./)?FY(\d{4})")
_PART_OF_LABEL = plain(r"([QH])([1-4]) FY(\d{4})")


def _year_span(p) -> bool:
    """Whether mention `p` is dated as twelve months."""
    return p.start is not None and p.end is not None and 11 <= (_months(p) or 0) <= 13


def _label_year(p) -> int | None:
    """The year of an undated fiscal label ("FY2025", "by fiscal 2027"), else None."""
    m = _LABEL_YEAR.fullmatch(p.label or "") if p.start is None and p.kind in ("fiscal_year", "as_of") else None
    if m is None and p.start is None and p.kind in ("quarter", "half"):
        m = _PART_OF_LABEL.fullmatch(p.label or "")   # "the third quarter of FY26 (April 2025 to March 2026)"
        return int(m[3]) if m else None
    return int(m[1]) if m else None


def declared_labels(periods: list, text: str) -> list[tuple]:
    """fiscal-label-declared: (label mention, dates mention, label year, last day) of each fiscal label
    sentence `text` writes with the dates of the year it names: "FY2024 (year ended 31 March 2025)",
    "fiscal 2026 (ending March 31, 2026)", "FY26 = 1 July 2025 – 30 June 2026", "financial year
    1 September 2024 – 31 August 2025 ("financial year 2024/25")", '"FY2025" refers to the fiscal year
    ended March 31, 2026'. A day or month counts only after an end word ("ending", "to", "year ended");
    a label's year more than one year from the year its dates end in is no declaration."""
    out = []
    for a, b in zip(periods, periods[1:]):
        fy, dates, between = _label_year(a), b, text[a.end_idx:b.start_idx]
        m = _LABEL_THEN_DATES.fullmatch(between) if fy is not None else None
        if m is not None and not (_year_span(b) or b.kind in ("day", "month") and b.end is not None and m["end"]
                                  and a.kind not in ("quarter", "half")):   # ("Q3 FY26 (ended December 31)": the quarter's end)
            m = None
        if m is None:
            fy, dates = _label_year(b), a
            # (a quarter or half after a whole year's dates is no name of that year: "the financial year
            # ending 31 December 2026 (Q3 FY2025: 0.55 sen)" compares a dividend, probe27 07)
            m = _DATES_THEN_LABEL.fullmatch(between) if fy is not None and _year_span(a) and b.kind not in ("quarter", "half") else None
        if m is None:
            continue
        last = _month_end(*_closing_month(dates.end))
        if abs(last.year - fy) <= 1:
            out.append((a if dates is b else b, dates, fy, last))
    return out


def _declared_dates(periods: list, text: str) -> list:
    """fiscal-label-declared: each declared label takes the twelve months its dates close, in one mention
    with them ("FY2024 (year ended 31 March 2025)": FY2024, April 2024 to March 2025)."""
    found = declared_labels(periods, text)
    if not found:
        return periods
    out = list(periods)
    for label, dates, fy, last in found:
        if label not in out or dates not in out or label.kind == "as_of":
            continue   # ("by fiscal 2027 (year ending March 2027)": the deadline and the year stay two mentions)
        s0, e0 = min(label.start_idx, dates.start_idx), max(label.end_idx, dates.end_idx)
        start = _add_months(date(last.year, last.month, 1), -11)
        kind = label.kind
        if (part := _PART_OF_LABEL.fullmatch(label.label)) is not None:   # a part of the declared year
            ps, pe = FiscalCalendar(last.month).part(start, kind, int(part[2]))
            merged = v.Period(ps, pe, label.label, s0, e0, text[s0:e0], kind)
        else:
            merged = v.Period(start if kind == "fiscal_year" else None, last, label.label, s0, e0, text[s0:e0], kind)
        out[out.index(label)] = merged
        out.remove(dates)
    return out


# split-year-part (RULE "split-year-part"): the part a mention names ("Q3", "H1", the first nine months) when its
# text ends in the first year of a split year ("Q3 2025" of "Q3 2025/26")
_SPLIT_TAIL = plain(r"/(\d\d)(?![\d/%]|[.,]\d)")
_YEAR_AT_END = plain(r"(?:19|20)\d\d$")
_PART_IN_LABEL = plain(r"\b([QH][1-4])\b|^(\d{1,2})M\b")
SPLIT_PART_LABEL = plain(r"(?:(?P<l>[QH])(?P<n>[1-4])|(?P<m>\d{1,2})M) FY(?P<y1>(?:19|20)\d\d)/(?P<y2>\d\d)")


def _part_name(p: v.Period) -> str | None:
    """"Q3", "H1", "9M": the part of its year mention `p` names, else None (a whole year, a day)."""
    m = _PART_IN_LABEL.search(p.label or "")
    if m is not None:
        return m[1] or f"{m[2]}M"
    if p.kind not in ("quarter", "half", "range") or p.start is None or p.end is None or (p.start.month, p.start.day) != (1, 1):
        return None
    n = _months(p)
    return {3: "Q1", 6: "H1"}.get(n) or (f"{n}M" if n in (9,) else None)


def split_year_parts(periods: list, text: str) -> list:
    """split-year-part: "Q3 2025/26", "first nine months of 2025/26": the part of the fiscal year 2025/26,
    labelled "Q3 FY2025/26" / "9M FY2025/26" without dates (dated by the calendar in _resolve_one)."""
    out = []
    for p in periods:
        tail = _SPLIT_TAIL.match(text, p.end_idx) if _YEAR_AT_END.search(p.text) else None
        part = _part_name(p) if tail is not None else None
        y1 = int(p.text[-4:]) if part else 0
        if part is None or (y1 + 1) % 100 != int(tail[1]):
            out.append(p)
            continue
        kind = {"Q": "quarter", "H": "half"}.get(part[0], "range")
        out.append(v.Period(None, None, f"{part} FY{y1}/{tail[1]}", p.start_idx, tail.end(), text[p.start_idx:tail.end()], kind))
    return out


def _split_part_dates(p: v.Period, cal: FiscalCalendar | None) -> v.Period:
    """split-year-part: a part of a split fiscal year dated by the month the document's fiscal year ends in
    (its label "Q3 FY2026" when the document names its years so), else the mention unchanged."""
    m = SPLIT_PART_LABEL.fullmatch(p.label or "") if p.start is None and p.end is None else None
    if m is None or cal is None or cal.calendar_year or cal.end_month == 12:
        return p
    end = _month_end(int(m["y1"]) + 1, cal.end_month)
    start = _add_months(date(end.year, end.month, 1), -11)
    if m["l"]:
        s, e = cal.part(start, "quarter" if m["l"] == "Q" else "half", int(m["n"]))
        name = f"{m['l']}{m['n']}"
    else:
        s, e = start, _month_end(*(lambda d: (d.year, d.month))(_add_months(start, int(m["m"]) - 1)))
        name = f"{m['m']}M"
    label = f"{name} FY{end.year - cal.shift}" if cal.shift is not None else None
    return _mk(p, s, e, label or p.label)


def _combine(periods: list, text: str) -> list:
    """The readings that need only the sentence itself."""
    return split_year_parts(_dated_appositions(_fiscal_quarters(_fiscal_parts(_part_of_fiscal_year(
        _declared_dates(periods, text), text), text), text), text), text)


def _months(p) -> int | None:
    if p.start is None or p.end is None:
        return None
    return round(((p.end - p.start).days + 1) / 30.44)  # "May 2 to August 1" is three months


def _reporting_year(dctx: DocContext) -> tuple[int, date, date] | None:
    """The fiscal year (label year, start, end) of the period reported on, else of the latest fiscal
    period the article dates ("results for its fiscal fourth quarter and fiscal year ended September
    28, 2025", published in November: the year ended, not the one begun), else of the article's date."""
    cal = dctx.calendar
    rep = dctx.reporting
    anchor = rep.end if rep is not None and rep.end is not None else (dctx.closed or dctx.now())
    if cal is None or anchor is None or cal.calendar_year:
        return None
    if rep is not None and rep.end is None and _fy_of_label(rep.label) and cal.shift is not None:
        fy = _fy_of_label(rep.label)
        return (fy, *cal.year_bounds(fy))
    return cal.year_containing(anchor)


def _fy_period(p: v.Period, fy: tuple[int, date, date], cal: FiscalCalendar, kind: str = "fiscal_year") -> v.Period:
    label = f"FY{fy[0]}" if cal.shift is not None else f"{fy[1].isoformat()}/{fy[2].isoformat()}"
    return _mk(p, fy[1], fy[2], label, kind)


def _next_year(fy: tuple[int, date, date]) -> tuple[int, date, date]:
    return fy[0] + 1, _add_months(fy[1], 12), _month_end(fy[2].year + 1, fy[2].month)


def _expected_after_close(text: str, end: date, dctx: DocContext) -> bool:
    """expected-part-after-close: an expectation for a fiscal part that would have ended by the end of
    the period the article reports on (or the fiscal year it has closed) is for the next year's part
    ("They also guided the first fiscal quarter" after fourth-quarter results, probe19
    04_jabil_tv_show_transcript; "expects first-quarter revenue of …" after the fourth, as above)."""
    rep = dctx.reporting
    last = rep.end if rep is not None and rep.end is not None else dctx.closed
    return last is not None and end <= last and EXPECTS.search(text) is not None


_SPLIT_YEAR = plain(r"(?P<from>from\s+)?(?P<y1>(?:19|20)\d\d)/(?P<y2>\d\d)")


def _split_year(p: v.Period, cal: FiscalCalendar | None) -> v.Period:
    """split-year-label: "2023/24" is the fiscal year ending in 2024 — dated by a declared calendar, else a
    label without dates; "from 2025/26" starts with that year."""
    m = _SPLIT_YEAR.fullmatch(p.text.strip()) if p.kind == "range" else None
    if m is None or (int(m["y1"]) + 1) % 100 != int(m["y2"]):
        return p
    y2 = int(m["y1"]) + 1
    label = f"FY{m['y1']}/{m['y2']}"   # (the document's own name: period_fit reads it as the year ending in y2)
    if cal is None or not cal.declared or cal.calendar_year or cal.end_month == 12:
        return _mk(p, None, None, label, "fiscal_year") if not m["from"] else _mk(p, None, None, f"{label}/..", "range")
    end = _month_end(y2, cal.end_month)
    start = _add_months(date(end.year, end.month, 1), -11)
    if m["from"]:
        return _mk(p, start, None, f"{start.isoformat()}/..", "range")
    return _mk(p, start, end, label, "fiscal_year")


def _resolve_one(p: v.Period, text: str, dctx: DocContext) -> v.Period:
    cal, rep = dctx.calendar, dctx.reporting
    if p.kind == "range" and "/" in p.text:
        p = _split_year(p, cal)
    if "/" in p.label:
        p = _split_part_dates(p, cal)
    if cal is not None and cal.declared and p.kind == "fiscal_year" and p.end is not None and cal.shift is not None \
            and re.fullmatch(r"FY\d{4}", p.label) and not re.search(r"\bFY|(?:fiscal|financial)\s+(?:year\s+)?\d", p.text, re.I) \
            and p.end.month == cal.end_month and int(p.label[2:]) != p.end.year - cal.shift:
        # fiscal-label-declared: "Fiscal year ended March 31, 2026" in a report that calls that year FY2025
        p = _mk(p, p.start, p.end, f"FY{p.end.year - cal.shift}")
    # fiscal-calendar-dates
    if cal is not None and p.start is None and p.end is None:
        m = _PART_LABEL.match(p.label)
        if m is not None and cal.shift is not None:
            start, _ = cal.year_bounds(int(m.group(3)))
            s, e = cal.part(start, "quarter" if m.group(1) == "Q" else "half", int(m.group(2)))
            return _mk(p, s, e)
        if p.kind == "fiscal_year" and re.fullmatch(r"FY\d{4}", p.label) and cal.shift is not None:
            s, e = cal.year_bounds(int(p.label[2:]))
            return _mk(p, s, e)
        if p.kind == "as_of" and re.fullmatch(r"\.\./FY\d{4}", p.label) and cal.shift is not None:
            return _mk(p, None, cal.year_bounds(int(p.label[5:]))[1])  # "by fiscal 2027": by the end of that year
        m = re.fullmatch(r"fiscal ([QH])([1-4])", p.label)
        fy = _reporting_year(dctx)
        if m is not None and fy is not None:  # "the fourth fiscal quarter": of the year reported on
            s, e = cal.part(fy[1], "quarter" if m.group(1) == "Q" else "half", int(m.group(2)))
            if _expected_after_close(text, e, dctx):  # "guided the first fiscal quarter" after the fourth: the next year's
                fy = _next_year(fy)
                s, e = cal.part(fy[1], "quarter" if m.group(1) == "Q" else "half", int(m.group(2)))
            return _mk(p, s, e, f"{m.group(1)}{m.group(2)} FY{fy[0]}" if cal.shift is not None else None)
    if not _bare(p):
        return p
    if cal is not None and cal.calendar_year:
        cal = None
    # same-span-reporting: "for the half" of an article on the six months ended September 30
    if rep is not None and re.fullmatch(r"(?:the\s+)?(?:first\s+)?half|(?:the\s+)?quarter", p.text.strip(), re.I) \
            and _months(rep) == (6 if p.kind == "half" else 3):
        return _mk(p, rep.start, rep.end, rep.label)
    rel = re.search(r"\b(this|current|next|coming|last|previous|prior)\b", p.text, re.I)
    if cal is not None:
        if rel is not None and p.kind == "quarter" and dctx.now() is not None:
            # relative-part-fiscal
            now = dctx.now()
            _, fs, _ = cal.year_containing(now)
            n = ((now.year - fs.year) * 12 + now.month - fs.month) // 3
            n += {"next": 1, "coming": 1, "last": -1, "previous": -1, "prior": -1}.get(rel.group(1).lower(), 0)
            s = _add_months(fs, 3 * n)
            e = _add_months(s, 2)
            return _mk(p, s, _month_end(e.year, e.month), f"{s.isoformat()}/{_month_end(e.year, e.month).isoformat()}")
        m = re.search(r"first|second|third|fourth|1st|2nd|3rd|4th|(?<=[QH])[1-4]", p.text, re.I)
        fy = _reporting_year(dctx)
        if m is not None and fy is not None:  # bare-part-fiscal
            n = int(m.group(0)) if m.group(0).isdigit() else _ORD_WORD[m.group(0).lower()]
            if rep is not None and rep.start is not None and p.kind == "quarter" and _months(rep) == 3 \
                    and (rep.label.startswith(f"Q{n} ") or cal.part(fy[1], "quarter", n)[1] == _month_end(*_closing_month(rep.end))):
                return _mk(p, rep.start, rep.end, rep.label)  # the quarter reported on, as the lead dated it
            if rep is not None and rep.end is not None and EXPECTS.search(text):
                y, mo = _closing_month(rep.end)
                rep_n = ((y - fy[1].year) * 12 + mo - fy[1].month) // (3 if p.kind == "quarter" else 6) + 1
                if n < rep_n:  # "expects first-quarter revenue of …" after the fourth: the next fiscal year's
                    fy = (fy[0] + 1, _add_months(fy[1], 12), _month_end(fy[2].year + 1, fy[2].month))
            s, e = cal.part(fy[1], p.kind, n)
            if rep is None and _expected_after_close(text, e, dctx):
                fy = _next_year(fy)  # "guided the first fiscal quarter" after a fiscal year the article has closed
                s, e = cal.part(fy[1], p.kind, n)
            letter = "Q" if p.kind == "quarter" else "H"
            label = f"{letter}{n} FY{fy[0]}" if cal.shift is not None else f"{s.isoformat()}/{e.isoformat()}"
            return _mk(p, s, e, label)
        return p
    # no calendar: a bare "the second quarter" in an article on "the second quarter of fiscal 2026"
    if rep is not None and p.kind == "quarter" and rel is None and "FY" in rep.label:
        m = re.match(r"Q([1-4]) FY\d{4}", rep.label)
        if m is not None and re.fullmatch(rf"Q{m.group(1)} \d{{4}}", p.label):
            return _mk(p, rep.start, rep.end, rep.label)
    # fiscal-part-undeclared: another bare part of an article on a fiscal part ("Q3 FY26") whose calendar it
    # never states is that fiscal year's part by label only, never the calendar quarter of that name
    m = _PART_OF_LABEL.fullmatch(rep.label) if rep is not None and rel is None else None
    n = re.search(r"first|second|third|fourth|1st|2nd|3rd|4th|(?<=[QH])[1-4]", p.text, re.I)
    if m is not None and n is not None and not expectation_before(text, p):
        k = int(n.group(0)) if n.group(0).isdigit() else _ORD_WORD[n.group(0).lower()]
        letter = "Q" if p.kind == "quarter" else "H"
        if (3 if letter == "Q" else 6) * k <= (3 if m[1] == "Q" else 6) * int(m[2]) and (letter, k) != (m[1], int(m[2])):
            return _mk(p, None, None, f"{letter}{k} FY{m[3]}")
    return p


_YEAR_TO_DATE = plain(r"\b(?:(?:the\s+|for\s+the\s+)?year[\s-]+to[\s-]+date|so\s+far\s+this\s+(?:fiscal\s+)?year)\b", re.I)
_FULL_YEAR = plain(
    r"\b(?:full[- ]year|(?:for|in|over)\s+the\s+(?:full\s+)?(?:fiscal\s+)?year|(?:this|the\s+current)\s+fiscal\s+year|"
    r"(?:in|for|during)\s+the\s+fiscal\s+year)\b(?!\s+(?:ended|ending|to|through|(?:19|20)\d\d|ago|earlier|before|just))", re.I)
_YEAR_ENDED = plain(
    r"\b(?:the\s+(?:fiscal|financial)\s+year\s+just\s+(?:ended|finished|closed)|(?:last|the\s+previous|the\s+prior)\s+(?:fiscal|financial)\s+year)\b", re.I)


def _year_mentions(periods: list, text: str, dctx: DocContext) -> list:
    """full-year-of-report and fiscal-year-just-ended: years named without a number."""
    taken = [(p.start_idx, p.end_idx) for p in periods]
    add = []

    def free(s, e) -> bool:
        return not any(a < e and s < b for a, b in taken)

    cal, rep = dctx.calendar, dctx.reporting
    if cal is not None and cal.calendar_year:
        cal = None  # fiscal-year-is-calendar: years named without a number are read as in any calendar-year article
    for m in _YEAR_ENDED.finditer(text):
        if cal is not None and dctx.now() is not None and free(*m.span()):
            fy, s, _ = cal.year_containing(dctx.now())
            prev = (fy - 1, _add_months(s, -12), s - timedelta(days=1))
            add.append(_fy_period(v.Period(None, None, "", m.start(), m.end(), m.group(0), "fiscal_year"), prev, cal))
    for m in _YEAR_TO_DATE.finditer(text):  # year-to-date: from the start of the year to the period reported on
        if not free(*m.span()) or rep is None or rep.end is None:
            continue
        fy = _reporting_year(dctx)
        start = fy[1] if fy is not None else date(rep.end.year, 1, 1)
        if (rep.end - start).days < 100:
            continue  # the first quarter: year to date is the quarter itself
        add.append(v.Period(start, rep.end, f"{start.isoformat()}/{rep.end.isoformat()}", m.start(), m.end(), m.group(0), "range"))
    for m in _FULL_YEAR.finditer(text):
        if not free(*m.span()) or rep is None:
            continue
        nxt = text[m.end():m.end() + 30]
        if re.match(r"\s*(?:of\s+|,\s*)?(?:(?:fiscal\s+|FY\s?)?(?:19|20)\d\d|FY\s?['’]?\d\d\b)|\s+(?:results|report)", nxt, re.I):
            continue  # "full-year fiscal 2025 revenue", "the full year FY25 (to 31 March 2025)": the year is named next
        base = v.Period(None, None, "", m.start(), m.end(), m.group(0), "fiscal_year")
        fy = _reporting_year(dctx)
        if fy is not None:
            add.append(_fy_period(base, fy, cal))
        elif rep.kind in ("year", "fiscal_year") and rep.start is not None and rep.end is not None \
                and re.search(r"\bfor\s+the\s+year\b|full[- ]year", m.group(0), re.I) and not EXPECTS.search(text):
            add.append(_mk(base, rep.start, rep.end, rep.label, rep.kind))  # "for the year" of an article on 2024: that year
        elif rep.end is not None and rep.kind not in ("year", "fiscal_year") and not re.search(r"fiscal|FY", rep.label + m.group(0), re.I) \
                and not re.search(r"\bFY\s?['’]?\d\d|\bfiscal\s+(?:year\s+)?(?:19|20)?\d\d", text, re.I):
            y = rep.end.year  # a calendar-year article: the year of the period reported on
            add.append(_mk(base, date(y, 1, 1), date(y, 12, 31), str(y), "year"))
    return sorted([*periods, *add], key=lambda p: p.start_idx) if add else periods


_SEMESTER = plain(r"\b(?:the\s+)?(?:first|second|1st|2nd|1º|2º)\s+(?P<w>semest(?:er|re))\b", re.I)


def _semesters(periods: list, text: str, published: date | None) -> list:
    """semester-half: a semester read as the half it is ("the first semester of 2024": H1 2024)."""
    if "semest" not in text.lower():
        return periods
    spans = [m for m in _SEMESTER.finditer(text)]
    if not spans:
        return periods
    sub = _SEMESTER.sub(lambda m: m.group(0)[:m.start("w") - m.start()] + "half".ljust(len(m.group("w")))
                        + m.group(0)[m.end("w") - m.start():], text)
    halves = []
    for p in v.find_periods(sub, published):
        m = next((m for m in spans if p.kind == "half" and p.start_idx <= m.start("w") < p.end_idx), None)
        if m is not None and (p.start is not None or re.search(r"\d", p.text)):   # (a bare semester no date of the document dates: left as it was)
            end = max(p.end_idx, m.end())
            halves.append(replace(p, end_idx=end, text=text[p.start_idx:end]))
    if not halves:
        return periods
    kept = [p for p in periods if not any(h.start_idx <= p.start_idx < h.end_idx or p.start_idx <= h.start_idx < p.end_idx
                                          for h in halves)]
    return sorted(kept + halves, key=lambda p: p.start_idx)


# as-of-today: "today" closing a clause ("46 MW is energised today", "1,000 employees today to …") or
# after "as of" / "as at"; not "today's", not "today announced / reported" (a release's lead)
_TODAY = plain(r"\b(?:as\s+(?:of|at)\s+)?today\b(?!['’])(?=\s*(?:[,.;:)!?]|$|\s+(?:and|to|from|but|while|versus|vs\.?|compared)\b))"
               r"|\bas\s+(?:of|at)\s+today\b", re.I)


_EVENT_BEFORE_TODAY = plain(r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:[a-z]+ed|said|says|told|announces|reports|"
                            r"releases|unveils|launches|held|made|sold|won|met|spoke|gave)\s+$")


def _today(periods: list, text: str, published: date | None) -> list:
    """as-of-today: the document's date for a stock said to be so "today"."""
    if published is None or "today" not in text.lower():
        return periods
    out = list(periods)
    for m in _TODAY.finditer(text):
        if any(p.start_idx <= m.start() < p.end_idx for p in out) or _EVENT_BEFORE_TODAY.search(text, 0, m.start()):
            continue   # ("the reform announced today", "shares traded today": an event of the day, no stock)
        out.append(v.Period(None, published, f"../{published.isoformat()}", m.start(), m.end(), m.group(0), "as_of"))
    return sorted(out, key=lambda p: p.start_idx) if len(out) != len(periods) else periods


# numbered-part-label: a quarter or half numbered with its own language's letter or word before a year: "3T26",
# "3T25" (trimestre: Brazilian and Mexican releases), "T3 2026", "S1 2026" / "1S26" (semestre), "3. Quartal 2026",
# "1. Halbjahr 2026": that calendar quarter or half. Provenance: probe29 05_televisa_3t26_release ("Consolidated
# revenue of Ps.14,812.6 million, down 2.8% from 3T25", header "3T26 3T25"), probe28 06_bemobi_brazil_results_release
# ("Net revenue of R$ 178,5 milhões in 3T26"), probe24 01_intelbras_ptbr_translation ("21% above the 3T24"),
# probe25 06_aubay_h1_results_table (header "S1 2026 / H1 2026"), kindcheck30 periods 03_sarinebois ("T3 2026
# (3. Quartal 2026)", "S1 2026 (1. Halbjahr 2026)"). The letter-first form needs a four-digit year ("T4 GPU" is none).
_NUMBERED_PART = plain(
    r"(?<![\w.,/-])(?:(?P<n1>[1-4])(?P<l1>[TS])\s?(?P<y1>(?:19|20)?\d\d)"
    r"|(?P<l2>[TS])(?P<n2>[1-4])\s(?P<y2>(?:19|20)\d\d)"
    r"|(?P<n3>[1-4])\.\s?(?P<l3>Quartal|Halbjahr|trimestre|semestre)\s(?P<y3>(?:19|20)\d\d))(?![\w%])")
_HALF_LETTER = ("S", "Halbjahr", "semestre")
_RESTATED = plain(r"\s*(?:/|\(|=)\s*")


def _numbered_parts(periods: list, text: str) -> list:
    """numbered-part-label: the quarters and halves named as "3T26", "T3 2026", "S1 2026", "3. Quartal 2026"."""
    if not re.search(r"\d[TS]|[TS][1-4]\s|\d\.\s?[QHts]", text):
        return periods
    add = []
    for m in _NUMBERED_PART.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(f"n{i}"))
        n, letter, yy = int(m.group(f"n{g}")), m.group(f"l{g}"), m.group(f"y{g}")
        year = int(yy) if len(yy) == 4 else 2000 + int(yy)
        if any(p.start_idx < m.end() and m.start() < p.end_idx and p.kind not in ("year", "fiscal_year") for p in periods):
            continue
        half = letter in _HALF_LETTER
        if half and n > 2:
            continue
        months = 6 if half else 3
        start, end = date(year, (n - 1) * months + 1, 1), _month_end(year, n * months)
        add.append(v.Period(start, end, f"{'H' if half else 'Q'}{n} {year}", m.start(), m.end(), m.group(0),
                            "half" if half else "quarter"))
    if not add:
        return periods
    kept = [p for p in periods if not any(a.start_idx <= p.start_idx < a.end_idx for a in add)]  # (the bare year of "3T 2026")
    out = sorted(kept + add, key=lambda p: p.start_idx)
    # (the same part said again in another language, "S1 2026 / H1 2026", "T3 2026 (3. Quartal 2026)": one mention)
    return [p for i, p in enumerate(out) if not (i and (p in add or out[i - 1] in add) and _RESTATED.fullmatch(text, out[i - 1].end_idx, p.start_idx)
                                                  and (p.start, p.end, p.kind) == (out[i - 1].start, out[i - 1].end, out[i - 1].kind))]


def english_parts(text: str) -> str:
    """`text` with each numbered-part-label written as the English one it is ("3T26" -> "3Q26", "T3 2026" ->
    "Q3 2026", "S1 2026" -> "H1 2026", "3. Quartal 2026" -> "Q3 2026" and blanks): same length, same offsets,
    for a reader of English period names (a question's: question.period_text)."""
    if not re.search(r"\d[TS]|[TS][1-4]\s|\d\.\s?[QHts]", text):
        return text

    def one(m: re.Match) -> str:
        g = next(i for i in (1, 2, 3) if m.group(f"n{i}"))
        n, letter, yy = m.group(f"n{g}"), m.group(f"l{g}"), m.group(f"y{g}")
        half = letter in _HALF_LETTER
        if half and n not in "12":
            return m.group(0)
        part = "H" if half else "Q"
        out = f"{n}{part}{m.group(0)[2:]}" if g == 1 else f"{part}{n}{m.group(0)[2:]}" if g == 2 else f"{part}{n} {yy}"
        return out.ljust(len(m.group(0)))
    return _NUMBERED_PART.sub(one, text)


# trailing-twelve-months: a measure named with its trailing twelve months ("trailing-twelve-month revenue", "its
# trailing twelve-month adjusted EBITDA", "Last-twelve-month attrition", "LTM revenue") and no end date of its own:
# the twelve months to the end of the period the article reports on. Only the adjective before a noun dates (not
# "over the last twelve months", "on a trailing-twelve-month basis"), and the mention is of kind "trailing": it
# dates the figure it names, never the paragraph. Provenance: kindcheck28 measures 03_calloway_ridge_deal ("14.2
# times its trailing twelve-month adjusted EBITDA of $275 million"), probe20 02_mastek_shareholder-email
# ("Last-twelve-month attrition eased to 13.1%"), focusset22 30_telco_capex_chartpack ("| LTM revenue | LTM capex |"),
# kindcheck30 periods 02_tarnwick ("trailing-twelve-month revenue passed $1.58 billion").
_TRAILING = plain(r"\b(?:(?:trailing|last|past)[\s-]+(?:twelve|12)-months?|(?-i:TTM|LTM))\b(?=\s+(?!basis\b|to\b|ended\b|ending\b|through\b)[A-Za-z])", re.I)


def _trailing_twelve(periods: list, text: str, rep) -> list:
    """trailing-twelve-months: the twelve months to the end of the dated period reported on."""
    if rep is None or rep.end is None or rep.start is None or not re.search(r"(?:twelve|12)-month|TM\b", text):
        return periods
    add = []
    for m in _TRAILING.finditer(text):
        if any(p.start_idx < m.end() and m.start() <= p.end_idx for p in periods):
            continue
        end = rep.end
        start = minus_year(end) + timedelta(days=1)
        add.append(v.Period(start, end, f"{start.isoformat()}/{end.isoformat()}", m.start(), m.end(), m.group(0), "trailing"))
    return sorted([*periods, *add], key=lambda p: p.start_idx) if add else periods


def word_periods(periods: list, text: str, published: date | None) -> list:
    """The mentions with the periods only a word names: a semester (semester-half), "today" (as-of-today),
    a numbered part in another language's letters (numbered-part-label)."""
    return _today(_semesters(_numbered_parts(periods, text), text, published), text, published)


# question-number: "Q1." / "**Q2." opening a line of a Q&A summary numbers the question, it is no quarter (probe23
# 05_lasertec_ir_qa: "Q1. Orders received fell from the previous year. …"; probe24 06_kyocera_agm_qa: "**Q1. Mr. X
# (shareholder from Osaka):** …"); "Q1:" before a question or a request is the question's number too (probe36
# 05_glodon_ir_activity_record, an investor-relations activity record: "Q4: How is the overseas business developing?",
# "Q1: Please review results for the first three quarters of 2026." — the same numbered-question layout as probe23's
# and probe24's with a colon); "Q1: revenue …" or "Q1 revenue" is the quarter
_QUESTION_NUMBER_BEFORE = plain(r"^[\s*#>_-]*$")
_QUESTION_NUMBER_AFTER = plain(r"[.)]\**(?:\s|$)")
_QUESTION_COLON = plain(r":\**\s+(?:(?:how|what|why|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could|"
                        r"will|would|should|shall|may|has|have|please)\b|[^\n]*\?\s*$)", re.I)


def question_number(p, text: str) -> bool:
    """question-number: whether mention `p` is a Q&A line's question number ("Q1. …", "Q4: How is …?"), not a quarter."""
    return p.kind == "quarter" and re.fullmatch(r"Q[1-9]", p.text) is not None \
        and _QUESTION_NUMBER_BEFORE.match(text[:p.start_idx]) is not None \
        and (_QUESTION_NUMBER_AFTER.match(text, p.end_idx) is not None or _QUESTION_COLON.match(text, p.end_idx) is not None)


def resolve_mentions(periods: list, text: str, dctx: DocContext | None) -> list:
    """The period mentions of sentence `text` (from `values.find_periods`) as the document means them."""
    published = dctx.published if dctx is not None else None
    periods = [p for p in periods if not (question_number(p, text) and text[p.end_idx:].strip(" .)*_"))]  # (a line "Q1." alone:
    # the pipeline keeps it from dating its paragraph)
    periods = word_periods(periods, text, published)
    periods = _combine([p for p in periods if stray_date(text, p) not in ("record-since", "fiscal-calendar-month")], text)
    if dctx is None:
        return periods
    out = [_resolve_one(p, text, dctx) for p in periods]
    out = [p for p in out if not since_after_now(p, dctx.now())]  # since-before-now
    out = _trailing_twelve(out, text, dctx.reporting)
    out += _named_reporting(text, dctx, out)
    return _year_mentions(out, text, dctx)


# the reporting period named by its term (report_period.DEFINED_PERIOD): "for the Reporting Period", "during the
# reporting period" is the period the document reports on; "the Corresponding Period" (a defined term, in capitals)
# that period a year earlier. Provenance: probe28 04_fourthparadigm_hkex_profit_alert ("RMB3,380 million to RMB3,460
# million for the Reporting Period", "RMB87.3 million for the Corresponding Period"), kindcheck29 scale
# 03_ruiheng_h1_2026_forecast ("During the reporting period the Company expects net profit …")
_NAMED_REPORTING = plain(r"\bthe\s+(?:(?P<cur>(?i:reporting)\s+(?i:period))|(?P<prior>Corresponding\s+Period))\b(?![\"”'’])")


def _named_reporting(text: str, dctx: DocContext, found: list) -> list:
    rep = dctx.reporting
    if rep is None or rep.start is None or rep.end is None or "eriod" not in text:
        return []
    out = []
    for m in _NAMED_REPORTING.finditer(text):
        if any(p.start_idx < m.end() and m.start() < p.end_idx for p in found):
            continue
        if m.group("cur"):
            out.append(replace(rep, start_idx=m.start(), end_idx=m.end(), text=m.group(0)))
        elif (rep.end - rep.start).days <= 13 * 31:
            y = re.sub(r"(?<!\d)((?:19|20)\d\d)(?!\d)", lambda g: str(int(g.group(1)) - 1), rep.label)
            out.append(replace(rep, start=minus_year(rep.start), end=minus_year(rep.end), label=y,
                               start_idx=m.start(), end_idx=m.end(), text=m.group(0)))
    return out




def fiscal_year_reported(p, text: str) -> bool:
    """Whether fiscal-year mention `p` of a lead sentence is a year the sentence states the end of
    ("the financial year ended June 30, 2025", "its fiscal year 2025, which ended on August 31, 2025"),
    not one named relative to the article ("the fiscal year just ended")."""
    if re.search(r"\b(?:just|last|previous|prior)\b", p.text, re.I):
        return False
    return re.search(r"\b(?:ended|ending|to|through)\b", p.text, re.I) is not None or \
        re.match(r",?\s+(?:which|that)\s+(?:ended|closed)\b", text[p.end_idx:]) is not None or \
        _RESULTS_FOR.search(text, max(0, p.start_idx - 60), p.start_idx) is not None


# results-for-fiscal-year: "<X> reported (the) results for <fiscal year>" states the year the article reports
# on (probe24 06_kyocera_agm_qa: "reported the results for FY2025/3: sales revenue of …"; devset5 t04_siemens:
# "today reported results for fiscal year 2025, which ended …")
_RESULTS_FOR = plain(r"\breport(?:ed|s|ing)?\s+(?:the\s+|its\s+)?(?:\w+\s+)?results\s+for\s+(?:the\s+|its\s+)?$", re.I)


def expectation_before(text: str, p) -> bool:
    """Whether the clause holding mention `p` states an expectation before it ("no longer expects
    sales to shrink in 2026"); one stated after ("… results and lifted its full-year forecast") does
    not make the period an outlook's."""
    start = max(text.rfind(",", 0, p.start_idx), text.rfind(";", 0, p.start_idx), text.rfind(" and ", 0, p.start_idx), 0)
    return EXPECTS.search(text, start, p.start_idx) is not None


# ---------------------------------------------------------------------------
# figures with no period of their own
# ---------------------------------------------------------------------------

CARRY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("market-day", "a share price or market value with no date in its clause is dated by the day its "
               "sentence names, else by the article's date", ("on <weekday>", "on <date>", "shares rose/closed/were down"),
               ("Indian IT wire story: Shares closed at … on Thursday, …, giving the company a market value of …",
                "Swiss telecom results: Shares were down 0.8% at CHF … by midday in Zurich",
                "chipmaker wire story: Shares in Infineon rose 4.1% to … in Frankfurt trading")),
    PeriodRule("outlook-of-sentence", "an outlook figure with no period in its clause takes the year an earlier "
               "expectation of its sentence, or of its paragraph's previous outlook sentence, states",
               ("guided to FY<yy> … and said capital expenditure would be …", "confirmed its <year> guidance … Capital expenditure is expected at …"),
               ("Australian telecom results: guided to FY26 underlying EBITDA of …, and said capital expenditure would be about …",
                "Swiss telecom results: confirmed its 2025 guidance of revenue … Capital expenditure is expected at around …")),
    PeriodRule("comparison-period", "a period after 'compared with <value>', '(up) from <value>' or 'the same quarter of' "
               "dates the value compared with, not the figure (which keeps the period reported on), nor a change "
               "stated after the comparison ('…, compared with <value> for fiscal 2023, an increase of 5%')",
               ("compared with <value> in", "versus <value> in", "to <value> from <value> in", "over the <value> it booked in",
                "up <n>% on the <value> <verb> in",
                "the same quarter of", "compared with <value> in <period>, an increase of <n>%"),
               ("Indian IT results: rose 5.1% to ₹13,995 crore, compared with ₹13,313 crore in the same quarter last year",
                "software results: compared with a loss of $93 million in the same quarter of 2024",
                "Indian food-delivery feature: the loss widened to ₹178 crore from ₹103 crore in the December quarter",
                "Chinese e-commerce results: up from RMB6.2 billion in 2024",
                "data-centre wire story: an increase of roughly 4% to 5% over the $8.75 billion it booked in 2024",
                "Swiss banking-software annual report (probe11): compared with USD 951 million for fiscal 2023, an increase of 5%",
                # 'up <n>% on the <value> <verb> in <period>': probe17 01_kaspi_short_letter, probe12 nextdc_h1fy25_call,
                # probe16 07_xero_linkedin_post
                "open letter to a fintech's board (probe17): an increase of 5% on the <value> booked in the second quarter of 2024",
                "data-centre results call (probe12): up 4.0% on the <value> we reported in H1 FY24")),
    PeriodRule("bracketed-comparative", "a period opening brackets before a colon and a value ('(fiscal 2023: USD 207 "
               "million)') dates the value in the brackets, the prior-year comparative, never the figure before them",
               ("(<period>: <value>)", "(fiscal <year>: <value>)", "(Q<n> fiscal <year>: <value>)"),
               ("Swiss banking-software annual report (probe11): IFRS net profit was USD 232 million (fiscal 2023: USD 207 million)",
                "US design-software results release (probe10): Total revenue: $5.61 billion, up 11% year over year "
                "(Q4 fiscal 2023: $5.05 billion)")),
    PeriodRule("compared-value", "a value after 'from' that a change of another value of its clause starts from ('up "
               "5.3% from <value> in 2023') is the earlier figure: it takes the period right after it, else it is no "
               "figure (never the period reported on)", ("up <n>% from <value> in <period>", "up <n>% from <value>"),
               ("Taiwanese power-supply story: revenue of NT$… for 2024, up 5.3% from NT$… in 2023",
                "Japanese equipment broker note: operating income was ¥… billion, up 1.6% from ¥… billion")),
    PeriodRule("compared-without-period", "a value after 'versus' / 'compared with' that states no period of its own is "
               "the earlier figure the reported one is compared with: it never inherits the period reported on",
               ("<figure>, versus <value>", "<figure>, compared with <value>."),
               ("Chinese video platform results (probe11): Adjusted net profit: RMB 561.9 million, versus an adjusted net loss "
                "of RMB 347.4 million",
                "Swiss banking-software annual report (probe11): Free cash flow was USD 256 million, compared with USD 221 million",
                "Indian telecom wire story (probe11): rose to 1,040 crore rupees … from 321 crore rupees a year earlier")),
    PeriodRule("count-needs-result", "a count (customers, picks, interactions) inherits the period reported on only "
               "when a result verb states it or it is a results list line; a count in a clause with no such verb "
               "('models trained on more than 100 million picks', 'more than 60,000 customers use it') is a standing "
               "fact with no period", ("trained on <count>", "<count> customers use", "handles <count> … a year"),
               ("UK online-grocer investor diary (probe10): AI vision models trained on more than 100 million picks",
                "UK tech newsletter (probe11): More than 60,000 business customers use it",
                "Indian telecom wire story (probe11): now handles more than 20 billion interactions a year",
                "IT services results (probe9) and data-analytics results (probe6): The company ended the quarter with "
                "about 791,000 employees / with 553 customers paying more than … (a closing state: inherits)")),
    PeriodRule("rate-not-period", "a value stated per year, quarter or month is a rate, not a figure of the period "
               "reported on", ("a year", "per year", "annually", "a quarter"),
               ("Taiwanese chip broker note: its capital expenditure is small, around NT$10 billion a year",
                "Indian IT results: spends about $200 million annually on training")),
    PeriodRule("plan-not-reported", "a figure planned ('is planned at', 'plans', 'budgeted') is not a result of the "
               "period reported on; it takes its paragraph's outlook year, else none",
               ("is planned at", "plans", "budgeted"),
               ("broker note on a Japanese IT group: R&D spending is planned at JPY 120 billion",
                "telecom capex story: spending is budgeted at …")),
)

# the period of the value a figure is compared with, stated after the figure (a thousands comma
# inside the compared value does not end the phrase: "compared with ₹13,313 crore in the same quarter last year";
# "of" links the compared value to its period as "in" does: "up 6,1% on the 106,2 mln of the first semester of 2024",
# probe22 03_retelit_italian_translation; "against the R$ 1,26 bilhão of the same period of last year", probe24
# 01_intelbras_ptbr_translation; "over the same period last year": the year mention "last year" right after
# "same period", probe22 02_eoptolink_halfyear_translation, focusset22 held/16_wangsu_halfyear)
# (and the compared period glossed in brackets after its relative name, "down 4.8% from ¥214.7 billion in
# the previous quarter (4Q FY2024)": probe12 advantest_orderbook_note; an extension of "from <value> in
# <period>" above, met in one document)
_COMPARISON_PERIOD = plain(r"\b(?:same|corresponding|year-ago|prior[- ]year|previous[- ]year)\s+(?:quarter|period|half|months?|year)\s+"
                                r"(?:(?:of|in|last)\s+(?:fiscal\s+)?)?$|\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:[^,;]|(?<=\d),(?=\d)){0,50}$"
                           r"|\b(?:from|on\s+the)\s+(?:a\s+(?:loss|profit)\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?[^\s\d,;]{0,4}\s?\d(?:[^,;]|(?<=\d),(?=\d)){0,30}"
                           r"\s(?:in|during|for|of|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:fiscal\s+)?"
                           r"(?:(?:previous|prior|preceding|same|year-ago|last)\s+(?:fiscal\s+)?(?:quarter|half|year|period)\s*\(\s*)?$"
                           r"|\bover\s+(?:the\s+|its\s+)?[^\s\d,;]{0,4}\s?\d(?:[^,;]|(?<=\d),(?=\d)){0,40}$"
                           # a change said as a level against another: "21% above the 3T24", "about 3% higher than the
                           # $28.9 billion it booked in fiscal 2024", "8.3% higher than RM172.13 million in Q2 FY2026"
                           r"|%\s+(?:above|below|higher\s+than|lower\s+than|ahead\s+of)\s+(?:[^,;]|(?<=\d),(?=\d)){0,50}$"
                           # a change's base period right after it (issue40r, issue40t): "down 2.8% from 3T25", "up 19% on FY24", "up 21% from
                           # the third quarter of 2024", "an increase of 14% over fiscal 2024"
                           r"|%\s+(?:from|on|over|vs\.?|versus|against)\s+(?:the\s+)?$", re.I)


_BRACKET_OPEN = plain(r"\(\s*$")
_BRACKET_COLON = plain(r"\s*:\s*\S")


def bracketed_comparative(text: str, p, pos: int) -> bool:
    """bracketed-comparative: whether period mention `p` opens brackets before a colon and a value
    ("(fiscal 2023: USD 207 million)") that the value at `pos` lies outside of."""
    if _BRACKET_OPEN.search(text, max(0, p.start_idx - 3), p.start_idx) is None \
            or _BRACKET_COLON.match(text, p.end_idx) is None:
        return False
    close = text.find(")", p.end_idx)
    return not (p.start_idx <= pos < (close if close >= 0 else len(text)))


# (or the compared value's measure between: "growth of about 22% over fiscal 2026 revenue of $3.19 billion", probe23
# 04_zscaler_founder_letter; "up 9% on 2024 revenue of $4.1 billion")
_MEASURE_TO_VALUE = plain(r"\s+(?:[a-z][\w-]*\s+){1,2}of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[^\s\d,;:()]{0,4}\s?$")


def compared_own_period(text: str, p, pos: int) -> bool:
    """comparison-period, the compared value's side: period mention `p`, after 'compared with' /
    'against', qualifies the value at `pos` right after it in the same noun phrase (no number, comma
    or clause break between): "against a full-year plan of about INR 180 crore" (probe22
    08b_firstsource), "compared with fiscal 2023's USD 917 million" - that value's own period."""
    return p.end_idx <= pos and pos - p.end_idx <= 40 and (_NP_TO_VALUE.match(text[p.end_idx:pos]) is not None
                                                          or _MEASURE_TO_VALUE.match(text[p.end_idx:pos]) is not None)


# what may stand between a period and the amount of its noun phrase ("full-year plan of about INR …")
_NP_TO_VALUE = plain(r"(?:['’]s)?\s*(?:(?:plan|budget|target|guidance|outlook|forecast|estimate|figure|level|total|of|about|"
                     r"around|approximately|roughly|nearly|some|a|an|the|its)\s+)*[^\s\d,;:()]{0,4}\s?$", re.I)


def comparison_period(text: str, pos: int, at: int) -> bool:
    """comparison-period: whether the period mention at `at`, after the value at `pos`, dates the value
    it is compared with ("…, compared with a loss of $93 million in the same quarter of 2024")."""
    return at > pos and _COMPARISON_PERIOD.search(text[max(pos, at - 70):at]) is not None


_RATE_AFTER = plain(r"\s*(?:a|per|each|every)\s+(?:year|annum|quarter|month)\b|\s*annually\b|\s*a\s+year\s+on\s+average", re.I)


_COMPARED_BEFORE = plain(r"\b(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+|the\s+|its\s+)?(?:[\w&-]+\s+){0,4}?(?:of\s+)?"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?[^\s\w]{0,3}$", re.I)
_PERIOD_AFTER = plain(r"[^,;.]{0,25}?\b(?:in|for|during|at|a\s+year|the\s+same|last|(?:19|20)\d\d|Q[1-4]|FY)\b", re.I)


def compared_value(text: str, pos: int) -> bool:
    """compared-without-period: whether the value at `pos` follows 'versus' / 'compared with' and
    no period follows it ("…, versus an adjusted net loss of RMB 347.4 million")."""
    if _COMPARED_BEFORE.search(text, max(0, pos - 60), pos) is None:
        return False
    return _PERIOD_AFTER.match(text, pos) is None


_ENDED_WITH = plain(r"\b(?:ended|closed|finished|exited)\s+(?:the|its)\s+(?:quarter|half|year|fiscal\s+year|period)\s+with\b", re.I)


def result_clause(clause, list_line: bool, text: str = "", pos: int = 0) -> bool:
    """count-needs-result: whether a count in `clause` is stated by a result verb, as the period's closing
    state ("ended the quarter with about 12,000 employees") or on a results list line."""
    return list_line or clause.verb_kind in ("report", "change") \
        or _ENDED_WITH.search(text, max(clause.start, pos - 80), pos) is not None


def rate_after(text: str, end: int) -> bool:
    """rate-not-period: whether the value ending at `end` is a rate ("around NT$10 billion a year"),
    which holds across periods rather than for the one reported on."""
    return _RATE_AFTER.match(text, end) is not None


# prior-year-comparative: the value right before "in the prior year", "a year earlier", "a year ago" is the
# comparison's ("Services margin improved to 4% from negative 3% in the prior year", probe11
# p11_01_temenos_fy2024_mdna; "up from 82 MW a year ago", probe15 07_dci_indonesia_datacentre_feature; "from 92 MW
# a year earlier", probe16 05_stc_group_annual_report_excerpt): it never inherits the period reported on
_PRIOR_AFTER = plain(r"\s*(?:(?!(?:from|than|over|versus|vs|on|compared|against)\b)[A-Za-z%]+\s+)?(?:in\s+the\s+(?:prior|previous)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|period)|"
                     r"(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+year\s+before|(?:in\s+)?last\s+year\b)", re.I)


def prior_after(text: str, end: int) -> bool:
    """prior-year-comparative: whether the value ending at `end` is the one a year before."""
    return _PRIOR_AFTER.match(text, end) is not None


_YEARLIKE = ("year", "fiscal_year")


def market_day(periods: list, published: date | None):
    """market-day: the day a sentence names ("on Thursday"), else the article's date ("Shares rose
    4% to …" in a story of that day)."""
    day = next((p for p in periods if p.kind == "day" and p.end is not None), None)
    if day is None and published is not None:
        day = v.Period(published, published, published.isoformat(), 0, 0, "", "day")
    return day


_OWN_TIME = plain(r"\b(?:then|thereafter|following|subsequent|later|afterwards|beyond|next|over\s+the)\b", re.I)


def outlook_year(text: str, periods: list, pos: int, clause_text: str = ""):
    """outlook-of-sentence: the year of an expectation stated earlier in the sentence than `pos`
    (clause start), unless the clause holding the figure sets a time of its own ("and then to reach
    $32 billion over the following two years")."""
    if _OWN_TIME.search(clause_text):
        return None
    for p in reversed([p for p in periods if p.kind in _YEARLIKE and p.end_idx <= pos]):
        if EXPECTS.search(text, 0, pos):
            return p
    return None


# deadline-of-later-value: "grow headcount from roughly 1,000 employees today to about 1,500 by the end
# of 2026" (probe19 06_deepl_hiring_story), "capacity had reached 52 MW and would rise to 72 MW by the
# end of 2026" (probe15 01_turkcell_gazete_translation): a deadline dates the value right before it,
# never an earlier value the sentence sets against it (what is there now).
_DEADLINE = plain(r"^by\b", re.I)


def deadline_of_later_value(p, pos: int, value_starts) -> bool:
    """Whether period `p` is a deadline ("by the end of 2026") after the value at `pos` with
    another value between them: that value's date, not this one's."""
    return p.start_idx > pos and p.kind == "as_of" and _DEADLINE.search(p.text) is not None \
        and any(pos < s < p.start_idx for s in value_starts)


def planned(clause_text: str) -> bool:
    """plan-not-reported: whether a clause states a plan rather than a result (quantity_kinds.PLAN_RULES:
    'plans capital expenditure of', 'has approved capex of', 'a full-year plan of', 'is budgeted at')."""
    return plan_rule(clause_text) is not None


# ---------------------------------------------------------------------------
# which period phrase fits which kind of quantity (quantity_kinds.kind_of)
# ---------------------------------------------------------------------------

KIND_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("plan-own-horizon", "a plan or commitment takes the horizon its own clause states ('in 2026', 'for "
               "the year', 'over 2025-2027') or stays undated: never the period the article reports on, a paragraph's "
               "period, nor the span of another figure of its sentence",
               ("plans capital expenditure of <money> in <year>", "has approved capex of <money>",
                "against a full-year plan of <money>"),
               ("Singapore exchange filing (probe22 05_aemholdings): The Board has approved capital expenditure of "
                "approximately S$25 million for the expansion … (was dated January-September, the nine months reported)",
                "Indian results story (probe22 08b_firstsource): Capital expenditure for the nine months was INR 131 "
                "crore, against a full-year plan of about INR 180 crore (was dated the nine months)",
                "Indian results page (probe13 netweb): plans capital expenditure of about ₹100 crore in FY26")),
    PeriodRule("horizon-not-paragraph", "a span longer than a year ('the plan 2025-2027', 'over 2026-2028', 'the "
               "dividend policy for 2022-2024') is a plan's horizon or a policy's term: it dates the values of its own "
               "clause, never the figures of the sentences after it",
               ("the plan <year>-<year>", "over <year>-<year>", "policy for <year>-<year>"),
               ("Italian daily in translation (probe22 03_retelit): The real news is the plan 2025-2027: 400 mln euros … "
                "Investments in the first semester were 27,4 mln euros (were dated 2025-2027)",
                "Danish investor-day notes (probe16 01_netcompany): plans to invest about DKK 400 million over 2026-2028",
                "Saudi annual report (probe16 05_stc): under the dividend policy for 2022-2024")),
    PeriodRule("stock-at-day", "a stock (order book, cash, debt, headcount) whose clause names a day ('As at 30 "
               "September 2025', 'at 30 June') is held on that day: the day dates it, never a span of another clause "
               "nor the period reported on; a day in brackets dates the compared value",
               ("as at <day>, <stock> stood at", "<stock> was <value> at <day>"),
               ("Singapore exchange filing (probe22 05_aemholdings): As at 30 September 2025, the Group's order book "
                "stood at S$96.0 million (30 June 2025: S$71.3 million)",
                "Indian shareholder e-mail (probe20 02_mastek): 12-month order backlog … as of September 30, 2026",
                "Italian daily in translation (probe22 03_retelit): net financial debt … at 30 June")),
    PeriodRule("own-duration", "a clause that states how long its change took ('up 35% in one quarter', 'doubled "
               "in three years') is dated by no period it does not name: it does not inherit the period reported on",
               ("up <pct> in one quarter", "<verb> in <n> years"),
               ("Singapore exchange filing (probe22 05_aemholdings): Our order book is up 35% in one quarter (was "
                "dated January-September, the nine months reported)",
                "Danish investor-day notes (probe16 01_netcompany) and any results story: revenue doubled in three years")),
    PeriodRule("flow-over-span", "an amount earned or spent (revenue, profit, EBITDA, capex, turnover) is a flow: a "
               "single day never dates it. The span of its sentence that ends on that day dates it ('the full year FY25 "
               "(to 31 March 2025)'), else the one fiscal or calendar year its sentence names ('FY26 results (year ended "
               "30 June 2026) released on 26 August 2026'), else the period reported on when it ends that day; with none of "
               "these the day is left (an undated flow would answer any period asked)",
               ("<year> (to <day>)", "results released on <day>", "closed on <day>"),
               ("New Zealand software post (probe16 07_xero): in the full year FY25 (to 31 March 2025) Xero made NZ$2.10 "
                "billion of revenue (was dated the day 2025-03-31)",
                "French chip maker's MD&A (probe12 soitec): revenue for the full fiscal year 2025, closed on 31 March 2025",
                "Australian exchange query (focusset22 08_dug): its FY26 results (year ended 30 June 2026) released on 26 "
                "August 2026: revenue of US$71.3 million (was dated the release day)")),
    PeriodRule("since-before-now", "'since <period>' starts before the article's date: a start read after it is a "
               "misread (a fiscal part of the next year) and dates nothing",
               ("since the <part> results", "since <part>"),
               ("Indian results story (probe22 08b_firstsource): the stock has risen 9% since the Q2 results (was dated "
                "from 2026-04-01, after the article)",
                "any market story: shares are up 12% since Q3")),
)
KIND_RULE = {r.name: r for r in KIND_RULES}

HORIZON_MONTHS = 13   # a span longer than this is a horizon, not a reporting period (a fiscal year is 12)


def horizon(p) -> bool:
    """horizon-not-paragraph: whether period mention `p` spans more than a year."""
    n = _months(p) if p is not None else None
    return n is not None and n > HORIZON_MONTHS


def since_after_now(p, now: date | None) -> bool:
    """since-before-now: whether open range `p` ('since …') starts after the article's date."""
    return p.kind == "range" and p.end is None and p.start is not None and now is not None and p.start > now


_AT_DAY = plain(r"\b(?:as\s+(?:at|of)|at)\s+(?:the\s+end\s+of\s+)?$", re.I)   # "at 30 June", not "on 15 October" (an event)


_TO_DAY = plain(r"(?:by|through|until|till|to)\b", re.I)   # a deadline or a horizon's end, not a day held at


def stock_day(periods: list, text: str, a: int, b: int):
    """stock-at-day: the day (or 'as at' day) of clause [a, b) when the clause names a stock and the
    day is not inside brackets (the compared value's: '(30 June 2025: S$71.3 million)'), else None."""
    if STOCK_IN_CLAUSE.search(text[a:b]) is None or plan_rule(text[a:b]) is not None:
        return None
    for p in periods:
        if a <= p.start_idx < b and p.end is not None and text.rfind("(", a, p.start_idx) <= text.rfind(")", a, p.start_idx) \
                and (p.kind == "as_of" and not _TO_DAY.match(p.text)
                     or p.kind == "day" and _AT_DAY.search(text, max(0, p.start_idx - 25), p.start_idx) is not None):
            return p
    return None


_CHANGE_BEFORE = plain(r"(?:%|\b(?:doubled|tripled|quadrupled|halved|rose|grew|fell|jumped|climbed|surged|increased|decreased|"
                      r"declined|dropped|expanded|shrank))\s*$", re.I)


_COUNTED_SPAN = plain(r"(?:in|within|over)\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|\d+)\s", re.I)   # not "in the prior year" (a comparative's period)


def own_duration(durations, a: int, b: int, text: str = "") -> bool:
    """own-duration: whether clause [a, b) of `text` states the length of its change right after it
    ('up 35% in one quarter', 'doubled in three years'); a duration of something else ('to be
    recognized within 12 months', 'an outlay of X over five years') is not the change's."""
    return any(a <= d.start < b and _COUNTED_SPAN.match(d.text)
               and _CHANGE_BEFORE.search(text, max(0, d.start - 20), d.start) is not None for d in durations)


_HORIZON_AFTER = plain(r"\s*(?:(?:over|in|for|during|across|through)\s+(?:the\s+)?(?:next\s+)?"
                      r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s*)?\(?\s*)$", re.I)


def flow_span(measure: str, period, periods: list, text: str, value_text: str, doc_period):
    """flow-over-span: the period of a flow figure of `measure` dated `period` (a records Period):
    unchanged unless it is a single day; then the span of the sentence's `periods` ending that day,
    else the only whole year the sentence names (the nearest before the value when several), else
    `doc_period` when it ends that day, else unchanged (devset5 t04_siemens: an undated growth figure
    answered a question on another unit's fiscal-year revenue, where the wrong day had kept it out)."""
    if period is None or period.start is None or period.start != period.end or kind_of(measure) != "flow" \
            or POINT_RATE_MEASURE.search(measure) is not None:
        return period
    day = period.end
    spans = [p for p in periods if p.start is not None and p.end is not None and p.start != p.end]
    ending = [p for p in spans if p.end == day and p.kind != "day"]
    if ending:
        return ending[0]
    at = text.find(value_text) if value_text else -1
    years = [p for p in periods if (p in spans and p.kind in ("year", "fiscal_year") and 11 <= (_months(p) or 0) <= 13
                                    or p.kind == "fiscal_year" and p.start is None and p.end is None
                                    and re.search(r"(?:19|20)\d\d", p.label))
             and not (at >= 0 and bracketed_comparative(text, p, at))]
    before = [p for p in years if at < 0 or p.end_idx <= at]
    if len(years) == 1 or before:
        return (before or years)[-1]
    if doc_period is not None and doc_period.end == day and doc_period.start != doc_period.end:
        return doc_period
    return period  # no span to put in its place: left as it is (an undated flow is taken for any period asked)


def plan_horizon(p, pos: int, end: int, value_starts, text: str) -> bool:
    """plan-own-horizon: whether period mention `p` is the horizon of the amount planned at
    [pos, end): it names a year or has dates, no other amount stands between them (in "Capital
    expenditure for the nine months was X, against a full-year plan of Y" the nine months are X's),
    and, after the amount, only a preposition leads to it ("of X in FY26", "of X over three years
    (2025-2027)"; not "of X for a new tower, due in 2027": the tower's date)."""
    if p is None or any(min(p.start_idx, pos) < x < max(p.start_idx, pos) for x in value_starts):
        return False
    if p.start is None and p.end is None and re.search(r"(?:19|20)\d\d|FY", p.label) is None:
        return False
    return p.start_idx < pos or _HORIZON_AFTER.match(text[end:p.start_idx]) is not None


# ---------------------------------------------------------------------------
# the period the document reports on, and dates that are no period of a figure
# ---------------------------------------------------------------------------

REPORT_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("results-lead", "the first dated quarter, half, closed range or fiscal year a lead sentence on results "
               "names (not after an expectation) is the period the article reports on",
               ("results for the <period>", "<period> revenue rose", "for the six months ended <date>"),
               ("Indian food-delivery feature: Eternal's results for the fourth quarter of fiscal 2025 (January to March 2025)",
                "broker note on a Japanese IT group: first-half fiscal 2025 results (six months ended September 30, 2025)")),
    PeriodRule("year-before-result", "a year written before a result measure in the lead ('its 2024 net profit fell') "
               "is the year the article reports on", ("<possessive> <year> net profit", "<possessive> <year> revenue"),
               ("Chinese telecom results story: said on Wednesday that its 2024 net profit attributable to shareholders fell",
                "broker note on a French electrical group: Schneider's 2024 revenue")),
    PeriodRule("weeks-to-date", "'the 52 weeks to <date>' is the retailer's year to that day (13 weeks: a quarter), "
               "as 'the nine months to <date>' is those months", ("<n> weeks to <date>", "<n> weeks ended <date>", "<n> months to <date>"),
               ("UK investor newsletter: full-year results for the 52 weeks to 1 December 2024",
                "memory maker's results story: for the three months to August 28, 2025")),
    PeriodRule("outlook-of-paragraph", "a sentence stating an expectation for a year dates the outlook figures of "
               "its paragraph that state no period", ("cut its full-year forecast for the fiscal year ending <date>",
                                                      "confirmed its <year> guidance"),
               ("Japanese equipment broker note: cut its full-year forecast for the fiscal year ending March 2026 (FY3/26) "
                "… Net sales guidance was lowered to …",
                "Swiss telecom results: confirmed its 2025 guidance of revenue … Capital expenditure is expected at around …")),
    PeriodRule("year-ended-paragraph", "a (fiscal) year stated by the day it ended ('for the fiscal year ended March 31, "
               "2025') dates the figures of its paragraph that state no period of their own: a full year the article "
               "reports next to its quarter wins over the quarter the document reports on",
               ("for the (full) fiscal year ended <date>", "for the year ended <date>"),
               ("Indian telecom wire story (probe11): For the full fiscal year ended March 31, 2025, consolidated revenue "
                "was … EBITDA was …, a margin of …",
                "Singapore telecom feature (probe11): For the fiscal year ended March 31, 2025 (FY25), … reported revenue … "
                "Group-wide, Singtel's underlying net profit rose 9% to …",
                "UK tech newsletter (probe11): filed its accounts for the year ended 31 December 2024 … The operating loss "
                "widened to …")),
    PeriodRule("inherited-reporting-period", "a figure of the article's company in a reporting clause (a result verb, "
               "'was', a list line under a results heading) whose sentence and carried context state no period takes "
               "the period the article reports on, marked as inherited (kg:periodInherited); never a plan, a rate, a "
               "figure of another company or a sentence dated otherwise",
               ("Group revenue was <value>, up 11%", "<segment> revenue grew 15% to <value>"),
               ("UK investor newsletter: Group revenue was £3.06 billion, up 11% (after 'full-year results for the 52 weeks to …')",
                "Chinese telecom results story: Research and development expenses were RMB24.04 billion (after 'its 2024 net profit')")),
)

STRAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("record-since", "'since <year>' after a superlative or 'the first …' says when a record was last set: "
               "no period of a figure nor of the report", ("lowest since <year>", "the first annual decline since <year>",
                                                           "worst session since <year>"),
               ("UK investor newsletter: the shares fell 17% to 276p, their lowest since 2011",
                "Chinese telecom results story: It was the first annual revenue decline since 2018",
                "Spanish telecom results story: its worst session since 2002")),
    PeriodRule("event-year", "the year of a one-off event in the company's history (founded, co-founded, listed, first "
               "signed) dates that event, never the period an article reports on nor a figure of another clause",
               ("founded <x> in <year>", "co-founded <x> in <year>", "listed in <year>", "first signed in <year>"),
               ("UK investor newsletter: Chief Executive …, who co-founded the business in 2000",
                "Chinese games results story: Chief executive …, who founded the company in 1997",
                "South-east Asian e-commerce story: …, who founded Sea in 2009 as Garena")),
    PeriodRule("fiscal-calendar-month", "the month a sentence says the fiscal year ends in states the company's calendar, "
               "never the period of a figure", ("fiscal year ends in <month>", "financial year ended in <month>"),
               ("US-Swiss peripherals feature (probe17 07_logitech_esports_sponsorship): since Logitech's fiscal year ends in "
                "March -- Gaming sales were $344 million",
                "US contract manufacturer TV transcript (probe19 04_jabil_tv_show_transcript): remember Jabil's fiscal year "
                "ends on August 31, so this morning's numbers close out fiscal 2025")),
    PeriodRule("acquired-year", "the year a business was bought, taken over or set up dates that event, never a figure of "
               "the sentence (a figure's period is its own clause's or the report's)",
               ("<x> bought it in <year>", "<x>, acquired in <year>", "<x>, set up in <year>"),
               ("Brazilian software feature (probe12 totvs_rdstation_feature): … when Totvs bought it in 2021 for about …",
                "Japanese results story (probe7 p7_03_hitachi_q2_fy2025): the … subsidiary Hitachi acquired in 2021 for about …",
                "US chipmaker profile (probe3 r07_broadcom): Infrastructure software is mostly VMware, acquired in 2023",
                "Indian results story (probe12 larsen_toubro_q1fy26): … Semiconductor Technologies, set up in 2023, plans to invest …")),
)

_YEAR_BEFORE_RESULT = plain(r"(?:19|20)\d\d\s+(?:(?:net|operating|adjusted|full[- ]year|annual|total|consolidated)\s+){0,2}"
                            r"(?:results|revenues?|sales|profits?|earnings|income|turnover)\b", re.I)
_RECORD_SINCE = plain(r"\b(?:lowest|highest|biggest|largest|smallest|worst|best|strongest|weakest|steepest|sharpest|"
                      r"deepest|fastest|slowest|first|most|least)\b[^.;:()]{0,60}\bsince\s*$", re.I)
_EVENT_VERB = plain(r"\b(?:(?:co-?)?founded|established|incorporated|listed|went\s+public|first\s+(?:signed|agreed|struck))\b"
                    r"[^.;:()]{0,50}\b(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?$"
                    # acquired-year: "when Totvs bought it in 2021", "VMware, acquired in 2023", "set up in 2023"
                    r"|\b(?:bought|acquired|purchased|took\s+over|set\s+up|spun\s+off)\s+(?:(?:it|them|the\s+\w+|[A-Z][\w&.-]*"
                    r"(?:\s+[A-Z][\w&.-]*){0,2})\s+)?in\s+(?:(?:early|late|mid-?)\s*)?$", re.I)


# a fiscal year named by its number ("Its revenue for the 2024 financial year, which matches the calendar year,
# was … Gross margin held at …", probe14 06_advantech_computex_keynote; "For the 2024 financial year (the
# calendar year), DCI reported revenue of … EBITDA was …", probe15 07_dci_indonesia_datacentre_feature): as
# "the year ended …" for the figures of its paragraph
_NAMED_FY = plain(r"(?:(?:19|20)\d\d\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year\s+(?:19|20)\d\d)", re.I)


def year_ended(p, text: str) -> bool:
    """year-ended-paragraph: whether mention `p` is a whole (fiscal) year stated by the day it ended
    ("the full fiscal year ended March 31, 2025", "the year ended 31 December 2024") in a sentence naming no
    quarter or half (not "the first half of the fiscal year ending March 2026", nor "results for its fiscal fourth
    quarter and fiscal year ended …": the quarter reported on keeps the paragraph) nor after an expectation."""
    return p.kind in ("year", "fiscal_year") \
        and (p.start is not None and p.end is not None and re.search(r"\bended\b", p.text) is not None
             and fiscal_year_reported(p, text)
             or _NAMED_FY.fullmatch(p.text) is not None and (p.end is not None or re.fullmatch(r"FY\d{4}", p.label) is not None)) \
        and not re.search(r"\b(?:quarters?|halfs?|halves|three\s+months|six\s+months)\b", text, re.I) \
        and not expectation_before(text, p)


def year_before_result(text: str, p) -> bool:
    """year-before-result: whether year mention `p` is written before a result measure ("its 2024 net profit")."""
    return p.kind == "year" and _YEAR_BEFORE_RESULT.match(text, p.start_idx) is not None


_CALENDAR_MONTH_BEFORE = plain(r"\b(?:fiscal|financial)\s+years?\s+(?:ends|ended|ending|closes|runs\s+to)\s+(?:in|on)\s+$", re.I)


def stray_date(text: str, p) -> str | None:
    """The STRAY_RULES rule by which mention `p` of `text` is no period of a figure, else None:
    record-since ("their lowest since 2011") or event-year ("who founded the company in 1997", and
    acquired-year: "when Totvs bought it in 2021": one pattern, _EVENT_VERB)."""
    if p.kind == "range" and p.end is None and re.match(r"since\b", p.text, re.I) \
            and _RECORD_SINCE.search(text[max(0, p.start_idx - 80):p.start_idx] + "since"):
        return "record-since"
    if p.kind == "month" and _CALENDAR_MONTH_BEFORE.search(text, 0, p.start_idx):
        return "fiscal-calendar-month"
    if p.kind in ("year", "month", "day", "range") and _EVENT_VERB.search(text[max(0, p.start_idx - 70):p.start_idx]
                                                                        if not re.match(r"since\b", p.text, re.I)
                                                                        else text[max(0, p.start_idx - 70):p.start_idx] + "since"):
        return "event-year"
    return None


def yearless_part(p) -> bool:
    """"Q2" with no year (a headline's "Airtel Q2 results"): its dates are a calendar guess until
    the lead dates it."""
    return p.kind in ("quarter", "half") and re.fullmatch(r"\s*[QH][1-4]\s*", p.text) is not None


YEARLESS_RULE = PeriodRule(
    "yearless-part-of-report", "a quarter, half or 'N months to <month>' with no year, in an article whose period "
    "reported on is dated and ends in the same month, is that period's part of the same year ('for the third "
    "quarter' of a Q3 2025 article: Q3 2025; 'for the nine months to September': January to September 2025)",
    ("for the third quarter", "for the nine months to <month>"),
    ("live blog on a software exporter's results (probe17): consolidated revenue of … for the third quarter, up 17.6%",
     "live blog (probe17): For the nine months to September, revenue was …",
     "telecom results (probe9 g06) / internet group results (dev d01): 'For the nine months to September', "
     "'Revenue for the three months to June' (dated there by the article's own date)"))
PART_OF_YEAR_RULE = PeriodRule(
    "part-of-reported-year", "a quarter or half with no year ('Q4', 'fourth-quarter') in an article whose period "
    "reported on is a whole (fiscal) year is that year's part, never the whole year inherited",
    ("Q4 <measure> <value>", "fourth-quarter <measure> came in at <value>"),
    ("investor forum post on a Taiwanese switch maker's FY2024 results (probe18 accton_forum_post): - Q4 operating margin 11.6%",
     "US TV transcript on a contract manufacturer closing fiscal 2025 (probe19 04_jabil_tv_show_transcript): "
     "Fourth-quarter revenue came in at $8.3 billion"))
PART_OF_YEAR_TO_DATE_RULE = PeriodRule(
    "part-of-year-to-date", "a quarter or half with no year ('the third quarter on its own', 'Third-quarter revenue "
    "alone', 'Q2 alone') in an article whose period reported on is the first six or nine months of its year is that "
    "span's part (counted from the span's start), never the cumulative span inherited",
    ("Revenue for the third quarter on its own … was <value>", "Third-quarter revenue alone was <value>"),
    ("Turkish KAP disclosure on nine months (probe31 01_indeks_kap_disclosure): Revenue for the third quarter on its "
     "own (01.07.2026–30.09.2026) was 14.902,3 million TL",
     "German quarterly statement on nine months (kindcheck31 focus 03_korbinger_quartalsmitteilung): Third-quarter "
     "revenue alone was €148.9 million"))
_CUMULATIVE_LABEL = plain(r"H1\b|\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$|9M\b")


def _part_of_year_to_date(part: re.Match, doc_period):
    """part-of-year-to-date: quarter or half `part` ("Q3") of a report on the first six or nine months of a
    year (doc_period "2026-01-01/2026-09-30", "H1 2026"), when it ends within that span; else None."""
    months = _months(doc_period)
    size, n = (3 if part[1] == "Q" else 6), int(part[2])
    if months not in (6, 9) or size * n > months or _CUMULATIVE_LABEL.match(doc_period.label or "") is None:
        return None
    start = _add_months(date(doc_period.start.year, doc_period.start.month, 1), size * (n - 1))
    last = _add_months(start, size - 1)
    end = _month_end(last.year, last.month)
    fy = re.search(r"\bFY(\d{4})$", doc_period.label)
    label = f"{part[1]}{part[2]} FY{fy[1]}" if fy else (f"{part[1]}{part[2]} {start.year}" if doc_period.start.month == 1
                                                         else f"{start.isoformat()}/{end.isoformat()}")
    return type(doc_period)(start=start, end=end, label=label)


_N_MONTHS_TO = plain(r"(?P<n>three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?(?P<m>[a-z]+)$", re.I)
_N_WORD = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def date_yearless(p, doc_period):
    """yearless-part-of-report: the dated period a yearless mention `p` names in an article on
    `doc_period` (a records.Period with dates), or None."""
    if p is None or p.start is not None or p.end is not None or doc_period is None \
            or doc_period.start is None or doc_period.end is None:
        return None
    if re.fullmatch(r"[QH][1-4]", p.label or "") and doc_period.label.split()[:1] == [p.label]:
        return doc_period
    part = re.fullmatch(r"([QH])([1-4])", p.label or "")
    if part is not None and 11 <= _months(doc_period) <= 13 and (part[1] == "Q" or int(part[2]) <= 2):
        # PART_OF_YEAR_RULE: "Q4 operating margin 11.6%" in a post on the year 2024: that year's Q4
        size = 3 if part[1] == "Q" else 6
        start = _add_months(date(doc_period.start.year, doc_period.start.month, 1), size * (int(part[2]) - 1))
        last = _add_months(start, size - 1)
        end = _month_end(last.year, last.month)
        fy = re.fullmatch(r"FY(\d{4})", doc_period.label)
        label = f"{part[1]}{part[2]} FY{fy[1]}" if fy else (f"{part[1]}{part[2]} {start.year}" if start.month in (1, 4, 7, 10) and not
                                                             (part[1] == "H" and start.month not in (1, 7)) else f"{start.isoformat()}/{end.isoformat()}")
        return type(doc_period)(start=start, end=end, label=label)
    if part is not None and (cum := _part_of_year_to_date(part, doc_period)) is not None:
        return cum
    if (nm := re.fullmatch(r"([369])M", p.label or "")) is not None:
        return _months_of_report(int(nm[1]), doc_period)
    m = _N_MONTHS_TO.fullmatch(" ".join(getattr(p, "text", p.label).split()))
    if m is None:
        return None
    try:
        month = v._month_num(m.group("m"))
    except (ValueError, KeyError):
        return None
    if month != doc_period.end.month:
        return None
    end = doc_period.end
    start = _add_months(date(end.year, end.month, 1), 1 - _N_WORD[m.group("n").lower()])
    return type(doc_period)(start=start, end=end, label=f"{start.isoformat()}/{end.isoformat()}")


def _months_of_report(n: int, doc_period):
    """months-yearless (values._P_MONTHS_YEARLESS): "the first nine months" of an article on a dated
    period: the first n months of the year it reports on, when that period says where its year
    starts — a whole year (its first n months), a period of n months (itself), or a quarter or half
    "Q3 2025" / "H1 FY2026" that closes the n months (its year's start is n months before its end).
    Else None: the mention stays undated."""
    months = _months(doc_period)
    if months is None:
        return None
    if 11 <= months <= 13:
        start = doc_period.start
        last = _add_months(date(start.year, start.month, 1), n - 1)
        end = _month_end(last.year, last.month)
    elif months == n:
        start, end = doc_period.start, doc_period.end
    else:
        part = re.match(r"([QH])([1-4])\b", doc_period.label or "")
        if part is None or (3 if part[1] == "Q" else 6) * int(part[2]) != n or months != (3 if part[1] == "Q" else 6):
            return None
        end = doc_period.end
        start = _add_months(date(end.year, end.month, 1), 1 - n)
    return type(doc_period)(start=start, end=end, label=f"{start.isoformat()}/{end.isoformat()}")


# ---------------------------------------------------------------------------
# the article's date when its dateline gives no year
# ---------------------------------------------------------------------------

DATELINE_RULE = PeriodRule(
    "dateline-without-year", "a wire dateline with month and day only ('MUMBAI, Oct 23 (Wire) -') takes the year of the "
    "same day written in full elsewhere, else the first such day after the latest quarter or half the article "
    "dates with a year", ("<CITY>, <Mon> <day> (<agency>) -",),
    ("Indian IT wire story: MUMBAI, Oct 23 (Wire) - … the quarter ended September 30, 2025",
     "chipmaker wire story: MUNICH, Nov 12 (Wire) - … the three months ended September 30, 2025",
     "cloud company newswire: AMSTERDAM, November 11 (Newswire) - … third-quarter 2025",
     "Australian telecom wire story: SYDNEY, Sept 2 (Wire) - … the financial year ended June 30, 2025"))
_DATELINE_NO_YEAR = plain(
    rf"^[A-Z][A-Za-z .'-]{{1,30}},\s+{_MONTH}\s+(?P<d>[0-3]?\d)\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:-{{1,2}}|—|–)\s")


def dateline_without_year(text: str) -> date | None:
    """dateline-without-year: the date of a dateline naming month and day only."""
    lines = [x.strip().strip("*_#> ").strip() for x in text.split("\n") if x.strip()][:8]
    m = next((m for m in map(_DATELINE_NO_YEAR.match, lines) if m), None)
    if m is None:
        return None
    month, day = v._month_num(m["m"]), int(m["d"])
    found = v.find_periods(text, None)
    same = [p.end for p in found if p.kind == "day" and p.end is not None and (p.end.month, p.end.day) == (month, day)]
    if same:
        return same[0]
    ends = [p.end for p in found if p.end is not None and re.search(r"(?:19|20)\d\d", p.text) and (
        p.kind in ("quarter", "half", "range")
        or (p.kind in ("year", "fiscal_year") and re.search(r"\b(?:ended|to|through)\b", p.text)))]
    if not ends:
        return None
    last = max(ends)
    try:
        d = date(last.year, month, day)
        return d if d > last else date(last.year + 1, month, day)
    except ValueError:
        return None


YEARLESS_FISCAL_QUARTER_RULE = PeriodRule(
    "yearless-fiscal-quarter", "an outlook for a fiscal quarter named without its year ('guided the first fiscal "
    "quarter to …', 'for its fiscal third quarter') is that quarter of the fiscal year its paragraph names (the "
    "full-year outlook or the fiscal quarter just reported): Q1 FY2026 after 'guided fiscal 2026 revenue', Q3 FY2026 "
    "after 'for the second quarter of fiscal 2026' — never the fiscal year itself",
    ("<ordinal> fiscal quarter", "fiscal <ordinal> quarter"),
    ("probe19 04_jabil_tv_show_transcript: 'guided fiscal 2026 revenue to approximately … They also guided the first "
     "fiscal quarter … to revenue of …'",
     "probe p01_nvidia: 'For the second quarter of fiscal 2026, … The company guided to revenue of about … for its "
     "fiscal third quarter.'",
     "probe9 g02_accenture_fy25q3: 'For the full fiscal year ending August 31, 2025, … For the fiscal fourth quarter it "
     "expects revenue of …'"))
YEARLESS_FISCAL_Q = plain(r"fiscal Q([1-4])")
_FY_OF_LABEL = plain(r"(?:^|\s)FY((?:19|20)\d\d)$")


def paragraph_fiscal_year(labels) -> str | None:
    """yearless-fiscal-quarter: the fiscal year ("2026") the first of `labels` naming one gives (the
    paragraph's outlook year, then its period: "FY2026", "Q2 FY2026"), or None."""
    for label in labels:
        m = _FY_OF_LABEL.search(label or "")
        if m is not None:
            return m.group(1)
    return None


# present-state-share: a share stated as what something already / now / currently accounts for, represents or
# makes up is the state at the time of writing, not a figure of the half or quarter an earlier sentence of its
# paragraph named ("Demand started to recover in the second half of the year. … AI applications already account
# for about 18% of sales", probe24 06_kyocera_agm_qa; "Nokia says AI and cloud customers now account for about 6%
# of its net sales", probe5 03_nokia_q3_2025; "Armv9 now accounts for roughly 30% of royalty revenue", probe6
# p6_03_arm_analyst_note)
PRESENT_STATE_RULE = PeriodRule(
    "present-state-share",
    "a share that something already/now/currently accounts for, represents or makes up, or a count it now has, "
    "employs or operates, is the present state: it takes no period from an earlier sentence of its paragraph nor "
    "a deadline ('by fiscal 2028') its sentence gives a target",
    ("already account for", "now accounts for", "now represents", "now makes up"),
    ("probe24 06_kyocera_agm_qa: AI and data-centre applications already account for about 18% of Core Components "
     "sales revenue", "probe5 03_nokia_q3_2025: AI and cloud customers now account for about 6% of its net sales",
     "probe26 08b_eplus_news_feb2026: services to reach 40% of gross profit by fiscal 2028, and the AI centre of "
     "excellence now has 118 certified engineers", "probe20 02_mastek: Mastek AI Fabric, now has 43 generative-AI projects"))
_PRESENT_STATE = plain(r"\b(?:already|now|currently|today)\s+(?:accounts?\s+for|represents?|makes?\s+up|comprises?|contributes?|"
                       r"has|have|employs?|operates?|counts?)\b", re.I)


def present_state(text: str) -> bool:
    """present-state-share: whether sentence `text` states a share as the present state."""
    return ("now" in text or "already" in text or "current" in text or "today" in text) and _PRESENT_STATE.search(text) is not None


_PRESENT_STATE_BEFORE = plain(r"\b(?:already|now|currently|today)\s+(?:accounts?\s+for|represents?|makes?\s+up|comprises?|contributes?|"
                              r"has|have|employs?|operates?|counts?)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|approximately)\s+)?[*_]*$", re.I)


def undate_present_shares(text: str, facts: list, paragraph=None) -> list:
    """present-state-share: `facts` with each Observation whose value the present-state verb governs
    ("already account for about 18% of …") and whose period is only inherited, or the `paragraph`'s
    period an earlier sentence named, left undated."""
    if not present_state(text):
        return facts
    out = []
    for f in facts:
        if getattr(f, "kind", None) == "observation" and f.value_text and f.period is not None \
                and (f.period.inherited or f.period.same_as(paragraph) or f.period.start is None and f.period.end is not None):
            # (a deadline, "… 40% of gross profit by fiscal 2028, and the centre now has 118 engineers": the target's)
            at = text.find(f.value_text)
            if at >= 0 and text.find(f.value_text, at + 1) < 0 and _PRESENT_STATE_BEFORE.search(text, max(0, at - 60), at):
                f = f.model_copy(update={"period": None})
        out.append(f)
    return out


REPORT_DAY_RULE = PeriodRule(
    "report-day", "a weekday after 'on' in a results sentence ('reported second-quarter revenue of … on Thursday, up "
    "6.9% from a year earlier') is the day the figures were reported: it dates no figure of its sentence (a figure "
    "keeps the period its clause or the article names; a share price is still dated by its day, market-day)",
    ("reported <period> <measure> of <value> on <weekday>, up <n>%",),
    ("probe23 08a_magyartelekom_news_q2: reported second-quarter 2026 revenue of HUF 298.4 billion on Thursday, "
     "up 6.9% from a year earlier",
     "probe27 08a_plexus_q2news: reported fiscal second-quarter revenue of $1.06 billion on Wednesday, up 8% from "
     "a year earlier"))


LIST_LINE_KEEPS_LEAD = PeriodRule(
    "list-line-keeps-lead", "a list line is no heading: a line of a dated list that names a period of its own "
    "(the period compared with, a bracketed year) dates its own figures at most, never the lines after it, which "
    "stay dated by the list's lead line (pipeline._list_period)",
    ("<period> highlights: / * <measure> of <value>, compared with <value> in <period>",
     "<period heading> / • <measure> <value> over 4 years (<value> in <year>)"),
    ("probe27 05_ceragon_6k: Second quarter 2026 highlights: / * Revenue of $101.4 million, compared with $98.7 "
     "million in Q2 2025, up 2.7% / * GAAP gross margin of 34.6% … (all dated Q2 2025 before)",
     "focusset23 held/24_telekomsrbija_slides: Strategy 2027–2030 / • Group capex EUR 1.5 bn over 4 years (EUR 380 m "
     "in 2027) (the EUR 1.5 bn dated 2027 before)",
     "probe18 accton_forum_post: - FY2024 net income NT$14.9bn, EPS NT$26.61 / - Proposed cash dividend NT$18 per share"))
