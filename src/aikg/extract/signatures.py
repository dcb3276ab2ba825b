"""Signature blocks and bylines: a person, their titles and their company set as lines (issue33p).

A letter, a filing's outcome notice, a press release's contact or a memo closes with who signs it,
written as a block of short lines, no verb saying the role:

    Sincerely,                                  For Acme Holdings Limited
                                                
    **Jane Doe**                                Jane Doe            John Roe
    Founder, Chairman and CEO, Acme, Inc.       Chief Executive     Company Secretary

The layouts are named records (`BLOCK_RULES`, each with the documents of different sources it was
met in and invented examples, `tests/test_signatures.py`): a name line and its titles on the next
line(s), maybe a company line after them ("stacked"); the same side by side, columns set apart by
runs of blanks ("columns"); "Name: X" then "Title: Y" of a filing's signature page ("name-title-
fields"); a dash byline "— X, Chief Executive Officer, Acme" ("dash-byline"). A "For <company>" /
"On behalf of <company>" line just above the block names the company of every signer in it.

The titles are those of the title registry (`entities.TITLES`): a line whose words are not titles
("Company Secretary and Compliance Officer", "Investor Relations") gives no role, so a signer
without a registry title gives nothing. The organisation is the text the block writes (the title
line's tail after the titles, the company line, the "For" line); the caller decides which entity
it is (`people_lines.block_roles`), else the document's company.

`signature_blocks(text)` is a pure function of a document's text: issue33c's narrator model may
read it too (who signs a first-person letter is who speaks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..pattern_cache import plain
from .entities import NOT_PERSON_END, STOP_NAMES
from .role_rules import TITLE
from .title_phrases import title_part


@dataclass(frozen=True)
class SignatureBlock:
    """One signer: the name (and its offset in the text), the registry titles of the block, the
    organisation as written (and its offset), the block's span and the layout's rule name."""
    name: str
    name_at: int
    titles: tuple[str, ...]
    org_text: str | None
    org_at: int | None
    start: int
    end: int
    rule: str
    status: str = "current"   # "interim" for an interim / acting title
    since: str | None = None   # (issue49o, people_forms) the day the office starts, as written
    until: str | None = None   # the last day in office, as written


@dataclass(frozen=True)
class BlockRule:
    """A signature layout (its reading is the code of `signature_blocks`): name, why, where met
    (two sources or more), invented examples."""
    name: str
    why: str
    seen: tuple[str, ...]
    examples: tuple[str, ...]


BLOCK_RULES: tuple[BlockRule, ...] = (
    BlockRule("stacked",
              "a name alone on a line (maybe bold, maybe after '/s/'), its titles alone on the next "
              "line(s), the company on the title line's tail or a line of its own",
              ("probe23 Zscaler founder letter: '**X**' / 'Founder, Chairman and Chief Executive Officer, Zscaler, Inc.'",
               "probe21 Renesas notice: 'Representative: X, Representative Director,' / 'President and CEO' "
               "(the titles on the next line)",
               "probe5/probe9 press releases: a closing contact block 'X' / 'Chief Financial Officer'"),
              ("Sincerely,\n\n**Mara Lind**\nChief Executive Officer, Lindqvist Data AB",
               "/s/ Tomas Berg\nTomas Berg\nChief Financial Officer")),
    BlockRule("columns",
              "two or three signers side by side: the name line and the title line split into "
              "columns by runs of three blanks or more; each column a stacked block",
              ("probe23 Tanla BSE outcome: 'X   Y' / 'Founder Chairman and Chief Executive Officer   "
               "Company Secretary and Compliance Officer'",
               "Indian and Japanese exchange notices generally (probe17 SCSK's cover, two officers side by side)"),
              ("For Orion Soft Limited\n\nAsha Rao            Vikram Sen\nManaging Director   Chief Financial Officer",)),
    BlockRule("name-title-fields",
              "a filing's signature page: 'By: /s/ X', 'Name: X', 'Title: Y'; (issue48r) the title's key may be "
              "'Designation' or 'Position', and a personnel notice's block gives the new post and the current one "
              "('New position: Y' the post the person takes, status incoming; 'Current position: Z')",
              ("US filings' signature pages (8-K, 10-Q exhibits) met in probe9 and probe14 filings excerpts; probe30 04 "
               "hut8 8-K 'Name: X' / 'Title: Chief Financial Officer'",
               "probe21 Renesas cover 'Representative: X' (a label, the name, the titles)",
               "probe30 03 ayala SEC form 17-C: 'Name: X' / 'Designation: Assistant Corporate Secretary'",
               "probe35 01 fixstars personnel notice (TSE): '(1) Name: X' / 'New position: President & CEO, "
               "Representative Director' / 'Current position: Director, …' (the 'New' key: this one source)"),
              ("By: /s/ Lena Fox\nName: Lena Fox\nTitle: Chief Financial Officer",
               "(1) Name: Ken Oda\n    New position: President & CEO\n    Current position: Director")),
    BlockRule("conformed-signature",
              "a US filing's conformed signature: 'By: /s/ X, <titles>' on one line, or 'By: /s/ X' and the typed "
              "'X, <titles> (Principal … Officer)' under it; a company written before 'By:' on the line signs, "
              "else the filer (issue40o)",
              ("focusset22 held 05 cipher_8k: 'CIPHER MINING INC.  By: /s/ X, Chief Financial Officer'",
               "kindcheck28 periods 02 nilgiri_6k: 'By: /s/ X, Chief Financial Officer' (another source)",
               "kindcheck30 filer 01 brindlecombe_10q: 'Date: …  By: /s/ X' / 'X, President and Chief Executive Officer "
               "(Principal Executive Officer)'"),
              ("Date: May 2, 2026    By: /s/ Ilse Marren\n    Ilse Marren, Chief Executive Officer (Principal Executive Officer)",
               "QUARRELL SYSTEMS INC.  By: /s/ Obi Lander, Chief Financial Officer")),
    BlockRule("by-order",
              "a Hong Kong exchange announcement's close: 'By order of the Board', the company's line, then "
              "the signer's name and titles stacked: the company line opens the block as a 'For' line does",
              ("probe28 04 Fourth Paradigm profit alert: 'By order of the Board' / 'Beijing … Co., Ltd.' / 'X' / "
               "'Chairman of the Board, Executive Director and Chief Executive Officer'",
               "kindcheck28 entities 01 Yunfeng Lantai announcement: 'By order of the Board' / 'YUNFENG LANTAI HOLDINGS "
               "LIMITED' / 'X' / 'Chairman'"),
              ("By order of the Board\nQinglan Robotics Limited\nWen Lihua\nChairman and Executive Director",)),
    BlockRule("dash-byline",
              "a quote's or a letter's closing byline: a dash, the name, the titles, maybe the company",
              ("probe22 Batelco panel recap: '- **X**, Group Chief Executive Officer, **Batelco**'",
               "probe18 Ibiden IR day slide: 'X, President & CEO'"),
              ("— Pia Holm, Chief Executive Officer, Nordhavn Systems",)),
)


# a word of a name: capitalised (Latin letters with accents and Latin Extended: "Ș", "ğ"), an
# initial, or a particle
_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "du", "van", "von", "bin", "binti",
                        "al", "el", "la", "le", "ter", "zu"})
_INITIAL = plain(r"(?:[A-Z]\.){1,3}")
_NOT_NAME_WORDS = frozenset(STOP_NAMES) | {
    "Sincerely", "Regards", "Yours", "Faithfully", "Truly", "Best", "Kind", "Warm", "Thank", "Thanks",
    "Board", "Directors", "Company", "Limited", "Ltd", "Inc", "Corp", "Chairman", "President", "Founder",
    "Officer", "Director", "Secretary", "Manager", "Head", "Team", "Investor", "Relations", "Contact",
    "Contacts", "Media", "Press", "Encl", "Date", "Place", "Note", "Notes", "Source", "About", "Phone",
    "Email", "Tel", "Fax", "Website", "Chief", "Executive", "Group", "Page", "Dear", "Hello"}
_DECOR = plain(r"^\s*(?:(?:By|Signed)\s*:\s*)?(?:/s/\s*)?(?:\*\*|__|\*|_)?\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng)\.?\s+)?")
_DECOR_END = plain(r"\s*(?:\*\*|__|\*|_)?\s*(?:,\s*(?:PhD|Ph\.D\.|MBA|CFA|CPA|Jr\.|Sr\.))?\s*(?:\*\*|__)?\s*,?\s*$")


def _name(cell: str) -> tuple[str, int] | None:
    """The person's name a cell holds alone (decorations aside: bold, '/s/', an honorific, a
    post-nominal) and its offset in the cell, else None."""
    if len(cell) > 70:
        return None
    a = _DECOR.match(cell).end()
    e = _DECOR_END.search(cell, a)
    core = cell[a:e.start() if e else len(cell)]
    words = core.split()
    if not 2 <= len(words) <= 5:
        return None
    for i, w in enumerate(words):
        if w in _PARTICLES and 0 < i < len(words) - 1:
            continue
        if _INITIAL.fullmatch(w) and i < len(words) - 1:
            continue
        base = w.replace("-", "").replace("'", "").replace("’", "")
        if not (base.isalpha() and w[0].isupper() and any(c.islower() for c in w[1:])) or w in _NOT_NAME_WORDS:
            return None
    if NOT_PERSON_END.search(words[-1]):
        return None
    return " ".join(words), a


# the words of a function or a department after a title ("Investor Relations", "Corporate Communications")
_FUNCTIONS = frozenset("investor investors relations corporate communications communication media public affairs marketing sales "
                       "finance financial operations strategy technology engineering product products legal human resources people "
                       "research development innovation digital data security risk compliance treasury accounting and & of the "
                       "europe americas asia emea apac global international north south east west region".split())
_TITLE_RX = plain(rf"(?<![\w-])(?:{TITLE})(?![\w-])")
# words a titles line may hold besides the titles: scope and seniority ("Executive Chairman",
# "Chairman of the Board", "Group CEO"), the joiners
_FILLER = plain(r"(?:and|&|/|of|the|Board|Directors?|Representative|Whole-?[Tt]ime|Group|Joint|Interim|Acting|Executive|Non-[Ee]xecutive|"
                r"Senior|Global|Company)",
                re.I)
_INTERIM = plain(r"\b(?:[Ii]nterim|[Aa]cting)\b")
_MARKS = plain(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")


def _title_part(part: str) -> list[str] | None:
    """The registry titles of a comma-separated part that holds titles and filler words only
    (maybe none: "Representative Director", "Whole-time Director"), else None."""
    found = list(_TITLE_RX.finditer(part))
    rest = _TITLE_RX.sub(" ", part)
    if not rest.split() and not found or any(not _FILLER.fullmatch(w) for w in rest.replace(",", " ").split()):
        # a title read as a phrase, its head one that names a role ("Auditor in charge", "Managing
        # Partner"; issue36p, `title_phrases`)
        return title_part(part)
    return [" ".join(m.group(0).split()) for m in found]


def titles_of(cell: str) -> tuple[list[str], str | None, int | None]:
    """The titles a title cell holds (its leading comma parts that are titles), and the rest of the
    cell when it reads as an organisation's name ("…, Zscaler, Inc."), with its offset."""
    plain_cell = _MARKS.sub(lambda m: " " * len(m.group(0)), cell)
    if len(plain_cell) > 140 or _SENTENCE_MARK.search(plain_cell.strip()):
        return [], None, None
    g = _GLOSSED.match(plain_cell)
    if g is not None and not titles_of(g.group("own"))[0]:
        # a title in the signer's language, glossed in brackets: "Diretor-Presidente (Chief Executive
        # Officer)" (issue36p; the gloss of role_rules glossed-title: probe21 Iliad, probe22 Retelit,
        # probe25 Aubay's "X, Directeur général (CEO)"), set as a stacked block's title line
        return titles_of(g.group("gloss"))[0], None, None
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^,]+", plain_cell)]
    titles: list[str] = []
    k = 0
    while k < len(parts):
        got = _title_part(parts[k][1])
        if got is None:
            break
        titles += got
        k += 1
    if not titles:
        return [], None, None
    if k == len(parts):
        return titles, None, None
    org = plain_cell[parts[k][0]:].strip().rstrip(",")
    if org.endswith(".") and not _ABBREV_END.search(org):
        org = org[:-1]
    at = parts[k][0] + (len(plain_cell[parts[k][0]:]) - len(plain_cell[parts[k][0]:].lstrip()))
    if not _ORG_TEXT.fullmatch(org) or all(w.lower().strip("&,") in _FUNCTIONS for w in org.split()):
        return titles, None, None   # "Vice President, Investor Relations": a function, no organisation
    return titles, org, at


