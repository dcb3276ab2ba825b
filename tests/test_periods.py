"""Period resolution with document context (extract/periods.py): own-words articles."""
from __future__ import annotations

from datetime import date

from aikg.extract import periods as P
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> dict:
    ex = extract_text(text, "doc1", "a.txt")
    return {(f.subject.label, f.measure, f.value_text): f.period for f in ex.facts if f.kind == "observation"}


def _one(obs: dict, value_text: str):
    hits = [p for (s, m, vt), p in obs.items() if vt == value_text]
    assert len(hits) == 1, obs
    return hits[0]


def test_every_rule_has_two_sourced_examples():
    for rule in (*P.RULES, *P.CARRY_RULES, P.DATELINE_RULE):
        assert len(rule.examples) >= 2 and len({e.split(":")[0] for e in rule.examples}) >= 2, rule.name


def test_calendar_from_dated_fiscal_part():
    dctx = P.document_context(["Zentrix today reported results for its fiscal 2027 third quarter, "
                               "the quarter ended October 31, 2026."], date(2026, 11, 20))
    assert dctx.calendar == P.FiscalCalendar(end_month=1, shift=0)


def test_calendar_from_began_statement():
    dctx = P.document_context(["Spending will rise in fiscal 2027, which began on July 1."], date(2026, 8, 3))
    assert dctx.calendar == P.FiscalCalendar(end_month=6, shift=0)


def test_bare_quarter_in_a_fiscal_article_is_the_fiscal_quarter():
    text = ("Zentrix Reports Fiscal 2027 Third Quarter Results\n\n"
            "AUSTIN, November 20, 2026 -- Zentrix Inc. today reported results for its fiscal 2027 third quarter, "
            "the quarter ended October 31, 2026. Revenue was $4.1 billion, up 12% year over year.\n\n"
            "Fourth-quarter revenue is expected to be between $4.3 billion and $4.5 billion.\n")
    obs = _obs(text)
    rev = _one(obs, "$4.1 billion")
    assert (rev.start, rev.end) == (date(2026, 8, 1), date(2026, 10, 31))
    guide = _one(obs, "between $4.3 billion and $4.5 billion")
    assert (guide.start, guide.end) == (date(2026, 11, 1), date(2027, 1, 31))  # not calendar Q4 2026


def test_half_of_fiscal_year_dates_the_bare_half_and_its_list():
    text = ("Harbor Systems (HSY): first half fine\n\n"
            "Harbor Systems reported first-half fiscal 2026 results (six months ended September 30, 2026) and raised "
            "its full-year forecast. Sales for the half were JPY 800 billion, up 5% year on year. The company lifted "
            "its full-year operating profit guidance to JPY 95 billion.\n\n"
            "Divisions (first half, fiscal 2026)\n"
            "- Networks: JPY 300 billion, up 4%\n"
            "- Devices: JPY 500 billion, up 6%\n")
    obs = _obs(text)
    half = _one(obs, "JPY 800 billion")
    assert (half.start, half.end) == (date(2026, 4, 1), date(2026, 9, 30))
    fy = _one(obs, "JPY 95 billion")
    assert fy.label == "FY2026" and fy.end == date(2027, 3, 31)
    line = _one(obs, "JPY 300 billion")
    assert line is not None and (line.start, line.end) == (date(2026, 4, 1), date(2026, 9, 30))


def test_outlook_in_a_later_clause_takes_the_sentence_year():
    text = ("Coral Telecom results\n\n"
            "SYDNEY, August 14, 2026 -- Coral Telecom reported full-year revenue of A$9.0 billion for fiscal 2026. "
            "The company guided to FY27 underlying EBITDA of A$3.1 billion, and said capital expenditure would be "
            "about A$1.4 billion.\n")
    assert _one(_obs(text), "about A$1.4 billion").label == "FY2027"


def test_market_value_takes_the_day_of_its_sentence_or_the_article():
    text = ("Lumen Soft results\n\n"
            "PUNE, May 8 (Wire) - Lumen Soft reported revenue of Rs 900 crore for the quarter ended March 31, 2026. "
            "Its shares closed at Rs 512.30 on Tuesday, giving the company a market value of about Rs 9,100 crore.\n\n"
            "Shares of rival Korvo rose 2% to Rs 88.10.\n")
    obs = _obs(text)
    assert _one(obs, "about Rs 9,100 crore").end == date(2026, 5, 5)  # the dateline's year from the quarter ended
    assert _one(obs, "Rs 88.10").end == date(2026, 5, 8)


def test_planned_figure_is_not_the_reported_half():
    text = ("Orbit Group results\n\n"
            "LONDON, November 3, 2026 -- Orbit Group reported results for the six months ended September 30, 2026. "
            "Revenue was £2.0 billion, up 3%.\n\n"
            "Orbit expects capital expenditure of £400 million in 2027. Research spending is planned at £90 million.\n")
    assert _one(_obs(text), "£90 million").label == "2027"


