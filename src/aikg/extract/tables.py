"""Markdown tables: a row's values are dated by their column's header, not by the period the
article reports on ("| Net profit | ₹6,792 crore | ₹3,593 crore |" under "| Metric | Q2 FY26 | Q2
FY25 |": the second value is the year-ago quarter's). The row label stays the measure (figures.py
reads it as the clause's head).

`tables(text)` finds each table — a header line, a separator line and rows (markdown, and the HTML
tables clean.html_to_text writes so), or a header line over rows with no separator (TABLE_SHAPES) —;
`header_for(tables, pos)`
gives the header cells of the table a row at `pos` belongs to; `column_at(row, pos)` the column a
value at `pos` of a row sits in; `column_periods(cells, …)` each column's period.

Seen in probe9 g05 (Airtel, "| Metric | Q2 FY26 | Q2 FY25 |"), the only markdown table of the seen
sets: a layout (the quarter and the year-ago quarter side by side, as results releases print them)
rather than a phrasing; the tests use invented tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain
from .caption_tables import caption_tables
from .prior_year import prior_column
from .stacked_headers import named_columns, row_label, stacked_tables

_ROW = plain(r"^[ \t]*\|.*\|[ \t]*$")
_SEP = plain(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")


@dataclass(frozen=True)
class Table:
    start: int                # where its first data row starts
    end: int                  # where its last row ends
    header: tuple[str, ...]   # the header's cells, the label column first
    head: int = -1            # where its header line starts (-1: not known)
    shape: str = "markdown"   # the TABLE_SHAPES record it was read by
    places: int = -1          # where the header line its columns' places are read from starts (aligned-columns)
    stacked: bool = False     # its header stacked over several lines (stacked_headers.py)


@dataclass(frozen=True)
class TableShape:
    """A layout of header row + rows that is read as a table (spaCy-ruler style record: the
    examples are invented, the provenance names the seen documents printed so)."""
    name: str
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...] = ()


TABLE_SHAPES: tuple[TableShape, ...] = (
    TableShape("markdown", "a pipe header line, a '|---|' separator line, pipe rows (HTML tables are written so by clean.py)",
               ("probe9 g05 (Airtel results page): '| Metric | Q2 FY26 | Q2 FY25 |'",
                "probe10 p10-05 (Delta results): '| Business group | 2024 revenue | YoY change | …'"),
               ("| Unit | Revenue | Change |\n|---|---|---|\n| Alpha | $12m | +4% |",)),
    TableShape("pipe-no-separator",
               "pipe lines with no separator line: the first is the header when its cells hold words and no "
               "number of their own, and at least two lines under it hold numbers in the same columns",
               ("probe13 tietoevry (exchange release): '| Segment | Revenue Q3 2024 EUR m | … |' over '| Create | 230.0 | …'",
                "probe12 indosat / probe13 netweb: the same header-over-rows layout, with a separator"),
               ("| Unit | Sales FY2025 USD m | Change |\n| Alpha | 12.5 | +4% |\n| Beta | 8.0 | -2% |",)),
    TableShape("aligned-columns",
               "plain text lines whose cells are set apart by runs of two or more spaces: a header line of words "
               "over at least two lines with as many cells, numbers after the first (a filing's text table)",
               ("probe12 soitec_h1_fy2026_mdna: 'Division   H1 FY2026   H1 FY2025   Change (reported)' over "
                "'Mobile Communications   172   228   -24.6%'",
                "probe13 tietoevry / probe10 p10-05 delta: the same header-over-rows table in pipe form"),
               ("Unit        FY2031   FY2030   Change\nAlpha          120      100   +20.0%\nBeta            80       90   -11.1%",)),
    TableShape("wrapped-header",
               "an aligned-columns header with an empty corner printed over two lines, a long column name wrapped "
               "onto the second ('Operating' over 'profit', 'Profit attrib-' over 'utable to owners'): each word of the "
               "second line belongs to the column starting at or before it; a line-end hyphen closes up",
               ("probe21 02_renesas_tse_notice (TSE forecast-revision notice, plain text): 'Revenue  Operating  Profit "
                "attrib-  Basic EPS' over 'profit  utable to owners (yen)' (a layout, not a phrasing: met in this one "
                "seen document; the tests print it in invented tables of other shapes)",),
               ("              Net         Free cash\n              sales       flow\nYear to March 2031   1,200   300\n"
                "Year to March 2030   1,100   280",)),
    TableShape("ruled-sheet",
               "a plain-text sheet's grid: its header between rule lines of dashes or equals signs, a rule line closing "
               "it; its columns set by runs of spaces, a row leaving a cell blank ('Basic EPS  2.53  2.25      4.73') read "
               "by where each figure stands under the header; the section title in its corner ('A. FINANCIAL KPIs', "
               "'Group figures' over period columns) is its caption, no column's name; day columns '30-Sep-25'",
               ("probe24 03_railtel_kpi_sheet (quarterly KPI sheet): '-----' / 'A. FINANCIAL KPIs   Q2 FY26   Q2 FY25   "
                "YoY %   H1 FY26   H1 FY25' / '-----', 'Basic EPS (INR)  2.53  2.25  (blank)  4.73  4.21'",
                "probe23 01_tanla_bse_outcome (exchange filing): '-----' rules around its results extract; probe22 "
                "05_aemholdings_sgx_announcement: 'Gross margin  34.8%  32.6%  (blank)  33.3% …' under an aligned header"),
               ("=====\nGroup figures   4Q30   4Q29   Change\n=====\nSales   120   100   20%\nEPS   1.10   0.90",)),
    TableShape("stacked-header",
               "an empty-corner header stacked over several lines (column groups, names wrapped word by word, the "
               "columns' days, their scale) over rows of a label and a figure per column: stacked_headers.RULE",
               ("probe27 07_vitrox_bursa: 'INDIVIDUAL PERIOD  CUMULATIVE PERIOD' over four lines of column words",
                "probe27 05_ceragon_6k: 'Three months ended June 30' over '2026  2025'; kindcheck28 grids "
                "01_seroja_jentera_q3: the Bursa header over seven lines"),
               ("              Six months ended\n              30.6.2031   30.6.2030\nSales   1,200   1,100\nEBIT   120   100",)),
    TableShape("caption-breakdown",
               "a caption '<measure> by <kind of unit> (<note, period>)' over rows of a unit and one figure: a table of "
               "units whose one column is the caption's measure (caption_tables.RULE)",
               ("probe27 06_nccgroup_iralert: ' REVENUE BY REGION (GBP m)   FY26' over ' North America   120.0'",
                "probe27 03_qianxin_interim: 'Revenue by product type (Jan-Jun 2026, unit: 万元)' over 'Hardware and others  37,183.79'"),
               ("Sales by division (EUR m)   FY2031\nAlpha   120.5\nBeta   80.0",)),
    TableShape("money-cells",
               "an aligned key-figures table whose cells carry their own currency and scale ('CHF 512 Mio.'), two of "
               "them maybe one space apart ('CHF 512 Mio. CHF 423 Mio.   +21.0%'): each amount is the cell of its column",
               ("probe27 02_hubersuhner_adhoc (ad hoc release, plain text): 'H1 2026  H1 2025  Change' over 'Order intake  "
                "CHF 512 Mio. CHF 423 Mio.  +21.0%'",
                "probe9 g05_bharti_airtel_q2fy26: '| Net profit | ₹6,792 crore | ₹3,593 crore |' (the same cells in pipe form)"),
               ("              FY2031        FY2030       Change\nSales    EUR 120 Mio. EUR 100 Mio.   +20.0%\n"
                "EBIT     EUR 12 Mio.  EUR 10 Mio.    +20.0%",)),
    TableShape("footnote-markers",
               "a footnote marker after a row's label or a figure ('Telecom services (1)', 'EBITDA (3)', 'Revenue¹', "
               "'Revenue*', '(a)') is no part of it: the label names the measure without it, the figure is read without it",
               ("probe24 03_railtel_kpi_sheet: '- Telecom services (1)   352.6', 'EBITDA (3)   118.7' over numbered "
                "footnotes (one seen document; statements print '¹' and '(a)' the same way, which the tests invent)",),
               ("Revenue¹   120   100\nEBITDA (a)   30   25",)),
    TableShape("wrapped-label",
               "in an aligned table a row's long label is printed over two lines: its start alone on one line, its end "
               "indented on the next with the row's figures ('Marge opérationnelle d'activité / Operating' over '  margin "
               "on business activity   33 116   29 607'); the two lines are one row, its label joined",
               ("probe25 06_aubay_h1_results_table (bilingual results release, plain text)",
                "probe21 02_renesas_tse_notice: column names wrapped the same way (wrapped-header); statements print "
                "long row labels so in every plain-text rendering"),
               ("Net income attributable\n  to owners   1 200   1 100",)),
    TableShape("two-language-header",
               "a header cell naming its column's period in two languages split by ' / ' ('S1 2026 / H1 2026', '1S 2031 / "
               "H1 2031'): the period the halves agree on; a half the period reader reads only as its bare year gives way "
               "to the other half's part of that year. Its row labels are read so too (table_rows.TWO_LANGUAGE_LABELS)",
               ("probe25 06_aubay_h1_results_table (French/English results release): 'S1 2026 / H1 2026    S1 2025 / H1 2025'",
                "probe15 / probe17 translations print the original term beside the English one; the tests invent a "
                "Spanish/English results table"),
               ("Miles de euros / EUR thousand   1S 2031 / H1 2031   1S 2030 / H1 2030",)),
    TableShape("grouped-header",
               "a header line of column groups ('Quarter ended', 'Half year ended', 'Year ended') over a line of the "
               "columns' days ('30.09.2026  30.06.2026 …'), an audit-status line maybe under it: each column is named by "
               "the group standing at or left of it and its own day ('Half year ended 30 Sep 2026')",
               ("probe23 01_tanla_bse_outcome (exchange filing, plain text): 'Particulars  Quarter ended  Half year "
                "ended  Year ended' over '30.09.2026  30.06.2026 …' over 'Unaudited … Audited'",
                "probe20 02_mastek_shareholder-email and probe24 03_railtel_kpi_sheet print the same periods side by "
                "side in one header line (Q2 FY27 / H1 FY27; Q2 FY26 / H1 FY26), Indian filings in two"),
               ("Item        Quarter ended           Year ended\n            31.12.2031  31.12.2030  31.12.2031\n"
                "Revenue     1,200       1,100       4,800",)),
    TableShape("current-column",
               "a value column headed by the period reported on in words ('This reporting period', 'Current period') "
               "is of that period; its neighbour 'Same period last year' is left undated (no year-ago period guessed)",
               ("probe22 02_eoptolink_halfyear_translation (Chinese half-year report in translation): 'Item  This "
                "reporting period  Same period last year  Change'",
                "Chinese and Taiwanese interim reports print 本报告期 / 上年同期 so in every translation; probe17 "
                "05_scsk_kessan_tanshin heads its columns with the period's name instead"),
               ("Item        This reporting period   Same period last year   Change\nSales   12.0   10.0   20.0%",)),
    TableShape("measure-year-header",
               "a value column headed by its measure and a bare year, its unit maybe in brackets ('Revenue 2024 (NOK "
               "million)', 'Capex 2025 (EUR m)', 'Annual PUE 2025'), is of that year: each column its own year, never "
               "the period the article reports on for all of them",
               ("probe20 05_atnorth_esg-report: '| Country | Capex 2025 (EUR m) | Local currency |' and '| Site | "
                "Country | IT capacity in operation (MW) | Annual PUE 2025 |'",
                "probe18 accton_forum_post: '| Product line | Share of 2024 revenue |' (the year inside the measure)"),
               ("| Unit | Sales 2031 (USD m) | Sales 2030 (USD m) |\n|---|---|---|\n| Alpha | 120 | 100 |",)),
    TableShape("csv",
               "comma-separated lines under a header line of column names ('period,segment,revenue_eur_m,yoy_growth_pct'), "
               "as a data appendix prints them: read as a grid whose label column is the column naming the rows' "
               "entity (segment, company, site, product, region) and whose value columns are dated by the row's own "
               "period column; a run of rows of one period is one table, its headers spelled out ('revenue_eur_m' -> "
               "'Q3 2025 — Revenue EUR m')",
               ("probe21 08_nemetschek_data_appendix (a results data appendix): '```csv' block 'period,segment,"
                "revenue_eur_m,…' over 'Q3 2025,Design,140.6,16.9,49.8,35.4' (a layout met in one seen document; the "
                "brief of session 21 asks for it; the tests read invented CSV blocks of other columns)",),
               ("region,year,sales_usd_m,growth_pct\nEurope,2031,120.5,4.0\nAsia,2031,80.0,-2.0",)),
    TableShape("leader-dots",
               "lines '<label> ........ <number> [(<change>)]' under a caption line: the caption names the rows "
               "('… by segment', '… by line of business') and, in its bracket, the measure, the period and the "
               "currency and scale ('(net income attributable, 3Q25, S/ millions)'); read as a table whose label "
               "header is the caption, whose one value column is headed by the bracket, and a change column",
               ("probe17 04_credicorp_trading_update: 'Contribution by line of business (net income attributable, 3Q25, "
                "S/ millions)' over 'Microfinance (…) ........ 118'",
                "probe17 05_scsk_kessan_tanshin: 'Results by segment (external revenue, three months to June 2025, "
                "millions of yen)' over 'Financial IT Business ........ 29,100  (up 6.6%)'"),
               ("Sales by division (FY2031, EUR millions)\n  Alpha ............ 120  (up 4.0%)\n  Beta ............. 80",)),
)

# a column headed by the period reported on in words, not by its name: "This reporting period", "Current
# period", "Reporting period" (a prior-period column, "Same period last year", keeps no period: not guessed)
_CURRENT_COLUMN = plain(r"^(?:this|current)\s+(?:reporting\s+)?period$|^reporting\s+period$|"
                             r"^(?:amount\s+)?(?:for\s+)?the\s+(?:current\s+)?reporting\s+period$", re.I)
_GAP = plain(r"\S(?:\s{2,}|\t+)\S")


def current_column(cell: str) -> bool:
    """A header cell naming the period reported on in words ("This reporting period": TABLE_SHAPES current-column)."""
    return bool(_CURRENT_COLUMN.match(re.sub(r"[*_`]+", "", cell).strip()))


def _numeric(cell: str) -> bool:
    """A cell whose content is a number (a value, a change, a percent, a figure in lakh or basis
    points), not words; a footnote marker after it is no part of it (TABLE_SHAPES footnote-markers)."""
    c = strip_marker(re.sub(r"[_`]+", "", cell).strip()).strip("*").strip()
    if re.fullmatch(r"(?:FY|CY|[QH][1-4])\s?['’]?\d{2,4}", c):
        return False   # (a period's name, "FY2030", is a header's word, never a figure)
    # (thousands set apart by a space, "318 426", "-9 030", as French, Nordic and Spanish tables print them:
    # TABLE_SHAPES aligned-columns)
    c = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))", "", c)
    # (a change in percentage points written "1,4 p.p.": probe28 06_bemobi's aligned grid, probe14 04_locaweb's
    # markdown table "| +2.1 p.p. |")
    return bool(c) and bool(re.fullmatch(r"[(\[]?[-+−–]?\s*(?:[$€£¥₩₹]|[A-Z]{2,3}\$?\s?)?[0-9][0-9,.]*\s*"
                                         r"(?:%|pp|p\.p\.|bps?|bn|m|x|\s?(?:lakh|lac|crore|cr|mn|k|Mio\.?|Mrd\.?|million|billion))?[)\]]?", c))


# a footnote marker at a label's or a value's end: "(1)", "(a)", "¹", "*", "†" (TABLE_SHAPES footnote-markers)
_MARKER = plain(r"(?<=\S)\s*(?:\((?:\d{1,2}|[a-z])\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡§])$")


def strip_marker(cell: str) -> str:
    """A cell with its footnote marker dropped ("Revenue (1)" -> "Revenue", "893.4¹" -> "893.4",
    "EBITDA*" -> "EBITDA"); a bracket of words or a unit stays ("(INR crore)", "(%)")."""
    return _MARKER.sub("", cell.rstrip()) if cell else cell


def _header_like(cells_: list[str]) -> bool:
    """A header row: its cells after the label column are words (they may name a year or a
    quarter, "Revenue Q3 2024 EUR m", "FY2024") and none is a bare number."""
    rest = [c for c in cells_[1:] if c.strip()]
    return bool(rest) and not any(_numeric(c) for c in rest) and any(re.search(r"[A-Za-z]{2,}", c) for c in cells_)


def _years_header(cells_: list[str]) -> bool:
    """A header of a label column's words over columns each headed by a bare year ("In millions of
    euros   2030   2029"): the years name the columns, they are no figures (TABLE_SHAPES aligned-columns)."""
    rest = [c.strip() for c in cells_[1:]]
    return len(rest) >= 2 and bool(re.search(r"[A-Za-z]{2,}", cells_[0])) and len(set(rest)) == len(rest) \
        and all(re.fullmatch(r"(?:19|20)\d\d(?:\(\d\)|\*)?", c) for c in rest)   # (a footnote's mark, "2022(1)")


