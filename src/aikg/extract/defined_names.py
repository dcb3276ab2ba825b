"""The short forms a document defines in brackets for a company's name: `PT Acme Tbk ("Acmetek" or the
"Company")`, `Acme PJSC ("AC" or "acme")`, `Acme Limited (hereinafter "Acme")`: each short form is
another name of that company (one node), whatever its letters (a lower-case brand, a coined word that
is not the name's initials); the class noun ("the Company") is never a name (filer_terms reads it).

Read by `pipeline` after the document's company is known; the name before the bracket is the focus
company (the same name in any case, with or without its legal form), a company the document already
names (the same name in any case or legal form)."""
from __future__ import annotations

import re

from ..pattern_cache import name_rx, plain
from .bracket_terms import bracket_terms, name_before
from .focus_score import CLASS_NOUNS
from .legal_forms import core_name, name_key, same_company
from .listing_names import bracket_tickers
from .literal import count_word
from .rule_record import RuleRecord

DEFINED_NAME = RuleRecord(
    "bracket-defined-name",
    "the quoted short forms in a bracket right after a company's name (the bracket may open the next line "
    "of a letterhead) are names of that company: one node, the short form an alias, a lower-case brand or "
    "a coined short name too; the class noun the same bracket defines ('the Company') is no name",
    ("probe32 07 emtek_public_expose_minutes ('PT … Tbk' letterhead, then '(\"Emtek\" or the \"Company\")')",
     "probe32 04 du_dfm_results_disclosure ('… Company PJSC (“EITC” or “du”) announces …')",
     "kindcheck31 tables 02 yuelan_annual_results ('… Holdings Limited (\"Yuelan\" or the \"Company\")')",
     "focusset31 held 03 ashgrove_aimadmission and 23 carrick_rightsissue (a plc's name, then '(\"<Short>\" or "
     "the \"Company\")')",
     "probe31 01 indeks_kap_disclosure ('… A.Ş. (hereinafter \"Indeks\" or \"our Company\")')"),
    ('PT Sinar Biru Teknologi Tbk ("Sibitek" or the "Company") reported … Sibitek said … (invented)',
     'Northgate Mobile Communications PJSC (“NMC” or “nomo”) announces … nomo added … (invented)'),
)

# a short form: a word or up to three, letters first ("du", "EITC", "e& life", "Emtek")
_SHORT = plain(r"[^\W\d_][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,2}")
_NOT_SHORT = CLASS_NOUNS | frozenset("Lender Borrower Guarantor Purchaser Seller Offeror Target Lease Agreement Notes "
                                     "Bonds Facility Transaction Acquisition Merger Offer Plan Programme Program Project "
                                     "Parent Subsidiary Applicant Registrant Shares Securities Manager Adviser Advisor "
                                     "Sponsor Trustee Vendor Buyer Subscriber Placing Circular Announcement "
                                     # the class noun in other languages ("a Companhia", "la Sociedad")
                                     "Companhia Compañía Sociedad Société Gesellschaft Emittent Emissora Emisora".split())


def bracket_short_forms(body: str) -> list[tuple[str, str]]:
    """(name, short form) for each short form a bracket defines right after a name, in text order (the
    brackets as bracket_terms.py reads them)."""
    out = []
    for start, terms in bracket_terms(body).items():
        name = name_before(body, start)
        if name is None:
            continue
        for term in terms:
            short = term.text
            if (short in _NOT_SHORT or short.title() in _NOT_SHORT or _SHORT.fullmatch(short) is None
                    or short == name or short.casefold() == name_key(name)):
                continue
            if _shaped(short, name, body):
                out.append((name, short))
    return out


def _initials(name: str) -> str:
    return "".join(t[0] for t in core_name(name).split() if t[:1].isupper())


def _initials_all(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[:1].isupper())


def _shaped(short: str, name: str, body: str) -> bool:
    """Whether a quoted term is a name's short form, not a role or a thing the text defines ("the Entrant", "the
    Supply Agreement", "we"): a lower-case brand the text also writes so where a sentence or line begins ("du
    Tech, which …"); capitals or digits ("EITC", "HL"), unless the name's initials (discover.py rule
    bracketed-short-form reads those); a word of the name ("Kestrow"); or a coined word sharing the name's
    first letter that the text never writes in lower case ("Emtek")."""
    words = core_name(name).split()
    if short[0].islower():
        return " " not in short and name_rx(rf"(?:^|[.!?>][ \t]+|\n[ \t]*(?:[-*•][ \t]*)?){re.escape(short)}(?![\w-])").search(body) is not None
    if any(sum(c.isupper() for c in w) >= 2 for w in short.split()) or any(c.isdigit() for c in short):
        return not (short.isupper() and short in (_initials(name), _initials_all(name)))
    if short in words:
        return True
    return short[0].casefold() == words[0][0].casefold() and not any(count_word(body, w.lower()) for w in short.split())


def add_short_forms(body: str, doc_aliases: dict[str, tuple[str, str]], focus_label: str | None,
                    gazetteer_names) -> None:
    """Rule bracket-defined-name: each defined short form joins `doc_aliases` as a name of the company the
    bracket follows (the focus company or a company already named),
    when the text uses the short form again and nothing else holds it as a name. (A legal name no rule made a
    company is left alone: made one here, a counterparty's "River Bend Data Campus LLC ("River Bend LLC")"
    outnumbered an 8-K's filer.)"""
    add_bracket_tickers(body, doc_aliases, gazetteer_names)
    pairs = bracket_short_forms(body)
    if not pairs:
        return
    companies: dict[str, str] = {}   # a company's core name, case folded -> its label
    for alias, (kind, label) in doc_aliases.items():
        if kind == "Company":
            companies.setdefault(name_key(alias), label)
    for name, short in pairs:
        if short in doc_aliases or short in gazetteer_names:
            continue
        if focus_label is not None and same_company(name, focus_label):
            target = focus_label   # (the document's company: its short form is its name even when said once)
        elif count_word(body, short) < 2:
            continue   # (another company's: only a short form the text uses again)
        elif doc_aliases.get(name, ("", ""))[0] == "Company":
            target = doc_aliases[name][1]
        elif name_key(name) in companies:
            target = companies[name_key(name)]
        else:
            continue
        doc_aliases[short] = ("Company", target)


def add_bracket_tickers(body: str, doc_aliases: dict[str, tuple[str, str]], gazetteer_names) -> None:
    """Rule bracket-ticker-name (listing_names.py) for the document's other companies: a ticker in brackets after
    a name ("its largest customer, Brisk Foods (NSE: BRSK), …") is that company's name when the text uses it
    again ("BRSK said revenue …"); a name so listed is a company, its ticker the subject of its figures. (The
    document's own company gets its ticker through listing_aliases.)"""
    for name, ticker in bracket_tickers(body):
        if ticker in doc_aliases or ticker in gazetteer_names or count_word(body, ticker) < 2:
            continue
        kind, label = doc_aliases.get(name, ("", ""))
        if kind and kind != "Company" or not kind and name in gazetteer_names:
            continue   # (a name read as a person, place or product, or the gazetteer's other kind)
        if not kind:
            doc_aliases[name] = ("Company", name)
            label = name
        doc_aliases[ticker] = ("Company", label)
