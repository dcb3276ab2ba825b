"""Definite descriptions of the article's company: "the bank", "the group", "the lender".

An article names its company once or twice and then calls it by what it is: "CaixaBank published
its results … the bank says … the group reports two segments". Such a description names nobody
else in a document about one company, so it is that company's name there, when its type fits: a
bank is a company, and so is a lender or an insurer, but "the bank" is no name of a chipmaker.

A description record (`DESCRIPTIONS`) gives its nouns, whether it fits any company (`generic`:
"the company", "the group") or only one the text ties to the noun (`typed`: "the bank" fits a
company whose name holds the noun, "CaixaBank", or that the text describes with it, "Acme, the
Spanish lender", "Spanish lender Acme", "Acme is a bank"), and the seen documents where the phrasing
was met. `bound_descriptions` gives the surfaces ("the bank", "The bank") that stand for the
article's company in one document; a description the text also ties to another name is left
unbound (ambiguous).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain


@dataclass(frozen=True)
class Description:
    """A definite description of a company: its name, its nouns, whether it fits any company,
    why, where met (two sources or more) and invented examples."""
    name: str
    nouns: tuple[str, ...]
    generic: bool
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...]


DESCRIPTIONS: tuple[Description, ...] = (
    Description("the-company", ("company", "group"), True,
                "'the company' and 'the group' call the article's company by the class it is, after "
                "the text has named it: any company fits",
                ("probe17 03 caixabank_union_newsletter (the group reports two segments; the group had … employees)",
                 "probe16 03 ytl_power_credit_rating_note (the group does not break out …; the group's executive chairman)",
                 "probe15 02 fpt_dual_currency_results (… the engine of the group)"),
                ("Harvella reported revenue of $40 million. The group also raised its dividend. (invented)",)),
    Description("the-bank", ("bank", "lender"), False,
                "'the bank' (or 'the lender') calls a bank by what it is: only a company the text ties "
                "to the noun (its name holds it, or the text describes it so) fits; a group whose bank "
                "is a unit ('the bank's next CEO' of its bank unit) is not tied, and stays unbound",
                ("probe17 03 caixabank_union_newsletter (what the bank has published; the bank says …; "
                 "the bank has hired …)",
                 "probe17 04 credicorp_trading_update (the bank's next CEO: the holding's bank unit, "
                 "so the holding, not tied to 'bank', keeps it unbound)"),
                ("Orrin Bank lifted its profit. The bank says loans grew 4%. (invented)",
                 "Quelle, the Spanish lender, reported … The lender expects … (invented)")),
    Description("the-firm", ("firm",), False,
                "'the firm' may be a research firm or broker of the same text ('according to the firm'): "
                "only a company the text describes as a firm fits",
                ("probe11 p11_05 tatacomm_q4fy25_wire (The firm also said its … suite …)",
                 "probe9 g02 accenture_fy25q3 (said one analyst who follows the firm)",
                 "probe10 zte_2024_results (according to the firm: the research firm, not the company)"),
                ("Tessary, the Oslo-based software firm, … The firm expects … (invented)",)),
    Description("the-operator", ("operator", "carrier", "telco"), False,
                "a telecom operator called 'the carrier' or 'the operator' after its name; only one the "
                "text ties to the noun ('mobile carrier Acme'), not 'the operator of an exchange'",
                ("probe5 06 sktelecom_q3_2025 (The carrier plans to hire …)",
                 "probe7 p7_04 kt_corp (The carrier reported consolidated revenue …)",
                 "probe3 r05 naver (the operator of an exchange: another company, left unbound)"),
                ("Norvale Telecom, the Danish carrier, … The carrier added … (invented)",)),
)


def _tied(noun: str, names: list[str], text: str) -> bool:
    """Whether the text ties `noun` to one of `names`: a name that holds the noun ("CaixaBank"),
    an apposition ("Acme, the Spanish lender"), a noun before the name ("Spanish lender Acme"),
    or a copula ("Acme is a bank")."""
    folded = None
    for n in names:
        if noun in n.lower():
            return True
        e = re.escape(n)
        after = rf"(?<![\w-]){e},\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){{0,4}}?{noun}s?\b" \
                rf"|(?<![\w-]){e}\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{noun}\b"
        before = rf"\b{noun}\s+(?:[A-Z][\w-]*\s+)?{e}(?![\w-])"
        if not (n.isascii() and noun.isascii() and n):
            if plain(f"{after}|{before}", re.I).search(text):
                return True
            continue
        # each branch opens with the name or the noun: tried only where the text has it (in any
        # case: `_fold`), not at every position of the text (the same answer as one search)
        folded = _fold(text) if folded is None else folded
        if _match_at(plain(after, re.I), text, folded, n.lower()) or _match_at(plain(before, re.I), text, folded, noun.lower()):
            return True
    return False


_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    """`text` lower-cased, of the same length, such that an ASCII word `w` is in it where
    `re.search(w, text, re.I)` would match (values.fold's reading: ı, ſ and İ fold to i, s, i)."""
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


def _match_at(rx: re.Pattern, text: str, folded: str, word: str) -> bool:
    """Whether `rx` matches `text` at some place `folded` has `word` (rx opens with that word)."""
    at = folded.find(word)
    while at >= 0:
        if rx.match(text, at):
            return True
        at = folded.find(word, at + 1)
    return False


_NAME_BEFORE = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"


def _tied_elsewhere(noun: str, names: list[str], text: str) -> bool:
    """Whether the text describes another name with `noun` ("Santander, the largest lender"): the
    description would be ambiguous."""
    own = {n for n in names}
    rx = plain(rf"(?P<name>{_NAME_BEFORE}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?{noun}s?\b")
    return any(m.group("name") not in own and not any(m.group("name").endswith(o) for o in own)
               for m in rx.finditer(text))


def bound_descriptions(label: str, aliases: list[str], text: str) -> list[str]:
    """The surfaces of the definite descriptions ("the bank", "The bank") that stand for the
    article's company `label` (other names `aliases`) in `text`. A generic description ("the
    company", "the group") is bound to no name: a sentence it opens is already the article's
    company's when no other name leads it (the figure readers' default), and bound as a name it took
    the place of the name a clause is about in sentences of other companies ("The group raised its
    stake in <a tower company>, … its holding in <its unit>": the unit went to the tower company),
    measured over the seen sets; it still keeps "the group segment" from being a unit (entities.py)."""
    names = [label, *aliases]
    out: list[str] = []
    for d in DESCRIPTIONS:
        for noun in d.nouns:
            if f"he {noun}" not in text:
                continue
            if d.generic or not _tied(noun, names, text) or _tied_elsewhere(noun, names, text):
                continue
            out += [f"the {noun}", f"The {noun}"]
    return out


# every description noun as one alternation: "the group segment figure" is the company's own,
# never a unit named "group" (entities.py)
DESCRIPTION_NOUNS = "(?:" + "|".join(n for d in DESCRIPTIONS for n in d.nouns) + ")"
