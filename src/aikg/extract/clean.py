"""Text cleaning: decode, normalise, and blank out boilerplate without moving any character.

Cleaning replaces junk (ads, subscription prompts, ticker tags such as `BABA--`, glued citation
titles, author bios, comment widgets) with spaces, so every offset in the cleaned text is also
an offset in the normalised source text and evidence spans stay true.
"""
from __future__ import annotations

import html
import re
import unicodedata

from ..errors import AikgError
from ..pattern_cache import plain
from .html_grid import grid, header_rows, span, without_row_numbers
from .legal_forms import LEGAL_FORM
from .rule_record import RuleRecord

MAX_BYTES = 20 * 1024 * 1024  # 20 MiB
# Text (after HTML is stripped) that extraction handles in well under a minute; a file of
# prose near MAX_BYTES would take ~10 minutes and gigabytes, so it is refused instead.
MAX_TEXT_CHARS = 1_000_000

# Whole lines that are page furniture rather than article text.
_BOILERPLATE_LINE = plain(
    r"""^\s*(?:[-*•]\s*)?(?:
        listen\ to\ (?:the\ )?(?:full\ )?(?:version|article|this)|
        unlock\ exclusive|subscribe\ to|sign\ up\ (?:for|to)|register\ now|
        your\ membership|learn\ more\ about|related\ (?:articles|stories|coverage)|
        stay\ ahead\ of|get\ curated|delivered\ to\ your\ inbox|
        add\ a\ (?:public\ )?comment|no\ comments|follow\ (?:me|us)\ (?:for|on)|
        all\ rights\ reserved|generated\ by\ ai|aime\ (?:robot|summary)|click\ here
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Short lines that are page furniture when they stand alone.
_FURNITURE_LINE = plain(
    r"^\s*(?:[-*•]\s*)?(?:comments?|latest\ articles|most\ popular|digest\ hub|(?:ai\ )?podcast.*|"
    r"speaker\ \d+|newsletter|advertisement|sponsored(?:\ content)?|read\ more|share(?:\ this)?|"
    r"log\ ?in|subscribe|sign\ up|photo:.*|image:.*|copyright.*|©.*|\d+\s*min\ read)\s*:?\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# The heading of a list of other stories' headlines ("Related stories", "Most read"), or one
# such headline behind its label ("READ MORE: …", "Related: A | B"): none of it is this article.
_STORY_LIST = plain(
    r"^\s*(?:related(?:\s+(?:articles|stories|coverage|news|reading))?|most\s+(?:read|popular)|"
    r"read\s+more|more\s+(?:on\s+this(?:\s+story)?|stories|from\s+[\w ]{2,30})|recommended|trending|"
    r"you\s+may\s+also\s+like|also\s+read)\s*(?P<colon>:)?(?P<rest>.*)$", re.IGNORECASE)
_SENTENCE_END = plain(r"[.!?]['\"”’)]*\s*$")
# A first-person author bio paragraph ("I am AI Agent …, dedicated to …").
_BIO = plain(r"^\s*(?:I am|I'm|About the author|The author)\b.*$", re.IGNORECASE | re.MULTILINE)
# Ticker tags glued to names: "AlibabaBABA--", "MicrosoftMSFT--", "point IPCX--".
_TICKER = plain(r"(?<=[a-z\s.,;:])[A-Z]{2,5}--")
# Citation titles glued after a word: "transformationAlibaba to Invest RMB380 billion in AI and ...[1]".
_CITATION = plain(r"(?<=[a-z\)%])[A-Z][^\n\[\]]{0,160}?(?:\.\.\.|…)\s*\[\d+\]")
_BRACKET_REF = plain(r"\[\d+\]")
# Markdown emphasis inside a sentence ("of between **€9.2 billion and €9.8 billion** with",
# "investing **€1.3 billion** for"): the markers go, the words stay. Line-leading bold labels
# ("**Net income:** €2.1 billion") keep theirs: they mark a list line.
# (A hard-wrapped line may open with inline emphasis: after a line ending in a word, an
# emphasised name that is no label, "**BeOnline/SaaS** (web hosting …", is inline too.)
_INLINE_EMPHASIS = plain(r"(?:(?<=[\w,;%)] )|(?<=[\w,;%)]\n))(\*\*|__)(?=[^\s*_])([^*_\n]{1,120}?)(?<=[^\s*_:])\1(?!\s*:)")
# an unclosed <script> or comment runs to the end of the page, as it does in a browser
_SCRIPT = plain(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
                     re.IGNORECASE | re.DOTALL)
_TAG = plain(r"<[^<>]*>")  # linear; long tags (inline data: URIs) go too


def check_size(size: int, name: str = "input") -> None:
    if size > MAX_BYTES:
        raise AikgError(f"{name}: file is {size:,} bytes; the limit is {MAX_BYTES // (1024 * 1024)} MiB "
                        f"({MAX_BYTES:,} bytes)")


def decode(data: bytes, name: str = "input") -> str:
    """Bytes -> text. Refuses binary and undecodable input with a one-line error."""
    check_size(len(data), name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise AikgError(f"{name}: invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise AikgError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AikgError(f"{name}: not valid UTF-8 (byte {e.start}); save it as UTF-8 text") from None


def normalise(text: str) -> str:
    """Unicode NFC, LF line ends, plain spaces; drops control characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise AikgError(f"the document's text is {len(text):,} characters; aikg extracts from at most "
                        f"{MAX_TEXT_CHARS:,} per document: split it into smaller files")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009]", " ", text)
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    return text


