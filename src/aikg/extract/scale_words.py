"""Large-number units of non-Western writing as scale words of a number: the registry the money
reader (values.py) takes its local scale words from.

English writes a large amount with thousands, millions and billions; Indian English writes it with
lakh (10^5) and crore (10^7), and translations from Korean, Japanese and Chinese keep the local units
of ten thousand (man, wan) and a hundred million (eok, oku, yi) and the trillion (jo, cho). Each is a
scale word of the number ("174 eok won" is 17,400,000,000 won), never the name of what is measured,
and a larger unit may be followed by a smaller one, the two adding up ("2 jo 4,561 eok won" is
2,456,100,000,000 won; "₹6.13 lakh crore" is the same idea in Indian writing).

A unit that is also an English word ("man", "jo", "yi", "wan", "cho") is read only between digits
and a currency written as a word ("10 man won", "2 jo 4,561 eok won"); the unambiguous ones also
after a currency sign ("₩174 eok").
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScaleWord:
    """One local large-number unit: its spellings, its value, its writing system, whether it needs
    digits before it and a currency word after it, where it was met, and invented examples."""
    spellings: tuple[str, ...]
    value: int
    system: str
    needs_currency_word: bool
    provenance: tuple[str, ...]
    examples: tuple[str, ...]


# Rule local_scale_words: provenance of the phrasing "<number> <local unit> <currency>" (a number
# written with the units of its own language's counting, in an English article): Indian lakh/crore
# in probe11 p11_05_tatacomm ("23,238 crore rupees"), probe12 larsen_toubro_q1fy26 ("₹6.13 lakh
# crore", a compound of two units), probe10 Eternal ("₹4,447 crore"); Korean eok/jo in probe19
# 03_nhn_korean_daily_translation (a translated daily: "2 jo 4,561 eok won", "174 eok won"). The
# East Asian units of the same counting by ten thousands (man/wan, oku/yi, cho) follow the same rule.
_SOURCES_IN = ("probe11 p11_05_tatacomm: '<n> crore rupees'", "probe12 larsen_toubro_q1fy26: '₹<n> lakh crore'")
_SOURCES_EA = ("probe19 03_nhn_korean_daily_translation: '<n> jo <n> eok won', '<n> eok won'",
               *_SOURCES_IN)

_SOURCES_HANGUL = ("probe28 01_douzone_korean_ir_release: '<n>억원', '<n>조원', '(Unit: 억원)'",
                   "probe19 03_nhn_korean_daily_translation: '<n> eok won', '<n> jo <n> eok won'")
SCALE_WORDS: tuple[ScaleWord, ...] = (
    ScaleWord(("lakh", "lac"), 10**5, "indian", False, _SOURCES_IN,
              ("written off receivables of 75 lakh rupees",)),
    ScaleWord(("crore", "cr"), 10**7, "indian", False, _SOURCES_IN,
              ("revenue rose to 1,040 crore rupees",)),
    ScaleWord(("eok",), 10**8, "korean", False, _SOURCES_EA,
              ("an operating loss of 174 eok won", "sales of 2 jo 4,561 eok won")),
    ScaleWord(("jo",), 10**12, "korean", True, _SOURCES_EA, ("sales of 2 jo 4,561 eok won",)),
    ScaleWord(("man",), 10**4, "korean", True, _SOURCES_EA, ("a fee of 5 man won a month",)),
    ScaleWord(("oku",), 10**8, "japanese", False, _SOURCES_EA, ("profit of 3,200 oku yen",)),
    ScaleWord(("cho",), 10**12, "japanese", True, _SOURCES_EA, ("sales of 1 cho 2,000 oku yen",)),
    ScaleWord(("yi",), 10**8, "chinese", True, _SOURCES_EA, ("revenue of 50 yi yuan",)),
    ScaleWord(("wan",), 10**4, "chinese", True, _SOURCES_EA, ("a grant of 300 wan yuan",)),
    # Rule hangul_scale_words: the same Korean units written in Hangul, fused to their number and to 원 (won)
    # ("1,142억원" is 114,200,000,000 won, "1조원" a trillion won, "2조 4,561억원" a compound): probe28
    # 01_douzone_korean_ir_release ("1,142억원 (KRW 114.2 billion)", "1조원", a table "(Unit: 억원)") is the
    # phrasing of probe19 03_nhn_korean_daily_translation ("174 eok won", "2 jo 4,561 eok won") in the Korean
    # script; 백만원/천원 (million / thousand won) are the units Korean statements print over their tables.
    # A Hangul unit is never an English word, so it is read wherever a currency follows it.
    ScaleWord(("억",), 10**8, "korean", False, _SOURCES_HANGUL, ("영업이익 268억원", "revenue of 1,142억원")),
    ScaleWord(("조",), 10**12, "korean", False, _SOURCES_HANGUL, ("2조 4,561억원",)),
    ScaleWord(("천만",), 10**7, "korean", False, _SOURCES_HANGUL, ("5천만원",)),
    ScaleWord(("백만",), 10**6, "korean", False, _SOURCES_HANGUL, ("(단위: 백만원)",)),
    ScaleWord(("만",), 10**4, "korean", False, _SOURCES_HANGUL, ("3,000만원",)),
    ScaleWord(("천",), 10**3, "korean", False, _SOURCES_HANGUL, ("(단위: 천원)",)),
)

# Rule european_scale_words: the scale words of European languages kept in an English translation
# ("412,6 Mio. Euro", "11,9 Mrd. Euro", "27.380 Tsd. Euro": probe23 03_secunet_german_translation;
# "5,06 mld EUR": probe21 03_iliad_french_translation; "58,2 mln euros": probe22
# 03_retelit_italian_translation; "62,4 mld": probe15 01_turkcell; "4,2 mld zł": probe14
# 01_asseco_chairman_letter) and the same words of the other languages whose articles are
# translated the same way (Portuguese "R$ 2,3 bilhões", Spanish "1.234,5 millones de euros", Swedish
# "12,4 mdr kronor", Dutch "3,1 miljard euro"). A spelling ending in a dot is read with or without
# it ("Mio." and "Mio"). "mil" stays the English million (values.py); Portuguese and Spanish "mil
# milhões"/"mil millones" (a thousand millions) are billions. A Romance scale word may be followed by
# "de" before its currency ("millones de euros", values.py). "mn", "mln", "mld", "mlrd", "milyar" and
# "milyon" are spelled out in values.py itself.
_SOURCES_EU = ("probe23 03_secunet_german_translation: '<n> Mio. Euro', '<n> Tsd. Euro', '<n> Mrd. Euro'",
               "probe21 03_iliad_french_translation: '<n> mld EUR'",
               "probe22 03_retelit_italian_translation: '<n> mln euros'")
EUROPEAN_WORDS: tuple[ScaleWord, ...] = (
    ScaleWord(("tsd.",), 10**3, "german", False, _SOURCES_EU, ("cash flow of 27.380 Tsd. Euro",)),
    ScaleWord(("mio.",), 10**6, "german", False, _SOURCES_EU, ("sales of 412,6 Mio. Euro",)),
    ScaleWord(("mrd.",), 10**9, "german", False, _SOURCES_EU, ("a market of 11,9 Mrd. Euro",)),
    ScaleWord(("milliarden",), 10**9, "german", False, _SOURCES_EU, ("4,2 Milliarden Euro",)),
    ScaleWord(("millionen",), 10**6, "german", False, _SOURCES_EU, ("850 Millionen Euro",)),
    ScaleWord(("mil milhões", "mil millones"), 10**9, "iberian", False, _SOURCES_EU,
              ("lucro de 1,2 mil milhões de euros", "ventas de 3,4 mil millones de euros")),
    ScaleWord(("bilhões", "bilhão", "bilhoes", "bilhao"), 10**9, "portuguese", False, _SOURCES_EU,
              ("receita de R$ 2,3 bilhões",)),
    ScaleWord(("milhões", "milhão", "milhoes", "milhao", "millones", "millón", "millon"), 10**6, "iberian", False,
              _SOURCES_EU, ("1.234,5 millones de euros", "R$ 118,6 milhões")),
    ScaleWord(("miliardi", "miliardo"), 10**9, "italian", False, _SOURCES_EU, ("ricavi di 1,2 miliardi di euro",)),
    ScaleWord(("milioni", "milione"), 10**6, "italian", False, _SOURCES_EU, ("utile di 58,2 milioni di euro",)),
    ScaleWord(("miljarder", "miljard", "miljarden", "mdr.", "mia."), 10**9, "nordic-dutch", False, _SOURCES_EU,
              ("sales of 12,4 mdr kronor", "3,1 miljard euro")),
    ScaleWord(("miljoner", "miljoen", "miljoenen", "milj."), 10**6, "nordic-dutch", False, _SOURCES_EU,
              ("profit of 850 miljoner kronor",)),
    ScaleWord(("milliards", "milliard"), 10**9, "french", False, _SOURCES_EU, ("2,3 milliards de francs",)),
    # (issue52m) Spanish counts on the long scale: "billón" is a million millions (10^12), never the English
    # billion; the filings that keep it say so ('"billones" = trillions'). Provenance: probe37
    # 02_celsia_sfc_informacion_relevante (Colombian SFC filing: "ingresos … $1,47 billones", "$5,3 billones"),
    # focusset21 held 39_banorte_translated (Mexican daily: "a loan portfolio of 1,19 billones de pesos")
    ScaleWord(("billones", "billón"), 10**12, "spanish", False,
              ("probe37 02_celsia_sfc_informacion_relevante: '$<n> billones'",
               "focusset21 held 39_banorte_translated: '<n> billones de pesos'"),
              ("ingresos de $1,47 billones", "una cartera de 1,19 billones de pesos")),
)
EUROPEAN: dict[str, int] = {s: w.value for w in EUROPEAN_WORDS for s in w.spellings}

# Rule dotted_slavic_scale_words: Czech and Slovak (and Italian, in a sentence's last word) write the short
# scale words with an abbreviation's dot, then the currency ("9 184,3 mil. Kč", "18,5 to 19,0 mld. Kč", "330 mil.
# eur"): the same words as "mln"/"mld" of english_and_short_scale_words, dotted. Provenance: probe33
# 07_aricoma_czech_halfyear_report (Czech bond issuer's half-year report: "revenue reached 9 184,3 mil. Kč",
# "outlook … 18,5 to 19,0 mld. Kč"), focusset27 held 11_o2cz_cs_translated (Czech daily: "revenues of 40,8 mld.
# Kč", "capacity in Prague for 350 mil. Kč"), focusset21 dev 19_almaviva_translated (Italian: "the backlog reached
# 3,9 mld."). Kept out of EUROPEAN: "mil" without its dot is the Portuguese and Spanish thousand in a count ("5
# mil clientes"), so only the money reader (a currency after the word) reads them; the dot is no sentence's end
# before a currency (ABBREVIATIONS).
_SOURCES_DOTTED = ("probe33 07_aricoma_czech_halfyear_report: '<n> mil. Kč', '<n> to <n> mld. Kč'",
                   "focusset27 held 11_o2cz_cs_translated: '<n> mld. Kč', '<n> mil. Kč', '<n> mil. eur'")
DOTTED_WORDS: tuple[ScaleWord, ...] = (
    ScaleWord(("mil.", "mln."), 10**6, "czech-slovak", False, _SOURCES_DOTTED,
              ("tržby 1 234,5 mil. Kč", "a loss of 12,3 mil. eur")),
    ScaleWord(("mld.",), 10**9, "czech-slovak", False, _SOURCES_DOTTED, ("an outlook of 4,5 to 5,0 mld. Kč",)),
    # the thousand of the same languages, Polish "tys." and Czech/Slovak "tis.": the phrasing of German "Tsd."
    # before its currency ("27.380 Tsd. Euro", european_scale_words, probe23 03_secunet_german_translation) in
    # kindcheck34 money 03_pelagrin_szacunki_3q2026_pl (Polish ESPI report: "zysk netto … wyniósł 23 815 tys. zł")
    ScaleWord(("tys.", "tis."), 10**3, "polish-czech-slovak", False,
              ("kindcheck34 money 03_pelagrin_szacunki_3q2026_pl: '<n> tys. zł'",
               "probe23 03_secunet_german_translation: '<n> Tsd. Euro' (the same shape)"),
              ("zysk netto wyniósł 12 345 tys. zł", "a grant of 850 tis. Kč")),
)

# Rule english_and_short_scale_words: the scale words of English and the short forms translated articles keep
# ("$1.5 billion", "EUR 356m", "58,2 mln euros": probe22 03_retelit_italian_translation; "4,2 mld zł": probe25
# 01_atman_polish_daily; "62,4 mld TL", "3,5 milyar TL": probe15 01_turkcell_gazete_translation). One-letter
# forms are read only attached to their number ("$5m", "EUR 2bn"; values.py), the rest spaced or attached; an
# English word ending in "s" is read in its plural too ("millions of euros").
_SOURCES_SHORT = ("probe22 03_retelit_italian_translation: '<n> mln euros'",
                  "probe25 01_atman_polish_daily: '<n> mld zł', '<n> mln zł'",
                  "probe15 01_turkcell_gazete_translation: '<n> mld TL', '<n> milyar TL'")
SHORT_WORDS: tuple[ScaleWord, ...] = (
    ScaleWord(("thousand", "k"), 10**3, "english", False, _SOURCES_SHORT, ("a grant of $250 thousand", "$250k")),
    ScaleWord(("million", "mn", "mln", "mil", "m"), 10**6, "english", False, _SOURCES_SHORT,
              ("EUR 356 million", "58,2 mln euros", "120 mln zł")),
    ScaleWord(("billion", "bn", "bln", "b"), 10**9, "english", False, _SOURCES_SHORT, ("$1.5 billion", "EUR 2bn")),
    ScaleWord(("trillion", "tn", "trn", "t"), 10**12, "english", False, _SOURCES_SHORT, ("JPY 2.5tn",)),
    ScaleWord(("mld", "mlrd"), 10**9, "slavic-romance", False, _SOURCES_SHORT, ("4,2 mld zł", "5,06 mld EUR")),
    ScaleWord(("milyar",), 10**9, "turkish, old indonesian", False, _SOURCES_SHORT, ("3,5 milyar TL",)),
    ScaleWord(("milyon",), 10**6, "turkish", False, _SOURCES_SHORT, ("850 milyon TL",)),
    ScaleWord(("lakh crore",), 10**12, "indian", False, _SOURCES_IN, ("₹6.13 lakh crore",)),
)
# the English words read in their plural too ("millions", "lakh crores")
PLURAL_S: frozenset[str] = frozenset({"thousand", "million", "billion", "trillion", "crore", "lakh", "lac",
                                      "lakh crore"})

# Rule asian_scale_words: the scale words of Indonesian/Malay, Vietnamese and Chinese kept in a translation or
# a local English daily, after a number and around a currency written before ("Rp 18,6 triliun", "Rp 512,4
# miliar", "Rp 350 juta": probe25 02_metrodata_indonesian_daily; "VND 1,770bn" with "tỷ đồng" in the Vietnamese
# original, probe24 04_mobifone_spectrum_decision) or after the number ("12,5 nghìn tỷ đồng", "25 亿元"). The
# same phrasing "<number> <local scale word> <currency>" as the European and Korean words above (probe23
# 03_secunet, probe19 03_nhn). Vietnamese "nghìn tỷ"/"ngàn tỷ" (a thousand billions) is a trillion; Chinese
# 亿 is 10^8, 万 10^4 and 万亿 10^12; Malay writes "bilion" and "trilion".
_SOURCES_ASIA = ("probe25 02_metrodata_indonesian_daily: 'Rp <n> triliun', 'Rp <n> miliar'",
                 "probe24 04_mobifone_spectrum_decision: 'VND <n> billion' (Vietnamese 'tỷ đồng')",
                 "probe19 03_nhn_korean_daily_translation: '<n> eok won' (the same phrasing)")
ASIAN_WORDS: tuple[ScaleWord, ...] = (
    ScaleWord(("triliun", "trilion"), 10**12, "indonesian-malay", False, _SOURCES_ASIA,
              ("pendapatan Rp 18,6 triliun", "revenue of RM 1,2 trilion")),
    ScaleWord(("miliar", "bilion"), 10**9, "indonesian-malay", False, _SOURCES_ASIA,
              ("laba bersih Rp 512,4 miliar", "RM 3,4 bilion")),
    ScaleWord(("juta",), 10**6, "indonesian-malay", False, _SOURCES_ASIA, ("Rp 350 juta",)),
    ScaleWord(("nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"), 10**12, "vietnamese", False, _SOURCES_ASIA,
              ("doanh thu 12,5 nghìn tỷ đồng",)),
    ScaleWord(("tỷ", "tỉ"), 10**9, "vietnamese", False, _SOURCES_ASIA, ("lợi nhuận 1.770 tỷ đồng",)),
    ScaleWord(("triệu",), 10**6, "vietnamese", False, _SOURCES_ASIA, ("45 triệu đồng",)),
    ScaleWord(("万亿",), 10**12, "chinese", False, _SOURCES_ASIA, ("1.2 万亿元",)),
    ScaleWord(("亿",), 10**8, "chinese", False, _SOURCES_ASIA, ("revenue of 25 亿元",)),
    ScaleWord(("万",), 10**4, "chinese", False, _SOURCES_ASIA, ("300 万元",)),
)
# the characters that end a scale word with no space before its currency ("25 亿元")
UNSPACED_END: frozenset[str] = frozenset({"亿", "万", "억", "조", "만", "천"})   # (and the Hangul units: "1,142억원")
# the abbreviations among them, without their dot ("mio", "mrd", "tsd"): after a number, their dot
# ends no sentence ("412,6 Mio. Euro", sentences.py)
ABBREVIATIONS: frozenset[str] = frozenset(s.rstrip(".") for s in (*EUROPEAN, *(s for w in DOTTED_WORDS
                                                                          for s in w.spellings)) if s.endswith("."))

EAST_ASIAN: dict[str, int] = {s: w.value for w in SCALE_WORDS if w.system != "indian" for s in w.spellings}
NEEDS_CURRENCY_WORD: frozenset[str] = frozenset(s for w in SCALE_WORDS if w.needs_currency_word for s in w.spellings)
# the units a larger one may be followed by ("2 jo 4,561 eok"): the East Asian ones below a trillion
COMPOUND_TAIL: dict[str, int] = {s: v for s, v in EAST_ASIAN.items() if v < 10**12}


@dataclass(frozen=True)
class FusedAmountWord:
    """A scale word fused with its currency into one abbreviation after the number ("292 mkr" is
    292 million Swedish kronor, "1,2 mdr kr" 1.2 billion, "450 TEUR" 450 thousand euros): its spellings
    (a spelling in capitals is read in capitals only), its value, its currency, where it was met, and
    invented examples. Such a word is the unit of the amount, never the name of what is measured."""
    spellings: tuple[str, ...]
    value: int
    currency: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...]


# Rule fused_scale_currency: Nordic and German-language reports write the scale and the currency as
# one abbreviation after the number: Swedish "mkr"/"tkr"/"mdkr"/"mdr kr" (miljoner/tusen/miljarder
# kronor), and the scale letter before an ISO code ("MSEK", "TEUR", "MEUR", "KUSD"). Provenance:
# probe24 02_fortnox_swedish_daily ("682 mkr (573)", "4 mdr kr"; read as measure 'mkr'/'kr' before),
# scale_words' own record european_scale_words ("12,4 mdr kronor"); the code-fused forms are the same
# phrasing in the annual reports of Nordic and German companies ("MSEK 1 234", "TEUR 27.380").
_SOURCES_FUSED = ("probe24 02_fortnox_swedish_daily: '<n> mkr', '<n> mdr kr'",
                  "probe23 03_secunet_german_translation: '<n> Tsd. Euro' (the unfused form)")
# (issue49m) "MAD": a Casablanca filer's table in "MMAD" and "KMAD" (kindcheck35/money 02_chaouia_agro_indicateurs:
# "Chiffre d'affaires (MMAD)", "Endettement net (KMAD)"), the same scale letter before an ISO code
_FUSED_CODES = ("SEK", "NOK", "DKK", "EUR", "USD", "CHF", "GBP", "ISK", "PLN", "MAD")
FUSED_WORDS: tuple[FusedAmountWord, ...] = (
    FusedAmountWord(("tkr", "tsek"), 10**3, "SEK", _SOURCES_FUSED, ("costs of 850 tkr",)),
    FusedAmountWord(("mkr", "msek", "mnkr"), 10**6, "SEK", _SOURCES_FUSED,
                    ("operating profit of 292 mkr", "net sales rose to 1 331 MSEK")),
    FusedAmountWord(("mdkr", "mdr kr", "md kr", "mdr. kr", "mdsek", "bsek"), 10**9, "SEK", _SOURCES_FUSED,
                    ("a goal of 4 mdr kr in 2030",)),
    *(FusedAmountWord((f"T{c}", f"K{c}"), 10**3, c, _SOURCES_FUSED, (f"costs of 450 T{c}",))
      for c in _FUSED_CODES if c != "SEK"),
    *(FusedAmountWord((f"M{c}",), 10**6, c, _SOURCES_FUSED, (f"sales of 12,5 M{c}",))
      for c in _FUSED_CODES if c != "SEK"),
    # Rule chilean_mm_pesos: "MM$" (millones de pesos) before the number is millions of Chilean pesos, as Chilean
    # filings and releases print their figures ("MM$ 268.400", "| MM$ | Retail | …"); written before the number only
    FusedAmountWord(("MM$",), 10**6, "CLP",
                    ("probe30 01_grupogtd_hecho_esencial (CMF hecho esencial): 'Cifras en millones de pesos chilenos, MM$', "
                     "'- Residencial (Hogar / Residential): MM$ 201.950, +2,1%'",
                     "kindcheck32 tables 01_trelahue_resultados_3t26 (Chilean results release): 'Las ventas online alcanzaron "
                     "MM$ 163.480', '| MM$ | Retail | Servicios Financieros | …'"),
                    ("ventas de MM$ 45.210 en el trimestre",)),
    # (issue49m) the Moroccan "MDH" (millions de dirhams) after its number: a Casablanca communiqué's
    # "le chiffre d'affaires consolidé s'établit à 3 486,2 MDH" (kindcheck35/money 02_chaouia_agro_indicateurs;
    # one seen source, kept as a currency abbreviation of the registry, as currencies.py keeps "QR" or "KD"),
    # in capitals only ("MDH" alone is also a ticker: kindcheck32 tables 02 'ASX Code: MDH', no number before)
    FusedAmountWord(("MDH",), 10**6, "MAD", ("kindcheck35/money 02_chaouia_agro_indicateurs_t3_2026_ma: '3 486,2 MDH'",),
                    ("le chiffre d'affaires atteint 120,5 MDH",)),
)
# spelling -> (value, currency); a spelling with capitals is matched in its own case
FUSED: dict[str, tuple[int, str]] = {s: (w.value, w.currency) for w in FUSED_WORDS for s in w.spellings}


# the one table of every scale word after a number: spelling -> factor (the English and short forms, the
# Indian, East Asian, European and Asian local words); values.py and notation.py read their patterns from it
ALL_WORDS: tuple[ScaleWord, ...] = (*SHORT_WORDS, *SCALE_WORDS, *EUROPEAN_WORDS, *DOTTED_WORDS, *ASIAN_WORDS)
ALL: dict[str, int] = {s: w.value for w in ALL_WORDS for s in w.spellings}
# the spellings after which one or two digits after a comma are decimals even in an English-notation article
# ("R$ 4,91 billion", "62,4 mld", "Rp 18,6 triliun"; rule decimal_comma_before_scale, values.py): the English
# and short words no other language reads as a thousand ("mil" is the Portuguese thousand), and the Asian words
DECIMAL_COMMA_WORDS: tuple[str, ...] = tuple(sorted(
    {"mlrd", "mld", "milyar", "mln", "milyon", "bn", "bln", "billion", "million", "trillion",
     *(s for w in ASIAN_WORDS for s in w.spellings if len(s) > 1)},
    key=lambda s: (-len(s), s)))
