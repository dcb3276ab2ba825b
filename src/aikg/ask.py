"""Plain-English questions -> (saved query, bound parameters) -> an answer with its evidence.

1. link the entities the question names (linking: labels and aliases, fuzzy for typos);
2. read the question (question.read): its form, the type of answer it wants, its measures;
3. score every saved query (intents: answer type, similarity to its examples, its keywords);
4. bind each linked entity to the parameter its type fits (slots), run, relax if nothing comes;
5. narrow the rows to what was asked (narrowing) and check they are of the type asked for
   (answer_check); the rows of the best saved query, of the next ones giving that type, of the
   query of the relation asked and the claims (claims_fallback) are each a candidate, ranked by
   one scoring against the question frame (question_frame, candidates); none scoring enough:
   `no_answer` — never a confident answer to another question;
6. write the answer from the rows (answer_text); quote the sentences they came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from .answer_text import _change_text, _lines, _s, json_row, render_row  # noqa: F401 (_change_text: API of tests)
from . import deal_lane, earlier_guidance, measure_lane, slots, subsidiary_lane
from .document_info import bundled_documents, document_dates, own_documents_first
from .errors import AikgError
from .answer_check import MONEY_UNIT, carries_narrowing, fits, mentions
from .intents import ANSWERS, PREDICATE_QUERIES, Intent, score_intents
from .typos import correct as correct_typos
from .shorthand import expand as expand_shorthand
from .ticker_asked import named_tickers
from .period_dates import asked_bound, bound_rows
from .event_dates import with_event
from .linking import Hit, coordinated_possessives, label_index, norm, possessive_owners, possessive_units
from .narrowing import _narrow, named_for_figure
from .queries import catalogue, without_comments
from .period_fit import undated
from .year_pattern import years_said
from .question import question_periods
from .question import DESIGNATOR, METHOD_ASKED, PAID, says_designators, PROVENANCE, method_asked, ROLE_WORDS, as_regards, deal_objects, excluded_party, measures_named, source_parties, question_parts, read, without_names
from .question_frame import RELATIONS, frame
from .candidates import Candidate, best, bound
from .pattern_cache import plain
from .names_asked import CALENDAR_OWNER, GENERIC_CAPS, MEASURE_NAME, unknown_names
from .attribution import other_setter, view_setters
from .subject_asked import asked_subject, asks_across, row_named

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
    basis: str = "fact"             # "fact": typed facts of a saved query; "claim": a claim and its quote
    raw: list[dict] = field(default_factory=list, repr=False)   # the rows as terms (not in JSON)

    def to_json(self) -> dict:
        d = {"question": self.question, "status": self.status, "answer": self.answer,
             "rows": self.rows, "sparql": self.sparql, "sources": self.sources}
        if self.status == "answered":
            d["basis"] = self.basis
        if self.intent:
            d["intent"] = self.intent
        if self.suggestions:
            d["suggestions"] = self.suggestions
        return d



# ------------------------------------------------------------------ the main entry



# the columns of a row that name what it is of (besides its labels)
NAMING_COLUMNS = ("measure", "market", "rankMarket", "description", "item", "target")


OWNS_AFTER = plain(r"['’](?:s\b|(?=\s))")
OWNED_BEFORE = plain(r"\b(?:of|at)\s+(?:the\s+)?$", re.I)


from .question import LEGAL_TAIL


def _longer_names(question: str, hits: list[Hit], generic=None) -> list[tuple[str, set[str]]]:
    """The names the question writes longer than the entity linked in them, with the words
    they add: "Telenor AI Factory's revenue" where only Telenor is linked is the revenue of a
    unit the graph may not know ("Factory"); class and legal words added ("Holdings", "AI",
    "Technologies": `generic`, by default linking.GENERIC_TAIL) are not a name's own."""
    from .linking import GENERIC_TAIL
    generic = GENERIC_TAIL if generic is None else generic
    out = []
    for m in re.finditer(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+)", question):
        if not (OWNS_AFTER.match(question, m.end()) or OWNED_BEFORE.search(question, 0, m.start())):
            continue   # a name the measure is of: "X Y's revenue", "the margin of X Y" (not "pay for X Y")
        toks = norm(m.group(1)).split()
        for h in hits:
            head = h.matched.split()
            if head and toks[:len(head)] == head and len(toks) > len(head):
                added = {t for t in toks[len(head):] if t not in generic
                         and (generic is not GENERIC_TAIL or t.upper() not in GENERIC_CAPS and t.capitalize() not in GENERIC_CAPS)}
                if added and not any(h2 is not h and set(h2.matched.split()) & added for h2 in hits):
                    out.append((" ".join(m.group(1).split()), added))
                break
    return out


def _longer_name_unstated(qm, q: str, hits: list[Hit], rows: list[dict]) -> str:
    """A value asked of a name longer than the entity linked in it that no row names in a
    label or its measure (its sentence naming it is not enough: "Telenor's revenue" quoted from
    an article on its unit): that name; else ''."""
    if qm.wants == "Person":
        return _unit_officer_unstated(q, hits, rows)
    if qm.wants not in ("amount", "change", "percent"):
        return ""
    for name, added in _longer_names(q, hits):
        if not any(added <= set(norm(str(t.value)).split()) for r in rows for k, t in r.items()
                   if (k.endswith("Label") or k in NAMING_COLUMNS) and t is not None and hasattr(t, "value")):
            return name
    return ""


def _unit_officer_unstated(q: str, hits: list[Hit], rows: list[dict]) -> str:
    """A person asked of a name longer than the entity linked in it ("the CEO of Acme Cloud"
    where only Acme is linked) that no row names, in a label or its sentence: the parent's or a
    sibling's officer is not the unit's (a unit word such as "Cloud" counts here: a
    company's CEO is not its cloud arm's); that name, else ''. Seen: probe19 03
    nhn_korean_daily_translation (the group's CEO quoted, its cloud unit's not named) and probe7
    Kingsoft Cloud (the cloud company's own chief executive, not its controlling shareholder's)."""
    names = [name for name, _ in _longer_names(q, hits, generic=LEGAL_TAIL)]
    for h in hits:   # a unit name linked to its company by its generic tail ("Acme Cloud" -> Acme)
        said, own = norm(h.matched).split(), norm(h.label).split()
        if own and said[:len(own)] == own and set(said[len(own):]) - LEGAL_TAIL:
            written = re.search(r"\b" + r"\W+".join(map(re.escape, said)) + r"\b", q, re.I)
            names.append(written.group(0) if written else h.matched)
    from .text_answer import title_orgs
    for name in names:
        said = norm(name)
        if any(said in norm(str(t.value)) for r in rows for k, t in r.items()
               if (k.endswith("Label") or k == "quote") and t is not None and hasattr(t, "value")):
            continue
        # the title tied in its sentence to the shorter name ("Acme CEO X said"): the parent's
        # (a sentence tying it to no organisation may be the company's own full name's)
        linked = {norm(h.label) for h in hits} | {norm(h.matched) for h in hits} - {said}
        if rows and all(any(norm(o) in linked for o in title_orgs(_s(r, "quote"))) for r in rows):
            return name
    return ""


def answer(kg, question: str, timeout: float | None = None) -> Answer:
    """Answer a plain-English question from the graph (status answered / no_answer / not_understood);
    each query it runs is limited to `timeout` seconds (None: no limit)."""
    asked = question
    question = UNAPOSTROPHISED["pattern"].sub(lambda m: m.group(1) + "'s", str(question))
    idx = label_index(kg.store)
    question = expand_shorthand(question, idx.knows_word)   # "rev", "opex", "yoy" (shorthand.py)
    question = named_tickers(kg.store, question, idx, GENERIC_CAPS)   # "MWND opex 9M?" (ticker_asked.py)
    a = _answer_read(kg, question, timeout)
    if a.status == "not_understood" and TERSE["pattern"].match(question) and any(
            h.kind in ("Company", "Organization", "Segment", "Person", "Product") for h in idx.find_in(question)):
        # a fragment typed without a question word ("marrowind cfo", "wirrabara receipts YTD?"):
        # read as the question it stands for (TERSE)
        roles = any(re.search(pat, question.lower()) for pat, _ in ROLE_WORDS)
        b = _answer_read(kg, ("Who is the " if roles else "What was ") + question.strip().rstrip("?") + "?", timeout)
        a = b if b.status == "answered" else a   # (loose words stay not understood: "Brenhold purple elephants")
    a.question = asked
    return a


