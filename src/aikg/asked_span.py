"""The span of time a question asks a figure for, and whether a row's span answers it: a
relation between two spans, not a match of labels. A whole year asked is not answered by a
quarter, a half or a few months of it ("the full fiscal year 2027" <- "Q2 FY2027"); a part of
a year asked is not answered by the whole year (period_fit._wider); a point asked ("at the end
of 2025", "as of 30 September") is answered by any span holding it. A figure of a stock (a
backlog, a headcount, cash) is a level at a point whatever span its sentence is dated in, so a
year asked of it is not narrowed. Pure functions of the question text and rows."""
from __future__ import annotations

from .pattern_cache import plain
from .period_fit import part_of_year, whole_year
from .question import question_periods
from .wording import _date, _s


# The words that make the span asked: a part of a year, a point, or a whole year. Each was seen
# asked of documents of different sources: "full fiscal year 2027" (probe23 01_tanla_bse_outcome,
# a quarter's revenue returned for it) and "for the full year" (probe21 08 nemetschek, guidance);
# "at the end of September" (probe23 03 secunet backlog), "as of 30 September" (probe22 05 AEM
# order book).
ASKED_SPAN = {
    "name": "asked-span",
    "part": plain(r"\bquarters?\b|\bq[1-4]\b|\bhalf\b|\bh[12]\b|\bmonths?\b|\b(?:three|six|nine)[-\s]month|\b[369]m\b"
                  r"|\bytd\b|\byear[-\s]to[-\s]date\b|\bfirst\s+(?:three|six|nine)\b|\bsemester\b|\bperiod\s+ended\b"),
    "point": plain(r"\b(?:at|by)\s+(?:the\s+)?(?:end|close|start|beginning)\s+of\b|\bas\s+(?:of|at)\b|\byear[-\s]end\b"
                   r"|\bon\s+\d{1,2}\s+[a-z]+|\bon\s+[a-z]+\s+\d{1,2}\b"),
    "year": plain(r"\bfull[-\s](?:fiscal[-\s]|financial[-\s])?year\b|\bwhole\s+(?:fiscal\s+|financial\s+)?year\b"
                  r"|\bentire\s+(?:fiscal\s+|financial\s+)?year\b|\bfor\s+the\s+(?:fiscal\s+|financial\s+)?year\b"
                  r"|\b(?:fiscal(?:\s+year)?|financial\s+year|fy)\s*'?(?:(?:19|20)\d\d|\d\d)\b"),   # ("the full financial year
    # 2025/26", "for the financial year 2024/25": kindcheck35/periods 02_vinterberg, probe26 06_dustin)
    "examples": ("What was Orlo's revenue for the full fiscal year 2026?", "Keel's FY27 net profit?",
                 "Harbor's backlog at the end of 2025?", "Velloch's EBIT in the first nine months of 2026?"),
}

# The measures that are levels at a point (a stock), not flows over a span: a year asked of one
# is the level in that year, whatever span its sentence was dated in.
STOCK_MEASURE = {
    "name": "stock-measure",
    "pattern": plain(r"\bbacklog\b|\border\s*book\b|\bheadcount\b|\bemployees?\b|\bstaff\b|\bworkforce\b|\bcustomers?\b"
                     r"|\bsubscribers?\b|\busers?\b|\bcash\b|\bdebt\b|\bliquidity\b|\bassets?\b|\bequity\b|\barr\b"
                     r"|\brecurring\s+revenue\b|\bcapacity\b|\bstake\b|\bshare\s+price\b|\bmarket\s+(?:cap|value)\w*\b"
                     r"|\bnet\s+cash\b|\bbalance\b|\bremaining\s+performance\b|\brpo\b|\bpipeline\b"),
    "examples": ("order backlog", "number of employees", "net cash position", "annual recurring revenue"),
}

COUNTED = plain(r"^\s*how\s+many\b")


def asked_span(question: str) -> str:
    """"point", "part" (a quarter, a half, some months), "year" (a whole year) or "" (no span
    named) for the question's period."""
    ql = " ".join(question.lower().split())
    if ASKED_SPAN["point"].search(ql):
        return "point"
    if ASKED_SPAN["part"].search(ql):
        return "part"
    if ASKED_SPAN["year"].search(ql):
        return "year"
    if any(getattr(p, "kind", "") in ("year", "fiscal_year") for p in question_periods(question)):
        # ("in the financial year ended 30 June 2026": a fiscal year named by its end, kindcheck35/periods q02)
        return "year"
    return ""


def point(row: dict) -> bool:
    """Whether a row is dated at a point (one day, or an end date alone), not over a span."""
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    return (s is not None and s == e) or (e is not None and s is None) or (s is not None and e is None)


