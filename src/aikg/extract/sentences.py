"""Sentence splitting over cleaned text, keeping character offsets.

Lines are split first (articles put headings, bullets and timeline entries on lines of their
own), then sentences inside a line at `.`, `!` or `?` followed by a capital, a digit or a quote,
except after common abbreviations (U.S., Ltd., Inc., Feb., Mr.) and initials.

A plain-text article hard-wrapped at a fixed width (~60-140 columns) is read as the prose it
wraps: a line that was broken only because the next word would not fit (`continues`) is joined
to the next one, so a sentence is not cut at a line break. The joined text keeps its offsets
(the line break stays inside the span; the sentence's text folds it to a space, or to nothing
after a compound's hyphen). Headings, bullets, "Label: value" lines, table rows, bylines and
timeline entries stay lines of their own, and a run of joined lines must end a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..pattern_cache import plain
from .currencies import CURRENCIES
from .headings import section_number, short_line
from .scale_words import ABBREVIATIONS as _SCALE_ABBREV
from .values import find_money

_ABBREV = {
    "u.s", "u.k", "u.n", "e.u", "ltd", "inc", "corp", "co", "mr", "mrs", "ms", "dr", "prof", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "e.g", "i.e", "etc", "approx", "est", "fig", "jr", "sr", "plc", "bhd", "pte", "s.a", "n.v",
    "u.s.a", "gov", "dept", "rs", "eng",   # ("Eng. X": an engineer's honorific, probe16 stc, probe19 Elm minutes)
}
# Rule dotted_currency_symbol: a currency symbol of the gazetteer written with a dot ("Tk.", "Ps.") right before its
# number ends no sentence ("EPS was Tk. 0.48 for July-September 2026"). Provenance: probe34 04_genexinfosys_dse_news
# ("Tk. 1,284.6 million", "Tk. 45.00 crore"), as "Rs. 612.4 million" (probe32 03_avanceon, already in _ABBREV).
_DOTTED_SYMBOLS = frozenset(s.lower().rstrip(".") for c in CURRENCIES for s in c.symbols
                            if s.endswith(".") and s[:-1].isalpha())
# (a sentence may open with a Markdown emphasis: ". **Hungary** generated …", probe23 08b)
_BOUNDARY = plain(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=(?:\*\*)?[\"'“‘(]?[A-Z0-9])")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_BULLET = plain(r"^(\s*(?:[-*•·]|\d{1,2}[.)])\s+)")
# A hard wrap: lines at most this wide, the wrapping width at least this wide. (Articles and
# notes are wrapped at 100-140 columns too: the fund letter, the shareholder e-mail and the
# subsidy notice of probe20 at 101-107, and the hand-written notes of probe9-probe20 at 101-140;
# at 100 their sentences were cut at each line: "billion, up 41% from RMB 69.9 billion a year
# earlier, and net profit … rose" was a sentence of its own.)
_WRAP_MAX, _WRAP_MIN = 140, 40
# A row of its own whatever width it has: a table row (pipes, columns of spaces: more than the
# three blanked emphasis markers leave, leader dots),
# a byline or a dateline ("By … | 3 April 2025", "Issue 118 · …").
_ROW = plain(r"^\s*\||\S {4,}\S|\.{3}|\s[|·•]\s")
# A line that opens an entry of its own: a bullet, a numbered item, a "Label: value" list line
# or a dated timeline entry ("March 2024: …"); its own wrapped lines go on in the next.
_ENTRY = plain(r"^\s*(?:[-*•·]\s|\d{1,2}[.)]\s|[^\s:a-z][^:]{0,38}:\s)")
# The end of a wrapped run: its last line closes a sentence (a title and the byline under it,
# or the rows of a table, end in none; a list item may end in a semicolon).
_RUN_END = plain(r"[.!?:;”\"’)\]](?:\s*[^\w\s])*\s*$")  # (and any emoji after it)
# A line that ends a sentence (a colon, a semicolon, a closing quote or bracket may go on: a list
# line after a colon is a line of its own, `_ENTRY`).
_ENDS = plain(r"[.!?][\"'”’)\]]*\s*$")
# The end of a line that goes on in the next: a word in lower case, a comma, a dash or an
# opening bracket (a line ending in a figure goes on only into a word in lower case:
# "$4.2" / "billion"; table-like lines end in figures too).
_GOES_ON = plain(r"(?:(?<![\w.'’-])[a-z][a-z'’-]*|[,(–—-])\s*$")
# a word no sentence ends on: a preposition, an article, a conjunction
# (not yet an ampersand inside a name, "Build &" / "Construct (mainly …)" of probe21 08: joined, its
# sentence declares four segments, and ask's text fallback then answers the no-answer question
# p21-08-q09 about one of them from an unrelated JSON line - left until ask holds that)
_OPEN_WORD = plain(r"(?<![\w'’-])(?:of|the|a|an|to|in|for|with|and|or|by|from|at|on|than|into|its|their|our)\s*$")
# a line opening with a figure: a currency sign or code and a number ("$433.9 million", "HUF 51.3 billion")
_FIGURE_OPENS = plain(r"\s*(?:[$€£¥₹]|[A-Z]{3}\s?|[A-Z]{1,2}\$\s?)\d")
# (issue43p) or with a day-first date, the date a clause's last word waits for: "… as CFO effective" / "1 October
# 2026." (probe32 08b Gentrack), "… will run until" / "31 December 2026." (probe32 02 cBrain); after "on" they were
# joined already ("… payable … on the register on" / "24 April 2026", kindcheck28 measures 01)
_DATE_OPENS = plain(r"\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


# german-ordinal: a day or a part numbered with a dot before a month or a period noun ("Köln, 5. November 2026",
# "Umsatz 3. Quartal 2026", "S1 2026 (1. Halbjahr 2026)") ends no sentence. Provenance: probe29
# 01_qbeyond_quartalsmitteilung ("Köln, 5. November 2026"), probe27 02_hubersuhner_adhoc ("Herisau, 14. Juli 2026"),
# kindcheck30 periods 03_sarinebois ("Sales in T3 2026 (3. Quartal 2026) amounted to …")
_GERMAN_ORDINAL = plain(r"(?:^|[\s(])\d{1,2}$")
_ORDINAL_NOUN = plain(r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
                      r"Quartal|Halbjahr|Gesch[äa]ftsjahr|Jahresh[äa]lfte)\b")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str           # whitespace-folded text of [start, end)
    paragraph: int      # index of the blank-line separated block it sits in
    line: int           # index of the line it sits in
    is_heading: bool    # a line alone that headings.py reads as a heading (short-line)


def fold(s: str) -> str:
    """A sentence's text: its whitespace folded, a hyphen broken by a hard wrap joined."""
    if "-\n" in s:  # a compound broken at its hyphen by a hard wrap ("information-" / "technology")
        s = re.sub(r"(?<=\w-)\n\s*(?=\w)", "", s)
    return " ".join(s.split())


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """[first, last) line indexes of each run of non-blank lines."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].strip():
            j = i
            while j < len(lines) and lines[j].strip():
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


# (and a capitalised currency symbol written after the number, "9 184,3 mil. Kč": currencies.Currency.after;
# scale_words dotted_slavic_scale_words)
_CURRENCY_NEXT = plain(r"(?:[A-Z]{3}(?![A-Za-z])|Euro|Dollar|Franken|Kronor|Kronen|Pfund|US\$|[€$£]|"
                       + "|".join(re.escape(a) for c in CURRENCIES for a in c.after if a[:1].isupper()) + ")")
_AMOUNT_START = plain(r"\s*(?:[0-9]|[$€£¥₹₩]|[A-Z]{1,3}\$|(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|INR|BRL|PLN|Rs\.?)\s?[0-9])")


def _amount_first(nxt: str) -> int | None:
    """The length of the amount of money `nxt` opens with ("$690 million", "5,06 mld €"), or None."""
    if not _AMOUNT_START.match(nxt):
        return None
    lead = len(nxt) - len(nxt.lstrip())
    ms = find_money(nxt[:80])
    return ms[0].end - lead if ms and ms[0].start == lead else None


def continues(line: str, nxt: str, width: int) -> int:
    """Does hard-wrapped `line` go on in `nxt`? Only inside a block wrapped at `width` columns:
    `line` was broken because `nxt`'s first word would not fit, it ends no sentence, and
    neither is a row (`_ROW`) nor does `nxt` open an entry of its own (`_ENTRY`).
    -> 2: surely (`nxt` opens in lower case, or `line` leaves a clause open: a word in lower
    case, a comma: "… invest in" / "Microsoft's data centres", or it is filled to the width:
    "… with Kestrel" / "Semiconductors for …"); 1: if the block is wrapped prose
    (a name broken across the lines: "… The General" / "Organization for …"); 0: no."""
    if not _WRAP_MIN <= width <= _WRAP_MAX or _ENTRY.match(nxt) or _ROW.search(nxt) or _ROW.search(line):
        return 0
    words = nxt.split()
    if not words:
        return 0
    # (an amount of money is kept whole on a line, as its writer's no-break spaces keep it: "…
    # consolidated revenue reached" / "5,06 mld €, up 5,3%" (probe21 03_iliad_french_translation), "…
    # free cash flow was" / "$690 million." (probe21 05_amdocs_leaked_memo): its first word is the amount)
    first = _amount_first(nxt) or len(words[0])
    # (a line that leaves a clause open on a word in lower case or a comma, before a line opening in
    # lower case, goes on even when the next word would have fitted: a wrapper that broke early,
    # "… Open Fiber, the wholesale" / "fibre operator, closed 2024 with …", probe22 03)
    # (and so does a line that leaves a clause open on a word in lower case before a line opening
    # with the figure that clause is waiting for: "… brought in" / "$433.9 million (down 0.9%)",
    # "… and net income was" / "HUF 51.3 billion." - probe23 07 (an HTML page) and 08a (Markdown))
    # A line ending on a word no sentence ends on ("… signed $74 million of" / "AI-related bookings …",
    # probe23 07, an HTML page whose markup broke the lines early) goes on whatever comes next.
    if len(line.rstrip()) + 1 + first <= width and not (
            (words[0][0].islower() or _FIGURE_OPENS.match(nxt) or _DATE_OPENS.match(nxt) or _OPEN_WORD.search(line))
            and _GOES_ON.search(line) and not _ENDS.search(line)
            and not line.rstrip().endswith((",", "(", "–", "—", "-"))):
        return 0
    if _ENDS.search(line):
        return 0
    if words[0][0].islower() or _GOES_ON.search(line) or len(line.rstrip()) >= 0.85 * width:
        return 2
    return 1


# Rule hanging-indent-wrap (issue51b): a numbered or bulleted item whose wrapped lines are indented to its text's
# column (a hanging indent) goes on in them when a line is filled (at least `_HANG_FILL` of the block's width) and
# ends no sentence, whatever its last word is: "… the appointment of Ms. Shanika" / "   Wijeratne as Group Chief
# Financial Officer …", "… GPU capacity for John Keells IT's" / "   AI platform …". The width test of `continues`
# cut such items where the next word would have fitted a longer line elsewhere in the block. A short item line (a
# numbered heading "3. DEVELOPMENT PIPELINE", a form's "1. Consignor") stays a line of its own, and so does a line
# ending in a colon (the list under it). Provenance: probe36 01_johnkeells_cse_interim_statements (explanatory
# notes), probe34 03_cwg_ngx_earnings_forecast ("… Total capital expenditure budgeted for 2027 is" / "   N6.8
# billion."), probe23 06_semtech_model_summary ("… up 61% year on year," / "  driven by CopperEdge …"), focusset33
# held 06_dovecrest_captable ("… Gradient Ventures" / "  did not participate."), probe31 08b_gabia_dart_q3.
_ITEM_TEXT = plain(r"^([ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+)\S")
_HANG_FILL = 0.8


def _hanging(lines: list[str], a: int, z: int, width: int) -> list[bool]:
    """For each line of the block [a, z) but the last: whether the next line is its item's hanging-indent wrap."""
    out, col = [], None
    for i in range(a, z - 1):
        line, nxt = lines[i], lines[i + 1]
        m = _ITEM_TEXT.match(line)
        if m is not None:
            col = len(m.group(1).expandtabs())
        elif col is not None and len(line) - len(line.lstrip(" ")) != col:
            col = None
        ind = len(nxt) - len(nxt.lstrip(" "))
        out.append(col is not None and ind == col and nxt.strip() != "" and not _ENTRY.match(nxt)
                   and not _ROW.search(nxt) and not _ROW.search(line) and not _ENDS.search(line)
                   and not line.rstrip().endswith(":")
                   and len(line.rstrip()) >= _HANG_FILL * width)
    return out


