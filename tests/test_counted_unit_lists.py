"""A counted list of the company's units (relations.UNIT_LIST_RULES, unit_figures "unit-clauses"),
on invented articles: "X reports N segments: A (…) and B (…)" in one sentence, or the
announcement ending its sentence and the units following as semicolon clauses, each with its
own figure; a list of another length than announced is not read as the units."""
from aikg.extract.pipeline import extract_text

ONE_SENTENCE = """Marvane posts 2031 results

LISBON, March 3, 2032 -- Marvane SA, the Portuguese software group, reported full-year 2031 results on Tuesday. The company reports two segments: **Hosting/Cloud** (server rental, domains and mail under the Marvane and Solvo brands) and **Retail Tools** (the Kassa point-of-sale app, the Lojix shop builder, the Payvo payments and invoicing platform, and the Ticketa help-desk tool). Revenue was EUR 410 million.
"""

NEXT_SENTENCE = """Quorin results

BERLIN, Feb 12 (Northwire) - Quorin AG said on Thursday its 2031 revenue rose 9% to 6.20 billion euros.

Quorin reports in four segments. Rail revenue rose 14% to 1.50 billion euros; Port Logistics (PLG) generated 0.70 billion euros; Aviation generated 0.45 billion euros; and Quorin Digital, its software arm, which houses data services and the group's AI tools, remained the largest at 3.55 billion euros. Quorin Digital's operating margin was 8.1%.
"""

WRONG_COUNT = """Tessaly results

Tessaly Corp reported 2031 revenue of $2.0 billion. Tessaly reports three segments. Alpha sales rose 5% to $1.2 billion; and Beta made $0.8 billion.
"""

ABBREVIATIONS = """Nerolin Q2 note

Nerolin Systems reported revenue of INR 310 crore for the quarter. Since April the company reports three business units: Cloud & Platform Engineering (CPE), the largest at about 52% of revenue; Data Insight Services (DIS) at about 30%; and Applied AI Services (AAS) at about 18%. AAS houses the company's agent frameworks and the "Nimbo" suite of ready-made AI agents for retail and travel.
"""


def _units(ex):
    return {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}


def _contents(ex):
    return {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}


def test_counted_list_in_one_sentence_gives_units_and_their_bracketed_contents():
    ex = extract_text(ONE_SENTENCE, "marvane", "marvane.md")
    units = _units(ex)
    assert {("Hosting/Cloud", "Marvane"), ("Retail Tools", "Marvane")} <= units
    ins = _contents(ex)
    assert {("Kassa point-of-sale app", "Retail Tools"), ("Lojix shop builder", "Retail Tools"),
            ("Payvo payments and invoicing platform", "Retail Tools"), ("Ticketa help-desk tool", "Retail Tools"),
            ("server rental", "Hosting/Cloud"), ("domains", "Hosting/Cloud")} <= ins


def test_announcement_then_semicolon_clauses_give_each_unit_its_figure():
    ex = extract_text(NEXT_SENTENCE, "quorin", "quorin.txt")
    units = {u for u, c in _units(ex) if c == "Quorin"}
    assert {"Rail", "Port Logistics", "Aviation", "Quorin Digital"} <= units
    revenue = {(f.subject.label, f.value) for f in ex.facts if f.kind == "observation" and f.measure == "revenue"}
    assert ("Quorin Digital", 3_550_000_000) in revenue
    assert ("Rail", 1_500_000_000) in revenue
    assert ("Port Logistics", 700_000_000) in revenue
    assert not any(f.kind == "observation" and f.subject.label == "Quorin" and f.value == 3_550_000_000 for f in ex.facts)
    # a list of another length than announced is not read as the units
    ex = extract_text(WRONG_COUNT, "tessaly", "tessaly.txt")
    assert not any(f.kind == "segment_of" and f.segment.label in ("Alpha", "Beta") for f in ex.facts)


def test_abbreviations_in_brackets_are_no_contents():
    ex = extract_text(ABBREVIATIONS, "nerolin", "nerolin.txt")
    units = {u for u, c in _units(ex) if c == "Nerolin Systems"}
    assert {"Cloud & Platform Engineering", "Data Insight Services", "Applied AI Services"} <= units
    assert not any(item in ("CPE", "DIS", "AAS") for item, _ in _contents(ex))
    # the nouns of an item's closing "for A and B" are no items of their own; a long item is its named head
    assert ("Nimbo suite", "Applied AI Services") in _contents(ex)
    assert not any(item == "travel" for item, _ in _contents(ex))


SHORT_ROWS = """Velko Q3 2031 release

HELSINKI, Oct 24, 2031 -- Velko AG reported third-quarter 2031 revenue of EUR 300 million.

Velko reports two segments. Velko Build (design software, including the company's drafting tools); and Velko Care (patient record software). Group costs are shown under Other.

| Segment | Revenue Q3 2031 EUR m | Revenue Q3 2030 EUR m | Change |
| Build | 180.0 | 170.0 | +5.9% |
| Care | 120.0 | 110.0 | +9.1% |
"""


def test_a_table_row_named_by_a_listed_units_short_form_is_that_unit():
    ex = extract_text(SHORT_ROWS, "velko", "velko.txt")
    revenue = {(f.subject.label, f.value) for f in ex.facts if f.kind == "observation" and f.measure == "revenue"}
    assert ("Velko Care", 120_000_000) in revenue and ("Velko Build", 180_000_000) in revenue
    assert ("data centres", "Velko Build") not in _contents(ex)
    assert ("drafting tools", "Velko Build") in _contents(ex)


NO_ANTECEDENT = """Small caps at a glance

The company reports two segments: Alpha Hosting (domains and mail) and Beta Shops (a store builder).

- Rival Nubira Corp reported 2031 revenue of $2.0 billion, and Nubira Corp said it hired 200 engineers.
"""


def test_the_company_with_no_company_named_before_owns_no_listed_units():
    ex = extract_text(NO_ANTECEDENT, "smallcaps", "smallcaps.md")
    assert not any(f.kind == "segment_of" and f.segment.label.startswith(("Alpha", "Beta")) for f in ex.facts)
    assert not any(f.kind == "in_segment" and f.segment.label.startswith(("Alpha", "Beta")) for f in ex.facts)
