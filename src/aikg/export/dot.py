"""Graphviz DOT.

Every id and label is a double-quoted string, with backslashes, quotes and line breaks
escaped, and node ids are the projection's synthetic `n0`, `n1`… so IRIs (with their `:`,
which DOT reads as a port separator) never appear as ids; the IRI is kept in the `URL`
attribute, so SVG output links nodes to it.
"""
from __future__ import annotations

from ._attrs import Ticker, edge_list
from ._io import open_text


def q(text: object) -> str:
    """A DOT double-quoted string. Backslash is escaped too: in labels it starts escapes (\\N, \\l)."""
    s = str(text)
    s = "".join(ch for ch in s if ch in "\t\n" or ord(ch) >= 32)
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\n").replace("\n", "\\n")
    return f'"{s}"'


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def write(G, path: str, *, progress=None, **_ignored) -> list[str]:
    edges = edge_list(G)
    tick = Ticker(progress, G.number_of_nodes() + len(edges), "writing DOT")
    with open_text(path) as out:
        w = out.write
        w('digraph "aikg" {\n')
        w('  graph [rankdir="LR", overlap="false", splines="true", fontname="Helvetica"];\n')
        w('  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize="10"];\n')
        w('  edge [fontname="Helvetica", fontsize="8", color="#808080"];\n')
        for n, a in G.nodes(data=True):
            label = _short(str(a.get("label", n)))
            tip = a.get("quote") or a.get("label", n)
            parts = [f"label={q(label)}", f"fillcolor={q(a.get('color', '#cccccc'))}",
                     f"tooltip={q(_short(str(tip), 300))}"]
            if a.get("iri"):
                parts.append(f"URL={q(a['iri'])}")
            if a.get("category") == "fact":
                parts.append('shape="note"')
            w(f"  {q(n)} [{', '.join(parts)}];\n")
            tick.tick()
        for u, v, _k, a in edges:
            w(f"  {q(u)} -> {q(v)} [label={q(a.get('label', ''))}];\n")
            tick.tick()
        w("}\n")
    tick.done()
    return [path]
