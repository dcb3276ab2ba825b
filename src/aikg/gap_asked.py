"""Whether a disclosure gap the graph holds ("we do not disclose an orders forecast for FY2027")
is of the very thing a question asks: the gap's object (its noun phrase, up to the first clause
boundary) names nothing the question does not ask. Then the gap answers ("not disclosed") before
any claim or sentence about the company's other figures. Pure functions of the question text and
the gap's `missing` text."""
from __future__ import annotations

import re

from .pattern_cache import plain

# The gap's object ends at a clause boundary: what follows gives a reason or a circumstance
# ("AI revenue separately, and Kandiah declined ...", "... so our China sales are ...").
# Seen: probe23 05_lasertec_ir_qa ("do not disclose an orders forecast for FY2027"), probe23
# 07_rackspace_five_things ("does not disclose AI revenue separately, and ..."), probe17/probe21
# gaps of unit revenue not broken out.
GAP_OBJECT = {
    "name": "gap-object",
    "boundary": plain(r",|;|\s(?:and|but|so|because|as|when|which|while|since|although)\s"),
    "filler": frozenset({"a", "an", "the", "its", "their", "our", "any", "of", "for", "to", "in", "on", "by",
                         "separately", "specific", "specifically", "individual", "detailed", "details", "figure",
                         "figures", "number", "numbers", "amount", "how", "much", "is", "are", "from", "it", "this",
                         "that", "these", "those", "own", "explicit", "breakdown", "break", "out"}),
    "examples": ("we do not disclose an orders forecast for FY2027", "Keel does not disclose cloud revenue separately, and ..."),
}
PERIOD_WORD = plain(r"^(?:fy\d{2,4}|(?:19|20)\d\d|q[1-4]|h[12]|fiscal|year|quarter|half)$")


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def gap_object(missing: str) -> set[str]:
    """The content words of a gap's object: its text up to the first clause boundary, less
    fillers and period words."""
    head = GAP_OBJECT["boundary"].split(" " + missing + " ", maxsplit=1)[0]
    return {w for w in _words(head) if w not in GAP_OBJECT["filler"] and not PERIOD_WORD.match(w)}


def gap_covers(question: str, missing: str, names: tuple[str, ...] = ()) -> bool:
    """Whether the gap's object (gap_object) names only what the question asks: every one of
    its content words is a word of the question (the company's own name aside), and it has
    one that is not a name."""
    obj = gap_object(missing)
    named = {w for n in names for w in _words(n)}
    obj -= named
    return bool(obj) and obj <= set(_words(question))


__all__ = ["GAP_OBJECT", "gap_covers", "gap_object"]
