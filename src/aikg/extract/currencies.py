"""The currency gazetteer: one record per ISO 4217 currency the money reader knows by code, with
the local symbols business news writes before the number ("S/", "KSh", "₸"), the symbols written
after it ("zł", "Kč"), and the names that follow a number ("tenge", "Moroccan dirhams").

`values.py` builds its money patterns from these records; a code is read only in capitals and
only right next to a number ("KZT 880 billion", "18,190 million MAD"), so a three-capital-letter
company or segment name is no currency. A code that is also an English word, an acronym or a
company name (``word=True``: "MAD", "TOP", "AMD", "IRR", "TMT") is read only with a scale word
as well ("MAD 18.2 billion", never "AMD 7" or "IRR 12%").

Rule currency_code_before_or_after (the record as a whole): an ISO code written next to the
number is the amount's currency. Provenance: probe17 01_kaspi_short_letter ("KZT … billion"),
probe17 08_maroc_telecom_by_the_numbers ("MAD … million"), probe15 04_safaricom ("KES …
billion"), probe16 05_stc ("SAR … billion"), probe16 08_pldt_sustainability_report ("PHP …
billion"). Local symbols: probe17 04_credicorp_trading_update ("S/ … million") with probe14
01_asseco_chairman_letter ("… mld zł") and probe15 07_dci_indonesia ("Rp …").

Codes the money reader already spelled out itself (USD, EUR, GBP, JPY, CNY, INR, KRW, CHF and the
dollar family) keep their own patterns there; they are listed here with ``own=True``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Currency:
    code: str                        # ISO 4217
    symbols: tuple[str, ...] = ()    # written before the number (exact case): "S/", "KSh", "₸"
    after: tuple[str, ...] = ()      # symbols written after the number: "zł", "Kč"
    names: tuple[str, ...] = ()      # regex names written after the number (case ignored)
    word: bool = False               # the code is also a word/acronym/name: needs a scale word
    own: bool = False                # values.py spells this one out itself
    scaled: tuple[str, ...] = ()     # short local symbols that are also initials ("KD", "SR", "BD"): read before
                                     # the number (exact case) only with a scale word ("KD 12.3 million")
    glued: tuple[str, ...] = ()      # one-letter symbols glued to the digits and read only with a scale word
                                     # ("N3.05 billion"; never "N95" or "a N 5 rating")


def _c(code: str, *symbols: str, after: tuple[str, ...] = (), names: tuple[str, ...] = (), word: bool = False,
       own: bool = False, scaled: tuple[str, ...] = (), glued: tuple[str, ...] = ()) -> Currency:
    return Currency(code, tuple(symbols), after, names, word, own, scaled, glued)


CURRENCIES: tuple[Currency, ...] = (
    # spelled out in values.py (symbols, dollar family, names)
    *(_c(c, own=True) for c in ("USD", "GBP", "JPY", "CNY", "INR", "KRW", "CHF", "HKD", "TWD", "SGD",
                                "AUD", "CAD", "NZD", "BRL")),
    # the euro sign written after the number, as the languages of continental Europe write it ("5,06 mld
    # €", "650 mln €": probe21 03_iliad_french_translation), the same phrasing as "4,2 mld zł" (probe14
    # 01_asseco_chairman_letter) and "₫" after the number; never right before another number ("5 €10")
    _c("EUR", names=(r"€(?![ \u00a0]?[0-9])",), own=True),
    # Europe
    _c("SEK"), _c("NOK"), _c("DKK"), _c("ISK"),
    _c("PLN", after=("zł",)),
    _c("CZK", "Kč", after=("Kč",), names=(r"(?:czech\s+)?korun(?:a|y|as)", r"czech\s+crowns?")),
    _c("HUF", names=(r"(?:hungarian\s+)?forints?",)),
    _c("RON", names=(r"romanian\s+lei", r"(?-i:lei)")), _c("BGN", after=("лв",)), _c("RSD"), _c("MKD"), _c("ALL", word=True),
    _c("BAM", word=True), _c("MDL", word=True),
    _c("UAH", "₴", names=(r"(?:ukrainian\s+)?hryvnias?",)), _c("BYN"), _c("RUB", "₽"),
    _c("GEL", "₾", names=(r"(?:georgian\s+)?lari",), word=True), _c("AMD", "֏", word=True),
    _c("AZN", "₼", names=(r"azerbaijani\s+manats?",)),
    _c("TRY", word=True), _c("GIP", word=True),
    # Central and South Asia
    _c("KZT", "₸", names=(r"(?:kazakh(?:stani)?\s+)?tenge",)), _c("UZS"), _c("KGS", word=True), _c("TJS"),
    _c("TMT", word=True), _c("AFN"), _c("PKR"), _c("BDT", "৳", "Tk.", "Tk", names=(r"(?:bangladeshi\s+)?taka",)),
    _c("LKR"), _c("NPR", word=True), _c("BTN", word=True), _c("MVR"),
    # East and South-East Asia, Pacific
    _c("IDR"), _c("MYR"), _c("THB"), _c("VND", "₫", after=("₫",), names=(r"vietnamese\s+dong", r"đồng", r"dong(?=\s*[,.;)]|$)", r"(?-i:dong)")), _c("PHP", word=True),
    _c("MMK"), _c("KHR", "៛"), _c("LAK", "₭"), _c("MNT", "₮"), _c("BND"), _c("MOP", word=True), _c("KPW"),
    _c("FJD"), _c("PGK"), _c("SBD"), _c("TOP", word=True), _c("VUV"), _c("WST"), _c("XPF"),
    # Middle East
    _c("AED", names=(r"emirati\s+dirhams?",)), _c("SAR", scaled=("SR",)), _c("QAR", "QR", names=(r"qatari\s+riyals?",)),
    _c("KWD", names=(r"kuwaiti\s+dinars?",), scaled=("KD",)),
    _c("BHD", names=(r"bahraini\s+dinars?",), scaled=("BD",)), _c("OMR", names=(r"omani\s+rials?",), scaled=("RO",)),
    # (issue42m) the shekel by name; "NIS" before a number is values.NEW_SHEKEL_NIS (issue42t: glued to a digit, "NIS2", it is a name)
    _c("ILS", "₪", names=(r"(?:new\s+)?israeli\s+shekels?", r"shekels?(?=\s*[,.;)]|\s+(?:a|per|in|of|and)\b|$)")), _c("JOD", names=(r"jordanian\s+dinars?",)), _c("IQD", names=(r"iraqi\s+dinars?",)),
    _c("IRR", word=True), _c("LBP"), _c("SYP"), _c("YER"),
    # Africa ("N$" the Namibian dollar before the number: probe26 05_paratus_results_glance, focusset26 held
    # 11_paratus_pressconf)
    _c("ZAR"), _c("NGN", glued=("N",)), _c("KES", "KSh", "Ksh"), _c("EGP", "E£"),
    _c("MAD", names=(r"moroccan\s+dirhams?",), word=True), _c("DZD", names=(r"algerian\s+dinars?",)),
    _c("TND", names=(r"tunisian\s+dinars?",)), _c("LYD"),
    _c("GHS", "GH₵", "₵", names=(r"(?:ghanaian\s+)?cedis?",), word=True),
    _c("TZS", "TSh", names=(r"tanzanian\s+shillings?",)), _c("UGX", "USh", names=(r"ugandan\s+shillings?",)),
    _c("ETB", names=(r"(?:ethiopian\s+)?birr",)), _c("RWF"), _c("BIF"), _c("CDF", word=True), _c("AOA"),
    _c("MZN"), _c("ZMW"), _c("MWK"), _c("BWP"), _c("NAD", "N$", word=True), _c("SZL"), _c("LSL"), _c("MUR"),
    _c("SCR", word=True), _c("MGA", word=True),
    # (issue48m) the CFA franc's symbol and unit words, shared by the West and the Central African franc (CLDR marks
    # "FCFA" / "F CFA" ambiguous): read as the West African one, the Central African one where the document names its
    # exchange or one of its countries (document_currency.CFA). Provenance: CLDR's symbols for XOF and XAF; probe17
    # 08_maroc_telecom_by_the_numbers ("dividends are paid upstream in CFA francs (XOF)"), probe35
    # 06_sonatel_brvm_communique ("1 412,6 billion FCFA", BRVM)
    _c("XOF", "FCFA", after=("FCFA", "F CFA", "F\u202fCFA"), names=(r"(?-i:CFA)\s+francs?",)), _c("XAF"), _c("GMD"), _c("GNF"), _c("SLE"),
    _c("LRD"), _c("CVE", word=True), _c("STN"), _c("SDG", word=True), _c("SSP"), _c("SOS", word=True),
    _c("DJF"), _c("ERN", word=True), _c("KMF"), _c("MRU"), _c("ZWG"),
    # Americas
    _c("MXN", "Mex$", "Ps."), _c("CLP", names=(r"chilean\s+pesos?",)), _c("ARS", names=(r"argentine\s+pesos?",)),
    _c("PEN", "S/.", "S/", names=(r"(?:peruvian\s+)?soles", r"peruvian\s+sol"), word=True),
    _c("COP", "COL$", names=(r"colombian\s+pesos?",), word=True), _c("UYU"), _c("PYG", "₲"),
    _c("BOB", word=True), _c("VES"), _c("CRC", "₡", word=True), _c("GTQ"), _c("HNL"), _c("NIO", word=True),
    _c("PAB"), _c("DOP", word=True), _c("CUP", word=True), _c("HTG"), _c("JMD"), _c("TTD"), _c("BBD"),
    _c("BSD", word=True), _c("BZD"), _c("BMD"), _c("KYD"), _c("XCD"), _c("AWG"), _c("ANG", word=True),
    _c("GYD"), _c("SRD"), _c("FKP"), _c("SHP", word=True),
)

# ---------------------------------------------------------------------------------------------------------------
# The CLDR part (issue47m): currency_data.json, written by bench/gen_currencies.py from CLDR (via Babel, a dev-time
# dependency only). Per ISO code its English names ("Thai baht", "Czech korunas"), bare unit words ("baht",
# "korunas") and the symbols CLDR's locales write, with their position; the symbols and unit words used by more
# than one current currency, or that are ordinary words or initials ("kr", "$", "R", "RM", "Ft", "dinar",
# "riyal", "krone", "won", "real"), are marked ambiguous there. An unambiguous one is read as its currency; an
# ambiguous one keeps the hand reading above (values.py's defaults, resolved by document_currency.py's home
# currency) or is not read at all. The hand records above stay for what CLDR lacks or reads differently:
# journalistic forms ("QR", "Tk.", "KSh", "S/", "Mex$", "Ps."), initials read only with a scale word (`scaled`,
# `glued`), codes that are words (`word`), with their provenance.
# Rule cldr-currency-names: an unambiguous CLDR English name after a number is its currency, case ignored ("the
# dividend of 4.5 billion Vietnamese dong", "12 million Hungarian forints"); a bare unit word only in lower case
# ("880 billion tenge", "3.2 billion baht"). Rule cldr-currency-symbols: an unambiguous CLDR symbol is read where
# its locales write it (before the number: "₦", "₱", "₭"; after it: "Kč", "zł", "лв.", "₫"). Provenance: the
# hand records these generalise (probe14 01_asseco "mld zł", kindcheck34 money 01_vltavin "mil. Kč", probe34
# "billion dong", kindcheck34 money 03_pelagrin "mln zł").
# ---------------------------------------------------------------------------------------------------------------
DATA_FILE = Path(__file__).with_name("currency_data.json")
CLDR: dict = json.loads(DATA_FILE.read_text(encoding="utf-8"))
AMBIGUOUS_SYMBOLS: dict[str, tuple[str, ...]] = {s: tuple(c) for s, c in CLDR["ambiguous_symbols"].items()}
AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {u: tuple(c) for u, c in CLDR["ambiguous_units"].items()}


# the symbols values.py spells out itself (its own prefixes, with the currency it reads them as): a CLDR symbol
# spelled the same for another currency (Nicaragua's "C$", the Canadian dollar's there) is not read as CLDR's
OWN_SYMBOLS: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "AU$": "AUD", "CA$": "CAD", "NZ$": "NZD", "MX$": "MXN", "S$": "SGD",
    "A$": "AUD", "C$": "CAD", "R$": "BRL", "CN¥": "CNY", "JP¥": "JPY", "$": "USD", "€": "EUR", "£": "GBP",
    "₹": "INR", "₩": "KRW", "₺": "TRY", "₱": "PHP", "₦": "NGN", "฿": "THB", "Rs": "INR", "Rp": "IDR", "RM": "MYR",
    "R": "ZAR", "NIS": "ILS"}


def _name_pattern(name: str) -> str:
    """A CLDR English name as a pattern: words in any gap, read in any case."""
    return r"\s+".join(re.escape(w) for w in name.lower().split())


def _with_cldr(c: Currency) -> Currency:
    """A hand record with what CLDR adds: its unambiguous names, unit words and symbols not yet in it."""
    rec = CLDR["currencies"].get(c.code)
    if rec is None or c.own:
        return c
    taken = {*c.symbols, *c.after, *c.scaled, *c.glued, *(s for s, o in OWN_SYMBOLS.items() if o != c.code)}
    names = list(c.names)
    for n in dict.fromkeys((rec["name"], rec["plural"])):
        if " " in n or n.lower() not in AMBIGUOUS_UNITS:   # "Kuwaiti dinars" names one; "dinars" does not
            pat = _name_pattern(n)
            if not any(re.fullmatch(p, n, re.I) for p in names):
                names.append(pat)
    for u in rec["units"]:
        if u not in AMBIGUOUS_UNITS and not any(re.fullmatch(p, u, re.I) for p in names):
            names.append(f"(?-i:{re.escape(u)})")
    before = [s for s, w in rec["symbols"].items()
              if w["before"] and s not in AMBIGUOUS_SYMBOLS and s not in taken and s not in OWN_SYMBOLS]
    after = [s for s, w in rec["symbols"].items() if w["after"] and s not in AMBIGUOUS_SYMBOLS and s not in taken]
    return replace(c, symbols=c.symbols + tuple(before), after=c.after + tuple(after), names=tuple(names))


CURRENCIES = tuple(_with_cldr(c) for c in CURRENCIES)

BY_CODE: dict[str, Currency] = {c.code: c for c in CURRENCIES}
# the symbols read only with a scale word, and the one-letter ones only glued to their digits as well
SCALED_SYMBOLS: dict[str, str] = {s: c.code for c in CURRENCIES for s in c.scaled}
GLUED_SYMBOLS: dict[str, str] = {s: c.code for c in CURRENCIES for s in c.glued}
# the codes read from this record (the ones values.py does not spell out)
CODES: tuple[str, ...] = tuple(c.code for c in CURRENCIES if not c.own)
WORD_CODES: frozenset[str] = frozenset(c.code for c in CURRENCIES if c.word)
