"""Answer candidates and the one function that ranks them against the question frame.

A candidate is what one source offers as the answer: the rows of a saved query (typed facts,
already narrowed to the question and checked for the type it asks, answer_check) or the best
claims of the entities named (claims_fallback). Each is scored with `score`, a sum of named
weights, and `ask` answers with the best; so a later source that answers the question better
wins over the first that returned something.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .answer_text import _s
from .question_frame import RATIO_MEASURE, RELATION_BY_NAME, RELATION_OF_PREDICATE, RELATION_OF_QUERY, Frame, stems

# The weights, each a feature one can explain:
W_COVERAGE = 4.0       # x the share of the question's content words the candidate's text holds
W_NONE_COVERED = -2.0  # it holds none of two or more content words of the question
W_NAMES = 1.0          # x the share of the other entities the question names that it names
W_EXACT_TYPE = 2.0     # its values are of the exact type asked (a percentage for a margin)
W_RELATION = 2.0       # it states the relation the question asks about (a partner for "working with")
W_OTHER_RELATION = -3.0  # it states another relation than the one asked (a rival for a partner)
W_NO_RELATION = -1.5   # it states no relation where the question asks one (a figure for "why")
W_SUBJECT = 0.5        # the entity asked about is its subject, not a counterpart
W_BASIS = {"fact": 1.0, "claim": 0.5}   # a typed fact before a claim at equal coverage
W_ROUTE = 1.0          # the saved query the question reads most like (intents.score_intents) first at a tie
W_MEASURE = 1.5        # its measure (not only its sentence) is the measure the question names ("run-rate revenue" for ARR)
W_SECOND_VALUE = 1.0   # it carries the second value asked for ("… and how much did it rise")


@dataclass
class Candidate:
    answer: object          # ask.Answer (status "answered"), its rows in .raw
    basis: str              # "fact" | "claim"
    source: str             # the saved query (or "claims")
    first: bool = False     # the question's top saved query
    features: dict = field(default_factory=dict)
    total: float = 0.0


# the columns that name what a row's value measures
MEASURE_COLUMNS = ("measure", "usageMetric", "guidanceChange", "market", "predicate")


def value_kinds(c: Candidate) -> set[str]:
    """The types of value a candidate's rows carry: percent, change, amount, date."""
    out: set[str] = set()
    for r in c.answer.raw:
        role = _s(r, "role")
        if c.basis == "claim":
            if role == "growth" and RATIO_MEASURE.search(_s(r, "measure")):
                role = "percent"   # "12.4% (operating margin)": the ratio's level, not a change
            out |= {"percent"} if role in ("share", "percent") else {"change"} if role == "growth" else \
                {"amount"} if role in ("amount", "count") else {"date"} if role == "date" or _s(r, "periodLabel") else set()
            continue
        if _s(r, "unit") == "percent" or r.get("share") is not None or r.get("stake") is not None:
            out.add("percent")
        elif r.get("value") is not None or r.get("amount") is not None:
            out.add("amount")
        if r.get("change") is not None:
            out.add("change")
    return out


def _relation(f: Frame, c: Candidate) -> str:
    """The relation a candidate states: the one its saved query states, or its claims'
    predicate; else the relation asked when its rows' sentences say it around their values
    (a deal's price, a stake held, in a plain claim or another query's rows)."""
    if c.basis == "claim" and f.question.predicate:
        return f.relation   # the claims were picked for stating the predicate asked (claims_fallback)
    asked = RELATION_BY_NAME.get(f.relation)
    if asked is not None and (c.basis == "claim" or c.source not in RELATION_OF_QUERY) and any(asked.stated(r, f.wants in VALUE_TYPES + ("stake",)) for r in c.answer.raw):
        return f.relation
    if c.basis == "claim":
        rels = {RELATION_OF_PREDICATE.get(_s(r, "predicate"), "") for r in c.answer.raw}
        return next(iter(rels)) if len(rels) == 1 else ""
    return RELATION_OF_QUERY.get(c.source, "")


def _text(c: Candidate) -> str:
    """The words of a candidate: its rows' labels, measures and quotes, and for a saved query
    the keywords of its header (a segments row covers "include" without saying it)."""
    words = [str(t.value) for r in c.answer.raw for t in r.values() if t is not None and hasattr(t, "value")]
    if c.basis == "fact":
        from .queries import catalogue
        sq = catalogue().get(c.source)
        words += list(sq.keywords) if sq is not None else []
    return " ".join(words)


