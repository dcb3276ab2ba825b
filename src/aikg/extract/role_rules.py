"""People's roles read from the clause that states them, as named rule records (spaCy-ruler style).

A title beside a name ("chief executive X", "X, the CFO,") is found by `entities.py`; this module
reads what the clause around a person says about the role: that the holder is leaving it ("X will
step down", "chairman X would retire"), was appointed to it on an interim basis ("X, <aside>, has
been named interim CFO"), founded the company ("founded in 2023 by X"), or holds it as stated
after an aside ("X, a former banker, is Acme's president", "X, a physicist who serves as chief
executive"). Each record says which words it needs (`gate`), which status its phrasing gives
(current / incoming / outgoing / interim / former; `None`: from the verb's tense), and carries
examples in our own words that `tests/test_people_roles.py` checks it finds, plus where the
phrasing was met (`seen`: documents of different sources).

Modifiers are records too: a word right before a title gives the status ("interim CFO", "acting
head", "retiring chairman", "former CEO").

`read` is a pure function of one sentence; `relations.people` resolves the organisation (the one
named with the title, else the clause's subject, else the document's company) and merges what it
finds with the roles of the title patterns.
"""
from __future__ import annotations

from ..pattern_cache import plain
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .entities import NOT_PERSON_END, PERSON_NAME, STOP_NAMES, TITLES
from .people_text import back, unemphasised
from .rule_record import RuleRecord
# a title, also said as "<field> chief" ("finance chief", "technology chief"): `title_phrases.TITLE`
from .title_phrases import _BOARD_TWO_TIER, _CHIEF_TWO, FUNCTIONS, TITLE, title_part

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# (issue42m) a month abbreviated with its point, in a start date: "effective Nov. 16" (probe31 05 Extreme
# flash, "succeeded on Nov. 16 by"), "with effect from Dec. 1" (newswire style generally)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_WHEN = (rf"(?:the\s+end\s+of\s+(?:the\s+)?(?:{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d|(?:current\s+|fiscal\s+)?(?:quarter|year|month)|{_MONTH})"
         rf"|{_MONTH}(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)")
# a start date also written day first: "1 February 2025", "on 1 August 2025"
_WHEN_DAY = rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?|{_MONTH_ABBR}\s+\d{{1,2}}(?!\d)(?:,?\s+(?:19|20)\d\d)?|{_WHEN})"
# (issue42m) a filing's title glossed in brackets, the gloss the title read: "as co-Representative Director
# (co-CEO)" (probe31 08b Gabia DART), "Representative Director (CEO)", "Gerente General (CEO)", "General Manager
# (CEO)" (seen Japanese, Korean and Latin American filings)
_GLOSSED = rf"[\w-]+(?:\s+[\w-]+){{0,2}}\s+\((?P<title2>{TITLE})\)"
# (issue42m) an honorific before the holder's name: "the appointment of Mr. X as …" (probe31 02 Hilan, probe23
# 01 Tanla "Appointment of Mr. X as Additional Director"); not part of the name
_HON = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
# (issue42m) a title's field after a comma, part of the title as stated: "Vice President, AI and Data" (probe31
# 02 Hilan); read only before a start date ("…, AI and Data, effective 1 January 2027")
_FIELD = r"(?:,\s+(?:[A-Z][\w&-]*|AI)(?:\s+(?:and|&|[A-Z][\w&-]*|AI)){0,4}(?=,\s+(?:effective|with\s+effect)))?"
_ASIDE = r"(?:,\s+(?P<aside>[^,;]{2,100}?),)?"
# (issue43p) the body a person joins as an officer: "joins the Management Board as CTIO" (kindcheck33 01 Velmarin),
# "will join the Board as an executive director" (probe32 06 Made Tech)
_BOARD = r"(?:[Mm]anagement|[Ee]xecutive|[Ss]upervisory)?\s*[Bb]oard"
# (issue43p) a region a title is for, after it: "Chief Commercial Officer for the DACH region" (probe32 02 cBrain),
# "CCO DACH" (kindcheck33 01 Velmarin; `title_phrases` reads that one whole)
_REGION = r"(?:\s+for\s+the\s+(?P<region>[A-Z][A-Za-z]+)\s+region)?"
# (issue43p) before a start date: a comma, or the title's brackets with its initials: "as Chief Technology and
# Information Officer (CTIO, with effect from 1 November 2026)" (kindcheck33 01 Velmarin), "as Chief Commercial
# Officer (effective 1 May)" (the comma's date put in brackets)
_DATE_LEAD = r"(?:,?\s+|\s*\((?:[A-Z]{2,6},\s*)?)"
# rule board-scope: "non-executive" / "independent" before a chair's title says which kind of chair, no
# status: "became Non-Executive Chair on 1 October 2026" (probe28 08b BrainChip 4C), "Tan Boon Huat, became
# non-executive chairman", "Mr Loke Wai San, Non-Executive Chairman, added" (seen docs of other sources)
_SCOPE = r"(?:(?:[Ii]ndependent\s+)?[Nn]on-[Ee]xecutive\s+(?=[Cc]hair)|[Ii]ndependent\s+(?=[Cc]hair))?"
# (issue50p, rule group-title) "Group" before the title, the group's officer: "the appointment of X as Group Chief
# Financial Officer with effect from 1 December 2026" (probe36 01 John Keells CSE interim statements), "confirm the
# appointment of X as Group Chief Financial Officer" (probe30 08b Reunert)
_GROUP = r"(?:[Gg]roup\s+)?"
_MOD = rf"(?:(?P<mod>interim|acting|incoming|outgoing|retiring|departing|former|new|next)\s+)?{_SCOPE}"


@dataclass(frozen=True)
class Modifier:
    """A word before a title that says where its holder stands: "interim CFO X"."""
    name: str
    words: tuple[str, ...]
    status: str
    seen: tuple[str, ...] = ()


MODIFIERS: tuple[Modifier, ...] = (
    Modifier("interim", ("interim", "acting"), "interim",
             seen=("probe8 Dell: 'has been named interim CFO'", "devset Samsung: 'president and acting head of the DX division'")),
    Modifier("incoming", ("incoming", "designate"), "incoming"),
    Modifier("outgoing", ("outgoing", "retiring", "departing"), "outgoing"),
    Modifier("former", ("former", "ex"), "former"),
)
_MOD_STATUS = {w: m.status for m in MODIFIERS for w in m.words}


def modifier_status(text: str, title_start: int) -> str | None:
    """The status a modifier right before the title at `title_start` states ("acting head")."""
    m = re.search(r"(?:^|[\s(])(?P<w>[A-Za-z]+)-?\s*$", text[max(0, title_start - 20):title_start])
    return _MOD_STATUS.get(m.group("w").lower()) if m else None


@dataclass(frozen=True)
class RoleRule:
    """One phrasing that states a person's role.

    pattern: groups `name` (the holder), optional `title`, `aside` (words between commas after the
      name, which may hold the title: "X, chief financial officer since 2022, will step down"),
      `mod` (a status word before the title), `org` (the organisation named with the title),
      `verb` (the verb that gives the tense), `when` (start), `until` (end).
    status: what the phrasing says of the holder whatever the tense (None: from `tenses`).
    tenses: the status for each tense of `verb` (past, present, future); a tense not listed says none.
    title_in_aside: the aside after the name may be the title ("X, CFO since 2022, will step down").
    org: "title" the organisation comes with the title ("of X", "X's"), else the clause's subject;
      "subject" always the clause's subject (the company "founded by X").
    """
    name: str
    pattern: re.Pattern
    status: str | None
    gate: tuple[str, ...]
    examples: tuple[str, ...]
    seen: tuple[str, ...]
    org: str = "title"
    title: str | None = None       # the title the phrasing itself states ("founded by" -> founder)
    tenses: tuple[tuple[str, str], ...] = (("future", "incoming"),)
    title_in_aside: bool = False


