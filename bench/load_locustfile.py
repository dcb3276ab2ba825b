"""Locust users for `bench/load_test.py` (run by it; not on its own).

Each user posts SPARQL to the server's /query: healthy requests drawn from a plan file
(entity-bound saved queries, listing queries, the SPARQL `ask` generates) and, with
probability HOSTILE_SHARE, one hostile request of a kind drawn in turn (deep nesting, an
oversized body, a cartesian product, malformed text, update forms, SERVICE).

A healthy request succeeds on 200. A 503 (a lane of the server is full and says when to come
back) is not a failure: the client waits the Retry-After seconds and sends it again, as an
HTTP client should, for up to RETRY_FOR seconds; the request fails when it has no 200 by then,
or on any other status. Its latency (the "(to answer)" rows) is the whole time until the answer,
retries and waits included; each 503 is also counted on a row of its own ("503, retried").
A hostile one succeeds when it is refused the way it should be (its expected statuses; 503 for
those that reach an engine's queue) within the server's timeout + 1 s; otherwise it fails,
named by kind ("crash" for no answer or a 500, "hang" for a query that ran in its engine past
the timeout + 1 s, from the Server-Timing header).
"""
from __future__ import annotations

import json
import os
import random
import re
import time

from locust import FastHttpUser, constant, events, task

PLAN = json.loads(open(os.environ["AIKG_LOAD_PLAN"], encoding="utf-8").read())
HOSTILE_SHARE = float(PLAN["hostile_share"])
LIMIT_S = float(PLAN["timeout"]) + 1.0
RETRY_FOR = 60.0
JSON = "application/sparql-results+json"

HOSTILE = {
    "nesting": ("SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000, "/query", {400}),
    "parentheses": ("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }", "/query", {400}),
    "union-chain": ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 5000) + " }", "/query", {400}),
    "oversized": ("SELECT * WHERE { ?s ?p ?o } #" + "x" * (2 << 20), "/query", {413}),
    "cartesian": ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "/query", {504, 200, 503}),
    "malformed": ("SELECT ?x WHERE { ?x <urn:p> \"unterminated }", "/query", {400, 503}),
    "update-in-query": ("DELETE WHERE { ?s ?p ?o }", "/query", {400, 503}),
    "update-endpoint": ("DROP ALL", "/update", {403}),
    "service": ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "/query", {400}),
}
KINDS = sorted(HOSTILE)
_turn = [0]
RUN = re.compile(r"run;dur=([0-9.]+)")
QUEUE = re.compile(r'queue;dur=([0-9.]+)(?:;desc="(\w+) lane")?')


class Analyst(FastHttpUser):
    wait_time = constant(float(PLAN.get("think_s", 0.0)))
    network_timeout = 60.0
    _run_ms = None
    connection_timeout = 10.0

    def _post(self, path, text, name, ok_statuses, limit=None, retry=False):
        """One HTTP request; -> (status, Retry-After seconds or None, Server-Timing header)."""
        ctype = "application/sparql-update" if path == "/update" else "application/sparql-query"
        with self.client.post(path, data=text.encode("utf-8"), name=name, catch_response=True,
                              headers={"Content-Type": ctype, "Accept": JSON}) as r:
            status = r.status_code or 0
            timing = (r.headers or {}).get("Server-Timing", "") or ""
            retry_after = None
            if status == 503:
                try:
                    retry_after = float((r.headers or {}).get("Retry-After", ""))
                except ValueError:
                    retry_after = None
            # how long the query ran in its engine (the server's Server-Timing header), without
            # the time it queued for one; the whole time when the header is missing
            took = r.request_meta["response_time"] / 1000.0
            m = RUN.search(timing)
            if m:
                took = float(m.group(1)) / 1000.0
            if retry and status == 503 and retry_after is not None:
                r.request_meta["name"] = f"{name} (503, retried)"
                r.success()
            elif status in ok_statuses and (limit is None or took <= limit):
                r.success()
            elif status in (0, 500) and name.startswith("hostile"):
                r.failure(f"crash (status {status})")
            elif limit is not None and took > limit:
                r.failure(f"hang ({took:.1f} s)")
            else:
                r.failure(f"status {status}: {(r.text or '')[:80]}")
            return status, retry_after, timing

    def _event(self, kind, name, ms, exception=None):
        self.environment.events.request.fire(request_type=kind, name=name, response_time=ms, response_length=0,
                                             exception=exception, context={})

    @task
    def one(self):
        if random.random() < HOSTILE_SHARE:
            kind = KINDS[_turn[0] % len(KINDS)]
            _turn[0] += 1
            text, path, ok = HOSTILE[kind]
            self._post(path, text, f"hostile:{kind}", ok, LIMIT_S)
            return
        group = random.choices(["entity", "listing", "ask"], weights=PLAN["weights"])[0]
        sparql = random.choice(PLAN["healthy"][group])
        t0 = time.perf_counter()
        while True:
            status, retry_after, timing = self._post("/query", sparql, group, {200}, retry=True)
            if status != 503 or retry_after is None or time.perf_counter() - t0 + retry_after > RETRY_FOR:
                break
            time.sleep(retry_after)
        total_ms = (time.perf_counter() - t0) * 1000
        self._event("ANSWER", f"{group} (to answer)", total_ms,
                    None if status == 200 else Exception(f"no answer: status {status}"))
        m, q = RUN.search(timing), QUEUE.search(timing)
        if status == 200 and m:     # the engine's part of it, and its wait for an engine
            self._event("RUN", f"{group} (engine run)", float(m.group(1)))
        if status == 200 and q:
            self._event("QUEUE", f"{group} (queue)", float(q.group(1)))
            if q.group(2):
                self._event("LANE", f"{group} (lane: {q.group(2)})", 0)
        elif status == 200 and "cache;" in timing:     # kept by the server: an expensive answer
            self._event("LANE", f"{group} (lane: cache)", 0)
        elif status == 200 and "shared;" in timing:    # the answer of the same query, running for another client
            self._event("LANE", f"{group} (lane: shared)", 0)


@events.quitting.add_listener
def _exit_code(environment, **kw):
    environment.process_exit_code = 0     # failures are judged by load_test.py from the CSVs
