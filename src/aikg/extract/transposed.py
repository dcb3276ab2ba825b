"""Transposed tables: the measures are the column headers and the periods are the rows.

A table of measures is usually printed with the periods across ("| Metric | 2025 | 2024 |"); an
encyclopaedia page, a filing's summary or a Japanese earnings summary prints it the other way round:
the header names the measures and their unit ("| Year | Revenue (RM bn) | EBITDA (RM bn) |", or an
empty corner over "Revenue   Operating profit" with "(Millions of yen)" under it) and each row is a
period ("| 2024 | 21.6 | 9.4 |", "Three months to June 2025  152,300  9.4%  18,600  11.4%"). A value
is then the figure of its column's measure for its row's period, in the unit its header cell, the
corner or the caption names. A row holding two cells per measure pairs each figure with the percent
after it: the change on the year-ago period, as such summaries print it.

`transposed(header, periods)` says whether a table is so (its label column's header judged by
tables.COLUMN_PERIOD_RULES periods-as-rows); `row_facts(...)` gives a row's
Observations (the caller resolves the row label's period with the document's calendar). Each
reading is a named record (`RULES`); the tests use invented tables.
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from . import values as v
from .levels import RATIO_MEASURE
from .rule_record import RuleRecord
from .segment_tables import COLUMNS, _bare, _money_in, unit_note
from .table_rows import _parse, row_measure, sheet_amount_row, statement_label_measure
from .tables import column_judgement

RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "periods-as-rows",
        "a table whose header cells after the label column name measures (none names a period) and whose label "
        "column is headed by a period word ('Year', 'Period', 'As of') or nothing: each row label is a period and "
        "each value the figure of its column's measure for that period, the company's own",
        ("probe20 03_axiata_wiki-page (encyclopaedia page, HTML table): '| Year | Revenue (RM bn) | EBITDA (RM bn) | "
         "Net income (RM bn) | Capex (RM bn) |' over '| 2024 | 21.6 | 9.4 | 0.84 | 6.9 |'",
         "probe17 05_scsk_kessan_tanshin (earnings summary, plain text): an empty corner over 'Total assets  "
         "Total equity  Ratio of equity …' over 'As of June 30, 2025   585,400   334,800   56.9%'"),
        ("| Year | Sales (USD m) | Net profit (USD m) |\n|---|---|---|\n| 2031 | 120.5 | 10.2 |",)),
    RuleRecord(
        "value-and-change-pairs",
        "a row with two cells under each measure header, a figure and a percent, pairs them: the percent is the "
        "change of that figure on the year-ago period",
        ("probe17 05_scsk_kessan_tanshin: 'Revenue   Operating profit' over 'Three months to June 2025  152,300  "
         "9.4%  18,600  11.4%'",
         "probe20 02_mastek_shareholder-email / probe9 g05 airtel: the same figure-then-change order in a row "
         "('Revenue … 1,012.4 …', '| Revenue | ₹52,145 crore | … | +x% |') read by table_rows"),
        ("                    Sales      Profit\n(Millions of euros)\nYear to March 2031   1,200  4.0%   300  -2.0%",)),
    RuleRecord(
        "corner-note",
        "a bracketed note alone on the line under a header ('(Millions of yen)'), or in the corner cell, gives the "
        "currency and scale of every bare value of the table",
        ("probe17 05_scsk_kessan_tanshin: '(Millions of yen)' under 'Revenue  Operating profit  Profit attributable …'",
         "probe20 02_mastek_shareholder-email: the caption's '(Rs crore)' over its empty-corner header"),
        ("(EUR million) under '      Revenue   EBITDA' (invented)",)),
    RuleRecord(
        "span-ended-axis",
        "a label column headed by a span that ends ('Quarter ended', 'Three months ended', 'Six months ended') makes "
        "each row's day the end of that span: '30 Sep 2026' under 'Quarter ended' is the quarter July-September "
        "2026, never the day alone; a quarter named beside the day ('30 Sep 2026 (Q3)') is the same span",
        ("probe36 08_frontken_stock_quote_profile (stock-quote page, HTML table): '| Quarter ended | Revenue (RM "
         "'000) | PAT attributable (RM '000) |' over '| 30 Sep 2026 (Q3) | 171,305 | 41,612 |'",
         "probe28 05_enghouse_canadian_mdna_quarterly (MD&A, plain text): 'Three months ended    Revenue    Net "
         "income' over 'Oct 31, 2026          138,412      21,905'"),
        ("| Quarter ended | Sales (USD '000) |\n|---|---|\n| 30 Jun 2031 | 1,200 |",)),
)

# A forecast-revision table (RULES forecast-versions-as-rows): its rows are versions of one forecast,
# not periods. The label words of each version, and of the rows that state the revision's size.
FORECAST_VERSIONS = RuleRecord(
    "forecast-versions-as-rows",
    "a transposed table whose rows are a previous and a revised forecast of the same measures ('Previous "
    "forecast (A)' / 'Revised forecast (B)', 'Full year (previous)' / 'Full year (revised)'): each cell is its "
    "column measure's outlook for the fiscal period the caption names, the previous row's the previous outlook; "
    "a 'Change (%)' row under them is each revised outlook's change on the previous one (basis 'previous guidance')",
    ("probe21 02_renesas_tse_notice (TSE notice, plain text): 'Previous forecast (A)  1,280,000 …' / 'Revised "
     "forecast (B)  1,310,000 …' / 'Change (%)  2.3%  (18.2%)' under '1. Revision of consolidated forecasts for FY2025'",
     "probe17 05_scsk_kessan_tanshin (earnings summary, plain text): 'Full year (revised)  740,000  24.1% …' / "
     "'Full year (previous)  640,000 …' under '3. Consolidated forecasts for the fiscal year ending March 31, 2026'"),
    ("Outlook for the year to December 2031 (EUR million)\n                 Sales     EBIT\n"
     "Earlier plan       900       80\nUpdated plan       950       85",))
_PREVIOUS_ROW = plain(r"\b(?:previous(?:ly)?|prior|original|initial|earlier|former|old)\b", re.I)
_REVISED_ROW = plain(r"\b(?:revised|new|updated|current|amended|latest)\b", re.I)
_FORECAST_WORD = plain(r"\b(?:forecasts?|outlook|guidance|projections?|plan|targets?|full[-\s]year)\b", re.I)
_CHANGE_ROW = plain(r"^\W*(?:change|difference|revision)\b.*%", re.I)
PREVIOUS_BASIS = "previous guidance"   # (the basis typed.py gives a replaced guidance range)


def version_like(row: str) -> bool:
    """Whether a row's label reads as a forecast version or its change (version_row decides)."""
    cells = label_cells(row)
    lab = cells[0] if cells else ""
    return bool(lab) and bool(_PREVIOUS_ROW.search(lab) or _REVISED_ROW.search(lab) or _CHANGE_ROW.search(lab))