# A question typed as a fragment, with no question word or auxiliary ("marrowind cfo", "wirrabara
# receipts YTD?", "tallowood top line 2025?"), that no saved query was matched to: it asks the
# value (or, naming a role, the person) of what it names, as "What was …?" / "Who is the …?";
# only an answer of that reading replaces "not understood".
# Seen: kindcheck27/ask and kindcheck28/ask (every question typed so by hurried analysts), probe21
# p21-07-q02 ("zoho net profit fy25?"), probe27 p27-01-q02 ("DGW profit after tax in Q3 2026?").
TERSE = {
    "name": "terse-fragment",
    "pattern": plain(r"^\s*(?!(?:what|what's|whats|who|who's|whom|whose|which|how|when|where|why|is|are|was|were|did|does|do|has|have|had|"
                     r"can|could|will|would|should|list|show|name|give|tell|describe|compare|find|explain)\b)", re.I),
    "examples": ("marrowind cfo", "wirrabara receipts YTD?"),
}


# A question word typed with "is" and no apostrophe ("whats X's share", "whos the CEO of X"): the
# question word and "is", not a word of what is asked. Seen: probe22 p22-03-q07 ("Whats Retelit's
# share …"), probe20 p20-02 ("whos the group ceo of mastek?").
UNAPOSTROPHISED = {
    "name": "unapostrophised-question-word",
    "pattern": plain(r"\b((?:[Ww]hat|[Ww]ho|[Ww]here|[Hh]ow|[Ww]hen))s\b"),
    "examples": ("Whats Pellam's market share?", "whos the chair of Orlo?"),
}


def _answer_read(kg, question: str, timeout: float | None) -> Answer:
    if method_asked(" ".join(str(question).split()).lower()):
        return _method(kg, question, timeout)
    if deal_lane.asked(question) and (d := _deal_lane(kg, question, timeout)) is not None:
        d.sparql = without_comments(d.sparql) if d.sparql else ""
        return d   # a deal's term asked and stored (deal_lane.py, issue34k)
    if subsidiary_lane.asked(question) and (d := _subsidiary_lane(kg, question, timeout)) is not None:
        return d   # a subsidiary asked and a sentence introducing it (subsidiary_lane.py)
    a = _answer(kg, question, timeout)
    if a.status != "answered":
        # a unit read across a possessive answered nothing: the owner, the word after it
        # qualifying the measure ("Kingdee's cloud subscription ARR")
        a = _answer(kg, question, timeout, owners=True) or a
    parts = question_parts(" ".join(str(question).split()))
    if a.status != "answered" and parts is not None:
        a = _answer_parts(kg, question, parts, timeout) or a
    elif parts is not None and (p := _relation_part(kg, question, a, parts, timeout)) is not None:
        a = p
    if a.status != "answered" and ASKED.search(question):
        a = _from_text(kg, question, timeout) or a
    if a.status != "answered":
        a = _gap_stated(kg, question, timeout) or a
    if a.status != "answered" or a.basis in ("claim", "text"):
        # a disclosure gap of the very thing asked beats a claim or a sentence of other figures
        a = _gap_asked(kg, question, timeout) or a
    if a.status == "answered" and a.basis in ("fact", "claim") and ASKED.search(question):
        a = _fact_or_sentence(kg, question, a, timeout)
    if a.status != "answered" or a.basis in ("text", "claim") or a.intent in measure_lane.MEASURE_LANE["listings"]:
        a = _measure_lane(kg, question, a, timeout) or a
    if a.status == "no_answer":
        a.answer = _not_stated(kg, a.answer, timeout)
    a.sparql = without_comments(a.sparql) if a.sparql else ""
    return a


def _method(kg, question: str, timeout: float | None) -> Answer:
    """A question asking how something is paid for (question.METHOD_ASKED): the answer, the fact's
    or the text's, whose sentence says how (the financing verb beside a means of paying); a price
    or an amount alone does not answer it (no_answer)."""
    said = METHOD_ASKED["said"]
    a = _answer(kg, question, timeout)
    if a is not None and a.status == "answered" and any(said.search(str(src.get("quote", ""))) for src in a.sources):
        a.sparql = without_comments(a.sparql) if a.sparql else ""
        return a
    t = _from_text(kg, question, timeout)
    if t is not None and any(said.search(str(src.get("quote", ""))) for src in t.sources):
        return t
    return Answer(question, "no_answer", "Not stated: the documents do not say how it is paid for.",
                  intent=a.intent if a is not None else "")


NOTHING_ABOUT = re.compile(r"^The documents say nothing about (.+)\.$")


def says_nothing_about(name: str) -> str:
    """The answer when the documents never name what the question asks about (NOTHING_ABOUT reads it back)."""
    return f"The documents say nothing about {name}."


# whether a stored sentence names a string (case-insensitive; ASK stops at the first)
NAMED_IN_TEXT = """PREFIX kg: <https://aikg.dev/ns#>
ASK { ?e kg:quote ?q FILTER(CONTAINS(LCASE(STR(?q)), %s)) }"""


def _not_stated(kg, text: str, timeout: float | None) -> str:
    """A no answer that says the documents name nothing of a name they do name (a company that is
    not a node: its sentences are stored) says instead that what is asked is not stated."""
    m = NOTHING_ABOUT.match(text)
    if m is None:
        return text
    name = m.group(1)
    named = _named_in_text(kg, name, timeout)
    if named is None:   # a timeout or a remote store refusing: keep the plain answer
        return text
    return f"Not stated: the documents name {name}, but none of their sentences states what is asked." if named else text


def _named_in_text(kg, name: str, timeout: float | None) -> bool | None:
    """Whether a stored sentence names `name` (case-insensitive); None when the store could not say."""
    from .run import run_query
    from .text_answer import _literal, named_in_text
    if (seen := named_in_text(kg.store, name)) is not None:
        return bool(seen)
    try:
        return bool(run_query(kg.store, NAMED_IN_TEXT % _literal(name.lower()), {}, timeout=timeout).boolean)
    except AikgError:
        return None


def _gap_asked(kg, question: str, timeout: float | None) -> Answer | None:
    """A disclosure gap of the company asked whose object is what the question asks
    (gap_asked.gap_covers: "an orders forecast" for "what orders forecast has X given"): not
    disclosed (status no_answer, with the gap's sentence); None when there is none."""
    from .run import run_query
    from .gap_asked import gap_covers
    q = " ".join(str(question).split())
    idx = label_index(kg.store)
    hits = [h for h in idx.find_in(q) if h.kind in ("Company", "Segment")]
    names = tuple(n for h in hits for n in (h.label, h.matched))
    for h in hits:
        try:
            rows = run_query(kg.store, "disclosure-gaps", {"company": ox.NamedNode(h.iri)}, timeout=timeout).rows
        except AikgError:
            return None
        for r in rows:
            if _s(r, "missing") and gap_covers(q, _s(r, "missing"), names):
                doc = _s(r, "doc").rsplit("/", 1)[-1]
                return Answer(question, "no_answer", f"Not disclosed: the documents say \"{_s(r, 'quote')}\" [{doc}]",
                              sources=[{"document": doc, "quote": _s(r, "quote")}], intent="disclosure-gaps", basis="fact")
    return None


def _gap_stated(kg, question: str, timeout: float | None) -> Answer | None:
    """A measure narrowed to a source or a thing (question.NARROWED_MEASURE) that no figure
    answers, and a disclosure gap of the company asked that names it ("X does not break out
    revenue from its AI answers"): not disclosed (status no_answer, with the gap's sentence)."""
    from .run import run_query
    q = " ".join(str(question).split())
    idx = label_index(kg.store)
    hits = [h for h in idx.find_in(q) if h.kind in ("Company", "Segment")]
    qm = read(q, hits)
    if not qm.narrowed or not hits:
        return None
    for h in hits:
        rows = run_query(kg.store, "disclosure-gaps", {"company": ox.NamedNode(h.iri)}, timeout=timeout).rows
        named = [r for r in rows if carries_narrowing([{k: r[k] for k in ("missing", "quote") if r.get(k) is not None}], qm.narrowed)]
        if named:
            r = named[0]
            doc = _s(r, "doc").rsplit("/", 1)[-1]
            return Answer(question, "no_answer", f"Not disclosed: the documents say \"{_s(r, 'quote')}\" [{doc}]",
                          sources=[{"document": doc, "quote": _s(r, "quote")}], intent="disclosure-gaps", basis="fact")
    return None




def _fact_or_sentence(kg, question: str, a: Answer, timeout: float | None) -> Answer:
    """A fact or claim answer that does not give what the question asks (answer_gap.gap: a
    part, the amount, the period, the company or the earlier value asked) against the best
    quoted sentence: the sentence answers when it gives what the answer lacks
    (answer_gap.sentence_better), its basis "text" and the answer saying what the graph lacked."""
    from . import answer_gap
    got = _text_reading(kg, question, timeout, a)
    if got is None:
        return a
    t, reason = got
    t.answer = f"The graph's {'facts do' if a.basis == 'fact' else 'claims do'} not give {answer_gap.note(reason)}; " \
        + t.answer.replace("No fact in the graph states it; ", "")
    return t


