"""Periods of a fact (issue34d): the value a year earlier, a report's period from its heading, a
notice's effective day, a Q&A question number, a present-state share. Invented articles only."""
from datetime import date

from aikg import records as r
from aikg.extract import values as v
from aikg.extract.effective_dates import date_new_values, effective_day
from aikg.extract.periods import present_state, question_number
from aikg.extract.pipeline import extract_bytes
from aikg.extract.prior_year import prior_after_value, year_earlier
from aikg.extract.report_period import half_year_heading, year_ended_heading


def _obs(text: str, name: str = "doc.md"):
    ex = extract_bytes(text.encode(), name)
    return [f for f in ex.facts if f.kind == "observation"]


def _by_value(facts, value_text):
    got = [f for f in facts if f.value_text == value_text]
    assert got, (value_text, [(f.measure, f.value_text) for f in facts])
    return got[0]


# ---------------------------------------------------------------- the value a year earlier

def test_year_earlier_moves_dates_and_label():
    q = r.Period(start=date(2026, 4, 1), end=date(2026, 6, 30), label="Q2 2026")
    assert year_earlier(q) == r.Period(start=date(2025, 4, 1), end=date(2025, 6, 30), label="Q2 2025")
    fy = r.Period(start=date(2025, 7, 1), end=date(2026, 6, 30), label="FY2026")
    assert year_earlier(fy).label == "FY2025" and year_earlier(fy).end == date(2025, 6, 30)
    leap = r.Period(start=date(2024, 1, 1), end=date(2024, 2, 29), label="2024-01-01/2024-02-29")
    assert year_earlier(leap).end == date(2023, 2, 28)
    assert year_earlier(r.Period(label="Q2")) is None  # no dates: left undated, never guessed
    assert year_earlier(r.Period(label="FY2025")) == r.Period(label="FY2024")   # an undated fiscal label
    assert year_earlier(r.Period(start=date(2025, 1, 1), end=date(2027, 12, 31), label="2025-2027")) is None


def test_prior_phrases_after_a_value():
    t = "Operating margin was 14.2% in the half, compared with 12.9% twelve months earlier."
    assert prior_after_value(t, t.index("12.9%") + 5) == "year-earlier-after-value"
    assert prior_after_value(t, t.index("14.2%") + 5) is None
    t2 = "Bookings reached NOK 640m, versus NOK 590m in the corresponding period of the previous year."
    assert prior_after_value(t2, t2.index("NOK 590m") + 8) == "same-period-last-year"
    t3 = "Turnover grew 7% from a year earlier to EUR 88m."   # a change's base: no value of the earlier year
    assert prior_after_value(t3, t3.index("7%") + 2) is None


HALF_YEAR = """Veltra Systems Co., Ltd.
2026 Semi-Annual Report Summary

Section I  Key Figures

During the reporting period the Company expanded its edge computing business. Operating income was 512.3 million yuan, compared with 455.0 million yuan in the same period of last year. The gross margin reached 38.5% in the half, against 35.2% one year before.
"""


