"""The article's company when the gazetteer does not know it (issue24f): a form's header field
("Company name: X Corporation"), a heading opened by a common word ("Consolidated results for …")
that names no company, and a chief executive's surname ("CEO Dana Quist" … "Quist says") that is
a person, not the company. Invented text, our own words."""
from aikg.extract.pipeline import extract_bytes
from aikg.extract.salience import person_surname

FORM = """Summary of Consolidated Financial Results for the Six Months Ended September 30, 2031 [IFRS]

November 4, 2031
Company name: Tavrenko Corporation
Stock exchange listing: Example Exchange
Representative: Ilse Moran, President

1. Consolidated results for the six months ended September 30, 2031

Revenue was 84,200 million yen, up 6.1%, and operating profit was 9,100 million yen, up 4.0%.

The Company expects demand for cloud migration projects to continue. Its consolidated subsidiary Orvel Data was merged in July.

Competitors include Brandt Digital and Lumo Works. According to a research firm, Tavrenko ranked fifth among domestic vendors.
"""

LIVE = """LIVE: Quistor Labs Q2 2031 results, revenue up 11%

10:02 Welcome to our live coverage of Quistor Labs, which sent its results for the quarter to the exchange a few minutes ago.

10:05 Headline: Quistor Labs revenue of USD 40 million for the quarter, up 11%.

10:20 The briefing has started. CEO Dana Quist is presenting. Quist says the company has hired 300 engineers.

10:31 Quist said margins held at 24%. Quist expects the second half to be stronger.

10:40 Regulation: Quist welcomes the new data rules. Quist adds that Quistor Labs will open an office in Oslo.
"""


def test_header_field_names_the_forms_company():
    ex = extract_bytes(FORM.encode(), "form.txt")
    assert ex.company == "Tavrenko"


def test_issuer_field_names_the_forms_company():
    note = FORM.replace("Company name: Tavrenko Corporation", "Issuer: Tavrenko Corporation")
    assert extract_bytes(note.encode(), "note.txt").company == "Tavrenko"


def test_a_common_word_opening_a_results_heading_is_no_company():
    ex = extract_bytes(FORM.encode(), "form.txt")
    assert ex.company != "Consolidated"


def test_surname_after_an_officer_title_is_a_person():
    assert person_surname("Quist", LIVE)
    assert not person_surname("Quistor", LIVE)


def test_chief_executives_surname_is_not_the_articles_company():
    ex = extract_bytes(LIVE.encode(), "live.txt")
    assert ex.company == "Quistor Labs"


UNIT = """Acme Orbit lifts half-year revenue

MILAN -- Italian software group Acme Orbit said on Friday its half-year revenue rose 9% to EUR 300 million.

Its Cloud Works Acme Orbit unit said it had delivered 400 AI projects. Acme Orbit expects growth to continue.
"""


def test_a_units_name_ending_in_the_companys_is_no_persons_name():
    # "Its Cloud Works Acme Orbit unit": a unit named after its parent, not a person's surname
    assert not person_surname("Orbit", UNIT.replace("Acme Orbit", "Orbit"))


def test_a_dated_day_before_the_subject_still_opens_a_clause():
    from aikg.extract.salience import clause_subjects
    text = "On 31 October Kestrova published its results. On October 29, Kestrova agreed to buy a rival."
    assert clause_subjects(text)["Kestrova"] == 2


def test_a_model_the_built_thing_runs_on_is_not_the_builders():
    text = ("Tavrel Labs results\n\nOSLO -- Tavrel Labs reported revenue of USD 50 million for the quarter.\n\n"
            "Tavrel Labs has built Fjord, a platform for agents running on Microsoft Azure OpenAI (GPT-4.1).\n")
    ex = extract_bytes(text.encode(), "t.txt")
    devs = [(f.model.label, f.developer.label) for f in ex.facts if type(f).__name__ == "DevelopedBy"]
    assert ("GPT-4.1", "Tavrel Labs") not in devs


def test_ai_revenue_asked_is_revenue_from_ai():
    # "How much AI revenue did X generate": what the revenue came from, as "revenue from AI";
    # a company's total revenue does not answer it
    from aikg.narrowing import _source_words
    words, text = _source_words("How much AI revenue did Kestrova generate in 2031?", [])
    assert words == {"ai"} and text == "AI"
