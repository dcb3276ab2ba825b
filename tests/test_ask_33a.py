"""The asked company, the asked period, or "not stated" (issue 12, brief 33a): a whole year asked is
not answered by a quarter's figure; a figure with no period is not the figure of a period its
document does not speak of; a firm named as the setter of a price target is an attribution, not
the subject; a disclosure gap of the very thing asked beats claims about other figures; a company
the graph does not know gets no other company's figure. The articles are written for this test,
in shapes the probe sets do not have (a Portuguese-style quarterly note, a broker's flash in
bullet form, an investor Q&A transcript)."""
from __future__ import annotations

import pytest

from conftest import articles_kg

# a quarterly release: the quarter's revenue only, the year's never stated
QUARTER = """Calvera Logistica reports its third quarter

LISBON, 28 October 2025 - Calvera Logistica reported revenue of EUR 212.4 million for the third quarter of 2025, up 8.1% year on year.

Calvera Logistica's operating profit for the third quarter of 2025 was EUR 31.0 million.
"""

# a broker's flash in bullets: a target price whose setter is only in the masthead
FLASH = """Tessaro Research | Equity flash | 2 December 2025

Norvane Instruments: raising our view

- We raise our 12-month target price for Norvane Instruments to USD 61 from USD 54.
- Norvane Instruments reported quarterly revenue of USD 140 million.
"""

