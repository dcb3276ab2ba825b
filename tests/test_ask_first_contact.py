"""Kinds of question unseen articles raised (issue 12, branch issue12a), pinned with sentences of
our own: a verb is not a typo of a name, a fiscal quarter of a results report is the calendar
quarter it closed, a unit's name is not the measure asked, a unit's list line states its revenue,
guidance asked as changed, a stake asked for, a quantity in the question's own words, a unit
that is another company's, a full year and an outlook, a share of something not a market, a
count of what is counted."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from aikg.answer_check import fits
from aikg.claims_fallback import claim_score
from aikg.intents import score_intents
from aikg.linking import Hit, LabelIndex, another_form
from aikg.narrowing import _narrow
from aikg.period_fit import in_period, part_of_year, reported_fits
from aikg.question import _question_periods, read, without_names
from aikg.slots import bindings, owner_rounds
from aikg.queries import catalogue


def lit(v):
    return ox.Literal(str(v))


def hit(kind, label, start=0, end=1, matched=None):
    return Hit(f"urn:x:{label}", kind, label, matched or label.lower(), 100.0, start, end)


# ------------------------------------------------------------------ linking
def test_another_form_of_a_word_is_not_a_typo_of_a_name():
    assert another_form("generate", "generative")            # same stem, another ending
    assert not another_form("zentrx", "zentrix")              # a letter dropped: a typo
    idx = LabelIndex([("urn:x:gen", "CostItem", "Generative", True), ("urn:x:z", "Company", "Zentrix", True)])
    assert [h.label for h in idx.find_in("How much revenue did Zentrx generate?")] == ["Zentrix"]


# ------------------------------------------------------------------ periods
def test_a_fiscal_quarter_of_a_results_report_is_the_calendar_quarter_it_closed():
    q3 = _question_periods("What was Acme's revenue for the September 2025 quarter?")
    assert reported_fits("Q2 FY2026", date(2025, 10, 20), q3)             # reported three weeks after
    assert reported_fits("fiscal Q4", date(2025, 11, 5), q3)
    assert not reported_fits("Q2 FY2026", date(2026, 4, 20), q3)          # published long after: another quarter
    assert not reported_fits("Q2 FY2026", date(2025, 10, 20), q3, "revenue outlook")   # an outlook is to come
    assert not reported_fits("H1 FY2026", date(2025, 10, 20), q3)         # a half is not a quarter
    assert not reported_fits("Q2 FY2026", None, q3)
    row = {"periodLabel": lit("Q2 FY2026"), "doc": lit("acme-results"), "measure": lit("revenue")}
    assert not in_period(row, q3)
    assert in_period(row, q3, {"acme-results": date(2025, 10, 20)})


def test_a_full_year_asked_is_not_answered_by_a_half():
    half = {"measure": lit("revenue"), "value": lit(5), "periodStart": lit("2025-01-01"),
            "periodEnd": lit("2025-06-30"), "periodLabel": lit("H1 2025"), "quote": lit("Revenue was 5.")}
    assert part_of_year(half) and part_of_year({"periodLabel": lit("Q3 FY2025")})
    assert not part_of_year({"periodStart": lit("2025-01-01"), "periodEnd": lit("2025-12-31")})
    kept, why = _narrow("figures", "What was Acme's full-year 2025 revenue?", [half], [])
    assert kept == [] and "full-year" in why


def test_expecting_asks_for_an_outlook_not_a_reported_figure():
    reported = {"measure": lit("revenue"), "value": lit(5), "quote": lit("Revenue was 5 billion.")}
    outlook = {"measure": lit("revenue outlook"), "value": lit(7), "quote": lit("Acme expects revenue of 7 billion.")}
    assert _narrow("figures", "What revenue does Acme expect?", [reported], [])[0] == []
    assert _narrow("figures", "What revenue does Acme expect?", [reported, outlook], [])[0] == [outlook]
    assert _narrow("figures", "What revenue did Acme report?", [reported], [])[0] == [reported]


# ------------------------------------------------------------------ measures
def test_a_measure_word_inside_a_units_name_is_not_the_measure_asked():
    unit = hit("Segment", "Design and R&D Services", 3, 7, "design and r&d services")
    q = "How much did Acme's Design and R&D Services segment earn in Q2?"
    assert "r&d" not in without_names(q.lower(), [unit])
    assert read(q, [hit("Company", "Acme", 2, 3), unit]).measures == ("earn",)
    spend = hit("CostItem", "R&D", 4, 5)   # what is spent on stays the measure
    assert "r&d" in read("How much did Acme spend on R&D?", [spend]).measures


def test_a_quantity_in_the_questions_own_words_is_its_measure():
    acme = hit("Company", "Acme", 3, 4)
    assert read("How big were Acme's drone orders in the first half?", [acme]).measures == ("drone orders",)
    assert read("What dividend per share will Acme pay?", []).measures == ()   # a quantity asked (answer_check)


def test_a_count_is_of_what_is_counted_not_of_the_measure_qualifying_it():
    acme = hit("Company", "Acme", 2, 3)
    q = "How many Acme customers generate over $1 million in revenue?"
    assert read(q, [acme]).measures == ("acme customers",)
    rows = [{"measure": lit("revenue"), "value": lit(900)}, {"measure": lit("customers"), "value": lit(12)}]
    assert [r["value"].value for r in _narrow("figures", q, rows, [acme])[0]] == ["12"]
    assert read("How many years will the plan run?", []).form == "how_long"


# ------------------------------------------------------------------ claims
def test_a_units_list_line_states_its_revenue():
    unit = hit("Segment", "Widgets", 4, 5)
    line = {"subject": lit(unit.iri), "predicate": lit("state"), "role": lit("amount"),
            "valueText": lit("$2.1 billion"), "quote": lit("Widgets: $2.1 billion, up 8%")}
    assert claim_score(read("How much revenue did Widgets generate?", [unit]), line) > 0
    assert claim_score(read("What did the Widgets business bring in?", [unit]), line) > 0
    assert claim_score(read("How much profit did Widgets make?", [unit]), line) == 0
    other = {**line, "subject": lit("urn:x:Gadgets"), "quote": lit("Gadgets: $2.1 billion, twice Widgets' figure")}
    assert claim_score(read("How much revenue did Widgets generate?", [unit]), other) == 0
    prose = {**line, "quote": lit("Widgets is set to receive a $2.1 billion investment.")}   # not a list line
    assert claim_score(read("How much revenue did Widgets generate?", [unit]), prose) == 0


def test_a_country_said_as_its_adjective_need_not_be_in_the_sentence():
    acme, korea = hit("Company", "Acme", 2, 3), hit("Country", "South Korea", 5, 6, "korean")
    row = {"predicate": lit("state"), "role": lit("percent"), "valueText": lit("31%"),
           "quote": lit("Acme's share of Korea's broadband subscriptions fell to 31%, after the outage.")}
    q = read("What is Acme's share of Korean broadband subscriptions after the outage?", [acme, korea])
    assert q.form == "share" and q.wants == "percent"
    assert claim_score(q, row) > 0


def test_a_share_of_something_named_is_not_a_share_of_another_market():
    acme = hit("Company", "Acme", 2, 3)
    rows = [{"share": lit(30), "market": lit("global cloud market"), "holderLabel": lit("Acme")}]
    kept, why = _narrow("market-shares", "What is Acme's share of broadband subscriptions?", rows, [acme])
    assert kept == [] and "broadband" in why
    assert _narrow("market-shares", "What is Acme's share of the cloud market?", rows, [acme])[0] == rows
    said = [{**rows[0], "market": lit("market"), "quote": lit("Acme held 30% of broadband subscriptions.")}]
    assert _narrow("market-shares", "What is Acme's share of broadband subscriptions?", said, [acme])[0] == said


# ------------------------------------------------------------------ guidance, stakes
def test_guidance_asked_as_changed_is_a_guidance_change():
    acme = hit("Company", "Acme", 3, 4)
    for q in ("How did Acme change its 2025 revenue outlook?",
              "What did Acme raise its revenue forecast from and to?",
              "What is Acme's new revenue growth guidance, and what was it before?"):
        qm = read(q, [acme])
        assert score_intents(q, [acme], qm)[0].name == "guidance-changes", q


def test_a_guidance_change_of_another_measure_does_not_answer():
    acme = hit("Company", "Acme", 3, 4)
    rows = [{"claim": lit("c1"), "measure": lit("share price"), "valueText": lit("14%")},
            {"claim": lit("c2"), "measure": lit("product revenue"), "valueText": lit("$4 billion")}]
    kept, _ = _narrow("guidance-changes", "What did Acme raise its product revenue forecast to?", rows, [acme])
    assert [r["claim"].value for r in kept] == ["c2"]
    kept, why = _narrow("guidance-changes", "What did Acme raise its margin forecast to?", rows, [acme])
    assert kept == [] and "margin" in why


def test_how_big_the_stake_was_asks_for_a_stake():
    qm = read("What did Acme pay for its stake in Beta, and how big was the stake?", [])
    assert qm.wants == "stake"
    assert not fits(qm, "investments", [{"amount": lit(5)}])   # an amount with no stake does not answer


# ------------------------------------------------------------------ slots
def test_a_unit_that_is_another_companys_leaves_the_company_named():
    acme, unit = hit("Company", "Acme", 0, 1), hit("Segment", "Drones", 1, 2)
    params = catalogue()["figures"].params
    assert [list(c[0].values()) for c, _ in bindings(params, [acme, unit])] == [[unit]]
    rounds = owner_rounds(params, [acme, unit])
    assert rounds == [([{"company": acme}], [unit])]
    assert owner_rounds(params, [hit("Company", "Acme", 0, 1), hit("Segment", "Drones", 3, 4)]) == []


def test_a_list_line_of_a_unit_the_graph_has_no_entity_for_and_its_owners_claims():
    acme = hit("Company", "Acme", 4, 5)
    line = {"subject": lit(acme.iri), "predicate": lit("state"), "role": lit("amount"),
            "valueText": lit("9.5 billion won"), "quote": lit("Cloud services - 9.5 billion won, up 12% on year")}
    assert claim_score(read("How much revenue did Acme's cloud services segment report?", [acme]), line) > 0
    assert claim_score(read("How much revenue did Acme's robotics segment report?", [acme]), line) == 0


def test_what_was_reported_is_not_what_is_expected():
    acme = hit("Company", "Acme", 4, 5)
    expected = {"predicate": lit("state"), "role": lit("amount"), "valueText": lit("7 billion won"),
                "measure": lit("cloud services revenue"), "quote": lit("Cloud services revenue is expected at about 7 billion won.")}
    assert claim_score(read("How much cloud services revenue did Acme report?", [acme]), expected) == 0
    assert claim_score(read("How much cloud services revenue does Acme expect?", [acme]), expected) > 0
    outlook = {"measure": lit("revenue outlook"), "value": lit(7), "quote": lit("Acme sees revenue of 7.")}
    kept, why = _narrow("figures", "What revenue did Acme report?", [outlook], [acme])
    assert kept == [] and "outlook" in why
    assert _narrow("figures", "What revenue did Acme guide for the quarter?", [outlook], [acme])[0] == [outlook]


def test_a_unit_named_in_words_the_graph_does_not_know_must_be_the_figures():
    acme = hit("Company", "Acme", 4, 5)
    rows = [{"subjectLabel": lit("Acme"), "measure": lit("revenue"), "value": lit(9)}]
    q = "How much revenue did Acme's widget segment report?"
    kept, why = _narrow("figures", q, rows, [acme])
    assert kept == [] and "widget segment" in why
    widget = [{**rows[0], "measure": lit("widget revenue")}]
    assert _narrow("figures", q, widget, [acme])[0] == widget


def test_a_buyback_and_sales_sold_are_measures_and_a_measure_word_is_not_a_name():
    from aikg.ask import _not_measure_words
    qm = read("How large a share buyback has Acme announced?", [])
    assert qm.measures == ("buyback",)
    assert not fits(qm, "stake-deals", [{"stake": lit(10), "amount": lit(5)}])   # a buyback is not a stake deal
    assert read("How much did Acme's Networks segment sell in Q3?", []).measures == ("sell",)
    assert read("How much of its stake did Acme sell?", []).measures == ()
    ent, ibm = hit("Segment", "Enterprise", 1, 2), hit("Company", "IBM", 4, 5)
    assert _not_measure_words("What enterprise value is IBM paying?", [ent, ibm]) == [ibm]
    assert _not_measure_words("What did IBM's Enterprise unit earn?", [ibm, ent]) == [ibm, ent]


def test_which_company_is_answered_by_a_counterparty_not_by_the_companys_own_spending():
    acme = hit("Company", "Acme", 4, 5)
    qm = read("Which companies compete with Acme in cooling?", [acme])
    assert qm.wants == "Company" and qm.predicate == "compete"   # a rivalry: its query, else its claims
    own = [{"investorLabel": lit("Acme"), "amount": lit(7), "target": lit("its US factories")}]
    assert not fits(read("Which companies did Acme invest in?", [acme]), "investments", own)
    stake = [{**own[0], "targetEntityLabel": lit("Beta")}]
    assert fits(read("Which companies did Acme invest in?", [acme]), "investments", stake)


def test_who_a_company_builds_something_with_is_a_company_and_which_operator_too():
    acme = hit("Company", "Acme", 2, 3)
    assert read("Who is Acme building the Busan data centre with?", [acme]).wants == "Company"
    assert read("Who is Acme's new chief executive?", [acme]).wants == "Person"
    assert read("Which operator will trial Acme's radios in 2026?", [acme]).wants == "Company"
    assert read("Which Acme system do the designs target?", [acme]).wants == "Product"


def test_a_reason_for_another_measure_does_not_answer_why_this_one_moved():
    acme = hit("Company", "Acme", 2, 3)
    rows = [{"reason": lit("more GPU rentals"), "measure": lit("data centre revenue")}]
    kept, why = _narrow("reasons", "Why did Acme's third-quarter profit collapse?", rows, [acme])
    assert kept == [] and "profit" in why
    assert _narrow("reasons", "Why did Acme's data centre revenue rise?", rows, [acme])[0] == rows


def test_a_sentence_saying_the_measure_in_other_words_answers():
    from aikg.claims_fallback import _stems
    assert _stems("employees") == _stems("employ") == {"employ"}
    acme = hit("Company", "Acme", 4, 5)
    row = {"predicate": lit("state"), "role": lit("amount"), "valueText": lit("$5 billion"),
           "quote": lit("Sales at Acme reached $5 billion.")}
    assert claim_score(read("What revenue did Acme report?", [acme]), row) > 0
    assert claim_score(read("What profit did Acme report?", [acme]), row) == 0


def test_the_users_own_documents_come_before_the_bundled_graphs():
    from aikg.document_info import own_documents_first
    rows = [{"doc": lit("bundled-1"), "v": lit(1)}, {"doc": lit("mine"), "v": lit(2)}, {"doc": lit("bundled-2"), "v": lit(3)}]
    assert [r["v"].value for r in own_documents_first(rows, frozenset({"bundled-1", "bundled-2"}))] == ["2", "1", "3"]
    assert own_documents_first(rows, frozenset()) == rows          # the bundled graph itself, or an --empty store
    assert own_documents_first(rows[:1], frozenset({"bundled-1"})) == rows[:1]


def test_a_new_store_knows_which_documents_came_with_the_bundled_graph(tmp_path):
    from aikg import KnowledgeGraph
    from aikg.document_info import bundled_documents
    kg = KnowledgeGraph.open(str(tmp_path / "store"))
    assert bundled_documents(kg.store)                              # it starts with the bundled graph
    assert not bundled_documents(KnowledgeGraph.open(bundled=True).store)


def test_a_rate_asked_is_a_percentage_and_a_measure_of_its_own_words_no_row_names_is_no_answer():
    acme = hit("Company", "Acme", 2, 3)
    q = "What was Acme's net revenue retention rate in Q2?"
    assert read(q, [acme]).wants == "percent"
    assert read("What was Acme's revenue growth rate?", [acme]).wants != "percent"
    rows = [{"measure": lit("product revenue"), "value": lit(5), "unit": lit("percent")}]
    kept, why = _narrow("figures", q, rows, [acme])
    assert kept == [] and "net revenue retention rate" in why
    one = "What was Acme's product revenue in Q2?"     # a modifier a row names
    assert _narrow("figures", one, rows, [acme])[0] == rows
    unit = "What quarterly revenue does Acme's cloud and AI division bring in?"   # unit nouns and verbs are not the measure
    cloud = [{"measure": lit("revenue"), "subjectLabel": lit("Acme Cloud"), "value": lit(6)}]
    assert _narrow("figures", unit, cloud, [acme])[0] == cloud


def test_an_entity_asked_is_found_in_a_sentence_holding_the_questions_words_and_another_name():
    acme = hit("Company", "Acme", 2, 3)
    row = {"predicate": lit("launch"), "via": lit("subject"),
           "quote": lit("He said Acme Vision, the company's suite of AI platforms and tools, was now in most deals.")}
    q = read("What is the name of Acme's suite of AI platforms?", [acme])
    assert claim_score(q, row) > 0
    assert claim_score(read("What is the name of Acme's suite of robotics services?", [acme]), row) == 0
    unnamed = {**row, "quote": lit("the company's suite of AI platforms was now in most deals.")}
    assert claim_score(q, unnamed) == 0           # no name besides the question's: nothing to answer with


def test_which_company_is_not_answered_by_the_company_named_alone():
    acme = hit("Company", "Acme", 1, 2)
    qm = read("Which Acme subsidiary makes pumps?", [acme])
    assert qm.wants == "Company"
    own = [{"restrictionLabel": lit("tariff on imports"), "affectedLabel": lit("Acme")}]
    assert not fits(qm, "restrictions", own)
    assert fits(qm, "restrictions", [{**own[0], "affectedLabel": lit("Beta Pumps")}])


def test_how_a_measure_moved_and_when_are_not_words_of_the_measure():
    # "By how much did X's <measure> grow last quarter?": the measure phrase ends at the verb,
    # so a row of that measure answers instead of "no <measure> grow last quarter figure"
    acme = hit("Company", "Acme", 4, 5)
    rows = [{"subjectLabel": lit("Acme"), "measure": lit("subscription revenue"), "value": lit(7),
             "change": lit(12)}]
    for q in ("By how much did Acme's subscription revenue grow last quarter?",
              "How fast did Acme's subscription revenue rise this year?"):
        assert _narrow("figures", q, rows, [acme])[0] == rows, q
    # a measure of its own words that no row names is still no answer
    kept, why = _narrow("figures", "By how much did Acme's net revenue retention rate fall last quarter?",
                        rows, [acme])
    assert kept == [] and "net revenue retention rate" in why


def test_a_possessive_after_a_plural_name_is_the_name_not_a_market():
    # "What is Acme Technologies' market share?": "technologies'" is the company's name in the
    # possessive, not a market the rows must name
    acme = hit("Company", "Acme Technologies", 2, 4, matched="acme technologies")
    rows = [{"subjectLabel": lit("Acme Technologies"), "market": lit("cloud"), "share": lit(12)}]
    assert _narrow("market-shares", "What is Acme Technologies' market share?", rows, [acme])[0] == rows
