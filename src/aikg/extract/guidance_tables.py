"""A guidance table with a column of the new guidance beside a column of the previous one: rows are
measures ("Revenue", "EBITDA margin", "Revenue growth"), columns "New guidance" / "Updated guidance" and
"Previous guidance (20 May 2026)". Each row's cell under the new column is the measure's outlook, the
cell under the previous column its previous outlook, both for the year the table's header or heading
names ("Upgraded FY26 guidance", "Outlook for 2026"), never the quarter the document reports on; a
growth row ("Revenue growth  6% - 7%") is the outlook of the measure's growth, a margin row keeps the
margin as its measure. The table may be ruled with pipes (an HTML table) or set out in plain text with
its cells aligned under the header's, which the table reader does not take for a grid (its cells are
ranges, not numbers): here a header line and the lines under it, in one paragraph, are read by where
each value stands.

Rules (named records, each met in documents of different sources):
  VERSION_COLUMNS   the header's new and previous guidance columns and the rows under them (which column is
                    the new and which the previous forecast: tables.COLUMN_PERIOD_RULES guidance-version-columns)
Pure functions over a line's text, its values and the sentence's facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..pattern_cache import plain
from .. import records as r
from .rule_record import RuleRecord
from .tables import GUIDANCE_WORD, PREVIOUS_VERSION, column_judgement
from .values import find_money

VERSION_COLUMNS = RuleRecord(
    "guidance-version-columns",
    "a table whose header sets a column of the new (updated, revised, current) guidance beside one of the previous "
    "(prior, original, earlier) guidance holds, in each row, the outlook of the row's measure and its previous "
    "outlook, for the year the header or the heading above names; not the results of the quarter reported on",
    ("probe32 08b_gentrack_nzx_guidance_update (NZX announcement, plain text): 'Upgraded FY26 guidance' over "
     "'New guidance   Previous guidance (20 May 2026)' over 'Revenue   $280m - $288m   $265m - $275m'",
     "probe32 04_du_dfm_results_disclosure (DFM disclosure page, HTML table): 'Outlook for 2026' over '| Metric | "
     "Updated guidance | Previous guidance |' over '| Revenue growth | 6% – 7% | 4% – 5% |', '| EBITDA margin | "
     "around 44% | around 43% |'"),
    ("Outlook for 2027\n| Measure | Revised outlook | Original outlook |\n| Net sales | EUR 410-430m | EUR 390-410m |",))

_CELL_SPLIT = plain(r"\S+(?:[ ](?! )\S+)*")   # an aligned line's cells: runs of words single-spaced
_GROWTH = plain(r"\s+(?:growth|increase)$", re.I)
_MODIFIER_ONLY = plain(r"organic|like-for-like|comparable|underlying|constant[- ]currency|reported", re.I)
# a label's unit note, "Revenue (DKK m)", "Capex (EUR million)": the currency and scale of its bare figures
_LABEL_NOTE = plain(r"\s*\(([^()]*)\)\s*$")
_CURRENCY_NOTE = plain(r"^([A-Z]{3}|[$€£¥]|[A-Z]{1,3}\$)\s*(m|mn|million|bn|billion|k|thousand|'000)?\.?$")


@dataclass(frozen=True)
class Grid:
    """A guidance table's columns: (where the column starts, or its index when `ruled`; "new" or "previous")."""
    columns: tuple[tuple[int, str], ...]
    ruled: bool
    paragraph: int
    period: object   # the record period of the year it is for, or None


def _cells(line: str) -> tuple[list[tuple[int, str]], bool]:
    """A header or row line's cells: (index, text) of a ruled line ("| a | b |"), else (start, text) of an aligned one."""
    if line.lstrip().startswith("|"):
        parts = line.strip().strip("|").split("|")
        return [(k, p.strip()) for k, p in enumerate(parts)], True
    return [(m.start(), m.group(0)) for m in _CELL_SPLIT.finditer(line)], False


def header(line: str, paragraph: int, period) -> Grid | None:
    """The grid a header line opens (VERSION_COLUMNS): one new and one previous guidance column, a guidance
    word in one of its cells; None for any other line."""
    if "  " not in line and "|" not in line or PREVIOUS_VERSION.search(line) is None or GUIDANCE_WORD.search(line) is None:
        return None
    cells, ruled = _cells(line)
    kinds = [(at, column_judgement("guidance-version-columns", c) or "") for at, c in cells]
    news = [k for k in kinds if k[1] == "new"]
    olds = [k for k in kinds if k[1] == "previous"]
    labelled = ruled or not line[:1].isspace()   # (an aligned header indented over its rows' labels has no label cell)
    value_cells = cells[1:] if labelled else cells
    if len(news) != 1 or len(olds) != 1 or len(cells) < 2 or labelled and cells[0][0] in (news[0][0], olds[0][0]) \
            or re.search(r"\d", " ".join(c for _, c in value_cells if not PREVIOUS_VERSION.search(c))):
        return None
    return Grid(tuple(k for k in kinds if k[1]), ruled, paragraph, period)


def _column(grid: Grid, line: str, at: int) -> str:
    """"new", "previous" or "" for the value standing at `at` of a row line."""
    if grid.ruled:
        k = line.count("|", 0, at) - (1 if line.lstrip().startswith("|") else 0)
        return next((kind for idx, kind in grid.columns if idx == k), "")
    kind = ""
    for start, kd in grid.columns:
        if at + 2 >= start:
            kind = kd
    return kind


def _label(line: str) -> str:
    cells, _ = _cells(line)
    return cells[0][1] if cells else ""