def _from_text(kg, question: str, timeout: float | None) -> Answer | None:
    """No fact and no claim answers: the quoted sentence of the documents that names the entity
    asked about and holds the question's content (text_answer), as basis "text"."""
    got = _text_reading(kg, question, timeout)
    return got[0] if got is not None else None


def _text_reading(kg, question: str, timeout: float | None, fact: Answer | None = None) -> tuple[Answer, str] | None:
    """The text answer (and, against a `fact` answer, the gap it fills: answer_gap), or None; with
    a `fact`, None also when the fact gives what is asked or the sentence does not give more."""
    from .text_answer import _content, _with_heads, from_text
    q = " ".join(str(question).split())
    idx = label_index(kg.store)
    # (a cost item in common words, "data centre", is the question's content, not a name a sentence must
    # say as written: "the AI-ready data-centre campus", probe22 p22-03-q05, issue47s)
    hits = [h for h in idx.find_in(q) if h.kind not in ("Country", "Place") and not (h.kind == "CostItem" and h.label == h.label.lower())]
    # a company is also said by its head word ("Khazna" for "Khazna Data Centers": text_answer._with_heads)
    groups = [_with_heads([h.matched, h.label]) if h.kind in ("Company", "Organization") else [h.matched, h.label] for h in hits] \
        + [_as_written(q, n) for n in unknown_names(q, hits)]
    # the organisations and units asked about (and names the graph does not know, not measures'):
    # a document about one of them holds its sentences that name no other (text_answer.from_text)
    qm = read(q, hits)
    wants = qm.wants
    # a figure of a unit the graph has no entity for is stated by a sentence naming the unit: a
    # document that names it does not make its company-wide figure the unit's ("operating income
    # of X's Y segment"); a unit the graph knows keeps its documents ("it ran 11 data centres")
    figure = wants in ("amount", "change", "percent")
    firms = tuple(i for i, h in enumerate(hits) if h.kind in ("Company", "Organization", "Segment")) + tuple(
        len(hits) + i for i, n in enumerate(unknown_names(q, hits)) if not MEASURE_NAME.search(n)
        and not (figure and _called_unit(q, n)))
    reason = ""
    if fact is not None:
        from . import answer_gap
        names = [n.lower() for g in groups for n in g]
        reason = answer_gap.gap(q, fact, wants, names, _content(q, names), frozenset(h.iri for h in hits))
        if not reason:
            return None   # the fact gives what is asked: it answers
    got = from_text(kg.store, q, groups, timeout, wants=wants, firms=firms, index=idx)
    if got is None:
        return None
    quote, doc, covered, content, cell = got
    if qm.narrowed and wants in ("amount", "change", "") and not carries_narrowing([{"quote": ox.Literal(quote)}], qm.narrowed, qm.narrowed_named, qm.growth):
        return None   # the sentence does not name the source or cost line asked ("revenue from X")
    if fact is not None and not answer_gap.sentence_better(q, fact, reason, quote, covered, content):
        return None
    doc_id = doc.rsplit("/", 1)[-1]
    said = f"the documents give {cell} (the table row \"{quote}\")" if cell else f"the documents say: \"{quote}\""   # (column_cell)
    return Answer(question, "answered", f"No fact in the graph states it; {said} [{doc_id}]",
                  rows=[{"quote": quote, "document": doc_id}], sources=[{"document": doc_id, "quote": quote}],
                  intent="text", basis="text"), reason


def _as_written(q: str, name: str) -> list[str]:
    """A name the graph does not know, and the name as the question writes it when class words
    (GENERIC_CAPS) follow it ("Sarvam AI" for "Sarvam"): its words are the name's, not content."""
    m = re.search(re.escape(name) + r"((?:\s+[A-Z][\w&.-]*)+)", q)
    if m and all(w in GENERIC_CAPS for w in m.group(1).split()):
        return [name, name + m.group(1)]
    return [name]


def _called_unit(q: str, name: str) -> bool:
    """Whether the question calls `name` a unit ("X's Electronics segment", UNIT_NAMED_AS)."""
    after = q[q.find(name) + len(name):].split() if name in q else []
    return bool(after) and after[0].lower().strip("?.,;:") in UNIT_NAMED_AS["unit_words"]


# A two-part question one of whose parts asks a relation ("What service did X launch and how
# many companies have adopted it?": a launch, then a count) answered as a whole by a fact of
# another kind (the count alone) is answered part by part, when each part is answered and one of
# them by the relation's own facts: the kind of fact asked first, not the figure that scored best.
# Seen: probe26 p26-02-q09 (02_jbcc_integrated_report: a launch and its adopters); the same
# shape in probe15 p15-02-q08 (a partner and the amount invested), probe17 p17-02-q06 (a launch
# and the models it runs on) and probe16 p16-03-q07 (the systems used and a model launched).
RELATION_PART = {
    "name": "relation-part-answered",
    "examples": ("What model did Keel release and how many developers use it?",
                 "Which firm did Norvik partner with and how much did the deal cost?"),
}


def _relation_part(kg, question: str, a: Answer, parts: tuple[str, str], timeout: float | None) -> Answer | None:
    """The answer part by part (RELATION_PART) when the whole question asks a relation its answer
    `a` does not state and a part's answer does; else None."""
    from .question_frame import RELATION_BY_NAME, RELATION_OF_QUERY
    if a.status != "answered" or a.basis != "fact":
        return None
    q, hits, _ = _read_hits(kg, " ".join(str(question).split()))
    fr = frame(read(q, hits))
    rel = RELATION_BY_NAME.get(fr.relation)
    if rel is None or RELATION_OF_QUERY.get(a.intent) == fr.relation or any(rel.stated(r, False) for r in a.raw):
        return None
    got = _answer_parts(kg, question, parts, timeout)
    if got is None or got.intent.count("+") != 1 or fr.relation not in {RELATION_OF_QUERY.get(i) for i in got.intent.split("+")}:
        return None   # (both parts answered, one by the relation's own facts)
    return got


def _answer_parts(kg, question: str, parts: tuple[str, str], timeout: float | None) -> Answer | None:
    """A two-part question the whole reading could not answer ("how much did X pay for Y, and
    when did that deal close?"): each part answered on its own, the second with the names of
    the first when it names none ("that deal"); joined, a part not stated said so. None when
    neither part is answered."""
    first, second = parts
    idx = label_index(kg.store)
    named = [h.label for h in idx.find_in(first)]
    if named and not idx.find_in(second):
        second = second.rstrip("?.! ") + f" ({', '.join(dict.fromkeys(named))})?"
    got = [_answer(kg, p, timeout) for p in (first, second)]
    done = [a for a in got if a.status == "answered"]
    if not done:
        return None
    text = " — ".join(a.answer for a in done)
    for p, a in zip(parts, got):
        if a.status != "answered":
            text += f" — Not stated in the documents: {p.rstrip('?')}."
    rows = [r for a in done for r in a.rows][:MAX_ROWS]
    sources = [s for a in done for s in a.sources]
    sources = [s for i, s in enumerate(sources) if s not in sources[:i]][:20]
    return Answer(question, "answered", text, rows=rows, sparql="\n".join(a.sparql for a in done if a.sparql),
                  sources=sources, intent="+".join(a.intent for a in done),
                  basis="claim" if any(a.basis == "claim" for a in done) else "fact", raw=[r for a in done for r in a.raw])


def _answer(kg, question: str, timeout: float | None, owners: bool = False) -> Answer | None:
    """The answer to `question`; with `owners`, read with a unit named across a possessive
    replaced by its owner (linking.possessive_owners): None when no unit was, or when that
    reading is not answered either."""
    q = " ".join(str(question).split())
    if not q or not re.search(r"[A-Za-z]{2,}", q):
        return Answer(question, "not_understood", "That is not a question I can read; ask in words, e.g. 'Which costs sit in which segment?'")
    if len(q) > 1000:
        return Answer(question, "not_understood", "The question is too long (over 1000 characters); ask one thing at a time.")
    q, hits, idx = _read_hits(kg, q)
    if owners:
        read_owner = possessive_owners(q, hits, idx)
        if read_owner == hits:
            return None
        hits = read_owner
        a = _answer_hits(kg, question, q, hits, timeout)
        return a if a.status == "answered" else None
    return _answer_hits(kg, question, q, hits, timeout)


