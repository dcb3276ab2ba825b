"""Units a counted announcement names one clause each in the sentences after it: "Y reports three
segments." and then "The A segment, which contains …, booked sales of ¥…. The B segment — … — had
sales of ¥…. C, which includes …, recorded ¥…." The announced count is what makes the clause
openers units: the openers of the paragraph's next sentences must number exactly the count.

`counted_clauses(sents)` gives, per sentence index, the units its clauses open with (name, the
clause's span, the apposition that says what the unit holds); `clause_facts` makes the facts of
one sentence (pure; the pipeline calls it). Each reading is a named record (`RULES`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import records as r
from ..pattern_cache import plain
from .relations import NUMBER_WORDS
from .rule_record import PatternRule

RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "counted-announcement-over-clauses",
        r"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+(?:(?:reporting|operating|business|geographic|geographical|reportable)\s+)?"
        r"(?:segments|divisions|business\s+units)\s*\.\s*$",
        "a sentence that ends announcing how many units there are; the clauses of the paragraph's next "
        "sentences open with exactly that many units, each with its figure and what it holds",
        ("probe12 (Advantest note): '<company> reports three segments. The <A> segment, which contains …, booked sales of ¥…; "
         "… The <B> segment — … — had sales of ¥…. <C>, which includes …, recorded ¥….'",
         "probe17 02 (Reply): '<company> breaks its business into three geographic segments. Region 1, which is essentially Italy, "
         "generated EUR …. Region 2, covering …, contributed EUR …, while Region 3, which groups …, accounted for EUR ….'",
         "probe19 04 (Jabil transcript): 'It's a tale of three segments. <company> reports <A> — that's … — which brought in $…. "
         "<B>, the … business, was $…. And then <C>, which is where … sit, was $….'"),
        ("Orvane reports two segments. Cloud, which holds the Nimbus platform, made $3 billion. Devices had sales of $1 billion.",),
        re.I),
    PatternRule(
        "clause-opening-unit",
        r"(?:(?:And\s+then|Then|Finally|Lastly),?\s+|(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+reports\s+)?(?:The\s+|Its\s+)?"
        r"(?P<name>[A-Z][\w&'’/-]*(?:(?:,\s+|\s+(?:&|and|of)\s+|\s+)[A-Z0-9][\w&'’/-]*)*)(?:\s+(?P<word>segment|division|unit))?"
        r"(?=,|\s+(?:—|–|--)\s|\s+(?:was|were|had|booked|recorded|brought|generated|posted|contributed|grew|rose|fell|accounted|made|delivered|earned)\b)",
        "a clause opens with the unit's name (after 'And then', or '<company> reports'), then an apposition or its figure verb",
        ("probe12 (Advantest): 'Services, Support & Others, which includes …, recorded ¥…'",
         "probe17 02 (Reply): '…, while Region 3, which groups …, accounted for EUR …'",
         "probe19 04 (Jabil): 'And then <C>, which is where … sit, was $…'"),
        ("And then Devices, which sells phones, was $1 billion.",)),
)
ANNOUNCED = RULES[0].rx
_OPENER = RULES[1].rx
_CLAUSE_START = plain(r"(?:^|;\s+|,\s+while\s+|,\s+whereas\s+)")
_NOT_UNIT = frozenset("The This That These It Its Our Their Group Total Revenue Sales In For By Since Most We They "
                      "Other And But Management Analysts Net Operating Profit".split())
# what a unit holds, said right after its name: ", which contains A and B," / " — A, B —" / " (A, B)" / ", covering A,"
_HOLDS = plain(r"\s*(?:,\s+(?:which\s+(?:contains|includes|groups|holds|houses|covers|comprises|is\s+where)|covering|including)\s+(?P<a>[^;]+?)(?=,\s+(?:was|were|had|booked|recorded|brought|generated|posted|contributed|grew|rose|fell|accounted|made|delivered|earned)\b)"
               r"|\s+(?:—|–|--)\s+(?:that['’]s\s+|that\s+is\s+|i\.e\.\s+)?(?P<b>[^—–]+?)\s+(?:—|–|--))")


_AMOUNT = plain(r"[$€£¥₹]\s?\d|\b(?:USD|EUR|RMB|NOK|DKK|SEK|JPY|KRW|VND|INR|CHF|GBP|R\$)\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|crore)\b")


@dataclass(frozen=True)
class UnitClause:
    name: str
    start: int    # where the clause opens (the name's start)
    end: int      # where the clause ends (the next clause's start, a semicolon, the sentence's end)
    holds: str    # the apposition's words ("" when none)


def _openers(text: str) -> list[UnitClause]:
    out: list[UnitClause] = []
    for c in _CLAUSE_START.finditer(text):
        m = _OPENER.match(text, c.end())
        if m is None or m.group("name").split()[0].rstrip(",") in _NOT_UNIT:
            continue
        name = m.group("name").rstrip(",")
        hm = _HOLDS.match(text, m.end())
        holds = (hm.group("a") or hm.group("b")) if hm else ""
        holds = re.sub(r"\s+(?:sit|sits|belong|belongs)$", "", holds)   # ("which is where A and B sit")
        out.append(UnitClause(name=name, start=m.start("name"), end=len(text), holds=holds))
    # a clause ends where the next opens, or at its semicolon; a unit's clause states an amount or
    # what the unit holds ("Growth was strong." opens with no unit)
    fixed = []
    for i, u in enumerate(out):
        end = out[i + 1].start if i + 1 < len(out) else len(text)
        semi = text.find(";", u.start, end)
        c = UnitClause(u.name, u.start, semi if semi >= 0 else end, u.holds)
        if c.holds or _AMOUNT.search(text, c.start, c.end):
            fixed.append(c)
    return fixed


def counted_clauses(sents) -> dict[int, list[UnitClause]]:
    """sentence index -> the units its clauses open with, for the sentences after a counted
    announcement whose openers number exactly the count (RULES)."""
    out: dict[int, list[UnitClause]] = {}
    for i, s in enumerate(sents):
        m = ANNOUNCED.search(s.text) if "segment" in s.text or "division" in s.text or "unit" in s.text else None
        if m is None:
            continue
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        found: dict[int, list[UnitClause]] = {}
        names: list[str] = []
        for j in range(i + 1, min(len(sents), i + 1 + n)):
            if sents[j].paragraph != s.paragraph or len(names) >= n:
                break
            units = _openers(sents[j].text)
            if not units:
                break
            found[j] = units
            names += [u.name for u in units]
        if len(names) == n and len(set(names)) == n:
            out.update(found)
    return out


def clause_facts(units: list[UnitClause], ctx, sent_facts: list, main: r.EntityRef, period, split_list) -> tuple[list, list[r.EntityRef]]:
    """The facts of a sentence whose clauses open with announced units: each unit is the company's;
    the figure of its clause is the unit's (moved off the company, or, when no figure took the
    clause's first amount, the unit's revenue); the apposition's items are in the unit."""
    ev = ctx.evidence
    out = list(sent_facts)
    refs = []
    for u in units:
        sm = next((m for m in ctx.mentions if m.kind == "Segment" and m.text == u.name), None)
        unit = r.EntityRef(kind="Segment", label=sm.label if sm is not None else u.name)
        if unit.label == main.label:
            continue
        refs.append(unit)
        mine = [m for m in ctx.moneys if u.start <= m.start < u.end]
        taken = False
        for i, f in enumerate(out):
            if f.kind != "observation" or f.value_text is None:
                continue
            pos = ctx.text.find(f.value_text)
            if u.start <= pos < u.end and (f.subject == main or f.subject.kind == "Company" and f.subject.label == main.label):
                out[i] = f.model_copy(update={"subject": unit})
                taken = True
            elif u.start <= pos < u.end and f.subject == unit:
                taken = True
        if not taken and mine:
            m = min(mine, key=lambda x: x.start)
            out.append(r.Observation(subject=unit, measure="revenue", value=m.value, unit=m.currency, value_max=m.value_max,
                                     qualifier=m.qualifier, value_text=m.text, period=period, evidence=ev))
        out.append(r.SegmentOf(segment=unit, company=main, evidence=ev))
        for item in split_list(u.holds) if u.holds else ():
            x = next((x for x in ctx.mentions if x.text == item), None)
            if x is not None and x.kind in ("Company", "Person"):
                continue
            it = r.EntityRef(kind=x.kind, label=x.label) if x is not None else r.EntityRef(kind="CostItem", label=item)
            if it.label != unit.label:
                out.append(r.InSegment(item=it, segment=unit, evidence=ev))
    return out, refs
