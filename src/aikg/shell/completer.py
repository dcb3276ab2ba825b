"""The prompt_toolkit completer: each Suggestion from `suggest()` goes to a matcher that finds
candidates in the current metadata snapshot (like pgcli's pgcompleter).

Candidates are ranked by how they match (prefix of the whole name, then of a word inside it,
then an in-order subsequence), then by the order of the suggestions (the likeliest kind of
thing first), then by length. Entities show their label and type beside the IRI. Inserting a
prefixed name whose prefix has no PREFIX line adds one at the top of the query.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Mapping

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from . import suggest as S
from .metadata import EntityInfo, Snapshot, Term, fold

MAX_COMPLETIONS = 100
DEFAULT_EXPORT_FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml")

# a local name that can be written after `prefix:` without escapes (PN_LOCAL, simplified)
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_\u00C0-\uFFFD](?:[A-Za-z0-9_\-.\u00B7\u00C0-\uFFFD]*[A-Za-z0-9_\-\u00B7\u00C0-\uFFFD])?$")


def sparql_term(iri: str, prefixes: Mapping[str, str]) -> tuple[str, str | None]:
    """How to write an IRI in a query: (`kg:Segment`, 'kg') when it has a clean prefixed form,
    else (`<https://...>`, None)."""
    best = None
    for p, ns in prefixes.items():
        if ns and iri.startswith(ns) and (best is None or len(ns) > len(prefixes[best])):
            best = p
    if best is not None:
        local = iri[len(prefixes[best]):]
        if local == "" or _PN_LOCAL.match(local):
            return f"{best}:{local}", best
    return f"<{iri}>", None


def compact_display(iri: str, prefixes: Mapping[str, str]) -> str:
    best = None
    for p, ns in prefixes.items():
        if ns and iri.startswith(ns) and (best is None or len(ns) > len(prefixes[best])):
            best = p
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri


def add_prefix_declaration(text: str, prefix: str, namespace: str, end: int | None = None) -> str:
    """Add `PREFIX prefix: <namespace>` after the PREFIX/BASE lines at the top (or first).
    `end` is `suggest.prologue_end(text)` when the caller knows it."""
    line = f"PREFIX {prefix}: <{namespace}>"
    end = S.prologue_end(text) if end is None else end
    if end:
        return text[:end] + "\n" + line + text[end:]
    return line + "\n" + text


def prefix_edit(document: Document, prefixes: Mapping[str, str]) -> Document | None:
    """After `org:` is typed: the document with `PREFIX org: <...>` added when the query has
    no such line and `org` is a known prefix; None when nothing is to be done."""
    text, before = document.text, document.text_before_cursor
    if S.is_meta(text) or S.is_question(text):
        return None
    m = re.search(r"(?:^|[^\w.\-:\\])([A-Za-z][\w.\-]*):$", before)
    if not m:
        return None
    prefix = m.group(1)
    if prefix not in prefixes or prefix in S.declared_prefixes(text):
        return None
    sugg = S.suggest(before, text)
    if not any(isinstance(s, S.PrefixedName) for s in sugg):
        return None
    new_before = add_prefix_declaration(before, prefix, prefixes[prefix])
    return Document(new_before + document.text_after_cursor, cursor_position=len(new_before))


class _Ctx:
    __slots__ = ("before", "text", "word", "declared", "prefixes", "event", "_head_end")

    def __init__(self, document: Document, word: str, snapshot: Snapshot, event: CompleteEvent):
        self.before = document.text_before_cursor
        self.text = document.text
        self.word = word
        self.event = event
        self.declared = S.declared_prefixes(self.text)
        p = dict(snapshot.prefixes)
        for k, v in self.declared.items():
            if v:
                p[k] = v
        self.prefixes = p
        self._head_end: int | None = None

    def head_end(self, head: str) -> int:
        """Where a PREFIX line goes in `head` (the text before the word): computed once."""
        if self._head_end is None:
            self._head_end = S.prologue_end(head)
        return self._head_end


Ranked = tuple[tuple, Completion]


class SparqlCompleter(Completer):
    """Completes SPARQL, meta commands and their arguments from one metadata snapshot."""

    def __init__(self, snapshot: Snapshot | None = None):
        self.snapshot = snapshot or Snapshot.empty()
        self._export_formats: tuple[str, ...] | None = None

    # ------------------------------------------------------------------ entry point
    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        suggestions = S.suggest(document.text_before_cursor, document.text)
        if not suggestions:
            return
        word = suggestions[0].word
        if not word and not complete_event.completion_requested:
            return  # no menu after every space; Tab asks for one
        ctx = _Ctx(document, word, self.snapshot, complete_event)
        # rank: how it matched (tier), then which suggestion (the likelier kinds come first),
        # then the matcher's own order (length, name)
        ranked: list[tuple[tuple, Completion]] = []
        for order, sug in enumerate(suggestions):
            matcher = self.MATCHERS.get(type(sug))
            if matcher is None:
                continue
            for rank, comp in matcher(self, sug, ctx):
                ranked.append(((rank[0], order) + tuple(rank[1:]), comp))
        ranked.sort(key=lambda r: r[0])
        seen: set[str] = set()
        n = 0
        for _, comp in ranked:
            key = comp.display_text if comp.start_position < -len(word) else comp.text
            if key in seen:
                continue
            seen.add(key)
            yield comp
            n += 1
            if n >= MAX_COMPLETIONS:
                return

    # ------------------------------------------------------------------ helpers
    def _insert(self, ctx: _Ctx, text: str, prefix: str | None, *, display: str | None = None,
                meta: str = "", replace: int | None = None) -> Completion:
        """A completion replacing the word by `text`; when `text` uses a prefix the query does
        not declare, the completion rewrites the text before the cursor to add its PREFIX line."""
        n = len(ctx.word) if replace is None else replace
        if prefix and prefix not in ctx.declared and prefix in self.snapshot.prefixes:
            head = ctx.before[:len(ctx.before) - n] if n else ctx.before
            end = ctx.head_end(head) if n == len(ctx.word) else None
            new_before = add_prefix_declaration(head, prefix, self.snapshot.prefixes[prefix], end) + text
            return Completion(new_before, start_position=-len(ctx.before), display=display or text,
                              display_meta=(meta + "  (adds PREFIX)").strip())
        return Completion(text, start_position=-n, display=display or text, display_meta=meta or None)

    @staticmethod
    def _words(options: Iterable[str], word: str) -> list[tuple[tuple, str]]:
        w = fold(word)
        out = []
        for o in options:
            f = fold(o)
            if f.startswith(w):
                out.append(((0, len(o), f), o))
            elif w and any(part.startswith(w) for part in re.split(r"[_\s]+", f)[1:]):
                out.append(((1, len(o), f), o))
        return out

    def _term_meta(self, t: Term, what: str) -> str:
        bits = [t.label] if t.label else []
        if t.count:
            bits.append(f"{t.count} use{'s' if t.count != 1 else ''}")
        return " · ".join(bits) or what

    # ------------------------------------------------------------------ matchers
    def _keyword(self, s: S.Keyword, ctx: _Ctx) -> Iterator[Ranked]:
        for rank, kw in self._words(S.KEYWORDS.get(s.context, S.KEYWORDS["any"]), s.word):
            meta = "rdf:type" if kw == "a" else ("function" if s.context == "function" else "keyword")
            if kw == "a":  # rdf:type, the commonest predicate: ahead of the (100+) properties
                rank = (rank[0] - 0.5,) + tuple(rank[1:])
            yield rank, Completion(kw, -len(s.word), display_meta=meta)

    def _prefix_name(self, s: S.PrefixName, ctx: _Ctx) -> Iterator[Ranked]:
        for rank, p in self._words(ctx.prefixes, s.word):
            yield rank, self._insert(ctx, p + ":", p, meta=ctx.prefixes[p])

    def _prefix_decl(self, s: S.PrefixDecl, ctx: _Ctx) -> Iterator[Ranked]:
        w = s.word.rstrip(":")
        for rank, p in self._words(self.snapshot.prefixes, w):
            ns = self.snapshot.prefixes[p]
            yield rank, Completion(f"{p}: <{ns}>", -len(s.word), display=f"{p}:", display_meta=ns)

    def _prefix_iri(self, s: S.PrefixIRI, ctx: _Ctx) -> Iterator[Ranked]:
        ns = self.snapshot.prefixes.get(s.prefix)
        if ns:
            yield (0,), Completion(f"<{ns}>", -len(s.word), display_meta=f"namespace of {s.prefix}:")

    _ROLE_ORDER = {
        "predicate": {"property": 0, "class": 1, "entity": 2},
        "class": {"class": 0, "property": 1, "entity": 2},
        "datatype": {"class": 0, "property": 2, "entity": 2},
        "subject": {"entity": 0, "class": 1, "property": 2},
        "object": {"entity": 0, "class": 1, "property": 2},
    }

    def _prefixed_name(self, s: S.PrefixedName, ctx: _Ctx) -> Iterator[Ranked]:
        prefix, local = s.word.split(":", 1)
        idx = self.snapshot.local_index.get(prefix)
        ns = ctx.prefixes.get(prefix)
        if idx is None or ns is None or ns != self.snapshot.prefixes.get(prefix):
            return
        order = self._ROLE_ORDER.get(s.role, {"class": 0, "property": 0, "entity": 1})
        for rank, name, (kind, obj) in idx.search(local):
            text, used_prefix = sparql_term(obj.iri, ctx.prefixes)
            if isinstance(obj, EntityInfo):
                meta = f"{obj.label} · {obj.kind}"
            else:
                meta = self._term_meta(obj, kind)
            yield (rank[0], order.get(kind, 3)) + rank[1:], self._insert(
                ctx, text, used_prefix, display=compact_display(obj.iri, ctx.prefixes), meta=meta)

    def _predicate(self, s: S.Predicate, ctx: _Ctx) -> Iterator[Ranked]:
        idx = self.snapshot.property_index
        if idx is None:
            return
        likely: set[str] = set()
        for c in s.classes:
            iri = self._expand(c, ctx)
            likely |= self.snapshot.class_predicates.get(iri, frozenset())
        for rank, name, t in idx.search(s.word):
            text, p = sparql_term(t.iri, ctx.prefixes)
            boost = 0 if (not likely or t.iri in likely) else 1
            yield (rank[0], boost) + rank[1:], self._insert(
                ctx, text, p, display=compact_display(t.iri, ctx.prefixes), meta=self._term_meta(t, "property"))

    def _class(self, s: S.Class, ctx: _Ctx) -> Iterator[Ranked]:
        idx = self.snapshot.class_index
        if idx is None:
            return
        for rank, name, t in idx.search(s.word):
            text, p = sparql_term(t.iri, ctx.prefixes)
            yield rank, self._insert(ctx, text, p, display=compact_display(t.iri, ctx.prefixes),
                                     meta=self._term_meta(t, "class"))

    def _entity(self, s: S.Entity, ctx: _Ctx) -> Iterator[Ranked]:
        idx = self.snapshot.entity_index
        if idx is None or not s.word:
            return
        seen: set[str] = set()
        for rank, name, e in idx.search(s.word):
            if e.iri in seen:
                continue
            seen.add(e.iri)
            text, p = sparql_term(e.iri, ctx.prefixes)
            meta = f"{e.label} · {e.kind}"
            if fold(name) != fold(e.label):
                meta += f" (“{name}”)"
            yield rank, self._insert(ctx, text, p, display=compact_display(e.iri, ctx.prefixes), meta=meta)

    def _variable(self, s: S.Variable, ctx: _Ctx) -> Iterator[Ranked]:
        sigil = s.word[:1] if s.word[:1] in ("?", "$") else "?"
        w = s.word[1:] if s.word[:1] in ("?", "$") else s.word
        for rank, name in self._words(s.names, w):
            yield rank, Completion(sigil + name, -len(s.word), display_meta="variable")

    def _meta_command(self, s: S.MetaCommand, ctx: _Ctx) -> Iterator[Ranked]:
        from .commands import names
        w = s.word.lstrip("\\")
        for spelling, cmd in names():
            f = fold(spelling)
            if f.startswith(fold(w)):
                usage = f" {cmd.usage}" if cmd.usage else ""
                yield (0, 0 if spelling == cmd.name else 1, len(spelling), f), Completion(
                    "\\" + spelling, -len(s.word), display="\\" + spelling + usage, display_meta=cmd.summary)

    def _saved_query(self, s: S.SavedQuery, ctx: _Ctx) -> Iterator[Ranked]:
        idx = self.snapshot.query_index
        if idx is None:
            return
        for rank, name, q in idx.search(s.word):
            yield rank, Completion(name, -len(s.word), display_meta=q.summary)

    def _saved_query_param(self, s: S.SavedQueryParam, ctx: _Ctx) -> Iterator[Ranked]:
        q = next((q for q in self.snapshot.saved_queries if q.name == s.query), None)
        if q is None:
            return
        params = {name: (typ, opt) for name, typ, opt in q.params if name not in s.used}
        for rank, name in self._words(params, s.word):
            typ, opt = params[name]
            yield rank, Completion(name + "=", -len(s.word), display_meta=f"{typ}{'' if opt else ', required'}")

    def _entity_name(self, s: S.EntityName, ctx: _Ctx) -> Iterator[Ranked]:
        idx = self.snapshot.entity_index
        if idx is None:
            return
        seen: set[str] = set()
        for rank, name, e in idx.search(s.word):
            if e.iri in seen:
                continue
            seen.add(e.iri)
            text = e.label if fold(e.label).startswith(fold(s.word)) else name
            yield rank, Completion(text, -len(s.word), display=text,
                                   display_meta=f"{e.kind} · {compact_display(e.iri, ctx.prefixes)}")

    def _choice(self, s: S.Choice, ctx: _Ctx) -> Iterator[Ranked]:
        for rank, o in self._words(s.options, s.word):
            yield rank, Completion(o, -len(s.word), display_meta=s.what)

    def _export_format(self, s: S.ExportFormat, ctx: _Ctx) -> Iterator[Ranked]:
        if self._export_formats is None:
            self._export_formats = export_formats()
        for rank, o in self._words(self._export_formats, s.word):
            yield rank, Completion(o, -len(s.word), display_meta="export format")

    def _file_path(self, s: S.FilePath, ctx: _Ctx) -> Iterator[Ranked]:
        from prompt_toolkit.completion import PathCompleter
        pc = PathCompleter(expanduser=True)
        for i, c in enumerate(pc.get_completions(Document(s.word), ctx.event)):
            yield (0, i), c
            if i > 200:
                return

    def _expand(self, term: str, ctx: _Ctx) -> str:
        if term.startswith("<") and term.endswith(">"):
            return term[1:-1]
        if ":" in term:
            p, local = term.split(":", 1)
            if p in ctx.prefixes:
                return ctx.prefixes[p] + local
        return term

    MATCHERS: dict[type, Callable] = {
        S.Keyword: _keyword,
        S.PrefixName: _prefix_name,
        S.PrefixDecl: _prefix_decl,
        S.PrefixIRI: _prefix_iri,
        S.PrefixedName: _prefixed_name,
        S.Predicate: _predicate,
        S.Class: _class,
        S.Entity: _entity,
        S.Variable: _variable,
        S.MetaCommand: _meta_command,
        S.SavedQuery: _saved_query,
        S.SavedQueryParam: _saved_query_param,
        S.EntityName: _entity_name,
        S.Choice: _choice,
        S.ExportFormat: _export_format,
        S.FilePath: _file_path,
    }


def export_formats() -> tuple[str, ...]:
    """The formats `aikg.export` offers (its `formats()`), when that module exists."""
    try:
        import importlib
        mod = importlib.import_module("aikg.export")
    except Exception:
        return DEFAULT_EXPORT_FORMATS
    fmts = getattr(mod, "formats", None)
    try:
        fmts = fmts() if callable(fmts) else getattr(mod, "FORMATS", None)
    except Exception:
        fmts = None
    if isinstance(fmts, dict):
        return tuple(fmts)
    if isinstance(fmts, (list, tuple)) and fmts:
        return tuple(str(f) for f in fmts)
    return DEFAULT_EXPORT_FORMATS


def completions(completer: Completer, text: str, cursor: int | None = None, *, tab: bool = True) -> list[Completion]:
    """Run a completer on `text` (cursor at the end unless given): for tests and benchmarks."""
    doc = Document(text, len(text) if cursor is None else cursor)
    return list(completer.get_completions(doc, CompleteEvent(completion_requested=tab)))
