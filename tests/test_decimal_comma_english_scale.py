"""Rule decimal_comma_before_scale (extract/values.py) with English scale words: an article translated
with its numbers kept in the original's format ("R$ 4,91 billion", "EUR 118,6 million") has a decimal
comma; English never writes one or two digits after a thousands comma, so "1,234 million" stays a
thousand and more."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import values as v


@pytest.mark.parametrize("text, value, currency", [
    ("Net revenue came to R$ 4,91 billion in 2025.", Decimal("4910000000"), "BRL"),
    ("The contract is worth EUR 118,6 million over three years.", Decimal("118600000"), "EUR"),
    ("Sales reached $1,234 million in the year.", Decimal("1234000000"), "USD"),
    ("Sales reached $12,400 million in the year.", Decimal("12400000000"), "USD"),
])
def test_amounts(text, value, currency):
    found = v.find_money(text)
    assert [(m.value, m.currency) for m in found] == [(value, currency)]
