"""Tables of a company's segments: one row per unit, one column per figure.

A results article often prints its units as a table ("| Business group | 2024 revenue | YoY change |
Share of revenue | Main products |", as a markdown pipe table or an HTML <table>, which
clean.html_to_text turns into pipe rows). A row is the same statement as a unit's list line
("- Consumer business: RMB36.40 billion, up 20.5% (30.0% of revenue)"): the row's label is a unit of
the article's company and its cells are the unit's figures. The column's header says what a cell's
value is (its measure, a growth, a share of revenue, what the unit sells), so each column is read by
a named record (`COLUMNS`), and a table is a unit table when its label column's header, or the
heading above it, names units (`UNIT_HEADER`).

Seen in probe10 p10-05 (Delta Electronics, a markdown table of business groups: revenue, YoY change,
share of revenue, main products) and, as list lines with the same cells in the same order, probe10
p10-04 (ZTE: "Operators' networks: RMB64.25 billion, down 15.5% … (53.0% of revenue)") and p10-01
(Adobe: "Digital Media: $4.15 billion, up 12% year over year"). The tests use invented tables.

`unit_table(header, lead)` says whether a table lists units; `row_facts(...)` gives a row's
SegmentOf, Observation and InSegment records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import records as r
from ..pattern_cache import plain
from . import values as v
from .change_bases import basis_named
from .figures import HEAD_RE, _measure_phrase
from .measure_names import canonical
from .relations import _split_list
from .rule_record import PatternRule, RuleRecord
from .tables import forecast_marked, old_new_columns
from .unit_contents import gloss_members

# a label column (or a heading) naming units: "Segment", "Business group", "Division", "Revenue by
# business group (2024)", "Segment results"; a region column or a "by geography" heading lists the
# company's regional units ("| Region | Q3 2025 revenue (US$ m) | Share of total |": probe16
# 06_globant_laliga_launch under "Q3 2025 revenue by geography", probe17 06_systems_limited_liveblog
# "| Region | Q3 2025 revenue (PKR bn) | Share of total |")
# The company's operations and subsidiaries are its units too: "| Operation | Market | 2024 revenue |" under "The
# group's main operations" (probe22 04_batelco_panel_recap), "Principal operating companies" over "| Company | Country |
# Axiata stake | Revenue |" (probe20 03_axiata_wiki-page), "(2) Main holding subsidiaries" (probe22 02_eoptolink);
# a country column lists its country units ("| Country | Capex 2025 (EUR m) |": probe20 05_atnorth_esg-report,
# probe16 06_globant's "| Region |" the same layout)
UNIT_HEADER = plain(r"\b(?:(?:reporting\s+|operating\s+)?segments?|segmentos?|segmental|divisional|business\s+(?:groups?|units?|lines?|segments?)|divisions?|"
                    r"operating\s+compan(?:y|ies)|opcos?|subsidiar(?:y|ies)|"
                    r"regions?|geography|geographies|geographic(?:al)?\s+(?:areas?|segments?|markets?)|"
                    r"units?|businesses|business|revenue\s+(?:lines?|streams?)|lines?\s+of\s+business|"
                    # (the company's product lines are its units: "| Product line | Q2 2026 |" (kindcheck28 grids 03),
                    # "Revenue by product type" (probe27 03_qianxin), "Revenue by product segment" (probe27 07_vitrox))
                    r"product\s+(?:lines?|groups?|types?|segments?|categor(?:y|ies)|famil(?:y|ies)))\b", re.I)
# ("SEGMENTAL PERFORMANCE" over a grid of units: probe30 08a_reunert; "Divisional revenue", kindcheck30 tables 03,
# "Divisional review", kindcheck29 names 02_marlowby, as list_lines reads them)
# (the Portuguese and Spanish "Segmento": kindcheck31 tables 01_maravilha "| Segmento | Receita 3T26 |" under
# "Receita líquida e EBITDA por segmento"; probe30 01_grupogtd "Ingresos por línea de negocio" names its lines in
# Spanish beside the English "Revenue by business line")
# a label column headed "Operation" or "Country" lists units; in a lead, only the company's own operations do
# ("The group's main operations, as he listed them": not "capacity in operation", not "in 12 countries")
_UNIT_LABEL_ONLY = plain(r"^(?:operations?|countr(?:y|ies))$", re.I)
_OPERATIONS_LEAD = plain(r"\b(?:main|principal|key|core|its|our|group['’]s|group)\s+operations\b", re.I)
# a row that is no unit: the total, eliminations, the group itself
_NOT_UNIT = plain(r"^(?:total|subtotal|sub-total|group(?:\s+total)?|consolidated|eliminations?|adjustments?|other\s*(?:/|and|&)\s*elim\w*\.?|"
                  r"reconciling\s+items|corporate(?:\s+and\s+other)?|inter-?segment.*|of\s+which.*|"
                  # (a row whose label ends in eliminations is the group's reconciling line, no unit: "Corporate /
                  # eliminations" (kindcheck31 tables 03_ilmatar), "Corporate and eliminations" (probe30 08a_reunert),
                  # "Central functions/eliminations" (probe29 04_addnode))
                  r".*\beliminations?$)\b", re.I)


@dataclass(frozen=True)
class ColumnRule:
    name: str
    role: str        # amount | growth | share | members
    pattern: str     # on the header cell
    why: str
    examples: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_rx", re.compile(self.pattern, re.I))


COLUMNS: tuple[ColumnRule, ...] = (
    ColumnRule("growth-column", "growth",
               r"\b(?:yoy|y/y|y-o-y|qoq|q/q|change|chg|growth|increase)\b|%\s*(?:change|chg)",
               "a column of changes: each cell is the unit's growth of the row's amount",
               ("| Segment | Revenue | YoY change | (invented)",
                "| Business group | 2024 revenue | YoY change | (probe10 p10-05); list lines 'up 20.5%' (probe10 p10-04)")),
    ColumnRule("share-column", "share",
               r"\bshare\b|\bmix\b|%\s+of\s+(?:total\s+|group\s+)?(?:revenue|sales)|\bof\s+(?:total|group)\b",
               "a column of shares: each cell is the unit's share of the company's revenue",
               ("| Unit | Sales | Share of sales | (invented)",
                "| … | Share of revenue | (probe10 p10-05); list lines '(53.0% of revenue)' (probe10 p10-04)")),
    ColumnRule("level-column", "level",
               r"\b(?:margins?|ratio|rate)\b",
               "a column of ratios: each percent cell is the level of the unit's margin (or ratio) the header "
               "names, for the column's period — not a change",
               ("| Unit | Revenue | Operating margin FY2025 | (invented)",
                "probe13 tietoevry: '| … | Adj. EBITA margin Q3 2024 |' over '12.1%'; list lines '- Gross profit margin: 36.5%' "
                "(probe12 indosat-style results pages, probe10 delta)")),
    ColumnRule("stake-column", "stake",
               r"\bstake\b|\bownership\b|\b(?:%\s*)?owned\b|\bholding\s*%|\binterest\s*\(%\)|\beffective\s+interest\b",
               "a column of the company's stakes: each percent is the stake the company holds in the row's unit",
               ("| Company | Country | Group stake | (invented)",
                "probe20 03_axiata_wiki-page: '| Company | Country | Axiata stake | Revenue (local currency) | Subscribers |'",
                "probe22 04_batelco_panel_recap: the same stake as a note cell, '| Dhiraagu | Maldives | MVR 3.1 billion | 52% owned |'")),
    ColumnRule("count-column", "count",
               r"^\W*(?:(?:mobile|active|paying|total)\s+)?(?:subscribers|customers|users|employees|towers|sites|stores|"
               r"data\s+cent(?:er|re)s|connections|accounts|headcount)\b[^%]*$",
               "a column of counted things (subscribers, towers, employees): each count is the row unit's, its measure "
               "the header's noun",
               ("| Unit | Revenue | Subscribers | (invented)",
                "probe20 03_axiata_wiki-page: '| … | Subscribers |' over '58.9 million', and '| EDOTCO Group | … | 35,400 towers |'",
                "probe16 06_globant / probe17 06_systems_limited print a count column beside revenue the same way")),
    ColumnRule("members-column", "members",
               r"\b(?:products?|brands?|offerings?|includes?|contents?|businesses|services|activities|what\s+it\s+sells)\b",
               "a column saying what the unit sells: each item is in the unit",
               ("| Division | Revenue | Main products | (invented)",
                "| … | Main products | (probe10 p10-05); 'The Digital Media segment comprises …' (probe10 p10-01)")),
    ColumnRule("amount-column", "amount", r".",
               "any other column: a money cell is the figure the header names (revenue when it names none)",
               ("| Segment | Operating income (€m) | (invented)", "| … | 2024 revenue | (probe10 p10-05)")),
)


BREAKDOWN_CORNER = RuleRecord(
    "breakdown-corner",
    "a caption '<measure(s)> by <word>' over a table whose label column is headed by that same word ('Revenue by "
    "service' over '| Service | Q3 2026 | …', 'SALES AND EBT BY ACTIVITY' over 'Activity  Main companies  Sales  EBT'): "
    "the caption says the rows break the company's result (revenue, sales, EBT, profit, orders) down by that word, so "
    "the rows are the company's units, whatever the word (no list of unit words needed); a caption breaking down "
    "another figure ('Median total compensation by level') is no such table",
    ("probe34 07_siminn_nasdaqiceland_q3 (Nasdaq Iceland release, markdown): 'Revenue by service, Q3 (ISK million)' "
     "over '| Service | Q3 2026 | Q3 2025 | Change |' over '| Síminn Pay and other | 545 | 445 | 22.5% |'",
     "probe34 02_questholdings_athex_9m (ATHEX announcement, plain text): 'SALES AND EBT BY ACTIVITY, 9M 2026 (€ "
     "thousand)' over 'Activity  Main companies  Sales  EBT' over 'IT services  Uni Systems  171,940  15,806'"),
    ("'Revenue by channel (EUR m)' over '| Channel | FY2031 | FY2030 |' over '| Online | 120 | 100 |' (invented)",))
_BY_WORD = plain(r"\bby\s+([A-Za-z][\w-]*)", re.I)
# what the caption breaks down must be the company's own results ("Revenue", "Sales and EBT"), not a survey's figure
# ("Median total compensation by level": focusset26 05_softserve_salaries, whose levels are no units)
_RESULT_BROKEN_DOWN = plain(r"\b(?:revenues?|sales|turnover|ebt|ebitda|ebit|ebita|(?:operating\s+|gross\s+|net\s+)?profits?|"
                            r"(?:operating\s+|net\s+)?income|earnings|orders?|order\s+intake|bookings)\b", re.I)


def breakdown_corner(label: str, lead: str) -> bool:
    """Whether the caption above names the label column's word as what it breaks its measure down by
    ("Revenue by service" over "| Service |": BREAKDOWN_CORNER); a one-word corner only."""
    word = label.strip().lower()
    if not word or " " in word or len(word) < 4:
        return False
    m = _BY_WORD.search(lead or "")
    if m is None or not _RESULT_BROKEN_DOWN.search(lead[:m.start()]):
        return False
    by = m.group(1).lower()
    stem = lambda w: re.sub(r"(?:ies|y|s)$", "", w)
    return stem(by) == stem(word)


def unit_table(header: tuple[str, ...], lead: str = "") -> bool:
    """Whether a table lists units: its label column's header names them ("Business group",
    "Revenue line"), or the heading or lead line above it does ("Revenue by segment (2024)")."""
    if not header or old_new_columns(header) is not None:
        return False   # (a grid of figures before and after a change lists items or measures: table_rows.PRICE_ROWS)
    label = _bare(header[0])
    lead = _UNIT_LINE.sub(" ", lead)   # "Unit: 100 million yuan": a unit of measure (UNIT_NOTES unit-line)
    lead = _UNIT_LINE_OPEN.sub(" ", lead)   # ("Unit: Yuan (RMB) 10 thousand (万元)  Currency: RMB": the same)
    if _UNIT_LABEL_ONLY.match(label) or _OPERATIONS_LEAD.search(lead) and (not label or not HEAD_RE.search(label)):
        return True
    if breakdown_corner(label, lead):
        return True   # "Revenue by service" over "| Service |" (BREAKDOWN_CORNER)
    if note_phrase(label) and re.search(r"[.!?]\s*$", lead) and len(lead.split()) > 8:
        return False   # (a corner that is the table's note under a sentence of prose: the sentence is no caption, NOTE_PHRASE)
    return bool(UNIT_HEADER.search(label)) or (not label or not HEAD_RE.search(label)) and bool(UNIT_HEADER.search(lead))


@dataclass(frozen=True)
class UnitNoteRule:
    """Where a table states the currency and scale of its bare numbers."""
    name: str
    why: str
    provenance: tuple[str, ...]
    examples: tuple[str, ...] = ()


UNIT_NOTES: tuple[UnitNoteRule, ...] = (
    UnitNoteRule("column-header-note",
                 "a column header's bracket names the currency and scale of the column's bare numbers",
                 ("probe11 p11-06 (Bilibili results, markdown table): '| Revenue line | Q2 2025 (RMB bn) | … |'",
                  "probe11 p11-04 (LG CNS results, HTML table): '(trillion won)' over bare cells '3.06'",
                  "probe17 08_maroc_telecom (markdown table): '| Revenue (MAD m) |': the bracket's abbreviated "
                  "scale spelled out as column-header-tail does (probe13 tietoevry 'EUR m')"),
                 ("| Segment | FY2025 (USD m) | Change | over '| Alpha | 12.5 | +4% |' (invented)",)),
    UnitNoteRule("column-header-tail",
                 "a column header ending in a currency and a scale with no bracket ('Revenue Q3 2024 EUR m') names "
                 "the unit of the column's bare numbers — never a value of its own",
                 ("probe13 tietoevry (exchange release): '| Revenue Q3 2024 EUR m |' over bare cells '230.0'",
                  "probe11 p11-06 (Bilibili results): the same note in brackets, '| Q2 2025 (RMB bn) |'"),
                 ("| Unit | Sales FY2025 USD m | over '| Alpha | 12.5 |' (invented)",)),
    UnitNoteRule("unit-line",
                 "a line or bracket 'Unit: <scale> <currency>' above a table or list gives the scale of its bare "
                 "numbers, a counted multiple too ('Unit: 100 million yuan': 39.42 is 3.942 billion yuan) — a unit of "
                 "measure, never a business unit (unit_table does not read it as one)",
                 ("probe22 02_eoptolink_halfyear_translation (Chinese half-year report in translation): 'Unit: 100 "
                  "million yuan (RMB), except per-share data' over 'Item  This reporting period …', and '(unit: 10 "
                  "thousand yuan)' over its subsidiaries' table",
                  "probe19 01_tripcom / Chinese filings print the same 'Unit: RMB million' caption; probe22 05_aemholdings "
                  "prints its scale as a header cell instead (apostrophe-scale)"),
                 ("Unit: 10 thousand yuan over 'Alpha   1,200   1,100' (invented)",)),
    UnitNoteRule("code-first-multiple",
                 "a unit note naming the currency's code first and then a counted multiple ('Unit: KRW 100 million "
                 "(억원)') multiplies each bare number by the multiple, as unit-line's '100 million yuan' does: 927 is "
                 "KRW 92.7 billion, never the number and the multiple run together (KRW 927,100 million)",
                 ("probe28 01_douzone_korean_ir_release (Korean IR release in translation): 'Unit: KRW 100 million (억원) "
                  "unless otherwise stated' over '1,142억원 (KRW 114.2 billion)'",
                  "probe36 02_hanmi_dart_single_supply_contract (DART disclosure in translation): '| Unit: KRW 100 million "
                  "(억원) | Q3 2026 | Q3 2025 | YoY (%) |' over '| Operating profit | 927 | 688 | 34.7 |'"),
                 ("'| Unit: KRW 100 million | Q3 2031 |' over '| Revenue | 1,250 |' is KRW 125 billion (invented)",)),
    UnitNoteRule("apostrophe-scale",
                 "a header cell \"S$'million\" / \"RM'000\" (a currency, an apostrophe, the scale) gives its column's scale",
                 ("probe22 05_aemholdings_sgx_announcement (SGX results announcement): \"3Q2025  3Q2024 …\" over "
                  "\"S$'million  S$'million\" over 'Revenue  118.4  82.6  43.3%'",
                  "Singapore and Malaysian exchange filings print 'S$'000' / 'RM'000' headers the same way "
                  "(probe17 SCSK prints its scale as a note line instead: corner-note)"),
                 ("| Metric | FY2031 |\n| (S$'million) | |\n| Revenue | 12.5 | (invented)",)),
    UnitNoteRule("caption-note",
                 "the table's caption or heading states the currency and scale in brackets for every column",
                 ("probe11 p11-04 (LG CNS results): caption 'revenue by business (trillion won)' over '| Cloud … | 3.06 |'",
                  "probe11 p11-06 (Bilibili results): '(RMB bn)' in the header over '| Mobile games | 1.61 |'",
                  "probe12 soitec_h1_fy2026_mdna: 'Revenue by division (in millions of euros)' over a text table's '172'"),
                 ("Revenue by division (EUR million) over '| Alpha | 310 | 290 |' (invented)",)),
    UnitNoteRule("except-note",
                 "a caption's bracket stating the note and then its exceptions ('(in thousands of US$, except per-share "
                 "amounts)', '(U.S. dollars in thousands, except per share data, unaudited)') gives the note before "
                 "', except'; 'thousands of US$' is read 'US$ thousand'",
                 ("probe27 05_ceragon_6k (6-K statements): 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (U.S. dollars "
                  "in thousands, except per share data, unaudited)'",
                  "probe22 02_eoptolink_halfyear_translation: 'Unit: 100 million yuan (RMB), except per-share data' (unit-line)",
                  "kindcheck28 grids 03_quarrowby_q2 (HTML release): '<caption>(in thousands of US$, except per-share amounts)'"),
                 ("Results (in thousands of EUR, except per-share data) over '| Sales | 1,200 |' (invented)",)),
    UnitNoteRule("corner-cell-note",
                 "a unit table's corner cell that is a currency-and-scale note alone ('| in CHF m | H1 2026 | H1 2025 |') "
                 "gives every column its note, as a caption would: a region row's bare '86.7' is CHF 86.7m",
                 ("kindcheck28 grids 02_brunnegg_h1_2026 (Swiss release, markdown): '| in CHF m | H1 2026 | H1 2025 |' over "
                  "'| Americas | 86.7 | 78.3 |' under 'Net sales by region'",
                  "probe25 03_telecomegypt_initiation: '| EGP bn (Dec year-end) | FY2024 | …' and probe25 06_aubay: 'In "
                  "thousands of euros' in the corner of its country table"),
                 ("Sales by region\n| EUR m | FY2031 |\n|---|---|\n| Nordics | 12.5 | (invented)",)),
    UnitNoteRule("sheet-statement",
                 "a line of the document, above its tables, stating the currency and scale of all its amounts ('All "
                 "amounts in INR crore unless stated otherwise', '(EUR million unless stated)') gives every table below "
                 "it that scale for the rows that name an amount (a revenue, a profit, an order book) and state no unit "
                 "of their own; a count's row ('(route km)', 'subscribers'), a ratio's, a per-share row keep theirs. A "
                 "currency with no scale ('All amounts in US dollars') gives none: the bare numbers' scale is unknown",
                 ("probe24 03_railtel_kpi_sheet (plain-text KPI sheet): 'All amounts in INR crore unless stated otherwise "
                  "(1 crore = 10 million)' over ruled tables of bare numbers",
                  "probe21 08_nemetschek_data_appendix (results data appendix): 'All amounts in EUR million unless stated "
                  "otherwise.' over its data blocks; probe17 04_credicorp 'figures in Peruvian soles, S/, unless stated'"),
                 ("All figures in CHF thousands unless otherwise indicated\n\nItem   FY2031   FY2030\nSales   1,200   1,100 (invented)",)),
)

# "All amounts in INR crore unless stated otherwise", "Figures in € millions, except per-share data",
# "(USD thousands unless stated)" (UNIT_NOTES sheet-statement)
_SHEET_STATEMENT = plain(r"^[\s(*_]*(?:(?:all\s+)?(?:amounts?|figures?|numbers|values|financials?|data)\s+(?:are\s+)?"
                         r"(?:(?:stated|expressed|shown|given|presented|reported)\s+)?in\s+)?(?P<note>[^,;()]{2,30}?)\s*"
                         r"(?:[,;]\s*)?(?:unless\s+(?:otherwise\s+)?(?:stated|indicated|noted|specified)(?:\s+otherwise)?|"
                         r"except\b[^()]*)?[\s.)*_]*(?:\([^()]*\))?[\s.*_]*$", re.I)
_HAS_SCALE = plain(r"\b(?:thousands?|millions?|billions?|crores?|lakhs?|lacs?|m|mn|bn|k|'000)\b", re.I)


def sheet_statement(line: str) -> str:
    """The currency and scale a line states for all the document's amounts ("All amounts in INR
    crore unless stated otherwise" -> "INR crore"), or "" (UNIT_NOTES sheet-statement): the line
    must be the statement alone, naming a scale, with "amounts/figures in" or "unless stated"."""
    t = line.strip()
    if not t or len(t) > 110 or not re.search(r"\b(?:in|unless|except)\b", t, re.I):
        return ""
    m = _SHEET_STATEMENT.match(t)
    if m is None or not _HAS_SCALE.search(m.group("note")):
        return ""
    if not re.search(r"\b(?:amounts?|figures?|numbers|values|financials?|data)\s+(?:are\s+)?(?:\w+\s+)?in\b|\bunless\b", t, re.I):
        return ""
    note = m.group("note").strip()
    for n in (note, _plain_note(note), _plain_note("in " + note)):
        if n and _money_in("1", n) is not None:
            return n
    return ""


def sheet_note(text: str, header_start: int, end: int = -1) -> str:
    """The currency and scale the nearest sheet statement above a table's header gives it, else a
    statement among the three lines right under the table (ending at `end`), or ""."""
    if header_start < 0:
        return ""
    for line in reversed(text[:header_start].split("\n")):
        note = sheet_statement(line)
        if note:
            return note
    below = [ln for ln in text[end:end + 400].split("\n")[1:] if ln.strip()][:3] if end >= 0 else []
    return next((n for n in map(sheet_statement, below) if n), "")

# a counted multiple as the scale, "100 million yuan", "10 thousand yuan", "ten-thousand yuan" (UNIT_NOTES unit-line)
# (or the currency's code first, "KRW 100 million" as a DART filing's table corner writes "억원": UNIT_NOTES
# code-first-multiple; read as "KRW <n> 100 million" it made 927 KRW 927.1 billion)
_MULTIPLE_NOTE = plain(r"(?:1|10|100|1,?000|ten|hundred|one\s+hundred)[\s-]+(?:thousand|million|billion)\s+[A-Za-z]+|"
                       r"[A-Z]{3}\s+(?:10|100|ten|hundred|one\s+hundred)[\s-]+(?:thousand|million|billion)", re.I)
# "Unit: 100 million yuan (RMB), except per-share data", "(unit: 10 thousand yuan)", "Unit: RMB million"
# (and the word in Korean and Chinese, "(단위: 억원)", "单位：万元": kindcheck29 scale 02_doyun_semitech, the unit-line of
# probe28 01_douzone "(Unit: 억원)" as the Korean disclosure prints it)
# (a "Currency:" field after it on the line ends the note: "Unit: yuan   Currency: RMB", probe31 03_thundersoft_q3_report,
# as "Unit: Yuan (RMB) 10 thousand (万元)   Currency: RMB" in probe27 03_qianxin_interim)
_UNIT_LINE = plain(r"(?:\bunits?|단위|单位)\s*[:：]\s*(?P<note>[^,;()]{2,40}?)\s*(?:\(([A-Z]{3})\))?\s*(?=[,;)]|$|\s+except\b|\s+currency\s*[:：])", re.I)
# "S$'million", "RM'000", "HK$'m": a currency with its scale after an apostrophe (UNIT_NOTES apostrophe-scale)
# ("RMB'0,000": ten thousand yuan, the 万元 of a Chinese filing in translation, kindcheck29 scale 03_ruiheng; the
# counted multiple of unit-line, probe22 02_eoptolink "(unit: 10 thousand yuan)")
# (the rupee written "Rs." or "Rupees in" before the apostrophe, "Rs. '000", "Rupees in '000": probe32
# 03_avanceon_psx_results_notice and kindcheck33 money 01_ravibagh (PSX), kindcheck34 tables 03_kelanimaru (CSE))
# (the naira's one-letter sign before it, "N'000", as Nigerian filings head their figures: probe34
# 03_cwg_ngx_earnings_forecast (NGX earnings forecast, "N'000" under each column) and kindcheck34 names
# 03_okpara_9m_2026_ngx (NGX results, "Unit: N'000"): LETTER_SIGN_SCALE)
_APOSTROPHE_SCALE = plain(r"((?:[A-Z]{1,3}\$|[A-Z]{2,3}|[$€£¥₩₹]|(?<![A-Za-z])[N₦]|Rs\.?|Rupees(?:\s+in)?))\s?['’](million|billion|thousand|0,000|000|m|mn|bn)\b")
LETTER_SIGN_SCALE = UnitNoteRule(
    "letter-sign-scale",
    "a one-letter currency sign before an apostrophe scale ('N'000', '₦'000') is a note in that currency and scale; "
    "the letter alone is no currency code the money reader knows, so the note names the code",
    ("probe34 03_cwg_ngx_earnings_forecast (NGX earnings forecast, plain text): 'Forecast  Actual' over 'Q1 2027  "
     "Q1 2026' over \"N'000  N'000\" over 'Turnover  9,840,500  7,312,840'",
     "kindcheck34 names 03_okpara_9m_2026_ngx (NGX results, plain text): \"Unit:  N'000\" over '9M 2026  9M 2025  "
     "% change' over 'Total Revenue  187,413,062  152,880,415  22.6'"),
    ("\"Unit: N'000\" over 'Revenue   1,200   1,100' (invented)",))
# a one-letter sign's currency code (LETTER_SIGN_SCALE)
_LETTER_SIGN_CODES = {"N": "NGN", "₦": "NGN"}
_NOTE = plain(r"\(([^()]{1,30})\)")
_LONG_NOTE = plain(r"\(([^()]{1,80})\)")
_BARE_NUMBER = plain(r"^\s*([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?|"
                     r"[0-9]+(?:\.[0-9]+)?)\s*$")   # (the Indian grouping too: "1,14,260")


_GLUED_SIGNS = frozenset({"R"})


ROMANCE_THOUSAND_NOTE = UnitNoteRule(
    "romance-thousand-note",
    "a table's note 'R$ mil' (Portuguese 'milhares de reais') is in thousands, never millions: a note's bare 'mil' is "
    "the Portuguese and Spanish thousand (a note writes millions 'milhões', 'MM', 'million'); prose keeps the "
    "English reading of 'mil' (values.py)",
    ("probe28 06_bemobi_brazil_results_release: 'Figures in R$ mil (R$ thousand)' and 'KEY FIGURES  (R$ mil)' over "
     "'Receita líquida  178.452' (R$ 178.5 million in the prose)",
     "kindcheck31 tables 01_maravilha (B3 release): '## Principais indicadores consolidados (R$ mil)', 'apresentadas em "
     "milhares de reais'"),
    ("'(R$ mil)' over '| Receita líquida | 120.400 |' is R$ 120.4 million (invented)",))
_MIL_NOTE = plain(r"(?<![\w$])mil(?![\w])", re.I)


def _money_in(number: str, note: str):
    """The money a bare number is in a note's currency and scale ("1.61" in "RMB bn": RMB 1.61 bn),
    or None when the note names no currency. A note whose scale is a counted multiple ("100 million
    yuan", "10 thousand yuan": UNIT_NOTES unit-line) multiplies the number."""
    note = " ".join(note.split())
    # a note's "mil" is the Portuguese and Spanish thousand ("(R$ mil)", "R$ mil (R$ thousand)"): ROMANCE_THOUSAND_NOTE
    note = _MIL_NOTE.sub("thousand", note) if "mil" in note else note
    mult = _MULTIPLE_NOTE.fullmatch(note)
    if mult is not None:
        ms = v.find_money(note)
        num = _BARE_NUMBER.match(number)
        if len(ms) == 1 and ms[0].currency and num is not None:
            val = Decimal(num.group(1).replace(",", "")) * ms[0].value
            val = Decimal(int(val)) if val == val.to_integral_value() else Decimal(f"{val:f}".rstrip("0"))
            return replace(ms[0], value=val, text=number, start=0, end=len(number), value_max=None)
        return None
    toks = note.split(" ")
    cands = [" ".join(toks[:i] + [number] + toks[i:]) for i in range(len(toks) + 1)]
    if note[:1] in "$€£¥₩₹":
        cands.append(note[0] + number + note[1:].strip())
    elif _GLUED_SCALE.fullmatch(note):
        # (the rand's sign with its scale letter glued on, "Rm" over a JSE grid (probe30 08a_reunert 'Rm  H1 2026 …'), as
        # "$m" and "€m" are read; "RM" in capitals is the ringgit and stays so)
        g = _GLUED_SCALE.fullmatch(note)
        cands.insert(0, f"{g.group(1)}{number} {_SCALE_WORD.get(g.group(2), g.group(2))}")
    elif len(toks) > 1 and toks[0] in _GLUED_SIGNS:
        # (a sign read only right before digits, the rand's "R": "(R bn)" over '92.4', probe16 04_mtn_group_cfo_interview;
        # "(R million, unless otherwise stated)", kindcheck30 tables 03_thabankulu)
        cands.append(toks[0] + number + " " + " ".join(toks[1:]))
    for c in cands:
        ms = v.find_money(c)
        if len(ms) == 1 and ms[0].text == c and ms[0].currency:
            return ms[0]
    return None


# (a dollar with its country letters too: "(US$ m)", probe16 06_globant_laliga_launch; "A$m", "R$ mn")
_TAIL_NOTE = plain(r"(?:^|\s)((?:[A-Z]{3}|[A-Z]{1,2}\$|[$€£¥₩₹])\s?(?:m|mn|bn|million|billion|thousand|k))\s*$")
_SCALE_WORD = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}


