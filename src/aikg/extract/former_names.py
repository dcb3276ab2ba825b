"""A company's former name (issue39n): "X, formerly known as Y", "X (formerly Y)", "X, formerly Y,".

The text gives the name the company had before: a reader, an older document or a question may
still use it ("How much cash did Yeronga Diagnostics hold?"), and it names the same company, not a
second one. `former_names(text)` reads the phrasings; the pipeline makes the former name an alias
of the company the current name is (an Alias fact with its sentence).

Rule (a named record): former-name.
"""
from __future__ import annotations

from typing import NamedTuple

from ..pattern_cache import plain
from .rule_record import RuleRecord

FORMER_NAME = RuleRecord(
    "former-name",
    "'X, formerly (known as) Y' and 'X (formerly Y)' give the company X's former name Y: another name of X, "
    "one node (when X is a company of the text; 'The company, formerly …' is the article's company)",
    ("probe5 05 ntt_tsuzumi2 ('The company, formerly known as Nippon Telegraph and Telephone Corp., changed its English name')",
     "probe14 05 indra_hispasat_wire ('Redeia, formerly Red Eléctrica, reported …')",
     "probe11 p11_04 lgcns ('SK AX, formerly SK C&C, is the other major rival')",
     "focusset22 held 26 ncratleos ('NCR Voyix Corporation (formerly NCR Corporation, \"Parent\")')",
     "kindcheck29 names 01 murrundi ('Murrundi, formerly known as Yeronga Diagnostics Limited until its change of name')"),
    ("Tarsk Robotics, formerly known as Fenwell Automation Ltd, reported … (invented)",
     "Olvane Group (formerly Brisk Metals plc) said … (invented)"),
)

_CAP = r"[A-Z][\w&'’.+-]*"
_NAME = rf"{_CAP}(?:[ \t]+(?:(?:&|and|of|de)[ \t]+)?{_CAP}){{0,5}}(?:,?[ \t]+(?:Inc|Ltd|Co|Corp|plc|Plc|PLC|AG|SA|NV|SE)\.?)?"
_FORMER = plain(
    rf"(?P<current>(?:[Tt]he\s+(?:[Cc]ompany|[Gg]roup))|{_NAME})(?:,[ \t]+|[ \t]+\([ \t]*)"
    rf"(?:formerly|previously)(?:[ \t]+(?:known|named|called)[ \t]+as|[ \t]+called|[ \t]+named)?[ \t]+"
    rf"(?P<former>{_NAME})(?=[ \t]*(?:[,;)]|\.(?:\s|$)|[ \t]+until\b|[ \t]+before\b))")


class FormerName(NamedTuple):
    current: str       # as written ("Murrundi", "The company")
    former: str        # as written ("Yeronga Diagnostics Limited")
    start: int         # where the phrase starts in the text


def former_names(text: str) -> list[FormerName]:
    """Rule former-name: the (current, former) names the text pairs, in order."""
    if "formerly" not in text and "previously" not in text:
        return []
    out = []
    for m in _FORMER.finditer(text):
        former = m.group("former").rstrip(".,")
        if former.split()[0] in ("The", "A", "An", "Its", "Our"):
            continue
        out.append(FormerName(m.group("current"), former, m.start()))
    return out
