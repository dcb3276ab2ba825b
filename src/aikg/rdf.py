"""Records -> RDF: IRI minting and one named graph per document.

Pure functions over pyoxigraph terms. The same record always gives the same IRIs and the same
quads, so builds are byte-identical and the same entity or fact stated in two documents is one
node with two pieces of evidence.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from .fact_kinds import FACT_CLASS, fact_label  # noqa: F401 (fact_label: the label of each fact node, also for viewers)
from .wording import format_amount  # noqa: F401 (re-exported: amounts in labels)

if TYPE_CHECKING:  # records (pydantic) are not imported at run time: queries never need them
    from . import records as r

NS = "https://aikg.dev/ns#"
ID = "https://aikg.dev/id/"
META_GRAPH = NamedNode("urn:aikg:meta")
# One copy of every fact, entity and statement node stated by any document, with per-fact
# summaries (kg:documentCount, kg:firstEvidence); maintained by the store on every write
# (`aikg.facts`). Saved queries list facts from here and reach evidence one hop from the fact.
FACTS_GRAPH = NamedNode("urn:aikg:facts")

PREFIXES = {
    "kg": NS,
    "id": ID,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
}


def _ns(prefix: str):
    """IRIs of one namespace, each made once (pyoxigraph terms are immutable; writing a
    document's quads asks for kg:label and the like thousands of times)."""
    base = PREFIXES[prefix]
    return lru_cache(maxsize=4096)(lambda local: NamedNode(base + local))


KG, ORG, PROV, SKOS = _ns("kg"), _ns("org"), _ns("prov"), _ns("skos")
_EVIDENCE = KG("evidence")
RDFS, RDF, XSD, DCT = _ns("rdfs"), _ns("rdf"), _ns("xsd"), _ns("dcterms")
RDF_TYPE = RDF("type")

# the IRI path of every kind of fact node (id/investment/…, id/statement/…)
FACT_PATHS = frozenset([k.replace("_", "-") for k in FACT_CLASS] + ["statement"])


def slug(text: str) -> str:
    """A readable, stable IRI segment: 'Qwen 2.5-72B' -> 'qwen-2.5-72b'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9.]+", "-", text.lower()).strip("-.")
    if not text:
        text = hashlib.sha1(text.encode()).hexdigest()[:12]
    return text[:80]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=8192)
def entity_iri(kind: str, label: str) -> NamedNode:
    s = slug(label)
    raw = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    if not re.search(r"[A-Za-z0-9]", raw):  # labels with no ASCII letters keep a distinct id
        s = _digest(label)
    return NamedNode(f"{ID}{kind.lower()}/{s}")


def ref_iri(ref: r.EntityRef) -> NamedNode:
    return entity_iri(ref.kind, ref.label)


def doc_iri(doc_id: str) -> NamedNode:
    return NamedNode(f"{ID}doc/{quote(doc_id, safe='')}")


def dec(value: Decimal) -> Literal:
    v = value.normalize()
    text = format(v, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD("decimal"))


def lit(value: object) -> Literal:
    return Literal(str(value))


def date_lit(d) -> Literal:
    return Literal(d.isoformat(), datatype=XSD("date"))


def money_iri(m: r.Money) -> NamedNode:
    v = format(m.value.normalize(), "f")
    parts = [m.currency, v]
    if m.value_max is not None:
        parts.append("to-" + format(m.value_max.normalize(), "f"))
    if m.qualifier:
        parts.append(m.qualifier)
    return NamedNode(f"{ID}money/" + "-".join(parts))


def _canon(x):
    if isinstance(x, Decimal):
        return format(x.normalize(), "f")
    if isinstance(x, tuple):
        return tuple(_canon(i) for i in x)
    return x


def fact_key(fact) -> tuple:
    """The identity of a fact: two documents stating the same thing give the same key."""
    return tuple(_canon(x) for x in _fact_key(fact))


def _fact_key(fact) -> tuple:
    k = fact.kind
    if k == "investment":
        if not fact.amounts:
            return (k, fact.investor.label, "stake", fact.stake, fact.target_entity.label if fact.target_entity else None)
        primary = next((a for a in fact.amounts if a.currency != "USD"), fact.amounts[0])
        return (k, fact.investor.label, primary.currency, primary.value, fact.horizon)
    if k == "observation":
        p = fact.period
        return (k, fact.subject.kind, fact.subject.label, fact.measure, fact.value, fact.unit,
                fact.value_max, fact.change, fact.change_unit, fact.change_basis,
                p.start if p else None, p.end if p else None)
    if k == "restriction":
        # whom it affects is part of what is stated: two documents' "US export controls" affecting two
        # companies are two facts, each quoting its own sentence (one node for both quoted only the
        # first document's sentence for either company: probe31 03 ThunderSoft beside 01 Indeks)
        return (k, fact.imposed_by.label if fact.imposed_by else None, fact.restriction_type,
                fact.restricts, tuple(sorted(x.label for x in fact.products)),
                *((tuple(sorted(x.label for x in fact.affects)),) if fact.affects else ()))
    if k == "market_share":
        p = fact.period
        return (k, fact.holder.label, fact.market, fact.share, p.start if p else None,
                p.end if p else None)
    if k == "stake_held":
        p = fact.period
        return (k, fact.holder.label, fact.company.label, fact.stake, p.start if p else None, p.end if p else None)
    if k == "target":
        return (k, fact.company.label, fact.measure, fact.value, fact.unit, fact.horizon)
    if k == "role":
        return (k, fact.person.label, fact.organization.label if fact.organization else None,
                fact.role)
    if k == "competition":
        a, b = sorted([fact.company.label, fact.competitor.label])
        return (k, a, b, fact.region)
    if k == "disclosure_gap":
        return (k, fact.subject.label, fact.missing.lower())
    if k == "initiative":
        return (k, fact.company.label, fact.description.lower(),
                fact.location.label if fact.location else None)
    raise ValueError(f"not an n-ary fact: {k}")


def fact_iri(fact) -> NamedNode:
    return NamedNode(f"{ID}{fact.kind.replace('_', '-')}/{_digest(*fact_key(fact))}")


def figure_slot(fact) -> Literal | None:
    """The slot a figure fills: its subject, measure and period end, as one short literal (a digest,
    kept inline by the store: no dictionary entry). Two figures in one slot with different values are
    documents disagreeing (`queries/conflicts.rq` joins on this one term instead of pairing every
    figure's properties). None for a figure without a value or a period end: nothing to compare."""
    p = fact.period
    if fact.value is None or p is None or p.end is None:
        return None
    return Literal(_digest("slot", ref_iri(fact.subject).value, fact.measure, p.end.isoformat()))


class DocQuads(list):
    """A document graph's quads (a list of `Quad`), carrying what the facts graph needs from
    them as the writer made them: `fact_triples`, the fact-level (s, p, o) (not the document's
    own metadata, not evidence nodes or links to them) and `evidence`, {fact: its evidence
    nodes}, so `facts.facts_delta_batch` need not read every term back from its quad
    (pyoxigraph makes a new Python object on each attribute access: ~2 ms per feed article)."""
    graph: NamedNode
    fact_triples: set
    evidence: dict


class _Writer:
    """Collects a graph's triples: fact-level ones (`add`) apart from the document's own and
    its evidence nodes' (`add_own`) and the links to evidence nodes (`link_evidence`)."""

    def __init__(self, graph: NamedNode):
        self.g = graph
        self.facts: set[tuple] = set()
        self.own: set[tuple] = set()
        self.evidence: dict[NamedNode, set[NamedNode]] = {}
        self.quoted: dict[tuple, NamedNode] = {}   # (_quoted's nodes: a sentence's ~25 facts share one)
        self.contexts: dict[tuple[int, int], r.Context] = {}   # (a span's heading and columns, for _quoted)

    def add(self, s, p, o) -> None:
        if o is None:
            return
        self.facts.add((s, p, o))

    def add_own(self, s, p, o) -> None:
        if o is None:
            return
        self.own.add((s, p, o))

    def link_evidence(self, fact, node) -> None:
        self.evidence.setdefault(fact, set()).add(node)

    @property
    def quads(self) -> DocQuads:
        g = self.g
        out = DocQuads(Quad(s, p, o, g) for s, p, o in (*self.facts, *self.own))
        out.extend(Quad(f, _EVIDENCE, n, g) for f, nodes in self.evidence.items() for n in nodes)
        out.graph, out.fact_triples, out.evidence = g, self.facts, self.evidence
        return out


def _period(w: _Writer, node, period: r.Period | None) -> None:
    if not period:
        return
    if period.start:
        w.add(node, KG("periodStart"), date_lit(period.start))
    if period.end:
        w.add(node, KG("periodEnd"), date_lit(period.end))
    if period.label:
        w.add(node, KG("periodLabel"), lit(period.label))
    if period.inherited:  # the document's reporting period, not stated by the fact's own sentence
        w.add(node, KG("periodInherited"), Literal("true", datatype=XSD("boolean")))


def _money(w: _Writer, m: r.Money) -> NamedNode:
    node = money_iri(m)
    w.add(node, RDF_TYPE, KG("Money"))
    w.add(node, KG("value"), dec(m.value))
    w.add(node, KG("currency"), lit(m.currency))
    if m.value_max is not None:
        w.add(node, KG("valueMax"), dec(m.value_max))
    if m.qualifier:
        w.add(node, KG("qualifier"), lit(m.qualifier))
    w.add(node, RDFS("label"), lit(format_money(m)))
    return node


QUAL_WORD = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}


def format_money(m: r.Money) -> str:
    text = f"{QUAL_WORD.get(m.qualifier or '', '')}{m.currency} {format_amount(m.value)}"
    if m.value_max is not None:
        text += f" to {format_amount(m.value_max)}"
    return text


def _evidence(w: _Writer, ev: r.Evidence, doc: NamedNode, fact: NamedNode) -> NamedNode:
    """The evidence node of one sentence (span) of one document, linked from `fact`: every
    fact, statement and claim the sentence states links to the same node (a feed article's
    ~25 links share ~11 sentences). No rdf:type: kg:evidence has range kg:Evidence."""
    node = _quoted(w, ev, doc)
    w.link_evidence(fact, node)
    return node


def _quoted(w: _Writer, ev: r.Evidence, doc: NamedNode) -> NamedNode:
    """A sentence's node in its document's graph: quote, span, document (its triples written once
    per writer: the same span and quote give the same four triples)."""
    key = (ev.doc, ev.start, ev.end, ev.quote, doc)
    node = w.quoted.get(key)
    if node is not None:
        return node
    node = w.quoted[key] = NamedNode(f"{ID}evidence/{_digest(ev.doc, ev.start, ev.end)}")
    w.add_own(node, KG("quote"), lit(ev.quote))
    w.add_own(node, KG("charStart"), Literal(str(ev.start), datatype=XSD("integer")))
    w.add_own(node, KG("charEnd"), Literal(str(ev.end), datatype=XSD("integer")))
    w.add_own(node, PROV("wasDerivedFrom"), doc)
    if (c := w.contexts.get((ev.start, ev.end))) is not None:   # (extract/passage_context.py)
        w.add_own(node, KG("heading"), lit(c.heading) if c.heading else None)
        w.add_own(node, KG("columns"), lit(c.columns) if c.columns else None)
    return node


def statement_iri(s, p, o) -> NamedNode:
    """The node of one plain triple: the same triple from any document is the same node."""
    return NamedNode(f"{ID}statement/{_digest(s.value, p.value, o.value, getattr(o, 'datatype', ''))}")


def _statement(w: _Writer, s, p, o) -> NamedNode:
    """A plain triple, asserted directly and as a kg:Statement node that evidence hangs from."""
    w.add(s, p, o)
    node = statement_iri(s, p, o)
    w.add(node, RDF_TYPE, KG("Statement"))
    w.add(node, RDF("subject"), s)
    w.add(node, RDF("predicate"), p)
    w.add(node, RDF("object"), o)
    return node


def _ref(w: _Writer, ref: r.EntityRef | None):
    return ref_iri(ref) if ref else None


BINARY = {
    "segment_of": ("segment", ORG("unitOf"), "company"),
    "in_segment": ("item", KG("inSegment"), "segment"),
    "developed_by": ("model", KG("developedBy"), "developer"),
    "family_of": ("model", KG("family"), "family"),
    "version_of": ("item", KG("versionOf"), "base"),
    "powers": ("model", KG("powers"), "application"),
    "located_in": ("entity", KG("country"), "country"),
    "makes": ("company", KG("makes"), "product"),
}


def _nary(w: _Writer, f, node) -> None:
    k = f.kind
    if k == "investment":
        w.add(node, KG("investor"), ref_iri(f.investor))
        for m in f.amounts:
            w.add(node, KG("amount"), _money(w, m))
        if f.target:
            w.add(node, KG("investmentTarget"), lit(f.target))
        w.add(node, KG("targetEntity"), _ref(w, f.target_entity))
        if f.stake is not None:
            w.add(node, KG("stake"), dec(f.stake))
        if f.horizon:
            w.add(node, KG("horizon"), Literal(f.horizon, datatype=XSD("duration")))
        if f.announced:
            w.add(node, KG("announced"), date_lit(f.announced))
        _period(w, node, f.period)
    elif k == "observation":
        w.add(node, KG("subject"), ref_iri(f.subject))
        w.add(node, KG("measure"), lit(f.measure))
        for attr, prop in (("value", "value"), ("value_max", "valueMax"), ("change", "change")):
            v = getattr(f, attr)
            if v is not None:
                w.add(node, KG(prop), dec(v))
        for attr, prop in (("unit", "unit"), ("qualifier", "qualifier"),
                           ("value_text", "valueText"), ("change_unit", "changeUnit"),
                           ("change_qualifier", "changeQualifier"),
                           ("change_basis", "changeBasis"), ("change_text", "changeText"),
                           ("direction", "direction")):
            v = getattr(f, attr)
            if v:
                w.add(node, KG(prop), lit(v))
        for m in f.equivalents:
            w.add(node, KG("amount"), _money(w, m))
        _period(w, node, f.period)
        w.add(node, KG("slot"), figure_slot(f))
    elif k == "restriction":
        w.add(node, KG("imposedBy"), _ref(w, f.imposed_by))
        w.add(node, KG("restrictionType"), lit(f.restriction_type))
        if f.restricts:
            w.add(node, KG("restricts"), lit(f.restricts))
        for p in f.products:
            w.add(node, KG("restrictsProduct"), ref_iri(p))
        for a in f.affects:
            w.add(node, KG("affects"), ref_iri(a))
    elif k == "market_share":
        w.add(node, KG("holder"), ref_iri(f.holder))
        w.add(node, KG("market"), lit(f.market))
        w.add(node, KG("share"), dec(f.share))
        if f.qualifier:
            w.add(node, KG("qualifier"), lit(f.qualifier))
        _period(w, node, f.period)
    elif k == "stake_held":
        w.add(node, KG("shareholder"), ref_iri(f.holder))
        w.add(node, KG("heldCompany"), ref_iri(f.company))
        if f.stake is not None:
            w.add(node, KG("stake"), dec(f.stake))
        if f.qualifier:
            w.add(node, KG("qualifier"), lit(f.qualifier))
        _period(w, node, f.period)
    elif k == "target":
        w.add(node, KG("company"), ref_iri(f.company))
        w.add(node, KG("setBy"), _ref(w, f.set_by))
        w.add(node, KG("measure"), lit(f.measure))
        if f.value is not None:
            w.add(node, KG("value"), dec(f.value))
        if f.unit:
            w.add(node, KG("unit"), lit(f.unit))
        if f.qualifier:
            w.add(node, KG("qualifier"), lit(f.qualifier))
        if f.horizon:
            w.add(node, KG("horizon"), Literal(f.horizon, datatype=XSD("duration")))
        _period(w, node, f.period)
    elif k == "role":
        w.add(node, ORG("member"), ref_iri(f.person))
        w.add(node, ORG("organization"), _ref(w, f.organization))
        w.add(node, KG("role"), lit(f.role))
        w.add(node, KG("roleText"), lit(f.role_text))
        if f.predecessor is not None:
            w.add(node, KG("predecessor"), ref_iri(f.predecessor))
        if f.since:
            w.add(node, KG("since"), lit(f.since))
        if f.status:
            w.add(node, KG("roleStatus"), lit(f.status))
        if f.until:
            w.add(node, KG("until"), lit(f.until))
    elif k == "competition":
        w.add(node, KG("company"), ref_iri(f.company))
        w.add(node, KG("competitor"), ref_iri(f.competitor))
        if f.region:
            w.add(node, KG("region"), lit(f.region))
    elif k == "disclosure_gap":
        w.add(node, KG("subject"), ref_iri(f.subject))
        w.add(node, KG("missing"), lit(f.missing))
        if f.topic:
            w.add(node, KG("topic"), lit(f.topic))
    elif k == "initiative":
        w.add(node, KG("company"), ref_iri(f.company))
        w.add(node, KG("description"), lit(f.description))
        w.add(node, KG("location"), _ref(w, f.location))


def extraction_quads(ex: r.Extraction, fact_iris: dict[int, NamedNode] | None = None, *,
                     ordered: bool = True, extractor: str | None = None) -> list[Quad]:
    """All quads for one document, sorted, in the document's named graph.

    `fact_iris` may override the IRI of n-ary facts (by position in `ex.facts`), which is how
    a fact already in the store under another key (an investment first reported in USD) is
    reused. `extractor` (the ingest's `extractor_version`) is kept as the document's
    kg:extractor: a later ingest of the same bytes by another version extracts it again.
    """
    d = ex.document
    g = doc_iri(d.id)
    w = _Writer(g)
    w.contexts = {(c.start, c.end): c for c in ex.contexts}
    w.add_own(g, RDF_TYPE, KG("Document"))
    w.add_own(g, KG("fileName"), lit(d.file_name))
    w.add_own(g, KG("sha256"), lit(d.sha256))
    if extractor:
        w.add_own(g, KG("extractor"), lit(extractor))
    w.add_own(g, DCT("identifier"), lit(d.id))
    w.add_own(g, RDFS("label"), lit(d.id))
    if d.title:
        w.add_own(g, DCT("title"), lit(d.title))
    if d.date:
        w.add_own(g, DCT("date"), date_lit(d.date))
    if d.author:
        w.add_own(g, DCT("creator"), lit(d.author))
    for e in ex.entities:
        node = entity_iri(e.kind, e.label)
        w.add(node, RDF_TYPE, KG(e.kind))
        w.add(node, RDFS("label"), lit(e.label))   # (the preferred label: no skos:prefLabel copy)
        for a in e.aliases:
            if a != e.label:
                w.add(node, SKOS("altLabel"), lit(a))
        # (a gazetteer country is reference data, not something the document states: it goes to
        # the reference graph, `reference_quads`)
        if e.discovered:
            w.add(node, KG("discovered"), Literal("true", datatype=XSD("boolean")))
            if e.evidence is not None:
                _evidence(w, e.evidence, g, node)
    stated: list[tuple[r.Evidence, NamedNode]] = []  # typed facts by sentence, for their claims
    for i, f in enumerate(ex.facts):
        if f.kind in BINARY:
            sa, p, oa = BINARY[f.kind]
            s, o = ref_iri(getattr(f, sa)), ref_iri(getattr(f, oa))
            if f.kind == "segment_of":
                w.add(o, ORG("hasUnit"), s)
            node = _statement(w, s, p, o)
            _evidence(w, f.evidence, g, node)
            stated.append((f.evidence, node))
        elif f.kind == "alias":
            s = ref_iri(f.entity)
            _evidence(w, f.evidence, g, _statement(w, s, SKOS("altLabel"), lit(f.alias)))
        else:
            node = (fact_iris or {}).get(i) or fact_iri(f)
            w.add(node, RDF_TYPE, KG(FACT_CLASS[f.kind]))
            w.add(node, RDF_TYPE, KG("Fact"))
            w.add(node, RDFS("label"), lit(fact_label(f)))
            _nary(w, f, node)
            _evidence(w, f.evidence, g, node)
            stated.append((f.evidence, node))
    _claims(w, ex, g, stated)
    for ev in ex.sentences:  # a sentence that gave no fact or claim, kept for its text
        w.add_own(_quoted(w, ev, g), RDF_TYPE, KG("Sentence"))
    quads = w.quads
    if ordered:  # a store is a set: only a file (`aikg build`) needs a stable order
        quads.sort(key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    return quads


# ------------------------------------------------------------------ claims


def claim_iri(c: r.Claim) -> NamedNode:
    """A claim's identity is what it says: subject, predicate, values and period. The same claim
    made by two documents (or twice in one) is one node with one evidence node per statement,
    like every fact. A reason or a risk is part of what it says: two causes of two changes of one
    subject stay two nodes, each with its own measure."""
    vals = tuple((x.role, _canon(x.value), x.unit, x.text) for x in c.values)
    p = c.period
    why = tuple((x.kind, x.detail, x.measure, x.direction) for x in c.relations if x.kind in ("reason", "risk"))
    key = (c.subject.kind, c.subject.label, c.predicate, vals, p.start if p else None, p.end if p else None, p.label if p else None)
    return NamedNode(f"{ID}claim/{_digest(*key, *((why,) if why else ()))}")


def claim_label(c: r.Claim) -> str:
    vals = ", ".join(f"{x.text}" + (f" ({x.measure})" if x.measure else "") for x in c.values[:4])
    per = f", {c.period.label}" if c.period and c.period.label else ""
    return f"{c.subject.label}: {c.predicate}" + (f" {vals}" if vals else "") + per


def _claims(w: _Writer, ex: r.Extraction, g: NamedNode, stated: list) -> None:
    """Claims in the document's graph: subject (kg:about), other entities (kg:mentions),
    normalised predicate, values with their roles (kg:claimValue), period, evidence; each typed
    fact stated by the same sentence points at its claims (kg:claim)."""
    by_span: dict[tuple[int, int], list[NamedNode]] = {}
    for ev, node in stated:
        by_span.setdefault((ev.start, ev.end), []).append(node)
    for c in ex.claims:
        node = claim_iri(c)
        w.add(node, RDF_TYPE, KG("Claim"))
        w.add(node, RDFS("label"), lit(claim_label(c)))
        w.add(node, KG("about"), ref_iri(c.subject))
        w.add(node, KG("predicate"), lit(c.predicate))
        for o in c.others:
            w.add(node, KG("mentions"), ref_iri(o))
        for i, x in enumerate(c.values):
            v = NamedNode(f"{node.value}/value-{i}")
            w.add(node, KG("claimValue"), v)   # (no rdf:type: kg:claimValue has range kg:ClaimValue)
            w.add(v, KG("role"), lit(x.role))
            w.add(v, KG("valueText"), lit(x.text))
            w.add(v, KG("position"), Literal(str(i), datatype=XSD("integer")))
            if x.value is not None:
                w.add(v, KG("value"), dec(x.value))
            if x.value_max is not None:
                w.add(v, KG("valueMax"), dec(x.value_max))
            for attr, prop in (("unit", "unit"), ("qualifier", "qualifier"), ("direction", "direction"),
                               ("basis", "changeBasis"), ("measure", "measure")):
                if getattr(x, attr):
                    w.add(v, KG(prop), lit(getattr(x, attr)))
        _period(w, node, c.period)
        for rel_ in c.relations:
            _relation(w, node, rel_)
            if rel_.kind == "ranking":
                _ranking_position(w, node, c.values)
        _evidence(w, c.evidence, g, node)
        for fact in by_span.get((c.evidence.start, c.evidence.end), ()):
            w.add(fact, KG("claim"), node)


# a typed relation on its claim: the class, and (target, agent, detail, when) as properties
RELATION_TERMS = {
    "ranking": ("Ranking", "rankOf", "rankedBy", "rankMarket", None),
    "launch": ("Launch", "launched", "launchedBy", None, "launchedWhen"),
    "partnership": ("Partnership", "partner", None, None, None),
    "stake_deal": ("StakeDeal", "stakeIn", "stakeBuyer", "dealSide", None),
    "guidance_change": ("GuidanceChange", None, None, "guidanceChange", None),
    "usage": ("UsageMetric", "usageOf", None, "usageMetric", None),
    "hardware": ("HardwareUse", "hardware", "hardwareFor", None, None),
    "accounting_line": ("AccountingLine", None, None, "bookedIn", None),
    "reason": ("Reason", None, None, "reason", None),
    "risk": ("Risk", None, None, "risk", None),
    "deal_term": ("DealTerm", "dealTarget", "dealBuyer", "dealTerm", None),
    "agreement": ("Agreement", "counterparty", "agreementParty", "agreementKind", None),
}


SHARE_ROLES = ("share", "percent")   # a ranking's share: role "share", else "percent"


def ranking_share(values: list[r.ClaimValue], rank_at: int) -> r.ClaimValue | None:
    """The share a ranking's sentence gives with the rank at position `rank_at`: of the values
    with role "share" (else "percent"), the nearest the rank, the earlier of two as near; None
    when there is none or the nearest carries no number."""
    cands = [(x.role != "share", abs(i - rank_at), i) for i, x in enumerate(values) if x.role in SHARE_ROLES]
    if not cands:
        return None
    best = values[min(cands)[2]]
    return best if best.value is not None else None


def _ranking_position(w: _Writer, node: NamedNode, values: list[r.ClaimValue]) -> None:
    """A ranking's position on its own node: the rank (kg:rank, kg:rankText: the first value
    with role "rank" that has a number) and the share stated with it (kg:rankShare), so a
    market-share listing reads three literals instead of joining the claim's values (millions
    of them in a feed store)."""
    at = next((i for i, x in enumerate(values) if x.role == "rank" and x.value is not None), None)
    if at is None:
        return
    w.add(node, KG("rank"), dec(values[at].value))
    w.add(node, KG("rankText"), lit(values[at].text))
    share = ranking_share(values, at)
    if share is not None:
        w.add(node, KG("rankShare"), dec(share.value))


def _relation(w: _Writer, node: NamedNode, x: r.ClaimRelation) -> None:
    cls, target, agent, detail, when = RELATION_TERMS[x.kind]
    w.add(node, RDF_TYPE, KG(cls))
    if target and x.target:
        w.add(node, KG(target), ref_iri(x.target))
    if agent and x.agent:
        w.add(node, KG(agent), ref_iri(x.agent))
    if detail and x.detail:
        w.add(node, KG(detail), lit(x.detail))
    if when and x.when:
        w.add(node, KG(when), lit(x.when))
    if x.kind == "reason" and x.measure:
        w.add(node, KG("changedMeasure"), lit(x.measure))
    if x.kind == "agreement" and x.measure:   # the counterparty's role: tenant, lender, partner (extract/agreements.py)
        w.add(node, KG("counterpartyRole"), lit(x.measure))
    if x.kind == "reason" and x.direction:
        w.add(node, KG("changeDirection"), lit(x.direction))


# ------------------------------------------------------------------ reference data
REFERENCE_GRAPH = NamedNode("urn:aikg:reference")


def reference_quads(ex: r.Extraction) -> list[Quad]:
    """What the gazetteer (not the document) knows about the document's entities — the country
    of a well-known company — in the reference graph, apart from every document's facts."""
    w = _Writer(REFERENCE_GRAPH)
    for e in ex.entities:
        if e.country and e.kind != "Country":
            node, c = entity_iri(e.kind, e.label), entity_iri("Country", e.country)
            w.add(node, KG("country"), c)
            w.add(c, RDF_TYPE, KG("Country"))
            w.add(c, RDFS("label"), lit(e.country))
    return sorted(w.quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))


def all_quads(extractions: Iterable[r.Extraction]) -> Iterator[Quad]:
    for ex in extractions:
        yield from extraction_quads(ex)
