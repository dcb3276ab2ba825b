"""Grids read as grids (issue33t): key/value spec sheets, estimate-axis columns, CSV blocks. Invented
documents in shapes none of the probe sets prints (a fibre route's fact sheet, a chip datasheet, a
broker's prior/new/cons. table, a CSV data pack by region)."""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.table_rows import estimate_axis, spec_value
from aikg.extract.tables import csv_header_cell, tables

FIBRE = """# Fact sheet: the Lakeline North fibre route by Osterby Networks

Osterby Networks AS, the Norwegian carrier, opened its new long-haul route in October 2031.

## Key data

| Parameter | Value |
|---|---|
| Route length | 1,840 km |
| Fibre pairs | 96 |
| Design capacity per pair | 25 Tbps |
| Round-trip latency | 14.2 ms |
| Build start | 2029 |

The route cost NOK 1.2 billion to build.
"""

CHIP = """# Kestrel K9 accelerator — datasheet summary

Vellamo Semiconductor Inc. introduced the Kestrel K9 for inference servers on 3 March 2032.

| Spec | Standard | Low power |
|---|---|---|
| Process node | 3 nm | 3 nm |
| Board power (TDP) | up to 700 W | 350 W |
| HBM capacity | 192 GB | 96 GB |

Vellamo Semiconductor said volume shipments begin in the second half of 2032.
"""

BROKER = """# Tamsin Robotics (TMSN): estimates raised after a strong third quarter

Calder Point Research, equity research, 12 November 2031. Rating: Buy.

Tamsin Robotics reported third-quarter revenue of $212.0 million, ahead of our forecast.

| (US$ m, except EPS) | FY31 prior | FY31 new | FY31 cons. | FY32 prior | FY32 new | FY32 cons. |
|---|---|---|---|---|---|---|
| Revenue | 801.0 | 832.5 | 815.2 | 905.0 | 951.0 | 930.4 |
| EPS (US$) | 1.10 | 1.24 | 1.15 | 1.42 | 1.58 | 1.49 |
"""

CSV = """# Halvard Foods: third-quarter 2031 data pack

Halvard Foods Inc. reported third-quarter sales of NOK 7.3 billion. Halvard Foods reports its results by region.

## Region table (CSV)

```csv
region,period,sales_nok_m,growth_pct
Nordics,Q3 2031,4120.5,3.1
Continental Europe,Q3 2031,2210.0,7.4
Americas,Q3 2031,980.2,-2.5
```
"""

TIMELINE_ONLY = """# Osterby Networks: route build plan

Osterby Networks AS is building a new route.

| Milestone | Date |
|---|---|
| Permits granted | 2029 |
| Build start | 2030 |
| Ready for service | 2031 |
"""


def _obs(text, name="doc.md"):
    ex = extract_bytes(text.encode(), name)
    return [f for f in ex.facts if f.kind == "observation"]


def test_spec_grid_rows_are_figures_of_their_measure():
    obs = {(o.measure, o.value, o.unit) for o in _obs(FIBRE)}
    assert ("route length", Decimal("1840"), "km") in obs
    assert ("fibre pairs", Decimal("96"), None) in obs
    assert ("round-trip latency", Decimal("14.2"), "ms") in obs
    # a bare year is no figure
    assert not any(o.measure == "build start" for o in _obs(FIBRE))


def test_spec_grid_subject_is_the_titled_product_and_columns_are_kept():
    obs = [o for o in _obs(CHIP) if o.measure in ("board power", "process node", "hbm capacity")]
    assert {o.subject.label for o in obs} == {"Kestrel K9"}
    power = {o.value: o for o in obs if o.measure == "board power"}
    assert power[Decimal("700")].qualifier == "at_most" and power[Decimal("700")].unit == "W"
    assert "(Low power)" in power[Decimal("350")].value_text
    # a figure every column states alike is one figure
    assert len([o for o in obs if o.measure == "process node"]) == 1


def test_estimate_columns_are_never_actuals():
    obs = _obs(BROKER)
    by = {(o.measure, o.value): o for o in obs}
    assert ("revenue estimate", Decimal("832500000")) in by
    assert ("revenue consensus", Decimal("815200000")) in by
    assert ("revenue prior estimate", Decimal("801000000")) in by
    assert by[("revenue consensus", Decimal("930400000"))].period.label == "FY2032"
    assert ("earnings per share estimate", Decimal("1.58")) in by   # "EPS" spelled out (LABEL_SHORT_FORMS)
    assert not any(o.measure in ("revenue", "earnings per share") and o.value in (Decimal("832500000"), Decimal("1.58")) for o in obs)


def test_csv_block_rows_are_grid_rows():
    obs = {(o.subject.label, o.measure, o.value, o.period.label if o.period else None) for o in _obs(CSV)}
    assert ("Nordics", "sales", Decimal("4120500000"), "Q3 2031") in obs
    assert ("Americas", "sales", Decimal("980200000"), "Q3 2031") in obs
    americas = next(o for o in _obs(CSV) if o.subject.label == "Americas")
    assert americas.direction == "decrease" and americas.change == Decimal("2.5")


def test_timeline_grid_gives_no_figures():
    assert not any(o.value in (Decimal("2029"), Decimal("2030"), Decimal("2031")) for o in _obs(TIMELINE_ONLY))


def test_cells_and_headers():
    assert spec_value("9 600 m²")[:2] == (Decimal("9600"), "m²")
    assert spec_value("about 40 racks")[:3] == (Decimal("40"), "racks", "approx")
    assert spec_value("EUR 12 million")[:2] == (Decimal("12000000"), "EUR")   # one sum of money
    assert spec_value("2030") is None and spec_value("2 × 45 MVA") is None and spec_value("15–40 kW air; up to 130 kW") is None
    assert estimate_axis("Q4 FY27E consensus") == "consensus"
    assert estimate_axis("Street") == "consensus"
    assert estimate_axis("FY31 new") == "estimate"
    assert estimate_axis("New customers") is None and estimate_axis("Phase 1") is None
    assert csv_header_cell("revenue_eur_m") == "Revenue EUR m"
    assert csv_header_cell("sales_nok_m") == "Sales NOK m"
    assert [t.shape for t in tables("name,model,tokens_bn\nA,x,1.0\nB,y,2.0\n")] == ["csv"]



MIX = """# Harrowgate Cloud: where the money came from in 2033

Harrowgate Cloud Ltd makes storage appliances for hosting firms. Harrowgate Cloud said revenue rose 9% in 2033. Management's split of revenue for 2033:

| Product line | Share of 2033 revenue |
|---|---|
| Hosted storage (NVMe/HDD arrays, backup appliances) | 64% |
| Office / branch storage | 24% |
| Archive & tape (LTO, cold vaults) | 12% |
"""


def test_a_grid_whose_column_names_the_measure_is_no_spec_grid():
    # the column says what the figures measure (a share of revenue); the rows are the parts, so no row
    # label may become a measure of the company ("hosted storage: 64 percent")
    ex = extract_bytes(MIX.encode(), "harrowgate_mix.md")
    spec = [o for o in ex.facts if o.kind == "observation" and o.unit == "percent"
            and o.measure and any(w in o.measure for w in ("hosted storage", "branch storage", "archive"))]
    assert spec == []
