"""`aikg serve`: the store as a read-only SPARQL 1.1 endpoint that survives its users.

An aiohttp server (the front) in front of a pool of engine processes (pyoxigraph, the store
opened read-only, union default graph). Measured before choosing this: `oxigraph
serve-read-only --timeout-s` keeps burning CPU on an abandoned aggregate over a cartesian
product long after its timeout, and a pyoxigraph query on a thread cannot be interrupted; an
engine *process* can be killed. So:

* every query passes the query guard (aikg.guard) and a SERVICE check in the front: HTTP 400;
* two lanes, each with its own engine processes and queue (aikg.lanes decides, from the query
  text and what its shape cost before): a fast lane for queries bound to an entity and a slow
  lane for listings, aggregates and unknown SPARQL, whose engines run at a lower OS priority
  (`nice`) so that a listing cannot take the CPU from an entity lookup. A lane whose queue is
  full, or whose queue would not let the query start in time to finish, answers 503 with a
  Retry-After estimated from the queue, at once, instead of letting the request time out;
* each query runs in one engine process under the timeout (global `--timeout`), which counts
  from when the request arrived (time in the queue included); past it, or when the client
  hangs up, that process is killed (the CPU comes back at once) and replaced; the same query
  text is then answered 504 without running for a minute (aikg.lanes.TIMED_OUT_FOR). A query
  in the fast lane that runs past `fast_budget` is stopped the same way and run again in the
  slow lane (the second it lost is not counted against its timeout), so a fast engine is never
  held for long by a query that only looked cheap;
* at most `max_clients` requests are in flight; past that: 503 with Retry-After;
* a query that is running already for another client (the same text, comments and spacing
  aside, and the same Accept) is not run again: its clients share the one answer;
* the answers of queries that ran longer than `fast_budget` are kept (aikg.serve_cache, keyed
  by the store's state, which cannot change while it is served), up to `cache_bytes`;
* `GET /store` (Graph Store Protocol) sends the dataset as N-Quads, or `?graph=IRI` /
  `?default` one graph as N-Triples, written by a separate process at the slow lane's
  priority, one at a time (`aikg pull` reads it);
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
    workers: int = 2               # fast-lane engine processes
    slow_workers: int = 2          # slow-lane engine processes
    slow_nice: int = 10            # their OS priority (added niceness)
    slow_queue: int = 8            # requests waiting for a slow engine before 503
    fast_budget: float = 1.0       # a fast-lane query running longer moves to the slow lane
    transfer_timeout: float = 600.0  # seconds a GET /store dump may take
    cache_bytes: int = 64 << 20    # answers of expensive queries kept (0: none); aikg.serve_cache
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


def _lower_priority(nice: int) -> None:
    if nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass


def engine_main(conn, path: str, max_result: int, nice: int = 0) -> None:
    """One engine process: answers (sparql, accept) messages with (status, content type, body)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the front decides when engines stop
    _lower_priority(nice)
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


