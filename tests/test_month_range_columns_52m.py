"""Columns headed by a range of months of a year, "4-6/2031", "1-9/2031" (issue52m: tables.COLUMN_PERIOD_RULES
month-range), a unit note in the report's own language under a labelled corner, and a row of a share of revenue
under a money corner (table_rows). Invented documents."""
from aikg.extract.pipeline import extract_text
from aikg.extract.tables import month_range_cell

KEY_FIGURES = """Havukoski Oyj half-year report January-June 2031

Havukoski Oyj published its half-year report for January-June 2031 on 6 August 2031.

GROUP KEY FIGURES

EUR million                 4-6/2031   4-6/2030   1-6/2031   1-6/2030   1-12/2030
(milj. euroa)
Revenue                         52.4       48.1       99.0       91.3       190.2
Operating profit (EBIT)          4.1        3.2        7.5        6.0        12.8
Operating profit, % of revenue   7.8        6.7        7.6        6.6         6.7

The figures are unaudited.
"""


CELLS = {"4-6/2031": "Q2 2031", "1-6/2031": "H1 2031", "7-12/2031": "H2 2031", "1-12/2030": "2030",
         "1-9/2031": "January-September 2031", "9-1/2031": "9-1/2031"}


def test_month_range_cell_names_its_period():
    assert {cell: month_range_cell(cell) for cell in CELLS} == CELLS


def test_month_range_table_under_translated_unit_note():
    ex = extract_text(KEY_FIGURES, "d1", "havukoski.txt")
    rev = {(str(f.period.start), str(f.period.end), f.value, f.unit) for f in ex.facts
           if f.kind == "observation" and f.measure == "revenue" and f.period is not None}
    assert ("2031-04-01", "2031-06-30", 52400000, "EUR") in rev
    assert ("2031-01-01", "2031-06-30", 99000000, "EUR") in rev
    assert ("2030-01-01", "2030-12-31", 190200000, "EUR") in rev
    # the share-of-revenue row is no money of the corner's unit
    assert not any(f.kind == "observation" and getattr(f, "unit", None) == "EUR" and "% of" in (f.measure or "")
                   for f in ex.facts)
