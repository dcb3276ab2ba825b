"""The article's company named in full once and then by its first word (rule short-form in
focus_score.short_forms): one candidate with the evidence of both forms, never its GPU supplier.
Invented text, our own words."""
from aikg.extract.focus_score import short_forms
from aikg.extract.pipeline import extract_bytes

NEWSLETTER = """THE COLD AISLE - a letter about who rents out GPUs
Issue 12: "Five questions for the north's GPU landlord"

Hi all. Kestrow Networks is the hosting company everyone asks me about. For years it sold web space; then the government decided the country needed its own AI compute, and suddenly Kestrow was a national champion.

Quick numbers. Kestrow has two reporting segments, and net sales rose 40% to 30 billion yen last year. Kestrow says it will spend 90 billion yen on GPU servers over five years. Most of it goes on Nvidia H100 servers, and Nvidia B200 systems arrive next year.

My take: Kestrow has become a GPU logistics company, and Kestrow's profit now depends on when Nvidia ships.
"""


def test_first_word_after_full_name_is_the_full_name():
    full = short_forms({"Kestrow"}, NEWSLETTER, lambda n: None)
    assert full == {"Kestrow": "Kestrow Networks"}


def test_newsletter_company_named_by_its_first_word_is_the_focus_not_its_supplier():
    ex = extract_bytes(NEWSLETTER.encode(), "kestrow.txt")
    assert ex.company == "Kestrow Networks"


def test_acronym_after_full_name():
    text = "Take Pellow Grid Storage (PGS), a maker of flash arrays. PGS reported revenue of $1 billion. PGS said it will grow."
    assert short_forms({"PGS"}, text, lambda n: None) == {"PGS": "Pellow Grid Storage"}


def test_short_name_used_first_is_no_short_form():
    text = "Brenna launched a tool. Brenna said its Brenna Agents product grew. Brenna reported revenue."
    assert short_forms({"Brenna"}, text, lambda n: None) == {}
