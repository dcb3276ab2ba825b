"""Hand-written normaliser for the values that appear in financial news.

The finders in this module turn surface text into exact, typed values:

* :func:`find_money`     -- ``"RMB 29.61 billion"`` -> ``Money(Decimal("29610000000"), "CNY")``
* :func:`find_percents`  -- ``"140–160%"``, ``"50 basis points"``, ``"more than doubled"``
* :func:`find_counts`    -- ``"over 70,000 derivative models"``
* :func:`find_periods`   -- ``"second quarter ended September 30, 2024"``, ``"FY2025"``, ``"by 2030"``
* :func:`find_durations` -- ``"over the next three years"`` -> ``P3Y``
* :func:`find_dates`     -- ``"Thursday, Sep 11, 2025"``
* :func:`parse_doc_date` -- publication date from the first lines of an article

Only the standard library is used.  Third-party date and price parsers were
measured to lose scale words, drop RMB, read ``"Q1 2025"`` as a day and treat
parenthesised conversions as negative numbers, so everything here is explicit.

Conventions shared by every finder:

* offsets are character offsets into the text passed in; ``text`` is the
  exact surface slice ``text[start:end]``;
* a leading qualifier ("at least", "around", "~", "within" ...) is part of
  the span, because it changes the meaning of the value;
* results are sorted by start offset and never overlap -- when candidate
  matches overlap, the longest wins;
* values are never negative: a minus sign or parentheses are not read as a
  sign (parentheses in news almost always hold a currency conversion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..pattern_cache import plain
from .currencies import CODES, CURRENCIES, GLUED_SYMBOLS, SCALED_SYMBOLS, WORD_CODES
from .dates import add_months as _add_months, month_end as _month_end
from .lead import lead
from .text_fold import CACHE_SIZE as _CACHE_SIZE, fold
from .quantity_units import HEAD_STEMS, measure_of, quantity, shown
from .notation import ENGLISH, Notation, english
from . import number_words as _number_words
from .scale_words import (ALL as _ALL_SCALE_WORDS, COMPOUND_TAIL, DECIMAL_COMMA_WORDS, EAST_ASIAN, EUROPEAN, FUSED,
                          NEEDS_CURRENCY_WORD, PLURAL_S, UNSPACED_END)

__all__ = [
    "Money",
    "Percent",
    "Count",
    "Period",
    "Duration",
    "find_money",
    "find_percents",
    "find_counts",
    "find_periods",
    "find_durations",
    "find_dates",
    "parse_doc_date",
    "resolve_weekday",
    "clear_caches",
]


# ---------------------------------------------------------------------------
# Speed: gates and caches
# ---------------------------------------------------------------------------
#
# Every pattern below needs some literal text to match ("quarter", a month
# name, a currency sign, a four-digit year ...).  A *gate* is a cheap search
# for that text; when it fails the pattern cannot match and is not run.  A
# gate must only ever be a necessary condition: it may let through text the
# pattern then rejects, never the reverse.  ``_GATED = False`` runs every
# pattern (the tests compare both ways over many sentences).
#
# The finders are pure functions of their text, and pipelines ask for the
# same sentence several times (``find_counts`` needs the money, percent,
# date, period and duration spans of its sentence), so each finder's result
# is cached per text; callers get a fresh list each time.  ``clear_caches``
# empties them (the pipeline does so per document).

_GATED = True
# _CACHE_SIZE: text_fold.CACHE_SIZE, in sentences
_CACHES: list = [fold]   # (text_fold's: `fold` lives there so that rule records need not import this module)
_NO_MATCHES: tuple = ()


def _cached(fn):
    wrapped = lru_cache(maxsize=_CACHE_SIZE)(fn)
    _CACHES.append(wrapped)
    return wrapped


def clear_caches() -> None:
    """Forget every cached finder result (they are pure, so only memory is at stake)."""
    for c in _CACHES:
        c.cache_clear()


def _gate(rx: "re.Pattern", text: str) -> bool:
    return not _GATED or rx.search(text) is not None


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


def _gate_words(words: tuple[str, ...], text: str) -> bool:
    """Gate on case-insensitive words (`fold` makes the substring test exact)."""
    return not _GATED or _has_any(fold(text), words)


# ---------------------------------------------------------------------------
# Value types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """An amount of money, exact and scaled (``"$53bn"`` -> 53000000000 USD)."""

    value: Decimal
    currency: str
    start: int
    end: int
    text: str
    value_max: Decimal | None = None
    qualifier: str | None = None
    equivalents: tuple["Money", ...] = ()


@dataclass(frozen=True)
class Percent:
    """A percentage, a percentage-point change, or a verbal growth magnitude."""

    value: Decimal
    start: int
    end: int
    text: str
    unit: str = "percent"
    value_max: Decimal | None = None
    qualifier: str | None = None
    word: str | None = None
    negative: bool = False  # written with a minus sign: "-2.2%" (value stays the magnitude)


@dataclass(frozen=True)
class Count:
    """A plain quantity of something (``"3.48 billion people"``)."""

    value: Decimal
    start: int
    end: int
    text: str
    qualifier: str | None = None
    noun: str | None = None
    measure: str | None = None   # quantity_units: what the unit or counted noun measures ("capacity", "model size")
    shown: str | None = None     # the value with its unit as written ("26 megawatts", "13 billion parameters")


@dataclass(frozen=True)
class Period:
    """A reporting period or point in time, with inclusive start/end dates."""

    start: date | None
    end: date | None
    label: str
    start_idx: int
    end_idx: int
    text: str
    kind: str


@dataclass(frozen=True)
class Duration:
    """A length of time as an ISO 8601 duration (``"P3Y"``, ``"P18M"``)."""

    iso: str
    start: int
    end: int
    text: str
    qualifier: str | None = None


# ---------------------------------------------------------------------------
# Shared regex pieces
# ---------------------------------------------------------------------------

# Horizontal whitespace, including no-break and thin spaces.
_HS = r"[ \t\u00a0\u2009\u202f]"
# Optional / required gap: horizontal space with at most one line break
# (articles are often hard-wrapped, but a blank line ends an expression).
_S0 = rf"(?:{_HS}*(?:\r?\n{_HS}*)?)"
_S1 = rf"(?:{_HS}+(?:\r?\n{_HS}*)?|\r?\n{_HS}*)"
# Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar, minus.
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
# Range separator dash: hyphen or en dash (spaced or not); an em dash only
# when unspaced, because " — " usually opens an aside, not a range.
_RANGE_DASH = (
    r"(?:[-\u2010\u2011\u2012\u2013\u2212]"
    r"|(?<=[0-9A-Za-z%])[\u2014\u2015](?=[0-9$€£¥₹₩A-Za-z]))"
)
# A plain number: "70,000", "1,234.5", "14.56", "380", and the Indian lakh/crore grouping
# "6,12,761" / "1,23,45,678" (groups of two digits before the last three; indian-digit-grouping:
# probe12 larsen_toubro_q1fy26 "₹6,12,761 crore", probe11 p11_05_tatacomm "2,55,324 crore rupees",
# probe9 g05_bharti_airtel "₹1,91,000 crore")
# A decimal comma ("62,4 mld", "42,1%"): one or two digits after the comma, and only right before a
# scale word or a percent sign, so that "1,234" stays one thousand two hundred and thirty-four
# (rule decimal_comma_before_scale, see _DECIMAL_COMMA_RULE). The English scale words count too: an article
# translated with its numbers kept in the original's format writes "R$ 4,91 billion" (probe20
# 01_serpro_tender-award; probe15 01_turkcell wrote "62,4 mld"): English never writes one or two digits
# after a thousands comma.
_DECIMAL_COMMA = (r"[0-9]{1,3},[0-9]{1,2}(?=[ \u00a0]?(?:%|(?:" + "|".join(re.escape(w) for w in DECIMAL_COMMA_WORDS)
                  + r")(?![A-Za-z])))")
_DECIMAL_COMMA_RE = plain(r"[0-9]{1,3},[0-9]{1,2}")
_NUM = r"(?:" + _DECIMAL_COMMA + r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9,])|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_YEAR_RE = plain(_YEAR)

_SEP_RUN = plain(r"[\s\-]+")  # whitespace/hyphen runs inside a phrase

# Spelled-out numbers: one reader, with its lexicon, in number_words ("two point four billion",
# "three hundred and twelve", "one and a half", "half a million", "a dozen").
_WORDNUM = _number_words.PATTERN

_FUNCTION_WORDS = frozenset(
    """
    a an the in on at by for from to of and or but nor so yet since until till
    through during after before about over under around roughly nearly almost
    approximately some more less fewer than only just all its their our his her
    your my with without into across among between including each every another
    those these this that as while when if because although though up per vs
    versus also both most many last next first total exceeding above below what
    which who where it we they he she there here then still even like unlike
    whereas whether within upon toward towards via plus minus top
    """.split()
)


def _word_value(word: str) -> Decimal | None:
    """Value of a spelled-out number ("twenty-five" -> 25, "a dozen" -> 12, "two point four
    billion" -> 2400000000), "a" / "an" one."""
    w = _SEP_RUN.sub(" ", word.strip().lower())
    if w in ("a", "an"):
        return Decimal(1)
    return _number_words.value(w)


def _to_decimal(raw: str) -> Decimal:
    """Parse a digit string with thousands commas, or a number word."""
    raw = raw.strip()
    if raw[:1].isdigit():
        if _DECIMAL_COMMA_RE.fullmatch(raw):  # "62,4" (admitted only before a scale word or %)
            return Decimal(raw.replace(",", "."))
        return Decimal(raw.replace(",", ""))
    value = _word_value(raw)
    if value is None:  # pragma: no cover - regex only admits known words
        raise ValueError(f"not a number: {raw!r}")
    return Decimal(value)


def _clean(value: Decimal) -> Decimal:
    """Drop a spurious exponent: 29610000000.00 -> 29610000000, 0.50 -> 0.5."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


_is_word_number = _number_words.is_spelled


# --- qualifiers -------------------------------------------------------------

_QUALIFIER_PATTERNS: dict[str, tuple[str, ...]] = {
    "at_least": (
        r"at\s+least", r"more\s+than", r"greater\s+than", r"over", r"above",
        r"exceeding", r"exceeded", r"exceeds", r"in\s+excess\s+of",
        r"upwards?\s+of", r"north\s+of", r"no\s+less\s+than",
        r"not\s+less\s+than", r"a\s+minimum\s+of", r"surpassing", r"topping",
    ),
    "at_most": (
        r"up\s+to", r"less\s+than", r"fewer\s+than", r"under", r"below",
        r"no\s+more\s+than", r"not\s+more\s+than", r"at\s+most",
        r"a\s+maximum\s+of", r"as\s+(?:much|many|high)\s+as",
    ),
    "approx": (
        r"roughly", r"around", r"about", r"approximately", r"approx\.?",
        r"nearly", r"almost", r"some", r"close\s+to", r"circa",
        r"an\s+estimated", r"estimated",
    ),
}
_QUAL_MODIFIER = r"(?:(?:just|well|slightly|far|much|significantly|a\s+little)\s+)?"
_QUAL_WORDS = "|".join(
    sorted(
        (p for pats in _QUALIFIER_PATTERNS.values() for p in pats),
        key=len,
        reverse=True,
    )
)
# Group "qual": a qualifier and the gap after it.  ("within" is not here: it
# only qualifies durations, where it is part of the lead-in.)
_QUAL = (
    rf"(?P<qual>(?i:\b{_QUAL_MODIFIER}(?:{_QUAL_WORDS}))(?![A-Za-z]){_S1}"
    rf"|[~≈><≥≤]{_HS}*)"
)
_QUAL_LOOKUP = [
    (kind, plain(rf"(?i){_QUAL_MODIFIER}(?:{'|'.join(pats)})"))
    for kind, pats in _QUALIFIER_PATTERNS.items()
]
_QUAL_SYMBOLS = {"~": "approx", "≈": "approx", ">": "at_least", "≥": "at_least",
                 "<": "at_most", "≤": "at_most"}


def _qualifier(raw: str | None) -> str | None:
    """Map qualifier text ("more than", "~", "just under") to its kind."""
    if not raw:
        return None
    s = " ".join(raw.split())
    if s in _QUAL_SYMBOLS:
        return _QUAL_SYMBOLS[s]
    for kind, rx in _QUAL_LOOKUP:
        if rx.fullmatch(s):
            return kind
    return None


# --- selection --------------------------------------------------------------

_Cand = tuple  # (start, end, priority, value)


def _select(cands: Iterable[_Cand]) -> list:
    """Keep non-overlapping candidates, longest (then lowest priority) first.

    Each candidate is ``(start, end, priority, value)``; the values of the
    kept candidates are returned sorted by start offset.
    """
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return [c[3] for c in chosen]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# Preceded by "from"/"by" within two words: "from $5bn to $7bn" is a change.
_FROM_BY_BEFORE = lead(r"(?i)\b(?:from|by)\s+(?:\S+\s+){0,2}$")


# range-named-after: "from the US$4.12 billion to US$4.17 billion range it gave in August": a "from … to …"
# the word "range" (or "band", "corridor") closes is the earlier range, not a change from one value to the other.
# Sources: probe24 08b_akamai_q3_news ("up from the US$… billion to US$… billion range it gave in August", read as
# two outlooks before), probe8 f02 ("from €… billion to €… billion previously": the same earlier range, said
# with "previously"), probe6 p6_01_palantir_q3_2025 (the same "up from the $… billion to $… billion range it gave
# in August"); the figure reader types it as the previous outlook (figures._PREVIOUS_AFTER).
_RANGE_AFTER = plain(r"\s+(?:guidance\s+|outlook\s+|forecast\s+|target\s+)?(?:range|band|corridor)\b", re.I)


def _range_ok(text: str, start: int, sep: str, between: bool, end: int | None = None) -> bool:
    """Whether "A <sep> B" starting at ``start`` (ending at ``end``) is a range, not a change."""
    sep = sep.lower()
    if sep == "and":
        return between
    if sep in ("to", "through") and not between:
        if end is not None and _RANGE_AFTER.match(text, end):
            return True   # range-named-after: "from the $4.1 billion to $4.2 billion range"
        return _FROM_BY_BEFORE.search(text, max(0, start - 40), start) is None
    return True


# Capitalised token right before a number: "Llama 4", "Fortune 500", "Vision 2030".
_NAME_BEFORE = plain(r"(?<![A-Za-z0-9&.\-])([A-Z][A-Za-z0-9&.\-]*)[ \u00a0]$")


def _after_name(text: str, start: int) -> bool:
    """True when the number at ``start`` follows a product/brand-like name."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1).lower().rstrip(".") not in _FUNCTION_WORDS


# ---------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------

# every scale word after a number, from the one registry (scale_words.py: the English and short words, the
# Indian, East Asian, European and Asian local words: "$1.5 billion", "174 eok won", "412,6 Mio. Euro", "Rp 18,6
# triliun"), with and without an abbreviation's dot
_SCALES = {**_ALL_SCALE_WORDS, **{w.rstrip("."): v for w, v in _ALL_SCALE_WORDS.items() if w.endswith(".")}}


def _spelled(word: str) -> str:
    """A scale word's spelling as a pattern: spaces as any gap, an abbreviation's dot optional."""
    dot = word.endswith(".")
    return r"\s+".join(re.escape(w) for w in word.rstrip(".").split()) + (r"\.?" if dot else "")


_EUROPEAN_WORDS = "|".join(_spelled(w) for w in sorted(EUROPEAN, key=lambda w: (-len(w), w)))
# the spaced scale words (a one-letter one is read only attached: _scale's "x" group), longest first, the English
# ones with their plural
_SCALE_WORDS = "(?:" + "|".join(
    _spelled(w) + ("s?" if w in PLURAL_S else "")
    for w in sorted((w for w in _ALL_SCALE_WORDS if len(w) > 1 or not w.isascii()), key=lambda w: (-len(w), w))) + ")"
# a smaller East Asian unit after a larger one, the two adding up: "2 jo 4,561 eok won"
_COMPOUND_TAIL = (
    rf"(?:{_S1}(?P<n1c>[0-9]{{1,3}}(?:,[0-9]{{3}})?|[0-9]{{1,4}})(?![0-9,]){_HS}*"
    rf"(?P<s1c>{'|'.join(sorted(COMPOUND_TAIL, key=lambda w: (-len(w), w)))})(?![A-Za-z0-9]))"
)


# Rule spaced_capital_million: a capital "M" one space after an amount is its million, as French, Portuguese and
# Spanish releases abbreviate millions ("€202,4 M", "around €840 M", "R$ 202,4 M"); only a capital M, only one
# space (or none) away, and never "M&A". Provenance: probe32 05_neurones_chiffre_affaires_q3 (French release in
# English: "revenue of €202,4 M", "around €840 M"), kindcheck33 money 03_pirapora_previa_3t26 (Brazilian release:
# "EBITDA ajustado de R$ 202,4 M", "R$ 88,1 M").
_SPACED_M = r"(?:[ \u00a0](?=(?-i:M)(?![A-Za-z0-9&])))?"


def _scale(name: str) -> str:
    """Scale word group ``name`` (spaced words) or ``name``x (an attached letter, or a spaced capital M)."""
    return (
        rf"(?:(?:(?:{_S0}|-)(?P<{name}>{_SCALE_WORDS})|{_SPACED_M}(?P<{name}x>[kmbt]))(?![A-Za-z0-9]))"
    )


def _scale_value(gd: dict, name: str) -> int | None:
    """Multiplier of scale group ``name`` in a match's groupdict, if any."""
    raw = gd.get(name) or gd.get(name + "x")
    if not raw:
        return None
    return _SCALES[_scale_key(raw)]


def _scale_key(raw: str) -> str:
    """The _SCALES key of a scale word as written ("Billions" -> "billion", "Mio." -> "mio.")."""
    key = " ".join(raw.lower().split())
    if key not in _SCALES and key.endswith("s"):  # "billions", "lakh crores"
        key = key[:-1]
    return key


# ISO codes from the currency gazetteer (currencies.py), read in capitals only; the ones that are
# also words or acronyms only before or after a number with a scale word
_OTHER_CODES = CODES
_PREFIX_NOISE = plain(r"[\s.]")  # "U.S. $" -> "us$", "Rs." -> "rs"
# local symbols, longest first ("GH₵" before "₵", "S/." before "S/"), read in their own case
_LOCAL_SYMBOLS = sorted({s for c in CURRENCIES for s in c.symbols}, key=lambda s: (-len(s), s))  # a stable order: the pattern cache keys on the text
_WORD_CODES = WORD_CODES

_PREFIX_CURRENCY = {
    "us$": "USD", "$": "USD", "usd": "USD",
    "hk$": "HKD", "hkd": "HKD",
    "nt$": "TWD", "ntd": "TWD", "twd": "TWD",
    "s$": "SGD", "sgd": "SGD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD",
    "r$": "BRL", "brl": "BRL", "mx$": "MXN",
    "cn¥": "CNY", "rmb": "CNY", "cny": "CNY",
    "jp¥": "JPY", "jpy": "JPY",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "₹": "INR", "rs": "INR", "inr": "INR",
    "₩": "KRW", "krw": "KRW", "chf": "CHF",
    "¥": "", "￥": "",  # yen or yuan: decided by context
    # ISO codes written before the number ("SEK 12.3 billion", "KZT 880 billion"), and the local
    # symbols of the gazetteer ("S/", "KSh", "₸")
    **{c.lower(): c for c in _OTHER_CODES},
    **{_PREFIX_NOISE.sub("", s.lower()): c.code for c in CURRENCIES for s in c.symbols},
    "rp": "IDR", "rm": "MYR", "₺": "TRY", "₱": "PHP", "₦": "NGN", "฿": "THB",
    "nis": "ILS",   # (NEW_SHEKEL_NIS)
    # (currency_symbol_needs_scale) the gazetteer's initials-like symbols, "KD", "SR", "N"
    **{s.lower(): c for s, c in {**SCALED_SYMBOLS, **GLUED_SYMBOLS}.items()},
    # the rand's bare "R" right before digits, in capitals only
    "r": "ZAR",
}
_PREFIX_ALTS = (
    r"US\$|U\.S\.\s?\$|HK\$|NT\$|AU\$|CA\$|NZ\$|MX\$|S\$|A\$|C\$|R\$|CN¥|JP¥"
    r"|RMB|CNY|USD|HKD|TWD|NTD|SGD|AUD|CAD|NZD|BRL|EUR|GBP|JPY|INR|KRW|CHF"
    r"|(?-i:" + "|".join(c for c in _OTHER_CODES if c not in _WORD_CODES) + r")(?=[ \u00a0]?[0-9])"
    r"|(?-i:" + "|".join(sorted(_WORD_CODES)) + r")(?=[ \u00a0]?[0-9])"
    r"|(?-i:" + "|".join(re.escape(s) for s in _LOCAL_SYMBOLS) + r")"
    r"|Rs\.?|Rp\.?|RM(?=\s?\d)|\$|¥|￥|€|£|₹|₩|₺|₱|₦|฿"
    r"|(?-i:NIS)(?=[ \u00a0][0-9])"   # (NEW_SHEKEL_NIS: a space before the number, "NIS2" is an EU directive)
    r"|(?-i:R)(?=[0-9])"
    r"|(?-i:" + "|".join(sorted(SCALED_SYMBOLS)) + r")(?=[ \u00a0]?[0-9])"
    r"|(?-i:" + "|".join(sorted(GLUED_SYMBOLS)) + r")(?=[0-9])"
)
# Rule currency_code_cased: an ISO code that is also an English word ("PHP", "TRY") is a currency
# only in capitals right before a number and a scale word ("PHP 201.9 billion", "PHP6.2bn"); the
# rand's "R" only right before digits and a scale word ("R92.4 billion", "R35 billion to R38 billion"), so that
# "R2" (a product) or "R&D" is no amount.  Provenance: probe16 04_mtn_group_cfo_interview
# ("R92.4 billion") and probe14 03_datatec_interim ("R49.9 billion"); PHP: probe16
# 08_pldt_sustainability_report ("PHP 201.9 billion", "PHP6.2bn"), as the ISO codes already read
# before numbers in probe15 04_safaricom ("KES 388.7 billion") and probe16 05_stc ("SAR 75.89 billion").
# Rule NEW_SHEKEL_NIS: "NIS" (new Israeli shekel) one space before a number is the shekel, ILS ("NIS 1.10 per
# ordinary share", "(NIS thousands)"); glued to a digit it is a name ("the EU's NIS2 directive", probe21
# 06_bitdefender). Provenance: probe31 02_hilan_tase_immediate_report (TASE immediate report: "NIS 47,902
# thousand", "Main data below (NIS thousands, unaudited)"), focusset27 held 13_malamteam_marketclose (market
# close report: "rose 9.1% to NIS 108.40", "NIS 310 million").
# Rule currency_symbol_needs_scale: a local symbol that is also a pair of initials or a letter ("KD", "SR", "BD",
# "RO"; Nigeria's "N" glued to its digits) is a currency only with a scale word, as the rand's "R" is ("N3.05
# billion", "N40 billion commercial paper"; never "N95" or "KLMP.N0000"). Provenance: probe34
# 03_cwg_ngx_earnings_forecast ("N3.05 billion", "N1.9 billion"), kindcheck34 names 03_okpara_9m_2026_ngx
# ("N96.2 billion", "N40 billion"); the same shape as "R92.4 billion" (probe16 04_mtn, probe14 03_datatec).
_SCALE_REQUIRED_PREFIXES = frozenset({"r", *(c.lower() for c in _WORD_CODES),
                                      *(s.lower() for s in {**SCALED_SYMBOLS, **GLUED_SYMBOLS})})  # "PHP 8" is the language's version




def _prefix(name: str) -> str:
    return rf"(?<![A-Za-z0-9])(?P<{name}>{_PREFIX_ALTS})"


_SUFFIX_RULES: list[tuple[str, str]] = [
    (r"(?:u\.?s\.?|american)\s+dollars?", "USD"),
    (r"hong\s+kong\s+dollars?", "HKD"),
    (r"(?:new\s+)?taiwan(?:ese)?\s+dollars?|nt\s+dollars?", "TWD"),
    (r"singapore(?:an)?\s+dollars?", "SGD"),
    (r"australian\s+dollars?", "AUD"),
    (r"canadian\s+dollars?", "CAD"),
    (r"new\s+zealand\s+dollars?", "NZD"),
    (r"dollars?", "USD"),
    # currencies named after the number ("3.4 billion Swiss francs", "12 billion kronor"); a name
    # shared by several (kroner: Norway and Denmark) only with its country
    (r"(?:swiss\s+)?francs?", "CHF"),
    (r"(?:swedish\s+)?(?:kronor|krona)|swedish\s+crowns?", "SEK"),
    (r"norwegian\s+(?:kroner|krone|crowns?)", "NOK"),
    (r"danish\s+(?:kroner|krone|crowns?)", "DKK"),
    (r"(?:south\s+african\s+)?rand", "ZAR"),
    (r"(?:uae\s+|emirati\s+)?dirhams?", "AED"),
    (r"qatari\s+riyals?", "QAR"),
    (r"(?:saudi\s+)?riyals?", "SAR"),
    (r"reais|brazilian\s+reals?", "BRL"),
    (r"(?:malaysian\s+)?ringgit", "MYR"),
    (r"(?:thai\s+)?baht", "THB"),
    (r"(?:indonesian\s+)?rupiah", "IDR"),
    (r"philippine\s+pesos?", "PHP"),
    (r"(?:mexican\s+)?pesos?", "MXN"),
    (r"(?:turkish\s+)?lira|(?-i:TL)", "TRY"),
    (r"(?:nigerian\s+)?naira", "NGN"),
    (r"(?:kenyan\s+)?shillings?", "KES"),
    (r"(?:polish\s+)?zlotys?", "PLN"),
    (r"(?:israeli\s+)?(?:new\s+)?shekels?", "ILS"),
    (r"(?:russian\s+)?(?:roubles?|rubles?)", "RUB"),
    (r"egyptian\s+pounds?", "EGP"),
    (r"pakistani\s+rupees?", "PKR"),
    (r"sri\s+lankan\s+rupees?", "LKR"),
    (r"(?:chinese\s+)?yuan|renminbi|rmb|cny|元|人民币", "CNY"),
    (r"(?:japanese\s+)?yen|jpy", "JPY"),
    (r"euros?|eur", "EUR"),
    (r"(?:british\s+)?pounds?(?:\s+sterling)?|sterling|gbp", "GBP"),
    (r"(?:indian\s+)?rupees?|inr", "INR"),
    (r"(?:south\s+)?(?:korean\s+)?won|krw|원", "KRW"),   # (원 after a Hangul unit: scale_words hangul_scale_words)
    (r"usd", "USD"), (r"hkd", "HKD"), (r"sgd", "SGD"), (r"twd", "TWD"),
    (r"aud", "AUD"), (r"cad", "CAD"), (r"chf", "CHF"),
    # the gazetteer's names after the number ("880 billion tenge"), its symbols written after the
    # number ("4,2 mld zł"), and its codes in capitals ("18,190 million MAD")
    *((n, c.code) for c in CURRENCIES for n in c.names),
    *((re.escape(a), c.code) for c in CURRENCIES for a in c.after),
    *((f"(?-i:{c})", c) for c in _OTHER_CODES),
]
_SUFFIX = "(?:" + "|".join(p for p, _ in _SUFFIX_RULES) + ")"
_SUFFIX_LOOKUP = [(plain(p, re.I), c) for p, c in _SUFFIX_RULES]

# A number for suffix-currency amounts: digits, a number word, or "a" ("a billion dollars").
_MNUM = rf"(?:{_NUM}|{_WORDNUM}|\ban?(?=\s))"
_NO_NUM_BEFORE = r"(?<![\w$€£¥￥₹₩.,])"
_RANGE_SEP = rf"(?P<sep>{_RANGE_DASH}|(?:to|and|through)(?![A-Za-z]))"

_MONEY_PREFIX_ONE = lead(
    rf"{_QUAL}?{_prefix('pre1')}{_S0}(?P<n1>{_NUM}){_scale('s1')}?", re.I
)
_MONEY_PREFIX_RANGE = lead(
    rf"{_QUAL}?(?:\b(?P<btw>between){_S1})?{_prefix('pre1')}{_S0}(?P<n1>{_NUM})"
    rf"{_scale('s1')}?{_S0}{_RANGE_SEP}{_S0}(?:{_prefix('pre2')}{_S0})?"
    rf"(?P<n2>{_NUM}){_scale('s2')}?",
    re.I,
)
# "millones de euros", "milioni di euro": a Romance scale word's "de"/"di" before its currency (rule
# european_scale_words; read only after a European scale word, _money_candidate)
# and French "d'" ("2,3 milliards d'euros", "450 millions d'euros"), after any scale word
# a Chinese scale character's currency follows it unspaced ("25 亿元"; scale_words rule asian_scale_words)
_UNSPACED = "".join(sorted(UNSPACED_END))
_OF = rf"(?:{_S1}(?P<of>de|di|da)(?={_S1})|{_S1}(?P<ofx>d['’])(?=[A-Za-z]))?"
_MONEY_SUFFIX_ONE = lead(
    rf"{_QUAL}?{_NO_NUM_BEFORE}(?P<n1>{_MNUM}){_scale('s1')}?{_COMPOUND_TAIL}?{_OF}(?:{_S1}|(?<=['’" + _UNSPACED + "]))"
    rf"(?P<suf>{_SUFFIX})(?![A-Za-z])",
    re.I,
)
_MONEY_SUFFIX_RANGE = lead(
    rf"{_QUAL}?(?:\b(?P<btw>between){_S1})?{_NO_NUM_BEFORE}(?P<n1>{_MNUM})"
    rf"{_scale('s1')}?{_S0}{_RANGE_SEP}{_S0}(?P<n2>{_MNUM}){_scale('s2')}?{_OF}(?:{_S1}|(?<=['’" + _UNSPACED + "]))"
    rf"(?P<suf>{_SUFFIX})(?![A-Za-z])",
    re.I,
)
_MONEY_REGEXES = (_MONEY_PREFIX_RANGE, _MONEY_SUFFIX_RANGE, _MONEY_PREFIX_ONE, _MONEY_SUFFIX_ONE)


def _fused_spelling(word: str) -> str:
    """A fused scale-and-currency word as a pattern: in its own case when it has capitals ("MSEK"),
    any case otherwise ("mkr", "Mkr"); a space as any gap, a dot optional."""
    pat = r"\s*".join(_spelled(w) for w in word.split())
    return f"(?-i:{pat})" if word != word.lower() else pat


# rule fused_scale_currency (scale_words.FUSED_WORDS): "292 mkr", "1,2 mdr kr", "450 TEUR", and a
# range of them ("3-5 MEUR")
_FUSED_ALTS = "|".join(_fused_spelling(w) for w in sorted(FUSED, key=lambda w: (-len(w), w)))
# the space-grouped thousands these reports write ("2 140 MSEK", "1 331 mkr"; a group of three digits
# after a space, never a number of its own before a fused word)
_SPACED_NUM = r"[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?:[.,][0-9]+)?(?![0-9])"
_MONEY_FUSED = lead(
    rf"{_QUAL}?(?:\b(?P<btw>between){_S1})?{_NO_NUM_BEFORE}(?<![0-9][ \u00a0\u2009\u202f])(?P<n1>{_SPACED_NUM}|{_NUM})"
    rf"(?:{_S0}{_RANGE_SEP}{_S0}(?P<n2>{_SPACED_NUM}|{_NUM}))?{_HS}*(?P<fused>{_FUSED_ALTS})(?![A-Za-z])",
    re.I,
)
# rule fused_code_before_number: a fused scale-and-ISO-code word written before its number, as an ISO code is
# ("MSEK 2 184 (1 950)", "TEUR 450"): the two readings the money reader has (the fused word after the number:
# probe24 02_fortnox_swedish_daily "682 mkr"; an ISO code before it: probe15 04_safaricom "KES 388.7 billion")
# met together in probe25 04_mycronic_q3_release; in capitals only, never before a second number ("MSEK 421
# 372" is a table's two columns, no amount)
_FUSED_CODE_ALTS = "|".join(sorted({w.upper() for w in FUSED if w.isalpha() and len(w) == 4
                                     and w.upper()[1:] in {c for _, c in FUSED.values()}}, key=lambda w: (-len(w), w))
                            + ["MM\\$"])   # (scale_words chilean_mm_pesos: "MM$ 268.400")
_MONEY_FUSED_BEFORE = lead(
    rf"{_QUAL}?(?<![A-Za-z0-9])(?P<fused>(?-i:{_FUSED_CODE_ALTS})){_HS}?(?P<n1>{_SPACED_NUM}|{_NUM})"
    rf"(?:{_S0}{_RANGE_SEP}{_S0}(?:(?-i:{_FUSED_CODE_ALTS}){_HS}?)?(?P<n2>{_SPACED_NUM}|{_NUM}))?"
    # (the Spanish scale word repeating the code's own, "MM$ 12.345 millones": scale_words chilean_mm_pesos)
    rf"(?:[ \u00a0]millones(?![A-Za-z]))?"
    rf"(?![ \u00a0.,]?[0-9]|[ \u00a0]?(?:{_SCALE_WORDS}|[kmbt])(?![A-Za-z]))",
    re.I,
)
_G_FUSED = plain(rf"[0-9]{_HS}*(?:{_FUSED_ALTS})(?![A-Za-z])|(?-i:{_FUSED_CODE_ALTS}){_HS}?[0-9]", re.I)
_FUSED_LOOKUP = {" ".join(k.lower().replace(".", " ").split()): v for k, v in FUSED.items()}


def _unspaced(num: str) -> str:
    """'2 140' -> '2140', '1 234,5' -> '1234.5' (a space-grouped number's decimal comma)."""
    if not any(c in num for c in " \u00a0\u2009\u202f"):
        return num
    return "".join(num.split()).replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "").replace(",", ".")


