"""Figures keep their measure and their subject (issue 13m): the measure registry's heads (ARPU,
R&D spending, purchase conversion, capacity, dividend), a tolerance kept as one value with its low
and high, a figure's ratio to revenue, list lines of units, a unit leading its sentence, and a
markdown table's column periods. Articles in our own words."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.wording import _value_text


def _ex(text: str, name: str = "t.txt"):
    return extract_bytes(text.encode(), name)


def _obs(text: str, name: str = "t.txt") -> list:
    return [f for f in _ex(text, name).facts if f.kind == "observation"]


def _one(facts, **kw):
    return [f for f in facts if all(getattr(f, k) == v for k, v in kw.items())]


HEAD = "Tellurian Mobile reports third quarter\n\nNovember 6, 2025\n\n"


# --- the registry ---------------------------------------------------------------------------

def test_registry_names_the_phrases_and_keeps_unknown_heads():
    from aikg.extract import measure_names
    assert measure_names.canonical("average revenue per user") == "arpu"
    assert measure_names.canonical("blended arpu") == "blended arpu"
    assert measure_names.canonical("research and development expenses") == "r&d spending"
    assert measure_names.canonical("purchase conversion rate") == "purchase conversion"
    assert measure_names.canonical("quarterly dividend") == "dividend"
    assert measure_names.canonical("gross bookings") == "gross bookings"   # no record: kept as said
    for rec in measure_names.REGISTRY:
        assert len(rec.provenance) >= 2 and rec.examples


def test_arpu_is_its_own_measure_not_average_revenue():
    facts = _obs(HEAD + "Tellurian Mobile said average revenue per user rose to $41.20 in the quarter.\n")
    assert _one(facts, measure="arpu", value=Decimal("41.20"))
    assert not _one(facts, measure="average revenue")


def test_spending_on_research_and_development():
    facts = _obs(HEAD + "Tellurian Mobile also said it spent $310 million on research and development in the quarter.\n")
    assert _one(facts, measure="r&d spending", value=Decimal("310000000"))


def test_conversion_lift_is_a_change_of_conversion():
    facts = _obs(HEAD + "Tellurian Mobile said its new checkout flow increased purchase conversion by about 6%.\n")
    got = _one(facts, measure="purchase conversion")
    assert got and got[0].change == Decimal("6") and got[0].direction == "increase"


def test_capacity_in_megawatts_of_a_named_unit():
    text = HEAD + ("Tellurian Mobile's data centre arm Corvex added two sites and now runs about 180 MW across nine "
                   "data centres, with plans to reach 1 GW over the next decade.\n")
    ex = _ex(text)
    facts = [f for f in ex.facts if f.kind == "observation"]
    got = _one(facts, measure="capacity", unit="MW")
    assert got and got[0].value == Decimal("180") and got[0].subject.label == "Corvex"
    assert not _one(facts, unit="GW")   # a plan, no capacity held
    assert any(f.kind == "segment_of" and f.segment.label == "Corvex" and f.company.label == "Tellurian Mobile" for f in ex.facts)


def test_capacity_row_wording():
    from rdflib import Literal
    assert _value_text({"unit": Literal("MW"), "value": Literal(Decimal("180"))}) == "180 MW"


# --- ranges and ratios ----------------------------------------------------------------------

def test_plus_or_minus_is_one_value_with_low_and_high():
    text = HEAD + ("Tellurian Mobile said it expects fourth-quarter revenue of $4.2 billion, plus or minus $150 million, "
                   "and gross margin of 38%, plus or minus 1 percentage point.\n")
    facts = _obs(text)
    rev = [f for f in facts if "revenue" in f.measure]
    assert rev and rev[0].value == Decimal("4050000000") and rev[0].value_max == Decimal("4350000000")
    assert "plus or minus" in rev[0].value_text
    gm = [f for f in facts if f.measure.startswith("gross margin")]
    assert gm and (gm[0].value, gm[0].value_max) == (Decimal("37"), Decimal("39"))
    assert not _one(facts, value=Decimal("150000000"))


def test_tolerance_wording_keeps_the_stated_value():
    from rdflib import Literal
    row = {"unit": Literal("USD"), "value": Literal(Decimal("4050000000")), "valueMax": Literal(Decimal("4350000000")),
           "valueText": Literal("$4.2 billion, plus or minus $150 million")}
    text = _value_text(row)
    assert "4.2 billion" in text and "150 million" in text


def test_ratio_to_revenue_after_a_figure():
    text = HEAD + "Tellurian Mobile said it spent $310 million on research and development in the quarter, equal to about 9% of revenue.\n"
    facts = _obs(text)
    got = _one(facts, measure="r&d spending share of revenue")
    assert got and got[0].value == Decimal("9") and got[0].unit == "percent"


# --- subjects: list lines, a unit leading its sentence --------------------------------------

def test_list_line_with_lower_case_unit_label_under_a_unit_lead():
    text = HEAD + ("Tellurian Mobile said on Thursday that revenue rose 6% in the quarter.\n\n"
                   "Revenue by business line in the third quarter:\n"
                   "- Prepaid and related top-up services: $1.3 billion, up 4.1%\n"
                   "- Fibre: $0.6 billion, up 9.0%\n")
    ex = _ex(text)
    obs = _one([f for f in ex.facts if f.kind == "observation"], value=Decimal("1300000000"))
    assert obs and obs[0].subject.label == "Prepaid and related top-up services" and obs[0].measure == "revenue"
    assert any(f.kind == "segment_of" and f.segment.label == "Prepaid and related top-up services" for f in ex.facts)


def test_units_listed_under_a_run_in_segments_heading():
    text = HEAD + ("Tellurian Mobile said on Thursday that revenue rose 6% in the quarter.\n\n"
                   "Segments (Q3). Tellurian reorganized its reporting this year around customers:\n"
                   "- Consumer Mobile Unit (CMU): $2.10 billion, up 5% y/y\n"
                   "- Enterprise Network Unit (ENU): $0.90 billion, down 2% y/y\n")
    ex = _ex(text)
    obs = _one([f for f in ex.facts if f.kind == "observation"], value=Decimal("2100000000"))
    assert obs and obs[0].subject.label == "Consumer Mobile Unit" and obs[0].measure == "revenue"
    assert any(f.kind == "segment_of" and f.segment.label == "Consumer Mobile Unit" for f in ex.facts)


def test_the_named_segment_leading_a_sentence_is_its_subject_not_the_last_unit():
    text = HEAD + ("The Consumer segment, which includes the prepaid brands, posted operating income of $410 million, up 3%. "
                   "The Business Solutions segment, which covers roaming and transit, earned $95 million, up 7%.\n")
    ex = _ex(text)
    claims = [c for c in ex.claims if "$95 million" in c.evidence.quote]
    assert claims and claims[0].subject.label == "Business Solutions"


# --- tables ---------------------------------------------------------------------------------

TABLE = HEAD + ("Tellurian Mobile reported its third-quarter results on Thursday.\n\n"
                "| Item | Q3 2025 | Q3 2024 |\n"
                "|---|---|---|\n"
                "| Service revenue | $3,120 million | $2,980 million |\n"
                "| Average revenue per user | $38.40 | $36.90 |\n")


def test_table_values_take_their_column_period_and_row_measure():
    facts = _obs(TABLE, "t.md")
    now = _one(facts, value=Decimal("38.40"))
    before = _one(facts, value=Decimal("36.90"))
    assert now and now[0].measure == "arpu" and now[0].period.label == "Q3 2025"
    assert before and before[0].measure == "arpu" and before[0].period.label == "Q3 2024"
    old = _one(facts, value=Decimal("2980000000"))
    assert old and old[0].period.label == "Q3 2024"


def test_table_parsing():
    from aikg.extract import tables
    found = tables.tables(TABLE)
    assert len(found) == 1 and found[0].header == ("Item", "Q3 2025", "Q3 2024")
    row = "| Service revenue | $3,120 million | $2,980 million |"
    assert tables.column_at(row, row.index("$2,980")) == 2


def test_a_yearless_headline_quarter_gives_way_to_the_leads_dated_quarter():
    text = ("[Home](/) > [Business](/business)\n\n"
            "# Tellurian Q2 results: profit climbs to $410 million as ARPU rises to $38\n\n"
            "*Updated: Nov 4, 2025*\n\n"
            "Tellurian Mobile on Tuesday reported a net profit of $410 million for the September quarter (Q2 FY26), "
            "helped by higher tariffs.\n\n"
            "Tellurian Mobile said capital expenditure for the quarter was $900 million.\n")
    ex = extract_bytes(text.encode(), "t.md")
    capex = [f for f in ex.facts if f.kind == "observation" and f.measure == "capital expenditure"]
    assert capex and capex[0].period is not None and capex[0].period.end is not None
    assert capex[0].period.end.month == 9   # the September quarter, not a calendar Q2


def test_an_abbreviation_in_brackets_does_not_move_the_measure_to_another_clause():
    facts = _obs(HEAD + "Tellurian Mobile said average revenue per user (ARPU) increased to $38.40 a month from $36.90 "
                        "a year earlier, reflecting higher tariffs.\n")
    got = _one(facts, measure="arpu")
    assert got and got[0].value == Decimal("38.40")
