"""The currency a document's ambiguous money symbols stand for, read from what the document says about itself.

A bare "$" is the US dollar only by default: a New Zealand company's NZX announcement writes "$68.9m" for
NZ$68.9 million, a Canadian release on the TSX "$384.6 million" for Canadian dollars. "Rs." and "Rupees"
are the Indian rupee only by default: a Pakistan Stock Exchange filing writes "Rs. 612.4 million" for
Pakistani rupees. The document says which: the exchange its head names ("NZX / ASX MARKET ANNOUNCEMENT",
"Gentrack Group Limited (NZX: GTK)", "To: Pakistan Stock Exchange Limited, Karachi", "(TSX: SKF)") and the
explicit symbols and codes it writes elsewhere ("NZ$12 million", "Currency  NZD", "(all figures NZ$ …)").

Rule document-currency-context (`HOME_CURRENCY`): the exchanges named in a document's head give its home
currency (the gazetteer `EXCHANGES`, reference data); when they give more than one of a family (a dual
NZX/ASX listing) the one the document also writes explicitly ("NZ$", "NZD") decides; a US exchange named
as well (a NASDAQ/TSX dual listing reports in US dollars), a home in another family, or no evidence leaves
today's default. A rupee with no exchange named takes the rupee of the one rupee country the document names
("State Bank of Pakistan", "Lahore, Pakistan"; India, or two such countries, keep the default). The home currency is then the currency of every amount written with the family's bare
symbol ("$", "dollars"; "Rs", "Rs.", "Rupees") and no explicit one ("US$", "USD", "₹", "INR", "Indian").
A peso whose symbol is "$" (CLDR: Colombian, Chilean, Mexican, Argentine …) is a member of the dollar family read
from the symbol alone: in a filing headed by its market's exchange or securities regulator ("Superintendencia
Financiera de Colombia", "Comisión para el Mercado Financiero") "$512.306 millones" is pesos, "dollars" stays USD.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .currencies import AMBIGUOUS_UNITS, CLDR
from .rule_record import RuleRecord


@dataclass(frozen=True)
class Exchange:
    """A stock exchange as a document's head names it, and the currency its filers report in."""
    pattern: str
    currency: str


