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
from ..pattern_cache import plain, name_rx
from .relations import NUMBER_WORDS
from .rule_record import PatternRule
from .figures import HEAD_RE
from .values import find_money, has_amount

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
        "counted-announcement-inline",
        r"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+(?:(?:reporting|operating|business|geographic|geographical|reportable)\s+)?"
        r"(?:segments|divisions|business\s+units)\s*:\s+(?=\S)",
        "a sentence that announces how many units there are and, after its colon, opens one clause per unit, "
        "each with its figure or what it holds: the count must match the clauses",
        ("probe23 07 (Rackspace, an HTML newsletter): '<company> reports two segments: <A>, which resells …, brought in $…, "
         "and <B>, its dedicated … business, brought in $…, down 7.4%.'",
         "probe18 (SoftwareOne merger note): '<company> reports two segments: <A>, which holds its licence resale …, and <B>, "
         "which holds its managed cloud …'",
         "devset5 t06 (Wipro): '<company> reports two segments: IT Services, which is organised into …, and IT Products, which resells …'",
         "probe23 08a (a Markdown news item): 'The group reports two segments: <country A>, which generated HUF … of revenue in "
         "the quarter, and <country B>, where its subsidiary … contributed HUF …'"),
        ("Orvane reports two segments: Cloud, which holds the Nimbus platform, made $3 billion, and Devices, its phone arm, "
         "had sales of $1 billion.",),
        re.I),
    PatternRule(
        "clause-opening-unit",
        r"(?:(?:And\s+then|Then|Finally|Lastly),?\s+|(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+reports\s+)?(?:The\s+|Its\s+)?"
        r"(?:\*\*)?(?P<name>[A-Z][\w&'’/-]*(?:(?:,\s+|\s+(?:&|and|of)\s+|\s+)[A-Z0-9][\w&'’/-]*)*)(?:\*\*)?(?:\s+(?P<word>segment|division|unit))?"
        r"(?=\s?,|\s+(?:—|–|--)\s|\s+(?:[$€£¥₹]|[A-Z]{3}\s?|[A-Z]{1,2}\$\s?)\d|\s+(?:was|were|had|booked|recorded|brought|generated|posted|contributed|grew|rose|fell|accounted|made|delivered|earned)\b)",
        "a clause opens with the unit's name (after 'And then', or '<company> reports'), then an apposition or its figure verb",
        ("probe12 (Advantest): 'Services, Support & Others, which includes …, recorded ¥…'",
         "probe17 02 (Reply): '…, while Region 3, which groups …, accounted for EUR …'",
         "probe19 04 (Jabil): 'And then <C>, which is where … sit, was $…'"),
        ("And then Devices, which sells phones, was $1 billion.",)),
)
ANNOUNCED = RULES[0].rx
INLINE = RULES[1].rx
_OPENER = RULES[2].rx
_CLAUSE_START = plain(r"(?:^|;\s+|,\s+while\s+|,\s+whereas\s+)")
# the clauses of a list of units joined by "and" ("<A> generated HUF … in the third quarter and
# <B>, through <subsidiary>, HUF …"): read only when the plain clause starts miss the count
_JOINED_START = plain(r"(?:^|;\s+(?:and\s+)?|,\s+while\s+|,\s+whereas\s+|,?\s+and\s+(?=\*{0,2}[A-Z])|,\s+(?=\*{0,2}[A-Z]))")
_NOT_UNIT = frozenset("The This That These It Its Our Their Group Total Revenue Sales In For By Since Most We They "
                      "Other And But Management Analysts Net Operating Profit".split())
# what a unit holds, said right after its name: ", which contains A and B," / " — A, B —" / " (A, B)" / ", covering A,"
_HOLDS = plain(r"\s*(?:,\s+(?:which\s+(?:contains|includes|groups|holds|houses|covers|comprises|is\s+where)|covering|including)\s+(?P<a>[^;]+?)(?=,\s+(?:was|were|had|booked|recorded|brought|generated|posted|contributed|grew|rose|fell|accounted|made|delivered|earned)\b)"
               r"|\s+(?:—|–|--)\s+(?:that['’]s\s+|that\s+is\s+|i\.e\.\s+)?(?P<b>[^—–]+?)\s+(?:—|–|--))")


