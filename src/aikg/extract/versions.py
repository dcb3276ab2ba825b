"""Which name is a version of which: "RapidX 3.0" of "RapidX", "cotomi v2" of "cotomi",
"CoolSiC MOSFET 400 V G2" of "CoolSiC MOSFET" when the document names both.

A name is a version of another when it is that name followed only by version tokens (a number
"3.0", "v2", "4.5"; a model or generation token "G2", "X1", "Gen 5"; a unit letter before one,
"400 V"; an edition word "Pro", "Turbo", "Light" after a number). The version keeps the maker
the document gives its base (a model's developer) when it names none of its own: "NEC's own
language model, cotomi, is now in version cotomi v2" (probe8 NEC), "tsuzumi, its in-house large
language model … In October it released tsuzumi 2" (probe5 NTT). Pure functions.
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .literal import _joins

THING_KINDS = ("Product", "AIModel", "Application")
_EDITION = r"Pro|Max|Plus|Turbo|Ultra|Mini|Nano|Flash|Lite|Light|Instruct|Omni|Vision|Reasoner|Air|Edge|Thinking"
# one token after the base: a number, a model/generation token, a unit letter, an edition word
_TOKEN = rf"(?:v?\d{{1,4}}(?:\.\d{{1,2}})*[A-Za-z]{{0,3}}|Gen\s?\d{{1,2}}|[A-Z]{{1,5}}\d{{1,4}}[A-Za-z]?|[A-Z]|{_EDITION})"
_TAIL = plain(rf"(?:[ -]{_TOKEN})+")


def version_tail(name: str, base: str) -> bool:
    """Whether `name` is `base` followed only by version tokens, at least one with a digit or
    the base a versioned name itself ("A.X 4.0 Light" of "A.X 4.0")."""
    if len(name) <= len(base) or not name.startswith(base):
        return False
    tail = name[len(base):]
    return _TAIL.fullmatch(tail) is not None and (re.search(r"\d", tail) is not None or re.search(r"\d", base) is not None)


def _bases(label: str):
    """The names `label` may be a version of, longest first: it less its last tokens, while
    what is cut is version tokens ("GT Sophy 2.1" -> "GT Sophy")."""
    toks = label.split(" ")
    for k in range(len(toks) - 1, 0, -1):
        base = " ".join(toks[:k])
        if version_tail(label, base):
            yield base


def versions(entities, facts: list, text: str, evidence_of, known=frozenset()) -> tuple[list, list]:
    """(new entities, facts): VersionOf for each of the document's products, models and apps
    whose name is another's with version tokens after it — that other an entity of the
    document, or a name the document also uses on its own ("GT Sophy" beside "GT Sophy 2.1"), then
    a discovered entity of the version's kind, unless the gazetteer (`known`) has it; and a
    version's developer, from its base's, when it has none. `evidence_of(kind, label)` is the
    first sentence naming it (or None)."""
    things = {e.label: e for e in entities if e.kind in THING_KINDS}
    # names that are units ("Americas 1", "Americas 2": numbered market units, not versions)
    units = [e.label for e in entities if e.kind == "Segment"]
    dev = {f.model.label: f.developer for f in facts if f.kind == "developed_by"}
    new: dict[str, r.Entity] = {}
    out = []
    # a product named after its maker ("Acme 2.0" by Acme, the article's company): the bare name
    # is the company, never a product of its own; so is a name the document gives the company (its ticker "SNTS"
    # in a ticker tape's "SNTS 27 450 FCFA", probe35 06 sonatel)
    companies = {n for e in entities if e.kind == "Company" for n in (e.label, *e.aliases)}
    for e in list(things.values()):
        base = None
        for b in _bases(e.label):
            if b in companies:
                break
            if b in things or b in new:
                base = things.get(b) or new[b]
                break
            if e.discovered and b not in known and len(b) > 2 and _on_its_own(text, b) \
                    and not any(u.startswith(b + " ") for u in units):
                ev = evidence_of(b)
                if ev is not None:
                    base = new[b] = r.Entity(kind=e.kind, label=b, discovered=True, evidence=ev)
                    break
        ev = evidence_of(e.label) if base is not None else None
        if ev is None:
            continue
        item, b = r.EntityRef(kind=e.kind, label=e.label), r.EntityRef(kind=base.kind, label=base.label)
        out.append(r.VersionOf(item=item, base=b, evidence=ev))
        if e.kind == "AIModel" and e.label not in dev and base.label in dev:
            out.append(r.DevelopedBy(model=item, developer=dev[base.label], evidence=ev))
    return list(new.values()), out


_NOT_ON_ITS_OWN = plain(rf"[\w-]|[ -](?:{_TOKEN}(?![\w])|[A-Z])")   # (what follows a name that is part of a longer one)


def _on_its_own(text: str, name: str) -> bool:
    """Whether `text` names `name` as a whole name: not followed by a version token or another
    capitalised word ("Kling AI" is another name than "Kling")."""
    # (what `(?<![\w-])NAME(?![\w-]|[ -](?:TOKEN(?![\w])|[A-Z]))` finds, without building a pattern per name:
    # each place `name` starts after no word character or hyphen, then the fixed look-ahead there)
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not _joins(text[at - 1])) and _NOT_ON_ITS_OWN.match(text, at + len(name)) is None:
            return True
        at = text.find(name, at + 1)
    return False
