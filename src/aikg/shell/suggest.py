"""What may go at the cursor: a pure function of the text, like pgcli's `sqlcompletion`.

    suggest(text_before_cursor, full_text) -> list[Suggestion]

Each Suggestion names a *kind* of thing (a keyword, a prefixed name, a predicate for a
subject, a class after `a`, a variable already used, a meta command, ...) and carries the
`word` before the cursor that a completion would replace. It never touches the store: the
completer (`completer.py`) turns suggestions into candidates from the graph's metadata.

The SPARQL is read with a small tokenizer and a state machine that knows where a triple
pattern is (subject, predicate, object), whether the cursor is inside an expression, a
prologue, a solution-modifier clause, a string, an IRI or a comment.
"""
from __future__ import annotations

import re
from functools import lru_cache

# ---------------------------------------------------------------------- suggestion types


class Suggestion:
    """Base of the suggestion kinds: immutable, compared by kind and fields.

    (Plain classes rather than dataclasses: they are made at import time, and the shell's
    startup is counted in milliseconds.)"""
    _defaults: dict = {"word": ""}     # the text just before the cursor that a completion replaces
    _fields: tuple = ("word",)

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._defaults = {**cls.__mro__[1]._defaults, **cls.__dict__.get("_extra", {})}
        cls._fields = tuple(cls._defaults)

    def __init__(self, **kw):
        for f in self._fields:
            object.__setattr__(self, f, kw.pop(f) if f in kw else self._defaults[f])
        if kw:
            raise TypeError(f"{type(self).__name__}: unexpected {', '.join(kw)}")

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__,) + self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"


class Keyword(Suggestion):
    _extra = {"context": "any"}  # start | select | group | after_object | modifier | function | predicate | values | any


class PrefixName(Suggestion):
    """A prefix name such as `kg:` (choosing one adds its PREFIX line when missing)."""


class PrefixDecl(Suggestion):
    """After `PREFIX `: a whole declaration `kg: <https://aikg.dev/ns#>`."""


class PrefixIRI(Suggestion):
    """After `PREFIX kg: `: the namespace IRI of that prefix."""
    _extra = {"prefix": ""}


class PrefixedName(Suggestion):
    """`kg:Seg` -> names in the kg: namespace fitting the position (role)."""
    _extra = {"prefix": "", "role": "any"}  # subject | predicate | object | class | any


class Predicate(Suggestion):
    """A property after a subject; `classes` are the subject's types stated in the query."""
    _extra = {"subject": "", "classes": ()}


class Class(Suggestion):
    """A class, after `a` / `rdf:type`."""


class Entity(Suggestion):
    """An entity found by its label or alias (a bare word in a term position)."""
    _extra = {"role": "object"}


class Variable(Suggestion):
    _extra = {"names": ()}  # variables already used in the query, without the sigil


class MetaCommand(Suggestion):
    """A backslash command (`\\q`, `\\describe`...)."""


class SavedQuery(Suggestion):
    """A saved query's name (after `\\q`)."""


class SavedQueryParam(Suggestion):
    """A parameter `name=` of the saved query `query` (after `\\q NAME`)."""
    _extra = {"query": "", "used": ()}


class EntityName(Suggestion):
    """An entity's label as plain text (the argument of `\\describe`, `\\sources`)."""


class Choice(Suggestion):
    """One of a fixed set of words (`\\format table|csv|...`)."""
    _extra = {"what": "", "options": ()}


class ExportFormat(Suggestion):
    """A format name for `\\export` (the completer asks aikg.export which it has)."""


class FilePath(Suggestion):
    """A path on disk."""


# ---------------------------------------------------------------------- keywords

START_KEYWORDS = ("PREFIX", "BASE", "SELECT", "ASK", "CONSTRUCT", "DESCRIBE",
                  "INSERT DATA", "DELETE DATA", "DELETE WHERE", "INSERT", "DELETE", "WITH")