_NAME = rf"(?P<name>{PERSON_NAME})"
# (issue43p) with the titles `title_phrases` reads whole ("President Director", "Chief Technology and Information Officer")
_TITLE_ITEM = rf"(?:[Gg]roup\s+)?(?:{_CHIEF_TWO}|{_BOARD_TWO_TIER}|{TITLES})"
_SURNAME_ONLY = rf"(?!(?:{'|'.join(sorted(STOP_NAMES))}|Chairman|President|Founder|Analysts|Investors|Shares|Revenue|Sales)\b)[A-Z][a-zß-öø-ÿ]+(?:-[A-Z]?[a-z]+)?"
_ORG_OF = r"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<org_of>[A-Z][\w.&'’+-]*(?:\s[A-Z][\w.&'’+-]*){0,3}))?"
# a title's words in another language, lower-case; after the name (issue35w) its first word may be
# capitalised as a signature or a quote's attribution writes it: "X, Directeur général (CEO)" (probe25
# 06 aubay), the lower-case form of probe21 Iliad's "directeur général (chief executive officer)";
# not before the name ("Jane Roe (CEO)\nMark Smith (CFO)" is a list, no gloss of Mark Smith's title)
_FOREIGN = r"(?<![\w-])[a-zà-ÿ]+(?:[\s-][a-zà-ÿ]+){0,2}"
# (issue36p) up to five words with a joining "y"/"et"/"e": "presidente y consejero delegado (chairman
# and CEO)" (probe26 Izertis, from Spanish), "directeur général (chief executive officer)" (probe21 Iliad)
_FOREIGN_AFTER = r"(?<![\w-])[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+(?:[\s-][a-zà-ÿ]+){0,4}"
# before the name a capitalised foreign title opens its clause: "Direktur Keuangan (Finance Director) X said"
# (probe25 02 metrodata daily), "Directeur général (CEO) X" (the brief's shape; invented test)
# (issue36p) or after a possessive or an article, its words capitalised as a title is: "Our Diretora
# Financeira (chief financial officer), X," (the possessive title before the name of probe25 Vocus's "Our
# Group CEO, X,", with the gloss of probe22 Retelit / probe25 Metrodata)
_FOREIGN_BEFORE = (r"(?:(?:(?<![\w-])[a-zà-ÿ]+|(?:(?<![\s\S])|(?<=\n)|(?<=[.;:,\"“]\s)|(?<=said\s))[A-ZÀ-Ý][a-zà-ÿ]+)(?:[\s-][a-zà-ÿ]+){0,2}"
                   r"|(?:(?<=\b[Oo]ur\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]he\s))[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -](?:[a-zà-ÿ]+|[A-ZÀ-Ý][a-zà-ÿ]+)){0,2})")
# a foreign title in brackets after the name, its gloss after a dash or "i.e.": "X (Diretor de Tecnologia —
# chief technology officer)", "X (Presidente do Conselho, i.e. chair of the board)"
_FOREIGN_IN = r"[A-ZÀ-Ýa-zà-ÿ][\wà-ÿ-]*(?:\s+[\wà-ÿ-]+){0,5}?"
_ORG_S = r"(?:(?P<org>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})(?:'s|’s|(?<=s)['’])\s+)?"

