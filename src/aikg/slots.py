"""Type-driven slot filling: the type of each linked entity decides the saved-query parameter it
fills (a Segment fills `segment`, a CostItem `item`, a ModelFamily `family`, a Person `person`, a
Company `company` …), not its position in the question. Pure functions."""
from __future__ import annotations

from itertools import combinations, product

MAX_COMBINATIONS = 8


TARGET = "target"   # the parameter a deal's object fills (question.deal_objects)


def assign(params, hits, asked: str = "", keep_owners: bool = False, objects=()) -> dict[str, list]:
    """{parameter name: [hits]} for the entity parameters of a saved query. A hit goes to the
    parameter that accepts its kind most narrowly (fewest kinds): a Segment fills `segment`
    rather than the catch-all `item`, a ModelFamily `family` rather than `company`. A hit of
    the kind the question asks for (`asked`: "which segment is Saarthi reported in?", Saarthi
    being a segment itself) is what is placed, not the place: it fills the broadest parameter.
    A hit among `objects` (the object of a deal verb: "what did X pay for T") fills a `target`
    parameter where the query has one."""
    entity = [p for p in params if p.type == "entity"]
    out: dict[str, list] = {}
    for h in hits:
        fits = [p for p in entity if not p.kinds or h.kind in p.kinds]
        if not fits:
            continue
        if any(o.iri == h.iri for o in objects) and any(p.name == TARGET for p in fits):
            fits = [p for p in fits if p.name == TARGET]
        else:
            fits = [p for p in fits if p.name != TARGET] or fits
        narrow = min if h.kind != asked else max
        best = narrow(fits, key=lambda p: (len(p.kinds) or 99, entity.index(p)))
        lst = out.setdefault(best.name, [])
        if all(x.iri != h.iri for x in lst):
            lst.append(h)
    return {name: without_owners(lst) for name, lst in out.items()} if not keep_owners else out


def without_owners(hits: list) -> list:
    """A company named right before one of its units ("AMD's Data Center segment") only says
    whose unit it is: the unit fills the parameter, not the two in turn."""
    units = [h for h in hits if h.kind == "Segment"]
    return [h for h in hits if not (h.kind == "Company" and any(u.start == h.end for u in units))]


def generality(params, name: str) -> int:
    """How many kinds a parameter accepts (more = more general, dropped first when relaxing)."""
    p = next(p for p in params if p.name == name)
    return len(p.kinds) or 99


def bindings(params, hits, asked: str = "", objects=()) -> list[tuple[list[dict], list]]:
    """Rounds of parameter bindings to try: (combinations {param: hit} to run and union, the hits
    left unbound in that round). First every assigned parameter bound; when a round finds
    nothing, one parameter fewer (a company that only places the entity first, then the most
    general), and so on. The caller keeps a relaxed round's rows only where they still name the
    hits it left unbound. An empty list: the question names no entity the query takes."""
    slots = assign(params, hits, asked, objects=objects)
    if not slots:
        return []

    def drop_first(n):   # higher = dropped earlier
        return (any(h.kind == "Company" for h in slots[n]), generality(params, n))
    names = sorted(slots, key=drop_first)
    subsets = [c for k in range(len(names), 0, -1) for c in combinations(names, k)]
    subsets.sort(key=lambda c: (len(c), sorted((drop_first(n) for n in names if n not in c), reverse=True)), reverse=True)
    rounds = []
    for keep in subsets:
        combos = [dict(zip(keep, c)) for c in product(*(slots[n] for n in keep))][:MAX_COMBINATIONS]
        dropped = [h for n in names if n not in keep for h in slots[n]]
        rounds.append((combos, dropped))
    return rounds


def owner_rounds(params, hits, asked: str = "") -> list[tuple[list[dict], list]]:
    """Rounds to try when the unit a company is named before answers nothing ("NTT's generative
    AI orders", Generative AI being another company's segment): the company bound, the unit left
    unbound (the caller keeps rows that still name it)."""
    slots = assign(params, hits, asked)
    rounds = []
    for name, lst in assign(params, hits, asked, keep_owners=True).items():
        owners = [h for h in lst if h not in slots.get(name, [])]
        units = [h for h in slots.get(name, []) if h.kind == "Segment" and any(o.end == h.start for o in owners)]
        if owners and units:
            rounds.append(([{name: o} for o in owners], units))
    return rounds
