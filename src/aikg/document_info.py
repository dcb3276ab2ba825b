"""What the store says about its documents that answers need beside the facts: the date each
was published (`dcterms:date`, which places a fiscal period named without dates) and which came
with the bundled graph (a user's own documents are listed first). Store lookups cached per
store object, and one pure function."""
from __future__ import annotations

import weakref
from collections.abc import Mapping
from datetime import date
from urllib.parse import unquote

from pyoxigraph import Literal

from .store_cache import cached
from .wording import _s

_DATE_OF = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://aikg.dev/ns#>
SELECT ?date WHERE {{ ?d rdfs:label {doc} ; a kg:Document ; dcterms:date ?date }} LIMIT 1"""
_ANY_DATE = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kg: <https://aikg.dev/ns#>
SELECT ?d WHERE { ?d a kg:Document ; dcterms:date ?date } LIMIT 1"""
_ALL_DATES = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://aikg.dev/ns#>
SELECT ?doc ?date WHERE { ?d a kg:Document ; rdfs:label ?doc ; dcterms:date ?date }"""
_DATES_CACHE: dict = {}   # store_cache.cached: id(store) -> (weak ref, version, PublicationDates)


class PublicationDates(Mapping):
    """{document label: the date it was published}, read from the store one document at a time
    as answers ask for it, and kept: a question looks up the documents of the rows it weighs,
    where reading every document's date cost ~0.9 s of each `aikg ask` on a 10,000-article store.
    Documents with no date are not in it."""

    def __init__(self, store):
        try:   # held weakly: store_cache keeps this object for as long as the store lives
            self._ref = weakref.ref(store)
        except TypeError:
            self._ref = lambda: store
        self._dates: dict[str, date | None] = {}
        self._any: bool | None = None

    @property
    def _store(self):
        store = self._ref()
        if store is None:
            raise ReferenceError("the store these dates were read from is closed")
        return store

    def __getitem__(self, doc: str) -> date:
        if doc not in self._dates:
            self._dates[doc] = self._read(doc)
        found = self._dates[doc]
        if found is None:
            raise KeyError(doc)
        return found

    def _read(self, doc: str) -> date | None:
        for r in self._store.query(_DATE_OF.format(doc=Literal(str(doc)))):
            try:
                return date.fromisoformat(r["date"].value[:10])
            except ValueError:
                return None
        return None

    def __bool__(self) -> bool:
        """Whether any document gives its date (without reading them all)."""
        if self._any is None:
            self._any = any(True for _ in self._store.query(_ANY_DATE))
        return self._any

    def __iter__(self):   # every dated document: reads them all (answers never need it)
        for r in self._store.query(_ALL_DATES):
            try:
                self._dates[r["doc"].value] = date.fromisoformat(r["date"].value[:10])
            except ValueError:
                continue
            yield r["doc"].value

    def __len__(self) -> int:
        return sum(1 for _ in self)


def document_dates(store) -> PublicationDates:
    """{document label: the date it was published}, for the documents that give one, looked up
    as asked (cached per store and version, as linking.label_index)."""
    return cached(_DATES_CACHE, store, lambda: PublicationDates(store))


_BUNDLED = """SELECT ?v WHERE { GRAPH <urn:aikg:meta> { <urn:aikg:meta:bundle-docs> <https://aikg.dev/ns#value> ?v } }"""


def bundled_documents(store) -> frozenset[str]:
    """The ids of the documents a store holds from the bundled graph (DESIGN: a new store starts
    with it unless --empty); empty for the bundled graph itself, an --empty store or a remote one."""
    try:
        found = [r["v"].value for r in store.query(_BUNDLED)]
    except Exception:
        return frozenset()
    return frozenset(unquote(iri.rsplit("/", 1)[-1]) for v in found for iri in v.split())


def own_documents_first(rows: list[dict], bundled: frozenset[str]) -> list[dict]:
    """Rows from the user's own documents before rows from the bundled graph's (stable): a
    question naming no company lists what the user ingested first (pure)."""
    if not bundled:
        return rows
    own = [r for r in rows if _s(r, "doc") not in bundled]
    return own + [r for r in rows if _s(r, "doc") in bundled] if own and len(own) < len(rows) else rows