@dataclass(frozen=True)
class UnitClause:
    name: str
    start: int    # where the clause opens (the name's start)
    end: int      # where the clause ends (the next clause's start, a semicolon, the sentence's end)
    holds: str    # the apposition's words ("" when none)


def _openers(text: str, joined: bool = False, at: int = 0) -> list[UnitClause]:
    out: list[UnitClause] = []
    past = at   # (a clause start inside the previous unit's apposition is none: "which contains A and B, …")
    starts = [at] if at else []
    starts += [c.end() for c in (_JOINED_START if joined else _CLAUSE_START).finditer(text, at) if c.end() > at or not at]
    for c_end in starts:
        if c_end < past:
            continue
        m = _OPENER.match(text, c_end)
        if m is None or m.group("name").split()[0].rstrip(",") in _NOT_UNIT:
            continue
        name = m.group("name").rstrip(",")
        hm = _HOLDS.match(text, m.end())
        past = hm.end() if hm else m.end()
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
        if c.holds or has_amount(text, c.start, c.end):
            fixed.append(c)
    return fixed


def counted_clauses(sents) -> dict[int, list[UnitClause]]:
    """sentence index -> the units its clauses open with, for the sentences after a counted
    announcement whose openers number exactly the count (RULES)."""
    out: dict[int, list[UnitClause]] = {}
    for i, s in enumerate(sents):
        if not ("segment" in s.text or "division" in s.text or "unit" in s.text):
            continue
        im = INLINE.search(s.text)
        if im is not None:
            # "<company> reports two segments: <A>, which …, brought in $…, and <B>, …": the clauses
            # after the colon, one unit each, exactly the count (rule counted-announcement-inline)
            n = NUMBER_WORDS.get(im.group("n").lower()) or int(im.group("n"))
            units = _openers(s.text, joined=True, at=im.end())
            if len(units) == n and len({u.name for u in units}) == n:
                out[i] = units
            continue
        m = ANNOUNCED.search(s.text)
        if m is None:
            continue
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        for joined in (False, True):   # the plain clause starts first; a list joined by "and" if they miss the count
            found: dict[int, list[UnitClause]] = {}
            names: list[str] = []
            for j in range(i + 1, min(len(sents), i + 1 + n)):
                if sents[j].paragraph != s.paragraph or len(names) >= n:
                    break
                units = _openers(sents[j].text, joined)
                if not units:
                    break
                found[j] = units
                names += [u.name for u in units]
            if len(names) == n and len(set(names)) == n:
                out.update(found)
                break
    return out


_BRACKET_AFTER = plain(r"\s*\((?:~|about\s+|c\.\s*|approx\.\s*)?(?P<inner>[^()]{3,40})\)")