def logical_lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, first line index) of each line, hard-wrapped lines joined (`continues`): a
    block with two sure breaks is wrapped prose, where a capital may go on a line too; a run of
    joined lines stands only if it ends a sentence."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    joined_to_next = [False] * len(lines)
    for a, z in _blocks(lines):
        if z - a < 2:
            continue
        widths = sorted(len(x.rstrip()) for x in lines[a:z])
        width = widths[-1]
        if width > _WRAP_MAX and z - a >= 3 and widths[-2] <= _WRAP_MAX:
            # one line the writer left unwrapped in a hard-wrapped block (an edit): the block is
            # wrapped at its other lines' width (probe23 08b, a Markdown news item)
            width = widths[-2]
        if width > _WRAP_MAX:
            continue
        how = [continues(lines[i], lines[i + 1], width) for i in range(a, z - 1)]
        how = [2 if hang else h for h, hang in zip(how, _hanging(lines, a, z, width))]   # rule hanging-indent-wrap
        least = 1 if how.count(2) >= 2 else 2
        for i, h in enumerate(how, a):
            joined_to_next[i] = h >= least
        i = a
        while i < z:  # a run of joined lines stands only if it ends a sentence
            j = i
            while joined_to_next[j]:
                j += 1
            if j > i and not _RUN_END.search(lines[j]):
                joined_to_next[i:j] = [False] * (j - i)
            i = j + 1
    out = []
    i = 0
    while i < len(lines):
        j = i
        while joined_to_next[j]:
            j += 1
        out.append((starts[i], starts[j] + len(lines[j]), i))
        i = j + 1
    return out