# an organisation as a line writes it: capitalised words, maybe its legal form after a comma
_ORG_TEXT = plain(r"(?:[A-Z0-9][\w&.'’()-]*)(?:\s+(?:[A-Z0-9(][\w&.'’()-]*|of|and|&|de|du|der|für|y)){0,7}"
                  r"(?:,\s*(?:Inc|Ltd|LLC|Corp|Co|S\.A|AG|SE|plc|N\.V|B\.V|AB|ASA|Oyj|SpA|K\.K)\.?)?")
_GLOSSED = plain(r"^\s*(?P<own>[^(),;:]{2,90}?)\s*\((?P<gloss>[^()]{2,90})\)\s*$")
_SENTENCE_MARK = plain(r"[;!?]|:\s|\.\s+[A-Za-z]{3,}")   # a clause, a label: no title cell ("S.A." is no sentence end)
_ABBREV_END = plain(r"\b(?:Inc|Ltd|Corp|Co|S\.A|N\.V|B\.V|K\.K|plc|A\.G)\.$")
_FOR_LINE = plain(r"^\s*(?:For|For\s+and\s+on\s+behalf\s+of|On\s+behalf\s+of)\s+(?:the\s+Board\s+of\s+(?:Directors\s+of\s+)?)?"
                  r"(?P<org>[A-Z][^,;:]{1,80}?)\s*[,.:]?\s*$")
