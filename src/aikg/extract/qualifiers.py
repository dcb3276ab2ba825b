"""What narrows a measure: the region a figure is of ("EMEA contributed $3.07 billion" is EMEA
revenue, not the company's total) and the business a measure is restricted to ("revenue from
generative AI projects", "annualized bookings tied to AI workloads"). A figure that keeps its
qualifier in its measure is not read as the company's total.

Each rule is a named record with its phrasing's examples (short invented sentences) and the
documents of different sources that show it. `region_of(text, start, clause_start)`: the region a
clause opening with a region name gives the value at `start` ("…, Europe, Middle East and Africa
(EMEA) contributed $3.07 billion and Asia-Pacific $1.84 billion"), or None. `restriction(text,
head_end)`: the qualifier right after a measure head ("from generative AI projects"), or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain
from .clauses import CHANGE, REPORT


@dataclass(frozen=True)
class QualifierRule:
    name: str
    examples: tuple[str, ...]
    provenance: tuple[str, ...]


RULES: tuple[QualifierRule, ...] = (
    QualifierRule("region-clause-subject",
                  ("Its Americas region grew 5% to $2 billion, while Asia-Pacific contributed $900 million.",
                   "EMEA rose 3% to €1.2 billion and Asia-Pacific €400 million."),
                  ("probe10 equinix_wire_feb2025: 'Europe, Middle East and Africa (EMEA) contributed $3.07 billion and Asia-Pacific $1.84 billion'",
                   "probe9 g02_accenture_fy25q3: 'while Europe, Middle East and Africa (EMEA) grew 11% in U.S. dollars to $6.9 billion'")),
    QualifierRule("restricted-measure",
                  ("Revenue from cloud contracts was about $300 million.", "Bookings tied to AI projects more than doubled."),
                  ("probe10 equinix_wire_feb2025: 'annualized bookings tied to AI workloads more than doubled in 2024'",
                   "probe9 g02_accenture_fy25q3: 'revenue from generative AI projects was about $800 million'",
                   "probe9 g08_netease_q2_2025: 'revenue from AI-driven subscription services grew nearly 50%'")),
)

# well-known business regions (names only): a clause whose subject is one states the region's figure
REGION = (r"Europe,\s+(?:the\s+)?Middle\s+East\s+(?:and|&)\s+Africa|EMEA|APAC|APJ|Asia[- ]Pacific(?:\s+and\s+Japan)?|"
          r"(?:North|South|Latin)\s+America|LatAm|(?:the\s+)?Americas|Greater\s+China|Rest\s+of\s+(?:the\s+)?World|"
          r"Rest\s+of\s+Europe|(?:Western|Eastern|Northern|Southern|Central)\s+Europe|Europe|(?:the\s+)?Middle\s+East|Africa")
_REGION_CLAUSE = plain(
    rf"(?:^|[,;]\s*|\b(?:and|while|whereas|but)\s+)(?P<r>{REGION})(?:\s*\((?P<abbr>[A-Z]{{2,6}})\))?(?:\s+(?:region|segment|operations))?"
    rf"(?:\s+(?:{REPORT}|{CHANGE}|contributed|added|brought\s+in|accounted\s+for)\b[^;$€£¥₹]{{0,50}}?)?\s*$")
_NOT_A_REGION_MEASURE = plain(rf"\b(?:{REGION}|regions?|regional)\b", re.I)


def region_of(text: str, start: int, clause_start: int = 0) -> str | None:
    """The region (its abbreviation when the text gives one, lower-cased) whose clause states the
    value at `start`, or None."""
    m = _REGION_CLAUSE.search(text[max(0, clause_start - 60, start - 110):start])
    if m is None:
        return None
    name = m.group("abbr") or re.sub(r"^the\s+", "", " ".join(m.group("r").split()), flags=re.I)
    return name.lower()


def qualify_by_region(measure: str, region: str) -> str:
    """"emea revenue" from "revenue" and "emea" (a measure naming a region already is kept)."""
    if _NOT_A_REGION_MEASURE.search(measure):
        return measure
    return f"{region} {measure}"


# the words that open a restriction after a measure head ("attributable to shareholders" is the
# whole profit of the parent's owners: no restriction)
CONNECTIVE = r"from|tied\s+to|related\s+to|linked\s+to|derived\s+from"
# a measure's restriction, as stored: "revenue from public cloud products" -> " from public cloud products"
RESTRICTED_PART = plain(rf"\s+(?:{CONNECTIVE})\s.*$", re.I)
_RESTRICT = plain(rf"\s+(?P<q>{CONNECTIVE})\s+"
                  r"(?P<np>(?:(?:[a-z][\w-]*|[A-Z]{2,5}s?|[A-Z]{2,5}-[\w-]+)\s+){0,4}(?:[a-z][\w-]*|[A-Z]{2,5}s?))\b")
# words that end the qualifier's noun phrase (a verb, a preposition, a determiner)
_NP_END = plain(rf"^(?:{REPORT}|{CHANGE}|of|in|on|at|to|for|by|with|than|as|and|or|the|a|an|its|their|more|less|about|"
                r"around|roughly|nearly|over|under|rose|fell|grew|which|that|who|while|during|since|last|this|next|across|within|among|"
                r"into|through|per|after|before|alone|also|now|still|only)$", re.I)
# qualifiers that do not narrow the measure: the whole business ("revenue from operations")
_WHOLE = plain(r"^(?:(?:continuing\s+|core\s+|total\s+)?operations|customers|contracts?\s+with\s+customers|sales)$", re.I)


def restriction(text: str, head_end: int) -> str | None:
    """The qualifier right after a measure head that restricts it ("from generative ai projects",
    "tied to ai workloads"), lower-cased, or None (none, or one naming the whole business)."""
    m = _RESTRICT.match(text, head_end)
    if m is None:
        return None
    words, np = [], m.group("np").split()
    for i, w in enumerate(np):
        if w == "and" and words and i + 1 < len(np) and not _NP_END.match(np[i + 1]) and np[i + 1][0].islower():
            words.append(w)  # "from servers and storage"
            continue
        if _NP_END.match(w):
            break
        if words and re.search(r"(?:ing|ed)$", w) and (i + 1 >= len(np) or _NP_END.match(np[i + 1])):
            break  # a participle opening a clause ("from public cloud products growing in double digits")
        words.append(w)
    while words and words[-1] == "and":
        words.pop()
    if not words or not words[-1][-1:].isalpha() or _WHOLE.match(" ".join(words)):
        return None
    if any(w[0].isupper() and not re.fullmatch(r"[A-Z]{2,5}s?|[A-Z]{2,5}-[\w-]+", w) for w in words):
        return None  # a name ("revenue from Microsoft"): whose revenue it is, not a kind of it
    return f"{' '.join(m.group('q').split())} {' '.join(words)}".lower()
