"""issue41t: figures in tables and list rows at first contact (invented documents, new company names)."""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.segment_tables import _money_in, unit_note
from aikg.extract.table_rows import row_measure


def _obs(text: str, name: str = "doc.md"):
    ex = extract_bytes(text.encode(), name)
    return [f for f in ex.facts if f.kind == "observation"]


def _find(obs, subject, measure, label=None):
    return sorted((f.value, f.unit, f.value_max) for f in obs
                  if f.subject.label.startswith(subject) and f.measure == measure
                  and (label is None or (f.period is not None and f.period.label == label)))


BRAZIL = """# Cordeirinho Alimentos S.A. — Release de Resultados 2T31

Curitiba, 10 de agosto de 2031 — A Cordeirinho Alimentos S.A. divulga seus resultados do segundo trimestre de 2031 (2T31).

## Destaques financeiros (R$ mil)

| Indicador                   | 2T31      | 2T30      | Var. % |
|-----------------------------|----------:|----------:|-------:|
| Receita operacional líquida | 845.210   | 790.004   | 7,0%   |
| Lucro bruto                 | 201.330   | 188.120   | 7,0%   |
| Resultado financeiro        | (12.480)  | (15.900)  | -21,5% |
| Margem EBITDA ajustada      | 18,4%     | 17,9%     |        |

## Receita e EBITDA por segmento (R$ mil)

| Segmento          | Receita 2T31 | Receita 2T30 | EBITDA 2T31 | EBITDA 2T30 |
|-------------------|-------------:|-------------:|------------:|------------:|
| Laticínios        | 512.400      | 480.100      | 61.200      | 55.300      |
| Bebidas vegetais  | 332.810      | 309.904      | (2.450)     | (6.100)     |
| Total             | 845.210      | 790.004      | 58.750      | 49.200      |
"""


def test_iberian_labels_and_romance_thousand_note():
    obs = _obs(BRAZIL)
    assert (Decimal("845210000"), "BRL", None) in _find(obs, "Cordeirinho", "net revenue", "Q2 2031")
    assert _find(obs, "Cordeirinho", "gross profit", "Q2 2031") == [(Decimal("201330000"), "BRL", None)]
    assert _find(obs, "Cordeirinho", "net financial result", "Q2 2031") == [(Decimal("-12480000"), "BRL", None)]
    assert _find(obs, "Cordeirinho", "adjusted ebitda margin", "Q2 2031") == [(Decimal("18.4"), "percent", None)]


def test_segment_rows_in_portuguese_with_a_bracketed_loss():
    obs = _obs(BRAZIL)
    assert _find(obs, "Bebidas vegetais", "revenue", "Q2 2031") == [(Decimal("332810000"), "BRL", None)]
    assert _find(obs, "Bebidas vegetais", "ebitda", "Q2 2031") == [(Decimal("-2450000"), "BRL", None)]


def test_label_vocabulary_and_trailing_basis():
    assert row_measure("Ingresos de actividades ordinarias") == "revenue"
    assert row_measure("Utilidad neta") == "net income"
    assert row_measure("Margen EBITDA") == "ebitda margin"
    assert row_measure("Dívida líquida (fim do período)") == "net debt"
    assert row_measure("Earnings per share — diluted (HK cents)") == "diluted earnings per share"
    assert row_measure("Receita 2T31") is None   # (a column's head, no row label)


def test_notes_mil_rm_and_sentence_bracket():
    assert _money_in("1,200", "R$ mil").value == Decimal("1200000")
    m = _money_in("2,910", "Rm")
    assert (m.value, m.currency) == (Decimal("2910000000"), "ZAR")
    assert _money_in("2,910", "RM").currency == "MYR"   # (the ringgit in capitals)
    assert unit_note("", "(Resumen de resultados. Cifras en millones de pesos; figures in CLP million. No auditado.)") == "CLP million"


