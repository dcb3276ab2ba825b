"""The query guard: a cheap linear look at a SPARQL text before any engine parses it.

Oxigraph's SPARQL parser and planner recurse once per nesting level and once per chained
operator, so a few thousand nested groups or parentheses, or a long UNION / && chain, overflow
the stack and kill the process (SIGSEGV in the CLI, "stack overflow, aborting" in a server).
Every path that hands text to the engine (the CLI, the shell, saved queries, `ask`, drafts from
`--llm`, `aikg serve`) calls `check` first; the limits are far above any real query and can be
raised with environment variables.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .errors import AikgError
from .pattern_cache import plain

# one left-to-right pass: long strings, strings, IRIs, comments ('#' not after a backslash: ex:a\#b)
TOKEN = plain(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|'
                   r'<[^<>"{}|^`\\\x00-\x20]*>|(?<!\\)#[^\n]*')
_BRACKET = plain(r"[(\[{]|[)\]}]")
# what the parser turns into one more level of recursion besides brackets: group operators,
# boolean / arithmetic / comparison operators, path operators
_OPERATOR = plain(r"\b(?:UNION|OPTIONAL|MINUS|FILTER|BIND|SERVICE|GRAPH|NOT|EXISTS)\b|&&|\|\||!=?|<=|>=|[-+*/|^=<>]",
                       re.I)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 1_000_000
    max_depth: int = 128
    max_operators: int = 2_000

    @classmethod
    def from_env(cls) -> "Limits":
        def num(name: str, default: int) -> int:
            raw = os.environ.get(name, "").strip()
            if not raw:
                return default
            try:
                v = int(raw.replace("_", ""))
            except ValueError:
                raise AikgError(f"{name}={raw!r} is not a whole number") from None
            if v < 1:
                raise AikgError(f"{name} must be at least 1")
            return v
        d = cls()
        return cls(num("AIKG_MAX_QUERY_BYTES", d.max_bytes), num("AIKG_MAX_QUERY_DEPTH", d.max_depth),
                   num("AIKG_MAX_QUERY_OPERATORS", d.max_operators))


class QueryRefused(AikgError):
    """A query over the guard's limits (HTTP 400 from `aikg serve`)."""


def _strip(text: str) -> str:
    return TOKEN.sub(lambda m: " " if m.group(0)[0] == "#" else '""', text)


def depth(text: str, stop: int | None = None) -> int:
    """Deepest nesting of (), [] and {} outside strings, IRIs and comments (stops counting
    once past `stop`)."""
    d = best = 0
    for m in _BRACKET.finditer(text):
        if m.group(0) in "([{":
            d += 1
            if d > best:
                best = d
                if stop is not None and best > stop:
                    return best
        elif d:
            d -= 1
    return best


def check(text: str, limits: Limits | None = None) -> None:
    """Raise QueryRefused when `text` is over a limit; cost linear in its length."""
    lim = limits or Limits.from_env()
    size = len(text.encode("utf-8", "replace")) if len(text) * 4 > lim.max_bytes else len(text)
    if size > lim.max_bytes:
        raise QueryRefused(f"query refused: {size:,} bytes is over the limit of {lim.max_bytes:,} "
                           "(raise it with AIKG_MAX_QUERY_BYTES)")
    bare = _strip(text)
    d = depth(bare, stop=lim.max_depth)
    if d > lim.max_depth:
        raise QueryRefused(f"query refused: nested more than {lim.max_depth} levels deep in (), [] or {{}} "
                           "(raise the limit with AIKG_MAX_QUERY_DEPTH)")
    ops = 0
    for _ in _OPERATOR.finditer(bare):
        ops += 1
        if ops > lim.max_operators:
            raise QueryRefused(f"query refused: more than {lim.max_operators:,} operators (UNION, OPTIONAL, "
                               "&&, ||, !, arithmetic, paths) (raise the limit with AIKG_MAX_QUERY_OPERATORS)")