def cells(row: str) -> list[str]:
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def tables(text: str) -> list[Table]:
    """The markdown tables of `text` (offsets into it)."""
    pipes, gaps = "|" in text, "   " in text or "\t" in text
    commas = "," in text and _CSV_HEAD.search(text) is not None
    if not pipes and not gaps and "...." not in text and not commas:
        return []
    out, lines, pos = [], [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    if not pipes:
        out = stacked_tables(lines, [], text, Table) if gaps else []
        out = out + caption_tables(lines, out, Table) if gaps else []
        out = out + _aligned_tables(lines, out) if gaps else []
        out = out + _leader_tables(lines, out) if "...." in text else out
        return out + _csv_tables(lines) if commas else out
    i = 0
    while i + 1 < len(lines):
        (p0, head), (_, sep) = lines[i], lines[i + 1]
        if _ROW.match(head) and _SEP.match(sep):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j][1]):
                j += 1
            if j > i + 2:
                # (its columns named by their group words and day as a stacked header's: stacked_headers.named_columns)
                out.append(Table(lines[i + 2][0], lines[j - 1][0] + len(lines[j - 1][1]), named_columns(tuple(cells(head)), text), p0))
            i = j
        elif _ROW.match(head) and _ROW.match(sep) and (i == 0 or not _ROW.match(lines[i - 1][1])):
            # pipe-no-separator: a header line of words over rows of numbers
            j = i + 1
            while j < len(lines) and _ROW.match(lines[j][1]) and not _SEP.match(lines[j][1]):
                j += 1
            hc = cells(head)
            rows = [cells(ln) for _, ln in lines[i + 1:j]]
            numeric_rows = [rc for rc in rows if any(_numeric(c) for c in rc[1:])]
            if j - i >= 3 and len(numeric_rows) >= 2 and _header_like(hc) \
                    and all(abs(len(rc) - len(hc)) <= 1 for rc in rows):
                out.append(Table(lines[i + 1][0], lines[j - 1][0] + len(lines[j - 1][1]), tuple(hc), p0, "pipe-no-separator"))
            i = j
        else:
            i += 1
    if gaps:
        out += stacked_tables(lines, out, text, Table)
        out += caption_tables(lines, out, Table)
        out += _aligned_tables(lines, out)
    if "...." in text:
        out += _leader_tables(lines, out)
    if commas:
        out += _csv_tables(lines)
    return out


# csv: a header line of two or more snake_case or plain column names, one naming the rows' entity
_CSV_HEAD = plain(r"^[ \t]*[A-Za-z][\w %()/.-]*(?:,[A-Za-z][\w %()/.-]*){2,}[ \t]*$", re.M)
_CSV_ENTITY = plain(r"^(?:segments?|business(?:_|\s)?(?:units?|segments?)|divisions?|units?|companies|company|"
                         r"vendors?|operators?|sites?|facilit(?:y|ies)|campus(?:es)?|products?|models?|regions?|markets?|"
                         r"countr(?:y|ies)|brands?|names?)$", re.I)
_CSV_PERIOD = plain(r"^(?:period|quarter|fiscal_?(?:year|quarter|period)|year|fy|half|reporting_?period)$", re.I)
_CSV_WORDS = {"eur": "EUR", "usd": "USD", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY", "inr": "INR",
              "pct": "%", "m": "m", "mn": "m", "bn": "bn", "k": "k", "yoy": "YoY", "qoq": "QoQ", "ebitda": "EBITDA",
              "ebit": "EBIT", "arr": "ARR", "eps": "EPS", "capex": "capex", "mw": "MW", "gw": "GW"}


def _csv_cells(line: str) -> list[str]:
    return [c.strip().strip('"') for c in line.strip().split(",")]


def csv_header_cell(name: str) -> str:
    """A CSV column name spelled out ("revenue_eur_m" -> "Revenue EUR m", "yoy_growth_pct" -> "YoY growth %")."""
    raw = [w for w in re.split(r"[_\s]+", name.strip()) if w]
    # (a three-letter word before a scale word is a currency code: "sales_nok_m")
    words = [w.upper() if len(w) == 3 and w.isalpha() and k + 1 < len(raw) and raw[k + 1].lower() in
             ("m", "mn", "bn", "k", "thousand", "thousands", "million", "millions", "billion", "billions") else
             _CSV_WORDS.get(w.lower(), w) for k, w in enumerate(raw)]
    if words and words[0] == words[0].lower():
        words[0] = words[0].capitalize()
    return " ".join(words)