RULES: tuple[RoleRule, ...] = (
    RoleRule(
        "leaves", re.compile(
            rf"(?:(?P<title>{TITLE})\s+|(?P<title2>{TITLE}),\s+)?{_NAME}{_ASIDE},?\s+"
            # the leaving reported to the board: "X has informed the Board that he will step down"
            r"(?:(?:has\s+|had\s+)?(?:informed|told|notified)\s+the\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?\s+that\s+(?:he|she)\s+)?"
            r"(?P<verb>(?:will|would|is\s+to|is\s+set\s+to|plans\s+to|intends\s+to|has\s+decided\s+to|decided\s+to)\s+(?:step\s+down|leave|retire|depart)"
            r"|is\s+(?:stepping\s+down|leaving|retiring|departing)|steps\s+down|stepped\s+down|retired|resigned"
            r"|left\s+(?:the\s+(?:company|group|firm|board)|(?:his|her|their)\s+(?:post|role|job|position)))\b"
            rf"(?:\s+as\s+(?P<title3>{TITLE}))?"
            rf"(?:,?\s+(?:effective\s+)?(?:at|on|in|by)\s+(?P<until>{_WHEN}))?"),
        None, ("step", "leave", "retir", "resign", "depart", "left"),
        examples=("Kestrel Labs said Nora Vance, chief financial officer since 2021, will step down at the end of the year.",
                  "Chief executive Ola Brandt has informed the Board that he will step down.",
                  "Chairman Arvid Solberg would retire in May, the board said.",
                  "Its finance chief, Oskar Lind, will leave at the end of June 2027."),
        seen=("probe8 Dell: 'X, chief financial officer since 2022, will step down'",
              "probe8 Swisscom: 'Chief financial officer X will step down at the end of 2025'",
              "probe8 Telstra: 'chairman X would retire'", "probe8 VodafoneThree: 'The group's finance chief, X, will leave at the end of March 2026'",
              "probe13 Tietoevry: 'President and CEO X has informed the Board that he will step down'"),
        tenses=(("past", "former"), ("present", "outgoing"), ("future", "outgoing")), title_in_aside=True),
    RoleRule(
        "appointed-after-aside", re.compile(
            rf"{_NAME}{_ASIDE}\s+(?P<verb>has\s+been|had\s+been|was|is|will\s+be|is\s+to\s+be)\s+(?:named|appointed|made|promoted\s+to)\s+"
            rf"(?:as\s+)?(?:the\s+|its\s+|the\s+company's\s+)?{_MOD}(?P<title>{TITLE}){_ORG_OF}"
            # (issue46p) its start date: "X has been appointed Chairman with effect from 1 January 2027" (probe34 03 CWG
            # NGX forecast), "X has been named President of ACDI with effect from December 1, 2026" (probe30 03 Ayala 17-C),
            # "X has been appointed Managing Director of Síminn Pay, effective 1 November 2026" (probe34 07 Síminn)
            rf"(?:{_DATE_LEAD}(?:effective|with\s+effect\s+from)\s+(?P<when>{_WHEN_DAY}))?"),
        None, ("named", "appointed", "made", "promoted"),
        examples=("Lena Ortiz, head of treasury, has been named interim CFO while the board searches for a successor.",
                  "Tomas Reyes was appointed acting chief executive of Kestrel Labs.",
                  "Mr. Obi Adeyemi-Cole has been appointed Chairman with effect from 1 March 2027, succeeding the retiring Chairman.",
                  "Marta Sol has been named President of Orvane Cloud, effective 1 June 2027."),
        seen=("probe8 Dell: 'X, senior vice president of ..., has been named interim CFO'",
              "devset5 LG: 'named X, head of the H&A division, as the new CEO of LG Electronics'",
              "(issue46p) with its start date: probe34 03 CWG 'has been appointed Chairman with effect from 1 January 2027', "
              "probe30 03 Ayala 'has been named President of ACDI with effect from December 1, 2026', probe34 07 Síminn "
              "'has been appointed Managing Director of Síminn Pay, effective 1 November 2026'")),
    RoleRule(
        "aside-then-copula", re.compile(
            rf"{_NAME},\s+(?:a|an|the|who\s+was)\s+[^,;]{{2,90}}?(?:,\s+|\s+who\s+)"
            rf"(?P<verb>is|was|remains|serves\s+as|served\s+as|has\s+been|will\s+become|becomes|became)\s+(?:also\s+)?(?:the\s+|its\s+)?"
            rf"{_ORG_S}{_MOD}(?P<title>{TITLE}){_ORG_OF}"),
        None, (",",),
        examples=("Mei Tanaka, a former partner at a venture fund, is Kestrel Labs' president.",
                  "Jon Berg, a physicist who serves as chief executive, said the model would ship in May."),
        seen=("probe8 Moonshot: 'X, a former partner at GSR Ventures, is Moonshot's president'",
              "probe8 Moonshot: 'X, a Tsinghua University and Carnegie Mellon graduate who serves as chief executive'",
              "probe6 Jio: 'X serves as president of Reliance Jio'"),
        tenses=(("past", "former"), ("future", "incoming"))),
    RoleRule(
        "takes-over-as", re.compile(
            rf"{_NAME}{_ASIDE},?\s+(?P<verb>will\s+take|is\s+to\s+take|is\s+set\s+to\s+take|takes|is\s+taking|took|has\s+taken)\s+over\s+as\s+"
            rf"(?:the\s+|its\s+)?(?:new\s+)?{_MOD}(?P<title>{TITLE}){_ORG_OF}"
            rf"(?:,?\s+(?:effective\s+)?(?:on|from|in)\s+(?P<when>{_WHEN}))?"),
        None, ("over as",),
        examples=("Priya Nair took over as CFO in March from Ben Ortiz.",
                  "Lena Park, currently chief operating officer, takes over as chief executive on July 1, 2027.",
                  "Arne Vik will take over as chairman from January 2027."),
        seen=("probe5 SenseTime: 'X took over as chairman after co-founder Y'",
              "probe9 Cisco: 'X took over as CFO in July 2025 from Y'",
              "probe9 Bharti Airtel: 'X, currently CEO-designate, takes over as managing director and CEO'"),
        tenses=(("past", "current"), ("present", "current"), ("future", "incoming"))),
    RoleRule(
        # (issue49o) a stand-in named by the verb "serve/act as" and an interim or acting title, with its start day:
        # "Chief Financial Officer X will act as interim Chief Executive Officer from 1 December 2026"
        "serves-as-interim", re.compile(
            rf"{_HON}{_NAME}{_ASIDE},?\s+(?P<verb>will\s+(?:serve|act)|is\s+to\s+(?:serve|act)|serves|acts|is\s+serving|is\s+acting"
            rf"|has\s+(?:served|acted)|served|acted)\s+as\s+(?:the\s+|its\s+|our\s+)?(?P<mod>[Ii]nterim|[Aa]cting)\s+"
            rf"(?P<title>{TITLE}){_ORG_OF}"
            rf"(?:,?\s+(?:effective|with\s+effect\s+from|from|starting|as\s+of)\s+(?:on\s+)?(?P<when>{_WHEN_DAY}))?"),
        "interim", ("interim", "acting", "Interim", "Acting"),
        examples=("Chief Financial Officer Lena Moss will act as interim Chief Executive Officer from 1 March 2031.",
                  "Controller Mr. Ivo Stan will serve as Acting Chief Financial Officer, effective 1 May 2031."),
        seen=("kindcheck33 people 03 Quenbrook ASX release: 'Chief Financial Officer X will act as interim Chief Executive "
              "Officer from 1 December 2026 until Ms Y commences'",
              "kindcheck35 people 01 Shefela TASE report: 'Company Controller Mr. X will serve as Acting Chief Financial "
              "Officer, effective 1 February 2027'")),
    RoleRule(
        "becomes-title", re.compile(
            rf"{_NAME}{_ASIDE},?\s+(?:who\s+)?(?P<verb>will\s+become|is\s+to\s+become|is\s+set\s+to\s+become|becomes|became|has\s+become)\s+"
            rf"(?:the\s+|its\s+)?{_ORG_S}(?:new\s+)?{_MOD}(?P<title>{TITLE}|[Ee]xecutive\s+[Vv]ice[- ][Cc]hairman|[Ee]xecutive\s+[Cc]hairman){_ORG_OF}"
            rf"(?:,?\s+(?:effective\s+)?(?:on|from|in)\s+(?P<when>{_WHEN}))?"),
        None, ("become", "became"),
        examples=("Sara Lind became chief executive in November 2025, replacing Olaf Berg.",
                  "Tom Reyes will become executive chairman from July 1, 2027.",
                  "the first results for Ada Moss, who became chief executive on May 4, 2026"),
        seen=("probe5 Schneider Electric: 'X became chief executive in November 2024, replacing Y'",
              "probe7 OVHcloud: 'X, who became chief executive on October 6, 2025, succeeding …'",
              "probe9 Bharti Airtel: 'X will become executive vice-chairman from January 1, 2026'"),
        tenses=(("past", "current"), ("present", "incoming"), ("future", "incoming"))),
    RoleRule(
        # (issue42m) the officers a periodic report's declaration names by their statutory titles, the title
        # before the name: "The legal representative X, the person in charge of accounting work Y and the head
        # of the accounting department Z declare that …" (probe31 03 ThunderSoft, a Chinese quarterly report:
        # the declaration every such report opens with); the company is the report's
        "filing-officer", re.compile(
            r"(?:(?<=^)|(?<=\s)|(?<=,))(?:[Tt]he\s+|[Oo]ur\s+|[Ii]ts\s+)?(?P<title>[Ll]egal\s+[Rr]epresentative|[Pp]erson\s+in\s+charge\s+of\s+(?:the\s+)?accounting(?:\s+work)?"
            r"|[Hh]ead\s+of\s+(?:the\s+)?accounting\s+(?:department|body|institution))(?:,)?\s+"
            rf"{_HON}{_NAME}"),
        "current", ("egal representative", "in charge of accounting", "accounting department", "accounting body"),
        examples=("The legal representative Sun Weiran, the person in charge of accounting work Gao Lin and the head of the "
                  "accounting department Ma Yue declare that the financial information is true.",
                  "The legal representative Qiao Fenglin declares that the report is true."),
        seen=("probe31 03 ThunderSoft quarterly report: 'The legal representative X, the person in charge of accounting work Y "
              "and the head of the accounting department Z declare'",
              "(one source so far: the title before the name, the shape of every title rule; only the statutory titles are new)"),
        org="subject"),
    RoleRule(
        # the organisation led in apposition before: "Logicalis, led by chief executive X, sells …"
        # (probe14 Datatec; "T-Systems, the IT services and cloud arm led by X", probe3 Deutsche
        # Telekom): the title is that organisation's, not the document's company's
        "appositive-led-by", re.compile(
            rf"(?P<org>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}}),\s+(?:(?:the|its|a|an)\s+[^,;]{{2,60}}?\s+)?(?:led|headed|run)\s+by\s+"
            rf"(?:(?:its|the|a)\s+)?(?:(?:new\s+)?(?P<title>{TITLE})\s+)?{_NAME}"),
        "current", ("led by", "headed by", "run by"),
        examples=("Harlow Cloud, led by chief executive Ken Abe, sells hosting.",
                  "Orbit Systems, the group's services arm led by Mara Lind, grew 4%."),
        seen=("probe14 Datatec: 'Logicalis, led by chief executive X, sells …'",
              "probe3 Deutsche Telekom: 'T-Systems, the IT services and cloud arm led by X'"),
        title="head"),
    RoleRule(
        # a surname alone opening the sentence, of a person the document named before: "Russell
        # became CEO on January 1, 2025" (probe14 NICE podcast), "Kojima became chairman" (probe7 Hitachi)
        "surname-becomes", re.compile(
            rf"(?:^|(?<=;\s)|(?<=:\s))(?P<name>{_SURNAME_ONLY})\s+(?P<verb>became|becomes|will\s+become|has\s+become)\s+(?:the\s+|its\s+)?(?:new\s+)?{_MOD}"
            rf"(?P<title>{TITLE}|[Ee]xecutive\s+[Vv]ice[- ][Cc]hairman|[Ee]xecutive\s+[Cc]hairman){_ORG_OF}"
            rf"(?:,?\s+(?:effective\s+)?(?:on|from|in)\s+(?P<when>{_WHEN}))?"),
        None, ("bec",),
        examples=("Lindqvist became CEO on March 1, 2027.", "Berg became chairman.",
                  "Ola Dahl will succeed Berg as chief executive; Berg will become Executive Vice Chairman."),
        seen=("probe14 NICE podcast: 'Russell became CEO on January 1, 2025'", "probe7 Hitachi: 'Kojima became chairman'",
              "probe17 04 Credicorp: '…; Ferrari will become Executive Vice Chairman' (after a semicolon)"),
        tenses=(("past", "current"), ("present", "incoming"), ("future", "incoming"))),
    RoleRule(
        # a clause that only says who holds a title: "X is chief executive of Y", "Z is currently
        # the CEO of W" (a surname alone of a person the document named before)
        "is-title", re.compile(
            rf"(?:^|(?<=;\s)|(?<=:\s)|(?<=,\swhile\s)|(?<=,\sand\s)|(?<=\.\s)|(?<=\bDr\s)|(?<=\bMr\s)|(?<=\bMs\s)|(?<=\bMrs\s))"
            rf"(?P<name>{PERSON_NAME}|{_SURNAME_ONLY})\s+(?P<verb>is|remains)\s+"
            rf"(?:currently\s+|now\s+|still\s+|also\s+)?(?:the\s+)?{_MOD}(?![Hh]ead\b(?!\s+of\b))(?P<title>{TITLE})(?:\s+(?:of|at)\s+(?:the\s+)?(?P<org_of>(?!Board\b)[A-Z][\w.&'’+-]*(?:\s[A-Z][\w.&'’+-]*){{0,3}}))?"
            rf"(?=\s*(?:[,;.]|$|\s+(?:of\s+the\s+[Bb]oard|and|since|until)\b))"),
        "current", (" is ", " remains "),
        examples=("Kiri Lund is chief executive of Orvane Cloud.",
                  "Lund is currently the CEO of Orvane Bank; the bank's next CEO will be named in May."),
        seen=("probe6 Jio: '…, while Kiran Thomas is chief executive of Jio Platforms'",
              "probe17 04 Credicorp: 'Ríos is currently the CEO of BCP; …'",
              "probe11 01 Temenos: 'Thibault de Tersant is Chairman of the Board'")),
    RoleRule(
        # the title before the name, both set off by commas, the organisation owning the title:
        # "Noordwind's chief executive, X, said" (probe20 KPN award), "The company's chief
        # technology officer, X, who joined …" (probe19 DeepL story), "The group's finance chief,
        # X, will leave" (probe8 VodafoneThree; its leaving read by `leaves`)
        "owner-title-apposition", re.compile(
            rf"(?:(?P<org>(?!Our\b)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}})(?:'s|’s)|[Tt]he\s+(?:company|group|firm)['’]s|(?<![\w-])[Oo]ur)\s+"
            rf"(?:[Gg]roup\s+)?{_MOD}(?P<title>{TITLE}),\s+{_NAME},"),
        "current", ("'s ", "’s ", "our ", "Our "),
        # (issue35w) the owner may be the writer's own company, "our", and the title a group's: "Our Group
        # CEO, X, has set a target" (probe25 07 Vocus supplier letter), "our chief executive, X, and our
        # chief financial officer, Y," (focus_shapes s01 call transcript, invented in an earlier round);
        # "the group's Group CFO, X," (invented)
        examples=("Harlow Cloud's chief executive, Aino Berg, said the deal would close in May.",
                  "The company's chief technology officer, Ivo Marsh, who joined in 2023, leads the lab.",
                  "Our Group CFO, Tamsin Lowe, will present the figures."),
        seen=("probe20 KPN award: 'Noordwind's chief executive, X, said'",
              "probe19 DeepL story: 'The company's chief technology officer, X, who joined from …'",
              "probe8 VodafoneThree: 'The group's finance chief, X, will leave'"
              " (not 'Its CEO, X,': whose is the sentence before's subject, probe11 Panasonic call on Blue Yonder)")),
    RoleRule(
        # (issue46p) the title before the name after "The", both set off by commas, an honorific before the name, as
        # exchange releases write their officers: "The Managing Director/Chief Executive Officer, Mr. X, said" and
        # "The Chief Financial Officer, Mrs. Y, noted" (probe34 03 CWG NGX forecast), "The Managing Director & CEO of
        # the Company, Ms. Z, signed the agreement" (probe34 04 Genex DSE news), "The Chief Technology Officer, Ms.
        # W, said in the report" (probe20 01 Serpro award); titles joined by "/" are one holder's
        # (`relations.normalise_roles` reads each); "of the Company": the document's company (no name to resolve)
        "the-title-apposition", re.compile(
            rf"(?<![\w-])[Tt]he\s+(?:[Gg]roup\s+)?{_MOD}(?P<title>{TITLE}(?:\s*/\s*{TITLE})?)"
            rf"(?:\s+of\s+the\s+(?:[Cc]ompany|[Gg]roup|[Bb]ank)(?![\w-])|{_ORG_OF}),\s+{_HON}{_NAME},"),
        "current", ("hief", "hair", "CEO", "CFO", "COO", "CTO", "resident", "anaging", "eneral", "inance"),
        examples=("The Managing Director/Chief Executive Officer, Mr. Femi Adeyemo, said the plan was on track.",
                  "The Chief Financial Officer, Mrs. Ngozi Okafor-Bell, noted that costs fell.",
                  "The Managing Director & CEO of the Company, Ms. Nusrat Jahan, signed the agreement.",
                  "The Chief Technology Officer, Dr. Ana Lúcia Prado, said in the report that the lot was delivered."),
        seen=("probe34 03 CWG NGX forecast: 'The Managing Director/Chief Executive Officer, Mr. X, said', 'The Chief Financial "
              "Officer, Mrs. Y, noted'", "probe34 04 Genex DSE news: 'The Managing Director & CEO of the Company, Ms. Z, signed'",
              "probe20 01 Serpro tender award: 'The Chief Technology Officer, Ms. W, said in the report'")),
    RoleRule(
        # a title in another language glossed in brackets by one of the registry's, before the name
        # or in apposition after it: "the amministratore delegato (chief executive) X" (probe22
        # Retelit, translated from Italian), "X, directeur général (chief executive officer) of the
        # group, told" (probe21 Iliad, translated from French); the gloss is the title
        "glossed-title", re.compile(
            rf"(?:(?:the\s+)?{_FOREIGN_BEFORE}\s+\((?P<title>{TITLE})\),?\s+)?{_NAME}(?(title)|(?:,\s+{_FOREIGN_AFTER}\s+\((?P<title2>{TITLE})\){_ORG_OF}"
            rf"|\s*\({_FOREIGN_IN}\s*(?:[—–]|--|,\s*i\.e\.,?|;)\s*(?P<title3>{TITLE})(?:\s+of\s+the\s+[Bb]oard)?\)))"),
        "current", ("(",),
        examples=("Orders rose, said the amministratore delegato (chief executive) Lia Conti.",
                  "\"We are ahead of plan,\" said Lina Bovet, Directrice financière (CFO).",
                  "Paul Marc, directeur financier (chief financial officer) of the group, said costs fell.",
                  "Our Directora Comercial (chief commercial officer), Inés Vidal, opened two offices.",
                  "Tomás Reyes (Director de Sistemas — chief technology officer) moved the servers."),
        seen=("probe22 Retelit: 'the amministratore delegato (chief executive) X'",
              "probe21 Iliad: 'X, directeur général (chief executive officer) of the group, told'")),
    RoleRule(
        # the title a person holds now, in apposition: "Co-founder X, now chief scientist, has
        # focused on R&D" (probe21 Zoho); a title of a unit the reader cannot name ("X, currently
        # head of finance of the Swiss business", probe8 Swisscom; "X, currently president of the
        # commerce business", probe19 Mercado Libre) or a designate ("X, currently CEO-designate",
        # probe9 Bharti Airtel) is not read: after the title only a name's "of <Org>" may follow
        "now-title-apposition", re.compile(
            rf"{_NAME},\s+(?:now|currently)\s+(?:the\s+|its\s+)?{_MOD}(?P<title>{TITLE})(?![\w-])"
            rf"(?!\s+(?:of|at|for)\s+(?!(?:the\s+)?[A-Z])){_ORG_OF}(?=\s*[,;.)]|\s+(?:and|since)\b)"),
        "current", ("now", "currently"),
        examples=("Co-founder Ivo Marsh, now chief technology officer, leads the lab.",
                  "Lea Stone, currently chief financial officer of Orbit Telecom, joins the board."),
        seen=("probe21 Zoho: 'Co-founder X, now chief scientist, has focused on R&D'",
              "probe8 Swisscom: 'X, currently head of finance of the Swiss business' (not read: a unit's title)",
              "probe19 Mercado Libre: 'X, currently president of the commerce business' (not read)")),
    RoleRule(
        "led-by", re.compile(
            rf"(?P<verb>will\s+be|is\s+to\s+be|is|are|has\s+been)\s+(?:led|headed|run)\s+by\s+"
            rf"(?:(?:its|the|a)\s+)?(?:(?:new\s+)?(?P<title>{TITLE})\s+)?{_NAME}"),
        None, ("led by", "headed by", "run by"),
        examples=("The new Digital Services unit will be led by Arjun Mehta, who runs the Asia business.",
                  "Harlow Cloud, the group's hosting arm, is led by president Ken Abe."),
        seen=("probe8 Telstra: 'The venture … is led by Telstra executive X'",
              "probe9 Sea: 'Shopee is led by president X'",
              "probe9 Accenture: 'Reinvention Services will be led by X, who currently runs …'"),
        org="subject", title="head",
        tenses=(("present", "current"), ("future", "incoming"))),
    RoleRule(
        "appointed-as", re.compile(
            rf"(?:(?P<verb>has\s+appointed|have\s+appointed|had\s+appointed|appointed|has\s+named|named)|(?<![\w-])(?:the\s+)?[Aa]ppointment\s+of)\s+{_HON}{_NAME}{_ASIDE}\s+as\s+"
            rf"(?:its\s+|the\s+|our\s+|the\s+company's\s+)?(?:new\s+)?{_MOD}{_GROUP}(?:(?P<title>{TITLE})|{_GLOSSED}){_ORG_OF}{_FIELD}"
            rf"(?:{_DATE_LEAD}(?:effective|with\s+effect\s+from|from|starting|commencing)\s+(?P<when>{_WHEN_DAY})"
            rf"|;\s+(?:he|she)\s+will\s+(?:take\s+up|assume|start\s+in)\s+(?:the|his|her)\s+(?:role|post|position|job)\s+(?:on|in)\s+(?P<when2>{_WHEN_DAY}))?"),
        None, ("appointed", "named", "ppointment of"),
        examples=("The board appointed Ivo Marsh as chief financial officer, effective March 1, 2027.",
                  "The Board also approved the appointment of Mr. Oren Galil as Vice President, Cloud and Security, effective 1 March 2027.",
                  "Tarvik Systems confirmed the appointment of Lena Aho as Chief Financial Officer with effect from 1 May 2027.",
                  "Kestrel Labs named Ana Ruiz as CEO with effect from 1 June 2027, replacing Tom Berg.",
                  "The Board has appointed Ola Brandt as President and CEO; he will take up the role on 1 May 2027.",
                  "The Board has appointed Ms Rina Volk as Managing Director and Chief Executive Officer, commencing 3 May 2027.",
                  "The board appointed Arno Veld as Chief Data and Analytics Officer (CDAO, with effect from 1 June 2027).",
                  "The board approved the appointment of Ms. Kiri Dias as Group Chief Financial Officer with effect from 1 May 2027."),
        seen=("probe12 Soitec: 'the Board of Directors appointed X as Chief Executive Officer with effect from 1 August 2025'",
              "probe13 Tietoevry: 'The Board has appointed X as President and CEO; he will take up the role on 1 February 2025'",
              "probe6 Capgemini: 'appointed X as Chief Financial Officer, effective September 1, 2025'",
              "probe8 Hexaware: 'named X as chief financial officer with effect from October 1, replacing Y'",
              "(issue42m) the appointment as a noun: probe31 02 Hilan 'approved the appointment of Mr. X as Vice President, AI and "
              "Data, effective 1 January 2027', probe30 08b Reunert 'confirm the appointment of X as Group Chief Financial Officer', "
              "probe23 01 Tanla 'Appointment of Mr. X as Additional Director'",
              "(issue43p) 'commencing <date>', a start date as the leases of kindcheck31 deals 02 Kestrelmoor 8-K and kindcheck32 deals 03 Kelvora SGX state a term's ('a term of twelve years "
              "commencing on March 1, 2027', 'a term of 10 years commencing 1 January 2027'): kindcheck33 03 Quenbrook 'appointed Ms X as "
              "Managing Director and Chief Executive Officer, commencing 2 February 2027'; the date in the title's brackets, kindcheck33 01"
              " Velmarin '(CTIO, with effect from 1 November 2026)'"),
        tenses=(("past", "current"), ("present", "current"))),
    RoleRule(
        # (issue42m) a person joining in a role: "X, who joins us as Chief Revenue Officer on January 4" (probe31
        # 04 Samsara remarks), "Welcome to X, who joins as Chief Operating Officer in January" (probe21 04
        # TechnologyOne notes), "X … has joined CyrusOne as Chief Development Officer, effective 1 December"
        # (focusset22 CyrusOne people moves); a start still to come ("joins … on <day>", "will join") makes the holder incoming
        "joins-as", re.compile(
            rf"{_HON}{_NAME}{_ASIDE},?\s+(?:who\s+)?(?P<verb>will\s+join|is\s+to\s+join|is\s+set\s+to\s+join|is\s+joining|joins|has\s+joined|joined)\s+"
            rf"(?:(?:us|the\s+(?:company|group|firm|team|business|{_BOARD}))\s+|(?P<org>(?:[a-z](?=[A-Z]))?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}})\s+)?"
            # (issue43p) the start said before the title: "X joins cBrain on 1 September 2026 as Chief Commercial Officer"
            rf"(?:(?:on|from)\s+(?P<when2>{_WHEN_DAY})\s+)?as\s+"
            rf"(?:its\s+|the\s+|our\s+)?(?:new\s+)?{_MOD}(?P<title>{TITLE}){_ORG_OF}{_REGION}"
            rf"(?:{_DATE_LEAD}(?:(?:effective|with\s+effect\s+from|starting|commencing)(?:\s+on)?|on|from|in)\s+(?P<when>{_WHEN_DAY}))?"),
        None, ("join",),
        examples=("I'm pleased to welcome Dana Okafor, who joins us as Chief Revenue Officer on March 2.",
                  "Pim Sato will join Harlow Cloud as chief financial officer in February 2027.",
                  "Eva Lund, previously at a bank, has joined the company as Chief Risk Officer.",
                  "Mats Oberg joins Harlow Cloud on 1 March 2027 as Chief Commercial Officer for the Nordic region.",
                  "Ida Rask, currently head of data, joins the Executive Board as Chief Data and Analytics Officer (CDAO, with effect from 1 May 2027)."),
        seen=("probe31 04 Samsara remarks: 'X, who joins us as Chief Revenue Officer on January 4'",
              "(issue43p) the start before 'as' and the board joined: probe32 02 cBrain 'X joins cBrain on 1 September 2026 as Chief "
              "Commercial Officer for the DACH region', kindcheck33 01 Velmarin 'X, currently Head of …, joins the Management Board as "
              "Chief Technology and Information Officer (CTIO, with effect from 1 November 2026)'",
              "probe21 04 TechnologyOne notes: 'Welcome to X, who joins as Chief Operating Officer in January'",
              "focusset22 held/20 CyrusOne people moves: 'X … has joined CyrusOne as Chief Development Officer, effective 1 December'"),
        tenses=(("past", "current"), ("future", "incoming"))),
    RoleRule(
        # a leader named by what the person runs: "X, who ran NICE for a decade, stepped down",
        # "CEO X, who has run the company since 2022, said", "X, who currently runs the Europe
        # market"; the company ("the company", "the group") is the clause's subject, else the
        # document's; a past verb makes the holder former
        "who-runs", re.compile(
            rf"(?:(?P<title>{TITLE})\s+)?{_NAME},\s+who\s+(?:currently\s+|also\s+)?(?P<verb>ran|led|headed|runs|leads|heads|has\s+(?:run|led|headed)|had\s+(?:run|led|headed))\s+"
            rf"(?:(?:the\s+(?:company|group|business|firm)|(?:the\s+)?[a-z][\w-]*\s+[a-z][\w-]*\s+(?:company|group|firm)|(?P<org>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}}))(?![\w'’])(?!\s+(?:market|region|business|unit|division|segment|team|operations)\b))"
            rf"(?:[^,;]{{0,40}}?\bsince\s+(?P<when>{_WHEN}))?"),
        None, ("who",),
        examples=("Ana Ruiz, who ran Kestrel Labs for a decade, stepped down in May.",
                  "Chief executive Ivo Marsh, who has run the company since 2021, said demand held up."),
        seen=("probe14 NICE podcast: 'X, who ran NICE for about a decade, stepped down'",
              "probe14 Indra wire: 'CEO X, who has run the company since 2022, said'",
              "probe10 Dassault: 'X, who had led the French software group since 1995'"),
        title="head", tenses=(("past", "former"), ("present", "current"))),
    RoleRule(
        # a call transcript's participants and speakers: "Ana Ruiz — President and Group CEO",
        # "Ivo Marsh (CFO): Thank you.", "Lea Stone, CEO & Managing Director: Thanks"; the titles
        # are the company of the call's (the document's), every title of the list counts
        "speaker-label", re.compile(
            rf"(?:^|(?<=\s))(?P<name>{PERSON_NAME})(?:\s+(?:[—–]|--)\s+(?P<titles>[^—–:;]{{2,140}}?)(?=\s+{PERSON_NAME}\s+(?:[—–]|--)\s|$)"
            rf"|\s*\((?P<titles2>[^()]{{2,60}})\):|,\s+(?P<titles3>[^,:;]{{2,60}}):)"),
        "current", ("—", "–", ":", "--"),
        # (issue36p) the dash typed as two hyphens, as plain-text transcripts do ("X -- Chief Financial Officer";
        # signatures.py's dash byline reads "--" as a dash too), and an analyst's line "X — Analyst, Firm"
        # (probe11 Panasonic participants; `title_phrases` head analyst) gives the analyst's role at the firm
        examples=("Ana Ruiz — Representative Director, President and Group CEO, Kestrel Holdings",
                  "Tom Berg -- Analyst, Quarrystone Securities",
                  "Ivo Marsh (CFO): Thank you, and good morning.",
                  "Lea Stone, CEO & Managing Director: Thanks, everyone."),
        seen=("probe11 Panasonic call: 'X — Representative Director, President and Group CEO, …', 'X (CFO): Thank you'",
              "probe13 OpenText call: 'X — Vice Chair, Chief Executive Officer and Chief Technology Officer'",
              "probe12 NEXTDC call: 'X, CEO & Managing Director: Thanks'"),
        org="subject"),
    RoleRule(
        # a name with its titles in brackets, in a list or a table's cell: "Hamidah X (Chairman)",
        # "Faizal X (President & Group CEO)" (probe20 Axiata's infobox "Key people"), "Ivo X (CFO)"
        # (probe11 Panasonic call's speakers), "X (CEO, ex-Palantir)" (probe12 ElevenLabs); the
        # brackets hold titles only (a former employer after them: "ex-…" is not read), the
        # organisation is the list's (the clause subject's, else the document's company); a list
        # names two people or more (one name with a bracketed title may chair another body:
        # "Members present: X (Chairperson)", probe18 Sarvam hearing)
        "name-title-parenthesis", re.compile(
            rf"(?:^|(?<=[\s>;,]))(?P<name>{PERSON_NAME})\s*\((?P<titles>{_TITLE_ITEM}(?:\s*(?:,|and|&)\s*{_TITLE_ITEM})*)(?=[),])"),
        "current", ("(",),
        examples=("Key people: Mara Holt (Chair), Ivo Dahl (President & Group CEO), Lea Sand (Group CFO)",
                  "The founders, Tom Reyes (CEO, formerly at a bank) and Ana Ruiz (CTO), met at university."),
        seen=("probe20 Axiata infobox: 'X (Chairman)<br>Y (President & Group CEO)'", "probe11 Panasonic call: 'X (CFO): Thank you'",
              "probe12 ElevenLabs: 'started in 2022 by X (CEO, ex-Palantir)'"),
        org="subject"),
    RoleRule(
        # a unit's head named by what they lead: "Santos, who leads the Business Performance unit,
        # told …" (probe12 Totvs), "X, who currently runs the Europe, Middle East and Africa market"
        # (probe9 Accenture); the unit is the organisation (when it is recognised), a surname alone
        # only of a person the document named in full
        "who-leads-unit", re.compile(
            rf"(?P<name>{PERSON_NAME}|(?<![\w-]){_SURNAME_ONLY}),\s+who\s+(?:currently\s+|now\s+|also\s+)?(?P<verb>leads|heads|runs|oversees|led|headed|ran)\s+"
            rf"(?:the\s+|its\s+|(?:the\s+)?(?:company|group)['’]s\s+)?(?P<org>[A-Z][\w&'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*){{0,5}})\s+"
            rf"(?:unit|division|business|segment|arm|market|region)\b"),
        None, ("who",),
        examples=("Ana Ruiz, who leads the Cloud Platforms unit, said bookings doubled.",
                  "Lea Stone, who currently runs the Nordic Retail division, will join the board."),
        seen=("probe12 Totvs: 'Santos, who leads the Business Performance unit, told …'",
              "probe9 Accenture: 'X, who currently runs the Europe, Middle East and Africa market'"),
        title="head", tenses=(("past", "former"), ("present", "current"))),
    RoleRule(
        "continues-as", re.compile(
            rf"{_NAME}{_ASIDE},?\s+(?:(?P<verb>continues|will\s+continue)\s+(?:to\s+serve\s+)?as|(?P<verb2>remains|will\s+remain)(?:\s+as)?)\s+"
            rf"(?:the\s+|its\s+|the\s+company's\s+)?(?P<title>{TITLE}){_ORG_OF}"),
        "current", ("continue", "remain"),
        examples=("Ivo Marsh continues as chief financial officer.",
                  "Lea Stone will remain as chairman of Kestrel Labs.",
                  "Ivo Marsh remains chief financial officer."),
        seen=("probe12 Soitec: 'X remains Chief Financial Officer'", "probe11 Temenos: 'X continues as Chief Financial Officer'",
              "probe13 Tietoevry: 'X continues as Chief Financial Officer'",
              "probe3 Broadcom: 'X continues as president of the semiconductor solutions group'")),
    RoleRule(
        "founded-by", re.compile(
            rf"\b(?P<co>co-?)?founded(?:\s+in\s+(?P<when>{_WHEN}))?\s+by\s+(?:(?:its\s+|the\s+)?(?:current\s+)?(?:chief\s+executive|CEO|chairman)\s+)?"
            rf"{_NAME}(?:\s+and\s+(?P<name2>{PERSON_NAME}))?"),
        None, ("founded",),
        examples=("Kestrel Labs was founded in 2019 by Ana Ruiz, a former researcher.",
                  "Tarn Robotics, co-founded by Ivo Petrov and Lea Stein, makes warehouse arms."),
        seen=("probe6 Huawei: 'Huawei, founded in 1987 by Ren Zhengfei,'", "probe8 Moonshot: 'Moonshot was founded in March 2023 by X'"),
        org="subject", title="founder"),
    RoleRule(
        "started-by", re.compile(
            rf"\b(?:was|were)\s+(?:started|set\s+up)(?:\s+in\s+(?P<when>{_WHEN}))?\s+by\s+"
            rf"{_NAME}(?:\s*\([^()]{{1,60}}\))?(?:,?\s+and\s+(?P<name2>{PERSON_NAME}))?"),
        None, ("started", "set up"),
        examples=("Kestrel Labs was started in 2021 by Ana Ruiz (CEO, ex-Acme) and Ivo Petrov (CTO).",
                  "The firm was set up by Lea Stein and Tom Berg."),
        seen=("probe12 ElevenLabs: 'ElevenLabs was started in 2022 by X (CEO, ex-…) and Y (CTO, ex-…)'",
              "probe8 Moonshot: 'Moonshot was founded in March 2023 by X' (the same frame with 'founded')"),
        org="subject", title="founder"),
    RoleRule(
        "who-founded", re.compile(
            rf"(?P<name>{PERSON_NAME}|(?<![\w-]){_SURNAME_ONLY})(?:,\s+[^,;]{{2,80}}?)?,\s+(?:who\s+)?(?:also\s+)?(?P<co>co-?)?(?:founded|started|set\s+up)\s+"
            rf"(?:the\s+(?:company|business|group|firm)|(?P<org>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,2}}))"
            rf"(?:\s+as\s+(?:an?\s+)?[\w-]+(?:\s+(?!in\b|with\b)[\w-]+)?)?(?:\s+in\s+(?P<when>{_WHEN}))?"
            rf"(?:\s+with\s+(?P<name2>{PERSON_NAME})(?:,?\s+and\s+(?P<name3>{PERSON_NAME}))?)?"),
        None, ("founded", "started", "set up"),
        examples=("Chief executive Ana Ruiz, who founded the company in 2009, said demand was strong.",
                  "Ruiz, as she is known, founded the company in 2009 with Lea Stein and Tom Berg.",
                  "Chief Executive Ivo Marsh, who co-founded the business in 2001 with Lea Stein and Tom Berg, said the plan held.",
                  "Tom Reyes, who started the company as Orbit with Lea Stein in 2012, runs it still."),
        seen=("probe9 NetEase: 'Chief executive X, who founded the company in 1997'",
              "probe13 Sakura Internet: 'president and CEO X, who founded the company as a student in 1996'",
              "probe10 Ocado: 'Chief Executive X, who co-founded the business in 2000 with Y and Z'",
              "probe10 Blinkit: 'X, …, who started the company as Grofers with Y in 2013'",
              "probe15 DCI Indonesia: 'Toto, as he is known, founded the company in 2011 with X and Y' (a name the"
              " document gave in full before: only a known person's name counts, `relations._read_roles`)"),
        org="subject", title="founder"),
)
_GATE_ANY = {rule.name: rule.gate for rule in RULES}

