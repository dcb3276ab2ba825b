"""GraphML for yEd, Cytoscape and Gephi.

Written as a stream (not through an in-memory XML tree) so a million-triple export stays fast
and small. Every attribute becomes a typed `<key>` (attr.name / attr.type), which Gephi and
Cytoscape read as columns. yEd ignores those for display and shows a node's label only from its
yFiles graphics, so by default each node also gets a `y:ShapeNode` (fill colour by type, a
`y:NodeLabel`) and each edge a `y:PolyLineEdge` with a `y:EdgeLabel`, under keys declared with
`yfiles.type` as yEd itself writes them. Pass ``yfiles=False`` for plain GraphML.
"""
from __future__ import annotations

from ._attrs import Ticker, as_kind, edge_list, schema, xml_attr, xml_text
from ._io import open_text

NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _shape(label: str, color: str) -> str:
    width = max(40.0, min(320.0, 7.0 * len(label) + 20.0))
    return ('<y:ShapeNode>'
            f'<y:Geometry height="30.0" width="{width:.1f}" x="0.0" y="0.0"/>'
            f'<y:Fill color="{xml_attr(color.upper())}" transparent="false"/>'
            '<y:BorderStyle color="#333333" type="line" width="1.0"/>'
            '<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" '
            'fontStyle="plain" hasBackgroundColor="false" hasLineColor="false" modelName="internal" '
            f'modelPosition="c" textColor="#000000" visible="true">{xml_text(label)}</y:NodeLabel>'
            '<y:Shape type="roundrectangle"/>'
            '</y:ShapeNode>')


def _edge_graphics(label: str) -> str:
    return ('<y:PolyLineEdge>'
            '<y:LineStyle color="#808080" type="line" width="1.0"/>'
            '<y:Arrows source="none" target="standard"/>'
            '<y:EdgeLabel alignment="center" fontFamily="Dialog" fontSize="10" fontStyle="plain" '
            'hasBackgroundColor="false" hasLineColor="false" modelName="centered" modelPosition="center" '
            f'textColor="#404040" visible="true">{xml_text(label)}</y:EdgeLabel>'
            '</y:PolyLineEdge>')


def write(G, path: str, *, progress=None, yfiles: bool = True, **_ignored) -> list[str]:
    nodes = list(G.nodes(data=True))
    edges = edge_list(G)
    node_keys = schema(a for _, a in nodes)
    edge_keys = schema(a for *_, a in edges)
    with open_text(path) as out:
        w = out.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        if yfiles:
            w(f'<graphml xmlns="{NS}" xmlns:xsi="{XSI}" xmlns:y="{Y_NS}" '
              f'xsi:schemaLocation="{NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n')
        else:
            w(f'<graphml xmlns="{NS}" xmlns:xsi="{XSI}" '
              f'xsi:schemaLocation="{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        w('  <desc>aikg knowledge graph: entities and facts, with source documents and quotes</desc>\n')
        nid: dict[str, str] = {}
        for i, (name, kind) in enumerate(node_keys):
            nid[name] = f"d{i}"
            w(f'  <key id="d{i}" for="node" attr.name="{xml_attr(name)}" attr.type="{kind}"/>\n')
        eid: dict[str, str] = {}
        for j, (name, kind) in enumerate(edge_keys, start=len(node_keys)):
            eid[name] = f"d{j}"
            w(f'  <key id="d{j}" for="edge" attr.name="{xml_attr(name)}" attr.type="{kind}"/>\n')
        if yfiles:
            w('  <key id="ng" for="node" yfiles.type="nodegraphics"/>\n')
            w('  <key id="eg" for="edge" yfiles.type="edgegraphics"/>\n')
        w('  <graph id="aikg" edgedefault="directed">\n')
        node_kind = dict(node_keys)
        edge_kind = dict(edge_keys)
        tick = Ticker(progress, len(nodes) + len(edges), "writing GraphML")
        buf: list[str] = []
        for n, attrs in nodes:
            buf.append(f'    <node id="{xml_attr(n)}">')
            for k, v in attrs.items():
                buf.append(f'<data key="{nid[k]}">{xml_text(as_kind(v, node_kind[k]))}</data>')
            if yfiles:
                buf.append(f'<data key="ng">{_shape(str(attrs.get("label", n)), str(attrs.get("color", "#CCCCCC")))}</data>')
            buf.append('</node>\n')
            tick.tick()
            if len(buf) > 5000:
                w("".join(buf))
                buf.clear()
        for i, (u, v, _k, attrs) in enumerate(edges):
            buf.append(f'    <edge id="e{i}" source="{xml_attr(u)}" target="{xml_attr(v)}">')
            for k, val in attrs.items():
                buf.append(f'<data key="{eid[k]}">{xml_text(as_kind(val, edge_kind[k]))}</data>')
            if yfiles:
                buf.append(f'<data key="eg">{_edge_graphics(str(attrs.get("label", "")))}</data>')
            buf.append('</edge>\n')
            tick.tick()
            if len(buf) > 5000:
                w("".join(buf))
                buf.clear()
        w("".join(buf))
        w('  </graph>\n</graphml>\n')
        tick.done()
    return [path]
