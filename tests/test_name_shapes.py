"""Shapes of capitalised text that are no name (extract/name_shapes.py): title-of-name, layout-label,
numbered-part, descriptor-compound; each alone and through the extractor, on invented texts."""
from aikg.extract.name_shapes import descriptor_compound, layout_label, layout_labels, numbered_part, title_of, without_owner
from aikg.extract.pipeline import extract_text


def _labels(ex, kind=None):
    return {e.label for e in ex.entities if kind is None or e.kind == kind}


def test_title_of_keeps_the_name_after_of():
    assert title_of("Chief Executive Officer of Brellin") == "Brellin"
    assert title_of("Managing Director of Tannet Holdings") == "Tannet Holdings"
    assert title_of("Chief Sustainability Officer of the Ostby Group") == "Ostby Group"
    assert title_of("Bank of Kampar") == "Bank of Kampar"        # no title: unchanged
    assert title_of("Brellin") == "Brellin"


def test_ticker_after_a_title_names_the_company_not_the_title():
    text = ("# The Wire Room, episode 40: why Brellin wants the GPU traffic\n\n"
            "Host Ana Pike talks to Tom Vey, Chief Executive Officer of Brellin Limited (ASX: BRL), the "
            "Perth-based fibre company, and Sue Lamb, Brellin's Chief Financial Officer, about the year to June.\n\n"
            "**On the numbers (04:10).** Revenue for the year was A$310.5 million, up 14%, and the margin widened.\n\n"
            "**On rivals (21:30).** Vey said the AI traffic would need far more private links.\n")
    ex = extract_text(text, "t1", "t1.md")
    assert ex.company == "Brellin"
    assert "Chief" not in _labels(ex)
    assert any(getattr(f, "subject", None) is not None and f.subject.label == "Brellin" for f in ex.facts)


def test_layout_label_cue_and_capitals_field():
    notes = ("SAY: Welcome, everyone.\nSAY: Revenue rose 12% to $40 million.\nSAY: We expect growth of 10%.\n"
             "Say it slowly.\n")
    assert layout_label("SAY", notes)
    form = "AMOUNT PAID: $4 million\nThe amount was paid in May.\n"
    assert layout_label("AMOUNT PAID", form)
    units = "EMEA: $1.2 billion, up 4%\nAPAC: $0.8 billion, up 9%\n"
    assert not layout_label("EMEA", units)      # an acronym the text writes nowhere in lower case
    assert layout_labels(units) == frozenset()
    twice = "QCT: $9 billion\nQCT: the chip unit grew; QCT sells modems.\n"
    assert not layout_label("QCT", twice)       # used as a name in the text too


def test_speaker_notes_cue_owns_no_figure():
    text = ("KELDA SOFTWARE LIMITED (ASX: KLD) — FY25 RESULTS PRESENTATION\n\n"
            "SPEAKER NOTES — for the chief executive\n\n"
            "SAY: Good morning and welcome to Kelda Software's full-year results.\n\n"
            "SAY: Revenue grew 18% to A$512.0 million and profit before tax rose 21%.\n\n"
            "SAY: For FY26 we expect profit before tax growth of 12 to 16 per cent.\n\n"
            "Keep it short.\n")
    ex = extract_text(text, "t2", "t2.txt")
    assert "SAY" not in _labels(ex)
    assert all(c.subject.label != "SAY" for c in ex.claims)


def test_numbered_parts_figures_and_dates_are_no_versions():
    plan = "Wave 1: 900 machines moved.\nWave 2: 1,200 machines moved.\nLot 1 — cloud credits\nLot 2 — GPUs\n"
    assert numbered_part("Wave 2", ":", plan)
    assert numbered_part("Lot 1", " — cloud credits", plan)
    assert numbered_part("Episode 214", ":", "In this episode we talk to … Episode 214: the guests")
    assert numbered_part("Services 41.5", " percent of revenue", "x")
    assert numbered_part("Tax 12.1", " 10.4 9.8", "x")
    assert numbered_part("Updated 4", " June 2025", "x")
    assert numbered_part("Mobile Devices 172", " 228 -24.6%", "x")
    prose = "Its segments are Zone 1, Zone 2 and Zone 3. Zone 2 was the fastest growing."
    assert not numbered_part("Zone 2", " was the fastest", prose)   # units named in prose
    assert not numbered_part("Quill 3", " model, launched in May", "the model Quill 3")
    assert not numbered_part("Vanta 5", " (51 Tbps)", "the Vanta 5 chip")


def test_numbered_headings_make_no_products():
    text = ("Case study: how Norvane moved its clouds\n\n"
            "Norvane, the Omani telecom operator, moved 2,000 machines to a new platform in three waves.\n\n"
            "Wave 1: 600 government machines moved in March.\n\n"
            "Wave 2: 900 enterprise machines moved in June.\n\n"
            "Wave 3: a GPU cluster of 32 accelerators for training.\n")
    ex = extract_text(text, "t3", "t3.txt")
    assert not {"Wave 1", "Wave 2", "Wave 3"} & _labels(ex)


def test_descriptor_compound_names_no_unit():
    assert descriptor_compound("IT-management")
    assert descriptor_compound("Web-hosting")
    assert not descriptor_compound("Wi-Fi")
    assert not descriptor_compound("Kanto Cloud")
    text = ("Ostby Software, the Oslo-based maker of accounting tools, reported revenue of NOK 4.2 billion. "
            "Ledgerly, its AI-driven division that is run as a separate brand, contributed NOK 1.1 billion.\n")
    ex = extract_text(text, "t4", "t4.txt")
    assert "AI-driven" not in _labels(ex)


def test_owner_possessive_names_what_follows():
    assert without_owner("Peru's Andesia") == "Andesia"
    assert without_owner("Kampar Telekom's Sky Cloud") == "Sky Cloud"
    assert without_owner("Macy's Inc") == "Macy's Inc"
    assert without_owner("Andesia") == "Andesia"
    text = ("Brenvale Bank posted a quarterly profit of S/ 900 million, up 8%.\n\n"
            "Peru's Andesia, a rival lender, reported a profit of S/ 40 million for the quarter.\n")
    labels = _labels(extract_text(text, "t5", "t5.txt"))
    assert "Andesia" in labels and "Peru's Andesia" not in labels


def test_glued_figure_reads_every_place_the_sentence_writes_the_name():
    # (issue 11: read with str.find, no pattern compiled per name; the same answers as
    # re.search(re.escape(name) + r"[,.]\d{2,3}\b", sentence))
    from aikg.extract.name_shapes import glued_figure
    assert glued_figure("Pumps 12", "Pumps 12 units; Pumps 12,480 in total")   # (the second place)
    assert not glued_figure("Pumps 12", "Pumps 12 units; Pumps 12.4 in total")   # (one digit after the point)
    assert not glued_figure("Pumps 12", "Pumps 12,4801 in total")   # (no word's end after three digits)
    assert not glued_figure("Pumps", "Pumps,480 in total")   # (the name ends in no figure's first digits)