def _fused_candidate(m: re.Match, text: str) -> "_Cand | None":
    """An amount written with a fused scale-and-currency word ("292 mkr" -> 292,000,000 SEK)."""
    gd = m.groupdict()
    key = " ".join(gd["fused"].lower().replace(".", " ").split())
    scale, currency = _FUSED_LOOKUP.get(key, _FUSED_LOOKUP.get(key.replace(" ", ""), (None, None)))
    if scale is None:
        return None
    value_max = None
    value = _to_decimal(_unspaced(gd["n1"])) * scale
    start, end = m.start(), m.end()
    if gd.get("n2"):
        v2 = _to_decimal(_unspaced(gd["n2"])) * scale
        if not (v2 > value and _range_ok(text, m.start(), gd["sep"], bool(gd.get("btw")), m.end())):
            if m.start("fused") > m.start("n1"):
                return None
            end = m.end("n1")   # "TEUR 450 and 2 140 MSEK": the code's own number alone
        else:
            value_max = _clean(v2)
    return (start, end, 0, Money(value=_clean(value), currency=currency, start=start, end=end,
                                 text=text[start:end], value_max=value_max, qualifier=_qualifier(gd.get("qual"))))

_CNY_CONTEXT = lead(
    r"(?i)\b(?:yuan|renminbi|rmb|cny|china|chinese|beijing|shanghai|shenzhen"
    r"|hangzhou|hong\s+kong|alibaba|tencent|baidu|bytedance|huawei|xiaomi)\b"
)
_JPY_CONTEXT = lead(
    r"(?i)\b(?:yen|jpy|japan|japanese|tokyo|osaka|nikkei|softbank|sony|toyota)\b"
)