def dump_main(path: str, out: str, graph: str | None, nice: int) -> None:
    """A dump process: the dataset as N-Quads (graph None), or one graph as N-Triples ('' is
    the default graph), into the file `out`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _lower_priority(nice)
    import pyoxigraph as ox
    store = ox.Store.read_only(path)
    if graph is None:
        store.dump(out, ox.RdfFormat.N_QUADS)
    else:
        g = ox.DefaultGraph() if graph == "" else ox.NamedNode(graph)
        store.dump(out, ox.RdfFormat.N_TRIPLES, from_graph=g)


def _has_graph(path: str, graph: str) -> bool:
    import pyoxigraph as ox
    return ox.Store.read_only(path).contains_named_graph(ox.NamedNode(graph))


class Engine:
    """One engine process and the pipe to it; replaced whole when it is killed or dies."""

    def __init__(self, cfg: Config, ctx, n: int, nice: int = 0):
        self.cfg, self.ctx, self.n, self.nice = cfg, ctx, n, nice
        self.proc = None
        self.conn = None
        self.why = ""              # set when killed: the reason, until `revive`
        self.ended = 0.0           # when the last query's answer came back or its engine was killed
        self.start()

    def start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=engine_main, args=(child, str(self.cfg.path), self.cfg.max_result, self.nice),
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

    def call(self, sparql: str, accept: str, until: float, cancelled: threading.Event, timeout: float,
             cap: float | None = None):
        """Run one query (on a worker thread) until the moment `until` (time.monotonic(): where
        its `timeout` ends, however late this thread got to it), or for `cap` seconds if that is
        sooner: past the cap it is stopped and PREEMPTED comes back.
        -> (status, content type, body)."""
        self.ended = 0.0
        try:
            self.conn.send((sparql, accept))
        except (OSError, ValueError):      # it died while idle (the OOM killer…): a new one runs it
            self.restart("was found dead before a query")
            self.conn.send((sparql, accept))
        now = time.monotonic()
        preempt = cap is not None and now + cap < until
        deadline = now + cap if preempt else until
        while True:
            left = deadline - time.monotonic()
            if cancelled.is_set():
                self.kill("stopped: its client went away")
                return 499, "text/plain", b"client went away"
            if left <= 0:
                if preempt:
                    self.kill(f"stopped: ran past the fast lane's {cap:g} s, moved to the slow lane")
                    return PREEMPTED
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


PREEMPTED = (0, "", b"")


# ---------------------------------------------------------------------- the front
class Busy(Exception):
    """A lane cannot take the query now: 503 with Retry-After."""

    def __init__(self, msg: str, retry_after: int):
        super().__init__(msg)
        self.retry_after = retry_after


class Lane:
    """Engines of one lane, the idle ones in a queue, and how long its queries ran lately."""

    def __init__(self, name: str, engines: list[Engine], queue_limit: int):
        self.name = name
        self.engines = engines
        self.queue_limit = queue_limit
        self.idle: asyncio.Queue = asyncio.Queue()
        for e in engines:
            self.idle.put_nowait(e)
        self.waiting = 0
        self.mean_run = 0.0          # moving average of run seconds

    def observe(self, seconds: float) -> None:
        self.mean_run = seconds if not self.mean_run else 0.8 * self.mean_run + 0.2 * seconds

    def expected_wait(self) -> float:
        """Seconds until a newly queued query would get an engine, roughly."""
        if not self.idle.empty():
            return 0.0
        return (self.waiting + 1) * self.mean_run / len(self.engines)

    def busy(self, why: str) -> Busy:
        return Busy(f"busy: the {self.name} lane {why}; try again",
                    max(1, min(60, round(self.expected_wait() + self.mean_run))))

    async def acquire(self, max_wait: float) -> Engine:
        """An idle engine within `max_wait` seconds, or Busy."""
        if self.idle.empty() and self.waiting >= self.queue_limit:
            raise self.busy(f"has {self.waiting} queries waiting")
        if max_wait <= 0 or (self.idle.empty() and self.expected_wait() > max_wait):
            raise self.busy("could not start this query in time to finish it before the timeout")
        self.waiting += 1
        getter = asyncio.ensure_future(self.idle.get())
        try:
            done, _ = await asyncio.wait({getter}, timeout=max_wait)
        except BaseException:          # the client went away while it waited
            self._give_back(getter)
            raise
        finally:
            self.waiting -= 1
        if getter in done:
            return getter.result()
        self._give_back(getter)
        raise self.busy("had no engine free in time to finish this query before the timeout")

    def _give_back(self, getter: asyncio.Future) -> None:
        if getter.done() and not getter.cancelled():
            self.idle.put_nowait(getter.result())
        else:
            getter.cancel()


class Front:
    def __init__(self, cfg: Config):
        from .lanes import History
        from .serve_cache import AnswerCache, store_state
        self.cfg = cfg
        # engines fork from a clean server process that has pyoxigraph loaded already: a
        # replacement for a killed engine is ready in milliseconds, not a Python start-up
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(["pyoxigraph", "aikg.rdf", "aikg.serve"])
        self.lanes: dict[str, Lane] = {}
        self.history = History(cfg.fast_budget, cfg.timeout)
        self.cache = AnswerCache(store_state(cfg.path), cfg.cache_bytes, cfg.fast_budget)
        self.in_flight = 0
        self.running: dict[tuple, asyncio.Future] = {}     # cache key -> the answer of the run under way
        self.dumping = False
        self.pool: ThreadPoolExecutor | None = None
        self.counts: dict[str, int] = {}

    @property
    def engines(self) -> list[Engine]:
        return [e for lane in self.lanes.values() for e in lane.engines]

    async def start(self) -> None:
        from .lanes import FAST, SLOW
        loop = asyncio.get_running_loop()
        cfg = self.cfg
        self.pool = ThreadPoolExecutor(cfg.workers + cfg.slow_workers + 4, thread_name_prefix="aikg-engine-call")

        def spawn():
            fast = [Engine(cfg, self.ctx, i) for i in range(cfg.workers)]
            slow = [Engine(cfg, self.ctx, cfg.workers + i, cfg.slow_nice) for i in range(cfg.slow_workers)]
            return fast, slow
        fast, slow = await loop.run_in_executor(self.pool, spawn)
        self.lanes = {FAST: Lane(FAST, fast, cfg.max_clients), SLOW: Lane(SLOW, slow, cfg.slow_queue)}

    def stop(self) -> None:
        for e in self.engines:
            e.stop()
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def tally(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    async def run(self, sparql: str, accept: str) -> tuple[int, str, bytes, str]:
        """-> (status, content type, body, Server-Timing); Busy when its lane cannot take it."""
        from .guard import check
        from .lanes import ticket
        from .queries import _SERVICE, _strip_comments_and_strings
        t0 = time.monotonic()
        check(sparql)                                 # QueryRefused -> 400 by the caller
        if _SERVICE.search(_strip_comments_and_strings(sparql)):
            raise AikgError("SERVICE (a query to another server) is refused by aikg serve")
        t = ticket(sparql)
        ckey = self.cache.key(t.key, accept)
        hit = self.cache.get(ckey)
        if hit is not None:
            return 200, hit[0], hit[1], 'cache;desc="hit"'
        # the same query (and Accept) already running for another client: share its answer
        # (the store cannot change while served) instead of queueing a second run of it; when
        # the first client goes away its run stops, and the others are told to try again
        running = self.running.get(ckey)
        if running is not None:
            status, media, body, timing = await asyncio.shield(running)
            return status, media, body, f'shared;dur={(time.monotonic() - t0) * 1000:.1f};desc="same query running"'
        running = self.running[ckey] = asyncio.get_running_loop().create_future()
        try:
            answer = await self._answer(sparql, accept, t, ckey, t0)
        except asyncio.CancelledError:
            running.set_exception(Busy("busy: the same query, run for another client, was stopped; try again", 1))
            raise
        except BaseException as e:
            running.set_exception(e)
            raise
        else:
            running.set_result(answer)
            return answer
        finally:
            del self.running[ckey]
            if not running.cancelled() and running.exception() is not None:
                running.exception()      # retrieved: no "never retrieved" warning when no one shared it

    async def _answer(self, sparql: str, accept: str, t, ckey, t0: float) -> tuple[int, str, bytes, str]:
        """The answer of one run of the query (in the lane its ticket `t` picks)."""
        from .lanes import FAST, SLOW, TIMED_OUT_FOR
        wait = self.history.refused_for(t, t0)
        if wait > 0:
            return 504, "text/plain", (f"query timed out after {self.cfg.timeout:g} s lately; the same query is not "
                                       f"run again until {TIMED_OUT_FOR:g} s after that").encode(), \
                'refused;desc="timed out lately"'
        deadline = t0 + self.cfg.timeout
        name = self.history.lane(t)
        preempted = ""
        while True:
            cap = self.cfg.fast_budget if name == FAST else None
            status, media, body, t1, ended = await self._run_in(self.lanes[name], t, sparql, accept, deadline, cap)
            if status != PREEMPTED[0]:
                break
            # a query in the fast lane that runs past its budget is stopped and run again in the
            # slow lane (what it did is lost, at most fast_budget of CPU): a fast engine is
            # never held longer than that
            # (and the time it spent there is not counted against its timeout)
            preempted = f', preempted;dur={(ended - t1) * 1000:.1f};desc="fast lane"'
            deadline += ended - t1
            name = SLOW
        if status == 200:
            self.cache.put(ckey, ended - t1, media, body)
        # Server-Timing: how long after its arrival the query got the engine that answered it
        # (its lane's queue), and how long it ran there (until its answer came back or its
        # engine was sent SIGKILL)
        return status, media, body, (f'queue;dur={(t1 - t0) * 1000:.1f};desc="{name} lane", '
                                     f"run;dur={(ended - t1) * 1000:.1f}{preempted}")

    async def _run_in(self, lane: Lane, t, sparql: str, accept: str, deadline: float, cap: float | None):
        """-> (status, content type, body, started, ended): one run in an engine of `lane`."""
        timeout = self.cfg.timeout
        expected = self.history.expected(t)
        if expected is None:
            expected = lane.mean_run
        # the queue may hold it only as long as leaves it time to run: 1.5 times what it (or
        # its shape) took lately, at least a quarter of the timeout, at most three quarters
        reserve = min(max(1.5 * expected, timeout / 4), 0.75 * timeout)
        engine = await lane.acquire(deadline - time.monotonic() - reserve)
        t1 = time.monotonic()
        cancelled = threading.Event()
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self.pool, engine.call, sparql, accept, deadline, cancelled, timeout, cap)

        seen = {}

        def back(f):
            ended = seen["ended"] = engine.ended or time.monotonic()
            status = f.result()[0] if not f.cancelled() and f.exception() is None else -1
            if status in (200, 504, PREEMPTED[0]):
                self.history.record(t, ended - t1, timed_out=status == 504, now=ended)
                lane.observe(ended - t1)
            if engine.why:             # killed: the answer goes out now, a new process starts meanwhile
                loop.run_in_executor(self.pool, engine.revive).add_done_callback(
                    lambda _: lane.idle.put_nowait(engine))
            else:
                lane.idle.put_nowait(engine)
        fut.add_done_callback(back)
        try:
            status, media, body = await asyncio.shield(fut)
        except asyncio.CancelledError:
            cancelled.set()                           # the client hung up: stop the engine
            raise
        return status, media, body, t1, seen.get("ended") or time.monotonic()

    async def dump(self, graph: str | None, dest: Path) -> None:
        """Write the dataset (or one graph) to `dest` in a process of its own, at the slow
        lane's priority, stopped at the transfer timeout or when the client hangs up."""
        proc = self.ctx.Process(target=dump_main, args=(str(self.cfg.path), str(dest), graph, self.cfg.slow_nice),
                                name="aikg-dump", daemon=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self.pool, proc.start)
        try:
            deadline = time.monotonic() + self.cfg.transfer_timeout
            while proc.is_alive():
                if time.monotonic() > deadline:
                    raise Busy(f"the dump took longer than {self.cfg.transfer_timeout:g} s", 60)
                await asyncio.sleep(0.05)
            if proc.exitcode != 0:
                raise AikgError(f"the dump stopped ({'signal ' + str(-proc.exitcode) if proc.exitcode < 0 else 'exit code ' + str(proc.exitcode)})")
        finally:
            if proc.is_alive():
                proc.kill()
            await loop.run_in_executor(self.pool, proc.join, 5)


