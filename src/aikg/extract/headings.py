"""The one heading reader (issue51r): which lines of a cleaned text are headings, for the heading path
of each evidence node (passage_context, `kg:heading`), the period in force under a heading
(period_scope heading-period, through `sentences.Sentence.is_heading`) and every reader that asks
whether a sentence is a heading line (`is_heading`: unit lists, outlook lists, titles).

Each kind of heading line is a named record (HEADING_LINES) with its examples and the documents it was
met in:

- markdown-heading: "## 2. Allocation of proceeds (PLN million)" (its level: the number of marks);
- title-line: a short line alone in its paragraph that is no sentence (an HTML h1-h6 written as a line,
  a caption before a table or a list);
- short-line: a line of one sentence, 14 words at most, with no closing stop ("Second quarter",
  "Revenue by segment"), read by the sentence splitter for each line (`short_line`).

Pure functions over lines.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..pattern_cache import plain
from . import tables

HEADING_LINES = (
    {
        "name": "markdown-heading",
        "pattern": plain(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$"),
        "examples": ("## 2. Allocation of proceeds (PLN million)", "# Acme Group — Annual report"),
        "provenance": "probe35 08 Cyfrowy Polsat green bond report ('## 2. Allocation of proceeds (PLN million)' over its "
                      "allocation table), kindcheck35/tables 01_ (markdown section headings over pipe tables)",
    },
    {
        # a short line alone in its paragraph, no sentence (no closing stop): an HTML h1-h6 turned into a
        # line, a caption before a table or a list ("Revenue by segment (EUR million):")
        "name": "title-line",
        "max_chars": 90,
        "max_words": 14,
        "caption_chars": 160,   # a line right above a table is its caption: it may say more (measure, unit, period)
        "caption_words": 24,
        # (nor a dateline or a byline: "Thursday, Sep 11, 2025 12:59 am ET2min read", "By Jane Roe")
        "not": plain(r"[.!?;,]\s*\**\s*$|^\s*(?:[-*+•]\s|\d+[.)]\s|by\s|\|)|[|·›©]|\s>\s|https?:|@"
                          r"|\b\d{1,2}:\d\d\b|\bmin(?:ute)?s?\s+read\b|^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                          # (nor a form field with a date or a number: "Date: October 22, 2026", "Reporting date: 30 June 2026")
                          r"|^[^:]{1,30}:\s*\**\s*(?:\d|[A-Z][a-z]+\.?\s+\d)", re.I),
        # one-sentence: a line of several sentences is a page's chrome, no title ("This site uses cookies. Continue
        # browsing to accept", "ADVERTISEMENT — Upgrade your data centre … . Learn more »", "Sponsored: Need …? Talk to
        # …"), unless it is a table's or a list's caption ("L&T reports seven segments. The table below shows revenue
        # for Q1 FY26 (₹ crore):", probe12 larsen_toubro_q1fy26; "Naver reports five business segments. Their
        # third-quarter revenue:", probe3 r05_naver)
        "one_sentence": "devset5 t10_iflytek, probe11 p11_06_bilibili, probe17 06_systems_limited_liveblog, probe36 "
                        "06_latentview (cookie notices); probe10 zte_2024_results, probe11 p11_04_lgcns, probe7 "
                        "p7_08_ovhcloud (ADVERTISEMENT lines); probe13 horizon_robotics, probe9 g04_kddi (Sponsored lines); "
                        "probe3 r02_tsmc (Newsletter: … Sign up)",
        "examples": ("Announcement 2", "Revenue by segment (EUR million):", "Sonatel: revenue up 7,8 % at end-September",
                     "Table 2 - Revenue by segment, nine months (in € thousand / σε χιλ. €)"),
        "provenance": "probe35 05 Chenbro MOPS page ('Announcement 1' / 'Announcement 2' over its field tables, "
                      "HTML headings), probe35 06 Sonatel BRVM page (its h1 headline as a line alone); captions right "
                      "above a table: kindcheck35/tables 01 Kyparissi ('Table 2 - Revenue by segment, nine months (in € "
                      "thousand …)'), probe35 08 Cyfrowy Polsat ('## 2. Allocation of proceeds (PLN million)')",
    },
)
SHORT_LINE = {
    "name": "short-line",
    "max_words": 14,
    # (a line closed by a stop, a colon or a semicolon, or by a closing quote, is a sentence or a list's lead)
    "closed": plain(r"[.!?:;”\"]\s*$"),
    "examples": ("Second quarter", "Revenue by segment", "INTERIM REPORT — THIRD QUARTER 2025"),
    "not": ("Revenue rose 12% to HUF 48.6 billion.", "Segment revenue for the quarter:"),
    "provenance": "kindcheck35/periods 03_tiszavolgy_h1_2026_news_hu ('## Second quarter' / '## First half' over "
                  "their paragraphs), probe27 05_ceragon_6k ('Second quarter 2026 highlights:' a list's lead, no "
                  "heading); a page's title lines over its lead (pipeline: a heading states no facts)",
}
# table-line: a table's row or header line (tables.tables: pipe, aligned, CSV) is no heading line, though it is
# short and unclosed: it neither sets nor ends the period in force under a heading (period_scope heading-period).
TABLE_LINE = {
    "name": "table-line",
    "examples": ("| Segment | H1 2025 (IDR trillion) | Notes |", "3Q26 3Q25 YoY 2Q26 QoQ", "Q3 2025,Design,140.6,16.9"),
    "provenance": "probe12 indosat_lintasarta_release ('| Segment | H1 2025 (IDR trillion) | Notes |'), probe14 "
                  "04_locaweb_results_table ('| Metric | 4Q24 | 4Q23 | Change |'), probe22 06_heliostowers_bond_offering "
                  "('| | FY2024 | FY2023 | H1 2025 | H1 2024 |'), probe28 01_douzone_korean_ir_release ('3Q26 3Q25 YoY "
                  "2Q26 QoQ'), probe21 08_nemetschek_data_appendix (CSV rows 'Q3 2025,Design,…'): each set the period "
                  "in force for the text after its table, or ended a heading's",
}
# numbered-section: a section's number at the head of a line ("B1. REVIEW OF PERFORMANCE", "II. Pre-audit of the
# forecast", "**1. Business results**", "### 1. Situation") ends no sentence: the line is one heading, for the
# sentence splitter (is_heading) as for the heading path (title-line: one sentence)
SECTION_NUMBER = {
    "name": "numbered-section",
    "pattern": plain(r"^\s*(?:#{1,6}\s+)?(?:\*\*)?(?:[A-Z]?\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})$"),
    "examples": ("B2. PROSPECTS", "IV. Other information", "**3. Financial position**", "### 5. Analysis"),
    "provenance": "kindcheck28/grids 01_seroja_jentera_q3 ('B1. REVIEW OF PERFORMANCE', 'B2. PROSPECTS'), kindcheck29/focus "
                  "03_qiaolan_director_nomination ('II. Non-independent director candidates'), kindcheck29/scale "
                  "03_ruiheng_h1_2026_forecast ('IV. Other information'), kindcheck36/money 02_vinhson_bao_bi_9m_2026_vn "
                  "('**1. Business results**'), probe22 01_taiwanmobile_casestudy ('### 1. Situation')",
}
TITLE_LEVEL = 7    # a title line sits below every markdown heading
CAPTION_LEVEL = 8  # and a table's caption below it


class Heading(NamedTuple):
    level: int     # 1-6 a markdown heading's marks; TITLE_LEVEL a title line; CAPTION_LEVEL a table's caption
    text: str      # the heading's words, without its marks
    rule: str      # the HEADING_LINES record that read it


def table_line(found_tables, pos: int) -> bool:
    """table-line: whether offset `pos` is on a row or the header line of one of `found_tables` (tables.tables)."""
    return bool(found_tables) and (tables.table_at(found_tables, pos) is not None
                                   or tables.header_line_at(found_tables, pos) is not None)


def section_number(before: str) -> bool:
    """numbered-section: whether `before` (a line up to a full stop) is a section's number alone."""
    return SECTION_NUMBER["pattern"].match(before) is not None