_CLOSING = plain(r"^\s*(?:(?:Yours\s+)?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly)|(?:[Kk]ind|[Bb]est|[Ww]arm)?\s*[Rr]egards|"
                 r"[Ww]ith\s+(?:thanks|gratitude)|(?:[Ff]or\s+and\s+)?[Oo]n\s+behalf\s+of\s+the\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?)\s*,?\s*$")
# (issue45p) "On behalf of the Board of Directors" closes a notice (kindcheck34 people 02 Gletschbach AGM invitation;
# "For and on behalf of the Board", kindcheck33 money 01 Ravibagh directors' review): a closing like "By order of the
# Board", no company's line (the _FOR_LINE read "Directors" as the signer's company)
# (issue44p) an Indian filing's mark of a signature ("Sd/-", signed) on its own line between the "For <company>"
# line and the signer's name (probe33 02 Techno Electric BSE clarification, focusset32 03 Kanvar IEPF notice,
# focusset31 18 Ola Electric order's "Sd/- President"): it stands where "/s/" or a closing does
_SIGNED_MARK = plain(r"^\s*(?:Sd/-|\(Sd\.?\)|Sd\.)\s*$")
_COLUMNS = plain(r"\S(?:.*?\S)?(?=\s{3,}|\t|\s*$)")
_FIELD = plain(r"^\s*(?:\(\d{1,2}\)\s*)?(?P<label>Name|Title|Designation|(?:(?P<new>New)\s+|Current\s+)?[Pp]osition)\s*:\s*"
              r"(?P<value>.+?)\s*$")