# Rule row-label-whole: the label cell of a pipe row is one with its figures: a row number ("| 1. Revenue |", "| 2.1
# Sea bream |") or an abbreviation ("| Adj. EPS ($) |", "| … (incl. LoRa) |") in it is no sentence's end, so the row's
# label and its figures are one quote. Provenance: kindcheck35 tables 01_kyparissi_9m_2026_athex ('1. Revenue' …
# '6. Earnings per share'), probe23 06_semtech_model_summary ('| Adj. EPS ($) | 0.47 |'), probe29
# 07_innodata_substack_q2q3 ('| Adj. EBITDA margin | 23.5% |'). (A later cell's sentences, a filing's statement
# "| Statement | 1. Name … 2. Date …" (05_chenbro_mops_material_info), stay sentences of their own.)
_PIPE_ROW = plain(r"^\s*\|.*\|\s*$")


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    for line_start, line_end, line_no in logical_lines(text):
        line = text[line_start:line_end]
        if not line.strip():
            para += 1
            continue
        offset = 0
        m = _BULLET.match(line)
        if m:
            offset = m.end()
        body = line[offset:]
        starts = [0]
        # row-label-whole: a pipe row's label cell ends no sentence ("| 1. Revenue | 318.4 |", "| Adj. EPS ($) | 0.47 |")
        label_end = body.find("|", body.find("|") + 1) if _PIPE_ROW.match(body) else -1
        for b in _BOUNDARY.finditer(body):
            if b.start(1) < label_end:
                continue
            # the run of letters and dots right before the punctuation (what
            # re.search(r"([A-Za-z.]+)$", body[:b.start(1)]) finds, without rescanning the line)
            end = i = b.start(1)
            while i > 0 and body[i - 1] in _WORD_CHARS:
                i -= 1
            w = body[i:end].lower().rstrip(".")
            # (and a name's initials: "Chairman K.C. Liu", "C.C. Wei told analysts")
            if b.group(1) == "." and (w in _ABBREV or re.fullmatch(r"[a-z]", w or "x") and len(w) == 1
                                      # a scale word's abbreviation after a number, before its currency:
                                      # "412,6 Mio. Euro", "11,9 Mrd. EUR" (not "… 5 Mio. The …")
                                      or w in _SCALE_ABBREV and body[:i].rstrip()[-1:].isdigit()
                                      and _CURRENCY_NEXT.match(body, b.end(3))
                                      or re.fullmatch(r"[A-Z]\.[A-Z]", body[i:end].rstrip("."))
                                      or w in _DOTTED_SYMBOLS and body[b.end(3):b.end(3) + 1].isdigit()):
                continue
            if b.group(1) == "." and not b.group(2) and b.start(1) <= 12 and section_number(body[:b.start(1)]):
                continue   # headings.SECTION_NUMBER: "B2. PROSPECTS", "II. Other information": one heading
            if b.group(1) == "." and not b.group(2) and _GERMAN_ORDINAL.search(body, 0, b.start(1)) \
                    and _ORDINAL_NOUN.match(body, b.end(3)):
                continue   # german-ordinal: "5. November 2026", "(3. Quartal 2026)": an ordinal, no sentence's end
            starts.append(b.end(3))
        starts.append(len(body))
        heading = short_line(body)   # headings.SHORT_LINE
        for a, z in zip(starts, starts[1:]):
            seg = body[a:z]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            s = line_start + offset + a + lead
            e = s + len(stripped)
            out.append(Sentence(s, e, fold(stripped), para, line_no, heading and len(starts) == 2))
    return out
