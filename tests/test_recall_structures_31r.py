"""Recall of what an analyst wants, by structure (issue31r): a forecast-revision table (previous /
revised forecast rows and the change between them) read as outlooks; a plain-text header wrapped
over two lines read as one header; a list line whose label is a unit named with the word "segment"
under a lead naming the measure; two days joined by "to" read as one period. Invented articles in
shapes of their own."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aikg.extract import tables, transposed
from aikg.extract import values as v
from aikg.extract.pipeline import extract_bytes

REVISION = b"""Tarvel Instruments Corporation
November 12, 2031

Notice on the Revision of the Full-Year Forecast for the Fiscal Year Ending December 31, 2031

Tarvel Instruments Corporation today revised its forecast for the fiscal year ending December 31, 2031
(January 1, 2031 to December 31, 2031), first published on February 14, 2031.

1. Revised forecast for FY2031                                          (Millions of yen)

                                    Net         Ordinary     Net income
                                    sales       income       per share (yen)
  Earlier plan (A)                  52,000       6,400          81.20
  Updated plan (B)                  49,500       5,100          (12.40)
  Difference (B - A)                (2,500)     (1,300)            -
  Difference (%)                    (4.8%)      (20.3%)            -

2. Reason. Orders from machine-tool makers in Europe fell short of the plan.
"""

KESSAN = b"""Summary of Results for the Six Months Ended September 30, 2031

November 4, 2031
Company name: Halverd Logistics Co., Ltd.
Listing: Nagoya Stock Exchange

(1) Results (% figures are changes on the same period a year earlier)
                           Operating revenue    Operating profit
                           (Millions of yen)
Six months to Sept 2031    310,200  4.1%        21,800  -2.2%
Six months to Sept 2030    298,000  3.0%        22,290  5.5%

3. Forecast for the fiscal year ending March 31, 2032 (April 1, 2031 to March 31, 2032)
                           Operating revenue    Operating profit
Full year (new)            640,000  3.9%        47,000  1.5%
Full year (prior)          655,000              49,500

Halverd Logistics runs bonded warehouses at four ports.
"""

SEGMENTS = b"""Orvane Microsystems AG: third-quarter update

Orvane Microsystems AG sells power chips to carmakers and factories. Sales for the third quarter
(July 1 to September 30, 2031) were EUR 812 million, of which:
   - Mobility segment:                     EUR 455 million
   - Factory Automation ("FA") segment:    EUR 340 million
   - Other:                                EUR 17 million
The company will report its full-year figures in February.
"""

PERIOD_NOTE = b"""Quillon Retail plc

