"""The passage a stored sentence stands in: the sentence before it in its document, and whether
the sentence's subject refers back to what that one names.

A document names its subject once and then says "The building has 26 MW of capacity", "the
company stated that its revenue …", "Its accounts show …": the value's sentence names nobody. The
text lane of `ask` (text_answer.from_text) reads such a sentence with the one before it (a
window of one sentence) when its subject is a reference back (a pronoun, or a determiner and a
common noun, as the clause's subject), so an entity named only in the window is the sentence's.
Pure functions over the stored sentences' text and their start offsets (kg:charStart).
"""
from __future__ import annotations

from .pattern_cache import plain
from .question_frame import stems

# how a sentence may open before its subject: a clause or list number ("2.5", "(b)", "3)") and an
# introductory phrase closed by a comma ("In reply to Members, ", "On Tuesday, ")
_OPENING = (r"^\s*(?:(?:\(?\d+(?:\.\d+)*\)?|\([a-z]\))\.?\s+)?"
            r"(?:(?i:in|on|at|for|after|before|during|since|by|under|according|as|with|meanwhile|however|separately|last|this|asked|in\s+reply)\b[^,;:]{0,40},\s+"
            r"|(?i:in|on|by|since|last|this|early|late)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s+)?")
_NOT_PREP = r"(?!(?:of|in|on|at|for|from|to|with|by|and|or|as)\b)"
# the subject that refers back: a personal pronoun, or a determiner (or a possessive pronoun) and up
# to two lower-case words (a common noun phrase: "the building", "its audited accounts", "this
# facility"), then a lower-case word that is not a preposition (its verb: "has", "stated", "will")
REFERS_BACK = {
    "name": "subject-refers-back",
    "pattern": plain(_OPENING + r"(?:(?i:it|they|he|she)\s+" + _NOT_PREP + r"[a-z]"
                          r"|(?i:the|this|that|these|its|their|his|her)\s+" + _NOT_PREP + r"[a-z][\w-]*(?:\s+" + _NOT_PREP + r"[a-z][\w-]*)?\s+"
                          + _NOT_PREP + r"[a-z])"),
    "examples": ("The building has 26 MW of IT capacity.", "In reply to the panel, the company stated that its revenue was EUR 3 million.",
                 "Its audited accounts show 2024 turnover of KRW 8.4 billion.", "It plans to spend $2 billion.", "In March the company signed a EUR 2 billion loan."),
    "not": ("Hanbit Semiconductor reported memory sales of KRW 41 trillion.", "Its partner Hanbit reported sales of KRW 41 trillion.",
            "The value of the deal was not disclosed."),
    "provenance": "probe18 04 Start Campus local story ('The building has 26 megawatts ...' after the sentence naming NEST), "
                  "probe18 05 Sarvam committee hearing ('..., the company stated that its revenue ...'), "
                  "tests' Quillon floor report and the sample corpus' results stories ('Its ... show', 'It expects ...')",
}
def refers_back(sentence: str) -> bool:
    """Whether the sentence's subject is a reference back (REFERS_BACK) (pure)."""
    return bool(REFERS_BACK["pattern"].match(sentence))


def windows(starts: dict[tuple[str, str], int]) -> dict[tuple[str, str], str]:
    """For each (sentence, document) with its start offset, the text of the sentence that starts
    last before it in the same document (the window); a sentence first in its document has none."""
    by_doc: dict[str, list[tuple[int, str]]] = {}
    for (quote, doc), at in starts.items():
        by_doc.setdefault(doc, []).append((at, quote))
    out: dict[tuple[str, str], str] = {}
    for doc, items in by_doc.items():
        items.sort()
        prev, prev_at = "", -1
        for at, quote in items:
            if prev and prev_at < at:
                out[quote, doc] = prev
            if at != prev_at or not prev:
                prev, prev_at = quote, at
    return out


# the words of a question that are its own names: capitalised words past its first word, less
# period names ("FY25", "Q3") and the class words of a name ("AI")
_NAME_WORD = plain(r"(?<=\s)([A-Z][\w.&-]*)")
_PERIOD = plain(r"^(?:FY|Q[1-4]|H[12])['’]?\d{0,4}$")


def name_stems(question: str) -> set[str]:
    """The stems (question_frame.stems) of the names a question says ("Sines", "NEST") (pure)."""
    words = [w.rstrip(".") for w in _NAME_WORD.findall(question)]
    return stems(" ".join(w for w in words if not _PERIOD.match(w)))


# the name a sentence's subject opens with, past its opening (a number, an introductory phrase)
_SUBJECT = plain(_OPENING + r"(?:The\s+)?((?:[A-Z][\w&.’'-]*)(?:\s+(?:[A-Z][\w&.’'-]*|of|&))*)")


def other_subject(index, sentence: str, groups: list[list[str]]) -> bool:
    """The sentence's own subject is an organisation (the label `index` knows) other than those
    asked about: a sentence read with its window is not theirs then (pure but for the index)."""
    m = _SUBJECT.match(sentence)
    if m is None or index is None:
        return False
    asked = {n for g in groups for n in g}
    return any(h.kind in ("Company", "Organization") and not ({h.label.lower(), h.matched.lower()} & asked)
               for h in index.find_in(m.group(1)))
