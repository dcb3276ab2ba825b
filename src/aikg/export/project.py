"""RDF -> a property graph (networkx MultiDiGraph) that graph viewers can show.

The RDF graph is shaped for provenance, not for looking at: every fact is an n-ary node with
evidence nodes hanging off it, labels are literals, amounts are separate kg:Money nodes. The
projection keeps what a person wants to see:

* entities (companies, segments, cost items, models, people, places…) become nodes labelled by
  their rdfs:label, with `type` (class local name) and a `color` per type;
* structural triples between entities (org:unitOf, kg:inSegment, kg:developedBy, kg:family,
  kg:powers, kg:country, kg:makes) become edges labelled by the property's rdfs:label;
* n-ary facts (kg:Investment, kg:Observation, …) become nodes of their own, with their literal
  values as attributes, kg:Money amounts folded in, and edges to the entities they point at;
* provenance is folded into attributes: `documents` (comma-joined document ids of the named
  graphs that hold the node or edge) and `quote` (the first evidence quote, by document and
  character offset); evidence and document nodes are not shown (documents may be, on request).

Every attribute value is a str, int, float or bool. Node ids are synthetic (`n0`, `n1`… in
sorted IRI order) and the IRI is kept in the `iri` attribute, so ids are stable and safe in
every format (no `:` for DOT to misread as a port).

Data is read in one pass over the store's quads (no per-node queries), so projecting a
million-triple store takes seconds.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterable
from urllib.parse import quote as url_quote, unquote

import networkx as nx
import pyoxigraph as ox

from ..errors import AikgError
from ..rdf import ID, NS, PREFIXES

RDF_NS = PREFIXES["rdf"]
RDFS_NS = PREFIXES["rdfs"]
SKOS_NS = PREFIXES["skos"]
ORG_NS = PREFIXES["org"]
PROV_NS = PREFIXES["prov"]
DCT_NS = PREFIXES["dcterms"]
XSD_NS = PREFIXES["xsd"]
DOC_PREFIX = ID + "doc/"

ENTITY_TYPES = ("Company", "Organization", "Segment", "CostItem", "AIModel", "ModelFamily",
                "Product", "Application", "Person", "Country", "Place", "Project")
# claims (and the typed relations read off them) are fact nodes too; a relation names its claim
CLAIM_TYPES = ("Ranking", "Launch", "Partnership", "StakeDeal", "GuidanceChange", "UsageMetric",
               "HardwareUse", "AccountingLine", "Reason", "Risk", "DealTerm", "Claim")
FACT_TYPES = ("Investment", "Observation", "MarketShare", "Target", "Role", "Restriction",
              "Competition", "DisclosureGap", "Initiative") + CLAIM_TYPES
# When an entity carries several types, the most specific one names it.
_SPECIFIC = {"ModelFamily": 0, "Country": 0, "Company": 1, "Organization": 2, "Segment": 1,
             "CostItem": 1, "AIModel": 3, "Product": 1, "Application": 1, "Person": 1, "Place": 4,
             "Project": 1}

COLORS = {
    # entities
    "Company": "#1f77b4", "Organization": "#bcbd22", "Segment": "#ff7f0e", "CostItem": "#2ca02c",
    "AIModel": "#9467bd", "ModelFamily": "#8c564b", "Product": "#17becf", "Application": "#6baed6",
    "Person": "#e377c2", "Country": "#7f7f7f", "Place": "#a6a6a6", "Project": "#393b79",
    # facts
    "Investment": "#d62728", "Observation": "#f0a03c", "MarketShare": "#74c476", "Target": "#ff9896",
    "Role": "#c5b0d5", "Restriction": "#8c2d04", "Competition": "#f7b6d2", "DisclosureGap": "#dbdb8d",
    "Initiative": "#4fb0c6", "Claim": "#c7c7c7", "Ranking": "#637939", "Launch": "#8ca252",
    "Partnership": "#b5cf6b", "StakeDeal": "#843c39", "GuidanceChange": "#ad494a", "UsageMetric": "#d6616b",
    "HardwareUse": "#7b4173", "AccountingLine": "#a55194", "Reason": "#ce6dbd", "Risk": "#de9ed6",
    "DealTerm": "#e7969c", "Document": "#555555",
}

STRUCTURAL = (ORG_NS + "unitOf", NS + "inSegment", NS + "developedBy", NS + "family", NS + "powers",
              NS + "country", NS + "makes")
# Triples that are bookkeeping, inverses or already folded elsewhere: never attributes or edges.
CLAIM_VALUE = NS + "claimValue"
_SKIP_FACT_PROPS = {RDF_NS + "type", RDFS_NS + "label", NS + "evidence", NS + "documentCount", NS + "sampleEvidence",
                    NS + "sortKey"}

RDF_TYPE = RDF_NS + "type"
RDFS_LABEL = RDFS_NS + "label"
PREF_LABEL = SKOS_NS + "prefLabel"
ALT_LABEL = SKOS_NS + "altLabel"
R_SUBJECT, R_PREDICATE, R_OBJECT = RDF_NS + "subject", RDF_NS + "predicate", RDF_NS + "object"
QUOTE, CHAR_START = NS + "quote", NS + "charStart"
DERIVED = PROV_NS + "wasDerivedFrom"
EVIDENCE = NS + "evidence"
AMOUNT = NS + "amount"
DCT_TITLE = DCT_NS + "title"

_INT_TYPES = {XSD_NS + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                   "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD_NS + t for t in ("decimal", "double", "float")}
_BOOL = XSD_NS + "boolean"

Progress = Callable[[int, "int | None", str], None]


@lru_cache(maxsize=4096)
def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return iri


@lru_cache(maxsize=4096)
def doc_id(graph_iri: str) -> str | None:
    if graph_iri.startswith(DOC_PREFIX):
        return unquote(graph_iri[len(DOC_PREFIX):])
    return None


def scalar(term) -> str | int | float | bool:
    """A literal as a plain Python scalar: numbers as int/float, booleans as bool, else text."""
    value = term.value
    dt = term.datatype.value if getattr(term, "datatype", None) is not None else ""
    try:
        if dt in _FLOAT_TYPES:
            f = float(value)
            if f == f and f not in (float("inf"), float("-inf")):
                return f
        elif dt in _INT_TYPES:
            return int(value)
        elif dt == _BOOL:
            return value.strip() in ("true", "1")
    except ValueError:
        pass
    return value


@lru_cache(maxsize=4096)
def attr_name(iri: str) -> str:
    """An attribute name safe as a GraphML key / CSV header: the IRI's local name."""
    name = "".join(c if (c.isalnum() or c in "._-") else "_" for c in local_name(iri))
    if not name or not (name[0].isalpha() or name[0] == "_"):
        name = "p_" + name
    return name


