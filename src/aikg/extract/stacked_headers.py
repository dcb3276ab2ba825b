"""Plain-text grids whose column names are stacked over several lines (tables.TABLE_SHAPES stacked-header).

An exchange filing prints its key figures under a header of column groups over column names wrapped
word by word onto three or four lines, a line of the columns' days and a line of their scale:

                              INDIVIDUAL QUARTER           CUMULATIVE QUARTER
                              Current     Preceding        Current      Preceding
                              year        year             year         year
                              quarter     corresponding    to date      corresponding
                                          quarter                       period
                              30.9.2031   30.9.2030        30.9.2031    30.9.2030
                              RM'000      RM'000           RM'000       RM'000
    Revenue                       148,265     121,930          412,386      355,072

A 6-K prints the short form, a group over its years ("Three months ended June 30" over "2031  2030").
Each column's name is the words standing over it, top to bottom, a group line's words over every
column of its group; a quarter column is "Quarter ended <day>", a year-to-date column "<N> months
ended <day>" (N counted from the day the document says its financial year ends; unknown: the
column keeps its words and no span is guessed). Rows: a label and a figure under each column; a
label wrapped over lines above its figures, and a row number before it ("4 Profit attributable"),
belong to the row (`row_label`).

`stacked_tables(lines, taken, text)` gives the tables (tables.Table, shape aligned-columns, stacked).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

RULE = RuleRecord(
    "stacked-header",
    "an empty-corner header printed over two or more lines (column groups, column names wrapped word by word, "
    "the columns' days, their scale) over rows of a label and one figure per column: each column is named by "
    "the words standing over it, a group line's words over each column of its group; a 'current year quarter' "
    "column is the quarter ended on its day, a 'current year to date' / cumulative column the months of the "
    "financial year to that day",
    ("probe27 07_vitrox_bursa (Bursa Malaysia announcement): 'INDIVIDUAL PERIOD  CUMULATIVE PERIOD' over 'Current "
     "year / quarter', 'Preceding year / corresponding / quarter' … '30 Sep 2026' … \"RM'000\" over '1 Revenue  186,420 …'",
     "kindcheck28 grids 01_seroja_jentera_q3 (Bursa interim report): 'INDIVIDUAL QUARTER  CUMULATIVE QUARTER' over "
     "five stacked lines, '30.9.2026', \"RM'000\"",
     "probe27 05_ceragon_6k (6-K statements): 'Three months ended June 30' over '2026  2025' over 'Revenues  101,400  98,700'"),
    ("'              Six months ended' over '              30.6.2031   30.6.2030' over 'Sales   1,200   1,100' (invented)",))

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SPAN = plain(r"\S+(?:[ ](?! )\S+)*")
_CORNER = plain(r"[ \t]{8,}\S")
# a header line's cell that is no figure: words, a day "30.9.2026" / "30 Sep 2026", a year, a scale "RM'000"
_DAY = plain(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b|\b(\d{1,2})[ -]([A-Z][a-z]{2})[a-z]*\.?[ -]((?:19|20)\d\d)\b")
_FIGURE = plain(r"[-+(]?\d[\d,]*(?:\.\d+)?%?\)?")
_NUM_CELL = plain(r"^(?:[(\-−–]?\s*[$€£¥₹]?\s*\d[\d,]*(?:\.\d+)?\s*%?\)?|[-–—]|n/?a|nil)$", re.I)
_ROW_NO = plain(r"^\d{1,2}[.)]?\s+(?=[A-Za-z(])")
_CUMULATIVE = plain(r"\b(?:to\s+date|cumulative|year-to-date|ytd)\b", re.I)
_QUARTER = plain(r"\b(?:quarter|individual)\b", re.I)
_SCALE_CELL = plain(r"^(?:[A-Z]{1,3}\$?|[$€£¥₹])\s?['’](?:000|m|mn|million|bn)$|^\((?:[^()]{2,30})\)$")
# the day the financial year ends, as a filing states it: "Financial year end : 31 Dec 2031", "for the year ended
# 31 December 2030", "financial year ending 31 March 2031"
_FY_END = plain(r"\b(?:financial|fiscal)\s+year\s+end(?:ed|ing)?\s*:?\s*(\d{1,2})\s+([A-Z][a-z]{2})|"
                     r"\byear\s+ended\s+(\d{1,2})\s+([A-Z][a-z]{2})[a-z]*\s+(?:19|20)\d\d", re.I)
_N_MONTHS = {3: "Three", 6: "Six", 9: "Nine", 12: "Twelve"}


def _spans(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _SPAN.finditer(line)]


def _header_line(line: str) -> bool:
    """An empty-corner line of column words: no figure in it but days, years and scale notes."""
    if not _CORNER.match(line) or "|" in line:
        return False
    rest = _DAY.sub(" ", line)
    rest = re.sub(r"\b(?:19|20)\d\d\b|[A-Z]{1,3}\$?['’]000|\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b", " ", rest)
    return not re.search(r"\d", rest) and (bool(re.search(r"[A-Za-z]", line)) or _DAY.search(line) is not None
                                            or re.search(r"\b(?:19|20)\d\d\b", line) is not None)


def _row_cells(line: str) -> list[str] | None:
    """A row's cells, label first, when it is a label at the line's start and figures after it."""
    if not line.strip() or re.match(r"[ \t]{6,}", line) or "|" in line:
        return None
    cs = [c for c in re.split(r"\s{2,}|\t+", line.strip()) if c]
    if len(cs) < 3 or not re.search(r"[A-Za-z]", cs[0]) or not all(_NUM_CELL.match(c.replace(" ", "")) for c in cs[1:]):
        return None
    return cs


def _label_only(line: str) -> bool:
    """A line holding only (the start or the rest of) a row's label: words, maybe a row number."""
    s = line.strip()
    return bool(s) and len(re.split(r"\s{2,}", s)) == 1 and not re.search(r"\d", _ROW_NO.sub("", s)) \
        and len(s.split()) <= 8 and bool(re.search(r"[A-Za-z]", s))


