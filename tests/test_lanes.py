"""aikg.lanes: which lane of `aikg serve` a query goes to, from its text and the run times of
its shape."""
from __future__ import annotations

import pyoxigraph as ox

from aikg import queries
from aikg.lanes import FAST, HISTORY, SLOW, History, ticket
from aikg.queries import bind
from aikg.rdf import ID


def bound(name: str, iri: str) -> str:
    sq = queries.get(name)
    p = sq.params[0]
    return bind(sq.text, {p.var: ox.NamedNode(iri)})


def test_a_saved_query_bound_to_an_entity_is_fast_and_one_shape_for_every_entity():
    a = ticket(bound("costs-by-segment", ID + "company/alpha"))
    b = ticket(bound("costs-by-segment", ID + "company/beta-2"))
    assert a.entity_bound and b.entity_bound
    assert a.shape == b.shape
    assert ID not in a.shape


def test_listings_and_unknown_sparql_are_slow():
    sq = queries.get("documents")
    assert not ticket(sq.text).entity_bound
    assert not ticket("SELECT * WHERE { ?s ?p ?o }").entity_bound
    # vocabulary IRIs are not entities; a graph name in the id namespace is
    assert not ticket("SELECT ?c WHERE { ?c a <https://aikg.dev/ns#Company> }").entity_bound
    assert ticket("SELECT * WHERE { GRAPH id:doc/x { ?s ?p ?o } }").entity_bound


def test_entities_in_comments_and_strings_do_not_count_and_declared_prefixes_do():
    assert not ticket(f"# about <{ID}company/x>\nSELECT * WHERE {{ ?s ?p \"{ID}company/x\" }}").entity_bound
    t = ticket(f"PREFIX e: <{ID}>\nSELECT * WHERE {{ e:company/x ?p ?o }}")
    assert t.entity_bound and "PREFIX" not in t.shape


def test_numbers_and_strings_do_not_split_a_shape():
    a = ticket(f'SELECT * WHERE {{ <{ID}c/1> ?p ?o FILTER(?o > 10) }} LIMIT 5')
    b = ticket(f'SELECT * WHERE {{ <{ID}c/2> ?p ?o FILTER(?o > 2.5) }} LIMIT 50')
    assert a.shape == b.shape


def test_a_query_whose_last_run_was_slow_goes_to_the_slow_lane_and_back():
    h = History(fast_budget=1.0, timeout=5.0)
    big = ticket(bound("describe", ID + "company/alpha"))
    small = ticket(bound("describe", ID + "company/beta"))
    assert h.lane(big) == FAST
    h.record(big, 2.0)
    assert h.lane(big) == SLOW
    assert h.lane(small) == FAST        # the same shape, another entity: its own cost
    assert h.expected(big) == 2.0 and h.expected(small) == 2.0   # unseen: its shape's
    h.record(big, 0.05)
    assert h.lane(big) == FAST
    h.record(big, 0.0, timed_out=True)
    assert h.lane(big) == SLOW and h.expected(big) == 5.0
    # an unbound query is slow whatever its history
    u = ticket("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    h.record(u, 0.001)
    assert h.lane(u) == SLOW


def test_an_unseen_query_of_a_shape_that_is_often_slow_goes_to_the_slow_lane():
    h = History(fast_budget=1.0, timeout=5.0)
    for i, seconds in enumerate([0.1, 1.5, 0.1]):
        h.record(ticket(bound("describe", ID + f"company/c{i}")), seconds)
    new = ticket(bound("describe", ID + "company/new"))
    assert h.lane(new) == FAST          # once in three may be a busy CPU
    h.record(ticket(bound("describe", ID + "company/c9")), 3.0)
    assert h.lane(new) == SLOW
    for i in range(HISTORY):
        h.record(ticket(bound("describe", ID + f"company/d{i}")), 0.05)
    assert h.lane(new) == FAST


def test_the_history_is_bounded(monkeypatch):
    import aikg.lanes as lanes
    monkeypatch.setattr(lanes, "MAX_SHAPES", 3)
    h = History(1.0, 5.0)
    for i in range(10):
        h.record(ticket(f"SELECT * WHERE {{ ?s ?p {i}{i} }}"), 0.1)   # one shape, ten queries
    assert len(h.runs) == 3


def test_the_answer_cache_keeps_only_expensive_answers_within_its_size(tmp_path):
    from aikg.serve_cache import AnswerCache, store_state
    (tmp_path / "CURRENT").write_text("x")
    state = store_state(tmp_path)
    c = AnswerCache(state, max_bytes=10, min_seconds=1.0)
    k1, k2, k3 = (c.key(q, "application/json") for q in ("q1", "q2", "q3"))
    c.put(k1, 0.5, "m", b"cheap")
    assert c.get(k1) is None
    c.put(k1, 2.0, "m", b"aaaa")
    c.put(k2, 2.0, "m", b"bbbb")
    assert c.get(k1) == ("m", b"aaaa")          # k1 used last: k2 goes first
    c.put(k3, 2.0, "m", b"cccc")
    assert c.get(k2) is None and c.get(k1) and c.get(k3) and c.size <= 10
    c.put(c.key("big", "m"), 2.0, "m", b"x" * 11)
    assert c.get(c.key("big", "m")) is None
    (tmp_path / "000012.sst").write_text("new data")   # another store state: other keys
    assert store_state(tmp_path) != state
