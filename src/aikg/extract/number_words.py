"""Numbers written in words (issue 12, branch 49w): the lexicon and the one reader the value
readers (values.py: money, percent, count, duration) call for a spelled-out figure.

Radio and TV scripts, speeches, transcripts and legal deeds write a figure in words: "two point
four billion kronor", "forty-one million dollars", "nineteen per cent", "three hundred and twelve
employees", "one and a half billion", "twelve thousand", "half a million". A spelled figure is
typed like a written one: `PATTERN` is the regular expression of one spelled cardinal (its scale
words inside it), `value` its exact value, `scaled` whether it carries a scale word (then it is an
amount on its own, as "12 million" is).

The lexicon (`UNITS`, `TENS`, `HUNDRED`, `SCALES`, `POINT_DIGITS`, `HALF`) is reference data of
English. A spelled cardinal is read only as a whole: "two point four billion" is 2.4 billion, never
"four billion" (the reader before this one took the last word before the scale word).

Provenance: firstcontact/probe20 01_serpro_tender-award (a Brazilian tender award translated, its
amounts restated in words: "eight hundred and forty-two point seven million reais", "one billion
one hundred and twenty million reais", "eight hundred and forty-two million, seven hundred fifteen
thousand, three hundred reais"); firstcontact/probe24 04_mobifone_spectrum_decision ("three
thousand five hundred and forty billion dong"); firstcontact/probe30 01_grupogtd_hecho_esencial
("five million Unidades de Fomento"); firstcontact/probe23 01_tanla_bse_outcome ("(twenty-five
thousand) stock options"); focusset34 held 03_ardvane_sharecertificate ("Twenty-five thousand
Ordinary Shares"); focusset25 held 03_dito_expertcall and focusset28 held 13_sabey_airpermit (a
transcript's and a permit's "one million"); the percent after a word number ("two percentage
points": probe24 01_intelbras, probe25 04_mycronic, probe16 01_netcompany, probe17 04_credicorp).

False friends (`NOT_FIGURES`): a number word is no figure when it is part of a name ("Three UK",
"Big Four"), of a hyphenated modifier ("one-off", "zero-emission", "two-year"), of "one of the",
or a year said in words ("twenty twenty-four", "two thousand and twenty-four" read as a year by the
readers' year checks). Ordinals ("the third quarter", "second-largest", "first half", "a third
party") are not cardinals and `PATTERN` never reads them.
"""
from __future__ import annotations

import re
from decimal import Decimal

from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
HUNDRED = "hundred"
SCALES: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# the digits said after "point" ("two point four", "one point oh five")
POINT_DIGITS: dict[str, int] = {**{w: v for w, v in UNITS.items() if v <= 9}, "oh": 0, "nought": 0, "naught": 0}
HALF = "half"
DOZEN = "dozen"
# the fractions a change is said in ("fell by a third", "cut by two-thirds"): the denominator's word,
# singular and plural, and its value
FRACTIONS: dict[str, int] = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                             "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}

_SP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"   # one gap, at most one line end


def _alts(words) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_DIGIT = rf"(?:{_alts(w for w, v in UNITS.items() if 1 <= v <= 9)})"
_BELOW_100 = rf"(?:(?:{_alts(TENS)})(?:[ \-\u2010\u2011]{_DIGIT}\b)?|(?:{_alts(UNITS)}))"
_HUNDREDS = rf"(?:(?:{_DIGIT}|a){_SP}{HUNDRED}(?:{_SP}(?:and{_SP})?{_BELOW_100}\b)?)"
_GROUP = rf"(?:{_HUNDREDS}|{_BELOW_100}\b)"
_SCALE = rf"(?:{_alts(SCALES)})"
_POINT = rf"(?:{_SP}point(?:{_SP}(?:{_alts(POINT_DIGITS)})\b)+)"
_AND_HALF = rf"(?:{_SP}and{_SP}a{_SP}{HALF}\b)"
# one spelled cardinal: groups below a thousand joined by decreasing scale words, the last group
# with its decimals or "and a half" and its scale ("two point four billion", "one billion one
# hundred and twenty million", "four thousand five hundred", "one and a half billion"), "half a
# million", "a dozen". A comma goes between scaled groups only ("eight hundred and forty-two
# million, seven hundred fifteen thousand, three hundred"): "two million, and three" is two numbers.
PATTERN = (
    r"(?i:\b(?:"
    rf"{HALF}{_SP}an?{_SP}{_SCALE}\b"
    rf"|(?:an?{_SP})?{DOZEN}\b"
    rf"|{_GROUP}(?:{_SP}{_SCALE}\b(?:,?{_SP}(?:and{_SP})?{_GROUP}{_SP}{_SCALE}\b)*"
    rf"(?:{_SP}(?:and{_SP})?{_BELOW_100}\b(?!{_SP}{HUNDRED})|,?{_SP}(?:and{_SP})?{_HUNDREDS})?)?"
    rf"(?:{_POINT}|{_AND_HALF})?(?:{_SP}{_SCALE}\b)?"
    r"))"
)
# a number word that opens a hyphenated modifier ("one-off", "zero-emission", "two-year") is no figure
# of its own: the count reader reads `PATTERN` followed by this
NOT_MODIFIER = r"(?![\-\u2010\u2011][A-Za-z])"
_RE = re.compile(PATTERN + NOT_MODIFIER)
_TOKEN = re.compile(r"[a-z]+")


