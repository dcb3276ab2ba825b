"""Which growth answers: the reported one unless the question names another basis. A figure's
change may be stated on a basis other than the reported one (`kg:changeBasis`: at constant
currency, in local currency, organic; extract/change_bases.py), and a company often gives both
("up 8.1% in dollars; in local-currency terms growth was 17%"). A question naming a basis ("How
fast did revenue grow in local currency?") is answered by the change on that basis; one naming
none by the reported change of the same figure, when the documents give it.

`by_basis(question, rows)`: the figure rows kept (pure; the rows' order kept).
"""
from __future__ import annotations

import re

from .extract.change_bases import BASES, basis_named
from .wording import _s

_OTHER_BASES = frozenset(b.name for b in BASES)
# the words a measure may carry that name no other figure ("total revenue" is the revenue)
_WHOLE = re.compile(r"^(?:total|group|consolidated|overall)\s+")


def _figure(row: dict) -> tuple[str, str]:
    return _s(row, "subjectLabel"), _WHOLE.sub("", _s(row, "measure").lower())


def _same_period(a: dict, b: dict) -> bool:
    # (an undated change is no counterpart of a dated one: the figure's period may be another)
    return _s(a, "periodLabel") == _s(b, "periodLabel")


def by_basis(question: str, rows: list[dict]) -> list[dict]:
    """The rows answering the basis asked: with a basis named, every row but a change on another
    of the bases; with none named, every row but a change on another basis whose figure (subject,
    measure, period) also has a reported change."""
    asked = basis_named(question)
    if asked is not None:
        # (a range stated on the basis asked may carry another word on its low end: "a sequential change
        # of -0.5% to +1.5% in constant currency" reads the -0.5% as sequential: only another of the
        # bases is left out)
        return [r for r in rows if _s(r, "changeBasis") not in _OTHER_BASES - {asked}]
    reported = [r for r in rows if "change" in r and _s(r, "changeBasis") not in _OTHER_BASES]
    return [r for r in rows
            if _s(r, "changeBasis") not in _OTHER_BASES
            or not any(_figure(o) == _figure(r) and _same_period(o, r) for o in reported)]