def fy_end_month(text: str) -> int | None:
    """The month the document says its financial year ends in (_FY_END), or None."""
    m = _FY_END.search(text)
    if m is None:
        return None
    mon = (m.group(2) or m.group(4)).title()
    return _MONTHS.index(mon) + 1 if mon in _MONTHS else None


def _day(text: str) -> tuple[int, int, int] | None:
    m = _DAY.search(text)
    if m is None:
        return None
    if m.group(1):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        if m.group(5).title() not in _MONTHS:
            return None
        d, mo, y = int(m.group(4)), _MONTHS.index(m.group(5).title()) + 1, int(m.group(6))
    return (d, mo, y) if 1 <= mo <= 12 and 1 <= d <= 31 else None


def column_name(words: str, fy_month: int | None) -> str:
    """A stacked column's name as a period the period reader reads (RULE): 'Quarter ended 30 Sep
    2031', 'Nine months ended 30 Sep 2031'; else its words as printed."""
    day = _day(words)
    scale = next((w for w in words.split() if _SCALE_CELL.match(w)), "")
    note = f" ({scale})" if scale else ""
    if day is None:
        return words
    d, mo, y = day
    spelled = f"{d} {_MONTHS[mo - 1]} {y}"
    if _CUMULATIVE.search(words):
        if fy_month is None:
            return words
        n = (mo - fy_month) % 12 or 12
        if n not in _N_MONTHS:
            return words
        return (f"Quarter ended {spelled}" if n == 3 else f"{_N_MONTHS[n]} months ended {spelled}") + note
    if _QUARTER.search(words):
        return f"Quarter ended {spelled}{note}"
    return words


def named_columns(header: tuple[str, ...], text: str, fy_month: int | None = None) -> tuple[str, ...]:
    """A one-line header's cells named as a stacked header's columns are (`column_name`), when a cell
    holds the column's group words and its day ("Individual quarter: Current year quarter 30.09.2031",
    "Cumulative quarter: Current year to date 30.09.2031": "Quarter ended 30 Sep 2031", "Nine months
    ended 30 Sep 2031"), so every layout of the grid names its columns by one reader (RULE; kindcheck34
    tables 01_serimulia prints the Bursa header of probe27 07_vitrox in one markdown line); the header
    as it is otherwise."""
    if not any(_day(c) is not None and (_QUARTER.search(c) or _CUMULATIVE.search(c)) for c in header[1:]):
        return header
    fy = fy_month if fy_month is not None else fy_end_month(text)
    return (header[0], *(column_name(c, fy) if _day(c) is not None else c for c in header[1:]))


