"""`Recogniser.find(text, doc_aliases)` remembered across documents (issue 11, the news-feed shape).

A feed restates the same sentences and names in article after article (of 29,439 sentences in 1,000
feed articles, 4,561 are distinct), and the focus model asks `find` of the same names again for every
document. `find(text, doc_aliases)` depends on the text, the recogniser (its gazetteer, fixed in a
process, and `gated`) and, of the document's aliases, only on those written inside the text, in the
aliases' order: `find` skips every alias not in the text, and the one other look-up it makes
(`" ".join(full.split()) in doc_aliases`, whether the span of "<alias> <Words> unit" is an alias
itself) asks for a substring of the text whenever the text's blanks are single spaces. So the key is
(text, those aliases); a text with other blanks (a tab, a line break, two spaces) is not remembered.
`segment_doc` calls (segment leads) are not remembered either.

The answer is a fresh list each time (the mentions are frozen records).
"""
from __future__ import annotations

_SIZE = 8192   # (sentences and names: the size of the other per-sentence caches, values._CACHE_SIZE)
_memo: dict = {}
_owner: list = [None]   # the recogniser the memo's answers are of


def find(rec, text: str, doc_aliases: dict[str, tuple[str, str]]) -> list:
    """`rec.find(text, doc_aliases)`, remembered per (text, the aliases the text holds)."""
    if " ".join(text.split()) != text:
        return rec.find(text, doc_aliases)
    if _owner[0] is not rec:
        _memo.clear()
        _owner[0] = rec
    key = (text, rec.gated, tuple([(a, v) for a, v in doc_aliases.items() if a in text]) if doc_aliases else ())
    got = _memo.get(key)
    if got is None:
        if len(_memo) >= _SIZE:
            _memo.clear()
        got = _memo[key] = tuple(rec.find(text, doc_aliases))
    return list(got)


def clear() -> None:
    """Forget every answer (bench/extract_speed.clear_caches does so between timed passes)."""
    _memo.clear()
    _owner[0] = None
