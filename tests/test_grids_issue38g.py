"""Key-figure grids (issue38g): stacked multi-line headers, money cells one space apart, percent change
columns, caption breakdowns, corner-cell and except notes, product lines as units, not-applicable
cells. Invented articles in shapes of their own (other companies, currencies, calendars)."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract import tables
from aikg.extract.pipeline import extract_bytes


def _obs(ex):
    return {(f.subject.label, f.measure, f.period.start.isoformat() if f.period and f.period.start else None,
             f.period.end.isoformat() if f.period and f.period.end else None, f.value, f.unit)
            for f in ex.facts if f.kind == "observation"}


# a fiscal year ending in June: the year-to-date column to 31 December is six months, not nine
STACKED = b"""KELANA TEMBAGA BERHAD
(Incorporated in Malaysia)

Financial year end : 30 Jun 2032

INTERIM FINANCIAL REPORT FOR THE SECOND QUARTER ENDED 31 DECEMBER 2031

                           INDIVIDUAL PERIOD               CUMULATIVE PERIOD
                           Current      Preceding          Current       Preceding
                           year         year               year          year
                           quarter      corresponding      to date       corresponding
                                        quarter                          period
                           31.12.2031   31.12.2030         31.12.2031    31.12.2030
                           RM'000       RM'000             RM'000        RM'000

1 Revenue                    64,210       58,004            121,775       110,390
2 Profit attributable
  to owners of
  the company                 7,310        6,120             13,904        11,882

Kelana Tembaga makes copper busbars for switchgear makers in Selangor and Johor.
"""


def test_a_stacked_header_names_each_column_by_its_words_and_its_day():
    ex = extract_bytes(STACKED, "kelana.txt")
    got = _obs(ex)
    rev = {(a, b, val) for s, m, a, b, val, u in got if m == "revenue" and u == "MYR"}
    assert ("2031-10-01", "2031-12-31", Decimal("64210000")) in rev, got
    assert ("2030-10-01", "2030-12-31", Decimal("58004000")) in rev, got
    assert ("2031-07-01", "2031-12-31", Decimal("121775000")) in rev, got   # six months of a June year
    wrapped = {val for s, m, a, b, val, u in got if "attributable" in (m or "") and a == "2031-07-01"}
    assert Decimal("13904000") in wrapped, got


SIX_K = b"""Varnholt Optics Ltd. reports second quarter results

Varnholt Optics designs laser modules for industrial cutting machines.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME (U.S. dollars in thousands, except per share data, unaudited)

                                         Six months ended March 31
                                            2032          2031
Revenues                                  48,250        44,100
Operating income                           5,130         4,470
Net income                                 3,920         3,310
"""


def test_a_group_over_its_years_names_both_columns():
    got = _obs(extract_bytes(SIX_K, "varnholt.txt"))
    assert ("Varnholt Optics", "operating income", "2031-10-01", "2032-03-31", Decimal("5130000"), "USD") in got, got
    assert ("Varnholt Optics", "operating income", "2030-10-01", "2031-03-31", Decimal("4470000"), "USD") in got, got


KEY_FIGURES = b"""Ostrava Kabel AG - half-year report 2032

Ostrava Kabel AG (SIX: OSKA) grew order intake and sales in the first half of 2032.

Key figures H1 2032

                              H1 2032      H1 2031     Change
Order intake            EUR 212 Mio. EUR 190 Mio.     +11.6%
Net sales               EUR 205 Mio. EUR 181 Mio.     +13.3%
EBIT margin                    9.4%         8.8%     +0.6 pp

Ostrava Kabel supplies railway signalling cable across central Europe.
"""


def test_money_cells_one_space_apart_are_one_cell_each():
    tb = tables.tables(KEY_FIGURES.decode())
    assert tb and tb[0].header[1:] == ("H1 2032", "H1 2031", "Change"), tb
    ex = extract_bytes(KEY_FIGURES, "ostrava.txt")
    oi = [f for f in ex.facts if f.kind == "observation" and f.measure == "order intake" and f.value == Decimal("212000000")]
    assert oi and oi[0].period is not None and oi[0].period.label == "H1 2032" and oi[0].change == Decimal("11.6"), oi
    assert any(f.kind == "observation" and f.measure == "order intake" and f.value == Decimal("190000000")
               and f.period is not None and f.period.label == "H1 2031" for f in ex.facts)


PERCENT = b"""# Talvik Instruments Oy: half-year report 2032

Talvik Instruments Oy makes humidity sensors for greenhouses.

## Key figures

| EUR m        | H1 2032 | H1 2031 |     % |
|--------------|--------:|--------:|------:|
| Net sales    |    88.4 |    80.1 | +10.4 |
| EBITDA       |    14.2 |    12.9 | +10.1 |

## Net sales by region

