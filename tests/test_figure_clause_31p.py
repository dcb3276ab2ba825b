"""A figure's period read from its own clause (issue31p): a period written as its first and last
day, the first N months with or without a year, "9M 2025". Own-words articles."""
from __future__ import annotations

from datetime import date

from aikg.extract import values as v
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> dict:
    ex = extract_text(text, "doc1", "a.txt")
    return {(f.measure, f.value_text or f.change_text): f for f in ex.facts if f.kind == "observation"}


def _span(f):
    return (f.period.start, f.period.end) if f is not None and f.period is not None else None


def test_a_period_written_as_its_days_is_the_range_not_its_last_day():
    for text, span in (
        ("Sales for the quarter (April 1 to June 30, 2024) were EUR 12 million.", (date(2024, 4, 1), date(2024, 6, 30))),
        ("Billings from 1 October to 31 December 2023 came to $4.1 million.", (date(2023, 10, 1), date(2023, 12, 31))),
        ("Orders in the period November 1, 2022 - January 31, 2023 rose.", (date(2022, 11, 1), date(2023, 1, 31))),
        ("Revenue between 1 February and 15 March 2025 was low.", (date(2025, 2, 1), date(2025, 3, 15))),
    ):
        ps = [p for p in v.find_periods(text, date(2025, 6, 1)) if p.kind != "day"]
        assert ps and (ps[-1].start, ps[-1].end) == span, (text, ps)
    # a single day stays a day; a yearless pair of days is left to the fiscal-calendar readers
    assert [p.kind for p in v.find_periods("Cash was $3 million on 30 June 2024.")] == ["day"]
    assert all(p.kind == "day" for p in v.find_periods("Our year runs from 1 April to 31 March."))
    assert not any(p.kind == "range" for p in v.find_periods("The fair ran 3 March and 5 March 2025."))


def test_a_quarter_written_as_its_days_dates_the_figure_by_the_quarter():
    text = ("Halvor Instruments quarterly statement\n\nOctober 30, 2024\n\n"
            "Halvor Instruments reported net sales for the three-month period (July 1 to September 30, 2024) "
            "of USD 81.5 million.\n")
    f = _obs(text).get(("net sales", "USD 81.5 million"))
    assert _span(f) == (date(2024, 7, 1), date(2024, 9, 30)), f


def test_months_abbreviated_with_a_year():
    for text, span in (("9M 2024 revenue: EUR 40 million", (date(2024, 1, 1), date(2024, 9, 30))),
                       ("Order intake 6M25 rose", (date(2025, 1, 1), date(2025, 6, 30)))):
        ps = v.find_periods(text)
        assert ps and (ps[0].start, ps[0].end) == span, (text, ps)
    assert all(p.label != "2024-01-01/2024-09-30" for p in v.find_periods("It raised $9M 2024 was good"))


def test_the_first_nine_months_is_the_part_of_the_year_reported_on():
    text = ("Pellara Group: third-quarter 2025 results\n\nNovember 4, 2025\n\n"
            "Pellara Group reported third-quarter revenue of EUR 210 million.\n\n"
            "Operating profit for the nine months rose 8% to EUR 95 million.\n\n"
            "In the first nine months, order intake was EUR 700 million.\n")
    obs = _obs(text)
    nine = (date(2025, 1, 1), date(2025, 9, 30))
    assert _span(obs.get(("operating profit", "EUR 95 million"))) == nine, obs
    assert _span(obs.get(("order intake", "EUR 700 million"))) == nine, obs
    assert _span(obs.get(("third-quarter revenue", "EUR 210 million"))) == (date(2025, 7, 1), date(2025, 9, 30))


def test_the_first_nine_months_with_its_own_abbreviation_and_a_year_article():
    text = ("Tarnow Software annual review 2024\n\nFebruary 12, 2025\n\n"
            "Tarnow Software reported 2024 revenue of EUR 500 million.\n\n"
            "In the first nine months, its cloud revenue was EUR 120 million.\n\n"
            "For the first six months (6M 2024), licence revenue came to EUR 60 million.\n")
    obs = _obs(text)
    assert _span(obs.get(("cloud revenue", "EUR 120 million"))) == (date(2024, 1, 1), date(2024, 9, 30)), obs
    assert _span(obs.get(("licence revenue", "EUR 60 million"))) == (date(2024, 1, 1), date(2024, 6, 30)), obs


