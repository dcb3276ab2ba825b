"""Rule party-role (issue39f): a court's, a tribunal's or a regulator's document calls the parties by
their procedural role ("Plaintiff appeals …", "The Complainant states …", "The Applicant proposes …"),
capitalised as a name, far more often than by their names. The role word is never a company: it
stands for the party the document names in that role, which takes its clauses, possessives and
figures (focus_score.score_candidates folds them into the party's name); a role the document binds
to no name is no candidate at all. The document binds a role to its party in one of four forms:

- a caption: the party's name on one line, ending in a comma, the role on the next
  ("FLEXENTIAL CORP.,\\nPlaintiff,");
- "The <Role> is <Name>" ("The Complainant is Africell Global Holdings Limited, United Kingdom");
- a defined term: `<Name> ("<Short>" or "the <Role>")` (the role then stands for the short name);
- a US filing's cover page: "<Name>" over "(Name of Issuer)" or "(Exact name of registrant …)" (the
  class nouns Issuer and Registrant, bound by this form only).

A party that is a person ("Mr D. Okafor"), or a name the gazetteer knows as other than a company,
takes nothing: the role word is then dropped only.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .legal_forms import LEGAL_FORM
from .rule_record import RuleRecord

PARTY_ROLE = RuleRecord(
    "party-role",
    "a procedural role capitalised as a name (Plaintiff, Complainant, Applicant, …) is no company: it "
    "stands for the party the document binds it to (a caption, 'The Complainant is X', 'X (\"the "
    "Applicant\")'), whose evidence it is",
    ("focusset28 held 24 flexential_taxappeal (a tax court's decision: the caption 'NAME,' / 'Plaintiff,', "
     "then 'Plaintiff appeals …', 'operated by Plaintiff', 'Plaintiff's appraiser')",
     "focusset27 held 15 africell_udrp (a WIPO panel decision: 'The Complainant is NAME …', then 'The "
     "Complainant states …', 'the Complainant's mark')",
     "focusset23 held 23 kenyapower_tariff (a regulator's notice: 'NAME (\"Short\" or \"the Applicant\")', "
     "then 'The Applicant proposes capital expenditure of …')"),
    ("VELMORA DATA LLC,\nPetitioner,\nv.\nCOUNTY ASSESSOR,\nRespondent. … Petitioner operates … (invented)",
     "The Claimant is Orsk Fibre Holdings Limited, Ireland. … The Claimant states … (invented)"))

# the procedural roles of a case, a complaint or an application (generic words, no names)
ROLES = ("Plaintiff", "Defendant", "Petitioner", "Respondent", "Appellant", "Appellee", "Applicant",
         "Complainant", "Claimant", "Licensee", "Permittee", "Registrant", "Objector", "Intervenor")
ROLE_WORDS = frozenset(ROLES) | frozenset(r + "s" for r in ROLES)
_ROLE = "(?:" + "|".join(ROLES) + ")s?"
_NAME = rf"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and|de))*(?:,?[ \t]+{LEGAL_FORM})?"
_CAPTION = plain(rf"^[ \t]*(?P<name>[A-Z][^\n,]{{1,80}}?(?:,?[ \t]+{LEGAL_FORM})?),[ \t]*\n[ \t]*(?P<role>{_ROLE})[,.][ \t]*$",
                 re.M)
_IS = plain(rf"\b[Tt]he[ \t]+(?P<role>{_ROLE})[ \t]+(?:is|are)[ \t]+(?P<name>{_NAME})")
_DEFINED = plain(rf"(?P<name>{_NAME})[ \t]*\((?P<inner>[^()\n]{{0,60}}?)[\"“](?:the[ \t]+)?(?P<role>{_ROLE})[\"”][^()\n]{{0,20}}\)")
_SHORT = plain(r"[\"“](?P<short>[A-Z][^\"”\n]{1,30})[\"”]")
# (issue39f) a US filing's cover page binds "the Issuer" / "the Registrant" to the name above its
# bracketed label: "Ribbon Communications Inc.\n(Name of Issuer)" (a Schedule 13D, focusset26 13),
# "CIPHER MINING INC.\n(Exact name of registrant as specified in its charter)" (an 8-K, focusset22 05);
# "Issuer" is a class noun (focus_score.CLASS_NOUNS), bound here only, never dropped
_COVER = plain(r"^[ \t]*(?P<name>[A-Z][^\n:;(|]{1,80}?)[ \t]*\n[ \t]*\((?:Name[ \t]+of[ \t]+(?:the[ \t]+)?(?P<role>Issuer|Registrant)"
               r"|Exact[ \t]+name[ \t]+of[ \t]+(?P<role2>registrant|issuer)\b[^)\n]*)\)[ \t]*$", re.M)
_ANY_ROLE = plain(rf"(?<![\w-]){_ROLE}(?![\w-])")
_HONORIFIC = plain(r"^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?(?:[ \t]|$)")
_LEAD = plain(r"^(?:The|A|An)[ \t]+")


def party_bindings(body: str) -> dict[str, str | None]:
    """Rule party-role (PARTY_ROLE): each role word `body` uses as a name -> the party it binds it
    to, or None (bound to no name, or to a person)."""
    out: dict[str, str | None] = {}
    if "(Name of" in body or "(Exact name of" in body:
        for m in _COVER.finditer(body):
            out.setdefault((m.group("role") or m.group("role2")).capitalize(), m.group("name").strip(" ,"))
    if not any(r in body for r in ROLES):
        return out
    for rx in (_CAPTION, _IS, _DEFINED):
        for m in rx.finditer(body):
            name = _LEAD.sub("", m.group("name").strip(" ,"))
            short = _SHORT.search(m.group("inner")) if "inner" in m.groupdict() and m.group("inner") else None
            if short is not None:   # the short name the definition gives it: 'X PLC ("X" or "the Applicant")'
                name = short.group("short")
            role = m.group("role")
            if role in out and out[role] is not None:
                continue
            out[role] = None if not name or _HONORIFIC.match(name) or name in ROLE_WORDS else name
    for m in _ANY_ROLE.finditer(body):
        out.setdefault(m.group(0), None)
    return out
