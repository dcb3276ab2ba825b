"""Whether a row's period answers the period a question asks: its dates overlap the asked
period without being much longer (a full-year figure does not answer a quarter, a quarter does
hold a month asked); a period given by its label only ("Q4", "fiscal Q3", "three months to
September 30") by its quarter, half or closing month. Pure functions of rows and the periods
read from the question (question._question_periods)."""
from __future__ import annotations

import re
from datetime import date
from typing import Mapping

from .question import period_text
from .wording import _date, _s
from .pattern_cache import plain


def undated(row: dict) -> bool:
    return not any(k in row for k in ("periodStart", "periodEnd", "periodLabel"))


def _overlaps(row: dict, periods) -> bool:
    """Whether the row's dated period overlaps one of `periods` without being much longer than
    it: a full-year figure does not answer a question about one of its quarters."""
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s is None and e is None:
        return False
    s = s or e
    e = e or s
    for p in periods:
        ps, pe = p.start or p.end, p.end or p.start
        if s <= pe and ps <= e and not _wider(s, e, ps, pe) and not _narrower(s, e, ps, pe):
            return True
    return False


WIDER = 1.5   # a row period this many times as long as the asked one, and holding it, is another period


POINT_DAYS = 31   # a month or a day asked ("at the end of September") is a point in any period holding it


def _wider(s, e, ps, pe) -> bool:
    asked = (pe - ps).days + 1
    return asked > POINT_DAYS and s <= ps and pe <= e and (e - s).days + 1 > WIDER * asked


# narrower-part: a part of a year asked that is longer than a quarter ("the six months ended
# September 30, 2026", "the first nine months of 2025") is not answered by a figure of a quarter
# or a month inside it: that is another, shorter period, as a year is for a quarter asked
# (_wider). A point (a day, or a month asked of a quarter) is untouched, and a whole year asked is
# left to asked_span (a stock's level is dated by any quarter of it). Seen: kindcheck28 periods
# 02_nilgiri_6k (net income of the six months answered with the second quarter's beside it),
# kindcheck28 periods 01_hoshizora_9m (nine-month and October-December figures side by side),
# probe21 08_nemetschek_data_appendix (Q3 2025 and 9M 2025 figures side by side).
NARROWER = {"name": "narrower-part", "asked_months": (5, 10)}


def _narrower(s, e, ps, pe) -> bool:
    lo, hi = NARROWER["asked_months"]
    if (e - s).days + 1 <= POINT_DAYS or not lo <= _months(ps, pe) <= hi:
        return False
    return ps <= s and e <= pe and WIDER * ((e - s).days + 1) < (pe - ps).days + 1


# a period named by its label only (no dates): "Q4", "fiscal Q3", "three months to september 30"
_PART = plain(r"\b([qh][1-4])\b")
_PART_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART_SPELT = plain(r"\b(first|second|third|fourth)\s+(?:fiscal\s+)?(quarter|half)\b")
_YEAR = plain(r"\b(?:19|20)\d\d\b")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def label_parts(label: str) -> set[str]:
    low = label.lower()
    parts = set(_PART.findall(low))
    parts |= {("q" if m.group(2) == "quarter" else "h") + str(_PART_WORDS[m.group(1)]) for m in _PART_SPELT.finditer(low)}
    return parts


_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


def _months(start, end) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _period_parts(label: str, start, end) -> set[str]:
    """The quarter or half a period is ("q3", "h1"), from its label or its dates."""
    parts = label_parts(label or "")
    if not parts and start and end:
        months = _months(start, end)
        if months == 3 and start.month % 3 == 1:
            parts.add(f"q{(end.month - 1) // 3 + 1}")
        elif months == 6 and start.month in (1, 7):
            parts.add(f"h{1 if start.month == 1 else 2}")
    return parts


