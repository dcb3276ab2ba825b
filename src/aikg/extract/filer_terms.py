"""The filer a document defines once and afterwards calls by a defined term ("the Company", "the
Group", "the registrant", "we"): coreference of the defined term with the filer, for the whole
document (issue40o).

Definitions read (`DEFINITIONS`, named records, each met in two documents of different sources):

- registrant-cover: a filing's cover page, the registrant's name on its own line right above
  "(Exact name of registrant as specified in its charter)"; the form writes the name in capitals and
  often nowhere else ("CIPHER MINING INC." over an 8-K, "NILGIRI VANTAGE TECHNOLOGIES LIMITED" over
  a 6-K): the registrant is the document's filer, and "the Company" / "the registrant" / "we" of
  the body are it.

`class_noun_name`: a name-shaped run that is only a company class noun ("Company", "Group") or opens
with one ("Company guidance for Q4 FY27") is the defined term, no company of its own: a reader
that took it for a name gives the filer instead (rule defined-term-no-node).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import name_rx, plain
from .legal_forms import LEGAL_FORM, core_name
from .rule_record import RuleRecord

REGISTRANT_COVER = RuleRecord(
    "registrant-cover",
    "a filing's cover names its registrant on the line above '(Exact name of registrant as specified in its "
    "charter)': that company is the filer the body calls 'the Company', 'the registrant', 'we'",
    ("focusset22 held 05 cipher_8k ('CIPHER MINING INC.' over the registrant line of an 8-K)",
     "kindcheck28 periods 02 nilgiri_6k_q2fy27 ('NILGIRI VANTAGE TECHNOLOGIES LIMITED' over the registrant "
     "line of a 6-K, another source)"),
    ("HALVERGATE OPTICS, INC.\n(Exact name of registrant as specified in its charter) (invented)",),
)

# the name line (no sentence: no full stop inside but a legal form's), then the registrant line
_REGISTRANT = plain(r"(?m)^[ \t]*(?P<name>[^\W\d_][^\n]{1,90}?)[ \t]*\n[ \t]*\(\s*(?:the\s+)?exact\s+name\s+of\s+"
                    r"(?:the\s+)?registrant", re.I)
_LEGAL_TAIL = plain(rf",?\s+{LEGAL_FORM}\s*$", re.I)
_SMALL = frozenset({"of", "and", "for", "the", "de", "du", "la", "le", "von", "van"})


@dataclass(frozen=True)
class Filer:
    surface: str      # as the document writes it ("BRINDLECOMBE INSTRUMENTS, INC.")
    label: str        # its name without the legal form, in the text's case ("Brindlecombe Instruments")
    rule: str


def _cased(word: str, body: str) -> str:
    """A capitals word as the text spells it elsewhere in its own case, else title-cased."""
    if not word.isupper() or len(word) <= 1:
        return word
    if word.lower() in _SMALL:
        return word.lower()
    for m in name_rx(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I).finditer(body):
        if m.group(0) != m.group(0).upper() and m.group(0)[0].isupper():
            return m.group(0)   # "UKCloud", not "instruments" of running text
    return word[:1] + word[1:].lower() if len(word) > 3 else word


def defined_filer(text: str) -> Filer | None:
    """The filer `text` defines by a registrant cover (rule registrant-cover), or None."""
    if "egistrant" not in text:
        return None
    m = _REGISTRANT.search(text)
    if m is None:
        return None
    surface = m.group("name").strip(" \t,")
    if not _LEGAL_TAIL.search(surface) or len(surface.split()) > 8:
        return None   # a name with its legal form only: the line above may be a heading
    bare = core_name(_LEGAL_TAIL.sub("", surface).strip(" ,"))
    if not bare:
        return None
    label = " ".join(_cased(w, text) for w in bare.split())
    return Filer(surface, label, REGISTRANT_COVER.name)


def filer_named(filer: Filer, label: str) -> bool:
    """Whether `label` (the company another reader took for the document's) is the filer: a word of
    its name in common ("Cipher Mining" of "CIPHER MINING INC.")."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w&'’-]{2,}", filer.label)}
    return bool(words & {w.lower() for w in re.findall(r"[^\W\d_][\w&'’-]{2,}", label)})


