"""A sentence whose subject is a named subsidiary or unit of the company: its figures are the unit's
(issue36e, issue 12 "unit figure" / "company attribution": a unit's figure filed under its parent).

A report names a subsidiary with its own figure in two fixed shapes, the unit word telling what the
name is, the clause's verb what it did:

- subsidiary-then-name: "The subsidiary <Name>, based in <city>, invoiced <amount>", "The main
  operating subsidiary, <Name> (Pty) Ltd, contributed <amount> of group revenue";
- name-then-unit-apposition: "<Name>, the <adjective> unit behind <product>, had bookings of
  <amount>", "<Name>, the listed subsidiary that holds …, reported revenue of <amount>".

The sentence must open with the shape (a clause inside another sentence, "…, where its subsidiary X
contributed …", is read by the unit that clause belongs to, unit_sentences.py). The unit's name may
share a word with its parent ("<Parent> México"): that is why figure_owner.py, which gives a figure
to another company only when the names share no word, does not read it. A name that is the article's
company itself ("LG CNS, the IT services arm of the LG Group, reported …" in an article on LG CNS) is
left alone.

`subsidiary_subject(text)` gives (rule, the unit's name, where its clause's verb ends); `unit_facts`
moves the sentence's figures of the company that stand in that clause to the unit (pure; the
pipeline calls it).
"""
from __future__ import annotations

import re

from .. import records as r
from ..pattern_cache import plain
from .legal_forms import LEGAL_FORM, core_name
from .rule_record import PatternRule
from .unit_subjects import LEAD_IN
from .units import subsidiary_named

# a name: capitalised words (any script's letters inside: "México"), "&" and "-" inside
_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|de|of))*)"
# its legal form (any country's: a known form, or dotted initials "S.L.", "s.r.o.", "S.p.A.") and bracketed short form
_FORM = rf"(?:,?[ \t]+(?:{LEGAL_FORM}|[A-Za-z]{{1,3}}\.(?:[A-Za-z]{{1,3}}\.)+)(?![\w]))?(?:[ \t]+\([^()\n]{{1,30}}\))?"
_UNIT_WORD = r"(?:subsidiary|unit|arm|division)"
# the verbs of a unit stating its own figure
_VERB = (r"(?P<verb>contributed|invoiced|posted|reported|generated|booked|recorded|earned|had|delivered|"
         r"brought[ \t]+in|took[ \t]+in|made|achieved|turned[ \t]+over)")

SUBSIDIARY_SHAPES: tuple[PatternRule, ...] = (
    PatternRule(
        "subsidiary-then-name",
        rf"^[ \t*]*{LEAD_IN}(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{_UNIT_WORD}[ \t]*,?[ \t]+{_NAME}{_FORM}"
        rf"(?:,[ \t]+(?P<aside>[^,;:\n]{{3,80}}),)?,?[ \t]+(?:also[ \t]+|alone[ \t]+)?{_VERB}\b",
        "a sentence opened by 'the/its … subsidiary' and the unit's name (an aside set off by commas may follow), "
        "then the verb of its figure: the clause's figures are the unit's",
        ("probe26 01 izertis_spanish_daily ('The subsidiary <Name> México, based in Monterrey, invoiced 412 millones "
         "de pesos …': filed under the parent)",
         "probe26 05 paratus_results_glance ('The main operating subsidiary, <Name> (Pty) Ltd, contributed N$… of group "
         "revenue')",
         "probe23 08a magyartelekom_news_q2 ('…, where its subsidiary <Name> contributed HUF …': the same unit "
         "word before the name, inside a country's clause, which unit_sentences.py reads)",
         "kindcheck28 units 03_tembusu_harbour_ar2025 ('Within that segment, its subsidiary <Name> Pte. Ltd. posted revenue "
         "of S$…': an opening phrase set off by a comma before the shape, unit_subjects.LEAD_IN, as 'Outside London, the "
         "Manchester office contributed …' in 02_pemberthy_lisle)"),
        ("Its Danish subsidiary, Brenmoor Nord ApS, booked revenue of DKK 90 million. (invented)",)),
    PatternRule(
        "name-then-unit-apposition",
        rf"^[ \t*]*{_NAME}{_FORM},[ \t]+(?:the|its|a|an|our)[ \t]+(?:[^,;:\n]{{0,60}}?[ \t])?{_UNIT_WORD}\b[^,;:\n]{{0,60}},"
        rf"[ \t]+(?:also[ \t]+|alone[ \t]+)?{_VERB}\b",
        "a sentence opened by a name and an apposition calling it a subsidiary, unit, arm or division, then the verb "
        "of its figure: the clause's figures are the unit's",
        ("probe9 g07 sea_shopee_q2_2025 ('<Name>, the gaming unit behind <product>, had bookings of $… million')",
         "probe11 p11_04 lgcns_2024 ('<Name>, the IT services arm of the LG Group, reported record annual revenue': "
         "the article's own company, left alone)"),
        ("Kestrel Labs, the research unit of the group, generated $12 million of licence income. (invented)",)),
)