def _read_hits(kg, q: str):
    """The question with its typos corrected, the entities it names and the label index."""
    idx = label_index(kg.store)
    q = correct_typos(as_regards(q), idx.knows_word)
    hits = _rankers(q, _calendar_owners(q, _named_as_unit(q, _not_measure_words(q, coordinated_possessives(q, possessive_units(q, idx.find_in(q), idx), idx)), idx)))
    return q, _others_units(kg, hits), idx


# A unit is asked of the company the question names: a segment linked in a question that names
# a company, when the graph places that segment only under other companies (org:unitOf) and its
# name is one word, is a word of the question, not the unit asked ("DigiCo's net asset value per security" is no figure
# of another company's Security segment; "Acme's cloud revenue" no figure of a rival's Cloud
# unit). Seen: probe26 p26-07-q10 (07_digico_reit_supplement: "per security" linked to
# 02_jbcc's Security segment; a structural rule of the graph, not a phrasing).
OTHERS_UNIT = {
    "name": "unit-of-another-company",
    "examples": ("What is Keel's net asset value per security?", "How much did Norvik earn from cloud in 2025?"),
}
# The same holds for a cost item named in common words: the graph places "data centre" in a unit of
# another company (kg:inSegment), so the words are the question's own, not that item (issue47s: with
# the contents of a unit read in common nouns, "Consumer: snack foods, dairy and bottled water",
# probe32 p32-02-q06 "cbrain data centre capex plan?" linked another article's item "data centre").
UNITS_OF = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://aikg.dev/ns#>
SELECT DISTINCT ?u ?c WHERE { GRAPH <urn:aikg:facts> { VALUES ?u { %s } { ?u org:unitOf+ ?c } UNION { ?u kg:inSegment/org:unitOf+ ?c } } }"""


def _others_units(kg, hits: list[Hit]) -> list[Hit]:
    """`hits` less a segment, or a cost item in common words, the graph places only under companies
    the question does not name, when it names one (OTHERS_UNIT)."""
    # (a unit's own name of several words, "Meta Superintelligence Labs" beside "Scale AI", is asked
    # as written: dev d02-q10; a one-word unit name is a common word of the question as well)
    segs = [h for h in hits if h.kind == "Segment" and len(h.label.split()) == 1
            or h.kind == "CostItem" and h.label == h.label.lower()]
    firms = {h.iri for h in hits if h.kind in ("Company", "Organization")}
    if not segs or not firms:
        return hits
    from .run import run_query
    try:
        rows = run_query(kg.store, UNITS_OF % " ".join(f"<{h.iri}>" for h in segs), {}).rows
    except AikgError:
        return hits
    owners: dict[str, set[str]] = {}
    for r in rows:
        if r.get("u") is not None and r.get("c") is not None:
            owners.setdefault(r["u"].value, set()).add(r["c"].value)
    return [h for h in hits if not (h in segs and owners.get(h.iri) and not owners[h.iri] & firms)]


ROW_WORDS = ("measure", "valueText", "subjectLabel", "periodLabel", "quote", "unit")
COORDINATED = plain(r"\b(?:and|as\s+well\s+as)\b")


def _deal_lane(kg, question: str, timeout: float | None) -> Answer | None:
    """The deal terms asked (deal_lane.asked) of the companies the question names, from the saved
    query `deals`; None when the graph holds none of them."""
    from .run import run_query
    q = " ".join(str(question).split())
    if not q or len(q) > 1000:
        return None
    q, hits, _ = _read_hits(kg, q)
    others = deal_lane.other_names(unknown_names(q, hits))
    orgs = [h for h in hits if h.kind in ("Company", "Organization", "Segment", "Project")]   # (a project: an agreement's site)
    if orgs:   # the terms of a deal every company named is a party to (buyer, target or seller)
        results = [run_query(kg.store, "deals", {"company": ox.NamedNode(h.iri)}, timeout=timeout, limit=ASK_PAGE) for h in orgs]
        shared = set.intersection(*({str(r["claim"]) for r in res.rows if r.get("claim") is not None} for res in results))
        rows = deal_lane.pick(q, [r for r in results[0].rows if r.get("claim") is not None and str(r["claim"]) in shared])
        # (a product the question names, "the premises at Ubi Avenue 4": an agreement's sentences must name it too)
        named = [h.matched for h in hits if h.kind == "Product"] if any(_s(r, "kind") for r in rows) else []
        if rows and not deal_lane.unnamed_party(others + named, rows, results[0].rows):
            return _finish(question, q, "deals", rows, results[0].sparql, kg.store)
    if not hits:   # no name: "the deal" when the graph's terms asked are of one deal only (an agreement's: of the names said)
        res = run_query(kg.store, "deals", {}, timeout=timeout, limit=ASK_PAGE)
        rows = deal_lane.pick(q, res.rows)
        if others:
            rows = [r for r in rows if _s(r, "kind") and not deal_lane.unnamed_party(others, [r], res.rows)]
        if rows and len({_s(r, "targetLabel") for r in rows}) == 1:
            return _finish(question, q, "deals", rows, res.sparql, kg.store)
    return None


def _subsidiary_lane(kg, question: str, timeout: float | None) -> Answer | None:
    """The subsidiary asked (subsidiary_lane.asked) of the company the question names: the company a
    stored sentence introduces as a subsidiary in apposition, the sentence naming the company asked
    or its document being about it (text_answer.ABOUT_FROM of its sentences name it); None when
    no sentence does."""
    from .run import run_query
    from .question_frame import stems
    from .text_answer import ABOUT_FROM, _content, _says
    q = " ".join(str(question).split())
    q, hits, idx = _read_hits(kg, q)
    firm = next((h for h in hits if h.kind in ("Company", "Organization")), None)
    if firm is None:
        return None
    names = [n.lower() for n in (firm.matched, firm.label)]
    content = _content(subsidiary_lane.ASKED["pattern"].sub(" ", q), names + [h.matched.lower() for h in hits])
    sentences = [(" ".join(r["quote"].value.split()), r["doc"].value) for r in run_query(kg.store, subsidiary_lane.SENTENCES, {}, timeout=timeout).rows]
    about: dict[str, int] = {}
    for doc in {d for _, d in sentences}:
        got = run_query(kg.store, _NAMING_QUOTES % (doc, " || ".join(f'CONTAINS(LCASE(STR(?quote)), "{n}")' for n in names if '"' not in n)),
                        {}, timeout=timeout).rows
        about[doc] = int(got[0]["n"].value) if got else 0
    best = None
    for quote, doc in dict.fromkeys(sentences):
        low = quote.lower()
        if not (any(_says(low, n) for n in names) or about.get(doc, 0) >= ABOUT_FROM):
            continue
        named = [h for h in idx.find_in(quote) if h.kind in ("Company", "Organization") and h.iri != firm.iri
                 and subsidiary_lane.subsidiary_named(quote, h)]
        if not named:
            continue
        score = len(content & stems(quote))
        if best is None or score > best[0]:
            best = (score, named[0], quote, doc)
    if best is None:
        return None
    _, sub, quote, doc = best
    doc_id = doc.rsplit("/", 1)[-1]
    return Answer(question, "answered", f"{sub.label} is a subsidiary of {firm.label}; the documents say: \"{quote}\" [{doc_id}]",
                  rows=[{"subsidiary": sub.label, "company": firm.label, "quote": quote, "document": doc_id}],
                  sources=[{"document": doc_id, "quote": quote}], intent="text", basis="text")


# how many quoted sentences of one document name the company asked
_NAMING_QUOTES = """PREFIX kg: <https://aikg.dev/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (COUNT(?e) AS ?n) WHERE { ?e kg:quote ?quote ; prov:wasDerivedFrom <%s> FILTER(%s) }"""


