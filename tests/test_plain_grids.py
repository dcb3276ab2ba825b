"""Plain-text grids (tables.py TABLE_SHAPES ruled-sheet, old-new-columns; segment_tables UNIT_NOTES
sheet-statement; table_rows SHEET_ROWS, PRICE_ROWS): a KPI sheet ruled with dashes, its columns set by
runs of spaces with blank cells, footnote markers on labels and figures, a statement of the sheet's
amounts' unit; a price-change notice's old/new price grid; a factsheet's header wrapped over two
lines. Invented documents, in shapes and spellings none of the probe sets has."""
from decimal import Decimal

from aikg.extract import tables
from aikg.extract.pipeline import extract_text
from aikg.extract.segment_tables import sheet_statement

TELECOM_SHEET = """Nordvik Telecom ASA
Operating and financial data sheet, fourth quarter 2030

Nordvik Telecom ASA publishes its operating data for the fourth quarter of 2030 below.

(NOK million unless stated)

=====================================================================
Group figures              4Q30      4Q29     Change      FY2030
=====================================================================
Service revenue¹          2,310.5   2,204.0     4.8%     9,020.3
  - Mobile                1,410.2   1,322.9     6.6%     5,460.0
EBITDA (a)                  921.4     866.0     6.4%     3,640.2
Dividend per share (NOK)     4.10                           4.10
=====================================================================

Network and customers      31-Dec-30   30-Sep-30   31-Dec-29
=====================================================================
Mobile subscriptions*        1.84 m      1.82 m      1.79 m
Fibre homes passed          640,200     631,100     598,400
Base stations (sites)         7,410       7,380       7,100
=====================================================================

¹ Excluding handset sales.
(a) Before items affecting comparability.
* Including machine-to-machine SIMs.
"""

SAAS_NOTICE = """# Tarnwell Software announces new list prices for its Ledgerly plans

Tarnwell Software Ltd will change the list prices of its Ledgerly bookkeeping plans. The new prices take effect on 1 April 2031 for all new subscriptions.

Prices per user per month, billed annually:

| Plan | Old price | New price | Change |
|---|---|---|---|
| Ledgerly Solo | $12.00 | $13.50 | +12.5% |
| Ledgerly Team | $24.00 | $26.00/month | +8.3% |
| Ledgerly Enterprise | $48.00 | $48.00 | unchanged |

Existing customers keep their current price until their next renewal.
"""

FUND_FACTSHEET = """Halvorsen Global Bond Fund plc — Factsheet, June 2031

All figures in USD million unless otherwise indicated

Key figures                  Year to        Year to
                             30 Jun 2031    30 Jun 2030
Net assets                       412.5          380.1
Net income                        18.2           15.9
Number of holdings                 212            198
"""


def _obs(ex, measure=None, subject=None):
    return [f for f in ex.facts if f.kind == "observation" and (measure is None or f.measure == measure)
            and (subject is None or f.subject.label == subject)]


def test_ruled_sheet_is_read_as_grids_with_blank_cells_and_markers():
    found = tables.tables(TELECOM_SHEET)
    assert [tb.header for tb in found] == [("", "4Q30", "4Q29", "Change", "FY2030"),
                                           ("", "31-Dec-30", "30-Sep-30", "31-Dec-29")]
    rows = tables.row_texts(found[0], TELECOM_SHEET)
    assert rows[0] == "| Service revenue | 2,310.5 | 2,204.0 | 4.8% | 9,020.3 |"   # (the ¹ marker dropped)
    assert rows[2] == "| EBITDA | 921.4 | 866.0 | 6.4% | 3,640.2 |"                  # (the (a) marker dropped)
    assert rows[3] == "| Dividend per share (NOK) | 4.10 |  |  | 4.10 |"              # (blank cells kept in place)


def test_sheet_statement_gives_amount_rows_their_unit_and_no_count_rows():
    ex = extract_text(TELECOM_SHEET, "d1", "nordvik.txt")
    rev = {(o.value, o.period.label) for o in _obs(ex, "service revenue")}
    assert (Decimal("2310500000"), "Q4 2030") in rev and all(o.unit == "NOK" for o in _obs(ex, "service revenue"))
    ebitda = _obs(ex, "ebitda")
    assert ebitda and all(o.unit == "NOK" and o.value > 10**8 for o in ebitda)
    # a per-share row keeps its own unit: NOK 4.10, never NOK 4.10 million
    assert all(o.value == Decimal("4.10") for o in _obs(ex, "dividend per share"))
    # counts in a day's column are levels held at that day, never money
    sites = _obs(ex, "base stations")
    assert {(o.value, o.period.start.isoformat()) for o in sites} >= {(Decimal(7410), "2030-12-31")}
    assert all(o.unit == "count" for o in sites)
    assert not any(o.unit == "NOK" and "homes" in o.measure for o in _obs(ex))


