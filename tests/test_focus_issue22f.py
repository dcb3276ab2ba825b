"""The article's company when its defining sentence quotes the article with the class noun
(`Acme Telecom Company ("acme" or "the Company")`, `... ("Orrin Power" or "the group")`), and when
its own short form is a word of its joint venture's name (issue22f). Invented text, our own words."""
from aikg.extract.focus_score import defined_terms
from aikg.extract.pipeline import extract_bytes

FILING = """MARVELLA TELECOM COMPANY (mtc group)
ANNUAL REPORT 2031 - EXCERPT

Ownership

Marvella Telecom Company ("mtc" or "the Company") is a joint stock company listed on the local exchange. The state fund is the largest shareholder with 60.0% of the share capital.

Financial results

Consolidated revenue amounted to 40.10 billion riyals, up 2.0%. Net profit rose to 9.20 billion riyals. The Company's capex was 6.0 billion riyals, and mtc trains its own Arabic models on Nvidia Blackwell GPU clusters it rents in two data centres. Nvidia supplies the GPUs; Nvidia reported its own revenue of $50 billion in the quarter, and Nvidia said demand was strong.
"""

RATING = """RATING NOTE

Issuer: Orrin Power International Berhad

Kuala Lumpur - A rating agency affirmed the ratings of Orrin Power International Berhad ("Orrin Power" or "the group") and revised the outlook to negative after a weaker year.

Orrin Power reports four segments. Its water unit Kelby Water earned GBP 1.1 billion of revenue and Kelby Water's profit fell; Kelby Water's regulator cut tariffs. Orrin Power's debt rose to RM 40 billion.
"""

FOUNDRY = """HALDEN SEMICONDUCTOR: A QUARTER IN REVIEW

Halden Semiconductor reported third-quarter revenue of $400 million, up 7%, and Halden Semiconductor said it expects $440 million in the fourth quarter. Halden said its photonics lines are full.

In Japan it operates through Halden Partners Semiconductor Co. (HPSCo), in which it owns 51%. Halden's capex was $120 million in the quarter, and Halden reported a net profit of $50 million.
"""


def test_defined_term_with_the_article_inside_the_quotes():
    assert defined_terms(FILING) == [("Marvella Telecom Company", ["mtc"], "Company")]
    assert defined_terms(RATING) == [("Orrin Power International Berhad", ["Orrin Power"], "Group")]


def test_filing_defining_its_issuer_is_about_the_issuer_not_its_gpu_supplier():
    ex = extract_bytes(FILING.encode(), "mtc.txt")
    assert ex.company is not None and ex.company.startswith("Marvella Telecom")


def test_rating_note_is_about_the_issuer_not_its_unit():
    ex = extract_bytes(RATING.encode(), "orrin.txt")
    assert ex.company is not None and ex.company.startswith("Orrin Power")


def test_short_form_shared_with_a_joint_venture_keeps_the_company():
    ex = extract_bytes(FOUNDRY.encode(), "halden.txt")
    assert ex.company == "Halden Semiconductor"
