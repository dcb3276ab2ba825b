"""The one reader of the quoted short forms a bracket defines (issue45n): `Acme Limited ("Acme" or the
"Company")`, `(hereinafter "Indeks" or "our Company")`, `("EITC" or "du")`, `("X", "Y" or "Z")`: each
bracket of quoted terms only, its terms in order, each with whether an article ("the", "our") stands
before it and the word that joins it to the term before ("or", "and", ","). Two readers used to read
these brackets, each its own pattern: rule bracket-defined-name (defined_names.py, the short forms a
document's companies get) and rule defined-second-form (focus_score.py, the second form a defined short
form's bracket gives the focus candidate); both read them here now, each output as before. The name a
bracket follows (`name_before`) is read here too: the quoted terms' bracket and a ticker's bracket
(listing_names.bracket_tickers) name the same way the company they follow."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..pattern_cache import plain
from .legal_forms import LEGAL_FORM


class BracketTerm(NamedTuple):
    text: str          # the quoted term, stripped
    article: bool      # "the" / "our" before it: a class noun's place ('the "Company"')
    joined_by: str     # "" for the first term, else "or", ", or", "and", ", and" or ","


_Q = r"(?P<a{i}>(?:the|our)[ \t]+)?[\"“](?P<b{i}>(?:the|our)[ \t]+)?(?P<t{i}>[^\"“”()\n]{{1,30}})[\"”]"
# "(hereinafter "X" or the "Company")", "("X")", "(the "Company" or "X")", "("X", "Y" or "Z")"
_BRACKET = plain(r"\([ \t]*(?:(?:hereinafter|hereafter)(?:[ \t]+(?:referred[ \t]+to[ \t]+as|called))?,?[ \t]*)?"
                 + _Q.format(i=0)
                 + "".join(rf"(?:[ \t]*(?P<j{i}>,|,?[ \t]+or|,?[ \t]+and)[ \t]+{_Q.format(i=i)})?" for i in range(1, 4))
                 + r"[ \t]*\)")


@lru_cache(maxsize=8)
def bracket_terms(body: str) -> dict[int, tuple[BracketTerm, ...]]:
    """Each bracket of quoted terms in `body`: the offset of its "(" -> its terms, in order."""
    if "(" not in body or ('"' not in body and "“" not in body):
        return {}
    out: dict[int, tuple[BracketTerm, ...]] = {}
    for m in _BRACKET.finditer(body):
        terms = []
        for i in range(4):
            t = m.group(f"t{i}")
            if t is None:
                continue
            j = " ".join(m.group(f"j{i}").replace(",", ", ").split()).replace(" ,", ",") if i else ""
            article = m.group(f"a{i}") is not None or m.group(f"b{i}") is not None
            terms.append(BracketTerm(t.strip(), article, j))
        out[m.start()] = tuple(terms)
    return out


# the name right before the bracket: capitalised words (any case), "&", "of", "and", a legal form's stops and commas
# (a comma only before a legal form: "On October 15, 2031, Acme LLC" is "Acme LLC"; no "and": "the Company and Acme
# A.Ş." is Acme's)
_NAME_BEFORE = plain(r"(?P<name>[A-Z][\w&'’.-]*(?:(?:,?[ \t]+" + LEGAL_FORM + r"|[ \t]+(?:[A-Z(][\w&'’.()-]*|&|of|de|du|\d[\w-]*)))*)[ \t,]*$")
_CUT_AT_LINK = plain(r"[ \t](?:and|And|AND)[ \t]+$")


def name_before(body: str, start: int) -> str | None:
    """The name the bracket at `start` follows: on its line, or the line before when it opens its line."""
    line_start = body.rfind("\n", 0, start) + 1
    before = body[line_start:start]
    if not before.strip():   # a letterhead: the name alone on the line above
        prev_end = line_start - 1
        if prev_end <= 0:
            return None
        before = body[body.rfind("\n", 0, prev_end) + 1:prev_end]
    m = _NAME_BEFORE.search(before[-160:])
    if m is None or _CUT_AT_LINK.search(before[-160:], 0, m.start()):
        return None   # (a name cut at "and": "Information and Communication Technologies ("ICT")" names no company)
    toks = m.group("name").split()
    while toks and toks[0] in ("The", "THE"):
        toks = toks[1:]
    return " ".join(toks).strip(" ,") or None
