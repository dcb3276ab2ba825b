"""The article's own company in three shapes met in probe14 and older sets (focus.py), on invented
articles of tests/data/focus_shapes (made-up companies, our own words): a newsletter of numbered
items each about another company (rule roundup-items), a podcast about a company whose name in
capitals is an ordinary word (rule caps-word-name), and a data-desk page whose lead opens with
"<City>-based <Name>, the … group" (rule place, rule lead-described)."""

from aikg.extract import focus

from focus_shapes_helpers import figure, read


def _subject(ex, text):
    return figure(ex, text).subject.label


def test_numbered_items_newsletter_is_a_roundup_each_item_its_headings_company():
    ex = read("s29_numbered_items_newsletter.txt")
    assert ex.company is None
    # a figure with no company of its own in item 1 is item 1's company, not item 3's start-up
    assert _subject(ex, "NOK 4,050 million").startswith("Ferrow")
    assert _subject(ex, "NOK 900 million").startswith("Ferrow")


def test_roundup_items_maps_paragraphs_to_their_items_heading():
    body = ("THE WIRE — Week in review\n\nHello.\n\n1) Ferrow posts a record\n\nFerrow said revenue rose. Ferrow grew.\n\n"
            "More on Ferrow.\n\n2) Gantry: the rival\n\nGantry said sales fell. Gantry again.\n\n"
            "3) Halden raises big\n\nHalden closed a round. Halden hires.\n\n4) Quick hits\n\n- Nothing else.\n")
    paras = [p for p in body.split("\n\n")]
    leads = [(i, p.strip()) for i, p in enumerate(paras)]
    leads = [(i, t[3:] if t[:1].isdigit() else t) for i, t in leads]  # the splitter leaves the number out
    got = focus.roundup_items(leads, body, lambda n: None)
    assert got == {2: "Ferrow", 3: "Ferrow", 4: "Ferrow", 5: "Gantry", 6: "Gantry", 7: "Halden", 8: "Halden"}


def test_numbered_takeaways_about_one_company_are_no_roundup():
    body = ("Five takeaways\n\n1) Revenue up 40%\n\nOrvane grew.\n\n2) Margins down\n\nOrvane said so.\n\n"
            "3) Capex doubling\n\nOrvane builds.\n")
    leads = [(i, p.strip()) for i, p in enumerate(body.split("\n\n"))]
    assert focus.roundup_items(leads, body, lambda n: None) is None


def test_a_company_written_in_capitals_that_is_an_ordinary_word_is_the_article_company():
    ex = read("s30_caps_word_podcast.txt")
    assert ex.company == "BRIGHT"
    # (the "910 million kroner" revenue has no typed figure since issue 34m: "kroner" alone is Danish or Norwegian,
    # and a currency word is no measure (quantity_units unit-word-no-measure); the margin is BRIGHT's own figure)
    assert _subject(ex, "22%").startswith("BRIGHT")


def test_place_based_lead_with_a_company_apposition_names_the_article_company():
    ex = read("s31_place_based_lead_model_owner.txt")
    assert ex.company == "Corvalho"   # not Google, the owner of the model family it uses


def test_a_two_word_unit_that_reports_its_own_figure_alone_is_a_unit():
    from aikg.extract.units import named_units
    body = ("Orvane Holdings grew revenue 5%. The Orvane Nordic Cloud segment covers four countries. "
            "Orvane North Africa alone reported sales of EUR 120 million.")
    assert "Orvane North Africa" in named_units("Orvane", body, set())


def test_a_caps_header_with_a_legal_form_then_the_document_kind_names_the_filer():
    body = "Letter to shareholders. Marlen grew in 2025. Marlen paid a dividend."
    got = focus._caps_legal_name("MARLEN DATA S.A. — ANNUAL REPORT 2025", body)
    assert got is not None and got[0] == "Marlen"
