"""The shell's backslash commands: one registry, from which `\\help` and completion are made.

A command is a function `handler(shell, arg)` taking the rest of the line as one string.
`kinds` tells the completer what each argument is: `query` (a saved query's name), `param*`
(any number of saved-query parameters), `path`, `entity` (the rest of the line is an entity's
name), `command`, `export-format` or `choice:a|b|c`. Nothing heavy is imported here.
"""
from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..errors import AikgError

if TYPE_CHECKING:  # pragma: no cover
    from .app import Shell

FORMATS = ("table", "csv", "json", "vertical")


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    summary: str
    handler: Callable[["Shell", str], None]
    aliases: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    details: str = ""


REGISTRY: dict[str, Command] = {}
_BY_ALIAS: dict[str, Command] = {}


def command(name: str, usage: str = "", *, aliases: tuple[str, ...] = (), kinds: tuple[str, ...] = ()):
    def deco(fn):
        doc = (fn.__doc__ or "").strip()
        summary, _, details = doc.partition("\n")
        cmd = Command(name, usage, summary.strip(), fn, aliases, kinds, _dedent(details))
        REGISTRY[name] = cmd
        for n in (name, *aliases):
            _BY_ALIAS[n] = cmd
        return fn
    return deco


def _dedent(text: str) -> str:
    import textwrap
    return textwrap.dedent(text).strip()


def lookup(name: str) -> Command | None:
    """`q`, `\\q`, `quit` -> the command, or None."""
    return _BY_ALIAS.get(name.lstrip("\\"))


def arg_kinds(cmd: Command) -> tuple[str, ...]:
    return cmd.kinds


def names() -> list[tuple[str, Command]]:
    """Every spelling (`\\quit`, `\\exit`...) with its command, for completion."""
    return sorted(_BY_ALIAS.items())


def split_command(line: str) -> tuple[str, str]:
    """`\\q costs-by-segment company=X` -> ('q', 'costs-by-segment company=X')."""
    import re
    m = re.match(r"(\S*)\s*(.*)", line.strip()[1:], re.S)
    return m.group(1), m.group(2).strip()


def dispatch(shell: "Shell", line: str) -> None:
    name, arg = split_command(line)
    cmd = lookup(name)
    if cmd is None:
        import difflib
        close = difflib.get_close_matches(name, list(_BY_ALIAS), n=3)
        hint = f"; did you mean {', '.join(chr(92) + c for c in close)}?" if close else ""
        raise AikgError(f"unknown command \\{name}{hint} (\\help lists them)")
    cmd.handler(shell, arg)


def _words(arg: str) -> list[str]:
    try:
        return shlex.split(arg)
    except ValueError as e:
        raise AikgError(f"cannot read the arguments: {e}") from None


# ---------------------------------------------------------------------- the commands

KEYS_HELP = """\
Keys:
  Enter            new line in a query; runs a query ending in ';', a \\command or a ? question
  Esc Enter        run the query (when its braces are balanced)
  F3               switch between multi-line and single-line mode (Enter runs a balanced query)
  Tab              complete keywords, prefixes, classes, properties, entities, variables
  Ctrl-R           search the history          Ctrl-X Ctrl-E  edit the query in $EDITOR
  Ctrl-C           cancel a running query (its text stays in the prompt); clear the prompt
  Ctrl-D           quit (on an empty prompt)"""


@command("help", "[COMMAND]", aliases=("h", "?"), kinds=("command",))
def _help(shell: "Shell", arg: str) -> None:
    """Show the commands, or the details of one."""
    if arg:
        cmd = lookup(arg.split()[0])
        if cmd is None:
            raise AikgError(f"no command {arg!r} (\\help lists them)")
        alias = f"  (also {', '.join(chr(92) + a for a in cmd.aliases)})" if cmd.aliases else ""
        text = f"\\{cmd.name} {cmd.usage}".rstrip() + alias + f"\n  {cmd.summary}"
        if cmd.details:
            text += "\n\n" + "\n".join("  " + ln for ln in cmd.details.splitlines())
        shell.echo(text)
        return
    rows = []
    for cmd in sorted(REGISTRY.values(), key=lambda c: c.name):
        rows.append((f"\\{cmd.name} {cmd.usage}".rstrip(), cmd.summary))
    width = max(len(r[0]) for r in rows) + 2
    lines = ["Type SPARQL (end it with ';' or press Esc Enter), a question starting with '?', or a command:", ""]
    lines += [f"  {u:<{width}}{s}" for u, s in rows]
    lines += ["", KEYS_HELP]
    shell.echo("\n".join(lines))


@command("q", "NAME [KEY=VALUE ...]", kinds=("query", "param*"))
def _saved(shell: "Shell", arg: str) -> None:
    """Run a saved query with parameters (\\queries lists them).

    Values may be labels ("Alibaba"), prefixed names (id:...) or IRIs; quote values with
    spaces: \\q costs-by-segment company="Alibaba Group"."""
    words = _words(arg)
    if not words:
        raise AikgError("usage: \\q NAME [KEY=VALUE ...] (\\queries lists the saved queries; \\quit leaves)")
    name, params = words[0], {}
    for w in words[1:]:
        if "=" not in w:
            raise AikgError(f"{w!r}: expected KEY=VALUE")
        k, v = w.split("=", 1)
        params[k.strip()] = shell.expand_value(v)
    shell.run_saved(name, params)