_PAREN = plain(r"\s*\(([^()]{1,160})\)")
_EQUIV_LEAD = plain(
    r"(?i)\s*(?:(?:or|i\.e\.,?|equivalent\s+to|equal\s+to|equivalently|about"
    r"|approximately|approx\.?|around|roughly|some|nearly|almost|circa|c\.|ca\.|~|≈)\s*)*"
)


def _yen_currency(text: str, start: int, end: int) -> str:
    """Read a bare ¥ as CNY in Chinese context, else as JPY.

    The ~250 characters around the amount decide; when they hold no cue at
    all, the whole text does.
    """
    for lo, hi in ((max(0, start - 250), end + 250), (0, len(text))):
        cny = sum(1 for _ in _CNY_CONTEXT.finditer(text, lo, hi))
        jpy = sum(1 for _ in _JPY_CONTEXT.finditer(text, lo, hi))
        if cny or jpy:
            return "CNY" if cny > jpy else "JPY"
    return "JPY"


def _suffix_currency(suffix: str) -> str | None:
    """ISO code of a currency word after the number ("billion yuan")."""
    suffix = " ".join(suffix.split())
    for rx, code in _SUFFIX_LOOKUP:
        if rx.fullmatch(suffix):
            return code
    return None


def _prefix_currency(prefix: str, text: str, start: int, end: int) -> str | None:
    """ISO code of a symbol or code before the number ("US$", "RMB", "¥")."""
    code = _PREFIX_CURRENCY.get(_PREFIX_NOISE.sub("", prefix.lower()))
    return _yen_currency(text, start, end) if code == "" else code


def _local_scales_ok(gd: dict) -> bool:
    """An East Asian unit that is also an English word ("man", "jo", "yi") only between digits and a
    currency word ("10 man won", not "a man won"); a compound tail only after such a unit."""
    raws = [gd.get(g) for g in ("s1", "s2", "s1c")]
    local = [r.lower() for r in raws if r and r.lower() in EAST_ASIAN]
    if gd.get("s1c") and not (gd.get("s1") or "").lower() in EAST_ASIAN:
        return False
    if any(r in NEEDS_CURRENCY_WORD for r in local):
        if not gd.get("suf") or _is_word_number(gd["n1"]) or (gd.get("n2") and _is_word_number(gd["n2"])):
            return False
    return not local or not _is_word_number(gd["n1"])


_EUROPEAN_KEYS = frozenset(k for k in _SCALES if k in EUROPEAN or k + "." in EUROPEAN)

# Rule currency_pair_rate: two currency codes joined by a slash are an exchange rate, and the number next to
# the pair is the rate, never an amount of the first or second currency ("the average CNB rate of 25,09
# CZK/EUR", "USD/JPY 153.2", "USD/CNY 7.1290"). Provenance: probe33 07_aricoma_czech_halfyear_report ("Revenue
# converted at the average CNB rate of 25,09 CZK/EUR amounted to EUR 366,0 mil.": 25,09 CZK was typed as
# revenue), probe9 g04_kddi_1h_fy2026 (a market ticker "USD/JPY 153.2"), devset5 t10_iflytek (a ticker
# "USD/CNY 7.1290").
_PAIR_AFTER = plain(r"/[ \u00a0]?[A-Z]{3}(?![A-Za-z])")
_PAIR_BEFORE = plain(r"(?<![A-Za-z])[A-Z]{3}[ \u00a0]?/[ \u00a0]?$")


def _spelled_hyphen(gd: dict) -> bool:
    """Whether a range's dash joins number words: "forty-two" is one number, never "forty" to "two"."""
    return not gd["sep"].isalpha() and (_is_word_number(gd["n1"]) or _is_word_number(gd["n2"]))


def _money_candidate(m: re.Match, text: str) -> _Cand | None:
    """Validate one money regex match and build a candidate for selection."""
    gd = m.groupdict()
    if gd.get("of") and _scale_key(gd.get("s2") or gd.get("s1") or "") not in _EUROPEAN_KEYS:
        return None  # "de"/"di" only after a European scale word: "1,2 milhões de reais"
    if gd.get("ofx") and not (gd.get("s2") or gd.get("s1")):
        return None  # "d'" only after a scale word: "450 millions d'euros"
    if gd.get("suf"):
        currency = _suffix_currency(gd["suf"])
        if gd["suf"] in _WORD_CODES and not (_scale_value(gd, "s1") or _scale_value(gd, "s2")):
            return None  # "12 TOP", "3 MAD": a code that is also a word needs its scale word
    else:
        currency = _prefix_currency(gd["pre1"], text, m.start(), m.end())
        if gd["pre1"].lower() in _SCALE_REQUIRED_PREFIXES and not (_scale_value(gd, "s1") or _scale_value(gd, "s2")):
            return None  # "R2", "PHP 8": no scale word, no amount
        if (gd["pre1"] in _OTHER_CODES and not gd.get("n2") and not _scale_value(gd, "s1")
                and re.fullmatch(r"(?:19|20)[0-9]{2}", gd["n1"])):
            return None  # "KZT 2025 results": a code before a year
    if currency is None:
        return None
    if (gd.get("suf") and text.startswith("/", m.end("suf")) and _PAIR_AFTER.match(text, m.end("suf"))) or (
            gd.get("pre1") and "/" in text[max(0, m.start("pre1") - 2):m.start("pre1")]
            and _PAIR_BEFORE.search(text[max(0, m.start("pre1") - 6):m.start("pre1")])):
        return None   # rule currency_pair_rate: "25,09 CZK/EUR", "USD/JPY 153.2" is a rate
    if not _local_scales_ok(gd):
        return None
    n1 = _to_decimal(gd["n1"])
    s1 = _scale_value(gd, "s1")
    end = m.end()
    value_max = None
    if gd.get("n2"):
        if _spelled_hyphen(gd):
            return None
        s2 = _scale_value(gd, "s2")
        n2 = _to_decimal(gd["n2"])
        if gd.get("pre2") and _prefix_currency(gd["pre2"], text, m.start(), m.end()) != currency:
            return None
        if s1 and not s2:
            return None  # "$5 billion to 2026"
        if not s2 and not gd.get("pre2") and 1900 <= n2 <= 2100:
            return None
        if _is_word_number(gd["n2"]) and not s2 and not _number_words.scaled(gd["n2"]):
            return None
        # "between two and three billion dollars": the spelled second number's scale word is the first's too
        shared = s2 or (not _number_words.scaled(gd["n1"]) and _number_words.trailing_scale(gd["n2"]))
        v1, v2 = n1 * (s1 or shared or 1), n2 * (s2 or 1)
        if not (v2 > v1 and _range_ok(text, m.start(), gd["sep"], bool(gd.get("btw")), m.end())):
            return None
        value, value_max = v1, _clean(v2)
    else:
        if _is_word_number(gd["n1"]) and not s1 and not _number_words.scaled(gd["n1"]):
            return None  # "one dollar" is fine, but "no one won" is not money ("three hundred dollars" is)
        value = n1 * (s1 or 1)
        if gd.get("s1c"):  # "2 jo 4,561 eok": the smaller unit's part adds to the larger one's
            tail = _to_decimal(gd["n1c"]) * _SCALES[gd["s1c"].lower()]
            if not s1 or tail >= s1:
                return None  # "5 eok 3 jo" or "2 3 eok": no compound
            value += tail
    start = m.start()
    money = Money(
        value=_clean(value),
        currency=currency,
        start=start,
        end=end,
        text=text[start:end],
        value_max=value_max,
        qualifier=_qualifier(gd.get("qual")),
    )
    return (start, end, 0, money)


def _attach_equivalents(text: str, items: list[Money]) -> list[Money]:
    """Fold a parenthesised conversion into the amount right before it."""
    out: list[Money] = []
    consumed: set[int] = set()
    for i, money in enumerate(items):
        if i in consumed:
            continue
        paren = _PAREN.match(text, money.end)
        if paren:
            inner = [
                j for j in range(i + 1, len(items))
                if items[j].start >= paren.start(1) and items[j].end <= paren.end(1)
            ]
            # (a bracket in the amount's own currency with another value is no conversion but a comparative, "R3 204.1
            # million (R2 987.6 million)" / "$3.2 million ($2.9 million)": kindcheck30 tables 03_thabankulu, probe24
            # 08b_akamai "(Q2: US$540 million)"; a list reader dates it (list_lines.BRACKETED_LINE); the same value
            # restated, "about HUF 1,000 billion (HUF 1 trillion)", stays its equivalent)
            if inner and _EQUIV_LEAD.fullmatch(text, paren.start(1), items[inner[0]].start) \
                    and not (money.currency and all(items[j].currency == money.currency for j in inner)
                             and not any(items[j].value in (money.value, money.value_max) for j in inner)):
                money = replace(money, equivalents=tuple(items[j] for j in inner))
                consumed.update(inner)
        out.append(money)
    return out


# Gates: a prefix amount needs its currency sign or code (and a digit); a
# suffix amount needs its currency word right after a space.
_G_MONEY_PREFIX = plain(rf"(?<![A-Za-z0-9])(?:{_PREFIX_ALTS})", re.I)
_G_MONEY_SUFFIX = plain(rf"(?<=[\s'’{_UNSPACED}])(?:{_SUFFIX})(?![A-Za-z])", re.I)   # ("millions d'euros")
_G_DIGIT = plain(r"[0-9]")


@_cached
def _money_all(text: str) -> tuple[Money, ...]:
    prefix = _gate(_G_DIGIT, text) and _gate(_G_MONEY_PREFIX, text)
    suffix = _gate(_G_MONEY_SUFFIX, text)
    cands = [
        c for rx, on in zip(_MONEY_REGEXES, (prefix, suffix, prefix, suffix)) if on
        for m in rx.finditer(text)
        if (c := _money_candidate(m, text)) is not None
    ]
    if _gate(_G_FUSED, text):
        cands += [c for rx in (_MONEY_FUSED, _MONEY_FUSED_BEFORE) for m in rx.finditer(text)
                  if (c := _fused_candidate(m, text)) is not None]
    return tuple(_attach_equivalents(text, _select(cands)))


def names_an_amount(name: str, text: str) -> bool:
    """Whether ``name`` is, where ``text`` writes it, part of an amount of money: "SAR 10.40" of
    "SAR 10.40 billion", "PHP 201.9" of "PHP 201.9 billion" (a currency code and a number are no
    product or company name).

    >>> names_an_amount("SAR 10.40", "capex of SAR 10.40 billion"), names_an_amount("Llama 4", "Llama 4 ships")
    (True, False)
    """
    return bool(_G_DIGIT.search(name)) and any(name in m.text for m in _money_all(text))


def find_money(text: str, notation: Notation = ENGLISH) -> list[Money]:
    """Find amounts of money, with ranges, qualifiers and parenthesised conversions, reading the
    numbers in the document's `notation` (notation.py; English by default).

    >>> [(m.value, m.currency) for m in find_money("RMB 29.61 billion")]
    [(Decimal('29610000000'), 'CNY')]
    >>> [(m.value, m.text) for m in find_money("27.380 Tsd. Euro", Notation(","))]
    [(Decimal('27380000'), '27.380 Tsd. Euro')]
    """
    t = english(text, notation)
    found = list(_money_all(t)) if t is text else [_money_as_written(m, text) for m in _money_all(t)]
    return _with_bracketed_prior(found, t, text) if notation.bracket_prior and "(" in text else found


# rule bracketed_prior_year_convention (notation.py): in a document that declares it, a bare number in brackets
# right after an amount ("MSEK 2 184 (1 950)", "682 mkr (573)") is the same amount a year before: an amount of
# its own, in the first's currency and scale, found after it (its period is moved back by prior_year.redate)
_BRACKET_AFTER = plain(r"[ \u00a0]?\((?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\)(?![0-9A-Za-z%])")
# (space thousands before a fused code, "2 214 MSEK (2 018)": the number is 2 214, never its first group, probe29
# 04_addnode_interim_report; the code-first "MSEK 2 184 (1 950)" of probe25 04_mycronic is grouped by notation.py)
_FIRST_NUMBER = plain(r"[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9][0-9,]*(?:\.[0-9]+)?")
_SCALE_AFTER_BRACKET = plain(rf"[ \u00a0](?P<s>{_SCALE_WORDS})(?![A-Za-z0-9])", re.I)