def type_names() -> tuple[str, ...]:
    return ENTITY_TYPES + FACT_TYPES


def _norm_type(t: str) -> str | None:
    t = t.strip()
    if t.startswith(NS):
        t = t[len(NS):]
    elif t.startswith("kg:"):
        t = t[3:]
    for name in type_names() + ("Fact", "Document"):
        if name.lower() == t.lower().replace(" ", "").replace("-", "").replace("_", ""):
            return name
    return None


class _Data:
    """Everything the projection needs, gathered in one pass over the quads."""

    def __init__(self):
        self.types: dict[str, set[str]] = defaultdict(set)        # iri -> kg class local names
        self.graphs: dict[str, set[str]] = defaultdict(set)       # iri -> doc ids typing it
        self.labels: dict[str, str] = {}
        self.pref: dict[str, str] = {}
        self.alts: dict[str, set[str]] = defaultdict(set)
        self.props: dict[str, list] = defaultdict(list)           # subject -> [(pred, object term)]
        self.struct: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.ev_subject: dict[str, str] = {}       # statement -> its rdf:subject (and predicate, object)
        self.ev_pred: dict[str, str] = {}
        self.ev_obj: dict[str, str] = {}
        self.ev_quote: dict[str, str] = {}
        self.ev_doc: dict[str, str] = {}
        self.ev_start: dict[str, int] = {}
        self.fact_ev: dict[str, set[str]] = defaultdict(set)
        self.titles: dict[str, str] = {}