def stock_asked(question: str) -> bool:
    """Whether the question asks a level (a count, or a stock measure) rather than a flow."""
    ql = question.lower()
    return bool(COUNTED.search(ql) or STOCK_MEASURE["pattern"].search(ql))


def span_fits(span: str, row: dict) -> bool:
    """Whether a row's span answers the span asked: a whole year is not answered by a part of
    it (a quarter, a half, some months); a part is not answered by a whole year; a point, or a
    row of no span, is not judged here (period_fit and the undated rule judge it)."""
    if not span or span == "point" or point(row):
        return True
    if not any(k in row for k in ("periodStart", "periodEnd", "periodLabel")):
        return True
    if span == "year":
        return not part_of_year(row) or whole_year(row)
    if span == "part":
        return not whole_year(row)
    return True


def in_asked_span(question: str, rows: list[dict]) -> list[dict]:
    """The rows whose span answers a whole year asked (a level asked is not narrowed); every row
    when no whole year is asked."""
    span = asked_span(question)
    if span != "year" or stock_asked(question):
        return rows
    return [r for r in rows if span_fits(span, r)]


def sentence_fits(question: str, sentence: str) -> bool:
    """Whether a quoted sentence can state the span asked: a whole year asked (not a level) is
    not stated by a sentence that names a part of a year (a quarter, a half, some months) and no
    whole year; a part asked is not stated by a sentence naming only parts of another length
    (PART_LENGTHS)."""
    span = asked_span(question)
    if span not in ("year", "part") or stock_asked(question):
        return True
    sl = " ".join(sentence.lower().split())
    if span == "part":
        asked, said = part_lengths(question), part_lengths(sentence)
        return not (asked and said) or bool(asked & said)
    return not ASKED_SPAN["part"].search(sl) or bool(ASKED_SPAN["year"].search(sl) or WHOLE_YEAR_SAID.search(sl))


# Rule part-lengths: a part of a year asked (nine months, a half, a quarter) is not stated by a sentence
# naming only parts of another length: "EBITDA for the first nine months of 2026?" and only "In the third
# quarter of 2026 … EBITDA of NOK 58.1 million" (probe33 06 Pexip EGM notice), "revenue in the second
# quarter?" and only the half-year's (probe33 05 CSE Global); issuers give the quarter beside the months to
# date (probe27 07 ViTrox individual vs cumulative quarter, probe29 01 q.beyond Q3 vs 9M, probe8 f01 Dell
# Q2 vs first half). A sentence naming both lengths, or none, is judged by the period reader.
PART_LENGTHS = {
    "name": "part-lengths",
    3: plain(r"\bquarter\b|\bq[1-4]\b|\b[1-4]q\b|\bthree[-\s]months?\b|\b3m\b"),
    6: plain(r"\bhalf\b|\bhalf[-\s]year\b|\bh[12]\b|\b[12]h\b|\bsix[-\s]months?\b|\b6m\b|\bsemester\b"),
    9: plain(r"\bnine[-\s]months?\b|\b9m\b"),
    "examples": ("Pexip EBITDA for the first nine months of 2026?", "CSE Global revenue in the second quarter?"),
}


def part_lengths(text: str) -> set[int]:
    """The lengths in months of the parts of a year a text names (3, 6, 9)."""
    tl = " ".join(text.lower().split())
    return {n for n in (3, 6, 9) if PART_LENGTHS[n].search(tl)}


# a sentence naming a whole year beside a part of it ("full-year revenue rose; fourth-quarter ...")
WHOLE_YEAR_SAID = plain(r"\bannual\b|\b(?:full|whole|the)[-\s](?:fiscal\s+)?year\b(?![-\s]on[-\s]year)|\bfor\s+(?:19|20)\d\d\b")


