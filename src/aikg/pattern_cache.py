"""Compiled regular expressions kept across process starts, like Python's bytecode cache.

Compiling the patterns of the extractor and of the question reader (parsing them, mostly) was
a third of the CPU of an `aikg ask` process start. `plain(pattern, flags)` is `re.compile`, and
`extract.lead.lead` builds on `build`/`from_cache`; the compiled code of each pattern they
compile is written at exit to one file per Python version and regex engine in the user's cache
directory (`cache_file()`), with those it held already, and read back at the next start: a
pattern found there is not parsed again. `AIKG_PATTERN_CACHE=0` turns the cache off;
a missing, damaged or unwritable file only means compiling as usual. Patterns must be the same
text in every process to be found (build alternations in a fixed order, not a set's).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array

try:  # CPython's regex engine; without it `plain` is `re.compile` and nothing is cached
    import _sre
    from re import _compiler as K, _parser as P
except ImportError:  # pragma: no cover
    K = P = _sre = None

_CODE = "I" if _sre is None or _sre.CODESIZE == 4 else "H"   # the array type of compiled code

_CACHE: dict | None = None   # (pattern, flags, led) -> (full pattern, flags, code bytes, groups, groupindex, indexgroup)
_USED: dict = {}              # the entries this process used: what the file gets at exit


def cache_file() -> str | None:
    """The pattern cache of this Python and regex engine, or None when the cache is off."""
    if _sre is None or os.environ.get("AIKG_PATTERN_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "aikg", f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.marshal")


def _cached() -> dict:
    global _CACHE
    if _CACHE is None:
        _CACHE = {}
        path = cache_file()
        if path is not None:
            try:
                with open(path, "rb") as f:
                    got = marshal.load(f)
                if isinstance(got, dict):
                    _CACHE = got
            except (OSError, EOFError, ValueError, TypeError):
                pass    # no file yet, or a damaged one: compile, and write a new one at exit
            atexit.register(_save)
    return _CACHE


MAX_ENTRIES = 3000   # patterns kept from other processes (ask's and ingest's differ); past it, the
                     # file keeps only this process's (patterns of older code go that way)


def _save() -> None:
    """Write the file's entries and those this process compiled, if it compiled any
    (atomically: a temporary file renamed over the old one)."""
    path = cache_file()
    have = _CACHE or {}
    if path is None or not _USED or all(k in have for k in _USED):
        return
    keep = {**have, **_USED}
    if len(keep) > MAX_ENTRIES:
        keep = _USED
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            marshal.dump(keep, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass    # a read-only or full disk: no cache, the patterns still compile


def from_cache(key: tuple) -> re.Pattern | None:
    if _sre is None or cache_file() is None:
        return None
    entry = _cached().get(key)
    if entry is None:
        return None
    try:
        full, flags, code, groups, groupindex, indexgroup = entry
        rx = _sre.compile(full, flags, array(_CODE, code).tolist(), groups, dict(groupindex), tuple(indexgroup))
    except Exception:  # noqa: BLE001 - an entry this Python cannot use: compile it again
        return None
    _USED[key] = entry
    return rx


def build(key: tuple, full: str, flags: int, tree) -> re.Pattern:
    """What `re.compile(full, flags)` gives, from `tree` (the parse of `full`), remembered
    under `key` for the cache file."""
    code = K._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    rx = _sre.compile(full, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    if cache_file() is not None:
        _cached()
        _USED[key] = (full, rx.flags, array(_CODE, code).tobytes(), tree.state.groups - 1,
                      dict(groupindex), tuple(indexgroup))
    return rx


def plain(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, read from the pattern cache when it holds it."""
    flags = int(flags)
    key = (pattern, flags, False)
    rx = from_cache(key)
    if rx is not None:
        return rx
    if _sre is None:
        return re.compile(pattern, flags)
    try:
        return build(key, pattern, flags, P.parse(pattern, flags))
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - another Python's internals: compile the usual way
        return re.compile(pattern, flags)