def _equivalents(facts: list, unit: r.EntityRef, moneys: list, text: str) -> list:
    """The unit's amount again in another currency, in brackets right after it: "HUF 27.9 billion
    (MKD 4.42 billion)" (rule equivalent-in-brackets: probe23 08a; "JPY 235.0 billion (~USD 1.6
    billion)", probe21 02): the same measure and period in that currency."""
    out = []
    for f in facts:
        if f.kind != "observation" or f.subject != unit or f.value_text is None:
            continue
        m = next((x for x in moneys if x.text == f.value_text), None)
        bm = _BRACKET_AFTER.match(text, m.start + len(m.text)) if m is not None else None
        # (the value finders leave the bracket's amount out of the sentence's amounts: read it alone)
        eq = next(iter(find_money(bm.group("inner"))), None) if bm is not None else None
        if eq is not None and eq.currency != m.currency and eq.text == bm.group("inner").strip() \
                and not any(g.kind == "observation" and g.value_text == eq.text for g in facts):
            out.append(f.model_copy(update={"value": eq.value, "unit": eq.currency, "value_max": eq.value_max,
                                            "qualifier": eq.qualifier, "value_text": eq.text, "change": None,
                                            "change_unit": None, "change_qualifier": None, "change_basis": None,
                                            "change_text": None}))
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
        if "Invest" in u.name:   # "Corporate & Investment Banking, CHF 288 million": the unit's figure, no investment
            out = [f for f in out if not (f.kind == "investment" and any(u.start <= ctx.text.find(a.text) < u.end
                                                                            for a in f.amounts if a.text))]
        taken = False
        for i, f in enumerate(out):
            if f.kind == "observation" and f.subject.kind == "Company" and f.subject.label == u.name:
                out[i] = f = f.model_copy(update={"subject": unit})   # (a unit discovery took for a company)
            if f.kind != "observation" or f.value_text is None:
                continue
            pos = ctx.text.find(f.value_text)
            money = any(m.text == f.value_text for m in mine)   # (a count, "serves 1.4 million households", takes no amount)
            if u.start <= pos < u.end and (f.subject == main or f.subject.kind == "Company" and f.subject.label in (main.label, u.name)):
                out[i] = f.model_copy(update={"subject": unit})
                taken = taken or money
            elif u.start <= pos < u.end and f.subject == unit:
                taken = taken or money
        if not taken and mine:
            m = min(mine, key=lambda x: x.start)
            out.append(r.Observation(subject=unit, measure="revenue", value=m.value, unit=m.currency, value_max=m.value_max,
                                     qualifier=m.qualifier, value_text=m.text, period=period, evidence=ev))
        out += _equivalents(out, unit, mine, ctx.text)
        out.append(r.SegmentOf(segment=unit, company=main, evidence=ev))
        for item in split_list(u.holds) if u.holds else ():
            x = next((x for x in ctx.mentions if x.text == item), None)
            if x is not None and x.kind in ("Company", "Person"):
                continue
            it = r.EntityRef(kind=x.kind, label=x.label) if x is not None else r.EntityRef(kind="CostItem", label=item)
            if it.label != unit.label:
                out.append(r.InSegment(item=it, segment=unit, evidence=ev))
    return out, refs


_COUNTED = plain(r"\b(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w-]+\s+)?(?:segments|divisions|units|business\s+lines)\b", re.I)


def is_announcement(name: str) -> bool:
    """Whether a name read off a sentence's opening is the announcement of a counted list ("The group
    reports two segments") rather than a unit (probe23 08a; devset5 t06 'Wipro reports two segments: …')."""
    return _COUNTED.search(name) is not None


def clause_claims(units: list[UnitClause], ctx, claims: list, main: r.EntityRef) -> list:
    """The claims of a sentence whose clauses open with announced units: a claim whose first value
    sits in a unit's clause is the unit's (not the company's, nor a subsidiary's the clause names:
    "<B>, where its subsidiary <S> contributed HUF …" is B's figure)."""
    spans = []
    for u in units:
        sm = next((m for m in ctx.mentions if m.kind == "Segment" and m.text == u.name), None)
        spans.append((u.start, u.end, r.EntityRef(kind="Segment", label=sm.label if sm is not None else u.name)))
    names = {u.name for u in units}
    out = []
    for c in claims:
        pos = ctx.text.find(c.values[0].text) if c.values and c.values[0].text else -1
        unit = next((ref for a, z, ref in spans if a <= pos < z), None)
        if unit is not None and unit.label != main.label and (c.subject == main or c.subject.kind in ("Segment", "Product", "CostItem")
                                                              or c.subject.label in names):
            c = c.model_copy(update={"subject": unit})
        out.append(c)
    return out


# a capitalised word joined to a unit's name makes another organisation's name ("Yettel Hungary's
# revenue" is a rival's, not the Hungary segment's; "One Hungary said")
_LONGER_BEFORE = plain(r"(?:[A-Z][\w&.'’-]*\s+)+$")


