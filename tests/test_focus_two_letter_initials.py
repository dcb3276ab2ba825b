"""A company the text names in full once and then by its two-letter initials in brackets
("Telekom Malaysia Berhad (TM)", "<Name> (XY; EXCH: TICK)") is one company, labelled with its
full name, the initials an alias (focus_score.short_forms, two letters only as exactly the
initials of a two-word name with the bracket opening with them). Invented articles."""
from aikg.extract.pipeline import extract_bytes

NOTE = """# Harbourline Research | Initiation

## Kestral Networks (KN; NSE: KSTN) - Initiation of coverage

We initiate coverage of Kestral Networks with a Buy rating. KN reported revenue of INR 41.2 billion for
FY2025, up 12%. KN expects capex of INR 9 billion in FY2026. KN Cloud, which runs its data centres,
grew revenue 30%. Our target price is INR 640.
"""

AI_ONLY = """# Why Artificial Intelligence (AI) matters for Orvane Systems

Orvane Systems reported revenue of EUR 310 million in 2025. Orvane Systems said AI demand rose.
AI budgets grew 20% across its customers, and AI tools now run in every Orvane Systems plant.
"""


def test_initials_in_brackets_name_the_full_company():
    ex = extract_bytes(NOTE.encode(), "kestral_note.md")
    assert ex.company == "Kestral Networks"
    ent = next(e for e in ex.entities if e.label == "Kestral Networks")
    assert "KN" in ent.aliases
    assert not any(e.label == "KN" for e in ex.entities)


def test_a_unit_named_by_the_initials_is_the_company_unit():
    ex = extract_bytes(NOTE.encode(), "kestral_note.md")
    units = {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}
    assert ("KN Cloud", "Kestral Networks") in units


def test_two_letters_of_a_common_phrase_are_no_company():
    ex = extract_bytes(AI_ONLY.encode(), "orvane.md")
    assert ex.company == "Orvane Systems"
    assert not any(e.label == "Artificial Intelligence" and e.kind == "Company" for e in ex.entities)
