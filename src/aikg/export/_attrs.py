"""Shared helpers for the graph writers: attribute schemas, XML text, progress."""
from __future__ import annotations

import re
from typing import Iterable

FIRST = ("label", "type", "category", "color", "iri", "documents", "quote", "evidence", "aliases",
         "predicate")

# Characters XML 1.0 cannot carry at all (controls other than tab/newline/return, surrogates,
# U+FFFE/U+FFFF): dropped from every text the XML writers emit.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff&<>]")


def xml_text(value: object) -> str:
    s = str(value)
    if _SPECIAL.search(s) is None:
        return s
    s = _BAD_XML.sub("", s)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ATTR_SPECIAL = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff&<>\"]")


def xml_attr(value: object) -> str:
    s = str(value)
    if _ATTR_SPECIAL.search(s) is None:
        return s
    s = xml_text(s).replace('"', "&quot;")
    # keep newlines and tabs in attribute values (attribute-value normalisation would eat them)
    return s.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def kind_of(values: Iterable) -> str:
    """boolean | long | double | string: the narrowest type that holds every value."""
    seen = set()
    for v in values:
        if isinstance(v, bool):
            seen.add("boolean")
        elif isinstance(v, int):
            seen.add("long")
        elif isinstance(v, float):
            seen.add("double")
        else:
            return "string"
    if not seen:
        return "string"
    if seen == {"boolean"}:
        return "boolean"
    if "boolean" in seen:
        return "string"
    if seen == {"long"}:
        return "long"
    return "double"


def schema(items: Iterable[dict], skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    """[(attribute, kind)] over all nodes or edges, well-known attributes first."""
    values: dict[str, list] = {}
    skip = set(skip)
    for attrs in items:
        for k, v in attrs.items():
            if k not in skip:
                values.setdefault(k, []).append(v)
    names = [k for k in FIRST if k in values] + sorted(k for k in values if k not in FIRST)
    return [(k, kind_of(values[k])) for k in names]


def as_kind(value, kind: str) -> str:
    """The text of a value for a typed column (GraphML/GEXF/CSV)."""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind == "long":
        return str(int(value))
    return str(value)


def edge_list(G) -> list[tuple[str, str, str, dict]]:
    """Edges in a stable order (as added: sorted by source IRI, target IRI, predicate)."""
    return [(u, v, k, a) for u, v, k, a in G.edges(keys=True, data=True)]


class Ticker:
    """Calls progress(done, total, what) every `step` items."""

    def __init__(self, progress, total: int, what: str, step: int = 20_000):
        self.progress, self.total, self.what, self.step = progress, total, what, step
        self.n = 0

    def tick(self) -> None:
        self.n += 1
        if self.progress is not None and self.n % self.step == 0:
            self.progress(self.n, self.total, self.what)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, self.what)