def _measure_lane(kg, question: str, a: Answer, timeout: float | None) -> Answer | None:
    """A figure of a subject the question names, under a measure whose own words the question
    names (measure_lane): tried when the typed intents answered nothing, only a claim or a
    sentence, or a listing of another kind that names none of the question's words; None when
    no figure fits."""
    from .run import run_query
    from .period_fit import fiscal_year_of, in_period
    q = " ".join(str(question).split())
    if not q or len(q) > 1000:
        return None
    q, hits, _ = _read_hits(kg, q)
    subjects = [h for h in hits if h.kind in measure_lane.MEASURE_LANE["subject_kinds"]]
    if not subjects:
        return None
    words = measure_lane.asked_words(q, [h.matched for h in hits] + [h.label for h in hits])
    # the measures the question names in the typed vocabulary: the typed intents have read them
    typed = {st for w, stems, _ in measures_named(without_names(q.lower(), hits)) for x in [w, *stems] for st in measure_lane.measure_words(x)}
    typed |= {st for m in read(q, hits).measures for st in measure_lane.measure_words(m)}   # (and the count asked: "how many customers")
    if a.status == "answered" and a.basis not in ("text", "claim") and not measure_lane.listing_without_measure(a.intent, a.raw or [], words):
        return None   # a typed answer stands
    periods = question_periods(q)
    for h in subjects:
        res = run_query(kg.store, "figures", {"company": ox.NamedNode(h.iri)}, timeout=timeout, limit=None)
        got = res.rows
        if not measure_lane.best_rows(words, got):
            # the figure's subject a longer name holding the one asked ("Orlo KX2" for "KX2"): the
            # figures of those entities, found in the label index (bounded: no store-wide scan, which
            # on a feed of thousands of articles would hold every figure in memory)
            longer = [iri for iri, label in label_index(kg.store).pref.items()
                      if measure_lane.names_within(h.label, label)][:LONGER_NAMES]
            got = []
            for iri in longer:
                res = run_query(kg.store, "figures", {"company": ox.NamedNode(iri)}, timeout=timeout, limit=ASK_PAGE)
                got += [r for r in res.rows if measure_lane.names_within(h.label, _s(r, "subjectLabel"))]
        rows = measure_lane.best_rows(words, got, typed=typed)
        if rows and COORDINATED.search(q):   # "X's revenue and tower count": the typed measure too
            rows += measure_lane.also_asked(words, got, typed, rows)
        if periods:
            rows = [r for r in rows if in_period(r, periods)]
        if (years := measure_lane.fiscal_years(q)):
            rows = [r for r in rows if fiscal_year_of(r) in years]
        if (years := measure_lane.years(q)):   # (a figure of no period is not one of the year asked)
            rows = [r for r in rows if measure_lane.of_year(r, years)]
        if measure_lane.left_over(q, words, " ".join(_s(r, k) for r in rows for k in ROW_WORDS)):
            rows = []   # (the rows answer together: "in Phase 1 and at full build-out")
        rows = measure_lane.qualified_as_asked(words, rows)
        rows = [r for r in rows if says_designators(q, _s(r, "quote") + " " + _s(r, "valueText"))]
        if rows and a.status == "answered" and measure_lane.said_already([str(x.get("quote", "")) for x in a.sources], rows):
            return None   # the claim or the sentence answering states these figures already
        if rows:
            return _finish(question, q, "figures", rows, res.sparql, kg.store)
    return None


# A name the question calls a unit ("X's Formula Systems segment", "the Avride unit") is the
# segment of that name when the store has one, not a company of the same name (a listed
# subsidiary that is also a reporting segment). Seen: probe14 (a holding company's letter on its
# listed subsidiary's segment), probe6 (a cloud company's robotics unit).
UNIT_NAMED_AS = {
    "name": "named-as-unit",   # (after a possessive or "the": "which SoftBank segment" asks for one of SoftBank's, probe7 p07-q01)
    "unit_words": frozenset({"segment", "segments", "division", "divisions", "unit", "units"}),
    "examples": ("Which companies sit in Harbor's Keel Systems segment?", "What does Norvik's Aster unit make?"),
    "provenance": "probe14 p14-01-q05 (01_asseco_chairman_letter); probe6 p6-08 (p6_08_nebius)",
}




def _calendar_owners(q: str, hits: list[Hit]) -> list[Hit]:
    """`hits` less a company named only as the owner of the fiscal period after it
    (CALENDAR_OWNER), when an entity is named before it."""
    if len(hits) < 2:
        return hits
    ql = q.lower()
    out = []
    for i, h in enumerate(hits):
        if i > 0 and h.kind == "Company" and h.matched and any(
                CALENDAR_OWNER["pattern"].search(ql[m.end():]) and CALENDAR_OWNER["after"].search(ql[:m.start()])
                for m in re.finditer(r"\b" + r"\W+".join(map(re.escape, h.matched.split())) + r"\b", ql)):
            continue
        out.append(h)
    return out


# The subject of a verb of ranking or rating whose object is another entity named ("what did
# Omdia rank X first in", "did Forrester name X a leader", "where did TrendForce rank X") is
# the ranking's source, not what is asked about: that name is dropped from the entities asked.
# Seen: q13 fresh60 f29 and f30 (corpus 002, an analyst's review), probe13 p13-04-q08 (wiwynn).
RANKER = {
    "name": "ranker-as-subject",
    "provenance": "q13 fresh60 f29, f30 (corpus 002); probe13 p13-04-q08 (wiwynn_2024_five_takeaways)",
    "before": plain(r"\b(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?$"),
    "between": plain(r"^\s+(?:rank|ranks|ranked|name|names|named|rate|rates|rated|place|places|placed|list|lists|listed)\s+(?:the\s+)?$"),
    # "rank" and "rate" always rank; "name", "place", "list" only with a position after the object
    # ("name X a leader", "place X first"; not "did Meta name X a partner")
    "ranking_verb": plain(r"^\s+(?:rank|ranks|ranked|rate|rates|rated)\b"),
    "position": plain(r"^\s+(?:(?:a|an|the|as|its)\s+)?(?:leaders?|top|first|second|third|fourth|fifth|no\.\s*\d|number\s+\w+|best|highest|largest)\b"),
    "examples": ("What did Velloch Research rank Keel Cloud first in?", "Did Harbor Insight name Keel a leader?"),
}


def _spans(ql: str, h: Hit) -> list[tuple[int, int]]:
    """Where the name `h` matched stands in the question `ql` (lower case)."""
    if not h.matched:
        return []
    return [m.span() for m in re.finditer(r"\b" + r"\W+".join(map(re.escape, h.matched.split())) + r"\b", ql)]


def _rankers(q: str, hits: list[Hit]) -> list[Hit]:
    """`hits` less the source of a ranking named as the subject of its verb (RANKER)."""
    if len(hits) < 2:
        return hits
    ql = q.lower()
    drop = set()
    for a in hits:
        for b in hits:
            if a is b or a.iri == b.iri:
                continue
            if any(RANKER["before"].search(ql[:s]) and RANKER["between"].search(ql[e:s2])
                   and (RANKER["ranking_verb"].search(ql[e:s2]) or RANKER["position"].search(ql[e2:]))
                   for s, e in _spans(ql, a) for s2, e2 in _spans(ql, b) if s2 > e):
                drop.add(id(a))
    return [h for h in hits if id(h) not in drop] if len(drop) < len(hits) else hits


def _named_as_unit(q: str, hits: list[Hit], idx) -> list[Hit]:
    """`hits` with an entity the question names right before a unit word, after an owner's
    possessive or "the" ("X's Keel segment", "the Keel unit"; not "which Keel segment": a
    segment of Keel), replaced by the segment of the same name, when the store has one
    (UNIT_NAMED_AS)."""
    toks = norm(q).split()
    ql = q.lower()
    out = []
    for h in hits:
        if (h.kind != "Segment" and h.end < len(toks) and toks[h.end] in UNIT_NAMED_AS["unit_words"]
                and re.search(r"(?:['’]s|s['’]|\bthe)\s+" + r"\W+".join(map(re.escape, h.matched.split())) + r"\W+(?:segment|division|unit)s?\b", ql)):
            seg = idx._best(idx.by_norm.get(norm(h.matched), []), ("Segment",))
            if seg is not None:
                h = Hit(seg[0], seg[1], idx.pref.get(seg[0], seg[2]), h.matched, h.score, h.start, h.end)
        out.append(h)
    return out


def _answer_hits(kg, question: str, q: str, hits: list[Hit], timeout: float | None, attributed: bool = False) -> Answer:
    """The answer from the entities `hits`; with `attributed`, a firm the question names as the
    setter of the target asked (attribution.view_setters) is read as its source, not as what a
    fact must name: tried only when the plain reading answers nothing."""
    a = _answer_read_hits(kg, question, q, hits, timeout, attributed)
    if a.status != "answered" and not attributed and view_setters(q, unknown_names(q, hits)):
        b = _answer_hits(kg, question, q, hits, timeout, attributed=True)
        return b if b.status == "answered" else a
    return with_event(kg, question, q, hits, a, timeout)   # the date of a dated event asked (event_dates.py)