VALUE_TYPES = ("percent", "amount", "change", "date")
# the least score that answers: below it the features net to nothing (none of the question's words,
# no value of the type asked, another relation) and "not stated" is the honest answer (on the seen
# sets probe5, probe6, devset5, seed, dev: 6 answers scored below it, 5 of them wrong)
MIN_TOTAL = 0.5
MIN_CONTENT = 2   # a question of this many content words is not answered by a candidate holding none


def fits_type(f: Frame, c: Candidate) -> bool:
    """The hard feature: a claim answers a question wanting a value only with a value of that
    type (a partnership sentence does not say how much was paid). A typed fact's rows were
    checked by answer_check before they became a candidate."""
    if c.basis == "fact" and c.source == "figures" and not _subject_named(f, c):
        return False   # a figure of another entity than those named (the unit a company sits in)
    if f.place is not None and f.wants in VALUE_TYPES and not _names_place(f.place, c):
        return False   # "revenue in Japan": a figure of that market, not the company's others
    if c.basis != "claim":
        return True
    if f.wants not in VALUE_TYPES:
        return True
    kinds = value_kinds(c)
    return f.wants in kinds or (f.wants == "change" and "percent" in kinds) or (f.wants == "percent" and f.question.growth and "change" in kinds)


def _names_place(place, c: Candidate) -> bool:
    """Whether a candidate's rows (labels, measures, sentences) name the place asked."""
    from .linking import norm
    text = norm(_text(c))
    return any(n and n in text for n in (norm(place.label), norm(place.matched)))


def _subject_named(f: Frame, c: Candidate) -> bool:
    """Whether some row's subject is an entity the question names (by label, or in its words)."""
    from .linking import norm
    if any(_s(r, "subject") in {h.iri for h in f.question.hits} for r in c.answer.raw):
        return True   # (by identity: an entity's preferred label may differ between engines)
    named = {norm(h.label) for h in f.question.hits} | {h.matched for h in f.question.hits}
    subjects = {norm(_s(r, "subjectLabel")) for r in c.answer.raw if _s(r, "subjectLabel")}
    q = norm(f.question.text)
    # a model of a family named ("Qwen 2.5" of "Qwen": the figures query reads kg:family) is named
    families = {norm(h.label) for h in f.question.hits if h.kind == "ModelFamily"} | {h.matched for h in f.question.hits if h.kind == "ModelFamily"}
    return not subjects or not f.question.hits or any(s in named or f" {s} " in f" {q} " or any(s.startswith(m + " ") for m in families if m)
                                                      for s in subjects)


def score(f: Frame, c: Candidate) -> float:
    """The candidate's score against frame `f`; its features in c.features (pure but for that)."""
    feats = {}
    if f.content:
        covered = len(f.content & stems(_text(c)))
        feats["coverage"] = W_COVERAGE * covered / len(f.content)
        if not covered and len(f.content) >= MIN_CONTENT and not c.first:   # (the query the question reads like
            # may answer in other words: "no longer easily buy" a chip is an export control)
            feats["none_covered"] = W_NONE_COVERED
    if f.counterparts:
        text = _text(c).lower()
        feats["names"] = W_NAMES * sum(1 for h in f.counterparts if h.label.lower() in text or h.matched in text) / len(f.counterparts)
    kinds = value_kinds(c)
    if f.wants in ("percent", "amount", "change", "date") and (f.wants in kinds or f.wants == "change" and "percent" in kinds):
        feats["exact_type"] = W_EXACT_TYPE
    if f.measure_stems:
        said = " ".join(_s(r, col) for r in c.answer.raw for col in MEASURE_COLUMNS).lower()
        if any(st in said for sts in f.measure_stems for st in sts):
            feats["measure"] = W_MEASURE
    rel = _relation(f, c)
    if f.relation:
        feats["relation"] = W_RELATION if rel == f.relation else W_OTHER_RELATION if rel else W_NO_RELATION
    elif rel and not f.relation and c.basis == "fact":
        feats["relation"] = W_OTHER_RELATION / 3   # a relation nobody asked about
    if f.entity is not None and c.basis == "claim" and any(_s(r, "via") == "subject" for r in c.answer.raw):
        feats["subject"] = W_SUBJECT
    feats["basis"] = W_BASIS[c.basis]
    if c.first:
        feats["route"] = W_ROUTE
    if f.also_change and "change" in kinds:
        feats["second_value"] = W_SECOND_VALUE
    c.features = feats
    c.total = round(sum(feats.values()), 4)
    return c.total