# reference data: exchanges -> the currency of their market (never a fact about a company)
EXCHANGES: tuple[Exchange, ...] = (
    Exchange(r"\bNZX\b|\bNZSX\b|New Zealand (?:Stock )?Exchange", "NZD"),
    Exchange(r"\bASX\b|Australian Securities Exchange", "AUD"),
    Exchange(r"\bTSXV?\b|\bTSX-V\b|Toronto Stock Exchange|TSX Venture|Canadian Securities Exchange", "CAD"),
    Exchange(r"\bSGX(?:-ST)?\b|Singapore Exchange", "SGD"),
    Exchange(r"\bHKEX\b|\bSEHK\b|Hong Kong Stock Exchange|Stock Exchange of Hong Kong", "HKD"),
    Exchange(r"\bTWSE\b|\bTPEx\b|Taiwan Stock Exchange", "TWD"),
    Exchange(r"\bNYSE\b|\bNasdaq\b|\bNASDAQ\b|New York Stock Exchange", "USD"),
    Exchange(r"\bPSX\b|Pakistan Stock Exchange|Karachi Stock Exchange", "PKR"),
    Exchange(r"\bNSE\b|\bBSE\b|National Stock Exchange of India|Bombay Stock Exchange", "INR"),
    Exchange(r"Colombo Stock Exchange", "LKR"),
    Exchange(r"\bNEPSE\b|Nepal Stock Exchange", "NPR"),
    Exchange(r"Stock Exchange of Mauritius", "MUR"),
    # (issue46m) the exchanges of markets whose currency has no bare family symbol: reference data for the
    # home currency a document's head names (no family reading changes: "$" and "Rs" keep theirs)
    Exchange(r"\bQSE\b|Qatar Stock Exchange", "QAR"),
    Exchange(r"\bNGX\b|Nigerian Exchange|Nigerian Stock Exchange", "NGN"),
    Exchange(r"Dhaka Stock Exchange|Chittagong Stock Exchange", "BDT"),
    Exchange(r"\bHOSE\b|\bHNX\b|Ho Chi Minh (?:City )?Stock Exchange|Hanoi Stock Exchange", "VND"),
    Exchange(r"\bBVB\b|Bucharest Stock Exchange", "RON"),
    Exchange(r"Nasdaq Iceland", "ISK"),
    Exchange(r"Nasdaq Copenhagen", "DKK"),
    Exchange(r"Nasdaq Stockholm", "SEK"),
    Exchange(r"Tadawul|Saudi Exchange", "SAR"),
    Exchange(r"\bADX\b|\bDFM\b|Abu Dhabi Securities Exchange|Dubai Financial Market", "AED"),
    Exchange(r"Boursa Kuwait", "KWD"),
    Exchange(r"Bahrain Bourse", "BHD"),
    Exchange(r"\bMSX\b|Muscat Stock Exchange", "OMR"),
    Exchange(r"\bEGX\b|Egyptian Exchange", "EGP"),
    Exchange(r"\bJSE\b|Johannesburg Stock Exchange", "ZAR"),
    Exchange(r"Nairobi Securities Exchange", "KES"),
    Exchange(r"Ghana Stock Exchange", "GHS"),
    Exchange(r"\bIDX\b|Indonesia Stock Exchange", "IDR"),
    Exchange(r"Bursa Malaysia", "MYR"),
    Exchange(r"Stock Exchange of Thailand", "THB"),
    Exchange(r"Philippine Stock Exchange", "PHP"),
    Exchange(r"\bKRX\b|Korea Exchange", "KRW"),
    Exchange(r"Tokyo Stock Exchange", "JPY"),
    Exchange(r"\bB3\b", "BRL"),
    Exchange(r"Bolsa Mexicana|\bBMV\b", "MXN"),
    Exchange(r"Warsaw Stock Exchange", "PLN"),
    Exchange(r"Prague Stock Exchange", "CZK"),
    Exchange(r"Budapest Stock Exchange", "HUF"),
    Exchange(r"Borsa Istanbul", "TRY"),
    # (issue48m) the regional exchanges of the two CFA franc zones
    Exchange(r"\bBRVM\b|Bourse R[ée]gionale des Valeurs Mobili[èe]res", "XOF"),
    Exchange(r"\bBVMAC\b|Bourse des Valeurs Mobili[èe]res de l.Afrique Centrale|Douala Stock Exchange", "XAF"),
    # (issue49m) the Moroccan market, named in French or English in a Casablanca filer's head
    Exchange(r"Bourse de Casablanca|Casablanca Stock Exchange", "MAD"),
    # (issue52m) the peso markets, by their exchange or the securities regulator a filing is addressed to (a
    # Colombian "información relevante" heads with the Superintendencia, a Chilean "hecho esencial" with the CMF)
    Exchange(r"\bBVC\b|Bolsa de Valores de Colombia|Superintendencia Financiera de Colombia"
             r"|SUPERINTENDENCIA FINANCIERA DE COLOMBIA", "COP"),
    Exchange(r"Bolsa de Comercio de Santiago|Bolsa de Santiago|Santiago Stock Exchange"
             r"|Comisi[óo]n para el Mercado Financiero", "CLP"),
    Exchange(r"\bBYMA\b|Bolsas y Mercados Argentinos", "ARS"),
)
# reference data from the currency registry (currencies.CLDR): the rupees, the currencies the unit word "rupee"
# names (an ambiguous unit word there), and the countries whose one currency is a rupee -> that rupee ("Rs" says
# no more than "a rupee"): India, Pakistan, Sri Lanka, Nepal, Mauritius, Seychelles
RUPEES: tuple[str, ...] = AMBIGUOUS_UNITS["rupee"]
RUPEE_COUNTRIES: dict[str, str] = {c["name"]: c["currencies"][0] for c in CLDR["countries"].values()
                                   if len(c["currencies"]) == 1 and c["currencies"][0] in RUPEES}
