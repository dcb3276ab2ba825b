"""The shared date helpers (extract/dates.py) against the copies they replace (issue35x)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from aikg.extract import dates


def _old_values_add_months(d, n):
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def test_the_same_as_the_copies_they_replace():
    d = date(2019, 11, 3)
    while d < date(2029, 3, 1):
        for n in (-25, -12, -11, -2, -1, 0, 1, 2, 11, 12, 13):
            assert dates.add_months(d, n) == _old_values_add_months(d, n)
            assert dates.month_start_after(d, n) == _old_values_add_months(date(d.year, d.month, 1), n)
        assert dates.month_end(d.year, d.month) == date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        d += timedelta(days=3)


def test_minus_year_keeps_a_month_end_a_month_end():
    assert dates.minus_year(date(2024, 2, 29)) == date(2023, 2, 28)
    assert dates.minus_year(date(2025, 2, 28)) == date(2024, 2, 29)
    assert dates.minus_year(date(2025, 6, 30)) == date(2024, 6, 30)
    assert dates.minus_year(date(2025, 6, 17)) == date(2024, 6, 17)


def test_month_end_and_add_months_at_short_months():
    assert dates.month_end(2100, 2) == date(2100, 2, 28)
    assert dates.add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert dates.month_start_after(date(2025, 1, 31), -1) == date(2024, 12, 1)
