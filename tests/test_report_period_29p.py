"""The period a document says its figures are for (extract/report_period.py), a question's period
dating its answer, deadlines and calendar statements that date no other figure (periods.py), and
the one fiscal-label reading of period_fit: own-words articles."""
from __future__ import annotations

from datetime import date

from aikg import period_fit
from aikg.extract import periods as P
from aikg.extract import report_period as RP
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> dict:
    ex = extract_text(text, "doc1", "a.txt")
    return {f.value_text: f for f in ex.facts if f.kind == "observation" and f.value_text}


def test_rules_cite_two_documents_of_different_sets():
    for rule in (*RP.SCOPE_RULES, RP.QUESTION_RULE):
        sets = {e.split()[0] for e in rule.provenance}
        assert len(rule.provenance) >= 2 and len(sets) >= 2, rule.name
    rule = next(r for r in P.STRAY_RULES if r.name == "fiscal-calendar-month")
    assert len({e.split(":")[0] for e in rule.examples}) >= 2


SCOPE_NOTE = (
    "Notes on Pellworth Marine Inc.'s annual filing\n\n"
    "Posted by a reader, 3 October 2025\n\n"
    "I went through the whole filing. Every number here is for the year ended 30 June 2025 unless I say otherwise.\n\n"
    "Pellworth Marine Inc. is a maker of marine sensors with plants in two countries.\n\n"
    "Pellworth Marine's revenue came in at $412 million, up 9%. Operating profit was $61 million.\n\n"
    "For the coming year Pellworth Marine expects revenue of about $450 million.\n"
)


def test_a_scope_statement_dates_the_reported_figures_as_inherited():
    obs = _obs(SCOPE_NOTE)
    for vt in ("$412 million", "$61 million"):
        p = obs[vt].period
        assert p is not None and (p.start, p.end) == (date(2024, 7, 1), date(2025, 6, 30)), vt
        assert p.inherited, vt
    outlook = obs["about $450 million"].period
    assert outlook is None or (outlook.start, outlook.end) != (date(2024, 7, 1), date(2025, 6, 30))


def test_without_a_scope_statement_nothing_is_inherited_from_it():
    obs = _obs(SCOPE_NOTE.replace(" unless I say otherwise", ""))  # no scope statement
    assert obs["$412 million"].period is None or obs["$412 million"].period.end != date(2025, 6, 30)


def test_scope_statement_reads_unless_stated_and_skips_comparison_clauses():
    resolve = lambda t: [p for p in __import__("aikg.extract.values", fromlist=["x"]).find_periods(t, date(2025, 5, 1))]
    got = RP.scope_statement(["Unless otherwise noted, amounts relate to the quarter ended 31 March 2025."], resolve)
    assert got is not None and got.rule == "unless-stated" and (got.period.start, got.period.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert RP.scope_statement(["Comparisons are with the same period of 2024 unless otherwise stated."], resolve) is None
    assert RP.scope_statement(["Figures in brackets refer to the year ended 31 December 2024, unless stated."], resolve) is None
    assert RP.scope_statement(["Revenue for the year ended 31 December 2024 rose 4%."], resolve) is None


def test_a_deadline_dates_only_the_value_before_it():
    text = ("Harrowgate plans bigger teams\n\nBy Staff | 12 May 2025\n\n"
            "Harrowgate Labs said it wants to take its staff from about 640 employees today to about 900 by the end of 2027.\n")
    obs = _obs(text)
    p = obs["about 640"].period if "about 640" in obs else next(o.period for k, o in obs.items() if "640" in k)
    assert p is None or p.end != date(2027, 12, 31)


def test_a_question_naming_a_period_dates_its_answer():
    text = ("Interview: the chief executive of Vellmar Foods\n\nMay 2, 2025\n\n"
            "Q: What happened in the first quarter?\n\n"
            "A: Sales were €84 million, up 5%, and we hired in three countries.\n")
    p = _obs(text)["€84 million"].period
    assert p is not None and (p.start, p.end) == (date(2025, 1, 1), date(2025, 3, 31))
    plain = text.replace("Q: What happened in the first quarter?", "We spoke about the first quarter.")
    q = _obs(plain)["€84 million"].period
    assert q is None or (q.start, q.end) != (date(2025, 1, 1), date(2025, 3, 31))


def test_the_month_a_fiscal_year_ends_dates_no_figure():
    assert P.stray_date("since its fiscal year ends in June -- sales were $5 million", 
                        next(p for p in __import__("aikg.extract.values", fromlist=["x"]).find_periods(
                            "since its fiscal year ends in June -- sales were $5 million", date(2025, 9, 1)) if p.kind == "month")) \
        == "fiscal-calendar-month"
    assert P.stray_date("sales in June were $5 million", next(p for p in __import__("aikg.extract.values", fromlist=["x"]).find_periods(
        "sales in June were $5 million", date(2025, 9, 1)) if p.kind == "month")) is None


def test_one_fiscal_label_reading():
    assert period_fit.label_fiscal_year("FY2024") == 2024
    assert period_fit.label_fiscal_year("FY24") == 2024
    assert period_fit.label_fiscal_year("fiscal 2023") == 2023
    assert period_fit.label_fiscal_year("FY2024-25") == 2025
    assert period_fit.label_fiscal_year("Q3 FY2024") is None
    row = {"periodLabel": type("Lit", (), {"value": "FY24"})()}
    assert period_fit.other_fiscal_year("What was revenue in FY2025?", row)
    assert not period_fit.other_fiscal_year("What was revenue in FY2024?", row)


def test_a_yearless_quarter_in_an_article_on_a_year_is_that_years_quarter():
    from aikg.records import Period
    year = Period(start=date(2024, 7, 1), end=date(2025, 6, 30), label="FY2025")
    q = type("P", (), {"start": None, "end": None, "label": "Q2", "text": "Q2"})()
    got = P.date_yearless(q, year)
    assert (got.start, got.end, got.label) == (date(2024, 10, 1), date(2024, 12, 31), "Q2 FY2025")
    cal = Period(start=date(2024, 1, 1), end=date(2024, 12, 31), label="2024")
    h = type("P", (), {"start": None, "end": None, "label": "H2", "text": "H2"})()
    got = P.date_yearless(h, cal)
    assert (got.start, got.end, got.label) == (date(2024, 7, 1), date(2024, 12, 31), "H2 2024")
    quarter = Period(start=date(2024, 7, 1), end=date(2024, 9, 30), label="Q3 2024")
    assert P.date_yearless(q, quarter) is None


def test_a_prior_year_value_does_not_inherit_the_reported_period():
    t = "Unit margin rose to 12% from 9% in the prior year, and staff fell by 4% from a year earlier."
    assert P.prior_after(t, t.index("9%") + 2)
    assert not P.prior_after(t, t.index("12%") + 3)
    assert not P.prior_after(t, t.index("4%") + 2)  # the change itself, measured against a year earlier
