"""Sentence splitting over cleaned text, keeping character offsets.

Lines are split first (articles put headings, bullets and timeline entries on lines of their
own), then sentences inside a line at `.`, `!` or `?` followed by a capital, a digit or a quote,
except after common abbreviations (U.S., Ltd., Inc., Feb., Mr.) and initials.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..pattern_cache import plain

_ABBREV = {
    "u.s", "u.k", "u.n", "e.u", "ltd", "inc", "corp", "co", "mr", "mrs", "ms", "dr", "prof", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "e.g", "i.e", "etc", "approx", "est", "fig", "jr", "sr", "plc", "bhd", "s.a", "n.v",
    "u.s.a", "gov", "dept", "rs",
}
_BOUNDARY = plain(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(]?[A-Z0-9])")
_CLOSED = plain(r"[.!?:;”\"]\s*$")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_BULLET = plain(r"^(\s*(?:[-*•·]|\d{1,2}[.)])\s+)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str           # whitespace-folded text of [start, end)
    paragraph: int      # index of the blank-line separated block it sits in
    line: int           # index of the line it sits in
    is_heading: bool    # a short line with no closing punctuation


def _fold(s: str) -> str:
    return " ".join(s.split())


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    para = 0
    for line_no, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            para += 1
            continue
        offset = 0
        m = _BULLET.match(line)
        if m:
            offset = m.end()
        body = line[offset:]
        starts = [0]
        for b in _BOUNDARY.finditer(body):
            # the run of letters and dots right before the punctuation (what
            # re.search(r"([A-Za-z.]+)$", body[:b.start(1)]) finds, without rescanning the line)
            end = i = b.start(1)
            while i > 0 and body[i - 1] in _WORD_CHARS:
                i -= 1
            w = body[i:end].lower().rstrip(".")
            # (and a name's initials: "Chairman K.C. Liu", "C.C. Wei told analysts")
            if b.group(1) == "." and (w in _ABBREV or re.fullmatch(r"[a-z]", w or "x") and len(w) == 1
                                      or re.fullmatch(r"[A-Z]\.[A-Z]", body[i:end].rstrip("."))):
                continue
            starts.append(b.end(3))
        starts.append(len(body))
        heading = not _CLOSED.search(body.strip()) and len(body.split()) <= 14
        for a, z in zip(starts, starts[1:]):
            seg = body[a:z]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            s = line_start + offset + a + lead
            e = s + len(stripped)
            out.append(Sentence(s, e, _fold(stripped), para, line_no, heading and len(starts) == 2))
    return out