def version_row(label: str, labels: list[str], lead: str) -> str | None:
    """"previous", "revised" or "change" when `label` is a row of a forecast-revision table
    (RULES forecast-versions-as-rows): the table's row labels `labels` hold both a previous and a
    revised version and the label or the table's caption `lead` says it is a forecast."""
    def kind(lab: str) -> str | None:
        prev, rev = _PREVIOUS_ROW.search(lab), _REVISED_ROW.search(lab)
        return "previous" if prev and not rev else "revised" if rev and not prev else None
    kinds = [kind(x) for x in labels]
    if "previous" not in kinds or "revised" not in kinds:
        return None
    if not (_FORECAST_WORD.search(lead) or any(_FORECAST_WORD.search(x) for x in labels if kind(x))):
        return None
    return kind(label) or ("change" if _CHANGE_ROW.search(label) else None)




def column_measure(cell: str) -> str | None:
    """The measure a header cell names, its note and unit dropped ("Revenue (RM bn)": "revenue")."""
    c = re.sub(r"\s*\([^)]*\)\s*$", "", _bare(cell)).strip()
    return row_measure(c) or statement_label_measure(c) if c else None


def transposed(header: tuple[str, ...], periods: list) -> bool:
    """Whether a table's rows are periods and its columns measures (RULES periods-as-rows)."""
    if len(header) < 2 or any(p is not None for p in periods[1:]) or column_judgement("periods-as-rows", _bare(header[0])) is None:
        return False
    growth_rx = next(c for c in COLUMNS if c.role == "growth")._rx
    named = [column_measure(c) for c in header[1:] if not growth_rx.search(_bare(c))]
    return sum(m is not None for m in named) >= max(1, len(named) - 1)


def _version_measure(measure: str, version: str | None) -> str:
    if version is None or measure.endswith((" outlook", " guidance", " forecast", " target")):
        return measure if version != "previous" or measure.startswith("previous ") else f"previous {measure}"
    return f"previous {measure} outlook" if version == "previous" else f"{measure} outlook"


