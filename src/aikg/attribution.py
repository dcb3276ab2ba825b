"""A name a question gives as the one who set a view on its subject, not as its subject: the
broker or research firm whose target, rating or estimate is asked ("What price target does
Harbour Crest have on Semtech?", "What's Lotus Harbour's target price for Inspur shares?"). The
graph may hold the subject's target without its setter; the name is then an attribution to
check against the documents, not an entity whose facts must answer. Pure functions of the
question text and the names it says (names_asked.unknown_names)."""
from __future__ import annotations

import re

from .linking import norm
from .pattern_cache import plain
from .wording import _s


# The views a firm sets on another company: a price target, a rating, an estimate.
VIEW = r"(?:(?:12|twelve)[-\s]month\s+)?(?:price\s+)?(?:targets?|target\s+price|price\s+objective|ratings?|recommendations?|estimates?|forecasts?|fair\s+value|valuation)"

# Where a name stands as the setter of the view asked. Seen at first contact in two sets of
# different sources: probe20 p20-08-q07 ("Lotus Harbour's target price for Inspur shares", a
# brokerage note) and probe23 p23-06-q05 ("What price target does Harbour Crest have on
# Semtech?", a sell-side model summary).
ATTRIBUTION = {
    "name": "view-setter",
    # "NAME's price target", "NAME's rating on"
    "possessive": plain(r"^['’]s?\s+" + VIEW + r"\b"),
    # "what target does NAME have / set / put on", "which rating did NAME give"
    "verb_after": plain(r"^\s+(?:have|has|set|sets|put|puts|give|gives|assign|assigns|hold|holds|keep|keeps|raise|raised|cut|lowered)\b"),
    "view_before": plain(r"\b" + VIEW + r"\s+(?:does|did|has|have|is|was)\s+$"),
    # "according to NAME", "NAME analysts"
    "source_before": plain(r"\b(?:according\s+to|per|by|from)\s+$"),
    "examples": ("What's Velloch Research's price target for Keel?", "What rating does Orlo Securities have on Harbor?",
                 "What 12-month target did Pellam set for Norvik?"),
}
VIEW_ASKED = plain(r"\b" + VIEW + r"\b")


def view_setters(question: str, names: list[str]) -> list[str]:
    """The names (of `names`, as the question writes them) that stand as the setter of the
    target, rating or estimate asked; [] when the question asks no such view."""
    if not VIEW_ASKED.search(question.lower()):
        return []
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), question):
            before, after = question[:m.start()].lower(), question[m.end():].lower()
            if (ATTRIBUTION["possessive"].search(after)
                    or ATTRIBUTION["verb_after"].search(after) and ATTRIBUTION["view_before"].search(before)
                    or ATTRIBUTION["source_before"].search(before)):
                out.append(name)
                break
    return out


def other_setter(rows: list[dict], name: str) -> bool:
    """Whether the rows give their view as set by another than `name` (a setter stored, not it)."""
    setters = {norm(_s(r, "setByLabel")) for r in rows if _s(r, "setByLabel")}
    return bool(setters) and not any(norm(name) in s or s in norm(name) for s in setters)


__all__ = ["ATTRIBUTION", "other_setter", "view_setters"]
