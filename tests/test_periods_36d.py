"""issue36d: fiscal years, quarters and halves that do not follow the calendar.

A document declares its fiscal year once ("FY26 (April 2025 to March 2026)", "the twelve months to
30 June 2025 (FY25)", "fiscal year 2025 (the fifty-two weeks ended September 27, 2025)") and its
"Q3", "first half", "the year", "2023/24" follow that declaration; with no declaration a fiscal
label is never mapped to calendar months by guessing. Articles invented for these tests.
"""
from datetime import date

import pytest

from aikg.extract import periods as P, values as v
from aikg.extract.pipeline import extract_text

MARCH = """# Kestrel Softworks posts 14% revenue growth in Q3

*Pune, 21 January 2026*

Kestrel Softworks Ltd reported revenue of Rs 1,240 crore for the third quarter of FY26 (April 2025 to March 2026), up 14% from a year earlier. Net profit rose to Rs 188 crore.

In the first half, revenue was Rs 2,310 crore. Second-quarter revenue had been Rs 1,190 crore.

The company now expects FY26 revenue growth of 12% to 13%.
"""

JUNE = """Brindle Networks full-year results

Sydney, 19 August 2025 - Brindle Networks reported revenue of A$812 million for the twelve months to 30 June 2025 (FY25), up 9%. Second-half revenue was A$421 million.

For FY26 the company guided to EBITDA of A$300 million to A$310 million.

In 2023/24 the business had revenue of A$745 million.
"""

SEPTEMBER = """ORLAY SYSTEMS REPORTS FOURTH-QUARTER RESULTS

BOSTON, November 12, 2025 -- Orlay Systems Inc. today reported results for its fiscal year 2025 (the fifty-two weeks ended September 27, 2025).

Fourth-quarter revenue was $1.12 billion, up 6%. Revenue for the year was $4.3 billion.

For the first quarter, Orlay expects revenue of $1.05 billion to $1.10 billion.
"""

UNDECLARED = """Tamsin Cloud beats estimates

Tamsin Cloud said on Tuesday that Q3 FY26 revenue rose 12% to $410 million, and the company expects FY26 revenue of about $1.6 billion.

In 2024/25 the company had revenue of $1.41 billion.
"""

NAMED_BY_START = """Harrow Denki Co., Ltd. — Annual Review 2026
Fiscal year ended March 31, 2026

Harrow Denki Co., Ltd. names each fiscal year by the calendar year it starts in: FY2025 (ending March 2026) brought record results.

Harrow Denki's net sales were ¥52.4 billion, up 6% (FY2024: ¥49.4 billion).

Targets for the plan's final year are:
- Net sales: ¥60.0 billion
- Operating income: ¥6.0 billion

Outlook for FY2026 (ending March 2027)

The company forecasts net sales of ¥55.0 billion.
"""


def _obs(text: str, name: str = "doc.md") -> dict[str, tuple]:
    ex = extract_text(text, "d1", name)
    out = {}
    for f in ex.facts:
        if f.kind == "observation" and f.value_text:
            p = f.period
            out[f.value_text] = (p.label, p.start, p.end) if p is not None else None
    return out


def test_march_year_declared_by_a_quarter_label_dates_every_part():
    o = _obs(MARCH)
    assert o["Rs 1,240 crore"][1:] == (date(2025, 10, 1), date(2025, 12, 31))
    assert o["Rs 188 crore"][1:] == (date(2025, 10, 1), date(2025, 12, 31))   # not the year in brackets
    assert o["Rs 2,310 crore"][1:] == (date(2025, 4, 1), date(2025, 9, 30))   # the fiscal first half
    assert o["Rs 1,190 crore"][1:] == (date(2025, 7, 1), date(2025, 9, 30))   # not April-June 2026


def test_june_year_declared_after_its_dates():
    o = _obs(JUNE)
    assert o["A$812 million"] == ("FY2025", date(2024, 7, 1), date(2025, 6, 30))
    assert o["A$421 million"][1:] == (date(2025, 1, 1), date(2025, 6, 30))
    assert o["A$300 million to A$310 million"][1:] == (date(2025, 7, 1), date(2026, 6, 30))
    assert o["A$745 million"] == ("FY2023/24", date(2023, 7, 1), date(2024, 6, 30))   # split year: one fiscal year


def test_september_52_week_year():
    o = _obs(SEPTEMBER)
    assert o["$1.12 billion"][1:] == (date(2025, 7, 1), date(2025, 9, 30))
    assert o["$4.3 billion"][1:] == (date(2024, 10, 1), date(2025, 9, 30))
    assert o["$1.05 billion to $1.10 billion"][1:] == (date(2025, 10, 1), date(2025, 12, 31))   # next fiscal Q1


def test_no_declaration_no_calendar_months():
    o = _obs(UNDECLARED)
    assert o["$410 million"][0] == "Q3 FY2026" and o["$410 million"][1:] == (None, None)
    assert o["$1.41 billion"] == ("FY2024/25", None, None)   # never 2024-01-01/2025-12-31


def test_declaration_outranks_the_readers_label():
    o = _obs(NAMED_BY_START)
    assert o["¥52.4 billion"] == ("FY2025", date(2025, 4, 1), date(2026, 3, 31))
    assert o["¥49.4 billion"] == ("FY2024", date(2024, 4, 1), date(2025, 3, 31))


def test_target_list_inherits_no_period_and_outlook_heading_dates_its_section():
    o = _obs(NAMED_BY_START)
    assert o["¥60.0 billion"] is None and o["¥6.0 billion"] is None
    assert o["¥55.0 billion"] == ("FY2026", date(2026, 4, 1), date(2027, 3, 31))


@pytest.mark.parametrize("text,fy,last", [
    ('In this review "FY2025" refers to the fiscal year ended March 31, 2026.', 2025, date(2026, 3, 31)),
    ("Quarter ended 30 September 2025 (FY26 = 1 July 2025 – 30 June 2026).", 2026, date(2026, 6, 30)),
    ('Accounts for the financial year 1 September 2024 – 31 August 2025 ("financial year 2024/25").', 2025, date(2025, 8, 31)),
    ("Sales for FY2024 (year ended 31 March 2025) were higher.", 2024, date(2025, 3, 31)),
])
def test_declared_label_shapes(text, fy, last):
    found = P.declared_labels(v.find_periods(text, None), text)
    assert [(f[2], f[3]) for f in found] == [(fy, last)]


@pytest.mark.parametrize("text", [
    "Revenue for FY2025 was up, and March 2026 was strong.",   # no end word: no declaration
    "Q3 FY26 (ended December 31, 2025) revenue rose.",          # a quarter's own end is no year's
    "Sales for FY2019 (year ended 31 March 2025) were higher.",  # six years apart: no declaration
])
def test_not_declarations(text):
    assert P.declared_labels(v.find_periods(text, None), text) == []


def test_runs_to_sets_the_month():
    ctx = P.document_context(["As a reminder, our financial year runs to 30 June, so this is our first half."], date(2025, 2, 20))
    assert ctx.calendar is not None and ctx.calendar.end_month == 6


def test_heading_year_takes_the_declared_name():
    texts = ["Fiscal year ended March 31, 2026", "FY2025 (ending March 2026) brought record results."]
    ctx = P.document_context(texts, None)
    got = P.resolve_mentions(v.find_periods(texts[0], None), texts[0], ctx)
    assert [(p.label, p.start, p.end) for p in got] == [("FY2025", date(2025, 4, 1), date(2026, 3, 31))]
