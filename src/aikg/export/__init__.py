"""Export the graph for graph viewers (Gephi, Cytoscape, yEd, Graphviz, a browser page) and for
other RDF tools.

    from aikg import KnowledgeGraph
    from aikg.export import export
    export(KnowledgeGraph.open(bundled=True).store, "graphml", "kg.graphml", types=["Company", "Segment"])

Formats are registered by name, rdflib-plugin style: each names the module and function that
writes it, and the module is imported only when that format is used (networkx is not loaded for
a Turtle dump). Graph formats receive the property-graph projection of `project.py`; RDF formats
receive the quads themselves.

A writer is called as ``fn(data, path, progress=…, **options)`` where `data` is the projected
networkx MultiDiGraph (graph formats) or a list of pyoxigraph quads (RDF formats) and `path` is
a file name or `-` for standard output. It returns the list of files it wrote.
"""
from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import AikgError

__all__ = ["export", "register", "formats", "format_for_path", "Writer", "project"]


@dataclass(frozen=True)
class Writer:
    name: str
    module: str
    attr: str
    extensions: tuple[str, ...] = ()
    kind: str = "graph"            # graph: gets the projection; rdf: gets quads
    stdout: bool = True            # can write to `-`
    description: str = ""
    options: dict = field(default_factory=dict)
    sources: bool = False          # wants every quote of every node and edge (the HTML page)

    def load(self) -> Callable:
        try:
            mod = importlib.import_module(self.module)
            return getattr(mod, self.attr)
        except (ImportError, AttributeError) as e:
            raise AikgError(f"export format {self.name!r} is not available: {e}") from None


_REGISTRY: dict[str, Writer] = {}


def register(name: str, module: str, attr: str, *, extensions: Iterable[str] = (), kind: str = "graph",
             stdout: bool = True, description: str = "", sources: bool = False, **options) -> None:
    """Register (or replace) an export format. `module` is imported when the format is used.
    `sources`: the writer also gets every evidence quote of every node and edge (`sources=`)."""
    if kind not in ("graph", "rdf"):
        raise ValueError("kind must be 'graph' or 'rdf'")
    _REGISTRY[name] = Writer(name, module, attr, tuple(e.lower().lstrip(".") for e in extensions), kind,
                             stdout, description, dict(options), sources)


def formats() -> list[str]:
    return list(_REGISTRY)


def writer(name: str) -> Writer:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise AikgError(f"unknown export format {name!r}; choose one of {', '.join(_REGISTRY)}") from None


def format_for_path(path: str) -> str | None:
    """The format a file name asks for, by extension (`kg.graphml` -> graphml)."""
    name = Path(path).name.lower()
    best = None
    for w in _REGISTRY.values():
        for ext in w.extensions:
            if name.endswith("." + ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), w.name)
    return best[1] if best else None


_G = "aikg.export."
register("graphml", _G + "graphml", "write", extensions=("graphml",),
         description="GraphML for yEd (labels via yFiles keys), Cytoscape and Gephi")
register("gexf", _G + "gexf", "write", extensions=("gexf",), description="GEXF 1.3 for Gephi")
register("cyjs", _G + "cyjs", "write", extensions=("cyjs", "cy.json"),
         description="Cytoscape.js JSON (Cytoscape desktop: File > Import > Network from File)")
register("dot", _G + "dot", "write", extensions=("dot", "gv"), description="Graphviz DOT")
register("html", _G + "html", "write", extensions=("html", "htm"), sources=True,
         description="one self-contained page: interactive graph, search, type filter, sources")
register("csv", _G + "tables", "write", extensions=("csv",), stdout=False,
         description="Gephi spreadsheet CSV: FILE (nodes) and FILE_edges (edges)")
register("ttl", _G + "rdfout", "write_turtle", extensions=("ttl", "turtle"), kind="rdf",
         description="Turtle: the union of all graphs as triples")
register("trig", _G + "rdfout", "write_trig", extensions=("trig",), kind="rdf",
         description="TriG: named graphs kept")
register("nq", _G + "rdfout", "write_nquads", extensions=("nq", "nquads"), kind="rdf",
         description="N-Quads: named graphs kept")
register("jsonld", _G + "rdfout", "write_jsonld", extensions=("jsonld", "json-ld"), kind="rdf",
         description="JSON-LD: named graphs kept")


def _title(types, around, depth, document) -> str:
    parts = []
    if around:
        parts.append(f"around {around}" + (f" (depth {depth})" if depth != 1 else ""))
    if document:
        parts.append(f"document {document}")
    if types:
        parts.append(", ".join(types))
    return "aikg knowledge graph" + (": " + "; ".join(parts) if parts else "")


def project(store, **kw):
    from .project import project as _project
    return _project(store, **kw)


def export(store, fmt: str | None, path: str, *, types=None, around: str | None = None, depth: int = 1,
           document: str | None = None, progress=None, show_documents: bool = False) -> dict:
    """Write the store (or part of it) to `path` ("-" = standard output) in format `fmt`
    (None: from the file extension). Returns a summary: format, files, nodes/edges or triples.

    `types`, `around`/`depth` and `document` select what to export (see `project.project`); for
    RDF formats they select the triples about the chosen nodes (with their evidence).
    `progress(done, total, what)` is called now and then for large exports.
    """
    if fmt is None:
        fmt = format_for_path(path) if path != "-" else None
        if fmt is None:
            raise AikgError(f"cannot tell the export format from {path!r}; give --format "
                            f"({', '.join(_REGISTRY)})")
    w = writer(fmt)
    if path == "-" and not w.stdout:
        raise AikgError(f"{fmt} export writes several files; give -o FILE instead of -o -")
    if depth is not None and depth < 0:
        raise AikgError("--depth must be 0 or more")
    fn = w.load()
    types = list(types) if types else None
    summary: dict = {"format": fmt, "path": path}
    # Building big dicts of small objects makes CPython's cyclic GC rescan everything again and
    # again; nothing here makes cycles, so it is paused for the export (about a third faster at 1M).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if w.kind == "graph":
            from .project import project as _project
            sources: dict | None = {} if w.sources else None
            G = _project(store, types=types, around=around, depth=depth, document=document,
                         show_documents=show_documents, progress=progress, sources=sources)
            files = fn(G, path, progress=progress, sources=sources,
                       title=_title(types, around, depth, document), **w.options)
            summary.update(nodes=G.number_of_nodes(), edges=G.number_of_edges())
        else:
            from .rdfout import select_quads
            quads = select_quads(store, types=types, around=around, depth=depth, document=document,
                                 progress=progress)
            files = fn(quads, path, progress=progress, **w.options)
            summary.update(quads=len(quads))
    finally:
        if was_enabled:
            gc.enable()
    summary["files"] = [f for f in (files or []) if f != "-"]
    return summary
