"""Three table rules read after probe30's first contact (extract/segment_tables.py, tables.py,
table_rows.py): a corner note that is a currency with its scale after an apostrophe, "(HK$'000)",
scales the table's figures; a year column may carry a footnote's mark ("2029(1)"); and a profit line
measured before or after tax keeps its bracket as a loss (only a cost row's bracket is a deduction
sign). Invented document, our own words."""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes

SUMMARY = """KESTREL HARBOUR HOLDINGS LIMITED
(Stock Code: 09917)

ANNUAL REPORT 2031

FIVE-YEAR FINANCIAL SUMMARY

The results of Kestrel Harbour Holdings Limited for the last five financial years are set out below.

RESULTS
For the year ended 31 December
(HK$'000)                      2031          2030          2029       2028(1)          2027
Revenue                   4,812,300     4,406,150     4,120,800     3,998,410     3,702,660
Profit/(loss) before tax    212,400      (86,300)       94,150       120,880       101,020
Income tax expense          (41,200)      (12,900)     (18,300)      (22,410)      (19,700)
"""


def _rows() -> dict[tuple[str, int], Decimal]:
    ex = extract_bytes(SUMMARY.encode(), "summary.txt")
    out = {}
    for f in ex.facts:
        if f.kind == "observation" and f.value is not None and f.period is not None and f.period.start is not None:
            out[(f.measure, f.period.start.year)] = f.value
    return out


def test_apostrophe_corner_scales_the_rows():
    rows = _rows()
    assert rows[("revenue", 2031)] == Decimal("4812300000")


def test_a_year_column_with_a_footnote_mark():
    assert _rows()[("revenue", 2028)] == Decimal("3998410000")


def test_profit_before_tax_in_brackets_is_a_loss_and_tax_a_cost():
    rows = _rows()
    assert rows[("profit/(loss) before tax", 2030)] == Decimal("-86300000")
    assert rows[("income tax expense", 2030)] == Decimal("12900000")
