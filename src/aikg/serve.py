"""`aikg serve`: the store as a read-only SPARQL 1.1 endpoint that survives its users.

An aiohttp server (the front) in front of a pool of engine processes (pyoxigraph, the store
opened read-only, union default graph). Measured before choosing this: `oxigraph
serve-read-only --timeout-s` keeps burning CPU on an abandoned aggregate over a cartesian
product long after its timeout, and a pyoxigraph query on a thread cannot be interrupted; an
engine *process* can be killed. So:

* every query passes the query guard (aikg.guard) and a SERVICE check in the front: HTTP 400;
* each query runs in one engine process under the timeout (global `--timeout`); past it, or
  when the client hangs up, that process is killed (the CPU comes back at once) and replaced;
* at most `max_clients` requests are in flight; past that: 503 with Retry-After;
* request bodies are capped (413), results too (a query whose answer is larger is refused);
* an engine process that dies anyway (a crash) is restarted and the event logged to stderr.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import AikgError

QUERY_TYPES = ("application/sparql-query",)
FORM_TYPE = "application/x-www-form-urlencoded"
# result formats by media type: solutions / booleans, then graphs
SOLUTION_FORMATS = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_FORMATS = {
    "application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE", "application/rdf+xml": "RDF_XML",
    "application/n-quads": "N_QUADS", "application/trig": "TRIG",
}


@dataclass(frozen=True)
class Config:
    path: Path
    timeout: float = 30.0          # seconds a query may run
    workers: int = 4               # engine processes
    max_clients: int = 64          # requests in flight before 503
    max_body: int = 1 << 20        # bytes of a request body
    max_result: int = 64 << 20     # bytes of an answer


def log(msg: str) -> None:
    print(f"aikg serve: {time.strftime('%H:%M:%S')} {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------- engine process
class _ResultTooLarge(Exception):
    pass


class _Capped:
    """A binary sink for pyoxigraph's serializers that refuses to grow past `limit`."""

    def __init__(self, limit: int):
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def write(self, b) -> int:
        self.size += len(b)
        if self.size > self.limit:
            raise _ResultTooLarge
        self.parts.append(bytes(b))
        return len(b)

    def flush(self) -> None:
        pass


