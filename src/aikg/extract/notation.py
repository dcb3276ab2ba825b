"""The number notation of a document, read once from all its numbers, and the same-length rewrite
that lets the value finders (values.py) read every number of the document in that notation.

English writes "1,234.5" (comma thousands, decimal point); German, Italian, Spanish, Portuguese,
Dutch, French and the Nordic languages write "1.234,5" or "1 234,5" (dot or space thousands,
decimal comma); Swiss German writes "1'234.5". An article translated into English often keeps the
original's figures ("412,6 Mio. Euro", "R$ 842.715.300,00", "5,06 mld EUR"). A single number does
not always tell its notation ("1.536 GPUs", "27.380 Tsd.", "1,234"), but the document does: its other
numbers show which mark is the decimal one ("368,9 Mio.", "11,8 %").

`read_notation(text)` weighs the evidence of every number of a document once:

* decimal-comma evidence: a comma with one or two digits after it before a percent sign, a scale
  word or a currency ("11,8 %", "58,2 mln", "182,40 Euro"), dot thousands with a decimal comma
  ("842.715.300,00", "1.234,5"), two or more dot-thousands groups ("33.683.111");
* decimal-point evidence: a point with one or two digits after it before a percent sign, a scale word
  or a currency ("11.3%", "1.5 billion", "$4.20"), comma thousands with a decimal point ("1,234.5"),
  two or more comma-thousands groups ("1,234,567"; the Indian "1,24,500" counts too);
* and, at half weight, one group of three digits after a dot ("27.380": comma) or a comma ("12,000": point).

The document reads decimal commas when its comma evidence outweighs its point evidence
(`Notation.decimal == ","`). `english(text, notation)` rewrites a text so that the English
finders read it: each number is rewritten by its own shape where that shape is unambiguous (per-number
evidence: "1.234,5" and "33.683.111" are never English, "14.56" and "1,234.5" never German) and by
the document's notation where it is not ("1.536", "1,234"); Swiss apostrophes and thin-space
thousands become commas. The rewrite keeps every character offset (one separator for another), so
spans found in the rewritten text are spans of the original.

Rules (named data records below, each with the documents showing it and invented examples).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .currencies import CURRENCIES
from .scale_words import ASIAN_WORDS, FUSED

_ASIAN = sorted((s for w in ASIAN_WORDS for s in w.spellings), key=lambda s: (-len(s), s))


@dataclass(frozen=True)
class NotationRule:
    """A shape of a number that is evidence of a notation: its name, the pattern, which decimal
    mark it shows, where it was met (documents of different sources), invented examples."""
    name: str
    pattern: str
    decimal: str                    # "," or "."
    provenance: tuple[str, ...]
    examples: tuple[str, ...]
    weight: float = 1.0             # a shape either notation may write (weak evidence) counts half

    def __post_init__(self):
        object.__setattr__(self, "_rx", re.compile(self.pattern))
        object.__setattr__(self, "_scan", _digit_first(self.pattern))


@dataclass(frozen=True)
class Notation:
    """A document's number notation: its decimal mark and the evidence it was read from."""
    decimal: str = "."
    comma_evidence: float = 0
    point_evidence: float = 0
    # the document says its bracketed figures are the prior year's ("Figures in brackets refer to the
    # corresponding period of the previous year": rule bracketed_prior_year_convention)
    bracket_prior: bool = False

    @property
    def comma(self) -> bool:
        return self.decimal == ","


ENGLISH = Notation()

# what may follow a number whose decimals show its notation: a percent sign, a scale word of any
# language, a currency (word, code or symbol after the number)
_AFTER = (r"(?=[ \u00a0\u2009\u202f]?(?:%|％|(?i:mio\b|mrd\b|tsd\b|mln\b|mld\b|mlrd\b|mdr\b|mn\b|bn\b|"
          r"milh|bilh|mil\b|millon|mill[oó]n|miljo|miljar|miliard|milion|milliard|million|billion|"
          r"thousand|trillion|crore|lakh|euro|eur\b|dollar|usd\b|chf\b|sek\b|nok\b|dkk\b|pln\b|brl\b|"
          r"kronor|kroner|krone|franc|reais|real\b|z[łl]|kr\b|€|\$|"
          # the fused scale-and-currency words (scale_words.FUSED_WORDS: "292 mkr", "450 TEUR")
          r"[tm]kr\b|mdkr\b|[tkm](?:sek|nok|dkk|eur|usd|chf|gbp)\b|"
          # the Asian scale words of the registry ("18,6 triliun", "12,5 nghìn tỷ": scale_words.ASIAN_WORDS)
          + "|".join(re.escape(w) for w in _ASIAN) + ")))")