def _plain_note(note: str) -> str:
    """A note written as words the money reader reads: "in millions of euros" -> "million euros",
    "in € millions" -> "€ million"."""
    n = re.sub(r"^\s*in\s+", "", note.strip(), flags=re.I)
    # ("in thousands of US$", "millions of USD": the currency code or sign first, "US$ thousand", as the money
    # reader reads it; UNIT_NOTES except-note)
    n = re.sub(r"^((?i:thousand|million|billion))s?\s+(?i:of)\s+((?:[A-Z]{1,3})?[$€£¥₹]|[A-Z]{3})$", r"\2 \1", n)
    n = re.sub(r"^([A-Za-z.$€£¥₹ ]{2,20}?)\s+(?i:in)\s+((?i:thousand|million|billion))s?$", r"\2 \1", n)   # ("U.S. dollars in thousands")
    n = re.sub(r"\b(thousand|million|billion|trillion)s\s+of\s+", r"\1 ", n, flags=re.I)
    n = re.sub(r"\b(thousand|million|billion|trillion)s\b", r"\1", n, flags=re.I)
    return n if n != note else ""


def _scale_spelled(note: str) -> str:
    """A currency and an abbreviated scale with the scale spelled out: "EUR m" -> "EUR million"."""
    cur, scale = re.match(r"([A-Z]{3}|[A-Z]{1,2}\$|[$€£¥₩₹])\s?(\w+)", note).groups()
    return f"{cur} {_SCALE_WORD.get(scale, scale)}"


