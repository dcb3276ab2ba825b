"""A sentence as the people readers read it: Markdown emphasis markers around a name go.

A name set in bold at the start of a line keeps its markers after cleaning (`clean.py` keeps a
line-leading "**Label:**" as a list's label), so "**Mani Vembu**, who became chief executive" or
"- **Khalid Al Mannai**, Group Chief Executive Officer, **Batelco**" would hide the name from the
readers' patterns (probe21 Zoho analysis, probe22 Batelco panel recap, probe22 Helios Towers bond
summary "Chief Executive Officer: **Tom Greenwood**."). `unemphasised` drops the markers (and the
blank a cleaned marker leaves before a comma) and maps each offset of the result back to the text.
"""
from __future__ import annotations

from functools import lru_cache

from ..pattern_cache import plain

# (issue36p) a title set in italics, single asterisks: "X, *presidente y consejero delegado* (chairman
# and CEO)" (probe26 Izertis daily, a translated title in italics as translations set them; probe26
# Dustin's signature "*Authorised Public Accountant, Auditor in charge*")
_MARK = plain(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])|(?<=\w) +(?=,)")


@lru_cache(maxsize=4096)
def unemphasised(text: str) -> tuple[str, tuple[int, ...]]:
    """`text` without emphasis markers, and for each offset of it (and its end) the offset in `text`."""
    if "*" not in text and "__" not in text and " ," not in text:
        return text, ()
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _MARK.finditer(text):
        out.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    out.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(out), tuple(where)


def back(offsets: tuple[int, ...], at: int | None) -> int | None:
    """The offset in the original text of offset `at` of the unemphasised one."""
    if at is None or not offsets:
        return at
    return offsets[min(at, len(offsets) - 1)]