Quillon Retail sold its Irish stores in 2031. For the period from 1 March 2031 to 31 May 2031, revenue was
GBP 41.2 million, the company said on 2 June 2031.
"""


def _obs(ex):
    return {(f.subject.label, f.measure, f.period.label if f.period else None, f.value, f.change)
            for f in ex.facts if f.kind == "observation"}


def test_a_wrapped_plain_text_header_is_one_header_each_word_under_its_column():
    found = [tb for tb in tables.tables(REVISION.decode()) if tb.shape == "aligned-columns"]
    assert found, found
    assert found[0].header == ("", "Net sales", "Ordinary income", "Net income per share (yen)"), found[0].header


def test_a_hyphen_at_a_wrapped_header_lines_end_closes_up():
    text = ("                 Operating      Profit attrib-\n"
            "                 margin         utable to owners\n"
            "Year to 2031        12.5%          4,100\n"
            "Year to 2030        11.0%          3,800\n")
    found = [tb for tb in tables.tables(text) if tb.shape == "aligned-columns"]
    assert found and found[0].header[1:] == ("Operating margin", "Profit attributable to owners"), found


def test_a_second_header_line_with_figures_is_no_continuation():
    text = ("                 Sales        Profit\n"
            "Year to 2031     1,200        300\n"
            "Year to 2030     1,100        280\n")
    found = [tb for tb in tables.tables(text) if tb.shape == "aligned-columns"]
    assert found and found[0].header[1:] == ("Sales", "Profit"), found


def test_forecast_revision_rows_are_the_previous_and_the_revised_outlook_of_the_captions_year():
    got = _obs(extract_bytes(REVISION, "tarvel.txt"))
    mine = {(m, val) for s, m, p, val, _ in got if s == "Tarvel Instruments" and p == "FY2031"}
    assert ("previous net sales outlook", Decimal("52000000000")) in mine, got
    assert ("net sales outlook", Decimal("49500000000")) in mine, got
    assert ("previous ordinary income outlook", Decimal("6400000000")) in mine, got
    assert ("ordinary income outlook", Decimal("5100000000")) in mine, got
    # a per-share column is in the unit its header names, not the caption's millions
    eps = {val for s, m, p, val, _ in got if "per share" in m and not m.startswith("previous")}
    assert eps == {Decimal("-12.40")}, got


def test_the_change_row_in_percent_is_the_revised_outlooks_change_on_the_previous_one():
    ex = extract_bytes(REVISION, "tarvel.txt")
    changes = [f for f in ex.facts if f.kind == "observation" and f.change is not None and f.value is None]
    got = {(f.measure, f.change, f.direction, f.change_basis) for f in changes}
    assert ("net sales outlook", Decimal("-4.8"), "decrease", "previous guidance") in got, got
    assert ("ordinary income outlook", Decimal("-20.3"), "decrease", "previous guidance") in got, got
    # the difference in yen is no figure of the outlook (no value of 2,500 million anywhere)
    assert not any(f.kind == "observation" and f.value is not None and abs(f.value) == Decimal("2500000000")
                   for f in ex.facts), ex.facts


def test_a_full_year_row_marked_new_or_prior_takes_its_labels_year_and_the_earlier_tables_unit():
    ex = extract_bytes(KESSAN, "halverd.txt")
    mine = {(f.measure, f.period.start, f.period.end, f.value, f.change) for f in ex.facts
            if f.kind == "observation" and f.subject.label == "Halverd Logistics" and f.period is not None}
    year = (dt.date(2031, 4, 1), dt.date(2032, 3, 31))
    assert ("operating revenue outlook", *year, Decimal("640000000000"), Decimal("3.9")) in mine, mine
    assert ("previous operating profit outlook", *year, Decimal("49500000000"), None) in mine, mine


def test_rows_naming_only_one_version_are_no_revision_table():
    assert transposed.version_row("Revised forecast", ["Revised forecast", "FY2030 results"], "Forecast") is None
    assert transposed.version_row("Previous forecast", ["Previous forecast", "Revised forecast"], "") == "previous"
    assert transposed.version_row("Change (%)", ["Previous forecast", "Revised forecast", "Change (%)"], "") == "change"
    # previous and new rows of something that is no forecast: neither the rows nor the caption say so
    assert transposed.version_row("New stores", ["Old stores", "New stores"], "Store count") is None


def test_a_list_line_of_a_unit_named_with_the_word_segment_is_that_units_figure():
    ex = extract_bytes(SEGMENTS, "orvane.txt")
    got = _obs(ex)
    assert ("Mobility", "sales", "Q3 2031", Decimal("455000000"), None) in got \
        or ("Mobility", "revenue", "Q3 2031", Decimal("455000000"), None) in got, got
    units = {f.segment.label for f in ex.facts if f.kind == "segment_of"}
    assert "Mobility" in units, units
    # the company's own figure keeps the quarter the bracket states, not its last day
    own = [f for f in ex.facts if f.kind == "observation" and f.value == Decimal("812000000")]
    assert own and own[0].period is not None and own[0].period.start == dt.date(2031, 7, 1), own


def test_two_days_joined_by_to_are_one_period():
    ps = v.find_periods("for the period from 1 March 2031 to 31 May 2031", None)
    assert [(p.start, p.end, p.kind) for p in ps] == [(dt.date(2031, 3, 1), dt.date(2031, 5, 31), "quarter")], ps
    ps = v.find_periods("ads posted between 3 January and 17 February 2031", None)
    assert [(p.start, p.end, p.kind) for p in ps] == [(dt.date(2031, 1, 3), dt.date(2031, 2, 17), "range")], ps
    # "and" without "between" joins two dates, not a period
    ps = v.find_periods("on 3 January and 17 February 2031", dt.date(2031, 3, 1))
    assert [p.kind for p in ps] == ["day", "day"], ps


def test_a_figure_of_a_day_to_day_period_is_dated_by_the_whole_period():
    ex = extract_bytes(PERIOD_NOTE, "quillon.txt")
    rev = [f for f in ex.facts if f.kind == "observation" and f.measure == "revenue"]
    assert rev and (rev[0].period.start, rev[0].period.end) == (dt.date(2031, 3, 1), dt.date(2031, 5, 31)), rev


KPI = b"""Brennick Software plc: first-half update

Brennick Software plc reported its first-half results for the six months to 30 June 2031 on Tuesday.
Revenue rose 9% to GBP 212 million. Net retention (excluding the public sector) was 108%. Annualised churn
in the mid-market eased to 4.2%. The target was 50%. Growth was 6%. Our top holdings are 40% of the fund.
"""


def test_a_clause_opening_with_its_noun_phrase_gives_the_value_that_measure():
    ex = extract_bytes(KPI, "brennick.txt")
    got = {(f.measure, f.value, f.change) for f in ex.facts if f.kind == "observation" and f.subject.label == "Brennick Software"}
    assert ("net retention", Decimal("108"), None) in got, got
    assert ("annualised churn", Decimal("4.2"), None) in got, got      # a level after 'eased to', never a change


def test_a_generic_head_a_change_noun_or_a_present_is_gives_no_measure():
    ex = extract_bytes(KPI, "brennick.txt")
    measures = {f.measure for f in ex.facts if f.kind == "observation"}
    assert not {"target", "growth", "top holdings"} & measures, measures


def test_subject_measure_reads_only_a_plain_opening_noun_phrase():
    from aikg.extract.subject_measures import subject_measure
    assert subject_measure("Occupancy (excluding new halls) was ", False) == "occupancy"
    assert subject_measure("Headcount at 30 September was ", False) == "headcount"
    assert subject_measure("It was ", False) is None
    assert subject_measure("The figure was ", False) is None
    assert subject_measure("Helvar Cloud revenue was ", True) is None          # a name opens it
    assert subject_measure("Churn in Europe is ", False) is None               # present tense: not read


def test_the_revised_rows_claim_is_the_guidance_change_with_the_previous_outlooks_after_the_new():
    ex = extract_bytes(REVISION, "tarvel.txt")
    rev = [c for c in ex.claims if c.evidence.quote.startswith("Updated plan")]
    assert rev and any(x.kind == "guidance_change" for x in rev[0].relations), rev
    vals = [(x.text, x.basis) for x in rev[0].values]
    assert vals.index(("49,500", None)) < vals.index(("52,000", "previous guidance")), vals
    # a change row's claim states changes only, no empty amounts
    chg = [c for c in ex.claims if c.evidence.quote.startswith("Difference (%)")]
    assert chg and all(x.role == "growth" for x in chg[0].values), chg
