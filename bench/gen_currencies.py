#!/usr/bin/env python3
"""Write src/aikg/extract/currency_data.json, the currency registry's CLDR part, from Babel's copy of CLDR.

    pip install --target /tmp/babel babel          # a dev-time dependency only: never imported at run time
    PYTHONPATH=/tmp/babel python bench/gen_currencies.py [--out src/aikg/extract/currency_data.json]

For every ISO 4217 currency that is legal tender in some territory today (`get_territory_currencies`):
- its English names, singular and plural ("Thai baht", "Swedish kronor") and the bare unit words, the names'
  last lower-case word ("baht", "krona"/"kronor", "dong");
- every symbol CLDR's locales write for it, with its position (before or after the number, from the locale's
  standard currency pattern), whether a space separates it, and the countries of the locales writing it
  (the English locale's symbol, "R$", "CA$", "₫", with country "" = international);
- which symbols and unit words are AMBIGUOUS: written for more than one current currency ("kr", "$", "R",
  "rupee", "dinar", "krone"), or an ordinary English word or a pair of initials a text writes for other things
  (`ORDINARY_WORDS`, `ORDINARY_SYMBOLS`), or one letter or two Latin ones alone ("K", "Br", "Ft", "RM"). Symbols
  are compared with case, dots and spaces ignored ("Rs." of Sri Lanka and "Rs" of Pakistan are one).
Per country its English name and the currencies tender there (the first the main one), and the number notation of its locales (decimal sign, group sign) where it is not "1,234.5".

currencies.py reads the file: an unambiguous name or symbol is read as its currency; an ambiguous one is
resolved from the document's own context (document_currency.py) or not read at all. The file is committed;
run this again when Babel's CLDR version changes (the version is written into the file).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.numbers import get_currency_name, get_territory_currencies

# unit words that are ordinary English words: a text writes them for other things ("won the contract",
# "real growth", "the mark", "all", "a lek"?), so they are ambiguous whatever CLDR says
ORDINARY_WORDS = frozenset({"won", "real", "mark", "pound", "all", "rand", "lev", "lei", "som", "kip", "vatu",
                            "tala", "mill", "cent", "crown", "crowns", "reals", "marks", "pounds", "gold", "sol",
                            "dram", "drams"})
# symbols that are ordinary words of English text ("the den", "Bs" a degree)
ORDINARY_SYMBOLS = frozenset({"den", "Bs"})


def normal(symbol: str) -> str:
    """A symbol as the money reader compares it: case, dots and spaces ignored ("Rs." = "Rs", "F CFA" = "FCFA")."""
    return "".join(ch for ch in symbol.lower() if ch not in ". \u00a0\u202f")


def initials(symbol: str) -> bool:
    """One letter of any script, or two Latin capitals or letters ("R", "Br", "KM", "ر"; not "zł", "Kč"): a text
    writes them for other things."""
    return symbol.isalpha() and (len(symbol) == 1 or (len(symbol) == 2 and symbol.isascii()))


def current_codes() -> dict[str, set[str]]:
    """ISO code -> the territories whose tender it is today."""
    out: dict[str, set[str]] = defaultdict(set)
    for terr in Locale("en").territories:
        if not terr.isalpha() or len(terr) != 2:
            continue
        for code in get_territory_currencies(terr, tender=True):
            out[code].add(terr)
    return out


def unit_words(*names: str) -> list[str]:
    """The bare unit words of English names: each name's last lower-case word ("Czech korunas" -> "korunas")."""
    words = []
    for n in names:
        low = [w for w in n.replace("(", " ").replace(")", " ").split() if w.isalpha() and w.islower()]
        if low and low[-1] not in words:
            words.append(low[-1])
    return words


def position(loc: Locale) -> tuple[str, bool]:
    """('before' | 'after', spaced) of the locale's standard currency pattern."""
    pat = loc.currency_formats["standard"]
    pre, suf = pat.prefix[0], pat.suffix[0]
    if "¤" in pre:
        return "before", pre.endswith(("\xa0", " "))
    return "after", suf.startswith(("\xa0", " ", "\u202f"))


def build() -> dict:
    codes = current_codes()
    en = Locale("en")
    cur: dict[str, dict] = {}
    for code in sorted(codes):
        one, many = get_currency_name(code, 1, "en"), get_currency_name(code, 2, "en")
        cur[code] = {"name": one, "plural": many, "units": unit_words(one, many), "territories": sorted(codes[code]),
                     "symbols": {}}
    # symbol -> code -> {"position", "spaced", "countries"}
    def note(code: str, sym: str, where: str, spaced: bool, country: str) -> None:
        sym = sym.strip("\u200b\u200e\u200f\u061c \u00a0")   # (bidirectional marks around an Arabic-script symbol)
        if not sym or sym == code:
            return
        rec = cur[code]["symbols"].setdefault(sym, {"before": [], "after": [], "spaced": False})
        if country not in rec[where]:
            rec[where].append(country)
        rec["spaced"] = rec["spaced"] or spaced
    for code in cur:
        note(code, en.currency_symbols.get(code, ""), "before", False, "")
    notation: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ident in localedata.locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except Exception:
            continue
        terr = loc.territory
        if not terr:
            continue
        where, spaced = position(loc)
        for code in get_territory_currencies(terr, tender=True):
            if code in cur:
                note(code, loc.currency_symbols.get(code, ""), where, spaced, terr)
        sym = loc.number_symbols.get("latn", {})
        if sym.get("decimal") and (sym.get("decimal"), sym.get("group")) != (".", ","):
            notation[terr].add((sym["decimal"], sym.get("group", "")))
    for rec in cur.values():
        for s in rec["symbols"].values():
            s["before"].sort()
            s["after"].sort()
    by_symbol: dict[str, set[str]] = defaultdict(set)   # a normalised symbol -> its currencies
    by_unit: dict[str, set[str]] = defaultdict(set)
    for code, rec in cur.items():
        for s in rec["symbols"]:
            by_symbol[normal(s)].add(code)
        for u in rec["units"]:
            by_unit[u].add(code)
    ambiguous_symbols = {s: sorted(by_symbol[normal(s)]) for rec in cur.values() for s in sorted(rec["symbols"])
                         if len(by_symbol[normal(s)]) > 1 or initials(s) or s in ORDINARY_SYMBOLS}
    ambiguous_symbols = dict(sorted(ambiguous_symbols.items()))
    ambiguous_units = {u: sorted(c) for u, c in sorted(by_unit.items()) if len(c) > 1 or u in ORDINARY_WORDS}
    countries = {t: {"name": en.territories[t], "currencies": get_territory_currencies(t, tender=True)}
                 for t in sorted({t for rec in cur.values() for t in rec["territories"]})}
    return {
        "countries": countries,
        "source": f"CLDR via Babel {babel.__version__} (bench/gen_currencies.py)",
        "currencies": cur,
        "ambiguous_symbols": ambiguous_symbols,
        "ambiguous_units": ambiguous_units,
        "notation": {t: sorted(f"{d}|{g}" for d, g in v) for t, v in sorted(notation.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent
                    / "src/aikg/extract/currency_data.json")
    a = ap.parse_args()
    data = build()
    a.out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(data['currencies'])} currencies, {len(data['ambiguous_symbols'])} ambiguous symbols, "
          f"{len(data['ambiguous_units'])} ambiguous unit words -> {a.out}")


if __name__ == "__main__":
    main()
