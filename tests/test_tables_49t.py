"""Tables as grids (issue49t): spanning HTML cells, stacked header rows, numbered row labels, caption and corner units."""
from aikg.extract import sentences
from aikg.extract.clean import html_to_text
from aikg.extract.html_grid import grid, header_rows
from aikg.extract.pipeline import extract_text
from aikg.extract.tables import months_to_date_cell, slash_year_cell

STACKED = """<html><body><h1>Orvelle Textiles S.A. results for the nine months ended 30 September 2031</h1>
<p>Orvelle Textiles S.A. today published its results for the nine months ended 30 September 2031.</p>
<table>
<caption>Table 1 - Group figures. Amounts in € million (montants en M€), except where stated</caption>
<tr><th rowspan="2">Line item</th><th colspan="3">Nine months (1.1 - 30.9)</th><th colspan="2">Third quarter (1.7 - 30.9)</th></tr>
<tr><th>2030</th><th>2031</th><th>Δ %</th><th>2030</th><th>2031</th></tr>
<tr><td>1. Revenue</td><td>200.0</td><td>240.0</td><td>20.0</td><td>70.0</td><td>81.5</td></tr>
<tr><td>2. Net profit attributable to<br/>owners of the parent</td><td>10.0</td><td>12.5</td><td>25.0</td><td>3.0</td><td>4.4</td></tr>
</table>
<table>
<caption>Table 2 - Revenue by segment, nine months (in € thousand)</caption>
<tr><th>No.</th><th>Segment</th><th>9M 2030</th><th>9M 2031</th></tr>
<tr><td>2.1</td><td>Linen</td><td>120,000</td><td>150,250</td></tr>
<tr><td>2.2</td><td>Wool</td><td>80,000</td><td>89,750</td></tr>
<tr><td></td><td>Total</td><td>200,000</td><td>240,000</td></tr>
</table>
</body></html>"""


def _obs(ex, measure):
    return {(f.period.label if f.period else None, f.value_text, f.unit) for f in ex.facts
            if f.kind == "observation" and f.measure == measure}


def test_spanning_cells_fill_every_column_and_row():
    rows = grid([[("Item", 1, 2), ("Year", 2, 1)], [("2031", 1, 1), ("2030", 1, 1)], [("Sales", 1, 1), ("5", 1, 1), ("4", 1, 1)]])
    assert rows == [["Item", "Year", "Year"], ["Item", "2031", "2030"], ["Sales", "5", "4"]]
    assert header_rows(rows, [True, True, False]) == (["Item", "Year 2031", "Year 2030"], 2)


def test_stacked_html_header_is_one_header_line_per_column():
    text = html_to_text(STACKED)
    assert ("| Line item | Nine months (1.1 - 30.9) 2030 | Nine months (1.1 - 30.9) 2031 | Nine months (1.1 - 30.9) Δ % | "
            "Third quarter (1.7 - 30.9) 2030 | Third quarter (1.7 - 30.9) 2031 |") in text
    assert "| Linen | 120,000 | 150,250 |" in text   # (the "No." column set aside)


def test_header_cells_name_their_periods():
    assert months_to_date_cell("Nine months (1.1 - 30.9) 2031") == "9M 2031"
    assert months_to_date_cell("9 months 2030") == "9M 2030"
    assert months_to_date_cell("Third quarter (1.7 - 30.9) 2031") == "Third quarter 2031"
    assert slash_year_cell("Q3/31") == "Q3 2031" and slash_year_cell("9M/30") == "9M 2030"


def test_stacked_html_table_gives_typed_facts_of_each_column():
    ex = extract_text(html_to_text(STACKED), "orvelle", "orvelle.html")
    rev = _obs(ex, "revenue")
    assert ("2031-01-01/2031-09-30", "240.0", "EUR") in rev and ("Q3 2031", "81.5", "EUR") in rev
    assert not any(p == "2031" for p, _, _ in rev)   # (never the whole year)
    assert ("Q3 2031", "4.4", "EUR") in _obs(ex, "net profit attributable to owners of the parent")
    linen = {(f.subject.label, f.value) for f in ex.facts if f.kind == "observation" and f.value_text
             and "150,250" in f.value_text}
    assert linen == {("Linen", 150250000)}


def test_unit_word_in_the_corner_cell_is_the_note():
    text = ("# Banyan Leisure Public Company Limited\n\nBanyan Leisure Public Company Limited reports its third-quarter "
            "2031 results.\n\n| Unit: THB million | Q3/31 | Q2/31 | Q3/30 |\n|---|---|---|---|\n"
            "| Total revenue | 1,200.5 | 1,100.0 | 1,000.0 |\n| EBITDA | 300.0 | 280.0 | 250.0 |\n")
    ex = extract_text(text, "banyan", "banyan.md")
    assert _obs(ex, "total revenue") == {("Q3 2031", "1,200.5", "THB"), ("Q2 2031", "1,100.0", "THB"),
                                         ("Q3 2030", "1,000.0", "THB")}


def test_a_pipe_rows_label_cell_ends_no_sentence():
    row = "| 1. Revenue | 12.0 | 10.0 |"
    assert [s.text for s in sentences.split(row)] == [row]
    assert len(sentences.split("| Adj. EPS ($) | 0.47 | 0.44 |")) == 1
    # (a later cell's sentences stay sentences)
    assert len(sentences.split("| Statement | The plant opens in May. Its cost is unchanged. |")) == 2


def test_percent_sign_before_comparison_initials_heads_a_change_column():
    text = ("# Banyan Leisure Public Company Limited\n\nBanyan Leisure Public Company Limited reports its third-quarter "
            "2031 results.\n\n| Unit: THB million | Q3/31 | Q2/31 | %QoQ |\n|---|---|---|---|\n"
            "| Total revenue | 900.0 | 1,000.0 | (10.0) |\n| EBITDA | 300.0 | 280.0 | 7.1 |\n")
    ex = extract_text(text, "banyan", "banyan.md")
    q3 = [f for f in ex.facts if f.kind == "observation" and f.measure == "total revenue" and f.value_text == "900.0"]
    assert [(f.change_text, f.direction) for f in q3] == [("10.0%", "decrease")]
