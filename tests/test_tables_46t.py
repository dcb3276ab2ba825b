"""Branch issue46t: key-figure and forecast tables typed per cell (invented documents, new company names).

- an empty-corner aligned header whose change column is headed by a percent sign alone ("Δ%", "%");
- the naira's one-letter sign before an apostrophe scale ("N'000"), in a column-unit line and a "Unit:" field;
- a column headed "Forecast" is the company's outlook for its period, the "Actual" column a reported figure;
- a caption "<result> by <word>" over a table whose corner is that word lists the company's units.
"""
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes
from aikg.extract.segment_tables import breakdown_corner, scale_line_note

KEY_FIGURES = """MARELLO SYSTEMS S.A.
Announcement to the exchange, 20 November 2031

Marello Systems S.A. announces its results for the nine months ended 30 September 2031 (9M 2031).

KEY FIGURES (€ thousand)

                                      9M 2031        9M 2030      Δ%
  Revenue                             412,300        380,100    +8.5%
  EBITDA                               61,020         55,400   +10.1%
  Profit before tax                    30,150         27,900    +8.1%

Management expects growth to continue.
"""


def _obs(text, name="doc.txt"):
    return [f for f in extract_bytes(text.encode(), name).facts if f.kind == "observation"]


def test_percent_only_change_head_in_empty_corner_header():
    obs = [o for o in _obs(KEY_FIGURES) if o.measure == "profit before tax"]
    cur = [o for o in obs if o.period is not None and o.period.label.endswith("2031-09-30")]
    assert cur and cur[0].value == Decimal("30150000") and cur[0].unit == "EUR"
    assert cur[0].change == Decimal("8.1") and cur[0].direction == "increase"
    prior = [o for o in obs if o.period is not None and o.period.label.startswith("2030")]
    assert prior and prior[0].value == Decimal("27900000")


def test_bare_percent_head_too():
    text = KEY_FIGURES.replace("Δ%", " %")
    obs = [o for o in _obs(text) if o.measure == "ebitda" and o.value == Decimal("61020000")]
    assert obs and obs[0].change == Decimal("10.1")


FORECAST = """LAGOON DATA PLC
Disclosure: EARNINGS FORECAST FOR THE QUARTER ENDING 30 JUNE 2032
Date: 10 March 2032

The Board of Lagoon Data Plc submits its earnings forecast for the second quarter of 2032 (Q2 2032),
with the actual results of the corresponding quarter of 2031.

PROFIT OR LOSS FORECAST

                                     Forecast             Actual
                                     Q2 2032              Q2 2031
                                     N'000                N'000
Turnover                             4,210,000            3,050,400
Gross profit                         1,302,500              911,200
Profit before tax                      402,800              250,100
Profit after tax                       281,960              175,070
"""


def test_naira_letter_sign_scale_and_forecast_column_is_outlook():
    obs = _obs(FORECAST)
    fc = [o for o in obs if o.measure == "profit before tax outlook"]
    assert fc and fc[0].value == Decimal("402800000") and fc[0].unit == "NGN" and fc[0].period.label == "Q2 2032"
    act = [o for o in obs if o.measure == "profit before tax"]
    assert act and act[0].value == Decimal("250100000") and act[0].period.label == "Q2 2031"
    assert not [o for o in obs if o.measure == "profit before tax" and o.period and o.period.label == "Q2 2032"]


def test_unit_field_naira():
    assert scale_line_note("Unit:              N'000") == "NGN thousand"
    assert scale_line_note("(₦'000)") == "NGN thousand"
    assert scale_line_note("KN'000") == ""   # (a letter glued before the N: no naira sign)


BY_SERVICE = """Tindra Telecom Ltd — Q2 2032 results

Tindra Telecom Ltd (Nasdaq Iceland: TINDRA) announces its results for the second quarter of 2032.
Revenue amounted to ISK 5,100 million in Q2 2032, up 7.4% year on year.

Revenue by channel, Q2 (ISK million)

| Channel                     | Q2 2032 | Q2 2031 | Change |
|-----------------------------|--------:|--------:|-------:|
| Retail stores               |   2,100 |   2,000 |   5.0% |
| Online and app              |   1,800 |   1,500 |  20.0% |
| Wholesale                   |   1,200 |   1,250 |  -4.0% |
| Total                       |   5,100 |   4,750 |   7.4% |
"""


def test_breakdown_caption_names_the_corner():
    obs = [o for o in _obs(BY_SERVICE, "doc.md") if o.subject.label == "Online and app"]
    assert obs and {o.value for o in obs} == {Decimal("1800000000"), Decimal("1500000000")}
    assert any(o.change == Decimal("20.0") for o in obs)


def test_breakdown_corner_needs_a_result_broken_down():
    assert breakdown_corner("Channel", "Revenue by channel, Q2 (ISK million)")
    assert breakdown_corner("Activity", "SALES AND EBT BY ACTIVITY, 9M 2031")
    assert not breakdown_corner("Level", "Median total compensation by level")
    assert not breakdown_corner("Region", "Revenue by channel")