# (issue43p) rule title-name-list: a list of officers, each title before its name, joined by commas and "and":
# "represented … by President Director X, Finance Director Y and Director of Operations Z" (kindcheck33 02
# Sarinadi), "conference call … with CEO X and CFO Y" (probe30 07 Elmos); a board's "Director of <function>" is a
# title in such a list. Two pairs or more (one is the title patterns' "CEO X"); each name holds the title before it
# (the apposition "X, Finance Director" is not read there: `entities` appos_re)
_LIST_TITLE = rf"(?:{TITLE}|[Dd]irector\s+of\s+[A-Z][a-z]+)"
_LIST_ITEM = rf"{_LIST_TITLE}\s+{_HON}{PERSON_NAME}"
_TITLE_NAME_LIST = plain(rf"(?<![\w-]){_LIST_ITEM}(?:,\s+{_LIST_ITEM})*,?\s+and\s+{_LIST_ITEM}")
_LIST_PAIR = plain(rf"(?P<title>{_LIST_TITLE})\s+{_HON}(?P<name>{PERSON_NAME})")


def title_name_list(text: str) -> tuple[RoleReading, ...]:
    """The officers a list names, each title before its name (rule title-name-list)."""
    if " and " not in text:
        return ()
    out = []
    for m in _TITLE_NAME_LIST.finditer(text):
        for p in _LIST_PAIR.finditer(text, m.start(), m.end()):
            if NOT_PERSON_END.search(p.group("name")):
                return ()
            out.append(RoleReading(" ".join(p.group("name").split()), p.start("name"), " ".join(p.group("title").split()),
                                   "current", None, False, None, None, "title-name-list"))
    return tuple(out)
