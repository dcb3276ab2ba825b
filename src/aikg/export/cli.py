"""`aikg export`: write the graph for graph viewers or other RDF tools."""
from __future__ import annotations

import sys

import click

from . import format_for_path, formats, writer

_VIEWERS = """\b
Formats (taken from the -o extension when --format is not given):
  graphml  yEd, Cytoscape, Gephi (yEd shows labels via yFiles keys)
  gexf     Gephi (GEXF 1.3, node colours by type)
  cyjs     Cytoscape.js / Cytoscape desktop JSON
  dot      Graphviz (dot -Tsvg kg.dot > kg.svg)
  html     one self-contained page: graph, search, type filter, sources
  csv      Gephi spreadsheets: FILE (nodes) and FILE_edges (edges)
  ttl      Turtle (all graphs merged); trig, nq, jsonld keep the named graphs
"""


@click.command("export", epilog=_VIEWERS)
@click.option("--format", "-f", "fmt", type=click.Choice(formats()), default=None,
              help="Output format (default: from the -o file extension).")
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write; '-' writes to standard output.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Keep only nodes of this type (repeatable): Company, Segment, CostItem, Observation, Fact…")
@click.option("--around", metavar="LABEL|IRI", help="Keep only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 20), default=1, show_default=True,
              help="Steps from --around: a structural edge or a shared fact is one step.")
@click.option("--document", metavar="DOC_ID", help="Keep only the facts of one document (its file-name stem).")
@click.option("--documents", "show_documents", is_flag=True, help="Show documents as nodes, linked to their facts.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.pass_obj
def export(obj, fmt, output, types, around, depth, document, show_documents, quiet):
    """Export the graph for Gephi, Cytoscape, yEd, Graphviz, a browser page, or RDF tools.

    \b
    Examples:
      aikg export -o kg.graphml
      aikg export -o alibaba.html --around Alibaba --depth 2
      aikg export --format gexf -o kg.gexf --type Company --type Segment --type CostItem
      aikg export --format ttl -o - --document 002_e0280da4543e2ecf
    """
    if fmt is None:
        if output == "-":
            raise click.UsageError("give --format when writing to standard output (-o -)")
        fmt = format_for_path(output)
        if fmt is None:
            raise click.UsageError(f"cannot tell the format from {output!r}; give --format ({', '.join(formats())})")
    if output == "-" and not writer(fmt).stdout:
        raise click.UsageError(f"--format {fmt} writes two files; give -o FILE")
    if depth != 1 and not around:
        raise click.UsageError("--depth needs --around")
    kg = obj.kg(write=False)
    from . import export as do_export

    show = not quiet and sys.stderr.isatty()
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("[bold]export"), BarColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=console, transient=True, disable=not show) as prog:
        task = prog.add_task("", total=None)

        def progress(done, total, what):
            prog.update(task, completed=done, total=total, description=what)

        summary = do_export(kg.store, fmt, output, types=list(types) or None, around=around, depth=depth,
                            document=document, show_documents=show_documents,
                            progress=progress if show else None)
    if not quiet:
        where = ", ".join(summary["files"]) or "standard output"
        if "nodes" in summary:
            what = f"{summary['nodes']} nodes, {summary['edges']} edges"
        else:
            what = f"{summary['quads']} quads"
        click.echo(f"wrote {where} ({fmt}: {what})", err=True)
        if fmt == "html" and summary.get("nodes", 0) > 3000:
            click.echo("aikg: note: a page with this many nodes is slow in a browser; narrow it with "
                       "--type, --around or --document", err=True)
    if summary.get("nodes") == 0 and "nodes" in summary and not quiet:
        click.echo("aikg: note: nothing matched; the file has no nodes", err=True)

