"""The company a question names (issue43n): a short form a bracket defines after a company's name is its
alias (a coined short name, a lower-case brand); one node per company whatever the case and legal form
of its name; no node from a fragment with an unclosed bracket or a lone capital; a question naming the
company without its leading "PT" or trailing "Tbk"/"PJSC" finds it. Invented texts and names."""
from aikg.extract.defined_names import bracket_short_forms
from aikg.extract.legal_forms import same_company
from aikg.extract.name_shapes import fragment_name
from aikg.extract.pipeline import extract_text
from aikg.linking import LabelIndex


def _companies(ex):
    return {e.label: set(e.aliases) for e in ex.entities if e.kind == "Company"}


LETTERHEAD = """PT SINAR BIRU TEKNOLOGI Tbk
("Sibitek" or the "Company")

No.: 88/SBT-CS/XI/2031                                         Jakarta, 12 November 2031

Re: Report on the Results of the Annual Public Expose 2031

The Company reports that the Annual Public Expose was held on 10 November 2031 in Jakarta.

1. Consolidated revenue for the nine months to 30 September 2031 was Rp4,120 billion, up 8.2% from
   Rp3,808 billion a year earlier.

2. Sinar Biru Teknologi expects capital expenditure of Rp900 billion in 2032.

A (Finance Director): We maintain our 2032 target of 6-8% revenue growth.
"""


def test_letterhead_short_form_is_the_companys_alias_and_one_node():
    ex = extract_text(LETTERHEAD, "t43n1", "t43n1.txt")
    comps = _companies(ex)
    owner = [lab for lab, al in comps.items() if "Sibitek" in al or lab == "Sibitek"]
    assert len(owner) == 1, comps
    # the mixed-case name in the body is the same company, no second node
    assert not [lab for lab in comps if lab != owner[0] and same_company(lab, owner[0])], comps
    assert "A" not in {e.label for e in ex.entities}


def test_lower_case_brand_in_brackets_names_the_legal_name():
    text = ("# Northgate Mobile Communications Company PJSC (nomo) – Financial Results for Q3 2031\n\n"
            "Northgate Mobile Communications Company PJSC (“NMC” or “nomo”) announces its results for the third "
            "quarter of 2031. Revenue rose 7.5% to AED 2.40 billion in the quarter.\n\n"
            "nomo added 120,000 mobile customers in the quarter, and nomo's net profit rose 9.1% to AED 410 million.\n")
    ex = extract_text(text, "t43n2", "t43n2.txt")
    comps = _companies(ex)
    owner = [lab for lab, al in comps.items() if "nomo" in al]
    assert owner == ["Northgate Mobile Communications"], comps


def test_bracket_short_forms_skip_the_class_noun():
    text = ('Kestrow Harbour Holdings Limited (hereinafter "Kestrow" or "our Company") said. Kestrow grew.\n'
            'The board of directors of the Company (the "Board") met.\n')
    assert bracket_short_forms(text) == [("Kestrow Harbour Holdings Limited", "Kestrow")]


def test_same_company_over_case_and_legal_form():
    assert same_company("PT SINAR BIRU TEKNOLOGI Tbk", "Sinar Biru Teknologi")
    assert same_company("MARLOWE SCIENCE GROUP", "Marlowe Science Group")
    assert same_company("Northgate Mobile PJSC", "Northgate Mobile")
    assert not same_company("Northgate Mobile", "Northgate Fixed")


def test_fragment_names():
    assert fragment_name("Kestrel Cloud Limited (LSE")
    assert fragment_name("A")
    assert not fragment_name("Kestrel Cloud (UK)")
    assert not fragment_name("Kestrel")


def test_subsidiary_line_with_its_ticker_is_no_fragment_unit():
    text = ("KESTREL GROUP LIMITED\n\nThe financial results of the Company are as follows:\n\n"
            "1. The Company's revenue for the quarter ended September 30, 2031 was Rs. 2,100.5 million.\n\n"
            "2. Kestrel Cloud Limited (PSX: KCLOUD), the Company's listed subsidiary, reported revenue of Rs. 412.4 "
            "million for the quarter ended September 30, 2031.\n")
    ex = extract_text(text, "t43n3", "t43n3.txt")
    assert not [e.label for e in ex.entities if fragment_name(e.label)], [e.label for e in ex.entities]


def test_question_without_leading_pt_finds_the_company():
    idx = LabelIndex([("urn:x:sb", "Company", "PT SINAR BIRU TEKNOLOGI Tbk", True)])
    assert [h.iri for h in idx.find_in("Is Sinar Biru Teknologi affected by export controls?")] == ["urn:x:sb"]
    idx = LabelIndex([("urn:x:nm", "Company", "Northgate Mobile Communications PJSC", True)])
    assert [h.iri for h in idx.find_in("Northgate Mobile Communications Q3 2031 revenue")] == ["urn:x:nm"]
