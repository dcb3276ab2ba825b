"""What every process start computes the same way, kept across starts like Python's bytecode
cache: compiled regular expressions, and the saved queries' parsed `#+` headers.

Compiling the patterns of the extractor and of the question reader (parsing them, mostly) was a
third of the CPU of an `aikg ask` process start, and reading the saved queries' YAML headers
(importing PyYAML, then parsing 31 headers) another ~25 ms. `plain(pattern, flags)` is
`re.compile`, and `extract.lead.lead` builds on `build`/`from_cache`; `queries` keeps its parsed
headers in `Kept("query-headers")`. Each `Kept` is one marshal file in the user's cache
directory (`$XDG_CACHE_HOME/aikg/`, per Python version and regex engine), read once, written at
exit when this process added an entry (with the entries it held already, up to `MAX_ENTRIES`;
past that, only this process's). `AIKG_PATTERN_CACHE=0` turns it off; a missing, damaged or
unwritable file only means computing as usual. Keys must be the same in every process to be
found (patterns built from a set must list it in a fixed order).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from functools import lru_cache

try:  # CPython's regex engine; without it `plain` is `re.compile` and nothing is cached
    import _sre
    from re import _compiler as K, _parser as P
except ImportError:  # pragma: no cover
    K = P = _sre = None

# `re` keeps the patterns given to `re.search(r"…", text)` and the like as text compiled, up to
# `re._MAXCACHE` (512), and when full drops the one first put in, however often it is used. The
# extractor reads ~500 fixed patterns that way at run time (one process over the seen probes'
# articles, issue 11), so at 512 an ingest compiled the same ones again, ~6 per article (a document's
# own names go to `name_rx`, not there). Raised so that they stay compiled; same patterns, same matches.
RE_MODULE_CACHE = 4096
if getattr(re, "_MAXCACHE", RE_MODULE_CACHE) < RE_MODULE_CACHE:
    re._MAXCACHE = RE_MODULE_CACHE

_CODE = "I" if _sre is None or _sre.CODESIZE == 4 else "H"   # the array type of compiled code
MAX_ENTRIES = 3000   # entries kept from other processes (ask's and ingest's patterns differ); past
                     # it, a file keeps only this process's (entries of older code go that way)


def cache_dir() -> str | None:
    """The directory of the cache files, or None when the cache is off."""
    if _sre is None or os.environ.get("AIKG_PATTERN_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "aikg")


class Kept:
    """A dict of marshal-able keys and values kept in one file of the cache directory."""

    def __init__(self, name: str):
        self.name = name
        self._held: dict | None = None    # the file's entries, read on first use
        self.used: dict = {}              # the entries this process used or added

    def path(self) -> str | None:
        d = cache_dir()
        tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}" if _sre is not None else ""
        return None if d is None else os.path.join(d, f"{self.name}-{tag}.marshal")

    def _entries(self) -> dict:
        if self._held is None:
            self._held = {}
            path = self.path()
            if path is not None:
                try:
                    with open(path, "rb") as f:
                        got = marshal.load(f)
                    if isinstance(got, dict):
                        self._held = got
                except (OSError, EOFError, ValueError, TypeError):
                    pass    # no file yet, or a damaged one: compute, and write a new one at exit
                atexit.register(self.save)
        return self._held

    def get(self, key):
        if self.path() is None:
            return None
        value = self._entries().get(key)
        if value is not None:
            self.used[key] = value
        return value

    def put(self, key, value) -> None:
        if self.path() is not None:
            self._entries()
            self.used[key] = value

    def forget(self, key) -> None:
        self.used.pop(key, None)

    def save(self) -> None:
        """Write the file's entries and this process's, if it added any (atomically: a
        temporary file renamed over the old one)."""
        path = self.path()
        held = self._held or {}
        if path is None:
            return
        _sweep_stale(path)
        if not self.used or all(k in held for k in self.used):
            return
        keep = {**held, **self.used}
        if len(keep) > MAX_ENTRIES:
            keep = self.used
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                marshal.dump(keep, f)
            os.replace(tmp, path)
        except (OSError, ValueError):
            _unlink(tmp)    # a read-only or full disk, or a value marshal cannot write: no cache


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True     # exists, owned by someone else
    return True


def _sweep_stale(path: str) -> None:
    """Remove the temporary files of processes killed while they wrote the cache
    (`<file>.<pid>.tmp` whose process no longer runs)."""
    import glob
    for stale in glob.glob(glob.escape(path) + ".*.tmp"):
        pid = stale[len(path) + 1:-len(".tmp")]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            _unlink(stale)


PATTERNS = Kept("patterns")   # (pattern, flags, led) -> (full pattern, flags, code bytes, groups, groupindex, indexgroup)


def for_command(name: str | None) -> None:
    """Keep the compiled patterns of the command line's command `name` in a file of their own
    (`patterns-<name>-…`), when no pattern has been read yet: the file is read whole at the
    first pattern, and an `aikg ask` then reads the ~600 patterns asking compiles, not also the
    ~2,000 an `aikg ingest` adds (issue 11: a fifth of ask's import time was that read)."""
    if name and name.isidentifier() and PATTERNS._held is None:
        PATTERNS.name = f"patterns-{name}"


def cache_file() -> str | None:
    """The file of the compiled patterns, or None when the cache is off."""
    return PATTERNS.path()


def from_cache(key: tuple) -> re.Pattern | None:
    entry = PATTERNS.get(key)
    if entry is None:
        return None
    try:
        full, flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(full, flags, array(_CODE, code).tolist(), groups, dict(groupindex), tuple(indexgroup))
    except Exception:  # noqa: BLE001 - an entry this Python cannot use: compile it again
        PATTERNS.forget(key)
        return None


def build(key: tuple, full: str, flags: int, tree) -> re.Pattern:
    """What `re.compile(full, flags)` gives, from `tree` (the parse of `full`), remembered
    under `key` for the cache file."""
    code = K._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    rx = _sre.compile(full, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    PATTERNS.put(key, (full, rx.flags, array(_CODE, code).tobytes(), tree.state.groups - 1,
                       dict(groupindex), tuple(indexgroup)))
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


@lru_cache(maxsize=256)
def name_rx(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` for a pattern built around one document's name, kept here
    rather than in `re`'s own cache: `re` keeps 512 patterns and drops the oldest, so the
    hundreds of names of a feed's articles would push the extractor's fixed patterns (written
    as `re.search(r"…", text)`) out of it, to be compiled again and again. (256: the names of
    a few dozen articles, what one article asks again; no more, so that a benchmark reading the
    same articles twice measures what fresh ones cost.)"""
    if _sre is None:
        return re.compile(pattern, flags)
    return K.compile(pattern, int(flags))