def _with_bracketed_prior(found: list[Money], t: str, text: str) -> list[Money]:
    out: list[Money] = []
    for m in found:
        out.append(m)
        b = _BRACKET_AFTER.match(t, m.end)
        own = _FIRST_NUMBER.search(t, m.start, m.end)
        if b is None or own is None or m.value_max is not None:
            continue
        base = _to_decimal(re.sub(r"[ \u00a0]", "", own.group(0)))
        if not base:
            continue
        factor = m.value / base
        sc = _SCALE_AFTER_BRACKET.match(t, b.end())
        if sc is not None and factor == 1 and not m.equivalents:
            # "SEK 56.2 (61.8) billion" (devset5 t05_ericsson): the scale word after the bracket scales both
            factor = Decimal(_SCALES[_scale_key(sc.group("s"))])
            out[-1] = m = replace(m, value=_clean(m.value * factor), end=sc.end(), text=text[m.start:sc.end()])
        out.append(Money(value=_clean(_to_decimal(b.group("n")) * factor), currency=m.currency, start=b.start("n"),
                         end=b.end("n"), text=text[b.start("n"):b.end("n")]))
    return out


# a number with a scale word of the registry that needs no currency word after it ("3.2 billion", "412,6 Mio.",
# "Rp 18,6 triliun"), money or not
_SCALED_NUMBER = plain(
    r"[0-9][0-9.,]*[ \t\u00a0\u2009\u202f]*(?:" + "|".join(
        _spelled(w) + ("s?" if w in PLURAL_S else "")
        for w in sorted((w for w in _ALL_SCALE_WORDS if (len(w) > 1 or not w.isascii()) and w not in NEEDS_CURRENCY_WORD),
                        key=lambda w: (-len(w), w))) + r")(?![A-Za-z])", re.I)


