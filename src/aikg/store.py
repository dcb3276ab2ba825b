"""Where the graph lives: the bundled graph (in memory), an on-disk Oxigraph store, or a
remote SPARQL endpoint (see `remote.py`), behind one small interface.

Every write is one Oxigraph transaction (new documents: one bulk load of their graphs, then
one transaction for the facts graph's deletes), so an interrupted ingest leaves a document's
graph either as it was before or as it is after, never half-written.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox

from .errors import AikgError
from .facts import OxReader, facts_delta, facts_delta_batch, rebuild_batches
from .guard import check as guard
from .rdf import FACTS_GRAPH, KG, META_GRAPH, PREFIXES, doc_iri

BUNDLE_FILE = "kg.trig"
FLUSH_EVERY = 10               # rebuild batches between flushes of the store's write buffers
FACTS_STALE = "facts-stale"     # metadata key set while the facts graph is being rebuilt


def _bulk_writes() -> bool:
    """New documents go through the bulk loader (`LocalStore._add_documents`) unless
    AIKG_BULK_WRITE=0 (then one SPARQL update per batch, as for replaced documents)."""
    return os.environ.get("AIKG_BULK_WRITE", "1") != "0"


class StoreInUse(AikgError):
    pass


STORE_WAIT = 3.0       # seconds a write waits for another process's write to end (AIKG_STORE_WAIT)
KEEP_LOGS = 2          # RocksDB's old info logs (LOG.old.*) kept in a store directory


def _store_wait() -> float:
    try:
        return max(0.0, float(os.environ.get("AIKG_STORE_WAIT", STORE_WAIT)))
    except ValueError:
        return STORE_WAIT


def prune_logs(path: Path, keep: int = KEEP_LOGS) -> int:
    """Remove all but the `keep` newest of RocksDB's old info logs (LOG.old.<microseconds>):
    every writable open renames LOG aside (~140 KB each) and RocksDB keeps up to 1,000 of
    them. Called by the writer (which holds the store's lock). Returns how many went."""
    try:
        old = sorted((e.name for e in os.scandir(path) if e.name.startswith("LOG.old.")),
                     key=lambda n: (len(n), n))   # the suffix is a timestamp: longer is later
    except OSError:
        return 0
    gone = 0
    for name in old[:max(0, len(old) - keep)]:
        try:
            os.unlink(os.path.join(path, name))
            gone += 1
        except OSError:
            pass
    return gone


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


# a graph block's opening line in Oxigraph's TriG output ("<g> {"): a literal never spans lines
# there (line breaks in it are written \n), so this finds only the blocks
_GRAPH_BLOCK = re.compile(r"^(?=(?:<[^>\s]*>|_:\S+) \{$)", re.M)


def _term_text(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of a SPARQL INSERT DATA / DELETE DATA: Oxigraph's TriG serializer
    (one call into Rust; str() of every term cost 3x as much CPU) with each graph block
    opened by the GRAPH keyword that SPARQL's QuadData needs."""
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG).decode()
    return _GRAPH_BLOCK.sub("GRAPH ", text)


SERVE_LOCK = "aikg-serve.lock"


def serve_lock(path: Path, exclusive: bool = False):
    """The store's serve lock, held for as long as the returned file stays open: shared by
    every process that opens the store for writing, exclusive by `aikg serve`. None when
    another process holds it the other way (or `exclusive` and anyone holds it)."""
    try:
        import fcntl
    except ImportError:            # no flock (Windows): no lock
        return open(os.devnull)
    try:
        f = open(Path(path) / SERVE_LOCK, "a+")
    except OSError:
        return open(os.devnull)    # a store we cannot write to is opened read-only anyway
    try:
        fcntl.flock(f, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        f.close()
        return None
    return f


def served_by(path: Path) -> str:
    """Who serves the store, from what `aikg serve` wrote into its lock file."""
    try:
        text = (Path(path) / SERVE_LOCK).read_text().strip()
    except OSError:
        text = ""
    return text or "another process (aikg serve)"


COMPACT_GROWTH = 2.0               # an ingest compacts the store when its files have doubled since it was
                                   # last compacted (kept in the store: `compacted-bytes`), so the cost is
                                   # amortised (at most ~2x the final size over any sequence of ingests)…
COMPACT_MIN_BYTES = 128 * 2**20    # …and hold at least this much (a small store reads fast anyway; at 64 MB
                                   # the first 1,000 feed articles (116 MB) paid two compactions)
COMPACT_META = "compacted-bytes"   # the store's file size after its last compaction


class LocalStore:
    """An Oxigraph store, in memory (bundled graph, scratch) or on disk (`--store DIR`)."""

    kind = "local"

    def __init__(self, ox_store: ox.Store, path: Path | None, read_only: bool = False,
                 label: str = ""):
        self.ox = ox_store
        self.path = path
        self.read_only = read_only
        self.label = label or (str(path) if path else "in-memory")
        # bumped by every write made through this object (caches such as the label index
        # compare it instead of counting the store's quads: 0.2 s at 1M quads)
        self.generation = 0
        self.lock = None           # the serve lock (see serve_lock) while this store is open
        self._compacted_bytes: int | None = None   # file size after the last compaction (`compact`)
        self.notes: list[str] = []   # what a read-only open found behind (`_behind`), for the caller to say

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
    def open(cls, path: Path, *, empty: bool = False, write: bool = False,
             read_only: bool = False) -> "LocalStore":
        """Open (or create) an on-disk store. A new store starts with the bundled graph's
        facts unless `empty`. `read_only` (an existing store): a snapshot of the store as it
        is, without its lock, so a read never keeps a write out (the CLI's reads open so).
        Otherwise the store's lock is taken; when another process holds it, a read falls
        back to a snapshot and a write waits up to AIKG_STORE_WAIT seconds (STORE_WAIT)
        for it, then raises StoreInUse."""
        path = Path(path)
        is_new = not (path / "CURRENT").exists()
        if path.exists() and not path.is_dir():
            raise AikgError(f"store path {path} exists and is not a directory")
        if read_only and not write and not is_new:
            return cls._reader(path)
        if not is_new and not os.access(path, os.W_OK):
            if write:
                raise AikgError(f"store {path} is read-only; cannot write to it")
            return cls._reader(path)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise AikgError(f"cannot open store {path}: {e.strerror or e}") from None
        lock = serve_lock(path)
        if lock is None:           # `aikg serve` has it: nobody writes behind its back
            if write:
                raise StoreInUse(f"store {path} is being served by {served_by(path)}; stop that server to "
                                 "write to the store, then serve it again") from None
            return cls._reader(path)
        deadline = time.monotonic() + (_store_wait() if write else 0.0)
        while True:
            try:
                store = ox.Store(str(path))
                break
            except OSError as e:
                msg = str(e)
                if "lock" not in msg.lower():
                    lock.close()
                    raise AikgError(f"cannot open store {path}: {msg.splitlines()[0]}") from None
                if not write:
                    lock.close()
                    return cls._reader(path)
                if time.monotonic() >= deadline:
                    lock.close()
                    raise StoreInUse(f"store {path} is in use by another aikg process; try again when it finishes") from None
                time.sleep(0.1)
        prune_logs(path)
        s = cls(store, path)
        s.lock = lock
        if is_new:
            s._set_meta("empty", "true" if empty else "false")
            if empty:
                from .ingest import ontology_quads
                s.ox.extend(ontology_quads())
            else:
                s.sync_bundle()
        elif write:
            # only a write catches up: a rebuild reads the whole store (minutes at 10k feed
            # articles), and a read that did it ran into its own --timeout again and again
            if s._get_meta("empty") == "false":
                s.sync_bundle()
            if s._get_meta(FACTS_STALE):
                s.rebuild_facts()  # a write was cut short: finish it before anything reads it
        else:
            s.notes = s._behind()
        s._compacted_bytes = s._last_compacted()
        return s

    @classmethod
    def _reader(cls, path: Path) -> "LocalStore":
        """A snapshot of the store, without its lock. A writer compacting at that moment may
        remove a file the snapshot was about to open: tried again a few times, then a
        one-line error."""
        for attempt in range(5):
            try:
                ro = ox.Store.read_only(str(path))
                break
            except OSError as e:
                if attempt == 4:
                    raise AikgError(f"cannot open store {path}: {str(e).splitlines()[0] if str(e) else e}; "
                                    "if another aikg process is writing to it, try again when it finishes") from None
                time.sleep(0.2)
        s = cls(ro, path, read_only=True)
        s.notes = s._behind()
        return s

    def _behind(self) -> list[str]:
        """What a read finds behind and leaves as it is (reads never write): a facts graph a
        cut-short write left stale, bundled documents older than graph/kg.trig."""
        notes = []
        if self._get_meta(FACTS_STALE):
            notes.append(f"the facts graph of {self.label} is behind its documents (a write was cut short): "
                         "answers may miss or repeat facts until the next write to the store (`aikg ingest`) rebuilds it")
        p = bundle_path()
        if self._get_meta("empty") == "false" and p.exists() and self._get_meta("bundle") != file_sha256(p):
            notes.append(f"the bundled documents in {self.label} are older than this aikg's bundled graph: "
                         "the next write to the store (`aikg ingest`) updates them")
        return notes

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
        quads = [q for q in quads if q.graph_name != FACTS_GRAPH]  # recomputed below for the whole store
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
                f"{docs_node} {KG('value')} {ox.Literal(names)} . "
                f"{self._meta_node(FACTS_STALE)} {KG('value')} \"true\" }} }}")
        self._apply(text)          # the documents, and the marker that the facts graph is behind them
        self.rebuild_facts()       # streamed, in bounded memory, whatever the store's size

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, substitutions: dict | None = None):
        guard(sparql)
        return self.ox.query(sparql, use_default_graph_as_union=True,
                             substitutions=substitutions or None, prefixes=PREFIXES)

    def document_hash(self, doc_id: str) -> str | None:
        g = doc_iri(doc_id)
        for q in self.ox.quads_for_pattern(g, KG("sha256"), None, g):
            return q.object.value
        return None

    def document_extractor(self, doc_id: str) -> str | None:
        """The extractor version that made the document's graph (kg:extractor), if kept."""
        g = doc_iri(doc_id)
        for q in self.ox.quads_for_pattern(g, KG("extractor"), None, g):
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
        """The documents' (and ontology's) graphs: not the store's metadata or the facts graph
        derived from them."""
        return [g for g in self.ox.named_graphs() if g != META_GRAPH and g != FACTS_GRAPH]

    def all_graphs(self) -> list[ox.NamedNode]:
        """Every named graph, the metadata and the derived facts graph included (what a push
        must send for the copy to answer the saved queries)."""
        return list(self.ox.named_graphs())

    # ------------------------------------------------------------------ writing
    def _check_writable(self) -> None:
        if self.read_only:
            raise AikgError(f"{self.label} is read-only; pass --store DIR to write")

    def replace_document(self, doc_id: str, quads: Sequence[ox.Quad]) -> None:
        """Replace one document's named graph, and bring the facts graph up to date, in a single
        transaction (one SPARQL update: a failed write leaves the store as it was)."""
        self.replace_documents([(doc_id, quads)])

    def replace_documents(self, docs: Sequence[tuple[str, Sequence[ox.Quad]]],
                          extra: Sequence[ox.Quad] = ()) -> None:
        """Replace several documents' graphs, add `extra` quads (the reference graph: added,
        never replaced) and bring the facts graph up to date, all in one transaction (one
        SPARQL update): an interrupted write leaves every document of the batch as it was.
        A batch of new documents only, on disk, goes through `_add_documents` instead."""
        self._check_writable()
        changes, drops, inserts = [], [], list(extra)
        for doc_id, quads in dict(docs).items():      # a document named twice: the last wins
            g = doc_iri(doc_id)
            old = list(self.ox.quads_for_pattern(None, None, None, g))
            if old:
                drops.append(g)
            own = quads if getattr(quads, "graph", None) == g else [q for q in quads if q.graph_name == g]
            changes.append((g, old, own))  # reference quads are not facts
            inserts.extend(quads)
        deletes, facts = facts_delta_batch(OxReader(self.ox), changes)
        if not drops and self.path is not None and _bulk_writes():
            self._add_documents(inserts, deletes, facts)
            return
        parts = [f"DELETE DATA {{ {_term_text(deletes)} }}"] if deletes else []
        parts += [f"DROP SILENT GRAPH {g}" for g in drops]
        parts.append(f"INSERT DATA {{ {_term_text([*inserts, *facts])} }}")
        self._apply(";\n".join(parts))

    def _add_documents(self, inserts: list[ox.Quad], deletes: list[ox.Quad], facts: list[ox.Quad]) -> None:
        """New documents (no old graph to drop) in two steps: their graphs, the facts graph's
        new quads and the marker that the facts graph is not yet consistent, through Oxigraph's
        bulk loader (index files built aside and added to the store at once: all of them or
        none; about half the CPU of a transaction, which reads every index before it writes),
        then the facts graph's deletes (document counts that grew) and the marker's removal in
        one transaction. Killed between the two, the next writable open rebuilds the facts graph
        (`open`); no reader ever sees part of a document."""
        marker = ox.Quad(self._meta_node(FACTS_STALE), KG("value"), ox.Literal("true"), META_GRAPH)
        self.generation += 1
        try:
            self.ox.bulk_extend([*inserts, *facts, marker])
        except OSError as e:
            raise self._write_error(e) from None
        added = set(facts)      # (the delete comes after the insert here: what both name stays)
        self._apply(f"DELETE DATA {{ {_term_text([*(q for q in deletes if q not in added), marker])} }}")

    def remove_document(self, doc_id: str) -> bool:
        self._check_writable()
        g = doc_iri(doc_id)
        if not self.ox.contains_named_graph(g):
            return False
        old = list(self.ox.quads_for_pattern(None, None, None, g))
        deletes, inserts = facts_delta(OxReader(self.ox), g, old, [])
        parts = [f"DELETE DATA {{ {_term_text(deletes)} }}"] if deletes else []
        parts.append(f"DROP GRAPH {g}")
        if inserts:
            parts.append(f"INSERT DATA {{ {_term_text(inserts)} }}")
        self._apply(";\n".join(parts))
        return True

    def rebuild_facts(self, batch: int = 20_000) -> None:
        """Recompute the facts graph from every document's graph (after a bulk load or pull),
        streamed: the old facts graph is removed and the new one written in transactions of at
        most `batch` quads (`facts.rebuild_batches`), so memory stays bounded whatever the
        store's size (one SPARQL INSERT over the whole store took 2.7 GB at 1.5 M quads). A
        rebuild cut short leaves a marker in the metadata graph; the next writable open of the
        store runs it again (the rebuild reads only the documents' graphs: rerunnable)."""
        self._check_writable()
        self._set_meta(FACTS_STALE, "true")
        self.generation += 1
        try:
            while True:
                old = [q for q, _ in zip(self.ox.quads_for_pattern(None, None, None, FACTS_GRAPH), range(batch))]
                if not old:
                    break
                self._apply(f"DELETE DATA {{ {_term_text(old)} }}")
            for i, quads in enumerate(rebuild_batches(self.ox, batch), 1):
                self.ox.extend(quads)
                if self.path is not None and i % FLUSH_EVERY == 0:
                    self.ox.flush()    # memtables to disk: without it RSS grew past 1.5 GB at 1.5 M quads
        except OSError as e:
            raise self._write_error(e) from None
        self._apply(f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {self._meta_node(FACTS_STALE)} {KG('value')} ?v }} }}")

    def update(self, sparql: str) -> None:
        self._check_writable()
        guard(sparql)
        self.generation += 1
        self.ox.update(sparql, prefixes=PREFIXES)

    def bulk_load(self, path: Path, fmt: ox.RdfFormat, to_graph=None, *, count: bool = True) -> int | None:
        """Load an RDF file all or nothing: Oxigraph's bulk loader writes its index files aside
        and adds them to the store only at the end, so a file with a syntax error (or an
        interrupted load) leaves the store as it was. Big N-Triples / N-Quads files going into
        an on-disk store with room to spare are cut at line breaks and the pieces loaded in
        parallel, all or nothing together (`_load_slices`). Returns the number of statements
        read (duplicates included), or None when unknown or not `count`ed. Raises SyntaxError
        (nothing loaded), OSError, PartialLoad."""
        self._check_writable()
        self.generation += 1
        return load_file(self.ox, Path(path), fmt, to_graph, count=count, store_dir=self.path)

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

    def disk_bytes(self) -> int:
        """The size of an on-disk store's files (0 in memory)."""
        if self.path is None:
            return 0
        try:
            entries = list(os.scandir(self.path))
        except OSError:
            return 0
        total = 0
        for e in entries:          # RocksDB's background work deletes files while we count:
            try:                   # a file gone since the listing adds nothing, not a 0 total
                if e.is_file():
                    total += e.stat().st_size
            except OSError:
                continue
        return total

    def _last_compacted(self) -> int:
        """The file size after the store's last compaction (kept in its metadata), or its size
        now for a store that never recorded one."""
        try:
            return int(self._get_meta(COMPACT_META) or "")
        except ValueError:
            return self.disk_bytes()

    def compact(self, growth: float | None = None, *, force: bool = False) -> bool:
        """Compact an on-disk store (Oxigraph's `optimize`: its index files merged into one
        sorted run each) when its files have grown `growth` times (COMPACT_GROWTH) since it
        was last compacted, by any process, and hold at least COMPACT_MIN_BYTES; `force`
        (`aikg compact`): now. Bulk-loaded batches each add index files, and every lookup
        then reads all of them: on a 10,000-article feed store a saved query took 2-3 times
        the CPU, and 300 more articles 1.6 times, before a compaction (5-8 s of CPU there).
        Crash-safe: RocksDB swaps the merged files in atomically, and the size recorded
        afterwards only decides when the next one runs. Returns whether it compacted."""
        if self.path is None or self.read_only:
            return False
        size = self.disk_bytes()
        growth = COMPACT_GROWTH if growth is None else growth
        if not force and (size < COMPACT_MIN_BYTES or size < growth * (self._compacted_bytes or 0)):
            return False
        try:
            self.ox.optimize()
        except OSError as e:
            raise self._write_error(e) from None
        self._compacted_bytes = self.disk_bytes()
        self._set_meta(COMPACT_META, str(self._compacted_bytes))
        return True

    def _apply(self, sparql: str) -> None:
        """One update, one transaction; a failed write (disk full…) is a one-line error."""
        self.generation += 1
        try:
            self.ox.update(sparql)
        except OSError as e:
            raise self._write_error(e) from None

    def _write_error(self, e: OSError) -> AikgError:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        hint = "; free some disk space and try again" if re.search(r"space|too large|quota", msg, re.I) else ""
        return AikgError(f"cannot write to store {self.label}: {msg}{hint}")


