"""Questions understood by what they ask, not by their wording: the question model (form, answer
type wanted), type-driven slot filling, the answer-type check, the claims fallback's ranking,
and the SPARQL shown to the user. The fresh question sets in tests/data/fresh_questions*.json
are our own (written for issue 13; fresh_questions2 and 3 each before any tuning on them) and
include the eight failures the issue lists (f01-f09)."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import KnowledgeGraph
from aikg.answer_check import fits
from aikg.claims_fallback import claim_score
from aikg.linking import Hit
from aikg.queries import catalogue, without_comments
from aikg.question import read
from aikg.slots import assign, bindings
from conftest import DEV_DOCS
from test_ask import check

DATA = Path(__file__).parent / "data"
FRESH = [q for f in sorted(DATA.glob("fresh_questions*.json")) for q in json.loads(f.read_text())]


GRAPHS = {"dev": DEV_DOCS, "probe": DATA / "probe", "probe2": DATA / "probe2", "news": DATA / "news"}


@pytest.fixture(scope="module")
def graphs(bundled_kg):
    """The graph a fresh question is about: the bundled one, or the named articles ingested once."""
    from aikg.store import LocalStore
    made = {"bundled": bundled_kg}

    def get(name):
        if name not in made:
            if not GRAPHS[name].is_dir():
                pytest.skip(f"documents not found at {GRAPHS[name]}")
            made[name] = KnowledgeGraph(LocalStore.memory())
            made[name].ingest([GRAPHS[name]])
        return made[name]
    return get


@pytest.mark.parametrize("q", FRESH, ids=[q["id"] for q in FRESH])
def test_fresh_questions(graphs, q):
    out = graphs(q["graph"]).ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


# ------------------------------------------------------------------ the question model
def hit(kind, label, start=0, end=1):
    return Hit(f"urn:x:{label}", kind, label, label.lower(), 100.0, start, end)


@pytest.mark.parametrize("text,hits,form,wants", [
    ("What is QVQ-Max?", [hit("AIModel", "QVQ-Max", 2, 4)], "describe", "entity"),
    ("Cloud Intelligence Group?", [hit("Segment", "Cloud Intelligence Group", 0, 3)], "describe", "entity"),
    ("tell me about the all others segment", [hit("Segment", "All Others", 4, 6)], "describe", "entity"),
    ("List the versions of Qwen", [hit("ModelFamily", "Qwen", 4, 5)], "list", "AIModel"),
    ("which segment is AI model training in", [hit("CostItem", "AI model training", 3, 6)], "list", "Segment"),
    ("where are alibaba's AI training expenses reported?", [hit("Company", "Alibaba Group", 2, 3)], "where", "Segment"),
    ("Where is Alibaba launching a hub?", [hit("Company", "Alibaba Group", 2, 3)], "where", "Place"),
    ("How much of China's AI cloud market does Alibaba control?", [], "share", "percent"),
    ("What share of Scale AI does Meta own?", [], "share", "stake"),
    ("When was the plan announced?", [], "when", "date"),
    ("How many years will the spending run for?", [], "how_long", "duration"),
    ("whos running alibaba these days", [], "who", "Person"),
    ("Who does Xiaomi compete with?", [], "who", "Company"),
    ("What is Martin Lau's role at Tencent?", [], "what", "Role"),
    ("What do Alibaba's Qwen models power?", [], "what", ""),
    ("How much did the cloud unit's revenue grow?", [], "how_much", "change"),
    ("What was Alibaba's net income in Q4 2024?", [], "how_much", "amount"),
    ("what cant investors figure out about its profits", [], "what", "gap"),
])
def test_question_model_reads_form_and_answer_type(text, hits, form, wants):
    qm = read(text, hits)
    assert (qm.form, qm.wants) == (form, wants)


def test_goal_and_plan_are_read_from_the_verbs():
    assert read("How much AI revenue does Eddie Wu want Alibaba to make?", []).goal
    assert not read("How much AI revenue did Alibaba make?", []).goal
    assert read("How big is the three-year capex plan?", []).plan
    assert not read("What was SoftBank's capital expenditure in the first half?", []).plan


# ------------------------------------------------------------------ slot filling
def test_the_entity_type_decides_the_parameter():
    params = catalogue()["costs-by-segment"].params
    seg, item, comp = hit("Segment", "All Others"), hit("CostItem", "logistics"), hit("Company", "Alibaba Group")
    assert assign(params, [seg]) == {"segment": [seg]}          # not the catch-all `item`
    assert assign(params, [comp, item]) == {"company": [comp], "item": [item]}
    fam, person = hit("ModelFamily", "Qwen"), hit("Person", "Eddie Wu")
    assert assign(catalogue()["models"].params, [fam]) == {"family": [fam]}
    assert assign(catalogue()["people"].params, [person, comp]) == {"person": [person], "company": [comp]}


def test_relaxing_drops_the_company_first_and_reports_what_it_dropped():
    params = catalogue()["costs-by-segment"].params
    item, comp = hit("CostItem", "food delivery"), hit("Company", "JD.com")
    rounds = bindings(params, [comp, item])
    assert [(sorted(c[0]), [h.label for h in d]) for c, d in rounds] == [
        (["company", "item"], []), (["item"], ["JD.com"]), (["company"], ["food delivery"])]


# ------------------------------------------------------------------ the answer check
def lit(v):
    return ox.Literal(str(v))


def test_rows_of_another_answer_type_do_not_fit():
    share_q = read("How much of China's AI cloud market does Alibaba control?", [])
    restriction_rows = [{"restrictionLabel": lit("US export restriction")}]
    assert not fits(share_q, "restrictions", restriction_rows)
    assert fits(share_q, "market-shares", [{"share": lit(36), "market": lit("China public AI cloud services market")}])
    stake_rows = [{"amount": lit(1), "stake": lit(49)}]
    assert not fits(read("What's Meta's market share in cloud?", []), "investments", stake_rows)
    assert fits(read("What share of Scale AI does Meta own?", []), "investments", stake_rows)


def test_a_target_answers_only_what_is_wanted_and_an_investment_only_a_plan():
    target_rows = [{"value": lit(100), "measure": lit("annual AI revenue")}]
    assert fits(read("How much AI revenue does Eddie Wu want Alibaba to make?", []), "targets", target_rows)
    assert not fits(read("What was Alibaba's net income?", []), "targets", target_rows)
    inv = [{"amount": lit(380)}]
    assert fits(read("How big is Alibaba's three-year capex plan?", []), "investments", inv)
    assert not fits(read("What was SoftBank's capital expenditure in the first half?", []), "investments", inv)
    assert not fits(read("What operating margin does the business earn?", []), "investments", inv)


def test_growth_rows_do_not_answer_an_amount():
    q = read("How much AI revenue did Alibaba make?", [])
    assert not fits(q, "figures", [{"measure": lit("ai revenue"), "change": lit(100)}])
    assert fits(q, "figures", [{"measure": lit("ai revenue"), "value": lit(5)}])


def test_an_answer_to_another_question_becomes_no_answer(bundled_kg):
    a = bundled_kg.ask("What was Alibaba's net income in Q4 2024?")
    assert a.status == "no_answer" and "net income" in a.answer
    a = bundled_kg.ask("How much did Alibaba pay for Scale AI?")
    assert a.status == "no_answer" and "Scale" in a.answer


# ------------------------------------------------------------------ claims fallback
def test_a_claim_answers_only_with_a_value_of_the_type_asked_and_every_content_word():
    qm = read("How much capex does Acme plan?", [hit("Company", "Acme", 4, 5)])
    capex = {"predicate": lit("invest"), "role": lit("amount"), "valueText": lit("$5 billion"),
             "quote": lit("Acme plans capex of $5 billion."), "via": lit("subject")}
    assert claim_score(qm, capex) > 0
    assert claim_score(qm, {**capex, "role": lit("growth")}) == 0          # a growth rate is not an amount
    assert claim_score(qm, {**capex, "quote": lit("Acme plans to hire 500 people.")}) == 0   # no 'capex'
    assert claim_score(read("Who is Acme's CFO?", []), capex) == 0          # claims carry no people
    in_q3 = read("What was the contract value of Acme's deal wins in Q3 2025?", [hit("Company", "Acme", 6, 7)])
    wins = {"role": lit("amount"), "predicate": lit("state"), "quote": lit("Large deal wins had a contract value of $3.8 billion.")}
    assert claim_score(in_q3, wins) > 0                                    # the period is not a content word


@pytest.fixture(scope="module")
def claims_kg():
    """Articles of our own (invented companies) whose contract value, placement and production
    date no typed fact holds, only a claim."""
    from aikg.store import LocalStore
    if "claims" not in catalogue():
        pytest.skip("no claims layer (saved query 'claims') installed")
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([DATA / "claims_fallback"])
    return kg


def test_when_no_typed_fact_answers_a_claim_does_and_says_so(claims_kg):
    a = claims_kg.ask("What was the total contract value of Zentrix Systems' large deal wins?").to_json()
    assert a["status"] == "answered" and a["basis"] == "claim"
    assert "2.7 billion" in a["answer"] and "claim" in a["answer"]
    assert any("contract value" in s["quote"] for s in a["sources"])


@pytest.mark.parametrize("question,status,basis,want", [
    # the plain questions on unseen articles that issue 13 lists, in our own article's names
    ("What's Dana Okafor's job at Veltrix Semiconductor?", "answered", "fact", "CFO"),
    ("What is Dana Okafor's role at Veltrix?", "answered", "fact", "CFO"),
    ("How much does Veltrix Semiconductor plan to raise through its placement?", "answered", "claim", "400 million"),
    ("When is the Tern processor due to enter volume production?", "answered", "claim", "2026"),
    ("When will the Tern processor be discontinued?", None, None, None),
    ("Who is the CEO of Veltrix?", "no_answer", None, "CEO"),
])
def test_plain_questions_on_an_unseen_article(claims_kg, question, status, basis, want):
    a = claims_kg.ask(question).to_json()
    if status is None:
        assert a["status"] != "answered", a["answer"]
        return
    assert (a["status"], a.get("basis")) == (status, basis), a["answer"]
    assert want in a["answer"]


def test_facts_no_document_states_still_get_no_answer(claims_kg):
    for q in ("What was Zentrix Systems' net income?", "Who is the CFO of Zentrix Systems?",
              "What was the total contract value of Zentrix Systems' acquisitions?"):
        assert claims_kg.ask(q).status == "no_answer", q


# ------------------------------------------------------------------ what the user sees
def test_sparql_is_shown_without_comments_but_keeps_hashes_in_iris_and_strings():
    text = '# planner note\nSELECT ?s WHERE {  # why\n  ?s <http://x/y#z> "a # b" .\n}\n'
    assert without_comments(text) == 'SELECT ?s WHERE {\n  ?s <http://x/y#z> "a # b" .\n}\n'


def test_answers_carry_basis_and_comment_free_sparql(bundled_kg):
    a = bundled_kg.ask("What costs are in the All Others segment?").to_json()
    assert a["status"] == "answered" and a["basis"] == "fact"
    assert "SELECT" in a["sparql"]
    assert not any(line.lstrip().startswith("#") for line in a["sparql"].splitlines())


def test_cli_empty_question_exits_1_with_one_line(aikg):
    p = aikg("ask", "")
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and "empty question" in p.stderr


def test_cli_no_sparql_hides_the_query_json_keeps_it(aikg):
    p = aikg("ask", "--no-sparql", "What is QVQ-Max?")
    assert p.returncode == 0 and "Qwen" in p.stdout and "SPARQL" not in p.stdout and "SELECT" not in p.stdout
    p = aikg("ask", "--no-sparql", "--format", "json", "What is QVQ-Max?")
    assert "SELECT" in json.loads(p.stdout)["sparql"]


def test_cli_ask_honours_the_global_timeout(aikg):
    p = aikg("--timeout", "0.00001", "ask", "Which costs sit in which segment?")
    assert p.returncode == 1 and "timed out" in p.stderr.splitlines()[0] and "Traceback" not in p.stderr


def test_describe_names_a_class_without_a_label_by_its_local_name():
    from pyoxigraph import Literal
    from aikg.answer_text import _describe_lines
    rows = [{k: Literal(v) for k, v in r.items()} for r in (
        {"direction": "out", "predicateLabel": "label", "valueLabel": "Zephyr-9"},
        {"direction": "out", "predicateLabel": "type", "valueLabel": "https://aikg.dev/ns#AIModel"})]
    assert _describe_lines(rows)[0] == "Zephyr-9 (AI model)"


# ------------------------------------------------------------------ measures in the question's own words
@pytest.mark.parametrize("text,phrase", [
    ("how many engineers work on the nimbus chip?", "engineers"),
    ("how much did acme spend on satellite launches in 2024?", "satellite launches"),
    ("what is acme's order book in euros?", "order book"),
])
def test_the_measure_named_in_the_questions_own_words(text, phrase):
    from aikg.question import open_measure
    assert open_measure(text)[0] == phrase


def test_what_is_spent_on_decides_the_figure_and_no_row_of_it_is_no_answer():
    from aikg.narrowing import _narrow
    acme = hit("Company", "Acme", 4, 5)
    rows = [{"measure": lit("capital spending"), "value": lit(9)},
            {"measure": lit("research and development spending"), "value": lit(2)}]
    kept, _ = _narrow("figures", "How much did Acme spend on research and development?", rows, [acme])
    assert [r["value"].value for r in kept] == ["2"]
    kept, why = _narrow("figures", "How much did Acme spend on satellite launches?", rows, [acme])
    assert kept == [] and "satellite launches" in why
    kept, why = _narrow("figures", "How many engineers does Acme have?", rows, [acme])
    assert kept == [] and "engineers" in why


def test_a_period_no_row_covers_is_no_answer():
    from aikg.narrowing import _narrow
    rows = [{"measure": lit("revenue"), "value": lit(5), "periodStart": ox.Literal("2025-07-01"),
             "periodEnd": ox.Literal("2025-09-30"), "periodLabel": lit("Q3 2025")}]
    assert _narrow("figures", "What was Acme's revenue in Q3 2025?", rows, [])[0]
    kept, why = _narrow("figures", "What revenue does Acme expect for the March 2026 quarter?", rows, [])
    assert kept == [] and "March 2026" in why


def test_stake_and_since_when_are_read_from_the_question_form():
    assert read("What direct stake in Beta does Acme keep?", []).wants == "stake"
    assert read("Since when has Acme been on the sanctions list?", []).wants == "date"
    assert read("What was Acme's market value?", []).measures == ("market value",)


def test_a_share_of_the_companys_own_figure_is_not_a_market_share():
    rows = [{"share": lit(20), "market": lit("global robot market")}]
    assert not fits(read("What share of Acme's shipments were drones?", []), "market-shares", rows)
    assert fits(read("What share of the global robot market does Acme hold?", []), "market-shares", rows)
    growth = [{"measure": lit("shipments"), "change": lit(12)}]
    assert not fits(read("What share of Acme's shipments were drones?", []), "figures", growth)
    assert fits(read("By what percentage did Acme's shipments grow?", []), "figures", growth)


def test_a_claim_of_a_count_answers_how_many_and_a_share_comes_before_a_growth_rate():
    acme = hit("Company", "Acme", 3, 4)
    count = {"predicate": lit("state"), "role": lit("count"), "valueText": lit("3 million"), "via": lit("subject"),
             "quote": lit("Subscribers to the Acme streaming service passed 3 million.")}
    assert claim_score(read("How many subscribers does the Acme streaming service have?", [acme]), count) > 0
    quote = lit("Drones made up 30% of Acme's total shipments, up from 10% a year earlier.")
    share = {"predicate": lit("state"), "role": lit("share"), "valueText": lit("30%"), "quote": quote}
    growth = {**share, "role": lit("growth"), "valueText": lit("10%"), "measure": lit("total shipments")}
    q = read("What share of Acme's shipments were drones?", [hit("Company", "Acme", 3, 4)])
    assert claim_score(q, share) > claim_score(q, growth) > 0


def test_a_dated_claim_answers_only_the_period_asked():
    acme = hit("Company", "Acme", 3, 4)
    row = {"predicate": lit("report"), "role": lit("amount"), "valueText": lit("$4 billion"), "measure": lit("revenue"),
           "quote": lit("Revenue rose to $4 billion."), "periodLabel": lit("fiscal Q2")}
    assert claim_score(read("What was Acme's revenue?", [acme]), row) > 0
    assert claim_score(read("What revenue does Acme expect for the December 2026 quarter?", [acme]), row) == 0


@pytest.fixture(scope="module")
def measures_kg():
    """An invented article whose counts, stake and shipment share only claims hold."""
    from aikg.store import LocalStore
    kg = KnowledgeGraph(LocalStore.memory())
    kg.ingest([DATA / "ask_measures"])
    return kg


@pytest.mark.parametrize("question,status,want", [
    ("How many developers use the Korvath automation platform?", "answered", "1.2 million"),
    ("How big is Korvath's installed base of service robots?", "answered", "14,000"),
    ("What share of Korvath's shipments were autonomous forklifts?", "answered", "40%"),
    ("What direct stake in Lumora Health will Korvath keep after the spin-off?", "answered", "35%"),
    ("How much did Korvath spend on research and development?", "answered", "310 million"),
    ("How much did Korvath spend on cloud computing in the quarter?", "no_answer", None),
    ("What revenue does Korvath expect for the March 2026 quarter?", "no_answer", None),
    ("What was Korvath's order backlog?", "no_answer", None),
])
def test_measures_named_in_own_words_on_an_invented_article(measures_kg, question, status, want):
    a = measures_kg.ask(question)
    assert a.status == status, a.answer
    if want:
        assert want in a.answer
    if status == "no_answer":
        assert "310" not in a.answer and "2.1 billion" not in a.answer


def test_a_claim_is_found_by_the_acronym_it_spells_out_and_the_month_it_names():
    acme = hit("Company", "Acme Pay", 3, 5)
    ipo = {"predicate": lit("state"), "role": lit("amount"), "valueText": lit("$900 million"), "via": lit("subject"),
           "quote": lit("Acme Pay floated in an initial public offering that raised $900 million.")}
    assert claim_score(read("How much did the Acme Pay IPO raise?", [acme]), ipo) > 0
    assert claim_score(read("How much did the Acme Pay bond sale raise?", [acme]), ipo) == 0
    staff = {"predicate": lit("employ"), "role": lit("count"), "valueText": lit("12,400"), "periodLabel": lit("Q3 FY2027"),
             "quote": lit("Headcount stood at 12,400 at the end of March, up from 11,900.")}
    assert claim_score(read("What was Acme Pay's headcount at the end of March 2026?", [acme]), staff) > 0
    assert claim_score(read("What was Acme Pay's headcount at the end of June 2026?", [acme]), staff) == 0


def test_reasons_and_partners_are_claim_predicates_and_a_long_name_is_found_by_its_acronym():
    assert read("What reasons did Acme give for the fall in its operating profit?", []).predicate == "cause"
    assert read("Which start-up did Acme team up with on robotics?", []).predicate == "partner"
    assert read("Which chip maker is Acme's partner in Europe?", []).predicate == "partner"
    from aikg.ask import _acronym
    assert _acronym("Digital Transformation Solutions") == "DTS" and _acronym("Scale AI") == ""
    from aikg.claims_fallback import _predicate_score
    acme = hit("Company", "Acme", 4, 5)
    quote = lit("Acme said operating profit fell 12%, as higher freight costs weighed on margins.")
    row = {"predicate": lit("report"), "role": lit("growth"), "valueText": lit("12%"), "quote": quote}
    assert _predicate_score(read("What reasons did Acme give for the drop in operating profit?", [acme]), row) > 0
    assert _predicate_score(read("What reasons did Acme give for the rise in its revenue?", [acme]), row) == 0


def test_a_claim_of_another_measure_does_not_answer_a_measure_named():
    acme = hit("Company", "Acme", 3, 4)
    rnd = {"predicate": lit("invest"), "role": lit("amount"), "valueText": lit("$1 billion"),
           "measure": lit("research and development spending"), "via": lit("subject"),
           "quote": lit("Research and development spending was $1 billion, about 15% of revenue.")}
    assert claim_score(read("What was Acme's revenue?", [acme]), rnd) == 0
    assert claim_score(read("What was Acme's research and development spending?", [acme]), rnd) > 0


def test_a_claim_labelled_without_dates_answers_the_period_whose_end_month_its_sentence_names():
    acme = hit("Company", "Acme", 3, 4)
    half = {"predicate": lit("report"), "role": lit("amount"), "valueText": lit("$7 billion"), "measure": lit("revenue"),
            "periodLabel": lit("six months ended june 30"),
            "quote": lit("Revenue for the six months ended June 30 rose to $7 billion.")}
    assert claim_score(read("What was Acme's revenue for the first half of 2026?", [acme]), half) > 0
    assert claim_score(read("What was Acme's revenue for the second half of 2026?", [acme]), half) == 0


# ------------------------------------------------------------------ periods, quantities, measures (w12a)
def dated(label, start=None, end=None, **cols):
    row = {"measure": lit(cols.pop("measure", "revenue")), "value": lit(cols.pop("value", 5)), "periodLabel": lit(label)}
    if start:
        row["periodStart"], row["periodEnd"] = ox.Literal(start), ox.Literal(end)
    return {**row, **{k: lit(v) for k, v in cols.items()}}


@pytest.mark.parametrize("label,question,fits_", [
    ("Q4", "What revenue does Acme expect for the fourth quarter of 2025?", True),
    ("Q4", "What was Acme's revenue in Q3 2025?", False),
    ("fiscal Q3", "What was Acme's revenue in Q3 2025?", True),
    ("three months to september 30", "What was Acme's revenue in the third quarter of 2025?", True),
    ("three months to september 30", "What was Acme's revenue in the first half of 2025?", False),
    ("six months ended june 30", "What was Acme's revenue in the first half of 2025?", True),
    ("six months ended june 30", "What was Acme's revenue in Q2 2025?", False),
    ("Q3 2024", "What was Acme's revenue in Q3 2025?", False),
    ("Q2 FY2026", "What was Acme's revenue in Q2 2025?", False),   # fiscal: calendar dates unknown
])
def test_a_period_given_by_its_label_only_fits_the_quarter_or_month_asked(label, question, fits_):
    from aikg.period_fit import label_fits
    from aikg.question import _question_periods
    assert label_fits(label, _question_periods(question)) is fits_


def test_a_full_year_figure_does_not_answer_a_quarter_but_a_quarter_answers_its_year():
    from aikg.period_fit import in_period
    from aikg.question import _question_periods
    year = dated("2025", "2025-01-01", "2025-12-31")
    quarter = dated("Q1 2025", "2025-01-01", "2025-03-31")
    assert not in_period(year, _question_periods("What did Acme spend in Q1 2025?"))
    assert in_period(quarter, _question_periods("What did Acme spend in 2025?"))
    assert in_period(year, _question_periods("What did Acme spend in 2025?"))


def test_an_undated_figure_answers_only_a_period_the_documents_speak_of():
    from aikg.narrowing import _narrow
    rows = [dated("Q3 2025", "2025-07-01", "2025-09-30", value=5), {"measure": lit("revenue"), "value": lit(6)}]
    kept, why = _narrow("figures", "What was Acme's revenue in Q1 2023?", rows, [])
    assert kept == [] and "Q1 2023" in why
    kept, _ = _narrow("figures", "What was Acme's revenue in Q3 2025?", rows, [])
    assert [r["value"].value for r in kept] == ["5"]


def test_guidance_asked_keeps_only_figures_the_company_expects():
    from aikg.narrowing import _narrow
    reported = dated("Q2 FY2026", measure="revenue", quote="Revenue grew 0.8% in the quarter.")
    expected = dated("FY2026", measure="revenue outlook", quote="Acme expects revenue to grow 5%.")
    kept, _ = _narrow("figures", "What revenue growth guidance has Acme given?", [reported, expected], [])
    assert kept == [expected]
    kept, why = _narrow("figures", "What revenue growth guidance has Acme given?", [reported], [])
    assert kept == [] and "guidance" in why


@pytest.mark.parametrize("text,wants", [
    ("What was Acme's AI semiconductor revenue in Q3 2025?", "amount"),    # a kind noun before a measure
    ("What AI chip does Acme sell?", "Product"),
    ("What dividend per share will Acme pay for fiscal 2025?", "amount"),  # a quantity named before the verb
    ("What exchange ratio was agreed for the share swap?", "amount"),
    ("What status did the US revoke for Acme's plant?", ""),               # not a quantity
    ("How much of Beta does Acme own?", "stake"),
])
def test_the_quantity_or_kind_asked_for_is_the_head_noun_not_a_modifier(text, wants):
    assert read(text, []).wants == wants


def test_market_shares_answer_only_a_question_about_a_market_or_a_share():
    rows = [{"share": lit(36), "market": lit("cloud market"), "holderLabel": lit("Acme")}]
    assert not fits(read("What dividend per share will Acme pay?", []), "market-shares", rows)
    assert not fits(read("What exchange ratio was agreed for the share swap?", []), "market-shares", rows)
    assert fits(read("What is Acme's share of the cloud market?", []), "market-shares", rows)


def test_a_quantity_named_is_not_answered_by_a_stake_deal_and_an_investment_not_by_any_figure():
    deal = [{"stake": lit(10), "amount": lit(5)}]
    assert not fits(read("What dividend per share will Acme pay?", []), "stake-deals", deal)
    assert fits(read("What stake did Acme take in Beta?", []), "stake-deals", deal)   # a stake is no quantity head
    figure = [{"measure": lit("ai"), "value": lit(2500)}]
    assert not fits(read("How much will Acme invest in its data centre business?", []), "figures", figure)
    assert fits(read("How much did Acme make in Q3 2024?", []), "figures", figure)


def test_a_claim_about_a_segment_needs_not_name_its_company_and_came_from_is_no_content():
    acme, hpc = hit("Company", "Acme", 3, 4), hit("Segment", "High Performance Computing", 11, 14)
    row = {"predicate": lit("report"), "role": lit("share"), "valueText": lit("57%"), "measure": lit("revenue"),
           "quote": lit("High Performance Computing: 57% of revenue, flat quarter over quarter"), "via": lit("subject")}
    q = read("What share of Acme's revenue came from High Performance Computing?", [acme, hpc])
    assert claim_score(q, row) > 0


def test_a_company_named_before_its_unit_only_says_whose_unit_it_is():
    from aikg.queries import Param
    from aikg.slots import without_owners
    params = [Param("company", "company", "entity", kinds=("Company", "Segment"))]
    amd, dc = hit("Company", "AMD", 3, 4), hit("Segment", "Data Center", 4, 6)
    far = hit("Company", "Beta", 8, 9)
    assert assign(params, [amd, dc]) == {"company": [dc]}
    assert without_owners([far, dc]) == [far, dc]


def test_a_month_asked_is_a_point_in_the_quarter_holding_it():
    from aikg.period_fit import in_period
    from aikg.question import _question_periods
    quarter = dated("Q3 2025", "2025-07-01", "2025-09-30")
    assert in_period(quarter, _question_periods("What was Acme's headcount at the end of September 2025?"))


def test_an_amount_asked_is_not_answered_by_a_percentage_of_it():
    from aikg.narrowing import _narrow
    share = {"measure": lit("ai-related revenue share"), "value": lit(20), "unit": lit("percent")}
    amount = {"measure": lit("revenue"), "value": lit(6000000000), "unit": lit("USD")}
    kept, _ = _narrow("figures", "What quarterly revenue does Acme's AI unit bring in?", [share, amount], [])
    assert kept == [amount]
    kept, _ = _narrow("figures", "What share of Acme's revenue is AI-related?", [share, amount], [])
    assert share in kept


def test_home_market_rivals_are_the_ones_named_for_a_country_or_as_domestic():
    from aikg.narrowing import _narrow
    rows = [{"competitorLabel": lit(n), "region": lit(g)} for n, g in (("Beta", "domestic"), ("Gamma", "China"), ("Delta", "global"))]
    kept, _ = _narrow("competitors", "In its home market, which companies is Acme up against?", rows, [])
    assert {r["competitorLabel"].value for r in kept} == {"Beta", "Gamma"}


@pytest.mark.parametrize("text,wants", [
    ("What total expenses does Acme expect for 2025?", "amount"),       # a total of them, not which
    ("What costs sit in which segment?", "CostItem"),
    ("Of Acme's revenue, how much comes from AI products, as a percentage?", "percent"),
    ("Whose processors did Acme use to train its model?", "Product"),   # the thing, not a person
])
def test_totals_and_percentages_asked_are_amounts_and_shares(text, wants):
    assert read(text, []).wants == wants


def test_a_capex_plan_question_reaches_the_investments_when_no_capex_outlook_is_reported():
    from aikg.intents import _type_score
    plan, report = read("What is Acme's capex plan?", []), read("What was Acme's capex in Q2?", [])
    assert _type_score(plan, "investments") > _type_score(report, "investments")


def test_an_investment_plan_is_not_answered_by_any_figure_and_by_when_a_goal_is_its_horizon():
    figure = [{"measure": lit("ai-related revenue share"), "value": lit(20)}]
    assert not fits(read("show me acme's cloud and ai investment plan", []), "figures", figure)
    goal = read("By when does Ann Lee want to hit the AI revenue goal?", [])
    assert goal.wants == "date" and fits(goal, "targets", [{"horizon": lit("P5Y"), "measure": lit("revenue")}])


def test_a_comparison_with_the_holder_named_asks_for_the_whole_market():
    from aikg.ask import WHOLE_MARKET
    assert WHOLE_MARKET.search("which cloud providers have a bigger global market share than acme cloud?")
    assert not WHOLE_MARKET.search("what is acme cloud's share of the global cloud market?")


def test_revenue_asked_is_not_answered_by_an_income_and_how_much_a_company_makes_is_its_revenue():
    from aikg.narrowing import _narrow
    from aikg.question import measures_named
    net = {"measure": lit("net income"), "value": lit(4)}
    rev = {"measure": lit("revenue"), "value": lit(13)}
    kept, _ = _narrow("figures", "What revenue did Acme post?", [net, rev], [])
    assert kept == [rev]
    kept, _ = _narrow("figures", "What income did Acme post?", [net, rev], [])
    assert net in kept
    assert [w for w, _, _ in measures_named("how much does acme expect to make in q4?")] == ["make"]
    assert measures_named("what does acme make?") == []


@pytest.mark.parametrize("text, wants", [
    ("What is Acme's latest Korean LLM called?", "AIModel"),
    ("What are Acme's newest chips called?", "Product"),
    ("What's the company's assistant named?", "Application"),
    ("What is Acme Cloud also called?", ""),          # its other names: no kind asked
])
def test_the_noun_before_called_is_the_kind_asked_for(text, wants):
    assert read(text, []).wants == wants
