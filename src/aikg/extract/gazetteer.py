"""The gazetteer: well-known names and aliases from graph/gazetteer.ttl (reference data only)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

NS = "https://aikg.dev/ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass
class Entry:
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None       # label of a Country entry
    parent: str | None = None        # label of the company a unit belongs to (a hint only)


@dataclass
class Gazetteer:
    entries: list[Entry]

    def by_label(self, kind: str, label: str) -> Entry | None:
        for e in self.entries:
            if e.kind == kind and e.label == label:
                return e
        return None

    def names(self) -> list[tuple[str, Entry]]:
        """(surface form, entry) for every label and alias."""
        out = []
        for e in self.entries:
            for n in [e.label, *e.aliases]:
                out.append((n, e))
        return out


def _default_path() -> Path:
    from ..store import data_dir
    return data_dir() / "gazetteer.ttl"


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Gazetteer:
    p = Path(path) if path else _default_path()
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    links: dict[tuple[str, str], str] = {}
    for t in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE):
        s, pr, o = t.subject.value, t.predicate.value, t.object
        if pr == TYPE and o.value.startswith(NS):
            kinds[s] = o.value[len(NS):]
        elif pr == RDFS_LABEL:
            labels[s] = o.value
        elif pr == ALT:
            aliases.setdefault(s, []).append(o.value)
        elif pr in (NS + "country", NS + "parentHint"):
            links[(s, pr[len(NS):])] = o.value
    entries = []
    for s in sorted(kinds):
        country = links.get((s, "country"))
        parent = links.get((s, "parentHint"))
        entries.append(Entry(kinds[s], labels.get(s, s), sorted(aliases.get(s, [])),
                             labels.get(country) if country else None,
                             labels.get(parent) if parent else None))
    return Gazetteer(entries)