def _csv_layout(head: str) -> tuple[int, int | None] | None:
    """(entity column, period column or None) of a CSV header line, or None when none names the entity."""
    names = _csv_cells(head)
    ent = next((k for k, c in enumerate(names) if _CSV_ENTITY.match(c)), None)
    if ent is None:
        return None
    return ent, next((k for k, c in enumerate(names) if _CSV_PERIOD.match(c)), None)


def _csv_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """csv: a header line of column names over comma rows with as many cells; each run of rows of
    one period (the period column's value) is a table of its own, its value headers dated by it."""
    out = []
    i = 0
    while i + 1 < len(lines):
        p0, head = lines[i]
        layout = _csv_layout(head) if _CSV_HEAD.match(head) and not re.search(r"\d{3}", head) else None
        if layout is None:
            i += 1
            continue
        ent, per = layout
        names = _csv_cells(head)
        j = i + 1
        while j < len(lines) and lines[j][1].count(",") == head.count(",") and lines[j][1].strip():
            j += 1
        if j - i < 3:
            i += 1
            continue
        k = i + 1
        while k < j:
            pv = _csv_cells(lines[k][1])[per] if per is not None else ""
            m = k
            while m < j and (per is None or _csv_cells(lines[m][1])[per] == pv):
                m += 1
            header = tuple([csv_header_cell(names[ent])] + [
                (f"{pv} — {csv_header_cell(n)}" if pv else csv_header_cell(n)) for c, n in enumerate(names) if c not in (ent, per)])
            out.append(Table(lines[k][0], lines[m - 1][0] + len(lines[m - 1][1]), header, p0, "csv"))
            k = m
        i = j
    return out


# leader-dots: "  Financial IT Business ........ 29,100  (up 6.6%)"
_LEADER_ROW = plain(r"^[ \t]*(?P<label>[^\s.|][^|]*?)[ \t]*\.{4,}[ \t]*(?P<num>[(\-−–]?[0-9][0-9,.]*\)?)"
                         r"(?:[ \t]+\((?P<chg>[^()]*\d[^()]*)\))?[ \t]*$")
_CAPTION_NOTE = plain(r"\(([^()]{3,80})\)\s*$")


def _leader_cells(line: str) -> list[str] | None:
    m = _LEADER_ROW.match(line)
    if m is None:
        return None
    return [m.group("label").strip(), m.group("num"), (m.group("chg") or "").strip()]


def _leader_tables(lines: list[tuple[int, str]], taken: list[Table]) -> list[Table]:
    """leader-dots: two or more consecutive dotted rows under a caption line; the header is the
    caption (before its bracket), the bracket (the value column's measure, period and unit) and
    "Change"."""
    out = []
    i = 1
    while i < len(lines):
        if _leader_cells(lines[i][1]) is None or any(tb.start <= lines[i][0] <= tb.end for tb in taken):
            i += 1
            continue
        j = i
        while j < len(lines) and _leader_cells(lines[j][1]) is not None:
            j += 1
        k = i - 1
        while k >= 0 and not lines[k][1].strip():
            k -= 1
        cap = lines[k][1].strip() if k >= 0 and i - k <= 2 else ""
        note = _CAPTION_NOTE.search(cap)
        if j - i >= 2 and note is not None:
            out.append(Table(lines[i][0], lines[j - 1][0] + len(lines[j - 1][1]),
                             (cap[:note.start()].strip(), f"({note.group(1)})", "Change"), lines[k][0], "leader-dots"))
        i = j
    return out


ROW_NUMBER_COLUMN = TableShape(
    "row-number-column",
    "a leading column numbering the rows: headed 'No.', '#', 'STT' (Vietnamese số thứ tự) or 'S/N' over a label column, "
    "each row opening with its number ('1', '2.') before its label; the number is no cell of the table, the label "
    "column the one after it",
    ("probe34 08a_itd_hose_profit_explanation_q2 / 08b (HOSE explanation letters, plain text): 'No.  Item  Quarter "
     "2/2026  Quarter 2/2025  Change (%)' over '1    Net revenue from sales and services   268.415.220.604 …'",
     "probe27 07_vitrox_bursa (Bursa quarterly report): '1 Revenue   186,420   152,870 …', '2 Profit/(loss) before "
     "tax …' (its number one space before the label: stacked_headers.row_label)"),
    ("No.  Item      FY2031   FY2030\n1    Sales      120      100\n2    EBIT       12       10",))
_ROW_NUMBER_HEAD = plain(r"^(?:No\.?|#|STT|S/N|Sr\.?\s?No\.?|Sl\.?\s?No\.?)$", re.I)
_ROW_NUMBER = plain(r"^\d{1,2}[.)]?$")


def _aligned_cells(line: str) -> list[str]:
    out = [c for c in re.split(r"\s{2,}|\t+", line.strip()) if c]
    if len(out) >= 3 and (_ROW_NUMBER_HEAD.match(out[0]) or _ROW_NUMBER.match(out[0])) and re.match(r"[A-Za-zÀ-ÿ]", out[1]):
        out = out[1:]   # a row number, or the header of the rows' numbers, before the label (ROW_NUMBER_COLUMN)
    if len(out) > 1 and any(_MONEY_RUN.fullmatch(c) for c in out[1:]):
        # two money cells one space apart, "CHF 512 Mio. CHF 423 Mio.": one cell each (TABLE_SHAPES money-cells)
        out = [out[0], *(p for c in out[1:] for p in ([m.group(0).strip() for m in _MONEY_CELL.finditer(c)]
                                                        if _MONEY_RUN.fullmatch(c) else [c]))]
    return out


# a cell of money with its own currency and scale ("CHF 512 Mio.", "EUR 1.2bn", "₹52,145 crore"), and a run of them
_MONEY = (r"(?:[A-Z]{3}|[A-Z]{1,2}\$|[$€£¥₹]|RM|Rs\.?)\s?[-+]?\d[\d,.']*(?:\s?(?:Mio\.?|Mrd\.?|mn|m|bn|k|million|billion|"
          r"crores?|lakhs?)(?![A-Za-z]))?")
_MONEY_CELL = plain(_MONEY + r"\s?")
_MONEY_RUN = plain(rf"{_MONEY}(?:\s{_MONEY})+")


# empty-corner header (aligned-columns): a plain-text statement's header line starts far in, over the
# value columns only, and leaves the label column's heading blank ("                 Q2 FY27    Q2 FY26",
# probe20 02_mastek shareholder email; "                  Total assets     Total equity", probe17 SCSK tanshin)
_EMPTY_CORNER = plain(r"[ \t]{8,}\S")
_NOTE_LINE = plain(r"^[ \t]*(\([^()]{3,40}\))[ \t]*$")