# a name and its bracketed titles: a list has two or more (`name-title-parenthesis`)
_PAREN_PAIR = plain(rf"{PERSON_NAME}\s*\({_TITLE_ITEM}")


# a body, not a person, before a bracketed title ("Chairman of the Management Board (President)", probe14 Asseco)
# (issue36p) also a division or a centre of an authority: "the Licensing Division, the Head of …" (probe24
# MobiFone spectrum decision: "Licensing Division" read as a person in apposition to "the Head")
_ORG_NOUN_END = plain(r"\b(?:Board|Committee|Council|Office|Team|Department|Ministry|Commission|Members|Division|Centre|Center|"
                      r"Authority|Agency|Directorate|Secretariat|Bureau)$")


def body_name(name: str) -> bool:
    """Whether a name ends with a body's noun ("Licensing Division", "Audit Committee"): no person."""
    return _ORG_NOUN_END.search(name) is not None


@dataclass(frozen=True)
class SeatRule:
    """One shape naming a person's seat (a board change, a committee's chair): the pattern (group `name`,
    maybe `kind`, `title` or `verb`), the status it gives the seat (None: read from the clause), the words it
    needs (`gate`), where it was met (`seen`). The record of people_boards and people_committees."""
    name: str
    pattern: re.Pattern
    status: str | None
    gate: tuple[str, ...]
    seen: tuple[str, ...]


