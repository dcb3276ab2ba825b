"""What may be a name at all: shapes of capitalised text that are no entity's name (issue 12 part 2).

Open discovery (discover.py), a list line's label (claims.py) and a ticker's name (focus.py) take
capitalised text for a name. Some capitalised text is no name, and a wrong node then owns facts.
Each rule below is a named record; each reads the shape of the text (where the words stand, how the
document writes them elsewhere), never a list of bad strings:

- title-of-name: a title and "of" before a name ("Chief Executive Officer of Acme Limited") are the
  person's role; the name is the part after "of";
- layout-label: a line label in capitals that is a word of the text's layout (a cue repeated before
  each paragraph, "SAY:", or a common word the text also writes in lower case, "TOTAL AWARDED:") is
  no unit and no company;
- numbered-part: a common word with a number ("Slide 5", "Wave 2", "Lot 1", "Episode 112") numbers a
  part of the text or of a plan; a number that is a figure ("Applications 36.2 percent", a table row
  "Tax 37.8 25.9") or a date ("Retrieved 2 March") is no version either.

- owner-possessive: "Taiwan's Inventec", "China Telecom's Tianyi Cloud": the possessive names the
  owner or the place; the name is the part after it;
- descriptor-compound: a capitalised word joined to a lower-case word by a hyphen ("IT-management
  division", "its Internet-related business") describes what a unit does; it names no unit.

All are pure functions of their arguments.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..pattern_cache import plain, name_rx
from .literal import has_word
from .rule_record import RuleRecord

TITLE_OF_NAME = RuleRecord(
    "title-of-name",
    "a person's title followed by 'of' ('Chief Executive Officer of', 'President of') is a role; the "
    "organisation is the name after 'of', never the title's first word",
    ("probe21 01_megaport_podcast_shownotes (a CEO 'of <name> Limited (<exchange>: <ticker>)' in the lead)",
     "devset5 t04_siemens ('… Chief Executive Officer of Siemens AG.')"),
    ("Dana Roe, Chief Executive Officer of Brellin Limited (ASX: BRL), said … (invented)",
     "Ola Berg, Managing Director of Tannet Holdings, spoke first. (invented)"),
)


@lru_cache(maxsize=1)
def _title_of_rx() -> re.Pattern:
    from .entities import TITLES   # (here, not at the top: entities.py reads descriptor_compound of this module)
    return plain(rf"^(?:the\s+|[Gg]roup\s+)?(?:{TITLES})(?:\s+and\s+(?:{TITLES}))?\s+of\s+(?:the\s+)?(?=[A-Z])")


def title_of(name: str) -> str:
    """Rule title-of-name: `name` without a leading title and 'of' ("Chief Executive Officer of
    Acme" -> "Acme"); `name` itself when it opens with no title."""
    m = _title_of_rx().match(name) if " of " in name else None
    return name[m.end():] if m is not None else name


LAYOUT_LABEL = RuleRecord(
    "layout-label",
    "a line label in capitals is a word of the text's layout, not a name, when it opens three lines or "
    "more, or two and the text writes it nowhere else (a cue before each paragraph of speaker notes), or when "
    "the text also writes one of its words in lower case (a form's field or a heading in capitals); "
    "such a label is no unit and no company, and the line's figures are not its",
    ("probe21 04_technologyone_speaker_notes ('SAY:' before each paragraph of a presenter's notes)",
     "probe20 01_serpro_tender-award ('TOTAL AWARDED:' a field of an award notice; 'total' in the text)"),
    ("SAY: Revenue rose 12% to $40 million.\\nSAY: We expect growth of 10%. (invented)",
     "AMOUNT PAID: $4 million … the amount was paid in May. (invented)"),
)
CUE_LINES = 3   # a capitals label opening this many lines is a cue, whatever else the text writes
_CAPS_LABEL = plain(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?P<label>[A-Z][A-Z'’&-]+(?:[ \t]+[A-Z][A-Z'’&-]+){0,3})(?:\*\*)?[ \t]*:")


def layout_label(label: str, text: str) -> bool:
    """Rule layout-label: whether the capitals line label `label` of `text` is a layout word."""
    label = " ".join(label.split())
    if not label or label != label.upper() or not any(c.isalpha() for c in label) or len(label) < 3:
        return False
    lines = sum(1 for m in _CAPS_LABEL.finditer(text) if " ".join(m.group("label").split()) == label)
    if lines == 0:
        return False
    words = label.split()
    if any(len(w) >= 3 and has_word(text, w.lower()) for w in words):
        return True   # a common word written in capitals
    if lines >= CUE_LINES:
        return True   # a cue before each paragraph (a speaker's or presenter's label)
    if lines >= 2:
        uses = len(name_rx(rf"(?<![\w-]){re.escape(label)}(?![\w-])", re.I).findall(text))
        return uses == lines   # a cue: the label, only ever at a line's start
    return False