_BEFORE_CURRENCY = r"(?:(?<=[€$£¥₹])|(?<=[€$£¥₹] )|(?<=(?:EUR|USD|CHF|SEK|NOK|DKK|BRL|PLN|INR) )|(?<=Rs\. )|(?<=Rs ))"
_NB = r"(?<![0-9.,'’])"          # no number part before
_NA = r"(?![0-9]|[.,'’][0-9])"    # no number part after


# (speed: a pattern opening with look-behinds is tried at every character of the document; the same
# pattern written with its first digit first, the look-behinds one digit wider, is tried only at
# digits (`re` skips to them). Same matches, same order: tests/test_notation.py compares the two)
_NB_DIGIT = r"(?<![0-9.,'’][0-9])"
_BEFORE_CURRENCY_DIGIT = (r"(?:(?<=[€$£¥₹][0-9])|(?<=[€$£¥₹] [0-9])|(?<=(?:EUR|USD|CHF|SEK|NOK|DKK|BRL|PLN|INR) [0-9])"
                          r"|(?<=Rs\. [0-9])|(?<=Rs [0-9]))")


def _digit_first(pattern: str) -> re.Pattern:
    """`pattern` ("(?<!…)[0-9]{1,3}…", "(?<!…)[0-9]+…", after `_BEFORE_CURRENCY` or not) compiled with
    its first digit before its look-behinds; any other pattern compiled as it is."""
    rest, before = pattern, ""
    if rest.startswith(_BEFORE_CURRENCY):
        rest, before = rest[len(_BEFORE_CURRENCY):], _BEFORE_CURRENCY_DIGIT
    if rest.startswith(_NB + "[0-9]"):
        rest = rest[len(_NB + "[0-9]"):]
        for q, fewer in (("{1,3}", "{0,2}"), ("+", "*")):
            if rest.startswith(q):
                return re.compile("[0-9]" + before + _NB_DIGIT + "[0-9]" + fewer + rest[len(q):])
    return re.compile(pattern)


RULES: tuple[NotationRule, ...] = (
    NotationRule(
        "decimal_comma_before_unit", _NB + r"[0-9]{1,3},[0-9]{1,2}" + _NA + _AFTER, ",",
        ("probe23 03_secunet_german_translation: '412,6 Mio. Euro', '11,8 %'",
         "probe22 03_retelit_italian_translation: '58,2 mln euros, +11,3%'",
         "probe21 03_iliad_french_translation: '5,06 mld EUR'",
         "probe20 01_serpro_tender-award: 'R$ 118,6 million', '24,8%'"),
        ("Sales rose 4,5 % to 12,3 Mio. Euro.",)),
    NotationRule(
        "decimal_comma_after_currency", _BEFORE_CURRENCY + _NB + r"[0-9]{1,3},[0-9]{1,2}" + _NA, ",",
        ("probe20 01_serpro_tender-award: 'R$ 4,91 billion'", "probe23 03_secunet_german_translation: '182,40 Euro'"),
        ("The share closed at € 18,40.",)),
    NotationRule(
        "dot_thousands_decimal_comma", _NB + r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+" + _NA, ",",
        ("probe20 01_serpro_tender-award: 'R$ 842.715.300,00'",
         "brief issue33n: Spanish and Brazilian results '1.234,5 millones', Italian '1.234,5 mln'"),
        ("Net debt was 1.234,5 millones de euros.",)),
    NotationRule(
        "dot_thousands_groups", _NB + r"[0-9]{1,3}(?:\.[0-9]{3}){2,}" + _NA, ",",
        ("probe20 01_serpro_tender-award: '33.683.111'", "probe23 03_secunet_german_translation ('27.380 Tsd.', one group)"),
        ("The network carried 12.450.000 calls.",)),
    NotationRule(
        "decimal_point_before_unit", _NB + r"[0-9]+\.[0-9]{1,2}" + _NA + _AFTER, ".",
        ("probe22 03_retelit_italian_translation (English figures beside Italian ones)",
         "every English article: '11.3%', '1.5 billion'"),
        ("Revenue grew 4.5% to $12.3 million.",)),
    NotationRule(
        "comma_thousands_decimal_point", _NB + r"[0-9]{1,3}(?:,[0-9]{2,3})+\.[0-9]+" + _NA, ".",
        ("probe12 larsen_toubro_q1fy26: '₹1,234.5 crore'", "every English article: '1,234.5'"),
        ("Profit was $1,234.5 million.",)),
    # weak evidence: one group of three digits after the mark ("12,000", "27.380") is what each notation
    # writes for thousands, and the other's decimals only rarely (three decimals); an English article
    # with a stray "5,3%" and its "12,000 employees" stays English
    NotationRule(
        "comma_thousands_single", _NB + r"[0-9]{1,3},[0-9]{3}" + _NA, ".",
        ("every English article: '12,000 employees'", "probe21 07_zoho_jobads_analysis: '₹11,950 crore'"),
        ("The group employs 12,400 people.",), weight=0.5),
    NotationRule(
        "dot_thousands_single", _NB + r"[0-9]{1,3}\.[0-9]{3}" + _NA, ",",
        ("probe23 03_secunet_german_translation: '27.380 Tsd.', 'around 1.150 employees'",
         "probe20 01_serpro_tender-award: '1.536 GPU accelerators'"),
        ("Die Gruppe beschäftigt 12.400 people.",), weight=0.5),
    NotationRule(
        "comma_thousands_groups", _NB + r"[0-9]{1,3}(?:,[0-9]{2,3}){2,}" + _NA, ".",
        ("probe11 p11_05_tatacomm: '2,55,324 crore'", "every English article: '1,234,567'"),
        ("The fund raised $1,250,000.",)),
)