def has_amount(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `text[start:end]` states an amount: money the money reader finds there (any currency, code or
    fused word: "MSEK 492", "Rp 120 miliar", "$4m"), or a number with a scale word ("3.2 billion").

    >>> has_amount("Cloud booked MSEK 492 in the quarter"), has_amount("revenue of 3.2 billion"), has_amount("Cloud grew")
    (True, True, False)
    """
    end = len(text) if end is None else end
    return (_SCALED_NUMBER.search(text, start, end) is not None
            or any(start <= m.start < end for m in find_money(text)))


def _money_as_written(m: Money, text: str) -> Money:
    """A money found in the English rewrite of `text` with its text as `text` writes it (the rewrite
    keeps every offset)."""
    return replace(m, text=text[m.start:m.end], equivalents=tuple(_money_as_written(e, text) for e in m.equivalents))


# ---------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------

_PCT_UNITS = (
    rf"%|％|percentage[\s-]+points?|percent(?![A-Za-z])|per{_S1}cent(?![A-Za-z])"
    r"|pct(?![A-Za-z])|ppts?(?![A-Za-z])|pp(?![A-Za-z])|basis[\s-]+points?"
    r"|bps(?![A-Za-z])|bp(?![A-Za-z])"
)
_PNUM = rf"(?:{_NUM}|{_WORDNUM})"
_PCT_ONE = lead(
    rf"{_QUAL}?(?<![\w.,])(?P<n1>{_PNUM}){_S0}(?P<u1>{_PCT_UNITS})", re.I
)
_PCT_RANGE = lead(
    rf"{_QUAL}?(?:\b(?P<btw>between){_S1})?(?<![\w.,])(?P<n1>{_PNUM})"
    rf"(?:{_S0}(?P<u1>{_PCT_UNITS}))?{_S0}(?P<sep>{_RANGE_DASH}|(?:to|and)(?![A-Za-z]))"
    rf"{_S0}(?P<n2>{_PNUM}){_S0}(?P<u2>{_PCT_UNITS})",
    re.I,
)
# "triple-digit growth", "double digits", "high-single-digit".
_PCT_DIGITS = lead(
    r"(?i)\b(?:(?:low|mid|high)[\s-]+(?:to[\s-]+(?:low|mid|high)[\s-]+)?)?"
    r"(?P<k>single|double|triple)[\s-]+digits?\b"
    r"(?![\s-]+(?:millions?|billions?|thousands?|trillions?|numbers?|dollars?|yuan)\b)"
)
_DIGIT_WORDS = {
    "single": (Decimal(1), Decimal(9), None),
    "double": (Decimal(10), None, "at_least"),
    "triple": (Decimal(100), None, "at_least"),
}
# "doubled", "more than tripled" (but not "doubled down").
_PCT_MULT = lead(
    rf"{_QUAL}?(?i:\b(?P<v>doubl|tripl|quadrupl)(?:ed|ing|es)\b)(?!\s+down\b)", re.I
)
# "expects to double", "will triple".
_PCT_MULT_BASE = lead(
    r"(?i)\b(?:to|will|would|could|can|may|might|should)\s+"
    rf"(?P<body>{_QUAL}?(?P<v>double|triple|quadruple))\b(?![\s-]+digits?)(?!\s+down\b)"
)
_PCT_FOLD = lead(
    rf"{_QUAL}?(?i:\b(?P<n>[0-9]+(?:\.[0-9]+)?|two|three|four|five|six|seven|eight"
    r"|nine|ten)[\s-]?fold\b)",
    re.I,
)
# verbs of change a fraction follows ("fell by a third")
_CHANGE_VERBS = (r"rose|risen|rise|rises|grew|grown|grow|grows|increased?|increases|climbed|jumped|surged|soared|"
                 r"expanded|lifted|raised|boosted|gained|fell|fallen|fall|falls|declined?|declines|dropped|"
                 r"decreased?|decreases|cut|cuts|reduced?|reduces|lowered|slashed|trimmed|shrank|shrunk|contracted|"
                 r"slid|tumbled|plunged|narrowed|sank|down|up")
_MULT_VALUES = {"doubl": 100, "double": 100, "tripl": 200, "triple": 200,
                "quadrupl": 300, "quadruple": 300}


def _pct_unit(raw: str) -> tuple[str, Decimal]:
    """(unit, divisor) for a percent unit token; basis points are 1/100 pp."""
    u = " ".join(raw.lower().split())
    if u.startswith("basis") or u in ("bp", "bps"):
        return "percentage_points", Decimal(100)
    if u.startswith("percentage") or u in ("pp", "ppt", "ppts"):
        return "percentage_points", Decimal(1)
    return "percent", Decimal(1)


def _percent_candidate(m: re.Match, text: str) -> _Cand | None:
    gd = m.groupdict()
    unit, div = _pct_unit(gd.get("u2") or gd["u1"])
    value = _to_decimal(gd["n1"]) / div
    value_max = None
    if gd.get("n2"):
        if _spelled_hyphen(gd):
            return None
        if gd.get("u1") and _pct_unit(gd["u1"]) != (unit, div):
            return None
        value_max = _to_decimal(gd["n2"]) / div
        if not (value_max > value and _range_ok(text, m.start(), gd["sep"], bool(gd.get("btw")))):
            return None
        value_max = _clean(value_max)
    pct = Percent(
        value=_clean(value), start=m.start(), end=m.end(), text=m.group(0),
        unit=unit, value_max=value_max, qualifier=_qualifier(gd.get("qual")),
    )
    return (m.start(), m.end(), 0, pct)


# every unit in _PCT_UNITS holds one of these
_G_PCT_UNIT = ("%", "％", "per", "pct", "pp", "bp", "basis")
_G_PCT_DIGITS = ("digit",)
_G_PCT_MULT = ("doubl", "tripl", "quadrupl")
_G_PCT_FOLD = ("fold",)
# Rule fraction-of-change: a change said as a fraction after a verb of change and "by" ("revenue fell by a
# third", "cut its workforce by a quarter", "sales rose by half", "lifted capacity by two-thirds") is that
# percent (33.3, 25, 50, 66.7), kept with its words like "doubled"; the fraction must end the phrase ("by a
# third party", "by a quarter of its staff", "by half a point" are no change of the whole), and "slipped by
# one quarter" (a delay) has no verb of change. Provenance: kindcheck27/entities 02_veltrano_orders ("orders
# for AI servers rose by a third in 2025"), kindcheck35/names 02_nlph_h1_2026_news_eg ("lifted first-half
# profit by more than a fifth", "grew by about a quarter in value terms"), firstcontact/probe20
# 05_atnorth_esg-report ("our consumption rose by more than a third").
_PCT_FRACTION = lead(
    rf"(?i:\b(?:{_CHANGE_VERBS})\b(?:[ \t]+[\w'’-]+){{0,4}}?[ \t]+by[ \t]+(?P<body>{_QUAL}?(?P<f>{_number_words.FRACTION})))"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:to|from|in|on|over|since|year|compared|versus|vs|and|as|after|while|last|this|"
    r"between|amid|during|at|the|its|their|year-on-year|y/y|yoy)\b)"
)
_G_PCT_FRACTION = ("third", "quarter", "fifth", "tenth", "half")


def _word_percents(text: str) -> Iterable[_Cand]:
    """Verbal magnitudes: digit words, doubling verbs, N-fold and fractions of change."""
    for m in _PCT_FRACTION.finditer(text) if _gate_words(_G_PCT_FRACTION, text) else _NO_MATCHES:
        value = _number_words.fraction_percent(m["f"])
        s, e = m.span("body")
        if value is not None:
            yield (s, e, 1, Percent(value, s, e, text[s:e], qualifier=_qualifier(m["qual"]),
                                    word=" ".join(text[s:e].lower().split())))
    for m in _PCT_DIGITS.finditer(text) if _gate_words(_G_PCT_DIGITS, text) else _NO_MATCHES:
        value, vmax, qual = _DIGIT_WORDS[fold(m.group("k"))]
        word = _SEP_RUN.sub("-", m.group(0).lower()).replace("digits", "digit")
        yield (m.start(), m.end(), 1, Percent(value, m.start(), m.end(), m.group(0),
                                              value_max=vmax, qualifier=qual, word=word))
    mult = _gate_words(_G_PCT_MULT, text)
    for rx, group in ((_PCT_MULT, 0), (_PCT_MULT_BASE, "body")):
        for m in rx.finditer(text) if mult else _NO_MATCHES:
            s, e = m.span(group)
            qual = _qualifier(m.group("qual"))
            word = " ".join(text[s:e].lower().split())
            yield (s, e, 1, Percent(Decimal(_MULT_VALUES[fold(m.group("v"))]), s, e,
                                    text[s:e], qualifier=qual, word=word))
    for m in _PCT_FOLD.finditer(text) if _gate_words(_G_PCT_FOLD, text) else _NO_MATCHES:
        n = _to_decimal(m.group("n"))
        if n <= 1:
            continue
        word = " ".join(m.group(0).lower().split())
        yield (m.start(), m.end(), 1, Percent(_clean((n - 1) * 100), m.start(), m.end(),
                                              m.group(0), qualifier=_qualifier(m.group("qual")),
                                              word=word))


def find_percents(text: str, notation: Notation = ENGLISH) -> list[Percent]:
    """Find percentages, percentage-point changes and verbal growth magnitudes.

    ``"50 basis points"`` is 0.5 percentage points; ``"more than doubled"`` is
    ``Percent(100, qualifier="at_least", word="more than doubled")``.
    Multipliers such as ``"1.5x"`` are not percentages and are not returned. `notation`: the
    document's number notation (notation.py; "11,8 %" in a decimal-comma document).
    """
    t = english(text, notation)
    if t is text:
        return list(_percents_all(text))
    return [replace(p, text=text[p.start:p.end]) for p in _percents_all(t)]


@_cached
def _percents_all(text: str) -> tuple[Percent, ...]:
    cands: list[_Cand] = []
    if _gate_words(_G_PCT_UNIT, text):
        for rx in (_PCT_RANGE, _PCT_ONE):
            cands += [c for m in rx.finditer(text) if (c := _percent_candidate(m, text))]
    cands += list(_word_percents(text))
    return tuple(_signed(text, p) for p in _select(cands))


# a minus sign written right before a percentage that opens a value ("-2.2%", "(−3.5%)", "between
# -1.0% and +1.0%"), not a range dash ("5-7%") nor a hyphen after a word ("year-2%")
_MINUS_BEFORE = plain(r"(?:^|[\s(\[/,:;])[-\u2212\u2013]$")


def _signed(text: str, p: Percent) -> Percent:
    if p.start > 0 and p.text[:1].isdigit() and _MINUS_BEFORE.search(text[max(0, p.start - 2):p.start]):
        return replace(p, negative=True, start=p.start - 1, text=text[p.start - 1:p.end])
    return p


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december"]
_MONTH_ABBRS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
                "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday"]
_WEEKDAY_ABBRS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                  "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


def _cased(words: Iterable[str]) -> str:
    """Alternation of Title and UPPER forms ("May", "MAY" but never "may"), longest first
    (ties in a fixed order: the same pattern text in every process, so the pattern cache
    finds it)."""
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())},
                   key=lambda f: (-len(f), f))
    return "|".join(forms)


_MONTH_FULL = rf"(?:{_cased(_MONTH_NAMES)})(?![A-Za-z])"
_MONTH_ANY = (
    rf"(?:(?:{_cased(_MONTH_NAMES)})(?![A-Za-z])"
    rf"|(?:{_cased(_MONTH_ABBRS)})(?![A-Za-z])\.?)"
)
_WEEKDAY_FULL = rf"(?:{_cased(_WEEKDAY_NAMES)})(?![A-Za-z])"
_WEEKDAY_ANY = (
    rf"(?:(?:{_cased(_WEEKDAY_NAMES)})(?![A-Za-z])"
    rf"|(?:{_cased(_WEEKDAY_ABBRS)})(?![A-Za-z])\.?)"
)
_WD_PREFIX = rf"(?:{_WEEKDAY_ANY},?{_S1})?"
_DAY = r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
_YEAR_G = rf"(?P<y>{_YEAR})"

_DATE_MDY = lead(rf"{_WD_PREFIX}(?P<m>{_MONTH_ANY}){_S0}{_DAY}(?:,{_S0}|{_S1}){_YEAR_G}")
_DATE_DMY = lead(
    rf"{_WD_PREFIX}(?<![0-9.,]){_DAY}{_S1}(?:of{_S1})?(?P<m>{_MONTH_ANY}),?{_S1}{_YEAR_G}"
)
_DATE_ISO = lead(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/])(?P<m>[01]?[0-9])(?P=sep)"
    r"(?P<d>[0-3]?[0-9])(?![0-9])"
)
_DATE_MD = lead(rf"{_WD_PREFIX}(?P<m>{_MONTH_ANY}){_S0}{_DAY}")
_DATE_DM = lead(rf"(?<![0-9.,]){_DAY}{_S1}(?:of{_S1})?(?P<m>{_MONTH_ANY})")
_DATE_WEEKDAY = plain(
    rf"(?i:\b(?:on|last|this\s+past|since|by|until|before|from)){_S1}"
    rf"(?P<wd>{_WEEKDAY_FULL})(?!,?{_S0}(?:{_MONTH_ANY}|[0-9]))"
)


def _month_num(raw: str) -> int:
    key = raw.lower().rstrip(".")
    return _MONTH_ABBRS.get(key) or _MONTH_NAMES.index(key) + 1


def _weekday_num(raw: str) -> int:
    key = raw.lower().rstrip(".")
    if key in _WEEKDAY_NAMES:
        return _WEEKDAY_NAMES.index(key)
    if key in _WEEKDAY_ABBRS:
        return _WEEKDAY_ABBRS[key]
    raise ValueError(f"unknown weekday: {raw!r}")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _closest(doc: date, options: Iterable[tuple[date, date]]) -> tuple[date, date] | None:
    """The (start, end) whose midpoint is nearest to ``doc``.

    News mostly reports the past, so a distance into the future counts double.
    """
    best = None
    for s, e in options:
        delta = (s + (e - s) / 2) - doc
        dist = delta * 2 if delta > timedelta(0) else -delta
        if best is None or dist < best[0]:
            best = (dist, (s, e))
    return best[1] if best else None


def _near_years(doc: date, build: Callable[[int], tuple[date, date] | None]) -> list[tuple[date, date]]:
    return [r for y in (doc.year - 1, doc.year, doc.year + 1) if (r := build(y))]


def _dated(build: Callable[[int], date | None], doc: date, past: bool) -> date | None:
    """Pick a year for a yearless day: latest on/before ``doc`` or nearest."""
    days = [d for y in (doc.year - 1, doc.year, doc.year + 1) if (d := build(y))]
    if past:
        earlier = [d for d in days if d <= doc]
        return max(earlier) if earlier else None
    hit = _closest(doc, [(d, d) for d in days])
    return hit[0] if hit else None


@dataclass(frozen=True)
class _DateHit:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None


# Gates shared by dates and periods: a four-digit year, a month name (every
# cased form of a month name or abbreviation starts with one of these), a
# weekday name.
_G_YEAR = plain(r"(?:19|20)[0-9]{2}")
_G_MONTH = tuple(sorted({f[:3] for f in _cased([*_MONTH_NAMES, *_MONTH_ABBRS]).split("|")}))
_G_WEEKDAY = tuple(_cased(_WEEKDAY_NAMES).split("|"))


@_cached
def _date_hits(text: str) -> tuple[_DateHit, ...]:
    """All date mentions (full, yearless, weekday-only), non-overlapping."""
    cands: list[_Cand] = []
    month = not _GATED or _has_any(text, _G_MONTH)
    year = _gate(_G_YEAR, text)
    for prio, (rx, on) in enumerate(((_DATE_MDY, month and year), (_DATE_DMY, month and year), (_DATE_ISO, year))):
        for m in rx.finditer(text) if on else _NO_MATCHES:
            y, mo, d = int(m["y"]), _month_num(m["m"]) if not m["m"].isdigit() else int(m["m"]), int(m["d"])
            if _safe_date(y, mo, d):
                cands.append((m.start(), m.end(), prio, _DateHit(m.start(), m.end(), y, mo, d)))
    for rx in (_DATE_MD, _DATE_DM):
        for m in rx.finditer(text) if month else _NO_MATCHES:
            mo, d = _month_num(m["m"]), int(m["d"])
            if _safe_date(2000, mo, d):  # leap year: admits Feb 29
                cands.append((m.start(), m.end(), 5, _DateHit(m.start(), m.end(), None, mo, d)))
    for m in _DATE_WEEKDAY.finditer(text) if not _GATED or _has_any(text, _G_WEEKDAY) else _NO_MATCHES:
        s, e = m.span("wd")
        cands.append((s, e, 6, _DateHit(s, e, None, None, None, _weekday_num(m["wd"]))))
    return tuple(_select(cands))


def _resolve_hit(hit: _DateHit, doc_date: date | None) -> date | None:
    if hit.year is not None:
        return date(hit.year, hit.month, hit.day)
    if doc_date is None:
        return None
    if hit.weekday is not None:
        return resolve_weekday(_WEEKDAY_NAMES[hit.weekday], doc_date)
    return _dated(lambda y: _safe_date(y, hit.month, hit.day), doc_date, past=False)


def find_dates(text: str, doc_date: date | None = None) -> list[tuple[date, int, int]]:
    """Find calendar dates as ``(date, start, end)``.

    Full dates ("14 May 2026", "Feb. 24, 2025", "2025-08-14", "Thursday, Sep
    11, 2025") are always returned.  Yearless dates ("March 3") take the year
    that puts them nearest to ``doc_date``; "on Monday" is the most recent
    Monday on or before ``doc_date``.  Without ``doc_date`` those are skipped.
    """
    out = []
    for hit in _date_hits(text):
        d = _resolve_hit(hit, doc_date)
        if d is not None:
            out.append((d, hit.start, hit.end))
    return out


def resolve_weekday(weekday_name: str, doc_date: date) -> date:
    """Most recent ``weekday_name`` on or before ``doc_date`` ("Mon" or "Monday")."""
    wd = _weekday_num(weekday_name.strip())
    return doc_date - timedelta(days=(doc_date.weekday() - wd) % 7)


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------

_FISCAL = r"(?:fiscal|financial)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# A year after a quarter/half: "2024", "fiscal 2025", "FY25", "this year".
_YEARSPEC = (
    rf"(?:(?P<fy>{_FISCAL}(?:\s+year)?\s+|FY\s?['’]?)(?P<fyy>(?:19|20)?[0-9]{{2}})(?![0-9])"
    rf"|(?P<rel>this|next|last|the\s+current|the)\s+(?:(?P<relfy>{_FISCAL})\s+)?year\b"
    rf"|(?P<y>{_YEAR}))"
)

_P_QUARTER_ENDED = lead(
    rf"(?:(?P<pf>(?i:{_FISCAL}))[\s-]+)?"
    rf"(?:(?P<ord>(?i:{_ORD}))[\s-]+(?:(?P<pf2>(?i:{_FISCAL}))[\s-]+)?)?"
    rf"(?P<term>(?i:quarter|half[\s-]year|half|(?:{_FISCAL}[\s-]+)?year"
    rf"|(?P<nm>{_WORDNUM}|[0-9]{{1,2}})[\s-]+months?|(?P<nw>[0-9]{{1,2}})[\s-]+weeks?))"
    rf"(?:{_S1}(?i:period))?,?{_S1}"
    rf"(?P<verb>(?i:ended|ending|ends|that{_S1}ended|to|through|thru))(?:{_S1}(?i:on))?{_S1}"
    rf"(?:(?P<m1>{_MONTH_ANY}){_S0}(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
    rf"(?:,?{_S0}(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?{_S1}(?P<m2>{_MONTH_ANY})(?:,?{_S1}(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MONTH_ANY})(?:,?{_S1}(?P<y3>{_YEAR}))?"
    rf"|(?P<iy>{_YEAR})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9])(?![0-9]))"
)
_P_QUARTER_ORD = lead(
    rf"(?:(?P<f1>{_FISCAL})[\s-]+)?(?P<ord>{_ORD})[\s-]+(?:(?P<f2>{_FISCAL})[\s-]+)?quarter\b"
    rf"(?:,?{_S1}(?:(?:of|in){_S1})?(?:the{_S1})?{_YEARSPEC})?",
    re.I,
)
_P_QUARTER_Q = plain(  # "fiscal Q2 2026" is the fiscal quarter, not the calendar one
    rf"(?:\b(?P<f1>(?i:{_FISCAL}))[\s-]+)?\bQ(?P<q>[1-4])(?![A-Za-z0-9])"
    rf"(?:{_S0}['’](?P<yy>[0-9]{{2}})(?![0-9])|(?:{_S1}|{_DASH}|/)(?:of{_S1})?{_YEARSPEC})?"
)
_P_QUARTER_YQ = plain(rf"(?<![A-Za-z0-9])(?P<y>{_YEAR}){_S1}Q(?P<q>[1-4])(?![A-Za-z0-9])")
_P_QUARTER_FYQ = plain(
    r"(?<![A-Za-z0-9])FY\s?['’]?(?P<fyy>(?:19|20)?[0-9]{2})(?![0-9])"
    rf"{_S1}Q(?P<q>[1-4])(?![A-Za-z0-9])"
)
# (and a fiscal year after it, "1Q FY2025", "2H FY2025": that fiscal year's part, not the whole year.
# Provenance: probe12 advantest_orderbook_note "What the company reported (1Q FY2025)", probe18
# ibiden_investor_day_slides "mass production from 2H FY2025")
_NQ_FY = r"|\s?FY\s?['’]?(?P<fyy>(?:19|20)?[0-9]{2})(?![0-9])"
_P_QUARTER_NQ = plain(
    r"(?<![A-Za-z0-9.])(?P<q>[1-4])Q(?:\s?['’]?(?P<yy>(?:19|20)?[0-9]{2})(?![0-9])" + _NQ_FY + ")"
)
# rule romance_trimester: a quarter as Spanish and Portuguese results releases write it, the quarter's number, "T"
# (trimestre) and a two- or four-digit year ("3T26", "3T2026"), as their tables head columns ("3T26  3T25  Var. %").
# Provenance: probe29 05_televisa_3t26_release ("(millones de pesos)  3T26  3T25  Var. %"; "in 3T26"), probe28
# 06_bemobi_brazil_results_release ("3T26  3T25  Var.  9M26  9M25  Var."; "RELEASE DE RESULTADOS 3T26")
_P_QUARTER_NT = plain(r"(?<![A-Za-z0-9.])(?P<q>[1-4])T(?P<yy>(?:19|20)[0-9]{2}|[0-4][0-9])(?![0-9A-Za-z])")
_P_HALF_ORD = lead(
    rf"(?:(?P<f1>{_FISCAL})[\s-]+)?(?P<ord>first|second|1st|2nd)[\s-]+half\b(?![\s-]+year)"
    rf"(?:,?[\s-]+(?:of{_S1})?(?:the{_S1})?{_YEARSPEC})?",
    re.I,
)
_P_HALF_H = plain(
    rf"(?:\b(?P<f1>(?i:{_FISCAL}))[\s-]+)?\bH(?P<h>[12])(?![A-Za-z0-9])"
    rf"(?:{_S0}['’](?P<yy>[0-9]{{2}})(?![0-9])|(?:{_S1}|{_DASH}|/)(?:of{_S1})?{_YEARSPEC})"
)
_P_HALF_NH = plain(
    r"(?<![A-Za-z0-9.])(?P<h>[12])H(?:\s?['’]?(?P<yy>(?:19|20)?[0-9]{2})(?![0-9])" + _NQ_FY + ")"
)
_P_HALF_YH = plain(rf"(?<![A-Za-z0-9])(?P<y>{_YEAR}){_S1}H(?P<h>[12])(?![A-Za-z0-9])")
# rule cjk_year_part: a quarter or half written in Korean or Chinese after its year, as a Korean or Chinese
# disclosure heads its columns and titles ("2026년 3분기" Q3 2026, "2026년 상반기" H1 2026, "2026年第三季度",
# "2026年上半年"). Provenance: kindcheck29 scale 02_doyun_semitech ("| 구분 | 2026년 3분기 | 2026년 2분기 |" over
# a results table), probe28 01_douzone_korean_ir_release ("더존비즈온 2026년 3분기 실적발표" in its title)
_CJK_PART = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4, "상": 1, "하": 2, "上": 1, "下": 2}
_P_PART_CJK = plain(
    rf"(?<![0-9])(?P<y>{_YEAR})\s?[년年]\s?(?:第\s?(?P<qc>[1-4一二三四])\s?季度|(?P<qk>[1-4])\s?분기"
    r"|(?P<hk>[상하])반기|(?P<hc>[上下])半年(?:度)?)"
)


def _h_part_cjk(m: re.Match, text: str, doc: date | None) -> Period | None:
    gd = m.groupdict()
    q = gd.get("qc") or gd.get("qk")
    n = _CJK_PART[q or gd.get("hk") or gd.get("hc")]
    return _part_period(text, m, doc, n, "quarter" if q else "half", False, int(gd["y"]))
_P_FISCAL_YEAR = lead(
    rf"(?<![A-Za-z])(?:(?P<word>{_FISCAL})(?:[\s-]+year)?{_S1}|(?P<fyp>FY){_S0}['’]?)"
    rf"(?P<y>(?:19|20)?[0-9]{{2}})(?:{_S0}(?:{_DASH}|/){_S0}(?P<y2>(?:19|20)?[0-9]{{2}}))?"
    r"(?![0-9%]|[.,][0-9])",
    re.I,
)
_P_YEAR_FISCAL = plain(rf"(?P<y>{_YEAR}){_S1}{_FISCAL}{_S1}year\b", re.I)
_P_YEAR_FULL = lead(
    rf"(?:(?i:(?:full|calendar|whole|entire)[\s-]+year|calendar)(?:{_S1}(?i:of))?{_S1}"
    rf"(?P<y>{_YEAR})|(?P<y2>{_YEAR}){_S1}(?i:full|calendar)[\s-]+(?i:year)\b)"
)
_P_YEAR_RANGE = lead(
    rf"(?:(?P<pre>(?i:from|between)){_S1})?(?<![0-9A-Za-z$.,])(?P<y1>{_YEAR})"
    rf"{_S0}(?P<sep>{_RANGE_DASH}|/|(?i:to|through|thru|and|until)(?![A-Za-z])){_S0}"
    r"(?P<y2>(?:19|20)?[0-9]{2})(?![0-9%]|[.,][0-9])"
)
_P_YEAR_BARE = lead(
    rf"(?<![\w$€£¥￥₹₩.,/#])(?P<y>{_YEAR})(?![\w%]|[.,][0-9]|{_DASH}[0-9]"
    rf"|{_S0}(?i:thousand|million|billion|trillion|percent|per\s+cent)\b)"
)
_P_YEAR_REL = plain(
    r"(?i)\b(?P<rel>this|next|last|the\s+current)\s+year\b(?![\s-]+(?:on|over|ago|earlier)\b)"
)
_P_QUARTER_REL = lead(
    r"(?i)\b(?P<rel>this|next|last|the\s+current|the\s+previous|the\s+prior)\s+quarter\b"
)
_P_MONTH_YEAR = lead(rf"(?P<m>{_MONTH_ANY})(?:{_S1}(?i:of))?,?{_S1}(?P<y>{_YEAR})")
_P_MONTH_KW = lead(
    rf"(?i:\b(?:in|during|since|through|thru|until|till|by|for|from|last|this|next"
    rf"|early|late|mid|end\s+of|beginning\s+of|start\s+of|middle\s+of))(?:{_S1}|-)"
    rf"(?:(?i:early|late|mid)[\s-]+)?(?P<m>{_MONTH_FULL})(?!{_S0}[0-9])"
)
_P_MONTH_RANGE = lead(
    rf"(?:(?P<pre>(?i:between|from)){_S1})?(?P<m1>{_MONTH_ANY}){_S0}"
    rf"(?P<sep>-(?i:to|through)-|{_RANGE_DASH}|(?i:to|through|thru|and)(?![A-Za-z])){_S0}(?P<m2>{_MONTH_ANY})"
    rf"(?!{_S0}[0-9]{{1,2}}(?![0-9]))"
    rf"(?:{_S1}(?i:period|quarter)\b)?(?:,?{_S1}(?:(?i:of){_S1})?(?P<y>{_YEAR}))?"
)
_P_MONTH_YEAR_RANGE = lead(
    rf"(?:(?i:between|from){_S1})?(?P<m1>{_MONTH_ANY}),?{_S1}(?P<y1>{_YEAR}){_S0}"
    rf"(?:{_RANGE_DASH}|(?i:to|through|thru|and)(?![A-Za-z])){_S0}(?P<m2>{_MONTH_ANY}),?{_S1}(?P<y2>{_YEAR})"
)
# "the June quarter" (the three months ending in June), "September 2025 quarter".
_P_MONTH_QUARTER = plain(
    rf"(?P<m>{_MONTH_FULL})(?:{_S1}(?P<y>{_YEAR}))?[\s-]+(?i:quarter)\b"
    rf"(?:{_S1}(?i:of){_S1}(?P<y2>{_YEAR}))?"
)
# "the first nine months of 2025", "first half-year" is handled elsewhere.
_P_FIRST_MONTHS = plain(
    rf"(?i:\bfirst){_S1}(?P<nm>{_WORDNUM}|[0-9]{{1,2}}){_S1}(?i:months){_S1}(?i:of)"
    rf"{_S1}(?:(?i:the){_S1})?{_YEARSPEC}"
)
# period-day-range (also rule day-to-day-range of issue31r, one rule): a period written as its first and last day, "(July 1 to September 30, 2025)",
# "from 1 April to 30 September 2025": the range, never the single last day. Provenance: probe21
# 02_renesas_tse_notice "Revenue for the third quarter (July 1 to September 30, 2025)", probe20
# 05_atnorth_esg-report "the calendar year 2025 (1 January to 31 December)", probe13
# opentext_q4_fy2025_call "our fiscal year runs from July 1 to June 30" (the yearless two are left
# to the fiscal-calendar readers: a range is read here only with its year).
def _day_side(n: str) -> str:
    return (rf"(?:(?P<m{n}>{_MONTH_ANY}){_S0}(?P<d{n}>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])"
            rf"|(?P<e{n}>[0-3]?[0-9])(?:st|nd|rd|th)?{_S1}(?P<n{n}>{_MONTH_ANY}))")


_P_DAY_RANGE = lead(
    rf"(?:(?P<pre>(?i:between|from)){_S1})?{_day_side('1')}(?:,?{_S1}(?P<y1>{_YEAR}))?{_S0}"
    rf"(?P<sep>{_RANGE_DASH}|(?i:to|through|thru|until|till|and)(?![A-Za-z])){_S0}{_day_side('2')},?{_S1}(?P<y2>{_YEAR})"
)
# months-abbreviated: "9M 2025", "6M25", "(9M 2025)": the first six or nine months of the (calendar) year,
# as "6M"/"9M" head the columns of results tables ("3M" is a company's name, never read). Provenance: probe21 08_nemetschek_data_appendix
# "For the first nine months (9M 2025)", probe17 03_caixabank_union_newsletter "a 9M profit of …".
_P_MONTHS_ABBR = lead(
    rf"(?<![$€£¥₹₩0-9.,])(?P<nm>[69])M(?:{_S1}|-)?(?:(?P<y>{_YEAR})|(?P<yy>[0-9]{{2}})(?![0-9A-Za-z%]))"
)
# months-yearless: "the first nine months", "for the nine months" with no year and no end date
# ("… of 2025", "… to September" are read by the rules above): a part of the year the article
# reports on, dated by periods.date_yearless. Provenance: probe7 p7_02_orange_business "fell 10% in
# the first nine months", probe17 03_caixabank_union_newsletter "Net interest income for the nine
# months fell 4.4%", probe21 08_nemetschek_data_appendix "For the first nine months (9M 2025)".
_P_MONTHS_YEARLESS = lead(
    rf"(?:(?i:(?:the{_S1})?first){_S1}(?P<nm>(?i:three|six|nine|3|6|9))|(?i:the){_S1}(?P<nm2>(?i:six|nine|6|9))){_S1}(?i:months)(?![A-Za-z])"
    rf"(?!{_S0}(?:\([^)]*\){_S0})?(?i:of|to|ended|ending|through|thru|until|till|since|ago|earlier|before|after|later|from)\b)"
)
_P_YEAR_END = plain(
    r"(?i)\b(?:by|until|through|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[\s-]end)\b"
)
# Keyword right before a base period: "by 2030", "through the end of 2026", "since 2020".
_AS_OF_KW = lead(
    r"(?i)\b(?P<kw>by|through|thru|until|till|as\s+of|as\s+at|no\s+later\s+than|before|since)"
    r"(?:\s+the\s+(?P<pos>end|middle)\s+of|\s+(?P<pos2>end|mid)\s*-?)?\s*(?:the\s+)?$"
)


def _year4(raw: str) -> int:
    y = int(raw)
    if y >= 100:
        return y
    return 2000 + y if y < 70 else 1900 + y


def _iso_range(s: date, e: date) -> str:
    return f"{s.isoformat()}/{e.isoformat()}"


def _quarter_dates(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)


def _half_dates(y: int, h: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


def _period(text: str, s: int, e: int, start: date | None, end: date | None,
            label: str, kind: str) -> Period:
    return Period(start, end, label, s, e, text[s:e], kind)


def _yearspec(gd: dict, doc: date | None) -> tuple[int | None, bool]:
    """(year, is_fiscal) from the _YEARSPEC groups of a match."""
    if gd.get("fyy"):
        return _year4(gd["fyy"]), True
    if gd.get("rel"):
        fiscal = bool(gd.get("relfy"))
        if doc is None:
            return None, fiscal
        offset = {"next": 1, "last": -1}.get(gd["rel"].lower().split()[-1], 0)
        return doc.year + offset, fiscal
    if gd.get("y"):
        return int(gd["y"]), False
    if gd.get("yy"):
        return _year4(gd["yy"]), False
    return None, False


def _part_period(text: str, m: re.Match, doc: date | None, n: int, kind: str,
                 fiscal: bool, year: int | None) -> Period:
    """A quarter (``kind="quarter"``) or half (``"half"``) of a year."""
    letter = "Q" if kind == "quarter" else "H"
    dates = _quarter_dates if kind == "quarter" else _half_dates
    s, e = m.span()
    if fiscal:
        label = f"{letter}{n} FY{year}" if year else f"fiscal {letter}{n}"
        return _period(text, s, e, None, None, label, kind)
    if year is None and doc is not None:
        start, end = _closest(doc, _near_years(doc, lambda y: dates(y, n)))
        return _period(text, s, e, start, end, f"{letter}{n} {start.year}", kind)
    if year is None:
        return _period(text, s, e, None, None, f"{letter}{n}", kind)
    start, end = dates(year, n)
    return _period(text, s, e, start, end, f"{letter}{n} {year}", kind)


def _h_quarter(m: re.Match, text: str, doc: date | None) -> Period | None:
    gd = m.groupdict()
    q = int(gd["q"]) if gd.get("q") else _ORDINALS[fold(gd["ord"])]
    year, fiscal = _yearspec(gd, doc)
    fiscal = fiscal or bool(gd.get("f1") or gd.get("f2"))
    return _part_period(text, m, doc, q, "quarter", fiscal, year)


def _h_half(m: re.Match, text: str, doc: date | None) -> Period | None:
    gd = m.groupdict()
    h = int(gd["h"]) if gd.get("h") else _ORDINALS[fold(gd["ord"])]
    year, fiscal = _yearspec(gd, doc)
    fiscal = fiscal or bool(gd.get("f1"))
    return _part_period(text, m, doc, h, "half", fiscal, year)


def _ended_on(gd: dict, doc: date | None, past: bool) -> date | None:
    """End date of "quarter ended <when>"; yearless dates are resolved via ``doc``."""
    if gd.get("iy"):
        return _safe_date(int(gd["iy"]), int(gd["im"]), int(gd["id"]))
    month = _month_num(gd.get("m1") or gd.get("m2") or gd["m3"])
    day = gd.get("d1") or gd.get("d2")
    year = gd.get("y1") or gd.get("y2") or gd.get("y3")
    if year:
        return _safe_date(int(year), month, int(day)) if day else _month_end(int(year), month)
    if doc is None:
        return None
    if day:
        return _dated(lambda y: _safe_date(y, month, int(day)), doc, past)
    return _dated(lambda y: _month_end(y, month), doc, past)


def _h_quarter_ended(m: re.Match, text: str, doc: date | None) -> Period | None:
    """"second quarter ended September 30, 2024": the N months ending on that date."""
    gd = m.groupdict()
    term = gd["term"].lower()
    if "quarter" in term:
        months = 3
    elif "half" in term:
        months = 6
    elif "year" in term:
        months = 12
    elif gd.get("nw"):  # "the 52 weeks to 1 December 2024": a retailer's 52/53-week year (13 weeks: a quarter)
        months = round(int(gd["nw"]) * 7 / 30.44)
    else:
        months = int(_to_decimal(gd["nm"]))
    if not 1 <= months <= 24:
        return None
    past = gd["verb"].lower().split()[-1] in ("ended", "to", "through", "thru")
    end = _ended_on(gd, doc, past)
    fiscal = bool(gd.get("pf") or gd.get("pf2")) or "fiscal" in term or "financial" in term
    if months == 3:
        kind = "quarter"
    elif months == 6:
        kind = "half"
    elif "year" in term:
        kind = "fiscal_year" if fiscal or end is None or (end.month, end.day) != (12, 31) else "year"
    else:
        kind = "range"
    s, e = m.span()
    if end is None:
        return _period(text, s, e, None, None, " ".join(text[s:e].lower().split()), kind)
    if gd.get("nw"):
        start = end - timedelta(days=7 * int(gd["nw"]) - 1)
        if months == 12:
            kind = "fiscal_year"
    elif end == _month_end(end.year, end.month):
        start = _add_months(date(end.year, end.month, 1), 1 - months)
    else:
        start = _add_months(end, -months) + timedelta(days=1)
    label = {"fiscal_year": f"FY{end.year}", "year": str(end.year)}.get(kind, _iso_range(start, end))
    return _period(text, s, e, start, end, label, kind)


def _h_fiscal_year(m: re.Match, text: str, doc: date | None) -> Period | None:
    gd = m.groupdict()
    if not gd.get("fyp") and (len(gd["y"]) != 4 or (gd.get("y2") and len(gd["y2"]) not in (2, 4))):
        return None
    year = _year4(gd["y"])
    if gd.get("y2"):
        y2 = _year4(gd["y2"])
        if not 0 < y2 - year <= 1:
            return None
        year = y2
    if not 1900 <= year <= 2099:
        return None
    return _period(text, m.start(), m.end(), None, None, f"FY{year}", "fiscal_year")


def _h_year_fiscal(m: re.Match, text: str, doc: date | None) -> Period | None:
    return _period(text, m.start(), m.end(), None, None, f"FY{m['y']}", "fiscal_year")


def _year_period(text: str, s: int, e: int, y: int) -> Period:
    return _period(text, s, e, date(y, 1, 1), date(y, 12, 31), str(y), "year")


def _h_year_full(m: re.Match, text: str, doc: date | None) -> Period | None:
    return _year_period(text, m.start(), m.end(), int(m["y"] or m["y2"]))


_DIGIT_DASH_BEFORE = plain(rf"[0-9]{_DASH}$")


def _h_year_bare(m: re.Match, text: str, doc: date | None) -> Period | None:
    if _after_name(text, m.start()) or _DIGIT_DASH_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return None
    return _year_period(text, m.start(), m.end(), int(m["y"]))


def _h_year_range(m: re.Match, text: str, doc: date | None) -> Period | None:
    y1, raw2, sep = int(m["y1"]), m["y2"], m["sep"].lower()
    if sep == "and" and not m["pre"]:
        return None
    if len(raw2) == 2:
        if sep.isalpha():
            return None
        y2 = y1 // 100 * 100 + int(raw2)
    else:
        y2 = int(raw2)
    if not 0 < y2 - y1 <= 50:
        return None
    start, end = date(y1, 1, 1), date(y2, 12, 31)
    return _period(text, m.start(), m.end(), start, end, _iso_range(start, end), "range")


def _h_year_rel(m: re.Match, text: str, doc: date | None) -> Period | None:
    if doc is None:
        return None
    offset = {"next": 1, "last": -1}.get(m["rel"].lower().split()[-1], 0)
    return _year_period(text, m.start(), m.end(), doc.year + offset)


def _h_quarter_rel(m: re.Match, text: str, doc: date | None) -> Period | None:
    if doc is None:
        return None
    rel = m["rel"].lower().split()[-1]
    offset = {"next": 1, "last": -1, "previous": -1, "prior": -1}.get(rel, 0)
    idx = doc.year * 4 + (doc.month - 1) // 3 + offset
    y, q = divmod(idx, 4)
    start, end = _quarter_dates(y, q + 1)
    return _period(text, m.start(), m.end(), start, end, f"Q{q + 1} {y}", "quarter")


def _month_label(month: int, year: int | None = None) -> str:
    name = _MONTH_NAMES[month - 1].capitalize()
    return f"{name} {year}" if year else name


def _h_month_year(m: re.Match, text: str, doc: date | None) -> Period | None:
    mo, y = _month_num(m["m"]), int(m["y"])
    return _period(text, m.start(), m.end(), date(y, mo, 1), _month_end(y, mo),
                   _month_label(mo, y), "month")


def _h_month_kw(m: re.Match, text: str, doc: date | None) -> Period | None:
    s, e = m.span("m")
    mo = _month_num(m["m"])
    if doc is None:
        return _period(text, s, e, None, None, _month_label(mo), "month")
    start, end = _closest(doc, _near_years(doc, lambda y: (date(y, mo, 1), _month_end(y, mo))))
    return _period(text, s, e, start, end, _month_label(mo, start.year), "month")


def _months_kind(start: date, end: date) -> str:
    n = (end.year - start.year) * 12 + end.month - start.month + 1
    return {3: "quarter", 6: "half"}.get(n, "range")


def _h_month_range(m: re.Match, text: str, doc: date | None) -> Period | None:
    m1, m2, sep = _month_num(m["m1"]), _month_num(m["m2"]), m["sep"].lower()
    if m1 == m2 or (sep == "and" and (m["pre"] or "").lower() != "between"):
        return None
    wrap = 1 if m2 < m1 else 0

    def build(y: int) -> tuple[date, date]:  # y is the year of the end month
        return date(y - wrap, m1, 1), _month_end(y, m2)

    if m["y"]:
        start, end = build(int(m["y"]))
    elif doc is not None:
        start, end = _closest(doc, _near_years(doc, build))
    else:
        label = f"{_month_label(m1)}-{_month_label(m2)}"
        return _period(text, m.start(), m.end(), None, None, label, "range")
    return _period(text, m.start(), m.end(), start, end, _iso_range(start, end),
                   _months_kind(start, end))


def _h_month_year_range(m: re.Match, text: str, doc: date | None) -> Period | None:
    start = date(int(m["y1"]), _month_num(m["m1"]), 1)
    end = _month_end(int(m["y2"]), _month_num(m["m2"]))
    if end <= start:
        return None
    return _period(text, m.start(), m.end(), start, end, _iso_range(start, end), _months_kind(start, end))


def _h_month_quarter(m: re.Match, text: str, doc: date | None) -> Period | None:
    mo = _month_num(m["m"])
    year = m["y"] or m["y2"]

    def build(y: int) -> tuple[date, date]:
        end = _month_end(y, mo)
        return _add_months(date(y, mo, 1), -2), end

    if year:
        start, end = build(int(year))
    elif doc is not None:
        start, end = _closest(doc, _near_years(doc, build))
    else:
        return _period(text, m.start(), m.end(), None, None, f"{_month_label(mo)} quarter", "quarter")
    return _period(text, m.start(), m.end(), start, end, _iso_range(start, end), "quarter")


def _h_first_months(m: re.Match, text: str, doc: date | None) -> Period | None:
    n = int(_to_decimal(m["nm"]))
    year, fiscal = _yearspec(m.groupdict(), doc)
    if not 1 <= n <= 12 or fiscal or year is None:
        return None
    start, end = date(year, 1, 1), _month_end(year, n)
    kind = {3: "quarter", 6: "half", 12: "year"}.get(n, "range")
    label = str(year) if kind == "year" else _iso_range(start, end)
    return _period(text, m.start(), m.end(), start, end, label, kind)


def _h_day_range(m: re.Match, text: str, doc: date | None) -> Period | None:
    """period-day-range: "(July 1 to September 30, 2025)": the days from the first to the last."""
    if m["sep"].lower() == "and" and (m["pre"] or "").lower() != "between":
        return None
    try:
        m1, d1 = _month_num(m["m1"] or m["n1"]), int(m["d1"] or m["e1"])
        m2, d2 = _month_num(m["m2"] or m["n2"]), int(m["d2"] or m["e2"])
    except (KeyError, ValueError):
        return None
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else (y2 if (m1, d1) < (m2, d2) else y2 - 1)
    start, end = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if start is None or end is None or end <= start:
        return None
    whole = start.day == 1 and end == _month_end(end.year, end.month)
    kind = _months_kind(start, end) if whole else "range"
    if whole and (end.year - start.year) * 12 + end.month - start.month == 11:   # twelve whole months
        kind = "year" if (start.month, start.day) == (1, 1) else "fiscal_year"
    label = str(start.year) if kind == "year" else _iso_range(start, end)
    return _period(text, m.start(), m.end(), start, end, label, kind)


def _h_months_abbr(m: re.Match, text: str, doc: date | None) -> Period | None:
    """months-abbreviated: "9M 2025" is January to September 2025."""
    n = int(m["nm"])
    year = int(m["y"]) if m["y"] else _year4(m["yy"])
    start, end = date(year, 1, 1), _month_end(year, n)
    kind = {3: "quarter", 6: "half"}.get(n, "range")
    return _period(text, m.start(), m.end(), start, end, _iso_range(start, end), kind)


def _h_months_yearless(m: re.Match, text: str, doc: date | None) -> Period | None:
    """months-yearless: "the first nine months" with no year: undated, labelled "9M" (the first N
    months of the year the article reports on, dated by periods.date_yearless)."""
    n = int(_to_decimal(m["nm"] or m["nm2"])) if (m["nm"] or m["nm2"]).isdigit() else _word_value((m["nm"] or m["nm2"]).lower())
    if n not in (3, 6, 9):
        return None
    return _period(text, m.start(), m.end(), None, None, f"{n}M", "range")


def _h_year_end(m: re.Match, text: str, doc: date | None) -> Period | None:
    if doc is None:
        return None
    end = date(doc.year, 12, 31)
    return _period(text, m.start(), m.end(), None, end, f"../{end.isoformat()}", "as_of")


# (regex, handler, priority): lower priority wins ties between equal-length matches.
_PERIOD_RULES: list[tuple[re.Pattern, Callable[[re.Match, str, date | None], Period | None], int]] = [
    (_P_QUARTER_ENDED, _h_quarter_ended, 0),
    (_P_MONTH_YEAR_RANGE, _h_month_year_range, 1),
    (_P_MONTH_RANGE, _h_month_range, 1),
    (_P_MONTH_QUARTER, _h_month_quarter, 1),
    (_P_FIRST_MONTHS, _h_first_months, 1),
    (_P_DAY_RANGE, _h_day_range, 1),
    (_P_MONTHS_ABBR, _h_months_abbr, 2),
    (_P_MONTHS_YEARLESS, _h_months_yearless, 3),
    (_P_QUARTER_ORD, _h_quarter, 2),
    (_P_QUARTER_Q, _h_quarter, 2),
    (_P_QUARTER_YQ, _h_quarter, 2),
    (_P_QUARTER_FYQ, _h_quarter, 2),
    (_P_QUARTER_NQ, _h_quarter, 2),
    (_P_QUARTER_NT, _h_quarter, 2),
    (_P_HALF_ORD, _h_half, 2),
    (_P_HALF_H, _h_half, 2),
    (_P_HALF_NH, _h_half, 2),
    (_P_HALF_YH, _h_half, 2),
    (_P_PART_CJK, _h_part_cjk, 2),
    (_P_FISCAL_YEAR, _h_fiscal_year, 3),
    (_P_YEAR_FISCAL, _h_year_fiscal, 3),
    (_P_YEAR_FULL, _h_year_full, 4),
    (_P_YEAR_RANGE, _h_year_range, 4),
    (_P_YEAR_END, _h_year_end, 4),
    (_P_YEAR_REL, _h_year_rel, 5),
    (_P_QUARTER_REL, _h_quarter_rel, 5),
    (_P_MONTH_YEAR, _h_month_year, 5),
    (_P_MONTH_KW, _h_month_kw, 6),
    (_P_YEAR_BARE, _h_year_bare, 9),
]


# Gates of the period rules, by the features of the text they need.
_F_YEAR, _F_MONTH, _F_QUARTER, _F_HALF, _F_YEARW, _F_MONTHW, _F_FISCAL, _F_FY, _F_QN, _F_NQ, \
    _F_HN, _F_NH, _F_FULL, _F_DIGIT, _F_CJK_YEAR, _F_NT = (1 << i for i in range(16))
_FEATURE_PATTERNS = ((_F_YEAR, _G_YEAR), (_F_DIGIT, _G_DIGIT))
_FEATURE_WORDS = (  # as written
    (_F_MONTH, _G_MONTH),
    (_F_QN, ("Q1", "Q2", "Q3", "Q4")),
    (_F_NQ, ("1Q", "2Q", "3Q", "4Q")),
    (_F_NT, ("1T", "2T", "3T", "4T")),
    (_F_HN, ("H1", "H2")),
    (_F_NH, ("1H", "2H")),
    (_F_CJK_YEAR, ("년", "年")),
)
_FEATURE_FOLDED = (  # in any case
    (_F_QUARTER, ("quarter",)),
    (_F_HALF, ("half",)),
    (_F_YEARW, ("year",)),
    (_F_MONTHW, ("month", "week")),  # "three months to", "the 52 weeks to"
    (_F_FISCAL, ("fiscal", "financial")),
    (_F_FY, ("fy",)),
    (_F_FULL, ("full", "calendar", "whole", "entire")),
)
_ALL_FEATURES = (1 << 16) - 1


def _features(text: str) -> int:
    if not _GATED:
        return _ALL_FEATURES
    f = 0
    for bit, rx in _FEATURE_PATTERNS:
        if rx.search(text):
            f |= bit
    for bit, words in _FEATURE_WORDS:
        if _has_any(text, words):
            f |= bit
    low = fold(text)
    for bit, words in _FEATURE_FOLDED:
        if _has_any(low, words):
            f |= bit
    return f


def _need(*groups: int) -> tuple[int, ...]:
    """A gate needing, from each group of features, at least one."""
    return groups


_PERIOD_GATES: dict[re.Pattern, tuple[int, ...]] = {
    _P_QUARTER_ENDED: _need(_F_QUARTER | _F_HALF | _F_YEARW | _F_MONTHW, _F_MONTH | _F_YEAR),
    _P_MONTH_YEAR_RANGE: _need(_F_MONTH, _F_YEAR),
    _P_MONTH_RANGE: _need(_F_MONTH),
    _P_MONTH_QUARTER: _need(_F_MONTH, _F_QUARTER),
    _P_FIRST_MONTHS: _need(_F_MONTHW),
    _P_DAY_RANGE: _need(_F_MONTH, _F_YEAR),
    _P_MONTHS_ABBR: _need(_F_DIGIT),
    _P_MONTHS_YEARLESS: _need(_F_MONTHW),
    _P_QUARTER_ORD: _need(_F_QUARTER),
    _P_QUARTER_Q: _need(_F_QN),
    _P_QUARTER_YQ: _need(_F_QN, _F_YEAR),
    _P_QUARTER_FYQ: _need(_F_QN),
    _P_QUARTER_NQ: _need(_F_NQ),
    _P_QUARTER_NT: _need(_F_NT),
    _P_HALF_ORD: _need(_F_HALF),
    _P_HALF_H: _need(_F_HN),
    _P_HALF_NH: _need(_F_NH),
    _P_HALF_YH: _need(_F_HN, _F_YEAR),
    _P_PART_CJK: _need(_F_CJK_YEAR, _F_YEAR),
    _P_FISCAL_YEAR: _need(_F_FISCAL | _F_FY, _F_DIGIT),
    _P_YEAR_FISCAL: _need(_F_YEAR, _F_FISCAL),
    _P_YEAR_FULL: _need(_F_YEAR, _F_FULL),
    _P_YEAR_RANGE: _need(_F_YEAR),
    _P_YEAR_END: _need(_F_YEARW),
    _P_YEAR_REL: _need(_F_YEARW),
    _P_QUARTER_REL: _need(_F_QUARTER),
    _P_MONTH_YEAR: _need(_F_MONTH, _F_YEAR),
    _P_MONTH_KW: _need(_F_MONTH),
    _P_YEAR_BARE: _need(_F_YEAR),
}
assert set(_PERIOD_GATES) == {rx for rx, _, _ in _PERIOD_RULES}
_RULE_GATES = [(rx, _PERIOD_GATES[rx]) for rx, _, _ in _PERIOD_RULES]


@_cached
def _period_matches(text: str) -> tuple[tuple[int, re.Match], ...]:
    """Every period rule's matches in ``text``, as (rule index, match): they do not
    depend on the document date, only the handlers do."""
    feats = _features(text)
    out: list[tuple[int, re.Match]] = []
    for i, (rx, gate) in enumerate(_RULE_GATES):
        for group in gate:
            if not feats & group:
                break
        else:
            out.extend((i, m) for m in rx.finditer(text))
    return tuple(out)


def _day_periods(text: str, doc: date | None) -> Iterable[_Cand]:
    for hit in _date_hits(text):
        d = _resolve_hit(hit, doc)
        if d is not None:
            yield (hit.start, hit.end, 7,
                   _period(text, hit.start, hit.end, d, d, d.isoformat(), "day"))


def _compose_as_of(text: str, periods: list[Period]) -> list[Period]:
    """Turn "by <period>" / "through <period>" / "since <period>" into open periods."""
    out: list[Period] = []
    prev_end = 0
    for p in periods:
        kw = _AS_OF_KW.search(text, max(prev_end, p.start_idx - 40), p.start_idx)
        if kw and p.kind not in ("as_of", "range"):
            word = kw["kw"].lower()
            pos = (kw["pos"] or kw["pos2"] or "").lower()
            s = kw.start()
            if word == "since":
                label = f"{p.start.isoformat()}/.." if p.start else f"{p.label}/.."
                p = Period(p.start, None, label, s, p.end_idx, text[s:p.end_idx], "range")
            else:
                end = p.end
                if word == "before":
                    end = p.start - timedelta(days=1) if p.start else None
                elif pos in ("middle", "mid") and p.kind == "year" and p.start:
                    end = date(p.start.year, 6, 30)
                elif pos in ("middle", "mid") and p.start and p.end:
                    end = p.start + (p.end - p.start) / 2
                label = f"../{end.isoformat()}" if end else f"../{p.label}"
                p = Period(None, end, label, s, p.end_idx, text[s:p.end_idx], "as_of")
        out.append(p)
        prev_end = p.end_idx
    return out


def find_periods(text: str, doc_date: date | None = None) -> list[Period]:
    """Find reporting periods and points in time.

    Kinds: ``quarter``, ``half``, ``year``, ``fiscal_year``, ``month``,
    ``day``, ``range`` and ``as_of`` (open start: "by 2030", "through 2026").
    Yearless mentions ("the third quarter", "in June") are resolved against
    ``doc_date`` (the candidate whose midpoint is nearest), except "quarter
    ended March 31" / "three months to June", which take the most recent such
    date on or before ``doc_date``.  Fiscal periods with no stated end date
    have ``start``/``end`` of None, as do yearless mentions without a
    ``doc_date``.
    """
    return list(_periods_all(text, doc_date))


@_cached
def _periods_all(text: str, doc_date: date | None) -> tuple[Period, ...]:
    cands: list[_Cand] = []
    for i, m in _period_matches(text):
        _, handler, prio = _PERIOD_RULES[i]
        p = handler(m, text, doc_date)
        if p is not None:
            cands.append((p.start_idx, p.end_idx, prio, p))
    cands += list(_day_periods(text, doc_date))
    if cands and "of" in text:
        cands += _parts_of_dated_years(text, cands)
    return tuple(_compose_as_of(text, _select(cands)))


# part-of-dated-year: a half, a quarter or the first months of a year named by its end date ("the
# first half of the fiscal year ending March 2026", "the first three months of the fiscal year ending
# March 31, 2026", "the second half of the year ended 31 May 2026") is that part of the dated year,
# counted from the year's first month — not the whole year, nor a calendar half. Provenance: probe9
# g04_kddi_1h_fy2026 "operating revenue for the first half of the fiscal year ending March 2026",
# probe17 05_scsk_kessan_tanshin "results for the first three months of the fiscal year ending March
# 31, 2026"; asked so in kindcheck28 periods q01 / q08.
PART_OF_DATED_YEAR = plain(
    r"\b(?:(?P<h>first|second)\s+half|first\s+(?P<n>three|six|nine|3|6|9)\s+months|(?P<q>first|second|third|fourth)\s+quarter)"
    r"\s+of\s+(?:the\s+)?(?=(?:fiscal\s+|financial\s+)?year\s+(?:ended|ending|to)\b)", re.I)
_PART_N = {"first": 1, "second": 2, "third": 3, "fourth": 4, "three": 3, "six": 6, "nine": 9, "3": 3, "6": 6, "9": 9}


def _parts_of_dated_years(text: str, cands: list) -> list:
    out = []
    for m in PART_OF_DATED_YEAR.finditer(text):
        year = next((c[3] for c in cands if c[0] == m.end() and c[3].start and c[3].end
                     and c[3].kind in ("year", "fiscal_year") and 11 <= _months_between(c[3].start, c[3].end) <= 13), None)
        if year is None:
            continue
        if m["h"]:
            n, months, first = _PART_N[m["h"].lower()], 6, 6 * (_PART_N[m["h"].lower()] - 1)
        elif m["q"]:
            n, months, first = _PART_N[m["q"].lower()], 3, 3 * (_PART_N[m["q"].lower()] - 1)
        else:   # (the first three or six months: the first quarter or half)
            n, months, first = 1, _PART_N[m["n"].lower()], 0
        start = _add_months(date(year.start.year, year.start.month, 1), first)
        last = _add_months(start, months - 1)
        end = _month_end(last.year, last.month)
        named = f"FY{year.end.year}" if year.kind == "fiscal_year" else str(year.end.year)
        kind = "half" if months == 6 else "quarter" if months == 3 else "range"
        label = f"H{n} {named}" if kind == "half" else f"Q{n} {named}" if kind == "quarter" else _iso_range(start, end)
        out.append((m.start(), year.end_idx, -1, _period(text, m.start(), year.end_idx, start, end, label, kind)))
    return out


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


# ---------------------------------------------------------------------------
# Durations
# ---------------------------------------------------------------------------

_DUR_LEAD = (
    r"(?P<lead>(?i:\b(?:over|in|during|for|within|across|throughout|spanning)\s+(?:the\s+)?"
    r"(?:(?:next|past|last|coming|following|previous|prior|first|remaining|subsequent)\s+)?"
    r"|\b(?:the\s+)?(?:next|past|last|coming|following|previous|prior)\s+))"
)
_DUR_UNIT = r"(?P<unit>(?i:decades?|years?|yrs?|months?|quarters?|weeks?|days?))(?![A-Za-z])"
_DUR_NOT_AFTER = (
    rf"(?!(?:{_S1}|-)(?i:ago|earlier|later|old|before|after|since|on|from|back|ended|ending)\b)"
    rf"(?!{_S1}(?i:to|through){_S1}{_MONTH_ANY})"
    rf"(?!{_S1}(?i:of){_S1}(?:(?i:the){_S1})?(?:(?i:fiscal|financial|FY|this|last|next)\b|{_YEAR}))"
)
_DURATION = lead(
    rf"{_DUR_LEAD}?{_QUAL}?(?P<n>{_NUM}|{_WORDNUM}|(?i:\ban?\b))"
    rf"(?P<half>(?i:\s+and\s+a\s+half))?(?:{_S1}|{_DASH}){_DUR_UNIT}{_DUR_NOT_AFTER}"
)
_DURATION_NONUM = lead(
    r"(?i)(?P<lead>\b(?:over|in|during|for|within|across|throughout)\s+)?"
    r"\bthe\s+(?:(?P<rel>past|last|previous|prior)\s+(?P<unit>decade|year)"
    r"|(?:next|coming|following)\s+(?P<unit2>decade))\b(?!['’]s)"
)
_LEAD_QUALIFIER = {"within": "at_most"}


def _iso_duration(n: Decimal, unit: str) -> str | None:
    """ISO 8601 duration; quarters become months, fractional years months."""
    u = unit.lower().rstrip("s")
    if u in ("decade",):
        n, u = n * 10, "year"
    if u in ("year", "yr"):
        if n != n.to_integral_value():
            months = n * 12
            return f"P{_clean(months)}M" if months == months.to_integral_value() else f"P{_clean(n)}Y"
        return f"P{_clean(n)}Y"
    if u == "quarter":
        n, u = n * 3, "month"
    letter = {"month": "M", "week": "W", "day": "D"}.get(u)
    return f"P{_clean(n)}{letter}" if letter else None


def find_durations(text: str) -> list[Duration]:
    """Find lengths of time: "over the next three years" -> P3Y, "within five years"
    -> P5Y at_most, "three-year plan" -> P3Y, "the past decade" -> P10Y.

    Time references ("three years ago", "five years later", "a year-on-year")
    and the months of a reporting period ("three months ended June 30") are
    not durations.
    """
    return list(_durations_all(text))


_G_DURATION = ("decade", "year", "yr", "month", "quarter", "week", "day")
_G_DURATION_NONUM = ("decade", "year")


@_cached
def _durations_all(text: str) -> tuple[Duration, ...]:
    cands: list[_Cand] = []
    for m in _DURATION.finditer(text) if _gate_words(_G_DURATION, text) else _NO_MATCHES:
        raw, lead = m["n"], (m["lead"] or "").strip().lower()
        if raw.lower() in ("a", "an") and not (lead or m["qual"]):
            continue  # "$5 billion a year" is a rate, not a duration
        if _YEAR_RE.fullmatch(raw):
            continue  # "the September 2025 quarter"
        n = _to_decimal(raw) if raw.lower() not in ("a", "an") else Decimal(1)
        if m["half"]:
            n += Decimal("0.5")
        iso = _iso_duration(n, m["unit"])
        if iso is None or n <= 0:
            continue
        qual = _qualifier(m["qual"]) or _LEAD_QUALIFIER.get(lead.split()[0] if lead else "")
        cands.append((m.start(), m.end(), 0, Duration(iso, m.start(), m.end(), m.group(0), qual)))
    for m in _DURATION_NONUM.finditer(text) if _gate_words(_G_DURATION_NONUM, text) else _NO_MATCHES:
        iso = _iso_duration(Decimal(1), m["unit"] or m["unit2"])
        lead = (m["lead"] or "").strip().lower()
        cands.append((m.start(), m.end(), 1,
                      Duration(iso, m.start(), m.end(), m.group(0), _LEAD_QUALIFIER.get(lead))))
    return tuple(_select(cands))


# ---------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------

# (and the European scale words of translated articles: "3,2 Mio. customers", "850 miljoner users")
_COUNT_SCALES = rf"(?:{_EUROPEAN_WORDS}|thousand|million|billion|trillion|mn|mln|bn|bln)"
_UNIT_ABBR = {
    "gw": "gigawatts", "mw": "megawatts", "kw": "kilowatts", "tw": "terawatts",
    "gwh": "gigawatt-hours", "mwh": "megawatt-hours", "twh": "terawatt-hours",
    "kwh": "kilowatt-hours", "pb": "petabytes", "eb": "exabytes", "tb": "terabytes",
    "zb": "zettabytes",
}
_CUBIC_AFTER = plain(r"\s*m(?:³|3)(?![\w])")
_COUNT = lead(
    rf"{_QUAL}?(?<![\w.,/:#$€£¥￥₹₩])(?P<n>{_NUM})"
    rf"(?:{_S0}(?P<sc>(?i:{_COUNT_SCALES}))(?![A-Za-z]))?"
    r"(?P<unit>(?i:gwh|mwh|twh|kwh|gw|mw|kw|tw|pb|eb|tb|zb)(?![A-Za-z0-9]))?"
    r"(?![0-9]|[.,][0-9]|[:/][0-9]|%)"
)
# a count written as a compound adjective with its scale: "a 120-billion-parameter model", "a
# 2-million-user app" (quantity_units names what the noun measures)
_COMPOUND = plain(r"-(?P<sc>thousand|million|billion|trillion)-(?P<noun>[a-z]{3,}?)(?<!s)(?![\w-])")
_MIXED_TOKEN = plain(r"[A-Za-z0-9]+(?:[.\-'’][A-Za-z0-9]+)*")
_TIME_AFTER = plain(r"\s?(?i:a\.?m\.?|p\.?m\.?)(?![A-Za-z])")
_LIST_MARKER_AFTER = plain(r"[.)]\s")  # "1. " / "2) " at the start of a line
_TICKER_BEFORE = plain(r"\b[A-Z]{2,}:\s?$")  # "HKEX: 9988"
# A word of a noun phrase: "U.S.", "H800", "AI-related", "firms'".
_NOUN_WORD = plain(r"[ \t\u00a0]+((?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9'’\-]*)")
_NOUN_STOP = frozenset(
    """
    of in on at to for from by with without per out over under across into onto
    than as between among including during since until via about after before
    through within against toward towards like versus vs upon around near
    beyond despite except along amid and or but nor so yet that which who whom
    whose while whereas where when if because although though the a an this
    these those its their his her our your it they we he she you there here
    each every all some any no not also only just even still already is are
    was were be been being am has have had having do does did will would can
    could may might shall should must said says say according year years
    month months quarter quarters percent
    use uses run runs make makes get gets see sees pay pays buy buys sell sells
    spend spends need needs want wants expect expects join joins adopt adopts
    include includes remain remains become becomes rely relies hold holds
    serve serves help helps come comes go goes take takes give gives reach
    reaches create creates build builds operate operates employ employs own
    owns contain contains represent represents generate generates rose fell
    grew rise rises fall falls grow grows ran made got saw paid bought sold
    spent took gave came went became held built told tell tells now currently
    worldwide globally today respectively alone total
    """.split()
)


def _mixed_spans(text: str) -> list[tuple[int, int]]:
    """Spans of tokens mixing letters and digits (H20, GPT-4o, 2.5-72B, 1.5x)."""
    spans = []
    for m in _MIXED_TOKEN.finditer(text):
        tok = m.group(0)
        if any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok):
            spans.append(m.span())
    return spans


# ing-modifier: inside a counted noun phrase an -ing word between a modifier and the plural head is
# a modifier of the head, not a verb ("4,200,000 subordinate voting shares", "256 graphics processing
# units", "31 new manufacturing programmes", "32 million monthly paying users"); after a plural noun it
# opens a clause of its own ("712 customers paying us", "500 employees using agents").
# Provenance: probe35 03_coveo ('subordinate voting shares'), probe25 02_metrodata ('graphics processing
# units'), probe27 08a_plexus ('new manufacturing programmes'), focusset22 07_skywater ('new
# manufacturing jobs'), probe23 04_zscaler ('monthly paying users' / 'customers paying us').
_PLURAL_HEAD = plain(r"[a-z][a-z-]{2,}(?<!ss)(?<!ic)s")


def _ing_modifier(text: str, pos: int, prev: str) -> bool:
    """Whether the -ing word ending at ``pos`` modifies a plural head noun that follows it (and does
    not follow one): the phrase goes on to that head."""
    if _PLURAL_HEAD.fullmatch(prev):
        return False
    m = _NOUN_WORD.match(text, pos)
    if not m:
        return False
    nxt = m.group(1)
    return (nxt.islower() and nxt not in _NOUN_STOP and not nxt.endswith(("ed", "ing", "ly"))
            and _PLURAL_HEAD.fullmatch(nxt) is not None)


def _noun_after(text: str, pos: int) -> str | None:
    """Up to five lower-cased words after ``pos``, stopping at function words,
    verbs (-ed/-ing after the first word), adverbs (-ly) and punctuation."""
    words: list[str] = []
    prev_raw = ""
    while len(words) < 5:
        m = _NOUN_WORD.match(text, pos)
        if not m:
            break
        raw = m.group(1)
        w = raw.lower()
        if w in _NOUN_STOP or (words and w.endswith(("ed", "ly"))):
            break
        if words and w.endswith("ing") and not _ing_modifier(text, m.end(), words[-1]):
            break
        if words and raw[0].isupper() and "." not in raw and prev_raw.islower():
            break  # "models Alibaba said": a new proper noun starts a new phrase
        prev_raw = raw
        words.append(w)
        pos = m.end()
    return " ".join(words) or None


def _shown(text: str, m: re.Match, vt: str, noun: str) -> str:
    """The count with its counted noun as the text writes it ("4,096 Nvidia H100 GPUs")."""
    words = _NOUN_WORDS_AFTER.match(text, m.end())
    n = len(noun.split())
    got = words.group(0).split() if words else []
    return " ".join([vt, *got[:n]]).rstrip(".") if len(got) >= n else shown(vt, noun, quantity(noun))


_NOUN_WORDS_AFTER = plain(r"(?:[ \t\u00a0]+[^\s,;:()]+){1,5}")


def _value_spans(text: str) -> list[tuple[int, int]]:
    """Spans claimed by money, percents and dates (the values the sentence loop reads anyway)."""
    spans: list[tuple[int, int]] = []
    for money in find_money(text):
        spans.append((money.start, money.end))
        spans += [(eq.start, eq.end) for eq in money.equivalents]
    spans += [(p.start, p.end) for p in find_percents(text)]
    spans += [(h.start, h.end) for h in _date_hits(text)]
    return spans


def _time_spans(text: str) -> list[tuple[int, int]]:
    """Spans claimed by periods (read without the document's date) and durations."""
    return [(p.start_idx, p.end_idx) for p in find_periods(text)] + [(d.start, d.end) for d in find_durations(text)]


def find_counts(text: str, notation: Notation = ENGLISH) -> list[Count]:
    """Find plain quantities ("over 70,000 derivative models").

    Not counts: money, percentages, years, dates, periods, durations, list
    markers, clock times, and numbers that belong to a product or model name
    ("Qwen 2.5-72B", "H20", "Llama 4", "GPT-4o", "Fortune 500", "1.5x").
    `notation`: the document's number notation ("1.536 GPUs" in a decimal-comma document).
    """
    t = english(text, notation)
    if t is text:
        return list(_counts_all(text))
    out = []
    for c in _counts_all(t):
        written = text[c.start:c.end]
        shown_ = c.shown.replace(c.text, written, 1) if c.shown else c.shown
        out.append(replace(c, text=written, shown=shown_))
    return out


@_cached
def _counts_all(text: str) -> tuple[Count, ...]:
    words = _word_counts(text) if _gate_words(_G_WORD_COUNT, text) else ()
    digits = _digit_counts(text)
    return tuple(sorted((*digits, *words), key=lambda c: c.start)) if words else digits


# Rule spelled-count: a count written in words ("three hundred and twelve employees", "twelve thousand
# customers", "Twenty-five thousand Ordinary Shares") is a count like "312 employees" when it carries a
# scale word or "hundred", or when its counted noun is one the quantity registry knows ("four data
# centres", "nine thousand staff"); a bare small number word before any other noun ("one of the", "two
# companies", "the three executives") is no figure. A number word capitalised inside a sentence is part of a
# name ("Big Four", "Three UK", "Fourth Estate"); a hyphenated modifier ("one-off", "zero-emission", "two-year")
# is never read (number_words.PATTERN); a number of the years' range without a scale word past thousand ("two
# thousand and twenty-four", "nineteen ninety") is a year said in words. Provenance: focusset34 held
# 03_ardvane_sharecertificate ("Twenty-five thousand Ordinary Shares"), firstcontact/probe23 01_tanla_bse_outcome
# ("(twenty-five thousand) stock options"), firstcontact/probe22 08a_firstsource_news_q2 ("won seven large
# deals", read before by prose_measures.SPELLED_COUNT_OBJECT).
_WORD_COUNT = lead(rf"{_QUAL}?(?<![\w.,/:#$€£¥￥₹₩\-\u2010\u2011])(?P<n>{_WORDNUM}){_number_words.NOT_MODIFIER}")
_CAPITAL_AFTER = plain(r"[ \u00a0]+[A-Z]")
_RESTATED_BEFORE = plain(r"[0-9](?:[ \u00a0]?[A-Za-z$€£¥₹]{1,4})?[ \u00a0]*\([ \u00a0]*$")
_SENTENCE_OPEN = plain(r"(?:^|[.!?:(\[\n\u2022*#>|\-\u2013\u2014\"“‘'])\s*$")


# a spelled count needs a scale word or a counted noun of the registry
_G_WORD_COUNT = ("hundred", "dozen", *_number_words.SCALES, *HEAD_STEMS)
# words without one of which a sentence with no digit holds no spelled figure (the pipeline's gates):
# spelled money has a scale word, a spelled percent its unit or a fraction's word
SPELLED_MONEY_WORDS = ("hundred", *_number_words.SCALES)
SPELLED_PERCENT_WORDS = ("per cent", "percent", "percentage", "pct", *_G_PCT_FRACTION)
SPELLED_COUNT_WORDS = _G_WORD_COUNT


def _word_counts(text: str) -> list[Count]:
    """The counts of `text` written in words (rule spelled-count)."""
    out: list[Count] = []
    blocked = None
    for m in _WORD_COUNT.finditer(text):
        ns, ne = m.span("n")
        raw = m["n"]
        big = _number_words.scaled(raw)
        if raw[:1].isupper() and (not _SENTENCE_OPEN.search(text, max(0, ns - 4), ns)
                                  or not big and _CAPITAL_AFTER.match(text, ne)):
            continue   # a number word in a name: "Big Four", "Three UK"
        if _RESTATED_BEFORE.search(text, max(0, ns - 24), ns):
            continue   # "UF 5.000.000 (five million Unidades de Fomento)": the figure restated in words
        value = _word_value(raw)
        if value is None or value <= 0:
            continue
        noun = _noun_after(text, ne)
        rec = quantity(noun)
        if not noun or (not big and rec is None):
            continue
        if 1900 <= value <= 2100 and not (_number_words.trailing_scale(raw) or 0) > 1000:
            continue   # a year said in words
        if value != value.to_integral_value() and not big:
            continue
        if blocked is None:
            blocked = _value_spans(text) + _time_spans(text)
        if _overlaps(ns, ne, blocked):
            continue
        out.append(Count(_clean(value), m.start(), ne, m.group(0), _qualifier(m["qual"]), noun,
                         measure_of(noun, rec), _shown(text, m, m.group(0), noun) if rec is not None else None))
    return out


def _digit_counts(text: str) -> tuple[Count, ...]:
    matches = list(_COUNT.finditer(text)) if _gate(_G_DIGIT, text) else []
    if not matches:
        return ()
    # (a number in a span claimed by money, percents, dates, periods or durations is no count; the periods' and durations' spans, the
    # costly part, are read only for a number that no other test leaves out: every test is a pure
    # function of the text, so their order does not change which numbers are counts)
    blocked = _value_spans(text)
    late = None
    mixed = None
    out: list[Count] = []
    for m in matches:
        ns, ne = m.span("n")
        if _overlaps(ns, m.end(), blocked):
            continue
        if m["unit"] is None and (m["sc"] or _COMPOUND.match(text, m.end()) is None):
            if mixed is None:
                mixed = _mixed_spans(text)
            if _overlaps(ns, ne, mixed):
                continue
        if m["qual"] is None and _after_name(text, ns):
            continue
        raw = m["n"]
        if m["sc"] is None and "," not in raw and "." not in raw and 1900 <= int(raw) <= 2100:
            continue  # a year
        line_start = text.rfind("\n", 0, ns) + 1
        if not text[line_start:ns].strip() and _LIST_MARKER_AFTER.match(text, ne):
            continue  # list marker "1. " / "2) "
        if _TIME_AFTER.match(text, m.end()) or _TICKER_BEFORE.search(text, max(0, ns - 12), ns):
            continue
        if late is None:
            late = _time_spans(text)
        if _overlaps(ns, m.end(), late):
            continue
        value = _to_decimal(raw) * (_SCALES[_scale_key(m["sc"])] if m["sc"] else 1)
        compound = None if m["unit"] or m["sc"] else _COMPOUND.match(text, m.end())
        if m["unit"]:
            noun = _UNIT_ABBR[fold(m["unit"])]
        elif compound is not None:  # "a 120-billion-parameter model": the noun a compound adjective counts
            value = value * _SCALES[compound["sc"].lower()]
            noun = compound["noun"].lower() + "s"
        else:
            noun = _noun_after(text, m.end())
            if noun in _UNIT_ABBR:
                noun = _UNIT_ABBR[noun]
            elif noun in ("m", "m3") and _CUBIC_AFTER.match(text, m.end()):
                noun = "cubic metres"   # "90.000 m³" (quantity_units: a volume)
        rec = quantity(noun)
        vt = m.group(0) if compound is None else text[m.start():compound.end()]
        out.append(Count(_clean(value), m.start(), m.end() if compound is None else compound.end(), vt,
                         _qualifier(m["qual"]), noun, measure_of(noun, rec),
                         _shown(text, m, vt, noun) if rec is not None and compound is None and not m["unit"] else (vt if rec else None)))
    return tuple(out)


# ---------------------------------------------------------------------------
# Publication date
# ---------------------------------------------------------------------------

_PUBLISHED_LINE = plain(r"(?i)\b(?:published|posted|released|date[d:]?|issued)\b")
_UPDATED_LINE = plain(r"(?i)\b(?:updated|modified|edited|revised)\b")


def parse_doc_date(text: str) -> date | None:
    """Publication date of an article, from full dates in its first 15 lines.

    A date on a "Published:"/"Posted" line wins; otherwise the first date not
    on an "Updated" line; otherwise the first date found.
    """
    found: list[tuple[date, bool, bool]] = []
    for line in text.splitlines()[:15]:
        for d, _, _ in find_dates(line):
            found.append((d, bool(_PUBLISHED_LINE.search(line)), bool(_UPDATED_LINE.search(line))))
    if not found:
        return None
    for d, published, _ in found:
        if published:
            return d
    for d, _, updated in found:
        if not updated:
            return d
    return found[0][0]
