"""Segments a document declares (unit_sentences.py: "N segments: A, which …, $x, and B, …" in one
sentence, or "N segments." and then "A … and B …"), the count matching the names; each unit's clause
gives its figures and claims; geographic segments; a name that holds the unit's name ("Croatia Mobile")
is another organisation; a measure's bracketed abbreviation ("EBITDA after leases (EBITDAaL)"); an
amount "of" a measure (claims rule amount-of-measure); hard-wrapped lines before a figure
(sentences.py). Invented articles in shapes none of the probe sets has."""
from aikg.extract import sentences
from aikg.extract.pipeline import extract_text
from aikg.extract.unit_sentences import is_announcement, longer_name

OPERATOR = """# Kestrava Telecom grows second-half revenue 4%

*Ljubljana, 14 February 2027*

Kestrava Telecom d.d. on Friday reported second-half 2026 revenue of EUR 249.5 million, up 4.1% from a
year earlier. The operator reports three geographic segments: **Slovenia**, which brought in EUR 120.4
million, **Croatia**, where it runs the Brzi network, EUR 88.1 million, and **Serbia**, EUR 41.0 million.

In Croatia, mobile revenue rose 3.2% to EUR 50.2 million. Hrvatski Croatia Mobile's revenue, by contrast,
was about EUR 300 million.
"""

SOFTWARE = """Lumora Software posts record quarter

Lumora Software Inc. said on Wednesday that revenue for its fiscal third quarter ended 31 October 2026 rose 9% to $508.3 million.

Segment results. Lumora reports two segments. Cloud Platforms generated $412.3 million of revenue in the quarter, up 12%, and Professional Services $96.0 million, down 4%.

The group's operating margin was 21.4%.
"""

BANK = """Brenholt Bank: half-year profit holds up

ZURICH, 30 July 2026 - Brenholt Bank AG reported first-half 2026 net profit of CHF 1.02 billion, little changed from a year earlier.

The bank operates through three divisions: Retail Banking, which serves 1.4 million households, earned CHF 610 million; Wealth Management, CHF 402 million; and Corporate & Investment Banking, CHF 288 million.
"""

# the count says two, the sentence names three: no units read from it
MISCOUNTED = """Tarvo Group results

Tarvo Group plc reported 2026 revenue of GBP 900 million. The group reports two segments: Rail, which earned GBP 500 million, Marine, GBP 300 million, and Air, GBP 100 million.
"""

MEASURES = """# Vellanor Telecom third quarter

Vellanor Telecom reported third-quarter 2026 results on Thursday, with revenue of EUR 9.1 billion, up 2%.

EBITDA after leases (EBITDAaL) was EUR 2.48 billion and net income EUR 0.59 billion. Its cloud practice signed EUR 74 million of AI-related bookings in the quarter, and managers put the pipeline at EUR 310 million.
"""


def _obs(ex):
    return {(f.subject.kind, f.subject.label, f.measure, str(f.value), f.unit)
            for f in ex.facts if f.kind == "observation" and f.value is not None}


def _units(ex):
    return {f.segment.label for f in ex.facts if f.kind == "segment_of"}


def test_geographic_segments_declared_inline_get_their_figures():
    ex = extract_text(OPERATOR, "kestrava", "kestrava.md")
    assert {"Slovenia", "Croatia", "Serbia"} <= _units(ex)
    obs = _obs(ex)
    assert ("Segment", "Slovenia", "revenue", "120400000", "EUR") in obs
    assert ("Segment", "Croatia", "revenue", "88100000", "EUR") in obs
    assert ("Segment", "Serbia", "revenue", "41000000", "EUR") in obs
    # a later sentence naming the unit: its figure is the unit's, not the group's
    assert ("Segment", "Croatia", "mobile revenue", "50200000", "EUR") in obs
    # a rival whose name holds the country's is no segment
    assert not any(o[1] == "Croatia" and o[3] == "300000000" for o in obs)
    assert not any(o[1] == "Kestrava Telecom" and o[3] in ("120400000", "88100000", "300000000") for o in obs)


