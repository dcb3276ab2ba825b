"""Who speaks in a document: the company whose "we", "our" and "us" the text is written in.

A document's company is named where it is written about (the headline's subject, the lead's) and
also where its narrator is given: a letter or e-mail is signed at its end (a name line, title
lines, a company line: "Jay Roe / Founder and Chief Executive Officer, Acme, Inc."; "**Jane Roe**";
"Jane Roe, Chief Executive Officer, Acme plc" on one line; two signers side by side in columns),
and a founder says whose company it is ("When I started Acme, …"). A first-person text ("we grew
revenue", "our customers") is its narrator's company's own account: its figures are the company's.
A signature gives no narrator's company when its signer is a partner or analyst of an outside firm
(an activist fund's letter, a search firm's e-mail about its client). `narrator_company` reads these
places once per document and gives the narrator's company, the rule that found it, and whether the
writer speaks as the company's own officer to its own shareholders ("Dear fellow shareholders",
signed by its chief executive): such a letter is the company's, however often it names a customer,
rival or supplier.

Each reading is a named record of NARRATOR_RULES (two documents of different sets each) and is
evidence of the scored choice (focus_score.EVIDENCE "narrator-company"), never a decision alone.
The writer.py readings (a byline "<title> at <Company>", a self-introduction "I'm the CTO of
<Company>") come first; these are read when they give none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..pattern_cache import name_rx, plain
from .legal_forms import LEGAL_END, LEGAL_FORM
from .places import is_place
from .rule_record import RuleRecord
from .writer import MIN_FIRST_PERSON, first_person

NARRATOR_RULES: tuple[RuleRecord, ...] = (
    RuleRecord("signature-block",
               "a first-person letter or e-mail signed at its end by a name line, then title lines and the "
               "company ('<Name> / <title>, <Company>', '<Name>, <title>, <Company>' on one line, '<title> — "
               "<Company>', the name in bold, two signers in columns) is written by that company's people: "
               "the company in the signature is the narrator's",
               ("probe23 04 zscaler_founder_letter ('**<name>** / Founder, Chairman and Chief Executive "
                "Officer, <Company>, Inc.')",
                "focusset23 held 16 napatech_ceoletter ('<name> / Chief Executive Officer, <Company> A/S / "
                "<city>, <date>')",
                "probe20 02 mastek_shareholder-email ('Kind regards, / Investor Relations, <Company> Limited')"),
               ("Sincerely, / Jana Novak / Chief Financial Officer / Orrin Systems plc (invented)",
                "Yours, / Tomas Berg, Chief Executive Officer, Hallvik Robotics ASA (invented)")),
    RuleRecord("founder-start",
               "a first-person text whose writer says they started or founded a company ('When I started "
               "<Company>', 'since we founded <Company>', 'I co-founded <Company> in 2009') is its founder's "
               "account of that company",
               ("probe23 04 zscaler_founder_letter ('When I started <Company>, I believed …')",
                "probe14 01 asseco_chairman_letter (the chairman on the company he founded)"),
               ("When I co-founded Brightwell Labs in 2012, we had three engineers (invented)",)),
    RuleRecord("outside-writer",
               "a letter or e-mail signed by a partner, analyst or fund manager of a firm ('Managing Partner, "
               "<Fund> LP', 'Partner, <Search firm> AG') is an outside party's on another company (an activist's "
               "letter, a search firm's e-mail on its client): its signature gives no reading of the document's "
               "company, and a byline of the same firm none either",
               ("focusset21 held 29 truecaller_openletter ('<name>, Managing Partner, <Fund> LP')",
                "probe17 01 kaspi_short_letter ('<name>, Managing Partner, <Research> LLP')",
                "focusset23 held 26 ublox_inmail ('Partner, Semiconductors & Embedded — <Search firm> AG')"),
               ("Yours, / Ola Dahl, Portfolio Manager, Fjellby Capital LP … on Quell AB's board (invented)",)),
    RuleRecord("guest-company",
               "an interview, podcast or fireside chat introduces its guest in its first lines with the guest's "
               "title and company ('My guest is <name>, vice president of product at <Company>', '<host> sits down "
               "with <name>, founder and CEO of <Company>', 'fireside chat with <Company>'s CTO', 'an interview "
               "with <Company> CEO <name>'): the guest speaks for that company, the host, organiser or sponsor "
               "does not; one guest company only (a panel of several is no reading)",
               ("focusset23 held 11 axelera_podcast ('My guest is <name>, vice president of product at <Company> in "
                "<city>', the sponsor and a rival named more often)",
                "focusset21 held 31 upstage_firesidechat ('fireside chat with <Company>'s CTO', moderated by a cloud "
                "provider's manager), focusset21 held 32 digitaledge_youtube ('sits down with <name>, founder and "
                "CEO of <Company>')",
                "probe21 01 megaport_podcast_shownotes ('sits down with **<name>**, Chief Executive Officer of "
                "**<Company>**'), probe10 dassault_interview ('an interview with <Company> CEO <name>')"),
               ("Episode 40: my guest today is Ana Ruiz, chief technology officer at Quellmark Robotics (invented)",
                "In conversation with Brightwell's CFO: … (invented)")),
    RuleRecord("own-shareholders",
               "a letter addressed to the writer's own shareholders ('Dear fellow shareholders', 'To our "
               "shareholders', 'Dear Shareholders, Partners and Colleagues') and signed by an officer of the "
               "company (chief executive, chair, founder, president, CFO) is the company's own letter even "
               "when it names a customer or rival more often than itself (an outside investor's letter, "
               "signed by a partner of a fund, is not)",
               ("probe23 04 zscaler_founder_letter ('Dear fellow shareholders', 'To our shareholders')",
                "focusset23 held 16 napatech_ceoletter ('Dear fellow shareholders', a large customer named "
                "more often than the company)", "probe14 01 asseco_chairman_letter ('Dear Shareholders, "
                "Partners and Colleagues')"),
               ("Dear fellow shareholders, … Halvard's orders … / Mira Lind / Chief Executive Officer, Quell AB "
                "(invented)",)),
)
COPYRIGHT_OWNER = RuleRecord(
    "copyright-owner",
    "a first-person page ('We have signed …', 'our revenue was …') whose footer's copyright line names a company "
    "with its legal form ('(c) 2026 <Company> Ltd. All rights reserved.', '&copy; 2026 <Company>, Inc.') that its "
    "text names again (its leading words: '<Company>') is that company's own page: its 'we' is the company's, "
    "however often it names the maker, partner or supplier it writes about",
    ("kindcheck32 focus 01 corvaleigh newsroom (a distributor's release about a maker's product, the maker in the "
     "headline and named far more often; the footer's legal name only there)",
     "focusset22 held 09 backblaze_statuspage (a status page's postmortem in 'we', carriers and CDNs named more "
     "often; '&copy; 2026 <Company>, Inc.' in the footer)"),
    ("Home | News … We have agreed to resell the Varnholt X2 … (c) 2026 Quellby Supply Ltd. (invented)",))
RULE = {r.name: r for r in (*NARRATOR_RULES, COPYRIGHT_OWNER)}


@dataclass(frozen=True)
class Narrator:
    """The company a document's narrator speaks for: its name as written (legal form dropped), the
    rule of NARRATOR_RULES that read it, whether the letter is the company's own to its own
    shareholders, signed by its officer (rule own-shareholders), and whether the signer is an
    outside firm's partner or analyst (rule outside-writer: no reading)."""
    name: str
    rule: str
    own_letter: bool = False
    outside: bool = False      # rule outside-writer: the signer is a partner or analyst of an outside firm
    aliases: tuple[str, ...] = ()   # (rule copyright-owner) the footer's legal name


