"""`aikg load`, `aikg push`, `aikg pull`: moving graphs between files, the local
store and SPARQL endpoints. Registered through `aikg.commands`."""
from __future__ import annotations

import re
import time
from pathlib import Path

import click

from .errors import AikgError

FORMATS = {
    ".ttl": "TURTLE", ".turtle": "TURTLE",
    ".nt": "N_TRIPLES", ".ntriples": "N_TRIPLES",
    ".trig": "TRIG",
    ".nq": "N_QUADS", ".nquads": "N_QUADS",
}
QUAD_FORMATS = {"TRIG", "N_QUADS"}


def _local_path(obj) -> Path:
    from . import default_store_dir
    return Path(obj.store_dir) if obj.store_dir else default_store_dir()


def _local_store(obj, write: bool):
    """The local store, even when a global --endpoint names the remote side of a transfer."""
    from .store import LocalStore
    return LocalStore.open(_local_path(obj), empty=obj.empty, write=write)


def _remote(obj, endpoint: str | None):
    from .remote import RemoteStore
    url = endpoint or obj.endpoint
    if not url:
        raise click.UsageError("give the endpoint: --endpoint URL (e.g. http://127.0.0.1:7878/query)")
    return RemoteStore(url, update_endpoint=obj.update_endpoint, timeout=obj.timeout)


def _iri(value: str | None, what: str):
    if value is None:
        return None
    import pyoxigraph as ox
    try:
        return ox.NamedNode(value)
    except ValueError as e:
        raise AikgError(f"{what} {value!r} is not a valid IRI ({e})") from None


def _fmt(path: Path):
    import pyoxigraph as ox
    name = FORMATS.get(path.suffix.lower())
    if name is None:
        known = ", ".join(sorted(FORMATS))
        raise AikgError(f"{path}: unknown RDF format {path.suffix or '(no extension)'!r}; use one of {known}")
    return name, getattr(ox.RdfFormat, name)


# ---------------------------------------------------------------------- load
def _first_line(e: BaseException, default: str) -> str:
    return str(e).splitlines()[0] if str(e) else default


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Put the triples of Turtle / N-Triples files into this named graph.")
@click.option("--default-graph", is_flag=True,
              help="Put the triples of Turtle / N-Triples files into the default graph.")
@click.option("--replace", is_flag=True,
              help="TriG / N-Quads: drop the named graphs a file contains before loading it.")
@click.option("--no-check", is_flag=True,
              help="Several files: do not check them all before loading the first (faster; each file is "
                   "still loaded all or nothing, but a bad file leaves the ones before it loaded).")
