"""The article's company checked against whose figures the text gives (issue 21f): rules
figure-owner, figure-object and product-owner of focus_score.EVIDENCE, read by
salience.figure_sentences, on invented sentences and the invented articles s32 and s33 of
tests/data/focus_shapes (made-up companies, our own words)."""

from aikg.extract import salience
from aikg.extract.focus_score import WEIGHT

from focus_shapes_helpers import figure, read


def _owners(text):
    return [o for o, _s in salience.figure_sentences(text)]


def test_the_owner_of_a_figure_sentence_is_its_subject_or_possessor():
    text = ("Ardel reported revenue of $5 million and raised its forecast to $6 million. "
            "In March Brenna's margin rose to 21%. Revenue rose 9%. "
            "CFO Jane Roe said Cortell expects to spend about $2 billion. Dovar profit rises 13% on price rises.")
    assert _owners(text) == ["Ardel", "Brenna", None, "Cortell", "Dovar"]


def test_a_stake_or_a_clause_with_its_own_subject_is_no_owners_figure():
    text = ("Ellary owns about 60% of Fenwick; the rest is not named. "
            "Gorse said Fenwick would be merged; the deal valued Fenwick at $10 billion. "
            "EBITDA margin expanded to 52.3%.")
    assert _owners(text) == [None, None, None]


def test_a_possessive_before_a_model_family_is_a_product_owner_only():
    body = "Hollin's assistant is built on Google's Gemini models. Hollin said sales rose."
    assert salience.product_owner_only("Google", body)
    assert not salience.product_owner_only("Hollin", body)
    assert WEIGHT["product-owner"].weight < 0 and WEIGHT["figure-object"].weight < 0


def test_an_owner_followed_by_a_clause_is_no_unit_owner():
    body = "Quorvik's founders will join Harlan Systems."
    assert not salience.owned_unit("Quorvik", "Harlan Systems", body)
    assert salience.owned_unit("Quorvik", "Nimbus", "Quorvik's regional platform Nimbus grew.")


def test_a_product_owner_in_the_headline_loses_to_the_company_whose_figures_the_text_gives():
    ex = read("s32_product_owner_headline.txt")
    assert ex.company == "Marbeck"   # not Google, the owner of the model family it uses


def test_a_target_named_first_loses_to_the_buyer_whose_figures_the_text_gives():
    ex = read("s33_target_named_first.txt")
    assert ex.company == "Harlan Systems"
    assert "Harlan Systems" not in ex.units


def test_a_fronted_phrase_an_irregular_verb_and_a_share_of_a_market_keep_their_owner():
    text = ("In software, Ivarra's revenue rose 5%. Group-wide, Jessop's net profit rose 9% to $2 billion. "
            "Kellan won a contract worth about $300 million. Lumeno holds around 51% of Brazil's market for payroll software. "
            "Marrow also holds a stake of roughly 28% in Nettle.")
    assert _owners(text) == ["Ivarra", "Jessop", "Kellan", "Lumeno", None]


def test_a_newsletter_whose_lead_opens_with_a_rival_is_the_start_up_whose_figures_it_gives():
    ex = read("s34_rival_opens_newsletter_lead.txt")
    assert ex.company == "Tavira"    # not OpenAI, the rival the greeting names first


def test_a_regulator_wire_about_a_suppliers_chips_is_the_buyer_whose_figures_it_gives():
    ex = read("s35_regulator_wire_supplier_first.txt")
    assert ex.company in ("Sarnia Data Centres", "Sarnia")   # not Nvidia, whose chips it buys


def test_paragraphs_whose_figures_are_each_another_companys_are_a_roundup():
    ex = read("s36_sections_roundup_by_figures.txt")
    assert ex.company is None
    arr = figure(ex, "about $20 million")
    assert arr.subject.label == "Ferrow Labs"   # its paragraph's, not the first paragraph's company


def test_a_pronoun_sentence_goes_on_with_the_sentence_before():
    text = "Marrow's revenue rose 24% to 2.1 billion crowns. Its operating margin widened to 17%.\n\nIt rose 5%."
    assert _owners(text) == ["Marrow", "Marrow", None]