def test_lead_period_kept_when_the_expectation_comes_after():
    text = ("Kestrel note\n\n"
            "Kestrel Corp reported third-quarter 2026 results ahead of expectations and lifted its full-year forecast. "
            "Revenue was $700 million, up 9%.\n")
    assert _one(_obs(text), "$700 million").label == "Q3 2026"


def test_prior_year_comparison_with_a_thousands_comma_does_not_date_the_figure():
    text = ("Varuna Infotech Q2 FY27 results\n\n"
            "Varuna Infotech on Monday reported results for the second quarter of fiscal 2027, the quarter ended "
            "September 30, 2026. Net profit rose 6% to ₹2,410 crore.\n\n"
            "Revenue from operations rose 4.2% to ₹18,220 crore, compared with ₹17,486 crore in the same quarter last year.\n")
    p = _one(_obs(text), "₹18,220 crore")
    assert p is not None and (p.start, p.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert p.label == "Q2 FY2027"  # the fiscal label is kept next to the dates


def test_a_rate_per_year_is_not_the_quarter_reported_on():
    text = ("Nordlys Chips note\n\n"
            "Nordlys Chips reported third-quarter 2026 revenue of €1.2 billion, up 5% from a year earlier.\n\n"
            "The company's capital expenditure is modest, around €80 million a year.\n")
    assert _one(_obs(text), "around €80 million") is None


def test_fiscal_q_label_with_year_is_the_fiscal_quarter_its_apposition_dates():
    text = ("Quillon Semiconductor note\n\n"
            "Quillon Semiconductor reported fiscal Q3 2027 results (quarter ended December 31, 2026) ahead of our "
            "forecasts. Total revenue was USD 2.05 billion, up 18% year on year.\n")
    p = _one(_obs(text), "USD 2.05 billion")
    assert (p.label, p.start, p.end) == ("Q3 FY2027", date(2026, 10, 1), date(2026, 12, 31))


def test_financial_year_ended_with_its_label_is_the_reported_year():
    text = ("Wattle Networks results\n\n"
            "PERTH, Aug 20 (Wire) - Wattle Networks Ltd posted higher earnings.\n\n"
            "For the financial year ended June 30, 2026 (FY26), Wattle reported revenue of A$4.4 billion, up 2%. "
            "Net profit rose 9% to A$610 million. The company guided to FY27 EBITDA of A$1.5 billion.\n\n"
            "Its shares closed 0.7% higher at A$6.12.\n")
    obs = _obs(text)
    profit = _one(obs, "A$610 million")
    assert (profit.label, profit.start, profit.end) == ("FY2026", date(2025, 7, 1), date(2026, 6, 30))
    assert _one(obs, "A$1.5 billion").end == date(2027, 6, 30)
    assert _one(obs, "A$6.12").end == date(2026, 8, 20)


def test_a_heading_and_year_to_date_date_their_lists_and_figures():
    text = ("Brightwave results\n\n"
            "LONDON, 5 November 2026 - Brightwave plc reported third-quarter 2026 revenue of £1.1 billion, up 6%.\n\n"
            "Year to date by division (nine months ended September 30, 2026)\n"
            "- Cloud: £900 million, up 8%\n"
            "- Devices: £2.1 billion, up 2%\n\n"
            "Chief executive Ann Holt said the quarter was strong.\n"
            "Year-to-date revenue rose 5% to £3.0 billion.\n")
    obs = _obs(text)
    for value in ("£900 million", "£3.0 billion"):
        p = _one(obs, value)
        assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 9, 30)), value
    assert _one(obs, "£1.1 billion").label == "Q3 2026"


def test_fiscal_fourth_quarter_of_the_year_just_ended():
    text = ("Halcyon Announces Fourth Quarter and Fiscal 2026 Results\n\n"
            "SAN JOSE, November 4, 2026 -- Halcyon Inc. today announced results for its fiscal fourth quarter and "
            "fiscal year ended September 27, 2026. Revenue was $5.2 billion, up 8% year over year.\n\n"
            "Fiscal year 2026 revenue was a record $19.9 billion.\n")
    obs = _obs(text)
    q = _one(obs, "$5.2 billion")
    assert (q.start, q.end) == (date(2026, 7, 1), date(2026, 9, 30))  # not the quarter of fiscal 2027
    assert _one(obs, "$19.9 billion").label == "FY2026"


