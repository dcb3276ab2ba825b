"""Fiscal calendars, headings and prior-period brackets (issue49p): invented sentences and articles."""
from datetime import date

import pyoxigraph as ox

from aikg.asked_span import asked_span
from aikg.extract import periods as P
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text
from aikg.extract.prior_year import redate
from aikg import records as r
from aikg.period_fit import split_year_asked, split_year_fits
from aikg.question import question_periods


def _resolved(sentences, published=date(2026, 8, 20)):
    dctx = P.document_context(sentences, published)
    return [P.resolve_mentions(v.find_periods(s, published), s, dctx) for s in sentences]


def test_split_year_part_is_the_fiscal_part():
    got = _resolved(["Our financial year runs from 1 October to 30 September.",
                     "Sales in Q3 2025/26 were DKK 40 million and in the first nine months of 2025/26 DKK 110 million."])[1]
    spans = {(p.start, p.end) for p in got}
    assert (date(2026, 4, 1), date(2026, 6, 30)) in spans       # not July-September 2025
    assert (date(2025, 10, 1), date(2026, 6, 30)) in spans


def test_split_year_part_without_calendar_keeps_label_only():
    got = _resolved(["Orders rose in H1 2025/26."])[0]
    assert [(p.label, p.start) for p in got] == [("H1 FY2025/26", None)]


def test_split_year_part_of_a_june_year():
    got = _resolved(["The financial year runs from 1 July to 30 June.",
                     "Profit in the second half of 2025/26 was A$9 million."])[1]
    assert any((p.start, p.end) == (date(2026, 1, 1), date(2026, 6, 30)) for p in got)


def test_heading_dates_the_paragraphs_under_it():
    text = ("# Kornvald Mills reports first-half 2026 results\n\n"
            "Kornvald Mills said on Tuesday that revenue rose 8% to EUR 90 million in the first half of 2026.\n\n"
            "## Second quarter\n\n"
            "Kornvald Mills had revenue of EUR 47 million. Operating profit was EUR 5.1 million.\n\n"
            "## Outlook\n\n"
            "Kornvald Mills expects revenue to grow further.\n")
    ex = extract_text(text, "doc-49p", "doc.md")
    profit = [f for f in ex.facts if f.kind == "observation" and f.value_text == "EUR 5.1 million"]
    assert profit and all((f.period.start, f.period.end) == (date(2026, 4, 1), date(2026, 6, 30)) for f in profit)


def test_pcp_bracket_is_the_year_before():
    text = "Revenue of A$84.2 million (pcp: A$71.5 million)"
    half = r.Period(start=date(2026, 7, 1), end=date(2026, 12, 31), label="H1 FY2027")
    facts = [r.Observation(subject=r.EntityRef(kind="Company", label="X"), measure="revenue", value_text=t,
                           period=half, evidence=r.Evidence(doc="d", start=0, end=len(text), quote=text))
             for t in ("A$84.2 million", "A$71.5 million")]
    got = redate(text, facts, half)
    assert got[0].period.label == "H1 FY2027"
    assert (got[1].period.start, got[1].period.label) == (date(2025, 7, 1), "H1 FY2026")


def _row(start, end, label):
    return {"periodStart": ox.Literal(start), "periodEnd": ox.Literal(end), "periodLabel": ox.Literal(label)}


def test_split_year_asked():
    q = "What EBITDA did Acme achieve in the first nine months of its 2025/26 financial year?"
    assert split_year_asked(q)[:2] == ("9m", 2026) and question_periods(q) == []
    asked = split_year_asked("What revenue did Acme report for the full financial year 2025/26?")
    assert asked[:2] == ("fy", 2026)
    nine = _row("2025-10-01", "2026-06-30", "9M FY2026")
    quarter = _row("2026-04-01", "2026-06-30", "Q3 FY2026")
    trailing = _row("2025-07-01", "2026-06-30", "2025-07-01/2026-06-30")
    year = _row("2025-10-01", "2026-09-30", "FY2026")
    assert split_year_fits(nine, split_year_asked(q)) and not split_year_fits(quarter, split_year_asked(q))
    assert split_year_fits(year, asked) and not split_year_fits(trailing, asked) and not split_year_fits(nine, asked)
    assert split_year_fits(quarter, split_year_asked("Acme revenue in Q3 2025/26?"))


def test_financial_year_ended_asks_a_whole_year():
    assert asked_span("What net profit did Acme make in the financial year ended 30 June 2026?") == "year"
    assert asked_span("What revenue did Acme report for the full financial year 2025/26?") == "year"
    assert asked_span("What EBITDA did Acme make in the first nine months of its 2025/26 financial year?") == "part"
