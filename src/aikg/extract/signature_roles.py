"""The roles of a document's signature blocks (`signatures.signature_blocks`) as Role facts (issue33p).

Each signer with a registry title holds it at the organisation the block writes — the document's
company when the written name is it (legal form aside: "For Acme Platforms Limited" of Acme
Platforms), an entity the document names, else a company of that name (the block's text is its
evidence) — or, when the block writes none, at the document's company. A role the sentence readers
already gave (same person, same role) is not given twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .. import records as r
from .legal_forms import LEGAL_END
from .relations import normalise_roles
from . import people_forms, people_tables
from .signatures import signature_blocks

_ORG_KINDS = ("Company", "Organization", "Segment")


# (issue40o) in any case: a conformed signature's "CIPHER MINING INC." is the filer Cipher Mining
_LEGAL_END_ANY_CASE = re.compile(LEGAL_END.pattern, re.I)


def _bare(label: str) -> str:
    """A name folded for comparison, its legal form aside ("Zscaler, Inc." → "zscaler")."""
    return " ".join(_LEGAL_END_ANY_CASE.sub("", label).replace(",", " ").split()).lower()


def block_roles(text: str, doc_id: str, main: r.EntityRef | None, known: Iterable[r.EntityRef],
                facts: list) -> tuple[list[r.Role], list[tuple[r.EntityRef, r.Evidence]]]:
    """The Role facts of the text's signature blocks not among `facts`, and the organisations they
    name that no reader knew (with the block as the evidence they were found in)."""
    # (a table's rows naming people with their titles are read as blocks are: issue36p, `people_tables`)
    # (an officer's form block, with the day the office starts or ends, first: issue49o, `people_forms`)
    blocks = people_forms.blocks(text) + signature_blocks(text) + people_tables.rows(text) if ("\n" in text) else ()
    if not blocks:
        return [], []
    by_name: dict[str, r.EntityRef] = {}
    for e in known:
        if e.kind in _ORG_KINDS:
            by_name.setdefault(_bare(e.label), e)
    if main is not None:
        by_name[_bare(main.label)] = main
    have = {(f.person.label, f.role) for f in facts if f.kind == "role"}
    out: list[r.Role] = []
    new_orgs: list[tuple[r.EntityRef, r.Evidence]] = []
    for b in blocks:
        quote = text[b.start:b.end]
        if not quote.strip():
            continue
        ev = r.Evidence(doc=doc_id, start=b.start, end=b.end, quote=quote)
        org = main
        if b.org_text:
            org = by_name.get(_bare(b.org_text))
            if org is None:
                label = " ".join(LEGAL_END.sub("", b.org_text).rstrip(" ,").split()) or b.org_text
                org = r.EntityRef(kind="Company", label=label)
                by_name[_bare(b.org_text)] = org
                new_orgs.append((org, ev))
        for t in b.titles:
            for role in normalise_roles(t):
                if (b.name, role) in have:
                    continue
                have.add((b.name, role))
                out.append(r.Role(person=r.EntityRef(kind="Person", label=b.name), organization=org, role=role,
                                  role_text=t, evidence=ev, status=b.status, since=b.since, until=b.until))
    return out, new_orgs