NOTE_PHRASE = UnitNoteRule(
    "note-phrase",
    "a caption, a corner cell or a line over a table that is a currency-and-scale note and nothing else, in any "
    "of its spellings: the note first and a bracket after it ('EGP bn (Dec year-end)'), in words ('In thousands of "
    "euros'), the scale letter before the currency sign ('k€', 'M€'), or one note per language split by a slash "
    "('En milliers d'euros / In thousands of euros': the half the money reader reads). The whole text (or a "
    "slash half, or its bracket, or a header's tail after a comma, 'Net sales Q2 2025, mkr') must be the note: a "
    "sentence naming a currency gives none",
    ("probe25 03_telecomegypt_initiation (broker note, markdown): '| EGP bn (Dec year-end) | FY2024 | FY2025 | "
     "FY2026e |' over '| Revenue | 60.4 | 81.6 |'",
     "probe25 06_aubay_h1_results_table (bilingual results release, plain text): 'En milliers d'euros / In "
     "thousands of euros   S1 2026 / H1 2026 …' and '(en milliers d'euros / in € thousands)'",
     "probe20 02_mastek_shareholder-email / probe24 03_railtel_kpi_sheet: '(Rs crore)' / 'INR crore' notes over text tables",
     "probe24 02_fortnox_swedish_daily (Swedish daily, markdown): '| Area | Net sales Q2 2025, mkr | Q2 2024, mkr | Change |'"),
    ("'(k€)' over 'Sales   1 200   1 100' (invented)", "'Cifras en miles de euros / EUR thousand' (invented)"))
