"""A remote SPARQL 1.1 endpoint behind the same interface as `LocalStore`.

Speaks the SPARQL 1.1 Protocol over plain HTTP(S) with the standard library (`http.client`,
one keep-alive connection per thread and host):

* queries: `POST` form-encoded `query=` to the query endpoint, asking for
  `application/sparql-results+json` (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE). Results
  are parsed by pyoxigraph into pyoxigraph terms, so `run._execute` and everything above it
  cannot tell a remote result from a local one.
* the union default graph: aikg queries see every document graph as the default graph. The
  request carries Oxigraph's `union-default-graph` parameter; other servers ignore it and must
  treat the default graph as the union of all graphs themselves (Virtuoso does; Fuseki:
  `tdb2:unionDefaultGraph true`). This is checked, not assumed: before the first query, one
  triple of a named graph must be visible in the default graph, or the query stops with an
  error saying how to configure the server. Set `AIKG_ENDPOINT_UNION=0` to leave the
  parameter and the check out.
* the server's layout (where updates and the Graph Store live) follows its `Server` header:
  Oxigraph (and by default any server) `/update` and `/store` beside `/query`; Virtuoso
  `/sparql-auth` and `/sparql-graph-crud-auth` beside `/sparql` (the unauthenticated
  `/sparql` and `/sparql-graph-crud` without credentials). See `LAYOUTS`.
* updates: `POST` form-encoded `update=` to the update endpoint. `replace_document` is one
  request, `DROP SILENT GRAPH <g>; INSERT DATA {…}`.
* bulk transfer: the Graph Store Protocol, for `aikg push`, `aikg pull` and `quads()`: the
  whole dataset as N-Quads where the server takes it (Oxigraph's `/store`; a push streams it
  with chunked encoding while pyoxigraph dumps the local store, and asks Oxigraph for its bulk
  loader with `?no_transaction`), else graph by graph (`PUT`/`GET …?graph=IRI` with N-Triples,
  the standard per-graph protocol, a few requests at once; Virtuoso).

Credentials come only from the environment, never from the command line or the URL:
`AIKG_ENDPOINT_TOKEN` (sent as `Authorization: Bearer …`) or `AIKG_ENDPOINT_USER` and
`AIKG_ENDPOINT_PASSWORD` (HTTP basic, or digest when the server asks for it, as Virtuoso's
authenticated endpoints do).

Every failure is one `AikgError` line: endpoint down, too slow (`timeout` is a deadline for the
whole request, not per packet), HTTP 4xx/5xx (status and the first line of the body), or a
malformed answer.
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import os
import re
import shutil
import socket
import ssl
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator, Sequence
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from . import __version__
from .errors import AikgError
from .facts import DOCUMENT_COUNT, EVIDENCE, SAMPLE_EVIDENCE, facts_delta
from .rdf import FACTS_GRAPH, ID, KG, META_GRAPH, PREFIXES, doc_iri

DOC_PREFIX = f"{ID}doc/"

RESULTS_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                  "application/n-triples;q=0.8, text/turtle;q=0.7")
# per query form: Virtuoso answers a CONSTRUCT asked with the mixed list above as a JSON table
SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ConnectionAbortedError)
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.I | re.M)
_CHUNK = 1 << 16
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)     # Linux only
TRANSFER_THREADS = 4      # concurrent requests when a push or pull goes graph by graph
_FORM = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_CHALLENGE = re.compile(r'(\w+)\s*=\s*(?:"([^"]*)"|([^\s,]+))')

# Where a server keeps its update and Graph Store endpoints, relative to the query URL, and
# whether its Graph Store takes a whole dataset as N-Quads (an Oxigraph extension) or only one
# graph per request (the standard). Picked by the `Server` header's product name.
# `dataset_params`: added to a whole-dataset upload. Oxigraph's `no_transaction` loads with its
# bulk loader, 3x faster than one transaction (bench/results-engines.md); a push is not atomic
# anyway (the pushed graphs are dropped first, in another request), and a file that does not
# parse is still refused whole.
LAYOUTS = {
    "default": {"query_suffix": "/query", "update": "update", "store": "store", "dataset": True},
    "oxigraph": {"query_suffix": "/query", "update": "update", "store": "store", "dataset": True,
                 "dataset_params": {"no_transaction": ""}},
    "virtuoso": {"query_suffix": "/sparql", "update": "sparql-auth", "update_anonymous": "sparql",
                 "store": "sparql-graph-crud-auth", "store_anonymous": "sparql-graph-crud", "dataset": False},
}
# Graph Store requests bigger than this are split (POSTed in parts): Virtuoso loads a 500k-triple
# graph at half the rate it loads the same triples in 8 MB requests.
PART_BYTES = 8 << 20


class EndpointTimeout(AikgError):
    pass


def _first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit] + ("…" if len(line) > limit else "")
    return ""


def with_prefixes(sparql: str) -> str:
    """Prepend `PREFIX` lines for aikg's default prefixes the text uses but does not declare.

    Saved queries declare their own; ad-hoc queries may use kg:, id:, … as they can locally."""
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if p not in declared and re.search(rf"(?<![\w.:/#<-]){re.escape(p)}:", sparql)]
    return ("\n".join(lines) + "\n" + sparql) if lines else sparql


class _Url:
    def __init__(self, url: str, what: str):
        raw = url.strip()
        parts = urlsplit(raw)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise AikgError(f"{what} {raw!r} is not an http:// or https:// URL")
        if parts.username is not None or parts.password is not None:
            raise AikgError(f"{what} must not contain credentials; set AIKG_ENDPOINT_USER and "
                            "AIKG_ENDPOINT_PASSWORD (or AIKG_ENDPOINT_TOKEN) in the environment instead")
        try:
            port = parts.port
        except ValueError:
            raise AikgError(f"{what} {raw!r} has an invalid port") from None
        self.scheme = parts.scheme.lower()
        self.host = parts.hostname
        self.port = port or (443 if self.scheme == "https" else 80)
        self.path = parts.path or "/"
        self.query = parts.query
        self.url = urlunsplit((self.scheme, parts.netloc, parts.path, parts.query, ""))

    def target(self, extra: dict | None = None) -> str:
        q = self.query
        if extra:
            q = (q + "&" if q else "") + urlencode(extra, quote_via=quote)
        return self.path + ("?" + q if q else "")

    def sibling(self, name: str, suffix: str = "/query") -> "_Url":
        """/query -> /update or /store on the same server (Oxigraph's layout; Virtuoso's is
        /sparql -> /sparql-auth, /sparql-graph-crud-auth)."""
        path = self.path.rstrip("/")
        if path.endswith(suffix):
            path = path[: -len(suffix)]
        return _Url(urlunsplit((self.scheme, f"{self._netloc()}", f"{path}/{name}", "", "")), "URL")

    def _netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def key(self) -> tuple:
        return (self.scheme, self.host, self.port)


def _query_url(endpoint: str) -> _Url:
    u = _Url(endpoint, "endpoint")
    if u.path in ("", "/") and not u.query:  # a bare Oxigraph address: http://127.0.0.1:7878
        u = _Url(u.url.rstrip("/") + "/query", "endpoint")
    return u


def auth_header() -> str | None:
    token = os.environ.get("AIKG_ENDPOINT_TOKEN")
    if token:
        return f"Bearer {token.strip()}"
    user = os.environ.get("AIKG_ENDPOINT_USER")
    if user:
        pw = os.environ.get("AIKG_ENDPOINT_PASSWORD", "")
        return "Basic " + base64.b64encode(f"{user}:{pw}".encode("utf-8")).decode("ascii")
    return None


def query_form(sparql: str) -> str:
    """'select', 'ask', 'construct' or 'describe' (comments and the prologue skipped)."""
    from .queries import _PROLOGUE, _strip_comments_and_strings
    kept = _strip_comments_and_strings(sparql, keep_iris=True)
    pos = 0
    while m := _PROLOGUE.match(kept, pos):
        pos = m.end()
    m = _FORM.match(kept, pos)
    return m.group(1).lower() if m else "select"


class _Digest:
    """HTTP digest authentication (RFC 7616, qop=auth, MD5 or SHA-256) from a server's
    challenge; the nonce is reused with a growing count until the server says it is stale."""

    def __init__(self, user: str, password: str, challenge: str):
        self.user, self.password = user, password
        p = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
             for m in _CHALLENGE.finditer(challenge.split(None, 1)[1] if " " in challenge else "")}
        self.realm, self.nonce, self.opaque = p.get("realm", ""), p.get("nonce", ""), p.get("opaque")
        self.algorithm = (p.get("algorithm") or "MD5").upper()
        self.qop = "auth" if "auth" in [q.strip() for q in (p.get("qop") or "").split(",")] else None
        self.nc = 0

    def _h(self, text: str) -> str:
        algo = hashlib.sha256 if self.algorithm.startswith("SHA-256") else hashlib.md5
        return algo(text.encode("utf-8")).hexdigest()

    def header(self, method: str, uri: str) -> str:
        self.nc += 1
        cnonce = os.urandom(8).hex()
        ha1, ha2 = self._h(f"{self.user}:{self.realm}:{self.password}"), self._h(f"{method}:{uri}")
        if self.qop:
            resp = self._h(f"{ha1}:{self.nonce}:{self.nc:08x}:{cnonce}:{self.qop}:{ha2}")
        else:
            resp = self._h(f"{ha1}:{self.nonce}:{ha2}")
        parts = [f'username="{self.user}"', f'realm="{self.realm}"', f'nonce="{self.nonce}"',
                 f'uri="{uri}"', f'response="{resp}"', f"algorithm={self.algorithm}"]
        if self.qop:
            parts += [f"qop={self.qop}", f"nc={self.nc:08x}", f'cnonce="{cnonce}"']
        if self.opaque is not None:
            parts.append(f'opaque="{self.opaque}"')
        return "Digest " + ", ".join(parts)


def _digest_challenge(resp) -> str | None:
    for value in resp.headers.get_all("WWW-Authenticate") or []:
        if value.strip().lower().startswith("digest"):
            return value.strip()
    return None


_XSD = "http://www.w3.org/2001/XMLSchema#"
_DURATIONS = {_XSD + "duration", _XSD + "yearMonthDuration", _XSD + "dayTimeDuration"}
_NT_DURATION = re.compile(rb'"(-?[0-9]+(?:\.[0-9]+)?)"\^\^<http://www\.w3\.org/2001/XMLSchema#(duration|yearMonthDuration|dayTimeDuration)>')


def iso_duration(number: str) -> str | None:
    """Virtuoso stores xsd:duration values as numbers and returns them so: a whole number of
    months ("60" for P5Y) or of seconds with a fraction ("259200.0" for P3D). -> the ISO 8601
    form (None when `number` is not one of those)."""
    if not re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", number):
        return None
    sign, number = ("-", number[1:]) if number.startswith("-") else ("", number)
    if "." not in number:
        years, months = divmod(int(number), 12)
        body = (f"{years}Y" if years else "") + (f"{months}M" if months or not years else "")
        return f"{sign}P{body}"
    total = float(number)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    time_part = (f"{int(hours)}H" if hours else "") + (f"{int(minutes)}M" if minutes else "") + \
        (f"{seconds:g}S" if seconds else "")
    body = (f"{int(days)}D" if days else "") + (f"T{time_part}" if time_part else "")
    return f"{sign}P{body or 'T0S'}"


def _repair_term(t):
    if isinstance(t, ox.Literal) and t.datatype.value in _DURATIONS:
        iso = iso_duration(t.value)
        if iso is not None:
            return ox.Literal(iso, datatype=t.datatype)
    return t


def repair_nt_durations(data: bytes) -> bytes:
    def sub(m: re.Match) -> bytes:
        return b'"' + iso_duration(m.group(1).decode()).encode() + b'"^^<' + _XSD.encode() + m.group(2) + b">"
    return _NT_DURATION.sub(sub, data)


class _Row(tuple):
    """A result row rebuilt from a `QuerySolution`: indexable by position or variable name."""

    def __new__(cls, values, names: dict):
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key):
        if isinstance(key, ox.Variable):
            key = key.value
        if isinstance(key, str):
            i = self._names.get(key)
            return None if i is None else tuple.__getitem__(self, i)
        return tuple.__getitem__(self, key)


class _Solutions(list):
    """SELECT results, materialised: a list of pyoxigraph `QuerySolution`s (each indexable by
    variable name, None when unbound) with `.variables` like `ox.QuerySolutions`."""

    def __init__(self, variables, rows):
        super().__init__(rows)
        self.variables = list(variables)


class Triples(list):
    """CONSTRUCT / DESCRIBE results: a list of `ox.Triple` (`run._execute` treats it like
    `ox.QueryTriples`)."""

    aikg_triples = True


class RemoteStore:
    """A SPARQL 1.1 endpoint (Oxigraph, Fuseki, GraphDB, …) used like a LocalStore."""

    kind = "remote"

    def __init__(self, endpoint: str, update_endpoint: str | None = None, timeout: float = 30.0,
                 store_endpoint: str | None = None, union_default_graph: bool | None = None):
        self.query_url = _query_url(endpoint)
        self._update_given = _Url(update_endpoint, "update endpoint") if update_endpoint else None
        self._store_given = _Url(store_endpoint, "store endpoint") if store_endpoint else None
        try:
            self.timeout = float(timeout) if timeout else 30.0
        except (TypeError, ValueError):
            raise AikgError(f"timeout must be a number of seconds, got {timeout!r}") from None
        if self.timeout <= 0:
            raise AikgError("timeout must be more than 0 seconds")
        if union_default_graph is None:
            union_default_graph = os.environ.get("AIKG_ENDPOINT_UNION", "1").strip().lower() not in ("0", "false", "no", "off")
        self.union = union_default_graph
        self.read_only = False
        self.path = None
        self.label = self.query_url.url
        self._auth = auth_header()
        self._user = None if os.environ.get("AIKG_ENDPOINT_TOKEN") else os.environ.get("AIKG_ENDPOINT_USER")
        self._password = os.environ.get("AIKG_ENDPOINT_PASSWORD", "")
        self._digest: dict = {}            # (scheme, host, port) -> _Digest, once a server asked
        self._local = threading.local()
        self._lock = threading.Lock()
        self.server: str | None = None     # the Server header of the first answer
        self._union_checked = not self.union

    # ------------------------------------------------------------------ server layout
    @property
    def engine(self) -> str:
        """'virtuoso', 'oxigraph' or 'default' (others), from the server's `Server` header
        (one cheap request the first time it is needed)."""
        if self.server is None:
            try:
                self._post_form(self.query_url, {"query": "ASK {}"})
            except AikgError:
                if self.server is None:
                    raise
        product = (self.server or "").lower()
        return next((name for name in ("virtuoso", "oxigraph") if product.startswith(name)), "default")

    def _layout_url(self, kind: str) -> "_Url":
        lay = LAYOUTS[self.engine]
        name = lay[kind] if self._auth else lay.get(f"{kind}_anonymous", lay[kind])
        return self.query_url.sibling(name, lay["query_suffix"])

    @property
    def update_url(self) -> "_Url":
        return self._update_given or self._layout_url("update")

    @property
    def store_url(self) -> "_Url":
        return self._store_given or self._layout_url("store")

    @property
    def _durations_as_numbers(self) -> bool:
        return self.server is not None and self.engine == "virtuoso"

    @property
    def dataset_transfer(self) -> bool:
        """Whether the Graph Store endpoint takes and gives a whole dataset as N-Quads."""
        return LAYOUTS[self.engine]["dataset"]

    def __repr__(self) -> str:
        return f"RemoteStore({self.label!r})"

    # ------------------------------------------------------------------ HTTP plumbing
    def _conns(self) -> dict:
        d = getattr(self._local, "conns", None)
        if d is None:
            d = self._local.conns = {}
        return d

    @staticmethod
    def _quickack(conn) -> None:
        """Acknowledge what arrives at once instead of up to 40 ms later (Linux delays ACKs on
        a connection it sees as interactive, as a kept-alive one is). A server that writes an
        answer's headers and body separately without TCP_NODELAY (Virtuoso 7.2) holds the body
        until the headers are acknowledged: figures at 1M took 56 ms median instead of 27 ms
        (bench/results-engines.md). The flag does not stick, so it is set before each read."""
        sock = getattr(conn, "sock", None)
        if _QUICKACK is not None and sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
            except OSError:
                pass

    def _connect(self, u: _Url, timeout: float) -> http.client.HTTPConnection:
        if u.scheme == "https":
            return http.client.HTTPSConnection(u.host, u.port, timeout=timeout,
                                               context=ssl.create_default_context())
        return http.client.HTTPConnection(u.host, u.port, timeout=timeout)

    def _drop(self, u: _Url) -> None:
        conn = self._conns().pop(u.key, None)
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass

    def close(self) -> None:
        for key in list(self._conns()):
            conn = self._conns().pop(key)
            try:
                conn.close()
            except Exception:
                pass

    def _timeout_error(self, u: _Url, seconds: float) -> EndpointTimeout:
        return EndpointTimeout(f"endpoint {u.url} did not answer within {seconds:g} s "
                               "(raise it with --timeout)")

    def _send(self, method: str, u: _Url, target: str, body, headers: dict, timeout: float):
        """Send one request and return the response (headers read). With a user and password,
        a digest challenge (HTTP 401) is answered and remembered for the next requests. A
        server that refuses basic credentials without saying what it wants (Virtuoso) is
        asked once more without them, to get its challenge."""
        asked_anonymously = False
        for attempt in range(3):
            hdrs = dict(headers)
            with self._lock:
                digest = self._digest.get(u.key)
                if digest is not None:
                    hdrs["Authorization"] = digest.header(method, target)
                elif asked_anonymously:
                    hdrs["Authorization"] = None
            resp = self._send_once(method, u, target, body, hdrs, timeout)
            if self.server is None:
                self.server = resp.getheader("Server") or ""
            if resp.status != 401 or not self._user or attempt == 2:
                return resp
            challenge = _digest_challenge(resp)
            if challenge is None:
                if digest is not None or asked_anonymously:
                    return resp                  # refused, and no digest to try
                asked_anonymously = True
            elif digest is not None and not re.search(r'stale\s*=\s*"?true', challenge, re.I):
                return resp                      # the digest credentials were refused
            self._read_body(u, resp, time.monotonic() + timeout, limit=1 << 16)
            self._drop(u)
            if challenge is not None:
                with self._lock:
                    self._digest[u.key] = _Digest(self._user, self._password, challenge)
        return resp

    def _send_once(self, method: str, u: _Url, target: str, body, headers: dict, timeout: float):
        """Send one request and return the response (headers read). Retries once when a
        kept-alive connection turns out to be closed by the server."""
        hdrs = {"User-Agent": f"aikg/{__version__}", **headers}
        if "Authorization" not in hdrs and self._auth:
            hdrs["Authorization"] = self._auth
        elif hdrs.get("Authorization") is None:
            hdrs.pop("Authorization", None)
        for attempt in (0, 1):
            conns = self._conns()
            conn = conns.get(u.key)
            reused = conn is not None
            if conn is None:
                conn = conns[u.key] = self._connect(u, timeout)
            conn.timeout = timeout
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            try:
                if hasattr(body, "seek"):
                    body.seek(0)
                conn.request(method, target, body=body, headers=hdrs)
                self._quickack(conn)
                return conn.getresponse()
            except _STALE as e:
                self._drop(u)
                if reused and attempt == 0:
                    continue
                if isinstance(e, http.client.RemoteDisconnected):
                    raise AikgError(f"endpoint {u.url} closed the connection without answering") from None
                raise AikgError(f"endpoint {u.url}: connection lost ({e.strerror or type(e).__name__})") from None
            except (socket.timeout, TimeoutError):
                self._drop(u)
                raise self._timeout_error(u, timeout) from None
            except ConnectionRefusedError:
                self._drop(u)
                raise AikgError(f"cannot reach endpoint {u.url}: connection refused (is the server running?)") from None
            except socket.gaierror as e:
                self._drop(u)
                raise AikgError(f"cannot reach endpoint {u.url}: cannot resolve host {u.host!r} ({e.strerror})") from None
            except ssl.SSLError as e:
                self._drop(u)
                raise AikgError(f"endpoint {u.url}: TLS error ({_first_line(str(e))})") from None
            except http.client.HTTPException as e:
                self._drop(u)
                raise AikgError(f"endpoint {u.url} sent a malformed HTTP response ({type(e).__name__}: {_first_line(str(e))})") from None
            except OSError as e:
                self._drop(u)
                raise AikgError(f"cannot reach endpoint {u.url}: {e.strerror or _first_line(str(e)) or type(e).__name__}") from None
        raise AikgError(f"endpoint {u.url}: no answer")  # not reached

    def _read_body(self, u: _Url, resp, deadline: float | None, limit: int | None = None) -> bytes:
        """The whole body, giving up at `deadline` (time.monotonic()) even if data trickles."""
        chunks: list[bytes] = []
        size = 0
        sock = conn = None
        try:
            conn = self._conns().get(u.key)
            sock = conn.sock if conn is not None else None
        except Exception:
            sock = None
        read = getattr(resp, "read1", None) or resp.read
        try:
            while True:
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise socket.timeout()
                    if sock is not None:
                        sock.settimeout(remaining)
                self._quickack(conn)
                data = read(_CHUNK)
                if not data:
                    break
                chunks.append(data)
                size += len(data)
                if limit is not None and size >= limit:
                    self._drop(u)
                    break
        except (socket.timeout, TimeoutError):
            self._drop(u)
            raise self._timeout_error(u, self.timeout) from None
        except (http.client.HTTPException, OSError) as e:
            self._drop(u)
            raise AikgError(f"endpoint {u.url}: the answer was cut off ({type(e).__name__}: {_first_line(str(e))})") from None
        resp.close()  # marks the response done so the kept-alive connection can be reused
        if resp.will_close:
            self._drop(u)
        return b"".join(chunks)

    def _check_status(self, u: _Url, resp, deadline: float | None) -> None:
        if resp.status < 300:
            return
        body = self._read_body(u, resp, deadline, limit=1 << 16)
        self._drop(u)
        text = body.decode("utf-8", "replace")
        if "html" in (resp.getheader("Content-Type") or "").lower():
            text = re.sub(r"<[^>]+>", " ", text)
        first = _first_line(text)
        msg = f"endpoint {u.url} answered HTTP {resp.status} {resp.reason}".rstrip()
        if 300 <= resp.status < 400:
            loc = resp.getheader("Location")
            msg += f"; it redirects to {loc}: use that URL" if loc else ""
            raise AikgError(msg)
        if resp.status in (401, 403):
            msg += (" (credentials come from AIKG_ENDPOINT_USER/AIKG_ENDPOINT_PASSWORD or AIKG_ENDPOINT_TOKEN"
                    + (", none are set)" if not self._auth else "; check them)"))
        raise AikgError(msg + (f": {first}" if first else ""))

    def _post_form(self, u: _Url, form: dict, accept: str = RESULTS_ACCEPT) -> tuple[str, bytes]:
        """POST a form within the deadline; -> (content type, body)."""
        deadline = time.monotonic() + self.timeout
        body = urlencode(form, quote_via=quote).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                   "Accept": accept}
        resp = self._send("POST", u, u.target(), body, headers, self.timeout)
        self._check_status(u, resp, deadline)
        data = self._read_body(u, resp, deadline)
        self._check_complete(u, resp)
        ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
        return ctype, data

    def _check_complete(self, u: _Url, resp) -> None:
        """Virtuoso answers HTTP 200 with part of the rows when a query hits its time or row
        limits, and says so only in headers: that is an error here, never a short answer."""
        state = resp.getheader("X-SQL-State")
        if state:
            msg = _first_line(resp.getheader("X-SQL-Message") or "") or "incomplete results"
            raise AikgError(f"endpoint {u.url} returned incomplete results ({state}: {msg}); "
                            "raise the server's limits (Virtuoso: [SPARQL] ResultSetMaxRows, "
                            "MaxQueryExecutionTime)")

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a query: a list of solutions with `.variables`, an `ox.QueryBoolean`, or an
        `ox.QueryTriples` (what `LocalStore.query` returns)."""
        text = with_prefixes(sparql)
        if substitutions:
            from .queries import bind
            text = bind(text, {(k.value if isinstance(k, ox.Variable) else str(k).lstrip("?$")): v
                               for k, v in substitutions.items()})
        if not self._union_checked:
            self._check_union_default_graph()
        form = {"query": text}
        if self.union:
            form["union-default-graph"] = ""
        kind = query_form(text)
        accept = GRAPH_ACCEPT if kind in ("construct", "describe") else SELECT_ACCEPT
        ctype, data = self._post_form(self.query_url, form, accept)
        res = self._parse_results(ctype, data)
        if kind == "ask" and isinstance(res, _Solutions):
            # Virtuoso can answer ASK as a one-column table (__ASK_RETVAL): a row with a true
            # value is true, no row is false
            if [v.value for v in res.variables] != ["__ASK_RETVAL"]:
                raise self._malformed("expected a boolean answer to ASK")
            return any(r[0] is not None and r[0].value not in ("0", "false") for r in res)
        return res

    def _check_union_default_graph(self) -> None:
        """aikg's queries read the default graph as the union of the named graphs. Check it
        once: a triple of some named graph must be in the default graph too."""
        self._union_checked = True
        form = {"union-default-graph": ""}
        try:
            form["query"] = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && isIRI(?o)) } LIMIT 1")
            rows = self._parse_results(*self._post_form(self.query_url, form, SELECT_ACCEPT))
            if not isinstance(rows, _Solutions) or not rows:
                return                     # no named graph yet: nothing to tell
            s, p_, o = rows[0]["s"], rows[0]["p"], rows[0]["o"]
            form["query"] = f"SELECT ?x WHERE {{ {s} {p_} {o} BIND(1 AS ?x) }} LIMIT 1"
            seen = self._parse_results(*self._post_form(self.query_url, form, SELECT_ACCEPT))
        except BaseException:
            self._union_checked = False
            raise
        if not seen:
            self._union_checked = False
            raise AikgError(f"endpoint {self.label} does not treat its default graph as the union of its "
                            "named graphs, which aikg's queries read: start Oxigraph with --union-default-graph, "
                            "set tdb2:unionDefaultGraph in Fuseki (or AIKG_ENDPOINT_UNION=0 to query only the "
                            "default graph)")

    def _malformed(self, detail: str) -> AikgError:
        return AikgError(f"endpoint {self.label} returned malformed results: {_first_line(detail, 160)}")

    def _parse_results(self, ctype: str, data: bytes):
        if ctype in _RESULT_TYPES:
            try:
                res = ox.parse_query_results(data, _RESULT_TYPES[ctype])
                if isinstance(res, ox.QueryBoolean):
                    return res
                variables = res.variables
                rows = list(res)
                if self._durations_as_numbers and b"uration" in data:
                    names = {v.value: i for i, v in enumerate(variables)}
                    rows = [_Row([_repair_term(t) for t in r], names) for r in rows]
                return _Solutions(variables, rows)
            except (SyntaxError, ValueError, OSError) as e:
                raise self._malformed(str(e) or type(e).__name__) from None
        if ctype in _GRAPH_TYPES:
            try:
                return Triples(ox.Triple(q.subject, q.predicate, q.object)
                               for q in ox.parse(data, _GRAPH_TYPES[ctype]))
            except (SyntaxError, ValueError, OSError) as e:
                raise self._malformed(str(e) or type(e).__name__) from None
        snippet = data[:80].decode("utf-8", "replace")
        raise self._malformed(f"unexpected content type {ctype or 'none'!r} "
                              f"(expected SPARQL JSON results): {snippet}")

    def _select(self, sparql: str) -> list:
        res = self.query(sparql)
        if not isinstance(res, _Solutions):
            raise self._malformed("expected SELECT results")
        return res

    def document_hash(self, doc_id: str) -> str | None:
        g = doc_iri(doc_id)
        for r in self._select(f"SELECT ?h WHERE {{ GRAPH {g} {{ {g} {KG('sha256')} ?h }} }} LIMIT 1"):
            return r["h"].value if r["h"] is not None else None
        return None

    def documents(self) -> list[str]:
        rows = self._select("SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g a kg:Document ; dcterms:identifier ?id } } ORDER BY ?id")
        return [r["id"].value for r in rows if r["id"] is not None]

    def __len__(self) -> int:
        q = ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" if self.union else
             "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        for r in self._select(q):
            try:
                return int(r["n"].value)
            except (TypeError, ValueError, AttributeError):
                raise self._malformed("COUNT did not return a number") from None
        return 0

    def named_graphs(self) -> list[ox.NamedNode]:
        """Every document and reference graph: all_graphs() without the derived facts graph."""
        return [g for g in self.all_graphs() if g != FACTS_GRAPH]

    def all_graphs(self) -> list[ox.NamedNode]:
        """Every named graph but the metadata, the derived facts graph included."""
        # the always-true FILTER keeps Virtuoso from answering from its list of graph names,
        # which ignores graph permissions and lists graphs that were emptied
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?p)) }")
        return [r["g"] for r in rows if isinstance(r["g"], ox.NamedNode) and r["g"] != META_GRAPH]

    def quads(self, graph=None) -> Iterator[ox.Quad]:
        """Every quad (or one graph's), streamed from the Graph Store endpoint as N-Quads;
        falls back to a SPARQL SELECT over the named graphs when there is no such endpoint."""
        path = self._download(graph)
        if path is None:
            yield from self._quads_by_query(graph)
            return
        try:
            fmt = ox.RdfFormat.N_TRIPLES if graph is not None else ox.RdfFormat.N_QUADS
            for q in ox.parse(path=str(path), format=fmt):
                if graph is not None:
                    yield ox.Quad(q.subject, q.predicate, q.object, graph)
                elif q.graph_name != META_GRAPH:
                    yield q
        except SyntaxError as e:
            raise self._malformed(str(e)) from None
        finally:
            path.unlink(missing_ok=True)

    def _quads_by_query(self, graph=None) -> Iterator[ox.Quad]:
        if graph is not None:
            rows = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
            for r in rows:
                yield ox.Quad(r["s"], r["p"], r["o"], graph)
            return
        for r in self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if r["g"] != META_GRAPH:
                yield ox.Quad(r["s"], r["p"], r["o"], r["g"])

    # ------------------------------------------------------------------ Graph Store Protocol
    def transfer_timeout(self, nbytes: int = 0) -> float:
        """Uploads and downloads may take longer than a query: the server parses and indexes
        the data before it answers (about 30 s per million quads for Oxigraph's POST /store)."""
        return max(self.timeout, 30.0 + nbytes / 2e6)

    def _download(self, graph=None, dest: Path | None = None) -> Path | None:
        """GET the dataset (or one graph) into a file: N-Quads for the dataset, N-Triples for
        one graph. None when the endpoint has no Graph Store (404/405). The idle timeout
        applies per read, so big dumps can finish."""
        if graph is None and not self.dataset_transfer:
            return self._download_by_graph(dest)
        u = self.store_url
        if graph is not None:
            target, accept = u.target({"graph": graph.value}), "application/n-triples"
        else:
            target, accept = u.target(), "application/n-quads"
        idle = self.transfer_timeout()
        resp = self._send("GET", u, target, None, {"Accept": accept}, idle)
        if resp.status in (404, 405, 406, 415, 501):
            self._read_body(u, resp, time.monotonic() + idle, limit=1 << 16)
            self._drop(u)
            return None
        self._check_status(u, resp, time.monotonic() + idle)
        self._check_complete(u, resp)
        ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
        if ctype and ctype not in (accept, "text/plain", "application/octet-stream"):
            self._read_body(u, resp, time.monotonic() + idle, limit=1 << 16)
            self._drop(u)
            raise AikgError(f"store endpoint {u.url} sent {ctype}, expected {accept}")
        if dest is None:
            fd, name = tempfile.mkstemp(prefix="aikg-pull-", suffix=".nq")
            os.close(fd)
            dest = Path(name)
        try:
            with open(dest, "wb") as f:
                read = getattr(resp, "read1", None) or resp.read
                while True:
                    data = read(_CHUNK)
                    if not data:
                        break
                    f.write(data)
        except (socket.timeout, TimeoutError):
            self._drop(u)
            dest.unlink(missing_ok=True)
            raise AikgError(f"store endpoint {u.url} stopped sending data for {idle:g} s") from None
        except (http.client.HTTPException, OSError) as e:
            self._drop(u)
            dest.unlink(missing_ok=True)
            raise AikgError(f"store endpoint {u.url}: the download was cut off ({_first_line(str(e)) or type(e).__name__})") from None
        except BaseException:
            self._drop(u)
            dest.unlink(missing_ok=True)
            raise
        resp.close()
        if resp.will_close:
            self._drop(u)
        if self._durations_as_numbers:
            dest.write_bytes(repair_nt_durations(dest.read_bytes()))
        return dest

    def _download_by_graph(self, dest: Path | None = None) -> Path | None:
        """The dataset as N-Quads, fetched graph by graph (GET ?graph=IRI, N-Triples) from a
        Graph Store that serves one graph per request; a few requests run at once."""
        from concurrent.futures import ThreadPoolExecutor
        graphs = self.all_graphs()
        if dest is None:
            fd, name = tempfile.mkstemp(prefix="aikg-pull-", suffix=".nq")
            os.close(fd)
            dest = Path(name)

        def fetch(g):
            part = self._download(g)
            if part is None:
                raise AikgError(f"{self.store_url.url} is not a Graph Store endpoint")
            try:
                data = part.read_bytes()
            finally:
                part.unlink(missing_ok=True)
            return g, data

        def quads(parts):
            for g, data in parts:
                try:
                    for t in ox.parse(data, ox.RdfFormat.N_TRIPLES):
                        yield ox.Quad(t.subject, t.predicate, t.object, g)
                except SyntaxError as e:
                    raise AikgError(f"store endpoint sent invalid N-Triples for {g}: {_first_line(str(e))}") from None
        try:
            with ThreadPoolExecutor(TRANSFER_THREADS) as pool:
                ox.serialize(quads(pool.map(fetch, graphs)), output=str(dest), format=ox.RdfFormat.N_QUADS)
        except BaseException:
            dest.unlink(missing_ok=True)
            raise
        return dest

    def upload(self, path: Path, content_type: str = "application/n-quads", graph=None, method: str = "POST") -> None:
        """POST (add) or PUT (replace) a file to the Graph Store endpoint."""
        self._check_writable()
        u = self.store_url
        size = Path(path).stat().st_size
        wait = self.transfer_timeout(size)
        target = (u.target({"graph": graph.value}) if graph is not None
                  else u.target(LAYOUTS[self.engine].get("dataset_params")))
        with open(path, "rb") as f:
            self._send_data(u, method, target, f, size, content_type, wait)

    def upload_stream(self, chunks: Iterable[bytes], content_type: str = "application/n-quads", size_hint: int = 0) -> None:
        """POST a dataset to the Graph Store endpoint as it is produced (chunked transfer
        encoding). Only without a user and password: a digest challenge would need the body
        sent twice."""
        self._check_writable()
        u = self.store_url
        target = u.target(LAYOUTS[self.engine].get("dataset_params"))
        wait = self.transfer_timeout(size_hint)
        self._drop(u)      # a fresh connection: a kept-alive one found closed would need a resend
        resp = self._send("POST", u, target, chunks, {"Content-Type": content_type}, wait)
        self._check_status(u, resp, time.monotonic() + wait)
        self._read_body(u, resp, time.monotonic() + wait, limit=1 << 16)

    @property
    def can_stream(self) -> bool:
        return not self._user

    def put_graph(self, graph, data: bytes, replace: bool = True) -> None:
        """Replace (PUT) or add to (POST) one named graph with N-Triples."""
        self._check_writable()
        u = self.store_url
        target = u.target({"graph": graph.value}) if isinstance(graph, ox.NamedNode) else u.target({"default": ""})
        self._send_data(u, "PUT" if replace else "POST", target, data, len(data),
                        "application/n-triples", self.transfer_timeout(len(data)))

    def _send_data(self, u: _Url, method: str, target: str, body, size: int, content_type: str, wait: float) -> None:
        if self._user and size > _CHUNK and u.key not in self._digest:
            # learn the digest challenge with a bodyless request first: a server that refuses
            # the credentials before reading a big body closes the connection mid-upload
            # (Virtuoso), which reads as a broken pipe
            probe = self._send("HEAD", u, target, None, {}, wait)
            self._read_body(u, probe, time.monotonic() + wait, limit=1 << 16)
        resp = self._send(method, u, target, body, {"Content-Type": content_type, "Content-Length": str(size)}, wait)
        self._check_status(u, resp, time.monotonic() + wait)
        self._read_body(u, resp, time.monotonic() + wait, limit=1 << 16)

    def bulk_load(self, path: Path, fmt: ox.RdfFormat) -> None:
        self.upload(Path(path), fmt.media_type)

    # ------------------------------------------------------------------ writing
    def _check_writable(self) -> None:
        if self.read_only:
            raise AikgError(f"{self.label} is read-only")

    def update(self, sparql: str) -> None:
        self._check_writable()
        self._post_form(self.update_url, {"update": with_prefixes(sparql)})

    def replace_document(self, doc_id: str, quads: Sequence[ox.Quad]) -> None:
        """Replace one document's named graph and bring the facts graph up to date, in a single
        update request (`aikg.facts.facts_delta`; the store is read with a few SPARQL queries
        over the document's facts, never a scan)."""
        self._check_writable()
        g = doc_iri(doc_id)
        old = list(self._quads_by_query(g))
        own = [q for q in quads if q.graph_name == g]
        deletes, inserts = facts_delta(RemoteReader(self), g, old, own)
        parts = [f"DELETE DATA {{ {insert_body(deletes)} }}"] if deletes else []
        parts.append(f"DROP SILENT GRAPH {g}")
        body = insert_body([*quads, *inserts])
        if body:
            parts.append(f"INSERT DATA {{ {body} }}")
        self.update(";\n".join(parts))

    def remove_document(self, doc_id: str) -> bool:
        self._check_writable()
        g = doc_iri(doc_id)
        old = list(self._quads_by_query(g))
        if not old:
            return False
        self.replace_document(doc_id, [])
        return True

    def flush(self) -> None:
        pass