SIGNATURE_LINES = 12    # lines at the end read for a signature block
BLOCK_LINES = 5         # lines of a signature block after its closing
MAX_SIGNATURE_WORDS = 16   # a signature line is short: a name, a title, a company

# a letter's closing: "Sincerely,", "Kind regards,", "Yours faithfully", "With best regards"
_CLOSING = plain(r"^(?:(?:[Yy]ours[ \t]+)?(?:[Ss]incerely|[Tt]ruly|[Ff]aithfully|[Cc]ordially)(?:[ \t]+yours)?|[Yy]ours|"
                 r"(?:[Ww]ith[ \t]+)?(?:(?:[Bb]est|[Kk]ind|[Ww]arm(?:est)?|[Mm]any)[ \t]+)?[Rr]egards|[Bb]est(?:[ \t]+wishes)?|"
                 r"[Ww]ith[ \t]+(?:thanks|gratitude|appreciation)|[Tt]hank[ \t]+you|[Tt]hanks|[Cc]heers|[Oo]n[ \t]+behalf[ \t]+of[^,]{2,60})"
                 r"[ \t]*[,.!]?$")
# words of a position held: a signature's title line
_TITLE_WORD = plain(r"\b(?:[Mm]anager|[Cc]hair(?:man|woman|person)?|[Cc]hief|CEO|CFO|COO|CTO|CIO|[Pp]resident|"
                    r"[Dd]irector|[Hh]ead|(?:[Cc]o-)?[Ff]ounder|[Oo]fficer|VP|[Pp]artner|[Ll]ead|[Ee]xecutive|"
                    r"[Ss]ecretary|[Tt]reasurer|[Rr]elations|[Cc]ommunications|[Tt]eam|[Bb]oard|[Cc]ounsel|"
                    r"[Ee]ngineer|[Aa]nalyst|[Ss]pokes(?:person|man|woman))\b")