_RUPEE_COUNTRY_RX = re.compile(r"\b(" + "|".join(RUPEE_COUNTRIES) + r")\b(?!\s+rupees?)")
# the countries of the Central African franc (CLDR): one named, and no West African one, makes "FCFA" that franc
_XAF_COUNTRIES = [c["name"].split(" - ")[0] for c in CLDR["countries"].values() if c["currencies"] == ["XAF"]]
_XOF_COUNTRIES = [c["name"].replace("’", "'") for c in CLDR["countries"].values() if c["currencies"] == ["XOF"]]
_CFA_COUNTRY_RX = {code: re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
                   for code, names in (("XAF", _XAF_COUNTRIES), ("XOF", _XOF_COUNTRIES))}


def literal_leads(pattern: str) -> tuple[str, ...] | None:
    """The literal text each top-level alternative of a case-sensitive `pattern` opens with (after a `\\b`):
    every match holds one of them, so a text holding none needs no search ("NZX", "New Zealand " of
    r"\\bNZX\\b|New Zealand (?:Stock )?Exchange"); None when an alternative opens with no literal text."""
    alts, depth, part = [], 0, ""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            part += pattern[i:i + 2]
            i += 2
            continue
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        if ch == "|" and depth == 0:
            alts.append(part)
            part = ""
        else:
            part += ch
        i += 1
    alts.append(part)
    leads = []
    for alt in alts:
        alt = alt[2:] if alt.startswith(r"\b") else alt
        lit = ""
        for ch in alt:
            if not (ch.isalnum() or ch in " -:/&'"):
                break
            lit += ch
        if len(lit) < len(alt) and alt[len(lit)] in "?*{":
            lit = lit[:-1]   # (the last letter is optional: "TSXV?" leads with "TSX")
        if not lit:
            return None
        leads.append(lit)
    return tuple(leads)


# (each exchange's pattern searched only in a head holding the literal text one of its alternatives opens with:
# twelve searches of the head were a twentieth of a feed article's extraction)
_EXCHANGE_RX = tuple((re.compile(e.pattern), e.currency, literal_leads(e.pattern)) for e in EXCHANGES)


@dataclass(frozen=True)
class Family:
    """Currencies sharing a bare symbol: the default a bare reading gives, the bare symbol as written in an
    amount's text, the explicit spellings that name the default itself, and each member's explicit spellings;
    the members whose bare reading is the symbol alone (a peso's "$", never the word "dollars"), and that symbol."""
    default: str
    bare: re.Pattern
    own: re.Pattern
    members: dict
    symbol_only: frozenset = frozenset()
    symbol: re.Pattern | None = None


# reference data from the currency registry (currencies.CLDR): the pesos whose symbol is "$" (Argentine, Chilean,
# Colombian, Mexican …): a "$" in a filing of their home market is the peso
PESOS: tuple[str, ...] = tuple(sorted(c for c, d in CLDR["currencies"].items()
                                      if "$" in d.get("symbols", {}) and "peso" in d.get("units", ())))