def _read(quads: Iterable, progress: Progress | None, total: int | None) -> _Data:
    d = _Data()
    struct = set(STRUCTURAL)
    types, graphs, labels, props = d.types, d.graphs, d.labels, d.props
    n = 0
    step = 50_000
    for q in quads:
        n += 1
        if progress is not None and n % step == 0:
            progress(n, total, "reading graph")
        p = q.predicate.value
        s = q.subject.value
        o = q.object
        if p == RDF_TYPE:
            ov = o.value
            if ov.startswith(NS):
                types[s].add(ov[len(NS):])
                g = q.graph_name
                gid = doc_id(g.value) if hasattr(g, "value") else None
                if gid is not None:
                    graphs[s].add(gid)
            continue
        if p == RDFS_LABEL:
            prev = labels.get(s)
            if prev is None or o.value < prev:
                labels[s] = o.value
        elif p == PREF_LABEL:
            d.pref.setdefault(s, o.value)
        elif p == ALT_LABEL:
            d.alts[s].add(o.value)
        elif p in struct:
            g = q.graph_name
            gid = doc_id(g.value) if hasattr(g, "value") else None
            key = (s, p, o.value)
            if gid is not None:
                d.struct[key].add(gid)
            else:
                d.struct.setdefault(key, set())
        elif p == R_SUBJECT:
            d.ev_subject[s] = o.value
        elif p == R_PREDICATE:
            d.ev_pred[s] = o.value
        elif p == R_OBJECT:
            d.ev_obj[s] = o.value
        elif p == QUOTE:
            d.ev_quote[s] = o.value
        elif p == DERIVED:
            d.ev_doc[s] = o.value
        elif p == CHAR_START:
            try:
                d.ev_start[s] = int(o.value)
            except ValueError:
                pass
        elif p == EVIDENCE:
            d.fact_ev[s].add(o.value)
        elif p == DCT_TITLE:
            d.titles[s] = o.value
        else:
            props[s].append((p, o))
    if progress is not None:
        progress(n, n, "reading graph")
    return d


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    """rdfs:label of the ontology's classes and properties (graph/ontology.ttl)."""
    out: dict[str, str] = {}
    try:
        from ..store import data_dir
        for q in ox.parse(path=str(data_dir() / "ontology.ttl"), format=ox.RdfFormat.TURTLE):
            if q.predicate.value == RDFS_LABEL:
                out.setdefault(q.subject.value, q.object.value)
    except (OSError, AikgError, SyntaxError):
        pass
    return out


def _entity_type(ts: set[str]) -> str | None:
    cands = [t for t in ts if t in _SPECIFIC]
    if not cands:
        return None
    return min(cands, key=lambda t: (_SPECIFIC[t], t))


def _fact_type(ts: set[str]) -> str | None:
    cands = sorted((t for t in ts if t in FACT_TYPES), key=lambda t: (t == "Claim", t))  # the relation names a claim
    if cands:
        return cands[0]
    return "Fact" if "Fact" in ts else None