SELECT_KEYWORDS = ("DISTINCT", "REDUCED", "WHERE", "FROM", "FROM NAMED", "AS",
                   "COUNT", "SUM", "AVG", "MIN", "MAX", "SAMPLE", "GROUP_CONCAT")
GROUP_KEYWORDS = ("FILTER", "OPTIONAL", "BIND", "VALUES", "UNION", "MINUS", "GRAPH",
                  "SERVICE", "FILTER NOT EXISTS", "FILTER EXISTS", "SELECT")
MODIFIER_KEYWORDS = ("ORDER BY", "GROUP BY", "HAVING", "LIMIT", "OFFSET", "VALUES", "ASC", "DESC")
FUNCTION_KEYWORDS = (
    "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL",
    "FLOOR", "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS",
    "STRENDS", "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS",
    "TIMEZONE", "TZ", "NOW", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512",
    "COALESCE", "IF", "STRLANG", "STRDT", "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL",
    "ISNUMERIC", "REGEX", "SUBSTR", "REPLACE", "EXISTS", "NOT EXISTS", "IN", "NOT IN", "COUNT", "SUM",
    "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "DISTINCT", "AS", "true", "false")
KEYWORDS = {
    "start": START_KEYWORDS,
    "select": SELECT_KEYWORDS,
    "group": GROUP_KEYWORDS,
    "after_object": GROUP_KEYWORDS,
    "modifier": MODIFIER_KEYWORDS,
    "function": FUNCTION_KEYWORDS,
    "predicate": ("a",),
    "values": ("UNDEF",),
    "construct": ("WHERE", "FROM"),
    "by": ("BY",),
    "any": tuple(dict.fromkeys(START_KEYWORDS + SELECT_KEYWORDS + GROUP_KEYWORDS + MODIFIER_KEYWORDS)),
}

# words that are syntax, not terms, inside a group graph pattern
_GROUP_WORDS = {"FILTER", "OPTIONAL", "BIND", "VALUES", "UNION", "MINUS", "GRAPH", "SERVICE",
                "SILENT", "NOT", "EXISTS", "SELECT", "WHERE", "DISTINCT", "REDUCED", "AS",
                "GROUP", "ORDER", "BY", "LIMIT", "OFFSET", "HAVING", "ASC", "DESC"}
_TOP_CLAUSES = {"PREFIX", "BASE", "SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "FROM", "NAMED",
                "ORDER", "GROUP", "BY", "HAVING", "LIMIT", "OFFSET", "VALUES", "INSERT", "DELETE",
                "DATA", "WITH", "USING", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}

# ---------------------------------------------------------------------- tokenizer

PNAME_RE = re.compile(r"^([^\W\d_][\w.\-\u00B7]*)?:(.*)$", re.S)   # prefix name (simplified PN_PREFIX), local part

_TOKEN = re.compile(
    # the alternatives that can start with the same character keep their relative order;
    # the common ones come first (this runs on every keystroke)
    r"""
    (?P<ws>\s+)
  | (?P<var>[?$][\w\u00B7]*)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w\-.:%\u00B7]|\\.)*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<brace>[{}()\[\];,])
  | (?P<number>[+-]?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+(?:[eE][+-]?\d+)?))
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\')
  | (?P<open_string>\"\"\"[\s\S]*|'\'\'[\s\S]*)
  | (?P<string1>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<open_string1>"(?:[^"\\\n]|\\.)*\\?$|'(?:[^'\\\n]|\\.)*\\?$)
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<open_iri><[^<>"{}|^`\\\s]*$)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<dtype>\^\^)
  | (?P<punct>&&|\|\||!=|<=|>=|[.*=<>!+\-/|^])
  | (?P<other>.)
    """,
    re.X | re.S,
)


class Token:
    __slots__ = ("kind", "text", "start")

    def __init__(self, kind: str, text: str, start: int):
        self.kind, self.text, self.start = kind, text, start

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start})"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def upper(self) -> str:
        return self.text.upper()


