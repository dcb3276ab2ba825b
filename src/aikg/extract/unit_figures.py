"""Figures of several units in one sentence, each after its unit's name: the figure belongs to the
unit that heads its conjunct, not to the company or to the unit named first.

A sentence that lists units with a figure each often states the verb once and leaves it out of the
later conjuncts (gapping): "The Alpha segment contributed $5.8 billion of sales and the Beta
segment $0.2 billion"; "By segment, Alpha brought in €3.5 billion, Beta, which is Gamma and Delta,
€1.1 billion, and Epsilon €1.7 billion". Each amount is read with the name that opens its
conjunct (after the list's commas and "and"), the unit's contents said in an apposition ("which is
A and B", "-- that is A, B and C --", "(A, B)") left out of the name and kept as what the unit
holds. Each reading is a named record (`RULES`) with the documents it was seen in.

`read(text, moneys, is_unit)` gives, per amount, (its start, the unit's name, the unit's contents).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import PatternRule


UnitListRule = PatternRule

RULES: tuple[PatternRule, ...] = (
    UnitListRule("by-unit-lead", r"^(?:By|Per|Broken\s+down\s+by)\s+(?:reporting\s+)?(?:segments?|divisions?|business(?:es)?|units?|business\s+(?:groups?|lines?|units?))\s*[,:]\s+",
                 "a sentence opened by 'By segment,' lists the units, each with its figure",
                 ("probe10 p10-06 (Dassault interview): 'By segment, <unit> -- that is … -- brought in €…, <unit>, which is …, €…, and <unit> …, €…'",
                  "probe5 08 (SenseTime): 'Revenue by business:' over one line per unit (the same list, as lines)"),
                 ("By segment, Alpha brought in $3 billion and Beta $1 billion. (invented)",)),
    UnitListRule("gapped-unit-conjuncts", r"",
                 "two or more units named with a unit word (or known as units), the verb stated once: each later amount is its own conjunct's unit's",
                 ("probe10 p10-03 (Tokyo Electron note): 'The <X> (SPE) segment contributed ¥… of Q1 sales and the <Y> (FPD) Production Equipment segment ¥…'",
                  "probe10 p10-06 (Dassault interview): '<X> brought in €…, <Y>, which is …, €…, and <Z>, which is …, €…'"),
                 ("The Alpha segment contributed $5 billion and the Beta segment $1 billion. (invented)",)),
    UnitListRule("apposition-contents", r"",
                 "an apposition after a listed unit's name says what the unit holds",
                 ("probe10 p10-06 (Dassault interview): 'Life Sciences, which is Medidata and BIOVIA, €…'",
                  "probe10 p10-01 (Adobe release): 'Document Cloud (Acrobat, Acrobat Sign and the Acrobat AI Assistant …)'"),
                 ("Beta, which is Gamma and Delta, earned $1 billion. (invented)",)),
    UnitListRule("unit-clauses", r";\s+",
                 "clauses split by semicolons, each opened by a unit the document named as one (a counted list, "
                 "relations.UNIT_LIST_RULES): a clause's amounts are its opening unit's, whatever the clause says between",
                 ("probe14 05 (Indra wire): '<X> revenue rose 21% to €…; <Y> (ATM) generated €…; <Z> generated €…; and <W>, its … arm, which houses …, remained the largest at €…'",
                  "older set (Tietoevry): 'Tietoevry reports five segments. <X> (…); <Y> (…); …' — the same clauses, each opened by its unit"),
                 ("Alpha sales rose 5% to $2 billion; and Beta, its cloud arm, which sells storage, made $1 billion. (invented)",)),
)
BY_UNIT = RULES[0].rx

# an apposition inside a conjunct: ", which is A and B," / " -- that is A, B --" / " (A, B and C)"
_APPOS = plain(r",\s+(?:which|that)\s+(?:is|are|means|includes|covers)\s+(?P<a>[^,]+(?:,\s+(?!and\b)[^,]+?)*?)(?=,)"
               r"|\s+(?:--|—|–)\s+(?:that\s+is|i\.e\.|namely|meaning)\s+(?P<b>.+?)\s+(?:--|—|–)(?=\s)"
               r"|\s+\((?P<c>[^()]*(?:,|\sand\s)[^()]*)\)")
# where a conjunct starts: the sentence's start, a list comma, "and"
_BOUND = plain(r"(?:^|,\s+(?:and\s+)?|\s+and\s+|;\s+)")
_HEAD = plain(r"(?:[Tt]he\s+|[Ii]ts\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:\([A-Z][A-Za-z]{1,5}\)|&|and|of|[A-Z][\w&'’.-]*))*?)"
              r"(?:\s+(?P<word>segment|division|unit|business\s+group|group|business))?"
              r"(?P<rest>(?:\s+[a-z][\w-]*){0,4})\s*$")
_UNIT_WORD = plain(r"\b(?:segment|division|unit|business\s+group)\b")


def _blank_appositions(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with its appositions blanked (same length), and each apposition's span and words."""
    found = []
    for m in _APPOS.finditer(text):
        words = m.group("a") or m.group("b") or m.group("c") or ""
        found.append((m.start(), m.end(), words))
    out = text
    for a, b, _ in found:
        out = out[:a] + " " * (b - a) + out[b:]
    return out, found


