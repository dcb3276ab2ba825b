"""Partners and rivals read on the verb lexicon: a rivalry is its clause subject's (a supplier
named earlier in the sentence is not the one competing), rivals are the names the rivalry verb
lists (a customer or ecosystem named later in the clause is not one), and an agreement signed
with a company makes it a partner. Our own sentences, with gazetteer companies."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

LEAD = "Pellucid Labs Inc. reported quarterly revenue of $40 million, up 12%. "


def _facts(text: str, kind: str):
    return [f for f in extract_text(LEAD + text, "t", "t.txt").facts if f.kind == kind]


def _partners(text: str):
    ex = extract_text(LEAD + text, "t", "t.txt")
    return {(c.subject.label, x.target.label) for c in ex.claims for x in c.relations if x.kind == "partnership"}


def test_competition_in_a_list_of_risks_is_the_articles_company_not_a_supplier_named_before():
    got = {(f.company.label, f.competitor.label) for f in _facts(
        "The biggest risks are softer PC demand, costlier memory from Samsung, and competition from Qualcomm and AMD in laptop chips.",
        "competition")}
    assert ("Pellucid Labs", "Qualcomm") in got and ("Pellucid Labs", "AMD") in got
    assert not any(c == "Samsung" for c, _ in got)


def test_a_name_later_in_a_rivalry_clause_is_not_a_rival():
    got = _facts("Pellucid Labs competes with bigger rivals mostly on price and through its ties to the Lenovo ecosystem.", "competition")
    assert not any(f.competitor.label == "Lenovo" for f in got)


def test_an_agreement_signed_with_a_company_makes_it_a_partner():
    assert ("Pellucid Labs", "Intel") in _partners("Pellucid Labs signed a three-year supply agreement with Intel last week.")
    assert ("Pellucid Labs", "Nvidia") in _partners("Pellucid Labs has a framework pact with Nvidia for training capacity.")


def test_a_rival_named_after_a_copula_is_a_rival():
    got = _facts("The main rival in the market for edge AI chips is Qualcomm, which ships far more units.", "competition")
    assert ("Pellucid Labs", "Qualcomm") in {(f.company.label, f.competitor.label) for f in got}


def test_the_parent_company_is_not_the_articles_company():
    text = "Corvane Cloud Ltd. reported revenue of EUR 90 million. The parent company separately agreed with Intel to build a chip lab."
    ex = extract_text(text, "t", "t.txt")
    assert not any(c.subject.label == "Corvane Cloud" and x.kind == "partnership" for c in ex.claims for x in c.relations)


def test_rivals_listed_after_a_descriptor_and_including():
    got = _facts("Pellucid Labs competes with chip and software vendors including Qualcomm and Intel.", "competition")
    assert {("Pellucid Labs", "Qualcomm"), ("Pellucid Labs", "Intel")} <= {(f.company.label, f.competitor.label) for f in got}


def test_rivals_the_gazetteer_does_not_know_listed_after_are_or_include():
    # "the main competitors are A and B" (probe5 Nokia), "its rivals include A, B and C"
    # (probe6 Nebius): every name of the list is a company and a rival, known or not
    got = _facts("In optical gear the main competitors are Quarrow and Huawei.", "competition")
    assert {("Pellucid Labs", "Quarrow"), ("Pellucid Labs", "Huawei")} <= {(f.company.label, f.competitor.label) for f in got}
    got = _facts("The company's rivals include Brackwell, Lambertine and Crusoe Systems.", "competition")
    assert {"Brackwell", "Lambertine", "Crusoe Systems"} <= {f.competitor.label for f in got}