DEFINED_TERM_NO_NODE = RuleRecord(
    "defined-term-no-node",
    "'the Company' / 'the Group' is the filer's defined term: a name read as 'Company' (or opening with it, "
    "'Company guidance for Q4 FY27') is the filer, never a company node of its own",
    ("probe17 05 scsk_kessan_tanshin ('The Company acquired all outstanding shares of Net One Systems …': "
     "an investment into a node 'Company')",
     "probe29 08b spyrosoft_espi_q3 ('The Company will acquire up to 150 000 own shares …': an investment in 'Company')",
     "probe23 06 semtech_model_summary ('Company guidance for Q4 FY27: revenue of …': a segment 'Company guidance …')"),
    ("The Company acquired all shares of Quillon Data for EUR 40 million (invented)",),
)

# the defined terms a filing calls its filer by; a letterhead's text says the first two (focus.py rule
# letterhead-defined-term)
CLASS_NOUNS = ("Company", "Group", "Registrant", "Issuer")
_LETTER_NOUNS = CLASS_NOUNS[:2]
_CLASS_NOUN = plain(rf"(?:{'|'.join(CLASS_NOUNS)})(?:['’]s)?$")
_DEFINED_FILER = plain(rf"\b[Tt]he[ \t]+(?:{'|'.join(_LETTER_NOUNS)})\b")


def defined_filer_count(body: str) -> int:
    """How often the text calls its filer "the Company" or "the Group" (rules letterhead-defined-term and
    filer-term-agent of focus.py)."""
    return len(_DEFINED_FILER.findall(body))
# the defined term opening a label, then a lower-case noun ("Company guidance for Q4 FY27", "Group
# outlook"): a noun phrase of the filer's, not a name ("Group Holdings", "Company Limited")
# ("Group results:" is left as it was: a staff magazine's "Group results: <Name>'s revenue …", focusset23
# held 30, names its group in the line; a unit line there keeps its figures off a wrongly read company)
_CLASS_LABEL = plain(r"(?:Company|Registrant|Issuer)(?:['’]s)?\s+[a-z]")


def class_noun_name(name: str) -> bool:
    """Whether `name` is the defined term itself ("Company", "Group"): no company's own name
    (rule defined-term-no-node)."""
    return _CLASS_NOUN.match(name.strip()) is not None


def filer_label(label: str) -> bool:
    """Whether a list line's label is the defined term and a noun of it ("Company guidance for Q4
    FY27:"): the line states the filer's figures, no unit's (rule defined-term-no-node)."""
    return _CLASS_LABEL.match(label.strip()) is not None


# rule defined-term-subject: the defined term written with its capital ("The Company", "the Group")
# as the subject of the clause right before a verb is the filer, not the nearest name before it
# ("Regarding the acquisition of Net One Systems: The Company acquired all outstanding shares of Net
# One Systems …", probe17 05 scsk: the acquired company was read as the buyer; "The Company will
# acquire up to 150 000 own shares", probe29 08b spyrosoft; invented: "Following the review, the
# Group bought Quillon Data for EUR 40 million")
DEFINED_TERM_SUBJECT = plain(rf"(?:^|[:;]\s*|,\s+(?:and\s+)?|\.\s+)(?:[Tt]he\s+(?:{'|'.join(CLASS_NOUNS)}))\s+"
                             r"(?:(?:also|has|have|had|will|then|recently|already|plans?\s+to|planned\s+to|agreed\s+to|intends\s+to)\s+)?$")


def defined_term_subject(text: str, end: int) -> bool:
    """Whether the clause ending at `end` (right before its verb) has the defined term as its subject."""
    return DEFINED_TERM_SUBJECT.search(text, 0, end) is not None
