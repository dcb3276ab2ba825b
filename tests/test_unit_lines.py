"""Segments a text names in prose and lists, on invented articles: the lines under a counted lead
("X reports four segments:" over four lines, extract/unit_lines.py), a unit named in an apposition
after an ordinal ("a sixth segment, X, has been added"), a counted list the announced count cuts
(relative clauses, "and" inside a name), and others placed with an item ("alongside A and B")."""
import re

from aikg.extract import sentences, unit_lines
from aikg.extract.pipeline import extract_text


def _units(ex, company):
    return {f.segment.label for f in ex.facts if f.kind == "segment_of" and f.company.label == company}


def _contents(ex):
    return {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}


def _revenue(ex):
    return {(f.subject.label, int(f.value)) for f in ex.facts if f.kind == "observation" and f.value is not None
            and f.measure == "revenue"}


COLON_LINES = """Harlow Energy credit note

Harlow Energy Berhad is a holding company listed in Kuala Lumpur. It owns no plants itself, and it reports three segments:

- Power supply: Harlow Grid in Penang, which runs two gas turbines;
- Water services: Clearbrook Water in Wales, a regulated utility;
- Digital holdings: including the data-centre subsidiary Harlow Compute and the fibre venture Harlow Link.

Harlow Energy's revenue fell 2% to RM9.1 billion in the year.
"""

DASH_LINES = """Quanby results bulletin

Quanby Group closed 2031 with revenue of VND 50,000 billion, up 12%.

Quanby reports three business blocks:

Software — revenue VND 30,000 billion, 60% of group revenue.
Telecoms — revenue VND 15,000 billion.
Schools, Media and Others — revenue VND 5,000 billion.
"""

COMMA_LINES = """Orlen Data capital markets day

Orlen Data A/S reported 2031 revenue of DKK 5,000 million. The group reports three operating segments, and the finance chief went through each of them:

- Orlen Data Sweden, the largest segment, with 2031 revenue of DKK 2,900 million.
- Orlen Data Finland, DKK 1,300 million, mostly tax-office work.
- Veltrix, DKK 800 million, bought in 2029.
"""

WRONG_COUNT_LINES = """Orlen Data capital markets day

Orlen Data A/S reported 2031 revenue of DKK 5,000 million. The group reports four operating segments, and the finance chief went through each of them:

- Orlen Data Sweden, the largest segment, with 2031 revenue of DKK 2,900 million.
- Orlen Data Finland, DKK 1,300 million, mostly tax-office work.
- Veltrix, DKK 800 million, bought in 2029.
"""


def test_counted_lines_are_read_only_when_the_block_has_the_announced_count():
    found = unit_lines.counted_lines(sentences.split(DASH_LINES))
    assert [u.name for u in found.values()] == ["Software", "Telecoms", "Schools, Media and Others"]
    assert not unit_lines.counted_lines(sentences.split(WRONG_COUNT_LINES))


def test_colon_lines_give_units_and_the_names_they_hold():
    ex = extract_text(COLON_LINES, "harlow", "harlow.txt")
    assert {"Power supply", "Water services", "Digital holdings"} <= _units(ex, "Harlow Energy")
    ins = _contents(ex)
    assert ("Clearbrook Water", "Water services") in ins
    assert ("Harlow Compute", "Digital holdings") in ins


def test_dash_lines_move_the_figures_off_the_company():
    ex = extract_text(DASH_LINES, "quanby", "quanby.txt")
    assert {"Software", "Telecoms", "Schools, Media and Others"} <= _units(ex, "Quanby Group")
    rev = _revenue(ex)
    assert ("Software", 30_000_000_000_000) in rev and ("Telecoms", 15_000_000_000_000) in rev
    assert not any(s == "Quanby Group" and v == 30_000_000_000_000 for s, v in rev)


def test_comma_lines_carry_the_first_lines_measure():
    ex = extract_text(COMMA_LINES, "orlen", "orlen.txt")
    assert {"Orlen Data Sweden", "Orlen Data Finland", "Veltrix"} <= _units(ex, "Orlen Data")
    rev = _revenue(ex)
    assert {("Orlen Data Finland", 1_300_000_000), ("Veltrix", 800_000_000)} <= rev
    ex = extract_text(WRONG_COUNT_LINES, "orlen", "orlen.txt")
    assert "Veltrix" not in _units(ex, "Orlen Data")


APPOSED = """Pellmark's growth plan

Pellmark Systems reports its results in segments. Its software arm grew fastest last year.

From January a fifth segment, Payments Hub, has been added. It contains Norpay, the card processor Pellmark bought in 2030.

The largest sibling, Core Banking, houses the billing platform and the payroll tools.
"""


def test_a_unit_named_in_an_apposition_after_an_ordinal():
    ex = extract_text(APPOSED, "pellmark", "pellmark.txt")
    assert {"Payments Hub", "Core Banking"} <= _units(ex, "Pellmark Systems")
    ins = _contents(ex)
    assert ("Norpay", "Payments Hub") in ins
    assert {("billing platform", "Core Banking"), ("payroll tools", "Core Banking")} <= ins


COUNTED_CUTS = """Tessaly and Marlow results

Tessaly Corp reported 2031 revenue of $2.0 billion. Tessaly reports two segments: Data Cloud, which holds its storage and backup business, and Field Services, which holds its repair, installation and training work.
"""

FIRST_PERSON = """Marlow half-year letter

Marlow Ltd reported revenue of NZ$1.1 billion. We report two segments: Britain and Ireland (B&I) and Overseas.
"""


