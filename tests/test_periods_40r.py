"""issue40r: the period a figure belongs to, spelled in less common ways, and guidance as outlook.
Invented documents (no company of the corpus)."""
from __future__ import annotations

from datetime import date

from aikg.extract import periods as P
from aikg.extract import sentences as S
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text
from aikg.question import period_text


def _obs(text: str) -> list:
    return [f for f in extract_text(text, "doc1", "a.txt").facts if f.kind == "observation"]


def _labels(text: str) -> list[tuple[str, str]]:
    return [(p.label, p.kind) for p in P.word_periods(v.find_periods(text, None), text, None)]


def test_numbered_part_labels():
    assert _labels("Ventas 3T26 contra 2T26") == [("Q3 2026", "quarter"), ("Q2 2026", "quarter")]
    assert _labels("Chiffre d'affaires T4 2025") == [("Q4 2025", "quarter")]
    assert _labels("Umsatz 2. Quartal 2027") == [("Q2 2027", "quarter")]
    assert _labels("Résultats S2 2026") == [("H2 2026", "half")]
    assert _labels("1. Halbjahr 2026") == [("H1 2026", "half")]
    # a restatement in another language is one mention
    assert _labels("S1 2026 / H1 2026") == [("H1 2026", "half")]
    # not a part: a product, a storage size, a letter-first part with no four-digit year
    assert _labels("the T4 GPU and a 3TB drive") == []


def test_german_ordinal_is_no_sentence_end():
    text = "Sales in T3 2026 (3. Quartal 2026) amounted to CHF 91.2 million. Köln, 5. November 2026 was the date."
    assert len(S.split(text)) == 2


def test_numbered_parts_date_figures():
    doc = ("Veldrona Holz AG: sales for the third quarter\n\n"
           "Chur, 27 October 2026 — Veldrona Holz AG published its sales for the third quarter today.\n\n"
           "Sales in T3 2026 (3. Quartal 2026) amounted to CHF 91.2 million, an increase of 4.1% in local currencies.\n\n"
           "As already reported in August, sales for S1 2026 (1. Halbjahr 2026) were CHF 180.4 million.\n")
    got = {f.value_text: f.period.label for f in _obs(doc) if f.measure == "sales" and f.value is not None}
    assert got == {"CHF 91.2 million": "Q3 2026", "CHF 180.4 million": "H1 2026"}


def test_change_base_period_is_no_reporting_period():
    doc = ("GRUPO PALMERAL, S.A.B.\nREPORTE DE RESULTADOS / THIRD-QUARTER 2026 RESULTS\n\n"
           "- Consolidated revenue of Ps.9,120.4 million, down 1.9% from 3T25.\n"
           "- Net income of Ps.402.5 million.\n\n"
           "Revenue for the first nine months of 2026 (9M26) was Ps.27,310.2 million.\n\n"
           "Cable revenue decreased 0.7% to Ps.7,100.2 million.\n")
    cable = [f for f in _obs(doc) if f.measure == "cable revenue"]
    assert cable and all(f.period is not None and f.period.label == "Q3 2026" for f in cable)


def test_trailing_twelve_months_dates_its_noun_only():
    doc = ("Orvalis Systems reports second-quarter fiscal 2027 results\n\n"
           "November 4, 2026 — Orvalis Systems reported revenue of $212.6 million for the second quarter of fiscal 2027, "
           "the quarter ended September 30, 2026.\n\n"
           "Trailing-twelve-month revenue was $781 million. Utilisation was 81.0%.\n")
    by_text = {f.value_text: f.period for f in _obs(doc)}
    ttm = by_text["$781 million"]
    assert (ttm.start, ttm.end) == (date(2025, 10, 1), date(2026, 9, 30))
    other = by_text["81.0%"]
    assert other is None or other.start != date(2025, 10, 1)   # the next sentence is not dated by it


def test_threshold_passed_is_at_least():
    doc = ("Orvalis Systems reports second-quarter fiscal 2027 results\n\n"
           "November 4, 2026 — Orvalis Systems reported revenue of $212.6 million for the second quarter of fiscal 2027, "
           "the quarter ended September 30, 2026.\n\nRevenue for the first half of fiscal 2027 reached $398.3 million, Orvalis said, "
           "and trailing-twelve-month revenue passed $0.8 billion for the first time.\n")
    f = next(f for f in _obs(doc) if f.value_text == "$0.8 billion")
    assert f.qualifier == "at_least" and f.period.start == date(2025, 10, 1)


def test_reiterated_growth_is_full_year_outlook():
    doc = ("Halvard Systems: second-quarter 2026 results call\n\n"
           "Marta Quell: For fiscal 2026 we now expect free cash flow of $80 million to $90 million. "
           "We reiterated total ARR growth of 2% to 4%.\n")
    f = next(f for f in _obs(doc) if f.change_text == "2% to 4%")
    assert f.measure.endswith("outlook")
    assert f.period is None or "Q2" not in f.period.label


def test_change_above_a_period_compares():
    text = "Net profit totalled R$ 88,1 milhões, 19% above the 3T24."
    p = next(p for p in P.word_periods(v.find_periods(text, None), text, None))
    assert P.comparison_period(text, 0, p.start_idx)


def test_question_reads_numbered_parts():
    for q, label in (("What was Palmeral's OSI margin in 3T26?", "Q3 2026"), ("Sales in T3 2026?", "Q3 2026"),
                     ("Umsatz 1. Halbjahr 2026?", "H1 2026")):
        t = period_text(q)
        assert len(t) == len(q)
        assert [p.label for p in v.find_periods(t, None)] == [label]
