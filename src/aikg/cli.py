"""The `aikg` command line: thin definitions over `aikg.KnowledgeGraph`.

Exit codes: 0 success, 1 user error (one line on stderr), 2 usage error. `--debug` shows traces.
"""
from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path

import click

from . import KnowledgeGraph, __version__
from .errors import AikgError

FORMATS = ["table", "csv", "tsv", "json"]


class Ctx:
    def __init__(self, store, endpoint, update_endpoint, empty, debug, timeout):
        self.store_dir = store
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.empty = empty
        self.debug = debug
        self.timeout = timeout

    def kg(self, write: bool = False) -> KnowledgeGraph:
        kg = KnowledgeGraph.open(self.store_dir, endpoint=self.endpoint,
                                 update_endpoint=self.update_endpoint, empty=self.empty,
                                 write=write, timeout=self.timeout,
                                 read_only=not write)  # a read never keeps an ingest out
        for note in getattr(kg.store, "notes", ()):   # what a read left behind, as it was
            click.echo(f"aikg: note: {_safe(note)}", err=True)
        return kg


def _safe(text: str, keep: str = "") -> str:
    """File names, messages and values may hold control characters (terminal escapes) or
    undecodable bytes: show those escaped."""
    return "".join(c.encode("unicode_escape").decode() if unicodedata.category(c) in ("Cc", "Cs") and c not in keep
                   else c for c in str(text))


def _err(msg: str) -> None:
    click.echo(f"aikg: error: {_safe(msg)}", err=True)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # `aikg … | head`: the reader left; click would exit 1 here
            os._exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--store", type=click.Path(file_okay=False), envvar="AIKG_STORE",
              help="Persistent store directory (created if missing). Default: a store in your data directory, seeded from the bundled graph.")
@click.option("--endpoint", metavar="URL", envvar="AIKG_ENDPOINT",
              help="Use a remote SPARQL 1.1 endpoint instead of a local store (credentials from AIKG_ENDPOINT_USER/AIKG_ENDPOINT_PASSWORD or AIKG_ENDPOINT_TOKEN).")
@click.option("--update-endpoint", metavar="URL", help="SPARQL update URL when it differs from --endpoint.")
@click.option("--empty", is_flag=True, help="A new --store starts empty instead of with the bundled graph's facts.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds before a query or HTTP request is abandoned.")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(__version__, prog_name="aikg")
@click.pass_context
def cli(ctx, store, endpoint, update_endpoint, empty, timeout, debug):
    """aikg: a knowledge graph of companies' AI and cloud spending, with provenance.

    \b
    Quick start:
      aikg ask "Which costs sit in which segment?"
      aikg ingest article.txt more-articles/
      aikg query costs-by-segment --param company=Alibaba
      aikg shell
    """
    if store and endpoint:
        raise click.UsageError("use either --store or --endpoint, not both")
    ctx.obj = Ctx(store, endpoint, update_endpoint, empty, debug, timeout)
    from .pattern_cache import for_command
    for_command(ctx.invoked_subcommand)     # each command's compiled patterns in a file of their own
    if ctx.invoked_subcommand in GUARDED and "--help" not in sys.argv and "-h" not in sys.argv:
        import threading
        from .limits import guard
        done = threading.Event()
        guard(ctx.invoked_subcommand, timeout if timeout and timeout > 0 else None, stop=done, started=_PROGRAM_START)
        ctx.call_on_close(done.set)  # the watch ends with the command


# commands that answer (read): the whole command ends within --timeout, with bounded memory
# (counted from the process's start when `aikg` runs as a program: main() without arguments)
_PROGRAM_START: float | None = None
GUARDED = {"ask", "query", "conflicts", "stats", "export", "describe", "sources", "validate"}


