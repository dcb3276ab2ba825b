"""List lines and tables read as one grid (list_lines.py, segment_tables.py, tables.py): a list block's
caption is its header, each row's label is a company, a unit, a measure or neither, and each figure
takes the caption's measure, scale and period. Invented articles in shapes the probe sets do not have."""
from decimal import Decimal

from aikg.extract import list_lines, segment_tables, tables
from aikg.extract.pipeline import extract_text


def _facts(text: str, kind: str):
    return [f for f in extract_text(text, "t", "t.txt").facts if f.kind == kind]


# 1. A units list whose caption names no measure: the parts add up to the revenue stated above.
UNITS = """Corvane Systems half-year update

Corvane Systems said on Monday that revenue for the six months to June 2031 was EUR 200 million, up 8%.
The group runs three business units. Their contributions were:

- Sensors (industrial probes and gauges): EUR 120 million, +10%;
- Software: EUR 50 million, +4%;
- Field Services: EUR 30 million, -2%.

The chief executive said orders were strong.
"""


def test_units_list_takes_the_measure_of_the_whole_it_adds_up_to():
    obs = {(o.subject.label, o.measure, o.value, o.change) for o in _facts(UNITS, "observation") if o.subject.kind == "Segment"}
    assert ("Sensors", "revenue", Decimal("120000000"), Decimal("10")) in obs
    assert ("Field Services", "revenue", Decimal("30000000"), Decimal("-2")) in obs
    units = {f.segment.label for f in _facts(UNITS, "segment_of")}
    assert {"Sensors", "Software", "Field Services"} <= units


def test_units_list_that_adds_up_to_nothing_stays_untyped():
    text = UNITS.replace("EUR 200 million", "EUR 310 million")
    obs = [o for o in _facts(text, "observation") if o.subject.kind == "Segment" and o.measure == "revenue"]
    assert obs == []


# 2. A ranked shares list: each row is a company of the market the caption names.
RANKING = """Nordic cloud storage: who leads

The Halden Institute compiled storage-capacity shares of the Nordic market at the end of 2031:

1. Brevik Data — 31.5%
2. Tallgrove — 22.0%
3. The state operator — 18.0%

Brevik Data's lead has widened since 2029.
"""


def test_ranked_share_list_gives_each_company_its_market_share():
    shares = {(m.holder.label, m.share) for m in _facts(RANKING, "market_share")}
    assert ("Brevik Data", Decimal("31.5")) in shares
    assert ("Tallgrove", Decimal("22.0")) in shares
    assert not any(h.startswith("The ") for h, _ in shares)   # "The state operator" names no company


# 3. A Chinese-style results summary: a 'Unit:' note scales the table and the lists under it.
SUMMARY = """Qinmarc Photonics Co., Ltd. interim report summary for the first half of 2031

Qinmarc Photonics, the Wuhan maker of optical transceivers, published its interim report on Friday.

Unit: 100 million yuan (RMB)

Item                           This reporting period   Same period last year   Change
Operating income                      50.00                 40.00             25.0%
Net profit                            10.00                  8.00             25.0%

Composition by region
  - Export: 30.00 (share 60.0%)      - Home market: 20.00 (share 40.0%)
"""


def test_unit_line_scales_a_table_of_measures_and_is_no_business_unit():
    ex = extract_text(SUMMARY, "t", "t.txt")
    assert not any(f.kind == "segment_of" and f.segment.label in ("Operating income", "Net profit") for f in ex.facts)
    vals = {(x.measure, x.value) for c in ex.claims for x in c.values if x.role == "amount"}
    assert ("net profit", Decimal("1000000000")) in vals


def test_region_list_under_a_scale_note_reads_shares_and_amounts():
    obs = {(o.subject.label, o.measure, o.value) for o in _facts(SUMMARY, "observation") if o.subject.kind == "Segment"}
    assert ("Export", "share of operating income", Decimal("60.0")) in obs
    assert ("Home market", "operating income", Decimal("2000000000")) in obs


# 4. A table of companies after a rank column; and a table of the company's own operations.
VENDORS = """Drone mapping software, 2031

Top four vendors, European drone mapping software, 2031

| Rank | Vendor | 2031 revenue (EUR m) | Share |
|---|---|---|---|
| 1 | Skarn Aerial | 140 | 28.0% |
| 2 | Pellucid Maps | 95 | 19.0% |
|  | Others | 265 | 53.0% |
"""


def test_vendor_table_rows_are_companies_with_their_figures_and_shares():
    shares = {(m.holder.label, m.market, m.share) for m in _facts(VENDORS, "market_share")}
    assert ("Skarn Aerial", "European drone mapping software", Decimal("28.0")) in shares
    obs = {(o.subject.label, o.value) for o in _facts(VENDORS, "observation")}
    assert ("Pellucid Maps", Decimal("95000000")) in obs
    assert not any(h == "Others" for h, _, _ in shares)


OPERATIONS = """Harrowgate Telecom annual review 2031

Harrowgate Telecom, the Leeds-based operator, said on Tuesday that its revenue rose 6% in 2031.
Its principal operating companies:

| Company | Country | Group stake | Revenue 2031 | Subscribers |
|---|---|---|---|---|
| Veltro Mobile | Portugal | 64.0% | EUR 410 million | 6.1 million |
| Ostrava Net | Czechia | 100% | CZK 9.2 billion | 2.4 million |
"""


def test_operating_companies_table_gives_units_stakes_and_counts():
    stakes = {(s.company.label, s.stake) for s in _facts(OPERATIONS, "stake_held")}
    assert ("Veltro Mobile", Decimal("64.0")) in stakes
    obs = {(o.subject.label, o.measure, o.value) for o in _facts(OPERATIONS, "observation")}
    assert ("Ostrava Net", "subscribers", Decimal("2400000")) in obs
    assert ("Veltro Mobile", "revenue", Decimal("410000000")) in obs


# the pieces, pure
def test_scale_notes():
    assert segment_tables.scale_line_note("Unit: 10 thousand yuan") == "10 thousand yuan"
    assert segment_tables.scale_line_note("S$'million") == "S$ million"
    assert segment_tables.scale_line_note("Revenue by unit") == ""
    m = segment_tables._money_in("12.5", "100 million yuan")
    assert m.value == Decimal("1250000000") and m.currency == "CNY"
    assert not segment_tables.unit_table(("Item", "This reporting period"), "Unit: 100 million yuan (RMB)")


def test_current_column_and_restated_column():
    assert tables.current_column("This reporting period") and not tables.current_column("Same period last year")
    roles = segment_tables.column_roles(("Country", "Capex 2031 (EUR m)", "Local currency"))
    assert roles[2] == ("amount", roles[1][1]) and roles[1][1] != "revenue"


def test_blocks_and_label_kinds():
    bl = list_lines.blocks(UNITS)
    assert len(bl) == 1 and [r.label for r in bl[0].rows] == ["Sensors", "Software", "Field Services"]
    assert bl[0].rows[0].note.startswith("industrial")
    assert list_lines.label_kind("Net profit", {}) == "measure"
    assert list_lines.label_kind("Other", {}) == "other"
    assert list_lines.label_kind("Sensors", {}) == "name"
    assert list_lines.market_of("We compiled subscriber shares at the end of 2031:") == "subscriber"
    assert list_lines.blocks("Just one line:\n- Alpha: $5 million\n") == []