def longer_name(text: str, name: str) -> str | None:
    """The longer capitalised name `name` is part of wherever `text` names it ("Yettel Hungary" for
    "Hungary" in "Yettel Hungary's third-quarter revenue"), or None when the text names it alone."""
    longer = None
    for m in name_rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text):
        b = _LONGER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is not None and b.start() == 0 and b.group(0).split()[0] in _SENTENCE_OPENERS:
            b = None   # "In Hungary, …": a sentence's opening word, no name
        a = _LONGER_AFTER.match(text, m.end())
        if b is None and a is None:
            return None
        longer = (b.group(0) if b else "") + name + (a.group(0) if a else "")
    return longer


_LONGER_AFTER = plain(r"(?:\s+[A-Z][\w&.-]*(?<!['’]s))+(?=['’]s\b|\s+[a-z]|[,.;:]|$)")
_SENTENCE_OPENERS = frozenset("In Within At For Across Outside Inside By The And But While".split())


_GROUP_OWNS = plain(r"\b(?:the\s+(?:company|group|firm)['’]s|(?:group|company)-wide|the\s+group\s+(?:as\s+a\s+whole|overall))", re.I)


def own_names(text: str, facts: list, claims: list, declared: set, main: r.EntityRef | None = None) -> tuple[list, list]:
    """A sentence whose figure went to a declared unit while it names the unit only inside a longer
    name ("Yettel Hungary's revenue was …"): the figure is that organisation's (a company). One whose
    clause, after the unit, says the group's ("…, and the company's net income was $41 million"): the
    group's. A unit's measure does not repeat its name ("Edge Devices revenue" of Edge Devices: revenue)."""
    def fix(subject):
        if subject.kind == "Segment" and subject.label in declared:
            longer = longer_name(text, subject.label)
            if longer is not None:
                return r.EntityRef(kind="Company", label=" ".join(longer.split()))
        return None
    out_f = []
    for f in facts:
        new = fix(f.subject) if f.kind == "observation" else None
        if f.kind == "observation" and new is None and f.subject.kind == "Segment" and f.subject.label in declared:
            pos = text.find(f.value_text) if f.value_text else -1
            named = text.rfind(f.subject.label, 0, pos) if pos >= 0 else -1
            go = _GROUP_OWNS.search(text, named, pos) if main is not None and named >= 0 else None
            if go is not None and HEAD_RE.search(text, go.end(), min(pos, go.end() + 30)) is not None:
                new = main   # (the group's measure: "the group's AI tools" in an apposition is none)
            if f.measure.lower().startswith(f.subject.label.lower() + " "):
                f = f.model_copy(update={"measure": f.measure[len(f.subject.label) + 1:]})
        out_f.append(f.model_copy(update={"subject": new}) if new is not None else f)
    out_c = []
    for c in claims:
        new = fix(c.subject)
        out_c.append(c.model_copy(update={"subject": new}) if new is not None else c)
    return out_f, out_c


# rule line-subject-apposition: a sentence opened by a business line's noun phrase, set off by an
# apposition that names a product leading it or the unit it is part of, then a verb of bringing in
# money: the amount is the line's revenue, not the product's nor the unit's nor the company's
LINE_SUBJECT = PatternRule(
    "line-subject-apposition",
    r"^(?:\*\*)?(?P<name>[A-Z][\w&/-]*(?:\s+(?!which\b|who\b)[\w&/-]+){0,4}?)(?:\*\*)?(?:\s+\((?:\*\*)?(?P<abbr>[A-Z][A-Za-z0-9&]{1,8})(?:\*\*)?\))?,\s+"
    r"(?P<app>(?:led|driven|headed)\s+by\s+[^,]{2,60}|(?:the|its|our)\s+[^,]{0,40}?\bpart\s+of\s+(?:\*\*)?(?P<parent>[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})(?:\*\*)?),\s+"
    r"(?P<verb>brought\s+in|generated|contributed|earned|delivered|posted)\s+(?:revenue\s+of\s+|sales\s+of\s+)?(?:\*\*)?(?=(?:US|A|C|S|NZ|HK|R)?\$|[€£¥₹]|[A-Z]{3}\s?\d)",
    "a business line's noun phrase, an apposition naming the product that leads it or the unit it is part of, then "
    "'brought in' / 'generated' and an amount: the line's revenue; the apposition's product or unit is not the owner",
    ("probe24 08b_akamai_q3_news: 'Cloud infrastructure services (CIS), the fastest-growing part of Compute, brought in "
     "US$86 million, up 39% year on year' (a claim on the company, then on Compute)",
     "probe25 08b_siliconmotion_q3_news: 'Enterprise SSD controllers, led by the <product> chip, generated US$21.4 million "
     "in the quarter' (a claim on the product)"),
    ("Industrial sensors, led by the Tarn-9 probe, generated $40 million in the quarter, up 12%.",
     "Managed security (MSS), the fastest-growing part of Services, brought in €18 million."),
)
_CHANGE_AFTER = plain(r"^[\s*]*(?:(?:in|for|during)\s+the\s+(?:[\w-]+\s+)?(?:quarter|half|year|period)\s*)?[,;]?[\s*]+(?P<dir>up|down)[\s*]+(?P<pct>\d+(?:\.\d+)?)\s?%", re.I)
_NOT_LINE = frozenset("The This That These It Its Our Their Group Total Revenue Sales In For By Since Most We They Other And But "
                      "Management Analysts Net Operating Profit Shares Customers Demand Growth".split())


