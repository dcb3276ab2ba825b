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
    # (issue28c: "Berhad" is a legal form, dropped from the defined name like "Inc.")
    assert defined_terms(RATING) == [("Orrin Power International", ["Orrin Power"], "Group")]


def test_filing_defining_its_issuer_is_about_the_issuer_not_its_gpu_supplier():
    ex = extract_bytes(FILING.encode(), "mtc.txt")
    assert ex.company is not None and ex.company.startswith("Marvella Telecom")


def test_rating_note_is_about_the_issuer_not_its_unit():
    ex = extract_bytes(RATING.encode(), "orrin.txt")
    assert ex.company is not None and ex.company.startswith("Orrin Power")


def test_short_form_shared_with_a_joint_venture_keeps_the_company():
    ex = extract_bytes(FOUNDRY.encode(), "halden.txt")
    assert ex.company == "Halden Semiconductor"


EXPO = """Show notes: BrightWafer draws the crowds at the chip fair

By a staff writer, Seoul, 2 June 2031

The queue in the main hall was for a server on the stand of BrightWafer, the Seoul-based start-up whose inference chip was the talk of the show floor. A note in the show report said the stand was the busiest.

Bright was showing an eight-card server, and the company claims 500 TFLOPS per card. Its first chip was made by Samsung on an older process. Co-founder Min Seo, a former Samsung engineer, said the company expects to ship several thousand cards.

Bright's 2030 revenue was KRW 6 billion, with an operating loss of KRW 60 billion. Samsung makes the chips of BrightWafer and of two rivals, and Samsung showed its own memory at the fair.

Chips on show: BrightWafer, 5 nm, 180 W; Samsung, 4 nm, 200 W.
"""


def test_sentence_case_kicker_before_the_headline_subject():
    ex = extract_bytes(EXPO.encode(), "expo.txt")
    assert ex.company == "BrightWafer"


def test_paragraph_opening_with_a_space_opens_a_clause():
    from aikg.extract.salience import clause_subjects
    body = "A report from the fair.\n Kelvo was showing a server.\n Kelvo is still a start-up."
    assert clause_subjects(body)["Kelvo"] == 2


PROFILE = """PROFILE | The banker from Porto who now runs Harvella

Ana Lind took the keys at the country's largest payments group on 1 March 2031. Three months in, she is keeping her predecessor's branch plan.

By a staff writer, Lisbon

Ana Lind does not like long speeches. At her first meeting with the top managers of Harvella, the new chief executive spent five minutes on herself and forty on the group's debt. Before joining Harvella she ran a regional investment fund.

For 2030 the group reported revenue of EUR 2,100 million, up 4%. The group bought Quenby Pay, an Indian messaging company, in 2029; Quenby Pay's revenue of EUR 300 million is now part of the international segment. Quenby Pay Limited is listed in Mumbai, and Quenby Pay's founders stayed on. The group has 9,000 staff, and the board of Harvella backed the choice.
"""


def test_profile_headline_ending_with_the_company_its_person_runs():
    ex = extract_bytes(PROFILE.encode(), "harvella.txt")
    assert ex.company == "Harvella"
