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