def _pick(accept: str, table: dict[str, str], default: str) -> tuple[str, str]:
    """The first media type of an Accept header that `table` knows (q-values in order given)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return media, table[media]
        if media in ("*/*", "application/*", "text/*"):
            break
    return default, table[default]


def engine_main(conn, path: str, max_result: int) -> None:
    """One engine process: answers (sparql, accept) messages with (status, content type, body)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the front decides when engines stop
    import pyoxigraph as ox
    from .rdf import PREFIXES
    store = ox.Store.read_only(path)
    while True:
        try:
            sparql, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            res = store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
            sink = _Capped(max_result)
            if isinstance(res, ox.QueryTriples):
                media, name = _pick(accept, GRAPH_FORMATS, "application/n-triples")
                if name in ("N_QUADS", "TRIG"):
                    media, name = "application/n-triples", "N_TRIPLES"
                res.serialize(sink, getattr(ox.RdfFormat, name))
            else:
                media, name = _pick(accept, SOLUTION_FORMATS, "application/sparql-results+json")
                res.serialize(sink, getattr(ox.QueryResultsFormat, name))
            reply = (200, media, b"".join(sink.parts))
        except SyntaxError as e:
            reply = (400, "text/plain", f"SPARQL syntax error: {str(e).splitlines()[0] if str(e) else e}".encode())
        except _ResultTooLarge:
            reply = (500, "text/plain", f"the answer is larger than {max_result:,} bytes; add a LIMIT".encode())
        except Exception as e:  # noqa: BLE001 - an evaluation error is the client's answer
            reply = (500, "text/plain", f"query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}".encode())
        res = None
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class Engine:
    """One engine process and the pipe to it; replaced whole when it is killed or dies."""

    def __init__(self, cfg: Config, ctx, n: int):
        self.cfg, self.ctx, self.n = cfg, ctx, n
        self.proc = None
        self.conn = None
        self.why = ""              # set when killed: the reason, until `revive`
        self.ended = 0.0           # when the last query's answer came back or its engine was killed
        self.start()

    def start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=engine_main, args=(child, str(self.cfg.path), self.cfg.max_result),
                                     name=f"aikg-engine-{self.n}", daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent

    def stop(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.proc.kill()
        if self.proc is not None:
            self.proc.join(5)
        if self.conn is not None:
            self.conn.close()

    def restart(self, why: str) -> None:
        self.kill(why)
        self.revive()

    def kill(self, why: str) -> None:
        """Stop the process now (the CPU comes back at once); `revive` starts the next one."""
        self.ended = time.monotonic()
        self.stop()
        self.why = why

    def revive(self) -> None:
        pid, code = self.proc.pid, self.proc.exitcode
        self.start()
        what = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        log(f"engine {self.n} (pid {pid}) {self.why} ({what}); restarted as pid {self.proc.pid}")
        self.why = ""

    def call(self, sparql: str, accept: str, timeout: float, cancelled: threading.Event):
        """Run one query (on a worker thread). -> (status, content type, body)."""
        self.ended = 0.0
        try:
            self.conn.send((sparql, accept))
        except (OSError, ValueError):      # it died while idle (the OOM killer…): a new one runs it
            self.restart("was found dead before a query")
            self.conn.send((sparql, accept))
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if cancelled.is_set():
                self.kill("stopped: its client went away")
                return 499, "text/plain", b"client went away"
            if left <= 0:
                self.kill(f"stopped: the query ran past the {timeout:g} s timeout")
                return 504, "text/plain", f"query timed out after {timeout:g} s".encode()
            try:
                if self.conn.poll(min(left, 0.05)):
                    reply = self.conn.recv()
                    self.ended = time.monotonic()
                    return reply
            except (EOFError, OSError):
                self.kill("died on a query")
                return 500, "text/plain", b"the query engine crashed on this query and was restarted"


# ---------------------------------------------------------------------- the front
class Front:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        # engines fork from a clean server process that has pyoxigraph loaded already: a
        # replacement for a killed engine is ready in milliseconds, not a Python start-up
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(["pyoxigraph", "aikg.rdf", "aikg.serve"])
        self.engines: list[Engine] = []
        self.idle: asyncio.Queue | None = None
        self.in_flight = 0
        self.pool: ThreadPoolExecutor | None = None
        self.counts: dict[str, int] = {}

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.idle = asyncio.Queue()
        self.pool = ThreadPoolExecutor(self.cfg.workers + 2, thread_name_prefix="aikg-engine-call")
        self.engines = await loop.run_in_executor(
            self.pool, lambda: [Engine(self.cfg, self.ctx, i) for i in range(self.cfg.workers)])
        for e in self.engines:
            self.idle.put_nowait(e)

    def stop(self) -> None:
        for e in self.engines:
            e.stop()
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def tally(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    async def run(self, sparql: str, accept: str) -> tuple[int, str, bytes, str]:
        from .guard import check
        from .queries import _SERVICE, _strip_comments_and_strings
        check(sparql)                                 # QueryRefused -> 400 by the caller
        if _SERVICE.search(_strip_comments_and_strings(sparql)):
            raise AikgError("SERVICE (a query to another server) is refused by aikg serve")
        t0 = time.monotonic()
        engine = await self.idle.get()
        t1 = time.monotonic()
        cancelled = threading.Event()
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self.pool, engine.call, sparql, accept, self.cfg.timeout, cancelled)

        def back(_):
            if engine.why:             # killed: the answer goes out now, a new process starts meanwhile
                loop.run_in_executor(self.pool, engine.revive).add_done_callback(
                    lambda _: self.idle.put_nowait(engine))
            else:
                self.idle.put_nowait(engine)
        fut.add_done_callback(back)
        try:
            status, media, body = await asyncio.shield(fut)
            # Server-Timing: how long the query waited for an engine, and how long it ran (until
            # its answer came back or its engine was sent SIGKILL)
            ended = engine.ended or time.monotonic()
            return status, media, body, f"queue;dur={(t1 - t0) * 1000:.1f}, run;dur={(ended - t1) * 1000:.1f}"
        except asyncio.CancelledError:
            cancelled.set()                           # the client hung up: stop the engine
            raise


def make_app(front: Front):
    from aiohttp import web

    def text(status: int, msg: str, **headers) -> web.Response:
        return web.Response(status=status, text=msg.rstrip() + "\n", headers=headers)

    @web.middleware
    async def limit(request, handler):
        if front.in_flight >= front.cfg.max_clients:
            front.tally("503 busy")
            return text(503, f"busy: {front.cfg.max_clients} requests in flight; try again", **{"Retry-After": "1"})
        front.in_flight += 1
        try:
            return await handler(request)
        except web.HTTPException as e:
            if e.status == 413:
                front.tally("413 body too large")
                return text(413, f"request body over {front.cfg.max_body:,} bytes")
            raise
        finally:
            front.in_flight -= 1

    async def query(request):
        sparql = None
        if request.method == "GET":
            sparql = request.query.get("query")
        else:
            ctype = request.content_type
            if ctype in QUERY_TYPES:
                sparql = await request.text()
            elif ctype == FORM_TYPE:
                form = await request.post()
                sparql = form.get("query")
                if isinstance(sparql, (bytes, bytearray)):
                    sparql = sparql.decode("utf-8", "replace")
            else:
                front.tally("415 media type")
                return text(415, f"send the query as {QUERY_TYPES[0]} or a form ({FORM_TYPE})")
        if not sparql:
            front.tally("400 no query")
            return text(400, "no query: pass it as the `query` parameter or as the body")
        if "default-graph-uri" in request.query or "named-graph-uri" in request.query:
            front.tally("400 dataset")
            return text(400, "default-graph-uri / named-graph-uri are not supported: use GRAPH in the query")
        try:
            status, media, body, timing = await front.run(sparql, request.headers.get("Accept", "*/*"))
        except AikgError as e:
            front.tally("400 refused")
            return text(400, str(e))
        front.tally({200: "200 ok", 400: "400 syntax"}.get(status, f"{status}"))
        if status == 200:
            return web.Response(status=200, body=body, content_type=media, headers={"Server-Timing": timing})
        return text(status, body.decode("utf-8", "replace"), **{"Server-Timing": timing})

    async def read_only(request):
        if request.method in ("GET", "HEAD") and request.path == "/store":
            front.tally("501 graph store")
            return text(501, "aikg serve answers SPARQL queries only; for the whole graph use a CONSTRUCT "
                             "query or `aikg export --format nq` on the store")
        front.tally("403 read-only")
        return text(403, "aikg serve is read-only: write to the store with aikg (ingest, remove, load) "
                         "while it is not served")

    app = web.Application(client_max_size=front.cfg.max_body, middlewares=[limit])
    app.router.add_route("GET", "/query", query)
    app.router.add_route("POST", "/query", query)
    app.router.add_route("*", "/update", read_only)
    app.router.add_route("*", "/store", read_only)
    return app


async def _serve(cfg: Config, host: str, port: int, ready) -> None:
    from aiohttp import web
    front = Front(cfg)
    await front.start()
    runner = web.AppRunner(make_app(front), handler_cancellation=True, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port, reuse_address=False)
        await site.start()
        ready()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
    finally:
        await runner.cleanup()
        front.stop()
        if front.counts:
            log("answered " + ", ".join(f"{k}: {v}" for k, v in sorted(front.counts.items())))


def serve(cfg: Config, host: str, port: int, ready) -> None:
    """Run until SIGINT / SIGTERM / SIGHUP; `ready()` is called once the port listens."""
    try:
        asyncio.run(_serve(cfg, host, port, ready))
    except OSError as e:
        raise AikgError(f"cannot listen on {host}:{port}: {e.strerror or e} (pick another --port)") from None
    except KeyboardInterrupt:
        pass


def lock_line(url: str) -> str:
    return f"aikg serve (pid {os.getpid()}) at {url}"
