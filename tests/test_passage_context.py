"""The context of a stored sentence or table row (extract/passage_context.py: its heading path and its
table's column headers, kg:heading and kg:columns on its evidence node) and the text lane's use of it
(text_answer.from_text, column_cell: a row's cell picked by the column header that fits the period
asked). Every sentence, table and name here is invented."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.extract.passage_context import line_contexts, read

REPORT = """# Tollard Bank — Sustainability Bond Report

Reporting date: 30 June 2026

## 2. Use of proceeds (EUR million)

| Category | Spent to 31 Dec 2025 | Spent H1 2026 | Cumulative to 30 Jun 2026 |
|---|---:|---:|---:|
| Efficient server halls | 50.1 | 20.2 | 70.3 |
| Social housing loans | 10.0 | 5.0 | 15.0 |

Unspent money is held in deposits.

Outlook by segment:

| Segment | Detail |
|---|---|
| Retail | steady |
"""


def _ctx(text, needle):
    starts, ctx = line_contexts(text)
    i = next(k for k, a in enumerate(starts) if text[a:].startswith(needle))
    return ctx[i]


def test_the_heading_path_above_a_sentence_and_a_rows_column_headers():
    row = _ctx(REPORT, "| Efficient server halls")
    assert row.heading == "Tollard Bank — Sustainability Bond Report > 2. Use of proceeds (EUR million)"
    assert row.columns == "Category | Spent to 31 Dec 2025 | Spent H1 2026 | Cumulative to 30 Jun 2026"
    assert _ctx(REPORT, "| Category").columns == ""   # the header row itself
    assert _ctx(REPORT, "Unspent").columns == ""
    # a short line alone in its paragraph is a title under the markdown headings; a row of words keeps no columns
    assert _ctx(REPORT, "| Retail").heading.endswith("2. Use of proceeds (EUR million) > Outlook by segment:")
    assert _ctx(REPORT, "| Retail").columns == ""
    # a sentence is no title; nor a line inside a paragraph
    assert _ctx("Intro.\n\nAcme sold 5 units.\n\nIt grew.\n", "It grew").heading == ""
    assert _ctx("Acme Group\nsold 5 units.\n", "sold").heading == ""
    assert read(REPORT, [(REPORT.index("| Social"), REPORT.index("| Social") + 10)])


def test_the_context_is_stored_on_the_evidence_node():
    from aikg.extract.pipeline import extract_text
    from aikg.rdf import extraction_quads
    ex = extract_text(REPORT, "tollard_report", "tollard_report.md")
    quads = extraction_quads(ex)
    by = {}
    for q in quads:
        by.setdefault(q.subject, {})[q.predicate.value.rsplit("#", 1)[-1]] = q.object.value
    rows = [v for v in by.values() if v.get("quote", "").startswith("| Efficient server halls")]
    assert rows and rows[0]["columns"].startswith("Category | Spent to 31 Dec 2025")
    assert rows[0]["heading"].endswith("2. Use of proceeds (EUR million)")


def test_a_cell_is_chosen_by_the_column_that_fits_the_period_asked():
    from aikg.column_cell import COLUMN_FITS_PERIOD, by_period
    for q, row, cols in COLUMN_FITS_PERIOD["examples"]:
        assert by_period(q, row, cols).value == "326.6"
    for q, row, cols in COLUMN_FITS_PERIOD["not"]:
        assert by_period(q, row, cols) is None   # two columns of 2026: no guess
    cols = "Category | Spent to 31 Dec 2025 | Spent H1 2026 | Cumulative to 30 Jun 2026"
    assert by_period("What was spent in H1 2026?", "| Halls | 50.1 | 20.2 | 70.3 |", cols).value == "20.2"
    assert by_period("How much by 30 June 2026?", "| Halls | 50.1 | 70.3 |", cols) is None   # cells not aligned
    assert by_period("How much did it spend?", "| Halls | 50.1 | 20.2 | 70.3 |", cols) is None   # no period asked


class _Names:
    def find_in(self, text):
        return []


@pytest.fixture(scope="module")
def report_store():
    kg, prov = "https://aikg.dev/ns#", "http://www.w3.org/ns/prov#"
    st = ox.Store()
    doc = ox.NamedNode("https://aikg.dev/id/doc/tollard_report")
    heading = "Tollard Bank — Sustainability Bond Report > 2. Use of proceeds (EUR million)"
    cols = "Category | Spent to 31 Dec 2025 | Spent H1 2026 | Cumulative to 30 Jun 2026"
    rows = [("Tollard Bank published its bond report.", 0, "", ""),
            ("Tollard Bank issued the bonds in 2025.", 50, "", ""),
            ("Tollard Bank keeps unspent money in deposits.", 90, "", ""),
            ("| Efficient server halls | 50.1 | 20.2 | 70.3 |", 200, heading, cols),
            ("| Social housing loans | 10.0 | 5.0 | 15.0 |", 260, heading, cols)]
    for i, (text, at, h, c) in enumerate(rows):
        e = ox.NamedNode(f"https://aikg.dev/id/evidence/t{i}")
        st.add(ox.Quad(e, ox.NamedNode(kg + "quote"), ox.Literal(text)))
        st.add(ox.Quad(e, ox.NamedNode(prov + "wasDerivedFrom"), doc))
        st.add(ox.Quad(e, ox.NamedNode(kg + "charStart"), ox.Literal(str(at), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
        if h:
            st.add(ox.Quad(e, ox.NamedNode(kg + "heading"), ox.Literal(h)))
            st.add(ox.Quad(e, ox.NamedNode(kg + "columns"), ox.Literal(c)))
    return st


def test_the_text_lane_answers_from_the_row_cell_of_the_period_asked(report_store):
    from aikg.text_answer import from_text
    q = "How much sustainability bond money had Tollard Bank spent on efficient server halls by 30 June 2026?"
    got = from_text(report_store, q, [["Tollard Bank"]], firms=(0,), index=_Names())
    assert got and got[0].startswith("| Efficient server halls")
    assert got[4] == "Efficient server halls — Cumulative to 30 Jun 2026: 70.3"
    # a period no column (or more than one) fits: no answer
    assert from_text(report_store, q.replace("by 30 June 2026", "in 2024"), [["Tollard Bank"]], firms=(0,), index=_Names()) is None
    assert from_text(report_store, q.replace("by 30 June 2026", "in 2026"), [["Tollard Bank"]], firms=(0,), index=_Names()) is None


def test_a_sentence_naming_no_period_is_read_under_its_headings_period():
    from aikg.text_answer import HEADING_PERIOD, _with_year, under_heading_period
    for q, s, h in HEADING_PERIOD["examples"]:
        assert under_heading_period(q, s, h, (), "2026-08-07"), s
    for q, s, h in HEADING_PERIOD["not"]:
        assert not under_heading_period(q, s, h, (), "2026-08-07"), s
    # a yearless quarter is the last one ended by the document's date; a sentence's own period decides
    assert _with_year("Second quarter", "2026-08-07") == "Second quarter 2026"
    assert _with_year("Fourth quarter", "2026-02-10") == "Fourth quarter 2025"
    assert _with_year("Outlook", "2026-02-10") == "Outlook"
    q = "What operating profit did Acme make in the second quarter of 2026?"
    assert not under_heading_period(q, "Operating profit was EUR 3 million in 2025.", "Results > Second quarter", (), "2026-08-07")
    assert not under_heading_period(q, "Operating profit was EUR 3 million.", "Results > Second quarter", (), "2027-08-07")


def test_a_quarter_and_year_with_a_slash():
    from aikg.text_answer import _quarters, _years
    assert _quarters("Q3/26") == {"3"} and _years("Q3/26") == {"26"}


def test_a_tables_caption_stands_under_the_title_line_above_it():
    page = ("Results for the nine months ended 30 September 2026\n\nSales rose.\n\n"
            "Table 2 - Revenue by segment, nine months, in EUR thousand, as reported to the board of the group this autumn\n"
            "| Segment | 9M 2025 | 9M 2026 |\n|---|---|---|\n| Sea bass | 121 | 149 |\n")
    row = _ctx(page, "| Sea bass")
    assert row.heading == ("Results for the nine months ended 30 September 2026 > Table 2 - Revenue by segment, nine months, "
                           "in EUR thousand, as reported to the board of the group this autumn")
    assert row.columns == "Segment | 9M 2025 | 9M 2026"


def test_a_dateline_is_no_heading():
    assert _ctx("Thursday, Sep 11, 2025 12:59 am ET2min read\n\nAcme sold 5 units.\n", "Acme").heading == ""


def test_a_chosen_cell_gives_the_measure_its_row_column_or_caption_says():
    from aikg.column_cell import Cell
    from aikg.text_answer import cell_measure
    q = "How much revenue did the sea bass segment make in 9M 2026?"
    cell = Cell("Sea bass", "9M 2026", "149,862")
    assert cell_measure(q, cell, "Results > Table 2 - Revenue by segment, nine months")
    assert not cell_measure(q, cell, "Results > Table 3 - Headcount by segment")
    assert cell_measure("How much did the sea bass segment make in 9M 2026?", cell, "")   # no measure asked


def test_a_cell_of_a_target_row_is_no_reported_figure_and_a_parts_heading_no_year():
    from aikg.column_cell import Cell
    from aikg.text_answer import cell_measure, under_heading_period
    assert not cell_measure("What revenue did Acme report for FY2028?", Cell("Revenue target", "FY2028", "250,000"), "")
    assert cell_measure("What revenue target did Acme set for FY2028?", Cell("Revenue target", "FY2028", "250,000"), "")
    assert not under_heading_period("What free cash flow did Acme have in fiscal 2027?", "- Free cash flow of $58.3 million",
                                    "Acme Reports First Quarter Fiscal 2027 Results; Raises Full-Year Outlook", (), "2026-11-05")


def test_a_unit_asked_is_named_by_the_row():
    from aikg.column_cell import UNIT_IN_ROW, unit_in_row
    for q, row in UNIT_IN_ROW["examples"]:
        assert unit_in_row(q, row), row
    for q, row in UNIT_IN_ROW["not"]:
        assert not unit_in_row(q, row), row
    assert unit_in_row("How much revenue did Kyparissi's sea bass segment generate in 9M 2026?", "| 2.2 | Sea bass | 121,904 | 149,862 |")


def test_a_row_of_several_values_takes_no_period_from_its_heading():
    from aikg.text_answer import under_heading_period
    q = "What was Acme's profit before tax for the half year ended 30.09.2026?"
    h = "Statement of results for the half year ended 30.09.2026"
    assert not under_heading_period(q, "Profit before tax 18,640 17,560 16,190 36,200", h, (), "2026-10-20")
    assert not under_heading_period(q, "| Profit before tax | 18,640 | 17,560 |", h, (), "2026-10-20")


def test_a_form_field_is_no_heading():
    assert _ctx("Date: October 22, 2026\n\nAcme sold 5 units.\n", "Acme").heading == ""
    assert _ctx("Sonatel: revenue up 8% at end-September\n\nAcme sold 5 units.\n", "Acme").heading.startswith("Sonatel")


def test_a_column_is_dated_through_the_column_registry():
    # column-dated-by-registry: "Nine months (1.1 - 30.9) 2026", "9M/26", "30.09.2026" are dated by
    # tables.COLUMN_PERIOD_RULES, and the dates are compared with the period asked (the words alone fit none)
    from aikg.column_cell import COLUMN_DATED_BY_REGISTRY, by_period, column_period
    for q, row, cols, value in COLUMN_DATED_BY_REGISTRY["examples"]:
        assert by_period(q, row, cols).value == value
    for q, row, cols in COLUMN_DATED_BY_REGISTRY["not"]:
        assert by_period(q, row, cols) is None   # nine months are no answer to a whole year
    assert by_period("How much in Q3 2026?", "| Sales | 4.1 | 3.9 |", "Item | Quarter 3/2026 | Quarter 3/2025").value == "4.1"
    assert column_period("Change") is None and column_period("Q3 FY26") is None   # no period, or one of unknown dates