def label_fits(label: str, periods) -> bool:
    """Whether a period given by its label only fits one of the periods a question names: the
    same quarter or half ("Q4" for "the fourth quarter of 2025"), or a label ending in the month
    the asked period ends ("three months to September 30" for Q3 2025). A year the label names
    must be the asked period's."""
    low = label.lower()
    if not low or re.search(r"\bfy", low):
        return False   # a fiscal period of unknown calendar dates
    for p in periods:
        if p.end is None:
            continue
        years = {int(y) for y in _YEAR.findall(low)}
        if years and p.end.year not in years:
            continue
        parts = label_parts(low)
        if parts:
            if parts & _period_parts(getattr(p, "label", ""), p.start, p.end):
                return True
            continue
        said = [w[:3] for w in re.findall(r"[a-z]+", low) if w[:3] in _MONTHS]
        span = re.search(r"\b(three|six|nine|twelve)\s+months\b", low)
        if span and p.start and _SPAN_MONTHS[span.group(1)] != _months(p.start, p.end):
            continue
        if said and said[-1] == _MONTHS[p.end.month - 1]:
            return True
    return False


def undated_labels(question: str) -> list[str]:
    """The labels of the periods a question names without dates ("Q4 FY2026", "FY2024-25")."""
    from .extract import values as v
    try:
        return [p.label or "" for p in v.find_periods(period_text(question), None) if not (p.start or p.end)]
    except Exception:
        return []


def fiscal_parts(question: str) -> set[str]:
    """The quarters or halves of the periods a question names without dates (fiscal ones)."""
    from .extract import values as v
    try:
        found = v.find_periods(period_text(question), None)
    except Exception:
        return set()
    return set().union(*(label_parts(p.label or "") for p in found if not (p.start or p.end)))


def other_fiscal_year(question: str, row: dict) -> bool:
    """Whether the question names whole fiscal years without dates ("FY2024-25", "fiscal 2025")
    and the row's period is a whole fiscal year labelled ("FY2024") that is none of them:
    the company's other year, not the one asked ("revenue for FY2024-25" when only FY2023-24's
    was given). Seen: probe18 05 sarvam_committee_hearing (last year's revenue given, this year's
    declined) and probe18 02 ibiden_investor_day_slides (FY2023 in brackets beside FY2024).
    Both labels are read by label_fiscal_year (the one fiscal-label pattern)."""
    row_year = label_fiscal_year(_s(row, "periodLabel"))
    if row_year is None:
        return False
    found = undated_labels(question)
    asked = [y for y in map(label_fiscal_year, found) if y is not None]
    return bool(asked) and len(asked) == len(found) and row_year not in asked


def fiscal_label(row: dict) -> bool:
    return bool(re.search(r"\bfiscal\b|\bfy", _s(row, "periodLabel").lower()))


# A whole fiscal year is the year it ends in ("fiscal 2024" ended June 30, 2024 is the company's
# 2024): a year asked ("revenue in 2024") is answered by the fiscal year of that year, and a
# fiscal year asked ("fiscal year 2024", "FY2024") by the whole-year row of that year. With its
# dates known the end decides; by its label only, the year the label names ("FY2024", "FY24",
# "fiscal 2024"; "FY2024-25" and "2024/25" end in their second year). Seen: probe19 02
# veon_20f_thread (a table's "FY2024" columns asked "in 2024"), probe18 02
# ibiden_investor_day_slides (FY2024 beside FY2023), probe18 05 sarvam_committee_hearing (FY2024-25).
_FISCAL_YEAR_LABEL = plain(r"^\s*(?:fy\s?|fiscal\s+(?:year\s+)?)(?P<y>(?:19|20)?\d\d)"
                           r"(?:\s*[-/]\s*(?P<y2>(?:19|20)?\d\d))?\s*$", re.I)


