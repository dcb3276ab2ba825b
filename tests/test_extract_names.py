"""Names the gazetteer lacks, in our own words about invented companies: versioned product
names that run on past the version ("Gen 2", a second model number, a trailing word), coordinated
names sharing a plural head or a launch verb, rivals named after a market position or
"competition from", counterparties in apposition followed by a participle, and units named after
"its unit"."""
from __future__ import annotations

import pytest

from aikg.extract.discover import discover
from aikg.extract.pipeline import extract_text

HEAD = "Norvane Systems reports results\n\nNorvane Systems reported results for the quarter ended June 30, 2025.\n\n"


def _ex(text: str):
    return extract_text(HEAD + text + "\n", "t", "t.txt")


def _found(*texts: str) -> dict[str, str]:
    return {d.label: d.kind for d in discover(list(texts), {}, {})}


@pytest.mark.parametrize("text,name", [
    ("Norvane shipped the Orion 3 Ultra Gen 2 chip to handset makers.", "Orion 3 Ultra Gen 2"),
    ("Partners built designs for the HX400 NVL36 system at up to 90 kW per rack.", "HX400 NVL36"),
    ("In May it released B.Q 2.0, and later a smaller B.Q 2.0 Light version.", "B.Q 2.0 Light"),
])
def test_a_versioned_name_runs_on_over_generation_model_number_and_trailing_word(text, name):
    found = _found(text)
    assert name in found
    assert not any(other != name and name.endswith(other) and len(other) > 3 for other in found)  # no split tail


def test_a_name_stops_before_a_month_or_a_sentence_word():
    assert "Kelp 4" in _found("It sold Kelp 4 In March to banks.")
    assert "Kelp 4 In" not in _found("It sold Kelp 4 In March to banks.")


def test_a_currency_amount_is_not_a_versioned_name():
    assert not _found("Its rival reported net sales of SEK 41.3 billion and NOK 2.5 billion.")


def test_a_plural_head_shared_by_two_names_names_each():
    assert _found("Norvane added an agent layer to its Loomwork and Tidecast applications.") == {
        "Loomwork": "Application", "Tidecast": "Application"}


def test_a_launch_of_two_coordinated_products_launches_both_with_the_month():
    ex = _ex("In May Norvane Systems introduced the Zephyr X10 and Zephyr X20, accelerator cards for inference.")
    launched = {(x.target.label, x.when) for c in ex.claims for x in c.relations if x.kind == "launch"}
    assert {("Zephyr X10", "May"), ("Zephyr X20", "May")} <= launched


def _rivals(text: str) -> set[tuple[str, str]]:
    return {(f.company.label, f.competitor.label) for f in _ex(text).facts if f.kind == "competition"}


def test_competition_from_a_list_of_unknown_companies():
    assert _rivals("The main risk is competition from Keldor, Brightline and Amsel in cooling.") == {
        ("Norvane Systems", "Keldor"), ("Norvane Systems", "Brightline"), ("Norvane Systems", "Amsel")}


def test_a_market_position_ahead_of_or_behind_names_rivals():
    assert _rivals("A research firm estimates Norvane Systems holds about 30% of the market, ahead of Keldor and Brightline.") == {
        ("Norvane Systems", "Keldor"), ("Norvane Systems", "Brightline")}
    assert _rivals("Norvane Systems held a share of about 12%, placing it second behind Amsel, according to a tracker.") == {
        ("Norvane Systems", "Amsel")}


def test_behind_without_a_position_is_no_rivalry():
    assert not _rivals("It paid 10% more for Kelvin Books, the publisher behind Night Harbor studio Ravenfall.")


@pytest.mark.parametrize("text,name,kind", [
    ("The first customer is Velmora, the robotics company backed by a state fund, which plans to deploy racks.", "Velmora", "Company"),
    ("Norvane credits much of that to Quillon, the optical specialist it bought last year.", "Quillon", "Company"),
    ("Norvane will sell the Norvane Quill-Pro, a radio platform built around its own software.", "Quill-Pro", "Product"),
])
def test_an_apposition_followed_by_a_participle_or_relative_names_the_thing(text, name, kind):
    assert {d.label: d.kind for d in discover([text], {"Norvane": type("E", (), {"kind": "Company", "label": "Norvane"})()}, {})}.get(name) == kind