@dataclass(frozen=True)
class RoleReading:
    holder: str              # the holder's name as written
    holder_at: int
    title: str | None        # the title as written; None: the holder's title met before in the document
    status: str | None
    org_at: int | None       # where the organisation is named with the title, if it is
    subject_org: bool        # the organisation is the clause's subject (named before the holder), not the title's
    since: str | None
    until: str | None
    rule: str
    org_text: str | None = None   # the organisation as the line writes it (`people_lines`), when no reader knows it


_PAST = plain(r"^(?:stepped|retired|resigned|left|was|had|served|became|took|ran|led|headed|has\s+(?:become|taken))\b")
_FUTURE = plain(r"^(?:will|would|is\s+to|is\s+set|plans|intends|has\s+decided|decided)\b")


def tense(verb: str) -> str:
    """past / present / future of a verb phrase as the rules capture it ("would retire": future)."""
    return "past" if _PAST.match(verb) else "future" if _FUTURE.match(verb) else "present"
_SINCE = plain(rf"\bsince\s+(?P<when>{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d)\b")
_TITLE_RX = plain(TITLE)
_LAST_PART = plain(r",\s+([A-Z][^,]*)$")   # the last part of a list of titles
_OWNER = plain(r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}")   # an organisation's name before a title


def _status(rule: RoleRule, m: re.Match) -> str | None:
    mod = m.groupdict().get("mod")
    if mod and mod.lower() in _MOD_STATUS:
        return _MOD_STATUS[mod.lower()]
    if rule.status is not None:
        return rule.status
    verb = m.groupdict().get("verb") or ""
    if rule.name == "joins-as" and tense(verb) == "present" and (m.groupdict().get("when") or m.groupdict().get("when2")):
        return "incoming"   # "X, who joins us as CRO on January 4": the start is still to come
    if _BECAME.match(verb):
        return "current"   # "X, a director since 2024, became Chair": took the post, holds it (no former holder)
    return dict(rule.tenses).get(tense(verb))