def test_ordinal_quarter_ended_sets_the_fiscal_calendar_and_dates_a_guidance_list():
    # ordinal-part-ended: "fourth quarter … for the period ended <day>" is off the calendar quarter,
    # so it sets the fiscal calendar; the headline names the fiscal year; a bulleted list under
    # "For the first quarter of fiscal 2027, X expects:" is that quarter's guidance
    text = ("Quillon Systems Reports Fourth Quarter and Fiscal Year 2026 Results\n\n"
            "DENVER, September 9, 2026 -- Quillon Systems, Inc. today reported fourth quarter and fiscal year "
            "results for the period ended August 29, 2026. Revenue was $3.2 billion, up 9% year over year. "
            "Annual recurring revenue reached $7.5 billion, up 4%.\n\n"
            "For the first quarter of fiscal 2027, Quillon expects:\n"
            "- Revenue of $3.0 billion to $3.1 billion\n"
            "- Gross margin of 61% to 62%\n")
    obs = _obs(text)
    rev = _one(obs, "$3.2 billion")
    assert (rev.label, rev.start, rev.end) == ("Q4 FY2026", date(2026, 6, 1), date(2026, 8, 31))
    arr = _one(obs, "$7.5 billion")
    assert arr.label == "Q4 FY2026"
    guide = _one(obs, "$3.0 billion to $3.1 billion")
    assert (guide.label, guide.start, guide.end) == ("Q1 FY2027", date(2026, 9, 1), date(2026, 11, 30))
    margin = _one(obs, "61% to 62%")
    assert margin.label == "Q1 FY2027"


def test_month_named_quarter_with_fiscal_label_in_brackets():
    # month-named-quarter: "the September quarter (Q2 FY27)" dates the fiscal label and sets the
    # calendar (fiscal year to March); a bare "Q2" in the headline is that fiscal quarter too
    text = ("Varunet Q2 results: profit rises to ₹2,400 crore\n\n"
            "MUMBAI, October 27, 2026 -- Varunet Communications on Monday reported a consolidated net profit of "
            "₹2,400 crore for the September quarter (Q2 FY27), up 31% from a year earlier. Revenue rose 11% to "
            "₹15,000 crore.\n\nCapital expenditure for the quarter was ₹3,100 crore.\n")
    obs = _obs(text)
    for value in ("₹2,400 crore", "₹15,000 crore", "₹3,100 crore"):
        p = _one(obs, value)
        assert (p.label, p.start, p.end) == ("Q2 FY2027", date(2026, 7, 1), date(2026, 9, 30)), value
    dctx = P.document_context(["Varunet Communications reported a net profit for the September quarter (Q2 FY27)."],
                              date(2026, 10, 27))
    assert dctx.calendar == P.FiscalCalendar(end_month=3, shift=0)


def test_calendar_quarter_ended_on_its_own_end_sets_no_fiscal_calendar():
    # "the third quarter ended September 30" is the calendar quarter: no fiscal calendar from it
    dctx = P.document_context(["Norrland Data reported results for the third quarter ended September 30, 2026."],
                              date(2026, 10, 20))
    assert dctx.calendar is None


def test_fiscal_year_ended_statement_anchors_bare_parts_and_the_year():
    # fiscal-year-ended-statement: a call held after the year end reports on the year that ended,
    # not on the fiscal year the call's date lies in
    text = ("Corvane Systems Fourth Quarter Earnings Call\n\n"
            "September 2, 2026\n\n"
            "Host: Our fiscal year runs from August 1 to July 31, so fiscal 2026 ended on July 31, 2026.\n\n"
            "CEO: Q4 was strong. Corvane Systems revenue was $812 million in the fourth quarter. "
            "For the year, Corvane Systems free cash flow was $240 million.\n")
    obs = _obs(text)
    q = _one(obs, "$812 million")
    assert (q.start, q.end) == (date(2026, 5, 1), date(2026, 7, 31)), q
    y = _one(obs, "$240 million")
    assert (y.start, y.end) == (date(2025, 8, 1), date(2026, 7, 31)), y


def test_a_fiscal_year_ending_after_the_article_does_not_close_it():
    dctx = P.document_context(["The fiscal year ends on June 30, 2027, and fiscal 2026 ended on June 30, 2026."],
                              date(2026, 9, 1))
    assert dctx.closed == date(2026, 6, 30)
    assert P._closed_by_statement("Guidance covers the fiscal year ended June 30, 2027.", date(2026, 9, 1)) is None


def test_numbered_list_lines_keep_their_heading_s_period():
    # a numbered summary under a dated heading: its item lines (and a later sentence on an item's
    # line) are dated by the heading, not by the half-year the release reports on
    text = ("KESTRAVO CORPORATION   STOCK EXCHANGE RELEASE   20 July 2026 at 8.00 EET\n\n"
            "Kestravo's half-year report for January-June 2026: Revenue grew in both divisions\n\n"
            "Espoo, Finland. Kestravo Corporation (Nasdaq Helsinki: KSTV) publishes its half-year report for "
            "January-June 2026.\n\n"
            "1. Group summary, April-June 2026\n"
            "1.1 Revenue amounted to EUR 120.5 million (EUR 110.0 million), an increase of 9.5%. Organic growth was 4%.\n"
            "1.2 Operating profit was EUR 10.2 million (EUR 8.8 million).\n")
    obs = _obs(text)
    for value in ("EUR 120.5 million", "EUR 10.2 million"):
        p = _one(obs, value)
        assert (p.start, p.end) == (date(2026, 4, 1), date(2026, 6, 30)), (value, p)
