"""Scale, currency and ranges of amounts (branch issue39s): Hangul units fused to their number and
to 원 (scale_words hangul_scale_words), a document's statement of its amounts' currency and scale
reaching the bare amounts of its prose. Invented documents and sentences."""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.values import find_money


def _money(text):
    return [(m.value, m.currency, m.text) for m in find_money(text)]


def _obs(text, name="doc.txt"):
    ex = extract_bytes(text.encode(), name)
    return [(f.subject.label, f.measure, f.value, f.unit, f.period.label if f.period else None)
            for f in ex.facts if f.kind == "observation"]


def test_hangul_eok_won_is_a_hundred_million_won():
    assert _money("영업이익 reached 2,315억원 in the half.") == [(Decimal("231500000000"), "KRW", "2,315억원")]


def test_hangul_jo_and_compound():
    assert _money("a market worth 3조원") == [(Decimal("3000000000000"), "KRW", "3조원")]
    assert _money("orders of 1조 2,400억원") == [(Decimal("1240000000000"), "KRW", "1조 2,400억원")]


def test_hangul_million_and_ten_thousand_won():
    assert _money("a fee of 4,500만원") == [(Decimal("45000000"), "KRW", "4,500만원")]
    assert _money("costs of 812백만원") == [(Decimal("812000000"), "KRW", "812백만원")]


def test_hangul_unit_needs_its_currency():
    assert _money("about 2,315억 shares") == []


_KOREAN_RELEASE = """HANBYUL SOFTWORKS CO., LTD. (KRX: 281450)
2Q 2031 EARNINGS RELEASE
Pangyo, 30 July 2031

Hanbyul Softworks Co., Ltd. ("the Company"), a maker of payroll and accounting software, announced consolidated revenue of 842억원 for the second quarter of 2031, up 9.1% from 772억원
a year earlier. Operating profit was 97억원.

[Revenue by business]                                     (Unit: 억원)
                               2Q31      2Q30      YoY     Share of 2Q31 revenue
Payroll cloud                   511       430    +18.8%     60.7%
Licences and maintenance        331       342     -3.2%     39.3%
Total                           842       772     +9.1%    100.0%
"""


def test_korean_release_types_prose_and_unit_table():
    obs = _obs(_KOREAN_RELEASE, "hanbyul.txt")
    assert ("Hanbyul Softworks", "revenue", Decimal("84200000000"), "KRW", "Q2 2031") in obs
    assert ("Hanbyul Softworks", "operating profit", Decimal("9700000000"), "KRW", "Q2 2031") in obs
    assert any(s == "Payroll cloud" and v == Decimal("51100000000") and u == "KRW" for s, _, v, u, _ in obs)


_MDNA = """TALLISKER ROUTE SYSTEMS INC.
MANAGEMENT'S DISCUSSION AND ANALYSIS
For the three months ended March 31, 2031
(All amounts in thousands of Canadian dollars, except per-share amounts, unless otherwise noted)

Tallisker Route Systems Inc. ("Tallisker" or the "Company") is a Canadian provider of dispatch software for
trucking fleets.

Revenue for the three months ended March 31, 2031 was $64,208, an increase of 6.1% compared to $60,517 for the
three months ended March 31, 2030. Net income for the quarter was $9,114, or $0.21 per diluted share.
The Company also paid US$2.5 million for a licence.
"""


def test_document_statement_scales_bare_dollar_amounts_of_prose():
    obs = _obs(_MDNA, "tallisker.txt")
    got = {(m, v, u) for _, m, v, u, _ in obs}
    assert ("revenue", Decimal("64208000"), "CAD") in got
    assert ("net income", Decimal("9114000"), "CAD") in got
    # a per-share amount takes the currency alone
    assert any(v == Decimal("0.21") and u == "CAD" for _, v, u in got)
    assert not any(v == Decimal("64208") for _, v, u in got)


def test_document_statement_leaves_own_scale_and_other_currency():
    from aikg.extract import document_scale as ds
    st = ds.read(_MDNA)
    assert (st.currency, st.scale) == ("CAD", 1000)
    text = "The Company paid US$2.5 million and $1.2 million, and C$3,100."
    got = [(m.value, m.currency) for m in ds.apply(find_money(text), text, st)]
    assert got == [(Decimal("2500000"), "USD"), (Decimal("1200000"), "CAD"), (Decimal("3100000"), "CAD")]


def test_no_statement_in_an_ordinary_sentence():
    from aikg.extract import document_scale as ds
    assert ds.read("Acme said on Monday that sales rose.\nAmounts in the table are unaudited.\n") is None


def test_korean_and_chinese_year_parts_are_periods():
    import datetime
    from aikg.extract.values import find_periods
    got = [p.label for p in find_periods("| 구분 | 2031년 3분기 | 2031년 상반기 | 2030年第四季度 | 2030年下半年 |",
                                         datetime.date(2031, 10, 20))]
    assert got == ["Q3 2031", "H1 2031", "Q4 2030", "H2 2030"]


_FORECAST = """Stock code: 004417        Stock abbreviation: Linqiao Optics        Announcement No.: 2031-022

ZHEJIANG LINQIAO OPTICS CO., LTD.

2031 Semi-annual Results Forecast

1. Forecast period: 1 January 2031 to 30 June 2031
2. Expected results: increase in profit

Unit: RMB'0,000

| Item | Current reporting period | Same period last year |
|---|---|---|
| Basic earnings per share | RMB 0.41 per share | RMB 0.30 per share |
"""


def test_labelled_forecast_period_and_same_period_last_year_column():
    obs = _obs(_FORECAST, "linqiao.txt")
    eps = {(v, p) for _, m, v, u, p in obs if m == "earnings per share"}
    assert (Decimal("0.41"), "H1 2031") in eps
    assert (Decimal("0.30"), "H1 2030") in eps


def test_defined_reporting_period_dates_its_figures():
    text = """Lumen Harbour Holdings Limited
POSITIVE PROFIT ALERT

The board of directors of Lumen Harbour Holdings Limited (the "Company") informs shareholders that, based on the
unaudited management accounts for the six months ended 30 June 2031 (the "Reporting Period"), the Company is expected
to record:

(i) total revenue of approximately RMB1,210 million to RMB1,260 million for the Reporting Period.
"""
    obs = _obs(text, "lumen.txt")
    assert any(m == "total revenue" and v == Decimal("1210000000") and p == "H1 2031"
               for _, m, v, u, p in obs)


def test_ten_thousand_yuan_unit_line():
    from aikg.extract.segment_tables import scale_line_note, _money_in
    note = scale_line_note("Unit: RMB'0,000")
    assert _money_in("12,000", note).value == Decimal("120000000")
    assert _money_in("1,872", scale_line_note("(단위: 억원)")).value == Decimal("187200000000")
