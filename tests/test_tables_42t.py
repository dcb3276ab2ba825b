"""issue42t: table rows whose labels are measures, units as columns, and national money notes
(invented documents, new company names)."""
from decimal import Decimal

from aikg.extract import values as v
from aikg.extract.pipeline import extract_bytes
from aikg.extract.segment_tables import unit_note


def _ex(text: str, name: str = "doc.md"):
    return extract_bytes(text.encode(), name)


def _obs(ex):
    return [f for f in ex.facts if f.kind == "observation"]


def _find(obs, subject, measure, label=None):
    return sorted((f.value, f.unit) for f in obs
                  if f.subject.label.startswith(subject) and f.measure == measure
                  and (label is None or (f.period is not None and f.period.label == label)))


# MEASURE_ROWS: a heading that reads as units ("Business update") over rows of measures
VELDORA = """# Veldora Interactive S.A. — Other Relevant Information

Madrid, 3 November 2031 — Veldora Interactive S.A. publishes its business update for the first nine months of 2031.

## 1. Business update for the first nine months of 2031 (unaudited)

| EUR million | 9M 2031 | 9M 2030 | Change |
|---|---|---|---|
| Sales | 412,8 | 380,1 | +8,6% |
| Gross margin (net revenue) | 98,4 | 90,2 | +9,1% |
| Adjusted EBITDA | 14,2 | 12,0 | +18,3% |

The Board thanks its employees.
"""


def test_measure_rows_under_a_units_heading_are_the_companys_measures():
    ex = _ex(VELDORA)
    obs = _obs(ex)
    assert not any(f.kind == "segment_of" and f.segment.label in ("Sales", "Adjusted EBITDA") for f in ex.facts)
    assert (Decimal("412800000"), "EUR") in _find(obs, "Veldora", "sales")
    assert (Decimal("14200000"), "EUR") in _find(obs, "Veldora", "adjusted ebitda")


def test_a_change_cell_of_a_margin_row_is_no_margin_level():
    obs = _obs(_ex(VELDORA.replace("1. Business update for the first nine months of 2031 (unaudited)", "Key figures")))
    assert not [f for f in obs if f.measure == "gross margin" and f.unit == "percent"]   # (+9,1% is a change)


# UNIT_COLUMNS: the units across, the measures down, a group column; the note is the sheet's statement
BRELLAN = """BRELLAN SYSTEMS SE
Notes to the consolidated financial statements (extract)

(in thousands of euros, unless otherwise stated)

NOTE 4 — OPERATING SEGMENTS

Brellan Systems has two operating segments, Grid Software and Field Services.

4.2 Segment results

Year 2031                       Grid Software   Field Services   Unallocated       Group
Revenue                               210,400         95,300             -       305,700
EBITDA                                 41,200         12,050        (2,100)       51,150
Capital expenditure                     4,300          2,200             -         6,500

4.3 Revenue by geographical area

                                   2031        2030
Germany                         140,250     131,000
Nordics                          90,450      84,100
Rest of the world                75,000      70,900
Total                           305,700     286,000
"""


def test_units_as_columns_give_each_units_figures_and_the_group_column_the_companys():
    ex = _ex(BRELLAN, "brellan.txt")
    obs = _obs(ex)
    assert _find(obs, "Grid Software", "revenue", "2031") == [(Decimal("210400000"), "EUR")]
    assert _find(obs, "Field Services", "ebitda", "2031") == [(Decimal("12050000"), "EUR")]
    assert (Decimal("305700000"), "EUR") in _find(obs, "Brellan", "revenue", "2031")
    assert not any(f.kind == "segment_of" and f.segment.label in ("Revenue", "EBITDA", "Unallocated") for f in ex.facts)


def test_an_empty_corner_of_bare_years_heads_a_regional_table_under_the_sheets_note():
    obs = _obs(_ex(BRELLAN, "brellan.txt"))
    assert _find(obs, "Nordics", "revenue", "2031") == [(Decimal("90450000"), "EUR")]
    assert _find(obs, "Germany", "revenue", "2030") == [(Decimal("131000000"), "EUR")]


# NEW_SHEKEL_NIS, NOTE_THEN_CLAUSE, CORNER_CAPTION_NOTE
ORTAVIM = """ORTAVIM LTD.
IMMEDIATE REPORT

Ortavim Ltd. (the "Company") hereby reports that its Board approved the interim statements as of 30 September 2031. Main data below (NIS thousands, unaudited):

                                     Q3 2031     Q3 2030
Revenues                             120,400     110,200
Operating profit                      15,300      13,900
Earnings per share (NIS)                0.84        0.77

Revenues by segment (NIS thousands):     Q3 2031     Q3 2030
  Clinical software                       70,100      64,000
  Hosting services                        50,300      46,200

The Board declared a dividend of NIS 0.40 per share. The EU's NIS2 directive applies to the hosting unit.
"""


def test_nis_is_the_shekel_and_a_note_before_a_comma_is_the_tables_note():
    assert [(m.value, m.currency) for m in v.find_money("a dividend of NIS 0.40 per share")] == [(Decimal("0.4"), "ILS")]
    assert v.find_money("the EU's NIS2 directive") == []
    assert unit_note("", "Main data below (NIS thousands, unaudited):") == "NIS thousands"
    obs = _obs(_ex(ORTAVIM, "ortavim.txt"))
    assert _find(obs, "Ortavim", "revenues", "Q3 2031") == [(Decimal("120400000"), "ILS")]


def test_a_corner_captions_bracket_is_the_note_before_the_row_above():
    obs = _obs(_ex(ORTAVIM, "ortavim.txt"))
    assert _find(obs, "Hosting services", "revenue", "Q3 2031") == [(Decimal("50300000"), "ILS")]


# chilean_mm_pesos and the units-as-columns markdown table of a Chilean release
QUILLAY = """# Inversiones Quillaymo S.A. — Comunicado de Resultados 3T31

**Santiago, 18 de noviembre de 2031** — Inversiones Quillaymo S.A. informa sus resultados del tercer trimestre de 2031. Las cifras están expresadas en millones de pesos chilenos (MM$).

## Resultados por segmento, 3T31 (MM$)

| MM$ | Farmacias | Laboratorio | Consolidado 3T31 | Consolidado 3T30 |
|---|---:|---:|---:|---:|
| Ventas | 402.300 | 88.120 | 490.420 | 455.010 |
| EBITDA | 40.210 | (3.050) | 37.160 | 35.400 |

La deuda financiera neta alcanzó MM$ 210.450 al cierre del trimestre.
"""


def test_mm_pesos_before_a_number_is_clp_million():
    assert [(m.value, m.currency) for m in v.find_money("MM$ 210,450")] == [(Decimal("210450000000"), "CLP")]
    assert [(m.value, m.currency) for m in v.find_money("MM$ 12,345 millones")] == [(Decimal("12345000000"), "CLP")]


def test_units_as_columns_in_a_chilean_release():
    obs = _obs(_ex(QUILLAY))
    assert _find(obs, "Laboratorio", "ebitda") == [(Decimal("-3050000000"), "CLP")]
    assert (Decimal("490420000000"), "CLP") in _find(obs, "Inversiones Quillaymo", "revenue")


def test_a_unit_line_with_a_currency_field_after_it():
    assert unit_note("", "Unit: yuan   Currency: RMB") == "yuan"
