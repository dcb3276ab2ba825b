"""GEXF 1.3 for Gephi.

networkx can write GEXF 1.3, but it declares the XML Schema instance namespace as
`http://w3.org/2001/XMLSchema-instance` (no `www.`), so its `xsi:schemaLocation` is an unknown
attribute to a validating reader; and its tree-building writer is slow on large graphs. This
writer streams the document: typed `<attributes>` for node and edge columns, node colours as
`viz:color` (Gephi shows them as is), edge labels, and the edge `kind` (the predicate) that GEXF
1.3 added for parallel edges.
"""
from __future__ import annotations

from ._attrs import Ticker, as_kind, edge_list, schema, xml_attr
from ._io import open_text

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"

_GEXF_TYPE = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}


def _rgb(color: str) -> tuple[int, int, int] | None:
    c = color.lstrip("#")
    if len(c) != 6:
        return None
    try:
        return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    except ValueError:
        return None


def write(G, path: str, *, progress=None, **_ignored) -> list[str]:
    nodes = list(G.nodes(data=True))
    edges = edge_list(G)
    node_cols = schema((a for _, a in nodes), skip=("label",))
    edge_cols = schema((a for *_, a in edges), skip=("label",))
    node_kind = dict(node_cols)
    edge_kind = dict(edge_cols)
    with open_text(path) as out:
        w = out.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w(f'<gexf xmlns="{NS}" xmlns:viz="{VIZ}" version="1.3">\n')
        w('  <meta>\n    <creator>aikg</creator>\n'
          '    <description>aikg knowledge graph: entities and facts, with source documents and quotes</description>\n'
          '  </meta>\n')
        w('  <graph defaultedgetype="directed" mode="static">\n')
        for cls, cols in (("node", node_cols), ("edge", edge_cols)):
            if cols:
                w(f'    <attributes class="{cls}">\n')
                for name, kind in cols:
                    w(f'      <attribute id="{xml_attr(name)}" title="{xml_attr(name)}" type="{_GEXF_TYPE[kind]}"/>\n')
                w('    </attributes>\n')
        tick = Ticker(progress, len(nodes) + len(edges), "writing GEXF")
        buf: list[str] = [f'    <nodes count="{len(nodes)}">\n']
        for n, attrs in nodes:
            buf.append(f'      <node id="{xml_attr(n)}" label="{xml_attr(attrs.get("label", n))}">')
            vals = [(k, v) for k, v in attrs.items() if k != "label"]
            if vals:
                buf.append("<attvalues>")
                for k, v in vals:
                    buf.append(f'<attvalue for="{xml_attr(k)}" value="{xml_attr(as_kind(v, node_kind[k]))}"/>')
                buf.append("</attvalues>")
            rgb = _rgb(str(attrs.get("color", "")))
            if rgb:
                buf.append(f'<viz:color r="{rgb[0]}" g="{rgb[1]}" b="{rgb[2]}"/>')
            buf.append("</node>\n")
            tick.tick()
            if len(buf) > 5000:
                w("".join(buf))
                buf.clear()
        buf.append("    </nodes>\n")
        buf.append(f'    <edges count="{len(edges)}">\n')
        for i, (u, v, key, attrs) in enumerate(edges):
            label = attrs.get("label")
            lab = f' label="{xml_attr(label)}"' if label is not None else ""
            buf.append(f'      <edge id="e{i}" source="{xml_attr(u)}" target="{xml_attr(v)}"{lab} kind="{xml_attr(key)}">')
            vals = [(k, val) for k, val in attrs.items() if k != "label"]
            if vals:
                buf.append("<attvalues>")
                for k, val in vals:
                    buf.append(f'<attvalue for="{xml_attr(k)}" value="{xml_attr(as_kind(val, edge_kind[k]))}"/>')
                buf.append("</attvalues>")
            buf.append("</edge>\n")
            tick.tick()
            if len(buf) > 5000:
                w("".join(buf))
                buf.clear()
        buf.append("    </edges>\n")
        w("".join(buf))
        w("  </graph>\n</gexf>\n")
        tick.done()
    return [path]
