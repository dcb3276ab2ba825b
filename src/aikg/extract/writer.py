"""The company of a document's writer: a first-person post or letter is its writer's company's.

A post on a social network or a letter to shareholders is written in the first person ("we
reported", "our financial year") by someone its byline or signature ties to a company by a title
("General Manager, Payments at Acme", "Chairman of the Management Board, Acme S.A."). That
company is the article's company, whatever products or suppliers the text names ("built on
Azure OpenAI models"): "we" is the writer's company. The byline is a short line near the top
(the post's header) or the signature near the end, not a sentence; its first "|"-separated part
is the writer's job (later parts are side roles: "Board member, a trade body").

`writer_company` gives the name of the byline's or signature's company, or None. It is evidence of
the scored choice (focus_score.EVIDENCE "writer-company"), never a decision alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..pattern_cache import plain, name_rx
from .legal_forms import LEGAL_END, LEGAL_FORM
from .rule_record import RuleRecord


# a named rule of the writer's company: trigger shape, why, seen sources, invented examples
WriterRule = RuleRecord


WRITER_RULE = WriterRule(
    "writer-company",
    "a document written in the first person (we, our, I outside quotation marks) whose byline at "
    "the top or signature at the end gives the writer's title and company ('<title> at <Company>', "
    "'<title>, <Company>') is that company's own account",
    ("probe16 07 xero_linkedin_post (a post whose header reads '<job title> at <the company>' and "
     "whose text says 'what we reported')",
     "probe14 01 asseco_chairman_letter (a letter signed '<title> (President), <the company> S.A.' "
     "that says 'we report our business in three segments')"),
    ("Head of Growth at Quillmere | Mentor, a start-up club / … what we reported this quarter … (invented)",
     "… we grew our order book … / Jana Novak / Chief Executive Officer, Orrin Systems plc (invented)"),
)

# words of a job title: the byline names a position, not a place or a product
_TITLE_WORD = plain(r"\b(?:[Mm]anager|[Cc]hair(?:man|woman|person)?|[Cc]hief|CEO|CFO|COO|CTO|CIO|[Pp]resident|"
                    r"[Dd]irector|[Hh]ead|(?:[Cc]o-)?[Ff]ounder|[Oo]fficer|VP|[Vv]ice[ \t]+[Pp]resident|[Pp]artner|"
                    r"[Ll]ead|[Ee]ngineer|[Ee]xecutive)\b")
_NAME = rf"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|de))*(?:,?[ \t]+{LEGAL_FORM})?"
# "<title> at <Name>", "<title> @ <Name>" (the part before a "|"), or "<title>, <Name>" at the end
_AT = plain(rf"^(?P<title>[^|\n]{{2,90}}?)[ \t]+(?:at|@)[ \t]+(?P<name>{_NAME})[ \t]*$")
_COMMA = plain(rf"^(?P<title>[^|\n]{{2,90}}),[ \t]+(?P<name>{_NAME})[ \t]*$")
_FIRST_PERSON = plain(r"\b(?:we|our|us|We|Our|I|my|My)\b")
_QUOTE = plain(r"[\"“”]")
_SENTENCES = plain(r"(?<=[.!?])\s+|\n+")
MIN_FIRST_PERSON = 3   # first-person words outside quotation marks: the text is the writer's own
EDGE_LINES = 4         # lines at the top (a post's header) and at the end (a signature) read


@lru_cache(maxsize=8)   # (the focus model asks it of one document up to three times)
def first_person(body: str) -> int:
    """How many first-person words (we, our, I, my) the text writes outside quotation marks."""
    if _QUOTE.search(body) is None:
        # (no quotation mark: every sentence counts, and a word never spans the blanks the split
        # removes, so the words of the whole text are the words of its sentences)
        return len(_FIRST_PERSON.findall(body))
    return sum(len(_FIRST_PERSON.findall(s)) for s in _SENTENCES.split(body) if not _QUOTE.search(s))


def _byline_name(line: str) -> str | None:
    part = line.split("|")[0].strip()
    if not part or len(part.split()) > 14 or part.endswith(("!", "?")) or \
            part.endswith(".") and LEGAL_END.search(part) is None:
        return None   # a sentence, not a byline ("Acme S.A." may end in a stop)
    for rx in (_AT, _COMMA):
        m = rx.match(part)
        if m is not None and _TITLE_WORD.search(m.group("title")):
            name = LEGAL_END.sub("", m.group("name")).strip() or m.group("name")
            return name.rstrip(".")
    return None


SELF_NAMED = WriterRule(
    "self-named-company",
    "a first-person text whose writer or speaker names their own company in a self-introduction "
    "('I'm <name>, CTO and co-founder of <Company>', 'I am the head of sales at <Company>', 'we are "
    "<Company>', 'here at <Company> we', 'we're the team behind <Company>') or under an 'About "
    "<Company>' heading that the first-person text follows is that company's own account: its "
    "'we', 'our' and 'us' are the company",
    ("probe22 07 genesiscloud_ama_thread (an AMA opened 'I'm the CTO of <Company>' and 'I'm <name>, "
     "CTO and co-founder of <Company>', then 'we run', 'our fiscal year')",
     "focusset21 held 28 kainos_careers (a careers page: 'About <Company>', '<Company> is …', 'We help …', "
     "'our revenue was …')"),
    ("Hi all, I'm Dana Whit, head of product at Quillmere. We ship … our revenue … (invented)",
     "About Orrin Labs / Orrin Labs is a robotics company. We build … our team … (invented)"),
)
_INTRO_WORD = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"   # (a dot inside a word only: "Acme.io"; "Cloud." ends the name)
_INTRO_NAME = rf"(?P<name>{_INTRO_WORD}(?:[ \t]+(?:{_INTRO_WORD}|&|of|de))*)"
# "I'm (<Name>, )?(the )?<title> (of|at|@) <Company>"; "we are <Company>"; "here at / we at <Company>";
# "we're the team (at|behind) <Company>"
_SELF_INTRO = (
    plain(rf"\bI(?:['’]m|[ \t]+am)[ \t]+(?:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){{0,3}},[ \t]+)?(?:the[ \t]+|an?[ \t]+)?"
          rf"(?P<title>[^.!?\n,]{{1,60}}?(?:,[^.!?\n,]{{1,30}}?)?)[ \t]+(?:of|at|@)[ \t]+{_INTRO_NAME}"),
    plain(rf"\b(?:[Hh]ere[ \t]+at|[Ww]e[ \t]+at|[Ww]e(?:['’]re|[ \t]+are)[ \t]+the[ \t]+(?:team|people|folks)[ \t]+(?:at|behind))"
          rf"[ \t]+{_INTRO_NAME}"),
    plain(rf"\b[Ww]e(?:['’]re|[ \t]+are)[ \t]+{_INTRO_NAME}[ \t]*[,.!:;—–-]"))
_ABOUT = plain(rf"(?m)^[ \t]*(?:<[^<>\n]{{1,80}}>[ \t]*)*(?:#+[ \t]*|\*\*)?About[ \t]+{_INTRO_NAME}[ \t]*:?(?:\*\*)?[ \t]*"
               rf"(?:</[^<>\n]{{1,20}}>[ \t]*)*$")
_INTRO_WORDS = ("I'm", "I’m", "I am", "here at", "Here at", "we at", "We at", "We are", "we are", "We're", "we're",
                "We’re", "we’re", "About ")
_NOT_NAME = frozenset("I We You He She It They The This That A An Our My Hiring Live Back Here Proud Excited Thrilled "
                      "Happy Open Now Still Not".split())


def rx_groups(m: re.Match) -> dict:
    return m.re.groupindex


def self_named_company(body: str, other_of: Callable[[str], str | None] = lambda n: None) -> str | None:
    """Rule self-named-company (SELF_NAMED): the company a first-person text's writer or speaker
    names as their own in a self-introduction, or the one an 'About <Company>' heading the
    first-person text follows names, when the text names it again; else None."""
    if not any(map(body.__contains__, _INTRO_WORDS)) or first_person(body) < MIN_FIRST_PERSON:
        return None
    found: list[tuple[int, str]] = []
    for m in (m for rx in _SELF_INTRO for m in rx.finditer(body)):
        if "title" in rx_groups(m) and not _TITLE_WORD.search(m.group("title")):
            continue   # "I'm a customer of Acme": no position held there
        name = m.group("name") or ""
        found.append((m.start(), name))
    for m in _ABOUT.finditer(body):
        after = body[m.end():m.end() + 600]
        if _FIRST_PERSON.search(after):
            found.append((m.start(), m.group("name")))
    for _at, name in sorted(found):
        name = LEGAL_END.sub("", name).strip().rstrip(".") or name
        if not name or name.split()[0] in _NOT_NAME or other_of(name):
            continue
        if len(name_rx(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])").findall(body)) >= 2:
            return name
    return None


def writer_company(body: str, other_of: Callable[[str], str | None] = lambda n: None) -> str | None:
    """The company the byline (first lines) or signature (last lines) of a first-person document
    ties its writer to, when the text names it again; else None."""
    if first_person(body) < MIN_FIRST_PERSON:
        return None
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
        name = _byline_name(line)
        if name and not other_of(name) and len(name_rx(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])").findall(body)) >= 2:
            return name
    return None