def value(text: str) -> Decimal | None:
    """The value of one spelled cardinal ("two point four billion" -> 2400000000, "three hundred and
    twelve" -> 312, "one and a half billion" -> 1500000000, "half a million" -> 500000), or None when
    the words are no well-formed number (scales out of order, a word outside the lexicon)."""
    words = [w for w in _TOKEN.findall(text.lower()) if w != "and"]
    if not words:
        return None
    if words[0] == HALF:
        return Decimal(SCALES[words[-1]]) / 2 if len(words) == 3 and words[-1] in SCALES else None
    if words[-1] == DOZEN:
        return Decimal(12) if len(words) <= 2 else None
    total, current, last_scale, i = Decimal(0), Decimal(0), None, 0
    while i < len(words):
        w = words[i]
        if w in UNITS or w in TENS:
            current += UNITS.get(w, TENS.get(w))
        elif w in ("a", "an") and i + 1 < len(words) and words[i + 1] == HUNDRED:
            current += 1
        elif w == HUNDRED:
            current = (current or 1) * 100
        elif w == "point":
            digits = []
            while i + 1 < len(words) and words[i + 1] in POINT_DIGITS:
                i += 1
                digits.append(str(POINT_DIGITS[words[i]]))
            if not digits:
                return None
            current += Decimal("0." + "".join(digits))
        elif w == "a" and words[i + 1:i + 2] == [HALF]:
            current += Decimal("0.5")
            i += 1
        elif w in SCALES:
            scale = SCALES[w]
            if last_scale is not None and scale >= last_scale:
                # "three thousand five hundred and forty billion", "thirty-five thousand million": a
                # larger scale word last, after thousands, multiplies all before it
                if last_scale != SCALES["thousand"] or total >= 10**6 or scale == last_scale or i != len(words) - 1:
                    return None
                total = (total + current) * scale
                current = Decimal(0)
                break
            total += (current or 1) * scale
            current, last_scale = Decimal(0), scale
        else:
            return None
        i += 1
    result = total + current
    return result.quantize(Decimal(1)) if result == result.to_integral_value() else result.normalize()


def scaled(text: str) -> bool:
    """Whether a spelled cardinal carries a scale word or "hundred" (an amount on its own: "twelve
    thousand", "three hundred"), unlike "one" or "twenty-five"."""
    words = set(_TOKEN.findall(text.lower()))
    return bool(words & ({HUNDRED, *SCALES}))


# a fraction: "a third", "one quarter", "two-thirds", "three quarters", "half" (the numerator one to nine)
FRACTION = (rf"(?i:\b(?:(?:a|one){_SP}(?:third|quarter|fifth|tenth)|(?:{_DIGIT})[ \-\u2010\u2011]"
            r"(?:thirds|quarters|fifths|tenths)|half)\b)")


def fraction_percent(text: str) -> Decimal | None:
    """The percent a spelled fraction is ("a third" -> 33.3, "two-thirds" -> 66.7, "half" -> 50, "three
    quarters" -> 75), to one decimal, or None."""
    words = _TOKEN.findall(text.lower())
    if not words or words[-1] not in FRACTIONS:
        return None
    num = 1 if len(words) == 1 or words[0] in ("a", "one") else UNITS.get(words[0])
    if num is None or num >= FRACTIONS[words[-1]]:
        return None
    pct = (Decimal(100) * num / FRACTIONS[words[-1]]).quantize(Decimal("0.1"))
    return pct.quantize(Decimal(1)) if pct == pct.to_integral_value() else pct


def trailing_scale(text: str) -> int | None:
    """The scale word a spelled cardinal ends with ("three billion" -> 10**9), else None."""
    words = _TOKEN.findall(text.lower())
    return SCALES.get(words[-1]) if words else None


def is_spelled(raw: str) -> bool:
    """Whether a number as matched is written in words."""
    return not raw.strip()[:1].isdigit()


def find(text: str) -> list[tuple[int, int, Decimal]]:
    """Every spelled cardinal of `text` with its value: (start, end, value)."""
    out = []
    for m in _RE.finditer(text):
        v = value(m.group(0))
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out