def _answer_read_hits(kg, question: str, q: str, hits: list[Hit], timeout: float | None, attributed: bool) -> Answer:
    qm = read(q, hits)
    intents = [i for i in score_intents(q, hits, qm) if i.name != deal_lane.INTENT]   # (asked through deal_lane only)
    top = intents[0]
    typed = PREDICATE_QUERIES.get(qm.predicate) if qm.predicate else None
    if top.score < 1.0 and typed not in catalogue():   # no saved query reads like it: the claims of the entities named may answer
        from .claims_fallback import from_claims
        fr = frame(qm)
        return (hits and from_claims(kg, replace(qm, wants=fr.wants), question, timeout, fr.relation)) or _nothing_about(question, hits, intents)
    if earlier_guidance.asked(q) and (got := _earlier_guidance(kg, question, q, hits, timeout)) is not None:
        return got
    intent = top.name
    if PROVENANCE.search(q) and intent == "sources":
        # "which documents report the 380 billion yuan investment?" -> the investment, with sources
        second = next((i for i in intents[1:] if i.score >= PROVENANCE_MIN and "Document" not in ANSWERS.get(i.name, ())), None)
        if second is not None:
            intent = second.name
    # every source that can answer gives a candidate; one scoring against the question frame
    # picks the answer (candidates.best), not the first source that returned rows
    fr = frame(qm)
    if (bound := asked_bound(q)) is not None and hits:
        a = _period_bound(kg, question, q, hits, bound, timeout)
        if a is not None:
            return a
    # a firm named as the setter of the target asked, that the documents name: an attribution
    setters = tuple(n for n in view_setters(q, unknown_names(q, hits)) if _named_in_text(kg, n, timeout)) if attributed else ()
    routes = [intent] + _fallbacks(qm, intents, intent) + _relation_queries(fr, qm, intent)
    cands, first = [], None
    for name in dict.fromkeys(([typed] if typed in catalogue() else []) + routes):
        if _settled(fr, cands, "fact", name, name in (intent, typed)):
            continue
        a = _answer_intent(kg, question, q, name, hits, timeout, qm.wants)
        if a.status == "answered":
            why = _misfit(qm, name, a.raw, q, hits, setters)
            if not why:
                if setters and not any(mentions(a.raw, n) for n in setters):
                    a.answer += f" (the documents name {', '.join(setters)}, but the graph does not record who set this figure)"
                cands.append(Candidate(a, "fact", name, first=name in (intent, typed)))
                continue
            a = Answer(question, "no_answer", why, sparql=a.sparql, intent=name, suggestions=_suggest(intents))
        if name in routes:
            first = first or a
    claim = None
    if not _settled(fr, cands, "claim", "claims"):
        from .claims_fallback import from_claims   # (imported only when the claims may answer)
        claim = from_claims(kg, replace(qm, wants=fr.wants), question, timeout, fr.relation)
    if claim is not None and qm.narrowed and qm.wants in ("amount", "change", "") and not carries_narrowing(claim.raw, qm.narrowed, qm.narrowed_named, qm.growth):
        claim = None   # a claim of the company's figures, not of the source or cost line asked ("revenue from X")
    if claim is not None and _longer_name_unstated(qm, q, hits, claim.raw):
        claim = None   # a claim of the company, not of the longer name asked ("Tietoevry Care's margin")
    if claim is not None and qm.wants in ("amount", "change", "percent") and any(
            all(mentions([r], h.label) and not named_for_figure(r, h.label, h.matched) for r in claim.raw)
            for h in hits if h.kind == "Segment"):
        claim = None   # the unit asked is named only as the cause of the company's figure (CAUSE_CLAUSE)
    if claim is not None:
        cands.append(Candidate(claim, "claim", "claims"))
    chosen = best(fr, cands)
    if chosen is not None:
        return chosen.answer
    if first is None:   # every source answered something else than what was asked
        about = f" about {fr.entity.label}" if fr.entity is not None else ""
        first = Answer(question, "no_answer", f"The documents state nothing{about} that answers this question.",
                       intent=intent, suggestions=_suggest(intents))
    return first


def _earlier_guidance(kg, question: str, q: str, hits, timeout) -> Answer | None:
    """An earlier guidance asked (earlier_guidance.EARLIER_GUIDANCE): the outlook figures of the
    company asked whose sentence states them as the earlier guidance, of the measure and the
    year asked; None when there are none (the other lanes answer)."""
    from .run import run_query
    from .period_fit import year_fits
    named = measures_named(without_names(q.lower(), hits), nested=False)
    years = years_said(q)
    for h in hits:
        if h.kind not in ("Company", "Segment"):
            continue
        res = run_query(kg.store, "figures", {"company": ox.NamedNode(h.iri)}, timeout=timeout)
        rows = earlier_guidance.earlier_rows(q, res.rows)
        if rows and earlier_guidance.both_asked(q):   # the current guidance asked too (earlier_guidance.BOTH_ASKED)
            rows = earlier_guidance.current_rows(res.rows, rows) + rows
        rows = [r for r in rows if not named or any(st in _s(r, "measure").lower() for _, stems, _ in named for st in stems)]
        rows = [r for r in rows if not years or any(year_fits(r, y) for y in years)]
        if rows:
            return _finish(question, q, "figures", rows, res.sparql, kg.store)
    return None


def _period_bound(kg, question: str, q: str, hits, bound: tuple[str, str], timeout) -> Answer | None:
    """"When did X's second quarter of fiscal 2025 end?": the date X's figures of that period
    are dated to (period_dates), with their quotes; None when no figure of it is dated."""
    from .run import run_query
    label, which = bound
    for h in hits:
        if h.kind not in ("Company", "Segment"):
            continue
        res = run_query(kg.store, "figures", {"company": ox.NamedNode(h.iri)}, timeout=timeout)
        date, rows = bound_rows(res.rows, label, which)
        if date:
            verb = "ended" if which == "end" else "began"
            sources = [{"document": _s(r, "doc"), "quote": _s(r, "quote")} for r in rows[:3]]
            return Answer(question, "answered", f"{h.label}'s {label} {verb} on {_date_words(date)} ({date}).",
                          rows=[{"period": label, which: date, "company": h.label} for _ in rows[:1]],
                          sparql=res.sparql, sources=sources, intent="figures", basis="fact")
    return None


def _date_words(iso: str) -> str:
    from datetime import date
    d = date.fromisoformat(iso[:10])
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _settled(fr, cands: list, basis: str, source: str, first: bool = False) -> bool:
    """Whether the best candidate so far scores above any `source` could (candidates.bound):
    then it is not run."""
    now = best(fr, cands)
    return now is not None and now.total > bound(fr, basis, source, first)


def _relation_queries(fr, qm, chosen: str) -> list[str]:
    """The saved queries stating the relation the question asks about ("working with": the
    partnerships), or any relation when it asks for a company and names none, when they give
    the type of answer it wants."""
    if not fr.relation and qm.wants != "Company":
        return []
    # a company asked with no relation named ("which operator is rolling out X's platform"):
    # every relation between companies may hold it
    names = [n for r in RELATIONS if r.name == fr.relation or not fr.relation for n in r.queries]
    return [n for n in names if n != chosen and n in catalogue()
            and (qm.wants in ("", "Document") or qm.wants in ANSWERS.get(n, ()))]


def _not_measure_words(q: str, hits: list[Hit]) -> list[Hit]:
    """The hits less a one-word name that is a word of a measure of two or more words the
    question names ("Enterprise" in "what enterprise value is IBM paying"); a cost item stays
    (what is spent on)."""
    phrases = [w.split() for w, _, _ in measures_named(q.lower()) if len(w.split()) > 1]
    return [h for h in hits if h.kind == "CostItem" or len(h.matched.split()) > 1
            or not any(h.matched in p for p in phrases)]


def _finish_claim(question: str, rows: list[dict], sparql: str) -> Answer:
    """An answer from claim rows: each value with the sentence that states it."""
    lines = []
    for r in rows:
        what = _s(r, "measure") or _s(r, "predicate")
        per = f", {_s(r, 'periodLabel')}" if _s(r, "periodLabel") else ""
        value = _s(r, "valueText") or _s(r, "periodLabel")
        per = per if _s(r, "valueText") else ""
        line = f"{_s(r, 'subjectLabel')} {what}: {value}{per}".rstrip(": ")
        line += f" (“{_s(r, 'quote')}”)" if _s(r, "quote") else ""
        if line not in lines:
            lines.append(line)
    a = _finish(question, "", "claims", rows, sparql)
    a.answer = "According to the documents' claims (not a typed fact): " + "; ".join(lines)
    a.basis = "claim"
    return a


PROVENANCE_MIN = 2.0   # the fact a provenance question names must be clear ("the 380 billion yuan investment")


# A question whose best saved query finds nothing, or rows of another type than it asks for, is
# tried on the next saved queries that give that type of answer (at most two, scored close).
FALLBACK_MIN, FALLBACK_GAP, FALLBACKS = 0.5, 4.0, 2
NO_FALLBACK = {"sources", "documents", "describe", "conflicts", "claims"}   # claims: the last resort, below