# ---------------------------------------------------------------------- documents
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract documents in N processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or per-file lines.")
@click.pass_obj
def ingest(obj: Ctx, paths, jobs, quiet):
    """Extract facts from documents (.txt, .md, .html files or folders) into the store.

    Re-ingesting an unchanged file changes nothing; a changed file replaces that document's
    facts, and so does an unchanged one stored by another version of the extractor (it is
    extracted again). Each document is written in one transaction.
    """
    from . import collect_documents
    files, _ = collect_documents(paths)  # fail fast on bad paths, before opening the store
    kg = obj.kg(write=True)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "skipped": 0}
    facts = 0
    show = not quiet and sys.stderr.isatty()
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), transient=True, disable=not show) as prog:
        task = prog.add_task("", total=len(files))

        def step(r):
            nonlocal facts
            counts[r.status] += 1
            facts += r.facts
            if r.status == "skipped":
                click.echo(f"aikg: skipped {_safe(r.path)}: {_safe(r.message)}", err=True)
            elif r.status in ("added", "replaced") and not (r.facts or r.claims):
                # stored, but nothing read from it: a layout or a naming of its company aikg does not read
                click.echo(f"aikg: warning: {_safe(r.path)}: stored, but no fact or claim was read from it "
                           f"(no company or figure aikg could place)", err=True)
            if r.doc:
                prog.update(task, advance=1, description=Path(r.path).name[:40])
        kg.ingest(paths, progress=step, jobs=jobs)
    if not quiet:
        click.echo(f"{counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged, "
                   f"{counts['skipped']} skipped; {facts} facts extracted")
    if counts["skipped"] and not (counts["added"] or counts["replaced"] or counts["unchanged"]):
        sys.exit(1)


@cli.command()
@click.argument("doc")
@click.pass_obj
def remove(obj: Ctx, doc):
    """Remove a document (by its id, the file-name stem) and every fact it supports."""
    doc = Path(doc).stem if doc.endswith((".txt", ".md", ".html", ".htm")) else doc
    kg = obj.kg(write=True)
    if doc != doc.encode("utf-8", "replace").decode("utf-8") or not kg.remove(doc):
        raise AikgError(f"no document {doc!r} in the store (`aikg query documents` lists them)")
    click.echo(f"removed {doc}")


@cli.command()
@click.pass_obj
def compact(obj: Ctx):
    """Merge the store's index files (faster reads after many ingests).

    An ingest compacts the store itself only when its files have doubled since the last
    compaction; after adding a few thousand documents to a large store, run this once.
    """
    if obj.endpoint:
        raise AikgError("compact works on a local store (--store DIR), not on an endpoint")
    kg = obj.kg(write=True)
    before = kg.store.disk_bytes()
    if not kg.compact():
        raise AikgError(f"{kg.store.label} is not an on-disk store: nothing to compact")
    click.echo(f"compacted {kg.store.label}: {before / 2**20:.0f} MB -> {kg.store.disk_bytes() / 2**20:.0f} MB")


@cli.command()
@click.option("--corpus", type=click.Path(file_okay=False), default="../shared/corpus", show_default=True,
              help="Folder of documents to build from.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Folder to write kg.trig into (default: the graph/ folder aikg ships).")
@click.pass_obj
def build(obj: Ctx, corpus, out):
    """Rebuild the bundled graph from a corpus (byte-identical output for the same input)."""
    from .ingest import build as do_build
    from .store import data_dir
    if not Path(corpus).exists():
        raise AikgError(f"{corpus}: no such folder")
    target, results = do_build(Path(corpus), Path(out) if out else data_dir())
    for r in results:
        if r.status == "skipped":
            click.echo(f"aikg: skipped {_safe(r.path)}: {_safe(r.message)}", err=True)
    n = sum(1 for r in results if r.status in ("added", "replaced"))
    click.echo(f"wrote {target} from {n} documents ({sum(r.facts for r in results)} facts)")


# ---------------------------------------------------------------------- asking and querying
TABLE_PAGE = 100


