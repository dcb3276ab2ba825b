"""The record a named rule is written as when it is nothing but its documentation: its name, why it
holds, the documents of different sources that show the phrasing, and short invented examples (the
rule's code sits beside it), and the record of a rule that is its trigger pattern (`PatternRule`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain


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

    def __post_init__(self):
        object.__setattr__(self, "_rx", plain(self.pattern, self.flags))

    @property
    def rx(self) -> re.Pattern:
        return self._rx