# an officer of the company itself (rule own-shareholders), not a partner of an outside fund
_OFFICER = plain(r"\b(?:[Cc]hief[ \t]+[A-Z]?[a-z]+[ \t]+[Oo]fficer|CEO|CFO|COO|[Cc]hair(?:man|woman|person)?|"
                 r"(?:[Cc]o-)?[Ff]ounder|[Pp]resident|[Mm]anaging[ \t]+[Dd]irector)\b")
_OUTSIDE = plain(r"\b(?:[Pp]artner|[Pp]ortfolio|[Ff]und|[Aa]nalyst|[Ii]nvestment|[Aa]ssociate|[Cc]onsultant)\b")
_OWN_SHAREHOLDERS = plain(r"^[ \t#*]*(?:Dear|To)[ \t]+(?:(?:our|my|fellow|all)[ \t]+)+(?:[Ss]hare|[Ss]tock)holders\b|"
                          r"^[ \t#*]*Dear[ \t]+(?:[Ss]hare|[Ss]tock)holders\b", re.M)
_NAME_WORD = r"(?:[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w&'’.-]*)"     # "Zscaler", "u-blox" no, "iFlytek"
_COMPANY = plain(rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|&|of|de|and))*(?:,?[ \t]+{LEGAL_FORM})?")
_SEPARATORS = plain(r"[ \t]*(?:,|[—–|·•]|[ \t]-[ \t]|[ \t]at[ \t]|[ \t]@[ \t])[ \t]*")
_LEGAL_ONLY = plain(rf"{LEGAL_FORM}")
_MARKUP = plain(r"[*_`>#]+")
_COLUMNS = plain(r"[ \t]{3,}|\t+")
_DIGIT = plain(r"\d")
_NOT_NAME = frozenset("""I We You He She It They The This That A An Our My Investor Investors Relations Team Board
Management Shareholders Dear Sincerely Regards Office Communications Media Press Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November December""".split())


def _times_named(name: str, body: str) -> int:
    return len(name_rx(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])").findall(body))


def _short(name: str) -> str:
    return (LEGAL_END.sub("", name).strip() or name).rstrip(".,")


def _company_part(part: str, other_of: Callable[[str], str | None]) -> str | None:
    """`part` when it is a company's name: capitalised words, no title word, no digit (a date or an
    address), no place, no first word of a sentence-like run; else None."""
    part = part.strip().rstrip(",;:")
    if part.endswith(".") and _COMPANY.fullmatch(part) is None:
        part = part[:-1]        # a stop ending the line, not a legal form's ("S.A.", "Inc.")
    if not part or _DIGIT.search(part) or _TITLE_WORD.search(part) or len(part.split()) > 6:
        return None
    if _COMPANY.fullmatch(part) is None:
        return None
    short = _short(part)
    if short.split()[0] in _NOT_NAME or is_place(short) or other_of(short):
        return None
    return part