def _head(piece: str, offset: int) -> tuple[str, bool, int] | None:
    """The unit that opens a conjunct (its name, whether a unit word follows it, where it starts)."""
    starts = [m.end() for m in _BOUND.finditer(piece)]
    for s in reversed(starts):
        m = _HEAD.match(piece, s)
        if m is not None and m.end() == len(piece.rstrip()) or m is not None and not piece[m.end():].strip():
            name = re.sub(r"\s+\([A-Z][A-Za-z]{1,5}\)", "", m.group("name")).strip()
            if name.split()[0] in ("The", "Its", "Our", "It", "We", "They", "By", "And", "In", "For", "At"):
                continue
            return name, m.group("word") is not None, offset + m.start("name")
    return None


def read(text: str, moneys, is_unit) -> list[tuple[int, str, list[str]]]:
    """(amount's start, unit name, the unit's contents) for each amount of a sentence that lists
    units with a figure each; [] for any other sentence. `is_unit(name)` says whether the document
    knows the name as a unit."""
    if len(moneys) < 2:
        return []
    by_clause = _unit_clauses(text, moneys, is_unit)
    if by_clause:
        return by_clause
    lead = BY_UNIT.match(text)
    blanked, appos = _blank_appositions(text)
    out = []
    prev = lead.end() if lead else 0
    for m in moneys:
        if m.start < prev:
            continue
        piece = blanked[prev:m.start].rstrip(" ,:")
        h = _head(piece, prev)
        if h is None:
            prev = m.end
            continue
        name, worded, at = h
        contents = [w for a, b, w in appos if at < a < m.start]
        out.append((m.start, name, contents, worded or is_unit(name)))
        prev = m.end
    units = [x for x in out if x[3]]
    if len({x[1] for x in out}) < 2 or not (lead or len(units) >= 2) or not (lead or len(units) == len(out)):
        return []
    return [(s, n, c) for s, n, c, _ in out]


_CLAUSE_HEAD = plain(r"\s*(?:and\s+|but\s+|while\s+)?(?:[Tt]he\s+|[Ii]ts\s+)?(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&|and|of|for)\s+[A-Z][\w&'’/.-]*|\s+[A-Z][\w&'’/.-]*)*)")
_UNIT_CLAUSE = RULES[3].rx


def _unit_clauses(text: str, moneys, is_unit) -> list[tuple[int, str, list[str]]]:
    """(RULES "unit-clauses") each semicolon clause opened by a known unit: its amounts are the unit's.
    At least two clauses must open with units, and every clause with an amount must."""
    if ";" not in text:
        return []
    starts = [0] + [m.end() for m in _UNIT_CLAUSE.finditer(text)]
    ends = starts[1:] + [len(text)]
    out, heads = [], 0
    for a, b in zip(starts, ends):
        mine = [m for m in moneys if a <= m.start < b]
        hm = _CLAUSE_HEAD.match(text, a)
        name = hm.group("name") if hm is not None else ""
        if hm is not None and not is_unit(name):
            # ("Air Traffic Management (ATM) generated …": the name before its abbreviation)
            name = next((name[:i].rstrip() for i in range(len(name), 0, -1) if name[i - 1:i].isalpha() and is_unit(name[:i])), name)
        if not mine:
            continue
        if hm is None or not is_unit(name):
            return []
        heads += 1
        out += [(m.start, name, []) for m in mine]
    return out if heads >= 2 else []
