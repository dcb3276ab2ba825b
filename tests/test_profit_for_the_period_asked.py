"""'Profit for the period / year' asked is the net profit line, not any profit (question.MEASURES).

Provenance: kindcheck35/tables (a Q2 'profit for the period' answered with the operating profit), probe33 (CSE
Global, 'profit for the period rise in 1H2026'), kindcheck33/guidance ('profit for the year ... guide')."""
from aikg import question as q


def _stems(text: str) -> list[list[str]]:
    return [m[1] for m in q.measures_named(text.lower())]


def test_profit_for_the_period_is_the_net_line():
    for text in ("What was Orrefors Kitchens' profit for the period in Q3 2026?",
                 "What profit for the year does Varnhem guide for 2027?"):
        stems = _stems(text)
        assert stems and "net profit" in stems[0] and "operating profit" not in stems[0], stems


def test_gross_and_operating_profit_for_the_period_stay_their_own():
    assert all("net profit" not in s for s in _stems("What was Varnhem's gross profit for the period?"))
    assert all("net profit" not in s for s in _stems("What was Varnhem's operating profit for the year?"))
