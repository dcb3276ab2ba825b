"""The names a question says that the graph has no entity for ("Why did Korvel cut its FY25
guidance?" when no Korvel is linked): capitalised words past the class words, periods, regulations
and the owner of a fiscal calendar. Used by ask (its answer lanes), claims_fallback and the text
lane; pure functions over the question and its linked entities (linking.Hit)."""
from __future__ import annotations

import re

from .linking import Hit, norm
from .pattern_cache import plain
from .question import _OPEN_TITLE, asked_roles, measures_named

GENERIC_CAPS = {"Q1", "Q2", "Q3", "Q4", "AI", "CEO", "CFO", "COO", "CTO", "US", "U.S.", "What", "Which",
                "Who", "How", "When", "Where", "Why", "Is", "Are", "Did", "Does", "Do", "The", "In", "By",
                "FY", "H1", "H2", "I", "A", "Hong", "Kong", "Tell", "List", "Show", "Describe", "Can",
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                "Sept", "Oct", "Nov", "Dec", "English", "Chinese", "American", "European", "Japanese", "Korean",
                "Indian", "German", "French", "British", "Asian", "RMB", "USD", "EU", "UK", "GPU", "GPUs", "LLM", "LLMs",
                "API", "YoY", "Cloud", "Group", "Holdings", "Ltd", "Inc"}


# A name in a question: capitalised words, or a brand written in lower case with a digit or a
# capital inside ("center3", "ePLDT", "iFlytek", "atNorth": seen in questions of probe14,
# probe16, probe19 and probe20), which a graph without that entity must not answer with another's
# figures (probe16 p16-05-q10 answered PLDT's margin for center3's). A period typed in lower case
# ("fy25", "q3") is no name (found at first contact on probe21, p21-07-q02 "zoho net profit fy25?").
NAME_IN_QUESTION = plain(r"\b((?:[A-Z][\w&.-]*|(?!(?:fy|q[1-4]|h[12])['’]?\d)[a-z]{2,}\d[\w&.-]*|[a-z]+[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*)")


# the head nouns that make a capitalised phrase the name of a regulation, list or programme
REGULATION_HEAD = plain(r"\s(?:List|Act|Acts|Rule|Rules|Regulation|Regulations|Law|Directive|Program|Programme|Initiative|Order|Agreement|Framework)$")


# (issue52q) A name in a closing clause that dates what is asked by an event ("… investment plan after the PPA?",
# "… revenue forecast before the Q3 raise?") names that event, not the subject asked about: an answer need not
# name it. Provenance: probe37 p37-02-q08 (02_celsia_sfc, "after the PPA"); probe29's q.beyond question "What was
# q.beyonds revenue forecast for 2026 before the Q3 raise?" (the same closing clause, its event named by a period).
EVENT_ANCHOR = {
    "name": "event-anchor-clause",
    "pattern": plain(r"\b(?:after|following|before|ahead\s+of)\s+(?:the|its|their|this|that)\s+((?:[\w.&'’-]+\s+){0,3}?[\w.&'’-]+)\s*[?.!]?\s*$"),
    "examples": ("What is Norvik's 2026-2028 investment plan after the PPA?", "What was Alpha's forecast before the Q3 raise?"),
    "not": ("What did Norvik pay for the PPA?", "Who will be Norvik's chair after the 2027 AGM?"),
    # a who-question: the holder after the event is what the event decides (kindcheck35/people k35-people-q06,
    # "Who will be Liffeyside's senior independent director after the 2027 AGM?": the board's list answered)
    "not_asked": plain(r"^\s*who\b"),
    "provenance": "probe37 p37-02-q08 (02_celsia_sfc); probe29 q.beyond 'before the Q3 raise'",
}


def _anchoring(question: str, start: int) -> bool:
    """Whether the name at `start` of `question` stands in its closing event clause (EVENT_ANCHOR) (pure)."""
    m = EVENT_ANCHOR["pattern"].search(question)
    return m is not None and not EVENT_ANCHOR["not_asked"].search(question.lower()) and m.start(1) <= start


