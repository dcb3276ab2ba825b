"""Issue 38a: answering terse analyst questions from what the graph holds. Shorthand is read as
its words (shorthand.SHORTHAND: "rev", "opex", "GM", "yoy"); a ticker names the company a document
brackets it after (ticker_asked.TICKER_ASKED); a part of a year asked without its year is of the
latest year, and another part or span is not it (asked_span.PART_WITHOUT_YEAR); a sentence opening
"A year earlier," is the earlier year's (year_earlier_asked.OPENS_YEAR_EARLIER); a named peer's
figure is not the company's (narrowing.PEER_FIGURE); cash is a measure; a 13-week quarter asked by
its end fits its fiscal label (period_fit._weeks_months); the period of an event a question is timed
by is not the period asked (question.EVENT_PERIOD); an annualised value is not a period's revenue
(narrowing.ANNUALISED). The articles are written for these tests."""
from __future__ import annotations

import pytest
from conftest import articles_kg

QORVEX = """# Qorvex Instruments posts higher third-quarter revenue, adds buyback

*By Lena Hartwell — November 4, 2026*

Qorvex Instruments Inc. (Nasdaq: QRVX), which makes laser alignment systems for fibre-optic assembly lines, reported
third-quarter revenue of $212.4 million on Tuesday, helped by orders from data-centre cable makers.

A year earlier, Qorvex's third-quarter revenue had been $176.9 million. For the first nine months of 2026, revenue
totalled $590.2 million.

Operating expenses for the first nine months of 2026 were $181.5 million, up 7% as the company added field engineers.
In the third quarter alone, operating expenses were $63.8 million.

Qorvex expects capital expenditure for fiscal 2026 of $40 million to $46 million. Its fiscal year is the calendar year.
Separately, the board authorized a share repurchase program of up to $120 million.

The company did not provide revenue guidance for the fourth quarter, Chief Financial Officer Dana Whitcombe said.

By comparison, Nasdaq-listed peer Halden Optics reported EBITDA of $31.2 million for the September quarter.

The company had $288 million in cash at the end of September and no debt.
"""

BRENMOOR = """SAN JOSE, Calif., April 23, 2026 -- Brenmoor Devices Corp. (NYSE: BRMD), a maker of power modules, today reported
fiscal second-quarter revenue of $845 million for the quarter ended March 28, 2026, up 6% from a year earlier.

Revenue from data-centre power shelves was $96 million in the quarter. Brenmoor said new programme wins in the quarter
were worth an estimated $210 million in annualised revenue.

Brenmoor expects capital expenditure of about $70 million for fiscal 2026, up from its earlier plan of $60 million.
The company also bought back $30 million of its shares in the quarter.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"qorvex.md": QORVEX, "brenmoor.txt": BRENMOOR})


def _ask(kg, q):
    from aikg.ask import answer
    return answer(kg, q)


def test_shorthand_is_read_as_its_words():
    from aikg.shorthand import expand
    assert expand("gannet managed security rev") == "gannet managed security revenue"
    assert expand("acme opex 2025") == "acme operating expenses 2025"
    assert expand("acme GM Q3") == "acme gross margin Q3"
    assert expand("acme op profit") == "acme operating profit"
    assert expand("acme rev yoy") == "acme revenue growth year on year"
    assert expand("acme adj EBITDA mgn") == "acme adjusted EBITDA margin"
    # a name the store knows, and a capitalised word starting a name, are kept
    assert expand("Who owns GM?", known=lambda w: w == "gm") == "Who owns GM?"
    assert expand("revenue of Rev Corp") == "revenue of Rev Corp"
    assert expand("acme revenue reversal") == "acme revenue reversal"


def test_a_part_asked_without_its_year():
    from aikg.asked_span import part_without_year
    assert part_without_year("marrowind Q3 rev?") == "q3"
    assert part_without_year("MWND opex 9M?") == "9m"
    assert part_without_year("valtorre GM% H1?") == "h1"
    assert part_without_year("acme revenue in the second half") == "h2"
    assert part_without_year("acme Q3 FY26 revenue") == ""
    assert part_without_year("acme q3 2025 revenue") == ""


def test_an_event_period_is_not_the_period_asked():
    from aikg.period_fit import fiscal_parts
    assert fiscal_parts("After the Q3 update, how much capex does Plexus plan for fiscal 2026?") == set()
    assert fiscal_parts("What revenue did Plexus report in its Q3 results?") == {"q3"}


def test_a_thirteen_week_quarter_is_three_months():
    from datetime import date
    from aikg.period_fit import _weeks_months
    assert _weeks_months(date(2025, 12, 29), date(2026, 3, 28)) == 3
    assert _weeks_months(date(2026, 1, 1), date(2026, 6, 30)) == 6


def test_a_ticker_names_its_company_and_nine_months_are_asked(kg):
    a = _ask(kg, "QRVX opex 9M?")
    assert a.status == "answered" and "181.5" in a.answer and "63.8" not in a.answer


def test_a_quarter_without_year_is_the_latest_and_not_the_year_earlier(kg):
    a = _ask(kg, "qorvex Q3 rev?")
    assert a.status == "answered" and "212.4" in a.answer
    assert "176.9" not in a.answer and "590.2" not in a.answer


def test_another_quarter_asked_is_not_answered(kg):
    assert _ask(kg, "qorvex Q4 rev?").status == "no_answer"


def test_a_peers_figure_is_not_the_companys(kg):
    a = _ask(kg, "qorvex EBITDA Q3?")
    assert a.status == "no_answer" and "31.2" not in a.answer


def test_cash_is_asked_as_a_measure(kg):
    a = _ask(kg, "qorvex cash end of Q3")
    assert a.status == "answered" and "288" in a.answer


def test_a_fiscal_quarter_asked_by_its_thirteen_week_end(kg):
    a = _ask(kg, "What revenue did Brenmoor report for fiscal Q2 2026 (quarter ended March 28, 2026)?")
    assert a.status == "answered" and "845" in a.answer and "210" not in a.answer
    assert "96 million" not in a.answer   # a part of the revenue asked (narrowing.PART_OF_MEASURE)


def test_an_update_timing_the_question_is_not_its_period(kg):
    a = _ask(kg, "After the Q2 update, how much capex does Brenmoor plan for fiscal 2026?")
    assert a.status == "answered" and a.basis == "fact" and "70" in a.answer
    assert "30 million" not in a.answer and "60 million" not in a.answer


def test_a_fragment_naming_a_company_is_read_as_a_question(kg):
    a = _ask(kg, "qorvex cfo")
    assert a.status == "answered" and "Dana Whitcombe" in a.answer
    assert _ask(kg, "Qorvex purple elephants").status == "not_understood"
