"""Period scope and fronted owners (issue47c): invented articles."""
from aikg.extract.figure_owner import clause_owner
from aikg.extract.period_scope import SCOPE_RULES
from aikg.extract.pipeline import extract_text


def _ex(text):
    return extract_text(text, "doc-47c", "doc.txt")


def test_paragraph_period_dates_the_claim_like_the_figure():
    text = ("Tarnwick Labs reports third-quarter 2026 results\n\n"
            "Tarnwick Labs said on Thursday that third-quarter 2026 revenue rose 9% to EUR 41 million.\n\n"
            "For the first nine months of 2026, Tarnwick Labs recorded revenue of EUR 118 million. "
            "Net profit for the period was EUR 7.4 million. The hardware division contributed EUR 52 million "
            "of revenue.\n")
    ex = _ex(text)
    profit = [c for c in ex.claims if "EUR 7.4 million" in c.evidence.quote]
    assert profit and all(c.period is not None and (c.period.start.month, c.period.end.month) == (1, 9) for c in profit)
    division = [c for c in ex.claims if "EUR 52 million" in c.evidence.quote]
    assert division and all(c.period is not None and c.period.end.month == 9 and c.period.start.month == 1
                            for c in division)
    facts = [f for f in ex.facts if f.kind == "observation" and f.value_text == "EUR 7.4 million"]
    assert all((f.period.start, f.period.end) == (profit[0].period.start, profit[0].period.end) for f in facts)


def test_paragraph_period_ends_with_its_paragraph():
    text = ("Tarnwick Labs reports third-quarter 2026 results\n\n"
            "Tarnwick Labs said on Thursday that third-quarter 2026 revenue rose 9% to EUR 41 million.\n\n"
            "For the first nine months of 2026, Tarnwick Labs recorded revenue of EUR 118 million.\n\n"
            "Net profit was EUR 2.9 million.\n")
    ex = _ex(text)
    profit = [c for c in ex.claims if "EUR 2.9 million" in c.evidence.quote]
    assert profit and not any(c.period is not None and c.period.start is not None and c.period.start.month == 1
                              for c in profit)


def test_fronted_for_names_the_owner():
    got = clause_owner("For Quendale, the new line meant revenue of $40 million in 2025.", 44)
    assert got == ("owner-fronted-for", "Quendale")
    assert clause_owner("For the first half, revenue was $40 million.", 36) is None
    assert clause_owner("For Quendale, we booked revenue of $40 million.", 35) is None


def test_fronted_for_figure_is_not_the_focus():
    text = ("Marrowgate Ceramics lifts half-year profit\n\n"
            "Marrowgate Ceramics said on Friday that revenue rose 12% to EUR 310 million in the first half of 2026. "
            "Much of the growth came from one customer.\n\n"
            "For Quendale, the new line meant revenue of USD 1.4 billion in its June quarter, the chipmaker said.\n")
    ex = _ex(text)
    assert ex.company == "Marrowgate Ceramics"
    assert not any(f.kind == "observation" and f.subject.label == "Marrowgate Ceramics" and f.value_text
                   and "1.4 billion" in f.value_text for f in ex.facts)


def test_scope_rules_are_documented():
    for rule in SCOPE_RULES:
        assert len(rule.provenance) >= 2 and rule.examples


def test_peer_figure_claim_is_not_the_focus():
    text = ("Kelmora Systems lifts quarterly sales\n\n"
            "OSLO -- Kelmora Systems said on Tuesday its sales rose 12% to NOK 940 million in the third quarter. "
            "By comparison, its listed peer Brantholm posted sales of NOK 310 million in the same quarter.\n")
    ex = _ex(text)
    assert ex.company == "Kelmora Systems"
    assert not any(c.subject.label == "Kelmora Systems" and "NOK 310 million" in c.evidence.quote
                   and any(v.text == "NOK 310 million" for v in c.values) for c in ex.claims)
    assert any(c.subject.label == "Kelmora Systems" and any(v.text == "NOK 940 million" for v in c.values)
               for c in ex.claims)


def test_a_part_alone_and_an_earlier_period_set_no_scope():
    text = ("Tarnwick Labs reports third-quarter 2026 results\n\n"
            "Tarnwick Labs said on Thursday that third-quarter 2026 revenue rose 9% to EUR 41 million.\n\n"
            "For the first nine months of 2026, Tarnwick Labs recorded revenue of EUR 118 million. "
            "Revenue for the third quarter alone was EUR 41 million. Net profit for the period was EUR 7.4 million.\n\n"
            "Net sales for Q3 2026 were EUR 41 million. A year earlier, in Q3 2025, they had been EUR 37 million. "
            "Net profit was EUR 4.1 million.\n")
    ex = _ex(text)
    profit = [f for f in ex.facts if f.kind == "observation" and f.value_text == "EUR 7.4 million"]
    assert profit and all((f.period.start.month, f.period.end.month) == (1, 9) for f in profit)
    margin = [c for c in ex.claims if any(v.text == "EUR 4.1 million" for v in c.values)]
    assert margin and all(c.period is not None and c.period.start is not None and c.period.start.year == 2026
                          for c in margin)
