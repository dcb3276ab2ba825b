"""The article's company in a slide deck and a committee digest, a field label that is no company,
and a domain-style name (issue26c). Invented text, our own words."""
from aikg.extract.pipeline import extract_bytes
from aikg.linking import LabelIndex
from rdflib import Literal


DECK = """[Text extracted from PDF: KORVALE Co., Ltd. - IR Day 2031 - 3 June 2031]

--- Slide 1 ---
KORVALE IR Day 2031
Growing with AI servers
Aiko Sato, President & CEO

--- Slide 2 ---
FY2030 results recap
- Net sales 512.4bn yen (FY2029: 480.1bn yen)
- Operating income 61.0bn yen (FY2029: 55.2bn yen)

--- Slide 3 ---
Customers
- Key customers (publicly known): Nvidia, Intel
- Nvidia GPU packages now need 24 layers
- Nvidia accounted for the largest share of substrate shipments

--- Slide 4 ---
Market position
- High-end substrate share: KORVALE about 35%
- Nvidia and AMD qualified the new line

--- Slide 5 ---
Outlook
- KORVALE expects operating income of 70.0bn yen for FY2031
"""

DIGEST = """SUMMARY RECORD OF EVIDENCE (unofficial digest)
Select Committee on Digital Affairs
Sitting of 9 April 2031

Members present: the Chair and 11 Members.
Witnesses: Department of Digital Services - the Permanent Secretary. Tervalo Labs - Dr Mira Okafor, co-founder.

1. Opening by the Department
1.1 The Permanent Secretary said the programme had bought more than 20,000 Nvidia GPUs.

2. Evidence of Tervalo Labs
2.1 Dr Okafor stated that Tervalo Labs was founded in 2028 and employs about 150 people.
2.2 Tervalo Labs will train a model on Nvidia H200 GPUs supplied by Nvidia through a cloud partner.
2.3 In reply to Members, the company stated that its revenue for 2030 was EUR 8.1 million.

3. Points raised by Members
3.1 Members asked whether Tervalo Labs would release its weights. Nvidia was named again as the supplier.
3.2 The witnesses said Tervalo Labs would publish the weights.
"""


def test_an_investor_day_deck_is_its_issuers_not_its_customers():
    ex = extract_bytes(DECK.encode(), "korvale_ir_day.txt")
    assert ex.company == "Korvale"  # the deck's title names it; its bullets name a customer most


def test_a_committee_digests_members_are_no_company():
    # (the company its numbered headings name was rule heading-company: dropped, one source only)
    ex = extract_bytes(DIGEST.encode(), "digest.txt")
    assert ex.company != "Members"
    assert not any(e.label == "Members" and e.kind == "Company" for e in ex.entities)


def test_a_header_word_before_a_colon_is_a_field_label():
    from aikg.extract.discover import field_labels
    texts = ["Members present: the Chair and 11 Members.", "In reply to Members, the company said so.",
             "Witnesses: Tervalo Labs.", "The witnesses agreed.", "Brill: the rival's numbers."]
    labels = field_labels(texts)
    assert {"Members", "Witnesses"} <= labels
    assert "Brill" not in labels  # a lone word the text never writes in lower case may be a company


def test_a_domain_style_name_is_its_bare_name():
    idx = LabelIndex([("urn:x:k", "Company", "Kestrova", True), ("urn:x:f", "Product", "Firmlo.cz", True)])
    hits = idx.find_in("What revenue growth does Kestrova.cz expect for 2031?")
    assert [h.iri for h in hits] == ["urn:x:k"]
    assert idx.lookup("Kestrova.cz").iri == "urn:x:k"
    assert idx.lookup("Firmlo").iri == "urn:x:f"


def test_another_fiscal_year_than_the_one_asked():
    from aikg.period_fit import other_fiscal_year
    row = {"periodLabel": Literal("FY2030")}
    assert other_fiscal_year("What was Tervalo's revenue for FY2030-31?", row)
    assert not other_fiscal_year("What was Tervalo's revenue for FY2029-30?", row)
    assert not other_fiscal_year("What was Tervalo's revenue?", row)
