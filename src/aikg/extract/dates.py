"""Small date arithmetic the period readers share (values.py, periods.py, prior_year.py): a month's
last day, a date some months on, the first day of a month some months on, the same day a year
earlier. Pure functions of their arguments; one copy of each (they were written out in two or
three modules)."""
from __future__ import annotations

import calendar
from datetime import date


def month_end(y: int, m: int) -> date:
    """The last day of month `m` of year `y`.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    """`d` moved `n` months on (back when `n` < 0), on the same day, or on the month's last day when
    the month is shorter.

    >>> add_months(date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def month_start_after(d: date, n: int) -> date:
    """The first day of the month `n` months after `d`'s month (before it when `n` < 0); `d`'s day
    is not read.

    >>> month_start_after(date(2025, 3, 17), -11)
    datetime.date(2024, 4, 1)
    """
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, 1)


def minus_year(d: date) -> date:
    """The same day a year earlier; a month's last day stays its month's last day (29 February
    -> 28 February; 28 February 2025 -> 29 February 2024).

    >>> minus_year(date(2025, 2, 28))
    datetime.date(2024, 2, 29)
    """
    if d.month == 2 and d.day == 29:
        return date(d.year - 1, 2, 28)
    last = calendar.monthrange(d.year, d.month)[1]
    if d.day == last:  # a month's end stays a month's end
        return date(d.year - 1, d.month, calendar.monthrange(d.year - 1, d.month)[1])
    return date(d.year - 1, d.month, d.day)
