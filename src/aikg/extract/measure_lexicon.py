"""The multilingual measure lexicon (issue49m): the words other languages write for the measures the
figure readers know in English ("Nettoumsatz", "chiffre d'affaires", "net satışlar", "przychody",
"tržby", "Reingewinn", "résultat net", "endettement net", "Investitionen" …), each mapped to the
English measure name the graph and the questions use ("net sales", "revenue", "net profit", "net
debt", "capital expenditure" …).

An article written in its own language, or translated keeping its measure words (a KAP disclosure, a
Casablanca "communiqué financier", a Swiss/Liechtenstein ad-hoc release, a Polish or Czech estimate),
states "Der Reingewinn stieg auf CHF 94.7 Mio." or "le chiffre d'affaires consolidé s'établit à
3 486,2 MDH": the figure readers find the word as a measure head (`HEADS`, taken by figures.HEAD) and
`english(phrase)` turns a measure phrase ending in it into the English name (measure_names.canonical
asks it first), so that `ask` finds the figure by the English question ("What net sales did … report").

Reference data, no rule over article facts: a word belongs here when it is the ordinary word of a
well-known language for the measure (the way a finance glossary translates it). Each record keeps the
seen documents that write the word (`provenance`); a word met in one seen source only says so there
("one seen source"). Spellings are regular expressions read case-insensitively, whole words; the
inflected forms a language writes before a figure ("przychody ze sprzedaży", "tržby") are spelled out.
A word that is also an English word or name ("ventas" is not, "omzet" is not; "ciro" is a first name
in Italian, so only "ciro" after a Turkish "net" or before "elde" would be safe: left out) is not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pattern_cache import plain


@dataclass(frozen=True)
class ForeignMeasure:
    """One measure in other languages: the English measure name (as the figure readers write it), the
    spellings per language (ISO 639-1 code -> regex phrases) and the seen documents writing them."""
    measure: str
    words: dict[str, tuple[str, ...]]
    provenance: tuple[str, ...]
    examples: tuple[str, ...] = ()


LEXICON: tuple[ForeignMeasure, ...] = (
    ForeignMeasure("net sales", {
        "de": (r"Nettoumsatz(?:es)?", r"Nettoumsätze", r"Nettoerlöse?"),
        "tr": (r"net\s+satış(?:lar(?:ı)?)?", r"net\s+satis(?:lar(?:i)?)?"),
        "es": (r"ventas\s+netas",),
        "pt": (r"vendas\s+líquidas",),
        "sv": (r"nettoomsättning(?:en)?",),
        "pl": (r"przychody\s+netto\s+ze\s+sprzedaży",),
    }, ("kindcheck35/money 03_gaflei_adhoc_2026_li: 'den Nettoumsatz auf CHF 1'086.4 Mio.', row 'Nettoumsatz' "
        "(one seen source for 'Nettoumsatz')",),
        ("Der Nettoumsatz stieg auf CHF 120.5 Mio.",)),
    ForeignMeasure("revenue", {
        "de": (r"Umsatz(?:es)?", r"Umsätze", r"Umsatzerlöse", r"Konzernumsatz(?:es)?", r"Erlöse"),
        "fr": (r"chiffres?\s+d['’]affaires",),
        "tr": (r"hasılat",),
        "pl": (r"przychody(?:\s+ze\s+sprzedaży)?", r"przychodów(?:\s+ze\s+sprzedaży)?"),
        "cs": (r"tržby", r"tržeb"),
        "sk": (r"tržby", r"tržieb"),
        "nl": (r"omzet",),
        "it": (r"fatturato", r"ricavi"),
        "es": (r"ingresos",),
        "pt": (r"receitas?\s+(?:operacional\s+)?líquidas?", r"faturamento"),
        "fi": (r"liikevaihto",),
        "da": (r"omsætning(?:en)?",),
    }, ("probe23 03_secunet_german_translation: 'Umsatz'", "probe29 01_qbeyond_quartalsmitteilung: 'Umsatz'",
        "probe25 06_aubay_h1_results_table, probe32 05_neurones_chiffre_affaires_q3, kindcheck30/periods "
        "03_sarinebois_t3_2026, kindcheck35/money 02_chaouia: \"chiffre d'affaires\"",
        "probe25 01_atman_polish_daily, kindcheck34/money 03_pelagrin_szacunki_3q2026_pl: 'przychody'",
        "probe18 seznam_results_bilingual, probe33 07_aricoma_czech_halfyear_report, kindcheck34/money "
        "01_vltavin_energo_vysledky_2026_cz: 'tržby'",
        "probe28 06_bemobi_brazil_results_release: 'receita líquida' (one seen source)"),
        ("Le chiffre d'affaires s'établit à 120,5 MDH.", "Tržby dosáhly 2,1 mld. Kč.")),
    ForeignMeasure("sales", {
        "es": (r"ventas",),
        "fr": (r"ventes",),
        "pt": (r"vendas",),
    }, ("probe29 05_televisa_3t26_release, kindcheck32/tables 01_trelahue_resultados_3t26: 'ventas'",
        "kindcheck35/money 02_chaouia: 'Ses ventes ont atteint 18,4 milliards de FCFA' (one seen source for 'ventes')"),
        ("Ses ventes ont atteint 12,5 milliards de FCFA.",)),
    ForeignMeasure("net profit", {
        "de": (r"Reingewinn(?:s)?", r"Nettogewinn(?:s)?", r"Konzerngewinn(?:s)?", r"Jahresgewinn(?:s)?"),
        "fr": (r"résultat\s+net(?:\s+part\s+du\s+groupe)?", r"bénéfice\s+net"),
        "tr": (r"net\s+kâr(?:ı)?", r"net\s+dönem\s+kâr(?:ı)?"),
        "pl": (r"zysk(?:u)?\s+netto",),
        "cs": (r"čistý\s+zisk", r"čistého\s+zisku"),
        "nl": (r"nettowinst",),
        "it": (r"utile\s+netto",),
        "es": (r"beneficio\s+neto", r"utilidad\s+neta"),
        "pt": (r"lucro\s+líquido",),
    }, ("kindcheck35/money 03_gaflei_adhoc_2026_li: 'Der Reingewinn stieg auf CHF 94.7 Mio.' (one seen source)",
        "probe25 06_aubay_h1_results_table, kindcheck35/money 02_chaouia: 'résultat net'",
        "kindcheck34/money 03_pelagrin_szacunki_3q2026_pl: 'zysk netto' (one seen source)",
        "probe33 07_aricoma_czech_halfyear_report, kindcheck34/money 01_vltavin: 'čistý zisk'",
        "probe24 01_intelbras_ptbr_translation, probe28 06_bemobi, kindcheck31/tables 01_maravilha: 'lucro líquido'"),
        ("Der Reingewinn stieg auf CHF 9.1 Mio.", "Le résultat net s'établit à 12,4 MDH.")),
    ForeignMeasure("operating profit", {
        "de": (r"Betriebsergebnis(?:ses)?", r"Betriebsgewinn(?:s)?"),
        "fr": (r"résultat\s+d['’]exploitation", r"résultat\s+opérationnel(?:\s+courant)?"),
        "tr": (r"faaliyet\s+kâr(?:ı)?", r"esas\s+faaliyet\s+kâr(?:ı)?"),
        "pl": (r"zysk(?:u)?\s+operacyjn(?:y|ego)",),
        "cs": (r"provozní\s+zisk",),
        "sv": (r"rörelseresultat(?:et)?",),
        "fi": (r"liikevoitto",),
        "it": (r"utile\s+operativo",),
        "es": (r"beneficio\s+operativo", r"resultado\s+operativo"),
        "nl": (r"bedrijfsresultaat",),
    }, ("probe25 06_aubay_h1_results_table: 'résultat opérationnel' (one seen source)",
        "probe24 02_fortnox_swedish_daily: 'rörelseresultat' (one seen source)"),
        ("Le résultat opérationnel atteint 14,2 M€.",)),
    # (the English acronym after the language's word for profit: "Provozní zisk EBITDA se zvýšil na 2,1 mld. Kč",
    # "Zysk EBITDA wyniósł 71,4 mln zł": the measure was "zisk ebitda" / "zysk ebitda")
    ForeignMeasure("ebitda", {
        "tr": (r"FAVÖK",),
        "fr": (r"excédent\s+brut\s+d['’]exploitation",),
        "cs": (r"(?:provozní\s+)?zisk(?:u)?\s+EBITDA",),
        "pl": (r"zysk(?:u)?\s+EBITDA",),
    }, ("kindcheck34/money 01_vltavin_energo_vysledky_2026_cz: 'Provozní zisk EBITDA se zvýšil na 2,1 mld. Kč'",
        "kindcheck34/money 03_pelagrin_szacunki_3q2026_pl: 'Zysk EBITDA wyniósł 71,4 mln zł'",
        "no seen source for the Turkish 'FAVÖK' and the French 'excédent brut d'exploitation'"),
        ("Zysk EBITDA wyniósł 12,4 mln zł.", "FAVÖK 412,5 milyon TL oldu.")),
    ForeignMeasure("free cash flow", {
        "de": (r"Free\s+Cashflow", r"freier?\s+Cashflow"),
        "fr": (r"flux\s+de\s+trésorerie\s+disponible",),
        "tr": (r"serbest\s+nakit\s+akışı",),
        "es": (r"flujo\s+de\s+caja\s+libre",),
    }, ("probe29 01_qbeyond_quartalsmitteilung: 'Free Cashflow'",
        "kindcheck35/money 03_gaflei_adhoc_2026_li: 'Der Free Cashflow erreichte TCHF 48'362'"),
        ("Der Free Cashflow erreichte CHF 12.3 Mio.",)),
    ForeignMeasure("net debt", {
        "de": (r"Nettoverschuldung", r"Nettofinanzverschuldung"),
        "fr": (r"endettement\s+net(?:\s+consolidé)?", r"dette\s+nette"),
        "tr": (r"net\s+(?:finansal\s+)?borç",),
        "pl": (r"zadłużenie\s+netto", r"dług\s+netto"),
        "cs": (r"čistý\s+dluh",),
        "es": (r"deuda\s+neta",),
        "it": (r"indebitamento\s+finanziario\s+netto", r"posizione\s+finanziaria\s+netta"),
        "pt": (r"dívida\s+líquida",),
    }, ("kindcheck35/money 02_chaouia: \"L'endettement net consolidé (en KMAD) ressort à …\" (one seen source)",
        "probe29 05_televisa_3t26_release: 'deuda neta' (one seen source)",
        "kindcheck31/tables 01_maravilha_release_3t26, kindcheck33/money 03_pirapora_previa_3t26: 'dívida líquida'"),
        ("L'endettement net ressort à 80,2 MDH.",)),
    ForeignMeasure("capital expenditure", {
        "de": (r"Investitionen",),
        "fr": (r"investissements(?:\s+consolidés)?",),
        "tr": (r"yatırım\s+harcamaları",),
        "pl": (r"nakłady\s+inwestycyjne",),
        "es": (r"inversiones",),
        "it": (r"investimenti",),
    }, ("probe29 01_qbeyond_quartalsmitteilung, kindcheck27/measures 01_brandtwerk_kennzahlen, kindcheck35/money "
        "03_gaflei: 'Investitionen'",
        "kindcheck35/money 02_chaouia: 'Les investissements consolidés … s'élèvent à 1,2 milliard de dirhams' "
        "(one seen source)"),
        ("Les investissements s'élèvent à 45,0 MDH.",)),
    ForeignMeasure("total assets", {
        "de": (r"Bilanzsumme",),
        "fr": (r"total\s+du\s+bilan",),
        "pl": (r"suma\s+bilansowa",),
        "cs": (r"bilanční\s+suma",),
    }, ("no seen source: the balance-sheet total as each language names it",),
        ("Die Bilanzsumme betrug CHF 2.1 Mrd.",)),
    ForeignMeasure("order intake", {
        "de": (r"Auftragseingang(?:s)?", r"Bestellungseingang"),
        "fr": (r"prises?\s+de\s+commandes?",),
    }, ("kindcheck35/money 03_gaflei_adhoc_2026_li: 'Der Auftragseingang lag mit Fr. 1.12 Mrd.' (one seen source)",
        "probe27 02_hubersuhner_adhoc: the same Swiss ad-hoc release shape, in English ('order intake')"),
        ("Der Auftragseingang lag bei CHF 300 Mio.",)),
)

_PHRASES = sorted({p for rec in LEXICON for ps in rec.words.values() for p in ps}, key=len, reverse=True)
# the head phrases figures.HEAD reads beside the English ones (a whole word, case ignored)
HEADS = "|".join(_PHRASES)
_ENGLISH = tuple((plain(rf"(?:^|(?<=[\s(\"“*:;,'’]))(?:{'|'.join(ps)})$", re.I), rec.measure)
                 for rec in LEXICON for ps in rec.words.values())


@lru_cache(maxsize=4096)
def english(phrase: str) -> str | None:
    """The English measure name of a measure phrase ending in a lexicon word ("den Nettoumsatz" -> "net
    sales", "chiffre d'affaires" -> "revenue", "Free Cashflow" -> "free cash flow"), else None. The
    words before it are the language's own articles and modifiers, not the English measure's: dropped."""
    p = " ".join(phrase.split())
    for pat, measure in _ENGLISH:
        if pat.search(p):
            return measure
    return None
