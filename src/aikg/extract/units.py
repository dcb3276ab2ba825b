"""Units and their parent company, read from how an article describes them.

An article about a group names its units by describing them ("Orange Business, the enterprise
services arm of French telecoms operator Orange SA", "how Sea's e-commerce arm became …",
"Acme Tech, the group's cloud unit") or by the group's name and a word ("Telstra InfraCo",
"Rakuten Symphony"). Whose a figure is then follows the sentence: one naming the unit is the
unit's, one saying "the group" or the parent's name is the parent's.

Which of the two the article is about (its focus) is told by who reports: a unit that reports
itself ("Tech Mahindra …, the IT services arm of the Mahindra Group, on Tuesday reported …") is
the article's company; a parent that says what its unit did ("Sea said on Tuesday that Shopee's
revenue rose …") is, with the unit one of its parts.

Each reading is a named record with examples from at least two documents of different sources.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .legal_forms import LEGAL_FORM, PARTICIPLE_ASIDE
from .literal import word_starts
from ..pattern_cache import name_rx

_NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|de|of))*"
_DESC = r"(?:[\w-]+,?\s+(?:and\s+)?){0,5}?"
UNIT_NOUNS = r"(?:arm|unit|subsidiary|division|business|operation)"


@dataclass(frozen=True)
class UnitRule:
    name: str
    pattern: str      # with groups `unit` and `parent` (either may be absent: the other is the focus)
    why: str
    examples: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_rx", re.compile(self.pattern))


UNIT_RULES: tuple[UnitRule, ...] = (
    UnitRule("apposition-arm-of",
             rf"(?P<unit>{_NAME})(?:\s+\([^)]{{1,40}}\))?,\s+(?:(?:the|a)\s+{_DESC}{UNIT_NOUNS}\s+of\s+"
             rf"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){{0,4}}(?P<parent>{_NAME})"
             rf"|one\s+of\s+(?P<parent2>{_NAME})['’]s\s+{_DESC}{UNIT_NOUNS}s\b)",
             "an apposition calls the name a unit of a named company (one of its units)",
             ("Nimbus Pay, the payments arm of Corvo Group, said … (invented)",
              "Orange Business, the enterprise services arm of French telecoms operator Orange SA (probe7 p7_02)",
              "Tech Mahindra Ltd (NSE: TECHM), the IT services arm of the Mahindra Group (probe7 p7_05)",
              "Jio Platforms Ltd, the digital services subsidiary of Reliance Industries Limited (probe6 p6_06)",
              "Digital InfraCo, one of Singtel's four reporting units (probe11 p11_07)")),
    UnitRule("apposition-the-unit",
             rf"(?P<unit>{_NAME}),\s+(?:the\s+(?:group|company)['’]s|the|its)\s+{_DESC}(?:arm|unit|subsidiary|division)\b(?!\s+of\b)(?P<parent>)",
             "an apposition calls the name a unit, of no other company named: the article's company's",
             ("Nimbus Pay, the group's payments unit, grew … (invented)",
              "Garena, the gaming unit behind Free Fire, had bookings of … (probe9 g07)",
              "Telefonica Tech, the group's cybersecurity, cloud and IT services unit, grew revenue (probe9 g06)")),
    UnitRule("possessive-unit-name",
             rf"(?:(?P<parent>{_NAME})['’]s|\bits)\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])|[A-Z][a-z]+\s+(?=(?:arm|unit|subsidiary|division)\b)){{0,3}}"
             rf"(?:arm|unit|subsidiary|division)\s+(?P<unit>{_NAME})",
             "the company's (or a named company's) unit, named after the noun",
             ("as its Italian subsidiary Fastweb + Vodafone offset price pressure (probe8 f07)",
              "Separately, Naver's payments arm Naver Financial is pursuing a share swap (probe3 r05)",
              "Corvo's games unit Tallow had bookings of $500 million (invented)")),
    UnitRule("headline-possessive-arm",
             rf"^(?P<unit>{_NAME})\s+[^:|]{{2,60}}?(?:[:|—–-]\s+(?:how|why|what|as|where)|\s+as)\s+"
             rf"(?:(?P<parent>{_NAME})|(?:the\s+)?(?:[A-Z][a-z]+\s+)?group)['’]s\s+{_DESC}{UNIT_NOUNS}\b",
             "a headline whose subject is described after its colon as a company's unit",
             ("Nimbus Pay finds its feet: how Corvo's payments arm won back merchants (invented)",
              "Shopee turns the corner: how Sea's e-commerce arm became the group's growth engine (probe9 g07)",
              "Orange Business bets on sovereign AI as French group's enterprise unit seeks a turnaround (probe7 p7_02)")),
)

# a company said to report, speak or guide: "Sea said on Tuesday", "Acme reported", "Acme raised its"
REPORTING_VERBS = (r"(?:said|says|reported|reports|posted|announced|raised|reiterated|booked|made|confirmed|"
            r"attributed|lifted|cut|forecast|expects|guided)")


# words a headline opens with in front of a name ("Inside Pellucid Cloud, the unit …"): not the unit's
_HEAD_WORDS = frozenset("Inside How Why What When Where Exclusive Analysis Update Breaking Opinion".split())

# the first word of a two-word legal form a line cut at its dot leaves ("its subsidiary Selat Cold Chain Pte." of
# "… Pte. Ltd. posted …" split after "Pte."; kindcheck28 units 03): no part of the unit's name
_CUT_FORM = re.compile(r"\s+(?:Pte|Pty|Sdn)\.?$")

# every rule names the unit by one of these words: a line without any of them matches none
_UNIT_NOUN_GATE = re.compile(UNIT_NOUNS)


def unit_of(top: list[str]) -> list[tuple[str, str, str]]:
    """(unit, parent, rule name) for every unit the headline and lead lines `top` describe."""
    out = []
    for line in top:
        if not _UNIT_NOUN_GATE.search(line):
            continue
        for rule in UNIT_RULES:
            for m in rule._rx.finditer(line):
                unit = m.group("unit").strip()
                parent = (m.group("parent") or (m.group("parent2") if "parent2" in rule._rx.groupindex else "") or "").strip()
                toks = unit.split()
                while len(toks) > 1 and toks[0] in _HEAD_WORDS:
                    toks = toks[1:]
                unit = _CUT_FORM.sub("", " ".join(toks))
                if unit and unit != parent and unit.split()[0] not in _NOT_UNIT_WORDS \
                        and not re.fullmatch(r"[A-Z][a-z]+ly", unit):  # "Separately, Acme's cloud arm …"
                    out.append((unit, parent, rule.name))
    return out


def reports(name: str, body: str) -> int:
    """How often `name` is the subject of a reporting verb in `body` ("Sea said", "Sea on Tuesday
    reported"): the company speaking is the one the article is about."""
    return len(name_rx(rf"(?<![\w-]){re.escape(name)}(?:\s+(?:on\s+\w+day|also|today|again))?\s+{REPORTING_VERBS}\b").findall(body))


# a name as the subject of a reporting verb, on one line: "Kerrowan said on Tuesday", "Hanseul
# Robotics Co., Ltd. on Tuesday reported", "Vantrell, the Dutch group, reported"
_REPORTER = re.compile(
    rf"(?<![\w&’'.-])(?P<name>[A-Z][\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*|&|de|of))*)(?:,?[ \t]+{LEGAL_FORM})?"
    rf"(?:,[ \t]+(?:the|a|an)[ \t][^,.;\n]{{3,60}},|{PARTICIPLE_ASIDE})?(?:[ \t]+(?:on[ \t]+\w+day|also|today|again|now))?[ \t]+{REPORTING_VERBS}\b")
# what a company reports and a person does not: a figure ("reported first-quarter revenue", "raised
# its full-year forecast", "expects capital spending of …")
_FIGURE = re.compile(r"(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:revenues?|sales|profits?|loss|income|earnings|forecast|outlook|"
                     r"guidance|capital[ \t]+(?:spending|expenditures?)|capex|margin|bookings|orders)\b")


def reporting_subjects(body: str) -> list[tuple[str, bool]]:
    """Every name `body` makes the subject of a reporting verb ("Sea said", "Kerrowan reported
    revenue"), in order, with whether that clause reports a figure (what a company does and a
    person quoted does not)."""
    return list(_reporting_subjects(body))


@lru_cache(maxsize=8)   # the focus model reads a document's reporters three times
def _reporting_subjects(body: str) -> tuple[tuple[str, bool], ...]:
    return tuple((m.group("name"), _FIGURE.match(body, m.end()) is not None) for m in _REPORTER.finditer(body))


# the capitalised word after a company's name and what follows it ("Acme Brasil's", "Acme Tech,")
_NAME_WORD_AFTER = re.compile(r"\s+(?P<w>[A-Z][\w-]+)(?P<w2>\s+[A-Z][a-z][\w-]+)?(?P<after>['’]s\b|[,.;]|\s)")


def named_units(label: str, body: str, known: set[str] | frozenset[str] | dict) -> list[str]:
    """Units named by the company's name and one more capitalised word that the text describes
    or gives a figure: "Acme Tech, the group's …", "Acme Brasil, which …", "Acme Deutschland's
    revenue" (rule `name-and-word`). Names the gazetteer knows (products, its own segments) and
    legal or title words are not units."""
    out, after = [], 0
    for start in word_starts(body, label, left_only=True):
        m = _NAME_WORD_AFTER.match(body, start + len(label)) if start >= after else None
        if m is None:
            continue
        after = m.end()
        w = m.group("w")
        officer = _OFFICER_OF.search(body, max(0, start - 40), start) is not None
        own_figure = m.group("w2") is not None and _OWN_FIGURE.match(body, m.end("w2")) is not None
        if m.group("w2") and not officer and not own_figure:
            continue   # a name of two words only as the organisation of an officer's title (rule officer-of-unit)
        if officer or own_figure:   # or the subject of its own figure (rule unit-reports-figure)
            w = w + (m.group("w2") or "")
            full = f"{label} {w}"
            if w.split()[0] not in _NOT_UNIT_WORDS and full not in out and full not in known and w not in known \
                    and not re.search(r"\d", w):
                out.append(full)
            continue
        full = f"{label} {w}"
        if (w in _NOT_UNIT_WORDS or re.search(r"\d", w) or w.isupper() and len(w) <= 4 or w in label.split()
                or full in known or w in known or full in out or not _UNIT_AFTER.match(body, m.start("after"))):
            continue
        out.append(full)
    return out


# what follows such a name when it is a unit: its figure or officer, or a clause about it
_UNIT_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:revenues?|sales|profit|income|ebitda|earnings|margin|"
                         r"subscribers|customers|chief|ceo|head|president|boss)\b|,\s+(?:which|in\s+which|whose)\b"
                         # ", the group's catch-all for …", ", the group's mobile carrier": the group's own part
                         r"|,\s+the\s+group['’]s\s"
                         # the subject of a figure verb, "Acme Nordic reported revenue of …", and a list
                         # item that gaps the verb, "…, Acme Baltic DKK 4.3 billion and …" (rule `unit-reports-figure`)
                         r"|\s+(?:(?:alone|itself|on\s+its\s+own)\s+)?(?:reported|posted|generated|booked|recorded)\s+(?:[\w-]+\s+){0,2}(?:revenues?|sales|ebitda|profits?|income)\s+of\b"
                         r"|\s+(?:[A-Z]{3}|[$€£¥]|[A-Z]{1,2}\$)\s?\d[\d.,]*\s+(?:billion|million|bn)\b", re.I)

