"""A name found as a whole word in a text without building a regular expression for it.

`re.findall(rf"(?<![\\w-]){re.escape(name)}(?![\\w-])", text)` compiles a new pattern for every
new name: about one compile per article per call site (a third of a millisecond each), and the
compiled patterns push the extractor's fixed ones out of `re`'s cache of 512, so those are
compiled again too. These give the same answers with `str.find`: a word character is what `\\w`
matches (`str.isalnum()` or "_"), and a hyphen also joins words.
"""
from __future__ import annotations

from typing import Iterator


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch == "-"


def word_starts(text: str, word: str, left_only: bool = False) -> Iterator[int]:
    """Where `word` starts as a whole word (no word character or hyphen on either side), left
    to right and not overlapping: the matches of `(?<![\\w-])WORD(?![\\w-])`; with `left_only`,
    of `(?<![\\w-])WORD` (anything may follow)."""
    if not word:
        return
    n, i = len(word), text.find(word)
    while i >= 0:
        end = i + n
        if (i == 0 or not _joins(text[i - 1])) and (left_only or end == len(text) or not _joins(text[end])):
            yield i
            i = text.find(word, i + 1 if left_only else end)
        else:
            i = text.find(word, i + 1)


def count_word(text: str, word: str) -> int:
    """How many times `word` stands as a whole word in `text`."""
    return sum(1 for _ in word_starts(text, word))


def has_word(text: str, word: str) -> bool:
    """Whether `word` stands as a whole word in `text`."""
    return next(word_starts(text, word), None) is not None


def _whole_ends(text: str, word: str) -> Iterator[int]:
    """Where `word` starts with no word character or hyphen right after it (overlapping, left to right)."""
    n, i = len(word), text.find(word)
    while i >= 0:
        if i + n == len(text) or not _joins(text[i + n]):
            yield i
        i = text.find(word, i + 1)


def _capitalised_before(text: str, at: int) -> int:
    """Where the capitalised word or initial that blanks part from text[at:] starts ("Jane " or
    "R. " before it), or -1."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == at:
        return -1
    if k >= 2 and text[k - 1] == "." and "A" <= text[k - 2] <= "Z":
        return k - 2
    m = k
    while m > 0 and "a" <= text[m - 1] <= "z":
        m -= 1
    return m - 1 if m < k and m > 0 and "A" <= text[m - 1] <= "Z" else -1


def after_capitalised(text: str, word: str) -> bool:
    """Whether some whole-word `word` (no word character or hyphen after it) follows a capitalised
    word or an initial and blanks ("Jane Roe", "R. Roe"): what a pattern
    `(?:[A-Z][a-z]+|[A-Z]\\.)[ \\t]+WORD(?![\\w-])` needs before it can match, checked without
    building it."""
    return bool(word) and any(_capitalised_before(text, i) >= 0 for i in _whole_ends(text, word))


def after_name_run(text: str, word: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether some whole-word `word` ends a run of capitalised words or initials, each followed by
    blanks, where one word of the run follows a lower-case letter or a comma and a space, or one of
    `titles` ("CEO") and a space: what `(?:(?<=[a-z,] )|(?<=\\bTITLE ))(?:(?:[A-Z][a-z]+|[A-Z]\\.)[ \\t]+)+WORD(?![\\w-])`
    needs before it can match (the run read from `word` back to its first word), checked without
    building it."""
    if not word:
        return False
    for i in _whole_ends(text, word):
        p = _capitalised_before(text, i)
        while p >= 0:
            if p >= 2 and text[p - 1] == " " and (text[p - 2] == "," or "a" <= text[p - 2] <= "z"):
                return True
            for t in titles:
                b = p - 1 - len(t)
                if b >= 0 and text[p - 1] == " " and text.startswith(t, b) \
                        and (b == 0 or not (text[b - 1].isalnum() or text[b - 1] == "_")):
                    return True
            p = _capitalised_before(text, p)
    return False


def framed(text: str, name: str, before, after) -> bool:
    """Whether `text` writes `name` (as written) between `before` and `after`: what
    `re.search(BEFORE + re.escape(name) + AFTER, text)` finds, without compiling a pattern for the name
    (issue45s: a pattern holding a title or legal-form family cost ~0.5-1 ms to compile, for each new
    name). `before` is that pattern ending in `\\Z` and crossing no line break (it is searched on the
    name's line up to the name); `after` the pattern matched right after the name. Every place the
    name starts is tried, overlapping ones too."""
    n, i = len(name), text.find(name)
    while i >= 0:
        if after.match(text, i + n) is not None and before.search(text, text.rfind("\n", 0, i) + 1, i) is not None:
            return True
        i = text.find(name, i + 1)
    return False