def row_facts(cells: list[str], header: tuple[str, ...], lead: str, period: r.Period, subject: r.EntityRef,
              evidence: r.Evidence, version: str | None = None, sheet: str = "") -> list[r.Observation]:
    """The Observations of a row of a transposed table: `cells` the row's cells (label first),
    `period` the row label's period. `version` ("previous", "revised", "change"; version_row) reads
    a row of a forecast-revision table, `period` then the forecast's. `sheet`: the document's
    statement of its amounts' unit (segment_tables.sheet_note), for a column naming an amount and
    no unit of its own (table_rows.SHEET_ROWS: 'Three months ended  Revenue  Net income' under '(All
    amounts in thousands of Canadian dollars, except per-share amounts …)', probe28 05_enghouse)."""
    values = cells[1:]
    n = len(header) - 1
    if len(values) == n:
        pairs = [(header[i + 1], values[i], None) for i in range(n)]
    elif len(values) == 2 * n:
        pairs = [(header[i + 1], values[2 * i], values[2 * i + 1]) for i in range(n)]
    else:
        return []
    corner = _bare(header[0])
    # a growth column ("YoY change", "Growth %") holds the change of the figure left of it
    # (segment_tables.COLUMNS growth-column, read across a transposed row)
    growth_rx = next(c for c in COLUMNS if c.role == "growth")._rx
    merged: list = []
    for head, cell, change in pairs:
        if merged and change is None and growth_rx.search(_bare(head)) and merged[-1][2] is None:
            merged[-1] = (merged[-1][0], merged[-1][1], cell)
        else:
            merged.append((head, cell, change))
    out = []
    for head, cell, change in merged:
        measure = column_measure(head)
        parsed = _parse(cell) if measure else None
        if parsed is None:
            continue
        value, text, neg, is_pct, pts = parsed
        if pts:
            continue
        if version == "change":
            # a 'Change (%)' row: the revised outlook's change on the previous one (forecast-versions-as-rows)
            if is_pct and not RATIO_MEASURE.search(measure):
                out.append(r.Observation(subject=subject, measure=_version_measure(measure, "revised"),
                                         change=-value if neg else value, change_unit="percent", change_text=text,
                                         change_basis=PREVIOUS_BASIS, direction="decrease" if neg else "increase",
                                         period=period, evidence=evidence))
            continue
        measure = _version_measure(measure, version)
        if is_pct:
            if RATIO_MEASURE.search(measure):
                out.append(r.Observation(subject=subject, measure=measure, value=-value if neg else value, unit="percent",
                                         value_text=text, period=period, evidence=evidence))
            continue
        if RATIO_MEASURE.search(measure):
            continue
        ms = v.find_money(_bare(cell))
        if len(ms) == 1 and ms[0].text.strip() == _bare(cell).strip("()").strip():
            m = ms[0]
        else:
            note = unit_note(head) or unit_note(corner) or unit_note("", lead) \
                or (sheet if sheet and sheet_amount_row(head, measure) else "")
            m = _money_in(text, note) if note else None
        if m is None:
            continue
        g = _parse(change) if change else None
        g = g if g is not None and g[3] else None   # only a percent is a change
        out.append(r.Observation(
            subject=subject, measure=measure, value=-m.value if neg else m.value, unit=m.currency,
            value_max=m.value_max, value_text=text,
            change=g[0] if g else None, change_unit="percent" if g else None, change_text=g[1] if g else None,
            direction=("decrease" if g[2] else "increase") if g else None,
            period=period, evidence=evidence))
    return out


def claim_values(grid: list[r.Observation], basis: str | None = None) -> tuple[r.ClaimValue, ...]:
    """A transposed row's values as its claim states them: each figure with its measure and unit, and its change
    (`basis`: the basis every value of the row is on, "previous guidance" for a forecast's previous row)."""
    out = []
    for o in grid:
        if o.value is not None:   # (a 'Change (%)' row states only changes)
            out.append(r.ClaimValue(role="amount" if o.unit != "percent" else "percent", value=o.value, unit=o.unit,
                                    measure=o.measure, text=o.value_text or str(o.value), basis=basis))
        if o.change is not None:
            out.append(r.ClaimValue(role="growth", value=o.change, unit="percent", direction=o.direction,
                                    measure=o.measure, text=o.change_text or str(o.change), basis=o.change_basis or basis))
    return tuple(out)


def period_row(row: str) -> bool:
    """Whether a row's label names a period ("2024", "Three months to June 2025", "As of June 30, 2025")."""
    cells = label_cells(row)
    return bool(cells) and bool(cells[0]) and bool(v.find_periods(_bare(cells[0]), None))


def label_cells(row: str) -> list[str]:
    """A pipe row's cells (tables.row_text writes every layout so)."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


# a label column's header naming a span that ends on each row's day (RULES span-ended-axis)
_SPAN_ENDED = plain(r"^(?:quarters?|half[-\s]years?|(?:three|six|nine|twelve|3|6|9|12)\s+months)\s+ended$", re.I)


def row_period_text(corner: str, label: str) -> str:
    """The text the period reader reads for a row label: under a span-ended corner ("Quarter
    ended") the corner and the label together ("Quarter ended 30 Sep 2026"), so the row is the span
    ending on its day (RULES span-ended-axis); else the label."""
    c = " ".join(_bare(corner).split())
    return f"{c} {label}" if _SPAN_ENDED.match(c) and "ended" not in label.lower() else label


def one_span(periods: list) -> list:
    """A row label's periods, those naming the same span as one: "30 Sep 2026 (Q3)" under 'Quarter
    ended' is the dated quarter once, its bracket's yearless "Q3" of the same kind dropped (RULES
    span-ended-axis)."""
    dated = [p for p in periods if p.start is not None and p.end is not None]
    if len(periods) < 2 or len({(p.start, p.end) for p in dated}) != 1:
        return periods
    kinds = {getattr(p, "kind", None) for p in dated}
    if all(p in dated or getattr(p, "kind", None) in kinds for p in periods):
        return dated[:1]
    return periods
