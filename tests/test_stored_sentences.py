"""Every sentence that names an entity or carries a figure is kept in the document's graph
(issue 23s): the ones that gave no fact or claim as kg:Sentence nodes with quote, span and
document, the evidence shape facts use; they validate. Invented article."""
from __future__ import annotations

from aikg import KnowledgeGraph
from aikg.extract.pipeline import extract_text
from aikg.store import LocalStore

ARTICLE = """Quillmark Analytics widens its data-centre footprint

Quillmark Analytics Inc. said on Monday it will invest $2.5 billion in two data centres in Texas.
The weather on the day of the announcement was mild and sunny.
The permits were first filed in 2019, long before the current boom.
Microsoft has long been seen as a likely tenant of sites like these.
Nothing else was said about the timing.
"""


def test_sentences_that_gave_nothing_are_kept_when_they_name_or_count():
    ex = extract_text(ARTICLE, "q1", "q1.txt")
    stated = {(x.evidence.start, x.evidence.end) for x in (*ex.facts, *ex.claims)}
    kept = {e.quote: e for e in ex.sentences}
    assert any("Microsoft has long been seen" in q for q in kept)    # names an entity
    assert any("The permits were first filed in 2019" in q for q in kept)  # carries a date
    assert not any("weather" in q or "Nothing else" in q for q in kept)  # neither
    for e in ex.sentences:
        assert (e.start, e.end) not in stated
        assert " ".join(ARTICLE[e.start:e.end].split()) == e.quote


def test_kept_sentences_are_typed_evidence_nodes_and_validate(tmp_path):
    kg = KnowledgeGraph(LocalStore.memory())
    (tmp_path / "q1.txt").write_text(ARTICLE)
    kg.ingest([tmp_path])
    rows = kg.query("""SELECT ?q ?a ?z ?d WHERE { GRAPH ?g { ?e a kg:Sentence ; kg:quote ?q ;
        kg:charStart ?a ; kg:charEnd ?z ; prov:wasDerivedFrom ?d } FILTER(?g = ?d) }""").rows
    quotes = {r["q"].value for r in rows}
    assert any("Microsoft has long been seen" in q for q in quotes)
    for r in rows:
        assert " ".join(ARTICLE[int(r["a"].value):int(r["z"].value)].split()) == r["q"].value
    # nothing points at a kept sentence: it is no fact's evidence
    n = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?x kg:evidence ?e . ?e a kg:Sentence }").rows[0]["n"]
    assert int(n.value) == 0
    assert kg.validate() == []
