"""A markdown heading mark before a capitals letterhead is markup, never part of the company's name
(focus._MARKS): "# ACME ... A.Ş." names ACME ... A.Ş., as "**ACME LIMITED**" does."""
from aikg.extract.pipeline import extract_text

BODY = ("\n\nPublic Disclosure Platform | Date: 3 March 2027\n\n"
        "Our Company's consolidated net sales reached 1.204,5 milyon TL in 2026, the Board announced.\n"
        "The Company will pay a dividend in May.\n")


def test_a_heading_mark_is_not_part_of_the_letterhead_name():
    ex = extract_text("# VORTELLA KABLO SANAYİ VE TİCARET A.Ş." + BODY, "d1", "d1.md")
    assert ex.company and not ex.company.startswith("#")
    assert "VORTELLA" in ex.company.upper()


def test_a_heading_mark_with_bold_still_reads():
    ex = extract_text("# **VORTELLA KABLO SANAYİ VE TİCARET A.Ş.**" + BODY, "d2", "d2.md")
    assert ex.company and not ex.company.startswith(("#", "*"))


def test_a_capitals_name_with_a_mixed_case_form_is_no_own_case_letterhead():
    # "# NAME S.p.A." over a text that writes the name in its own case: the company is the name as the text writes it
    text = ("# ORSOLINA PRESSE S.p.A.\n## Board approves the nine-month report\n\n"
            "Vicenza, 11 November 2026 - The Board of Directors of Orsolina Presse S.p.A. approved the results.\n"
            "Orsolina Presse reported revenue of EUR 412.5 million for the nine months, the Company said.\n"
            "The Company confirmed its outlook.\n")
    assert extract_text(text, "d3", "d3.md").company == "Orsolina Presse"
