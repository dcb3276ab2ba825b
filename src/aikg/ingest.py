"""Ingest and build: files -> extraction -> one named graph per document in the store.

A document's graph is replaced in one transaction (new documents: one bulk load, then the facts
graph's deletes; `LocalStore.replace_documents`), so a killed ingest leaves each document either
as it was or as it is now. Re-ingesting unchanged bytes is a no-op (content hash).
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import threading
import unicodedata
from decimal import Decimal
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from . import IngestResult
from .errors import AikgError
from .rdf import FACTS_GRAPH, KG, PREFIXES, extraction_quads, fact_iri, ref_iri, reference_quads
from .records import Extraction

ONTOLOGY_GRAPH = ox.NamedNode("urn:aikg:ontology")


def _read(path: Path) -> bytes:
    from .extract.clean import MAX_BYTES, check_size
    try:
        with open(path, "rb") as f:
            check_size(os.fstat(f.fileno()).st_size, path.name)
            data = f.read(MAX_BYTES + 1)  # bounded even for /dev/zero and growing files
    except OSError as e:
        raise AikgError(f"{path}: cannot read ({e.strerror})") from None
    check_size(len(data), path.name)
    return data


def extractor_version() -> str:
    """What made a document's graph: the extractor's rules version (`EXTRACTOR_VERSION` in
    extract/pipeline.py, a number bumped on purpose whenever the extraction of a text changes).
    A document stored by another version (or by a version with a code digest, before session 16)
    is extracted again on its next ingest, even when its bytes are unchanged. A comment, a
    refactoring or a speed-up under extract/ keeps the version, so it no longer re-extracts a
    whole store (~25 CPU s per 1,000 feed articles, ~4 CPU minutes at 10,000). A change of
    output without a bump fails tests/test_extractor_stamp.py, which extracts fixed articles
    and compares their quads with the fingerprint recorded for the version."""
    from .extract.pipeline import EXTRACTOR_VERSION
    return EXTRACTOR_VERSION


FINGERPRINT_DOCS = 3      # articles per design-pool probe set in the extraction fingerprint


def fingerprint_files(root: Path) -> list[Path]:
    """The fixed articles whose extraction the fingerprint covers: the first FINGERPRINT_DOCS
    (by name) of each design-pool probe set under tests/data/firstcontact (probe16 and probe17,
    held out, are never read)."""
    out = []
    for d in sorted(root.glob("probe*/docs")):
        if d.parent.name in ("probe16", "probe17"):
            continue
        out += sorted(p for p in d.iterdir() if p.is_file())[:FINGERPRINT_DOCS]
    return out


def extraction_fingerprint(files: list[Path]) -> str:
    """A digest of what the extractor writes for `files` (each document's graph, the facts
    graph and the reference graph, in a fresh in-memory store, sorted as `build` sorts them)."""
    from .store import LocalStore
    store = LocalStore.memory("fingerprint")
    ingest_files(store, files, stamp=False)
    h = hashlib.sha256()
    for q in sorted(store.quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))):
        h.update(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n".encode())
    return h.hexdigest()


def _extract(path_str: str) -> tuple[str, Extraction | None, str]:
    """Worker: returns (path, extraction or None, error message)."""
    from .extract.pipeline import extract_bytes
    path = Path(path_str)
    try:
        data = _read(path)
        return path_str, extract_bytes(data, path.name), ""
    except AikgError as e:
        return path_str, None, str(e)
    except (MemoryError, RecursionError):
        raise
    except Exception as e:   # a fault of the extractor on this text: the other documents still go in
        return path_str, None, f"extraction failed ({type(e).__name__}: {e}); nothing of it was written (a bug in aikg: please report it with the file)"


def _write_batch(store, batch: list[tuple[str, list[ox.Quad]]], reference: list[ox.Quad]) -> None:
    """Write a batch of documents' graphs and what the gazetteer knows about their entities
    (the reference graph: added, never replaced). A local store does it in one transaction;
    a remote one document by document, each in one update request."""
    many = getattr(store, "replace_documents", None)
    if many is not None:
        many(batch, reference)
        return
    for doc, quads in batch:
        store.replace_document(doc, quads)
    if reference:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in reference)
        store.update(f"INSERT DATA {{ GRAPH {reference[0].graph_name} {{\n{body}\n}} }}")


FLUSH_QUADS = 300_000     # quads written between flushes of an on-disk store's write buffers:
                          # RocksDB keeps a buffer per index until it fills, and one long ingest
                          # grew to ~1 GB after 2,000 feed articles without this


class _Writer:
    """Writes one batch at a time on a background thread: the store releases the GIL while it
    writes, so the next batch is extracted meanwhile. `wait` returns once the batch in flight
    is written (and raises what its write raised)."""

    def __init__(self, store):
        self.store = store
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.unflushed = 0         # quads written since the store's write buffers were last flushed

    def submit(self, batch, reference) -> None:
        self.wait()

        def run():
            try:
                _write_batch(self.store, batch, reference)
                self.unflushed += sum(len(q) for _, q in batch) + len(reference)
                if self.unflushed >= FLUSH_QUADS and hasattr(self.store, "flush"):
                    self.store.flush()
                    self.unflushed = 0
                    if hasattr(self.store, "compact"):
                        self.store.compact()      # when its files have doubled (store.COMPACT_GROWTH)
            except BaseException as e:  # noqa: BLE001 - raised on the caller's thread by wait()
                self._error = e

        self._thread = threading.Thread(target=run, name="aikg-ingest-write")
        self._thread.start()

    def done(self) -> bool:
        """Whether no batch is in flight (the last one submitted is written, or failed)."""
        return self._thread is None or not self._thread.is_alive()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            e, self._error = self._error, None
            raise e


def _investments_of(store, investor: ox.NamedNode) -> list[tuple[ox.NamedNode, str | None, set]]:
    """(investment, horizon, {(currency, value)}) for every investment of `investor` in the
    facts graph: pattern lookups on a local store's indexes (the cost grows with the investor's
    distinct investments, never with the number of documents), one SPARQL query on a remote."""
    ox_store = getattr(store, "ox", None)
    if not isinstance(ox_store, ox.Store):
        rows = store.query(
            f"SELECT ?inv ?h ?c ?v WHERE {{ GRAPH {FACTS_GRAPH} {{ ?inv kg:investor {investor} ; kg:amount ?m . "
            f"?m kg:currency ?c ; kg:value ?v OPTIONAL {{ ?inv kg:horizon ?h }} }} }}")
        out: dict = {}
        for r in rows:
            inv = out.setdefault(r["inv"].value, [r["inv"], r["h"].value if r["h"] else None, set()])
            inv[2].add((r["c"].value, Decimal(r["v"].value)))
        return [tuple(v) for v in out.values()]

    def objects(s, p):
        return [q.object for q in ox_store.quads_for_pattern(s, p, None, FACTS_GRAPH)]

    out = []
    for q in ox_store.quads_for_pattern(None, KG("investor"), investor, FACTS_GRAPH):
        inv = q.subject
        horizon = next((h.value for h in objects(inv, KG("horizon"))), None)
        amounts = set()
        for m in objects(inv, KG("amount")):
            for c in objects(m, KG("currency")):
                for v in objects(m, KG("value")):
                    amounts.add((c.value, Decimal(v.value)))
        out.append((inv, horizon, amounts))
    return out


def _resolve_investments(store, ex: Extraction, known: dict | None = None) -> dict[int, ox.NamedNode]:
    """Reuse the IRI of an investment already in the store that shares an amount with this one
    (same investor, currency and value; horizons not contradicting). `known` caches each
    investor's investments over a batch of documents and gains this document's (which the
    store does not hold until the batch is written)."""
    out = {}
    known = {} if known is None else known
    for i, f in enumerate(ex.facts):
        if f.kind != "investment" or not f.amounts:
            continue
        own = fact_iri(f)
        investor = ref_iri(f.investor)
        if investor.value not in known:
            known[investor.value] = sorted(_investments_of(store, investor), key=lambda x: x[0].value)
        for a in f.amounts:
            hits = [inv for inv, h, amounts in known[investor.value]
                    if inv != own and (a.currency, a.value) in amounts
                    and (h is None or f.horizon is None or h == f.horizon)]
            if hits:
                out[i] = hits[0]
                break
    for i, f in enumerate(ex.facts):   # what this document adds, for the next ones in the batch
        if f.kind != "investment" or not f.amounts:
            continue
        iri = out.get(i, fact_iri(f))
        entries = known[ref_iri(f.investor).value]
        amounts = {(a.currency, a.value) for a in f.amounts}
        for k, (inv, h, have) in enumerate(entries):
            if inv == iri:
                entries[k] = (inv, h if h is not None else f.horizon, have | amounts)
                break
        else:
            entries.append((iri, f.horizon, amounts))
            entries.sort(key=lambda x: x[0].value)
    return out


BATCH_DOCS = 1000         # documents written in one write (AIKG_INGEST_BATCH overrides it)…
BATCH_QUADS = 500_000     # …or fewer, when they hold about this many quads (the estimate: 30 per
                          # fact; ~470,000 quads for 1,000 feed articles). Each write is one bulk
                          # load whose index files overlap the whole store, and RocksDB merges them
                          # into its lower level in the background, a cost that grows with the
                          # store: two ingests of 1,000 articles into a 10,000-article store took
                          # 48 CPU s in batches of 1,000 against 62 in batches of 256, RocksDB's
                          # threads 14 s against 26 (bench/ingest-batch-s16.md). Peak RSS about
                          # 780 MB (two batches live: one written while the next is extracted).


def _batch_docs() -> int:
    try:
        return max(1, int(os.environ.get("AIKG_INGEST_BATCH", BATCH_DOCS)))
    except ValueError:
        return BATCH_DOCS


GC_THRESHOLD = (50_000, 50, 100)   # while ingesting: extraction and quads allocate millions of
                                   # short-lived objects, and the default (700, 10, 10) scanned the
                                   # pending batch's extractions again and again (~4 % of the CPU)


def ingest_files(store, files: list[Path], progress: Callable[[IngestResult], None] | None = None,
                 jobs: int = 1, stamp: bool = True) -> list[IngestResult]:
    """Extract and write documents. Documents are written in batches, each batch in one
    transaction (an interrupted ingest leaves every document as it was or as it is now) on a
    background thread while the next batch is extracted. The garbage collector runs less often
    meanwhile, and not over what was loaded before (the gazetteer, compiled patterns).

    A document already stored with the same bytes is skipped ("unchanged") when the same
    extractor made its graph (`extractor_version`, kept in the graph as kg:extractor when
    `stamp`); stored by another version (or before versions were kept), it is extracted again.
    `build` does not stamp: the bundled graph stays the same for the same extraction."""
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        return _ingest_files(store, files, progress, jobs, extractor_version() if stamp else None)
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def _same_extraction(store, doc: str, data: bytes, version: str | None) -> bool:
    """Whether the store holds `doc` with these bytes, extracted by this extractor version."""
    if store.document_hash(doc) != hashlib.sha256(data).hexdigest():
        return False
    made_by = getattr(store, "document_extractor", None)   # a store that cannot tell: bytes only
    return version is None or made_by is None or made_by(doc) == version


def _ingest_files(store, files: list[Path], progress: Callable[[IngestResult], None] | None,
                  jobs: int, version: str | None) -> list[IngestResult]:
    results: list[IngestResult] = []
    seen: dict[str, str] = {}
    todo: list[Path] = []
    for path in files:
        doc = path.stem
        if doc in seen:
            r = IngestResult(str(path), doc, "skipped", f"same document name as {seen[doc]}; rename one of them")
            results.append(r)
            progress and progress(r)
            continue
        seen[doc] = str(path)
        try:
            if any(unicodedata.category(c) in ("Cc", "Cs") for c in doc):  # controls, undecodable bytes
                raise AikgError("the file name is not valid UTF-8 text (or has control characters); rename it")
            data = _read(path)
        except AikgError as e:
            r = IngestResult(str(path), doc, "skipped", str(e))
            results.append(r)
            progress and progress(r)
            continue
        if _same_extraction(store, doc, data, version):
            r = IngestResult(str(path), doc, "unchanged", "already in the store")
            results.append(r)
            progress and progress(r)
            continue
        todo.append(path)
    pool = None
    if jobs > 1 and len(todo) > 1:
        if multiprocessing.get_start_method() == "fork":  # workers inherit it instead of each building it
            from .extract.entities import recogniser
            recogniser()
        pool = ProcessPoolExecutor(max_workers=jobs)
    writer = _Writer(store)
    pending: list[tuple[str, str, Extraction | None, str]] = []   # (path, doc, extraction, error)
    reported: list[IngestResult] = []                               # written, to report

    def report():
        for r in reported:
            results.append(r)
            progress and progress(r)
        reported.clear()

    def flush():
        writer.wait()              # the previous batch is in the store: resolve against it
        report()
        batch, reference, known = [], [], {}
        for path_str, doc, ex, err in pending:
            if ex is None:
                reported.append(IngestResult(path_str, doc, "skipped", err))
                continue
            existed = store.document_hash(doc) is not None
            batch.append((doc, extraction_quads(ex, _resolve_investments(store, ex, known), ordered=False,
                                                extractor=version)))
            reference.extend(reference_quads(ex))
            reported.append(IngestResult(path_str, doc, "replaced" if existed else "added", "", len(ex.facts),
                                         len(ex.claims)))
        pending.clear()
        if batch:
            writer.submit(batch, reference)
        else:
            report()

    try:
        if pool is not None:  # in order, as they come: documents are written while workers extract
            extracted = pool.map(_extract, [str(p) for p in todo], chunksize=4)
        else:
            extracted = (_extract(str(p)) for p in todo)
        size, most = 0, _batch_docs()
        for path_str, ex, err in extracted:
            if reported and writer.done():   # the batch in flight is written: say so now, not
                writer.wait()                # when the next batch is full (a batch of 1,000
                report()                     # documents would be reported 1,000 extractions late)
            pending.append((path_str, Path(path_str).stem, ex, err))
            size += len(ex.facts) * 30 if ex is not None else 0   # ~quads per fact, with evidence
            if len(pending) >= most or size >= BATCH_QUADS:
                flush()
                size = 0
        flush()
        writer.wait()
        report()
    finally:
        try:
            writer.wait()          # a batch in flight is written whole (or not at all) before we leave
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)  # on an error, extract no more
    store.flush()
    if hasattr(store, "compact"):
        store.compact()   # only when the files doubled since the store was last compacted (amortised:
                          # a feed ingested 1,000 articles at a time no longer pays a compaction of
                          # the whole store at the end of each; `aikg compact` does it on demand)
    return results


def ontology_quads() -> list[ox.Quad]:
    from .store import data_dir
    return [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
            for t in ox.parse(path=str(data_dir() / "ontology.ttl"), format=ox.RdfFormat.TURTLE)]


def build(corpus: Path, out: Path, progress: Callable[[IngestResult], None] | None = None) -> tuple[Path, list[IngestResult]]:
    """Rebuild the bundled graph from a corpus folder: byte-identical for the same input."""
    from . import collect_documents
    from .store import BUNDLE_FILE, LocalStore

    files, skipped = collect_documents([corpus])
    store = LocalStore.memory("build")
    store.ox.extend(ontology_quads())
    results = skipped + ingest_files(store, sorted(files, key=lambda p: p.name), progress=progress, stamp=False)
    quads = sorted(store.quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    target = out / BUNDLE_FILE
    tmp = target.with_suffix(".tmp")
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes={k: v for k, v in PREFIXES.items() if k != "sh"})
    try:
        out.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:  # temp file + rename: a reader sees the old file or the new one
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except OSError as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise AikgError(f"cannot write {target}: {e.strerror or e}") from None
    return target, results
