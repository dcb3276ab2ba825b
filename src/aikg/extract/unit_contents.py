"""What a unit holds, listed after its name: a row label's bracket ("Tech (ICT, cloud & AI services)")
or a unit line's words after the colon ("- IT Services: consulting, managed services and the AI & Data
practice;"). One reading of such a list (`listed_contents`), used by the table rows (segment_tables),
list and grid rows (list_lines), rows under a unit heading (relations.segment_rows) and the lines of a
block a counted lead announces (unit_lines). Pure functions; the named records say where each
phrasing was met.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import RuleRecord

GLOSS_MEMBERS = RuleRecord(
    "gloss-members",
    "a unit's row label (a table's row or a grid line) with a bracket listing two things or more after the unit's name, "
    "'Tech (ICT, cloud & AI services)', 'Media (SCTV, Indosiar, Vidio)', names the unit before the bracket and, in "
    "the bracket, what the unit holds, names or common nouns (issue47s: common nouns too, as ask now leaves a "
    "common-noun item of another company's unit out of a question naming a company, ask.OTHERS_UNIT); a bracket "
    "of one name ('(VAS)'), a figure or a remark ('(excluding …)', '(formerly …)') is no list",
    ("probe32 04_du_dfm_results_disclosure (HTML table): '<td>du Tech (ICT, cloud &amp; AI services)</td><td>412</td>'",
     "probe32 07_emtek_public_expose_minutes (IDX minutes, text grid): '      Media (SCTV, Indosiar, Vidio)      4,918'",
     "kindcheck33 segments 03_tasnimah_h1_web: '<td>Energy (oilfield services &amp; utilities)</td>'",
     "probe17 06_systems_limited_liveblog 'Middle East (Saudi Arabia, UAE, Qatar)'; probe17 04_credicorp "
     "'Microfinance (Mibanco, Mibanco Colombia)'"),
    ("| Cloud (hosting, storage & backup) | 40 | 35 |",))

# A unit line under a lead or heading that names units: after the unit's name and a colon, a list of
# short noun phrases, then the line ends, or a dash opens its figure, is what the unit holds. A
# description ("proprietary software products sold as licences and SaaS, mainly for …") is no list.
COLON_CONTENTS = RuleRecord(
    "colon-contents",
    "a unit's line '<Unit>: a, b and c' (ending there, at ';' or at a dash before the unit's figure) under a lead "
    "announcing units or a heading naming a breakdown by unit lists what the unit holds, each item a short noun phrase",
    ("kindcheck33 segments 01_arunika_9m_news (news, IDR): 'Revenue by segment for 9M 2026 was reported as follows:' "
     "over 'Consumer: snack foods, dairy and bottled water — Rp6,204bn'",
     "probe31 06_swordgroup_segment_note (IFRS 8 note, EUR): 'The Group has two operating segments:' over "
     "'- IT Services: consulting, application development, managed services, cloud migration and the AI & Data practice;'"),
    ("Foods: biscuits, yoghurt and juices — $500 million", "- Cloud: hosting, storage and the Data & AI practice;"))

_REMARK = plain(r"\d|%|\b(?:formerly|previously|excl\w*|incl\w*|restated|see|note|i\.e|e\.g|ex|other\s+than|"
                r"continuing|discontinued|unaudited|audited)\b", re.I)
_SPLIT = plain(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+")
# with "and" joining its last item, a list's "&" is inside an item ("cloud migration and the AI & Data practice")
_SPLIT_AND = plain(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ARTICLE = plain(r"^(?:the|its|their|a|an)\s+", re.I)
# a word that makes an item a clause or a description, not a noun phrase
_NOT_NOUN = plain(r"\b(?:is|are|was|were|has|have|which|that|who|sold|made|used|mainly|mostly|for|to|by|with|from|as)\b", re.I)


def gloss_members(gloss: str) -> list[str]:
    """The items a row label's bracket lists (GLOSS_MEMBERS): two or more short items, else []."""
    if _REMARK.search(gloss):
        return []
    gloss = re.sub(r"^[A-Z][A-Za-z&]{0,5}\s*;\s*", "", gloss.strip())   # ("ES; HVAC, chillers, …": the unit's acronym first)
    gloss = re.sub(r"^[^,—–]{1,30}?\s+[—–]\s+", "", gloss)   # ("energy — solar inverters, batteries": the name translated first)
    if ";" in gloss:
        return []
    split = _SPLIT_AND if "," in gloss and re.search(r"\sand\s", gloss) else _SPLIT
    items = [_ARTICLE.sub("", x.strip(" .;")) for x in split.split(gloss.strip())]
    if len(items) < 2 or any(not x or len(x.split()) > 4 for x in items):
        return []
    if "," not in gloss and all(x[:1].isupper() for x in items):
        return []   # ("Empresas y Data Center (Enterprise & Data Centre)": the name translated, no list)
    return items


_FIGURE_TAIL = plain(r"\s+(?:—|–|--)\s+.*$|[;.]\s*$")


def colon_contents(rest: str) -> list[str]:
    """The items of a unit line's text after its colon (COLON_CONTENTS): a list of two or more short
    noun phrases, up to a dash before the figure or the line's end; [] for a description."""
    lst = _FIGURE_TAIL.sub("", rest.strip())
    if not lst[:1].islower() or _NOT_NOUN.search(lst) or ":" in lst:
        return []
    return gloss_members(lst)