def test_a_counted_list_is_cut_where_the_count_says():
    ex = extract_text(COUNTED_CUTS, "tessaly", "tessaly.txt")
    assert {"Data Cloud", "Field Services"} <= _units(ex, ex.company)
    assert not any("training" in u for u in _units(ex, ex.company))
    assert ("repair", "Field Services") in _contents(ex)
    ex = extract_text(FIRST_PERSON, "marlow", "marlow.txt")
    assert {"Britain and Ireland", "Overseas"} <= _units(ex, ex.company)


SIBLINGS = """Orvane's edge business

Orvane Telecom sells mobile plans in three countries. Its map service sits inside Orvane Edge, the group's home for new ventures, alongside Orvane Fleet (vehicle tracking, 2 million devices) and Orvane Pay.

Leasing sits within the retail banking segment, not in a separate one, and so do the card issuer Norcard and the broker Norfund.

The drone unit sits inside Orvane Labs, one of the group's three reporting units alongside Orvane Mobile and Orvane Home.
"""


def test_others_placed_with_an_item_are_in_the_same_unit():
    ex = extract_text(SIBLINGS, "orvane", "orvane.txt")
    ins = _contents(ex)
    assert {("Orvane Fleet", "Orvane Edge"), ("Orvane Pay", "Orvane Edge")} <= ins
    assert {("Norcard", "retail banking"), ("Norfund", "retail banking"), ("Leasing", "retail banking")} <= ins
    assert not any(i == "vehicle tracking" for i, _ in ins)
    assert ("Orvane Mobile", "Orvane Labs") not in ins   # peers of the unit, not in it


ANNOUNCED_CLAUSES = """Varden quarterly note

Varden Instruments reported quarterly sales of ¥300.0 billion.

Varden reports three segments. The Probe & Wafer Test segment, which contains the Kestrel test platform and the memory testers, booked sales of ¥210.0 billion; within that, Kestrel testers contributed ¥150.0 billion. The Handler Systems segment — test handlers and load boards — had sales of ¥40.0 billion. Field, Repair & Others, which includes field service and consumables, recorded ¥50.0 billion.
"""

ANNOUNCED_TOO_FEW = """Varden quarterly note

Varden Instruments reported quarterly sales of ¥300.0 billion.

Varden reports four segments. Probe Test, which contains the Kestrel test platform, booked sales of ¥210.0 billion. Handler Systems had sales of ¥40.0 billion. Growth was strong.
"""


def test_a_counted_announcement_over_clauses_gives_each_unit_its_figure_and_contents():
    ex = extract_text(ANNOUNCED_CLAUSES, "varden", "varden.txt")
    assert {"Probe & Wafer Test", "Handler Systems", "Field, Repair & Others"} <= _units(ex, ex.company)
    ins = _contents(ex)
    assert {("test handlers", "Handler Systems"), ("field service", "Field, Repair & Others")} <= ins
    figures = {(f.subject.label, int(f.value)) for f in ex.facts if f.kind == "observation" and f.value is not None}
    assert ("Field, Repair & Others", 50_000_000_000) in figures
    assert ("Handler Systems", 40_000_000_000) in figures
    assert ("Probe & Wafer Test", 150_000_000_000) not in figures   # (the figure after the semicolon is not the unit's)
    ex = extract_text(ANNOUNCED_TOO_FEW, "varden", "varden.txt")
    assert "Handler Systems" not in _units(ex, ex.company)
    # a sentence that opens with no unit ends the clauses: three announced, two units, no third
    ex = extract_text(ANNOUNCED_TOO_FEW.replace("four segments", "three segments"), "varden", "varden.txt")
    assert not {"Handler Systems", "Growth"} & _units(ex, ex.company)


THAT_HOLDS = """Orvane annual review

Orvane Telecom reported revenue of EUR 6.0 billion for 2031. Orvane Global, the international segment that bundles the carrier business Norlink, the messaging company Telpay and the payments firm Quickpay, contributed EUR 1.2 billion. Home Services, the segment which houses the company's broadband, television and smart-home businesses — including the Vistra TV app — grew 2%.
"""


def test_a_unit_apposition_that_says_what_it_holds():
    ex = extract_text(THAT_HOLDS, "orvane", "orvane.txt")
    assert {"Orvane Global", "Home Services"} <= _units(ex, ex.company)
    ins = _contents(ex)
    assert {("Norlink", "Orvane Global"), ("Telpay", "Orvane Global"), ("Quickpay", "Orvane Global")} <= ins
    assert {("broadband", "Home Services"), ("television", "Home Services")} <= ins
    assert not any(s == "Orvane Global" and i.startswith("EUR") for i, s in ins)


def test_the_rule_records_read_their_examples():
    from aikg.extract import unit_lines, unit_sentences
    from aikg.extract.relations import MEMBER_SIBLINGS, _SIBLINGS
    for rule in unit_lines.RULES + unit_sentences.RULES:
        assert len(rule.provenance) >= 2, rule.name
        for e in rule.examples:
            parts = e.splitlines() + re.split(r"(?<=\.)\s+", e)
            assert any(rule.rx.search(p) for p in parts), (rule.name, e)
    assert len(MEMBER_SIBLINGS.provenance) >= 2
    for e in MEMBER_SIBLINGS.examples:
        after = re.search(r"\bsits?\s+(?:inside|within)\s+(?:the\s+)?[\w ]+?(?=,)", e)
        assert after is not None and _SIBLINGS.match(e[after.end():]), e