def _fallbacks(qm, intents: list[Intent], chosen: str) -> list[str]:
    if qm.predicate:
        return []   # a ranking, a cause, a launch: the claims answered or nothing does
    top = intents[0].score
    out = [i.name for i in intents if i.name != chosen and i.name not in NO_FALLBACK
           and (i.name != "figures" or qm.measures or qm.growth)   # a figure only for a measure named
           and i.score >= FALLBACK_MIN and i.score >= top - FALLBACK_GAP
           and (qm.wants in ("", "Document") or qm.wants in ANSWERS.get(i.name, ()))]
    return out[:FALLBACKS]


WANT_TEXT = {"percent": "share or percentage", "stake": "stake", "date": "date", "duration": "time span", "Person": "person",
             "amount": "amount", "change": "change", "Place": "place", "reason": "reason", "gap": "disclosure gap"}




def _misfit(qm, intent: str, rows: list[dict], q: str, hits, setters: tuple[str, ...] = ()) -> str:
    """Why rows that came back do not answer the question ('' when they do); `setters`: names
    the question gives as the setter of the view asked (attribution.view_setters), not as what
    a row must name, unless a row gives another setter."""
    # an amount asked about a name the graph has no entity for ("how much did X pay for its
    # stake in Y"): the rows that carry an amount name it, not only another row of the answer
    valued = [r for r in rows if r.get("amount") is not None or r.get("value") is not None and _s(r, "unit") != "percent"] if qm.wants == "amount" else []
    if qm.wants == "amount" and PAID.search(qm.lower) and not valued:
        return "The documents state no price paid" + (f" by {hits[0].label}" if hits else "") + " that answers this question."   # a stake's percentage is not its price
    if intent == "figures" and (part := _unfigured_part(intent, rows, hits)) is not None:
        return f"The documents state no figure for {part.label}."
    if qm.narrowed and qm.wants in ("amount", "change", "") and not carries_narrowing(rows, qm.narrowed, qm.narrowed_named, qm.growth):
        at = qm.lower.find(qm.narrowed)
        said = qm.text[at:at + len(qm.narrowed)] if at >= 0 else qm.narrowed   # (as the question writes it)
        nearest = next((r for r in rows if r.get("amount") is not None or r.get("value") is not None and MONEY_UNIT.fullmatch(_s(r, "unit"))),
                       None) if qm.narrowed_named == "modifier" and qm.wants == "amount" else None   # (the whole, as context)
        return f"The documents state no figure for {said}" + (f" of {hits[0].label}" if hits else "") + "." + (
            f" The nearest figure, not the part asked: {render_row(intent, nearest)}." if nearest is not None else "")
    if not any(says_designators(q, " ".join(str(t.value) for t in r.values() if t is not None and hasattr(t, "value"))) for r in rows):
        part = " ".join(DESIGNATOR.search(q).groups())
        return f"The documents state nothing of {part}."   # "Lot 2" asked: a fact of lot 1 does not answer
    if (name := _longer_name_unstated(qm, q, hits, rows)):
        return f"The documents state nothing about {name}."
    for name in unknown_names(q, hits):
        if name in setters and not other_setter(rows, name):
            continue   # the firm whose target is asked: the subject's target answers, its source said
        if MEASURE_NAME.fullmatch(name) and measures_named(name.lower()):
            continue   # a measure's initials ("EBITDA margin"): the measure narrowing read it (narrowing._kind_asked), no entity
            # (an event's, "IPO", is not a measure: a row must name it)
        if not mentions(rows, name) and not mentions(rows, _acronym(name)):
            return says_nothing_about(name)
        if valued and not mentions(valued, name) and not mentions(valued, _acronym(name)):
            return f"The documents state no amount for {name}."
    if not fits(qm, intent, rows):
        what = WANT_TEXT.get(qm.wants, qm.wants.lower() if qm.wants[:1].isupper() else qm.wants)
        about = next((h.label for h in hits), "")
        return f"The documents state no {what}" + (f" for {about}" if about else "") + " that answers this question."
    return ""


# the kinds of thing whose own figure a question may ask while the saved query binds only its
# company ("How much revenue did X's <product> service make?"): a row must name it
FIGURED_PARTS = ("Product", "Platform", "Project", "Initiative")


def _unfigured_part(intent: str, rows: list[dict], hits) -> Hit | None:
    """A product or project the question names that the saved query cannot bind and no row
    names (its label, measure or sentence): the rows are its company's figures, not its own."""
    kinds = {k for p in catalogue()[intent].params if p.type == "entity" for k in (p.kinds or ())}
    for h in hits:
        if h.kind in FIGURED_PARTS and h.kind not in kinds and not mentions(rows, h.label):
            return h
    return None


def _acronym(name: str) -> str:
    """The acronym of a name of three or more words ("Digital Transformation Solutions" -> "DTS"),
    as documents introduce it in brackets; '' for shorter names."""
    from .narrowing import initials
    return initials(name).upper() if len(re.findall(r"[A-Za-z][\w-]*", name)) >= 3 else ""


# a question (not a few loose words) that names something the graph knows
ASKED = re.compile(r"\?\s*$|^\s*(?:who|what|which|when|where|why|how|is|are|was|were|does|did|do|has|have|can|will)\b", re.I)


def _nothing_about(question: str, hits, intents: list[Intent]) -> Answer:
    """No saved query reads like the question and no claim answers it: when it is a question
    about an entity the graph knows, the documents state nothing that answers it (no_answer,
    with the closest queries as suggestions); else it is not understood."""
    named = next((h for h in hits if h.kind not in ("Country", "Place")), None)
    if named is None and ASKED.search(question) and (unknown := unknown_names(question, hits)):
        # a question about a name the graph has no entity for: the documents say nothing about it,
        # the answer the saved queries give such a name (_answer_intent), whatever query reads closest
        return Answer(question, "no_answer", says_nothing_about(unknown[0]),
                      suggestions=_suggest(intents))
    if named is None or not ASKED.search(question):
        return _not_understood(question, intents)
    sugg = _suggest(intents)
    return Answer(question, "no_answer", f"The documents state nothing about {named.label} that answers this question. "
                  "Closest saved queries: " + "; ".join(sugg), suggestions=sugg)


def _not_understood(question: str, intents: list[Intent]) -> Answer:
    sugg = _suggest(intents)
    return Answer(question, "not_understood",
                  "I could not match this question to a saved query. Closest: " + "; ".join(sugg),
                  suggestions=sugg)


def _suggest(intents: list[Intent]) -> list[str]:
    cat = catalogue()
    out = []
    for i in intents[:3]:
        sq = cat[i.name]
        ex = sq.examples[0] if sq.examples else sq.summary
        out.append(f"{i.name} (e.g. \"{ex}\")")
    return out


# a market-share question about the other holders: the whole market, not the one named
WHOLE_MARKET = plain(r"\bwho\b|\bwhich\s+(?:[\w-]+\s+)?(?:companies|firms|providers|players|rivals|vendors|makers)\b|\btrail|\bbehind\b|\bahead\b|\blead|\brank|\b(?:bigger|larger|smaller|higher|lower)\b.*\bthan\b")


# "where / how does X rank", "what position does X hold": the position of the one named, not the whole market
OWN_POSITION = plain(r"^\s*(?:where|how|what\s+(?:position|place|rank\w*))\b")