def test_software_segments_after_a_counted_sentence_with_a_gapped_verb():
    ex = extract_text(SOFTWARE, "lumora", "lumora.txt")
    assert {"Cloud Platforms", "Professional Services"} <= _units(ex)
    obs = _obs(ex)
    assert ("Segment", "Cloud Platforms", "revenue", "412300000", "USD") in obs
    assert ("Segment", "Professional Services", "revenue", "96000000", "USD") in obs
    assert not any(e.kind == "Company" and e.label == "Cloud Platforms" for e in ex.entities)
    claims = {(c.subject.label, v.text) for c in ex.claims for v in c.values}
    assert ("Professional Services", "$96.0 million") in claims


def test_bank_divisions_in_semicolon_clauses():
    ex = extract_text(BANK, "brenholt", "brenholt.txt")
    assert {"Retail Banking", "Wealth Management", "Corporate & Investment Banking"} <= _units(ex)
    obs = _obs(ex)
    assert ("Segment", "Retail Banking", "revenue", "610000000", "CHF") in obs
    assert ("Segment", "Corporate & Investment Banking", "revenue", "288000000", "CHF") in obs
    # "Investment Banking, CHF 288 million" is the division's figure, no investment of the bank
    assert not any(f.kind == "investment" for f in ex.facts)


def test_a_count_the_names_do_not_match_declares_nothing():
    ex = extract_text(MISCOUNTED, "tarvo", "tarvo.txt")
    assert not {"Rail", "Marine", "Air"} & _units(ex)
    assert not any(u.startswith("GBP") for u in _units(ex))


def test_counted_lead_is_no_unit_name():
    assert is_announcement("The group reports two segments")
    assert not is_announcement("Two Rivers Logistics")


def test_longer_name_holding_the_unit():
    assert longer_name("Hrvatski Croatia Mobile's revenue was big.", "Croatia") == "Hrvatski Croatia Mobile"
    assert longer_name("In Croatia, mobile revenue rose.", "Croatia") is None
    assert longer_name("Revenue in Croatia rose 3%.", "Croatia") is None


def test_bracketed_abbreviation_and_amount_of_measure():
    ex = extract_text(MEASURES, "vellanor", "vellanor.md")
    obs = {(o[2], o[3]) for o in _obs(ex)}
    assert ("ebitda", "2480000000") in obs and ("net income", "590000000") in obs
    vals = {v.text: v.measure for c in ex.claims for v in c.values}
    assert vals["EUR 74 million"] == "ai-related bookings"
    assert vals["EUR 310 million"] != "ai-related bookings"   # the pipeline is no booking


def test_hard_wrap_before_a_figure_joins_the_sentence():
    text = ("Revenue for the quarter was $662.4 million, down 3.1% from a year earlier, and the larger unit brought in\n"
            "$433.9 million. The smaller one made the rest of the quarter's revenue, which was a record for it and\n"
            "its staff, and net income was\n"
            "HUF 51.3 billion, up from the year before, the company said in a statement on its website today.\n")
    ss = [s.text for s in sentences.split(text)]
    assert any("brought in $433.9 million." in s for s in ss)
    assert any("net income was HUF 51.3 billion" in s for s in ss)


LATER = """Corvane Systems third quarter

Corvane Systems Inc. reported third-quarter 2026 revenue of $812.0 million, down 2.1%.

Corvane reports two segments: Edge Devices, which sells gateways, and Field Services, which installs them.

Edge Devices revenue fell 7.4% to $528.5 million. Field Services grew revenue 6% to $283.5 million, and the company's net income was $41.2 million.
"""


def test_later_sentences_give_a_declared_unit_its_figure_and_the_group_its_own():
    ex = extract_text(LATER, "corvane", "corvane.txt")
    obs = _obs(ex)
    assert ("Segment", "Edge Devices", "revenue", "528500000", "USD") in obs   # (no "edge devices revenue")
    assert ("Segment", "Field Services", "revenue", "283500000", "USD") in obs
    assert ("Company", "Corvane Systems", "net income", "41200000", "USD") in obs
