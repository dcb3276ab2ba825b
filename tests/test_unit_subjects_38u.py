"""Figures of units named by a unit word, of places, and of a subsidiary after an opening phrase
(issue38u): "The advisory practice grew revenue …", "Outside Leeds, the Bristol office contributed
…", "Indonesia contributed S$… (…% of revenue)", "Within that division, its subsidiary <Name> Pte.
Ltd. posted …". Invented articles in our own words; each test fails without its rule."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract import unit_subjects as us
from aikg.extract.pipeline import extract_text


def _obs(text: str):
    ex = extract_text(text, "t", "t.txt")
    return ex, {(o.subject.kind, o.subject.label, o.measure, o.value) for o in ex.facts if o.kind == "observation"}


FIRM = """# Harrowgate Keane posts record fees

*By A. Writer, Law Trade Daily — 3 August 2031*

Harrowgate Keane said its revenue rose 7% to £120.4m for the financial year ended 30 April 2031.

The advisory practice grew revenue 40% to £9.5m, its best year since the practice opened.

Outside Leeds, the Bristol office contributed £14.1m, up from £12.2m, after two lateral hires.
"""


def test_unit_word_subject_gives_the_practice_and_the_office_their_revenue():
    ex, obs = _obs(FIRM)
    assert ("Segment", "advisory practice", "revenue", Decimal("9500000")) in obs, obs
    assert ("Segment", "Bristol office", "revenue", Decimal("14100000")) in obs, obs
    assert ("Company", "Harrowgate Keane", "revenue", Decimal("9500000")) not in obs, obs
    assert ("Company", "Harrowgate Keane", "revenue", Decimal("120400000")) in obs, obs
    units = {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}
    assert ("advisory practice", "Harrowgate Keane") in units, units


TWO_FIRMS = """# Brackwell and Osterly report

Osterly Systems, based in Perth, reported revenue of A$300 million for 2031, up 4%.

Brackwell Data, based in Hobart, said revenue rose 9% to A$410 million. Its Hosting segment contributed A$190 million.
Its Security segment brought in A$120 million.
"""


def test_its_unit_after_another_company_is_not_the_article_companys():
    ex, obs = _obs(TWO_FIRMS)
    if ex.company == "Brackwell Data":
        return   # (the unit is the company's own: nothing to check)
    assert not any(k == "Segment" and lab in ("Hosting", "Security") and ex.company for k, lab, _, _ in obs
                   if (k, lab) != ("Segment", ex.company)), obs


REGIONS = """# KAMPAR HARBOUR LTD — Annual Report 2031

Kampar Harbour Ltd ("Kampar Harbour" or "the Group") runs river ports and bonded warehouses in Southeast Asia.

For the financial year ended 31 December 2031 ("FY2031"), the Group's revenue increased 6.0% to S$400.0 million.

Indonesia contributed S$86.0 million (21.5% of revenue), its fastest-growing market.

By country, Thailand contributed S$120.0 million, Vietnam S$60.0 million and other markets the rest.

Within that division, its subsidiary Kerrow Freight Pte. Ltd. posted revenue of S$12.3 million, up 9%.
"""


def test_place_subject_gives_the_place_its_revenue_and_share():
    ex, obs = _obs(REGIONS)
    assert ("Segment", "Indonesia", "revenue", Decimal("86000000")) in obs, obs
    assert ("Segment", "Indonesia", "share of revenue", Decimal("21.5")) in obs, obs
    assert ("Segment", "Thailand", "revenue", Decimal("120000000")) in obs, obs
    assert ("Segment", "Vietnam", "revenue", Decimal("60000000")) in obs, obs   # (the gapped conjunct)
    assert not any(k == "Company" and v == Decimal("86000000") for k, _, _, v in obs), obs


def test_subsidiary_after_an_opening_phrase_with_a_singapore_form():
    ex, obs = _obs(REGIONS)
    assert ("Segment", "Kerrow Freight", "revenue", Decimal("12300000")) in obs, obs


def test_unit_subject_reader():
    assert us.unit_subject("The advisory practice grew revenue 40% to £9.5m.")[:3] == ("advisory", "practice", "grew")
    assert us.unit_subject("The whole business grew revenue 4% to £9.5m.") is None
    assert us.unit_subject("Its Kenyan unit, Mwala Cloud Ltd, posted revenue of KES 5 billion.") is None   # (a name's own clause)
    assert us.unit_label("Technology", "segment") == "Technology"
    assert us.unit_label("Bristol", "office") == "Bristol office"


HARBOUR = """# Kestrel Marine posts FY2031 results

Kestrel Marine Ltd said on Tuesday that revenue for the year ended 31 December 2031 rose 9% to S$500.0 million.

Harbour Towage revenue rose 12% to S$80.1 million, helped by higher tug rates.

Fourth-quarter revenue was S$130.2 million.
"""


def test_name_measure_subject_gives_the_unit_its_revenue():
    ex, obs = _obs(HARBOUR)
    assert ("Segment", "Harbour Towage", "revenue", Decimal("80100000")) in obs, obs
    assert not any(lab.startswith("Fourth") for _, lab, _, _ in obs), obs   # (a time, no unit)
    assert us.name_measure_subject("Total Group revenue rose 3% to $9 million.") is None