def _line_company(line: str, titled: bool, other_of: Callable[[str], str | None]) -> tuple[str | None, bool]:
    """(the company a signature line names, whether a title stands before it in the line or in the
    block's lines before it): "Founder, Chairman and CEO, Acme, Inc." -> ("Acme, Inc.", True);
    "Acme plc" after a title line -> ("Acme plc", True)."""
    parts = [p for p in _SEPARATORS.split(line) if p.strip()]
    # a legal form after a comma belongs to the name before it: "Acme, Inc."
    merged: list[str] = []
    for p in parts:
        if merged and _LEGAL_ONLY.fullmatch(p.strip()):
            merged[-1] = f"{merged[-1]}, {p.strip()}"
        else:
            merged.append(p)
    if any(_TITLE_WORD.search(p) for p in merged):
        # a part written as a company (with its legal form) is the company wherever it stands in the line:
        # "Acme Corporation, Investor Relations Office, <district>, <city>"
        legal = next((p for p in merged if _company_part(p, other_of) is not None and _short(p.strip()) != p.strip().rstrip(".,")), None)
        if legal is not None:
            return _company_part(legal, other_of), True
    for p in merged:
        if _TITLE_WORD.search(p):
            titled = True
            continue
        if titled:
            name = _company_part(p, other_of)
            if name is not None:
                return name, True
    return None, titled


def _blocks(lines: list[str]) -> list[list[str]]:
    """The signature blocks of a document's last lines: the lines after its last closing ("Sincerely,"),
    or its last BLOCK_LINES lines; side-by-side signers (columns three spaces apart) each a block."""
    tail = lines[-SIGNATURE_LINES:]
    close = max((i for i, ln in enumerate(tail) if _CLOSING.match(_MARKUP.sub("", ln).strip())), default=None)
    block = tail[close + 1:close + 1 + BLOCK_LINES] if close is not None else tail[-BLOCK_LINES:]
    rows = [[c for c in _COLUMNS.split(ln) if c.strip()] for ln in block]
    width = max((len(r) for r in rows), default=0)
    if width <= 1:
        return [block]
    return [[r[i] for r in rows if len(r) > i] for i in range(width)] + [block]


