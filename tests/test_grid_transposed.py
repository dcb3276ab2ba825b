"""Grids read by their structure (issue30t): a transposed table (periods as rows, measures as columns,
extract/transposed.py) in pipe, HTML and space-aligned form, with value-and-change pairs and a corner
note; and a statement row whose label names a measure no registry word covers
(table_rows.STATEMENT_LABEL). Invented articles in shapes of their own."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract import tables, transposed
from aikg.extract.pipeline import extract_bytes

WIKI = b"""<html><head><title>Pelorin Freight - Encyclopaedia</title></head><body>
<h1>Pelorin Freight</h1>
<p>Pelorin Freight is a Chilean logistics company that runs cold-chain warehouses and a fleet of refrigerated
trucks in Chile and Peru. It was founded in 1998 and is listed in Santiago.</p>
<h2>Finances</h2>
<p>The company's fiscal year matches the calendar year.</p>
<table>
<tr><th>Fiscal year</th><th>Sales (US$ m)</th><th>Operating profit (US$ m)</th><th>Capital spending (US$ m)</th></tr>
<tr><td>2029</td><td>410.2</td><td>38.5</td><td>51.0</td></tr>
<tr><td>2030</td><td>455.8</td><td>&minus;4.1</td><td>62.7</td></tr>
</table>
<p>Pelorin Freight plans to open two warehouses in Lima in 2031.</p>
</body></html>
"""

TANSHIN = b"""Quarterly summary of Orrikan Systems Co., Ltd. (fiscal year ending December 31, 2031)

1. Consolidated results for the six months to June 2031
                              Net sales            Ordinary profit
                              (Millions of yen)
Six months to June 2031       88,400  6.2%         9,310  -3.5%
Six months to June 2030       83,240  4.0%         9,648  12.1%

Orrikan Systems builds payroll software for hospitals and schools.
"""

STATEMENT = b"""Brindle Analytics plc: trading statement for the year 2031

Brindle Analytics grew subscription revenue in every region in 2031.

Summary (GBP million)
| Metric | 2031 | 2030 |
|---|---|---|
| Revenue | 240.0 | 210.5 |
| Amortisation of acquired intangibles | 12.4 | 11.0 |
| Levies | 3.1 | 2.9 |

Brindle Analytics will report its first-quarter figures in April.
"""


def _obs(ex):
    return {(f.subject.label, f.measure, f.period.label if f.period else None, f.value, f.change)
            for f in ex.facts if f.kind == "observation"}


def test_a_table_with_periods_as_rows_gives_each_cell_its_rows_year_and_its_columns_measure():
    got = _obs(extract_bytes(WIKI, "pelorin.html"))
    assert ("Pelorin Freight", "operating profit", "2029", Decimal("38500000"), None) in got, got
    assert ("Pelorin Freight", "operating profit", "2030", Decimal("-4100000"), None) in got, got
    sales = {(p, val) for s, m, p, val, _ in got if m in ("sales", "revenue")}
    assert ("2030", Decimal("455800000")) in sales, got


def test_value_and_change_pairs_under_an_empty_corner_with_a_note_line():
    got = _obs(extract_bytes(TANSHIN, "orrikan.txt"))
    profit = {(val, chg) for s, m, p, val, chg in got if m == "ordinary profit" and s == "Orrikan Systems"}
    assert (Decimal("9310000000"), Decimal("3.5")) in profit, got
    assert (Decimal("9648000000"), Decimal("12.1")) in profit, got
    ex = extract_bytes(TANSHIN, "orrikan.txt")
    down = [f for f in ex.facts if f.kind == "observation" and f.value == Decimal("9310000000")]
    assert down and down[0].direction == "decrease"


def test_the_corner_note_is_the_tables_unit_and_the_note_line_is_no_row():
    text = TANSHIN.decode()
    found = tables.tables(text)
    assert found and found[0].header[0] == "(Millions of yen)", found
    assert text[found[0].start:].startswith("Six months to June 2031")


def test_a_table_of_measures_across_is_not_transposed():
    assert not transposed.transposed(("Metric", "2031", "2030"), [None, object(), object()])
    assert not transposed.transposed(("Company", "Country", "Revenue (USD m)"), [None, None, None])
    assert transposed.transposed(("Year", "Revenue (USD m)", "Net income (USD m)"), [None, None, None])


def test_a_statement_row_names_its_measure_without_a_registry_word():
    got = _obs(extract_bytes(STATEMENT, "brindle.md"))
    assert ("Brindle Analytics", "amortisation of acquired intangibles", "2031", Decimal("12400000"), None) in got, got
    assert ("Brindle Analytics", "levies", "2030", Decimal("2900000"), None) in got, got


ONCE = b"""Quaystone Robotics: results for the year 2031

