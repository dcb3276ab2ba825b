"""Who makes a product, model, chip or platform: read from the clause around its name.

The maker of a thing named in a sentence is, in this order (the first that holds):

1. a company named in a possessive right before it: "Nvidia's RTX 9 GPUs", "KT's own model, X";
2. "by X" after a launch or develop verb after it: "Harrow, developed by Pellucid, …";
3. the clause's subject, when a launch or develop verb of the verb lexicon (`verbs.py`) stands
   between that subject and the thing: "Pellucid unveiled Quarry 3", "Its research arm developed
   Harrow", "The company released Quill 2" (a pronoun or "the company" is the article's company);
4. the article's company, when the thing is the clause's own topic and a launch or develop verb
   with no "by" follows it: "Tessel X2, a chip introduced in May, …", "The Tessel X2 … launched
   in September" — an article's unowned product launch is its own company's (not for a name the
   gazetteer knows: a well-known model or chip is someone else's).

A host verb ("hosts", "offers", "gives access to", "such as") between the subject and the thing
vetoes 3 and 4: a cloud offering third-party models does not make them. Pure functions over a
sentence's mentions.
"""
from __future__ import annotations

import re

from .. import records as r
from . import verbs
from .relations import SentenceContext, ref
from ..pattern_cache import plain

THING_KINDS = ("Product", "AIModel", "ModelFamily", "Application", "Project")
_MAKER_KINDS = ("Company", "Segment")
_POSSESSIVE = plain(r"(?:'s|’s)\s+(?:(?:own|new|latest|flagship|in-house|proprietary|next-generation|first)\s+|[\w-]+\s+){0,5}?(?:[\w-]+\s*,\s*)?$")
_OWN = plain(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:company|group|firm)['’]s)\s+(?:[\w-]+\s+){0,5}?(?:[\w-]+\s*,\s*)?$")
_BY = plain(r"\s*(?:,\s*)?(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,5}?(?:developed|built|made|created|designed|launched|released|unveiled|introduced|trained)\s+by\s+$")
_COREF_START = plain(r"^\s*(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s+)?(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:company|group|firm)|[Ii]t|[Tt]hey)\b")
_CLAUSE_CUT = plain(r";|\.\s|,\s+(?:and|but|while|whereas)\s|\s[-–—]\s")


def _clause_start(text: str, pos: int) -> int:
    cut = 0
    for m in _CLAUSE_CUT.finditer(text, 0, pos):
        cut = m.end()
    return cut


def _verb_between(relations: tuple[str, ...], text: str, a: int, b: int) -> bool:
    return any(verbs.find(rel, text, a, b) for rel in relations)


def hosted(ctx: SentenceContext, thing) -> bool:
    """Whether the clause only hosts, offers or gives access to `thing` ("a service giving
    developers access to models such as X", "it offers X alongside Y")."""
    return _verb_between(("host",), ctx.text, _clause_start(ctx.text, thing.start), thing.start)


def maker(ctx: SentenceContext, thing) -> r.EntityRef | None:
    """The company that launches or develops `thing` (a Mention), when the clause says so."""
    t = ctx.text
    pre = t[:thing.start]
    # 1. the maker's name before the thing's ("Nvidia H100") or a possessive ("KT's own model, X")
    lead = ctx.before(thing.start, _MAKER_KINDS)
    if lead is not None and t[lead.end:thing.start] == " " and lead.kind == "Company":
        return ref(lead)
    pm = _POSSESSIVE.search(pre)
    if pm:
        owner = ctx.before(pm.start() + 1, _MAKER_KINDS)
        if owner is not None and owner.end == pm.start():
            return ref(owner)
    # 2. "… developed by X"
    for x in ctx.mentions:
        if x.start > thing.end and x.kind in _MAKER_KINDS and _BY.fullmatch(t[thing.end:x.start]):
            return ref(x)
    lo = _clause_start(t, thing.start)
    if hosted(ctx, thing):
        return None
    # 3. the clause's subject, a launch/develop verb before the thing
    if _verb_between(("launch", "develop"), t, lo, thing.start):
        last = max(h.end for rel in ("launch", "develop") for h in verbs.find(rel, t, lo, thing.start))
        if verbs.find("hardware", t, last, thing.start):
            return None  # relations rule runs-on-model: "built a platform running on X": X is not its own
        subj = next((x for x in ctx.mentions if lo <= x.start < thing.start and x.kind in _MAKER_KINDS), None)
        if _COREF_START.match(t[lo:]) and ctx.state.main_company is not None and (subj is None or _OWN.search(pre)):
            return ctx.state.main_company
        if subj is not None:
            return ref(subj)
        if _OWN.search(pre) and ctx.state.main_company is not None:
            return ctx.state.main_company
        return None
    if _OWN.search(pre) and ctx.state.main_company is not None:
        return ctx.state.main_company  # "its own large language model, Quill"
    # 4. the thing is the clause's topic, a launch/develop verb after it with no agent
    others = [x for x in ctx.mentions if lo <= x.start < thing.start and x.kind in _MAKER_KINDS]
    if not others and ctx.state.main_company is not None and thing.source != "gazetteer":  # a well-known name is someone else's
        hi = _CLAUSE_CUT.search(t, thing.end)
        after = _ASIDE.sub(" ", t[thing.end:hi.start() if hi else len(t)])
        for rel in ("launch", "develop"):
            for h in verbs.find(rel, after, 0, 80):
                if _OWN_PREDICATE.fullmatch(after[:h.start]) and not re.match(r"\s*by\b", after[h.end:]):
                    return ctx.state.main_company
    return None


# what may stand between a thing's name and its own launch verb: an apposition's head ("Tessel X2,
# a phone chip introduced …") or a passive auxiliary ("Quill 2 was released …"); a comma-enclosed
# aside ("The Tessel X2, built on …, launched …") is cut out first
_ASIDE = plain(r",\s+(?!(?:a|an)\s)[^,;]*,")
_OWN_PREDICATE = plain(r"\s*(?:,\s*(?:a|an)\s+(?:[\w-]+\s+){0,5}?)?(?:(?:was|is|were|are|has\s+been|had\s+been)\s+)?(?:first\s+|officially\s+|formally\s+)?")