def signature_company(body: str, other_of: Callable[[str], str | None] = lambda n: None) -> tuple[str, str] | None:
    """Rule signature-block: (the company, the title lines) of the signature ending a letter or an
    e-mail, when a title is given before the company and the company is named as a company (a legal
    form) or named again in the text (or the title is an outside firm's, rule outside-writer); else None."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    for block in _blocks(lines):
        titled, titles = False, []
        for raw in block:
            line = _MARKUP.sub("", raw).strip().strip(",")
            if not line or _DIGIT.search(line) and titled:
                continue    # a place and date, an address or a telephone line after the title
            if len(line.split()) > MAX_SIGNATURE_WORDS or line.endswith(("!", "?", ":")) or \
                    line.endswith(".") and LEGAL_END.search(line) is None:
                titled, titles = False, []   # a sentence of the letter, no signature line: the block starts after it
                continue
            name, titled = _line_company(line, titled, other_of)
            if titled:
                titles.append(line)
            if name is None:
                continue
            short = _short(name)
            if short != name.rstrip(".,") or _times_named(short, body) >= 2 or _OUTSIDE.search(" ".join(titles)):
                return short, " ".join(titles)
    return None


# rule founder-start: "When I started Acme", "since we founded Acme", "I co-founded Acme in 2009"
_FOUNDER = plain(rf"\b(?:I|[Ww]e)[ \t]+(?:first[ \t]+)?(?:started|founded|co-founded|cofounded|set[ \t]+up)[ \t]+"
                 rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})")


def founder_company(body: str, other_of: Callable[[str], str | None] = lambda n: None) -> str | None:
    """Rule founder-start: the company the writer says they started or founded, named again in the
    text; else None."""
    for m in _FOUNDER.finditer(body):
        name = _short(m.group("name"))
        if name.split()[0] in _NOT_NAME or is_place(name) or other_of(name):
            continue
        if _times_named(name, body) >= 2:
            return name
    return None


# rule guest-company: the guest introduced with a title and a company in the first lines
_GUEST_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|&))*)"
_GUEST_PERSON = r"(?:[A-Z][\w'’.-]+(?:[ \t]+(?:(?:de|van|von|der|da|al|bin)[ \t]+)?[A-Z][\w'’.-]+){1,3})"
_GUEST_TITLE = r"(?P<title>[^,.;:\n()]{2,60}?)"
_GUEST = (
    plain(rf"\b(?:[Mm]y|[Oo]ur|[Tt]oday['’]s)\s+guests?(?:\s+today)?(?:\s+is|,)?\s+{_GUEST_PERSON},\s+"
          rf"{_GUEST_TITLE}\s+(?:of|at)\s+{_GUEST_NAME}"),
    plain(rf"\bsits?\s+down\s+with\s+{_GUEST_PERSON},\s+{_GUEST_TITLE}\s+(?:of|at)\s+{_GUEST_NAME}"),
    plain(rf"\b(?:[Cc]hat|[Cc]onversation|[Ii]nterview|[Tt]alk)\s+with\s+{_GUEST_NAME}['’]s\s+"
          r"(?P<title>(?:[a-z]+\s+)?(?:CEO|CTO|CFO|COO|chief|founder|co-founder|president|head)\b)"),
    plain(rf"\b(?:[Cc]hat|[Cc]onversation|[Ii]nterview)\s+with\s+{_GUEST_NAME}\s+"
          r"(?P<title>CEO|CTO|CFO|COO|[Cc]hief\s+[a-z]+(?:\s+officer)?|[Ff]ounder|[Pp]resident)[ \t]+[A-Z]"),
)
GUEST_LINES = 15    # the first lines read for the guest's introduction
_TITLE_OR_VP = plain(r"\b(?:[Vv]ice[ \t]+[Pp]resident|SVP|EVP)\b")


def guest_company(body: str, other_of: Callable[[str], str | None] = lambda n: None) -> str | None:
    """Rule guest-company: the company of the guest an interview's first lines introduce with a
    title, when it is one company named again in the text; else None."""
    top = _MARKUP.sub("", "\n".join(body.splitlines()[:GUEST_LINES]))
    names = set()
    for rx in _GUEST:
        for m in rx.finditer(top):
            if not (_TITLE_WORD.search(m.group("title")) or _TITLE_OR_VP.search(m.group("title"))):
                continue
            name = _short(re.sub(r"['’]s$", "", m.group("name")))
            if not name or name.split()[0] in _NOT_NAME or is_place(name) or other_of(name):
                continue
            names.add(name)
    if len(names) != 1:
        return None
    name = names.pop()
    return name if _times_named(name, body) >= 2 else None


def narrator_company(body: str, other_of: Callable[[str], str | None] = lambda n: None,
                     footer: str | None = None) -> Narrator | None:
    """The company a first-person document's narrator speaks for (NARRATOR_RULES): the signature
    block's, else the company its writer founded, else the company the page's copyright line names
    (`footer`, clean.copyright_owner) when the text names it again; None when the text is not written
    in the first person or no place names one."""
    if first_person(body) < MIN_FIRST_PERSON:
        return None
    sig = signature_company(body, other_of)
    if sig is not None:
        name, titles = sig
        if _OUTSIDE.search(titles) is not None:
            return Narrator(name, "outside-writer", outside=True)
        own = _OWN_SHAREHOLDERS.search(body) is not None and _OFFICER.search(titles) is not None
        return Narrator(name, "own-shareholders" if own else "signature-block", own)
    founded = founder_company(body, other_of)
    if founded is not None:
        return Narrator(founded, "founder-start", _OWN_SHAREHOLDERS.search(body) is not None)
    if footer is not None:
        return _copyright_owner(footer, body, other_of)
    return None


def _copyright_owner(footer: str, body: str, other_of: Callable[[str], str | None]) -> Narrator | None:
    """Rule copyright-owner: the longest leading words of the footer's company name (legal form dropped)
    that the text names on its own, as a name (capitalised, whole words), or None; None too when the
    page's first lines (its title, masthead) name it."""
    short = LEGAL_END.sub("", footer).strip(" ,") or footer
    toks = short.split()
    head = "\n".join([ln for ln in body.split("\n", 40)[:40] if ln.strip()][:3])
    if toks and plain(rf"(?<![\w&-]){re.escape(toks[0])}(?![\w&-])").search(head) is not None:
        # a site that names itself in its title or masthead is a publisher's page about another company:
        # "… · GitHub" over an issue thread (focusset27 held 10), "| StreetSignal" over a ratings page
        # (focusset28 held 16), "| The Collab Ledger" over a leaked memo (focusset28 held 18), "… by
        # Orbitfield" over an imagery watch (focusset24 held 18): its footer names the publisher, no narrator
        return None
    for n in range(len(toks), 0, -1):
        part = " ".join(toks[:n])
        if len(part) < 3 or other_of(part) or is_place(part):
            continue
        if plain(rf"(?<![\w&-]){re.escape(part)}(?![\w&-])").search(body) is not None:
            return Narrator(part, COPYRIGHT_OWNER.name, aliases=tuple(dict.fromkeys(x for x in (short, footer) if x != part)))
    return None
