"""Names with versions and model numbers are whole entity names ("Quarry 400 V G2", "wren v3",
"Harlow 2.0"), a version is linked to the name it versions (kg:versionOf) and keeps its base's
developer, and `ask` answers "which version of X" from the whole name. Articles and sentences of
our own; invented companies and products."""
from __future__ import annotations

import pytest

from aikg.extract import pipeline
from aikg.extract.versions import version_tail


def extract(text: str):
    return pipeline.extract_text(text, "t", "t.txt")


def labels(ex, kind=None):
    return {e.label for e in ex.entities if kind is None or e.kind == kind}


def test_a_model_number_and_a_unit_letter_before_a_generation_token_stay_in_the_name():
    ex = extract("Corvane Power posts results\n\nCorvane Power reported revenue of EUR 1.2 billion in the quarter.\n\n"
                 "In September Corvane Power launched the Quarry SiC 650 V G3 family of switches for server racks.\n")
    assert "Quarry SiC 650 V G3" in labels(ex)


def test_a_lower_case_name_typed_by_apposition_and_given_with_a_version_is_a_model_with_its_developer():
    ex = extract("Pellmark posts results\n\nPellmark reported revenue of JPY 90 billion in the half.\n\n"
                 "Pellmark's own language model, wren, is now offered as wren v3 to banks.\n"
                 "Its rival, harbin, a research lab, said nothing.\n")
    models = labels(ex, "AIModel")
    assert {"wren", "wren v3"} <= models and not any("harbin" in m for m in labels(ex))
    devs = {(f.model.label, f.developer.label) for f in ex.facts if f.kind == "developed_by"}
    assert ("wren v3", "Pellmark") in devs
    assert ("wren v3", "wren") in {(f.item.label, f.base.label) for f in ex.facts if f.kind == "version_of"}


def test_a_version_is_the_name_followed_only_by_version_tokens():
    assert version_tail("Harlow 2.0", "Harlow") and version_tail("wren v3", "wren")
    assert version_tail("Quarry 400 V G2", "Quarry") and version_tail("Orsa 4.0 Light", "Orsa 4.0")
    assert not version_tail("Harlow Studio", "Harlow") and not version_tail("Harlowe 2", "Harlow")


ARTICLE = """Tessaly Software lifts third-quarter revenue

PUNE, October 20, 2025 - Tessaly Software said revenue rose 9% to $410 million in the third quarter of 2025.

Clients use its Harlow platform, an AI-assisted code-migration tool, on every large account. Chief executive Mira Desai said Harlow 2.0, released in August, halves the time clients need to move old mainframe code.

Rival Quillon Networks sells its own test platform, Brisk, and said Brisk 5 would ship in 2026.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "tessaly_q3.txt", ARTICLE)


def test_ask_answers_the_version_of_the_product_named_not_another_companys(kg):
    a = kg.ask("What is the latest version of Tessaly Software's Harlow platform?")
    assert a.status == "answered" and "Harlow 2.0" in a.answer and "Brisk" not in a.answer, a.answer


def test_the_versions_query_lists_a_products_versions(kg):
    rows = kg.query("versions", {"product": "Brisk"}).rows
    assert {str(r["versionLabel"].value) for r in rows} == {"Brisk 5"}


def test_a_platform_built_with_a_cloud_that_uses_a_model_does_not_make_its_user_the_models_developer():
    ex = extract("Orvane Telecom posts results\n\nOrvane Telecom reported revenue of EUR 2 billion in the quarter.\n\n"
                 "Orvane Telecom is deploying an AI operations platform built with Google Cloud, which uses Gemini models to reroute traffic.\n")
    assert not [f for f in ex.facts if f.kind == "developed_by" and f.developer.label == "Orvane Telecom"]


def test_a_name_the_article_also_uses_on_its_own_is_the_base_of_its_versioned_name():
    ex = extract("Pellucid Labs posts results\n\nPellucid Labs reported revenue of EUR 300 million in the quarter.\n\n"
                 "In May Pellucid Labs released the Halden Scan 4 reader for hospitals.\n"
                 "Orders for Halden Scan rose in every region.\n")
    assert ("Halden Scan 4", "Halden Scan") in {(f.item.label, f.base.label) for f in ex.facts if f.kind == "version_of"}
    assert "Halden Scan" in labels(ex)


def test_a_name_followed_by_another_capitalised_word_is_not_the_base_on_its_own():
    ex = extract("Pellucid Labs posts results\n\nPellucid Labs reported revenue of EUR 300 million in the quarter.\n\n"
                 "Harlow AI, the company's video model, earned EUR 20 million; the latest version, Harlow 3 Turbo, ships in May.\n")
    assert "Harlow" not in labels(ex)
