"""Whether a percent of a ratio measure (a margin, a share, a rate, a ratio) is the measure's level
or a change in it.

A ratio measure is itself a percent, so "a margin of about 45%" or "Operating margin was 16.8%, up
0.4 percentage points" states where the margin stands, even when a verb of change is near: the
verb moves another value ("adjusted EBITDA rose to $3.92 billion, a margin of about 45%") or the
change is stated next to the level ("up 0.4 percentage points"). The percent is a change only when
a change word governs it directly: "margin rose 2%", "margin was up 3%", "a 5% rise in margin",
"margin doubled". Each rule below is a named record with its phrasing's examples (short invented
sentences) and the documents of different sources that show it.

`level_rule(text, start, end, clause_start, word)` is the rule that makes the percent at
text[start:end] a level, or None when a change word governs it. `margin_of(text, end)`: whether a
percent right after a figure is that figure's margin (", a margin of about 45%"). `change_rule(unit)`:
a percent in percentage points ("an expansion of 1.2 percentage points") is a change of the ratio, never its level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain

QUAL = r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just\s+(?:over|under)|more\s+than|over|under|at\s+least|only)\s+)?"
# a measure that is itself a ratio: its percent is a level unless a change word governs it
RATIO_MEASURE = plain(r"\bmargins?\b|(?<!per )\bshare\b(?!\s+price)|\brates?\b|\bratios?\b")
# change words that govern the percent right after them ("rose 2%", "was up 3%", "fell by about 1%")
_CHANGE_WORDS = (r"rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|increasing|climbed|climbs|jumped|"
                 r"jumps|surged|soared|expanded|expands|widened|improved|improves|gained|gains|advanced|up|"
                 r"fell|fallen|falls|falling|declined|declines|dropped|drops|slipped|slips|down|decreased|decreases|"
                 r"shrank|shrunk|contracted|narrowed|narrows|slid|tumbled|eroded|deteriorated|compressed")
_GOVERNED_BEFORE = plain(rf"\b(?P<w>{_CHANGE_WORDS})\s+(?:by\s+)?{QUAL}$", re.I)
_DOWN_WORD = plain(r"^(?:fell|fallen|falls|falling|declined|declines|dropped|drops|slipped|slips|down|decreased|decreases|"
                   r"shrank|shrunk|contracted|narrowed|narrows|slid|tumbled|eroded|deteriorated|compressed|"
                   r"drop|decline|fall|decrease|contraction|lower)$", re.I)
# change nouns and comparatives right after the percent ("a 5% rise", "3% higher", "2% year on year")
_GOVERNED_AFTER = plain(r"\s*(?:percent\s+|per\s*cent\s+)?(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y)\b|"
                        r"(?P<w>increase|rise|gain|jump|growth|improvement|expansion|drop|decline|fall|decrease|contraction|"
                        r"higher|lower|up|down)\b)", re.I)


@dataclass(frozen=True)
class LevelRule:
    name: str
    before: str                    # the text before the percent ends with this (in its clause)
    examples: tuple[str, ...]      # short invented sentences
    provenance: tuple[str, ...]    # documents of different sources showing the phrasing

    def __post_init__(self):
        object.__setattr__(self, "_before", re.compile(rf"(?:{self.before})$", re.I))


RULES: tuple[LevelRule, ...] = (
    LevelRule("margin-apposition", rf",\s*(?:a|an|for\s+a|giving\s+a|implying\s+a|or\s+a)\s+(?:[\w-]+\s+){{0,2}}?margin\s+of\s+{QUAL}",
              ("Adjusted EBITDA rose to $2.1 billion, a margin of about 41%.",
               "Its operating profit grew to £90 million, a margin of about 18%."),
              ("probe10 equinix_wire_feb2025: 'adjusted EBITDA rose to $3.92 billion, a margin of about 45%'",
               "probe10 ocado_investor_diary: 'its underlying EBITDA rose to £178 million, a margin of about 36%'")),
    LevelRule("ratio-copula", rf"\b(?:margins?|share|rates?|ratios?)\s+(?:was|were|is|are|stood\s+at|came\s+in\s+at|of)\s+{QUAL}",
              ("Operating margin was 21.4%, up 0.6 percentage points.", "The gross margin was 38.0%."),
              ("probe9 g02_accenture_fy25q3: 'Operating margin was 16.8%, up 0.4 percentage points'",
               "probe10 dassault_interview: 'The non-IFRS operating margin was 32.0%'",
               "probe7 p7_07_mediatek_note: 'Gross margin was 46.0%'")),
    LevelRule("ratio-reached", rf"\b(?:to|at|reached|hit)\s+{QUAL}",
              ("Gross margin slipped to 44.2% from 45.0%.", "The operating margin narrowed to 20.1%."),
              ("probe10 tokyo_electron_note: 'Gross margin slipped to 46.1% from 47.0%'",
               "probe9 g03_micron_fq4_2025: 'Non-GAAP gross margin expanded to 45.7% from 39.0%'")),
)


@dataclass(frozen=True)
class ChangeRule:
    """A unit that makes a ratio measure's percent a change of the ratio, never its level."""
    name: str
    unit: str                      # the percent's unit (values.py)
    examples: tuple[str, ...]      # short invented sentences
    provenance: tuple[str, ...]    # documents of different sources showing the phrasing