def unknown_names(question: str, hits: list[Hit]) -> list[str]:
    """The names `question` says that none of `hits` covers (pure)."""
    covered = " ".join(h.matched for h in hits)
    names = []
    for m in NAME_IN_QUESTION.finditer(question):
        phrase = m.group(1)
        for t in reversed(list(_OPEN_TITLE.finditer(phrase.lower()))):
            phrase = phrase[:t.start()] + phrase[t.end():]   # an open title asked ("Chief AI Officer"): what is asked, no name
        words = [w for w in phrase.split()
                 if not all(p.strip(".") in GENERIC_CAPS or PERIOD_NAME.match(p.strip(".")) for p in re.split(r"[-–/]", w) if p)]
        # a name's compound with lower-case words ("Ocado-powered", "Arm-based"): the name alone
        # (not a generic word's: "AI-driven" stays a term the graph may not hold)
        words = [n if (n := re.sub(r"(?:[-–][a-z][\w-]*)+$", "", w)) and not all(p.strip(".") in GENERIC_CAPS for p in re.split(r"[-–/]", n) if p) else w
                 for w in words]
        # the subject of a question is a company, unit or product, never a title ("the MD and CEO
        # of X") nor a measure's initials ("X's EBITDA"): those words are what is asked of it
        words = [w for w in words if not _asked_word(w)]
        if not words:
            continue
        if CALENDAR_OWNER["pattern"].search(question[m.end():].lower()) and CALENDAR_OWNER["after"].search(question[:m.start()].lower()):
            continue   # whose fiscal period it is (_calendar_owners)
        if m.start() == 0 and len(m.group(1).split()) == 1:
            continue
        if _anchoring(question, m.start()):
            continue   # the event a closing clause dates the question by (EVENT_ANCHOR)
        if m.start() == 0 and len(words) == 1 and m.group(1).split()[0] == words[0] and _qualifier(words[0]):
            continue   # the question's first word alone, capitalised as every first word is, a word that qualifies the
            # measure ("New FY26 revenue guide for SOUN?", "Revised H1 outlook …": question.MODIFIED_MEASURE's whole
            # words; probe34 p34-06-q02); a ticker there ("VFQS Q3 rev?") is still a name
        name = " ".join(words)
        if REGULATION_HEAD.search(m.group(1)):
            continue   # "the Entity List", "the CHIPS Act": a regulation or a programme, not an entity
        if norm(name) and norm(name) not in covered and not any(norm(w) in covered for w in words):
            names.append(name)
    return names


def _qualifier(word: str) -> bool:
    """Whether a capitalised word is one that qualifies a whole measure ("New", "Revised", "Latest")."""
    from .question import MODIFIED_MEASURE
    return bool(MODIFIED_MEASURE["whole"].match(word.lower())) and not word.isupper()


# a name the graph does not know that names a measure ("EBITDA", "ARPU"): not an organisation
MEASURE_NAME = plain(r"\b(?:ebitda\w*|ebita?|eps|arpu|capex|opex|pue|aum|arr|mrr|gmv|ipo)\b", re.I)


def _asked_word(word: str) -> bool:
    """A capitalised word of a question that says what is asked, not of whom: a title alone
    ("MD", "Chairman", question.ROLE_WORDS) or a measure's initials the measure reading knows
    ("EBITDA", "ARR"; an event's, "IPO", is no measure and stays a word a row must name)."""
    w = word.strip(".,;:?!'’").lower()
    if not w:
        return False
    roles = asked_roles(w)
    if roles and roles != {"leader"} and roles != {"founder"}:
        return True
    return bool(MEASURE_NAME.fullmatch(w)) and bool(measures_named(w))


# a period written as a capitalised word ("FY2025", "FY25", "Q3", "H1"): never a name, wherever
# it stands ("Why did X cut its FY25 guidance?")
# (and the second year of a split fiscal year: "FY2023-24" is read in parts, "FY2023" and "24")
PERIOD_NAME = plain(r"^(?:(?:FY|Q[1-4]|H[12])['’]?\d{0,4}|\d{2}|(?:19|20)\d\d)$", 0)


# A company named with a possessive right before a period ("X's margin in Y's first half of
# FY2025", "in Y's fiscal 2025", "in Y's FY25") names whose fiscal calendar the period is on,
# not what is asked about, when the question names another entity before it: that name is
# dropped from the entities asked. Seen: probe14 p14-03-q06 (03_datatec_interim), probe11
# p11-03-q10 and p11-07-q10 (03_panasonic…, 07_singtel…).
CALENDAR_OWNER = {
    "name": "calendar-owner",
    "provenance": "probe14 p14-03-q06 (03_datatec_interim); probe11 p11-03-q10, p11-07-q10",
    "pattern": plain(r"^['’]s?\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:half|quarter)|full[\s-]+year|fiscal|financial\s+year|fy\s?\d|[hq][1-4]\b)"),
    "after": plain(r"\b(?:in|during|for|over|through)\s+$"),   # "in Y's first half", not "compare with Y's Q2 revenue"
    "examples": ("What was Keel's operating margin in Harbor's first half of fiscal 2025?", "What was Keel's net profit in Harbor's FY25?"),
}