def test_months_that_are_a_duration_or_have_an_end_are_not_read_as_the_yearless_part():
    for text in ("Shares rose 20% in the six months to March.", "the first nine months of 2024",
                 "in the nine months since the merger", "the six months ended 30 June 2025"):
        assert not any(p.label in ("6M", "9M") for p in v.find_periods(text, date(2025, 7, 1))), text


# --- a figure's measure from the noun its value attaches to ---------------------------------------------

def test_an_amount_written_before_a_noun_is_that_nouns_amount():
    text = ("Corvell Metals trims outlook\n\nMarch 3, 2025\n\n"
            "Corvell Metals said net profit for 2024 fell because of weaker prices and a EUR 40 million impairment of "
            "goodwill at its rolling mill.\n\n"
            "In 2023 Corvell Metals sold new shares at a $2.5 billion valuation.\n\n"
            "Corvell's recycling push won a $1 billion vote of confidence from a state fund.\n")
    obs = _obs(text)
    assert not any(vt == "$1 billion" for _, vt in obs), obs  # a figure the clause would not type stays a claim
    assert ("goodwill impairment", "EUR 40 million") in obs, obs
    assert ("net profit", "EUR 40 million") not in obs
    assert ("valuation", "$2.5 billion") in obs, obs


def test_an_amount_is_no_count_of_people():
    text = ("Quillon Systems Ltd hiring report\n\nMay 2, 2025\n\n"
            "Quillon said cloud bookings from enterprise customers reached $40 million in 2024.\n\n"
            "At Quillon, the average starting salary for data engineers was $98,000 in 2024.\n")
    obs = _obs(text)
    measures = {m for m, _ in obs}
    assert not measures & {"data engineers", "engineers", "enterprise customers", "customers"}, obs
    assert ("cloud bookings", "$40 million") in obs, obs


def test_staff_who_use_a_tool_or_finished_a_course_are_no_headcount():
    text = ("Marrow Systems Ltd annual report\n\nJune 9, 2025\n\n"
            "Marrow Systems Ltd had 21,000 employees at the end of 2024.\n\n"
            "Its internal coding assistant is now used by about 4,000 employees.\n\n"
            "So far 1,800 engineers have completed the company's cloud certification.\n")
    obs = _obs(text)
    counts = {vt for (m, vt) in obs if m in ("employees", "engineers")}
    assert "21,000" in counts, obs
    assert not counts & {"about 4,000", "1,800"}, obs


# --- a figure a third party states in the present tense ----------------------------------------------

def test_a_brokers_or_analysts_present_tense_estimate_is_no_figure_of_the_company():
    text = ("Tallis Devices Ltd half-year results\n\nNovember 3, 2025\n\n"
            "Tallis Devices Ltd reported first-half revenue of $2.10 billion.\n\n"
            "A Geneva broker rates the stock 'buy' and estimates full-year revenue of $4.45 billion.\n\n"
            "Analysts surveyed by a data firm expect rival Ostrander to post revenue of about $1.9 billion.\n\n"
            "Chief financial officer Mia Roe told analysts the company expects full-year revenue of $4.3 billion.\n")
    obs = _obs(text)
    values = {vt for _, vt in obs}
    assert "$2.10 billion" in values and "$4.3 billion" in values, obs
    assert not values & {"$4.45 billion", "about $1.9 billion"}, obs


def test_the_new_readings_leave_alone_what_they_do_not_name():
    assert all(p.label != "2025-01-01/2025-03-31" for p in v.find_periods("3M 2025 revenue rose."))  # a company's name
    text = ("Tallis Devices Ltd results\n\nNovember 3, 2025\n\n"
            "In a call with analysts, Tallis Devices Ltd expects revenue of $4.3 billion for 2026.\n\n"
            "Quarterly revenue reached a $1.2 billion record in the third quarter.\n")
    obs = _obs(text)
    assert any(vt == "$4.3 billion" for _, vt in obs), obs  # the company's own expectation, said to analysts
    assert all(m != "record" for m, _ in obs), obs
