"""Units a counted lead announces, one per line under it: "X reports four segments:" and then, in
the next block, exactly four lines, each opened by a unit's name ("- Power generation: …",
"Technology — revenue …", "- Netcompany UK, DKK 1,020 million, …"). The announced count is what
makes the lines units: a block of another length is left to the other readings.

`counted_lines(sents)` gives, per line of such a block, the unit's name, the delimiter after it
and the text after the delimiter (pure; the pipeline makes the facts). Each reading is a named
record (`RULES`) with the documents it was seen in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import records as r
from ..pattern_cache import plain
from .relations import NUMBER_WORDS
from .rule_record import PatternRule
from .unit_contents import colon_contents

_COUNT = r"(?P<n>two|three|four|five|six|seven|eight|[2-8])"
_UNITS = r"(?:segments|divisions|business\s+(?:units|blocks|lines|groups|segments)|blocks|units|lines\s+of\s+business)"

RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "counted-lead-over-lines",
        r"\b(?:reports?|has|have|comprises|is\s+organi[sz]ed\s+into|operates|splits\s+(?:its\s+)?(?:business|results)\s+into)\s+"
        r"(?:in\s+|through\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+)?" + _UNITS + r"\b[^.:;]*:\s*$",
        "a lead line that ends with ':' and announces how many units the company reports; the block "
        "under it holding exactly that many lines names one unit per line",
        ("probe16 03 (YTL Power rating note): '… and it reports four segments:' over four lines '- <unit>: <subsidiary> …'",
         "probe15 02 (FPT results bulletin): '<company> reports three business blocks:' over three lines '<unit> — revenue VND …'",
         "probe16 01 (Netcompany investor day): 'The group reports five operating segments, and <CFO> walked through each of them:' "
         "over five lines '- <unit>, DKK … million, …'"),
        ("Orvane reports three segments:\n\n- Cloud: the Nimbus platform;\n- Devices: phones;\n- Services: support.",),
        re.I),
    PatternRule(
        "counted-units-caption",
        r"\b(?:the|its|our|their)\s+" + _COUNT + r"\s+(?:[\w-]+\s+)?" + _UNITS + r"\b[^.:;]*:\s*$",
        "a caption line that ends with ':' and names the company's units by their number ('How the five business "
        "segments performed in the quarter:'): the block under it holding exactly that many lines names one unit per line",
        ("probe3 r04 (Sony, wire story): 'How the five business segments performed in the quarter:' over five lines "
         "'<unit>: sales ¥…, up 4%; operating income ¥…'",
         "probe24 01 (Intelbras, Brazilian daily in translation): 'According to the company, the three business units "
         "contributed as follows in the quarter:' over three lines '- <unit> (<gloss>): R$ …, up …'"),
        ("How the three segments performed in 2031:\n\nCloud: sales $2 billion\nDevices: sales $1 billion\nServices: sales $1 billion",),
        re.I),
    PatternRule(
        "unit-line-head",
        r"^(?:[-*•·]\s*)?(?:\*\*)?(?P<name>[A-Z][\w&'’/.()-]*(?:,?\s+[\w&'’/.()-]+){0,5}?)(?:\*\*)?"
        r"(?P<delim>:\s|\s+(?:—|–|--)\s+|,\s+)",
        "a line of the announced block opens with the unit's name, then a colon, a dash or a comma",
        ("probe16 03 (YTL Power): '- Multi utilities: <subsidiary> in …'",
         "probe15 02 (FPT): 'Education, Investment and Others — revenue VND …'",
         "probe16 01 (Netcompany): '- <unit>, DKK 540 million.'"),
        ("- Cloud: the Nimbus platform;", "Devices — revenue $2 billion.", "- Orvane UK, $40 million."),
    ),
)
LEAD = RULES[0].rx
CAPTION = RULES[1].rx
_COUNT_SENTENCE = plain(r"\b(?:reports?|has|have|comprises|is\s+organi[sz]ed\s+into|operates)\s+(?:in\s+|through\s+)?" + _COUNT
                        + r"\s+(?:[\w-]+\s+)?" + _UNITS + r"\s*\.\s*$", re.I)
_HEAD = RULES[2].rx
_NOT_UNIT = frozenset("The This That These It Its Our Their Group Total Revenue Sales In For By Since Most We They "
                      "Other Others Including And But".split())
# a name cut at a comma is a capitalised run ("Netcompany UK", "Intrasoft"), never a clause
_CAPITALISED_RUN = plain(r"[A-Z][\w&'’/.-]*(?:\s+(?:&|and|of|for|[A-Z0-9][\w&'’/.-]*))*")


@dataclass(frozen=True)
class UnitLine:
    name: str
    delim: str     # ":", "—" or ","
    rest: str      # the first sentence's text after the delimiter
    lead: int      # index of the lead sentence


def _head(text: str) -> tuple[str, str, str] | None:
    """The unit's name, its delimiter and the rest of a line's first sentence; a colon or dash
    within the first six words wins over a comma ("Education, Investment and Others — …")."""
    strong = re.match(r"^(?:[-*•·]\s*)?(?:\*\*)?(?P<name>[A-Z][^:—–]{0,60}?)(?:\*\*)?(?P<delim>:\s|\s+(?:—|–|--)\s+)", text)
    if strong is not None and len(strong.group("name").split()) <= 6 and not re.search(r"[.;]", strong.group("name")) \
            and strong.group("name").count("(") == strong.group("name").count(")"):   # ("Energia (energy — …": no name)
        name, delim = strong.group("name").strip(), strong.group("delim").strip()
        return name, ":" if delim == ":" else "—", text[strong.end():]
    m = _HEAD.match(text)
    if m is None or m.group("delim").strip() != ",":
        return None
    name = m.group("name").strip()
    if not _CAPITALISED_RUN.fullmatch(name):
        return None
    return name, ",", text[m.end():]


def counted_lines(sents) -> dict[int, UnitLine]:
    """line -> the unit it names, for each line of a block a counted lead announces (RULES)."""
    out: dict[int, UnitLine] = {}
    for i, s in enumerate(sents):
        if ":" not in s.text:
            continue
        m = LEAD.search(s.text) or CAPTION.search(s.text)
        if m is None and i > 0 and s.text.rstrip().endswith(":") and sents[i - 1].line == s.line:
            # rule counted-sentence-then-colon: the count ends its own sentence and the next one, on the
            # same line, opens the block ("The group reports three business units. The half-year figures
            # communicated to the lenders:", probe22 03; "Naver reports five business segments. Their
            # third-quarter revenue:", probe3 r05)
            m = _COUNT_SENTENCE.search(sents[i - 1].text)
        if m is None:
            continue
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        later = [x for x in sents[i + 1:i + 1 + 8 * n] if x.line != s.line]
        if not later or later[0].is_heading:
            continue
        block = later[0].paragraph
        lines: dict[int, object] = {}
        for x in later:
            if x.paragraph != block:
                break
            lines.setdefault(x.line, x)
        if len(lines) != n:
            continue
        heads = [(ln, _head(x.text)) for ln, x in lines.items()]
        if any(h is None or h[0].split()[0] in _NOT_UNIT for _, h in heads):
            continue
        if len({h[0] for _, h in heads}) != n:
            continue
        for ln, (name, delim, rest) in heads:
            out[ln] = UnitLine(name=_UNIT_SUFFIX.sub("", name), delim=delim, rest=rest, lead=i)
    return out


_UNIT_SUFFIX = plain(r"\s+(?:segment|division|unit|block|business)$")
_NAMED_TAIL = plain(r"^(?:including\s+)?(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|of\s+)?[A-Z0-9][\w&'’/.-]*)*)$")
_CONTENT_KINDS = ("Company", "Organization", "Segment", "Product", "Application", "Project", "CostItem")


def line_facts(ul: UnitLine, ctx, sent_facts: list, main: r.EntityRef, carried: dict, period) -> tuple[list, r.EntityRef]:
    """The facts of a unit line's first sentence: the unit is the company's; the figures the
    sentence gave the company are the unit's; a bare amount right after the unit's name is the
    list's measure (the one its first line named, kept in `carried` per lead); after a colon, the
    organisations and products the line names are in the unit. Returns (the sentence's facts, the unit)."""
    sm = next((m for m in ctx.mentions if m.kind == "Segment" and m.text == ul.name), None)
    unit = r.EntityRef(kind="Segment", label=sm.label if sm is not None else ul.name)
    ev = ctx.evidence
    out = []
    for f in sent_facts:
        if f.kind == "observation" and f.subject == main:
            f = f.model_copy(update={"subject": unit})
        out.append(f)
    obs = [f for f in out if f.kind == "observation" and f.subject == unit]
    if obs and ul.lead not in carried:
        carried[ul.lead] = (obs[0].measure, obs[0].period)
    rest_at = len(ctx.text) - len(ul.rest)
    first = min(ctx.moneys, key=lambda m: m.start) if ctx.moneys else None
    if not obs and first is not None and ul.delim == "," and first.start <= rest_at + 1 and ul.lead in carried:
        measure, p = carried[ul.lead]
        out.append(r.Observation(subject=unit, measure=measure, value=first.value, unit=first.currency, value_max=first.value_max,
                                 qualifier=first.qualifier, value_text=first.text, period=p or period, evidence=ev))
    out.append(r.SegmentOf(segment=unit, company=main, evidence=ev))
    if ul.delim == ":" and not any(f.kind == "in_segment" and f.segment == unit for f in out):
        # ("- Multi utilities: Wessex Water in …, a regulated water company"; a line another reading
        # already split into contents, "Product segment: software licensing, …", keeps that reading)
        items: list[r.EntityRef] = []
        om = _CAPITALISED_RUN.match(ul.rest)
        if om is not None and om.group(0).split()[0] not in _NOT_UNIT:
            x = next((m for m in ctx.mentions if m.start == rest_at and m.text == om.group(0)), None)
            items.append(r.EntityRef(kind=x.kind if x is not None and x.kind in _CONTENT_KINDS else "CostItem", label=om.group(0)))
        for piece in re.split(r",\s+(?:and\s+)?|\s+and\s+", re.split(r",\s+(?:which|who|a|an)\s|;|\.\s|\.$", ul.rest)[0]):
            nt = _NAMED_TAIL.match(piece.strip())   # "including the data-centre subsidiary Harlow Compute"
            if nt is not None:
                x = next((m for m in ctx.mentions if m.text == nt.group("name")), None)
                items.append(r.EntityRef(kind=x.kind if x is not None and x.kind in _CONTENT_KINDS else "CostItem", label=nt.group("name")))
        for item in colon_contents(ul.rest):   # "- IT Services: consulting, … and the AI & Data practice;" (unit_contents.COLON_CONTENTS)
            x = next((m for m in ctx.mentions if m.text == item), None)
            items.append(r.EntityRef(kind=x.kind if x is not None and x.kind in _CONTENT_KINDS else "CostItem",
                                     label=x.label if x is not None else item))
        for m in ctx.mentions:
            whole = not re.match(r"\s[A-Z0-9]|[\w&'’-]", ctx.text[m.end:m.end + 2])   # ("YTL" of "YTL PowerSeraya" is no name of its own)
            if m.start >= rest_at and whole and m.kind in _CONTENT_KINDS:
                items.append(r.EntityRef(kind=m.kind, label=m.label))
        seen = {main.label, unit.label}
        for it in items:
            if it.label not in seen:
                seen.add(it.label)
                out.append(r.InSegment(item=it, segment=unit, evidence=ev))
    return out, unit