# rule bracketed_prior_year_convention: a Nordic-style results release or daily declares once that a bare figure
# in brackets after a value is the same value a year before ("Figures in brackets refer to the corresponding
# period of the previous year": probe25 04_mycronic_q3_release; "Figures in parentheses refer to the
# corresponding period last year": probe24 02_fortnox_swedish_daily; "Figures in parentheses refer to the same
# period of the previous year": devset5 t05_ericsson). Only so declared is "MSEK 2 184 (1 950)" read as a value
# and its prior-year comparative (values.find_money, prior_year.redate).
BRACKET_PRIOR = re.compile(
    r"(?i)\b(?:figures|amounts|numbers|values|comparatives?)\s+(?:shown\s+)?(?:in|within)\s+(?:round\s+)?"
    r"(?:brackets|parenthes[ei]s)\s+(?:refer|relate|are|show|indicate|give|represent)[^.\n]{0,70}?"
    r"\b(?:previous|last|prior|preceding|year-earlier|year\s+earlier)\b")


def _count(rule: NotationRule, text: str) -> float:
    return rule.weight * sum(1 for _ in rule._scan.finditer(text))


@lru_cache(maxsize=256)
def read_notation(text: str) -> Notation:
    """The notation of a document `text`: decimal comma when its numbers show more decimal-comma
    evidence than decimal-point evidence, else English.

    >>> read_notation("Revenue rose 11,8 % to 412,6 Mio. Euro; cash flow was 27.380 Tsd. Euro.").decimal
    ','
    >>> read_notation("Revenue rose 11.8% to $412.6 million.").decimal
    '.'
    """
    prior = "(" in text and BRACKET_PRIOR.search(text) is not None
    if "," not in text and "." not in text and "'" not in text and "’" not in text:
        return Notation(bracket_prior=True) if prior else ENGLISH
    comma = sum(_count(r, text) for r in RULES if r.decimal == ",")
    point = sum(_count(r, text) for r in RULES if r.decimal == ".")
    if comma > point:
        return Notation(",", comma, point, prior)
    return Notation(".", comma, point, prior) if comma or point or prior else ENGLISH


# --- the rewrite -----------------------------------------------------------------------------

# numbers whose shape is never English, rewritten in every document:
#   dot thousands with or without a decimal comma ("842.715.300,00", "1.234,5", "33.683.111")
_NEVER_ENGLISH = re.compile(_NB + r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+" + _NA
                            + "|" + _NB + r"[0-9]{1,3}(?:\.[0-9]{3}){2,}" + _NA)
# Swiss apostrophe thousands ("1'234.5", "CHF 12'500"), and thin-space thousands ("1 234,5"), in every document
_APOSTROPHE = re.compile(r"(?<![0-9A-Za-z'’])[0-9]{1,3}(?:['’][0-9]{3})+(?:[.,][0-9]+)?(?![0-9]|['’][0-9])")
_THIN = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[\u2009\u202f][0-9]{3})+(?:,[0-9]+)?(?![0-9]|[.,][0-9])")
# in a decimal-comma document: a number with one comma ("412,6", "1,234") or with dot thousands ("27.380",
# "1.536", "1.234,5"); any other shape is read by itself ("14.56", "1,234.5", "1,24,500", "06.11.2026"),
# and space or no-break-space thousands with a decimal comma or before a unit ("1 234,5", "12 500 Mio.";
# the article's cleaning turns thin spaces into spaces)
_COMMA_DOC = re.compile(_NB + r"(?:[0-9]+,[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?)" + _NA)
_SPACED = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:,[0-9]+(?![0-9]|[.,][0-9])|(?![0-9]|[.,][0-9])" + _AFTER + ")")
# rule spaced_thousands_word: in a decimal-comma document, space thousands before a word or a stop are one number
# ("passed 615 000 at the end of June", "an increase of 38 000 in twelve months": probe24 02_fortnox_swedish_daily,
# split into 615 and 000 before; "27 380 Tsd." style of probe23 03_secunet_german_translation); never a run of
# numbers a plain table writes ("682 573 19": a number follows), never after a number part ("Q2 2025 000")
_SPACED_WORD = re.compile(r"(?<![0-9.,:/-])(?<![0-9] )[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?![0-9]|[.,][0-9]|[ \u00a0]?[0-9%])"
                          r"(?=[ \u00a0]?[A-Za-zÀ-ÿ(),;.]|$)")