# an investor Q&A: a forecast the company will not give, beside forecasts it does give
QANDA = """Ostrel Machines investor Q&A, November 2025

Q. Will you give a forecast for bookings?
A. (Hale) Ostrel Machines does not disclose a bookings forecast for FY2026, as orders are lumpy.

Q. What do you expect for the year?
A. (Hale) Ostrel Machines forecasts net sales of JPY 88.0 billion for FY2026 and an annual dividend of JPY 120 per share.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"calvera.txt": QUARTER, "tessaro.txt": FLASH, "ostrel.txt": QANDA})


# --- the asked span: a relation between the asked span and the row's


def test_asked_span_reads_the_span_asked():
    from aikg.asked_span import asked_span
    assert asked_span("What was Orlo's revenue for the full fiscal year 2026?") == "year"
    assert asked_span("Keel FY27 net profit?") == "year"
    assert asked_span("What was Keel's revenue in 2025?") == "year"
    assert asked_span("What was Keel's revenue in the third quarter of 2025?") == "part"
    assert asked_span("Keel EBIT in the first nine months of 2026?") == "part"
    assert asked_span("What was Keel's backlog at the end of 2025?") == "point"
    assert asked_span("What does Keel make?") == ""


def test_a_part_never_answers_a_year_nor_a_year_a_part():
    from aikg.asked_span import in_asked_span, span_fits
    q3 = _row(periodStart="2025-07-01", periodEnd="2025-09-30", periodLabel="Q3 2025")
    fy = _row(periodStart="2025-01-01", periodEnd="2025-12-31", periodLabel="2025")
    day = _row(periodStart="2025-09-30", periodEnd="2025-09-30", periodLabel="2025-09-30")
    assert not span_fits("year", q3) and span_fits("year", fy) and span_fits("year", day)
    assert span_fits("part", q3) and not span_fits("part", fy)
    assert in_asked_span("What was Keel's revenue in 2025?", [q3, fy]) == [fy]
    # a level asked (a stock, a count) is not narrowed by the span its sentence was dated in
    assert in_asked_span("What was Keel's order backlog in 2025?", [q3]) == [q3]
    assert in_asked_span("How many stores did Keel run in 2025?", [q3]) == [q3]


def test_a_full_year_asked_is_not_the_quarter(kg):
    for asked in ("What was Calvera Logistica's revenue in 2025?", "Calvera Logistica revenue for the full fiscal year 2025?"):
        a = kg.ask(asked)
        assert a.status == "no_answer" and "212.4" not in a.answer, (asked, a.answer)
    q = kg.ask("What was Calvera Logistica's revenue in the third quarter of 2025?")
    assert q.status == "answered" and "212.4" in q.answer, q.answer


# --- a firm named as the setter of the view asked


def test_view_setters_are_read_from_the_question():
    from aikg.attribution import other_setter, view_setters
    assert view_setters("What price target does Tessaro Research have on Norvane?", ["Tessaro Research"]) == ["Tessaro Research"]
    assert view_setters("What's Tessaro's target price for Norvane shares?", ["Tessaro"]) == ["Tessaro"]
    assert view_setters("What rating did Norvane get, according to Tessaro?", ["Tessaro"]) == ["Tessaro"]
    # no view asked: a name is the subject
    assert view_setters("What was Tessaro's revenue in 2025?", ["Tessaro"]) == []
    assert other_setter([{"setByLabel": _lit("Pellam Securities")}], "Tessaro")
    assert not other_setter([{}], "Tessaro")


def _row(**kw):
    import pyoxigraph as ox
    return {k: ox.Literal(v) for k, v in kw.items()}


def _lit(text):
    import pyoxigraph as ox
    return ox.Literal(text)


def test_the_subjects_target_answers_with_its_setter_noted(kg):
    a = kg.ask("What price target does Tessaro Research have on Norvane Instruments?")
    assert a.status == "answered" and "61" in a.answer, a.answer
    # a firm the documents never name sets no target there
    b = kg.ask("What price target does Brannick Capital have on Norvane Instruments?")
    assert b.status != "answered" or "61" not in b.answer, b.answer


# --- a disclosure gap of the very thing asked


def test_gap_object_is_cut_at_the_clause_boundary():
    from aikg.gap_asked import gap_covers, gap_object
    assert gap_object("a bookings forecast for FY2026, as orders are lumpy") == {"booking", "forecast"}
    assert gap_covers("What bookings forecast has Ostrel given for FY2026?", "a bookings forecast for FY2026, as orders are lumpy")
    assert not gap_covers("What net sales forecast has Ostrel given?", "a bookings forecast for FY2026")


def test_a_gap_of_the_thing_asked_beats_other_forecasts(kg):
    a = kg.ask("What bookings forecast has Ostrel Machines given for FY2026?")
    assert a.status == "no_answer" and "88.0" not in a.answer and "120" not in a.answer, a.answer
    b = kg.ask("What net sales does Ostrel Machines forecast for FY2026?")
    assert b.status == "answered" and "88" in b.answer, b.answer


# --- a company the graph does not know gets no other company's figure


def test_rows_must_name_the_company_asked():
    import pyoxigraph as ox
    from aikg.subject_asked import asks_across, row_named
    assert asks_across("Which companies reported revenue above EUR 100 million?")
    assert not asks_across("What was brisvale's operating profit?")
    row = {"subjectLabel": ox.Literal("Calvera Logistica"), "measure": ox.Literal("operating profit")}
    assert row_named("What was calveras operating profit?", row)
    assert not row_named("What was brisvale's operating profit?", row)
    # a subject labelled with measure or period words names no company
    assert not row_named("What guidance did brisvale confirm for Q4?",
                         {"subjectLabel": ox.Literal("Company guidance for Q4"), "measure": ox.Literal("revenue outlook")})


def test_an_unknown_lower_case_company_gets_no_other_figure(kg):
    a = kg.ask("What was brisvale's operating profit for the third quarter of 2025?")
    assert "31.0" not in a.answer, a.answer


def test_the_subject_slot_is_read_without_capitals():
    from aikg.subject_asked import asked_subject
    assert asked_subject("What guidance did brisvale confirm for 2026?") == "brisvale"
    assert asked_subject("What was brisvales net income for the nine months?") == "brisvale"
    assert asked_subject("what is brisvale's order backlog?") == "brisvale"
    # a question naming its fact by an amount, or a measure alone, puts no company in the slot
    assert asked_subject("On what date was the EUR 40 million plan announced?") == ""
    assert asked_subject("What were sales in 2025?") == ""
    # a word the graph or the saved queries know is no unresolved company
    assert asked_subject("What did calvera report?", known=lambda w: w == "calvera") == ""


def test_a_figure_of_no_period_is_shown_as_such():
    import pyoxigraph as ox
    from aikg.answer_text import render_row
    row = {"subjectLabel": ox.Literal("Keel"), "measure": ox.Literal("revenue"), "value": ox.Literal("5"), "unit": ox.Literal("EUR")}
    assert "period not stated" not in render_row("figures", row)
    assert render_row("figures", dict(row, periodUnstated=ox.Literal("true"))).endswith("(period not stated)")