# the word "Unit:" opening a note (UNIT_NOTES unit-line, in a corner cell as corner-cell-note reads one: kindcheck35
# tables 02_sirinakorn_q3_2026_mdna_set (SET MD&A) '| Unit: THB million | Q3/26 | …'; the line form "Unit: RMB million"
# over a table in probe22 02_eoptolink and probe19 01_tripcom)
_UNIT_WORD = plain(r"^(?:units?|단위|单位)\s*[:：]\s*", re.I)
# the scale letter before a currency sign ("k€", "M€", "m$"): the money reader reads it after the sign
_LETTER_SIGN = plain(r"^\s*([kKmM])\s?([€$£¥₹])\s*$")


def note_phrase(text: str) -> str:
    """The currency and scale a text that is a note and nothing else states (NOTE_PHRASE:
    "EGP bn (Dec year-end)" -> "EGP bn", "In thousands of euros" -> "thousand euros", "k€" ->
    "€k"), or ""."""
    t = " ".join(_bare(text or "").split())
    if not t or len(t) > 90:
        return ""
    whole = _APOSTROPHE_SCALE.fullmatch(t.strip(" ()"))
    if whole is not None:
        # a note that is a currency with its scale after an apostrophe and nothing else, "(RMB'000)" in a
        # five-year summary's corner (probe30 06 Digital China, read after its first contact; the "RM'000"
        # headers of probe27 07 vitrox and kindcheck28 grids 01 seroja, apostrophe-scale)
        return scale_line_note(whole.group(0))
    cands = [t]
    br = re.fullmatch(r"(.*?)\s*\(([^()]{1,60})\)\s*[:.]?", t)
    if br is not None:
        cands += [br.group(1), br.group(2)]   # the note and its bracket, or a caption and its note's bracket
    for c in list(cands):
        if "/" in c:
            cands += [h for h in c.split("/")]   # one note per language (NOTE_PHRASE)
    cands += [c.rsplit(",", 1)[1] for c in list(cands) if "," in c]   # a header's tail note, "Net sales Q2 2025, mkr"
    for c in cands:
        c = c.strip(" :.,;()")
        if not c or len(c) > 40 or not re.search(r"[A-Za-z€$£¥₹₩]", c):
            continue
        ls = _LETTER_SIGN.match(c)
        if ls is not None:
            c = f"{ls.group(2)}{ls.group(1).lower()}"
        c = re.sub(r"^(?:figures\s+|amounts\s+)?in\s+", "", c, flags=re.I)
        # (the unit-line word before the note in a corner cell, "| Unit: THB million | Q3/26 |": UNIT_NOTES unit-line)
        c = _UNIT_WORD.sub("", c)
        whole = _TAIL_NOTE.fullmatch(" " + c)
        # (a bracket holding a currency with its scale after an apostrophe, "Group (S$'000)": apostrophe-scale)
        for n in (c, _plain_note(c), _plain_note("in " + c), _scale_spelled(whole.group(1)) if whole else "",
                  scale_line_note(c) if "'" in c or "’" in c else ""):
            m = _money_in("1", n) if n else None
            if m is not None and m.value != 1:   # (a scale, spelled or in the unit's word, "mkr": a currency alone gives none)
                return n
    return ""


