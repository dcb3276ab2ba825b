"""A table row's numbers read as the table says (table_rows.py): the caption's currency and scale,
the row's measure (a table of measures) or the column's (a table of units), the column's period;
a part row under a measure row; the group row of a table of units; a breakdown heading over list
lines. Invented articles."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text
from aikg.extract import table_rows

MEASURES = """# Quillary — 4Q30 and 2030 results at a glance

*Harbour Data Desk · published 26 February 2031*

Lisbon-based Quillary, the cloud accounting software group, reported fourth-quarter and full-year 2030 results on Tuesday. The company reports two segments: **Ledger** (bookkeeping apps) and **Payments** (card acquiring and invoicing).

## Quarterly summary (EUR million)

| Metric | 4Q30 | 4Q29 | Change |
|---|---|---|---|
| Net revenue | 210.4 | 190.2 | +10.6% |
| — Ledger | 120.0 | 112.5 | +6.7% |
| — Payments | 90.4 | 77.7 | +16.3% |
| Adjusted EBITDA | 52.6 | 44.1 | +19.3% |
| Adjusted EBITDA margin | 25.0% | 23.2% | +1.8 p.p. |

## Full year (EUR million)

| Metric | 2030 | 2029 | Change |
|---|---|---|---|
| Net revenue | 801.7 | 730.9 | +9.7% |
| Net income | 61.3 | 48.0 | +27.7% |
| Diluted EPS | 0.52 | 0.41 | +26.8% |

## Operating indicators

| Indicator | 4Q30 | 4Q29 |
|---|---|---|
| Ledger paying customers (thousand) | 412 | 377 |
"""

UNITS = """# Ferrovane interim results: both divisions grow

*By A. Writer · 14 October 2030*

Ferrovane, the rail-signalling group, said on Tuesday that revenue for the six months ended 31 August 2030 rose 8% to $1.20 billion.

Division results, six months ended 31 August 2030 (US$ million)

| Division | Revenue | EBITDA | EBITDA margin |
|---|---|---|---|
| Signals | 700.0 | 84.0 | 12.0% |
| Services | 500.0 | 40.0 | 8.0% |
| Group | 1,200.0 | 124.0 | 10.3% |
"""

BREAKDOWN = """# Tallow Networks fourth-quarter revenue rises 9%

SAN JOSE, 12 August 2031 -- Tallow Networks reported fourth-quarter fiscal 2031 revenue of $4.2 billion, up 9%.

Revenue by product category (Q4 FY31)

- Switching: $2.6 billion, up 12%
- Wireless: $1.1 billion, up 4%

Tallow said demand from cloud providers drove the switching gain.
"""


def _obs(ex, label, measure):
    return sorted((o for o in ex.facts if o.kind == "observation" and o.subject.label == label and o.measure == measure),
                  key=lambda o: o.period.start if o.period and o.period.start else 0, reverse=True)


def _claim(ex, quote_start):
    return next(c for c in ex.claims if c.evidence.quote.startswith(quote_start))


def test_measure_table_rows_take_the_caption_unit_and_column_period():
    ex = extract_text(MEASURES, "quillary", "quillary.md")
    revs = {o.value: o for o in _obs(ex, "Quillary", "net revenue")}
    now, before = revs[Decimal("210400000")], revs[Decimal("190200000")]
    assert now.unit == "EUR" and now.period.label == "Q4 2030"
    assert now.change == Decimal("10.6") and now.direction == "increase"
    assert before.period.label == "Q4 2029"
    [margin, _] = _obs(ex, "Quillary", "adjusted ebitda margin")
    assert margin.value == Decimal("25.0") and margin.unit == "percent"
    assert margin.change == Decimal("1.8") and margin.change_unit == "percentage_points" and margin.direction == "increase"
    # the full-year table's columns are years, not the quarter the page reports on
    fy = [o for o in _obs(ex, "Quillary", "net revenue") if o.value == Decimal("801700000")]
    assert fy and fy[0].period.start.isoformat() == "2030-01-01" and fy[0].period.end.isoformat() == "2030-12-31"
    c = _claim(ex, "| Net income |")
    assert [(v.role, v.unit, v.measure) for v in c.values][:2] == [("amount", "EUR", "net income")] * 2
    assert c.period.start.isoformat() == "2030-01-01"
    # a per-share row is not in the caption's millions
    assert not any(o.value == Decimal("520000") for o in ex.facts if o.kind == "observation")
    assert not any(v.value == Decimal("520000") for c in ex.claims for v in c.values)


def test_part_rows_are_the_units_figures_of_the_measure_above():
    ex = extract_text(MEASURES, "quillary", "quillary.md")
    [pay, _] = _obs(ex, "Payments", "net revenue")
    assert pay.value == Decimal("90400000") and pay.unit == "EUR" and pay.change == Decimal("16.3")
    c = _claim(ex, "| — Ledger |")
    assert c.values[0].measure == "net revenue" and c.values[0].unit == "EUR"


def test_a_count_row_keeps_its_own_scale_and_no_money():
    ex = extract_text(MEASURES, "quillary", "quillary.md")
    c = _claim(ex, "| Ledger paying customers")
    assert c.values[0].role == "count" and c.values[0].unit is None and c.values[0].value == Decimal("412000")
    assert c.values[0].measure == "ledger paying customers"


def test_group_row_of_a_units_table_is_the_companys_figure():
    ex = extract_text(UNITS, "ferrovane", "ferrovane.html")
    [ebitda] = _obs(ex, "Ferrovane", "ebitda")
    assert ebitda.value == Decimal("124000000") and ebitda.unit == "USD"
    assert ebitda.period.start.isoformat() == "2030-03-01" and ebitda.period.end.isoformat() == "2030-08-31"
    [margin] = _obs(ex, "Ferrovane", "ebitda margin")
    assert margin.value == Decimal("10.3")
    c = _claim(ex, "| Signals |")
    assert [(v.unit, v.measure) for v in c.values] == [("USD", "revenue"), ("USD", "ebitda"), ("percent", "ebitda margin")]


def test_breakdown_heading_gives_its_list_lines_the_measure():
    ex = extract_text(BREAKDOWN, "tallow", "tallow.txt")
    [sw] = _obs(ex, "Switching", "revenue")
    assert sw.value == Decimal("2600000000") and sw.change == Decimal("12")
    assert _claim(ex, "Switching:").values[0].measure == "revenue"
    assert table_rows.breakdown_measure("Revenue by product category (Q4 FY31)") == "revenue"
    assert table_rows.breakdown_measure("Driven by strong demand") is None


def test_rule_records_name_two_sources():
    for rule in (*table_rows.ROW_RULES, table_rows.BREAKDOWN_HEADING):
        assert len(rule.provenance) >= 2 and rule.examples


def test_a_pat_label_is_the_profit_after_tax():
    # (LABEL_SHORT_FORMS: 'PAT' spelled out, as the prose writes 'profit after tax (PAT)')
    from aikg.extract.table_rows import statement_label_measure
    assert statement_label_measure("PAT attributable (RM '000)") == "profit after tax attributable"
    assert statement_label_measure("Patents granted") != "profit after tax"