def tokenize(text: str) -> tuple[Token, ...]:
    """All tokens, whitespace dropped; an unterminated string or IRI at the end comes back as
    an `open_string` / `open_iri` token. Cached: one keystroke tokenizes the same text several
    times (the text before the cursor, the whole query)."""
    return _tokenize(text)


@lru_cache(maxsize=64)
def _tokenize(text: str) -> tuple[Token, ...]:
    return tuple(Token(_KIND.get(m.lastgroup, m.lastgroup or "other"), m.group(), m.start())
                 for m in _TOKEN.finditer(text) if m.lastgroup != "ws")


_KIND = {"string1": "string", "open_string1": "open_string", "brace": "punct"}


def _significant(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind != "comment"]


# ---------------------------------------------------------------------- the analysis

class _Frame:
    """An open bracket: '{' (a group), '(' (an expression) or '[' (a blank node)."""
    __slots__ = ("kind", "pos", "values", "after", "subject", "last_pred")

    def __init__(self, kind: str, pos: str = "subject", values: bool = False, after: str = ""):
        self.kind = kind
        self.pos = pos              # triple position inside '{' / '[': subject | predicate | object | after
        self.values = values        # a VALUES data block
        self.after = after          # when a '(' closes: 'subject' (FILTER/BIND) or 'term' (a collection)
        self.subject = ""
        self.last_pred = ""


class _State:
    __slots__ = ("stack", "clause", "prev", "expect")

    def __init__(self):
        self.stack: list[_Frame] = []
        self.clause = "start"       # at depth 0: start | prologue | PREFIX | SELECT | ... | after_where
        self.prev: list[Token] = []
        self.expect = ""            # datatype | prefix_name | prefix_iri | base_iri | graph_name | values_block


def _advance_term(st: _State, tok: Token) -> None:
    """A term (or a closed bracket that acts as one) in a '{' or '[' frame."""
    f = st.stack[-1]
    if f.values:
        return
    if f.pos == "subject":
        f.subject = tok.text
        f.pos = "predicate"
    elif f.pos == "predicate":
        f.last_pred = tok.text
        f.pos = "object"
    elif f.pos == "object":
        f.pos = "after"
    else:  # a term after a complete triple without '.': read it as a new subject
        f.subject = tok.text
        f.pos = "predicate"