# a note's exceptions: ", except per-share amounts", ", except per share data, unaudited" (UNIT_NOTES except-note)
# (and "unless otherwise stated" after the note in the bracket, as the sheet statement writes it outside one:
# "Salient features (R million, unless otherwise stated)", kindcheck30 tables 03_thabankulu; sheet-statement)
_EXCEPT_TAIL = plain(r",\s*(?:except|unless)\b", re.I)


NOTE_THEN_CLAUSE = UnitNoteRule(
    "note-then-clause",
    "a bracket that opens with the currency-and-scale note and goes on after a comma with what else holds for the "
    "figures ('(NIS thousands, unaudited)', '(U.S. dollars in thousands, except per share data, unaudited)'): the part "
    "before the comma is the note",
    ("probe31 02_hilan_tase_immediate_report (TASE immediate report): 'Main data below (NIS thousands, unaudited):' "
     "over 'Revenues  312,846  281,405 …'",
     "probe27 05_ceragon_6k (6-K press release): '(U.S. dollars in thousands, except per share data, unaudited)'; "
     "kindcheck30 tables 03_thabankulu: '(R million, unless otherwise stated)' (the same note-first bracket)"),
    ("'Key figures (EUR thousands, restated):' (invented)",))


SENTENCE_NOTE = UnitNoteRule(
    "sentence-note",
    "a caption's bracket of several sentences or clauses names the table's currency and scale in one of them ('(Summary "
    "of consolidated results. Cifras en millones de pesos chilenos, MM$; figures in CLP million. Unaudited.)'): each "
    "clause is read as a note",
    ("probe30 01_grupogtd_hecho_esencial (CMF annex): the bracket above over 'Ingresos de actividades  214.380 …'",
     "probe28 06_bemobi_brazil_results_release: '(English version. Figures in R$ mil (R$ thousand) unless otherwise "
     "indicated; decimal separator is the comma, …)' — the same note among other clauses"),
    ("'(Unaudited. Figures in EUR thousand; restated.)' (invented)",))
_NOTE_CLAUSES = plain(r"[;]\s*|\.\s+")
CAPTION_STATEMENT = UnitNoteRule(
    "caption-statement",
    "a caption of sentences, one of them a sheet statement ('Table 1 - Key consolidated figures. Amounts in € million "
    "(…), except where stated'): that sentence, its brackets set aside, is the table's note",
    ("kindcheck35 tables 01_kyparissi_9m_2026_athex (ATHEX release, HTML <caption>): the caption above, its note glossed "
     "in Greek in the bracket",
     "UNIT_NOTES sheet-statement: the same statement as a line of its own (probe24 03_railtel_kpi_sheet 'All amounts in "
     "INR crore unless stated otherwise', probe21 08_nemetschek_data_appendix)"),
    ("'Table 3 - Group results. Figures in CHF thousands, except per-share data' (invented)",))
_SENTENCE_BRACKET = plain(r"\(([^()]{31,200})\)")


def unit_note(cell: str, lead: str = "") -> str:
    """The note of a column's currency and scale: its header cell's bracket (column-header-note) or
    tail ("EUR m": column-header-tail), else the table's caption or heading's (caption-note); ""
    when neither names money."""
    for text in (_bare(cell), lead):
        note = scale_line_note(text or "")
        if note:
            return note
    tail = _TAIL_NOTE.search(_bare(cell))
    if tail is not None:
        note = _scale_spelled(tail.group(1))
        if _money_in("1", note) is not None:
            return note
    for text in (_bare(cell), lead):
        for m in _LONG_NOTE.finditer(text or ""):
            # the bracket's note as written, in words, or with its scale spelled out ("(MAD m)"); a caption's
            # bracket listing measure, period and unit ("(net income attributable, 3Q25, S/ millions)"): its
            # last part (tables.TABLE_SHAPES leader-dots)
            # (a note with its exceptions after it, "(in thousands of US$, except per-share amounts)", "(U.S. dollars
            # in thousands, except per share data, unaudited)": the part before the exceptions, UNIT_NOTES except-note)
            head = _EXCEPT_TAIL.split(m.group(1), 1)[0] if _EXCEPT_TAIL.search(m.group(1)) else (
                # (a note with a status after it, "(NIS thousands, unaudited)": the part before the comma, NOTE_THEN_CLAUSE)
                m.group(1).split(",", 1)[0] if "," in m.group(1) else "")
            for part in ((m.group(1),) if len(m.group(1)) <= 30 else ()) + ((m.group(1).rsplit(",", 1)[1],) if "," in m.group(1) else ()) \
                    + ((head,) if head else ()):
                whole = _TAIL_NOTE.fullmatch(part.strip())
                for note in (part.strip(), _plain_note(part.strip()), _scale_spelled(whole.group(1)) if whole else "",
                             re.sub(r"^(\S+)\s+in\s+", r"\1 ", part.strip())):   # ("(Rs in lakh)": "Rs lakh")
                    if note and _money_in("1", note) is not None:
                        return note
    # (a long bracket of sentences, "(Summary of consolidated results. Cifras en millones de pesos chilenos, MM$;
    # figures in CLP million. Unaudited.)": each of its clauses, SENTENCE_NOTE)
    for text in (_bare(cell), lead):
        for m in _SENTENCE_BRACKET.finditer(text or ""):
            clauses = [c.strip(" .") for c in _NOTE_CLAUSES.split(m.group(1)) if c.strip(" .")]
            for part in clauses if len(clauses) > 1 else ():
                part = re.sub(r"^(?:figures|amounts)\s+(?=in\s)", "", part, flags=re.I)   # ("figures in CLP million")
                note = _plain_note(part) or (part if len(part) <= 30 else "")
                if note and _money_in("1", note) is not None:
                    return note
    # (a caption's sentence that is a sheet statement, "Table 1 - Key figures. Amounts in € million (ποσά σε εκατ. €),
    # except where stated": CAPTION_STATEMENT)
    for part in _NOTE_CLAUSES.split(_NOTE.sub(" ", lead)) if lead and "." in lead and "in" in lead else ():
        note = sheet_statement(" ".join(part.split()))
        if note:
            return note
    # (a caption or cell that is the note alone, in another spelling: NOTE_PHRASE)
    return note_phrase(lead) or note_phrase(cell) if cell or lead else ""