# rule spaced_thousands_bracketed: in any document, space thousands right after a currency code or a fused
# scale-and-code word ("MSEK 2 184", "NOK 1 234,5") and alone in brackets ("(1 950)", the prior-year figure of
# a Nordic results release) are one number, never two or three (probe25 04_mycronic_q3_release "MSEK 2 184 (1
# 950)" read as 950, 1, 184; probe24 02_fortnox_swedish_daily "passed 615 000"; devset5 t05_ericsson "SEK 56.2
# (61.8) billion", the bracket of the same convention); never before another number ("SEK 421 372 19": columns)
_CODES = sorted({c.code for c in CURRENCIES if not c.word} | {w.upper() for w in FUSED if w.isalpha() and len(w) == 4
                                                              and w.upper()[1:] in {c for _, c in FUSED.values()}})
# (and right after a sign glued to the number, "R3 204.1 million (R2 987.6 million)": the rand's sign as a JSE results
# page writes it, kindcheck30 tables 03_thabankulu; the same space thousands, after a sign instead of a code)
_SPACED_AFTER_CODE = re.compile(r"(?:(?<![A-Za-z])(?:" + "|".join(_CODES) + r")[ \u00a0]|(?<![A-Za-z0-9$])(?:R|[$€£₹]))"
                                r"(?P<n>[0-9]{1,3}(?:[ \u00a0][0-9]{3})+"
                                r"(?:,[0-9]+|(?<=[0-9]{3})\.[0-9]+(?=[ \u00a0]?(?:million|billion|thousand|m|bn|mn|k)\b))?)"
                                r"(?![0-9]|[.,][0-9]|[ \u00a0]?[0-9])")
_SPACED_BRACKET = re.compile(r"(?<=\()[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:[.,][0-9]+)?(?=\))")
_SWAP = str.maketrans({",": ".", ".": ","})
_TO_COMMA = str.maketrans({"'": ",", "’": ",", "\u2009": ",", "\u202f": ",", " ": ",", "\u00a0": ","})


def _swapped(num: str) -> str:
    return num.translate(_SWAP)


def _grouped(num: str) -> str:
    """'1'234.5' -> '1,234.5', '1 234,5' -> '1,234.5' (a decimal comma after space groups)."""
    if "," in num and any(c in num for c in "'’\u2009\u202f \u00a0"):
        num = num.replace(",", ".")
    return num.translate(_TO_COMMA)


@lru_cache(maxsize=8192)
def english(text: str, notation: Notation = ENGLISH) -> str:
    """`text` with its numbers written in English notation, every character at its place.

    >>> english("412,6 Mio. Euro and 27.380 Tsd. Euro", Notation(","))
    '412.6 Mio. Euro and 27,380 Tsd. Euro'
    >>> english("CHF 1'234.5 million", ENGLISH)
    'CHF 1,234.5 million'
    """
    if not notation.comma and not any(c in text for c in ",.'’\u2009\u202f") and not _SPACED_BRACKET.search(text) \
            and not _SPACED_AFTER_CODE.search(text):
        return text
    chars = list(text)

    def put(m: re.Match, new: str) -> None:
        chars[m.start():m.end()] = new

    if " " in text or "\u00a0" in text:
        for m in _SPACED_AFTER_CODE.finditer(text):
            chars[m.start("n"):m.end("n")] = _grouped(m.group("n"))
        for m in _SPACED_BRACKET.finditer(text):
            put(m, _grouped(m.group(0)))
    if notation.comma:
        for m in _SPACED.finditer(text):
            put(m, _grouped(m.group(0)))
        if " " in text or "\u00a0" in text:
            for m in _SPACED_WORD.finditer(text):
                put(m, _grouped(m.group(0)))
        for m in _COMMA_DOC.finditer(text):
            put(m, _swapped(m.group(0)))   # (only a single comma, or dot thousands: "14.56", "1,234.5",
                                           # "1,24,500" keep their English reading by their own shape)
    else:
        for m in _NEVER_ENGLISH.finditer(text):
            put(m, _swapped(m.group(0)))
    if "'" in text or "’" in text:
        for m in _APOSTROPHE.finditer(text):
            put(m, _grouped(m.group(0)))
    if "\u2009" in text or "\u202f" in text:
        for m in _THIN.finditer(text):
            put(m, _grouped(m.group(0)))
    out = "".join(chars)
    return text if out == text else out