# a unit's name as the subject of its own figure, "alone" or "itself" marking the part apart from
# its group ("Acme Central Europe alone reported sales of …"; rule unit-reports-figure)
_OWN_FIGURE = re.compile(r"\s+(?:(?:alone|itself|on\s+its\s+own)\s+)?(?:reported|posted|generated|booked|recorded)\s+"
                         r"(?:[\w-]+\s+){0,2}(?:revenues?|sales|ebitda|profits?|income)\s+of\b", re.I)

NAME_AND_WORD = UnitRule(
    "name-and-word", r"",
    "a unit named by its parent's name and a word, described or given a figure in the text",
    ("Acme Deutschland's revenue fell 3% (invented)",
     "Telefonica Tech, the group's cybersecurity, cloud and IT services unit (probe9 g06)",
     "Rakuten Symphony, the telecom software arm (probe6 p6_04); Telstra InfraCo (probe8 f08)",
     "Telenor Amp, the group's catch-all for … (probe13 telenor); NTT Docomo, the group's mobile carrier (probe5 05)",
     "Acme Labs, the group's research house, … (invented)"))

# "<officer> of <Company> <Name>": the company's unit with its own officer
_OFFICER_OF = re.compile(r"\b(?:chief\s+executive|CEO|head|president|managing\s+director|general\s+manager)\s+of\s+(?:the\s+)?$", re.I)
OFFICER_OF_UNIT = UnitRule(
    "officer-of-unit", r"",
    "a name of the company's name and one or two words is the organisation an officer heads",
    ("Ana Ruiz, chief executive of Acme Cloud Works, said … (invented)",
     "says X, chief executive of Telenor AI Factory (probe13 telenor)",
     "X, head of Vodafone Europe Business (probe8 f02)", "X, president of Reliance Jio (probe6 p6_06)"))

