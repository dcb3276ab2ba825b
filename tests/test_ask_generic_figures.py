"""A question that names no measure ("What were X's results?", "X's key figures", "Show X's
financials") asks for the company's figures, all of them: no measure named "figures" or "key
figures" narrows the rows to none, and "financials" is not a chief financial officer.
An invented article, our own words."""
from __future__ import annotations

import pytest

from aikg import KnowledgeGraph
from aikg.store import LocalStore

ARTICLE = (
    "Brenhold Logistics posts higher 2025 profit\n\n"
    "By Desk Staff | February 12, 2026\n\n"
    "Brenhold Logistics said on Thursday that its 2025 revenue rose 7% to 3.40 billion Swiss francs, "
    "while net profit climbed 11% to 410 million francs.\n\n"
    "Chief executive Ana Petrov said freight volumes recovered in the second half.\n\n"
    "In March the company launched its TrackWave service, which offers cargo tracking to shippers; it did "
    "not say how much the service earns.\n"
)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    d = tmp_path_factory.mktemp("generic")
    (d / "brenhold.txt").write_text(ARTICLE, encoding="utf-8")
    k = KnowledgeGraph(LocalStore.memory())
    k.ingest([d])
    return k


@pytest.mark.parametrize("question", [
    "What were Brenhold's results?",
    "What are Brenhold Logistics' key figures?",
    "What are Brenhold's financial figures?",
    "Show Brenhold's financials.",
    "What were Brenhold's figures for 2025?",
])
def test_a_question_naming_no_measure_gets_the_companys_figures(kg, question):
    a = kg.ask(question).to_json()
    assert a["status"] == "answered" and a.get("intent") == "figures", a
    assert "3.4" in a["answer"] and "410" in a["answer"], a["answer"]


def test_the_chief_financial_officer_is_still_a_person(kg):
    a = kg.ask("Who is Brenhold's chief financial officer?").to_json()
    assert a.get("intent") == "people", a



def test_a_products_own_figure_that_no_row_states_is_not_answered_with_the_companys(kg):
    """"How much revenue did X's <product> make?": the company's revenue is not the product's."""
    for q in ("How much revenue did Brenhold Logistics' TrackWave service generate?",
              "What revenue did TrackWave bring Brenhold Logistics?"):
        a = kg.ask(q).to_json()
        assert a["status"] == "no_answer", (q, a["answer"])
    assert kg.ask("How much revenue did Brenhold Logistics generate?").to_json()["status"] == "answered"


def test_a_question_about_a_known_company_that_no_query_reads_is_no_answer(kg):
    """A question naming a company the graph knows that no saved query or claim answers is
    no_answer (the documents state nothing that answers it), with suggestions; loose words stay
    not_understood."""
    a = kg.ask("How full are Brenhold Logistics' warehouses?").to_json()
    assert a["status"] == "no_answer" and "Brenhold Logistics" in a["answer"], a
    assert a.get("suggestions"), a
    assert kg.ask("Brenhold purple elephants").to_json()["status"] == "not_understood"


SHARE_ARTICLE = (
    "Brenhold Logistics tops cold-chain ranking\n\nBy Desk Staff | March 2, 2026\n\n"
    "Brenhold Logistics said on Monday that its cold-chain volumes grew 9% in 2025.\n\n"
    "According to research firm Veltrix Analytics, Brenhold ranked second among providers of cold-chain "
    "logistics services for European grocers in 2025, with a 21.5% share.\n"
)


def test_a_market_share_stated_only_in_a_ranking_sentence_answers_a_share_question(tmp_path):
    """"What share of the X market did Y hold?": the words a share is asked with (market, hold) are
    no content a claim must repeat; the ranking claim's share answers, said to be a claim."""
    (tmp_path / "brenhold_share.txt").write_text(SHARE_ARTICLE, encoding="utf-8")
    k = KnowledgeGraph(LocalStore.memory())
    k.ingest([tmp_path])
    a = k.ask("What share of the European cold-chain logistics market did Brenhold Logistics hold in 2025?").to_json()
    assert a["status"] == "answered" and "21.5" in a["answer"], a["answer"]


SEGMENT_ARTICLE = ARTICLE + (
    "\nBrenhold reports two segments:\nRoad freight: 2.10 billion francs, up 4%\nCold chain: 1.30 billion francs, up 12%\n")


def test_what_quantity_did_a_company_report_asks_for_a_figure(tmp_path):
    """"What utilisation did X report …": a quantity named (utilisation, occupancy, capacity …),
    so a figure is wanted; no figure of it is stated, so no answer, not X's segments."""
    (tmp_path / "brenhold_segments.txt").write_text(SEGMENT_ARTICLE, encoding="utf-8")
    k = KnowledgeGraph(LocalStore.memory())
    k.ingest([tmp_path])
    assert k.ask("What segments does Brenhold Logistics report?").to_json()["status"] == "answered"
    a = k.ask("What utilisation did Brenhold Logistics report for its warehouses?").to_json()
    assert a["status"] == "no_answer", a["answer"]


def test_a_company_named_by_the_word_before_its_industry_word_is_linked(kg):
    """"Brenhold" for "Brenhold Logistics" (as "Sakura" for "Sakura Internet"): the name's head
    links when the rest of it is an industry word and no other entity has that head; the product
    named after it is then the company's, and its unstated figure is no answer."""
    from aikg.linking import label_index
    hits = label_index(kg.store).find_in("How much revenue did Brenhold generate?")
    assert [h.label for h in hits] == ["Brenhold Logistics"], hits
    a = kg.ask("How much revenue did Brenhold's TrackWave service generate?").to_json()
    assert a["status"] == "no_answer" and "TrackWave" in a["answer"], a["answer"]