@click.pass_obj
def load(obj, files, graph_iri, default_graph, replace, no_check):
    """Bulk-load RDF files (Turtle, TriG, N-Triples, N-Quads; format from the extension) into the
    local store.

    TriG and N-Quads keep their named graphs. The triples of a Turtle or N-Triples file go into a
    graph named after the file (id:doc/NAME, so `aikg remove NAME` takes them out again and
    re-loading the file replaces them), unless --graph or --default-graph says otherwise.
    A file with a syntax error loads nothing; with several files, the others are checked before
    anything is written, so then none of them is loaded.
    """
    import pyoxigraph as ox
    from .rdf import doc_iri
    from .remote import _graph_names
    if obj.endpoint:
        raise AikgError("aikg load fills a local store; to fill a SPARQL endpoint use "
                        "`aikg push --endpoint URL` (or the server's own bulk loader, e.g. `oxigraph load`)")
    if graph_iri and default_graph:
        raise click.UsageError("use either --graph or --default-graph, not both")
    target = _iri(graph_iri, "--graph")
    plan = []
    for f in files:
        p = Path(f)
        if not p.is_file():
            raise AikgError(f"{f}: no such file")
        name, fmt = _fmt(p)
        if name in QUAD_FORMATS and (target is not None or default_graph):
            raise AikgError(f"{f}: --graph and --default-graph apply to Turtle and N-Triples files; "
                            "TriG and N-Quads name their own graphs")
        try:
            with open(p, "rb"):
                pass
        except OSError as e:
            raise AikgError(f"{p}: cannot read ({e.strerror or e})") from None
        to_graph = None if name in QUAD_FORMATS else (
            target if target is not None else (ox.DefaultGraph() if default_graph else doc_iri(p.stem)))
        plan.append((p, name, fmt, to_graph))
    kg = obj.kg(write=True)
    store = kg.store

    def invalid(p, name, e, tail):
        return AikgError(f"{p}: invalid {name.replace('_', '-').title()}: {_first_line(e, 'syntax error')}; {tail}")

    # Oxigraph's bulk loader adds a file all or nothing, so the file loaded first needs no
    # check beforehand: a syntax error in it leaves the store as it was. It is picked, the
    # biggest, from the files at the head of the list that only add quads (no --replace, no
    # graph to empty first), which may be loaded in any order; the other files are checked
    # before anything is written and loaded after it, in the order given.
    additive: set[int] = set()
    named: set = set()
    for i, (p, name, fmt, to_graph) in enumerate(plan):
        if name in QUAD_FORMATS:
            adds = not replace
        elif isinstance(to_graph, ox.NamedNode):   # emptied first, unless nothing can be in it yet
            adds = (to_graph not in named and not any(n in QUAD_FORMATS for _, n, _, _ in plan[:i])
                    and not store.ox.contains_named_graph(to_graph))
            named.add(to_graph)
        else:
            adds = True
        if not adds:
            break
        additive.add(i)
    first = None if no_check or not additive else max(sorted(additive), key=lambda i: plan[i][0].stat().st_size)
    graphs_of: dict[int, set] = {}
    counts: dict[int, int | None] = {}
    if not no_check or replace:
        for i, (p, name, fmt, _) in enumerate(plan):
            if i == first:
                continue
            try:
                graphs_of[i], counts[i], _ = _graph_names(p, fmt)
            except SyntaxError as e:
                raise invalid(p, name, e, "nothing was loaded") from None
            except (OSError, UnicodeDecodeError) as e:
                raise AikgError(f"{p}: cannot read ({getattr(e, 'strerror', None) or e})") from None
    order = ([first] if first is not None else []) + [i for i in range(len(plan)) if i != first]
    changed = False
    t0 = time.perf_counter()
    for i in order:
        p, name, fmt, to_graph = plan[i]
        try:
            if name in QUAD_FORMATS:
                if replace and graphs_of.get(i):
                    store.ox.update(";\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(graphs_of[i], key=str)))
                    changed = True
            elif isinstance(to_graph, ox.NamedNode) and i not in additive:
                store.ox.update(f"DROP SILENT GRAPH {to_graph}")
                changed = True
            n = store.bulk_load(p, fmt, to_graph, count=i not in counts)
            counts.setdefault(i, n)
            changed = True
        except SyntaxError as e:
            raise invalid(p, name, e, "nothing was loaded" if not changed
                          else "this file was not loaded; the store was changed before it") from None
        except OSError as e:    # a storage error; PartialLoad says that part of the file is in
            msg = _first_line(e, type(e).__name__)
            hint = "; free some disk space and try again" if re.search(r"space|too large|quota", msg, re.I) else ""
            raise AikgError(f"{p}: load failed: {msg}{hint}") from None
    if changed and hasattr(store, "rebuild_facts"):
        store.rebuild_facts()  # the loaded documents' facts, once each, with their summaries
    store.flush()
    dt = time.perf_counter() - t0
    total = None if None in counts.values() else sum(counts.values())
    what = f"{total} quads from " if total else ""
    click.echo(f"loaded {what}{len(plan)} file{'s' if len(plan) != 1 else ''} into {store.label} in {dt:.1f} s")


# ---------------------------------------------------------------------- push / pull
@click.command()
@click.option("--endpoint", "endpoint", metavar="URL",
              help="SPARQL query URL of the server (also taken from the global --endpoint).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Put every triple into this one graph on the server.")
@click.option("--merge", is_flag=True,
              help="Add to the server's graphs instead of replacing the graphs being pushed.")
@click.option("--bundled", is_flag=True, help="Push the bundled graph instead of the local store.")
@click.pass_obj
def push(obj, endpoint, graph_iri, merge, bundled):
    """Upload the local store to a SPARQL server, one named graph per document.

    Uses the Graph Store Protocol (N-Quads POSTed to Oxigraph's /store beside /query). The
    server's copies of the pushed graphs are replaced unless --merge. Credentials come from
    AIKG_ENDPOINT_USER / AIKG_ENDPOINT_PASSWORD or AIKG_ENDPOINT_TOKEN.

    \b
    Examples:
      aikg push --endpoint http://127.0.0.1:7878/query
      aikg --store ./kgdata push --endpoint http://127.0.0.1:7878/query --graph https://example.org/kg
    """
    from .remote import push as do_push
    from .store import LocalStore
    remote = _remote(obj, endpoint)
    target = _iri(graph_iri, "--graph")
    local = LocalStore.bundled() if bundled else _local_store(obj, write=False)
    t0 = time.perf_counter()
    n, g = do_push(local, remote, graph=target, replace=not merge)
    where = f"graph {target}" if target is not None else f"{g} named graph{'s' if g != 1 else ''}"
    click.echo(f"pushed {n} quads ({where}) from {local.label} to {remote.label} in {time.perf_counter() - t0:.1f} s")


@click.command()
@click.option("--endpoint", "endpoint", metavar="URL",
              help="SPARQL query URL of the server (also taken from the global --endpoint).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Pull only this named graph.")
@click.pass_obj
def pull(obj, endpoint, graph_iri):
    """Download a SPARQL server's graphs into the local store (Graph Store Protocol, N-Quads).

    Written in one transaction: local graphs the server also has are replaced, the others are
    kept; if the download fails nothing changes.
    """
    from .remote import pull as do_pull
    remote = _remote(obj, endpoint)
    target = _iri(graph_iri, "--graph")
    local = _local_store(obj, write=True)
    t0 = time.perf_counter()
    n, g = do_pull(remote, local, graph=target)
    click.echo(f"pulled {n} quads ({g} named graph{'s' if g != 1 else ''}) from {remote.label} "
               f"into {local.label} in {time.perf_counter() - t0:.1f} s")
