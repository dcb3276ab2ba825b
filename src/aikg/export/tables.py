"""CSV in Gephi's spreadsheet form: a nodes table (`Id,Label,type,…`) in FILE and an edges
table (`Source,Target,Type,Label,…`) in FILE with `_edges` before the extension. Gephi:
File > Import spreadsheet, once per file. Both files are replaced together."""
from __future__ import annotations

import csv

from ..cells import spreadsheet_safe
from ._attrs import Ticker, as_kind, edge_list, schema
from ._io import atomic_files, sibling


def _safe(cells: list) -> list:
    return [spreadsheet_safe(c) if isinstance(c, str) else c for c in cells]


def edges_path(path: str) -> str:
    return sibling(path, "_edges")


def write(G, path: str, *, progress=None, **_ignored) -> list[str]:
    nodes = list(G.nodes(data=True))
    edges = edge_list(G)
    ncols = schema((a for _, a in nodes), skip=("label",))
    ecols = schema((a for *_, a in edges), skip=("label",))
    tick = Ticker(progress, len(nodes) + len(edges), "writing CSV")
    epath = edges_path(path)
    with atomic_files([path, epath]) as (nf, ef):
        nw = csv.writer(nf, lineterminator="\n")
        nw.writerow(["Id", "Label"] + [c for c, _ in ncols])
        for n, a in nodes:
            nw.writerow(_safe([n, a.get("label", n)] + [as_kind(a[c], k) if c in a else "" for c, k in ncols]))
            tick.tick()
        ew = csv.writer(ef, lineterminator="\n")
        ew.writerow(["Source", "Target", "Type", "Label", "Id", "Kind"] + [c for c, _ in ecols])
        for i, (u, v, key, a) in enumerate(edges):
            ew.writerow(_safe([u, v, "Directed", a.get("label", ""), f"e{i}", key]
                              + [as_kind(a[c], k) if c in a else "" for c, k in ecols]))
            tick.tick()
    tick.done()
    return [path, epath]