def _analyse(tokens: list[Token]) -> _State:
    st = _State()
    for tok in tokens:
        k, up = tok.kind, tok.upper
        top = st.stack[-1] if st.stack else None
        if k in ("comment",):
            continue
        # --- expectations set by the previous token
        if st.expect == "datatype" and k in ("pname", "iri"):
            st.expect = ""
            st.prev.append(tok)
            continue
        st.expect = "" if st.expect == "datatype" else st.expect
        if st.expect == "prefix_name":
            st.expect = "prefix_iri" if k == "pname" else ""
            st.prev.append(tok)
            continue
        if st.expect in ("prefix_iri", "base_iri"):
            st.expect = ""
            if k == "iri":
                st.clause = "prologue"
            st.prev.append(tok)
            continue
        if st.expect == "graph_name" and k in ("var", "pname", "iri"):
            st.expect = ""
            st.prev.append(tok)
            continue
        if st.expect == "graph_name":
            st.expect = ""

        if k == "punct":
            t = tok.text
            if t == "{":
                values = bool(st.prev) and (st.expect == "values_block" or _values_block_opens(st.prev))
                st.stack.append(_Frame("{", values=values))
                st.expect = ""
                if top is None and st.clause in ("SELECT", "DESCRIBE", "ASK", "start", "prologue", "FROM", "NAMED"):
                    st.clause = "WHERE"
            elif t == "}":
                while st.stack and st.stack[-1].kind != "{":
                    st.stack.pop()
                if st.stack:
                    st.stack.pop()
                if st.stack:
                    f = st.stack[-1]
                    if f.kind in ("{",) and not f.values:
                        f.pos = "subject"
                elif st.clause == "CONSTRUCT":
                    st.clause = "construct"
                elif st.clause in ("INSERT", "DELETE", "DATA"):
                    st.clause = "update"
                else:
                    st.clause = "after_where"
            elif t == "(":
                after = ""
                if top is not None and top.kind in ("{", "[") and not top.values:
                    p1 = st.prev[-1].upper if st.prev else ""
                    p2 = st.prev[-2].upper if len(st.prev) > 1 else ""
                    if p1 in ("FILTER", "BIND") or p2 == "FILTER":
                        after = "subject"
                    elif p1 in ("VALUES", "SELECT", "AS", "GROUP", "ORDER", "BY", "HAVING") or st.expect == "values_block":
                        after = ""
                    else:
                        after = "term"
                st.stack.append(_Frame("(", after=after))
            elif t == ")":
                while st.stack and st.stack[-1].kind == "[":
                    st.stack.pop()
                if st.stack and st.stack[-1].kind == "(":
                    f = st.stack.pop()
                    if st.stack and st.stack[-1].kind in ("{", "[") and not st.stack[-1].values:
                        if f.after == "subject":
                            st.stack[-1].pos = "subject"
                        elif f.after == "term":
                            _advance_term(st, tok)
            elif t == "[":
                st.stack.append(_Frame("[", pos="predicate"))
            elif t == "]":
                if st.stack and st.stack[-1].kind == "[":
                    st.stack.pop()
                    if st.stack and st.stack[-1].kind in ("{", "[") and not st.stack[-1].values:
                        _advance_term(st, tok)
            elif t == "." and top is not None and top.kind in ("{", "[") and not top.values:
                top.pos = "subject"
            elif t == ";":
                if top is not None and top.kind in ("{", "[") and not top.values:
                    top.pos = "predicate"
                elif top is None:
                    st.clause = "start"
            elif t == "," and top is not None and top.kind in ("{", "[") and not top.values:
                top.pos = "object"
            elif t in ("/", "|") and top is not None and top.kind in ("{", "[") and not top.values \
                    and top.pos == "object":
                top.pos = "predicate"   # a property path: kg:a/kg:b, kg:a|kg:b
            st.prev.append(tok)
            continue

        if k == "dtype":
            st.expect = "datatype"
            st.prev.append(tok)
            continue
        if k == "langtag":
            st.prev.append(tok)
            continue

        if top is None:
            # ---------------- depth 0: clauses
            if k == "word":
                if up == "PREFIX":
                    st.clause = "PREFIX"
                    st.expect = "prefix_name"
                elif up == "BASE":
                    st.clause = "BASE"
                    st.expect = "base_iri"
                elif up in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "INSERT", "DELETE", "WITH"):
                    st.clause = up
                elif up == "WHERE":
                    st.clause = "WHERE"
                elif up in ("ORDER", "GROUP"):
                    st.clause = up
                elif up in ("LIMIT", "OFFSET", "HAVING", "FROM", "NAMED", "DATA"):
                    st.clause = up if up != "DATA" else st.clause
                elif up == "VALUES":
                    st.clause = "VALUES"
                    st.expect = "values_block"
            st.prev.append(tok)
            continue

        if top.kind == "(":
            st.prev.append(tok)
            continue

        # ---------------- inside '{' or '['
        if k == "word" and up in _GROUP_WORDS:
            if up == "GRAPH" or up == "SERVICE":
                st.expect = "graph_name"
            elif up == "VALUES":
                st.expect = "values_block"
            st.prev.append(tok)
            continue
        if k in ("var", "pname", "iri", "string", "number", "word", "open_string", "open_iri"):
            if top.values:
                st.prev.append(tok)
                continue
            if st.expect == "values_block" and k == "var":
                st.prev.append(tok)
                continue
            _advance_term(st, tok)
        st.prev.append(tok)
    return st