def test_sheet_statement_lines():
    assert sheet_statement("(NOK million unless stated)") == "NOK million"
    assert sheet_statement("All figures in USD million unless otherwise indicated") == "USD million"
    assert sheet_statement("Amounts in € thousands, except per-share data") in ("€ thousands", "€ thousand")
    assert sheet_statement("(All amounts in US dollars unless stated otherwise.)") == ""   # no scale: none
    assert sheet_statement("Figures in parentheses refer to the same period last year.") == ""
    assert sheet_statement("Revenue rose in USD million terms over the year.") == ""


def test_price_list_gives_each_plan_its_new_price_from_the_effective_day():
    ex = extract_text(SAAS_NOTICE, "d2", "tarnwell.md")
    new = {o.subject.label: o for o in _obs(ex, "new price")}
    assert set(new) == {"Ledgerly Solo", "Ledgerly Team", "Ledgerly Enterprise"}
    solo = new["Ledgerly Solo"]
    assert (solo.subject.kind, solo.value, solo.unit, solo.change) == ("Segment", Decimal("13.50"), "USD", Decimal("12.5"))
    assert solo.period is not None and solo.period.start.isoformat() == "2031-04-01" and solo.period.end is None
    assert new["Ledgerly Team"].value_text == "$26.00 per month"
    assert new["Ledgerly Enterprise"].change is None   # "unchanged" states no change
    old = {o.subject.label: o for o in _obs(ex, "old price")}
    assert old["Ledgerly Solo"].value == Decimal("12.00") and old["Ledgerly Solo"].period is None
    assert any(f.kind == "segment_of" and f.segment.label == "Ledgerly Solo" for f in ex.facts)


def test_old_new_columns_are_not_a_forecast_revision():
    assert tables.old_new_columns(("Plan", "Old price", "New price", "Change")) == (1, 2)
    assert tables.old_new_columns(("Measure", "Before", "After")) == (1, 2)
    assert tables.old_new_columns(("Item", "Previous forecast", "Revised forecast")) is None
    assert tables.old_new_columns(("Metric", "Q2 FY31", "Q2 FY30", "Change")) is None


def test_two_line_header_with_dates_in_its_second_line():
    found = tables.tables(FUND_FACTSHEET)
    assert found and found[0].header == ("Key figures", "Year to 30 Jun 2031", "Year to 30 Jun 2030")
    ex = extract_text(FUND_FACTSHEET, "d3", "halvorsen.txt")
    ni = {(o.value, o.period.end.isoformat()) for o in _obs(ex, "net income")}
    assert ni == {(Decimal("18200000"), "2031-06-30"), (Decimal("15900000"), "2030-06-30")}


def test_day_cells_and_markers():
    assert tables.day_cell("30-Sep-25") == "30 Sep 2025"
    assert tables.day_cell("31-Mar-2025") == "31 Mar 2025"
    assert tables.day_cell("Q2 FY26") == "Q2 FY26"
    assert tables.strip_marker("Revenue (1)") == "Revenue"
    assert tables.strip_marker("EBITDA margin (%)") == "EBITDA margin (%)"
    assert tables.strip_marker("893.4¹") == "893.4"


SHEET_WITH_NOTE_BELOW = """Brisa Cloud SA, the Swiss hosting company, said on Tuesday that its first-half sales grew strongly.

Key figures            H1 2031     H1 2030     Change
Revenue                  84.2        71.9       17.1%
Operating profit         12.6        10.1       24.8%

Amounts in CHF million unless otherwise stated.
"""


def test_a_unit_line_under_the_table_holds_for_it():
    ex = extract_text(SHEET_WITH_NOTE_BELOW, "d4", "brisa.txt")
    rev = _obs(ex, "revenue")
    assert {(o.value, o.unit) for o in rev} == {(Decimal("84200000"), "CHF"), (Decimal("71900000"), "CHF")}


def test_profit_for_the_period_row_is_profit_after_tax():
    from aikg.extract.table_rows import row_measure
    assert row_measure("Profit for the year") == "profit after tax"
    assert row_measure("Profit for the period (1)") is None or row_measure("Profit for the period") == "profit after tax"
    assert row_measure("Profit before tax") == "profit before tax"
