"""Table shape aligned-columns with an empty-corner header (extract/tables.py): a plain-text statement's
header line names only the period columns and leaves the label column's heading blank; its rows are read
as the company's figures for each period column."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from aikg.extract.pipeline import extract_bytes

ARTICLE = b"""From: Larkspur Data Investor Relations <ir@larkspur.example>
To: Shareholders
Date: Mon, 9 Nov 2026 08:00:00 +0000
Subject: Larkspur Data AG results for the third quarter of 2026

Dear shareholder,

The board of Larkspur Data AG approved the unaudited results for the third quarter of 2026 yesterday. Larkspur Data
grew its colocation business in Frankfurt and Milan, and Larkspur Data signed two new cloud customers.

INCOME STATEMENT (EUR million)
                                  Q3 2026     Q3 2025     9M 2026
  Net revenue                       412.6       371.0     1,190.4
  Operating profit                   61.9        48.2       170.3
  Net profit                         40.5        31.7       112.8

Regards, the Larkspur Data investor relations team.
"""


def test_rows_under_an_empty_corner_header_are_figures():
    ex = extract_bytes(ARTICLE, "larkspur_q3.txt")
    got = {(f.measure, f.period.label, f.value) for f in ex.facts
           if getattr(f, "measure", None) in ("net revenue", "operating profit") and f.period is not None}
    assert ("net revenue", "Q3 2026", Decimal("412600000")) in got, got
    assert ("net revenue", "Q3 2025", Decimal("371000000")) in got, got
    assert ("operating profit", "Q3 2026", Decimal("61900000")) in got, got