def _values_block_opens(prev: list[Token]) -> bool:
    """Is a '{' right here the data block of a VALUES clause (`VALUES ?x {` / `VALUES (?x ?y) {`)?"""
    j = len(prev) - 1
    if j >= 0 and prev[j].text == ")":
        while j >= 0 and prev[j].text != "(":
            j -= 1
        j -= 1
    else:
        while j >= 0 and prev[j].kind == "var":
            j -= 1
    return j >= 0 and prev[j].upper == "VALUES"


# ---------------------------------------------------------------------- helpers on the whole text

def variables(full_text: str, exclude_at: int | None = None) -> tuple[str, ...]:
    """Variable names used in the query (without the sigil), in order of first use; the token
    that spans `exclude_at` (the one being typed) is left out."""
    seen: dict[str, None] = {}
    for t in tokenize(full_text):
        if t.kind != "var" or len(t.text) < 2:
            continue
        if exclude_at is not None and t.start < exclude_at <= t.end:
            continue
        seen.setdefault(t.text[1:], None)
    return tuple(seen)


def declared_prefixes(text: str) -> dict[str, str]:
    """PREFIX declarations in the text: name -> namespace IRI."""
    toks = _significant(tokenize(text))
    out: dict[str, str] = {}
    for i, t in enumerate(toks):
        if t.kind == "word" and t.upper == "PREFIX" and i + 1 < len(toks) and toks[i + 1].kind == "pname":
            name = toks[i + 1].text[:-1] if toks[i + 1].text.endswith(":") else toks[i + 1].text.split(":", 1)[0]
            iri = toks[i + 2].text[1:-1] if i + 2 < len(toks) and toks[i + 2].kind == "iri" else ""
            out[name] = iri
    return out


def prologue_end(text: str) -> int:
    """Offset just after the last PREFIX / BASE declaration at the top (0 when there is none)."""
    toks = tokenize(text)
    end = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "comment":
            i += 1
            continue
        if t.kind == "word" and t.upper == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname" \
                and toks[i + 2].kind == "iri":
            end = toks[i + 2].end
            i += 3
            continue
        if t.kind == "word" and t.upper == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            end = toks[i + 1].end
            i += 2
            continue
        break
    return end


def subject_classes(full_text: str, subject: str) -> tuple[str, ...]:
    """Classes the query gives `subject` with `subject a C` / `subject rdf:type C`."""
    if not subject:
        return ()
    toks = _significant(tokenize(full_text))
    out: dict[str, None] = {}
    for i in range(len(toks) - 2):
        if toks[i].text == subject and toks[i + 1].text in ("a", "rdf:type") \
                and toks[i + 2].kind in ("pname", "iri"):
            out.setdefault(toks[i + 2].text, None)
    return tuple(out)


def brace_balance(text: str) -> int:
    """Open '{' minus '}' outside strings, IRIs and comments (negative when over-closed)."""
    depth = 0
    for t in tokenize(text):
        if t.kind == "punct":
            if t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
    return depth


def in_literal(text_before_cursor: str) -> bool:
    """Is the cursor inside a string, an IRI or a comment?"""
    toks = tokenize(text_before_cursor)
    if not toks:
        return False
    last = toks[-1]
    if last.kind in ("open_string", "open_iri"):
        return True
    if last.kind == "comment" and "\n" not in text_before_cursor[last.start:]:
        return True
    return False


def is_meta(text: str) -> bool:
    return text.lstrip().startswith("\\")


def is_question(text: str) -> bool:
    s = text.lstrip()
    return s.startswith("?") and (len(s) == 1 or not (s[1].isalnum() or s[1] == "_"))


# ---------------------------------------------------------------------- meta commands