def project(store, *, types: Iterable[str] | None = None, around: str | None = None, depth: int = 1,
            document: str | None = None, show_documents: bool = False,
            progress: Progress | None = None, sources: dict | None = None) -> nx.MultiDiGraph:
    """Project the store (or one document's graph) to a MultiDiGraph for graph viewers.

    `types` keeps only nodes of these classes (local names such as "Company"; "Fact" means every
    fact type). `around` (a label, alias or IRI) keeps that node's neighbourhood: entities
    reachable in `depth` steps, where a step is a structural edge or a fact shared with another
    entity, plus the facts among them. `document` keeps only the facts of one document's named
    graph. When `sources` is a dict it is filled with every evidence quote of each node and edge:
    ``{"n3": [(doc, quote, via), …], ("n3", "n7", "unitOf"): [(doc, quote, ""), …]}``, where `via`
    is "" for the node's own evidence and, for an entity, the label of the fact a quote supports.
    """
    graph = None
    if document:
        from ..rdf import doc_iri
        graph = doc_iri(document)
        names = {g.value for g in getattr(store, "named_graphs", lambda: [])()}
        if names and graph.value not in names:
            raise AikgError(f"no document {document!r} in the store (`aikg query documents` lists them)")
    keep_types = None
    if types:
        keep_types = set()
        for t in types:
            nt = _norm_type(t)
            if nt is None:
                raise AikgError(f"unknown type {t!r}; known types: {', '.join(type_names())}, Fact"
                                + (", Document" if show_documents else ""))
            if nt == "Document" and not show_documents:
                raise AikgError("--type Document needs --documents (documents are not nodes otherwise)")
            keep_types |= set(FACT_TYPES) if nt == "Fact" else {nt}
    total = len(store) if progress is not None and hasattr(store, "__len__") and graph is None else None
    d = _read(store.quads(graph), progress, total)
    if graph is not None and not d.types:
        raise AikgError(f"no document {document!r} in the store (`aikg query documents` lists them)")
    prop_labels = dict(_ontology_labels())

    def edge_label(p: str) -> str:
        return prop_labels.get(p) or local_name(p)

    # ---------------------------------------------------------------- nodes
    kinds: dict[str, tuple[str, str]] = {}   # iri -> (category, type)
    for iri, ts in d.types.items():
        ft = _fact_type(ts)
        if ft is not None:
            kinds[iri] = ("fact", ft)
            continue
        et = _entity_type(ts)
        if et is not None:
            kinds[iri] = ("entity", et)
        elif show_documents and "Document" in ts:
            kinds[iri] = ("document", "Document")
    money = {iri for iri, ts in d.types.items() if "Money" in ts}

    # evidence, grouped by what it quotes
    about_node: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    about_triple: dict[tuple[str, str, str], list[tuple[str, int, str]]] = defaultdict(list)
    # a fact or statement links to its evidence (kg:evidence); a statement names its triple
    # (rdf:subject / rdf:predicate / rdf:object)
    # (one evidence node per sentence: it may quote several facts)
    ev_facts: dict[str, list[str]] = defaultdict(list)
    for fact, evs in d.fact_ev.items():
        for ev in evs:
            ev_facts[ev].append(fact)
    for ev, fact in ((ev, f) for ev in d.ev_quote for f in ev_facts.get(ev, ())):
        quote = d.ev_quote[ev]
        item = (doc_id(d.ev_doc.get(ev, "")) or "", d.ev_start.get(ev, 0), quote)
        subj = d.ev_subject.get(fact)
        if subj is None:
            about_node[fact].append(item)
            continue
        pred = d.ev_pred.get(fact)
        if pred is not None and fact in d.ev_obj:
            about_triple[(subj, pred, d.ev_obj[fact])].append(item)
        about_node[subj].append(item)

    node_attrs: dict[str, dict] = {}
    fact_edges: list[tuple[str, str, str]] = []   # (fact, predicate, entity)
    for iri, (cat, typ) in kinds.items():
        if cat == "document":
            gid = doc_id(iri) or local_name(iri)
            attrs = {"label": d.titles.get(iri) or gid, "type": "Document", "category": "document",
                     "color": COLORS["Document"], "iri": iri, "documents": gid}
            node_attrs[iri] = attrs
            continue
        label = d.labels.get(iri) or d.pref.get(iri) or local_name(iri)
        attrs = {"label": label, "type": typ, "category": cat, "color": COLORS.get(typ, "#999999"),
                 "iri": iri}
        docs = sorted(d.graphs.get(iri, ()))
        if docs:
            attrs["documents"] = ",".join(docs)
        if cat == "entity":
            alts = sorted(a for a in d.alts.get(iri, ()) if a != label)
            if alts:
                attrs["aliases"] = "; ".join(alts)
        else:
            _fold_fact(iri, d, money, kinds, attrs, fact_edges)
        node_attrs[iri] = attrs

    # ---------------------------------------------------------------- edges
    edges: dict[tuple[str, str, str], dict] = {}
    for (s, p, o), gids in d.struct.items():
        if s in kinds and o in kinds and kinds[s][0] == "entity" and kinds[o][0] == "entity":
            attrs = {"label": edge_label(p), "predicate": p}
            if gids:
                attrs["documents"] = ",".join(sorted(gids))
            edges[(s, o, p)] = attrs
    for f, p, o in fact_edges:
        attrs = {"label": edge_label(p), "predicate": p}
        if node_attrs[f].get("documents"):
            attrs["documents"] = node_attrs[f]["documents"]
        edges[(f, o, p)] = attrs
    if show_documents:
        for iri, (cat, _) in kinds.items():
            if cat == "document":
                continue
            for gid in sorted(d.graphs.get(iri, ())) if cat == "fact" else ():
                doc_node = DOC_PREFIX + url_quote(gid, safe="")
                if doc_node in node_attrs:
                    edges[(iri, doc_node, DERIVED)] = {"label": "stated in", "predicate": DERIVED,
                                                       "documents": gid}

    # quotes, first by document and offset
    def first(items):
        return sorted(set(items))
    node_quotes: dict[str, list] = {}
    for iri in node_attrs:
        items = first(about_node.get(iri, ()))
        if items:
            node_attrs[iri]["quote"] = items[0][2]
            node_attrs[iri]["evidence"] = len(items)
            node_quotes[iri] = items
    edge_quotes: dict[tuple, list] = {}
    for (s, o, p), attrs in edges.items():
        items = first(about_triple.get((s, p, o), ()))
        if items:
            attrs["quote"] = items[0][2]
            edge_quotes[(s, o, p)] = items

    # ---------------------------------------------------------------- filters
    keep = set(node_attrs)
    if document is not None:
        # a document's graph also types the entities it mentions; keep them with its facts
        keep = {n for n in keep if node_attrs[n]["category"] != "document" or doc_id(n) == document}
    if around:
        keep &= _neighbourhood(store, around, depth, node_attrs, edges)
    if keep_types is not None:
        allowed = keep_types | ({"Document"} if show_documents else set())
        keep = {n for n in keep if node_attrs[n]["type"] in allowed}

    # ---------------------------------------------------------------- the graph
    facts_about: dict[str, set[str]] = defaultdict(set)
    if sources is not None:
        for f, _p, o in fact_edges:
            facts_about[o].add(f)
    G = nx.MultiDiGraph()
    ids: dict[str, str] = {}
    for i, iri in enumerate(sorted(keep)):
        nid = f"n{i}"
        ids[iri] = nid
        G.add_node(nid, **node_attrs[iri])
        if sources is not None:
            items = [(doc, quote, "") for doc, _, quote in node_quotes.get(iri, ())]
            if node_attrs[iri]["category"] == "entity":
                # an entity's words are also in the facts about it: quote those too, saying which
                seen = {(doc, quote) for doc, quote, _ in items}
                for f in sorted(facts_about.get(iri, ()), key=lambda f: node_attrs[f]["label"]):
                    for doc, _, quote in node_quotes.get(f, ()):
                        if (doc, quote) not in seen:
                            seen.add((doc, quote))
                            items.append((doc, quote, node_attrs[f]["label"]))
            if items:
                sources[nid] = items
    for (s, o, p) in sorted(edges):
        if s in ids and o in ids:
            key = attr_name(p)
            G.add_edge(ids[s], ids[o], key=key, **edges[(s, o, p)])
            if sources is not None and (s, o, p) in edge_quotes:
                sources[(ids[s], ids[o], key)] = [(doc, quote, "") for doc, _, quote in edge_quotes[(s, o, p)]]
    G.graph["name"] = "aikg"
    return G