def row_facts(grid: Grid, line: str, values: list, subject, ev) -> tuple[list, list]:
    """The outlook facts of a row line of a guidance table (VERSION_COLUMNS), and the claim of the guidance's change:
    `values` the row's amounts and percents found in `line` (with start, text, value, value_max, qualifier; amounts
    a currency, percents a unit). A row naming no measure, or with no value under a guidance column, gives none."""
    label = _LABEL_NOTE.sub("", _label(line)).strip(" :*")
    if not label or re.search(r"\d", label) or subject is None:
        return [], []
    growth = _GROWTH.search(label)
    measure = " ".join((label[:growth.start()] if growth else label).lower().split())
    if growth and _MODIFIER_ONLY.fullmatch(measure):
        measure = f"{measure} revenue"   # "Organic growth": the growth of revenue at constant scope
    out, said = [], {}
    for x in values:
        kind = _column(grid, line, x.start)
        if not kind or kind in said or x.start < len(line) - len(line.lstrip()) + len(label):
            continue
        name = f"previous {measure} outlook" if kind == "previous" else f"{measure} outlook"
        currency = getattr(x, "currency", None)
        if growth and currency is None:
            f = r.Observation(subject=subject, measure=name, change=x.value, change_unit=x.unit, change_text=x.text,
                              change_qualifier=x.qualifier, direction="decrease" if getattr(x, "negative", False) else "increase",
                              period=grid.period, evidence=ev)
        else:
            f = r.Observation(subject=subject, measure=name, value=x.value, value_max=x.value_max,
                              unit=currency or x.unit, qualifier=x.qualifier, value_text=x.text,
                              period=grid.period, evidence=ev)
        said[kind] = x
        out.append(f)
    return out, _change(said, measure, subject, grid.period, ev, growth is not None)


def _mid(x) -> Decimal:
    return (x.value + x.value_max) / 2 if x.value_max is not None else x.value


def _change(said: dict, measure: str, subject, period, ev, growth: bool) -> list:
    """The claim that the row's guidance was raised, cut or reiterated: its new value first, the previous one after."""
    new, old = said.get("new"), said.get("previous")
    if new is None or old is None or getattr(new, "currency", None) != getattr(old, "currency", None):
        return []
    a, b = _mid(new), _mid(old)
    detail = "raise" if a > b else "cut" if a < b else "reiterate"
    vals = tuple(r.ClaimValue(role="amount" if getattr(x, "currency", None) else "growth" if growth else "percent",
                              value=x.value, value_max=x.value_max, unit=getattr(x, "currency", None) or x.unit,
                              qualifier=x.qualifier, measure=f"{measure} outlook", text=x.text,
                              basis="previous guidance" if x is old else None) for x in (new, old))
    return [r.Claim(subject=subject, predicate=detail, values=vals, period=period, evidence=ev,
                    relations=(r.ClaimRelation(kind="guidance_change", detail=detail),))]


# the words every match of PREVIOUS_VERSION / GUIDANCE_WORD holds, looked up in the folded text (values.fold) first
_PREVIOUS_WORDS = ("previous", "prior", "original", "earlier", "old", "initial", "former")
_GUIDANCE_WORDS = ("guidance", "outlook", "forecast", "target")


def may_head(text: str, low: str | None = None) -> bool:
    """A cheap gate: whether a sentence may be a guidance table's header line (`header` decides). `low`:
    values.fold(text), when the caller has it (the patterns are searched only when it holds their words)."""
    if low is not None and not (any(map(low.__contains__, _PREVIOUS_WORDS))
                                and any(map(low.__contains__, _GUIDANCE_WORDS))):
        return False
    return PREVIOUS_VERSION.search(text) is not None and GUIDANCE_WORD.search(text) is not None


def values_in(line: str, moneys: list, percents: list, notation) -> list:
    """The amounts and percents of a row line where they stand in it: the sentence's values (`moneys`,
    `percents`, read on its folded text with the document's scale) set at their place in the line; a row
    whose label notes its currency and scale ("Revenue (DKK m)  4,350–4,450") its bare figures read so."""
    out, at = [], 0
    for x in sorted([*moneys, *percents], key=lambda x: x.start):
        k = line.find(x.text, at)
        if k < 0:
            continue
        out.append(replace(x, start=k, end=k + len(x.text)))
        at = k + len(x.text)
    note = _LABEL_NOTE.search(_label(line))
    cur = _CURRENCY_NOTE.match(note.group(1).strip()) if note is not None and not moneys else None
    if cur is None:
        return out
    scale = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand", "'000": "thousand"}.get(cur.group(2) or "", cur.group(2) or "")
    cells, _ = _cells(line)
    starts, pos = [], 0
    for a, c in cells:   # (a ruled line's cells where they stand: two cells may read the same, "approx. 310")
        a = line.find(c, pos) if line.lstrip().startswith("|") else a
        starts.append(a)
        pos = max(pos, a + len(c))
    for (_, c), a in list(zip(cells, starts))[1:]:
        if not re.search(r"\d", c) or "%" in c or a < 0 or any(a <= x.start < a + len(c) for x in out):
            continue
        said = re.sub(r"(\d)", lambda m: f"{cur.group(1)} {m.group(1)}", c, count=1).rstrip() + (f" {scale}" if scale else "")
        ms = find_money(said, notation)
        if len(ms) == 1:
            out.append(replace(ms[0], start=a, end=a + len(c), text=c))
    return sorted(out, key=lambda x: x.start)