NUMBERED_PART = RuleRecord(
    "numbered-part",
    "a common word with a number numbers a part of the text or of a plan ('Slide 5', 'Wave 2', 'Lot 1', "
    "'Episode 112'), no product's version: the text writes the word in lower case too, or numbers it "
    "from 1 in headings ('Wave 1:', 'Wave 2:'); a number that is a figure ('Applications 36.2 percent', a "
    "table row 'Tax 37.8 25.9') or a day of a date ('Retrieved 2 March 2026') makes no versioned name",
    ("probe21 04_technologyone_speaker_notes ('SLIDE 1' … 'SLIDE 12')",
     "probe20 07_omantel_vendor-case-study ('Wave 1:', 'Wave 2:', 'Wave 3:' of a migration)",
     "probe18 ibiden_investor_day_slides ('--- Slide 11 ---'; 'slide' in the text)",
     "probe17 02_reply_wrapped ('Applications 36.2 percent')",
     "probe20 02_mastek_shareholder-email (a table row 'Tax 37.8 25.9 35.1 72.9')",
     "probe12 soitec_h1_fy2026_mdna (a table row 'Mobile Communications 172 228 -24.6%')",
     "probe13 tietoevry_q3_2024_exchange_release ('STOCK EXCHANGE RELEASE 23 October 2024')"),
    ("Lot 1 went to Brenvale; Lot 2 to Quarry. (invented)",
     "The Ostby Cloud 3 platform, launched in May … (invented: a product, kept)"),
)
_NUMBERED = plain(r"^(?P<word>[A-Za-z][a-z]+|[A-Z]{3,})[ -](?P<num>\d{1,4}(?:\.\d{1,2})?)$")
# a percent, or two more numbers (a table row of figures) after the number
_FIGURE_AFTER = plain(r"^\s*(?:%|percent\b|per\s+cent\b)|^\s+[-+(]?\d[\d.,]*\)?\s+[-+(]?\d")
_ANY_NUMBER_LAST = plain(r"[ -]\d{1,4}(?:\.\d{1,2})?$")
_MONTH_AFTER = plain(r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
# what may stand before a heading's first word at a line's start: blanks, a markdown heading, a table
# cell, a bullet, a rule of dashes
_LINE_OPEN = r"(?m)^[ \t]*(?:[#|*>•-]+[ \t]*)?"

# the characters besides A-Z and a-z that an ASCII letter matches when case is ignored (re.I): without them
# in a text, its lower-case form finds what such a pattern finds
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")

def numbered_part(name: str, after: str, text: str) -> bool:
    """Rule numbered-part: whether the versioned `name` ("<Word> <number>"), followed in its
    sentence by `after`, is a numbered part, a figure or a date of the document `text`, no name.
    A numbered part is a word the text also writes in lower case, with a number of two digits or
    more ("Episode 112", "Clause 14"), or a word numbered from 1 as headings (a line opened by it and
    a dash, a colon or a bracket: "Lot 1 —", "Wave 2:", "--- Slide 3 ---") or as a table's row labels
    ("| Scope 1 |"); a unit named with a number in the prose ("Region 2 was the …", "Americas 1,
    Americas 2 and Europe") is left alone."""
    if _ANY_NUMBER_LAST.search(name) and (_FIGURE_AFTER.match(after) or _MONTH_AFTER.match(after)):
        return True   # "Mobile Communications 172 228 -24.6%", "RELEASE 23 October 2024"
    m = _NUMBERED.match(name)
    if m is None:
        return False
    word, num = m.group("word"), m.group("num")
    if "." in num:
        return False
    low = word.lower()
    if int(num) >= 10 and (has_word(text, low) or has_word(text, low + "s")):
        return True   # a common noun: "the episode", "under the clause"
    w = re.escape(word)
    if _FOLDS_TO_ASCII.isdisjoint(text) and low + " 1" not in (low_text := text.lower()) and low + "-1" not in low_text:
        return False   # (what both patterns need, checked before they are built: the word in any case, a blank or hyphen, "1")
    return all(name_rx(rf"{_LINE_OPEN}{w}[ -]{n}(?:[ \t]*(?:[—–:(]|-{{2,}}|$))|\|[ \t]*{w}[ -]{n}(?![\w.])", re.I | re.M).search(text)
               for n in (1, 2))


def layout_labels(text: str) -> frozenset[str]:
    """The capitals line labels of `text` that are layout words (rule layout-label)."""
    if ":" not in text:
        return frozenset()
    labels = {" ".join(m.group("label").split()) for m in _CAPS_LABEL.finditer(text)}
    return frozenset(x for x in labels if layout_label(x, text))


DESCRIPTOR_COMPOUND = RuleRecord(
    "descriptor-compound",
    "a capitalised word joined by a hyphen to a lower-case word ('IT-management', 'Internet-related', "
    "'AI-driven') is a descriptor of what a unit does, not the unit's name: a name of a unit before "
    "'division' or 'business' has no such word",
    ("probe21 07_zoho_jobads_analysis ('ManageEngine, its IT-management division')",
     "probe13 sakura_internet_ceo_interview ('its Internet-related business')"),
    ("Ostby runs Kanto Cloud, its AI-driven division, from Osaka. (invented)",
     "The group's Web-hosting business grew 4%. (invented)"),
)
_COMPOUND = plain(r"(?<![\w-])[A-Z][\w.]*-[a-z][a-z-]*(?![\w-])")


def descriptor_compound(name: str) -> bool:
    """Rule descriptor-compound: whether `name` holds a capitalised word hyphened to a lower-case one."""
    return "-" in name and _COMPOUND.search(name) is not None


OWNER_POSSESSIVE = RuleRecord(
    "owner-possessive",
    "a capitalised run found as one name that holds a possessive ('Taiwan's Inventec', 'Bangladesh's "
    "Grameenphone', 'China Telecom's Tianyi Cloud') is two names: the possessive's owner or place, and the "
    "name after it, which is the one the run names",
    ("probe11 p11_02_lattice_q2_note ('Taiwan's Inventec, a server maker …, reported …')",
     "probe13 telenor_ai_factory_feature ('… holds 55.8% of Bangladesh's Grameenphone')",
     "probe7 p7_06_kingsoft_cloud_q2_2025 ('China Telecom's Tianyi Cloud')"),
    ("Peru's Andesia, a lender, reported a profit of S/ 40 million. (invented)",),
)
_OWNER_FIRST = plain(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?=[A-Z])")
_FORM_ONLY = plain(r"^(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|SE|NV|Group|Holdings)\.?$")


def without_owner(name: str) -> str:
    """Rule owner-possessive: `name` without a leading owner's possessive ("Taiwan's Inventec" ->
    "Inventec"); `name` itself when it has none or only a legal form follows ("Macy's Inc")."""
    m = _OWNER_FIRST.match(name) if "s " in name else None
    if m is None:
        return name
    rest = name[m.end():]
    return name if _FORM_ONLY.match(rest) or len(rest) < 2 else rest


# a table row's label glued to the start of its first figure ("Platforms 17" of "Platforms  17,420",
# "Wi-Fi 6" of "Wi-Fi  6,108"): a label and a figure, no name (tables.TABLE_SHAPES aligned-columns;
# probe23 01_tanla_bse_outcome, probe24 03_railtel_kpi_sheet)
_CUT_FIGURE = plain(r"\s\d{1,3}$")
_FIGURE_REST = plain(r"[,.]\d{2,3}\b")   # (the rest of the figure: its thousands)


def glued_figure(name: str, sentence: str) -> bool:
    """Whether a discovered `name` ends in the first digits of a figure its `sentence` goes on to write
    with thousands ("Platforms 17" of "Platforms  17,420")."""
    if _CUT_FIGURE.search(name) is None:
        return False
    # (what re.search(re.escape(name) + _FIGURE_REST, sentence) finds, without compiling a pattern per
    # name: the rest matched after each place the sentence writes the name)
    at = sentence.find(name)
    while at >= 0:
        if _FIGURE_REST.match(sentence, at + len(name)) is not None:
            return True
        at = sentence.find(name, at + 1)
    return False



FRAGMENT_NAME = RuleRecord(
    "fragment-name",
    "a list line's label cut at a colon inside a bracket ('Octopus Digital Limited (PSX: OCTOPUS), the "
    "Company's listed subsidiary …' read up to 'PSX') or a lone capital before a speaker's title ('A (Finance "
    "Director): We maintain our target …', a Q&A answer) is no name: an unclosed bracket or a single letter "
    "names no unit or company; the sentence's own subject owns its figures",
    ("probe32 03 avanceon_psx_results_notice (a numbered line opening with a subsidiary's name and its ticker)",
     "probe32 07 emtek_public_expose_minutes and probe26 04 faraday_call_qa, focusset26 held 14 adtran_dealcall "
     "('A (<title>):' answers of a Q&A)"),
    ("3. Kestrel Cloud Limited (LSE: KCL), the listed subsidiary, reported revenue of £4.1 million. (invented)",
     "A (Chief Financial Officer): Revenue grew 12% in the half. (invented)"),
)


def fragment_name(name: str) -> bool:
    """Rule fragment-name: whether `name` is a cut fragment (an unclosed or unopened bracket) or a single letter."""
    return name.count("(") != name.count(")") or (len(name) == 1 and name.isalpha())
