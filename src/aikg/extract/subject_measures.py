"""The measure a clause's subject names when no measure word of the registry does: "Utilisation
(excluding trainees) was 79.4%", "Last-twelve-month attrition eased to 13.1%", "Net cash at 30
September stood at A$285.0 million". The value is stated of the clause's own noun phrase, which
opens the clause and stands right before a verb of level; its words are the measure.

One rule (`SUBJECT_NOUN_LEVEL`): the pattern and the documents of different sources it was met in.
figures.py asks it only for a value no registry word names a measure for (a fallback).
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

SUBJECT_NOUN_LEVEL = RuleRecord(
    "subject-noun-level",
    "a clause that opens with a plain noun phrase (no name, no pronoun; a bracketed note or a short 'at/in/for' "
    "phrase may follow it) and goes straight on with a past verb of level ('was', 'stood at', 'eased to', 'came in at', "
    "'reached') and the value: the value is that noun phrase's, which is its measure (a present 'is' describes "
    "a deal, a target or a portfolio more often than a result: not read)",
    ("probe20 02_mastek_shareholder-email (shareholder email): 'Utilisation (excluding trainees) was 79.4%.', "
     "'Last-twelve-month attrition eased to 13.1%.'",
     "probe14 08_happiest_minds_analyst_note (analyst note): 'Headcount was 6,580, and attrition was 15.2%.'",
     "probe21 04_technologyone_speaker_notes (speaker notes): 'Net cash at 30 September stood at A$285.0 million'"),
    ("Churn in the enterprise base eased to 0.9%.", "Occupancy (excluding new halls) was 88%."))

_VERB = (r"(?:was|were|stood\s+at|came\s+in\s+at|came\s+to|amounted\s+to|totall?ed|reached|"
         r"(?:eased|rose|fell|climbed|dropped|declined|improved|increased|decreased|grew|edged\s+(?:up|down))\s+to)")
_QUAL = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|approximately\s+)?"
_NP = plain(r"^\s*(?:[-*•]\s+)?(?:(?:the|its|their|our)\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
            r"(?:\s+\([^()]{1,40}\))?(?:\s+(?:at|in|for|across)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+" + _VERB + r"\s+" + _QUAL + r"$",
            re.I)
# words that open no measure: pronouns, words of reference, time words (whole words: "last-twelve-month
# attrition" names one)
_NOT = frozenset("it they he she we you which that this these those there here what who one each all both year years "
                 "quarter quarters month months week weeks day days half period time date today yesterday and or but "
                 "of to was were is are".split())
# a head noun that names no measure ("The figure was 12%", "The group segment figure was EUR 4m", "the target was 50%"):
# "rate" and "share" are measures only with the noun before them, which the registry reads
_GENERIC = frozenset("figure figures number numbers amount total result results value level rate price share sum target "
                     "targets goal goals aim consideration".split())


# a noun that names a change, not a level
_CHANGE = frozenset("growth increase increases decrease decreases decline declines change changes rise rises drop drops "
                    "gain gains fall falls".split())


def subject_measure(clause_text: str, first_is_name: bool) -> str | None:
    """The measure the noun phrase opening `clause_text` (the clause up to its value) names, or None
    (SUBJECT_NOUN_LEVEL). `first_is_name`: the clause opens with an entity's name (no measure then)."""
    if first_is_name:
        return None
    m = _NP.match(clause_text)
    if m is None:
        return None
    np = m.group("np")
    words = np.split()
    if not words or any(w.lower() in _NOT for w in words) or words[-1].lower() in _GENERIC:
        return None
    if words[-1].lower() in _CHANGE:
        return None   # "Growth was 5%": a change, read by the change rules
    # a capital after the first word is a name ("Zoho Cloud revenue"): the registry's business, not this rule's
    if any(w[:1].isupper() for w in words[1:]):
        return None
    return " ".join(np.lower().split())
