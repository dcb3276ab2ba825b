"""describe on a feed: what the entity is first, then the facts pointing at it, without the
claims that name it (the claims query lists those); pages are slices of every row
(queries/describe.rq)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aikg import KnowledgeGraph
from aikg.run import run_query

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import feed_gen  # noqa: E402

KG = "https://aikg.dev/ns#"


@pytest.fixture(scope="module")
def feed_store(tmp_path_factory):
    d = tmp_path_factory.mktemp("feed")
    feed_gen.generate(16, d, seed=7)
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("st") / "s", empty=True, write=True)
    kg.ingest([str(d)])
    return kg.store


def _top_company(store) -> str:
    rows = list(store.query(
        "SELECT ?c (COUNT(?x) AS ?n) WHERE { GRAPH <urn:aikg:facts> { ?c a kg:Company . ?x kg:about ?c } } "
        "GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1"))
    return rows[0]["c"].value


def _key(r: dict) -> tuple:
    return tuple(r[k].value for k in ("direction", "predicate", "value"))


def test_describe_puts_the_entity_first_and_leaves_claims_out(feed_store):
    company = _top_company(feed_store)
    claims = list(feed_store.query(f"SELECT ?x WHERE {{ GRAPH <urn:aikg:facts> {{ ?x kg:about <{company}> }} }}"))
    assert len(claims) > 5                     # the feed names its top company in many claims
    rows = run_query(feed_store, "describe", {"entity": company}, limit=None).rows
    preds = [r["predicate"].value for r in rows]
    assert not {KG + "about", KG + "mentions"} & set(preds)
    dirs = [r["direction"].value for r in rows]
    assert dirs[0] == "out" and "in" in dirs and dirs == sorted(dirs, reverse=True)
    assert any(p.endswith("#label") for p, d in zip(preds, dirs) if d == "out")


def test_describe_pages_are_slices_of_every_row(feed_store):
    company = _top_company(feed_store)
    every = [_key(r) for r in run_query(feed_store, "describe", {"entity": company}, limit=None).rows]
    assert len(every) > 12
    for offset in (0, 4, 9):
        page = [_key(r) for r in run_query(feed_store, "describe", {"entity": company}, limit=4, offset=offset).rows]
        assert page == every[offset:offset + 4]
