"""The record a named rule is written as when it is nothing but its documentation: its name, why it
holds, the documents of different sources that show the phrasing, and short invented examples (the
rule's code sits beside it). Rules with a trigger pattern of their own keep their own record types."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleRecord:
    """A named rule: its name, why, where met (two sources or more), invented examples."""
    name: str
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...]