def _answer_intent(kg, question, q, intent, hits, timeout: float | None = None, asked: str = "") -> Answer:
    from .run import run_query
    sq = catalogue()[intent]
    store = kg.store
    unknown = unknown_names(q, hits)
    bindable = hits
    if intent == "stakes" and (excl := excluded_party(q, hits)) is not None:
        bindable = [h for h in hits if h is not excl]   # "who owns X together with Y": X's holders
    if (said_by := source_parties(q, bindable)):
        bindable = [h for h in bindable if h not in said_by]   # "X's margin, according to Y": X's
    rounds = slots.bindings(sq.params, bindable, asked, deal_objects(q.lower(), bindable))
    entity_params = [p for p in sq.params if p.type == "entity"]
    required = [p for p in entity_params if not p.optional]
    if required and not rounds:
        what = unknown[0] if unknown else "the entity you named"
        return Answer(question, "no_answer", says_nothing_about(what), intent=intent)
    if unknown and not rounds and entity_params:
        # a name the graph has no entity for: look for it in the evidence of this kind of fact
        res = run_query(store, intent, {}, timeout=timeout)
        name = unknown[0].lower()
        rows = [r for r in res.rows if name in _s(r, "quote").lower()]
        rows, _ = _narrow(intent, q, rows, hits, document_dates(store))
        if not rows:
            return Answer(question, "no_answer", says_nothing_about(unknown[0]), sparql=res.sparql, intent=intent)
        return _finish(question, q, intent, rows, res.sparql, store)
    if (not rounds and entity_params and not any(h.kind not in ("Country", "Place") for h in hits) and not asks_across(q)
            and (subject := asked_subject(q, _known_word(store)))):
        # the question's subject is no entity (a company the graph does not know, or holds under
        # another name): its rows are of the company asked only when they name it, in their
        # sentence or their subject
        res = run_query(store, intent, {}, timeout=timeout, limit=ASK_PAGE)
        rows = [r for r in res.rows if re.search(r"\b" + re.escape(subject.lower()), _s(r, "quote").lower()) or row_named(subject, r)]
        rows, _ = _narrow(intent, q, rows, hits, document_dates(store)) if rows else (rows, "")
        if not rows:
            return Answer(question, "no_answer", "The documents state nothing that answers this question about "
                          "a company they name; no company asked is known to the graph.", sparql=res.sparql, intent=intent)
        return _finish(question, q, intent, rows, res.sparql, store)
    if intent == "market-shares" and WHOLE_MARKET.search(q.lower()) and len(hits) < 2 and not OWN_POSITION.search(q.lower()):
        rounds = []  # the whole market, not one holder
    runs = _run_rounds(store, intent, rounds or [([{}], [])], timeout)
    rows = [r for _, _, rs in runs for r in rs]
    sparql = runs[0][1] if runs else run_query_text(store, intent)
    bound = next((h for _, h in (runs[0][0] if runs else (rounds[0][0][0] if rounds else {})).items()), None)
    scope = f" for {bound.label}" if bound else ""

    rows, why = _narrow(intent, q, rows, hits, document_dates(store))
    if not rows:
        # the unit named may be another company's: the company named before it, rows naming the unit
        owned = _run_rounds(store, intent, slots.owner_rounds(sq.params, hits, asked), timeout)
        if owned:
            rows, why2 = _narrow(intent, q, [r for _, _, rs in owned for r in rs], hits, document_dates(store))
            if rows:
                return _finish(question, q, intent, rows, owned[0][1], store)
    if not rows and intent == "reasons":
        # a unit's change its company's sentence explains ("Analysts attributed the drop at the
        # music unit to …", filed on the company): the company's reasons that name the unit
        rows, sparql2 = _reasons_of_owner(store, q, hits, timeout)
        if rows:
            return _finish(question, q, intent, rows, sparql2, store)
    if not rows:
        reason = why or sq.answer_none
        reason = reason.replace("{scope}", scope).replace("{entityName}", bound.label if bound else "it")
        roles = sorted({name for pat, name in ROLE_WORDS if re.search(pat, q.lower())})
        mm = next(iter(measures_named(without_names(q.lower(), hits))), None)
        if intent == "people" and roles and bound and not why:
            reason = f"The documents name no {' or '.join(roles)} of {bound.label}."
        reason = reason.replace("{roleWanted}", " or ".join(roles) or "such person")
        reason = reason.replace("{measureWanted}", mm[0] if mm else "such figure")
        return Answer(question, "no_answer", reason, sparql=sparql, intent=intent)

    return _finish(question, q, intent, rows, sparql, store)


def _known_word(store):
    """Whether a word (lower case) is a word the graph's labels or the saved queries use."""
    from .typos import vocabulary
    idx, vocab = label_index(store), vocabulary()
    return lambda w: w in vocab or idx.knows_word(w) or len(w) < 3


def _reasons_of_owner(store, q: str, hits, timeout) -> tuple[list[dict], str]:
    """The reasons filed on the company a unit asked about belongs to (org:unitOf), whose sentence
    names the unit, narrowed to the change asked."""
    from .run import run_query
    from .narrowing import _unit_named
    units = [h for h in hits if h.kind == "Segment"]
    if not units:
        return [], ""
    owners = run_query(store, "PREFIX org: <http://www.w3.org/ns/org#> SELECT DISTINCT ?c WHERE { GRAPH <urn:aikg:facts> { "
                       "VALUES ?u { " + " ".join(f"<{h.iri}>" for h in units) + " } ?u org:unitOf ?c } }", {}, timeout=timeout).rows
    for row in owners:
        if row.get("c") is None:
            continue
        res = run_query(store, "reasons", {"entity": ox.NamedNode(row["c"].value)}, timeout=timeout)
        named = [r for r in res.rows if any(_unit_named(h.label, _s(r, "quote")) for h in units)]
        rows, _ = _narrow("reasons", q, named, hits, document_dates(store))
        if not rows:
            # the owner's reason for the very measure asked, stated without naming the unit ("Sea
            # attributed the higher take rate to …" in an article on its Shopee unit)
            rows, _ = _narrow("reasons", q, res.rows, hits, document_dates(store))
            rows = [r for r in rows if _s(r, "measure")]
        if rows:
            return rows, res.sparql
    return [], ""


# The saved queries whose rows an answer lists as they come, never narrowed to a measure, a
# period or a role: ask reads their first ASK_PAGE rows, in the query's own order (the facts
# most documents state first), as `aikg query` pages them. An answer shows at most MAX_ROWS rows
# and 20 quotes; every row of `sources` for a feed's top company at 10k articles was 3,270 rows
# (~1 s of CPU).
LISTINGS = frozenset({"sources", "documents", "conflicts"})
ASK_PAGE = 500
LONGER_NAMES = 8   # the entities whose longer names hold a name asked, read by the measure lane


def _run_rounds(store, intent, rounds, timeout) -> list[tuple[dict, str, list[dict]]]:
    """Run the rounds of bindings (slots.bindings) until one finds rows: [(binding, sparql, rows)]."""
    from .run import run_query
    runs: list[tuple[dict, str, list[dict]]] = []
    limit = ASK_PAGE if intent in LISTINGS else None
    for combos, dropped in rounds:
        for combo in combos:
            res = run_query(store, intent, {n: ox.NamedNode(h.iri) for n, h in combo.items()}, timeout=timeout, limit=limit)
            rows = res.rows
            if dropped:   # a relaxed round keeps only rows that still name what it left unbound
                # (a unit's figure: the unit named as whose it is, not only as its cause)
                rows = [r for r in rows if any(named_for_figure(r, h.label, h.matched) if intent == "figures" and h.kind == "Segment"
                                               else mentions([r], h.label) or mentions([r], h.matched) for h in dropped)]
            if rows:
                runs.append((combo, res.sparql, rows))
        if runs:
            break
    return runs


# A question asking HOW something affects a company ("How could export controls affect ThunderSoft?", "How will
# the tariffs hit X's margins?") asks the manner, which a typed fact (a restriction, an exposure: "affects X")
# does not hold: the answer gives the fact with the sentence that states how.
EFFECT_ASKED = plain(r"^\s*how\s+(?:could|would|will|might|may|can|does|do|did|is|are|was|were)\b.*\b(?:affect\w*|impact\w*|hit|hits|hurt\w*|harm\w*|weigh\w*|benefit\w*|expos\w*)\b")


def _finish(question, q, intent, rows, sparql, store=None) -> Answer:
    if intent == "figures" and q and question_periods(q):
        # a figure of no period beside the period asked: shown as such (fact_kinds.UNSTATED_PERIOD_NOTE)
        rows = [dict(r, periodUnstated=ox.Literal("true")) if undated(r) else r for r in rows]
    if store is not None:
        rows = own_documents_first(rows, bundled_documents(store))
    # provenance questions answer with the documents
    if PROVENANCE.search(q) and intent not in ("sources", "documents"):
        docs = sorted({_s(r, "doc") for r in rows if "doc" in r})
        if store is not None:  # a row carries one document; every document of the facts shown
            from .run import fact_sources
            docs = sorted({d for _, d, _ in fact_sources(store, rows)} | set(docs))
        lines = _lines(intent, rows)
        text = f"Reported by {len(docs)} document(s): {', '.join(docs)}. " + (lines[0] if lines else "")
    else:
        lines = _lines(intent, rows)
        text = "; ".join(lines)
        if EFFECT_ASKED.search(question.lower()) and (quote := next((_s(r, "quote") for r in rows if _s(r, "quote")), "")) and quote not in text:
            text += f" — as stated: “{quote}”"   # how it affects: the sentence says, the fact does not
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
                  sources=sources[:20], intent=intent, raw=rows)


def run_query_text(store, intent) -> str:
    from .run import prepare
    try:
        return prepare(store, intent, {})[0]
    except AikgError:
        return ""