# a line opening "Unit:" states a unit of measure, whatever follows ("Unit: Yuan (RMB) 10 thousand (万元)   Currency: RMB")
_UNIT_LINE_OPEN = plain(r"^\s*(?:units?|단위|单位)\s*[:：].*$", re.I)
# its currency before the counted multiple: "Yuan (RMB) 10 thousand (万元)" is "10 thousand yuan" (UNIT_NOTES unit-line)
_CURRENCY_FIRST = plain(r"^\s*units?\s*[:：]\s*([A-Za-z]+)\s+((?:1|10|100|1,?000)\s+(?:thousand|million|billion))\b", re.I)


def scale_line_note(text: str) -> str:
    """The currency and scale a 'Unit: …' line or a "S$'million" cell states (UNIT_NOTES unit-line,
    apostrophe-scale): "Unit: 100 million yuan (RMB)" -> "100 million yuan", "S$'million" -> "S$ million";
    "" when it states none."""
    m = _UNIT_LINE.search(text)
    if m is not None:
        note = " ".join(m.group("note").split())
        if _money_in("1", note) is not None:
            return note
    c = _CURRENCY_FIRST.match(re.sub(r"\s*\([^()]*\)", "", text))
    if c is not None and _money_in("1", f"{c.group(2)} {c.group(1).lower()}") is not None:
        return f"{c.group(2)} {c.group(1).lower()}"
    a = _APOSTROPHE_SCALE.search(text)
    if a is not None:
        scale = {"000": "thousand", "m": "million", "mn": "million", "bn": "billion"}.get(a.group(2), a.group(2))
        cur = "Rs" if a.group(1).startswith(("Rs", "Rupees")) else _LETTER_SIGN_CODES.get(a.group(1), a.group(1))
        note = f"{cur} {scale}" if a.group(2) != "0,000" else f"10 thousand {cur}"
        if _money_in("1", note) is not None:
            return note
    return ""


def lead_line(text: str, header_start: int) -> str:
    """The last non-blank line above a table's header (its heading or lead sentence); a rule line
    of dashes is none (tables.TABLE_SHAPES ruled-sheet)."""
    before = text[:header_start].rstrip("\n").split("\n")
    blank_under = bool(re.search(r"\n[ \t]*\n[ \t]*$", text[:header_start]))   # (a blank line right above the header)
    for k, line in enumerate(reversed(before[-4:])):
        if re.fullmatch(r"\s*[-=_─━]{5,}\s*", line):
            if k or blank_under:   # (a rule line closing the grid above, not the header's own top rule: nothing above is this grid's)
                return ""
            continue
        if line.strip() and not re.fullmatch(r"\s*(?:```|~~~)\w*\s*", line):   # (a code fence opening a CSV block)
            return line.strip()
    return ""


CORNER_CAPTION_NOTE = UnitNoteRule(
    "corner-caption-note",
    "a table's caption printed in its corner cell, naming the measure or the rows' units, with the note in a bracket at "
    "its end ('Revenues by segment (NIS thousands):  Q3 2026  Q3 2025'): the bracket is the note of every bare number of "
    "the table, before any line above it (the line above may be the last row of another table, 'Earnings per share (NIS)')",
    ("probe31 02_hilan_tase_immediate_report (TASE immediate report): 'Revenues by segment (NIS thousands):' in the corner "
     "over '  Data and AI solutions   38,226   31,427', under the main table's last row 'Earnings per share (NIS)'",
     "probe31 06_swordgroup_segment_note and probe13 tietoevry print the same caption-in-the-corner layout ('Year 2025', "
     "'| Segment | Revenue Q3 2024 EUR m |'), the note elsewhere"),
    ("'Sales by region (USD thousands):   2031   2030' (invented)",))
_CORNER_BRACKET = plain(r"\([^()]{2,40}\)\s*:?\s*$")


def corner_money(header: tuple[str, ...]) -> str:
    """The currency and scale a table's corner cell states for every column ("| in CHF m | H1 2031 |
    H1 2030 |", "| USD thousand | Q2 2031 |"): its note when the corner is the note alone
    (UNIT_NOTES corner-cell-note), else ""."""
    if not header:
        return ""
    c = _bare(header[0])
    if c and (HEAD_RE.search(c) or UNIT_HEADER.search(c)):
        # (a corner naming a measure or the rows' units is no note; a caption printed in the corner states its
        # note in a bracket at its end, "Revenues by segment (NIS thousands):": CORNER_CAPTION_NOTE)
        tail = _CORNER_BRACKET.search(c)
        n = unit_note(tail.group(0)) if tail is not None else ""
        return n if n and _money_in("1", n) is not None else ""
    if not c:
        return ""
    for n in (scale_line_note(c), note_phrase(c), _plain_note(c)):
        if n and _money_in("1", n) is not None:
            return n
    return ""


def _bare(cell: str) -> str:
    return re.sub(r"[*_`]+", "", cell).strip()


def _level_measure(cell: str) -> str:
    """The ratio a level column's header names, its period and unit words dropped ("Adj. EBITA
    margin Q3 2024": "adjusted ebita margin")."""
    words = re.sub(r"\([^)]*\)", " ", cell)
    words = re.sub(r"\b(?:[QH][1-4]|FY\s?['’]?\d{2,4}|(?:19|20)\d\d|%|in\s+%)\b", " ", words)
    words = re.sub(r"\badj\.?(?=\s)", "adjusted", words, flags=re.I)
    m = re.search(r"((?:[A-Za-z][\w&-]*\s+){0,3}(?:margin|ratio|rate))\b", " ".join(words.split()), re.I)
    return canonical(m.group(1).lower()) if m else "margin"


_OWNED_NOTE = plain(r"^(?:about\s+)?(\d{1,3}(?:\.\d+)?)\s*%\s+(?:owned|stake|held|interest)$", re.I)
# a column restating the figure to its left in another currency: "Local currency", "In USD", "US$ equivalent"
_RESTATED = plain(r"\b(?:local\s+currency|equivalent|converted|translated)\b|^in\s+[A-Z]{3}$", re.I)


def column_roles(header: tuple[str, ...]) -> list[tuple[str, str]]:
    """(role, measure) of each column (the label column: ("label", "")). An amount column naming no
    measure is revenue, unless it restates the amount column to its left in another currency
    ("| Capex 2025 (EUR m) | Local currency |": capex)."""
    out = [("label", "")]
    for cell in header[1:]:
        c = _bare(cell)
        rule = next(rule for rule in COLUMNS if rule._rx.search(c))
        measure = ""
        if rule.role == "amount":
            h = HEAD_RE.search(c)
            left = next((m for role, m in reversed(out) if role == "amount" and m), None)
            measure = canonical(_measure_phrase(c, h)[0].lower()) if h else (
                left if left is not None and _RESTATED.search(c) else "revenue")
        elif rule.role == "level":
            measure = _level_measure(c)
        elif rule.role == "share":
            h = HEAD_RE.search(c)
            measure = f"share of {h.group(0).lower()}" if h else "share of revenue"
        out.append((rule.role, measure))
    return out


def _column_period(i: int, roles: list, periods: list):
    """share-of-dated-column: a column's own period, else — a share or ratio column whose header
    names none ("Share of total" after "FY25 revenue (₹ crore)") — the period of the amount column
    left of it, which it is a share of; None when neither names one."""
    if i < len(periods) and periods[i] is not None:
        return periods[i]
    if roles[i][0] in ("share", "level"):
        for j in range(i - 1, 0, -1):
            if roles[j][0] == "amount":
                return periods[j] if j < len(periods) else None
    return None