# rule rival-then-name: a clause opened by "<its|another|X's> … rival/competitor/peer, <Name>," and the verb of a
# figure: the clause's figures are that rival's, never the article's company's (a comparison clause)
_RIVAL_WORD = r"(?:rival|competitor|peer|challenger)s?"
_RIVAL_VERB = (r"(?P<verb>(?:(?:which|who)[ \t]+(?:also[ \t]+|itself[ \t]+)?)?(?:reported|posted|generated|booked|recorded|earned|had|"
               r"has|made|achieved|closed|grew|said[ \t]+(?:its|that[ \t]+its)))")
RIVAL_SHAPES: tuple[PatternRule, ...] = (
    PatternRule(
        "rival-then-name",
        rf"(?:(?:[Ii]ts|[Tt]heir|[Oo]ur|[Aa]nother|[Tt]he|[Aa]n?|[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*['’]s)[ \t]+)?"
        rf"(?:[a-z][\w-]*[ \t]+|[A-Z][a-z]+(?:an|ish|ese|ch)[ \t]+){{0,3}}?{_RIVAL_WORD}[ \t]*,?[ \t]+"
        rf"(?:(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?)?{_NAME}{_FORM},?[ \t]+(?:also[ \t]+)?{_RIVAL_VERB}\b",
        "a clause opened by a rival, competitor or peer named in apposition, then the verb of its figure (or 'said its "
        "revenue …'): the clause's figures are the rival's",
        ("probe26 01 izertis_spanish_daily ('Its larger Andalusian competitor, <Name>, which closed its own financial year "
         "with revenue of around 1.050 millones de euros': filed under the article's company)",
         "probe17 06 systems_limited_liveblog ('rival <Name> Technologies reported quarterly revenue of PKR …'), probe15 02 "
         "fpt ('peer <Name> Corporation reported revenue of about VND …'): the same shape, read by their legal forms",
         "not read: probe22 02 eoptolink_halfyear_translation ('Among peers, <Name> reported revenue of USD 480…', a "
         "preposition in front: still a claim on the article's company)"),
        ("Another rival, the Belgian integrator Dorvane Systems, said its revenue fell to €80 million. (invented)",)),
)
# where a clause of a sentence opens: its start, ", while", ", whereas", "; "
_CLAUSE_OPEN = plain(r"^[ \t*]*|,[ \t]+(?:while|whereas|and|but)[ \t]+|;[ \t]+")

# no clause boundary between the verb and the value
_CLAUSE_END = plain(r"[;:]|\.\s|,\s+(?:while|whereas|but)\b")
_DOTTED_FORM = plain(r"[ \t]+[A-Za-z]{1,3}\.(?:[A-Za-z]{1,3}\.?)+$|\.$")
_NOT_UNIT = frozenset("The This That These It Its Our Their Group Company Total Revenue Sales Management".split())


def subsidiary_subject(text: str) -> tuple[str, str, int, int] | None:
    """(rule, the unit's name, where the verb ends, where the clause ends) of a sentence one of
    SUBSIDIARY_SHAPES opens, else None."""
    if not re.search(_UNIT_WORD, text):
        return None
    text = text.replace("\n", " ")   # (a hard-wrapped sentence: one line break is a space; offsets kept)
    for rule in SUBSIDIARY_SHAPES:
        m = rule.rx.match(text)
        if m is None:
            continue
        name = _DOTTED_FORM.sub("", m.group("name").strip(" ,"))   # "Acme Iberia S.L." is Acme Iberia
        if not name or name.split()[0] in _NOT_UNIT:
            continue
        end = _CLAUSE_END.search(text, m.end())
        return rule.name, name, m.end(), end.start() if end is not None else len(text)
    return None


def _inside(text: str, value_text: str | None, a: int, b: int) -> bool:
    if not value_text:
        return False
    at = text.find(value_text, a)
    return 0 <= at < b


def _party(ctx, name: str, own: set[str]) -> tuple[str, object] | None:
    """(the name without its legal form, the Company or Segment mention that reads it, or None) of the
    name a clause opens with; None when it is the article's company, a person or a place."""
    core = core_name(name)
    if core in own or name in own or any(core_name(n) == core for n in own):
        return None   # the article's company itself
    named = [x for x in ctx.mentions if ctx.text[x.start:x.end] in (name, core) or x.label in (name, core)]
    if any(x.kind in ("Person", "Place", "Country", "Region", "City") or x.label in own for x in named):
        return None   # a person, a place, or the company itself
    return core, next((x for x in named if x.kind in ("Company", "Segment")), None)


