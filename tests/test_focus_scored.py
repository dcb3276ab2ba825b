"""The article's own company as a scored choice over candidates (focus_score.py): invented articles
(tests/data/focus_shapes/s13-s22, made-up companies, our own words) of the shapes that put an
article's figures on another name: a rival named first with its figures, a shareholder opening the
headline and lead, a start-up known only through its funding round with its lead investor in the
headline, a defined term (`X ("X" or the "Company")`, `X (the "Group")`) whose class noun opens the
figures, a listed name written with a legal prefix and an exchange the ticker list lacked."""

import pytest

from aikg.extract.focus import focus_company

from focus_shapes_helpers import figure, read


@pytest.mark.parametrize("name,company", [
    ("s13_rival_figures_first.txt", "Sonavox"),            # a rival's revenue opens a newsletter
    ("s14_shareholder_named_first.txt", "Merida Digital"),  # its largest shareholder opens headline and lead
    ("s18_startup_funding_round.txt", "Quillwork"),        # the lead investor opens the headline
    ("s19_defined_term_company_partner_headline.txt", "Tarrow Systems"),  # a partner opens the headline
    ("s22_defined_term_company_lead.txt", "Ostrander Analytics"),         # "The Company reported …" leads
])
def test_the_article_company_is_the_best_scored_candidate(name, company):
    assert read(name).company == company


def test_the_company_of_a_defined_term_keeps_the_class_nouns_figures():
    ex = read("s22_defined_term_company_lead.txt")
    assert figure(ex, "C$88 million").subject.label == "Ostrander Analytics"
    ex = read("s19_defined_term_company_partner_headline.txt")
    assert figure(ex, "$120 million").subject.label == "Tarrow Systems"


def test_a_competitor_in_apposition_keeps_its_own_figure():
    # "Samsung, Hanbit Memory's larger competitor, reported …": the aside names no subject
    ex = read("s20_competitor_opens_lead.txt")
    assert figure(ex, "33 trillion won").subject.label.startswith("Samsung")
    assert figure(ex, "1.1 trillion won").subject.label == "Hanbit Memory"


def test_a_group_defined_term_resolves_the_class_noun_to_its_target():
    top = ["HALF-YEAR REPORT",
           "The Group reported revenue of €412 million for the first half, up 8% on the same period last year."]
    body = "\n".join(top) + ('\nVeloria S.A. (the "Group") designs optical substrates. The Group said its margin '
                             'was 31%. The Group expects capital spending of €90 million.')
    f = focus_company(top, body, lambda n: None)
    assert f is not None and f.label == "Veloria" and f.class_nouns == ["Group"]


def test_a_listed_name_with_a_legal_prefix_and_its_exchange_is_a_candidate():
    top = ["# Banks turn to a home-grown GPU cloud",
           "**JAKARTA** — PT Merida Digital Tbk (IDX: MRDA), which operates as Merida, today announced the "
           "second phase of its AI cloud."]
    body = "\n".join(top) + ("\nMerida Digital also reported results for the first half. Harlow Group, a "
                             "shareholder, welcomed the plan. Harlow Group owns stakes in six operators.")
    known = {"Harlow Group": "Harlow Group"}
    f = focus_company(top, body, known.get)
    assert f is not None and f.label == "Merida Digital"


def test_defined_terms_and_evidence_records():
    from aikg.extract.focus_score import EVIDENCE, defined_terms
    assert defined_terms('Veloria S.A. (the "Group") designs') == [("Veloria", [], "Group")]
    assert defined_terms('Tarrow Systems Holdings Ltd. ("Tarrow" or the "Company") today') == \
        [("Tarrow Systems Holdings", ["Tarrow"], "Company")]
    for e in EVIDENCE:   # every feature is a named record with its sources and an example
        assert e.name and e.why and e.examples and len(e.provenance) >= 2