def line_subject(text: str) -> tuple[str, str | None, int] | None:  # noqa: D401
    """(line name, the unit it is part of or None, offset where the amount opens) of a sentence the rule
    line-subject-apposition reads, else None."""
    m = LINE_SUBJECT.rx.match(text)
    if m is None or m.group("name").split()[0] in _NOT_LINE or HEAD_RE.search(m.group("name")):
        return None
    return m.group("name").strip(), m.group("parent"), m.end()   # (its bracketed initials are no part of its name)


def line_subject_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef, period) -> tuple[list, list, r.EntityRef | None]:
    """The line's revenue (rule line-subject-apposition): an Observation of the line as a Segment of the
    unit it is part of (a unit the sentence names) or of the company; the sentence's claim of the
    amount is the line's. Returns the facts, the claims and the line (None when the rule does not read)."""
    got = line_subject(ctx.text)
    if got is None:
        return sent_facts, sent_claims, None
    name, parent_name, at = got
    money = next((m for m in ctx.moneys if m.start >= at - 2), None)
    if money is None or money.start > at + 4:
        return sent_facts, sent_claims, None
    if any(x.kind in ("Company",) and x.start == 0 for x in ctx.mentions):
        return sent_facts, sent_claims, None   # a company opens the sentence: its own figure
    line = r.EntityRef(kind="Segment", label=name)
    parent = main
    if parent_name:
        # ("part of Compute": a unit, whether or not a reader met it as one; "part of <company>": that company)
        pm = next((x for x in ctx.mentions if x.text == parent_name and x.kind in ("Segment", "Company")), None)
        parent = r.EntityRef(kind=pm.kind, label=pm.label) if pm is not None else r.EntityRef(kind="Segment", label=parent_name)
    ch = _CHANGE_AFTER.match(ctx.text[money.end:])
    change = None
    if ch is not None:
        from decimal import Decimal
        change = Decimal(ch.group("pct")) * (-1 if ch.group("dir").lower() == "down" else 1)
    facts = [f for f in sent_facts if not (f.kind == "observation" and f.value == money.value and f.subject != line)]
    facts.append(r.Observation(subject=line, measure="revenue", value=money.value, unit=money.currency, value_max=money.value_max,
                               qualifier=money.qualifier, value_text=money.text, change=change,
                               change_unit="percent" if change is not None else None,
                               change_text=f"{ch.group('pct')}%" if ch is not None else None,
                               direction=("decrease" if change < 0 else "increase") if change is not None else None,
                               period=period, evidence=ctx.evidence))
    facts.append(r.SegmentOf(segment=line, company=parent, evidence=ctx.evidence))
    claims = [c.model_copy(update={"subject": line}) if any(x.role == "amount" and x.value == money.value for x in c.values) else c
              for c in sent_claims]
    return facts, claims, line
