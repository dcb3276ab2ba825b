"""`ask` answers from a quoted sentence when no fact or claim of the graph does (text_answer):
an invented floor report about a start-up the gazetteer does not know, whose figures the
sentences give with "Its" and "the start-up" while a supplier with its own name is the subject
of other sentences (the shape of the unseen sets where the article's company was never a node)."""
import pytest

from conftest import articles_kg

FLOOR_REPORT = """Show floor: Quillon Labs pulls a crowd at Busan Chip Week

BUSAN, 14 May 2025 - The busiest booth on the second day belonged to Quillon Labs, the Daejeon start-up whose inference accelerator has been sampling with two cloud providers since March.

Founded in 2019 by former Samsung Electronics engineers, the start-up still relies on Hanbit Semiconductor to fabricate its first-generation chip; Hanbit Semiconductor itself reported memory sales of KRW 41 trillion last year.

Its audited accounts show 2024 turnover of KRW 8.4 billion, against an operating loss of KRW 52.7 billion, as it spent on a second-generation design.

The company declined to say how much revenue its cloud evaluations have generated so far.

Samsung Electronics said it expects to ship the second-generation part in the fourth quarter.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"quillon_floor_report.txt": FLOOR_REPORT})


def test_a_figure_filed_on_no_company_is_answered_from_its_sentence(kg):
    from aikg.ask import answer
    a = answer(kg, "What operating loss did Quillon Labs report for 2024?")
    assert a.status == "answered", a.answer
    assert "52.7 billion" in a.answer
    assert a.basis in ("text", "fact", "claim")
    assert a.sources and a.sources[0]["document"] == "quillon_floor_report"


def test_the_text_answer_needs_the_period_asked():
    from aikg.text_answer import _period_fits
    assert _period_fits("What was X's turnover in 2024?", "Its accounts show 2024 turnover of KRW 8.4 billion.")
    assert not _period_fits("What was X's turnover in 2023?", "Its accounts show 2024 turnover of KRW 8.4 billion.")
    assert not _period_fits("What was X's revenue in Q3 2025?", "Revenue rose 12% in 2025.")
    assert _period_fits("What was X's revenue in the third quarter of 2025?", "Q3 2025 revenue was EUR 1.2 billion.")
    assert not _period_fits("What revenue does X expect for the December 2025 quarter?", "X reported record revenue in 2025.")


def test_a_sentence_saying_the_figure_is_not_given_is_no_answer(kg):
    from aikg.ask import answer
    a = answer(kg, "How much revenue have Quillon Labs' cloud evaluations generated?")
    assert a.status == "no_answer", a.answer


def test_a_sentence_about_another_period_is_no_answer(kg):
    from aikg.ask import answer
    a = answer(kg, "What operating loss did Quillon Labs report for 2022?")
    assert a.status == "no_answer", a.answer


def test_every_entity_asked_about_must_be_named(kg):
    from aikg.ask import answer
    a = answer(kg, "How much of Quillon Labs' turnover came from Vietnam in 2024?")
    assert a.status != "answered" or "Vietnam" in a.answer, a.answer


def test_how_many_needs_a_count_of_the_thing_asked():
    from aikg.text_answer import _counts
    assert _counts("How many GPUs are installed in X's AI factory?", "The factory runs 2,000 Nvidia H100 GPUs.")
    assert _counts("How many paying customers does X have?", "X now has 2.3 million paying customers.")
    assert not _counts("How many employees does X have?", "The deal, announced in March 2025, widens X's reach into employee self-service.")


def test_a_sentence_without_giving_the_figure_is_not_given():
    from aikg.text_answer import NOT_GIVEN
    assert NOT_GIVEN.search("Marrow Tools bought a 30% stake in the sensor unit of Deltafen, it said, without giving a price.")
    assert NOT_GIVEN.search("The two firms agreed the deal without disclosing its value.")
    assert not NOT_GIVEN.search("Marrow Tools paid EUR 45 million for the stake, without any debt.")


def test_a_value_the_question_gives_is_not_the_answer():
    from aikg.text_answer import _figure_near
    q = "What price did Marrow Tools pay for its 30% stake in Deltafen's sensor unit?"
    assert not _figure_near(q, "Marrow Tools bought a 30% stake in the sensor unit of Deltafen last week.")
    assert _figure_near(q, "The 30% stake cost EUR 45 million, Marrow Tools said.")


def test_who_holds_a_role_needs_the_role_asked_not_a_synonym():
    from aikg.text_answer import _role_fits
    q = "Who is the CEO of Pellora?"
    assert not _role_fits(q, "Pellora will raise $90 million, chief financial officer Ana Brix said.", "Person")
    assert _role_fits(q, "Pellora's chief executive Ana Brix said the plant opens in May.", "Person")
    assert _role_fits("Who leads Pellora?", "Pellora's CEO Ana Brix said the plant opens in May.", "Person")
    assert _role_fits(q, "Pellora will raise $90 million, chief financial officer Ana Brix said.", "amount")


def test_a_units_measure_is_not_the_company_measure_asked():
    from aikg.text_answer import _figure_near
    q = "How much revenue did Pellora make from data centres?"
    assert not _figure_near(q, "Networking revenue was $31 million, as its switches went into data centres.", ["pellora"])
    assert not _figure_near("What were Pellora's sales in 2024?", "The supplier's sales reached EUR 2 billion in 2024.", ["pellora"])
    assert _figure_near("What were Pellora's sales in 2024?", "Pellora's 2024 sales reached EUR 2 billion.", ["pellora"])
    assert _figure_near("What were Pellora's sales in 2024?", "The company's sales reached EUR 2 billion in 2024.", ["pellora"])
    assert _figure_near("What was Pellora's revenue from networking?", "Networking revenue was $31 million.", ["pellora"])
    assert _figure_near("What operating loss did Pellora report?", "It booked an operating loss of $9 million.", ["pellora"])


def test_a_units_sentence_is_not_its_company_answer():
    from aikg.text_answer import _unit_subject
    s = "Varnek Mobile, which holds the fibre arm and the cloud business, produced revenue of 41 billion."
    assert _unit_subject(s, [["varnek"]], "What was the revenue of Varnek's cloud business?")
    assert not _unit_subject(s, [["varnek"]], "What revenue did Varnek Mobile produce?")
    assert not _unit_subject("Varnek Holdings produced revenue of 41 billion.", [["varnek"]], "What was Varnek's revenue?")


# the quoted sentences of an invented results post in the first person, as ingest stores them (quote,
# document, and the period extraction gave a claim read from it): the figures' sentences name no
# company and no year (the post's own period); one compares with last year; one is a research
# firm's estimate; one is about a supplier
POST = [("Harrowgate Data Centres closed the first half of 2025 with eleven sites in operation.", None),
        ("Harrowgate now runs them from Leeds and Oslo.", None),
        ("Harrowgate signed two hyperscale leases in the half.", None),
        ("Operating revenue came in at GBP 412 million, up 18% from GBP 349 million a year earlier.", ("2025-01-01", "2025-06-30")),
        ("Research house Quarry Insight estimates our share of Nordic colocation capacity at 31%.", ("2025-01-01", "2025-06-30")),
        ("Its power supplier Fellmoor Energy booked revenue of GBP 90 million in the half.", ("2025-01-01", "2025-06-30"))]


class _Names:
    """A label index knowing one organisation besides the one asked about."""
    def find_in(self, text):
        from aikg.linking import Hit
        return [Hit("urn:x:fellmoor", "Company", "Fellmoor Energy", "fellmoor energy")] if "Fellmoor" in text else []


@pytest.fixture(scope="module")
def post_store():
    import pyoxigraph as ox
    kg, prov, xsd = "https://aikg.dev/ns#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2001/XMLSchema#date"
    st = ox.Store()
    doc = ox.NamedNode("https://aikg.dev/id/doc/harrowgate_post")
    for i, (text, period) in enumerate(POST):
        e = ox.NamedNode(f"https://aikg.dev/id/evidence/{i}")
        st.add(ox.Quad(e, ox.NamedNode(kg + "quote"), ox.Literal(text)))
        st.add(ox.Quad(e, ox.NamedNode(prov + "wasDerivedFrom"), doc))
        if period:
            c = ox.NamedNode(f"https://aikg.dev/id/claim/{i}")
            st.add(ox.Quad(c, ox.NamedNode(kg + "evidence"), e))
            st.add(ox.Quad(c, ox.NamedNode(kg + "periodStart"), ox.Literal(period[0], datatype=ox.NamedNode(xsd))))
            st.add(ox.Quad(c, ox.NamedNode(kg + "periodEnd"), ox.Literal(period[1], datatype=ox.NamedNode(xsd))))
    return st


def _ask(store, question, name="Harrowgate Data Centres"):
    from aikg.text_answer import _with_heads, from_text
    got = from_text(store, question, [_with_heads([name])], firms=(0,), index=_Names())
    return got[0] if got else None


def test_a_sentence_of_a_document_about_the_company_answers_for_it(post_store):
    got = _ask(post_store, "What operating revenue did Harrowgate Data Centres report for the first half of 2025?")
    assert got and "412 million" in got
    assert _ask(post_store, "What operating revenue did Harrowgate Data Centres report for the first half of 2023?") is None


def test_a_sentence_naming_another_organisation_is_not_the_company_answer(post_store):
    assert _ask(post_store, "What revenue did Harrowgate Data Centres book in the first half of 2025 from power?") is None


def test_a_change_asked_is_answered_by_a_change_stated(post_store):
    got = _ask(post_store, "How fast did Harrowgate's operating revenue grow in H1 2025, and from what level?", "Harrowgate")
    assert got and "349 million" in got


def test_an_estimate_answers_a_question_asking_its_source(post_store):
    from aikg.text_answer import from_text
    q = "What share of Nordic colocation capacity does Harrowgate hold, according to Quarry Insight?"
    got = from_text(post_store, q, [["Harrowgate"], ["Quarry Insight"]], firms=(0,), index=_Names())
    assert got and "31%" in got[0]
    assert _ask(post_store, "What share of Nordic colocation capacity does Harrowgate hold?", "Harrowgate") is None


def test_periods_named_and_read():
    from aikg.text_answer import _months, _period_fits
    assert _period_fits("What was X's revenue in the third quarter of 2025?", "X reported third-quarter 2025 revenue of EUR 785 million.")
    assert _months("What is X's share of the Japanese GPU cloud market?") == set()
    assert _months("What did X book in March 2025 and in Sept?") == {"mar", "sep"}
    h1 = (("2025-01-01", "2025-06-30"),)
    q = "What revenue did X report in H1 2025?"
    assert _period_fits(q, "Revenue came in at GBP 412 million.", h1)
    assert not _period_fits(q, "Revenue came in at GBP 412 million.", (("2024-01-01", "2024-06-30"),))
    assert not _period_fits(q, "Revenue came in at GBP 412 million.")
    assert not _period_fits(q, "Revenue in 2023 came in at GBP 312 million.", h1)


def test_the_year_of_a_comparison_base_is_not_the_sentences():
    from aikg.text_answer import _period_fits
    year = (("2024-01-01", "2024-12-31"),)
    s = "Consolidated revenue amounted to SAR 75 billion, up 1.8% compared with SAR 74 billion in 2023."
    assert _period_fits("What was X's consolidated revenue for 2024?", s, year)
    assert not _period_fits("What was X's consolidated revenue for 2024?", s)


def test_a_value_stands_after_its_dates_inside_its_clause():
    from aikg.text_answer import _figure_near
    q = "What was X's revenue in Q3 2025?"
    assert _figure_near(q, "Revenue for the quarter ended 30 September 2025 was $396 million.")
    assert not _figure_near(q, "Revenue for the quarter rose, and the company hired 30 engineers.")
    assert _figure_near("What share of support chats does X's assistant handle?", "The assistant handles about 40% of support chats.")


def test_how_many_reads_every_number_of_the_sentence():
    from aikg.text_answer import _counts
    assert _counts("How many data centres does X run?", "At year-end 2024 it ran 11 data centres with 108 MW.")


def test_a_company_is_named_by_its_head_word_as_a_word():
    from aikg.text_answer import _says, _with_heads
    assert "harrowgate" in _with_heads(["harrowgate data centres"])
    assert "north" not in _with_heads(["north sea energy partners"])
    assert _says("harrowgate's revenue rose", "harrowgate") and not _says("harrowgates rose", "harrowgate")


def test_a_why_question_needs_a_cause_stated(post_store):
    from aikg.text_answer import REASON_STATED, from_text
    q = "Why did Harrowgate's operating revenue rise in H1 2025?"
    assert from_text(post_store, q, [["Harrowgate"]], wants="reason", firms=(0,), index=_Names()) is None
    assert REASON_STATED.search("The group blamed the cut on slower decisions by clients.")
    assert not REASON_STATED.search("Operating revenue rose 18% to GBP 412 million.")


def test_a_sibling_units_sentence_is_not_the_company_answer():
    from aikg.text_answer import _unit_subject
    s = "Varnek Domestic, which holds the fibre arm and the cloud business, produced revenue of 41 billion."
    assert _unit_subject(s, [["varnek telecom"]], "What was the revenue of Varnek Telecom's cloud business?")
    assert not _unit_subject("Varnek CEO Ana Brix said revenue rose to 41 billion.", [["varnek"]], "What was Varnek's revenue?")


# an invented trading update whose title names the company and whose sentences do not: one sentence
# gives a rival's figure under the rival's own name, in two shapes (a subject set off by commas, a
# subject after an opening phrase)
RIVAL = ["A rival's parent, Fellmoor Energy, reported first-half 2025 net income of GBP 51 million and "
         "its own app is the market leader.",
         "In the first half of 2025 Fellmoor Energy, the largest rival, said its net income reached GBP 51 million."]


@pytest.fixture(scope="module", params=RIVAL)
def titled_store(request):
    import pyoxigraph as ox
    kg, prov = "https://aikg.dev/ns#", "http://www.w3.org/ns/prov#"
    st = ox.Store()
    doc = ox.NamedNode("https://aikg.dev/id/doc/harrowgate_update")
    st.add(ox.Quad(doc, ox.NamedNode("http://purl.org/dc/terms/title"),
                   ox.Literal("Harrowgate Data Centres: first-half trading update"), doc))
    for i, text in enumerate(["Operating revenue came in at GBP 412 million in the first half of 2025.", request.param]):
        e = ox.NamedNode(f"https://aikg.dev/id/evidence/u{i}")
        st.add(ox.Quad(e, ox.NamedNode(kg + "quote"), ox.Literal(text)))
        st.add(ox.Quad(e, ox.NamedNode(prov + "wasDerivedFrom"), doc))
    return st


def test_a_titled_documents_sentence_naming_another_organisation_is_not_the_company_answer(titled_store):
    got = _ask(titled_store, "What operating revenue did Harrowgate Data Centres report for the first half of 2025?")
    assert got and "412 million" in got
    assert _ask(titled_store, "What net income did Harrowgate Data Centres report for the first half of 2025?") is None
