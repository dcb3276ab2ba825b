"""Cytoscape.js JSON (`.cyjs`), which Cytoscape desktop imports too (File > Import > Network
from File) and which the HTML page embeds.

This is the shape `networkx.cytoscape_data` produces (ids as strings, `elements.nodes` /
`elements.edges` each with a `data` object), written directly: `cytoscape_data` overwrites a node
attribute named `value` with the node id (observations have a `value`), and gives edges no id.
Each node also gets `name` (= its label), the column Cytoscape desktop's default style shows.
"""
from __future__ import annotations

import json

from ._attrs import edge_list
from ._io import open_text


def elements(G) -> dict:
    nodes = []
    for n, attrs in G.nodes(data=True):
        data = {"id": str(n), "name": str(attrs.get("label", n))}
        data.update({k: v for k, v in attrs.items() if k not in ("id", "name")})
        nodes.append({"data": data})
    edges = []
    for i, (u, v, key, attrs) in enumerate(edge_list(G)):
        data = {"id": f"e{i}", "source": str(u), "target": str(v), "key": str(key)}
        data.update({k: val for k, val in attrs.items() if k not in ("id", "source", "target", "key")})
        edges.append({"data": data})
    return {"nodes": nodes, "edges": edges}


def document(G) -> dict:
    return {"format_version": "1.0", "generated_by": "aikg", "target_cytoscapejs_version": "~3.0",
            "data": {"name": str(G.graph.get("name", "aikg"))}, "directed": True, "multigraph": True,
            "elements": elements(G)}


def write(G, path: str, *, progress=None, **_ignored) -> list[str]:
    doc = document(G)
    with open_text(path) as out:
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
    if progress is not None:
        n = G.number_of_nodes() + G.number_of_edges()
        progress(n, n, "writing Cytoscape JSON")
    return [path]
