"""Locust users for `bench/load_test.py` (run by it; not on its own).

Each user posts SPARQL to the server's /query: healthy requests drawn from a plan file
(entity-bound saved queries, listing queries, the SPARQL `ask` generates) and, with
probability HOSTILE_SHARE, one hostile request of a kind drawn in turn (deep nesting, an
oversized body, a cartesian product, malformed text, update forms, SERVICE).

A healthy request succeeds on 200. A hostile one succeeds when it is refused the way it should
be (its expected statuses) within the server's timeout + 1 s; otherwise it fails, named by kind
("crash" for no answer or a 500, "hang" for a query that ran in its engine past the timeout + 1 s,
from the Server-Timing header).
"""
from __future__ import annotations

import json
import os
import random
import re

from locust import FastHttpUser, constant, events, task

PLAN = json.loads(open(os.environ["AIKG_LOAD_PLAN"], encoding="utf-8").read())
HOSTILE_SHARE = float(PLAN["hostile_share"])
LIMIT_S = float(PLAN["timeout"]) + 1.0
JSON = "application/sparql-results+json"

HOSTILE = {
    "nesting": ("SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000, "/query", {400}),
    "parentheses": ("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }", "/query", {400}),
    "union-chain": ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 5000) + " }", "/query", {400}),
    "oversized": ("SELECT * WHERE { ?s ?p ?o } #" + "x" * (2 << 20), "/query", {413}),
    "cartesian": ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "/query", {504, 200}),
    "malformed": ("SELECT ?x WHERE { ?x <urn:p> \"unterminated }", "/query", {400}),
    "update-in-query": ("DELETE WHERE { ?s ?p ?o }", "/query", {400}),
    "update-endpoint": ("DROP ALL", "/update", {403}),
    "service": ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "/query", {400}),
}
KINDS = sorted(HOSTILE)
_turn = [0]
RUN = re.compile(r"run;dur=([0-9.]+)")


class Analyst(FastHttpUser):
    wait_time = constant(float(PLAN.get("think_s", 0.0)))
    network_timeout = 60.0
    _run_ms = None
    connection_timeout = 10.0

    def _post(self, path, text, name, ok_statuses, limit=None):
        ctype = "application/sparql-update" if path == "/update" else "application/sparql-query"
        with self.client.post(path, data=text.encode("utf-8"), name=name, catch_response=True,
                              headers={"Content-Type": ctype, "Accept": JSON}) as r:
            status = r.status_code or 0
            # how long the query ran in its engine (the server's Server-Timing header), without
            # the time it queued for one; the whole time when the header is missing
            took = r.request_meta["response_time"] / 1000.0
            m = RUN.search((r.headers or {}).get("Server-Timing", "") or "")
            self._run_ms = float(m.group(1)) if m else None
            if m:
                took = float(m.group(1)) / 1000.0
            if status in ok_statuses and (limit is None or took <= limit):
                r.success()
            elif status in (0, 500) and name.startswith("hostile"):
                r.failure(f"crash (status {status})")
            elif limit is not None and took > limit:
                r.failure(f"hang ({took:.1f} s)")
            else:
                r.failure(f"status {status}: {(r.text or '')[:80]}")

    @task
    def one(self):
        if random.random() < HOSTILE_SHARE:
            kind = KINDS[_turn[0] % len(KINDS)]
            _turn[0] += 1
            text, path, ok = HOSTILE[kind]
            self._post(path, text, f"hostile:{kind}", ok, LIMIT_S)
            return
        group = random.choices(["entity", "listing", "ask"], weights=PLAN["weights"])[0]
        self._post("/query", random.choice(PLAN["healthy"][group]), group, {200})
        if self._run_ms is not None:    # the engine's part of it, as its own row ("RUN" type)
            self.environment.events.request.fire(request_type="RUN", name=f"{group} (engine run)",
                                                 response_time=self._run_ms, response_length=0,
                                                 exception=None, context={})


@events.quitting.add_listener
def _exit_code(environment, **kw):
    environment.process_exit_code = 0     # failures are judged by load_test.py from the CSVs
