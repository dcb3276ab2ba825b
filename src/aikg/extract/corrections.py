"""Corrections appended to a story: the figures it names as superseded are not the company's.

A story that was corrected keeps a note saying what an earlier version got wrong and what is
right: "CORRECTION (…): An earlier version of this story said Acme's revenue was $1.4 billion.
Revenue was $1.3 billion." / "A reader correction: last week I wrote that Acme had 400 MW. It was
390 MW." The earlier text is quoted as what a story (or its writer) said: a value inside that
reported statement is superseded, and the corrected value, stated in the note's own voice, stands.

A correction note is a line opened by a correction word (`MARKER`); inside it, the clause a
report verb governs whose subject is the earlier text or its writer (`PRIOR_TEXT`) runs to the
next semicolon or the sentence's end. `superseded(sents)` gives, per sentence index, the spans
whose values are superseded: the pipeline does not read those values as facts or claims, and a
sentence that holds nothing but superseded values gives none.

Each reading is a named record with the documents (of different sources) it was seen in.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import PatternRule


def CorrectionRule(name, pattern, why, provenance, examples=()) -> PatternRule:
    """A correction rule: a pattern read case-insensitively."""
    return PatternRule(name, pattern, why, provenance, examples, flags=re.I)


MARKER = CorrectionRule(
    "correction-note",
    r"^\W{0,3}(?:(?:an?\s+)?(?:reader['’]?s?\s+)?(?:correction|clarification)s?\b)",
    "a line opened by 'Correction' (any case, 'A reader correction', 'Clarification') is a note about the story itself",
    ("probe18 spark_nz_results_corrected: 'CORRECTION (<date>): An earlier version of this story said …'",
     "probe14 07_vnet_week_in_review: '- A reader correction: last week I wrote that … was 400 MW. It was 390 MW …'"),
    ("Correction: an earlier version of this article said the plant cost $2 billion. (invented)",
     "A reader correction: last week I wrote that Nimbus had 900 staff. It had 870. (invented)"),
)

PRIOR_TEXT = CorrectionRule(
    "prior-text-said",
    r"(?:\b(?:an?\s+|the\s+)?(?:earlier|previous|original|prior)\s+(?:version|edition|draft)\s+of\s+(?:this|the)\s+"
    r"(?:story|article|report|piece|column|newsletter|post)"
    r"|\b(?:the|this)\s+(?:story|article|report|piece|column|newsletter|post)(?:\s+also)?"
    r"|\b(?:I|we)(?:\s+also)?)"
    r"(?:\s+(?:last|this)\s+(?:week|month|issue))?\s+"
    r"(?:(?:incorrectly\s+|wrongly\s+|erroneously\s+)?(?:said|stated|wrote|reported|gave|put|misstated|misreported|described|listed))\b",
    "inside a correction note, what the earlier story (or its writer) said, wrote or gave is the superseded text",
    ("probe18 spark_nz_results_corrected: 'An earlier version of this story said <company>'s FY25 EBITDAI was NZ$… "
     "and that it was selling a 70% stake …'; 'The story also gave the share price fall as 5.1%; the correct figure is …'",
     "probe14 07_vnet_week_in_review: 'last week I wrote that <company>'s wholesale capacity was 400 MW. It was 390 MW …'"),
    ("An earlier version of this story misstated the plant's cost as $2 billion. (invented)",
     "Last month we wrote that the unit had 900 staff; it has 870. (invented)"),
)

RULES: tuple[PatternRule, ...] = (MARKER, PRIOR_TEXT)

# where a reported statement ends: a semicolon, or the sentence's end
_CLAUSE_END = plain(r";\s")
_BULLET = plain(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s")


def superseded(sents) -> dict[int, list[tuple[int, int]]]:
    """Per sentence index, the spans (offsets in the sentence's text) that a correction note names
    as the earlier, superseded text. Sentences outside correction notes have none."""
    out: dict[int, list[tuple[int, int]]] = {}
    note_line = note_para = None
    for i, s in enumerate(sents):
        t = s.text
        if note_line is not None and s.line != note_line and (note_para is None or s.paragraph != note_para):
            note_line = note_para = None
        if note_line is None:
            m = MARKER.rx.match(_BULLET.sub("", t, count=1))
            if m is None:
                continue
            note_line = s.line
            # a note of its own (not a bullet in a list) goes on to its paragraph's end
            note_para = None if _BULLET.match(t) else s.paragraph
        spans = []
        for m in PRIOR_TEXT.rx.finditer(t):
            end = _CLAUSE_END.search(t, m.end())
            spans.append((m.start(), end.start() if end else len(t)))
        if spans:
            out[i] = spans
    return out


def drop(values, spans):
    """The values (with .start) of a sentence that are not inside a superseded span."""
    if not spans:
        return values
    return [x for x in values if not any(a <= x.start < b for a, b in spans)]