class RemoteReader:
    """`aikg.facts.Reader` over a SPARQL endpoint: one query per fact (or per triple a write
    drops), each bound to that fact; `prefetch` reads every fact's summary in one query."""

    def __init__(self, store: RemoteStore):
        self.store = store
        self._summaries: dict = {}

    @staticmethod
    def _not_in(graphs) -> str:
        names = ", ".join(str(g) for g in graphs)
        return f"FILTER(?g NOT IN ({names}, {FACTS_GRAPH}) && STRSTARTS(STR(?g), \"{ID}doc/\"))"

    def stated_elsewhere(self, s, p, o, graphs) -> bool:
        return bool(self.store.query(f"ASK {{ GRAPH ?g {{ {s} {p} {o} }} {self._not_in(graphs)} }}"))

    def in_facts(self, s, p, o):
        return None                # INSERT DATA of a triple already there changes nothing

    def prefetch(self, facts) -> None:
        facts = [f for f in facts if f not in self._summaries]
        for i in range(0, len(facts), 200):
            part = facts[i:i + 200]
            for f in part:
                self._summaries[f] = (0, None)
            rows = self.store._select(
                f"SELECT ?fact ?n ?ev WHERE {{ VALUES ?fact {{ {' '.join(str(f) for f in part)} }} "
                f"GRAPH {FACTS_GRAPH} {{ ?fact {DOCUMENT_COUNT} ?n . OPTIONAL {{ ?fact {SAMPLE_EVIDENCE} ?ev }} }} }}")
            for r in rows:
                self._summaries[r["fact"]] = (int(r["n"].value), r["ev"])

    def summary(self, fact):
        if fact not in self._summaries:
            self.prefetch([fact])
        return self._summaries[fact]

    def other_evidence(self, fact, graphs):
        rows = self.store._select(f"SELECT (MIN(STR(?e)) AS ?first) WHERE {{ GRAPH ?g {{ {fact} {EVIDENCE} ?e }} "
                                  f"{self._not_in(graphs)} }}")
        for r in rows:
            if r["first"] is not None and r["first"].value:
                return ox.NamedNode(r["first"].value)
        return None