def _full_year(y: str, before: int | None = None) -> int:
    if len(y) == 4:
        return int(y)
    century = (before // 100 * 100) if before else 2000
    year = century + int(y)
    return year + 100 if before and year < before else year


def fiscal_year_of(row: dict) -> int | None:
    """The year a whole-year row is of (its fiscal year's end year), or None when the row is no
    whole year or names none."""
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s and e:
        return e.year if 11 <= _months(s, e) <= 13 else None
    if s or e:
        return None
    return label_fiscal_year(_s(row, "periodLabel"))


def label_fiscal_year(label: str) -> int | None:
    """The year a whole-fiscal-year label names ("FY2024", "FY24", "fiscal 2024": 2024;
    "FY2024-25": 2025), else None (a quarter's, a calendar label)."""
    m = _FISCAL_YEAR_LABEL.match(label)
    if m is None:
        return None
    first = _full_year(m.group("y"))
    return _full_year(m.group("y2"), first) if m.group("y2") else first


def _calendar_year(p) -> int | None:
    """The year a question's period is when it is a whole calendar year ("in 2024"), else None."""
    if p.start and p.end and p.start.year == p.end.year and (p.start.month, p.start.day) == (1, 1) \
            and (p.end.month, p.end.day) == (12, 31):
        return p.end.year
    return None


def year_fits(row: dict, year: int) -> bool:
    """Whether a row is the whole (fiscal) year `year` asked (fiscal_year_of)."""
    return fiscal_year_of(row) == year


def in_period(row: dict, periods, published: Mapping[str, date] | None = None) -> bool:
    """A row of a dated period (dates, else its label) that answers a question naming `periods`;
    `published` ({document: date}) places a fiscal label of unknown dates (reported_fits). A
    whole year asked is answered by the fiscal year ending in it (fiscal_year_of), not by the
    one before it that overlaps it."""
    years = [_calendar_year(p) for p in periods]
    if periods and all(years) and fiscal_year_of(row) is not None:
        return fiscal_year_of(row) in years
    if row.get("periodStart") or row.get("periodEnd"):
        return _overlaps(row, periods)
    # a fiscal year asked by its end ("the fiscal year ended 30 June 2025") and a whole-year row
    # known by its label only ("FY2025"): the fiscal year ending in that year is the one asked
    if (fy := fiscal_year_of(row)) is not None and any(
            p.start and p.end and 11 <= _months(p.start, p.end) <= 13 and p.end.year == fy for p in periods):
        return True
    label = _s(row, "periodLabel")
    return label_fits(label, periods) or bool(published) and reported_fits(
        label, published.get(_s(row, "doc")), periods, _s(row, "measure") + " " + _s(row, "predicate"))


# A measure that names its quarter by an ordinal ("fourth-quarter revenue outlook", "second-quarter
# operating profit"): an undated row of it is of that quarter. Seen: probe16
# 02_tower_semiconductor_preview_and_results ("fourth-quarter revenue outlook", undated), probe6
# p6_05_kakao ("second-quarter operating profit").
MEASURE_QUARTER = {
    "name": "measure-quarter",
    "pattern": plain(r"\b(first|second|third|fourth)[- ]quarter\b", re.I),
    "quarters": {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4"},
    "examples": ("fourth-quarter revenue outlook", "second quarter operating profit"),
}


def measure_quarter(row: dict) -> str | None:
    """The quarter ("q1" … "q4") a row's measure names by its ordinal, or None (pure)."""
    m = MEASURE_QUARTER["pattern"].search(_s(row, "measure"))
    return MEASURE_QUARTER["quarters"][m.group(1).lower()] if m else None


def quarter_of(p) -> str | None:
    """The calendar quarter ("q1" … "q4") a period of three months asked is, or None (pure)."""
    if p.start is None or p.end is None or _months(p.start, p.end) != 3 or p.start.month % 3 != 1:
        return None
    return f"q{(p.start.month - 1) // 3 + 1}"


# A results report is published weeks after the period it reports: a fiscal quarter or half
# named without dates ("Q2 FY2026", "fiscal Q4") in a report dated D is read as the period of
# that length that ended within REPORTED_WITHIN days before D (HCLTech's "quarter ended September
# 30" reported October 13; Qualcomm's fiscal Q4 ended September 28 reported November 5). An
# outlook is of a period to come, never the one just reported.
REPORTED_WITHIN = 100
_LENGTH = {"q": (3,), "h": (6,)}
OUTLOOK = plain(r"outlook|guid|forecast|expect|target", re.I)


# A period asked by its end and length ("the quarter ended March 28, 2026": 13 weeks, December 29
# to March 28) is counted in months by its days, not its calendar months (which would count four:
# December to March): a 52/53-week company's quarter is three months. Seen: probe27 08a/08b
# (Plexus, quarters ended March 28 and June 27), probe23 06 (Semtech, October 25), probe11 02
# (Lattice, June 28), probe8 f01 (Dell, August 1).
def _weeks_months(start, end) -> int:
    return round(((end - start).days + 1) / 30.44)


def reported_fits(label: str, published: date | None, periods, what: str = "") -> bool:
    """Whether a period known by its fiscal label only, in a document published on
    `published`, is one of `periods` (the calendar periods a question names)."""
    low = label.lower()
    parts = label_parts(low)
    if published is None or len(parts) != 1 or OUTLOOK.search(what):
        return False
    if _YEAR.search(low) and not re.search(r"\bfiscal\b|\bfy", low):
        return False   # a calendar label ("Q3 2025") is matched by label_fits
    months = _LENGTH[next(iter(parts))[0]]
    for p in periods:
        if p.start is None or p.end is None:
            continue
        if _weeks_months(p.start, p.end) in months and p.end < published and (published - p.end).days <= REPORTED_WITHIN:
            return True
    return False


def part_of_year(row: dict) -> bool:
    """Whether a row's period is a quarter, a half or a few months (dates shorter than eleven
    months, else a label naming a quarter or half), not a year."""
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s and e:
        return _months(s, e) < 11
    return bool(label_parts(_s(row, "periodLabel")))


# A trailing year asked ("trailing-twelve-month operating profit as of September", "revenue over
# the last twelve months to September 30", "LTM EBITDA"): a row of the twelve months to the date
# asked (dates of eleven months or more, or a measure that says so), not the half or quarter that
# ends on that date too. Seen: kindcheck32/periods k32-periods-q08 (03_kiritsubo_h1_news, "Over the
# trailing twelve months to September, operating profit reached …" beside the half's), kindcheck30/
# periods k30-periods-q06 (02_tarnwick_q2_fy2027, "trailing-twelve-month revenue" beside the quarter's).
TRAILING_YEAR = {
    "name": "trailing-year-asked",
    "asked": plain(r"\b(?:trailing|last|past|rolling|latest)[\s-]+(?:twelve|12)[\s-]+months?\b|\b(?:ttm|ltm)\b"),
    "measure": plain(r"\btrailing\b|\bttm\b|\bltm\b|\b(?:twelve|12)[\s-]+months?\b"),
    "examples": ("What was Norvik's trailing-twelve-month operating profit as of June 2026?", "Norvik LTM EBITDA?"),
}


def trailing_year(row: dict) -> bool:
    """Whether a row is of a trailing year (TRAILING_YEAR): its measure says so, or its dates span
    eleven months or more (pure)."""
    if TRAILING_YEAR["measure"].search(_s(row, "measure")):
        return True
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    return bool(s and e and _months(s, e) >= 11)


_YEAR_LABEL = plain(r"^\s*(?:fy\s?\d{2,4}|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d|(?:fiscal\s+)?(?:19|20)\d\d\s*/\s*\d{2,4}|full[-\s]year\b.*)\s*$", re.I)


def whole_year(row: dict) -> bool:
    """Whether a row's period is a whole year (dates of eleven months or more, else a label
    naming only a year: "FY2025", "2024", "fiscal 2025"), not a quarter, a half or a span of months."""
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s and e:
        return _months(s, e) >= 11
    return bool(_YEAR_LABEL.match(_s(row, "periodLabel")))



# A fiscal quarter or half asked by its label only ("Q4 of fiscal 2026", "H1 FY25") has no dates,
# but it can only end in a window: fiscal year Y ends between January of Y (named by the year it
# ends in) and December of Y+1 (named by the year it starts in: "FY2025 (ending March 2026)"),
# and its k-th quarter ends (4-k) quarters before the year's end. A dated row ending outside that
# window is another period, whatever the company's calendar: the fourth quarter of fiscal 2026 is
# never the quarter to September 2025. Seen: probe26 p26-08-q10 (08_eplus: "Q4 of fiscal 2026"
# answered with the quarter to September 2025); fiscal quarters asked by label in probe10
# (p10-07-q02 "Q4 FY25"), probe11 (p11-02-q03 "Q2 fiscal 2025") and probe12 (p12-08-q01 "Q1 FY26"),
# each of which the window holds; a rule of the calendar, not of a phrasing.
FISCAL_WINDOW = {
    "name": "fiscal-part-window",
    "examples": ("What were Keel's net sales in Q4 of fiscal 2026?", "Norvik's H1 FY25 revenue?"),
}


def fiscal_window(label: str) -> tuple[date, date] | None:
    """The first and last month-end a fiscal quarter or half labelled `label` ("Q4 FY2026",
    "H1 FY2025") can end on (FISCAL_WINDOW), or None for another label (pure)."""
    m = re.match(r"^\s*([qh])([1-4])\s+fy\s?((?:19|20)?\d\d)\s*$", label.lower())
    if m is None:
        return None
    kind, n, year = m.group(1), int(m.group(2)), _full_year(m.group(3))
    if kind == "h" and n > 2:
        return None
    before = (4 - n) * 3 if kind == "q" else (2 - n) * 6   # months from the part's end to the year's end
    first, last = year * 12 + 0 - before, (year + 1) * 12 + 11 - before   # January of Y, December of Y+1 (months since year 0)
    return date(first // 12, first % 12 + 1, 1), date(last // 12, last % 12 + 1, 28)


def outside_fiscal_window(row: dict, question: str) -> bool:
    """Whether the row is dated and cannot be any fiscal quarter or half the question names by
    its label only: it ends outside the part's window (fiscal_window), or it spans more months
    than the part (FISCAL_PART_LENGTH), or its own label names the same part of another fiscal
    year. False when the question names none, and when the row's own label names the quarter or
    half asked in the year asked or in none (the label agrees with the question: its dates, read
    from a calendar the text did not give, may be the ones that are wrong) (pure)."""
    e = _date(row.get("periodEnd"))
    if e is None:
        return False
    found = undated_labels(question)
    if label_parts(_s(row, "periodLabel")) & fiscal_parts(question):
        own = _ROW_FY.search(_s(row, "periodLabel"))
        asked = {y for y in (_label_fy(f) for f in found) if y is not None}
        return bool(own and asked) and _full_year(own.group(1)) not in asked   # "Q2 FY2026" for "Q2 FY27"
    windows = [w for w in map(fiscal_window, found) if w is not None]
    if not windows or len(windows) != len(found):
        return False
    s = _date(row.get("periodStart"))
    if s is not None and s != e and all(_months(s, e) > FISCAL_PART_LENGTH[f.lower().lstrip()[0]] + 1 for f in found):
        return True   # (fiscal-part-length: the six months to September are no "Q2 FY27")
    return not any(a.replace(day=1) <= e.replace(day=1) <= b.replace(day=1) for a, b in windows)


# fiscal-part-length: a fiscal quarter asked by its label is three months, a half six, whatever
# the company's calendar: a dated row of more months (a half, nine months, a year) is another
# period. Seen: kindcheck28 periods 02_nilgiri_6k ("Q2 FY27" answered with the six months ended
# September 30, 2026 beside the quarter), probe26 08_eplus ("Q4 of fiscal 2026"), a rule of the
# calendar, not of a phrasing.
FISCAL_PART_LENGTH = {"q": 3, "h": 6}
_ROW_FY = plain(r"\bFY\s?((?:19|20)?\d\d)\b", re.I)


def _label_fy(label: str) -> int | None:
    m = _ROW_FY.search(label)
    return _full_year(m.group(1)) if m else None


# A document cannot report a figure of a period that had not begun when it was published: a
# claim dated after its document's date is a forecast or a misread date, not the reported figure
# a past-tense question asks ("What were X's net sales in Q4 of fiscal 2026?" is not answered by a
# sentence of a February 2026 story read as April-June 2026). Seen: probe26 08b_eplus_news_feb2026
# ("up from $608.8 million in the second quarter" dated calendar Q2 2026); a rule of time order,
# not of a phrasing.
NOT_YET_BEGUN = {
    "name": "period-after-publication",
    "examples": ("What was Keel's revenue in Q4 of fiscal 2026?",),
}


def begun_after(row: dict, published) -> bool:
    """Whether the row's period starts after its document's publication date (NOT_YET_BEGUN);
    False when either is unknown (pure)."""
    s = _date(row.get("periodStart"))
    if s is None or not published:
        return False
    when = published.get(_s(row, "doc"))
    return when is not None and s > when


# A split year asked ("the full financial year 2025/26", "Q3 2025/26", "the first nine months of its 2025/26
# financial year") names a fiscal year ending in its second year, whatever the company's calendar: a row
# answers when its dates span the part asked (three, six, nine or twelve months) and end where that part of
# a fiscal year ending in that year can end, or, undated, its label names that part of that year; a whole
# year needs a row labelled as a fiscal year (a trailing twelve months ending in the same year is another
# period). Seen: kindcheck35/periods k35-periods-q05 and q09 (02_vinterberg, fiscal year 1 October - 30
# September: the nine months and the full year 2025/26 asked beside the quarter, the nine months and the
# trailing twelve months), kindcheck34/actions (03_hvidbjerg: "its completed 2025/26 programme"), probe26
# (06_dustin: "net profit for 2024/25"); the extractor's reading of the same labels is
# extract/periods.py split-year-part.
SPLIT_YEAR_ASKED = {
    "name": "split-year-asked",
    "part_before": plain(r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth)\s+(?P<unit>quarter|half)|first\s+(?P<n>three|six|nine)\s+months)"
                         r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:fiscal\s+|financial\s+)?(?:year\s+)?$", re.I),
    "examples": ("What EBITDA did Acme achieve in the first nine months of its 2025/26 financial year?",
                 "Acme revenue Q3 2025/26?", "What revenue did Acme report for the full financial year 2025/26?"),
}
from .question import _SPLIT_YEAR_TEXT as _SPLIT_TEXT   # (one pattern: question._periods_of leaves it undated)


def split_year_asked(question: str) -> tuple[str, int, str] | None:
    """(part: "q3", "h2", "9m" or "fy"; the year the fiscal year asked ends in; the text asked) of the split
    year a question names (SPLIT_YEAR_ASKED), else None (pure)."""
    from .extract import values as v
    from .extract.periods import SPLIT_PART_LABEL, split_year_parts
    text = period_text(question)
    try:
        found = split_year_parts(v.find_periods(text, None), text)
    except Exception:
        return None
    for p in found:
        m = SPLIT_PART_LABEL.fullmatch(p.label or "")
        if m is not None:
            part = f"{m['l'].lower()}{m['n']}" if m["l"] else f"{m['m']}m"
            return part, int(m["y1"]) + 1, p.text
        t = p.text.strip()
        y = re.search(r"((?:19|20)\d\d)/(\d\d)$", t)
        if y is None or (int(y[1]) + 1) % 100 != int(y[2]) or not (_SPLIT_TEXT.fullmatch(t) or p.kind == "fiscal_year"):
            continue
        b = SPLIT_YEAR_ASKED["part_before"].search(text, max(0, p.start_idx - 60), p.start_idx)
        if b is None:
            return "fy", int(y[1]) + 1, t
        if b["n"]:
            return f"{_SPAN_MONTHS[b['n'].lower()]}m", int(y[1]) + 1, text[b.start():p.end_idx].strip()
        part = ("q" if b["unit"].lower() == "quarter" else "h") + str(_PART_WORDS[b["ord"].lower()])
        return part, int(y[1]) + 1, text[b.start():p.end_idx].strip()
    return None


def split_year_fits(row: dict, asked: tuple[str, int, str]) -> bool:
    """Whether a row is of the split-year part asked (SPLIT_YEAR_ASKED; pure)."""
    part, y2, _ = asked
    n = int(part[1]) if part[0] in "qh" else 0
    length = {"q": 3, "h": 6, "f": 12}.get(part[0]) or int(part[:-1])
    before = 3 * (4 - n) if part[0] == "q" else 6 * (2 - n) if part[0] == "h" else 12 - length
    label = _s(row, "periodLabel")
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if part == "fy" and not fiscal_label(row):
        return False   # (a trailing twelve months, a calendar year)
    if s and e:
        year_end = e.year * 12 + e.month - 1 + before   # (months since year 0 of the fiscal year's last month)
        return _months(s, e) == length and y2 * 12 <= year_end <= y2 * 12 + 11
    fy = _label_fy(label) if "/" not in label else label_fiscal_year(re.sub(r"^.*?(?=FY)", "", label))
    if fy != y2:
        return False
    if part == "fy":
        return whole_year(row)
    return part in label_parts(label) or label.lower().startswith(part)
