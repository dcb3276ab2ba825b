"""Plain-English questions -> (saved query, bound parameters) -> an answer with its evidence.

1. link the entities the question names (labels and aliases, fuzzy for typos);
2. score every saved query's intent by cue words and by similarity to its example questions;
3. run the best one with each linked entity in turn (a question may name several);
4. narrow the rows by what the question asks for (a measure, a period, a role, a market,
   an amount), and say `no_answer` when nothing is left rather than guess;
5. write the answer from the rows; quote the sentences they came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from .answer_text import _change_text, _lines, _s, json_row  # noqa: F401 (_change_text: API of tests)
from .errors import AikgError
from .intents import Intent, score_intents
from .linking import Hit, label_index, norm
from .narrowing import _narrow
from .queries import catalogue
from .question import MEASURES, PROVENANCE, ROLE_WORDS

MAX_ROWS = 40


@dataclass
class Answer:
    question: str
    status: str
    answer: str
    rows: list[dict] = field(default_factory=list)
    sparql: str = ""
    sources: list[dict] = field(default_factory=list)
    intent: str = ""
    suggestions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        d = {"question": self.question, "status": self.status, "answer": self.answer,
             "rows": self.rows, "sparql": self.sparql, "sources": self.sources}
        if self.intent:
            d["intent"] = self.intent
        if self.suggestions:
            d["suggestions"] = self.suggestions
        return d



# ------------------------------------------------------------------ the main entry
ENTITY_INTENTS = {"aliases", "sources", "describe"}
GENERIC_CAPS = {"Q1", "Q2", "Q3", "Q4", "AI", "CEO", "CFO", "COO", "CTO", "US", "U.S.", "What", "Which",
                "Who", "How", "When", "Where", "Why", "Is", "Are", "Did", "Does", "Do", "The", "In", "By",
                "FY", "H1", "H2", "I", "A", "Hong", "Kong", "Tell", "List", "Show", "Describe", "Can",
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "RMB", "USD", "EU", "UK", "GPU", "GPUs", "LLM", "LLMs",
                "API", "YoY", "Cloud", "Group", "Holdings", "Ltd", "Inc"}


def _unknown_names(question: str, hits: list[Hit]) -> list[str]:
    covered = " ".join(h.matched for h in hits)
    names = []
    for m in re.finditer(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", question):
        words = [w for w in m.group(1).split() if w.strip(".") not in GENERIC_CAPS]
        if not words:
            continue
        if m.start() == 0 and len(m.group(1).split()) == 1:
            continue
        name = " ".join(words)
        if norm(name) and norm(name) not in covered and not any(norm(w) in covered for w in words):
            names.append(name)
    return names


def answer(kg, question: str) -> Answer:
    q = " ".join(str(question).split())
    if not q or not re.search(r"[A-Za-z]{2,}", q):
        return Answer(question, "not_understood", "That is not a question I can read; ask in words, e.g. 'Which costs sit in which segment?'")
    if len(q) > 1000:
        return Answer(question, "not_understood", "The question is too long (over 1000 characters); ask one thing at a time.")
    store = kg.store
    idx = label_index(store)
    hits = idx.find_in(q)
    intents = score_intents(q, hits)
    top = intents[0]
    if top.score < 1.0:
        sugg = _suggest(intents)
        return Answer(question, "not_understood",
                      "I could not match this question to a saved query. Closest: " + "; ".join(sugg),
                      suggestions=sugg)
    intent = top.name
    if PROVENANCE.search(q) and intent == "sources":
        # "which documents report the 380 billion yuan investment?" -> the investment, with sources
        second = next((i for i in intents[1:] if i.score >= 1.5 and i.name not in ("sources", "documents")), None)
        if second is not None:
            intent = second.name
    first = _answer_intent(kg, question, q, intent, hits, intents)
    if first.status == "no_answer":
        runner = next((i for i in intents if i.name != intent), None)
        if runner and runner.score >= 2.0 and runner.score >= top.score - 1.0 and runner.name not in ("sources", "documents", "describe"):
            second = _answer_intent(kg, question, q, runner.name, hits, intents)
            if second.status == "answered":
                return second
    return first


def _suggest(intents: list[Intent]) -> list[str]:
    cat = catalogue()
    out = []
    for i in intents[:3]:
        sq = cat[i.name]
        ex = sq.examples[0] if sq.examples else sq.summary
        out.append(f"{i.name} (e.g. \"{ex}\")")
    return out


def _candidates(sq, hits: list[Hit]) -> list[tuple[str, Hit]]:
    """(param name, hit) pairs in the order to try them."""
    out = []
    for p in sq.params:
        if p.type != "entity":
            continue
        for h in hits:
            if not p.kinds or h.kind in p.kinds:
                out.append((p.name, h))
    return out


def _answer_intent(kg, question, q, intent, hits, intents) -> Answer:
    from .run import run_query
    cat = catalogue()
    sq = cat[intent]
    store = kg.store
    unknown = _unknown_names(q, hits)
    cands = _candidates(sq, hits)
    entity_params = [p for p in sq.params if p.type == "entity"]
    required = [p for p in entity_params if not p.optional]
    if required and not cands:
        what = unknown[0] if unknown else "the entity you named"
        return Answer(question, "no_answer", f"The documents say nothing about {what}.", intent=intent)
    if unknown and not cands and entity_params:
        # a name the graph has no entity for: look for it in the evidence of this kind of fact
        res = run_query(store, intent, {})
        name = unknown[0].lower()
        rows = [r for r in res.rows if name in _s(r, "quote").lower()]
        rows, _ = _narrow(intent, q, rows, hits)
        if not rows:
            return Answer(question, "no_answer", f"The documents say nothing about {unknown[0]}.", sparql=res.sparql, intent=intent)
        return _finish(question, q, intent, rows, res.sparql)

    runs: list[tuple[dict, str, list[dict]]] = []
    if intent == "costs-by-segment":
        # a named segment or item narrows more than the company does
        segs = [h for h in hits if h.kind == "Segment"]
        items = [h for h in hits if h.kind in ("CostItem",)]
        comps = [h for h in hits if h.kind == "Company"]
        plans = []
        if items and comps:
            plans += [{"company": ox.NamedNode(h.iri)} for h in comps]
        if items:
            plans += [{"item": ox.NamedNode(h.iri)} for h in items]
        elif segs and re.search(r"\b(?:include|includes|hold|holds|house|houses|contain|contains|inside|in\s+it|within)\b", q.lower()) and not re.search(r"\bwhich\s+segment\b", q.lower()):
            plans += [{"segment": ox.NamedNode(h.iri)} for h in segs]
        plans += [{"company": ox.NamedNode(h.iri)} for h in comps]
        plans.append({})
        for params in plans:
            res = run_query(store, intent, params)
            rows = res.rows
            if rows and params == {} and (comps or segs):
                continue
            if rows:
                runs.append((params, res.sparql, rows))
                break
    else:
        tried = set()
        groups: list[list[tuple[str, Hit]]] = []
        if intent in ("market-shares", "people", "figures", "competitors") and len([c for c in cands if c[0] == cands[0][0]]) > 1:
            groups = [[c] for c in cands]  # union over the named entities
        else:
            groups = [[c] for c in cands]
        if not entity_params or not cands:
            groups = [[]]
        if intent == "market-shares" and re.search(r"\bwho\b|\bwhich\s+(?:companies|firms|providers|players|rivals)\b|\btrail|\bbehind\b|\bahead\b|\blead|\brank", q.lower()):
            groups = [[]]  # the whole market, not one holder
        for g in groups:
            params = {name: ox.NamedNode(h.iri) for name, h in g}
            key = tuple(sorted((k, v.value) for k, v in params.items()))
            if key in tried:
                continue
            tried.add(key)
            res = run_query(store, intent, params)
            if res.rows:
                runs.append((params, res.sparql, res.rows))
                if intent not in ("market-shares", "people", "competitors") or len(cands) <= 1:
                    if intent not in ("figures",):
                        break
    rows = [r for _, _, rs in runs for r in rs]
    sparql = runs[0][1] if runs else run_query_text(store, intent, cands)
    scope = ""
    comp_hit = next((h for _, h in cands), None)
    if comp_hit:
        scope = f" for {comp_hit.label}"

    rows, why = _narrow(intent, q, rows, hits)
    if not rows:
        reason = why or sq.answer_none
        reason = reason.replace("{scope}", scope).replace("{entityName}", comp_hit.label if comp_hit else "it")
        roles = sorted({name for pat, name in ROLE_WORDS if re.search(pat, q.lower())})
        mm = next((re.search(pat, q.lower()) for pat, _ in MEASURES if re.search(pat, q.lower())), None)
        if intent == "people" and roles and comp_hit and not why:
            reason = f"The documents name no {' or '.join(roles)} of {comp_hit.label}."
        reason = reason.replace("{roleWanted}", " or ".join(roles) or "such person")
        reason = reason.replace("{measureWanted}", mm.group(0) if mm else "such figure")
        return Answer(question, "no_answer", reason, sparql=sparql, intent=intent)

    return _finish(question, q, intent, rows, sparql)


def _finish(question, q, intent, rows, sparql) -> Answer:
    # provenance questions answer with the documents
    if PROVENANCE.search(q) and intent not in ("sources", "documents"):
        docs = sorted({_s(r, "doc") for r in rows if "doc" in r})
        lines = _lines(intent, rows)
        text = f"Reported by {len(docs)} document(s): {', '.join(docs)}. " + (lines[0] if lines else "")
    else:
        lines = _lines(intent, rows)
        text = "; ".join(lines)
    if len(text) > 1100:
        text = text[:1090].rsplit(";", 1)[0] + "; …"
    sources, seen = [], set()
    for r in rows:
        if "doc" in r and "quote" in r:
            k = (_s(r, "doc"), _s(r, "quote"))
            if k not in seen:
                seen.add(k)
                sources.append({"document": k[0], "quote": k[1]})
    jrows, seen_rows = [], set()
    for r in rows:
        jr = json_row(r)
        key = repr(sorted(jr.items()))
        if key not in seen_rows:
            seen_rows.add(key)
            jrows.append(jr)
    return Answer(question, "answered", text, rows=jrows[:MAX_ROWS], sparql=sparql,
                  sources=sources[:20], intent=intent)


def run_query_text(store, intent, cands) -> str:
    from .run import prepare
    try:
        return prepare(store, intent, {})[0]
    except AikgError:
        return ""

