"""Branch issue47t: table columns (invented documents, new company names).

- a leading column numbering the rows ("No." over "1", "2", …) is no cell: the label column is the one after it
  (tables.ROW_NUMBER_COLUMN);
- a column headed "<part>/<year>" ("Quarter 3/2031", "9M/2031") is of that part of the year
  (tables.COLUMN_PERIOD_RULES slash-year);
- the label column over rows that are periods and a guidance table's new / previous columns are judged by the same
  registry (COLUMN_PERIOD_RULES periods-as-rows, guidance-version-columns).
"""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.tables import _aligned_cells, column_period_candidates, slash_year_cell
from aikg.extract.values import find_periods

LETTER = """LAMVIEN DIGITAL JOINT STOCK COMPANY
Hanoi, 28 October 2031

Re: Explanation of the change in profit after tax for Quarter 3/2031

                                                                                   Unit: VND
  No.  Item                                    Quarter 3/2031       Quarter 3/2030     Change (%)
  1    Net revenue from sales and services     120.400.500.000      100.200.300.000       20,2%
  2    Gross profit                             30.100.000.000       25.050.000.000       20,2%
  3    Profit after tax                          9.800.000.000        7.000.000.000       40,0%

The Company hereby explains the change.
"""


def _obs(text, name="doc.txt"):
    return [f for f in extract_bytes(text.encode(), name).facts if f.kind == "observation"]


def test_row_number_column_is_no_cell():
    assert _aligned_cells("  No.  Item      FY2031   FY2030") == ["Item", "FY2031", "FY2030"]
    assert _aligned_cells("  2    Gross profit   30.1   25.0") == ["Gross profit", "30.1", "25.0"]
    # (a first cell that is a figure before another figure stays: a row of numbers)
    assert _aligned_cells("  12    30.1   25.0") == ["12", "30.1", "25.0"]


def test_slash_year_header_names_the_quarter():
    assert slash_year_cell("Quarter 3/2031") == "Q3 2031"
    assert slash_year_cell("9M/2031") == "9M 2031"
    assert slash_year_cell("Revenue / EBITDA") == "Revenue / EBITDA"
    ps = column_period_candidates("Quarter 3/2031", lambda c: find_periods(c, None), None)
    assert len(ps) == 1 and ps[0].label == "Q3 2031"


def test_numbered_letter_table_read_per_column():
    obs = [o for o in _obs(LETTER) if o.measure == "profit after tax" and o.value is not None]
    by_label = {o.period.label: o for o in obs if o.period is not None}
    assert by_label["Q3 2031"].value == Decimal("9800000000") and by_label["Q3 2031"].unit == "VND"
    assert by_label["Q3 2031"].change == Decimal("40.0")
    assert by_label["Q3 2030"].value == Decimal("7000000000")


def test_column_judgements_are_one_registry():
    from aikg.extract.tables import COLUMN_PERIOD_RULES, column_judgement
    names = [x.name for x in COLUMN_PERIOD_RULES]
    assert "periods-as-rows" in names and "guidance-version-columns" in names
    assert column_judgement("periods-as-rows", "Fiscal year") == "period-axis"
    assert column_judgement("periods-as-rows", "Sales (USD m)") is None
    assert column_judgement("guidance-version-columns", "Original outlook") == "previous"
    assert column_judgement("guidance-version-columns", "Revised outlook") == "new"
    assert column_judgement("guidance-version-columns", "Sales") is None
