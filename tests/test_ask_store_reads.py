"""What `ask` reads from the store, kept to what a question needs on a big store: the label
index from the facts and reference graphs (each entity once, the same entities and labels as
the union of the documents), publication dates looked up per document, the claims fallback and
the listings read as pages of their saved query (the same first rows)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aikg import KnowledgeGraph
from aikg import ask as ask_mod
from aikg.claims_fallback import CLAIM_ROWS
from aikg.document_info import PublicationDates, document_dates
from aikg.linking import KIND_PRIORITY, _read_labels
from aikg.rdf import NS
from aikg.run import run_query

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import feed_gen  # noqa: E402

DATED = """Orvalith Systems widens its cloud push
By Jane Roe | 3 March 2025
Orvalith Systems, a software maker based in Germany, said its chief executive Tomas Verlin will
lead a new unit for data centres. Orvalith Systems will invest 2 billion euros in AI servers
over the next two years.
"""
UNDATED = """Orvalith Systems and its rivals
Orvalith Systems competes with Brimcourt Labs in enterprise software. Analysts expect the
two firms to keep hiring engineers.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    d = tmp_path_factory.mktemp("feed")
    feed_gen.generate(12, d, seed=5)
    (d / "own-dated.txt").write_text(DATED)
    (d / "own-undated.txt").write_text(UNDATED)
    k = KnowledgeGraph.open(tmp_path_factory.mktemp("st") / "s", empty=True, write=True)
    k.ingest([str(d)])
    return k


def _union_labels(store) -> set[tuple]:
    """The label index's rows as the union of every graph gives them (what it read before)."""
    kinds = " ".join(f"<{NS}{k}>" for k in KIND_PRIORITY)
    q = f"""SELECT DISTINCT ?e ?type ?label ?pref WHERE {{
      {{ SELECT DISTINCT ?e ?type WHERE {{ VALUES ?type {{ {kinds} }} ?e a ?type }} }}
      {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label BIND(true AS ?pref) }}
      UNION {{ ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?label BIND(false AS ?pref) }} }}"""
    return {(r["e"].value, r["type"].value[len(NS):], r["label"].value, r["pref"].value == "true") for r in store.query(q)}


def test_label_index_holds_the_entities_and_labels_of_every_document(kg):
    idx = _read_labels(kg.store)
    union = _union_labels(kg.store)
    assert len(union) > 20
    assert {(iri, kind) for iri, kind, _, _ in union} >= {(iri, kind) for iri, kind in idx.kind.items()}
    assert set(idx.kind) == {iri for iri, _, _, _ in union}
    prefs = {}
    for iri, _, label, pref in union:
        if pref:
            prefs.setdefault(iri, set()).add(label)
    assert set(idx.pref) == set(prefs) and all(idx.pref[iri] in prefs[iri] for iri in prefs)
    labels = {label for _, _, label, _ in union}
    assert {t for lst in idx.by_norm.values() for _, _, t in lst} == labels
    assert idx.lookup("Orvalith Systems") is not None


class Counting:
    """A store that counts the solutions its queries give."""

    def __init__(self, store):
        self.store, self.solutions = store, 0

    def query(self, sparql, substitutions=None):
        for r in self.store.query(sparql):
            self.solutions += 1
            yield r


def test_publication_dates_are_looked_up_one_document_at_a_time(kg):
    dated = next(d for d in kg.store.documents() if d.startswith("own-dated"))
    undated = next(d for d in kg.store.documents() if d.startswith("own-undated"))
    store = Counting(kg.store)
    dates = PublicationDates(store)
    assert str(dates.get(dated)) == "2025-03-03"
    assert dates.get(undated) is None and undated not in dates
    assert dates.get("no-such-document") is None
    assert bool(dates)
    assert store.solutions <= 2            # one date read, and one to know some document is dated
    every = dict(dates)                    # (every date, when something wants them all)
    assert every[dated].isoformat() == "2025-03-03" and undated not in every and len(every) >= 12
    assert document_dates(kg.store) is document_dates(kg.store)   # kept per store and version


def test_no_document_dated_is_a_false_mapping(tmp_path):
    k = KnowledgeGraph.open(tmp_path / "s", empty=True, write=True)
    (tmp_path / "a.txt").write_text(UNDATED)
    k.ingest([str(tmp_path / "a.txt")])
    assert not PublicationDates(k.store) and dict(PublicationDates(k.store)) == {}


def _top_company(store) -> str:
    rows = list(store.query(
        "SELECT ?c (COUNT(?x) AS ?n) WHERE { GRAPH <urn:aikg:facts> { ?c a kg:Company . ?x kg:about ?c } } "
        "GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1"))
    return rows[0]["c"].value


def _rows(res) -> list[tuple]:
    return [tuple(sorted((k, v.value) for k, v in r.items())) for r in res.rows]


def test_the_claims_fallback_page_gives_the_claims_query_rows(kg):
    company = _top_company(kg.store)
    every = run_query(kg.store, "claims", {"entity": company})
    paged = run_query(kg.store, "claims", {"entity": company}, limit=CLAIM_ROWS)
    assert len(every.rows) > 10 and _rows(paged) == _rows(every)
    assert _rows(run_query(kg.store, "claims", {"entity": company}, limit=7)) == _rows(every)[:7]


def test_a_listing_answer_reads_the_first_page_of_its_query(kg, monkeypatch):
    company = _top_company(kg.store)
    label = next(r["l"].value for r in kg.store.query(f"SELECT ?l WHERE {{ <{company}> rdfs:label ?l }}"))
    every = run_query(kg.store, "sources", {"entity": company}).rows
    assert len(every) > 3
    monkeypatch.setattr(ask_mod, "ASK_PAGE", 3)
    a = kg.ask(f"Which documents mention {label}?")
    assert a.status == "answered" and a.intent == "sources"
    assert [r["fact"] for r in a.raw] == [r["fact"] for r in every[:3]]


def test_kept_dates_do_not_keep_their_store_alive(tmp_path):
    import gc
    import weakref
    k = KnowledgeGraph.open(tmp_path / "s", empty=True, write=True)
    (tmp_path / "a.txt").write_text(DATED)
    k.ingest([str(tmp_path / "a.txt")])
    assert bool(document_dates(k.store))
    ref = weakref.ref(k.store)
    del k
    gc.collect()
    assert ref() is None