def html_to_text(markup: str) -> str:
    """Very small HTML -> text: scripts and styles dropped, block tags become line breaks; a page's
    label-and-value layouts (a KPI tile, a definition list's term and description, a list item) become the
    list lines a text article writes for them (`LAYOUT_RULES`), so one reader (list_lines.py) reads both."""
    markup = _SCRIPT.sub(" ", markup)
    markup = _TABLE.sub(_pipe_table, markup)
    markup = _TILE.sub(_tile_line, markup)
    markup = _DEFINITION.sub(_definition_line, markup)
    if _OPEN in markup:
        # (no blank line between two tiles: the tiles of a grid stay one block of list lines; the markers are
        # matched from a fixed character, so the whitespace between them is read once)
        markup = _BETWEEN_LINES.sub("\n", markup).replace(_OPEN, "\n").replace(_CLOSE, "")
    markup = _LIST_ITEM.sub("\n- ", markup)
    markup = re.sub(r"<(?:br|/p|/div|/h\d|/li|/tr|/title)\b[^>]*>", "\n", markup, flags=re.IGNORECASE)
    text = _TAG.sub(" ", markup)
    # (the lines markup leaves blank are no paragraph breaks of the text: a run of them is one blank line, so a
    # heading or caption stays the line above the list or tiles it names)
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    return html.unescape(text)


_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.IGNORECASE | re.DOTALL)


def inline_html_tables(text: str) -> str:
    """A plain-text or markdown document's HTML tables ("<table><tr><th>Group (S$'000)</th>…") as markdown
    pipe tables, as html_to_text writes a page's (markdown allows raw HTML blocks; kindcheck34 tables
    02_orchidwell prints its statements so); the rest of the text as it is."""
    if "<t" not in text.lower() or not _TABLE.search(text):
        return text
    return _TABLE.sub(_pipe_table, text)
_TR = re.compile(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|$)", re.IGNORECASE | re.DOTALL)
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t([hd])\b([^>]*)>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|$)", re.IGNORECASE | re.DOTALL)


def _pipe_table(m: re.Match) -> str:
    """An HTML table as a markdown pipe table (its header row, or its stacked header rows joined, the
    header), so a table reads the same whichever way the page wrote it (tables.py, segment_tables.py);
    a cell spanning columns or rows stands in each (html_grid.GRID_RULES)."""
    rows, heads = [], []
    for tr in _TR.finditer(m.group(1)):
        found = _CELL.findall(tr.group(1))
        if found:
            rows.append([(" ".join(_TAG.sub(" ", c).split()).replace("|", "/"), span(a, "colspan"), span(a, "rowspan"))
                         for _, a, c in found])
            heads.append(all(t.lower() == "h" for t, _, _ in found))
    cells = grid(rows) if rows else []
    header, n = header_rows(cells, heads) if cells else ([], 1)
    header, body = without_row_numbers(header, cells[n:])
    lines = ["| " + " | ".join(r) + " |" for r in [header] + body]
    if len(lines) < 2 or lines[0].count("|") < 3:
        return m.group(0)
    cap = _CAPTION.search(m.group(1))   # the caption stays the line above (its units: segment_tables.UNIT_NOTES)
    caption = " ".join(_TAG.sub(" ", cap.group(1)).split()).replace("|", "/") if cap else ""
    return "\n" + (caption + "\n" if caption else "") + "\n".join([lines[0], "|" + "---|" * (lines[0].count("|") - 1)] + lines[1:]) + "\n"