| EUR m     | H1 2032 | H1 2031 |
|-----------|--------:|--------:|
| Nordics   |    41.0 |    38.2 |
| Baltics   |    27.5 |    25.0 |
| Asia      |    19.9 |    16.9 |
"""


def test_a_percent_column_is_the_change_and_a_corner_note_dates_region_rows():
    ex = extract_bytes(PERCENT, "talvik.md")
    ns = [f for f in ex.facts if f.kind == "observation" and f.measure == "net sales" and f.value == Decimal("88400000")]
    assert ns and ns[0].change == Decimal("10.4"), ns
    got = _obs(ex)
    assert any(s == "Baltics" and val == Decimal("27500000") and u == "EUR" and a == "2032-01-01" for s, m, a, b, val, u in got), got


HTML = b"""<html><head><title>Pemberly Sensors Reports First Quarter 2032 Results</title></head><body>
<h1>Pemberly Sensors Reports First Quarter 2032 Results</h1>
<p>Pemberly Sensors, Inc. (Nasdaq: PMBS), a maker of pressure sensors for drilling rigs, today reported results for the
first quarter ended March 31, 2032.</p>
<table>
<caption>(in thousands of US$, except per-share amounts)</caption>
<tr><th></th><th>Three Months Ended March 31, 2032</th><th>Three Months Ended March 31, 2031</th></tr>
<tr><td>Revenue</td><td>52,340</td><td>47,880</td></tr>
<tr><td>Operating income</td><td>6,105</td><td>5,212</td></tr>
</table>
<h2>Revenue by Product Line</h2>
<table>
<caption>(in thousands of US$)</caption>
<tr><th>Product line</th><th>Q1 2032</th><th>Q1 2031</th></tr>
<tr><td>Downhole gauges</td><td>30,110</td><td>27,450</td></tr>
<tr><td>Surface transmitters</td><td>22,230</td><td>20,430</td></tr>
</table>
</body></html>
"""


def test_an_except_note_and_product_line_rows():
    got = _obs(extract_bytes(HTML, "pemberly.html"))
    assert ("Pemberly Sensors", "operating income", "2032-01-01", "2032-03-31", Decimal("6105000"), "USD") in got, got
    assert ("Downhole gauges", "revenue", "2032-01-01", "2032-03-31", Decimal("30110000"), "USD") in got, got


CAPTION = b"""Harwell Metering plc - final results for the year ended 31 March 2032

 Harwell Metering plc, the smart water meter maker, announces results for FY32.

 SALES BY DIVISION (GBP m)             FY32
 ------------------------------------------------
 Utilities                            88.6
 Industrial                           41.2
 ================================================

Section 4  Revenue by product type (FY2032, unit: GBP thousand)

Smart meters                                 96,300
Installation services                        33,500
"""


def test_a_caption_over_one_figure_column_lists_units_not_products():
    ex = extract_bytes(CAPTION, "harwell.txt")
    got = _obs(ex)
    assert any(s == "Utilities" and val == Decimal("88600000") and u == "GBP" for s, m, a, b, val, u in got), got
    assert any(s == "Installation services" and val == Decimal("33500000") and u == "GBP" for s, m, a, b, val, u in got), got
    assert not any(e.kind == "Product" and e.label.endswith("88.6") for e in ex.entities), ex.entities


NOT_APPLICABLE = b"""Stock code: 688999          Stock abbreviation: Lanxiang Robotics
LANXIANG ROBOTICS CO., LTD.
SUMMARY OF THE 2032 SEMI-ANNUAL REPORT

Lanxiang Robotics Co., Ltd. builds welding robots for shipyards in Jiangsu and Zhejiang.

Main accounting data
Unit: Yuan (RMB) 10 thousand (\xe4\xb8\x87\xe5\x85\x83)   Currency: RMB

Item                                       This period (Jan-Jun 2032)   Same period last year   Change (%)
Operating revenue                                     88,412.50                 80,110.25             10.36
Net profit attributable to shareholders              -4,210.77                 -6,905.12        not applicable
Net cash flow from operating activities              -9,880.00                -12,400.35        not applicable

Lanxiang Robotics builds welding robots for shipyards.
"""


def test_not_applicable_cells_and_a_unit_line_with_its_currency_first():
    ex = extract_bytes(NOT_APPLICABLE, "lanxiang.txt")
    got = _obs(ex)
    assert any(m.startswith("net profit attributable") and val == Decimal("-42107700") and u == "CNY"
               for s, m, a, b, val, u in got), got
    assert not any(f.kind == "segment_of" and f.segment.label == "Operating revenue" for f in ex.facts)


SEGMENT_CHANGES = b"""Ostrava Kabel AG - half-year report 2032

Ostrava Kabel AG (SIX: OSKA) grew sales in all three of its market segments in the first half of 2032.

Net sales by market segment (H1 2032)
  Railway          EUR 96 Mio.  (+12%)
  Energy           EUR 71 Mio.  (-2%)
  Buildings        EUR 38 Mio.  (+5%)

Ostrava Kabel supplies railway signalling cable across central Europe.
"""


def test_a_caption_over_rows_with_a_bracketed_change():
    ex = extract_bytes(SEGMENT_CHANGES, "ostrava_segments.txt")
    rail = [f for f in ex.facts if f.kind == "observation" and f.subject.label == "Railway" and f.value == Decimal("96000000")]
    assert rail and rail[0].change == Decimal("12") and rail[0].period is not None and rail[0].period.label == "H1 2032", rail
    energy = [f for f in ex.facts if f.kind == "observation" and f.subject.label == "Energy" and f.value == Decimal("71000000")]
    assert energy and energy[0].direction == "decrease", energy
