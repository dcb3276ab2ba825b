"""An officer's form block: a person's name, their post and the day their office starts or ends, each in a field
of its own (issue49o).

An exchange's report of an officer's appointment or departure writes no sentence of it: a block of two-cell rows
"| Name of the officer | X |", "| Position held | Chief Financial Officer |", "| Date of commencement of office |
1 April 2027 |" or "| Last day in office | 31 January 2027 |"; a filing's cover "| Name | X |" / "| Designation |
Corporate Information Officer |". The block's fields are read by the one reader of a form's fields
(`header_fields.field_line`); a block ends at a line that is no field. The post is the registry's titles
(`signatures.titles_of`); a start day gives the role its start (`since`, status incoming), a last day its end
(`until`, status outgoing).

The label words are a lexicon (`NAME_LABELS`, `POST_LABELS`, `START_LABELS`, `END_LABELS`). The "Name:" /
"Title:" lines of a signature page are `signatures`' rule name-title-fields; this reader takes a block when one
of its fields is a table row or a dated field, so no block is read twice. `blocks(text)` is pure and answers
`signatures.SignatureBlock`s, turned into Role facts by `signature_roles.block_roles`.
"""
from __future__ import annotations

from dataclasses import replace

from ..pattern_cache import plain
from .header_fields import field_line
from .rule_record import RuleRecord
from .signatures import SignatureBlock, _lines, _name, titles_of

RULE = RuleRecord(
    "officer-field-block",
    "a block of form fields naming a person, their post and maybe the day their office starts or ends: the person "
    "holds the post at the document's company, from the start day (incoming) or until the last day (outgoing)",
    ("kindcheck35 people 01 Shefela TASE immediate report: '| Name of the officer | X |' / '| Position held | Chief "
     "Financial Officer |' / '| Last day in office | 31 January 2027 |', and '| Position | Chief Financial Officer |' / "
     "'| Date of commencement of office | 1 April 2027 |'",
     "kindcheck33 focus 01 Kalumpang PSE disclosure: '| Name | X |' / '| Designation | Corporate Information Officer |' "
     "(the same two-cell officer block, undated)",
     "kindcheck35 people 02 Liffeyside board table: a 'Date of appointment' column (a role's start in a labelled cell; "
     "the end label 'Last day in office' is met in the Shefela report only)"),
    ("| Name of the officer | Ada Brent |\n| Position held | Chief Financial Officer |\n| Last day in office | 30 June 2027 |",),
)

NAME_LABELS = plain(r"^(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:officer|director|appointee|person|executive|new\s+officer))?$", 2)
POST_LABELS = plain(r"^(?:position(?:\s+held)?|new\s+position|title|designation|post|office|role)$", 2)
START_LABELS = plain(r"^(?:date\s+of\s+(?:commencement(?:\s+of\s+(?:office|service|tenure|employment))?|appointment|"
                     r"assumption\s+of\s+office)|start\s+date|effective\s+date(?:\s+of\s+appointment)?|commencement\s+date)$", 2)
END_LABELS = plain(r"^(?:last\s+day(?:\s+(?:in|of)\s+(?:office|service|employment))?|date\s+of\s+(?:cessation|resignation|"
                   r"departure|leaving)(?:\s+of\s+office)?|effective\s+date\s+of\s+(?:cessation|resignation))$", 2)
_ROW = plain(r"^\s*\|")


def blocks(text: str) -> tuple[SignatureBlock, ...]:
    """The officers of the text's field blocks (rule officer-field-block), each with the post and dates its
    fields give."""
    if "ame" not in text:
        return ()
    out: list[SignatureBlock] = []
    cur: dict | None = None

    def close():
        if cur and cur.get("titles") and (cur["row"] or cur["since"] or cur["until"]):
            b = SignatureBlock(cur["name"], cur["name_at"], tuple(dict.fromkeys(cur["titles"])), None, None,
                               cur["start"], cur["end"], RULE.name)
            status = "outgoing" if cur["until"] else "incoming" if cur["since"] else "current"
            out.append(replace(b, status=status, since=cur["since"], until=cur["until"]))

    for pos, line in _lines(text):
        f = field_line(line) if line.strip() else None
        if f is None:
            if not _ROW.match(line) or not line.strip():   # (a table's separator or header row keeps the block)
                close()
                cur = None
            continue
        key, value = " ".join(f[0].split()).strip("*: "), f[1].strip("* ")
        if NAME_LABELS.match(key) and (nm := _name(value)) is not None:
            close()
            cur = {"name": nm[0], "name_at": pos + line.find(value) + nm[1], "titles": [], "since": None, "until": None,
                   "start": pos, "end": pos + len(line), "row": bool(_ROW.match(line))}
            continue
        if cur is None:
            continue
        if POST_LABELS.match(key):
            cur["titles"] += titles_of(value)[0]
        elif START_LABELS.match(key):
            cur["since"] = value
        elif END_LABELS.match(key):
            cur["until"] = value
        else:
            continue
        cur["end"] = pos + len(line)
        cur["row"] = cur["row"] or bool(_ROW.match(line))
    close()
    return tuple(out)
