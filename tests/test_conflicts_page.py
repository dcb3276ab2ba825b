"""conflicts: an investment reported with different amounts in one currency is listed once per
pair of amounts, with the documents giving each; its pairs are picked as a page in a sub-select
(queries/conflicts.rq) and every page is the same slice of the whole, ordered answer."""
from __future__ import annotations

from aikg import KnowledgeGraph
from aikg.run import run_query

LEAD = "Kestrel Dynamics will invest 200 billion yen ({usd}) in AI data centres over the next three years"
DOCS = {
    "k1": f"Kestrel Dynamics plans a build-out\nBy Ana Lopez | 2 June 2025\n{LEAD.format(usd='$1.3 billion')}, the company said on Monday.\n",
    "k2": f"Kestrel Dynamics to spend on AI\nBy Tom Reyes | 4 June 2025\n{LEAD.format(usd='$1.4 billion')}, according to a statement.\n",
    "k3": f"Kestrel Dynamics outlines a plan\nBy Mei Chan | 5 June 2025\n{LEAD.format(usd='$1.35 billion')}, executives said.\n",
    "k4": f"Kestrel Dynamics and its rivals\nBy Sam Otto | 9 June 2025\n{LEAD.format(usd='$1.3 billion')}, a filing showed.\n",
}


def _rows(kg, limit=None, offset=0):
    res = run_query(kg.store, "conflicts", {}, limit=limit, offset=offset)
    return [tuple(str(r[v].value) if r.get(v) is not None else None for v in res.variables) for r in res.rows]


def test_investment_amounts_are_paired_with_their_documents_and_paged(tmp_path):
    for name, text in DOCS.items():
        (tmp_path / f"{name}.txt").write_text(text)
    kg = KnowledgeGraph.open(tmp_path / "store", empty=True, write=True)
    kg.ingest([str(tmp_path / f"{n}.txt") for n in DOCS])
    every = _rows(kg)
    pairs = {(r[3], r[6]): (r[4], r[5], r[7], r[8]) for r in every if r[2] == "amount in USD"}
    assert pairs == {("USD 1.3 billion", "USD 1.35 billion"): ("2", "k1", "1", "k3"),
                     ("USD 1.3 billion", "USD 1.4 billion"): ("2", "k1", "1", "k2"),
                     ("USD 1.35 billion", "USD 1.4 billion"): ("1", "k3", "1", "k2")}
    for limit, offset in ((1, 0), (1, 1), (2, 1), (5, 2)):
        assert _rows(kg, limit, offset) == every[offset:offset + limit]