def _columns(head: list[str], anchor: list[tuple[int, int, str]]) -> list[list[str]] | None:
    """Each column's words, top to bottom: a line with as many cells as columns gives one to each; the
    first line with fewer, whose count divides theirs, is a line of groups; another line's cell goes
    to the column it stands under (its start within 4 places of the column's)."""
    n = len(anchor)
    out: list[list[str]] = [[] for _ in range(n)]
    for k, line in enumerate(head):
        sp = _spans(line)
        if len(sp) == n:
            for c, (_, _, t) in enumerate(sp):
                out[c].append(t)
        elif k == 0 and len(sp) < n and n % len(sp) == 0:
            per = n // len(sp)
            for g, (_, _, t) in enumerate(sp):
                for c in range(g * per, (g + 1) * per):
                    out[c].append(t)
        else:
            for a, b, t in sp:
                near = [c for c, (ca, cb, _) in enumerate(anchor) if abs(a - ca) <= 4 or min(b, cb) - max(a, ca) > 0]
                if len(near) != 1:
                    return None
                out[near[0]].append(t)
    return out


def stacked_tables(lines: list[tuple[int, str]], taken: list, text: str, table_cls) -> list:
    """The stacked-header grids of the document (RULE), as `table_cls` (tables.Table) records."""
    out = []
    fy = None
    i = 0
    while i < len(lines):
        if not _header_line(lines[i][1]) or any(tb.head <= lines[i][0] <= tb.end for tb in taken):
            i += 1
            continue
        j = i
        while j < len(lines) and _header_line(lines[j][1]):
            j += 1
        head = [ln for _, ln in lines[i:j]]
        first = j
        while first < len(lines) and not lines[first][1].strip():
            first += 1
        rc = _row_cells(lines[first][1]) if first < len(lines) else None
        if len(head) < 2 or rc is None:
            i = j
            continue
        n = len(rc) - 1
        anchors = [_spans(h) for h in head if len(_spans(h)) == n]
        first_groups = len(_spans(head[0])) < n
        if not anchors or not (first_groups or len(head) >= 3):
            i = j
            continue
        cols = _columns(head, anchors[-1])
        if cols is None or any(not c for c in cols):
            i = j
            continue
        # the rows: figures lines, a label wrapped over lines above its figures, one blank line between blocks
        k, last, rows = first, first, 0
        while k < len(lines):
            line = lines[k][1]
            if _row_cells(line) is not None and len(_row_cells(line)) == n + 1:
                rows += 1
                last = k
                k += 1
                continue
            ahead = k
            while ahead < len(lines) and ahead - k < 4 and (_label_only(lines[ahead][1]) or
                                                              not lines[ahead][1].strip() and ahead == k):
                ahead += 1
            if ahead > k and ahead < len(lines) and _row_cells(lines[ahead][1]) is not None \
                    and len(_row_cells(lines[ahead][1])) == n + 1 and lines[ahead][1].strip() and lines[k][1].strip() != "":
                k = ahead
                continue
            if not line.strip() and k + 1 < len(lines) and (_row_cells(lines[k + 1][1]) is not None or _label_only(lines[k + 1][1])):
                k += 1
                continue
            break
        if rows < 2:
            i = j
            continue
        if fy is None:
            fy = fy_end_month(text) or 0
        names = [column_name(" ".join(c), fy or None) for c in cols]
        out.append(table_cls(lines[first][0], lines[last][0] + len(lines[last][1]), ("", *names), lines[i][0],
                             "aligned-columns", -1, True))
        i = last + 1
    return out


def row_label(text: str, tb_start: int, line_start: int, label: str) -> str:
    """A stacked grid row's label: the label-only lines right above it (a wrapped label) joined
    before it, its row number dropped ("4 Profit attributable / to owners   38,110": "Profit
    attributable to owners")."""
    parts = [label.strip()]
    at = line_start
    part = _PART_ROW.match(label.strip())
    if part is not None:
        # a part row " - Basic" under a heading line "Earnings per share (sen)": the heading's measure, of that kind
        return _heading_part(text, tb_start, line_start, part.group(1))
    for _ in range(4):
        if at <= tb_start:
            break
        a = text.rfind("\n", 0, at - 1) + 1
        above = text[a:at - 1]
        if not _label_only(above):
            break
        parts.insert(0, above.strip())
        at = a
    return _ROW_NO.sub("", " ".join(parts))


_PART_ROW = plain(r"^[-–—•]\s*(\S.*)$")


def _heading_part(text: str, tb_start: int, line_start: int, name: str) -> str:
    """A part row's label read with the heading line above its run of part rows ("Earnings per share
    (sen)" over " - Basic": "Basic earnings per share (sen)"); its own name when none."""
    at = line_start
    for _ in range(6):
        if at <= tb_start:
            break
        a = text.rfind("\n", 0, at - 1) + 1
        above = text[a:at - 1].strip()
        at = a
        if _PART_ROW.match(above):
            continue
        if _label_only(above):
            head = _ROW_NO.sub("", above)
            return f"{name} {head[:1].lower()}{head[1:]}"
        break
    return f"- {name}"
