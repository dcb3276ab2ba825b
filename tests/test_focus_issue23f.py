"""The article's company of a first-person post or letter (its writer's company, read from the
byline or signature, never the owner of a product it names), issue23f. Invented text, our own words."""
from aikg.extract.pipeline import extract_bytes
from aikg.extract.writer import writer_company

POST = """Tamsin Rua • 2nd
Head of Growth, Payments Platform at Quillmere | Mentor, Harbour Founders Club
3d • 🌐

Quarter-end at Quillmere, and here is my own take on what we reported for the three months to 30 June 2031, the first quarter of our FY32.

Revenue came in at NZ$210 million, up 14% on the NZ$184 million we did a year ago. Subscribers reached 1.2 million.

Our assistant Pip is built on Microsoft Azure OpenAI models, and we have not published how many customers use it.

Thanks to the whole Quillmere team! #Quillmere #Fintech
"""

LETTER = """Letter to our shareholders

Dear Shareholders,

In 2031 we grew our order book by 9% and our revenue reached EUR 2.4 billion. Orrin Systems now employs 8,000 people, and we expect to grow again in 2032. Our cloud products run on Google Cloud's Gemini models.

Kestrel Bank, our largest customer, renewed its contract for EUR 300 million. Kestrel Bank reported record profits, and Kestrel Bank said it will move its core ledger to our platform.

I thank our employees for their work.

Jana Novak
Chief Executive Officer, Orrin Systems plc
Prague, March 2032
"""

RELEASE = """Quillmere reports first-quarter revenue

WELLINGTON -- Quillmere said on Monday its revenue rose 14% to NZ$210 million. "We are pleased with the quarter," said Tamsin Rua, head of growth at Quillmere.
"""


def test_byline_of_a_first_person_post_names_its_company():
    assert writer_company(POST) == "Quillmere"
    assert writer_company(LETTER) == "Orrin Systems"
    assert writer_company(RELEASE) is None   # "we" only inside quotation marks: no writer


def test_first_person_post_is_about_its_writers_company_not_a_products_owner():
    ex = extract_bytes(POST.encode(), "post.txt")
    assert ex.company == "Quillmere"


def test_signed_letter_is_about_its_signers_company():
    ex = extract_bytes(LETTER.encode(), "letter.txt")
    assert ex.company == "Orrin Systems"


GAPPED = """Harvella lifts quarterly revenue 12%

LISBON -- Harvella said on Tuesday its third-quarter revenue rose 12% to EUR 400 million, and Harvella raised its full-year outlook.

Harvella reported net profit of EUR 50 million. Rivals did less well: Quenby Systems reported Q3 revenue of EUR 300 million and Ostrava Digital EUR 120 million for the quarter; those are the rivals' results.

In local currency, Harvella Power reported revenue of about S$3.9 billion and Kelby Water about GBP1.05 billion.
"""


def _typed(ex, value):
    return [f.subject.label for f in ex.facts if f.kind == "observation" and f.value == value]


def test_value_of_a_gapped_second_subject_is_not_the_first_subjects():
    """'X reported revenue of A and Y B': B is Y's, never X's nor the article's company's."""
    from decimal import Decimal
    ex = extract_bytes(GAPPED.encode(), "gapped.txt")
    assert ex.company == "Harvella"
    assert _typed(ex, Decimal("300000000")) == ["Quenby Systems"]
    assert not {"Quenby Systems", "Harvella"} & set(_typed(ex, Decimal("120000000")))
    assert not {"Harvella Power", "Harvella"} & set(_typed(ex, Decimal("1050000000")))


def test_name_before_an_amount_is_no_versioned_product():
    ex = extract_bytes(GAPPED.encode(), "gapped.txt")
    assert not any("EUR 120" in e.label for e in ex.entities)
