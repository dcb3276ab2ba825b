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
    """Very small HTML -> text: scripts and styles dropped, block tags become line breaks."""
    markup = _SCRIPT.sub(" ", markup)
    markup = _TABLE.sub(_pipe_table, markup)
    markup = re.sub(r"<(?:br|/p|/div|/h\d|/li|/tr|/title)\b[^>]*>", "\n", markup, flags=re.IGNORECASE)
    text = _TAG.sub(" ", markup)
    return html.unescape(text)


_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.IGNORECASE | re.DOTALL)
_TR = re.compile(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|$)", re.IGNORECASE | re.DOTALL)
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|$)", re.IGNORECASE | re.DOTALL)


def _pipe_table(m: re.Match) -> str:
    """An HTML table as a markdown pipe table (its first row the header), so a table reads the
    same whichever way the page wrote it (tables.py, segment_tables.py)."""
    rows = []
    for tr in _TR.finditer(m.group(1)):
        cells = [" ".join(_TAG.sub(" ", c).split()).replace("|", "/") for c in _CELL.findall(tr.group(1))]
        if cells:
            rows.append("| " + " | ".join(cells) + " |")
    if len(rows) < 2 or rows[0].count("|") < 3:
        return m.group(0)
    cap = _CAPTION.search(m.group(1))   # the caption stays the line above (its units: segment_tables.UNIT_NOTES)
    caption = " ".join(_TAG.sub(" ", cap.group(1)).split()).replace("|", "/") if cap else ""
    return "\n" + (caption + "\n" if caption else "") + "\n".join([rows[0], "|" + "---|" * (rows[0].count("|") - 1)] + rows[1:]) + "\n"


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


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
