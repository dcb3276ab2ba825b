"""`aikg shell`: a pgcli-like prompt for SPARQL over the graph.

The prompt comes up first; graph metadata for completion loads on a background thread after
it is drawn. Queries run on a worker thread so Ctrl-C abandons them and returns to the prompt
with the query text still there. No traceback ever reaches the user.
"""
from __future__ import annotations

import os
import re
import sys
import threading
import time
from pathlib import Path

from ..errors import AikgError
from . import suggest as S

PROMPT = "aikg> "
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
QUIT_WORDS = {"quit", "exit", "\\quit", "\\exit", ":q"}


class Cancelled(Exception):
    """The user pressed Ctrl-C while a query was running."""


class _CtrlC:
    """Ctrl-C while a command runs, owned by the shell: a SIGINT handler of its own (main thread
    only) for the time the command runs, so a Ctrl-C cancels it whatever handler the prompt left
    behind. Fresh-clone CI runs showed '^C^C' echoed with no effect until the query's 30 s
    timeout: the SIGINT never became a KeyboardInterrupt in the waiting loop."""

    def __init__(self):
        self.pressed = threading.Event()
        self._prev = None

    def __enter__(self):
        import signal
        if threading.current_thread() is threading.main_thread():
            try:
                self._prev = signal.signal(signal.SIGINT, lambda *_: self.pressed.set())
            except (ValueError, OSError):
                self._prev = None
        return self

    def __exit__(self, *exc):
        import signal
        if self._prev is not None:
            try:
                signal.signal(signal.SIGINT, self._prev)
            except (ValueError, OSError):
                pass
        return False

    def check(self) -> None:
        if self.pressed.is_set():
            raise KeyboardInterrupt


def history_path() -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir("aikg", appauthor=False)) / "shell_history"


# ---------------------------------------------------------------------- input rules

def ends_statement(text: str) -> bool:
    """A trailing ';' outside braces, strings and comments ends a statement."""
    toks = S.tokenize(text)
    toks = [t for t in toks if t.kind != "comment"]
    if not toks or toks[-1].kind in ("open_string", "open_iri"):
        return False
    return toks[-1].kind == "punct" and toks[-1].text == ";" and S.brace_balance(text) == 0


def is_single_line_input(text: str) -> bool:
    s = text.strip()
    return (not s or S.is_meta(s) or S.is_question(s) or s.lower() in QUIT_WORDS
            or s.lower() in ("help", "\\?"))


def should_run(text: str, multiline: bool = True) -> bool:
    """What Enter does: True runs the input, False inserts a new line."""
    if is_single_line_input(text):
        return True
    if ends_statement(text):
        return True
    if not multiline:
        return S.brace_balance(text) == 0 and not S.in_literal(text)
    return False


def strip_terminator(text: str) -> str:
    s = text.rstrip()
    return s[:-1].rstrip() if s.endswith(";") and ends_statement(s) else s


def error_location(message: str) -> tuple[int, int] | None:
    m = re.search(r"\(line (\d+), column (\d+)", message)
    return (int(m.group(1)), int(m.group(2))) if m else None