def _moved(facts: list, claims: list, text: str, a: int, b: int, to: r.EntityRef, moves) -> tuple[list, list, bool]:
    """`facts` and `claims` with each Observation and claim whose subject `moves` and whose values all
    stand in text[a:b] given to `to`; and whether any was."""
    moved = False
    out_f, out_c = [], []
    for f in facts:
        if getattr(f, "kind", "") == "observation" and f.subject != to and moves(f.subject) \
                and _inside(text, f.value_text or f.change_text, a, b):
            f = f.model_copy(update={"subject": to})
            moved = True
        out_f.append(f)
    for c in claims:
        vals = [v for v in c.values if v.text]
        if c.subject != to and moves(c.subject) and vals and all(_inside(text, v.text, a, b) for v in vals):
            c = c.model_copy(update={"subject": to})
            moved = True
        out_c.append(c)
    return out_f, out_c, moved


def unit_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None,
               main_names: frozenset[str] = frozenset()) -> tuple[list, list, r.EntityRef | None]:
    """The sentence's facts and claims with the company's figures that stand in the clause of a
    subsidiary or unit (`subsidiary_subject`) given to that unit: the Company the sentence's
    mentions read it as, else a Segment of the article's company (with its SegmentOf). Returns the
    facts, the claims and the unit (None when no shape reads or the name is the company's own)."""
    if main is None:
        return sent_facts, sent_claims, None
    got = subsidiary_subject(ctx.text)
    if got is None:
        return sent_facts, sent_claims, None
    _rule, name, a, b = got
    party = _party(ctx, name, {main.label, *main_names})
    if party is None:
        return sent_facts, sent_claims, None
    core, m = party
    unit = r.EntityRef(kind=m.kind, label=m.label) if m is not None else r.EntityRef(kind="Segment", label=core)
    # (the company's figure, or one a reader gave the unit an anaphor names: "Within that segment, its subsidiary
    # <Name> posted …" is the subsidiary's, not the segment's)
    facts, claims, moved = _moved(sent_facts, sent_claims, ctx.text, a, b, unit,
                                  lambda subject: subject == main or subject.kind == "Segment")
    if not moved:
        return sent_facts, sent_claims, None
    if unit.kind == "Segment":
        facts.append(r.SegmentOf(segment=unit, company=main, evidence=ctx.evidence))
    return facts, claims, unit


def rival_subjects(text: str) -> list[tuple[str, int, int]]:
    """(the rival's name, where its clause's verb ends, where the clause ends) of each clause of
    `text` that rule rival-then-name opens."""
    if not re.search(_RIVAL_WORD, text):
        return []
    text = text.replace("\n", " ")
    out = []
    rx = RIVAL_SHAPES[0].rx
    for o in _CLAUSE_OPEN.finditer(text):
        m = rx.match(text, o.end())
        if m is None:
            continue
        name = _DOTTED_FORM.sub("", m.group("name").strip(" ,"))
        if not name or name.split()[0] in _NOT_UNIT:
            continue
        end = _CLAUSE_END.search(text, m.end())
        out.append((name, m.end(), end.start() if end is not None else len(text)))
    return out


def rival_facts(ctx, sent_facts: list, sent_claims: list, main: r.EntityRef | None,
                main_names: frozenset[str] = frozenset()) -> tuple[list, list, list[r.EntityRef]]:
    """The sentence's facts and claims with the figures of the company (or of a unit) that stand in a
    rival's clause (`rival_subjects`) given to that rival: the Company the sentence's mentions read it as, else a
    company of its name. Returns the facts, the claims and the rivals given figures."""
    if main is None:
        return sent_facts, sent_claims, []
    got = rival_subjects(ctx.text)
    if not got:
        return sent_facts, sent_claims, []
    own = {main.label, *main_names}
    text = ctx.text.replace("\n", " ")
    facts, claims, rivals = list(sent_facts), list(sent_claims), []
    for name, a, b in got:
        party = _party(ctx, name, own)
        if party is None or subsidiary_named(party[0]).search(text):
            continue   # (a name the sentence calls a subsidiary is the company's unit, no rival: units.SUBSIDIARY_NAMED)
        core, m = party
        rival = r.EntityRef(kind="Company", label=m.label if m is not None and m.kind == "Company" else core)
        # (the article's company's figures or a unit's: the clause says whose)
        facts, claims, moved = _moved(facts, claims, text, a, b, rival, lambda subject: subject.kind in ("Company", "Segment"))
        if moved:
            rivals.append(rival)
    return facts, claims, rivals
