"""Where the graph lives: the bundled graph (in memory), an on-disk Oxigraph store, or a
remote SPARQL endpoint (see `remote.py`), behind one small interface.

Every write is one Oxigraph transaction, so an interrupted ingest leaves a document's graph
either as it was before or as it is after, never half-written.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox

from .errors import AikgError
from .rdf import KG, META_GRAPH, PREFIXES, doc_iri

BUNDLE_FILE = "kg.trig"


class StoreInUse(AikgError):
    pass


def data_dir() -> Path:
    """graph/ of the source tree when run from a checkout, else the copy inside the package."""
    here = Path(__file__).resolve().parent
    for cand in (here.parent.parent / "graph", here / "_data" / "graph"):
        if (cand / "ontology.ttl").exists():
            return cand
    raise AikgError("cannot find aikg's graph/ folder (ontology, shapes, gazetteer)")


def queries_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here.parent.parent / "queries", here / "_data" / "queries"):
        if cand.is_dir():
            return cand
    raise AikgError("cannot find aikg's queries/ folder")


def bundle_path() -> Path:
    return data_dir() / BUNDLE_FILE


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _damaged(path: Path, e: Exception) -> AikgError:
    msg = str(e).splitlines()[0] if str(e) else type(e).__name__
    return AikgError(f"the bundled graph {path} cannot be read ({msg}); "
                     "restore it (git checkout graph/kg.trig, or reinstall aikg) or rebuild it with `aikg build`")


def _term_text(quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


class LocalStore:
    """An Oxigraph store, in memory (bundled graph, scratch) or on disk (`--store DIR`)."""

    kind = "local"

    def __init__(self, ox_store: ox.Store, path: Path | None, read_only: bool = False,
                 label: str = ""):
        self.ox = ox_store
        self.path = path
        self.read_only = read_only
        self.label = label or (str(path) if path else "in-memory")

    # ------------------------------------------------------------------ opening
    @classmethod
    def memory(cls, label: str = "in-memory") -> "LocalStore":
        return cls(ox.Store(), None, label=label)

    @classmethod
    def bundled(cls) -> "LocalStore":
        """The bundled graph from graph/kg.trig, loaded into memory, read-only."""
        s = cls.memory(label="bundled graph")
        p = bundle_path()
        if p.exists():
            try:
                s.ox.bulk_load(path=str(p), format=ox.RdfFormat.TRIG)
            except (SyntaxError, OSError, ValueError) as e:
                raise _damaged(p, e) from None
        s.read_only = True
        return s

    @classmethod
    def open(cls, path: Path, *, empty: bool = False, write: bool = False) -> "LocalStore":
        """Open (or create) an on-disk store. A new store starts with the bundled graph's
        facts unless `empty`. Raises StoreInUse when another process holds it for writing."""
        path = Path(path)
        is_new = not (path / "CURRENT").exists()
        if path.exists() and not path.is_dir():
            raise AikgError(f"store path {path} exists and is not a directory")
        if not is_new and not os.access(path, os.W_OK):
            if write:
                raise AikgError(f"store {path} is read-only; cannot write to it")
            return cls(ox.Store.read_only(str(path)), path, read_only=True)
        try:
            path.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
        except OSError as e:
            msg = str(e)
            if "lock" in msg.lower():
                if write:
                    raise StoreInUse(f"store {path} is in use by another aikg process; try again when it finishes") from None
                return cls(ox.Store.read_only(str(path)), path, read_only=True)
            raise AikgError(f"cannot open store {path}: {msg.splitlines()[0]}") from None
        s = cls(store, path)
        if is_new:
            s._set_meta("empty", "true" if empty else "false")
            if empty:
                from .ingest import ontology_quads
                s.ox.extend(ontology_quads())
            else:
                s.sync_bundle()
        elif s._get_meta("empty") == "false":
            s.sync_bundle()
        return s

    # ------------------------------------------------------------------ metadata
    def _meta_node(self, key: str) -> ox.NamedNode:
        return ox.NamedNode(f"urn:aikg:meta:{key}")

    def _get_meta(self, key: str) -> str | None:
        for q in self.ox.quads_for_pattern(self._meta_node(key), KG("value"), None, META_GRAPH):
            return q.object.value
        return None

    def _set_meta(self, key: str, value: str) -> None:
        node = self._meta_node(key)
        self._apply(
            f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {node} {KG('value')} ?v }} }};\n"
            f"INSERT DATA {{ GRAPH {META_GRAPH} {{ {node} {KG('value')} {ox.Literal(value)} }} }}"
        )

    def sync_bundle(self) -> None:
        """Bring the bundled documents in this store up to date with graph/kg.trig."""
        p = bundle_path()
        if not p.exists():
            return
        digest = file_sha256(p)
        if self._get_meta("bundle") == digest:
            return
        old = set((self._get_meta("bundle-docs") or "").split())
        try:
            quads = list(ox.parse(path=str(p), format=ox.RdfFormat.TRIG))
        except (SyntaxError, OSError, ValueError) as e:
            raise _damaged(p, e) from None
        graphs = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})
        drops = ";\n".join(f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in sorted(old | set(graphs)) if g)
        ins = _term_text(quads)
        node = self._meta_node("bundle")
        docs_node = self._meta_node("bundle-docs")
        names = " ".join(graphs)
        text = (f"{drops + ';' if drops else ''}\n"
                f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {node} {KG('value')} ?v }} }};\n"
                f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {docs_node} {KG('value')} ?w }} }};\n"
                f"INSERT DATA {{ {ins}\n GRAPH {META_GRAPH} {{ {node} {KG('value')} {ox.Literal(digest)} . "
                f"{docs_node} {KG('value')} {ox.Literal(names)} }} }}")
        self._apply(text)

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, substitutions: dict | None = None):
        return self.ox.query(sparql, use_default_graph_as_union=True,
                             substitutions=substitutions or None, prefixes=PREFIXES)

    def document_hash(self, doc_id: str) -> str | None:
        g = doc_iri(doc_id)
        for q in self.ox.quads_for_pattern(g, KG("sha256"), None, g):
            return q.object.value
        return None

    def documents(self) -> list[str]:
        rows = self.ox.query(
            "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g a kg:Document ; dcterms:identifier ?id } } ORDER BY ?id",
            prefixes=PREFIXES)
        return [r["id"].value for r in rows]

    def __len__(self) -> int:
        return len(self.ox)

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.ox.named_graphs() if g != META_GRAPH]

    # ------------------------------------------------------------------ writing
    def _check_writable(self) -> None:
        if self.read_only:
            raise AikgError(f"{self.label} is read-only; pass --store DIR to write")

    def replace_document(self, doc_id: str, quads: Sequence[ox.Quad]) -> None:
        """Replace one document's named graph in a single transaction."""
        self._check_writable()
        g = doc_iri(doc_id)
        self._apply(f"DROP SILENT GRAPH {g};\nINSERT DATA {{ {_term_text(quads)} }}")

    def remove_document(self, doc_id: str) -> bool:
        self._check_writable()
        g = doc_iri(doc_id)
        if not self.ox.contains_named_graph(g):
            return False
        self._apply(f"DROP GRAPH {g}")
        return True

    def update(self, sparql: str) -> None:
        self._check_writable()
        self.ox.update(sparql, prefixes=PREFIXES)

    def bulk_load(self, path: Path, fmt: ox.RdfFormat) -> None:
        self._check_writable()
        self.ox.bulk_load(path=str(path), format=fmt)

    def quads(self, graph=None) -> Iterable[ox.Quad]:
        for q in self.ox.quads_for_pattern(None, None, None, graph):
            if q.graph_name != META_GRAPH:
                yield q

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            try:
                self.ox.flush()
            except OSError as e:
                raise self._write_error(e) from None

    def _apply(self, sparql: str) -> None:
        """One update, one transaction; a failed write (disk full…) is a one-line error."""
        try:
            self.ox.update(sparql)
        except OSError as e:
            raise self._write_error(e) from None

    def _write_error(self, e: OSError) -> AikgError:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        hint = "; free some disk space and try again" if re.search(r"space|too large|quota", msg, re.I) else ""
        return AikgError(f"cannot write to store {self.label}: {msg}{hint}")
