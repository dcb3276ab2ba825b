"""A ranking (a claim typed kg:Ranking) carries its position on its own node: kg:rank and
kg:rankText (its first value with role rank) and kg:rankShare (the share its sentence gives
with the rank), so `market-shares` reads three literals instead of joining the claim's values
(a feed store holds millions of them). Invented sentences."""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from aikg import KnowledgeGraph
from aikg import records as r
from aikg.rdf import FACTS_GRAPH, KG, ranking_share

ARTICLE = """Brindlewick Systems reports strong year

Brindlewick Systems said on Tuesday that revenue grew 14% in 2024.

According to research firm Quorvex, Brindlewick Systems ranked third among European cloud hosting providers in 2024 with about a 12% share of the market.
"""


def _v(role, value, text):
    return r.ClaimValue(role=role, value=None if value is None else Decimal(value), text=text)


def test_the_share_with_a_rank_is_the_nearest_share_else_percent_the_earlier_of_two_as_near():
    vals = [_v("percent", "40", "40%"), _v("share", "9", "9%"), _v("rank", "2", "second"), _v("share", "11", "11%")]
    assert ranking_share(vals, 2).value == Decimal("9")          # as near: the earlier
    vals = [_v("share", "9", "9%"), _v("percent", "40", "40%"), _v("rank", "2", "second")]
    assert ranking_share(vals, 2).value == Decimal("9")          # a share before a nearer percent
    assert ranking_share([_v("percent", "7", "7%"), _v("rank", "1", "first")], 1).value == Decimal("7")
    assert ranking_share([_v("rank", "1", "first"), _v("amount", "5", "$5m")], 0) is None
    assert ranking_share([_v("rank", "1", "first"), _v("share", None, "a large share")], 0) is None


def test_a_ranking_node_holds_its_rank_and_share_and_market_shares_reads_them(tmp_path):
    doc = tmp_path / "docs" / "rk.txt"
    doc.parent.mkdir()
    doc.write_text(ARTICLE)
    kg = KnowledgeGraph.open(tmp_path / "st", empty=True, write=True)
    kg.ingest([doc])
    st = kg.store.ox
    rankings = [q.subject for q in st.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                         KG("Ranking"), FACTS_GRAPH)]
    assert len(rankings) == 1
    node = rankings[0]

    def one(p):
        got = [q.object.value for q in st.quads_for_pattern(node, KG(p), None, FACTS_GRAPH)]
        assert len(got) == 1, (p, got)
        return got[0]
    assert Decimal(one("rank")) == 3 and one("rankText") == "ranked third" and Decimal(one("rankShare")) == 12
    from aikg.run import run_query
    rows = [row for row in run_query(kg.store, "market-shares", {}).rows if row.get("rank") is not None]
    assert len(rows) == 1
    row = rows[0]
    assert Decimal(row["rank"].value) == 3 and Decimal(row["share"].value) == 12
    assert row["rankMarket"].value == "European cloud hosting providers" and row["firmLabel"].value == "Quorvex"