DOLLAR = Family(
    "USD",
    re.compile(r"(?<![A-Za-z.$])\$|\bdollars?\b", re.I),
    re.compile(r"US\$|U\.S\.\s?\$|\bUSD\b|\bU\.?S\.?\s+dollars?|\bAmerican\s+dollars?", re.I),
    {"NZD": r"NZ\$|\bNZD\b|New Zealand dollars?", "AUD": r"\bA\$|AU\$|\bAUD\b|Australian dollars?",
     "CAD": r"\bC\$|CA\$|\bCAD\b|Canadian dollars?", "SGD": r"\bS\$|\bSGD\b|Singapore dollars?",
     "HKD": r"HK\$|\bHKD\b|Hong Kong dollars?", "TWD": r"NT\$|\bTWD\b|\bNTD\b|Taiwan(?:ese)? dollars?",
     # (issue52m) each "$" peso by its code or its CLDR English name ("COP", "Colombian pesos")
     **{c: rf"\b{c}\b|{CLDR['currencies'][c]['name']}s?" for c in PESOS}},
    frozenset(PESOS),
    re.compile(r"(?<![A-Za-z.$])\$"),
)
RUPEE = Family(
    "INR",
    re.compile(r"\bRs\b\.?|\brupees?\b", re.I),
    re.compile(r"₹|\bINR\b|\bIndian\s+rupees?", re.I),
    # each other rupee by its code or its CLDR English name ("Pakistani rupees", "Seychellois rupee")
    {c: rf"\b{c}\b|{CLDR['currencies'][c]['name']}s?" for c in RUPEES if c != "INR"},
)
# (issue48m) the CFA francs: "FCFA", "F CFA", "CFA francs" are the West African franc by default (currencies.py),
# the Central African one where the document names its exchange or one of its countries (CLDR's territories)
CFA = Family(
    "XOF",
    re.compile(r"\bF[ \u202f]?CFA\b|\bCFA\s+francs?\b"),
    re.compile(r"\bXOF\b|West\s+African\s+CFA", re.I),
    {"XAF": r"\bXAF\b|Central African CFA"},
)
# (issue49m) the dirhams: a bare "dirhams" is the UAE dirham by default (values.py), the Moroccan one where the
# document's head names the Casablanca exchange ("1,2 milliard de dirhams" in a Casablanca communiqué,
# kindcheck35/money 02_chaouia_agro_indicateurs_t3_2026_ma; one seen source for the Moroccan reading)
DIRHAM = Family(
    "AED",
    re.compile(r"\bdirhams?\b", re.I),
    re.compile(r"\bAED\b|\bUAE\s+dirhams?|\bEmirati\s+dirhams?", re.I),
    {"MAD": r"\bMAD\b|Moroccan dirhams?"},
)
FAMILIES = (DOLLAR, RUPEE, CFA, DIRHAM)
_MEMBER_RX = {f.default: {c: re.compile(p) for c, p in f.members.items()} for f in FAMILIES}

HEAD_LINES = 15   # a filing names its exchange in its head: the addressee, the ticker after the name

HOME_CURRENCY = RuleRecord(
    "document-currency-context",
    "an amount written with a bare '$' or 'Rs'/'Rupees' takes the currency of the exchange the document's head "
    "names (of the one the document also writes explicitly, when it names two); a US exchange named too, or no "
    "exchange, keeps the default (USD, INR)",
    ("probe32 08a_gentrack_nzx_results_h1 / 08b_gentrack_nzx_guidance_update (NZX announcements): 'Gentrack Group "
     "Limited (NZX: GTK / ASX: GTK)', 'Currency  NZD', 'Third-quarter trading (NZ$, unaudited)' over '$68.9m'",
     "kindcheck29 measures 01_matipo_fy2026_nzx (NZX release): '(NZX: MTP)', '(all figures NZ$ …)' over "
     "'Revenue: $428.6 million'",
     "kindcheck30 filer 03_saskaboine_q3_2026_release: '(TSX: SKF)' over 'Revenue of $384.6 million' (Canadian "
     "dollars); probe28 05_enghouse_canadian_mdna_quarterly (TSX) the same",
     "probe32 03_avanceon_psx_results_notice: 'Ref: AVN/CS/PSX/…', 'Pakistan Stock Exchange Limited, Karachi' "
     "over 'Rs. 612.4 million', 'Rupees in '000'",
     "kindcheck33 money 01_ravibagh_9m_directors_review_pk (no exchange named): 'State Bank of Pakistan', "
     "'Lahore' over 'Rs 1.08 billion' (the one rupee country named; probe32 03_avanceon names Pakistan too)",
     "probe13 opentext_q4_fy2025_call (NASDAQ and TSX): '$' stays US dollars",
     "(issue52m, the '$' pesos) probe37 02_celsia_sfc_informacion_relevante: 'SUPERINTENDENCIA FINANCIERA DE "
     "COLOMBIA', '(BVC: CELSIA)' over '$512.306 millones' (Colombian pesos); probe30 01_grupogtd_hecho_esencial: "
     "'Comisión para el Mercado Financiero (CMF)' over 'dividendo provisorio of $ 4,20 per share' (Chilean pesos)"),
    ("Tarakihi Foods Limited (NZX: TKF) … revenue of $52.3 million",
     "To: Pakistan Stock Exchange Limited … revenue of Rs. 4.2 billion"))