# ---------------------------------------------------------------------- push / pull
def insert_body(quads: Iterable[ox.Quad]) -> str:
    """The inside of `INSERT DATA { … }`: default-graph triples, then one GRAPH block per graph."""
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


def _graph_names(path: Path, fmt: ox.RdfFormat) -> tuple[set, int, bool]:
    """(named graphs, quad count, whether the default graph is used) of an RDF file."""
    graphs: set = set()
    n = 0
    default = False
    for q in ox.parse(path=str(path), format=fmt):
        n += 1
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph):
            default = True
        else:
            graphs.add(g)
    return graphs, n, default


def _dump(local, path: Path) -> tuple[set, int]:
    """Write the local store's quads, all but the metadata graph, to `path` as N-Quads.
    -> (named graphs, quads). A LocalStore is dumped by pyoxigraph in one call (twice as fast
    as streaming its quads through Python); the metadata graph's lines are then left out."""
    store = getattr(local, "ox", None)
    if store is None:
        names: set = set()
        count = 0

        def stream() -> Iterable[ox.Quad]:
            nonlocal count
            for q in local.quads():
                count += 1
                if isinstance(q.graph_name, ox.NamedNode):
                    names.add(q.graph_name)
                yield q
        ox.serialize(stream(), output=str(path), format=ox.RdfFormat.N_QUADS)
        return names, count
    names = {g for g in store.named_graphs() if g != META_GRAPH}
    if not store.contains_named_graph(META_GRAPH):
        store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
        return names, len(store)
    whole = path.with_name(path.name + ".all")
    try:
        store.dump(output=str(whole), format=ox.RdfFormat.N_QUADS)
        meta_tail = f" {META_GRAPH} .\n".encode()
        count = 0
        with open(whole, "rb") as src, open(path, "wb") as out:
            for line in src:
                if not line.endswith(meta_tail):
                    out.write(line)
                    count += 1
    finally:
        whole.unlink(missing_ok=True)
    return names, count


