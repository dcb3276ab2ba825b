"""Graph metadata for completion: an immutable snapshot, built by a few SPARQL queries on a
background thread and swapped in atomically (like pgcli's completion_refresher).

Typing never waits on the store: the completer reads whatever snapshot is current, which is
`Snapshot.empty()` until the first load finishes.
"""
from __future__ import annotations

import bisect
import re
import threading
import time
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@dataclass(frozen=True)
class Term:
    """A class or property: its IRI, label, how often the graph uses it, and a comment."""
    iri: str
    label: str = ""
    count: int = 0
    comment: str = ""


@dataclass(frozen=True)
class EntityInfo:
    iri: str
    label: str
    kind: str


@dataclass(frozen=True)
class QueryInfo:
    name: str
    summary: str
    params: tuple[tuple[str, str, bool], ...]   # (name, type, optional)


# ---------------------------------------------------------------------- name matching

_TOKEN_START = re.compile(r"(?<=[^A-Za-z0-9])[A-Za-z0-9]|(?<=[a-z0-9])[A-Z]")


def fold(text: str) -> str:
    return text.casefold()


class NameIndex:
    """Find names by what was typed: prefix of the whole name first, then prefix of a word
    inside it (`Cloud` -> "Alibaba Cloud", `Seg` -> "inSegment"), then an in-order subsequence
    (`algrp` -> "Alibaba Group"; four letters or more). Lookups are binary searches over
    sorted keys; only the subsequence pass scans every name."""

    def __init__(self, entries: Iterable[tuple[str, object]]):
        entries = list(entries)
        self._names = [n for n, _ in entries]
        self._items = [p for _, p in entries]
        self._folded = [fold(n) for n in self._names]
        pairs = sorted((f, i) for i, f in enumerate(self._folded))
        self._keys = [k for k, _ in pairs]
        self._keys_idx = [i for _, i in pairs]
        tok: list[tuple[str, int]] = []
        for i, name in enumerate(self._names):
            for m in _TOKEN_START.finditer(name):
                tok.append((fold(name[m.start():]), i))
        tok.sort()
        self._tkeys = [k for k, _ in tok]
        self._titems = [i for _, i in tok]

    def __len__(self) -> int:
        return len(self._names)

    def _range(self, keys: list[str], w: str) -> tuple[int, int]:
        lo = bisect.bisect_left(keys, w)
        hi = bisect.bisect_left(keys, w + "\U0010ffff")
        return lo, hi

    def search(self, word: str, limit: int = 200) -> list[tuple[tuple, str, object]]:
        """-> [(rank, name, payload)], best first. rank = (tier, length, folded name)."""
        w = fold(word)
        seen: set[int] = set()
        out: list[tuple[tuple, str, object]] = []
        if not w:
            for k, i in zip(self._keys[:limit], self._keys_idx[:limit]):
                out.append(((0, 0, k), self._names[i], self._items[i]))
            return out
        lo, hi = self._range(self._keys, w)
        for j in range(lo, min(hi, lo + limit)):
            i = self._keys_idx[j]
            seen.add(i)
            out.append(((0, len(self._keys[j]), self._keys[j]), self._names[i], self._items[i]))
        if len(out) < limit:
            lo, hi = self._range(self._tkeys, w)
            for j in range(lo, min(hi, lo + 4 * limit)):
                i = self._titems[j]
                if i in seen:
                    continue
                seen.add(i)
                name = self._names[i]
                out.append(((1, len(name), self._folded[i]), name, self._items[i]))
                if len(out) >= limit:
                    break
        if not out and len(w) >= 4:
            pat = re.compile(".*?".join(map(re.escape, w)))
            for i, f in enumerate(self._folded):
                m = pat.search(f)
                if m:
                    out.append(((2, m.end() - m.start(), f), self._names[i], self._items[i]))
            out.sort(key=lambda r: r[0])
            out = out[:limit]
        out.sort(key=lambda r: r[0])
        return out


# ---------------------------------------------------------------------- the snapshot

def _local(iri: str, prefixes: Mapping[str, str]) -> tuple[str, str] | None:
    """IRI -> (prefix, local name) for the longest matching namespace."""
    best = None
    for p, ns in prefixes.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(prefixes[best])):
            best = p
    if best is None:
        return None
    return best, iri[len(prefixes[best]):]