Quaystone Robotics said net sales rose to EUR 96.0 million in 2031.

Key figures (EUR million)
| Metric | 2031 | 2030 | Change |
|---|---|---|---|
| Net sales | 96.0 | 80.0 | +20.0% |
| Operating profit | 9.5 | 7.0 | +35.7% |

Quaystone Robotics builds warehouse robots in Ghent.
"""


def test_a_figure_the_prose_and_the_grid_both_state_is_one_fact_with_the_grids_change():
    ex = extract_bytes(ONCE, "quaystone.md")
    sales = [f for f in ex.facts if f.kind == "observation" and f.value == Decimal("96000000")]
    assert len(sales) == 1, sales
    assert sales[0].change == Decimal("20.0") and "rose" in sales[0].evidence.quote, sales
    profit = [f for f in ex.facts if f.kind == "observation" and f.measure == "operating profit" and f.period
              and f.period.label == "2031"]
    assert len(profit) == 1 and profit[0].value == Decimal("9500000"), profit


GROWTH = b"""Tamsin Bay Ferries: ten years in figures

Tamsin Bay Ferries runs passenger ferries between the islands of the bay.

| Year | Ticket revenue (NZD m) | YoY change |
|---|---|---|
| 2030 | 64.0 | +6.7% |
| 2031 | 70.4 | +10.0% |

The operator will add two electric vessels next year.
"""


def test_a_growth_column_of_a_transposed_table_is_the_change_of_the_figure_left_of_it():
    got = _obs(extract_bytes(GROWTH, "tamsin.md"))
    rev = {(p, val, chg) for s, m, p, val, chg in got if m and "revenue" in m}
    assert ("2031", Decimal("70400000"), Decimal("10.0")) in rev, got
    assert ("2030", Decimal("64000000"), Decimal("6.7")) in rev, got


QUARTERS = b"""<html><head><title>Brindle Analytics - quote and results</title></head><body>
<h1>Brindle Analytics</h1>
<p>Brindle Analytics is a Dutch maker of inspection software; its fiscal year matches the calendar year.</p>
<table>
<tr><th>Quarter ended</th><th>Revenue (USD '000)</th><th>Net profit (USD '000)</th></tr>
<tr><td>31 Mar 2031 (Q1)</td><td>52,400</td><td>6,150</td></tr>
<tr><td>31 Dec 2030 (Q4)</td><td>49,900</td><td>5,870</td></tr>
</table>
</body></html>
"""

MONTHS_ENDED = b"""Brindle Analytics Inc. - management's discussion and analysis, second quarter 2031

Brindle Analytics Inc. ("Brindle") makes inspection software; its fiscal year matches the calendar year.
(All amounts in thousands of euros, except per-share amounts, unless otherwise noted)

SELECTED QUARTERLY RESULTS

Three months ended    Revenue    Net income   Diluted EPS
Jun 30, 2031          31,200      4,050         0.21
Mar 31, 2031          29,800      3,720         0.19
"""


def _spans(ex):
    return {(f.measure, f.period.start.isoformat() if f.period and f.period.start else None,
             f.period.end.isoformat() if f.period and f.period.end else None, f.value, f.unit)
            for f in ex.facts if f.kind == "observation"}


def test_a_quarter_ended_corner_makes_each_rows_day_the_end_of_its_quarter():
    # (transposed.RULES span-ended-axis: the row is the quarter, its bracket's yearless 'Q1' the same span)
    got = _spans(extract_bytes(QUARTERS, "brindle.html"))
    assert ("revenue", "2031-01-01", "2031-03-31", Decimal("52400000"), "USD") in got, got
    assert ("net profit", "2030-10-01", "2030-12-31", Decimal("5870000"), "USD") in got, got


def test_a_months_ended_corner_under_a_sheet_statement_gives_the_amount_columns_its_unit():
    # (span-ended-axis, and table_rows.SHEET_ROWS: an amount's column takes the sheet's unit, a per-share one none)
    got = _spans(extract_bytes(MONTHS_ENDED, "brindle.txt"))
    assert ("revenue", "2031-04-01", "2031-06-30", Decimal("31200000"), "EUR") in got, got
    assert ("net income", "2031-01-01", "2031-03-31", Decimal("3720000"), "EUR") in got, got
    assert not any(m == "diluted earnings per share" and u == "EUR" for m, _, _, _, u in got), got
