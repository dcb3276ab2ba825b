"""Tables nobody ruled (issue 35t): space-aligned columns with no pipes or rule lines, two-language
labels, space or dot thousands, a caption or corner that is the table's currency-and-scale note in
any spelling, forecast-marked period columns ("FY2026E", "2027F", "2026 est."), a tab-separated
sheet. Invented articles in shapes none of the seen sets prints."""
from decimal import Decimal

from aikg.extract import table_rows, tables
from aikg.extract.pipeline import extract_text
from aikg.extract.segment_tables import note_phrase


def _obs(text: str) -> dict:
    ex = extract_text(text, "doc-t", "t.txt")
    return {(f.subject.label, f.measure, f.period.label if f.period else None): f
            for f in ex.facts if f.kind == "observation"}


SPANISH = """Resultados del primer semestre 2031 / First-half results 2031

Madrid, 28 July 2031. Microsoft, the software group, filed its half-year figures in Spanish and English.

Miles de euros / EUR thousand          1S 2031 / H1 2031     1S 2030 / H1 2030    Var.
Ventas / Net sales                            1.284.500            1.190.250         +7,9 %
Resultado neto / Net profit                     142.310              128.905        +10,4 %
Margen bruto / Gross margin (%)                   41,2 %               40,6 %

The group said demand for its cloud contracts stayed strong in the half.
"""


def test_spanish_two_language_table_with_dot_thousands_reads_every_row():
    got = _obs(SPANISH)
    sales = got[("Microsoft", "net sales", "H1 2031")]
    assert sales.value == Decimal("1284500000") and sales.unit == "EUR"
    assert got[("Microsoft", "net sales", "H1 2030")].value == Decimal("1190250000")
    assert got[("Microsoft", "net profit", "H1 2031")].value == Decimal("142310000")
    # (the French/Spanish half of a label never becomes the measure)
    assert not any(m.startswith(("ventas", "resultado")) for _, m, _ in got)


TABS = ("Microsoft quarterly sheet\n\n"
        "Published 3 November 2031.\n\n"
        "Item\tQ3 2031\tQ3 2030\tChange\n"
        "Revenue (USD million)\t6,120\t5,480\t+11.7%\n"
        "Operating income (USD million)\t2,010\t1,760\t+14.2%\n"
        "Operating margin\t32.8%\t32.1%\t+0.7 pp\n")


def test_tab_separated_sheet_rows_are_figures_of_their_columns():
    got = _obs(TABS)
    rev = got[("Microsoft", "revenue", "Q3 2031")]
    assert rev.value == Decimal("6120000000") and rev.unit == "USD"
    assert got[("Microsoft", "operating income", "Q3 2030")].value == Decimal("1760000000")


YEN = """Microsoft Japan outlook note by a broker desk

Tokyo, 4 June 2031. Our model for Microsoft's Japanese business, updated after the annual briefing.

(in ¥ billion)         FY2025     FY2026E     FY2027E
Net sales               410.2       432.0       455.5
Operating profit         61.0        66.3        71.9

The figures for FY2026E and FY2027E are our estimates.
"""


def test_yen_caption_above_forecast_columns_gives_money_estimates_not_actuals():
    got = _obs(YEN)
    actual = got[("Microsoft", "net sales", "FY2025")]
    assert actual.value == Decimal("410200000000") and actual.unit == "JPY"
    est = got[("Microsoft", "net sales estimate", "FY2026")]
    assert est.value == Decimal("432000000000")
    assert ("Microsoft", "net sales", "FY2026") not in got   # a forecast is never the company's actual
    assert got[("Microsoft", "operating profit estimate", "FY2027")].value == Decimal("71900000000")


WRAPPED = """Microsoft — résultats annuels / annual results

Paris, 12 March 2031. Revenue rose 6,9 % to €812,4 million; the group hired 230 people.

En millions d'euros / In millions of euros        2030        2029
Chiffre d'affaires / Revenue                        812,4       760,1
Résultat net attribuable / Net income
  attributable to owners                             95,0        88,2
Effectif / Employees                                 4 210       3 980
"""


