"""Whose a figure is, as types and clause roles rather than the nearest name.

- A calendar word ("July", "Thursday", "Q3") names a time, never an entity: `calendar_name`.
- A clause whose own subject is a described thing that is not the article's company ("The new
  version can execute …", "The venture employs …", "… to create a business with annual revenue of
  …") states that thing's figure: the company is no supported subject (`other_thing`), so the
  figure stays a claim. So does a clause whose subject is a named body the text writes with "the"
  and a capitalised noun ("the Mission has empanelled …", "the Authority estimated …"), not a
  company noun ("the Company", "the Group", "the Board"): rule named-body-opens-clause.
- A sub-business named as the clause's subject ("Within IT Services, the Japan DX business was the
  standout: orders grew 14%") owns the figure, not the unit named earlier (`sub_business`).

Each reading is a named record with examples from at least two documents of different sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..pattern_cache import plain

_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_CALENDAR = plain(rf"(?:(?:early|mid|late)[- ])?(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tomorrow|"
                       r"Q[1-4](?:\s+(?:19|20)\d\d)?|H[12]\s?(?:19|20)\d\d|FY\s?(?:19|20)?\d\d|(?:19|20)\d\d", re.I)


def calendar_name(name: str) -> bool:
    """Whether `name` is a time (a month, a weekday, a quarter, a year), which no entity is named."""
    return _CALENDAR.fullmatch(name.strip(" .,")) is not None


@dataclass(frozen=True)
class SubjectRule:
    name: str
    pattern: str          # searched in the text before the figure's value (or its measure's head)
    why: str
    examples: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_rx", re.compile(self.pattern, re.I))


# the clause's subject, after an optional fronted adverbial, is a thing other than a company
_THING = (r"(?:new\s+|latest\s+|updated\s+|joint\s+|combined\s+|merged\s+)?"
          r"(?:version|model|venture|JV|app|chip|product|platform|fund|deal|tool|system|release|combination|"
          r"combined\s+(?:company|group|business|entity))")
OTHER_THING: tuple[SubjectRule, ...] = (
    SubjectRule("thing-opens-clause",
                rf"^\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,5}},\s+)?(?:The|This|That|Its|Their)\s+{_THING}\b(?![’']s)(?:(?!\b(?:it|he|she|they|the\s+company|the\s+group)\b)[^;:])*$",
                "the clause's own subject is a model, a venture or another thing, not the company",
                ("The new version can execute between 40 and 60 sequential tool calls (phrasing of probe8 f06)",
                 "The venture employs roughly 700 staff (phrasing of probe8 f08, another source)",
                 "The combined company, with about $12 billion in annual operating revenue (phrasing of thestreet.com)")),
    SubjectRule("create-a-thing-with",
                r"\b(?:create|creating|form|forming|become|becoming)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:company|business|group|entity|operator|firm|champion|leader)\s*,?\s+with\s+(?:[\w-]+\s+){0,4}$",
                "the figure is of a business the deal is to create, not of a company named in the clause",
                ("to create a global telecom software business with annual revenue of around USD 1.1 billion (phrasing of probe8 f03)",
                 "the combination will create a company with pro forma revenues of approximately $9 billion (phrasing of neftegazru.com 2018-10-23)")),
)


# rule named-body-opens-clause: "the" and a capitalised noun, the short form a text gives a named
# body ("the Mission", "the Authority", "the Digital Agency"), as the clause's subject; a class noun
# that stands for a company ("the Company", "the Group", "the Board") is the company's
_COMPANY_NOUNS = (r"Company|Group|Firm|Bank|Corporation|Corp|Board|Directors|Management|Issuer|Lender|Operator|"
                  r"Business|Enterprise|Partnership|Trust|Holding|Holdings|Parent|Subsidiary|Acquirer|Target")
_PREPOSITION = r"(?:through|in|on|at|by|for|under|with|over|after|since|during|of|across|among|from|before)"
OTHER_THING += (
    SubjectRule("named-body-opens-clause",
                rf"^\s*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?|\d{{1,2}}\.|\(?[a-z0-9]{{1,3}}\))\s+)?(?:{_PREPOSITION}(?:\s+[^\s,;]+){{1,6}},?\s+|(?:[^\s,;]+\s+){{0,5}}[^\s,;]+,\s+)?the\s+"
                rf"(?-i:(?!(?:{_COMPANY_NOUNS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?![\w’'-])"
                rf"\s+(?:(?:also|now|then|already)\s+)?(?-i:has|have|had|is|was|will|would|can|could|[a-z]{{3,}}(?:ed|es|ts|ns|ds|ks|ps|rs|ls))\b"
                rf"(?:(?!\b(?:it|its|he|she|they|the\s+company|the\s+group)\b)[^;:])*$",
                "the clause's subject is a named body the text writes with 'the' and a capitalised noun "
                "(a programme, an authority, a ministry), not a company noun: the figure is that body's, "
                "not the article's company's",
                ("Through two rounds of tenders the Programme has funded more than 3,000 servers (invented; phrasing "
                 "of probe18 sarvam_committee_hearing, 'the Mission has empanelled …')",
                 "The Authority defined the relevant market as the provision of colocation in Kenya (phrasing of probe15 "
                 "04 safaricom_competition_decision)",
                 "In November 2023 the Digital Agency selected us as the first domestic provider (phrasing of probe13 "
                 "sakura_internet_ceo_interview)")),
)


def other_thing(text: str, clause_start: int, pos: int) -> SubjectRule | None:
    """The rule by which the figure whose value (or measure) is at `pos` belongs to a thing the clause
    describes rather than to a company, or None."""
    for rule in OTHER_THING:
        if rule._rx.search(text[clause_start:pos]) is not None:
            return rule
    return None


# "Within IT Services, the Japan DX business was the standout: orders grew 14%": the sentence's
# subject is a named business (inside the unit a fronted adverbial names); a figure read off a name
# before it (the unit) is not the unit's
SUB_BUSINESS = SubjectRule(
    "sub-business",
    r"^\s*(?:(?:Within|Inside|In|At|Across|Among)\s+[^,]{2,60},\s+)?(?:the|its)\s+(?P<name>(?:[A-Z][\w&.’'-]*\s+){1,4})"
    r"(?P<type>business|unit|division|arm|operations?|segment)\b",
    "a named sub-business is the sentence's subject: the figure is its, not the unit's named before it",
    ("Within IT Services, the Japan DX business was the standout: orders grew 9% (phrasing of probe8 f03)",
     "Azure was the star of Microsoft's cloud division during its third fiscal quarter, with revenue growing 60 percent (phrasing of geekwire.com 2017)",
     "In this segment, search advertising revenue excluding traffic acquisition costs increased 11% (phrasing of medianama.com 2018-02)"),
)


def sub_business(text: str) -> int:
    """Where the named sub-business that is the sentence's subject starts, or -1."""
    m = SUB_BUSINESS._rx.search(text)
    return m.start("name") if m is not None else -1


