"""(issue41p) rdf._quoted writes a sentence's evidence node once per document writer: the same
quads as writing it for every fact the sentence states, however many facts share it."""
from __future__ import annotations

from aikg import records as r
from aikg.rdf import KG, _evidence, _Writer, doc_iri
from pyoxigraph import NamedNode


def _ev(start, end, quote):
    return r.Evidence(doc="brindle-note", start=start, end=end, quote=quote)


def test_a_shared_sentence_is_written_once_and_linked_from_each_fact():
    g = doc_iri("brindle-note")
    w = _Writer(g)
    facts = [NamedNode(f"urn:test:fact{i}") for i in range(3)]
    nodes = {_evidence(w, _ev(0, 40, "Corvell Tooling raised $2 million in May."), g, f) for f in facts}
    assert len(nodes) == 1 and len(w.quoted) == 1
    node = nodes.pop()
    assert w.evidence == {f: {node} for f in facts}
    own = [t for t in w.own if t[0] == node]
    assert sorted(t[1].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in own) == [
        "charEnd", "charStart", "quote", "wasDerivedFrom"]


def test_the_same_span_with_another_quote_is_still_written():
    # (the node's IRI is the span's; a different quote is a different key, written as before)
    g = doc_iri("brindle-note")
    w = _Writer(g)
    a = _evidence(w, _ev(0, 12, "Corvell rose."), g, NamedNode("urn:test:a"))
    b = _evidence(w, _ev(0, 12, "Corvell fell."), g, NamedNode("urn:test:b"))
    assert a == b
    quotes = {t[2].value for t in w.own if t[0] == a and t[1] == KG("quote")}
    assert quotes == {"Corvell rose.", "Corvell fell."}


# (issue41p) an export without a progress bar (-q, or stderr not a terminal) never counts the store:
# len() of a pyoxigraph store holds the interpreter for the whole count (0.46 s at 2k feed articles),
# and the --timeout guard, a Python thread, cannot end the command during it
class _NoLen:
    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def __len__(self):
        raise AssertionError("the export counted the store without a progress bar to show it")


def _store(tmp_path):
    from aikg.store import LocalStore
    return LocalStore.open(tmp_path / "st", empty=True)


def test_an_export_without_progress_does_not_count_the_store(tmp_path):
    from aikg.export.project import project
    from aikg.export.rdfout import select_quads
    st = _NoLen(_store(tmp_path))
    assert isinstance(select_quads(st, progress=None), list)   # (the ontology's quads)
    project(st, progress=None)


def test_an_export_with_progress_still_gets_its_total(tmp_path):
    from aikg.export.rdfout import select_quads
    st = _store(tmp_path)
    seen = []

    class Counted(_NoLen):
        def __len__(self):
            seen.append(len(self._store))
            return seen[-1]
    select_quads(Counted(st), progress=lambda *a: None)
    assert len(seen) == 1 and seen[0] > 0
