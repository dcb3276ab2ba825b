"""Rule measure-unit-bracket (issue49m): a measure followed by its unit in brackets, then its bare number.

A filing written in, or translated from, another language states a balance-sheet figure with its unit in a
bracket after the measure's name and the number alone later in the clause: "net financial debt (bin TL) stood
at 2.318.406" (a KAP disclosure: "bin TL" is thousands of Turkish lira), "L'endettement net consolidé (en
KMAD) ressort à 1 062 540" (a Casablanca communiqué: thousands of dirhams). The bracket is the unit of that
number, as a table's column head is of its cells: the number is that money (2,318,406,000 TRY; 1,062,540,000
MAD), never a count.

The note is read by the table notes' reader (segment_tables._money_in) after two words of the note's own
language are put in English: the preposition before it ("en", "in", "w") and the Turkish thousand "bin" (a
note word only: in running English "bin" is a noun). The number is a whole number written with three-digit
groups (dots, commas or spaces) or four digits or more, not a year, not a percent, not an amount already read;
only verbs and prepositions stand between the bracket and it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..pattern_cache import plain
from .rule_record import RuleRecord
from .segment_tables import _money_in

MEASURE_UNIT_BRACKET = RuleRecord(
    "measure-unit-bracket",
    "a measure's name followed by its unit in brackets and then a bare number in the same clause: the number "
    "is money in that unit",
    ("kindcheck35/money 01_kizilirmak_kap_9m_2026_tr (KAP disclosure, translated): 'net financial debt (bin TL) "
     "stood at 2.318.406 at 30 September 2026'",
     "kindcheck35/money 02_chaouia_agro_indicateurs_t3_2026_ma (Casablanca communiqué, French): \"L'endettement "
     "net consolidé (en KMAD) ressort à 1 062 540 au 30 septembre 2026\""),
    ("Net debt (EUR thousand) stood at 48,210 at the end of June.",
     "L'endettement net (en KMAD) ressort à 310 450 au 30 juin."),
)

_BRACKET = plain(
    r"(?P<head>[^\W\d_][\w’'-]*)[ \t]*\((?P<note>[^()\d\n]{2,30})\)[ \t]+"
    r"(?P<gap>(?:[^\W\d_][\w’'-]*[ \t]+){1,5}?)"
    r"(?P<num>[0-9]{1,3}(?:(?P<g>[.,\u00a0 ])[0-9]{3})(?:(?P=g)[0-9]{3})*|[0-9]{4,})"
    r"(?![0-9]|[.,][0-9]|[ \t]*%)")
_PREPOSITION = plain(r"^(?:in|en|w|em)\s+", re.I)
_THOUSAND_WORD = plain(r"(?<!\w)bin(?!\w)")   # Turkish "bin": a thousand
_YEAR = plain(r"(?:19|20)[0-9]{2}")
_GROUPED = r"[0-9]{{1,3}}(?:{g}[0-9]{{3}})+"
_CLAUSE_END = plain(r"[;(]|\.(?:\s|$)")


def _note(raw: str) -> str:
    note = _PREPOSITION.sub("", " ".join(raw.split()))
    return _THOUSAND_WORD.sub("thousand", note)


def with_bracketed(moneys: list, text: str) -> list:
    """The sentence's amounts, with each bare number a bracketed unit after a measure governs
    (MEASURE_UNIT_BRACKET) added as money in that unit."""
    if "(" not in text:
        return moneys
    out = list(moneys)
    for m in _BRACKET.finditer(text):
        if _YEAR.fullmatch(m["num"]):
            continue
        note = _note(m["note"])
        # the number, and the earlier values the clause compares it with in the same writing ("stood at
        # 2.318.406 at 30 September 2026, down from 2.604.117 at 31 December 2025"; "ressort à 1 062 540 …,
        # contre 1 148 215 au 31 décembre 2025")
        nums = [m.span("num")]
        if m["g"]:
            g = re.escape(m["g"])
            clause_end = _CLAUSE_END.search(text, m.end())
            stop = clause_end.start() if clause_end else len(text)
            nums += [n.span() for n in re.finditer(rf"(?<![\w.,]){_GROUPED.format(g=g)}(?![0-9]|[.,][0-9]|[ \t]*%)",
                                                   text[:stop]) if n.start() >= m.end()]
        for a, b in nums:
            if any(x.start < b and x.end > a for x in moneys):
                continue
            digits = re.sub(r"[.,\u00a0 ]", "", text[a:b])
            money = _money_in(digits, note)
            if money is None or not money.currency or money.value <= int(digits):
                break   # no currency or no scale in the bracket: a plain note, no unit
            out.append(replace(money, start=a, end=b, text=text[a:b]))
    return sorted(out, key=lambda x: x.start) if len(out) > len(moneys) else moneys
