"""Branch issue45t: tables whose columns are periods (invented documents, new company names).

- a column-unit line with a change column's "%" ("S$'000  S$'000  %"): the note, and the change in percent;
- an empty-corner line of periods over a labelled unit line ("Revenue by segment  S$'000  S$'000");
- dotted-day spans in a column's name ("Current period 01.04.2031 to 30.09.2031");
- one-line Bursa headers with group words ("Individual quarter: Current year quarter 30.09.2031");
- a corner "Group (S$'000)" / "RM'000"; HTML tables inside a markdown file;
- a plan's rows ("Revenue target", "Capital expenditure budget") typed as Targets, never actuals;
- the column->period registry (tables.COLUMN_PERIOD_RULES).
"""
from decimal import Decimal

from aikg.extract import tables
from aikg.extract.pipeline import extract_bytes
from aikg.extract.segment_tables import unit_note

SGX_HALF = """TEMBUSU GRID HOLDINGS LIMITED
(Incorporated in the Republic of Singapore)

CONDENSED INTERIM FINANCIAL STATEMENTS FOR THE SIX MONTHS ENDED 30 JUNE 2031

A. Condensed interim consolidated statement of profit or loss

                                                     Group
                                          1H2031        1H2030      Change
                                          S$'000        S$'000         %
Revenue                                  212,400       190,250       11.6
Cost of sales                           (150,100)     (136,900)       9.6
Gross profit                              62,300        53,350       16.8
Profit for the period                     14,820        11,030       34.4

B. Segment information

                                          1H2031        1H2030
Revenue by segment                        S$'000        S$'000
  Grid Services                          120,400       101,250
  Metering                                92,000        89,000
  Total                                  212,400       190,250
"""


def _facts(text, name="doc.txt"):
    return extract_bytes(text.encode(), name).facts


def _obs(text, name="doc.txt"):
    return [f for f in _facts(text, name) if f.kind == "observation" and f.value is not None]


def test_column_unit_line_with_percent_change_column():
    found = tables.tables(SGX_HALF)
    assert found[0].header == ("(S$'000)", "1H2031", "1H2030", "Change %")
    got = {(o.measure, o.value, o.unit, o.period.label, o.change) for o in _obs(SGX_HALF)
           if o.subject.label not in ("Grid Services", "Metering")}
    assert ("profit after tax", Decimal("14820000"), "SGD", "H1 2031", Decimal("34.4")) in got
    assert ("gross profit", Decimal("53350000"), "SGD", "H1 2030", None) in got


def test_periods_over_a_labelled_unit_line():
    found = tables.tables(SGX_HALF)
    assert found[1].header == ("Revenue by segment (S$'000)", "1H2031", "1H2030")
    seg = {(o.subject.label, o.value, o.period.label) for o in _obs(SGX_HALF) if o.subject.label == "Metering"}
    assert seg == {("Metering", Decimal("92000000"), "H1 2031"), ("Metering", Decimal("89000000"), "H1 2030")}


CSE_FORM = """MAHAWELI SPICE MILLS PLC
Interim Financial Statements - Six Months Ended 30 September 2031
Colombo Stock Exchange filing

STATEMENT OF PROFIT OR LOSS (Rs. '000)

                                  Current period        Comparative period      Change %
                                  01.04.2031 to         01.04.2030 to
                                  30.09.2031            30.09.2030
Revenue                           2,410,500             2,100,300               14.8
Gross profit                        720,100               610,900               17.9
Profit for the period               205,300               170,200               20.6
"""


def test_dotted_day_span_names_the_column():
    assert tables.day_cell("Current period 01.04.2031 to 30.09.2031") == "Current period 1 Apr 2031 to 30 Sep 2031"
    got = {(o.measure, o.value, str(o.period.start), str(o.period.end)) for o in _obs(CSE_FORM, "mahaweli.txt")}
    assert ("revenue", Decimal("2410500000"), "2031-04-01", "2031-09-30") in got
    assert ("gross profit", Decimal("610900000"), "2030-04-01", "2030-09-30") in got