def test_a_unit_named_after_its_unit_belongs_to_the_company():
    ex = _ex("Its data centre business, operated through its unit Norvane Edge Centers, runs 40 sites.")
    assert ("Segment", "Norvane Edge Centers") in {(e.kind, e.label) for e in ex.entities if e.discovered}
    assert ("Norvane Edge Centers", "Norvane Systems") in {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}


@pytest.mark.parametrize("text,pair", [
    ("Keldor, Norvane's Swedish rival, reported sales of $4 billion.", ("Norvane Systems", "Keldor")),
    ("Brightline Technology, its closest competitor in cooling, reported sales of $2 billion.", ("Norvane Systems", "Brightline Technology")),
])
def test_a_company_in_apposition_to_a_rival_noun_competes_with_the_owner(text, pair):
    assert pair in _rivals("Norvane is the short name of Norvane Systems. " + text if "Norvane's" in text else text)


def test_a_type_word_then_called_names_the_thing_but_a_naming_verb_does_not():
    assert _found("Its robotics business now operates as an independent brand called Tessaly.") == {"Tessaly": "Product"}
    assert _found("Its assistant app, called Quorra, has 3 million users.") == {"Quorra": "Application"}
    assert "Jane Doe" not in _found("The company named Jane Doe as finance chief.")


@pytest.mark.parametrize("text,name,kind", [
    ("Norvane will sample a data-centre GPU code-named Silver Fern next year.", "Silver Fern", "Product"),
    ("Norvane Insight, the company's suite of AI platforms, now serves 300 clients.", "Norvane Insight", "Product"),
    ("Norvane is developing Kestra, an Arm-based data-centre processor built on 2nm technology.", "Kestra", "Product"),
])
def test_code_names_and_appositions_headed_by_the_companys_noun(text, name, kind):
    assert _found(text).get(name) == kind


def _deals(text: str) -> set[tuple]:
    return {(f.investor.label, f.target_entity.label if f.target_entity else None, f.target)
            for f in _ex(text).facts if f.kind == "investment"}


def test_a_company_bought_in_apposition_is_the_target_and_the_sentences_company_the_buyer():
    assert _deals("Norvane Systems credits much of that to Quillon, the optical specialist it bought for $1.2 billion "
                  "in a deal completed in May.") == {("Norvane Systems", "Quillon", None)}
    assert _deals("Software grew 9%, helped by Tessaly Engineering, acquired for around $4 billion, and by Brisk, "
                  "the lab software company acquired for $2.5 billion.") == {
        ("Norvane Systems", "Tessaly Engineering", None), ("Norvane Systems", "Brisk", None)}


@pytest.mark.parametrize("text", [
    "Its flagship large language model, Kestrel-2, was developed with a Canadian start-up.",
    "The company's flagship reasoning model, Kestrel-2, was trained on domestic chips.",
])
def test_a_model_introduced_by_its_or_the_companys_is_developed_by_the_article_company(text):
    devs = {(f.model.label, f.developer.label) for f in _ex("Norvane Systems makes AI models. " + text).facts if f.kind == "developed_by"}
    assert ("Kestrel-2", "Norvane Systems") in devs


def test_an_index_level_or_a_time_stamp_is_not_a_product():
    assert not _found("The Shanghai Composite 3 closed higher. Updated 18:05 by the desk.")


def test_modifier_before_named_company_is_no_company():
    # rule modifier-before-named-company: "the <place> start-up <Name>" names the start-up after
    # the type word; the city before it is no company (invented sentences)
    from aikg.extract.discover import discover
    from aikg.extract.pipeline import recogniser
    known = recogniser().by_surface
    for text, company, modifier in (
            ("Among its tenants, the Lisbon start-up Vellum Labs, trains a speech model there.", "Vellum Labs", "Lisbon"),
            ("Last year the Porto firm Quarrel Data signed a lease.", None, "Porto")):
        found = {d.surface: d.kind for d in discover([text], known, {})}
        assert modifier not in found
        if company:
            assert found.get(company) == "Company"
    # a type word with no name after it keeps the name before it ("its Atlas chip")
    assert {d.surface for d in discover(["Vellum said its Atlas chip ships in May."], known, {})} == {"Atlas"}
