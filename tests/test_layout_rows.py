"""Rows in other layouts read as a grid's rows (issue36r): an HTML page's KPI tiles, definition list and list
items become list lines (clean.LAYOUT_RULES); a '<Unit> <measure>' row label under a caption naming units is the
unit's figure (list_lines unit-then-measure); 'business areas' and a 'revenue structure' caption list units; a
column header 'Revenue 2030 (… million)' dates its column (tables measure-year-header). Invented articles in
shapes and spellings none of the probe sets has."""
from decimal import Decimal

from aikg.extract import clean, list_lines, tables
from aikg.extract.pipeline import extract_bytes, extract_text


def _html(page: str):
    return extract_bytes(page.encode(), "page.html")


def _obs(ex):
    return {(f.subject.kind, f.subject.label, f.measure, f.value) for f in ex.facts if f.kind == "observation"}


def _units(ex):
    return {f.segment.label for f in ex.facts if f.kind == "segment_of"}


# 1. KPI tiles: a card of a heading and paragraphs, the heading a unit's name and a measure.
TILES = """<html><head><title>Korvalis AB - Q3 2031 snapshot</title></head><body>
<h1>Korvalis AB</h1>
<p>Interim snapshot for the third quarter of 2031. The figures below show the quarter by business unit.</p>
<div class="grid">
<div class="card"><h3>Net sales</h3><p>&euro;84.1m</p><p>+7.2%</p></div>
<div class="card"><h3>Marine Software net sales</h3><p>&euro;51.0m</p><p>+9.0%</p></div>
<div class="card"><h3>Harbour Sensors net sales</h3><p>&euro;33.1m</p><p>&#9660; 4.5%</p></div>
<div class="card"><h3>Operating margin</h3><p>11.8%</p></div>
</div>
<p>Korvalis said demand from Baltic ports stayed firm.</p>
</body></html>"""


def test_tiles_become_one_block_of_list_lines():
    text = clean.html_to_text(TILES)
    assert "- Net sales: €84.1m +7.2%\n- Marine Software net sales: €51.0m +9.0%" in text
    assert "- Harbour Sensors net sales: €33.1m down 4.5%" in text   # the arrow is the change's direction
    assert [len(b.rows) for b in list_lines.blocks(text)] == [4]


def test_tile_of_a_unit_and_measure_is_the_units_figure():
    ex = _html(TILES)
    obs = _obs(ex)
    assert ("Segment", "Marine Software", "net sales", Decimal("51000000")) in obs
    assert ("Segment", "Harbour Sensors", "net sales", Decimal("33100000")) in obs
    assert ("Company", "Korvalis", "net sales", Decimal("84100000")) in obs
    assert {"Marine Software", "Harbour Sensors"} <= _units(ex)
    # the unit's figure is no longer the company's
    assert not any(k == "Company" and v == Decimal("33100000") for k, _, _, v in obs)
    down = [f for f in ex.facts if f.kind == "observation" and f.subject.label == "Harbour Sensors"]
    assert down[0].direction == "decrease" and abs(down[0].change) == Decimal("4.5")


def test_tiles_without_a_caption_naming_units_keep_the_company():
    ex = _html(TILES.replace("by business unit", "in brief"))
    assert not _units(ex)


def test_a_tile_whose_first_leaf_is_a_figure_is_no_labelled_tile():
    page = '<div class="stat"><span>2,400</span><span>engineers</span></div>'
    assert "- 2,400" not in clean.html_to_text(page)


# 2. A definition list and list items under headings.
DL = """<html><head><title>Brindemoor plc: full-year facts</title></head><body>
<h1>Brindemoor plc results for the year to 31 March 2031</h1>
<p>Brindemoor plc, the Leeds-based operator of regional cloud platforms, published its annual figures today.</p>
<h2>Group figures, FY2031</h2>
<dl>
<dt>Revenue</dt><dd>&pound;212.5m (up 6%)</dd>
<dt>Adjusted EBITDA</dt><dd>&pound;61.0m</dd>
</dl>
<h2>Revenue by division</h2>
<ul><li><b>Public Sector Cloud</b>: &pound;120.2m</li><li><b>Managed Colocation</b>: &pound;92.3m</li></ul>
</body></html>"""


def test_definition_list_and_list_items_are_read_as_rows():
    text = clean.html_to_text(DL)
    assert "- Revenue: £212.5m (up 6%)" in text and "- Public Sector Cloud : £120.2m" in text.replace("  ", " ")
    ex = _html(DL)
    obs = _obs(ex)
    assert ("Company", "Brindemoor", "revenue", Decimal("212500000")) in obs
    assert ("Company", "Brindemoor", "adjusted ebitda", Decimal("61000000")) in obs
    assert ("Segment", "Public Sector Cloud", "revenue", Decimal("120200000")) in obs
    assert _units(ex) == {"Public Sector Cloud", "Managed Colocation"}