@command("queries", kinds=())
def _queries(shell: "Shell", arg: str) -> None:
    """List the saved queries with their parameters."""
    from ..queries import catalogue
    rows = [(q.name, ", ".join(p.name + ("" if p.optional else "*") for p in q.params), q.summary)
            for q in catalogue().values()]
    shell.show_table(["name", "parameters", "summary"], rows)


@command("ask", "QUESTION", kinds=())
def _ask(shell: "Shell", arg: str) -> None:
    """Ask a question in plain English (a line starting with '?' does the same)."""
    if not arg.strip():
        raise AikgError("usage: \\ask QUESTION (or type: ? QUESTION)")
    shell.ask(arg.strip())


@command("format", "[table|csv|json|vertical]", kinds=("choice:table|csv|json|vertical",))
def _format(shell: "Shell", arg: str) -> None:
    """Set how results are shown (no argument: show the current format)."""
    if not arg:
        shell.echo(f"format: {shell.format}")
        return
    fmt = arg.split()[0].lower()
    if fmt not in FORMATS:
        raise AikgError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    shell.format = fmt
    shell.echo(f"format: {fmt}")


@command("o", "[FILE]", aliases=("output",), kinds=("path",))
def _output(shell: "Shell", arg: str) -> None:
    """Also write every result to FILE (appending); \\o alone stops."""
    words = _words(arg)
    if not words:
        if shell.output_path:
            shell.echo(f"no longer writing results to {shell.output_path}")
        else:
            shell.echo("results are not being written to a file")
        shell.set_output(None)
        return
    path = os.path.expanduser(words[0])
    shell.set_output(path)
    shell.echo(f"writing results to {path} as well (\\o alone stops)")


@command("timing", "[on|off]", kinds=("choice:on|off",))
def _timing(shell: "Shell", arg: str) -> None:
    """Show how long each query took (toggles without an argument)."""
    a = arg.strip().lower()
    if a in ("on", "off"):
        shell.timing = a == "on"
    elif not a:
        shell.timing = not shell.timing
    else:
        raise AikgError("usage: \\timing [on|off]")
    shell.echo(f"timing is {'on' if shell.timing else 'off'}")


@command("prefixes", kinds=())
def _prefixes(shell: "Shell", arg: str) -> None:
    """List the prefixes every query may use (PREFIX lines are optional for these)."""
    from ..rdf import PREFIXES
    shell.show_table(["prefix", "namespace"], [(f"{p}:", ns) for p, ns in PREFIXES.items()])


@command("describe", "ENTITY", aliases=("d",), kinds=("entity",))
def _describe(shell: "Shell", arg: str) -> None:
    """Everything the graph says about an entity, with the sentences it comes from.

    ENTITY is a label or alias (Alibaba), a prefixed name or an IRI."""
    if not arg.strip():
        raise AikgError("usage: \\describe ENTITY (a label such as Alibaba, or an IRI)")
    shell.describe(arg.strip())


@command("sources", "ENTITY", kinds=("entity",))
def _sources(shell: "Shell", arg: str) -> None:
    """The documents and quoted sentences that mention an entity."""
    if not arg.strip():
        raise AikgError("usage: \\sources ENTITY")
    shell.sources(arg.strip())


@command("ingest", "PATH ...", kinds=("path*",))
def _ingest(shell: "Shell", arg: str) -> None:
    """Extract facts from documents (.txt, .md, .html files or folders) into the store."""
    paths = [os.path.expanduser(p) for p in _words(arg)]
    if not paths:
        raise AikgError("usage: \\ingest PATH ...")
    shell.ingest(paths)


@command("export", "[FORMAT] FILE", kinds=("export-format", "path"))
def _export(shell: "Shell", arg: str) -> None:
    """Write the whole graph to FILE in FORMAT (without FORMAT: from FILE's extension).

    Formats include graphml, gexf, cyjs, dot, html, csv, ttl, trig, nq and jsonld."""
    words = _words(arg)
    if len(words) not in (1, 2):
        raise AikgError("usage: \\export [FORMAT] FILE")
    fmt, path = (None, words[0]) if len(words) == 1 else (words[0], words[1])
    shell.export(fmt, os.path.expanduser(path))


@command("refresh", kinds=())
def _refresh(shell: "Shell", arg: str) -> None:
    """Reload the completion metadata (classes, properties, entities) in the background."""
    shell.refresh_metadata(announce=True)


@command("status", kinds=())
def _status(shell: "Shell", arg: str) -> None:
    """Show the store, its size and whether completion metadata is loaded."""
    shell.echo(shell.status_text())


@command("quit", aliases=("exit",), kinds=())
def _quit(shell: "Shell", arg: str) -> None:
    """Leave the shell (Ctrl-D does the same)."""
    shell.quit = True
