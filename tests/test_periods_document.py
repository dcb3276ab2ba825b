"""The period a document reports on, inherited by figures that state none, and dates that are
no period of a figure (extract/periods.py REPORT_RULES, STRAY_RULES): own-words articles."""
from __future__ import annotations

from datetime import date

from aikg import rdf
from aikg.extract import periods as P
from aikg.extract import pipeline
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text


def _obs(text: str) -> dict:
    ex = extract_text(text, "doc1", "a.txt")
    return {f.value_text: f for f in ex.facts if f.kind == "observation" and f.value_text}


def test_report_and_stray_rules_have_two_sourced_examples():
    for rule in (*P.REPORT_RULES, *P.STRAY_RULES):
        assert len(rule.examples) >= 2 and len({e.split(":")[0] for e in rule.examples}) >= 2, rule.name


YEAR_ARTICLE = (
    "Korvane's 2026 profit slips as telecom orders fade\n\n"
    "By Staff | March 20, 2027\n\n"
    "Korvane Systems said on Tuesday that its 2026 net profit fell 6% to €1.10 billion, as operators held back orders.\n\n"
    "Sales for the year declined 3% to €9.40 billion. It was the first annual sales decline since 2016, "
    "when a supply dispute halted production.\n\n"
    "Korvane reports two segments:\n"
    "Carrier networks: €5.20 billion, down 9%\n"
    "Enterprise: €4.20 billion, up 6%\n\n"
    "Research spending was €1.30 billion. Chief executive Ilse Maren, who founded the company in 2004, said operating "
    "cash flow was €0.90 billion.\n"
)


def test_year_before_a_result_measure_is_the_reported_year_and_list_lines_inherit_it():
    obs = _obs(YEAR_ARTICLE)
    for vt in ("€5.20 billion", "€4.20 billion", "€1.30 billion"):
        p = obs[vt].period
        assert p is not None and (p.start, p.end) == (date(2026, 1, 1), date(2026, 12, 31)), (vt, p)
        assert p.inherited, vt
    year = obs["€9.40 billion"].period  # "for the year": the year reported on, stated by its own sentence
    assert (year.start, year.end) == (date(2026, 1, 1), date(2026, 12, 31)) and not year.inherited


def test_a_record_since_year_and_a_founding_year_date_nothing():
    obs = _obs(YEAR_ARTICLE)
    assert all(f.period is None or f.period.start != date(2016, 1, 1) for f in obs.values())
    cash = obs["€0.90 billion"].period  # "who founded the company in 2004" does not stop the inheritance
    assert cash is not None and (cash.start, cash.end) == (date(2026, 1, 1), date(2026, 12, 31))
    text = "Shares in Korvane fell 12% to 310p, their lowest since 2016."
    assert P.stray_date(text, v.find_periods(text, date(2027, 3, 20))[0]) == "record-since"
    assert P.resolve_mentions(v.find_periods(text, date(2027, 3, 20)), text, None) == []
    text = "Revenue has doubled since 2016."
    assert P.stray_date(text, v.find_periods(text, date(2027, 3, 20))[0]) is None  # a span of time, kept


def test_weeks_to_a_date_is_the_retail_year_reported_on():
    text = ("Halden Grocers: the numbers\n\n"
            "Halden Grocers published its full-year results for the 52 weeks to 29 November 2026 on Thursday. "
            "Group revenue was £2.40 billion, up 9%, and underlying EBITDA rose to £210 million.\n")
    obs = _obs(text)
    rev = obs["£2.40 billion"].period
    assert rev is not None and rev.end == date(2026, 11, 29) and rev.start == date(2025, 12, 1) and rev.inherited
    (q,) = v.find_periods("sales for the 13 weeks ended 28 February 2027", None)
    assert q.kind == "quarter" and q.end == date(2027, 2, 28)


def test_the_compared_value_s_period_does_not_date_the_figure_or_the_paragraph():
    text = ("Varunet results: payments loss narrows\n\n"
            "MUMBAI, May 5, 2026 -- Varunet Ltd said its results for the quarter ended March 31, 2026 showed "
            "revenue rising 7% to ₹9,800 crore.\n\n"
            # (the group's own loss: "the payments unit's loss" is a part's figure the text does not name, never
            # typed as the group's since session 34's owner-part-possessive; this test pins the period only)
            "Varunet's payments loss narrowed to ₹210 crore from ₹260 crore in the December quarter. "
            "Varunet's lending arm earned EBITDA of ₹90 crore.\n")
    obs = _obs(text)
    for vt in ("₹210 crore", "₹90 crore"):
        p = obs[vt].period
        assert p is not None and (p.start, p.end) == (date(2026, 1, 1), date(2026, 3, 31)), (vt, p)
    s = "The loss narrowed to ₹210 crore from ₹260 crore in the December quarter."
    (dec,) = [p for p in v.find_periods(s, date(2026, 5, 5)) if p.kind == "quarter"]
    assert P.comparison_period(s, s.index("₹210"), dec.start_idx)


