"""List lines read as the rows of a grid: a block of two or more lines, each opened by a list mark and
a label followed by figures ("- Overseas: 96.33 (share 92.3%)", "2. Northwind — 27.4%", "(b) Contract
Manufacturing    S$41.5 million"), under a caption (the line or sentence above the block).

The block is read as a table is (tables.py, table_rows.py, segment_tables.py): the caption is the
header — the measure it names ("Composition of operating income by product"), the dimension of its
rows ("by region", "business units"), its scale ("(unit: 100 million yuan)", segment_tables.UNIT_NOTES),
whether its percents are shares —; each row's label is classified once as a measure name, an entity
name (a company the text names, or a unit of the focus company) or neither; and each row's figures
take the caption's measure and scale. When the caption names no measure, the rows' amounts take the
measure of the company figure they add up to (`RULES` parts-sum-to-whole). What nobody can type
stays the line's claim, with the row's label as its subject or measure.

`blocks(text)` finds the blocks; `row_at(blocks, pos)` the row a sentence opens; `read_block(...)`
what a block's rows state (pure; the pipeline makes the records). The tests use invented lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import records as r
from ..pattern_cache import plain
from . import values as v
from .claims import _BULLET, _DOWN, _UNIT_NAMED_LABEL, _list_label
from .figures import HEAD_RE
from .measure_names import canonical
from .rule_record import RuleRecord
from .segment_tables import _UNIT_LINE, _money_in, scale_line_note, unit_note
from .unit_contents import gloss_members
from .periods import bracketed_comparative
from .table_rows import breakdown_measure, row_measure

RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "list-block-as-grid",
        "two or more consecutive lines each opened by a list mark ('-', '•', '1.', '(a)') and a label, then a "
        "separator (colon, dash, a run of spaces or dots) and figures, are the rows of a grid whose header is the "
        "caption above them; a line holding two such entries ('- A: 1.0      - B: 2.0') is two rows",
        ("probe22 02_eoptolink_halfyear_translation: 'Composition by region' over '  - Overseas: 96.33 (share 92.3%)"
         "      - Domestic: 8.04 (share 7.7%)'",
         "probe22 03_retelit_italian_translation: '- Digital Services (cloud, …): 58,2 mln euros, +11,3%;'",
         "probe22 05_aemholdings_sgx_announcement: '2. REVENUE BY BUSINESS SEGMENT (9M2025)' over ' (a) Test Cell "
         "Solutions (\"TCSol\")    S$248.9 million  (79.6% of Group revenue)'",
         "probe21 02_renesas_tse_notice: '   - Automotive segment:      JPY 158.4 billion'"),
        ("Sales by region (FY2031):\n- Europe: $40 million, +5%\n- Asia: $25 million, +9%",)),
    RuleRecord(
        "label-is-entity-or-measure",
        "a row's label is classified once: a measure name ('Net profit') gives its figures their measure; a name "
        "the text resolves to a company ('2. <company> — 27.4%') makes that company the row's subject; a "
        "capitalised name under a caption naming units or regions ('business units', 'by region', 'by segment') "
        "is a unit of the focus company; anything else ('Other', 'The incumbent operator', a product line) "
        "keeps the company as subject",
        ("probe22 01_taiwanmobile_casestudy: '… subscriber shares at the end of 2024:' over '1. <rival> — 29.1% …' / "
         "'2. <company> — 27.4%'",
         "probe22 03_retelit_italian_translation: 'The group reports three business units.' over its unit lines",
         "probe21 02_renesas_tse_notice: 'Revenue for the third quarter … was JPY 337.2 billion, of which:' over "
         "'- Automotive segment: JPY 158.4 billion'"),
        ("Market shares at the end of 2031:\n1. Orvane — 31%\n2. Kestrel — 24%",)),
    RuleRecord(
        "parts-sum-to-whole",
        "when the caption names no measure, the rows' amounts are parts of the company figure of the same "
        "currency they add up to (within 0.5%): they take its measure and its period (bare numbers take the "
        "scale of the nearest 'Unit:' note above only when they so add up)",
        ("probe22 03_retelit_italian_translation: units 58,2 + 36,9 + 17,6 = revenue 112,7 mln euros (H1 2025)",
         "probe22 02_eoptolink_halfyear_translation: regions 96.33 + 8.04 = operating income 104.37 (unit: 100 million yuan)",
         "probe22 05_aemholdings_sgx_announcement: segments 248.9 + 41.5 + 22.2 = 9M2025 revenue 312.6",
         "probe21 02_renesas_tse_notice: 158.4 + 176.9 + 1.9 = third-quarter revenue JPY 337.2 billion"),
        ("Revenue was $100 million. By unit:\n- Alpha: $60 million\n- Beta: $40 million",)),
    RuleRecord(
        "share-percent",
        "a row's percent marked as a share ('(share 92.3%)', '(79.6% of Group revenue)') or under a caption "
        "naming shares is the row's share: of the caption's market ('subscriber shares', '<place>'s mobile market') "
        "for a company row, of the row measure (revenue when none) for a unit row; a signed percent ('+11,3%') "
        "is the change of the row's amount",
        ("probe22 01_taiwanmobile_casestudy: 'Our group compiled subscriber shares …' over '2. <company> — 27.4%'",
         "probe22 02_eoptolink_halfyear_translation: '- Overseas: 96.33 (share 92.3%)'",
         "probe22 05_aemholdings_sgx_announcement: 'S$248.9 million  (79.6% of Group revenue)'"),
        ("- Alpha: $60 million (share 60%)",)),
    RuleRecord(
        "unit-then-measure",
        "under a caption naming units, a row label that is a name of two capitalised words or more followed by a "
        "money measure ('Cloud Hosting revenue') is the unit's figure of that measure: the unit the row's subject, "
        "the head its measure; a label opened by Total, Group, Net, Adjusted, Operating stays a measure",
        ("probe6 p6_05_kakao: '… The platform division, which includes KakaoTalk advertising (\"Talk Biz\") …' over "
         "'- Talk Biz revenue: 539.2 billion won, up 9%'",
         "probe7 p7_01_servicenow_q3_2025: '- North America revenues: $2.05 billion, up 20%'"),
        ("The group's four segments:\n- Harbour Data revenue: $40 million, +5%\n- Fleet Cloud revenue: $25 million",)),
)

_MARK = r"(?:[-*•·]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\([ivx]{1,4}\))"
# (rule two-letter-currency-rows: a row's amount may open with the ringgit's or the rupee's letters, "• Government and
# public sector: RM96.5 million", kindcheck33 segments 02_seriwangsa_q3_release; "  * EBITDA: Rs 178.3 crore", probe20
# 02_mastek_shareholder-email)
# (rule bracket-note-label: the label's bracketed description may hold its own dashes and colons, "- Energia
# (energy — solar inverters, batteries): R$ 405,9 milhões", and the figures may open in bold, "- Security:
# **US$558 million**"; probe24 01_intelbras_ptbr_translation, probe24 08b_akamai_q3_news, probe25
# 04_mycronic_q3_release "- High Volume: MSEK 421 (372)")
_ROW = plain(r"^[ \t]*(?P<mark>" + _MARK + r")[ \t]+(?:\*\*)?(?P<label>[A-Z](?:[^:|—–(\n]|\([^()\n]{0,120}\)){0,90}?)(?:\*\*)?"
             r"(?P<sep>[ \t]*:[ \t]*|[ \t]+(?:—|–|-{1,2})[ \t]+|[ \t]{3,}|[ \t]*\.{4,}[ \t]*)"
             r"(?:\*\*)?(?P<rest>(?:about\s+|approx\.?\s+|c\.\s*)?[(+\-−–]?[ \t]*(?:(?:[A-Z]{1,3}\$|[$€£¥₩₹]|[A-Z]{3,4}|Rp|RM|Rs\.?)[ \t]?|R(?=\d))?\d.*)$")   # (the rand's "R3 204.1 million")
# (rule unmarked-grid-rows: an indented line without a list mark, "      Media (SCTV, Indosiar, Vidio)      4,918",
# a label, a run of three blanks or more and its figure, is a row only in a block of such lines under a caption
# naming a breakdown: probe32 07_emtek_public_expose_minutes "2. Revenue by segment, 9M26 (Rp billion):", probe32
# 06_madetech_preclose_trading_update "Revenue by sector (H1 FY27, unaudited)" over "  Central government   £15.2m",
# probe32 03_avanceon_psx_results_notice "1. Segment revenue for the nine months … (Rupees in '000):")
_BARE_ROW = plain(r"^(?P<mark>[ \t]{2,})(?P<label>[A-Z](?:[^:|—–(\n\d$€£¥₹]|\([^()\n]{0,120}\)){0,90}?)"
                  r"(?P<sep>[ \t]{3,}|[ \t]*\.{4,}[ \t]*)"
                  r"(?P<rest>[(+\-−–]?[ \t]*(?:(?:[A-Z]{1,3}\$|[$€£¥₩₹]|[A-Z]{3,4}|Rp)[ \t]?)?\d[\d,.]*(?:[ \t]*(?:bn|m|mn|million|billion|trillion)\b)?(?:[ \t]{3,}.*)?)[ \t]*$")
# (rule members-colon-rows: an unmarked line "Consumer: snack foods, dairy and bottled water — Rp6,204bn" under a
# caption naming a breakdown is a row whose label is the unit, the text between the colon and the dash what the unit
# holds (unit_contents.GLOSS_MEMBERS, as a bracket after the label says it), the figure after the dash its amount:
# the unmarked colon rows of probe3 r08_deutsche_telekom "Third-quarter revenue by operating segment:" over
# "Germany: €6.4 billion, up 1.0%" and probe3 r07_broadcom, with the members of kindcheck33 segments 01_arunika)
_MEMBERS_ROW = plain(r"^(?P<mark>)(?P<label>[A-Z][\w&'’/. -]{1,40}?)(?P<sep>:[ \t]+)(?P<members>[a-z][^:—–\d\n]{2,120}?)[ \t]+(?:—|–|--)[ \t]+"
                     r"(?P<rest>(?:about\s+|approx\.?\s+)?(?:(?:[A-Z]{1,3}\$|[$€£¥₩₹]|[A-Z]{3,4}|Rp)[ \t]?)\d.*)$")
# a second entry on the same line: "  - Overseas: 96.33 (share 92.3%)      - Domestic: 8.04 (share 7.7%)"
_SECOND = plain(r"[ \t]{3,}(?=[-*•·][ \t]+[A-Z])")
_NOTE = plain(r"\s*\(([^()]*)\)\s*$")
_SUFFIX = plain(r"\s+(?:segment|division|unit|business\s+unit)$", re.I)
# a change said in words before its percent: "up 35.9% on year", "down 25% y/y", "an increase of 4%"
_GROWTH_WORD = plain(r"\b(?P<w>up|down|rose|fell|grew|declined|increased?|decreased?|growth|decline)(?:\s+(?:by|of))?\s*$", re.I)
# a counted noun is no measure of money ("reorganized its reporting around customers")
_COUNTED = plain(r"^(?:customers?|users?|subscribers?|employees|people|staff|units?|shares?|members|clients)$", re.I)
_OTHER = plain(r"^(?:other|others|total|subtotal|group|the|of\s+which|remaining|rest|all|eliminations?|corporate|"
               r"unallocated|a|an|our|its|their|this|these)\b", re.I)
_SHARE_WORD = plain(r"\bshares?\b|\bmix\b|%\s+of\s+(?:total\s+|group\s+)?(?:revenue|sales|income)", re.I)
_ROW_SHARE = plain(r"\bshare\s*:?\s*$|^\s*$", re.I)   # the text right before a percent: "(share 92.3%)"
_SHARE_AFTER = plain(r"^\s*%?\s*of\s+(?:the\s+)?(?:total\s+|group\s+)?(?:revenue|sales|income|turnover)", re.I)
_REGION_DIM = plain(r"\bby\s+(?:region|geography|country|market|area|segment|division|business|unit|group)s?\b|"
                    # (rule sector-rows: customer sectors are rows of the breakdown as regions are, "Revenue by sector
                    # (H1 FY27, unaudited)", probe32 06_madetech_preclose_trading_update; "By customer sector, revenue
                    # for 9M2026 was:", kindcheck33 segments 02_seriwangsa_q3_release)
                    r"\bby\s+(?:customer\s+|end[- ]market\s+|industry\s+)?sectors?\b|"
                    r"\b(?:regions?|geograph\w+|countries|business\s+units?|segments?|divisions?|business\s+lines?|"
                    # (the adjective too: "Divisional revenue (prior period in brackets)", kindcheck30 tables
                    # 03_thabankulu; "Divisional review" over the divisions, kindcheck29 names 02_marlowby_clarke)
                    r"divisional|segmental|"
                    # (rule unit-groups: "The company reports three product groups:", "By group:"; probe24 08a/08b
                    # akamai, devset5 t09_lenovo "THREE BUSINESS GROUPS", probe10 delta_electronics "3 business groups")
                    r"(?:product|business|operating|reporting)\s+groups|"
                    # (rule unit-areas: "reports its business in four areas", "two business areas:", "three business
                    # areas"; probe24 02_fortnox_swedish_daily, probe23 02_bahnhof_site_factsheet, probe26
                    # 01_izertis_spanish_daily)
                    r"(?:business|operating)\s+areas|(?:in|into)\s+(?:two|three|four|five|six|seven|\d)\s+areas|"
                    # (rule breakdown-structure: a measure's "structure", "mix" or "split" lists the parts of the
                    # business: "Revenue structure, Q3 2025", "REVENUE MIX, Q2 FY27", "Management's revenue split for
                    # 2024:"; probe26 03_internet_thailand_thai_daily, probe20 02_mastek_shareholder-email, probe18
                    # accton_forum_post)
                    r"(?:revenue|sales|turnover|income)\s+(?:structure|mix|split)|"
                    r"(?:structure|mix|split)\s+of\s+(?:revenue|sales|turnover|income))\b", re.I)
_MARKET = plain(r"(?P<np>(?:[A-Za-z-]+\s+){0,2}?[a-z-]+)\s+(?:market\s+)?shares?\b", re.I)
_MARKET_OF = plain(r"\bshares?\s+(?:of|in)\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[\w-]+){0,4}?)\s*(?:[,:(]|\bat\b|\bin\b|$)", re.I)
# a row's figures opening with an amount in a currency ("EUR 1.86 billion", "R3 204.1 million", "$12m")
_AMOUNT_FIRST = plain(r"(?:about\s+|approx\.?\s+)?(?:[A-Z]{1,3}\$|[$€£¥₩₹]|[A-Z]{3,4}|Rp|R(?=\d))[ \t]?\d")
_FIGURE_IN_LABEL = plain(r"[$€£¥₩₹]|\d[\d.,]*\s*(?:%|bn|mn|m\b|billion|million)|[()]")


@dataclass(frozen=True)
class Row:
    start: int        # offset of the row's line start (of its entry for a second entry on a line)
    end: int
    label: str        # its name: list mark, bracket note and unit word dropped
    note: str         # the label's bracket ("cloud, data centre, …"), "" when none
    rest: str         # the figures after the separator
    depth: int = 0    # its indent: a row indented under another is a part of it, not a row of the grid


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    caption: str      # the line or sentence(s) above the block
    rows: tuple[Row, ...]
    marked: str       # "numbered", "bulleted" or "unmarked"


def _bare_row(part: str):
    """_BARE_ROW.match(part), tried only on a line opening with the two blanks it needs."""
    return _BARE_ROW.match(part) if part[:1] in (" ", "\t") and part[1:2] in (" ", "\t") else None


def _members_row(part: str):
    """_MEMBERS_ROW.match(part), tried only on a line holding its colon and a dash."""
    return _MEMBERS_ROW.match(part) if ":" in part and ("—" in part or "–" in part or "--" in part) else None


def _rows_of(line: str, at: int, bare: bool = False) -> list[tuple[Row, str]]:
    out = []
    parts, pos = [], 0
    for m in _SECOND.finditer(line) if not bare and ("   " in line or "\t" in line) else ():   # (three blanks or a tab: what [ \t]{3,} needs)
        parts.append((pos, line[pos:m.start()]))
        pos = m.end()
    parts.append((pos, line[pos:]))
    for off, part in parts:
        m = (_bare_row(part) or _members_row(part)) if bare else _ROW.match(part)
        if m is None:
            return []
        label = " ".join(m.group("label").split())
        note = ""
        n = _NOTE.search(label)
        if n is not None:
            note, label = n.group(1), label[:n.start()].strip()
        elif "members" in m.re.groupindex:
            note = " ".join(m.group("members").split())
        label = _SUFFIX.sub("", label).strip(" *")
        if not label or len(label.split()) > 8 or _FIGURE_IN_LABEL.search(label):
            return []
        depth = len(line) - len(line.lstrip())
        out.append((Row(at + off, at + off + len(part.rstrip()), label, note, m.group("rest").strip(), depth), m.group("mark")))
    return out


def blocks(text: str) -> list[Block]:
    """The list blocks of `text` (RULES list-block-as-grid), offsets into it."""
    if not re.search(r"\d", text):
        return []
    out: list[Block] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        rows = _rows_of(lines[i][1], lines[i][0])
        if not rows:
            bare = _bare_block(lines, i)
            if bare is not None:
                out.append(bare[0])
                i = bare[1]
                continue
            i += 1
            continue
        j, found = i, []
        while j < len(lines):
            rs = _rows_of(lines[j][1], lines[j][0])
            if not rs:
                # a row wrapped onto an indented next line belongs to the row above
                # (two spaces are enough under a top-level row: "- Share from renewable sources: **100%** (hydro …" over
                # "  agreements and guarantees …", probe20 05_atnorth_esg-report; never a caption of the rows below)
                if (lines[j][1].startswith("   ") or lines[j][1].startswith("  ") and found[-1][0].depth == 0) \
                        and lines[j][1].strip() and found and not lines[j][1].lstrip()[:1] in "-*•·(":
                    j += 1
                    continue
                break
            found += rs
            j += 1
        if len(found) >= 2:
            cap = _caption_above(lines, i)
            marks = {m for _, m in found}
            out.append(Block(found[0][0].start, lines[j - 1][0] + len(lines[j - 1][1]), " ".join(cap),
                             tuple(r0 for r0, _ in found),
                             "numbered" if all(re.match(r"\(?\d", m) for m in marks) else "bulleted"))
        i = max(j, i + 1)
    return out


def _caption_above(lines: list[tuple[int, str]], i: int) -> list[str]:
    """Up to three non-row lines right above line i (one blank line may stand between): its caption."""
    k, cap = i - 1, []
    while k >= 0 and not lines[k][1].strip() and i - k <= 2:
        k -= 1
    while k >= 0 and lines[k][1].strip() and len(cap) < 3 and not _rows_of(lines[k][1], 0):
        cap.insert(0, lines[k][1].strip())
        k -= 1
    return cap


def _bare_block(lines: list[tuple[int, str]], i: int) -> tuple[Block, int] | None:
    """A block of unmarked indented rows opening at line i and the line after it (RULES unmarked-grid-rows), or
    None: two rows or more, under a caption whose last line names a breakdown ("Revenue by segment", "by sector")."""
    if not _rows_of(lines[i][1], lines[i][0], True):
        return None
    j, found = i, []
    while j < len(lines):
        rs = _rows_of(lines[j][1], lines[j][0], True)
        if not rs:
            break
        found += rs
        j += 1
    if len(found) < 2:
        return None
    cap = _caption_above(lines, i)
    if not cap or not _REGION_DIM.search(cap[-1]):
        return None
    return Block(found[0][0].start, lines[j - 1][0] + len(lines[j - 1][1]), " ".join(cap),
                 tuple(r0 for r0, _ in found), "unmarked"), j


def rows_on_line(found: list[Block], a: int, b: int) -> list[tuple[Block, Row]]:
    """The rows whose entries start within [a, b) (a sentence's line)."""
    return [(bl, rw) for bl in found if bl.start <= b and a <= bl.end for rw in bl.rows if a <= rw.start < b]


def on_unmarked_row(found: list[Block], a: int, b: int) -> bool:
    """Whether a line [a, b) is a row of an unmarked block: a row whose bare figure is read with its caption's
    scale ("Media (…)   4,918" under "(Rp billion)"), never a heading (RULES unmarked-grid-rows)."""
    return any(bl.marked == "unmarked" for bl, _ in rows_on_line(found, a, b))


def caption_measure(caption: str) -> str | None:
    """The measure a caption names: a breakdown heading's ("Revenue by segment"), else the last measure
    head of its last sentence ("The breakdown of revenue for the half year is as follows:")."""
    last = re.split(r"(?<=[.!?])\s+", caption.strip())[-1] if caption.strip() else ""
    last = re.sub(r"\b(?:composition|breakdown|split|distribution)\s+of\s+", "", last, flags=re.I)
    m = breakdown_measure(re.sub(r"^\W*\d*\W*", "", last)) or breakdown_measure(last)
    if m:
        return m
    last = re.sub(r"\([^)]*\)", " ", last)
    heads = [h for h in HEAD_RE.finditer(last) if not re.fullmatch(r"shares?", h.group(0), re.I)]
    if not heads:
        return None
    meas = canonical(heads[-1].group(0).lower())
    if _COUNTED.match(meas):
        return None
    return "revenue" if meas in ("revenues", "turnover", "sales") else meas


def caption_units(caption: str) -> bool:
    """Whether the caption says its rows are units or regions of the company ("business units", "by region")."""
    cap = re.sub(r"\bunits?\s*:\s*[^.;)]*", " ", caption)   # "(unit: 100 million yuan)" is a unit of measure
    return bool(_REGION_DIM.search(cap))


def market_of(caption: str) -> str | None:
    """The market a caption's shares are of ("subscriber shares" -> "subscriber"), or None."""
    of = _MARKET_OF.search(caption)
    if of is not None:
        return " ".join(of.group("np").split()).lower()
    m = None
    for m in _MARKET.finditer(caption):
        pass
    if m is None:
        return None
    words = [w for w in m.group("np").split() if w.lower() not in ("our", "the", "compiled", "market", "of", "and", "group")]
    return words[-1].lower() if words else None


def label_kind(label: str, company_labels: dict[str, str]) -> str:
    """"company" (a company the text names), "measure", "name" (a capitalised name) or "other"."""
    if label in company_labels:
        return "company"
    if _OTHER.match(label) or re.match(r"\d", label):
        return "other"
    h = HEAD_RE.search(label)
    if row_measure(label) is not None and h is not None and len(label[:h.start()].split()) <= 1:
        return "measure"   # a label opened by a measure ("Net profit …", "Adjusted EBITDA"), not one naming a rate inside

    return "name" if label[:1].isupper() else "other"


@dataclass
class RowValues:
    amount: object | None = None     # a values.Money (a bare number read with the scale note)
    growth: object | None = None     # a values.Percent: a signed change
    share: object | None = None      # a values.Percent marked as a share
    percent: object | None = None    # any other lone percent


def row_values(rest: str, note: str, notation=None) -> RowValues:
    """The figures of a row's text after its label: its first amount (money, or a bare number in the
    `note`'s scale), a signed percent (its change), a share percent; numbers read in the document's
    `notation` (decimal comma or point, notation.read_notation) when given."""
    out = RowValues()
    ms = v.find_money(rest, notation) if notation is not None else v.find_money(rest)
    if ms:
        out.amount = ms[0]
    elif note:
        bare = re.match(r"^\s*([0-9][0-9,.]*)(?=\s|$|;|,\s)", rest)
        out.amount = _money_in(bare.group(1), note) if bare else None
    for p in (v.find_percents(rest, notation) if notation is not None else v.find_percents(rest)):
        if p.unit != "percent":
            continue
        before = rest[:p.start].rstrip("( ")
        word = _GROWTH_WORD.search(rest[max(0, p.start - 24):p.start])
        if re.search(r"[+\-−–]\s*$", rest[:p.start]) or re.match(r"^[+\-−–]", p.text):
            out.growth = out.growth or p
        elif word is not None:
            neg = word.group("w").lower() in ("down", "fell", "declined", "decreased", "decrease", "decline")
            out.growth = out.growth or (replace(p, negative=True) if neg and not p.negative else p)
        elif _ROW_SHARE.search(before[-12:]) and (re.search(r"share", before[-12:], re.I) or _SHARE_AFTER.match(rest[p.end:])):
            out.share = out.share or p
        elif _SHARE_AFTER.match(rest[p.end:]):
            out.share = out.share or p
        else:
            out.percent = out.percent or p
    return out


def scale_above(text: str, start: int, lines_up: int = 25) -> str:
    """The scale the nearest 'Unit: …' note above `start` states (segment_tables.scale_line_note), or ""."""
    above = text[:start].split("\n")[-lines_up:]
    for line in reversed(above):
        note = scale_line_note(line)
        if note:
            return note
    return ""


def whole_of(parts: list, wholes: list[tuple[str, Decimal, str, object]]) -> tuple[str, object] | None:
    """(measure, period) of the company figure the parts add up to (RULES parts-sum-to-whole): `wholes`
    (measure, value, currency, period) of the text so far; None when none matches within 0.5%."""
    if len(parts) < 2 or any(p is None for p in parts) or len({p.currency for p in parts}) != 1:
        return None
    total = sum(p.value for p in parts)
    cur = parts[0].currency
    for measure, value, currency, period in wholes:
        if currency == cur and value and measure and abs(total - value) <= value * Decimal("0.005") \
                and not any(abs(p.value - value) <= value * Decimal("0.005") for p in parts):
            return measure, period
    return None


@dataclass
class BlockReading:
    measure: str | None             # the measure of the rows' amounts
    period: object | None           # the whole's period (parts-sum-to-whole), else None
    units: bool                     # the rows are units of the company
    shares: bool                    # the caption names shares
    market: str | None
    note: str                       # the scale of the rows' bare numbers
    values: dict[int, RowValues]    # row start -> its figures


def read_block(bl: Block, text: str, wholes: list, notation=None) -> BlockReading:
    """What a block's caption and rows say (the module doc); `notation` the document's (rule
    document-notation: "R$ 405,9 milhões" in a text of decimal commas is 405.9 million, as its prose reads it)."""
    note = unit_note("", bl.caption)
    vals = {rw.start: row_values(rw.rest, note, notation) for rw in bl.rows}
    measure = caption_measure(bl.caption)
    period = None
    top = min(rw.depth for rw in bl.rows)
    rows = list(bl.rows)
    total = vals[rows[0].start].amount
    parts = [vals[rw.start].amount for rw in rows[1:] if rw.depth == top]
    if len(rows) >= 3 and re.match(r"(?:total|group|consolidated)\s", rows[0].label, re.I) and row_measure(rows[0].label) \
            and total is not None and all(p is not None and p.currency == total.currency and p.value < total.value for p in parts) \
            and all(label_kind(rw.label, {}) == "name" and not HEAD_RE.search(rw.label) for rw in rows[1:]):
        # (rule total-row-first: a block opened by the whole, "- Total revenue: **$16.33 billion**, up 9%" over its
        # parts "- Software: $7.21 billion, +10%": the first row names the parts' measure and is no part; devset5
        # t02_ibm, as the line above a block names it when it stands outside the block)
        measure = measure or canonical(re.sub(r"^(?:total|group|consolidated)\s+", "", row_measure(rows[0].label), flags=re.I))
        measure = "revenue" if measure in ("revenues", "turnover", "sales") else measure
        rows = rows[1:]
    amounts = [vals[rw.start].amount for rw in rows if rw.depth == top]
    found = whole_of(amounts, wholes)
    if found is None and not note:
        # bare numbers: the nearest 'Unit:' note above, only when the parts then add up to a whole
        above = scale_above(text, bl.start)
        if above:
            alt = {rw.start: row_values(rw.rest, above, notation) for rw in bl.rows}
            found = whole_of([alt[rw.start].amount for rw in rows if rw.depth == top], wholes)
            if found is not None:
                vals, note = alt, above
    if found is not None:
        measure = measure or found[0]
        period = found[1]
    elif measure is None:
        # no measure and no whole: the amounts stay untyped
        pass
    shares = bool(_SHARE_WORD.search(bl.caption))
    return BlockReading(measure, period, caption_units(bl.caption), shares, market_of(bl.caption) if shares else None, note, vals)


def wholes(facts: list, claims: list, company) -> list[tuple[str, Decimal, str, object]]:
    """(measure, value, currency, period) of the company's own figures stated so far: the wholes a
    block's parts may add up to (RULES parts-sum-to-whole)."""
    out = []
    for f in reversed(facts):   # (a typed figure before a claim's: its period is its column's)
        if f.kind == "observation" and f.subject == company and f.value is not None and f.unit and f.unit.isupper():
            out.append((f.measure, f.value, f.unit, f.period))
    for c in reversed(claims):
        if c.subject == company:
            for x in c.values:
                if x.role == "amount" and x.measure and x.value is not None and x.unit and x.unit.isupper():
                    out.append((x.measure, x.value, x.unit, c.period))
    return out


def _with_measure(c, measure: str | None, share_measure: str | None, subject=None, amount=None):
    vals = []
    for x in c.values:
        upd = {}
        if amount is not None and x.role == "count" and x.unit is None and x.text == amount.text:
            # a bare number the block's scale note makes money ("96.33" under "Unit: 100 million yuan")
            upd = {"role": "amount", "value": amount.value, "unit": amount.currency}
            x = x.model_copy(update=upd)
            upd = {}
        if x.measure is None and x.role in ("amount", "growth") and measure:
            upd["measure"] = measure
        if x.role in ("percent", "share") and share_measure and x.measure is None:
            upd = {"role": "share", "measure": share_measure}
        vals.append(x.model_copy(update=upd) if upd else x)
    upd = {"values": tuple(vals)}
    if subject is not None:
        upd["subject"] = subject
    return c.model_copy(update=upd)


def apply(here: list[tuple[Block, Row]], readings: dict[int, BlockReading], sent_facts: list, sent_claims: list,
          company, company_of, period, evidence) -> tuple[list, list, list]:
    """What the rows on a sentence's line state (the pipeline's hook): (its facts, its claims, the
    entities the rows named). `company_of(label)` gives the company a label names, or None; `period`
    the block's period when its whole gave none. A row whose label or caption says nothing more
    leaves the sentence's facts and claims as they are."""
    from .. import records as r
    named = []
    for bl, rw in here:
        rd = readings[bl.start]
        vals = rd.values.get(rw.start) or RowValues()
        when = rd.period or period
        holder = company_of(rw.label)
        kind = "company" if holder is not None else label_kind(rw.label, {})
        if kind == "measure":
            meas = row_measure(rw.label)
            sent_claims = [_with_measure(c, meas, None) for c in sent_claims]
            continue
        if kind == "other" and not (rd.shares or rd.units):
            if rd.measure:
                sent_claims = [_with_measure(c, rd.measure, f"share of {rd.measure}" if vals.share else None)
                               for c in sent_claims]
            continue
        if kind == "other":
            continue
        pct = vals.share or (vals.percent if rd.shares else None)
        if rd.shares and not rd.units and pct is not None and (kind == "company" or kind == "name"):
            # a row of a shares list: the label's share of the caption's market (RULES share-percent)
            holder = holder or r.EntityRef(kind="Company", label=rw.label)
            if rd.market and holder != company or holder == company and rd.market:
                sent_facts = [f.model_copy(update={"subject": holder}) if f.kind == "observation" and f.subject == company else f
                              for f in sent_facts if not (f.kind == "market_share" and f.share == pct.value)]
                sent_facts.append(r.MarketShare(holder=holder, market=rd.market, share=pct.value, qualifier=pct.qualifier,
                                                period=when, evidence=evidence))
                sent_claims = [_with_measure(c, None, "market share", holder) if c.subject in (company, holder) else c
                               for c in sent_claims]
                if holder != company:
                    named.append(holder)
            continue
        named_measure = unit_measure_label(rw.label) if rd.units and kind == "name" else None
        if named_measure is not None:
            # (RULES unit-then-measure: "- Cloud Hosting revenue: £318.4m" under a caption naming units)
            rw = replace(rw, label=named_measure[0])
            rd = replace(rd, measure=named_measure[1])
            sent_facts = [f.model_copy(update={"measure": named_measure[1]}) if f.kind == "observation"
                          and f.subject == company and (f.measure or "").endswith(named_measure[1])
                          and f.measure.startswith(named_measure[0].lower()) else f for f in sent_facts]
        if not rd.units or kind != "name" or company is None or HEAD_RE.search(rw.label) \
                or rw.depth > min(x.depth for x in bl.rows):
            # (a label naming a measure, "Talk Biz revenue", is no unit's name: the other readers' line)
            if rd.measure and kind == "name":
                sent_claims = [_with_measure(c, rd.measure, f"share of {rd.measure}" if vals.share else None, None, vals.amount)
                               for c in sent_claims]
            continue
        if vals.amount is None and vals.share is None and vals.growth is None:
            continue   # (a unit row states money or a percent: "- Heat reuse: **86 GWh**" is a measure's line)
        # a unit of the company (RULES label-is-entity-or-measure)
        unit = r.EntityRef(kind="Segment", label=rw.label)
        as_company = r.EntityRef(kind="Company", label=rw.label)   # the label a discovery reader took for a company
        have = {(f.subject.label, f.value) for f in sent_facts if f.kind == "observation" and f.subject.kind == "Segment"}
        sent_facts = [f.model_copy(update={"subject": unit}) if f.kind == "observation" and f.subject in (company, as_company)
                      and len(here) == 1 else f for f in sent_facts]
        if not any(f.kind == "segment_of" and f.segment == unit for f in sent_facts):
            sent_facts.append(r.SegmentOf(segment=unit, company=company, evidence=evidence))
        have_items = {f.item.label for f in sent_facts if f.kind == "in_segment" and f.segment == unit}
        for item in gloss_members(rw.note) if rw.note else ():
            # (unit_contents.GLOSS_MEMBERS: "Media (SCTV, Indosiar, Vidio)   4,918": what the unit holds)
            if item not in have_items:
                sent_facts.append(r.InSegment(item=r.EntityRef(kind="CostItem", label=item), segment=unit, evidence=evidence))
        g = vals.growth
        if g is not None and vals.amount is not None:
            # (the amount's change stated on its row: "- Cloud Hosting revenue: £318.4m +9%", moved to the unit above)
            sent_facts = [f.model_copy(update={
                "change": -g.value if g.negative else g.value, "change_unit": "percent", "change_text": g.text,
                "direction": "decrease" if g.negative else "increase"})
                if f.kind == "observation" and f.subject == unit and f.value == vals.amount.value and f.change is None
                and f.unit == vals.amount.currency else f for f in sent_facts]
        if vals.amount is not None and rd.measure and (rw.label, vals.amount.value) not in have \
                and not any(f.kind == "observation" and f.subject == unit and f.value == vals.amount.value for f in sent_facts):
            g = vals.growth
            sent_facts.append(r.Observation(
                subject=unit, measure=rd.measure, value=vals.amount.value, unit=vals.amount.currency,
                value_max=vals.amount.value_max, qualifier=vals.amount.qualifier, value_text=vals.amount.text,
                change=(-g.value if g.negative else g.value) if g else None,
                change_unit="percent" if g else None, change_text=g.text if g else None,
                direction=("decrease" if g.negative else "increase") if g else None,
                period=when, evidence=evidence))
        if vals.share is not None and not any(f.kind == "observation" and f.subject == unit and f.unit == "percent"
                                              and f.value == vals.share.value for f in sent_facts):
            sent_facts.append(r.Observation(subject=unit, measure=f"share of {rd.measure or 'revenue'}",
                                            value=vals.share.value, unit="percent", value_text=vals.share.text,
                                            period=when, evidence=evidence))
        if len(here) == 1:
            sent_claims = [_with_measure(c, rd.measure, f"share of {rd.measure or 'revenue'}" if vals.share else None,
                                         unit if c.subject in (company, as_company) else None, vals.amount) for c in sent_claims]
        else:
            sent_claims = [_with_measure(c, rd.measure, None, None, vals.amount) for c in sent_claims]
        named.append(unit)
    return sent_facts, sent_claims, named


_UNIT_NAME = plain(r"(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of|for))*")


def unit_measure_label(label: str) -> tuple[str, str] | None:
    """(unit name, measure) of a row label that is a unit's name followed by a money measure ("Cloud Hosting
    revenue" -> ("Cloud Hosting", "revenue"), "Marine Software net sales" -> ("Marine Software", "net sales"):
    RULES unit-then-measure), else None. The name has two words or more, each capitalised (a line's one
    capitalised first word, "Product revenue", is a measure's modifier)."""
    words = label.split()
    for k in range(2, len(words)):
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        if not _UNIT_NAME.fullmatch(name):
            return None
        if re.search(r"(?:&|\band|\bof|\bfor)$", name):
            continue   # ("Wholesale & international capacity": one name, not "Wholesale &" and a measure, probe26 05_paratus)
        h = None
        for h in HEAD_RE.finditer(rest):
            pass
        if h is None or rest[h.end():].strip() or not re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", rest[:h.start()]):
            continue   # (the measure is the label's end: a head with at most two lower-case modifiers, "net sales")
        meas = canonical(rest.lower())
        meas = "revenue" if meas in ("revenues", "turnover", "sales") else meas
        if _OTHER.match(name) or row_measure(name) is not None or _COUNTED.match(meas) \
                or re.match(r"(?:total|group|consolidated|net|gross|adjusted|operating|core)\b", name, re.I):
            return None
        return name, meas
    return None


def title_names(text: str, label: str, labels: list[str]) -> bool:
    """Whether the document's title (the lines before its first blank line) names `label` and no other row label of
    its block: the row is the title's company, called by a name no reader linked to the focus
    ("… Write-up: <company> and the AI bet" over "2. <company> — 27.4%")."""
    first = " ".join(text.lstrip().split("\n\n", 1)[0].split("\n")[:3])   # the title block: the lines before the first blank one
    return label in first and not any(x != label and x in first for x in labels)


def drop_scale_notes(sentence: str, facts: list, claims: list) -> tuple[list, list]:
    """A sentence's facts and claims without the figure a 'Unit: …' note states: the note is a scale
    ("(unit: 100 million yuan)"), never a value (segment_tables.UNIT_NOTES unit-line)."""
    notes = [" ".join(m.group("note").split()) for m in _UNIT_LINE.finditer(sentence)]
    notes = [n for n in notes if n and _money_in("1", n) is not None]
    if not notes:
        return facts, claims
    facts = [f for f in facts if not (f.kind == "observation" and (f.value_text or "") in notes)]
    claims = [c.model_copy(update={"values": tuple(x for x in c.values if x.text not in notes)}) for c in claims]
    return facts, [c for c in claims if c.values or c.predicate not in ("state", "report")]


def measure_lines(ctx, claims_here: list, cst) -> list:
    """The one list-line reader of a line under a lead naming a measure (moved here from
    claims.list_line_observations, which no caller uses any more: issue 12).

    A list line under a lead line naming a measure ("Cloud Services: €2.1 billion, up 27%")
    states that unit's figure: one observation per line, the first amount with the growth
    after it. Under a lead line that says the list is of units ("Revenue by unit in the
    quarter:"), each line's unit is also a segment of the article's company."""
    lm = _list_label(ctx.text, cst) if ":" in ctx.text else None
    if lm is None:
        return []
    measure = cst.list_measure
    if measure is None:
        # a bullet whose label is a unit the document already gave as the company's segment, in a
        # list whose lead names no measure ("Fiscal Year Highlights" over "- Total revenue: …",
        # "- Design Tools: $4.20 billion, up 9%"): the unit's revenue, as under a lead naming units
        name = " ".join(lm.group("name").split())
        if not ((_BULLET.match(ctx.text) or ctx.state.bullet_line) and name in ctx.state.known_segments):
            return []
        measure = "revenue"
    out = []
    for c in claims_here:
        if c.subject.label != " ".join(lm.group("name").split()) or c.subject.kind not in ("Segment", "Company", "Product", "CostItem"):
            continue
        if cst.list_measure is None and c.subject.kind != "Segment":
            continue
        amount = next((x for x in c.values if x.role == "amount"), None)
        growth = next((x for x in c.values if x.role in ("growth", "share") and x.unit == "percent"), None)
        if amount is None:
            continue
        down = growth is not None and (_DOWN.search(ctx.text) is not None or growth.direction == "decrease")
        period, prior = c.period, _bracketed_prior(ctx, amount, c.period)
        if prior is not None:   # (RULES bracketed-comparative-line: the bracket's period is its own amount's)
            period = ctx.state.list_period
        out.append(r.Observation(
            subject=c.subject, measure=measure, value=amount.value, unit=amount.unit,
            value_max=amount.value_max, qualifier=amount.qualifier, value_text=amount.text,
            change=growth.value if growth else None, change_unit="percent" if growth else None,
            change_text=growth.text if growth else None, change_basis=None,
            direction=("decrease" if down else "increase") if growth else None,
            period=period, evidence=c.evidence))
        if prior is not None:
            out.append(r.Observation(subject=c.subject, measure=measure, value=prior.value, unit=prior.currency,
                                     value_max=prior.value_max, qualifier=prior.qualifier, value_text=prior.text,
                                     period=c.period, evidence=c.evidence))
        main = ctx.state.main_company
        if (cst.list_of_units or _UNIT_NAMED_LABEL.match(ctx.text)) and main is not None and c.subject.kind == "Segment":
            out.append(r.SegmentOf(segment=c.subject, company=main, evidence=c.evidence))
    return out


BRACKETED_LINE = RuleRecord(
    "bracketed-comparative-line",
    "a list line 'Label: <amount> (<period>: <amount>), up x%' states the label's figure of the list's period and, in "
    "the bracket, the same measure of the bracket's period: the bracket's period never dates the first amount",
    ("kindcheck30 tables 02_halvane_q3_2026 (US earnings release): '- EMEA: $298.0 million (Q3 2025: $275.1 million), "
     "up 8%' under 'Revenue by region, Q3 2026'",
     "probe10 adobe_q4fy2024_release: '- Total revenue: $5.61 billion, up 11% year over year (Q4 fiscal 2023: $5.05 "
     "billion)'; probe24 08b_akamai_q3_news: '- Security: US$558 million, up 10% (Q2: US$540 million);'"),
    ("Revenue by region, FY2031:\n- Europe: $40.0 million (FY2030: $35.0 million), up 14%",))


def _bracketed_prior(ctx, amount, period):
    """The money of a bracketed comparative '(<period>: <amount>)' after the line's first amount whose period is the
    claim's `period` (BRACKETED_LINE), else None."""
    if period is None or "(" not in ctx.text:
        return None
    at = ctx.text.find(amount.text) if amount.text else -1
    if at < 0:
        return None
    for p in ctx.periods:
        if p.start_idx <= at or (getattr(p, "start", None), getattr(p, "end", None)) != (period.start, period.end) \
                or not bracketed_comparative(ctx.text, p, at):
            continue
        close = ctx.text.find(")", p.end_idx)
        m = next((m for m in ctx.moneys if p.end_idx < m.start and (close < 0 or m.end <= close)
                  and m.currency == amount.unit), None)
        if m is not None:
            return m
    return None