def short_line(body: str) -> bool:
    """short-line: a line (its bullet aside) of 14 words at most with no closing stop (pure)."""
    return not SHORT_LINE["closed"].search(body.strip()) and len(body.split()) <= SHORT_LINE["max_words"]


def clean_heading(text: str) -> str:
    """A heading's words without its bold, underline and heading marks."""
    return " ".join(text.replace("**", "").replace("__", "").split()).strip(" #*_")


def several_sentences(sents) -> frozenset[int]:
    """The lines (index of their first line) that hold more than one sentence of `sents` (sentences.split)."""
    seen: set[int] = set()
    out: set[int] = set()
    for s in sents:
        (out if s.line in seen else seen).add(s.line)
    return frozenset(out)


def title_line(lines: list[str], i: int, several: frozenset[int] = frozenset()) -> str:
    """The text of line i when it is a title line (HEADING_LINES title-line): alone in its paragraph
    (a blank line or the text's start before it; a blank line, a table or the end after it), one
    sentence unless it is a table's or a list's caption (`several`: the lines of more than one sentence)."""
    rule = HEADING_LINES[1]
    s = lines[i].strip()
    caption = i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")
    if i in several and not caption and not s.rstrip("*").endswith(":"):
        return ""   # (one-sentence: a page's chrome, "This site uses cookies. Continue browsing …"; a lead, "Naver
        # reports five business segments. Their third-quarter revenue:", stays its list's or table's caption)
    if not s or len(s) > rule["caption_chars" if caption else "max_chars"] or rule["not"].search(s) \
            or len(s.split()) > rule["caption_words" if caption else "max_words"]:
        return ""
    if i > 0 and lines[i - 1].strip():
        return ""
    if i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].lstrip().startswith("|"):
        return ""
    text = clean_heading(s)
    return text if sum(c.isalpha() for c in text) >= 3 else ""


def heading_at(lines: list[str], i: int, several: frozenset[int] = frozenset()) -> Heading | None:
    """Line i as a heading of the heading path (markdown-heading or title-line, a title line right above
    a table its caption), or None (pure)."""
    line = lines[i]
    if line.lstrip().startswith("|"):
        return None
    m = HEADING_LINES[0]["pattern"].match(line)
    if m is not None:
        text = clean_heading(m.group(2))
        return Heading(len(m.group(1)), text, "markdown-heading") if text else None
    text = title_line(lines, i, several)
    if not text:
        return None
    caption = i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")
    return Heading(CAPTION_LEVEL if caption else TITLE_LEVEL, text, "title-line")