_BECAME = plain(r"^(?:became|has\s+become)\b")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def starts_later(when: str | None, doc_date) -> bool:
    """Whether a start stated as `when` ("January 1, 2026", "April 2026") falls after the
    document's date (a start still to come: the holder is incoming)."""
    if not when or doc_date is None:
        return False
    y = re.search(r"(?:19|20)\d\d", when)
    if y is None:
        return False
    year = int(y.group())
    mo = next((i + 1 for i, n in enumerate(_MONTHS) if n in when.lower()), None)
    if year != doc_date.year or mo is None:
        return year > doc_date.year
    return mo > doc_date.month


_PARTICIPANT = plain(rf"^{PERSON_NAME}\s+(?:[—–]|--)\s+(?:[^—–:;]*?\b)?{TITLE}")
_HEAD_OF = plain(r"[Hh]ead\s+of\b")
_PARTICIPANT_PHRASE = plain(rf"^{PERSON_NAME}\s+(?:[—–]|--)\s+(?P<first>[^,—–:;]{{2,60}}?)(?=,|$)")


def participant_line(text: str) -> bool:
    """Whether a line is a call's participant with a title ("Ana Ruiz — President and CEO"): a
    heading-like line that still states a role."""
    if not ("—" in text or "–" in text or "--" in text):
        return False
    if _PARTICIPANT.match(text) is not None:
        return True
    m = _PARTICIPANT_PHRASE.match(text)   # "X — Analyst, Harbour Securities": a title phrase naming a role (issue36p)
    return m is not None and bool(title_part(m.group("first")))


