"""Showing results in the shell: tables that fit the terminal, CSV, JSON and vertical records,
and a pager for long output (`$PAGER`, else `less -SRXF`; never when not on a terminal)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from typing import Iterable, Mapping, Sequence

SCREEN_ROWS_LIMIT = 1000     # rows drawn as a table or as records; csv and json print them all
LONG_IRI = 60                # a compacted IRI longer than this is shown by its label when known


def use_color(stream) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


def terminal_size() -> os.terminal_size:
    return shutil.get_terminal_size((100, 24))


def cell(term, labels: Mapping[str, str] | None = None) -> str:
    """How a term is shown in a table: IRIs as prefixed names (or their label when the prefixed
    form is still long), literals by their value."""
    from ..run import compact, term_value
    import pyoxigraph as ox
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        short = compact(term.value)
        if len(short) > LONG_IRI and labels and term.value in labels:
            return f"{labels[term.value]} ‹{short[:20]}…›"
        return short
    return term_value(term) or ""


def _rich_console(width: int, color: bool):
    from rich.console import Console
    return Console(file=io.StringIO(), width=width, force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, highlight=False, soft_wrap=False,
                   emoji=False, markup=False)


def fit_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, gap: int = 3) -> list[int | None]:
    """Column widths that fit `width`: narrow columns keep their natural width, the wide ones
    share what is left (None = let the table wrap that column). Water-filling, so one long
    column of quotes does not squeeze short columns of names."""
    n = len(headers)
    nat = [len(h) for h in headers]
    for r in rows:
        for i, v in enumerate(r[:n]):
            ln = max((len(x) for x in str(v).split("\n")), default=0)
            if ln > nat[i]:
                nat[i] = ln
    avail = width - gap * max(n - 1, 0)
    if sum(nat) <= avail:
        return [None] * n
    fixed: dict[int, int] = {}
    left = list(range(n))
    room = avail
    while left:
        share = room / len(left)
        small = [i for i in left if nat[i] <= share]
        if not small:
            break
        for i in small:
            fixed[i] = nat[i]
            room -= nat[i]
            left.remove(i)
    return [fixed.get(i) for i in range(n)]


def table_text(headers: Sequence[str], rows: Iterable[Sequence[str]], *, width: int, color: bool) -> str:
    from rich import box
    from rich.table import Table
    rows = [[str(x) for x in r] for r in rows]
    widths = fit_widths(headers, rows, width)
    t = Table(header_style="bold" if color else "", box=box.SIMPLE_HEAD if not color else box.SIMPLE_HEAVY,
              show_edge=False, pad_edge=False)
    for h, w in zip(headers, widths):
        t.add_column(h, overflow="fold", width=w)
    for r in rows:
        t.add_row(*r)
    c = _rich_console(width, color)
    c.print(t)
    return c.file.getvalue()


def vertical_text(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    w = max((len(h) for h in headers), default=0)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(f"-[ RECORD {i} ]" + "-" * max(w - 2, 8))
        for h, v in zip(headers, r):
            lines = str(v).splitlines() or [""]
            out.append(f"{h:<{w}} | {lines[0]}")
            out += [f"{'':<{w}} | {ln}" for ln in lines[1:]]
    return "\n".join(out) + ("\n" if out else "")


def select_text(variables: Sequence[str], rows: Sequence[dict], fmt: str, *, width: int, color: bool,
                labels: Mapping[str, str] | None = None) -> str:
    """The text of a SELECT result in one of the formats (without the row-count footer)."""
    from ..run import json_value, term_value
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([term_value(row.get(v)) or "" for v in variables])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps({"variables": list(variables),
                           "rows": [{v: json_value(row[v]) for v in variables if v in row} for row in rows]},
                          ensure_ascii=False, indent=1) + "\n"
    shown = rows[:SCREEN_ROWS_LIMIT]
    cells = [[cell(row.get(v), labels) for v in variables] for row in shown]
    if fmt == "vertical":
        return vertical_text(variables, cells)
    if not variables:
        return ""
    return table_text(variables, cells, width=width, color=color)


def graph_text(triples: Sequence) -> str:
    import pyoxigraph as ox
    from ..rdf import PREFIXES
    try:
        data = ox.serialize(list(triples), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    except TypeError:  # an older pyoxigraph without prefixes=
        data = ox.serialize(list(triples), format=ox.RdfFormat.TURTLE)
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def footer(n: int, seconds: float | None, *, shown: int | None = None, what: str = "row") -> str:
    s = f"{n} {what}{'' if n == 1 else 's'}"
    if shown is not None and shown < n:
        s += f" ({shown} shown; \\format csv or \\o FILE for all)"
    if seconds is not None:
        s += f" in {seconds:.3f} s"
    return s


# ---------------------------------------------------------------------- pager

def needs_pager(text: str, size: os.terminal_size | None = None) -> bool:
    size = size or terminal_size()
    lines = text.splitlines()
    return len(lines) > max(size.lines - 2, 1) or any(len(ln) > size.columns for ln in lines)


def pager_command(env: Mapping[str, str] | None = None) -> tuple[str, dict]:
    """The pager to run and its environment: $PAGER, else `less -SRXF` (LESS=-SRXF for a bare less)."""
    env = dict(os.environ if env is None else env)
    cmd = (env.get("PAGER") or "").strip() or "less -SRXF"
    if cmd.split()[0] == "less" and len(cmd.split()) == 1 and "LESS" not in env:
        env["LESS"] = "-SRXF"
    return cmd, env


def page(text: str, out=None) -> None:
    """Write text, through the pager when it is long and we are on a terminal."""
    out = out or sys.stdout
    if not text:
        return
    isatty = getattr(out, "isatty", lambda: False)()
    if not isatty or not sys.stdin.isatty() or not needs_pager(text):
        out.write(text if text.endswith("\n") else text + "\n")
        out.flush()
        return
    cmd, env = pager_command()
    if cmd in ("cat", "-"):
        out.write(text if text.endswith("\n") else text + "\n")
        out.flush()
        return
    out.flush()
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the pager
    try:
        p = subprocess.run(cmd, shell=True, input=text.encode("utf-8", "replace"), env=env)
        if p.returncode in (126, 127):
            raise OSError(cmd)
    except OSError:
        out.write(text if text.endswith("\n") else text + "\n")
        out.flush()
    finally:
        signal.signal(signal.SIGINT, old)