class _DumpStream:
    """A LocalStore's N-Quads, all but the metadata graph, as chunks of whole lines while
    pyoxigraph writes them (on a thread, through a pipe), so that the upload overlaps the dump.
    `graphs` and `count` are complete once the chunks are exhausted."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.graphs = {g for g in store.named_graphs() if g != META_GRAPH}
        self.count = 0
        self.size_hint = len(store) * 170          # bytes per N-Quads line, about
        self._error: list = []

    def __iter__(self) -> Iterator[bytes]:
        rfd, wfd = os.pipe()

        def write() -> None:
            try:
                with open(wfd, "wb", buffering=1 << 20) as out:
                    self.store.dump(output=out, format=ox.RdfFormat.N_QUADS)
            except BaseException as e:  # BrokenPipeError when the upload stopped reading
                self._error.append(e)
        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        meta_tail = f" {META_GRAPH} .\n".encode()
        rest = b""
        try:
            with open(rfd, "rb") as src:
                while True:
                    chunk = src.read(1 << 20)
                    if not chunk:
                        break
                    data = rest + chunk
                    cut = data.rfind(b"\n") + 1
                    data, rest = data[:cut], data[cut:]
                    if meta_tail in data:
                        data = b"".join(line for line in data.splitlines(keepends=True) if not line.endswith(meta_tail))
                    if data:
                        self.count += data.count(b"\n")
                        yield data
        finally:
            writer.join()
        if self._error or rest:
            raise AikgError(f"could not read the local store: {self._error[0] if self._error else 'a line was cut off'}")


def push(local, remote: RemoteStore, graph: ox.NamedNode | None = None, replace: bool = True) -> tuple[int, int]:
    """Upload a local store's quads to `remote` with the Graph Store Protocol (N-Quads),
    named graphs kept, or every triple into `graph`. With `replace`, the remote graphs that
    are about to be sent are dropped first (one update request), so a re-pushed document
    does not keep stale facts. -> (quads sent, named graphs)."""
    if not remote.dataset_transfer:
        return _push_by_graph(local, remote, graph, replace)
    fd, name = tempfile.mkstemp(prefix="aikg-push-", suffix=".nq")
    os.close(fd)
    path = Path(name)
    try:
        if graph is not None:
            count = 0

            def stream() -> Iterable[ox.Quad]:
                nonlocal count
                for q in local.quads():
                    count += 1
                    yield ox.Quad(q.subject, q.predicate, q.object, graph)
            ox.serialize(stream(), output=str(path), format=ox.RdfFormat.N_QUADS)
            names = {graph}
        elif getattr(local, "ox", None) is not None and remote.can_stream:
            stream = _DumpStream(local.ox)
            if replace and stream.graphs:
                remote.update(";\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(stream.graphs, key=lambda g: g.value)))
            chunks = iter(stream)
            try:
                remote.upload_stream(chunks, "application/n-quads", stream.size_hint)
            finally:
                chunks.close()         # stops the dump thread if the upload failed
            return stream.count, len(stream.graphs)
        else:
            names, count = _dump(local, path)
        if replace and names:
            drops = ";\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(names, key=lambda g: g.value))
            remote.update(drops)
        remote.upload(path, "application/n-quads")
        return count, len(names)
    finally:
        path.unlink(missing_ok=True)


def _graph_ntriples(local, g) -> bytes:
    store = getattr(local, "ox", None)
    if store is not None:          # pyoxigraph writes it in one call
        return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in local.quads(g)),
                        format=ox.RdfFormat.N_TRIPLES)


def _parts(data: bytes, size: int = PART_BYTES) -> list[bytes]:
    """N-Triples cut at line ends into pieces of about `size` bytes."""
    out, start = [], 0
    while len(data) - start > size:
        cut = data.find(b"\n", start + size)
        if cut < 0:
            break
        out.append(data[start:cut + 1])
        start = cut + 1
    out.append(data[start:])
    return out


def _push_by_graph(local, remote: RemoteStore, graph, replace: bool) -> tuple[int, int]:
    """push() to a Graph Store that takes one graph per request: each named graph is PUT
    (replacing the server's copy) or, with --merge, POSTed as N-Triples, a few at once. A graph
    bigger than PART_BYTES (the facts graph) is dropped and POSTed in parts."""
    from concurrent.futures import ThreadPoolExecutor
    if graph is not None:
        data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in local.quads()),
                            format=ox.RdfFormat.N_TRIPLES)
        parts = _parts(data)
        if replace and len(parts) > 1:
            remote.update(f"DROP SILENT GRAPH {graph}")
        for part in parts:
            _put_retrying(remote, graph, part, replace and len(parts) == 1)
        return data.count(b"\n"), 1
    # every graph, the derived facts graph and the metadata included: the saved queries read
    # the facts graph, so a remote copy without it would answer nothing
    graphs = list(local.all_graphs() if hasattr(local, "all_graphs") else local.named_graphs())
    if any(True for _ in local.quads(ox.DefaultGraph())):
        graphs.append(ox.DefaultGraph())

    def send(g) -> int:
        data = _graph_ntriples(local, g)
        parts = _parts(data)
        if len(parts) == 1:
            _put_retrying(remote, g, data, replace)
        else:
            if replace and isinstance(g, ox.NamedNode):
                remote.update(f"DROP SILENT GRAPH {g}")
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda part: _put_retrying(remote, g, part, False), parts))
        return data.count(b"\n")
    # graphs that share most of their IRIs with every document (facts, ontology, reference)
    # go first and alone: sent beside the documents' graphs, Virtuoso answered HTTP 500
    shared = [g for g in graphs if not (isinstance(g, ox.NamedNode) and g.value.startswith(DOC_PREFIX))]
    count = sum(send(g) for g in shared)
    with ThreadPoolExecutor(TRANSFER_THREADS) as pool:
        count += sum(pool.map(send, [g for g in graphs if g not in shared]))
    return count, sum(1 for g in graphs if isinstance(g, ox.NamedNode))


def _put_retrying(remote: RemoteStore, g, data: bytes, replace: bool) -> None:
    for attempt in range(3):   # Virtuoso now and then answers a PUT with HTTP 500 (a lock
        try:                   # conflict between concurrent loads); a PUT can be repeated
            remote.put_graph(g, data, replace)
            return
        except AikgError as e:
            if "HTTP 500" not in str(e) or attempt == 2:
                raise
            time.sleep(0.5 * (attempt + 1))


def pull(remote: RemoteStore, local, graph: ox.NamedNode | None = None) -> tuple[int, int]:
    from .facts import REBUILD
    """Download the remote dataset (or one graph) as N-Quads and write it into the local store
    in one transaction: the local copies of the graphs it contains are replaced, other local
    graphs are kept. Nothing is written if the download or parse fails. -> (quads, graphs)."""
    local._check_writable()
    path = remote._download(graph)
    if path is None:
        raise AikgError(f"{remote.store_url.url} is not a Graph Store endpoint (Oxigraph's /store, Virtuoso's "
                        "/sparql-graph-crud); pass the server's query URL (ending in /query or /sparql)")
    filtered = None
    try:
        fmt = ox.RdfFormat.N_TRIPLES if graph is not None else ox.RdfFormat.N_QUADS
        try:
            if graph is not None:
                _, n, _ = _graph_names(path, fmt)
                graphs = {graph}
            else:
                graphs, n, _ = _graph_names(path, fmt)
        except SyntaxError as e:
            raise AikgError(f"store endpoint sent invalid {'N-Triples' if graph else 'N-Quads'}: {_first_line(str(e))}") from None
        src, src_fmt = path, fmt
        if graph is not None or META_GRAPH in graphs:
            # put a single graph's triples into their graph; never take the remote's metadata
            fd, name = tempfile.mkstemp(prefix="aikg-pull-", suffix=".nq")
            os.close(fd)
            filtered = Path(name)
            it = (ox.Quad(q.subject, q.predicate, q.object, graph) if graph is not None else q
                  for q in ox.parse(path=str(path), format=fmt))
            ox.serialize((q for q in it if q.graph_name != META_GRAPH), output=str(filtered),
                         format=ox.RdfFormat.N_QUADS)
            graphs.discard(META_GRAPH)
            src, src_fmt = filtered, ox.RdfFormat.N_QUADS
        existing = [g for g in graphs if local.ox.contains_named_graph(g)]
        local.generation += 1
        if not existing:
            local.ox.load(path=str(src), format=src_fmt)          # one transaction
            local.rebuild_facts()  # the facts graph again from every document (streamed, rerunnable)
        else:
            drops = ";\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(existing, key=lambda g: g.value))
            body = insert_body(ox.parse(path=str(src), format=src_fmt))
            local.ox.update(f"{drops};\nINSERT DATA {{ {body} }};\n{REBUILD}")  # one transaction
        local.flush()
        return n, len(graphs)
    finally:
        path.unlink(missing_ok=True)
        if filtered is not None:
            filtered.unlink(missing_ok=True)


def find_oxigraph() -> str | None:
    """The `oxigraph` server binary: on PATH or next to this Python (a venv's bin/)."""
    import sys
    found = shutil.which("oxigraph")
    if found:
        return found
    cand = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    return str(cand) if cand.exists() else None