UNIT_REPORTS_FIGURE = UnitRule(
    "unit-reports-figure", r"",
    "a unit named by its parent's name and a word is the subject of a figure verb, or a list item that gaps it",
    ("Acme Nordic reported revenue of EUR 1.2 billion, Acme Baltic EUR 0.4 billion (invented)",
     "Telenor Sweden reported revenue of SEK 11.8 billion (…), Telenor Denmark DKK 4.3 billion (probe13 telenor)",
     "Business Performance generated net revenue of R$158.2 million (probe12 totvs: a unit as the figure verb's subject)",
     "Asseco Central Europe alone reported sales of EUR 430 million (probe14 01 asseco: a unit of two words, "
     "'alone' setting it apart from the group; 'PureSoftware itself had reported revenue' in probe14 08 happiest_minds)"))

_NOT_UNIT_WORDS = frozenset("""Group Holdings Holding Company Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited
AG SE SA NV PLC Plc GmbH Technologies Platforms Systems Networks Chairman Chief President CEO CFO COO CTO
Director Founder Said Shares Stock The And Meanwhile However Elsewhere Overall Still Also Earlier Later
Today Yesterday Instead Besides Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


SUBSIDIARY_NAMED = UnitRule(
    "subsidiary-named", r"",
    "the text introduces a name as a subsidiary ('subsidiary NAME', 'subsidiaries NAME', 'NAME, a/its/the … "
    "subsidiary'): a unit of the article's company, never the company the focus renames to, never its rival",
    ("probe27 07 vitrox_bursa ('The subsidiary <Name> Technologies (Suzhou) Co., Ltd. recorded …' under the filer "
     "'<NAME> CORPORATION BERHAD': the focus took the subsidiary's name for the company's)",
     "kindcheck28 units 03 tembusu_harbour ('its subsidiary <Name> Pte. Ltd. posted revenue …')",
     "The subsidiary Kerrow Freight posted … / Kerrow Freight, a logistics subsidiary, … (invented)"))


@lru_cache(maxsize=256)
def subsidiary_named(name: str) -> re.Pattern[str]:
    """Rule subsidiary-named (moved from pipeline._subsidiary_named): the pattern of the text saying
    `name` is a subsidiary ('subsidiary NAME', 'subsidiaries NAME', 'NAME, a subsidiary')."""
    n = r"\s+".join(map(re.escape, name.split()))   # (a name a line break splits: "subsidiary Acme\nUSA Inc.", probe37 04)
    return name_rx(rf"\bsubsidiar(?:y|ies)[ \t]+(?:of[ \t]+\S+[ \t]+)?{n}\b|\b{n}\b[^.\n]{{0,40}}\b(?:a|its|the)[ \t]+(?:\w+[ \t]+)?subsidiary\b")