def test_rupee_apostrophe_scale_note():
    assert unit_note("", "STATEMENT OF PROFIT OR LOSS (Rs. '000)") == "Rs thousand"
    assert unit_note("", "Segment revenue (Rupees in '000):") == "Rs thousand"


BURSA_MD = """# KAMPAR FOILS BERHAD

Interim report for the third quarter ended 30 September 2031. Read with the audited financial statements for the year ended 31 December 2030.

| RM'000 | Individual quarter: Current year quarter 30.09.2031 | Individual quarter: Preceding year corresponding quarter 30.09.2030 | Cumulative quarter: Current year to date 30.09.2031 | Cumulative quarter: Preceding year corresponding period 30.09.2030 |
|---|---|---|---|---|
| Revenue | 88,100 | 80,200 | 250,300 | 231,900 |
| Profit before tax | 9,410 | 8,020 | 26,700 | 23,100 |
"""


def test_one_line_bursa_header_named_as_stacked_columns():
    found = tables.tables(BURSA_MD)
    assert found[0].header[1:] == ("Quarter ended 30 Sep 2031", "Quarter ended 30 Sep 2030",
                                   "Nine months ended 30 Sep 2031", "Nine months ended 30 Sep 2030")
    got = {(o.measure, o.value, o.unit, str(o.period.start), str(o.period.end)) for o in _obs(BURSA_MD, "kampar.md")}
    assert ("revenue", Decimal("88100000"), "MYR", "2031-07-01", "2031-09-30") in got
    assert ("profit before tax", Decimal("26700000"), "MYR", "2031-01-01", "2031-09-30") in got


HTML_MD = """PANDAN CLINICS LTD.
(Incorporated in the Republic of Singapore)

Unaudited results for the year ended 30 June 2031

<table>
<tr><th>Group (S$'000)</th><th>FY2031</th><th>FY2030</th><th>Change %</th></tr>
<tr><td>Revenue</td><td>103,400</td><td>95,100</td><td>8.7</td></tr>
<tr><td>Purchase of property, plant and equipment</td><td>(6,120)</td><td>(5,400)</td><td>13.3</td></tr>
</table>

Medium-term plan approved by the Board (targets, not forecasts):

<table>
<tr><th>Medium-term plan (S$'000)</th><th>FY2032</th><th>FY2033</th></tr>
<tr><td>Revenue target</td><td>115,000</td><td>128,000</td></tr>
<tr><td>Capital expenditure budget</td><td>7,500</td><td>8,000</td></tr>
</table>
"""


def test_html_tables_in_markdown_with_group_corner():
    got = {(o.measure, o.value, o.unit, o.period.label, o.change) for o in _obs(HTML_MD, "pandan.md")}
    assert ("revenue", Decimal("103400000"), "SGD", "FY2031", Decimal("8.7")) in got
    assert ("purchase of property, plant and equipment", Decimal("-6120000"), "SGD", "FY2031", Decimal("13.3")) in got


def test_plan_rows_are_targets_not_actuals():
    facts = _facts(HTML_MD, "pandan.md")
    targets = {(t.measure, t.value, t.horizon) for t in facts if t.kind == "target"}
    assert ("revenue", Decimal("128000000"), "FY2033") in targets
    assert ("capital expenditure", Decimal("7500000"), "FY2032") in targets
    assert not [o for o in facts if o.kind == "observation" and o.value in (Decimal("128000000"), Decimal("7500000"))]


def test_column_period_registry_names_each_step():
    names = [r.name for r in tables.COLUMN_PERIOD_RULES]
    assert names[:3] == ["footnote-marker", "results-form", "sheet-day"]
    assert "current-column" in names and "measure-year-header" in names
    assert all(r.triggers and r.example for r in tables.COLUMN_PERIOD_RULES)