# "EPAM reported revenue of $1.39 billion and Endava £195 million": the second conjunct repeats the
# first's verb and measure with its own subject (gapping); its value is the name's, not the first
# subject's nor the article's company's
GAPPED_OWNER = SubjectRule(
    "gapped-owner",
    r"(?:^|[\s,;])(?:and|while|whereas|with)\s+(?P<name>(?-i:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}))\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|just\s+(?:over|under)\s+)?$",
    "a value right after 'and <Name>' in a clause whose measure came earlier is that name's: the "
    "second conjunct of a gapped comparison ('X reported revenue of A and Y B')",
    ("Rival Quenby reported revenue of EUR 300 million and Ostrava Digital EUR 120 million (invented; "
     "phrasing of probe16 06 globant_laliga_launch, two rivals' quarterly revenue)",
     "In local currency its power unit reported revenue of about S$4 billion and its water unit about GBP1 billion "
     "(invented; phrasing of probe16 03 ytl_power_credit_rating_note, two subsidiaries' revenue, another source)"),
)


def gapped_owner(text: str, value_start: int, measure_pos: int) -> tuple[int, int] | None:
    """The span of the name that owns a value by gapping ("… revenue of A and Endava B": Endava's
    B), when the value at `value_start` follows "and <Name>" and its measure (at `measure_pos`)
    came before that name; else None. A time ("and Q3 …") or a measure word is no name."""
    m = GAPPED_OWNER._rx.search(text, max(0, measure_pos), value_start)
    if m is None or m.start("name") <= measure_pos:
        return None
    name = m.group("name")
    if calendar_name(name) or calendar_name(name.split()[0]):
        return None
    return m.start("name"), m.end("name")