def test_an_inherited_period_is_written_as_such():
    ex = extract_text(YEAR_ARTICLE, "doc1", "a.txt")
    quads = rdf.extraction_quads(ex)
    inherited = {str(q.subject) for q in quads if q.predicate.value.endswith("periodInherited")}
    assert inherited
    stated = [f for f in ex.facts if f.kind == "observation" and f.value_text == "€9.40 billion"]
    assert str(rdf.fact_iri(stated[0])) not in inherited


def test_one_reading_of_a_yearless_headline_part():
    assert not hasattr(pipeline, "_YEARLESS_QUARTER")
    (q2,) = v.find_periods("Varunet Q2 results: profit up", date(2026, 10, 20))
    assert P.yearless_part(q2)
    (q2y,) = v.find_periods("Varunet Q2 2026 results: profit up", date(2026, 10, 20))
    assert not P.yearless_part(q2y)


def test_the_value_a_change_starts_from_is_the_earlier_figure_or_none():
    text = ("Pellucid Power: record year\n\n"
            "By Staff | March 3, 2027\n\n"
            "Pellucid Power reported record revenue of NT$512.6 billion for 2026, up 6.1% from NT$483.1 billion in 2025. "
            "Operating income was NT$61.2 billion, up 2.4% from NT$59.8 billion.\n\n"
            "The company expects 2027 revenue of NT$540 billion to NT$550 billion, an increase of roughly 5% to 7% over the "
            "NT$512.6 billion it booked in 2026.\n")
    ex = extract_text(text, "doc1", "a.txt")
    obs = [f for f in ex.facts if f.kind == "observation"]
    base = [f for f in obs if f.value_text == "NT$483.1 billion"]
    assert all(f.period is not None and f.period.label == "2025" for f in base), base
    assert not [f for f in obs if f.value_text == "NT$59.8 billion"]  # no period of its own: not a figure
    # (the growth is the outlook figure's own change since issue25v's appositive-change: ", an increase of 5% to 7%")
    growth = [f for f in obs if f.change is not None and "outlook" in f.measure]
    assert growth and all(f.period is not None and f.period.label == "2027" for f in growth), growth


def test_an_outlook_year_stated_in_a_paragraph_dates_its_guidance_figures():
    text = ("Kirin Tools note\n\n"
            "By Staff | August 1, 2026\n\n"
            "What happened. Kirin Tools cut its full-year forecast for the fiscal year ending March 2027 after "
            "first-quarter results. Net sales guidance was lowered to ¥1.35 trillion from ¥1.55 trillion, and "
            "operating income guidance to ¥270 billion from ¥341 billion.\n")
    obs = _obs(text)
    for vt in ("¥1.35 trillion", "¥270 billion"):
        p = obs[vt].period
        assert p is not None and (p.start, p.end) == (date(2026, 4, 1), date(2027, 3, 31)) and p.inherited, (vt, p)


def test_an_answer_says_when_a_figures_period_is_the_articles_not_its_sentences(tmp_path):
    """A figure dated by inheritance is answered with its period and a note that the sentence did
    not state it; a figure whose own sentence states its period carries no note."""
    from aikg import KnowledgeGraph
    from aikg.fact_kinds import INHERITED_PERIOD_NOTE
    from aikg.store import LocalStore
    (tmp_path / "korvane.txt").write_text(YEAR_ARTICLE, encoding="utf-8")
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([tmp_path])
    a = kg.ask("How much did Korvane spend on research?").to_json()
    assert a["status"] == "answered", a
    line = next(x for x in a["answer"].splitlines() if "1.3" in x)
    assert "2026" in line and INHERITED_PERIOD_NOTE in line, line
    sales = kg.ask("What were Korvane's sales?").to_json()
    line = next(x for x in sales["answer"].splitlines() if "9.4" in x)
    assert "2026" in line and INHERITED_PERIOD_NOTE not in line, line


def test_a_fiscal_year_named_with_its_end_month_sets_the_calendar_without_failing():
    """"FY2024 (fiscal year to December 2024)": a whole fiscal year with its end, not a quarter
    or a half: the calendar is the year's own (it once made extraction fail on the label)."""
    text = ("Brenhold Logistics lifts sales\n\nBy Desk | Feb 3, 2025\n\n"
            "Brenhold Logistics said its FY2024 (fiscal year to December 2024) revenue rose 12% to 5.2 billion Swiss francs.\n")
    obs = _obs(text)
    p = obs["5.2 billion Swiss francs"].period
    assert p is not None and p.end == date(2024, 12, 31), p
