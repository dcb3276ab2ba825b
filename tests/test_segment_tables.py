"""Tables and lists of a company's units read into Segment nodes with their figures
(segment_tables.py, list_lines.measure_lines, relations.segment_membership), on invented
articles: a markdown table of business groups, the same as an HTML table, a highlights list whose
lines name segments given earlier, a product reported within a group."""
from decimal import Decimal

from aikg.extract.clean import html_to_text
from aikg.extract.pipeline import extract_bytes, extract_text
from aikg import records as r

MARKDOWN = """# Korvana Industries posts record 2030 revenue on data-centre demand

*Harbour Wire | Published 3 Mar 2031*

Korvana Industries, the maker of motors and cooling gear, reported revenue of EUR 12.0 billion for 2030, up 6% from EUR 11.3 billion in 2029.

## Revenue by business group (2030)

| Business group | 2030 revenue | YoY change | Share of revenue | Main products |
|---|---|---|---|---|
| Drives | EUR 7.2 billion | +3% | 60% | Motors, gearboxes, pumps |
| Thermal Systems | EUR 3.6 billion | +18% | 30% | Chillers, rack cooling (liquid), heat pumps |
| Robotics | EUR 1.2 billion | -5% | 10% | Welding robots |
| **Total** | **EUR 12.0 billion** | **+6%** | **100%** | |

Korvana's immersion-cooling tanks, including the new two-phase units, are reported within the Thermal Systems group.
"""


def _facts(ex, kind):
    return [f for f in ex.facts if f.kind == kind]


def _obs(ex, label, measure):
    return [o for o in _facts(ex, "observation") if o.subject.label == label and o.measure == measure]


def test_markdown_table_rows_are_segments_with_figures():
    ex = extract_text(MARKDOWN, "korvana", "korvana.md")
    segs = {(f.segment.label, f.company.label) for f in _facts(ex, "segment_of")}
    assert {("Drives", "Korvana Industries"), ("Thermal Systems", "Korvana Industries"),
            ("Robotics", "Korvana Industries")} <= segs
    assert not any(s == "Total" for s, _ in segs)
    [rev] = _obs(ex, "Thermal Systems", "revenue")
    assert rev.value == Decimal("3600000000") and rev.unit == "EUR" and rev.change == Decimal("18")
    assert rev.direction == "increase" and rev.period.label == "2030"
    [rob] = _obs(ex, "Robotics", "revenue")
    assert rob.direction == "decrease"
    [share] = _obs(ex, "Robotics", "share of revenue")
    assert share.value == Decimal("10") and share.unit == "percent"
    # the company's own total stays the company's, not a unit's
    assert not any(o.subject.label == "Korvana Industries" and o.value == Decimal("7200000000")
                   for o in _facts(ex, "observation"))


def test_products_column_and_reported_within_are_membership():
    ex = extract_text(MARKDOWN, "korvana", "korvana.md")
    ins = {(f.item.label, f.segment.label) for f in _facts(ex, "in_segment")}
    assert ("gearboxes", "Drives") in ins and ("Welding robots", "Robotics") in ins
    assert ("immersion-cooling tanks", "Thermal Systems") in ins


def test_html_table_reads_like_a_markdown_table():
    page = """<html><head><title>Lumora results</title></head><body>
<h1>Lumora Systems says 2029 sales rose 4% as cloud orders grew</h1>
<p>By Staff &middot; June 2, 2030</p>
<p>Lumora Systems reported revenue of $8.0 billion for 2029, up 4%, the company said on Monday.</p>
<h2>Segments</h2>
<table>
<tr><th>Segment</th><th>Revenue</th><th>Growth</th></tr>
<tr><td>Cloud Platforms</td><td>$5.0 billion</td><td>+9%</td></tr>
<tr><td>Devices</td><td>$3.0 billion</td><td>-3%</td></tr>
</table>
</body></html>"""
    assert "| Cloud Platforms | $5.0 billion | +9% |" in html_to_text(page)
    ex = extract_bytes(page.encode(), "lumora.html")
    assert ("Devices", "Lumora Systems") in {(f.segment.label, f.company.label) for f in _facts(ex, "segment_of")}
    [cloud] = _obs(ex, "Cloud Platforms", "revenue")
    assert cloud.value == Decimal("5000000000") and cloud.change == Decimal("9")


def test_unit_table_needs_a_unit_header():
    from aikg.extract.segment_tables import column_roles, unit_table
    assert unit_table(("Business group", "Revenue"))
    assert unit_table(("", "Q2 FY30", "Q2 FY29"), "Revenue by segment")
    assert not unit_table(("Metric", "Q2 FY30", "Q2 FY29"), "Key figures")
    assert [role for role, _ in column_roles(("Division", "Operating income", "Change", "% of sales", "Key brands"))] == \
        ["label", "amount", "growth", "share", "members"]
    assert column_roles(("Division", "Operating income"))[1] == ("amount", "operating income")


def test_row_facts_skips_totals():
    from aikg.extract.segment_tables import row_facts
    ev = r.Evidence(doc="d", start=0, end=10, quote="| Total | $1 billion |")
    co = r.EntityRef(kind="Company", label="Acme")
    assert row_facts("| Total | $1 billion |", ("Segment", "Revenue"), co, [], None, ev) == (None, [])


