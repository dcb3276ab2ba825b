"""The saved-query catalogue (`queries/*.rq` with grlc-style `#+` YAML headers), safe parameter
binding, and query checks (read-only unless allowed, no remote access unless allowed).

Parameters are bound as RDF terms: each value becomes a pyoxigraph term (which escapes it or
refuses it) inside a `VALUES` block placed at the start of the query's WHERE group. Nothing a
user types is ever pasted into query text as text.
"""
from __future__ import annotations

import marshal
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import AikgError
from .guard import TOKEN as _TOKEN  # strings, IRIs, comments in one pass
from .guard import check as guard
from .pattern_cache import Kept, plain

# an update is an update operation after the prologue (BASE / PREFIX declarations)
_UPDATE = plain(r"\s*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_PROLOGUE = plain(r"\s*(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)", re.I)
_SERVICE = plain(r"\bSERVICE\b", re.I)
_FROM = plain(r"\bFROM\s*(?:NAMED\s*)?<([^>]*)>", re.I)
_IRI = plain(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
_WHERE = plain(r"\bWHERE\s*\{", re.I)


def without_comments(sparql: str) -> str:
    """The query as a reader copies it: its comments removed (a '#' inside an IRI or a string
    stays), lines that held only a comment dropped. The .rq files keep their comments."""
    text = _TOKEN.sub(lambda m: "" if m.group(0)[0] == "#" else m.group(0), sparql)
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip()) + "\n" if text.strip() else ""
MAX_PARAM_LEN = 2000


@dataclass(frozen=True)
class Param:
    name: str
    var: str
    type: str = "string"          # entity | string | iri | integer | decimal | date
    kinds: tuple[str, ...] = ()
    optional: bool = True


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    summary: str
    intent: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    params: tuple[Param, ...]
    answer_row: str
    answer_none: str
    text: str                     # the SPARQL without the header

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_HEADERS = Kept("query-headers")   # header text -> its parsed YAML (read back at the next start)


def _parse_header(text: str, path: Path) -> tuple[dict, str]:
    header, body = [], []
    for line in text.splitlines():
        if line.startswith("#+") and not body:
            header.append(line[2:].removeprefix(" ") if line[2:3] == " " else line[2:])
        else:
            body.append(line)
    head = "\n".join(header)
    meta = _HEADERS.get(head)
    if meta is None:
        import yaml  # imported here: only parsing a header the cache lacks needs it
        try:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            meta = yaml.load(head, Loader=loader) or {}
        except yaml.YAMLError as e:
            raise AikgError(f"{path.name}: bad #+ header: {str(e).splitlines()[0]}") from None
        try:
            marshal.dumps(meta)
            _HEADERS.put(head, meta)
        except ValueError:
            pass  # a value the cache file cannot hold (a YAML date): parsed again next time
    return meta, "\n".join(body).strip() + "\n"


_VARIABLE = plain(r"[?$](\w+)")   # a variable's name: the word after ? or $


def load_query(path: Path) -> SavedQuery:
    meta, body = _parse_header(path.read_text(encoding="utf-8"), path)
    params = []
    code = _strip_comments_and_strings(body)    # "?personParam" in a comment is not a variable
    used = set(_VARIABLE.findall(code))         # (one pass, not a pattern compiled per parameter)
    for name, spec in (meta.get("params") or {}).items():
        spec = spec or {}
        var = spec.get("var") or (f"{name}Param" if f"{name}Param" in used else name)
        if var not in used:
            raise AikgError(f"{path.name}: parameter {name!r} binds ?{var}, which the query does not use")
        params.append(Param(name=name, var=var, type=spec.get("type", "string"),
                            kinds=tuple(spec.get("kinds", ())), optional=bool(spec.get("optional", True))))
    ans = meta.get("answer") or {}
    return SavedQuery(
        name=path.stem, path=path, summary=str(meta.get("summary", "")).strip(),
        intent=str(meta.get("intent", path.stem)), examples=tuple(meta.get("examples") or ()),
        keywords=tuple(str(k).lower() for k in (meta.get("keywords") or ())), params=tuple(params),
        answer_row=str(ans.get("row", "")) if isinstance(ans, dict) else str(ans),
        answer_none=str(ans.get("none", "No results.")) if isinstance(ans, dict) else "No results.",
        text=body)


@lru_cache(maxsize=4)
def catalogue(folder: str | None = None) -> dict[str, SavedQuery]:
    from .store import queries_dir
    d = Path(folder) if folder else queries_dir()
    return {p.stem: load_query(p) for p in sorted(d.glob("*.rq"))}


def get(name: str) -> SavedQuery:
    cat = catalogue()
    if name not in cat:
        close = ", ".join(sorted(cat)[:0]) or ""
        import difflib
        sugg = difflib.get_close_matches(name, list(cat), n=3)
        hint = f"; did you mean {', '.join(sugg)}?" if sugg else "; `aikg queries` lists them"
        raise AikgError(f"no saved query named {name!r}{hint}")
    return cat[name]


# ---------------------------------------------------------------------- binding
def check_text(s: str, p: Param) -> str:
    """A parameter value must be text an RDF term can hold, of a bounded length."""
    if len(s) > MAX_PARAM_LEN:
        raise AikgError(f"parameter {p.name}: value is {len(s)} characters; the limit is {MAX_PARAM_LEN}")
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:  # e.g. undecodable bytes on the command line
        raise AikgError(f"parameter {p.name}: the value is not valid UTF-8 text") from None
    return s


def to_term(value, p: Param) -> ox.NamedNode | ox.Literal:
    """A user value -> an RDF term, by the parameter's type. Refuses what cannot be a term."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    s = check_text(str(value), p)
    if p.type in ("iri", "entity"):  # a compact IRI as tables show it: id:company/x
        from .rdf import PREFIXES
        pre, colon, local = s.partition(":")
        if colon and pre in PREFIXES and not local.startswith("//"):
            s = PREFIXES[pre] + local
    if p.type in ("iri", "entity") and re.match(r"^[a-z][a-z0-9+.-]*:", s, re.I) and not s.lower().startswith(("file:",)):
        try:
            return ox.NamedNode(s)
        except ValueError as e:
            raise AikgError(f"parameter {p.name}: not a valid IRI ({e})") from None
    if p.type == "iri":
        raise AikgError(f"parameter {p.name}: expected an IRI such as https://…, got {s[:60]!r}")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if p.type == "integer":
        if not re.fullmatch(r"[+-]?\d{1,30}", s):
            raise AikgError(f"parameter {p.name}: expected an integer, got {s[:60]!r}")
        return ox.Literal(s, datatype=ox.NamedNode(xsd + "integer"))
    if p.type == "decimal":
        if not re.fullmatch(r"[+-]?\d{1,30}(?:\.\d{1,30})?", s):
            raise AikgError(f"parameter {p.name}: expected a number, got {s[:60]!r}")
        return ox.Literal(s, datatype=ox.NamedNode(xsd + "decimal"))
    if p.type == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise AikgError(f"parameter {p.name}: expected a date YYYY-MM-DD, got {s[:60]!r}")
        return ox.Literal(s, datatype=ox.NamedNode(xsd + "date"))
    return ox.Literal(s)


_IF_BLOCK = plain(r"^[ \t]*#[ \t]*if (bound|unbound) \?(\w+)[ \t]*\n(.*?)^[ \t]*#[ \t]*end if[ \t]*\n",
                       re.M | re.S)


def apply_conditionals(text: str, bound: set[str]) -> str:
    """Keep the lines between `# if unbound ?v` and `# end if` only when ?v is not bound, and
    those between `# if bound ?v` and `# end if` only when it is.

    Saved queries mark with this the parts that only matter in one case: the UNION branch
    listing models with no developer (tagged with a company that never matches a bound one)
    returns nothing once a company is bound, but the engine would still evaluate it; a join
    that starts the walk from a bound parameter would enumerate every node when it is not.
    The markers are comments, so the query as written is the all-unbound case minus the
    `if bound` blocks' effect (they must only narrow, never widen, the result)."""
    def keep(m: re.Match) -> str:
        wanted = m.group(1) == "bound"
        return m.group(3) if (m.group(2) in bound) == wanted else ""
    return _IF_BLOCK.sub(keep, text)


def bind(text: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Insert `VALUES ?v { term }` at the start of the first WHERE group, after resolving the
    `# if bound ?v` / `# if unbound ?v` blocks (apply_conditionals)."""
    text = apply_conditionals(text, set(bindings))
    if not bindings:
        return text
    m = _WHERE.search(text)
    if not m:
        raise AikgError("cannot bind parameters: the query has no WHERE clause")
    block = "\n".join(f"  VALUES ?{var} {{ {term} }}" for var, term in sorted(bindings.items()))
    return text[:m.end()] + "\n" + block + text[m.end():]


def check(sparql: str, *, allow_update: bool = False, allow_remote: bool = False) -> str:
    """Parse-check a query and refuse updates, SERVICE and remote FROM unless allowed.

    Returns "query" or "update". Parse errors become one line with line and column."""
    guard(sparql)     # size and nesting first: the parser below must never see a hostile text
    if sparql != sparql.encode("utf-8", "replace").decode("utf-8"):
        raise AikgError("the query is not valid UTF-8 text")
    kept = _strip_comments_and_strings(sparql, keep_iris=True)
    stripped = _strip_comments_and_strings(sparql)
    pos = 0
    while m := _PROLOGUE.match(kept, pos):
        pos = m.end()
    is_update = bool(_UPDATE.match(kept, pos))
    if is_update and not allow_update:
        raise AikgError("update queries (INSERT, DELETE, LOAD, CLEAR, DROP…) are refused; pass --allow-update to run one")
    if _SERVICE.search(stripped) and not allow_remote:
        raise AikgError("SERVICE (a remote query) is refused; pass --allow-remote to allow it")
    for iri in _FROM.findall(kept):
        if iri.lower().startswith("file:"):
            raise AikgError(f"FROM <{iri}> is refused: aikg never reads local files from a query")
        if not allow_remote and re.match(r"https?:", iri, re.I) and not iri.startswith(("https://aikg.dev/",)):
            raise AikgError(f"FROM <{iri}> is refused (remote data); pass --allow-remote to allow it")
    local = [i for i in _IRI.findall(kept) if i.strip().lower().startswith("file:")]
    if local and re.search(r"\b(?:FROM|LOAD|SERVICE)\b", stripped, re.I):
        raise AikgError(f"<{local[0]}> is refused: aikg never reads local files from a query")
    load = re.search(r"\bLOAD\b", stripped, re.I)
    if load and not allow_remote:
        raise AikgError("LOAD is refused; pass --allow-update --allow-remote to run it")
    if load or _SERVICE.search(stripped):
        # checking by running it on an empty store would reach the network (and outside the
        # timeout): leave syntax errors to the real run
        return "update" if is_update else "query"
    try:
        if is_update:
            ox.Store().update("# check only\n" + sparql) if False else _parse_update(sparql)
        else:
            from .rdf import PREFIXES
            ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as e:
        raise AikgError(_syntax_message(str(e), sparql)) from None
    except OSError:
        pass
    return "update" if is_update else "query"


def _parse_update(sparql: str) -> None:
    # parse against a throw-away in-memory store: nothing real is touched
    from .rdf import PREFIXES
    ox.Store().update(sparql, prefixes=PREFIXES)


def _strip_comments_and_strings(s: str, keep_iris: bool = False) -> str:
    """Strings -> "", comments -> a space, IRIs -> <> (or kept), in one pass, so a '#' inside
    an IRI or a string cannot hide the rest of its line."""
    def sub(m: re.Match) -> str:
        t = m.group(0)
        if t[0] == "#":
            return " "
        if t[0] == "<":
            return t if keep_iris else "<>"
        return '""'
    return _TOKEN.sub(sub, s)


def _unknown_prefix(sparql: str) -> tuple[str, int, int] | None:
    """The first prefixed name whose prefix is neither declared nor one of aikg's, as (prefix,
    line, column); strings, comments and IRIs are skipped. (Oxigraph's own message for this
    is often just "expected OPTIONAL".)"""
    from .rdf import PREFIXES
    # blank strings, comments and IRIs in place, so positions stay those of the query
    text = _TOKEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), sparql)
    declared = set(PREFIXES) | set(re.findall(r"\bPREFIX\s*([^\s:]*):", text, re.I))
    for m in re.finditer(r"(?<![\w?$:/#.\\-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)", text):
        pre = m.group(1) or ""
        if pre in declared or pre == "_":
            continue
        line = text.count("\n", 0, m.start()) + 1
        return pre, line, m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    return None


def _syntax_message(msg: str, sparql: str) -> str:
    first = msg.splitlines()[0] if msg else "syntax error"
    unknown = _unknown_prefix(sparql)
    if unknown:
        pre, line, col = unknown
        src = sparql.splitlines()[line - 1]
        return f"SPARQL syntax error: unknown prefix {pre}: (declare it with PREFIX) (line {line}, column {col}: {src.strip()[:80]})"
    m = re.search(r"(\d+):(\d+)", first)
    loc = ""
    if m:
        line, col = int(m.group(1)), int(m.group(2))
        lines = sparql.splitlines()
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        loc = f" (line {line}, column {col}: {src.strip()[:80]})"
        first = re.sub(r"^error at \d+:\d+(?:-\d+:\d+)?:?\s*", "", first)
        if "Prefix not found" in first:
            pm = re.search(r"([A-Za-z][\w.-]*)?:[^\s:]*$", src[:max(col - 1, 0)])
            first = f"unknown prefix {(pm.group(1) or '') if pm else ''}: (declare it with PREFIX)"
    return f"SPARQL syntax error: {first}{loc}"