def _fold_fact(iri: str, d: _Data, money: set[str], kinds: dict, attrs: dict, fact_edges: list) -> None:
    """Literal values become attributes, kg:Money amounts are folded in, entity links become edges."""
    values: dict[str, list] = defaultdict(list)
    amounts: list[tuple] = []
    for p, o in d.props.get(iri, ()):
        if p in _SKIP_FACT_PROPS:
            continue
        if isinstance(o, ox.Literal):
            values[attr_name(p)].append(scalar(o))
            continue
        ov = o.value
        if p == AMOUNT or ov in money:
            amounts.append(_money(ov, d))
        elif p == CLAIM_VALUE:  # a claim's value: "role: as stated"
            vp = dict((q.rsplit("#", 1)[-1], x.value) for q, x in d.props.get(ov, ()))
            values["values"].append(f"{vp.get('role', '')}: {vp.get('valueText', '')}")
        elif ov in kinds and kinds[ov][0] == "entity":
            fact_edges.append((iri, p, ov))
        else:  # a link to something not shown: keep its label as text
            values[attr_name(p)].append(d.labels.get(ov) or ov)
    for name, vals in values.items():
        if name in ("label", "type", "category", "color", "iri", "documents", "quote", "evidence"):
            name = "value_" + name
        uniq = sorted(set(vals), key=lambda v: (type(v).__name__, v))
        attrs[name] = uniq[0] if len(uniq) == 1 else "; ".join(str(v) for v in uniq)
    if amounts:
        amounts = sorted(set(amounts), key=lambda a: (a[1] == "USD", a[1], a[2] or 0.0))
        attrs["amount"] = "; ".join(a[0] for a in amounts)
        for label, cur, value in amounts:
            if cur and value is not None:
                attrs.setdefault(f"amount_{attr_name(cur)}", value)


