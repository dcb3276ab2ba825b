"""Dated commitments: a clause that says a quantity of the company will move from one level to another
by a date ("reduce our supplier base from approximately 1,900 to 1,400 by 30 June 2028") states a
target: the measure is the verb's object, the value the level after "to", the period the date after
"by". The level after "from" is where the measure stands now, never the target, and neither level is
a change (a "cut … from 23.4% to 19%" is no 19% decrease).

Each reading is a named record (`RULES`) with the documents it was met in; `targets(ctx, company)`
gives the Target facts of one sentence and the offsets of the values it read (pure apart from the
records it builds; the pipeline calls it).
"""
from __future__ import annotations

import re

from .. import records as r
from .rule_record import PatternRule

_LEVEL = (r"(?:(?:about|approximately|around|roughly|some|nearly|almost)\s+)?(?:(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3})\s?)?"
          r"\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:million|billion|bn|m)\b)?")
FROM_TO_BY = PatternRule(
    name="from-to-by-target",
    pattern=(r"\b(?P<verb>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
             r"lift(?:s|ed|ing)?|grow(?:s|ing)?|expand(?:s|ed|ing)?|shrink(?:s|ing)?|trim(?:s|med|ming)?|halv(?:e|es|ed|ing)|"
             r"doubl(?:e|es|ed|ing)|bring(?:s|ing)?\s+down)\s+"
             r"(?P<obj>(?:(?:our|its|their|the|his|her|total|overall|annual|average)\s+)*(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+"
             r"from\s+(?P<a>" + _LEVEL + r")\s+to\s+(?P<b>" + _LEVEL + r")\s+by\s+(?P<when>(?:the\s+end\s+of\s+)?"
             r"(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(?:FY\s?)?\d{2,4})\b"),
    why="a quantity said to move from one level to another by a date is a target of that quantity at the second "
        "level, dated by the deadline; the first level is the present one, and neither is a change",
    provenance=("probe25 07_vocus_supplier_letter: 'We intend to reduce our supplier base from approximately 1,900 to 1,400 "
                "by 30 June 2028' (a value-only claim before)",
                "focusset23 23_kenyapower_tariff: '… a programme expected to cut system losses from 23.4% to 19% by 2030' "
                "(a 19% decrease before)"),
    examples=("We plan to cut our data-centre count from 14 to 9 by the end of 2031.",
              "The group aims to raise its share of renewable power from 40% to 75% by 2030."),
)
RULES = (FROM_TO_BY,)
_DETERMINERS = re.compile(r"^(?:(?:our|its|their|the|his|her)\s+)+")


def targets(ctx, company: r.EntityRef | None) -> tuple[list, set]:
    """The dated targets of the sentence (rule from-to-by-target) and the offsets of the levels read."""
    if company is None or "from" not in ctx.text or " by " not in ctx.text:
        return [], set()
    out, used = [], set()
    for m in FROM_TO_BY.rx.finditer(ctx.text):
        b_at, a_at = m.start("b"), m.start("a")
        def at_b(xs):
            return next((x for x in xs if x.start <= b_at < x.end or b_at <= x.start < m.end("b")), None)
        level, unit = at_b(ctx.moneys), None
        if level is not None:
            unit = level.currency
        elif (level := at_b(ctx.percents)) is not None:
            unit = "percent"
        else:
            level = at_b(getattr(ctx, "counts", []))
        if level is None or level.value is None:
            continue
        # (a period's offset may be its "by": "by 30 June 2028" is "../2028-06-30" from the "by")
        when = [p for p in ctx.periods if m.start("when") - 3 <= p.start_idx < m.end("when")]
        if not when:
            continue
        from .relations import _period
        measure = _DETERMINERS.sub("", " ".join(m.group("obj").split())).lower()
        out.append(r.Target(company=company, measure=measure, value=level.value, unit=unit,
                            qualifier=getattr(level, "qualifier", None), period=_period(when[0]), evidence=ctx.evidence))
        used |= {x.start for x in list(ctx.moneys) + list(ctx.percents) + list(getattr(ctx, "counts", []))
                 if a_at <= x.start < m.end("b")}
    return out, used