def _meta_suggestions(text_before_cursor: str) -> list[Suggestion]:
    from .commands import arg_kinds, lookup

    s = text_before_cursor.lstrip()
    m = re.match(r"^\\(\S*)", s)
    if not m:
        return []
    if len(s) == m.end():  # still typing the command itself
        return [MetaCommand(word=s)]
    cmd = lookup(m.group(1))
    if cmd is None:
        return []
    rest = s[m.end():]
    kinds = arg_kinds(cmd)
    if not kinds:
        return []
    if kinds[0] == "entity":  # the whole rest of the line is a name
        return [EntityName(word=rest.lstrip())]
    parts = rest.split()
    ends_in_space = rest[-1:].isspace()
    index = len(parts) if ends_in_space else max(len(parts) - 1, 0)
    word = "" if ends_in_space else (parts[-1] if parts else "")
    kind = kinds[min(index, len(kinds) - 1)] if index < len(kinds) or kinds[-1].endswith("*") else None
    if kind is None:
        return []
    kind = kind.rstrip("*")
    if kind == "query":
        return [SavedQuery(word=word)]
    if kind == "param":
        name = parts[0] if parts else ""
        used = tuple(p.split("=", 1)[0] for p in parts[1:] if "=" in p and p is not word)
        if "=" in word:
            return []
        return [SavedQueryParam(word=word, query=name, used=used)]
    if kind == "path":
        return [FilePath(word=word)]
    if kind == "command":
        return [MetaCommand(word=word)]
    if kind == "export-format":
        return [ExportFormat(word=word)]
    if kind.startswith("choice:"):
        opts = tuple(kind[len("choice:"):].split("|"))
        return [Choice(word=word, what=cmd.name, options=opts)]
    return []


# ---------------------------------------------------------------------- suggest

_WORD_AT_END = re.compile(r"(?:[?$][\w\u00B7]*|(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w\-.:%\u00B7]|\\.)*|[^\W\d][\w\-]*)$")


_SLASHED_PNAME = re.compile(r"(?<![\w:?$\\/])([^\W\d_][\w.\-]*:[\w\-.%]*(?:/[\w\-.%]*)+)$")


