"""Figures of physical quantities and counted kinds (issue52k): a capacity planned for a site to be
built, jobs split by kind, a water volume in m³, a named unitless ratio (PUE), on invented articles."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text


def _obs(sentence: str) -> set:
    text = f"Kerrow news\n\nPublished: 4 June 2031\n\n{sentence}\n"
    ex = extract_text(text, "kerrow", "kerrow.txt")
    return {(f.measure, f.value, f.unit) for f in ex.facts if getattr(f, "kind", "") == "observation"}


def test_a_capacity_a_hall_will_have_is_a_capacity_target_and_it_load_is_capacity():
    assert ("capacity target", Decimal("0.8"), "MW") in _obs("Kerrow Data said on Monday its new hall will have 0.8 MW of IT load.")


def test_a_campus_to_be_built_has_a_planned_total_not_its_phases_each():
    got = _obs("Kerrow Data applied for the construction of a campus with a total IT capacity of 120 MW, "
               "to be built in three phases of 40 MW each.")
    assert ("capacity target", Decimal("120"), "MW") in got
    assert not any(v == Decimal("40") for _, v, _ in got)


def test_a_capacity_supplied_to_another_is_no_target():
    got = _obs("Kerrow Data will supply Brill Cloud with 30 MW of IT capacity.")
    assert not any(m.startswith("capacity") for m, _, _ in got)


def test_jobs_split_by_kind_even_when_planned_and_small():
    got = _obs("Kerrow Data estimates 300 jobs during construction and 70 permanent jobs once the halls are in operation.")
    assert {("construction jobs", Decimal("300"), "count"), ("permanent jobs", Decimal("70"), "count")} <= got
    got = _obs("Kerrow Data said on Monday the project will create 250 permanent jobs and 900 construction jobs.")
    assert {("permanent jobs", Decimal("250"), "count"), ("construction jobs", Decimal("900"), "count")} <= got


def test_jobs_of_no_kind_in_a_plan_stay_untyped():
    assert not any("jobs" in m for m, _, _ in _obs("Kerrow Data said it would cut 1,200 jobs."))


def test_a_water_volume_in_cubic_metres():
    got = _obs("Kerrow Data said the annual water consumption of its campus shall not exceed 90,000 m³.")
    assert ("water", Decimal("90000"), "m³") in got


def test_a_pue_named_before_its_value_and_not_its_prior():
    got = _obs("Kerrow Data said the average power usage effectiveness (PUE) of its network improved to 1.45 from 1.52 in 2030.")
    assert ("pue", Decimal("1.45"), None) in got
    assert not any(v == Decimal("1.52") for _, v, _ in got)
    assert ("pue", Decimal("1.22"), None) in _obs("Kerrow Data said its new hall is designed for a power usage "
                                                  "effectiveness (PUE) of 1.22.")


def test_the_value_a_planned_capacity_moves_from_is_no_target_nor_a_rule_s_pue():
    got = _obs("Kerrow Data said it will raise its data centre capacity from 20 MW to over 60 MW.")
    assert not any(v == Decimal("20") for _, v, _ in got)
    assert not any(m == "pue" for m, _, _ in _obs("Kerrow Data said operators must meet PUE standards of 1.3 or better."))
