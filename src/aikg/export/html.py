"""One self-contained HTML page: the graph (cytoscape.js, inlined from the vendored
`assets/cytoscape.min.js`, so the page opens offline and loads nothing), a search box that selects
and centres a node by label, a type filter, and a side panel with the clicked node's or edge's
values, its source quotes and their documents.

Safety: the data is embedded as JSON in `<script type="application/json">` with `<`, `>`, `&`,
U+2028 and U+2029 escaped, so no label or quote can close the element or start markup; the page
renders every text with `textContent`; and a Content-Security-Policy allows only the page's own
two scripts (by hash) and no network at all, so even an injected script would not run.
"""
from __future__ import annotations

import base64
import hashlib
import html as _html
import json
from importlib import resources

from ._io import open_text
from .cyjs import elements
from .project import COLORS

CYTOSCAPE_VERSION = "3.34.4"
SHORT = 42


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def script_json(obj) -> str:
    """JSON that is safe inside a <script> element (and in HTML attribute-free text)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _inline_js(code: str) -> str:
    if "</script" in code.lower() or "<!--" in code:
        raise ValueError("script text would end the <script> element early")
    return code


def build(G, sources: dict | None = None, title: str = "aikg knowledge graph") -> str:
    els = elements(G)
    for n in els["nodes"]:
        label = str(n["data"].get("label", n["data"]["id"]))
        n["data"]["short"] = label if len(label) <= SHORT else label[: SHORT - 1] + "\u2026"
    src: dict[str, list] = {}
    sources = sources or {}
    for n in els["nodes"]:
        nid = n["data"]["id"]
        if nid in sources:
            src[nid] = [list(item) for item in sources[nid]]
    for e in els["edges"]:
        d = e["data"]
        k = (d["source"], d["target"], d["key"])
        if k in sources:
            src[d["id"]] = [list(item) for item in sources[k]]
    data = {"title": title, "elements": els, "sources": src, "colors": COLORS}
    cy = _inline_js(_asset("cytoscape.min.js"))
    app = _inline_js(_asset("page.js"))
    csp = (f"default-src 'none'; script-src {_sha(cy)} {_sha(app)}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    page = _asset("page.html")
    # split at the big insertions first, so no text we put in can be taken for a marker
    head, rest = page.split("@@DATA@@", 1)
    mid, rest = rest.split("@@CYTOSCAPE@@", 1)
    mid2, tail = rest.split("@@APP@@", 1)
    head = head.replace("@@CSP@@", _html.escape(csp, quote=False).replace('"', "&quot;"), 1)
    head = head.replace("@@CYVERSION@@", CYTOSCAPE_VERSION, 1)
    head = head.replace("@@TITLE@@", _html.escape(title, quote=True), 1)
    return "".join([head, script_json(data), mid, cy, mid2, app, tail])


def write(G, path: str, *, progress=None, sources=None, title: str = "aikg knowledge graph", **_ignored) -> list[str]:
    text = build(G, sources, title)
    with open_text(path) as out:
        out.write(text)
    if progress is not None:
        n = G.number_of_nodes() + G.number_of_edges()
        progress(n, n, "writing HTML")
    return [path]