@lru_cache(maxsize=8192)   # (per sentence text: a feed restates its sentences, values._CACHE_SIZE)
def read(text: str) -> tuple[RoleReading, ...]:
    """The roles `text` states in the phrasings of `RULES` (the pipeline asks twice per sentence);
    a name set in bold ("**Ana Ruiz**, who became CEO") is read without its markers
    (`people_text.unemphasised`), the offsets answered are those of `text`."""
    plain_text, offsets = unemphasised(text)
    if not offsets:
        return _read(text)
    return tuple(replace(rd, holder_at=back(offsets, rd.holder_at), org_at=back(offsets, rd.org_at)) for rd in _read(plain_text))


@lru_cache(maxsize=8192)
def _read(text: str) -> tuple[RoleReading, ...]:
    out: list[RoleReading] = []
    for rule in RULES:
        if not any(map(text.__contains__, rule.gate)):
            continue
        for m in rule.pattern.finditer(text):
            g = m.groupdict()
            title = g.get("title") or g.get("title2") or g.get("title3") or rule.title if rule.name.endswith("led-by") or rule.name == "who-runs" \
                else rule.title or g.get("title") or g.get("title2") or g.get("title3")
            since = g.get("when") or g.get("when2")
            aside = g.get("aside")
            if aside:
                a = _TITLE_RX.match(aside.strip())
                if rule.title_in_aside and a and not title:
                    title = a.group(0)
                s = _SINCE.search(aside)
                if s and a:
                    since = since or s.group("when")
            if g.get("co") or g.get("name2") and rule.name == "who-founded":   # "co-founded by X", "founded it with Y"
                title = "co-" + title
            org_at = next((m.start(k) for k in ("org_of", "org") if g.get(k)), None)
            status = _status(rule, m)
            names = [(g["name"], m.start("name"))]
            for k in ("name2", "name3"):
                if g.get(k):
                    names.append((g[k], m.start(k)))
            if rule.name == "speaker-label" and _ORG_NOUN_END.search(g["name"]):
                continue   # (issue43p) a body before a dash is no speaker: "… realigns Management Board – new CFO and new CTIO" (kindcheck33 01)
            if rule.name == "the-title-apposition" and all(w.lower() in FUNCTIONS for w in g["name"].split()):
                continue   # (issue46p) a title's field, no person: "contact the Vice President, Human Resources, at …" (focusset27 14 Cerence)
            if rule.name.endswith("led-by") and NOT_PERSON_END.search(g["name"]):
                continue  # "the round is led by Sequoia Capital": an organisation, not a person
            if rule.name == "name-title-parenthesis" and (_ORG_NOUN_END.search(g["name"]) or len(_PAREN_PAIR.findall(text)) < 2):
                continue   # a list names two people or more ("Members present: X (Chairperson)" is one; "Management Board (President)" no person)
            listed = g.get("titles") or g.get("titles2") or g.get("titles3")
            if listed:   # a speaker's list of titles: each one the list names
                # (an organisation before the titles is theirs: "X (Upstage CTO and co-founder):", focusset21 Upstage panel)
                k = next(k for k in ("titles", "titles2", "titles3") if g.get(k))
                # (issue36p) a title read as a phrase whose head names a role: "X — Analyst, Harbour Securities"
                phrased = [t for part in listed.split(",")[:1] if not _TITLE_RX.search(part) for t in (title_part(part) or ())]
                own = m.start(k) + len(listed) - len(listed.lstrip()) if not phrased and not _TITLE_RX.match(re.sub(r"^[Gg]roup\s+", "", listed.strip())) else None
                first = _TITLE_RX.search(listed)
                owner = _OWNER.fullmatch(listed[:first.start()].strip()) if own is not None and first else None
                if own is None and (last := _LAST_PART.search(listed)) is not None and not _TITLE_RX.search(last.group(1)):
                    own = m.start(k) + last.start(1)   # "X — Chief Executive Officer, Kestrel Labs": the part after the titles, when a reader knows it
                firm = None
                if phrased:   # an analyst's firm is written after the title, never the call's company
                    last = _LAST_PART.search(listed)
                    firm = last.group(1).strip() if last is not None and not _TITLE_RX.search(last.group(1)) else None
                    phrased = phrased if firm else []
                # ("Head of Investor Relations": the head of a function, not of the company)
                for t in [t.group(0) for t in _TITLE_RX.finditer(listed) if not _HEAD_OF.match(listed, t.start())] + phrased:
                    out.append(RoleReading(" ".join(g["name"].split()), m.start("name"), t, status,
                                           own, True, None, None, rule.name, org_text=owner.group(0) if owner else firm))
                continue
            for name, at in names:
                out.append(RoleReading(" ".join(name.split()), at, title, status, org_at,
                                       rule.org == "subject", since, g.get("until"), rule.name))
    return tuple(out) + title_name_list(text)


_FULL_NAME = plain(rf"(?<![\w-]){PERSON_NAME}")


def full_names(text: str) -> dict[str, frozenset]:
    """Each word of the names of two or more words written in `text` -> those names: "Santos, who
    leads …" is the "Eric Santos" the document wrote before (a word one name only has)."""
    out: dict[str, set] = {}
    for m in _FULL_NAME.finditer(text):
        name = " ".join(m.group().split())
        for w in name.split():
            out.setdefault(w, set()).add(name)
    return {w: frozenset(n) for w, n in out.items()}


# A signature block: a line with a name alone (a credential after it: "Ana Ruiz, CFA"), the next
# line its titles alone ("Chief Investment Officer and Portfolio Manager"), maybe the firm's line
# after (probe20 Inspur fund letter). The same name / titles / firm triple as a call's participant
# line ("X — Representative Director, President and Group CEO, Kestrel Holdings", probe11
# Panasonic, probe13 OpenText: `speaker-label`), set out on lines of their own.
_SIGNATURE_NAME = plain(rf"^\s*(?P<name>{PERSON_NAME})(?:,\s+[A-Z][A-Za-z.]{{1,8}}(?:,\s+[A-Z][A-Za-z.]{{1,8}})*)?\s*$")
_SIGNATURE_TITLES = plain(rf"^\s*(?:[Tt]he\s+)?{_TITLE_ITEM}(?:\s*(?:,|and|&)\s*{_TITLE_ITEM})*\s*$")


def signature_name(line: str) -> str | None:
    """The name a line holds alone (a signature's first line), else None."""
    m = _SIGNATURE_NAME.match(line) if len(line) < 80 else None
    return " ".join(m.group("name").split()) if m else None


def signature_titles(line: str) -> list[str]:
    """The titles a line holds alone (a signature's second line), else []."""
    if len(line) > 120 or not _SIGNATURE_TITLES.match(line):
        return []
    return [t.group(0) for t in _TITLE_RX.finditer(line)]



# (issue49o) a person said to hold a title "of"/"at" another company, the company named after it in capitals
# ("X is Chief Financial Officer of Brennock Aggregates Group, a …"): the role is that company's, never the
# document's company's, though no reader knew the name (`relations._role_org`)
HOLDS_ELSEWHERE = RuleRecord(
    "title-held-elsewhere",
    "a copula (is, serves as, currently serves as) then a title and 'of'/'at' a capitalised name: the role is held at "
    "that organisation, a company of that name when no reader knew it",
    ("kindcheck35 people 02 Liffeyside governance report: 'X is Chief Financial Officer of Brennock Aggregates Group, "
     "a privately owned quarrying business'",
     "kindcheck35 people 01 Shefela TASE report: 'Ms. X currently serves as Vice President Finance of Tzafrir Energy "
     "Ltd., whose Chief Executive Officer is …'"),
    ("Ruth Kellane is Chief Financial Officer of Brennock Aggregates Group, a quarrying business.",),
)
HELD_AT = plain(
    r"\s+(?:is|was|remains|(?:also\s+|currently\s+)?serves\s+as)\s+(?:also\s+|currently\s+)?(?:the\s+)?"
    rf"(?:[A-Z][\w&-]*\s+){{0,5}}?(?P<title>{TITLE})\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|de|of)){0,5})")
