"""A short name two companies of one document share (issue45n): the first word a parent and its
subsidiary both open with ("Techno" of "Techno Electric & Engineering Company Limited" and of its
subsidiary "Techno Digital Infra Private Limited"). The document reads each company's first word as
another name of it, first come first served; the subsidiary, written with a legal form the parent's
line lacked, took the shared word, and a question's "Techno Electric" found the subsidiary.

Rule (a named record): shared-head. A single-word short name that opens the names of two companies
of the document is the document's own company's (the focus, the filer) when it is one of them and the
text introduces the word's holder as a subsidiary, unit or arm. Else the word is left as it was
(tried: dropped when neither company is the document's; "Reliance" of a Jio Platforms story and "CITIC"
of a filing whose company pass 1 reads then lost mentions of a company the text names by it).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .legal_forms import core_name, same_company
from .rule_record import RuleRecord

SHARED_HEAD = RuleRecord(
    "shared-head",
    "a first word that opens the names of two companies of one document (a parent and its subsidiary) names the "
    "document's own company, the issuer, whose filing it is, when the text introduces the other as a subsidiary, "
    "unit or arm ('its subsidiary, <Name>', '<Name>, the … unit of …'; not 'a subsidiary of <Name>'): a short name "
    "is one company's",
    ("probe33 02 technoelectric_bse_clarification ('Techno Electric & Engineering Company Limited' and 'its "
     "wholly-owned subsidiary, Techno Digital Infra Private Limited', which held 'Techno')",
     "probe22 06 heliostowers_bond_offering ('Helios Towers Finance plc (a wholly owned subsidiary of Helios Towers "
     "plc)': 'Helios' is the parent's, the document's company)",
     "kindcheck32 periods 03 kiritsubo_h1_news ('Kiritsubo's US subsidiary, Kiritsubo Advanced Materials Inc.': "
     "'Kiritsubo' is the news story's company)"),
    ("Marlowe Grid & Engineering Company Limited … its wholly-owned subsidiary, Marlowe Cloud Services Private "
     "Limited … Marlowe expects … ('Marlowe' the parent's, invented)",),
)


def _head(label: str) -> str:
    toks = label.split()
    return toks[0].casefold() if toks else ""


def said_subsidiary(label: str, body: str) -> bool:
    """Whether `body` introduces the company `label` as a subsidiary, unit or arm ("its wholly-owned
    subsidiary, <Name> Private Limited", "<Name>, the … unit of …")."""
    n = r"\s+".join(re.escape(t) for t in label.split())
    return plain(rf"\bsubsidiar(?:y|ies)\b[\s,:]+(?:(?!of\b)[\w-]+\s+){{0,3}}?{n}(?![\w-])"
                 rf"|(?<![\w-]){n}\b[^.\n]{{0,80}}\b(?:subsidiary|unit|arm)\b").search(body) is not None


def settle_shared_heads(doc_aliases: dict[str, tuple[str, str]], own: str | None, body: str) -> list[str]:
    """Rule shared-head on `doc_aliases` (short name -> (kind, label)), `own` the document's company
    (or None): each single-word company name that is the first word of its company's label and of
    another company's label of the document goes to `own` when `own` is one of them and the text introduces
    the word's holder as a subsidiary, unit or arm (`said_subsidiary`). The words changed, in order."""
    heads: dict[str, set[str]] = {}   # a first word, case folded -> the company labels it opens
    for kind, label in doc_aliases.values():
        if kind == "Company" and " " in label.strip():
            heads.setdefault(_head(label), set()).add(label)
    if own is not None and " " in own.strip():
        heads.setdefault(_head(own), set()).add(own)
    single = {core_name(label).casefold() for kind, label in doc_aliases.values() if kind == "Company"}
    changed: list[str] = []
    for alias, (kind, label) in list(doc_aliases.items()):
        if kind != "Company" or " " in alias.strip() or alias.casefold() != _head(label) or alias.casefold() in single:
            continue   # (a company named by the word alone, "CITIC" of "CITIC Limited", keeps its name)
        labels = heads.get(alias.casefold(), set())
        distinct: list[str] = []
        for lab in sorted(labels):
            if not any(same_company(lab, d) for d in distinct):
                distinct.append(lab)
        if len(distinct) < 2:
            continue
        if own is not None and any(same_company(own, d) for d in distinct) and not same_company(label, own) \
                and said_subsidiary(label, body):
            doc_aliases[alias] = ("Company", own)
            changed.append(alias)
    return changed