@dataclass(frozen=True)
class Snapshot:
    ready: bool
    prefixes: Mapping[str, str]
    classes: tuple[Term, ...] = ()
    properties: tuple[Term, ...] = ()
    class_predicates: Mapping[str, frozenset] = field(default_factory=lambda: MappingProxyType({}))
    entities: tuple[EntityInfo, ...] = ()
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    saved_queries: tuple[QueryInfo, ...] = ()
    triples: int | None = None
    error: str = ""
    seconds: float = 0.0
    # indexes (built once, read-only afterwards)
    entity_index: NameIndex | None = None       # labels and aliases -> EntityInfo
    class_index: NameIndex | None = None         # local names and labels -> Term
    property_index: NameIndex | None = None      # local names and labels -> Term
    local_index: Mapping[str, NameIndex] = field(default_factory=lambda: MappingProxyType({}))  # prefix -> local names -> (kind, Term|EntityInfo)
    query_index: NameIndex | None = None

    @classmethod
    def empty(cls, error: str = "") -> "Snapshot":
        from ..rdf import PREFIXES
        return cls(ready=False, prefixes=MappingProxyType(dict(PREFIXES)), error=error)

    @classmethod
    def build(cls, classes: list[Term], properties: list[Term], class_predicates: dict[str, set[str]],
              entity_rows: list[tuple[str, str, str, bool]], queries: list[QueryInfo],
              triples: int | None, prefixes: Mapping[str, str] | None = None, seconds: float = 0.0) -> "Snapshot":
        """entity_rows: (iri, kind, text, is_preferred_label)."""
        from ..rdf import PREFIXES
        prefixes = dict(prefixes or PREFIXES)
        pref: dict[str, str] = {}
        kind: dict[str, str] = {}
        for iri, k, text, is_pref in entity_rows:
            if is_pref and iri not in pref:
                pref[iri] = text
            kind.setdefault(iri, k)
        entities: dict[str, EntityInfo] = {}
        for iri, k, text, _ in entity_rows:
            if iri not in entities:
                entities[iri] = EntityInfo(iri, pref.get(iri, text), kind.get(iri, k))
        names = []
        seen_pairs = set()
        for iri, _, text, _ in entity_rows:
            if (iri, text) in seen_pairs:
                continue
            seen_pairs.add((iri, text))
            names.append((text, entities[iri]))
        labels = {iri: e.label for iri, e in entities.items()}
        for t in classes + properties:
            if t.label:
                labels.setdefault(t.iri, t.label)

        def term_names(terms: list[Term]):
            out = []
            for t in terms:
                loc = _local(t.iri, prefixes)
                out.append((loc[1] if loc else t.iri, t))
                if t.label and (not loc or fold(t.label) != fold(loc[1])):
                    out.append((t.label, t))
            return out

        by_prefix: dict[str, list] = {}
        for t in classes:
            loc = _local(t.iri, prefixes)
            if loc:
                by_prefix.setdefault(loc[0], []).append((loc[1], ("class", t)))
        for t in properties:
            loc = _local(t.iri, prefixes)
            if loc:
                by_prefix.setdefault(loc[0], []).append((loc[1], ("property", t)))
        for e in entities.values():
            loc = _local(e.iri, prefixes)
            if loc:
                by_prefix.setdefault(loc[0], []).append((loc[1], ("entity", e)))
        return cls(
            ready=True,
            prefixes=MappingProxyType(prefixes),
            classes=tuple(classes),
            properties=tuple(properties),
            class_predicates=MappingProxyType({c: frozenset(ps) for c, ps in class_predicates.items()}),
            entities=tuple(entities.values()),
            labels=MappingProxyType(labels),
            saved_queries=tuple(queries),
            triples=triples,
            seconds=seconds,
            entity_index=NameIndex(names),
            class_index=NameIndex(term_names(classes)),
            property_index=NameIndex(term_names(properties)),
            local_index=MappingProxyType({p: NameIndex(v) for p, v in by_prefix.items()}),
            query_index=NameIndex([(q.name, q) for q in queries]),
        )


# ---------------------------------------------------------------------- loading from a store