CHANGE_RULES: tuple[ChangeRule, ...] = (
    ChangeRule("points-are-change", "percentage_points",
               ("The gross margin was 41.0%, an expansion of 0.8 percentage points.",
                "Operating margin was 12.5%, up 1.1 percentage points."),
               ("probe11 p11_01_temenos_fy2024_mdna: 'The non-IFRS EBIT margin was 36.4%, compared with 35.2% a year "
                "earlier, an expansion of 1.2 percentage points'",
                "probe9 g02_accenture_fy25q3: 'Operating margin was 16.8%, up 0.4 percentage points'")),
)


@dataclass(frozen=True)
class ComparedLevelRule:
    """A ratio's level a sentence compares the figure with, dated by the period right after it: a
    level of that period, not of the period the sentence's figure is of (and no figure at all when
    no period follows: "compared with 35.2% a year earlier" stays the comparison)."""
    name: str
    before: str
    examples: tuple[str, ...]
    provenance: tuple[str, ...]

    def __post_init__(self):
        object.__setattr__(self, "_before", re.compile(rf"(?:{self.before})$", re.I))


COMPARED_LEVEL = ComparedLevelRule(
    "compared-level-of-its-period", rf"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+{QUAL}",
    ("Gross margin for 2030 was 12.1%, compared with 12.6% in 2029, a decline of 0.5 percentage points.",
     "Operating margin stood at 8.0% in H1 FY2031, compared with 9.5% in H1 FY2030."),
    ("probe13 wiwynn_2024_five_takeaways: 'Gross margin for 2024 was 9.6%, compared with 9.9% in 2023'",
     "probe12 soitec_h1_fy2026_mdna: 'Gross margin stood at 29.0% of revenue in H1 FY2026, compared with 33.5% in H1 FY2025'"))


def compared_level_period(text: str, start: int, end: int, periods: list):
    """The period mention right after a compared percent ("compared with 9.9% in 2023": 2023), when
    COMPARED_LEVEL holds for it and the period is dated; else None."""
    if not COMPARED_LEVEL._before.search(text[max(0, start - 40):start]):
        return None
    return next((q for q in periods if 0 <= q.start_idx - end <= 5 and q.kind in ("year", "fiscal_year", "quarter", "half")
                 and (q.start is not None or q.end is not None)
                 and re.match(r"\s*(?:in|for|during)\s*$", text[end:q.start_idx])), None)


def change_rule(unit: str | None) -> str | None:
    """The CHANGE_RULES rule by which a percent in `unit` is a change of a ratio measure ("an expansion of
    1.2 percentage points": points or pp measure how far the ratio moved), else None."""
    return next((rule.name for rule in CHANGE_RULES if rule.unit == unit), None)


def governed(text: str, start: int, end: int, clause_start: int = 0, word: bool = False) -> bool:
    """Whether a change word governs the percent at text[start:end] directly ("rose 2%", "up 3%",
    "a 5% rise", "doubled")."""
    if word:
        return True
    before = text[max(clause_start, start - 40):start]
    return _GOVERNED_BEFORE.search(before) is not None or _GOVERNED_AFTER.match(text, end) is not None


def governing_direction(text: str, start: int, end: int, clause_start: int = 0) -> str | None:
    """"increase" or "decrease" by the change word that governs the percent at text[start:end]
    directly ("are down about 15%", "a 3% drop"), or None when no word does. The nearest word
    decides, not any change word of the clause: "Its shares, which doubled in 2024, are down about
    15% this year" is a fall (probe10 blinkit_feature)."""
    m = _GOVERNED_BEFORE.search(text[max(clause_start, start - 40):start])
    if m is None:
        m = _GOVERNED_AFTER.match(text, end)
        if m is None or m.group("w") is None:
            return None
    return "decrease" if _DOWN_WORD.match(m.group("w")) else "increase"


def level_rule(text: str, start: int, end: int, clause_start: int = 0, word: bool = False) -> str | None:
    """The name of the rule that makes the percent at text[start:end] (of a ratio measure) its
    level, or None when a change word governs it: "no-change-word" when only the absence of one does."""
    before = text[max(clause_start, start - 80):start]
    for rule in RULES:
        if rule._before.search(before):
            return rule.name
    if governed(text, start, end, clause_start, word):
        return None
    return "no-change-word"


def margin_of(text: str, start: int) -> bool:
    """Whether the percent at `start` is stated as the margin of the figure before it (", a margin of about 45%")."""
    return RULES[0]._before.search(text[max(0, start - 80):start]) is not None