def _cell_starts(line: str) -> list[tuple[int, str]]:
    """The cells of an aligned line with the column each starts at."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?:[ ](?! )\S+)*", line)]


# a period's name finishing a wrapped column name: "30 Jun 2031", "2031", "FY26", "Q2 FY26", "31-Mar-25"
_PERIOD_WORDS = plain(r"(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:[QH][1-4]|[1-4][QH]|9M|FY)\s?['’]?\d{2,4}|(?:\d{1,2}[-/ ])?[A-Z][a-z]{2,8}\.?[-/ ,]+(?:19|20)?\d\d|"
                           r"\d{1,2}[-/ ][A-Z][a-z]{2,8}\.?[-/ ](?:19|20)?\d\d|(?:19|20)\d\d(?:/\d{2})?|(?:[QH][1-4]\s+)?FY\s?\d{2,4}(?:-\d{2})?)")


# a results form's column name finishing on its period's end or year: "Period 2026-06-30", "Current Period 2026",
# "Comparative Period 2025" (RESULTS_FORM)
_FORM_PERIOD_WORDS = plain(r"(?:(?:current|comparative|previous|prior|corresponding)\s+)?period\s+"
                                r"(?:(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d)", re.I)


def _wrapped_header(head: str, nxt: str) -> list[str] | None:
    """An empty-corner header printed over two lines, its long column names wrapped onto the second
    ("Operating" over "profit", "Profit attrib-" over "utable to owners"): the header cells with each
    word of the second line joined to the column it stands under (the column starting at or before
    it), a hyphen at a line's end closing up; None when the second line is no continuation (a
    figure in it, or a word standing left of every column). TABLE_SHAPES aligned-columns, wrapped-header."""
    if _EMPTY_CORNER.match(nxt) is None or _NOTE_LINE.match(nxt):
        return None
    if any(re.search(r"\d", c) and not _PERIOD_WORDS.fullmatch(c) and not _FORM_PERIOD_WORDS.fullmatch(c)
           for c in _aligned_cells(nxt)):
        return None   # (a figure: a row; a period's name, "30 Jun 2031", "FY26", finishes a column's name)
    cols = _cell_starts(head)
    names = [c for _, c in cols]
    added = [[] for _ in cols]
    for m in re.finditer(r"\S+", nxt):
        at = [k for k, (start, _) in enumerate(cols) if start <= m.start() + 1]
        if not at:
            return None
        added[at[-1]].append(m.group(0))
    if not any(added):
        return None
    out = []
    for name, more in zip(names, added):
        if more:
            tail = " ".join(more)
            name = name[:-1] + tail if name.endswith("-") and tail[:1].islower() else f"{name} {tail}"
        out.append(name)
    return out


# ruled-sheet: a rule line of dashes or equals signs over or under a header, closing a table
_RULE_LINE = plain(r"^[ \t]*(?:[-=_─━]{5,}|(?:[-=] ){4,}[-=]?)[ \t]*$")
# a section title heading a sheet's table from its corner: "A. FINANCIAL KPIs", "2) Operating data",
# "OPERATING KPIs" (an enumerator, or capitals only)
_SECTION_TITLE = plain(r"^(?:[A-H]|[IVX]{1,4}|\d{1,2})[.)]\s+[A-Za-z]|^[A-Z][A-Z0-9&/,' -]{3,}(?:\s*\(\d{1,2}\))?$")


_CHANGE_WORDS = plain(r"(?:yoy|y/y|qoq|q/q|change|chg|growth|var\.?|%|yoy\s*%|%\s*change|change\s*%)", re.I)
_UNIT_CORNER = plain(r"\b(?:segments?|divisions?|units?|business(?:es)?|regions?|markets?|countr(?:y|ies)|products?|"
                          r"compan(?:y|ies)|brands?|subsidiar(?:y|ies)|operators?|vendors?|sites?|lines?)\b", re.I)


# (a corner naming a measure, "Revenue", "EBITDA margin", heads a table of units or is the rows' measure: kept)
_MEASURE_CORNER = plain(r"\b(?:revenues?|sales|turnover|income|profits?|earnings|ebitda|ebita|ebit|margins?|costs?|"
                             r"expenses?|capex|orders|bookings|backlog|cash|debt|price|share|growth|volume)\b", re.I)


# (a corner stating the table's currency and scale, "In millions of euros", is its note: kept for table_rows.corner_note)
_SCALE_CORNER = plain(r"\b(?:thousands?|millions?|billions?|crores?|lakhs?|bn|mn)\b|[€$£¥₹₩]", re.I)


def _caption_corner(hc: list[str]) -> bool:
    """The corner of a sheet's grid holds its caption ("Group figures", "Network and customers"), no
    column's name, when every other header cell names a period or a change and the corner names no
    kind of unit (TABLE_SHAPES ruled-sheet)."""
    return bool(hc[0]) and not _UNIT_CORNER.search(hc[0]) and not _MEASURE_CORNER.search(hc[0]) and "(" not in hc[0] \
        and not _SCALE_CORNER.search(hc[0]) and all(
        _PERIOD_WORDS.fullmatch(day_cell(strip_marker(c))) or _CHANGE_WORDS.fullmatch(c.strip()) for c in hc[1:])


def _spans(line: str) -> list[tuple[int, int, str]]:
    """The cells of an aligned line with the columns each starts and ends at."""
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?:[ ](?! )\S+)*", line)]


def by_position(line: str, head: str, width: int) -> list[str] | None:
    """The cells of an aligned row set under the header line's columns by where each stands, a
    column the row leaves blank an empty cell ("Basic EPS   2.53   2.25        4.73" under "Item  Q2
    FY26  Q2 FY25  YoY %  H1 FY26": the YoY cell is blank); None when a cell stands under no single
    column, or two under one (TABLE_SHAPES ruled-sheet)."""
    cols = _spans(head)
    if _EMPTY_CORNER.match(head) is not None:
        cols = [(0, 0, ""), *cols]   # (an empty-corner header: the label column has no heading)
    cells = _spans(line)
    if len(cols) != width or len(cells) < 2 or "\t" in line or "\t" in head:
        return None
    out = [cells[0][2]] + [""] * (width - 1)
    for a, b, text in cells[1:]:
        over = [(min(b, cb) - max(a, ca), k) for k, (ca, cb, _) in enumerate(cols) if k > 0]
        best = max(over)
        if best[0] <= 0:   # (under no column's words: the column whose right or left edge is nearest, 3 places at most)
            near = min((min(abs(b - cb), abs(a - ca)), k) for k, (ca, cb, _) in enumerate(cols) if k > 0)
            if near[0] > 3:
                return None
            best = (0, near[1])
        if sum(1 for o, _ in over if o > 0) > 1 or out[best[1]]:
            return None
        out[best[1]] = text
    return out


MEASURE_GROUPS = TableShape(
    "measure-groups",
    "an empty-corner line of measure names ('Revenue   Operating profit') over a line opening with the table's "
    "currency note and then periods, as many under each measure ('Rm   H1 2026   H1 2025   H1 2026   H1 2025'): each "
    "column is the measure over it in that period, the note is the corner",
    ("probe30 08a_reunert_sens_interim_may2026 (JSE SENS): 'Revenue  Operating profit' over 'Rm  H1 2026  H1 2025  "
     "H1 2026  H1 2025' under 'SEGMENTAL PERFORMANCE'",
     "probe29 04_addnode_interim_report (Nasdaq Stockholm interim report): 'Net sales  EBITA' over 'MSEK  Q3 2026  "
     "Q3 2025  Q3 2026  Q3 2025' under 'DIVISIONS — THIRD QUARTER'"),
    ("'              Sales      EBIT' over 'EURm   2031   2030   2031   2030' (invented)",))
_NOTE_CORNER = plain(r"(?:[A-Z]{1,3}\$?|[$€£¥₹])\s?(?:m|mn|bn|['’]000|million|billion|thousands?)|R\s?m|R\s?bn|[MT][A-Z]{3}|[A-Z]{3}m")


def measure_groups(head: str, nxt: str) -> list[str] | None:
    """The header of a table whose measure names stand over its note-and-periods line (MEASURE_GROUPS):
    the note, then each column "<measure> <period>"; None otherwise."""
    if re.search(r"\d", head):
        return None
    groups = [c for _, c in _cell_starts(head)]
    cols = _cell_starts(nxt)
    if not groups or len(cols) < 3 or cols[0][0] > 1 or not _NOTE_CORNER.fullmatch(cols[0][1]):
        return None
    periods = [c for _, c in cols[1:]]
    if len(periods) % len(groups) or len(periods) == len(groups) or not all(_PERIOD_WORDS.fullmatch(c) for c in periods):
        return None
    per = len(periods) // len(groups)
    return [cols[0][1], *(f"{groups[k // per]} {c}" for k, c in enumerate(periods))]


def _grouped_header(head: str, nxt: str) -> list[str] | None:
    """A header line of column groups ("Particulars   Quarter ended   Half year ended   Year ended")
    over a line of more columns, each a day or a period ("30.09.2026  30.06.2026 …"): the header
    cells, each column named by the group standing at or left of it and its own day; None otherwise."""
    if _EMPTY_CORNER.match(nxt) is None:
        return None
    groups = _cell_starts(head)[1:]
    cols = _cell_starts(nxt)
    if not groups or len(cols) <= len(groups) or not all(_PERIOD_WORDS.fullmatch(c) for _, c in cols):
        return None
    out = [_aligned_cells(head)[0]]
    for at, c in cols:
        g = [name for start, name in groups if start <= at + 2]
        if not g:
            return None
        out.append(day_cell(f"{g[-1]} {c}"))
    return out


# a cell stating that no figure applies: "n/a", "not applicable", "n.m.", "nm" (a row of figures still: probe27
# 03_qianxin_interim "Net profit attributable …  -38,412.07  -61,205.44  not applicable"; focusset21 09_montage
# "| Renesas (IDT) | 6723.JP | n.m. | n.m. |")
_NOT_STATED = plain(r"^(?:n/?a|n\.a\.?|not\s+applicable|n\.?m\.?|n/m|not\s+meaningful)$", re.I)


COLUMN_UNIT_LINE = TableShape(
    "column-unit-line",
    "under an empty-corner header of periods, a line repeating one currency-and-scale note under every column "
    "('RMB'000   RMB'000', 'RM'000  RM'000') is the table's note, no row: the rows start under it and their bare "
    "numbers are in that unit",
    ("kindcheck31 tables 02_yuelan (HKEX annual results): '  FY2026  FY2025  Change' over '  RMB'000  RMB'000'",
     "probe27 07_vitrox_bursa and kindcheck28 grids 01_seroja (Bursa quarterly reports): a line 'RM'000  RM'000  "
     "RM'000  RM'000' under the columns' days; probe33 05_cseglobal_sgx_halfyear (SGX half-year statement): "
     "\"S$'000  S$'000  %\" under '1H2026  1H2025  Change' (the change column's cell '%' is the change's unit, as "
     "02_yuelan leaves that cell blank)"),
    ("'       FY2031     FY2030' over '      HK$'000    HK$'000' (invented)",
     "'       FY2031     FY2030    Change' over '      HK$'000    HK$'000       %' (invented)"))
_UNIT_CELL = plain(r"(?:[A-Z]{1,3}\$?|[$€£¥₹])\s?(?:['’]000|m|mn|bn|million|billion|thousands?)")
# the unit cell a change column carries on the column-unit line ("S$'000   S$'000   %"): no column's amount unit
_CHANGE_UNIT_CELLS = frozenset(("%", "(%)", "%%"))


class _UnitNote:
    """A column-unit line read as a note line: `group(1)` is the note in brackets; `cells` the line's
    cells, one under each column ("%" under a change column)."""
    def __init__(self, note: str, cells: tuple[str, ...] = ()):
        self._note = note
        self.cells = cells

    def group(self, _k: int = 0) -> str:
        return self._note


def column_unit_line(line: str):
    """The note a line of one repeated currency-and-scale cell under the columns states ("RMB'000
    RMB'000": "(RMB'000)"), as a match-like object, or None (COLUMN_UNIT_LINE)."""
    if _EMPTY_CORNER.match(line) is None:
        return None
    cells = line.split()
    units = [c for c in cells if c not in _CHANGE_UNIT_CELLS]   # ("%" under a change column: the change's unit)
    if len(units) < 2 or len(set(units)) != 1 or not _UNIT_CELL.fullmatch(units[0]):
        return None
    return _UnitNote(f"({units[0]})", tuple(cells))


def periods_over_units(hc: list[str], above: str) -> list[str]:
    """A labelled column-unit line ("Revenue by segment   S$'000   S$'000") under an empty-corner line
    naming one period over each column ("1H2026   1H2025"): the label with the unit as its note, then
    the periods (COLUMN_UNIT_LINE, the corner's words printed on the unit line); else `hc` as it is."""
    units = hc[1:]
    if len(units) < 2 or len(set(units)) != 1 or not _UNIT_CELL.fullmatch(units[0]) or _EMPTY_CORNER.match(above) is None:
        return hc
    periods = _aligned_cells(above)
    if len(periods) != len(units) or len(set(periods)) != len(periods) or not all(_PERIOD_WORDS.fullmatch(c) for c in periods):
        return hc
    return [f"{hc[0]} ({units[0]})", *periods]


def percent_columns(hc: list[str], note) -> list[str]:
    """The header cells with a column-unit line's "%" joined to the cell it stands under ("Change" over
    "%": "Change %", a change column in percent), when the line has one cell per column (COLUMN_UNIT_LINE)."""
    cells = getattr(note, "cells", ())
    if len(cells) != len(hc) or not any(c in _CHANGE_UNIT_CELLS for c in cells):
        return hc
    return [f"{h} %" if c in _CHANGE_UNIT_CELLS else h for h, c in zip(hc, cells)]


EMPTY_CORNER_PERCENT_HEAD = TableShape(
    "empty-corner-percent-head",
    "an empty-corner aligned header whose change column is headed by a percent sign alone ('%', 'Δ%', '+/- %'), "
    "beside columns named by words ('9M 2026   9M 2025   Δ%'): the header is a table's, the change column holds "
    "each row's change in percent (table_rows.PERCENT_CHANGE_COLUMN reads such a head in a markdown table)",
    ("probe34 02_questholdings_athex_9m (ATHEX announcement, plain text): 'KEY CONSOLIDATED FIGURES (€ thousand)' "
     "over '          9M 2026   9M 2025   Δ%' over 'Sales   1,048,612   962,470   +9.0%'",
     "kindcheck28 grids 02_brunnegg_h1_2026 (Swiss release, markdown): the same column head '| % |' beside "
     "'| H1 2026 | H1 2025 |'; probe33 05_cseglobal_sgx_halfyear prints the '%' on the unit line under 'Change'"),
    ("'             FY2031     FY2030      %' over 'Sales     1,200     1,100    +9.1' (invented)",))
# a change column's head that is a percent sign alone, "%", "Δ%", "+/- %" (EMPTY_CORNER_PERCENT_HEAD)
_PERCENT_ONLY_HEAD = plain(r"^(?:[+/\-−±Δ]+\s*)?%$")


def _worded_or_percent(cells_: list[str]) -> bool:
    """Every cell a column's name in words, or a change column's percent-only head, and at least one
    in words (EMPTY_CORNER_PERCENT_HEAD)."""
    worded = [c for c in cells_ if re.search(r"[A-Za-z]", c) and not _numeric(c)]
    return bool(worded) and all(c in worded or _PERCENT_ONLY_HEAD.fullmatch(c) for c in cells_)


EMPTY_CORNER_YEARS = TableShape(
    "empty-corner-years",
    "an aligned header of bare years only ('2025   2024'), its label column's heading left blank, over rows of a "
    "label and one figure per year: the years name the columns (as under a labelled corner, '_years_header')",
    ("probe31 06_swordgroup_segment_note (annual report note, plain text): '5.4 Revenue by geographical area' over "
     "'                2025        2024' over 'United Kingdom   121,930   110,322'",
     "probe27 05_ceragon_6k (6-K press release, plain text): '                2026          2025' over 'Revenues   "
     "101,400   98,700' (under a wrapped 'Three months ended June 30')"),
    ("'              2031      2030' over 'Sales      1,200     1,100' (invented)",))


def _aligned_tables(lines: list[tuple[int, str]], taken: list[Table]) -> list[Table]:
    """aligned-columns: runs of plain lines split into the same number (3+) of cells by runs of
    spaces, the first a header of words, the rest rows of numbers."""
    out = []
    i = 0
    while i + 2 < len(lines):
        p0, head = lines[i]
        if "|" in head or not _GAP.search(head) or any(tb.head <= p0 <= tb.end for tb in taken):
            i += 1
            continue
        hc = _aligned_cells(head)
        pos_line, pos_at = head, p0   # (the header line the columns' places are read from)
        if i > 0:
            hc = periods_over_units(hc, lines[i - 1][1])   # "1H2026  1H2025" over "Revenue by segment  S$'000  S$'000"
        grouped = _grouped_header(head, lines[i + 1][1]) if i + 1 < len(lines) and _header_like(hc) else None
        if grouped is None and i + 1 < len(lines) and _EMPTY_CORNER.match(head) is not None:
            grouped = measure_groups(head, lines[i + 1][1])   # "Revenue  Operating profit" over "Rm  H1 2026 …" (MEASURE_GROUPS)
            noted = grouped is not None   # (its corner is the note: no section title)
        else:
            noted = False
        if grouped is not None:
            # a header of column groups over a line of their days (TABLE_SHAPES grouped-header)
            hc, pos_line, pos_at = grouped, lines[i + 1][1], lines[i + 1][0]
            i += 1
            while i + 1 < len(lines) and _EMPTY_CORNER.match(lines[i + 1][1]) and not re.search(r"\d", lines[i + 1][1]) \
                    and len(_aligned_cells(lines[i + 1][1])) >= len(hc) - 1:
                i += 1   # (an audit-status line under the days, "Unaudited  Unaudited  Audited": no column's name)
        # a header wrapped over two lines is one header (TABLE_SHAPES aligned-columns, wrapped-header)
        wrapped = None if grouped is not None else _wrapped_header(head, lines[i + 1][1]) if _EMPTY_CORNER.match(head) is not None or (
            # (a labelled header over a line finishing its value columns' names: "Share class   Year to" over
            # "                 30 Jun 2031", TABLE_SHAPES wrapped-header)
            _header_like(hc) and _EMPTY_CORNER.match(lines[i + 1][1]) is not None) else None
        if wrapped is not None:
            hc = wrapped
            i += 1
        # a note alone under an empty-corner header, "(Millions of yen)", is the corner's (transposed.RULES corner-note)
        note = _NOTE_LINE.match(lines[i + 1][1]) if _EMPTY_CORNER.match(head) is not None and i + 1 < len(lines) else None
        if note is None and _EMPTY_CORNER.match(head) is not None and i + 1 < len(lines):
            note = column_unit_line(lines[i + 1][1])   # "RMB'000   RMB'000": the corner's note (COLUMN_UNIT_LINE)
        hc = percent_columns(hc, note)
        first = i + 2 if note is not None else i + 1
        if note is None and i + 1 < len(lines) and _SCALE_CORNER.search(hc[0]) and _NOTE_LINE.match(lines[i + 1][1]):
            # (issue52m) the corner's unit again in the report's own language under a labelled corner, "EUR million"
            # over "(milj. euroa)" (kindcheck35 tables 03_kuusilahti_half_year_2026): no row, the rows start below
            first = i + 2
        while first < len(lines) and _RULE_LINE.match(lines[first][1]):
            first += 1   # a rule line under the header ("-----"): the rows start below it (TABLE_SHAPES ruled-sheet)
        rc0 = len(_aligned_cells(lines[first][1])) if first < len(lines) else 0
        corner = _EMPTY_CORNER.match(head) is not None and rc0 in (len(hc) + 1, 2 * len(hc) + 1)
        if corner:
            hc = [note.group(1) if note is not None else "", *hc]   # empty-corner header: the label column has no heading
        if len(hc) < 3 or not (_header_like(hc) or _years_header(hc)
                               or corner and _worded_or_percent(hc[1:])
                               or corner and _years_header(["years", *hc[1:]])):   # (EMPTY_CORNER_YEARS)
            i += 1
            continue
        # (a row with two cells under each header cell, a figure and its change: transposed.RULES value-and-change-pairs)
        widths = (len(hc), 2 * len(hc) - 1) if corner else (len(hc),)
        j = first
        while j < len(lines) and "|" not in lines[j][1]:
            if j > first and j + 1 < len(lines) and wrapped_label(lines[j][1], lines[j + 1][1]):
                j += 1   # a label wrapped onto the row under it (TABLE_SHAPES wrapped-label): read with that row
            k = j
            while j > first and k < len(lines) and label_tail(lines[k][1], lines[k - 1][1]):
                k += 1   # the rest of the row above's label, under it (LABEL_TAIL)
            if k > j:
                if k < len(lines) and len(_aligned_cells(lines[k][1])) in widths and all(
                        _numeric(c) or c in ("", "-", "–", "—") or _NOT_STATED.match(c) for c in _aligned_cells(lines[k][1])[1:]):
                    j = k   # (more rows follow: the tail is inside the table)
                else:
                    break
            rc = _aligned_cells(lines[j][1])
            if len(rc) not in widths:
                # a row with a blank cell: its cells set under the header's columns by where they stand (ruled-sheet)
                rc = by_position(lines[j][1], pos_line, len(hc)) or rc
            if len(rc) not in widths or not all(_numeric(c) or c in ("", "-", "–", "—") or _NOT_STATED.match(c) for c in rc[1:]) \
                    or not any(c for c in rc[1:]):
                break
            j += 1
        if j - first >= 2:
            if not corner and not noted and (_SECTION_TITLE.match(hc[0]) or _caption_corner(hc)):
                hc = ["", *hc[1:]]   # a section's title in the corner is the table's caption, no column's name (ruled-sheet)
            out.append(Table(lines[first][0], lines[j - 1][0] + len(lines[j - 1][1]), tuple(hc), p0, "aligned-columns", pos_at))
            i = j
        else:
            i += 1
    return out


LABEL_TAIL = TableShape(
    "label-tail",
    "in an aligned table, an indented line of words only under a row of figures finishes that row's label "
    "('Ingresos de actividades  214.380 …' over '  ordinarias (Revenue)'): the table goes on under it; the row is "
    "read by its label's first line",
    ("probe30 01_grupogtd_hecho_esencial (CMF annex): 'Ingresos de actividades  214.380  196.720  9,0% …' over "
     "'  ordinarias (Revenue)', and 'Ganancia atribuible a los  21.940 …' over two more label lines",
     "probe27 07_vitrox_bursa and probe30 06_digitalchina print long labels wrapped the same way, over the figures "
     "('4 Profit/(loss) attributable' / '  to ordinary equity holders' / '  of the parent  38,110': wrapped-label)"),
    ("'Revenue from contracts   120.5   98.1' over '  with customers' over 'EBITDA   30.2   25.0' (invented)",))
_LABEL_TAIL = plain(r"^[ \t]{2,}[A-Za-zÀ-ÿ(][^\d|]{0,60}$")


# a label's end printed flush left under its row (a results form's "Net Profit (Loss) represents the amount  541,906 …"
# over "attributable to the owners of the parent Company"): a line of words only that opens in lower case, or
# finishes a label left on a function word ("Total Equity attributable to the owners of the  11,280,551 …" over
# "Parent Company"): LABEL_TAIL
_FLUSH_TAIL = plain(r"^[a-z][^\d|]{0,80}$")
_OPEN_LABEL = plain(r"\b(?:the|of|to|and|for|in|on|from|by|with|attributable)$", re.I)


def label_tail(line: str, above: str = "") -> bool:
    """An indented line of a few words and no figure, the end of the label above (LABEL_TAIL); flush
    left, when it opens in lower case or the label above ends on a function word."""
    if len(_aligned_cells(line)) != 1:
        return False
    if _LABEL_TAIL.match(line):
        return True
    cs = _aligned_cells(above) if above else []
    return bool(cs) and len(line.split()) <= 12 and not re.search(r"[\d|:]", line) and (
        bool(_FLUSH_TAIL.match(line)) or bool(_OPEN_LABEL.search(cs[0])) and line[:1].isupper())


def wrapped_label(line: str, nxt: str) -> bool:
    """A line of an aligned table holding only the start of a row's label, its end and the row's
    figures on the indented line under it ("Operating" over "  margin on business activity   33 116
    29 607"): TABLE_SHAPES wrapped-label."""
    cs = _aligned_cells(line)
    return len(cs) == 1 and not re.search(r"\d", cs[0]) and len(cs[0].split()) <= 8 and bool(re.match(r"[ \t]{2,}\S", nxt)) \
        and not re.match(r"[ \t]", line) and len(_aligned_cells(nxt)) >= 3


def row_text(tb: Table, text: str, pos: int) -> str:
    """The row of table `tb` holding offset `pos` of `text`, as pipe cells ("| Alpha | 120 | +20% |"),
    whichever layout the table has."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    if tb.shape == "leader-dots":
        lc = _leader_cells(line)
        return "| " + " | ".join(lc) + " |" if lc is not None else line
    if tb.shape == "csv":
        layout = _csv_layout(text[tb.head:text.find("\n", tb.head)]) if tb.head >= 0 else None
        if layout is None:
            return line
        ent, per = layout
        cs = _csv_cells(line)
        names = _csv_cells(text[tb.head:text.find("\n", tb.head)])
        # (a percent column's bare numbers are percents: "yoy_growth_pct" over "16.9")
        cs = [f"{c}%" if k < len(names) and re.search(r"(?:^|_)(?:pct|percent)$|%$", names[k], re.I)
              and re.fullmatch(r"[-+]?\d[\d.]*", c) else c for k, c in enumerate(cs)]
        return "| " + " | ".join([cs[ent]] + [c for k, c in enumerate(cs) if k not in (ent, per)]) + " |"
    if tb.shape != "aligned-columns":
        return line
    cs = _aligned_cells(line)
    if tb.stacked:
        # (a label wrapped over the lines above, a row number before it: stacked_headers.row_label)
        return "| " + " | ".join([row_label(text, tb.start, a, cs[0]) if cs else "", *cs[1:]]) + " |"
    at = tb.places if tb.places >= 0 else tb.head
    if len(cs) != len(tb.header) and at >= 0:
        head = text[at:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
        cs = by_position(line, head, len(tb.header)) or cs
    if a > tb.start and cs:
        above = text[text.rfind("\n", 0, a - 1) + 1:a - 1]
        if wrapped_label(above, line):
            cs = [f"{above.strip()} {cs[0]}", *cs[1:]]   # (the label's start on the line above: wrapped-label)
    # (a footnote marker is no part of a label or a figure: "Telecom services (1)", "352.6¹": footnote-markers)
    return "| " + " | ".join(strip_marker(c) for c in cs) + " |"


def row_texts(tb: Table, text: str) -> list[str]:
    """Every row of table `tb` as pipe cells (row_text), in order."""
    out, pos = [], tb.start
    while pos <= tb.end:
        out.append(row_text(tb, text, pos))
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return out


def line_span(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the line holding offset `pos`, its indent and trailing spaces left out."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    line = text[a:b]
    return a + len(line) - len(line.lstrip()), a + len(line.rstrip())


def table_at(found: list[Table], pos: int) -> Table | None:
    """The table whose rows hold offset `pos`, or None."""
    return next((tb for tb in found if tb.start <= pos <= tb.end), None)


def header_line_at(found: list[Table], pos: int) -> Table | None:
    """The table whose header line starts at or holds offset `pos` (a header names the measure,
    the period and the unit of its columns, never a value: no figure is read from it)."""
    if table_at(found, pos) is not None:
        return None   # (a row of a CSV block's first run, above the later runs that share its header line)
    return next((tb for tb in found if 0 <= tb.head <= pos < tb.start), None)


def header_for(found: list[Table], pos: int) -> tuple[str, ...] | None:
    """The header of the table whose rows hold offset `pos`, or None."""
    return next((tb.header for tb in found if tb.start <= pos <= tb.end), None)


def column_at(row: str, pos: int) -> int:
    """The column (0: the label column) a value at `pos` of a table row sits in."""
    lead = len(row) - len(row.lstrip())
    pipes = row.count("|", 0, pos)
    return pipes - (1 if row[lead:lead + 1] == "|" else 0)


# a sheet's day column written "30-Sep-25" / "31-Mar-2025" (TABLE_SHAPES ruled-sheet): the day it is, spelled out
_DAY_CELL = plain(r"^(?:(?:as\s+)?(?:at|of|on)\s+)?(\d{1,2})[-/ ]([A-Z][a-z]{2})[a-z]*\.?[-/ ]((?:19|20)?\d\d)$", re.I)


_DOTTED_DAY = plain(r"^(.*?\s)?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# a day written with slashes, "30/06/2026" (day first, as Europe writes it) or "06/30/2026" (month first): read
# only when the order shows (one part above 12), never guessed
_SLASHED_DAY = plain(r"^(.*?\s)?(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)$")
# a period's forecast mark, "2026e", "FY2027E", "2027F" (table_rows.ESTIMATE_PERIODS): the period is read without it
_FORECAST_MARK = plain(r"(?<=\d)[EeF](?=$|[\s)*])")


# a period with a forecast's mark: "2026e", "FY27E", "Q4 FY27E", "2027F", "2026 est.", "FY28 forecast"
# (table_rows.ESTIMATE_PERIODS)
FORECAST_PERIOD = plain(r"(?:^|\s)(?:[QH][1-4]\s*|[1-4][QH]\s*)?(?:FY|CY)?\s?['’]?(?:\d{2}|(?:19|20)\d{2})(?:/\d{2,4})?"
                             r"(?:[EeF]|\s?(?:est\.?|estimates?|forecast|fcst\.?))(?=$|[\s)|,*])")


def forecast_marked(cell: str) -> bool:
    """A header cell naming a period with a forecast's mark ("2026E revenue", "FY27E"): its column
    holds forecasts, never actuals (table_rows.ESTIMATE_PERIODS)."""
    return bool(FORECAST_PERIOD.search(re.sub(r"[*_`]+", "", cell or "").strip()))


# a span between two dotted days in a column's name: "Current period 01.04.2026 to 30.09.2026" (kindcheck34 tables
# 03_kelanimaru, CSE interim), "(01.07.2026–30.09.2026)" (probe31 01_indeks_kap_disclosure, KAP): each day spelled out
_DOTTED_SPAN = plain(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(\s*(?:to|-|–|—)\s*)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


def _spelled_span(m: re.Match) -> str:
    days = [(int(m.group(k)), int(m.group(k + 1)), m.group(k + 2)) for k in (1, 5)]
    if not all(1 <= mo <= 12 and 1 <= d <= 31 for d, mo, _ in days):
        return m.group(0)
    return " to ".join(f"{d} {_MONTHS[mo - 1]} {y}" for d, mo, y in days)


def day_cell(cell: str) -> str:
    """A header cell naming a day as a sheet writes it ("30-Sep-25", "Quarter ended 30.09.2026",
    "30/06/2026") in words ("30 Sep 2025"), so the period reader reads the day, not a year; a span
    between two dotted days ("01.04.2026 to 30.09.2026") as that span in words; a period
    with a forecast's mark ("2026e") without it; any other cell as it is."""
    if cell and "." in cell and _DOTTED_SPAN.search(cell):
        return _DOTTED_SPAN.sub(_spelled_span, cell)
    if cell and _FORECAST_MARK.search(cell) and re.search(r"(?:^|\s|FY|CY|[QH][1-4]\s?)['’]?\d{2,4}[EeF]\b", cell):
        cell = _FORECAST_MARK.sub("", cell)
    d = _DOTTED_DAY.match(cell.strip()) if cell and "." in cell else None
    if d is not None and 1 <= int(d.group(3)) <= 12 and 1 <= int(d.group(2)) <= 31:
        return f"{d.group(1) or ''}{int(d.group(2))} {_MONTHS[int(d.group(3)) - 1]} {d.group(4)}"
    d = _SLASHED_DAY.match(cell.strip()) if cell and "/" in cell else None
    if d is not None:
        a, b = int(d.group(2)), int(d.group(3))
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
        if 1 <= month <= 12 and day <= 31:
            return f"{d.group(1) or ''}{day} {_MONTHS[month - 1]} {d.group(4)}"
    m = _DAY_CELL.match(cell.strip()) if cell else None
    if m is None or m.group(2).lower() not in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"):
        return cell
    year = m.group(3) if len(m.group(3)) == 4 else f"20{m.group(3)}"
    return f"{int(m.group(1))} {m.group(2).capitalize()} {year}"


RESULTS_FORM = TableShape(
    "results-form",
    "an exchange's results form: a statement's rows (net profit, EPS, total assets, revenue) under columns named "
    "'Current Period' / 'Comparative Period' (or 'Similar Period For previous Year'), a span's words ('Six Month', "
    "'Second quarter') and its end ('2026-06-30') or year stacked with them: the current column is the span to that "
    "end, the comparative one the span a year earlier, each named by its own words; with no day or year printed, "
    "the current column is the period the document reports on and the comparative one that period a year earlier",
    ("probe33 08a/08b_automatedsystems_boursa (Boursa Kuwait results form): 'Six Month Current' over 'Period "
     "2026-06-30', 'Second quarter' over 'Current Period 2026'",
     "probe29 02_moammar_tadawul_results (Saudi Exchange results table): '| Element List | Current Period | Similar "
     "Period For previous Year | %Change |'"),
    ("'Statement   Nine Month Current   Nine Month Comparative' over '            Period 2031-09-30   Period "
     "2030-09-30' over 'Revenue   4,100   3,900' (invented)",))
_FORM_WORDS = plain(r"\b(?:current|comparative)\s+period\b", re.I)
_ISO_DAY = plain(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_SPAN_MONTHS = plain(r"^(three|six|nine|twelve|\d{1,2})[\s-]+months?\s+(?!ended|ending|to\b)", re.I)


_FORM_CORNER = plain(r"^(?:statements?|element\s+list)$", re.I)
# the form's title line naming its currency by code alone in brackets: "Kuwaiti Company (KWD)"
_FORM_CURRENCY = plain(r"^[ \t]*[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s+\(([A-Z]{3})\)[ \t]*$", re.M)


def form_header(header: tuple[str, ...] | None) -> bool:
    """A results form's header: the corner "Statement" / "Element List" over current and comparative
    period columns (RESULTS_FORM)."""
    return bool(header) and bool(_FORM_CORNER.match(header[0].strip())) \
        and any(_FORM_WORDS.search(c) or current_column(c) for c in header[1:])


def form_note(text: str, head: int, header: tuple[str, ...]) -> str:
    """The currency a results form's title gives its amounts ("Kuwaiti Company (KWD)" -> "KWD"), for a table
    under the corner "Statement" / "Element List" whose columns are current and comparative periods, the title
    among the 25 lines above its header; "" otherwise (RESULTS_FORM: the amounts are then in that currency,
    no scale)."""
    if head < 0 or not header or not _FORM_CORNER.match(header[0].strip()) \
            or not any(_FORM_WORDS.search(c) or current_column(c) for c in header[1:]):
        return ""
    start = head
    for _ in range(25):
        start = text.rfind("\n", 0, max(0, start - 1))
        if start < 0:
            start = 0
            break
    found = _FORM_CURRENCY.findall(text, start, head)
    return found[-1] if found else ""


def form_cell(cell: str) -> str:
    """A results form's column name as the period reader reads it (RESULTS_FORM): "Six Month Current Period
    2026-06-30" -> "Six months ended 30 Jun 2026", "Second quarter Current Period 2026" -> "Second quarter
    2026"; any other cell as it is."""
    if not cell or _FORM_WORDS.search(cell) is None or _FORM_WORDS.fullmatch(cell.strip()):
        return cell
    out = " ".join(_FORM_WORDS.sub(" ", cell).split())
    out = _ISO_DAY.sub(lambda m: f"{int(m.group(3))} {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
                       if 1 <= int(m.group(2)) <= 12 else m.group(0), out)
    if re.search(r"\b\d{1,2} [A-Z][a-z]{2} (?:19|20)\d\d$", out):
        out = _SPAN_MONTHS.sub(lambda m: f"{m.group(1)} months ended ", out)
    return out


def _after(p, doc_period) -> bool:
    """Whether an undated column's period names a later year than the period reported on."""
    y = re.search(r"(?:19|20)?(\d\d)\b(?!.*\d)", p.label or "")
    end = getattr(doc_period, "end", None)
    return y is not None and end is not None and 2000 + int(y.group(1)) > end.year


def _order(p) -> tuple:
    y = re.search(r"(?:19|20)?(\d\d)\b(?!.*\d)", p.label or "")
    q = re.search(r"\b[QH]([1-4])\b", p.label or "")
    return (int(y.group(1)) if y else -1, int(q.group(1)) if q else 0)


@dataclass(frozen=True)
class ColumnPeriodRule:
    """One way a table column's header names its period (COLUMN_PERIOD_RULES): its name, the header words
    that trigger it, an invented example and the step: `name_cell(cell) -> cell` rewrites the header's words
    for the period reader, `read(cell, ps, resolve, doc_period) -> ps` gives (or refines) the column's periods,
    `judge(cell) -> str | None` says how a column naming no period of its own stands to the table's period
    (column_judgement: the label column over rows that are periods, a new or previous forecast's column)."""
    name: str
    triggers: str
    example: str
    name_cell: object = None
    read: object = None
    judge: object = None


def _resolved(cell, ps, resolve, doc_period):
    return resolve(cell) if cell else []


def _two_language(cell, ps, resolve, doc_period):
    return (_one_language(cell, resolve) or ps) if len(ps) > 1 and re.search(r"\s/\s", cell) else ps


def _current(cell, ps, resolve, doc_period):
    return [doc_period] if not ps and doc_period is not None and current_column(cell) else ps


def _prior(cell, ps, resolve, doc_period):
    if ps:
        return ps
    prior = prior_column(cell, doc_period)
    return [prior] if prior is not None else ps


# slash-year: a part of a year written "<part>/<year>", as Vietnamese and Thai filings print it in English ("Quarter
# 2/2026", "Q3/2026", "9M/2026", "6M/2026"); the period reader reads "Q3 2026" and "9M 2026"
# (the year in two digits too, "Q3/26  Q2/26  Q3/25 … 9M/26  9M/25": kindcheck35 tables 02_sirinakorn_q3_2026_mdna_set
# (SET MD&A); else the period reader reads "Q3/26" and "Q3/25" both as a yearless "Q3")
_SLASH_YEAR = plain(r"\b(?:(?:Quarter|Qtr\.?)\s*([1-4])|(Q[1-4]|[1-9]M|1[0-2]M|H[12]))\s*/\s*((?:19|20)\d\d|\d\d)\b", re.I)


def _full_year(y: str) -> str:
    return y if len(y) == 4 else "20" + y


def slash_year_cell(cell: str) -> str:
    """A header cell's "<part>/<year>" in the period reader's words ("Quarter 2/2026" -> "Q2 2026", "9M/2026" ->
    "9M 2026"; COLUMN_PERIOD_RULES slash-year); any other cell as it is."""
    if "/" not in cell:
        return cell
    return _SLASH_YEAR.sub(lambda m: f"Q{m.group(1)} {_full_year(m.group(3))}" if m.group(1)
                           else f"{m.group(2).upper()} {_full_year(m.group(3))}", cell)


# months-to-date: "<N> months <year>" names the first N months of that year, never the year ("Nine months 2026", "9
# months 2025"); a bracket of the span's days without a year between them, "Nine months (1.1 - 30.9) 2026", "Third
# quarter (1.7 - 30.9) 2026", says no more than the words
_SPELLED_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_MONTHS_YEAR = plain(r"^(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+(?P<y>(?:19|20)\d\d)$", re.I)
_DAY_SPAN = plain(r"\s*\(\s*\d{1,2}\.\d{1,2}\.?\s*[-–]\s*\d{1,2}\.\d{1,2}\.?\s*\)\s*")


def months_to_date_cell(cell: str) -> str:
    """A header cell's "<N> months <year>" in the period reader's words ("Nine months 2026" -> "9M 2026"), its day-span
    bracket dropped (COLUMN_PERIOD_RULES months-to-date); any other cell as it is."""
    if "month" not in cell.lower() and "(" not in cell:
        return cell
    cell = " ".join(_DAY_SPAN.sub(" ", cell).split())
    m = _MONTHS_YEAR.match(cell)
    if m is None:
        return cell
    n = m.group("n").lower()
    return f"{_SPELLED_MONTHS.get(n, n)}M {m.group('y')}"


# month-range: "<first month>-<last month>/<year>", as Finnish and Hungarian reports head their columns in English
# ("4-6/2026  4-6/2025  1-6/2026  1-6/2025  1-12/2025", "1-9/2026  1-9/2025  change"): the months of that year, a
# calendar quarter, half or year by its name, any other span by its months ("2-4/2026" -> "February-April 2026")
_MONTH_RANGE = plain(r"^(?P<a>1[0-2]|0?[1-9])\s*[-–]\s*(?P<b>1[0-2]|0?[1-9])\s*/\s*(?P<y>(?:19|20)\d\d)$")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def month_range_cell(cell: str) -> str:
    """A header cell's "<M1>-<M2>/<year>" in the period reader's words ("4-6/2026" -> "Q2 2026", "1-6/2026" ->
    "H1 2026", "1-12/2025" -> "2025", "1-9/2026" -> "January-September 2026"; COLUMN_PERIOD_RULES month-range);
    any other cell as it is."""
    m = _MONTH_RANGE.match(cell.strip()) if "/" in cell else None
    if m is None:
        return cell
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if a >= b:
        return cell
    if (a, b) == (1, 12):
        return y
    if b == a + 2 and a % 3 == 1:
        return f"Q{a // 3 + 1} {y}"
    if b == a + 5 and a in (1, 7):
        return f"H{1 if a == 1 else 2} {y}"
    return f"{_MONTH_NAMES[a - 1]}-{_MONTH_NAMES[b - 1]} {y}"


def _measure_year_step(cell, ps, resolve, doc_period):
    return ps if ps or not cell else _measure_year(cell, resolve)


# the label column's header of a table whose rows are periods: a period word, a note, or nothing
# (transposed.RULES periods-as-rows; a quarter's or a span's "… ended" too, "Quarter ended" over '30 Sep 2026 (Q3)'
# rows (probe36 08_frontken_stock_quote_profile), "Three months ended" over 'Oct 31, 2026' rows (probe28
# 05_enghouse_canadian_mdna_quarterly))
PERIOD_AXIS = plain(r"^(?:years?|fiscal\s+years?|financial\s+years?|fy|periods?|quarters?|halves|half|dates?|as\s+of|"
                    r"(?:years?|periods?|quarters?|half[-\s]years?|(?:three|six|nine|twelve|3|6|9|12)\s+months)\s+ended|"
                    r"\([^()]*\)|)$", re.I)
# a guidance table's column of the new and of the previous forecast (guidance_tables.VERSION_COLUMNS)
GUIDANCE_WORD = plain(r"\b(?:guidance|outlook|forecasts?|targets?)\b", re.I)
NEW_VERSION = plain(r"\b(?:new|updated|revised|current|raised|upgraded|lowered|amended|latest|now)\b", re.I)
PREVIOUS_VERSION = plain(r"\b(?:previous(?:ly)?|prior|original|earlier|old|initial|former)\b", re.I)


def _period_axis(cell: str) -> str | None:
    return "period-axis" if PERIOD_AXIS.match(cell) else None


def _forecast_version(cell: str) -> str | None:
    return "previous" if PREVIOUS_VERSION.search(cell) else "new" if NEW_VERSION.search(cell) else None


# The one reading of "which column is which period" for every layout (markdown, HTML, aligned text, stacked,
# forms): a header cell's words are renamed by the name_cell steps in order, then its periods read by the read
# steps in order. (Stacked and one-line Bursa headers name their columns first, where the document's financial
# year end is known: stacked_headers.column_name / named_columns.)
COLUMN_PERIOD_RULES: tuple[ColumnPeriodRule, ...] = (
    ColumnPeriodRule("footnote-marker", "(1) ¹ * after the cell", "'FY2031 (1)' -> 'FY2031'", name_cell=strip_marker),
    ColumnPeriodRule("results-form", "Current / Comparative Period", "'Six Month Current Period 2031-06-30' -> "
                     "'Six months ended 30 Jun 2031'", name_cell=lambda c: form_cell(c)),
    ColumnPeriodRule("sheet-day", "30.09.2031, 30-Sep-31, 30/09/2031, 01.04.2031 to 30.09.2031, 2031e",
                     "'Current period 01.04.2031 to 30.09.2031' -> '… 1 Apr 2031 to 30 Sep 2031'",
                     name_cell=lambda c: day_cell(c)),
    ColumnPeriodRule("slash-year", "Quarter 2/2031, Q3/2031, 9M/2031, 6M/2031 (provenance: probe34 08a/08b ITD HOSE "
                     "letters 'Quarter 2/2026  Quarter 2/2025'; probe32 01_humanica_set_mdna 'Q3/2026  Q3/2025  %Chg  "
                     "9M/2026  9M/2025')", "'Quarter 2/2031' -> 'Q2 2031', '9M/2031' -> '9M 2031'",
                     name_cell=slash_year_cell),
    ColumnPeriodRule("months-to-date", "Nine months 2031, 9 months 2031, a day-span bracket '(1.1 - 30.9)' (provenance: "
                     "kindcheck35 tables 01_kyparissi_9m_2026_athex 'Nine months (1.1 - 30.9)' over '2026', 'Third quarter "
                     "(1.7 - 30.9)' over '2026' (html_grid stacked-header-rows); probe32 05_neurones_chiffre_affaires_q3 "
                     "'(9 months 2025: €585,0 M')", "'Nine months 2031' -> '9M 2031', never the year 2031",
                     name_cell=months_to_date_cell),
    ColumnPeriodRule("month-range", "1-9/2031, 4-6/2031, 1-12/2030 (provenance: probe37 "
                     "01_anysecurityprinting_bet_extraordinary_information 'Preliminary … figures (HUF million)' over "
                     "'1-9/2026  1-9/2025  change'; kindcheck35 tables 03_kuusilahti_half_year_2026 'EUR million  "
                     "4-6/2026  4-6/2025  1-6/2026  1-6/2025  1-12/2025')",
                     "'4-6/2031' -> 'Q2 2031', '1-9/2031' -> 'January-September 2031'", name_cell=month_range_cell),
    ColumnPeriodRule("period-named", "any period the period reader reads", "'Q2 FY31', '1H2031'", read=_resolved),
    ColumnPeriodRule("two-language-header", "' / ' between two names", "'1S 2031 / H1 2031' -> H1 2031", read=_two_language),
    ColumnPeriodRule("current-column", "This reporting period, Current period", "'This reporting period' -> the "
                     "period reported on", read=_current),
    ColumnPeriodRule("same-period-last-year-column", "Same period last year", "-> the period reported on a year "
                     "earlier", read=_prior),
    ColumnPeriodRule("measure-year-header", "a measure then a year", "'Capex 2031 (EUR m)' -> 2031", read=_measure_year_step),
    ColumnPeriodRule("periods-as-rows", "Year, Fiscal year, Period, As of, a note or nothing over the label column "
                     "(transposed.RULES periods-as-rows: probe20 03_axiata_wiki-page, probe17 05_scsk_kessan_tanshin)",
                     "'| Year | Sales (USD m) |' -> the rows are the periods", judge=_period_axis),
    ColumnPeriodRule("guidance-version-columns", "new, updated, revised, current … / previous, prior, original, earlier "
                     "… (guidance_tables.VERSION_COLUMNS: probe32 08b_gentrack, probe32 04_du)",
                     "'Revised outlook' -> new, 'Original outlook' -> previous: the outlook of the period the heading "
                     "names, and its previous outlook", judge=_forecast_version),
)


def column_judgement(rule: str, cell: str) -> str | None:
    """How a header cell naming no period stands to the table's period, by the COLUMN_PERIOD_RULES record named
    `rule` ("periods-as-rows": "period-axis"; "guidance-version-columns": "new" or "previous"); None when it does not."""
    return next(x for x in COLUMN_PERIOD_RULES if x.name == rule).judge(cell)


def column_period_candidates(cell: str, resolve, doc_period) -> list:
    """The periods one header cell names, by COLUMN_PERIOD_RULES in order."""
    for rule in COLUMN_PERIOD_RULES:
        if rule.name_cell is not None:
            cell = rule.name_cell(cell)
    ps: list = []
    for rule in COLUMN_PERIOD_RULES:
        if rule.read is not None:
            ps = rule.read(cell, ps, resolve, doc_period)
    return ps


CAPTION_SPAN = ColumnPeriodRule(
    "caption-span",
    "a caption or heading line over the table naming a span that ends on a day and month with no year: '(Quarter "
    "ended 30 September)', 'For the six months ended 30 June', 'Three months to 31 March' (provenance: probe36 "
    "01_johnkeells_cse_interim_statements 'SEGMENT INFORMATION - REVENUE (Quarter ended 30 September)' over "
    "'Industry group  2026 Rs.'000  2025 Rs.'000  %'; probe27 05_ceragon_6k 'Three months ended June 30' over "
    "'2026  2025' (there a wrapped header); probe15 05_alpha_data '## Financial summary (year ended 31 December)' "
    "and probe30 06_digitalchina 'For the year ended 31 December' over bare years: the same reading, a calendar year)",
    "'(Quarter ended 30 September)' over '2026' -> the quarter ended 30 September 2026 (1 Jul - 30 Sep 2026), never "
    "the calendar year 2026")
# a span and the day and month it ends on, no year after them (a caption naming one span for every column)
_CAPTION_SPAN = re.compile(
    r"\b((?:(?:the\s+)?(?:quarter|half[- ]year|(?:financial\s+|fiscal\s+)?year|(?:three|six|nine|twelve|3|6|9|12)\s+months|"
    r"period))\s+(?:ended|ending|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)))"
    r"(?![\s,]*(?:\d{4}|\d{1,2}\b))", re.I)


def caption_span(lead: str) -> str | None:
    """The span a table's caption names for every column, when it names exactly one with no year
    ("SEGMENT INFORMATION - REVENUE (Quarter ended 30 September)" -> "Quarter ended 30 September"),
    else None (CAPTION_SPAN)."""
    found = _CAPTION_SPAN.findall(lead or "")
    return found[0] if len(found) == 1 else None


def column_periods(header: tuple[str, ...], resolve, doc_period, lead: str = "") -> list:
    """Each column's period (None for a column whose header names none): `resolve(cell)` gives the
    period mentions of a header cell; each cell read by COLUMN_PERIOD_RULES. A column whose period has no dates (a fiscal quarter of an
    unknown calendar) and is the latest of the table's is the period the article reports on when
    that is as long; the others keep their own label. A bare year under a caption `lead` naming a span
    without its year is that span of the year (CAPTION_SPAN)."""
    found = []
    span = caption_span(lead)
    for cell in header:
        ps = column_period_candidates(cell, resolve, doc_period)
        if span is not None and len(ps) == 1 and ps[0].kind == "year":
            spanned = resolve(f"{span} {ps[0].start.year}" if ps[0].start is not None else "")
            if len(spanned) == 1 and spanned[0].end is not None and ps[0].start is not None \
                    and spanned[0].end.year == ps[0].start.year:
                ps = spanned
        found.append(ps[0] if len(ps) == 1 else None)
    dated = [p for p in found if p is not None]
    latest = max(dated, key=_order) if dated else None
    out = []
    for p in found:
        if p is None:
            out.append(None)
        elif p.start is None and p is latest and doc_period is not None and _same_length(p.kind, doc_period) \
                and not _after(p, doc_period):
            out.append(doc_period)   # (a year after the one reported on, a plan's "FY2033", stays its own)
        elif doc_period is not None and p.start is not None and (p.start, p.end) == (doc_period.start, doc_period.end):
            out.append(doc_period)  # the period reported on, under the article's own name for it ("Q1 FY2026")
        else:
            out.append(p)
    return out


_TIME_WORD = plain(r"\b(?:since|from|until|till|to|by|before|after|through|as\s+(?:of|at)|end(?:ed|ing)?|at|in|"
                        r"target|goal|plan|forecast|outlook|guidance|expected|estimated?)\s*$", re.I)
_MEASURE_YEAR = plain(r"^[A-Za-z][A-Za-z &/'’-]{1,60}?\s((?:19|20)\d\d)(?:\s*\([^()]*\))?\s*$")


def _measure_year(cell: str, resolve) -> list:
    """The year a header cell names after its measure ("Revenue 2024 (NOK million)", "Annual PUE 2025"), which
    the period reader leaves unread when no time word stands before it: that year (TABLE_SHAPES
    measure-year-header); [] otherwise."""
    m = _MEASURE_YEAR.match(cell)
    if m is None or _TIME_WORD.search(cell[:m.start(1)]):
        return []   # ("Since 2031", "Target by 2030": a time word's period, not the column's year)
    ps = resolve(m.group(1))
    return ps if len(ps) == 1 and getattr(ps[0], "kind", "") == "year" else []


def _one_language(cell: str, resolve) -> list:
    """The period a two-language header cell names ("1S 2031 / H1 2031", "S1 2026 / H1 2026"): when
    one half reads only as its bare year (the period reader knows no "1S") and the other as a part
    of that year, the part; [] otherwise (TABLE_SHAPES two-language-header)."""
    halves = [resolve(h.strip()) for h in re.split(r"\s/\s", cell)]
    if len(halves) != 2 or any(len(h) != 1 for h in halves):
        return []
    a, b = halves[0][0], halves[1][0]
    year, part = (a, b) if getattr(a, "kind", "") == "year" else (b, a) if getattr(b, "kind", "") == "year" else (None, None)
    if year is None or getattr(part, "kind", "") == "year" or part.start is None or year.start is None \
            or not (year.start <= part.start and part.end is not None and year.end is not None and part.end <= year.end):
        return []
    return [part]


def _same_length(kind: str, period) -> bool:
    if period.start is None or period.end is None:
        return False
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    return {"quarter": 3, "half": 6, "fiscal_year": 12, "year": 12}.get(kind) == months


# old-new-columns: a column of the figure before a change beside the column of the figure after it
# ("| Product | Current price | New price | Change |", "| Measure | Before | After |")
OLD_NEW = TableShape(
    "old-new-columns",
    "a grid whose columns hold one figure before a change and the figure after it ('Current price' / 'New price', "
    "'Before' / 'After', 'Old fee' / 'New fee', 'Price until 28 Feb' / 'Price from 1 Mar'), with a change column "
    "maybe: each row's new figure is the one in force after the change, the old one its previous value; a forecast's "
    "'previous / revised' columns are left to transposed.FORECAST_VERSIONS",
    ("probe24 07_contabo_price_notice (cloud price-change notice): '| Product | Configuration | Current price | New "
     "price | Change |' over '| … | €4.50 | €4.95 | +10% |'",
     "probe20 07_omantel_vendor-case-study (vendor case study, HTML table): 'Measure | Before | After' over 'Cost per "
     "VM per month | OMR 41.5 | OMR 27.4'"),
    ("| Plan | Old price | New price |\n|---|---|---|\n| Basic | $9 | $11 |",))
_OLD_CELL = plain(r"\b(?:current|old|previous|prior|existing|former|present|before|was|until|through)\b", re.I)
_NEW_CELL = plain(r"\b(?:new|after|now|future|updated|from\s+\d|effective|valid\s+from|as\s+of\s+\d)\b", re.I)
_NOT_OLD_NEW = plain(r"\b(?:forecasts?|guidance|outlook|estimates?|consensus|budget)\b", re.I)


def old_new_columns(header: tuple[str, ...]) -> tuple[int, int] | None:
    """(old column, new column) of a grid whose header sets a before-the-change column left of an
    after-the-change one (OLD_NEW); None for any other header."""
    olds = [k for k, c in enumerate(header) if k and _OLD_CELL.search(c) and not _NEW_CELL.search(c)]
    news = [k for k, c in enumerate(header) if k and _NEW_CELL.search(c) and not _OLD_CELL.search(c)]
    if len(olds) != 1 or len(news) != 1 or olds[0] > news[0] or any(_NOT_OLD_NEW.search(c) for c in header[1:]):
        return None
    return olds[0], news[0]