# A part of a year asked without its year, as an analyst types it ("Q3 rev?", "GM% H1?", "opex
# 9M?"): the part is asked, and of the latest year the documents give it for (the period just
# reported). A row of another span (nine months for a quarter, a quarter for nine months) or
# labelled with another part ("Q3 2026" for "Q4") is another period; none left: not stated.
# Seen: kindcheck28/ask (marrowind "Q3 rev?" beside its nine-month revenue and a year-earlier
# Q3, "Q4 rev?" with no Q4 figure, "opex 9M?" beside Q3 opex, valtorre "GM% H1?" beside H1
# 2025), the documents giving a part beside the same part a year earlier and the months to
# date: probe27 07 (ViTrox, individual quarter vs cumulative 9M), probe27 02 (Huber+Suhner H1
# 2026 vs H1 2025), probe8 f01 (Dell, Q2 vs first half).
PART_WITHOUT_YEAR = {
    "name": "part-without-year",
    "part": plain(r"(?<![\w-])(?:(?P<q>q[1-4])|(?P<qn>[1-4])q|(?P<h>h[12])|(?P<hn>[12])h|(?P<m>[369])m|(?P<ytd>ytd)"
                  r"|(?P<ord>first|second|third|fourth)[-\s]quarter|(?P<hw>first|second)[-\s]half"
                  r"|(?:first\s+)?(?P<mw>three|six|nine)[-\s]months?)(?![\w-])"),
    "year": plain(r"(?<![\w-])(?:(?:19|20)\d\d|fy\s?'?(?:\d\d){1,2}(?:[-/]\d\d(?:\d\d)?)?|fiscal\s+(?:year\s+)?'?(?:\d\d){1,2}|'\d\d|[qh][1-4]\s*'?(?:\d\d){1,2}"
                  r"|[1-4][qh]\s*'?(?:\d\d){1,2}|[369]m\s*'?(?:\d\d){1,2})(?![\w-])|\b(?:last|this|next|prior|previous)\s+year\b|\ba\s+year\s+(?:earlier|ago)\b"),
    "examples": ("marrowind Q3 rev?", "valtorre GM% H1?", "MWND opex 9M?"),
}
_ORD = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_MONTHS_OF = {"3": 3, "6": 6, "9": 9, "three": 3, "six": 6, "nine": 9}


FISCAL_SAID = plain(r"\bfiscal\b|\bfy\b")


def part_without_year(question: str) -> str:
    """The part of a year a question asks without naming a year: "q1".."q4", "h1", "h2" or
    "9m" (some months to date: "3m", "6m", "9m"); '' when none is, or a year is named."""
    ql = " ".join(question.lower().split())
    if PART_WITHOUT_YEAR["year"].search(ql):
        return ""
    found = {_part_of(m) for m in PART_WITHOUT_YEAR["part"].finditer(ql)}
    return found.pop() if len(found) == 1 else ""


def _part_of(m) -> str:
    g = m.groupdict()
    if g["q"] or g["qn"]:
        return "q" + (g["q"] or "  " + g["qn"])[-1]
    if g["h"] or g["hn"]:
        return "h" + (g["h"] or "  " + g["hn"])[-1]
    if g["ord"]:
        return "q" + _ORD[g["ord"]]
    if g["hw"]:
        return "h" + _ORD[g["hw"]]
    if g["ytd"]:
        return "ytd"
    return f"{_MONTHS_OF[g['m'] or g['mw']]}m"


def _span_months(row: dict) -> int | None:
    s, e = _date(row.get("periodStart")), _date(row.get("periodEnd"))
    if s is None or e is None:
        return None
    return round(((e - s).days + 1) / 30.44)


def part_fits(part: str, row: dict, fiscal: bool = False) -> bool | None:
    """Whether a row is of the part asked without a year (PART_WITHOUT_YEAR): its span is the
    part's length and a part its label names is the one asked; None when the row says neither
    (undated, or a point). A `fiscal` part asked ("fiscal Q4") is not compared with the part a
    calendar label names ("Q3 2025" may be the company's fiscal fourth quarter)."""
    from .period_fit import fiscal_label, label_parts
    months = _span_months(row)
    named = label_parts(_s(row, "periodLabel"))
    if months is None and not named or point(row):
        return None
    if part == "ytd":
        return months is None or months < 12
    want = 3 if part[0] == "q" else 6 if part[0] == "h" else int(part[:-1])
    if months is not None and months != want:
        return False
    if named and part[0] in "qh" and not (fiscal and not fiscal_label(row)):
        return part in named
    return True


def latest_of_part(rows: list[dict]) -> list[dict]:
    """The rows of the latest year among rows of one part: a row whose subject and measure have a
    row ending later is the earlier year's."""
    latest: dict[tuple[str, str], object] = {}
    for r in rows:
        e = _date(r.get("periodEnd"))
        if e is not None:
            k = (_s(r, "subject"), _s(r, "measure"))
            latest[k] = max(latest.get(k, e), e)
    return [r for r in rows if (e := _date(r.get("periodEnd"))) is None
            or e >= latest[(_s(r, "subject"), _s(r, "measure"))]]


__all__ = ["ASKED_SPAN", "PART_WITHOUT_YEAR", "part_without_year", "part_fits", "latest_of_part", "sentence_fits", "STOCK_MEASURE", "asked_span", "in_asked_span", "point", "span_fits", "stock_asked"]
