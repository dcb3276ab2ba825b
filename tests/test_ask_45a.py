"""`ask` refuses a figure of another span, another measure or an unknown column (issue45a):
a question's nine months are not answered by a quarter's sentence, its net income not by the
net sales beside it, and its quarter not by a table row whose two values have no period."""
import pytest

from conftest import articles_kg

EGM_NOTICE = """Halvorsen Vision ASA - notice of extraordinary general meeting

OSLO, 2 November 2026 - The board of Halvorsen Vision ASA calls an extraordinary general meeting to approve a special dividend.

In the third quarter of 2026 Halvorsen Vision reported revenue of NOK 188.4 million, compared with NOK 160.2 million in the third quarter of 2025, and EBITDA of NOK 31.7 million.

For the six months ended 30 June 2026, net sales were NOK 352.9 million and operating profit was NOK 44.0 million.

The board proposes an extraordinary dividend of NOK 1.50 per share.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"halvorsen_egm_notice.txt": EGM_NOTICE})


def test_nine_months_asked_a_quarters_sentence_is_no_answer(kg):
    from aikg.ask import answer
    a = answer(kg, "What was Halvorsen Vision's EBITDA for the first nine months of 2026?")
    assert a.status == "no_answer", a.answer
    b = answer(kg, "What was Halvorsen Vision's EBITDA in the third quarter of 2026?")
    assert b.status == "answered" and "31.7" in b.answer, b.answer


def test_net_income_asked_a_claim_of_net_sales_is_no_answer():
    import pyoxigraph as ox
    from aikg.claims_fallback import claim_score
    from aikg.linking import Hit
    from aikg.question import read
    acme = Hit("urn:x:Acme", "Company", "Acme", "acme", 100.0, 4, 5)
    row = {k: ox.Literal(v) for k, v in {
        "subject": acme.iri, "predicate": "state", "role": "amount", "measure": "net sales", "valueText": "JPY 29,960 million",
        "quote": "For the six months ended September 30, 2031, net sales were JPY 29,960 million."}.items()}
    assert claim_score(read("How much net income did Acme make in the first half to September 2031?", [acme]), row) == 0
    assert claim_score(read("What were Acme's net sales in the first half to September 2031?", [acme]), row) > 0


def test_part_lengths_of_question_and_sentence():
    from aikg.asked_span import part_lengths, sentence_fits
    assert part_lengths("EBITDA for the first nine months of 2026?") == {9}
    assert part_lengths("revenue in Q2 2026") == {3}
    assert part_lengths("For the six months ended 30 June 2026") == {6}
    assert not sentence_fits("What was X's EBITDA for the first nine months of 2026?",
                             "In the third quarter of 2026 X reported EBITDA of NOK 31.7 million.")
    assert sentence_fits("What was X's EBITDA for the first nine months of 2026?",
                         "Third-quarter EBITDA was NOK 31.7 million, bringing nine-month EBITDA to NOK 80 million.")
    assert sentence_fits("What was X's EBITDA in Q3 2026?", "X reported EBITDA of NOK 31.7 million.")


def _row(**kw):
    from types import SimpleNamespace
    return {k: SimpleNamespace(value=v) for k, v in kw.items()}


def test_an_undated_table_row_of_two_values_answers_no_period():
    from aikg.claims_fallback import undated_columns_dropped
    row = {"claim": "c1", "role": "amount", "quote": "Total 478,312 431,075"}
    rows = [_row(**row, valueText="478,312"), _row(**row, valueText="431,075")]
    assert undated_columns_dropped(rows) == []
    dated = [_row(**row, valueText=v, periodLabel="H1 2026") for v in ("478,312", "431,075")]
    assert undated_columns_dropped(dated) == dated
    prose = [_row(**dict(row, quote="Revenue rose to 478,312 from 431,075."), valueText=v) for v in ("478,312", "431,075")]
    assert undated_columns_dropped(prose) == prose
    assert undated_columns_dropped(rows[:1]) == rows[:1]


def test_own_narrows_no_measure():
    from aikg.question import narrowing
    assert narrowing("what is norvik's own revenue guidance for 2031?") == ("", "")
    assert narrowing("what is norvik's own cloud revenue in 2031?")[0] == "cloud"
    assert narrowing("what is norvik's cloud revenue in 2031?")[0] == "cloud"
