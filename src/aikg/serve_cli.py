"""`aikg serve`: the click command over aikg.serve. Registered through `aikg.commands`."""
from __future__ import annotations

import ipaddress
import socket
import sys

import click

from .errors import AikgError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def claim(lock, path, line: str) -> None:
    """Turn this process's shared hold on the store's serve lock (see store.serve_lock) into
    the exclusive one and say who holds it: from now on `aikg ingest/remove/load` into the
    store refuse, naming this server, and readers open it read-only."""
    try:
        import fcntl
    except ImportError:
        return
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise AikgError(f"store {path} is open in another aikg process (an ingest, a shell, another "
                        "aikg serve); serve it when that finishes") from None
    lock.seek(0)
    lock.truncate()
    lock.write(line + "\n")
    lock.flush()


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address exposes the store to the network.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Engine processes of the fast lane (queries bound to an entity).")
@click.option("--slow-workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Engine processes of the slow lane (listings, aggregates, other SPARQL), run at a lower OS priority.")
@click.option("--slow-nice", type=click.IntRange(0, 19), default=10, show_default=True,
              help="How much lower the slow lane's OS priority is (nice), so it leaves the CPU to the fast lane.")
@click.option("--slow-queue", type=click.IntRange(0, 100000), default=8, show_default=True,
              help="Queries waiting for a slow-lane engine; more get 503 with Retry-After.")
@click.option("--fast-budget", type=click.FloatRange(0.05, 3600), default=1.0, show_default=True,
              help="Seconds a query may run in the fast lane; past them it is stopped and run in the slow lane.")
@click.option("--cache-mb", type=click.IntRange(0, 1 << 20), default=64, show_default=True,
              help="Memory for answers of queries that ran longer than --fast-budget (0: keep none). "
                   "The store cannot change while served, so they stay right.")
@click.option("--max-clients", type=click.IntRange(1, 100000), default=64, show_default=True,
              help="Requests in flight at once; more get 503 with Retry-After.")
@click.option("--max-body", type=click.IntRange(1024, 1 << 30), default=1 << 20, show_default=True,
              help="Largest request body in bytes (413 beyond).")
@click.pass_obj
def serve(obj, port, host, workers, slow_workers, slow_nice, slow_queue, fast_budget, cache_mb, max_clients, max_body):
    """Serve the local store read-only as a SPARQL 1.1 endpoint (GET/POST /query, union
    default graph, as aikg queries it).

    Every query passes the query guard (size, nesting; AIKG_MAX_QUERY_*) and runs in an
    engine process of its lane: the fast lane (--workers) for queries bound to an entity, the
    slow lane (--slow-workers, lower OS priority) for the rest and for query shapes that ran
    long before. It is stopped at the global --timeout, counted from its arrival (or when its
    client hangs up); a lane that cannot start it in time answers 503 with Retry-After.
    GET /store sends the whole dataset as N-Quads (`aikg pull` reads it). While the store is
    served, `aikg ingest/remove/load` into it refuse, naming this server: stop it, write,
    serve again.
    """
    from .serve import Config, lock_line, serve as run
    from .store import LocalStore, StoreInUse
    if obj.endpoint:
        raise click.UsageError("aikg serve serves a local store; drop --endpoint")
    from .remote_cli import _local_path
    path = _local_path(obj)
    # create the store or bring its bundled documents up to date, then close it again: the
    # engine processes open it read-only
    try:
        s = LocalStore.open(path, empty=obj.empty, write=True)
    except StoreInUse as e:
        raise AikgError(str(e).replace("to write to the store, then serve it again", "first")) from None
    s.flush()
    lock = s.lock
    del s
    import gc
    gc.collect()
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))
    except OSError as e:
        raise AikgError(f"cannot listen on {host}:{port}: {e.strerror or e} (pick another --port)") from None
    url_host = f"[{host}]" if ":" in host else host
    url = f"http://{url_host}:{port}/query"
    claim(lock, path, lock_line(url))
    cfg = Config(path=path, timeout=obj.timeout or 30.0, workers=workers, slow_workers=slow_workers, slow_nice=slow_nice,
                 slow_queue=slow_queue, fast_budget=fast_budget, cache_bytes=cache_mb << 20, max_clients=max_clients, max_body=max_body)

    def ready():
        if not _is_loopback(host):
            click.echo(f"aikg: warning: listening on {host}: anyone who can reach this machine can query the store",
                       err=True)
        click.echo(f"serving {path} read-only at {url}")
        click.echo(f"  query it with: aikg --endpoint {url} query documents")
        click.echo(f"  {workers} fast-lane and {slow_workers} slow-lane engine processes, queries stopped after "
                   f"{cfg.timeout:g} s; press Ctrl-C to stop", err=True)
        sys.stdout.flush()

    try:
        run(cfg, host, port, ready)
    finally:
        lock.close()
    click.echo("stopped", err=True)