def test_wrapped_label_row_is_one_row_and_a_count_row_keeps_no_money():
    got = _obs(WRAPPED)
    assert got[("Microsoft", "revenue", "2030")].value == Decimal("812400000")
    net = [f for (s, m, p), f in got.items() if m.startswith("net income") and p == "2030"]
    assert net and net[0].value == Decimal("95000000")
    assert not any(f.unit == "EUR" and f.value in (Decimal("4210000000"), Decimal("4210000")) for f in got.values())


def test_note_phrase_reads_a_note_alone_in_any_spelling():
    assert note_phrase("EGP bn (Dec year-end)") == "EGP bn"
    assert note_phrase("(k€)") == "€k"
    assert note_phrase("En milliers d'euros / In thousands of euros") == "thousand euros"
    assert note_phrase("Revenue rose to EUR 5 million in 2030.") == ""
    assert note_phrase("Revenue") == ""


def test_forecast_marked_columns():
    for cell in ("2026e", "FY27E", "2027F", "2026 est.", "Q4 FY27E", "FY2031E"):
        assert table_rows.estimate_axis(cell) == "estimate", cell
    for cell in ("2026", "FY2027", "2025A", "EM median 2026e"):
        assert table_rows.estimate_axis(cell) is None, cell
    assert tables.day_cell("2027F") == "2027" and tables.day_cell("30/06/2031") == "30 Jun 2031"
    assert tables.day_cell("04/05/2031") == "04/05/2031"   # (day or month first: not guessed)


BARE = """# Microsoft: broker summary

Published 2 May 2031.

| USD m | FY2029 | FY2030 | FY2031e |
|---|---|---|---|
| Revenue | 60.4 | 81.6 | 102.8 |
| Net debt | 61.0 | 66.4 | 70.2 |
"""


def test_markdown_corner_note_types_each_column_and_an_amount_is_never_a_count():
    got = _obs(BARE)
    assert got[("Microsoft", "revenue", "FY2030")].value == Decimal("81600000")
    assert got[("Microsoft", "revenue", "FY2030")].unit == "USD"
    assert got[("Microsoft", "revenue estimate", "FY2031")].value == Decimal("102800000")
    assert got[("Microsoft", "net debt", "FY2030")].unit == "USD"
    assert not any(f.unit == "count" for f in got.values())


KPI = """Microsoft operating sheet, quarter ended 30 September 2031

Published 20 October 2031.

Indicator                         30-Sep-31    30-Jun-31    30-Sep-30
Cloud regions live                    6,240        6,010        5,480
Edge sites with Wi-Fi                 4,118        4,090        3,900
"""


def test_a_row_label_glued_to_its_first_figure_is_no_name():
    ex = extract_text(KPI, "doc-k", "k.txt")
    labels = {e.label for e in ex.entities}
    assert "Wi-Fi 4" not in labels and "Cloud regions live 6" not in labels
    assert not any(f.kind == "version_of" for f in ex.facts)


CODE_FIRST = """Samsung Electronics preliminary results for the third quarter of 2031

| Unit: KRW 100 million | Q3 2031 | Q3 2030 |
|---|---|---|
| Revenue | 1,250 | 1,100 |
| Operating profit | 430 | 390 |
"""


def test_code_first_counted_multiple_note_multiplies_each_cell():
    # (UNIT_NOTES code-first-multiple: 1,250 is KRW 125 billion, not 1,250 and 100 million run together)
    assert note_phrase("Unit: KRW 100 million (억원)") == "KRW 100 million"
    got = _obs(CODE_FIRST)
    assert got[("Samsung Electronics", "operating profit", "Q3 2031")].value == Decimal("43000000000")
    assert got[("Samsung Electronics", "operating profit", "Q3 2031")].unit == "KRW"
