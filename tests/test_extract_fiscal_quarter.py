"""A later "the second quarter" (no year) in an article whose lead reports a fiscal quarter is that
fiscal quarter, not the calendar quarter of the article's date. Invented companies, our own words."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

A = """Norvale Systems quarterly results

August 29, 2025

Norvale Systems reported revenue of $4.1 billion for the second quarter of fiscal 2026.

In the second quarter, revenue from its storage unit was $1.3 billion.
"""

B = """Brackwater Tech quarterly update

September 3, 2025

Brackwater Tech said sales for the second quarter of fiscal year 2026 rose to $900 million.

Services revenue in the second quarter was $310 million, the company said.
"""


def _labels(text: str, doc: str) -> set[str]:
    ex = extract_text(text, doc, doc + ".txt")
    out = set()
    for f in ex.facts:
        for name in ("period", "periods"):
            p = getattr(f, name, None)
            for q in (p if isinstance(p, list) else [p]):
                if q is not None and getattr(q, "label", None):
                    out.add(q.label)
    return out


def test_later_bare_second_quarter_is_the_fiscal_quarter():
    for text, doc in ((A, "a"), (B, "b")):
        labels = _labels(text, doc)
        assert "Q2 FY2026" in labels, labels
        assert "Q2 2025" not in labels, labels
