"""Running queries against a store: saved or ad hoc, with bound parameters and a timeout;
plus store statistics and the term formatting every output shares."""
from __future__ import annotations

import re
import threading
from typing import Iterator

import pyoxigraph as ox

from . import QueryResult
from .errors import AikgError
from .guard import check as guard
from .queries import bind, catalogue, check, check_text, get, to_term
from .rdf import FACT_PATHS, ID, PREFIXES
from .pattern_cache import plain

_NAME = plain(r"^[A-Za-z0-9_.-]+$")


# ---------------------------------------------------------------------- term formatting
def term_value(t) -> str | None:
    """The plain value: an IRI, a literal's lexical form, a blank node id."""
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.Literal):
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return str(t)


def compact(iri: str) -> str:
    """https://aikg.dev/id/company/x -> id:company/x (for tables)."""
    best = None
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
            best = p
    if best is None:
        return iri
    return f"{best}:{iri[len(PREFIXES[best]):]}"


def term_display(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        return compact(t.value)
    return term_value(t) or ""


def json_value(t):
    """Numbers stay numbers in JSON output; everything else is a string."""
    if isinstance(t, ox.Literal) and t.datatype is not None:
        dt = t.datatype.value
        if dt.endswith(("#integer", "#int", "#long")):
            try:
                return int(t.value)
            except ValueError:
                return t.value
        if dt.endswith(("#decimal", "#double", "#float")):
            try:
                f = float(t.value)
                return int(f) if f.is_integer() and abs(f) < 2 ** 53 else f
            except ValueError:
                return t.value
    return term_value(t)


# ---------------------------------------------------------------------- entity linking for params
def resolve_entity(store, text: str, kinds: tuple[str, ...] = ()) -> ox.NamedNode | None:
    from .linking import label_index
    idx = label_index(store)
    hit = idx.lookup(text, kinds)
    return ox.NamedNode(hit.iri) if hit else None


def prepare(store, name_or_sparql: str, params: dict, *, allow_update=False, allow_remote=False) -> tuple[str, str]:
    """-> (sparql text with parameters bound, 'query' | 'update')."""
    if _NAME.match(name_or_sparql.strip()) and "{" not in name_or_sparql:
        sq = get(name_or_sparql.strip())
        bindings = {}
        for k, v in params.items():
            p = sq.param(k)
            if p is None:
                known = ", ".join(x.name for x in sq.params) or "none"
                raise AikgError(f"saved query {sq.name!r} has no parameter {k!r} (parameters: {known})")
            term = None
            if p.type == "entity" and not isinstance(v, (ox.NamedNode, ox.Literal)):
                s = str(v)
                if re.match(r"^[a-z][a-z0-9+.-]*:", s, re.I) and not s.lower().startswith("file:") and " " not in s:
                    term = to_term(s, p)
                else:
                    check_text(s, p)
                    term = resolve_entity(store, s, p.kinds) or ox.Literal(s)  # unknown: matches nothing
            else:
                term = to_term(v, p)
            bindings[p.var] = term
        for p in sq.params:
            if not p.optional and p.var not in bindings:
                raise AikgError(f"saved query {sq.name!r} needs --param {p.name}=…")
        text = bind(sq.text, bindings)
        guard(text)
        return text, "query"
    if params:
        raise AikgError("--param only applies to saved queries; write the values into your SPARQL")
    kind = check(name_or_sparql, allow_update=allow_update, allow_remote=allow_remote)
    return name_or_sparql, kind


def _execute(store, sparql: str, kind: str) -> QueryResult:
    if kind == "update":
        store.update(sparql)
        return QueryResult([], [], kind="update", sparql=sparql)
    res = store.query(sparql)
    if isinstance(res, ox.QueryBoolean) or isinstance(res, bool):
        return QueryResult([], [], kind="ask", boolean=bool(res), sparql=sparql)
    # CONSTRUCT/DESCRIBE: ox.QueryTriples, or aikg.remote.Triples (a list of ox.Triple) from a
    # remote endpoint. Materialised here because a QueryTriples must not be dropped on another
    # thread than the one that ran the query (run_query's timeout thread panicked otherwise).
    if isinstance(res, ox.QueryTriples) or getattr(res, "aikg_triples", False):
        return QueryResult(["subject", "predicate", "object"], [], kind="graph", triples=list(res), sparql=sparql)
    variables = [v.value for v in res.variables]
    return QueryResult(variables, _rows(res, variables), sparql=sparql)


def _rows(res, variables) -> Iterator[dict]:
    # tuple(sol) is the solution in variable order; ~4x faster than sol[name] per variable
    for sol in res:
        yield {v: t for v, t in zip(variables, tuple(sol)) if t is not None}


_TAIL = plain(r"(?:\s+(LIMIT|OFFSET)\s+(\d+))+\s*$", re.I)
_TAIL_PART = plain(r"(LIMIT|OFFSET)\s+(\d+)", re.I)


# A sub-select that picks the page before the costly per-row parts (quotes, optional details)
# ends with `LIMIT 100  # page`: the first page as written, so the .rq file runs as it stands.
_INNER_PAGE = plain(r"^([ \t]*)LIMIT[ \t]+\d+[ \t]*#[ \t]*page\b[^\n]*$", re.M | re.I)


def page(sparql: str, limit: int | None, offset: int = 0) -> str:
    """The query with `LIMIT limit OFFSET offset` applied to the rows it would give (combined
    with a LIMIT/OFFSET it already ends with). For SELECT queries; others are left alone.
    A sub-select marked `LIMIT n  # page` keeps the first offset + limit rows of its order
    (every row when there is no limit): the outer query sorts the same way and skips offset."""
    if _INNER_PAGE.search(sparql):
        sparql = _INNER_PAGE.sub(lambda m: "" if limit is None else f"{m.group(1)}LIMIT {offset + limit}", sparql)
    if limit is None and not offset:
        return sparql
    if not re.search(r"^\s*SELECT\b", _strip(sparql), re.I | re.M):
        return sparql
    body, old_limit, old_offset = sparql, None, 0
    m = _TAIL.search(sparql)
    if m:
        body = sparql[:m.start()]
        for kw, n in _TAIL_PART.findall(m.group(0)):
            if kw.upper() == "LIMIT":
                old_limit = int(n)
            else:
                old_offset = int(n)
    new_offset = old_offset + offset
    new_limit = limit
    if old_limit is not None:
        left = max(0, old_limit - offset)
        new_limit = left if limit is None else min(limit, left)
    tail = (f"\nLIMIT {new_limit}" if new_limit is not None else "") + (f"\nOFFSET {new_offset}" if new_offset else "")
    return body.rstrip() + tail + "\n"


def _strip(sparql: str) -> str:
    from .queries import _strip_comments_and_strings
    return _strip_comments_and_strings(sparql)


def run_query(store, name_or_sparql: str, params: dict, *, allow_update=False, allow_remote=False,
              timeout: float | None = None, stream: bool = False, consume=None,
              limit: int | None = None, offset: int = 0) -> QueryResult:
    """Run a query. With `consume`, the result is handed to consume(result) on the thread that
    produced it (pyoxigraph results cannot cross threads) so rows can be streamed. `limit` and
    `offset` page a SELECT's rows (`page`)."""
    box: dict = {"sparql": name_or_sparql}

    def work():
        # prepared inside the timed work: checking a query can take as long as running it
        sparql, kind = prepare(store, name_or_sparql, params, allow_update=allow_update, allow_remote=allow_remote)
        if kind == "query":
            sparql = page(sparql, limit, offset)
        box["sparql"] = sparql
        if kind == "update" and getattr(store, "read_only", False):
            raise AikgError(f"{store.label} is read-only; updates need a writable --store")
        r = _execute(store, sparql, kind)
        if consume is not None:
            consume(r)
            return r
        if r.kind == "graph":
            r.triples = list(r.triples)
        else:
            r.rows = list(r.rows)
        return r

    if not timeout:
        try:
            return work()
        except SyntaxError as e:
            from .queries import _syntax_message
            raise AikgError(_syntax_message(str(e), box["sparql"])) from None
        except BrokenPipeError:
            raise
        except OSError as e:
            raise AikgError(f"query failed: {str(e).splitlines()[0]}") from None

    def target():
        try:
            box["r"] = work()
        except BaseException as e:  # handed to the caller below
            # without its traceback: the frames hold pyoxigraph results, which must be
            # dropped on this thread (they are "unsendable")
            x, seen = e, set()
            while x is not None and id(x) not in seen:
                seen.add(id(x))
                x.__traceback__ = None
                x = x.__cause__ or x.__context__
            box["e"] = e

    th = threading.Thread(target=target, daemon=True)
    th.start()
    th.join(timeout)
    if th.is_alive():
        raise AikgError(f"query timed out after {timeout:g} s (raise it with --timeout)")
    if "e" in box:
        e = box["e"]
        if isinstance(e, (AikgError, BrokenPipeError, SystemExit, KeyboardInterrupt)):
            raise e
        if isinstance(e, SyntaxError):
            from .queries import _syntax_message
            raise AikgError(_syntax_message(str(e), box["sparql"])) from None
        raise AikgError(f"query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    return box["r"]


# ---------------------------------------------------------------------- evidence of the rows shown
def row_facts(rows: list[dict]) -> list[ox.NamedNode]:
    """The fact and statement nodes named in result rows (listing rows carry one quote each)."""
    out: dict[str, ox.NamedNode] = {}
    for r in rows:
        for t in r.values():
            if isinstance(t, ox.NamedNode) and t.value.startswith(ID) and \
                    t.value[len(ID):].split("/", 1)[0] in FACT_PATHS:
                out.setdefault(t.value, t)
    return list(out.values())


def fact_sources(store, rows: list[dict], limit: int = 200) -> list[tuple[str, str, str]]:
    """(fact IRI, document, quote) for every document stating the facts in `rows`: quotes are
    fetched for the rows shown, one hop from each fact (`?fact kg:evidence ?ev`)."""
    facts = row_facts(rows)[:100]
    if not facts:
        return []
    values = " ".join(str(f) for f in facts)
    q = ("PREFIX kg: <https://aikg.dev/ns#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"   # a remote engine knows no prefixes
         f"SELECT ?fact ?doc ?quote WHERE {{ VALUES ?fact {{ {values} }} ?fact kg:evidence ?ev . "
         f"?ev kg:quote ?quote ; prov:wasDerivedFrom/rdfs:label ?doc }} ORDER BY ?doc ?fact LIMIT {int(limit)}")
    return [(r["fact"].value, r["doc"].value, r["quote"].value) for r in store.query(q)]


# ---------------------------------------------------------------------- statistics
FACT_TYPES = ["Investment", "Restriction", "Observation", "MarketShare", "Target", "Role",
              "Competition", "DisclosureGap", "Initiative"]
ENTITY_TYPES = ["Company", "Organization", "Segment", "CostItem", "AIModel", "ModelFamily", "Product",
                "Application", "Person", "Place", "Country"]


def stats(store) -> dict:
    def count(q: str) -> int:
        for r in store.query(q):
            return int(r["n"].value)
        return 0

    triples = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:aikg:meta> && ?g != <urn:aikg:ontology> && ?g != <urn:aikg:facts>) }")
    docs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:Document } }")
    by_type = {}
    for t in FACT_TYPES + ENTITY_TYPES:
        n = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <urn:aikg:facts> {{ ?x a kg:{t} }} }}")
        if n:
            by_type[t] = n
    facts = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:aikg:facts> { ?f kg:documentCount ?c } }")
    quoted = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev prov:wasDerivedFrom ?d } }")
    # kept sentences (kg:Sentence: no fact or claim read from them) are quoted like evidence
    # but support nothing: counted on their own
    sentences = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a kg:Sentence ; prov:wasDerivedFrom ?d } }")
    return {"triples": triples, "documents": docs, "facts": facts, "evidence": quoted - sentences,
            "sentences": sentences, "by_type": by_type, "store": getattr(store, "label", "")}
