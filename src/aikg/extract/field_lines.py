"""Rule field-line (issue48r): a form's field — a line "Label : value" or a two-cell table row "| Label | value |"
— states its value under its label, not in a sentence: "Gross issue size : Rs 450.00 crore", "| Nominal amount |
PLN 1,500.0 million |", "3. Transaction amount: plant construction NT$2,140,000 thousand; …; total NT$2,860,000
thousand", "Revised completion date : September 30, 2027", "| Coupon | WIBOR 6M + 1.85% margin |". The clause
reader gives such a line a claim with the verb "state" and values that measure nothing (or no claim at all); here
the field's label becomes what the line says: the claim's predicate text and its values' measure, a figure's
measure (normalised by measure_names.canonical) in a typed Observation when the value is one amount, and the
subject is the document's company, or the person a block's "Name:" field names ("Name: X" … "Number of Company
shares held: 412,300 shares").

The line is split by header_fields.field_line (the one reader of a form's "Key: value" lines and two-cell rows);
`read` is a pure function of the line, the sentence's claims and the subject; the pipeline calls it for a
sentence that gave no typed figure. The tests use invented forms (tests/test_field_lines.py).
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .entities import NAMED_PERSON
from .figures import HEAD_RE
from .header_fields import field_line, has_role
from .measure_names import canonical
from .rule_record import RuleRecord
from .values import find_money

RULES: tuple[RuleRecord, ...] = (
    RuleRecord(
        "field-label-measure",
        "a field line whose value is a figure states the label's measure of the form's subject: the label is the "
        "claim's predicate and its figures' measure; a value of one amount (and no other figure) is a typed "
        "Observation of that measure",
        ("probe35 02 allieddigital monitoring agency report: 'Gross issue size          : Rs 450.00 crore', "
         "'Net proceeds              : Rs 438.55 crore'",
         "probe35 08 cyfrowypolsat green bond report: '| Nominal amount | PLN 1,500.0 million (about EUR 351 million …) |'",
         "focusset28 held 25 cribl_formd (a Form D): 'Total Offering Amount: $425,000,000', 'Total Amount Sold: "
         "$319,600,000'",
         "focusset23 held 14 roundup_etf_factsheet: '| Fund size | USD 612 million |'; focusset24 held 04 "
         "ukcloud_liquidation: 'Unsecured claims received: £31.8 million, …'"),
        ("Gross issue size : Rs 120.00 crore", "| Nominal amount | PLN 800.0 million |")),
    RuleRecord(
        "field-label-claim",
        "a field line whose value is a date or words, in a form (three field lines or more in a row), is a claim "
        "of the form's subject whose predicate is the label (so 'what is the coupon' finds it), its dates the "
        "claim's date values",
        ("probe35 02 allieddigital: 'Revised completion date  : September 30, 2027' / 'Reason for delay : Delay in "
         "delivery of …' under an object's heading",
         "probe35 08 cyfrowypolsat: '| Coupon | WIBOR 6M + 1.85% margin, paid semi-annually |'",
         "probe22 06 heliostowers bond offering: '| Interest | 7.50% per annum, payable semi-annually … |', "
         "'| Maturity | 17 September 2031 |'",
         "focusset33 held 04 kelmscott_frnfixing: 'Description:       GBP 250,000,000 Floating Rate … Notes due 2033'"),
        ("Type of issue : Rights issue\nIssue closing date : March 2, 2031\nReason for delay : Late delivery of racks",)),
    RuleRecord(
        "field-name-block",
        "a field under a 'Name: <person>' field of the same block (no blank line between) is the person's: "
        "'Number of Company shares held: 412,300 shares' under 'Name: X' and the career lines",
        ("probe35 01 fixstars personnel notice (a TSE notice): 'Name: X' / 'Date of birth: …' / career lines / "
         "'Number of Company shares held: 412,300 shares'",
         "probe30 04 hut8 form 8-K and probe27 05 ceragon 6-K: 'Name: X' / 'Title: Chief Financial Officer' "
         "(signatures.py reads the title; the block's person is the fields' subject)"),
        ("Name: Aiko Mori\nDate of birth: May 1, 1980\nNumber of Company shares held: 1,200 shares",)),
    RuleRecord(
        "field-pairs-line",
        "a quote page's line of several fields - a key-stats row whose cells alternate key and value, or a strip of "
        "'Key value' / 'Key: value' parts set off by ' | ' or ' · ' - states each money value under its key: a "
        "key that names an amount ('Market cap') is a typed Observation of the page's company (issue51b)",
        ("probe36 08 frontken stock quote profile: '<tr><th>Market cap</th><td>RM 6.52b</td><th>Shares "
         "outstanding</th><td>1,583.4m</td></tr>' (a key-stats grid)",
         "focusset28 held 16 macom_ratings: 'NASDAQ: MTSI · $168.42 ▲ 2.3% · Market cap $12.4B · Sector: "
         "Semiconductors'",
         "probe29 02 moammar tadawul results page: 'Symbol: 7200 | Short name: MIS | Sector: Software & Services | "
         "Market Cap (SAR mn): 4,260.00 | Last Price: 142.00'"),
        ("| Market cap | A$ 1.2b | Shares outstanding | 88.1m |", "TSX: ORV · $12.10 · Market cap $2.4B · Sector: Software")),
)

# keys that are no measure and no statement of the subject: a contact's, a page's or a signature's fields, and the
# parts of a notice's head (its serial number, its date); a party's key is header_fields' (has_role)
_NOT_LABEL = frozenset("""name title designation position date time tel telephone phone fax email e-mail mail web website
url address contact contacts source sources note notes subject serial number page ref reference our ref your ref to from
cc attention attn re sub encl enclosure encls ad signature signed by place location venue category tags tag keywords author
by photo image caption file format language""".split()) | {
    "date of announcement", "time of announcement", "serial number", "date of report", "date of issue",
    "date of birth", "report date", "reporting date", "published", "updated", "last updated", "related",
    "e-mail", "telephone number", "phone number", "contact person", "contact details", "submitted to", "signature",
    "news", "news title", "to which item it meets", "any other matters that need to be specified"}
_LABEL = plain(r"[A-Za-z][A-Za-z&'/ -]{1,60}?")
_BRACKET = plain(r"\s*\((?P<in>[^()]{1,40})\)\s*$")
# the words a label says its figure is the or the deal's amount by (a money measure's head the measure
# registry does not hold: "Gross issue size", "Nominal amount", "Net proceeds", "Total Offering Amount")
_AMOUNT_HEAD = plain(r"\b(?:amount|size|proceeds|expenses|consideration|value|principal|price|cost|costs|fees?|"
                     r"capital|cap|claims|budget|outlay|investment|raised|sold)\b$")
_NAME_FIELD = plain(rf"^\s*(?:\(?\d{{1,2}}[.)]\s*)?Name\s*:\s*{NAMED_PERSON}\s*$")
# a value that is a clause ("Highlights: revenue rose 5% to …"), not a field's value
_VERB = plain(r"\b(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|increased|decreased|reported|reports|"
              r"expects?|said|says|announced|signed|agreed|plans?)\b")
_PERSON_VALUE = plain(rf"^{NAMED_PERSON}\s*(?:[,(]|$)")
_CLAUSE_AFTER = plain(r"\s+[a-z]{3,}\b")
# a second field on the line ("Type: interim Amount: 71.0p per share Pay date: …"): a row of several, not one
_ANOTHER_KEY = plain(r"(?:^|\s)[A-Z][\w/()-]*(?:\s[\w/()-]+){0,3}\s?:\s")
# the roles a field's label measures ("Gross issue size : Rs 450.00 crore"); a bare count ("ISIN / Common Code:
# … 271445908", "Securities code: 9719") is an identifier as often as a figure
_MEASURED_ROLES = frozenset({"amount", "percent", "growth", "share"})
# the words of a label that names a date ("Revised completion date", "Maturity", "Record date", "Financial year end")
_DATE_LABEL = plain(r"\b(?:date|dates|maturity|deadline|expiry|completion|commencement|closing|settlement|year end)\b")
_NEXT_ITEM = plain(r"\s(?P<n>\d{1,2})[.)]\s*$")


_MAX_VALUE_WORDS = 14


def is_clause(value: str) -> bool:
    """Whether a field's value is a sentence, not a value: a verb of a clause, or more than `_MAX_VALUE_WORDS` words
    ("- Investor focus: Analysts remain closely focused on how quickly …", a bulleted paragraph's lead-in)."""
    return _VERB.search(value) is not None or len(value.split()) > _MAX_VALUE_WORDS


def label_of(key: str) -> tuple[str, str | None] | None:
    """The field's label in lower case without its bracket, and the bracket ("Operating revenue (Q3)" -> ("operating
    revenue", "Q3")), or None when the key is no label of a statement (a contact's or a notice head's key, a
    party's key, a number, a long phrase)."""
    k = " ".join(key.split()).strip("*").strip()
    k = re.sub(r"^\(?\d{1,2}[.)]\s*|^[A-Za-z][.)]\s+", "", k)
    inner = None
    m = _BRACKET.search(k)
    if m is not None:
        inner, k = m.group("in"), k[:m.start()]
    if not _LABEL.fullmatch(k) or len(k.split()) > 6 or has_role(k):
        return None
    low = k.lower()
    if low in _NOT_LABEL or low.split()[0] in ("less", "add", "of", "and", "or", "the", "a", "an", "for", "as", "at", "in", "on", "by"):
        return None
    return low, inner


def names_amount(label: str) -> bool:
    """Whether a label names an amount: a measure of the registry, else a money measure's head word
    (`_AMOUNT_HEAD`)."""
    return canonical(label) != label or _AMOUNT_HEAD.search(label) is not None or HEAD_RE.search(label) is not None


_PART_LABEL = plain(r"[a-z][a-z &/-]{1,40}")


def _part_measure(text: str, parts: list[str], label: str) -> str:
    """The measure of a value in a field of several labelled parts ("plant construction NT$…; machinery NT$…;
    total NT$…"): the part's words and the field's label ("plant construction transaction amount"); a total's, or
    a value in a field of one part, the label's."""
    measure = canonical(label)
    if len(parts) < 2:
        return measure
    part = next((p for p in parts if text and text in p), None)
    pre = part[:part.find(text)].strip(" :-–,").lower() if part is not None else ""
    if not pre or pre in ("total", "in total", "aggregate") or not _PART_LABEL.fullmatch(pre) or len(pre.split()) > 4:
        return measure
    return canonical(f"{pre} {label}")


def block_person(text: str, pos: int, max_lines: int = 12) -> str | None:
    """The person a 'Name: <person>' field names in the lines above `pos` of the same block (no blank line
    between, at most `max_lines` up), else None (rule field-name-block)."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(max_lines):
        if start <= 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        if not line.strip():
            return None
        m = _NAME_FIELD.match(line)
        if m is not None:
            return m.group("name")
        start = prev
    return None


_SEPARATOR = plain(r"^\s*\|\s*:?-{3}")


_LINE_OPENING = plain(r"[ \t>*#|-]*(?:\(?\d{1,2}[.)][ \t]*)?")
_ITEM_NUMBER = plain(r"(?:^|\s)\(?\d{1,2}[.)][ \t]*$")


def opens_field(text: str, pos: int) -> bool:
    """Whether a sentence at `pos` opens its line (after a list mark or a table's bar) or follows an item number
    ("… 3. Transaction amount: …", a flattened notice's numbered items): where a field's key stands."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return _LINE_OPENING.fullmatch(before) is not None or _ITEM_NUMBER.search(before) is not None


def in_form(text: str, pos: int) -> bool:
    """Whether the line at `pos` is one of three field lines or more in a row (a blank line or an indented
    continuation line between them allowed): a form, not a prose paragraph with a colon."""
    lines = text.split("\n")
    at = text.count("\n", 0, pos)
    def field(i):
        return 0 <= i < len(lines) and field_line(lines[i]) is not None
    if not field(at) or at + 1 < len(lines) and _SEPARATOR.match(lines[at + 1]):
        return False   # (a table's header row: its separator under it)
    run = 1
    for step in (-1, 1):
        i, gap = at + step, 0
        while 0 <= i < len(lines) and gap <= 2:
            if field(i):
                run, gap = run + 1, 0
            elif not lines[i].strip() or lines[i][:1] in " \t":
                gap += 1
            else:
                break
            i += step
    return run >= 3


def form_field(text: str, pos: int, sentence: str) -> bool:
    """Whether the sentence at `pos` is a field of a form (`in_form`) with a label (`label_of`) and a value that is
    no clause: a line that states its value, however much it looks like a heading ("Revised completion date :
    September 30, 2027")."""
    # (a table's two-cell row stays the table's: its cells set the lead's period as a heading does, probe28 02 auras)
    got = field_line(sentence) if opens_field(text, pos) and not sentence.lstrip().startswith("|") else None
    return got is not None and label_of(got[0]) is not None and not is_clause(got[1]) and not _ANOTHER_KEY.search(got[1]) \
        and not _PERSON_VALUE.match(got[1]) and (in_form(text, pos) or block_person(text, pos) is not None)


def _own(c, key: str, value: str) -> bool:
    """Whether a claim of the line is the field's: the catch-all verb's ("state"), its subject no name the key gives
    and no clause's subject in the value (a name followed by a lower-case word: "DIGI scored 187 of 200"); or a
    claim whose subject is a name inside the value, no clause's ("| Coupon | WIBOR 6M + 1.85% margin |")."""
    if c.predicate not in ("state", "report") or c.subject.label in key:
        return False
    at = value.find(c.subject.label)
    if at < 0:
        return c.predicate == "state"   # ("Half-yearly results: net profit …" reports; the clause reader's)
    return _CLAUSE_AFTER.match(value, at + len(c.subject.label)) is None   # ("| Coupon | WIBOR 6M + 1.85% … |")


def read(line: str, claims: list, subject: r.EntityRef, evidence: r.Evidence,
         dates: tuple[str, ...] = ()) -> tuple[list, list]:
    """(typed facts, claims) of a sentence that is a field line (`RULES`): the sentence's catch-all claims with the
    label as predicate, their figures' measure and the field's subject; a new claim of the line's dates when it
    gave none and its label names a date; an Observation when the value is one amount and the label names an
    amount. Not a field line: ([], claims)."""
    got = field_line(line)
    lab = label_of(got[0]) if got is not None else None
    if lab is None:
        return [], claims
    key, value = got
    label, _bracket = lab
    if is_clause(value) or _PERSON_VALUE.match(value) or _ANOTHER_KEY.search(value):
        return [], claims   # (a sentence after a colon, a person's field, a line of several fields)
    measure = canonical(label)
    item = _NEXT_ITEM.search(line)   # (a flattened notice's next item number closing the line: "… 115/11/10 3.")
    if item is not None:
        claims = [c.model_copy(update={"values": tuple(x for x in c.values if not (
            x.role == "count" and x.unit is None and x.text == item.group("n")))}) for c in claims]
        claims = [c for c in claims if c.values or c.predicate != "state"]
    parts = value.split(";") if ";" in value else [value]
    out, facts, own = [], [], False
    for c in claims:
        if not _own(c, key, value):
            out.append(c)
            continue
        own = True
        vals = tuple(x.model_copy(update={"measure": _part_measure(x.text, parts, label)})
                     if x.measure is None and x.role in _MEASURED_ROLES else x for x in c.values)
        c = c.model_copy(update={"subject": subject, "predicate": label, "values": vals})
        out.append(c)
        a = c.values[0] if len(c.values) == 1 else None
        if a is not None and a.role == "amount" and a.value is not None and names_amount(label):
            facts.append(r.Observation(subject=subject, measure=a.measure or measure, value=a.value, unit=a.unit,
                                       value_max=a.value_max, qualifier=a.qualifier, value_text=a.text,
                                       period=c.period, evidence=c.evidence))
    if own or claims or not dates or _DATE_LABEL.search(label) is None:
        return facts, out
    vals = tuple(r.ClaimValue(role="date", unit="date", text=d, measure=measure) for d in dates)
    return [], [r.Claim(subject=subject, predicate=label, values=vals, evidence=evidence)]


# rule field-pairs-line: the parts of a strip ("Market cap $12.4B", "Market Cap (SAR mn): 4,260.00") and the scale
# words a bracket after the key may give its bare number with a currency ("(SAR mn)", "(RM million)")
_PAIR_SEP = plain(r"[ \t]+[|·][ \t]+")
_PART = plain(r"^(?P<key>[A-Za-z][A-Za-z&/' .-]{1,40}?(?:[ \t]*\([^()]{1,20}\))?)(?:[ \t]*:[ \t]*(?P<value>\S.{0,30})|"
              r"[ \t]+(?P<figure>(?:[A-Z]{0,3}\$|[$€£¥₹]|[A-Z]{2,3}[ \t]?)?\d.{0,20}))$")
_CURRENCY_SCALE = plain(r"^(?P<cur>[A-Z]{3}|RM|US\$|Rs\.?)[ \t]+(?P<scale>mn|m|million|bn|b|billion|thousand|'000)$")
_HAS_DIGIT = plain(r"\d")


def pairs(line: str) -> list[tuple[str, str]]:
    """The (key, value) fields of a line of several (rule field-pairs-line): a table row of four cells or more
    that alternate key and value ("| Market cap | RM 6.52b | Shares outstanding | 1,583.4m |"), else the parts of
    a strip of three or more set off by " | " or " · " that read "Key value" or "Key: value"."""
    body = line.strip()
    if body.startswith("|") and body.endswith("|"):
        cells = [c.strip() for c in body.strip("|").split("|")]
        if len(cells) < 4 or len(cells) % 2:
            return []
        return [(k, v) for k, v in zip(cells[0::2], cells[1::2])
                if k and not _HAS_DIGIT.search(k) and _HAS_DIGIT.search(v)]
    parts = _PAIR_SEP.split(body)
    if len(parts) < 3:
        return []
    got = [(m.group("key"), m.group("value") or m.group("figure")) for m in map(_PART.match, parts) if m is not None]
    return [(k, v) for k, v in got if _HAS_DIGIT.search(v)]


def read_pairs(line: str, subject: r.EntityRef, evidence: r.Evidence) -> list:
    """The typed Observations of a line of several fields (`pairs`): each key that names an amount (`names_amount`)
    with one money value (its currency and scale from the key's bracket when the value is a bare number)."""
    out = []
    for key, value in pairs(line):
        lab = label_of(key)
        if lab is None or not names_amount(lab[0]):
            continue
        label, bracket = lab
        ms = find_money(value)
        cs = _CURRENCY_SCALE.match(bracket.strip()) if bracket and not ms else None
        if cs is not None:
            ms = find_money(f"{cs.group('cur')} {value.strip()} {cs.group('scale')}")
        if len(ms) != 1:
            continue
        m = ms[0]
        out.append(r.Observation(subject=subject, measure=canonical(label), value=m.value, unit=m.currency,
                                 value_max=m.value_max, qualifier=m.qualifier, value_text=value.strip(),
                                 evidence=evidence))
    return out

