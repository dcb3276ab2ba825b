"""A sentence let into the text lane by the wider content gate (a measure said by a synonym, a word said by
the heading or the column header) answers only when it states the period asked, gives the figure beside the
measure asked in the unit asked, and is no row of several figures without the cell picked (sentence_fit)."""
from aikg import sentence_fit as fit


def test_a_measure_said_by_another_accepted_word_covers_the_question_words():
    assert "revenu" in fit.measure_cover("what revenue did norvik post in q3 2026?", "quarterly sales rose to eur 41 million.")
    # a verb naming the measure asked is covered with it
    got = fit.measure_cover("how much did the alpha unit generate in 2025?", "the alpha unit's revenue was $12 million in 2025.")
    assert "generat" in got
    # a verb beside another measure asked is not ("what ebitda margin does it earn": revenue said is no answer)
    assert not fit.measure_cover("what ebitda margin does the alpha unit earn?", "alpha's revenue rose 12% in the quarter.")


def test_a_sentence_must_state_the_period_asked():
    q = "What revenue did Norvik report for the third quarter of 2026?"
    assert fit.refuses(q, "Quarterly sales rose to EUR 41 million in the third quarter of 2026.") == ""
    assert fit.refuses(q, "Quarterly sales rose to EUR 41 million.") == "period"
    assert fit.refuses(q, "Sales rose to EUR 41 million.", heading="Norvik results > Third quarter 2026") == ""
    # a half asked: the sentence of a half, not of the year
    assert fit.refuses("What was Norvik's free cash flow in 1H26?", "Free cash flow was EUR 9 million in 2026.") == "period"


def test_the_figure_is_beside_the_measure_asked_in_the_unit_asked():
    q = "What revenue did Norvik report for 2026?"
    assert fit.refuses(q, "Norvik's sales rose 12% in 2026.") == "unit"
    assert fit.refuses(q, "In 2026 headcount grew to 410 across the group, and sales were strong.") == "measure"
    assert fit.refuses("What margin did Norvik report for 2026?", "Norvik's margin of EUR 41 million in 2026 was a record.") == "unit"


def test_a_guidance_is_no_reported_figure():
    q = "What EBITDA did Norvik report for the first half of 2026?"
    assert fit.refuses(q, "For the first half of 2026 Norvik raised its full-year EBITDA guidance to EUR 40 million.") == "outlook"


def test_a_row_of_several_figures_answers_only_by_its_cell():
    q = "What revenue did Norvik report at full build-out?"
    assert fit.refuses(q, "| Sales | 41 | 77 | 120 |") == "row"


def test_a_question_picks_a_column_by_a_word_of_its_header():
    cols = "Specification | Phase 1 | Full build-out (Phase 1 + 2)"
    picked, cell = fit.column_picked("What is the cooling load of Orlo's Vantaa hall at full build-out?", "| Cooling load | 9 MW | 30 MW |", cols)
    assert picked and cell is not None and cell.value == "30 MW"
    # no column's own word asked: the whole row may answer
    assert fit.column_picked("What is the cooling load of Orlo's Vantaa hall?", "| Cooling load | 9 MW | 30 MW |", cols) == (False, None)
    # a word every figure column shares picks none
    assert fit.column_picked("What is the cooling load in phase?", "| Cooling load | 9 MW | 30 MW |", cols) == (False, None)
    # two columns' words asked: together, the whole row
    assert fit.column_picked("What was Orlo's cost before and after the move?", "| Cost per seat | 12 | 9 |",
                             "Item | Before the move | After the move") == (False, None)
    # the column picked gives no figure: the row is no answer
    picked, cell = fit.column_picked("How much cooling load does Orlo's Vantaa hall have at full build-out?", "| Cooling load | 9 MW | — |", cols)
    assert picked and cell is None


def test_a_price_asked_is_no_percentage():
    assert fit.refuses("What is the new monthly price of Orlo's VPS 30?", "Monthly prices include a discount of about 9% against hourly billing.") == "unit"


def test_a_question_of_no_figure_picks_no_column():
    assert fit.column_picked("What are the specifications of Orlo's K2 chip?", "| Orlo | K2 | 5 nm | 48 GB | 180 W |",
                             "Vendor | Chip | Process | Memory | Power") == (False, None)


# rule other-part-said (issue52q)
def test_a_half_asked_is_not_said_by_the_half_of_another_year():
    q = "What revenue did Alpha report for the first half of 2025?"
    assert fit.other_part_said(q, "For 2025 Alpha reported revenue of EUR 20 million; for the first half of 2026 it reported EUR 12 million.")
    assert not fit.other_part_said(q, "In the first half of 2025 revenue was EUR 9 million, after EUR 7 million in the first half of 2024.")
    assert not fit.other_part_said("What revenue did Alpha report in 2025?", "For the first half of 2026 it reported EUR 12 million.")


def test_a_quarter_asked_is_not_said_by_another_quarter():
    assert fit.other_part_said("What were Alpha's net sales in Q2 2026?", "Net sales in the third quarter of 2026 rose to EUR 5 million.")
    assert not fit.other_part_said("What were Alpha's net sales in Q2 2026?", "Net sales in the second quarter of 2026 rose to EUR 5 million.")