# ---------------------------------------------------------------------- bulk loading
class PartialLoad(OSError):
    """Some slices of a file were added to the store and others may not have been: a write
    failed after every slice had parsed (a disk filled up despite the free-space check)."""


LINE_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
SLICE_MIN_BYTES = 8 << 20      # a file is cut in slices of at least this size, one per CPU
MAX_SLICES = 4
_BLOCK = 1 << 20
# a comment line: neutral after a complete line; after an unfinished string or IRI (one that
# runs past the line break) the '"' or '>' ends it and the parser reports the line break in
# it at once, instead of waiting for the end of the input
_PROBE = b'#">\n'
_NOT_A_STATEMENT = re.compile(rb"\n(?=[ \t]*[#\r\n])")   # before a blank or comment-only line


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _statements(block: bytes) -> int | None:
    """Statements in whole lines of N-Triples / N-Quads (one per line that is not blank or
    a comment), None when lines also break at a lone CR."""
    if b"\r" in block and block.count(b"\r") != block.count(b"\r\n"):
        return None
    return block.count(b"\n") - len(_NOT_A_STATEMENT.findall(b"\n" + block))


def _blocks(f, left: int):
    """Blocks of whole lines from an open file, `left` bytes, the last one ending with a line break."""
    carry = b""
    while True:
        chunk = f.read(min(_BLOCK, left)) if left > 0 else b""
        left = left - len(chunk) if chunk else 0
        data = carry + chunk
        if left > 0:
            cut = data.rfind(b"\n") + 1
            if cut == 0:           # a line longer than a block
                carry = data
                continue
            data, carry = data[:cut], data[cut:]
        elif data and not data.endswith(b"\n"):
            data += b"\n"
        if data:
            yield data
        if left <= 0:
            return


