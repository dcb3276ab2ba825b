"""tables.RESULTS_FORM: an exchange's results form, rows of measures under current / comparative period columns
(invented documents)."""
from decimal import Decimal

from aikg.extract import tables
from aikg.extract.pipeline import extract_bytes

FORM = """Gulf Exchange - Company Disclosures
Date: 10 November 2031                                 Company: Qasr Data Systems Company K.S.C.P. (Ticker: QDL)
Subject: Financial Results for the Period Ended 30 September 2031

                          Interim Results Form
                     Kuwaiti Company (KWD)

Company Name                                        Qasr Data Systems Company K.S.C.P.

-----------------------------------------------------------------------------------------------------------------
Statement                                           Nine Month Current   Nine Month Comparative   Change (%)
                                                    Period 2031-09-30    Period 2030-09-30
-----------------------------------------------------------------------------------------------------------------
Net Profit (Loss) represents the amount                  640,210               580,400               10.3
attributable to the owners of the parent Company
Basic & Diluted Earnings per Share (fils)                  6.40                  5.80                10.3
Total Operating Revenue                                9,120,500             8,450,300                7.9
-----------------------------------------------------------------------------------------------------------------

-----------------------------------------------------------------------------------------------------------------
Statement                                           Third quarter        Third quarter            Change (%)
                                                    Current Period 2031  Comparative Period 2030
-----------------------------------------------------------------------------------------------------------------
Net Profit (Loss) represents the amount                  210,330               190,100               10.6
attributable to the owners of the parent Company
Total Operating Revenue                                3,050,000             2,880,000                5.9
-----------------------------------------------------------------------------------------------------------------

Qasr Data Systems Company announced its results after the board meeting, citing demand for hosted networks.
"""


def _obs(text):
    ex = extract_bytes(text.encode(), "qasr_form.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def test_form_cell_reads_span_and_end():
    assert tables.form_cell("Six Month Current Period 2031-06-30") == "Six months ended 30 Jun 2031"
    assert tables.form_cell("Second quarter Comparative Period 2030") == "Second quarter 2030"
    assert tables.form_cell("Current Period") == "Current Period"


def test_form_tables_found_with_wrapped_period_line_and_flush_label_tail():
    found = tables.tables(FORM)
    assert [tb.header for tb in found] == [
        ("Statement", "Nine Month Current Period 2031-09-30", "Nine Month Comparative Period 2030-09-30", "Change (%)"),
        ("Statement", "Third quarter Current Period 2031", "Third quarter Comparative Period 2030", "Change (%)")]


def test_form_rows_typed_per_period_in_form_currency():
    obs = _obs(FORM)
    got = {(o.measure, o.value, o.unit, o.period.label if o.period else None) for o in obs if o.value is not None}
    assert ("net profit", Decimal("640210"), "KWD", "2031-01-01/2031-09-30") in got
    assert ("net profit", Decimal("580400"), "KWD", "2030-01-01/2030-09-30") in got
    assert ("net profit", Decimal("210330"), "KWD", "Q3 2031") in got
    assert ("total operating revenue", Decimal("3050000"), "KWD", "Q3 2031") in got
    assert ("basic & diluted earnings per share", Decimal("6.40"), "fils", "2031-01-01/2031-09-30") in got
    q3 = next(o for o in obs if o.value == Decimal("210330"))
    assert q3.change == Decimal("10.6") and q3.change_unit == "percent"