HIGHLIGHTS = """VELLIR REPORTS FISCAL 2031 RESULTS

OSLO -- Jan. 20, 2032 -- Vellir (Nasdaq: VLR) today reported results for its fourth quarter and fiscal year 2031 ended Dec. 31, 2031.

Fourth Quarter Segment Results
- Studio: $2.10 billion, up 8% year over year
- Commerce Cloud: $0.90 billion, up 5% year over year

Fiscal Year 2031 Highlights
- Total revenue: $11.20 billion, up 7% from $10.47 billion in fiscal 2030
- Studio: $8.00 billion, up 9%
- Commerce Cloud: $3.20 billion, up 3%
"""


def test_highlights_list_lines_of_known_segments_are_their_revenue():
    ex = extract_text(HIGHLIGHTS, "vellir", "vellir.txt")
    fy = [o for o in _obs(ex, "Commerce Cloud", "revenue") if o.value == Decimal("3200000000")]
    assert len(fy) == 1 and fy[0].change == Decimal("3")
    assert fy[0].period is not None and "2031" in fy[0].period.label and "Q" not in fy[0].period.label


# Bare numbers whose currency and scale the header or caption states (segment_tables.UNIT_NOTES)
NOTE_MD = """# Pellago Media grows second-quarter sales as games surge

*Lantern Daily | 12 Aug 2031*

Pellago Media reported second-quarter 2031 net revenues of RMB 5.10 billion, up 14% from a year earlier.

## Revenue by line of business

| Revenue line | Q2 2031 (RMB bn) | Q2 2030 (RMB bn) | YoY |
|---|---|---|---|
| Live streaming | 2.40 | 2.10 | +14% |
| Puzzle games | 1.20 | 0.80 | +50% |
| Merchandise | 1.50 | 1.60 | -6% |
| **Total net revenues** | **5.10** | **4.50** | **+14%** |
"""

NOTE_HTML = """<html><head><title>Ostrava Digital tops 2 trillion won</title></head><body>
<p>Seoul, 6 Feb 2031 - Ostrava Digital reported 2030 revenue of 4.10 trillion won, up 5% from a year earlier.</p>
<table><caption>Ostrava Digital revenue by business (trillion won)</caption>
<thead><tr><th>Business</th><th>2030</th><th>2029</th><th>Change</th></tr></thead>
<tbody><tr><td>Cloud &amp; Data</td><td>2.20</td><td>2.00</td><td>+10.0%</td></tr>
<tr><td>Factory Systems</td><td>1.90</td><td>1.90</td><td>0.0%</td></tr>
<tr><td>Total</td><td>4.10</td><td>3.90</td><td>+5.1%</td></tr></tbody></table>
</body></html>"""


def test_bare_numbers_take_the_header_note_currency_and_scale():
    ex = extract_text(NOTE_MD, "pellago", "pellago.md")
    games = [o for o in _obs(ex, "Puzzle games", "revenue") if o.change is not None]
    assert [(o.value, o.unit, o.change) for o in games] == [(Decimal("1200000000"), "CNY", Decimal("50"))]
    assert games[0].period.label == "Q2 2031"
    assert not any(o.subject.label == "Total net revenues" for o in _facts(ex, "observation"))


def test_bare_numbers_take_the_html_caption_currency_and_scale():
    ex = extract_bytes(NOTE_HTML.encode(), "ostrava", "ostrava.html")
    cloud = [o for o in _obs(ex, "Cloud & Data", "revenue") if o.change is not None]
    assert [(o.value, o.unit, o.change) for o in cloud] == [(Decimal("2200000000000"), "KRW", Decimal("10.0"))]
    assert cloud[0].period.label == "2030"


def test_html_caption_stays_above_the_table():
    text = html_to_text(NOTE_HTML)
    assert "Ostrava Digital revenue by business (trillion won)\n| Business |" in text


# A list line '<Unit> segment: A, B and C' and 'The <noun> portfolio, which includes …'
CONTENTS_TXT = """Harrowgate Systems annual report 2031: management discussion

Harrowgate Systems reports two operating segments:

- Platform segment: software licences, support and maintenance revenue, together with the costs of product design, the hosting costs of its platform on Alpha Cloud and Beta Web, and sales costs.
- Delivery segment: installation, advisory and training revenue.

Delivery segment revenue fell 4% to USD 96 million, compared with USD 100 million in 2030.

The connected portfolio, which includes smart meters, fleet tracking and remote sensors, grew 9% for the year.
"""


def test_unit_list_line_lists_its_contents():
    ex = extract_text(CONTENTS_TXT, "harrowgate", "harrowgate.txt")
    ins = {(f.item.label, f.segment.label) for f in _facts(ex, "in_segment")}
    assert {("software licences", "Platform"), ("maintenance revenue", "Platform"), ("product design", "Platform"),
            ("hosting costs of its platform", "Platform"), ("advisory", "Delivery")} <= ins
    assert not any(item in ("Alpha Cloud", "Beta Web") for item, _ in ins)
    segs = {(f.segment.label, f.company.label) for f in _facts(ex, "segment_of")}
    assert ("Platform", "Harrowgate Systems") in segs


def test_bare_unit_name_opening_a_sentence_owns_its_figure():
    ex = extract_text(CONTENTS_TXT, "harrowgate", "harrowgate.txt")
    [o] = [o for o in _facts(ex, "observation") if o.value == Decimal("96000000")]
    assert o.subject.label == "Delivery" and o.subject.kind == "Segment"


def test_portfolio_which_includes_is_a_unit_with_contents():
    ex = extract_text(CONTENTS_TXT, "harrowgate", "harrowgate.txt")
    ins = {(f.item.label, f.segment.label) for f in _facts(ex, "in_segment")}
    assert {("smart meters", "connected portfolio"), ("fleet tracking", "connected portfolio"),
            ("remote sensors", "connected portfolio")} <= ins