class _Stop(Exception):
    """Abandon a slice before it commits."""


class _Gate:
    """Holds each slice's loader back after it has parsed its last line until every slice has
    (then all commit), or until one fails (then none does)."""

    def __init__(self, n: int):
        self._cond = threading.Condition()
        self._waiting = n
        self.failed = False
        self.passed = False

    def arrive(self) -> bool:
        with self._cond:
            self._waiting -= 1
            if self._waiting == 0 and not self.failed:
                self.passed = True
                self._cond.notify_all()
            while not self.passed and not self.failed:
                self._cond.wait()
            return self.passed

    def fail(self) -> None:
        with self._cond:
            self.failed = True
            self._cond.notify_all()


class _Slice:
    """One slice [start, end) of an N-Triples / N-Quads file as a binary stream for the bulk
    loader. The parser asks for more input only once it has used up what it has, so when it
    asks after the last line and the probe, every line of the slice has parsed: the slice then
    waits at the gate before it reports the end of its input (after which the loader commits).
    Counts statements; stops on a blank node label (labels are scoped to one parse, and the
    same label in two slices must stay one node)."""

    def __init__(self, path: Path, start: int, end: int, gate: _Gate):
        self.path, self.start, self.end, self.gate = path, start, end, gate
        self.count: int | None = 0
        self._buf = b""
        self._pos = 0
        self._f = None
        self._blocks = None
        self._state = "data"

    def _next(self) -> bytes:
        if self._state == "data":
            if self._blocks is None:
                self._f = open(self.path, "rb")
                self._f.seek(self.start)
                self._blocks = _blocks(self._f, self.end - self.start)
            block = next(self._blocks, b"")
            if block:
                if b"_:" in block:
                    raise _Stop("blank nodes")
                if self.count is not None:
                    n = _statements(block)
                    self.count = None if n is None else self.count + n
                return block
            self._f.close()
            self._state = "probe"
            return _PROBE
        if self._state == "probe":
            self._state = "end"
            if not self.gate.arrive():
                raise _Stop("another slice failed")
        return b""

    def read(self, n: int = -1) -> bytes:
        if self.gate.failed and not self.gate.passed:
            raise _Stop("another slice failed")
        if self._pos >= len(self._buf):
            self._buf, self._pos = self._next(), 0
        end = len(self._buf) if n is None or n < 0 else self._pos + n
        chunk = self._buf[self._pos:end]
        self._pos += len(chunk)
        return chunk

    def close(self) -> None:
        if self._f is not None:
            self._f.close()


