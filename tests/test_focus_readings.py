"""The article's company as one scored decision: the headline and lead give readings (evidence
records of focus_score.EVIDENCE), none deciding alone. Invented text, our own words."""
from aikg.extract.focus import focus_company, results_owner, structural_readings
from aikg.extract.focus_score import EVIDENCE

KNOWN = {"Microsoft": "Microsoft", "Nvidia": "Nvidia", "NVIDIA": "Nvidia"}.get


def test_each_structural_reading_is_an_evidence_record():
    names = {e.name for e in EVIDENCE}
    top = ["Microsoft picks Dorrance for its AI switches",
           "SEATTLE, May 12, 2026 -- Microsoft will buy optical switches from Dorrance for its new data centres, the Denver company said on Tuesday."]
    readings = structural_readings(top, " ".join(top), KNOWN)
    assert readings and all(r.rule in names for r in readings)
    assert "structural-reading" not in names  # no single rules' verdict any more


def test_a_known_customer_in_headline_and_lead_loses_to_the_company_that_reports():
    top = ["Microsoft picks Dorrance for its AI switches",
           "SEATTLE, May 12, 2026 -- Microsoft will buy optical switches from Dorrance for its new data centres, the Denver company said on Tuesday."]
    body = "\n\n".join(top + [
        "Dorrance said the contract is worth $1 billion. Dorrance reported revenue of $300 million, up 40%.",
        "Dorrance raised its forecast to $1.4 billion. Dorrance expects capital spending of $90 million."])
    f = focus_company(top, body, KNOWN)
    assert f is not None and f.label == "Dorrance"


def test_results_owner_is_no_title_case_run_on_nor_a_pronoun():
    assert results_owner(["Brevik Announces Financial Results for Third Quarter"], lambda n: None,
                         body="Brevik Announces Financial Results for Third Quarter. Brevik reported revenue.") is None
    assert results_owner(["Its first-half results beat the plan, the company said."], lambda n: None, body="x") is None
    f = results_owner(["Operator: welcome to the Brevik third quarter 2026 earnings conference call. Please go ahead now."],
                      lambda n: None, body="Brevik")
    assert f is not None and f.label == "Brevik"


LETTER = """A letter from the coast: who is building Portugal's AI compute

Hi all. Lisbon decided last year that the country needed its own GPU halls. Lisbon has since signed three land deals, and Lisbon wants the first hall running by 2027. Lisbon pays half of the power bill, and Lisbon expects the rest from the grid. Lisbon's plan is bold; Lisbon's budget is not.

Harrow, a Lisbon-based start-up, runs the first of them. Harrow said revenue rose to 40 million euros. Harrow has 120 staff.
"""


def test_a_city_the_text_keeps_as_subject_is_no_company():
    from aikg.extract.focus_score import place_names
    from aikg.extract.pipeline import extract_bytes
    assert place_names(LETTER) == {"Lisbon"}
    assert extract_bytes(LETTER.encode(), "letter.txt").company == "Harrow"