def _money(iri: str, d: _Data) -> tuple[str, str, float | None]:
    cur, value = "", None
    for p, o in d.props.get(iri, ()):
        if p == NS + "currency":
            cur = o.value
        elif p == NS + "value":
            v = scalar(o)
            value = float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    label = d.labels.get(iri) or (f"{cur} {value:g}" if value is not None else local_name(iri))
    return (label, cur, value)


def _neighbourhood(store, around: str, depth: int, node_attrs: dict, edges: dict) -> set[str]:
    """Entities within `depth` steps of `around` (a step: a structural edge, or a fact shared with
    another entity), plus every fact whose entities are all in that set."""
    center = None
    text = around.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text in node_attrs:
        center = text
    else:
        from ..linking import label_index
        hit = label_index(store).lookup(text)
        if hit is not None and hit.iri in node_attrs:
            center = hit.iri
        else:
            lowered = text.lower()
            for iri in sorted(node_attrs):
                if node_attrs[iri]["label"].lower() == lowered:
                    center = iri
                    break
    if center is None:
        raise AikgError(f"--around {around!r}: no entity with that label, alias or IRI in the graph")
    adj: dict[str, set[str]] = defaultdict(set)
    for (s, o, _p) in edges:
        adj[s].add(o)
        adj[o].add(s)
    is_fact = {n for n, a in node_attrs.items() if a["category"] == "fact"}
    is_doc = {n for n, a in node_attrs.items() if a["category"] == "document"}

    def participants(f: str) -> set[str]:
        return {n for n in adj[f] if n not in is_fact and n not in is_doc}

    if center in is_fact:
        inside = participants(center) | {center}
        frontier = set(inside)
    else:
        inside = {center}
        frontier = {center}
    for _ in range(max(depth, 0)):
        nxt: set[str] = set()
        for n in frontier:
            for m in adj[n]:
                if m in is_doc:
                    continue
                if m in is_fact:
                    nxt |= participants(m)
                else:
                    nxt.add(m)
        nxt -= inside
        if not nxt:
            break
        inside |= nxt
        frontier = nxt
    facts = {f for f in is_fact if participants(f) and participants(f) <= inside}
    if center in is_fact:
        facts.add(center)
    docs = {doc for doc in is_doc if any(f in facts for f in adj[doc])}
    return inside | facts | docs
