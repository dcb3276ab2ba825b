"""The clause model (extract/clauses.py) and what the figure extraction reads from it.
Sentences here are our own, written for these tests."""
from __future__ import annotations

from aikg.extract import clauses as cl
from aikg.extract.pipeline import extract_text


def _at(text: str, word: str) -> int:
    return text.index(word)


def test_a_relative_clause_is_a_hole_in_the_clause_around_it():
    t = "Fabrikam plans to spend about $2 billion this year on its plant in Ohio, which it bought in 2021."
    model = cl.split(t)
    assert not cl.governs(model, _at(t, "$2"), _at(t, "2021"))
    assert cl.governs(model, _at(t, "$2"), _at(t, "this year"))
    assert cl.clause_at(model, _at(t, "$2")).verb_kind == "plan"


def test_a_reason_clause_does_not_date_the_value_before_it():
    t = "Average selling price rose to $31.2 a unit from $29.0, reflecting the price rise of March 2023."
    model = cl.split(t)
    assert not cl.governs(model, _at(t, "$31.2"), _at(t, "March 2023"))


def test_a_subordinate_clause_without_a_comma_is_a_hole():
    t = "Contoso's stock climbed 6% to $88 after the company raised its outlook in May."
    model = cl.split(t)
    assert not cl.governs(model, _at(t, "6%"), _at(t, "May"))
    assert cl.clause_at(model, _at(t, "6%")).verb_kind == "market"


def test_a_parenthesis_glosses_what_it_follows():
    t = "For its fiscal second quarter (the three months to June 2024), Tailspin booked sales of $5 million."
    model = cl.split(t)
    assert cl.governs(model, _at(t, "$5"), _at(t, "June 2024"))


def test_a_fronted_adverbial_dates_a_coordinated_clause():
    t = "In the second half, bookings grew 4% to $3 billion, while service costs fell 1%."
    model = cl.split(t)
    first, second = model[0], model[1]
    assert first.fronted == (0, len("In the second half, "))
    assert second.kind == "coordinate" and second.verb == "fell" and second.verb_kind == "change"
    assert cl.governs(model, _at(t, "1%"), _at(t, "second half"))


def test_source_names_are_found_before_and_after():
    t = "Per the analyst firm Omdia, Northwind had 8% of the router market; Gartner data show Litware at 5%."
    names = [t[a:b] for a, b in cl.sources(t)]
    assert "Omdia" in names and "Gartner" in names
    assert not cl.in_source(t, _at(t, "Northwind"))


HEAD = """Tessaline posts higher quarterly sales

OSLO, 12 November 2024 — Tessaline ASA said on Wednesday that revenue for the third quarter of 2024 rose 7% to $3.1 billion.

"""


def _obs(body: str):
    ex = extract_text(HEAD + body, "doc", "doc.txt")
    return [f for f in ex.facts if f.kind == "observation" and "third quarter of 2024 rose" not in f.evidence.quote]


def test_the_lead_figure_takes_the_reported_period():
    ex = extract_text(HEAD, "doc", "doc.txt")
    revenue = [f for f in ex.facts if f.kind == "observation" and f.measure == "revenue"]
    assert revenue and revenue[0].period is not None and revenue[0].period.label == "Q3 2024"


def test_a_share_move_after_results_does_not_take_the_results_period():
    moves = [o for o in _obs('Analysts were cautious. "It is early days," said one analyst. '
                             "Tessaline's shares rose 5.5% to €61 after the results.\n")
             if o.measure.endswith("share price")]
    # not the quarter reported on; the day of the article (periods.py market-day) or none
    assert moves and all(o.period is None or o.period.label == "2024-11-12" for o in moves)


def test_a_year_in_a_relative_clause_does_not_date_a_plan():
    obs = _obs("Tessaline expects capital expenditure of about $900 million, mostly for its Lyon site, "
               "which opened in 2019.\n")
    capex = [o for o in obs if "capital expenditure" in o.measure]
    assert capex and all(o.period is None for o in capex)
    obs = _obs("Tessaline expects capital expenditure of about $900 million this year, mostly for its Lyon site, "
               "which opened in 2019.\n")
    capex = [o for o in obs if "capital expenditure" in o.measure]
    assert capex and all(o.period is not None and o.period.label == "2024" for o in capex)


