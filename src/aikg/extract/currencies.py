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

from dataclasses import dataclass


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
    _c("SCR", word=True), _c("MGA", word=True), _c("XOF"), _c("XAF"), _c("GMD"), _c("GNF"), _c("SLE"),
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

BY_CODE: dict[str, Currency] = {c.code: c for c in CURRENCIES}
# the symbols read only with a scale word, and the one-letter ones only glued to their digits as well
SCALED_SYMBOLS: dict[str, str] = {s: c.code for c in CURRENCIES for s in c.scaled}
GLUED_SYMBOLS: dict[str, str] = {s: c.code for c in CURRENCIES for s in c.glued}
# the codes read from this record (the ones values.py does not spell out)
CODES: tuple[str, ...] = tuple(c.code for c in CURRENCIES if not c.own)
WORD_CODES: frozenset[str] = frozenset(c.code for c in CURRENCIES if c.word)
