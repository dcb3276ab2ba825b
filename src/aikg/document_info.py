"""What the store says about its documents that answers need beside the facts: the date each
was published (`dcterms:date`, which places a fiscal period named without dates) and which came
with the bundled graph (a user's own documents are listed first). Store lookups cached per
store object, and one pure function."""
from __future__ import annotations

from datetime import date
from urllib.parse import unquote

from .store_cache import cached
from .wording import _s

_DATES = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://aikg.dev/ns#>
SELECT ?doc ?date WHERE { ?d a kg:Document ; rdfs:label ?doc ; dcterms:date ?date }"""
_DATES_CACHE: dict = {}   # store_cache.cached: id(store) -> (weak ref, version, dates)


def document_dates(store) -> dict:
    """{document label: the date it was published}, for the documents that give one (cached
    per store and version, as linking.label_index)."""
    return cached(_DATES_CACHE, store, lambda: _read_dates(store))


def _read_dates(store) -> dict:
    out = {}
    for r in store.query(_DATES):
        try:
            out[r["doc"].value] = date.fromisoformat(r["date"].value[:10])
        except ValueError:
            continue
    return out


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