LAYOUT_RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "tile-as-list-line",
        "a block element (div, li, a, article) holding only 2-6 leaf elements, the first a label without a figure "
        "and the second opening with a figure, is a KPI tile: one list line '- <label>: <value> <change>'; an "
        "arrow glyph before a change is its direction ('▲ 9.8%' up, '▼' down); a leaf after the value opening "
        "with words ('EBITDA margin 37.8%', 'FY2024: 15.0 cents') follows on the line after a semicolon",
        ("probe26 05_paratus_results_glance: '<div class=\"tile\"><span class=\"label\">Revenue</span><span "
         "class=\"value\">N$…m</span><span class=\"delta up\">▲ 9.8% vs FY2024 …</span></div>'",
         "focusset21/dev 02_allegro_casestudy and focusset23/held 15_civo_crowdfunding: a page's figures in "
         "'stats' elements of one span or item each ('<span>… raised</span>', '<li><b>…</b> active buyers</li>')"),
        ("<div class=kpi><span>Revenue</span><b>$12.0m</b><small>+4%</small></div>",)),
    RuleRecord(
        "definition-as-list-line",
        "a definition list's term and a description opening with a figure ('<dt>Revenue</dt><dd>$12.0m</dd>') "
        "is one list line '- <term>: <description>'",
        ("the same label-then-value pair as tile-as-list-line, written with the markup made for it",),
        ("<dl><dt>Net debt</dt><dd>€40m</dd></dl>",)),
    RuleRecord(
        "item-as-list-line",
        "an HTML list item ('<li>') is a list line ('- …'), as markdown writes it: its label and figures read "
        "as a grid's row under the heading above the list (list_lines.py)",
        ("probe26 05_paratus_results_glance: 'Revenue by business line' over '<li><strong>Connectivity</strong> "
         "(…): N$…m</li>'",
         "devset5 t10_iflytek.html and focusset21/dev 02_allegro_casestudy: figures in '<li>' items"),
        ("<h2>Revenue by unit</h2><ul><li>Alpha: $6m</li><li>Beta: $4m</li></ul>",)),
)

_LEAF = r"<(?:span|b|strong|small|em|i|p|div|h[1-6]|label|dt|dd)\b[^>]*>[^<]*</(?:span|b|strong|small|em|i|p|div|h[1-6]|label|dt|dd)\s*>"
_TILE = plain(r"<(div|li|a|article)\b[^>]*>\s*((?:" + _LEAF + r"\s*){2,6})</\1\s*>", re.IGNORECASE)
_LEAF_TEXT = plain(r"<[^<>]*>([^<]*)<", re.IGNORECASE)
_DEFINITION = plain(r"<dt\b[^>]*>([^<]{1,80})</dt\s*>\s*<dd\b[^>]*>([^<]{1,200})</dd\s*>", re.IGNORECASE)
_LIST_ITEM = plain(r"<li\b[^>]*>", re.IGNORECASE)
_OPEN, _CLOSE = "\ue000", "\ue001"   # a layout line's ends while the markup is rewritten
_BETWEEN_LINES = plain("\ue001\\s*\ue000")
# a figure opening a leaf: "N$612.4m", "£318.4m", "18.5 cents", "+11%", "▲ 9.8%", "R$ 1,240", "USD 4.2bn"
_FIGURE_START = plain(r"^(?:[▲▼△▽↑↓]\s*)?[+\-−–]?\s*(?:[A-Z]{1,3}\$|[$€£¥₩₹]|[A-Z]{3}\s)?\s*\d")
_ARROWS = (("▲", "up"), ("△", "up"), ("↑", "up"), ("▼", "down"), ("▽", "down"), ("↓", "down"))