@dataclass(frozen=True)
class HomeCurrencies:
    """The currency each family's bare symbol stands for in this document (family default -> code)."""
    by_default: dict

    def of(self, currency: str | None, text: str | None) -> str | None:
        """The home currency of an amount read as `currency` from `text`, else None (keep the reading)."""
        home = self.by_default.get(currency or "")
        if home is None or not text:
            return None
        fam = next(f for f in FAMILIES if f.default == currency)
        if fam.own.search(text) or not fam.bare.search(text):
            return None
        if home in fam.symbol_only and (not fam.symbol.search(text) or fam.bare.search(fam.symbol.sub("", text))):
            return None   # a peso's "$" only: "dollars" stays the dollar
        if any(rx.search(text) for c, rx in _MEMBER_RX[fam.default].items() if c != home):
            return None
        return home


def read(cleaned: str) -> HomeCurrencies | None:
    """The home currency of each ambiguous family, from the exchanges the document's head names (for a
    rupee, failing those, from the one rupee country the document names)."""
    head = "\n".join([ln for ln in cleaned.split("\n", 80)[:80] if ln.strip()][:HEAD_LINES])
    named = {cur for rx, cur, leads in _EXCHANGE_RX
             if (leads is None or any(map(head.__contains__, leads))) and rx.search(head)}
    if not named & ({RUPEE.default} | set(RUPEE.members)) and RUPEE.bare.search(cleaned):
        countries = {RUPEE_COUNTRIES[m.group(1)] for m in _RUPEE_COUNTRY_RX.finditer(cleaned)}
        if len(countries) == 1:
            named |= countries
    if not named & {CFA.default, *CFA.members} and CFA.bare.search(cleaned):
        cfa = {code for code, rx in _CFA_COUNTRY_RX.items() if rx.search(cleaned.replace("’", "'"))}
        if cfa == {"XAF"}:
            named.add("XAF")
    if not named:
        return None
    out = {}
    for fam in FAMILIES:
        mine = {c for c in named if c == fam.default or c in fam.members}
        if fam.default in mine or not mine:
            continue   # the default's own exchange named (NASDAQ, NSE): the bare symbol keeps its reading
        if len(mine) > 1:   # a dual listing: the one the document writes explicitly
            mine = {c for c in mine if _MEMBER_RX[fam.default][c].search(cleaned)}
        if len(mine) == 1:
            out[fam.default] = next(iter(mine))
    return HomeCurrencies(out) if out else None


_BARE_NUMBER = re.compile(r"[\s(]*-?[0-9][0-9.,\s]*\)?")


def _money(m, home: HomeCurrencies):
    code = home.of(m.currency, m.text)
    return m if code is None else m.model_copy(update={"currency": code})


def _fact(f, home: HomeCurrencies):
    upd = {}
    unit, text = getattr(f, "unit", None), getattr(f, "value_text", None)
    if unit in home.by_default:
        if (text is None or _BARE_NUMBER.fullmatch(text)) and f.evidence is not None:
            # a target keeps no text of its own, a table cell its number alone: its sentence's or row's words
            # ("| Earnings per share (Rupees) | 11.62 |")
            text = f.evidence.quote
        code = home.of(unit, text)
        if code:
            upd["unit"] = code
    cu = getattr(f, "change_unit", None)
    if cu in home.by_default and (code := home.of(cu, getattr(f, "change_text", None))):
        upd["change_unit"] = code
    for name in ("amounts", "equivalents"):
        ms = getattr(f, name, None)
        if ms:
            new = tuple(_money(m, home) for m in ms)
            if new != ms:
                upd[name] = new
    return f.model_copy(update=upd) if upd else f


def _claim(c, home: HomeCurrencies):
    quote = c.evidence.quote if c.evidence is not None else None
    vals = tuple(v.model_copy(update={"unit": code}) if v.unit in home.by_default and (code := home.of(
                     v.unit, quote if _BARE_NUMBER.fullmatch(v.text) else v.text)) else v for v in c.values)
    return c.model_copy(update={"values": vals}) if vals != c.values else c


def apply(facts: list, claims: list, home: HomeCurrencies | None) -> tuple[list, list]:
    """The facts and claims with each bare-symbol amount in the document's home currency."""
    if home is None:
        return facts, claims
    return [_fact(f, home) for f in facts], [_claim(c, home) for c in claims]