def suggest(text_before_cursor: str, full_text: str | None = None) -> list[Suggestion]:
    """What may be typed at the cursor. `full_text` is the whole buffer (for the variables and
    PREFIX lines after the cursor); it defaults to the text before the cursor."""
    if full_text is None:
        full_text = text_before_cursor
    if is_meta(full_text):
        return _meta_suggestions(text_before_cursor)
    if is_question(full_text):
        return []
    if in_literal(text_before_cursor):
        return []

    word = ""
    slashed = _SLASHED_PNAME.search(text_before_cursor)
    if slashed:
        # `id:company/ali`: not valid SPARQL (a '/' must be escaped), but it is how the shell
        # shows entity IRIs, so it is completed as one prefixed name
        word = slashed.group(1)
        tokens = tokenize(text_before_cursor[:slashed.start(1)])
    else:
        tokens = tokenize(text_before_cursor)
        last = tokens[-1] if tokens and tokens[-1].end == len(text_before_cursor) else None
        if last is not None and last.kind in ("var", "pname", "word"):
            word = last.text
            tokens = tokens[:-1]
        elif last is not None and last.kind == "number":
            return []
    st = _analyse(tokens)
    names = variables(full_text, exclude_at=len(text_before_cursor) if word.startswith(("?", "$")) else None)
    if word.startswith(("?", "$")):
        names = tuple(n for n in names if n != word[1:])
        return [Variable(word=word, names=names)]

    top = st.stack[-1] if st.stack else None
    prev = st.prev[-1] if st.prev else None
    prev_up = prev.upper if prev else ""

    # ---- prologue: PREFIX name and its IRI
    if top is None and st.expect == "prefix_name":
        return [PrefixDecl(word=word)]
    if top is None and st.expect == "prefix_iri" and prev is not None and prev.kind == "pname":
        return [PrefixIRI(word=word, prefix=prev.text.rstrip(":").split(":", 1)[0])]
    if top is None and st.expect == "base_iri":
        return []
    if st.expect == "datatype":
        m = PNAME_RE.match(word) if ":" in word else None
        if m:
            return [PrefixedName(word=word, prefix=m.group(1) or "", role="datatype")]
        return [PrefixName(word=word)]

    role = "any"
    if top is not None and top.kind in ("{", "[") and not top.values:
        if st.expect == "graph_name":
            role = "graph"
        elif top.pos == "subject" or top.pos == "after":
            role = "subject"
        elif top.pos == "predicate":
            role = "predicate"
        elif top.pos == "object":
            role = "class" if top.last_pred in ("a", "rdf:type") else "object"
    elif top is not None and top.values:
        role = "object"

    # ---- a prefixed name being typed
    if ":" in word:
        m = PNAME_RE.match(word)
        if not m:
            return []
        return [PrefixedName(word=word, prefix=m.group(1) or "", role=role)]

    var_s = Variable(word=word, names=names)
    # ---- depth 0
    if top is None:
        if prev is None:
            return [Keyword(word=word, context="start")]
        clause = st.clause
        if clause == "prologue":
            return [Keyword(word=word, context="start")]
        if clause == "SELECT":
            if prev_up == "AS":
                return [var_s]
            return [Keyword(word=word, context="select"), var_s]
        if clause in ("DESCRIBE",):
            return [Keyword(word=word, context="select"), var_s, PrefixName(word=word), Entity(word=word, role="subject")]
        if clause in ("ORDER", "GROUP", "HAVING"):
            if prev_up in ("ORDER", "GROUP"):
                return [Keyword(word=word, context="by")] if word == "" or "BY".startswith(word.upper()) else []
            return [Keyword(word=word, context="modifier"), Keyword(word=word, context="function"), var_s]
        if clause in ("LIMIT", "OFFSET"):
            if prev is not None and prev.kind == "number":
                return [Keyword(word=word, context="modifier")]
            return []
        if clause == "VALUES":
            return [var_s]
        if clause == "construct":
            return [Keyword(word=word, context="construct")]
        if clause in ("after_where", "update"):
            return [Keyword(word=word, context="modifier")] if clause == "after_where" else [Keyword(word=word, context="start")]
        if clause in ("FROM", "NAMED"):
            return [Keyword(word=word, context="select"), PrefixName(word=word)]
        if clause in ("CONSTRUCT", "ASK", "WHERE", "INSERT", "DELETE", "WITH", "start"):
            return [Keyword(word=word, context="select" if clause != "start" else "start")]
        return [Keyword(word=word, context="any")]

    # ---- inside an expression
    if top.kind == "(":
        if prev_up == "AS":
            return [var_s]
        return [var_s, Keyword(word=word, context="function"), PrefixName(word=word), Entity(word=word, role="object")]

    # ---- a VALUES data block
    if top.values:
        return [Entity(word=word, role="object"), PrefixName(word=word), Keyword(word=word, context="values")]

    if st.expect == "graph_name":
        return [var_s, PrefixName(word=word)]

    # ---- inside a group graph pattern
    if top.pos == "subject":
        if prev_up in ("OPTIONAL", "MINUS", "UNION", "EXISTS", "NOT"):
            return [Keyword(word=word, context="group")]
        return [Keyword(word=word, context="group"), var_s, PrefixName(word=word), Entity(word=word, role="subject")]
    if top.pos == "predicate":
        classes = subject_classes(full_text, top.subject)
        return [Predicate(word=word, subject=top.subject, classes=classes),
                Keyword(word=word, context="predicate"), var_s, PrefixName(word=word)]
    if top.pos == "object":
        if top.last_pred in ("a", "rdf:type"):
            return [Class(word=word), PrefixName(word=word), var_s]
        return [var_s, Entity(word=word, role="object"), PrefixName(word=word)]
    # after an object, without '.' yet
    return [Keyword(word=word, context="after_object")]