def make_app(front: Front):
    from aiohttp import web

    def text(status: int, msg: str, **headers) -> web.Response:
        return web.Response(status=status, text=msg.rstrip() + "\n", headers=headers)

    def refused(e: Exception, error_status: int, busy_tally: str, error_tally: str) -> web.Response:
        """One line for a request the server cannot serve now (Busy: 503 with Retry-After) or
        at all (an AikgError: `error_status`), counted in the server's tally."""
        if isinstance(e, Busy):
            front.tally(busy_tally)
            return text(503, str(e), **{"Retry-After": str(e.retry_after)})
        front.tally(error_tally)
        return text(error_status, str(e))

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
        except (Busy, AikgError) as e:
            return refused(e, 400, "503 lane busy", "400 refused")
        front.tally({200: "200 ok", 400: "400 syntax"}.get(status, f"{status}"))
        if status == 200:
            return web.Response(status=200, body=body, content_type=media, headers={"Server-Timing": timing})
        return text(status, body.decode("utf-8", "replace"), **{"Server-Timing": timing})

    async def read_only(request):
        front.tally("403 read-only")
        return text(403, "aikg serve is read-only: write to the store with aikg (ingest, remove, load) "
                         "while it is not served")

    async def graph_store(request):
        """Graph Store Protocol, reading only: the dataset as N-Quads, `?graph=IRI` or
        `?default` one graph as N-Triples."""
        if request.method not in ("GET", "HEAD"):
            return await read_only(request)
        graph = request.query.get("graph")
        if graph is not None:
            import pyoxigraph as ox
            try:
                ox.NamedNode(graph)
            except ValueError:
                front.tally("400 graph")
                return text(400, f"graph {graph!r} is not an IRI")
        elif "default" in request.query:
            graph = ""
        media = "application/n-quads" if graph is None else "application/n-triples"
        if request.method == "HEAD":
            return web.Response(status=200, content_type=media)
        if front.dumping:
            front.tally("503 dump busy")
            return text(503, "busy: another download of the store is running; try again", **{"Retry-After": "5"})
        front.dumping = True
        import tempfile
        work = Path(tempfile.mkdtemp(prefix="aikg-serve-dump-"))
        dest = work / "dump"
        try:
            try:
                await front.dump(graph, dest)
            except (Busy, AikgError) as e:
                return refused(e, 500, "503 dump busy", "500 dump")
            if graph and dest.stat().st_size == 0 and not await asyncio.get_running_loop().run_in_executor(
                    front.pool, _has_graph, str(front.cfg.path), graph):
                front.tally("404 graph")
                return text(404, f"no graph {graph} in this store")
            f = open(dest, "rb")
            dest.unlink()
            work.rmdir()
            resp = web.StreamResponse(status=200, headers={"Content-Type": media})
            resp.content_length = os.fstat(f.fileno()).st_size
            await resp.prepare(request)
            with f:
                while chunk := f.read(1 << 20):
                    await resp.write(chunk)
            await resp.write_eof()
            front.tally("200 store")
            return resp
        finally:
            front.dumping = False
            dest.unlink(missing_ok=True)
            if work.exists():
                work.rmdir()

    app = web.Application(client_max_size=front.cfg.max_body, middlewares=[limit])
    app.router.add_route("GET", "/query", query)
    app.router.add_route("POST", "/query", query)
    app.router.add_route("*", "/update", read_only)
    app.router.add_route("*", "/store", graph_store)
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
        if front.cache.hits:
            front.tally("200 from the answer cache", front.cache.hits)
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
