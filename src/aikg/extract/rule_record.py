"""The record a named rule is written as when it is nothing but its documentation: its name, why it
holds, the documents of different sources that show the phrasing, and short invented examples (the
rule's code sits beside it), and the record of a rule that is its trigger pattern (`PatternRule`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain
from .text_fold import fold


@dataclass(frozen=True)
class RuleRecord:
    """A named rule: its name, why, where met (two sources or more), invented examples."""
    name: str
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class PatternRule:
    """A named rule that is a trigger pattern: its name, the pattern, why, where met (two sources
    or more), invented examples; `rx` the compiled pattern (with `flags`)."""
    name: str
    pattern: str
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...] = ()
    flags: int = 0
    # trigger words: literal text the pattern cannot match without (at least one of them), looked
    # for first with `str.__contains__` (in `fold(text)` when the pattern ignores case); empty: none
    trigger: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_rx", plain(self.pattern, self.flags))
        object.__setattr__(self, "_folded", bool(self.flags & re.I))   # (an enum operation: once, not per text)

    @property
    def rx(self) -> re.Pattern:
        return self._rx

    def triggered(self, text: str) -> bool:
        """Whether `text` holds one of the trigger words (always, for a rule without them)."""
        if not self.trigger:
            return True
        hay = fold(text) if self._folded else text
        return any(map(hay.__contains__, self.trigger))

    def search(self, text: str) -> re.Match | None:
        """`rx.search(text)`, skipped (None) when `text` lacks every trigger word."""
        return self._rx.search(text) if self.triggered(text) else None
