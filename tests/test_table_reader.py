"""Tables read by their structure (tables.py TABLE_SHAPES, segment_tables.py): a header row over
rows, whatever the layout — a pipe table with no separator line, aligned text columns — each
column typed by its header's words (measure, period, unit, change, share, ratio) and each row by
its first cell (a unit of the article's company). Invented articles."""
from decimal import Decimal

from aikg.extract import tables
from aikg.extract.pipeline import extract_text

RELEASE = """BRANVIK GROUP   STOCK EXCHANGE RELEASE   14 November 2031 at 9.00 CET

Branvik Group's interim report for January-September 2031: revenue grew in Cloud

Branvik Group publishes its interim report for the third quarter of 2031. Comparisons are with the corresponding period of 2030.

1. Group summary, July-September 2031
1.1 Revenue amounted to EUR 410.0 million (EUR 395.0 million), an increase of 3.8%.

2. Reporting segments, July-September 2031
Branvik Group reports three segments.

| Segment      | Sales Q3 2031 EUR m | Sales Q3 2030 EUR m | Change | Operating margin Q3 2031 |
| Cloud        | 180.0 | 160.0 | +12.5% | 14.2% |
| Payments     | 130.0 | 135.0 | -3.7% | 18.9% |
| Field Systems| 100.0 | 100.0 |  0.0% |  7.5% |
| Other/elim.  |  -4.0 |  -3.5 |       |       |
| Group        | 410.0 | 395.0 | +3.8% | 13.1% |

3. January-September 2031
3.1 Revenue was EUR 1,190.0 million (EUR 1,150.0 million), up 3.5%.
"""

SHARES = """# Tellmark Systems FY31 results: revenue up 20%

*Published 20 May 2031*

Tellmark Systems reported results for the fourth quarter of FY31. Q4 FY31 revenue was ₹300 crore.

Tellmark reports a single segment but discloses revenue by product line:

| Product line | FY31 revenue (₹ crore) | Share of total |
|---|---|---|
| Storage arrays | 600 | 60.0% |
| Edge servers | 400 | 40.0% |
| **Total** | **1,000** | **100%** |
"""


def _obs(ex, label, measure=None):
    return [f for f in ex.facts if f.kind == "observation" and f.subject.label == label
            and (measure is None or f.measure == measure)]


def test_pipe_table_without_separator_is_a_table():
    found = tables.tables(RELEASE)
    assert len(found) == 1
    tb = found[0]
    assert tb.shape == "pipe-no-separator" and tb.header[1] == "Sales Q3 2031 EUR m"
    assert RELEASE[tb.head:].startswith("| Segment") and RELEASE[tb.start:].startswith("| Cloud")
    # a pipe line alone, or lines with no numbers, are no table
    assert tables.tables("| a | b |\n| c | d |\n| e | f |\n") == []


def test_rows_of_a_pipe_table_without_separator_are_segments_with_column_figures():
    ex = extract_text(RELEASE, "branvik", "branvik.txt")
    segs = {f.segment.label for f in ex.facts if f.kind == "segment_of"}
    assert {"Cloud", "Payments", "Field Systems"} <= segs
    assert not segs & {"Other/elim.", "Group"}
    cloud = _obs(ex, "Cloud", "sales")
    by_period = {o.period.label: o for o in cloud}
    assert by_period["Q3 2031"].value == Decimal("180000000") and by_period["Q3 2031"].unit == "EUR"
    assert by_period["Q3 2031"].change == Decimal("12.5")
    assert by_period["Q3 2030"].value == Decimal("160000000") and by_period["Q3 2030"].change is None
    [margin] = _obs(ex, "Payments", "operating margin")
    assert margin.value == Decimal("18.9") and margin.unit == "percent" and margin.period.label == "Q3 2031"
    assert margin.change is None


def test_table_header_line_states_no_figure():
    ex = extract_text(RELEASE, "branvik", "branvik.txt")
    # "Sales Q3 2031 EUR m" names the column's measure, period and unit: no value "EUR 2031"
    assert not any(f.kind == "observation" and f.value in (Decimal("2031"), Decimal("2030"))
                   for f in ex.facts)


def test_share_column_without_period_takes_its_amount_columns_period():
    ex = extract_text(SHARES, "tellmark", "tellmark.md")
    [share] = _obs(ex, "Storage arrays", "share of revenue")
    [rev] = _obs(ex, "Storage arrays", "revenue")
    assert share.value == Decimal("60.0") and share.period.label == rev.period.label
    assert "Q4" not in share.period.label


FILING = """HALDEN MATERIALS — HALF-YEAR REPORT, FIRST HALF OF FISCAL YEAR 2031

Halden Materials SE reports its revenue across three divisions. Halden Materials said revenue of the Group was 300 million euros in H1 FY2031.

Revenue by division (in millions of euros)

Division               H1 FY2031   H1 FY2030   Change (reported)
Wafers                    150         120         +25.0%
Sensors                    90         100         -10.0%
Optics                     60          60           0.0%
Total                     300         280          +7.1%

Wafers revenue rose on strong demand from data centres.
"""


def test_aligned_text_columns_are_a_table_of_units():
    [tb] = tables.tables(FILING)
    assert tb.shape == "aligned-columns" and tb.header == ("Division", "H1 FY2031", "H1 FY2030", "Change (reported)")
    assert tables.row_text(tb, FILING, tb.start) == "| Wafers | 150 | 120 | +25.0% |"
    ex = extract_text(FILING, "halden", "halden.txt")
    segs = {f.segment.label for f in ex.facts if f.kind == "segment_of"}
    assert {"Wafers", "Sensors", "Optics"} <= segs and "Total" not in segs
    sensors = {o.period.label: o for o in _obs(ex, "Sensors", "revenue")}
    # "(in millions of euros)": the caption's currency and scale for the bare numbers
    assert sensors["H1 FY2031"].value == Decimal("90000000") and sensors["H1 FY2031"].unit == "EUR"
    assert sensors["H1 FY2031"].change == Decimal("10.0") and sensors["H1 FY2031"].direction == "decrease"
    assert sensors["H1 FY2030"].value == Decimal("100000000")


NEW_UNITS = """# Orvello Engineering Q1 FY32 results

*Published 25 July 2031*

Orvello Engineering reported results for the first quarter of FY32. Orvello Engineering reports four segments. The table below shows revenue for Q1 FY32 (₹ crore):

| Segment | Q1 FY32 | Q1 FY31 | YoY change |
|---|---|---|---|
| Grid Projects | 9,500 | 8,100 | 17.3% |
| Water Systems | 2,500 | – | – |
| Defence Works | 1,200 | – | – |
| Total | 13,200 | 11,000 | 20.0% |
"""


def test_units_table_row_with_bare_numbers_only_is_read():
    # a row with no money sign and no percent is still a row, not a heading
    ex = extract_text(NEW_UNITS, "orvello", "orvello.md")
    [water] = _obs(ex, "Water Systems", "revenue")
    assert water.value == Decimal("25000000000") and water.unit == "INR" and water.period.label == "Q1 FY2032"


def test_claims_of_a_section_take_the_sections_period():
    ex = extract_text(RELEASE, "branvik", "branvik.txt")
    [c] = [c for c in ex.claims if c.evidence.quote.startswith("1.1 Revenue")]
    assert c.period is not None and c.period.label == "Q3 2031"
    row = [c for c in ex.claims if c.evidence.quote.startswith("| Cloud")]
    assert row and all(c.subject.label == "Cloud" and c.period.label == "Q3 2031" for c in row)