def test_definition_of_words_stays_as_written():
    page = "<dl><dt>Chair</dt><dd>Ruth Ambler</dd></dl>"
    assert "- Chair" not in clean.html_to_text(page)


# 3. Units named in a text's own words: business areas, a revenue structure.
AREAS = """# Tavira Dados closes nine months

Tavira Dados S.A., the Lisbon data-centre operator, reported revenue of EUR 58.3 million for the nine months to
September 2031 on 30 October 2031. The company operates in two business areas:

- Colocation: EUR 41.0 million
- Interconnection: EUR 17.3 million
"""


def test_business_areas_are_units():
    ex = extract_text(AREAS, "t", "t.md")
    assert _units(ex) == {"Colocation", "Interconnection"}
    assert ("Segment", "Colocation", "revenue", Decimal("41000000")) in _obs(ex)


STRUCTURE = """Ostrava Cloud a.s. reported revenue of CZK 900 million for the second quarter of 2031.

Sales structure, Q2 2031:
- Hosting: CZK 600 million
- Managed security: CZK 300 million
"""


def test_revenue_structure_caption_lists_units_and_a_plain_caption_does_not():
    assert list_lines.caption_units("Sales structure, Q2 2031:")
    assert list_lines.caption_units("REVENUE MIX, Q4 FY31")
    assert not list_lines.caption_units("Key figures, Q2 2031:")
    assert not list_lines.caption_units("The structure of the deal:")


def test_unit_then_measure_labels():
    assert list_lines.unit_measure_label("Cloud Hosting revenue") == ("Cloud Hosting", "revenue")
    assert list_lines.unit_measure_label("Marine Software net sales") == ("Marine Software", "net sales")
    assert list_lines.unit_measure_label("Product revenue") is None          # one capitalised word: a modifier
    assert list_lines.unit_measure_label("Adjusted operating margin") is None
    assert list_lines.unit_measure_label("Group revenue") is None
    assert list_lines.unit_measure_label("Data Engineering revenue growth") is None


# 4. A column header naming its measure and year.
YEARS = """Lindqvist Maritime ASA reported revenue of NOK 900 million for 2031, against NOK 780 million in 2030.

| Segment | Revenue 2031 (NOK million) | Revenue 2030 (NOK million) |
|---|---|---|
| Deck Systems | 600 | 520 |
| Hull Monitoring | 300 | 260 |
"""


def test_measure_year_header_dates_each_column():
    ex = extract_text(YEARS, "t", "t.md")
    got = {(f.subject.label, f.value, f.period.label if f.period else None) for f in ex.facts
           if f.kind == "observation" and f.subject.kind == "Segment"}
    assert ("Hull Monitoring", Decimal("260000000"), "2030") in got
    assert ("Hull Monitoring", Decimal("300000000"), "2031") in got
    assert not any(v == Decimal("260000000") and p == "2031" for _, v, p in got)


def test_measure_year_header_cell_alone():
    assert tables._MEASURE_YEAR.match("Capex 2031 (EUR m)")
    assert tables._MEASURE_YEAR.match("Annual PUE 2031")
    resolve = lambda c: [type("P", (), {"kind": "year"})()] if c.isdigit() else []
    assert tables._measure_year("Revenue 2031 (NOK million)", resolve)
    assert tables._measure_year("Since 2031", resolve) == []
    assert tables._measure_year("Capacity target 2030 (MW)", resolve) == []


def test_counted_business_areas_in_prose_are_units():
    text = ("Selvik Networks AB reported net sales of SEK 3.1 billion for 2031. The company operates in two business "
            "areas: **Homes** (fibre for households) and **Enterprise** (connectivity and hosting). Selvik Networks "
            "expects growth in 2032.\n")
    assert _units(extract_text(text, "t", "t.md")) == {"Homes", "Enterprise"}
    # a count that does not match the names listed reads none
    wrong = text.replace("two business areas", "three business areas")
    assert not _units(extract_text(wrong, "t", "t.md"))


def test_layout_rules_read_long_whitespace_in_linear_time():
    import time
    page = "<html>" + " " * 200_000 + "<div><span>Revenue</span><span>$1.0m</span></div>" + " " * 200_000 + "</html>"
    t = time.perf_counter()
    text = clean.html_to_text(page)
    assert time.perf_counter() - t < 2.0
    assert "- Revenue: $1.0m" in text