_DASH = plain(r"^\s*(?:[—–]|--)\s*(?P<rest>.+)$")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """A line's cells: text set apart by runs of three blanks or more, or tabs."""
    return [(m.start(), m.group(0)) for m in _COLUMNS.finditer(line)]


_BY_ORDER = plain(r"^\s*By\s+order\s+of\s+the\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?\s*,?\s*$")


def _ordered_org(lines: list[tuple[int, str]], j: int) -> tuple[str, int] | None:
    """Rule by-order: line `j` is the company's line right under "By order of the Board": that company."""
    if j < 1 or not _BY_ORDER.match(lines[j - 1][1]):
        return None
    pos, line = lines[j]
    org = _org_line(line)
    return (org, pos + len(line) - len(line.lstrip())) if org else None


def _for_org(lines: list[tuple[int, str]], i: int) -> tuple[str, int] | None:
    """The company of a "For <company>" line up to three lines above line `i` (blank lines and a
    closing "Sincerely," between), or of the company line under "By order of the Board" (rule by-order)."""
    for j in range(i - 1, max(-1, i - 5), -1):
        pos, line = lines[j]
        if not line.strip() or _CLOSING.match(line) or _SIGNED_MARK.match(line):
            continue
        if (got := _ordered_org(lines, j)) is not None:
            return got
        m = _FOR_LINE.match(line)
        return (" ".join(m.group("org").split()), pos + m.start("org")) if m else None
    return None


