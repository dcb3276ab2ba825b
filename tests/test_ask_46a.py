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