def test_a_reason_clause_does_not_date_the_figure():
    obs = _obs("Average selling price rose to $31.2 a unit from $29.0 a year earlier, reflecting the price rise of March 2023.\n")
    asp = [o for o in obs if o.value_text == "$31.2"]
    assert asp and all(o.period is None or "2023" not in o.period.label for o in asp)


def _shares(body: str) -> set[tuple]:
    ex = extract_text(HEAD + body, "doc", "doc.txt")
    return {(f.holder.label, f.market, str(f.share), f.period.label if f.period else None)
            for f in ex.facts if f.kind == "market_share"}


def test_a_share_belongs_to_the_clause_subject_not_the_research_firm():
    got = _shares("According to research firm Gartner, Tessaline holds roughly 14% of the Nordic payroll "
                  "software market, ahead of Microsoft at 12%.\n")
    assert ("Tessaline", "Nordic payroll software market", "14", None) in got, got
    assert ("Microsoft", "Nordic payroll software market", "12", None) in got, got
    assert not any(h == "Gartner" for h, *_ in got)
    got = _shares("IDC estimates that Tessaline held about 8% of the European HR cloud market in 2023.\n")
    assert ("Tessaline", "European HR cloud market", "8", "2023") in got, got


def test_a_possessive_share_and_the_company_products():
    got = _shares("Tessaline-based terminals held about 31% of the Baltic point-of-sale market in the second quarter "
                  "of 2024, while Microsoft's share slipped to 6%.\n")
    assert ("Tessaline", "Baltic point-of-sale market", "31", "Q2 2024") in got, got
    assert ("Microsoft", "Baltic point-of-sale market", "6", "Q2 2024") in got, got


def test_a_minus_sign_is_a_decline_and_a_range_dash_is_not():
    from aikg.extract.values import find_percents
    got = [(p.text, p.negative) for p in find_percents("Sales growth is now seen between -1.5% and +0.5%, after a 3-4% rise.")]
    assert ("-1.5%", True) in got and ("0.5%", False) in got and all(not neg for t, neg in got if t.startswith("3"))
    ex = extract_text(HEAD + "Benelux: EUR 412 million, -3.1%\n", "doc", "doc.txt")
    values = [v for c in ex.claims for v in c.values if v.text == "-3.1%"]
    assert values and all(v.direction == "decrease" for v in values)


def test_a_basis_belongs_to_its_own_value():
    obs = _obs("Nordic sales were EUR 2,040 million, down 1.2% on a reported basis and up 2.5% at constant currency.\n")
    by_change = {o.change_text: o.change_basis for o in obs if o.change_text}
    assert by_change.get("1.2%") is None and by_change.get("2.5%") == "constant currency", by_change


def test_no_measure_is_made_of_a_purpose_or_a_verb_phrase():
    obs = _obs("To fund the expansion, Tessaline raised about $600 million in October.\n"
               "The company launched a \"Tessa Pro\" subscription for Llama users priced from $9 a month.\n")
    assert not any("to fund" in o.measure or "launched" in o.measure for o in obs), [o.measure for o in obs]


def test_eps_is_a_measure_and_a_fronted_period_dates_every_clause():
    obs = _obs("For the fourth quarter of 2024, Tessaline guided revenue of $3.3 billion, and adjusted EPS of $0.52.\n")
    eps = [o for o in obs if o.value_text == "$0.52"]
    assert eps and eps[0].measure == "adjusted earnings per share outlook", [o.measure for o in eps]
    assert eps[0].period is not None and eps[0].period.label == "Q4 2024"


def test_nouns_are_not_plan_verbs_and_a_target_keeps_only_its_own_period():
    t = "Fabrikam now runs more than 900 AI projects for clients, and its spending plans are unchanged."
    assert cl.clause_at(cl.split(t), _at(t, "900")).verb_kind != "plan"
    t = "Fabrikam plans to open 12 stores."
    assert cl.clause_at(cl.split(t), _at(t, "12")).verb_kind == "plan"
    obs = _obs("The adjusted EBIT margin target is confirmed at 11% to 12%.\n")
    target = [o for o in obs if o.measure.endswith("target")]
    assert target and all(o.period is None for o in target), [(o.measure, o.period) for o in target]