_CLASSES_USED = "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c"
_CLASSES_DECLARED = f"""SELECT ?c ?label ?comment WHERE {{
  {{ ?c a <{OWL}Class> }} UNION {{ ?c a <{RDFS}Class> }}
  FILTER(isIRI(?c))
  OPTIONAL {{ ?c <{RDFS}label> ?label }}
  OPTIONAL {{ ?c <{RDFS}comment> ?comment }}
}}"""
_PROPS_USED = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
_PROPS_DECLARED = f"""SELECT ?p ?label ?comment WHERE {{
  {{ ?p a <{OWL}ObjectProperty> }} UNION {{ ?p a <{OWL}DatatypeProperty> }} UNION {{ ?p a <{RDF}Property> }}
  UNION {{ ?p a <{OWL}AnnotationProperty> }}
  OPTIONAL {{ ?p <{RDFS}label> ?label }}
  OPTIONAL {{ ?p <{RDFS}comment> ?comment }}
}}"""
_CLASS_PREDICATES = "SELECT DISTINCT ?c ?p WHERE { ?s a ?c ; ?p ?o }"


def _val(row, name: str) -> str:
    t = row[name]
    return "" if t is None else t.value


def load(store) -> Snapshot:
    """Query the store for everything completion needs. Runs on a background thread."""
    t0 = time.perf_counter()
    classes: dict[str, Term] = {}
    for r in store.query(_CLASSES_USED):
        iri = _val(r, "c")
        if iri:
            classes[iri] = Term(iri, count=int(_val(r, "n") or 0))
    for r in store.query(_CLASSES_DECLARED):
        iri = _val(r, "c")
        old = classes.get(iri, Term(iri))
        classes[iri] = Term(iri, old.label or _val(r, "label"), old.count, old.comment or _val(r, "comment"))
    props: dict[str, Term] = {}
    for r in store.query(_PROPS_USED):
        iri = _val(r, "p")
        props[iri] = Term(iri, count=int(_val(r, "n") or 0))
    for r in store.query(_PROPS_DECLARED):
        iri = _val(r, "p")
        old = props.get(iri, Term(iri))
        props[iri] = Term(iri, old.label or _val(r, "label"), old.count, old.comment or _val(r, "comment"))
    cp: dict[str, set[str]] = {}
    for r in store.query(_CLASS_PREDICATES):
        cp.setdefault(_val(r, "c"), set()).add(_val(r, "p"))
    from ..linking import label_index
    idx = label_index(store, refresh=True)
    rows = []
    for lst in idx.by_norm.values():
        for iri, kind, text in lst:
            rows.append((iri, idx.kind.get(iri, kind), text, idx.pref.get(iri) == text))
    queries = []
    try:
        from ..queries import catalogue
        for q in catalogue().values():
            queries.append(QueryInfo(q.name, q.summary, tuple((p.name, p.type, p.optional) for p in q.params)))
    except Exception:  # a broken catalogue must not stop completion
        pass
    triples = None
    try:
        triples = len(store)
    except TypeError:
        try:
            for r in store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
                triples = int(_val(r, "n"))
        except Exception:
            triples = None
    return Snapshot.build(sorted(classes.values(), key=lambda t: t.iri), sorted(props.values(), key=lambda t: t.iri),
                          cp, rows, queries, triples, seconds=time.perf_counter() - t0)


class MetadataRefresher:
    """Holds the current snapshot; `refresh()` rebuilds it on a daemon thread and swaps it in.
    A refresh asked for while one runs restarts it once the running one ends."""

    def __init__(self, store, on_ready: Callable[[Snapshot], None] | None = None,
                 loader: Callable[[object], Snapshot] = load):
        self.store = store
        self.current: Snapshot = Snapshot.empty()
        self.on_ready = on_ready
        self._loader = loader
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self.loading = False
        self.generation = 0

    def refresh(self) -> bool:
        """Start a background refresh; False when one was running (it will run again)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return False
            self.loading = True
            self._thread = threading.Thread(target=self._run, name="aikg-metadata", daemon=True)
            self._thread.start()
            return True

    def _run(self) -> None:
        while True:
            try:
                snap = self._loader(self.store)
            except Exception as e:  # keep the old snapshot; say why in the toolbar
                msg = str(e).splitlines()[0] if str(e) else type(e).__name__
                old = self.current
                snap = Snapshot(**{**{f: getattr(old, f) for f in old.__dataclass_fields__}, "error": msg})
            self.current = snap          # one reference assignment: atomic for readers
            self.generation += 1
            with self._lock:
                again, self._again = self._again, False
                if not again:
                    self.loading = False
            if self.on_ready is not None:
                try:
                    self.on_ready(snap)
                except Exception:
                    pass
            if not again:
                return

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and benchmarks: block until the running refresh ends."""
        t = self._thread
        if t is not None:
            t.join(timeout)
            return not t.is_alive()
        return True