def _opens_block(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line `i` may open a block: first line, or after a blank line, a closing, a "For" line."""
    if i == 0:
        return True
    prev = lines[i - 1][1]
    return not prev.strip() or bool(_CLOSING.match(prev) or _FOR_LINE.match(prev) or _SIGNED_MARK.match(prev)) or "/s/" in prev \
        or _ordered_org(lines, i - 1) is not None


# (issue44p) a signer's registration under the title, no company: "Membership No. A23456" (probe23 Tanla outcome),
# "Membership No.: A18462" (probe33 02 Techno Electric), "DIN: 00003382", "ACS 9876"
_REGISTRATION = plain(r"\b(?:No|Number)\b\.?\s*:?\s*[A-Z]{0,3}-?\d|^\s*(?:DIN|ACS|FCS)\b")


def _org_line(line: str) -> str | None:
    """A company's line after the titles: an organisation's name and nothing else."""
    if _REGISTRATION.search(line):
        return None
    s = _MARKS.sub(" ", line).strip()
    s = s if _ABBREV_END.search(s) else s.rstrip(".")
    if not s or len(s) > 80 or _name(line) is not None or titles_of(line)[0] \
            or all(w.lower().strip("&,") in _FUNCTIONS for w in s.split()):
        return None
    return " ".join(s.split()) if _ORG_TEXT.fullmatch(s) else None


def signature_blocks(text: str) -> tuple[SignatureBlock, ...]:
    """Every signer of the text's signature blocks and bylines (`BLOCK_RULES`), in text order."""
    lines = _lines(text)
    out: list[SignatureBlock] = []
    i, n = 0, len(lines)
    while i < n:
        pos, line = lines[i]
        if not line.strip() or len(line) > 200:
            i += 1
            continue
        # a dash byline: "— X, Chief Executive Officer, Acme"
        dm = _DASH.match(line)
        if dm and "," in dm.group("rest"):
            head, _, tail = dm.group("rest").partition(",")
            nm = _name(head)
            titles, org, org_at = titles_of(tail)
            if nm and titles:
                base = pos + dm.start("rest")
                out.append(_block(nm[0], base + nm[1], titles, org, base + len(head) + 1 + org_at if org else None,
                                  pos, pos + len(line), "dash-byline", tail))
                i += 1
                continue
        # rule conformed-signature: "By: /s/ X, Chief Financial Officer" / "By: /s/ X" + "X, <titles>"
        cm = _CONFORMED.search(line) if "/s/" in line else None
        if cm is not None and (got := _conformed(lines, i, cm)) is not None:
            out.append(got[0])
            i = got[1]
            continue
        # "Name: X" / "Title: Y" (or "Designation: Y", "New position: Y" / "Current position: Z")
        fm = _FIELD.match(line)
        if fm and fm.group("label") == "Name" and i + 1 < n:
            nm = _name(fm.group("value"))
            j = i + 1
            while nm and j < min(n, i + 3) and (tm := _FIELD.match(lines[j][1])) and tm.group("label") != "Name":
                titles, org, org_at = titles_of(tm.group("value"))
                if titles:
                    tpos = lines[j][0] + tm.start("value")
                    forg = _for_org(lines, i - 1 if i and "/s/" in lines[i - 1][1] else i)
                    org, org_at = (org, tpos + org_at) if org else (forg or (None, None))
                    b = _block(nm[0], pos + fm.start("value") + nm[1], titles, org, org_at, pos,
                               lines[j][0] + len(lines[j][1]), "name-title-fields", tm.group("value"))
                    out.append(replace(b, status="incoming") if tm.group("new") else b)
                j += 1
            if j > i + 1 and len(out) and out[-1].start == pos:
                i = j
                continue
        if not _opens_block(lines, i) or i + 1 >= n:
            i += 1
            continue
        cells = _cells(line)
        names = [(c, _name(t)) for c, t in cells]
        if not all(nm for _, nm in names):
            # "/s/ X" then "X" on the next line: the signature and the typed name
            i += 1
            continue
        j = i + 1
        if len(names) == 1 and "/s/" in line and _name(lines[j][1]) and j + 1 < n:
            j += 1
        # the title lines under each name (one or two), then maybe the company's line
        got: dict[int, tuple[list[str], str | None, int | None, int]] = {}
        said: dict[int, str] = {}   # each column's title text as written (an "Interim" before a title)
        end = pos + len(line)
        for k in range(j, min(n, j + 3)):
            kpos, kline = lines[k]
            if not kline.strip():
                break
            kcells = _cells(kline) if len(names) > 1 else [(len(kline) - len(kline.lstrip()), kline.strip())]
            used = False
            for c, t in kcells:
                col = _column(c, [cc for cc, _ in names], len(t))
                if col is None:
                    continue
                titles, org, org_at = titles_of(t)
                have = got.get(col)
                if titles and (have is None or (not have[1] and k == have[3] + 1)):
                    prev = have[0] if have else []
                    got[col] = (prev + titles, org, kpos + c + org_at if org else None, k)
                    said[col] = said.get(col, "") + " " + t
                    used = True
                elif have is not None and not have[1] and k == have[3] + 1 and (o := _org_line(t)):
                    got[col] = (have[0], o, kpos + c + (len(t) - len(t.lstrip())), k)
                    used = True
            if not used:
                break
            end = kpos + len(kline)
        if not got:
            i += 1
            continue
        forg = _for_org(lines, i)
        rule = "columns" if len(names) > 1 else "by-order" if i and _ordered_org(lines, i - 1) is not None else "stacked"
        for col, (c, nm) in enumerate(names):
            if col not in got:
                continue
            titles, org, org_at, _ = got[col]
            if org is None and forg:
                org, org_at = forg
            out.append(_block(nm[0], pos + c + nm[1], titles, org, org_at, pos, end, rule, said.get(col, "")))
        i = text.count("\n", 0, end) + 1
    return tuple(out)


_CONFORMED = plain(r"(?:^|\s)By\s*:\s*/s/\s*(?P<name>[^,/\n]{3,60}?)\s*(?:,\s*(?P<titles>[^\n]+?))?\s*$")
_PRINCIPAL = plain(r"\s*\((?:Principal|Duly)\b[^()]*\)\s*$")
_DATE_FIELD = plain(r"^\s*(?:Date|Dated)\s*:", re.I)


def _conformed(lines: list[tuple[int, str]], i: int, cm) -> tuple[SignatureBlock, int] | None:
    """Rule conformed-signature: the signer of line `i`'s "By: /s/ X" with the titles after the name or
    on the typed line under it, and the line's next index; None when no title is read or the text
    before "By:" is neither a date field nor a company's name (a signer for someone else)."""
    pos, line = lines[i]
    nm = _name(cm.group("name"))
    if nm is None:
        return None
    org, org_at = None, None
    before = line[:cm.start()].strip().rstrip("—–-").strip()
    if before and not _DATE_FIELD.match(before):
        org = _org_line(before)
        if org is None:
            return None
        org_at = pos + line.find(before)
    nxt, end = i + 1, pos + len(line)
    title_text = cm.group("titles") or ""
    if not title_text and i + 1 < len(lines):
        npos, nline = lines[i + 1]
        head, _, tail = nline.strip().partition(",")
        typed = _name(head)
        if typed is None or typed[0] != nm[0]:
            return None
        title_text, nxt, end = tail, i + 2, npos + len(nline)
    titles, own_org, _ = titles_of(_PRINCIPAL.sub("", title_text))
    if not titles:
        return None
    name_at = pos + cm.start("name") + nm[1]
    return _block(nm[0], name_at, titles, org, org_at, pos, end, "conformed-signature", title_text), nxt


def _column(start: int, starts: list[int], width: int) -> int | None:
    """The column (index into `starts`) a cell starting at `start` sits under."""
    if len(starts) == 1:
        return 0
    best = min(range(len(starts)), key=lambda k: abs(starts[k] - start))
    return best if abs(starts[best] - start) <= 6 else None


def _block(name, name_at, titles, org, org_at, start, end, rule, title_text) -> SignatureBlock:
    return SignatureBlock(name, name_at, tuple(dict.fromkeys(titles)), org, org_at, start, end, rule,
                          "interim" if _INTERIM.search(title_text) else "current")