def test_half_year_report_with_prior_half_in_prose():
    obs = _obs(HALF_YEAR, "veltra_halfyear.txt")
    cur = _by_value(obs, "512.3 million yuan")
    assert cur.period is not None and (cur.period.start, cur.period.end) == (date(2026, 1, 1), date(2026, 6, 30))
    prior = [f for f in obs if f.value_text == "455.0 million yuan"]
    assert all(f.period is None or f.period.end == date(2025, 6, 30) for f in prior)
    margin_then = _by_value(obs, "35.2%")
    assert margin_then.period is not None and (margin_then.period.start, margin_then.period.end) == (date(2025, 1, 1), date(2025, 6, 30))
    margin_now = _by_value(obs, "38.5%")
    assert (margin_now.period.start, margin_now.period.end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_half_year_heading_reader():
    t = "2025 SEMI-ANNUAL REPORT OF NORDLYS ENERGI"
    h = half_year_heading(t, v.find_periods(t, None))
    assert h is not None and h.label == "H1 2025" and h.end == date(2025, 6, 30)
    assert half_year_heading("2025 Annual Report", v.find_periods("2025 Annual Report", None)) is None


JUNE_YEAR = """Harbourline Logistics Limited
Results for the Financial Year Ended 30 June 2026

Revenue: A$412.0 million (FY2025: A$380.5 million)
Underlying EBITDA: A$61.3 million
The EBITDA margin reached 14.9% in the year, against 13.6% one year before, as warehouse automation lowered handling costs.
For FY2027 the board expects revenue growth of 6% to 8%.
"""


def test_fiscal_year_ending_june_with_prior_year_brackets():
    obs = _obs(JUNE_YEAR, "harbourline.txt")
    fy26 = (date(2025, 7, 1), date(2026, 6, 30))
    rev = _by_value(obs, "A$412.0 million")
    assert rev.period is not None and (rev.period.start, rev.period.end) == fy26
    ebitda = _by_value(obs, "A$61.3 million")
    assert ebitda.period is not None and (ebitda.period.start, ebitda.period.end) == fy26
    then = _by_value(obs, "13.6%")   # the margin one year before: that year's, or undated, never the year reported on
    assert then.period is None or (then.period.start, then.period.end) == (date(2024, 7, 1), date(2025, 6, 30))
    bracket = _by_value(obs, "A$380.5 million")   # "(FY2025: …)": the year before, not the year reported on
    assert bracket.period is not None and (bracket.period.start, bracket.period.end) == (date(2024, 7, 1), date(2025, 6, 30))
    # an outlook keeps its own year, never the year reported on
    assert all(f.period is None or f.period.end != date(2026, 6, 30) for f in obs if "outlook" in f.measure or "guidance" in f.measure)


def test_year_ended_heading_needs_a_closed_year():
    t = "Summary of Results for the First Three Months of the Fiscal Year Ending March 31, 2027"
    assert year_ended_heading(t, v.find_periods(t, None)) is None
    t2 = "ANNUAL RESULTS FOR THE YEAR ENDED 30 JUNE 2025"
    y = year_ended_heading(t2, v.find_periods(t2, None))
    assert y is not None and y.end == date(2025, 6, 30)


# ---------------------------------------------------------------- a notice's effective day

NOTICE = """# Tariff update for Brightwave broadband plans (effective 1 October 2026)

**From:** Brightwave Networks AB, Malmö
**Date:** 12 August 2026

Dear customer, the new fees apply from 1 October 2026 for all plans.

| Plan | Speed | Current price | New price |
|---|---|---|---|
| Fibre Home | 250 Mbit/s | SEK 399 | SEK 429 |
| Fibre Max | 1000 Mbit/s | SEK 549 | SEK 589 |

In 2026 Brightwave will spend about SEK 300 million on network upgrades.
"""


def test_price_notice_new_values_from_effective_day():
    obs = _obs(NOTICE, "brightwave_notice.md")
    new = [f for f in obs if f.measure.startswith("new ") or (f.value_text or "").endswith("(New price)")]
    assert new, [(f.measure, f.value_text) for f in obs]
    for f in new:
        assert f.period is not None and f.period.start == date(2026, 10, 1) and f.period.end is None
    assert all(f.period is None or f.period.start != date(2026, 10, 1) for f in obs if f not in new)
    assert len(new) == 2


def test_effective_day_reader():
    lines = ["Fee update — valid from 2 January 2027", "Our fees change."]
    assert effective_day(lines, lambda t: v.find_periods(t, None)) == date(2027, 1, 2)
    assert effective_day(["The plant opened on 2 January 2027."], lambda t: v.find_periods(t, None)) is None
    f = r.Observation(subject=r.EntityRef(kind="Company", label="X"), measure="current price", value_text="€1",
                      evidence=r.Evidence(doc="d", start=0, end=1, quote="x"))
    assert date_new_values([f], date(2027, 1, 2)) == [f]


# ---------------------------------------------------------------- question numbers, present shares

def test_question_number_is_no_quarter():
    t = "Q2. Why did orders fall?"
    p = v.find_periods(t, None)[0]
    assert question_number(p, t)
    t2 = "Q2 revenue rose 4%."
    assert not question_number(v.find_periods(t2, None)[0], t2)


QA = """Quillon Robotics — Summary of Q&A at the Annual General Meeting, June 2026

Q1. Why were orders weak?
A. Orders slowed in the first half of fiscal 2025 and recovered in the second half of fiscal 2025. Service contracts now account for about 27% of group revenue.
"""


def test_present_share_takes_no_earlier_half():
    assert present_state("Cloud now accounts for 12% of sales.")
    assert not present_state("Cloud accounted for 12% of sales in 2024.")
    obs = _obs(QA, "quillon_qa.md")
    share = [f for f in obs if f.value_text and "27%" in f.value_text]
    assert all(f.period is None for f in share), [(f.measure, f.period) for f in share]


# ---------------------------------------------------------------- the ask side: an event's date

from aikg.event_dates import EFFECTIVE_ASKED, asked_event, effective_rows, event_rows  # noqa: E402


def test_event_asked_needs_a_date_question_and_an_event():
    assert asked_event("When is Hall B of the Tromsø campus expected to go live?")[0] == "in-service"
    assert asked_event("What is the ex-dividend date for the final dividend?")[0] == "dividend-dates"
    assert asked_event("How much did the Tromsø campus cost to commission?") is None   # no date asked
    assert asked_event("When did revenue peak?") is None                                # no event named


def test_event_rows_keep_the_part_asked():
    rows = [{"role": "date", "measure": "hall a ready for service", "valueText": "H2 2026"},
            {"role": "date", "measure": "hall b ready for service", "valueText": "Q1 2028"},
            {"role": "amount", "measure": "capex", "valueText": "€40m"}]
    got = event_rows(rows, "When is Hall B ready for service?", "in-service", "ready for service")
    assert [r["valueText"] for r in got] == ["Q1 2028"]
    assert event_rows(rows, "When is Hall C ready for service?", "in-service", "ready for service") == []
    div = [{"role": "date", "measure": "payment date", "valueText": "9 May 2027"},
           {"role": "date", "measure": "record date", "valueText": "2 May 2027"}]
    assert [r["valueText"] for r in event_rows(div, "what is the record date?", "dividend-dates", "record date")] == ["2 May 2027"]


def test_effective_question_and_rows():
    assert EFFECTIVE_ASKED.search("When do the new tariffs take effect?")
    assert not EFFECTIVE_ASKED.search("When did the CEO take office?")
    rows = [{"measure": "new price", "periodLabel": "from 2026-10-01", "periodStart": "2026-10-01"},
            {"measure": "current price", "periodLabel": "", "periodStart": ""}]
    assert len(effective_rows(rows)) == 1


def test_year_earlier_asked_adds_the_prior_period():
    from aikg.question import question_periods
    from aikg.year_earlier_asked import with_year_earlier
    q = "Brightwave churn in Q2 2026 compared with a year earlier?"
    got = with_year_earlier(q, question_periods(q))
    assert {(p.start.year, p.end.month) for p in got} == {(2026, 6), (2025, 6)}
    q2 = "Brightwave churn in Q2 2026?"
    assert len(with_year_earlier(q2, question_periods(q2))) == 1


def test_investment_over_a_span_of_years():
    text = ("# Nordlys Energi plans grid spending\n\n*Oslo, 3 March 2027*\n\n"
            "Nordlys Energi will invest about NOK 4 billion (EUR 340 million) in grid upgrades over 2027–2030, "
            "the utility said. Nordlys Energi will also invest NOK 300 million in a new control centre.\n")
    inv = [f for f in extract_bytes(text.encode(), "nordlys.md").facts if f.kind == "investment"]
    spans = {f.amounts[0].text: f.period for f in inv}
    assert spans, inv
    four = next(p for t, p in spans.items() if "4 billion" in t)
    assert four is not None and (four.start, four.end) == (date(2027, 1, 1), date(2030, 12, 31))
    assert all(p is None for t, p in spans.items() if "300 million" in t)