def _arrow_words(text: str) -> str:
    for glyph, word in _ARROWS:
        text = text.replace(glyph, word + " ")
    return " ".join(text.split())


def _label_value(label: str, value: str) -> bool:
    label = " ".join(html.unescape(label).split())
    return bool(label) and not re.search(r"\d", label) and len(label.split()) <= 8 and not label.endswith((".", "!", "?")) \
        and bool(_FIGURE_START.match(" ".join(html.unescape(value).split())))


def _tile_line(m: re.Match) -> str:
    """A KPI tile as one list line (LAYOUT_RULES tile-as-list-line), else the markup as it was."""
    texts = [" ".join(html.unescape(t).split()) for t in _LEAF_TEXT.findall(m.group(2))]
    texts = [t for t in texts if t]
    if len(texts) < 2 or not _label_value(texts[0], texts[1]):
        return m.group(0)
    line, rest = [texts[1]], []
    for t in texts[2:]:
        (line if not rest and _FIGURE_START.match(t) else rest).append(t)
    # (a tile's other leaves on its line after a semicolon: a leaf's comparative year dates no other tile)
    return _OPEN + "- " + texts[0] + ": " + _arrow_words(" ".join(line)) + "".join("; " + _arrow_words(t) for t in rest) + _CLOSE


def _definition_line(m: re.Match) -> str:
    """A definition list's term and figure as one list line (LAYOUT_RULES definition-as-list-line)."""
    if not _label_value(m.group(1), m.group(2)):
        return m.group(0)
    return _OPEN + "- " + " ".join(html.unescape(m.group(1)).split()) + ": " + _arrow_words(html.unescape(m.group(2))) + _CLOSE


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


# rule copyright-owner (issue42f, narrator.py): a page's footer "© 2026 Acme Widgets Ltd. All rights reserved."
# names who publishes the page; clean() blanks the line (page furniture), so its name is read here, from the
# text before cleaning, as a field of the document: a company name with its legal form
_COPYRIGHT = plain(r"(?:©|&copy;|\(c\)|\(C\)|Copyright|COPYRIGHT)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?,?[ \t]+)?"
                   r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,5},?[ \t]+" + LEGAL_FORM + r")(?![\w-])")


def copyright_owner(text: str) -> str | None:
    """Rule copyright-owner: the company a copyright line names (its last in the text), with its legal
    form ("Corvaleigh Medical Distribution Ltd."), or None."""
    if "©" not in text and "&copy;" not in text and "(c)" not in text and "(C)" not in text and "opyright" not in text and "OPYRIGHT" not in text:
        return None
    last = None
    for m in _COPYRIGHT.finditer(text):
        last = m.group("name")
    return last


def clean(text: str) -> str:
    """Blank out boilerplate; the result has exactly the length of `text`."""
    out = text
    for pat, needs in ((_CITATION, "["), (_TICKER, "--"), (_BRACKET_REF, "[")):
        if needs in out:  # each pattern has this literal in it
            out = pat.sub(lambda m: " " * len(m.group(0)), out)
    if "**" in out or "__" in out:
        out = _INLINE_EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), out)
    lines = out.split("\n")
    pos = 0
    spans = []
    story_list = False  # inside a list of other stories' headlines
    for line in lines:
        if (_BOILERPLATE_LINE.match(line) and len(line) < 300) or _FURNITURE_LINE.match(line):
            spans.append((pos, pos + len(line)))
            story_list = story_list or bool(_STORY_LIST.match(line))
        elif (sl := _STORY_LIST.match(line)) and (not sl.group("rest").strip() or sl.group("colon")) \
                and len(line) < 300:
            spans.append((pos, pos + len(line)))
            story_list = not sl.group("rest").strip()
        elif story_list and line.strip():
            if len(line.split()) <= 16 and not _SENTENCE_END.search(line):
                spans.append((pos, pos + len(line)))  # a headline in the list
            else:
                story_list = False
        pos += len(line) + 1
    for m in _BIO.finditer(out):
        spans.append((m.start(), m.end()))
    for s, e in spans:
        out = _blank(out, s, e)
    assert len(out) == len(text)
    return out
