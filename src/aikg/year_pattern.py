"""The one pattern of a calendar year written in text or asked ("2025", "fiscal 2026"), shared by the
answer checks: `years_said(text)` the years a sentence or question states, `is_year(token)` whether a
number read from an answer is a year (not an amount). A year is 19xx or 20xx standing alone: not a
part of a longer number or code ("12,025", "2025.5", "2025-26" names a fiscal span, not the year 2025 alone).
Pure functions; no imports from the package."""
from __future__ import annotations

import re

YEAR = r"(?:19|20)\d\d"
YEAR_SAID = re.compile(rf"(?<![\w.,-])({YEAR})(?![\w.,-]?\d)")
YEAR_TOKEN = re.compile(rf"^{YEAR}$")


def years_said(text: str) -> set[int]:
    """The years `text` states (YEAR_SAID)."""
    return {int(y) for y in YEAR_SAID.findall(text)}


def is_year(token: str) -> bool:
    """Whether a number read from a text ("2025", not "2025.5") is a year."""
    return YEAR_TOKEN.match(token) is not None