def offset_of(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    line = max(1, min(line, len(lines)))
    return sum(len(ln) + 1 for ln in lines[:line - 1]) + max(0, min(column - 1, len(lines[line - 1])))


# ---------------------------------------------------------------------- the shell

class StoreFailed(Exception):
    """Opening the store on the background thread failed (the shell then exits)."""


class Shell:
    """One shell session. `opener()` returns (KnowledgeGraph, read-only reason); it runs on a
    background thread once the prompt is drawn (or at once with `open_now()`)."""

    def __init__(self, opener, *, timeout: float | None = None, allow_update: bool = False,
                 out=None, interactive: bool = True, label: str = ""):
        self._opener = opener
        self.kg = None
        self.store = None
        self.read_only_reason = ""
        self.label = label
        self.timeout = timeout
        self.allow_update = allow_update
        self.out = out or sys.stdout
        self.interactive = interactive
        self.format = "table"
        self.timing = True
        self.multiline = True
        self.output_path: str | None = None
        self._out_file = None
        self.quit = False
        self.message = ""
        self.abandoned: list[threading.Thread] = []
        self.session = None
        self.lexer = None
        self.refresher = None
        self._completer = None
        self._ready = threading.Event()
        self._open_error: BaseException | None = None
        self._bg_started = False
        self.color = interactive and _isatty(self.out) and "NO_COLOR" not in os.environ

    # ------------------------------------------------------------------ the store, opened in the background
    def start_background(self) -> None:
        """Open the store, then load completion metadata and warm the lexer, on a daemon thread."""
        if self._bg_started:
            return
        self._bg_started = True
        threading.Thread(target=self._background, name="aikg-open", daemon=True).start()

    def open_now(self) -> None:
        self._bg_started = True
        self._open()
        self._raise_open_error()
        self.refresher.refresh()

    def _raise_open_error(self) -> None:
        e = self._open_error
        if e is not None:
            raise e if isinstance(e, AikgError) else AikgError(f"cannot open the store: {_first_line(e)}")

    def _open(self) -> None:
        try:
            kg, reason = self._opener()
            from .metadata import MetadataRefresher
            self.refresher = MetadataRefresher(kg.store, on_ready=self._metadata_ready)
            self.kg, self.store, self.read_only_reason = kg, kg.store, reason
            self.label = str(getattr(kg.store, "label", "") or self.label)
        except BaseException as e:  # reported on the main thread
            self._open_error = e
        finally:
            self._ready.set()

    def _background(self) -> None:
        self._open()
        if self._open_error is not None:
            self._exit_app(StoreFailed())
            return
        self._invalidate()
        self.refresher.refresh()
        if self.lexer is not None:
            try:
                self.lexer.warm()
            except Exception:
                pass

    def wait_store(self) -> None:
        """Block (Ctrl-C aborts) until the store is open; raise what opening it raised."""
        if not self._bg_started:
            self.start_background()
        if not self._ready.is_set():
            try:
                with _CtrlC() as ctrl_c:
                    while not self._ready.wait(0.05):
                        ctrl_c.check()
            except KeyboardInterrupt:
                raise Cancelled() from None
        self._raise_open_error()

    def _app(self):
        app = getattr(self.session, "app", None) if self.session is not None else None
        return app if app is not None and app.is_running else None

    def _invalidate(self) -> None:
        app = self._app()
        if app is not None:
            app.invalidate()

    def _exit_app(self, exc: BaseException) -> None:
        app = self._app()
        if app is not None:
            try:
                app.loop.call_soon_threadsafe(lambda: app.is_running and app.exit(exception=exc))
            except Exception:
                pass

    # ------------------------------------------------------------------ metadata
    @property
    def snapshot(self):
        """The current metadata snapshot (None until the store is open)."""
        return self.refresher.current if self.refresher is not None else None

    def prefixes(self) -> dict:
        snap = self.snapshot
        if snap is not None:
            return dict(snap.prefixes)
        from ..rdf import PREFIXES
        return dict(PREFIXES)

    def completer(self):
        """The completer over the current snapshot (a new one after each refresh); None until
        the store is open."""
        snap = self.snapshot
        if snap is None:
            return None
        from .completer import SparqlCompleter
        c = self._completer
        if c is None or c.snapshot is not snap:
            c = self._completer = SparqlCompleter(snap)
        return c

    def _metadata_ready(self, snap) -> None:
        self._invalidate()

    def refresh_metadata(self, announce: bool = False) -> None:
        started = self.refresher.refresh()
        if announce:
            self.echo("refreshing completion metadata in the background" if started
                      else "a refresh is running; it will run again when it ends")

    # ------------------------------------------------------------------ output
    def echo(self, text: str = "") -> None:
        self.out.write(text + ("\n" if not text.endswith("\n") else ""))
        self.out.flush()

    def error(self, msg: str) -> None:
        text = f"error: {msg}"
        if self.color:
            text = f"\x1b[31m{text}\x1b[0m"
        self.echo(text)

    def dim(self, text: str) -> str:
        return f"\x1b[2m{text}\x1b[0m" if self.color else text

    def show(self, text: str, *, result: bool = True, plain: str | None = None) -> None:
        """Print output (through the pager when long); results also go to the \\o file."""
        from .output import page
        if self.interactive:
            page(text, self.out)
        else:
            self.echo(text.rstrip("\n"))
        if result and self._out_file is not None:
            try:
                self._out_file.write((plain if plain is not None else _strip_ansi(text)).rstrip("\n") + "\n\n")
                self._out_file.flush()
            except OSError as e:
                self.error(f"cannot write to {self.output_path}: {e.strerror or e}; \\o stopped")
                self.set_output(None)

    def width(self) -> int:
        from .output import terminal_size
        return max(terminal_size().columns - 1, 40)

    def show_table(self, headers, rows, footer_text: str | None = None) -> None:
        from .output import table_text, vertical_text
        rows = [list(r) for r in rows]
        if self.format == "vertical":
            text = vertical_text(headers, rows)
            plain = text
        else:
            text = table_text(headers, rows, width=self.width(), color=self.color)
            plain = table_text(headers, rows, width=self.width(), color=False) if self.color else text
        if footer_text:
            text += self.dim(footer_text) + "\n"
            plain += footer_text + "\n"
        self.show(text, plain=plain)

    def set_output(self, path: str | None) -> None:
        if self._out_file is not None:
            try:
                self._out_file.close()
            except OSError:
                pass
        self._out_file = None
        self.output_path = None
        if path:
            try:
                self._out_file = open(path, "a", encoding="utf-8")
            except OSError as e:
                raise AikgError(f"cannot open {path} for writing: {e.strerror or e}") from None
            self.output_path = path

    # ------------------------------------------------------------------ running things
    def call(self, fn, what: str = "query"):
        """Run fn(cancel_event) on a worker thread; Ctrl-C abandons it (-> Cancelled).
        Returns (result, seconds)."""
        box: dict = {}
        done = threading.Event()
        cancel = threading.Event()

        def target():
            try:
                box["r"] = fn(cancel)
            except BaseException as e:  # handed to the caller below
                box["e"] = e
            finally:
                done.set()

        th = threading.Thread(target=target, name=f"aikg-{what}", daemon=True)
        t0 = time.perf_counter()
        th.start()
        try:
            with _CtrlC() as ctrl_c:
                while not done.wait(0.05):
                    ctrl_c.check()
                    if self.timeout and time.perf_counter() - t0 > self.timeout:
                        cancel.set()
                        self.abandoned.append(th)
                        raise AikgError(f"{what} timed out after {self.timeout:g} s (start the shell with a larger --timeout)")
        except KeyboardInterrupt:
            cancel.set()
            self.abandoned.append(th)
            raise Cancelled() from None
        secs = time.perf_counter() - t0
        if "e" in box:
            e = box["e"]
            if isinstance(e, (AikgError, KeyboardInterrupt)):
                raise e
            if isinstance(e, SyntaxError):
                from ..queries import _syntax_message
                raise AikgError(_syntax_message(str(e), "")) from None
            raise AikgError(f"{what} failed: {_first_line(e)}") from None
        return box["r"], secs

    def _query(self, name_or_sparql: str, params: dict):
        from ..run import run_query

        def work(cancel):
            def consume(res):
                if res.kind == "graph":
                    res.triples = [t for t in res.triples]
                elif res.kind == "select":
                    rows = []
                    for r in res.rows:
                        rows.append(r)
                        if cancel.is_set():
                            break
                    res.rows = rows
            return run_query(self.store, name_or_sparql, params, allow_update=self.allow_update,
                             consume=consume)
        return self.call(work)

    def run_sparql(self, sparql: str) -> None:
        res, secs = self._query(sparql, {})
        self.show_result(res, secs)
        if res.kind == "update":
            self.refresh_metadata()

    def run_saved(self, name: str, params: dict) -> None:
        from ..queries import catalogue
        if name not in catalogue():
            import difflib
            close = difflib.get_close_matches(name, list(catalogue()), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise AikgError(f"no saved query named {name!r}{hint} (\\queries lists them)")
        res, secs = self._query(name, params)
        self.show_result(res, secs)

    def show_result(self, res, secs: float | None) -> None:
        from .output import SCREEN_ROWS_LIMIT, footer, graph_text, select_text
        t = secs if self.timing else None
        if res.kind == "ask":
            self.show(("true" if res.boolean else "false") + "\n" + self.dim(footer(1, t, what="answer")) + "\n",
                      plain=("true" if res.boolean else "false"))
            return
        if res.kind == "update":
            self.show("update done" + (f" in {secs:.3f} s" if t is not None else ""))
            return
        if res.kind == "graph":
            triples = list(res.triples)
            text = graph_text(triples)
            self.show(text + self.dim(footer(len(triples), t, what="triple")) + "\n", plain=text)
            return
        rows = res.rows
        n = len(rows)
        labels = self.snapshot.labels if self.snapshot is not None else None
        text = select_text(res.variables, rows, self.format, width=self.width(), color=self.color, labels=labels)
        plain = text if not self.color else select_text(res.variables, rows, self.format, width=self.width(),
                                                         color=False, labels=labels)
        shown = min(n, SCREEN_ROWS_LIMIT) if self.format in ("table", "vertical") else None
        foot = footer(n, t, shown=shown)
        if self.format in ("csv", "json") and self.interactive:
            self.show(text, plain=plain)   # data stays clean; the count goes below it
            self.echo(self.dim(foot))
            return
        self.show(text + self.dim(foot) + "\n", plain=plain + foot + "\n")

    # ------------------------------------------------------------------ entity helpers
    def expand_value(self, value: str) -> str:
        """`id:company/x` or `<iri>` -> the full IRI; anything else unchanged (a label)."""
        v = value.strip()
        if v.startswith("<") and v.endswith(">"):
            return v[1:-1]
        m = re.match(r"^([A-Za-z][\w.\-]*)?:(\S*)$", v)
        prefixes = self.prefixes()
        if m and (m.group(1) or "") in prefixes:
            return prefixes[m.group(1) or ""] + re.sub(r"\\(.)", r"\1", m.group(2))
        return v

    def resolve(self, text: str):
        """An entity named by label, alias, prefixed name or IRI -> (NamedNode, label, kind)."""
        import pyoxigraph as ox
        from ..linking import label_index
        t = text.strip()
        v = self.expand_value(t)
        idx = label_index(self.store)
        if v != t or re.match(r"^(?:https?|urn):\S+$", t, re.I):   # an IRI, written out or prefixed
            try:
                node = ox.NamedNode(v)
            except ValueError as e:
                raise AikgError(f"{t!r} is not a valid IRI ({e})") from None
            return node, idx.pref.get(v, ""), idx.kind.get(v, "")
        hit = idx.lookup(t)
        if hit is None:
            import difflib
            labels = sorted(set(idx.pref.values()))
            close = difflib.get_close_matches(text, labels, n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise AikgError(f"no entity called {text!r} in the graph{hint}")
        return ox.NamedNode(hit.iri), hit.label, hit.kind

    def describe(self, text: str) -> None:
        from ..run import compact
        node, label, kind = self.resolve(text)
        (res, srcs), secs = self.call(lambda cancel: (
            _collect(self.store, "describe", {"entity": node}),
            _collect(self.store, "sources", {"entity": node})), what="describe")
        head = f"{label or compact(node.value)}" + (f" ({kind})" if kind else "") + f"  <{node.value}>"
        lines = [self._bold(head)]
        rows = []
        for r in res.rows:
            if _v(r, "direction") == "in" and _v(r, "predicate").startswith(RDF_NS) \
                    and _v(r, "predicate")[len(RDF_NS):] in ("subject", "object", "predicate"):
                continue  # evidence bookkeeping: the Sources below quote those sentences
            arrow = "→" if _v(r, "direction") == "out" else "←"
            rows.append((f"{arrow} {_v(r, 'predicateLabel')}", _display(r.get("value"), r.get("valueLabel"))))
        from .output import table_text
        body = "\n".join(lines) + "\n"
        if rows:
            body += table_text(["statement", "value"], rows, width=self.width(), color=self.color)
        else:
            body += "The graph says nothing about it.\n"
        quotes = _quotes(srcs.rows)
        if quotes:
            body += "\n" + self._bold("Sources") + "\n" + "".join(self._wrap_quote(d, q) for d, q in quotes)
        body += self.dim(f"{len(rows)} statement{'s' if len(rows) != 1 else ''}, {len(quotes)} source sentence{'s' if len(quotes) != 1 else ''}"
                         + (f" in {secs:.3f} s" if self.timing else "")) + "\n"
        self.show(body)

    def sources(self, text: str) -> None:
        node, label, kind = self.resolve(text)
        res, secs = self.call(lambda cancel: _collect(self.store, "sources", {"entity": node}), what="sources")
        quotes = _quotes(res.rows)
        from .output import footer
        self.show_table(["document", "quote"], quotes,
                        footer_text=footer(len(quotes), secs if self.timing else None, what="sentence"))

    def _wrap_quote(self, doc: str, quote: str) -> str:
        import textwrap
        return textwrap.fill(f"{doc}: “{quote}”", width=self.width(), initial_indent="  ",
                             subsequent_indent="      ") + "\n"

    def _bold(self, text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if self.color else text

    # ------------------------------------------------------------------ questions
    def ask(self, question: str) -> None:
        a, secs = self.call(lambda cancel: self.kg.ask(question), what="question")
        label = a.status.replace("_", " ")
        colour = {"answered": "32", "no_answer": "33", "not_understood": "31"}.get(a.status, "0")
        head = f"\x1b[1;{colour}m{label}\x1b[0m" if self.color else label
        text = f"{head}  {a.answer}\n"
        if a.sources:
            text += "\n" + self._bold("Evidence") + "\n"
            text += "".join(self._wrap_quote(s.get("document", ""), s.get("quote", "")) for s in a.sources[:8])
        if a.suggestions:
            text += "\nTry: " + "; ".join(a.suggestions[:3]) + "\n"
        if a.sparql:
            text += "\n" + self._bold("SPARQL" + (f" (saved query {a.intent})" if a.intent else "")) + "\n"
            text += self.dim(a.sparql.strip()) + "\n"
        if self.timing:
            text += self.dim(f"answered in {secs:.3f} s") + "\n"
        self.show(text)

    # ------------------------------------------------------------------ store-changing commands
    def _writable(self) -> None:
        if getattr(self.store, "read_only", False):
            why = f" ({self.read_only_reason})" if self.read_only_reason else ""
            raise AikgError(f"{self.store.label} is read-only{why}")

    def ingest(self, paths: list[str]) -> None:
        self._writable()
        counts: dict[str, int] = {}
        facts = 0

        def step(r):
            nonlocal facts
            counts[r.status] = counts.get(r.status, 0) + 1
            facts += r.facts
            msg = f": {r.message}" if r.message else ""
            self.echo(f"  {r.status:<9} {r.path}{msg}")
        try:
            self.kg.ingest(paths, progress=step)
        except KeyboardInterrupt:
            self.echo("ingest interrupted; the documents written so far are kept")
        finally:
            if hasattr(self.store, "flush"):
                try:
                    self.store.flush()
                except Exception:
                    pass
            if counts:
                self.refresh_metadata()
        summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("added", "replaced", "unchanged", "skipped"))
        self.echo(f"{summary}; {facts} facts extracted")

    def export(self, fmt: str | None, path: str) -> None:
        import importlib
        try:
            mod = importlib.import_module("aikg.export")
        except ImportError:
            mod = None
        fn = getattr(mod, "export", None) if mod is not None else None
        if fn is None:
            raise AikgError("export is not available in this version of aikg")
        summary, secs = self.call(lambda cancel: fn(self.store, fmt, path), what="export")
        info = summary if isinstance(summary, dict) else {}
        files = ", ".join(info.get("files") or [path])
        bits = [f"{info[k]:,} {k}" for k in ("nodes", "edges", "quads") if isinstance(info.get(k), int)]
        detail = f" ({info.get('format', fmt)}" + (": " + ", ".join(bits) if bits else "") + ")"
        self.echo(f"wrote {files}{detail}" + (f" in {secs:.3f} s" if self.timing else ""))

    # ------------------------------------------------------------------ status and toolbar
    def _triples(self) -> str:
        snap = self.snapshot
        n = snap.triples if snap is not None else None
        return f"{n:,} triples" if n is not None else "… triples"

    def status_text(self) -> str:
        snap = self.snapshot
        ro = "read-only" + (f" ({self.read_only_reason})" if self.read_only_reason else "") \
            if getattr(self.store, "read_only", False) else "writable"
        if snap is not None and snap.ready:
            meta = (f"ready: {len(snap.classes)} classes, {len(snap.properties)} properties, "
                    f"{len(snap.entities)} entities, {len(snap.saved_queries)} saved queries "
                    f"(loaded in {snap.seconds:.2f} s)")
        else:
            meta = "loading…" if self.refresher is not None and self.refresher.loading else "not loaded"
        if snap is not None and snap.error:
            meta += f"; last refresh failed: {snap.error}"
        running = self.busy_threads()
        lines = [f"store:    {self.label} ({ro})", f"size:     {self._triples()}",
                 f"metadata: {meta}", f"format:   {self.format}; timing {'on' if self.timing else 'off'}",
                 f"history:  {history_path()}"]
        if self.output_path:
            lines.append(f"output:   also written to {self.output_path}")
        if running:
            lines.append(f"running:  {running} abandoned quer{'y' if running == 1 else 'ies'} still finishing in the background")
        return "\n".join(lines)

    def toolbar(self):
        snap = self.snapshot
        label = self.label or "store"
        if len(label) > 40:
            label = "…" + label[-39:]
        parts = [label]
        if not self._ready.is_set():
            parts.append("opening the store…")
        else:
            if getattr(self.store, "read_only", False):
                parts[0] += " [read-only" + (f": {self.read_only_reason}" if self.read_only_reason else "") + "]"
            parts.append(self._triples() + ("" if snap is not None and snap.ready else " · loading metadata…"))
        parts.append(f"format {self.format}")
        parts.append("multi-line: end with ; or Esc-Enter [F3]" if self.multiline else "single-line: Enter runs [F3]")
        parts.append(f"timing {'on' if self.timing else 'off'}")
        if self.output_path:
            parts.append(f"\\o {self.output_path}")
        frags = [("class:bottom-toolbar", " " + " │ ".join(parts) + " ")]
        if self.message:
            frags.append(("class:bottom-toolbar.message", f" {self.message} "))
        return frags

    # ------------------------------------------------------------------ one input
    def execute(self, text: str):
        """Run one input. Returns (text, cursor) to put back in the prompt, or None.

        A query or question that fails or is cancelled comes back for editing (a syntax error
        with the cursor on it); a backslash command does not (Up recalls it)."""
        s = text.strip()
        if not s:
            return None
        meta = S.is_meta(s) or s.lower() == "help"
        keep = None if meta else (text, len(text))
        if s.lower() in QUIT_WORDS:
            self.quit = True
            return None
        try:
            if s.lower() == "help":
                s = "\\help"
            if not (S.is_meta(s) and s.split()[0] in ("\\help", "\\h", "\\?", "\\quit", "\\exit")):
                self.wait_store()
            if S.is_meta(s):
                from .commands import dispatch
                dispatch(self, s)
            elif S.is_question(s):
                self.ask(s[1:].strip() or "")
            else:
                self.run_sparql(strip_terminator(text))
            return None
        except Cancelled:
            if meta:
                self.echo("cancelled")
            else:
                self.echo("cancelled: the query is abandoned (it may finish in the background); "
                          "its text is kept in the prompt (Ctrl-C clears it)")
            return keep
        except AikgError as e:
            msg = str(e)
            self.error(_shorten(msg))
            loc = error_location(msg)
            if loc and not meta and not S.is_question(s):
                self._show_caret(strip_terminator(text), *loc)
                return text, offset_of(text, *loc)
            return keep
        except KeyboardInterrupt:
            self.echo("interrupted")
            return keep
        except Exception as e:  # the last line of defence: one line, no trace
            self.error(f"unexpected {type(e).__name__}: {_first_line(e)}")
            return keep

    def _show_caret(self, text: str, line: int, column: int) -> None:
        lines = text.split("\n")
        if not 0 < line <= len(lines):
            return
        src = lines[line - 1]
        pad = len(str(line))
        self.echo(f"  {line} | {src}\n  {'':>{pad}} | {' ' * max(column - 1, 0)}^")

    # ------------------------------------------------------------------ the prompt
    def _make_session(self):
        from prompt_toolkit import PromptSession
        from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
        from prompt_toolkit.completion import DynamicCompleter, ThreadedCompleter
        from prompt_toolkit.history import FileHistory, InMemoryHistory
        from prompt_toolkit.styles import Style

        from .keys import key_bindings
        from .lexer import ShellLexer

        self.lexer = ShellLexer()
        hp = history_path()
        try:
            hp.parent.mkdir(parents=True, exist_ok=True)
            history = FileHistory(str(hp))
        except OSError:
            history = InMemoryHistory()
        style = Style.from_dict({
            "bottom-toolbar": "noreverse bg:#222222 #aaaaaa",
            "bottom-toolbar.message": "noreverse bg:#222222 #ffaf00 bold",
            "prompt": "bold",
            "continuation": "#888888",
        })
        self.session = PromptSession(
            history=history,
            lexer=self.lexer,
            completer=ThreadedCompleter(DynamicCompleter(self.completer)),
            complete_while_typing=True,
            auto_suggest=AutoSuggestFromHistory(),
            multiline=True,
            prompt_continuation=lambda width, line_no, soft: [("class:continuation", "." * max(width - 2, 0) + "> ")],
            key_bindings=key_bindings(self),
            bottom_toolbar=self.toolbar,
            enable_open_in_editor=True,
            tempfile_suffix=".rq",
            enable_history_search=False,
            search_ignore_case=True,
            style=style,
            include_default_pygments_style=True,
            mouse_support=False,
        )
        self.session.default_buffer.on_text_changed += self._clear_message
        return self.session

    def _clear_message(self, _buffer) -> None:
        self.message = ""

    def _after_first_paint(self) -> None:
        """pre_run of the first prompt: open the store once the prompt has been drawn."""
        import asyncio
        try:
            asyncio.get_running_loop().call_soon(self.start_background)
        except RuntimeError:
            self.start_background()

    def run(self) -> None:
        from prompt_toolkit.document import Document
        session = self._make_session()
        default = Document("")
        first = True
        while not self.quit:
            try:
                text = session.prompt([("class:prompt", PROMPT)], default=default,
                                      pre_run=self._after_first_paint if first else None)
            except KeyboardInterrupt:   # Ctrl-C at the prompt clears it
                default = Document("")
                continue
            except EOFError:            # Ctrl-D
                break
            except StoreFailed:
                break
            first = False
            kept = self.execute(text)
            default = Document(kept[0], cursor_position=kept[1]) if kept else Document("")
        self.close()
        self._raise_open_error()

    def run_script(self, stream) -> int:
        """Read inputs from a non-terminal stream (`aikg shell < file.rq`): same rules, no prompt."""
        self.open_now()
        buf = ""
        errors = 0
        for line in stream:
            buf += line
            if should_run(buf.rstrip("\n"), True):
                kept = self.execute(buf.rstrip("\n"))
                errors += kept is not None
                buf = ""
                if self.quit:
                    break
        if buf.strip() and not self.quit:
            kept = self.execute(buf.rstrip("\n"))
            errors += kept is not None
        self.close()
        return 1 if errors else 0

    def close(self) -> None:
        self.set_output(None)
        if self.store is not None and hasattr(self.store, "flush") and not getattr(self.store, "read_only", True):
            try:
                self.store.flush()
            except Exception:
                pass

    def busy_threads(self) -> int:
        return sum(1 for t in self.abandoned if t.is_alive())


# ---------------------------------------------------------------------- small helpers

def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _first_line(e: BaseException) -> str:
    s = str(e)
    return s.splitlines()[0] if s else type(e).__name__


def _shorten(msg: str, limit: int = 300) -> str:
    """Oxigraph lists every token it expected; keep the message readable."""
    if len(msg) <= limit:
        return msg
    loc = re.search(r"\s*\(line \d+, column \d+.*\)$", msg)
    tail = loc.group() if loc else ""
    return msg[:limit - len(tail)].rstrip() + "…" + tail


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _v(row: dict, name: str) -> str:
    t = row.get(name)
    return "" if t is None else t.value


def _display(value, label) -> str:
    from ..run import compact
    import pyoxigraph as ox
    if isinstance(value, ox.NamedNode):
        lab = label.value if label is not None else ""
        short = compact(value.value)
        return f"{lab} ({short})" if lab and lab != value.value and lab != short else short
    return label.value if label is not None else (value.value if value is not None else "")


def _quotes(rows) -> list[tuple[str, str]]:
    seen = []
    for r in rows:
        pair = (_v(r, "doc"), _v(r, "quote"))
        if pair not in seen:
            seen.append(pair)
    return seen


def _collect(store, name: str, params: dict):
    from ..run import run_query
    return run_query(store, name, params)


# ---------------------------------------------------------------------- entry point

def main(obj, *, allow_update: bool = False) -> None:
    """Run the shell. The store is opened for writing (read-only when another process holds it)
    on a background thread once the prompt is up, so the prompt comes first."""

    def opener():
        from ..store import StoreInUse
        try:
            return obj.kg(write=True), ""
        except StoreInUse:
            return obj.kg(write=False), "in use by another process"

    label = getattr(obj, "endpoint", None) or getattr(obj, "store_dir", None) or ""
    if not label:
        from .. import default_store_dir
        label = str(default_store_dir())
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    shell = Shell(opener, timeout=getattr(obj, "timeout", None), allow_update=allow_update,
                  interactive=interactive, label=str(label))
    if not interactive:
        code = shell.run_script(sys.stdin)
        _finish(shell, code)
        return
    shell.echo("aikg shell: end a query with ';' or press Esc Enter; \\help for help, Ctrl-D to quit.")
    try:
        shell.run()
    except KeyboardInterrupt:
        pass
    _finish(shell, 0)


def _finish(shell: Shell, code: int) -> None:
    """Leave; when abandoned queries are still running inside the store, skip interpreter
    teardown (it would wait on, or free memory under, native code still working)."""
    if shell.busy_threads():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    if code:
        sys.exit(code)
