"""Patterns that skip quickly to where a match can start.

`re` tries a pattern at every offset of the text. Most of ours open with optional parts ("more
than", "fiscal", "between") and alternations of many words, which it tries in turn at every
offset before failing; only patterns that open with a plain literal or character class get its
fast skip. `lead(pattern, flags)` compiles the pattern behind a lookahead for the characters a
match can start with, computed from the parsed pattern: at an offset where none of them is,
the lookahead fails at once and so would the pattern. The matches are the same, with the same
groups and spans; only the time differs (3-4x less on the value patterns of values.py).

When the first characters cannot be listed (the pattern can match an empty string, or opens
with `.`, a negated class or a back-reference) the pattern is compiled as it is. `LED` keeps
every (compiled, original pattern, flags) so the tests can compare each with its original.

A led pattern's compiled code is kept in the pattern cache (`aikg.pattern_cache`) and read
back at the next process start instead of parsing the pattern again.
"""
from __future__ import annotations

import re

from .. import pattern_cache

try:  # Python 3.11+; without them `lead` is plain `re.compile`
    import _sre
    from re import _compiler as K, _constants as C, _parser as P
except ImportError:  # pragma: no cover
    C = K = P = _sre = None

LED: list[tuple[re.Pattern, str, int]] = []
_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


class _Unknown(Exception):
    """The pattern's first characters cannot be listed."""


def _class_text(items) -> str:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY:
            out.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w",
                        C.CATEGORY_NOT_WORD: r"\W"}[av])
        else:  # NEGATE and anything unexpected
            raise _Unknown(op)
    return "".join(out)


def _first(items, ci: bool, out: dict[bool, list[str]]) -> bool:
    """Add the class text of what `items` (a parsed sequence) can start with to `out` (keyed by
    whether case is ignored there); return whether the sequence can match an empty string."""
    for op, av in items:
        if op is C.LITERAL:
            out[ci].append(re.escape(chr(av)))
            return False
        if op is C.IN:
            out[ci].append(_class_text(av))
            return False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the first character comes after
        if op is C.SUBPATTERN:
            _, add, drop, sub = av
            if not _first(sub.data, (ci or bool(add & C.SRE_FLAG_IGNORECASE)) and not drop & C.SRE_FLAG_IGNORECASE, out):
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(av.data, ci, out):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _first(alt.data, ci, out)
            if not empty:
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            if not _first(sub.data, ci, out) and lo > 0:
                return False
            continue
        raise _Unknown(op)  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …
    return True


def lookahead(pattern: str, flags: int = 0, tree=None) -> str | None:
    """`(?=…)` for the characters a match of `pattern` can start with, or None. `tree`: the
    pattern already parsed."""
    if P is None:
        return None
    tree = tree or P.parse(pattern, flags)
    out: dict[bool, list[str]] = {False: [], True: []}
    try:
        if _first(tree.data, bool(tree.state.flags & C.SRE_FLAG_IGNORECASE), out):
            return None  # it can match an empty string anywhere
    except _Unknown:
        return None
    parts = []
    if out[False]:
        parts.append(f"[{''.join(dict.fromkeys(out[False]))}]")
    if out[True]:
        parts.append(f"(?i:[{''.join(dict.fromkeys(out[True]))}])")
    return f"(?={'|'.join(parts)})"


def lead(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, with a lookahead for its first characters in front."""
    flags = int(flags)
    key = (pattern, flags, True)
    rx = pattern_cache.from_cache(key)
    if rx is not None:
        LED.append((rx, pattern, flags))
        return rx
    try:
        tree = P.parse(pattern, flags)
        la = lookahead(pattern, flags, tree)
    except Exception:  # noqa: BLE001 - anything unexpected: no lookahead (re.compile reports errors)
        tree = la = None
    if la is None:
        try:
            rx = pattern_cache.build(key, pattern, flags, tree) if tree is not None else re.compile(pattern, flags)
        except Exception:  # noqa: BLE001 - another Python's internals: compile the usual way
            rx = re.compile(pattern, flags)
    else:
        head = _GLOBAL_FLAGS.match(pattern)
        cut = head.end() if head else 0  # global flags must stay at the very start
        rx = _compile_with(tree, la, pattern[:cut] + la + pattern[cut:], flags, key)
    LED.append((rx, pattern, flags))
    return rx


def _compile_with(tree, la: str, full: str, flags: int, key: tuple = ()) -> re.Pattern:
    """Compile `full` (the pattern with `la` in front) from the pattern's parse with the
    lookahead's parse put in front, as `re.compile(full)` would, without parsing the pattern
    again (parsing is the slow part of compiling, and these run at import)."""
    try:
        tree.data.insert(0, P.parse(la, flags).data[0])
        return pattern_cache.build(key, full, flags, tree)
    except Exception:  # noqa: BLE001 - another Python's internals: compile the usual way
        return re.compile(full, flags)