def _rows_out(res, fmt: str, out=None, page: tuple[int | None, int] = (None, 0)) -> int:
    from .run import json_value, term_display, term_value
    out = out or sys.stdout
    if res.kind == "ask":
        click.echo(json.dumps({"boolean": res.boolean}) if fmt == "json" else str(res.boolean).lower(), file=out)
        return 1
    if res.kind == "update":
        click.echo("update done", file=out)
        return 0
    if res.kind == "graph":
        import pyoxigraph as ox
        data = ox.serialize(list(res.triples), format=ox.RdfFormat.TURTLE)
        out.write(data.decode())
        return 0
    vars_ = res.variables
    n = 0
    if fmt in ("csv", "tsv"):
        import csv
        from .cells import spreadsheet_safe
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(vars_)
        for row in res.rows:
            w.writerow([spreadsheet_safe(term_value(row.get(v)) or "") for v in vars_])
            n += 1
        return n
    if fmt == "json":
        out.write('{"variables": ' + json.dumps(vars_) + ', "rows": [')
        for row in res.rows:
            out.write(("," if n else "") + "\n  " + json.dumps({v: json_value(row[v]) for v in vars_ if v in row}, ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
        return n
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    limit = 1000
    table = Table(show_lines=False, header_style="bold")
    for v in vars_:
        table.add_column(v, overflow="fold")
    for row in res.rows:
        if n < limit:
            table.add_row(*[Text(_safe(term_display(row.get(v)), "\n\t")) for v in vars_])  # data, not markup
        n += 1
    tty = hasattr(out, "isatty") and out.isatty()
    console = Console(file=out, soft_wrap=False, width=None if tty else 250)
    console.print(table)
    more = f" (first {limit} shown; use --format csv for all)" if n > limit else ""
    if page[0] is not None and n >= page[0] and n <= limit:
        more = f" from row {page[1] + 1} (--limit {page[0]}; --offset {page[1] + n} for the next page)"
    console.print(f"[dim]{n} row{'s' if n != 1 else ''}{more}[/dim]")
    return n


@cli.command()
@click.argument("name", required=False)
@click.option("-e", "--expr", "sparql", metavar="SPARQL", help="Run this SPARQL text.")
@click.option("-f", "--file", "file_", type=click.Path(dir_okay=False), help="Run the SPARQL in this file.")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="A saved-query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--allow-update", is_flag=True, help="Allow INSERT/DELETE/LOAD/CLEAR/DROP.")
@click.option("--allow-remote", is_flag=True, help="Allow SERVICE, LOAD and FROM of remote IRIs.")
@click.option("--limit", type=click.IntRange(0), default=None,
              help=f"At most this many rows (default {TABLE_PAGE} for tables; csv/json stream every row).")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Skip this many rows first.")
@click.pass_obj
def query(obj: Ctx, name, sparql, file_, params, fmt, allow_update, allow_remote, limit, offset):
    """Run a saved query by NAME, or SPARQL with -e / -f.

    \b
    Examples:
      aikg query costs-by-segment --param company=Alibaba
      aikg query -e 'SELECT ?s WHERE { ?s a kg:Segment }' --format csv
    """
    given = [x for x in (name, sparql, file_) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of NAME, -e SPARQL or -f FILE")
    text = name or sparql
    if file_:
        try:
            text = Path(file_).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise AikgError(f"{file_}: cannot read ({getattr(e, 'strerror', None) or e})") from None
    kv = {}
    for p in params:
        if "=" not in p:
            raise click.UsageError(f"--param {p!r}: expected KEY=VALUE")
        k, v = p.split("=", 1)
        kv[k.strip()] = v
    kg = obj.kg(write=allow_update)
    from .run import run_query
    if limit is None and fmt == "table":
        limit = TABLE_PAGE
    run_query(kg.store, text, kv, allow_update=allow_update, allow_remote=allow_remote,
              timeout=obj.timeout, consume=lambda res: _rows_out(res, fmt, page=(limit, offset)),
              limit=limit, offset=offset)


@cli.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def queries_cmd(fmt):
    """List the saved queries (the catalogue of what can be asked)."""
    from .queries import catalogue
    cat = catalogue()
    if fmt == "json":
        click.echo(json.dumps([{"name": q.name, "summary": q.summary, "params": [p.name for p in q.params],
                                "examples": list(q.examples)} for q in cat.values()], indent=1))
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(header_style="bold")
    t.add_column("name")
    t.add_column("parameters")
    t.add_column("summary", overflow="fold")
    for q in cat.values():
        t.add_row(q.name, ", ".join(p.name + ("" if p.optional else "*") for p in q.params), q.summary)
    Console().print(t)


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--llm", metavar="URL", help="Optional OpenAI-compatible endpoint to draft SPARQL for questions outside the catalogue.")
@click.option("--no-sparql", is_flag=True, help="Do not print the SPARQL that answered (JSON output always keeps it).")
@click.pass_obj
def ask(obj: Ctx, question, fmt, llm, no_sparql):
    """Ask a question in plain English; prints the answer, its evidence and the SPARQL."""
    text = " ".join(question)
    if not text.strip():
        raise AikgError('empty question; ask in words, e.g. aikg ask "Which costs sit in which segment?"')
    kg = obj.kg()
    a = kg.ask(text, timeout=obj.timeout)
    if a.status == "not_understood" and llm:
        from .llm import draft_answer
        a = draft_answer(kg, text, llm, timeout=obj.timeout) or a
    if fmt == "json":
        click.echo(json.dumps(a.to_json(), ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.markup import escape
    c = Console()
    style = {"answered": "bold green", "no_answer": "bold yellow", "not_understood": "bold red"}[a.status]
    text = escape(_safe(a.answer, "\n"))
    basis = f" ({a.basis})" if a.status == "answered" else ""
    c.print(f"[{style}]{a.status.replace('_', ' ')}{basis}[/{style}]  {text}", highlight=False)
    if a.sources:
        c.print("\n[bold]Evidence[/bold]")
        for s in a.sources[:8]:
            doc, quote = escape(_safe(s["document"])), escape(_safe(s["quote"], "\n"))
            c.print(f"  [cyan]{doc}[/cyan]: “{quote}”", highlight=False)
    if a.sparql and not no_sparql:
        c.print("\n[bold]SPARQL[/bold]" + (f" (saved query: {a.intent})" if a.intent else ""))
        c.print(a.sparql.strip(), highlight=False, markup=False, soft_wrap=True)   # copyable: no wrapping


# ---------------------------------------------------------------------- graph-level commands
@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def stats(obj: Ctx, fmt):
    """Counts of triples, documents, facts and entities by type."""
    s = obj.kg().stats()
    if fmt == "json":
        click.echo(json.dumps(s, indent=1))
        return
    click.echo(f"store:     {s['store']}\ntriples:   {s['triples']}\ndocuments: {s['documents']}\nfacts:     {s['facts']}\nevidence:  {s['evidence']}\nsentences: {s['sentences']}")
    for k, v in sorted(s["by_type"].items()):
        click.echo(f"  {k:<14} {v}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def conflicts(obj: Ctx, fmt):
    """Facts that documents report with different values (both kept, each with its source)."""
    res = obj.kg().conflicts()
    n = _rows_out(res, fmt)
    if n == 0 and fmt == "table":
        click.echo("no conflicting values", err=True)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def validate(obj: Ctx, fmt):
    """Check the graph against the SHACL shapes in graph/shapes.ttl."""
    violations = obj.kg().validate()
    if fmt == "json":
        click.echo(json.dumps({"conforms": not violations, "violations": violations}, indent=1))
    else:
        for v in violations:
            click.echo(f"{v['severity']}: {v['focus']} ({v.get('document') or 'no document'}): {v['path']}: {v['message']}")
        click.echo("conforms: no violations" if not violations else f"{len(violations)} violation(s)")
    if violations:
        sys.exit(1)


def main(argv=None):
    global _PROGRAM_START
    if argv is None:   # the `aikg` program (console script, python -m aikg), not a call from Python
        import time
        from .limits import process_age
        _PROGRAM_START = time.monotonic() - process_age()
    debug = "--debug" in (argv or sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="aikg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aikg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(2 if isinstance(e, click.UsageError) else e.exit_code)
    except AikgError as e:
        if debug:
            raise
        _err(str(e))
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("aikg: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        os._exit(0)
    except Exception as e:  # the last line of defence: one line, no trace
        if debug:
            raise
        _err(f"unexpected {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''} (rerun with --debug for details)")
        sys.exit(1)
    sys.exit(0)


def _register_optional():
    """Commands that live in their own modules (imported lazily when run)."""
    from .commands import register
    register(cli)


try:
    _register_optional()
except ImportError:
    pass
