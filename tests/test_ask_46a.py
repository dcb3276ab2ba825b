"""`ask` reads a question's first word and a table row's values for what they are (issue46a): a capitalised
first word beside a period is no name the documents must hold, and a quoted table row of several values with
no period of its own answers no question naming a period."""


def test_a_first_word_beside_a_period_is_no_name():
    from aikg.names_asked import unknown_names
    assert "New" not in unknown_names("New FY26 revenue guide for Norvik vs the old one?", [])
    assert unknown_names("Revised H1 outlook for Norvik?", []) == ["Norvik"]
    assert "Halden Arc" in unknown_names("Halden Arc FY26 revenue guide?", [])


def test_an_undated_table_row_answers_no_period():
    from aikg.text_answer import undated_row
    assert undated_row("EBITDA 84,215 76,540 +10.0%")
    assert undated_row("Net profit 7,500 4,100 2,870")
    assert not undated_row("EBITDA rose 10.0% to 84,215 in the first nine months of 2026.")
    assert not undated_row("EBITDA 9M 2026 84,215 76,540")
    assert not undated_row("EBITDA 84,215")


PLAN_RELEASE = """Brightwater Systems Ltd - full-year results

SINGAPORE, 20 August 2031 - Brightwater Systems Ltd reported revenue of S$203.4 million for FY2031, up 12.4% from S$181.0 million in FY2030.

The board approved a three-year plan that targets revenue of S$260 million by FY2034.
"""


def test_another_fiscal_year_asked_is_not_answered(tmp_path_factory):
    from conftest import articles_kg
    from aikg.ask import answer
    kg = articles_kg(tmp_path_factory, {"brightwater_results.txt": PLAN_RELEASE})
    a = answer(kg, "What revenue did Brightwater Systems report for FY2033?")
    assert a.status == "no_answer", a.answer
    b = answer(kg, "What revenue did Brightwater Systems report for FY2031?")
    assert b.status == "answered" and "203.4" in b.answer, b.answer