def bound(f: Frame, basis: str, source: str, first: bool = False) -> float:
    """The highest score a candidate of `basis` from `source` could reach on frame `f`: a source
    whose bound is below the best candidate so far need not be run (the answer cannot change)."""
    top = (W_COVERAGE if f.content else 0.0) + W_BASIS[basis] + (W_ROUTE if first else 0.0) + (W_NAMES if f.counterparts else 0.0)
    top += W_EXACT_TYPE if f.wants in VALUE_TYPES else 0.0
    top += W_MEASURE if f.measure_stems else 0.0
    top += W_SECOND_VALUE if f.also_change else 0.0
    top += W_SUBJECT if basis == "claim" and f.entity is not None else 0.0
    if f.relation:
        rel = RELATION_OF_QUERY.get(source, "") if basis == "fact" else f.relation
        top += W_RELATION if rel in (f.relation, "") else W_OTHER_RELATION   # (its sentences may state it)
    elif basis == "fact" and RELATION_OF_QUERY.get(source):
        top += W_OTHER_RELATION / 3
    return top


# The one rule between a claim and a typed fact: the candidate whose own sentence holds the value
# asked for the entity asked and the period asked (`holds`) wins; when both do, the typed fact;
# when neither does (or a fact's rows do not say their subject), the scores (W_BASIS: a typed fact
# before a claim at equal coverage). A claim filed on the company whose
# sentence states a subsidiary's figure loses to the segment's typed fact from the table row; a
# claim whose sentence states the figure of the entity asked wins over a typed fact of another
# entity or period.
HOLDS_ASKED = {
    "name": "claim-or-fact-holds-asked",
    "examples": ("'| Cloud | 9,210 | +2% |' (a fact of the Cloud unit) over a claim of its company quoting "
                 "'its Kenyan arm alone made KES 149 billion' for 'How much revenue did X's Cloud unit make?'",),
    "provenance": "probe17 p17-08-q03 (Maroc Telecom numbers: segment table row vs a subsidiary's sentence), "
                  "probe15 p15-03-q06 (Proximus profile: the claim whose sentence states Proximus Global's margin)",
}


def _digits(text: str) -> set[str]:
    """The numbers of a text by their significant digits ("9,210" and "9.21": "921")."""
    import re
    return {d for n in re.findall(r"\d[\d,.]*\d|\d", text) if (d := re.sub(r"[,.]", "", n).strip("0"))}


def holds(f: Frame, c: Candidate) -> bool | None:
    """Whether a row of the candidate is of the entity asked (its subject), of the measure asked,
    of the period asked (its label or its dates; a row of no period is of none other) and its own
    sentence states its value (HOLDS_ASKED); None when no row says its subject (a saved query
    bound to an entity: what its rows are of is not read here)."""
    from .linking import norm
    from .narrowing import _kind_asked, _measure_kinds
    from .text_answer import _period_fits
    if f.entity is None:
        return False
    if not any(_s(r, "subject") or _s(r, "subjectLabel") for r in c.answer.raw):
        return None
    ent = {norm(f.entity.label), f.entity.matched}
    kind = _kind_asked(f.question.text.lower())   # "gross margin": a row of another kind ("margin", an EBITDA margin) is not it
    for r in c.answer.raw:
        if not (_s(r, "subject") == f.entity.iri or norm(_s(r, "subjectLabel")) in ent):
            continue
        if f.measure_stems:
            said = " ".join(_s(r, col) for col in MEASURE_COLUMNS).lower()
            if not any(st in said for sts in f.measure_stems for st in sts) or kind and kind[0] not in _measure_kinds(said):
                continue
        value, quote = _s(r, "valueText"), _s(r, "quote")
        if not value or not quote or not (_digits(value) & _digits(quote)):
            continue
        dated = ((_s(r, "periodStart")[:10], _s(r, "periodEnd")[:10]),) if _s(r, "periodStart") and _s(r, "periodEnd") else ()
        if not (dated or _s(r, "periodLabel")) or _period_fits(f.question.text, _s(r, "periodLabel"), dated):
            return True
    return False


def best(f: Frame, cands: list[Candidate]) -> Candidate | None:
    """The best-scored candidate (the earlier at a tie: the question's top saved query first);
    between typed facts and claims, the basis whose candidate holds the value asked (HOLDS_ASKED)."""
    cands = [c for c in cands if fits_type(f, c)]
    if not cands:
        return None
    for c in cands:
        score(f, c)
    cands = [c for c in cands if c.total >= MIN_TOTAL]
    if {c.basis for c in cands} == {"fact", "claim"} and f.wants in VALUE_TYPES:
        said = {(c.basis, holds(f, c)) for c in cands}
        if ("fact", True) in said:
            cands = [c for c in cands if c.basis == "fact"]
        elif ("claim", True) in said and ("fact", None) not in said:
            cands = [c for c in cands if c.basis == "claim"]
    if not cands:
        return None
    return max(cands, key=lambda c: c.total)   # max keeps the first of equal scores
