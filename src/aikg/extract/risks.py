"""Risks an article lists under a risks heading, as risk claims (kg:Risk) about its company.

An analyst's note closes with its risks: a heading ("Risks", "Key risks.") on a line of its own or
run into its paragraph, then the list, numbered ("(1) …; (2) …"), split by semicolons, or a plain
sentence ("The main risks are A, B and C"). Each item is a risk as stated; the claim's quote runs
from the heading to the end of the sentence listing it, so it states that the item is a risk.

Named rule records with examples (our own sentences) and the documents the layout was met in.
Pure functions over text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class RiskRule:
    name: str
    pattern: str
    examples: tuple[str, ...]
    sources: tuple[str, ...]

    def __post_init__(self):
        object.__setattr__(self, "rx", re.compile(self.pattern, re.I))


_KIND = r"(?:(?:key|main|principal|major|chief|downside)\s+)?"
# a heading: the word "risks" alone (a line of its own, or run in before the list: "Key risks.")
HEADING = RiskRule(
    "risk-heading", rf"^\s*{_KIND}risks(?:\s+to\s+(?:our\s+)?(?:view|thesis|rating|call|target))?\s*[.:]?\s*$",
    examples=("Risks", "Key risks.", "Risks to our view:"),
    sources=("probe5/04_schneider_analyst_note.txt", "probe6/p6_03_arm_analyst_note.txt", "probe7/p7_07_mediatek_note.txt",
             "probe8/f03_nec_analyst_note.txt", "probe9/g03_micron_fq4_2025.txt"))
# a sentence that says it lists the risks: "The key risks to our view are …"
LEAD = RiskRule(
    "risk-lead", rf"^\s*(?:the\s+)?{_KIND}risks(?:\s+to\s+(?:our\s+)?(?:view|thesis|rating|call|target|estimates))?\s+(?:are|include)\s+",
    examples=("The key risks to our view are weaker orders and a stronger euro.",
              "The main risks are slower phone sales and higher wafer costs."),
    sources=("probe5/04_schneider_analyst_note.txt", "probe7/p7_07_mediatek_note.txt"))
RULES = (HEADING, LEAD)

_ENUM = re.compile(r"^\s*(?:\(\d+\)|\d+[.)]|[-*•·])\s*")
_AND = re.compile(r"^\s*(?:and|or)\s+", re.I)
_MAX_ITEM = 160


def is_heading(sentence: str) -> bool:
    return HEADING.rx.match(sentence) is not None


def items(sentence: str) -> list[str]:
    """The risks a sentence of a risk list names: numbered or semicolon-separated items, or the
    comma-separated list after "The main risks are"."""
    body = sentence.strip()
    lead = LEAD.rx.match(body)
    if lead:
        body = body[lead.end():]
    body = body.rstrip(" .")
    if ";" in body or re.search(r"\(\d+\)", body):
        parts = re.split(r";\s*|\s*\(\d+\)\s*", body)
    else:
        parts = re.split(r",\s*", body)
    out = []
    for p in parts:
        p = _AND.sub("", _ENUM.sub("", p)).strip(" ,.")
        if len(p) >= 4 and len(p.split()) <= 30:
            out.append(p if len(p) <= _MAX_ITEM else p[:_MAX_ITEM].rsplit(" ", 1)[0])
    return out
