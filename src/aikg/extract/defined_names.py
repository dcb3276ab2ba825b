"""The short forms a document defines in brackets for a company's name: `PT Acme Tbk ("Acmetek" or the
"Company")`, `Acme PJSC ("AC" or "acme")`, `Acme Limited (hereinafter "Acme")`: each short form is
another name of that company (one node), whatever its letters (a lower-case brand, a coined word that
is not the name's initials); the class noun ("the Company") is never a name (filer_terms reads it).

Read by `pipeline` after the document's company is known; the name before the bracket is the focus
company (the same name in any case, with or without its legal form), a company the document already
names, or a legal name (it ends in a legal form or opens with "PT"), a company of its own."""
from __future__ import annotations

from ..pattern_cache import plain
from .focus_score import CLASS_NOUNS
from .legal_forms import LEGAL_LAST, LEGAL_PREFIXES, core_name, name_key, same_company
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

_Q = r"[\"“](?:(?:the|our)[ \t]+)?(?P<t{i}>[^\"“”()\n]{{1,30}})[\"”]"
_TERM = r"(?:(?:the|our)[ \t]+)?" + _Q
# "(hereinafter "X" or the "Company")", "("X")", "(the "Company" or "X")", "("X", "Y" or "Z")"
_BRACKET = plain(r"\([ \t]*(?:(?:hereinafter|hereafter)(?:[ \t]+(?:referred[ \t]+to[ \t]+as|called))?,?[ \t]*)?"
                 + _TERM.format(i=0)
                 + "".join(rf"(?:[ \t]*(?:,|,?[ \t]+or|,?[ \t]+and)[ \t]+{_TERM.format(i=i)})?" for i in range(1, 4))
                 + r"[ \t]*\)")
# the name right before the bracket: capitalised words (any case), "&", "of", "and", a legal form's stops and commas
_NAME_BEFORE = plain(r"(?P<name>(?:[A-Z][\w&'’.-]*|\d[\w&-]*)(?:,?[ \t]+(?:[A-Z(][\w&'’.()-]*|&|of|and|de|du|\d[\w-]*))*)[ \t,]*$")
# a short form: a word or up to three, letters first ("du", "EITC", "e& life", "Emtek")
_SHORT = plain(r"[^\W\d_][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,2}")
_NOT_SHORT = CLASS_NOUNS | frozenset("Lender Borrower Guarantor Purchaser Seller Offeror Target Lease Agreement Notes "
                                     "Bonds Facility Transaction Acquisition Merger Offer Plan Programme Program Project "
                                     "Parent Subsidiary Applicant Registrant Shares Securities Manager Adviser Advisor "
                                     "Sponsor Trustee Vendor Buyer Subscriber Placing Circular Announcement".split())


def _name_before(body: str, start: int) -> str | None:
    """The name the bracket at `start` follows: on its line, or the line before when it opens its line."""
    line_start = body.rfind("\n", 0, start) + 1
    before = body[line_start:start]
    if not before.strip():   # a letterhead: the name alone on the line above
        prev_end = line_start - 1
        if prev_end <= 0:
            return None
        before = body[body.rfind("\n", 0, prev_end) + 1:prev_end]
    m = _NAME_BEFORE.search(before[-160:])
    if m is None:
        return None
    toks = m.group("name").split()
    while toks and toks[0] in ("The", "THE"):
        toks = toks[1:]
    return " ".join(toks).strip(" ,") or None


def _is_legal_name(name: str) -> bool:
    toks = name.split()
    return len(toks) >= 2 and (LEGAL_LAST.search(name) is not None or toks[0] in LEGAL_PREFIXES)


def bracket_short_forms(body: str) -> list[tuple[str, str]]:
    """(name, short form) for each short form a bracket defines right after a name, in text order."""
    if "(" not in body or ('"' not in body and "“" not in body):
        return []
    out = []
    for m in _BRACKET.finditer(body):
        name = _name_before(body, m.start())
        if name is None:
            continue
        for i in range(4):
            short = m.group(f"t{i}")
            if short is None:
                continue
            short = short.strip()
            if (short in _NOT_SHORT or short.title() in _NOT_SHORT or _SHORT.fullmatch(short) is None
                    or short == name or short.casefold() == name_key(name)):
                continue
            out.append((name, short))
    return out


def add_short_forms(body: str, doc_aliases: dict[str, tuple[str, str]], focus_label: str | None,
                    gazetteer_names) -> None:
    """Rule bracket-defined-name: each defined short form joins `doc_aliases` as a name of the company the
    bracket follows (the focus company, a company already named, or a legal name of a company of its own),
    when the text uses the short form again and nothing else holds it as a name."""
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
        elif _is_legal_name(name) and name not in gazetteer_names:
            target = core_name(name)
            if doc_aliases.setdefault(target, ("Company", target)) != ("Company", target):
                continue
            doc_aliases.setdefault(name, ("Company", target))
        else:
            continue
        doc_aliases[short] = ("Company", target)