HKEX = """QINGMU ROBOTICS HOLDINGS LIMITED
ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2031

The board of Qingmu Robotics Holdings Limited ("Qingmu") announces the results for the year ended 31 December 2031.

FINANCIAL HIGHLIGHTS

                                               FY2031        FY2030     Change
                                             HK$'000       HK$'000
Revenue                                    2,418,600     2,101,300      +15.1%
Gross profit                                 612,020       540,880      +13.2%
Earnings per share — basic (HK cents)          21.44         18.02
Proposed final dividend per share (HK cents)    6.5           5.0

COMPARISON WITH MARKET EXPECTATIONS

                                        Company actual     Market consensus
                                             FY2031             FY2031
Revenue (HK$'000)                         2,418,600          2,500,000
EBITDA (HK$'000)                                 n/a            410,000

The Board recommends a final dividend of HK6.5 cents per share.
"""


def test_column_unit_line_and_minor_unit_rows():
    obs = _obs(HKEX, "qingmu.txt")
    assert (Decimal("2418600000"), "HKD", None) in _find(obs, "Qingmu", "revenue")
    assert (Decimal("2101300000"), "HKD", None) in _find(obs, "Qingmu", "revenue", "FY2030")
    assert _find(obs, "Qingmu", "basic earnings per share") == [(Decimal("18.02"), "cents", None), (Decimal("21.44"), "cents", None)]
    assert (Decimal("6.5"), "cents", None) in _find(obs, "Qingmu", "proposed final dividend per share")


def test_market_consensus_column_is_no_actual():
    obs = _obs(HKEX, "qingmu.txt")
    assert all(f.value != Decimal("2500000000") for f in obs if f.measure == "revenue")
    assert _find(obs, "Qingmu", "revenue consensus") == [(Decimal("2500000000"), "HKD", None)]
    assert _find(obs, "Qingmu", "ebitda") == []


JSE = """KOPANONG INDUSTRIAL HOLDINGS LIMITED
("Kopanong" or "the Group")

SHORT-FORM ANNOUNCEMENT: INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 MARCH 2031

SALIENT FEATURES
- Revenue up 6% to R3 120 million (March 2030: R2 943 million)
- Headline earnings per share (HEPS) up 9% to 141,6 cents (March 2030: 129,9 cents)

SEGMENTAL PERFORMANCE
                                            Revenue         Operating profit
Rm                                    H1 2031   H1 2030   H1 2031   H1 2030
Mining Services                         1 905     1 801       204       187
Water Technologies                      1 215     1 142        96       101
Corporate and eliminations                  -         -       (22)      (19)
Group                                   3 120     2 943       278       269

Kopanong expects headline earnings per share for the year to be between 290,5 cents and 305,0 cents.
"""


def test_measure_groups_over_a_rand_note_line():
    obs = _obs(JSE, "kopanong.txt")
    assert (Decimal("1215000000"), "ZAR", None) in _find(obs, "Water Technologies", "revenue")
    assert (Decimal("96000000"), "ZAR", None) in _find(obs, "Water Technologies", "operating profit")
    assert not any(f.subject.label.startswith("Corporate") for f in obs)


def test_decimal_comma_cents_and_a_range():
    obs = _obs(JSE, "kopanong.txt")
    heps = _find(obs, "Kopanong", "headline earnings per share")
    assert (Decimal("141.6"), "cents", None) in heps
    assert (Decimal("290.5"), "cents", Decimal("305.0")) in heps


CMF = """Compañía Austral de Fibra S.A. (Fibrasur) informs the market of its results.

ANEXO / ANNEX
(Summary of consolidated results. Cifras en millones de pesos chilenos, MM$; figures in CLP million. Unaudited.)

                                   3T31       3T30    Var.%      9M31       9M30
Ingresos de actividades          98.420     91.300     7,8%   287.150    270.900
  ordinarias (Revenue)
EBITDA                           40.120     37.010     8,4%   118.330    109.840
Margen EBITDA                     40,8%      40,5%              41,2%      40,5%
"""


def test_label_tail_keeps_the_table_and_a_long_bracket_note():
    obs = _obs(CMF, "fibrasur.txt")
    assert (Decimal("98420000000"), "CLP", None) in [(f.value, f.unit, f.value_max) for f in obs if f.measure == "revenue"]
    margins = [f.value for f in obs if f.measure == "ebitda margin"]
    assert Decimal("40.8") in margins and Decimal("40") not in margins
