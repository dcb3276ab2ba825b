"""Issue 42q: a question naming a company by its ticker finds the company a stored sentence brackets
the ticker after, also when the bracket lists a second listing after a slash or a bar ("(NZX: GTK /
ASX: GTK)", "(NYSE: BAP | BVL: BAP)") and when the name ends in a legal form in lower case ("Made Tech
Group plc (AIM: MTEC)") (ticker_asked.TICKER_ASKED). The articles are written for these tests."""
from __future__ import annotations

import pytest
from conftest import articles_kg

TARUWERA = """Taruwera Software Group Limited (NZX: TWS / ASX: TWS)
14 November 2026

Taruwera Software Group Limited, a supplier of billing software to water utilities, reported revenue of
NZ$41.7 million for the third quarter of fiscal 2026, up 12% on a year earlier.
"""

PELLWORTH = """Pellworth Digital plc (AIM: PLWD), a provider of cloud migration services to local councils,
today issued a trading update. Revenue for the six months ended 30 September 2026 was £18.3 million,
and the Group expects adjusted EBITDA of not less than £2.4 million for the full year.
"""

KESSARO = """KESSARO HOLDINGS LTD. (NYSE: KSRO | BVL: KSRO)
Kessaro Holdings Ltd. reported net income of US$310 million for the third quarter of 2026.
"""

# a second company with the same measures and periods: the ticker alone tells them apart
ORLANDA = """Orlanda Systems Inc. reported revenue of $27.9 million for the six months ended 30 September 2026 and
net income of US$12 million for the third quarter of 2026. Orlanda Systems expects revenue of $60 million in fiscal 2026.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"taruwera.txt": TARUWERA, "pellworth.txt": PELLWORTH,
                                          "kessaro.txt": KESSARO, "orlanda.txt": ORLANDA})


def _ask(kg, q):
    from aikg.ask import answer
    return answer(kg, q)


def test_a_ticker_after_a_slash_listed_bracket_names_its_company(kg):
    a = _ask(kg, "TWS Q3 FY26 revenue")
    assert a.status == "answered" and "41.7" in a.answer and "Taruwera" in a.answer


def test_a_ticker_after_a_lower_case_legal_form_names_its_company(kg):
    a = _ask(kg, "PLWD revenue for the six months ended 30 September 2026?")
    assert a.status == "answered" and "18.3" in a.answer and "27.9" not in a.answer


def test_a_ticker_after_a_bar_listed_bracket_names_its_company(kg):
    a = _ask(kg, "KSRO net income Q3 2026?")
    assert a.status == "answered" and "310" in a.answer and "Orlanda" not in a.answer


def test_the_ticker_pattern_reads_both_shapes():
    import re
    from aikg.ticker_asked import TICKER_ASKED
    def named(t, text):
        m = re.compile(TICKER_ASKED["listed"].format(t=t)).search(text)
        return m and m.group(1)
    assert named("TWS", "Taruwera Software Group Limited (NZX: TWS / ASX: TWS)") == "Taruwera Software Group Limited"
    assert named("PLWD", "Pellworth Digital plc (AIM: PLWD), a provider") == "Pellworth Digital"
    assert named("PLWD", "Pellworth Digital plc said PLWD (n/a)") is None
