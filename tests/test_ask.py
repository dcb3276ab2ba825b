"""Plain-English questions: paraphrases, other casing and typos are answered from the graph;
questions the documents cannot answer get no_answer; nonsense gets not_understood.

The question sets in tests/data/ are our own paraphrases (not the acceptance set); the
checking rule is the acceptance checker's: every group of alternatives must appear in the
answer or rows, no forbidden string may, the status must match, answers stay focused."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aikg import KnowledgeGraph
from conftest import DEV_DOCS, needs_dev_docs

DATA = Path(__file__).parent / "data"


def fold(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def check(q: dict, out: dict) -> str | None:
    want = q.get("expect_status", "answered")
    if out["status"] != want:
        return f"status {out['status']!r} ({out['answer']}), wanted {want!r}"
    if len(out["rows"]) > 40 or len(out["answer"]) > 1200:
        return "answer not focused"
    hay = fold(" | ".join([out["answer"]] + [str(v) for r in out["rows"] for v in r.values()]))
    for variants in q.get("answers_all", []):
        if not any(fold(v) in hay for v in variants):
            return f"missing one of {variants}: {out['answer'][:200]}"
    for bad in q.get("must_not", []):
        if fold(bad) in hay:
            return f"contains {bad!r}"
    return None


CORPUS_QS = json.loads((DATA / "paraphrases_corpus.json").read_text())
DEV_QS = json.loads((DATA / "paraphrases_dev.json").read_text())


@pytest.mark.parametrize("q", CORPUS_QS, ids=[q["id"] for q in CORPUS_QS])
def test_paraphrases_on_bundled_graph(bundled_kg, q):
    out = bundled_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


@pytest.fixture(scope="module")
def dev_kg(tmp_path_factory):
    if not DEV_DOCS.is_dir():
        pytest.skip(f"dev documents not found at {DEV_DOCS}")
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("dev") / "store", write=True)
    kg.ingest([DEV_DOCS])
    return kg


@needs_dev_docs
@pytest.mark.parametrize("q", DEV_QS, ids=[q["id"] for q in DEV_QS])
def test_paraphrases_on_other_companies(dev_kg, q):
    out = dev_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


def test_answer_carries_evidence_and_sparql(bundled_kg):
    a = bundled_kg.ask("Which segment holds Alibaba's AI model training costs?")
    assert a.status == "answered"
    assert "All Others" in a.answer and "Cloud Intelligence" not in a.answer
    assert a.sources and all(s["document"] and s["quote"] for s in a.sources)
    assert "SELECT" in a.sparql and "VALUES" in a.sparql  # the entity bound as a term


def test_no_answer_names_what_is_missing(bundled_kg):
    a = bundled_kg.ask("Who is the CEO of Tencent?")
    assert a.status == "no_answer" and "Tencent" in a.answer and "CEO" in a.answer


def test_not_understood_suggests_three_queries(bundled_kg):
    a = bundled_kg.ask("purple elephants dancing")
    assert a.status == "not_understood"
    assert len(a.suggestions) == 3


@pytest.mark.parametrize("text", ["", "   ", "???", "x" * 5000, "'; DROP ALL; --", "\x00\x01", "SELECT * WHERE { ?s ?p ?o }"])
def test_odd_questions_never_raise(bundled_kg, text):
    a = bundled_kg.ask(text)
    assert a.status in ("answered", "no_answer", "not_understood")


def test_cli_json_contract(aikg):
    p = aikg("ask", "Who is the CEO of Alibaba?", "--format", "json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) >= {"question", "status", "answer", "rows", "sparql", "sources"}
    assert out["status"] == "answered" and "Eddie Wu" in out["answer"]
    assert all(set(s) == {"document", "quote"} for s in out["sources"])


def test_cli_text_shows_answer_evidence_and_sparql(aikg):
    p = aikg("ask", "Where is Alibaba launching a global AI innovation hub?")
    assert p.returncode == 0, p.stderr
    assert "Singapore" in p.stdout and "Evidence" in p.stdout and "SPARQL" in p.stdout


NEWS = DATA / "news"
NEWS_QS = json.loads((DATA / "news_questions.json").read_text())


@pytest.fixture(scope="module")
def news_kg(tmp_path_factory):
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("news") / "store", empty=True, write=True)
    kg.ingest([NEWS])
    return kg


@pytest.mark.parametrize("q", NEWS_QS, ids=[q["id"] for q in NEWS_QS])
def test_questions_on_our_own_news_articles(news_kg, q):
    """Articles of our own about Microsoft and Baidu, in phrasings the corpus does not use."""
    out = news_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


PROBE = DATA / "probe"
PROBE_QS = json.loads((DATA / "probe_questions.json").read_text())
# Known misses, each with its cause; they are listed in the closing note as open work.
PROBE_KNOWN = {
    "p02-q01": "segment names written in lower case after a colon ('cloud and license, which includes …')",
    "p02-q07": "a per-country split of one commitment ('$2 billion in Germany and $1 billion in …')",
    "p03-q07": "takeover offers valued per share ('at €4.60 a share, valuing the retailer at …')",
    "p03-q11": "restriction stated without a restriction noun ('cannot buy … because of US rules')",
    "p05-q02": "segment names with an inner capital ('Device eXperience')",
    "p07-q02": "a segment named like the company it houses ('the SoftBank segment houses SoftBank Corp.')",
}


def _ingested(tmp_path_factory, folder: Path) -> KnowledgeGraph:
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp(folder.name) / "store", empty=True, write=True)
    kg.ingest([folder])
    return kg


def _marked(questions: list[dict], known: dict[str, str]) -> list:
    """Questions as test parameters, the known misses marked xfail with their cause."""
    return [pytest.param(q, id=q["id"], marks=pytest.mark.xfail(reason=known[q["id"]], strict=False))
            if q["id"] in known else pytest.param(q, id=q["id"]) for q in questions]


@pytest.fixture(scope="module")
def probe_kg(tmp_path_factory):
    return _ingested(tmp_path_factory, PROBE)


@pytest.mark.parametrize("q", _marked(PROBE_QS, PROBE_KNOWN))
def test_probe_articles_about_eight_more_companies(probe_kg, q):
    out = probe_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


PROBE2 = DATA / "probe2"
PROBE2_QS = json.loads((DATA / "probe2_questions.json").read_text())
# Second probe (CoreWeave, Salesforce, Huawei, SAP, Infosys), written after the first round of
# fixes; known misses with their causes (open work, listed in the closing note).
PROBE2_KNOWN = {
    "q02-q04": "figures of segments called a 'category'",
    "q02-q08": "product names outside the gazetteer ('Agentforce, the AI digital labour platform')",
    "q02-q09": "model names outside the gazetteer ('its own xGen models')",
    "q03-q08": "two titles for one person from two patterns ('Rotating chairwoman Meng Wanzhou, who is also chief financial officer'): the first wins",
    "q04-q04": "a segment called a 'revenue line' ('Cloud ERP Suite revenue, which includes …')",
}


@pytest.fixture(scope="module")
def probe2_kg(tmp_path_factory):
    return _ingested(tmp_path_factory, PROBE2)


@pytest.mark.parametrize("q", _marked(PROBE2_QS, PROBE2_KNOWN))
def test_second_probe_five_more_companies(probe2_kg, q):
    out = probe2_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


PROBE4 = DATA / "probe4"
PROBE4_QS = json.loads((DATA / "probe4_questions.json").read_text())
# Third probe (Halvorsen, Mirae Silicon, Ostara, Kaiyo: EUR, KRW, INR crore, JPY, list lines,
# acronyms, a scraped page), written with the claims layer. The graph holds every answer below
# (tests/test_extract_claims.py); these misses are `ask` not yet routing to the claim and
# relation queries (rankings, launches, partnerships, stake-deals, guidance-changes,
# usage-metrics, accounting-lines, reasons, competitors) or narrowing to the right row.
PROBE4_KNOWN: dict[str, str] = {}   # all 25 answered (issue 13: typed relation queries and claims)


@pytest.fixture(scope="module")
def probe4_kg(tmp_path_factory):
    return _ingested(tmp_path_factory, PROBE4)


@pytest.mark.parametrize("q", _marked(PROBE4_QS, PROBE4_KNOWN))
def test_third_probe_four_companies_outside_the_gazetteer(probe4_kg, q):
    out = probe4_kg.ask(q["question"]).to_json()
    assert check(q, out) is None, check(q, out)


def test_change_is_signed_once_whether_stored_as_magnitude_or_signed():
    import pyoxigraph as ox
    from aikg.ask import _change_text
    dec = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    down = {"change": ox.Literal("1.2", datatype=dec), "direction": ox.Literal("decrease")}
    signed = {"change": ox.Literal("-1.2", datatype=dec), "direction": ox.Literal("decrease")}
    up = {"change": ox.Literal("21", datatype=dec), "direction": ox.Literal("increase")}
    assert _change_text(down) == "-1.2%"
    assert _change_text(signed) == "-1.2%"
    assert _change_text(up) == "+21%"
    ranged = {"change": ox.Literal("1", datatype=dec), "changeText": ox.Literal("1-3%"), "direction": ox.Literal("increase")}
    assert _change_text(ranged) == "+1-3%"


def test_a_company_ingested_in_the_same_process_is_linked_at_once(tmp_path):
    """The label index is cached per store object and must notice writes made through it."""
    kg = KnowledgeGraph.open(tmp_path / "store", empty=True, write=True)
    a = tmp_path / "a.txt"
    a.write_text("Zentrix Robotics reports its results.\n\nZentrix Robotics said revenue rose 12% to $3.1 billion "
                 "in the quarter ended June 30, 2025.\n", encoding="utf-8")
    kg.ingest([a])
    assert "Zentrix" in kg.ask("What was Zentrix Robotics' revenue?").answer
    b = tmp_path / "b.txt"
    b.write_text("Quorvex Systems reports its results.\n\nQuorvex Systems said revenue rose 8% to $2.4 billion "
                 "in the quarter ended June 30, 2025.\n", encoding="utf-8")
    kg.ingest([b])
    from aikg.linking import label_index
    assert label_index(kg.store).lookup("Quorvex Systems", fuzzy=False) is not None
    out = kg.ask("What was Quorvex Systems' revenue?")
    assert out.status == "answered" and "2.4 billion" in out.answer, out.answer
