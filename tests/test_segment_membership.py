"""What sits in which segment (relations.segment_contents / segment_membership), on invented
sentences: a segment whose parts list their own products in brackets, a product line reported
within a unit named by a table, a relative clause after a product name that is not about the
segment named before."""
from aikg.extract.pipeline import extract_text

BRACKETS = """Vellir results: fiscal 2031

OSLO -- Jan. 20, 2032 -- Vellir Inc. (Nasdaq: VLR) today reported revenue of $11.2 billion for fiscal 2031.

The Studio segment comprises Canvas Cloud (including Sketchly, Framr, Motion Pro and the Paintbox app) and Paper Cloud (Docu, Docu Sign and the Docu Helper, an add-on priced at $3.99 a month). The Commerce segment houses Vellir Shop and Vellir Ads.

We launched Orbit 2 in March, which combines design tools with generative AI, in a private workspace.
"""


def test_bracketed_parts_of_a_segment_are_in_it():
    ex = extract_text(BRACKETS, "vellir", "vellir.txt")
    ins = {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}
    assert {("Canvas Cloud", "Studio"), ("Paper Cloud", "Studio"), ("Docu Helper", "Studio"),
            ("Sketchly", "Studio")} <= ins
    assert not any("priced" in item for item, _ in ins)


def test_relative_after_a_name_is_not_the_last_segments_contents():
    ex = extract_text(BRACKETS, "vellir", "vellir.txt")
    assert not any(f.kind == "in_segment" and "workspace" in f.item.label for f in ex.facts)


def test_what_a_units_revenue_includes_asks_for_its_contents():
    from aikg.linking import Hit
    from aikg.question import read
    seg = Hit("urn:x:seg", "Segment", "Cloud services", "cloud services", 100.0, 3, 5)
    q = read("What does Pellago's cloud services revenue include?", [seg])
    assert q.form == "list" and q.about == seg and not q.measures
    # a question for the unit's revenue stays a figure question
    q2 = read("How much revenue did Pellago's cloud services bring in?", [seg])
    assert q2.form != "list" and q2.measures


def test_table_unit_with_an_acronym_and_a_plural_include_sentence():
    from aikg.extract.pipeline import extract_text
    text = """# Pellago Media quarterly results

Pellago Media reported second-quarter 2031 net revenues of RMB 5.10 billion.

| Revenue line | Q2 2031 (RMB bn) | YoY |
|---|---|---|
| Cloud services (CSV) | 2.40 | +14% |
| Puzzle games | 1.20 | +50% |

Cloud services include storage rentals, the rendering farm and video hosting; the company said demand rose.

Its main rivals include Quillon Media and Tarsk Games.
"""
    ex = extract_text(text, "pellago", "pellago.md")
    segs = {f.segment.label for f in ex.facts if f.kind == "segment_of"}
    assert "Cloud services" in segs and "Cloud services (CSV)" not in segs
    ins = {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}
    assert {("storage rentals", "Cloud services"), ("video hosting", "Cloud services")} <= ins
    # a plural subject naming no unit holds nothing
    assert not any(item in ("Quillon Media", "Tarsk Games") for item, _ in ins)