SHARE_PERIOD_PROVENANCE = (
    "probe13 netweb (results page): '| Business line | FY25 revenue (₹ crore) | Share of total |': the shares are FY25's, "
    "not the Q4 the page reports on",
    "probe10 p10-05 (Delta results): '| Business group | 2024 revenue | YoY change | Share of revenue |'")


NEGATIVE_UNIT_CELL = PatternRule(
    "negative-unit-cell",
    r"^(?:\(\s*|[-−–]\s?)([0-9][0-9,.]*)\s*\)?$",
    "a unit's cell in brackets or after a minus ('(3,092)', '-1.318') in an amount column of a table of units is a "
    "negative amount of the column's measure (a segment's operating loss), in the note's currency and scale; in a "
    "cost column the bracket only marks the deduction and the cost stays positive",
    ("kindcheck31 tables 03_ilmatar (Swiss half-year report): '| Residential Heat Recovery | 42,157 | 50,883 | (3,092) "
     "| 1,118 |' under EBIT columns, '(in CHF thousand)'",
     "kindcheck31 tables 01_maravilha (Brazilian release): '| Serviços portuários | 150.356 | 121.437 | (1.318) | (5.829) |' "
     "under EBITDA columns, '(R$ mil)'; probe30 06_digitalchina (HKEX summary): '(1,186,540)' losses in a grid"),
    ("'| Retail | 80.2 | (4.5) |' under '| Segment | Revenue | EBIT |' (invented)",))
