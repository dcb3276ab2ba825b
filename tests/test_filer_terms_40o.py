"""Who owns a figure (issue40o): the filer a document defines once and then calls "the Company",
and the rival whose clause states its own figure. Invented documents, new names."""
from aikg.extract.figure_owner import clause_owner
from aikg.extract.filer_terms import class_noun_name, defined_filer, filer_label
from aikg.extract.pipeline import extract_text
from aikg.extract.signatures import signature_blocks

_COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 10-Q

For the quarterly period ended June 30, 2026

HALVERGATE OPTICS, INC.
(Exact name of registrant as specified in its charter)

Ohio (State of incorporation)

Item 2. Management's Discussion and Analysis

We build laser alignment systems. Our largest customer, Morrow Shipyards, accounted for 21% of net revenue;
Morrow Shipyards is expanding, and the Company's contract with Morrow Shipyards runs through 2030.

Net revenue for the three months ended June 30, 2026 was $64.2 million, compared with $58.8 million a year earlier.

In April, the Company had guided to full-year revenue of $240 million to $250 million. The Company now expects
full-year 2026 revenue of $255 million to $262 million.

As of June 30, 2026, we had approximately 910 full-time employees.

SIGNATURES

Date: August 6, 2026      By: /s/ Ilse Marren
                          Ilse Marren, President and Chief Executive Officer (Principal Executive Officer)
Date: August 6, 2026      By: /s/ Obi Lander
                          Obi Lander, Chief Financial Officer (Principal Financial Officer)
"""


def _ex(text):
    ex = extract_text(text, "doc-40o", "doc.txt")
    return ex, [f for f in ex.facts if f.kind == "observation"]


def test_registrant_cover_names_the_filer():
    f = defined_filer(_COVER)
    assert f is not None and f.label == "Halvergate Optics" and f.rule == "registrant-cover"
    assert defined_filer("ACME HOLDINGS\nAnnual report 2026\n") is None


def test_figures_through_the_company_go_to_the_registrant():
    ex, obs = _ex(_COVER)
    own = [o for o in obs if o.subject.label == "Halvergate Optics"]
    assert any(o.value_text == "$64.2 million" for o in own)
    assert any(o.measure == "full-time employees" and o.value == 910 for o in own)
    outlook = [o for o in own if o.measure == "revenue outlook"]
    # the superseded guidance ("had guided to") is no outlook of the company's
    assert [o.value_text for o in outlook] == ["$255 million to $262 million"]


def test_conformed_signature_gives_the_filer_its_officers():
    ex, _ = _ex(_COVER)
    roles = {(f.person.label, f.role, f.organization.label) for f in ex.facts if f.kind == "role"}
    assert ("Ilse Marren", "CEO", "Halvergate Optics") in roles
    assert ("Obi Lander", "CFO", "Halvergate Optics") in roles
    # a company before "By:" signs; a signer for a fund written with no legal form the rule knows gives nothing
    blocks = signature_blocks("QUARRELL SYSTEMS INC.  By: /s/ Obi Lander, Chief Financial Officer\n")
    assert [(b.name, b.org_text) for b in blocks] == [("Obi Lander", "QUARRELL SYSTEMS INC")]
    assert signature_blocks("Tarn Ridge Partners, LP — By: /s/ Ada Vell, Managing Partner\n") == ()


def test_the_company_is_no_node():
    text = ("Velmora Data Holdings Ltd. (\"Velmora\" or the \"Company\") announces its results.\n\n"
            "Velmora Data grew revenue 8% to EUR 120 million in 2026, the Company said.\n\n"
            "Regarding the acquisition of Quillon Analytics: The Company acquired all outstanding shares of Quillon "
            "Analytics through a tender offer for total consideration of approximately EUR 40 million.\n")
    ex, _ = _ex(text)
    assert not any(e.label == "Company" for e in ex.entities)
    inv = [f for f in ex.facts if f.kind == "investment"]
    assert inv and all(f.investor.label != "Quillon Analytics" for f in inv)
    assert class_noun_name("Company") and not class_noun_name("Company Limited")
    assert filer_label("Company guidance for Q4 FY27") and not filer_label("Group Holdings")


def test_company_guidance_label_is_the_filers():
    text = ("# Pellworth Semiconductor (PWS): model update\n\n"
            "Pellworth Semiconductor reported revenue of $210 million for the quarter.\n\n"
            "| Segment | Q3 | Q2 |\n|---|---|---|\n| Sensors | 80 | 75 |\n| Power | 130 | 120 |\n\n"
            "Company guidance for Q1 FY28: revenue of $215 million to $225 million and adjusted EPS of $0.30 to $0.34.\n")
    ex, obs = _ex(text)
    assert not any(e.label.startswith("Company guidance") for e in ex.entities)
    assert any(o.subject.label == "Pellworth Semiconductor" and o.measure == "revenue outlook" for o in obs)


def test_rival_that_says_it_owns_its_figure():
    t = "Rival Quenby told analysts in March it had crossed EUR 300 million of bookings"
    assert clause_owner(t, t.index("EUR")) == ("owner-says-it", "Quenby")
    t2 = "Chief executive Lena Moor said it has passed EUR 300 million of bookings"
    assert clause_owner(t2, t2.index("EUR")) is None
    text = ("Ostrava Cloud grows recurring revenue\n\n"
            "PRAGUE -- Ostrava Cloud said its recurring revenue rose 14% to EUR 410 million in the first half. "
            "Quenby told investors last month it has passed EUR 900 million of recurring revenue, "
            "and Brantholm says it won 30 migrations.\n")
    ex, obs = _ex(text)
    assert not any(o.subject.label == "Ostrava Cloud" and (o.value_text or "").startswith("EUR 900") for o in obs)
    assert any(o.subject.label == "Ostrava Cloud" and (o.value_text or "").startswith("EUR 410") for o in obs)


def test_peer_named_by_a_relation_noun_owns_its_figure():
    t = "By comparison, listed peer Halden Labs reported EBITDA of EUR 4.1 million for the quarter"
    assert clause_owner(t, t.index("EUR")) == ("owner-relation-noun", "Halden Labs")
    text = ("Marrowby Diagnostics quarterly update\n\n"
            "Marrowby Diagnostics reported EBITDA of EUR 6.2 million for the June quarter. By comparison, listed peer "
            "Halden Labs reported EBITDA of EUR 4.1 million for the June quarter in its own filing.\n")
    ex, obs = _ex(text)
    assert not any(o.subject.label == "Marrowby Diagnostics" and (o.value_text or "").startswith("EUR 4.1") for o in obs)


def test_a_discourse_aside_between_a_rival_and_its_verb():
    t = "Brantholm, for example, recently reported ARR of about EUR 820 million"
    assert clause_owner(t, t.index("EUR")) == ("owner-aside-verb", "Brantholm")
    t2 = "Smaller rival Quenby, by comparison, reported annual revenue of EUR 50 million"
    assert clause_owner(t2, t2.index("EUR")) == ("owner-relation-noun", "Quenby")


def test_a_months_count_question_names_its_year():
    from aikg.text_answer import _period_fits
    q = "What was Velmora's net income for 9M26?"
    assert not _period_fits(q, "Net income of the Company was Ps.70.2 million in 3T26, compared with a loss in 3T25.")
    assert _period_fits(q, "Net income for the first nine months of 2026 was Ps.180.4 million.")
