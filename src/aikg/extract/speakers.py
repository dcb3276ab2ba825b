"""Speaker labels of transcripts, interviews and minutes: the name or role that opens a line
before a colon ("DANA REYES: …", "Q: …", "Operator: …") says who speaks, never what the line is
about, so it is never a clause's subject, a company or a unit. `without_labels` moves each such
sentence's start past its label (its quote stays verbatim, a substring of the document).

A label is a speaker's when the document reads as a dialogue (rule SPEAKER_LABEL):
- a role word of a dialogue ("Q", "A", "Operator", "Host", "Moderator") opening two lines or more;
- a name in capitals (two to four words) opening two lines or more, or named on a header line
  ("Hosts: …", "Guest: …", "Participants: …").
A name in title case ("Ana Ruiz: …") is read as a person already; a label in title case that
recurs is as likely a unit's list line repeated in two sections, so it is left alone.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..pattern_cache import plain
from .rule_record import RuleRecord
from .sentences import fold

SPEAKER_LABEL = RuleRecord(
    "speaker-label",
    "a line of a transcript or an interview opens with who speaks and a colon; the label is no part "
    "of what is said: not a subject, not a company, not a segment",
    ("probe19 04 jabil_tv_show_transcript (hosts' names in capitals before each turn, listed on a 'Hosts:' line)",
     "probe10 dassault_interview and probe13 sakura_internet_ceo_interview ('Q:' and 'A:' / a surname before each turn)",
     "probe12 nextdc_h1fy25_call and probe13 opentext_q4_fy2025_call ('Operator:' and each speaker's name before a turn)"),
    ("MARA STEIN: Revenue came in at $2 billion. (invented)",
     "Q: How did the cloud unit do? A: It grew 20%. (invented)"),
)

ROLE_WORDS = ("Q", "A", "Question", "Answer", "Operator", "Host", "Moderator", "Interviewer", "Presenter")
_HEADER = plain(r"^\s*(?:Hosts?|Guests?|Participants?|Speakers?|Panel(?:ists)?|Presenters?|Attendees?|Interviewer)\s*:\s*(?P<names>.+)$",
                re.I | re.M)
# a line's label: a role word, or a name in capitals ("RAJ MEHTA", "J. O'NEIL-SMITH")
_CAPS_NAME = r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,3}"
_LABEL = rf"(?P<label>{'|'.join(ROLE_WORDS)}|{_CAPS_NAME})[ \t]*:[ \t]+(?=\S)"
_LINE_LABEL = plain(rf"^[ \t]*{_LABEL}", re.M)
_LABEL_AT = plain(_LABEL)   # at a sentence's start
# (issue46c) rule titled-speaker: a call transcript whose turns a role word opens ("Operator: …") writes its speakers'
# names in title case too ("Meredith Szabo: Capital expenditure for 2026 should be around $38 million", probe34 06
# soundhound_call_qa; "Craig Scroggie: …", probe12 nextdc_h1fy25_call; "Mark J. Barrenechea: …" / "Paul Duggan: …",
# probe13 opentext_q4_fy2025_call): a name opening two lines or more there is who speaks, never the figure's subject
_TITLE_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le)){1,3}"
_TITLE_LABEL = rf"(?P<label>{_TITLE_NAME})[ \t]*:[ \t]+(?=\S)"
_TITLE_LINE = plain(rf"^[ \t]*{_TITLE_LABEL}", re.M)
_TITLE_AT = plain(_TITLE_LABEL)
_DIALOGUE_ROLES = ("Operator", "Q", "A", "Host", "Moderator", "Interviewer")


def speaker_labels(text: str) -> frozenset[str]:
    """The labels of `text` that name who speaks."""
    counts = Counter(m.group("label") for m in _LINE_LABEL.finditer(text))
    listed: set[str] = set()
    for h in _HEADER.finditer(text):
        for part in re.split(r",|;|\band\b", h.group("names")):
            name = part.strip().upper()
            if name:
                listed.add(name)
    out = set()
    for label, n in counts.items():
        if label in ROLE_WORDS:
            if n >= 2:
                out.add(label)
        elif n >= 2 or label in listed:
            out.add(label)
    if any(r in counts for r in _DIALOGUE_ROLES):   # rule titled-speaker
        titled = Counter(m.group("label") for m in _TITLE_LINE.finditer(text))
        out.update(label for label, n in titled.items() if n >= 2 and label not in ROLE_WORDS)
    return frozenset(out)


def without_labels(sents: list, text: str) -> list:
    """`sents` (sentences.Sentence, spans into `text`) with each speaker label cut off the start
    of its sentence."""
    labels = speaker_labels(text) if ":" in text else frozenset()
    if not labels:
        return sents
    out = []
    for s in sents:
        m = _LABEL_AT.match(text, s.start, s.end)
        if m is None or m.group("label") not in labels:
            m = _TITLE_AT.match(text, s.start, s.end)
        if m is not None and m.group("label") in labels and m.end() < s.end:
            s = replace(s, start=m.end(), text=fold(text[m.end():s.end]))
        out.append(s)
    return out