_NEGATIVE_CELL = NEGATIVE_UNIT_CELL.rx
_GLUED_SCALE = re.compile(r"(R)(m|bn)")
_SPACED_THOUSANDS = plain(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_COST_COLUMN = re.compile(r"\b(?:costs?|charges?|expenses?|expenditures?|tax(?:es)?|capex|depreciation|amorti[sz]ation)\b", re.I)


_GLOSS = plain(r"\s+\(([^()]*)\)$")


def row_facts(row: str, header: tuple[str, ...], company: r.EntityRef, periods: list, default_period,
              evidence: r.Evidence, known_items=None, lead: str = "", known_units=frozenset(),
              sheet: str = "") -> tuple[r.EntityRef | None, list]:
    """The unit a row names and its facts: the unit is a segment of `company`; each money cell is a
    figure of the column's measure dated by the column's period (`periods`, from the header) or
    `default_period`, with the growth column's change; a share cell is the unit's share of revenue;
    a products cell's items are in the unit. `known_items(text)` gives the entity an item names; a
    bare number is money in the currency and scale its column header or the table's caption `lead`
    names (UNIT_NOTES)."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) < 2:
        return None, []
    label = " ".join(_bare(cells[0]).split())
    label = re.sub(r"\s+\([A-Z][A-Za-z]{1,5}\)$", "", label)   # "Value-added services (VAS)": the name, not its acronym
    # a row "Gulf (Oman, Qatar, Kuwait)": the bracket lists what the unit covers, its name is before it
    # (probe17 06_systems_limited_liveblog "Middle East (Saudi Arabia, UAE, Qatar)", probe17
    # 04_credicorp_trading_update "Microfinance (Mibanco, Mibanco Colombia)")
    gloss = _GLOSS.search(label)
    members = gloss_members(gloss.group(1)) if gloss is not None else []
    if gloss is not None and (members or "," in gloss.group(1)):
        label = label[:gloss.start()]
    if not label or not label[0].isupper() or _NOT_UNIT.match(label) or len(label.split()) > 6 \
            or re.search(r"\d", label) or label == company.label:
        return None, []
    if label not in known_units and f"{company.label} {label}" in known_units:
        # a row "Care" of a unit the text named in full, "Tietoevry Care" (relations.UNIT_LIST_RULES)
        label = f"{company.label} {label}"
    short = re.sub(r"\s+\([^()]+\)$", "", label)
    if label not in known_units and short != label and short in known_units:
        # a row "Overseas (the Kelvo subsidiaries)" of a unit the text named "Overseas": that unit
        label = short
    unit = r.EntityRef(kind="Segment", label=label)
    roles = column_roles(header)
    facts: list = [r.SegmentOf(segment=unit, company=company, evidence=evidence)]
    for item in members:   # (unit_contents.GLOSS_MEMBERS: "Microfinance (Mibanco, Mibanco Colombia)": what the unit holds)
        ref = known_items(item) if known_items else None
        facts.append(r.InSegment(item=ref or r.EntityRef(kind="CostItem", label=item), segment=unit, evidence=evidence))
    growth, basis = None, None
    for i, cell in enumerate(cells[1:], start=1):
        if i >= len(roles):
            break
        role, _ = roles[i]
        if role == "growth":
            ps = v.find_percents(_bare(cell))
            if ps:
                # a column "Local-currency growth" states its basis (change_bases.py)
                growth, basis = ps[0], basis_named(header[i] if i < len(header) else "")
                break
    amounts: list[r.Observation] = []
    for i, cell in enumerate(cells[1:], start=1):
        if i >= len(roles):
            break
        role, measure = roles[i]
        if measure and forecast_marked(header[i]) and not measure.endswith("estimate"):
            measure = f"{measure} estimate"   # "2026E revenue": the writer's forecast, no actual (table_rows.ESTIMATE_PERIODS)
        text = _bare(cell)
        period = _column_period(i, roles, periods) or default_period
        owned = _OWNED_NOTE.match(text)
        if owned is not None and role != "stake":
            # a note cell "52% owned" is the company's stake in the row's unit (COLUMNS stake-column)
            facts.append(r.StakeHeld(holder=company, company=unit, stake=Decimal(owned.group(1)), period=period, evidence=evidence))
        elif role == "amount":
            ms = v.find_money(text)
            # a loss printed in brackets or with a minus, "(3,092)" in an EBIT column: the amount below zero
            # (NEGATIVE_UNIT_CELL); a cost column's bracket only says it is deducted (table_rows.BRACKETED_COST)
            text = _SPACED_THOUSANDS.sub(",", text)   # ("2 910": thousands set apart by a space, as table_rows._parse reads them)
            neg = _NEGATIVE_CELL.match(text) if not ms else None
            bare = _BARE_NUMBER.match(neg.group(1) if neg is not None else text)
            if not ms and bare:
                # (the column's own note, then the corner's, then the caption's: CORNER_CAPTION_NOTE)
                # (and last the sheet's statement above the table, "(in thousands of euros, unless otherwise stated)":
                # table_rows.SHEET_ROWS holds for a unit's amount as for a measure row's)
                note = unit_note(header[i] if i < len(header) else "") or corner_money(header) or unit_note("", lead) or sheet
                m0 = _money_in(bare.group(1), note) if note else None
                if m0 is not None and neg is not None:
                    m0 = replace(m0, text=text) if _COST_COLUMN.search(measure or "") else replace(m0, value=-m0.value, text=text)
                ms = [m0] if m0 is not None else []
            if len(ms) != 1:
                continue
            m = ms[0]
            g = growth if not amounts else None
            amounts.append(r.Observation(
                subject=unit, measure=measure, value=m.value, unit=m.currency, value_max=m.value_max,
                qualifier=m.qualifier, value_text=m.text,
                change=g.value if g else None, change_unit=g.unit if g else None, change_text=g.text if g else None,
                change_basis=basis if g else None,
                direction=("decrease" if g.negative or re.search(r"\bdown\b|\bfell\b|[-−–]\s*\d", g.text) else "increase") if g else None,
                period=period, evidence=evidence))
        elif role == "share":
            ps = v.find_percents(text)
            if len(ps) == 1 and ps[0].unit == "percent":
                facts.append(r.Observation(subject=unit, measure=measure, value=ps[0].value, unit="percent",
                                           value_text=ps[0].text, period=period, evidence=evidence))
        elif role == "level":
            ps = v.find_percents(text)
            if len(ps) == 1 and ps[0].unit == "percent":
                facts.append(r.Observation(subject=unit, measure=measure, value=ps[0].value, unit="percent",
                                           value_text=ps[0].text, period=period, evidence=evidence))
        elif role == "stake":
            ps = v.find_percents(text)
            if len(ps) == 1 and ps[0].unit == "percent" and company is not None:
                facts.append(r.StakeHeld(holder=company, company=unit, stake=ps[0].value, qualifier=ps[0].qualifier,
                                         period=period, evidence=evidence))
        elif role == "count":
            cs = [c for c in v.find_counts(text) if c.value is not None]
            noun = re.sub(r"\s*\([^)]*\)\s*$", "", _bare(header[i] if i < len(header) else "")).strip().lower()
            noun = (cs[0].noun or noun).lower() if cs else noun   # "35,400 towers" in a Subscribers column: towers
            if len(cs) == 1 and not v.find_money(text) and not v.find_percents(text) and noun:
                facts.append(r.Observation(subject=unit, measure=noun, value=cs[0].value, unit="count",
                                           value_text=cs[0].text, period=period, evidence=evidence))
        elif role == "members" and text:
            for item in _split_list(text):
                item = re.sub(r"\s*\([^)]*\)\s*$", "", item).strip()
                if not item or item.lower() == label.lower():
                    continue
                ref = known_items(item) if known_items else None
                facts.append(r.InSegment(item=ref or r.EntityRef(kind="CostItem", label=item),
                                         segment=unit, evidence=evidence))
    return unit, facts + amounts


# A list line naming a unit with its unit word and, after the colon, what the unit holds — the
# same statement as a table row's products column (members-column), written as a line.
CONTENTS_LINE = ColumnRule(
    "unit-contents-line", "members",
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|&|of)){0,4}?)\s+"
    r"(?:reporting\s+|operating\s+|business\s+)?(?:segment|division)(?:\*\*)?\s*:(?:\*\*)?\s+(?P<list>[^:]+)$",
    "a list line '<Unit> segment: A, B and C' with no figure lists what the unit holds",
    ("- Alpha segment: licences, maintenance and hosting costs (invented)",
     "probe11 p11-01 (Temenos MD&A): '- Product segment: software licensing, Subscription & SaaS, and maintenance revenue, …'",
     "probe10 p10-05 (Delta results): the same unit and contents as a table row's 'Main products' cell"))

# "together with" / "including" / "as well as" join more contents to a line's list
_MORE = plain(r",?\s+(?:together\s+with|along\s+with|including|as\s+well\s+as)\s+", re.I)


def contents_line(text: str) -> tuple[str, list[str]] | None:
    """(unit name, the items it holds) of a list line '<Unit> segment: A, B and C' (CONTENTS_LINE);
    None for any other line. The caller keeps lines with no figure."""
    m = CONTENTS_LINE._rx.match(text)
    if m is None or m.group("name").split()[0] in ("The", "Its", "Our", "Each", "Every", "Total", "Other"):
        return None
    lst = _MORE.sub(", ", m.group("list"))
    # an item's trailing place ("the hosting costs of the platform on Alpha Cloud and Beta Web") is
    # where the item is, not more items
    lst = re.sub(r"(?<=\w)\s+(?:on|in|at|across|via)\s+[^,]*", "", lst)
    items = []
    for item in _split_list(lst):
        item = item.replace("\x01", " and ").strip()
        if item and item.lower() != m.group("name").lower() and len(item.split()) <= 14:
            items.append(item)
    return (m.group("name"), items) if len(items) >= 2 else None



# A table of companies — vendors, operators, rivals — rather than of the company's own units: each row's figures
# are that company's, and a share column is its share of the market the caption names.
COMPANY_ROWS = PatternRule(
    "company-rows",
    r"^(?:vendors?|compan(?:y|ies)|operators?|providers?|players?|competitors?|brands?|suppliers?|manufacturers?)$",
    "a table whose label column (after a rank column) is headed 'Vendor', 'Company', 'Operator', 'Provider' and whose "
    "caption names no units of the article's company: each row is a company of the market the caption names; its "
    "money cells are its figures of the column's measure and period, its share cell its market share",
    ("probe21 06_bitdefender_research_ranking (research-firm ranking, HTML table): '| Rank | Vendor | 2025 EMEA revenue "
     "(US$ m) | Share |' under 'Top five vendors, EMEA endpoint & consumer security, 2025'",
     "probe19 08_tm_regulator_market_study (regulator's study, plain text): 'Table 4.1: Estimated shares of operational "
     "colocation IT capacity, Malaysia, end-2024' over one provider per line (list_lines.py reads that layout)"),
    ("| Rank | Vendor | 2031 sales (USD m) | Share |\n|---|---|---|---|\n| 1 | Orvane | 120 | 30.0% |",), re.I)
_RANK_HEADER = plain(r"^(?:rank(?:ing)?|#|no\.?|position|pos\.?)$", re.I)
_TOP_N = plain(r"^(?:the\s+)?(?:top|leading|largest|biggest)\s+(?:\w+\s+)?(?:vendors|companies|operators|providers|players|suppliers)"
               r"(?:\s+(?:in|of|by))?[,:\s]+", re.I)


def company_table(header: tuple[str, ...], lead: str = "") -> int | None:
    """The label column of a table of companies (COMPANY_ROWS): 0, or 1 after a rank column; None for
    any other table (a table the caption says lists units is the company's own: unit_table)."""
    if len(header) < 3 or unit_table(header, lead):
        return None
    col = 1 if _RANK_HEADER.match(_bare(header[0])) else 0
    return col if COMPANY_ROWS.rx.match(_bare(header[col])) else None


def market_of_caption(lead: str) -> str:
    """The market a ranking's caption names: "Top five vendors, EMEA endpoint & consumer security, 2025" ->
    "EMEA endpoint & consumer security"; "" when it names none."""
    cap = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", lead)
    cap = _TOP_N.sub("", cap.strip())
    cap = re.sub(r"[,;]?\s*(?:in\s+)?(?:(?:FY|CY)?\s?(?:19|20)\d\d|[QH][1-4]\s*(?:19|20)\d\d|end-(?:19|20)\d\d)\s*$", "", cap).strip(" ,:;.")
    return " ".join(cap.split()) if 2 <= len(cap) <= 80 else ""


def company_row_facts(row: str, header: tuple[str, ...], col: int, periods: list, default_period, evidence: r.Evidence,
                      lead: str = "", known=None) -> tuple[r.EntityRef | None, list]:
    """The company a row of a table of companies names, and its figures (COMPANY_ROWS): money cells
    of the column's measure and period, in the currency and scale the header or caption names; a
    share cell as its share of the caption's market. `known(label)` gives the entity a label names."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) != len(header):
        return None, []
    label = " ".join(_bare(cells[col]).split())
    if not label or not label[0].isupper() or _NOT_UNIT.match(label) or re.match(r"^others?\b", label, re.I) \
            or len(label.split()) > 6:
        return None, []
    holder = (known(label) if known else None) or r.EntityRef(kind="Company", label=label)
    roles = column_roles(header)
    market = market_of_caption(lead)
    facts: list = []
    for i, cell in enumerate(cells):
        if i == col or i == 0 or i >= len(roles):
            continue
        role, measure = roles[i]
        if measure and forecast_marked(header[i]) and not measure.endswith("estimate"):
            measure = f"{measure} estimate"   # "2026E revenue": the writer's forecast, no actual (table_rows.ESTIMATE_PERIODS)
        text = _bare(cell)
        period = _column_period(i, roles, periods) or default_period
        if role == "amount" and measure:
            ms = v.find_money(text)
            bare = _BARE_NUMBER.match(text)
            if not ms and bare:
                note = unit_note(header[i], lead)
                m0 = _money_in(bare.group(1), note) if note else None
                ms = [m0] if m0 is not None else []
            if len(ms) == 1:
                m = ms[0]
                facts.append(r.Observation(subject=holder, measure=measure, value=m.value, unit=m.currency,
                                           value_max=m.value_max, value_text=m.text, period=period, evidence=evidence))
        elif role == "share" and market:
            ps = v.find_percents(text)
            if len(ps) == 1 and ps[0].unit == "percent":
                facts.append(r.MarketShare(holder=holder, market=market, share=ps[0].value, qualifier=ps[0].qualifier,
                                           period=period, evidence=evidence))
    return holder, facts


def company_claim_values(facts: list) -> tuple[r.ClaimValue, ...]:
    """A company row's values as its claim states them: each figure with its measure, each share as a market share."""
    out = []
    for f in facts:
        if f.kind == "observation" and f.value is not None:
            out.append(r.ClaimValue(role="amount", value=f.value, value_max=f.value_max, unit=f.unit, measure=f.measure,
                                    text=f.value_text or str(f.value)))
        elif f.kind == "market_share":
            out.append(r.ClaimValue(role="share", value=f.share, unit="percent", measure="market share", text=f"{f.share}%"))
    return tuple(out)