def _cuts(path: Path, size: int, k: int) -> list[int]:
    """k slices' boundaries, each at the start of a line."""
    bounds = [0]
    with open(path, "rb") as f:
        for i in range(1, k):
            f.seek(size * i // k)
            f.readline()
            pos = f.tell()
            if bounds[-1] < pos < size:
                bounds.append(pos)
    bounds.append(size)
    return bounds


def _load_slices(store: ox.Store, path: Path, fmt, kw: dict, k: int) -> tuple[bool, int | None, BaseException | None]:
    """Load `path` in k slices in parallel. -> (done, statements, why not). Not done: nothing
    was written (a syntax error, blank nodes, a single line): load it in one piece instead."""
    bounds = _cuts(path, path.stat().st_size, k)
    if len(bounds) < 3:            # one line, or a few long ones
        return False, None, None
    gate = _Gate(len(bounds) - 1)
    slices = [_Slice(path, a, b, gate) for a, b in zip(bounds, bounds[1:])]
    errors: list[BaseException | None] = [None] * len(slices)

    def run(i: int) -> None:
        try:
            store.bulk_load(slices[i], format=fmt, **kw)
        except BaseException as e:  # noqa: BLE001 - handed to the caller below
            errors[i] = e
            gate.fail()
        finally:
            slices[i].close()

    threads = [threading.Thread(target=run, args=(i,), name=f"aikg-load-{i}") for i in range(len(slices))]
    for t in threads:
        t.start()
    try:
        for t in threads:
            t.join()
    except BaseException:          # Ctrl-C: abandon the slices that have not committed
        gate.fail()
        for t in threads:
            t.join()
        raise
    if not any(errors):
        counts = [s.count for s in slices]
        return True, None if None in counts else sum(counts), None
    failed = [e for e in errors if e is not None]
    if not gate.passed:
        return False, None, next((e for e in failed if not isinstance(e, _Stop)), failed[0])
    if len(failed) == len(errors):  # no slice got in
        raise failed[0]
    msg = str(failed[0]).splitlines()[0] if str(failed[0]) else type(failed[0]).__name__
    raise PartialLoad(f"{msg} (part of the file may have been loaded)")


class _Counter(threading.Thread):
    """Counts a file's statements beside the bulk loader (which runs without the GIL)."""

    def __init__(self, path: Path, fmt):
        super().__init__(name="aikg-count", daemon=True)
        self.path, self.fmt = path, fmt
        self.count: int | None = None
        self.stop = False

    def run(self) -> None:
        try:
            n = 0
            if self.fmt in LINE_FORMATS:
                with open(self.path, "rb") as f:
                    for block in _blocks(f, os.fstat(f.fileno()).st_size):
                        c = _statements(block)
                        if c is None or self.stop:
                            return
                        n += c
            else:
                for _ in ox.parse(path=str(self.path), format=self.fmt):
                    n += 1
                    if self.stop:
                        return
            self.count = n
        except (SyntaxError, OSError, ValueError):
            pass


def _room(directory: Path, need: int) -> bool:
    try:
        st = os.statvfs(directory)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize >= need


def load_file(store: ox.Store, path: Path, fmt, to_graph=None, *, count: bool = True,
              store_dir: Path | None = None) -> int | None:
    """See LocalStore.bulk_load. Slices only for an on-disk store (`store_dir`) with ample free
    space: a write failing after the slices have parsed (a full disk) could leave some of
    them loaded, where the one-piece load leaves nothing."""
    kw = {"to_graph": to_graph} if to_graph is not None else {}
    if fmt in LINE_FORMATS and store_dir is not None:
        size = path.stat().st_size
        k = min(_cpus(), MAX_SLICES, size // SLICE_MIN_BYTES)
        if k > 1 and _room(store_dir, 4 * size):
            done, n, why = _load_slices(store, path, fmt, kw, k)
            if done:
                return n if count else None
            if isinstance(why, SyntaxError):
                # the message a one-piece load gives (line numbers of the whole file), found
                # by a parse in little memory
                for _ in ox.parse(path=str(path), format=fmt):
                    pass
    counter = _Counter(path, fmt) if count else None
    if counter:
        counter.start()
    try:
        store.bulk_load(path=str(path), format=fmt, **kw)
    except BaseException:
        if counter:
            counter.stop = True
        raise
    if not counter:
        return None
    counter.join()
    return counter.count
